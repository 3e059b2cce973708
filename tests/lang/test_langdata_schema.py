"""The language package: every table key documented and well typed, the CLDR layer fresh,
unknown codes refused with the supported list."""
from __future__ import annotations

import importlib.util
import json
from dataclasses import replace
from pathlib import Path

import pytest

from claimcheck.langdata import LANG_DIR, UnknownLanguage, get_language, supported_languages

README = (LANG_DIR / "README.md").read_text(encoding="utf-8")
TABLES = sorted(LANG_DIR.glob("*.json"))
STRING_MAPS = {"currency_before", "currency_after", "currency_words", "units", "duration_units", "other_before",
               "other_after", "qualifiers_before", "qualifiers_after", "rate_before", "rate_units", "rank_nouns",
               "era_date_suffixes", "relative_year_marks", "fold_characters"}
NUMBER_MAPS = {"number_words", "fraction_words", "scales", "suffix_scales", "months", "weekdays", "ordinal_words",
               "cjk_digits", "cjk_multipliers", "relative_years", "relative_month_words", "capitalised_weekdays", "quarter_words"}
STRING_LISTS = {"percent", "percent_words", "pp_words", "stopwords", "not_before", "not_after", "half_words",
                "tenth_words", "time_patterns", "short_year_patterns", "day_patterns", "year_before", "year_after", "rank_verbs",
                "share_connectors", "clock_duration_patterns", "classifiers", "range_connectors", "of_words",
                "partitive_articles", "hyphen_noun_suffixes", "leading_multipliers", "initial_multipliers",
                "myriad_digit_space_units", "hour_marks", "sequence_words", "relative_date_patterns", "ordinal_prefixes",
                "anniversary_before"}


def _keys(path: Path) -> set[str]:
    return {k for k in json.loads(path.read_text(encoding="utf-8")) if not k.startswith("_")}


@pytest.mark.parametrize("path", TABLES, ids=[p.stem for p in TABLES])
def test_every_key_is_documented(path):
    missing = sorted(k for k in _keys(path) if f"`{k}`" not in README)
    assert not missing, f"{path.name}: keys not documented in claimcheck/lang/README.md: {missing}"


@pytest.mark.parametrize("path", TABLES + sorted((LANG_DIR / "cldr").glob("*.json")),
                         ids=[p.stem for p in TABLES] + [f"cldr-{p.stem}" for p in sorted((LANG_DIR / "cldr").glob("*.json"))])
