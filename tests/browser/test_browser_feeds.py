"""A feed's items in a real browser: search finds an item, its page names its file, the file lists its items.

The archive here is its own (a news feed and a web archive written by the
test, ingested and indexed for real), served by a real ``archive serve`` and
read in headless chromium with JavaScript off; axe-core checks the two new
shapes of page (an article of a file, a file of articles).
"""

from __future__ import annotations

import pytest

from archive.preservation.root import init_root
from archive.search.intake import ingest_and_index
from tests.test_containers import PAGE, _warc, rss

from .conftest import serve
from .test_browser import describe, follow, goto, serious_violations


@pytest.fixture(scope="module")
def feed_server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("feeds")
    root = init_root(folder / "archive")
    inbox = folder / "inbox"
    inbox.mkdir()
    (inbox / "courier.xml").write_bytes(rss())
    (inbox / "crawl.warc.gz").write_bytes(_warc([("https://bay.example/sea-wall", "text/html", PAGE)]))
    ingest_and_index(root, [inbox])
    yield from serve(root.path, folder / "serve.log")


def test_from_a_feed_item_to_its_file_and_back(feed_server, page):
    goto(page, feed_server + "/search?q=quarrybrook")
    follow(page, "a[href^='/item/']")
    assert page.locator("h1").inner_text() == "Footbridge approved after long debate"
    note = page.locator(".part-of").inner_text()
    assert "Item 2 of 3 of the news feed" in note and "Calden Bay Courier" in note
    follow(page, ".part-of a")
    assert page.locator("h2#articles-h").inner_text() == "Articles in this file"
    titles = page.locator("ol.articles a").all_inner_texts()
    assert titles == ["Ferry timetable changes in October", "Footbridge approved after long debate",
                      "Hospital trust warns of nurse shortage"]
    follow(page, "ol.articles a")
    assert "evening crossing" in page.locator("section.text").inner_text()


def test_a_web_capture_says_when_it_was_captured(feed_server, page):
    goto(page, feed_server + "/search?q=engineers")
    follow(page, "a[href^='/item/']")
    note = page.locator(".part-of").inner_text()
    assert "of the web archive" in note and "captured 2020-03-04T05:06:07Z" in note


@pytest.mark.parametrize("query", ["quarrybrook", "engineers"])
def test_axe_on_an_article_of_a_file_and_on_the_file(feed_server, axe_page, query):
    goto(axe_page, feed_server + f"/search?q={query}")
    follow(axe_page, "a[href^='/item/']")
    found = serious_violations(axe_page)
    assert not found, f"axe-core on {axe_page.url}:\n{describe(found)}"
    follow(axe_page, ".part-of a")
    found = serious_violations(axe_page)
    assert not found, f"axe-core on {axe_page.url}:\n{describe(found)}"
