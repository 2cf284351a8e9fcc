"""``archive ingest``: turn source files into bags, one per item.

For every file found under the paths given (the root's inbox by default) we
read its bytes once, derive the identifier from their SHA-256, identify the
format, attach the archivist's metadata and build a bag in the staging area.
Built bags are flushed to disk and renamed into the store in batches (see
``bagwriter``); a file's outcome is reported only once its bag is durable. A
file that cannot be accepted is reported with the reason and the batch goes
on. An identifier that exists is reported as "already archived" (:mod:`already_archived`
says what else: a metadata row that differs, a withdrawn or purged item); the only changes an
ingest makes to a bag already in ``bags/`` are the ones the archivist asks for by name
(``--amend``, ``--readmit``), each a new version of the bag (:mod:`bag_versions`).

Large batches are staged by worker processes (libmagic and hashing are CPU-bound); the main
process alone commits. Indexing the new bags is the search layer's step
(:func:`archive.search.intake.ingest_and_index`): nothing here imports it.
"""

from __future__ import annotations

import errno
import fcntl
import os
import shutil
import stat
import time
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from archive.errors import MetadataError, StoreUnwritable
from archive.preservation.already_archived import SheetAmendment, existing_outcome
from archive.preservation.bag_records import IngestRun, bag_contents
from archive.preservation.bag_versions import recover_staging
from archive.preservation.bagwriter import build_bag, commit_bags
from archive.preservation.catalog import item_id_for
from archive.preservation.identify import identify
from archive.preservation.metadata import MetadataRow, MetadataSheet, read_sheet
from archive.preservation.outcomes import ARCHIVED, DUPLICATE, REFUSED, SKIPPED, IngestReport, Outcome  # noqa: F401
from archive.preservation.readmission import Readmission
from archive.preservation.provenance import (default_operator, digests_of, new_run_id, now_utc,
                                             organization_agent, person_agent, software_agents)
from archive.preservation.root import ArchiveRoot
from archive.preservation.sources import Candidate, Found, Sources, display
from archive.preservation.transfer import BagCheck, Transfers
from archive.workers import default_workers, windows, worker_pool

#: a batch of built bags is committed when it reaches any of these
BATCH_BAGS, BATCH_BYTES, BATCH_SECONDS = 256, 64 * 1024 * 1024, 1.0
#: below this many files a run stays in one process (starting workers costs ~0.3 s)
PARALLEL_MIN_FILES = 64


@dataclass
class Staged:
    """A bag built in the staging area, waiting for its batch to be committed."""

    outcome: Outcome
    built: Path


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
        if exc.errno == errno.ELOOP:  # O_NOFOLLOW met a symbolic link
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


def stage_file(run: IngestRun, candidate: Candidate, row: MetadataRow | None) -> Outcome | Staged:
    """Build the bag for one file in the staging area, or settle it without one.

    Never raises for a bad file: a refusal or "already archived" is an Outcome.
    """
    shown = candidate.shown
    try:
        data, info = read_source(candidate.path, run.root.config.max_file_bytes)
    except _Refusal as exc:
        return Outcome(shown, REFUSED, reason=str(exc))
    digested_at = now_utc()
    digests = digests_of(data, run.root.config.checksums)  # sha256 is always among them
    if candidate.transfer and (changed := candidate.transfer.mismatch(data, digests)):
        return Outcome(shown, REFUSED, reason=changed)   # not the bytes the sender's bag listed
    item_id = item_id_for(digests["sha256"])
    final = run.root.bags / item_id
    if final.exists():
        return existing_outcome(run, shown, final, digests["sha256"], row, data)
    identified_at = now_utc()
    ident = identify(data, candidate.path.name)
    if ident.kind is None and not run.accept_any:
        return Outcome(shown, REFUSED, reason=ident.reason)
    if ident.only_white_space(data):
        return Outcome(shown, REFUSED, reason="no text: the file holds only white space")
    title = (row.first("dc.title") if row else None) or display(candidate.path.name)
    contents = bag_contents(run, candidate, row, data, info, item_id, digests, ident,
                             identified_at, digested_at, title)
    built = build_bag(run.root.staging, contents)
    note = "; ".join(ident.warnings) if ident.kind else f"preserved without text: {ident.reason}"
    return Staged(Outcome(shown, ARCHIVED, item_id, title, note, ident.kind, len(data)), built)

    try:
        return not data.decode(ident.encoding.encoding).strip()
    except (UnicodeDecodeError, LookupError):
        return False


