"""Text and descriptive fields of a saved web page.

Library, and why
----------------
**Beautiful Soup 4** (``beautifulsoup4`` 4.15.0) with the standard library's
``html.parser`` backend. Saved news pages are often broken HTML (unclosed
paragraphs, stray end tags, CMS comments in odd places); Beautiful Soup
builds a usable tree from whatever it gets, never refuses a page, and has
been maintained for two decades. With ``html.parser`` it is pure Python (its
own dependencies, soupsieve and typing-extensions, are too): our pages are a
few kilobytes, so lxml's compiled speed buys nothing here. A ready-made
main-content extractor (trafilatura, readability-lxml) would bring a dozen
further packages and its own idea of which paragraphs matter; the rules we
need are short and are stated below.

What a page gives
-----------------
``<script>``, ``<style>``, ``<nav>``, ``<aside>``, ``<footer>``, ``<form>``,
``<noscript>`` and the like, comments, hidden elements, a ``<header>``
outside the article, and elements whose role, class or id says navigation,
sharing, comments, adverts or sidebars go. The text is that of the
``<article>`` (or ``itemprop=articleBody``, or ``<main>``) if it holds most
of the paragraph text, else of the element whose paragraphs hold the most.

* Title: ``og:title``, else ``<title>`` less its " | Site" part, else the
  ``<h1>``.
* Authors: ``<meta name=author>``, ``article:author`` (not profile URLs),
  ``DC.creator``..., else byline elements.
* Publisher: ``og:site_name``, else ``<meta name=publisher>``..., else the
  site part cut from ``<title>``.
* Language: ``<html lang>``, else ``Content-Language``, ``DC.language``,
  ``og:locale``.
* Standfirst: an element of class standfirst, dek, summary..., else
  ``og:description`` / ``<meta name=description>``. Never a paragraph guessed
  from the text: the markup says which paragraph is which.
* Dates: ``article:published_time``, ``<meta name=date>``, ``DC.date``,
  ``itemprop=datePublished`` and the like, most trusted first.
"""

from __future__ import annotations

import re
import warnings
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

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

from archive.description.article_head import _unique, split_names
from archive.description.clean_text import _squash
from archive.description.extracted import Extracted, _decode, _finish

__all__ = ["extract_html"]


# XHTML pages are parsed as HTML on purpose, and a page whose text looks like a
# file name is still a page: these two Beautiful Soup notices say nothing to us.
warnings.filterwarnings("ignore", category=XMLParsedAsHTMLWarning)
warnings.filterwarnings("ignore", category=MarkupResemblesLocatorWarning)


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


def extract_html(data: bytes, encoding: str | None, out: Extracted) -> None:
    """Fill ``out`` from a saved web page: its metadata, then the text of its article element."""
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
