"""The pages inside a web archive (WARC) file.

A crawler or a browser extension saves what it fetched as a WARC file: a
sequence of records (requests, responses, metadata...), usually one gzip
member per record (``.warc.gz``). The archive bags the file as it came; what
can be searched are the HTML and plain-text responses inside, read here.

**warcio** 1.8.1 (one dependency, ``six``), the Webrecorder project's
reader, which pywb and most replay tools use, streams WARC 1.0, 1.1 and the
0.17/0.18 drafts early Heritrix wrote, plain or gzipped per record, splits
HTTP headers from bodies and undoes chunked transfer and gzip or deflate
encoding: traps enough that a reader of our own would be longer than this
module and far less tried. Added here:

* Bounded memory: a body is kept up to ``max_payload`` bytes, the rest
  skipped unread. Memory is about twice the largest page kept, never the
  file's size, plus warcio's inflating of 16 KB of gzip at a time (up to
  16 MB for data repeating at short range, some 100 KB for real pages).
* No exception for bad content: WARCs are cut short by full disks and
  killed crawls. Every record before the damage is kept, and each fault is a
  sentence in ``problems`` naming the record and its offset. Only a file
  that cannot be read (an ``OSError``) raises.
* Quiet repair: where warcio prints a warning for bytes between records and
  misreads what follows, they are skipped to the next record, and noted.
* A WARC gzipped whole (``gzip file.warc``), which warcio refuses, is read
  decompressed, offsets then counting decompressed bytes.

Pages are ``response`` and ``resource`` records whose body is HTML or plain
text, by the HTTP Content-Type (the WARC one for a resource), else, for a
body of no useful type, by its first bytes. Requests, metadata, warcinfo,
revisits (a pointer to an earlier capture), images, scripts and empty bodies
are counted, not kept. Any HTTP status is kept: the caller judges a 404.
``warc_date`` is when the page was *captured*, not when it was published.
"""

from __future__ import annotations

import hashlib
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, NamedTuple

from warcio.archiveiterator import WARCIterator
from warcio.bufferedreaders import BufferedReader
from warcio.recordloader import ArcWarcRecord

from archive.description.warc_fields import (_content_length, _content_type, _describe, _header, _media_and_charset,
                                             _page_kind, _reason, _sniff, _status, _unread)

__all__ = ["MAX_PAYLOAD", "WarcItem", "WarcReading", "read_warc"]

#: the most of one page's body kept by default: no news page comes near it
MAX_PAYLOAD = 10 * 2**20
_WARC_VERSIONS = (b"WARC/1.0", b"WARC/1.1", b"WARC/0.17", b"WARC/0.18")
_GZIP_MAGIC = b"\x1f\x8b"
_SNIFF_BYTES = 4096         # of a body of no stated type, looked at to tell a page
_BLOCK = 64 * 1024          # read size for bodies and compressed input
_LINE_LIMIT = 64 * 1024     # longest piece of one line read between records
@dataclass(frozen=True)
class WarcItem:
    """One page (HTML or plain text) captured in a WARC file."""

    position: int                 # index among all records of the file, from 0
    offset: int                   # where its record starts (see WarcReading.whole_gzip)
    record_type: str              # "response" or "resource"
    record_id: str | None         # WARC-Record-ID, e.g. "<urn:uuid:...>"
    target_uri: str | None        # WARC-Target-URI: where the page was fetched from
    warc_date: str | None         # WARC-Date as written: the capture time, not a publication date
    http_status: int | None       # None for a resource record or an unreadable status line
    content_type: str | None      # the body's type as declared, parameters included
    charset: str | None           # its charset parameter, lower-cased, if any
    kind: str                     # "html" or "text"
    payload: bytes                # the body, de-chunked and content-decoded, at most max_payload
    payload_digest: str           # sha256 hex of ``payload`` as kept
    complete: bool                # False if the body was cut: too large, truncated, undecodable

    @property
    def key(self) -> str:
        """A stable name within the file: the record id (unique in a valid WARC), else the
        address and the position (the same on every reading)."""
        return self.record_id or f"{self.target_uri or ''}#{self.position}"


class _StopReading(Exception):
    """A record too broken to find the next one after it; the message says why."""


class _Body(NamedTuple):
    """What was read of a page's body."""

    payload: bytes
    kind: str           # "html" or "text"
    cut: bool           # longer than max_payload: only its start is kept
    undecoded: bool     # the decoded body ended before the record's bytes did


