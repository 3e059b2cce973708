"""The Python API: the CLI and the pytest plugin are thin shells over these functions.

Inputs, for ``check``, ``extract`` and ``batch`` alike: a path (``str`` or ``os.PathLike``)
to a file, a folder of article files or an http(s) URL; a list of them (``Article`` records
may be mixed in); or a mapping ``{article id: text}`` of texts already in memory.  A lone
string is one path, never a list of letters.

Unreadable inputs do not raise: each becomes an Article whose ``error`` says why, listed in
``Report.articles`` and ``Report.errors``.  When *nothing* could be read, ``check`` and
``extract`` raise ``claimcheck.NothingReadable`` (its ``report`` lists every input with its
error).  An unknown ``lang`` raises ``claimcheck.UnsupportedLanguage``.
"""
from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, Sequence, Union

from claimcheck.errors import NothingReadable
from claimcheck.records import Article, Claim, Report

PathLike = Union[str, "os.PathLike[str]"]
#: What ``check``/``extract`` read: one path, several (Articles mixed in), or ``{id: text}``.
Inputs = Union[PathLike, Sequence[Union[PathLike, Article]], Mapping[str, str]]

#: Characters of one sentence handed to the encoder; the rest of an over-long sentence is cut.
MAX_SENTENCE_CHARS = 2000


def _as_list(inputs: Inputs) -> list[PathLike | Article]:
    """One path, or a list/tuple of them, as a list (a str is one path, not its letters)."""
    if isinstance(inputs, (str, os.PathLike, Article)):
        return [inputs]
    if isinstance(inputs, Mapping):
        raise TypeError("a mapping of texts is read by _read, not _as_list")
    try:
        items = list(inputs)
    except TypeError:
        raise TypeError(f"inputs must be a path, a list of paths or a {{id: text}} mapping, "
                        f"not {type(inputs).__name__}") from None
    for item in items:
        if not isinstance(item, (str, os.PathLike, Article)):
            raise TypeError(f"each input must be a path or an Article, not {type(item).__name__}: {item!r:.60}")
    return items


def _read(inputs: Inputs, lang: str | None, notices: list[str] | None = None,
          max_article_chars: int | None = None) -> list[Article]:
    """Articles of ``inputs`` (see the module docstring), over-long ones cut with a notice."""
    from claimcheck.read import _unique_ids, article_from_text, limit_article, read_inputs, validate_lang

    lang = validate_lang(lang)
    if isinstance(inputs, Mapping):
        articles = [article_from_text(str(aid), text, lang=lang) for aid, text in inputs.items()]
    else:
        items = _as_list(inputs)
        given = [a for a in items if isinstance(a, Article)]
        paths = [p for p in items if not isinstance(p, Article)]
        articles = given + (read_inputs(paths, lang=lang) if paths else [])
    articles = _unique_ids(articles)
    for article in articles:
        notice = limit_article(article, max_article_chars)
        if notice and notices is not None:
            notices.append(notice)
    return articles


def _nothing_readable(report: Report) -> NothingReadable:
    if not report.articles:
        return NothingReadable("nothing to check: no inputs were given", report)
    reasons = "; ".join(f"{a.source}: {a.error}" for a in report.articles[:5])
    more = f" (and {len(report.articles) - 5} more)" if len(report.articles) > 5 else ""
    return NothingReadable(f"none of the {len(report.articles)} inputs could be read: {reasons}{more}", report)


def unchecked_reason(report: Report, allow_unreadable: bool = False, min_articles: int = 2) -> str | None:
    """Why ``report`` did not check everything it was asked to, or None.

    An input that could not be read, or fewer than ``min_articles`` readable articles (a story
    needs two to compare); with ``allow_unreadable`` only a report where nothing could be read.
    The CLI exits 2 and the pytest plugin fails a story for any such reason.
    """
    from claimcheck.read import escape_control

    readable = sum(1 for a in report.articles if a.ok)
    story = f"story {escape_control(report.story)!r}: " if report.story else ""
    if readable == 0:
        return f"{story}nothing could be read; nothing was checked"
    if allow_unreadable:
        return None
    if report.errors:
        return (f"{story}{len(report.errors)} of {len(report.articles)} inputs could not be read, so not "
                "everything was checked (--allow-unreadable to accept that)")
    if readable < min_articles:
        return (f"{story}only {readable} readable article; a story needs at least {min_articles} to compare "
                "(--allow-unreadable to accept that)")
    return None


