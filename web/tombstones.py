"""Tombstones: what the site answers for a withdrawn item, 410 Gone.

A withdrawn item (``archive withdraw``) has left search, browsing and the OAI-PMH lists,
but its permalink was cited and must still say what happened. Decisions:

* **410, never 404.** Every route of the item (the page, its JSON twin, the original,
  the citations) answers 410 Gone with the tombstone: the citation, when it was withdrawn
  and the public reason (and, for a purge, when its payload was removed). The JSON twin
  carries the same facts with the same status.
* **Never the content, never the original.** The facts are read from the bag's tag files
  (:func:`archive.api.tombstone`): the asserted title (else the original file name), the
  asserted authors, publisher and date, the digest an auditor can check, the dates and the
  reason. Nothing derived from the text is shown, and the original is never sent.
* **A restricted or untrusted item stays a 404**, as it was before its withdrawal: a
  tombstone must not reveal that a hidden item existed. The article pages of a withdrawn
  feed or web archive answer 410 with their file's tombstone.
* **One call from the item views** (:func:`refuse_if_withdrawn`), which raises the 410;
  the views themselves stay as they are.
"""

from __future__ import annotations

from flask import abort, make_response, request

from archive.api import tombstone

from .citations import permalink
from .context import archive_root
from .site import page

__all__ = ["refuse_if_withdrawn", "tombstone_data"]

GONE = 410


def _citation(facts: dict, link: str) -> str:
    """A plain-text citation of the withdrawn record: who, what, where, when; no content."""
    authors = ", ".join(facts["authors"])
    where = facts["publisher"] or facts["source_url"]
    title = (f"An article of \u201c{facts['title']}\u201d" if facts["article"]
             else f"\u201c{facts['title']}.\u201d")
    head = " ".join(p for p in (f"{authors}." if authors else "", title, f"{where}," if where else "",
                                f"{facts['date'] or 'undated'}.") if p)
    what = (f"the file in bag {facts['bag']}, SHA-256 {facts['sha256']}" if facts["article"]
            else f"SHA-256 of the original: {facts['sha256']}")
    return (f"{head} Archived copy: {link} (withdrawn from access on {facts['withdrawn'][:10]}; {what}; "
            f"ingested {facts['ingested'][:10]}).")


def tombstone_data(facts: dict) -> dict:
    """The one dict the tombstone page and its JSON twin show."""
    link = permalink(facts["id"])
    return {"id": facts["id"], "status": GONE, "gone": True, "permalink": link, "title": facts["title"],
            "article_of": facts["bag"] if facts["article"] else None,
            "withdrawn": facts["withdrawn"][:10], "reason": facts["reason"],
            "purged": (facts["purged"] or "")[:10] or None,
            "purge_reason": facts["purge_reason"] if facts["purged"] else None,
            "citation": _citation(facts, link), "sha256": facts["sha256"],
            "ingested": facts["ingested"][:10]}


def refuse_if_withdrawn(item_id: str) -> None:
    """Answer 410 Gone with the tombstone if ``item_id`` was withdrawn (and may be shown); else return."""
    facts = tombstone(archive_root(), item_id)
    if facts is None:
        return
    data = tombstone_data(facts)
    as_json = request.path.endswith(".json")
    response = make_response(page("tombstone.html", data, as_json=as_json, title=f"Withdrawn: {data['title']}"))
    response.status_code = GONE
    abort(response)
