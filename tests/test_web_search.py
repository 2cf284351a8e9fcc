"""The search page, its JSON twins and the CSV export, on the real web archive (seeds + invented articles).

The session archive holds six public articles and one restricted one (the word
"Zanzibarite", source secret.example, dated 2005, naming Mukhtar Ablyazov):
every test that can see results also checks that it never shows.
"""

from __future__ import annotations

import csv
import io
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest

from archive.preservation.catalog import list_items
from conftest import tag_count

PUBLIC_COUNT = 6


@pytest.fixture(scope="module")
def items(web_archive):
    found, errors = list_items(web_archive)
    assert not errors
    return found


@pytest.fixture(scope="module")
def restricted(items):
    [item] = [i for i in items if i.restricted]
    return item


@pytest.fixture(scope="module")
def public_ids(items):
    return {i.id for i in items if not i.restricted}


def twin(url: str) -> str:
    """The JSON twin of a search-page URL (``/search?x`` -> ``/search.json?x``)."""
    parts = urlsplit(url)
    return f"{parts.path.rstrip('/') or '/index'}.json" + (f"?{parts.query}" if parts.query else "")


def get_json(client, url: str) -> dict:
    response = client.get(url)
    assert response.status_code == 200, response.data[:500]
    assert response.content_type == "application/json"
    return response.get_json()


def hit_ids(data: dict) -> set[str]:
    return {h["id"] for h in data["hits"]}


# --- the routes ----------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["/", "/search"])
def test_search_page_lists_every_public_article(client, path, public_ids, restricted):
    response = client.get(path)
    assert response.status_code == 200
    assert response.content_type.startswith("text/html")
    html = response.get_data(as_text=True)
    assert f"{PUBLIC_COUNT} articles" in html
    for item_id in public_ids:
        assert f"/item/{item_id}" in html
    assert restricted.id not in html and "Zanzibarite" not in html
    assert 'action="/search"' in html


@pytest.mark.parametrize("path", ["/index.json", "/search.json"])
def test_json_twins_carry_the_same_results(client, path, public_ids):
    data = get_json(client, f"{path}?limit=100")
    assert data["total"] == PUBLIC_COUNT
    assert hit_ids(data) == public_ids
    assert set(data["facets"]) == {"pub_year", "source", "language", "kind", "person", "place"}
    html = client.get("/search?limit=100").get_data(as_text=True)
    for hit in data["hits"]:
        assert hit["url"] in html


def test_html_page_links_its_json_twin(client):
    html = client.get("/search?q=harbour").get_data(as_text=True)
    assert 'href="/search.json?q=harbour"' in html


def test_empty_query_sorts_by_date_and_a_query_by_relevance(client):
    browse = get_json(client, "/search.json?limit=100")
    assert browse["sort"] == "date"
    dates = [h["publication"] for h in browse["hits"]]
    assert dates == ["2002-05-13", "2002-11-20", "2003-06-14", "2004-04-06", None, None]
    assert get_json(client, "/search.json?q=harbour")["sort"] == "relevance"
    assert get_json(client, "/search.json?q=harbour&sort=date")["sort"] == "date"


def test_query_snippets_are_marked(client):
    data = get_json(client, "/search.json?q=harbour")
    assert data["total"] == 1
    assert "[[" in data["hits"][0]["snippet"]
    html = client.get("/search?q=harbour").get_data(as_text=True)
    assert "<mark>harbour</mark>" in html.lower()
    assert "[[" not in html
    assert "/item/" in html and "?q=harbour" in html


# --- person search -----------------------------------------------------------------------

def test_every_spelling_finds_the_same_public_articles(client, restricted):
    found = {}
    for spelling in ("Ablyazov", "Abliazov", "Abliyazov", "Mukhtar Ablyazov", "Mukhtar Abliyazov"):
        data = get_json(client, f"/search.json?person={spelling}")
        found[spelling] = hit_ids(data)
        assert restricted.id not in found[spelling]
    assert found["Ablyazov"] == found["Abliazov"] == found["Abliyazov"] and len(found["Ablyazov"]) == 4
    # A full name is that person: any spelling of it, within the surname's articles.
    assert found["Mukhtar Ablyazov"] == found["Mukhtar Abliyazov"]
    assert found["Mukhtar Ablyazov"] and found["Mukhtar Ablyazov"] <= found["Ablyazov"]


def test_person_search_explains_the_spelling_matched(client):
    html = client.get("/search?person=Ablyazov").get_data(as_text=True)
    assert "matched Abliazov as a spelling of Ablyazov" in html
    data = get_json(client, "/search.json?person=Abliyazov")
    explanations = [h["explanation"] for h in data["hits"]]
    assert "matched Ablyazov as a spelling of Abliyazov" in explanations
    assert all(e for e in explanations)


def test_person_links_to_the_article_carry_the_person(client):
    data = get_json(client, "/search.json?person=Abliazov")
    assert all("person=Abliazov" in h["url"] for h in data["hits"])


