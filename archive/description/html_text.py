"""The article text of a saved web page, and what the page states about itself.

Library, and why
----------------
**trafilatura** (2.3.1) takes the article out of the page; **lxml** (its
parser, libxml2's) reads the page once for both it and
:mod:`archive.description.html_meta`. On 207 pages we generated in eight
languages and seventeen shapes (``tests/html_pages.py``, every article
sentence and furniture line marked), trafilatura kept the article and dropped
the furniture better than readability-lxml and than the rules we had (F1 0.80,
0.76 and 0.67), in 5 ms a page (``docs/benchmarks.md``, "HTML article text").

What we add, each measured on that set (F1 0.80 to 0.895):

* a table used for the page's **layout** is made plain blocks before
  trafilatura sees it: read as a data table, a 2000s site laid out in tables
  is one table of menus, article and footer together (that shape: 0.55 to 0.94);
* trafilatura's **precision mode**: on furniture written as sentences
  (comments, newsletter prompts, teasers) it keeps less of it, at a small
  cost in recall (0.978 to 0.955);
* **hidden elements and menus** made of links are dropped first: never
  text, and most of the library's time on a page with a mega-menu;
* the **chrome lines** of :mod:`clean_text` (picture credits, gallery
  counters, "Lesen Sie auch", the Russian and Kazakh sites' lines);
* the page's stated title, authors, site name, language and dates, from
  :mod:`html_meta`, which finds more authors than trafilatura's metadata and
  never a date the page does not state as its publication date.

Bounded, whatever the page
--------------------------
* Control characters are dropped before parsing: libxml2 refuses them.
* The bodies of ``<script>`` and ``<style>`` (JSON-LD excepted) and inline
  ``data:`` payloads are cut out by pattern before parsing: they are never
  text, and a page "mostly script" or carrying 15 MB of inline images then
  costs what its markup costs.
* What remains is read up to :data:`MAX_PAGE_CHARS`; a longer page is read that
  far and says so.
* libxml2 nests elements at most 255 deep. A page nested deeper (broken
  markup that never closes a tag) loses what lies below, so such a page is
  read again flattened (every element but paragraphs, line breaks, headings
  and list items dropped): all its visible text is kept, furniture included,
  and a warning says so.
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree
from trafilatura import bare_extraction

from archive.description.extracted import Extracted, _decode, _describe, _finish
from archive.description.html_meta import read_page_facts

__all__ = ["MAX_PAGE_CHARS", "extract_html", "parse_page"]

#: Characters of markup read of one page, once scripts, styles and inline data are cut out.
MAX_PAGE_CHARS = 4_000_000
#: A table cell with this much text is a page's column, not a datum.
LAYOUT_CELL_CHARS = 300
#: trafilatura's precision mode (measured: docs/benchmarks.md, "HTML article text").
FAVOR_PRECISION = True
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_SCRIPT_OR_STYLE = re.compile(r"(<(script|style)\b[^>]*>)(.*?)(</\2\s*>)", re.IGNORECASE | re.DOTALL)
_DATA_URI = re.compile(r"data:[\w/+.-]+;base64,[A-Za-z0-9+/=\s]{200,}")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_FLAT_KEEP = re.compile(r"</?(?!(?:p|br|h[1-6]|li|title|meta|html|head|body)\b)[a-zA-Z][^>]*>")
_TOO_DEEP = "Excessive depth"
_MENUS = etree.XPath("//body//nav | //body//*[@role='navigation']")
# translate() lower-cases the style and drops its spaces ("Display: None" -> "display:none")
_HIDDEN = etree.XPath("//body//*[@hidden or @aria-hidden='true' or contains(translate(@style, "
                      "'DISPLAYNOE ', 'displaynoe'), 'display:none')]")


def _script_body(match: re.Match) -> str:
    """A script or style element without its body, unless it is JSON-LD (the page's metadata)."""
    if "ld+json" in match.group(1).lower():
        return match.group(0)
    return match.group(1) + match.group(4)


def _prepared(markup: str, warnings: list[str]) -> str:
    """``markup`` without what is never text, cut to :data:`MAX_PAGE_CHARS`."""
    markup = _CONTROL.sub("", _XML_DECLARATION.sub("", markup, count=1))
    markup = _DATA_URI.sub("data:,", _SCRIPT_OR_STYLE.sub(_script_body, markup))
    if len(markup) > MAX_PAGE_CHARS:
        warnings.append(f"page of {len(markup):,} characters of markup (scripts and inline data aside); "
                        f"read to {MAX_PAGE_CHARS:,}")
        markup = markup[:MAX_PAGE_CHARS]
    return markup


def _parse(markup: str) -> tuple[lxml.html.HtmlElement | None, bool]:
    """(the page's <html> element, whether libxml2 stopped nesting at its depth limit)."""
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False,
                                  default_doctype=False, encoding="utf-8")
    try:
        root = lxml.html.document_fromstring(markup.encode("utf-8", errors="replace"), parser=parser)
    except (etree.ParserError, ValueError):
        return None, False
    too_deep = any(_TOO_DEEP in entry.message for entry in parser.error_log)
    return root, too_deep


