"""The public records an OAI-PMH harvester may collect: read-only, from the index and the bags.

The web's ``/oai`` endpoint (``web/oai.py``) speaks the protocol; this module
decides *what* it lists, so the rules live next to the archive, not the web.

Decisions:

* **The same items as the search page.** A record is a live index document
  whose ``restricted`` flag is not set: the very mask :func:`archive.search.searching.search`
  applies, so ``len(public_headers(root))`` equals ``search(root, "").total``.
  Restricted items never reach a caller of this module, not even in a count.
* **Datestamp = the bag's ingest time** (the PREMIS "ingestion" event), in UTC
  at second granularity (``2026-11-25T15:49:12Z``). Bags are written once and
  never edited or deleted, so a record's datestamp never changes and a string
  comparison of datestamps is a chronological one.
* **Listing 20,000 records reads no stored document.** Ids, sources and the
  restricted flag come from the index's term lists (no stored ``text`` is
  decompressed). The ingest time is not in the index yet (see
  :data:`DATESTAMP_FIELD`): until it is, it is read from each bag's provenance
  record once per process and kept (an id's ingest time cannot change), so a
  request reads only bags it has never seen. The whole ordered listing is
  cached per index generation, so paging through it costs a slice.
* **Withdrawn records are deleted records, for ever** (``deletedRecord`` is
  ``persistent``): the stub a withdrawal leaves in the index (:mod:`archive.search.tombstones`)
  gives a header with ``status="deleted"`` and no metadata, dated by the withdrawal
  (:mod:`archive.search.oai_deleted`); a record readmitted later is dated by
  its readmission (the ``changed`` field), so an incremental harvest sees it come back. An
  item that was restricted when it was withdrawn was never public and is never announced.
* **Stable order** by ``(datestamp, id)``; a :func:`fingerprint` of a listing
  lets a stateless resumption token notice that the list changed underneath it.
* **Dublin Core** (:func:`archive.search.oai_dublin_core.dublin_core`): the archivist's asserted ``dc.*``
  values first (``dcterms.*`` refinements dumbed down to their DC element, as
  DCMI recommends), then what the index derived (title, authors, publisher,
  standfirst, language, the EDTF publication date), plus the format (MIME type
  of the original), the permalink and ``urn:sha256:`` of the original bytes.
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from whoosh.query import Term

from archive.description.parts import is_record_id
from archive.preservation.catalog import get_item
from archive.errors import ArchiveError
from archive.search.index import current_folder, live_searcher
from archive.search.schema import utc_datestamp
from archive.preservation.root import ArchiveRoot
from archive.search.doc_columns import DocColumn
from archive.search.oai_dublin_core import DC_ELEMENTS, dublin_core

__all__ = [
    "DATESTAMP_FIELD",
    "DC_ELEMENTS",
    "Header",
    "Record",

    "dublin_core",
    "fingerprint",
    "public_headers",
    "public_record",
    "public_sets",
    "records",
    "select",
    "set_spec",
    "utc_datestamp",
]

#: The stored index field that would hold each item's ingest datestamp (``YYYY-MM-DDThh:mm:ssZ``).
#: Used when the index has it; until then the datestamp is read from the bag (cached per process).
DATESTAMP_FIELD = "ingested"
#: The stored datestamp of a record's last change (a withdrawal, a readmission), when later.
CHANGED_FIELD = "changed"
#: The parent of the per-source sets (``source:caldenbay.example``).
SOURCE_SET = "source"
#: A setSpec segment as OAI-PMH's schema allows it (unreserved URI characters).
_SPEC_PART = re.compile(r"^[A-Za-z0-9\-_.!~*'()]+$")


@dataclass(frozen=True)
class Header:
    """What a ListIdentifiers entry needs: the id, its datestamp and its source host (its set)."""

    id: str
    datestamp: str
    source: str | None
    deleted: bool = False     #: withdrawn: OAI-PMH's status="deleted", no metadata

    @property
    def set_spec(self) -> str | None:
        return set_spec(self.source)


@dataclass(frozen=True)
class Record:
    """A header and its Dublin Core values (element -> values, in :data:`DC_ELEMENTS` order)."""

    header: Header
    dc: dict[str, list[str]]


# --- datestamps -----------------------------------------------------------------------


class _IngestDates:
    """``{id: datestamp}`` read from the bags, per root, kept for the life of the process.

    Safe to keep because a bag is never edited or deleted: its ingest event is
    fixed. Threads of one server process share it, hence the lock.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._known: dict[Path, dict[str, str]] = {}

    def get(self, root: ArchiveRoot, ids: Iterable[str]) -> dict[str, str | None]:
        """``{id: datestamp or None}``; only bags not seen before are read (a failed read is retried)."""
        wanted = list(ids)
        with self._lock:
            known = self._known.setdefault(root.path, {})
            missing = [i for i in wanted if i not in known]
        found = {item_id: _bag_datestamp(root, item_id) for item_id in missing}
        with self._lock:
            known.update((i, stamp) for i, stamp in found.items() if stamp)
            return {i: known.get(i) for i in wanted}


