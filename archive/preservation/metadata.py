"""Descriptive metadata asserted by the archivist, read from CSV files.

The convention is Archivematica's: a ``metadata.csv`` with a ``filename``
column and one column per Dublin Core element (``dc.title``, ``dc.date`` ...)
or DCMI term (``dcterms.accessRights`` ...). A column repeated gives several
values. Each folder's ``metadata.csv`` describes files by their path relative
to that folder; a file passed with ``--metadata`` describes the batch, by paths
relative to the folder being ingested.

Nothing here guesses. Values are kept exactly as asserted (trimmed of outer
space) and travel into the bag. A file whose row cannot be read is refused
rather than archived without its metadata: a lost ``restricted`` flag would
publish what must stay private.
"""

from __future__ import annotations

import csv
import hashlib
import io
import posixpath
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from archive.preservation.date_parsing import parse_asserted
from archive.preservation.encoding import UndecodableText, detect_encoding

METADATA_NAME = "metadata.csv"
DC_ELEMENTS = frozenset(
    "contributor coverage creator date description format identifier language publisher "
    "relation rights source subject title type".split())
DCTERMS = DC_ELEMENTS | frozenset(
    "abstract accessRights accrualMethod accrualPeriodicity accrualPolicy alternative audience "
    "available bibliographicCitation conformsTo created dateAccepted dateCopyrighted "
    "dateSubmitted educationLevel extent hasFormat hasPart hasVersion instructionalMethod "
    "isFormatOf isPartOf isReferencedBy isReplacedBy isRequiredBy issued isVersionOf license "
    "mediator medium modified provenance references replaces requires rightsHolder spatial "
    "tableOfContents temporal valid".split())
ACCESS_RIGHTS = "dcterms.accessRights"
#: The access rights a sheet may assert (any case); anything else refuses the row.
ACCESS_VALUES = ("public", "restricted")


@dataclass(frozen=True)
class MetadataRow:
    """One file's asserted metadata and where it was asserted."""

    csv_path: Path
    csv_sha256: str
    line: int
    values: dict[str, list[str]]

    @property
    def restricted(self) -> bool:
        return any(v.strip().lower() == "restricted" for v in self.values.get(ACCESS_RIGHTS, []))

    def first(self, column: str) -> str | None:
        values = self.values.get(column)
        return values[0] if values else None

    def as_dict(self) -> dict:
        return {"source": {"file": str(self.csv_path), "sha256": self.csv_sha256, "line": self.line},
                "metadata": self.values, "restricted": self.restricted}


@dataclass
class MetadataSheet:
    """A parsed CSV: rows by the file path they describe, and every problem found."""

    path: Path
    rows: dict[str, MetadataRow] = field(default_factory=dict)       # relative path -> row
    bad_rows: dict[str, str] = field(default_factory=dict)           # relative path -> "where: why"
    problems: list[tuple[str, str]] = field(default_factory=list)    # (where, why) not tied to a file
    unusable: bool = False      # the header is wrong: no row can be trusted


def column_problem(column: str) -> str | None:
    """Why ``column`` is not an accepted header, or None."""
    if column == "filename":
        return None
    prefix, dot, term = column.partition(".")
    if dot and prefix == "dc" and term in DC_ELEMENTS:
        return None
    if dot and prefix == "dcterms" and term in DCTERMS:
        return None
    return f"unknown column {column!r} (use filename, dc.<element> or dcterms.<term>)"


def filename_problem(value: str) -> str | None:
    """Why ``value`` cannot name a file inside the sheet's folder, or None."""
    if not value:
        return "empty filename"
    if "\x00" in value or "\\" in value:
        return f"filename {value!r} contains a backslash or NUL; use / between folders"
    if value.startswith("/") or (len(value) > 1 and value[1] == ":"):
        return f"filename {value!r} is an absolute path; give it relative to the folder"
    if ".." in value.split("/"):
        return f"filename {value!r} points outside its folder"
    return None


def path_key(relative: str) -> str:
    """How a sheet row and a file on disk are matched: normalised path, Unicode NFC.

    macOS stores names decomposed (NFD) while a spreadsheet holds what was
    typed (NFC); without this a row, and its ``restricted`` flag, would miss
    its file.
    """
    return unicodedata.normalize("NFC", posixpath.normpath(relative))


