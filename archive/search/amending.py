"""Amend an item's record, then make the index follow at once: what ``archive amend`` does as a whole.

:func:`archive.preservation.amend.amend_item` changes the bag and knows nothing of the index;
:func:`archive.search.index_update.update_items` then replaces the bag's documents (its own
and, for a feed or web archive, every article's) in one commit: no full reindex. Decisions:

* **Restricting takes effect when this returns.** Every reader of the site goes through the
  live index, whose every cache (the kept searcher and its columns, the browse snapshot, the
  OAI-PMH listings) is keyed by the index's folder and TOC generation, which the commit
  moves; an item's pages and its original read the bag's own ``restricted`` as well, so they
  are refused from the moment the bag changes, before the index has followed.
* **The bag comes first and is the truth.** If the index cannot follow (a full disk), the
  report says so (and the command exits 1); running the same amendment again, refused as
  changing nothing, first brings the index in line with the bag, as does ``archive reindex``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from archive.errors import ArchiveError, AmendmentRefused
from archive.preservation.amend import amend_item
from archive.preservation.catalog import get_item
from archive.preservation.descriptive_versions import Amendment, amendment_events
from archive.preservation.root import ArchiveRoot
from archive.search.index import live_searcher
from archive.search.index_update import update_items
from archive.search.reindex import ReindexReport
from archive.search.schema import utc_datestamp

__all__ = ["AmendedAndIndexed", "amend_and_index"]


@dataclass
class AmendedAndIndexed:
    """The bag's change, and what the index did (or why it could not)."""

    amendment: Amendment
    index: ReindexReport

    def as_dict(self) -> dict:
        return {**self.amendment.as_dict(),
                "index": {"indexed": self.index.indexed, "removed": self.index.removed,
                          "error": self.index.error, "seconds": round(self.index.seconds, 3),
                          "failures": [{"bag": b, "reason": r} for b, r in self.index.failures]}}


def _index(root: ArchiveRoot, bag_id: str) -> ReindexReport:
    """The bag's documents replaced by what it says now; a failure is reported, not raised."""
    try:
        return update_items(root, index=[bag_id])
    except Exception as exc:  # noqa: BLE001 - the bag has changed; the derived index only lags
        return ReindexReport.not_updated([bag_id], f"{type(exc).__name__}: {exc}")


def _lagging(root: ArchiveRoot, identifier: str) -> str | None:
    """The id of the item if the live index has not followed its record's last amendment or access."""
    try:
        item = get_item(root, identifier)
        fields = live_searcher(root).searcher.document(id=item.id)
    except ArchiveError:
        return None
    if not fields or item.withdrawn:
        return None                       # not indexed at all, or a stub: archive check's to mend
    events = amendment_events(item.provenance)
    last = utc_datestamp(events[-1]["eventDateTime"]) if events else None
    indexed = (fields.get("amended") or {}).get("date")
    return item.id if indexed != last or bool(fields.get("restricted")) != item.hidden else None


def amend_and_index(root: ArchiveRoot, identifier: str, assignments: Iterable[str] | Mapping[str, Iterable[str]],
                    reason: str, operator: str | None = None) -> AmendedAndIndexed:
    """Amend the record of item ``identifier`` and update the index; see the module docs."""
    try:
        amendment = amend_item(root, identifier, assignments, reason, operator)
    except AmendmentRefused:
        behind = _lagging(root, identifier)
        if behind is not None:
            _index(root, behind)           # a kill left the index behind the bag: catch up, then refuse
        raise
    return AmendedAndIndexed(amendment, _index(root, amendment.id))
