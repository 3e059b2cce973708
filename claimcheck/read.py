"""Read articles from files, folders, JSONL and URLs into ``Article`` records.

Every offset later stages produce indexes ``Article.text``, so the text is kept
as read: decoded (BOM stripped), newlines normalised the way
``Path.read_text`` does (``\\r\\n`` and ``\\r`` become ``\\n``), nothing else.
A user's mistake (missing, unreadable, empty, binary or undecodable file, bad
JSONL line, unreachable URL) never raises: it becomes an Article whose
``error`` is a sentence naming the problem, and the other inputs still read.
The error does not repeat the file name: ``Article.source`` holds it, and the
CLI and reports print ``source: error``.
"""
from __future__ import annotations

import codecs
import json
import logging
import re
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Sequence

from claimcheck.langid import detect, normalize_lang
from claimcheck.records import Article

log = logging.getLogger(__name__)

TEXT_SUFFIXES = (".txt", ".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl",)
SUPPORTED_SUFFIXES: tuple[str, ...] = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES

# Files a folder holds next to its articles that are not articles; named explicitly they still read.
NOT_ARTICLES = ("readme", "license", "licence", "changelog", "contributing", "notes")

URL_TIMEOUT_S = 20
MAX_URL_BYTES = 20_000_000
_USER_AGENT = "claimcheck (numeric claim consistency checker)"
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Control characters other than tab/newline/carriage return/form feed: many of them means binary.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


class ReadError(Exception):
    """A user-facing reason an input could not be read (message is a full sentence)."""


# ---------------------------------------------------------------- decoding


