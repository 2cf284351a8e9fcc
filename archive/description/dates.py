"""Dates of news articles as EDTF, with where each one came from.

A publication date is recorded in the Library of Congress Extended Date/Time
Format (EDTF) because EDTF can say exactly what is known and no more: ``2003-05``
is "some day in May 2003", ``2002-11-XX`` is the same at day level, ``XXXX-05-13``
is "13 May of an unknown year". The common alternative, a ``datetime``, forces
a day and a year, and every tool that fills them in picks 1 January or today.
This module never does: a missing part stays missing.

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

For range search each date has ``bounds()``: the earliest and the latest day it
can be. A query at any precision is itself an EDTF value with bounds, so
"2004", "2004-04" and "2004-04-06" all become a pair of days and an article
matches when the two pairs overlap (or, for a strict search, when the
article's pair lies inside the query's). Dates without a known year have no
bounds: they cannot be placed on a timeline and are not indexed by range.

Also here: every date mentioned in a text (``find_dates``) with its precision,
and the dateline itself (``find_dateline``).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from email.utils import parsedate_tz
from typing import Iterator, Literal

Precision = Literal["year", "month", "day"]
_PRECISION_RANK: dict[str, int] = {"year": 0, "month": 1, "day": 2}

SOURCE_ASSERTED = "metadata.csv"
SOURCE_DOCUMENT = "document metadata"
SOURCE_DATELINE = "dateline"

#: How many non-empty lines from the top may hold the dateline. Saved pages
#: start with navigation ("Accessibility links", "Breaking News"), the
#: headline and a standfirst, sometimes twice; five such lines before the
#: dateline are common, so the window is six. Farther down, "Place, date --"
#: is quoted text or another article, not this article's dateline.
DATELINE_LINES = 6

#: Dates that software writes when it has no date: the zero points of the
#: Windows, classic Mac OS, Unix and DOS/ZIP clocks. In a document's metadata
#: they say "unset", not "published then".
PLACEHOLDER_DATES = frozenset({date(1601, 1, 1), date(1904, 1, 1), date(1970, 1, 1), date(1980, 1, 1)})


# --------------------------------------------------------------------------- EDTF values

_YEAR = r"(?:\d{4}|\d{3}X|\d{2}XX|\dXXX|XXXX)"
_EDTF_DATE = re.compile(rf"(?P<year>{_YEAR})(?:-(?P<month>\d\d|XX)(?:-(?P<day>\d\d|XX))?)?(?P<qualifier>[?~%]?)")
#: A leap year, to check day numbers of a date whose year is unspecified:
#: "XXXX-02-29" can be true, "XXXX-02-30" cannot.
_ANY_LEAP_YEAR = 2000


@dataclass(frozen=True)
class Edtf:
    """One EDTF date: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, with ``X`` for unspecified digits.

    Supported: EDTF level 0 dates; level 1 unspecified digits from the right of
    the year (``200X``, ``19XX``, ``XXXX``) and whole unspecified months or days
    (``2002-XX``, ``2002-11-XX``); level 1 qualifiers for the whole date
    (``2004?`` uncertain, ``2004~`` approximate, ``2004%`` both); and one level 2
    form that year-less dates need: a specified month and day in an unspecified
    year (``XXXX-05-13``). Not supported: seasons (months 21-41), years outside
    0001-9999, exponents, ``X`` inside a month or day (``2004-1X``), and
    qualifiers on single components. Years are kept as written strings so
    that ``200X`` stays ``200X``.

    Invalid values raise ``ValueError`` when built: month 1-12 (or ``XX``), day
    within the month (29 February only where a leap year is possible).
    """

    year: str
    month: str | None = None
    day: str | None = None
    qualifier: str = ""

    def __post_init__(self) -> None:
        if self.day is not None and self.month is None:
            raise ValueError("an EDTF day needs a month")
        if not _EDTF_DATE.fullmatch(str(self)):
            raise ValueError(f"not an EDTF date of the supported forms: {str(self)!r}")
        if _known(self.month) and not 1 <= int(self.month) <= 12:
            raise ValueError(f"no month {self.month} in {self}")
        if _known(self.day) and int(self.day) < 1:
            raise ValueError(f"no day {self.day} in {self}")
        years = self._years()
        if self._extreme(range(_ANY_LEAP_YEAR, _ANY_LEAP_YEAR + 1) if years is None else years,
                         latest=False) is None:
            raise ValueError(f"no such day: {self}")

    @classmethod
    def parse(cls, text: str) -> Edtf:
        """Read one EDTF date exactly as written (``2004-04-06``, ``2002-11-XX``, ``XXXX-05-13``)."""
        match = _EDTF_DATE.fullmatch(text)
        if match is None:
            raise ValueError(f"not an EDTF date of the supported forms: {text!r}")
        return cls(match["year"], match["month"], match["day"], match["qualifier"])

    @classmethod
    def of(cls, year: int | None, month: int | None = None, day: int | None = None) -> Edtf:
        """Build from numbers; ``year=None`` is an unspecified year (``XXXX``), never a made-up one."""
        if year is not None and not 1 <= year <= 9999:
            raise ValueError(f"year {year} is outside 0001-9999")
        if day is not None and month is None:
            raise ValueError("an EDTF day needs a month")
        return cls("XXXX" if year is None else f"{year:04d}",
                   None if month is None else f"{month:02d}",
                   None if day is None else f"{day:02d}")

    def __str__(self) -> str:
        parts = [self.year] + [p for p in (self.month, self.day) if p is not None]
        return "-".join(parts) + self.qualifier

    @property
    def precision(self) -> Precision:
        """The finest unit that is actually known.

        ``2002-11-XX`` is month precision (its day is not known) and
        ``XXXX-05-13`` is day precision (its day is known, its year is not:
        ``bounds()`` tells whether it can be placed on a timeline). ``200X``
        and ``19XX`` are year precision with a span of years.
        """
        if _known(self.day):
            return "day"
        if _known(self.month):
            return "month"
        return "year"

    @property
    def year_known(self) -> bool:
        """True when all four digits of the year are given."""
        return "X" not in self.year

    def bounds(self) -> tuple[date, date] | None:
        """The earliest and the latest day this date can be, or None when it cannot be placed.

        ``2004`` gives 2004-01-01..2004-12-31, ``2002-11-XX`` 2002-11-01..2002-11-30,
        ``200X`` 2000-01-01..2009-12-31. A date with a wholly unspecified year
        (``XXXX-05-13``) has no bounds: any pair would invent a year.
        """
        years = self._years()
        if years is None:
            return None
        earliest = self._extreme(years, latest=False)
        latest = self._extreme(years, latest=True)
        assert earliest is not None and latest is not None  # checked when built
        return earliest, latest

    def _years(self) -> range | None:
        """The years this date may fall in, or None for ``XXXX``."""
        if self.year == "XXXX":
            return None
        low = int(self.year.replace("X", "0"))
        high = int(self.year.replace("X", "9"))
        return range(max(low, 1), high + 1)

    def _extreme(self, years: range, latest: bool) -> date | None:
        """The first (or last) real day matching this date among ``years``; None when there is none."""
        months = [int(self.month)] if _known(self.month) else list(range(1, 13))
        for year in (reversed(years) if latest else years):
            for month in (reversed(months) if latest else months):
                last = calendar.monthrange(year, month)[1]
                if _known(self.day):
                    if int(self.day) <= last:
                        return date(year, month, int(self.day))
                else:
                    return date(year, month, last if latest else 1)
        return None


@dataclass(frozen=True)
class EdtfInterval:
    """An EDTF level 1 interval of two placed dates, ``2004-04/2004-06`` or ``1994/1997``.

    Archivists write one when they know a date only to within a span, and
    texts say "1994-1997". Open and unknown ends (``2004/..``, ``/2004``) are
    not supported: an open end cannot be indexed by range either. The start
    must not lie wholly after the end.
    """

    start: Edtf
    end: Edtf

    def __post_init__(self) -> None:
        start, end = self.start.bounds(), self.end.bounds()
        if start is None or end is None:
            raise ValueError(f"both ends of an interval need a year: {self}")
        if start[0] > end[1]:
            raise ValueError(f"interval ends before it starts: {self}")

    @classmethod
    def parse(cls, text: str) -> EdtfInterval:
        """Read ``START/END``, each end an EDTF date."""
        start, slash, end = text.partition("/")
        if not slash or "/" in end:
            raise ValueError(f"not an EDTF interval: {text!r}")
        return cls(Edtf.parse(start), Edtf.parse(end))

    def __str__(self) -> str:
        return f"{self.start}/{self.end}"

    @property
    def precision(self) -> Precision:
        """The coarser precision of the two ends: what is known of the whole interval."""
        return min(self.start.precision, self.end.precision, key=_PRECISION_RANK.__getitem__)

    @property
    def year_known(self) -> bool:
        return self.start.year_known and self.end.year_known

    def bounds(self) -> tuple[date, date]:
        """From the earliest day of the start to the latest day of the end."""
        start, end = self.start.bounds(), self.end.bounds()
        assert start is not None and end is not None  # checked when built
        return start[0], end[1]


EdtfValue = Edtf | EdtfInterval


def parse_edtf(text: str) -> EdtfValue:
    """Read an EDTF date or interval exactly as written; ``ValueError`` when it is not one."""
    return EdtfInterval.parse(text) if "/" in text else Edtf.parse(text)


def _known(part: str | None) -> bool:
    """True for a month or day that is given, neither absent nor ``XX``."""
    return part is not None and part != "XX"


# --------------------------------------------------------------------------- month names

_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")
_EN_ABBREVIATIONS = {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8,
                     "Sep": 9, "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12}
#: Russian month names in the cases dates use: nominative ("май 2003"),
#: genitive ("22 октября", "с мая 2003") and prepositional ("в мае 2003").
_RU_MONTHS = (("январь", "января", "январе"), ("февраль", "февраля", "феврале"),
              ("март", "марта", "марте"), ("апрель", "апреля", "апреле"),
              ("май", "мая", "мае"), ("июнь", "июня", "июне"), ("июль", "июля", "июле"),
              ("август", "августа", "августе"), ("сентябрь", "сентября", "сентябре"),
              ("октябрь", "октября", "октябре"), ("ноябрь", "ноября", "ноябре"),
              ("декабрь", "декабря", "декабре"))

_MONTH_NUMBERS: dict[str, int] = {
    **{name.casefold(): number for number, name in enumerate(_EN_MONTHS, 1)},
    **{name.casefold(): number for name, number in _EN_ABBREVIATIONS.items()},
    **{form: number for number, forms in enumerate(_RU_MONTHS, 1) for form in forms},
}


def _month_alternation() -> str:
    """Month names as written in running text, longest first.

    English names only capitalised or in capitals, because "may" and "march"
    are also verbs ("troops march 20 km"); Russian names in any case, since
    Russian writes them in lower case. Only abbreviations may take a dot: a
    dot after a full name ends a sentence.
    """
    forms: set[str] = set()
    for name in _EN_MONTHS:
        forms |= {re.escape(name), re.escape(name.upper())}
    for abbreviation in _EN_ABBREVIATIONS:
        forms |= {re.escape(abbreviation) + r"\.?", re.escape(abbreviation.upper()) + r"\.?"}
    for russian in _RU_MONTHS:
        for form in russian:
            forms |= {form, form.capitalize(), form.upper()}
    return "|".join(sorted(forms, key=lambda form: (-len(form), form)))


def _month_number(word: str) -> int | None:
    return _MONTH_NUMBERS.get(word.rstrip(".").casefold())


# --------------------------------------------------------------------------- date patterns

_DAY = r"(?<!\d)(?P<d>[0-3]?\d)(?!\d)(?:st|nd|rd|th)?"
_YEAR4 = r"(?P<y>\d{4})(?!\d)"


def _date_patterns(flags: int) -> list[re.Pattern[str]]:
    """The written date forms, each with groups ``d``, ``m``, ``y`` for the parts it has."""
    month = rf"(?<![^\W\d_])(?P<m>{_month_alternation()})(?![^\W\d_])"
    forms = [
        rf"{_DAY}(?:\s+of)?\s+{month},?\s+{_YEAR4}",             # 6 April 2004, 5th of October, 2005
        rf"{month}\s+{_DAY},?\s+{_YEAR4}",                       # April 6, 2004
        rf"{month}\s+{_YEAR4}",                                  # May 2003, мае 2003
        rf"{_DAY}(?:\s+of)?\s+{month}",                          # 11th October, 9 июня
        rf"{month}\s+{_DAY}",                                    # November 20
        r"(?<![\d\-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)",             # 2004-04-06
        r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})(?!\d|\.\d)",  # 06.04.2004
    ]
    return [re.compile(form, flags) for form in forms]


#: In running text: case matters (see ``_month_alternation``).
_TEXT_PATTERNS = _date_patterns(0)
#: In a metadata value that is only a date: "APRIL 6, 2004" and "may 2003" are fine.
_VALUE_PATTERNS = _date_patterns(re.IGNORECASE)


def _edtf_from_match(match: re.Match[str]) -> Edtf | None:
    """The date a pattern matched, or None when it is no real day (30 February, month 13)."""
    groups = match.groupdict()
    written_month = groups["m"]
    month = int(written_month) if written_month.isdigit() else _month_number(written_month)
    year = int(groups["y"]) if groups.get("y") else None
    day = int(groups["d"]) if groups.get("d") else None
    try:
        return Edtf.of(year, month, day)
    except ValueError:
        return None


def _date_at(text: str, pos: int) -> tuple[int, Edtf] | None:
    """The longest real date written exactly at ``pos``: its end and value."""
    best: tuple[int, Edtf] | None = None
    for pattern in _TEXT_PATTERNS:
        match = pattern.match(text, pos)
        if match is None:
            continue
        edtf = _edtf_from_match(match)
        if edtf is not None and (best is None or match.end() > best[0]):
            best = (match.end(), edtf)
    return best


# --------------------------------------------------------------------------- asserted and document dates

_YEAR_SLASH_DATE = re.compile(r"(?P<y>\d{4})[/.](?P<m>\d{1,2})[/.](?P<d>\d{1,2})")
_MONTH_DOT_YEAR = re.compile(r"(?P<m>\d{1,2})\.(?P<y>\d{4})")
_ISO_DATETIME = re.compile(
    r"(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2})"
    r"(?:[T ](?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:[.,]\d+)?)?"
    r"\s?(?:Z|[+\-](?P<tzh>\d{2})(?::?(?P<tzm>\d{2}))?)?)?)?)?")
_PDF_DATE = re.compile(
    r"(?:D:)?(?P<y>\d{4})(?:(?P<m>\d{2})(?:(?P<d>\d{2})(?:(?P<H>\d{2})(?:(?P<M>\d{2})(?P<S>\d{2})?)?)?)?)?"
    r"(?:Z(?:00'?(?:00'?)?)?|[+\-](?P<tzh>\d{2})'?(?:(?P<tzm>\d{2})'?)?)?")
_RFC2822 = re.compile(r"(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{1,2}:\d{2}.*")


def parse_asserted(value: str) -> EdtfValue | None:
    """The date an archivist wrote in ``metadata.csv`` (``dc.date``), or None when it is not one.

    Accepted: EDTF as written (``2004-04-06``, ``2004-04``, ``2004``, ``2002-11-XX``
    or ``2002-11-xx``, ``200X``, ``XXXX-05-13``, ``2004-04/2004-06``); an ISO
    date-time (its own calendar date); ``2004/04/06`` and ``2004.04.06``;
    day-first ``06.04.2004`` and ``04.2004`` as Russian and Kazakh sources write
    them; and names: ``6 April 2004``, ``April 6, 2004``, ``April 2004``,
    ``22 октября 2006 г.``, ``май 2003``. A name without a year (``6 April``)
    gives ``XXXX-04-06``: the archivist did not say the year and we do not add
    one. Refused, because the order of day and month cannot be known:
    ``06/04/2004``. The caller reports a None, it is never silently replaced.
    """
    text = value.strip()
    if not text:
        return None
    edtf_text = text.replace("x", "X")
    try:
        return parse_edtf(edtf_text)
    except ValueError:
        pass
    for attempt in (_iso_datetime, _year_first, _day_first, _named):
        found = attempt(text)
        if found is not None:
            return found
    return None


def parse_meta(value: str) -> Edtf | None:
    """The date a document states about itself, or None when it states none that can be used.

    Accepted: ISO 8601 and W3CDTF date-times as HTML ``article:published_time``
    and Word's ``dcterms:created`` write them (``2004-04-06T02:00:00+06:00``,
    ``...Z``, fractions of seconds, or reduced to ``2004-04`` or ``2004``); PDF
    dates (``D:20040406120000+06'00'``, with or without ``D:``, reduced or not);
    RFC 2822 (``Tue, 06 Apr 2004 12:00:00 GMT``, from ``http-equiv`` headers); and
    the written forms of ``parse_asserted`` when they state a year.

    The day is the calendar day as written, in the document's own stated
    offset, not converted to UTC: a page stamped 02:00 on 6 April at +06:00
    was published on 6 April where it was published, which is also what its
    dateline and its print edition say; in UTC it would be 5 April. (Word
    stores UTC, so its day is the UTC day: that is what it states.)

    The precision is what the value gives: ``2004-04`` stays a month. Values
    with an impossible time (25:00), no year, or a placeholder day such as
    1970-01-01 (``PLACEHOLDER_DATES``) give None.
    """
    text = value.strip()
    if not text:
        return None
    found: EdtfValue | None = None
    for attempt in (_iso_datetime, _pdf_date, _rfc2822_date):
        found = attempt(text)
        if found is not None:
            break
    else:
        found = parse_asserted(text)
    if not isinstance(found, Edtf) or not found.year_known:
        return None
    bounds = found.bounds()
    if found.precision == "day" and bounds is not None and bounds[0] in PLACEHOLDER_DATES:
        return None
    return found


def _iso_datetime(text: str) -> Edtf | None:
    """``2004-04-06T02:00:00+06:00`` and its reduced forms: the date as written."""
    match = _ISO_DATETIME.fullmatch(text)
    return _checked_datetime(match) if match else None


def _pdf_date(text: str) -> Edtf | None:
    """PDF dates (ISO 32000 7.9.4), including the common forms without ``D:`` or a closing apostrophe."""
    match = _PDF_DATE.fullmatch(text)
    return _checked_datetime(match) if match else None


def _checked_datetime(match: re.Match[str]) -> Edtf | None:
    """The date of a matched date-time whose clock and offset are possible; else None."""
    limits = {"H": 23, "M": 59, "S": 60, "tzh": 23, "tzm": 59}  # 60: a leap second
    if any(match[name] and int(match[name]) > limit for name, limit in limits.items()):
        return None
    try:
        return Edtf.of(int(match["y"]), match["m"] and int(match["m"]), match["d"] and int(match["d"]))
    except ValueError:
        return None


def _rfc2822_date(text: str) -> Edtf | None:
    """``Tue, 06 Apr 2004 12:00:00 GMT``: the date as written, before any offset."""
    if not _RFC2822.fullmatch(text):
        return None
    parts = parsedate_tz(text)
    if parts is None:
        return None
    try:
        return Edtf.of(parts[0], parts[1], parts[2])
    except ValueError:
        return None


def _year_first(text: str) -> Edtf | None:
    """``2004/04/06`` and ``2004.04.06``: year first, so the order of the rest is not in doubt."""
    match = _YEAR_SLASH_DATE.fullmatch(text)
    return _edtf_from_match(match) if match else None


def _day_first(text: str) -> Edtf | None:
    """``06.04.2004`` and ``04.2004``: with dots the day comes first, as in Russian and Kazakh."""
    for pattern in (_TEXT_PATTERNS[-1], _MONTH_DOT_YEAR):
        match = pattern.fullmatch(text)
        if match:
            return _edtf_from_match(match)
    return None


def _named(text: str) -> Edtf | None:
    """``6 April 2004``, ``April 6, 2004``, ``April 2004``, ``22 октября 2006 г.``, ``6 April``."""
    core = re.sub(r"(?:\s*г\.|\s+года)$|\.$", "", text)
    for pattern in _VALUE_PATTERNS[:5]:
        match = pattern.fullmatch(core)
        if match:
            return _edtf_from_match(match)
    return None


# --------------------------------------------------------------------------- datelines

_PLACE = re.compile(
    r"[ \t]*(?P<place>[^\W\d_][^\W\d_'’.\-]*(?:(?:[ '’\-]|\.[ ]?)[^\W\d_]+){0,3}\.?),[ \t]+")
_DATELINE_TAIL = re.compile(
    r"(?:[ \t]*г\.|[ \t]+года)?\.?"
    r"(?:[ \t]*\((?P<agency>[^()\n]{1,60})\)"
    r"|[ \t]*/(?P<agency_slash>[^/\n]{1,60})/"
    r"|[ \t]+(?P<agency_caps>[A-ZА-ЯЁ][A-ZА-ЯЁ&/\-]+(?:[ ][A-ZА-ЯЁ&/\-]+){0,3}))?"
    r"[ \t]*[.,]?[ \t]*(?:(?:--|—|–|―)(?![-–—―\d])|-(?=\s|$))")


@dataclass(frozen=True)
class DatelineMatch:
    """The dateline at the head of an article: "Prague, 6 April 2004 (RFE/RL) --".

    ``span`` covers the whole dateline up to and including its dash, ``surface``
    is that text, ``date_span`` covers the date alone. A year-less dateline
    ("Astana, May 13 --") has an ``edtf`` such as ``XXXX-05-13``.
    """

    place: str
    edtf: Edtf
    span: tuple[int, int]
    date_span: tuple[int, int]
    surface: str
    agency: str | None = None


def find_dateline(text: str) -> DatelineMatch | None:
    """The explicit dateline of an article, or None.

    A dateline is a line that begins with a place (a name of up to four words,
    the first and the last capitalised), a comma, a date, optionally an agency in brackets, slashes or
    capitals, and then a dash: "ALMATY, 14 March 2005 --", "Алматы, 22 октября
    2006 г. --", "АСТАНА, 12 мая. КАЗИНФОРМ -". It counts only within the
    first ``DATELINE_LINES`` non-empty lines, where datelines are printed; the
    dash is required so that a sentence such as "Almaty, May 13 was quiet"
    is not read as one.
    """
    for start in _line_starts(text, DATELINE_LINES):
        place = _PLACE.match(text, start)
        if place is None or not _looks_like_a_place(place["place"]):
            continue
        found = _date_at(text, place.end())
        if found is None:
            continue
        date_end, edtf = found
        tail = _DATELINE_TAIL.match(text, date_end)
        if tail is None:
            continue
        agency = tail["agency"] or tail["agency_slash"] or tail["agency_caps"]
        begin = place.start("place")
        return DatelineMatch(place["place"], edtf, (begin, tail.end()), (place.end(), date_end),
                             text[begin:tail.end()], agency.strip() if agency else None)
    return None


def _looks_like_a_place(name: str) -> bool:
    """First and last word capitalised: "New York", "Rio de Janeiro", not "The report"."""
    words = name.split()
    return words[0][0].isupper() and words[-1][0].isupper()


def _line_starts(text: str, limit: int) -> list[int]:
    """Offsets of the first ``limit`` non-empty lines."""
    starts: list[int] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            starts.append(offset)
            if len(starts) == limit:
                break
        offset += len(line)
    return starts


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
    if dateline is not None and dateline.edtf.bounds() is not None:
        return _publication(dateline.edtf, SOURCE_DATELINE, dateline.surface)
    return None


def _publication(edtf: EdtfValue, source: str, detail: str) -> PublicationDate:
    bounds = edtf.bounds()
    earliest, latest = bounds if bounds is not None else (None, None)
    return PublicationDate(edtf, source, detail, earliest, latest)
