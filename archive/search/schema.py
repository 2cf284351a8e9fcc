"""What the index holds: its fields, and the document of one derived item.

The schema (:func:`make_schema`) is the contract between everything that
writes the index (:mod:`archive.search.index_build`, :mod:`archive.search.segment_writer`,
:mod:`archive.search.segment_merge`) and everything that reads it (searching,
browsing, OAI-PMH, the web): each field's kind, and whether it is stored,
sortable or scorable. :func:`document_for` maps one
:class:`archive.description.derive.Derived` item onto those fields, with the
person authority's corrections applied.

This module owns no files and opens no index: where an index lives and how
it is opened is :mod:`archive.search.index`'s, building one is
:mod:`archive.search.reindex`'s. Keeping the mapping apart lets the build
workers import it at the top without importing the layout or the builder
(no import cycle), and keeps the fields in one place to read.

Decisions that shape the documents:

* Values are normalised once, here, so that every writer indexes the same
  terms: KEYWORD values lose their inner commas, ``source`` is the host of
  the source URL, publication bounds are ``yyyymmdd`` integers, ingest times
  are UTC datestamps.
* None and empty values are left out of a document, because Whoosh dislikes
  them; an undated item still says so (``undated=True``).
* Changing a field, or what a document puts in it, changes what is on disk:
  :data:`archive.search.index.INDEX_FORMAT` must change with it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from datetime import UTC, datetime
from urllib.parse import urlsplit

from whoosh.fields import BOOLEAN, ID, KEYWORD, NUMERIC, STORED, Schema

from archive.description.authority import SPLIT_MARK, Authority
from archive.description.derive import Derived
from archive.description.name_keys import name_key
from archive.errors import ArchiveError
from archive.search.analysis import body_text_field, heading_pairs_field, pairs_field, text_field, words_field
from archive.search.field_lengths import lengths_field

__all__ = ["SCHEMA", "document_for", "given_terms", "initial_term", "language_code", "make_schema", "person_terms", "utc_datestamp"]


# --- schema -------------------------------------------------------------------------


def make_schema() -> Schema:
    """The index schema. Decisions:

    * ``text`` is stored: result snippets and highlights need it, and
      re-extracting PDFs and HTML per result is slow; the index is derived and
      disposable, and the text is far smaller than the payloads. Consumers must
      not show stored text of ``restricted`` items.
    * Publication bounds are NUMERIC ``yyyymmdd`` integers, not DATETIME: EDTF
      bounds are calendar days with no time or zone, and integers sort and
      range-query exactly. Undated items get no bounds and ``undated=True``.
    * ``title`` and ``standfirst`` are folded words with packed positions;
      ``text`` has no positions: ``text_pairs`` (adjacent pairs of the build's
      pair words) and ``text_words`` (its folded words, a column) are derived
      from it by the writer for phrase search (:mod:`archive.search.analysis`,
      :mod:`archive.search.phrases`), and ``heading_pairs`` (every adjacent pair of
      the title's and standfirst's words); a document never gives them itself.
    * ``person`` holds name keys (:func:`archive.description.name_keys.name_key`) as whole
      comma-separated terms, not analysed words, because a key may contain
      spaces (a full name) and must match exactly. ``place`` likewise holds
      place keys (:func:`archive.description.places.place_key`: Alma-Ata and Almaty are one).
    """
    return Schema(
        id=ID(unique=True, stored=True, sortable=True),   # a column: the date order's tie-break
        sha256=STORED(),
        title=text_field(stored=True, field_boost=2.0),
        standfirst=text_field(stored=True),
        text=body_text_field(stored=True),
        text_pairs=pairs_field(),
        text_words=words_field(),
        heading_pairs=heading_pairs_field(),
        authors=KEYWORD(lowercase=True, commas=True, stored=True, scorable=True),
        publisher=KEYWORD(lowercase=True, commas=True, stored=True),
        subjects=KEYWORD(lowercase=True, commas=True, stored=True),
        source=ID(stored=True),
        source_url=STORED(),
        language=ID(stored=True),
        kind=ID(stored=True),
        restricted=BOOLEAN(stored=True),     # asserted, or (failing closed) its tag files do not verify
        untrusted=STORED(),                  # why its tag files do not verify (a list), if they do not
        ingested=ID(stored=True, sortable=True),   # UTC YYYY-MM-DDThh:mm:ssZ: OAI-PMH datestamps
        dateline=ID(stored=True),
        pub_edtf=ID(stored=True),
        pub_source=STORED(),
        pub_earliest=NUMERIC(int, bits=32, stored=True, sortable=True),
        pub_latest=NUMERIC(int, bits=32, stored=True, sortable=True),
        pub_year=ID(stored=True, sortable=True),
        undated=BOOLEAN(stored=True),
        mentioned_year=KEYWORD(commas=True),
        person=KEYWORD(commas=True, scorable=True),
        person_names=STORED(),
        person_forms=STORED(),      # JSON [{key, name, forms}], corrections applied
        place=KEYWORD(commas=True, scorable=True),   # place keys (archive.description.places.place_key)
        place_forms=STORED(),       # JSON [{key, name, forms}]
        field_lengths=lengths_field(),   # exact lengths, so that merged segments stay exact
        language_source=STORED(),
        language_detail=STORED(),   # {method, confidence} of an identified language
        container=ID(stored=True),  # an article's file: the bag it was derived from
        part=STORED(),              # where in its file: {position, of, key, key_kind, link, captured, digest}
        parts=STORED(),             # a file's count of articles
        entry_key=ID(stored=True),  # the same item in every fetch (GUID, link, URI)
        entry=ID(stored=True),      # ... with the same content: listed once (repeated_entries)
        reading_problems=STORED(),  # a feed's or WARC's faults met reading it (by record), for its page
        found_in=STORED(),          # where the document stated its title, authors, date... {field: where}
        # a withdrawn item's stub (archive.search.tombstones): restricted too, so every query path
        # excludes it; no content. tombstone: {withdrawn, reason, purged, public}
        withdrawn=BOOLEAN(stored=True),
        tombstone=STORED(),
        changed=ID(stored=True, sortable=True),   # UTC datestamp of a withdrawal or readmission: OAI-PMH's
        amended=STORED(),           # the archivist's record amended: {date (UTC datestamp), count}; also ``changed``
    )


SCHEMA = make_schema()


# --- documents ----------------------------------------------------------------------


def _keywords(values: Iterable[str]) -> str:
    """A comma-separated KEYWORD value; commas inside a value become spaces so it stays one term."""
    cleaned = (" ".join(v.replace(",", " ").split()) for v in values if v)
    return ",".join(dict.fromkeys(v for v in cleaned if v))


def _source_host(url: str | None) -> str | None:
    """The host of the source URL, lower-cased and without ``www.``, for "from this site" filters."""
    if not url:
        return None
    url = url.strip()
    if "://" not in url and not url.startswith("//"):
        url = "//" + url    # a bare host name ("example.com" or "example.com/news") is a source too
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host.removeprefix("www.")


def language_code(tag: str | None) -> str | None:
    """The language subtag of a BCP 47 tag, lower-cased (``en-GB``, ``en_us``: ``en``), for the
    facet and the filter: a researcher asks for English, not for one country's spelling of it."""
    code = (tag or "").strip().replace("_", "-").split("-")[0].lower()
    return code or None


