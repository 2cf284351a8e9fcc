"""Text and descriptive fields of a plain-text file.

The bytes are decoded with the encoding recorded at ingest, detected again
only when none was (:func:`archive.description.extracted._decode`). A text
file says nothing about itself, so everything comes from the text: its
paragraphs are blocks between blank lines, hard-wrapped lines joined again
(:mod:`archive.description.clean_text`), and its title, standfirst and
authors are read from its top and its end (:mod:`archive.description.article_head`).
"""

from __future__ import annotations

from archive.description.clean_text import _plain_paragraphs
from archive.description.extracted import Extracted, _decode, _finish

__all__ = ["extract_text"]


def extract_text(data: bytes, encoding: str | None, out: Extracted) -> None:
    """Fill ``out`` from a text file's bytes, read in the ``encoding`` ingest recorded."""
    _finish(out, _plain_paragraphs(_decode(data, encoding, out, html=False)))
