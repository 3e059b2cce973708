"""Reader-stage figures: language-identification accuracy and sentence-splitting speed.

    python benchmarks/bench_reader.py [CORPUS ...]

CORPUS folders hold story folders of ``<lang>*.txt`` files (the file stem starts with
the language code), e.g. ../shared/eval/dev. With none, the bundled examples/ are used.
Prints langid accuracy per file and per sentence (sentences of 15+ characters), and
split_sentences throughput on all the text repeated until it takes about a second.
"""
from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claimcheck.langid import SUPPORTED_LANGUAGES, detect  # noqa: E402
from claimcheck.segment import split_sentences  # noqa: E402


def corpus_files(roots: list[Path]) -> list[tuple[str, Path]]:
    files = []
    for root in roots:
        for path in sorted(root.rglob("*.txt")):
            lang = path.stem[:2].lower()
            if lang in SUPPORTED_LANGUAGES:
                files.append((lang, path))
    return files


def main(argv: list[str]) -> None:
    roots = [Path(a) for a in argv] or [ROOT / "examples"]
    files = corpus_files(roots)
    texts = [(lang, path.read_text(encoding="utf-8")) for lang, path in files]
    if not texts:
        sys.exit(f"no <lang>*.txt files under {', '.join(map(str, roots))}")

    detect("warm up the model")
    file_ok = sum(detect(text) == lang for lang, text in texts)
    sent_total, sent_ok, misses = 0, 0, Counter()
    t = time.perf_counter()
    for lang, text in texts:
        for s in split_sentences(text, lang):
            if len(s.text) < 15:
                continue
            got = detect(s.text)
            sent_total += 1
            sent_ok += got == lang
            if got != lang:
                misses[f"{lang}->{got}"] += 1
    langid_rate = sent_total / (time.perf_counter() - t)
    print(f"langid files:     {file_ok}/{len(texts)} = {file_ok / len(texts):.3f}")
    print(f"langid sentences: {sent_ok}/{sent_total} = {sent_ok / sent_total:.3f}"
          f"  ({langid_rate:,.0f} sentences/s incl. splitting){'  misses: ' + dict(misses).__repr__() if misses else ''}")

    n_sentences, n_chars, elapsed, rounds = 0, 0, 0.0, 0
    while elapsed < 1.0:
        t = time.perf_counter()
        for lang, text in texts:
            n_sentences += len(split_sentences(text, lang))
            n_chars += len(text)
        elapsed += time.perf_counter() - t
        rounds += 1
    print(f"segmentation:     {n_sentences / elapsed:,.0f} sentences/s, {n_chars / elapsed / 1e6:.2f} M chars/s"
          f"  ({n_sentences // rounds} sentences in {len(texts)} files, {rounds} rounds)")


if __name__ == "__main__":
    main(sys.argv[1:])
