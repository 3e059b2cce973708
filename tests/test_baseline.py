"""Baseline of accepted conflicts: fingerprints that survive unrelated edits, a stable file."""
from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from claimcheck.baseline import (
    BaselineError,
    baseline_entries,
    dump_baseline,
    fingerprint,
    judge,
    load_baseline,
    merge_baseline,
    write_baseline,
)
from claimcheck.records import Article, Claim, Conflict, Quantity, Report

ES = "Según el informe anual, la empresa invirtió 11 millones de dólares en 2019."
FR = "D'après le rapport, l'entreprise a investi 11 milliards de dollars en 2019."


def make_claim(cid: str, article: str, sentence: str, text: str, value, unit="USD", kind="money",
               shift: int = 0) -> Claim:
    at = sentence.index(text)
    return Claim(
        id=cid, article=article, start=shift + at, end=shift + at + len(text), text=text,
        quantity=Quantity(kind=kind, value=value, unit=unit), lang=article,
        sentence=sentence, sentence_start=shift, sentence_end=shift + len(sentence),
    )


def make_report(es_sentence=ES, fr_sentence=FR, es_value=11e6, fr_value=11e9, shift=0, ids=("c1", "c2"),
                story="invest", es_text="11 millones de dólares", fr_text="11 milliards de dollars") -> Report:
    es = make_claim(ids[0], "es", es_sentence, es_text, es_value, shift=shift)
    fr = make_claim(ids[1], "fr", fr_sentence, fr_text, fr_value, shift=2 * shift)
    conflicts = []
    if es_value != fr_value:
        conflicts.append(Conflict(fact="f1", claims=(es.id, fr.id), type="scale", severity="high",
                                  explanation="million vs billion"))
    return Report(
        articles=[Article(id="es", source="es.txt", lang="es"), Article(id="fr", source="fr.txt", lang="fr")],
        claims=[es, fr], conflicts=conflicts, story=story,
    )


def only_fingerprint(report: Report) -> str:
    (conflict,) = report.conflicts
    return fingerprint(conflict, report)


def test_fingerprint_ignores_offsets_and_claim_ids():
    before = make_report()
    after = make_report(shift=500, ids=("claim-17", "claim-42"))
    assert only_fingerprint(before) == only_fingerprint(after)


def test_fingerprint_ignores_the_order_of_the_two_claims():
    report = make_report()
    swapped = replace(report, conflicts=[replace(report.conflicts[0], claims=("c2", "c1"))])
    assert only_fingerprint(report) == only_fingerprint(swapped)


def test_fingerprint_ignores_whitespace_and_case_of_the_wording():
    report = make_report()
    respaced = make_report(es_sentence=ES.replace("11 millones", "11  Millones"), es_text="11  Millones de dólares")
    assert only_fingerprint(report) == only_fingerprint(respaced)


def test_fingerprint_ignores_words_far_from_the_claim():
    report = make_report()
    edited = make_report(es_sentence=ES.replace("Según el informe anual", "Como reveló ayer la prensa"))
    assert only_fingerprint(report) == only_fingerprint(edited)


@pytest.mark.parametrize(
    "change",
    [
        {"fr_value": 12e9},  # another number
        {"story": "other-story"},
        {"fr_text": "11 milliards de dollars", "fr_sentence": FR.replace("a investi", "a perdu")},  # words next to it
    ],
    ids=["value", "story", "neighbouring-words"],
)
def test_fingerprint_changes_with_what_the_conflict_says(change):
    assert only_fingerprint(make_report()) != only_fingerprint(make_report(**change))


def test_fingerprint_of_tiny_float_noise_is_the_same():
    assert only_fingerprint(make_report(fr_value=11e9)) == only_fingerprint(make_report(fr_value=11e9 * (1 + 1e-12)))


def test_judge_accepts_conflicts_in_the_baseline_and_flags_the_rest():
    baseline = baseline_entries(make_report())
    verdict = judge(make_report(shift=40), baseline)
    assert (len(verdict.accepted), len(verdict.new), verdict.stale) == (1, 0, [])

    changed = judge(make_report(fr_value=12e9), baseline)
    assert len(changed.new) == 1 and not changed.accepted
    assert changed.stale == baseline  # the accepted 11e9 conflict is gone


