"""Sentence segmentation: per-language tables of traps, and the offset contract."""
from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.segment import split_sentences

# (language, text, the sentences expected). Traps: abbreviations before names and numbers,
# scale abbreviations glued to their number ("2,5 Mio. Euro"), German ordinal dates
# ("27. März", "in der 25. Minute"), decimals ("3.5 km"), CJK 。！？ with closing quotes,
# headlines and one-paragraph-per-line pages, sentences inside quotation marks and stray
# quotes (sentencex alone keeps a whole paragraph together after one stray "), French
# guillemets with no-break spaces, German „…“ quotes.
CASES = [
    ('en', 'The U.S. economy grew 2.5%. Analysts were surprised.', ['The U.S. economy grew 2.5%.', 'Analysts were surprised.']),
    ('en', 'Mr. Smith paid $1.5 bn. for it. Dr. Jones agreed.', ['Mr. Smith paid $1.5 bn. for it.', 'Dr. Jones agreed.']),
    ('en', 'It was sold in the U.S. The price was $3.5m.', ['It was sold in the U.S.', 'The price was $3.5m.']),
    ('en', 'Revenue rose to 3.5 km. No wait.', ['Revenue rose to 3.5 km.', 'No wait.']),
    ('en', 'He said "We won." Then he left.', ['He said "We won."', 'Then he left.']),
    ('en', 'Shares fell 3% on Jan. 5, analysts said. Trading resumed.', ['Shares fell 3% on Jan. 5, analysts said.', 'Trading resumed.']),
    ('en', 'Headline With 13 Billion\n\nThe body starts here. It goes on.', ['Headline With 13 Billion', 'The body starts here.', 'It goes on.']),
    ('en', 'First paragraph line.\nSecond paragraph line\nThird one here.', ['First paragraph line.', 'Second paragraph line', 'Third one here.']),
    ('en', 'A hard-wrapped sentence that goes\non to the next line. Done.', ['A hard-wrapped sentence that goes\non to the next line.', 'Done.']),
    ('en', 'He scored 19 goals. 2021 was his year.', ['He scored 19 goals.', '2021 was his year.']),
    ('en', 'The deal was worth $1.5 bn. The board agreed.', ['The deal was worth $1.5 bn.', 'The board agreed.']),
    ('en', 'Prices rose (see No. 5 below). Then fell.', ['Prices rose (see No. 5 below).', 'Then fell.']),
    ('en', 'He said no. The talks ended.', ['He said no.', 'The talks ended.']),
    ('en', 'He works for Acme Inc. The company grew 5%.', ['He works for Acme Inc.', 'The company grew 5%.']),
    ('en', '1. First item\n2. Second item', ['1. First item', '2. Second item']),
    ('en', 'J. K. Rowling sold 500 million books. Wow.', ['J. K. Rowling sold 500 million books.', 'Wow.']),
    ('en', 'Visit www.acme.com for details. Prices rose 3.5%.', ['Visit www.acme.com for details.', 'Prices rose 3.5%.']),
    ('en', 'They said "we will not ask. "We are not asking their permission." In a post he said so.', ['They said "we will not ask. "We are not asking their permission."', 'In a post he said so.']),
    ('en', 'The rally is at 7 p.m. ET tonight. It will be big.', ['The rally is at 7 p.m. ET tonight.', 'It will be big.']),
    ('en', 'The storm hit at 9:10 p.m. MDT on Friday. Roads closed.', ['The storm hit at 9:10 p.m. MDT on Friday.', 'Roads closed.']),
    ('en', 'Polls closed at 8 p.m. NATO later said turnout was high.', ['Polls closed at 8 p.m.', 'NATO later said turnout was high.']),
    # a zone of several words goes on with its clock; the country alone starts the next sentence
    ('en', 'The auction closed at 4.45 p.m. Sri Lanka time. Prices rose.', ['The auction closed at 4.45 p.m. Sri Lanka time.', 'Prices rose.']),
    # an abbreviation of two words after a clock: its bracketed zone stays on the clock's sentence
    ('es', 'La subasta cerró a las 4:45 p. m. (hora de Lima) con alzas. El cobre subió.',
     ['La subasta cerró a las 4:45 p. m. (hora de Lima) con alzas.', 'El cobre subió.']),
    ('en', 'The auction closed at 4.45 p.m. Sri Lanka exported more tea.', ['The auction closed at 4.45 p.m.', 'Sri Lanka exported more tea.']),
    # a place's time the zone tables do not know ("Hanoi time": no zone is named after Hanoi) goes on with its clock
    ('en', 'The briefing began at 9 a.m. Hanoi time (0200 GMT) on Thursday. Exports rose.',
     ['The briefing began at 9 a.m. Hanoi time (0200 GMT) on Thursday.', 'Exports rose.']),
    ('en', 'Trading opened at 10 a.m. Port Moresby time. Prices fell.',
     ['Trading opened at 10 a.m. Port Moresby time.', 'Prices fell.']),
    ('en', 'He told Mercedes" team: "we won. It was great. We will be back," said Hamilton.', ['He told Mercedes" team: "we won.', 'It was great.', 'We will be back," said Hamilton.']),
    ('es', 'El Sr. García llegó ayer. La empresa invirtió 13.000 millones.', ['El Sr. García llegó ayer.', 'La empresa invirtió 13.000 millones.']),
    ('es', 'Según EE.UU. la cifra es falsa. Nadie lo cree.', ['Según EE.UU. la cifra es falsa.', 'Nadie lo cree.']),
    ('es', 'La inversión llegó a 2,5 mill. de euros en total. Fin.', ['La inversión llegó a 2,5 mill. de euros en total.', 'Fin.']),
    ('es', 'La Sra. Pérez y el Dr. Ruiz firmaron. Luego se fueron.', ['La Sra. Pérez y el Dr. Ruiz firmaron.', 'Luego se fueron.']),
    ('es', 'Ganó 3.5 km de ventaja. Después paró.', ['Ganó 3.5 km de ventaja.', 'Después paró.']),
    ('es', 'Tras 12 años, volvió. ¿Por qué? Nadie sabe.', ['Tras 12 años, volvió.', '¿Por qué?', 'Nadie sabe.']),
    ('es', 'Noticias\n\nPublished\n\non\n\nExtenso texto aquí.', ['Noticias', 'Published', 'on', 'Extenso texto aquí.']),
    ('es', 'Compró manzanas, peras, etc. Luego volvió.', ['Compró manzanas, peras, etc.', 'Luego volvió.']),
    ('es', 'Compró peras, etc., y volvió.', ['Compró peras, etc., y volvió.']),
    ('es', '¿A tu recién nacido? ¡Venga! Nadie lo sabe.', ['¿A tu recién nacido?', '¡Venga!', 'Nadie lo sabe.']),
    ('fr', "M. Dupont a annoncé 13 milliards d'euros. Mme Martin a confirmé.", ["M. Dupont a annoncé 13 milliards d'euros.", 'Mme Martin a confirmé.']),
    ('fr', "Le projet coûte 2,5 Mds. d'euros selon M. Roux. C'est cher.", ["Le projet coûte 2,5 Mds. d'euros selon M. Roux.", "C'est cher."]),
    ('fr', 'Il a dit : « Nous avons gagné. » Puis il est parti.', ['Il a dit : « Nous avons gagné. »', 'Puis il est parti.']),
    ('fr', 'Le taux est passé de 3,5 % à 4 %. Les marchés ont réagi.', ['Le taux est passé de 3,5 % à 4 %.', 'Les marchés ont réagi.']),
    ('fr', 'Il y avait env. 300 personnes. Fin.', ['Il y avait env. 300 personnes.', 'Fin.']),
    ('fr', 'Il est né en 300 av. J.-C. à Rome. Puis il est mort.', ['Il est né en 300 av. J.-C. à Rome.', 'Puis il est mort.']),
    ('fr', 'Ils vous ont eu.\xa0» Patricia Schroeder est partie. Il a dit «\xa0Non.\xa0» Puis rien.', ['Ils vous ont eu.\xa0»', 'Patricia Schroeder est partie.', 'Il a dit «\xa0Non.\xa0»', 'Puis rien.']),
    ('fr', "Trump a déclaré qu'aucun délai n'était fixé. « Cela peut prendre deux ans », a-t-il dit.", ["Trump a déclaré qu'aucun délai n'était fixé.", '« Cela peut prendre deux ans », a-t-il dit.']),
    ('de', 'Das kostet 2,5 Mio. Euro. Der Vorstand stimmte zu.', ['Das kostet 2,5 Mio. Euro.', 'Der Vorstand stimmte zu.']),
    ('de', 'Am Donnerstag, 27. März, begann der Streik. Er dauerte lange.', ['Am Donnerstag, 27. März, begann der Streik.', 'Er dauerte lange.']),
    ('de', 'Es gab z.B. 3 Mrd. Euro Schaden. Das ist viel.', ['Es gab z.B. 3 Mrd. Euro Schaden.', 'Das ist viel.']),
    ('de', 'Der Umsatz stieg um 4,2 Prozent auf 1,3 Mrd. Euro. Der Gewinn sank.', ['Der Umsatz stieg um 4,2 Prozent auf 1,3 Mrd. Euro.', 'Der Gewinn sank.']),
    ('de', 'Das Werk liegt ca. 3 km entfernt. Es ist neu.', ['Das Werk liegt ca. 3 km entfernt.', 'Es ist neu.']),
    ('de', 'Er kam am 3. Oktober 2021 an. Dann ging er.', ['Er kam am 3. Oktober 2021 an.', 'Dann ging er.']),
    ('de', 'Er wurde 1990 geboren. 2021 starb er.', ['Er wurde 1990 geboren.', '2021 starb er.']),
    ('de', 'Er fuhr 3 km. Dann hielt er.', ['Er fuhr 3 km.', 'Dann hielt er.']),
    ('de', 'Äpfel, Birnen usw. Dann ging er.', ['Äpfel, Birnen usw.', 'Dann ging er.']),
    ('de', 'Laut Art. 5 GG ist das erlaubt. Das Gericht folgte.', ['Laut Art. 5 GG ist das erlaubt.', 'Das Gericht folgte.']),
    ('de', 'Chelsea führte nach einem Treffer in der 25. Minute. Dann fiel der Ausgleich.', ['Chelsea führte nach einem Treffer in der 25. Minute.', 'Dann fiel der Ausgleich.']),
    ('de', '„Wir haben gewonnen.“ Der Trainer war zufrieden.', ['„Wir haben gewonnen.“', 'Der Trainer war zufrieden.']),
    ('pt', 'O Sr. Silva investiu 2,5 mil milhões. A empresa cresceu.', ['O Sr. Silva investiu 2,5 mil milhões.', 'A empresa cresceu.']),
    ('it', 'Il Sig. Rossi ha detto 3 mld. di euro. Poi è uscito.', ['Il Sig. Rossi ha detto 3 mld. di euro.', 'Poi è uscito.']),
    ('ru', 'Г-н Иванов сказал, что 2,5 млн. руб. потрачено. Затем ушёл.', ['Г-н Иванов сказал, что 2,5 млн. руб. потрачено.', 'Затем ушёл.']),
    ('ru', 'В 2021 г. компания выросла. Прибыль удвоилась.', ['В 2021 г. компания выросла.', 'Прибыль удвоилась.']),
    ('ru', 'Яблоки, груши и т.д. Потом ушёл.', ['Яблоки, груши и т.д.', 'Потом ушёл.']),
    ('zh', '他说：“我们赢了。”然后离开了！真的吗？是的。', ['他说：“我们赢了。”', '然后离开了！', '真的吗？', '是的。']),
    ('zh', '微软向OpenAI投资10亿美元。2021年，微软继续投资20亿美元。', ['微软向OpenAI投资10亿美元。', '2021年，微软继续投资20亿美元。']),
    ('zh', '增长了3.5%。收入为2.81万亿美元！', ['增长了3.5%。', '收入为2.81万亿美元！']),
    ('zh', '标题：公司融资130亿\n\n正文第一句。正文第二句。', ['标题：公司融资130亿', '正文第一句。', '正文第二句。']),
    ('zh', '真的吗?是的。他说:"好的。"我走了', ['真的吗?', '是的。', '他说:"好的。"', '我走了']),
    ('ja', '政府は13兆円を投じた。「本当だ」と彼は言った。', ['政府は13兆円を投じた。', '「本当だ」と彼は言った。']),
    ('ja', '「それは大変な非難を受けるだろう。」と彼は言った。次の話題だ。', ['「それは大変な非難を受けるだろう。」と彼は言った。', '次の話題だ。']),
    # a year's ordinal dot before a lowercase word or a month is no sentence end; before a capital it is
    ('hu', 'Az ülést 2025. március 15-én tartották. A döntés megszületett.', ['Az ülést 2025. március 15-én tartották.', 'A döntés megszületett.']),
    ('hr', 'Zakon je donesen 2024. godine u Zagrebu. Stupio je na snagu.', ['Zakon je donesen 2024. godine u Zagrebu.', 'Stupio je na snagu.']),
    ('cs', 'Firma v roce 2023. vydělala 5 milionů. Letos ztrácí.', ['Firma v roce 2023. vydělala 5 milionů.', 'Letos ztrácí.']),
    ('de', 'Das war im Jahr 2024. Danach kam der Streik.', ['Das war im Jahr 2024.', 'Danach kam der Streik.']),
    # a quotation that opens with a figure starts a sentence, as a bare figure does
    ('de', 'Die Preise stiegen. „12 Euro für ein Brot sind zu viel“, sagte sie.', ['Die Preise stiegen.', '„12 Euro für ein Brot sind zu viel“, sagte sie.']),
    ('pl', 'Ceny wzrosły. „40 złotych za bilet to za dużo”, powiedział.', ['Ceny wzrosły.', '„40 złotych za bilet to za dużo”, powiedział.']),
]


