"""Format identification: what a file is, and whether the archive accepts it.

libmagic (through python-magic) names the MIME type and gives its human
description; that is the format identification recorded in every bag. On top
of it we decide the *kind* the search issue knows how to read: plain text,
HTML, PDF or Word (.docx). For text and HTML we also choose the character
encoding, because the bag must say how to read its bytes years from now.
"""

from __future__ import annotations

import io
import threading
import zipfile
from dataclasses import dataclass
from functools import lru_cache

import magic

from archive.preservation.encoding import EncodingGuess, UndecodableText, detect_encoding

KINDS = ("text", "html", "pdf", "docx")
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

    def as_dict(self) -> dict:
        return {"mime": self.mime, "libmagic_charset": self.charset,
                "description": self.description, "kind": self.kind, "basis": self.basis,
                "encoding": self.encoding.as_dict() if self.encoding else None}


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
    if mime == "text/html" or (mime == "text/xml" and b"<html" in data[:4096].lower()):
        return "html", "", "libmagic"
    if mime == "text/plain" and lower.endswith(_HTML_SUFFIXES) and b"<" in data[:4096]:
        return "html", "", "extension and markup"
    if mime == "text/plain" or mime.startswith("text/x-"):
        return "text", "", "libmagic"
    if _misnamed_text(mime, charset, name):
        return "text", "", f"text bytes ({charset}) that libmagic called {mime}"
    if mime == "application/msword":
        return None, "legacy Word .doc is not accepted (save it as .docx)", "libmagic"
    if mime in ("application/octet-stream", "application/x-empty") or mime == "":
        return None, "unrecognised binary data", "libmagic"
    return None, f"unsupported type {mime}", "libmagic"


def identify(data: bytes, name: str) -> Identification:
    """Identify ``data`` (the whole file), received under the name ``name``."""
    mime, charset, description = _magic(data)
    kind, reason, basis = _kind_for(mime, name, data, charset)
    encoding = None
    if kind in ("text", "html"):
        try:
            encoding = detect_encoding(data, html=kind == "html")
        except UndecodableText as exc:
            kind, reason = None, f"undecodable text: {exc}"
    if kind is None and not reason.startswith(("undecodable", "damaged", "legacy")):
        reason = f"{reason} ({description})"
    return Identification(mime, charset, description, kind, reason, basis, encoding)
