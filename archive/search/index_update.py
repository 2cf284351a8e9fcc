"""Changing the live index: documents added, replaced or removed, one new TOC per change.

:mod:`archive.search.reindex` builds whole indexes (``archive reindex``); this module
changes the live one after an ingest (:func:`index_items`) and when ``archive
check --repair`` mends it (:func:`update_items`). Decisions:

* **One change, one commit.** The new documents are written as new segments
  (:mod:`archive.search.index_build`, in worker processes for many); the older
  documents of the same ids and the removed ones are marked deleted; the
  merge policy (:func:`archive.search.segment_merge.plan_merges`) picks segments to
  merge, which always includes every segment that now has deleted documents;
  the merged segments are written; then the next TOC lists the result, and
  files no TOC lists any more are removed. A reader sees the old TOC or the
  new one, never a half.
* **Equal to a rebuild.** Because deletions are made final in the same commit
  and merges keep exact field lengths, the live index after any change holds
  what a full reindex of the same bags (with the same pair words) holds:
  the same documents, terms, postings and statistics, so the same scores.
  ``tests/test_index_life.py`` and ``bench/index_life.py`` check it after
  every step of long runs.
* **Whoosh's writer is not used here.** Its merge was the crash of the sixth
  single-article ingest, and it is slow and inexact (see
  :mod:`archive.search.segment_merge`); no Whoosh write lock is taken, since our own
  index lock (:func:`archive.search.index.index_lock`) already serialises writers.
"""

from __future__ import annotations

import time
from collections.abc import Iterable

from whoosh.index import TOC, clean_files
from whoosh.reading import SegmentReader

from archive.preservation.catalog import is_item_id
from archive.errors import IndexUnreadable
from archive.search.index import BuildMeta, _generation, _open_dir, current_folder, index_lock, read_build_meta
from archive.search.index_build import build
from archive.search.reindex import ReindexReport, _reindex_locked, unwritable_index
from archive.description.authority import load_authority
from archive.search.phrases import PAIR_MIN_ARTICLES
from archive.search.posting_lists import term_docs
from archive.search.repeated_entries import mark_repeated_entries
from archive.preservation.root import ArchiveRoot
from archive.search.segment_merge import merge_segments, plan_merges

__all__ = ["PAIRS_REGROW", "commit", "index_items", "remove_items", "update_items"]

#: When the archive has grown to this many times the articles its pair words were
#: chosen from, the next index_items rebuilds the index (new pair words) instead.
PAIRS_REGROW = 4


def _unique_ids(ids: Iterable[str]) -> list[str]:
    """Ids in first-seen order, each once, lower-cased."""
    return list(dict.fromkeys(i.strip().lower() for i in ids if i and i.strip()))


def _pairs_outgrown(meta: BuildMeta, articles: int) -> bool:
    """Whether the build's pair words were chosen for a much smaller archive than this one."""
    return articles >= PAIR_MIN_ARTICLES and articles >= PAIRS_REGROW * max(1, meta.pair_articles)


def index_items(root: ArchiveRoot, ids: Iterable[str]) -> ReindexReport:
    """Add or replace the documents of these bags in the live index (after an ingest).

    With no index yet, or one this version cannot read, or one whose pair
    words were chosen for an archive a quarter of this size, the whole index
    is rebuilt instead (it covers these bags too).
    """
    return update_items(root, index=ids)


def remove_items(root: ArchiveRoot, ids: Iterable[str]) -> int:
    """Delete the documents of these ids from the live index; how many were deleted.

    For index entries whose bag no longer exists: nothing may stay findable
    that the bags do not hold.
    """
    return update_items(root, remove=ids).removed


def update_items(root: ArchiveRoot, index: Iterable[str] = (), remove: Iterable[str] = ()) -> ReindexReport:
    """(Re)index the bags ``index`` and remove the documents of ``remove``, in one commit.

    Ids that are not item identifiers are reported as failures and never
    looked up as paths. See :func:`index_items` for when the whole index is
    rebuilt instead.
    """
    started = time.monotonic()
    try:
        return _update_locked(root, _unique_ids(index), _unique_ids(remove), started)
    except OSError as exc:
        raise unwritable_index(root, exc) from exc


def _update_locked(root: ArchiveRoot, wanted: list[str], dropped: list[str], started: float) -> ReindexReport:
    with index_lock(root):
        folder = current_folder(root)
        if folder is None or _generation(folder) < 0:   # no TOC (exists_in would unpickle it)
            return _reindex_locked(root, started)
        try:
            ix = _open_dir(folder)
            meta = read_build_meta(folder)
        except IndexUnreadable:
            return _reindex_locked(root, started)   # derived data: rebuild it whole
        if wanted and _pairs_outgrown(meta, ix.doc_count() + len(wanted)):
            return _reindex_locked(root, started)
        report = ReindexReport(folder=folder.name)
        names = []
        for item_id in wanted:
            if is_item_id(item_id):   # never let an id reach outside bags/
                names.append(item_id)
            else:
                report.failures.append((item_id, "not an item identifier"))
        built, _ = build(folder, root.bags, names, load_authority(root), meta.pair_words)
        report.failures += built.failures
        report.removed = commit(ix, built.segments, names + dropped)
        report.indexed += built.indexed
    report.seconds = time.monotonic() - started
    return report


def commit(ix, added: list, delete_ids: list[str]) -> int:
    """List ``added`` segments in the next TOC of ``ix``, with the documents of ``delete_ids`` gone.

    Deleted documents are marked in the index's segments (not in ``added``),
    segments are merged as :func:`plan_merges` says, and the next TOC is
    written. Returns how many documents were deleted. Segments written for
    this commit are removed again if it fails.
    """
    segments = ix._segments()
    try:
        deleted = _mark_deleted(ix, segments, delete_ids)
        mark_repeated_entries(ix, segments, list(added))
        kept = _merged(ix, segments + list(added))
    except BaseException:
        _remove_unlisted(ix)
        raise
    generation = ix.latest_generation() + 1
    TOC(ix.schema, kept, generation).write(ix.storage, ix.indexname)
    clean_files(ix.storage, ix.indexname, generation, kept)
    return deleted


def _mark_deleted(ix, segments: list, ids: list[str]) -> int:
    """Mark every document of these ids deleted in ``segments``; how many were."""
    if not ids:
        return 0
    deleted = 0
    for segment in segments:
        reader = SegmentReader(ix.storage, ix.schema, segment)
        try:
            for item_id in ids:   # the bag's own document and those of the articles derived from it
                for docnum in {*term_docs(reader, "id", item_id), *term_docs(reader, "container", item_id)}:
                    segment.delete_document(docnum)
                    deleted += 1
        finally:
            reader.close()
    return deleted


def _merged(ix, segments: list) -> list:
    """``segments`` after the merges the policy asks for (a merged group takes its first member's place)."""
    result = list(segments)
    for group in plan_merges(segments):
        merged = merge_segments(ix, group)
        place = result.index(group[0])
        result[place:place + 1] = [merged] if merged is not None else []
        for segment in group[1:]:
            result.remove(segment)
    return result


def _remove_unlisted(ix) -> None:
    """Remove segment files the current TOC does not list (a failed commit's, or a crashed one's)."""
    generation = ix.latest_generation()
    clean_files(ix.storage, ix.indexname, generation, ix._segments())
