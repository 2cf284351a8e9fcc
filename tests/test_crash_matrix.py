"""The crash matrix: every writing command, SIGKILLed at random moments, loses nothing.

Each command runs as a real subprocess and is killed with SIGKILL after a random delay
(seeded, so a failure can be replayed), ``ARCHIVE_CRASH_KILLS`` times (3 in CI; the long
run, ``scripts/crash-matrix``, sets 10). After every kill: every bag validates, every bag
the command had reported archived is there, and the index opens and answers. After the
kills, the command runs to its end and the archive is consistent (``archive check``).
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import bagit
import pytest

from archive.preservation.catalog import bag_dirs
from archive.search.index import current_folder, open_index
from conftest import REPO

KILLS = int(os.environ.get("ARCHIVE_CRASH_KILLS", "3"))


def command(root: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "archive", args[0], "--root", str(root), *args[1:]]


def killed(argv: list[str], delay: float) -> str:
    """Run ``argv``, SIGKILL it after ``delay`` seconds (if still running); what it printed."""
    process = subprocess.Popen(argv, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                               start_new_session=True)
    try:
        out, _ = process.communicate(timeout=delay)
        return out
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)      # the command and any worker it started
        out, _ = process.communicate()
        return out


def finished(argv: list[str]) -> subprocess.CompletedProcess:
    done = subprocess.run(argv, cwd=REPO, capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr
    return done


def articles(folder: Path, count: int, first: int = 0) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(first, first + count):
        (folder / f"a{number:04d}.txt").write_text(
            f"Opposition report {number}\n\nALMATY, 3 March 2005 - Galymzhan Zhakiyanov said the "
            f"marker{number:04d} appeal would go on. " + "The court heard the case again. " * 40 + "\n",
            encoding="utf-8")
    return folder


def assert_intact(root: Path, reported: set[str]) -> None:
    """Every bag validates, every bag reported archived is there, the index (if any) answers."""
    present = {bag.name for bag in bag_dirs(_root(root))}
    assert reported <= present, sorted(reported - present)[:5]
    for bag in bag_dirs(_root(root)):
        bagit.Bag(str(bag)).validate()
    if current_folder(_root(root)) is not None:
        with open_index(_root(root)).searcher() as searcher:
            assert searcher.doc_count() >= 0
        done = subprocess.run(command(root, "search", "--json", "appeal"), cwd=REPO, capture_output=True,
                              text=True, check=False)
        assert done.returncode == 0, done.stderr


def _root(path: Path):
    from archive.preservation.root import open_root
    return open_root(path)


def archived_in(output: str) -> set[str]:
    return {line.split()[1] for line in output.splitlines() if line.startswith("archived ")}


def assert_consistent(root: Path, total: int) -> None:
    check = subprocess.run(command(root, "check", "--json"), cwd=REPO, capture_output=True, text=True, check=False)
    assert check.returncode == 0, check.stdout
    assert json.loads(check.stdout)["bags"] == total
    searched = json.loads(finished(command(root, "search", "--json", "appeal")).stdout)
    assert searched["total"] == total


@pytest.fixture
def archive_root(tmp_path) -> Path:
    from archive.preservation.root import init_root
    return init_root(tmp_path / "archive").path


def test_ingest_killed_at_random_moments(archive_root, tmp_path):
    rng = random.Random(f"ingest-{KILLS}")
    source = articles(tmp_path / "in", 300)
    reported: set[str] = set()
    for _ in range(KILLS):
        reported |= archived_in(killed(command(archive_root, "ingest", str(source)), rng.uniform(0.3, 4.0)))
        assert_intact(archive_root, reported)
    finished(command(archive_root, "ingest", str(source)))
    assert_intact(archive_root, reported)
    assert_consistent(archive_root, 300)


def test_reindex_killed_at_random_moments(archive_root, tmp_path):
    rng = random.Random(f"reindex-{KILLS}")
    finished(command(archive_root, "ingest", str(articles(tmp_path / "in", 300))))
    before = json.loads(finished(command(archive_root, "search", "--json", "marker0007")).stdout)["hits"]
    for _ in range(KILLS):
        killed(command(archive_root, "reindex"), rng.uniform(0.2, 3.0))
        assert_intact(archive_root, set())
        now = json.loads(finished(command(archive_root, "search", "--json", "marker0007")).stdout)["hits"]
        assert [h["id"] for h in now] == [h["id"] for h in before]
        assert_consistent(archive_root, 300)
    finished(command(archive_root, "reindex"))
    builds = [p for p in (archive_root / "index").iterdir() if p.name.startswith("build-")]
    assert len(builds) == 1                         # the killed builds' leftovers are gone


def test_person_corrections_killed_at_random_moments(archive_root, tmp_path):
    rng = random.Random(f"persons-{KILLS}")
    finished(command(archive_root, "ingest", str(articles(tmp_path / "in", 150))))
    authority = archive_root / "persons-authority.jsonl"
    for turn in range(KILLS):
        killed(command(archive_root, "persons", "alias", "--note", f"turn {turn}", "Zhakiyanov", "Ablyazov")
               if turn % 2 == 0 else command(archive_root, "persons", "split", "Galymzhan Zhakiyanov"),
               rng.uniform(0.05, 2.5))
        assert_intact(archive_root, set())
        if authority.exists():
            assert all(json.loads(line)["action"] in ("alias", "split")
                       for line in authority.read_text(encoding="utf-8").splitlines() if line.strip())
    finished(command(archive_root, "reindex"))
    assert_consistent(archive_root, 150)


def test_repair_killed_at_random_moments(archive_root, tmp_path):
    rng = random.Random(f"repair-{KILLS}")
    finished(command(archive_root, "ingest", str(articles(tmp_path / "in", 100))))
    finished(command(archive_root, "ingest", "--no-index", str(articles(tmp_path / "more", 150, first=100))))
    for _ in range(KILLS):
        killed(command(archive_root, "check", "--repair"), rng.uniform(0.2, 3.0))
        assert_intact(archive_root, set())
    finished(command(archive_root, "check", "--repair"))
    assert_consistent(archive_root, 250)


def test_an_ingest_after_a_killed_one_indexes_what_the_killed_one_archived(archive_root, tmp_path):
    """The killed run's bags were committed but never reached its index step: the next
    ingest indexes them too, with no `check --repair` needed."""
    finished(command(archive_root, "ingest", str(articles(tmp_path / "first", 5))))
    finished(command(archive_root, "ingest", "--no-index", str(articles(tmp_path / "unindexed", 40, first=5))))
    finished(command(archive_root, "ingest", str(articles(tmp_path / "next", 1, first=45))))
    assert_consistent(archive_root, 46)
