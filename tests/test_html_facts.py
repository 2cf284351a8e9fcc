"""What a page states about itself, with where it said it; and the dates a page does not state.

Pages go through the real ingest, a real index in tmp_path and the Flask app.
The archivist's metadata.csv wins over the page; the page's values say where
on the page they were found (og:title, JSON-LD, <html lang>...), in the JSON
twin and in words on the item page. A date the page does not state as its
publication date (a modification date, a copyright year, a sidebar's
<time>, a comment's date, the page's address) is never its publication date.
"""

from __future__ import annotations

from html import unescape

import pytest

from archive.description.dates import publication_date
from archive.description.extracted import Extracted
from archive.description.html_text import extract_html
from archive.preservation.ingest import ingest
from archive.search.intake import ingest_and_index
from tests.fixtures import write
from web import create_app

BODY = ("<p>The harbour board approved the new ferry timetable after a long debate on Tuesday evening, "
        "ending a dispute that had run since the spring.</p>"
        "<p>Ferries to Ostervale will now leave every forty minutes, and the last crossing will run at "
        "half past eleven on Fridays and Saturdays.</p>"
        "<p>Residents of the island had asked for later crossings for years, the board's chair said.</p>")


def page(head: str, body: str = "", lang: str = 'lang="en-GB"') -> bytes:
    return (f"<!DOCTYPE html><html {lang}><head><meta charset='utf-8'>{head}</head><body>"
            f"<header><a href='/'>Bay Courier</a></header>{body or f'<article><h1>Ferries run later</h1>{BODY}</article>'}"
            "<footer>© 2019 Bay Courier Media</footer></body></html>").encode()


def facts(data: bytes) -> Extracted:
    out = Extracted()
    extract_html(data, "utf-8", out)
    return out


def day(out: Extracted) -> str | None:
    found = publication_date(None, out.meta_dates, out.text)
    return str(found.edtf) if found is not None else None


# --- each field with its source ------------------------------------------------------------------

def test_open_graph_and_meta_tags_with_where_they_were_found():
    out = facts(page('<title>Ferries run later | Bay Courier</title>'
                     '<meta property="og:title" content="Ferries run later">'
                     '<meta property="og:site_name" content="Bay Courier">'
                     '<meta name="author" content="Mara Velt">'
                     '<meta property="article:published_time" content="2016-05-03T10:00:00+01:00">'
                     '<meta property="article:modified_time" content="2018-01-01T00:00:00Z">'))
    assert (out.title, out.publisher, out.authors, out.language) == \
        ("Ferries run later", "Bay Courier", ["Mara Velt"], "en-GB")
    assert out.found_in == {"title": "<meta og:title>", "publisher": "<meta og:site_name>",
                            "authors": "<meta author>", "language": "<html lang>"}
    assert day(out) == "2016-05-03"
    assert out.date_origins == {"2016-05-03T10:00:00+01:00": "<meta article:published_time>"}


def test_json_ld_alone_gives_headline_author_publisher_date_and_language():
    ld = ('<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
          '{"@type": "WebSite", "name": "Bay Courier"},'
          '{"@type": "NewsArticle", "headline": "Ferries run later", "inLanguage": "en",'
          '"datePublished": "2016-05-03T10:00:00Z", "dateModified": "2017-02-01T00:00:00Z",'
          '"author": [{"@type": "Person", "name": "Mara Velt"}, {"@type": "Person", "name": "Ivo Dane"}],'
          '"publisher": {"@type": "Organization", "name": "Bay Courier"}}]}</script>')
    out = facts(page(ld, lang=""))
    assert (out.title, out.authors, out.publisher, out.language) == \
        ("Ferries run later", ["Mara Velt", "Ivo Dane"], "Bay Courier", "en")
    assert out.found_in == {"title": "JSON-LD headline", "authors": "JSON-LD author",
                            "publisher": "JSON-LD publisher", "language": "JSON-LD inLanguage"}
    assert day(out) == "2016-05-03"


