"""What a web page states about itself: title, authors, site name, language, dates, standfirst.

Decisions
---------
* **Stated, never guessed.** Every value comes from markup made to carry it:
  ``<meta>`` tags (Open Graph, Dublin Core, ``article:*``), JSON-LD
  (schema.org ``NewsArticle`` and kin), microdata (``itemprop``), a byline
  element, ``<html lang>``. Each is returned with where it was found, which the
  index keeps beside the value, so a reader can judge it.
* **Most trusted first.** For each field the sources are tried in a fixed
  order: the tags publishers write for syndication (``og:title``,
  ``article:published_time``, JSON-LD) before the tags any template fills
  (``<title>``, ``<meta name=date>``), those before the page's visible
  elements (``<h1>``, a byline).
* **A publication date is a date the page says is its publication date**:
  ``article:published_time``, JSON-LD ``datePublished``, ``itemprop=
  datePublished``, Dublin Core's issued date, ``<time pubdate>``. Never a
  modification date, a copyright year, a ``<time>`` in a sidebar or a
  comment, or the date in the page's address: those are the wrong dates we
  measured the libraries giving (``docs/benchmarks.md``, "HTML article
  text"). The dateline of the text is read later, by
  :func:`archive.description.dates.publication_date`.
* **The ``<title>``'s site part** ("Headline | Site") is cut off when it is a
  known site name, or when it is short and the rest longer; the ``<h1>``
  settles a doubt either way (a headline that really holds " - ").
* Bounded: JSON-LD blocks over 1 MB are skipped, and its objects are walked
  without recursion, at most 2,000 of them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator

from lxml import etree
from lxml.html import HtmlElement

from archive.description.article_head import _unique, split_names
from archive.description.clean_text import _squash
from archive.description.extracted import Extracted

__all__ = ["read_page_facts"]

_TITLE_SEPARATOR = re.compile(r"\s+(?:\||—|–|-|::|·|•|/|«|»)\s+")
_SITE_COLON = re.compile(r"([^:]{2,40}):\s+")
_MAX_JSON_LD = 1_000_000
_MAX_JSON_OBJECTS = 2_000
_ARTICLE_TYPES = frozenset({"article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle",
                            "opinionnewsarticle", "blogposting", "liveblogposting", "scholarlyarticle",
                            "report", "backgroundnewsarticle", "reviewnewsarticle", "techarticle",
                            "socialmediaposting", "webpage"})

# <meta> keys (name, property or itemprop, lower-cased), most trusted first
_META_TITLE = ("og:title", "dc.title", "dcterms.title", "citation_title", "twitter:title")
_META_AUTHORS = ("author", "article:author", "og:article:author", "dc.creator", "dcterms.creator",
                 "byl", "parsely-author", "sailthru.author", "citation_author")
_META_PUBLISHER = ("og:site_name", "publisher", "dc.publisher", "dcterms.publisher",
                   "citation_publisher", "application-name")
_META_LANGUAGE = ("content-language", "language", "dc.language", "dcterms.language", "og:locale")
_META_STANDFIRST = ("og:description", "description", "dc.description", "twitter:description")
_META_DATES = ("article:published_time", "og:article:published_time", "og:published_time",
               "datepublished", "dc.date.issued", "dcterms.issued", "citation_publication_date",
               "publication_date", "pubdate", "publishdate", "publish-date", "parsely-pub-date",
               "sailthru.date", "date", "dc.date", "dcterms.date", "dcterms.created", "citation_date")
_STANDFIRST_CLASS_WORDS = frozenset({"standfirst", "dek", "deck", "subtitle", "subheadline", "subhead",
                                     "summary", "lede", "intro", "excerpt", "strapline", "teaser",
                                     "lead", "abstract"})
_BYLINE_CLASS_WORDS = frozenset({"byline", "author", "authors", "autor", "autorin", "creator"})
_AUTHOR_CLASS_WORDS = frozenset({"author", "autor", "autorin", "creator"})
_MAX_AUTHORS = 10
_REL_AUTHOR = etree.XPath("//*[@rel and contains(@rel, 'author')]")
_SIEVE = re.compile("|".join(sorted(_BYLINE_CLASS_WORDS | _STANDFIRST_CLASS_WORDS)))
_PUBLISHED_CLASS_WORDS = frozenset({"pubdate", "published", "publishdate", "datepublished"})
_UPDATED_CLASS_WORDS = frozenset({"updated", "modified", "dateupdated", "datemodified", "update", "edited",
                                  "aktualisiert", "lastmod"})


def _class_and_id(element: HtmlElement) -> str:
    return f"{element.get('class') or ''} {element.get('id') or ''}".lower()


def _words(element: HtmlElement, raw: str | None = None) -> set[str]:
    """The words of an element's class and id: "site-header skip_links" -> {"site", "header", ...}."""
    return set(re.split(r"[\s_-]+", raw if raw is not None else _class_and_id(element))) - {""}


