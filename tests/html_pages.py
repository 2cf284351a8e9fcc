"""An evaluation set for HTML main-text extraction and page facts: generated pages, answers marked.

Why
---
Extractors are judged on which sentences of a page they keep. Real saved pages
carry no answer, and pages written by hand end up shaped like whatever the
writer's favourite extractor handles. So the pages here are generated, from
prose written for them (``tests/html_texts.py``, eight languages), in the ways
the real web is hard: short articles beside long sentence-like furniture
(consent banners, reader comments, most-read lists, teasers, paywall offers),
telling class names on some pages and none on others, semantic elements or
div soup, 2000s table layouts with ``<br><br>``, unclosed ``<p>`` and stray end
tags, a script before ``<html>``, legacy code pages, AMP, and metadata stated
one way on each page, always beside decoy dates. Every choice is drawn from a
seeded ``random.Random`` per page, so no layout is tuned to one extractor and
every run builds the same bytes.

What
----
:func:`pages` gives 207 :class:`Page` objects, 12 to 15 of each of the
seventeen :data:`SHAPES`, every shape in at least four languages (``de`` and
``en`` most, then ``ru``, ``fr``, ``es``, ``pl``, ``kk``, ``zh``). Each page
marks

* ``article``: the sentences of its article text (list items on list pages,
  captions on gallery pages, the entries of a live blog), each occurring
  exactly once in the page's visible text;
* ``boilerplate``: lines of the page that are not article text, 12 characters
  or more (navigation, consent banners, other stories' headlines and
  teasers, comments, paywall offers, share labels, copyright lines...), none
  of them inside an article sentence or the headline.

Headlines, subheadings, bylines, captions outside galleries, pull quotes and
table cells are in neither list. Sentences of a paywalled article past the
wall are in neither list either (absent, hidden, or shown scrambled: the
scrambled text is boilerplate).

The facts: ``title`` (the headline), ``authors``, ``site_name`` (as the page
names itself in ``<title>``, ``og:site_name``, ``application-name`` or JSON-LD;
a footer's company is a decoy, not a site name), and ``date``, the publication
day, with ``date_source`` the one way the page states it: ``meta``
(``article:published_time``, ``date``, ``DC.date.issued``, ``parsely-pub-date``,
``itemprop=datePublished``), ``time`` (a ``<time datetime>`` in the byline),
``json-ld`` (``datePublished``), ``url`` (``/yyyy/mm/dd/`` in the canonical
address), ``dateline`` (first paragraph), or None. A page stating a date
states it that one way only, give or take the same day again where sites
repeat it (as plain text in a byline on meta and JSON-LD pages, in
``og:url`` beside a dated canonical address, in a live blog's entry times),
and always carries a later decoy: a modified time, an "updated" line or a
later ``<time>``; and a copyright year. Most-read lists, teaser links and
comments carry other days. ``nodate`` pages state none but carry those
decoys (no modified time, no "updated" line).

:func:`check` re-reads a page with the standard library's HTML parser and
lists what does not hold; ``python -m tests.html_pages`` checks every page and
prints counts by shape and language.
"""

from __future__ import annotations

import functools
import html
import json
import random
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from html.entities import codepoint2name
from html.parser import HTMLParser

from tests.html_texts import CHROME, GALLERIES, LISTS, SKIES, STORIES, Chrome, Gallery, ListStory, Story

__all__ = ["SHAPES", "Page", "check", "pages", "page_text_markers", "squash", "visible_text"]

SHAPES: tuple[str, ...] = ("sidebar", "comments", "related", "cookie", "paywall", "liveblog", "gallery", "list",
                           "table", "divsoup", "tablelayout", "unclosed", "scriptfirst", "legacy", "amp", "jsonld",
                           "nodate")

#: the languages of each shape's pages, in order (German and English the largest share)
_PLAN: dict[str, str] = {
    "sidebar": "de de de en en en ru pl fr es kk zh",
    "comments": "de de de en en en ru pl fr es kk zh",
    "related": "de de de en en en ru pl fr es kk zh",
    "cookie": "de de de de en en en fr es pl ru zh",
    "paywall": "de de de de en en en fr es ru pl kk",
    "liveblog": "de de de en en en ru fr es pl kk zh",
    "gallery": "de de de en en en ru ru fr fr pl es",
    "list": "de de de de en en en en ru ru es es",
    "table": "de de de en en en ru pl fr es kk zh",
    "divsoup": "de de de en en en ru pl fr es kk zh",
    "tablelayout": "de de de en en ru ru pl fr es kk zh",
    "unclosed": "de de de en en en ru pl fr es kk zh",
    "scriptfirst": "de de de en en en ru pl fr es kk zh",
    "legacy": "de de de en fr fr es es ru ru kk kk pl pl zh",
    "amp": "de de de en en en ru pl fr es kk zh",
    "jsonld": "de de de en en en ru pl fr es kk zh",
    "nodate": "de de de en en en ru pl fr es kk zh",
}
#: legacy code pages a newsroom in each language used: (Python codec, the label the page declares)
_LEGACY: dict[str, tuple[tuple[str, str], ...]] = {
    "de": (("iso-8859-1", "ISO-8859-1"), ("cp1252", "windows-1252")),
    "fr": (("iso-8859-1", "iso-8859-1"), ("cp1252", "windows-1252")),
    "es": (("iso-8859-1", "ISO-8859-1"), ("cp1252", "Windows-1252")),
    "en": (("cp1252", "windows-1252"),),
    "ru": (("cp1251", "windows-1251"),),
    "kk": (("cp1251", "windows-1251"),),
    "pl": (("iso-8859-2", "iso-8859-2"),),
    "zh": (("gbk", "gbk"),),
}
#: hours east of UTC in winter and summer
_ZONES: dict[str, tuple[int, int]] = {"de": (1, 2), "fr": (1, 2), "es": (1, 2), "pl": (1, 2), "en": (0, 1),
                                      "ru": (3, 3), "kk": (6, 6), "zh": (8, 8)}
_FIRST_DAY, _DAYS = date(2009, 1, 1), 4017          # 2009-01-01 .. 2019-12-31
_OLD_DAYS = 1826                                     # 2009 .. 2013, for the old layouts


@dataclass(frozen=True)
class Page:
    """One generated page and its answers."""

    name: str                    # unique, e.g. "de-sidebar-07"
    language: str                # BCP 47 primary subtag
    shape: str                   # one of SHAPES
    html: bytes                  # the page as a server would send it
    encoding: str                # Python codec name of ``html``
    article: tuple[str, ...]     # sentences of the article text (not the headline)
    boilerplate: tuple[str, ...]  # lines on the page that are not article text
    title: str                   # the article headline
    authors: tuple[str, ...]     # author names the page states
    site_name: str | None        # the site's name as the page states it
    date: str | None             # publication day the page states, yyyy-mm-dd
    date_source: str | None      # "meta", "time", "json-ld", "dateline", "url" or None


