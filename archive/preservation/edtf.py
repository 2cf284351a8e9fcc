"""EDTF values: dates that say exactly what is known, and their bounds.

A publication date is recorded in the Library of Congress Extended Date/Time
Format (EDTF) because EDTF can say exactly what is known and no more: ``2003-05``
is "some day in May 2003", ``2002-11-XX`` is the same at day level, ``XXXX-05-13``
is "13 May of an unknown year". The common alternative, a ``datetime``, forces
a day and a year, and every tool that fills them in picks 1 January or today.
This module never does: a missing part stays missing.

:class:`Edtf` is one date and :class:`EdtfInterval` a span between two;
:func:`parse_edtf` reads either exactly as written. They know nothing of how
dates are written in prose or in a document's metadata: reading those is
:mod:`archive.preservation.date_parsing`'s, finding them in an article and
choosing the publication date :mod:`archive.description.dates`'s.

For range search each date has ``bounds()``: the earliest and the latest day it
can be. A query at any precision is itself an EDTF value with bounds, so
"2004", "2004-04" and "2004-04-06" all become a pair of days and an article
matches when the two pairs overlap (or, for a strict search, when the
article's pair lies inside the query's). Dates without a known year have no
bounds: they cannot be placed on a timeline and are not indexed by range.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

Precision = Literal["year", "month", "day"]
_PRECISION_RANK: dict[str, int] = {"year": 0, "month": 1, "day": 2}


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
