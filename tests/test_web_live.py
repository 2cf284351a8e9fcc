"""The site follows the archive as it changes: new ingests and reindexes, with no errors."""

from __future__ import annotations

from pathlib import Path

from archive.search.index import current_folder
from archive.search.reindex import reindex
from archive.search.intake import ingest_and_index
from archive.preservation.root import init_root
from web import create_app

FIRST = ("Ferry timetable changes in Calden Bay\n\nCALDEN BAY, 2 May 2003 \u2014 Erlan Qoshanov "
         "said the quarrybrook ferry would sail twice a day.\n")
SECOND = ("Ostervale council votes on the tidewater plan\n\nOSTERVALE, 9 May 2003 \u2014 The council "
          "voted on the tidewater plan, Dana Sarsenbaeva said.\n")


def _root_with(tmp_path: Path, name: str, text: str):
    root = init_root(tmp_path / "archive")
    _add(tmp_path, root, name, text)
    return root


def _add(tmp_path: Path, root, name: str, text: str) -> None:
    folder = tmp_path / f"in-{name}"
    folder.mkdir()
    (folder / name).write_text(text, encoding="utf-8")
    report, _ = ingest_and_index(root, [folder])
    assert report.counts()["archived"] == 1


def test_an_article_ingested_while_the_site_runs_appears_on_the_next_request(tmp_path):
    root = _root_with(tmp_path, "ferry.txt", FIRST)
    client = create_app({"ARCHIVE_ROOT": str(root.path)}).test_client()
    assert client.get("/search.json?q=quarrybrook").get_json()["total"] == 1
    assert client.get("/search.json?q=tidewater").get_json()["total"] == 0

    _add(tmp_path, root, "council.txt", SECOND)   # a new commit of the same index folder

    data = client.get("/search.json?q=tidewater").get_json()
    assert data["total"] == 1
    assert client.get(data["hits"][0]["url"].split("?")[0]).status_code == 200
    assert client.get("/search.json").get_json()["total"] == 2


def test_the_site_answers_across_a_reindex_that_removes_the_folder_it_was_reading(tmp_path):
    root = _root_with(tmp_path, "ferry.txt", FIRST)
    client = create_app({"ARCHIVE_ROOT": str(root.path)}).test_client()
    old = current_folder(root)
    assert client.get("/search?q=quarrybrook").status_code == 200   # a searcher is kept on `old`

    reindex(root)                                  # a new folder is published, `old` removed

    assert current_folder(root) != old and not old.exists()
    for url in ("/search?q=quarrybrook", "/search.json?person=Qoshanov", "/people", "/dates",
                "/oai?verb=ListIdentifiers&metadataPrefix=oai_dc"):
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
    assert client.get("/search.json?q=quarrybrook").get_json()["total"] == 1
