"""``archive show`` shows what the archive made of an article beside what was asserted.

Issue 17, point 1: the headline (not the file name), the publication date and where it came
from, the people with every spelling found, places, language and extraction warnings, then
preservation as before; ``--json`` carries the same as ``derived``. Real bags in ``tmp_path``
through the real ``archive`` command; the articles are written here.
"""

from __future__ import annotations

import json
from pathlib import Path

ARTICLE = """Harbour board approves night ferry

ALMATY, March 3, 2017 - The harbour board approved a night ferry on Tuesday, chairman
Galymzhan Zhakiyanov said. Zhakiyanov, who has led the board since 2014, said Galymjan
Jakiyanov was the spelling in his passport. Ferry captain Aigerim Sultanova said crews were ready.
"""

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Page title | Daily Example</title>
<meta property="og:title" content="Port opens a second quay">
<meta property="article:published_time" content="2018-06-02T09:00:00Z">
</head><body><article><h1>Port opens a second quay</h1>
<p>The port opened its second quay on Saturday, harbour master Olga Petrenko said.</p>
<p>Petrenko said the quay would take ships of up to 200 metres from next week.</p>
</article></body></html>
"""


def _ingest(cli, tmp_path: Path, name: str, text: str) -> str:
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    result = cli("ingest", "--no-index", folder / name)
    assert result.exit_code == 0, result.output
    return _id_of(cli, name)


def _id_of(cli, name: str) -> str:
    items = json.loads(cli("list", "--json").output)["items"]
    return next(item["id"] for item in items if item["original_name"] == name)


def test_show_prints_the_headline_people_spellings_date_and_language(cli, tmp_path):
    item_id = _ingest(cli, tmp_path, "ferry.txt", ARTICLE)
    out = cli("show", item_id).output
    first = out.splitlines()[0]
    assert first == f"{item_id}  Harbour board approves night ferry"       # not the file name
    assert "derived description" in out
    assert "headline:   Harbour board approves night ferry (from the document)" in out
    assert "published:  2017-03-03" in out
    people = out[out.index("  people:"):out.index("  places:")]
    assert "Galymzhan Zhakiyanov" in people and "Galymjan Jakiyanov" in people   # one person, both spellings
    assert "Aigerim Sultanova" in people
    assert "Almaty" in out[out.index("  places:"):]
    assert "language:   en (identified from the text" in out
    # preservation follows, as before
    assert out.index("derived description") < out.index("preservation:") < out.index("provenance events:")


def test_show_says_where_a_web_page_stated_its_title_and_date(cli, tmp_path):
    item_id = _ingest(cli, tmp_path, "quay.html", PAGE)
    out = cli("show", item_id).output
    assert "headline:   Port opens a second quay (from the document: <meta og:title>)" in out
    assert "published:  2018-06-02" in out
    assert "Olga Petrenko" in out


def test_show_json_carries_the_derived_record_without_the_whole_text(cli, tmp_path):
    item_id = _ingest(cli, tmp_path, "ferry.txt", ARTICLE)
    shown = json.loads(cli("show", "--json", item_id).output)
    derived = shown["derived"]
    assert derived["title"] == "Harbour board approves night ferry"
    assert derived["publication"]["edtf"] == "2017-03-03"
    assert "text" not in derived and derived["text_chars"] > 200
    assert derived["text_preview"].startswith("Harbour board")
    forms = {form for person in derived["people"] for form in person["forms"]}
    assert {"Galymzhan Zhakiyanov", "Galymjan Jakiyanov"} <= forms
    assert shown["digests"]["sha256"] and shown["provenance"]["events"]


def test_show_reports_extraction_warnings(cli, tmp_path):
    """A page with no text still shows, and says that nothing was found."""
    item_id = _ingest(cli, tmp_path, "empty.html", "<!DOCTYPE html><html><head><title>x</title></head>"
                                                   "<body><script>var a = 1;</script></body></html>")
    shown = json.loads(cli("show", "--json", item_id).output)
    assert shown["derived"]["warnings"], shown["derived"]
    assert "warning:" in cli("show", item_id).output


def test_the_cli_names_the_container_kinds_as_the_description_layer_does():
    """``archive list`` names the kinds without importing text extraction; they must agree."""
    from archive.cli.items import CONTAINER_KINDS
    from archive.description.parts import CONTAINER_KINDS as DESCRIBED
    assert CONTAINER_KINDS == DESCRIBED


def test_show_lists_the_metadata_history_after_an_amendment(cli, tmp_path):
    item_id = _ingest(cli, tmp_path, "ferry.txt", ARTICLE)
    result = cli("amend", item_id, "dc.date=2017-03-04", "dc.title=Night ferry approved",
                 "--reason", "date from the printed edition", "--operator", "A. Archivist")
    assert result.exit_code == 0, result.output
    out = cli("show", item_id).output
    assert out.splitlines()[0] == f"{item_id}  Night ferry approved"
    history = out[out.index("metadata history (1 amendment;"):out.index("derived description")]
    assert "version 2  by A. Archivist: date from the printed edition" in history
    assert "dc.date: (none) -> 2017-03-04" in history
    assert "published:  2017-03-04 (from the archivist's metadata" in out
