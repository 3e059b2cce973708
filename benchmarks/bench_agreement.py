"""Cross-language extraction agreement on NTREX-128 **train** documents.

For every aligned line, the multiset of (kind, value, unit) read from the English
source is compared with the one read from each translation: a translation says
the same figures, so disagreement is (mostly) an extraction error in one of the
two.  Reports, per language, the multiset Jaccard agreement over all lines with a
claim and the share of such lines where both sides agree exactly.  Never run on
``test`` documents (those measure the matcher) nor on DEMETR.

    .venv/bin/python benchmarks/bench_agreement.py [--show LANG] [--limit N]
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

from ntrex_stories import articles_for, line_of, load_documents  # noqa: E402

from claimcheck.extract import extract_story  # noqa: E402


def _key(c) -> tuple:
    q = c.quantity
    v = q.value
    if isinstance(v, float):
        v = float(f"{v:.6g}")
    return (q.kind, v, q.unit)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--show", help="print disagreeing lines for this language")
    ap.add_argument("--limit", type=int, default=40, help="how many disagreeing lines to print")
    args = ap.parse_args(argv)
    inter: Counter = Counter()
    union: Counter = Counter()
    exact: Counter = Counter()
    lines_with: Counter = Counter()
    shown = 0
    for doc_id, versions in load_documents(None, "train").items():
        arts = articles_for(doc_id, versions)
        claims = extract_story(arts)
        per: dict[str, dict[int, Counter]] = {a.lang: {} for a in arts}
        texts = {a.lang: a for a in arts}
        for c in claims:
            per[c.lang].setdefault(line_of(texts[c.lang], c.start), Counter())[_key(c)] += 1
        en = per["en"]
        for lang, lines in per.items():
            if lang == "en":
                continue
            for i in set(en) | set(lines):
                a, b = en.get(i, Counter()), lines.get(i, Counter())
                inter[lang] += sum((a & b).values())
                union[lang] += sum((a | b).values())
                lines_with[lang] += 1
                exact[lang] += a == b
                if args.show == lang and a != b and shown < args.limit:
                    shown += 1
                    print(f"--- {doc_id}:{i}\n en {versions['en'][i]}\n    {sorted(a.elements(), key=str)}\n"
                          f" {lang} {versions[lang][i]}\n    {sorted(b.elements(), key=str)}")
    total_i, total_u = sum(inter.values()), sum(union.values())
    for lang in sorted(union):
        print(f"{lang}  jaccard {inter[lang] / union[lang]:.3f}  exact-lines {exact[lang]}/{lines_with[lang]}"
              f" ({exact[lang] / lines_with[lang]:.3f})")
    print(f"all jaccard {total_i / total_u:.3f}  exact-lines {sum(exact.values()) / sum(lines_with.values()):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
