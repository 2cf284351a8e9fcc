"""OAI-PMH's deleted records: the withdrawn items that were public, listed beside the public ones.

:mod:`archive.search.oai_records` lists the public records; this module adds the deleted
ones, so that the list verbs (:func:`listed_headers`) and GetRecord (:func:`deleted_record`)
answer for a withdrawn item with its header, ``status="deleted"`` and no metadata. A
deleted record is a withdrawal's stub in the index (:mod:`archive.search.tombstones`) whose
item was public when it was withdrawn; its datestamp is the withdrawal's. The repository
keeps them for ever (``deletedRecord`` is ``persistent``): the stubs are rebuilt from the
bags' deaccession events by every reindex.
"""

from __future__ import annotations

from whoosh.query import Term

from archive.description.parts import is_record_id
from archive.preservation.root import ArchiveRoot
from archive.search.index import current_folder, live_searcher
from archive.search.oai_records import CHANGED_FIELD, Header, Record, _ListingCache, public_headers

__all__ = ["deleted_headers", "deleted_record", "listed_headers"]

_ALL_LISTINGS = _ListingCache()


def deleted_headers(root: ArchiveRoot) -> tuple[Header, ...]:
    """The headers of every withdrawn record that was public, dated by its withdrawal (unordered)."""
    if current_folder(root) is None:
        return ()
    searcher = live_searcher(root).searcher   # kept per thread: never closed here
    if "withdrawn" not in searcher.schema:
        return ()
    return tuple(header for header in map(_deleted_header, (searcher.stored_fields(docnum) for docnum
                 in searcher.docs_for_query(Term("withdrawn", True)))) if header is not None)


def _deleted_header(fields: dict) -> Header | None:
    """The deleted record's header of a stub's stored fields; None if it was never public."""
    mark = fields.get("tombstone") or {}
    item_id, stamp = fields.get("id") or "", fields.get(CHANGED_FIELD) or ""
    if not fields.get("withdrawn") or not mark.get("public") or not is_record_id(item_id) or not stamp:
        return None
    return Header(id=item_id, datestamp=stamp, source=fields.get("source"), deleted=True)


def listed_headers(root: ArchiveRoot) -> tuple[Header, ...]:
    """What the list verbs list: every public record and every deleted one, by ``(datestamp, id)``."""
    if current_folder(root) is None:
        return ()
    live = live_searcher(root)
    cached = _ALL_LISTINGS.get(root, live.key)
    if cached is not None:
        return cached
    headers = tuple(sorted((*public_headers(root), *deleted_headers(root)), key=lambda h: (h.datestamp, h.id)))
    _ALL_LISTINGS.put(root, live.key, headers)
    return headers


def deleted_record(root: ArchiveRoot, item_id: str) -> Record | None:
    """The deleted record of a withdrawn item that was public (a header, no metadata); else None."""
    if not is_record_id(item_id) or current_folder(root) is None:
        return None
    fields = live_searcher(root).searcher.document(id=item_id)
    header = _deleted_header(fields) if fields else None
    return Record(header, {}) if header else None
