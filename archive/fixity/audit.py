"""Fixity audits of the archive, and their lasting, append-only record.

Every bag an audit verifies becomes one PREMIS-style "fixity check" event,
appended as a line of JSON to ``audit-log.jsonl`` in the archive root. The log
lives beside the bags, never in them: bags are not edited, ever. Each line is
written (one ``write`` with ``O_APPEND``) as soon as its bag is verified, so a
killed audit loses nothing it already reported, and the log is flushed to disk
every second and at the end. A line cut short by a crash is skipped on reading.

Audits fit a schedule: ``oldest_first`` orders the bags by their last full
audit (never-audited bags first), and ``max_time`` stops starting new bags
once the time is up, so nightly runs cover a large archive over several nights
and each resumes where the last stopped.
"""

from __future__ import annotations

import json
import os
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from archive import __version__
from archive.jsonlines import append_event, open_log
from archive.preservation.catalog import ID_LENGTH, bag_dirs, find_bag
from archive.errors import ArchiveError, UsageError
from archive.preservation.provenance import default_operator, new_run_id, now_utc
from archive.preservation.root import ArchiveRoot
from archive.fixity.verdict import BagVerdict
from archive.fixity.verify import verify_bags

LOG_NAME = "audit-log.jsonl"
FIXITY_CHECK = "fixity check"


def log_path(root: ArchiveRoot) -> Path:
    return root.path / LOG_NAME


class AuditLog:
    """Appends events to the log (:mod:`archive.jsonlines`: whole lines only), flushed every second.

    Verifying only reads bags, so it must work on a full or read-only store:
    when the log cannot be opened or written, the error is kept in
    :attr:`error` and logging stops, while verification goes on and the caller
    reports that its results were not recorded.
    """

    def __init__(self, root: ArchiveRoot) -> None:
        self.path = log_path(root)
        self.error: str | None = None
        self.fd: int | None = None
        self.synced = time.monotonic()
        try:
            self.fd = open_log(self.path)
        except OSError as exc:
            self._failed(exc)

    def _failed(self, exc: OSError) -> None:
        self.error = f"{self.path}: {exc.strerror or exc}"
        if self.fd is not None:
            try:
                os.close(self.fd)
            except OSError:
                pass
        self.fd = None

    def append(self, event: dict) -> None:
        if self.fd is None:
            return
        try:
            append_event(self.fd, event)
            if time.monotonic() - self.synced >= 1.0:
                os.fsync(self.fd)
                self.synced = time.monotonic()
        except OSError as exc:
            self._failed(exc)

    def close(self) -> None:
        if self.fd is None:
            return
        try:
            os.fsync(self.fd)
        except OSError as exc:
            self._failed(exc)
            return
        os.close(self.fd)
        self.fd = None


def read_events(root: ArchiveRoot, bag: str | None = None) -> Iterator[dict]:
    """Events in the order logged, optionally of one bag (its id, or its path for outside bags)."""
    try:
        handle = open(log_path(root), encoding="utf-8")
    except FileNotFoundError:
        return
    with handle:
        for line in handle:
            try:
                event = json.loads(line)
            except ValueError:
                continue  # a line cut short by a crash or a full disk
            if bag is None or event.get("bag") == bag:
                yield event


def last_audits(root: ArchiveRoot, full_only: bool = False) -> dict[str, dict]:
    """The latest fixity-check event of each bag (only full checks if ``full_only``)."""
    latest: dict[str, dict] = {}
    for event in read_events(root):
        if event.get("eventType") == FIXITY_CHECK and (not full_only or event.get("mode") == "full"):
            latest[event["bag"]] = event
    return latest


def last_audit(root: ArchiveRoot, item_id: str) -> dict | None:
    """The latest fixity check of one item, for ``show`` and the web page."""
    return last_audits(root).get(item_id)


def parse_duration(text: str) -> float:
    """Seconds in '90', '90s', '10m', '2h' or '1h30m'."""
    units = {"h": 3600, "m": 60, "s": 1}
    total, number = 0.0, ""
    for char in text.strip().lower():
        if char.isdigit() or char == ".":
            number += char
        elif char in units and number:
            total, number = total + float(number) * units[char], ""
        else:
            raise UsageError(f"cannot read the duration {text!r} (use e.g. 90s, 10m, 2h, 1h30m)")
    if number:
        total += float(number)
    if total <= 0:
        raise UsageError(f"the duration {text!r} must be more than zero")
    return total


