"""Accepted conflicts: the baseline file shared by the pytest plugin and ``claimcheck baseline``.

A team reviews a conflict once ("the French desk rounds differently") and records it
here; later runs fail only on conflicts that are not in the file.  Each entry is keyed
by a fingerprint that must survive unrelated edits to the articles, so it is built
from what the conflict *says* (story, article ids, kinds, normalised values and units,
the claims' wording and a few words next to each claim), never from offsets or claim
ids, which shift whenever a sentence is added above.

When the exact fingerprint is gone (someone reworded the sentence around an accepted
number), an entry still matches a conflict with the same story, articles, kinds, values,
units and claim text: the "loose key".  The words next to the claim only tell apart two
conflicts that would otherwise look the same.  An entry written with another model (each
entry and the file record the model and the claimcheck version) also matches a conflict
with the same story, wording and values, whichever articles the model paired: the
"wording key".

Reviewers may add any field to an entry (``note``, ``reviewed_by``, ...): updating keeps
every field it does not itself write.  Entries of stories that no longer exist are listed
(``missing_stories``) and removed only when asked (``prune_missing``).

Light on purpose: the pytest plugin imports this module in every pytest run.
"""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Sequence

from claimcheck.errors import UserError
from claimcheck.records import Claim, Conflict, Report

BASELINE_NAME = "claimcheck-baseline.json"
FORMAT_VERSION = 1
CONFIRMED_KEY = "confirmed_errors"  # conflicts a reviewer confirmed as real errors: never accepted
CONTEXT_WORDS = 2  # words kept on each side of a claim
CONTEXT_CHARS = 6  # of each word, the characters nearest the claim (CJK runs have no spaces)

_WORD = re.compile(r"[^\W\d_]+")
_SPACE = re.compile(r"\s+")


class BaselineError(UserError, ValueError):
    """The baseline file cannot be read; the message names the file and the problem."""


# --- fingerprints -----------------------------------------------------------------------


def normalise_text(text: str) -> str:
    """Case-, width- and whitespace-insensitive form of a claim's wording."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()


def normalise_value(value: float | str | None) -> str:
    """Six significant digits: the same number parsed twice never differs in the last bit."""
    if value is None:
        return ""
    if isinstance(value, (int, float)):
        return f"{float(value):.6g}"
    return str(value)


def context_words(claim: Claim) -> list[str]:
    """The few words just before and after the claim in its sentence, normalised."""
    sentence = claim.sentence or ""
    start = claim.start - claim.sentence_start
    if not (0 <= start <= len(sentence)) or sentence[start : start + len(claim.text)] != claim.text:
        found = sentence.find(claim.text)
        start = found if found >= 0 else 0
    end = start + len(claim.text)
    before = [w[-CONTEXT_CHARS:] for w in _WORD.findall(normalise_text(sentence[:start]))]
    after = [w[:CONTEXT_CHARS] for w in _WORD.findall(normalise_text(sentence[end:]))]
    return before[-CONTEXT_WORDS:] + after[:CONTEXT_WORDS]


def claim_summary(claim: Claim) -> dict[str, Any]:
    """One side of a conflict, offset-free: what the fingerprint is built from and the file shows."""
    q = claim.quantity
    return {
        "article": claim.article,
        "lang": claim.lang,
        "kind": q.kind,
        "text": claim.text,
        "value": q.value,
        "unit": q.unit,
        "qualifier": q.qualifier,
        "sentence": _SPACE.sub(" ", claim.sentence).strip(),
        "context": context_words(claim),
    }


def _loose_part(summary: dict[str, Any]) -> list[str]:
    return [
        str(summary.get("article") or ""),
        str(summary.get("kind") or ""),
        normalise_value(summary.get("value")),
        str(summary.get("unit") or ""),
        normalise_text(str(summary.get("text") or "")),
    ]


def _digest(parts: Any) -> str:
    blob = json.dumps(parts, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16]


def _sides(summaries: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """A conflict's two sides in a fixed order, so (es, fr) and (fr, es) fingerprint alike."""
    return sorted(summaries, key=lambda s: json.dumps(_loose_part(s) + list(s.get("context") or []), ensure_ascii=False))


