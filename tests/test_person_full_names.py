"""A full name means that person: relatives and namesakes who share a surname are told apart.

Real archives of tests/person_pairs.py's invented articles (answers marked):
every full-name search finds exactly the articles naming that person, a
surname alone still finds them all and says whom it joined, an initial finds
every given name it may stand for, spellings still meet, and the site's
person filter follows the same rule.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from archive.cli import main
from archive.preservation.catalog import bag_dirs, load_item
from archive.preservation.root import init_root
from archive.search.intake import ingest_and_index
from archive.search.searching import search
from tests.person_pairs import write_pair_articles


@pytest.fixture(scope="module")
def pairs_archive(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pairs")
    answers = write_pair_articles(folder / "inbox", per_shape=1)
    (folder / "inbox" / "spelled.txt").write_text(
        "Spelling report\n\nALMATY, March 3 - Mukhtar Abliyazov said the bank would appeal.\n", encoding="utf-8")
    root = init_root(folder / "root")
    ingest_and_index(root, [folder / "inbox"])
    names = {bag.name: load_item(bag).original_name for bag in bag_dirs(root)}
    return root, answers, names


def found(root, names, person: str) -> set[str]:
    return {names[hit.id] for hit in search(root, person=person, limit=100).hits}


def test_every_full_name_finds_exactly_the_articles_naming_that_person(pairs_archive):
    root, answers, names = pairs_archive
    wrong = {}
    for full, wanted in answers.items():
        got = found(root, names, full) - {"spelled.txt"}
        if got != wanted:
            wrong[full] = (sorted(got), sorted(wanted))
    assert wrong == {}


def test_a_surname_alone_finds_them_all_and_says_whom_it_joined(pairs_archive):
    root, answers, names = pairs_archive
    everyone = answers["Hillary Clinton"] | answers["Bill Clinton"]
    result = search(root, person="Clinton", limit=100)
    assert {names[hit.id] for hit in result.hits} == everyone
    [note] = result.notes
    assert "Hillary Clinton" in note and "Bill Clinton" in note and "full name" in note
    cli = CliRunner().invoke(main, ["search", "--root", str(root.path), "--person", "Clinton"])
    assert cli.exit_code == 0 and "joins 2 people" in cli.output


def test_an_initial_finds_every_given_name_it_may_stand_for(pairs_archive):
    root, answers, names = pairs_archive
    assert found(root, names, "H. Clinton") == answers["Hillary Clinton"]
    assert found(root, names, "S. Kelly") == answers["Scott Kelly"]
    trumps = found(root, names, "D. Trump")
    assert trumps == answers["Donald Trump"]


def test_spellings_of_the_given_name_and_the_surname_still_meet(pairs_archive):
    root, answers, names = pairs_archive
    mukhtar = found(root, names, "Mukhtar Ablyazov")
    assert mukhtar == answers["Mukhtar Ablyazov"] | {"spelled.txt"}
    assert found(root, names, "Mukhtar Abliyazov") == mukhtar
    assert found(root, names, "Sergey Ivanov") == answers["Sergei Ivanov"]
    assert "spelled.txt" not in found(root, names, "Madina Ablyazov")


def test_the_sites_person_filter_follows_the_same_rule(pairs_archive):
    from web import create_app
    root, answers, names = pairs_archive
    client = create_app({"ARCHIVE_ROOT": str(root.path), "TESTING": True}).test_client()
    data = client.get("/search.json", query_string={"person": "Saddam Hussein", "limit": 100}).get_json()
    assert {names[hit["id"]] for hit in data["hits"]} == answers["Saddam Hussein"]
    page = client.get("/search", query_string={"person": "Hussein"}).get_data(as_text=True)
    assert "joins 2 people" in page

