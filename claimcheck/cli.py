"""Command line: a thin shell over ``claimcheck.api``.

Exit codes: 0 no conflict, 1 conflicts found, 2 error (nothing readable, bad
arguments, a model that cannot be loaded). Heavy imports wait until a command
needs them so that ``claimcheck --help`` stays instant.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

EXIT_OK, EXIT_CONFLICTS, EXIT_ERROR = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="claimcheck",
        description="Find numbers that disagree between language versions of one news story.",
    )
    p.add_argument("--version", action="store_true", help="print the version and exit")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    def common(sp, formats, default):
        sp.add_argument("--format", choices=formats, default=default, help=f"output format (default {default})")
        sp.add_argument("--output", "-o", metavar="FILE", help="write the report here instead of stdout")
        sp.add_argument("--lang", metavar="xx", help="language of every article (skips detection)")

    def fail_on(sp):
        sp.add_argument("--fail-on", choices=["low", "medium", "high"], default="low",
                        help="lowest conflict severity that makes the exit code 1 (default low: any conflict)")

    sp = sub.add_parser("extract", help="list the numeric claims of each article")
    sp.add_argument("paths", nargs="+", metavar="PATH", help="files, folders or http(s) URLs")
    common(sp, ["json", "text"], "text")

    sp = sub.add_parser("check", help="check one story (all PATHs together) for conflicting numbers")
    sp.add_argument("paths", nargs="+", metavar="PATH", help="files, folders or http(s) URLs")
    common(sp, ["text", "json", "html"], "text")
    sp.add_argument("--model", metavar="NAME_OR_PATH", help="embedding model (default: the offline built-in)")
    fail_on(sp)

    sp = sub.add_parser("batch", help="check every story folder under ROOT, one report per story")
    sp.add_argument("root", metavar="ROOT")
    sp.add_argument("--output-dir", required=True, metavar="DIR")
    sp.add_argument("--format", choices=["json", "html"], default="json")
    sp.add_argument("--model", metavar="NAME_OR_PATH")
    sp.add_argument("--no-progress", action="store_true", help="no progress bar")
    fail_on(sp)

    sp = sub.add_parser("baseline", help="accept the current conflicts: write claimcheck-baseline.json")
    sp.add_argument("paths", nargs="+", metavar="PATH", help="story folders, or a root of story folders")
    sp.add_argument("--output", "-o", default="claimcheck-baseline.json", metavar="FILE")
    sp.add_argument("--model", metavar="NAME_OR_PATH")

    sp = sub.add_parser("model", help="build or inspect the offline embedding models")
    sp.add_argument("action", choices=["build", "info"])
    sp.add_argument("--force", action="store_true", help="rebuild even if present")
    sp.add_argument("--dest", metavar="DIR", help="where to write the converted model")
    return p


def _write(text: str, output: str | None) -> None:
    if output:
        path = Path(output)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")


def _render(report, fmt: str, output: str | None, claims_only: bool = False) -> None:
    from claimcheck import report as render

    if fmt == "json":
        _write(render.to_json(report, claims_only=claims_only), output)
    elif fmt == "html":
        from claimcheck.report_html import render_html

        _write(render_html(report), output)
    elif output:
        _write(render.to_text(report, claims_only=claims_only, color=False), output)
    else:
        render.print_text(report, claims_only=claims_only)


def _warn_errors(report) -> None:
    for a in report.errors:
        print(f"claimcheck: {a.source}: {a.error}", file=sys.stderr)


def _nothing_read(report) -> bool:
    return not any(a.ok for a in report.articles)


SEVERITY_RANK = {"low": 0, "medium": 1, "high": 2}


def _fails(report, fail_on: str) -> bool:
    """Whether the report has a conflict at or above the severity the user fails on."""
    return any(SEVERITY_RANK.get(c.severity, 2) >= SEVERITY_RANK[fail_on] for c in report.conflicts)


def cmd_extract(args) -> int:
    from claimcheck import api

    report = api.extract(args.paths, lang=args.lang)
    _warn_errors(report)
    _render(report, args.format, args.output, claims_only=True)
    return EXIT_ERROR if _nothing_read(report) else EXIT_OK


def cmd_check(args) -> int:
    from claimcheck import api

    report = api.check(args.paths, model=args.model, lang=args.lang)
    _warn_errors(report)
    _render(report, args.format, args.output)
    if _nothing_read(report):
        return EXIT_ERROR
    return EXIT_CONFLICTS if _fails(report, args.fail_on) else EXIT_OK


def cmd_batch(args) -> int:
    from claimcheck import api
    from claimcheck import report as render
    from claimcheck.embed import load_encoder

    if not Path(args.root).is_dir():
        print(f"claimcheck: {args.root}: not a folder", file=sys.stderr)
        return EXIT_ERROR
    folders = api.story_folders(args.root)
    if not folders:
        print(f"claimcheck: {args.root}: no story folders (subfolders with article files) found", file=sys.stderr)
        return EXIT_ERROR
    out = Path(args.output_dir)
    out.mkdir(parents=True, exist_ok=True)
    encoder = load_encoder(args.model)
    index, any_conflict = [], False
    progress = None
    if not args.no_progress:
        from rich.progress import Progress

        progress = Progress(transient=True, console=render.stderr_console())
        progress.start()
        task = progress.add_task("checking stories", total=len(folders))
    try:
        for folder in folders:
            report = api.check([folder], encoder=encoder, story=folder.name)
            _warn_errors(report)
            any_conflict |= _fails(report, args.fail_on)
            if args.format == "json":
                (out / f"{folder.name}.json").write_text(render.to_json(report), encoding="utf-8")
            else:
                from claimcheck.report_html import page_filename, render_html

                page = page_filename(folder.name)
                if page == "index.html":  # the batch's own index page has that name
                    page = "index-story.html"
                (out / page).write_text(render_html(report), encoding="utf-8")
                index.append((folder.name, report, page))
            if progress:
                progress.advance(task)
    finally:
        if progress:
            progress.stop()
    if args.format == "html":
        from claimcheck.report_html import render_index

        (out / "index.html").write_text(render_index(index), encoding="utf-8")
    print(f"claimcheck: {len(folders)} stories checked, reports in {out}", file=sys.stderr)
    return EXIT_CONFLICTS if any_conflict else EXIT_OK


def cmd_baseline(args) -> int:
    from claimcheck.baseline import write_baseline_for

    n = write_baseline_for(args.paths, args.output, model=args.model)
    print(f"claimcheck: {n} accepted conflicts written to {args.output}", file=sys.stderr)
    return EXIT_OK


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
        return EXIT_ERROR
    try:
        return COMMANDS[args.command](args)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a user's mistake gets one line, a bug keeps its traceback
        from claimcheck.errors import UserError

        if isinstance(exc, UserError):
            print(f"claimcheck: {exc}", file=sys.stderr)
            return EXIT_ERROR
        if isinstance(exc, OSError) and exc.filename:  # an output path that cannot be written
            print(f"claimcheck: {exc.filename}: {exc.strerror or exc}", file=sys.stderr)
            return EXIT_ERROR
        raise


if __name__ == "__main__":
    raise SystemExit(main())
