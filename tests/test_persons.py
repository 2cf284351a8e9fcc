"""The person authority on the real seeds: listing, alias, split, the append-only log."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from whoosh.query import Term

from archive.cli.persons import persons_group
from archive.errors import ArchiveError
from archive.search.index import open_index
from archive.search.reindex import reindex
from archive.search.schema import person_terms
from archive.description.name_keys import name_key
from archive.description.authority import (
    AUTHORITY_NAME, Authority, alias, load_authority, read_corrections, resolve,
)
from archive.search.people import list_people


@pytest.fixture
def persons(indexed_seeds):
    runner = CliRunner()

    def run(*args: str, code: int = 0):
        result = runner.invoke(persons_group, [str(a) for a in args],
                               env={"ARCHIVE_ROOT": str(indexed_seeds.path), "ARCHIVE_OPERATOR": "tester"},
                               catch_exceptions=False)
        assert result.exit_code == code, result.output
        return result
    return run


def hits(root, key: str) -> int:
    with open_index(root).searcher() as searcher:
        return len(searcher.search(Term("person", key), limit=None))


def person(root, key: str) -> dict | None:
    return next((p for p in list_people(root) if p["key"] == key), None)


def test_persons_lists_ablyazov_with_spellings_and_articles(persons):
    people = json.loads(persons("--json").output)
    ablyazov = next(p for p in people if p["key"] == name_key("Ablyazov"))
    assert ablyazov["articles"] == 4
    assert {"Ablyazov", "Abliazov", "Abliyazov", "Mukhtabar Abliyazov"} <= set(ablyazov["spellings"])
    assert people[0]["articles"] >= people[-1]["articles"]
    text = persons().output
    assert "Mukhtar Ablyazov" in text and "Abliyazov" in text


def test_no_corrections_is_identity(indexed_seeds):
    assert load_authority(indexed_seeds).empty
    assert resolve(indexed_seeds, "taikina") == "taikina"
    assert resolve(indexed_seeds, "muktabar abliasov") == "muktabar abliasov"
    people = [{"name": "Rozlana Taykina", "key": "taikina", "forms": {"Rozlana Taykina": 1}}]
    assert person_terms(people, Authority()) == person_terms(people)
    assert not (indexed_seeds.path / AUTHORITY_NAME).exists()


def test_alias_surname_merges_taykina_into_taukina_and_survives_reindex(indexed_seeds, persons):
    assert hits(indexed_seeds, "taikina") == 1 and hits(indexed_seeds, "taukina") == 2
    result = persons("alias", "Taykina", "Taukina", "--note", "seed 000 spells her both ways")
    assert "reindexed" in result.output
    for _ in range(2):                       # live at once, and after any later reindex
        assert hits(indexed_seeds, "taikina") == 0
        assert hits(indexed_seeds, "taukina") == 2
        assert hits(indexed_seeds, name_key("Rozlana Taukina")) == 2   # the surname inside full names too
        assert person(indexed_seeds, "taikina") is None
        taukina = person(indexed_seeds, "taukina")
        assert taukina["articles"] == 2
        assert {"Rozlana Taykina", "Taukina", "Roslana Taukina"} <= set(taukina["spellings"])
        assert taukina["name"] != "Rozlana Taykina"
        reindex(indexed_seeds)
    assert resolve(indexed_seeds, "taikina") == "taukina"
    assert resolve(indexed_seeds, name_key("Rozlana Taykina")) == name_key("Rozlana Taukina")
    [event] = read_corrections(indexed_seeds)
    assert event["action"] == "alias" and event["from"] == "Taykina" and event["to"] == "Taukina"
    assert event["operator"] == "tester" and event["note"] == "seed 000 spells her both ways"
    assert event["eventIdentifier"].startswith("urn:uuid:") and event["eventDateTime"]


def test_alias_full_name_mukhtabar(indexed_seeds):
    full = name_key("Mukhtar Ablyazov")
    assert hits(indexed_seeds, full) == 3
    alias(indexed_seeds, "Mukhtabar Abliyazov", "Mukhtar Ablyazov")
    reindex(indexed_seeds)
    assert hits(indexed_seeds, full) == 4
    assert hits(indexed_seeds, name_key("Mukhtabar Abliyazov")) == 0
    assert resolve(indexed_seeds, name_key("Mukhtabar Abliyazov")) == full
    assert resolve(indexed_seeds, "abliasov") == "abliasov"     # the surname is not touched


def test_chains_resolve_and_cycles_are_refused(indexed_seeds, persons):
    alias(indexed_seeds, "Taykina", "Taukina")
    alias(indexed_seeds, "Taukina", "Tawkina")
    assert resolve(indexed_seeds, "taikina") == name_key("Tawkina")
    with pytest.raises(ArchiveError, match="cycle"):
        alias(indexed_seeds, "Tawkina", "Taykina")
    result = persons("alias", "Tawkina", "Taykina", code=2)
    assert "cycle" in result.output
    with pytest.raises(ArchiveError, match="same key"):
        alias(indexed_seeds, "Abliyazov", "Ablyazov")
    assert len(read_corrections(indexed_seeds)) == 2          # refused corrections are not logged


def test_alias_a_a_withdraws(indexed_seeds):
    alias(indexed_seeds, "Taykina", "Taukina")
    alias(indexed_seeds, "Taykina", "Taykina")
    assert resolve(indexed_seeds, "taikina") == "taikina"
    assert len(read_corrections(indexed_seeds)) == 2


def test_log_is_append_only(indexed_seeds, persons):
    log = indexed_seeds.path / AUTHORITY_NAME
    persons("alias", "Taykina", "Taukina")
    first = log.read_bytes()
    persons("alias", "Mukhtabar Abliyazov", "Mukhtar Ablyazov")
    second = log.read_bytes()
    persons("split", "Mukhtar")
    third = log.read_bytes()
    assert second.startswith(first) and third.startswith(second)
    lines = third.decode("utf-8").splitlines()
    assert len(lines) == 3 and all(json.loads(line)["action"] for line in lines)
    reindex(indexed_seeds)
    assert log.read_bytes() == third                   # reindex reads it, never writes it


def test_torn_last_line_is_skipped(indexed_seeds):
    alias(indexed_seeds, "Taykina", "Taukina")
    with open(indexed_seeds.path / AUTHORITY_NAME, "a", encoding="utf-8") as handle:
        handle.write('{"action": "alias", "from": "Duv')
    assert resolve(indexed_seeds, "taikina") == "taukina"


def test_split_separates_a_spelling(indexed_seeds, persons):
    # Seed 002 groups a lone "Mukhtar" under Mukhtar Ablyazov; say it is someone else.
    assert "Mukhtar" in person(indexed_seeds, "abliasov")["spellings"]
    result = persons("split", "Mukhtar", "--note", "a different Mukhtar")
    assert "split" in result.output
    ablyazov = person(indexed_seeds, "abliasov")
    assert "Mukhtar" not in ablyazov["spellings"] and ablyazov["articles"] == 4
    [mukhtar] = [p for p in list_people(indexed_seeds) if p["key"].startswith("muktar#")]
    assert mukhtar["spellings"] == {"Mukhtar": 1} and mukhtar["articles"] == 1
    assert hits(indexed_seeds, mukhtar["key"]) == 1
    authority = load_authority(indexed_seeds)
    assert authority.key_for("mukhtar", name_key("Mukhtar")) == mukhtar["key"]
    assert authority.key_for("Ablyazov", "abliasov") == "abliasov"
    reindex(indexed_seeds)
    assert hits(indexed_seeds, mukhtar["key"]) == 1           # survives reindex
