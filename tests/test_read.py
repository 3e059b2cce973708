"""Reading articles: every format, encodings, folders, and every kind of bad input."""
from __future__ import annotations

import json
import logging
import os
from pathlib import Path

import pytest

from claimcheck import read as read_module
from claimcheck.read import SUPPORTED_SUFFIXES, article_from_text, read_inputs

FIXTURES = Path(__file__).parent / "fixtures" / "read"

FRENCH = "Le président a annoncé 13 milliards d’euros à Évry. « Ça coûte cher », a-t-il dit.\n"
CHINESE = "微软向诺达投资10亿美元，2021年继续投资20亿美元。公司估值约为860亿美元。\n"
SPANISH = "El año pasado la compañía ganó 13.000 millones, según el señor Núñez.\n"
RUSSIAN = "Правительство вчера объявило план на 13 млрд рублей.\n"
JAPANESE = "政府は昨日、13兆円の計画を発表した。\n"


def read_one(path: Path | str, lang: str | None = None):
    articles = read_inputs([str(path)], lang=lang)
    assert len(articles) == 1
    return articles[0]


# ---------------------------------------------------------------- plain text


def test_txt_text_matches_what_path_read_text_gives(tmp_path):
    path = tmp_path / "es.txt"
    path.write_bytes("Titular\r\n\r\nLa empresa ganó 13.000 millones.\r\nOtra línea.\rÚltima.\n".encode())
    article = read_one(path)
    assert article.ok
    assert article.text == path.read_text(encoding="utf-8")
    assert "\r" not in article.text
    assert article.id == "es" and article.format == "txt" and article.source == str(path)


def test_txt_quote_is_found_at_its_offsets(tmp_path):
    path = tmp_path / "fr.txt"
    path.write_text(FRENCH, encoding="utf-8")
    article = read_one(path)
    start = article.text.index("13 milliards")
    assert article.text[start:start + len("13 milliards")] == "13 milliards"
    assert article.text == FRENCH


def test_markdown_is_kept_as_written(tmp_path):
    text = "# Titular\n\n**La empresa** ganó [13.000 millones](http://x.test).\n"
    path = tmp_path / "nota.md"
    path.write_text(text, encoding="utf-8")
    article = read_one(path)
    assert article.text == text
    assert article.format == "md"


# ---------------------------------------------------------------- encodings


@pytest.mark.parametrize(
    "encoding, text",
    [
        ("cp1252", FRENCH),
        ("latin-1", FRENCH.replace("’", "'")),
        ("cp1252", SPANISH),
        ("gb18030", CHINESE),
        ("utf-8-sig", FRENCH),
        ("utf-16", CHINESE),
        ("cp1251", RUSSIAN),
        ("shift_jis", JAPANESE),
    ],
)
def test_non_utf8_files_are_decoded_by_detection(tmp_path, encoding, text):
    path = tmp_path / "article.txt"
    path.write_bytes(text.encode(encoding))
    article = read_one(path)
    assert article.ok, article.error
    assert article.text == text


def test_byte_order_mark_is_stripped(tmp_path):
    path = tmp_path / "en.txt"
    path.write_bytes(b"\xef\xbb\xbfRevenue rose 5%.\n")
    assert read_one(path).text == "Revenue rose 5%.\n"


# ---------------------------------------------------------------- HTML


def test_html_keeps_main_text_and_title_and_drops_scripts_styles_navigation():
    article = read_one(FIXTURES / "article.html")
    assert article.ok and article.format == "html"
    assert article.title == "Nordalia invierte 13.000 millones en su red eléctrica"
    assert article.text.startswith(article.title)
    assert "13.000 millones de euros hasta 2030" in article.text
    assert "2.300 técnicos" in article.text
    for dropped in ("99999", "4242", "font-family", "Deportes: 777", "Portada"):
        assert dropped not in article.text
    assert article.lang == "es"


def test_html_falls_back_to_plain_text_when_main_text_extraction_finds_nothing(tmp_path, monkeypatch):
    import trafilatura

    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *a, **k: None)
    path = tmp_path / "short.html"
    path.write_text(
        "<html><head><title>Breve</title><script>var x = '777';</script></head>"
        "<body><p>La planta costó 5 millones.</p></body></html>", encoding="utf-8")
    article = read_one(path)
    assert article.ok
    assert article.title == "Breve"
    assert "La planta costó 5 millones." in article.text
    assert "777" not in article.text


def test_html_declared_charset_is_honoured(tmp_path):
    html = ('<html><head><meta charset="windows-1252"><title>Bilan</title></head><body>'
            "<article><p>Le chiffre d’affaires a progressé de 4,2 % à 1,3 milliard d’euros, "
            "a précisé la direction générale du groupe à Évry.</p></article></body></html>")
    path = tmp_path / "fr.htm"
    path.write_bytes(html.encode("cp1252"))
    article = read_one(path)
    assert "1,3 milliard d’euros" in article.text