# --- facets ------------------------------------------------------------------------------

def _facet(data: dict, name: str, value: str) -> dict:
    key = "name" if name == "person" else "value"
    [entry] = [e for e in data["facets"][name] if e[key] == value]
    return entry


def test_year_facet_narrows_and_can_be_removed(client):
    data = get_json(client, "/search.json")
    entry = _facet(data, "pub_year", "2002")
    assert entry["count"] == 2 and not entry["active"]
    assert parse_qs(urlsplit(entry["url"]).query) == {"from": ["2002"], "to": ["2002"]}
    narrowed = get_json(client, twin(entry["url"]))
    assert narrowed["total"] == 2
    assert all(h["publication"].startswith("2002") for h in narrowed["hits"])
    active = _facet(narrowed, "pub_year", "2002")
    assert active["active"]
    assert get_json(client, twin(active["remove_url"]))["total"] == PUBLIC_COUNT
    assert narrowed["filters"][0]["label"] == "Date: 2002"


def test_source_person_and_kind_facets_narrow(client):
    data = get_json(client, "/search.json")
    source = get_json(client, twin(_facet(data, "source", "caldenbay.example")["url"]))
    assert source["total"] == 1 and source["hits"][0]["source"] == "caldenbay.example"
    person = _facet(data, "person", "Mukhtar Ablyazov")
    assert person["count"] == 4
    narrowed = get_json(client, twin(person["url"]))
    assert narrowed["total"] == 4 and _facet(narrowed, "person", "Mukhtar Ablyazov")["active"]
    kind = get_json(client, twin(_facet(data, "kind", "text")["url"]))
    assert kind["query"] == "kind:text" and kind["total"] == PUBLIC_COUNT


def test_facet_links_keep_the_current_search(client):
    html = client.get("/search?q=Ablyazov").get_data(as_text=True)
    assert 'href="/search?q=Ablyazov&amp;from=2002&amp;to=2002"' in html
    year = _facet(get_json(client, "/search.json?q=Ablyazov"), "pub_year", "2002")
    data = get_json(client, "/search.json?q=Ablyazov&from=2002&to=2002")
    assert data["total"] == year["count"] >= 1 and data["query"] == "Ablyazov"
    html = client.get("/search?q=Ablyazov&from=2002&to=2002").get_data(as_text=True)
    assert "remove" in html and 'href="/search?q=Ablyazov"' in html


# --- dates, sort, pages -------------------------------------------------------------------

@pytest.mark.parametrize("query, expected", [
    ("from=2002&to=2002", ["2002-05-13", "2002-11-20"]),
    ("from=2002-11&to=2003", ["2002-11-20", "2003-06-14"]),
    ("from=2003-06-14&to=2003-06-14", ["2003-06-14"]),
    ("from=2004", ["2004-04-06"]),
    ("to=2002-05", ["2002-05-13"]),
    ("from=2004&undated=1", ["2004-04-06", None, None]),
])
def test_date_filters(client, query, expected):
    data = get_json(client, f"/search.json?{query}&sort=date")
    assert [h["publication"] for h in data["hits"]] == expected


def test_pagination_is_bounded_and_linked(client):
    data = get_json(client, "/search.json?limit=2&page=2")
    assert data["pages"] == 3 and data["page"] == 2 and len(data["hits"]) == 2
    pages = data["pagination"]
    assert pages["prev"] == "/search?limit=2" and pages["next"] == "/search?page=3&limit=2"
    assert [n["number"] for n in pages["numbers"]] == [1, 2, 3]
    html = client.get("/search?limit=2&page=3").get_data(as_text=True)
    assert 'rel="prev"' in html and 'rel="next"' not in html and 'aria-current="page"' in html
    first_pages = {h["id"] for p in (1, 2, 3)
                   for h in get_json(client, f"/search.json?limit=2&page={p}")["hits"]}
    assert len(first_pages) == PUBLIC_COUNT


def test_page_numbers_skip_far_pages():
    from web.views_search import page_numbers
    assert page_numbers(50, 100) == [1, None, 48, 49, 50, 51, 52, None, 100]
    assert page_numbers(1, 1) == [1]


# --- the restricted article ----------------------------------------------------------------

RESTRICTED_PROBES = [
    "", "q=Zanzibarite", "q=ledger", "q=Ablyazov", "person=Ablyazov", "person=Zhakiyanov",
    "q=source:secret.example", "source=secret.example", "q=pub_year:2005", "from=2005&to=2005",
    "from=2005&undated=1", "q=Zanzi*", "q=closed", "language=en", "sort=date&limit=100",
]


@pytest.mark.parametrize("query", RESTRICTED_PROBES)
def test_restricted_article_never_shows(client, restricted, query):
    data = get_json(client, f"/search.json?{query}")
    assert restricted.id not in hit_ids(data)
    text = str(data)
    assert restricted.id not in text and "Closed session" not in text
    assert "Zanzibarite" not in str(data["hits"]) and "secret.example" not in str(data["facets"])
    assert "2005" not in [e["value"] for e in data["facets"]["pub_year"]]
    html = client.get(f"/search?{query}").get_data(as_text=True)
    assert restricted.id not in html and "Closed session" not in html
    csv_text = client.get(f"/search.csv?{query}").get_data(as_text=True)
    assert restricted.id not in csv_text and "Zanzibarite" not in csv_text


