"""The oai_dc record of one item: what the archivist asserted, then what was derived.

:mod:`archive.search.oai_records` lists and selects records; this module says
what one record holds. Asserted values win over derived ones for the elements
a person states once (title, creator, source, language); subjects,
descriptions and publishers add up. An article of a feed or web archive
(:mod:`archive.description.parts`) takes from its file's asserted values only
what holds for every article in it (publisher, language, subjects, rights),
and names its file's page as its ``relation``.
"""

from __future__ import annotations

from archive.preservation.catalog import Item

__all__ = ["DC_ELEMENTS", "dublin_core"]

#: The fifteen Dublin Core elements, in the order oai_dc records list them.
DC_ELEMENTS = ("title", "creator", "subject", "description", "publisher", "contributor", "date",
               "type", "format", "identifier", "source", "language", "relation", "coverage", "rights")
#: DCMI terms that refine a DC element, dumbed down to it (the rest have no DC element and are left out).
_REFINES = {
    "alternative": "title", "abstract": "description", "tableOfContents": "description",
    "available": "date", "created": "date", "dateAccepted": "date", "dateCopyrighted": "date",
    "dateSubmitted": "date", "issued": "date", "modified": "date", "valid": "date",
    "extent": "format", "medium": "format", "bibliographicCitation": "identifier",
    "spatial": "coverage", "temporal": "coverage", "accessRights": "rights", "license": "rights",
    **dict.fromkeys(["conformsTo", "hasFormat", "hasPart", "hasVersion", "isFormatOf", "isPartOf",
                     "isReferencedBy", "isReplacedBy", "isRequiredBy", "isVersionOf", "references",
                     "replaces", "requires"], "relation"),
}

def _values(value) -> list[str]:
    """A stored field as a list of strings (lists stay lists; a comma-joined keyword string is split)."""
    if value is None or value == "":
        return []
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value]
    return [str(value)]


def _asserted(metadata: dict[str, list[str]]) -> dict[str, list[str]]:
    """The archivist's ``dc.*`` and ``dcterms.*`` values by DC element (refinements dumbed down)."""
    found: dict[str, list[str]] = {}
    for key, values in metadata.items():
        prefix, _, term = key.partition(".")
        element = term if term in DC_ELEMENTS else _REFINES.get(term) if prefix == "dcterms" else None
        if prefix in ("dc", "dcterms") and element:
            found.setdefault(element, []).extend(v for v in values if isinstance(v, str))
    return found


#: what the archivist asserts of a feed or web archive that holds for each of its articles
_FILE_WIDE = ("publisher", "language", "subject", "rights")


def dublin_core(fields: dict, item: Item, permalink: str) -> dict[str, list[str]]:
    """The oai_dc values of one item: asserted metadata, then derived index fields (see module docs).

    ``fields`` are the item's stored index fields; ``permalink`` the absolute
    URL of its article page (the web knows its own address, this module does not).
    """
    asserted = _asserted(item.metadata)
    container = fields.get("container")
    if container:   # an article of a feed or web archive: the file's title, creator and date are not its own
        asserted = {k: v for k, v in asserted.items() if k in _FILE_WIDE}
        asserted["relation"] = [permalink[:len(permalink) - len(fields.get("id") or "")] + container]

    def pick(element: str, derived: list[str], first: bool = False) -> list[str]:
        """Asserted values win; with ``first``, derived ones are added only when nothing was asserted."""
        mine = asserted.get(element, [])
        return mine if first and mine else mine + derived

    dc = {
        "title": pick("title", _values(fields.get("title")), first=True),
        "creator": pick("creator", _values(fields.get("authors")), first=True),
        "subject": pick("subject", _values(fields.get("subjects"))),
        "description": pick("description", _values(fields.get("standfirst"))),
        "publisher": pick("publisher", _values(fields.get("publisher"))),
        "contributor": pick("contributor", []),
        "date": _values(fields.get("pub_edtf")) + asserted.get("date", []),
        "type": ["Text"] + asserted.get("type", []),
        "format": _values(item.mime) + asserted.get("format", []),
        "identifier": [permalink, f"urn:sha256:{item.sha256}"] + asserted.get("identifier", []),
        "source": pick("source", _values(fields.get("source_url")), first=True),
        "language": pick("language", _values(fields.get("language")), first=True),
        "relation": asserted.get("relation", []),
        "coverage": asserted.get("coverage", []),
        "rights": asserted.get("rights", []),
    }
    return {element: list(dict.fromkeys(v.strip() for v in values if v and v.strip()))
            for element, values in dc.items()}
