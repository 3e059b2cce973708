"""Bounded work: hostile-sized inputs finish within a minute and say what was cut.

    .venv/bin/python benchmarks/bench_limits.py [--model NAME] [--only CASE ...] [--limit-s 60]
        [--max-article-chars N]

Cases (each `check`ed in a fresh subprocess, embedding cache off, timed wall-clock):

- ``1mb-article``: a 1 MB English article of varied sentences with figures, beside a short
  Spanish one;
- ``repeated-0.5mb``: a 0.5 MB article that repeats one short article (thousands of
  look-alike claims), beside that short article in French;
- ``2mb-line``: a 2 MB line without spaces holding two figures, beside a short article;
- ``slow-url``: a local server sending 2 bytes a second: the download must be abandoned
  within ``claimcheck.read.URL_DEADLINE_S``.

Prints one row per case (seconds, claims, conflicts, notices) and exits 1 when a case
misses its bound.  Synthetic data only: nothing outside the repository is read.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

SHORT_EN = ("Nordalia said on Monday it would invest 13 billion euros in its power grid by 2030. "
            "The company employs 2,300 technicians and expects sales to rise 7.5% this year. "
            "About 40 million customers will be connected to the new network.\n")
SHORT_ES = ("Nordalia anunció el lunes que invertirá 13.000 millones de euros en su red eléctrica hasta 2030. "
            "La empresa emplea a 2.300 técnicos y espera que las ventas suban un 7,5 % este año. "
            "Unos 40 millones de clientes se conectarán a la nueva red.\n")
SHORT_FR = ("Nordalia a annoncé lundi qu'elle investirait 13 milliards d'euros dans son réseau d'ici 2030. "
            "L'entreprise emploie 2 300 techniciens et prévoit une hausse des ventes de 7,5 % cette année. "
            "Environ 40 millions de clients seront raccordés au nouveau réseau.\n")

SUBJECTS = ["the company", "the ministry", "the city council", "the regional bank", "the airline", "the utility",
            "the hospital group", "the port authority", "the university", "the rail operator"]
VERBS = ["invested", "spent", "raised", "lost", "earned", "borrowed", "saved", "paid"]
UNITS = ["million euros", "billion dollars", "million pounds", "thousand yen"]
WORDS = ("report analysts expected growth markets regulators said statement quarter region workers plans "
         "network customers prices contracts project budget figures officials described").split()


def varied_article(size: int, seed: int = 7) -> str:
    """English prose of about ``size`` characters: paragraphs of distinct sentences with figures."""
    rng = random.Random(seed)
    parts, total = [], 0
    while total < size:
        sentences = []
        for _ in range(5):
            filler = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 14)))
            sentence = (f"In {rng.randint(1990, 2024)}, {rng.choice(SUBJECTS)} {rng.choice(VERBS)} "
                        f"{rng.randint(2, 950)} {rng.choice(UNITS)}, {filler}, and {rng.randint(2, 99)}% of "
                        f"the {rng.randint(100, 9000):,} {rng.choice(WORDS)} agreed.")
            sentences.append(sentence)
        paragraph = " ".join(sentences) + "\n\n"
        parts.append(paragraph)
        total += len(paragraph)
    return "".join(parts)


def make_story(case: str, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    if case == "1mb-article":
        (folder / "en.txt").write_text(varied_article(1_000_000), encoding="utf-8")
        (folder / "es.txt").write_text(SHORT_ES, encoding="utf-8")
    elif case == "repeated-0.5mb":
        (folder / "en.txt").write_text(SHORT_EN * (500_000 // len(SHORT_EN)), encoding="utf-8")
        (folder / "fr.txt").write_text(SHORT_FR, encoding="utf-8")
    elif case == "2mb-line":
        # two figures in one 2 MB "sentence": the article cut leaves the first, whose sentence the encoder cap cuts
        line = "Profit:13%;" + "_" * 1_000_000 + ";costs:€2bn;" + "x" * 1_000_000
        (folder / "en.txt").write_text(line + "\n", encoding="utf-8")
        (folder / "es.txt").write_text(SHORT_ES, encoding="utf-8")
    else:
        raise ValueError(case)


def run_check(case: str, model: str | None, limit_s: float, max_chars: int | None = None) -> dict:
    """``claimcheck check`` of the case's story in a subprocess; its wall time and report figures."""
    with tempfile.TemporaryDirectory() as tmp:
        story = Path(tmp) / case
        make_story(case, story)
        sizes = {p.name: p.stat().st_size for p in story.iterdir()}
        out = Path(tmp) / "report.json"
        cmd = [sys.executable, "-m", "claimcheck", "check", str(story), "--format", "json", "-o", str(out),
               "--no-progress", "--timings"] + (["--model", model] if model else []) \
            + (["--max-article-chars", str(max_chars)] if max_chars else [])
        env = dict(os.environ, CLAIMCHECK_NO_CACHE="1")
        started = time.perf_counter()
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=max(limit_s * 5, 300))
        except subprocess.TimeoutExpired:
            return {"case": case, "seconds": None, "ok": False, "note": "did not finish", "sizes": sizes}
        seconds = time.perf_counter() - started
        row = {"case": case, "seconds": round(seconds, 1), "exit": proc.returncode, "sizes": sizes}
        if out.exists():
            report = json.loads(out.read_text(encoding="utf-8"))
            row.update(claims=len(report["claims"]), conflicts=len(report["conflicts"]),
                       findings=len(report.get("findings", [])), notices=report.get("notices", []),
                       timings={k: round(v, 1) for k, v in report.get("timings", {}).items()})
        else:
            row["stderr"] = proc.stderr[-2000:]
        row["ok"] = proc.returncode in (0, 1) and seconds <= limit_s
        return row


class _TrickleHandler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (http.server's naming)
        self.send_response(200)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.end_headers()
        try:
            while True:
                self.wfile.write(b"ab")
                self.wfile.flush()
                time.sleep(1)
        except OSError:
            return

    def log_message(self, *args):
        pass


def run_slow_url() -> dict:
    """A server sending 2 bytes a second: ``read_url`` must give up within its deadline."""
    from claimcheck import read

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _TrickleHandler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        started = time.perf_counter()
        article = read.read_url(f"http://127.0.0.1:{httpd.server_address[1]}/story")
        seconds = time.perf_counter() - started
    finally:
        httpd.shutdown()
        httpd.server_close()
    return {"case": "slow-url", "seconds": round(seconds, 1), "deadline": read.URL_DEADLINE_S,
            "error": article.error, "ok": (not article.ok) and seconds <= read.URL_DEADLINE_S + 1.0}


CASES = ("1mb-article", "repeated-0.5mb", "2mb-line", "slow-url")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", help="encoder (default: claimcheck's default)")
    parser.add_argument("--only", nargs="+", choices=CASES, help="run only these cases")
    parser.add_argument("--limit-s", type=float, default=60.0, help="bound for each check (default 60)")
    parser.add_argument("--max-article-chars", type=int, help="raise the article cap (1000000: no cut) to time matching")
    args = parser.parse_args()
    rows = []
    for case in args.only or CASES:
        row = run_slow_url() if case == "slow-url" else run_check(case, args.model, args.limit_s,
                                                                    args.max_article_chars)
        rows.append(row)
        print(json.dumps(row, ensure_ascii=False), flush=True)
    failed = [r["case"] for r in rows if not r["ok"]]
    print(f"{len(rows) - len(failed)}/{len(rows)} within bounds" + (f"; over: {', '.join(failed)}" if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    raise SystemExit(main())
