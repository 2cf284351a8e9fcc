"""Text and descriptive fields of an archived item, derived at index time.

The search index needs each article's running text, clean enough to read and to
search, and the few descriptive fields a document carries about itself: title,
standfirst, authors, publisher, language and the dates in its metadata. All of
it is derived here from the bag's payload when the index is built, and never
written back into the bag: the bag keeps the original bytes exactly as they were
received, chrome and all, and a better extractor later only has to re-derive.

One entry point per use: :func:`extract` takes bytes, a kind (``text``,
``html``, ``pdf``, ``docx``, as :mod:`archive.preservation.identify` decided at ingest) and
the encoding that ingest recorded; :func:`extract_item` reads both from a
:class:`~archive.preservation.catalog.Item`. The result is an :class:`Extracted`. Neither
raises on bad input: a damaged PDF or Word file gives empty text and a warning,
because one broken file must not stop the indexing of the others.

Libraries, and why
------------------
* **HTML: Beautiful Soup 4** (``beautifulsoup4`` 4.15.0) with the standard
  library's ``html.parser`` backend. Saved news pages are often broken HTML
  (unclosed paragraphs, stray end tags, CMS comments in odd places); Beautiful
  Soup builds a usable tree from whatever it gets, never refuses a page, and
  has been maintained for two decades. With ``html.parser`` it is pure Python
  (its own dependencies, soupsieve and typing-extensions, are too): our pages
  are a few kilobytes, so lxml's compiled speed buys nothing here. A ready-made
  main-content extractor (trafilatura, readability-lxml) would bring a dozen
  further packages and its own idea of which paragraphs matter; the rules we
  need are short and are stated below.
* **PDF: pypdf** (7.1.1), pure Python with no dependencies, the maintained
  successor of PyPDF2, and tolerant of the damaged cross-reference tables old
  PDFs have (``strict=False``). It gives text page by page and the document
  information dictionary (``/Title``, ``/Author``, ``/CreationDate``) as raw
  strings. What it repairs on the way it logs; those messages become warnings.
* **Word (.docx): the standard library** (``zipfile`` and
  ``xml.etree.ElementTree``), not python-docx. A .docx is a zip of XML parts and
  the text is the ``w:t`` elements of the ``w:p`` paragraphs, so the parser
  proper is the standard library's expat. python-docx is built for creating and
  editing Word files, and reading through it misleads an archive: when a file
  has no ``docProps/core.xml`` it invents core properties (title "Word
  Document", modified "now"), which would put a false title and a false date
  into the index; its ``Document.paragraphs`` leaves out tables and text boxes;
  and it brings lxml, a compiled dependency. Here every paragraph is read in
  document order (tables and text boxes included, deleted revisions and the
  fallback copies of drawings excluded), and only properties that are really
  present are reported. Parts that declare a DTD are refused (Word never
  writes one; entity definitions are how XML bombs work), and no part is read
  past ``MAX_DOCX_PART`` bytes.
* **Plain text**: decoded with the encoding recorded at ingest (the provenance
  says how to read the bytes); only when none was recorded is it detected again
  with :func:`archive.preservation.encoding.detect_encoding`, the same code ingest used.

What each format gives
----------------------
* Text: paragraphs are blocks between blank lines; a block of hard-wrapped
  lines is joined (see ``_reflow``), a block of long lines is a paragraph per
  line. Title: the first line that is not chrome, if it reads as a headline
  (short, not a dateline, not a byline). Standfirst: the next paragraph if it
  reads as a summary (short, whole sentences, not the "Place, date --" lead).
  Authors: a "By ..." line near the top, or an agency's closing author note
  ("X and Y are independent journalists in Almaty").
* HTML: ``<script>``, ``<style>``, ``<nav>``, ``<aside>``, ``<footer>``,
  ``<form>``, ``<noscript>`` and the like, comments, hidden elements, a
  ``<header>`` outside the article, and elements whose role, class or id says
  navigation, sharing, comments, adverts or sidebars go. The text is that of
  the ``<article>`` (or ``itemprop=articleBody``, or ``<main>``) if it holds
  most of the paragraph text, else of the element whose paragraphs hold the
  most. Title: ``og:title``, else ``<title>`` less its " | Site" part, else the
  ``<h1>``. Authors: ``<meta name=author>``, ``article:author`` (not profile
  URLs), ``DC.creator``..., else byline elements. Publisher:
  ``og:site_name``, else ``<meta name=publisher>``..., else the site part cut
  from ``<title>``. Language: ``<html lang>``, else ``Content-Language``,
  ``DC.language``, ``og:locale``. Standfirst: an element of class standfirst,
  dek, summary..., else ``og:description`` / ``<meta name=description>``.
* PDF: text page by page, lines rewrapped into paragraphs, page numbers and
  running heads and feet (a short line on most pages) left out. Title and
  authors from ``/Title`` and ``/Author`` unless they are software defaults
  ("Microsoft Word - a.doc", "Windows User"), language from the catalog's
  ``/Lang``, else as for text.
* Word: paragraphs in order; title, creator, language and created date from
  ``docProps/core.xml`` (defaults left out as for PDF); title and standfirst
  also from paragraphs styled Title and Subtitle; else as for text.

``meta_dates`` are raw strings, most trusted first, for
:func:`archive.description.dates.publication_date`: ``article:published_time``,
``<meta name=date>``, ``DC.date``, ``itemprop=datePublished``; the PDF
``/CreationDate``; the Word ``dcterms:created``. A modification date is never
one of them: it says when a file was touched, not when the article appeared.

Clean text
----------
``Extracted.text`` is paragraphs joined by blank lines. Lines of site chrome
are dropped (:data:`CHROME_LINES`, :data:`CHROME_PATTERNS`; whole lines only,
case-insensitive), and a headline and standfirst printed twice at the top (as
web pages saved to text often are) are kept once; see :func:`clean_lines`.
Nothing else of the article is altered.
"""

from __future__ import annotations

import codecs
import io
import logging
import re
import threading
import warnings
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from xml.etree import ElementTree