def squash(text: str) -> str:
    """``text`` in NFC, soft hyphens dropped, every run of whitespace one space (as the scoring does)."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text).replace("\u00ad", "")).strip()


# --------------------------------------------------------------------------- class names

#: per naming scheme, per role, the class names a site might use (one is drawn per page and role)
_NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "plain": {
        "header": ("header", "site-header", "masthead"), "nav": ("main-nav", "navigation", "menu"),
        "wrap": ("container", "wrapper", "page"), "main": ("main", "content", "main-content"),
        "side": ("sidebar", "sidebar-right", "aside"), "article": ("article", "post", "story"),
        "headline": ("headline", "title", "entry-title"), "byline": ("byline", "meta", "author-info"),
        "lead": ("lead", "intro", "summary"), "figure": ("image", "figure", "photo"),
        "credit": ("credit", "copyright", "photo-credit"), "widget": ("widget", "box", "block"),
        "teaser": ("teaser", "related-item", "card"), "related": ("related", "related-articles", "more"),
        "comments": ("comments", "comment-section", "discussion"), "comment": ("comment", "comment-item", "reply"),
        "cookie": ("cookie-banner", "cookie-notice", "consent"), "newsletter": ("newsletter", "signup", "nl-box"),
        "share": ("share", "social-share", "sharing"), "footer": ("footer", "site-footer", "page-footer"),
        "ad": ("ad", "advertisement", "ad-slot"), "paywall": ("paywall", "premium-teaser", "subscribe-wall"),
        "live": ("liveblog", "live-ticker", "ticker"), "entry": ("entry", "live-entry", "ticker-item"),
        "gallery": ("gallery", "slideshow", "photo-gallery"), "caption": ("caption", "image-caption", "legend"),
        "tags": ("tags", "keywords", "topics"), "crumbs": ("breadcrumb", "breadcrumbs", "path"),
        "list": ("list", "article-list", "items"), "text": ("text", "body", "article-body"),
    },
    "bem": {
        "header": ("c-site-header", "o-header", "c-masthead"), "nav": ("c-nav", "c-main-nav", "o-menu"),
        "wrap": ("l-container", "o-page", "l-wrapper"), "main": ("l-main", "o-content", "l-content"),
        "side": ("c-rail", "l-aside", "c-sidebar"), "article": ("c-article", "c-story", "o-article"),
        "headline": ("c-article__title", "c-story__headline", "o-article__title"),
        "byline": ("c-article__meta", "c-byline", "c-story__byline"), "lead": ("c-article__lead", "c-story__intro",
                                                                               "c-lead"),
        "figure": ("c-media", "c-figure", "c-article__image"), "credit": ("c-media__credit", "c-figure__source",
                                                                          "c-credit"),
        "widget": ("c-module", "c-rail__block", "c-widget"), "teaser": ("c-teaser", "c-card", "c-story-card"),
        "related": ("c-related", "c-more-stories", "c-teaser-list"), "comments": ("c-comments", "c-thread",
                                                                                  "c-discussion"),
        "comment": ("c-comment", "c-thread__item", "c-post"), "cookie": ("c-consent", "c-cookie-layer",
                                                                         "c-privacy-bar"),
        "newsletter": ("c-newsletter", "c-signup", "c-optin"), "share": ("c-share", "c-social", "c-share-bar"),
        "footer": ("c-site-footer", "o-footer", "c-footer"), "ad": ("c-ad", "c-ad-slot", "c-promo"),
        "paywall": ("c-paywall", "c-plus-teaser", "c-offer"), "live": ("c-live", "c-liveblog", "c-ticker"),
        "entry": ("c-live__entry", "c-liveblog__post", "c-ticker__item"), "gallery": ("c-gallery", "c-slider",
                                                                                      "c-carousel"),
        "caption": ("c-gallery__caption", "c-media__caption", "c-caption"), "tags": ("c-tags", "c-topics",
                                                                                     "c-keywords"),
        "crumbs": ("c-breadcrumb", "c-path", "c-crumbs"), "list": ("c-list", "c-article__list", "c-items"),
        "text": ("c-article__body", "c-story__body", "c-richtext"),
    },
    "utility": {
        "header": ("flex items-center justify-between px-4 py-2", "navbar navbar-expand-lg", "row py-3"),
        "nav": ("hidden md:flex gap-4", "navbar-nav mr-auto", "d-flex flex-wrap"),
        "wrap": ("container mx-auto", "container-fluid", "max-w-6xl mx-auto px-4"),
        "main": ("mt-4 col-lg-8", "col-md-8", "w-full lg:w-2/3"), "side": ("col-lg-4", "col-md-4 d-none d-md-block",
                                                                       "w-full lg:w-1/3 pl-6"),
        "article": ("pb-8", "mb-5", "py-4"),
        "headline": ("text-3xl font-bold leading-tight", "h2 mb-3", "fs-1 fw-bold"),
        "byline": ("text-sm text-gray-600", "small text-muted", "mb-2 text-xs"),
        "lead": ("font-semibold text-lg", "lead", "fw-bold"), "figure": ("my-6", "mb-4 position-relative", "mt-4"),
        "credit": ("text-xs text-gray-500", "small text-muted float-end", "opacity-75 text-xs"),
        "widget": ("mb-6 p-4 bg-gray-100", "card mb-3", "p-3 border rounded"),
        "teaser": ("flex gap-3 mb-4", "card-body", "d-flex mb-3"), "related": ("mt-8 grid grid-cols-2 gap-4",
                                                                              "row row-cols-2 g-3", "mt-5"),
        "comments": ("mt-8 border-t pt-6", "mt-5 pt-4 border-top", "my-10"),
        "comment": ("py-3 border-b", "media mb-3", "mb-4 p-2"),
        "cookie": ("fixed bottom-0 inset-x-0 z-50 p-4 bg-white shadow", "position-fixed bottom-0 w-100 p-3",
                   "fixed top-0 w-full z-40"),
        "newsletter": ("p-6 bg-blue-50 rounded", "bg-light p-4 my-4", "my-8 p-4 border"),
        "share": ("flex gap-2 my-4", "d-flex gap-2", "inline-flex space-x-2"),
        "footer": ("bg-gray-900 text-white py-8", "bg-dark text-light py-5", "mt-12 py-6 border-t"),
        "ad": ("my-6 text-center", "text-center my-3", "mx-auto my-4"),
        "paywall": ("p-6 border-2 rounded-lg text-center", "card p-4 text-center", "my-6 p-6 bg-yellow-50"),
        "live": ("space-y-6", "mt-3", "divide-y"), "entry": ("py-4 border-l-4 pl-4", "border-start ps-3 mb-4",
                                                             "relative pl-8 py-3"),
        "gallery": ("grid gap-6", "row g-4", "space-y-8"), "caption": ("text-sm mt-2", "small mt-1", "mt-2 text-base"),
        "tags": ("flex flex-wrap gap-2 mt-6", "mt-4", "d-flex gap-1"), "crumbs": ("text-xs mb-2", "small mb-3",
                                                                                  "mb-1 text-sm"),
        "list": ("list-decimal pl-6 space-y-3", "ps-4", "space-y-2"), "text": ("prose max-w-none", "mb-4",
                                                                             "text-lg leading-relaxed"),
    },
    "legacy": {
        role: options for role, options in {
            "header": ("top", "hd", "kopf"), "nav": ("menu1", "topnav", "navi"), "wrap": ("wrap2", "wrapper",
                                                                                       "outer"),
            "main": ("c-12", "col1", "inhalt"), "side": ("rail", "widget-area", "col2"),
            "article": ("box", "txt", "inner"), "headline": ("h", "hl", "big"), "byline": ("info", "small", "sub"),
            "lead": ("b1", "intro2", "fett"), "figure": ("img", "pic", "bild"), "credit": ("src", "klein", "sm"),
            "widget": ("module", "box-3", "blk"), "teaser": ("item", "row2", "el"), "related": ("box-4", "module2",
                                                                                            "blk2"),
            "comments": ("box-5", "module3", "unten"), "comment": ("it", "row", "e"), "cookie": ("box-7", "layer1",
                                                                                               "ovl"),
            "newsletter": ("box-6", "module4", "blk3"), "share": ("icons", "sm2", "soc"), "footer": ("bottom", "ft",
                                                                                                "fuss"),
            "ad": ("box-ad1", "sky", "banner2"), "paywall": ("box-8", "layer2", "pw1"), "live": ("module5", "box-9",
                                                                                                "blk5"),
            "entry": ("it2", "row3", "e2"), "gallery": ("box-10", "module6", "pics"), "caption": ("ut", "cap", "bu"),
            "tags": ("kw", "tg", "sm3"), "crumbs": ("pth", "loc", "where"), "list": ("ol1", "lst", "nr"),
            "text": ("txt2", "copy", "content-inner"),
        }.items()
    },
}
_SCHEMES = ("plain", "bem", "utility", "legacy", "opaque")
_SOUP_SCHEMES = ("utility", "legacy", "opaque")

# --------------------------------------------------------------------------- transliteration for slugs

_TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі",
                     ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
                      "t", "u", "f", "h", "ts", "ch", "sh", "sch", "", "y", "", "e", "yu", "ya", "a", "g", "q", "n",
                      "o", "u", "u", "h", "i"]))


def _slug(text: str, rng: random.Random) -> str:
    """The address slug a CMS would make of ``text`` (Chinese gets a number)."""
    text = "".join(_TRANSLIT.get(ch, ch) for ch in text.lower())
    text = unicodedata.normalize("NFKD", text.replace("ß", "ss").replace("ł", "l"))
    words = re.findall(r"[a-z0-9]+", text.encode("ascii", "ignore").decode())
    return "-".join(words[:8]) or f"content-{rng.randrange(10**6, 10**7)}"


# --------------------------------------------------------------------------- dates as pages write them

def _day(lang: str, d: date, style: int = 0) -> str:
    """``d`` as a page in ``lang`` writes it: style 0 in words, 1 in figures (English: two word orders)."""
    m = CHROME[lang].months[d.month - 1]
    forms = {
        "de": (f"{d.day}. {m} {d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}"),
        "en": (f"{d.day} {m} {d.year}", f"{m} {d.day}, {d.year}"),
        "fr": (f"{'1er' if d.day == 1 else d.day} {m} {d.year}", f"{d.day:02d}/{d.month:02d}/{d.year}"),
        "es": (f"{d.day} de {m} de {d.year}", f"{d.day:02d}/{d.month:02d}/{d.year}"),
        "pl": (f"{d.day} {m} {d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}"),
        "ru": (f"{d.day} {m} {d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}"),
        "kk": (f"{d.year} жылғы {d.day} {m}", f"{d.day:02d}.{d.month:02d}.{d.year}"),
        "zh": (f"{d.year}年{d.month}月{d.day}日", f"{d.year}-{d.month:02d}-{d.day:02d}"),
    }
    return forms[lang][style]


def _clock(lang: str, when: datetime) -> str:
    return f"{when.hour:02d}:{when.minute:02d}" + (" Uhr" if lang == "de" else "")


def _stamp(lang: str, when: datetime, style: int, with_time: bool) -> str:
    text = _day(lang, when.date(), style)
    return f"{text}, {_clock(lang, when)}" if with_time else text


def _iso(when: datetime, form: int) -> str:
    """Machine-readable forms of ``when``: with its offset, in UTC, the day alone, or without a zone."""
    if form == 0:
        return when.isoformat()
    if form == 1:
        return when.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    if form == 2:
        return when.strftime("%Y-%m-%d")
    return when.strftime("%Y-%m-%d %H:%M:%S")


# --------------------------------------------------------------------------- text into markup

_PUNCT_NAMES = {"\u00a0": "&nbsp;", "–": "&ndash;", "—": "&mdash;", "„": "&bdquo;", "“": "&ldquo;",
                "”": "&rdquo;", "«": "&laquo;", "»": "&raquo;", "’": "&rsquo;", "…": "&hellip;", "€": "&euro;",
                "£": "&pound;", "©": "&copy;"}


class _Builder:
    """Everything drawn for one page, and the marks made while writing it."""

    def __init__(self, name: str, lang: str, shape: str, rng: random.Random,
                 content: Story | ListStory | Gallery) -> None:
        self.name, self.lang, self.shape, self.rng = name, lang, shape, rng
        self.c: Chrome = CHROME[lang]
        self.content = content
        self.headline = content.headline
        self.article: list[str] = []
        self.boiler: list[str] = []
        self.neutral: list[str] = [content.headline]
        self.classes: dict[str, str] = {}
        self.encoding, self.charset_label = "utf-8", "utf-8"
        if shape == "legacy":
            self.encoding, self.charset_label = rng.choice(_LEGACY[lang])
        old = shape in ("tablelayout", "legacy")
        self.scheme = rng.choice(_SOUP_SCHEMES if shape == "divsoup" else
                                 ("legacy", "plain") if old else _SCHEMES)
        self.semantic = shape not in ("divsoup", "tablelayout", "legacy", "unclosed") and rng.random() < 0.7
        self.entities = rng.choice(("raw", "raw", "named") if shape == "legacy" else
                                   ("all", "all", "named", "raw") if old else ("raw", "raw", "raw", "named", "numeric"))
        self.shy = lang == "de" and not old and rng.random() < 0.2
        self.minify = not old and rng.random() < 0.2
        self.unclosed = shape == "unclosed"
        self.table_layout = shape == "tablelayout" or (shape == "legacy" and rng.random() < 0.35)
        self.joiner = "" if lang == "zh" else " "
        self.site_name_text, self.publisher, self.domain = rng.choice(self.c.sites)
        self.section = rng.choice(self.c.nav[1:9])
        # dates
        span = _OLD_DAYS if old else _DAYS
        day = _FIRST_DAY + timedelta(days=rng.randrange(span))
        self.published = self._moment(day, 8, 17)
        self.date_source = self._draw_date_source()
        self.modified = self._moment(day + timedelta(days=rng.randint(1, 400)), 8, 19)
        self.copyright_year = min(day.year + rng.choice((0, 1, 1, 2, 3, 5)), 2021)
        # people and names
        count = 0 if (shape != "jsonld" and rng.random() < 0.15) else (2 if rng.random() < 0.2 else 1)
        self.authors = tuple(rng.sample(self.c.people, count))
        self.author_ways = self._draw_author_ways()
        self.site_ways = self._draw_site_ways()
        self.site_name = self.site_name_text if self.site_ways else None
        self.slug = _slug(self.headline, rng)
        self.article_id = rng.randrange(10**5, 10**8)
        self.url = self._canonical()
        self.has_json_ld = (self.date_source == "json-ld" or "jsonld" in self.author_ways
                            or "jsonld" in self.site_ways or rng.random() < 0.25)
        self.show_day = self.date_source in ("meta", "json-ld") and shape != "jsonld" and rng.random() < 0.5
        self.decoy = rng.choice(("meta", "line", "json-ld")) if self.date_source else None
        if self.decoy == "json-ld" and not self.has_json_ld:
            self.decoy = "line"
        if self.date_source == "time" and rng.random() < 0.6:
            self.decoy = "time"
        if shape == "jsonld" and self.date_source:
            self.decoy = "json-ld"

    # ---- drawing the page's facts

    def _moment(self, day: date, first: int, last: int) -> datetime:
        winter, summer = _ZONES[self.lang]
        offset = summer if 4 <= day.month <= 10 else winter
        return datetime(day.year, day.month, day.day, self.rng.randint(first, last), self.rng.randrange(60),
                        tzinfo=timezone(timedelta(hours=offset)))

    def _draw_date_source(self) -> str | None:
        rng, shape = self.rng, self.shape
        if shape == "nodate":
            return None
        if shape == "jsonld":
            return "json-ld"
        if self.table_layout:
            return rng.choice(("meta", "dateline", "url"))
        if shape == "legacy":
            return rng.choice(("meta", "dateline", "url", "time"))
        if shape == "amp":
            return rng.choice(("json-ld", "json-ld", "meta", "time"))
        if shape in ("gallery", "list", "liveblog"):           # no first paragraph to carry a dateline
            return rng.choices(("meta", "time", "json-ld", "url"), (3, 2, 2, 1.5))[0]
        return rng.choices(("meta", "time", "json-ld", "dateline", "url"), (3, 2, 2, 1.5, 1.5))[0]

    def _draw_author_ways(self) -> frozenset[str]:
        rng = self.rng
        if not self.authors:
            return frozenset()
        if self.shape == "jsonld":
            return frozenset({"jsonld"})
        if self.shape in ("tablelayout", "legacy"):
            return frozenset({rng.choice(("byline", "byline", "meta"))})
        ways = {rng.choices(("byline", "rel", "meta", "jsonld"), (4, 2, 2, 1.5))[0]}
        if rng.random() < 0.4:
            ways.add(rng.choice(("byline", "meta", "jsonld")))
        if "rel" in ways:
            ways.discard("byline")
        return frozenset(ways)

    def _draw_site_ways(self) -> frozenset[str]:
        rng = self.rng
        if self.shape == "jsonld":
            return frozenset({"jsonld"})
        if self.shape == "tablelayout":
            return frozenset({"title"} if rng.random() < 0.7 else ())
        if self.shape != "paywall" and rng.random() < 0.12:
            return frozenset()
        ways = {rng.choices(("title", "og", "jsonld", "appname"), (4, 3, 1.5, 0.7))[0]}
        for way in ("title", "og"):
            if rng.random() < 0.35:
                ways.add(way)
        return frozenset(ways)

    def _canonical(self) -> str:
        rng, d = self.rng, self.published
        host = f"https://www.{self.domain}"
        section = _slug(self.section, rng)
        if self.date_source == "url":
            return rng.choice((f"{host}/{section}/{d:%Y/%m/%d}/{self.slug}.html",
                               f"{host}/{d:%Y/%m/%d}/{self.slug}/",
                               f"{host}/news/{d:%Y/%m/%d}/{self.article_id}-{self.slug}"))
        return rng.choice((f"{host}/{section}/{self.slug}-{self.article_id}.html",
                           f"{host}/{section}/{self.slug}/{self.article_id}",
                           f"{host}/artikel/{self.article_id}", f"{host}/{section}/{self.slug}.html"))

    # ---- marks

    def bp(self, line: str) -> str:
        """Markup for a furniture line; marked as boilerplate when 12 characters or more."""
        if len(squash(line)) >= 12:
            self.boiler.append(line)
        return self.esc(line)

    def nt(self, text: str) -> str:
        """Markup for text that is neither article nor boilerplate (headlines, captions, bylines)."""
        self.neutral.append(text)
        return self.esc(text)

    def art(self, sentence: str, inline: bool = True) -> str:
        """Markup for an article sentence, sometimes with a link or emphasis inside."""
        self.article.append(sentence)
        rng = self.rng
        if not inline or rng.random() > 0.3:
            return self.esc(sentence)
        if self.lang == "zh":
            start = rng.randrange(2, max(3, len(sentence) - 8))
            end = start + rng.randint(2, 5)
        else:
            spaces = [i for i, ch in enumerate(sentence) if ch == " "]
            starts = [k for k in range(1, len(spaces) - 3)
                      if len(sentence[spaces[k] + 1:spaces[k + 1]]) >= 4]   # a word worth a link
            if not starts:
                return self.esc(sentence)
            k = rng.choice(starts)
            start, end = spaces[k] + 1, spaces[k + rng.randint(1, 3)]
        tag = rng.choice(("a", "a", "strong", "em", "b"))
        opening = (f'<a href="/{_slug(self.section, rng)}/{rng.randrange(10**5, 10**7)}">' if tag == "a"
                   else f"<{tag}>")
        return (self.esc(sentence[:start]) + opening + self.esc(sentence[start:end]) + f"</{tag}>"
                + self.esc(sentence[end:]))

    def esc(self, text: str) -> str:
        """``text`` escaped for HTML, characters written as entities the way this page's CMS does."""
        out = html.escape(text, quote=False)
        if self.entities == "named":
            out = "".join(_PUNCT_NAMES.get(ch, ch) for ch in out)
            out = re.sub(r"(\d) (?=(?:Euro|Prozent|Millionen|%|£|€|km|Uhr)\b)", r"\1&nbsp;", out)
        elif self.entities == "numeric":
            out = "".join(f"&#{ord(ch)};" if ch in _PUNCT_NAMES else ch for ch in out)
        elif self.entities == "all":
            out = "".join(f"&{codepoint2name[ord(ch)]};" if ord(ch) > 127 and ord(ch) in codepoint2name
                          else ch for ch in out)
        if self.shy:
            out = re.sub(r"\b([A-Za-zÄÖÜäöüß]{8})([a-zäöüß]{7,})", r"\1&shy;\2", out)
        return out

    def attr(self, text: str) -> str:
        return html.escape(text, quote=True)

    def logo_alt(self, default: str) -> str:
        """The logo's alternative text: the site's name where the page states it, else ``default``."""
        return self.attr(self.site_name_text if self.site_name else default)

    def cls(self, role: str) -> str:
        """A ``class`` attribute for ``role`` in this page's naming scheme (drawn once per role)."""
        if role not in self.classes:
            if self.scheme == "opaque":
                letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                hashed = "".join(self.rng.choice(letters) for _ in range(6))
                self.classes[role] = self.rng.choice((f"sc-{hashed}-0 {hashed[::-1]}",
                                                      f"css-{self.rng.randrange(36**6):x}",
                                                      f"_{hashed}_{self.rng.randrange(100)}"))
            else:
                self.classes[role] = self.rng.choice(_NAMES[self.scheme][role])
        return f'class="{self.classes[role]}"'

    def el(self, role: str) -> str:
        """The element a role is written as: semantic on some pages, a div on others."""
        semantic = {"header": "header", "nav": "nav", "side": "aside", "footer": "footer", "main": "main",
                    "comments": "section", "related": "section"}
        return semantic.get(role, "div") if self.semantic else "div"

    def p(self, inner: str, attrs: str = "") -> str:
        space = " " if attrs else ""
        if self.unclosed and self.rng.random() < 0.8:
            return f"<p{space}{attrs}>{inner}\n"
        return f"<p{space}{attrs}>{inner}</p>"

    def li(self, inner: str) -> str:
        return f"<li>{inner}\n" if self.unclosed and self.rng.random() < 0.8 else f"<li>{inner}</li>"

    def stray(self) -> str:
        """On unclosed pages, now and then an end tag nothing opened."""
        if self.unclosed and self.rng.random() < 0.35:
            return self.rng.choice(("</div>", "</span>", "</font>", "</p>", "</td>", "</b>"))
        return ""

    def join(self, parts: list[str]) -> str:
        return ("" if self.minify else "\n").join(part for part in parts if part)

    # ---- other stories of the same language, for lists and teasers

    def others(self, count: int) -> list[tuple[str, str]]:
        """(headline, teaser) of ``count`` other pieces of this language, none this page's own."""
        pool: list[tuple[str, str]] = [(s.headline, s.sentences[0]) for s in STORIES[self.lang]]
        pool += [(x.headline, x.intro) for x in LISTS.get(self.lang, ()) + GALLERIES.get(self.lang, ())]
        pool = [item for item in pool if item[0] != self.headline]
        return self.rng.sample(pool, min(count, len(pool)))

    def other_day(self, before: int = 20, after: int = 4) -> datetime:
        """A day near the publication (or near an arbitrary day on undated pages) that is not it."""
        anchor = self.published
        while True:
            shift = self.rng.randint(-before, after)
            if shift:
                return anchor + timedelta(days=shift, minutes=self.rng.randint(-300, 300))

    def teaser_text(self, lead: str) -> str:
        """A teaser as sites cut it: the lead, or its start and an ellipsis."""
        if self.lang == "zh" or self.rng.random() < 0.5 or len(lead) < 90:
            return lead
        cut = lead.rfind(" ", 0, self.rng.randint(60, 85))
        return lead[:cut] + self.rng.choice((" …", "…", " ..."))

    def link(self, headline: str, day: datetime | None = None) -> str:
        """An address for another article (dated in its path on some sites: a decoy)."""
        rng = self.rng
        host = rng.choice(("", f"https://www.{self.domain}"))
        if rng.random() < 0.4:
            return f"{host}/{day or self.other_day(60, 10):%Y/%m/%d}/{_slug(headline, rng)}.html"
        return f"{host}/{_slug(self.section, rng)}/{_slug(headline, rng)}-{rng.randrange(10**5, 10**8)}.html"


