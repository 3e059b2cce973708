"""Command line: a thin shell over ``claimcheck.api``.

Heavy imports wait until a command needs them so that ``claimcheck --help`` stays instant.
The exit codes (``EXIT_CODES_HELP``) are the contract a CI relies on; ``claimcheck.errors``
defines them.
"""
from __future__ import annotations

import argparse
import errno
import os
import sys
import tempfile
import threading
import traceback
from pathlib import Path

from claimcheck.errors import EXIT_CONFLICTS, EXIT_INTERNAL, EXIT_OK, EXIT_UNCHECKED

EXIT_ERROR = EXIT_UNCHECKED  # the name older callers use

EXIT_CODES_HELP = """\
exit codes:
  0  every input read and no conflict at the --fail-on level
  1  conflicts found
  2  usage error, an input that could not be read, or a story with fewer than two
     readable articles (the report is still written and lists each article's error)
  3  internal error, or a report that could not be written (never 1)
  --allow-unreadable: unreadable inputs only warn (2 only when nothing could be read)
"""

#: A check running longer than this shows a progress line on stderr (a terminal only).
PROGRESS_AFTER_S = 2.0
#: Errors of the output path itself: the user's to fix (exit 2), not a failure of claimcheck.
_PATH_ERRNOS = {errno.EACCES, errno.EPERM, errno.EISDIR, errno.ENOTDIR, errno.ENOENT, errno.EROFS,
                errno.ENAMETOOLONG, errno.EEXIST}


class OutputError(Exception):
    """A report could not be written; ``exit_code`` is 2 for a bad path, 3 for anything else."""

    def __init__(self, message: str, exit_code: int):
        super().__init__(message)
        self.exit_code = exit_code


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="claimcheck",
        description="Find numbers that disagree between language versions of one news story.",
        epilog=EXIT_CODES_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--version", action="store_true", help="print the version and exit")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=help, description=help, epilog=EXIT_CODES_HELP,
                              formatter_class=argparse.RawDescriptionHelpFormatter)

    def common(sp, formats, default):
        sp.add_argument("--format", choices=formats, default=default, help=f"output format (default {default})")
        sp.add_argument("--output", "-o", metavar="FILE", help="write the report here instead of stdout")
        sp.add_argument("--lang", metavar="xx", help="language of every article (skips detection)")
        allow_unreadable(sp)
        timings(sp)
        max_chars(sp)

    def allow_unreadable(sp):
        sp.add_argument("--allow-unreadable", action="store_true",
                        help="unreadable inputs (and a story with one readable article) only warn: "
                             "exit 2 only when nothing could be read")

    def timings(sp):
        sp.add_argument("--timings", action="store_true",
                        help="include per-stage seconds in JSON (left out by default so runs are byte-identical)")

    def fail_on(sp):
        sp.add_argument("--fail-on", choices=["low", "medium", "high"], default="low",
                        help="lowest conflict severity that makes the exit code 1 (default low: any conflict)")

    def max_chars(sp):
        sp.add_argument("--max-article-chars", type=int, metavar="N",
                        help="check at most N characters of each article; the rest is cut with a notice "
                             "(default: claimcheck.read.MAX_ARTICLE_CHARS)")

    def no_progress(sp):
        sp.add_argument("--no-progress", action="store_true", help="no progress display on stderr")

    sp = command("extract", "list the numeric claims of each article")
    sp.add_argument("paths", nargs="+", metavar="PATH", help="files, folders or http(s) URLs")
    common(sp, ["json", "text"], "text")

    sp = command("check", "check one story (all PATHs together) for conflicting numbers")
    sp.add_argument("paths", nargs="+", metavar="PATH", help="files, folders or http(s) URLs")
    common(sp, ["text", "json", "html"], "text")
    sp.add_argument("--model", metavar="NAME_OR_PATH", help="embedding model (default: the offline built-in, or e5-small for a story in a language it lacks)")
    fail_on(sp)
    no_progress(sp)
    sp.add_argument("--baseline", metavar="FILE",
                    help="conflicts this baseline accepts do not set exit 1; HTML shows them with their notes")

    sp = command("batch", "check every story folder under ROOT, one report per story")
    sp.add_argument("root", metavar="ROOT")
    sp.add_argument("--output-dir", required=True, metavar="DIR")
    sp.add_argument("--format", choices=["json", "html"], default="json")
    sp.add_argument("--model", metavar="NAME_OR_PATH")
    sp.add_argument("--baseline", metavar="FILE",
                    help="conflicts this baseline accepts do not set exit 1; HTML shows them with their notes "
                         "and downloads merge into it")
    allow_unreadable(sp)
    timings(sp)
    max_chars(sp)
    no_progress(sp)
    fail_on(sp)

    sp = command("baseline", "accept the current conflicts: write claimcheck-baseline.json")
    sp.add_argument("paths", nargs="+", metavar="PATH", help="story folders, or a root of story folders")
    sp.add_argument("--output", "-o", default="claimcheck-baseline.json", metavar="FILE")
    sp.add_argument("--model", metavar="NAME_OR_PATH")
    sp.add_argument("--prune-missing", action="store_true",
                    help="remove entries of stories no longer found under PATHs (listed otherwise)")

    sp = command("model", "build or inspect the offline embedding models")
    sp.add_argument("action", choices=["build", "info"])
    sp.add_argument("--force", action="store_true", help="rebuild even if present")
    sp.add_argument("--dest", metavar="DIR", help="where to write the converted model")
    return p


