"""The vectorised matching code gives exactly what the plain loops it replaced gave."""
from __future__ import annotations

import math
import unicodedata
from collections import defaultdict

import numpy as np

import pytest

from claimcheck.features import STRUCTURE, structure_matrix


def _structure_matrix_loops(pairs, p, articles):
    """The per-pair loop version of ``features.structure_matrix`` (before vectorising), as reference."""
    n = len(pairs)
    S = np.zeros((n, len(STRUCTURE)))
    if n == 0:
        return S
    eps = 1e-6
    pc = np.clip(p, eps, 1 - eps)
    S[:, 0] = np.log(pc / (1 - pc))
    nbr = defaultdict(dict)
    best = defaultdict(float)
    by_articles = defaultdict(list)
    pair_list, p_list = pairs.tolist(), p.tolist()
    for k, (i, j) in enumerate(pair_list):
        pk = p_list[k]
        nbr[i][j] = nbr[j][i] = pk
        best[(i, articles[j])] = max(best[(i, articles[j])], pk)
        best[(j, articles[i])] = max(best[(j, articles[i])], pk)
        by_articles[(articles[i], articles[j])].append(k)
    for k, (i, j) in enumerate(pair_list):
        pk = p_list[k]
        S[k, 1] = float(pk >= best[(i, articles[j])] - eps and pk >= best[(j, articles[i])] - eps)
        support, agree = 0.0, 0
        ni, nj = nbr[i], nbr[j]
        if len(ni) > len(nj):
            ni, nj = nj, ni
        for c, pic in ni.items():
            pjc = nj.get(c)
            if pjc is None or articles[c] in (articles[i], articles[j]):
                continue
            support = max(support, min(pic, pjc))
            if min(pic, pjc) >= 0.5:
                agree += 1
        S[k, 3], S[k, 4] = support, min(agree, 3)
    from scipy.optimize import linear_sum_assignment

    for ks in by_articles.values():
        rows = sorted({pair_list[k][0] for k in ks})
        cols = sorted({pair_list[k][1] for k in ks})
        ri, ci = {r: x for x, r in enumerate(rows)}, {c: x for x, c in enumerate(cols)}
        m = np.zeros((len(rows), len(cols)))
        for k in ks:
            m[ri[pair_list[k][0]], ci[pair_list[k][1]]] = p_list[k]
        chosen = {(int(r), int(c)) for r, c in zip(*linear_sum_assignment(-m))}
        for k in ks:
            S[k, 2] = float((ri[pair_list[k][0]], ci[pair_list[k][1]]) in chosen and p_list[k] > 0.05)
    return S


def _random_story(rng, n_articles, per_article, density, ties):
    articles = [f"a{x}" for x in range(n_articles) for _ in range(per_article)]
    pairs = []
    for x in range(len(articles)):
        for y in range(x + 1, len(articles)):
            if articles[x] != articles[y] and rng.random() < density:
                pairs.append((x, y))
    pairs = np.array(pairs, dtype=np.int64).reshape(-1, 2)
    p = rng.random(len(pairs))
    if ties:
        p = np.round(p * 4) / 4  # many exact ties, 0 and 1 included
    return pairs, p, articles


@pytest.mark.parametrize("seed", range(40))
def test_structure_matrix_matches_loops(seed):
    rng = np.random.default_rng(seed)
    pairs, p, articles = _random_story(rng, int(rng.integers(2, 6)), int(rng.integers(1, 9)),
                                       float(rng.uniform(0.1, 1.0)), ties=seed % 2 == 0)
    assert np.array_equal(structure_matrix(pairs, p, articles), _structure_matrix_loops(pairs, p, articles))


def test_structure_matrix_empty():
    assert structure_matrix(np.zeros((0, 2), dtype=np.int64), np.zeros(0), []).shape == (0, len(STRUCTURE))


