"""Which sentence encoder should be claimcheck's default?  Quality and cost, measured.

Quality, on a gold corpus (default ``../shared/eval/dev``, gold mentions standing in for
extracted claims): for each mention, does the nearest same-kind mention in another
article of the story state the same fact (top-1), and how well does the cosine rank
same-fact pairs above different-fact pairs (AUC over all cross-article same-kind pairs)?
Contexts compared: the raw sentence, the clause around the quote (``clause_span``),
a +-60-character window, and sentence+clause averaged.

Cost, each encoder in a fresh process: cold start (import + load + first text),
sentences per second at batch 32 and 64 over the corpus sentences, peak RSS.

Run by hand (not a test; it reads ../shared):
    .venv/bin/python benchmarks/bench_encoders.py [GOLD_DIR] [--encoders use-multilingual,e5-small]
"""
from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEFAULT_GOLD = ROOT.parent / "shared" / "eval" / "dev"
SENTENCE_END = re.compile(r"[.!?](?=\s|$)|[。！？]|\n")
WINDOW = 60


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """A plain split on . ! ? (before a space) 。！？ and newlines: enough for measuring."""
    a = 0
    for m in SENTENCE_END.finditer(text, 0, start):
        a = m.end()
    m = SENTENCE_END.search(text, end)
    b = m.end() if m else len(text)
    return a, b


def load_mentions(gold_dir: Path) -> list[dict]:
    """Every gold mention with its sentence, clause and window text."""
    from claimcheck.embed import clause_span

    mentions = []
    for cluster in sorted(p for p in gold_dir.iterdir() if (p / "gold.json").is_file()):
        gold = json.loads((cluster / "gold.json").read_text(encoding="utf-8"))
        texts = {a: (cluster / f"{a}.txt").read_text(encoding="utf-8") for a in gold["articles"]}
        for fact in gold["facts"]:
            for m in fact["mentions"]:
                text = texts[m["article"]]
                pos = -1
                for _ in range(m.get("occurrence", 1)):
                    pos = text.find(m["quote"], pos + 1)
                if pos < 0:
                    continue
                end = pos + len(m["quote"])
                a, b = sentence_around(text, pos, end)
                raw = text[a:b]
                lead = len(raw) - len(raw.lstrip())
                sent = raw.strip()
                s0, s1 = pos - a - lead, end - a - lead
                c0, c1 = clause_span(sent, s0, s1)
                mentions.append({
                    "cluster": cluster.name, "article": m["article"], "fact": fact["id"], "kind": fact["kind"],
                    "sentence": sent, "clause": sent[c0:c1].strip(" ,;:，；：、"),
                    "window": sent[max(0, s0 - WINDOW): s1 + WINDOW].strip(),
                })
    return mentions


def quality(mentions: list[dict], vecs: dict[str, np.ndarray]) -> dict[str, float]:
    from sklearn.metrics import roc_auc_score

    n = len(mentions)
    hits = tried = 0
    labels, scores = [], []
    sim = vecs["sim"]
    for i in range(n):
        mi = mentions[i]
        cands = [j for j in range(n) if mentions[j]["cluster"] == mi["cluster"]
                 and mentions[j]["article"] != mi["article"] and mentions[j]["kind"] == mi["kind"]]
        if not any(mentions[j]["fact"] == mi["fact"] for j in cands):
            continue
        tried += 1
        best = max(cands, key=lambda j: sim[i, j])
        hits += mentions[best]["fact"] == mi["fact"]
        for j in cands:
            if j > i:
                labels.append(mentions[j]["fact"] == mi["fact"])
                scores.append(sim[i, j])
    return {"top1": hits / tried, "auc": float(roc_auc_score(labels, scores)), "queries": tried,
            "pairs": len(labels)}


def measure_quality(gold_dir: Path, encoders: list[str]) -> dict:
    from claimcheck.embed import load_encoder

    mentions = load_mentions(gold_dir)
    out = {}
    for name in encoders:
        enc = load_encoder(name, cache=False)
        emb = {}
        for ctx in ("sentence", "clause", "window"):
            texts = [m[ctx] for m in mentions]
            uniq = list(dict.fromkeys(texts))
            v = enc.encode(uniq)
            row = {t: k for k, t in enumerate(uniq)}
            emb[ctx] = v[[row[t] for t in texts]]
        res = {}
        for ctx in ("sentence", "clause", "window"):
            res[ctx] = quality(mentions, {"sim": emb[ctx] @ emb[ctx].T})
        for a, b in (("sentence", "clause"), ("sentence", "window")):
            res[f"{a}+{b}"] = quality(mentions, {"sim": (emb[a] @ emb[a].T + emb[b] @ emb[b].T) / 2})
        out[name] = res
    return {"mentions": len(mentions), "results": out}


