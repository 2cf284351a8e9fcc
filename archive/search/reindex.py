"""Full builds: the whole index rebuilt from the bags into a new folder, then published.

``archive reindex`` is the answer to any doubt about the index (a crash, an
index of another version, new pair words), so it depends on nothing the live
index holds: every bag is derived again (:mod:`archive.search.index_build`,
one worker process per core) into a fresh build folder, the segments are
listed in a TOC of that folder, the build's facts are written
(:class:`archive.search.index.BuildMeta`), and only then is the folder
published by replacing ``CURRENT`` (:mod:`archive.search.index` owns that
layout). The old index keeps answering throughout, and a build that fails
removes its folder and leaves the live index as it was.

Builds and changes to the live index (:mod:`archive.search.index_update`) hold
the same index lock, so an ingest's documents can never be lost between a
build's reading of the bags and its publishing. Both report in a
:class:`ReindexReport`, defined here because a change that cannot be made in
place falls back to a full build.
"""

from __future__ import annotations

import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

from whoosh import index as whoosh_index

from archive.description.authority import load_authority
from archive.errors import StoreUnwritable
from archive.preservation.catalog import bag_dirs
from archive.preservation.root import ArchiveRoot
from archive.search.index import (BuildMeta, _new_build_folder, _publish, _remove_old_builds, index_lock,
                                  write_build_meta)
from archive.search.repeated_entries import mark_repeated_entries
from archive.search.index_build import build, list_segments
from archive.search.schema import SCHEMA

__all__ = ["ReindexReport", "reindex"]


@dataclass
class ReindexReport:
    """What a reindex or index_items did: documents written and bags that failed, with why."""

    indexed: int = 0
    removed: int = 0              # documents deleted (index_update.update_items)
    failures: list[tuple[str, str]] = field(default_factory=list)   # (bag name, reason)
    seconds: float = 0.0
    folder: str | None = None     # the live folder afterwards
    error: str | None = None      # why the index could not be changed at all (nothing was)

    @property
    def failed(self) -> int:
        return len(self.failures)

    @classmethod
    def not_updated(cls, ids: list[str], why: str) -> "ReindexReport":
        """The report of an index update that failed as a whole: every bag named, with why."""
        return cls(failures=[(item_id, "not yet searchable") for item_id in ids], error=why)


def _build(root: ArchiveRoot, report: ReindexReport) -> Path:
    """Index every bag into a fresh folder and return it (not yet published)."""
    folder = _new_build_folder(root)
    try:
        whoosh_index.create_in(str(folder), SCHEMA)
        names = [bag.name for bag in bag_dirs(root)]
        built, pair_words = build(folder, root.bags, names, load_authority(root), None)
        mark_repeated_entries(whoosh_index.open_dir(str(folder)), [], built.segments)
        list_segments(folder, built.segments)
        write_build_meta(folder, BuildMeta(pair_words=pair_words, pair_articles=len(names)))
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    report.indexed += built.indexed
    report.failures += built.failures
    return folder


def _reindex_locked(root: ArchiveRoot, started: float) -> ReindexReport:
    report = ReindexReport()
    folder = _build(root, report)
    _publish(root, folder)
    _remove_old_builds(root, keep=folder)
    report.folder = folder.name
    report.seconds = time.monotonic() - started
    return report


def reindex(root: ArchiveRoot) -> ReindexReport:
    """Rebuild the whole index from the bags, then publish it; the old one answers meanwhile."""
    started = time.monotonic()
    try:
        with index_lock(root):
            return _reindex_locked(root, started)
    except OSError as exc:
        raise unwritable_index(root, exc) from exc


def unwritable_index(root: ArchiveRoot, exc: OSError) -> StoreUnwritable:
    """The error of an index that could not be written: what, why, and that nothing changed."""
    where = f" ({exc.filename})" if exc.filename else ""
    return StoreUnwritable(f"cannot write the search index in {root.index}: {exc.strerror or exc}{where}; "
                           "the live index is unchanged (the bags are untouched); once there is room, "
                           "run `archive reindex`")