@pytest.mark.parametrize("title, headline, site", [
    ("Ferries run later | Bay Courier", "Ferries run later", "Bay Courier"),
    ("Ferries run later - Bay Courier", "Ferries run later", "Bay Courier"),
    ("Ferries run later – News – Bay Courier", "Ferries run later", "News"),
])
def test_the_title_element_loses_its_site_part(title, headline, site):
    out = facts(page(f"<title>{title}</title>"))
    assert out.title == headline and out.found_in["title"] == "<title>"
    assert out.publisher is not None


def test_a_byline_element_names_the_authors_and_stays_out_of_the_text():
    body = f"<article><h1>Ferries run later</h1><p class='byline'>By Mara Velt and Ivo Dane</p>{BODY}</article>"
    out = facts(page("<title>Ferries run later</title>", body))
    assert out.authors == ["Mara Velt", "Ivo Dane"] and out.found_in["authors"] == "byline"
    assert "By Mara Velt" not in out.text


# --- dates the page does not state as its publication date ---------------------------------------

@pytest.mark.parametrize("decoy", [
    '<meta property="article:modified_time" content="2018-01-01T00:00:00Z">',
    '<link rel="canonical" href="https://courier.example/2015/04/01/ferries-run-later">',
])
def test_no_publication_date_from_a_modification_date_or_the_address(decoy):
    out = facts(page(f"<title>Ferries run later</title>{decoy}"))
    assert out.meta_dates == [] and day(out) is None


def test_no_publication_date_from_a_sidebar_a_comment_or_the_copyright_line():
    body = (f"<article><h1>Ferries run later</h1>{BODY}</article>"
            "<aside><h3>Most read</h3><ul><li><time datetime='2016-04-30'>30 April 2016</time> "
            "Lifeboat crew honoured</li></ul></aside>"
            "<section class='comments'><p>Posted <time datetime='2016-05-04T08:00'>4 May 2016</time> by Ann</p></section>")
    out = facts(page("<title>Ferries run later</title>", body))
    assert out.meta_dates == [] and day(out) is None


# --- end to end: the archivist wins; the page's sources on the site ------------------------------

def test_the_page_and_the_archivist_each_named_on_the_site(root, inbox):
    head = ('<title>Ferries run later | Bay Courier</title><meta property="og:title" content="Ferries run later">'
            '<meta name="author" content="Mara Velt">'
            '<meta property="article:published_time" content="2016-05-03T10:00:00+01:00">')
    write(inbox, "ferries.html", page(head))
    write(inbox, "ferries-2.html", page(head.replace("Ferries run later", "Ferries run later still")))
    write(inbox, "metadata.csv", b"filename,dc.title,dc.date\nferries-2.html,Ferry timetable (corrected),2016-05-04\n")
    report, _ = ingest_and_index(root, [inbox])
    ids = {o.path.rsplit("/", 1)[-1]: o.id for o in report.outcomes}
    client = create_app({"ARCHIVE_ROOT": str(root.path), "TESTING": True}).test_client()

    own = client.get(f"/item/{ids['ferries.html']}.json").get_json()
    assert own["title"] == "Ferries run later"
    assert own["found_in"] == {"title": "<meta og:title>", "authors": "<meta author>", "language": "<html lang>",
                               "date": "<meta article:published_time>"}
    html = unescape(client.get(f"/item/{ids['ferries.html']}").get_data(as_text=True))
    assert "from the page's <meta og:title>" in html
    assert "from the page's <meta author>" in html
    assert "from the page's <meta article:published_time>" in html

    corrected = unescape(client.get(f"/item/{ids['ferries-2.html']}").get_data(as_text=True))
    assert "Ferry timetable (corrected)" in corrected and "2016-05-04" in corrected
    assert "from the page's <meta og:title>" not in corrected
    assert "from the page's <meta article:published_time>" not in corrected


def test_a_refused_page_is_named_only_for_junk(root, inbox):
    write(inbox, "empty.html", b"")
    report = ingest(root, [inbox])
    [outcome] = report.outcomes
    assert outcome.status == "refused" and "empty" in outcome.reason