def extract_articles(articles: Iterable[Article], skipped: list | None = None) -> list[Claim]:
    """Claims of every readable article; a date written without its year takes it from the story.
    ``skipped``, when given, receives the numbers read and judged no claim (``Skipped`` records)."""
    from claimcheck.extract import extract_story

    return extract_story([a for a in articles if a.ok], skipped=skipped)


def extract(inputs: Inputs, lang: str | None = None, max_article_chars: int | None = None) -> Report:
    """Read the inputs and extract their numeric claims (no matching).

    An article longer than ``max_article_chars`` (default ``claimcheck.read.MAX_ARTICLE_CHARS``)
    is cut at a paragraph or sentence end, and ``report.notices`` says so.
    Raises NothingReadable when no input could be read, UnsupportedLanguage for an unknown ``lang``.
    """
    t0 = time.perf_counter()
    notices: list[str] = []
    articles = _read(inputs, lang, notices, max_article_chars)
    t1 = time.perf_counter()
    report = Report(articles=articles, notices=notices)
    if not any(a.ok for a in articles):
        raise _nothing_readable(report)
    report.claims = extract_articles(articles, skipped=report.skipped)
    report.timings = {"read": t1 - t0, "extract": time.perf_counter() - t1}
    return report


class _TimedEncoder:
    """Counts the seconds spent in ``encode`` so reports can say the encoder's share."""

    def __init__(self, encoder):
        self._encoder = encoder
        self.name = getattr(encoder, "name", None)
        self.seconds = 0.0
        self.truncated = 0  # texts cut to MAX_SENTENCE_CHARS

    def encode(self, texts, *args, **kwargs):
        t = time.perf_counter()
        long = [x for x in texts if isinstance(x, str) and len(x) > MAX_SENTENCE_CHARS]
        if long:  # a 2 MB line without spaces would hold the encoder for minutes
            self.truncated += len(long)
            texts = [x[:MAX_SENTENCE_CHARS] if isinstance(x, str) else x for x in texts]
        try:
            return self._encoder.encode(texts, *args, **kwargs)
        finally:
            self.seconds += time.perf_counter() - t

    def __getattr__(self, name):
        return getattr(self._encoder, name)



class Encoders:
    """The encoder a story is matched with: the one given or named, or else the default, and for a
    story in a language the default was not trained on (Hindi, Czech) the built-in that reads it.

    Each model loads once, at the first story that needs it, so a batch shares them.
    """

    def __init__(self, model: str | None = None, encoder=None):
        self.given = encoder is not None
        self.chosen = encoder is not None or model is not None
        self._model = model
        self._loaded: dict[str | None, Any] = {None: encoder} if encoder is not None else {}
        self._preload_seconds = 0.0  # spent by ``preload``, not yet reported in a story's load_model

    def _load(self, name: str | None):
        from claimcheck.embed import load_encoder

        if name not in self._loaded:
            self._loaded[name] = load_encoder(name)
        return self._loaded[name]

    def preload(self) -> None:
        """Load the model most stories use (the named one, else the default) now rather than inside the
        first story's encoding: ``batch`` calls this while a worker reads the first story, time this
        process would otherwise wait.  Its seconds are the next report's ``load_model``.  A model that
        cannot be loaded is left to fail where it did before, at the first story that needs it."""
        if self.given:
            return
        t = time.perf_counter()
        try:
            encoder = self._load(self._model)
            load = getattr(getattr(encoder, "inner", encoder), "load", None)
            if load is not None:
                load()
        except Exception:  # noqa: BLE001 (the same error comes again where it is reported)
            pass
        self._preload_seconds += time.perf_counter() - t

    def take_preload_seconds(self) -> float:
        seconds, self._preload_seconds = self._preload_seconds, 0.0
        return seconds

    def for_languages(self, langs) -> tuple[Any, str | None]:
        """(encoder, notice saying why another than the default was used, or None)."""
        from claimcheck.embed import COVERING_MODEL, DEFAULT_MODEL, uncovered_languages

        if self.chosen:
            return self._load(None if self.given else self._model), None
        missing = uncovered_languages(DEFAULT_MODEL, langs)
        if not missing:
            return self._load(None), None
        return self._load(COVERING_MODEL), (
            f"matched with {COVERING_MODEL}: the default encoder {DEFAULT_MODEL} was not trained on "
            f"{', '.join(missing)}")

