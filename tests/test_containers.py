"""One file, several articles: news feeds and web archives, ingested, indexed, shown and cited.

Every feed and WARC here is written by the test (RSS 2.0, Atom, RSS 1.0 with
invented items; WARC through warcio's own writer), then goes through the real
ingest, a real index in tmp_path, the real CLI and the Flask app.
"""

from __future__ import annotations

import gzip
import io
import json

import pytest
from whoosh.query import Every

from archive.preservation.catalog import load_item
from archive.preservation.identify import identify
from archive.preservation.ingest import ingest
from archive.search.index import open_index
from archive.search.intake import ingest_and_index
from archive.search.reindex import reindex
from archive.search.searching import search
from tests.conftest import bags
from tests.fixtures import undecodable_text, write
from web import create_app

ITEMS = [
    ("urn:item:ferry", "Ferry timetable changes in October",
     "<p>The evening crossing to Ostervale will run later than before, the harbour board said.</p>"
     "<nav>Home | Sport | Weather</nav>", "Tue, 03 May 2016 10:00:00 GMT"),
    ("urn:item:bridge", "Footbridge approved after long debate",
     "<p>Councillors approved the quarrybrook footbridge on Tuesday evening.</p>", "Wed, 04 May 2016 09:30:00 GMT"),
    ("urn:item:nurses", "Hospital trust warns of nurse shortage",
     "<p>The trust said forty posts were vacant across the district.</p>", "Thu, 05 May 2016 08:15:00 GMT"),
]


