"""OAI-PMH 2.0 at /oai through the real Flask app on the real web archive (bags, Whoosh index).

Every verb, every error condition the site can produce, from/until, sets,
resumption tokens (page size 2), and the rule that a restricted item is never
seen: not listed, not counted, not fetchable, its source not a set.
"""

from __future__ import annotations

import base64
import re
import shutil
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from archive.search import oai_records
from archive.preservation.catalog import get_item
from archive.search.reindex import reindex
from archive.search.index_update import remove_items
from archive.preservation.ingest import ingest
from archive.preservation.root import open_root
from archive.search.searching import search
from web import create_app
from web.oai_xml import Node, clean, serialize

OAI = "http://www.openarchives.org/OAI/2.0/"
NS = {"oai": OAI, "oai_dc": "http://www.openarchives.org/OAI/2.0/oai_dc/",
      "dc": "http://purl.org/dc/elements/1.1/", "id": "http://www.openarchives.org/OAI/2.0/oai-identifier",
      "xsi": "http://www.w3.org/2001/XMLSchema-instance"}
XSI_LOCATION = "{http://www.w3.org/2001/XMLSchema-instance}schemaLocation"
REPO = "news-article-archive"        # the slug of the default archive name
RESTRICTED_WORD = "Zanzibarite"
STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")


# --- helpers ----------------------------------------------------------------------------


def get(client, query: str) -> tuple[ET.Element, str]:
    """GET /oai?query; checks what every response must be; returns the parsed root and the body."""
    response = client.get(f"/oai?{query}")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/xml; charset=utf-8"
    body = response.get_data(as_text=True)
    assert body.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    tree = ET.fromstring(response.data)                 # well-formed, or this raises
    assert tree.tag == f"{{{OAI}}}OAI-PMH"
    assert tree.get(XSI_LOCATION) == f"{OAI} http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd"
    assert STAMP.match(tree.findtext("oai:responseDate", namespaces=NS))
    assert tree.find("oai:request", NS).text == "http://localhost/oai"
    return tree, body


def error(client, query: str) -> tuple[str, dict, str]:
    """(error code, request echo attributes, message) of a request that must fail."""
    tree, _ = get(client, query)
    errors = tree.findall("oai:error", NS)
    assert len(errors) == 1, ET.tostring(tree)
    assert len(tree) == 3                               # responseDate, request, error: nothing else
    return errors[0].get("code"), dict(tree.find("oai:request", NS).attrib), errors[0].text


def ids_of(tree: ET.Element) -> list[str]:
    return [e.text for e in tree.iter(f"{{{OAI}}}identifier")]


def harvest(client, verb: str, query: str = "metadataPrefix=oai_dc") -> tuple[list[ET.Element], list[str]]:
    """Follow resumption tokens to the end: (every response, every header identifier in order)."""
    responses, identifiers = [], []
    tree, _ = get(client, f"verb={verb}&{query}")
    for _ in range(100):
        responses.append(tree)
        identifiers += [h.findtext("oai:identifier", namespaces=NS) for h in tree.iter(f"{{{OAI}}}header")]
        token = tree.find(f"oai:{verb}/oai:resumptionToken", NS)
        if token is None or not token.text:
            return responses, identifiers
        tree, _ = get(client, f"verb={verb}&resumptionToken={token.text}")
    raise AssertionError("the resumption tokens never ended")


@pytest.fixture(scope="module")
def public(web_archive) -> list[str]:
    """The public ids the search page shows (the restricted article masked)."""
    result = search(web_archive, "", limit=100, facets=False)
    return sorted(h.id for h in result.hits)


@pytest.fixture(scope="module")
def restricted_id(web_archive) -> str:
    hits = search(web_archive, RESTRICTED_WORD, include_restricted=True).hits
    assert len(hits) == 1 and hits[0].restricted
    return hits[0].id


@pytest.fixture
def small(web_archive):
    """The app with two records per response, so lists are split."""
    return create_app({"ARCHIVE_ROOT": str(web_archive.path), "TESTING": True,
                       "OAI_PAGE_SIZE": 2}).test_client()


