"""``archive amend``: the bag's new version (earlier records kept, the PREMIS event, valid by
bagit-python and ``archive verify``), every refusal with every problem named, the index
following at once (equal to a rebuild), the article page, and ``archive ingest`` of bytes
already archived with a differing metadata row (said, or with ``--amend`` applied).

Everything runs on real bags in tmp_path, a real Whoosh index, the real CLI and the Flask
app through its test client.
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

import bagit
import pytest

from archive.errors import AmendmentRefused, ItemNotFound
from archive.preservation.amend import amend_item
from archive.preservation.catalog import get_item, load_item
from archive.preservation.metadata import MetadataRow
from archive.preservation.provenance import default_operator
from archive.preservation.withdraw import withdraw_item
from archive.search.amending import amend_and_index
from archive.search.index import current_folder, open_index
from archive.search.intake import ingest_and_index
from archive.search.searching import search
from tests.conftest import snapshot
from tests.fixtures import descriptive, provenance, write
from tests.index_equivalence import answer_differences, content_differences, probe_queries, shadow_root
from tests.test_containers import rss
from web import create_app

ARTICLES = {
    "harbour.txt": "Harbour board approves the sea wall repairs\n\nCALDEN BAY, 14 June 2003 - The harbour "
                   "board approved the quaywall repairs on Tuesday. Erlan Qoshanov, the board's chair, said "
                   "the work would start in July.\n",
    "ferry.txt": "Ferry crews vote to strike\n\nOSTERVALE, 2 May 2004 - Ferry crews voted to strike over the "
                 "winter timetable, Mara Velt of the crews' union said on Friday.\n",
}
SHEET = ("filename,dc.title,dc.creator,dc.source,dc.date\n"
         "harbour.txt,Sea wall repairs approved,Ana Ruiz,https://www.caldenbay.example/news/1,2003-06-14\n")


@pytest.fixture
def archive(root, inbox):
    """Two invented articles (one with asserted metadata) and a feed of three items, indexed."""
    for name, text in ARTICLES.items():
        (inbox / name).write_text(text, encoding="utf-8")
    write(inbox, "courier.xml", rss())
    (inbox / "metadata.csv").write_text(SHEET, encoding="utf-8")
    report, _ = ingest_and_index(root, [inbox])
    assert report.tally["archived"] == 3
    return root


def _id(root, word: str) -> str:
    [hit] = search(root, word).hits
    return hit.id.split("-")[0]


def _feed_id(root) -> str:
    with open_index(root).searcher() as searcher:
        return next(f["id"] for f in searcher.documents(kind="feed"))


def _files(bag: Path) -> dict[str, str]:
    return {str(p.relative_to(bag)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(bag.rglob("*")) if p.is_file()}


def _refusal(call) -> AmendmentRefused | ItemNotFound:
    with pytest.raises((AmendmentRefused, ItemNotFound)) as caught:
        call()
    return caught.value


def _problems(error) -> list[str]:
    return error.details or [error.message]


# --- the bag ---------------------------------------------------------------------------------


def test_an_amendment_is_a_new_valid_version_with_the_payload_untouched_and_the_old_record_kept(archive, cli):
    item_id = _id(archive, "quaywall")
    bag = archive.bags / item_id
    before, old_record = _files(bag), (bag / "metadata" / "descriptive.json").read_bytes()
    payload = get_item(archive, item_id).payload
    inode = payload.stat().st_ino
    done = amend_item(archive, item_id, ["dc.title=Sea wall repairs approved by the board", "dc.date=2003-06-15",
                                         "dc.creator=Ana Ruiz", "dc.creator=Mara Velt", "dc.source=",
                                         "dc.subject=Harbours"], "The title and date were mistyped", "clerk")
    assert (done.id, done.version, done.previous) == (item_id, 2, "metadata/descriptive-v1.json")
    assert done.title == "Sea wall repairs approved by the board" and done.operator == "clerk"
    assert done.changes == {
        "dc.title": (["Sea wall repairs approved"], ["Sea wall repairs approved by the board"]),
        "dc.creator": (["Ana Ruiz"], ["Ana Ruiz", "Mara Velt"]),
        "dc.date": (["2003-06-14"], ["2003-06-15"]),
        "dc.subject": ([], ["Harbours"]),
        "dc.source": (["https://www.caldenbay.example/news/1"], []),
    }
    assert (bag / "metadata" / "descriptive-v1.json").read_bytes() == old_record
    record = descriptive(bag)
    assert record["metadata"] == {"dc.title": ["Sea wall repairs approved by the board"],
                                  "dc.creator": ["Ana Ruiz", "Mara Velt"], "dc.date": ["2003-06-15"],
                                  "dc.subject": ["Harbours"]}
    assert record["restricted"] is False and record["source"] == json.loads(old_record)["source"]
    assert record["amended"] == {"version": 2, "date": done.date, "event": done.event,
                                 "previous": "metadata/descriptive-v1.json"}
    after = _files(bag)
    assert {k: v for k, v in after.items() if k.startswith("data/")} == \
        {k: v for k, v in before.items() if k.startswith("data/")}
    assert payload.stat().st_ino == inode                    # the same file, hard-linked, never rewritten
    changed = {name for name in after if before.get(name) != after[name]}
    assert changed == {"metadata/descriptive.json", "metadata/descriptive-v1.json", "metadata/provenance.json",
                       "tagmanifest-sha256.txt", "tagmanifest-sha512.txt"}
    bagit.Bag(str(bag)).validate()
    verified = cli("verify", item_id)
    assert verified.exit_code == 0 and f"valid    {item_id}" in verified.output, verified.output
    assert not list(archive.staging.iterdir())


def test_every_earlier_version_of_the_record_stays_in_the_bag(archive, cli):
    item_id = _id(archive, "quaywall")
    bag = archive.bags / item_id
    records = [(bag / "metadata" / "descriptive.json").read_bytes()]
    for number, title in enumerate(("First fix", "Second fix", "Third fix"), start=2):
        done = amend_item(archive, item_id, [f"dc.title={title}"], f"fix {number}", "clerk")
        assert done.version == number and done.previous == f"metadata/descriptive-v{number - 1}.json"
        records.append((bag / "metadata" / "descriptive.json").read_bytes())
    for number, record in enumerate(records[:-1], start=1):
        assert (bag / "metadata" / f"descriptive-v{number}.json").read_bytes() == record
    assert sorted(p.name for p in (bag / "metadata").iterdir()) == [
        "descriptive-v1.json", "descriptive-v2.json", "descriptive-v3.json", "descriptive.json", "provenance.json"]
    assert get_item(archive, item_id).title == "Third fix"
    bagit.Bag(str(bag)).validate()
    assert cli("verify", item_id).exit_code == 0


def test_the_premis_event_says_who_when_why_and_what_changed(archive):
    item_id = _id(archive, "quaywall")
    bag = archive.bags / item_id
    events_before = provenance(bag)["events"]
    started = datetime.now(timezone.utc)
    done = amend_item(archive, item_id, ["dc.date=2003-06-15"], "  The sheet had the wrong\nday  ", "Ana Ruiz")
    amend_item(archive, item_id, ["dc.date=2003-06-16"], "Again", "Ana Ruiz")
    record = provenance(bag)
    assert record["events"][:len(events_before)] == events_before
    first, second = record["events"][-2:]
    assert first["eventType"] == second["eventType"] == "metadata modification"
    assert first["eventIdentifier"] == done.event and first["eventOutcome"] == "success"
    when = datetime.fromisoformat(first["eventDateTime"].replace("Z", "+00:00"))
    assert started - timedelta(seconds=1) <= when <= datetime.now(timezone.utc)
    assert first["eventOutcomeDetail"] == {
        "reason": "The sheet had the wrong day", "version": 2, "previous": "metadata/descriptive-v1.json",
        "changes": {"dc.date": {"before": ["2003-06-14"], "after": ["2003-06-15"]}}}
    assert second["eventOutcomeDetail"]["changes"] == {"dc.date": {"before": ["2003-06-15"], "after": ["2003-06-16"]}}
    assert {"agentIdentifier": "person:Ana Ruiz", "role": "implementer"} in first["linkingAgents"]
    assert {"agentIdentifier": "software:archive", "role": "executing program"} in first["linkingAgents"]
    people = [a for a in record["agents"] if a["agentIdentifier"] == "person:Ana Ruiz"]
    assert people == [{"agentIdentifier": "person:Ana Ruiz", "agentName": "Ana Ruiz", "agentType": "person"}]
    amend_item(archive, item_id, ["dc.date=2003-06-17"], "No operator given")
    last = provenance(bag)["events"][-1]
    assert {"agentIdentifier": f"person:{default_operator()}", "role": "implementer"} in last["linkingAgents"]


def test_access_rights_restrict_exactly_as_an_ingest_decides(archive):
    item_id = _id(archive, "strike")
    bag = archive.bags / item_id
    for value, restricted in (("Restricted", True), ("public", False), ("RESTRICTED", True)):
        done = amend_item(archive, item_id, [f"dcterms.accessRights={value}"], "access review", "clerk")
        row = MetadataRow(Path("metadata.csv"), "", 2, {"dcterms.accessRights": [value]})
        assert done.restricted is restricted is row.restricted is descriptive(bag)["restricted"]
        assert get_item(archive, item_id).restricted is restricted
    done = amend_item(archive, item_id, ["dcterms.accessRights="], "access review", "clerk")
    assert done.was_restricted and not done.restricted and "dcterms.accessRights" not in descriptive(bag)["metadata"]


# --- refusals --------------------------------------------------------------------------------


def test_every_problem_is_named_at_once_and_nothing_changes(archive, cli):
    item_id = _id(archive, "quaywall")
    before = snapshot(archive)
    error = _refusal(lambda: amend_item(archive, item_id, [
        "dc.headline=Sea wall", "dc.date=31/02/2003", "dcterms.accessRights=closed", "dc.title",
        "filename=x.txt", "dc.creator=", "dc.creator=Ana"], "   "))
    assert isinstance(error, AmendmentRefused) and error.exit_code == 2
    problems = _problems(error)
    assert len(problems) == 7, problems
    assert "'dc.title' is not FIELD=VALUE" in problems[0]
    assert any("dc.creator is both removed" in p for p in problems)
    assert any("unknown field 'dc.headline'" in p for p in problems)
    assert any("unknown field 'filename'" in p for p in problems)
    assert any("dc.date '31/02/2003' is not a date we can read" in p for p in problems)
    assert any("dcterms.accessRights 'closed' is not one we know" in p for p in problems)
    assert any("a reason is required" in p for p in problems)
    assert snapshot(archive) == before
    result = cli("amend", item_id, "dc.headline=x", "dc.date=2003-13-45", "--reason", "")
    assert result.exit_code == 2
    assert result.output.startswith(f"error: cannot amend {item_id}: 3 problems")
    for words in ("unknown field 'dc.headline'", "dc.date '2003-13-45'", "a reason is required"):
        assert words in result.output
    assert snapshot(archive) == before


def test_nothing_to_change_an_unknown_id_an_article_and_no_assignment_are_refused(archive, cli):
    item_id = _id(archive, "quaywall")
    same = _refusal(lambda: amend_item(archive, item_id, ["dc.title=Sea wall repairs approved", "dc.format="],
                                       "nothing really"))
    assert isinstance(same, AmendmentRefused)
    assert _problems(same) == [f"nothing would change: {item_id} already has dc.title 'Sea wall repairs "
                               "approved', dc.format (none)"]
    unknown = _refusal(lambda: amend_item(archive, "0123456789abcdef", ["dc.bogus=1"], ""))
    assert isinstance(unknown, ItemNotFound) and unknown.exit_code == 2
    assert len(_problems(unknown)) == 3 and any("no item 0123456789abcdef" in p for p in _problems(unknown))
    article = next(iter(search(archive, "quarrybrook").hits)).id
    refused = _refusal(lambda: amend_item(archive, article, ["dc.title=x"], "why"))
    assert f"{article} is an article of the file {_feed_id(archive)}" in _problems(refused)[0]
    empty = _refusal(lambda: amend_item(archive, item_id, [], "why"))
    assert "no FIELD=VALUE given" in _problems(empty)[0]
    result = cli("amend", "0123456789abcdef", "dc.title=x", "--reason", "why")
    assert result.exit_code == 2 and "no item 0123456789abcdef" in result.output


def test_a_purged_item_and_a_bag_whose_record_was_changed_are_refused(archive):
    purged = _id(archive, "strike")
    withdraw_item(archive, purged, "Court order 12/2024", "clerk", purge=True)
    error = _refusal(lambda: amend_item(archive, purged, ["dc.title=x"], "why"))
    assert isinstance(error, AmendmentRefused) and "was purged on" in _problems(error)[0]
    item_id = _id(archive, "quaywall")
    record = archive.bags / item_id / "metadata" / "descriptive.json"
    record.chmod(0o644)
    record.write_text(record.read_text().replace("Ana Ruiz", "Someone Else"))
    before = snapshot(archive)
    error = _refusal(lambda: amend_item(archive, item_id, ["dc.title=x"], "why"))
    assert "do not verify against its tag manifests" in _problems(error)[0]
    assert snapshot(archive) == before


# --- the command -----------------------------------------------------------------------------


def test_the_command_says_what_changed_and_the_new_version(archive, cli):
    item_id = _id(archive, "quaywall")
    result = cli("amend", item_id, "dc.title=Sea wall repairs approved by the board", "dc.creator=",
                 "--reason", "Typo in the title", "--operator", "clerk")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == (f"amended  {item_id}  Sea wall repairs approved by the board: descriptive record version 2 "
                        "(the earlier one kept as metadata/descriptive-v1.json)")
    assert "  dc.title: 'Sea wall repairs approved' -> 'Sea wall repairs approved by the board'" in lines
    assert "  dc.creator: 'Ana Ruiz' -> (none)" in lines
    assert "  reason: Typo in the title" in lines and any(line.startswith("  by clerk on ") for line in lines)
    assert lines[-1].startswith("  index: its documents replaced in")
    as_json = json.loads(cli("amend", item_id, "dcterms.accessRights=restricted", "--reason", "Sensitive",
                             "--json").output)
    assert as_json["version"] == 3 and as_json["restricted"] is True and as_json["was_restricted"] is False
    assert as_json["changes"] == {"dcterms.accessRights": {"before": [], "after": ["restricted"]}}
    assert as_json["index"]["error"] is None and as_json["index"]["indexed"] >= 1
    assert cli("amend", "--help").exit_code == 0


# --- the index and the site ------------------------------------------------------------------


def test_the_index_follows_at_once_and_equals_a_rebuild(archive, tmp_path):
    item_id, feed = _id(archive, "quaywall"), _feed_id(archive)
    done = amend_and_index(archive, item_id, ["dc.title=Quayside works begin", "dc.date=2004-01-02"], "fix", "clerk")
    assert not done.index.error and done.index.indexed == 1
    [hit] = search(archive, "quayside").hits
    assert hit.id == item_id and hit.title == "Quayside works begin"
    assert search(archive, "", date_from="2004-01-02", date_to="2004-01-02").total == 1
    amend_and_index(archive, feed, ["dc.publisher=Courier Press", "dc.subject=Bridges"], "publisher named", "clerk")
    with open_index(archive).searcher() as searcher:
        articles = list(searcher.documents(container=feed))
        assert len(articles) == 3
        assert {a["publisher"] for a in articles} == {"Courier Press"}
        assert searcher.document(id=item_id)["amended"]["count"] == 1
    shadow = shadow_root(archive, tmp_path / "shadow")
    assert content_differences(current_folder(archive), current_folder(shadow)) == []
    assert answer_differences(archive, shadow, probe_queries(archive)) == []


def test_the_article_page_shows_the_current_values_and_when_they_were_amended(archive):
    item_id = _id(archive, "quaywall")
    client = create_app({"ARCHIVE_ROOT": str(archive.path), "TESTING": True}).test_client()
    page = client.get(f"/item/{item_id}").get_data(as_text=True)
    assert "Metadata amended" not in page
    amend_and_index(archive, item_id, ["dc.title=Quayside works begin"], "Internal note: ticket 4711", "clerk")
    done = amend_and_index(archive, item_id, ["dc.creator=Mara Velt"], "Internal note: ticket 4712", "clerk")
    day = done.amendment.date[:10]
    page = client.get(f"/item/{item_id}").get_data(as_text=True)
    assert f"Metadata amended on {day} (2 amendments)" in page
    assert "Quayside works begin" in page and "Mara Velt" in page and "Ana Ruiz" not in page
    assert "ticket 471" not in page and "Sea wall repairs approved" not in page     # no reasons, no old values
    data = client.get(f"/item/{item_id}.json").get_json()
    assert data["title"] == "Quayside works begin" and data["authors"] == ["Mara Velt"]
    assert data["amended"] == {"date": re.sub(r"\.\d+Z$", "Z", done.amendment.date), "count": 2}
    assert data["metadata"]["asserted"]["dc.creator"] == ["Mara Velt"]
    assert "ticket 471" not in json.dumps(data)
    record = client.get("/oai?verb=ListRecords&metadataPrefix=oai_dc").get_data(as_text=True)
    header = re.search(rf"<header><identifier>oai:[^<]+:{item_id}</identifier><datestamp>([^<]+)</datestamp>",
                       record)
    assert header.group(1) == data["amended"]["date"]        # a harvester sees the record changed
    assert "Quayside works begin" in record


# --- ingest of bytes already archived ---------------------------------------------------------


def _sheet(inbox: Path, text: str) -> None:
    (inbox / "metadata.csv").write_text(text, encoding="utf-8")


def test_ingest_says_which_fields_of_a_differing_row_differ_and_changes_nothing(archive, inbox, cli):
    item_id = _id(archive, "quaywall")
    _sheet(inbox, "filename,dc.title,dc.date,dc.language\n"
                  "harbour.txt,Sea wall repairs approved,2003-06-15,en\n")
    before = snapshot(archive)
    result = cli("ingest", str(inbox))
    assert result.exit_code == 0, result.output
    [line] = [ln for ln in result.output.splitlines() if "harbour.txt" in ln]
    assert line.startswith(f"already archived  {item_id}")
    assert ("its row in metadata.csv line 2 differs from the archived record (dc.date '2003-06-14' -> "
            "'2003-06-15'; dc.language (none) -> 'en'); not applied: `archive ingest --amend` applies it") in line
    assert snapshot(archive) == before
    [ferry] = [ln for ln in result.output.splitlines() if "ferry.txt" in ln]
    assert "differs" not in ferry and "--amend" not in ferry        # no row: nothing to say


def test_ingest_amend_applies_the_row_with_the_sheet_as_the_reason_and_the_index_follows(archive, inbox, cli):
    item_id = _id(archive, "quaywall")
    _sheet(inbox, "filename,dc.title,dc.date\n"
                  "ferry.txt,,\n"
                  "harbour.txt,Quayside works begin,2003-06-15\n")
    result = cli("ingest", "--amend", "--operator", "clerk", str(inbox))
    assert result.exit_code == 0, result.output
    [line] = [ln for ln in result.output.splitlines() if "harbour.txt" in ln]
    assert (f"already archived  {item_id}" in line and "amended from metadata.csv line 3 (version 2): "
            "dc.title: 'Sea wall repairs approved' -> 'Quayside works begin'; dc.date: '2003-06-14' -> '2003-06-15'"
            in line)
    assert "indexed 1 items for search" in result.output
    bag = archive.bags / item_id
    record = descriptive(bag)
    assert record["metadata"]["dc.title"] == ["Quayside works begin"]
    assert record["metadata"]["dc.creator"] == ["Ana Ruiz"]          # the row is silent on it: kept
    last = provenance(bag)["events"][-1]
    assert last["eventType"] == "metadata modification"
    assert last["eventOutcomeDetail"]["reason"] == "metadata.csv line 3"
    source = last["eventOutcomeDetail"]["source"]
    assert source["file"] == str(inbox / "metadata.csv") and source["line"] == 3
    assert source["sha256"] == hashlib.sha256((inbox / "metadata.csv").read_bytes()).hexdigest()
    assert {"agentIdentifier": "person:clerk", "role": "implementer"} in last["linkingAgents"]
    bagit.Bag(str(bag)).validate()
    assert cli("verify", item_id).exit_code == 0
    assert [hit.id for hit in search(archive, "quayside").hits] == [item_id]
    again = cli("ingest", "--amend", str(inbox))
    [line] = [ln for ln in again.output.splitlines() if "harbour.txt" in ln]
    assert line.endswith("Quayside works begin")                  # the same row again: nothing to apply
    assert load_item(bag).provenance["events"][-1] == last


def test_ingest_amend_can_restrict_and_the_json_names_the_amendment(archive, inbox, cli):
    item_id = _id(archive, "strike")
    _sheet(inbox, "filename,dcterms.accessRights\nferry.txt,restricted\n")
    result = cli("ingest", "--amend", "--json", str(inbox))
    assert result.exit_code == 0, result.output
    outcome = next(o for o in json.loads(result.output)["outcomes"] if o["id"] == item_id)
    assert outcome["status"] == "already archived" and outcome["amendment"]["restricted"] is True
    assert outcome["amendment"]["reason"] == "metadata.csv line 2"
    assert search(archive, "strike").total == 0 and get_item(archive, item_id).restricted
