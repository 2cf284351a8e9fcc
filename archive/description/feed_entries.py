"""The items of a news feed (RSS 0.9x, RSS 1.0/RDF, RSS 2.0, Atom), each as an article.

A feed file is one fetch of a site's list of recent articles. Each item is
read here as the archive reads an article: a key that finds the same item in
another fetch, its title, authors, categories and date as the feed states
them, and its text cleaned into paragraphs the way a saved page's text is.
This module only reads bytes; it knows nothing of bags or the index.

Library, and why
----------------
**feedparser** 6.0.14 (with its ``feedparser-sgmllib`` 2.1.0). Feeds come in
nine dialects, each with its own place for the date, the author and the
body, and real feeds are often not well-formed. feedparser has mapped them
into one shape for two decades: every RSS version, RDF and Atom, dates in
their many formats parsed to UTC, and a forgiving second parser for a feed
that is not well-formed (``bozo``, with the reason).

Decisions
---------
* **Bytes in, never a name.** ``feedparser.parse`` opens a ``str`` or
  ``bytes`` that names a file or URL; it is only given an ``io.BytesIO``,
  so it reads what it is handed. Its XML parser loads no external entity
  or DTD.
* **Entity declarations are refused.** feedparser strips ``<!ENTITY>``
  lines from a prolog, but not declarations on the DOCTYPE's own line:
  such a "billion laughs" reaches expat intact. Expat 2.5.0 (this
  Python's) stops a 1 KB one after 0.8 s and 18 MB, but its limit is a
  ratio to the bytes read: a 16 MB document ending in one hands over 1.36
  GB of text in 28 s first. Feeds have no use for entities: a feed whose
  DTD declares one gives no items and a problem
  (:func:`archive.description.xml_text.declared_entity`).
* **The recorded encoding wins.** The bytes are decoded as ingest recorded
  (as every format is, :func:`archive.description.xml_text.decode_xml`),
  re-encoded as UTF-8 and handed over as ``application/xml;
  charset=utf-8``, a charset feedparser ranks above the document's own
  ``<?xml encoding?>`` (RFC 3023): a feed is read as recorded whatever it
  declares, and bytes not valid in it are replaced and reported.
* **Text as from a page.** An item's text is its content, else its
  summary; HTML goes through the steps of a saved page's article
  (:mod:`archive.description.html_fragments`: furniture out, blocks made
  paragraphs, chrome lines dropped), so scripts, menus and share links go.
  The item is the article, so the page's search for one is skipped (four
  times faster). feedparser's HTML sanitising and link resolving are off:
  their output is only made into text, and they take nearly half its time.
* **Keys.** An item is known in its file by its GUID (Atom ``id``, RSS
  ``guid``, RDF ``rdf:about``), else its link, else its position; a key met
  again in the feed gets ``#2``, ``#3``... and is reported.
  ``content_digest`` tells a changed item from an unchanged one across
  fetches.
* **Bounds.** At most ``MAX_ENTRIES`` items are read, and
  ``MAX_ITEM_CHARS`` of one item (more is reported); the file's size is
  bounded by ingest. Time and memory grow in proportion to the feed
  (``bench/feeds.py``).
"""

from __future__ import annotations

import calendar
import hashlib
import html
import io
import re
import time
import unicodedata
import warnings
from dataclasses import asdict, dataclass, field

import feedparser
from bs4 import BeautifulSoup, ParserRejectedMarkup, XMLParsedAsHTMLWarning

from archive.description.clean_text import _clean_paragraphs, _plain_paragraphs, _squash
from archive.description.html_fragments import block_paragraphs, remove_furniture
from archive.description.xml_text import declared_entity, decode_xml

__all__ = ["MAX_ENTRIES", "FeedEntry", "FeedReading", "content_digest", "read_feed"]

#: Items read from one feed; more are left out and reported.
MAX_ENTRIES = 100_000
#: Characters of one item's summary or content that are read; a longer one is cut there and reported.
#: Real articles are a few tens of KB; a cut keeps one item's HTML tree (some 20 bytes of memory for
#: each character) from taking hundreds of MB.
MAX_ITEM_CHARS = 1_000_000
#: Repeated keys reported one by one; more are counted in one further problem.
REPORTED_REPEATS = 20

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml", "html", "xhtml"})
_TAG = re.compile(r"<[^>]*>")


