"""Read one item's stored fields from the live search index, for article pages.

The web article page shows the clean text and the derived metadata that the
indexer stored (see :func:`archive.search.schema.make_schema`); re-extracting a PDF or
an HTML page per request would be slow and could disagree with what search
found. This module only reads: it reads the kept live searcher, so a page
follows ``archive reindex`` like search does.

A restricted item is reported as absent (``None``), exactly like an unknown
id: callers that show things to the public cannot forget to check the flag.
"""

from __future__ import annotations

import json

from archive.preservation.catalog import is_item_id
from archive.search.index import live_searcher
from archive.preservation.root import ArchiveRoot

__all__ = ["get_document", "stored_values"]

#: Public pages accept only full ids (``is_item_id``): a prefix lookup can fail with a
#: message naming every matching bag, restricted ones included.


def get_document(root: ArchiveRoot, item_id: str) -> dict | None:
    """The stored fields of ``item_id`` in the live index, or None when unknown or restricted.

    ``person_forms`` and ``place_forms`` are decoded from their stored JSON
    into lists of ``{key, name, forms}``; every other field is as stored.
    """
    if not is_item_id(item_id):
        return None
    fields = live_searcher(root).searcher.document(id=item_id)   # kept per thread: never closed here
    if not fields or fields.get("restricted"):
        return None
    document = dict(fields)
    for name in ("person_forms", "place_forms"):
        raw = document.get(name)
        try:
            document[name] = json.loads(raw) if raw else []
        except ValueError:
            document[name] = []
    return document


def stored_values(root: ArchiveRoot, item_ids: list[str], names: tuple[str, ...]) -> dict[str, dict]:
    """``{id: {name: value}}`` for public items among ``item_ids``, read with one searcher.

    For exports that need a stored field the search hits do not carry (the
    SHA-256); unknown and restricted ids are left out.
    """
    found: dict[str, dict] = {}
    searcher = live_searcher(root).searcher   # kept per thread: never closed here
    for item_id in item_ids:
        if not is_item_id(item_id):
            continue
        fields = searcher.document(id=item_id)
        if fields and not fields.get("restricted"):
            found[item_id] = {name: fields.get(name) for name in names}
    return found
