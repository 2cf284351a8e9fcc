"""One display name per person: the same in facets, people pages, the person page, the CLI and JSON.

The full form written in the most public articles wins (never a form only restricted
articles write), unless an archivist's alias gives a full name; the choice does not depend
on the result set, on earlier searches, or on the order bags were indexed in.
"""

from __future__ import annotations

import json
from pathlib import Path

from archive.description.authority import alias
from archive.preservation.ingest import ingest
from archive.preservation.root import ArchiveRoot
from archive.search.people import list_people, people, person_profile
from archive.search.reindex import reindex
from archive.search.searching import search
from archive.search.index_update import index_items

FORMS = [("Galymzhan Zhakiyanov", 3), ("Galymjan Jakiyanov", 2), ("Galymzhan Zhaqiyanov", 1)]
SECRET = "Galymzhan Zhakiyanov-Secretform"


def write_articles(folder: Path) -> None:
    folder.mkdir()
    number = 0
    for name, count in FORMS:
        for _ in range(count):
            (folder / f"a{number}.txt").write_text(
                f"Report {number}\n\nALMATY, 3 March 2005 - {name} spoke to the court about the appeal "
                f"{number}. {name.split()[-1]} said it would go on.\n", encoding="utf-8")
            number += 1
    for extra in range(4):     # restricted articles never choose the name, however many
        (folder / f"r{extra}.txt").write_text(
            f"Closed {extra}\n\nALMATY, 4 March 2005 - Galymzhan Zhakiyanova met the court; "
            f"Galymzhan Zhakiyanova said so.\n", encoding="utf-8")
    (folder / "metadata.csv").write_text("filename,dcterms.accessRights\n" + "".join(
        f"r{extra}.txt,restricted\n" for extra in range(4)), encoding="utf-8")


def names_everywhere(root: ArchiveRoot, key: str) -> set[str]:
    from web import create_app
    client = create_app({"ARCHIVE_ROOT": str(root.path), "TESTING": True}).test_client()
    found = set()
    for query in ("appeal", "court", "report"):    # different result sets, facets asked in turn
        found |= {f["name"] for f in search(root, query).facets["person"] if f["key"] == key}
    found |= {p.name for p in people(root).people if p.key == key}
    found.add(person_profile(root, key).name)
    found |= {p["name"] for p in list_people(root) if p["key"] == key}
    found |= {p["name"] for p in client.get("/people.json").get_json()["people"] if p["key"] == key}
    found |= {f["name"] for f in client.get("/search.json?q=appeal").get_json()["facets"]["person"]
              if f["key"] == key}
    return found


def test_every_view_names_a_person_alike_and_a_reindex_changes_nothing(root, tmp_path):
    write_articles(tmp_path / "in")
    ingest(root, [tmp_path / "in"])
    reindex(root)
    [key] = {f["key"] for f in search(root, "appeal").facets["person"]}
    assert names_everywhere(root, key) == {"Galymzhan Zhakiyanov"}
    reindex(root)
    assert names_everywhere(root, key) == {"Galymzhan Zhakiyanov"}


def test_the_order_articles_were_indexed_in_changes_nothing(root, tmp_path):
    write_articles(tmp_path / "in")
    report = ingest(root, [tmp_path / "in"])
    ids = [o.id for o in report.outcomes if o.id]
    for item_id in reversed(ids):          # one at a time, the other way round
        index_items(root, [item_id])
    [key] = {f["key"] for f in search(root, "appeal").facets["person"]}
    assert names_everywhere(root, key) == {"Galymzhan Zhakiyanov"}


def test_an_alias_to_a_full_name_is_how_the_person_is_shown(root, tmp_path):
    write_articles(tmp_path / "in")
    ingest(root, [tmp_path / "in"])
    alias(root, "Jakiyanov", "Galymzhan Zhaqiyanov")
    reindex(root)
    [key] = {f["key"] for f in search(root, "appeal").facets["person"]}
    assert names_everywhere(root, key) == {"Galymzhan Zhaqiyanov"}
    assert json.dumps(list_people(root)).count("Secretform") == 0
