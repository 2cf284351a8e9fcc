"""The search index on disk: its folders, the lock, each build's facts, and opening it.

The bags are the truth; this index is a cache of :func:`archive.description.derive.derive`
over them, so it is built the simplest safe way rather than the most durable
one. Whoosh never calls fsync, and neither do we: after a crash the answer is
``archive reindex``, never a repair.

Layout of ``root.index``::

    index/CURRENT                      the name of the live folder (one line)
    index/build-<timestamp>-<rand>/    one complete Whoosh index per build, with
        archive-index.json             its index format and pair words (BuildMeta)
    index/.lock                        held by whoever writes (reindex, index_items)

This module owns that layout, reading and writing it alike, and the opening
of the live index for readers (:func:`open_index`, :func:`live_searcher`).
What a document holds is :mod:`archive.search.schema`'s. Segments are written
by :mod:`archive.search.index_build` with the bulk segment writer
(:mod:`archive.search.segment_writer`), in one worker process per core; a full
build is :mod:`archive.search.reindex`'s, which lists them in Whoosh's TOC and
publishes the build. Changes to the live index after an ingest or a repair are
:mod:`archive.search.index_update`'s.

A full reindex builds a fresh folder while the old one keeps answering, then
publishes it by replacing ``CURRENT`` atomically (temp file + ``os.replace``),
so a reader that reads ``CURRENT`` always finds a complete index. Old folders
are removed after publishing; a searcher already open on one keeps its open
files (POSIX unlink semantics), and the next :func:`open_index` sees the new one.

Two Whoosh traps, measured by the project, shape the code:

* ``Searcher.refresh()`` returns duplicate hits after segments merge, so every
  query opens a fresh searcher (``with ix.searcher() as s:``), never refreshes.
* ``update_document`` twice for the same unique id inside one writer leaves two
  documents, so ids are deduplicated before anything is written.
"""

from __future__ import annotations

import fcntl
import json
import os
import re
import secrets
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.query import Term

from archive.errors import ArchiveError, IndexUnavailable, IndexUnreadable
from archive.preservation.root import ArchiveRoot
from archive.search.doc_columns import column_values
from archive.search.ranking import ArchiveBM25F

__all__ = [
    "BUILD_META",
    "INDEX_FORMAT",
    "BuildMeta",
    "LiveSearcher",
    "current_folder",
    "index_lock",
    "indexed_ids",
    "indexed_withdrawn",
    "live_searcher",
    "open_index",
    "read_build_meta",
    "write_build_meta",
]

CURRENT_NAME = "CURRENT"
LOCK_NAME = ".lock"
BUILD_PREFIX = "build-"
_BUILD_NAME = re.compile(r"^build-\d{8}T\d{6}\d{6}Z-[0-9a-f]{8}$")


# --- layout -------------------------------------------------------------------------


