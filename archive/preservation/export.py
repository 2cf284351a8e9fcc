"""``archive export``: bags handed to another repository, each written atomically and verified.

Decisions, first:

* **Refused whole, before anything is written**, naming every problem (:func:`plan_export`):
  an unknown id, a target that is not a writable folder, a target already holding the bag
  (as a folder, ``.tar`` or ``.zip``: the same bag twice in one place is a mistake either way),
  a restricted item without ``include_restricted``, a purged one (never: its payload is gone,
  and a bag without it would not be the item), an item whose records fail their tag manifests.
* **Withdrawn items count as restricted**: exported only with ``include_restricted``. A
  withdrawal takes an item out of access for a reason (a takedown, a court order); handing it
  to another repository is access too, so it takes the archivist's explicit word, the same
  word that releases restricted items. The bag carries its "deaccession" event with it.
* **Atomic**: each bag is written under a temporary name *in the target folder* (so the final
  rename stays on one filesystem), flushed, verified, and only then renamed to its final name,
  never replacing anything (:func:`archive.preservation.serialize.place`). Flushing is done
  for a batch of bags at once (one ``syncfs`` of the target's filesystem, as ingest commits
  bags): a flush per bag took about half the time (bench/transfer.py, 600 bags as folders:
  6.5 s with one flush per bag, 3.7 s with one per batch). A failure at any
  point (a full disk, a read-only target, a bag that does not verify) removes the temporary:
  no partial bag is ever left under a bag's name. Bags exported before a failure stay; each is
  complete and verified, and the error names them. A kill can leave only a hidden temporary
  (``.ID.export-...``), which the next export of that bag to that folder removes.
* **Verified from what was written**: a folder is validated where it was written; a tar or zip
  is read back, unpacked by the same safe reader ingest uses for bags from others
  (:mod:`archive.preservation.unpack`) beside it, and the unpacked folder validated; so what
  is checked is the file the recipient gets. ``archive export`` validates with the archive's
  own verifier (:func:`archive.fixity.transfer_check.bag_problems`), passed down as ``check``
  because this layer may not import it; it checks RFC 8493, every digest of every manifest,
  and the archive's BagIt profile, naming every problem. Without ``check``, bagit-python.
* **Read under the archive's lock**, one bag at a time: an amendment or purge running at the
  same moment changes a bag whole, before or after the copy, never during it. A store that
  cannot be locked (read-only, a replica) cannot change under us either.
"""

from __future__ import annotations

import os
import secrets
import shutil
import time
from contextlib import ExitStack, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from archive.errors import ArchiveError, ExportFailed, ExportRefused
from archive.preservation.bagwriter import fsync_dir, sync_filesystem
from archive.preservation.catalog import Item, find_bag, load_item
from archive.preservation.ingest import ingest_lock
from archive.preservation.root import ArchiveRoot
from archive.preservation.serialize import FORMATS, SUFFIXES, BagFile, bag_files, place, write
from archive.preservation.sources import display
from archive.preservation.transfer import BagCheck, describe_check, reference_problems
from archive.preservation.unpack import Limits, UnsafeArchive, extract

__all__ = ["ExportReport", "Exported", "export_bags", "plan_export"]

#: bags written before one flush of the target folder, then verified and renamed one by one
BATCH_BAGS, BATCH_BYTES = 64, 64 * 1024 * 1024


@dataclass(frozen=True)
class Exported:
    """One bag written, verified and in place."""

    id: str
    title: str
    path: Path
    format: str
    files: int
    bytes: int
    seconds: float
    verified_by: str

    def as_dict(self) -> dict:
        return {"id": self.id, "title": self.title, "path": str(self.path), "format": self.format,
                "files": self.files, "bytes": self.bytes, "seconds": round(self.seconds, 3),
                "verified_by": self.verified_by}


