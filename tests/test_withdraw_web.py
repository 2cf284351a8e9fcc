"""The site and OAI-PMH after ``archive withdraw``: 410 tombstones, gone from every listing,
deleted records (also through a real harvester, Sickle, against a live ``archive serve``).

The archive is the web tests' one (five seeds, an invented public and an invented
restricted article) plus a news feed, built for this module in its own folder; then the
public article is withdrawn, a seed purged, the feed withdrawn and the restricted article
withdrawn too. What the site showed before is recorded first, to compare.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from types import SimpleNamespace

import pytest
from sickle import Sickle
from sickle.oaiexceptions import IdDoesNotExist

from archive.preservation.catalog import get_item
from archive.search.index import open_index
from archive.search.intake import ingest_and_index
from archive.search.searching import search
from archive.search.withdrawing import withdraw_and_index
from tests.conftest import build_web_archive, shared
from tests.fixtures import write
from tests.test_containers import rss
from tests.test_oai_harvest import REQUEST_TIMEOUT_S, _free_port, _wait_until_answering
from web import create_app

REPO = "news-article-archive"
OAI = "{http://www.openarchives.org/OAI/2.0/}"


def _app(root):
    return create_app({"ARCHIVE_ROOT": str(root.path), "TESTING": True}).test_client()


def _public_ids(client) -> set[str]:
    found, page = set(), 1
    while True:
        data = client.get(f"/search.json?limit=100&page={page}").get_json()
        found |= {hit["id"] for hit in data["hits"]}
        if page >= data["pages"]:
            return found
        page += 1


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> SimpleNamespace:
    """The archive after the withdrawals, what its site showed before, and who was withdrawn."""
    folder = tmp_path_factory.mktemp("withdrawn-web")
    root = build_web_archive(folder, shared("corpus", "seeds"))
    feeds = folder / "feeds"
    feeds.mkdir()
    write(feeds, "courier.xml", rss())
    ingest_and_index(root, [feeds])
    client = _app(root)
    harbour = search(root, "harbour").hits[0].id
    seed = search(root, "Kazakstan").hits[0].id
    restricted = search(root, "Zanzibarite", include_restricted=True).hits[0].id
    with open_index(root).searcher() as searcher:
        feed = next(f["id"] for f in searcher.documents(kind="feed"))
        articles = sorted(f["id"] for f in searcher.documents(container=feed))
    before = SimpleNamespace(ids=_public_ids(client), people=client.get("/people.json?limit=200").get_json(),
                             year=client.get("/dates/2003.json").get_json(),
                             sources=client.get("/search.json").get_json()["facets"]["source"],
                             oai=client.get("/oai?verb=Identify").get_data(as_text=True))
    withdraw_and_index(root, harbour, "A takedown request from the board", "clerk")
    withdraw_and_index(root, seed, "Court order 12/2024", "clerk", purge=True)
    withdraw_and_index(root, feed, "The publisher asked us to", "clerk")
    withdraw_and_index(root, restricted, "No longer needed", "clerk")
    return SimpleNamespace(root=root, client=_app(root), before=before, harbour=harbour, seed=seed,
                           feed=feed, articles=articles, restricted=restricted)


# --- item pages: 410 with a tombstone -----------------------------------------------------


def test_the_page_of_a_withdrawn_item_is_410_with_a_tombstone_and_no_content(site):
    item = get_item(site.root, site.harbour)
    day = item.withdrawal["eventDateTime"][:10]
    page = site.client.get(f"/item/{site.harbour}")
    assert page.status_code == 410
    html = page.get_data(as_text=True)
    assert f"withdrawn from the archive on {day}" in html and "A takedown request from the board" in html
    assert "harbour.txt" in html and item.sha256 in html and f"/item/{site.harbour}" in html
    for content in ("sea wall", "Qoshanov", "CALDEN BAY", "approved"):
        assert content not in html
    assert page.headers["Content-Security-Policy"].startswith("default-src 'none'")
    twin = site.client.get(f"/item/{site.harbour}.json")
    assert twin.status_code == 410
    data = twin.get_json()
    assert data["gone"] is True and data["withdrawn"] == day and data["purged"] is None
    assert data["reason"] == "A takedown request from the board" and data["sha256"] == item.sha256
    assert data["citation"].startswith("\u201charbour.txt.\u201d https://www.caldenbay.example/news/1, 2003-06-14.")
    assert "text" not in data and "sea wall" not in str(data)
    assert site.client.head(f"/item/{site.harbour}").status_code == 410


def test_the_original_and_the_citations_of_a_withdrawn_item_answer_410(site):
    item = get_item(site.root, site.harbour)
    payload = item.payload.read_bytes()            # still in the bag: withdrawn, not purged
    for path in ("original", "cite.txt", "cite.bib"):
        answer = site.client.get(f"/item/{site.harbour}/{path}")
        assert answer.status_code == 410 and payload not in answer.get_data()
        assert "attachment" not in answer.headers.get("Content-Disposition", "")


def test_a_purged_item_says_when_its_payload_was_removed(site):
    data = site.client.get(f"/item/{site.seed}.json")
    assert data.status_code == 410
    facts = data.get_json()
    assert facts["purged"] == facts["withdrawn"] and facts["reason"] == "Court order 12/2024"
    html = site.client.get(f"/item/{site.seed}").get_data(as_text=True)
    assert "Its original was removed from the store on" in html and "Court order 12/2024" in html
    assert "Kazakstan" not in html
    assert site.client.get(f"/item/{site.seed}/original").status_code == 410


def test_each_article_of_a_withdrawn_feed_answers_410_and_an_unknown_one_404(site):
    assert len(site.articles) == 3
    for article in site.articles:
        answer = site.client.get(f"/item/{article}.json")
        assert answer.status_code == 410
        data = answer.get_json()
        assert data["article_of"] == site.feed and data["reason"] == "The publisher asked us to"
        assert data["citation"].startswith("An article of \u201ccourier.xml\u201d")
        html = site.client.get(f"/item/{article}").get_data(as_text=True)
        assert "quarrybrook" not in html and "Footbridge" not in html
    assert site.client.get(f"/item/{site.feed}").status_code == 410
    assert site.client.get(f"/item/{site.feed}-00000000").status_code == 404


def test_a_withdrawn_restricted_item_stays_as_invisible_as_it_was(site):
    for path in (f"/item/{site.restricted}", f"/item/{site.restricted}.json", f"/item/{site.restricted}/original"):
        answer = site.client.get(path)
        assert answer.status_code == 404 and "No longer needed" not in answer.get_data(as_text=True)


# --- gone from every listing ----------------------------------------------------------------


def test_withdrawn_items_leave_search_facets_and_the_csv(site):
    gone = {site.harbour, site.seed, site.feed, *site.articles}
    assert gone <= site.before.ids
    assert _public_ids(site.client) == site.before.ids - gone
    for words in ("harbour", "quarrybrook"):
        assert site.client.get(f"/search.json?q={words}").get_json()["total"] == 0
    others = site.client.get("/search.json?q=Kazakstan").get_json()["hits"]
    assert others and site.seed not in {hit["id"] for hit in others}
    sources = {f["value"] for f in site.client.get("/search.json").get_json()["facets"]["source"]}
    assert "caldenbay.example" in {f["value"] for f in site.before.sources} and "caldenbay.example" not in sources
    csv = site.client.get("/search.csv").get_data(as_text=True)
    assert not any(item_id in csv for item_id in gone)


def test_withdrawn_items_leave_the_people_and_dates_pages(site):
    def names(listing: dict) -> set[str]:
        return {person["key"] for person in listing["people"]}
    before, after = names(site.before.people), names(site.client.get("/people.json?limit=200").get_json())
    assert "koshanov" in before and "koshanov" not in after          # named only in the withdrawn article
    person = site.client.get("/person/koshanov.json")
    assert person.status_code == 404 or site.harbour not in person.get_data(as_text=True)
    assert site.before.year["total"] == 1
    assert site.client.get("/dates/2003.json").get_json()["total"] == 0


# --- OAI-PMH --------------------------------------------------------------------------------


def _headers(xml: str) -> dict[str, str | None]:
    """identifier -> status of every header in a response."""
    return {m.group(2): m.group(1) for m in re.finditer(
        r'<header(?: status="(\w+)")?><identifier>oai:[^:]+:([^<]+)</identifier>', xml)}


def test_oai_lists_withdrawn_records_as_deleted_and_never_the_restricted_one(site):
    listing = site.client.get("/oai?verb=ListIdentifiers&metadataPrefix=oai_dc").get_data(as_text=True)
    headers = _headers(listing)
    for item_id in (site.harbour, site.seed, site.feed, *site.articles):
        assert headers[item_id] == "deleted"
    assert site.restricted not in headers
    assert all(status is None for item_id, status in headers.items() if item_id in _public_ids(site.client))
    records = site.client.get("/oai?verb=ListRecords&metadataPrefix=oai_dc").get_data(as_text=True)
    deleted = re.search(rf'<record><header status="deleted"><identifier>oai:{REPO}:{site.harbour}</identifier>'
                        r'.*?</record>', records).group(0)
    assert "<metadata>" not in deleted and "harbour" not in deleted.split("</identifier>")[1]
    assert "Zanzibarite" not in records and "sea wall" not in records


def test_oai_getrecord_and_selective_harvest_by_the_withdrawal_datestamp(site):
    got = site.client.get(f"/oai?verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:{REPO}:{site.harbour}")
    xml = got.get_data(as_text=True)
    assert '<header status="deleted">' in xml and "<metadata>" not in xml
    stamp = re.search(r"<datestamp>([^<]+)</datestamp>", xml).group(1)
    withdrawn = get_item(site.root, site.harbour).withdrawal["eventDateTime"]
    assert stamp == withdrawn[:19] + "Z"
    later = _headers(site.client.get(f"/oai?verb=ListIdentifiers&metadataPrefix=oai_dc&from={stamp}")
                     .get_data(as_text=True))
    assert later[site.harbour] == "deleted"
    earlier = site.client.get(f"/oai?verb=ListIdentifiers&metadataPrefix=oai_dc&until={_second_before(stamp)}")
    assert site.harbour not in _headers(earlier.get_data(as_text=True))
    restricted = site.client.get(
        f"/oai?verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:{REPO}:{site.restricted}")
    assert 'code="idDoesNotExist"' in restricted.get_data(as_text=True)
    identify = site.client.get("/oai?verb=Identify").get_data(as_text=True)
    assert "<deletedRecord>persistent</deletedRecord>" in identify
    earliest = re.compile(r"<earliestDatestamp>([^<]+)</earliestDatestamp>")
    assert earliest.search(identify).group(1) == earliest.search(site.before.oai).group(1)


def _second_before(stamp: str) -> str:
    from datetime import datetime, timedelta
    moment = datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ") - timedelta(seconds=1)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


@pytest.fixture(scope="module")
def endpoint(site, tmp_path_factory) -> Iterator[str]:
    """The /oai URL of a live ``archive serve`` on the withdrawn archive (killed at the end)."""
    port = _free_port()
    env = {**os.environ, "ARCHIVE_OAI_PAGE_SIZE": "3"}
    env.pop("ARCHIVE_ROOT", None)
    log = tmp_path_factory.mktemp("serve-withdrawn") / "stderr.log"
    with open(log, "wb") as stderr:
        process = subprocess.Popen(
            [sys.executable, "-m", "archive", "serve", "--host", "127.0.0.1", "--port", str(port),
             "--workers", "2", "--root", str(site.root.path)],
            env=env, stdout=subprocess.DEVNULL, stderr=stderr, start_new_session=True)
    url = f"http://127.0.0.1:{port}/oai"
    try:
        _wait_until_answering(f"{url}?verb=Identify", process, log)
        yield url
    finally:
        try:
            os.killpg(process.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=5)


def test_a_sickle_harvest_sees_the_deleted_records(site, endpoint):
    sickle = Sickle(endpoint, max_retries=0, timeout=REQUEST_TIMEOUT_S)
    assert sickle.Identify().deletedRecord == "persistent"
    records = list(sickle.ListRecords(metadataPrefix="oai_dc"))
    by_id = {r.header.identifier.rsplit(":", 1)[1]: r for r in records}
    assert len(by_id) == len(records)
    gone = {site.harbour, site.seed, site.feed, *site.articles}
    assert {i for i, r in by_id.items() if r.deleted} == gone
    assert {i for i, r in by_id.items() if not r.deleted} == _public_ids(site.client)
    assert site.restricted not in by_id
    for item_id in gone:
        assert by_id[item_id].header.deleted and "<metadata" not in by_id[item_id].raw
    single = sickle.GetRecord(identifier=f"oai:{REPO}:{site.seed}", metadataPrefix="oai_dc")
    assert single.deleted and single.header.datestamp == \
        get_item(site.root, site.seed).withdrawal["eventDateTime"][:19] + "Z"
    with pytest.raises(IdDoesNotExist):
        sickle.GetRecord(identifier=f"oai:{REPO}:{site.restricted}", metadataPrefix="oai_dc")
