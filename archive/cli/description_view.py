"""What the archive made of an item, for ``archive show``: the derived description.

Decisions, first:

* **Beside what was asserted, never instead.** ``show`` prints the archivist's metadata as
  the bag holds it; this is the other half: the headline, publication date, authors, people,
  places and language that search, browsing and OAI-PMH use, each with where it came from
  ("from the page's <meta og:title>", "identified from the text"), so an archivist sees why
  an article is found (or not) before amending anything.
* **Derived now, from the bag.** The record is computed by
  :func:`archive.description.derive.derive`, exactly as an index build computes it; ``show``
  works with no index. A person's spellings are listed as the text wrote them; the person
  authority (``archive persons``) joins them further in the index.
* **Nothing hidden.** Extraction warnings and the reasons a bag's records cannot be trusted
  are printed; a purged item has no payload left to derive from, and says so.
* The JSON twin is the derived record without its full text (a count of characters and the
  first 300 instead), so that ``show --json`` stays small for a 20 MB page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from archive.description.derive import Derived

__all__ = ["derived_json", "render_derived"]

#: Characters of the text given in the JSON twin (the whole text is the item's payload).
TEXT_PREVIEW = 300


def derived_json(derived: Derived) -> dict:
    """The derived record as JSON, with the text cut to a preview and its length."""
    record = derived.as_dict()
    text = record.pop("text", "") or ""
    record["text_chars"] = len(text)
    record["text_preview"] = text[:TEXT_PREVIEW]
    return record


#: How each source of a derived value reads in a sentence.
_SOURCES = {"document": "the document", "file name": "the file name",
            "metadata.csv": "the archivist's metadata"}


def _origin(source: str | None, found_in: str | None = None) -> str:
    """"(from metadata.csv)", "(from the document: <meta og:title>)", "(identified from the
    text)" or nothing."""
    if not source:
        return ""
    if source.startswith("identified"):
        return f" ({source})"
    return f" (from {_SOURCES.get(source, source)}" + (f": {found_in}" if found_in else "") + ")"


def _published(derived: Derived) -> str:
    publication = derived.publication
    if not publication:
        return "unknown (no date stated by the archivist or the document)"
    line = publication.get("edtf") or "unknown"
    if publication.get("source"):
        line += f" (from {_SOURCES.get(publication['source'], publication['source'])}"
        line += f": {publication['detail']})" if publication.get("detail") else ")"
    return line


def _named(entries: list[dict]) -> list[str]:
    """One line per person or place: the name, then every other way the text wrote it."""
    lines = []
    for entry in entries:
        others = [form for form in entry.get("forms", {}) if form != entry["name"]]
        count = sum(entry.get("forms", {}).values())
        lines.append(f"    {entry['name']}" + (f"  (also written: {', '.join(others)})" if others else "")
                     + (f"  [{count} mentions]" if count > 1 else ""))
    return lines


def render_derived(derived: Derived) -> str:
    """The derived description, for a person: the lines ``archive show`` prints."""
    found_in = derived.found_in or {}
    lines = ["derived description (what search, browsing and OAI-PMH use):",
             f"  headline:   {derived.title}{_origin(derived.title_source, found_in.get('title'))}"]
    if derived.standfirst:
        lines.append(f"  standfirst: {derived.standfirst}")
    lines.append(f"  published:  {_published(derived)}")
    if derived.authors:
        lines.append(f"  authors:    {', '.join(derived.authors)}"
                     f"{_origin(derived.authors_source, found_in.get('authors'))}")
    if derived.publisher:
        lines.append(f"  publisher:  {derived.publisher}{_origin(derived.publisher_source, found_in.get('publisher'))}")
    if derived.language:
        detail = derived.language_detail or {}
        confidence = f", confidence {detail['confidence']}" if detail.get("confidence") is not None else ""
        lines.append(f"  language:   {derived.language}{_origin(derived.language_source)[:-1]}{confidence})"
                     if derived.language_source else f"  language:   {derived.language}")
    else:
        lines.append("  language:   not identified (too little text, or too unsure)")
    if derived.dateline:
        lines.append(f"  dateline:   {derived.dateline}")
    lines.append(f"  text:       {len(derived.text)} characters")
    lines.append(f"  people:     {len(derived.people) or 'none found'}")
    lines += _named(derived.people)
    lines.append(f"  places:     {len(derived.places) or 'none found'}")
    lines += _named(derived.places)
    if derived.dates_mentioned:
        shown = ", ".join(d["surface"] for d in derived.dates_mentioned[:10])
        more = len(derived.dates_mentioned) - 10
        lines.append(f"  dates in the text: {shown}" + (f" and {more} more" if more > 0 else ""))
    lines += [f"  warning:    {warning}" for warning in derived.warnings]
    lines += [f"  untrusted:  {why}" for why in derived.untrusted]
    return "\n".join(lines)
