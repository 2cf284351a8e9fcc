"""Withdraw an item, then make the index follow at once: what ``archive withdraw`` does as a whole.

:func:`archive.preservation.withdraw.withdraw_item` changes the bag and knows nothing of the
index; :func:`archive.search.index_update.update_items` replaces the bag's documents with its
stubs (:mod:`archive.search.tombstones`) in one commit, no full reindex. Decisions:

* **What was public is recorded first.** Before the bag changes, the item's public records
  are read from the live index (its own and, for a feed or web archive, every listed
  article: id, source, listing entry) and handed to the withdrawal, which keeps them in
  its deaccession event: they are what OAI-PMH must announce as deleted and what the
  site must answer 410 for, even once the payload is purged and the index rebuilt. With no
  readable index they are derived from the bag instead.
* **The bag comes first and is the truth.** If the index cannot follow (a full disk), the
  report says so and ``archive check --repair`` finishes the work; the web never shows a
  withdrawn item's content meanwhile, since an item page reads the bag's state too.
* **A repeated command catches up.** Withdrawing an item again is refused (nothing to do),
  but if a kill left the index behind its bag, the index is brought in line before the
  refusal is raised, so running the command again is always the way to finish it.
"""

from __future__ import annotations

from dataclasses import dataclass

from archive.errors import ArchiveError, WithdrawalRefused
from archive.preservation.catalog import get_item
from archive.preservation.root import ArchiveRoot
from archive.preservation.withdraw import Withdrawal, withdraw_item
from archive.search.index import live_searcher
from archive.search.index_update import update_items
from archive.search.reindex import ReindexReport

__all__ = ["WithdrawnAndIndexed", "public_records", "withdraw_and_index"]


@dataclass
class WithdrawnAndIndexed:
    """The bag's change, and what the index did (or why it could not)."""

    withdrawal: Withdrawal
    index: ReindexReport

    def as_dict(self) -> dict:
        return {**self.withdrawal.as_dict(),
                "index": {"indexed": self.index.indexed, "removed": self.index.removed,
                          "error": self.index.error, "seconds": round(self.index.seconds, 3),
                          "failures": [{"bag": b, "reason": r} for b, r in self.index.failures]}}


def _record(fields: dict) -> dict:
    found = {"id": fields.get("id"), "source": fields.get("source"), "entry": fields.get("entry")}
    return {k: v for k, v in found.items() if v}


def public_records(root: ArchiveRoot, bag_id: str) -> list[dict]:
    """The public records of bag ``bag_id``: from the live index, else derived from the bag."""
    try:
        searcher = live_searcher(root).searcher     # kept per thread: never closed here
        found = [searcher.document(id=bag_id), *searcher.documents(container=bag_id)]
        return [_record(fields) for fields in found if fields and not fields.get("restricted")]
    except ArchiveError:
        pass
    from archive.description.parts import derive_records    # heavy: only when the index cannot say
    from archive.search.schema import document_for
    item = get_item(root, bag_id)
    if item.hidden or item.withdrawn:
        return []
    return [_record(document_for(derived)) for derived in derive_records(item)]


def _index(root: ArchiveRoot, bag_id: str) -> ReindexReport:
    """The bag's documents replaced by what it says now; a failure is reported, not raised."""
    try:
        return update_items(root, index=[bag_id])
    except Exception as exc:  # noqa: BLE001 - the bag has changed; the derived index only lags
        return ReindexReport.not_updated([bag_id], f"{type(exc).__name__}: {exc}")


def _lagging(root: ArchiveRoot, bag_id: str) -> bool:
    """Whether the live index does not show bag ``bag_id`` as its bag says (withdrawn or not)."""
    try:
        fields = live_searcher(root).searcher.document(id=bag_id)
        return bool(fields) and bool(fields.get("withdrawn")) != get_item(root, bag_id).withdrawn
    except ArchiveError:
        return False


def withdraw_and_index(root: ArchiveRoot, identifier: str, reason: str, operator: str | None = None,
                       purge: bool = False) -> WithdrawnAndIndexed:
    """Withdraw (or purge) the item ``identifier`` and update the index; see the module docs."""
    try:
        item = get_item(root, identifier)
    except ArchiveError:
        item = None                     # withdraw_item names the problem, with any others
    records = public_records(root, item.id) if item is not None and not item.withdrawn else None
    try:
        withdrawal = withdraw_item(root, identifier, reason, operator, purge=purge, records=records)
    except WithdrawalRefused:
        if item is not None and _lagging(root, item.id):
            _index(root, item.id)       # a kill left the index behind the bag: catch up, then refuse
        raise
    return WithdrawnAndIndexed(withdrawal, _index(root, withdrawal.id))