def check(
    inputs: Inputs,
    model: str | None = None,
    lang: str | None = None,
    encoder=None,
    story: str = "",
    max_article_chars: int | None = None,
) -> Report:
    """Check one story: read, extract, match across articles, compare, group into findings.

    ``inputs``: a path, a folder, a URL, a list of them, or ``{article id: text}``.
    ``encoder`` (an object with ``encode(texts) -> ndarray``) overrides ``model``;
    pass one to reuse a loaded model across calls.  With neither, a story in a language the
    default encoder was not trained on is matched with ``embed.COVERING_MODEL`` (a notice says so).  Unreadable inputs are listed in
    ``report.errors``; raises NothingReadable when none could be read and
    UnsupportedLanguage for an unknown ``lang``.  ``max_article_chars`` as for ``extract``.
    """
    try:
        report = extract(inputs, lang=lang, max_article_chars=max_article_chars)
    except NothingReadable as exc:
        exc.report.story = story
        raise
    return _check_extracted(report, encoder if isinstance(encoder, Encoders) else Encoders(model, encoder), story)


def _check_extracted(report: Report, encoders: "Encoders", story: str = "") -> Report:
    """``check`` after ``extract``: match across articles, compare, group into findings."""
    from claimcheck.compare import compare_facts
    from claimcheck.embed import COVERING_MODEL, uncovered_languages
    from claimcheck.group import match_story

    report.story = story
    t = time.perf_counter()
    encoder, chosen_notice = encoders.for_languages([a.lang for a in report.articles if a.ok])
    if not encoders.given:
        report.timings["load_model"] = time.perf_counter() - t + encoders.take_preload_seconds()
    report.model = getattr(encoder, "name", None)
    timed = _TimedEncoder(encoder)
    t = time.perf_counter()
    matching = match_story(report.claims, report.articles, timed)
    report.facts, report.alignment = matching.facts, matching.alignment
    if chosen_notice:
        report.notices.append(chosen_notice)
    report.notices.extend(matching.notices)
    missing = uncovered_languages(report.model, [a.lang for a in report.articles if a.ok])
    if missing:
        report.notices.append(
            f"the encoder {report.model} was not trained on {', '.join(missing)}: claims in those articles "
            f"may be matched poorly; check this story with --model {COVERING_MODEL}")
    report.timings["match"] = time.perf_counter() - t - timed.seconds
    report.timings["encode"] = timed.seconds
    t = time.perf_counter()
    report.conflicts, report.consistencies = compare_facts(report.facts, report.claims, matching.written_apart)
    report.timings["compare"] = time.perf_counter() - t
    _finish(report, timed)
    return report


def _finish(report: Report, timed: _TimedEncoder) -> None:
    """The compare stage's last step: findings from conflict pairs, notices of what was cut."""
    from claimcheck.findings import group_findings

    report.findings = group_findings(report)
    if timed.truncated:
        report.notices.append(
            f"{timed.truncated} over-long sentence text(s) were cut to their first {MAX_SENTENCE_CHARS:,} "
            "characters for matching; numbers beyond the cut are still extracted but matched by that prefix."
        )


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
    if not root.is_dir():
        return []
    folders = sorted(
        p for p in root.iterdir()
        if p.is_dir() and not p.name.startswith(".") and any(is_article_file(f) for f in p.iterdir())
    )
    if not folders and any(is_article_file(f) for f in root.iterdir()):
        return [root]
    return folders


