"""A killed ingest leaves only complete, valid bags, and the next run finishes the work.

The ingest runs as a real subprocess and is killed with SIGKILL at several
points: while bags are being staged before any has landed, right after the
first batch of bags lands, and part way through the run. Nothing in the library knows it is being
tested: the kill points are found by watching the store from outside.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable

import pytest

from archive.preservation.ingest import ingest
from archive.preservation.root import ArchiveRoot
from conftest import REPO, assert_valid_bags, bags, snapshot

FILES = 600  # bags land in batches of 256: a kill at half way leaves 512


def _write_batch(folder: Path) -> None:
    for number in range(FILES):
        text = (f"Invented dispatch number {number}.\n\nAlmaty, {1 + number % 28} March 2005 -- "
                + f"A correspondent filed report {number} about nothing in particular. " * 60)
        (folder / f"dispatch-{number:04d}.txt").write_text(text, encoding="utf-8")


def _staging_busy(root: ArchiveRoot) -> bool:
    try:
        return any(root.staging.iterdir())
    except FileNotFoundError:
        return False


KILL_POINTS: dict[str, Callable[[ArchiveRoot], bool]] = {
    "while bags are staged, before any lands": lambda root: _staging_busy(root) and not bags(root),
    "after the first batch lands": lambda root: len(bags(root)) >= 1,
    "half way through": lambda root: len(bags(root)) >= FILES // 2,
}


def _run_and_kill(root: ArchiveRoot, inbox: Path, when: Callable[[ArchiveRoot], bool]) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "archive", "ingest", "--root", str(root.path), str(inbox)],
        cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    try:
        while not when(root):
            if process.poll() is not None:
                pytest.fail("the ingest finished before the kill point was reached")
            if time.monotonic() > deadline:
                pytest.fail("the kill point was never reached")
            time.sleep(0.0005)
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL


@pytest.mark.parametrize("point", sorted(KILL_POINTS))
def test_killed_ingest_leaves_only_valid_bags_and_rerun_completes(
        root: ArchiveRoot, inbox: Path, point: str) -> None:
    _write_batch(inbox)
    _run_and_kill(root, inbox, KILL_POINTS[point])

    survivors = assert_valid_bags(root)
    assert len(survivors) < FILES
    unexpected = {p.name for p in root.bags.iterdir()} - {b.name for b in survivors} \
        - {".staging", ".lock", "README.md"}
    assert not unexpected, f"partial entries in the store: {unexpected}"
    before = snapshot(root)

    report = ingest(root, [inbox])
    counts = report.counts()
    assert counts["refused"] == 0
    assert counts["archived"] + counts["already archived"] == FILES
    assert counts["already archived"] == len(survivors)
    assert len(assert_valid_bags(root)) == FILES
    assert not any(root.staging.iterdir()), "the rerun should clear the interrupted run's staging"
    after = snapshot(root)
    assert all(after[path] == stamp for path, stamp in before.items() if not path.startswith(".staging"))


def test_concurrent_ingests_of_the_same_files_make_each_bag_once(
        root: ArchiveRoot, inbox: Path, tmp_path: Path) -> None:
    _write_batch(inbox)
    command = [sys.executable, "-m", "archive", "ingest", "--json", "--root", str(root.path), str(inbox)]
    # outputs go to files: a full pipe nobody reads would stall the run holding the lock
    outputs = [tmp_path / f"run-{n}.json" for n in (1, 2)]
    handles = [open(path, "w") for path in outputs]
    processes = [subprocess.Popen(command, cwd=REPO, stdout=handle) for handle in handles]
    for process, handle in zip(processes, handles, strict=True):
        process.wait(timeout=120)
        handle.close()
    reports = [json.loads(path.read_text()) for path in outputs]
    archived = sum(r["summary"]["archived"] for r in reports)
    assert archived == FILES
    assert sum(r["summary"]["already archived"] for r in reports) == FILES
    assert len(assert_valid_bags(root)) == FILES
