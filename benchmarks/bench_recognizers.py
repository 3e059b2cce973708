"""claimcheck beside Microsoft Recognizers-Text and Duckling on our own news sentences, 16 languages.

    .venv/bin/python benchmarks/bench_recognizers.py [--markdown FILE] [--json FILE] [--misses]

The sentences are ``benchmarks/data/number_sentences.jsonl`` (written for this benchmark, not taken
from any corpus): one JSON object a line, ``id``, ``lang``, ``text`` and ``numbers``: every number
the sentence states, as ``text`` (its span: the number with its scale words and unit), ``start`` /
``end`` (character offsets), ``value`` (as the words mean it, scale applied: "2.400 millones" is
2.4e9; percentages as 7.5; dates and times as ``YYYY[-MM[-DD]]`` / ``HH:MM`` strings) and ``unit``
(ISO 4217 code, ``%``, a unit symbol, ``date``/``time``; absent for plain counts).  16 sentences a
language: digits with the language's separators, scale words (millones, milliards, 亿, 억, crore,
milyar …), spelled numbers, percentages, money, measures, durations and dates.

Per language and engine, two figures over the expected numbers:

* **read**: some entity the engine returns overlaps the number's span;
* **read+valued**: some overlapping entity carries the expected value (±0.2 %; a date or time:
  the expected string occurs in the entity's resolution, and a bare year also matches the number).

The scoring is deliberately lenient to the other engines: units, kinds and qualifiers are not
compared, and any overlapping entity of any type may carry the value.

Recognizers-Text (PyPI ``recognizers-text-suite``; its number, percentage, currency, dimension,
temperature, age and datetime models) and Duckling (PyPI ``pyduckling-native-phihos``, else
``pyduckling-native``: a binary wheel of the Haskell library, no build) are never project
dependencies: the first run installs them with pip into a throwaway virtual environment
(``--venv``, default ``/tmp/cc-bench-venv``) and runs each of them there as a subprocess that reads
the sentences on stdin and prints JSON.  An engine that cannot be installed or started is reported
as such and its column reads n/a.  Recognizers-Text's Python package has cultures for en es fr it
pt nl zh ja ko tr only: cs de pl ru hi ar are read with its English culture (marked ``*``).
claimcheck is read in this process through ``claimcheck.extract`` with the language given.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data" / "number_sentences.jsonl"
VENV = Path("/tmp/cc-bench-venv")
LANGS = ("en", "es", "fr", "de", "zh", "pt", "it", "ja", "ru", "pl", "cs", "nl", "hi", "ko", "tr", "ar")
RT_CULTURES = {"en": "English", "es": "Spanish", "fr": "French", "it": "Italian", "pt": "Portuguese", "nl": "Dutch",
               "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "tr": "Turkish"}
RT_PACKAGES = ["recognizers-text-suite", "emoji<2"]  # 1.0.2a2 imports emoji.UNICODE_EMOJI, gone in emoji 2
DUCKLING_PACKAGES = ["pyduckling-native-phihos", "pyduckling-native"]  # first that installs as a binary wheel
TOLERANCE = 2e-3

RT_RUNNER = r'''
import json, sys
from recognizers_text import Culture
from recognizers_number import NumberRecognizer
from recognizers_number_with_unit import NumberWithUnitRecognizer
from recognizers_date_time import DateTimeRecognizer
models = {}
def culture_models(name):
    if name not in models:
        c = getattr(Culture, name)
        found = []
        for kind, make in (("number", lambda: NumberRecognizer(c).get_number_model()),
                           ("percentage", lambda: NumberRecognizer(c).get_percentage_model()),
                           ("currency", lambda: NumberWithUnitRecognizer(c).get_currency_model()),
                           ("dimension", lambda: NumberWithUnitRecognizer(c).get_dimension_model()),
                           ("temperature", lambda: NumberWithUnitRecognizer(c).get_temperature_model()),
                           ("age", lambda: NumberWithUnitRecognizer(c).get_age_model()),
                           ("datetime", lambda: DateTimeRecognizer(c).get_datetime_model())):
            try:
                found.append((kind, make()))
            except Exception as e:
                print(f"{name} {kind}: {e!r}", file=sys.stderr)
        models[name] = found
    return models[name]
for line in sys.stdin:
    item = json.loads(line)
    out = []
    for kind, model in culture_models(item["culture"]):
        try:
            results = model.parse(item["text"])
        except Exception as e:
            print(f"{item['id']} {kind}: {e!r}", file=sys.stderr)
            continue
        for r in results:  # Recognizers-Text ends are inclusive
            out.append({"start": r.start, "end": r.end + 1, "type": r.type_name,
                        "resolution": json.loads(json.dumps(r.resolution, default=str))})
    print(json.dumps({"id": item["id"], "entities": out}, ensure_ascii=False), flush=True)
'''

DUCKLING_RUNNER = r'''
import json, sys
import duckling as d
tz = d.load_time_zones("/usr/share/zoneinfo")
ref = d.parse_ref_time(tz, "UTC", 1750000000)  # 2025-06-15: fixed, so runs repeat
dims = d.parse_dimensions(["amount-of-money", "distance", "duration", "number", "ordinal", "quantity",
                           "temperature", "time", "volume"])
contexts = {}
for line in sys.stdin:
    item = json.loads(line)
    lang = item["lang"].upper()
    if lang not in contexts:
        contexts[lang] = d.Context(ref, d.default_locale_lang(d.parse_lang(lang)))
    out = []
    for r in d.parse(item["text"], contexts[lang], dims, False):  # character offsets, end exclusive
        out.append({"start": r["start"], "end": r["end"], "type": r["dim"], "resolution": r["value"]})
    print(json.dumps({"id": item["id"], "entities": out}, ensure_ascii=False), flush=True)
'''


def load(path: Path) -> list[dict]:
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for item in items:
        for n in item["numbers"]:
            assert item["text"][n["start"]:n["end"]] == n["text"], (item["id"], n["text"])
    return items


# ---------------------------------------------------------------- throwaway environment

def _pip(venv: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "-q", "--disable-pip-version-check",
                           *args], capture_output=True, text=True, timeout=900)


def _imports(venv: Path, module: str) -> bool:
    py = venv / "bin" / "python"
    return py.exists() and subprocess.run([str(py), "-c", f"import {module}"], capture_output=True,
                                          timeout=300).returncode == 0


def setup(venv: Path, notes: list[str]) -> dict[str, bool]:
    """Create the throwaway venv and pip-install both engines; what failed goes into ``notes``."""
    if not (venv / "bin" / "python").exists():
        python = shutil.which("python3") or sys.executable
        subprocess.run([python, "-m", "venv", str(venv)], check=True)
    ok = {}
    if not _imports(venv, "recognizers_number"):
        res = _pip(venv, *RT_PACKAGES)
        if res.returncode:
            notes.append(f"Recognizers-Text: pip install {' '.join(RT_PACKAGES)} failed: {_tail(res.stderr)}")
    ok["rt"] = _imports(venv, "recognizers_number")
    if not _imports(venv, "duckling"):
        errors = []
        for pkg in DUCKLING_PACKAGES:
            res = _pip(venv, "--only-binary", ":all:", pkg)
            if res.returncode == 0 and _imports(venv, "duckling"):
                break
            errors.append(f"{pkg}: {_tail(res.stderr) or 'installed but does not import'}")
        else:
            notes.append("Duckling could not be installed offline here (no binary wheel of "
                         + " / ".join(DUCKLING_PACKAGES) + "): " + "; ".join(errors))
    ok["duckling"] = _imports(venv, "duckling")
    return ok


def _tail(text: str, n: int = 300) -> str:
    lines = [x for x in text.strip().splitlines() if not x.startswith("WARNING: Location")]
    return " | ".join(lines)[-n:]


def versions(venv: Path) -> dict[str, str]:
    res = subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "list", "--format", "json",
                          "--disable-pip-version-check"], capture_output=True, text=True, timeout=120)
    try:
        return {p["name"].lower(): p["version"] for p in json.loads(res.stdout)}
    except ValueError:
        return {}


def run_engine(venv: Path, runner: str, items: list[dict], notes: list[str], name: str) -> dict[str, list] | None:
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(runner)
    try:
        payload = "\n".join(json.dumps({"id": it["id"], "lang": it["lang"], "text": it["text"],
                                        "culture": RT_CULTURES.get(it["lang"], "English")}, ensure_ascii=False)
                            for it in items)
        env = dict(os.environ, OMP_NUM_THREADS="1", PYTHONIOENCODING="utf-8")
        res = subprocess.run([str(venv / "bin" / "python"), f.name], input=payload, capture_output=True, text=True,
                             timeout=3600, env=env)
    finally:
        os.unlink(f.name)
    out = {}
    for line in res.stdout.splitlines():
        try:
            row = json.loads(line)
        except ValueError:
            continue
        out[row["id"]] = row["entities"]
    if res.returncode or len(out) < len(items):
        notes.append(f"{name}: exit {res.returncode}, {len(out)}/{len(items)} sentences answered: {_tail(res.stderr)}")
    return out or None


# ---------------------------------------------------------------- claimcheck

def run_claimcheck(items: list[dict]) -> dict[str, list]:
    sys.path.insert(0, str(ROOT))
    import claimcheck

    out: dict[str, list] = {}
    by_lang = defaultdict(list)
    for it in items:
        by_lang[it["lang"]].append(it)
    for lang, group in by_lang.items():
        report = claimcheck.extract({it["id"]: it["text"] for it in group}, lang=lang)
        texts = {a.id: a.text for a in report.articles}
        shift = {}
        for it in group:  # offsets index the article's text as read; map them onto the sentence
            shift[it["id"]] = max(texts.get(it["id"], "").find(it["text"]), 0)
            out[it["id"]] = []
        for c in report.claims:
            q = c.quantity
            res = {"value": q.value, "unit": q.unit}
            if q.low is not None or q.high is not None:
                res["range"] = [q.low, q.high]
            off = shift.get(c.article, 0)
            out.setdefault(c.article, []).append({"start": c.start - off, "end": c.end - off, "type": q.kind,
                                                  "resolution": res})
    return out


# ---------------------------------------------------------------- scoring

_NUM = re.compile(r"^[-+]?\d[\d,.\s]*(?:[eE][-+]?\d+)?$")


def _as_number(s: str) -> float | None:
    s = s.strip().rstrip("%").strip()
    if not s or not _NUM.match(s):
        return None
    s = s.replace(" ", "")
    if "," in s and "." in s:
        s = s.replace(",", "")
    elif "," in s:  # Recognizers-Text writes the culture's decimal comma: "7,5"
        s = s.replace(",", ".") if s.count(",") == 1 and len(s.split(",")[1]) != 3 else s.replace(",", "")
    try:
        return float(s)
    except ValueError:
        return None


def _leaves(obj, nums: list[float], strs: list[str]) -> None:
    if isinstance(obj, dict):
        for v in obj.values():
            _leaves(v, nums, strs)
    elif isinstance(obj, list):
        for v in obj:
            _leaves(v, nums, strs)
    elif isinstance(obj, bool) or obj is None:
        return
    elif isinstance(obj, (int, float)):
        if math.isfinite(obj):
            nums.append(float(obj))
    elif isinstance(obj, str):
        strs.append(obj)
        v = _as_number(obj)
        if v is not None:
            nums.append(v)


def valued(expected, entity: dict) -> bool:
    nums: list[float] = []
    strs: list[str] = []
    _leaves(entity["resolution"], nums, strs)
    if isinstance(expected, str):
        if any(expected in s for s in strs):
            return True
        if re.fullmatch(r"\d{4}", expected):  # a bare year read as the number 2025
            return any(n == float(expected) for n in nums)
        return False
    return any(abs(n - expected) <= TOLERANCE * max(abs(expected), 1e-9) for n in nums)


def score(items: list[dict], found: dict[str, list] | None) -> dict[str, list[tuple[bool, bool]]] | None:
    """Per sentence id: (read, read and valued) for each expected number."""
    if found is None:
        return None
    out = {}
    for it in items:
        ents = found.get(it["id"], [])
        marks = []
        for n in it["numbers"]:
            over = [e for e in ents if e["start"] < n["end"] and e["end"] > n["start"]]
            marks.append((bool(over), any(valued(n["value"], e) for e in over)))
        out[it["id"]] = marks
    return out


def table(items: list[dict], scores: dict[str, dict | None]) -> list[list[str]]:
    engines = list(scores)
    rows = []
    langs = [lang for lang in LANGS if any(it["lang"] == lang for it in items)]
    for lang in langs + ["all"]:
        ids = [it["id"] for it in items if lang == "all" or it["lang"] == lang]
        n = sum(len(it["numbers"]) for it in items if it["id"] in set(ids))
        row = [lang, str(len(ids)), str(n)]
        for e in engines:
            sc = scores[e]
            if sc is None:
                row += ["n/a", "n/a"]
                continue
            marks = [m for i in ids for m in sc[i]]
            star = "*" if e == "Recognizers" and lang != "all" and lang not in RT_CULTURES else ""
            row += [f"{100 * sum(r for r, _ in marks) / n:.1f}{star}",
                    f"{100 * sum(v for _, v in marks) / n:.1f}{star}"]
        rows.append(row)
    return rows


def render(rows: list[list[str]], engines: list[str], markdown: bool) -> str:
    head = ["lang", "sentences", "numbers"] + [f"{e} {k}" for e in engines for k in ("read %", "read+valued %")]
    if markdown:
        lines = ["| " + " | ".join(head) + " |", "|" + "|".join(["---"] + ["---:"] * (len(head) - 1)) + "|"]
        lines += ["| " + " | ".join(r) + " |" for r in rows]
        return "\n".join(lines)
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(head)]
    fmt = lambda r: "  ".join(c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(r, widths)))  # noqa: E731
    return "\n".join([fmt(head), fmt(["-" * w for w in widths])] + [fmt(r) for r in rows])


def misses(items: list[dict], found: dict[str, list], sc: dict[str, list]) -> list[str]:
    out = []
    for it in items:
        for n, (r, v) in zip(it["numbers"], sc[it["id"]]):
            if v:
                continue
            over = [e for e in found.get(it["id"], []) if e["start"] < n["end"] and e["end"] > n["start"]]
            got = "; ".join(f"{it['text'][e['start']:e['end']]!r}={e['resolution'].get('value')!r}"
                            f" {e['resolution'].get('unit') or ''}".rstrip() for e in over) or "not read"
            out.append(f"{it['id']:6} {n['text']!r} expected {n['value']!r} {n.get('unit', '')}".rstrip()
                       + f"  -> {got}")
    return out


def unit_misses(items: list[dict], found: dict[str, list], sc: dict[str, list]) -> list[str]:
    """claimcheck numbers valued right whose unit is not the expected one (case and plural -s ignored)."""
    out = []
    for it in items:
        for n, (_, v) in zip(it["numbers"], sc[it["id"]]):
            if not v or not n.get("unit"):
                continue
            over = [e for e in found.get(it["id"], []) if e["start"] < n["end"] and e["end"] > n["start"]]
            units = [str(e["resolution"].get("unit")) for e in over]
            if not any(u.lower().rstrip("s") == n["unit"].lower() for u in units):
                out.append(f"{it['id']:6} {n['text']!r} expected unit {n['unit']}  -> {', '.join(units)}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--venv", type=Path, default=VENV, help="throwaway venv for the other engines (created)")
    ap.add_argument("--no-install", action="store_true", help="use the venv as it is, install nothing")
    ap.add_argument("--lang", action="append", help="only these languages (repeatable)")
    ap.add_argument("--markdown", type=Path, help="also write the table (and notes) as markdown here")
    ap.add_argument("--json", type=Path, help="write every engine's entities and marks here")
    ap.add_argument("--misses", action="store_true", help="list the numbers claimcheck does not value right")
    args = ap.parse_args(argv)

    items = load(args.data)
    if args.lang:
        items = [it for it in items if it["lang"] in set(args.lang)]
    notes: list[str] = []
    if args.no_install:
        ok = {"rt": _imports(args.venv, "recognizers_number"), "duckling": _imports(args.venv, "duckling")}
    else:
        ok = setup(args.venv, notes)
    if not ok["rt"] and not any(n.startswith("Recognizers") for n in notes):
        notes.append(f"Recognizers-Text is not importable in {args.venv}")
    if not ok["duckling"] and not any(n.startswith("Duckling") for n in notes):
        notes.append(f"Duckling is not importable in {args.venv}")

    found = {"claimcheck": run_claimcheck(items)}
    found["Recognizers"] = run_engine(args.venv, RT_RUNNER, items, notes, "Recognizers-Text") if ok["rt"] else None
    found["Duckling"] = run_engine(args.venv, DUCKLING_RUNNER, items, notes, "Duckling") if ok["duckling"] else None
    scores = {e: score(items, f) for e, f in found.items()}
    rows = table(items, scores)
    engines = list(scores)

    vers = versions(args.venv) if (args.venv / "bin" / "python").exists() else {}
    ver_line = ", ".join(f"{k} {vers[k]}" for k in ("recognizers-text-suite", "pyduckling-native-phihos",
                                                      "pyduckling-native") if k in vers)
    notes_out = [f"Engines from {args.venv}: {ver_line or 'none installed'}.",
                 "(*) Recognizers-Text has no culture for this language in its Python package: read with English."]
    notes_out += notes
    print(render(rows, engines, markdown=False))
    print()
    for n in notes_out:
        print(n)
    if args.misses:
        print("\nclaimcheck, numbers not read or not valued right:")
        for line in misses(items, found["claimcheck"], scores["claimcheck"]):
            print("  " + line)
        print("claimcheck, numbers valued right with another unit:")
        for line in unit_misses(items, found["claimcheck"], scores["claimcheck"]):
            print("  " + line)
    if args.markdown:
        md = ["# claimcheck, Recognizers-Text and Duckling on benchmarks/data/number_sentences.jsonl", "",
              "read %: an entity overlaps the expected number; read+valued %: an overlapping entity carries "
              "its value (±0.2 %, scale applied; dates and times as strings).", "",
              render(rows, engines, markdown=True), ""] + [f"- {n}" for n in notes_out]
        args.markdown.write_text("\n".join(md) + "\n", encoding="utf-8")
    if args.json:
        args.json.write_text(json.dumps({"found": found, "scores": scores, "notes": notes_out}, ensure_ascii=False,
                                        indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
