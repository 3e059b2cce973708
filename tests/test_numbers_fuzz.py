"""Property tests for the number parser and the scanner: never raise, stay linear on adversarial input,
and agree with babel's strict per-locale parser wherever babel accepts a token."""
from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck.extract import extract_text
from claimcheck.langdata import available_languages, rules_for
from claimcheck.numbers import parse_cjk, parse_digits

LANGS = available_languages()
NUMBERISH = st.text(alphabet="0123456789.,  \u00a0\u202f'’-万亿千百十一二三XNUM%$€", max_size=60)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(token=NUMBERISH, lang=st.sampled_from(LANGS))
def test_parse_digits_never_raises_and_returns_finite_values(token, lang):
    r = rules_for(lang)
    p = parse_digits(token, r.decimal, r.groups)
    assert p is None or p.value >= 0


@settings(max_examples=300, deadline=None)
@given(token=st.text(alphabet="零〇一二两三四五六七八九十百千万亿兆0123456789.", max_size=40))
def test_parse_cjk_never_raises(token):
    r = rules_for("zh")
    res = parse_cjk(token, r.cjk_digits, r.cjk_multipliers)
    assert res is None or res[0] >= 0


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(max_size=200), lang=st.sampled_from(LANGS + [None]))
def test_extract_never_raises_and_claims_slice_the_text(text, lang):
    for c in extract_text(text, lang):
        assert text[c.start:c.end] == c.text
        assert c.start <= c.end


@settings(max_examples=200, deadline=None)
@given(n=st.integers(min_value=0, max_value=10**12))
def test_grouped_integers_round_trip_in_every_locale(n):
    for lang, sep in (("en", ","), ("es", "."), ("de", "."), ("fr", "\u202f"), ("fr", " ")):
        token = f"{n:,}".replace(",", sep)
        r = rules_for(lang)
        p = parse_digits(token, r.decimal, r.groups)
        assert p is not None and p.value == n, (lang, token)


@pytest.mark.parametrize("locale,lang", [("es_ES", "es"), ("en_US", "en"), ("de_DE", "de"), ("it_IT", "it"), ("pt_BR", "pt")])
@pytest.mark.parametrize("token", ["1.234", "1,234", "12.5", "12,5", "1.234.567", "1,234,567", "1.234,5", "1,234.5", "0,35", "7"])
def test_agrees_with_babel_where_babel_is_strict(locale, lang, token):
    babel_numbers = pytest.importorskip("babel.numbers")
    try:
        expected = float(babel_numbers.parse_decimal(token, locale=locale, strict=True))
    except babel_numbers.NumberFormatError:
        return  # babel refuses the token in this locale; our reading is checked elsewhere
    r = rules_for(lang)
    p = parse_digits(token, r.decimal, r.groups)
    assert p is not None and p.value == pytest.approx(expected), (locale, token)


ADVERSARIAL = [
    "1" * 5000,
    "1." * 3000,
    "1.1.1.1." * 800,
    "万" * 2000,
    "一万" * 1500,
    "1 " * 3000,
    "XNUMX " * 1000,
    "más de " * 800 + "3",
    "de " * 1500 + "12",
    "12 400 " * 800,
    "百分之" * 1000,
    "9" * 70 + "%",
    ("nine-" * 800) + "day",
    "drei" + "hundert" * 2000 + "x",
    "duecento" * 1000 + "x",
    "逾千" * 2000,
]


@pytest.mark.parametrize("text", ADVERSARIAL, ids=range(len(ADVERSARIAL)))
@pytest.mark.parametrize("lang", ["en", "es", "fr", "zh", "de"])
def test_no_catastrophic_backtracking_on_long_inputs(text, lang):
    rules_for(lang)  # compiling the tables is a one-time cost, not backtracking
    t0 = time.perf_counter()
    extract_text(text, lang)
    # backtracking is exponential: seconds become hours. "1 " * 3000 is 3,000 real claims (~1 s quiet, over
    # 2 s on a loaded two-core machine), so the bound leaves room for load, not for a blow-up
    assert time.perf_counter() - t0 < 6.0


_DE_UNITS = ["", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"]
_DE_TEENS = ["zehn", "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn"]
_DE_TENS = ["", "", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig"]


def _de_below_100(n: int) -> str:
    if n < 10:
        return _DE_UNITS[n]
    if n < 20:
        return _DE_TEENS[n - 10]
    t, u = divmod(n, 10)
    return (_DE_UNITS[u] + "und" if u else "") + _DE_TENS[t]


def _de_below_1000(n: int) -> str:
    h, rest = divmod(n, 100)
    return (_DE_UNITS[h] + "hundert" if h else "") + _de_below_100(rest)


def _de_spelled(n: int) -> str:
    th, rest = divmod(n, 1000)
    return (_de_below_1000(th) + "tausend" if th else "") + _de_below_1000(rest)


@settings(max_examples=200, deadline=None)
@given(n=st.integers(min_value=2, max_value=999_999).filter(lambda n: n % 100 != 1))
def test_german_numbers_written_as_one_word_read_back(n):
    """"dreihundertfünfzig", "zweitausenddreihundertzwölf": one word, cut into the number words it is made of
    (a final "eins" is left out: the article word "ein"/"eins" is no figure on its own)."""
    claims = extract_text(f"Es kamen {_de_spelled(n)} Menschen.", "de")
    assert [c.quantity.value for c in claims] == [n], (_de_spelled(n), [(c.text, c.quantity.value) for c in claims])


@pytest.mark.parametrize("values,total", [
    ([2, 1e6], 2e6), ([1e6, 200, 1000], 1.2e6), ([2, 1000, 5, 100], 2500), ([3, 100, 50, 1000], 350_000),
    ([1.5, 1e6], 1.5e6), ([100, 1000], 100_000), ([20, 3], 23), ([2000, 20], 2020),
])
def test_spelled_number_words_combine(values, total):
    from claimcheck.numbers import combine_words
    assert combine_words(values) == total


@settings(max_examples=200, deadline=None)
@given(n=st.integers(min_value=0, max_value=10**9),
       zero=st.sampled_from([0x30, 0xFF10, 0x966, 0x9E6, 0x660, 0x6F0, 0xE50, 0x1040, 0x17E0, 0xF20]))
def test_digits_of_every_script_read_as_their_ascii_digits(n, zero):
    """Any script's decimal digits (ASCII, full-width, Devanagari, Bengali, Arabic-Indic, Persian, Thai, Myanmar,
    Khmer, Tibetan: Unicode Nd) parse as the number they write, and the scanner finds them as one figure."""
    from claimcheck.langdata import DIGIT
    import regex
    written = "".join(chr(zero + int(d)) for d in str(n))
    assert parse_digits(written) is not None and parse_digits(written).value == n
    assert regex.fullmatch(rf"{DIGIT}+", written)