@pytest.mark.parametrize("lang, text, expected", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_sentences_per_language(lang, text, expected):
    assert [s.text for s in split_sentences(text, lang)] == expected


@pytest.mark.parametrize("lang, text, expected", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_offsets_index_the_text(lang, text, expected):
    sentences = split_sentences(text, lang)
    for i, s in enumerate(sentences):
        assert text[s.start:s.end] == s.text
        assert s.index == i and s.article == ""
    assert all(a.end <= b.start for a, b in zip(sentences, sentences[1:]))


def test_unknown_language_still_splits():
    assert [s.text for s in split_sentences("Revenue rose 5%. Costs fell.", None)] == ["Revenue rose 5%.", "Costs fell."]


def test_number_and_unit_are_never_separated_across_languages():
    text = "Der Schaden liegt bei 2,5 Mio. Euro. Am Donnerstag, 27. März, kam die Einigung."
    sentences = [s.text for s in split_sentences(text, "de")]
    assert sentences == ["Der Schaden liegt bei 2,5 Mio. Euro.", "Am Donnerstag, 27. März, kam die Einigung."]


def test_hard_wrapped_prose_joins_lines_but_keeps_headings_and_list_items_apart():
    text = ("# Altavia invests\n\n"
            "Altavia Group said on Friday that it will invest\n"
            "$13 billion in Kestrel Labs, the start-up it has\n"
            "backed since 2019. The new funding values the\n"
            "company at $29 billion, two people said.\n\n"
            "- first item of a list\n"
            "- second item\n")
    assert [s.text for s in split_sentences(text, "en")] == [
        "# Altavia invests",
        "Altavia Group said on Friday that it will invest\n$13 billion in Kestrel Labs, the start-up it has\nbacked since 2019.",
        "The new funding values the\ncompany at $29 billion, two people said.",
        "- first item of a list",
        "- second item",
    ]


@pytest.mark.parametrize("lang, text, expected", [
    ("zh", "西班牙新星8500万欧元加盟\n2021年，他首次入选国家队。", ["西班牙新星8500万欧元加盟", "2021年，他首次入选国家队。"]),
    ("en", "Kestrel raises $13 billion\nAltavia Group said on Friday it would invest.", ["Kestrel raises $13 billion", "Altavia Group said on Friday it would invest."]),
    ("es", "Noticias\nPublished\non\nEl grupo invirtió 13.000 millones.", ["Noticias", "Published\non", "El grupo invirtió 13.000 millones."]),
])
def test_one_paragraph_per_line_pages_split_at_each_line(lang, text, expected):
    assert [s.text for s in split_sentences(text, lang)] == expected


def test_language_codes_with_region_use_the_language_data():
    assert [s.text for s in split_sentences("Das kostet 2,5 Mio. Euro. Gut.", "DE-at")] == ["Das kostet 2,5 Mio. Euro.", "Gut."]


def test_empty_and_blank_text_give_no_sentences():
    assert split_sentences("", "en") == []
    assert split_sentences(" \n\n \t", "en") == []


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab cA.。！？!?\n\"”«»12,Mio€ 亿")), max_size=200),
       st.sampled_from(["en", "es", "fr", "de", "zh", "ja", "ru", None]))
