"""Places: found by the gazetteer, keyed across spellings and names, searchable and counted."""

from __future__ import annotations

import json
import pytest

from archive.preservation.catalog import load_item
from archive.description.derive import derive
from archive.description.places import find_places, place_key, places
from archive.search.searching import search
from tests.conftest import bags

# Invented text, written for these tests.
TEXT = ("The Almaty-based group met in Alma-Ata in 1990 and in Almaty in 2004. Kazakhstan's "
        "president flew to Qazaqstan's capital, Astana, then to Казахстан's neighbour Kyrgyzstan. "
        "Georgia Ivanova read the New York Times. The US envoy said: let us talk. Us neither. "
        "DCK members came from Pavlodar; so did Petrograd Smith of Zamzam Town.")


def surfaces(text: str) -> list[tuple[str, str]]:
    return find_places(text)


def test_spellings_and_other_names_of_one_place_share_a_key():
    assert place_key("Kazakstan") == place_key("Kazakhstan") == place_key("Qazaqstan") == place_key("Казахстан")
    assert place_key("Alma-Ata") == place_key("Almaty") == place_key("Алматы")
    assert place_key("Semipalatinsk") == place_key("Semey")
    assert place_key("Kiev") == place_key("Kyiv")
    assert place_key("US") == place_key("United States") == place_key("USA")
    assert place_key("Kazakh SSR") == place_key("Kazakhstan")
    assert place_key("Kazakhstan") != place_key("Kyrgyzstan")
    assert place_key("Astana") != place_key("Almaty")
    assert place_key("Calden Bay") == "calden bai"     # unknown places key by spelling
    assert place_key("!!") == ""


def test_find_places_in_order_with_their_surfaces():
    found = surfaces(TEXT)
    assert [s for s, _ in found] == ["Almaty", "Alma-Ata", "Almaty", "Kazakhstan", "Qazaqstan", "Astana",
                                     "Казахстан", "Kyrgyzstan", "US", "Pavlodar"]
    assert {k for s, k in found if s in ("Almaty", "Alma-Ata")} == {place_key("Almaty")}
    assert surfaces("Born in the Kazakh SSR, he left the USSR.") == [
        ("Kazakh SSR", place_key("Kazakhstan")), ("USSR", place_key("Soviet Union"))]


@pytest.mark.parametrize("text", [
    "Georgia Ivanova spoke.",            # a given name before a surname
    "The New York Times reported it.",   # a newspaper, not the city
    "Nazarbayev University opened.",      # not in the gazetteer at all
    "Let us go. Us too.",                # the pronoun, not the country
    "CHINA is shouted here.",            # capitals are matched only as listed acronyms
    "in may and in parliament",          # lower case is never a place
    "Oral arguments began. Andriy Shevchenko and Mikhail Frunze came.",   # words and surnames
    "Latin America and South America",   # America is not listed alone
])
def test_what_is_not_a_place(text: str):
    assert surfaces(text) == []


def test_places_groups_forms_and_puts_the_dateline_first():
    found = places("CALDEN BAY, 14 June 2003 - Delegates from Alma-Ata and Almaty, and from Kazakstan.",
                   dateline="CALDEN BAY")
    assert [(p.name, p.forms) for p in found] == [
        ("Calden Bay", {"CALDEN BAY": 1}),
        ("Almaty", {"Alma-Ata": 1, "Almaty": 1}),
        ("Kazakhstan", {"Kazakstan": 1}),
    ]
    # A dateline the gazetteer knows is the same place as its mentions, counted with them.
    again = places("Prague, 6 April 2004 - Talks in Prague.", dateline="Prague")
    assert [(p.name, p.forms) for p in again] == [("Prague", {"Prague": 2})]


# --- the real seeds -------------------------------------------------------------------


def test_every_seed_names_kazakhstan_in_either_spelling(indexed_seeds):
    derived = {item.original_name[:4]: derive(item) for item in map(load_item, bags(indexed_seeds))}
    assert len(derived) == 5
    for prefix, record in derived.items():
        keys = [p["key"] for p in record.places]
        assert place_key("Kazakhstan") in keys, (prefix, record.places)
    kazakhstan = {prefix: next(p for p in record.places if p["key"] == place_key("Kazakhstan"))
                  for prefix, record in derived.items()}
    assert set(kazakhstan["000_"]["forms"]) == {"Kazakstan"}
    assert set(kazakhstan["001_"]["forms"]) == {"Kazakhstan"}
    assert all(p["name"] == "Kazakhstan" for p in kazakhstan.values())
    assert derived["001_"].places[0]["name"] == "Prague"        # its dateline
    assert {p["name"] for p in derived["004_"].places} >= {"Shakhtinsk", "Karaganda", "Kostanay", "Rudny"}


