"""archive.description.warc_records: which records of a WARC are pages, and what bad files give.

Every WARC here is written by warcio's own WARCWriter (gzipped per record or
not), or, for the broken ones, by cutting or appending to such a file, or by
hand where a writer would refuse (no record id, a lying Content-Length).
"""

from __future__ import annotations

import gzip
import hashlib
import io
import random
import tracemalloc
import zlib
from dataclasses import dataclass
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from archive.description.warc_records import WarcItem, read_warc
from archive.preservation.sniff import is_warc as looks_like_warc

CYRILLIC_PAGE = ("<html><head><title>Новости Алматы</title></head>"
                 "<body><p>Вчера в Алматы открылся новый мост.</p></body></html>").encode("cp1251")
ZIPPED_PAGE = b"<!DOCTYPE html><html><body><p>" + b"Harbour wall repaired. " * 40 + b"</p></body></html>"
PLAIN_TEXT = b"FLOOD WARNING\n\nThe river is expected to rise overnight.\n"
SNIFFED_PAGE = b"\n  <!doctype html>\n<html><body><p>No content type given.</p></body></html>"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))


@dataclass
class Written:
    """A record as written: what the reader must give back for it."""

    offset: int
    record_id: str
    warc_date: str


def _http(status: str, headers: list[tuple[str, str]]) -> StatusAndHeaders:
    return StatusAndHeaders(status, headers, protocol="HTTP/1.1")


def _chunked(data: bytes, size: int = 100) -> bytes:
    pieces = [b"%x\r\n%s\r\n" % (len(data[i:i + size]), data[i:i + size])
              for i in range(0, len(data), size)]
    return b"".join(pieces) + b"0\r\n\r\n"


def _write(writer: WARCWriter, out, record) -> Written:
    offset = out.tell()
    writer.write_record(record)
    headers = record.rec_headers
    return Written(offset, headers.get_header("WARC-Record-ID"), headers.get_header("WARC-Date"))


def _response(writer: WARCWriter, uri: str, status: str, headers: list[tuple[str, str]],
              body: bytes):
    return writer.create_warc_record(uri, "response", payload=io.BytesIO(body), length=len(body),
                                     http_headers=_http(status, headers))


def write_sample(path: Path, gz: bool) -> dict[str, Written]:
    """A WARC of every kind of record a crawl holds; returns what was written, by name."""
    written = {}
    with path.open("wb") as out:
        w = WARCWriter(out, gzip=gz, warc_version="1.1")
        written["warcinfo"] = _write(w, out, w.create_warcinfo_record(path.name, {"software": "t"}))
        request = w.create_warc_record(
            "https://news.example/a", "request",
            http_headers=StatusAndHeaders("GET /a HTTP/1.1", [("Host", "news.example")],
                                          is_http_request=True))
        written["request"] = _write(w, out, request)
        written["utf8"] = _write(w, out, _response(
            w, "https://news.example/a", "200 OK", [("Content-Type", "text/html; charset=UTF-8")],
            "<html><body><p>Bridge opens — at last</p></body></html>".encode()))
        written["cp1251"] = _write(w, out, _response(
            w, "https://novosti.example/most", "200 OK",
            [("Content-Type", 'text/html; charset="Windows-1251"')], CYRILLIC_PAGE))
        written["zipped"] = _write(w, out, _response(
            w, "https://news.example/b", "200 OK",
            [("Content-Type", "text/html"), ("Content-Encoding", "gzip"),
             ("Transfer-Encoding", "chunked")], _chunked(gzip.compress(ZIPPED_PAGE))))
        written["text"] = _write(w, out, _response(
            w, "https://news.example/flood.txt", "404 Not Found",
            [("Content-Type", "text/plain")], PLAIN_TEXT))
        written["image"] = _write(w, out, _response(
            w, "https://news.example/logo.png", "200 OK", [("Content-Type", "image/png")], PNG))
        written["sniffed"] = _write(w, out, _response(
            w, "https://news.example/c", "200 OK", [("Server", "x")], SNIFFED_PAGE))
        written["metadata"] = _write(w, out, w.create_warc_record(
            "https://news.example/a", "metadata", payload=io.BytesIO(b"outlink: /b\r\n"),
            length=13, warc_content_type="application/warc-fields"))
        written["revisit"] = _write(w, out, w.create_revisit_record(
            "https://news.example/a", "sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "https://news.example/a", "2024-03-01T10:00:00Z",
            http_headers=_http("200 OK", [("Content-Type", "text/html")])))
        written["resource"] = _write(w, out, w.create_warc_record(
            "file:///notes/brief.txt", "resource", payload=io.BytesIO(PLAIN_TEXT),
            length=len(PLAIN_TEXT), warc_content_type="text/plain; charset=utf-8"))
    return written


