"""NTREX-128 documents as stories: one article per language, one line per aligned sentence.

The one loader of the corpus for every script: ``train_matcher.py`` (``train``
documents only), ``eval_ntrex.py`` (``test`` for measuring, ``train`` for looking at
errors) and the benchmarks (``write_stories`` turns documents into story folders).
The corpus folder is ``../shared/ntrex`` unless ``NTREX_DIR`` says otherwise. Reads
../shared; never shipped with the package.
"""
from __future__ import annotations

import os
from pathlib import Path

from claimcheck.records import Article

# file suffix in NTREX -> ISO 639-1 code used as the article id
LANGS = {
    "src.eng": "en", "ref.deu": "de", "ref.fra": "fr", "ref.ita": "it", "ref.jpn": "ja",
    "ref.por": "pt", "ref.rus": "ru", "ref.spa": "es", "ref.zho-CN": "zh",
}


def corpus_dir() -> Path:
    return Path(os.environ.get("NTREX_DIR", Path(__file__).resolve().parents[2] / "shared" / "ntrex"))


def _lines(path: Path) -> list[str]:
    # split on "\n" only: str.splitlines() also splits on U+2028 and friends and would misalign the languages
    return path.read_text(encoding="utf-8").rstrip("\n").split("\n")


def load_documents(ntrex: Path | None = None, split: str | None = None) -> dict[str, dict[str, list[str]]]:
    """document id -> language -> its sentences (line-aligned across languages), in corpus order.

    ``split`` is "train", "test" or None for all documents.
    """
    ntrex = Path(ntrex) if ntrex else corpus_dir()
    if not (ntrex / "SPLIT.tsv").exists():
        raise SystemExit(f"NTREX corpus not found at {ntrex} (set NTREX_DIR)")
    doc_of_line = [d.strip() for d in _lines(ntrex / "DOCUMENT_IDS.tsv")]
    splits = dict(line.split("\t") for line in _lines(ntrex / "SPLIT.tsv") if line)
    docs: dict[str, dict[str, list[str]]] = {}
    for suffix, lang in LANGS.items():
        name = f"newstest2019-{suffix}.txt"
        lines = _lines(ntrex / name)
        if len(lines) != len(doc_of_line):
            raise SystemExit(f"{ntrex / name}: {len(lines)} lines, DOCUMENT_IDS.tsv has {len(doc_of_line)}")
        for doc, line in zip(doc_of_line, lines):
            if split is None or splits.get(doc) == split:
                docs.setdefault(doc, {}).setdefault(lang, []).append(line.strip())
    return docs


def articles_for(doc_id: str, versions: dict[str, list[str]], langs: list[str] | None = None) -> list[Article]:
    """One Article per language; line i of every article is the same source sentence."""
    return [Article(id=lang, source=f"ntrex:{doc_id}:{lang}", text="\n".join(lines), lang=lang, lang_source="given")
            for lang, lines in versions.items() if not langs or lang in langs]


def line_of(article: Article | str, offset: int) -> int:
    """The line (aligned sentence) of an article, or of its text, that holds ``offset``."""
    text = article if isinstance(article, str) else article.text
    return text.count("\n", 0, offset)


def write_stories(ntrex: Path | None, dest: Path, split: str | None = "test") -> list[Path]:
    """Write dest/<document>/<lang>.txt (one sentence per line); return the story folders."""
    folders = []
    for doc, versions in sorted(load_documents(ntrex, split).items()):
        folder = Path(dest) / doc.replace("/", "_")
        folder.mkdir(parents=True, exist_ok=True)
        for lang, lines in versions.items():
            (folder / f"{lang}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        folders.append(folder)
    return folders
