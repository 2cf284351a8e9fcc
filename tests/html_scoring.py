"""Scoring main-text extractors on the marked pages of ``tests/html_pages.py``.

How a page is scored, and why so
--------------------------------
Each page marks the sentences that belong to its article and the lines that
do not (navigation, cookie banners, most-read lists, comments, footers). An
extractor's text *keeps* a marked string when the string, whitespace
squashed and in Unicode NFC, occurs in the text squashed the same way. So
line breaks and an extractor's own paragraphing never matter; only which
sentences it keeps.

* a kept article sentence is a true positive, a kept boilerplate line a false
  positive, a lost article sentence a false negative;
* precision, recall and F1 are summed over all sentences of all pages
  (micro), as in the issue's figures, and also given per shape;
* headlines, subheadings, captions outside galleries and table cells are in
  neither list: an extractor is neither rewarded nor punished for them.

The extractors compared are wrapped here so the test and the benchmark call
them the same way: the archive's own pipeline (:func:`archive_text`),
trafilatura and readability-lxml as their authors intend them to be called,
and a "visible text" floor (everything a browser would show).
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

Extractor = Callable[[bytes, str], str]


def squash(text: str) -> str:
    """``text`` in NFC with every run of whitespace (no-break spaces too) one space."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text).replace("\u00ad", "")).strip()


@dataclass
class Score:
    """Kept and lost sentences, summed over pages."""

    kept: int = 0          # article sentences in the text
    lost: int = 0          # article sentences missing from it
    noise: int = 0         # boilerplate lines in the text
    pages: int = 0
    lost_examples: list[str] = field(default_factory=list)
    noise_examples: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.kept += other.kept
        self.lost += other.lost
        self.noise += other.noise
        self.pages += other.pages
        self.lost_examples += other.lost_examples[:2]
        self.noise_examples += other.noise_examples[:2]

    @property
    def precision(self) -> float:
        return self.kept / (self.kept + self.noise) if self.kept + self.noise else 0.0

    @property
    def recall(self) -> float:
        return self.kept / (self.kept + self.lost) if self.kept + self.lost else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score_page(text: str, article: Iterable[str], boilerplate: Iterable[str], name: str = "") -> Score:
    """How ``text`` fares on one page's marked sentences."""
    have = squash(text)
    score = Score(pages=1)
    for sentence in article:
        if squash(sentence) in have:
            score.kept += 1
        else:
            score.lost += 1
            score.lost_examples.append(f"{name}: {sentence[:90]}")
    for line in boilerplate:
        if squash(line) in have:
            score.noise += 1
            score.noise_examples.append(f"{name}: {line[:90]}")
    return score


def score_pages(extract: Extractor, pages: Iterable) -> tuple[Score, dict[str, Score]]:
    """The overall score and the score per page shape of ``extract`` on ``pages``."""
    total, by_shape = Score(), defaultdict(Score)
    for page in pages:
        page_score = score_page(extract(page.html, page.encoding), page.article, page.boilerplate, page.name)
        total.add(page_score)
        by_shape[page.shape].add(page_score)
    return total, dict(by_shape)


# --------------------------------------------------------------------------- the extractors

def archive_text(html: bytes, encoding: str) -> str:
    """The text the archive derives from a page, as search and the site get it."""
    from archive.description.extracted import Extracted
    from archive.description.html_text import extract_html

    out = Extracted()
    extract_html(html, encoding, out)
    return out.text


def trafilatura_text(html: bytes, encoding: str, **options) -> str:
    """trafilatura's text, without comments, as its documentation recommends for articles."""
    from trafilatura import bare_extraction

    document = bare_extraction(html.decode(encoding, errors="replace"), include_comments=False,
                               with_metadata=False, **options)
    return (document.text if document is not None else "") or ""


