"""What one WARC record says of itself: its headers, its body's type, and its faults in words.

:mod:`archive.description.warc_records` walks a file's records; the small
readings of one record it needs are here, apart, so that each module stays
short. The body's type comes from the HTTP ``Content-Type`` (the WARC one
for a ``resource`` record); a body of no useful type is judged by its first
bytes (markup makes a page, control bytes make binary data).
"""

from __future__ import annotations

import re

from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord

_PAGE_TYPES = {"text/html": "html", "application/xhtml+xml": "html", "text/plain": "text"}
#: types that say nothing of the body: it is sniffed instead
_VAGUE_TYPES = frozenset({"", "application/octet-stream", "binary/octet-stream",
                          "application/unknown", "unknown/unknown", "application/x-unknown"})
_HTML_MARK = re.compile(rb"<(?:!doctype\s+html|html|head|body)[\s>]")
#: bytes no text holds (tab, line breaks, form feed and escape excepted) and every binary format does
_BINARY_BYTES = re.compile(rb"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f]")
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")




def _header(record: ArcWarcRecord, name: str) -> str | None:
    return record.http_headers.get_header(name) if record.http_headers else None


def _content_length(record: ArcWarcRecord) -> int | None:
    try:
        length = int(record.rec_headers.get_header("Content-Length") or "")
    except ValueError:
        return None
    return length if length >= 0 else None


def _unread(record: ArcWarcRecord) -> int:
    """Bytes that the record's Content-Length promised and that are not read yet."""
    return max(0, getattr(record.raw_stream, "limit", 0))


def _content_type(record: ArcWarcRecord) -> str | None:
    """The body's declared type: the HTTP header of a response, the WARC header of a resource."""
    if record.http_headers:
        return record.http_headers.get_header("Content-Type")
    return record.rec_headers.get_header("Content-Type") if record.rec_type == "resource" else None


def _media_and_charset(content_type: str | None) -> tuple[str, str | None]:
    """("text/html", "windows-1251") from "text/html; charset=Windows-1251"."""
    media, *parameters = (content_type or "").split(";")
    charset = None
    for parameter in parameters:
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "charset":
            charset = value.strip().strip("\"'").lower() or None
    return media.strip().lower(), charset


def _page_kind(record: ArcWarcRecord) -> str | None:
    """"html", "text", "sniff" (no useful type: look at the body) or None (no page)."""
    if record.rec_type not in ("response", "resource"):
        return None
    if record.rec_type == "response" and not record.http_headers:
        return None     # a dns: or similar response: its block is no HTTP message
    media, _ = _media_and_charset(_content_type(record))
    return _PAGE_TYPES.get(media) or ("sniff" if media in _VAGUE_TYPES else None)


def _sniff(start: bytes) -> str | None:
    """"html" or "text" from the first bytes of a body of no stated type, else None.

    HTML is markup naming html, head or body within a kilobyte; text has no
    control bytes, which every image, archive or font has near its start.
    """
    head = start
    for bom in _BOMS:
        head = head.removeprefix(bom)
    head = head.lstrip()
    if head.startswith(b"<") and _HTML_MARK.search(head[:1024].lower()):
        return "html"
    if not head or _BINARY_BYTES.search(head) or head.startswith(b"%PDF"):
        return None
    return "text"


def _status(record: ArcWarcRecord) -> int | None:
    """The HTTP status code, e.g. 200; None for a record without HTTP headers."""
    try:
        return int(record.http_headers.get_statuscode()) if record.http_headers else None
    except ValueError:
        return None


def _describe(record: ArcWarcRecord, position: int, offset: int, decompressed: bool) -> str:
    """"record 3 (response http://example.org/, offset 1012)": how problems name a record."""
    what = " ".join(part for part in (record.rec_type,
                                      record.rec_headers.get_header("WARC-Target-URI")) if part)
    at = f"{'decompressed ' if decompressed else ''}offset {offset}"
    return f"record {position} ({what + ', ' if what else ''}{at})"


def _reason(error: Exception) -> str:
    """What warcio (or zlib) said, on one line and cut to a readable length."""
    text = " ".join(str(error).split())
    if not isinstance(error, ArchiveLoadFailed):
        text = f"{type(error).__name__}: {text}"
    return text if len(text) <= 160 else text[:157] + "..."