def _expected(written: dict[str, Written]) -> list[WarcItem]:
    names = list(written)

    def item(name: str, record_type: str, uri: str, status: int | None, content_type: str,
             charset: str | None, kind: str, payload: bytes) -> WarcItem:
        w = written[name]
        return WarcItem(names.index(name), w.offset, record_type, w.record_id, uri, w.warc_date,
                        status, content_type, charset, kind, payload,
                        hashlib.sha256(payload).hexdigest(), True)

    return [
        item("utf8", "response", "https://news.example/a", 200, "text/html; charset=UTF-8",
             "utf-8", "html", "<html><body><p>Bridge opens — at last</p></body></html>".encode()),
        item("cp1251", "response", "https://novosti.example/most", 200,
             'text/html; charset="Windows-1251"', "windows-1251", "html", CYRILLIC_PAGE),
        item("zipped", "response", "https://news.example/b", 200, "text/html", None, "html",
             ZIPPED_PAGE),
        item("text", "response", "https://news.example/flood.txt", 404, "text/plain", None,
             "text", PLAIN_TEXT),
        item("sniffed", "response", "https://news.example/c", 200, None, None, "html",
             SNIFFED_PAGE),
        item("resource", "resource", "file:///notes/brief.txt", None,
             "text/plain; charset=utf-8", "utf-8", "text", PLAIN_TEXT),
    ]


def _read(path: Path, **options) -> tuple[list[WarcItem], list[str], int]:
    reading = read_warc(path, **options)
    items = list(reading.items())
    return items, reading.problems, reading.records


def _raw_record(headers: list[tuple[str, str]], block: bytes) -> bytes:
    """A record written by hand, for what a writer would refuse to write."""
    head = "".join(f"{name}: {value}\r\n" for name, value in headers)
    return b"WARC/1.0\r\n" + head.encode() + b"\r\n" + block + b"\r\n\r\n"


def _page_record(uri: str, body: bytes, record_id: str | None = None,
                 length: int | None = None) -> bytes:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + body
    headers = [("WARC-Type", "response"), ("WARC-Target-URI", uri),
               ("WARC-Date", "2024-03-02T08:00:00Z"), ("Content-Type", "application/http")]
    if record_id:
        headers.append(("WARC-Record-ID", record_id))
    headers.append(("Content-Length", str(len(http) if length is None else length)))
    return _raw_record(headers, http)


# --------------------------------------------------------------------------- good files

