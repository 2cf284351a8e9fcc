"""The items of a news feed (RSS 0.9x, 1.0/RDF, 2.0 and Atom), read with feedparser.

Library, and why
----------------
**feedparser** 6.0.14 (BSD-2-Clause; one dependency, ``feedparser-sgmllib``): the
reader of feeds in Python for twenty years. It reads every RSS version, RDF
and Atom 0.3/1.0 into one shape, maps their many date formats to UTC, falls
back to a forgiving parser when a feed is not well-formed XML (and says so,
``bozo``), and sanitises the HTML inside items. A feed has too many dialects
and too many broken real instances for a reader of our own. It is only ever
handed bytes, never a URL or a file name, so it never fetches anything.

Decisions
---------
* **Entity declarations are dropped before parsing.** A feed has no business
  declaring entities; one that does may be a "billion laughs" bomb (expat
  2.5 stops it, but only after seconds and tens of MB) or an external entity
  naming a local file. The document type's internal subset is removed and
  the problem reported; the references then stand as unknown entities, which
  the forgiving parser keeps as text.
* **The recorded encoding wins.** Ingest chose and recorded the file's
  encoding (:mod:`archive.preservation.encoding`); it is handed to
  feedparser as the charset of an ``application/xml`` response, which
  feedparser ranks above the document's own declaration.
* **Each item's text is its content, else its summary**, its HTML made into
  paragraphs by the same extractor as our HTML pages
  (:mod:`archive.description.html_text`), so navigation and share links in
  an item are dropped as they are from a page.
* **Keys.** An item's key in its file is its GUID (``id``), else its link,
  else its position; a key met twice in one feed gets ``#2``, ``#3``... and
  the repeat is reported. ``content_digest`` is the SHA-256 of the item's
  title, text and link, so that the same item in a later fetch is known and a
  changed one is not (:mod:`archive.description.parts`).
* **Bounds**: at most ``MAX_ENTRIES`` items are read (more are reported), and
  the file itself is bounded by ingest's ``max_file_bytes``.
"""

from __future__ import annotations

import calendar
import hashlib
import html
import re
import time
from dataclasses import dataclass, field

import feedparser

from archive.description.extract import extract

__all__ = ["MAX_ENTRIES", "FeedEntry", "FeedReading", "read_feed"]

MAX_ENTRIES = 100_000
_INTERNAL_SUBSET = re.compile(rb"(<!DOCTYPE[^\[>]*)\[.*?\]\s*>", re.DOTALL | re.IGNORECASE)
_HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass
class FeedEntry:
    """One item of a feed, as the feed gives it, its text cleaned."""

    position: int                 # 0-based, in the file's order
    key: str                      # unique within the file: GUID, else link, else "position-N"
    key_kind: str                 # "guid", "link" or "position"
    guid: str | None
    link: str | None
    title: str
    authors: list[str]
    categories: list[str]
    published: str | None         # the date as the feed wrote it
    published_iso: str | None     # the same in UTC, ISO 8601 ("2016-05-03T10:00:00Z"), if readable
    date_field: str | None        # which of the item's dates it is: "published" or "updated"
    summary: str
    text: str
    language: str | None
    content_digest: str


@dataclass
class FeedReading:
    """A whole feed: its own title, link, description and language, its items, what went wrong."""

    title: str | None = None
    link: str | None = None
    description: str | None = None
    language: str | None = None
    format: str | None = None     # feedparser's name: "rss20", "atom10", "rss10", "rss091u"...
    entries: list[FeedEntry] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def _without_entities(data: bytes, problems: list[str]) -> bytes:
    """``data`` with its document type's internal subset removed, when it declares entities."""
    head = data[:65536]
    match = _INTERNAL_SUBSET.search(head)
    if not match or b"<!ENTITY" not in match.group(0).upper():
        return data
    problems.append("the feed declares entities in its document type; they were ignored "
                    "(an entity can expand without bound or read a local file)")
    return data[:match.start()] + match.group(1) + b">" + data[match.end():]


def _text(value: str | None, content_type: str = "text/html") -> str:
    """Clean text of a feed value: HTML made into paragraphs, plain text kept."""
    if not value or not value.strip():
        return ""
    if "<" not in value and "&" not in value:     # no markup: nothing to clean, whatever its type says
        return " ".join(value.split())
    page = f"<html><body><article>{value}</article></body></html>".encode("utf-8")
    found = extract(page, "html", "utf-8").text
    return found or " ".join(re.sub(r"<[^>]+>", " ", value).split())


def _line(value: str | None, detail: dict | None = None) -> str:
    """A one-line value (a title): its markup and character references undone when it is HTML."""
    value = value or ""
    if (detail or {}).get("type") in _HTML_TYPES:
        value = html.unescape(re.sub(r"<[^>]+>", " ", value))
    return " ".join(value.split())


