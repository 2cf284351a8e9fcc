"""Shared fixtures: real archive roots in tmp_path, the real seeds, the real CLI."""

from __future__ import annotations

import os
from pathlib import Path

import bagit
import pytest
from click.testing import CliRunner

from archive.catalog import bag_dirs
from archive.cli import main
from archive.root import ArchiveRoot, init_root

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO.parent / "shared" / "corpus" / "seeds"


@pytest.fixture
def root(tmp_path: Path) -> ArchiveRoot:
    """A fresh, initialised archive root."""
    return init_root(tmp_path / "archive")


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    """An empty folder to put source files in (outside the archive root)."""
    folder = tmp_path / "incoming"
    folder.mkdir()
    return folder


@pytest.fixture
def seeds() -> Path:
    if not SEEDS.is_dir():
        pytest.fail(f"the real seed articles are missing: {SEEDS}")
    return SEEDS


@pytest.fixture
def cli(root: ArchiveRoot):
    """Run the real ``archive`` command on ``root``: cli("ingest", path) -> click Result."""
    runner = CliRunner()

    def run(*args: str, env: dict | None = None):
        return runner.invoke(main, [str(a) for a in args],
                             env={"ARCHIVE_ROOT": str(root.path), **(env or {})},
                             catch_exceptions=False)
    return run


@pytest.fixture
def indexed_seeds(root: ArchiveRoot, seeds: Path) -> ArchiveRoot:
    """A root holding the five seeds, archived and indexed."""
    from archive.index import reindex
    from archive.ingest import ingest
    ingest(root, [seeds])
    reindex(root)
    return root


def bags(root: ArchiveRoot) -> list[Path]:
    return list(bag_dirs(root))


def assert_valid_bags(root: ArchiveRoot) -> list[Path]:
    """Every bag in the store validates with bagit-python; returns them."""
    found = bags(root)
    for bag in found:
        bagit.Bag(str(bag)).validate()
    return found


def snapshot(root: ArchiveRoot) -> dict[str, tuple[int, int]]:
    """(size, mtime_ns) of every file in bags/ except the lock, to prove nothing changed."""
    result = {}
    for folder, _, files in os.walk(root.bags):
        for name in files:
            path = Path(folder) / name
            if path != root.lock_file:
                info = path.stat()
                result[str(path.relative_to(root.bags))] = (info.st_size, info.st_mtime_ns)
    return result