_INGEST_DATES = _IngestDates()


def _bag_datestamp(root: ArchiveRoot, item_id: str) -> str | None:
    """The ingest datestamp recorded in the bag, or None when the bag cannot be read."""
    try:
        ingested = get_item(root, item_id.partition("-")[0]).ingested   # an article: its file's bag
        return utc_datestamp(ingested) if ingested else None
    except ArchiveError:
        return None


# --- the listing ----------------------------------------------------------------------


def _terms_by_doc(reader, fieldname: str) -> dict[int, str]:
    """``{docnum: term}`` of a one-term-per-document field, from its postings (no stored fields read)."""
    if fieldname not in reader.schema or fieldname not in set(reader.indexed_field_names()):
        return {}
    found: dict[int, str] = {}
    for text in reader.field_terms(fieldname):
        for docnum in reader.postings(fieldname, text).all_ids():
            found[docnum] = text.decode("utf-8") if isinstance(text, bytes) else str(text)
    return found


def _stored_datestamps(searcher, docnums: Iterable[int]) -> dict[int, str]:
    """Datestamps from the index's stored :data:`DATESTAMP_FIELD`, when the schema has one."""
    if DATESTAMP_FIELD not in searcher.schema:
        return {}
    reader = searcher.reader()
    if reader.has_column(DATESTAMP_FIELD):
        column = DocColumn(reader, DATESTAMP_FIELD)
        found = {d: column[d] for d in docnums}
    else:
        found = _terms_by_doc(reader, DATESTAMP_FIELD)
    stamps = {}
    for docnum, value in found.items():
        try:
            stamps[docnum] = utc_datestamp(value.decode() if isinstance(value, bytes) else str(value))
        except ArchiveError:
            continue          # unreadable: the bag is asked instead
    return _changed_later(reader, stamps)


def _changed_later(reader, stamps: dict[int, str]) -> dict[int, str]:
    """``stamps`` with each record readmitted (or otherwise changed) since dated by that change."""
    if CHANGED_FIELD not in reader.schema or not reader.has_column(CHANGED_FIELD):
        return stamps
    column = DocColumn(reader, CHANGED_FIELD)
    for docnum, stamp in stamps.items():
        value = column[docnum]
        value = value.decode() if isinstance(value, bytes) else str(value or "")
        if value > stamp:
            stamps[docnum] = value
    return stamps


