"""The Python API: the CLI and the pytest plugin are thin shells over these functions."""
from __future__ import annotations

import time
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from claimcheck.records import Article, Claim, Report

PathLike = str | Path


def _read(inputs: Sequence[PathLike | Article], lang: str | None) -> list[Article]:
    from claimcheck.read import read_inputs

    articles = [a for a in inputs if isinstance(a, Article)]
    paths = [str(p) for p in inputs if not isinstance(p, Article)]
    return articles + (read_inputs(paths, lang=lang) if paths else [])


def extract_articles(articles: Iterable[Article]) -> list[Claim]:
    """Claims of every readable article; a date written without its year takes it from the story."""
    from claimcheck.extract import extract_story

    return extract_story([a for a in articles if a.ok])


def extract(inputs: Sequence[PathLike | Article], lang: str | None = None) -> Report:
    """Read the inputs and extract their numeric claims (no matching)."""
    t0 = time.perf_counter()
    articles = _read(inputs, lang)
    t1 = time.perf_counter()
    claims = extract_articles(articles)
    t2 = time.perf_counter()
    return Report(articles=articles, claims=claims, timings={"read": t1 - t0, "extract": t2 - t1})


class _TimedEncoder:
    """Counts the seconds spent in ``encode`` so reports can say the encoder's share."""

    def __init__(self, encoder):
        self._encoder = encoder
        self.name = getattr(encoder, "name", None)
        self.seconds = 0.0

    def encode(self, texts, *args, **kwargs):
        t = time.perf_counter()
        try:
            return self._encoder.encode(texts, *args, **kwargs)
        finally:
            self.seconds += time.perf_counter() - t

    def __getattr__(self, name):
        return getattr(self._encoder, name)


def check(
    inputs: Sequence[PathLike | Article],
    model: str | None = None,
    lang: str | None = None,
    encoder=None,
    story: str = "",
) -> Report:
    """Check one story: read, extract, match across articles, compare.

    ``encoder`` (an object with ``encode(texts) -> ndarray``) overrides ``model``;
    pass one to reuse a loaded model across calls.
    """
    from claimcheck.compare import compare_facts
    from claimcheck.embed import load_encoder
    from claimcheck.match import match_claims

    report = extract(inputs, lang=lang)
    report.story = story
    if encoder is None:
        t = time.perf_counter()
        encoder = load_encoder(model)
        report.timings["load_model"] = time.perf_counter() - t
    report.model = getattr(encoder, "name", None)
    timed = _TimedEncoder(encoder)
    t = time.perf_counter()
    report.facts = match_claims(report.claims, report.articles, timed)
    report.timings["match"] = time.perf_counter() - t - timed.seconds
    report.timings["encode"] = timed.seconds
    t = time.perf_counter()
    report.conflicts, report.consistencies = compare_facts(report.facts, report.claims)
    report.timings["compare"] = time.perf_counter() - t
    return report


def check_texts(
    texts: dict[str, str],
    langs: dict[str, str] | None = None,
    model: str | None = None,
    encoder=None,
    story: str = "",
) -> Report:
    """Check articles given as strings, keyed by article id (for tests and notebooks)."""
    from claimcheck.read import article_from_text

    langs = langs or {}
    articles = [article_from_text(aid, text, lang=langs.get(aid)) for aid, text in texts.items()]
    return check(articles, model=model, encoder=encoder, story=story)


def story_folders(root: PathLike) -> list[Path]:
    """Each subfolder of ``root`` holding article files is one story; a root with none is itself one."""
    from claimcheck.read import is_article_file

    root = Path(root)
    folders = sorted(
        p for p in root.iterdir()
        if p.is_dir() and not p.name.startswith(".") and any(is_article_file(f) for f in p.iterdir())
    )
    if not folders and any(is_article_file(f) for f in root.iterdir()):
        return [root]
    return folders


def batch(root: PathLike, model: str | None = None, encoder=None) -> Iterator[tuple[str, Report]]:
    """Check every story folder under ``root`` with one loaded model."""
    from claimcheck.embed import load_encoder

    if encoder is None:
        encoder = load_encoder(model)
    for folder in story_folders(root):
        yield folder.name, check([folder], encoder=encoder, story=folder.name)
