"""Everything the search index needs of one item, derived from its bag alone.

The indexer calls :func:`derive` once per bag. It reads the bag (the
archivist's ``metadata.csv`` values, recorded at ingest, and the payload) and
never writes to it: what is derived here can always be derived again, by a
better extractor, without touching the preserved bytes.

Where the archivist and the document disagree, the archivist wins: a value in
``metadata.csv`` was stated by a person about this item, while a document's own
fields (an HTML ``<title>``, a PDF ``/Author``) are often site furniture or
software defaults. Each such field says where it came from, so a reader of the
index can judge it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING

from archive.preservation.date_parsing import parse_asserted
from archive.preservation.descriptive_versions import amendment_events
from archive.description.dates import SOURCE_DOCUMENT as DATE_FROM_DOCUMENT
from archive.description.dates import find_dateline, find_dates, publication_date
from archive.description.extract import extract_item
from archive.description.extracted import Extracted
from archive.description.language import identify_language
from archive.description.names import people
from archive.description.places import places

if TYPE_CHECKING:
    from archive.preservation.catalog import Item

__all__ = ["Derived", "derive", "record", "SOURCE_METADATA", "SOURCE_DOCUMENT", "SOURCE_FILE_NAME",
           "SOURCE_IDENTIFIED"]

#: Where a descriptive field came from.
SOURCE_METADATA = "metadata.csv"
SOURCE_DOCUMENT = "document"
SOURCE_FILE_NAME = "file name"
SOURCE_IDENTIFIED = "identified from the text"


@dataclass
class Derived:
    """The index record of one item; every field is derived, none is written to the bag."""

    id: str
    sha256: str
    kind: str | None
    restricted: bool
    title: str
    title_source: str
    standfirst: str | None = None
    authors: list[str] = field(default_factory=list)
    authors_source: str | None = None
    publisher: str | None = None
    publisher_source: str | None = None
    language: str | None = None
    language_source: str | None = None
    source_url: str | None = None
    subjects: list[str] = field(default_factory=list)
    text: str = ""
    dateline: str | None = None           # the place of the dateline, if the text opens with one
    publication: dict | None = None       # {edtf, source, detail, earliest, latest}, None: unknown
    dates_mentioned: list[dict] = field(default_factory=list)   # {surface, edtf, precision}
    people: list[dict] = field(default_factory=list)            # {name, key, forms}
    places: list[dict] = field(default_factory=list)            # {name, key, forms}, dateline first
    ingested: str | None = None           # the ingest event's date-time, from the bag
    warnings: list[str] = field(default_factory=list)
    untrusted: list[str] = field(default_factory=list)   # why its tag files fail: then restricted
    language_detail: dict | None = None   # how an identified language was found: {method, confidence}
    # One file, several articles (archive.description.parts): an article's ``container`` is
    # the bag of the file it came from and ``part`` says where in it; a file's ``parts``
    # counts its articles.
    container: str | None = None
    part: dict | None = None              # {position, key, key_kind, link, captured, digest}
    parts: int = 0
    entry_key: str | None = None          # the same item (GUID, link, URI) in every fetch of it
    entry: str | None = None              # the same item with the same content: listed once
    # Where in the document each field taken from it was stated ("og:title", "<html lang>",
    # "JSON-LD datePublished"...): only fields whose value is the document's own.
    found_in: dict = field(default_factory=dict)
    # The archivist's record amended since ingest (``archive amend``): the last amendment's
    # date-time and how many there were, from the bag's provenance.
    amended: str | None = None
    amendments: int = 0

    def as_dict(self) -> dict:
        """A plain dict for JSON: every value is already a str, bool, list, dict or None."""
        return asdict(self)


def _values(item: Item, name: str) -> list[str]:
    """The non-blank values the archivist gave for ``name``; blanks say nothing."""
    return [v.strip() for v in item.metadata.get(name) or [] if v and v.strip()]


def _first(item: Item, name: str) -> str | None:
    values = _values(item, name)
    return values[0] if values else None


def _title(item: Item, extracted: Extracted) -> tuple[str, str]:
    """A title is always given: the archivist's, else the document's, else the file's name."""
    asserted = _first(item, "dc.title")
    if asserted:
        return asserted, SOURCE_METADATA
    if extracted.title:
        return extracted.title, SOURCE_DOCUMENT
    return item.original_name, SOURCE_FILE_NAME


def _prefer(asserted, found) -> tuple:
    """The archivist's value if any, else the document's, with its source (None when neither)."""
    if asserted:
        return asserted, SOURCE_METADATA
    if found:
        return found, SOURCE_DOCUMENT
    return found, None