class _ListingCache:
    """The last ordered listing of each root, valid while the index folder and generation stay."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entries: dict[Path, tuple[tuple, tuple[Header, ...]]] = {}

    def get(self, root: ArchiveRoot, key: tuple) -> tuple[Header, ...] | None:
        with self._lock:
            entry = self._entries.get(root.path)
        return entry[1] if entry and entry[0] == key else None

    def put(self, root: ArchiveRoot, key: tuple, headers: tuple[Header, ...]) -> None:
        with self._lock:
            self._entries[root.path] = (key, headers)


_LISTINGS = _ListingCache()


def public_headers(root: ArchiveRoot) -> tuple[Header, ...]:
    """Every public record's header, ordered by ``(datestamp, id)``.

    An item whose bag cannot be read has no datestamp and is left out (``archive
    check`` and ``archive verify`` report such bags); every other indexed,
    unrestricted item is listed. A root with no index yet has no records.
    """
    if current_folder(root) is None:
        return ()                     # nothing indexed yet: nothing public yet
    # The kept searcher's key is (live folder, TOC generation): one state of the index.
    live = live_searcher(root)
    cached = _LISTINGS.get(root, live.key)
    if cached is not None:
        return cached
    searcher = live.searcher          # kept per thread: never closed here
    reader = searcher.reader()
    ids = _terms_by_doc(reader, "id")
    restricted = set(searcher.docs_for_query(Term("restricted", True)))
    public = {docnum: item_id for docnum, item_id in ids.items()
              if docnum not in restricted and is_record_id(item_id)}
    sources = _terms_by_doc(reader, "source")
    stamps = _stored_datestamps(searcher, public)
    if len(stamps) < len(public):
        from_bags = _INGEST_DATES.get(root, (i for d, i in public.items() if d not in stamps))
        stamps.update({d: from_bags.get(i) for d, i in public.items() if d not in stamps})
    headers = tuple(sorted(
        (Header(id=item_id, datestamp=stamps[docnum], source=sources.get(docnum))
         for docnum, item_id in public.items() if stamps.get(docnum)),
        key=lambda h: (h.datestamp, h.id)))
    _LISTINGS.put(root, live.key, headers)
    return headers


def set_spec(source: str | None) -> str | None:
    """The setSpec of a source host (``source:caldenbay.example``); IDN hosts in their ASCII form."""
    if not source:
        return None
    try:
        host = source.encode("idna").decode("ascii")
    except UnicodeError:
        return None
    return f"{SOURCE_SET}:{host}" if _SPEC_PART.match(host) else None


def select(headers: Iterable[Header], *, date_from: str | None = None, date_until: str | None = None,
           spec: str | None = None) -> list[Header]:
    """The headers within ``[date_from, date_until]`` (inclusive datestamps) and in set ``spec``.

    ``spec`` is ``source`` (every record with a source) or ``source:<host>``;
    any other value matches nothing, exactly like a source with no public record.
    """
    chosen = []
    for header in headers:
        if date_from and header.datestamp < date_from or date_until and header.datestamp > date_until:
            continue
        if spec is not None:
            own = header.set_spec
            if own is None or not (own == spec or spec == SOURCE_SET):
                continue
        chosen.append(header)
    return chosen


def fingerprint(headers: Iterable[Header]) -> str:
    """A short digest of an ordered listing: equal digests mean the same records in the same order."""
    digest = hashlib.sha256()
    for header in headers:
        digest.update(f"{header.datestamp} {header.id}\n".encode("ascii"))
    return digest.hexdigest()[:16]


def public_sets(root: ArchiveRoot) -> list[tuple[str, str, int]]:
    """``(setSpec, name, public records)`` of the ``source`` set and each source with a public record."""
    counts: dict[str, tuple[str, int]] = {}
    total = 0
    for header in public_headers(root):
        spec = header.set_spec
        if spec is None:
            continue
        total += 1
        name, count = counts.get(spec, (header.source or spec, 0))
        counts[spec] = (name, count + 1)
    if not total:
        return []
    return [(SOURCE_SET, "By source (the host of the article's source URL)", total)] + [
        (spec, name, count) for spec, (name, count) in sorted(counts.items())]


# --- records --------------------------------------------------------------------------


def _stored_public(searcher, item_id: str) -> dict | None:
    """The stored fields of a live, unrestricted document, else None (unknown and restricted alike)."""
    fields = searcher.document(id=item_id)
    if fields is None or fields.get("restricted"):
        return None
    return fields


def _records(root: ArchiveRoot, searcher, headers: Iterable[Header], permalink_base: str) -> list[Record]:
    out: list[Record] = []
    for header in headers:
        if header.deleted:
            out.append(Record(header, {}))
            continue
        fields = _stored_public(searcher, header.id)
        if fields is None:
            continue
        try:
            item = get_item(root, fields.get("container") or header.id)
        except ArchiveError:
            continue
        if not item.restricted:
            out.append(Record(header, dublin_core(fields, item, permalink_base + header.id)))
    return out


def records(root: ArchiveRoot, headers: Iterable[Header], permalink_base: str) -> list[Record]:
    """The full records of these headers (one page of a listing), in their order.

    Reads the stored fields and the bag of each, so call it for a page, never a
    whole listing. A header whose item is no longer public (an index changed in
    between) is left out rather than shown.
    """
    if current_folder(root) is None:
        return []
    return _records(root, live_searcher(root).searcher, headers, permalink_base)


def public_record(root: ArchiveRoot, item_id: str, permalink_base: str) -> Record | None:
    """One public record by its full item id; None for an unknown or restricted id (no difference).

    Reads this item only (its index entry and its bag), not the whole listing,
    so a GetRecord on a server that has not listed anything yet stays fast.
    """
    if not is_record_id(item_id) or current_folder(root) is None:
        return None
    searcher = live_searcher(root).searcher   # kept per thread: never closed here
    fields = _stored_public(searcher, item_id)
    if fields is None:
        return None
    docnums = list(searcher.docs_for_query(Term("id", item_id)))
    stamp = _stored_datestamps(searcher, docnums).get(docnums[0]) if docnums else None
    stamp = stamp or _INGEST_DATES.get(root, [item_id]).get(item_id)
    if stamp is None:
        return None
    found = _records(root, searcher, [Header(item_id, stamp, fields.get("source"))], permalink_base)
    return found[0] if found else None
