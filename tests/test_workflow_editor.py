"""The editor's workflow, walked through as README promises it: a consistency report before publishing.

Three small stories of our own (a bridge in en/es/fr as .txt/.md/.html, a flood in de/it/pt, a budget as one
JSONL file), checked one by one and as a batch, in every format, then every bad input an editor meets: each
must name the file and the problem, keep the rest, and never end in success.  The CLI runs in-process with
the fake encoder.
"""
from __future__ import annotations

import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from claimcheck.cli import main
from story_helpers import UNSUPPORTED_ARTICLE

BRIDGE = {
    "en.txt": "The city opened a new bridge over the river on Monday. The bridge is 1,200 metres long and cost "
              "45 million euros.\n",
    "es.md": "# Nuevo puente\n\nLa ciudad inauguró el lunes un nuevo puente sobre el río. El puente mide 1.200 "
             "metros y costó 45 millones de euros.\n",
    "fr.html": "<html><head><meta charset='utf-8'><title>Nouveau pont</title></head><body>"
               "<nav><a href='/'>Accueil</a> <a href='/monde'>Monde</a></nav><article><h1>Nouveau pont</h1>"
               "<p>La ville a inauguré lundi un nouveau pont sur le fleuve. Le pont mesure 1 200 mètres et a "
               "coûté 45 milliards d'euros.</p></article></body></html>",
}
FLOOD = {
    "de.txt": "Nach den schweren Regenfällen mussten 2.500 Menschen ihre Häuser verlassen.\n",
    "it.txt": "Dopo le forti piogge, 2.500 persone hanno dovuto lasciare le loro case.\n",
    "pt.txt": "Após as fortes chuvas, 2.500 pessoas tiveram de deixar as suas casas.\n",
}
BUDGET = "\n".join(json.dumps(r, ensure_ascii=False) for r in (
    {"id": "en", "lang": "en", "text": "The government raised the education budget to 3.4 billion dollars in 2024."},
    {"id": "nl", "text": "De regering verhoogde het onderwijsbudget in 2024 tot 3,4 miljard dollar."},
)) + "\n"
MENU_PAGE = ("<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a></nav>"
             "<script>var x = 1;</script></body></html>")


