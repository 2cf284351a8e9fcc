"""Search on real bags: the seeds and the repo's samples, ingested and indexed for real."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from archive.preservation.catalog import bag_dirs, load_item
from archive.cli.search import search_command
from archive.errors import ArchiveError
from archive.search.reindex import reindex
from archive.preservation.ingest import ingest
from archive.search.searching import search

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "ingest" / "samples"


@pytest.fixture
def sampled(root):
    ingest(root, [SAMPLES])
    reindex(root)
    return root


def seed_id(root, prefix: str) -> str:
    [found] = [b.name for b in bag_dirs(root) if load_item(b).original_name.startswith(prefix)]
    return found


def ids(result) -> set[str]:
    return {h.id for h in result.hits}


def _language_count(result, code: str) -> int:
    return next((f["count"] for f in result.facets["language"] if f["value"] == code), 0)


def run_cli(root, *args: str):
    return CliRunner().invoke(search_command, [str(a) for a in args],
                              env={"ARCHIVE_ROOT": str(root.path)})


# --- people ---------------------------------------------------------------------------


@pytest.mark.parametrize("group, expected", [
    (["Abliazov", "Abliyazov", "Ablyazov", "Аблязов"], 4),
    (["Zhakianov", "Zhaqiyanov", "Zhakiyanov", "Jakiyanov", "Жакиянов"], 4),
    (["Nazarbayev", "Nazarbaev"], 3),
])
def test_every_spelling_finds_the_same_articles(indexed_seeds, group, expected):
    found = [ids(search(indexed_seeds, person=name)) for name in group]
    assert len(found[0]) == expected
    assert all(f == found[0] for f in found), dict(zip(group, found, strict=True))


def test_kozlov_and_kosanov_are_never_merged(indexed_seeds):
    kozlov, kosanov = ids(search(indexed_seeds, person="Kozlov")), ids(search(indexed_seeds, person="Kosanov"))
    assert kozlov != kosanov
    for hit in search(indexed_seeds, person="Kozlov").hits:
        assert hit.person_forms == ["Kozlov"] and "Kosanov" not in hit.explanation
    for hit in search(indexed_seeds, person="Kosanov").hits:
        assert hit.person_forms == ["Kosanov"] and "Kozlov" not in hit.explanation


def test_the_explanation_names_the_matched_spelling(indexed_seeds):
    result = search(indexed_seeds, person="Zhakiyanov")
    by_id = {h.id: h for h in result.hits}
    for hit in result.hits:
        assert hit.person_forms, hit.id
        assert hit.explanation and "Zhakiyanov" in hit.explanation
        assert any(form in hit.explanation for form in hit.person_forms)
    other = [h for h in by_id.values() if "Zhakiyanov" not in h.person_forms]
    assert other, "some article spells the name differently"
    assert any(f"matched {h.person_forms[0]} as a spelling of Zhakiyanov" in h.explanation
               for h in other)
    # the snippet marks the spelling found in the article
    assert any("[[" + f + "]]" in h.snippet for h in result.hits for f in h.person_forms)


def test_a_full_name_finds_that_person_among_the_surname(indexed_seeds):
    full = ids(search(indexed_seeds, person="Mukhtar Ablyazov"))
    assert full and full <= ids(search(indexed_seeds, person="Ablyazov"))
    assert ids(search(indexed_seeds, person="Mukhtar Abliyazov")) == full


# --- dates ----------------------------------------------------------------------------


def test_dates_at_any_precision(indexed_seeds):
    first = seed_id(indexed_seeds, "001_")
    assert ids(search(indexed_seeds, date_from="2004-04", date_to="2004-04")) == {first}
    assert ids(search(indexed_seeds, date_from="2004")) == {first}
    assert ids(search(indexed_seeds, date_from="2004-04-06", date_to="2004-04-06")) == {first}
    assert ids(search(indexed_seeds, date_to="2004-04-05")) == set()
    assert search(indexed_seeds, date_from="2005").total == 0


def test_undated_items_only_when_asked(indexed_seeds):
    undated = {seed_id(indexed_seeds, p) for p in ("000_", "002_", "003_", "004_")}
    assert ids(search(indexed_seeds, date_from="2005")) == set()
    assert ids(search(indexed_seeds, date_from="2005", include_undated=True)) == undated
    with_2004 = ids(search(indexed_seeds, date_from="2004", include_undated=True))
    assert with_2004 == undated | {seed_id(indexed_seeds, "001_")}


def test_bad_dates_are_refused(indexed_seeds):
    with pytest.raises(ArchiveError, match="--from"):
        search(indexed_seeds, date_from="sometime")
    with pytest.raises(ArchiveError, match="after"):
        search(indexed_seeds, date_from="2005", date_to="2004")


def test_sort_by_date_puts_undated_last(indexed_seeds):
    result = search(indexed_seeds, sort="date", limit=10)
    assert result.hits[0].id == seed_id(indexed_seeds, "001_")
    assert all(h.publication is None for h in result.hits[1:])


def test_sort_by_date_is_whooshs_sorted_order_across_segments_with_ties(root, inbox):
    """The date order (dated from the earliest, then undated; ties by id) equals what Whoosh's
    sorting collector gives, on two segments with equal dates, month and year precision."""
    from whoosh.query import Every
    from whoosh.sorting import FieldFacet
    from archive.search.index import live_searcher
    from archive.search.index_update import index_items
    rows = ["filename,dc.date"]
    dates = ["2004-04-06", "2004-04", "2004", "", "1999-12-31", "2004-04-06", "", "2010"]
    for number in range(40):
        name = f"n{number:02d}.txt"
        (inbox / name).write_text(f"Note {number}\n\nA harbour note, number {number}.\n", encoding="utf-8")
        rows.append(f"{name},{dates[number % len(dates)]}")
    (inbox / "metadata.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    ingest(root, [inbox])
    reindex(root)
    more = inbox.parent / "more"
    more.mkdir()
    (more / "late.txt").write_text("Late\n\nA harbour note added later.\n", encoding="utf-8")
    (more / "metadata.csv").write_text("filename,dc.date\nlate.txt,2004-04-06\n", encoding="utf-8")
    index_items(root, [o.id for o in ingest(root, [more]).outcomes])
    live = live_searcher(root)
    assert len(live.searcher.reader().leaf_readers()) == 2
    facets = [FieldFacet("undated"), FieldFacet("pub_earliest"), FieldFacet("id")]
    expected = [live.searcher.stored_fields(hit.docnum)["id"]
                for hit in live.searcher.search(Every(), sortedby=facets, limit=None)]
    for query in ("", "harbour"):
        found = [hit.id for page in (1, 2, 3) for hit in search(root, query, sort="date", limit=15, page=page).hits]
        assert found == expected and len(found) == 41
        assert all(hit.score is None for hit in search(root, query, sort="date").hits)


# --- query language -------------------------------------------------------------------


def test_words_phrases_and_operators(indexed_seeds):
    every = search(indexed_seeds).total
    assert every == 5
    embassy = ids(search(indexed_seeds, "embassy"))
    assert embassy
    assert ids(search(indexed_seeds, '"French embassy"')) <= embassy
    assert search(indexed_seeds, '"French embassy"').total >= 1
    assert search(indexed_seeds, '"embassy French"').total == 0
    kazak = ids(search(indexed_seeds, "kazak*"))
    assert ids(search(indexed_seeds, "kazak* AND embassy")) == kazak & embassy
    assert ids(search(indexed_seeds, "kazak* NOT embassy")) == kazak - embassy
    assert ids(search(indexed_seeds, "embassy OR Saenen")) == embassy | ids(search(indexed_seeds, "Saenen"))
    amnesty = ids(search(indexed_seeds, "title:amnesty"))
    assert len(amnesty) == 1 and amnesty <= ids(search(indexed_seeds, "amnesty"))
    assert all("amnesty" in (h.title or "").lower() for h in search(indexed_seeds, "title:amnesty").hits)


def test_snippets_mark_matches(indexed_seeds):
    [hit] = search(indexed_seeds, '"French embassy"').hits
    assert "[[French]]" in hit.snippet and "[[embassy]]" in hit.snippet.lower()
    assert hit.matched


@pytest.mark.parametrize("query, message", [
    ("*a*", "trailing \\*"),
    ("*stan", "trailing \\*"),
    ("ka*", "at least 3"),
    ("kaz* ele* pol* gov*", "more than 3 wildcard"),
    ("x" * 10_000, "longer than 1000"),
])
def test_bad_queries_fail_clearly_and_quickly(indexed_seeds, query, message):
    started = time.monotonic()
    with pytest.raises(ArchiveError, match=message):
        search(indexed_seeds, query)
    assert time.monotonic() - started < 1.0


def test_paging_bounds(indexed_seeds):
    with pytest.raises(ArchiveError, match="limit"):
        search(indexed_seeds, limit=101)
    with pytest.raises(ArchiveError, match="page"):
        search(indexed_seeds, page=0)
    first, second = search(indexed_seeds, limit=2), search(indexed_seeds, limit=2, page=2)
    assert first.total == second.total == 5 and first.pages == 3
    assert len(first.hits) == len(second.hits) == 2 and ids(first).isdisjoint(ids(second))
    assert len(search(indexed_seeds, limit=2, page=3).hits) == 1


# --- restricted, source, facets --------------------------------------------------------


def test_restricted_items_only_when_asked(sampled):
    restricted = {b.name for b in bag_dirs(sampled) if load_item(b).restricted}
    assert len(restricted) == 1
    everything = search(sampled, limit=100)
    assert ids(everything).isdisjoint(restricted)
    assert search(sampled, "Калиевой").total == 0
    assert search(sampled, date_from="2006", date_to="2006").total == 0
    with_restricted = search(sampled, limit=100, include_restricted=True)
    assert _language_count(everything, "ru") == _language_count(with_restricted, "ru") - 1   # it is Russian
    shown = search(sampled, "Калиевой", include_restricted=True)
    assert ids(shown) == restricted
    assert shown.hits[0].restricted and shown.hits[0].snippet == ""
    assert search(sampled, limit=100, include_restricted=True).total == everything.total + 1


def test_source_filter(sampled):
    found = search(sampled, source="https://www.news.example.org/x")
    assert found.total == 2 and all(h.source == "news.example.org" for h in found.hits)
    assert search(sampled, source="news.example.org").total == 2
    assert search(sampled, source="nowhere.example").total == 0


def test_facets_cover_the_whole_result_set(indexed_seeds):
    result = search(indexed_seeds, limit=1)
    assert len(result.hits) == 1 and result.total == 5
    for name in ("pub_year", "source", "language", "kind"):
        assert sum(e["count"] for e in result.facets[name]) == result.total, name
    assert {"value": "2004", "count": 1} in result.facets["pub_year"]
    assert {"value": "undated", "count": 4} in result.facets["pub_year"]
    people = {e["key"]: e for e in result.facets["person"]}
    assert people["abliasov"]["count"] == 4 and "Abl" in people["abliasov"]["name"]
    assert all(e["count"] <= result.total for e in result.facets["person"])


# --- command line ---------------------------------------------------------------------


def test_cli_json_parses(indexed_seeds):
    outcome = run_cli(indexed_seeds, "--person", "Jakiyanov", "--json")
    assert outcome.exit_code == 0, outcome.output
    data = json.loads(outcome.output)
    assert data["total"] == 4 and len(data["hits"]) == 4 and data["pages"] == 1
    assert all(h["explanation"] for h in data["hits"])
    assert set(data["facets"]) == {"pub_year", "source", "language", "kind", "person", "place"}


def test_cli_human_output(indexed_seeds):
    outcome = run_cli(indexed_seeds, "embassy", "--sort", "date")
    assert outcome.exit_code == 0, outcome.output
    assert "[[embassy]]" in outcome.output.lower()
    assert "undated" in outcome.output
    assert "(page 1 of 1)" in outcome.output
    person = run_cli(indexed_seeds, "--person", "Аблязов")
    assert "as a spelling of Аблязов" in person.output and "4 results" in person.output


def test_cli_errors(indexed_seeds, tmp_path):
    bad = run_cli(indexed_seeds, "*a*")
    assert bad.exit_code == 2 and "invalid query" in bad.output and "Traceback" not in bad.output
    assert run_cli(indexed_seeds, "--limit", "1000").exit_code == 2
    assert run_cli(indexed_seeds, "--sort", "sideways").exit_code == 2


def test_cli_without_an_index(root):
    outcome = run_cli(root, "anything")
    assert outcome.exit_code == 1 and "no index yet" in outcome.output
