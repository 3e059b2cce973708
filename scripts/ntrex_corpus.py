"""NTREX-128 documents as stories: one article per language, one line per aligned sentence.

Shared by ``train_matcher.py`` (``train`` documents only) and ``eval_ntrex.py``
(``test`` documents only). The corpus folder is ``../shared/ntrex`` unless
``NTREX_DIR`` says otherwise.
"""
from __future__ import annotations

import os
from collections import OrderedDict
from pathlib import Path

from claimcheck.records import Article

LANGS = {"eng": "en", "deu": "de", "fra": "fr", "ita": "it", "jpn": "ja", "por": "pt", "rus": "ru",
         "spa": "es", "zho-CN": "zh"}


def corpus_dir() -> Path:
    return Path(os.environ.get("NTREX_DIR", Path(__file__).resolve().parents[2] / "shared" / "ntrex"))


def load_documents(split: str, root: Path | None = None) -> list[tuple[str, dict[str, list[str]]]]:
    """[(document id, {lang: [line, ...]})] for the documents of ``split`` ("train" or "test")."""
    root = root or corpus_dir()
    if not (root / "SPLIT.tsv").exists():
        raise SystemExit(f"NTREX corpus not found at {root} (set NTREX_DIR)")
    splits = dict(line.split("\t") for line in (root / "SPLIT.tsv").read_text(encoding="utf-8").split("\n") if line)
    doc_ids = (root / "DOCUMENT_IDS.tsv").read_text(encoding="utf-8").rstrip("\n").split("\n")
    texts = {}
    for code, lang in LANGS.items():
        name = "newstest2019-src.eng.txt" if code == "eng" else f"newstest2019-ref.{code}.txt"
        lines = (root / name).read_text(encoding="utf-8").rstrip("\n").split("\n")
        assert len(lines) == len(doc_ids), name
        texts[lang] = lines
    docs: OrderedDict[str, dict[str, list[str]]] = OrderedDict()
    for i, doc in enumerate(doc_ids):
        if splits.get(doc.strip()) != split:
            continue
        d = docs.setdefault(doc.strip(), {lang: [] for lang in texts})
        for lang, lines in texts.items():
            d[lang].append(lines[i].strip())
    return list(docs.items())


def articles_for(doc_id: str, versions: dict[str, list[str]], langs: list[str] | None = None) -> list[Article]:
    """One Article per language; line i of every article is the same source sentence."""
    out = []
    for lang, lines in versions.items():
        if langs and lang not in langs:
            continue
        out.append(Article(id=f"{lang}", source=f"ntrex:{doc_id}:{lang}", text="\n".join(lines), lang=lang,
                           lang_source="given"))
    return out


def line_of(article: Article, offset: int) -> int:
    return article.text.count("\n", 0, offset)