# --- output --------------------------------------------------------------------------------


def write_atomic(path: str | Path, text: str) -> None:
    """Write ``text`` to a temporary file beside ``path`` and rename it over ``path``.

    A failure (full disk, a path that is a folder) leaves no partial report and raises
    OutputError: exit 2 for a path the user must fix, 3 for anything else.
    """
    path = Path(path)
    shown = _safe(str(path))
    tmp_name = None
    try:
        if path.is_dir():
            raise IsADirectoryError(errno.EISDIR, "Is a directory", str(path))
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name[:40]}.", suffix=".tmp", dir=path.parent)
        os.chmod(tmp_name, _file_mode(path))  # mkstemp's 0600 would make the report private
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
        tmp_name = None
    except OSError as exc:
        code = EXIT_UNCHECKED if exc.errno in _PATH_ERRNOS else EXIT_INTERNAL
        raise OutputError(f"{shown}: cannot write the report: {exc.strerror or exc} (no report written)",
                          code) from None
    finally:
        if tmp_name:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass


def _file_mode(path: Path) -> int:
    """The mode a report gets: the replaced file's, else what a plain open() would give."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _write(text: str, output: str | None) -> None:
    if output:
        write_atomic(output, text)
    else:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")


def _render(report, fmt: str, output: str | None, claims_only: bool = False, timings: bool = False,
            baseline: str | None = None) -> None:
    from claimcheck import report as render

    if fmt == "json":
        _write(render.to_json(report, claims_only=claims_only, timings=timings), output)
    elif fmt == "html":
        from claimcheck.report_html import render_html

        _write(render_html(report, baseline=baseline), output)
    elif output:
        _write(render.to_text(report, claims_only=claims_only, color=False), output)
    else:
        render.print_text(report, claims_only=claims_only)


def _safe(text: str) -> str:
    from claimcheck.read import escape_control

    return escape_control(text)


def _warn_errors(report, story: str | None = None) -> None:
    """Each unreadable input by its path; each notice, in a batch under its story's name."""
    for a in report.errors:
        print(f"claimcheck: {_safe(a.source)}: {_safe(a.error)}", file=sys.stderr)
    where = f"{_safe(story)}: " if story else ""
    for notice in report.notices:
        print(f"claimcheck: notice: {where}{_safe(notice)}", file=sys.stderr)


def _batch_story_line(name: str, report, code: int, written: Path) -> str | None:
    """What an editor scanning a batch needs of one story: its findings by severity, or that it was not fully
    checked, and where its report is; None for a story that needs no attention."""
    from claimcheck import report as render
    from claimcheck.records import SEVERITY_ORDER

    if code == EXIT_OK:
        return None
    s = render.summary(report)
    severities = ", ".join(f"{s[f'findings_{level}']} {level}" for level in SEVERITY_ORDER if s[f"findings_{level}"])
    what = (f"{render.plural(s['findings'], 'finding')} ({severities})" if s["findings"] else "no findings")
    if code == EXIT_UNCHECKED:
        what = f"not fully checked, {what}"
    return f"claimcheck: {_safe(name)}: {what}; report {_safe(str(written))}"


