"""Readable text of an XML document, read so that the document cannot harm the reader.

An archive receives XML of every kind besides feeds: NewsML and NITF wire
copy, CMS exports, sitemaps, a publisher's catalogue. No schema is known, so
the text is the character data of every element, whitespace squeezed, in
paragraphs: an element with text of its own is one paragraph, its inline
children included (``<p>said <person>Jo</person> today</p>``), unless a
child is a known block (``p``, ``div``, ``li``...) or holds several
paragraphs; an element with only children gives theirs (each ``<loc>`` of a
sitemap is one). Attribute values, comments and processing instructions are
not text. The title is the first ``title``, ``headline`` or ``hl1`` element
(any namespace) among the first ``TITLE_WINDOW`` elements.

Safety, and why the standard library
------------------------------------
The reader is the standard library's expat (``xml.parsers.expat``; here
expat 2.5.0), with **every entity declaration refused**. That one rule
stops both attacks an XML file can carry:

* "billion laughs": entities defined by ten references to the one before
  expand to gigabytes. Expat 2.5 has a guard of its own, but it measures
  amplification against the bytes read so far (100x, once 8 MiB have been
  expanded): a 16 MB document ending in such a bomb was measured to hand
  over 1.36 GB of text, in 28 s, before it stopped;
* XXE: ``<!ENTITY x SYSTEM "file:///etc/passwd">`` names a file or URL to
  read in. The parser is also never given a handler for external entities,
  and parameter entities are never parsed, so no DTD is fetched either.

Entity declarations live in the DTD, before the first element: a document
with one is refused whole, before any text, and the problem reported.
defusedxml would refuse the same things; it is not installed because the
three expat settings above are all it would add for this use.

Malformed XML
-------------
Expat stops at the first fault. The text read before it is kept, the fault
is reported with its line, and the whole document is read again by a
forgiving parser (the standard library's ``html.parser``, through Beautiful
Soup, which expands no declared entity and fetches nothing); whichever
reading holds more text is returned, so one unclosed tag does not lose the
rest of a document.

:func:`declared_entity` is the same refusal on its own, for readers (such
as :mod:`archive.description.feed_entries`) that hand the document to
another parser. Which XML is a feed and which is not is decided at ingest,
from the root element (:mod:`archive.preservation.sniff`).
"""

from __future__ import annotations

import re
import warnings
import xml.parsers.expat
from collections.abc import Iterator
from dataclasses import dataclass, field

from bs4 import BeautifulSoup, CData, NavigableString, ParserRejectedMarkup, Tag, XMLParsedAsHTMLWarning

from archive.description.extracted import Extracted, _decode, _finish

__all__ = ["declared_entity", "decode_xml", "extract_xml", "xml_text"]

#: expat is fed this many characters at a time, so a large document is never copied whole again.
PIECE = 1 << 16
#: a title is an element among this many first elements, and is no longer than this.
TITLE_WINDOW, TITLE_LENGTH = 100, 300
#: where a refused entity declaration is looked for by text when expat cannot read the prolog.
PROLOG_SCAN = 1 << 16

_TITLE_NAMES = frozenset({"title", "headline", "hl1", "hedline"})
#: Elements that always stand apart from the text around them (HTML, DocBook, NITF, TEI).
_BLOCK = frozenset({
    "p", "para", "div", "section", "article", "body", "li", "item", "dd", "dt", "td", "th", "tr",
    "h1", "h2", "h3", "h4", "h5", "h6", "title", "headline", "hl1", "hl2", "hedline", "byline",
    "blockquote", "pre", "br", "caption", "figcaption", "abstract", "summary", "entry"})
_ENTITY_TEXT = re.compile(r"<!\s*ENTITY", re.IGNORECASE)
class _EntityDeclared(Exception):
    """Raised from expat's handler at an entity declaration, to stop the parse there."""

    def __init__(self, name: str, is_parameter: bool, system_id: str | None) -> None:
        kind = "a parameter entity" if is_parameter else "an entity"
        where = f" read from {system_id!r}" if system_id else ""
        super().__init__(f"{kind} {name!r}{where}")


class _RootReached(Exception):
    """Raised at the first element: the DTD, where entities are declared, is behind."""


def _local(name: str) -> str:
    """``dc:title`` or ``{ns}title`` -> ``title``: elements are known by their local name."""
    return name.rsplit("}", 1)[-1].rsplit(":", 1)[-1].lower()