import pypdf
from bs4 import (
    BeautifulSoup,
    Comment,
    Declaration,
    Doctype,
    MarkupResemblesLocatorWarning,
    NavigableString,
    ProcessingInstruction,
    Tag,
    XMLParsedAsHTMLWarning,
)

from archive.description.dates import find_dateline
from archive.preservation.encoding import UndecodableText, detect_encoding

if TYPE_CHECKING:
    from archive.preservation.catalog import Item

__all__ = ["CHROME_LINES", "CHROME_PATTERNS", "Extracted", "clean_lines", "extract", "extract_item",
           "is_chrome", "recorded_encoding", "split_names"]

# XHTML pages are parsed as HTML on purpose, and a page whose text looks like a
# file name is still a page: these two Beautiful Soup notices say nothing to us.
warnings.filterwarnings("ignore", category=XMLParsedAsHTMLWarning)
warnings.filterwarnings("ignore", category=MarkupResemblesLocatorWarning)


@dataclass
class Extracted:
    """What the index keeps of one item; every field is derived, none is stored in the bag."""

    text: str = ""                    # clean text, paragraphs separated by blank lines
    title: str | None = None
    standfirst: str | None = None     # the summary under the headline, if the document has one
    authors: list[str] = field(default_factory=list)
    publisher: str | None = None
    language: str | None = None       # as the document states it (BCP 47 tag, e.g. "en", "ru-RU")
    meta_dates: list[str] = field(default_factory=list)  # raw, most trusted first
    warnings: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"text": self.text, "title": self.title, "standfirst": self.standfirst,
                "authors": list(self.authors), "publisher": self.publisher,
                "language": self.language, "meta_dates": list(self.meta_dates),
                "warnings": list(self.warnings)}


# --------------------------------------------------------------------------- clean lines

#: Lines that are site furniture, not article: compared whole-line, case-folded,
#: with surrounding spaces and separator punctuation (``: . | • › » -``) removed.
#: They are what saved news pages carry around the article (skip links, section
#: banners, calls to subscribe, share and comment), in English and in the
#: Russian and Kazakh that the archive's Central Asian sources use.
CHROME_LINES = frozenset(phrase.casefold() for phrase in (
    # navigation and accessibility
    "Accessibility links", "Accessibility help", "Skip to content", "Skip to main content",
    "Skip to navigation", "Jump to navigation", "Back to top", "Top of page", "Menu", "Search",
    "Home", "Previous", "Next", "Close",
    # banners
    "Breaking News", "Top stories", "Most read", "Most popular", "Related", "Related articles",
    "Related stories", "Read more", "More on this story", "Advertisement", "Advert", "Sponsored",
    # calls to action
    "Support our journalists", "Subscribe", "Subscribe now", "Sign in", "Sign up", "Log in",
    "Login", "Register", "Newsletter", "Sign up for our newsletter", "Follow us",
    "Accept cookies", "Cookie settings",
    # sharing, printing, comments
    "Share", "Share this", "Share this article", "Share this story", "Share this page", "Tweet",
    "Email", "Email this article", "Print", "Print this article", "Print this page",
    "Printer-friendly version", "Comments", "Comment", "Be the first to comment",
    "Leave a comment", "Post a comment", "Add comment", "Show comments",
    # Russian
    "Версия для печати", "Распечатать", "Печать", "Поделиться", "Комментарии", "Комментировать",
    "Реклама", "Подписаться", "Войти", "Главная", "Читайте также", "Новости партнеров",
    # Kazakh
    "Пікірлер", "Бөлісу", "Басып шығару",
))

#: Chrome lines with a number or a network name in them ("12 comments", "Share on Facebook").
CHROME_PATTERNS = tuple(re.compile(p, re.IGNORECASE) for p in (
    r"\d+\s+comments?",
    r"comments?\s*\(\d+\)",
    r"комментари[ийея]\s*\(?\d+\)?",
    r"(?:share|follow us)\s+on\s+\w+(?:\s+\w+)?",
))

#: A headline and standfirst printed twice are found among this many lines at the top.
HEAD_WINDOW = 8

_CHROME_STRIP = " \t:.|•·›»>–—-"


def _squash(text: str) -> str:
    return " ".join(text.split())


def _chrome_key(line: str) -> str:
    return _squash(line).strip(_CHROME_STRIP).casefold()


def is_chrome(line: str) -> bool:
    """Whether ``line``, as a whole, is site chrome (see ``CHROME_LINES``)."""
    key = _chrome_key(line)
    return bool(key) and (key in CHROME_LINES or any(p.fullmatch(key) for p in CHROME_PATTERNS))


def clean_lines(lines: Iterable[str]) -> list[str]:
    """``lines`` without site chrome and without a headline block repeated at the top.

    * A line that is, as a whole, one of ``CHROME_LINES`` or matches one of
      ``CHROME_PATTERNS`` is dropped wherever it stands: "Breaking News" alone
      on a line is chrome, a sentence that mentions breaking news is not.
    * Among the first ``HEAD_WINDOW`` lines that are not chrome, a line equal to an earlier one
      (ignoring spacing and case) is dropped: pages saved to text often print
      the headline and standfirst twice. Further down a repeat is left alone; it
      may be a quotation or a refrain.

    Blank lines are kept as paragraph separators, runs of them reduced to one,
    none at either end. Other lines are returned unchanged.
    """
    kept: list[str] = []
    head_seen: set[str] = set()
    head_count = 0
    for line in lines:
        if not line.strip():
            if kept and kept[-1].strip():
                kept.append("")
            continue
        if is_chrome(line):
            continue
        if head_count < HEAD_WINDOW:
            head_count += 1
            key = _squash(line).casefold()
            if key in head_seen:
                continue
            head_seen.add(key)
        kept.append(line)
    while kept and not kept[-1].strip():
        kept.pop()
    return kept


def _clean_paragraphs(paragraphs: Iterable[str]) -> list[str]:
    return [p for p in clean_lines(paragraphs) if p.strip()]


# --------------------------------------------------------------------------- paragraphs of plain text

