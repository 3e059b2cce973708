#!/usr/bin/env python3
"""Benchmark the whole pipeline as a user runs it.

1. `claimcheck batch` over the NTREX test documents (one story per document, its
   9 language versions: ~495 articles): wall time, peak memory (RSS of the child
   process) and the encoder's share of the time.
2. A repeated `claimcheck check` of the seed articles (embedding cache warm).
3. `claimcheck --help` start-up time.

Needs ../shared (the NTREX and seed corpora); run by hand: `make bench` or
`.venv/bin/python benchmarks/bench_batch.py [--shared ../shared]`.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from ntrex_stories import write_stories  # noqa: E402


def run(cmd: list[str], env=None) -> tuple[float, int, subprocess.CompletedProcess]:
    """Run a command; return wall seconds, peak RSS in MB of the child, the process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
    wall = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return wall, max(peak, before) // 1024, proc


def scaling(shared: Path, model: str | None, sizes=(500, 1000), repeat: int = 3) -> None:
    """Time ``check`` on one story grown to about ``sizes`` claims (NTREX test documents joined per
    language), with a warm embedding cache: how matching grows with the story."""
    from claimcheck.api import check
    from claimcheck.embed import load_encoder
    from ntrex_stories import articles_for, load_documents

    docs = sorted(load_documents(shared / "ntrex", "test").items())
    encoder = load_encoder(model)
    for target in sizes:
        joined: dict[str, list[str]] = {}
        claims = 0
        for doc, versions in docs:
            for lang, lines in versions.items():
                joined.setdefault(lang, []).extend(lines)
            claims = len(check(articles_for("scaling", joined), encoder=encoder).claims)
            if claims >= target:
                break
        articles = articles_for("scaling", joined)
        check(articles, encoder=encoder)  # warm the embedding cache
        runs = []
        for _ in range(repeat):  # best of several: a shared machine's noise is as large as the effect
            t0 = time.perf_counter()
            report = check(articles, encoder=encoder)
            runs.append((time.perf_counter() - t0, report))
        wall, report = min(runs, key=lambda r: r[0])
        print(f"one story of {len(report.claims)} claims ({len(articles)} articles): check {wall:.2f} s warm, best of "
              f"{repeat} (match {report.timings.get('match', 0):.2f} s, compare {report.timings.get('compare', 0):.2f} s; "
              f"worst {max(r[0] for r in runs):.2f} s)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--model", default=None)
    ap.add_argument("--scaling", action="store_true", help="only time one story of ~500 and ~1,000 claims")
    args = ap.parse_args()
    if args.scaling:
        scaling(Path(args.shared), args.model)
        return
    shared = Path(args.shared)
    cli = str(Path(sys.executable).parent / "claimcheck")
    model = ["--model", args.model] if args.model else []

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        stories = write_stories(shared / "ntrex", tmp / "ntrex", split="test")
        n_articles = sum(len(list(p.iterdir())) for p in stories)
        env = dict(os.environ, CLAIMCHECK_CACHE=str(tmp / "cache"))
        wall, peak, proc = run([cli, "batch", str(tmp / "ntrex"), "--output-dir", str(tmp / "out"),
                                "--no-progress", "--timings", *model], env=env)
        if proc.returncode not in (0, 1):
            sys.exit(f"batch failed ({proc.returncode}): {proc.stderr[-2000:]}")
        timings: dict[str, float] = {}
        conflicted = 0
        for f in (tmp / "out").glob("*.json"):
            rep = json.loads(f.read_text())
            conflicted += bool(rep["conflicts"])
            for k, v in rep.get("timings", {}).items():
                timings[k] = timings.get(k, 0.0) + v
        enc = timings.get("encode", 0.0) + timings.get("load_model", 0.0)
        print(f"batch NTREX test: {len(stories)} stories, {n_articles} articles, cold cache: "
              f"wall {wall:.1f} s, peak RSS {peak} MB, encoder {enc:.1f} s ({100 * enc / wall:.0f} %; "
              f"wall / encoder {wall / max(enc, 1e-9):.2f}x), stories with any conflict {conflicted}")
        print("  stage seconds (summed over stories): "
              + ", ".join(f"{k} {v:.1f}" for k, v in sorted(timings.items())))
        shutil.rmtree(tmp / "out")
        wall2, _, _ = run([cli, "batch", str(tmp / "ntrex"), "--output-dir", str(tmp / "out"),
                           "--no-progress", *model], env=env)
        print(f"batch NTREX test, warm embedding cache: wall {wall2:.1f} s")

        seeds = shared / "seeds" / "openai-2023"
        run([cli, "check", str(seeds), "--format", "json", "-o", str(tmp / "s.json"), *model], env=env)
        times = []
        for _ in range(5):  # a shared machine's noise: the median says more than one run
            w, peak_s, proc = run([cli, "check", str(seeds), "--format", "json", "-o", str(tmp / "s.json"), *model],
                                  env=env)
            times.append(w)
        print(f"repeated check of the seeds ({len(list(seeds.iterdir()))} articles): "
              f"best {min(times):.2f} s, median {sorted(times)[len(times) // 2]:.2f} s, worst {max(times):.2f} s, "
              f"exit {proc.returncode}")

        helps = []
        for _ in range(5):
            w, _, _ = run([cli, "--help"])
            helps.append(w)
        print(f"claimcheck --help: best {min(helps) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