SEVERITY_RANK = {"low": 0, "medium": 1, "high": 2}


def _fails(report, fail_on: str, accepted: frozenset[int] = frozenset()) -> bool:
    """Whether the report has a conflict, not accepted by the baseline, at or above the severity
    the user fails on."""
    return any(SEVERITY_RANK.get(c.severity, 2) >= SEVERITY_RANK[fail_on]
               for i, c in enumerate(report.conflicts) if i not in accepted)


def unchecked_reason(report, allow_unreadable: bool = False, min_articles: int = 2) -> str | None:
    from claimcheck.api import unchecked_reason as reason

    return reason(report, allow_unreadable=allow_unreadable, min_articles=min_articles)


def exit_code(report, fail_on: str = "low", allow_unreadable: bool = False, min_articles: int = 2,
              accepted: frozenset[int] = frozenset()) -> int:
    """The exit code of one report: 2 when not everything was checked, 1 on conflicts (those at
    indexes ``accepted`` excepted), else 0."""
    if unchecked_reason(report, allow_unreadable, min_articles):
        return EXIT_UNCHECKED
    return EXIT_CONFLICTS if _fails(report, fail_on, accepted) else EXIT_OK


def _load_baseline(baseline: str | None) -> list | None:
    """The entries of ``--baseline FILE``, None without the option; a file not there yet is said, not an error
    (the HTML review downloads the first one)."""
    if not baseline:
        return None
    from claimcheck.baseline import load_baseline

    if not Path(baseline).exists():
        print(f"claimcheck: {_safe(baseline)}: no such baseline file yet; every conflict counts "
              "(`claimcheck baseline` writes one)", file=sys.stderr)
    return load_baseline(baseline)


def _accepted_by_baseline(report, baseline: str | None, entries: list | None = None) -> frozenset[int]:
    """Indexes of ``report.conflicts`` the baseline file accepts (the pytest plugin's rule); its entries of
    this story that match no conflict any more are listed as stale."""
    if not baseline:
        return frozenset()
    from claimcheck.baseline import describe_entry, judge

    if entries is None:
        entries = _load_baseline(baseline)
    story = f"story {_safe(report.story)!r}: " if report.story else ""
    if not report.story and entries:
        print(f"claimcheck: {_safe(baseline)} is keyed by story folder names: give the story's folder, not its "
              "files, for its accepted conflicts to count", file=sys.stderr)
    verdict = judge(report, entries)
    accepted = {id(c) for c in verdict.accepted}
    if verdict.accepted:
        print(f"claimcheck: {story}{len(verdict.accepted)} of {len(report.conflicts)} conflict pair(s) accepted by "
              f"{_safe(baseline)}", file=sys.stderr)
    if verdict.stale and report.articles and not report.errors:  # an unread article leaves its entries unjudged
        print(f"claimcheck: {story}{len(verdict.stale)} stale entr{'y' if len(verdict.stale) == 1 else 'ies'} in "
              f"{_safe(baseline)} (accepted conflicts no longer found; `claimcheck baseline` prunes them):",
              file=sys.stderr)
        for entry in verdict.stale:
            print(f"claimcheck:   {_safe(describe_entry(entry))}", file=sys.stderr)
    return frozenset(i for i, c in enumerate(report.conflicts) if id(c) in accepted)


def _story_name(paths: list[str]) -> str:
    """The story a single folder argument names (the baseline is keyed by folder names)."""
    from claimcheck.read import ReadError, file_url_path

    if len(paths) != 1:
        return ""
    try:
        path = file_url_path(paths[0]) or (None if "://" in paths[0] else Path(paths[0]))
    except ReadError:
        return ""
    return path.resolve().name if path is not None and path.is_dir() else ""


def _stderr_is_terminal() -> bool:
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