# --------------------------------------------------------------------------- the head

def _head(b: _Builder, amp: bool = False) -> str:
    rng = b.rng
    parts = [f'<meta charset="{b.charset_label}">' if b.encoding == "utf-8" or rng.random() < 0.4 else
             f'<meta http-equiv="Content-Type" content="text/html; charset={b.charset_label}">']
    if b.encoding == "utf-8" and not amp and rng.random() < 0.1:
        parts = []                                   # no declaration: the server's header said it
    parts.append(f"<title>{b.esc(_title_text(b))}</title>")
    parts.append('<meta name="viewport" content="width=device-width, initial-scale=1">')
    lead = b.content.sentences[0] if isinstance(b.content, Story) else b.content.intro
    parts.append(f'<meta name="description" content="{b.attr(lead[:155])}">')
    robots = rng.choice(("index, follow", "index,follow,max-image-preview:large", "noarchive"))
    parts.append(f'<meta name="robots" content="{robots}">')
    if "appname" in b.site_ways:
        parts.append(f'<meta name="application-name" content="{b.attr(b.site_name_text)}">')
    if b.shape != "jsonld":
        if "og" in b.site_ways:
            parts.append(f'<meta property="og:site_name" content="{b.attr(b.site_name_text)}">')
        if rng.random() < 0.8:
            parts += ['<meta property="og:type" content="article">',
                      f'<meta property="og:title" content="{b.attr(b.headline)}">',
                      f'<meta property="og:url" content="{b.url}">',
                      f'<meta property="og:image" content="https://img.{b.domain}/{b.article_id}/1200x630.jpg">',
                      '<meta name="twitter:card" content="summary_large_image">']
        if "meta" in b.author_ways:
            parts.append(f'<meta name="author" content="{b.attr(", ".join(b.authors))}">')
        if b.date_source == "meta":
            parts.append(_meta_date(b))
        if b.decoy == "meta":
            form = rng.choice(('<meta property="article:modified_time" content="{}">',
                               '<meta property="og:updated_time" content="{}">',
                               '<meta name="last-modified" content="{}">'))
            parts.append(form.format(_iso(b.modified, rng.randrange(3))))
        if not amp:
            parts.append(f'<link rel="canonical" href="{b.url}">')
    elif not amp:
        parts.append(f'<link rel="canonical" href="{b.url}">')
    if amp:
        parts.append(f'<link rel="canonical" href="{b.url}">')
    if not amp:
        parts += _head_links(b)
        heavy = rng.choices((1, 2, 3), (6, 3, 1))[0]        # a few sites ship far more inline than others
        parts.append(f"<style>{_css(rng, rng.randint(20, 220) * heavy)}</style>")
        parts.append(f"<script>window.__APP_CONFIG__ = {_config(b, rng.randint(10, 160) * heavy)};</script>")
    if b.has_json_ld:
        parts.append(f'<script type="application/ld+json">{_json_ld(b)}</script>')
    rest = parts[3:]
    rng.shuffle(rest)                                # sites order their head tags every which way
    parts[3:] = rest
    return "<head>\n" + "\n".join(parts) + "\n</head>"