# --- Identify and ListMetadataFormats ---------------------------------------------------------


def test_identify(client, web_archive):
    tree, _ = get(client, "verb=Identify")
    assert tree.find("oai:request", NS).attrib == {"verb": "Identify"}
    ident = tree.find("oai:Identify", NS)
    text = {child.tag.split("}")[1]: child.text for child in ident if child.tag != f"{{{OAI}}}description"}
    assert text["repositoryName"] == web_archive.config.name
    assert text["baseURL"] == "http://localhost/oai"
    assert text["protocolVersion"] == "2.0"
    assert re.match(r"^\S+@(\S+\.)+\S+$", text["adminEmail"])
    assert text["deletedRecord"] == "persistent"     # withdrawn items stay as deleted records
    assert text["granularity"] == "YYYY-MM-DDThh:mm:ssZ"
    public_items = [get_item(web_archive, h.id) for h in search(web_archive, "", limit=100).hits]
    earliest = min(oai_records.utc_datestamp(item.ingested) for item in public_items)
    assert text["earliestDatestamp"] == earliest
    # the element order the OAI-PMH schema requires
    order = [child.tag.split("}")[1] for child in ident]
    assert order[:7] == ["repositoryName", "baseURL", "protocolVersion", "adminEmail",
                         "earliestDatestamp", "deletedRecord", "granularity"]
    described = " ".join(e.text for e in ident.iterfind("oai:description/oai_dc:dc/dc:description", NS))
    assert "GET" in described and "POST" in described and "405" in described
    assert ident.find("oai:description/id:oai-identifier", NS) is None   # the slug is not domain-like


def test_identify_with_a_domain_like_repository_id(web_archive):
    app = create_app({"ARCHIVE_ROOT": str(web_archive.path), "OAI_REPOSITORY_ID": "archive.example.org"})
    tree, _ = get(app.test_client(), "verb=Identify")
    ident = tree.find("oai:Identify/oai:description/id:oai-identifier", NS)
    assert ident.findtext("id:repositoryIdentifier", namespaces=NS) == "archive.example.org"
    assert ident.findtext("id:delimiter", namespaces=NS) == ":"
    assert ident.findtext("id:sampleIdentifier", namespaces=NS).startswith("oai:archive.example.org:")
    listed, _ = get(app.test_client(), "verb=ListIdentifiers&metadataPrefix=oai_dc")
    assert all(i.startswith("oai:archive.example.org:") for i in ids_of(listed))


def test_list_metadata_formats(client, public, restricted_id):
    for query in ("verb=ListMetadataFormats", f"verb=ListMetadataFormats&identifier=oai:{REPO}:{public[0]}"):
        tree, _ = get(client, query)
        formats = tree.findall("oai:ListMetadataFormats/oai:metadataFormat", NS)
        assert [f.findtext("oai:metadataPrefix", namespaces=NS) for f in formats] == ["oai_dc"]
        assert formats[0].findtext("oai:metadataNamespace", namespaces=NS) == NS["oai_dc"]
        assert formats[0].findtext("oai:schema", namespaces=NS) == "http://www.openarchives.org/OAI/2.0/oai_dc.xsd"
    for unknown in (f"oai:{REPO}:{restricted_id}", f"oai:{REPO}:0000000000000000", "oai:other:" + public[0]):
        code, echo, _ = error(client, f"verb=ListMetadataFormats&identifier={unknown}")
        assert code == "idDoesNotExist"
        assert echo == {"verb": "ListMetadataFormats", "identifier": unknown}


# --- ListSets -------------------------------------------------------------------------------


def test_list_sets_only_sources_with_public_records(client):
    tree, body = get(client, "verb=ListSets")
    specs = [s.findtext("oai:setSpec", namespaces=NS) for s in tree.iterfind("oai:ListSets/oai:set", NS)]
    assert specs == ["source", "source:caldenbay.example", "source:eurasia.example", "source:steppe.example"]
    assert "secret.example" not in body
    code, _, _ = error(client, "verb=ListSets&resumptionToken=abc")
    assert code == "badResumptionToken"


