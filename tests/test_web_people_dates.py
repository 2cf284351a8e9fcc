"""The people, person and date pages through the real Flask app on real archives.

``client`` serves the shared web archive (the seeds, one invented public and
one invented restricted article); ``dated_client`` serves the small root of
tests/test_browse.py, which has a person named only in a restricted article.
"""

from __future__ import annotations

import hashlib
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from urllib.parse import quote

import pytest
from conftest import PUBLIC_TEXT, RESTRICTED_TEXT
from flask import render_template
from test_browse import build_dated

from archive.search.people import people, person_profile
from archive.search.timeline import timeline
from web import create_app, svg

SVG_NS = "{http://www.w3.org/2000/svg}"
SECRET_ID = hashlib.sha256(RESTRICTED_TEXT.encode("utf-8")).hexdigest()[:16]
SECRET_WORDS = ("Zanzibarite", "secret.example", SECRET_ID)


@pytest.fixture(scope="module")
def dated_app(tmp_path_factory):
    root = build_dated(tmp_path_factory.mktemp("web-dated"))
    return create_app({"ARCHIVE_ROOT": str(root.path), "TESTING": True}), root


@pytest.fixture
def dated_client(dated_app):
    return dated_app[0].test_client()


class Links(HTMLParser):
    """Every href of a page, and its visible text without tags."""

    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        href = dict(attrs).get("href")
        if tag == "a" and href:
            self.hrefs.append(href)

    def handle_data(self, data):
        self.text.append(data)


def parse(html: str) -> Links:
    links = Links()
    links.feed(html)
    return links


def get_ok(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code, response.data[:300])
    return response.get_data(as_text=True)


def svg_of(html: str) -> ET.Element:
    """The inline SVG of a page, parsed as XML (it must be well-formed)."""
    found = re.search(r"<svg\b.*?</svg>", html, re.DOTALL)
    assert found, "no inline SVG"
    return ET.fromstring(found.group(0))


def assert_accessible_svg(chart: ET.Element) -> None:
    assert chart.tag == f"{SVG_NS}svg" and chart.get("role") == "img"
    title, desc = chart.find(f"{SVG_NS}title"), chart.find(f"{SVG_NS}desc")
    assert title is not None and title.text and desc is not None and desc.text
    assert chart.get("aria-labelledby").split() == [title.get("id"), desc.get("id")]
    assert chart.get("style") is None and not any(e.get("style") for e in chart.iter())


def assert_no_inline_style_or_script(html: str) -> None:
    assert not re.search(r"<(script|style)\b|\sstyle=", html, re.IGNORECASE)


# --- people ---------------------------------------------------------------------------


def test_people_list_and_its_json_twin(client, web_archive):
    html = get_ok(client, "/people")
    data = client.get("/people.json").get_json()
    library = people(web_archive).to_dict()
    assert [(p["key"], p["name"], p["articles"]) for p in data["people"]] == \
        [(p["key"], p["name"], p["articles"]) for p in library["people"]]
    ablyazov = next(p for p in data["people"] if p["key"] == "abliasov")
    assert ablyazov["articles"] == 4 and ablyazov["url"] == "/person/abliasov"
    assert data["total"] == library["total"]
    page = parse(html)
    for entry in data["people"]:
        assert entry["url"] in page.hrefs
    assert re.search(r'href="/person/abliasov">Mukhtar Ablyazov</a></th>\s*<td class="num">4</td>', html)
    assert 'href="/people"' in html                 # the site's nav links the HTML page
    assert_no_inline_style_or_script(html)
    assert not any(word in html for word in SECRET_WORDS)


def test_people_paging_and_sorting(client):
    first = client.get("/people.json?limit=2").get_json()
    assert len(first["people"]) == 2 and first["links"]["previous"] is None
    second = client.get(first["links"]["next"].replace("/people?", "/people.json?")).get_json()
    assert second["page"] == 2 and not {p["key"] for p in first["people"]} & \
        {p["key"] for p in second["people"]}
    by_name = client.get("/people.json?sort=name&limit=500").get_json()
    surnames = [p["name"].split()[-1].casefold() for p in by_name["people"]]
    assert surnames == sorted(surnames)
    for bad in ("page=0", "page=x", "limit=501", "sort=age", "limit=-1"):
        assert client.get(f"/people?{bad}").status_code == 400, bad
        response = client.get(f"/people.json?{bad}")
        assert response.status_code == 400 and "error" in response.get_json(), bad


