"""``archive ingest``: turn source files into bags, one per item.

For every file found under the paths given (the root's inbox by default) we
read its bytes once, derive the identifier from their SHA-256, identify the
format, attach the archivist's metadata and write a bag atomically. A file that
cannot be accepted is reported with the reason and the batch goes on. Nothing
already in ``bags/`` is ever modified: an identifier that exists is reported
as "already archived".
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import secrets
import shutil
import stat
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterator

from . import __version__
from .bagwriter import BagContents, build_bag, commit_bag
from .catalog import DESCRIPTIVE_TAG, PROVENANCE_TAG, bag_sha256, item_id_for, load_item
from .errors import ArchiveError, BagReadError
from .identify import Identification, identify
from .metadata import METADATA_NAME, MetadataRow, MetadataSheet, path_key, read_sheet
from .provenance import (PROVENANCE_FORMAT, Agent, default_operator, digests_of, event, now_utc,
                         organization_agent, person_agent, software_agents)
from .root import ArchiveRoot
from .safenames import safe_name

ARCHIVED, DUPLICATE, REFUSED, SKIPPED = "archived", "already archived", "refused", "skipped"
_SYSTEM_FILES = {"thumbs.db", "desktop.ini", "ehthumbs.db"}


@dataclass
class Outcome:
    """What happened to one file (or one metadata problem) in a run."""

    path: str
    status: str
    id: str | None = None
    title: str | None = None
    reason: str = ""
    kind: str | None = None

    def as_dict(self) -> dict:
        return {"path": self.path, "status": self.status, "id": self.id, "title": self.title,
                "reason": self.reason or None, "kind": self.kind}


@dataclass
class IngestReport:
    run_id: str
    started: str
    finished: str = ""
    outcomes: list[Outcome] = field(default_factory=list)
    bytes_archived: int = 0

    def counts(self) -> dict[str, int]:
        counts = {ARCHIVED: 0, DUPLICATE: 0, REFUSED: 0, SKIPPED: 0}
        for outcome in self.outcomes:
            counts[outcome.status] += 1
        return counts

    @property
    def exit_code(self) -> int:
        """0 when everything is archived or already there, 1 when anything was refused."""
        return 1 if self.counts()[REFUSED] else 0

    def as_dict(self) -> dict:
        return {"run": self.run_id, "started": self.started, "finished": self.finished,
                "summary": self.counts(), "bytes_archived": self.bytes_archived,
                "outcomes": [o.as_dict() for o in self.outcomes]}


@dataclass(frozen=True)
class Candidate:
    """A file to ingest: where it is and its path within the batch it was found in."""

    path: Path
    relative: str
    base: Path


@dataclass
class _Run:
    """What stays the same for every file of one run."""

    root: ArchiveRoot
    run_id: str
    operator: Agent
    organization: Agent
    software: dict[str, Agent]
    accept_any: bool


# --- finding files and their metadata -------------------------------------------------


def _is_system_file(name: str) -> bool:
    return name.startswith(".") or name.startswith("~$") or name.lower() in _SYSTEM_FILES


def _display(path: Path | str) -> str:
    """A path as text that can always be printed and stored (undecodable bytes shown as U+FFFD)."""
    return os.fsencode(path).decode("utf-8", "replace")


def collect(paths: list[Path], skip: set[Path]) -> tuple[list[Candidate], list[Path], list[Outcome]]:
    """Files to ingest, metadata sheets found, and outcomes for what is skipped or refused."""
    candidates: list[Candidate] = []
    sheets: list[Path] = []
    outcomes: list[Outcome] = []
    for given in paths:
        given = given.absolute()
        if given.is_symlink():
            outcomes.append(Outcome(_display(given), REFUSED, reason="symbolic link; ingest its target instead"))
        elif given.is_file():
            candidates.append(Candidate(given, given.name, given.parent))
            sheet = given.parent / METADATA_NAME
            if sheet.is_file() and sheet not in sheets:
                sheets.append(sheet)
        elif given.is_dir():
            _walk(given, skip, candidates, sheets, outcomes)
        elif given.exists():
            outcomes.append(Outcome(_display(given), REFUSED, reason="not a regular file or folder"))
        else:
            outcomes.append(Outcome(_display(given), REFUSED, reason="no such file or folder"))
    return candidates, sheets, outcomes


def _walk(base: Path, skip: set[Path], candidates: list[Candidate], sheets: list[Path],
          outcomes: list[Outcome]) -> None:
    for folder, dirnames, filenames in os.walk(base, onerror=lambda e: outcomes.append(
            Outcome(_display(e.filename or base), REFUSED, reason=f"cannot read folder: {e.strerror}"))):
        here = Path(folder)
        for name in sorted(dirnames):
            if (here / name).is_symlink():
                outcomes.append(Outcome(_display(here / name), REFUSED,
                                        reason="symbolic link to a folder; not followed"))
                dirnames.remove(name)
            elif _is_system_file(name):
                dirnames.remove(name)
        dirnames.sort()
        for name in sorted(filenames):
            path = here / name
            if path in skip:
                continue
            if name == METADATA_NAME:
                sheets.append(path)
            elif _is_system_file(name):
                outcomes.append(Outcome(_display(path), SKIPPED, reason="hidden or system file"))
            else:
                candidates.append(Candidate(path, path.relative_to(base).as_posix(), base))


def assign_metadata(candidates: list[Candidate], sheet_paths: list[Path],
                    batch_sheet: MetadataSheet | None) -> tuple[dict[Path, MetadataRow | str], list[Outcome]]:
    """Each file's metadata row (or the reason it cannot be trusted), and sheet problems.

    A row in a folder's metadata.csv describes a file by its path relative to
    that folder; a batch sheet (``--metadata``) by its path relative to the
    folder being ingested, and wins over a folder's sheet. A row that matches
    no file ingested is reported only when its file does not exist at all
    (ingesting one file of a folder is no reason to complain about the others).
    """
    sheets = [read_sheet(p) for p in sheet_paths]
    all_sheets = sheets + ([batch_sheet] if batch_sheet else [])
    outcomes = [Outcome(_display(where), REFUSED, reason=why)
                for sheet in all_sheets for where, why in sheet.problems]
    assigned: dict[Path, MetadataRow | str] = {}
    used: set[tuple[Path, str]] = set()
    for candidate in candidates:
        found: list[tuple[MetadataSheet, str]] = []
        for sheet in sheets:
            folder = sheet.path.parent
            if folder == candidate.path.parent or folder in candidate.path.parents:
                found.append((sheet, path_key(candidate.path.relative_to(folder).as_posix())))
        used.update((sheet.path, key) for sheet, key in found)
        batch_key = path_key(candidate.relative)
        if batch_sheet and (batch_key in batch_sheet.rows or batch_key in batch_sheet.bad_rows):
            found = [(batch_sheet, batch_key)]
            used.add((batch_sheet.path, batch_key))
        chosen = _choose_row(found)
        if chosen is not None:
            assigned[candidate.path] = chosen
    bases = {c.base for c in candidates}
    for sheet in all_sheets:
        folders = bases if sheet is batch_sheet else {sheet.path.parent}
        for key in [*sheet.rows, *sheet.bad_rows]:
            if (sheet.path, key) in used or any((folder / key).exists() for folder in folders):
                continue
            row = sheet.rows.get(key)
            where, why = (f"{sheet.path}:{row.line}", "") if row else sheet.bad_rows[key].split(": ", 1)
            outcomes.append(Outcome(_display(where), REFUSED,
                                    reason=f"describes {key!r}, which does not exist" + (f" ({why})" if why else "")))
    return assigned, outcomes


def _choose_row(found: list[tuple[MetadataSheet, str]]) -> MetadataRow | str | None:
    rows: list[MetadataRow] = []
    for sheet, rel in found:
        if sheet.unusable:
            return f"its metadata sheet {_display(sheet.path)} is invalid (see the errors reported for it)"
        if rel in sheet.bad_rows:
            return f"its metadata row is invalid: {sheet.bad_rows[rel]}"
        if rel in sheet.rows:
            rows.append(sheet.rows[rel])
    if len(rows) > 1:
        places = " and ".join(f"{_display(r.csv_path)}:{r.line}" for r in rows)
        return f"described by more than one metadata sheet ({places})"
    return rows[0] if rows else None


# --- one file -----------------------------------------------------------------------


def read_source(path: Path, max_bytes: int) -> tuple[bytes, os.stat_result]:
    """The whole file, refusing links, special files, empty and oversized files.

    Opening without following links and checking the open file (not the path)
    means a file swapped for a link or a FIFO between listing and reading is
    still refused, and a file still being written is noticed.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError as exc:
        if exc.errno == 40:  # ELOOP: it is a symbolic link
            raise _Refusal("symbolic link; ingest its target instead") from exc
        raise _Refusal(f"cannot open: {exc.strerror}") from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise _Refusal("not a regular file")
        if info.st_size == 0:
            raise _Refusal("empty file (0 bytes)")
        if info.st_size > max_bytes:
            raise _Refusal(f"too large: {info.st_size} bytes, over the limit of {max_bytes} "
                           f"(max_file_bytes in archive.toml)")
        chunks, remaining = [], info.st_size + 1
        while remaining > 0:
            chunk = os.read(fd, min(remaining, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
        data = b"".join(chunks)
        if len(data) != info.st_size or os.fstat(fd).st_mtime_ns != info.st_mtime_ns:
            raise _Refusal("changed while being read (is it still being copied?); try again")
        return data, info
    finally:
        os.close(fd)


class _Refusal(Exception):
    """A reason to refuse the file at hand; turned into an outcome, never escapes this module."""


def _iso(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp, timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


def _name_record(path: Path) -> dict:
    """The original name and path, exactly: as text, plus the raw bytes when they are not UTF-8."""
    record = {"originalName": _display(path.name), "originalPath": _display(path)}
    raw = os.fsencode(path.name)
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        record["originalNameBytesHex"] = raw.hex()
    return record


def ingest_file(run: _Run, candidate: Candidate, row: MetadataRow | None) -> Outcome:
    """Archive one file, or say why not. Never raises for a bad file."""
    shown = _display(candidate.path)
    try:
        data, info = read_source(candidate.path, run.root.config.max_file_bytes)
    except _Refusal as exc:
        return Outcome(shown, REFUSED, reason=str(exc))
    sha256 = hashlib.sha256(data).hexdigest()
    item_id = item_id_for(sha256)
    final = run.root.bags / item_id
    if final.exists():
        return _existing(shown, final, sha256)
    identified_at = now_utc()
    ident = identify(data, candidate.path.name)
    if ident.kind is None and not run.accept_any:
        return Outcome(shown, REFUSED, reason=ident.reason)
    if ident.encoding and not data.decode(ident.encoding.encoding).strip():
        return Outcome(shown, REFUSED, reason="no text: the file holds only white space")
    digested_at = now_utc()
    digests = digests_of(data, run.root.config.checksums)
    title = (row.first("dc.title") if row else None) or _display(candidate.path.name)
    contents = _bag_contents(run, candidate, row, data, info, item_id, digests, ident,
                             identified_at, digested_at, title)
    built = build_bag(run.root.staging, contents)
    commit_bag(built, final)
    return Outcome(shown, ARCHIVED, item_id, title, "" if ident.kind else
                   f"preserved without text: {ident.reason}", ident.kind)


def _existing(shown: str, final: Path, sha256: str) -> Outcome:
    try:
        stored = bag_sha256(final)
        title = load_item(final).title
    except BagReadError as exc:
        return Outcome(shown, REFUSED, final.name, reason=f"its identifier's bag cannot be read: {exc}")
    if stored != sha256:
        return Outcome(shown, REFUSED, final.name,
                       reason=f"identifier {final.name} already names different content (sha256 {stored})")
    return Outcome(shown, DUPLICATE, final.name, title)


def _bag_contents(run: _Run, candidate: Candidate, row: MetadataRow | None, data: bytes,
                  info: os.stat_result, item_id: str, digests: dict[str, str],
                  ident: Identification, identified_at: str, digested_at: str,
                  title: str) -> BagContents:
    payload_name = safe_name(_display(candidate.path.name))
    config = run.root.config
    software = run.software
    ingested_at = now_utc()
    format_record = {**ident.as_dict(), "accepted": ident.kind is not None}
    events = [
        event("format identification", identified_at, "MIME type and description by libmagic; "
              "character encoding by archive's detector", "success" if ident.kind else "warning",
              format_record, [(software["libmagic"], "executing program"),
                              (software["archive"], "executing program")]),
        event("message digest calculation", digested_at,
              f"digests of the original bytes: {', '.join(digests)}", "success", digests,
              [(software["hashlib"], "executing program")]),
        event("ingestion", ingested_at,
              f"received {_display(candidate.path)}; preserved unchanged as data/{payload_name} "
              f"in bag {item_id}", "success",
              {"run": run.run_id, "size": len(data), "metadata": "asserted" if row else "none"},
              [(run.operator, "implementer"), (software["archive"], "executing program"),
               (run.organization, "custodian")]),
    ]
    provenance = {
        "format": PROVENANCE_FORMAT,
        "object": {"objectIdentifier": item_id, **_name_record(candidate.path),
                   "relativePath": _display(candidate.relative), "size": len(data),
                   "modified": _iso(info.st_mtime), "payloadPath": f"data/{payload_name}",
                   "fixity": digests, "format": format_record},
        "events": events,
        "agents": [a.as_dict() for a in (run.operator, run.organization, *software.values())],
    }
    descriptive = row.as_dict() if row else {"source": None, "metadata": {}, "restricted": False}
    bag_info = [
        ("Source-Organization", config.source_organization),
        ("Organization-Address", config.organization_address),
        ("Contact-Name", config.contact_name),
        ("Contact-Phone", config.contact_phone),
        ("Contact-Email", config.contact_email),
        ("External-Identifier", item_id),
        ("External-Description", title),
        ("Internal-Sender-Identifier", _display(candidate.relative)),
        ("Bagging-Date", ingested_at[:10]),
        ("Bag-Group-Identifier", run.run_id),
        ("Bag-Software-Agent", f"archive {__version__}"),
    ]

    def dump(obj: dict) -> bytes:
        return (json.dumps(obj, ensure_ascii=False, indent=2) + "\n").encode("utf-8")

    return BagContents(payload_name, data, digests, bag_info,
                       {DESCRIPTIVE_TAG: dump(descriptive), PROVENANCE_TAG: dump(provenance)})


# --- the run ------------------------------------------------------------------------


@contextmanager
def ingest_lock(root: ArchiveRoot) -> Iterator[None]:
    """One ingest at a time per archive; the lock dies with the process, so a kill never wedges it."""
    root.bags.mkdir(exist_ok=True)
    with open(root.lock_file, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def clear_staging(root: ArchiveRoot) -> int:
    """Remove half-built bags an interrupted run left behind; they were never in the store."""
    removed = 0
    if root.staging.is_dir():
        for leftover in root.staging.iterdir():
            shutil.rmtree(leftover) if leftover.is_dir() and not leftover.is_symlink() else leftover.unlink()
            removed += 1
    return removed


def new_run_id() -> str:
    return f"run-{datetime.now(timezone.utc).strftime('%Y%m%dT%H%M%SZ')}-{secrets.token_hex(3)}"


def ingest(root: ArchiveRoot, paths: list[str | os.PathLike] | None = None, *,
           metadata_file: str | os.PathLike | None = None, accept_any: bool = False,
           operator: str | None = None,
           on_outcome: Callable[[Outcome, int, int], None] | None = None) -> IngestReport:
    """Ingest ``paths`` (default: the root's inbox) into ``root``; report every file.

    ``on_outcome(outcome, done, total)`` is called as each file is settled, for
    progress displays. Problems with single files never raise; only problems
    with the run as a whole (for instance an unreadable ``--metadata`` file) do.
    """
    report = IngestReport(run_id=new_run_id(), started=now_utc())
    targets = [Path(p) for p in paths] if paths else [root.inbox]
    batch_sheet = None
    skip = {root.inbox.absolute() / "README.md"}
    if metadata_file is not None:
        batch_sheet = read_sheet(Path(metadata_file).absolute())
        skip.add(batch_sheet.path)
        if batch_sheet.unusable:
            raise ArchiveError(f"{_display(batch_sheet.path)}: unusable metadata file",
                               [why for _, why in batch_sheet.problems])
    run = _Run(root, report.run_id, person_agent(operator or default_operator()),
               organization_agent(root.config.source_organization), software_agents(), accept_any)
    with ingest_lock(root):
        clear_staging(root)
        candidates, sheet_paths, early = collect(targets, skip)
        assigned, sheet_outcomes = assign_metadata(candidates, sheet_paths, batch_sheet)
        total = len(candidates) + len(early) + len(sheet_outcomes)
        for outcome in early + sheet_outcomes:
            _record(report, outcome, total, on_outcome)
        for candidate in candidates:
            row = assigned.get(candidate.path)
            if isinstance(row, str):
                outcome = Outcome(_display(candidate.path), REFUSED, reason=row)
            else:
                outcome = ingest_file(run, candidate, row)
                if outcome.status == ARCHIVED:
                    report.bytes_archived += candidate.path.stat().st_size
            _record(report, outcome, total, on_outcome)
    report.finished = now_utc()
    return report


def _record(report: IngestReport, outcome: Outcome, total: int,
            on_outcome: Callable[[Outcome, int, int], None] | None) -> None:
    report.outcomes.append(outcome)
    if on_outcome:
        on_outcome(outcome, len(report.outcomes), total)