#: A block of lines no longer than this may be hard-wrapped prose; longer lines are paragraphs.
WRAP_WIDTH = 100
#: Blocks narrower than this are lists of short lines (headings, addresses), never rewrapped.
MIN_WRAP_WIDTH = 50
#: In wrapped prose a line shorter than this share of the block's width ends its paragraph.
SHORT_LINE = 0.7
#: The end of a sentence: a full stop, question or exclamation mark, or closing quote.
_ENDS_SENTENCE = re.compile(r"[.!?…][\"'”’»)]*$|[\"”»]$")


def _join_wrapped(head: str, line: str) -> str:
    # a line broken after a hyphen keeps the hyphen and takes no space ("well-" + "known")
    return head + line if head.endswith("-") and not head.endswith(" -") else f"{head} {line}"


def _reflow(lines: list[str], *, visual_lines: bool = False) -> list[str]:
    """Paragraphs of one block of non-empty lines (a block ends at a blank line).

    In a text file a block whose lines all fit in ``WRAP_WIDTH`` characters
    (and reach ``MIN_WRAP_WIDTH``) is hard-wrapped prose: its lines are joined,
    and a short line ends a paragraph. A block with longer lines is one
    paragraph per line, as editors and saved pages write it. PDF text
    (``visual_lines``) is always laid out in visual lines, so it is rewrapped
    whatever the width. Either way, a block most of whose lines end a sentence
    is taken as a sentence per line and left alone, and chrome lines are never
    joined to their neighbours.
    """
    if len(lines) < 2:
        return lines
    width = max(len(line) for line in lines)
    wrapped = width >= 30 if visual_lines else MIN_WRAP_WIDTH <= width <= WRAP_WIDTH
    # wrapping breaks lines anywhere; lines that mostly end sentences are one sentence each
    sentence_ends = sum(1 for line in lines[:-1] if _ENDS_SENTENCE.search(line))
    if not wrapped or sentence_ends * 2 > len(lines) - 1:
        return lines
    paragraphs: list[str] = []
    current = ""
    for line in lines:
        if is_chrome(line):
            if current:
                paragraphs.append(current)
            paragraphs.append(line)
            current = ""
            continue
        current = _join_wrapped(current, line) if current else line
        if len(line) < SHORT_LINE * width:
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return paragraphs