def _title_text(b: _Builder) -> str:
    rng, h, site = b.rng, b.headline, b.site_name_text
    if "title" in b.site_ways:
        return rng.choice((f"{h} | {site}", f"{h} - {site}", f"{site}: {h}", f"{h} – {site}",
                           f"{h} | {b.section} | {site}"))
    if b.shape != "jsonld" and rng.random() < 0.3:
        return f"{h} | {b.section}"
    return h


def _meta_date(b: _Builder) -> str:
    rng, when = b.rng, b.published
    return rng.choice((
        f'<meta property="article:published_time" content="{_iso(when, rng.choice((0, 1, 3)))}">',
        f'<meta property="article:published_time" content="{_iso(when, 0)}">',
        f'<meta name="date" content="{_iso(when, rng.choice((0, 2)))}">',
        f'<meta name="DC.date.issued" content="{_iso(when, 2)}">',
        f'<meta name="parsely-pub-date" content="{_iso(when, 1)}">',
        f'<meta itemprop="datePublished" content="{_iso(when, 0)}">',
    ))


def _head_links(b: _Builder) -> list[str]:
    rng = b.rng
    cdn = f"https://static.{b.domain}"
    links = [f'<link rel="preconnect" href="https://{host}">' for host in
             rng.sample(("fonts.gstatic.com", "www.googletagmanager.com", "securepubads.g.doubleclick.net",
                         "cdn.privacy-mgmt.com", "ads.pubmatic.com", "c.amazon-adsystem.com",
                         f"img.{b.domain}"), rng.randint(2, 7))]
    links += [f'<link rel="preload" as="script" href="{cdn}/js/chunk-{rng.randrange(16**8):08x}.js">'
              for _ in range(rng.randint(2, 14))]
    links += [f'<link rel="stylesheet" href="{cdn}/css/{name}.{rng.randrange(16**6):06x}.css">'
              for name in rng.sample(("main", "article", "vendor", "print", "fonts", "icons"), rng.randint(1, 5))]
    links += [f'<link rel="icon" type="image/png" sizes="{size}x{size}" href="/favicon-{size}.png">'
              for size in (16, 32, 96, 192)[:rng.randint(1, 4)]]
    links.append('<link rel="manifest" href="/manifest.json">')
    if rng.random() < 0.4:
        links.append(f'<link rel="amphtml" href="{b.url.rstrip("/")}/amp">')
    if rng.random() < 0.3:
        links.append(f'<link rel="alternate" type="application/rss+xml" title="RSS" '
                     f'href="/rss/{_slug(b.section, rng)}.xml">')
    return links


def _css(rng: random.Random, rules: int) -> str:
    props = ("margin:0", "padding:0 8px", "display:flex", "color:#222", "font-size:14px", "line-height:1.5",
             "border-bottom:1px solid #e5e5e5", "background:#fff", "position:relative", "font-weight:700",
             "text-decoration:none", "max-width:100%", "overflow:hidden", "z-index:10", "gap:12px")
    out = []
    for _ in range(rules):
        name = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(3, 9)))
        out.append(f".{name}{{{';'.join(rng.sample(props, rng.randint(1, 5)))}}}")
    return "".join(out)


def _config(b: _Builder, keys: int) -> str:
    rng = b.rng
    config: dict[str, object] = {"env": "production", "site": b.domain, "section": b.section,
                                 "articleId": b.article_id, "paywall": b.shape == "paywall",
                                 "ads": {"network": rng.randrange(10**7, 10**8), "slots": []}}
    for i in range(keys):
        config["ads"]["slots"].append({"id": f"div-gpt-ad-{rng.randrange(16**10):010x}-{i}",
                                       "sizes": [[300, 250], [728, 90]][:rng.randint(1, 2)],
                                       "targeting": {"pos": rng.choice(("top", "mid", "bottom", "sky"))}})
    return json.dumps(config, ensure_ascii=True, separators=(",", ":"))


def _json_ld(b: _Builder) -> str:
    rng = b.rng
    item: dict[str, object] = {"@context": "https://schema.org",
                               "@type": rng.choice(("NewsArticle", "NewsArticle", "Article", "ReportageNewsArticle")),
                               "headline": b.headline, "mainEntityOfPage": b.url,
                               "image": [f"https://img.{b.domain}/{b.article_id}/1200x675.jpg"]}
    if b.date_source == "json-ld":
        item["datePublished"] = _iso(b.published, rng.choice((0, 0, 1, 2)))
    if b.decoy == "json-ld":
        item["dateModified"] = _iso(b.modified, rng.choice((0, 1)))
    if "jsonld" in b.author_ways:
        people = [{"@type": "Person", "name": name} for name in b.authors]
        item["author"] = people[0] if len(people) == 1 and rng.random() < 0.5 else people
    if "jsonld" in b.site_ways:
        item["publisher"] = {"@type": rng.choice(("Organization", "NewsMediaOrganization")),
                             "name": b.site_name_text,
                             "logo": {"@type": "ImageObject", "url": f"https://www.{b.domain}/logo.png"}}
    if rng.random() < 0.4:
        item = {"@context": "https://schema.org", "@graph": [
            {k: v for k, v in item.items() if k != "@context"},
            {"@type": "BreadcrumbList", "itemListElement": [
                {"@type": "ListItem", "position": 1, "item": {"@id": f"https://www.{b.domain}/", "name": b.c.nav[0]}},
                {"@type": "ListItem", "position": 2, "item": {"@id": f"https://www.{b.domain}/{_slug(b.section, rng)}/",
                                                              "name": b.section}}]}]}
    text = json.dumps(item, ensure_ascii=b.encoding != "utf-8" or rng.random() < 0.3,
                      indent=None if rng.random() < 0.5 else 2)
    return text.replace("</", "<\\/")


# --------------------------------------------------------------------------- chrome around the article

def _header(b: _Builder) -> str:
    rng, c = b.rng, b.c
    logo_alt = b.site_name_text if b.site_name else rng.choice(("Logo", c.nav[0], ""))
    items = []
    subnav = list(c.subnav)
    for label in c.nav[: rng.randint(8, len(c.nav))]:
        if subnav and rng.random() < 0.5:
            count = rng.randint(3, 8)
            taken, subnav = subnav[:count], subnav[count:]
            subs = "".join(b.li(f'<a href="/{_slug(label, rng)}/{_slug(sub, rng)}/">{b.bp(sub)}</a>')
                           for sub in taken)
            items.append(b.li(f'<a href="/{_slug(label, rng)}/">{b.bp(label)}</a><ul class="sub">{subs}</ul>'))
        else:
            items.append(b.li(f'<a href="/{_slug(label, rng)}/">{b.bp(label)}</a>'))
    account = " ".join(f'<a href="/{_slug(x, rng)}">{b.bp(x)}</a>' for x in rng.sample(c.account, 3))
    nav_el, head_el = b.el("nav"), b.el("header")
    parts = [f'<a class="skip" href="#main">{b.bp(c.skip)}</a>' if rng.random() < 0.5 else "",
             f"<{head_el} {b.cls('header')}>",
             f'<a href="/" class="logo"><img src="/img/logo.svg" alt="{b.attr(logo_alt)}" width="240" height="40"></a>',
             f'<div class="account">{account}</div>',
             f"<{nav_el} {b.cls('nav')}><ul>{''.join(items)}</ul></{nav_el}>",
             f"</{head_el}>"]
    if rng.random() < 0.3:
        parts.append(_weather(b))
    return b.join(parts)


def _weather(b: _Builder) -> str:
    rng = b.rng
    city = rng.choice(b.c.table[2])
    line = b.c.weather.format(city=city, t=rng.randint(-8, 31), sky=rng.choice(SKIES[b.lang]))
    return f'<div class="wx">{b.bp(line)}</div>'


def _breadcrumb(b: _Builder) -> str:
    if b.rng.random() < 0.5:
        return ""
    return (f"<div {b.cls('crumbs')}><a href=\"/\">{b.esc(b.c.nav[0])}</a> &rsaquo; "
            f"<a href=\"/{_slug(b.section, b.rng)}/\">{b.esc(b.section)}</a></div>")


def _byline(b: _Builder) -> str:
    """Authors and the dates the page shows under the headline (neither list)."""
    rng, c = b.rng, b.c
    pieces = []
    if b.authors and ({"byline", "rel"} & b.author_ways):
        if "rel" in b.author_ways:
            names = [f'<a rel="author" href="/autor/{_slug(n, rng)}">{b.nt(n)}</a>' for n in b.authors]
        else:
            names = [f'<span class="author">{b.nt(n)}</span>' for n in b.authors]
        form = c.byline[len(b.authors) > 1]
        head, _, tail = form.partition("{names}")
        pieces.append(b.nt(head) + c.and_.join(names) + b.nt(tail) if head or tail else c.and_.join(names))
    style, with_time = rng.randrange(2), rng.random() < 0.6
    if b.date_source == "time":
        attrs = rng.choice(("", ' class="pubdate"', ' itemprop="datePublished"', " pubdate"))
        shown = _stamp(b.lang, b.published, style, with_time)
        pieces.append(f'<time datetime="{_iso(b.published, rng.choice((0, 1, 2)))}"{attrs}>{b.nt(shown)}</time>')
    elif b.show_day:
        pieces.append(f'<span class="date">{b.nt(_stamp(b.lang, b.published, style, with_time))}</span>')
    if b.decoy in ("line", "time"):
        text = rng.choice(c.updated)
        shown = _stamp(b.lang, b.modified, style, True)
        head, _, tail = text.partition("{date}")
        if b.decoy == "time":
            stamp = f'<time datetime="{_iso(b.modified, 0)}">{b.nt(shown)}</time>'
        else:
            stamp = b.nt(shown)
        pieces.append(f'<span class="updated">{b.nt(head)}{stamp}{b.nt(tail)}</span>')
    if not pieces:
        return ""
    sep = rng.choice((" | ", " · ", "<br>", " "))
    return f"<div {b.cls('byline')}>{sep.join(pieces)}</div>"


def _share(b: _Builder) -> str:
    rng = b.rng
    labels = rng.sample(b.c.share, rng.randint(3, len(b.c.share)))
    if rng.random() < 0.5:
        inner = " ".join(f'<a href="#" class="s{i}"><span class="sr-only">{b.bp(x)}</span></a>'
                         for i, x in enumerate(labels))
    else:
        inner = b.join([b.li(f'<a href="#">{b.bp(x)}</a>') for x in labels])
        inner = f"<ul>{inner}</ul>"
    return f"<div {b.cls('share')}>{inner}</div>"


def _tags(b: _Builder) -> str:
    rng = b.rng
    words = rng.sample(b.c.subnav, 3)
    return f"<div {b.cls('tags')}>{b.esc(b.c.tags)}: " + ", ".join(
        f'<a href="/thema/{_slug(w, rng)}">{b.bp(w)}</a>' for w in words) + "</div>"


def _most_read(b: _Builder, label: str, count: int, dated: bool) -> str:
    rng = b.rng
    items = []
    for headline, _ in b.others(count):
        when = b.other_day()
        date_html = (f' <span class="date">{b.esc(_stamp(b.lang, when, rng.randrange(2), rng.random() < 0.3))}'
                     f"</span>" if dated else "")
        items.append(b.li(f'<a href="{b.link(headline, when)}">{b.bp(headline)}</a>{date_html}'))
    lst = rng.choice(("ol", "ul"))
    return (f"<div {b.cls('widget')}><h3>{b.bp(label)}</h3><{lst}>{b.join(items)}</{lst}></div>")


