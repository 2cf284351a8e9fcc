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
"""

from __future__ import annotations

import codecs
import re
import zlib

__all__ = ["HEAD_BYTES", "feed_root", "head_text", "html_reason", "is_warc", "xml_root"]

HEAD_BYTES = 8192
_WARC_HEAD = 8192
_WARC_VERSIONS = (b"WARC/1.0", b"WARC/1.1", b"WARC/0.17", b"WARC/0.18")
_PROLOG = re.compile(r"""\s*(?:<\?[^>]*\?>|<!--.*?-->|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>)""", re.DOTALL | re.IGNORECASE)
_ROOT = re.compile(r"\s*<([A-Za-z_][\w.:-]*)([^>]*)>?")
_HTML_DOCTYPE = re.compile(r"<!DOCTYPE\s+html", re.IGNORECASE)
_HTML_ELEMENT = re.compile(r"<(html|head|body)[\s>]", re.IGNORECASE)
_RSS_NAMESPACES = ("purl.org/rss/1.0", "my.netscape.com/rdf/simple/0.9", "purl.org/rss/")
_UTF_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
             (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
             (codecs.BOM_UTF16_BE, "utf-16-be"))


def _wide_codec(head: bytes) -> str | None:
    """The UTF-16/32 codec of markup without a byte-order mark, judged by where its NULs fall."""
    sample = head[:64]
    if len(sample) < 8 or b"\0" not in sample:
        return None
    if sample[0:1] == b"<" and sample[1:4] == b"\0\0\0":
        return "utf-32-le"
    if sample[0:3] == b"\0\0\0" and sample[3:4] == b"<":
        return "utf-32-be"
    even_nuls = sum(1 for b in sample[0::2] if b == 0)
    odd_nuls = sum(1 for b in sample[1::2] if b == 0)
    if odd_nuls > len(sample) // 4 and even_nuls == 0:
        return "utf-16-le"
    if even_nuls > len(sample) // 4 and odd_nuls == 0:
        return "utf-16-be"
    return None


def head_text(data: bytes, size: int = HEAD_BYTES) -> str:
    """The first ``size`` bytes as text good enough to read markup in (never raises).

    ASCII-compatible encodings are read as Latin-1, which maps every byte to a
    character: markup is ASCII, and the letters around it need not be right.
    """
    head = data[:size]
    for bom, codec in _UTF_BOMS:
        if head.startswith(bom):
            return head[len(bom):].decode(codec, errors="ignore")
    wide = _wide_codec(head)
    if wide:
        return head.decode(wide, errors="ignore")
    return head.decode("latin-1")


def _without_prolog(text: str) -> str:
    """``text`` without its XML declaration, processing instructions, comments and doctype."""
    position = 0
    while True:
        match = _PROLOG.match(text, position)
        if not match or match.end() == position:
            return text[position:]
        position = match.end()


def xml_root(data: bytes) -> tuple[str, str] | None:
    """(name, attributes) of the document's first element, if it starts with markup."""
    match = _ROOT.match(_without_prolog(head_text(data)))
    return (match.group(1), match.group(2)) if match else None


def feed_root(data: bytes) -> str | None:
    """Why ``data`` is a news feed (its root element), or None when it is not one."""
    root = xml_root(data)
    if root is None:
        return None
    name, attributes = root
    local = name.rsplit(":", 1)[-1].lower()
    if local == "rss":
        return "root element <rss>"
    if local == "feed" and "www.w3.org/2005/atom" in attributes.lower():
        return "root element <feed> in the Atom namespace"
    if local == "rdf":
        head = head_text(data)
        if any(ns in head for ns in _RSS_NAMESPACES) or re.search(r"<(?:\w+:)?(?:channel|item)[\s>]", head):
            return "root element <rdf:RDF> with an RSS channel"
    if local == "channel":
        return "root element <channel> (RSS 0.9x)"
    return None


def html_reason(data: bytes, name: str = "") -> str | None:
    """Why ``data`` is an HTML page, read from its markup, or None when its markup does not say so.

    An XHTML page (root ``html``) is HTML; a feed is never HTML, whatever its
    items hold.
    """
    head = head_text(data)
    if feed_root(data):
        return None
    if _HTML_DOCTYPE.search(head[:1024]):
        return "an HTML doctype"
    element = _HTML_ELEMENT.search(head)
    if element:
        return f"an <{element.group(1).lower()}> element near the top"
    if name.lower().endswith((".html", ".htm", ".xhtml")) and re.search(r"<[a-zA-Z][^>]*>", head):
        return "a name ending .html or .htm, with markup inside"
    return None


def is_warc(data: bytes) -> bool:
    """Whether ``data`` starts as a web archive: a WARC record header (1.0, 1.1, or the 0.17
    and 0.18 drafts early crawlers wrote), plain or in a gzip member.

    Cheap for every file received: of a gzipped start at most 8 KB are
    decompressed into at most 1 KB, and a start cut inside a member is fine.
    """
    head = data[:_WARC_HEAD]
    if head.startswith(b"\x1f\x8b"):
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head[:8192], 1024)
        except zlib.error:
            return False
    return head.lstrip(b" \t\r\n").startswith(_WARC_VERSIONS)
