"""Archive what is handed over, then index it: what ``archive ingest`` does as a whole.

:func:`archive.preservation.ingest.ingest` makes the bags and knows nothing
of the search index; :mod:`archive.search.index_update` changes the live
index and knows nothing of ingest runs. This module puts the two steps one
after the other, and sits in the search layer because it uses both: the
preservation layer never imports the search layer.

Decisions:

* **The bags come first and are the truth.** Indexing starts once the run's
  bags are committed; a failure to derive or index one is reported by the
  index step and never undoes an ingest.
* **The index step is imported only when indexing** (extraction and Whoosh
  are heavy), so importing this module does not load them, and neither does
  ``archive ingest --no-index``.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Callable

from archive.errors import ArchiveError
from archive.preservation.already_archived import AmendedOutcome
from archive.preservation.catalog import bag_dirs
from archive.preservation.ingest import ingest
from archive.preservation.outcomes import ARCHIVED, IngestReport, Outcome
from archive.preservation.root import ArchiveRoot

if TYPE_CHECKING:  # the index module is imported only when indexing
    from archive.search.reindex import ReindexReport

__all__ = ["ingest_and_index"]


def ingest_and_index(root: ArchiveRoot, paths: list[str | os.PathLike] | None = None, *,
                     index: bool = True,
                     on_outcome: Callable[[Outcome, int, int], None] | None = None,
                     **options) -> tuple[IngestReport, "ReindexReport | None"]:
    """Ingest, then index the bags just archived (what ``archive ingest`` does).

    Bagging and indexing stay separate steps: the bags are committed first and
    are the truth; a failure to derive or index one is reported by the index
    step and never undoes an ingest (``archive check --repair`` or ``archive
    reindex`` catch up). If the index cannot be changed at all (a full disk, a
    damaged index), the report says why (``error``) and names every bag as not
    yet searchable, rather than raising: they are archived. With no index
    yet, the first indexing builds it whole.
    """
    archived: list[str] = []

    def collect(outcome: Outcome, done: int, total: int) -> None:
        if outcome.id and (outcome.status == ARCHIVED or isinstance(outcome, AmendedOutcome)):
            archived.append(outcome.id)       # a new bag, or bytes already archived whose record --amend changed
        if on_outcome:
            on_outcome(outcome, done, total)

    try:
        report = ingest(root, paths, on_outcome=collect, **options)
    except ArchiveError as stopped:
        # The run stopped (a full store, say) after archiving some bags: they are indexed
        # all the same, and the error says whether they are searchable.
        if index and archived:
            indexed = _index(root, archived)
            stopped.details.append(
                f"the {len(archived)} items archived before it stopped are "
                + ("searchable" if not (indexed.error or indexed.failed)
                   else "not yet searchable: run `archive reindex` once the problem is fixed"))
        raise
    if not index or not (archived or _lagging(root)):
        return report, None
    return report, _index(root, archived)


def _index(root: ArchiveRoot, archived: list[str]) -> "ReindexReport":
    """Index these bags, and any the index lacks; a failure of the index as a whole is reported, not raised."""
    from archive.search.index_update import index_items  # heavy (extraction, Whoosh): only when indexing
    try:
        return index_items(root, archived + _left_behind(root, set(archived)))
    except Exception as exc:  # noqa: BLE001 - the bags are committed; the derived index only lags
        from archive.search.reindex import ReindexReport
        return ReindexReport.not_updated(archived, f"{type(exc).__name__}: {exc}")


def _lagging(root: ArchiveRoot) -> bool:
    """Whether the index lacks bags an earlier run archived (or there is none while there
    are bags): an ingest that archives nothing new still catches up (found by the crash
    matrix: every run killed before its index step, then a run with nothing new)."""
    from archive.search.index import open_index
    try:
        open_index(root)
    except ArchiveError:     # none, or unreadable: the indexing step builds it whole
        return next(iter(bag_dirs(root)), None) is not None
    return bool(_left_behind(root, set()))


def _left_behind(root: ArchiveRoot, archived: set[str]) -> list[str]:
    """Bags archived by an earlier run that never reached its index step (killed, or stopped
    by a full disk), so that the next ingest catches up. Counting is cheap; the ids are only
    compared when the index holds fewer documents than there are bags."""
    from archive.search.index import indexed_id_set, open_index
    try:
        ix = open_index(root)
    except ArchiveError:
        return []           # no index (yet): the indexing step builds it whole from every bag
    bags = {bag.name for bag in bag_dirs(root)} - archived
    if ix.doc_count_all() >= len(bags):
        return []
    return sorted(bags - indexed_id_set(ix))
