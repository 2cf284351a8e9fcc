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

from archive.description.parts import is_record_id
from archive.search.index import live_searcher
from archive.preservation.root import ArchiveRoot

__all__ = ["MAX_PARTS_SHOWN", "entry_versions", "file_articles", "get_document", "stored_values"]

#: how many of a file's articles a page lists (a feed may hold 50,000)
MAX_PARTS_SHOWN = 500

#: Public pages accept only full ids (``is_record_id``): a prefix lookup can fail with a
#: message naming every matching bag, restricted ones included.


def get_document(root: ArchiveRoot, item_id: str) -> dict | None:
    """The stored fields of ``item_id`` in the live index, or None when unknown or restricted.

    ``person_forms`` and ``place_forms`` are decoded from their stored JSON
    into lists of ``{key, name, forms}``; every other field is as stored.
    """
    if not is_record_id(item_id):
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
        if not is_record_id(item_id):
            continue
        fields = searcher.document(id=item_id)
        if fields and not fields.get("restricted"):
            found[item_id] = {name: fields.get(name) for name in names}
    return found


def file_articles(root: ArchiveRoot, bag_id: str, limit: int = MAX_PARTS_SHOWN) -> tuple[list[dict], int]:
    """The public, listed articles derived from the file of bag ``bag_id``, in their order in the
    file, at most ``limit`` of them: ([{id, title, position, link}], how many there are in all).

    An article another file already holds unchanged is listed there, not here
    (:mod:`archive.search.repeated_entries`).
    """
    if not is_record_id(bag_id):
        return [], 0
    searcher = live_searcher(root).searcher   # kept per thread: never closed here
    found = []
    for fields in searcher.documents(container=bag_id):
        if fields.get("restricted"):
            continue
        part = fields.get("part") or {}
        found.append({"id": fields.get("id"), "title": fields.get("title"),
                      "position": part.get("position"), "link": part.get("link")})
    found.sort(key=lambda article: (article["position"] if article["position"] is not None else -1,
                                    article["id"] or ""))
    return found[:limit], len(found)


def entry_versions(root: ArchiveRoot, entry_key: str) -> list[dict]:
    """Every public record of one feed item or captured page (each version of its content), oldest first."""
    if not entry_key:
        return []
    searcher = live_searcher(root).searcher   # kept per thread: never closed here
    found = [{"id": f.get("id"), "title": f.get("title"), "ingested": f.get("ingested"),
              "container": f.get("container")}
             for f in searcher.documents(entry_key=entry_key) if not f.get("restricted")]
    return sorted(found, key=lambda version: (version["ingested"] or "", version["id"] or ""))
