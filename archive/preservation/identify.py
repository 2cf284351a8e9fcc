"""Format identification: what a file is, and whether the archive accepts it.

libmagic (through python-magic) names the MIME type and gives its human
description; that is the format identification recorded in every bag. On top
of it we decide the *kind* the archive knows how to read: plain text, HTML,
PDF, Word (.docx), a news feed (RSS, RDF, Atom), other XML, or a web archive
(WARC). For the textual kinds we also choose the character encoding, because
the bag must say how to read its bytes years from now.

Decisions:

* **The markup outranks libmagic's name** (:mod:`archive.preservation.sniff`):
  a feed is "text/xml" to libmagic and a page that opens with a script is
  "application/javascript"; what the file's own root element or doctype says
  decides, and ``basis`` records why, beside libmagic's name.
* **Text is never refused for its encoding nor for libmagic's name.** A file
  libmagic calls text whose encoding cannot be established is kept, with the
  encoding recorded as unknown, what was tried, and a warning. A file libmagic
  calls something we do not take is still text when its bytes decode cleanly
  (a byte-order mark, ASCII or strict UTF-8 without control characters).
* **Junk stays refused by name**: binary data that no rule above calls text,
  empty files, and types we do not take (images, legacy .doc, archives).
"""

from __future__ import annotations

import io
import threading
import zipfile
from dataclasses import dataclass
from functools import lru_cache

import magic

from archive.preservation.encoding import EncodingGuess, UndecodableText, detect_encoding
from archive.preservation.sniff import feed_root, html_reason, is_warc, mostly_text

KINDS = ("text", "html", "pdf", "docx", "feed", "xml", "warc")
#: the kinds whose bytes are text in one character encoding (a WARC holds many)
TEXT_KINDS = ("text", "html", "feed", "xml")
#: methods of an encoding that the bytes alone prove: their text is text, whatever libmagic says
_CERTAIN = ("bom", "ascii", "utf-8")
_XML_TYPES = ("text/xml", "application/xml", "application/rss+xml", "application/atom+xml",
              "application/rdf+xml", "application/xhtml+xml")
DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
_HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_lock = threading.Lock()  # one libmagic cookie is not safe to share between threads


@dataclass(frozen=True)
class Identification:
    """What libmagic says of a file and what the archive makes of it."""

    mime: str                      # libmagic's MIME type, e.g. "text/plain"
    charset: str                   # libmagic's charset guess, e.g. "utf-8", "binary"
    description: str               # libmagic's description, e.g. "PDF document, version 1.4"
    kind: str | None               # one of KINDS, or None when not accepted
    reason: str = ""               # why kind is None
    basis: str = "libmagic"        # what the kind was decided on
    encoding: EncodingGuess | None = None
    warnings: tuple[str, ...] = ()    # kept, but with something to say (an unknown encoding)

    def only_white_space(self, data: bytes) -> bool:
        """Whether a text file holds nothing but white space in its encoding (unknown: it may not)."""
        if self.encoding is None or self.encoding.method == "none":
            return False
        try:
            return not data.decode(self.encoding.encoding).strip()
        except (UnicodeDecodeError, LookupError):
            return False

    def as_dict(self) -> dict:
        return {"mime": self.mime, "libmagic_charset": self.charset,
                "description": self.description, "kind": self.kind, "basis": self.basis,
                "encoding": self.encoding.as_dict() if self.encoding else None,
                **({"warnings": list(self.warnings)} if self.warnings else {})}


@lru_cache(maxsize=1)
def _cookies() -> tuple[magic.Magic, magic.Magic, magic.Magic]:
    """libmagic handles: MIME type and charset; description; description of plain text.

    The last skips libmagic's "soft" magic entries. For a file the full checks
    already called text/plain no soft entry matched, so the text classifier
    alone gives the same description (checked on every sample and seed), at
    1/50 of the cost: the soft entries' regular expressions are most of
    libmagic's time on a 5 KB article.
    """
    plain = magic.Magic()
    magic.magic_setflags(plain.cookie, magic.MAGIC_NO_CHECK_SOFT)
    return magic.Magic(mime=True, mime_encoding=True), magic.Magic(), plain


def libmagic_version() -> str:
    """libmagic's version as a dotted string (magic_version() gives e.g. 544)."""
    number = magic.version()
    return f"{number // 100}.{number % 100:02d}"


def _magic(data: bytes) -> tuple[str, str, str]:
    mime_cookie, text_cookie, plain_text_cookie = _cookies()
    with _lock:
        mime_charset = mime_cookie.from_buffer(data)
        mime, _, charset = mime_charset.partition(";")
        cookie = plain_text_cookie if mime.strip() == "text/plain" else text_cookie
        description = cookie.from_buffer(data)
    return mime.strip(), charset.strip().removeprefix("charset="), description


