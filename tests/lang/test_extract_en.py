"""English: "," groups thousands, suffix scales ($10bn, £4m), qualifiers, and model names that are no claims."""
import pytest

from extract_helpers import assert_quantity

LANG = "en"


def test_ratio_of_the(only_claim):
    c = only_claim("Researchers counted 41 of the 50 samples.", LANG)
    assert (c.kind, c.value, c.quantity.denominator) == ("ratio", 41, 50)


def test_bracketed_conversion_points_to_first_amount(claims_of):
    a, b = claims_of("The club paid €85m (about £72m) for him.", LANG)
    assert (a.unit, b.unit, b.qualifier) == ("EUR", "GBP", "about")
    assert b.conversion_of == a.id and a.conversion_of is None


def test_or_about_conversion(claims_of):
    a, b = claims_of("Winds hit 240 km/h, or about 150 mph.", LANG)
    assert b.conversion_of == a.id


def test_claim_text_is_the_article_slice(claims_of):
    text = "Exports rose to $4.5bn while more than 300 firms joined."
    for c in claims_of(text, LANG):
        assert text[c.start:c.end] == c.text


def test_range_to(only_claim):
    q = only_claim("Between 1,200 and 1,500 jobs will go.", LANG).quantity
    assert (q.value, q.low, q.high, q.qualifier) == (1500, 1200, 1500, "up_to")


def test_unknown_language_uses_english_rules():
    from claimcheck.extract import extract_claims
    from claimcheck.records import Article

    claims = extract_claims(Article(id="x", source="-", text="It cost $3bn and 40% more.", lang=None))
    assert [(c.kind, c.value) for c in claims] == [("money", 3e9), ("percent", 40)]


def test_ids_and_sentences_follow_text_order(claims_of):
    claims = claims_of("First 10 ships came. Then 20 trucks left.", LANG)
    assert [c.id for c in claims] == ["t:1", "t:2"]
    assert [c.sentence_index for c in claims] == [0, 1]
    assert claims[1].sentence.startswith("Then")


def test_one_in_five_is_a_ratio_not_an_article(only_claim):
    c = only_claim("Only one in five firms replied.", LANG)
    assert (c.kind, c.value, c.quantity.denominator) == ("ratio", 1, 5)


def test_glued_m_before_a_noun_is_million(only_claim):
    q = only_claim("Output rose to 2m barrels per day.", LANG).quantity
    assert q.value == 2e6 and q.scale == 1e6


def test_hyphenated_range_keeps_both_ends(only_claim):
    q = only_claim("Officials expect 1,200-1,500 arrivals.", LANG).quantity
    assert (q.low, q.high, q.qualifier) == (1200, 1500, "up_to")


@pytest.mark.parametrize("text,value", [("GDP shrank by -0.4% last quarter.", -0.4), ("Lows of −5 °C are forecast.", -5.0),
                                        ("Shares rose +3.5% in early trading.", 3.5)])
def test_sign_is_part_of_the_figure(only_claim, text, value):
    assert only_claim(text, LANG).value == pytest.approx(value)


@pytest.mark.parametrize("text", ["Pitcher Akiyoshi Katsuno (21) started the game.", "The victims, aged 21, were hurt."])
def test_age_in_brackets_or_after_aged_is_years(only_claim, text):
    c = only_claim(text, LANG)
    assert (c.kind, c.value, c.unit) == ("duration", 21, "year")


def test_currency_code_before_the_figure(only_claim):
    c = only_claim("She owns a flat worth PLN 570 thousand.", LANG)
    assert (c.kind, c.value, c.unit) == ("money", 570000, "PLN")


@pytest.mark.parametrize("text", ["He went to his first Olympics aged 14 and his father died.", "She was attacked at the age of 17.",
                                  "Some children, as young as 11 - have accounts.", "But the actor, 31, has hit out at critics."])
def test_age_phrase_makes_the_number_years_whatever_follows(only_claim, text):
    c = only_claim(text, LANG)
    assert (c.kind, c.unit) == ("duration", "year")


def test_number_after_a_capitalised_clause_opener_is_no_age(only_claim):
    assert only_claim("In the report, 31 people died.", LANG).kind == "count"


def test_spelled_duration_after_the_is_a_duration_not_a_known_set(only_claim):
    c = only_claim("She was hired for the six-month, live-in job.", LANG)
    assert (c.kind, c.value, c.unit) == ("duration", 6, "month")


def test_half_of_a_year_is_no_share(only_claim):
    assert only_claim("The launch moved to the first half of 2019.", LANG).kind == "date"


def test_a_designation_with_its_number_is_the_counted_noun(claims_of):
    """"three F-35 fighters", "two T-72 tanks": the designation is one word; the claim never ends on "F-"."""
    (jets,) = claims_of("The air force took delivery of three F-35 fighters.", LANG)
    (tanks,) = claims_of("Rebels captured two T-72 tanks near the border.", LANG)
    assert (jets.text, jets.value, tanks.text, tanks.value) == ("three F-35", 3, "two T-72", 2)


def test_a_scaled_figure_carries_no_floating_point_noise(claims_of):
    """4.1 × 10⁹ computed in binary is 4099999999.9999995; the report says 4100000000."""
    (money,) = claims_of("Revenue reached $4.1bn.", LANG)
    (rng,) = claims_of("Costs are put at 4.1 to 4.3 billion dollars.", LANG)
    assert money.value == 4.1e9 and repr(money.value) == "4100000000.0"
    assert (rng.quantity.low, rng.quantity.high) == (4.1e9, 4.3e9)