# ---------------------------------------------------------------- JSONL


def write_jsonl(path: Path, lines: list[object]) -> Path:
    path.write_text("\n".join(x if isinstance(x, str) else json.dumps(x, ensure_ascii=False) for x in lines) + "\n",
                    encoding="utf-8")
    return path


def test_jsonl_gives_one_article_per_line_with_its_fields(tmp_path):
    path = write_jsonl(tmp_path / "story.jsonl", [
        {"id": "es", "text": SPANISH, "title": "Ganancias", "url": "https://example.test/es"},
        {"id": "zh", "text": CHINESE},
    ])
    articles = read_inputs([str(path)])
    assert [a.id for a in articles] == ["es", "zh"]
    assert articles[0].title == "Ganancias" and articles[0].url == "https://example.test/es"
    assert articles[0].text == SPANISH and articles[0].format == "jsonl"
    assert [a.lang for a in articles] == ["es", "zh"]
    assert all(a.lang_source == "detected" for a in articles)


def test_jsonl_lang_field_overrides_detection_and_given_lang_overrides_the_field(tmp_path):
    path = write_jsonl(tmp_path / "story.jsonl", [{"id": "a", "text": SPANISH, "lang": "pt-BR"}])
    field = read_one(path)
    assert (field.lang, field.lang_source) == ("pt", "field")
    given = read_one(path, lang="es")
    assert (given.lang, given.lang_source) == ("es", "given")


def test_jsonl_bad_line_is_an_error_naming_file_and_line_and_the_rest_still_read(tmp_path):
    path = write_jsonl(tmp_path / "story.jsonl", [
        {"id": "a", "text": SPANISH},
        '{"id": "b", "text": "unterminated',
        ["not", "an", "object"],
        {"id": "d"},
        {"id": "e", "text": "   "},
        "",
        {"id": "f", "text": FRENCH},
    ])
    articles = read_inputs([str(path)])
    by_id = {a.id: a for a in articles}
    assert by_id["a"].ok and by_id["f"].ok
    errors = [a for a in articles if not a.ok]
    assert len(errors) == 4
    assert all(a.source == str(path) for a in errors)
    assert errors[0].error.startswith("Line 2 is not valid JSON: Unterminated string")
    assert errors[1].error == 'Line 3 is not a JSON object with "id" and "text".'
    assert errors[2].error == 'Line 4 has no "text" string.'
    assert errors[3].error == 'Line 5 has an empty "text".'
    assert all(a.text == "" for a in errors)


def test_duplicate_ids_get_a_suffix_and_a_warning(tmp_path, caplog):
    path = write_jsonl(tmp_path / "story.jsonl", [{"id": "es", "text": SPANISH}, {"id": "es", "text": SPANISH}])
    (tmp_path / "es.txt").write_text(SPANISH, encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="claimcheck.read"):
        articles = read_inputs([str(path), str(tmp_path / "es.txt")])
    assert [a.id for a in articles] == ["es", "es-2", "es-3"]
    assert "es-2" in caplog.text and "es-3" in caplog.text


# ---------------------------------------------------------------- folders


def test_folder_expands_to_its_supported_files_sorted_not_recursive(tmp_path):
    (tmp_path / "zh.txt").write_text(CHINESE, encoding="utf-8")
    (tmp_path / "es.md").write_text(SPANISH, encoding="utf-8")
    (tmp_path / "gold.json").write_text("{}", encoding="utf-8")
    (tmp_path / "notes.csv").write_text("a,b\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "fr.txt").write_text(FRENCH, encoding="utf-8")
    articles = read_inputs([str(tmp_path)])
    assert [a.id for a in articles] == ["es", "zh"]
    assert all(a.ok for a in articles)


def test_folder_without_article_files_is_an_error(tmp_path):
    (tmp_path / "gold.json").write_text("{}", encoding="utf-8")
    article = read_one(tmp_path)
    assert not article.ok
    assert article.error.startswith("The folder holds no article files (.txt, .md")
    assert article.source == str(tmp_path)


def test_supported_suffixes_cover_every_documented_format():
    for suffix in (".txt", ".md", ".html", ".htm", ".jsonl"):
        assert suffix in SUPPORTED_SUFFIXES


# ---------------------------------------------------------------- bad input


def test_bad_inputs_each_get_a_clear_error_and_the_good_file_is_still_read(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(SPANISH, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.txt"
    blank.write_bytes(b" \n\t\n")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    noise = tmp_path / "noise.txt"
    noise.write_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 200, 201]) * 50)
    bad_bom = tmp_path / "badbom.txt"
    bad_bom.write_bytes(b"\xef\xbb\xbfgood start \xff\xfe\xfa bad bytes")
    unsupported = tmp_path / "sheet.xlsx"
    unsupported.write_bytes(b"PK\x03\x04")
    missing = tmp_path / "missing.txt"

    paths = [good, empty, blank, binary, noise, bad_bom, unsupported, missing]
    articles = read_inputs([str(p) for p in paths])
    by_id = {a.id: a for a in articles}
    assert by_id["good"].ok and by_id["good"].text == SPANISH
    expected = {
        "empty": "The file is empty.",
        "blank": "The file is empty.",
        "image": "The file is not text: it contains NUL bytes (binary data?).",
        "noise": "The file is not text: it is full of control characters (binary data?).",
        "badbom": "The file starts with a utf-8 byte-order mark but is not valid utf-8: invalid start byte at byte 14.",
        "sheet": "Unsupported file type '.xlsx': claimcheck reads .txt, .md, .markdown, .html, .htm, .jsonl files "
                 "and http(s) URLs.",
        "missing": "File not found.",
    }
    for article_id, message in expected.items():
        article = by_id[article_id]
        assert article.error == message, article_id
        assert article.source == str(tmp_path / Path(article.source).name)
        assert article.text == ""