# --- ListIdentifiers, ListRecords -------------------------------------------------------------


def test_list_identifiers_agrees_with_the_search_page(client, web_archive, public, restricted_id):
    tree, body = get(client, "verb=ListIdentifiers&metadataPrefix=oai_dc")
    assert tree.find("oai:request", NS).attrib == {"verb": "ListIdentifiers", "metadataPrefix": "oai_dc"}
    listed = ids_of(tree)
    assert len(listed) == search(web_archive, "").total == len(public) == 6
    assert sorted(listed) == [f"oai:{REPO}:{i}" for i in public]
    assert restricted_id not in body
    assert tree.find("oai:ListIdentifiers/oai:resumptionToken", NS) is None   # one page holds all
    headers = tree.findall("oai:ListIdentifiers/oai:header", NS)
    keys = [(h.findtext("oai:datestamp", namespaces=NS), h.findtext("oai:identifier", namespaces=NS))
            for h in headers]
    assert keys == sorted(keys)                                             # (datestamp, id) order
    for header in headers:
        item = get_item(web_archive, header.findtext("oai:identifier", namespaces=NS).rsplit(":", 1)[1])
        assert header.findtext("oai:datestamp", namespaces=NS) == oai_records.utc_datestamp(item.ingested)
    sets = {h.findtext("oai:identifier", namespaces=NS).rsplit(":", 1)[1]: h.findtext("oai:setSpec", namespaces=NS)
            for h in headers}
    assert list(sets.values()).count(None) == 3                             # the seeds with no source


def test_list_records_dublin_core(client, web_archive, restricted_id):
    tree, body = get(client, "verb=ListRecords&metadataPrefix=oai_dc")
    records = {r.findtext("oai:header/oai:identifier", namespaces=NS).rsplit(":", 1)[1]: r
               for r in tree.iterfind("oai:ListRecords/oai:record", NS)}
    assert len(records) == 6 and restricted_id not in records
    assert RESTRICTED_WORD not in body and "secret.example" not in body
    for item_id, record in records.items():
        dc = record.find("oai:metadata/oai_dc:dc", NS)
        assert dc.get(XSI_LOCATION) == f"{NS['oai_dc']} http://www.openarchives.org/OAI/2.0/oai_dc.xsd"
        item = get_item(web_archive, item_id)
        identifiers = [e.text for e in dc.iterfind("dc:identifier", NS)]
        assert identifiers[:2] == [f"http://localhost/item/{item_id}", f"urn:sha256:{item.sha256}"]
        assert [e.text for e in dc.iterfind("dc:type", NS)] == ["Text"]
        assert [e.text for e in dc.iterfind("dc:format", NS)] == [item.mime]
        assert len(dc.findall("dc:title", NS)) == 1
    harbour = next(r for r in records.values()
                   if r.findtext("oai:header/oai:setSpec", namespaces=NS) == "source:caldenbay.example")
    dc = harbour.find("oai:metadata/oai_dc:dc", NS)
    assert dc.findtext("dc:title", namespaces=NS) == "Harbour board approves the sea wall repairs"
    assert dc.findtext("dc:date", namespaces=NS) == "2003-06-14"
    assert dc.findtext("dc:language", namespaces=NS) == "en"
    assert dc.findtext("dc:source", namespaces=NS) == "https://www.caldenbay.example/news/1"
    # a seed: authors and standfirst come from the index, the asserted date from metadata.csv
    steppe = next(r for r in records.values()
                  if r.findtext("oai:header/oai:setSpec", namespaces=NS) == "source:steppe.example")
    dc = steppe.find("oai:metadata/oai_dc:dc", NS)
    fields = search(web_archive, "source:steppe.example").hits[0]
    assert dc.findtext("dc:title", namespaces=NS) == fields.title
    assert [e.text for e in dc.iterfind("dc:creator", NS)] == ["Gaukhar Beketova", "Erbol Jumagulov"]
    assert dc.findtext("dc:date", namespaces=NS) == "2002-11-20"
    assert dc.findtext("dc:description", namespaces=NS).startswith("“No pressure”")


