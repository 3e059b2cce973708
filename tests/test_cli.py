"""The command line as an editor uses it: formats, exit codes, bad input without tracebacks."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

CLI = [sys.executable, "-m", "claimcheck"]
ENV = dict(os.environ, CLAIMCHECK_NO_CACHE="1")


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, cwd=cwd, env=ENV, timeout=300)


@pytest.fixture
def story(tmp_path: Path) -> Path:
    d = tmp_path / "story"
    d.mkdir()
    (d / "es.txt").write_text("Microsoft invirtió 11 millones de dólares en OpenAI en 2023.\n", encoding="utf-8")
    (d / "fr.txt").write_text("Microsoft a investi 11 milliards de dollars dans OpenAI en 2023.\n", encoding="utf-8")
    return d


def test_help_lists_every_command():
    proc = run("--help")
    assert proc.returncode == 0
    for command in ("extract", "check", "batch", "baseline", "model"):
        assert command in proc.stdout


def test_no_command_prints_help_and_exits_2():
    proc = run()
    assert proc.returncode == 2
    assert "usage" in proc.stdout.lower()


def test_extract_json_has_articles_and_claims(story: Path):
    proc = run("extract", str(story), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert {a["id"] for a in data["articles"]} == {"es", "fr"}
    values = {(c["article"], c["kind"], c["value"], c["unit"]) for c in data["claims"]}
    assert ("es", "money", 11e6, "USD") in values
    assert ("fr", "money", 11e9, "USD") in values
    text = (story / "es.txt").read_text(encoding="utf-8")
    for c in data["claims"]:
        if c["article"] == "es":
            assert text[c["start"]:c["end"]] == c["text"]


def test_extract_text_output_to_file(story: Path, tmp_path: Path):
    out = tmp_path / "out" / "claims.txt"
    proc = run("extract", str(story / "es.txt"), "--output", str(out))
    assert proc.returncode == 0, proc.stderr
    assert "11 millones de dólares" in out.read_text(encoding="utf-8")


def test_unwritable_output_is_a_one_line_error(story: Path, tmp_path: Path):
    proc = run("extract", str(story / "es.txt"), "--output", str(tmp_path))  # a folder, not a file
    assert proc.returncode == 2
    assert str(tmp_path) in proc.stderr
    assert "Traceback" not in proc.stderr


def test_unreadable_file_is_named_and_others_still_processed(story: Path):
    """Exit 2 (not everything was read), yet the others are extracted; --allow-unreadable gives 0."""
    (story / "broken.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    assert run("extract", str(story), "--allow-unreadable").returncode == 0
    proc = run("extract", str(story), "--format", "json")
    assert proc.returncode == 2, proc.stderr
    data = json.loads(proc.stdout)
    ids = {a["id"]: a for a in data["articles"]}
    assert set(ids) == {"es", "fr", "broken"}
    assert ids["broken"]["error"]
    assert "broken.txt" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_nothing_readable_exits_2_without_traceback(tmp_path: Path):
    missing = tmp_path / "nope.txt"
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    proc = run("extract", str(missing), str(empty))
    assert proc.returncode == 2
    assert "nope.txt" in proc.stderr and "empty.txt" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_check_with_fake_model_exits_1_on_scale_conflict(story: Path):
    proc = run("check", str(story), "--model", "fake", "--format", "json")
    assert proc.returncode == 1, proc.stderr
    data = json.loads(proc.stdout)
    assert any(c["type"] == "scale" for c in data["conflicts"])


def test_check_consistent_story_exits_0(tmp_path: Path):
    d = tmp_path / "ok"
    d.mkdir()
    (d / "es.txt").write_text("La fábrica emplea a 1.200 personas desde 2021.\n", encoding="utf-8")
    (d / "en.txt").write_text("The factory has employed 1,200 people since 2021.\n", encoding="utf-8")
    proc = run("check", str(d), "--model", "fake")
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_check_unknown_model_is_a_one_line_error(story: Path):
    proc = run("check", str(story), "--model", str(story / "no-such-model"))
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert "no-such-model" in proc.stderr


def test_batch_writes_one_report_per_story_folder(story: Path, tmp_path: Path):
    root = story.parent
    other = root / "second"
    other.mkdir()
    (other / "en.txt").write_text("Sales rose 5% in 2022.\n", encoding="utf-8")
    (other / "de.txt").write_text("Der Umsatz stieg 2022 um 5 %.\n", encoding="utf-8")
    out = tmp_path / "reports"
    proc = run("batch", str(root), "--output-dir", str(out), "--model", "fake", "--no-progress")
    assert proc.returncode == 1, proc.stderr
    assert sorted(p.name for p in out.glob("*.json")) == ["second.json", "story.json"]
    second = json.loads((out / "second.json").read_text(encoding="utf-8"))
    assert second["conflicts"] == []


def test_fail_on_high_ignores_lower_severities(story: Path, tmp_path: Path):
    d = tmp_path / "small"
    d.mkdir()
    (d / "en.txt").write_text("Unemployment fell to less than 10% in 2022.\n", encoding="utf-8")
    (d / "es.txt").write_text("El desempleo bajó al 13% en 2022.\n", encoding="utf-8")
    report = json.loads(run("check", str(d), "--model", "fake", "--format", "json").stdout)
    severities = {c["severity"] for c in report["conflicts"]}
    assert severities and "high" not in severities
    assert run("check", str(d), "--model", "fake").returncode == 1
    assert run("check", str(d), "--model", "fake", "--fail-on", "high").returncode == 0
    assert run("check", str(story), "--model", "fake", "--fail-on", "high").returncode == 1


def test_progress_shows_only_on_a_terminal_and_only_after_a_while(monkeypatch):
    import time

    from claimcheck import cli

    monkeypatch.setattr(cli, "_stderr_is_terminal", lambda: False)
    with cli._DelayedProgress("checking", enabled=True) as quiet:
        assert quiet._timer is None  # a pipe or CI log: never
    monkeypatch.setattr(cli, "_stderr_is_terminal", lambda: True)
    monkeypatch.setattr(cli, "PROGRESS_AFTER_S", 0.05)
    with cli._DelayedProgress("checking", enabled=True) as slow:
        time.sleep(0.5)
        assert slow._progress is not None  # a slow check on a terminal: shown
    assert slow._progress is None  # and gone afterwards
    monkeypatch.setattr(cli, "PROGRESS_AFTER_S", 30)
    with cli._DelayedProgress("checking", enabled=True) as fast:
        pass
    assert fast._progress is None  # a quick check: never drawn
    assert cli._batch_progress(3, enabled=True) is not None and cli._batch_progress(3, enabled=False) is None


def test_check_with_a_baseline_that_accepts_every_conflict_exits_0(story: Path, tmp_path: Path):
    """The editor's gate and the pytest plugin agree: an accepted conflict does not fail the run."""
    baseline = tmp_path / "claimcheck-baseline.json"
    made = run("baseline", str(story.parent), "--output", str(baseline), "--model", "fake")
    assert made.returncode == 0, made.stderr
    assert json.loads(baseline.read_text(encoding="utf-8"))["conflicts"]
    proc = run("check", str(story), "--model", "fake", "--baseline", str(baseline))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "accepted by" in proc.stderr
    assert run("check", str(story), "--model", "fake").returncode == 1