@dataclass
class FeedEntry:
    """One item of a feed, as the feed states it, its text cleaned."""

    position: int                  # 0-based, in the file's order
    key: str                       # unique in the file: the GUID, else the link, else "position-N"
    key_kind: str                  # "guid", "link" or "position"
    guid: str | None
    link: str | None
    title: str                     # plain text
    authors: list[str]             # names; a bare e-mail address is not one
    categories: list[str]
    published: str | None          # the date as the feed wrote it
    published_iso: str | None      # the same in UTC, "2016-05-03T10:00:00Z", if feedparser read it
    date_field: str | None         # "published", or "updated" when the item has no publication date
    summary: str                   # plain text
    text: str                      # the article: content, else summary; paragraphs split by blank lines
    language: str | None           # the item's, else the feed's
    content_digest: str            # sha256 of title, text and link, normalised


@dataclass
class FeedReading:
    """A whole feed: its own title, link, description and language, its items, what went wrong."""

    title: str | None = None
    link: str | None = None
    description: str = ""
    language: str | None = None
    format: str | None = None      # feedparser's version: "rss20", "atom10", "rss10", "rss091u"...
    entries: list[FeedEntry] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return asdict(self)


# --------------------------------------------------------------------------- text of feed values

def _is_html(content_type: str | None) -> bool:
    return (content_type or "text/html") in _HTML_TYPES


def _body_text(value: str | None, content_type: str | None, cuts: list[str]) -> str:
    """Clean text of a summary or content, paragraphs separated by blank lines.

    A value longer than ``MAX_ITEM_CHARS`` is read up to there, and HTML that
    html.parser refuses is read without its tags; ``cuts`` gets a note of either.
    """
    if not value or value.isspace():
        return ""
    if len(value) > MAX_ITEM_CHARS:
        cuts.append(f"too long to read whole: {len(value):,} characters, cut at {MAX_ITEM_CHARS:,}")
        value = value[:MAX_ITEM_CHARS]
    if not _is_html(content_type) or "<" not in value:
        plain = html.unescape(value) if _is_html(content_type) else value
        return "\n\n".join(_clean_paragraphs(_plain_paragraphs(plain)))
    # the item is the article: its own <header> stays, menus and scripts inside it go
    try:
        with warnings.catch_warnings():     # an item may hold XHTML: html.parser reads it as meant
            warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
            soup = BeautifulSoup(f"<article>{value}</article>", "html.parser")
    except ParserRejectedMarkup:            # html.parser gives up on a few broken declarations
        cuts.append("HTML that html.parser rejects; its tags were dropped by pattern")
        return "\n\n".join(_clean_paragraphs(_plain_paragraphs(html.unescape(_TAG.sub(" ", value)))))
    article = soup.article if "</article" not in value.lower() else None
    remove_furniture(soup, article or soup)
    return "\n\n".join(_clean_paragraphs(block_paragraphs(article or soup)))


def _line_text(value: str | None, content_type: str | None) -> str:
    """A title as one line of plain text (an Atom title may be HTML)."""
    if not value:
        return ""
    if _is_html(content_type) and "<" in value:
        try:
            value = BeautifulSoup(value, "html.parser").get_text(" ")
        except ParserRejectedMarkup:
            value = html.unescape(_TAG.sub(" ", value))
    elif _is_html(content_type):
        value = html.unescape(value)
    return _squash(value)


def content_digest(title: str, text: str, link: str | None) -> str:
    """SHA-256 (hex) of an item's title, text and link, each NFC-normalised and whitespace-squeezed.

    Made from the cleaned text, not the feed's markup, so that the same item
    fetched again gives the same digest even if the feed re-wrapped its HTML,
    and an item whose words changed gives another.
    """
    parts = (_squash(unicodedata.normalize("NFC", part or "")) for part in (title, text, link))
    return hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


# --------------------------------------------------------------------------- one item

