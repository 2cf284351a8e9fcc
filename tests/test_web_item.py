"""Article pages, original downloads and citations, on real bags and a real index.

Most tests read the shared web archive (seeds + one public and one restricted
invented article). Tests of HTML-sourced text and of fixity audits build their
own small root, since the shared one must never be written to.
"""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest

from archive.preservation.catalog import list_items
from conftest import tag_count

#: An invented HTML article whose text holds markup-like words and whose page holds a live script.
HTML_ARTICLE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Quay workers paint a warning</title></head>
<body><article><h1>Quay workers paint a warning</h1>
<p>PORT ELLIS, 2 February 2006 &mdash; Dock workers painted &lt;script&gt;alert("quay")&lt;/script&gt;
on the wall of the quay, a joke about the harbour's new ticket software.</p>
<script>alert("live")</script>
<p>Marat Quaysmith said the paint would stay until spring &amp; the thaw.</p>
</article></body></html>
"""
HTML_NAME = "причал <notes>.html"


@pytest.fixture(scope="module")
def items(web_archive):
    found, errors = list_items(web_archive)
    assert not errors
    return {i.id: i for i in found}


def _one(items, test) -> str:
    [found] = [i.id for i in items.values() if test(i)]
    return found


@pytest.fixture(scope="module")
def restricted_id(items):
    return _one(items, lambda i: i.restricted)


@pytest.fixture(scope="module")
def harbour_id(items):
    return _one(items, lambda i: i.original_name == "harbour.txt")


@pytest.fixture(scope="module")
def dateline_id(items):
    return _one(items, lambda i: i.original_name.startswith("001_"))


@pytest.fixture(scope="module")
def abliazov_id(items):
    return _one(items, lambda i: i.original_name.startswith("000_"))


@pytest.fixture(scope="module")
def html_root(tmp_path_factory):
    """A root of its own: the invented HTML article, ingested, indexed and audited once."""
    from archive.fixity.audit import audit
    from archive.search.reindex import reindex
    from archive.preservation.ingest import ingest
    from archive.preservation.root import init_root
    folder = tmp_path_factory.mktemp("html-web")
    root = init_root(folder / "archive")
    inbox = folder / "inbox"
    inbox.mkdir()
    (inbox / HTML_NAME).write_text(HTML_ARTICLE, encoding="utf-8")
    ingest(root, [inbox])
    reindex(root)
    report = audit(root)
    assert report.valid == 1
    return root


@pytest.fixture(scope="module")
def html_client(html_root):
    from web import create_app
    return create_app({"ARCHIVE_ROOT": str(html_root.path), "TESTING": True}).test_client()


@pytest.fixture(scope="module")
def html_item(html_root):
    [item], _ = list_items(html_root)
    return item


def page_text(response) -> str:
    assert response.status_code == 200, response.data[:300]
    return response.get_data(as_text=True)


# --- the article page --------------------------------------------------------------------

def test_article_page_shows_text_metadata_and_sources(client, harbour_id, items):
    html = page_text(client.get(f"/item/{harbour_id}"))
    assert "<h1>Harbour board approves the sea wall repairs</h1>" in html
    assert "Erlan Qoshanov, the board&#39;s chair" in html
    assert 'href="/dates/2003-06-14"' in html
    assert "from the archivist&#39;s metadata (metadata.csv)" in html
    assert 'href="/person/koshanov">Erlan Qoshanov</a>' in html
    assert "CALDEN BAY" in html and "caldenbay.example" in html
    assert "From the sheet metadata.csv, line 3" in html
    assert "/tmp/" not in html and str(items[harbour_id].bag) not in html   # no server paths


def test_article_page_has_the_provenance_panel(client, harbour_id, items):
    item = items[harbour_id]
    html = unescape(page_text(client.get(f"/item/{harbour_id}")))
    panel = html[html.index('id="provenance"'):html.index('id="cite"')]
    for expected in (item.id, item.sha256, item.digests["sha512"], f"{item.size} bytes",
                     "text/plain", "Unicode text, UTF-8 text", "kind: text", "utf-8",
                     item.ingested, "never audited", "executing program: archive (0.1.0)"):
        assert expected in panel, expected


def test_json_twin_carries_the_same_data(client, harbour_id, items):
    data = client.get(f"/item/{harbour_id}.json").get_json()
    item = items[harbour_id]
    assert data["id"] == harbour_id and data["title"] == "Harbour board approves the sea wall repairs"
    assert data["permalink"] == f"http://localhost/item/{harbour_id}"
    assert data["publication"] == {"edtf": "2003-06-14", "source": "metadata.csv",
                                   "source_words": "the archivist's metadata (metadata.csv)",
                                   "period": "2003-06-14", "url": "/dates/2003-06-14"}
    assert data["provenance"]["sha256"] == item.sha256
    assert data["provenance"]["last_audit"] is None
    assert data["provenance"]["ingest"]["date"] == item.ingested
    assert data["metadata"]["asserted"]["dc.date"] == ["2003-06-14"]
    assert data["people"][0]["url"] == "/person/koshanov"
    assert "Qoshanov" in data["text"]
    assert "payload" not in data and "bag_path" not in data


def test_a_dateline_date_says_so(client, dateline_id):
    data = client.get(f"/item/{dateline_id}.json").get_json()
    assert data["publication"]["source"] == "dateline"
    html = page_text(client.get(f"/item/{dateline_id}"))
    assert "from the article&#39;s dateline" in html and 'href="/dates/2004-04-06"' in html


def test_an_undated_article_links_to_the_undated_list(client, items):
    undated = _one(items, lambda i: i.original_name.startswith("003_"))
    html = page_text(client.get(f"/item/{undated}"))
    assert 'href="/dates/undated"' in html
    assert client.get(f"/item/{undated}.json").get_json()["publication"] is None


def test_search_terms_are_marked(client, harbour_id):
    html = page_text(client.get(f"/item/{harbour_id}?q=harbour"))
    assert "<mark>Harbour</mark> board" in html and "The <mark>harbour</mark> board" in html
    html = page_text(client.get(f"/item/{harbour_id}?q=repair*"))
    assert "<mark>repairs</mark>" in html
    html = page_text(client.get(f"/item/{harbour_id}?q=harbour+NOT+wall"))
    assert "<mark>wall</mark>" not in html and "<mark>harbour</mark>" in html
    assert "<mark>" not in page_text(client.get(f"/item/{harbour_id}")).split("</header>", 1)[1]


def test_person_spellings_are_marked(client, abliazov_id):
    html = page_text(client.get(f"/item/{abliazov_id}?person=Ablyazov"))
    assert "<mark>Abliazov</mark>" in html


def test_malformed_highlight_query_is_400(client, harbour_id):
    for query in ("ka*", "*a*", "a" * 1500):
        response = client.get(f"/item/{harbour_id}?q={query}")
        assert response.status_code == 400
        assert client.get(f"/item/{harbour_id}.json?q={query}").get_json()["status"] == 400


# --- original and citations ----------------------------------------------------------------

def test_original_is_exactly_the_preserved_bytes(client, harbour_id, items):
    item = items[harbour_id]
    response = client.get(f"/item/{harbour_id}/original")
    assert response.status_code == 200
    assert response.data == item.payload.read_bytes()
    assert response.headers["Content-Type"] == "text/plain; charset=utf-8"
    assert response.headers["Content-Disposition"] == (
        "attachment; filename=\"harbour.txt\"; filename*=UTF-8''harbour.txt")
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in response.headers["Content-Security-Policy"]
    assert client.head(f"/item/{harbour_id}/original").status_code == 200


def test_citation_as_text_and_bibtex(client, harbour_id, items):
    item = items[harbour_id]
    text = client.get(f"/item/{harbour_id}/cite.txt")
    assert text.status_code == 200 and text.mimetype == "text/plain"
    cite = text.get_data(as_text=True)
    assert f"http://localhost/item/{harbour_id}" in cite
    assert item.sha256 in cite and item.ingested[:10] in cite
    assert "Harbour board approves the sea wall repairs" in cite
    bib = client.get(f"/item/{harbour_id}/cite.bib").get_data(as_text=True)
    assert bib.startswith(f"@misc{{archive-{harbour_id},")
    assert f"url = {{http://localhost/item/{harbour_id}}}" in bib
    assert re.search(rf"note = {{SHA-256 of the original: {item.sha256}; ingested \d{{4}}-\d\d-\d\d}}",
                     bib)
    assert "year = {2003}" in bib and bib.count("{") == bib.count("}")
    html = unescape(page_text(client.get(f"/item/{harbour_id}")))
    assert cite.strip() in html and f"/item/{harbour_id}/cite.bib" in html


def test_bibtex_escapes_tex_specials():
    from web.citations import bib_escape
    assert bib_escape("50% & {x}_1 #2 $3 ~ ^ \\") == (
        r"50\% \& \{x\}\_1 \#2 \$3 \~{} \^{} \textbackslash{}")


def test_authors_appear_in_the_citation(client, abliazov_id):
    bib = client.get(f"/item/{abliazov_id}/cite.bib").get_data(as_text=True)
    assert "author = {Alexey Gorodetskiy}" in bib
    assert client.get(f"/item/{abliazov_id}/cite.txt").get_data(as_text=True).startswith(
        "Alexey Gorodetskiy.")


# --- restricted and unknown ids ---------------------------------------------------------------

ITEM_ROUTES = ["/item/{}", "/item/{}.json", "/item/{}/original", "/item/{}/cite.txt",
               "/item/{}/cite.bib"]


@pytest.mark.parametrize("route", ITEM_ROUTES)
def test_restricted_item_is_404_like_a_missing_one(client, restricted_id, route):
    restricted = client.get(route.format(restricted_id))
    missing = client.get(route.format("0123456789abcdef"))
    assert restricted.status_code == missing.status_code == 404
    assert restricted.data == missing.data
    assert b"Zanzibarite" not in restricted.data and restricted_id.encode() not in restricted.data
    assert client.get(route.format(restricted_id) + "?q=Zanzibarite").status_code == 404


@pytest.mark.parametrize("item_id", ["abca", "ABCA9361AEE86E6E", "../etc", "%00", "x" * 300])
def test_prefixes_and_junk_ids_are_404(client, restricted_id, item_id):
    if item_id == "abca":
        item_id = restricted_id[:6]
    response = client.get(f"/item/{item_id}")
    assert response.status_code == 404
    assert restricted_id.encode() not in response.data


def test_unknown_sub_pages_are_404(client, harbour_id):
    assert client.get(f"/item/{harbour_id}/bag-info.txt").status_code == 404
    assert client.get(f"/item/{harbour_id}/cite.ris").status_code == 404


@pytest.mark.parametrize("route", ITEM_ROUTES)
def test_writes_to_items_are_refused(client, harbour_id, route):
    assert client.post(route.format(harbour_id)).status_code == 405
    assert client.delete(route.format(harbour_id)).status_code == 405


# --- an HTML original ------------------------------------------------------------------------

def test_html_article_text_never_becomes_markup(html_client, html_item):
    html = page_text(html_client.get(f"/item/{html_item.id}?q=quay"))
    assert tag_count(html, "script") == 0
    assert "&lt;script&gt;" in html
    assert 'alert("live")' not in html            # the page's own script is not article text
    assert "<mark>quay</mark>" in html
    result = page_text(html_client.get("/search?q=quay"))
    assert tag_count(result, "script") == 0 and "&lt;script&gt;" in result
    data = html_client.get(f"/item/{html_item.id}.json").get_json()
    assert '<script>alert("quay")</script>' in data["text"]   # JSON carries the text as data


def test_html_original_is_not_served_as_html(html_client, html_item):
    response = html_client.get(f"/item/{html_item.id}/original")
    assert response.status_code == 200
    assert response.data == Path(html_item.payload).read_bytes()
    assert response.headers["Content-Type"] == "application/octet-stream"
    disposition = response.headers["Content-Disposition"]
    assert disposition.startswith("attachment; filename=")
    assert "filename*=UTF-8''%D0%BF%D1%80%D0%B8%D1%87%D0%B0%D0%BB%20_notes_.html" in disposition
    assert "<" not in disposition and "\n" not in disposition


def test_last_fixity_audit_is_shown(html_client, html_item):
    html = page_text(html_client.get(f"/item/{html_item.id}"))
    assert "never audited" not in html
    assert re.search(r'Last fixity audit</dt>\s*<dd>[^<]+: <strong class="outcome-pass">pass</strong> '
                     r"\(full check\)", html)
    audit = html_client.get(f"/item/{html_item.id}.json").get_json()["provenance"]["last_audit"]
    assert audit["outcome"] == "pass" and audit["mode"] == "full" and audit["problems"] == 0


# --- the audit reader ---------------------------------------------------------------------

def test_a_new_audit_shows_on_the_next_request(tmp_path):
    """The page follows the append-only audit log: never audited, then audited, then audited again."""
    from archive.fixity.audit import audit, last_audit
    from archive.search.reindex import reindex
    from archive.preservation.ingest import ingest
    from archive.preservation.root import init_root
    from web import create_app
    root = init_root(tmp_path / "archive")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "note.txt").write_text("A short invented note about the quay.\n", encoding="utf-8")
    ingest(root, [tmp_path / "in"])
    reindex(root)
    client = create_app({"ARCHIVE_ROOT": str(root.path), "TESTING": True}).test_client()
    [item], _ = list_items(root)
    assert client.get(f"/item/{item.id}.json").get_json()["provenance"]["last_audit"] is None
    audit(root, fast=True)
    first = client.get(f"/item/{item.id}.json").get_json()["provenance"]["last_audit"]
    assert first["mode"] == "fast" and first["outcome"] == "pass"
    audit(root)
    latest = client.get(f"/item/{item.id}.json").get_json()["provenance"]["last_audit"]
    expected = last_audit(root, item.id)
    assert latest["mode"] == "full" and latest["date"] == expected["eventDateTime"]
    assert latest["outcome"] == expected["eventOutcome"]


def test_audit_reader_waits_for_a_whole_line_and_skips_broken_ones(tmp_path):
    import json

    from web.audits import AuditIndex
    log = tmp_path / "audit-log.jsonl"

    def event(bag: str, outcome: str) -> str:
        return json.dumps({"eventType": "fixity check", "bag": bag, "eventOutcome": outcome,
                           "eventDateTime": "2026-01-01T00:00:00Z", "mode": "full"})

    log.write_text(event("a", "pass") + "\n" + '{"eventType": "fixity ch' + "\n"
                   + event("b", "pass")[:-5], encoding="utf-8")
    index = AuditIndex(log)
    assert index.get("a")["outcome"] == "pass" and index.get("b") is None
    with open(log, "a", encoding="utf-8") as handle:
        handle.write(event("b", "pass")[-5:] + "\n" + event("a", "fail") + "\n")
    assert index.get("b")["outcome"] == "pass" and index.get("a")["outcome"] == "fail"
    log.unlink()
    log.write_text(event("c", "pass") + "\n", encoding="utf-8")
    assert index.get("a") is None and index.get("c")["outcome"] == "pass"


def test_get_document_hides_restricted_and_unknown_ids(web_archive, harbour_id, restricted_id):
    from archive.search.documents import get_document, stored_values
    document = get_document(web_archive, harbour_id)
    assert document["title"] == "Harbour board approves the sea wall repairs"
    assert document["person_forms"][0]["key"] == "koshanov"
    assert get_document(web_archive, restricted_id) is None
    assert get_document(web_archive, "0123456789abcdef") is None
    assert get_document(web_archive, harbour_id[:8]) is None
    found = stored_values(web_archive, [harbour_id, restricted_id, "nonsense"], ("sha256",))
    assert list(found) == [harbour_id] and found[harbour_id]["sha256"].startswith(harbour_id)