def _sidebar(b: _Builder, dated: bool = True) -> str:
    rng, c = b.rng, b.c
    widgets = [_most_read(b, c.most_read, rng.randint(4, 7), dated)]
    if rng.random() < 0.5:
        widgets.append(_most_read(b, c.latest, rng.randint(3, 6), dated or rng.random() < 0.5))
    if rng.random() < 0.5:
        widgets.append(_ad(b))
    if rng.random() < 0.4:
        widgets.append(_newsletter(b))
    if rng.random() < 0.4:
        widgets.append(f"<div {b.cls('widget')}>{b.p(b.bp(rng.choice(c.misc)))}</div>")
    rng.shuffle(widgets)
    el = b.el("side")
    ident = ' id="sidebar"' if b.scheme == "plain" and rng.random() < 0.5 else ""
    return f"<{el} {b.cls('side')}{ident}>" + b.join(widgets) + f"</{el}>"


def _related(b: _Builder, label: str | None = None) -> str:
    rng = b.rng
    teasers = []
    for headline, lead in b.others(rng.randint(3, 6)):
        parts = [f'<a href="{b.link(headline)}"><h3 {b.cls("teaser")}>{b.bp(headline)}</h3></a>']
        if rng.random() < 0.85:
            parts.append(b.p(b.bp(b.teaser_text(lead))))
        if rng.random() < 0.3:
            shown = _day(b.lang, b.other_day(30, 2).date(), rng.randrange(2))
            parts.append(f'<span class="date">{b.esc(shown)}</span>')
        if rng.random() < 0.5:
            parts.insert(0, f'<img src="https://img.{b.domain}/{rng.randrange(10**6)}/300x200.jpg" alt="">')
        teasers.append(f"<div {b.cls('teaser')}>{b.join(parts)}</div>")
    el = b.el("related")
    return (f"<{el} {b.cls('related')}><h2>{b.bp(label or b.c.related)}</h2>" + b.join(teasers) + f"</{el}>")


def _comments(b: _Builder) -> str:
    rng, c = b.rng, b.c
    shown = rng.randint(3, 8)
    total = shown + rng.choice((0, 0, rng.randint(2, 40)))
    items = []
    texts = rng.sample(c.comment_texts, min(shown, len(c.comment_texts)))
    tag = rng.choice(("li", "div"))
    moments = sorted(b.published + timedelta(minutes=rng.randint(20, 7200)) for _ in texts)
    if rng.random() < 0.5:
        moments.reverse()                                   # newest first
    for i, (text, when) in enumerate(zip(texts, moments)):
        stamp = _stamp(b.lang, when, rng.randrange(2), True)
        head = (f"<div class=\"meta\"><b>{b.esc(rng.choice(c.readers))}</b> "
                f"<span>{b.esc(stamp)}</span></div>")
        body = b.p(b.bp(text))
        foot = f'<a href="#reply-{i}">{b.esc(c.reply)}</a>'
        items.append(f"<{tag} {b.cls('comment')}>{head}{body}{foot}</{tag}>")
    if tag == "li":
        items = ["<ol class=\"commentlist\">", *items, "</ol>"]
    form = [f"<h3>{b.bp(c.comment_form[0])}</h3>", b.p(b.bp(c.comment_form[1])),
            b.p(b.bp(c.comment_form[2])) if rng.random() < 0.6 else "",
            f'<form><textarea name="comment"></textarea><button>{b.bp(c.comment_form[3])}</button></form>']
    if rng.random() < 0.5:
        form = form[::-1]
        form = [form[-1]] + form[:-1]
    el = b.el("comments")
    ident = ' id="comments"' if b.scheme in ("plain", "bem") and rng.random() < 0.6 else ""
    count = f"<h2>{b.bp(c.comment_count.format(n=total))}</h2>"
    return f"<{el} {b.cls('comments')}{ident}>" + b.join([count, *items, *form]) + f"</{el}>"


def _newsletter(b: _Builder) -> str:
    rng, c = b.rng, b.c
    return (f"<div {b.cls('newsletter')}>" + b.p(b.bp(rng.choice(c.newsletter)))
            + f'<form><input type="email" placeholder="{b.attr(c.email_placeholder)}">'
              f"<button>{b.bp(c.newsletter_button)}</button></form></div>")


def _ad(b: _Builder) -> str:
    rng = b.rng
    slot = f"div-gpt-ad-{rng.randrange(16**8):08x}"
    label = rng.choice(b.c.advert)
    return (f"<div {b.cls('ad')}><span class=\"label\">{b.bp(label)}</span><div id=\"{slot}\"></div>"
            f"<script>googletag.cmd.push(function(){{googletag.display('{slot}');}});</script></div>")


def _cookie(b: _Builder) -> str:
    rng, c = b.rng, b.c
    text = rng.choice(c.cookie)
    sentences = [text]
    if rng.random() < 0.4 and b.lang != "zh":
        sentences = re.split(r"(?<=\.) ", text)
    body = b.join([b.p(b.bp(s)) for s in sentences])
    buttons = " ".join(f"<button>{b.bp(x)}</button>" for x in c.cookie_buttons[: rng.randint(1, 3)])
    privacy = f'<a href="/{_slug(c.service[1], rng)}">{b.bp(c.service[1])}</a>'
    telling = rng.random() < 0.5
    opening = (f"<div {b.cls('cookie')} id=\"{rng.choice(('cookie-consent', 'cmp-banner', 'gdpr'))}\">" if telling
               else f'<div class="{rng.choice(("x7f3", "ovl2", "fixed-bottom", "b-layer", "m0d"))}" '
                    f'style="position:fixed;bottom:0;left:0;right:0">')
    return opening + b.join([body, f"<div>{buttons} {privacy}</div>"]) + "</div>"


def _footer(b: _Builder) -> str:
    rng, c = b.rng, b.c
    links = b.join([b.li(f'<a href="/{_slug(x, rng)}">{b.bp(x)}</a>')
                    for x in rng.sample(c.service, rng.randint(5, len(c.service)))])
    owner = b.site_name_text if (b.site_name and rng.random() < 0.3) else b.publisher
    line = c.copyright.format(year=b.copyright_year, publisher=owner)
    parts = [f"<ul>{links}</ul>", b.p(b.bp(line))]
    if rng.random() < 0.4:
        parts.insert(0, b.p(b.bp(rng.choice(c.misc))))
    if rng.random() < 0.5:
        parts.append(f'<a href="#top">{b.bp(c.back_to_top)}</a>')
    el = b.el("footer")
    return f"<{el} {b.cls('footer')}>" + b.join(parts) + f"</{el}>"


def _noscript(b: _Builder) -> str:
    if b.rng.random() < 0.5:
        pixel = f"https://sb.example-metrics.com/p?c1=2&amp;c2={b.rng.randrange(10**7)}"
        return f'<noscript><img src="{pixel}" alt=""></noscript>'
    return f"<noscript><div>{b.bp(b.c.noscript)}</div></noscript>"


def _tail_scripts(b: _Builder) -> str:
    rng = b.rng
    tag = f"G-{rng.randrange(16**8):08X}"
    scripts = [f'<script async src="https://www.googletagmanager.com/gtag/js?id={tag}"></script>',
               "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}"
               f"gtag('js',new Date());gtag('config','{tag}');</script>"]
    if rng.random() < 0.5:
        scripts.append(f'<script src="https://static.{b.domain}/js/app.{rng.randrange(16**8):08x}.js" defer></script>')
    return b.join(scripts)


# --------------------------------------------------------------------------- the article text

def _paragraphs(b: _Builder, sentences: list[str] | tuple[str, ...], dateline: bool = False) -> list[str]:
    """Sentences as paragraphs of one to four, the first maybe a lead, maybe with a dateline."""
    rng, out, i = b.rng, [], 0
    while i < len(sentences):
        size = rng.choice((1, 2, 2, 3, 3, 4))
        group = sentences[i:i + size]
        inner = b.joiner.join(b.art(s) for s in group)
        if i == 0 and dateline:
            inner = _dateline(b) + inner
        if i == 0 and size <= 2 and rng.random() < 0.4:
            out.append(b.p(f"<strong>{inner}</strong>", b.cls("lead")))
        else:
            out.append(b.p(inner))
        out.append(b.stray())
        i += size
    return [x for x in out if x]


def _dateline(b: _Builder) -> str:
    rng = b.rng
    city = rng.choice(b.c.cities)
    shown = _day(b.lang, b.published.date(), rng.randrange(2) if b.lang in ("en",) else 0)
    if b.lang == "zh":
        return b.nt(f"本报{city}{shown}电 ")
    dash = {"de": " – ", "fr": " – ", "es": " – ", "pl": " – ", "en": " — ", "ru": " — ", "kk": " — "}[b.lang]
    return b.nt(f"{city}, {shown}{dash}").rstrip() + " "


def _figure(b: _Builder) -> str:
    rng = b.rng
    caption = rng.choice(b.c.captions)
    credit = rng.choice(b.c.credit).format(name=rng.choice(b.c.photographers))
    source = f"https://img.{b.domain}/{rng.randrange(10**7)}/{rng.choice((800, 960, 1200))}.jpg"
    img = f'<img src="{source}" alt="" loading="lazy">'
    if rng.random() < 0.7:
        return (f"<figure {b.cls('figure')}>{img}<figcaption>{b.nt(caption)} "
                f"<span {b.cls('credit')}>{b.bp(credit)}</span></figcaption></figure>")
    return (f"<div {b.cls('figure')}>{img}<p {b.cls('caption')}>{b.nt(caption)}</p>"
            f"<p {b.cls('credit')}>{b.bp(credit)}</p></div>")


def _pull_quote(b: _Builder, sentences: list[str] | tuple[str, ...]) -> str:
    """A clause of one sentence in quotation marks (neither list)."""
    rng = b.rng
    sentence = rng.choice(sentences)
    cut = re.split(r"[,，:;]", sentence)[0]
    if len(cut) < 20 or len(cut) > 110 or cut == sentence:
        return ""
    left, right = b.c.quotes
    return f"<blockquote class=\"pullquote\">{b.nt(left + cut + ' …' + right)}</blockquote>"


def _read_also(b: _Builder) -> str:
    headline, _ = b.others(1)[0]
    return b.p(f"<strong>{b.bp(b.c.read_also)}</strong> <a href=\"{b.link(headline)}\">{b.bp(headline)}</a>")


def _inline_script(b: _Builder) -> str:
    rng = b.rng
    return rng.choice((
        f"<script>window.adSlots=(window.adSlots||[]).concat(['mid{rng.randint(1, 4)}']);</script>",
        f'<script type="text/javascript">if(window.innerWidth<768){{document.write('
        f'\'<div id="m-ad-{rng.randrange(99)}"></div>\');}}</script>',
        "<style>.pullquote{font-size:1.4em;border-left:4px solid #c00}</style>",
    ))


def _story_body(b: _Builder, sentences: list[str] | tuple[str, ...]) -> list[str]:
    """The article's paragraphs with what sites put between them: subheadings, figures, ads, teasers."""
    rng = b.rng
    blocks = _paragraphs(b, sentences, dateline=b.date_source == "dateline")
    extras = []
    if rng.random() < 0.45:
        extras.append(f"<h2>{b.nt(rng.choice(b.c.subheads))}</h2>")
    if rng.random() < 0.5:
        extras.append(_figure(b))
    if rng.random() < 0.35:
        extras.append(_ad(b))
    if rng.random() < 0.3:
        extras.append(_read_also(b))
    if rng.random() < 0.2:
        extras.append(_pull_quote(b, sentences))
    if rng.random() < 0.4:
        extras.append(_inline_script(b))
    if rng.random() < 0.15:
        extras.append(_newsletter(b))
    for extra in extras:
        if extra:
            blocks.insert(rng.randint(1, len(blocks)), extra)
    if b.unclosed:      # an end tag that closes the article's container early, on every unclosed page
        blocks.insert(rng.randint(1, len(blocks)), rng.choice(("</div>", "</div></div>", "</p></div>", "</section>")))
    return blocks