def _marked(root: HtmlElement) -> list[tuple[HtmlElement, set[str]]]:
    """Elements whose class or id holds a byline or standfirst word, with their words: one pass
    over the page, a regular expression as the first sieve, so a mega-menu of thousands of
    classed links costs little."""
    found = []
    for element in root.iter(etree.Element):
        raw = _class_and_id(element)
        if _SIEVE.search(raw):
            found.append((element, _words(element, raw)))
    return found


def _text(element: HtmlElement) -> str:
    return _squash(element.text_content())


def _metas(root: HtmlElement) -> dict[str, list[str]]:
    """Every <meta> content by its lower-cased name, property, itemprop or http-equiv."""
    values: dict[str, list[str]] = {}
    for meta in root.iter("meta"):
        content = _squash(meta.get("content") or "")
        if content:
            for attribute in ("name", "property", "itemprop", "http-equiv"):
                key = meta.get(attribute)
                if key:
                    values.setdefault(key.strip().lower(), []).append(content)
    return values


def _first(values: dict[str, list[str]], keys: Iterable[str]) -> tuple[str, str] | None:
    """(value, key) of the first key that has a value."""
    for key in keys:
        for value in values.get(key, ()):
            return value, f"<meta {key}>"
    return None


# --------------------------------------------------------------------------- JSON-LD

def _json_ld_objects(root: HtmlElement) -> Iterator[dict]:
    """Every JSON object in the page's ld+json blocks, ``@graph`` members included, walked without recursion."""
    budget = _MAX_JSON_OBJECTS
    for script in root.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower():
            continue
        raw = script.text or ""
        if len(raw) > _MAX_JSON_LD:
            continue
        try:
            stack = [json.loads(raw)]
        except ValueError:
            continue
        while stack and budget > 0:
            value = stack.pop()
            if isinstance(value, list):
                stack.extend(reversed(value))
            elif isinstance(value, dict):
                budget -= 1
                yield value
                if isinstance(value.get("@graph"), list):
                    stack.extend(reversed(value["@graph"]))


def _types(thing: dict) -> set[str]:
    kind = thing.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).lower() for k in kinds if k}


def _names(value) -> list[str]:
    """Names of a JSON-LD person or organisation value: a string, an object with ``name``, or a list."""
    values = value if isinstance(value, list) else [value]
    names = []
    for one in values[:20]:
        name = one.get("name") if isinstance(one, dict) else one
        if isinstance(name, str) and _squash(name):
            names.append(_squash(name))
    return names


def _json_ld_article(root: HtmlElement) -> dict:
    """The page's article object in JSON-LD (an article type before a bare ``WebPage``), or {}."""
    found = [thing for thing in _json_ld_objects(root) if _types(thing) & _ARTICLE_TYPES]
    found.sort(key=lambda thing: "webpage" in _types(thing))
    return found[0] if found else {}


# --------------------------------------------------------------------------- fields

def _strip_site_name(title: str, site_names: set[str], h1: str | None,
                     guess: bool = True) -> tuple[str, str | None]:
    """(headline, site name) from a <title> such as "Headline | Site", "Site: Headline" or "Site - Headline".

    A segment is cut off when it is a known site name (og:site_name and the
    like), or, at the end, when it is short (four words at most) and the part
    before it is longer: the usual " | Site" suffix. The page's <h1> settles a
    doubt: a headline that really contains " - " matches the <h1> whole.
    Without ``guess`` only known site names are cut (for og:title, which is the
    headline alone on most sites).
    """
    h1_key = _squash(h1 or "").casefold()
    headline, site = title, None
    for _ in range(2):      # "Headline | Section | Site"
        separators = list(_TITLE_SEPARATOR.finditer(headline))
        colon = _SITE_COLON.match(headline)
        if _squash(headline).casefold() == h1_key:
            break
        if colon and colon.group(1).strip().casefold() in site_names:
            headline, site = headline[colon.end():].strip(), site or colon.group(1).strip()
            continue
        if not separators:
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


