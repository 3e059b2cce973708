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
import os
import re
import threading
import time
import urllib.parse
from pathlib import Path
from typing import Sequence

from claimcheck.errors import UnsupportedLanguage
from claimcheck.langdata import locale_code, page_chrome_classes, region_of, supported_languages
from claimcheck.langid import UNDETERMINED, identify_named, normalize_lang
from claimcheck.records import Article

log = logging.getLogger(__name__)

TEXT_SUFFIXES = (".txt", ".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl",)
SUPPORTED_SUFFIXES: tuple[str, ...] = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES

# Files a folder holds next to its articles that are not articles; named explicitly they still read.
NOT_ARTICLES = ("readme", "license", "licence", "changelog", "contributing", "notes")

URL_TIMEOUT_S = 20  # one network read
URL_DEADLINE_S = 30.0  # the whole download: a server that trickles bytes is abandoned after this
MAX_URL_BYTES = 20_000_000
MAX_FILE_BYTES = 50_000_000  # a file this large is not a news article: not read
#: Characters of one article that are checked; the rest is cut at a paragraph or sentence end, with a
#: notice.  Ten times a long news feature; it keeps a check of a hostile input within a minute while
#: matching cost grows faster than linearly (raise it with --max-article-chars once matching is linear).
MAX_ARTICLE_CHARS = 100_000
#: Article ids longer than this (a 5,000-character JSONL id) are cut, ending in an ellipsis.
MAX_ID_CHARS = 80
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


# ---------------------------------------------------------------- what users type


def validate_lang(code: str | None, where: str = "") -> str | None:
    """``code`` normalised with its region kept ('es_cl' -> 'es-CL', 'ES' -> 'es'), or None; raises
    UnsupportedLanguage for one without a table."""
    lang = normalize_lang(code)
    if lang is None:
        return None
    supported = supported_languages()
    if lang not in supported:
        raise UnsupportedLanguage(code.strip() if isinstance(code, str) else str(code), supported, where)
    return locale_code(lang, region_of(code))


_CONTROL_CHARS = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def escape_control(text: str) -> str:
    """Control characters as visible escapes ('\\x1b'), so a name cannot drive the terminal."""
    return _CONTROL_CHARS.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def clean_id(article_id: str) -> str:
    """An article id safe to show anywhere: control characters escaped, at most MAX_ID_CHARS."""
    article_id = escape_control(article_id)
    if len(article_id) > MAX_ID_CHARS:
        article_id = article_id[: MAX_ID_CHARS - 1] + "…"
    return article_id


