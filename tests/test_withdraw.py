"""``archive withdraw`` and ``--purge``: the bag's new version, the index, ``check``, ``verify``,
``audit-log``, bad input, and bytes of a purged item ingested again (``--readmit``).

Everything runs on real bags in tmp_path, a real Whoosh index and the real CLI; bags are
validated with bagit-python and ``archive verify``, and the live index is compared with a
full rebuild of the same bags (``tests/index_equivalence.py``).
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import bagit
import pytest

from archive.preservation.catalog import get_item, load_item
from archive.preservation.ingest import ingest
from archive.preservation.withdraw import withdraw_item
from archive.search.consistency import check
from archive.search.index import current_folder, open_index
from archive.search.intake import ingest_and_index
from archive.search.searching import search
from tests.conftest import snapshot
from tests.fixtures import provenance, write
from tests.index_equivalence import answer_differences, content_differences, probe_queries, shadow_root
from tests.test_containers import rss

ARTICLES = {
    "harbour.txt": "Harbour board approves the sea wall repairs\n\nCALDEN BAY, 14 June 2003 - The harbour "
                   "board approved the quaywall repairs on Tuesday. Erlan Qoshanov, the board's chair, said "
                   "the work would start in July.\n",
    "ferry.txt": "Ferry crews vote to strike\n\nOSTERVALE, 2 May 2004 - Ferry crews voted to strike over the "
                 "winter timetable, Mara Velt of the crews' union said on Friday.\n",
    "market.txt": "Market hall to reopen\n\nCALDEN BAY, 9 March 2005 - The market hall will reopen in the "
                  "spring after repairs, the council said. Traders welcomed the news.\n",
}


@pytest.fixture
def archive(root, inbox):
    """Three invented articles (one with asserted metadata) and a feed of three items, indexed."""
    for name, text in ARTICLES.items():
        (inbox / name).write_text(text, encoding="utf-8")
    write(inbox, "courier.xml", rss())
    (inbox / "metadata.csv").write_text(
        "filename,dc.title,dc.creator,dc.source,dc.date\n"
        "harbour.txt,Sea wall repairs approved,Ana Ruiz,https://www.caldenbay.example/news/1,2003-06-14\n",
        encoding="utf-8")
    report, _ = ingest_and_index(root, [inbox])
    assert report.tally["archived"] == 4
    return root


def _id(root, word: str) -> str:
    [hit] = search(root, word).hits
    return hit.id.split("-")[0]


def _feed_id(root) -> str:
    return next(load_item(bag).id for bag in root.bags.iterdir() if bag.is_dir() and bag.name[0] != "."
                and load_item(bag).kind == "feed")


def _files(bag: Path) -> dict[str, str]:
    return {str(p.relative_to(bag)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(bag.rglob("*")) if p.is_file()}


def _same_as_rebuild(root, where: Path) -> None:
    shadow = shadow_root(root, where)
    assert content_differences(current_folder(root), current_folder(shadow)) == []
    assert answer_differences(root, shadow, probe_queries(root)) == []


# --- the bag ---------------------------------------------------------------------------------


def test_a_withdrawal_is_a_new_valid_version_of_the_bag_with_the_payload_kept(archive, cli):
    item_id = _id(archive, "quaywall")
    bag = archive.bags / item_id
    before, payload_inode = _files(bag), get_item(archive, item_id).payload.stat().st_ino
    done = cli("withdraw", item_id, "--reason", "A takedown request from the person named",
               "--operator", "Ana Ruiz")
    assert done.exit_code == 0, done.output
    assert done.output.startswith(f"withdrawn  {item_id}  Sea wall repairs approved: out of access")
    bagit.Bag(str(bag)).validate()
    item = get_item(archive, item_id)
    assert item.withdrawn and not item.purged and item.payload.stat().st_ino == payload_inode
    after = _files(bag)
    assert {k: v for k, v in after.items() if k.startswith("data/")} == \
        {k: v for k, v in before.items() if k.startswith("data/")}
    changed = {name for name in after if before.get(name) != after[name]}
    assert changed == {"metadata/provenance.json", "tagmanifest-sha256.txt", "tagmanifest-sha512.txt"}
    last = provenance(bag)["events"][-1]
    assert last["eventType"] == "deaccession" and last["eventOutcome"] == "success"
    assert last["eventOutcomeDetail"]["reason"] == "A takedown request from the person named"
    assert last["eventOutcomeDetail"]["purged"] is False
    assert {"agentIdentifier": "person:Ana Ruiz", "role": "implementer"} in last["linkingAgents"]
    assert any(a["agentIdentifier"] == "person:Ana Ruiz" for a in provenance(bag)["agents"])
    assert last["eventOutcomeDetail"]["records"] == [
        {"id": item_id, "source": "caldenbay.example"}]   # what was public, for OAI-PMH
    verified = cli("verify", item_id)
    assert verified.exit_code == 0
    assert f"valid    {item_id}" in verified.output and "(withdrawn on " in verified.output


def test_a_purge_leaves_the_tag_files_as_a_tombstone_and_the_bag_valid(archive, cli):
    item_id = _id(archive, "strike")
    bag = archive.bags / item_id
    sha256, size = get_item(archive, item_id).sha256, get_item(archive, item_id).size
    done = cli("withdraw", item_id, "--reason", "Court order 12/2024", "--purge", "--yes")
    assert done.exit_code == 0, done.output
    assert done.output.startswith(f"purged     {item_id}")
    assert list((bag / "data").iterdir()) == []
    assert (bag / "manifest-sha256.txt").read_bytes() == b"" == (bag / "manifest-sha512.txt").read_bytes()
    assert "Payload-Oxum: 0.0\n" in (bag / "bag-info.txt").read_text()
    bagit.Bag(str(bag)).validate()
    item = get_item(archive, item_id)
    assert item.purged and item.sha256 == sha256 and item.size == size      # the tombstone keeps them
    assert item.original_name == "ferry.txt"
    detail = item.withdrawal["eventOutcomeDetail"]
    assert detail["purged"] is True and detail["payload"]["fixity"]["sha256"] == sha256
    verified = cli("verify", item_id)
    assert verified.exit_code == 0, verified.output
    day = item.withdrawal["eventDateTime"][:10]
    assert f"valid    {item_id}  0 files, 0 bytes" in verified.output
    assert f"(purged on {day}: its payload was removed, tombstone kept)" in verified.output
    as_json = json.loads(cli("verify", item_id, "--json").output)
    assert as_json["bags"][0]["withdrawal"] == {"date": item.withdrawal["eventDateTime"],
                                                "reason": "Court order 12/2024", "purged": True}
    log = cli("audit-log", item_id)
    assert log.exit_code == 0 and f"(purged on {day}: its payload was removed" in log.output


def test_payload_files_left_in_a_purged_bag_or_an_empty_payload_unexplained_are_errors(archive, tmp_path):
    from archive.fixity.verify import verify_bag
    item_id = _id(archive, "strike")
    withdraw_item(archive, item_id, "court order", "clerk", purge=True)
    copy = tmp_path / "copy"
    os.system(f"cp -a {archive.bags / item_id} {copy}")
    os.chmod(copy / "data", 0o755)
    (copy / "data" / "stray.txt").write_text("left behind\n")
    problems = [str(p) for p in verify_bag(copy).problems]
    assert any("records the payload purged, yet data/ holds 1 files" in p for p in problems)
    other = _id(archive, "reopen")
    hollow = tmp_path / "hollow"
    os.system(f"cp -a {archive.bags / other} {hollow}")
    for name in ("data", "manifest-sha256.txt", "manifest-sha512.txt"):
        os.chmod(hollow / name, 0o755)
    for payload in (hollow / "data").iterdir():
        payload.unlink()
    for name in ("manifest-sha256.txt", "manifest-sha512.txt"):
        (hollow / name).write_bytes(b"")          # emptied as a purge would, but with no purge recorded
    assert any("the payload is empty" in str(p) for p in verify_bag(hollow).problems)


# --- bad input ------------------------------------------------------------------------------


def test_bad_input_is_one_clear_line_and_exit_2_and_changes_nothing(archive, cli):
    item_id = _id(archive, "quaywall")
    before = snapshot(archive)
    cases = [
        (["withdraw", "0000000000000000", "--reason", "x"], "no item 0000000000000000"),
        (["withdraw", item_id, "--reason", "   "], "a public reason is required"),
        (["withdraw", item_id], "a public reason is required"),
        (["withdraw", f"{item_id}-1234abcd", "--reason", "x"], f"is an article of the file {item_id}"),
    ]
    for args, words in cases:
        done = cli(*args)
        assert done.exit_code == 2, (args, done.output)
        assert done.output.count("error:") == 1 and words in done.output
    both = cli("withdraw", "ffff", "--reason", "")
    assert both.exit_code == 2
    assert "cannot withdraw ffff: 2 problems" in both.output
    assert "a public reason is required" in both.output and "no item ffff" in both.output
    assert snapshot(archive) == before


def test_a_withdrawn_item_again_needs_purge_and_a_purged_one_is_refused(archive, cli):
    item_id = _id(archive, "quaywall")
    assert cli("withdraw", item_id, "--reason", "takedown").exit_code == 0
    before = snapshot(archive)
    again = cli("withdraw", item_id, "--reason", "takedown again")
    assert again.exit_code == 2 and "already withdrawn on" in again.output and "--purge" in again.output
    assert snapshot(archive) == before
    purge = cli("withdraw", item_id, "--reason", "court order", "--purge", "--yes")
    assert purge.exit_code == 0 and "(withdrawn since " in purge.output
    events = [e for e in provenance(archive.bags / item_id)["events"] if e["eventType"] == "deaccession"]
    assert [e["eventOutcomeDetail"]["purged"] for e in events] == [False, True]
    before = snapshot(archive)
    twice = cli("withdraw", item_id, "--reason", "again", "--purge", "--yes")
    assert twice.exit_code == 2 and "already purged on" in twice.output
    assert snapshot(archive) == before


def test_purge_asks_for_the_item_id_to_be_typed(archive, cli):
    from click.testing import CliRunner
    from archive.cli.app import main
    item_id = _id(archive, "reopen")
    before = snapshot(archive)
    runner = CliRunner()
    env = {"ARCHIVE_ROOT": str(archive.path)}
    wrong = runner.invoke(main, ["withdraw", item_id[:6], "--reason", "x", "--purge"], input="market\n", env=env)
    assert wrong.exit_code == 1 and "not the item id: nothing was changed" in wrong.output
    assert f"removes the payload of {item_id}" in wrong.output
    silent = runner.invoke(main, ["withdraw", item_id, "--reason", "x", "--purge"], input="", env=env)
    assert silent.exit_code == 1 and snapshot(archive) == before
    right = runner.invoke(main, ["withdraw", item_id[:6], "--reason", "x", "--purge"], input=f"{item_id}\n", env=env)
    assert right.exit_code == 0, right.output
    assert get_item(archive, item_id).purged


def test_json_twin(archive, cli):
    item_id = _id(archive, "reopen")
    data = json.loads(cli("withdraw", item_id, "--reason", "duplicate of another record", "--json").output)
    assert data["id"] == item_id and data["reason"] == "duplicate of another record"
    assert data["purged"] is False and data["index"]["error"] is None and data["index"]["indexed"] == 1


# --- the index ------------------------------------------------------------------------------


def test_the_index_follows_at_once_and_equals_a_rebuild(archive, cli, tmp_path):
    item_id, feed = _id(archive, "quaywall"), _feed_id(archive)
    total = search(archive, "").total
    assert cli("withdraw", item_id, "--reason", "takedown").exit_code == 0
    assert search(archive, "quaywall").total == 0 and search(archive, "").total == total - 1
    assert search(archive, "quaywall", include_restricted=True).total == 0     # no content at all
    assert item_id not in {h.id for h in search(archive, "", include_restricted=True, limit=100).hits}
    with open_index(archive).searcher() as searcher:
        stub = searcher.document(id=item_id)
    assert stub["withdrawn"] and stub["restricted"] and "text" not in stub and "title" not in stub
    assert stub["tombstone"]["reason"] == "takedown" and stub["tombstone"]["public"] is True
    _same_as_rebuild(archive, tmp_path / "shadow")
    assert cli("withdraw", feed, "--reason", "the publisher asked", "--purge", "--yes").exit_code == 0
    assert search(archive, "quarrybrook").total == 0 and search(archive, "").total == total - 5
    with open_index(archive).searcher() as searcher:
        stubs = {f["id"] for f in searcher.documents(container=feed)}
    assert len(stubs) == 3                  # each article of the feed keeps its stub
    _same_as_rebuild(archive, tmp_path / "shadow")
    report = check(archive)
    assert report.consistent and report.withdrawn == 2 and report.purged == 1
    assert cli("check").exit_code == 0


def test_check_sees_an_index_that_has_not_followed_and_repairs_it(archive, cli, tmp_path):
    item_id, other = _id(archive, "quaywall"), _id(archive, "strike")
    withdraw_item(archive, item_id, "takedown", "clerk")              # the bag alone: the index lags
    withdraw_item(archive, other, "court order", "clerk", purge=True)
    assert search(archive, "quaywall").total == 1                      # still in the index ...
    client_page = _client(archive).get(f"/item/{item_id}")
    assert client_page.status_code == 410                              # ... but never shown
    done = cli("check")
    assert done.exit_code == 1
    assert f"withdrawal not yet followed by the index: {item_id}" in done.output
    assert f"withdrawal not yet followed by the index: {other}" in done.output
    assert "indexed with another checksum" not in done.output         # a purged bag's digest is kept
    assert cli("check", "--repair").exit_code == 0
    assert search(archive, "quaywall").total == 0 and check(archive).consistent
    _same_as_rebuild(archive, tmp_path / "shadow")


def test_withdrawing_again_catches_up_an_index_a_kill_left_behind(archive, cli):
    item_id = _id(archive, "quaywall")
    withdraw_item(archive, item_id, "takedown", "clerk")
    done = cli("withdraw", item_id, "--reason", "takedown")
    assert done.exit_code == 2 and "already withdrawn" in done.output
    assert search(archive, "quaywall").total == 0 and check(archive).consistent


def _client(root):
    from web import create_app
    return create_app({"ARCHIVE_ROOT": str(root.path), "TESTING": True}).test_client()


# --- bytes of a withdrawn item ingested again ------------------------------------------------


def test_purged_bytes_are_refused_without_readmit(archive, inbox, cli):
    item_id = _id(archive, "strike")
    cli("withdraw", item_id, "--reason", "Court order 12/2024", "--purge", "--yes")
    before = snapshot(archive)
    done = cli("ingest", str(inbox / "ferry.txt"))
    assert done.exit_code == 1
    [line] = [ln for ln in done.output.splitlines() if ln.startswith("refused")]
    day = get_item(archive, item_id).withdrawal["eventDateTime"][:10]
    assert item_id in line and f"purged on {day} (Court order 12/2024)" in line
    assert "`archive ingest --readmit` takes these bytes in again" in line
    assert snapshot(archive) == before


def test_withdrawn_bytes_are_already_archived_with_a_note_and_unchanged(archive, inbox, cli):
    item_id = _id(archive, "quaywall")
    cli("withdraw", item_id, "--reason", "takedown")
    before = snapshot(archive)
    done = cli("ingest", str(inbox / "harbour.txt"))
    assert done.exit_code == 0
    [line] = [ln for ln in done.output.splitlines() if ln.startswith("already archived")]
    assert "withdrawn on" in line and "(takedown)" in line and "not changed" in line
    assert snapshot(archive) == before and get_item(archive, item_id).withdrawn


def test_readmit_puts_the_payload_back_and_the_item_back_in_access(archive, inbox, cli, tmp_path):
    item_id = _id(archive, "strike")
    original = get_item(archive, item_id)
    before_files = _files(original.bag)
    cli("withdraw", item_id, "--reason", "Court order 12/2024", "--purge", "--yes")
    done = cli("ingest", "--readmit", str(inbox / "ferry.txt"), "--operator", "Ana Ruiz")
    assert done.exit_code == 0, done.output
    assert done.output.startswith(f"archived          {item_id}")
    assert "readmitted: its payload is back in the bag" in done.output
    item = get_item(archive, item_id)
    bagit.Bag(str(item.bag)).validate()
    assert not item.withdrawn and item.payload.exists()
    after = _files(item.bag)
    for name in ("data/ferry.txt", "manifest-sha256.txt", "manifest-sha512.txt", "bag-info.txt"):
        assert after[name] == before_files[name]               # exactly as ingested
    last = provenance(item.bag)["events"][-1]
    assert last["eventType"] == "readmission" and last["eventOutcomeDetail"]["payload restored"] is True
    assert search(archive, "strike").total == 1 and check(archive).consistent
    with open_index(archive).searcher() as searcher:
        assert searcher.document(id=item_id)["changed"] >= last["eventDateTime"][:19]
    assert cli("verify", item_id).exit_code == 0
    stamp = last["eventDateTime"][:19] + "Z"                  # a harvester sees it come back
    record = _client(archive).get(f"/oai?verb=ListIdentifiers&metadataPrefix=oai_dc&from={stamp}")
    xml = record.get_data(as_text=True)
    assert f"{item_id}</identifier><datestamp>{stamp}</datestamp>" in xml and 'status="deleted"' not in xml
    _same_as_rebuild(archive, tmp_path / "shadow")


def test_readmission_in_worker_processes_and_of_a_withdrawn_item(archive, inbox):
    purged, withdrawn = _id(archive, "strike"), _id(archive, "quaywall")
    withdraw_item(archive, purged, "court order", "clerk", purge=True)
    withdraw_item(archive, withdrawn, "takedown", "clerk")
    copy = inbox / "again"
    copy.mkdir()
    for name in ("ferry.txt", "harbour.txt"):
        (copy / name).write_bytes((inbox / name).read_bytes())
    (copy / "ferry-twice.txt").write_bytes((inbox / "ferry.txt").read_bytes())
    report = ingest(archive, [copy], readmit=True, workers=2)
    statuses = {o.path.rsplit("/", 1)[-1]: o.status for o in report.outcomes}
    assert statuses["harbour.txt"] == "archived"
    assert sorted([statuses["ferry.txt"], statuses["ferry-twice.txt"]]) == ["already archived", "archived"]
    for item_id in (purged, withdrawn):
        item = get_item(archive, item_id)
        assert not item.withdrawn and item.payload.exists()
        bagit.Bag(str(item.bag)).validate()
    kept = provenance(archive.bags / withdrawn)["events"][-1]
    assert kept["eventType"] == "readmission" and kept["eventOutcomeDetail"]["payload restored"] is False
    assert not any(archive.staging.iterdir())