def loose_key(story: str, summaries: Sequence[dict[str, Any]]) -> str:
    return _digest([story, [_loose_part(s) for s in _sides(summaries)]])


def wording_key(story: str, summaries: Sequence[dict[str, Any]]) -> str:
    """Story, wording and values only: matches an entry another model paired differently."""
    sides = sorted(
        [normalise_text(str(s.get("text") or "")), normalise_value(s.get("value")), str(s.get("unit") or "")]
        for s in summaries
    )
    return _digest([story, "wording", sides])


def summary_fingerprint(story: str, summaries: Sequence[dict[str, Any]]) -> str:
    return _digest([story, [_loose_part(s) + list(s.get("context") or []) for s in _sides(summaries)]])


def fingerprint(conflict: Conflict, report: Report) -> str:
    """Stable id of one conflict of ``report``'s story (see the module docstring)."""
    return summary_fingerprint(report.story, [claim_summary(report.claim(c)) for c in conflict.claims])


#: The fields claimcheck writes in an entry; any other field is a reviewer's and is kept on update.
GENERATED_FIELDS = ("fingerprint", "story", "type", "severity", "explanation", "articles", "claims", "model")


def conflict_entry(conflict: Conflict, report: Report) -> dict[str, Any]:
    """The readable baseline record of one conflict."""
    sides = _sides([claim_summary(report.claim(c)) for c in conflict.claims])
    entry = {
        "fingerprint": summary_fingerprint(report.story, sides),
        "story": report.story,
        "type": conflict.type,
        "severity": conflict.severity,
        "explanation": conflict.explanation,
        "articles": [s["article"] for s in sides],
        # the context words are in the fingerprint already; the file keeps what a reviewer reads
        "claims": [{k: v for k, v in side.items() if k != "context"} for side in sides],
    }
    if report.model:
        entry["model"] = report.model
    return entry


def reviewer_fields(entry: dict[str, Any]) -> dict[str, Any]:
    """What a person added to an entry (``note``, ``reviewed_by``, ...)."""
    return {k: v for k, v in entry.items() if k not in GENERATED_FIELDS}


def baseline_entries(report: Report) -> list[dict[str, Any]]:
    """Every conflict of ``report`` as a baseline entry, in a stable order."""
    return sorted((conflict_entry(c, report) for c in report.conflicts), key=_entry_order)


def _entry_order(entry: dict[str, Any]) -> tuple[str, str]:
    return (str(entry.get("story", "")), str(entry.get("fingerprint", "")))


def describe_entry(entry: dict[str, Any]) -> str:
    """One line for a baseline entry: story, type, and each side's quoted text."""
    sides = " vs ".join(
        f'{c.get("article")} "{c.get("text")}"' for c in entry.get("claims") or [] if isinstance(c, dict)
    )
    return f'{entry.get("story")}: {entry.get("type", "?")} conflict, {sides} [{entry.get("fingerprint")}]'


# --- the file ---------------------------------------------------------------------------


def load_baseline(path: str | Path) -> list[dict[str, Any]]:
    """Entries of a baseline file; a missing file is an empty baseline (every conflict is new)."""
    path = Path(path)
    if not path.exists():
        return []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as e:
        raise BaselineError(f"{path}: cannot read the baseline file: {e}") from None
    except json.JSONDecodeError as e:
        raise BaselineError(f"{path}: not valid JSON (line {e.lineno}, column {e.colno}): {e.msg}") from None
    entries = data.get("conflicts") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise BaselineError(f'{path}: not a claimcheck baseline (expected an object with a "conflicts" list)')
    for i, entry in enumerate(entries):
        if not (isinstance(entry, dict) and isinstance(entry.get("fingerprint"), str) and "story" in entry):
            raise BaselineError(f'{path}: entry {i + 1} lacks "fingerprint" or "story"')
    return entries


def load_confirmed_errors(path: str | Path) -> list[dict[str, Any]]:
    """Conflicts a reviewer confirmed as real errors (the HTML report's review writes them).

    They live beside ``conflicts`` under ``confirmed_errors`` and are never accepted: a story
    holding one keeps failing until the article is fixed.
    """
    path = Path(path)
    if not path.exists():
        return []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return []  # load_baseline reports a broken file
    confirmed = data.get(CONFIRMED_KEY) if isinstance(data, dict) else None
    if not isinstance(confirmed, list):
        return []
    return [e for e in confirmed if isinstance(e, dict) and isinstance(e.get("fingerprint"), str)]