def _plain_paragraphs(text: str, *, visual_lines: bool = False) -> list[str]:
    """Paragraphs of plain text: blocks split at blank lines, each reflowed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")
    paragraphs: list[str] = []
    for block in re.split(r"\n[^\S\n]*\n", text):
        lines = [_squash(line) for line in block.split("\n")]
        paragraphs.extend(_reflow([line for line in lines if line], visual_lines=visual_lines))
    return paragraphs


# --------------------------------------------------------------------------- title, standfirst, byline

TITLE_MAX = 200
STANDFIRST_MIN, STANDFIRST_MAX = 40, 400
_BYLINE = re.compile(r"^(?:by|автор[ы]?|authors?)\s*:?\s+(?P<names>.{3,120})$", re.IGNORECASE)
_UPPER = "A-ZÀ-ÖØ-ÞА-ЯЁӘҒҚҢӨҰҮҺІ"
_PARTICLE = r"(?:al|el|ad|de|da|di|du|der|den|van|von|bin|ibn|le|la|ul)"
#: a personal name: two to four capitalised words, particles allowed ("Ahmad al-Hassan")
_NAME = rf"[{_UPPER}][\w'’.-]+(?:\s+(?:{_PARTICLE}[\s-])?[{_UPPER}][\w'’.-]+){{1,3}}"
#: "Alexey Gorodetskiy is an independent journalist in Kazakstan",
#: "X and Y are IWPR contributors": the author note some agencies end with.
_AUTHOR_NOTE = re.compile(
    rf"^(?P<names>{_NAME}(?:(?:,\s*|\s+and\s+){_NAME})*)\s+(?:is|are|was|were)\s+"
    r"(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,3}"
    r"(?:journalists?|contributors?|correspondents?|reporters?|editors?|writers?|freelancers?)\b")
_NAME_SEPARATORS = re.compile(r"\s*(?:;|\||&|\band\b|\bи\b|\bжәне\b)\s*")


def _byline_names(paragraph: str) -> list[str]:
    """The names of a byline paragraph ("By A and B"), or [] if it is not one ("By noon the crowd...")."""
    if len(paragraph) > 130 or not _BYLINE.match(paragraph):
        return []
    names = split_names(paragraph)
    return names if names and all(re.fullmatch(_NAME, name) for name in names) else []


def _reads_as_title(paragraph: str) -> bool:
    return 0 < len(paragraph) <= TITLE_MAX and find_dateline(paragraph) is None \
        and not _byline_names(paragraph)


def _reads_as_standfirst(paragraph: str, title: str) -> bool:
    """A short summary paragraph under the headline: not the dateline lead, not a byline."""
    return (STANDFIRST_MIN <= len(paragraph) <= STANDFIRST_MAX and len(paragraph.split()) >= 6
            and bool(_ENDS_SENTENCE.search(paragraph)) and find_dateline(paragraph) is None
            and not _byline_names(paragraph) and _squash(paragraph).casefold() != _squash(title).casefold())


def _head_fields(paragraphs: list[str]) -> tuple[str | None, str | None]:
    """(title, standfirst) read from the top of a text: the first line, and the next if it is a summary."""
    if not paragraphs or not _reads_as_title(paragraphs[0]):
        return None, None
    title = paragraphs[0]
    if len(paragraphs) > 2 and _reads_as_standfirst(paragraphs[1], title):
        return title, paragraphs[1]
    return title, None


def split_names(value: str) -> list[str]:
    """People named in an author field or byline: "By A and B", "A; B", "A, B" (not "Surname, Given").

    Pieces with digits or a web address ("June 30, 2009", "@desk") are not names and are left out.
    """
    value = _squash(value)
    match = _BYLINE.match(value)
    if match:
        value = match["names"]
    names: list[str] = []
    for piece in _NAME_SEPARATORS.split(value):
        parts = [part.strip() for part in piece.split(",")]
        if len(parts) > 1 and all(len(part.split()) >= 2 for part in parts):
            names.extend(parts)
        else:
            names.append(piece.strip(" ,"))
    return _unique(name for name in names if name and len(name) <= 100
                   and not re.search(r"\d|@|https?:|www\.", name))


def _text_authors(paragraphs: list[str]) -> list[str]:
    """Authors named in the text: a "By ..." line near the top, or an author note at the end."""
    for paragraph in paragraphs[:6]:
        names = _byline_names(paragraph)
        if names:
            return names
    for paragraph in reversed(paragraphs[-3:]):
        match = _AUTHOR_NOTE.match(paragraph)
        if match and len(paragraph) <= 200:
            return split_names(match["names"])
    return []


def _unique(values: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for value in values:
        key = value.casefold()
        if key not in seen:
            seen.add(key)
            out.append(value)
    return out


#: Author values that office software fills in from the computer's account, not a person's byline.
PLACEHOLDER_AUTHORS = frozenset(name.casefold() for name in (
    "admin", "administrator", "user", "owner", "author", "unknown", "windows user",
    "microsoft office user", "valued customer", "пользователь", "администратор", "user1"))
_PLACEHOLDER_TITLE = re.compile(
    r"^(?:untitled(?:\s+document)?|document\s*\d*|документ\s*\d*|без названия|slide\s*\d*"
    r"|.*\.(?:docx?|rtf|odt|pdf|txt|html?|indd|qxd|p65))$", re.IGNORECASE)


def _property_title(value: str | None) -> str | None:
    """A document-property title, unless it is a default or a file name ("Microsoft Word - a.doc")."""
    if not value:
        return None
    value = _squash(re.sub(r"^Microsoft (?:Word|PowerPoint) - ", "", value.strip()))
    return None if not value or _PLACEHOLDER_TITLE.match(value) else value


def _property_authors(value: str | None) -> list[str]:
    return [n for n in split_names(value or "") if n.casefold() not in PLACEHOLDER_AUTHORS]


def _finish(out: Extracted, paragraphs: list[str], *, standfirst_from_text: bool = True,
            empty: str = "no text found") -> None:
    """Clean ``paragraphs`` into ``out.text`` and fill in the fields the metadata left empty.

    With no title from metadata, the first line is the title if it reads as a
    headline; the standfirst is the next paragraph if it reads as a summary and
    the title is the text's first line (``standfirst_from_text``: not for HTML,
    whose markup says which paragraph is which). Authors not in the metadata
    come from a byline or an author note in the text.
    """
    paragraphs = _clean_paragraphs(paragraphs)
    out.text = "\n\n".join(paragraphs)
    title, standfirst = _head_fields(paragraphs)
    if out.title is None:
        out.title = title
    elif paragraphs and _squash(paragraphs[0]).casefold() == _squash(out.title).casefold():
        standfirst = paragraphs[1] if len(paragraphs) > 2 and \
            _reads_as_standfirst(paragraphs[1], out.title) else None
    else:
        standfirst = None
    if out.standfirst is None and standfirst_from_text:
        out.standfirst = standfirst
    if not out.authors:
        out.authors = _text_authors(paragraphs)
    if not out.text:
        out.warnings.append(empty)


# --------------------------------------------------------------------------- decoding

def _decode(data: bytes, encoding: str | None, out: Extracted, *, html: bool) -> str:
    """``data`` as text: in the recorded encoding, or detected again if none (or no known one) was recorded."""
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            out.warnings.append(f"unknown encoding {encoding!r} recorded; detected again")
            encoding = None
    if encoding:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            out.warnings.append(f"bytes {exc.start}-{exc.end} are not valid {encoding} ({exc.reason}); "
                                "replaced with U+FFFD")
            text = data.decode(encoding, errors="replace")
    else:
        try:
            guess = detect_encoding(data, html=html)
        except UndecodableText as exc:
            out.warnings.append(f"no encoding fits ({exc}); read as UTF-8 with replacements")
            text = data.decode("utf-8", errors="replace")
        else:
            out.warnings.append(f"no encoding recorded; detected {guess.encoding} ({guess.method})")
            text = data.decode(guess.encoding, errors="replace")
    return text.removeprefix("\ufeff")


# --------------------------------------------------------------------------- plain text

def _extract_text(data: bytes, encoding: str | None, out: Extracted) -> None:
    _finish(out, _plain_paragraphs(_decode(data, encoding, out, html=False)))


# --------------------------------------------------------------------------- HTML

#: Elements that are never article text.
_NEVER_TEXT = frozenset({"script", "style", "noscript", "template", "iframe", "object", "embed",
                         "svg", "canvas", "map", "audio", "video", "head"})
#: Elements of page furniture. ``header`` only outside an article, where it is the site's masthead.
_CHROME_ELEMENTS = frozenset({"nav", "aside", "footer", "form", "button", "select", "textarea",
                              "input", "dialog", "menu"})
_CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search",
                           "menu", "menubar", "dialog", "alertdialog", "toolbar"})
#: class or id words (split at ``-``, ``_`` and spaces) that mark chrome.
_CHROME_CLASS_WORDS = frozenset({
    "skip", "skiplinks", "share", "sharing", "social", "related", "comments", "comment",
    "cookie", "cookies", "newsletter", "advert", "advertisement", "ad", "ads", "promo",
    "breadcrumb", "breadcrumbs", "menu", "navbar", "nav", "sidebar", "popup", "modal",
    "paywall", "subscribe", "subscription", "signup", "login", "masthead", "footer", "toolbar"})
_STANDFIRST_CLASS_WORDS = frozenset({"standfirst", "dek", "deck", "subtitle", "subheadline",
                                     "subhead", "summary", "lede", "intro", "excerpt", "strapline"})
_BYLINE_CLASS_WORDS = frozenset({"byline", "author", "authors"})
_BLOCK_ELEMENTS = frozenset({
    "address", "article", "blockquote", "caption", "center", "dd", "details", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
    "main", "ol", "p", "pre", "section", "summary", "table", "td", "th", "tr", "ul"})
_PARAGRAPH_BREAK, _LINE_BREAK = "\ue000", "\ue001"   # private-use marks, never in a page's text
_TITLE_SEPARATOR = re.compile(r"\s+(?:\||—|–|-|::|·|•|/|«|»)\s+")

# <meta> keys (name, property or itemprop, lower-cased), most trusted first
_META_TITLE = ("og:title", "dc.title", "dcterms.title", "citation_title")
_META_AUTHORS = ("author", "article:author", "og:article:author", "dc.creator", "dcterms.creator",
                 "byl", "parsely-author", "sailthru.author", "citation_author")
_META_PUBLISHER = ("og:site_name", "publisher", "dc.publisher", "dcterms.publisher",
                   "citation_publisher", "application-name")
_META_LANGUAGE = ("content-language", "language", "dc.language", "dcterms.language", "og:locale")
_META_STANDFIRST = ("og:description", "description", "dc.description", "twitter:description")
_META_DATES = ("article:published_time", "og:article:published_time", "og:published_time",
               "datepublished", "date", "dc.date", "dc.date.issued", "dcterms.issued",
               "dcterms.created", "dcterms.date", "pubdate", "publishdate", "publish-date",
               "publication_date", "citation_publication_date", "citation_date", "sailthru.date",
               "parsely-pub-date")


def _words(tag: Tag) -> set[str]:
    """The words of an element's class and id: "site-header skip_links" -> {"site", "header", ...}."""
    classes = tag.get("class") or []
    if isinstance(classes, str):
        classes = [classes]
    raw = " ".join([*classes, str(tag.get("id") or "")]).lower()
    return set(re.split(r"[\s_-]+", raw)) - {""}