def _iso(parsed: time.struct_time | None) -> str | None:
    """A feedparser date (a UTC struct_time) as ISO 8601, or None if it is out of range."""
    if not parsed:
        return None
    try:
        return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(calendar.timegm(parsed)))
    except (OverflowError, ValueError, TypeError):
        return None


def _date(item: dict) -> tuple[str | None, str | None, str | None]:
    """(as written, ISO in UTC, which field): the publication date, else the update date."""
    for name in ("published", "updated"):
        raw = (item.get(name) or "").strip()
        if raw:
            return raw, _iso(item.get(f"{name}_parsed")), name
    return None, None, None


def _mailbox_names(raw: str) -> list[str]:
    """Names in an RSS ``<author>`` string: "desk@site.example (Name)", "Name <desk@site.example>".

    feedparser's own reading knows only top-level domains of two to four
    letters: "desk@wire.example (Asel Nurlanova)" gives it the name
    "ple (Asel Nurlanova". A mailbox with no name gives none.
    """
    names = []
    for part in raw.split(","):
        inside = " ".join(re.findall(r"\(([^()]*)\)", part))
        outside = re.sub(r"\([^()]*\)|<[^<>]*>|\S+@\S+", " ", part)
        names.extend(next(([c] for c in (outside, inside) if c.strip() and "@" not in c), []))
    return names


def _authors(item: dict) -> list[str]:
    """Authors' names (Atom names, dc:creator, the name in an RSS author's mailbox); never an address."""
    found = item.get("authors") or []
    raw = item.get("author") or ""
    # feedparser writes an Atom author back as "Name (email)"; anything else is the feed's own string
    written_back = len(found) == 1 and raw == f"{found[0].get('name')} ({found[0].get('email')})"
    if len(found) == 1 and found[0].get("email") and "@" in raw and not written_back:
        names = _mailbox_names(raw)         # one RSS <author>: read from what the feed wrote
    else:
        names = [author.get("name") or "" for author in found]
    return list(dict.fromkeys(name for name in map(_squash, names) if name and "@" not in name))


def _categories(item: dict) -> list[str]:
    """Category names: an Atom category's label if it has one, else its term."""
    names = [_squash(tag.get("label") or tag.get("term") or "") for tag in item.get("tags") or []]
    return list(dict.fromkeys(name for name in names if name))


def _texts(item: dict, cuts: list[str]) -> tuple[str, str]:
    """(summary, article text): the text is the first content that has any, else the summary."""
    detail = item.get("summary_detail") or {}
    summary = _body_text(item.get("summary"), detail.get("type"), cuts)
    for content in item.get("content") or []:
        if content.get("value") == item.get("summary"):
            text = summary               # feedparser copies a lone content into the summary
        else:
            text = _body_text(content.get("value"), content.get("type"), cuts)
        if text:
            return summary, text
    return summary, summary


def _language(item: dict, feed_language: str | None) -> str | None:
    """The item's language (xml:lang on its content, summary or title, or dc:language), else the feed's."""
    details = [*(item.get("content") or []), item.get("summary_detail") or {}, item.get("title_detail") or {}]
    for value in (*(d.get("language") for d in details), item.get("language"), feed_language):
        if value and value.strip():
            return value.strip().replace("_", "-")
    return None


def _entry(item: dict, position: int, feed_language: str | None, problems: list[str]) -> FeedEntry:
    guid = _squash(item.get("id") or "") or None
    link = _squash(item.get("link") or "") or None
    if item.get("guidislink") and link == guid and not (link or "").startswith(("http://", "https://")):
        link = None    # feedparser lends an Atom entry its id as a link; "urn:..." is not one
    key, kind = (guid, "guid") if guid else (link, "link") if link else (f"position-{position}", "position")
    title = _line_text(item.get("title"), (item.get("title_detail") or {}).get("type"))
    cuts: list[str] = []
    summary, text = _texts(item, cuts)
    problems.extend(f"item {position}: {cut}" for cut in cuts)
    published, published_iso, date_field = _date(item)
    return FeedEntry(position=position, key=key, key_kind=kind, guid=guid, link=link, title=title,
                     authors=_authors(item), categories=_categories(item), published=published,
                     published_iso=published_iso, date_field=date_field, summary=summary, text=text,
                     language=_language(item, feed_language), content_digest=content_digest(title, text, link))


