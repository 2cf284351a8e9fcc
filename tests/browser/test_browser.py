"""Real-browser tests: a researcher's journey through a live ``archive serve``, in headless chromium.

The journey runs with JavaScript off and the site's CSP enforced (the site must
work without scripts); axe-core runs on every page type with the CSP bypassed
(only to inject axe) and must find no serious or critical violation. The archive
is the session's ``web_archive`` (tests/conftest.py): the five seeds, one public
and one restricted invented article.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import pytest

from archive.preservation.catalog import get_item
from archive.description.name_keys import name_key
from archive.search.searching import search

from .conftest import AXE_JS

SPELLING = "Abliazov"                # as the researcher types it; the seeds also write Ablyazov, Abliyazov
PHONE = {"width": 360, "height": 740}
SERIOUS = ("serious", "critical")


def query(url: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(url).query)


def goto(page, url: str, status: int = 200):
    """Open ``url`` and check its HTTP status (a failing page should say which one failed)."""
    response = page.goto(url)
    assert response is not None, f"no response for {url}"
    assert response.status == status, f"{url} answered {response.status}, expected {status}"
    return response


def follow(page, selector: str) -> None:
    """Click the first element matching ``selector`` and wait for the page it leads to."""
    link = page.locator(selector).first
    assert link.count() == 1, f"nothing matches {selector} on {page.url}"
    with page.expect_navigation():
        link.click()


@pytest.fixture(scope="session")
def sample(web_archive) -> dict[str, str]:
    """Ids and keys the tests visit, found through the library (not through the site under test)."""
    hits = search(web_archive, "", person=SPELLING, date_from="2002", date_to="2002", limit=10).hits
    assert hits, "the seeds should hold articles of 2002 mentioning Abliazov"
    article = hits[0].id
    return {"article": article, "sha256": get_item(web_archive, article).digests["sha256"],
            "person": name_key(SPELLING)}


def chart_name(chart) -> str:
    """The accessible name of an SVG: its aria-label, or the text of the elements aria-labelledby names."""
    return chart.evaluate("""svg => (svg.getAttribute('aria-label') || (svg.getAttribute('aria-labelledby') || '')
        .split(/\\s+/).filter(Boolean).map(id => (document.getElementById(id) || {}).textContent || '')
        .join(' ')).trim()""")


# --- the journey -------------------------------------------------------------------------


def test_researcher_journey(live_server, page, sample):
    """Search a person in another spelling, narrow by year, read the article, its provenance, the person, the dates."""
    goto(page, live_server + "/")
    person_box = page.locator("form input[name=person]")
    assert person_box.is_visible(), "the search page has no visible person filter"
    person_box.fill(SPELLING)
    with page.expect_navigation():
        page.locator("form [type=submit]").first.click()
    assert query(page.url).get("person") == [SPELLING], page.url

    hits = page.locator("main .hit")
    before = hits.count()
    assert before >= 2, f"expected several articles for {SPELLING}, got {before}"
    assert page.locator("main .hit mark").count() >= 1, "no highlighted (<mark>) match in the results"
    explanations = " ".join(page.locator("main .hit .explanation").all_inner_texts())
    assert re.search(r"matched \w+ as a spelling of " + SPELLING, explanations), explanations
    assert "Zanzibarite" not in page.content()   # the restricted article never shows

    # Narrow to 2002 through the year facet: the state is in the URL.
    follow(page, "main .facets a:text-is('2002')")
    params = query(page.url)
    assert params.get("from") == ["2002"] and params.get("to") == ["2002"], page.url
    assert params.get("person") == [SPELLING], "the facet dropped the person filter"
    after = hits.count()
    assert 1 <= after < before, f"the year facet did not narrow the results ({before} -> {after})"

    # The article, with the provenance panel and its SHA-256.
    follow(page, f"main .hit a[href*='/item/{sample['article']}']")
    assert urlsplit(page.url).path == f"/item/{sample['article']}"
    panel = page.locator("#provenance")
    assert panel.is_visible(), "no visible provenance panel"
    assert "SHA-256" in panel.inner_text()
    assert sample["sha256"] in panel.inner_text(), "the provenance panel lacks the original's SHA-256"
    assert page.locator("main mark").count() >= 1, "the person's spelling is not highlighted in the article"

    # The person page, with its timeline drawn as SVG on the server.
    follow(page, f"main a[href$='/person/{sample['person']}']")
    assert urlsplit(page.url).path == f"/person/{sample['person']}"
    chart = page.locator("main svg").first
    assert chart.count() == 1 and chart.is_visible(), "the person page has no visible SVG timeline"
    assert chart.get_attribute("role") == "img", "the SVG timeline is not exposed as an image"
    assert chart_name(chart), "the SVG timeline has no accessible name (aria-label or aria-labelledby)"
    assert chart.locator("rect").count() >= 1, "the SVG timeline draws no bar"
    assert page.locator("main a[href*='/item/']").count() >= 1, "the person page lists no article"

    # Browse by date from the site's navigation down to a day.
    follow(page, "header a[href$='/dates']")
    for period in ("2000s", "2002", "2002-05", "2002-05-13"):
        follow(page, f"main a[href$='/dates/{period}']")
        assert urlsplit(page.url).path == f"/dates/{period}"
    assert page.locator("main a[href*='/item/']").count() >= 1, "the day 2002-05-13 lists no article"


def test_undated_articles_are_browsable(live_server, page):
    goto(page, live_server + "/dates")
    follow(page, "main a[href$='/dates/undated']")
    assert page.locator("main a[href*='/item/']").count() >= 2, "the seeds hold two undated articles"


def test_place_in_another_spelling_then_an_article_then_its_places(live_server, page):
    """Type a place as one source spells it, narrow by a place facet, and follow a place from an article."""
    goto(page, live_server + "/")
    place_box = page.locator("form input[name=place]")
    assert place_box.is_visible(), "the search page has no visible place filter"
    place_box.fill("Kazakstan")
    with page.expect_navigation():
        page.locator("form [type=submit]").first.click()
    assert query(page.url).get("place") == ["Kazakstan"], page.url
    everywhere = page.locator("main .hit").count()
    assert everywhere == 5, f"five seeds name Kazakhstan in either spelling, the page lists {everywhere}"
    assert "Place: Kazakstan" in page.locator("main").inner_text()

    follow(page, "main .facets a:text-is('Pavlodar')")
    assert query(page.url).get("place") == ["Pavlodar"], page.url
    assert page.locator("main .hit").count() == 3

    follow(page, "main .hit a[href*='/item/']")
    places = page.locator("main ul.places")
    assert places.is_visible(), "the article lists no places"
    assert "Pavlodar" in places.inner_text()
    follow(page, "main ul.places a:text-is('Almaty')")
    assert query(page.url).get("place") == ["Almaty"], page.url
    assert page.locator("main .hit").count() == 5


# --- keyboard and phone width ----------------------------------------------------------------


def focused(page) -> dict:
    return page.evaluate("""() => {
        const el = document.activeElement, style = getComputedStyle(el);
        return {id: el.id, tag: el.tagName, outline: style.outlineStyle, width: style.outlineWidth,
                shadow: style.boxShadow};
    }""")


def test_keyboard_focus_is_visible(live_server, page):
    """Tab from the top of the search page reaches the query box, and every focus on the way shows."""
    goto(page, live_server + "/")
    seen = []
    for _ in range(20):
        page.keyboard.press("Tab")
        state = focused(page)
        seen.append(state)
        visible = (state["outline"] != "none" and state["width"] != "0px") or state["shadow"] != "none"
        assert visible, f"focus on <{state['tag']} id={state['id']!r}> is not visible: {state}"
        if state["id"] == "q":
            break
    assert seen[-1]["id"] == "q", f"Tab never reached the search box: {[s['tag'] for s in seen]}"


PAGES = {
    "search": "/",
    "search results": "/search?person=" + SPELLING,
    "article": "/item/{article}?q=prison",
    "person": "/person/{person}",
    "people": "/people",
    "dates": "/dates",
    "decade": "/dates/2000s",
    "year": "/dates/2002",
    "month": "/dates/2002-05",
    "day": "/dates/2002-05-13",
    "undated": "/dates/undated",
    "about": "/about",
    "error": "/item/0000000000000000",
}
STATUS = {"error": 404}


@pytest.mark.parametrize("kind", list(PAGES))
def test_works_at_phone_width(live_server, browser, sample, kind):
    """No horizontal scrolling at 360 px: nothing wider than a phone's screen."""
    context = browser.new_context(java_script_enabled=False, viewport=PHONE)
    try:
        phone = context.new_page()
        goto(phone, live_server + PAGES[kind].format(**sample), STATUS.get(kind, 200))
        width = phone.evaluate("document.scrollingElement.scrollWidth")
        if width > PHONE["width"] + 1:
            wide = phone.evaluate("""(limit) => [...document.querySelectorAll('body *')]
                .filter(el => el.getBoundingClientRect().right > limit)
                .slice(0, 5).map(el => el.tagName + (el.className ? '.' + el.className : ''))""", PHONE["width"] + 1)
            pytest.fail(f"{kind} page is {width} px wide at 360 px; too wide: {wide}")
    finally:
        context.close()