@contextmanager
def index_lock(root: ArchiveRoot) -> Iterator[None]:
    """One index writer at a time; without it an index_items during a reindex would be lost.

    An flock dies with its process, so a killed reindex never wedges the next.
    """
    root.index.mkdir(parents=True, exist_ok=True)
    with open(root.index / LOCK_NAME, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def current_folder(root: ArchiveRoot) -> Path | None:
    """The live index folder named by ``CURRENT``, or None when there is none yet."""
    try:
        name = (root.index / CURRENT_NAME).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    # Only a name we could have written: CURRENT must never point outside index/.
    if not _BUILD_NAME.match(name) or not (root.index / name).is_dir():
        return None
    return root.index / name


_TOC_FILE = re.compile(rf"^_{whoosh_index._DEF_INDEX_NAME}_(\d+)\.toc$")
#: Live searchers kept per thread (one per archive root, the most recently used).
SEARCHERS_PER_THREAD = 4
_local = threading.local()


def _generation(folder: Path) -> int:
    """The newest TOC generation in a build folder (each commit writes the next one)."""
    found = (_TOC_FILE.match(name) for name in os.listdir(folder))
    return max((int(m.group(1)) for m in found if m), default=-1)


class LiveSearcher:
    """A Whoosh searcher on one generation of the live index, plus caches derived from it.

    A searcher over one TOC generation never changes, so whatever is computed
    from it (facet columns, display names) can be kept as long as it is.
    """

    def __init__(self, key: tuple[str, int], ix, searcher, meta: BuildMeta, root: ArchiveRoot | None = None) -> None:
        self.key = key
        self.ix = ix
        self.searcher = searcher
        self.meta = meta
        self.root = root
        self.cache: dict = {}

    def close(self) -> None:
        self.searcher.close()


def live_searcher(root: ArchiveRoot) -> LiveSearcher:
    """The current thread's searcher on the live index, opened anew when the index changed.

    Opening an index and a searcher costs tens of milliseconds (every segment
    file is opened), more than a search; so a searcher is kept per thread and
    archive root, keyed by the live folder (``CURRENT``) and its TOC
    generation. When either changes, a *fresh* searcher is opened, never
    ``Searcher.refresh()`` (which returns duplicate hits after merges). An
    old folder removed by a reindex stays readable through the open files
    until the kept searcher is closed. Searchers are not shared between
    threads: Whoosh does not promise that they are thread-safe.
    """
    kept: dict[str, LiveSearcher] = _local.__dict__.setdefault("searchers", {})
    for attempt in range(3):
        folder = current_folder(root)
        if folder is None:
            raise IndexUnavailable("no index yet: run archive reindex")
        try:
            key = (str(folder), _generation(folder))
            entry = kept.get(str(root.path))
            if entry is not None and entry.key == key:
                return entry
            ix = _open_dir(folder)
            fresh = LiveSearcher(key, ix, ix.searcher(weighting=ArchiveBM25F()), read_build_meta(folder), root)
        except (OSError, whoosh_index.EmptyIndexError):
            if attempt == 2:       # a reindex swapped the folder away three times running
                raise ArchiveError("the index changed while it was being opened; try again") from None
            continue
        old = kept.pop(str(root.path), None)
        if old is not None:
            old.close()
        while len(kept) >= SEARCHERS_PER_THREAD:
            kept.pop(next(iter(kept))).close()
        kept[str(root.path)] = fresh
        return fresh
    raise AssertionError("unreachable")


def _open_dir(folder: Path):
    """Open one build folder; an index this version cannot read is an IndexUnreadable.

    Whoosh pickles the schema, analyzers included, into every TOC, so an index
    written by another version of this code may name a class that is gone.
    Missing files (a folder removed by a reindex) stay OSError / EmptyIndexError.
    """
    try:
        return whoosh_index.open_dir(str(folder))
    except (OSError, whoosh_index.EmptyIndexError):
        raise
    except Exception as exc:  # noqa: BLE001 - unpickling can raise almost anything
        raise _unreadable(folder, f"{type(exc).__name__}: {exc}") from exc


def _unreadable(folder: Path, why: str) -> IndexUnreadable:
    return IndexUnreadable(
        f"the search index index/{folder.name} cannot be read by this version of the archive "
        f"({why}); run `archive reindex` to rebuild it from the bags")


def open_index(root: ArchiveRoot):
    """The live Whoosh index; readers call this per request so they follow reindexes."""
    folder = current_folder(root)
    if folder is None or _generation(folder) < 0:   # no TOC (exists_in would unpickle it)
        raise IndexUnavailable("no index yet: run archive reindex")
    return _open_dir(folder)


#: What a build folder records beside the Whoosh files, and the version of this layout:
#: an index of another version cannot be read by this code and is rebuilt.
BUILD_META = "archive-index.json"
INDEX_FORMAT = 12


@dataclass(frozen=True)
class BuildMeta:
    """Facts of one build that searching and later additions need.

    ``pair_words``: the words whose adjacent pairs the body text's pair field
    holds (:mod:`archive.search.phrases`); ``pair_articles``: the archive's size when
    they were chosen.
    """

    pair_words: frozenset[str] = frozenset()
    pair_articles: int = 0


def write_build_meta(folder: Path, meta: BuildMeta) -> None:
    data = {"format": INDEX_FORMAT, "pair_words": sorted(meta.pair_words),
            "pair_articles": meta.pair_articles}
    tmp = folder / f".{BUILD_META}.tmp"
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=0), encoding="utf-8")
    os.replace(tmp, folder / BUILD_META)