@dataclass
class ExportReport:
    target: Path
    format: str
    exported: list[Exported] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def bytes(self) -> int:
        return sum(e.bytes for e in self.exported)

    def as_dict(self) -> dict:
        return {"target": str(self.target), "format": self.format, "bytes": self.bytes,
                "seconds": round(self.seconds, 3), "exported": [e.as_dict() for e in self.exported]}


# --- what may be exported -----------------------------------------------------------------------


def _item_problem(item: Item, include_restricted: bool) -> str | None:
    """Why this item may not be exported (as asked), or None."""
    if item.purged:
        when = (item.withdrawal or {}).get("eventDateTime", "")[:10]
        return f"{item.id} was purged on {when}: its payload is gone, and a purged item is never exported"
    if not item.trusted:
        return (f"{item.id}: its records do not match its tag manifests ({'; '.join(item.trust_problems)}); "
                f"run `archive verify {item.id}`")
    if include_restricted:
        return None
    if item.withdrawn:
        when = (item.withdrawal or {}).get("eventDateTime", "")[:10]
        return f"{item.id} was withdrawn on {when}: export it only with --include-restricted"
    if item.restricted:
        return f"{item.id} is restricted: export it only with --include-restricted"
    return None


def _target_problems(to: Path) -> list[str]:
    if not to.exists():
        return [f"{display(to)} does not exist: the target must be an existing folder"]
    if not to.is_dir():
        return [f"{display(to)} is not a folder"]
    probe = to / f".export-probe-{secrets.token_hex(6)}"   # tried, not asked: access() trusts the mode
    try:                                                      # bits, not a read-only or full filesystem
        os.close(os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        os.unlink(probe)
    except OSError as exc:
        return [f"{display(to)} is not a folder that can be written to: {exc.strerror or exc}"]
    return []


def plan_export(root: ArchiveRoot, identifiers: list[str], to: str | os.PathLike, fmt: str = "dir",
                include_restricted: bool = False) -> tuple[Path, list[Item]]:
    """The target folder and the items to export; :class:`ExportRefused` naming every problem."""
    target = Path(to).absolute()
    problems = [] if fmt in FORMATS else [f"unknown format {fmt!r} (one of {', '.join(FORMATS)})"]
    problems += _target_problems(target)
    if not identifiers:
        problems.append("no item named: give one or more ids")
    items: dict[str, Item] = {}
    for identifier in identifiers:
        try:
            item = load_item(find_bag(root, identifier))
        except ArchiveError as exc:                   # unknown, ambiguous, or unreadable
            problems.append(exc.message)
            continue
        why = _item_problem(item, include_restricted)
        if why:
            problems.append(why)
        for suffix in SUFFIXES.values():
            if os.path.lexists(target / f"{item.id}{suffix}"):
                problems.append(f"{display(target)} already holds that bag: {item.id}{suffix}")
        items.setdefault(item.id, item)
    if problems:
        raise ExportRefused(f"nothing exported: {len(problems)} problem{'s' if len(problems) > 1 else ''}",
                            problems)
    return target, list(items.values())


# --- writing one bag ----------------------------------------------------------------------------


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        with suppress(FileNotFoundError):
            path.unlink()


def _verify(written: Path, fmt: str, item_id: str, files: list[BagFile], check: BagCheck) -> list[str]:
    """Every problem of the bag as written: a folder where it is, a tar or zip unpacked beside it."""
    if fmt == "dir":
        return check(written)
    unpacked = written.with_name(written.name + ".verify")
    limits = Limits(max((f.size for f in files), default=0), sum(f.size for f in files))
    try:
        folder = extract(written, unpacked, limits)
        if folder.name != item_id:
            return [f"its top-level directory is {folder.name!r}, not {item_id!r}"]
        return check(folder)
    except UnsafeArchive as exc:
        return [f"what was written cannot be read back: {p}" for p in exc.problems]
    finally:
        _remove(unpacked)


@dataclass
class _Written:
    """A bag written under its temporary name, not yet flushed, verified or in place."""

    item: Item
    files: list[BagFile]
    temporary: Path
    final: Path
    seconds: float


def _write_one(root: ArchiveRoot, item: Item, target: Path, fmt: str, include_restricted: bool) -> _Written:
    started = time.perf_counter()
    temporary = target / f".{item.id}.export-{secrets.token_hex(6)}{SUFFIXES[fmt]}"
    try:
        with ExitStack() as held:
            with suppress(OSError):            # a store we may not write cannot change under us
                held.enter_context(ingest_lock(root))
            item = load_item(item.bag)          # as it is now, under the lock
            why = _item_problem(item, include_restricted)
            if why:
                raise ExportRefused("nothing more exported", [why])
            files = bag_files(item.bag)
            write(fmt, files, item.id, temporary)
    except BaseException:
        _remove(temporary)
        raise
    return _Written(item, files, temporary, target / f"{item.id}{SUFFIXES[fmt]}", time.perf_counter() - started)


def _batches(items: list[Item]) -> Iterator[list[Item]]:
    """Items in groups of at most BATCH_BAGS bags or BATCH_BYTES payload bytes (at least one)."""
    batch: list[Item] = []
    size = 0
    for item in items:
        if batch and (len(batch) >= BATCH_BAGS or size + item.size > BATCH_BYTES):
            yield batch
            batch, size = [], 0
        batch.append(item)
        size += item.size
    if batch:
        yield batch


def _finish(batch: list[_Written], target: Path, fmt: str, check: BagCheck, report: ExportReport) -> None:
    """Flush a batch of written bags, then verify each and put it in place, in order."""
    sync_filesystem(target)
    for done in batch:
        started = time.perf_counter()
        problems = _verify(done.temporary, fmt, done.item.id, done.files, check)
        if problems:
            raise ExportFailed(f"{done.item.id} did not verify from what was written; nothing left of it "
                               f"in {display(target)}", problems)
        place(done.temporary, done.final)
        size = sum(f.size for f in done.files) if fmt == "dir" else done.final.stat().st_size
        report.exported.append(Exported(done.item.id, done.item.title, done.final, fmt, len(done.files), size,
                                        done.seconds + time.perf_counter() - started, describe_check(check)))
    fsync_dir(target)


def export_bags(root: ArchiveRoot, identifiers: list[str], to: str | os.PathLike, fmt: str = "dir",
                include_restricted: bool = False, check: BagCheck | None = None) -> ExportReport:
    """Export the items' bags into the folder ``to`` as ``fmt`` ("dir", "tar" or "zip").

    Raises :class:`ExportRefused` (nothing written) when anything asked is wrong, and
    :class:`ExportFailed` when writing or verifying a bag fails (that bag left no trace; those
    before it are in place, complete and verified, and the error names them).
    """
    started = time.perf_counter()
    target, items = plan_export(root, identifiers, to, fmt, include_restricted)
    report = ExportReport(target, fmt)
    for item in items:                      # what an export of these bags killed earlier left
        for stale in target.glob(f".{item.id}.export-*"):
            _remove(stale)
    try:
        for batch in _batches(items):
            written: list[_Written] = []
            try:
                try:
                    for item in batch:
                        written.append(_write_one(root, item, target, fmt, include_restricted))
                except (ArchiveError, OSError):
                    with suppress(ArchiveError, OSError):     # the bags written before it still go in
                        _finish(written, target, fmt, check or reference_problems, report)
                    raise
                _finish(written, target, fmt, check or reference_problems, report)
            finally:
                for done in written:            # those put in place are no longer there
                    _remove(done.temporary)
    except ArchiveError as exc:
        exc.details += _already(report)
        raise
    except OSError as exc:
        where = f" ({exc.filename})" if exc.filename else ""
        raise ExportFailed(f"cannot write to {display(target)}: {exc.strerror or exc}{where}; nothing partial "
                           f"is left", _already(report)) from exc
    report.seconds = time.perf_counter() - started
    return report


def _already(report: ExportReport) -> list[str]:
    """What an export that stopped part way leaves in place."""
    return [f"already exported, complete and verified: {e.path.name}" for e in report.exported]