class _DelayedProgress:
    """A spinner with elapsed time on stderr, shown only when the work outlasts PROGRESS_AFTER_S
    and stderr is a terminal (never in CI logs or pipes)."""

    def __init__(self, what: str, enabled: bool = True):
        self.what = what
        self.enabled = enabled and _stderr_is_terminal()
        self._progress = None
        self._timer: threading.Timer | None = None
        self._lock = threading.Lock()

    def _start(self) -> None:
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        from claimcheck import report as render

        with self._lock:
            if self._timer is None:
                return  # already finished
            self._progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                                      transient=True, console=render.stderr_console())
            self._progress.add_task(self.what, total=None)
            self._progress.start()

    def __enter__(self):
        if self.enabled:
            self._timer = threading.Timer(PROGRESS_AFTER_S, self._start)
            self._timer.daemon = True
            self._timer.start()
        return self

    def __exit__(self, *exc) -> None:
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
            if self._progress is not None:
                self._progress.stop()
                self._progress = None


def _report_unchecked(report, allow_unreadable: bool, min_articles: int = 2) -> None:
    reason = unchecked_reason(report, allow_unreadable, min_articles)
    if reason:
        print(f"claimcheck: {reason}", file=sys.stderr)


# --- commands ------------------------------------------------------------------------------


def cmd_extract(args) -> int:
    from claimcheck import api
    from claimcheck.errors import NothingReadable

    try:
        report = api.extract(args.paths, lang=args.lang, **_limits(args))
    except NothingReadable as exc:
        report = exc.report
    _warn_errors(report)
    _render(report, args.format, args.output, claims_only=True, timings=args.timings)
    _report_unchecked(report, args.allow_unreadable, min_articles=1)
    return EXIT_UNCHECKED if unchecked_reason(report, args.allow_unreadable, min_articles=1) else EXIT_OK


def cmd_check(args) -> int:
    from claimcheck import api
    from claimcheck.errors import NothingReadable

    try:
        with _DelayedProgress(f"checking {len(args.paths)} input(s)", enabled=not args.no_progress):
            report = api.check(args.paths, model=args.model, lang=args.lang, story=_story_name(args.paths),
                               **_limits(args))
    except NothingReadable as exc:
        report = exc.report
    _warn_errors(report)
    accepted = _accepted_by_baseline(report, args.baseline)
    _render(report, args.format, args.output, timings=args.timings, baseline=args.baseline)
    _report_unchecked(report, args.allow_unreadable)
    return exit_code(report, args.fail_on, args.allow_unreadable, accepted=accepted)


def _limits(args) -> dict:
    """Keyword arguments for the API's limits, only those the user set."""
    if args.max_article_chars is None:
        return {}
    if args.max_article_chars < 1000:
        from claimcheck.errors import UserError

        raise UserError(f"--max-article-chars {args.max_article_chars}: give at least 1000 characters")
    return {"max_article_chars": args.max_article_chars}


def _batch_progress(total: int, enabled: bool):
    """A progress bar over stories on stderr when it is a terminal; None otherwise."""
    if not (enabled and _stderr_is_terminal()):
        return None
    from rich.progress import Progress

    from claimcheck import report as render

    progress = Progress(transient=True, console=render.stderr_console())
    progress.add_task("checking stories", total=total)
    return progress