def _iso(parsed: time.struct_time | None) -> str | None:
    if not parsed:
        return None
    try:
        return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(calendar.timegm(parsed)))
    except (OverflowError, ValueError):
        return None


def _date(entry) -> tuple[str | None, str | None, str | None]:
    """(as written, ISO in UTC, which field) of the item's publication date, else its update date."""
    for name in ("published", "updated", "created"):
        raw = entry.get(name)
        if raw:
            return raw, _iso(entry.get(f"{name}_parsed")), name
    return None, None, None


def _authors(entry) -> list[str]:
    """Names of the item's authors: the name part of "desk@site (Name)", never a bare address."""
    names = []
    for author in entry.get("authors") or []:
        name = (author.get("name") or "").strip()
        if name and "@" not in name:
            names.append(name)
    if not names and entry.get("author") and "@" not in entry["author"]:
        names.append(entry["author"].strip())
    return list(dict.fromkeys(names))


def _body(entry) -> tuple[str, str]:
    """(summary text, article text): the content if there is one, else the summary."""
    detail = entry.get("summary_detail") or {}
    summary = _text(entry.get("summary"), detail.get("type", "text/html"))
    contents = entry.get("content") or []
    text = "\n\n".join(t for t in (_text(c.get("value"), c.get("type", "text/html")) for c in contents) if t)
    return summary, text or summary


def _digest(title: str, text: str, link: str | None) -> str:
    normal = "\n".join(" ".join(part.split()) for part in (title, text, link or ""))
    return hashlib.sha256(normal.encode("utf-8", "surrogatepass")).hexdigest()


def _entry(entry, position: int, language: str | None) -> FeedEntry:
    guid = (entry.get("id") or "").strip() or None
    link = (entry.get("link") or "").strip() or None
    key, kind = (guid, "guid") if guid else (link, "link") if link else (f"position-{position}", "position")
    title = _line(entry.get("title"), entry.get("title_detail"))
    summary, text = _body(entry)
    published, published_iso, date_field = _date(entry)
    contents = entry.get("content") or []
    own_language = (contents[0].get("language") if contents else None) or language
    return FeedEntry(position=position, key=key, key_kind=kind, guid=guid, link=link, title=title,
                     authors=_authors(entry), categories=[t.get("term") for t in entry.get("tags") or [] if t.get("term")],
                     published=published, published_iso=published_iso, date_field=date_field,
                     summary=summary, text=text, language=own_language,
                     content_digest=_digest(title, text, link))


def _unique_keys(entries: list[FeedEntry], problems: list[str]) -> None:
    """Give a key met again in the same feed a ``#2``, ``#3``... suffix, and report it."""
    seen: dict[str, int] = {}
    for entry in entries:
        count = seen.get(entry.key, 0) + 1
        seen[entry.key] = count
        if count > 1:
            problems.append(f"item {entry.position + 1} repeats the {entry.key_kind} {entry.key!r} "
                            f"of an earlier item; kept as {entry.key}#{count}")
            entry.key = f"{entry.key}#{count}"


def _bozo(parsed) -> str | None:
    """feedparser's complaint about a feed that is not well-formed, in words."""
    if not parsed.get("bozo"):
        return None
    error = parsed.get("bozo_exception")
    line = getattr(error, "getLineNumber", lambda: None)()
    where = f" at line {line}" if line else ""
    message = getattr(error, "getMessage", lambda: str(error))()
    return f"the feed is not well-formed XML{where} ({message}); read by the forgiving parser"


def read_feed(data: bytes, encoding: str | None = None) -> FeedReading:
    """The feed in ``data`` (its bytes as archived), read with the encoding ingest recorded."""
    problems: list[str] = []
    data = _without_entities(data, problems)
    headers = {"content-type": f"application/xml; charset={encoding}"} if encoding else {}
    parsed = feedparser.parse(data, response_headers=headers, sanitize_html=True,
                              resolve_relative_uris=False)
    complaint = _bozo(parsed)
    if complaint:
        problems.append(complaint)
    channel = parsed.get("feed") or {}
    language = channel.get("language") or None
    items = parsed.get("entries") or []
    if len(items) > MAX_ENTRIES:
        problems.append(f"the feed holds {len(items)} items; the first {MAX_ENTRIES} are read")
        items = items[:MAX_ENTRIES]
    entries = [_entry(entry, position, language) for position, entry in enumerate(items)]
    _unique_keys(entries, problems)
    return FeedReading(title=_line(channel.get("title"), channel.get("title_detail")) or None,
                       link=channel.get("link") or None,
                       description=_text(channel.get("subtitle") or channel.get("description")),
                       language=language, format=parsed.get("version") or None,
                       entries=entries, problems=problems)
