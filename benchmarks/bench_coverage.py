"""Every number read: digit strings and number words that are covered by neither a claim nor a
``skipped`` entry, on the NTREX test documents (9 languages) and DEMETR (source sentences in 10
languages and their English translations, original and with a number changed).

    .venv/bin/python benchmarks/bench_coverage.py [--ntrex ../shared/ntrex] [--demetr ../shared/demetr] [--show 40]

A *number token* is a run of digits in any script (ASCII, full-width, Devanagari, Arabic-Indic)
or a spelled number word of the article's language table (articles such as "a"/"un" excluded).
CJK numeral characters are not counted: 一 is in too many ordinary words to be a number by
itself.  Target of issue 9: at most 1 % uncovered.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from claimcheck.extract import extract_story  # noqa: E402
from claimcheck.langdata import rules_for  # noqa: E402
from claimcheck.records import Article  # noqa: E402

DIGITS = regex.compile(r"[0-9０-９०-९٠-٩۰-۹]+")
DEMETR_LANGS = {"chinese_simple": "zh", "czech": "cs", "french": "fr", "german": "de", "hindi": "hi",
                "italian": "it", "japanese": "ja", "polish": "pl", "russian": "ru", "spanish": "es"}


def _word_pattern(lang: str):
    r = rules_for(lang)
    if not r.word_boundaries:
        return None
    words = [w for w in r.number_words if w.lower() not in r.article_words and len(w) > 2]
    if not words:
        return None
    alt = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?i:{alt})(?![\p{{L}}\p{{M}}])")


_WORDS: dict[str, object] = {}


def number_tokens(text: str, lang: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in DIGITS.finditer(text)]
    if lang not in _WORDS:
        _WORDS[lang] = _word_pattern(lang)
    pat = _WORDS[lang]
    if pat is not None:
        spans += [m.span() for m in pat.finditer(text)]
    return spans


COVERED_BY: Counter = Counter()  # "claim" or the skipped reason, per number token


def uncovered(articles: list[Article]) -> tuple[int, list[tuple[Article, int, int]]]:
    skipped: list = []
    claims = extract_story(articles, skipped=skipped)
    spans = defaultdict(list)
    for c in claims:
        spans[c.article].append((c.start, c.end, "claim"))
    for s in skipped:
        spans[s.article].append((s.start, s.end, f"skipped: {s.reason}"))
    total, missed = 0, []
    for a in articles:
        for s, e in number_tokens(a.text, a.lang):
            total += 1
            by = next((why for cs, ce, why in spans[a.id] if cs < e and s < ce), None)
            if by is None:
                missed.append((a, s, e))
            else:
                COVERED_BY[by] += 1
    return total, missed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ntrex", default=str(ROOT.parent / "shared" / "ntrex"))
    ap.add_argument("--demetr", default=str(ROOT.parent / "shared" / "demetr"))
    ap.add_argument("--show", type=int, default=30, help="print this many uncovered tokens with context")
    args = ap.parse_args(argv)
    per_lang: dict[str, Counter] = defaultdict(Counter)
    examples = []

    def run(articles, corpus):
        total, missed = uncovered(articles)
        for a in articles:
            per_lang[(corpus, a.lang)]["tokens"] += len(number_tokens(a.text, a.lang))
        for a, s, e in missed:
            per_lang[(corpus, a.lang)]["missed"] += 1
            examples.append(f"{corpus} {a.lang}: …{a.text[max(0, s - 40):s]}[{a.text[s:e]}]{a.text[e:e + 30]}…".replace("\n", " "))

    if Path(args.ntrex).exists():
        import ntrex_stories

        for doc, versions in sorted(ntrex_stories.load_documents(Path(args.ntrex), "test").items()):
            run(ntrex_stories.articles_for(doc, versions), "ntrex")
    if Path(args.demetr).exists():
        items = json.loads((Path(args.demetr) / "numbers_replaced.json").read_text(encoding="utf-8"))
        for it in items:
            lang = DEMETR_LANGS.get(it["lang_tag"])
            arts = [Article(id="src", source="demetr", text=it["src_sent"], lang=lang, lang_source="given"),
                    Article(id="mt", source="demetr", text=it["mt_sent"], lang="en", lang_source="given")]
            if it.get("pert_check"):
                arts.append(Article(id="pert", source="demetr", text=it["pert_sent"], lang="en", lang_source="given"))
            run(arts, "demetr")
    tokens = sum(c["tokens"] for c in per_lang.values())
    missed = sum(c["missed"] for c in per_lang.values())
    for (corpus, lang), c in sorted(per_lang.items()):
        print(f"  {corpus:6} {lang}: {c['missed']:4d} of {c['tokens']:5d} uncovered ({c['missed'] / max(c['tokens'], 1):.2%})")
    print("covered by: " + ", ".join(f"{why} {n / max(tokens, 1):.1%}" for why, n in COVERED_BY.most_common()))
    print(f"uncovered {missed} of {tokens} number tokens ({missed / max(tokens, 1):.2%})")
    for line in examples[:args.show]:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