def test_unreadable_file_is_an_error_not_an_exception(tmp_path, monkeypatch):
    path = tmp_path / "secret.txt"
    path.write_text(SPANISH, encoding="utf-8")
    path.chmod(0)
    if os.geteuid() == 0:  # root reads anything: make the read itself fail as it would for a user
        def denied(self):
            raise PermissionError(13, "Permission denied", str(self))

        monkeypatch.setattr(Path, "read_bytes", denied)
    try:
        article = read_one(path)
    finally:
        path.chmod(0o644)
    assert not article.ok
    assert article.error == "Permission denied: the file cannot be read."


def test_article_from_text_normalises_newlines_and_takes_the_given_language():
    article = article_from_text("x", "Uno.\r\nDos.", lang="ES")
    assert article.text == "Uno.\nDos."
    assert (article.lang, article.lang_source, article.source) == ("es", "given", "<text>")
    assert not article_from_text("y", "  ").ok


def test_language_is_detected_when_not_given(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(CHINESE, encoding="utf-8")
    article = read_one(path)
    assert (article.lang, article.lang_source) == ("zh", "detected")
    article = read_one(path, lang="ja")
    assert (article.lang, article.lang_source) == ("ja", "given")


def test_language_is_unknown_for_text_without_letters(tmp_path):
    path = tmp_path / "numbers.txt"
    path.write_text("2024 — 13.000 — 42 %\n", encoding="utf-8")
    article = read_one(path)
    assert article.ok
    assert (article.lang, article.lang_source) == (None, "unknown")


def test_read_module_never_raises_on_a_folder_named_like_a_file(tmp_path):
    folder = tmp_path / "looks.txt"
    folder.mkdir()
    (folder / "inner.txt").write_text(SPANISH, encoding="utf-8")
    articles = read_inputs([str(folder)])
    assert [a.id for a in articles] == ["inner"]
    assert read_module.read_file(folder)[0].error == "This is a folder, not a file."


def test_folder_skips_readme_and_hidden_files_but_a_named_readme_still_reads(tmp_path):
    (tmp_path / "es.txt").write_text(SPANISH, encoding="utf-8")
    (tmp_path / "README.md").write_text("# Notes\n\nThe Spanish says 13.000 millones.\n", encoding="utf-8")
    (tmp_path / ".draft.txt").write_text(FRENCH, encoding="utf-8")
    assert [a.id for a in read_inputs([str(tmp_path)])] == ["es"]
    assert read_one(tmp_path / "README.md").ok


def test_utf16_without_byte_order_mark_is_decoded(tmp_path):
    path = tmp_path / "fr.txt"
    path.write_bytes(FRENCH.encode("utf-16-le"))
    assert read_one(path).text == FRENCH


def test_file_without_suffix_is_an_error_saying_so(tmp_path):
    path = tmp_path / "article"
    path.write_text(SPANISH, encoding="utf-8")
    article = read_one(path)
    assert article.error.startswith("No file suffix: claimcheck reads .txt")


def test_unlistable_folder_is_an_error(tmp_path, monkeypatch):
    folder = tmp_path / "story"
    folder.mkdir()

    def denied(self):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "iterdir", denied)
    article = read_one(folder)
    assert article.error == "Permission denied: the folder cannot be listed."


def test_file_holding_only_a_byte_order_mark_is_empty(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf\n")
    assert read_one(path).error == "The file is empty."