def _paywall(b: _Builder, sentences: tuple[str, ...]) -> list[str]:
    """The sentences before the wall (article), the offer, and what the page does with the rest."""
    rng, c = b.rng, b.c
    visible = rng.randint(2, min(4, len(sentences) - 2))
    blocks = _paragraphs(b, sentences[:visible], dateline=b.date_source == "dateline")
    rest = sentences[visible:]
    fate = rng.choice(("absent", "absent", "hidden", "scrambled"))
    if fate == "hidden":
        hidden = "".join(f"<p>{b.esc(s)}</p>" for s in rest)   # the rest of the article: neither list
        way = rng.choice((" hidden", ' style="display:none"'))
        blocks.append(f'<div class="{rng.choice(("paid-content", "article-rest", "c-9"))}"{way}>{hidden}</div>')
    elif fate == "scrambled":
        lines = [_scramble(rng, b.joiner.join(rest[i:i + 2])) for i in range(0, len(rest), 2)]
        blocks.append(f'<div class="{rng.choice(("blurred", "paywall-fade", "tx-obf"))}" '
                      f'style="filter:blur(4px)">' + "".join(b.p(b.bp(x)) for x in lines) + "</div>")
    offer = [f"<h3>{b.bp(c.paywall[0].format(site=b.site_name_text))}</h3>",
             *(b.p(b.bp(line)) for line in c.paywall[1:])]
    offer.insert(rng.randint(1, len(offer)), f'<a class="btn" href="/abo">{b.esc(c.account[2])}</a>')
    blocks.append(f"<div {b.cls('paywall')}>" + b.join(offer) + "</div>")
    return blocks


def _scramble(rng: random.Random, text: str) -> str:
    """Text as some paywalls send it: every word's inner letters shuffled (Chinese: the characters)."""
    if " " not in text:
        chars = list(text)
        rng.shuffle(chars)
        return "".join(chars)
    words = []
    for word in text.split(" "):
        inner = list(word[1:-1])
        rng.shuffle(inner)
        words.append(word[:1] + "".join(inner) + word[-1:] if len(word) > 3 else word)
    return " ".join(words)


def _live(b: _Builder, sentences: tuple[str, ...]) -> list[str]:
    """A live blog: the first sentence as summary, the rest as timestamped entries, newest first."""
    rng, c = b.rng, b.c
    blocks = [b.p(b.art(sentences[0]), b.cls("lead"))]
    forms = ("<button>{}</button>", '<a href="?sort=desc">{}</a>', '<a href="?sort=asc">{}</a>',
             '<label><input type="checkbox" checked> {}</label>')
    controls = [form.format(b.bp(label)) for form, label in list(zip(forms, c.live))[: rng.randint(2, 4)]]
    blocks.append(f'<div class="controls"><span class="badge">{b.esc(c.live[4])}</span> '
                  + " ".join(controls) + "</div>")
    entries, when, i = [], b.published, 1
    rest = list(sentences[1:])
    while i <= len(rest):
        size = 2 if rng.random() < 0.25 else 1
        group = rest[i - 1:i - 1 + size]
        when = when + timedelta(minutes=rng.randint(7, 55))
        if when.date() != b.published.date():
            when = when - timedelta(minutes=50)
        stamp = (f'<time datetime="{_iso(when, 0)}">{_clock(b.lang, when).replace(" Uhr", "")}</time>'
                 if rng.random() < 0.6 else f'<span class="time">{_clock(b.lang, when).replace(" Uhr", "")}</span>')
        text = b.join([b.p(b.art(s)) for s in group])
        entries.append(f"<div {b.cls('entry')}>{stamp}{text}</div>")
        i += size
    blocks.append(f"<div {b.cls('live')}>" + b.join(entries[::-1]) + "</div>")
    return blocks


def _gallery(b: _Builder, gallery: Gallery) -> list[str]:
    """A photo gallery: the introduction and the captions are the text, the credits furniture."""
    rng, c = b.rng, b.c
    keep = sorted(rng.sample(range(len(gallery.captions)), rng.randint(6, len(gallery.captions))))
    captions = [gallery.captions[k] for k in keep]
    style = rng.randrange(3)
    blocks = [b.p(b.art(gallery.intro), b.cls("lead"))]
    items = []
    for n, caption in enumerate(captions, 1):
        img = f'<img src="https://img.{b.domain}/gal/{b.article_id}/{n}.jpg" alt="" width="960" height="640">'
        credit = rng.choice(c.credit).format(name=rng.choice(c.photographers))
        counter = c.gallery_counter.format(i=n, n=len(captions))
        if style == 0:
            items.append(f"<figure {b.cls('figure')}>{img}<figcaption>{b.art(caption)} "
                         f"<span {b.cls('credit')}>{b.bp(credit)}</span></figcaption></figure>")
        elif style == 1:
            items.append(b.li(f'{img}<p {b.cls("caption")}>{b.art(caption)}</p><p {b.cls("credit")}>'
                              f'{b.bp(credit)}</p><span class="count">{b.bp(counter)}</span>'))
        else:
            items.append(f"<div {b.cls('gallery')}>{img}<div><h3>{b.bp(counter)}</h3>{b.p(b.art(caption))}"
                         f"<small>{b.bp(credit)}</small></div></div>")
    nav = " ".join(f'<a href="#">{b.bp(x)}</a>' for x in c.gallery_nav)
    inner = b.join(items)
    blocks.append(f"<ul {b.cls('gallery')}>{inner}</ul>" if style == 1 else f"<div {b.cls('gallery')}>{inner}</div>")
    blocks.append(f'<div class="gallery-nav">{nav}</div>')
    return blocks


def _listing(b: _Builder, listing: ListStory) -> list[str]:
    """A page that is one long list: an introduction and ten to all of the items, each a sentence."""
    rng = b.rng
    keep = sorted(rng.sample(range(len(listing.items)), rng.randint(10, len(listing.items))))
    tag = rng.choice(("ol", "ul", "ul"))
    items = b.join([b.li(b.art(listing.items[k])) for k in keep])
    blocks = [b.p(b.art(listing.intro), b.cls("lead")), f"<{tag} {b.cls('list')}>{items}</{tag}>"]
    if rng.random() < 0.4:
        blocks.insert(1, _figure(b))
    return blocks