def normalize_newlines(text: str) -> str:
    """Universal newlines, as ``Path.read_text`` gives them (what score.py indexes)."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_bytes(data: bytes, what: str = "file", declared: str | None = None) -> str:
    """Text of ``data``: BOM, then UTF-8, then the declared charset, then detection.

    Raises ReadError for empty, binary or undecodable data.
    """
    if not data.strip():
        raise ReadError(f"The {what} is empty.")
    text = _decode(data, what, declared)
    if text is None:
        raise ReadError(f"The {what} cannot be decoded: it is not UTF-8 and its encoding could not be detected.")
    if len(_CONTROL.findall(text[:65536])) > max(8, len(text[:65536]) // 100):
        raise ReadError(f"The {what} is not text: it is full of control characters (binary data?).")
    if not text.strip():
        raise ReadError(f"The {what} is empty.")
    return normalize_newlines(text)


def _decode(data: bytes, what: str, declared: str | None) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding)
            except UnicodeDecodeError as exc:
                raise ReadError(f"The {what} starts with a {encoding} byte-order mark but is not valid {encoding}: "
                                f"{exc.reason} at byte {exc.start + len(bom)}.") from None
    if b"\x00" in data[:65536]:
        text = _utf16_or_32_without_bom(data)
        if text is None:
            raise ReadError(f"The {what} is not text: it contains NUL bytes (binary data?).")
        return text
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    return _detect_decode(data)


# Characters a text in a supported language plausibly holds beyond ASCII; a wrong
# decoding shows up as others (halfwidth katakana, Hangul, "ń" in Spanish...).
_EXPECTED_NON_ASCII = re.compile(
    "[áéíóúüñ¿¡àèìòùâêîôûëïçœæäößãõÿÁÉÍÓÚÜÑÀÈÌÒÙÂÊÎÔÛËÏÇŒÆÄÖÃÕ"
    "\u00a0\u00ab\u00bb\u00b0\u00b7\u00a7\u00b2\u00b3\u00bd\u00ba\u00aa\u00d7€£¥"
    "\u2010-\u2027\u202f\u2030-\u203a"
    "\u3000-\u303f\u3040-\u30ff\u4e00-\u9fff\uff01-\uff5e"
    "\u0400-\u04ff]"
)


# Cyrillic glued to Latin letters inside one word: a Latin text decoded as cp1251/KOI8.
_MIXED_SCRIPT = re.compile(r"(?<=[A-Za-z])[\u0400-\u04ff]|[\u0400-\u04ff](?=[A-Za-z])")


def _plausibility(text: str) -> float:
    """Share of non-ASCII characters that a supported language would use (1.0 when all ASCII)."""
    non_ascii = [c for c in text if ord(c) > 127]
    if not non_ascii:
        return 1.0
    expected = sum(1 for c in non_ascii if _EXPECTED_NON_ASCII.match(c))
    expected -= len(_MIXED_SCRIPT.findall(text))
    return expected / len(non_ascii)


def _utf16_or_32_without_bom(data: bytes) -> str | None:
    """UTF-16/32 text saved without a byte-order mark (NUL bytes in every other place)."""
    for encoding in ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if text.strip() and not _CONTROL.search(text) and _plausibility(text) >= 0.9:
            return text
    return None


# Tried after charset-normalizer's guesses, which can be empty or wrong on a short text.
_FALLBACK_ENCODINGS = ("cp1252", "gb18030", "big5", "shift_jis", "euc-jp", "cp1251", "koi8-r", "iso-8859-15")


# Below this no decoding reads like a supported language: binary data or an exotic encoding.
_MIN_PLAUSIBILITY = 0.5


def _detect_decode(data: bytes) -> str | None:
    """Decode with charset-normalizer's candidates, re-ranked by plausibility: its own
    ranking alone misreads short texts (Spanish cp1252 as cp1250, GB18030 as Shift-JIS)."""
    from charset_normalizer import from_bytes

    candidates = [str(match) for match in from_bytes(data)]
    for encoding in _FALLBACK_ENCODINGS:
        try:
            candidates.append(data.decode(encoding))
        except UnicodeDecodeError:
            pass
    if not candidates:
        return None
    score, best = max((_plausibility(text), -i) for i, text in enumerate(candidates))
    return candidates[-best] if score >= _MIN_PLAUSIBILITY else None


# ---------------------------------------------------------------- formats


def _html_to_text(html: str) -> tuple[str, str | None]:
    """Main text and title of an HTML page (scripts, styles, navigation dropped).

    The title goes first in the text, as the headline line does in a .txt article.
    trafilatura's full metadata pass is skipped: it costs seconds (date parsing) on first use.
    """
    import trafilatura

    text = None
    try:
        doc = trafilatura.bare_extraction(html, include_comments=False, include_tables=True,
                                          favor_recall=True, with_metadata=False)
        text = getattr(doc, "text", None) if doc is not None else None
    except Exception:  # trafilatura raises assorted errors on malformed markup
        text = None
    if not text or not text.strip():
        text = _plain_html_text(html)
    title = _page_title(html)
    text = normalize_newlines(text or "").strip()
    if title:
        if text and not text.startswith(title):
            text = f"{title}\n\n{text}"
        elif not text:
            text = title
    return text, title


def _page_title(html: str) -> str | None:
    """The article's title as trafilatura finds it (site name trimmed), else the <title>."""
    title = None
    try:
        from trafilatura.metadata import extract_title
        from trafilatura.utils import load_html

        tree = load_html(html)
        title = extract_title(tree) if tree is not None else None
    except Exception:  # an internal helper: any failure falls back to <title>
        title = None
    title = title or _html_title(html)
    return " ".join(title.split()) if title and title.strip() else None


