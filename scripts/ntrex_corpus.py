"""Old name of the NTREX loader, kept only for benchmarks/bench_agreement.py: use ``ntrex_stories``.

``load_documents(split)`` here returns [(document, {lang: lines})] as that benchmark expects.
"""
from __future__ import annotations

from ntrex_stories import LANGS, articles_for, corpus_dir, line_of  # noqa: F401
from ntrex_stories import load_documents as _load_documents


def load_documents(split: str, root=None) -> list[tuple[str, dict[str, list[str]]]]:
    return list(_load_documents(root, split).items())