# --- a person ---------------------------------------------------------------------------


def test_person_page_shows_spellings_timeline_alongside_and_articles(client, web_archive):
    html = get_ok(client, "/person/abliasov")
    profile = person_profile(web_archive, "abliasov")
    assert "<h1>Mukhtar Ablyazov</h1>" in html
    for spelling in profile.spellings:
        assert re.search(rf'<th scope="row">{re.escape(spelling.form)}</th><td class="num">'
                         rf'{spelling.mentions}</td><td class="num">{spelling.articles}</td>', html)
    assert re.search(r'<th scope="row">Mukhtar Ablyazov</th><td class="num">3</td>'
                     r'<td class="num">2</td>', html)
    page = parse(html)
    items = [h for h in page.hrefs if h.startswith("/item/")]
    assert items == [f"/item/{a.id}" for a in profile.articles] and len(items) == 4
    assert "/person/jakianov" in page.hrefs
    assert "/search?person=Mukhtar+Ablyazov" in page.hrefs
    assert not any(word in html for word in SECRET_WORDS)
    assert_no_inline_style_or_script(html)


def test_person_timeline_svg_agrees_with_the_articles(client):
    html = get_ok(client, "/person/abliasov")
    data = client.get("/person/abliasov.json").get_json()
    chart = svg_of(html)
    assert_accessible_svg(chart)
    drawn = {}
    for rect in chart.iter(f"{SVG_NS}rect"):
        label, count = re.fullmatch(r"(.+): (\d+) articles?", rect.find(f"{SVG_NS}title").text).groups()
        drawn[label] = int(count)
    listed: dict[str, int] = {}
    for article in data["articles"]:
        if article["date"]:
            listed[article["date"][:7]] = listed.get(article["date"][:7], 0) + 1
    assert {m["month"]: m["count"] for m in data["months"]} == listed == \
        {"2002-05": 1, "2002-11": 1, "2004-04": 1}
    assert {k: v for k, v in drawn.items() if v} == {"May 2002": 1, "November 2002": 1, "April 2004": 1}
    assert len(drawn) == 24                         # every month from May 2002 to April 2004
    # the text alternative: a table with the same months and counts, and the undated one
    table = html[html.index('<details class="chart-data">'):html.index("</details>")]
    for label, count in (("May 2002", 1), ("November 2002", 1), ("April 2004", 1), ("Undated", 1)):
        assert re.search(rf">{label}(</a>)?</th><td class=\"num\">{count}</td>", table), label
    assert "/search?person=Mukhtar+Ablyazov&amp;from=2004-04&amp;to=2004-04" in table
    assert "2005" not in html                       # the restricted article's year


def test_person_json_twin_carries_the_page_data(client, web_archive):
    data = client.get("/person/abliasov.json").get_json()
    library = person_profile(web_archive, "abliasov").to_dict()
    for name in ("key", "name", "articles_total", "spellings", "imprecise", "undated", "pages"):
        assert data[name] == library[name], name
    assert [m["month"] for m in data["months"]] == [m["month"] for m in library["months"]]
    assert [(c["key"], c["count"]) for c in data["co_mentions"]] == \
        [(c["key"], c["count"]) for c in library["co_mentions"]]
    assert [a["id"] for a in data["articles"]] == [a["id"] for a in library["articles"]]
    assert all(a["url"] == f"/item/{a['id']}" for a in data["articles"])
    assert data["search_url"] == "/search?person=Mukhtar+Ablyazov"
    assert not any(word in str(data) for word in SECRET_WORDS)
    html = get_ok(client, "/person/abliasov")
    assert 'href="/person/abliasov.json"' in html


def test_person_by_full_name_or_any_index_term_is_the_same_person(client, web_archive):
    canonical = client.get("/person/abliasov.json").get_json()
    for asked in ("Mukhtar%20Ablyazov", "muktar%20abliasov", "Abliyazov"):
        data = client.get(f"/person/{asked}.json").get_json()
        assert data == canonical, asked
        html = get_ok(client, f"/person/{asked}")
        assert '<link rel="canonical" href="/person/abliasov">' in html
    # every term of the index's person field that a public article has leads to a person page
    from whoosh.query import And, Not, Term

    from archive.search.index import open_index
    with open_index(web_archive).searcher() as searcher:
        terms = [t.decode() if isinstance(t, bytes) else t for t in searcher.lexicon("person")]
        public = [t for t in terms if searcher.search(
            And([Term("person", t), Not(Term("restricted", True))]), limit=1)]
    assert len(public) > 30
    for term in public:
        assert client.get(f"/person/{quote(term, safe='')}.json").status_code == 200, term