def test_get_record(client, public, restricted_id):
    tree, _ = get(client, f"verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:{REPO}:{public[0]}")
    assert tree.find("oai:request", NS).attrib == {
        "verb": "GetRecord", "metadataPrefix": "oai_dc", "identifier": f"oai:{REPO}:{public[0]}"}
    records = tree.findall("oai:GetRecord/oai:record", NS)
    assert len(records) == 1
    assert records[0].findtext("oai:header/oai:identifier", namespaces=NS) == f"oai:{REPO}:{public[0]}"
    assert records[0].find("oai:metadata/oai_dc:dc/dc:title", NS).text


def test_a_restricted_record_is_exactly_like_an_unknown_one(client, restricted_id):
    answers = []
    for item_id in (restricted_id, "0123456789abcdef"):
        identifier = f"oai:{REPO}:{item_id}"
        code, _, message = error(client, f"verb=GetRecord&metadataPrefix=oai_dc&identifier={identifier}")
        answers.append((code, message.replace(item_id, "ID")))
    assert answers[0] == answers[1] and answers[0][0] == "idDoesNotExist"
    for query in ("identifier=" + restricted_id, f"identifier=oai:{REPO}:{restricted_id[:8]}",
                  "identifier=not-an-identifier"):
        assert error(client, f"verb=GetRecord&metadataPrefix=oai_dc&{query}")[0] == "idDoesNotExist"


def test_restricted_record_never_seen_in_any_response(client, small, restricted_id):
    bodies = [get(client, q)[1] for q in (
        "verb=Identify", "verb=ListSets", "verb=ListMetadataFormats",
        "verb=ListIdentifiers&metadataPrefix=oai_dc", "verb=ListRecords&metadataPrefix=oai_dc",
        "verb=ListRecords&metadataPrefix=oai_dc&set=source")]
    responses, _ = harvest(small, "ListRecords")
    bodies += [ET.tostring(r, encoding="unicode") for r in responses]
    for body in bodies:
        assert restricted_id not in body and RESTRICTED_WORD not in body and "secret.example" not in body
    # the sizes a harvester is told exclude it too
    sizes = {r.find("oai:ListRecords/oai:resumptionToken", NS).get("completeListSize") for r in responses}
    assert sizes == {"6"}


# --- sets, from and until ---------------------------------------------------------------------


def test_sets_select_records(client, web_archive):
    tree, _ = get(client, "verb=ListIdentifiers&metadataPrefix=oai_dc&set=source:caldenbay.example")
    assert tree.find("oai:request", NS).get("set") == "source:caldenbay.example"
    hits = search(web_archive, "", source="caldenbay.example").hits
    assert ids_of(tree) == [f"oai:{REPO}:{hits[0].id}"]
    tree, _ = get(client, "verb=ListRecords&metadataPrefix=oai_dc&set=source")
    assert len(ids_of(tree)) == 3
    assert {h.text for h in tree.iter(f"{{{OAI}}}setSpec")} == {
        "source:caldenbay.example", "source:eurasia.example", "source:steppe.example"}
    for spec in ("source:secret.example", "source:nowhere.example", "other"):
        code, echo, _ = error(client, f"verb=ListIdentifiers&metadataPrefix=oai_dc&set={spec}")
        assert code == "noRecordsMatch" and echo["set"] == spec


def test_from_and_until(client, web_archive):
    tree, _ = get(client, "verb=ListIdentifiers&metadataPrefix=oai_dc")
    stamps = [d.text for d in tree.iter(f"{{{OAI}}}datestamp")]
    first, last = stamps[0], stamps[-1]

    def listed(query: str) -> list[str]:
        found, _ = get(client, f"verb=ListIdentifiers&metadataPrefix=oai_dc&{query}")
        return [d.text for d in found.iter(f"{{{OAI}}}datestamp")]

    assert listed(f"from={last}") == [s for s in stamps if s == last]
    assert listed(f"until={first}") == [s for s in stamps if s == first]
    assert listed(f"from={first}&until={last}") == stamps
    assert listed(f"from={first[:10]}&until={last[:10]}") == stamps       # day granularity
    assert listed(f"until={last[:10]}") == stamps
    code, echo, _ = error(client, "verb=ListIdentifiers&metadataPrefix=oai_dc&until=2000-01-01")
    assert code == "noRecordsMatch" and echo["until"] == "2000-01-01"
    assert error(client, "verb=ListRecords&metadataPrefix=oai_dc&from=2999-01-01T00:00:00Z")[0] == "noRecordsMatch"


