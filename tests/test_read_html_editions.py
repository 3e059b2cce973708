"""Six editions of one news page (en, de, fr, es, ja, ar) read from HTML, with the real encoders.

Each page carries its site's own chrome with figures that differ between editions: cookie
banners ("842 partners"), bylines and datelines ("Actualizado hace 2 horas", "Aktualisiert am
04.03.2025, 08:15 Uhr"), reading times, share and comment counts, inline teasers of other
articles ("Lire aussi : … 2 mètres en 24 heures"), captions, newsletter boxes, "most read"
lists and footers.  None of it may become a claim.  The article's budget table and its
bulleted list are part of the story: their figures are read and compared.

A copy of the story made by the tests (``PLANTED``) carries two errors: a table cell (de "370 Mio.
Euro" for 310) and a list item (fr "68 kilomètres" for 62).
"""
from __future__ import annotations

from pathlib import Path

import pytest

import claimcheck
from claimcheck.extract import extract_claims
from claimcheck.read import read_inputs

FIXTURES = Path(__file__).resolve().parent / "fixtures"
STORY = FIXTURES / "html_edition_story"
# The two errors planted in a copy of the story: a table cell and a list item.
PLANTED = {"de.html": ("<td>310 Mio. Euro</td>", "<td>370 Mio. Euro</td>"),
           "fr.html": ("<li>62 kilomètres", "<li>68 kilomètres")}

# Figures of each page's chrome: no claim may contain them (hours, counts, dates of the chrome).
CHROME_TEXTS = {
    "en": ["842", "13 months", "14°C", "12:04", "3 hours", "4 min", "1.2K", "237", "Image 1 of 12", "September 2023",
           "50,000", "4.1%", "1998", "3120459", "2 metres", "24 hours"],
    "de": ["214", "12 Monate", "3 Monate", "04.03.2025", "08:15", "5 Min", "Bild 1/8", "September 2023",
           "24 Stunden", "2 Meter", "86", "6 Uhr", "10 wichtigsten", "2,4 Milliarden", "15 Minuten"],
    "fr": ["156", "6 mois", "1 €", "13h04", "17h40", "3 mars 2025", "3 min", "512", "septembre 2023",
           "2 mètres", "24 heures", "300", "1,79", "18 °C"],
    "es": ["327", "3 de marzo de 2025", "03 mar 2025", "14:04", "hace 2 horas", "(41)", "41 comentarios",
           "septiembre de 2023", "2 metros", "24 horas", "2,3%", "2,4%", "B-41234567"],
    "ja": ["2カ月", "2025年3月3日", "21時04分", "6時30分", "326", "58", "2023年9月", "写真1/6", "24時間で2メートル",
           "1205文字", "980円", "500円", "18度", "1995"],
    "ar": ["3 مارس 2025", "1446", "3 أشخاص", "15:04", "19:12", "4,518", "سبتمبر 2023", "مترين", "24 ساعة",
           "2%", "2900"],
}
# Figures of the article's table and bulleted list, read in every edition.
TABLE_AND_LIST = {
    "en": ["€520 million", "€310 million", "€85 million", "43%", "7%", "62 kilometres", "40 million cubic metres",
           "3,500 homes", "48 hours"],
    "de": ["520 Mio. Euro", "310 Mio. Euro", "85 Mio. Euro", "43 Prozent", "7 Prozent", "62 Kilometer",
           "40 Millionen Kubikmetern", "3.500 Wohnungen", "48 Stunden"],
    "fr": ["520 millions d'euros", "310 millions d'euros", "85 millions d'euros", "43 %", "7 %", "62 kilomètres",
           "40 millions de mètres cubes", "3 500 logements", "48 heures"],
    "es": ["520 millones de euros", "310 millones de euros", "85 millones de euros", "43%", "7%", "62 kilómetros",
           "40 millones de metros cúbicos", "3.500 viviendas", "48 horas"],
    "ja": ["5億2000万ユーロ", "3億1000万ユーロ", "8500万ユーロ", "43％", "7％", "62キロ", "4000万立方メートル",
           "3500戸", "48時間"],
    "ar": ["520 مليون يورو", "310 ملايين يورو", "85 مليون يورو", "43%", "7%", "62 كيلومترا", "40 مليون متر مكعب",
           "3500 مسكن", "48 ساعة"],
}


@pytest.fixture(scope="module")
def articles():
    return {a.id: a for a in read_inputs([STORY])}


# ---------------------------------------------------------------- the reader (no model)


