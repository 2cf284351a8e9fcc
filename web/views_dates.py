"""Browse by date: ``/dates`` (+ ``.json``) and ``/dates/<period>`` (+ ``.json``).

Decisions:

* **Drill-down.** ``/dates`` counts public articles by decade; a period page
  counts the next level down (decade -> years -> months -> days) and lists the
  articles placed at its own level: on a day page that day's articles, on a
  month page those dated only to that month, and so on (see
  :mod:`archive.search.browse_snapshot` for the placement rules). ``/dates/undated`` lists the
  articles with no known date.
* **Only periods with articles** are listed and drawn, so a period whose only
  articles are restricted looks exactly like an empty one. A valid period with
  no public article is a 200 with nothing in it (like an empty search); a
  malformed period is a 400 that says which forms exist.
* **Search link.** Each period links to the search page with ``from`` and
  ``to`` set to it. The search matches dates that overlap the period, so it
  may also find articles dated only to a wider span (a month-only article in
  a day's search), which this page files one level up.
"""

from __future__ import annotations

from flask import request, url_for
from markupsafe import Markup

from archive.api import ARTICLES_PER_PAGE, Timeline, timeline
from archive.api import BROWSE_MAX_LIMIT as MAX_LIMIT, BROWSE_MAX_PAGE as MAX_PAGE

from . import svg
from .context import archive_root
from .paging import int_arg, page_links
from .site import bp, page

_CHILD_NOUN = {"decade": "decade", "year": "year", "month": "month", "day": "day"}


def _as_json() -> bool:
    rule = request.url_rule
    return rule is not None and rule.rule.endswith(".json")


def period_url(period: str | None, **args) -> str:
    """The page of ``period`` (None: the whole archive)."""
    if period is None:
        return url_for("site.dates", **args)
    return url_for("site.period", period=period, **args)


# The .json rules are registered last (decorators apply bottom-up) so that
# url_for builds the HTML pages' URLs.
@bp.route("/dates.json")
@bp.route("/dates")
def dates():
    """The archive's timeline by decade, with the number of undated articles."""
    return _timeline_page(None)


@bp.route("/dates/<period>.json")
@bp.route("/dates/<period>")
def period(period: str):
    """One decade, year, month or day, or ``undated``."""
    return _timeline_page(period)


def _timeline_page(period: str | None):
    limit = int_arg("limit", ARTICLES_PER_PAGE, 1, MAX_LIMIT)
    number = int_arg("page", 1, 1, MAX_PAGE)
    result = timeline(archive_root(), period, page=number, limit=limit)
    data = _timeline_data(result, limit)
    as_json = _as_json()
    chart = None if as_json or not result.children else Markup(_chart(result))
    return page("dates.html", data, as_json=as_json, title=result.label, chart=chart)


def _timeline_data(result: Timeline, limit: int) -> dict:
    """The timeline as a dict, with the URLs the page links to."""
    data = result.to_dict()
    data["url"] = period_url(result.period)
    for crumb in data["breadcrumbs"]:
        crumb["url"] = period_url(crumb["period"])
    for child in data["children"]:
        child["url"] = period_url(child["period"])
    for article in data["articles"]:
        article["url"] = url_for("site.item", item_id=article["id"])
    data["search_url"] = url_for("site.search", **result.search) if result.search else None
    data["undated_url"] = period_url("undated")

    def at(n: int) -> str:
        args = {"page": n, **({"limit": limit} if limit != ARTICLES_PER_PAGE else {})}
        return period_url(result.period, **args)
    data["links"] = page_links(at, result.page, result.pages)
    return data


def _tick(period: str, level: str) -> str:
    """The short axis label of a child period: 1990s, 2004, Apr, 6."""
    if level == "month":
        return svg.MONTH_ABBR[int(period[5:7])]
    if level == "day":
        return str(int(period[8:10]))
    return period


def _chart(result: Timeline) -> str:
    """Bars for the children of this period (those with articles), left to right in time."""
    level = result.child_level or "period"
    bars = [svg.Bar(c.label, c.count, _tick(c.period, level)) for c in result.children]
    where = "" if result.period is None else \
        f" in the {result.label}" if result.level == "decade" else f" in {result.label}"
    title = f"Public articles per {_CHILD_NOUN.get(level, level)}{where}"
    busiest = max(result.children, key=lambda c: (c.count, c.period))
    noun = _CHILD_NOUN.get(level, level)
    count = len(result.children)
    desc = (f"{sum(c.count for c in result.children)} articles in {count} {noun}"
            f"{'s' if count != 1 else ''}; the most in {'the ' if level == 'decade' else ''}"
            f"{busiest.label} ({busiest.count}). Periods with no articles are left out.")
    return svg.bar_chart(bars, title=title, desc=desc, id_prefix="dates-chart")