# --- resumption tokens ----------------------------------------------------------------------


def test_resumption_tokens_page_through_every_record_once(small, public):
    responses, identifiers = harvest(small, "ListRecords")
    assert sorted(identifiers) == [f"oai:{REPO}:{i}" for i in public]
    assert len(identifiers) == len(set(identifiers))
    tokens = [r.find("oai:ListRecords/oai:resumptionToken", NS) for r in responses]
    assert [len(r.findall("oai:ListRecords/oai:record", NS)) for r in responses] == [2, 2, 2]
    assert [t.get("cursor") for t in tokens] == ["0", "2", "4"]
    assert [t.get("completeListSize") for t in tokens] == ["6", "6", "6"]
    assert tokens[0].text and tokens[1].text and not tokens[2].text      # empty on the last page
    second = get(small, f"verb=ListRecords&resumptionToken={tokens[0].text}")[0]
    assert second.find("oai:request", NS).attrib == {"verb": "ListRecords",
                                                     "resumptionToken": tokens[0].text}


def test_resumption_tokens_keep_the_selection(small):
    _, identifiers = harvest(small, "ListIdentifiers", "metadataPrefix=oai_dc&set=source")
    assert len(identifiers) == 3
    responses, all_ids = harvest(small, "ListIdentifiers")
    assert len(responses) == 3 and len(all_ids) == 6


def test_bad_resumption_tokens(small):
    tree, _ = get(small, "verb=ListIdentifiers&metadataPrefix=oai_dc")
    token = tree.find("oai:ListIdentifiers/oai:resumptionToken", NS).text
    deep = base64.urlsafe_b64encode(b"[" * 1000).decode()          # would exhaust the JSON parser
    for bad in ("abc", "!!!", token[:-3], "eyJ2IjoiTGlzdElkZW50aWZpZXJzIn0", deep, "x" * 3000):
        code, echo, _ = error(small, f"verb=ListIdentifiers&resumptionToken={bad}")
        assert code == "badResumptionToken" and echo == {"verb": "ListIdentifiers", "resumptionToken": bad}
    # a token of one verb is not a token of another
    assert error(small, f"verb=ListRecords&resumptionToken={token}")[0] == "badResumptionToken"


def _token_after_first_page(client) -> str:
    tree, _ = get(client, "verb=ListIdentifiers&metadataPrefix=oai_dc")
    return tree.find("oai:ListIdentifiers/oai:resumptionToken", NS).text


def test_a_token_whose_list_changed_is_refused_and_new_ingests_do_not_disturb(web_archive, tmp_path: Path):
    """On a copy of the web archive (the shared one is never written)."""
    shutil.copytree(web_archive.path, tmp_path / "copy")
    root = open_root(tmp_path / "copy")
    client = create_app({"ARCHIVE_ROOT": str(root.path), "OAI_PAGE_SIZE": 2}).test_client()
    token = _token_after_first_page(client)
    # an item ingested after the harvest began has a later datestamp than the frozen 'until'
    time.sleep(1.1)
    extra = tmp_path / "later"
    extra.mkdir()
    (extra / "later.txt").write_text("A later article about harbour tides\n\nThe tide rose.\n",
                                     encoding="utf-8")
    ingest(root, [extra])
    reindex(root)
    assert search(root, "").total == 7
    tree, _ = get(client, f"verb=ListIdentifiers&resumptionToken={token}")
    assert tree.find("oai:ListIdentifiers/oai:resumptionToken", NS).get("completeListSize") == "6"
    # a record removed underneath changes the list: the old token is refused, a new harvest works
    listed = ids_of(tree)
    remove_items(root, [listed[0].rsplit(":", 1)[1]])
    code, _, message = error(client, f"verb=ListIdentifiers&resumptionToken={token}")
    assert code == "badResumptionToken" and "changed" in message
    _, identifiers = harvest(client, "ListIdentifiers")
    assert len(identifiers) == 6 == search(root, "").total


