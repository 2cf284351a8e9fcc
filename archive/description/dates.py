"""Dates of news articles as EDTF, with where each one came from.

Where a publication date comes from, in order of trust:

1. ``metadata.csv`` (``dc.date``): the archivist's word, taken as asserted;
2. the document's own metadata (``article:published_time``, ``<meta name="date">``,
   the PDF ``/CreationDate``, ``dcterms:created`` of a Word file), in the order
   the caller passes them;
3. an explicit dateline at the head of the body ("Prague, 6 April 2004 (RFE/RL) --"),
   but only one that states a year.

Nothing else: a year-less dateline or a date somewhere in the text does not
make a publication date, and neither does the day of ingest. No date is better
than a wrong one, because a wrong date puts an article where a researcher will
never look for it.

Also here: every date mentioned in a text (``find_dates``) with its precision.
The dateline itself is :mod:`archive.description.datelines`'s.

The values, their precision and their range-search bounds are
:mod:`archive.preservation.edtf`'s; reading the first two sources, and the
written forms of a date that text and values share, is
:mod:`archive.preservation.date_parsing`'s.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Iterator

from archive.preservation.date_parsing import (
    _TEXT_PATTERNS,
    _edtf_from_match,
    _month_alternation,
    parse_asserted,
    parse_meta,
)
from archive.description.datelines import DATELINE_LINES, DatelineMatch, find_dateline
from archive.preservation.edtf import Edtf, EdtfInterval, EdtfValue, Precision

__all__ = ["DATELINE_LINES", "DatelineMatch", "find_dateline", "find_dates", "publication_date"]

SOURCE_ASSERTED = "metadata.csv"
SOURCE_DOCUMENT = "document metadata"
SOURCE_DATELINE = "dateline"

# --------------------------------------------------------------------------- dates in running text

@dataclass(frozen=True)
class DateMention:
    """A date written in a text: its words, where they are, and what they say."""

    surface: str
    span: tuple[int, int]
    edtf: EdtfValue

    @property
    def precision(self) -> Precision:
        return self.edtf.precision


#: A number counts as a year only after one of these words ("in 2002",
#: "since 1999", "mid-2002", "в 2002") ...
YEAR_BEFORE = frozenset((
    "in", "since", "until", "till", "by", "from", "before", "after", "during", "through", "throughout",
    "of", "year", "around", "circa", "c", "early", "late", "mid", "between",
    "в", "во", "с", "со", "до", "после", "к", "ко", "по", "от", "около", "между", "начале", "конце",
    "середине"))
#: ... or before one of these ("2002 elections", "1999 presidential", "2002 года").
YEAR_AFTER = frozenset((
    "election", "elections", "by-election", "by-elections", "presidential", "parliamentary",
    "referendum", "census", "budget", "summit", "olympics",
    "г.", "г", "гг.", "год", "года", "году", "годы", "годах"))

_YEAR_NUMBER = re.compile(r"(?<![\d.,/])(?<!\d[-–—])(?P<y>(?:19|20)\d\d)(?![\d\-/]|[.,]\d|['’]?s\b)")
_YEAR_RANGE = re.compile(r"(?<![\d.,\-/])(?P<a>(?:19|20)\d\d)[ ]?[-–—][ ]?(?P<b>(?:19|20)\d\d)(?![\d\-/]|[.,]\d)")
_DECADE = re.compile(r"(?<![\d.,\-/])(?P<c>(?:19|20)\d)0['’]?s(?![^\W\d_])")
_WORD_BEFORE = re.compile(r"(?P<w>[^\W\d_]+)\.?\s*[-–]?\s*\Z")
_WORD_AFTER = re.compile(r"[ \t]*(?P<w>[^\W\d_][\w\-]*\.?)")
_YEAR_LIST_JOIN = re.compile(r"[ \t]*(?:,[ \t]*)?(?:(?:and|or|to|и|или|по)[ \t]+)?", re.IGNORECASE)


def find_dates(text: str) -> list[DateMention]:
    """Every date written in ``text``, in order, each with its precision.

    Full and partial dates by name or number ("6 April 2004", "April 6, 2004",
    "11th October", "in May 2003", "22 октября 2006", "9 июня", "2004-04-06",
    "06.04.2004"); a name without a year gives ``XXXX-MM-DD``, never a year
    borrowed from elsewhere. A bare four-digit number 1900-2099 is a year only
    in a year-like context (``YEAR_BEFORE``, ``YEAR_AFTER``, or listed after
    such a year: "between 2001 and 2003"), so "Kazakhstan 2012 movement", "2000
    troops" and "15 days" are not dates. "1994-1997" is an interval; "the 1990s"
    is ``199X``, and "the 1900s" ``19XX`` since it may mean the century. Not
    reported: month names alone ("last May", "December's summit"), relative
    dates ("last week"), which need the publication date to resolve, and
    slash dates such as 06/04/2004, whose order of day and month is unknown.
    Where forms overlap the longest wins ("May 13, 2003", not "May 13").
    """
    digits = [(m.start(), m.end() - m.start()) for m in _DIGIT_RUN.finditer(text)]
    candidates = _named_and_numeric_dates(text, digits)
    years = [start for start, length in digits if length == 4 and text.startswith(("19", "20"), start)]
    if years:
        candidates += _year_ranges_and_decades(text, years)
        candidates += _years_in_context(text, candidates, years)
    return _longest_first(candidates)


#: The forms that open with a month name are tried only where one stands; the
#: others open with a number: a day (a run of one or two digits, by the
#: patterns' look-arounds) or, for ISO dates, a year (a run of four).
_MONTH_FIRST = (_TEXT_PATTERNS[1], _TEXT_PATTERNS[2], _TEXT_PATTERNS[4])
_DAY_FIRST = (_TEXT_PATTERNS[0], _TEXT_PATTERNS[3], _TEXT_PATTERNS[6])
_YEAR_FIRST = (_TEXT_PATTERNS[5],)
_DIGIT_RUN = re.compile(r"\d+")
_MONTH_FORMS = frozenset(form.replace("\\", "").removesuffix(".?")
                         for form in _month_alternation().split("|"))
#: A whole run of letters opening with a letter that a month name opens with: the
#: letter first, then a look behind it, so the scan stops only at those letters.
_MONTH_LIKE = re.compile(f"[{''.join(sorted({form[0] for form in _MONTH_FORMS}))}](?<![^\\W\\d_].)[^\\W\\d_]*")


def _is_letter(ch: str) -> bool:
    """What ``[^\\W\\d_]`` matches: a word character that is neither a decimal digit nor _."""
    return ch.isalnum() and not ch.isdecimal()


def _whole_runs(text: str, word: str) -> Iterator[int]:
    """Where ``word`` stands in ``text`` as a whole run of letters."""
    at = text.find(word)
    while at != -1:
        end = at + len(word)
        if not (at and _is_letter(text[at - 1])) and not (end < len(text) and _is_letter(text[end])):
            yield at
        at = text.find(word, at + 1)


def _month_starts(text: str) -> list[int]:
    """Where a month name stands: a whole run of letters that is one.

    The words that could be month names (:data:`_MONTH_LIKE`: one word in 25
    of the benchmark's articles; finding every word took six times as long)
    are found in one C call and compared with the month names as sets; only
    the names present are then looked for.
    """
    present = _MONTH_FORMS.intersection(_MONTH_LIKE.findall(text))
    return sorted(start for form in present for start in _whole_runs(text, form))


def _named_and_numeric_dates(text: str, digits: list[tuple[int, int]]) -> list[DateMention]:
    """Every match of every written form (overlaps are settled by ``_longest_first``).

    Trying each pattern at every character is most of the cost of this scan,
    so each is tried only where its first part can stand: a month name, or a
    run of digits of the right length (``digits``: (start, length) of each run).
    """
    found = []
    month_starts = _month_starts(text)
    day_starts = [start for start, length in digits if length <= 2]
    year_starts = [start for start, length in digits if length == 4]
    for patterns, starts in ((_MONTH_FIRST, month_starts), (_DAY_FIRST, day_starts),
                             (_YEAR_FIRST, year_starts)):
        if not starts:
            continue
        for pattern in patterns:
            for start in starts:
                match = pattern.match(text, start)
                if match is None:
                    continue
                edtf = _edtf_from_match(match)
                if edtf is not None:
                    found.append(DateMention(match[0], match.span(), edtf))
    return found


def _year_ranges_and_decades(text: str, years: list[int]) -> list[DateMention]:
    """"1994-1997" (a rising pair of years is context enough) and "the 1990s".

    ``years``: where a run of four digits opening with 19 or 20 starts.
    """
    found = []
    for start in years:
        match = _YEAR_RANGE.match(text, start)
        if match and int(match["a"]) < int(match["b"]):
            found.append(DateMention(match[0], match.span(), EdtfInterval.parse(f"{match['a']}/{match['b']}")))
    for start in years:
        match = _DECADE.match(text, start)
        if match:
            digits = match["c"]
            year = digits[:2] + "XX" if digits.endswith("0") else digits + "X"
            found.append(DateMention(match[0], match.span(), Edtf(year)))
    return found


def _years_in_context(text: str, others: list[DateMention], years: list[int]) -> list[DateMention]:
    """Bare years that stand where a year stands; see ``find_dates``."""
    year_ends = {m.span[1] for m in others if m.edtf.bounds() is not None}
    found = []
    for start in years:
        match = _YEAR_NUMBER.match(text, start)
        if match is None:
            continue
        end = match.end()
        before = _WORD_BEFORE.search(text, max(0, start - 40), start)
        after = _WORD_AFTER.match(text, end)
        listed = any(0 <= start - e <= 12 and _YEAR_LIST_JOIN.fullmatch(text, e, start) for e in year_ends)
        if (listed or (before and before["w"].casefold() in YEAR_BEFORE)
                or (after and after["w"].casefold() in YEAR_AFTER)):
            found.append(DateMention(match[0], match.span(), Edtf(match["y"])))
            year_ends.add(end)
    return found


def _longest_first(candidates: list[DateMention]) -> list[DateMention]:
    """Keep the longest of overlapping mentions, then order by position."""
    kept: list[DateMention] = []
    for mention in sorted(candidates, key=lambda m: (m.span[0] - m.span[1], m.span[0])):
        if all(mention.span[1] <= k.span[0] or mention.span[0] >= k.span[1] for k in kept):
            kept.append(mention)
    return sorted(kept, key=lambda m: m.span)


# --------------------------------------------------------------------------- publication date

@dataclass(frozen=True)
class PublicationDate:
    """When an article was published, as EDTF, and the evidence.

    ``source`` is ``"metadata.csv"``, ``"document metadata"`` or ``"dateline"``;
    ``detail`` is the raw value or dateline it was read from, so a reader can
    check it. ``earliest`` and ``latest`` are the range-search bounds, None
    when the year is unspecified.
    """

    edtf: EdtfValue
    source: str
    detail: str
    earliest: date | None
    latest: date | None

    @property
    def precision(self) -> Precision:
        return self.edtf.precision

    def as_dict(self) -> dict:
        """For JSON records: dates as ISO strings."""
        return {"edtf": str(self.edtf), "source": self.source, "detail": self.detail,
                "earliest": self.earliest.isoformat() if self.earliest else None,
                "latest": self.latest.isoformat() if self.latest else None}


def publication_date(asserted: str | None, meta: list[str], text: str) -> PublicationDate | None:
    """The publication date from the best source that gives one, or None: unknown.

    1. ``asserted`` (``dc.date`` of ``metadata.csv``), as the archivist wrote it,
       even without a year ("XXXX-05-13" is what they know, and it is kept
       without bounds). A value that is not a date is skipped here; the caller
       reports it, having checked it with ``parse_asserted``.
    2. The first of ``meta`` that ``parse_meta`` reads, in the caller's order.
    3. The dateline of ``text``, only if it states a year: "Astana, May 13 --"
       tells the day but not the year, and a year is not ours to add.

    Never the date of ingest, a date elsewhere in the text, or a default day.
    """
    if asserted is not None:
        edtf = parse_asserted(asserted)
        if edtf is not None:
            return _publication(edtf, SOURCE_ASSERTED, asserted)
    for value in meta:
        found = parse_meta(value) if value else None
        if found is not None:
            return _publication(found, SOURCE_DOCUMENT, value)
    dateline = find_dateline(text)
    if dateline is not None and dateline.edtf is not None and dateline.edtf.bounds() is not None:
        return _publication(dateline.edtf, SOURCE_DATELINE, dateline.surface)
    return None


def _publication(edtf: EdtfValue, source: str, detail: str) -> PublicationDate:
    bounds = edtf.bounds()
    earliest, latest = bounds if bounds is not None else (None, None)
    return PublicationDate(edtf, source, detail, earliest, latest)
