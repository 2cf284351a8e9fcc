"""How a record stands to the file it came from: a feed and its items, a web archive and its pages.

A news feed or a WARC file is preserved whole, in one bag; each article in
it has a record of its own (``archive.description.parts``). A researcher on
an article's page must see which file it came from, where in it, and the
digest of that file (what a citation names); on the file's page, which
articles it holds. Both directions are read from the index, like the rest of
the page, so they follow ``archive reindex``.
"""

from __future__ import annotations

from flask import url_for

from archive.api import ArchiveRoot, entry_versions, file_articles, get_document

__all__ = ["relations"]


def _file(root: ArchiveRoot, document: dict, sha256: str, name: str) -> dict | None:
    """The file an article was derived from, or None for a file's own record."""
    container = document.get("container")
    if not container:
        return None
    part = document.get("part") or {}
    holder = get_document(root, container) or {}
    return {"id": container, "url": url_for("site.item", item_id=container),
            "title": holder.get("title") or name, "name": name, "sha256": sha256,
            "kind": holder.get("kind"), "position": part.get("position"), "of": part.get("of"),
            "key": part.get("key"), "key_kind": part.get("key_kind"), "captured": part.get("captured")}


def _versions(root: ArchiveRoot, document: dict) -> list[dict]:
    """The other versions of the same feed item or page (same GUID, link or URI, other content)."""
    key = document.get("entry_key")
    others = [v for v in entry_versions(root, key) if v["id"] != document.get("id")] if key else []
    return [{**v, "url": url_for("site.item", item_id=v["id"])} for v in others]


def relations(root: ArchiveRoot, document: dict, sha256: str, name: str) -> dict:
    """``file`` (for an article), ``articles``, ``articles_total`` and ``reading_problems`` (for a
    file: what went wrong reading a damaged feed or WARC, by record), ``versions``."""
    articles, total = file_articles(root, document["id"]) if document.get("parts") else ([], 0)
    return {"file": _file(root, document, sha256, name),
            "articles": [{**a, "url": url_for("site.item", item_id=a["id"])} for a in articles],
            "articles_total": total, "versions": _versions(root, document),
            "reading_problems": list(document.get("reading_problems") or [])}
