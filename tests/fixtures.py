"""Builders of source files for the ingest tests, all made here in code.

Every text below was written for these tests (no real article is copied). The
binary formats are built by hand, byte by byte, small but realistic enough that
libmagic names them as it names real files of their kind.
"""

from __future__ import annotations

import io
import json
import random
import zipfile
from pathlib import Path

import bagit

# --- texts ---------------------------------------------------------------------------

RUSSIAN_UTF8 = (
    "Городская библиотека открыла читальный зал после ремонта.\n"
    "Первые читатели пришли ещё до открытия и ждали у дверей.\n"
    "Директор пообещала пополнить фонд подшивками газет прошлых лет.\n"
)

#: Windows-1251 has « » — and №, so the cp1251 text uses them
RUSSIAN_CP1251 = (
    "На прошлой неделе в районном центре прошла ярмарка «Осенний урожай».\n"
    "Фермеры привезли картофель, мёд и яблоки — покупателей было много.\n"
    "Организаторы обещают повторить ярмарку весной, в павильоне № 3.\n"
)

#: KOI8-R has neither « » nor — nor №: plain ASCII punctuation only
RUSSIAN_KOI8R = (
    "Новый автобусный маршрут свяжет вокзал с северным микрорайоном.\n"
    "Жители давно просили об этом, и теперь ждать придётся недолго.\n"
    "Первый рейс отправится в понедельник в шесть часов утра.\n"
)

#: only characters Latin-1 has (no curly quotes, no oe ligature)
FRENCH_LATIN1 = (
    "Le conseil municipal a voté mercredi le budget de l'année prochaine.\n"
    "Les élus ont débattu des crédits accordés aux écoles et à la piscine.\n"
    "« Nous étions prêts depuis longtemps », a déclaré la maire, très émue.\n"
)

HTML_PAGE = (
    "<!DOCTYPE html>\n<html lang=\"ru\">\n<head>\n<meta charset=\"utf-8\">\n"
    "<title>Весенний субботник</title>\n</head>\n<body>\n"
    "<h1>Весенний субботник</h1>\n"
    "<p>В субботу жители трёх улиц вышли убирать сквер у школы.</p>\n"
    "<p>Они посадили двадцать молодых лип и покрасили скамейки.</p>\n"
    "</body>\n</html>\n"
)

ENGLISH_TEXT = (
    "The harbour board met on Tuesday to discuss the new ferry timetable.\n"
    "Members agreed that the evening crossing will run until the end of October.\n"
)


def text_file(folder: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return path


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def short_text(label: str) -> bytes:
    """A distinct little English article, so files with different names differ in bytes."""
    return (f"Report {label}: the regional council approved the repair of the old bridge.\n"
            f"Work on item {label} starts next month and should last until the winter.\n").encode()


# --- binary formats -----------------------------------------------------------------


def minimal_pdf(text: str = "Harbour board meets on Tuesday") -> bytes:
    """A one-page PDF 1.4 with a correct cross-reference table (offsets computed)."""
    content = f"BT /F1 18 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
         b"/Resources << /Font << /F1 5 0 R >> >> >>"),
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    return assemble_pdf(objects)


def assemble_pdf(objects: list[bytes], trailer_extra: bytes = b"") -> bytes:
    """A PDF file of numbered ``objects`` (object 1 the catalog) with a correct xref table."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref_at = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, trailer_extra, xref_at)
    return bytes(out)


_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '</Types>')
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>')


def minimal_docx(paragraphs: tuple[str, ...] = ("Весенний субботник", "Жители посадили липы.")) -> bytes:
    """A Word 2007+ package: content types first (as Word writes it), rels, the document."""
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                f"<w:body>{body}</w:body></w:document>")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", _CONTENT_TYPES)
        package.writestr("_rels/.rels", _RELS)
        package.writestr("word/document.xml", document)
    return buffer.getvalue()


def legacy_doc() -> bytes:
    """The header of a Word 2.0 document (magic 0xDBA5), which libmagic calls application/msword."""
    header = b"\xdb\xa5\x2d\x00\x00\x00\x09\x04" + b"\x00" * 24
    return header + random.Random(7).randbytes(1000)


def png_with_junk() -> bytes:
    """A PNG signature and IHDR chunk followed by junk: an image, a type the archive does not take."""
    ihdr = b"\x00\x00\x00\x0dIHDR\x00\x00\x01\x00\x00\x00\x00\xc8\x08\x02\x00\x00\x00\x8a\x1c\x5e\x4b"
    return b"\x89PNG\r\n\x1a\n" + ihdr + random.Random(11).randbytes(2000)


def random_bytes(size: int = 4096, seed: int = 20240601) -> bytes:
    return random.Random(seed).randbytes(size)


def undecodable_text() -> bytes:
    """ASCII prose with stray high bytes that no candidate encoding reads as text."""
    words = ["The", "ferry", "timetable", "changes", "in", "October", "and", "the", "evening",
             "crossing", "will", "run", "later", "than", "before", "according", "to", "the",
             "harbour", "board"]
    junk = b"\x98\x81\x85\xb0\xb1\xb2"
    out = bytearray()
    for number, word in enumerate(words):
        out += word.encode() + b" "
        if number % 3 == 2:
            out += junk + b" "
    return bytes(out) + b"\n"


# --- reading bags -------------------------------------------------------------------


def read_json(bag: Path, name: str) -> dict:
    return json.loads((bag / name).read_text(encoding="utf-8"))


def provenance(bag: Path) -> dict:
    return read_json(bag, "metadata/provenance.json")


def descriptive(bag: Path) -> dict:
    return read_json(bag, "metadata/descriptive.json")


def payload_files(bag: Path) -> list[Path]:
    return sorted(p for p in (bag / "data").rglob("*") if p.is_file())


def manifest(bag: Path, name: str) -> dict[str, str]:
    """A manifest file as {path: digest}."""
    entries = {}
    for line in (bag / name).read_text(encoding="utf-8").splitlines():
        digest, path = line.split(None, 1)
        entries[path] = digest
    return entries


def validated(bag: Path) -> bagit.Bag:
    """The bag, opened and validated (checksums included) by bagit-python."""
    opened = bagit.Bag(str(bag))
    opened.validate()
    return opened


def snapshot_files(paths: list[Path]) -> dict[Path, tuple[bytes, int]]:
    """Bytes and mtime of source files, to prove ingest left them alone."""
    return {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in paths}
