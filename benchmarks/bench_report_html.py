#!/usr/bin/env python3
"""Benchmark the HTML report in Chromium: how long each story page of the dev batch takes to render.

Checks every story of ``../shared/eval/dev`` (20 stories, 3 to 5 versions each) once, writes one page per
story plus the batch index (as ``claimcheck batch --format html`` does), then opens each page in headless
Chromium ``--repeat`` times and reads the browser's own clock: navigation start to the end of the load
event (HTML parsed, CSS applied, the page's script run, first layout done).  Target: under 2 s per story page.

Needs ../shared and Debian's chromium + chromium-driver (``make browser``); run by hand:
``.venv/bin/python benchmarks/bench_report_html.py [--dev ../shared/eval/dev] [--model fake]``.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from report_html_browser import start_chromium  # noqa: E402  (the browser the tests drive)

from claimcheck.api import check, story_folders  # noqa: E402
from claimcheck.embed import load_encoder  # noqa: E402
from claimcheck.report_html import page_filename, render_html, render_index  # noqa: E402

TARGET_S = 2.0

TIMING = """
const nav = performance.getEntriesByType('navigation')[0];
return [nav.loadEventEnd, nav.domInteractive,
        document.querySelectorAll('#cc-diff-table tr').length, document.querySelectorAll('mark.claim').length];
"""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dev", type=Path, default=ROOT.parent / "shared" / "eval" / "dev")
    ap.add_argument("--model", default=None, help="encoder for the check (default: the built-in one; 'fake' is faster)")
    ap.add_argument("--repeat", type=int, default=3, help="page loads per story (the median is reported)")
    ap.add_argument("--out", type=Path, default=None, help="keep the pages here (default: a temporary folder)")
    args = ap.parse_args()
    if not args.dev.is_dir():
        print(f"no dev corpus at {args.dev}", file=sys.stderr)
        return 2
    out = args.out or Path(tempfile.mkdtemp(prefix="bench-report-html-"))
    out.mkdir(parents=True, exist_ok=True)

    encoder = load_encoder(args.model)
    entries, render_s, sizes = [], [], {}
    for folder in story_folders(args.dev):
        report = check([folder], encoder=encoder, story=folder.name)
        t = time.perf_counter()
        html = render_html(report)
        render_s.append(time.perf_counter() - t)
        page = page_filename(folder.name)
        (out / page).write_text(html, encoding="utf-8")
        sizes[folder.name] = len(html.encode("utf-8"))
        entries.append((folder.name, report, page))
    t = time.perf_counter()
    (out / "index.html").write_text(render_index(entries), encoding="utf-8")
    index_render_s = time.perf_counter() - t

    with tempfile.TemporaryDirectory() as profile:
        browser = start_chromium(Path(profile))
        try:
            browser.get((out / entries[0][2]).as_uri())  # warm the browser once
            rows = []
            for name, report, page in entries + [("(index)", None, "index.html")]:
                loads, walls = [], []
                for _ in range(args.repeat):
                    t = time.perf_counter()
                    browser.get((out / page).as_uri())
                    walls.append(time.perf_counter() - t)
                    load_ms, _, n_rows, n_marks = browser.execute_script(TIMING)
                    loads.append(load_ms / 1000)
                    browser.get("about:blank")
                rows.append((name, report, statistics.median(loads), statistics.median(walls), n_rows, n_marks))
        finally:
            browser.quit()

    print(f"{'story':<26} {'versions':>8} {'conflicts':>9} {'rows':>5} {'marks':>5} {'KiB':>6} "
          f"{'load s':>7} {'get() s':>7}")
    for name, report, load, wall, n_rows, n_marks in rows:
        versions = sum(1 for a in report.articles if a.ok) if report else "-"
        conflicts = len(report.conflicts) if report else "-"
        kib = sizes.get(name, (out / "index.html").stat().st_size) / 1024
        print(f"{name:<26} {versions:>8} {conflicts:>9} {n_rows:>5} {n_marks:>5} {kib:>6.0f} "
              f"{load:>7.3f} {wall:>7.3f}")
    story_loads = [r[2] for r in rows if r[1] is not None]
    worst = max(story_loads)
    print(f"\nstory pages: median load {statistics.median(story_loads):.3f} s, worst {worst:.3f} s "
          f"(target < {TARGET_S} s: {'met' if worst < TARGET_S else 'NOT met'}); "
          f"server-side render median {statistics.median(render_s) * 1000:.0f} ms, "
          f"worst {max(render_s) * 1000:.0f} ms; index render {index_render_s * 1000:.0f} ms")
    print(f"pages in {out}")
    return 0 if worst < TARGET_S else 1


if __name__ == "__main__":
    raise SystemExit(main())