def test_any_text_gives_ordered_non_overlapping_trimmed_spans(text, lang):
    sentences = split_sentences(text, lang)
    previous_end = 0
    for s in sentences:
        assert previous_end <= s.start < s.end <= len(text)
        assert s.text == text[s.start:s.end] == s.text.strip()
        previous_end = s.end
    # nothing but whitespace is left out
    covered = "".join(s.text for s in sentences)
    assert "".join(covered.split()) == "".join(text.split())


def test_long_inputs_do_not_hang():
    """A guard against a pattern that backtracks without end, not a benchmark (the splitter reads tens of thousands of
    sentences a second on an idle core; ``benchmarks/`` measures speed): 1,200 sentences well within ten seconds even on a
    machine busy with other work."""
    paragraph = ("El Sr. García dijo que la empresa invirtió 13.000 millones de euros en 2021. "
                 "Der Schaden liegt bei 2,5 Mio. Euro. 微软向诺达投资10亿美元。\n")
    text = paragraph * 400
    start = time.perf_counter()
    n = len(split_sentences(text, "es"))
    assert n == 1200
    assert time.perf_counter() - start < 10


@pytest.mark.parametrize("text", ["ab. " * 50_000, "« a " * 50_000, "\u00a0»" * 50_000, "x" * 200_000])
def test_pathological_long_paragraphs_stay_fast(text):
    start = time.perf_counter()
    sentences = split_sentences(text, "fr")
    assert time.perf_counter() - start < 5
    assert all(text[s.start:s.end] == s.text for s in sentences)


