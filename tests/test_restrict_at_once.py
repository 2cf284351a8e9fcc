"""Restricting takes effect at once: after ``amend_and_index(... dcterms.accessRights=restricted)``
returns, no later request to a site that was already running shows the item anywhere.

ONE Flask app is made before any amendment and used throughout, through its test client:
every page is asked for first (so that every cache the app and the library keep, the kept
searcher and its columns, the browse snapshot, the OAI-PMH listings, is filled with the item
in it), then the item is restricted, and the same app is asked again: the article's page and
its JSON twin, its original and citations, search (HTML, JSON, CSV; its facets and filters),
the people and dates pages, and OAI-PMH (GetRecord, ListIdentifiers, ListRecords, by set).
A news feed restricted the same way takes every one of its articles with it; making an item
public again brings it back, at once too.
"""

from __future__ import annotations

import re
from types import SimpleNamespace
from urllib.parse import parse_qs, quote, quote_plus, urlsplit

import pytest

from archive.search.amending import amend_and_index
from archive.search.index import open_index
from archive.search.intake import ingest_and_index
from archive.search.searching import search
from tests.conftest import build_web_archive, shared
from tests.fixtures import write
from tests.test_containers import rss
from web import create_app

#: what only the public article harbour.txt says (tests/conftest.py PUBLIC_TEXT)
HARBOUR_MARKS = ("Qoshanov", "sea wall repairs")
#: what only the feed's articles say (tests/test_containers.py ITEMS)
FEED_WORD = "quarrybrook"


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> SimpleNamespace:
    """The web tests' archive plus a news feed, and ONE app made before anything is restricted."""
    folder = tmp_path_factory.mktemp("restrict-at-once")
    root = build_web_archive(folder, shared("corpus", "seeds"))
    feeds = folder / "feeds"
    feeds.mkdir()
    write(feeds, "courier.xml", rss())
    ingest_and_index(root, [feeds])
    client = create_app({"ARCHIVE_ROOT": str(root.path), "TESTING": True}).test_client()
    harbour = search(root, "harbour").hits[0].id
    with open_index(root).searcher() as searcher:
        feed = next(f["id"] for f in searcher.documents(kind="feed"))
        articles = sorted(f["id"] for f in searcher.documents(container=feed))
    listing = client.get("/oai?verb=ListIdentifiers&metadataPrefix=oai_dc").get_data(as_text=True)
    prefix = re.search(rf"<identifier>(oai:[^<]+:){harbour}</identifier>", listing).group(1)
    return SimpleNamespace(root=root, client=client, harbour=harbour, feed=feed, articles=articles,
                           oai=prefix)


def _item_paths(item_id: str) -> list[str]:
    return [f"/item/{item_id}{tail}" for tail in ("", ".json", "/original", "/cite.txt", "/cite.bib")]


def _harbour_listings(site) -> list[str]:
    """Every listing and search that names the public article harbour.txt while it is public."""
    get_record = f"/oai?verb=GetRecord&metadataPrefix=oai_dc&identifier={site.oai}{site.harbour}"
    return ["/", "/index.json", "/search?q=harbour", "/search.json?q=harbour", "/search.csv?q=harbour",
            "/search.json", "/search.csv", "/search.json?person=Erlan+Qoshanov", "/search.json?place=Calden+Bay",
            "/search.json?source=caldenbay.example", "/search?source=caldenbay.example&q=board",
            "/search.json?from=2003-06-14&to=2003-06-14", "/people", "/people.json?limit=500",
            "/people.json?sort=name&limit=500", "/person/koshanov", "/person/koshanov.json",
            "/dates/2003-06-14", "/dates/2003-06-14.json",
            "/oai?verb=ListIdentifiers&metadataPrefix=oai_dc", "/oai?verb=ListRecords&metadataPrefix=oai_dc",
            "/oai?verb=ListRecords&metadataPrefix=oai_dc&set=source:caldenbay.example", get_record]


def _shows(client, path: str, marks: tuple[str, ...]) -> list[str]:
    """Which of ``marks`` the answer to ``path`` shows (none for an answer that is not 200)."""
    answer = client.get(path)
    if answer.status_code != 200:
        return []
    body = answer.get_data(as_text=True)
    for values in parse_qs(urlsplit(path).query).values():    # the request's own words echoed: not a sighting
        for value in values:
            for echoed in (quote_plus(value), quote(value), value):
                body = body.replace(echoed, "")
    return [mark for mark in marks if mark in body]