def test_judge_with_empty_baseline_calls_every_conflict_new():
    verdict = judge(make_report(), [])
    assert len(verdict.new) == 1 and not verdict.accepted and not verdict.stale


def test_judge_matches_a_reworded_neighbourhood_by_numbers_and_wording():
    """The sentence around an accepted number was edited: still the same accepted conflict."""
    baseline = baseline_entries(make_report())
    edited = make_report(fr_sentence=FR.replace("a investi", "a injecté"))
    verdict = judge(edited, baseline)
    assert len(verdict.accepted) == 1 and not verdict.new and not verdict.stale
    assert verdict.entries[0]["fingerprint"] != baseline[0]["fingerprint"]  # updating refreshes it


def test_judge_only_looks_at_entries_of_its_own_story():
    other = baseline_entries(make_report(story="elsewhere"))
    verdict = judge(make_report(), other)
    assert len(verdict.new) == 1 and verdict.stale == []


def test_judge_takes_each_entry_once_for_repeated_conflicts():
    report = make_report()
    twice = replace(report, conflicts=report.conflicts * 2)
    verdict = judge(twice, baseline_entries(report))
    assert len(verdict.accepted) == 1 and len(verdict.new) == 1


def test_fixed_conflict_leaves_a_stale_entry():
    baseline = baseline_entries(make_report())
    fixed = make_report(es_value=11e9, es_text="11 mil millones de dólares",
                        es_sentence=ES.replace("11 millones", "11 mil millones"))
    verdict = judge(fixed, baseline)
    assert verdict.new == [] and verdict.stale == baseline


def test_entry_is_readable_without_the_articles():
    (entry,) = baseline_entries(make_report())
    assert entry["story"] == "invest" and entry["type"] == "scale" and entry["articles"] == ["es", "fr"]
    quotes = {c["article"]: (c["text"], c["value"], c["unit"], c["sentence"]) for c in entry["claims"]}
    assert quotes["es"] == ("11 millones de dólares", 11e6, "USD", ES)
    assert quotes["fr"] == ("11 milliards de dollars", 11e9, "USD", FR)
    assert "start" not in json.dumps(entry) and "c1" not in entry.values()


def test_written_file_is_sorted_stable_and_ends_with_newline(tmp_path: Path):
    entries = baseline_entries(make_report(story="b")) + baseline_entries(make_report(story="a"))
    path = tmp_path / "claimcheck-baseline.json"
    write_baseline(path, entries)
    text = path.read_text(encoding="utf-8")
    assert text.endswith("}\n") and "millones de dólares" in text  # UTF-8, not \u escapes
    assert [e["story"] for e in json.loads(text)["conflicts"]] == ["a", "b"]
    assert text == dump_baseline(reversed(entries))
    assert load_baseline(path) == json.loads(text)["conflicts"]


def test_unchanged_baseline_is_not_rewritten(tmp_path: Path):
    path = tmp_path / "baseline.json"
    entries = baseline_entries(make_report())
    write_baseline(path, entries)
    mtime = path.stat().st_mtime_ns
    write_baseline(path, list(reversed(entries)))
    assert path.stat().st_mtime_ns == mtime


def test_missing_baseline_is_empty(tmp_path: Path):
    assert load_baseline(tmp_path / "nope.json") == []


@pytest.mark.parametrize(
    "content, problem",
    [("{not json", "not valid JSON"), ('["a list"]', "not a claimcheck baseline"),
     ('{"conflicts": [{"story": "x"}]}', "entry 1 lacks")],
    ids=["syntax", "shape", "entry"],
)
def test_broken_baseline_names_the_file_and_the_problem(tmp_path: Path, content, problem):
    path = tmp_path / "claimcheck-baseline.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(BaselineError) as err:
        load_baseline(path)
    assert str(path) in str(err.value) and problem in str(err.value)


def test_merge_replaces_checked_stories_and_keeps_the_others():
    old = baseline_entries(make_report(story="a")) + baseline_entries(make_report(story="b"))
    new_b = baseline_entries(make_report(story="b", fr_value=12e9))
    merged = merge_baseline(old, {"b": new_b, "c": []})
    assert [e["story"] for e in merged] == ["a", "b"]
    assert merged[1] == new_b[0]