def _yyyymmdd(day: str | None) -> int | None:
    """``2004-04-06`` -> 20040406; anything that is not a plain day gives None."""
    if day and re.fullmatch(r"\d{4}-\d{2}-\d{2}", day):
        return int(day.replace("-", ""))
    return None


def person_terms(people: list[dict], authority: Authority | None = None) -> list[str]:
    """Every key a person search may use: the key, its surname key, the display name's key.

    ``key`` is the surname key today, but may be a full-name key (with spaces);
    its last token is indexed as a term of its own so a surname search always
    matches. The key of the display name lets a full-name search match too.

    With an ``authority`` (:mod:`archive.description.authority`), ``people`` are first
    corrected by it and every key is mapped to its canonical key; a person
    split off by spelling gets its split key only.
    """
    if authority is not None and not authority.empty:
        people = authority.apply(people)
    resolve = authority.resolve if authority is not None else (lambda key: key)
    terms: list[str] = []
    for person in people:
        if SPLIT_MARK in (person.get("key") or ""):
            terms.append(person["key"])
            continue
        for key in (person.get("key") or "", resolve(name_key(person.get("name") or ""))):
            if key:
                terms.append(key)
                terms.append(key.split()[-1])
        terms += given_terms(person.get("name") or "", person.get("key") or "", resolve)
    return list(dict.fromkeys(terms))


def given_terms(name: str, key: str, resolve=lambda key: key) -> list[str]:
    """The terms that tell this person from others of the surname: ``given surname``
    keys (the middle name left out: Hillary Rodham Clinton is ``kilari clinton``)
    and the initial's class (``k. clinton``: every Clinton whose given name starts so).

    A full-name search matches the first (or an article naming only "H. Clinton",
    whose key is ``k clinton``); an initial's search ("H. Clinton") matches the second.
    The names are the canonical ones: a full name an alias moved (Mukhtabar
    Abliyazov to Mukhtar Ablyazov) gives the target's given name; otherwise the
    given name as written and the canonical surname.
    """
    full = name_key(name)
    canonical = resolve(full) if full else ""
    if canonical and canonical != full:
        words = canonical.split()
        given, surname = (words[0], words[-1]) if len(words) > 1 else ("", "")
    else:
        words = name.split()
        given = name_key(words[0]) if len(words) > 1 else ""
        surname = (resolve(key).split() or [""])[-1] if key else ""
    if not given or not surname or given == surname:
        return []
    terms = [initial_term(given, surname)]
    if len(given) > 1:
        terms.insert(0, f"{given} {surname}")
    return terms