def test_thai_ends_a_sentence_with_a_bare_space_in_a_long_block_only():
    """th ``sentence_space_break``: a block longer than ``SPACE_BREAK_OVER`` splits at spaces between Thai letters;
    a single sentence under it stays whole."""
    from claimcheck.segment import SPACE_BREAK_OVER, split_sentences

    one = "คณะรัฐมนตรีอนุมัติมาตรการกระตุ้นเศรษฐกิจวงเงิน 5 แสนล้านบาทเมื่อวันอังคาร"
    assert [s.text for s in split_sentences(one, "th")] == [one]
    block = " ".join([one, "กระทรวงการคลังคาดว่าเศรษฐกิจปีนี้จะขยายตัว 2.8% เพิ่มขึ้นจาก 1.9% เมื่อปีที่แล้ว"] * 3)
    assert len(block) > SPACE_BREAK_OVER
    texts = [s.text for s in split_sentences(block, "th")]
    assert texts[:2] == [one, "กระทรวงการคลังคาดว่าเศรษฐกิจปีนี้จะขยายตัว 2.8% เพิ่มขึ้นจาก 1.9% เมื่อปีที่แล้ว"] and len(texts) == 6


def test_a_thai_block_is_cut_after_a_sentence_s_last_figure_and_kept_whole_before_a_conjunction():
    """th: a sentence that ends in a figure, bare or with its words ("ในปี 2566", "0.9%", "15 คน"), ends at the
    space before the next Thai word, never between a figure and a word it takes (scale, currency, classifier, month:
    "5 แสนล้านบาท", "15 มีนาคม 2567") nor before a preposition after it ("1.9% ในปี 2566", "10,000 บาท ตั้งแต่เดือน");
    a clause's conjunction after a space ("และ", "ซึ่ง", "ขณะที่") goes on with the sentence (``sentence_space_continue``,
    ``sentence_space_after_figure``)."""
    sentences = ["กระทรวงการคลังคาดว่าเศรษฐกิจปีนี้จะขยายตัว 2.8% เพิ่มขึ้นจาก 1.9% ในปี 2566",
                 "ผู้มีรายได้น้อยประมาณ 12 ล้านคนจะได้รับเงินคนละ 10,000 บาท ตั้งแต่วันที่ 15 มีนาคม 2567",
                 "การส่งออกเดือนมกราคมเพิ่มขึ้น 4.2% ขณะที่อัตราเงินเฟ้ออยู่ที่ 0.9%",
                 "น้ำท่วมในภาคเหนือทำให้บ้านเรือนเสียหายกว่า 3,000 หลัง และมีผู้เสียชีวิต 15 คน",
                 "คณะรัฐมนตรีอนุมัติวงเงิน 5 แสนล้านบาท",
                 "ข่าวต่อไป นายกรัฐมนตรีกล่าวว่าอาคารแห่งใหม่ ซึ่งอยู่ห่างจากกรุงเทพฯ 240 กิโลเมตร จะเปิดในปี 2569"]
    block = " ".join(sentences)
    assert [s.text for s in split_sentences(block, "th")] == sentences[:5] + ["ข่าวต่อไป", sentences[5][len("ข่าวต่อไป "):]]


