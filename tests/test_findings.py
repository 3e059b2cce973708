"""One finding per wrong figure: pairs of one fact that share an outlier claim become one finding."""
from __future__ import annotations

from claimcheck.findings import group_findings
from claimcheck.records import Article, Claim, Conflict, Fact, Quantity, Report
from claimcheck.report import summary, to_text


def claim(cid: str, article: str, value: float, text: str) -> Claim:
    return Claim(id=cid, article=article, start=0, end=len(text), text=text,
                 quantity=Quantity("money", value, "USD"), lang=article, sentence=text, sentence_end=len(text))


def four_article_report() -> Report:
    claims = [claim("c1", "es", 29e6, "29 millones de dólares"), claim("c2", "en", 29e9, "$29 billion"),
              claim("c3", "fr", 29e9, "29 milliards de dollars"), claim("c4", "zh", 29e9, "290亿美元")]
    conflicts = [Conflict(fact="f1", claims=("c1", other), type="scale", severity="high",
                          explanation="1,000 times smaller", outlier="es", likely_value=29e9, likely_unit="USD")
                 for other in ("c2", "c3", "c4")]
    conflicts.append(Conflict(fact="f2", claims=("c2", "c3"), type="value", severity="low", explanation="rounding"))
    return Report(articles=[Article(id=c.article, source=f"{c.article}.txt", lang=c.article) for c in claims],
                  claims=claims, facts=[Fact(id="f1", claims=["c1", "c2", "c3", "c4"])], conflicts=conflicts)


def test_one_outlier_against_three_articles_is_one_finding():
    report = four_article_report()
    first, second = group_findings(report)
    assert (first.outlier, first.outlier_claim, first.against) == ("es", "c1", ["en", "fr", "zh"])
    assert first.conflicts == [0, 1, 2] and first.claims == ["c1", "c2", "c3", "c4"]
    assert first.explanation.startswith("es says 29,000,000 USD (“29 millones de dólares”) where en, fr, zh say "
                                        "29,000,000,000 USD.")
    assert second.conflicts == [3] and second.outlier is None and second.against == []


def test_text_and_json_counts_come_from_summary():
    report = four_article_report()
    report.findings = group_findings(report)
    counts = summary(report)
    assert (counts["findings"], counts["conflicting_pairs"], counts["articles"]) == (2, 4, 4)
    text = to_text(report)
    assert "4 articles in 4 languages" in text and "2 findings (4 conflicting pairs)" in text
    assert text.count("outlier: es") == 1


def test_singular_counts_read_as_english():
    report = four_article_report()
    report.articles = report.articles[:1]
    report.conflicts = report.conflicts[:1]
    text = to_text(report)
    assert "1 article in 1 language" in text and "1 finding (1 conflicting pair)" in text


def test_only_pairs_naming_the_outlier_are_grouped_with_its_own_article_s_other_statement():
    """The es figure is the outlier against en and fr; es states the fact again as they do ("29.000 millones"),
    and that pair, outlier es, is part of the one finding; the es-zh pair compare could not judge stays alone."""
    report = four_article_report()
    report.claims.append(claim("c5", "es", 29e9, "29.000 millones"))  # a second figure in the outlier article
    report.conflicts[2].outlier = None  # compare could not say who is wrong in the es–zh pair
    report.conflicts.append(Conflict(fact="f1", claims=("c1", "c5"), type="scale", severity="high",
                                     explanation="within es", outlier="es"))
    grouped, *alone = group_findings(report)
    assert grouped.conflicts == [0, 1, 4] and grouped.against == ["en", "fr"]
    assert sorted(f.conflicts for f in alone) == [[2], [3]]


def test_an_outlier_s_own_conversion_joins_its_finding():
    """"29 millones de dólares (unos 27.000 millones de euros)": the es figure slipped against its own conversion
    too, and that pair is part of the one finding, against nobody else."""
    report = four_article_report()
    eur = claim("c5", "es", 27e9, "unos 27.000 millones de euros")
    eur.quantity = Quantity("money", 27e9, "EUR", "about")
    eur.conversion_of = "c1"
    report.claims.append(eur)
    report.conflicts.append(Conflict(fact="f1", claims=("c1", "c5"), type="scale", severity="high",
                                     explanation="its own conversion does not hold", outlier="es"))
    first, second = group_findings(report)
    assert first.conflicts == [0, 1, 2, 4] and first.against == ["en", "fr", "zh"]
    assert first.claims == ["c1", "c2", "c3", "c4", "c5"]
    assert "its own conversion says about 27,000,000,000 EUR" in first.explanation
    assert second.conflicts == [3]


def with_second_es_figure(value: float, text: str) -> Report:
    """The four-article report with a second es claim (a lead restating its headline, or another figure), the
    outlier against en and fr as well."""
    report = four_article_report()
    report.claims.append(claim("c5", "es", value, text))
    report.conflicts[3:3] = [Conflict(fact="f1", claims=("c5", other), type="scale", severity="high",
                                      explanation="1,000 times smaller", outlier="es") for other in ("c2", "c3")]
    return report


def test_an_outlier_its_article_states_twice_is_one_finding():
    first, second = group_findings(with_second_es_figure(29e6, "29 millones de dólares"))
    assert first.outlier_claim == "c1" and first.conflicts == [0, 1, 2, 3, 4]
    assert first.claims == ["c1", "c5", "c2", "c3", "c4"] and first.against == ["en", "fr", "zh"]
    assert first.explanation.startswith("es says, 2 times, 29,000,000 USD")
    assert second.conflicts == [5]


def test_a_different_figure_of_the_outlier_article_stays_a_finding_of_its_own():
    first, second, third = group_findings(with_second_es_figure(28e6, "28 millones de dólares"))
    assert first.conflicts == [0, 1, 2] and second.conflicts == [3, 4] and second.outlier_claim == "c5"
    assert third.conflicts == [5]