def readability_text(html: bytes, encoding: str) -> str:
    """readability-lxml's article, its HTML turned into text a block per line."""
    import lxml.html
    from readability import Document

    summary = Document(html.decode(encoding, errors="replace")).summary(html_partial=True)
    tree = lxml.html.fromstring(summary)
    for block in tree.iter("p", "div", "li", "h1", "h2", "h3", "h4", "td", "br", "blockquote"):
        block.tail = "\n" + (block.tail or "")
    return tree.text_content()


def visible_text(html: bytes, encoding: str) -> str:
    """Every piece of text a browser would show: the floor any extractor must beat on precision's cost."""
    import lxml.html

    tree = lxml.html.fromstring(html.decode(encoding, errors="replace"))
    for element in tree.iter("script", "style", "noscript", "template", "head"):
        element.drop_tree()
    for block in tree.iter("p", "div", "li", "h1", "h2", "h3", "td", "br"):
        block.tail = "\n" + (block.tail or "")
    return tree.text_content()


EXTRACTORS: dict[str, Extractor] = {
    "archive": archive_text,
    "trafilatura": trafilatura_text,
    "trafilatura (fast)": lambda html, encoding: trafilatura_text(html, encoding, fast=True),
    "trafilatura (favor precision)": lambda html, encoding: trafilatura_text(html, encoding,
                                                                             favor_precision=True),
    "trafilatura (favor recall)": lambda html, encoding: trafilatura_text(html, encoding, favor_recall=True),
    "readability-lxml": readability_text,
    "visible text": visible_text,
}


# --------------------------------------------------------------------------- dates and other facts

@dataclass
class DateScore:
    """Publication dates against the page's own: right, wrong (a date the page does not state as
    its publication date), missed (a stated date not found) and invented (a date on a page that
    states none)."""

    right: int = 0
    wrong: int = 0
    missed: int = 0
    invented: int = 0
    silent: int = 0        # no date on a page that states none: right too
    examples: list[str] = field(default_factory=list)

    def add(self, page, found: str | None) -> None:
        if page.date is None:
            if found is None:
                self.silent += 1
            else:
                self.invented += 1
                self.examples.append(f"{page.name}: invented {found}")
        elif found is None:
            self.missed += 1
            self.examples.append(f"{page.name}: missed {page.date} ({page.date_source})")
        elif found == page.date:
            self.right += 1
        else:
            self.wrong += 1
            self.examples.append(f"{page.name}: {found} for {page.date} ({page.date_source})")

    @property
    def stated(self) -> int:
        return self.right + self.wrong + self.missed

    @property
    def false_dates(self) -> int:
        return self.wrong + self.invented


def archive_facts(html: bytes, encoding: str) -> dict:
    """The archive's title, authors, site name and publication day (yyyy-mm-dd or None) of a page."""
    from archive.description.dates import publication_date
    from archive.description.extracted import Extracted
    from archive.description.html_text import extract_html

    out = Extracted()
    extract_html(html, encoding, out)
    found = publication_date(None, out.meta_dates, out.text)
    day = None
    if found is not None and found.earliest and found.earliest == found.latest:
        day = str(found.earliest)[:10]
    return {"title": out.title, "authors": tuple(out.authors), "site_name": out.publisher, "date": day}


def trafilatura_facts(html: bytes, encoding: str) -> dict:
    """trafilatura's own metadata (htmldate inside, with its extensive search)."""
    from trafilatura import bare_extraction

    document = bare_extraction(html.decode(encoding, errors="replace"), with_metadata=True,
                               include_comments=False)
    if document is None:
        return {"title": None, "authors": (), "site_name": None, "date": None}
    authors = tuple(a.strip() for a in (document.author or "").split(";") if a.strip())
    return {"title": document.title, "authors": authors, "site_name": document.sitename,
            "date": (document.date or None)}


def htmldate_day(html: bytes, encoding: str, extensive: bool) -> str | None:
    """htmldate's publication date, with or without its extensive search of the page's text."""
    from htmldate import find_date

    return find_date(html.decode(encoding, errors="replace"), extensive_search=extensive,
                     original_date=True, outputformat="%Y-%m-%d")
