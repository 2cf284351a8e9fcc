"""The :class:`Extracted` record, and the steps every format's extractor shares to fill it.

Each format module (:mod:`archive.description.plain_text`,
:mod:`archive.description.html_text`, :mod:`archive.description.pdf_text`,
:mod:`archive.description.docx_text`) fills an :class:`Extracted` with what
the document says about itself, then hands its paragraphs to :func:`_finish`,
which cleans them into ``text`` (:mod:`archive.description.clean_text`) and
fills the fields the metadata left empty from the text itself
(:mod:`archive.description.article_head`). The record lives here, below the
formats, rather than in the entry module :mod:`archive.description.extract`,
so that the formats fill it without importing the module that dispatches to
them.

Text and HTML are decoded (:func:`_decode`) with the encoding recorded at
ingest: the provenance says how to read the bytes. Only when none was
recorded (or one Python does not know) is it detected again with
:func:`archive.preservation.encoding.detect_encoding`, the same code ingest
used, and a warning says so.

``meta_dates`` are raw strings, most trusted first, for
:func:`archive.description.dates.publication_date`: ``article:published_time``,
``<meta name=date>``, ``DC.date``, ``itemprop=datePublished``; the PDF
``/CreationDate``; the Word ``dcterms:created``. A modification date is never
one of them: it says when a file was touched, not when the article appeared.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field

from archive.description.article_head import _head_fields, _reads_as_standfirst, _text_authors
from archive.description.clean_text import _clean_paragraphs, _squash
from archive.preservation.encoding import UndecodableText, detect_encoding

__all__ = ["Extracted"]


@dataclass
class Extracted:
    """What the index keeps of one item; every field is derived, none is stored in the bag."""

    text: str = ""                    # clean text, paragraphs separated by blank lines
    title: str | None = None
    standfirst: str | None = None     # the summary under the headline, if the document has one
    authors: list[str] = field(default_factory=list)
    publisher: str | None = None
    language: str | None = None       # as the document states it (BCP 47 tag, e.g. "en", "ru-RU")
    meta_dates: list[str] = field(default_factory=list)  # raw, most trusted first
    warnings: list[str] = field(default_factory=list)
    #: where in the document each stated field was found ("og:title", "<html lang>", "byline"...)
    found_in: dict[str, str] = field(default_factory=dict)
    date_origins: dict[str, str] = field(default_factory=dict)   # a meta date -> where it was found

    def as_dict(self) -> dict:
        return {"text": self.text, "title": self.title, "standfirst": self.standfirst,
                "authors": list(self.authors), "publisher": self.publisher,
                "language": self.language, "meta_dates": list(self.meta_dates),
                "warnings": list(self.warnings), "found_in": dict(self.found_in),
                "date_origins": dict(self.date_origins)}


# --------------------------------------------------------------------------- finishing

def _finish(out: Extracted, paragraphs: list[str], *, standfirst_from_text: bool = True,
            empty: str = "no text found") -> None:
    """Clean ``paragraphs`` into ``out.text`` and fill in the fields the metadata left empty.

    With no title from metadata, the first line is the title if it reads as a
    headline; the standfirst is the next paragraph if it reads as a summary and
    the title is the text's first line (``standfirst_from_text``: not for HTML,
    whose markup says which paragraph is which). Authors not in the metadata
    come from a byline or an author note in the text.
    """
    paragraphs = _clean_paragraphs(paragraphs)
    out.text = "\n\n".join(paragraphs)
    title, standfirst = _head_fields(paragraphs)
    if out.title is None:
        out.title = title
    elif paragraphs and _squash(paragraphs[0]).casefold() == _squash(out.title).casefold():
        standfirst = paragraphs[1] if len(paragraphs) > 2 and \
            _reads_as_standfirst(paragraphs[1], out.title) else None
    else:
        standfirst = None
    if out.standfirst is None and standfirst_from_text:
        out.standfirst = standfirst
    if not out.authors:
        out.authors = _text_authors(paragraphs)
    if not out.text:
        out.warnings.append(empty)


# --------------------------------------------------------------------------- decoding

def _decode(data: bytes, encoding: str | None, out: Extracted, *, html: bool) -> str:
    """``data`` as text: in the recorded encoding, or detected again if none (or no known one) was recorded."""
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            out.warnings.append(f"unknown encoding {encoding!r} recorded; detected again")
            encoding = None
    if encoding:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            out.warnings.append(f"bytes {exc.start}-{exc.end} are not valid {encoding} ({exc.reason}); "
                                "replaced with U+FFFD")
            text = data.decode(encoding, errors="replace")
    else:
        try:
            guess = detect_encoding(data, html=html)
        except UndecodableText as exc:
            out.warnings.append(f"no encoding fits ({exc}); read as UTF-8 with replacements")
            text = data.decode("utf-8", errors="replace")
        else:
            out.warnings.append(f"no encoding recorded; detected {guess.encoding} ({guess.method})")
            text = data.decode(guess.encoding, errors="replace")
    return text.removeprefix("\ufeff")


# --------------------------------------------------------------------------- errors

def _describe(exc: BaseException) -> str:
    """An exception in a warning's words: its type and the start of its message."""
    message = str(exc).strip()
    return f"{type(exc).__name__}: {message[:200]}" if message else type(exc).__name__