def test_text_report_lists_a_restated_outlier_once_with_its_count():
    report = with_second_es_figure(29e6, "29 millones de dólares")
    report.findings = group_findings(report)
    text = to_text(report)
    assert text.count("“29 millones de dólares”") == 2  # the claim line once, the explanation once
    assert "(×2)" in text and "2 findings (6 conflicting pairs)" in text


def test_html_card_keeps_a_restated_outlier_out_of_the_agreeing_side():
    from claimcheck.report_html import render_html

    report = with_second_es_figure(29e6, "29 millones de dólares")
    texts = {"es": "29 millones de dólares. Otra vez: 29 millones de dólares.", "en": "$29 billion",
             "fr": "29 milliards de dollars", "zh": "290亿美元"}
    report.articles = [Article(id=a, source=f"{a}.txt", text=t, lang=a) for a, t in texts.items()]
    report.claims[-1].start, report.claims[-1].end = 34, 56  # the es restatement, where its text stands
    report.findings = group_findings(report)
    html = render_html(report)
    card = html[html.index('<li class="card '):]
    card = card[:card.index("</li>")]
    assert card.count('<span class="side odd">') == 1 and '<bdi class="who">es</bdi>' in card
    agreeing = card[card.index('<span class="vs">'):]
    assert '<bdi class="who">es</bdi>' not in agreeing  # the restatement is no version agreeing with the others


def test_a_date_whose_text_writes_no_year_is_told_without_one():
    """"Sunday, 30 September" is read in the year its weekday falls in (2029 from 2025): a reader is told the day."""
    from claimcheck.compare import describe_claim

    def dated(text: str, value: str) -> Claim:
        return Claim(id="d", article="en", start=0, end=len(text), text=text, quantity=Quantity("date", value, "date"),
                     lang="en", sentence=text, sentence_end=len(text))

    assert describe_claim(dated("Sunday, 30 September", "2029-09-30")) == "sunday 09-30, year not written"
    assert describe_claim(dated("30 September", "2025-09-30")) == "09-30, year not written"
    assert describe_claim(dated("30 September 2025", "2025-09-30")) == "2025-09-30"
    assert describe_claim(dated("डिसेंबर २०२९", "2029-12")) == "2029-12"  # its year in Devanagari digits


def test_a_year_written_in_native_digits_is_compared():
    """"डिसेंबर २०२९" writes its year: against "दिसंबर 2028" it is another month, not the same one at a coarser
    precision."""
    from claimcheck.compare import compare_facts

    def dated(cid: str, lang: str, text: str, value: str) -> Claim:
        return Claim(id=cid, article=lang, start=0, end=len(text), text=text, quantity=Quantity("date", value, "date"),
                     lang=lang, sentence=text, sentence_end=len(text))

    conflicts, _ = compare_facts([Fact("f1", ["mr", "hi"])], [dated("mr", "mr", "डिसेंबर २०२९", "2029-12"),
                                                             dated("hi", "hi", "दिसंबर 2028", "2028-12")])
    assert len(conflicts) == 1 and conflicts[0].type == "date"


def test_an_article_s_own_wrong_conversion_is_against_no_other_article():
    """Each version converts 1.2 million crowns to 200 million zlotys (a thousand times off any day's rate): each
    article is the outlier of its own pair, and no other article is named against it."""
    import claimcheck
    from claimcheck.embed import load_encoder

    report = claimcheck.check_texts(
        {"en": "Insurers put the damage at 1.2 million Czech crowns (about 200 million zlotys).",
         "pl": "Ubezpieczyciele szacują szkody na 1,2 mln koron czeskich (ok. 200 mln zł)."},
        langs={"en": "en", "pl": "pl"}, encoder=load_encoder("fake"))
    findings = group_findings(report)
    assert sorted((f.outlier, f.type, f.against) for f in findings) == [("en", "scale", []), ("pl", "scale", [])]
    assert "against" not in to_text(report)


def test_a_fact_split_with_no_majority_is_one_finding():
    """Two versions say Friday, one Saturday, one Sunday: compare names no outlier in any pair, and a reader gets
    one finding saying what each version says, not one per pair."""
    def day(cid: str, article: str, value: str, text: str) -> Claim:
        return Claim(id=cid, article=article, start=0, end=len(text), text=text,
                     quantity=Quantity("date", value, "weekday"), lang=article, sentence=text, sentence_end=len(text))

    claims = [day("a", "es", "friday", "viernes"), day("b", "fr", "friday", "vendredi"),
              day("c", "it", "saturday", "sabato"), day("d", "de", "sunday", "Sonntag")]
    conflicts = [Conflict(fact="f1", claims=(x, y), type="date", severity="high", explanation=f"{x} vs {y}")
                 for x, y in (("a", "c"), ("b", "c"), ("a", "d"), ("c", "d"))]
    conflicts.append(Conflict(fact="f2", claims=("a", "b"), type="date", severity="high", explanation="alone"))
    report = Report(articles=[Article(id=c.article, source=f"{c.article}.txt", lang=c.article) for c in claims],
                    claims=claims, conflicts=conflicts)
    split, alone = group_findings(report)
    assert split.conflicts == [0, 1, 2, 3] and split.outlier is None and split.against == []
    assert split.claims == ["a", "b", "c", "d"]
    assert split.explanation.startswith("The versions disagree and no figure has a majority: es, fr say friday")
    assert "it says saturday" in split.explanation and "de says sunday" in split.explanation
    assert alone.conflicts == [4]
    report.findings = [split, alone]
    assert "2 findings (5 conflicting pairs)" in to_text(report)