def test_a_thai_dot_ends_no_sentence():
    """Thai ends sentences with spaces, never a dot: the dot of an abbreviation after a figure ("11.00 น.",
    "120 กม./ชม.") keeps the sentence going, and a change, a ratio or a clock's zone after a figure is no break."""
    clock = "การประชุมเริ่มเวลา 10.30 น. ตามเวลาท้องถิ่น ที่ศาลากลางจังหวัดเชียงใหม่"
    assert [s.text for s in split_sentences(clock, "th")] == [clock]
    speed = "รถไฟจะวิ่งด้วยความเร็ว 140 กม./ชม. และรถบรรทุกวิ่งได้ 90 กม./ชม. ซึ่งเร็วกว่าเดิม"
    assert [s.text for s in split_sentences(speed, "th")] == [speed]
    filler = "ผู้ว่าราชการจังหวัดกล่าวว่าโครงการนี้จะช่วยพัฒนาเศรษฐกิจของภูมิภาคอย่างมาก "
    change = "รัฐบาลต้องการเพิ่มสัดส่วนผู้โดยสารรถไฟจาก 8% เป็น 25% ภายในห้าปี"
    vote = "สภาอนุมัติด้วยคะแนนเสียง 280 จาก 400 เสียง"
    block = filler * 3 + change + " " + vote
    texts = [s.text for s in split_sentences(block, "th")]
    assert change in texts and vote in texts