def _refuse_entity(name: str, is_parameter: bool, _value, _base, system_id, _public_id,
                   _notation) -> None:
    raise _EntityDeclared(name, bool(is_parameter), system_id)


def _safe_parser() -> xml.parsers.expat.XMLParserType:
    """An expat parser that refuses entity declarations and reads nothing but what it is fed."""
    parser = xml.parsers.expat.ParserCreate()
    parser.EntityDeclHandler = _refuse_entity
    parser.SetParamEntityParsing(xml.parsers.expat.XML_PARAM_ENTITY_PARSING_NEVER)
    return parser


def _feed(parser: xml.parsers.expat.XMLParserType, text: str) -> None:
    """All of ``text`` to ``parser`` in pieces (a str: expat reads it as UTF-8 whatever the
    document's declaration says, so the encoding decided before is the one used)."""
    for start in range(0, len(text), PIECE):
        parser.Parse(text[start:start + PIECE], False)
    parser.Parse("", True)


def declared_entity(text: str) -> str | None:
    """The first entity the document's DTD declares, in words, or None if it declares none.

    Only the prolog is read: expat stops at the first element. If expat
    cannot read the prolog at all, its first 64 KB are searched for an
    ``<!ENTITY`` instead, so that a damaged prolog never hides a declaration
    from a more forgiving parser downstream.
    """
    parser = _safe_parser()

    def root(*_arguments) -> None:
        raise _RootReached()

    parser.StartElementHandler = root
    try:
        _feed(parser, text)
    except _EntityDeclared as declared:
        return str(declared)
    except _RootReached:
        return None
    except xml.parsers.expat.ExpatError:
        match = _ENTITY_TEXT.search(text, 0, PROLOG_SCAN)
        return f"an entity (the prolog is not well-formed; {match.group(0)!r} found)" if match else None
    return None


def decode_xml(data: bytes, encoding: str | None, problems: list[str]) -> str:
    """``data`` as text, in the encoding ingest recorded (detected again if none was).

    The decoding is the one every other format gets
    (:func:`archive.description.extracted._decode`), so an XML file is read
    the way its provenance says; its notes go to ``problems``.
    """
    scratch = Extracted()
    text = _decode(data, encoding, scratch, html=True)
    problems.extend(scratch.warnings)
    return text


@dataclass
class _Part:
    """What a closed element gives its parent: its paragraphs, and whether it stands apart."""

    paragraphs: list[str]
    block: bool


@dataclass
class _Open:
    """An element being read: its local name and its content so far (text, and closed children)."""

    name: str
    content: list[str | _Part] = field(default_factory=list)


def _squash(pieces: list[str]) -> str:
    return " ".join("".join(pieces).split())


def _paragraphs_of(element: _Open) -> list[str]:
    """An element's paragraphs, from its text and its children's.

    An element with text of its own (a leaf, or mixed content such as
    ``<p>said <person>Jo</person> today</p>``) is one paragraph, except that
    a child that stands apart (a known block element, or one holding more than
    one paragraph) breaks it. An element with only children is a container:
    its children's paragraphs, in order.
    """
    has_text = any(isinstance(item, str) and not item.isspace() for item in element.content)
    if not has_text:
        return [p for item in element.content if isinstance(item, _Part) for p in item.paragraphs]
    paragraphs: list[str] = []
    current: list[str] = []
    for item in element.content:
        if isinstance(item, str):
            current.append(item)
        elif item.block:
            paragraphs.append(_squash(current))
            current.clear()
            paragraphs.extend(item.paragraphs)
        else:
            current.append(" ".join(item.paragraphs))
    paragraphs.append(_squash(current))
    return [p for p in paragraphs if p]