@pytest.mark.parametrize("spelling", ["Kazakstan", "Kazakhstan", "Qazaqstan", "Казахстан"])
def test_place_search_finds_every_spelling(indexed_seeds, spelling):
    result = search(indexed_seeds, place=spelling, limit=100)
    assert result.total == 5


def test_place_search_by_another_name_and_a_smaller_place(indexed_seeds):
    almaty = {h.id for h in search(indexed_seeds, place="Almaty", limit=100).hits}
    assert {h.id for h in search(indexed_seeds, place="Alma-Ata", limit=100).hits} == almaty
    pavlodar = search(indexed_seeds, place="Pavlodar", limit=100)
    ids = {item.id: item.original_name[:3] for item in map(load_item, bags(indexed_seeds))}
    assert sorted(ids[h.id] for h in pavlodar.hits) == ["000", "002", "003"]
    assert search(indexed_seeds, place="Shakhtinsk").total == 1
    assert search(indexed_seeds, place="Atlantis").total == 0
    # The place filter narrows a query too.
    assert search(indexed_seeds, "Ablyazov", place="Pavlodar").total <= pavlodar.total


def test_place_facet_counts_articles_with_display_names(indexed_seeds):
    facet = search(indexed_seeds, limit=1).facets["place"]
    counts = {entry["name"]: entry["count"] for entry in facet}
    assert counts["Kazakhstan"] == 5 and counts["Almaty"] == 5 and counts["Pavlodar"] == 3
    assert counts["Prague"] == 1
    assert [entry["count"] for entry in facet] == sorted((e["count"] for e in facet), reverse=True)
    narrowed = search(indexed_seeds, place="Shakhtinsk").facets["place"]
    assert {e["name"] for e in narrowed} >= {"Shakhtinsk", "Kazakhstan"}


def test_cli_place_option(indexed_seeds, cli):
    outcome = cli("search", "--place", "Kazakstan", "--json")
    assert outcome.exit_code == 0, outcome.output
    data = json.loads(outcome.output)
    assert data["total"] == 5
    assert {e["name"] for e in data["facets"]["place"]} >= {"Kazakhstan", "Almaty", "Astana"}
    listing = cli("search", "--place", "Alma-Ata")
    assert listing.exit_code == 0 and "place: " in listing.output and "5 results" in listing.output
    bad = cli("search", "--place", "!!")
    assert bad.exit_code != 0 and "--place" in bad.output


# --- the web front end --------------------------------------------------------------------


def test_web_place_filter_facet_and_label(client):
    data = client.get("/search.json?place=Alma-Ata").get_json()
    # Five seeds name Almaty; the restricted article filed from ALMATY is never counted.
    assert data["total"] == 5
    [entry] = [e for e in data["facets"]["place"] if e["name"] == "Almaty"]
    assert entry["active"] and entry["remove_url"]
    assert {"label": "Place: Alma-Ata", "remove_url": entry["remove_url"]} in data["filters"]
    everything = client.get("/search.json").get_json()
    [calden] = [e for e in everything["facets"]["place"] if e["name"] == "Calden Bay"]
    assert calden["count"] == 1
    narrowed = client.get(calden["url"].replace("/search?", "/search.json?")).get_json()
    assert narrowed["total"] == 1 and narrowed["hits"][0]["title"].startswith("Harbour board")
    html = client.get("/search?place=Kazakstan").get_data(as_text=True)
    assert 'name="place"' in html and "Places" in html


def test_web_item_lists_its_places_with_search_links(client, web_archive):
    [item_id] = [item.id for item in map(load_item, bags(web_archive)) if item.original_name.startswith("004_")]
    data = client.get(f"/item/{item_id}.json").get_json()
    names = [p["name"] for p in data["places"]]
    assert "Shakhtinsk" in names and "Kostanay" in names
    kostanay = next(p for p in data["places"] if p["name"] == "Kostanay")
    assert kostanay["forms"] == {"Kostanai": 2}
    assert kostanay["url"] == "/search?place=Kostanay"
    html = client.get(f"/item/{item_id}").get_data(as_text=True)
    assert "Places mentioned" in html and "(written Kostanai)" in html