def test_a_headline_parted_by_a_full_stop_is_one_sentence():
    """A first line that does not end as a sentence does is the headline: one unit, whatever full stop it holds,
    so that other versions' headlines align with all of it; the body below is split as usual."""
    text = "Werft baut zwei Schiffe. Auftrag über 1,8 Mrd. Euro\nKIEL. Die Werft unterschrieb am Montag. Der Bau beginnt 2027."
    got = [s.text for s in split_sentences(text, "de")]
    assert got[0] == "Werft baut zwei Schiffe. Auftrag über 1,8 Mrd. Euro"
    assert got[1:] == ["KIEL. Die Werft unterschrieb am Montag.", "Der Bau beginnt 2027."] or \
        got[-2:] == ["Die Werft unterschrieb am Montag.", "Der Bau beginnt 2027."]
    # a first line that ends as a sentence does is a sentence like the others
    assert [s.text for s in split_sentences("Es regnet. Es schneit.\nMorgen wird es warm.", "de")] == \
        ["Es regnet.", "Es schneit.", "Morgen wird es warm."]


def test_a_quotation_opened_with_a_right_quote_mark_begins_a_sentence():
    """fi and sv open a quotation with ” as well as close it: the sentence before ends at its full stop, so a
    negation there ("ei toteudu") governs no bound in the quotation."""
    text = "Hanke ei toteudu ilman tukea. ”Yli 3 miljoonaa kävijää vuodessa on paljon”, hän sanoi."
    assert [s.text for s in split_sentences(text, "fi")] == [
        "Hanke ei toteudu ilman tukea.", "”Yli 3 miljoonaa kävijää vuodessa on paljon”, hän sanoi."]