def _meta_values(soup: BeautifulSoup) -> dict[str, list[str]]:
    """Every <meta> content by its lower-cased name, property, itemprop or http-equiv."""
    values: dict[str, list[str]] = {}
    for meta in soup.find_all("meta"):
        content = _squash(str(meta.get("content") or ""))
        if not content:
            continue
        for attribute in ("name", "property", "itemprop", "http-equiv"):
            key = meta.get(attribute)
            if key:
                values.setdefault(str(key).strip().lower(), []).append(content)
    return values


def _first(values: dict[str, list[str]], keys: Iterable[str]) -> str | None:
    for key in keys:
        for value in values.get(key, ()):
            return value
    return None


def _text_of(tag: Tag) -> str:
    return _squash(tag.get_text(" "))


@dataclass
class _Weights:
    """Paragraph text in characters under each element of a tree, from one walk over it.

    Counted once, bottom up, because html.parser nests unclosed paragraphs
    (``<p>a<p>b`` puts the second inside the first): measuring each <p> by all
    the text it contains would count a page of unclosed paragraphs
    quadratically.
    """

    own: dict[int, int]       # id(<p>) -> its text, less that of <p>s nested in it
    under: dict[int, int]     # id(element) -> text of all paragraphs in it
    tags: dict[int, Tag]

    @classmethod
    def of(cls, root: Tag) -> _Weights:
        own: dict[int, int] = {}
        tags: dict[int, Tag] = {}
        order: list[Tag] = []
        stack: list[tuple[Tag, int | None]] = [(root, None)]
        while stack:
            tag, paragraph = stack.pop()
            order.append(tag)
            tags[id(tag)] = tag
            if tag.name == "p":
                paragraph = id(tag)
                own[paragraph] = 0
            for child in tag.contents:
                if isinstance(child, Tag):
                    stack.append((child, paragraph))
                elif paragraph is not None and isinstance(child, NavigableString):
                    own[paragraph] += len(_squash(child))
        under: dict[int, int] = {}
        for tag in reversed(order):         # every child comes before its parent
            under[id(tag)] = own.get(id(tag), 0) + sum(
                under[id(child)] for child in tag.contents if isinstance(child, Tag))
        return cls(own, under, tags)

    def __call__(self, tag: Tag) -> int:
        return self.under.get(id(tag), 0)


def _remove_chrome(soup: BeautifulSoup, body: Tag) -> None:
    """Take out comments, scripts and page furniture, keeping what holds the article.

    One walk from the top, without recursion (broken pages nest thousands of
    unclosed tags): an element that is furniture goes with all it holds, and
    the walk does not look inside it.
    """
    for node in soup.find_all(string=lambda s: isinstance(s, (Comment, Declaration, Doctype,
                                                              ProcessingInstruction))):
        node.extract()
    weights = _Weights.of(body)
    total = weights(body) or 1
    stack: list[tuple[Tag, bool]] = [(body, body.name == "article")]
    while stack:
        tag, in_article = stack.pop()
        for child in list(tag.children):
            if not isinstance(child, Tag):
                continue
            if _is_furniture(child, in_article, weights(child) / total):
                child.decompose()
            else:
                stack.append((child, in_article or child.name == "article"))


def _is_furniture(tag: Tag, in_article: bool, share: float) -> bool:
    """Whether an element is page furniture; ``share`` is its part of the page's paragraph text."""
    name = tag.name
    if name in _NEVER_TEXT or name in _CHROME_ELEMENTS or (name == "header" and not in_article):
        return True
    if name in ("article", "main") or tag.get("itemprop") == "articleBody":
        return False
    if tag.has_attr("hidden") or str(tag.get("aria-hidden", "")).lower() == "true" \
            or re.search(r"display\s*:\s*none", str(tag.get("style", "")), re.IGNORECASE):
        return True
    chrome = str(tag.get("role", "")).lower() in _CHROME_ROLES or bool(_words(tag) & _CHROME_CLASS_WORDS)
    # a class word never removes the bulk of the page: that would be a layout class, not chrome
    return chrome and share < 0.5


def _content_root(body: Tag) -> Tag:
    """The element holding the article: <article>, articleBody or <main> if they hold most of the
    paragraph text, else the element whose paragraphs hold the most text (a paragraph counts
    fully for its parent and half for its grandparent)."""
    weights = _Weights.of(body)
    total = weights(body)
    if total == 0:
        articles = body.find_all("article")
        return max(articles, key=lambda a: len(_text_of(a))) if articles else body
    preferred = [*body.find_all(attrs={"itemprop": "articleBody"}),
                 *sorted(body.find_all("article"), key=weights, reverse=True),
                 *body.find_all("main"), *body.find_all(attrs={"role": "main"})]
    for candidate in preferred:
        if weights(candidate) >= total / 2:
            return candidate
    scores: Counter[int] = Counter()
    for paragraph, length in weights.own.items():
        parent = weights.tags[paragraph].parent
        if parent is not None and id(parent) in weights.tags:
            scores[id(parent)] += length
            grandparent = parent.parent
            if grandparent is not None and id(grandparent) in weights.tags:
                scores[id(grandparent)] += length // 2
    best, _ = scores.most_common(1)[0]
    return weights.tags[best]