def _facet_values(client, name: str) -> set[str]:
    return {facet["value"] for facet in client.get("/search.json").get_json()["facets"][name]}


def _year_total(client, year: str) -> int:
    return client.get(f"/dates/{year}.json").get_json()["total"]


def test_restricting_an_article_takes_it_off_every_page_of_a_running_site_at_once(site):
    client, harbour = site.client, site.harbour
    marks = (harbour, *HARBOUR_MARKS)
    for path in _item_paths(harbour):
        assert client.get(path).status_code == 200, path
    for path in _harbour_listings(site):                   # fills every cache with the article in it
        assert _shows(client, path, marks), path
    assert "caldenbay.example" in _facet_values(client, "source")
    assert "koshanov" in str(client.get("/search.json").get_json()["facets"]["person"]).lower()
    before_2003 = _year_total(client, "2003")
    assert before_2003 >= 1

    done = amend_and_index(site.root, harbour, ["dcterms.accessRights=restricted"],
                           "Names a witness under protection", "clerk")
    assert done.amendment.restricted and not done.amendment.was_restricted and not done.index.error

    for path in _item_paths(harbour):
        answer = client.get(path)
        assert answer.status_code == 404, path
        assert not any(mark in answer.get_data(as_text=True) for mark in HARBOUR_MARKS), path
    for path in _harbour_listings(site):
        assert _shows(client, path, marks) == [], path
    assert "caldenbay.example" not in _facet_values(client, "source")
    assert "koshanov" not in str(client.get("/search.json").get_json()["facets"]["person"]).lower()
    assert _year_total(client, "2003") == before_2003 - 1
    got = client.get(f"/oai?verb=GetRecord&metadataPrefix=oai_dc&identifier={site.oai}{harbour}")
    assert 'code="idDoesNotExist"' in got.get_data(as_text=True)
    assert "caldenbay.example" not in client.get("/oai?verb=ListSets").get_data(as_text=True)


def test_restricting_a_feed_takes_every_article_of_it_off_the_site_at_once(site):
    client, feed = site.client, site.feed
    marks = (feed, *site.articles)
    listings = [f"/search.json?q={FEED_WORD}", f"/search.csv?q={FEED_WORD}", "/search.json?limit=100",
                "/search.csv", "/oai?verb=ListIdentifiers&metadataPrefix=oai_dc",
                "/oai?verb=ListRecords&metadataPrefix=oai_dc"]
    for path in listings:
        assert _shows(client, path, marks), path
    for article in site.articles:
        assert client.get(f"/item/{article}.json").status_code == 200

    amend_and_index(site.root, feed, {"dcterms.accessRights": ["Restricted"]}, "Publisher's request", "clerk")

    for path in listings:
        assert _shows(client, path, marks) == [], path
    for article in site.articles:
        for path in _item_paths(article)[:2]:
            assert client.get(path).status_code == 404, path
        got = client.get(f"/oai?verb=GetRecord&metadataPrefix=oai_dc&identifier={site.oai}{article}")
        assert 'code="idDoesNotExist"' in got.get_data(as_text=True)
    assert client.get(f"/item/{feed}/original").status_code == 404
    assert client.get(f"/search.json?q={FEED_WORD}").get_json()["total"] == 0


def test_making_it_public_again_brings_it_back_at_once(site):
    client, harbour = site.client, site.harbour
    if client.get(f"/item/{harbour}").status_code == 200:      # run alone: restrict it first
        amend_and_index(site.root, harbour, ["dcterms.accessRights=restricted"], "Check", "clerk")
        assert client.get(f"/item/{harbour}").status_code == 404
    amend_and_index(site.root, harbour, ["dcterms.accessRights="], "The protection order ended", "clerk")
    assert client.get(f"/item/{harbour}").status_code == 200
    assert client.get(f"/item/{harbour}/original").status_code == 200
    for path in ("/search.json?q=harbour", "/people.json?limit=500", "/dates/2003-06-14.json",
                 "/oai?verb=ListIdentifiers&metadataPrefix=oai_dc"):
        assert _shows(client, path, (harbour, *HARBOUR_MARKS)), path