class _Paragraphs:
    """Paragraphs of a stream of element starts, ends and text: the same for expat and the fallback.

    Each element's content is held until it closes (its parent needs to know
    whether it had text of its own), then handed up as paragraphs; the
    document's text is held once, so memory stays in proportion to it.
    """

    def __init__(self) -> None:
        self.title: str | None = None
        self._open: list[_Open] = [_Open("")]     # the document itself at the bottom
        self._started = 0

    def start(self, name: str, _attributes: object = None) -> None:
        self._started += 1
        self._open.append(_Open(_local(name)))
        if self._started > TITLE_WINDOW and self.title is None:
            self.title = ""                      # too far down: no title will be taken

    def end(self, _name: str = "") -> None:
        if len(self._open) < 2:
            return
        element = self._open.pop()
        paragraphs = _paragraphs_of(element)
        if element.name in _TITLE_NAMES and self.title is None and paragraphs \
                and len(paragraphs[0]) <= TITLE_LENGTH:
            self.title = paragraphs[0]
        block = element.name in _BLOCK or len(paragraphs) > 1
        self._open[-1].content.append(_Part(paragraphs, block))

    def text(self, value: str) -> None:
        self._open[-1].content.append(value)

    def close(self) -> list[str]:
        """Close whatever is still open (a document cut short) and give all its paragraphs."""
        while len(self._open) > 1:
            self.end()
        return _paragraphs_of(self._open[0])


def _strict(text: str) -> tuple[list[str], str | None, str | None, bool]:
    """(paragraphs, title, fault, whether the fault is a refused entity) as expat reads ``text``."""
    found = _Paragraphs()
    parser = _safe_parser()
    parser.StartElementHandler = found.start
    parser.EndElementHandler = found.end
    parser.CharacterDataHandler = found.text
    parser.buffer_text = True
    fault, refused = None, False
    try:
        _feed(parser, text)
    except _EntityDeclared as declared:
        fault, refused = (f"the document declares {declared}; refused unread, since an entity can "
                          "expand without bound or read a local file"), True
    except xml.parsers.expat.ExpatError as error:
        fault = (f"malformed XML at line {error.lineno}, column {error.offset}: "
                 f"{xml.parsers.expat.ErrorString(error.code)}")
    paragraphs = [] if refused else found.close()
    return paragraphs, found.title or None, fault, refused


def _walk(node: Tag) -> Iterator[tuple[str, str]]:
    """Start, text and end events of a Beautiful Soup tree, in document order, without recursion."""
    stack: list[Iterator] = [iter(node.contents)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            yield "end", ""
        elif isinstance(child, Tag):
            yield "start", child.name
            stack.append(iter(child.contents))
        elif type(child) in (NavigableString, CData):
            yield "text", str(child)


def _forgiving(text: str) -> tuple[list[str], str | None]:
    """(paragraphs, title) of the whole document read by html.parser, which goes on past any fault."""
    found = _Paragraphs()
    handlers = {"start": found.start, "end": found.end, "text": found.text}
    try:
        with warnings.catch_warnings():     # html.parser on XML is the point here, not a slip
            warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
            soup = BeautifulSoup(text, "html.parser")
    except ParserRejectedMarkup:            # html.parser gives up on a few broken declarations
        return [], None
    for kind, value in _walk(soup):
        handlers[kind](value)
    return found.close(), found.title or None


def _length(paragraphs: list[str]) -> int:
    return sum(map(len, paragraphs))


def xml_text(data: bytes, encoding: str | None = None) -> tuple[str, str | None, list[str]]:
    """(text, title, problems) of an XML document that is neither a feed nor a web page.

    ``text`` is plain text, paragraphs separated by blank lines; ``title``
    is None when no title element stands near the top. A document declaring
    entities gives no text and says why; a malformed one gives what could be
    read and says where it went wrong.
    """
    problems: list[str] = []
    decoded = decode_xml(data, encoding, problems)
    paragraphs, title, fault, refused = _strict(decoded)
    if fault:
        problems.append(fault)
    if fault and not refused:
        rest, rest_title = _forgiving(decoded)
        if _length(rest) > _length(paragraphs):
            problems.append("the whole document was read again by a forgiving parser")
            paragraphs, title = rest, title or rest_title
        else:
            problems.append("the text before the fault is kept")
    if not paragraphs and not refused:
        problems.append("no text found in the XML document")
    return "\n\n".join(paragraphs), title, problems


def extract_xml(data: bytes, encoding: str | None, out: Extracted) -> None:
    """Fill ``out`` from an XML document (the ``xml`` kind's extractor, see :mod:`archive.description.extract`)."""
    text, title, problems = xml_text(data, encoding)
    out.title = title
    out.warnings += [p for p in problems if p != "no text found in the XML document"]
    _finish(out, text.split("\n\n") if text else [], empty="no text found in the XML document")