def write(folder: Path, files: dict[str, str | bytes]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        data = content if isinstance(content, bytes) else content.encode("utf-8")
        (folder / name).write_bytes(data)
    return folder


@pytest.fixture
def stories(tmp_path: Path) -> Path:
    root = tmp_path / "stories"
    write(root / "bridge", BRIDGE)
    write(root / "flood", FLOOD)
    write(root / "budget", {"articles.jsonl": BUDGET})
    return root


@pytest.fixture(autouse=True)
def no_cache(monkeypatch):
    monkeypatch.setenv("CLAIMCHECK_NO_CACHE", "1")


def cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main([*argv, *(("--model", "fake") if argv[0] in ("check", "batch", "baseline") else ()),
                 *(("--no-progress",) if argv[0] in ("check", "batch") else ())])
    out = capsys.readouterr()
    return code, out.out, out.err


# --- the happy path --------------------------------------------------------------------------------------


def test_every_input_format_and_output_format(stories: Path, tmp_path: Path, capsys):
    code, out, err = cli(capsys, "check", str(stories / "bridge"))
    assert code == 1, err
    assert "45 milliards d'euros" in out and "No conflicting" not in out
    assert "Accueil" not in out  # the page's menu is no article text

    code, _, err = cli(capsys, "check", str(stories / "flood"), "--format", "json", "-o", str(tmp_path / "f.json"))
    data = json.loads((tmp_path / "f.json").read_text(encoding="utf-8"))
    assert code == 0, err
    assert [(a["id"], a["lang"], a["error"]) for a in data["articles"]] == [
        ("de", "de", None), ("it", "it", None), ("pt", "pt", None)]
    assert data["summary"]["unreadable"] == 0 and data["conflicts"] == []

    code, _, err = cli(capsys, "check", str(stories / "budget"), "--format", "html", "-o", str(tmp_path / "b.html"))
    assert code in (0, 1), err
    assert (tmp_path / "b.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")

    code, _, err = cli(capsys, "batch", str(stories), "--output-dir", str(tmp_path / "out"))
    assert code == 1, err
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["bridge.json", "budget.json", "flood.json"]
    assert "3 stories checked" in err
    flagged = re.findall(r"^claimcheck: (\w+): \d+ findings? \((?:\d+ (?:high|medium|low)(?:, )?)+\); report (.+)$", err, re.M)
    assert flagged and all(Path(path).name == f"{story}.json" for story, path in flagged), err  # which story, where


def test_a_file_url_and_a_local_http_server(stories: Path, capsys):
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            body = BRIDGE["fr.html"].encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{httpd.server_address[1]}/fr.html"
        en_url = (stories / "bridge" / "en.txt").resolve().as_uri()  # file:///…/en.txt
        code, out, err = cli(capsys, "check", en_url, url, "--format", "json")
    finally:
        httpd.shutdown()
        httpd.server_close()
    data = json.loads(out)
    assert [(a["id"], a["error"]) for a in data["articles"]] == [("en", None), ("fr", None)], err
    assert code == 1  # 45 million against 45 milliards
    folder_url = (stories / "flood").resolve().as_uri()
    code, out, err = cli(capsys, "check", folder_url, "--format", "json")
    assert code == 0, err
    assert json.loads(out)["story"] == "flood"  # a folder given as a file:// URL is the story, as its path is


# --- bad input: named, kept apart, never success ---------------------------------------------------------

BAD = {
    "empty file": ({"empty.txt": ""}, "empty.txt", "The file is empty."),
    "binary file": ({"blob.txt": bytes(range(256)) * 4}, "blob.txt", "not text"),
    "binary html": ({"blob.html": b"\x00\x01\x02PK\x03\x04" * 50}, "blob.html", "not text"),
    "language without a table": ({"news.txt": UNSUPPORTED_ARTICLE[2] + "\n"}, "news.txt",
                                 f"{UNSUPPORTED_ARTICLE[1]} ({UNSUPPORTED_ARTICLE[0]})"),
    "jsonl line without text": ({"more.jsonl": '{"id": "sv", "lang": "sv"}\n'}, "more.jsonl",
                                'Line 1 has no "text" string'),
    "html page with no article body": ({"menu.html": MENU_PAGE}, "menu.html", "holds no article text"),
    "unsupported file type": ({"notes.pdf": b"%PDF-1.4"}, "notes.pdf", "Unsupported file type '.pdf'"),
}


@pytest.mark.parametrize("files, name, problem", BAD.values(), ids=BAD.keys())
def test_a_bad_input_is_named_and_the_rest_still_checked(files, name, problem, stories: Path, tmp_path: Path, capsys):
    bad = write(tmp_path / "bad", files)
    report = tmp_path / "report.json"
    code, _, err = cli(capsys, "check", str(stories / "flood"), str(bad / name), "--format", "json", "-o", str(report))
    assert code == 2, err
    assert f"{bad / name}: " in err and problem in err, err
    assert "not everything was checked" in err
    data = json.loads(report.read_text(encoding="utf-8"))
    listed = {a["id"]: a["error"] for a in data["articles"]}
    assert {k: v for k, v in listed.items() if v is None} == {"de": None, "it": None, "pt": None}  # nothing lost
    assert any(v and problem in v for v in listed.values())


def test_a_non_utf8_file_is_read_not_refused(tmp_path: Path, capsys):
    folder = write(tmp_path / "story", {"es.txt": "El puente costó 45 millones de euros, dijo el alcalde el lunes.\n"
                                                  .encode("cp1252"),
                                        "en.txt": "The bridge cost 45 million euros, the mayor said on Monday.\n"})
    code, out, err = cli(capsys, "extract", str(folder), "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert "45 millones de euros" in {c["text"] for c in data["claims"] if c["article"] == "es"}
    assert any("costó 45 millones" in c["sentence"] for c in data["claims"])  # é decoded, nothing lost


@pytest.mark.parametrize("argv, problem", [
    (["check", "{tmp}/missing.txt", "{tmp}/also-missing.txt"], "missing.txt: File not found."),
    (["check", "{tmp}/one"], "only 1 readable article; a story needs at least 2"),
    (["check", "ftp://example.org/es.txt", "{tmp}/one/de.txt"], "Unsupported URL scheme 'ftp'"),
    (["check", "file://server/share/es.txt", "{tmp}/one/de.txt"], "names the host 'server'"),
    (["batch", "{tmp}/missing", "--output-dir", "{tmp}/out"], "missing: not a folder"),
])
def test_paths_that_cannot_be_checked_exit_2(argv, problem, tmp_path: Path, capsys):
    write(tmp_path / "one", {"de.txt": FLOOD["de.txt"]})
    code, out, err = cli(capsys, *[a.replace("{tmp}", str(tmp_path)) for a in argv])
    assert code == 2, err
    assert problem in err, err
    assert "Traceback" not in err
    assert "No conflicting numbers found." not in out


def test_the_text_report_never_reads_as_success_when_an_input_was_not_read(stories: Path, tmp_path: Path, capsys):
    write(tmp_path / "bad", {"empty.txt": ""})
    code, out, _ = cli(capsys, "check", str(stories / "flood"), str(tmp_path / "bad" / "empty.txt"))
    flat = " ".join(out.split())  # the terminal wraps long lines
    assert code == 2
    assert "unreadable: " in flat and "empty.txt: The file is empty." in flat
    assert "1 input could not be read" in flat and "not fully checked" in flat
    assert "No conflicting numbers found." not in flat
    code, out, _ = cli(capsys, "check", str(stories / "flood" / "de.txt"))
    assert code == 2
    assert "Not checked: only 1 article could be read" in " ".join(out.split())


# --- the baseline from the command line ------------------------------------------------------------------


def test_baseline_accept_change_stale(stories: Path, tmp_path: Path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    bridge = stories / "bridge"
    assert cli(capsys, "check", str(bridge))[0] == 1

    missing = tmp_path / "no-baseline.json"
    code, _, err = cli(capsys, "check", str(bridge), "--baseline", str(missing))
    assert code == 1 and "no such baseline file yet" in err

    code, _, err = cli(capsys, "baseline", str(stories))
    assert code == 0, err
    baseline = tmp_path / "claimcheck-baseline.json"
    entries = json.loads(baseline.read_text(encoding="utf-8"))["conflicts"]
    assert entries and {e["story"] for e in entries} <= {"bridge", "budget"}

    code, _, err = cli(capsys, "check", str(bridge), "--baseline", str(baseline))
    assert code == 0, err  # accepted
    assert "accepted by" in err and "stale" not in err
    code, _, err = cli(capsys, "batch", str(stories), "--output-dir", str(tmp_path / "out"), "--baseline", str(baseline))
    assert code == 0, err  # batch honours the baseline as check and the plugin do
    assert "0 with conflicts the baseline does not accept" in err

    code, _, err = cli(capsys, "check", *map(str, sorted(bridge.iterdir())), "--baseline", str(baseline))
    assert code == 1 and "give the story's folder, not its files" in err

    fr = bridge / "fr.html"
    fr.write_text(fr.read_text(encoding="utf-8").replace("45 milliards", "46 milliards"), encoding="utf-8")
    code, _, err = cli(capsys, "check", str(bridge), "--baseline", str(baseline))
    assert code == 1, err  # a changed figure after acceptance fails again
    assert "stale entr" in err  # and the entry it replaced is listed

    fr.write_text(fr.read_text(encoding="utf-8").replace("46 milliards", "45 millions"), encoding="utf-8")
    code, _, err = cli(capsys, "check", str(bridge), "--baseline", str(baseline))
    assert code == 0, err
    assert "story 'bridge': " in err and "stale entr" in err and "45 milliards d'euros" in err
    assert "`claimcheck baseline` prunes them" in err