# --- committing -----------------------------------------------------------------------


class _Committer:
    """Collects settled files in order and commits built bags in durable batches.

    Outcomes are released in the order the files were found, and an archived
    one only after its bag is in the store and flushed. Two files with the same
    bytes in one batch are caught here: the second is "already archived".
    """

    def __init__(self, root: ArchiveRoot, release: Callable[[Outcome], None]) -> None:
        self.root = root
        self.release = release
        self.pending: list[Outcome | Staged] = []
        self.pending_ids: dict[str, Outcome] = {}
        self.pending_bytes = 0
        self.since = time.monotonic()

    def add(self, result: Outcome | Staged | Readmission) -> None:
        if isinstance(result, (Readmission, SheetAmendment)):   # --readmit, --amend: its bag changes here
            result = result.commit(self.root)
        if isinstance(result, Staged):
            outcome = result.outcome
            earlier = self.pending_ids.get(outcome.id)
            if earlier or (self.root.bags / outcome.id).exists():
                shutil.rmtree(result.built)
                title = earlier.title if earlier else outcome.title
                result = Outcome(outcome.path, DUPLICATE, outcome.id, title, kind=outcome.kind)
            else:
                self.pending_ids[outcome.id] = outcome
                self.pending_bytes += outcome.size
        if not self.pending:
            self.since = time.monotonic()
        self.pending.append(result)
        if (len(self.pending_ids) >= BATCH_BAGS or self.pending_bytes >= BATCH_BYTES
                or time.monotonic() - self.since >= BATCH_SECONDS):
            self.flush()

    def flush(self) -> None:
        staged = [r for r in self.pending if isinstance(r, Staged)]
        commit_bags([(s.built, self.root.bags / s.outcome.id) for s in staged])
        for result in self.pending:
            self.release(result.outcome if isinstance(result, Staged) else result)
        self.pending, self.pending_ids, self.pending_bytes = [], {}, 0


# --- staging in worker processes ------------------------------------------------------

_worker_run: IngestRun | None = None


def _worker_start(run: IngestRun) -> None:
    global _worker_run
    _worker_run = run


def _worker_stage(task: tuple[Candidate, MetadataRow | None]) -> Outcome | Staged:
    assert _worker_run is not None
    return stage_file(_worker_run, *task)


def _settle(found: Found) -> Outcome | tuple[Candidate, MetadataRow | None]:
    """Turn what the walk found into an outcome, or a task for staging."""
    if isinstance(found, Outcome):
        return found
    candidate, row = found
    if isinstance(row, str):
        return Outcome(display(candidate.path), REFUSED, reason=row)
    return candidate, row


def _stage_all(run: IngestRun, sources: Sources, workers: int) -> Iterator[Outcome | Staged]:
    """Every file's result, in the order found; staged in ``workers`` processes if more than one."""
    settled = map(_settle, sources)
    if workers <= 1:
        for item in settled:
            yield item if isinstance(item, Outcome) else stage_file(run, *item)
        return
    with worker_pool(workers, _worker_start, (run,)) as pool:
        for window in windows(settled, 4 * BATCH_BAGS):
            tasks = [item for item in window if not isinstance(item, Outcome)]
            staged = pool.imap(_worker_stage, tasks, chunksize=8)
            for item in window:
                yield item if isinstance(item, Outcome) else next(staged)


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
    """Remove half-built bags an interrupted run left behind; they were never in the store.
    A bag a kill left retired mid-change goes back first (:func:`recover_staging`)."""
    removed = 0
    recover_staging(root)
    if root.staging.is_dir():
        for leftover in root.staging.iterdir():
            shutil.rmtree(leftover) if leftover.is_dir() and not leftover.is_symlink() else leftover.unlink()
            removed += 1
    return removed