def read_build_meta(folder: Path) -> BuildMeta:
    """The build's facts; an IndexUnreadable for a folder of another index format."""
    try:
        data = json.loads((folder / BUILD_META).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise _unreadable(folder, f"no {BUILD_META}: written by an earlier version") from None
    except ValueError as exc:
        raise _unreadable(folder, f"{BUILD_META}: {exc}") from exc
    if not isinstance(data, dict) or data.get("format") != INDEX_FORMAT:
        found = data.get("format") if isinstance(data, dict) else None
        raise _unreadable(folder, f"index format {found!r}, this version writes {INDEX_FORMAT}")
    try:
        return BuildMeta(pair_words=frozenset(data["pair_words"]), pair_articles=int(data["pair_articles"]))
    except (KeyError, TypeError, ValueError) as exc:
        raise _unreadable(folder, f"{BUILD_META}: {exc!r}") from exc


# --- build folders: made, published, removed (by archive.search.reindex) ---------------


def _new_build_folder(root: ArchiveRoot) -> Path:
    """A fresh, empty folder for one build; timestamp for people, random part for uniqueness."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    folder = root.index / f"{BUILD_PREFIX}{stamp}-{secrets.token_hex(4)}"
    folder.mkdir(parents=True)
    return folder


def _publish(root: ArchiveRoot, folder: Path) -> None:
    """Make ``folder`` the live index by replacing CURRENT atomically."""
    tmp = root.index / f".{CURRENT_NAME}.{secrets.token_hex(4)}.tmp"
    tmp.write_text(folder.name + "\n", encoding="utf-8")
    os.replace(tmp, root.index / CURRENT_NAME)


def _remove_old_builds(root: ArchiveRoot, keep: Path) -> None:
    """Remove every build folder but the live one (old ones, and crashed builds' leftovers).

    Called under the index lock, so no other build is in progress. Errors are
    ignored: a leftover folder costs space only and goes next time.
    """
    for entry in root.index.iterdir():
        if entry.name.startswith(BUILD_PREFIX) and entry.name != keep.name and entry.is_dir():
            shutil.rmtree(entry, ignore_errors=True)


# --- reading ------------------------------------------------------------------------


def indexed_id_set(ix) -> set[str]:
    """The ids of every live document of an open index, from the id column (no stored fields read)."""
    with ix.searcher() as searcher:
        reader = searcher.reader()
        column = column_values(reader, "id")
        return {_text(column[d]) for d in reader.all_doc_ids()}


def _text(value) -> str:
    return value.decode("utf-8") if isinstance(value, bytes) else value


def indexed_entries(root: ArchiveRoot) -> dict[str, tuple[str, bool]]:
    """``{id: (sha256, restricted)}`` of every live bag's document, to compare against the bags.

    The articles of a feed or web archive are left out: they stand or fall with
    their file's own document (an update of a bag replaces them all).
    """
    ix = open_index(root)
    with ix.searcher() as searcher:
        return {fields["id"]: (fields.get("sha256", ""), bool(fields.get("restricted")))
                for fields in searcher.all_stored_fields() if not fields.get("container")}


def indexed_withdrawn(root: ArchiveRoot) -> set[str]:
    """The ids of the live bags' withdrawn stubs (:mod:`archive.search.tombstones`), to compare
    against what the bags say of their withdrawal."""
    ix = open_index(root)
    with ix.searcher() as searcher:
        return {searcher.stored_fields(docnum)["id"] for docnum in searcher.docs_for_query(Term("withdrawn", True))
                if not searcher.stored_fields(docnum).get("container")}


def indexed_ids(root: ArchiveRoot) -> dict[str, str]:
    """``{id: sha256}`` of every live bag's document (not its articles'), to compare against the bags."""
    ix = open_index(root)
    with ix.searcher() as searcher:
        return {fields["id"]: fields.get("sha256", "") for fields in searcher.all_stored_fields()
                if not fields.get("container")}