# --- errors -------------------------------------------------------------------------------


@pytest.mark.parametrize("query", ["", "verb=", "verb=Frobnicate", "verb=identify",
                                   "verb=Identify&verb=Identify", "foo=bar"])
def test_bad_verb(client, query):
    code, echo, _ = error(client, query)
    assert code == "badVerb" and echo == {}


@pytest.mark.parametrize("query", [
    "verb=Identify&foo=bar",
    "verb=Identify&metadataPrefix=oai_dc",
    "verb=ListMetadataFormats&set=source",
    "verb=ListSets&metadataPrefix=oai_dc",
    "verb=ListIdentifiers",
    "verb=ListRecords&set=source",
    "verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=oai_dc",
    "verb=ListRecords&metadataPrefix=oai_dc&identifier=x",
    "verb=ListRecords&metadataPrefix=oai_dc&resumptionToken=abc",
    "verb=ListIdentifiers&metadataPrefix=oai_dc&from=2004",
    "verb=ListIdentifiers&metadataPrefix=oai_dc&from=2004-13-01",
    "verb=ListIdentifiers&metadataPrefix=oai_dc&from=2004-1-1",
    "verb=ListIdentifiers&metadataPrefix=oai_dc&until=2004-01-01T10:00:00",
    "verb=ListIdentifiers&metadataPrefix=oai_dc&until=2004-01-01T10:00Z",
    "verb=ListIdentifiers&metadataPrefix=oai_dc&from=2004-01-01&until=2005-01-01T00:00:00Z",
    "verb=ListIdentifiers&metadataPrefix=oai_dc&from=2005-01-01&until=2004-01-01",
    "verb=ListIdentifiers&metadataPrefix=oai_dc&from=",
    "verb=ListIdentifiers&metadataPrefix=oai_dc&set=a%20b",
    "verb=ListIdentifiers&metadataPrefix=oai%3Cdc",
    "verb=GetRecord&metadataPrefix=oai_dc",
    "verb=GetRecord&identifier=oai:x:y",
    "verb=GetRecord&identifier=oai:x:y&metadataPrefix=oai_dc&set=source",
])
def test_bad_argument(client, query):
    code, echo, message = error(client, query)
    assert code == "badArgument" and echo == {}
    assert message


@pytest.mark.parametrize("query", [
    "verb=ListRecords&metadataPrefix=marc21",
    "verb=ListIdentifiers&metadataPrefix=oai_DC",
    "verb=GetRecord&identifier=oai:news-article-archive:0123456789abcdef&metadataPrefix=mods",
])
def test_cannot_disseminate_format(client, query):
    code, echo, _ = error(client, query)
    assert code == "cannotDisseminateFormat"
    assert echo["verb"] == query.split("&")[0].split("=")[1]


def test_only_get_and_head(client):
    head = client.head("/oai?verb=Identify")
    assert head.status_code == 200 and head.data == b""
    assert head.headers["Content-Type"] == "text/xml; charset=utf-8"
    post = client.post("/oai", data={"verb": "Identify"})
    assert post.status_code == 405 and post.headers["Allow"] == "GET, HEAD"


def test_page_size_from_the_environment(web_archive, monkeypatch):
    monkeypatch.setenv("ARCHIVE_OAI_PAGE_SIZE", "4")
    client = create_app({"ARCHIVE_ROOT": str(web_archive.path)}).test_client()
    tree, _ = get(client, "verb=ListIdentifiers&metadataPrefix=oai_dc")
    assert len(ids_of(tree)) == 4
    assert tree.find("oai:ListIdentifiers/oai:resumptionToken", NS).get("completeListSize") == "6"


# --- XML escaping ----------------------------------------------------------------------------