def parse_page(markup: str, warnings: list[str]) -> lxml.html.HtmlElement | None:
    """The page parsed, within bounds (see the module's notes); None for a page with no element at all."""
    markup = _prepared(markup, warnings)
    root, too_deep = _parse(markup)
    if too_deep:
        warnings.append("page nested deeper than 255 elements; read flattened, "
                        "so page furniture may remain in its text")
        root, _ = _parse(_FLAT_KEEP.sub(" ", markup))
    return root


def _drop_hidden_and_menus(root: lxml.html.HtmlElement) -> None:
    """Take out what the page hides from its readers (``hidden``, ``aria-hidden``, ``display:
    none``) and its menus (``<nav>`` or ``role=navigation`` made mostly of links): neither is
    ever article text, and trafilatura would spend most of its time on a mega-menu's thousands
    of links before dropping them itself."""
    for element in _HIDDEN(root):
        if element.getparent() is not None:
            element.drop_tree()
    for element in _MENUS(root):
        if element.getparent() is not None and _mostly_links(element):
            element.drop_tree()


def _mostly_links(element: lxml.html.HtmlElement) -> bool:
    text = len(element.text_content().strip())
    linked = sum(len(link.text_content().strip()) for link in element.iter("a"))
    return text == 0 or linked * 2 >= text


def _unwrap_layout_tables(root: lxml.html.HtmlElement) -> None:
    """Make a table used for the page's layout plain blocks, so its cells are read as the page's parts.

    A layout table holds another table, or a cell of prose (300 characters or
    more outside any inner table): a data table's cells are short. Read as a
    table, the whole page (menus, article, most-read list, footer) would be one
    table of the article's text.
    """
    for table in list(root.iter("table")):
        if table.tag != "table":        # already unwrapped as part of an outer one
            continue
        nested = table.find(".//table") is not None
        if nested or any(len(cell.text_content()) >= LAYOUT_CELL_CHARS for cell in table.iter("td", "th")):
            for element in table.iter("table", "tbody", "thead", "tfoot", "tr", "td", "th"):
                element.tag = "div"


def _article_paragraphs(root: lxml.html.HtmlElement, warnings: list[str]) -> list[str]:
    """The article's paragraphs as trafilatura finds them (comments left out, data tables kept)."""
    _drop_hidden_and_menus(root)
    _unwrap_layout_tables(root)
    try:
        document = bare_extraction(root, include_comments=False, include_tables=True,
                                   favor_precision=FAVOR_PRECISION, with_metadata=False)
    except Exception as exc:   # noqa: BLE001 (a library's fault on one page must not stop an index build)
        warnings.append(f"article text not found ({_describe(exc)})")
        return []
    text = (getattr(document, "text", None) or "") if document is not None else ""
    return [line for line in text.split("\n") if line.strip()]


def extract_html(data: bytes, encoding: str | None, out: Extracted) -> None:
    """Fill ``out`` from a saved web page: what it states about itself, then its article's text."""
    root = parse_page(_decode(data, encoding, out, html=True), out.warnings)
    if root is None:
        _finish(out, [], standfirst_from_text=False)
        return
    read_page_facts(root, out)
    _finish(out, _article_paragraphs(root, out.warnings), standfirst_from_text=False)
