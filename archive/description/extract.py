"""Text and descriptive fields of an archived item, derived at index time.

The search index needs each article's running text, clean enough to read and to
search, and the few descriptive fields a document carries about itself: title,
standfirst, authors, publisher, language and the dates in its metadata. All of
it is derived from the bag's payload when the index is built, and never
written back into the bag: the bag keeps the original bytes exactly as they were
received, chrome and all, and a better extractor later only has to re-derive.

One entry point per use: :func:`extract` takes bytes, a kind (``text``,
``html``, ``pdf``, ``docx``, as :mod:`archive.preservation.identify` decided at ingest) and
the encoding that ingest recorded; :func:`extract_item` reads both from a
:class:`~archive.preservation.catalog.Item`. The result is an
:class:`~archive.description.extracted.Extracted`. Neither raises on bad
input: a damaged PDF or Word file gives empty text and a warning, because one
broken file must not stop the indexing of the others.

This module only dispatches by kind. Each format has its own module, whose
docstring says which library reads it, why that one, and what the format gives:

* ``text``: :mod:`archive.description.plain_text`;
* ``html``: :mod:`archive.description.html_text` (Beautiful Soup);
* ``pdf``: :mod:`archive.description.pdf_text` (pypdf);
* ``docx``: :mod:`archive.description.docx_text` (the standard library);
* ``xml``: :mod:`archive.description.xml_text` (the standard library's expat).

Files of several articles (``feed``, ``warc``) are read by
:mod:`archive.description.parts`, which hands each article to :func:`extract`.

What they share sits below them: the record and the steps that finish it
(:mod:`archive.description.extracted`), clean text and paragraphs
(:mod:`archive.description.clean_text`), and the title, standfirst and byline
heuristics (:mod:`archive.description.article_head`). The format modules
import those; this module imports the formats; never the other way round.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from archive.description.docx_text import extract_docx
from archive.description.extracted import Extracted, _describe
from archive.description.html_text import extract_html
from archive.description.pdf_text import extract_pdf
from archive.description.plain_text import extract_text
from archive.description.xml_text import extract_xml

if TYPE_CHECKING:
    from archive.preservation.catalog import Item

__all__ = ["extract", "extract_item", "recorded_encoding"]


_EXTRACTORS: dict[str, Callable[[bytes, str | None, Extracted], None]] = {
    "text": extract_text, "html": extract_html, "pdf": extract_pdf, "docx": extract_docx, "xml": extract_xml}


def extract(data: bytes, kind: str, encoding: str | None = None) -> Extracted:
    """Text and descriptive fields of ``data``, a file of ``kind`` (text, html, pdf, docx).

    ``encoding`` is the one ingest recorded for text and HTML (ignored for PDF
    and Word). Never raises for bad content: what could not be read is said in
    ``warnings``, and ``text`` is empty when nothing could be.
    """
    extractor = _EXTRACTORS.get(kind)
    if extractor is None:
        return Extracted(warnings=[f"no extractor for kind {kind!r}: nothing extracted"])
    out = Extracted()
    try:
        extractor(data, encoding, out)
    except Exception as exc:  # noqa: BLE001 -- the indexer must go on; the failure is reported
        return Extracted(warnings=[*out.warnings, f"{kind} extraction failed ({_describe(exc)})"])
    return out


def recorded_encoding(item: Item) -> str | None:
    """The encoding ingest recorded in the item's provenance, if any (none for PDF and Word)."""
    try:
        encoding = item.provenance["object"]["format"]["encoding"]
    except (KeyError, TypeError):
        return None
    if not isinstance(encoding, dict) or encoding.get("method") == "none":   # kept with its encoding unknown
        return None
    return encoding.get("encoding") or None


def extract_item(item: Item) -> Extracted:
    """:func:`extract` of an archived item's payload, read with the encoding its provenance records."""
    try:
        data = item.payload.read_bytes()
    except OSError as exc:
        return Extracted(warnings=[f"payload unreadable: {exc}"])
    return extract(data, item.kind or "", recorded_encoding(item))