def dump_baseline(entries: Iterable[dict[str, Any]], model: str | None = None,
                  confirmed_errors: Sequence[dict[str, Any]] = ()) -> str:
    """The file's text: sorted keys and entries, two-space indent, trailing newline (diff-friendly).

    ``model`` (the encoder that found the conflicts) and the claimcheck version are recorded.
    An accepted entry whose fingerprint a reviewer confirmed as an error is left out.
    """
    from claimcheck import __version__

    confirmed = sorted(confirmed_errors, key=_entry_order)
    refused = {e["fingerprint"] for e in confirmed}
    data: dict[str, Any] = {"version": FORMAT_VERSION, "claimcheck": __version__,
                            "conflicts": sorted((e for e in entries if e.get("fingerprint") not in refused),
                                                key=_entry_order)}
    if confirmed:
        data[CONFIRMED_KEY] = confirmed
    if model:
        data["model"] = model
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def write_baseline(path: str | Path, entries: Iterable[dict[str, Any]], model: str | None = None) -> None:
    """Write the baseline atomically, keeping the confirmed errors the file already holds."""
    path = Path(path)
    text = dump_baseline(entries, model=model, confirmed_errors=load_confirmed_errors(path))
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return  # leave the mtime alone when nothing changed
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


# --- comparing a story against the baseline ---------------------------------------------


@dataclass
class StoryVerdict:
    """How one story's conflicts stand against the baseline."""

    story: str
    new: list[Conflict] = field(default_factory=list)
    accepted: list[Conflict] = field(default_factory=list)
    stale: list[dict[str, Any]] = field(default_factory=list)  # baseline entries no conflict matched
    entries: list[dict[str, Any]] = field(default_factory=list)  # every current conflict as an entry


def judge(report: Report, baseline: Sequence[dict[str, Any]]) -> StoryVerdict:
    """Split ``report``'s conflicts into accepted (in the baseline) and new; find stale entries.

    An exact fingerprint wins; otherwise one unused entry with the same loose key (same numbers
    and wording, different words around them); otherwise, for an entry written with another
    model, one with the same wording key.  ``verdict.entries`` carry over each matched entry's
    reviewer fields.
    """
    verdict = StoryVerdict(story=report.story)
    unused = [e for e in baseline if e.get("story") == report.story]
    by_fp: dict[str, list[int]] = defaultdict(list)
    by_loose: dict[str, list[int]] = defaultdict(list)
    by_wording: dict[str, list[int]] = defaultdict(list)
    for i, entry in enumerate(unused):
        by_fp[entry["fingerprint"]].append(i)
        claims = entry.get("claims")
        if isinstance(claims, list) and all(isinstance(c, dict) for c in claims):
            by_loose[loose_key(report.story, claims)].append(i)
            if entry.get("model") != report.model:
                by_wording[wording_key(report.story, claims)].append(i)
    used: set[int] = set()

    def take(candidates: list[int]) -> int | None:
        for i in candidates:
            if i not in used:
                used.add(i)
                return i
        return None

    def accept(conflict: Conflict, entry: dict[str, Any], i: int) -> None:
        verdict.accepted.append(conflict)
        entry.update({k: v for k, v in reviewer_fields(unused[i]).items() if k not in entry})

    pending: list[tuple[Conflict, dict[str, Any]]] = []
    for conflict in report.conflicts:
        entry = conflict_entry(conflict, report)
        verdict.entries.append(entry)
        i = take(by_fp.get(entry["fingerprint"], []))
        if i is not None:
            accept(conflict, entry, i)
        else:
            pending.append((conflict, entry))
    still: list[tuple[Conflict, dict[str, Any]]] = []
    for conflict, entry in pending:
        i = take(by_loose.get(loose_key(report.story, entry["claims"]), []))
        if i is not None:
            accept(conflict, entry, i)
        else:
            still.append((conflict, entry))
    for conflict, entry in still:
        i = take(by_wording.get(wording_key(report.story, entry["claims"]), []))
        if i is not None:
            accept(conflict, entry, i)
        else:
            verdict.new.append(conflict)
    verdict.stale = [e for i, e in enumerate(unused) if i not in used]
    verdict.entries.sort(key=_entry_order)
    return verdict