def test_every_edition_reads_in_its_language(articles):
    assert {a.id: (a.ok, a.lang) for a in articles.values()} == {
        lang: (True, lang) for lang in ("ar", "de", "en", "es", "fr", "ja")}


@pytest.mark.parametrize("lang", sorted(CHROME_TEXTS))
def test_no_claim_comes_from_the_page_chrome(articles, lang):
    texts = [c.text for c in extract_claims(articles[lang])]
    for chrome in CHROME_TEXTS[lang]:
        assert not [t for t in texts if chrome in t], (lang, chrome, texts)


@pytest.mark.parametrize("lang", sorted(TABLE_AND_LIST))
def test_the_table_and_list_figures_are_read(articles, lang):
    texts = [c.text for c in extract_claims(articles[lang])]
    for figure in TABLE_AND_LIST[lang]:
        assert figure in texts, (lang, figure, texts)


def test_the_reader_keeps_the_article_and_drops_teasers_bylines_and_datelines(articles):
    assert "Lire aussi" not in articles["fr"].text and "Auch interessant" not in articles["de"].text
    assert "Te puede interesar" not in articles["es"].text and "اقرأ أيضا" not in articles["ar"].text
    assert "Actualizado hace" not in articles["es"].text and "Lesezeit" not in articles["de"].text
    # a table's caption is a line of its own before the table, not a row of it
    assert "\nBudget by measure, 2025–2030\n| Measure | Amount | Share |" in articles["en"].text
    for a in articles.values():
        assert a.text.count("\n- ") == 4 and a.text.count("\n|") == 7, a.id  # 4 list items; 2 + 5 table rows


def test_a_list_item_after_a_figure_is_no_range():
    # "堤防62キロ\n- 4000万立方メートル": the bullet of the next item is no range dash
    from claimcheck.records import Article

    text = "計画の主な数字：\n- 新たな堤防62キロ\n- 4000万立方メートルの遊水池11カ所"
    claims = extract_claims(Article(id="ja", source="-", text=text, lang="ja"))
    assert [(c.text, c.quantity.qualifier) for c in claims][:2] == [("62キロ", "exact"), ("4000万立方メートル", "exact")]


# ---------------------------------------------------------------- the whole check, real encoders


@pytest.fixture(scope="module", params=["use-multilingual", "e5-small"])
def encoder(request, uncached_encoder):
    return uncached_encoder(request.param)


@pytest.mark.model
def test_the_consistent_editions_have_no_conflict(encoder):
    report = claimcheck.check([STORY], encoder=encoder, story="html_edition_story")
    assert len(report.articles) == 6
    assert report.conflicts == [], [[report.claim(cid).text for cid in c.claims] for c in report.conflicts]


@pytest.fixture(scope="module")
def planted(tmp_path_factory):
    """A copy of the story with the errors of ``PLANTED``."""
    folder = tmp_path_factory.mktemp("html_edition_errors")
    for page in STORY.iterdir():
        html = page.read_text(encoding="utf-8")
        if page.name in PLANTED:
            old, new = PLANTED[page.name]
            assert html.count(old) == 1, (page.name, old)
            html = html.replace(old, new)
        (folder / page.name).write_text(html, encoding="utf-8")
    return folder


@pytest.mark.model
def test_the_planted_table_cell_and_list_item_errors_are_reported(encoder, planted):
    report = claimcheck.check([planted], encoder=encoder, story="html_edition_errors")
    found = {(c.outlier, report.claim(cid).text) for c in report.conflicts for cid in c.claims
             if report.claim(cid).article == c.outlier}
    assert found == {("de", "370 Mio. Euro"), ("fr", "68 kilomètres")}
    assert {c.likely_value for c in report.conflicts} == {310e6, 62.0}


def test_an_article_lead_marked_teaser_is_kept(tmp_path):
    # sites mark their own lead "teaser" ("article-teaser"): only related-article boxes, bylines and datelines go
    # by their class words; other articles' teasers are links behind a label
    page = ("<html><head><title>Rates</title></head><body><article><h1>Bank raises rates</h1>"
            "<p class=\"article-teaser\">The central bank raised its key rate to 4.25 percent on Thursday, the "
            "highest level in 17 years, and signalled further increases.</p>"
            "<p>The decision was taken unanimously by the nine members of the board, the bank said in a "
            "statement published after the meeting in the capital.</p></article></body></html>")
    path = tmp_path / "en.html"
    path.write_text(page, encoding="utf-8")
    [article] = read_inputs([path])
    texts = {c.text for c in extract_claims(article)}
    assert "4.25 percent" in texts and "17 years" in texts