def _byline_authors(root: HtmlElement, marked: list[tuple[HtmlElement, set[str]]]) -> tuple[list[str], str]:
    """Authors from byline elements, and which kind: every ``itemprop=author``; else every
    innermost element of class author (a byline of two names marks each); else the text of a
    byline element (class byline, or ``rel=author``), its dates and separators left out."""
    names = []
    for element in root.iterfind(".//*[@itemprop='author']"):
        named = element.find(".//*[@itemprop='name']")
        value = (named.get("content") or _text(named)) if named is not None else \
            (element.get("content") or _text(element))
        if value and len(value) <= 130:
            names += split_names(value)
    if names:
        return _unique(names)[:_MAX_AUTHORS], "itemprop=author"
    authors = [element for element, words in marked if words & _AUTHOR_CLASS_WORDS]
    inner_of = {parent for element in authors for parent in element.iterancestors()}
    for element in authors:
        if element not in inner_of and len(_text(element)) <= 80:
            names += split_names(_text(element))
    if names:
        return _unique(names)[:_MAX_AUTHORS], "author element"
    rel_authors = [e for e in _REL_AUTHOR(root) if "author" in (e.get("rel") or "").lower().split()]
    bylines = [element for element, words in marked if words & _BYLINE_CLASS_WORDS]
    wanted = {*rel_authors, *bylines}
    # in document order (a rel=author link and its byline often share a source line)
    ordered = [element for element in root.iter(etree.Element) if element in wanted] if wanted else []
    for element in ordered:
        if element.tag in ("html", "body", "meta", "link"):
            continue
        value = _text(element)
        if value and len(value) <= 130:
            return split_names(value), "byline"
    return [], ""


def _standfirst_element(marked: list[tuple[HtmlElement, set[str]]]) -> str | None:
    for element, words in marked:
        if element.tag in ("p", "div", "h2", "h3", "span") and words & _STANDFIRST_CLASS_WORDS:
            value = _text(element)
            if 20 <= len(value) <= 600:
                return value
    return None


def _dates(root: HtmlElement, metas: dict[str, list[str]], article: dict,
           marked: list[tuple[HtmlElement, set[str]]]) -> list[tuple[str, str]]:
    """(raw date, where) of every publication date the page states, most trusted first."""
    dates = [(value, f"<meta {key}>") for key in _META_DATES[:2] for value in metas.get(key, ())]
    if isinstance(article.get("datePublished"), str):
        dates.append((article["datePublished"], "JSON-LD datePublished"))
    dates += [(value, f"<meta {key}>") for key in _META_DATES[2:] for value in metas.get(key, ())]
    for element in root.iterfind(".//*[@itemprop='datePublished']"):
        value = element.get("content") or element.get("datetime") or _text(element)
        dates.append((value, "itemprop=datePublished"))
    for element in root.iterfind(".//time[@pubdate]"):
        dates.append((element.get("datetime") or _text(element), "<time pubdate>"))
    for element in root.iterfind(".//time[@datetime]"):
        if _words(element) & _PUBLISHED_CLASS_WORDS:
            dates.append((element.get("datetime"), "<time> marked published"))
    byline_time = _byline_time(marked)
    if byline_time is not None:
        dates.append((byline_time, "<time> in the byline"))
    seen: set[str] = set()
    unique = []
    for value, where in dates:
        value = _squash(value)
        if value and value not in seen:
            seen.add(value)
            unique.append((value, where))
    return unique