def merge_baseline(
    old: Sequence[dict[str, Any]], checked: dict[str, list[dict[str, Any]]],
    keep_stories: Iterable[str] | None = None,
) -> list[dict[str, Any]]:
    """The updated baseline: stories that were checked get their current conflicts, the rest keep
    theirs; with ``keep_stories``, entries of stories outside it (and not checked) are pruned."""
    keep = None if keep_stories is None else set(keep_stories)
    kept = [e for e in old if e.get("story") not in checked and (keep is None or e.get("story") in keep)]
    return sorted(kept + [e for entries in checked.values() for e in entries], key=_entry_order)


def missing_stories(baseline: Sequence[dict[str, Any]], stories: Iterable[str]) -> dict[str, int]:
    """Stories the baseline has entries for that are not among ``stories``, with their entry counts."""
    present = set(stories)
    counts: dict[str, int] = defaultdict(int)
    for entry in baseline:
        if entry.get("story") not in present:
            counts[str(entry.get("story"))] += 1
    return dict(sorted(counts.items()))


# --- stories on disk --------------------------------------------------------------------


def story_dirs(path: str | Path) -> list[Path]:
    """The stories under ``path``: itself when it holds article files, else its story subfolders."""
    from claimcheck.api import story_folders

    path = Path(path)
    if not path.is_dir():
        raise BaselineError(f"{path}: no such folder of stories")
    return story_folders(path)


@dataclass
class BaselineUpdate:
    """What ``update_baseline`` did: entries written, stories gone from disk, the reports it made."""

    written: int
    missing: dict[str, int]  # story -> entries, of stories no longer found under the paths
    pruned: bool
    reports: list[Report]

    @property
    def missing_stories(self) -> list[str]:
        return list(self.missing)

    @property
    def missing_entries(self) -> int:
        return sum(self.missing.values())


def update_baseline(
    paths: Sequence[str | Path],
    out: str | Path = BASELINE_NAME,
    encoder=None,
    model: str | None = None,
    prune_missing: bool = False,
) -> BaselineUpdate:
    """Accept every current conflict of the stories under ``paths`` into ``out``.

    The CLI's ``claimcheck baseline`` calls this; it writes the same file the pytest plugin's
    ``--claimcheck-update-baseline`` does: entries of stories not under ``paths`` are kept
    (pruned with ``prune_missing``), those of the stories checked are replaced by their current
    conflicts, keeping reviewer fields.  A story none of whose articles can be read keeps its entries.
    """
    from claimcheck.api import check
    from claimcheck.embed import load_encoder
    from claimcheck.errors import NothingReadable

    stories = [d for p in paths for d in story_dirs(p)]
    old = load_baseline(out)
    names = [folder.name for folder in stories]
    if len(set(names)) < len(names):
        twice = sorted({n for n in names if names.count(n) > 1})
        raise BaselineError(f"story folder names must be unique (the baseline is keyed by them): {', '.join(twice)}")
    if encoder is None:
        encoder = load_encoder(model)
    checked: dict[str, list[dict[str, Any]]] = {}
    reports: list[Report] = []
    for folder in stories:
        try:
            report = check([folder], encoder=encoder, story=folder.name)
        except NothingReadable as exc:
            reports.append(exc.report)
            continue
        reports.append(report)
        checked[folder.name] = judge(report, old).entries
    missing = missing_stories(old, names)
    entries = merge_baseline(old, checked, keep_stories=names if prune_missing else None)
    write_baseline(out, entries, model=getattr(encoder, "name", None))
    return BaselineUpdate(written=len(entries), missing=missing, pruned=prune_missing, reports=reports)


def write_baseline_for(
    paths: Sequence[str | Path],
    out: str | Path = BASELINE_NAME,
    encoder=None,
    model: str | None = None,
    prune_missing: bool = False,
) -> int:
    """``update_baseline``, returning the number of entries written."""
    return update_baseline(paths, out, encoder=encoder, model=model, prune_missing=prune_missing).written