def test_langid_counts_runs_as_characters():
    """``langid._count`` over ``[…]+`` runs counts what one match per character counted."""
    import random

    import regex

    from claimcheck import langid

    rng = random.Random(0)
    alphabet = "aZé ж語かカ한1,。\u0301\u3000-Ωß" + "".join(chr(c) for c in range(0x4e00, 0x4e08))
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 200))) for _ in range(200)]
    for runs in (langid._LETTER, langid._KANA, langid._HAN, langid._LATIN, *(s for s, _, _ in langid._SCRIPT_LANGS)):
        single = regex.compile(runs.pattern[:-1])
        for t in texts:
            assert langid._count(runs, t) == len(single.findall(t))


def test_single_row_or_column_assignment_as_scipy():
    from scipy.optimize import linear_sum_assignment as scipy_lsap

    from claimcheck.align import linear_sum_assignment

    rng = np.random.default_rng(1)
    for _ in range(2000):
        v = rng.integers(0, 3, size=int(rng.integers(1, 7))).astype(float)  # many ties
        for m in (v[None, :], v[:, None], -v[None, :]):
            got, want = linear_sum_assignment(m), scipy_lsap(m)
            assert [list(map(int, x)) for x in got] == [list(map(int, x)) for x in want]


def _slot_scores_reference(ctx, left, right):
    """``features.slot_scores`` of one sentence pair before the scores of all pairs were computed together."""
    li, rj = np.array(left), np.array(right)
    cal = ctx.calibration
    clause = cal(ctx.clause_vecs[li] @ ctx.clause_vecs[rj].T)
    subj = cal(ctx.subject_vecs[li] @ ctx.subject_vecs[rj].T) * \
        (ctx.has_subject[li][:, None] & ctx.has_subject[rj][None, :])
    same_dim = (ctx.dim_ids[li][:, None] == ctx.dim_ids[rj][None, :]).astype(float)
    rank_same = (ctx.ranks[li][:, None] == ctx.ranks[rj][None, :]) & \
        (ctx.counts[li][:, None] == ctx.counts[rj][None, :])
    order = 1.0 - np.abs(ctx.in_sentence[li][:, None] - ctx.in_sentence[rj][None, :])
    return clause + 0.5 * subj + 2.0 * same_dim + 0.75 * rank_same * same_dim + 0.25 * order


def test_slot_scores_many_as_slot_scores():
    from claimcheck.features import Calibration, StoryContext, slot_scores, slot_scores_many

    rng = np.random.default_rng(2)
    n = 12
    vecs = rng.standard_normal((n, 8)).astype(np.float32)
    ctx = StoryContext([], vecs, vecs, rng.standard_normal((n, 8)).astype(np.float32), rng.random(n) > 0.3,
                       Calibration(0.1, 0.8))
    ctx.dim_ids, ctx.ranks = rng.integers(0, 2, n), rng.integers(0, 3, n)
    ctx.counts, ctx.in_sentence = rng.integers(1, 3, n), rng.random(n)
    blocks = [([0, 1], [5, 6, 7]), ([2], [8, 9]), ([3, 4], [10, 11]), ([0, 1, 2], [11])]
    for got, (left, right) in zip(slot_scores_many(ctx, blocks), blocks):
        assert np.array_equal(got, slot_scores(ctx, left, right))
        assert got.dtype == slot_scores(ctx, left, right).dtype
        assert np.array_equal(got, _slot_scores_reference(ctx, left, right))
        assert got.dtype == _slot_scores_reference(ctx, left, right).dtype


def _name_tokens_loop(text):
    """``features._name_tokens`` before it skipped lower-case tokens in the pattern, as reference."""
    from claimcheck.features import _INITIAL, _TOKEN

    tokens, inner = set(), set()
    for m in _TOKEN.finditer(text):
        w = m.group(0)
        head = w[0]
        if head.isupper() and len(w) >= 2:
            low = w.lower()
            tokens.add(low)
            if not _INITIAL.search(text[max(0, m.start() - 3):m.start()]):
                inner.add(low)
        elif head.isalpha() and not head.islower() and len(w) >= 3:
            tokens.add(w.lower())
            inner.add(w.lower())
    return tokens, inner