def _data_table(b: _Builder) -> str:
    """A table of figures (its cells are in neither list)."""
    rng = b.rng
    caption, heads, rows = b.c.table
    decimal = "." if b.lang in ("en", "zh") else ","
    body = []
    for label in rng.sample(rows, rng.randint(5, len(rows))):
        before = rng.randint(200, 90000)
        after = int(before * rng.uniform(0.8, 1.25))
        change = f"{(after - before) / before * 100:+.1f} %".replace(".", decimal)
        body.append(f"<tr><td>{b.esc(label)}</td><td>{before}</td><td>{after}</td><td>{change}</td></tr>")
    head = "".join(f"<th>{b.esc(h)}</th>" for h in heads)
    cap = f"<caption>{b.nt(caption)}</caption>" if rng.random() < 0.6 else ""
    return (f'<table class="{rng.choice(("data", "table table-striped", "tbl", "c-table"))}">{cap}'
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>")


def _body_blocks(b: _Builder) -> list[str]:
    content, shape = b.content, b.shape
    if isinstance(content, Gallery):
        return _gallery(b, content)
    if isinstance(content, ListStory):
        return _listing(b, content)
    if shape == "paywall":
        return _paywall(b, content.sentences)
    if shape == "liveblog":
        return _live(b, content.sentences)
    if shape == "table":
        cut = b.rng.randint(2, len(content.sentences) - 2)
        return (_story_body(b, content.sentences[:cut]) + [_data_table(b)]
                + _paragraphs(b, content.sentences[cut:]))
    return _story_body(b, content.sentences)


# --------------------------------------------------------------------------- page templates

_CONTAINERS = (("article", ""), ("div", 'class="entry-content"'), ("div", 'id="story-body"'),
               ("div", 'class="td-post-content"'), ("section", 'class="content"'), ("div", 'itemprop="articleBody"'),
               (None, ""))


def _article(b: _Builder) -> str:
    """Headline, byline and body in one of the containers sites use (or none)."""
    rng = b.rng
    if b.shape == "divsoup":
        tag, attrs = rng.choice((("div", b.cls("text")), (None, "")))
    else:
        tag, attrs = rng.choice(_CONTAINERS)
        if tag == "article":
            attrs = b.cls("article")
    heading = (f"<h1 {b.cls('headline')}>{b.nt(b.headline)}</h1>" if b.shape != "divsoup" or rng.random() < 0.5
               else f"<div {b.cls('headline')} style=\"font-size:32px;font-weight:700\">{b.nt(b.headline)}</div>")
    top = b.join([_breadcrumb(b), heading, _byline(b)])
    body = b.join(_body_blocks(b))
    extras = []
    if rng.random() < 0.6 and b.shape != "paywall":
        extras.append(_share(b))
    if rng.random() < 0.3:
        extras.append(_tags(b))
    if tag is None:
        return b.join([top, body, *extras])
    if tag == "article" or rng.random() < 0.4:
        return b.join([f"<{tag} {attrs}>", top, body, *extras, f"</{tag}>"])
    return b.join([f"<div {b.cls('article')}>", top, f"<{tag} {attrs}>", body, f"</{tag}>", *extras, "</div>"])


def _modern_page(b: _Builder) -> str:
    """A page of today's shape: header, article column, sidebar, footer, and the shape's furniture."""
    rng, shape = b.rng, b.shape
    want = lambda forced, p: shape == forced or rng.random() < p  # noqa: E731
    undated = b.date_source is None
    sidebar = _sidebar(b, dated=True) if want("sidebar", 0.45) or (undated and rng.random() < 0.7) else ""
    related = _related(b) if want("related", 0.3) else ""
    comments = _comments(b) if want("comments", 0.2) or (undated and not sidebar) else ""
    cookie = _cookie(b) if want("cookie", 0.25) else ""
    newsletter = _newsletter(b) if rng.random() < 0.25 else ""
    main_parts = [_article(b), related, comments]
    if rng.random() < 0.5:
        main_parts[1], main_parts[2] = comments, related
    main_el = b.el("main") if shape != "divsoup" else "div"
    main = f"<{main_el} {b.cls('main')} id=\"main\">" + b.join(main_parts) + f"</{main_el}>"
    columns = [main, sidebar] if rng.random() < 0.7 else [sidebar, main]
    on_top = rng.random() < 0.5
    body = [cookie if on_top else "", _header(b), _noscript(b) if rng.random() < 0.5 else "",
            f"<div {b.cls('wrap')}>", *columns, "</div>", newsletter, _footer(b),
            "" if on_top else cookie, _tail_scripts(b)]
    lang = _lang_attr(b)
    end = "" if b.unclosed and rng.random() < 0.5 else "\n</body>\n</html>"
    doctype = "<!DOCTYPE html>" if not b.unclosed or rng.random() < 0.5 else ""
    body_class = rng.choice(("article", "page-article", "single", "home"))
    return (f"{doctype}\n<html{lang}>\n{_head(b)}\n<body class=\"{body_class}\">\n"
            + b.join(body) + end)


def _lang_attr(b: _Builder) -> str:
    roll = b.rng.random()
    if roll < 0.8:
        region = "GB" if b.lang == "en" else b.lang.upper()
        return f' lang="{b.lang}"' if b.rng.random() < 0.6 else f' lang="{b.lang}-{region}"'
    if roll < 0.93:
        return ""
    return ' lang="en-US"'


def _table_layout_page(b: _Builder) -> str:
    """A 2000s page: nested layout tables, <font>, <br><br> between paragraphs, uppercase tags here and there."""
    rng, c = b.rng, b.c
    up = (lambda t: t.upper()) if rng.random() < 0.4 else (lambda t: t)  # noqa: E731
    font = f'<{up("font")} face="Verdana, Arial, Helvetica" size="2">'
    nav_links = "<br>\n".join(f'<a href="/{_slug(x, rng)}.html">{b.bp(x)}</a>' for x in c.nav[:rng.randint(8, 15)])
    groups, i, sentences = [], 0, b.content.sentences
    while i < len(sentences):
        size = rng.choice((1, 2, 2, 3))
        groups.append(b.joiner.join(b.art(s) for s in sentences[i:i + size]))
        i += size
    if b.date_source == "dateline":
        groups[0] = _dateline(b) + groups[0]
    br = rng.choice(("<br><br>", "<br>\n<br>", "<BR><BR>", "<br /><br />"))
    text = (br + "\n").join(groups)
    info = []
    if b.authors and "byline" in b.author_ways:
        head, _, tail = c.byline[len(b.authors) > 1].partition("{names}")
        info.append(b.nt(head) + c.and_.join(b.nt(n) for n in b.authors) + b.nt(tail))
    if b.show_day or (b.date_source == "meta" and rng.random() < 0.5):
        info.append(b.nt(_day(b.lang, b.published.date(), 1)))
    if b.decoy == "line":
        form = rng.choice(c.updated)
        info.append(b.nt(form.format(date=_day(b.lang, b.modified.date(), 1))))
    most = b.join([f'<a href="{b.link(h, when)}">{b.bp(h)}</a> <font size="1">'
                   f'({b.esc(_day(b.lang, when.date(), 1))})</font><br>'
                   for (h, _), when in zip(b.others(5), [b.other_day() for _ in range(5)])])
    article = (f'<{up("font")} size="4" color="#003366"><b>{b.nt(b.headline)}</b></{up("font")}><br>\n'
               f'<{up("font")} size="1" color="#666666">{" | ".join(info)}</{up("font")}><br><br>\n'
               f"{font}{text}</{up('font')}>")
    if rng.random() < 0.5:
        article += f"<br><br>\n{font}<b>{b.bp(c.most_read)}</b><br>{most}</{up('font')}>"
        most = ""
    footer = (f'<{up("font")} size="1">{b.bp(c.copyright.format(year=b.copyright_year, publisher=b.publisher))}'
              f" | " + " | ".join(f'<a href="/{_slug(x, rng)}.html">{b.bp(x)}</a>' for x in c.service[:5])
              + f"</{up('font')}>")
    right = b.join([f'<{up("font")} size="1" color="#999999">{b.bp(rng.choice(c.advert))}</{up("font")}><br>'
                    f'<img src="/banner/sky_{rng.randrange(99)}.gif" width="120" height="600" alt="">',
                    f'<br><br>{font}{b.bp(rng.choice(c.newsletter))}</{up("font")}>' if rng.random() < 0.5 else "",
                    f"<br><br>{font}<b>{b.bp(c.latest)}</b><br>{most}</{up('font')}>" if most else ""])
    head = _old_head(b)
    width, top_nav = rng.choice((760, 780, 800, 980)), " | ".join(b.esc(x) for x in c.nav[:8])
    table = f"""<{up("table")} width="{width}" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="3"><img src="/img/kopf.gif" width="780" height="90" alt="{b.logo_alt("")}"></td></tr>
<tr><td colspan="3" bgcolor="#003366">{font}<font color="#FFFFFF">{top_nav}</font></font></td></tr>
<tr>
<td width="150" valign="top" bgcolor="#EEEEEE">{font}{nav_links}</font></td>
<td width="480" valign="top"><img src="/img/spacer.gif" width="1" height="10" alt=""><br>
{article}
</td>
<td width="150" valign="top">{right}</td>
</tr>
<tr><td colspan="3" align="center" bgcolor="#EEEEEE">{footer}</td></tr>
</{up("table")}>"""
    doctype = rng.choice(('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n', ""))
    page = (f"{doctype}<html>\n{head}\n<body bgcolor=\"#FFFFFF\" leftmargin=\"0\" topmargin=\"0\" marginwidth=\"0\" "
            f"marginheight=\"0\">\n{table}\n{_old_scripts(b)}\n</body>\n</html>\n")
    return page.replace("\n", "\r\n") if rng.random() < 0.5 else page


def _old_head(b: _Builder) -> str:
    rng = b.rng
    parts = [f'<meta http-equiv="Content-Type" content="text/html; charset={b.charset_label}">',
             f"<title>{b.esc(_title_text(b))}</title>",
             f'<meta name="keywords" content="{b.attr(", ".join(rng.sample(b.c.subnav, 6)))}">',
             f'<meta name="description" content="{b.attr(b.content.sentences[0][:150])}">']
    if "meta" in b.author_ways:
        parts.append(f'<meta name="author" content="{b.attr(", ".join(b.authors))}">')
    if b.date_source == "meta":
        parts.append(rng.choice((f'<meta name="date" content="{_iso(b.published, 2)}">',
                                 f'<meta name="DC.date.issued" content="{_iso(b.published, 2)}">',
                                 _meta_date(b))))
    if b.decoy == "meta":
        parts.append(f'<meta name="last-modified" content="{_iso(b.modified, 2)}">')
    if "og" in b.site_ways:
        parts.append(f'<meta property="og:site_name" content="{b.attr(b.site_name_text)}">')
    if "appname" in b.site_ways:
        parts.append(f'<meta name="application-name" content="{b.attr(b.site_name_text)}">')
    parts.append(f'<link rel="canonical" href="{b.url}">' if rng.random() < 0.7 or b.date_source == "url"
                 else "")
    parts.append('<link rel="stylesheet" type="text/css" href="/css/style.css">')
    parts.append('<script type="text/javascript" src="/js/jquery-1.3.2.min.js"></script>')
    parts.append("<script language=\"JavaScript\">\n<!--\nfunction MM_swapImgRestore() { var i,x,a=document.MM_sr; "
                 "for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }\n"
                 "function MM_preloadImages() { var d=document; if(d.images){ if(!d.MM_p) d.MM_p=new Array(); } }\n"
                 "//-->\n</script>")
    parts.append(f"<style type=\"text/css\">{_css(rng, rng.randint(90, 260))}</style>")
    banners = ",".join(f"'/banner/{rng.randrange(10**4)}_{w}x{h}.gif'" for w, h in
                       rng.choices(((468, 60), (120, 600), (728, 90)), k=rng.randint(10, 40)))
    parts.append(f"<script type=\"text/javascript\">var banners = new Array({banners});\n"
                 "function rotate() { var n = Math.floor(Math.random() * banners.length); "
                 "document.images['bn'].src = banners[n]; }</script>")
    if b.has_json_ld:
        parts.append(f'<script type="application/ld+json">{_json_ld(b)}</script>')
    return "<head>\n" + "\n".join(p for p in parts if p) + "\n</head>"


def _old_scripts(b: _Builder) -> str:
    rng = b.rng
    return (f'<script type="text/javascript">\nvar _gaq = _gaq || [];\n_gaq.push([\'_setAccount\', '
            f"'UA-{rng.randrange(10**6, 10**7)}-1']);\n_gaq.push(['_trackPageview']);\n</script>")


def _legacy_page(b: _Builder) -> str:
    """A 2000s page in a legacy code page: div layout with ids, or tables (see _table_layout_page)."""
    rng, c = b.rng, b.c
    if b.table_layout:
        return _table_layout_page(b)
    menu = b.join([b.li(f'<a href="/{_slug(x, rng)}/">{b.bp(x)}</a>') for x in c.nav[:rng.randint(8, 15)]])
    left = [f"<h1>{b.nt(b.headline)}</h1>", _byline(b), *_story_body(b, b.content.sentences)]
    if rng.random() < 0.5:
        left.append(_comments(b))
    right = [_most_read(b, c.most_read, rng.randint(4, 6), True)]
    if rng.random() < 0.5:
        right.append(_ad(b))
    if rng.random() < 0.4:
        right.append(_newsletter(b))
    footer = b.p(b.bp(c.copyright.format(year=b.copyright_year, publisher=b.publisher))) + " ".join(
        f'<a href="/{_slug(x, rng)}.html">{b.bp(x)}</a>' for x in c.service[:6])
    cookie = _cookie(b) if rng.random() < 0.2 else ""
    doctype = rng.choice(('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" '
                          '"http://www.w3.org/TR/html4/loose.dtd">',
                          '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
                          '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">'))
    body = b.join([cookie, '<div id="wrapper">',
                   f'<div id="header"><a href="/"><img src="/img/logo.gif" alt="{b.logo_alt("Logo")}"></a></div>',
                   f'<div id="menu"><ul>{menu}</ul></div>', '<div id="content">',
                   '<div id="left">', *left, "</div>", '<div id="right">', *right, "</div>", "</div>",
                   f'<div id="footer">{footer}</div>', "</div>", _old_scripts(b)])
    return f"{doctype}\n<html{_lang_attr(b)}>\n{_old_head(b)}\n<body>\n{body}\n</body>\n</html>\n"


def _amp_page(b: _Builder) -> str:
    """An AMP page: the AMP runtime and boilerplate style, amp-img, amp-ad, amp-sidebar, JSON-LD."""
    rng, c = b.rng, b.c
    b.has_json_ld = b.has_json_ld or b.date_source == "json-ld"
    nav = b.join([b.li(f'<a href="/{_slug(x, rng)}/">{b.esc(x)}</a>') for x in c.nav])
    head_extra = ('<script async src="https://cdn.ampproject.org/v0.js"></script>\n'
                  + "".join(f'<script async custom-element="amp-{name}" '
                            f'src="https://cdn.ampproject.org/v0/amp-{name}-0.1.js"></script>\n'
                            for name in ("ad", "sidebar", "analytics"))
                  + "<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;"
                  "animation:-amp-start 8s steps(1,end) 0s 1 normal both}@keyframes -amp-start{from{visibility:hidden}"
                  "to{visibility:visible}}</style><noscript><style amp-boilerplate>body{-webkit-animation:none;"
                  "animation:none}</style></noscript>\n"
                  f"<style amp-custom>{_css(rng, rng.randint(60, 250))}</style>")
    head = _head(b, amp=True).replace("</head>", head_extra + "\n</head>")
    body = []
    for block in _body_blocks(b):
        block = re.sub(r"<img ([^>]*?)>", r'<amp-img \1 layout="responsive" width="4" height="3"></amp-img>', block)
        body.append(block)
    ad = (f'<amp-ad width="300" height="250" type="doubleclick" data-slot="/{rng.randrange(10**7)}/amp_mid">'
          f'<div placeholder>{b.bp(rng.choice(c.advert))}</div></amp-ad>')
    body.insert(rng.randint(1, len(body)), ad)
    parts = [f'<amp-sidebar id="menu" layout="nodisplay" side="left"><ul>{nav}</ul></amp-sidebar>',
             f"<header {b.cls('header')}><button on=\"tap:menu.toggle\">&#9776;</button> "
             f'<a href="/"><amp-img src="/logo.png" width="200" height="40" alt="{b.logo_alt("Logo")}"></amp-img>'
             "</a></header>",
             f"<article {b.cls('article')}>", f"<h1>{b.nt(b.headline)}</h1>", _byline(b), *body, "</article>"]
    if rng.random() < 0.5:
        parts.append(_related(b))
    if rng.random() < 0.3:
        parts.insert(0, '<amp-consent id="consent" layout="nodisplay">' + _cookie(b) + "</amp-consent>")
    parts += [_footer(b), '<amp-analytics type="googleanalytics"><script type="application/json">'
                          f'{{"vars":{{"account":"UA-{rng.randrange(10**6, 10**7)}-1"}}}}</script></amp-analytics>']
    parts = [re.sub(r' style="[^"]*"', "", part) for part in parts]      # AMP allows no inline styles
    amp_attr = rng.choice(("⚡", "amp"))
    return f"<!doctype html>\n<html {amp_attr}{_lang_attr(b)}>\n{head}\n<body>\n" + b.join(parts) + "\n</body>\n</html>"


def _script_prefix(b: _Builder) -> str:
    """What some servers send before the page: a script block, or bare JavaScript."""
    rng = b.rng
    account = f"UA-{rng.randrange(10**6, 10**7)}-{rng.randint(1, 9)}"
    data = json.dumps({"page_type": "article", "site": b.domain, "article_id": str(b.article_id)})
    code = ("var _sf_startpt=(new Date()).getTime();\n"
            f"var utag_data = {data};\n"
            "(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});"
            "var f=d.getElementsByTagName(s)[0],j=d.createElement(s);j.async=true;"
            "j.src='https://www.googletagmanager.com/gtm.js?id='+i;f.parentNode.insertBefore(j,f);"
            f"}})(window,document,'script','dataLayer','{account}');\n")
    return rng.choice((
        f'<script type="text/javascript">\n{code}</script>\n',
        f"<script>\n// consent bootstrap\n{code}</script>\n",
        f"/* tracking bootstrap */\n{code}",
        f"window.dataLayer = window.dataLayer || [];\n{code}",
    ))


# --------------------------------------------------------------------------- the set

def _build(name: str, lang: str, shape: str, content: Story | ListStory | Gallery) -> Page:
    b = _Builder(name, lang, shape, random.Random(f"tests/html_pages/{name}"), content)
    if shape == "tablelayout":
        markup = _table_layout_page(b)
    elif shape == "legacy":
        markup = _legacy_page(b)
    elif shape == "amp":
        markup = _amp_page(b)
    else:
        markup = _modern_page(b)
    if shape == "scriptfirst":
        markup = _script_prefix(b) + markup.lstrip()
    data = markup.encode(b.encoding, "xmlcharrefreplace")
    return Page(name=name, language=lang, shape=shape, html=data, encoding=b.encoding,
                article=tuple(b.article), boilerplate=_clean_boilerplate(b), title=b.headline,
                authors=b.authors, site_name=b.site_name,
                date=b.published.date().isoformat() if b.date_source else None, date_source=b.date_source)


def _clean_boilerplate(b: _Builder) -> tuple[str, ...]:
    """The furniture lines once each, without any that an article sentence, headline or caption contains."""
    inside = [squash(text) for text in b.article + b.neutral]
    out, seen = [], set()
    for line in b.boiler:
        key = squash(line)
        if key in seen or any(key in text for text in inside):
            continue
        seen.add(key)
        out.append(line)
    return tuple(out)


@functools.cache
def pages() -> list[Page]:
    """Every page of the set, in the order of SHAPES (built once, deterministic)."""
    turns: Counter[str] = Counter()
    orders = {lang: random.Random(f"tests/html_pages/order/{lang}").sample(range(len(stories)), len(stories))
              for lang, stories in STORIES.items()}
    out = []
    for shape in SHAPES:
        for number, lang in enumerate(_PLAN[shape].split(), 1):
            name = f"{lang}-{shape}-{number:02d}"
            if shape == "gallery":
                content: Story | ListStory | Gallery = GALLERIES[lang][turns[lang, "g"] % len(GALLERIES[lang])]
                turns[lang, "g"] += 1
            elif shape == "list":
                content = LISTS[lang][turns[lang, "l"] % len(LISTS[lang])]
                turns[lang, "l"] += 1
            else:
                content = STORIES[lang][orders[lang][turns[lang] % len(orders[lang])]]
                turns[lang] += 1
            out.append(_build(name, lang, shape, content))
    return out


# --------------------------------------------------------------------------- reading a page back

_BLOCK = {"address", "article", "aside", "blockquote", "br", "button", "caption", "dd", "div", "dl", "dt",
          "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
          "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "label",
          "option", "select", "textarea", "noscript", "amp-sidebar", "amp-ad", "amp-consent"}
_UNSEEN = {"script", "style", "template", "title", "svg", "iframe", "amp-analytics"}


class _Visible(HTMLParser):
    """Collects the text a reader sees: no head, scripts or styles, nothing hidden or display:none."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.unseen: list[str] = []
        self.hidden: tuple[str, int] | None = None
        self.in_head = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "head":
            self.in_head = True
        elif tag == "body":
            self.in_head = False
        if self.hidden is not None:
            name, depth = self.hidden
            if tag == name:
                self.hidden = (name, depth + 1)
            return
        values = dict(attrs)
        style = (values.get("style") or "").replace(" ", "").lower()
        if "hidden" in values or "display:none" in style:
            self.hidden = (tag, 1)
            return
        if tag in _UNSEEN:
            self.unseen.append(tag)
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "head":
            self.in_head = False
        if self.hidden is not None:
            name, depth = self.hidden
            if tag == name:
                self.hidden = (name, depth - 1) if depth > 1 else None
            return
        if self.unseen and tag == self.unseen[-1]:
            self.unseen.pop()
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.in_head and not self.unseen and self.hidden is None:
            self.parts.append(data)


def visible_text(page: Page) -> str:
    """The text of ``page`` a browser shows, a block per line (the standard library's parser)."""
    parser = _Visible()
    parser.feed(page.html.decode(page.encoding))
    parser.close()
    return "".join(parser.parts)


def page_text_markers(page: Page) -> tuple[list[str], list[str]]:
    """The page's article sentences and boilerplate lines, squashed as the scoring compares them."""
    return [squash(s) for s in page.article], [squash(s) for s in page.boilerplate]


def check(page: Page) -> list[str]:
    """What does not hold of ``page``: marks missing from its visible text or overlapping, facts not stated."""
    problems: list[str] = []
    try:
        decoded = page.html.decode(page.encoding)
    except (UnicodeDecodeError, LookupError) as error:
        return [f"does not decode as {page.encoding}: {error}"]
    if page.shape not in SHAPES:
        problems.append(f"unknown shape {page.shape}")
    if page.shape == "legacy":
        declared = re.search(r"charset=[\"']?([\w-]+)", decoded[:1500], re.IGNORECASE)
        if page.encoding == "utf-8" or not declared:
            problems.append("legacy page without a legacy charset declared in its head")
        try:
            page.html.decode("utf-8")
            problems.append("legacy page that is valid UTF-8")
        except UnicodeDecodeError:
            pass
    text = squash(visible_text(page))
    article, boilerplate = page_text_markers(page)
    if len(article) < (2 if page.shape == "paywall" else 5):
        problems.append(f"only {len(article)} article sentences")
    if len(set(article)) != len(article):
        problems.append("an article sentence marked twice")
    for sentence in article:
        found = text.count(sentence)
        if found != 1:
            problems.append(f"article sentence seen {found} times: {sentence[:70]}")
        for other in article:
            if sentence != other and sentence in other:
                problems.append(f"article sentence inside another: {sentence[:70]}")
    for line in boilerplate:
        if len(line) < 12:
            problems.append(f"boilerplate line too short: {line}")
        if line not in text:
            problems.append(f"boilerplate line not seen: {line[:70]}")
        if any(line in sentence or sentence in line for sentence in article):
            problems.append(f"boilerplate overlaps the article: {line[:70]}")
        if line in squash(page.title):
            problems.append(f"boilerplate inside the headline: {line[:70]}")
    if squash(page.title) not in text:
        problems.append("headline not shown")
    unescaped = html.unescape(decoded) + "".join(
        json.dumps(json.loads(block), ensure_ascii=False)
        for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', decoded, re.DOTALL))
    for name in page.authors:
        if name not in unescaped:
            problems.append(f"author not stated: {name}")
    if page.site_name is not None and page.site_name not in unescaped:
        problems.append(f"site name not stated: {page.site_name}")
    problems += _check_date(page, decoded)
    return problems


def _check_date(page: Page, decoded: str) -> list[str]:
    published = re.compile(r"article:published_time|datePublished|DC\.date\.issued|parsely-pub-date|"
                           r'name="date"|pubdate', re.IGNORECASE)
    if page.date is None:
        if page.date_source is not None:
            return ["a date source without a date"]
        if published.search(decoded):
            return ["an undated page names a publication date"]
        canonical = re.search(r'rel="canonical" href="([^"]+)"', decoded)
        if canonical and re.search(r"/\d{4}/\d{2}/\d{2}/", canonical.group(1)):
            return ["an undated page has a dated address"]
        return []
    day = page.date
    y, m, d = day.split("-")
    source = page.date_source
    if source == "meta":
        ok = re.search(r"<meta [^>]*content=\"" + day, decoded) is not None
    elif source == "json-ld":
        ok = re.search(r'"datePublished":\s*"' + day, decoded) is not None
    elif source == "time":
        ok = re.search(r'<time datetime="' + day, decoded) is not None
    elif source == "url":
        ok = re.search(rf'rel="canonical" href="[^"]*/{y}/{m}/{d}/', decoded) is not None
    elif source == "dateline":
        ok = any(_day(page.language, date.fromisoformat(day), style) in squash(visible_text(page))
                 for style in (0, 1))
    else:
        return [f"unknown date source {source}"]
    return [] if ok else [f"date {day} not stated by {source}"]


if __name__ == "__main__":
    import time

    started = time.perf_counter()
    corpus = pages()
    built = time.perf_counter() - started
    failing = {page.name: check(page) for page in corpus}
    failing = {name: found for name, found in failing.items() if found}
    for name, found in failing.items():
        print(name, *found[:5], sep="\n  ")
    sizes = sorted(len(page.html) for page in corpus)
    print(f"{len(corpus)} pages in {built:.2f} s, {len(failing)} failing the check; "
          f"{sum(len(p.article) for p in corpus)} article sentences, "
          f"{sum(len(p.boilerplate) for p in corpus)} boilerplate lines; "
          f"sizes {sizes[0] / 1024:.1f}-{sizes[-1] / 1024:.1f} KB, median {sizes[len(sizes) // 2] / 1024:.1f} KB")
    languages = sorted({page.language for page in corpus})
    table = Counter((page.shape, page.language) for page in corpus)
    print("shape".ljust(12) + "".join(lang.rjust(4) for lang in languages) + "  all")
    for shape in SHAPES:
        row = [table[shape, lang] for lang in languages]
        print(shape.ljust(12) + "".join(str(n or ".").rjust(4) for n in row) + f"{sum(row):5d}")
    totals = Counter(page.language for page in corpus)
    print("all".ljust(12) + "".join(str(totals[lang]).rjust(4) for lang in languages) + f"{len(corpus):5d}")
    print("date sources:", dict(Counter(str(page.date_source) for page in corpus)))
    print("encodings:", dict(Counter(page.encoding for page in corpus)))
