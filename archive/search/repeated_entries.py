"""One listing per feed item or captured page, however many files repeat it.

A feed fetched every morning repeats most of yesterday's items; a crawler
captures the same unchanged page again. Each file is preserved whole, in its
own bag, and each of its articles gets a record (:mod:`archive.description.parts`);
but a researcher must not find the same item twice. Records that share an
``entry`` (the item's key and the digest of its content) are one item: the
index keeps the first (the earliest ingest, then the lowest id) and marks the
others deleted. An item whose text changed has another ``entry`` and is kept:
a new version of the same ``entry_key``.

Decisions:

* **The same rule in every writer.** A full build (:mod:`archive.search.reindex`)
  and every incremental commit (:mod:`archive.search.index_update`) call
  :func:`mark_repeated_entries` before listing their segments, so the live
  index always equals a rebuild of the same bags.
* **Only what was added is looked at.** The entries of the new segments are
  looked up in all segments; the cost of a commit follows its own size, not
  the archive's.
* **Nothing is lost.** The later file's bag keeps its bytes; ``archive show``
  of that bag lists every article it holds, and says which are repeats.
"""

from __future__ import annotations

from whoosh.reading import SegmentReader

__all__ = ["mark_repeated_entries"]

_FIELD = "entry"


def _entries(reader: SegmentReader) -> list[str]:
    """The ``entry`` values of one segment (none for a segment of single-article files)."""
    try:
        return list(reader.field_terms(_FIELD))
    except (KeyError, TypeError):
        return []


def _holders(readers: list[tuple[object, SegmentReader]], entry: str) -> list[tuple[tuple, object, int]]:
    """Every live record of ``entry``: ((ingested, id), segment, docnum)."""
    found = []
    for segment, reader in readers:
        if (_FIELD, entry) not in reader:
            continue
        for docnum in reader.postings(_FIELD, entry).all_ids():
            if segment.is_deleted(docnum):
                continue
            fields = reader.stored_fields(docnum)
            found.append(((fields.get("ingested") or "", fields.get("id") or ""), segment, docnum))
    return found


def mark_repeated_entries(ix, segments: list, added: list) -> int:
    """Mark deleted every record of an entry in ``added`` but the first; how many were marked.

    ``segments`` are the index's segments before this change (their own
    deletions already marked), ``added`` the new ones. Marks are made on the
    segment objects; the caller lists them in the next TOC.
    """
    if not added:
        return 0
    readers = [(segment, SegmentReader(ix.storage, ix.schema, segment)) for segment in [*segments, *added]]
    try:
        wanted = sorted({entry for segment, reader in readers if segment in added for entry in _entries(reader)})
        marked = 0
        for entry in wanted:
            holders = sorted(_holders(readers, entry), key=lambda holder: holder[0])
            for _, segment, docnum in holders[1:]:
                segment.delete_document(docnum)
                marked += 1
        return marked
    finally:
        for _, reader in readers:
            reader.close()