def _decode(data: bytes) -> str:
    guess = detect_encoding(data)
    return data.decode(guess.encoding).lstrip("\ufeff")


def read_sheet(path: Path) -> MetadataSheet:
    """Parse one metadata CSV, collecting every problem instead of stopping at the first."""
    sheet = MetadataSheet(path=path)
    try:
        data = path.read_bytes()
        text = _decode(data)
    except (OSError, UndecodableText) as exc:
        sheet.problems.append((str(path), f"cannot read metadata: {exc}"))
        sheet.unusable = True
        return sheet
    digest = hashlib.sha256(data).hexdigest()
    try:
        records = _records(text)
    except csv.Error as exc:
        sheet.problems.append((str(path), f"malformed CSV: {exc}"))
        sheet.unusable = True
        return sheet
    if not records:
        sheet.problems.append((str(path), "empty metadata file (no header row)"))
        sheet.unusable = True
        return sheet
    header = [h.strip() for h in records[0][1]]
    header_problems = [p for p in map(column_problem, header) if p]
    if "filename" not in header:
        header_problems.append("no filename column")
    elif header.count("filename") > 1:
        header_problems.append("the filename column appears twice")
    for problem in header_problems:
        sheet.problems.append((f"{path}:1", problem))
    if header_problems:
        sheet.unusable = True
        if header.count("filename") == 1:   # the rows' problems too, so that a sheet is fixed in one go
            _read_rows(sheet, header, records[1:], digest)
            sheet.problems += [tuple(bad.split(": ", 1)) for bad in sheet.bad_rows.values()]
            sheet.rows.clear()
            sheet.bad_rows.clear()
        return sheet
    _read_rows(sheet, header, records[1:], digest)
    return sheet


def _records(text: str) -> list[tuple[int, list[str]]]:
    """CSV records with the physical line each starts on (a quoted cell may span lines)."""
    reader = csv.reader(io.StringIO(text, newline=""))
    records, start = [], 1
    for record in reader:
        records.append((start, record))
        start = reader.line_num + 1
    return records


def _read_rows(sheet: MetadataSheet, header: list[str], records: list[tuple[int, list[str]]],
               digest: str) -> None:
    name_at = header.index("filename")
    for number, record in records:
        if not any(cell.strip() for cell in record):
            continue
        location = f"{sheet.path}:{number}"
        raw_name = record[name_at].strip() if name_at < len(record) else ""
        name = path_key(raw_name) if raw_name else ""
        problem = filename_problem(raw_name)
        if problem:
            sheet.problems.append((location, problem))
            continue
        reasons = []
        if len(record) > len(header):
            reasons.append(f"{len(record)} cells but {len(header)} columns")
        if name in sheet.rows:
            reasons.append(f"{name!r} is described twice (also on line {sheet.rows[name].line})")
        elif name in sheet.bad_rows:
            reasons.append(f"{name!r} is described twice")
        if reasons:
            sheet.bad_rows[name] = f"{location}: {'; '.join(reasons)}"
            sheet.rows.pop(name, None)
            continue
        values: dict[str, list[str]] = {}
        for column, cell in zip(header, record, strict=False):  # short rows: missing cells are empty
            if column != "filename" and cell.strip():
                values.setdefault(column, []).append(cell.strip())
        unusable = value_problems(values)
        if unusable:
            sheet.bad_rows[name] = f"{location}: {'; '.join(unusable)}"
            continue
        sheet.rows[name] = MetadataRow(sheet.path, digest, number, values)


def value_problems(values: dict[str, list[str]]) -> list[str]:
    """Every asserted value the archive could not use, with why.

    An archivist's assertion is never dropped in silence: a ``dc.date`` we
    cannot read, or an access right we do not know (is "closed" restricted?
    "embargo"?), refuses the row, and so the file, until the sheet is fixed.
    Guessing would either lose the date or publish what was meant to be kept
    back.
    """
    problems = [f"dc.date {value!r} is not a date we can read (write it as 2016-12-30, "
                f"30 December 2016 or Dec 30, 2016)"
                for value in values.get("dc.date", []) if parse_asserted(value) is None]
    problems += [f"{ACCESS_RIGHTS} {value!r} is not one we know (use {' or '.join(ACCESS_VALUES)})"
                 for value in values.get(ACCESS_RIGHTS, []) if value.strip().lower() not in ACCESS_VALUES]
    return problems
