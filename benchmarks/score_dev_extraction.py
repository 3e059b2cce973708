"""Extraction-only score of the dev corpus, fast: reads each cluster as the CLI does and runs
``extract_story`` in-process (no embedding, no matching), then scores with ``score.py``'s own
functions.  Prints recall, value accuracy, precision (claims that map to a gold mention; gold
annotates bare weekdays only where disputed, so most weekday claims count against it) and the
misses per language.  A bare weekday claim values right a gold date falling on that weekday.

    .venv/bin/python benchmarks/score_dev_extraction.py ../shared/eval/dev [-v]
"""
from __future__ import annotations

import argparse
import datetime
import importlib.util
import sys
from collections import defaultdict
from pathlib import Path


def _load_score(corpus: Path):
    spec = importlib.util.spec_from_file_location("score", corpus.parent / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _same_weekday(mention: dict, claim: dict) -> bool:
    """A bare weekday claim ("friday", unit ``weekday``) values right a gold date that falls on that day
    (gold resolves a disputed bare weekday to its calendar date; the extractor keeps the weekday)."""
    if claim.get("unit") != "weekday" or not isinstance(mention.get("value"), str):
        return False
    try:
        day = datetime.date.fromisoformat(mention["value"])
    except ValueError:
        return False
    return _WEEKDAYS[day.weekday()] == claim.get("value")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every miss and wrong value")
    args = ap.parse_args(argv)
    corpus = Path(args.corpus)
    score = _load_score(corpus)
    from claimcheck.extract import extract_story
    from claimcheck.read import read_inputs

    per_lang = defaultdict(lambda: [0, 0, 0])  # gold, covered, value_ok
    lines = []
    system = mapped = weekday_claims = weekday_mapped = 0
    for folder in sorted(p.parent for p in corpus.glob("*/gold.json")):
        articles = read_inputs([str(p) for p in sorted(folder.glob("*.txt"))])
        claims = extract_story(articles)
        report = {"claims": [c.to_dict() for c in claims]}
        gold, mentions, _ = score.load_gold(folder)
        langs = {k: v.get("lang", k) for k, v in gold["articles"].items()}
        mapping = score.map_claims(report, mentions)
        system += len(report["claims"])
        mapped += len(mapping)
        weekday_ids = {c["id"] for c in report["claims"] if c["unit"] == "weekday"}
        weekday_claims += len(weekday_ids)
        weekday_mapped += len(weekday_ids & set(mapping))
        by_key = defaultdict(list)
        for cid, key in mapping.items():
            by_key[key].append(cid)
        byid = {c["id"]: c for c in report["claims"]}
        for key, m in mentions.items():
            if m["qualifier"] == "garbled":
                continue
            lang = langs.get(m["article"], m["article"])
            per_lang[lang][0] += 1
            cids = by_key.get(key, [])
            if not cids:
                lines.append(f"MISS  {folder.name} {m['article']} {key[1]!r} -> {m['value']} {m['unit']} {m['qualifier']}")
                continue
            per_lang[lang][1] += 1
            ok = [c for c in cids if (score.same_value(m["value"], byid[c]["value"])
                  and score.same_unit(m["kind"], m["unit"], byid[c]["unit"])) or _same_weekday(m, byid[c])]
            if ok:
                per_lang[lang][2] += 1
            else:
                got = "; ".join(f"{byid[c]['text']!r}={byid[c]['value']} {byid[c]['unit']}" for c in cids)
                lines.append(f"VALUE {folder.name} {m['article']} {key[1]!r} -> {m['value']} {m['unit']} | got {got}")
    g = sum(v[0] for v in per_lang.values())
    c = sum(v[1] for v in per_lang.values())
    ok = sum(v[2] for v in per_lang.values())
    if args.verbose:
        print("\n".join(lines))
    print(f"extraction recall {c / g:.4f} ({c}/{g})  value accuracy {ok / max(c, 1):.4f} ({ok}/{c})"
          f"  precision {mapped / max(system, 1):.4f} ({mapped}/{system} claims map to a gold mention;"
          f" weekday claims {weekday_claims}, {weekday_mapped} of them mapped)")
    for lang, (lg, lc, lo) in sorted(per_lang.items()):
        print(f"  {lang}: gold {lg}  missed {lg - lc}  wrong value {lc - lo}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
