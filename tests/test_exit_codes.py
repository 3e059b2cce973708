"""A run that cannot check everything says so: one row per way a run can fall short.

Each row pins the exit code, the message on stderr and what the written report lists.
The CLI runs in-process (``claimcheck.cli.main``) with the fake encoder, so rows can
simulate a full disk or a slow server.
"""
from __future__ import annotations

import errno
import json
import os
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable

import pytest

import claimcheck
import claimcheck.read
from claimcheck.cli import main

ES = "Microsoft invirtió 11 millones de dólares en OpenAI en 2023.\n"
FR = "Microsoft a investi 11 milliards de dollars dans OpenAI en 2023.\n"
EN_OK = "The factory has employed 1,200 people since 2021.\n"
ES_OK = "La fábrica emplea a 1.200 personas desde 2021.\n"


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (http.server's naming)
        if self.path == "/slow":  # headers at once, then 2 bytes a second, forever
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
        if self.path == "/slow-headers":  # the status line itself trickles
            try:
                for byte in b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n":
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(0.5)
            except OSError:
                pass
            return
        body = b"<h1>Not found</h1>"
        self.send_response(404)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@dataclass
class Case:
    """One row: how to set it up, the expected exit code, stderr text, and the report's articles."""

    argv: Callable[[Path, str], list[str]]
    code: int
    message: str
    articles: dict[str, str | None] = field(default_factory=dict)  # id -> error substring (None: read fine)
    setup: Callable[[Path, pytest.MonkeyPatch], None] | None = None
    report: str | None = "report.json"  # where the JSON report lands (None: no report expected)


def story(tmp: Path, name: str = "story", **articles: str | bytes) -> Path:
    folder = tmp / name
    folder.mkdir(parents=True, exist_ok=True)
    for aid, text in articles.items():
        path = folder / (aid if "." in aid else f"{aid}.txt")
        path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return folder


def check(*paths: str | Path, extra: tuple[str, ...] = ()) -> list[str]:
    return ["check", *map(str, paths), "--model", "fake", "--no-progress", "--format", "json",
            "-o", "{tmp}/report.json", *extra]


def full_disk(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The disk fills up half-way through writing the report."""
    real_fdopen = os.fdopen

    class Full:
        def __init__(self, handle):
            self._handle = handle

        def write(self, text):
            self._handle.write(text[: len(text) // 2])
            raise OSError(errno.ENOSPC, "No space left on device")

        def __getattr__(self, name):
            return getattr(self._handle, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self._handle.close()

    monkeypatch.setattr("claimcheck.cli.os.fdopen", lambda *a, **k: Full(real_fdopen(*a, **k)))


def short_deadline(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(claimcheck.read, "URL_DEADLINE_S", 1.5)


def crash(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args, **kwargs):
        raise RuntimeError("a bug in matching")

    monkeypatch.setattr("claimcheck.api.check", broken)


CASES = {
    "consistent story": Case(lambda t, s: check(story(t, en=EN_OK, es=ES_OK)), 0, "", {"en": None, "es": None}),
    "conflict": Case(lambda t, s: check(story(t, es=ES, fr=FR)), 1, "", {"es": None, "fr": None}),
    "404 URL": Case(lambda t, s: check(story(t, es=ES, fr=FR), f"{s}/missing"), 2, "HTTP 404 Not Found",
                    {"es": None, "fr": None, "missing": "HTTP 404"}),
    "404 URL, --allow-unreadable": Case(
        lambda t, s: check(story(t, es=ES, fr=FR), f"{s}/missing", extra=("--allow-unreadable",)), 1, "HTTP 404",
        {"es": None, "fr": None, "missing": "HTTP 404"}),
    "missing file": Case(lambda t, s: check(story(t, es=ES, fr=FR), t / "gone.txt"), 2, "gone.txt: File not found.",
                         {"es": None, "fr": None, "gone": "File not found."}),
    "unreadable file": Case(lambda t, s: check(story(t, es=ES, fr=FR, **{"bin.txt": b"\x00\x01binary\x00" * 40})),
                            2, "bin.txt: The file is not text", {"es": None, "fr": None, "bin": "not text"}),
    "one readable article": Case(lambda t, s: check(story(t, es=ES)), 2, "only 1 readable article", {"es": None}),
    "nothing readable": Case(lambda t, s: check(t / "a.txt", t / "b.txt"), 2, "nothing could be read",
                             {"a": "File not found.", "b": "File not found."}),
    "slow URL (2 bytes/s)": Case(lambda t, s: check(story(t, es=ES, fr=FR), f"{s}/slow"), 2,
                                 "did not finish within 1.5 s", {"es": None, "fr": None, "slow": "abandoned"},
                                 setup=short_deadline),
    "slow URL headers": Case(lambda t, s: check(story(t, es=ES, fr=FR), f"{s}/slow-headers"), 2,
                             "did not finish within 1.5 s", {"es": None, "fr": None, "slow-headers": "abandoned"},
                             setup=short_deadline),
    "--lang xx": Case(lambda t, s: check(story(t, es=ES, fr=FR), extra=("--lang", "xx")), 2,
                      "unknown language 'xx'; supported: ", report=None),
    'JSONL "lang": "zz"': Case(
        lambda t, s: check(story(t, **{"s.jsonl": json.dumps({"id": "a", "text": ES, "lang": "zz"}) + "\n"
                                       + json.dumps({"id": "b", "text": FR, "lang": "fr"}) + "\n"})),
        2, "unknown language 'zz'; supported: ", {"a": "unknown language 'zz'", "b": None}),
    "5,000-character JSONL id": Case(
        lambda t, s: check(story(t, **{"s.jsonl": json.dumps({"id": "x" * 5000, "text": EN_OK}) + "\n"
                                       + json.dumps({"id": "es", "text": ES_OK}) + "\n"})),
        0, "", {"x" * 79 + "…": None, "es": None}),
    "escape sequences in a name": Case(lambda t, s: check(story(t, **{"en\x1b[2J.txt": EN_OK, "es.txt": ES_OK})),
                                       0, "", {"en\\x1b[2J": None, "es": None}),
    "full disk": Case(lambda t, s: check(story(t, es=ES, fr=FR)), 3, "No space left on device (no report written)",
                      setup=full_disk, report=None),
    "unwritable path": Case(lambda t, s: [*check(story(t, es=ES, fr=FR))[:-1], str(t)], 2,
                            "cannot write the report: Is a directory", report=None),
    "internal error": Case(lambda t, s: check(story(t, es=ES, fr=FR)), 3, "internal error (RuntimeError: a bug",
                           setup=crash, report=None),
}


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_exit_code_message_and_report(case: Case, tmp_path: Path, server: str, monkeypatch, capsys):
    monkeypatch.setenv("CLAIMCHECK_NO_CACHE", "1")
    if case.setup:
        case.setup(tmp_path, monkeypatch)
    argv = [a.replace("{tmp}", str(tmp_path)) for a in case.argv(tmp_path, server)]
    started = time.monotonic()
    code = main(argv)
    err = capsys.readouterr().err
    assert code == case.code, err
    assert case.message in err
    assert "\x1b" not in err
    assert time.monotonic() - started < 30
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []  # no half-written temporary file
    if case.report is None:
        assert not (tmp_path / "report.json").exists()
        return
    report = json.loads((tmp_path / case.report).read_text(encoding="utf-8"))
    listed = {a["id"]: a["error"] for a in report["articles"]}
    assert set(listed) == set(case.articles)
    for aid, error in case.articles.items():
        assert (listed[aid] is None) if error is None else (error in listed[aid]), (aid, listed[aid])


def test_escaped_name_in_the_terminal_and_in_html(tmp_path: Path, capsys):
    folder = story(tmp_path, **{"en\x1b[2J<b>evil.txt": EN_OK, "es.txt": ES_OK, "fr\x07.txt": b"\x00\x01" * 50})
    code = main(["check", str(folder), "--model", "fake", "--no-progress"])
    out, err = capsys.readouterr()
    assert code == 2
    assert "\x1b" not in out + err and "\x07" not in out + err
    assert "en\\x1b[2J<b>evil" in out and "fr\\x07.txt" in err
    html = tmp_path / "r.html"
    main(["check", str(folder), "--model", "fake", "--no-progress", "--format", "html", "-o", str(html)])
    page = html.read_text(encoding="utf-8")
    assert "en\\x1b[2J&lt;b&gt;evil" in page and "<b>evil" not in page  # the id, escaped twice over


def test_empty_story_in_batch_exits_2_and_its_report_lists_the_errors(tmp_path: Path, capsys):
    root = tmp_path / "stories"
    story(root, "good", es=ES_OK, en=EN_OK)
    story(root, "empty", es="", fr="   \n")
    out = tmp_path / "out"
    code = main(["batch", str(root), "--output-dir", str(out), "--model", "fake", "--no-progress"])
    err = capsys.readouterr().err
    assert code == 2
    assert "story 'empty': nothing could be read" in err and "1 not fully checked" in err
    empty = json.loads((out / "empty.json").read_text(encoding="utf-8"))
    assert {a["id"]: a["error"] for a in empty["articles"]} == {"es": "The file is empty.", "fr": "The file is empty."}
    assert json.loads((out / "good.json").read_text(encoding="utf-8"))["conflicts"] == []
    assert main(["batch", str(root), "--output-dir", str(out), "--model", "fake", "--no-progress",
                 "--allow-unreadable"]) == 2  # nothing readable at all stays 2


@pytest.mark.parametrize(
    "make_inputs",
    [
        lambda d: str(d),
        lambda d: d,
        lambda d: [str(d / "es.txt"), d / "fr.txt"],
        lambda d: (d / "es.txt", d / "fr.txt"),
        lambda d: {"es": ES, "fr": FR},
    ],
    ids=["str folder", "Path folder", "list of str and Path", "tuple of Paths", "mapping of texts"],
)
def test_api_accepts_paths_lists_and_mappings(make_inputs, tmp_path: Path):
    folder = story(tmp_path, es=ES, fr=FR)
    report = claimcheck.check(make_inputs(folder), model="fake")
    assert [a.id for a in report.articles] == ["es", "fr"] and not report.errors
    assert report.findings and report.findings[0].type == "scale"
    assert [a.id for a in claimcheck.extract(make_inputs(folder)).articles] == ["es", "fr"]


def test_api_raises_nothing_readable_with_the_report(tmp_path: Path):
    with pytest.raises(claimcheck.NothingReadable) as caught:
        claimcheck.check(tmp_path / "missing.txt", model="fake")
    assert [a.error for a in caught.value.report.articles] == ["File not found."]
    with pytest.raises(claimcheck.NothingReadable):
        claimcheck.extract({"es": "  "})
    with pytest.raises(claimcheck.NothingReadable):
        list(claimcheck.batch(tmp_path, model="fake"))  # no story folder at all


def test_api_rejects_unknown_languages_and_wrong_types(tmp_path: Path):
    with pytest.raises(claimcheck.UnsupportedLanguage) as caught:
        claimcheck.check({"es": ES, "fr": FR}, lang="xx", model="fake")
    assert caught.value.supported == claimcheck.supported_languages() and "es" in caught.value.supported
    with pytest.raises(TypeError):
        claimcheck.check(42, model="fake")


def test_api_batch_accepts_a_root_or_a_list_and_yields_unreadable_stories(tmp_path: Path):
    root = tmp_path / "stories"
    story(root, "a", es=ES, fr=FR)
    story(root, "b", es="")
    stories = dict(claimcheck.batch(root, model="fake"))
    assert set(stories) == {"a", "b"} and stories["b"].errors and not stories["a"].errors
    assert [name for name, _ in claimcheck.batch([root / "a", str(root / "b")], model="fake")] == ["a", "b"]


def test_two_runs_give_byte_identical_json(tmp_path: Path):
    folder = story(tmp_path, es=ES, fr=FR, en="Microsoft invested $11 billion in OpenAI in 2023.\n")
    first, second = tmp_path / "1.json", tmp_path / "2.json"
    for out in (first, second):
        assert main(["check", str(folder), "--model", "fake", "--no-progress", "--format", "json", "-o", str(out)]) == 1
    assert first.read_bytes() == second.read_bytes()
    assert "timings" not in json.loads(first.read_text(encoding="utf-8"))
    main(["check", str(folder), "--model", "fake", "--no-progress", "--format", "json", "-o", str(first), "--timings"])
    assert "timings" in json.loads(first.read_text(encoding="utf-8"))


def test_over_long_article_is_cut_at_a_sentence_end_with_a_notice(tmp_path: Path, capsys):
    long = "".join(f"Paragraph {i} says the plant employs {i} people.\n\n" for i in range(1, 400))
    folder = story(tmp_path, en=long, es=ES_OK)
    out = tmp_path / "r.json"
    code = main(["check", str(folder), "--model", "fake", "--no-progress", "--format", "json", "-o", str(out),
                 "--max-article-chars", "5000"])
    err = capsys.readouterr().err
    report = json.loads(out.read_text(encoding="utf-8"))
    (notice,) = report["notices"]
    assert notice.startswith(f"en: the article has {len(long):,} characters; only the first ") and "5,000" in notice
    assert "notice: en: the article has" in err and code in (0, 1)
    en = next(a for a in report["articles"] if a["id"] == "en")
    assert 2500 < en["chars"] <= 5000 and long[: en["chars"]].endswith("\n")
    assert main(["check", str(folder), "--model", "fake", "--max-article-chars", "10"]) == 2


def test_report_written_atomically_has_ordinary_permissions(tmp_path: Path):
    from claimcheck.cli import write_atomic

    out = tmp_path / "sub" / "report.json"
    write_atomic(out, "{}\n")
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask
    out.chmod(0o640)
    write_atomic(out, "[]\n")
    assert out.read_text(encoding="utf-8") == "[]\n" and out.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in out.parent.iterdir()] == ["report.json"]