def test_name_tokens_as_the_loop():
    import random

    from claimcheck.features import _name_tokens

    rng = random.Random(3)
    alphabet = ["a", "b", "Z", "Q", "é", "É", "ж", "Ж", "語", "カ", "1", "_", "-", "--", " ", ". ", "\n", "«", "“", "ǅ",
                "ß", "İ", "Ⅸ", "ⓐ", "Abc", "x-Yz", " -Foo", "a--B", "\u0301"]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert tuple(map(set, _name_tokens.__wrapped__(text))) == _name_tokens_loop(text), text


@pytest.mark.parametrize("kind", range(4))
def test_small_assignment_as_scipy(kind):
    from scipy.optimize import linear_sum_assignment as scipy_lsap

    from claimcheck.align import SMALL_ASSIGNMENT, linear_sum_assignment

    rng = np.random.default_rng(10 + kind)
    checked = 0
    while checked < 1500:
        big = checked % 10 == 0  # now and then one up to the size scipy takes over from
        r, c = (int(rng.integers(1, 61)), int(rng.integers(1, 61))) if big else \
            (int(rng.integers(1, 13)), int(rng.integers(1, 13)))
        if r * c * min(r, c) > SMALL_ASSIGNMENT:
            continue
        if kind == 0:
            m = rng.integers(0, 3, size=(r, c)).astype(float)  # ties everywhere
        elif kind == 1:
            m = rng.random((r, c))
        elif kind == 2:
            m = np.round(rng.random((r, c)) * 4) / 4 - 0.5
        else:
            m = -(rng.random((r, c)) * (rng.random((r, c)) > 0.5))  # probabilities with zeros, as stage 2
        got, want = linear_sum_assignment(m), scipy_lsap(m)
        assert [list(map(int, x)) for x in got] == [list(map(int, x)) for x in want]
        checked += 1


# ----------------------------------------------------------------------------- language patterns

def _alternation_per_phrase(phrases, boundary: bool, flags_i: bool = True) -> str:
    """``langdata._alternation`` before its boundaries were factored out: each phrase with its own."""
    import regex

    def phrase(p):
        body = regex.escape(p).replace(r"\ ", r"\s+")
        if boundary and p[0].isalnum():
            body = r"(?<![\p{L}\p{M}])" + body
        if boundary and (p[-1].isalnum() or unicodedata.category(p[-1])[0] == "M"):  # a word may end in a vowel sign
            body = body + r"(?!\w)"
        return body

    items = sorted({p for p in phrases if p}, key=len, reverse=True)
    if not items:
        return "(?!)"
    alt = "|".join(phrase(p) for p in items)
    return f"(?i:{alt})" if flags_i else f"(?:{alt})"


def _phrase_soup(phrases, seed: int) -> str:
    """The phrases run together with separators that test each boundary (letters, digits, spaces, marks)."""
    import random

    rng = random.Random(seed)
    seps = [" ", "  ", "", "-", "3 ", ", ", "x", "é", "\u00a0", "2", "\u0301", "A", "\n"]
    items = sorted(phrases)
    rng.shuffle(items)
    items = items[:150]
    soup = "".join(p + rng.choice(seps) for p in items)
    return soup + " " + " ".join(p.upper() for p in items[:50])


@pytest.mark.parametrize("lang", ["de", "es", "ru", "zh"])
def test_factored_alternation_matches_per_phrase_alternation(lang):
    """Boundaries written once per run of phrases match what one pair of boundaries per phrase matched,
    at every position of a text made of the table's own phrases (mixed case, glued, spaced)."""
    import regex

    from claimcheck.langdata import _alternation, rules_for

    r = rules_for(lang)
    tables = [list(r.number_words), list(r.units), list(r.currency_after), list(r.scales), list(r.duration_units),
              list(r.qualifiers_before), list(r.currency_before)]
    for n, phrases in enumerate(tables):
        text = _phrase_soup(phrases, n)
        for boundary in (True, False):
            for flags_i in (True, False) if n == 0 else (True,):
                new = regex.compile(_alternation(phrases, boundary, flags_i))
                old = regex.compile(_alternation_per_phrase(phrases, boundary, flags_i))
                for i in range(len(text)):
                    a, b = new.match(text, i), old.match(text, i)
                    assert (a and a.span()) == (b and b.span()), (lang, n, boundary, flags_i, text[i:i + 30])