def batch(
    roots: PathLike | Sequence[PathLike], model: str | None = None, encoder=None,
    max_article_chars: int | None = None,
) -> Iterator[tuple[str, Report]]:
    """Check every story folder under ``roots`` (one root or a list) with one loaded model.

    Yields ``(story name, report)`` in folder order.  A story none of whose articles could be
    read is yielded too, its report listing each article's error.  Raises NothingReadable,
    before loading the model, when the roots hold no story folder at all.
    """
    items = [roots] if isinstance(roots, (str, os.PathLike)) else list(roots)
    folders = [folder for root in items for folder in story_folders(root)]
    if not folders:
        shown = ", ".join(os.fspath(r) for r in items) or "(none given)"
        raise NothingReadable(f"{shown}: no story folders (folders of article files) found")
    encoders = Encoders(model, encoder)
    with _Prefetch(max_article_chars) as stories:
        stories.start(folders[0])  # the worker compiles the languages' patterns; this process never needs them
        if stories.pool is not None:  # the encoder loads here while the worker reads the first story
            encoders.preload()
        if len(folders) > 1:  # the figure alignment a swap is told by (``compare``), loaded beside the first stories
            _preload_figure_alignment()
        for n, folder in enumerate(folders):
            stories.start(folders[n + 1] if n + 1 < len(folders) else None)
            report = stories.get(folder)
            if any(a.ok for a in report.articles):
                report = _check_extracted(report, encoders, story=folder.name)
            yield folder.name, report


def _preload_figure_alignment() -> None:
    """Load e5-small's token states in a thread of their own: a batch of stories nearly always meets two figures
    a version may have swapped, and the ~0.8 s of loading (the tokenizer's vocabulary) then overlaps reading and
    embedding the first stories instead of stalling a comparison."""
    import threading

    from claimcheck import tokalign

    def load() -> None:
        try:
            tokalign.default_states().load()
        except Exception:  # the comparison that needs them raises its own error
            pass

    threading.Thread(target=load, name="claimcheck-tokalign", daemon=True).start()


def _read_story(folder: Path, max_article_chars: int | None) -> Report:
    """``extract`` of one story folder; a story with nothing readable is its report, not an exception."""
    try:
        return extract([folder], max_article_chars=max_article_chars)
    except NothingReadable as exc:
        exc.report.story = folder.name
        return exc.report


class _Prefetch:
    """Reads and extracts the next story of a batch in a worker process while this one is matched: the
    encoder and the extractor each keep one core busy. The report is the one ``extract`` gives in this
    process (a worker that cannot be had or that breaks leaves the work to this process)."""

    def __init__(self, max_article_chars: int | None):
        self.max_article_chars = max_article_chars
        self.pool = None
        self.pending: dict[Path, Any] = {}

    def __enter__(self) -> "_Prefetch":
        import multiprocessing

        if os.environ.get("CLAIMCHECK_NO_PREFETCH") or "fork" not in multiprocessing.get_all_start_methods():
            return self
        from concurrent.futures import ProcessPoolExecutor

        try:
            self.pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork"))
        except (OSError, ValueError):
            self.pool = None
        return self

    def start(self, folder: Path | None) -> None:
        if folder is not None and self.pool is not None:
            try:
                self.pending[folder] = self.pool.submit(_read_story, folder, self.max_article_chars)
            except Exception:  # a broken pool: this process reads
                self.pool = None

    def get(self, folder: Path) -> Report:
        future = self.pending.pop(folder, None)
        if future is not None:
            from concurrent.futures.process import BrokenProcessPool

            try:
                return future.result()
            except BrokenProcessPool:
                self.pool = None
        return _read_story(folder, self.max_article_chars)

    def __exit__(self, *exc) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
