"""Reading documents: formats, boilerplate, encodings, dates, and bad input named with its problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.boilerplate import drop_boilerplate_lines, is_boilerplate
from loaders.dates import date_in_sentence, find_document_date
from loaders.documents import DocumentError, find_documents, read_document, skipped_files


def test_plain_text_keeps_the_article_and_drops_its_footer(sample_corpus: Path) -> None:
    doc = read_document(sample_corpus / "2025-11-16_tashkent_seventh_meeting.txt")
    assert doc.media_type == "text/plain"
    assert doc.title.startswith(doc.text.splitlines()[0][:20])
    assert "joint declaration" in doc.text
    assert "newsletter" not in doc.text.lower()
    assert "Photo: press service" not in doc.text
    assert doc.date.value == "2025-11-16" and doc.date.status == "dateline"


def test_html_keeps_the_article_only(sample_corpus: Path) -> None:
    doc = read_document(sample_corpus / "2022-07-21_cholpon-ata_fourth_meeting.html")
    assert doc.media_type == "text/html"
    assert "Cholpon-Ata" in doc.text
    for noise in ("Share:", "WhatsApp", "Sign up", "Group photo on the lakeshore", "<", "newsletter"):
        assert noise not in doc.text, noise
    assert doc.date.value == "2022-07-21"


def test_markdown_loses_its_markup(sample_corpus: Path) -> None:
    doc = read_document(sample_corpus / "2019-11-29_tashkent_second_meeting.md")
    assert doc.media_type == "text/markdown"
    assert not any(line.startswith(("#", "* ", "- ")) for line in doc.text.splitlines())
    assert "Tashkent" in doc.text


def test_a_legacy_encoding_is_detected(tmp_path: Path) -> None:
    path = tmp_path / "cyrillic.txt"
    text = "Президент Казахстана Касым-Жомарт Токаев предложил создать Совет по водным ресурсам Центральной Азии."
    path.write_bytes((text + "\n" + text + "\n").encode("cp1251"))
    doc = read_document(path)
    assert doc.encoding != "utf-8"
    assert "Токаев" in doc.text


@pytest.mark.parametrize(("name", "content", "problem"), [
    ("empty.txt", b"", "empty"),
    ("blank.md", b"  \n\n \t\n", "empty"),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
    ("notes.pdf", b"%PDF-1.4 whatever", "unsupported file type"),
    ("only-footer.txt", b"Subscribe to our newsletter!\nPhoto: press service\n", "no text left"),
])
def test_bad_input_is_named_with_its_problem(tmp_path: Path, name: str, content: bytes, problem: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(DocumentError) as caught:
        read_document(path)
    assert name in str(caught.value)
    assert problem in str(caught.value)


def test_a_missing_path_is_named(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    with pytest.raises(DocumentError, match="nowhere: no such file"):
        list(find_documents([missing]))


def test_folders_yield_documents_and_report_other_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Kazakhstan proposed a forum.\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.html").write_text("<p>Uzbekistan welcomed it.</p>", encoding="utf-8")
    (tmp_path / "c.pdf").write_bytes(b"%PDF")
    (tmp_path / ".hidden.txt").write_text("x", encoding="utf-8")
    assert [p.name for p in find_documents([tmp_path])] == ["a.txt", "b.html"]
    assert [p.name for p in skipped_files([tmp_path])] == ["c.pdf"]


@pytest.mark.parametrize("line", [
    "Photo: Presidential press office",
    "Image credit: Reuters",
    "👇 Follow more 👇",
    "👉 example-shop.com",
    "www.some-link-farm.net",
    "Get our stories sent directly to you! Sign up on the website.",
    "Facebook | Telegram | YouTube",
    "Portrait-min",
])
def test_boilerplate_lines(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", [
    "Kazakhstan proposed a regional water council at the summit in Astana.",
    "The leaders signed a joint declaration.",
    "Trade reached US$4.3 billion last year.",
])
def test_article_lines_are_kept(line: str) -> None:
    assert not is_boilerplate(line)
    assert drop_boilerplate_lines(line).strip() == line


def test_document_dates() -> None:
    assert find_document_date("ASTANA, 9 August 2024 – Leaders met.").value == "2024-08-09"
    assert find_document_date("Headline\n\nTashkent, Nov. 16, 2025 — The summit opened.").value == "2025-11-16"
    found = find_document_date("Headline\n\nOn 21 July 2022 the leaders gathered.")
    assert (found.value, found.status) == ("2022-07-21", "text")
    assert find_document_date("Leaders met again to talk about water.").status == "unknown"
    assert date_in_sentence("The forum is planned for March 2026.") == "2026-03"
    assert date_in_sentence("They met on 14 September.", document_year=2023) == "2023-09-14"
    assert date_in_sentence("It was founded in 2018.") == "2018"
