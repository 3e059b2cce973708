#!/usr/bin/env python3
"""Extraction gaps between aligned translations: lines where one language states a figure the other does not read.

Why: a changed number between a sentence and its translation can only be caught when
both sides read a claim. For every aligned line of the NTREX ``train`` documents
(develop there only), the claims of English and of each other language are compared
by value; an English figure with no claim of the same value in language X (and the
reverse) is a gap, put in a *construct* bucket from what language X writes where the
figure should be (a number word, an ordinal, a fraction, a weekday, digits the
reader skipped and why, ...). Buckets are ranked by frequency over the languages.

    .venv/bin/python scripts/extraction_gaps.py [--split train] [--langs de,fr] [--show 3] [--json out.json]
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import math
import sys
from collections import Counter, defaultdict
from pathlib import Path

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ntrex_stories import articles_for, line_of, load_documents  # noqa: E402

from claimcheck.compare import conversion_fits  # noqa: E402
from claimcheck.extract import extract_story  # noqa: E402
from claimcheck.langdata import rules_for  # noqa: E402

DIGITS = regex.compile(r"\p{Nd}")
HAN_NUM = regex.compile(r"[〇零一二两三四五六七八九十百千万亿兆]")


def _value_keys(claim) -> set:
    """Values a claim can match across languages: the number itself and its low/high ends."""
    q = claim.quantity
    out = set()
    for v in (q.value, getattr(q, "low", None), getattr(q, "high", None)):
        if isinstance(v, (int, float)) and not (isinstance(v, float) and math.isnan(v)):
            out.add(round(float(v), 3))
        elif isinstance(v, str):
            out.add(v)
    # a share: "one in five" (ratio 1 of 5) is "20 %"
    if q.kind in ("ratio", "percent") and q.denominator and isinstance(q.value, (int, float)):
        out.add(round(float(q.value) / q.denominator * (100 if q.kind == "ratio" else 1), 3))
    # a date: its day of the month and its year alone match too
    if q.kind == "date" and isinstance(q.value, str):
        for part in regex.findall(r"\d+", q.value):
            out.add(round(float(part), 3))
    return out


def _stated(c, others, others_keys: set) -> bool:
    """Does one of ``others`` state the figure of ``c``: the same value, or a unit conversion of it
    ("20 feet" / "6 Meter"), which is a translation, not an extraction gap."""
    if _value_keys(c) & others_keys:
        return True
    for d in others:
        if c.kind == d.kind == "measure" or {c.kind, d.kind} <= {"measure", "duration"}:
            # a temperature whose scale the text does not name ("a sunny 80 degrees": unit "°") may be the
            # Fahrenheit or Celsius figure a translation converted ("27 grados")
            for cq in _scales_of(c.quantity):
                for dq in _scales_of(d.quantity):
                    try:
                        if conversion_fits(cq, dq) or conversion_fits(dq, cq):
                            return True
                    except Exception:  # units of no common dimension
                        continue
    return False


def _scales_of(q):
    """The quantity, or for an unnamed temperature scale ("°") its Fahrenheit and Celsius readings."""
    if q.unit == "°":
        return [dataclasses.replace(q, unit="°F"), dataclasses.replace(q, unit="°C")]
    return [q]


def _words(text: str, lookup) -> list[str]:
    """Entries of a phrase table that occur in the text as words (lower case)."""
    low = text.lower()
    hits = []
    for w in lookup:
        if len(w) < 2:
            continue
        if regex.search(r"(?<!\p{L})" + regex.escape(w.lower()) + r"(?!\p{L})", low):
            hits.append(w)
    return hits


def construct(text: str, lang: str, covered: list[tuple[int, int]], skipped: list[tuple[int, int, str, str]],
              missing) -> str:
    """The bucket of a gap: what the line of ``lang`` has that could state the missing figure."""
    r = rules_for(lang)
    data = r.data

    def free(a, b):
        return not any(s < b and a < e for s, e in covered)

    for s, e, t, why in skipped:
        if free(s, e):
            return f"skipped:{why.split(':')[0].split(' (')[0][:40]}"
    for m in DIGITS.finditer(text):
        if free(m.start(), m.end()):
            return "digits-unread"
    checks = [
        ("fraction-word", list(r.fractions)),
        ("ordinal-word", list(data.get("ordinal_words") or {})),
        ("weekday-word", list(r.weekdays)),
        ("month-word", list(r.months)),
        ("percent-word", list(data.get("percent_words") or [])),
        ("half-word", list(data.get("half_words") or [])),
        ("scale-word", list(r.scales)),
        ("vague-amount", list(data.get("vague_amounts") or {})),
    ]
    for name, table in checks:
        if table and _words(text, table):
            return name
    nw = _words(text, r.number_words)
    if nw:
        arts = set(w.lower() for w in r.article_words)
        if all(w.lower() in arts for w in nw):
            return "number-word:article"
        return "number-word"
    if lang in ("zh", "ja") and HAN_NUM.search(text):
        return "han-numeral"
    return f"none-visible:{missing.kind}/{missing.unit or '-'}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="train", choices=["train"], help="develop on train only")
    ap.add_argument("--langs", default=None, help="comma-separated; default all but en")
    ap.add_argument("--show", type=int, default=2, help="examples per bucket and language")
    ap.add_argument("--json", help="write the counts here")
    args = ap.parse_args(argv)

    docs = load_documents(split=args.split)
    # (direction, bucket) -> lang -> count ; direction "en>x": English reads a figure x does not
    counts: dict[tuple[str, str], Counter] = defaultdict(Counter)
    examples: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    lines_total = Counter()
    lines_gap = Counter()
    for doc_id, versions in sorted(docs.items()):
        langs = [lg for lg in versions if lg == "en" or not args.langs or lg in args.langs.split(",")]
        arts = articles_for(doc_id, versions, langs)
        skipped = []
        claims = extract_story(arts, skipped=skipped)
        by_line: dict[tuple[str, int], list] = defaultdict(list)
        text_of = {a.id: a.text for a in arts}
        for c in claims:
            by_line[(c.article, line_of(text_of[c.article], c.start))].append(c)
        skipped_by_line: dict[tuple[str, int], list] = defaultdict(list)
        for s in skipped:
            skipped_by_line[(s.article, line_of(text_of[s.article], s.start))].append(s)
        n_lines = len(versions["en"])
        line_starts = {a.id: [0] + [i + 1 for i, ch in enumerate(a.text) if ch == "\n"] for a in arts}
        for lang in langs:
            if lang == "en":
                continue
            for i in range(n_lines):
                en_c, x_c = by_line.get(("en", i), []), by_line.get((lang, i), [])
                if not en_c and not x_c:
                    continue
                lines_total[lang] += 1
                gap = False
                for direction, have, lack, lack_lang in (("en>x", en_c, x_c, lang), ("x>en", x_c, en_c, "en")):
                    lack_keys = set().union(*(_value_keys(c) for c in lack)) if lack else set()
                    for c in have:
                        if _stated(c, lack, lack_keys):
                            continue
                        gap = True
                        base = line_starts[lack_lang][i]
                        line_text = versions[lack_lang][i]
                        covered = [(d.start - base, d.end - base) for d in lack]
                        sk = [(s.start - base, s.end - base, s.text, s.reason)
                              for s in skipped_by_line.get((lack_lang, i), [])]
                        bucket = construct(line_text, lack_lang, covered, sk, c)
                        key = (direction, bucket)
                        counts[key][lang] += 1
                        ex = examples[(direction, bucket, lang)]
                        if len(ex) < args.show:
                            other = versions[lang if lack_lang == "en" else "en"][i]
                            ex.append(f"    [{doc_id}:{i}] {c.text!r} ({c.kind}/{c.unit}={c.value})\n"
                                      f"      {lack_lang}: {line_text[:220]}\n      src: {other[:160]}")
                if gap:
                    lines_gap[lang] += 1
    out = {}
    for direction in ("en>x", "x>en"):
        print(f"\n=== {direction}: {'English reads a figure language X does not' if direction == 'en>x' else 'language X reads a figure English does not'}")
        rows = sorted(((sum(v.values()), b, v) for (d, b), v in counts.items() if d == direction), reverse=True)
        for total, bucket, per in rows:
            print(f"{total:5d}  {bucket:45s} " + " ".join(f"{lg}:{n}" for lg, n in sorted(per.items())))
            out[f"{direction}|{bucket}"] = dict(per, total=total)
            if args.show:
                for lg in sorted(per):
                    for e in examples[(direction, bucket, lg)]:
                        print(e)
    print("\nlines with a claim on either side / with a gap: " +
          " ".join(f"{lg}:{lines_gap[lg]}/{lines_total[lg]}" for lg in sorted(lines_total)))
    total_gaps = {d: sum(sum(v.values()) for (dd, _), v in counts.items() if dd == d) for d in ("en>x", "x>en")}
    print(f"gaps en>x {total_gaps['en>x']}  x>en {total_gaps['x>en']}")
    if args.json:
        Path(args.json).write_text(json.dumps({"buckets": out, "totals": total_gaps,
                                               "lines": {lg: [lines_gap[lg], lines_total[lg]] for lg in lines_total}},
                                              indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
