"""claimcheck beside Microsoft Recognizers-Text (and Duckling when one runs) on our own sentences.

The sentence set is the extraction specs (``tests/lang/specs/<lang>.json``: written for claimcheck,
one expected figure each, 16 languages).  Caveat: claimcheck's tests pass on these very sentences,
so its column is 100 % by construction; it is an upper bound, not a held-out measure.  A fair
comparison needs sentences claimcheck was never tuned on (``--specs DIR`` reads another folder of
the same format).  A sentence counts as *read and valued right* when some
number the engine returns equals the expected value (±0.2 %; dates and times: the expected string
appears in the engine's resolution) — deliberately lenient to the other engines: their units,
kinds and qualifiers are not compared.

Recognizers-Text is installed by this script into a throwaway environment, never the project's:

    .venv/bin/python benchmarks/bench_recognizers.py --setup          # creates /tmp/claimcheck-rt (pip)
    .venv/bin/python benchmarks/bench_recognizers.py [--duckling-url http://localhost:8000/parse]

Recognizers-Text has no cs, de, pl, ru, hi, ar culture in its Python package: those sentences are
read with its English culture (digits still read).  Duckling is a Haskell service: pass the URL
of a running one, otherwise its column reads n/a.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import urllib.parse
import urllib.request
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPECS = ROOT / "tests" / "lang" / "specs"
RT_ENV = Path("/tmp/claimcheck-rt")
RT_CULTURES = {"en": "English", "es": "Spanish", "fr": "French", "it": "Italian", "pt": "Portuguese", "nl": "Dutch",
               "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "tr": "Turkish"}
DUCKLING_LOCALES = {"en": "en_GB", "es": "es_ES", "fr": "fr_FR", "de": "de_DE", "it": "it_IT", "pt": "pt_PT", "nl": "nl_NL",
                    "zh": "zh_CN", "ja": "ja_JP", "ko": "ko_KR", "ru": "ru_RU", "pl": "pl_PL", "tr": "tr_TR", "ar": "ar_EG",
                    "hi": "hi_IN", "cs": "cs_CZ"}

RT_RUNNER = r'''
import json, sys
from recognizers_suite import Culture, recognize_number, recognize_currency, recognize_dimension
from recognizers_suite import recognize_datetime, recognize_percentage, recognize_age
out = []
for line in sys.stdin:
    item = json.loads(line)
    culture = getattr(Culture, item["culture"])
    found = []
    for fn in (recognize_number, recognize_currency, recognize_percentage, recognize_dimension, recognize_age,
               recognize_datetime):
        try:
            for r in fn(item["text"], culture):
                found.append(json.dumps(r.resolution, ensure_ascii=False, default=str))
        except Exception:
            pass
    out.append(found)
print(json.dumps(out))
'''


def cases(folder: Path = SPECS) -> list[tuple[str, dict]]:
    out = []
    for path in sorted(Path(folder).glob("*.json")):
        spec = json.loads(path.read_text(encoding="utf-8"))
        for case in spec["cases"]:
            if case.get("claims") == 0 or case.get("unsupported") or case.get("value") is None:
                continue
            out.append((spec["lang"], case))
    return out


def _numbers(blob: str) -> list[float]:
    import re

    vals = []
    for m in re.finditer(r"-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?", blob):
        try:
            vals.append(float(m.group()))
        except ValueError:
            pass
    return vals


def right(expected, found: list[str]) -> bool:
    if isinstance(expected, str):
        return any(expected in f for f in found)
    return any(abs(v - expected) <= 2e-3 * max(abs(expected), 1e-9) for f in found for v in _numbers(f))


def claimcheck_found(lang: str, text: str) -> list[str]:
    from claimcheck.extract import extract_text

    return [json.dumps({"value": c.value}) for c in extract_text(text, lang, reference_year=2025)]


def rt_found(items: list[tuple[str, dict]], python: Path) -> list[list[str]]:
    payload = "\n".join(json.dumps({"text": c["input"], "culture": RT_CULTURES.get(lang, "English")}, ensure_ascii=False)
                        for lang, c in items)
    res = subprocess.run([str(python), "-c", RT_RUNNER], input=payload, capture_output=True, text=True, timeout=1800)
    if res.returncode:
        raise SystemExit(f"Recognizers-Text failed: {res.stderr[-2000:]}")
    return json.loads(res.stdout)


def duckling_found(lang: str, text: str, url: str) -> list[str]:
    data = urllib.parse.urlencode({"locale": DUCKLING_LOCALES.get(lang, "en_GB"), "text": text}).encode()
    with urllib.request.urlopen(url, data=data, timeout=30) as resp:  # noqa: S310 (a local service the user names)
        return [json.dumps(x.get("value", {}), ensure_ascii=False) for x in json.loads(resp.read())]


def setup() -> None:
    subprocess.run([sys.executable, "-m", "venv", str(RT_ENV)], check=True)
    subprocess.run([str(RT_ENV / "bin" / "pip"), "install", "-q", "recognizers-text-suite", "emoji<2"], check=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--setup", action="store_true", help="create the throwaway Recognizers-Text environment")
    ap.add_argument("--rt-python", default=str(RT_ENV / "bin" / "python"))
    ap.add_argument("--duckling-url", help="a running Duckling's /parse endpoint")
    ap.add_argument("--specs", default=str(SPECS), help="folder of <lang>.json spec files (default: the test specs)")
    args = ap.parse_args(argv)
    if args.setup:
        setup()
    items = cases(Path(args.specs))
    cc = [right(c["value"], claimcheck_found(lang, c["input"])) for lang, c in items]
    rt = ([right(c["value"], f) for (lang, c), f in zip(items, rt_found(items, Path(args.rt_python)))]
          if Path(args.rt_python).exists() else [None] * len(items))
    dk = ([right(c["value"], duckling_found(lang, c["input"], args.duckling_url)) for lang, c in items]
          if args.duckling_url else [None] * len(items))
    table = defaultdict(lambda: [0, 0, 0, 0])
    for (lang, _), a, b, d in zip(items, cc, rt, dk):
        row = table[lang]
        row[0] += 1
        row[1] += a
        row[2] += bool(b)
        row[3] += bool(d)

    def pct(n, total, present):
        return f"{n / total:6.1%}" if present else "   n/a"

    print(f"{'lang':5} {'cases':>5}  {'claimcheck':>10}  {'Recognizers':>11}  {'Duckling':>8}")
    for lang, (n, a, b, d) in sorted(table.items()):
        print(f"{lang:5} {n:5d}  {pct(a, n, True):>10}  {pct(b, n, rt[0] is not None):>11}  {pct(d, n, dk[0] is not None):>8}")
    n = len(items)
    print(f"{'all':5} {n:5d}  {pct(sum(cc), n, True):>10}  {pct(sum(map(bool, rt)), n, rt[0] is not None):>11}  "
          f"{pct(sum(map(bool, dk)), n, dk[0] is not None):>8}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