def _ingest_locked(root: ArchiveRoot, run: IngestRun, report: IngestReport, targets: list[Path], skip: set[Path],
         batch_sheet: MetadataSheet | None, on_outcome: Callable[[Outcome, int, int], None] | None,
         workers: int | None) -> None:
    """The run proper, under the lock: clear the staging area, walk, stage, commit."""
    clear_staging(root)
    root.staging.mkdir(exist_ok=True)
    sources = Sources(targets, skip, batch_sheet, Transfers(root, run.check_bag))
    total = sources.count()

    def release(outcome: Outcome) -> None:
        sources.settled(outcome)
        report.add(outcome)
        if on_outcome:
            on_outcome(outcome, sum(report.tally.values()), total)

    committer = _Committer(root, release)
    try:
        for result in _stage_all(run, sources, workers or default_workers(total, PARALLEL_MIN_FILES)):
            committer.add(result)
    except OSError:   # the store filled up or turned read-only: bags built before that still go in
        with suppress(OSError):
            committer.flush()
        raise
    committer.flush()
    sources.close()   # what transfers unpacked in the staging area (a failed run's goes at the next)


def ingest(root: ArchiveRoot, paths: list[str | os.PathLike] | None = None, *,
           metadata_file: str | os.PathLike | None = None, accept_any: bool = False, operator: str | None = None,
           on_outcome: Callable[[Outcome, int, int], None] | None = None,
           keep_outcomes: bool = True, workers: int | None = None, amend: bool = False,
           readmit: bool = False, check_bag: BagCheck | None = None) -> IngestReport:
    """Ingest ``paths`` (default: the root's inbox) into ``root``; report every file.

    ``on_outcome(outcome, done, total)`` is called as each file is settled (archived ones
    once their bag is durable), for streaming output and progress displays; with
    ``keep_outcomes=False`` the report keeps only counts (flat memory). Problems with single
    files never raise; only a problem with the run as a whole (an unusable
    ``--metadata`` file, before anything is archived; a store that cannot be
    written, after the bags committed so far) does, as an ``ArchiveError``. A BagIt bag among
    ``paths`` is taken as a transfer once ``check_bag`` finds it valid (:mod:`.transfer`).
    """
    report = IngestReport(run_id=new_run_id("ingest"), started=now_utc(), keep_outcomes=keep_outcomes)
    targets = [Path(p) for p in paths] if paths else [root.inbox]
    skip = {root.inbox.absolute() / "README.md"}
    batch_sheet = None
    if metadata_file is not None:
        batch_sheet = read_sheet(Path(metadata_file).absolute())
        skip.add(batch_sheet.path)
        if batch_sheet.unusable:
            raise MetadataError(f"{display(batch_sheet.path)}: unusable metadata file",
                                [why for _, why in batch_sheet.problems])
    run = IngestRun(root, report.run_id, person_agent(operator or default_operator()),
                    organization_agent(root.config.source_organization), software_agents(), accept_any,
                    amend, readmit, check_bag)
    try:
        with ingest_lock(root):
            _ingest_locked(root, run, report, targets, skip, batch_sheet, on_outcome, workers)
    except OSError as exc:  # the store itself failed (disk full, permissions): stop cleanly
        raise StoreUnwritable(
            f"cannot write to {root.bags}: {exc.strerror or exc}; the run stopped after "
            f"{report.tally[ARCHIVED]} archived. Bags already committed are complete; run "
            f"ingest again once the problem is fixed") from exc
    report.finished = now_utc()
    return report

