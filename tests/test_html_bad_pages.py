"""Every real web page is archived, and its text derived in bounded time and memory.

The pages here are the ones the issue names as refused or dangerous: pages
libmagic calls "application/javascript" or "data" (a script first, a stray
NUL or escape byte, UTF-16 without a byte-order mark), a page of 20 MB, one
nested 100,000 deep, one with no body, one that is mostly script. Each goes
through the real ingest into a real bag, then the real index, and is found
by a word of its article where it has one.
"""

from __future__ import annotations

import base64
import os
import resource
import time

import pytest

from archive.description.extracted import Extracted
from archive.description.html_text import MAX_PAGE_CHARS, extract_html
from archive.preservation.catalog import load_item
from archive.preservation.identify import identify
from archive.search.intake import ingest_and_index
from archive.search.searching import search
from tests.conftest import bags
from tests.fixtures import write

SENTENCE = "The harbour board approved the new ferry timetable after a long debate on Tuesday evening."
ARTICLE = "".join(f"<p>{SENTENCE} Item {i} of the minutes, kept for the record of the quarrybrook debate.</p>\n"
                  for i in range(12))
PAGE = (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Ferry timetable | Bay Courier</title>"
        f"</head><body><nav><a href='/'>Home</a> <a href='/sport'>Sport</a></nav><article><h1>Ferry timetable</h1>"
        f"{ARTICLE}</article><footer>Copyright Bay Courier Media Limited</footer></body></html>")


def _extract(data: bytes) -> tuple[Extracted, float]:
    out, started = Extracted(), time.perf_counter()
    extract_html(data, "utf-8", out)
    return out, time.perf_counter() - started


# --- identification: what libmagic calls it does not decide -----------------------------------

@pytest.mark.parametrize("label, data", [
    ("a script first", b"(function(){var s=document.createElement('script');s.async=true;})();\n" + PAGE.encode()),
    ("a stray NUL byte", PAGE.encode().replace(b"<article>", b"<article>\x00", 1)),
    ("escape and delete bytes", PAGE.encode().replace(b"<article>", b"<article>\x01\x1b\x7f", 1)),
    ("UTF-16 without a byte-order mark", PAGE.encode("utf-16-le")),
    ("many NUL bytes", PAGE.encode().replace(b" the ", b" the \x00", 20)),
])
def test_a_page_is_html_whatever_libmagic_calls_it(label, data):
    found = identify(data, "page.html")
    assert found.kind == "html", (label, found)
    if found.mime != "text/html":
        assert f"libmagic called it {found.mime}" in found.basis, found.basis


def test_binary_data_holding_the_word_html_is_still_refused():
    data = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8 + b"<html><body>x</body></html>"
    found = identify(data, "image.html")
    assert found.kind is None and "binary" in found.reason


def test_a_page_libmagic_calls_data_is_archived_with_both_names_in_provenance(root, inbox):
    write(inbox, "stray.html", PAGE.encode().replace(b"<article>", b"<article>\x01\x1b", 1))
    report, _ = ingest_and_index(root, [inbox])
    [outcome] = report.outcomes
    assert outcome.status == "archived", outcome
    fmt = load_item(bags(root)[0]).provenance["object"]["format"]
    assert fmt["kind"] == "html"
    assert "libmagic called it application/octet-stream" in fmt["basis"]
    assert search(root, "quarrybrook").total == 1


# --- bad input: bounded, archived, its text derived ---------------------------------------------

def test_a_page_of_20_mb_of_text_is_read_to_the_bound_and_says_so():
    paragraphs = "".join(f"<p>Paragraph {i} of the endless council minutes, read aloud.</p>\n" for i in range(330_000))
    data = f"<html><body><article>{paragraphs}</article></body></html>".encode()
    assert len(data) > 20_000_000
    out, took = _extract(data)
    assert "Paragraph 0 of the endless council minutes" in out.text
    assert any(f"read to {MAX_PAGE_CHARS:,}" in w for w in out.warnings), out.warnings
    assert took < 30, took


def test_a_page_of_20_mb_of_inline_images_costs_what_its_markup_costs():
    image = base64.b64encode(os.urandom(1_000_000)).decode()
    data = PAGE.replace("</article>", f'<img src="data:image/png;base64,{image}">' * 15 + "</article>").encode()
    assert len(data) > 20_000_000
    out, took = _extract(data)
    assert SENTENCE in out.text and out.warnings == []
    assert took < 5, took


@pytest.mark.parametrize("label, markup", [
    ("closed", "<div>" * 100_000 + ARTICLE + "</div>" * 100_000),
    ("never closed", "<div><font>" * 50_000 + ARTICLE),
])
def test_a_page_nested_100000_deep_keeps_its_text(label, markup):
    out, took = _extract(f"<html><body>{markup}</body></html>".encode())
    assert SENTENCE in out.text, label
    assert any("nested deeper than 255" in w for w in out.warnings)
    assert took < 5


def test_a_page_that_is_mostly_script_gives_its_article():
    script = "var config = {'<p>not text</p>': 1};\n" * 400_000
    out, took = _extract(PAGE.replace("<article>", f"<script>{script}</script><article>").encode())
    assert SENTENCE in out.text and "not text" not in out.text
    assert took < 5


@pytest.mark.parametrize("data", [b"<html><head><title>Only a head</title></head></html>", b"", b"<html></html>",
                                  b"<!DOCTYPE html>", b"<p>", b"\x00\x00\x00"])
def test_a_page_with_no_body_gives_empty_text_and_says_so(data):
    out, took = _extract(data)
    assert out.text == "" and "no text found" in out.warnings
    assert took < 5


def test_bad_pages_are_archived_indexed_and_bounded_in_memory(root, inbox):
    write(inbox, "deep.html", f"<html><body>{'<div>' * 100_000}{ARTICLE}</body></html>".encode())
    write(inbox, "headonly.html", b"<html><head><title>Only a head</title></head></html>")
    write(inbox, "script.html", PAGE.replace("<article>", "<script>" + "var a = 1;\n" * 500_000 + "</script><article>")
          .replace("quarrybrook", "saltmarsh").encode())
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    report, indexed = ingest_and_index(root, [inbox])
    assert [o.status for o in report.outcomes] == ["archived"] * 3, report.outcomes
    assert indexed is not None and not indexed.failed
    assert search(root, "quarrybrook").total == 1 and search(root, "saltmarsh").total == 1
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert grown_mb < 400, grown_mb


def test_what_the_page_hides_from_its_readers_is_not_its_text():
    hidden = ("<p hidden>Hidden by attribute, never shown.</p><p style='Display: None'>Hidden by a style.</p>"
              "<div aria-hidden='true'><p>Hidden from assistive reading.</p></div>")
    out, _ = _extract(PAGE.replace("</article>", hidden + "</article>").encode())
    assert SENTENCE in out.text
    for gone in ("Hidden by attribute", "Hidden by a style", "Hidden from assistive"):
        assert gone not in out.text, gone