@dataclass
class WarcReading:
    """One file's reading: pages come from :meth:`items`, counts and problems fill as it goes.

    ``records`` and ``problems`` are final once :meth:`items` is exhausted;
    each call of :meth:`items` reads the file again from the start.
    """

    path: Path
    max_payload: int = MAX_PAYLOAD
    records: int = 0                               # every record read, pages or not
    problems: list[str] = field(default_factory=list)
    whole_gzip: bool = False                       # offsets are then in the decompressed data

    def items(self) -> Iterator[WarcItem]:
        """Each page of the file in file order, read lazily: one body in memory at a time."""
        self.records, self.problems, self.whole_gzip = 0, [], False
        size = self.path.stat().st_size
        if size == 0:
            self.problems.append("the file is empty: it holds no WARC record")
            return
        with self.path.open("rb") as file:
            start = file.read(_LINE_LIMIT)      # blank lines before the first record, which
            file.seek(len(start) - len(start.lstrip(b" \t\r\n")))  # warcio takes for a record
            whole_gzip = yield from self._pass(file, size)
        if whole_gzip:
            self.whole_gzip = True
            with self.path.open("rb") as file:
                # warcio's reader of gzip data, here across members: at a cut it just ends
                stream = BufferedReader(file, decomp_type="gzip", read_all_members=True)
                yield from self._pass(stream, None, skip=self.records)
            if stream.decompressor is not None and not stream.decompressor.eof:
                self.problems.append(f"the gzip data is cut short after decompressed offset "
                                     f"{stream.tell()}: what followed is lost")

    def _pass(self, stream: BinaryIO, size: int | None,
              skip: int = 0) -> Generator[WarcItem, None, bool]:
        """Read the records of ``stream``, those before position ``skip`` having been read already.

        Returns True as soon as the stream shows itself a WARC gzipped whole
        (``size`` is the file's, None for a decompressed stream): the caller
        reads it again decompressed.
        """
        iterator = _QuietIterator(stream)
        records = iter(iterator)
        position = 0
        while True:
            offset = iterator.offset
            try:
                record = next(records, None)
                if record is None:
                    break
                if position < skip:         # read, and reported, by the pass before
                    iterator.read_to_end()
                    iterator.skipped, iterator.member_cut = 0, False
                else:
                    self.records += 1
                    item = self._record(iterator, record, position, offset)
                    if item is not None:
                        yield item
                position += 1
                if size is not None and iterator.in_gzip_member():
                    return True
            except _StopReading as stop:
                self.problems.append(f"{stop}; reading stops there, the records before it are kept")
                return False
            except OSError:
                raise           # the disk, not the content: the caller must know
            except Exception as error:  # noqa: BLE001 - bad content never raises (module docstring)
                self._stop(offset, position, _reason(error))
                return False
        if size is not None:
            self._check_end(stream, iterator.offset, size, position)
        if self.records == 0 and not self.problems:
            self.problems.append("the file holds no WARC record")
        return False

    def _record(self, iterator: _QuietIterator, record: ArcWarcRecord, position: int,
                offset: int) -> WarcItem | None:
        """The page a record holds, or None; its problems, if any, are noted."""
        where = _describe(record, position, offset, self.whole_gzip)
        length = _content_length(record)
        if length is None:
            raise _StopReading(f"{where} has no valid Content-Length "
                               f"({record.rec_headers.get_header('Content-Length')!r}), "
                               f"so where it ends is unknown")
        page = _page_kind(record)
        body = self._body(record, page, where) if page else None
        iterator.read_to_end()
        unread = _unread(record)
        if unread:
            self.problems.append(f"{where} is cut short: its Content-Length is {length} bytes "
                                 f"but the file ends after {length - unread} of them")
        elif iterator.member_cut:
            self.problems.append(f"{where} ends in a gzip member cut short: the file is truncated")
        elif body is not None and body.undecoded:
            self.problems.append(f"{where}: its HTTP body could not be fully decoded "
                                 f"(Content-Encoding {_header(record, 'Content-Encoding')!r}); "
                                 f"the part decoded is kept")
        if iterator.skipped:
            self.problems.append(f"{where} is followed by {iterator.skipped} bytes that belong to "
                                 f"no record (its Content-Length is probably wrong); skipped")
        iterator.skipped, iterator.member_cut = 0, False
        if body is None or not body.payload:
            return None
        truncated = record.rec_headers.get_header("WARC-Truncated")
        if truncated:       # the crawler's own limit (length, time...), not damage
            self.problems.append(f"{where}: the crawler kept only part of its body "
                                 f"(WARC-Truncated: {truncated})")
        return _item(record, position, offset, body,
                     complete=not (body.cut or body.undecoded or unread or truncated))

    def _body(self, record: ArcWarcRecord, page: str, where: str) -> _Body | None:
        """The body of a record that may be a page, or None if it is none after all.

        ``page`` is the kind the Content-Type gave, or "sniff" when it gave
        none. Reading stops at ``max_payload`` and one byte more, which tells
        a body of exactly that size from a longer one; warcio skips the rest.
        """
        encoding = (_header(record, "Content-Encoding") or "").strip().lower()
        if encoding not in ("", "identity") \
                and encoding not in BufferedReader.get_supported_decompressors():
            self.problems.append(f"{where}: its HTTP body is {encoding}-encoded, which cannot be "
                                 f"decoded here; not kept")
            return None
        stream = record.content_stream()
        block = stream.read(min(_SNIFF_BYTES, self.max_payload))
        kind = _sniff(block) if page == "sniff" else page
        if kind is None:
            return None
        chunks, kept = [block], len(block)
        while block and kept < self.max_payload:
            block = stream.read(min(_BLOCK, self.max_payload - kept))
            chunks.append(block)
            kept += len(block)
        if kept >= self.max_payload and stream.read(1):
            self.problems.append(f"{where}: its body is larger than {self.max_payload} bytes; "
                                 f"only the first {self.max_payload} are kept")
            return _Body(b"".join(chunks), kind, cut=True, undecoded=False)
        return _Body(b"".join(chunks), kind, cut=False, undecoded=_unread(record) > 0)

    def _stop(self, offset: int, position: int, reason: str) -> None:
        """A problem for a record warcio cannot read, after which nothing more can be."""
        at = f"{'decompressed ' if self.whole_gzip else ''}offset {offset}"
        kept = (f"the {position} records before it are kept" if position
                else "the file is probably no WARC")
        self.problems.append(f"{at} (record {position}) is not a readable WARC record: {reason}; "
                             f"reading stops there, {kept}")

    def _check_end(self, file: BinaryIO, end: int, size: int, position: int) -> None:
        """Name the bytes after the last whole record: warcio stops there without a word when a
        gzip member is cut inside a record's headers."""
        if end >= size:
            return
        file.seek(end)
        what = ("a gzip member cut short: the file is truncated" if file.read(2) == _GZIP_MAGIC
                else "they are not a WARC record")
        self.problems.append(f"the last {size - end} bytes of the file, from offset {end} "
                             f"(record {position}), hold no complete record: {what}")


