"""Text of an XML document that is neither a feed nor a web page.

Archivists hand over XML of every kind: NewsML and NITF wire copy, a CMS
export, a sitemap, a publisher's catalogue. The archive keeps the bytes (the
bag is the truth) and indexes what a reader would read: the character data
of its elements. No schema is known, so no element is preferred over
another; each element's own text becomes a paragraph, and the first
``title`` or ``headline`` element (any namespace) near the top is the title.

Decisions:

* **The standard library's expat, with every entity declaration refused.** No
  DTD is read, no external entity fetched, and an internal entity (the
  "billion laughs" bomb) stops the parse before it can expand: what was read
  before it is kept and the problem reported.
* **Malformed XML keeps what came before the fault**, and the fault is
  reported with its line, like a damaged PDF: one bad file must not stop
  the indexing of the others.
* **Bounded**: the document is fed to expat in pieces of 64 KB; the text kept
  is what the document holds (bounded by ingest's ``max_file_bytes``).
"""

from __future__ import annotations

import xml.parsers.expat

from archive.description.extracted import Extracted, _decode, _finish

__all__ = ["extract_xml"]

_PIECE = 1 << 16
_TITLES = ("title", "headline", "hedline", "hl1")


class _EntityDeclared(Exception):
    """An entity declaration: refused, since it may expand without bound or read a file."""


class _Collector:
    """expat handlers that gather each element's own text as a paragraph, and a title."""

    def __init__(self) -> None:
        self.paragraphs: list[str] = []
        self.title: str | None = None
        self._stack: list[tuple[str, list[str]]] = []

    def start(self, name: str, _attributes) -> None:
        self._flush()
        self._stack.append((name.rsplit(":", 1)[-1].rsplit("}", 1)[-1].lower(), []))

    def end(self, _name: str) -> None:
        if self._stack:
            local, parts = self._stack.pop()
            text = " ".join("".join(parts).split())
            if text:
                self.paragraphs.append(text)
                if self.title is None and local in _TITLES and len(self.paragraphs) <= 5:
                    self.title = text

    def data(self, text: str) -> None:
        if self._stack:
            self._stack[-1][1].append(text)

    def _flush(self) -> None:
        """Text of the enclosing element before a child starts: a paragraph of its own."""
        if self._stack and self._stack[-1][1]:
            text = " ".join("".join(self._stack[-1][1]).split())
            self._stack[-1][1].clear()
            if text:
                self.paragraphs.append(text)

    def finish(self) -> None:
        while self._stack:
            self.end("")


def _refuse_entity(*_arguments) -> None:
    raise _EntityDeclared()


def _parser(collector: _Collector):
    parser = xml.parsers.expat.ParserCreate()
    parser.StartElementHandler = collector.start
    parser.EndElementHandler = collector.end
    parser.CharacterDataHandler = collector.data
    parser.EntityDeclHandler = _refuse_entity
    parser.SetParamEntityParsing(xml.parsers.expat.XML_PARAM_ENTITY_PARSING_NEVER)
    return parser


def extract_xml(data: bytes, encoding: str | None, out: Extracted) -> None:
    """Fill ``out`` from an XML document: its elements' text, its title if it has one."""
    text = _decode(data, encoding, out, html=True)
    collector = _Collector()
    parser = _parser(collector)
    try:
        for start in range(0, len(text), _PIECE):
            parser.Parse(text[start:start + _PIECE], False)
        parser.Parse("", True)
    except _EntityDeclared:
        out.warnings.append(f"the document declares an entity at line {parser.CurrentLineNumber}; "
                            "read no further (an entity can expand without bound or read a local file)")
    except xml.parsers.expat.ExpatError as exc:
        out.warnings.append(f"malformed XML at line {exc.lineno}: {xml.parsers.expat.ErrorString(exc.code)}; "
                            "the text before it is kept")
    collector.finish()
    out.title = collector.title
    _finish(out, collector.paragraphs, empty="no text found in the XML document")