@dataclass
class AuditReport:
    """A run's counts; the verdicts themselves go to the caller as they come."""

    run_id: str
    started: str
    finished: str = ""
    mode: str = "full"
    valid: int = 0
    invalid: int = 0
    not_reached: int = 0
    bytes: int = 0
    files: int = 0
    seconds: float = 0.0
    log: str = ""
    invalid_bags: list[str] = field(default_factory=list)
    log_error: str | None = None     # why the results could not be written to the log

    @property
    def exit_code(self) -> int:
        return 1 if self.invalid or self.log_error else 0

    def as_dict(self) -> dict:
        return {"run": self.run_id, "started": self.started, "finished": self.finished,
                "mode": self.mode, "valid": self.valid, "invalid": self.invalid,
                "not_reached": self.not_reached, "files": self.files, "bytes": self.bytes,
                "seconds": round(self.seconds, 3), "log": self.log, "log_error": self.log_error,
                "invalid_bags": self.invalid_bags}


def bag_key(root: ArchiveRoot, bag: Path) -> str:
    """How the log names a bag: its identifier when it is in this archive, else its path."""
    if bag.parent == root.bags and len(bag.name) == ID_LENGTH:
        return bag.name
    return str(bag.absolute())


def resolve_targets(root: ArchiveRoot, targets: list[str]) -> list[Path]:
    """Bags to verify: every bag when none is named; each target is an id (or prefix) or a path."""
    if not targets:
        return list(bag_dirs(root))
    bags, problems = [], []
    for target in targets:
        path = Path(target)
        if path.is_dir():
            bags.append(path.absolute())
            continue
        if "/" in target or target.startswith(("~", ".")):
            problems.append(f"{target}: no such bag directory")
            continue
        try:
            bags.append(find_bag(root, target))
        except ArchiveError as exc:
            problems.append(str(exc))
    if problems:
        raise UsageError("some bags to verify cannot be found", problems)
    return bags


def schedule(root: ArchiveRoot, bags: list[Path]) -> list[Path]:
    """Bags ordered by their last full audit, never-audited first (stable otherwise)."""
    latest = last_audits(root, full_only=True)
    return sorted(bags, key=lambda bag: latest.get(bag_key(root, bag), {}).get("eventDateTime", ""))


def fixity_event(root: ArchiveRoot, verdict: BagVerdict, run_id: str, operator: str) -> dict:
    return {
        "eventIdentifier": f"urn:uuid:{uuid.uuid4()}",
        "eventType": FIXITY_CHECK,
        "eventDateTime": now_utc(),
        "bag": bag_key(root, verdict.bag),
        "run": run_id,
        "mode": verdict.mode,
        "eventOutcome": "pass" if verdict.valid else "fail",
        "eventOutcomeDetail": {
            "files": verdict.files, "bytes": verdict.bytes, "algorithms": verdict.algorithms,
            "seconds": round(verdict.seconds, 4),
            "problems": [p.as_dict() for p in verdict.problems],
            "warnings": [w.as_dict() for w in verdict.warnings],
            **({"withdrawal": verdict.withdrawal} if verdict.withdrawal else {})},
        "linkingAgents": [
            {"agentName": "archive", "agentType": "software", "agentVersion": __version__,
             "role": "executing program"},
            {"agentName": operator, "agentType": "person", "role": "implementer"}],
    }


def audit(root: ArchiveRoot, targets: list[str] | None = None, *, fast: bool = False,
          max_seconds: float | None = None, oldest_first: bool = False, operator: str | None = None,
          workers: int | None = None,
          on_verdict: Callable[[BagVerdict, int, int], None] | None = None) -> AuditReport:
    """Verify bags, log a fixity-check event for each, and count the results.

    ``on_verdict(verdict, done, total)`` is called after each bag's event is
    logged. With ``max_seconds``, no bag is started once the time is up; the
    rest count as not reached.
    """
    bags = resolve_targets(root, list(targets or []))
    if oldest_first:
        bags = schedule(root, bags)
    run_id = new_run_id("audit")
    report = AuditReport(run_id=run_id, started=now_utc(), mode="fast" if fast else "full",
                         log=str(log_path(root)))
    who = operator or default_operator()
    started = time.monotonic()
    deadline = started + max_seconds if max_seconds else None

    def in_time() -> Iterator[Path]:
        for bag in bags:
            if deadline is not None and time.monotonic() >= deadline:
                return
            yield bag

    log = AuditLog(root)
    try:
        verdicts = verify_bags(in_time(), fast=fast, workers=workers, expected=len(bags),
                               deadline=deadline)
        for done, verdict in enumerate(verdicts, start=1):
            log.append(fixity_event(root, verdict, run_id, who))
            _count(report, root, verdict)
            if on_verdict:
                on_verdict(verdict, done, len(bags))
    finally:
        log.close()
    report.log_error = log.error
    report.not_reached = len(bags) - report.valid - report.invalid
    report.seconds = time.monotonic() - started
    report.finished = now_utc()
    return report


def _count(report: AuditReport, root: ArchiveRoot, verdict: BagVerdict) -> None:
    report.files += verdict.files
    report.bytes += verdict.bytes
    if verdict.valid:
        report.valid += 1
    else:
        report.invalid += 1
        report.invalid_bags.append(bag_key(root, verdict.bag))