def test_text_is_escaped_and_illegal_characters_dropped():
    hostile = 'a<b>&c"d\x00e\x1bf\ufffeg\ud800h\r\ni</dc:title><script>'
    node = Node("root", {"xmlns:dc": NS["dc"], "note": hostile})
    node.add("dc:title", hostile)
    parsed = ET.fromstring(serialize(node).encode("utf-8"))
    assert parsed.find("dc:title", NS).text == 'a<b>&c"defgh\r\ni</dc:title><script>'
    assert parsed.get("note") == 'a<b>&c"defgh\r\ni</dc:title><script>'
    assert clean("ok\tok\n\U0001F600") == "ok\tok\n\U0001F600"


# --- the library: archive.search.oai_records -------------------------------------------------------


def test_public_headers_are_the_search_pages_items(web_archive, public, restricted_id):
    headers = oai_records.public_headers(web_archive)
    assert sorted(h.id for h in headers) == public
    assert restricted_id not in {h.id for h in headers}
    assert [(h.datestamp, h.id) for h in headers] == sorted((h.datestamp, h.id) for h in headers)
    assert all(STAMP.match(h.datestamp) for h in headers)
    assert "source:secret.example" not in {spec for spec, _, _ in oai_records.public_sets(web_archive)}


def test_dublin_core_prefers_asserted_values_and_dumbs_down_dcterms(web_archive):
    from dataclasses import replace

    from archive.search.index import open_index
    harbour = search(web_archive, "", source="caldenbay.example").hits[0].id
    item = get_item(web_archive, harbour)
    with open_index(web_archive).searcher() as searcher:
        fields = searcher.document(id=harbour)
    asserted = replace(item, metadata={
        "dc.title": ["An asserted title"], "dc.creator": ["A. Reporter"], "dcterms.issued": ["2003-06"],
        "dcterms.accessRights": ["public"], "dcterms.audience": ["researchers"],
        "dcterms.isPartOf": ["Harbour series"], "dc.subject": ["harbours"]})
    dc = oai_records.dublin_core(fields, asserted, "https://archive.example.org/item/" + harbour)
    assert list(dc) == list(oai_records.DC_ELEMENTS)
    assert dc["title"] == ["An asserted title"]
    assert dc["creator"] == ["A. Reporter"]
    assert dc["date"] == ["2003-06-14", "2003-06"]                 # the EDTF publication date first
    assert dc["rights"] == ["public"] and dc["relation"] == ["Harbour series"]
    assert all("researchers" not in values for values in dc.values())   # no DC element for audience
    assert dc["identifier"] == ["https://archive.example.org/item/" + harbour, f"urn:sha256:{item.sha256}"]
    assert dc["source"] == ["https://www.caldenbay.example/news/1"]


def test_datestamps_and_set_specs():
    from archive.errors import ArchiveError
    assert oai_records.utc_datestamp("2026-11-25T15:49:12.545Z") == "2026-11-25T15:49:12Z"
    assert oai_records.utc_datestamp("2026-11-25T17:49:12+02:00") == "2026-11-25T15:49:12Z"
    with pytest.raises(ArchiveError):
        oai_records.utc_datestamp("yesterday")
    assert oai_records.set_spec("caldenbay.example") == "source:caldenbay.example"
    assert oai_records.set_spec("пример.рф") == "source:xn--e1afmkfd.xn--p1ai"
    assert oai_records.set_spec(None) is None and oai_records.set_spec("a b") is None


def test_an_archive_with_nothing_indexed_yet(root):
    """A fresh root (no index): a valid, empty repository rather than an HTTP error."""
    client = create_app({"ARCHIVE_ROOT": str(root.path)}).test_client()
    tree, _ = get(client, "verb=Identify")
    assert STAMP.match(tree.findtext("oai:Identify/oai:earliestDatestamp", namespaces=NS))
    assert error(client, "verb=ListSets")[0] == "noSetHierarchy"
    assert error(client, "verb=ListRecords&metadataPrefix=oai_dc")[0] == "noRecordsMatch"
    assert error(client, f"verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:{REPO}:0123456789abcdef")[0] \
        == "idDoesNotExist"
