"""What the index and the site keep of a withdrawn item: stub documents and tombstone facts.

A withdrawn item leaves search, browsing, facets, the people and dates pages and the
OAI-PMH lists, yet the site must still know it was there: its page answers 410 Gone with a
tombstone, and OAI-PMH lists it as a deleted record. Decisions:

* **One stub document per record that was public**: the item's own, and each article of a
  withdrawn feed or web archive that the withdrawal recorded (the ``records`` of its
  deaccession event, see :mod:`archive.preservation.withdraw`). A stub holds no text, no
  title, no people, no places: nothing of the content. It is ``restricted``, so every query
  path excludes it exactly as it excludes restricted documents, and ``withdrawn``, so that
  OAI-PMH can list it as deleted. Its stored ``tombstone`` holds the withdrawal's date,
  public reason, purge date and whether it may be shown at all (``public``: a restricted or
  untrusted item stays invisible, as it was, and is never announced as a deleted record);
  ``changed`` is the withdrawal's datestamp (the deleted record's OAI-PMH datestamp);
  ``source`` its set; an article's stub keeps ``container`` and ``entry``, so that the
  withdrawn article keeps its place as the listing of its entry and a later fetch's copy of
  the same item stays unlisted (a takedown of a feed is not undone by tomorrow's fetch).
* **From the bag's tag files alone** (a purged bag has nothing else), by every index
  writer through :func:`archive.search.index_build._documents`: the live index after a
  withdrawal equals a rebuild.
* **The web reads the bag, not the index** (:func:`tombstone`): the facts a tombstone page
  shows come from the bag itself, so a page answers 410 even if the index lags.
* **A readmitted item's documents carry ``changed``**, the readmission's datestamp: an
  OAI-PMH record's datestamp is its last change, and a harvester that saw it deleted must
  see it come back (:func:`changed_stamp`).
"""

from __future__ import annotations

from archive.errors import ArchiveError
from archive.preservation.access_events import READMISSION
from archive.description.parts import is_record_id
from archive.preservation.catalog import Item, load_item, withdrawal_events
from archive.preservation.root import ArchiveRoot
from archive.search.schema import utc_datestamp

__all__ = ["changed_stamp", "current_withdrawal", "tombstone", "withdrawal_facts", "withdrawn_documents"]

#: event types after which a record's OAI-PMH datestamp moves (its content or access changed):
#: a readmission, and an amendment of the archivist's record (``archive amend``), so that an
#: incremental harvest picks up the corrected metadata
CHANGE_EVENTS = (READMISSION, "metadata modification")


def _stamp(value: str | None) -> str | None:
    try:
        return utc_datestamp(value) if value else None
    except ArchiveError:
        return None


def current_withdrawal(item: Item) -> list[dict]:
    """The deaccession events of the item's withdrawal in force (after its last readmission), oldest first."""
    return withdrawal_events(item.provenance.get("events") or [])


def _detail(one: dict) -> dict:
    detail = one.get("eventOutcomeDetail")
    return detail if isinstance(detail, dict) else {}


def withdrawal_facts(item: Item) -> dict | None:
    """{withdrawn, reason, purged, purge_reason, public, records} of a withdrawn item, else None.

    ``withdrawn`` and ``reason`` are the first deaccession's (when it left access and why);
    ``purged`` and ``purge_reason`` the purge's, if its payload is gone; ``records`` the public
    records every deaccession of this withdrawal recorded, each once.
    """
    events = current_withdrawal(item)
    if not events:
        return None
    first, purge = events[0], next((e for e in events if _detail(e).get("purged")), None)
    records: dict[str, dict] = {}
    for one in events:
        for record in _detail(one).get("records") or []:
            if isinstance(record, dict) and isinstance(record.get("id"), str):
                records.setdefault(record["id"], record)
    return {"withdrawn": first.get("eventDateTime") or "", "reason": _detail(first).get("reason") or "",
            "purged": (purge or {}).get("eventDateTime"),
            "purge_reason": _detail(purge).get("reason") if purge else None,
            "public": not item.hidden, "records": list(records.values())}


def withdrawn_documents(item: Item) -> list[dict]:
    """The stub documents of a withdrawn item (its own first), or [] when it is in access."""
    facts = withdrawal_facts(item)
    if facts is None:
        return []
    mark = {"withdrawn": facts["withdrawn"][:10], "reason": facts["reason"],
            "purged": (facts["purged"] or "")[:10] or None, "public": facts["public"]}
    common = {"restricted": True, "withdrawn": True, "ingested": _stamp(item.ingested),
              "changed": _stamp(facts["withdrawn"]), "tombstone": mark}
    recorded = {record["id"]: record for record in facts["records"]}
    own = recorded.pop(item.id, {})
    documents = [{"id": item.id, "sha256": item.sha256, "source": own.get("source"), **common}]
    prefix = item.id + "-"
    for record_id in sorted(recorded):
        if record_id.startswith(prefix):     # only this file's own articles, whatever was recorded
            record = recorded[record_id]
            documents.append({"id": record_id, "container": item.id, "source": record.get("source"),
                              "entry": record.get("entry"), **common})
    return [{k: v for k, v in doc.items() if v is not None and v != ""} for doc in documents]


def changed_stamp(item: Item) -> str | None:
    """The datestamp of the last change a harvester must see of an item in access (a readmission,
    an amendment)."""
    if item.withdrawn:
        return None
    stamps = [one.get("eventDateTime") for one in item.provenance.get("events") or []
              if isinstance(one, dict) and one.get("eventType") in CHANGE_EVENTS]
    return _stamp(stamps[-1]) if stamps else None


def _asserted(item: Item, element: str) -> list[str]:
    return [v for v in item.metadata.get(element) or [] if isinstance(v, str) and v.strip()]


def tombstone(root: ArchiveRoot, record_id: str) -> dict | None:
    """What the tombstone page of ``record_id`` shows, read from the bag; None unless it was withdrawn
    and may be shown (an unknown, restricted or untrusted id is as absent as ever).

    Only what the archivist asserted and the bag's own records: the citation's title is the
    asserted ``dc.title`` or the original file name, never anything derived from the content.
    """
    bag_id, _, suffix = (record_id or "").partition("-")
    if not is_record_id(record_id or "") or not (root.bags / bag_id).is_dir():
        return None                  # a full id only: no prefix search over the store per request
    try:
        item = load_item(root.bags / bag_id)
    except ArchiveError:
        return None
    facts = withdrawal_facts(item) if item.id == bag_id else None
    if facts is None or not facts["public"]:
        return None
    recorded = {record["id"] for record in facts["records"]}
    if suffix and recorded and record_id not in recorded:
        return None                  # not an article this file's withdrawal took off the site
    return {"id": record_id, "bag": item.id, "article": bool(suffix), "title": item.title,
            "authors": _asserted(item, "dc.creator"), "publisher": next(iter(_asserted(item, "dc.publisher")), None),
            "date": next(iter(_asserted(item, "dc.date")), None), "source_url": next(iter(_asserted(item, "dc.source")), None),
            "original_name": item.original_name, "kind": item.kind, "size": item.size, "sha256": item.sha256,
            "ingested": item.ingested, "withdrawn": facts["withdrawn"], "reason": facts["reason"],
            "purged": facts["purged"], "purge_reason": facts["purge_reason"]}