def _publication(item: Item, extracted: Extracted, warnings: list[str]) -> dict | None:
    """The publication date by the rules of :func:`archive.description.dates.publication_date`.

    A ``dc.date`` that is not a date is reported, not silently dropped: the
    archivist should fix it, and meanwhile the document's own dates are used.
    """
    asserted = _first(item, "dc.date")
    if asserted is not None and parse_asserted(asserted) is None:
        warnings.append(f"dc.date {asserted!r} is not a date")
        asserted = None
    found = publication_date(asserted, extracted.meta_dates, extracted.text)
    return found.as_dict() if found is not None else None


def _dates_mentioned(text: str) -> list[dict]:
    """Dates in the running text, for "articles mentioning 2002" searches."""
    return [{"surface": m.surface, "edtf": str(m.edtf), "precision": m.precision}
            for m in find_dates(text)]


def _people(text: str) -> list[dict]:
    """People of the article; ``key`` is the surname key, which files one person across articles."""
    return [{"name": p.name, "key": p.key, "forms": dict(p.forms)} for p in people(text)]


def _places(text: str, dateline: str | None) -> list[dict]:
    """Places of the article (:mod:`archive.description.places`); ``key`` files one place across spellings and names."""
    return [{"name": p.name, "key": p.key, "forms": dict(p.forms)} for p in places(text, dateline)]


def _dateline_place(text: str) -> str | None:
    """The place the article was filed from, if it opens with a dateline."""
    found = find_dateline(text)
    return found.place if found is not None else None


def _language(item: Item, extracted: Extracted) -> tuple[str | None, str | None, dict | None]:
    """(language, source, detail): the archivist's, else the document's, else identified from the text.

    An identified language is stored as derived, with the library and its
    confidence; none is given when the text is too short or too unsure.
    """
    language, source = _prefer(_first(item, "dc.language"), extracted.language)
    if language:
        return language, source, None
    guess = identify_language(extracted.text)
    if guess is None:
        return None, None, None
    return guess.tag, SOURCE_IDENTIFIED, guess.as_dict()


def derive(item: Item) -> Derived:
    """The index record of ``item``, computed from its bag alone; never raises for bad content.

    Extraction problems come back in ``warnings`` (from :func:`extract_item`),
    together with any archivist's value that could not be used.
    """
    extracted = extract_item(item)
    warnings = list(extracted.warnings)
    title, title_source = _title(item, extracted)
    publication = _publication(item, extracted, warnings)
    return record(item, extracted, title=(title, title_source), publication=publication,
                  authors=_prefer(_values(item, "dc.creator"), list(extracted.authors)),
                  warnings=warnings, source_url=_first(item, "dc.source"))


def record(item: Item, extracted: Extracted, *, title: tuple[str, str], publication: dict | None,
           authors: tuple, warnings: list[str], source_url: str | None, **fields) -> Derived:
    """The record of ``item`` (or of one article of it) from what was extracted.

    What only the whole file can say (its title, author and date as asserted)
    is decided by the caller; what the archivist said of the file that holds
    for each of its articles (publisher, language, subjects, access) and what
    the text gives (people, places, dates mentioned, language) is decided here.
    ``fields`` sets the rest (``id``, ``kind``, ``container``, ``part``...).
    """
    publisher, publisher_source = _prefer(_first(item, "dc.publisher"), extracted.publisher)
    language, language_source, language_detail = _language(item, extracted)
    text = extracted.text
    dateline = _dateline_place(text)
    values = dict(
        id=item.id, sha256=item.sha256, kind=item.kind, restricted=item.hidden,
        untrusted=list(item.trust_problems),
        title=title[0], title_source=title[1], standfirst=extracted.standfirst,
        authors=authors[0] or [], authors_source=authors[1],
        publisher=publisher, publisher_source=publisher_source,
        language=language, language_source=language_source, language_detail=language_detail,
        source_url=source_url, subjects=_values(item, "dc.subject"),
        text=text, dateline=dateline, places=_places(text, dateline), publication=publication,
        dates_mentioned=_dates_mentioned(text), people=_people(text), warnings=warnings,
        ingested=item.ingested or None, **_amended(item))
    values["found_in"] = _found_in(extracted, values, title, authors)
    values.update(fields)
    return Derived(**values)


def _amended(item: Item) -> dict:
    """When the archivist's record was last amended and how often (its "metadata modification" events)."""
    events = amendment_events(item.provenance)
    return {"amended": events[-1].get("eventDateTime") if events else None, "amendments": len(events)}


def _found_in(extracted: Extracted, values: dict, title: tuple, authors: tuple) -> dict:
    """Where the document stated each field the record takes from it (none the archivist gave)."""
    taken = {"title": title[1], "authors": authors[1], "publisher": values["publisher_source"],
             "language": values["language_source"]}
    found = {name: where for name, where in extracted.found_in.items()
             if taken.get(name, SOURCE_DOCUMENT) == SOURCE_DOCUMENT}
    publication = values["publication"] or {}
    if publication.get("source") == DATE_FROM_DOCUMENT and publication.get("detail") in extracted.date_origins:
        found["date"] = extracted.date_origins[publication["detail"]]
    return found