def test_tables_are_written_in_unicode_nfc(path):
    """The extractor reads a text in NFC (``extract._NormalView``): a table in another form would miss it."""
    import unicodedata
    assert unicodedata.is_normalized("NFC", path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", TABLES, ids=[p.stem for p in TABLES])
def test_keys_have_their_types(path):
    data = json.loads(path.read_text(encoding="utf-8"))
    for key, value in data.items():
        if key in STRING_MAPS:
            assert isinstance(value, dict) and all(isinstance(v, str) for v in value.values()), (path.name, key)
        elif key in NUMBER_MAPS:
            assert isinstance(value, dict) and all(isinstance(v, (int, float)) for v in value.values()), (path.name, key)
        elif key in STRING_LISTS:
            assert isinstance(value, list) and all(isinstance(v, str) for v in value), (path.name, key)


@pytest.mark.parametrize("path", TABLES, ids=[p.stem for p in TABLES])
def test_multiplier_lists_name_multipliers(path):
    data = json.loads(path.read_text(encoding="utf-8"))
    for key in ("leading_multipliers", "initial_multipliers"):
        stray = sorted(set(data.get(key, [])) - set(data.get("cjk_multipliers", {})))
        assert not stray, f"{path.name}: {key} not in cjk_multipliers: {stray}"


@pytest.mark.parametrize("key", ["one_of_context", "rank_elided_context"])
@pytest.mark.parametrize("path", TABLES, ids=[p.stem for p in TABLES])
def test_context_keys_have_both_regexes(path, key):
    """``one_of_context`` and ``rank_elided_context`` need a ``before`` and an ``after`` regex, each
    compiling; the loader refuses one alone."""
    import regex
    ctx = json.loads(path.read_text(encoding="utf-8")).get(key)
    if ctx is None:
        return
    assert set(ctx) == {"before", "after"} and all(isinstance(v, str) for v in ctx.values()), (path.name, key, ctx)
    for v in ctx.values():
        regex.compile(v)


@pytest.mark.parametrize("path", TABLES, ids=[p.stem for p in TABLES])
def test_bare_one_article_is_a_regex(path):
    import regex
    data = json.loads(path.read_text(encoding="utf-8"))
    for key in ("bare_one_article", "elided_count_before", "noun_after_article", "change_before", "change_after"):
        if data.get(key) is not None:
            assert isinstance(data[key], str), (path.name, key)
            regex.compile(data[key])


@pytest.mark.parametrize("path", TABLES, ids=[p.stem for p in TABLES])
def test_change_pairs_are_string_pairs(path):
    pairs = json.loads(path.read_text(encoding="utf-8")).get("change_pairs", [])
    assert isinstance(pairs, list) and all(
        isinstance(p, list) and len(p) == 2 and all(isinstance(w, str) and w for w in p) for p in pairs), path.name


@pytest.mark.parametrize("path", TABLES, ids=[p.stem for p in TABLES])
def test_qualifier_guards_name_qualifiers_once(path):
    """``qualifier_not_after``: guards, each a regex and the qualifier phrases it unbinds, every phrase a
    qualifier of the table and under one guard only."""
    data = json.loads(path.read_text(encoding="utf-8"))
    known = set(data.get("qualifiers_before", {})) | set(data.get("qualifiers_after", {}))
    seen: list[str] = []
    for guard in data.get("qualifier_not_after", []):
        assert set(guard) == {"phrases", "before"} and isinstance(guard["before"], str) and guard["before"], path.name
        assert guard["phrases"] and all(phrase in known for phrase in guard["phrases"]), (path.name, guard["phrases"])
        seen += guard["phrases"]
    assert len(seen) == len(set(seen)), (path.name, sorted(p for p in seen if seen.count(p) > 1))


@pytest.mark.parametrize("path", TABLES, ids=[p.stem for p in TABLES])
def test_title_counts_name_their_stems(path):
    """``title_counts``: every pattern has a ``stem`` group and every stem it can match has a number."""
    import regex
    spec = json.loads(path.read_text(encoding="utf-8")).get("title_counts")
    if spec is None:
        return
    assert isinstance(spec.get("stems"), dict) and all(isinstance(v, int) and v > 1 for v in spec["stems"].values()), path.name
    for t in spec["patterns"]:
        assert "stem" in regex.compile(t).groupindex, (path.name, t)
        alternatives = regex.search(r"\(\?P<stem>([^)]*)\)", t).group(1).split("|")
        assert {a.lower() for a in alternatives} <= {k.lower() for k in spec["stems"]}, (path.name, t)


def test_title_counts_without_stem_group_are_refused():
    from claimcheck.langdata import _compile
    rules = get_language("de")
    broken = replace(rules, data={**rules.data, "title_counts": {"stems": {"drei": 3}, "patterns": ["dreifach"]}})
    with pytest.raises(ValueError, match="title_counts"):
        _compile(broken)


def test_rank_elided_context_alone_is_refused():
    from claimcheck.langdata import _compile
    rules = get_language("en")
    broken = replace(rules, data={**rules.data, "rank_elided_context": {"after": ","}})
    with pytest.raises(ValueError, match="rank_elided_context"):
        _compile(broken)


def test_one_of_context_alone_is_refused():
    from claimcheck.langdata import _compile
    rules = get_language("ja")
    broken = replace(rules, data={**rules.data, "one_of_context": {"before": "の"}})
    with pytest.raises(ValueError, match="one_of_context"):
        _compile(broken)


@pytest.mark.parametrize("path", TABLES, ids=[p.stem for p in TABLES])
def test_eras_have_their_date_suffixes(path):
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("era_years"):
        assert set(data.get("era_date_suffixes", {})) == {"year", "month", "day"}, path.name


def test_era_pattern_is_built_from_the_table_alone():
    """Another language with eras needs only data: its own names and marks, no CJK in code."""
    from claimcheck.langdata import _era_year_pattern, rules_for

    en = rules_for("en")
    with_eras = replace(en, data={**en.data, "era_years": {"Heisei": 1988},
                                  "era_date_suffixes": {"year": "y", "month": "m", "day": "d"}})
    m = _era_year_pattern(with_eras).search("in Heisei 30y 4m 1d")
    assert m and (m.group("era"), m.group("n"), m.group("month"), m.group("day")) == ("Heisei", "30", "4", "1")
    broken = replace(en, data={**en.data, "era_years": {"Heisei": 1988}})
    with pytest.raises(ValueError, match="era_date_suffixes"):
        _era_year_pattern(broken)


def test_relative_year_pattern_is_built_from_the_table_alone():
    from claimcheck.langdata import _relative_year_month_pattern, rules_for

    en = rules_for("en")
    relative = replace(en, data={**en.data, "relative_years": {"nextyear": 1},
                                 "relative_year_marks": {"month": "m", "day": "d"}})
    m = _relative_year_month_pattern(relative).search("due nextyear 4m 1d")
    assert m and (m.group("rel"), m.group("month"), m.group("day")) == ("nextyear", "4", "1")
    broken = replace(en, data={**en.data, "relative_years": {"nextyear": 1}})
    with pytest.raises(ValueError, match="relative_year_marks"):
        _relative_year_month_pattern(broken)


def test_languages_are_derived_from_the_tables():
    """Every table (but the shared layer) is a language, and nothing else is: adding one is adding its files."""
    tables = sorted(p.stem for p in LANG_DIR.glob("*.json") if p.stem != "common")
    assert supported_languages() == tables
    assert set("en es fr de zh pt it ja ru pl cs nl hi ko tr ar".split()) <= set(tables)
    assert all((LANG_DIR / "cldr" / f"{lang}.json").is_file() for lang in tables)


def test_unknown_language_is_refused_with_the_supported_list():
    with pytest.raises(UnknownLanguage) as err:
        get_language("xx")
    assert isinstance(err.value, ValueError) and "supported: " + ", ".join(sorted(supported_languages())) in str(err.value)
    assert get_language("pt-BR").lang == "pt"


def test_generated_cldr_layer_is_fresh():
    pytest.importorskip("babel")
    script = Path(__file__).resolve().parents[2] / "scripts" / "gen_langdata.py"
    spec = importlib.util.spec_from_file_location("gen_langdata", script)
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    stale = [lang for lang in supported_languages()
             if (LANG_DIR / "cldr" / f"{lang}.json").read_text(encoding="utf-8") != gen.render(gen.generate(lang))]
    assert not stale, f"claimcheck/lang/cldr is stale for {stale}: run `make langdata`"


@pytest.mark.parametrize("path", TABLES, ids=[p.stem for p in TABLES])
def test_time_zone_offsets_are_minutes_of_zone_words(path):
    """``time_zone_offsets``: each word a zone word of its table (or of ``common.json``), never local time, mapped to
    whole quarter hours within UTC±14 h: one offset, or a list of distinct ones (standard and summer time)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    common = json.loads((LANG_DIR / "common.json").read_text(encoding="utf-8"))
    words = set(data.get("time_zone_words", [])) | set(common.get("time_zone_words", []))
    for word, offsets in data.get("time_zone_offsets", {}).items():
        assert word in words and word not in data.get("local_time_words", []), (path.name, word)
        listed = offsets if isinstance(offsets, list) else [offsets]
        assert listed and len(set(listed)) == len(listed), (path.name, word, offsets)
        assert all(isinstance(o, int) and not isinstance(o, bool) and o % 15 == 0 and abs(o) <= 14 * 60
                   for o in listed), (path.name, word, offsets)


WINTER, SUMMER = (1,), (7,)


@pytest.mark.parametrize("lang,word,zone,months", [
    ("common", "GMT", "Etc/UTC", WINTER + SUMMER), ("common", "CET", "Europe/Paris", WINTER + SUMMER),
    ("common", "CEST", "Europe/Paris", SUMMER), ("common", "BST", "Europe/London", SUMMER),
    ("common", "EET", "Europe/Athens", WINTER + SUMMER), ("common", "MSK", "Europe/Moscow", WINTER + SUMMER),
    ("common", "IST", "Asia/Kolkata", WINTER + SUMMER), ("common", "JST", "Asia/Tokyo", WINTER + SUMMER),
    ("common", "AEST", "Australia/Sydney", SUMMER), ("common", "AEDT", "Australia/Sydney", WINTER),
    ("common", "EST", "America/New_York", WINTER), ("common", "EDT", "America/New_York", SUMMER),
    ("common", "PST", "America/Los_Angeles", WINTER), ("common", "PDT", "America/Los_Angeles", SUMMER),
    ("en", "Eastern time", "America/New_York", WINTER + SUMMER), ("ru", "мск", "Europe/Moscow", WINTER + SUMMER),
    ("zh", "北京时间", "Asia/Shanghai", WINTER + SUMMER), ("ja", "日本時間", "Asia/Tokyo", WINTER + SUMMER),
    ("ko", "한국시간", "Asia/Seoul", WINTER + SUMMER), ("hi", "भारतीय समय", "Asia/Kolkata", WINTER + SUMMER),
    ("fr", "heure de Paris", "Europe/Paris", WINTER + SUMMER), ("de", "MEZ", "Europe/Berlin", WINTER),
    ("de", "MESZ", "Europe/Berlin", SUMMER), ("tr", "TSİ", "Europe/Istanbul", WINTER + SUMMER),
    ("fa", "به وقت تهران", "Asia/Tehran", WINTER + SUMMER), ("pt", "hora de Lisboa", "Europe/Lisbon", WINTER + SUMMER),
    ("es", "hora de Brasilia", "America/Sao_Paulo", WINTER + SUMMER), ("uk", "за київським часом", "Europe/Kyiv", WINTER + SUMMER),
    ("he", "שעון ישראל", "Asia/Jerusalem", WINTER + SUMMER), ("vi", "giờ Việt Nam", "Asia/Ho_Chi_Minh", WINTER + SUMMER),
    ("id", "WITA", "Asia/Makassar", WINTER + SUMMER), ("fi", "Suomen aikaa", "Europe/Helsinki", WINTER + SUMMER),
])
def test_time_zone_offsets_agree_with_the_tz_database(lang, word, zone, months):
    """The hand-written offsets are those of the tz database by today's rules, in the seasons the word names."""
    import datetime
    import zoneinfo
    try:
        tz = zoneinfo.ZoneInfo(zone)
    except zoneinfo.ZoneInfoNotFoundError:
        pytest.skip(f"no tz database entry for {zone}")
    offsets = json.loads((LANG_DIR / f"{lang}.json").read_text(encoding="utf-8"))["time_zone_offsets"][word]
    expected = {int(tz.utcoffset(datetime.datetime(2025, m, 15)).total_seconds() // 60) for m in months}
    assert set(offsets if isinstance(offsets, list) else [offsets]) == expected, (lang, word, zone)


@pytest.mark.parametrize("path", TABLES + sorted((LANG_DIR / "cldr").glob("*.json")), ids=lambda p: p.name)
def test_no_table_states_a_key_twice(path):
    """JSON keeps the last of two equal keys silently: a word written twice in one table is a slip to mend."""
    twice = []

    def pairs(items):
        keys = [k for k, _ in items]
        twice.extend(k for k in set(keys) if keys.count(k) > 1)
        return dict(items)

    json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=pairs)
    assert not twice, twice


@pytest.mark.parametrize("path", TABLES, ids=[p.stem for p in TABLES])
def test_subunit_words_name_codes_or_groups(path):
    """A ``subunit_words`` entry names ISO codes or a group of ``common.json``'s ``subunit_currencies``: a misspelt
    group would otherwise pass as a currency no article writes."""
    groups = json.loads((LANG_DIR / "common.json").read_text(encoding="utf-8"))["subunit_currencies"]
    words = json.loads(path.read_text(encoding="utf-8")).get("subunit_words", {})
    for word, names in words.items():
        for name in names:
            assert name in groups or (len(name) == 3 and name.isascii() and name.isupper()), (path.name, word, name)


def test_subunit_groups_are_written_out_at_load():
    """de "Cent" names the group "cent": the merged table holds the codes, never the group's name."""
    cents = get_language("de").data["subunit_words"]["Cent"]
    assert "EUR" in cents and "USD" in cents and "cent" not in cents
    assert "subunit_currencies" not in get_language("de").data
    en = get_language("en").data["subunit_words"]["cents"]
    assert {"ZAR", "KES", "CAD"} <= set(en) and len(en) == len(set(en))