def _is_docx(data: bytes) -> tuple[bool, str]:
    """Whether ``data`` is a readable OOXML word-processing package, and if not why."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            names = set(package.namelist())
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        return False, f"damaged Word file (the zip container cannot be read: {exc})"
    if "word/document.xml" not in names:
        return False, "zip archive that is not a Word document (no word/document.xml)"
    return True, ""


#: libmagic types it gives to plain prose that happens to start like a saved news
#: message ("Article 2: ...", "Path: ...") or a plotter file ("BP ...", "PAC ...").
_TEXT_MISNAMED = ("message/news", "message/rfc822", "application/vnd.hp-hpgl")


def _misnamed_text(mime: str, charset: str, name: str) -> bool:
    """Text libmagic named as something we do not take: its bytes are text (a charset,
    not ``binary``) and either the file says it is text (``.txt``) or the type is one
    libmagic gives plain prose by mistake. Kept as text, never refused for the name."""
    if not charset or charset == "binary":
        return False
    return name.lower().endswith(".txt") or mime.lower() in _TEXT_MISNAMED


def _markup_kind(mime: str, name: str, data: bytes, charset: str) -> tuple[str, str] | None:
    """(kind, basis) when the file's own markup names it: a feed, an HTML page or XML."""
    textual = charset != "binary" or data[:2] in (b"\xff\xfe", b"\xfe\xff") or mostly_text(data)
    if not textual:
        return None
    feed = feed_root(data)
    if feed:
        return "feed", feed if mime in _XML_TYPES else f"{feed}; libmagic called it {mime}"
    page = html_reason(data, name)
    if page:
        return "html", "libmagic" if mime == "text/html" else f"{page}; libmagic called it {mime}"
    if mime in _XML_TYPES:
        return "xml", "libmagic"
    return None


def _kind_for(mime: str, name: str, data: bytes, charset: str = "") -> tuple[str | None, str, str]:
    """(kind, reason, basis) for a file libmagic called ``mime`` with ``charset``."""
    lower = name.lower()
    if mime == "application/pdf":
        return "pdf", "", "libmagic"
    if mime == DOCX_MIME or (mime in ("application/zip", "application/octet-stream")
                             and lower.endswith(".docx") and data[:2] == b"PK"):
        ok, reason = _is_docx(data)
        basis = "libmagic" if mime == DOCX_MIME else "extension .docx and zip contents"
        return ("docx", "", basis) if ok else (None, reason, basis)
    if is_warc(data):
        return "warc", "", "WARC record header" + ("" if mime == "application/warc" else f"; libmagic called it {mime}")
    markup = _markup_kind(mime, name, data, charset)
    if markup:
        return markup[0], "", markup[1]
    if mime == "text/plain" or mime.startswith("text/"):
        return "text", "", "libmagic"
    if _misnamed_text(mime, charset, name):
        return "text", "", f"text bytes ({charset}) that libmagic called {mime}"
    if mime == "application/msword":
        return None, "legacy Word .doc is not accepted (save it as .docx)", "libmagic"
    if mime in ("application/octet-stream", "application/x-empty") or mime == "":
        return None, "unrecognised binary data", "libmagic"
    return None, f"unsupported type {mime}", "libmagic"


def _clean_text(data: bytes) -> EncodingGuess | None:
    """The encoding of bytes that are text beyond doubt (BOM, ASCII, strict UTF-8), else None."""
    try:
        guess = detect_encoding(data)
    except UndecodableText:
        return None
    return guess if guess.method in _CERTAIN else None


def _encoding_of(data: bytes, kind: str) -> tuple[EncodingGuess, tuple[str, ...]]:
    """The encoding of a textual file; never refuses it: an unknown one is recorded as such."""
    try:
        return detect_encoding(data, html=kind != "text"), ()
    except UndecodableText as exc:
        unknown = EncodingGuess("unknown", "none", 0.0, note=f"no encoding could be established: {exc}",
                                tried=tuple(getattr(exc, "tried", ())))
        return unknown, (f"encoding unknown ({exc}); kept as received, indexed as far as it can be read",)


def identify(data: bytes, name: str) -> Identification:
    """Identify ``data`` (the whole file), received under the name ``name``."""
    mime, charset, description = _magic(data)
    kind, reason, basis = _kind_for(mime, name, data, charset)
    encoding, warnings = None, ()
    if kind is None and (charset != "binary" or reason.startswith("unrecognised")):
        clean = _clean_text(data)
        if clean is not None:
            kind, reason, basis = "text", "", f"bytes that decode cleanly as text ({clean.method}); " \
                                              f"libmagic called them {mime}"
            encoding = clean
    if kind in TEXT_KINDS and encoding is None:
        encoding, warnings = _encoding_of(data, kind)
    if kind is None and not reason.startswith(("damaged", "legacy")):
        reason = f"{reason} ({description})"
    return Identification(mime, charset, description, kind, reason, basis, encoding, warnings)