def limit_article(article: Article, max_chars: int | None = None) -> str | None:
    """Cut an over-long article at its last paragraph or sentence end before the limit.

    Returns the notice that says what was cut, or None when the article fits.  Offsets stay
    valid: the kept text is a prefix of the text as read.
    """
    limit = MAX_ARTICLE_CHARS if max_chars is None else max_chars
    if not article.ok or len(article.text) <= limit:
        return None
    head = article.text[:limit]
    cut = max(head.rfind("\n"), *(head.rfind(end) for end in (". ", "。", "! ", "? ")))
    if cut < limit // 2:
        cut = limit  # no boundary in the second half: cut at the limit itself
    else:
        cut += 1
    total = len(article.text)
    article.text = article.text[:cut]
    return (f"{article.id}: the article has {total:,} characters; only the first {cut:,} were checked "
            f"(limit {limit:,}).")


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
        doc = trafilatura.bare_extraction(_without_page_chrome(html), include_comments=False, include_tables=True,
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


# Class and id words (split at spaces, "-" and "_") of page chrome that trafilatura keeps (language data
# ``page_chrome_classes``): its own list is English ("byline", "author") and, with favor_recall, keeps teaser
# boxes. Bylines and datelines ("Actualizado hace 2 horas", "03 mar 2025 - 14:04 CET") and related-article boxes
# carry figures that differ between editions of one story.
# Not "teaser" (many sites mark the article's own lead so, "article-teaser") nor "share" ("share-price"): the
# teasers of other articles are links behind a label (``_is_link_teaser``), and trafilatura drops share bars.
_CLASS_WORD = re.compile(r"[^\W_]+")
# A label before a teaser link: "Lire aussi :", "Te puede interesar:", "【関連記事】".
_MAX_TEASER_LABEL = 30


def _link_text(el) -> int:
    return sum(len(" ".join(a.text_content().split())) for a in el.iter("a"))


def _is_link_teaser(el) -> bool:
    """A paragraph that is a link to another article behind at most a short label ("Auch
    interessant: Pegel der Arna steigt um 2 Meter"): the other article's figures, not this one's."""
    total = len(" ".join(el.text_content().split()))
    links = _link_text(el)
    return links > 0 and total - links <= _MAX_TEASER_LABEL and links >= total - links


# A dateline: a short block that is mostly its <time> ("<time>Aktualisiert am 04.03.2025, 08:15 Uhr</time>
# · Lesezeit: 5 Min."); trafilatura drops the <time> and keeps the rest.
_MAX_DATELINE = 120


def _is_dateline(el) -> bool:
    times = el.findall(".//time")
    if not times:
        return False
    total = len(" ".join(el.text_content().split()))
    dated = sum(len(" ".join(t.text_content().split())) for t in times)
    return total <= _MAX_DATELINE and 3 * dated >= total


def _without_page_chrome(html: str):
    """The page's tree with what trafilatura would keep of its chrome removed (the html itself
    when it does not parse):

    * elements whose class or id names a byline, dateline or related-article box in one of
      several languages (language data ``page_chrome_classes``);
    * paragraphs that are a link behind a short label ("Lire aussi : …"), and lists whose
      every item is only a link (related articles, "most read");
    * short blocks that are mostly a <time> element (a dateline with a reading time);
    * a table's <caption> becomes a paragraph before the table, not a row of it.
    """
    import lxml.html

    try:
        root = lxml.html.document_fromstring(html)
    except Exception:  # not HTML lxml can parse: trafilatura gets it as it is
        return html
    body = root.find("body")
    if body is None:
        return html
    doomed = []
    for el in body.iter():
        if not isinstance(el.tag, str) or el.tag in ("body", "main", "article"):
            continue
        words = {w.lower() for w in _CLASS_WORD.findall(f"{el.get('class', '')} {el.get('id', '')}")}
        if words & page_chrome_classes():
            doomed.append(el)
        elif el.tag in ("p", "div") and (_is_link_teaser(el) or _is_dateline(el)) and not el.xpath(
                ".//table|.//ul|.//ol"):
            doomed.append(el)
        elif el.tag in ("ul", "ol"):
            items = el.findall("li")
            if items and all(_link_text(li) and len(" ".join(li.text_content().split())) - _link_text(li) <= 2
                             for li in items):
                doomed.append(el)
    for el in doomed:
        if el.getparent() is not None and not any(a in doomed for a in el.iterancestors()):
            el.drop_tree()
    for caption in list(body.iter("caption")):
        table = caption.getparent()
        text = " ".join(caption.text_content().split())
        caption.drop_tree()
        if text and table is not None and table.getparent() is not None:
            para = lxml.html.Element("p")
            para.text = text
            table.addprevious(para)
    return root


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
    """An Article with its language resolved: given, from the data, or detected; an error naming the
    language when it is plainly one claimcheck has no number grammar for (read with a neighbour's
    grammar, its figures would be misread without a word said)."""
    region = region_of(lang)
    lang = normalize_lang(lang)
    if lang:
        resolved, how = lang, (lang_source or "given")
    else:
        found = identify_named(text, article_id)
        if found.other:
            return _error(article_id, source, fmt, unsupported_language_message(found.other))
        resolved = found.lang
        how = "detected" if resolved else "unknown"
        # an article named by a locale ("es-CL.txt") written in that locale's language has its region
        region = region_of(article_id) if resolved and normalize_lang(article_id) == resolved else None
    return Article(id=article_id, source=source, text=text, lang=resolved, lang_source=how,
                   title=title, url=url, format=fmt, region=region)


def unsupported_language_message(code: str) -> str:
    """Why an article in a language without a table is not read, and what the user can do."""
    langs = ", ".join(supported_languages())
    if code == UNDETERMINED:
        return (f"The text is written in a script none of claimcheck's languages uses ({langs}); nothing in "
                "it was checked.")
    try:
        from babel import Locale

        name = f"{Locale.parse(code).english_name} ({code})"
    except Exception:  # noqa: BLE001 (a code babel does not know is shown as it is)
        name = code
    return (f"The text reads as {name}, a language claimcheck has no number grammar for (it reads {langs}); "
            "nothing in it was checked. Give --lang to read it as one of those anyway.")


def _error(article_id: str, source: str, fmt: str, message: str) -> Article:
    return Article(id=article_id, source=source, format=fmt, error=message)


def article_from_text(article_id: str, text: str, lang: str | None = None, source: str = "<text>") -> Article:
    """An Article from a string already in memory (API, tests): newlines normalised, nothing else.

    Raises UnsupportedLanguage for a ``lang`` claimcheck has no table for."""
    article_id = clean_id(str(article_id))
    lang = validate_lang(lang, article_id)
    if not isinstance(text, str):
        return _error(article_id, source, "txt", f"The text is not a string but {type(text).__name__}.")
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


def _check_size(path: Path) -> None:
    try:
        size = path.stat().st_size
    except OSError:
        return  # reading it says why
    if size > MAX_FILE_BYTES:
        raise ReadError(f"The file has {size / 1e6:.0f} MB; claimcheck reads articles up to "
                        f"{MAX_FILE_BYTES // 1_000_000} MB.")


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
        _check_size(path)
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
    what = "page" if fmt == "url" else "file"
    if not text.strip():
        return _error(article_id, source, fmt, f"The {what} holds no readable text.")
    body = text[len(title):].strip() if title and text.startswith(title) else text
    if not _has_article_text(body):
        shown = " ".join(text.split())
        shown = shown if len(shown) <= 60 else shown[:59] + "…"
        return _error(article_id, source, fmt,
                      f"The {what} holds no article text, only {'its title and ' if title else ''}"
                      f"{'a few words' if body else 'nothing else'} ({shown!r}): page chrome such as a "
                      f"menu or links, not an article; nothing in it was checked.")
    return _article(article_id, source, text, fmt, lang, title=title, url=url)


#: An HTML page's text under its title with no digit, fewer words than this and fewer letters than
#: ``_MIN_BODY_CHARS`` (scripts without spaces) is page chrome ("Home", "Cookies: accept"), not an article.
_MIN_BODY_WORDS = 4
_MIN_BODY_CHARS = 20


def _has_article_text(body: str) -> bool:
    """Whether an HTML page's main text (its title left out) can be an article: a figure, a sentence's
    worth of words, or of characters in a script written without spaces."""
    return (bool(re.search(r"\d", body)) or len(body.split()) >= _MIN_BODY_WORDS
            or len("".join(body.split())) >= _MIN_BODY_CHARS)


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
        if field_lang and not lang:
            try:
                validate_lang(field_lang)
            except UnsupportedLanguage as exc:
                articles.append(bad(article_id, f"has {exc}"))
                continue
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


_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")


def url_scheme(value: str) -> str | None:
    """The scheme of ``value`` when it is written as a URL (``ftp`` of ``ftp://host/x``), else None."""
    m = _SCHEME.match(value)
    return m.group(1).lower() if m else None


def file_url_path(value: str) -> Path | None:
    """The local path a ``file://`` URL names (``file:///tmp/es.txt``), or None for anything else.
    A URL naming another host (``file://server/x``) raises ReadError."""
    if url_scheme(value) != "file":
        return None
    import urllib.request

    parts = urllib.parse.urlsplit(value)
    if parts.netloc not in ("", "localhost"):
        raise ReadError(f"A file:// URL names a file on this machine; this one names the host {parts.netloc!r}.")
    return Path(urllib.request.url2pathname(parts.path))


def _url_id(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    name = Path(urllib.parse.unquote(parts.path.rstrip("/"))).stem or parts.hostname or "page"
    return re.sub(r"[^\w.-]+", "_", name).strip("_") or "page"


_HTML_TYPES = ("text/html", "application/xhtml+xml", "application/xml")


def _url_error(article_id: str, url: str, message: str) -> Article:
    return Article(id=article_id, source=url, url=url, format="url", error=message)


class _Download:
    """One page's bytes and headers, fetched in a thread so a whole-download deadline holds
    even while a server trickles its headers; the body loop stops itself at the deadline too."""

    def __init__(self, url: str, deadline: float):
        self.url, self.deadline = url, deadline
        self.data = b""
        self.content_type, self.charset = "", None
        self.error: Article | None = None
        self.exc: BaseException | None = None
        self.too_slow = False

    def run(self) -> None:
        import urllib.request

        headers = {"User-Agent": _USER_AGENT, "Accept": "text/html,text/plain;q=0.9,*/*;q=0.5"}
        request = urllib.request.Request(self.url, headers=headers)
        try:
            timeout = max(0.1, min(URL_TIMEOUT_S, self.deadline - time.monotonic()))
            with urllib.request.urlopen(request, timeout=timeout) as response:
                self.content_type = response.headers.get_content_type()
                self.charset = response.headers.get_content_charset()
                chunks, size = [], 0
                while size <= MAX_URL_BYTES:
                    if time.monotonic() > self.deadline:
                        self.too_slow = True
                        return
                    chunk = response.read1(65536)
                    if not chunk:
                        break
                    chunks.append(chunk)
                    size += len(chunk)
                self.data = b"".join(chunks)
        except BaseException as exc:  # handed to the caller, which words it
            self.exc = exc


def read_url(url: str, lang: str | None = None, deadline_s: float | None = None) -> Article:
    """Fetch one http(s) page within ``deadline_s`` (default URL_DEADLINE_S) and at most
    MAX_URL_BYTES; HTML goes through the HTML path, other text is taken as is."""
    import urllib.error
    import urllib.request  # here, not at the top: ~40 ms of http, ssl and email modules a file never needs

    article_id = clean_id(_url_id(url))
    deadline_s = URL_DEADLINE_S if deadline_s is None else deadline_s
    download = _Download(url, time.monotonic() + deadline_s)
    thread = threading.Thread(target=download.run, name="claimcheck-download", daemon=True)
    thread.start()
    thread.join(deadline_s + 0.5)
    if thread.is_alive() or download.too_slow:
        return _url_error(article_id, url, f"The page could not be fetched: the download did not finish "
                                           f"within {deadline_s:g} s (abandoned).")
    exc = download.exc
    if isinstance(exc, urllib.error.HTTPError):
        return _url_error(article_id, url,
                          f"The page could not be fetched: the server answered HTTP {exc.code} {exc.reason}.")
    if isinstance(exc, urllib.error.URLError):
        return _url_error(article_id, url, f"The page could not be fetched: {exc.reason}.")
    if isinstance(exc, (TimeoutError, OSError, ValueError)):
        return _url_error(article_id, url, f"The page could not be fetched: {exc}.")
    if exc is not None:
        raise exc
    data, content_type, charset = download.data, download.content_type, download.charset
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
        if url_scheme(str(raw)) not in (None, "file"):  # http(s) is read; any other scheme says why not
            out.append(str(raw))
            continue
        try:
            path = file_url_path(str(raw)) or Path(raw)
        except ReadError:
            out.append(str(raw))  # read_inputs words the error
            continue
        if path.is_dir():
            try:
                files = sorted(p for p in path.iterdir() if is_article_file(p))
            except OSError:
                files = []  # an unlistable folder reads as a folder without articles, with its reason
            out.extend(files if files else [path])
        else:
            out.append(path)
    return out


def read_inputs(paths: Sequence[str | os.PathLike] | str | os.PathLike, lang: str | None = None) -> list[Article]:
    """Read every input; ids are cleaned (control characters escaped, length capped) and made
    unique (a warning says which were renamed).  ``lang`` must be a supported language."""
    lang = validate_lang(lang)
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    paths = [os.fspath(p) for p in paths]
    articles: list[Article] = []
    for item in expand_inputs(paths):
        if isinstance(item, str):
            articles.append(read_url(item, lang) if is_url(item) else _not_readable_url(item))
        elif item.is_dir():
            articles.append(_folder_error(item))
        else:
            articles.extend(read_file(item, lang))
    return _unique_ids(articles)


def _not_readable_url(value: str) -> Article:
    """An input written as a URL claimcheck does not fetch: a scheme other than http(s) and file, or a
    file:// URL of another host."""
    article_id = clean_id(_url_id(value))
    try:
        file_url_path(value)
    except ReadError as exc:
        return _url_error(article_id, value, str(exc))
    return _url_error(article_id, value, f"Unsupported URL scheme {url_scheme(value)!r}: claimcheck reads "
                                         f"http(s) and file:// URLs and local files.")


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
    for article in articles:
        article.id = clean_id(article.id)
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
