"""Reader-stage figures: language-identification accuracy and sentence-splitting speed.

    python benchmarks/bench_reader.py [CORPUS ...] [--ntrex NTREX_DIR]

CORPUS folders hold story folders of ``<lang>*.txt`` files (the file stem starts with
the language code), e.g. ../shared/eval/dev. With none, the bundled examples/ are used.
Prints langid accuracy per file and per sentence (sentences of 15+ characters), and
split_sentences throughput on all the text repeated until it takes about a second.

With ``--ntrex`` (a folder with NTREX-128's line-aligned newstest2019 files and
DOCUMENT_IDS.tsv, e.g. ../shared/ntrex) it also scores, per language: langid on every
line, and sentence boundaries on each document rebuilt as a headline, a blank line and
its lines joined by spaces (no space for zh/ja), against plain sentencex. The reference
lines are translations aligned to English sentences, so a few hold two sentences: a
boundary "false positive" there is often right.
"""
from __future__ import annotations

import sys
import time
from collections import Counter, defaultdict
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


NTREX_FILES = {
    "en": "newstest2019-src.eng.txt", "es": "newstest2019-ref.spa.txt", "fr": "newstest2019-ref.fra.txt",
    "de": "newstest2019-ref.deu.txt", "zh": "newstest2019-ref.zho-CN.txt", "pt": "newstest2019-ref.por.txt",
    "it": "newstest2019-ref.ita.txt", "ja": "newstest2019-ref.jpn.txt", "ru": "newstest2019-ref.rus.txt",
}


def _prf(tp: int, fp: int, fn: int) -> str:
    p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    return f"P={p:.3f} R={r:.3f} F1={2 * p * r / max(p + r, 1e-9):.3f}"


def ntrex(root: Path) -> None:
    from sentencex import get_sentence_boundaries

    doc_ids = (root / "DOCUMENT_IDS.tsv").read_text(encoding="utf-8").splitlines()
    totals = {"ours": [0, 0, 0], "sentencex": [0, 0, 0]}
    lang_ok = lang_n = 0
    print("NTREX  lang  langid(lines)   boundaries: claimcheck.segment | plain sentencex")
    for lang, name in NTREX_FILES.items():
        lines = (root / name).read_text(encoding="utf-8").splitlines()
        ok = sum(detect(line) == lang for line in lines)
        lang_ok, lang_n = lang_ok + ok, lang_n + len(lines)
        docs: dict[str, list[str]] = defaultdict(list)
        for doc, line in zip(doc_ids, lines):
            docs[doc].append(line.strip())
        counts = {"ours": [0, 0, 0], "sentencex": [0, 0, 0]}
        for sentences in docs.values():
            sep = "" if lang in ("zh", "ja") else " "
            head, body = sentences[0], sentences[1:]
            text = head + "\n\n" + sep.join(body)
            gold, pos = {len(head)}, len(head) + 2
            for line in body[:-1]:
                pos += len(line)
                gold.add(pos)
                pos += len(sep)
            found = {
                "ours": {s.end for s in split_sentences(text, lang)},
                "sentencex": {len(text[:b["end_index"]].rstrip()) for b in get_sentence_boundaries(lang, text)},
            }
            for key, got in found.items():
                got.discard(len(text))
                c = counts[key]
                c[0] += len(gold & got)
                c[1] += len(got - gold)
                c[2] += len(gold - got)
        for key in counts:
            totals[key] = [a + b for a, b in zip(totals[key], counts[key])]
        print(f"       {lang}    {ok}/{len(lines)} = {ok / len(lines):.3f}   "
              f"{_prf(*counts['ours'])} | {_prf(*counts['sentencex'])}")
    print(f"       all   {lang_ok}/{lang_n} = {lang_ok / lang_n:.3f}   "
          f"{_prf(*totals['ours'])} | {_prf(*totals['sentencex'])}")


def main(argv: list[str]) -> None:
    if "--ntrex" in argv:
        i = argv.index("--ntrex")
        ntrex(Path(argv[i + 1]))
        argv = argv[:i] + argv[i + 2:]
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
          f"  ({langid_rate:,.0f} sentences/s incl. splitting)" + (f"  misses: {dict(misses)}" if misses else ""))

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