def cmd_batch(args) -> int:
    from claimcheck import api
    from claimcheck import report as render

    if not Path(args.root).is_dir():
        print(f"claimcheck: {_safe(args.root)}: not a folder", file=sys.stderr)
        return EXIT_UNCHECKED
    folders = api.story_folders(args.root)
    if not folders:
        print(f"claimcheck: {_safe(args.root)}: no story folders (subfolders with article files) found",
              file=sys.stderr)
        return EXIT_UNCHECKED
    out = Path(args.output_dir)
    entries = _load_baseline(args.baseline)
    index, codes = [], []
    progress = _batch_progress(len(folders), not args.no_progress)
    if progress:
        progress.start()
    try:
        for name, report in api.batch(args.root, model=args.model, **_limits(args)):
            _warn_errors(report, story=name)
            _report_unchecked(report, args.allow_unreadable)
            accepted = _accepted_by_baseline(report, args.baseline, entries)
            codes.append(exit_code(report, args.fail_on, args.allow_unreadable, accepted=accepted))
            if args.format == "json":
                written = out / f"{name}.json"
                write_atomic(written, render.to_json(report, timings=args.timings))
            else:
                from claimcheck.report_html import page_filename, render_html

                page = page_filename(name)
                if page == "index.html":  # the batch's own index page has that name
                    page = "index-story.html"
                written = out / page
                write_atomic(written, render_html(report, baseline=args.baseline))
                index.append((name, report, page))
            if line := _batch_story_line(name, report, codes[-1], written):
                if progress:
                    progress.console.print(line, markup=False, highlight=False)
                else:
                    print(line, file=sys.stderr)
            if progress:
                progress.advance(progress.task_ids[0])
    finally:
        if progress:
            progress.stop()
    if args.format == "html":
        from claimcheck.report_html import render_index

        write_atomic(out / "index.html", render_index(index, baseline=args.baseline))
    unchecked = codes.count(EXIT_UNCHECKED)
    conflicted = codes.count(EXIT_CONFLICTS)
    print(f"claimcheck: {render.plural(len(folders), 'story', 'stories')} checked "
          f"({conflicted} with conflicts{' the baseline does not accept' if args.baseline else ''}, {unchecked} not fully checked), reports in {_safe(str(out))}",
          file=sys.stderr)
    return EXIT_UNCHECKED if unchecked else (EXIT_CONFLICTS if conflicted else EXIT_OK)


def cmd_baseline(args) -> int:
    from claimcheck.baseline import update_baseline

    result = update_baseline(args.paths, args.output, model=args.model, prune_missing=args.prune_missing)
    print(f"claimcheck: {result.written} accepted conflicts written to {_safe(args.output)}", file=sys.stderr)
    if result.missing_stories:
        verb = "removed" if args.prune_missing else "kept; --prune-missing removes them"
        print(f"claimcheck: {result.missing_entries} entries of stories no longer found "
              f"({', '.join(_safe(s) for s in result.missing_stories)}): {verb}", file=sys.stderr)
    unchecked = [r for r in result.reports if unchecked_reason(r)]
    for report in unchecked:
        _warn_errors(report)
        _report_unchecked(report, False)
    return EXIT_UNCHECKED if unchecked else EXIT_OK


def cmd_model(args) -> int:
    from claimcheck import embed

    if args.action == "build":
        path = embed.build_e5_model(Path(args.dest) if args.dest else None, force=args.force)
        print(f"claimcheck: e5-small sentence-transformers model ready at {path}")
    else:
        print(embed.describe_models())
    return EXIT_OK


COMMANDS = {
    "extract": cmd_extract,
    "check": cmd_check,
    "batch": cmd_batch,
    "baseline": cmd_baseline,
    "model": cmd_model,
}


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.version:
        from claimcheck import __version__

        print(f"claimcheck {__version__}")
        return EXIT_OK
    if not args.command:
        parser.print_help()
        return EXIT_UNCHECKED
    try:
        return COMMANDS[args.command](args)
    except KeyboardInterrupt:
        return 130
    except OutputError as exc:
        print(f"claimcheck: {exc}", file=sys.stderr)
        return exc.exit_code
    except BrokenPipeError:  # `claimcheck check ... | head`: the reader left; the report is not whole
        try:
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 (interpreter shutdown flushes stdout)
        except OSError:
            pass
        print("claimcheck: the output pipe closed before the report was written in full", file=sys.stderr)
        return EXIT_INTERNAL
    except Exception as exc:  # a user's mistake gets one line; a bug its traceback, and exit 3, never 1
        from claimcheck.errors import UserError

        if isinstance(exc, UserError) or type(exc).__name__ == "UnknownLanguage":  # langdata's, for an extraction table
            print(f"claimcheck: {_safe(str(exc))}", file=sys.stderr)
            return EXIT_UNCHECKED
        traceback.print_exc(file=sys.stderr)
        print(f"claimcheck: internal error ({type(exc).__name__}: {_safe(str(exc))[:200]}); "
              "this is a bug, please report it with the traceback above", file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":
    raise SystemExit(main())
