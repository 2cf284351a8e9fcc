"""The archive's public articles by date: the timeline of decades, years, months and days.

:func:`timeline` answers the web site's date pages from the snapshot of public
articles (:mod:`archive.search.browse_snapshot`, which also decides where an
article with a coarse date is placed); this module reads and names periods.

Decisions:

* **Periods are typed as the URL shows them**: ``1990s``, ``2004``,
  ``2004-04``, ``2004-04-06`` or ``undated`` (:func:`parse_period`); anything
  else, an impossible day included, is refused with the accepted forms, never
  guessed at.
* **A period lists its own articles only**: those whose dates stop at that
  level ("year only" ...), each with a note saying so; the articles of finer
  dates are in the children, counted one level down.
* **Empty is not missing.** A period without public articles is a valid
  answer with no articles, like an empty search.
* **A decade, year, month or day links to a search** over the same dates
  (a decade as its first and last year), which finds the articles whose dates
  overlap it; the whole archive and ``undated`` link to none.
"""

from __future__ import annotations

import calendar
import itertools
import math
import re
from dataclasses import asdict, dataclass
from datetime import date

from archive.errors import UsageError
from archive.search.browse_snapshot import (ARTICLES_PER_PAGE, LEVELS, ArticleRef, _check_paging, _Node,
                                            _root, _slice, _snapshot, _unit)

__all__ = [
    "Timeline",
    "parse_period",
    "timeline",
]

MONTH_NAMES = tuple(calendar.month_name)   # "", "January", ...


# --- results --------------------------------------------------------------------------


@dataclass
class PeriodCount:
    period: str               # the /dates/<period> value: 1990s, 2004, 2004-04, 2004-04-06
    label: str                # for people: "April 2004"
    count: int


@dataclass
class Timeline:
    period: str | None        # None for the whole archive
    level: str                # archive, decade, year, month, day, undated
    label: str
    breadcrumbs: list[dict]   # [{period (None: the whole archive), label}], outermost first
    total: int                # public articles in this period (the whole archive: dated and undated)
    children: list[PeriodCount]   # next level down, only periods with articles
    child_level: str | None
    articles_note: str | None     # what the article list holds ("year only" ...)
    articles_total: int
    articles: list[ArticleRef]    # this page of them
    page: int
    limit: int
    undated: int              # undated public articles in the whole archive
    search: dict | None       # {"from", "to"} of a search for this period, None if none fits

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.articles_total / self.limit))

    def to_dict(self) -> dict:
        return {**asdict(self), "pages": self.pages}


# --- dates ------------------------------------------------------------------------------

_CHILD = dict(itertools.pairwise(LEVELS))
_PERIOD = re.compile(r"^(?:(?P<decade>[0-9]{3}0)s|(?P<year>[0-9]{4})(?:-(?P<month>[0-9]{2})"
                     r"(?:-(?P<day>[0-9]{2}))?)?)$")
_NOTES = {
    "archive": "spanning more than a decade",
    "decade": "decade only",
    "year": "year only",
    "month": "month only",
    "day": None,
    "undated": "undated",
}


@dataclass(frozen=True)
class _Period:
    level: str
    value: str | None
    start: int                # yyyymmdd, inclusive
    end: int


def parse_period(period: str | None) -> _Period:
    """``None`` (the whole archive), ``1990s``, ``2004``, ``2004-04``, ``2004-04-06`` or ``undated``.

    Anything else is an :class:`ArchiveError` that says which forms are accepted.
    """
    if period is None:
        return _Period("archive", None, 0, 99991231)
    if period == "undated":
        return _Period("undated", period, 0, 0)
    match = _PERIOD.match(period) if len(period) <= 10 else None
    problem = None if match else "not a period"
    if match and match["decade"]:
        start_year = int(match["decade"])
        return _Period("decade", period, max(start_year, 1) * 10000 + 101,
                       (start_year + 9) * 10000 + 1231)
    if match:
        year, month, day = int(match["year"]), match["month"], match["day"]
        try:
            if year < 1:
                raise ValueError("no year 0000")
            if month is None:
                return _Period("year", period, year * 10000 + 101, year * 10000 + 1231)
            if day is None:
                last = calendar.monthrange(year, int(month))[1] if 1 <= int(month) <= 12 else 0
                if not last:
                    raise ValueError(f"no month {month}")
                base = year * 10000 + int(month) * 100
                return _Period("month", period, base + 1, base + last)
            number = _day_number(date(year, int(month), int(day)))
            return _Period("day", period, number, number)
        except ValueError as exc:
            problem = str(exc)
    raise UsageError(f"{period!r} is not a period ({problem}): use a decade (1990s), a year (2004), "
                       "a month (2004-04), a day (2004-04-06) or undated")


def _day_number(day: date) -> int:
    return day.year * 10000 + day.month * 100 + day.day


def period_label(period: str | None) -> str:
    """How a period reads: ``1990s``, ``2004``, ``April 2004``, ``6 April 2004``, ``Undated``."""
    if period is None:
        return "All dates"
    if period == "undated":
        return "Undated"
    parts = period.split("-")
    if len(parts) == 2:
        return f"{MONTH_NAMES[int(parts[1])]} {parts[0]}"
    if len(parts) == 3:
        return f"{int(parts[2])} {MONTH_NAMES[int(parts[1])]} {parts[0]}"
    return period


def _breadcrumbs(spec: _Period) -> list[dict]:
    """The periods above this one, outermost first, starting with the whole archive."""
    crumbs = [{"period": None, "label": period_label(None)}]
    if spec.level == "archive":
        return []
    if spec.level == "undated":
        return crumbs
    day = spec.start
    for level in LEVELS[1:LEVELS.index(spec.level)]:
        value = _unit(day, level)
        crumbs.append({"period": value, "label": period_label(value)})
    return crumbs


def _search_bounds(spec: _Period) -> dict | None:
    """``from``/``to`` of the search page for this period (the search matches overlapping dates)."""
    if spec.level == "decade":
        first = int(spec.value[:4])
        return {"from": f"{max(first, 1):04d}", "to": f"{first + 9:04d}"}
    if spec.level in ("year", "month", "day"):
        return {"from": spec.value, "to": spec.value}
    return None


def timeline(root, period: str | None = None, *, page: int = 1,
             limit: int = ARTICLES_PER_PAGE) -> Timeline:
    """The archive's public articles by period: counts one level down and the articles at this level.

    See the module notes for where an article with a coarse date is placed.
    An empty period (or one that has only restricted articles) is a valid
    answer with no articles, like an empty search.
    """
    spec = parse_period(period)
    _check_paging(page, limit)
    snapshot = _snapshot(_root(root))
    if spec.level == "undated":
        node = _Node(total=len(snapshot.undated), own=snapshot.undated)
    else:
        node = snapshot.periods.get(spec.value) or _Node()
    total = len(snapshot.articles) if spec.level == "archive" else node.total
    return Timeline(
        period=spec.value, level=spec.level, label=period_label(spec.value),
        breadcrumbs=_breadcrumbs(spec), total=total,
        children=[PeriodCount(p, period_label(p), node.children[p]) for p in sorted(node.children)],
        child_level=_CHILD.get(spec.level),
        articles_note=_NOTES[spec.level], articles_total=len(node.own),
        articles=[snapshot.articles[i].ref for i in _slice(node.own, page, limit)],
        page=page, limit=limit, undated=len(snapshot.undated), search=_search_bounds(spec))
