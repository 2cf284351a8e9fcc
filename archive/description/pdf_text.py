"""Text and descriptive fields of a PDF.

Library, and why
----------------
**pypdf** (7.1.1), pure Python with no dependencies, the maintained successor
of PyPDF2, and tolerant of the damaged cross-reference tables old PDFs have
(``strict=False``). It gives text page by page and the document information
dictionary (``/Title``, ``/Author``, ``/CreationDate``) as raw strings. What
it repairs on the way it logs; those messages become warnings. A damaged or
password-protected PDF gives empty text and a warning, never an exception.

What a PDF gives
----------------
Text page by page, lines rewrapped into paragraphs
(:mod:`archive.description.clean_text`), page numbers and running heads and
feet (a short line on most pages) left out. Title and authors from
``/Title`` and ``/Author`` unless they are software defaults ("Microsoft
Word - a.doc", "Windows User"), the date from ``/CreationDate``, the language
from the catalog's ``/Lang``; else as for plain text
(:mod:`archive.description.article_head`).
"""

from __future__ import annotations

import io
import logging
import re
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

import pypdf

from archive.description.article_head import _property_authors, _property_title, _unique
from archive.description.clean_text import _plain_paragraphs, _squash
from archive.description.extracted import Extracted, _describe, _finish

__all__ = ["extract_pdf"]


#: Page-number lines of printed pages: "3", "- 3 -", "Page 3 of 7", "3/7".
_PAGE_NUMBER = re.compile(r"^(?:page\s+|стр\.?\s*)?-?\s*\d{1,4}\s*-?(?:\s*(?:/|of|из)\s*\d{1,4})?$",
                          re.IGNORECASE)


class _ThisThreadsRecords(logging.Handler):
    """Collects the log records of the calling thread (pypdf reports repairs through logging)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.thread = threading.get_ident()
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.thread == self.thread:
            self.messages.append(record.getMessage())


@contextmanager
def _pypdf_warnings(out: Extracted) -> Iterator[None]:
    logger = logging.getLogger("pypdf")
    handler = _ThisThreadsRecords()
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        messages = _unique(handler.messages)
        out.warnings.extend(f"pypdf: {m}" for m in messages[:10])
        if len(messages) > 10:
            out.warnings.append(f"pypdf: {len(messages) - 10} more warnings")


def _running_key(line: str) -> str:
    return re.sub(r"\d+", "#", _squash(line).casefold())


def _pdf_paragraphs(pages: list[str]) -> list[str]:
    """Paragraphs of a PDF's page texts, without page numbers and running heads or feet.

    A running head or foot is a short line that recurs (digits aside) on most
    pages of a document of three pages or more: the site name and URL that a
    browser prints on every page, say.
    """
    page_lines = [[line.strip() for line in text.replace("\r", "\n").split("\n")] for text in pages]
    running: set[str] = set()
    if len(pages) >= 3:
        counts = Counter(key for lines in page_lines
                         for key in {_running_key(line) for line in lines if 0 < len(line) <= 150})
        running = {key for key, count in counts.items() if count >= max(2, 0.6 * len(pages))}
    paragraphs: list[str] = []
    for lines in page_lines:
        kept = [line for line in lines
                if not line or (_running_key(line) not in running and not _PAGE_NUMBER.match(line))]
        paragraphs.extend(_plain_paragraphs("\n".join(kept), visual_lines=True))
    return paragraphs


def extract_pdf(data: bytes, encoding: str | None, out: Extracted) -> None:
    """Fill ``out`` from a PDF's bytes (``encoding`` is ignored: ingest records none for a PDF)."""
    with _pypdf_warnings(out):
        # pypdf raises many exception types on damaged files (PdfReadError, but also
        # ValueError, KeyError, TypeError, RecursionError...): any of them means
        # "this file cannot be read", and must not stop the indexer.
        try:
            reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted and not reader.decrypt(""):
                out.warnings.append("encrypted PDF that opens only with a password: no text extracted")
                return
            pages = list(reader.pages)
        except Exception as exc:  # noqa: BLE001 -- see above
            out.warnings.append(f"damaged PDF, no text extracted ({_describe(exc)})")
            return
        texts = []
        for number, page in enumerate(pages, 1):
            try:
                texts.append(page.extract_text() or "")
            except Exception as exc:  # noqa: BLE001 -- one bad page must not lose the others
                out.warnings.append(f"PDF page {number} unreadable ({_describe(exc)})")
        _pdf_metadata(reader, out)
    _finish(out, _pdf_paragraphs(texts),
            empty="no text found (a PDF without a text layer: a scanned image?)")


def _pdf_metadata(reader: pypdf.PdfReader, out: Extracted) -> None:
    """Title, authors, creation date and language from the information dictionary and catalog."""
    try:
        info = reader.metadata
        if info is not None:
            out.title = _property_title(info.title)
            out.authors = _property_authors(info.author)
            created = info.creation_date_raw
            if created:
                out.meta_dates.append(str(created).strip())
        lang = reader.root_object.get("/Lang")
        if lang:
            out.language = str(lang.get_object()).strip() or None
    except Exception as exc:  # noqa: BLE001 -- a damaged information dictionary costs only the metadata
        out.warnings.append(f"PDF metadata unreadable ({_describe(exc)})")