def _unique_keys(entries: list[FeedEntry], problems: list[str]) -> None:
    """Give a key met again in the feed a ``#2``, ``#3``... suffix, and report the repeats."""
    first: dict[str, int] = {}
    count: dict[str, int] = {}
    repeats = 0
    for entry in entries:
        if entry.key not in first:
            first[entry.key], count[entry.key] = entry.position, 1
            continue
        count[entry.key] += 1
        repeats += 1
        if repeats <= REPORTED_REPEATS:
            problems.append(f"item {entry.position} repeats the {entry.key_kind} {entry.key!r} of item "
                            f"{first[entry.key]}; its key is {entry.key}#{count[entry.key]}")
        entry.key = f"{entry.key}#{count[entry.key]}"
    if repeats > REPORTED_REPEATS:
        problems.append(f"{repeats - REPORTED_REPEATS} further items repeat an earlier item's key; "
                        "each got a #N suffix")


# --------------------------------------------------------------------------- the feed

def _complaint(parsed: dict) -> str | None:
    """feedparser's ``bozo`` exception as a sentence, or None if the feed was well-formed."""
    if not parsed.get("bozo"):
        return None
    error = parsed.get("bozo_exception")
    if hasattr(error, "getLineNumber"):
        return (f"malformed XML at line {error.getLineNumber()}, column {error.getColumnNumber()}: "
                f"{error.getMessage()}; the feed was read again by feedparser's forgiving parser")
    return f"feedparser: {type(error).__name__}: {str(error)[:200]}"


def _parse(text: str) -> dict:
    """feedparser's reading of ``text``, handed over as UTF-8 bytes in a stream (see the module notes)."""
    return feedparser.parse(io.BytesIO(text.encode("utf-8", "surrogatepass")),
                            response_headers={"content-type": "application/xml; charset=utf-8"},
                            sanitize_html=False, resolve_relative_uris=False)


def read_feed(data: bytes, encoding: str | None = None) -> FeedReading:
    """The feed in ``data`` (its bytes as archived), read in the encoding ingest recorded.

    Never raises on a bad feed: what can be read is returned, and
    ``problems`` says what could not.
    """
    problems: list[str] = []
    text = decode_xml(data, encoding, problems)
    entity = declared_entity(text)
    if entity:
        problems.append(f"the feed declares {entity}; not read, since an entity can expand "
                        "without bound or read a local file")
        return FeedReading(problems=problems)
    try:
        parsed = _parse(text)
    except Exception as error:          # feedparser's forgiving parser trips on some broken feeds
        problems.append(f"feedparser failed on the feed ({type(error).__name__}: {str(error)[:200]}); "
                        "no items read")
        return FeedReading(problems=problems)
    complaint = _complaint(parsed)
    if complaint:
        problems.append(complaint)
    if not parsed.get("version"):
        problems.append("no RSS, RDF or Atom feed found in the document")
    channel = parsed.get("feed") or {}
    items = parsed.get("entries") or []
    if len(items) > MAX_ENTRIES:
        problems.append(f"the feed holds {len(items)} items; only the first {MAX_ENTRIES} are read")
        items = items[:MAX_ENTRIES]
    language = (channel.get("language") or "").strip().replace("_", "-") or None
    entries = []
    for position, item in enumerate(items):
        entries.append(_entry(item, position, language, problems))
        items[position] = None          # feedparser's copy of an item is let go once it is read
    _unique_keys(entries, problems)
    cuts: list[str] = []
    description = _body_text(channel.get("subtitle"), (channel.get("subtitle_detail") or {}).get("type"), cuts)
    problems.extend(f"the feed's description: {cut}" for cut in cuts)
    return FeedReading(
        title=_line_text(channel.get("title"), (channel.get("title_detail") or {}).get("type")) or None,
        link=_squash(channel.get("link") or "") or None,
        description=description,
        language=language, format=parsed.get("version") or None, entries=entries, problems=problems)
