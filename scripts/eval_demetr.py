#!/usr/bin/env python3
"""DEMETR numbers_replaced: does claimcheck catch a changed number between a source and its translation?

For every item whose translation had a number changed (``pert_check`` true), two
two-article stories are checked: source vs the changed translation (should
conflict: detection rate) and source vs the unchanged machine translation
``mt_sent`` (should not: false-alarm rate). Figures per source language and in
total. Evaluation only: nothing here may be used to fit or tune the matcher.

    .venv/bin/python scripts/eval_demetr.py [--model use-multilingual] [--json out.json] [--show 5]
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
import difflib
from collections import Counter, defaultdict
from pathlib import Path

LANG = {"chinese_simple": "zh", "german": "de", "hindi": "hi", "japanese": "ja", "polish": "pl", "russian": "ru",
        "czech": "cs", "french": "fr", "spanish": "es", "italian": "it"}


def miss_stage(report, unchanged: str, changed: str) -> str:
    """Which stage lost a changed number: ``no-source-claim``, ``not-extracted`` (no claim covers the
    edit), ``not-matched`` (the edited claim shares no fact with a source claim) or ``explained``."""
    src_claims = [c for c in report.claims if c.article == "src"]
    if not src_claims:
        return "no-source-claim"
    ops = [op for op in difflib.SequenceMatcher(None, unchanged, changed, autojunk=False).get_opcodes()
           if op[0] != "equal"]
    lo = min((op[3] for op in ops), default=0)
    hi = max((op[4] for op in ops), default=len(changed))
    edited = {c.id for c in report.claims if c.article == "mt" and c.start < max(hi, lo + 1) and c.end > lo}
    if not edited:
        return "not-extracted"
    src_ids = {c.id for c in src_claims}
    for fact in report.facts:
        if edited & set(fact.claims) and src_ids & set(fact.claims):
            return "explained"
    return "not-matched"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--demetr", default=os.environ.get(
        "DEMETR_DIR", str(Path(__file__).resolve().parents[2] / "shared" / "demetr")))
    ap.add_argument("--model", default=None)
    ap.add_argument("--json", help="write the figures here")
    ap.add_argument("--show", type=int, default=0, help="print this many misses and false alarms")
    ap.add_argument("--stages", action="store_true",
                    help="count the misses by the stage that lost them (counts only, no items)")
    args = ap.parse_args()

    from claimcheck.api import Encoders, check_texts
    from claimcheck.quantities import dimension

    items = json.loads((Path(args.demetr) / "numbers_replaced.json").read_text(encoding="utf-8"))
    items = [it for it in items if it.get("pert_check")]
    encoder = Encoders(args.model)  # as a user's run: the default, or a covering model for hi and cs
    stats = defaultdict(lambda: {"items": 0, "caught": 0, "false_alarm": 0, "src_claims": 0})
    misses, alarms = [], []
    lost = defaultdict(Counter)
    alarm_kinds = Counter()  # (conflict type, dimensions) of the false alarms: counts only
    t0 = time.time()
    for it in items:
        lang = LANG.get(it["lang_tag"], it["lang_tag"])
        s = stats[lang]
        s["items"] += 1
        changed = check_texts({"src": it["src_sent"], "mt": it["pert_sent"]}, langs={"src": lang, "mt": "en"},
                              encoder=encoder)
        clean = check_texts({"src": it["src_sent"], "mt": it["mt_sent"]}, langs={"src": lang, "mt": "en"},
                            encoder=encoder)
        s["src_claims"] += bool([c for c in changed.claims if c.article == "src"])
        if changed.conflicts:
            s["caught"] += 1
        else:
            misses.append((lang, it["src_sent"], it["pert_sent"]))
            if args.stages:
                lost[lang][miss_stage(changed, it["mt_sent"], it["pert_sent"])] += 1
        if clean.conflicts:
            s["false_alarm"] += 1
            alarms.append((lang, it["src_sent"], it["mt_sent"], clean.conflicts[0].explanation))
            if args.stages:
                by_id = {c.id: c for c in clean.claims}
                for k in clean.conflicts:
                    a, b = (by_id[x] for x in k.claims)
                    alarm_kinds[(k.type, *sorted((dimension(a), dimension(b))))] += 1
    total = {k: sum(s[k] for s in stats.values()) for k in ("items", "caught", "false_alarm", "src_claims")}
    print(f"{'lang':6s} {'items':>5s} {'detect':>7s} {'false':>7s} {'src has claim':>13s}")
    for lang, s in sorted(stats.items()) + [("total", total)]:
        n = max(s["items"], 1)
        print(f"{lang:6s} {s['items']:5d} {s['caught'] / n:7.3f} {s['false_alarm'] / n:7.3f} {s['src_claims'] / n:13.3f}")
    print(f"{time.time() - t0:.0f}s")
    for row in misses[: args.show]:
        print("MISS", *row, sep=" | ")
    for row in alarms[: args.show]:
        print("FALSE ALARM", *row, sep=" | ")
    if args.stages:
        print("misses by stage:", dict(sum(lost.values(), Counter())))
        for lang, counts in sorted(lost.items()):
            print(f"  {lang}: {dict(counts)}")
        print("false alarms by type and dimensions:", {" ".join(k): n for k, n in alarm_kinds.most_common()})
    if args.json:
        Path(args.json).write_text(json.dumps({"by_lang": stats, "total": total}, indent=1))


if __name__ == "__main__":
    sys.exit(main())