def read_warc(path: Path, max_payload: int = MAX_PAYLOAD) -> WarcReading:
    """A reading of the WARC file at ``path``; nothing is read until its ``items()`` are."""
    return WarcReading(Path(path), max_payload)


# --------------------------------------------------------------------------- streams

class _QuietIterator(WARCIterator):
    """warcio's WARC iterator, skipping junk between records where warcio prints a warning.

    warcio 1.8.1 reads what follows a record in ``_consume_blanklines``; for
    a line that is not blank it prints a warning, drops that line and takes
    the next for a record's start. This override keeps the contract (the
    next record's first line or None, and the bytes consumed) but skips, in
    pieces of at most ``_LINE_LIMIT`` bytes, all up to a line that starts a
    record, counting them in ``skipped``. ``member_cut`` notes a gzip member
    that ended without its end marker.
    """

    def __init__(self, stream: BinaryIO) -> None:
        super().__init__(stream)
        self.skipped = 0
        self.member_cut = False

    def in_gzip_member(self) -> bool:
        """Whether the gzip member of the record just read goes on: the WARC was gzipped whole."""
        return self.reader is not None and self.reader.decompressor is not None \
            and self.next_line is not None

    def _consume_blanklines(self) -> tuple[bytes | None, int]:
        consumed = junk = 0
        line_start = True
        while True:
            line = self.reader.readline(_LINE_LIMIT)
            if not line:
                decompressor = self.reader.decompressor
                self.member_cut = decompressor is not None and not decompressor.eof
                self.skipped += junk
                return None, consumed
            if line_start and line.startswith(_WARC_VERSIONS):
                self.skipped += junk
                return line, consumed
            consumed += len(line)
            junk += len(line) if line.strip() else 0
            line_start = line.endswith(b"\n")


def _item(record: ArcWarcRecord, position: int, offset: int, body: _Body,
          complete: bool) -> WarcItem:
    headers = record.rec_headers
    content_type = _content_type(record)
    return WarcItem(
        position=position, offset=offset, record_type=record.rec_type,
        record_id=headers.get_header("WARC-Record-ID"),
        target_uri=headers.get_header("WARC-Target-URI"),
        warc_date=headers.get_header("WARC-Date"), http_status=_status(record),
        content_type=content_type, charset=_media_and_charset(content_type)[1],
        kind=body.kind, payload=body.payload,
        payload_digest=hashlib.sha256(body.payload).hexdigest(), complete=complete)