def initial_term(given_key: str, surname_key: str) -> str:
    """The term of everyone of a surname whose given name starts with ``given_key``'s
    letter: ``k. clinton``. The full stop keeps it apart from any name key (``k clinton``,
    the key of an article that writes only "H. Clinton")."""
    return f"{given_key[0]}. {surname_key}"


def utc_datestamp(value: str) -> str:
    """An ISO 8601 date-time (any offset, ``Z`` or none = UTC) as ``YYYY-MM-DDThh:mm:ssZ``."""
    try:
        moment = datetime.fromisoformat(value.strip())
    except (AttributeError, ValueError) as exc:
        raise ArchiveError(f"not an ISO 8601 date-time: {value!r}") from exc
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _ingest_datestamp(value: str | None) -> str | None:
    """The stored ``ingested`` value; None when the bag records no readable ingest time."""
    try:
        return utc_datestamp(value) if value else None
    except ArchiveError:
        return None


def _mentioned_years(dates: list[dict]) -> list[str]:
    """Years of the dates mentioned in the text, for "articles mentioning 2002"."""
    years = (re.match(r"\d{4}", d.get("edtf") or "") for d in dates)
    return sorted({m.group(0) for m in years if m})


def _publication_fields(publication: dict | None) -> dict:
    """Publication date fields; an undated item gets ``undated=True`` and no bounds."""
    if not publication:
        return {"undated": True}
    earliest = _yyyymmdd(publication.get("earliest"))
    latest = _yyyymmdd(publication.get("latest"))
    fields: dict = {"undated": earliest is None and latest is None,
                    "pub_edtf": publication.get("edtf"), "pub_source": publication.get("source")}
    if earliest is not None:
        fields["pub_earliest"] = earliest
        fields["pub_year"] = str(earliest // 10000)
    if latest is not None:
        fields["pub_latest"] = latest
    return fields


def _amended_fields(derived: Derived) -> dict:
    """The last amendment of the archivist's record (its page says so), which is also the record's
    last change: OAI-PMH's datestamp moves to it, so that a harvester fetches the new values."""
    stamp = _ingest_datestamp(derived.amended)
    if stamp is None:
        return {}
    return {"amended": {"date": stamp, "count": derived.amendments}, "changed": stamp}


def document_for(derived: Derived, authority: Authority | None = None) -> dict:
    """The Whoosh document of one derived item (None values are left out, Whoosh dislikes them).

    ``authority``: the person corrections to apply (see :func:`person_terms`).
    """
    people = authority.apply(derived.people) if authority is not None else derived.people
    doc = {
        "id": derived.id,
        "sha256": derived.sha256,
        "title": derived.title,
        "standfirst": derived.standfirst,
        "text": derived.text,
        "authors": _keywords(derived.authors),
        "_stored_authors": list(derived.authors),
        "publisher": derived.publisher,
        "subjects": _keywords(derived.subjects),
        "_stored_subjects": list(derived.subjects),
        "source": _source_host(derived.source_url),
        "source_url": derived.source_url,
        "language": language_code(derived.language),
        "kind": derived.kind,
        "restricted": bool(derived.restricted),
        "untrusted": list(derived.untrusted) or None,
        "ingested": _ingest_datestamp(derived.ingested),
        "dateline": derived.dateline,
        "mentioned_year": _keywords(_mentioned_years(derived.dates_mentioned)),
        "person": _keywords(person_terms(derived.people, authority)),
        "person_names": [p["name"] for p in people if p.get("name")],
        "person_forms": json.dumps(people, ensure_ascii=False) if people else None,
        "place": _keywords(p["key"] for p in derived.places),
        "place_forms": json.dumps(derived.places, ensure_ascii=False) if derived.places else None,
        **_publication_fields(derived.publication),
        "language_source": derived.language_source if derived.language else None,
        "language_detail": derived.language_detail,
        "container": derived.container,
        "part": derived.part,
        "parts": derived.parts or None,
        "entry_key": derived.entry_key,
        "entry": derived.entry,
        "reading_problems": list(derived.warnings) if derived.kind in ("feed", "warc") else None,   # a file's own record
        "found_in": dict(derived.found_in) or None,
        **_amended_fields(derived),
    }
    return {name: value for name, value in doc.items() if value is not None and value != ""}
