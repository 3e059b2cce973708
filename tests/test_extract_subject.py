"""Subject words: what a figure says something of, the words the matcher's subject cosine reads."""
import pytest

from claimcheck.extract import extract_text


@pytest.mark.parametrize("lang,sentence,figure,subject", [
    ("en", "The winner, Marta Kovac, 31, crossed the line alone.", "31", {"marta", "kovac"}),
    ("es", "La corredora eslovena, de 31 años, cruzó la meta sola.", "31 años", {"corredora", "eslovena"}),
    ("fr", "La gagnante, Marta Kovac, 31 ans, a franchi la ligne seule.", "31 ans", {"marta", "kovac"}),
    ("it", "La slovena Marta Kovac, 31 anni, ha tagliato il traguardo da sola.", "31 anni", {"marta", "kovac"}),
])
def test_an_appositive_figure_says_something_of_the_noun_before_its_comma(lang, sentence, figure, subject):
    """"Marta Kovac, 31, ..." holds nothing but the figure between its commas: the age is Kovac's, so two ages of
    two riders differ in their subject words even where the sentences read alike."""
    [claim] = [c for c in extract_text(sentence, lang) if c.text == figure]
    assert subject <= set(claim.subject)


def test_a_figure_with_words_of_its_own_keeps_them():
    [claim] = extract_text("Officials said, in all, 40 boats were lost.", "en")
    assert "boats" in claim.subject


@pytest.mark.parametrize("lang,sentence,figure,noun", [
    ("ja", "同社は英国内に612店を展開し、従業員数は11万8000人超。", "612店", "店"),
    ("ja", "同社は英国内に612店を展開し、従業員数は11万8000人超。", "11万8000人超", "人"),
    ("zh", "该公司在全国拥有830家门店，员工超过5万人。", "5万人", "人"),
])
def test_a_classifier_names_what_its_count_counts(lang, sentence, figure, noun):
    """"612店を展開し、従業員数は11万8000人超" states stores first, people second, where "118,000 people across 612
    stores" has them the other way round: the classifier inside the claim ("店", "人", a bound glued after it left
    out) is its counted noun, first of its subject words, as "612 stores" has "stores"."""
    [claim] = [c for c in extract_text(sentence, lang) if c.text.endswith(figure) or c.text == figure]
    assert claim.subject[0] == noun, claim.subject