def _plain_html_text(html: str) -> str:
    """Every visible text node, a paragraph per block, for pages trafilatura finds no main text in."""
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except Exception:
        return ""
    for bad in root.xpath("//script|//style|//noscript|//nav|//template|//head"):
        bad.drop_tree()
    blocks = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "section", "article",
              "header", "footer", "blockquote", "pre", "td", "title")
    for el in root.iter(*blocks):
        el.tail = "\n" + (el.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def _html_title(html: str) -> str | None:
    m = re.search(r"<title[^>]*>(.*?)</title>", html, re.I | re.S)
    if not m:
        return None
    import html as html_lib

    return " ".join(html_lib.unescape(m.group(1)).split()) or None


def _declared_charset(data: bytes) -> str | None:
    m = re.search(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", data[:4096], re.I)
    return m.group(1).decode("ascii") if m else None


def _article(article_id: str, source: str, text: str, fmt: str, lang: str | None,
             lang_source: str | None = None, title: str | None = None, url: str | None = None) -> Article:
    """An Article with its language resolved: given, from the data, or detected."""
    lang = normalize_lang(lang)
    if lang:
        resolved, how = lang, (lang_source or "given")
    else:
        resolved = detect(text)
        how = "detected" if resolved else "unknown"
    return Article(id=article_id, source=source, text=text, lang=resolved, lang_source=how,
                   title=title, url=url, format=fmt)


def _error(article_id: str, source: str, fmt: str, message: str) -> Article:
    return Article(id=article_id, source=source, format=fmt, error=message)


def article_from_text(article_id: str, text: str, lang: str | None = None, source: str = "<text>") -> Article:
    """An Article from a string already in memory (API, tests): newlines normalised, nothing else."""
    text = normalize_newlines(text)
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        return _error(article_id, source, "txt", "The text is empty.")
    return _article(article_id, source, text, "txt", lang)


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise ReadError("File not found.") from None
    except PermissionError:
        raise ReadError("Permission denied: the file cannot be read.") from None
    except IsADirectoryError:
        raise ReadError("This is a folder, not a file.") from None
    except OSError as exc:
        raise ReadError(f"The file cannot be read: {exc.strerror or exc}.") from None


def _format_of(suffix: str) -> str:
    suffix = suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in (".md", ".markdown"):
        return "md"
    return "txt"


def read_file(path: Path, lang: str | None = None) -> list[Article]:
    """The articles in one file (one, or one per line for JSONL)."""
    fmt = _format_of(path.suffix)
    article_id = path.stem
    if not path.exists():
        return [_error(article_id, str(path), fmt, "File not found.")]
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        kind = f"Unsupported file type {path.suffix!r}" if path.suffix else "No file suffix"
        return [_error(article_id, str(path), fmt,
                       f"{kind}: claimcheck reads {', '.join(SUPPORTED_SUFFIXES)} files and http(s) URLs.")]
    try:
        data = _read_bytes(path)
        if fmt == "html":
            text = decode_bytes(data, "file", declared=_declared_charset(data))
        else:
            text = decode_bytes(data, "file")
    except ReadError as exc:
        return [_error(article_id, str(path), fmt, str(exc))]
    if fmt == "jsonl":
        return _read_jsonl(text, path, lang)
    if fmt == "html":
        return [_html_article(article_id, str(path), text, lang)]
    return [_article(article_id, str(path), text, fmt, lang)]


def _html_article(article_id: str, source: str, html: str, lang: str | None, fmt: str = "html",
                  url: str | None = None) -> Article:
    text, title = _html_to_text(html)
    if not text.strip():
        return _error(article_id, source, fmt, f"The {'page' if fmt == 'url' else 'file'} holds no readable text.")
    return _article(article_id, source, text, fmt, lang, title=title, url=url)


def _read_jsonl(text: str, path: Path, lang: str | None) -> list[Article]:
    """One article per non-blank line: {"id", "text", optional "lang", "title", "url"}."""
    articles: list[Article] = []
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        fallback_id = f"{path.stem}-{lineno}"

        def bad(article_id: str, problem: str) -> Article:
            return _error(article_id, str(path), "jsonl", f"Line {lineno} {problem}.")

        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            articles.append(bad(fallback_id, f"is not valid JSON: {exc.msg} (column {exc.colno})"))
            continue
        if not isinstance(record, dict):
            articles.append(bad(fallback_id, 'is not a JSON object with "id" and "text"'))
            continue
        body = record.get("text")
        article_id = str(record.get("id") or "").strip() or fallback_id
        if not isinstance(body, str):
            articles.append(bad(article_id, 'has no "text" string'))
            continue
        body = normalize_newlines(body)
        if not body.strip():
            articles.append(bad(article_id, 'has an empty "text"'))
            continue
        field_lang = record.get("lang") if isinstance(record.get("lang"), str) else None
        chosen, how = (lang, "given") if lang else (field_lang, "field")
        title = record.get("title") if isinstance(record.get("title"), str) else None
        url = record.get("url") if isinstance(record.get("url"), str) else None
        articles.append(_article(article_id, str(path), body, "jsonl", chosen, lang_source=how, title=title, url=url))
    if not articles:
        articles.append(_error(path.stem, str(path), "jsonl", "The file holds no JSON lines."))
    return articles


# ---------------------------------------------------------------- URLs


def is_url(value: str) -> bool:
    return value.lower().startswith(("http://", "https://"))


def _url_id(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    name = Path(urllib.parse.unquote(parts.path.rstrip("/"))).stem or parts.hostname or "page"
    return re.sub(r"[^\w.-]+", "_", name).strip("_") or "page"


_HTML_TYPES = ("text/html", "application/xhtml+xml", "application/xml")


def _url_error(article_id: str, url: str, message: str) -> Article:
    return Article(id=article_id, source=url, url=url, format="url", error=message)


def read_url(url: str, lang: str | None = None) -> Article:
    """Fetch one http(s) page; HTML goes through the HTML path, other text is taken as is."""
    article_id = _url_id(url)
    headers = {"User-Agent": _USER_AGENT, "Accept": "text/html,text/plain;q=0.9,*/*;q=0.5"}
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=URL_TIMEOUT_S) as response:
            data = response.read(MAX_URL_BYTES + 1)
            content_type = response.headers.get_content_type()
            charset = response.headers.get_content_charset()
    except urllib.error.HTTPError as exc:
        return _url_error(article_id, url,
                          f"The page could not be fetched: the server answered HTTP {exc.code} {exc.reason}.")
    except urllib.error.URLError as exc:
        return _url_error(article_id, url, f"The page could not be fetched: {exc.reason}.")
    except (TimeoutError, OSError, ValueError) as exc:
        return _url_error(article_id, url, f"The page could not be fetched: {exc}.")
    if len(data) > MAX_URL_BYTES:
        return _url_error(article_id, url, f"The page is larger than {MAX_URL_BYTES // 1_000_000} MB; not read.")
    if not (content_type.startswith("text/") or content_type in _HTML_TYPES):
        return _url_error(article_id, url, f"Not an HTML or text page: the server sent {content_type}.")
    try:
        text = decode_bytes(data, "page", declared=charset or _declared_charset(data))
    except ReadError as exc:
        return _url_error(article_id, url, str(exc))
    if content_type in _HTML_TYPES or re.search(r"<html|<body", text[:4096], re.I):
        return _html_article(article_id, url, text, lang, fmt="url", url=url)
    return _article(article_id, url, text, "url", lang, url=url)  # text/plain, text/markdown: as is


# ---------------------------------------------------------------- many inputs


def is_article_file(path: Path) -> bool:
    """Whether a file found in a folder is an article to read."""
    return (path.is_file() and path.suffix.lower() in SUPPORTED_SUFFIXES and not path.name.startswith(".")
            and path.stem.lower() not in NOT_ARTICLES)


def expand_inputs(paths: Sequence[str]) -> list[str | Path]:
    """Folders become their article files (supported suffix, not hidden, not a README; sorted,
    not recursive); URLs and files pass through."""
    out: list[str | Path] = []
    for raw in paths:
        if is_url(str(raw)):
            out.append(str(raw))
            continue
        path = Path(raw)
        if path.is_dir():
            try:
                files = sorted(p for p in path.iterdir() if is_article_file(p))
            except OSError:
                files = []  # an unlistable folder reads as a folder without articles, with its reason
            out.extend(files if files else [path])
        else:
            out.append(path)
    return out


def read_inputs(paths: Sequence[str], lang: str | None = None) -> list[Article]:
    """Read every input; ids are made unique (a warning says which were renamed)."""
    if isinstance(paths, (str, Path)):
        paths = [str(paths)]
    articles: list[Article] = []
    for item in expand_inputs(paths):
        if isinstance(item, str):
            articles.append(read_url(item, lang))
        elif item.is_dir():
            articles.append(_folder_error(item))
        else:
            articles.extend(read_file(item, lang))
    return _unique_ids(articles)


def _folder_error(folder: Path) -> Article:
    try:
        next(iter(folder.iterdir()), None)
    except PermissionError:
        return _error(folder.name, str(folder), "txt", "Permission denied: the folder cannot be listed.")
    except OSError as exc:
        return _error(folder.name, str(folder), "txt", f"The folder cannot be listed: {exc.strerror or exc}.")
    return _error(folder.name, str(folder), "txt",
                  f"The folder holds no article files ({', '.join(SUPPORTED_SUFFIXES)}).")


def _unique_ids(articles: list[Article]) -> list[Article]:
    seen: set[str] = {a.id for a in articles}
    used: set[str] = set()
    for article in articles:
        if article.id in used:
            n = 2
            while f"{article.id}-{n}" in seen or f"{article.id}-{n}" in used:
                n += 1
            new_id = f"{article.id}-{n}"
            log.warning("Two inputs are both named %r; the one from %s is called %r.",
                        article.id, article.source, new_id)
            article.id = new_id
        used.add(article.id)
    return articles
