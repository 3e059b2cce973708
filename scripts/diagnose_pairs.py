#!/usr/bin/env python3
"""Sort the PAIR MISS rows of ``eval_ntrex.py --split train --show N`` by the stage that missed them.

Reads the printed rows (a file or stdin), finds each English line's unchanged original in
the NTREX train documents, locates the edited digits and checks the pair again:

- ``not-extracted``: no claim covers the edited digits;
- ``matching``: the edited claim is in no fact with a claim of the other language;
- ``comparison``: it shares a fact, and a rule explained the difference (the reason is shown);
- ``not-compared``: it shares a fact and the judge returned no verdict (a skip rule);
- ``other``: anything else (a pair caught now, say).

    .venv/bin/python scripts/eval_ntrex.py --split train --sentence-pairs 400 --show 400 > rows.txt
    .venv/bin/python scripts/diagnose_pairs.py rows.txt [--only comparison]

Train split only: never point it at test rows.
"""
from __future__ import annotations

import argparse
import difflib
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ntrex_stories  # noqa: E402


def edited_span(original: str, changed: str) -> tuple[int, int]:
    """The span of ``changed`` that differs from ``original`` (one digit run edited)."""
    sm = difflib.SequenceMatcher(None, original, changed, autojunk=False)
    spans = [(j1, j2) for tag, i1, i2, j1, j2 in sm.get_opcodes() if tag != "equal"]
    if not spans:
        return 0, 0
    s, e = spans[0][0], spans[-1][1]
    return s, max(e, s + 1)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("rows", nargs="?", help="eval_ntrex.py output (default stdin)")
    ap.add_argument("--only", help="print details of this class only")
    ap.add_argument("--quiet", action="store_true", help="counts only")
    args = ap.parse_args()
    text = Path(args.rows).read_text(encoding="utf-8") if args.rows else sys.stdin.read()
    rows = [line.split(" | ") for line in text.split("\n") if line.startswith("PAIR MISS | ")]

    from claimcheck.api import check_texts
    from claimcheck.embed import load_encoder

    encoder = load_encoder(None)
    docs = ntrex_stories.load_documents(None, "train")
    original = {}
    for versions in docs.values():
        for i, en in enumerate(versions["en"]):
            for lang, lines in versions.items():
                if lang != "en" and i < len(lines):
                    original[(lang, lines[i])] = en
    counts = Counter()
    for row in rows:
        if len(row) < 5:
            continue
        lang, how, src, mt = row[1], row[2], row[3], " | ".join(row[4:])
        en = original.get((lang, src))
        s, e = edited_span(en, mt) if en else (0, len(mt))
        rep = check_texts({"src": src, "mt": mt}, langs={"src": lang, "mt": "en"}, encoder=encoder)
        claims = {c.id: c for c in rep.claims}
        hit = {c.id for c in rep.claims if c.article == "mt" and c.start < e and s < c.end}
        fact_of = {cid: f for f in rep.facts for cid in f.claims}
        shared = [f for f in rep.facts if hit & set(f.claims) and any(claims[c].article == "src" for c in f.claims)]
        why = ""
        if not hit:
            cls = "not-extracted"
        elif not shared:
            cls = "matching"
        else:
            pairs = {(a, b) for f in shared for a in f.claims for b in f.claims}
            reasons = [k for k in rep.consistencies if tuple(k.claims) in pairs and set(k.claims) & hit]
            if rep.conflicts:
                cls = "other"
            elif reasons:
                cls = "comparison"
                why = " || ".join(k.reason for k in reasons)
            else:
                cls = "not-compared"
        counts[cls] += 1
        if args.quiet or (args.only and cls != args.only):
            continue
        print(f"== {cls} | {lang} | {how} | edited {mt[s:e]!r}")
        print("   src:", src)
        print("   mt: ", mt)
        for c in rep.claims:
            f = fact_of.get(c.id)
            q = c.quantity
            print(f"   {c.article:3} {c.text!r:28} {q.kind}:{q.value} {q.unit or ''} {q.qualifier} "
                  f"fact={f.id if f else '-'}{'  <- edited' if c.id in hit else ''}")
        if why:
            print("   why:", why)
    print(dict(counts), "of", sum(counts.values()))


if __name__ == "__main__":
    main()
