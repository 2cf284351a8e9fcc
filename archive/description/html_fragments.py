"""Page furniture out, blocks into paragraphs: the steps for HTML that is already the article.

A news feed's item carries its article as an HTML fragment (RSS
``description``, Atom ``content``). It needs no search for the article (the
fragment is one), only the furniture some publishers put inside it taken out
(share buttons, "related" boxes, scripts) and its blocks made paragraphs.
Whole web pages go through :mod:`archive.description.html_text`, whose
maintained extractor finds the article among the page's furniture.

Beautiful Soup 4 with the standard library's ``html.parser``: a fragment is a
few kilobytes, often broken, and Beautiful Soup never refuses one. Both
walks are iterative: broken HTML nests thousands of unclosed tags.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from bs4 import BeautifulSoup, Comment, Declaration, Doctype, NavigableString, ProcessingInstruction, Tag

from archive.description.clean_text import _squash

__all__ = ["block_paragraphs", "remove_furniture"]


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
_BLOCK_ELEMENTS = frozenset({
    "address", "article", "blockquote", "caption", "center", "dd", "details", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
    "main", "ol", "p", "pre", "section", "summary", "table", "td", "th", "tr", "ul"})
_PARAGRAPH_BREAK, _LINE_BREAK = "\ue000", "\ue001"   # private-use marks, never in a page's text


def _words(tag: Tag) -> set[str]:
    """The words of an element's class and id: "site-header skip_links" -> {"site", "header", ...}."""
    classes = tag.get("class") or []
    if isinstance(classes, str):
        classes = [classes]
    raw = " ".join([*classes, str(tag.get("id") or "")]).lower()
    return set(re.split(r"[\s_-]+", raw)) - {""}


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


def remove_furniture(soup: BeautifulSoup, body: Tag) -> None:
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


def block_paragraphs(root: Tag) -> list[str]:
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


