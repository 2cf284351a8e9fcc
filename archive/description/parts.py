"""The articles of a file that holds several: a news feed's items, a web archive's pages.

A file is preserved whole, in one bag, exactly as received: a feed of fifty
items is one bag, with one SHA-256. What researchers search, read and cite
are its articles, so each one becomes a record of its own, derived from that
bag alone (:func:`derive_records`), and rebuilt from it by every reindex.

Decisions:

* **Ids are stable and say where they come from**: the bag's id, a hyphen,
  and 8 hex digits of the SHA-256 of the item's key within the file (its
  GUID, else its link, else its position; for WARC, the WARC-Record-ID).
  The same file always gives the same ids; the bag's id names the file, so a
  citation leads to the bytes.
* **The file keeps a record too** (its own id, kind ``feed`` or ``warc``):
  its title (the archivist's, else the feed's), its own description as text,
  and how many articles it holds. Its articles point back (``container``).
* **What the archivist said of the file** holds for each article where it can:
  publisher, language, subjects and access (a restricted feed restricts every
  item). Title, author and date describe the file and are not copied to its
  articles, which have their own.
* **Dates.** A feed item's date is the feed's (``pubDate``, ``published``,
  else ``updated``), recorded as coming from the feed. A WARC capture's
  ``WARC-Date`` is when it was captured, never a publication date: it is kept
  apart (``part.captured``), and the page's own date, if it states one, is
  the publication date.
* **Which captures are articles**: ``response`` records with a 2xx status and
  ``resource`` records, whose payload is HTML or plain text. An error page, a
  redirect, an image or a script stays in the bag and is not an article.
* **The same item in two fetches is one article.** ``entry_key`` names the
  item across files (the key above for feeds; the target URI for captures)
  and ``entry`` the item with its content: the index lists one record per
  ``entry`` (:mod:`archive.search.repeated_entries`), so a feed fetched daily
  does not list yesterday's items again, while an item whose text changed is
  kept as a new version of the same ``entry_key``.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from archive.description.dates import publication_date
from archive.description.derive import (SOURCE_DOCUMENT, SOURCE_FILE_NAME, SOURCE_METADATA, Derived, _first, _values,
                                        derive, record)
from archive.description.extract import extract, recorded_encoding
from archive.description.extracted import Extracted
from archive.description.feed_entries import FeedEntry, read_feed
from archive.description.warc_records import WarcItem, read_warc

if TYPE_CHECKING:
    from archive.preservation.catalog import Item

__all__ = ["CONTAINER_KINDS", "SOURCE_FEED", "derive_records", "is_record_id", "part_id", "split_record_id"]

#: kinds whose files hold several articles
CONTAINER_KINDS = ("feed", "warc")
SOURCE_FEED = "feed"
_RECORD_ID = re.compile(r"^([0-9a-f]{16})(?:-([0-9a-f]{8}))?$")


def part_id(bag_id: str, key: str) -> str:
    """The id of the article with ``key`` in the file of bag ``bag_id``."""
    return f"{bag_id}-{hashlib.sha256(key.encode('utf-8', 'surrogatepass')).hexdigest()[:8]}"


def is_record_id(text: str) -> bool:
    """A full id of a record: a bag's (16 hex digits) or an article's in it (plus ``-`` and 8)."""
    return bool(_RECORD_ID.match(text or ""))


def split_record_id(text: str) -> tuple[str, str | None]:
    """(the bag's id, the article's suffix or None) of a record id; ValueError if it is none."""
    match = _RECORD_ID.match(text or "")
    if not match:
        raise ValueError(f"not a record id: {text!r}")
    return match.group(1), match.group(2)


def _digest(*parts: str) -> str:
    return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:16]


def derive_records(item: Item) -> Iterator[Derived]:
    """Every record of ``item``: its own, then one per article when its file holds several.

    A generator: a web archive of 20,000 pages is derived one page at a time,
    so memory follows the largest page, not the file.
    """
    if item.kind == "feed":
        yield from _feed_records(item)
    elif item.kind == "warc":
        yield from _warc_records(item)
    else:
        yield derive(item)


def _payload(item: Item, warnings: list[str]) -> bytes | None:
    try:
        return item.payload.read_bytes()
    except OSError as exc:
        warnings.append(f"payload unreadable: {exc}")
        return None


def _container(item: Item, title: str | None, text: str, count: int, warnings: list[str],
               language: str | None = None) -> Derived:
    """The record of the file itself: the archivist's title, else the file's own, else its name."""
    asserted = _first(item, "dc.title")
    chosen = (asserted, SOURCE_METADATA) if asserted else \
        (title, SOURCE_DOCUMENT) if title else (item.original_name, SOURCE_FILE_NAME)
    extracted = Extracted(text=text, language=language)
    return record(item, extracted, title=chosen, publication=None, authors=([], None),
                  warnings=warnings, source_url=_first(item, "dc.source"), parts=count)


# --------------------------------------------------------------------------- feeds

def _entry_extracted(entry: FeedEntry, language: str | None) -> Extracted:
    summary = entry.summary if entry.summary and entry.summary.strip() != entry.text.strip() else None
    return Extracted(text=entry.text, title=entry.title or None, authors=list(entry.authors),
                     language=entry.language or language, standfirst=summary)


def _entry_publication(entry: FeedEntry) -> dict | None:
    """The item's date as the feed gives it, recorded as coming from the feed."""
    for value in (entry.published_iso, entry.published):
        found = publication_date(None, [value], "") if value else None
        if found is not None:
            publication = found.as_dict()
            publication["source"] = SOURCE_FEED
            publication["detail"] = f"{entry.date_field}: {entry.published}"
            return publication
    return None