def _html_paragraphs(root: Tag) -> list[str]:
    """The paragraphs of an element: block elements break paragraphs, <br> breaks lines.

    The tree is walked with a stack of child iterators rather than recursion,
    and left unchanged.
    """
    pieces: list[str] = []
    stack: list[tuple[Iterator, bool]] = [(iter(root.contents), False)]
    while stack:
        children, is_block = stack[-1]
        node = next(children, None)
        if node is None:
            stack.pop()
            if is_block:
                pieces.append(_PARAGRAPH_BREAK)
        elif isinstance(node, Tag):
            if node.name == "br":
                pieces.append(_LINE_BREAK)
                continue
            block = node.name in _BLOCK_ELEMENTS
            if block:
                pieces.append(_PARAGRAPH_BREAK)
            stack.append((iter(node.contents), block))
        elif isinstance(node, NavigableString):
            pieces.append(str(node))
    paragraphs = []
    for chunk in "".join(pieces).split(_PARAGRAPH_BREAK):
        lines = [_squash(line) for line in chunk.split(_LINE_BREAK)]
        paragraph = "\n".join(line for line in lines if line)
        if paragraph:
            paragraphs.append(paragraph)
    return paragraphs


def _strip_site_name(title: str, site_names: set[str], h1: str | None,
                     guess: bool = True) -> tuple[str, str | None]:
    """(headline, site name) from a <title> such as "Headline | Site" or "Site - Headline".

    A segment is cut off when it is a known site name (og:site_name and the
    like), or, at the end, when it is short (four words at most) and the part
    before it is longer: the usual " | Site" suffix. The page's <h1> settles a
    doubt either way: a headline that really contains " - " matches the <h1>
    whole. Without ``guess`` only known site names are cut (for og:title,
    which is the headline alone on most sites).
    """
    h1_key = _squash(h1 or "").casefold()
    headline, site = title, None
    for _ in range(2):      # "Headline | Section | Site"
        separators = list(_TITLE_SEPARATOR.finditer(headline))
        if not separators or _squash(headline).casefold() == h1_key:
            break
        last, first = separators[-1], separators[0]
        suffix, prefix = headline[last.end():].strip(), headline[:first.start()].strip()
        rest = headline[:last.start()].strip()
        if suffix.casefold() in site_names or (guess and len(suffix.split()) <= 4 and len(suffix) <= 40
                                                and len(rest.split()) > len(suffix.split())):
            headline, site = rest, site or suffix
        elif prefix.casefold() in site_names:
            headline, site = headline[first.end():].strip(), site or prefix
        else:
            break
    return (headline or title), site


def _byline_authors(scope: Tag) -> list[str]:
    """Authors from byline elements: itemprop=author, rel=author, class byline/author."""
    for tag in scope.find_all(attrs={"itemprop": "author"}):
        name = tag.find(attrs={"itemprop": "name"})
        value = str(name.get("content") or _text_of(name)) if name else \
            str(tag.get("content") or _text_of(tag))
        if value and len(value) <= 130:
            return split_names(value)
    for tag in scope.find_all(True):
        if tag.get("rel") and "author" in tag.get("rel") or _words(tag) & _BYLINE_CLASS_WORDS:
            value = _text_of(tag)
            if value and len(value) <= 130:
                return split_names(value)
    return []


def _standfirst_element(scope: Tag) -> str | None:
    for tag in scope.find_all(["p", "div", "h2", "h3", "span"]):
        if _words(tag) & _STANDFIRST_CLASS_WORDS:
            value = _text_of(tag)
            if 20 <= len(value) <= 600:
                return value
    return None


def _html_dates(soup: BeautifulSoup, metas: dict[str, list[str]]) -> list[str]:
    dates = [value for key in _META_DATES for value in metas.get(key, ())]
    for tag in soup.find_all(attrs={"itemprop": "datePublished"}):
        value = tag.get("content") or tag.get("datetime") or _text_of(tag)
        dates.append(_squash(str(value)))
    for tag in soup.find_all("time", attrs={"pubdate": True}):
        dates.append(_squash(str(tag.get("datetime") or _text_of(tag))))
    return _unique(d for d in dates if d)


def _extract_html(data: bytes, encoding: str | None, out: Extracted) -> None:
    soup = BeautifulSoup(_decode(data, encoding, out, html=True).replace("\x00", ""), "html.parser")
    metas = _meta_values(soup)
    html = soup.find("html")
    lang = (html.get("lang") or html.get("xml:lang")) if isinstance(html, Tag) else None
    lang = str(lang or _first(metas, _META_LANGUAGE) or "").strip().replace("_", "-")
    out.language = lang.split(",")[0].strip() or None
    out.meta_dates = _html_dates(soup, metas)
    out.publisher = _first(metas, _META_PUBLISHER)
    out.authors = _unique(name for key in _META_AUTHORS for value in metas.get(key, ())
                          if not value.lower().startswith(("http://", "https://"))
                          for name in split_names(value))
    page_title = _text_of(soup.title) if soup.title else ""

    body = soup.body or soup
    _remove_chrome(soup, body)
    root = _content_root(body)
    h1_tag = root.find("h1") or body.find("h1")
    h1 = _text_of(h1_tag) if h1_tag else None

    site_names = {name.casefold() for name in (out.publisher, *metas.get("og:site_name", ())) if name}
    title = _first(metas, _META_TITLE)
    if title:
        title, _ = _strip_site_name(title, site_names, h1, guess=False)
    elif page_title:
        title, site = _strip_site_name(page_title, site_names, h1)
        out.publisher = out.publisher or site
    out.title = title or h1 or None
    if not out.authors:
        out.authors = _byline_authors(root) or _byline_authors(body)
    out.standfirst = _standfirst_element(root) or _standfirst_element(body) \
        or _first(metas, _META_STANDFIRST)
    _finish(out, _html_paragraphs(root), standfirst_from_text=False)