def _byline_time(marked: list[tuple[HtmlElement, set[str]]]) -> str | None:
    """The ``datetime`` of the first ``<time>`` in the byline (the element naming the author, or
    the one holding it), unless it sits in an "updated" or "modified" element. A ``<time>``
    anywhere else (a sidebar, a comment, a list of other stories) says nothing of this article.
    """
    for author, words in marked:
        if not words & _BYLINE_CLASS_WORDS:
            continue
        for scope in (author, author.getparent()):
            if scope is None:
                continue
            for time_element in scope.iterfind(".//time[@datetime]"):
                ancestors = [time_element, *time_element.iterancestors()]
                marked = any(_words(a) & _UPDATED_CLASS_WORDS for a in ancestors[:ancestors.index(scope) + 1])
                if not marked:
                    return time_element.get("datetime")
        return None
    return None


def _language(root: HtmlElement, metas: dict[str, list[str]], article: dict) -> tuple[str | None, str]:
    stated = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    where = "<html lang>"
    if not stated:
        meta = _first(metas, _META_LANGUAGE)
        stated, where = meta if meta else (None, "")
    if not stated and isinstance(article.get("inLanguage"), str):
        stated, where = article["inLanguage"], "JSON-LD inLanguage"
    stated = (stated or "").strip().replace("_", "-").split(",")[0].strip()
    return stated or None, where


def read_page_facts(root: HtmlElement, facts: Extracted) -> None:
    """Fill ``facts`` with what the page at ``root`` (its parsed ``<html>``) states about itself,
    each value with where it was found (``found_in``; ``date_origins`` for the dates)."""
    metas, article = _metas(root), _json_ld_article(root)
    marked = _marked(root)
    dates = _dates(root, metas, article, marked)
    facts.meta_dates = [value for value, _ in dates]
    facts.date_origins = dict(dates)
    facts.language, where = _language(root, metas, article)
    if facts.language:
        facts.found_in["language"] = where
    publisher = _first(metas, _META_PUBLISHER)
    json_publisher = _names(article.get("publisher"))
    if publisher:
        facts.publisher, facts.found_in["publisher"] = publisher[0], publisher[1]
    elif json_publisher:
        facts.publisher, facts.found_in["publisher"] = json_publisher[0], "JSON-LD publisher"
    _fill_authors(facts, root, metas, article, marked)
    _fill_title(facts, root, metas, article)
    facts.standfirst = _standfirst_element(marked)
    if facts.standfirst:
        facts.found_in["standfirst"] = "standfirst element"
    elif (meta := _first(metas, _META_STANDFIRST)) is not None:
        facts.standfirst, facts.found_in["standfirst"] = meta
    return facts


def _fill_authors(facts: Extracted, root: HtmlElement, metas: dict[str, list[str]], article: dict,
                  marked: list[tuple[HtmlElement, set[str]]]) -> None:
    for key in _META_AUTHORS:
        names = _unique(name for value in metas.get(key, ())
                        if not value.lower().startswith(("http://", "https://"))
                        for name in split_names(value))
        if names:
            facts.authors, facts.found_in["authors"] = names, f"<meta {key}>"
            return
    names = _unique(name for value in _names(article.get("author")) for name in split_names(value))
    if names:
        facts.authors, facts.found_in["authors"] = names, "JSON-LD author"
        return
    names, where = _byline_authors(root, marked)
    if names:
        facts.authors, facts.found_in["authors"] = names, where


def _fill_title(facts: Extracted, root: HtmlElement, metas: dict[str, list[str]], article: dict) -> None:
    h1_element = next(root.iter("h1"), None)
    h1 = _text(h1_element) if h1_element is not None else None
    site_names = {name.casefold() for name in (facts.publisher, *metas.get("og:site_name", ())) if name}
    meta = _first(metas, _META_TITLE)
    title_element = root.find(".//title")
    page_title = _text(title_element) if title_element is not None else ""
    if meta:
        facts.title, _ = _strip_site_name(meta[0], site_names, h1, guess=False)
        facts.found_in["title"] = meta[1]
    elif isinstance(article.get("headline"), str) and _squash(article["headline"]):
        facts.title, facts.found_in["title"] = _squash(article["headline"]), "JSON-LD headline"
    elif page_title:
        facts.title, site = _strip_site_name(page_title, site_names, h1)
        facts.found_in["title"] = "<title>"
        if site and not facts.publisher:
            facts.publisher, facts.found_in["publisher"] = site, "<title>"
    elif h1:
        facts.title, facts.found_in["title"] = h1, "<h1>"