def _feed_entry(item: Item, entry: FeedEntry, language: str | None, count: int) -> Derived:
    extracted = _entry_extracted(entry, language)
    title = (entry.title, SOURCE_FEED) if entry.title else (f"{item.original_name}, item {entry.position + 1}",
                                                           SOURCE_FILE_NAME)
    keyed = entry.key_kind in ("guid", "link")
    return record(
        item, extracted, title=title, publication=_entry_publication(entry),
        authors=(list(entry.authors), SOURCE_FEED if entry.authors else None), warnings=[],
        source_url=entry.link or None, id=part_id(item.id, entry.key), kind="feed-item",
        subjects=[*_values(item, "dc.subject"), *entry.categories],
        container=item.id, part={"position": entry.position, "of": count, "key": entry.key,
                                 "key_kind": entry.key_kind, "link": entry.link or None,
                                 "digest": entry.content_digest},
        entry_key=_digest("feed", entry.key) if keyed else None,
        entry=_digest("feed", entry.key, entry.content_digest) if keyed else None)


def _feed_records(item: Item) -> Iterator[Derived]:
    """The file's own record, then one per item of the feed."""
    warnings: list[str] = []
    data = _payload(item, warnings)
    if data is None:
        yield _container(item, None, "", 0, warnings)
        return
    reading = read_feed(data, recorded_encoding(item))
    del data
    warnings += reading.problems
    count = len(reading.entries)
    yield _container(item, reading.title, reading.description or "", count, warnings, reading.language)
    for entry in reading.entries:
        yield _feed_entry(item, entry, reading.language, count)


# --------------------------------------------------------------------------- web archives

def _capture(item: Item, capture: WarcItem) -> Derived:
    extracted = extract(capture.payload, capture.kind, capture.charset)
    warnings = list(extracted.warnings)
    if not capture.complete:
        warnings.append("the page's body was cut (too large or truncated): only its start was read")
    found = publication_date(None, extracted.meta_dates, extracted.text)
    uri = capture.target_uri or ""
    title = (extracted.title, SOURCE_DOCUMENT) if extracted.title else (uri or item.original_name, "target URI")
    return record(
        item, extracted, title=title, publication=found.as_dict() if found else None,
        authors=(list(extracted.authors), SOURCE_DOCUMENT if extracted.authors else None),
        warnings=warnings, source_url=uri or None, id=part_id(item.id, capture.key),
        kind="web-capture", container=item.id,
        part={"position": capture.position, "of": None, "key": capture.key, "key_kind": "record",
              "link": uri or None, "captured": capture.warc_date, "digest": capture.payload_digest,
              "http_status": capture.http_status},
        entry_key=_digest("uri", uri) if uri else None,
        entry=_digest("uri", uri, capture.payload_digest) if uri else None)


def _warc_records(item: Item) -> Iterator[Derived]:
    """The pages of a web archive, one at a time, then the file's own record (its count known then)."""
    reading = read_warc(item.payload)
    count = 0
    try:
        for capture in reading.items():
            if capture.http_status is None or 200 <= capture.http_status < 300:   # not a 404 or a redirect
                count += 1
                yield _capture(item, capture)
    except OSError as exc:
        reading.problems.append(f"payload unreadable: {exc}")
    yield _container(item, None, "", count, list(reading.problems))


# --------------------------------------------------------------------------- the relation, read from the bag

def articles_of(item: Item) -> tuple[list[dict], list[str]]:
    """The articles the file of ``item`` holds, from its bag alone ([{id, title, position, key,
    link, date}]), and the problems met reading the file (a malformed feed, a cut WARC record)."""
    articles: list[dict] = []
    problems: list[str] = []
    if item.kind not in CONTAINER_KINDS:
        return articles, problems
    for derived in derive_records(item):
        if derived.container:
            articles.append(_summary(derived))
        else:
            problems = list(derived.warnings)
    return articles, problems


def _summary(derived: Derived) -> dict:
    part = derived.part or {}
    return {"id": derived.id, "title": derived.title, "position": part.get("position"),
            "key": part.get("key"), "key_kind": part.get("key_kind"), "link": part.get("link"),
            "captured": part.get("captured"),
            "date": (derived.publication or {}).get("edtf")}


def find_article(item: Item, record_id: str) -> Derived | None:
    """The record ``record_id`` among those derived from ``item``'s file, or None."""
    for derived in derive_records(item):
        if derived.id == record_id:
            return derived
    return None