def test_mixed_case_alternation_matches_per_phrase_alternation():
    """``_mixed``: short and upper-case entries exact, the rest case-free, as before factoring."""
    import regex

    from claimcheck.langdata import _mixed, rules_for

    def per_phrase(mapping, boundary):
        items = sorted({p for p in mapping if p}, key=len, reverse=True)
        parts = []
        for k in items:
            body = _alternation_per_phrase([k], boundary, flags_i=False)[3:-1]
            parts.append(body if len(k) <= 2 or k.isupper() else f"(?i:{body})")
        return "(?:" + "|".join(parts) + ")"

    for lang in ("en", "fr", "ru"):
        r = rules_for(lang)
        for n, mapping in enumerate((r.currency_before, r.units, r.scales)):
            text = _phrase_soup(list(mapping), n) + " " + _phrase_soup([k.lower() for k in mapping], n + 1)
            for boundary in (True, False):
                new, old = regex.compile(_mixed(mapping, boundary)), regex.compile(per_phrase(mapping, boundary))
                for i in range(len(text)):
                    a, b = new.match(text, i), old.match(text, i)
                    assert (a and a.span()) == (b and b.span()), (lang, n, boundary, text[i:i + 30])


def test_every_language_pattern_compiles():
    """Patterns compile when first used; every one of every language still compiles (a broken regex in a
    table fails here, not in the middle of someone's article)."""
    from claimcheck.langdata import rules_for, supported_languages

    for lang in supported_languages():
        patterns = rules_for(lang).patterns
        patterns.compile_all()
        assert not any(type(v).__name__ == "_Later" for v in dict.values(patterns)), lang


def test_patterns_compile_when_first_looked_up():
    from claimcheck.langdata import _Later, rules_for

    patterns = rules_for.__wrapped__("it").patterns  # a fresh table, not the cached one
    assert type(dict.__getitem__(patterns, "prefilter")) is _Later
    first = patterns["prefilter"]
    assert first is patterns["prefilter"] is patterns.get("prefilter") and first.search("tre")
    assert type(dict.__getitem__(patterns, "prefilter")) is not _Later
    assert patterns.get("no such pattern", 7) == 7 and "no such pattern" not in patterns


def test_language_identifier_from_the_cached_copy_scores_as_the_shipped_model(tmp_path, monkeypatch):
    """The uncompressed copy in claimcheck's cache gives every text the shipped model's scores, over all of
    its languages (those without a table too: ``identify`` names them)."""
    from pathlib import Path

    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier
    from py3langid.modelio import load_model

    from claimcheck import langid

    monkeypatch.setenv("CLAIMCHECK_CACHE", str(tmp_path))
    ptc, pc, classes, nextmove, row, output = load_model(Path(MODEL_DIR) / MODEL_FILE)
    full = LanguageIdentifier(ptc, pc, classes, nextmove, output, norm_probs=True, tk_row=row)
    texts = ["The council approved 3 new schools on Tuesday.", "Le conseil a approuvé trois écoles mardi.",
             "Der Rat hat am Dienstag drei Schulen genehmigt.", "El consejo aprobó tres escuelas el martes.",
             "Rada zatwierdziła trzy szkoły we wtorek.", "De raad keurde dinsdag drie scholen goed.",
             "Hallitus hyväksyi tiistaina kolme uutta koulua.", "x", ""]
    langid._identifier.cache_clear()
    try:
        for _ in range(2):  # the first call writes the copy, the second reads it
            cached = langid._identifier()
            for t in texts:
                assert cached.rank(t) == full.rank(t) and cached.classify(t) == full.classify(t)
            langid._identifier.cache_clear()
    finally:
        langid._identifier.cache_clear()


