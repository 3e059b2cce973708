"""Reading http(s) URLs, against a local server on 127.0.0.1 started by the test."""
from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from claimcheck.read import read_inputs

FIXTURES = Path(__file__).parent / "fixtures" / "read"

PAGES: dict[str, tuple[int, str, bytes]] = {
    "/news/nordalia.html": (200, "text/html; charset=utf-8", (FIXTURES / "article.html").read_bytes()),
    "/plain/fr": (200, "text/plain; charset=windows-1252",
                  "Le groupe a investi 13 milliards d’euros en 2021.\r\nLa direction a confirmé.".encode("cp1252")),
    "/noheader-charset": (200, "text/html",
                          ("<html><head><title>Bilan</title></head><body><p>微软向诺达投资10亿美元，"
                           "2021年继续投资20亿美元。</p></body></html>").encode("gb18030")),
    "/logo.png": (200, "image/png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
    "/empty": (200, "text/html", b""),
}


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (http.server's naming)
        status, content_type, body = PAGES.get(self.path, (404, "text/html", b"<h1>Not found</h1>"))
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):  # keep test output clean
        pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_html_page_goes_through_the_html_path(server):
    url = f"{server}/news/nordalia.html"
    (article,) = read_inputs([url])
    assert article.ok, article.error
    assert (article.id, article.format, article.url, article.source) == ("nordalia", "url", url, url)
    assert article.title == "Nordalia invierte 13.000 millones en su red eléctrica"
    assert "2.300 técnicos" in article.text
    assert "99999" not in article.text and "Portada" not in article.text
    assert article.lang == "es"


def test_plain_text_page_is_taken_as_is_in_its_declared_charset(server):
    (article,) = read_inputs([f"{server}/plain/fr"], lang="fr")
    assert article.ok
    assert article.text == "Le groupe a investi 13 milliards d’euros en 2021.\nLa direction a confirmé."
    assert (article.lang, article.lang_source) == ("fr", "given")


def test_page_without_declared_charset_is_decoded_by_detection(server):
    (article,) = read_inputs([f"{server}/noheader-charset"])
    assert article.ok
    assert "微软向诺达投资10亿美元" in article.text
    assert article.lang == "zh"


@pytest.mark.parametrize(
    "path, message",
    [
        ("/missing", "The page could not be fetched: the server answered HTTP 404 Not Found."),
        ("/logo.png", "Not an HTML or text page: the server sent image/png."),
        ("/empty", "The page is empty."),
    ],
)
def test_bad_pages_are_errors_with_their_reason(server, path, message):
    url = f"{server}{path}"
    (article,) = read_inputs([url])
    assert article.error == message
    assert article.source == article.url == url
    assert article.text == ""


def test_unreachable_server_is_an_error_and_other_inputs_still_read(server, tmp_path):
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    good = tmp_path / "en.txt"
    good.write_text("Revenue rose 5% to $2bn.\n", encoding="utf-8")
    articles = read_inputs([f"http://127.0.0.1:{port}/story", str(good)])
    assert articles[0].error.startswith("The page could not be fetched: ")
    assert articles[1].ok