# --------------------------------------------------------------------------- PDF

#: Page-number lines of printed pages: "3", "- 3 -", "Page 3 of 7", "3/7".
_PAGE_NUMBER = re.compile(r"^(?:page\s+|стр\.?\s*)?-?\s*\d{1,4}\s*-?(?:\s*(?:/|of|из)\s*\d{1,4})?$",
                          re.IGNORECASE)


class _ThisThreadsRecords(logging.Handler):
    """Collects the log records of the calling thread (pypdf reports repairs through logging)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.thread = threading.get_ident()
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.thread == self.thread:
            self.messages.append(record.getMessage())


@contextmanager
def _pypdf_warnings(out: Extracted) -> Iterator[None]:
    logger = logging.getLogger("pypdf")
    handler = _ThisThreadsRecords()
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        messages = _unique(handler.messages)
        out.warnings.extend(f"pypdf: {m}" for m in messages[:10])
        if len(messages) > 10:
            out.warnings.append(f"pypdf: {len(messages) - 10} more warnings")


def _running_key(line: str) -> str:
    return re.sub(r"\d+", "#", _squash(line).casefold())


def _pdf_paragraphs(pages: list[str]) -> list[str]:
    """Paragraphs of a PDF's page texts, without page numbers and running heads or feet.

    A running head or foot is a short line that recurs (digits aside) on most
    pages of a document of three pages or more: the site name and URL that a
    browser prints on every page, say.
    """
    page_lines = [[line.strip() for line in text.replace("\r", "\n").split("\n")] for text in pages]
    running: set[str] = set()
    if len(pages) >= 3:
        counts = Counter(key for lines in page_lines
                         for key in {_running_key(line) for line in lines if 0 < len(line) <= 150})
        running = {key for key, count in counts.items() if count >= max(2, 0.6 * len(pages))}
    paragraphs: list[str] = []
    for lines in page_lines:
        kept = [line for line in lines
                if not line or (_running_key(line) not in running and not _PAGE_NUMBER.match(line))]
        paragraphs.extend(_plain_paragraphs("\n".join(kept), visual_lines=True))
    return paragraphs


def _describe(exc: BaseException) -> str:
    message = str(exc).strip()
    return f"{type(exc).__name__}: {message[:200]}" if message else type(exc).__name__


def _extract_pdf(data: bytes, encoding: str | None, out: Extracted) -> None:
    with _pypdf_warnings(out):
        # pypdf raises many exception types on damaged files (PdfReadError, but also
        # ValueError, KeyError, TypeError, RecursionError...): any of them means
        # "this file cannot be read", and must not stop the indexer.
        try:
            reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted and not reader.decrypt(""):
                out.warnings.append("encrypted PDF that opens only with a password: no text extracted")
                return
            pages = list(reader.pages)
        except Exception as exc:  # noqa: BLE001 -- see above
            out.warnings.append(f"damaged PDF, no text extracted ({_describe(exc)})")
            return
        texts = []
        for number, page in enumerate(pages, 1):
            try:
                texts.append(page.extract_text() or "")
            except Exception as exc:  # noqa: BLE001 -- one bad page must not lose the others
                out.warnings.append(f"PDF page {number} unreadable ({_describe(exc)})")
        _pdf_metadata(reader, out)
    _finish(out, _pdf_paragraphs(texts),
            empty="no text found (a PDF without a text layer: a scanned image?)")


def _pdf_metadata(reader: pypdf.PdfReader, out: Extracted) -> None:
    """Title, authors, creation date and language from the information dictionary and catalog."""
    try:
        info = reader.metadata
        if info is not None:
            out.title = _property_title(info.title)
            out.authors = _property_authors(info.author)
            created = info.creation_date_raw
            if created:
                out.meta_dates.append(str(created).strip())
        lang = reader.root_object.get("/Lang")
        if lang:
            out.language = str(lang.get_object()).strip() or None
    except Exception as exc:  # noqa: BLE001 -- a damaged information dictionary costs only the metadata
        out.warnings.append(f"PDF metadata unreadable ({_describe(exc)})")


# --------------------------------------------------------------------------- Word (.docx)

#: No part of a Word package is read past this many bytes (a zip bomb stops here).
MAX_DOCX_PART = 64 * 1024 * 1024
_W = ("http://schemas.openxmlformats.org/wordprocessingml/2006/main",   # transitional
      "http://purl.oclc.org/ooxml/wordprocessingml/main")                # strict
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships"
_DC = "http://purl.org/dc/elements/1.1/"
_DCTERMS = "http://purl.org/dc/terms/"
#: content Word keeps but does not show: deleted and moved-away revisions, fallback copies
_HIDDEN = {f"{{{w}}}{name}" for w in _W for name in ("del", "moveFrom")} | {f"{{{_MC}}}Fallback"}


class DocxError(ValueError):
    """The Word package cannot be read."""


class MissingPart(DocxError):
    """The Word package has no such part."""


def _local(tag: str) -> tuple[str, str]:
    """(namespace, local name) of an ElementTree tag."""
    namespace, _, name = tag[1:].partition("}") if tag.startswith("{") else ("", "", tag)
    return namespace, name


def _is_w(element: ElementTree.Element, name: str) -> bool:
    namespace, local = _local(element.tag)
    return local == name and namespace in _W


def _read_xml(package: zipfile.ZipFile, name: str) -> ElementTree.Element:
    try:
        info = package.getinfo(name)
    except KeyError:
        raise MissingPart(f"no part {name}") from None
    if info.file_size > MAX_DOCX_PART:
        raise DocxError(f"part {name} is {info.file_size} bytes, more than {MAX_DOCX_PART}")
    data = package.read(info)
    if any(mark.encode(codec) in data for mark in ("<!DOCTYPE", "<!ENTITY")
           for codec in ("utf-8", "utf-16-le", "utf-16-be")):
        raise DocxError(f"part {name} declares a DTD, which Word never writes")
    return ElementTree.fromstring(data)


def _relationship_target(package: zipfile.ZipFile, rels: str, type_suffix: str, default: str) -> str:
    """The target of the package relationship whose type ends in ``type_suffix``."""
    try:
        root = _read_xml(package, rels)
    except (DocxError, ElementTree.ParseError):
        return default
    for rel in root.iter(f"{{{_RELATIONSHIPS}}}Relationship"):
        if rel.get("Type", "").endswith(type_suffix) and rel.get("TargetMode") != "External":
            return rel.get("Target", default).lstrip("/")
    return default


def _style_names(package: zipfile.ZipFile, folder: str) -> dict[str, str]:
    """Style id -> built-in style name ("a3" -> "title" in a Russian Word)."""
    try:
        root = _read_xml(package, f"{folder}styles.xml")
    except (DocxError, ElementTree.ParseError):
        return {}
    names = {}
    for style in root.iter():
        if _is_w(style, "style"):
            style_id = next((v for k, v in style.attrib.items() if _local(k)[1] == "styleId"), None)
            name = next((child for child in style if _is_w(child, "name")), None)
            if style_id and name is not None:
                names[style_id] = next((v for k, v in name.attrib.items() if _local(k)[1] == "val"), "")
    return {key: value.casefold() for key, value in names.items()}


def _docx_paragraphs(body: ElementTree.Element) -> list[tuple[str, str]]:
    """(style id, text) of each paragraph in document order, text boxes after their anchor."""
    found: list[tuple[str, str]] = []

    def paragraph(p: ElementTree.Element) -> None:
        parts: list[str] = []
        nested: list[ElementTree.Element] = []
        style = ""

        def walk(element: ElementTree.Element) -> None:
            nonlocal style
            for child in element:
                if child.tag in _HIDDEN:
                    continue
                namespace, name = _local(child.tag)
                if namespace in _W:
                    if name == "t":
                        parts.append(child.text or "")
                        continue
                    if name == "tab":
                        parts.append(" ")
                    elif name in ("br", "cr"):
                        parts.append("\n")
                    elif name == "noBreakHyphen":
                        parts.append("-")
                    elif name == "txbxContent":
                        nested.append(child)
                        continue
                    elif name == "pStyle":
                        style = next((v for k, v in child.attrib.items() if _local(k)[1] == "val"), "")
                walk(child)

        walk(p)
        lines = [_squash(line) for line in "".join(parts).split("\n")]
        found.append((style, "\n".join(line for line in lines if line)))
        for box in nested:
            block(box)

    def block(element: ElementTree.Element) -> None:
        for child in element:
            if child.tag in _HIDDEN:
                continue
            if _is_w(child, "p"):
                paragraph(child)
            else:
                block(child)

    block(body)
    return [(style, text) for style, text in found if text]


def _extract_docx(data: bytes, encoding: str | None, out: Extracted) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            main = _relationship_target(package, "_rels/.rels", "/officeDocument", "word/document.xml")
            document = _read_xml(package, main)
            styles = _style_names(package, main.rpartition("/")[0] + "/" if "/" in main else "")
            paragraphs = _docx_paragraphs(document)
            core_name = _relationship_target(package, "_rels/.rels", "/core-properties", "docProps/core.xml")
            try:
                core = _read_xml(package, core_name)
            except MissingPart:
                core = None   # no core properties: nothing is reported, nothing invented
            except (DocxError, ElementTree.ParseError) as exc:
                core = None   # the text is still good
                out.warnings.append(f"Word document properties unreadable ({_describe(exc)})")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, DocxError, ElementTree.ParseError,
            OSError, EOFError, RuntimeError, ValueError, NotImplementedError, RecursionError) as exc:
        # RuntimeError: an encrypted member; NotImplementedError: an unknown compression
        out.warnings.append(f"damaged Word file, no text extracted ({_describe(exc)})")
        return
    if core is not None:
        def prop(namespace: str, name: str) -> str | None:
            element = core.find(f"{{{namespace}}}{name}")
            return _squash(element.text) if element is not None and element.text else None
        out.title = _property_title(prop(_DC, "title"))
        out.authors = _property_authors(prop(_DC, "creator"))
        out.language = prop(_DC, "language")
        created = prop(_DCTERMS, "created")
        if created:
            out.meta_dates.append(created)
    styled = {styles.get(style, style.casefold()): text for style, text in reversed(paragraphs)}
    out.title = out.title or styled.get("title")
    out.standfirst = styled.get("subtitle")
    _finish(out, [text for _, text in paragraphs])


# --------------------------------------------------------------------------- entry points

_EXTRACTORS: dict[str, Callable[[bytes, str | None, Extracted], None]] = {
    "text": _extract_text, "html": _extract_html, "pdf": _extract_pdf, "docx": _extract_docx}


def extract(data: bytes, kind: str, encoding: str | None = None) -> Extracted:
    """Text and descriptive fields of ``data``, a file of ``kind`` (text, html, pdf, docx).

    ``encoding`` is the one ingest recorded for text and HTML (ignored for PDF
    and Word). Never raises for bad content: what could not be read is said in
    ``warnings``, and ``text`` is empty when nothing could be.
    """
    extractor = _EXTRACTORS.get(kind)
    if extractor is None:
        return Extracted(warnings=[f"no extractor for kind {kind!r}: nothing extracted"])
    out = Extracted()
    try:
        extractor(data, encoding, out)
    except Exception as exc:  # noqa: BLE001 -- the indexer must go on; the failure is reported
        return Extracted(warnings=[*out.warnings, f"{kind} extraction failed ({_describe(exc)})"])
    return out


def recorded_encoding(item: Item) -> str | None:
    """The encoding ingest recorded in the item's provenance, if any (none for PDF and Word)."""
    try:
        return item.provenance["object"]["format"]["encoding"]["encoding"] or None
    except (KeyError, TypeError):
        return None


def extract_item(item: Item) -> Extracted:
    """:func:`extract` of an archived item's payload, read with the encoding its provenance records."""
    try:
        data = item.payload.read_bytes()
    except OSError as exc:
        return Extracted(warnings=[f"payload unreadable: {exc}"])
    return extract(data, item.kind or "", recorded_encoding(item))