def test_restricted_article_is_not_counted_in_facets(client):
    data = get_json(client, "/search.json")
    assert _facet(data, "person", "Mukhtar Ablyazov")["count"] == 4
    assert {e["value"] for e in data["facets"]["source"]} == {
        "unknown", "eurasia.example", "steppe.example", "caldenbay.example"}
    assert sum(e["count"] for e in data["facets"]["pub_year"]) == PUBLIC_COUNT
    en = _facet(data, "language", "en")
    assert en["count"] == PUBLIC_COUNT   # every public article is English; the restricted one (also "en") is not counted
    assert get_json(client, "/search.json?q=Zanzibarite")["total"] == 0
    assert get_json(client, "/search.json?source=secret.example")["total"] == 0


# --- CSV export -------------------------------------------------------------------------

def read_csv(response) -> list[dict]:
    return list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))


def test_csv_export_has_every_column(client, items):
    response = client.get("/search.csv?person=Abliazov")
    assert response.status_code == 200
    assert response.mimetype == "text/csv"
    assert response.headers["X-Export-Limit"] == "10000"
    assert response.headers["X-Result-Total"] == "4"
    assert "attachment" in response.headers["Content-Disposition"]
    rows = read_csv(response)
    assert len(rows) == 4
    assert list(rows[0]) == ["id", "title", "publication", "source", "url", "sha256", "snippet"]
    by_id = {i.id: i for i in items}
    for row in rows:
        assert row["sha256"] == by_id[row["id"]].sha256
        assert row["url"] == f"http://localhost/item/{row['id']}"
        assert "[[" not in row["snippet"] and "]]" not in row["snippet"]
    assert any("Abliazov" in row["snippet"] for row in rows)


def test_csv_export_pages_through_search_and_stops_at_its_bound(client, monkeypatch, public_ids):
    import web.views_search as views
    monkeypatch.setattr(views, "EXPORT_PAGE", 2)            # three search pages for six rows
    rows = read_csv(client.get("/search.csv"))
    assert {r["id"] for r in rows} == public_ids and len(rows) == PUBLIC_COUNT
    monkeypatch.setattr(views, "EXPORT_LIMIT", 3)
    response = client.get("/search.csv")
    assert response.headers["X-Export-Limit"] == "3"
    assert len(read_csv(response)) == 3


def test_csv_export_is_streamed(client):
    response = client.get("/search.csv")
    assert response.is_streamed


# --- hostile and bad requests ------------------------------------------------------------

@pytest.mark.parametrize("query, message", [
    ("q=*a*", "trailing *"),
    ("q=ka*", "at least 3 letters"),
    ("q=" + "a" * 1500, "longer than 1000"),
    ("page=x", "page must be a whole number"),
    ("page=0", "page must be a whole number"),
    ("page=10001", "page must be a whole number"),
    ("page=-1", "page must be a whole number"),
    ("limit=101", "limit must be a whole number"),
    ("limit=1e3", "limit must be a whole number"),
    ("sort=random", "sort must be"),
    ("undated=maybe", "undated must be"),
    ("from=soon", "not a date"),
    ("from=2005&to=2002", "is after"),
    ("person=" + "x" * 300, "longer than 200"),
])
def test_bad_parameters_are_400_with_the_message(client, query, message):
    for path in ("/search", "/search.json", "/search.csv", "/"):
        response = client.get(f"{path}?{query}")
        assert response.status_code == 400, (path, query)
        assert message in unescape(response.get_data(as_text=True))
    assert client.get(f"/search.json?{query}").get_json()["status"] == 400


def test_a_huge_query_string_is_refused_not_crashed(client):
    response = client.get("/search?q=" + "a" * 10_000)
    assert 400 <= response.status_code < 500


def test_script_in_the_query_is_escaped(client):
    for query in ("%3Cscript%3Ealert(1)%3C/script%3E", "%22%3Cscript%3Ealert(1)%3C/script%3E%22"):
        response = client.get(f"/search?q={query}")
        assert response.status_code in (200, 400)
        html = response.get_data(as_text=True)
        assert tag_count(html, "script") == 0
        assert "&lt;script&gt;" in html
    response = client.get("/search?person=%3Cscript%3Ealert(1)%3C/script%3E")
    assert tag_count(response.get_data(as_text=True), "script") == 0


@pytest.mark.parametrize("path", ["/", "/search", "/search.json", "/index.json", "/search.csv"])
def test_writes_are_refused(client, path):
    assert client.post(path).status_code == 405
    assert client.put(path).status_code == 405


def test_head_answers(client):
    assert client.head("/search?q=harbour").status_code == 200