# --- accessibility ---------------------------------------------------------------------------


def serious_violations(page) -> list[dict]:
    page.add_script_tag(path=str(AXE_JS))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [v for v in result["violations"] if v.get("impact") in SERIOUS]


def describe(violations: list[dict]) -> str:
    lines = []
    for v in violations:
        lines.append(f"[{v['impact']}] {v['id']}: {v['help']} ({v['helpUrl']})")
        for node in v["nodes"][:5]:
            lines.append(f"    at {' '.join(node['target'])}: {node.get('failureSummary', '').splitlines()[-1:]}")
    return "\n".join(lines)


@pytest.mark.parametrize("kind", list(PAGES))
def test_axe_finds_no_serious_violation(live_server, axe_page, sample, kind):
    goto(axe_page, live_server + PAGES[kind].format(**sample), STATUS.get(kind, 200))
    found = serious_violations(axe_page)
    assert not found, f"axe-core on the {kind} page ({axe_page.url}):\n{describe(found)}"


def test_axe_reports_what_it_should(axe_page):
    """The checker itself: an unlabelled input and an image without alt are serious findings."""
    axe_page.set_content('<!doctype html><html lang="en"><head><title>t</title></head><body><main>'
                         '<h1>t</h1><input type="text"><img src="data:,"></main></body></html>')
    found = {v["id"] for v in serious_violations(axe_page)}
    assert {"label", "image-alt"} <= found, found