def rss(items=ITEMS, title: str = "Calden Bay Courier") -> bytes:
    """An RSS 2.0 feed of ``items`` (guid, title, HTML description, pubDate)."""
    entries = "".join(
        f"<item><guid isPermaLink=\"false\">{guid}</guid><title>{head}</title>"
        f"<link>https://courier.example/{guid.rsplit(':', 1)[-1]}</link>"
        f"<author>desk@courier.example (Mara Velt)</author><category>Local</category>"
        f"<description><![CDATA[{body}]]></description><pubDate>{date}</pubDate></item>"
        for guid, head, body, date in items)
    return (f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>{title}</title>'
            f"<link>https://courier.example/</link><description>News of the bay</description>"
            f"<language>en-gb</language>{entries}</channel></rss>\n").encode()


ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour notes</title><id>urn:feed:notes</id>
<updated>2017-01-02T10:00:00Z</updated>
<entry><id>urn:note:1</id><title>Dredging starts next week</title><updated>2017-01-02T10:00:00Z</updated>
<link href="https://notes.example/1"/><content type="html">&lt;p&gt;Dredging of the outer harbour starts on Monday and will take three weeks.&lt;/p&gt;</content></entry>
</feed>
""".encode()

RDF = """<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
<channel rdf:about="https://old.example/"><title>Old wire</title><link>https://old.example/</link><description>d</description></channel>
<item rdf:about="https://old.example/a"><title>Market hall to close</title><link>https://old.example/a</link>
<description>The market hall will close for repairs in the spring.</description></item>
</rdf:RDF>
""".encode()


def _documents(root) -> dict[str, dict]:
    with open_index(root).searcher() as searcher:
        return {fields["id"]: dict(fields) for fields in searcher.documents()}


def _live_ids(root) -> set[str]:
    with open_index(root).searcher() as searcher:
        return {searcher.stored_fields(d)["id"] for d in searcher.docs_for_query(Every())}


# --- identification ----------------------------------------------------------------------


@pytest.mark.parametrize("data, name, kind", [
    (rss(), "courier.xml", "feed"), (ATOM, "notes.atom", "feed"), (RDF, "wire.rdf", "feed"),
    (b'<?xml version="1.0"?><catalogue><book><title>Tide tables</title></book></catalogue>', "c.xml", "xml"),
    (b"<script>var x = 1;</script>\n<html><head><title>T</title></head><body><p>Page text here.</p></body></html>",
     "page.html", "html"),
])
def test_feeds_xml_and_pages_are_named_by_their_markup(data, name, kind):
    found = identify(data, name)
    assert found.kind == kind, found
    assert found.encoding is not None


def test_feed_in_utf16_is_a_feed():
    data = rss().decode().replace('encoding="utf-8"', 'encoding="utf-16"').encode("utf-16")
    found = identify(data, "wide.xml")
    assert found.kind == "feed" and found.encoding.encoding.startswith("utf-16")


def test_text_whose_encoding_cannot_be_established_is_kept_and_says_so(root, inbox):
    write(inbox, "odd.txt", undecodable_text())
    report = ingest(root, [inbox])
    [outcome] = report.outcomes
    assert outcome.status == "archived", outcome
    fmt = load_item(bags(root)[0]).provenance["object"]["format"]
    assert fmt["kind"] == "text"
    if fmt["encoding"]["method"] == "none":
        assert fmt["encoding"]["encoding"] == "unknown" and "encoding unknown" in outcome.reason


# --- a feed, end to end -----------------------------------------------------------------------


@pytest.fixture
def feed_root(root, inbox):
    write(inbox, "courier.xml", rss())
    ingest_and_index(root, [inbox])
    return root


def test_a_feed_is_one_bag_and_each_item_an_article(feed_root):
    [bag] = bags(feed_root)
    item = load_item(bag)
    assert item.kind == "feed"
    docs = _documents(feed_root)
    parts = {i: d for i, d in docs.items() if d.get("container") == item.id}
    assert len(docs) == 4 and len(parts) == 3
    assert all(i.startswith(item.id + "-") and len(i) == 25 for i in parts)
    ferry = next(d for d in parts.values() if d["title"].startswith("Ferry"))
    assert ferry["kind"] == "feed-item" and ferry["pub_edtf"] == "2016-05-03"
    assert ferry["source_url"] == "https://courier.example/ferry"
    assert "Home | Sport" not in ferry["text"] and "evening crossing" in ferry["text"]
    assert ferry["part"]["key"] == "urn:item:ferry" and ferry["part"]["of"] == 3
    assert docs[item.id]["parts"] == 3 and docs[item.id]["title"] == "Calden Bay Courier"


def test_feed_items_are_searched_and_cited(feed_root):
    result = search(feed_root, "quarrybrook")
    assert [h.title for h in result.hits] == ["Footbridge approved after long debate"]
    hit = result.hits[0]
    client = create_app({"ARCHIVE_ROOT": str(feed_root.path), "TESTING": True}).test_client()
    page = client.get(f"/item/{hit.id}")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    bag_id = hit.id.split("-")[0]
    item = load_item(feed_root.bags / bag_id)
    assert f"/item/{bag_id}" in html and item.sha256 in html and "of the news feed" in html
    data = client.get(f"/item/{hit.id}.json").get_json()
    assert data["file"]["id"] == bag_id and data["file"]["position"] == 1
    cite = client.get(f"/item/{hit.id}/cite.txt").get_data(as_text=True)
    assert hit.id in cite and bag_id in cite and item.sha256 in cite
    whole = client.get(f"/item/{bag_id}.json").get_json()
    assert [a["title"] for a in whole["articles"]][0] == "Ferry timetable changes in October"
    assert whole["articles_total"] == 3


def test_feed_items_are_oai_records(feed_root):
    client = create_app({"ARCHIVE_ROOT": str(feed_root.path), "TESTING": True}).test_client()
    listing = client.get("/oai?verb=ListIdentifiers&metadataPrefix=oai_dc").get_data(as_text=True)
    part = next(i for i in _documents(feed_root) if "-" in i)
    assert part in listing
    record = client.get(f"/oai?verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:"
                        f"{_oai_host(listing)}:{part}").get_data(as_text=True)
    assert "<dc:title>" in record and "Calden Bay Courier" not in record.split("<dc:title>")[1].split("<")[0]


def _oai_host(listing: str) -> str:
    return listing.split("<identifier>oai:", 1)[1].split(":", 1)[0]


def test_show_and_list_give_the_relation_both_ways(feed_root, cli):
    [bag] = bags(feed_root)
    shown = cli("show", bag.name)
    assert shown.exit_code == 0 and "articles in this file: 3" in shown.output
    part = next(i for i in _documents(feed_root) if i.startswith(bag.name + "-"))
    article = cli("show", part)
    assert article.exit_code == 0, article.output
    assert f"in the file courier.xml (bag {bag.name}" in article.output
    as_json = json.loads(cli("show", part, "--json").output)
    assert as_json["article"]["container"] == bag.name
    assert "several articles" in cli("list").output
    assert cli("show", bag.name + "-00000000").exit_code != 0


def test_a_later_fetch_lists_an_item_once_and_keeps_a_changed_one_as_a_version(feed_root, inbox):
    changed = list(ITEMS)
    changed[2] = (changed[2][0], changed[2][1], "<p>The trust now says sixty posts are vacant.</p>", changed[2][3])
    fresh = ("urn:item:festival", "Summer festival moves to the harbour", "<p>Stalls line the quay.</p>",
             "Fri, 06 May 2016 11:00:00 GMT")
    write(inbox, "courier-2.xml", rss(changed + [fresh]))
    ingest_and_index(feed_root, [inbox / "courier-2.xml"])
    assert search(feed_root, "quarrybrook").total == 1          # unchanged: listed once
    nurses = search(feed_root, "trust").hits
    assert len(nurses) == 2                                     # changed: two versions
    client = create_app({"ARCHIVE_ROOT": str(feed_root.path), "TESTING": True}).test_client()
    data = client.get(f"/item/{nurses[0].id}.json").get_json()
    assert [v["id"] for v in data["versions"]] == [nurses[1].id]
    incremental = _live_ids(feed_root)
    reindex(feed_root)
    assert _live_ids(feed_root) == incremental                  # the same as a rebuild


def test_a_restricted_feed_restricts_its_items(root, inbox):
    write(inbox, "courier.xml", rss())
    (inbox / "metadata.csv").write_text("filename,dcterms.accessRights\ncourier.xml,restricted\n", encoding="utf-8")
    ingest_and_index(root, [inbox])
    assert search(root, "quarrybrook").total == 0
    assert search(root, "quarrybrook", include_restricted=True).total == 1


def test_atom_and_rss1_items_are_articles(root, inbox):
    write(inbox, "notes.atom", ATOM)
    write(inbox, "wire.rdf", RDF)
    ingest_and_index(root, [inbox])
    assert search(root, "dredging").hits[0].title == "Dredging starts next week"
    assert search(root, "repairs").hits[0].title == "Market hall to close"


def test_other_xml_is_archived_and_its_text_indexed(root, inbox):
    write(inbox, "tides.xml", b'<?xml version="1.0"?><tides><port><name>Lowmarsh</name>'
                              b"<note>Spring tides expected around the equinox weekend.</note></port></tides>")
    ingest_and_index(root, [inbox])
    assert load_item(bags(root)[0]).kind == "xml"
    assert search(root, "equinox").total == 1


def test_a_malformed_feed_is_archived_and_what_can_be_read_is_indexed(root, inbox, cli):
    broken = rss()[:-40]      # cut inside the channel
    write(inbox, "cut.xml", broken)
    ingest_and_index(root, [inbox])
    [bag] = bags(root)
    assert load_item(bag).kind == "feed"
    assert search(root, "quarrybrook").total == 1
    shown = json.loads(cli("show", bag.name, "--json").output)
    assert len(shown["articles"]) >= 2 and shown["reading_problems"]


# --- web archives -------------------------------------------------------------------------


def _warc(records: list[tuple[str, str, bytes]], *, cut: int = 0) -> bytes:
    """A WARC.gz of ``records`` (uri, content type, body) as responses, plus a request and a warcinfo."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    writer.write_record(writer.create_warcinfo_record("crawl.warc.gz", {"software": "test"}))
    for uri, content_type, body in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                                      http_headers=headers,
                                                      warc_headers_dict={"WARC-Date": "2020-03-04T05:06:07Z"}))
        writer.write_record(writer.create_warc_record(uri, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
    data = out.getvalue()
    return data[:-cut] if cut else data


PAGE = ("<html lang='en'><head><title>Sea wall repairs begin | Bay Post</title>"
        "<meta property='article:published_time' content='2020-03-01T08:00:00Z'></head>"
        "<body><nav>Home News Sport</nav><article><h1>Sea wall repairs begin</h1>"
        "<p>Engineers began repairs to the sea wall at Lowmarsh on Monday, the council said.</p>"
        "<p>The work is expected to last until the summer festival.</p></article></body></html>").encode()


def test_a_warc_is_one_bag_and_each_page_an_article(root, inbox, cli):
    data = _warc([("https://bay.example/sea-wall", "text/html; charset=utf-8", PAGE),
                  ("https://bay.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(50)),
                  ("https://bay.example/notice.txt", "text/plain", b"Ferry notice: the ferry runs late today.\n")])
    write(inbox, "crawl.warc.gz", data)
    ingest_and_index(root, [inbox])
    [bag] = bags(root)
    assert load_item(bag).kind == "warc"
    docs = [d for d in _documents(root).values() if d.get("container") == bag.name]
    assert len(docs) == 2
    page = next(d for d in docs if d["source_url"] == "https://bay.example/sea-wall")
    assert page["title"] == "Sea wall repairs begin" and page["kind"] == "web-capture"
    assert page["pub_edtf"].startswith("2020-03-01")          # the page's date, not the capture's
    assert page["part"]["captured"] == "2020-03-04T05:06:07Z"
    assert "Home News Sport" not in page["text"]
    assert search(root, "ferry").total == 1
    assert "captured 2020-03-04" in cli("show", bag.name).output


def test_a_cut_warc_is_archived_and_its_readable_records_indexed(root, inbox, cli):
    whole = _warc([("https://bay.example/a", "text/html", PAGE),
                   ("https://bay.example/b", "text/plain", b"Second page about the lighthouse keeper.\n" * 50)])
    write(inbox, "cut.warc.gz", whole[:-200])
    ingest_and_index(root, [inbox])
    [bag] = bags(root)
    assert load_item(bag).kind == "warc"
    assert search(root, "engineers").total == 1
    doc = _documents(root)[bag.name]
    assert doc is not None
    shown = json.loads(cli("show", bag.name, "--json").output)
    assert shown["articles"][0]["link"] == "https://bay.example/a"
    assert any("offset" in problem for problem in shown["reading_problems"]), shown["reading_problems"]
    assert "problems reading the file" in cli("show", bag.name).output
    client = create_app({"ARCHIVE_ROOT": str(root.path), "TESTING": True}).test_client()
    page = client.get(f"/item/{bag.name}.json").get_json()
    assert page["reading_problems"] == shown["reading_problems"]
    assert "Problems reading this file" in client.get(f"/item/{bag.name}").get_data(as_text=True)


def test_a_plain_warc_is_a_warc():
    data = gzip.decompress(_warc([("https://bay.example/a", "text/html", PAGE)]))
    assert identify(data, "crawl.warc").kind == "warc"


# --- language and sources -----------------------------------------------------------------------


def test_language_is_identified_and_the_archivists_wins(root, inbox, cli):
    english = ("The harbour board approved the new footbridge on Tuesday evening after months of debate, "
               "saying the decision had been taken with residents in mind and that work would begin soon.")
    german = ("Der Gemeinderat hat am Dienstagabend nach monatelanger Debatte die neue Fußgängerbrücke "
              "genehmigt und erklärt, die Bauarbeiten würden noch vor dem Ende des Sommers beginnen.")
    write(inbox, "en.txt", english.encode())
    write(inbox, "de.txt", german.encode())
    write(inbox, "asserted.txt", english.replace("footbridge", "ferry").encode())
    (inbox / "metadata.csv").write_text("filename,dc.language,dc.source\nasserted.txt,fr,courier.example\n",
                                        encoding="utf-8")
    ingest_and_index(root, [inbox])
    assert search(root, language="de").total == 1
    assert search(root, language="en").total == 1
    assert search(root, language="fr").total == 1
    assert search(root, source="courier.example").total == 1
    result = cli("search", "--language", "de", "--json")
    assert json.loads(result.output)["total"] == 1