def _fresh_store(tmp_path, monkeypatch, lang="en"):
    from claimcheck.langdata import _PatternStore

    monkeypatch.setenv("CLAIMCHECK_CACHE", str(tmp_path))
    store = _PatternStore(lang)
    store.installed_path = tmp_path / "installed" / f"{lang}.pickle"  # none: what the environment holds stays out
    return store


def test_pattern_store_gives_back_the_compiled_patterns(tmp_path, monkeypatch):
    """Patterns compiled in one process are read back in the next without compiling, and match alike."""
    import regex

    from claimcheck import langdata

    rules = langdata.rules_for("en")
    wanted = [(v.args[0], v.args[1]) for v in dict.values(langdata.rules_for.__wrapped__("en").patterns)
              if isinstance(v, langdata._Later) and len(v.args) == 2 and isinstance(v.args[0], str)]
    first = _fresh_store(tmp_path, monkeypatch)
    compiled = [first.compile(p, f) for p, f in wanted]
    first.save()
    assert first.path.is_file()

    second = _fresh_store(tmp_path, monkeypatch)
    monkeypatch.setattr(langdata.regex, "compile", lambda *a, **k: pytest.fail("compiled again"))
    text = "About 3.5 million people, up 12% since May 2020; the 2nd of 3 runs took 4h51'37\" at $1.2bn."
    for (pattern, flags), before in zip(wanted, compiled):
        after = second.compile(pattern, flags)
        assert (after.pattern, after.flags, after.groupindex) == (before.pattern, before.flags, before.groupindex)
        assert [m.span() for m in after.finditer(text)] == [m.span() for m in before.finditer(text)]
    assert rules.patterns["core_alts"][0].pattern == dict.__getitem__(rules.patterns, "core_alts")[0].pattern


def test_pattern_store_reads_nothing_but_compiled_patterns(tmp_path, monkeypatch):
    """A store file that is corrupt, or that names another function than the pattern compiler, is ignored."""
    import os
    import pickle

    store = _fresh_store(tmp_path, monkeypatch)
    store.path.parent.mkdir(parents=True)
    store.path.write_bytes(pickle.dumps({("a+", 0): os.getcwd}))
    assert store.compile("a+").match("aa").span() == (0, 2)
    other = _fresh_store(tmp_path, monkeypatch, "de")
    other.path.write_bytes(b"\x80\x05 not a pickle")
    assert other.compile("b+").match("bb").span() == (0, 2)


def test_patterns_are_the_same_text_in_every_process():
    """The store is keyed by pattern text: same-length phrases come in one order, not in set order."""
    import subprocess
    import sys

    code = ("from claimcheck.langdata import rules_for as r, _Later as L;"
            "import hashlib;print(hashlib.sha1(repr([v.args for v in dict.values(r('de').patterns) if isinstance(v, L)])"
            ".encode()).hexdigest())")
    seen = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           env={**__import__("os").environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2")}
    assert len(seen) == 1


def test_pattern_store_that_cannot_be_written_only_compiles(tmp_path, monkeypatch):
    store = _fresh_store(tmp_path, monkeypatch)
    store.path.parent.parent.mkdir(parents=True)
    store.path.parent.write_text("a file where the folder should be")  # mkdir fails: nothing is written
    assert store.compile("c+").match("cc").span() == (0, 2)
    store.save()
    assert store.path.parent.is_file() and list(tmp_path.rglob("*.pickle")) == []


def test_patterns_compiled_at_install_are_read_below_an_empty_cache(tmp_path, monkeypatch):
    """What ``make install`` compiled (``build_installed_patterns``) is read, never compiled again, by a run whose
    cache is empty, and never copied into that cache."""
    import pickle

    import regex

    from claimcheck import langdata

    store = _fresh_store(tmp_path, monkeypatch)
    store.installed_path.parent.mkdir(parents=True)
    store.installed_path.write_bytes(pickle.dumps({("d+e", 0): regex.compile("d+e")}))
    monkeypatch.setattr(langdata.regex, "compile", lambda *a, **k: pytest.fail("compiled again"))
    assert store.compile("d+e").match("dde").span() == (0, 3)
    store.save()
    assert not store.path.exists()
