"""Turn the line-aligned NTREX corpus into story folders: one folder per document, one file per language.

Used by the training script (``train`` split), the evaluation script and the
batch benchmark (``test`` split). Reads ../shared; never shipped with the package.
"""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

# file suffix in NTREX -> ISO 639-1 code used as the article id
LANGS = {
    "src.eng": "en", "ref.deu": "de", "ref.fra": "fr", "ref.ita": "it", "ref.jpn": "ja",
    "ref.por": "pt", "ref.rus": "ru", "ref.spa": "es", "ref.zho-CN": "zh",
}


def load_documents(ntrex: Path, split: str | None = None) -> dict[str, dict[str, list[str]]]:
    """document id -> language -> its sentences (line-aligned across languages)."""
    ntrex = Path(ntrex)
    doc_of_line = (ntrex / "DOCUMENT_IDS.tsv").read_text(encoding="utf-8").splitlines()
    splits = dict(line.split("\t") for line in (ntrex / "SPLIT.tsv").read_text(encoding="utf-8").splitlines() if line)
    docs: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for suffix, lang in LANGS.items():
        lines = (ntrex / f"newstest2019-{suffix}.txt").read_text(encoding="utf-8").splitlines()
        for doc, line in zip(doc_of_line, lines):
            if split is None or splits.get(doc) == split:
                docs[doc][lang].append(line)
    return {d: dict(v) for d, v in docs.items()}


def write_stories(ntrex: Path, dest: Path, split: str | None = "test") -> list[Path]:
    """Write dest/<document>/<lang>.txt (one sentence per line); return the story folders."""
    folders = []
    for doc, versions in sorted(load_documents(ntrex, split).items()):
        folder = Path(dest) / doc.replace("/", "_")
        folder.mkdir(parents=True, exist_ok=True)
        for lang, lines in versions.items():
            (folder / f"{lang}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        folders.append(folder)
    return folders