@pytest.mark.parametrize("gz", [True, False], ids=["warc.gz", "warc"])
def test_every_field_of_every_page(tmp_path: Path, gz: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    written = write_sample(path, gz)
    items, problems, records = _read(path)
    assert problems == []
    assert records == len(written) == 11
    assert items == _expected(written)
    assert [item.key for item in items] == [item.record_id for item in items]
    assert ZIPPED_PAGE in items[2].payload      # de-chunked and un-gzipped
    assert items[1].payload.decode(items[1].charset).startswith("<html><head><title>Новости")


def test_a_second_reading_gives_the_same(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_sample(path, gz=True)
    reading = read_warc(path)
    first = list(reading.items())
    assert list(reading.items()) == first
    assert reading.records == 11 and reading.problems == []


def test_key_without_record_id_is_address_and_position(tmp_path: Path) -> None:
    path = tmp_path / "handmade.warc"
    path.write_bytes(_page_record("https://a.example/1", b"<html><body>one</body></html>",
                                  record_id="<urn:uuid:1>")
                     + _page_record("https://a.example/2", b"<html><body>two</body></html>"))
    items, problems, _ = _read(path)
    assert problems == []
    assert [item.key for item in items] == ["<urn:uuid:1>", "https://a.example/2#1"]
    assert items[1].record_id is None and items[1].http_status == 200


def test_a_warc_gzipped_whole_is_read(tmp_path: Path) -> None:
    plain, whole = tmp_path / "crawl.warc", tmp_path / "crawl-whole.warc.gz"
    written = write_sample(plain, gz=False)
    whole.write_bytes(gzip.compress(plain.read_bytes()))
    reading = read_warc(whole)
    assert list(reading.items()) == _expected(written)   # offsets: those of the decompressed data
    assert reading.whole_gzip and reading.problems == [] and reading.records == 11


def test_blank_lines_before_the_first_record(tmp_path: Path) -> None:
    plain = tmp_path / "crawl.warc"
    written = write_sample(plain, gz=False)
    plain.write_bytes(b"\r\n\n  " + plain.read_bytes())
    items, problems, records = _read(plain)
    assert problems == [] and records == 11
    assert [item.offset for item in items] == [item.offset + 5 for item in _expected(written)]


def test_junk_after_a_warc_gzipped_whole(tmp_path: Path) -> None:
    plain, whole = tmp_path / "crawl.warc", tmp_path / "crawl-whole.warc.gz"
    written = write_sample(plain, gz=False)
    whole.write_bytes(gzip.compress(plain.read_bytes()) + b"not gzip\n")
    reading = read_warc(whole)
    assert list(reading.items()) == _expected(written)
    assert reading.problems == [f"record 10 (resource file:///notes/brief.txt, decompressed offset "
                                f"{written['resource'].offset}) is followed by 9 bytes that belong "
                                f"to no record (its Content-Length is probably wrong); skipped"]


def test_large_body_is_cut_at_max_payload(tmp_path: Path) -> None:
    path = tmp_path / "big.warc"
    body = b"<html><body>" + b"<p>word</p>" * 1000 + b"</body></html>"
    path.write_bytes(_page_record("https://a.example/big", body, "<urn:uuid:big>"))
    items, problems, _ = _read(path, max_payload=1000)
    assert items[0].payload == body[:1000] and not items[0].complete
    assert items[0].payload_digest == hashlib.sha256(body[:1000]).hexdigest()
    assert problems == ["record 0 (response https://a.example/big, offset 0): its body is larger "
                        "than 1000 bytes; only the first 1000 are kept"]
    exact, problems, _ = _read(path, max_payload=len(body))
    assert exact[0].payload == body and exact[0].complete and problems == []


def test_body_the_crawler_truncated_is_incomplete(tmp_path: Path) -> None:
    path = tmp_path / "truncated.warc"
    record = _page_record("https://a.example/t", b"<html><body>the start", "<urn:uuid:t>")
    path.write_bytes(record.replace(b"\r\nContent-Length", b"\r\nWARC-Truncated: length\r\n"
                                    b"Content-Length"))
    items, problems, _ = _read(path)
    assert items[0].payload == b"<html><body>the start" and not items[0].complete
    assert problems == ["record 0 (response https://a.example/t, offset 0): the crawler kept only "
                        "part of its body (WARC-Truncated: length)"]


def test_undecodable_content_encoding_is_no_page(tmp_path: Path) -> None:
    path = tmp_path / "br.warc"
    with path.open("wb") as out:
        w = WARCWriter(out, gzip=False)
        w.write_record(_response(w, "https://a.example/br", "200 OK",
                                 [("Content-Type", "text/html"), ("Content-Encoding", "br")],
                                 b"\x1b\x00\xf8\xa5"))
    items, problems, records = _read(path)
    assert items == [] and records == 1
    assert problems == ["record 0 (response https://a.example/br, offset 0): its HTTP body is "
                        "br-encoded, which cannot be decoded here; not kept"]


# --------------------------------------------------------------------------- bad files

def _members(data: bytes) -> list[int]:
    """Where each gzip member of a per-record .warc.gz starts."""
    starts, rest, at = [], data, 0
    while rest:
        starts.append(at)
        member = zlib.decompressobj(16 + zlib.MAX_WBITS)
        member.decompress(rest)
        at += len(rest) - len(member.unused_data)
        rest = member.unused_data
    return starts


def test_last_gzip_member_cut_in_half(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    written = write_sample(path, gz=True)
    data = path.read_bytes()
    last = _members(data)[-1]
    assert last == written["resource"].offset
    path.write_bytes(data[:last + (len(data) - last) // 2])
    items, problems, _ = _read(path)
    assert items == _expected(written)[:-1]
    assert len(problems) == 1
    assert "record 10" in problems[0] and f"offset {last}" in problems[0], problems


def test_gzip_member_cut_inside_its_headers(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    written = write_sample(path, gz=True)
    data = path.read_bytes()
    last = written["resource"].offset
    path.write_bytes(data[:last + 40])
    items, problems, records = _read(path)
    assert items == _expected(written)[:-1] and records == 10
    assert problems == [f"the last 40 bytes of the file, from offset {last} (record 10), hold no "
                        f"complete record: a gzip member cut short: the file is truncated"]


def test_gzip_member_without_its_trailer(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    written = write_sample(path, gz=True)
    path.write_bytes(path.read_bytes()[:-4])
    items, problems, _ = _read(path)
    assert items == _expected(written)        # the record itself is whole
    assert problems == [f"record 10 (resource file:///notes/brief.txt, offset "
                        f"{written['resource'].offset}) ends in a gzip member cut short: "
                        f"the file is truncated"]


@pytest.mark.parametrize("gz", [True, False], ids=["warc.gz", "warc"])
def test_content_length_past_the_end_of_the_file(tmp_path: Path, gz: bool) -> None:
    path = tmp_path / "crawl.warc"
    written = write_sample(path, gz=gz)
    body = b"<html><body><p>The last page</p></body></html>"
    record = _page_record("https://a.example/last", body, "<urn:uuid:last>", length=5000)
    offset = path.stat().st_size
    path.write_bytes(path.read_bytes() + (gzip.compress(record) if gz else record))
    items, problems, records = _read(path)
    assert records == 12
    assert items[:-1] == _expected(written)
    assert items[-1].key == "<urn:uuid:last>" and not items[-1].complete
    assert items[-1].payload == body + b"\r\n\r\n"     # all there is, its end included
    block = len(record) - record.index(b"HTTP/1.1")
    assert problems == [f"record 11 (response https://a.example/last, offset {offset}) is cut "
                        f"short: its Content-Length is 5000 bytes but the file ends after "
                        f"{block} of them"]


@pytest.mark.parametrize("gz", [True, False], ids=["warc.gz", "warc"])
def test_random_bytes_after_a_valid_record(tmp_path: Path, gz: bool,
                                           capsys: pytest.CaptureFixture) -> None:
    path = tmp_path / "crawl.warc"
    written = write_sample(path, gz=gz)
    junk = bytes(range(256)) * 4
    size = path.stat().st_size
    path.write_bytes(path.read_bytes() + junk)
    items, problems, records = _read(path)
    assert items == _expected(written) and records == 11
    assert len(problems) == 1
    if gz:
        assert problems[0].startswith(f"offset {size} (record 11) is not a readable WARC record")
        assert problems[0].endswith("reading stops there, the 11 records before it are kept")
    else:
        assert problems[0] == (f"record 10 (resource file:///notes/brief.txt, offset "
                               f"{written['resource'].offset}) is followed by {len(junk)} bytes "
                               f"that belong to no record (its Content-Length is probably "
                               f"wrong); skipped")
    assert capsys.readouterr() == ("", "")    # warcio's stderr warning is not printed


def test_junk_between_records_is_skipped_to_the_next(tmp_path: Path) -> None:
    path = tmp_path / "junk.warc"
    first = _page_record("https://a.example/1", b"<html><body>one</body></html>", "<urn:uuid:1>")
    second = _page_record("https://a.example/2", b"<html><body>two</body></html>", "<urn:uuid:2>")
    junk = b"</html>\nleft over\x00\x01\n"
    path.write_bytes(first + junk + second)
    items, problems, records = _read(path)
    assert [item.key for item in items] == ["<urn:uuid:1>", "<urn:uuid:2>"] and records == 2
    assert items[1].offset == len(first + junk)
    assert problems == ["record 0 (response https://a.example/1, offset 0) is followed by "
                        f"{len(junk)} bytes that belong to no record (its Content-Length is "
                        "probably wrong); skipped"]


def test_record_without_content_length_stops_reading(tmp_path: Path) -> None:
    path = tmp_path / "nolength.warc"
    good = _page_record("https://a.example/1", b"<html><body>one</body></html>", "<urn:uuid:1>")
    bad = _raw_record([("WARC-Type", "response"), ("WARC-Target-URI", "https://a.example/2")],
                      b"HTTP/1.1 200 OK\r\n\r\n<html></html>")
    path.write_bytes(good + bad + good)
    items, problems, _ = _read(path)
    assert [item.key for item in items] == ["<urn:uuid:1>"]
    assert problems == [f"record 1 (response https://a.example/2, offset {len(good)}) has no valid "
                        f"Content-Length (None), so where it ends is unknown; reading stops "
                        f"there, the records before it are kept"]


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.warc.gz"
    path.write_bytes(b"")
    assert _read(path) == ([], ["the file is empty: it holds no WARC record"], 0)


@pytest.mark.parametrize("data", [gzip.compress(b"hello world\nthis is text\n"),
                                  gzip.compress(b"The quick brown fox jumps\nover\n"),
                                  b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"],
                         ids=["gzip text", "gzip text of five words", "pdf"])
def test_not_a_warc(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "other.gz"
    path.write_bytes(data)
    items, problems, records = _read(path)
    assert items == [] and records == 0 and len(problems) == 1
    assert problems[0].startswith("offset 0 (record 0) is not a readable WARC record: "
                                  "Invalid WARC record, first line: ")
    assert problems[0].endswith("reading stops there, the file is probably no WARC")


def test_whole_gzip_cut_short_keeps_what_came_before(tmp_path: Path) -> None:
    plain, whole = tmp_path / "crawl.warc", tmp_path / "crawl-whole.warc.gz"
    written = write_sample(plain, gz=False)
    data = gzip.compress(plain.read_bytes())
    whole.write_bytes(data[:len(data) * 3 // 4])
    reading = read_warc(whole)
    items = list(reading.items())
    assert items and all(item.complete for item in items[:-1])
    assert items[:-1] == _expected(written)[:len(items) - 1]
    assert reading.problems[-1].startswith("the gzip data is cut short after decompressed offset ")


# --------------------------------------------------------------------------- sniffing, memory

@pytest.mark.parametrize("head, expected", [
    (b"WARC/1.0\r\nWARC-Type: warcinfo\r\n", True),
    (b"\r\n  WARC/1.1\r\n", True),
    (b"WARC/0.17\r\n", True),
    (b"WARC/2.0\r\n", False),
    (b"<html>WARC/1.0", False),
    (b"", False),
    (b"\x1f\x8b\x08\x00garbage", False),
    (gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\n" + b"x" * 9000), True),
    (gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\n" + bytes(range(256)) * 40)[:60], True),
    (gzip.compress(b"<html><body>no</body></html>"), False),
])
def test_looks_like_warc(head: bytes, expected: bool) -> None:
    assert looks_like_warc(head) is expected


def test_looks_like_warc_on_written_files(tmp_path: Path) -> None:
    for gz in (True, False):
        path = tmp_path / f"crawl-{gz}.warc"
        write_sample(path, gz)
        assert looks_like_warc(path.read_bytes()[:4096])


@pytest.mark.parametrize("gz", [True, False], ids=["warc.gz", "warc"])
def test_memory_follows_max_payload_not_the_file(tmp_path: Path, gz: bool) -> None:
    """A 50 MB page read with max_payload 1 MB.

    Its text is a megabyte of seeded random words written fifty times: it
    compresses like prose (about 3:1), which matters, as warcio inflates a
    16 KB block of gzip at a time and text repeated at short range would
    inflate a thousandfold.
    """
    path, body_file = tmp_path / "huge.warc", tmp_path / "body.html"
    rng = random.Random(5)
    words = [bytes(rng.choices(b"abcdefghijklmnopqrstuvwxyz", k=rng.randint(2, 9)))
             for _ in range(5000)]
    block = b" ".join(rng.choices(words, k=190_000))[:2**20]
    with body_file.open("wb") as body:
        body.write(b"<html><body>\n")
        for _ in range(50):
            body.write(block)
    size = body_file.stat().st_size
    with path.open("wb") as out, body_file.open("rb") as body:
        w = WARCWriter(out, gzip=gz)
        w.write_record(w.create_warc_record(
            "https://a.example/huge", "response", payload=body, length=size,
            http_headers=_http("200 OK", [("Content-Type", "text/html")])))
    assert size > 50 * 2**20
    tracemalloc.start()
    try:
        items, problems, _ = _read(path, max_payload=2**20)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(items) == 1 and len(items[0].payload) == 2**20 and not items[0].complete
    assert len(problems) == 1
    assert peak < 8 * 2**20, f"peak {peak / 2**20:.1f} MB reading a {size / 2**20:.0f} MB page"