def test_unknown_and_restricted_only_people_are_404(client, dated_client):
    for url in ("/person/nobody", "/person/nobody.json", "/person/Zanzibarite"):
        assert client.get(url).status_code == 404, url
    secret = dated_client.get("/person/Quixbury")
    missing = dated_client.get("/person/Quixburz")
    assert secret.status_code == missing.status_code == 404
    assert secret.get_data(as_text=True).replace("Quixbury", "X") == \
        missing.get_data(as_text=True).replace("Quixburz", "X")
    secret = dated_client.get("/person/Quixbury.json")
    missing = dated_client.get("/person/Quixburz.json")
    assert secret.status_code == 404 and secret.get_json()["error"].replace("Quixbury", "X") == \
        missing.get_json()["error"].replace("Quixburz", "X")
    people_page = get_ok(dated_client, "/people") + get_ok(dated_client, "/people.json")
    assert "Quixbury" not in people_page


def test_bad_person_arguments_are_400(client):
    for url in ("/person/abliasov?page=0", "/person/abliasov.json?limit=x", "/person/abliasov?page=99999999"):
        assert client.get(url).status_code == 400, url


# --- escaping ----------------------------------------------------------------------------


def test_names_and_keys_are_escaped(client, dated_app, dated_client):
    response = client.get("/person/%3Cscript%3Ealert(1)%20%26")
    assert response.status_code == 404
    body = response.get_data(as_text=True)
    assert "<script>" not in body and "&lt;script&gt;" in body
    body = dated_client.get("/dates/2003-05").get_data(as_text=True)
    assert "Quarry &lt;b&gt;council&lt;/b&gt; &amp; friends meet" in body and "<b>council" not in body
    app, _ = dated_app
    name = "<script>alert('x')</script> & \"Co\""
    chart = svg.bar_chart([svg.Bar(name, 2, name)], title=name, desc=name, id_prefix="x\"><y")
    parsed = ET.fromstring(chart)                   # still well-formed
    assert parsed.find(f"{SVG_NS}title").text == name and parsed.find(f"{SVG_NS}desc").text == name
    with app.test_request_context("/person/x"):
        data = person_profile(app.extensions["archive_root"], "sarsenbaeva").to_dict()
        data.update(name=name, url="/person/x", search_url="/search", links={},
                    co_mentions=[{"key": "x", "name": name, "count": 1, "url": "/person/x"}],
                    months=[], articles=[{"id": "0", "title": name, "date": name, "url": "/item/0"}])
        data["spellings"] = [{"form": name, "mentions": 1, "articles": 1}]
        html = render_template("person.html", data=data, chart=None, title=name)
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_svg_charts_are_well_formed_at_any_span():
    for months in ({}, {"2004-04": 3}, {"1950-01": 1, "2012-12": 2}, {"2003-12": 1, "2004-01": 5}):
        bars, _unit = svg.month_bars(months)
        chart = ET.fromstring(svg.bar_chart(bars, title="t", desc="d", id_prefix="p"))
        assert_accessible_svg(chart)
        assert sum(int(re.search(r": (\d+)", r.find(f"{SVG_NS}title").text).group(1))
                   for r in chart.iter(f"{SVG_NS}rect")) == sum(months.values())
        ticks = [t.text for t in chart.iter(f"{SVG_NS}text") if t.get("class") == "chart-tick"]
        assert len(ticks) <= svg.MAX_TICKS
    assert svg.month_bars({"1950-01": 1, "2012-12": 2})[1] == "year"


# --- dates --------------------------------------------------------------------------------


def test_dates_top_level(client, web_archive):
    html = get_ok(client, "/dates")
    data = client.get("/dates.json").get_json()
    assert [(c["period"], c["count"], c["url"]) for c in data["children"]] == [("2000s", 4, "/dates/2000s")]
    assert (data["total"], data["undated"]) == (6, 2)
    assert data == {**timeline(web_archive).to_dict(), **{k: data[k] for k in (
        "url", "children", "breadcrumbs", "articles", "search_url", "undated_url", "links")}}
    page = parse(html)
    assert "/dates/2000s" in page.hrefs and "/dates/undated" in page.hrefs
    assert "2005" not in html and "2005" not in str(data)
    assert_accessible_svg(svg_of(html))
    assert_no_inline_style_or_script(html)