def corpus_sentences(gold_dir: Path) -> list[str]:
    sents = []
    for f in sorted(gold_dir.glob("*/*.txt")):
        text = f.read_text(encoding="utf-8")
        a = 0
        for m in SENTENCE_END.finditer(text):
            s = text[a:m.end()].strip()
            if len(s) > 3:
                sents.append(s)
            a = m.end()
    return sents


def peak_rss_mb() -> float:
    """VmHWM, not ru_maxrss: the latter keeps the parent's peak across fork+exec."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(name: str, gold_dir: Path) -> None:
    """Runs in a fresh process: cold start, throughput, peak RSS of one encoder."""
    t0 = time.perf_counter()
    from claimcheck.embed import load_encoder

    enc = load_encoder(name, cache=False)
    enc.encode(["cold start"])
    cold = time.perf_counter() - t0
    sents = corpus_sentences(gold_dir)
    speeds, cpu_speeds = {}, {}
    for bs in (32, 64):
        t, c = time.perf_counter(), time.process_time()
        for i in range(0, len(sents), bs):
            enc.encode(sents[i : i + bs])
        speeds[bs] = len(sents) / (time.perf_counter() - t)
        cpu_speeds[bs] = len(sents) / (time.process_time() - c)
    mean_chars = sum(map(len, sents)) / len(sents)
    rss = peak_rss_mb()
    print(json.dumps({"cold_start_s": cold, "sent_per_s": speeds, "sent_per_cpu_s": cpu_speeds, "sentences": len(sents),
                      "mean_chars": mean_chars, "peak_rss_mb": rss}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold", nargs="?", default=str(DEFAULT_GOLD))
    ap.add_argument("--encoders", default="use-multilingual,e5-small")
    ap.add_argument("--cost-only", action="store_true", help="skip the quality measurement")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    gold = Path(args.gold)
    if args.child:
        child(args.child, gold)
        return
    names = args.encoders.split(",")
    # Build the e5 folder first so its one-off conversion is not counted as cold start.
    if "e5-small" in names:
        from claimcheck.embed import build_e5_model

        t = time.perf_counter()
        folder = build_e5_model()
        print(f"e5-small folder: {folder} (ready in {time.perf_counter() - t:.1f} s)")
    if not args.cost_only:
        print_quality(gold, names)
    print_cost(gold, names)


def print_quality(gold: Path, names: list[str]) -> None:
    q = measure_quality(gold, names)
    print(f"\nquality on {gold} ({q['mentions']} mentions); top-1 same fact among same-kind mentions of other "
          "articles / AUC same-fact vs different-fact cosine")
    print(f"{'encoder':18} {'context':16} {'top-1':>6} {'AUC':>6}")
    for name, res in q["results"].items():
        for ctx, r in res.items():
            print(f"{name:18} {ctx:16} {r['top1']:6.3f} {r['auc']:6.3f}")
    print(f"(queries {next(iter(q['results'].values()))['sentence']['queries']}, "
          f"pairs {next(iter(q['results'].values()))['sentence']['pairs']})")


def print_cost(gold: Path, names: list[str]) -> None:
    print(f"\ncost, fresh process each, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")
    print(f"{'encoder':18} {'cold start s':>12} {'sent/s b32':>10} {'sent/s b64':>10} {'per CPU-s b32':>13} "
          f"{'peak RSS MB':>11}")
    for name in names:
        r = subprocess.run([sys.executable, __file__, str(gold), "--child", name],
                           capture_output=True, text=True, env={**os.environ, "CLAIMCHECK_NO_CACHE": "1"})
        if r.returncode:
            print(name, "failed:", r.stderr[-500:])
            continue
        c = json.loads(r.stdout.strip().splitlines()[-1])
        print(f"{name:18} {c['cold_start_s']:12.2f} {c['sent_per_s']['32']:10.0f} {c['sent_per_s']['64']:10.0f} "
              f"{c['sent_per_cpu_s']['32']:13.0f} {c['peak_rss_mb']:11.0f}   ({c['sentences']} sentences, mean {c['mean_chars']:.0f} chars)")


if __name__ == "__main__":
    main()