def test_update_keeps_every_field_a_reviewer_added():
    (entry,) = baseline_entries(make_report())
    entry.update(note="the French desk rounds differently", reviewed_by="ana", ticket=42)
    verdict = judge(make_report(fr_sentence=FR.replace("a investi", "a injecté")), [entry])  # loose match
    (updated,) = verdict.entries
    assert updated["fingerprint"] != entry["fingerprint"]
    assert (updated["note"], updated["reviewed_by"], updated["ticket"]) == ("the French desk rounds differently", "ana", 42)


def test_file_records_the_model_and_the_claimcheck_version(tmp_path: Path):
    from claimcheck import __version__

    report = replace(make_report(), model="use-multilingual")
    path = tmp_path / "b.json"
    write_baseline(path, baseline_entries(report), model=report.model)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert (data["model"], data["claimcheck"]) == ("use-multilingual", __version__)
    assert data["conflicts"][0]["model"] == "use-multilingual"


def test_entry_of_another_model_matches_by_wording_and_values():
    """Another model paired the same two figures under other article ids: still accepted."""
    old = replace(make_report(), model="e5-small")
    (entry,) = baseline_entries(old)
    for side in entry["claims"]:
        side["article"] = {"es": "es-1", "fr": "fr-1"}[side["article"]]
    entry["fingerprint"] = "0" * 16
    now = replace(make_report(), model="use-multilingual")
    assert len(judge(now, [entry]).accepted) == 1
    same_model = replace(make_report(), model="e5-small")
    assert len(judge(same_model, [entry]).new) == 1  # the same model would have paired them the same way


def test_missing_stories_are_listed_and_pruned_only_when_asked():
    from claimcheck.baseline import missing_stories

    old = baseline_entries(make_report(story="gone")) + baseline_entries(make_report(story="here"))
    assert missing_stories(old, ["here"]) == {"gone": 1}
    assert [e["story"] for e in merge_baseline(old, {"here": []})] == ["gone"]
    assert merge_baseline(old, {"here": []}, keep_stories=["here"]) == []


def test_cli_baseline_lists_then_prunes_stories_that_no_longer_exist(tmp_path: Path):
    from claimcheck.cli import main

    root = tmp_path / "stories"
    (root / "kept").mkdir(parents=True)
    (root / "kept" / "es.txt").write_text("La empresa invirtió 11 millones de dólares en 2019.\n", encoding="utf-8")
    (root / "kept" / "fr.txt").write_text("L'entreprise a investi 11 milliards de dollars en 2019.\n", encoding="utf-8")
    out = tmp_path / "claimcheck-baseline.json"
    write_baseline(out, baseline_entries(make_report(story="renamed")))
    assert main(["baseline", str(root), "-o", str(out), "--model", "fake"]) == 0
    assert {e["story"] for e in load_baseline(out)} >= {"renamed"}
    assert main(["baseline", str(root), "-o", str(out), "--model", "fake", "--prune-missing"]) == 0
    assert "renamed" not in {e["story"] for e in load_baseline(out)}


def test_cli_baseline_keeps_the_entries_of_a_story_it_cannot_read(tmp_path: Path, capsys):
    from claimcheck.cli import main

    root = tmp_path / "stories"
    (root / "invest").mkdir(parents=True)
    (root / "invest" / "es.txt").write_text("", encoding="utf-8")
    (root / "invest" / "fr.txt").write_bytes(b"\x00\x01" * 40)
    out = tmp_path / "claimcheck-baseline.json"
    entries = baseline_entries(make_report())
    write_baseline(out, entries)
    assert main(["baseline", str(root), "-o", str(out), "--model", "fake"]) == 2
    assert "story 'invest': nothing could be read" in capsys.readouterr().err
    assert load_baseline(out) == entries


def test_update_never_accepts_a_confirmed_error_and_keeps_the_list(tmp_path: Path):
    """A conflict a reviewer confirmed as a real error stays out of ``conflicts`` on every rewrite."""
    report = make_report()
    entry = baseline_entries(report)[0]
    confirmed = dict(entry, note="reported to the desk")
    path = tmp_path / "claimcheck-baseline.json"
    path.write_text(dump_baseline([], confirmed_errors=[confirmed]), encoding="utf-8")

    write_baseline(path, merge_baseline(load_baseline(path), {"invest": baseline_entries(report)}))

    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["conflicts"] == []
    assert data["confirmed_errors"] == [confirmed]
    assert judge(report, load_baseline(path)).new == report.conflicts
