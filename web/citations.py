"""Citations of an article: plain text and BibTeX, with what an auditor can check.

A citation carries the permalink and the SHA-256 of the original, so that a
reader years later can confirm they hold the same bytes. Once the archived
copy has failed a full fixity check, a citation no longer claims that digest:
it says when the check failed instead.
"""

from __future__ import annotations

import re
from typing import Protocol

from flask import url_for

from archive.api import Item


class Cited(Protocol):
    """What a citation is made from (``web.views_item.Public``): the index document, the bag's
    item, and its last full fixity check if that failed."""

    document: dict
    item: Item
    damaged: dict | None

__all__ = ["bib_escape", "cite_bibtex", "cite_text", "permalink"]

_PLAIN_PERIOD = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def permalink(item_id: str) -> str:
    return url_for("site.item", item_id=item_id, _external=True)


def cite_text(public: Cited) -> str:
    """A plain-text citation: who, what, where, when, the permalink and what an auditor checks."""
    doc, item = public.document, public.item
    authors = ", ".join(doc.get("authors") or [])
    where = doc.get("publisher") or doc.get("source") or doc.get("source_url")
    parts = [f"{authors}." if authors else "", f"\u201c{doc.get('title') or item.title}.\u201d",
             f"{where}," if where else "", f"{doc.get('pub_edtf') or 'undated'}."]
    head = " ".join(p for p in parts if p)
    return f"{head} Archived copy: {permalink(doc.get('id') or item.id)} ({_fixity_note(public)})."


def _fixity_note(public: Cited) -> str:
    """What a citation says an auditor can check: the original's digest, unless the archived
    copy failed its last full fixity check (then it can no longer claim that digest)."""
    item = public.item
    if public.damaged:
        return (f"the archived copy failed a fixity check on {public.damaged['date'][:10]}: it no longer "
                f"matches the SHA-256 recorded at ingest; ingested {item.ingested[:10]}")
    if public.document.get("container"):   # an article of a feed or web archive
        return (f"item {public.document.get('id')} of the file {item.original_name} in bag {item.id}; "
                f"SHA-256 of that file: {item.sha256}; ingested {item.ingested[:10]}")
    return f"SHA-256 of the original: {item.sha256}; ingested {item.ingested[:10]}"


_BIB_SPECIAL = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "%": r"\%", "&": r"\&",
                "$": r"\$", "#": r"\#", "_": r"\_", "^": r"\^{}", "~": r"\~{}"}


def bib_escape(text: str) -> str:
    """Text safe inside a BibTeX field: TeX specials escaped, line breaks folded."""
    return "".join(_BIB_SPECIAL.get(c, c) for c in " ".join(str(text).split()))


def cite_bibtex(public: Cited) -> str:
    """A BibTeX @misc entry; ``note`` carries the SHA-256 and the ingest date."""
    doc, item = public.document, public.item
    edtf = doc.get("pub_edtf") or ""
    fields: list[tuple[str, str]] = [("title", "{" + bib_escape(doc.get("title") or item.title) + "}")]
    if doc.get("authors"):
        fields.append(("author", " and ".join(bib_escape(a) for a in doc["authors"])))
    if doc.get("publisher"):
        fields.append(("publisher", bib_escape(doc["publisher"])))
    if doc.get("source") or doc.get("source_url"):
        fields.append(("howpublished", bib_escape(doc.get("source") or doc.get("source_url"))))
    if re.match(r"^\d{4}", edtf):
        fields.append(("year", edtf[:4]))
    if _PLAIN_PERIOD.match(edtf):
        fields.append(("date", edtf))
    if doc.get("language"):
        fields.append(("language", bib_escape(doc["language"])))
    fields.append(("url", permalink(doc.get("id") or item.id)))
    fields.append(("note", bib_escape(_fixity_note(public))))
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
    return f"@misc{{archive-{doc.get('id') or item.id},\n{body}\n}}\n"
