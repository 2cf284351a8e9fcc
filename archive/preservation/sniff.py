"""What a file's first bytes say it is, where libmagic's name is not the whole story.

libmagic names a file by its first bytes and a rule book written for every
kind of file. For the files a news archive receives its name is often too
coarse or wrong: every news feed is "text/xml", a page whose first line is a
``<script>`` is "application/javascript", a WARC file is "application/gzip".
The decisions here read the markup (or the container's own header) instead,
and each returns the reason, which ingest records beside libmagic's name in
the provenance, so a future reader sees both and why we chose.

Decisions:

* **Only the head is read** (the first 8 KB), so a sniff costs the same for
  a 1 KB page and a 1 GB web archive.
* **UTF-16 and UTF-32 markup is read too**: a byte-order mark, or the pattern
  of NUL bytes around ASCII ``<`` that such text has, says which.
* **A feed is named by its root element**: ``rss``, Atom's ``feed``,
  RSS 1.0's ``rdf:RDF`` (with an RSS namespace, a ``channel`` or an ``item``)
  or a bare ``channel``. Any other XML root is just XML, archived and indexed
  as text; an XHTML page is HTML.
* **HTML is named by its markup**: a doctype of ``html``, or an ``<html>``,
  ``<head>`` or ``<body>`` element near the top. A name ending ``.html`` or
  ``.htm`` with markup inside is HTML too.
* **Text is text despite a few stray bytes**: libmagic calls a page "data"
  (charset ``binary``) for one NUL or escape byte, and for UTF-16 without a
  byte-order mark. :func:`mostly_text` reads the head as :func:`head_text`
  does and allows one control character in fifty, so a real page with a
  stray byte is still read by its markup, while an image or a zip (whose
  heads are full of them) is not.
"""

from __future__ import annotations

import codecs
import re
import zlib

__all__ = ["HEAD_BYTES", "feed_root", "head_text", "html_reason", "is_warc", "mostly_text", "xml_root"]

HEAD_BYTES = 8192
_WARC_HEAD = 8192
_WARC_VERSIONS = (b"WARC/1.0", b"WARC/1.1", b"WARC/0.17", b"WARC/0.18")
_HTML_DOCTYPE = re.compile(r"<!DOCTYPE\s+html", re.IGNORECASE)
_HTML_ELEMENT = re.compile(r"<(html|head|body)[\s>]", re.IGNORECASE)
#: (A doctype's internal subset ends at its first "]": one way to match, so no backtracking on a bad head.)
_PROLOG_ITEM = re.compile(r"\s+|<\?.*?\?>|<!--.*?-->|<!DOCTYPE(?:[^\[>]|\[[^\]]*\])*>", re.DOTALL | re.IGNORECASE)
_START_TAG = re.compile(r"""<([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)((?:[^>"']|"[^"]*"|'[^']*')*)>""")
_ATOM_NAMESPACES = ("http://www.w3.org/2005/Atom", "http://purl.org/atom/ns#")
_RDF_FEED_NAMESPACES = ("http://purl.org/rss/1.0/", "http://my.netscape.com/rdf/simple/0.9/")
_RDF_NAMESPACE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_UTF_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
             (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


def head_text(data: bytes, size: int = HEAD_BYTES) -> str:
    """The first ``size`` bytes as text good enough to read markup in (never raises).

    A byte-order mark says the encoding; without one, UTF-16 shows by its zero
    bytes, all at odd offsets (little-endian) or all at even ones. Anything else
    is read as Latin-1, which keeps ASCII markup intact whatever the real
    single- or multi-byte encoding.
    """
    head = data[:size]
    for bom, codec in _UTF_BOMS:
        if head.startswith(bom):
            return head[len(bom):].decode(codec, errors="ignore")
    sample = head[:64]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd > len(sample) // 4 and even == 0:
        return head.decode("utf-16-le", errors="ignore")
    if even > len(sample) // 4 and odd == 0:
        return head.decode("utf-16-be", errors="ignore")
    return head.decode("latin-1")


def xml_root(data: bytes) -> tuple[str, str, str] | None:
    """(name, attributes, head text) of a document's first element, from its head.

    A cheap look, not a parse: the prolog (declaration, processing
    instructions, comments, a doctype) is skipped by pattern, and the start tag
    is returned as written (``"rdf:RDF"`` and its raw attributes). None when
    the head holds no element after a prolog.
    """
    text = head_text(data)
    position = 0
    while match := _PROLOG_ITEM.match(text, position):
        position = match.end()
    tag = _START_TAG.match(text, position)
    return (tag.group(1), tag.group(2), text) if tag else None


def feed_root(data: bytes) -> str | None:
    """Why ``data`` is a news feed (its root element), or None when it is not one.

    The root must be ``rss`` or ``channel`` (RSS 0.9x); ``feed`` in an Atom
    namespace; or ``rdf:RDF`` with the RSS 1.0 or 0.90 namespace, or a
    ``<channel>``/``<item>`` in the head. An XHTML page, a sitemap or other XML
    is not a feed.
    """
    found = xml_root(data)
    if not found:
        return None
    name, attributes, text = found
    local = name.rsplit(":", 1)[-1]
    if local in ("rss", "channel"):
        return f"root element <{local}>"
    if local == "feed" and any(namespace in attributes for namespace in _ATOM_NAMESPACES):
        return "root element <feed> in an Atom namespace"
    if local == "RDF" and _RDF_NAMESPACE in attributes and (
            any(namespace in attributes for namespace in _RDF_FEED_NAMESPACES)
            or re.search(r"<(?:\w+:)?(?:channel|item)[\s>]", text) is not None):
        return "root element <rdf:RDF> with an RSS channel"
    return None


def html_reason(data: bytes, name: str = "") -> str | None:
    """Why ``data`` is an HTML page, read from its markup, or None when its markup does not say so.

    An XHTML page (root ``html``) is HTML. A feed's items may hold such markup:
    the caller asks :func:`feed_root` first.
    """
    head = head_text(data)
    if _HTML_DOCTYPE.search(head[:1024]):
        return "an HTML doctype"
    element = _HTML_ELEMENT.search(head)
    if element:
        return f"an <{element.group(1).lower()}> element near the top"
    if name.lower().endswith((".html", ".htm", ".xhtml")) and re.search(r"<[a-zA-Z][^>]*>", head):
        return "a name ending .html or .htm, with markup inside"
    return None


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def mostly_text(data: bytes) -> bool:
    """Whether the head reads as text with at most one control character in fifty."""
    head = head_text(data)
    return bool(head) and len(_CONTROL.findall(head)) * 50 <= len(head)


def is_warc(data: bytes) -> bool:
    """Whether ``data`` starts as a web archive: a WARC record header (1.0, 1.1, or the 0.17
    and 0.18 drafts early crawlers wrote), plain or in a gzip member.

    Cheap for every file received: of a gzipped start at most 8 KB are
    decompressed into at most 1 KB, and a start cut inside a member is fine.
    """
    head = data[:_WARC_HEAD]
    if head.startswith(b"\x1f\x8b"):
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 1024)
        except zlib.error:
            return False
    return head.lstrip(b" \t\r\n").startswith(_WARC_VERSIONS)
