"""The README's exit-code table, Python API snippet and baseline workflow, run as written."""
from __future__ import annotations

import functools
import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

import claimcheck
import claimcheck.api
from claimcheck import cli
from claimcheck.errors import EXIT_CONFLICTS, EXIT_INTERNAL, EXIT_OK, EXIT_UNCHECKED

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
ES = "Microsoft invirtió 11 millones de dólares en OpenAI en 2023.\n"
FR = "Microsoft a investi 11 milliards de dollars dans OpenAI en 2023.\n"
EN = "Microsoft invested $11 billion in OpenAI in 2023.\n"


def section(title: str) -> str:
    start = README.index(title)
    following = re.search(r"\n#{2,3} ", README[start + len(title):])
    return README[start: start + len(title) + (following.start() if following else len(README))]


def code_blocks(text: str, language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", text, re.S)


def test_exit_code_table_matches_the_constants_and_the_help():
    rows = dict(re.findall(r"^\| (\d) \| (.+?) \|$", section("### Exit codes"), re.M))
    assert sorted(map(int, rows)) == [EXIT_OK, EXIT_CONFLICTS, EXIT_UNCHECKED, EXIT_INTERNAL] == [0, 1, 2, 3]
    assert "no conflict at the `--fail-on` level" in rows["0"] and "conflicts found" in rows["1"]
    assert "could not be read" in rows["2"] and "fewer than two readable articles" in rows["2"]
    assert "internal error" in rows["3"] and "never 1" in rows["3"]
    help_text = cli._parser().format_help()
    for code, words in ((0, "no conflict at the --fail-on level"), (1, "conflicts found"),
                        (2, "fewer than two"), (3, "internal error")):
        assert re.search(rf"^\s+{code}\s+.*{re.escape(words)}", help_text, re.M | re.S), (code, help_text)


def test_python_api_snippet_runs_as_written(tmp_path: Path, monkeypatch, capsys):
    (snippet,) = code_blocks(section("From Python"), "python")
    story = tmp_path / "story"
    story.mkdir()
    for lang, text in (("es", ES), ("fr", FR), ("en", EN)):
        (story / f"{lang}.txt").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(claimcheck.api, "check", functools.partial(claimcheck.api.check, model="fake"))
    exec(compile(snippet, "README.md", "exec"), {})
    out = capsys.readouterr().out.splitlines()
    assert "high es vs en, fr" in out
    assert "File not found." in out and out[-1] == "None"


def test_baseline_workflow_runs_as_written(tmp_path: Path, monkeypatch):
    (block,) = code_blocks(section("### Baseline workflow"), "sh")
    commands = [shlex.split(line.split("#")[0]) for line in block.splitlines() if line.strip()]
    for folder, texts in (("invest", {"es": ES, "fr": FR, "en": EN}),
                          ("calm", {"es": "La fábrica emplea a 1.200 personas.\n",
                                    "en": "The factory employs 1,200 people.\n"})):
        (tmp_path / "stories" / folder).mkdir(parents=True)
        for lang, text in texts.items():
            (tmp_path / "stories" / folder / f"{lang}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "pytest.ini").write_text("[pytest]\nclaimcheck_model = fake\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    baseline = tmp_path / "claimcheck-baseline.json"

    def run(argv: list[str]) -> int:
        if argv[0] == "claimcheck":
            return cli.main(argv[1:] + ["--model", "fake"])
        env = dict(os.environ, CLAIMCHECK_NO_CACHE="1")
        proc = subprocess.run([sys.executable, "-m", *argv, "-p", "no:cacheprovider", "-q"], cwd=tmp_path, env=env,
                              capture_output=True, text=True, timeout=300)
        assert "Traceback" not in proc.stdout + proc.stderr, proc.stdout + proc.stderr
        return proc.returncode

    accept, ci, accept_again, prune = commands
    assert run(accept) == 0
    data = json.loads(baseline.read_text(encoding="utf-8"))
    assert data["model"] == "fake-trigram" and data["claimcheck"] == claimcheck.__version__
    assert {e["story"] for e in data["conflicts"]} == {"invest"}
    for entry in data["conflicts"]:
        entry.update(note="the Spanish desk dropped a thousand", reviewed_by="ana")
    baseline.write_text(json.dumps(data), encoding="utf-8")

    assert run(ci) == 0  # every conflict is accepted
    assert run(accept_again) == 0
    entries = json.loads(baseline.read_text(encoding="utf-8"))["conflicts"]
    assert entries and all(e["note"] == "the Spanish desk dropped a thousand" and e["reviewed_by"] == "ana"
                           for e in entries)

    (tmp_path / "stories" / "invest").rename(tmp_path / "stories" / "invest-renamed")
    assert run(accept_again) == 0
    assert "invest" in {e["story"] for e in json.loads(baseline.read_text(encoding="utf-8"))["conflicts"]}
    assert run(prune) == 0
    assert {e["story"] for e in json.loads(baseline.read_text(encoding="utf-8"))["conflicts"]} == {"invest-renamed"}


@pytest.mark.parametrize("flag", ["--allow-unreadable", "--timings", "--no-progress", "--fail-on"])
def test_check_options_the_readme_names_exist(flag):
    assert flag in cli._parser()._subparsers._group_actions[0].choices["check"].format_help()


def test_the_language_list_is_every_table():
    """The README's "N languages: ..." paragraph names every language with a table, and only those."""
    from claimcheck.langdata import supported_languages

    text = section("## Languages")
    m = re.search(r"(\d+) languages: (.*?) \(added", text, re.S)
    named = re.findall(r"\b[a-z]{2}\b", m.group(2).replace("and", " "))
    assert sorted(named) == sorted(supported_languages()) and int(m.group(1)) == len(named)
