"""People pages: ``/people`` (+ ``.json``) and ``/person/<key>`` (+ ``.json``).

Decisions:

* **Data from** :mod:`archive.search.people`, which counts public articles only; a
  person named only in restricted articles is a 404 exactly like an unknown one.
* **Keys.** ``<key>`` is the person's key as the index files it (``abliasov``;
  a full-name or split key when the authority says so). Any other term of the
  index's ``person`` field, a full name or a spelling (``/person/Mukhtar
  Ablyazov``) is looked up too and answered with the same page (200, not a
  redirect, so links built from any of them just work), which names the
  canonical URL in ``<link rel="canonical">`` and in its data (``url``).
* **The timeline** is an SVG bar chart drawn here (:mod:`web.svg`), inline in
  the page (no script, no extra request), with the same counts in a table
  inside ``<details>`` as its text alternative. Month rows link to a search
  for the person in that month.
* **JSON twins** carry the library's data plus the URLs the page links to.
"""

from __future__ import annotations

from flask import request, url_for
from markupsafe import Markup

from archive.api import ARTICLES_PER_PAGE, PEOPLE_PER_PAGE, PEOPLE_SORTS, PersonProfile, person_profile
from archive.api import BROWSE_MAX_LIMIT as MAX_LIMIT, BROWSE_MAX_PAGE as MAX_PAGE
from archive.api import people as list_people

from . import svg
from .context import archive_root
from .paging import choice_arg, int_arg, page_links
from .site import bp, page


def _as_json() -> bool:
    rule = request.url_rule
    return rule is not None and rule.rule.endswith(".json")


def _search_url(**args: str) -> str:
    return url_for("site.search", **args)


# The .json rule is registered last (decorators apply bottom-up) so that
# url_for("site.people") builds the HTML page's URL.
@bp.route("/people.json")
@bp.route("/people")
def people():
    """Everyone named in public articles, with article counts and spellings, paged."""
    sort = choice_arg("sort", "articles", PEOPLE_SORTS)
    limit = int_arg("limit", PEOPLE_PER_PAGE, 1, MAX_LIMIT)
    number = int_arg("page", 1, 1, MAX_PAGE)
    result = list_people(archive_root(), page=number, limit=limit, sort=sort)
    data = result.to_dict()
    for entry in data["people"]:
        entry["url"] = url_for("site.person", key=entry["key"])

    def at(n: int) -> str:
        args = {"page": n, **({"sort": sort} if sort != "articles" else {}),
                **({"limit": limit} if limit != PEOPLE_PER_PAGE else {})}
        return url_for("site.people", **args)
    data["links"] = page_links(at, result.page, result.pages)
    data["links"]["by_articles"] = url_for("site.people")
    data["links"]["by_name"] = url_for("site.people", sort="name")
    return page("people.html", data, as_json=_as_json(), title="People")


@bp.route("/person/<key>.json")
@bp.route("/person/<key>")
def person(key: str):
    """One person: spellings, a timeline, who else is named alongside, and the articles."""
    as_json = _as_json()
    limit = int_arg("limit", ARTICLES_PER_PAGE, 1, MAX_LIMIT)
    number = int_arg("page", 1, 1, MAX_PAGE)
    profile = person_profile(archive_root(), key, page=number, limit=limit)
    data = _person_data(profile, limit)
    chart = None if as_json else Markup(_timeline_svg(profile))
    return page("person.html", data, as_json=as_json, title=profile.name, chart=chart)


def _person_data(profile: PersonProfile, limit: int) -> dict:
    """The profile as a dict, with the URLs the page links to."""
    data = profile.to_dict()
    data["url"] = url_for("site.person", key=profile.key)
    data["search_url"] = _search_url(person=profile.name)
    for month in data["months"]:
        month["search_url"] = _search_url(**{"person": profile.name, "from": month["month"],
                                             "to": month["month"]})
        month["label"] = svg.month_label(month["month"])
    for other in data["co_mentions"]:
        other["url"] = url_for("site.person", key=other["key"])
    for article in data["articles"]:
        article["url"] = url_for("site.item", item_id=article["id"])

    def at(n: int) -> str:
        args = {"page": n, **({"limit": limit} if limit != ARTICLES_PER_PAGE else {})}
        return url_for("site.person", key=profile.key, **args)
    data["links"] = page_links(at, profile.page, profile.pages)
    return data


def _timeline_svg(profile: PersonProfile) -> str:
    """The articles-per-month chart of the person page, with a title and a description."""
    counts = {m.month: m.count for m in profile.months}
    bars, unit = svg.month_bars(counts)
    dated = sum(counts.values())
    title = f"Articles naming {profile.name}, per {unit}"
    if counts:
        busiest = max(profile.months, key=lambda m: (m.count, m.month))
        desc = (f"{dated} article{'s' if dated != 1 else ''} dated to a month, from "
                f"{svg.month_label(min(counts))} to {svg.month_label(max(counts))}; the most in "
                f"{svg.month_label(busiest.month)} ({busiest.count}).")
    else:
        desc = "No article naming this person is dated to a month."
    left_out = []
    if profile.imprecise:
        left_out.append(f"{profile.imprecise} dated only to a year or a wider span")
    if profile.undated:
        left_out.append(f"{profile.undated} undated")
    if left_out:
        desc += " Not drawn: " + " and ".join(left_out) + "."
    return svg.bar_chart(bars, title=title, desc=desc, id_prefix="person-timeline")