def test_drill_down_by_links_reaches_every_public_article(client):
    """Follow the HTML links from /dates down to the days; the counts add up at every level."""
    seen: set[str] = set()

    def visit(url: str) -> int:
        html = get_ok(client, url)
        data = client.get(url + ".json").get_json()
        hrefs = parse(html).hrefs
        below = 0
        for child in data["children"]:
            assert child["url"] in hrefs
            below += child["count"]
            assert visit(child["url"]) == child["count"], child["url"]
        for article in data["articles"]:
            assert article["url"] in hrefs and article["id"] not in seen
            seen.add(article["id"])
        assert not any(word in html for word in SECRET_WORDS)
        if data["children"]:
            assert_accessible_svg(svg_of(html))
        return below + data["articles_total"]

    assert visit("/dates") == 4
    undated = client.get("/dates/undated.json").get_json()
    assert undated["articles_total"] == 2 and undated["total"] == 2
    seen |= {a["id"] for a in undated["articles"]}
    public = hashlib.sha256(PUBLIC_TEXT.encode("utf-8")).hexdigest()[:16]
    assert len(seen) == 6 and public in seen and SECRET_ID not in seen


def test_restricted_date_never_shows(client):
    decade = client.get("/dates/2000s.json").get_json()
    assert [c["period"] for c in decade["children"]] == ["2002", "2003", "2004"]
    assert "/dates/2005" not in get_ok(client, "/dates/2000s")
    for period in ("2005", "2005-03", "2005-03-03"):
        data = client.get(f"/dates/{period}.json").get_json()
        assert (data["total"], data["children"], data["articles"]) == (0, [], []), period
        html = get_ok(client, f"/dates/{period}")
        assert "/item/" not in html and not any(word in html for word in SECRET_WORDS)


def test_period_pages_link_to_search_and_up(client):
    data = client.get("/dates/2004-04.json").get_json()
    assert data["search_url"] == "/search?from=2004-04&to=2004-04"
    assert [c["url"] for c in data["breadcrumbs"]] == ["/dates", "/dates/2000s", "/dates/2004"]
    html = get_ok(client, "/dates/2004-04")
    assert 'href="/search?from=2004-04&amp;to=2004-04"' in html
    day = client.get("/dates/2004-04-06.json").get_json()
    assert [a["title"] for a in day["articles"]] == [
        "Kazakhstan: HRW Report Accuses Government Of Harassing Opposition"]
    assert client.get("/dates/1990s.json").get_json()["search_url"] == "/search?from=1990&to=1999"
    assert client.get("/dates/undated.json").get_json()["search_url"] is None


def test_coarse_dates_are_listed_at_their_level(dated_client):
    may = dated_client.get("/dates/2003-05.json").get_json()
    assert [c["period"] for c in may["children"]] == ["2003-05-20"]
    assert [a["date"] for a in may["articles"]] == ["2003-05"] and may["articles_note"] == "month only"
    html = get_ok(dated_client, "/dates/2003-05")
    assert "Dated only to the month (month only)" in html
    year = get_ok(dated_client, "/dates/2004")
    assert "Dated only to the year (year only)" in year and "2004-03/2004-05" in year
    assert "1980s" not in get_ok(dated_client, "/dates")   # only the restricted article is from then


@pytest.mark.parametrize("period", ["2004-13", "abc", "2004-02-30", "1995s", "0000", "2004-4",
                                    "%EF%BC%92%EF%BC%90%EF%BC%90%EF%BC%94", "x" * 300])
def test_bad_periods_are_400(client, period):
    response = client.get(f"/dates/{period}")
    assert response.status_code == 400
    assert "1990s" in response.get_data(as_text=True)
    response = client.get(f"/dates/{period}.json")
    assert response.status_code == 400 and "1990s" in response.get_json()["error"]


def test_only_reads(client):
    for url in ("/people", "/person/abliasov", "/dates", "/dates/2004"):
        assert client.post(url).status_code == 405
        assert client.head(url).status_code == 200
