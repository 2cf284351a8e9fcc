"""Formats in, bags out: every accepted kind makes one valid bag, everything else is refused.

Each test ingests files built in tests/fixtures.py into a real archive root and
checks the bags on disk with bagit-python, the reference implementation.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import os
import platform
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import magic
import pytest
from conftest import assert_valid_bags, bags, snapshot
from fixtures import (
    ENGLISH_TEXT,
    FRENCH_LATIN1,
    HTML_PAGE,
    RUSSIAN_CP1251,
    RUSSIAN_KOI8R,
    RUSSIAN_UTF8,
    legacy_doc,
    manifest,
    minimal_docx,
    minimal_pdf,
    payload_files,
    png_with_junk,
    provenance,
    random_bytes,
    short_text,
    snapshot_files,
    undecodable_text,
    validated,
    write,
)

import archive
from archive.preservation.catalog import item_id_for
from archive.preservation.config import Config
from archive.preservation.identify import DOCX_MIME
from archive.preservation.ingest import ARCHIVED, DUPLICATE, REFUSED, ingest
from archive.preservation.root import init_root

OPERATOR = "Aigerim Testova"

# name, bytes, kind, MIME, encoding(s) the detector must choose, text the bytes hold
ACCEPTED = {
    "utf-8 text": ("gazeta-utf8.txt", RUSSIAN_UTF8.encode("utf-8"), "text", "text/plain",
                   {"utf-8"}, RUSSIAN_UTF8),
    "cp1251 text": ("gazeta-1251.txt", RUSSIAN_CP1251.encode("cp1251"), "text", "text/plain",
                    {"cp1251"}, RUSSIAN_CP1251),
    "koi8-r text": ("gazeta-koi8.txt", RUSSIAN_KOI8R.encode("koi8-r"), "text", "text/plain",
                    {"koi8-r"}, RUSSIAN_KOI8R),
    # Latin-1 and Windows-1252 agree on every byte of this text: either is a right answer
    "latin-1 text": ("journal.txt", FRENCH_LATIN1.encode("latin-1"), "text", "text/plain",
                     {"iso8859-1", "cp1252"}, FRENCH_LATIN1),
    "html": ("subbotnik.html", HTML_PAGE.encode("utf-8"), "html", "text/html", {"utf-8"}, HTML_PAGE),
    "pdf": ("harbour.pdf", minimal_pdf(), "pdf", "application/pdf", None, None),
    "docx": ("subbotnik.docx", minimal_docx(), "docx", DOCX_MIME, None, None),
}
EVENT_TYPES = {"ingestion", "format identification", "message digest calculation"}


def _utc(text: str) -> datetime:
    return datetime.fromisoformat(text)


@pytest.fixture(params=list(ACCEPTED), ids=list(ACCEPTED))
def archived(request, root, inbox):
    """One accepted file ingested alone: (case, source path, bag, outcome, run window)."""
    name, data, *_ = ACCEPTED[request.param]
    source = write(inbox, name, data)
    before = datetime.now(UTC)
    report = ingest(root, [inbox], operator=OPERATOR)
    after = datetime.now(UTC)
    assert [o.status for o in report.outcomes] == [ARCHIVED], report.as_dict()
    found = bags(root)
    assert len(found) == 1
    return request.param, source, found[0], report.outcomes[0], (before, after)


# --- accepted kinds -------------------------------------------------------------------


def test_accepted_kind_is_one_valid_bag_with_identical_payload(archived):
    case, source, bag, outcome, _ = archived
    _, data, kind, *_ = ACCEPTED[case]
    validated(bag)
    assert outcome.kind == kind
    assert outcome.id == bag.name == item_id_for(hashlib.sha256(data).hexdigest())
    payload = payload_files(bag)
    assert len(payload) == 1
    assert payload[0].read_bytes() == data == source.read_bytes()


def test_provenance_records_format_and_encoding(archived):
    case, _, bag, _, _ = archived
    _, data, kind, mime, encodings, text = ACCEPTED[case]
    record = provenance(bag)["object"]["format"]
    assert record["mime"] == mime
    # the description is libmagic's own words for these bytes
    assert record["description"] == magic.Magic().from_buffer(data)
    assert record["description"]
    assert record["kind"] == kind
    assert record["accepted"] is True
    if encodings is None:
        assert record["encoding"] is None
    else:
        assert record["encoding"]["encoding"] in encodings
        # the recorded encoding really reads the preserved bytes as the text written
        payload = payload_files(bag)[0].read_bytes()
        assert payload.decode(record["encoding"]["encoding"]) == text


def test_provenance_events_and_agents(archived):
    _, _, bag, _, (before, after) = archived
    record = provenance(bag)
    events = record["events"]
    assert {e["eventType"] for e in events} == EVENT_TYPES
    assert len(events) == len(EVENT_TYPES)
    agents = {a["agentIdentifier"]: a for a in record["agents"]}
    for event in events:
        when = _utc(event["eventDateTime"])
        assert before - timedelta(seconds=1) <= when <= after + timedelta(seconds=1), event
        assert event["eventOutcome"] == "success"
        assert event["linkingAgents"], event
        for link in event["linkingAgents"]:
            assert link["agentIdentifier"] in agents, link
            assert link["role"]

    software = [a for a in agents.values() if a["agentType"] == "software"]
    versions = " ; ".join(f"{a['agentName']} {a.get('agentVersion', '')}" for a in software)
    assert any(a["agentName"] == "archive" and a.get("agentVersion") == archive.__version__
               for a in software), versions
    number = magic.version()
    libmagic = f"libmagic {number // 100}.{number % 100:02d}"
    python_magic = f"python-magic {importlib.metadata.version('python-magic')}"
    assert any(libmagic in a.get("agentVersion", "") and python_magic in a.get("agentVersion", "")
               for a in software), versions
    assert any("hashlib" in a["agentName"] and platform.python_version() in a.get("agentVersion", "")
               for a in software), versions

    people = [a for a in agents.values() if a["agentType"] == "person"]
    assert [p["agentName"] for p in people] == [OPERATOR]
    ingestion = next(e for e in events if e["eventType"] == "ingestion")
    assert people[0]["agentIdentifier"] in {link["agentIdentifier"] for link in ingestion["linkingAgents"]}
    digest_event = next(e for e in events if e["eventType"] == "message digest calculation")
    hashlib_agent = next(a for a in software if "hashlib" in a["agentName"])
    assert hashlib_agent["agentIdentifier"] in {link["agentIdentifier"] for link in digest_event["linkingAgents"]}


def test_provenance_fixity_equals_manifests(archived):
    case, source, bag, _, _ = archived
    data = ACCEPTED[case][1]
    record = provenance(bag)["object"]
    payload_path = record["payloadPath"]
    assert (bag / payload_path).is_file()
    assert record["fixity"] == {
        "sha256": manifest(bag, "manifest-sha256.txt")[payload_path],
        "sha512": manifest(bag, "manifest-sha512.txt")[payload_path],
    }
    assert record["fixity"]["sha256"] == hashlib.sha256(data).hexdigest()
    assert record["fixity"]["sha512"] == hashlib.sha512(data).hexdigest()
    assert record["size"] == len(data)
    assert record["originalName"] == source.name


def test_bag_info_fields(archived, root):
    case, _, bag, outcome, (before, after) = archived
    data = ACCEPTED[case][1]
    info = validated(bag).info
    assert info["Source-Organization"] == root.config.source_organization
    assert info["External-Identifier"] == outcome.id == bag.name
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", info["Bagging-Date"])
    assert info["Bagging-Date"] in {before.date().isoformat(), after.date().isoformat()}
    assert info["Payload-Oxum"] == f"{len(data)}.1"
    assert info["Bag-Software-Agent"] == f"archive {archive.__version__}"


def test_tag_manifests_cover_metadata_files(archived):
    _, _, bag, _, _ = archived
    for algorithm in ("sha256", "sha512"):
        entries = manifest(bag, f"tagmanifest-{algorithm}.txt")
        for name in ("metadata/provenance.json", "metadata/descriptive.json", "bag-info.txt",
                     f"manifest-{algorithm}.txt"):
            assert entries.get(name) == hashlib.new(algorithm, (bag / name).read_bytes()).hexdigest(), name


def test_all_kinds_in_one_batch(root, inbox):
    """The seven kinds together: seven bags, each the right kind, all valid."""
    for name, data, *_ in ACCEPTED.values():
        write(inbox, name, data)
    report = ingest(root, [inbox])
    by_name = {Path(o.path).name: o for o in report.outcomes}
    assert {n: (o.status, o.kind) for n, o in by_name.items()} == \
        {name: (ARCHIVED, kind) for name, _, kind, *_ in ACCEPTED.values()}
    assert len(assert_valid_bags(root)) == len(ACCEPTED)
    assert report.exit_code == 0


def test_pdf_fixture_is_well_formed():
    """The hand-made PDF's cross-reference table points at its objects (the fixture is honest)."""
    data = minimal_pdf()
    start = int(data.rsplit(b"startxref\n", 1)[1].split(b"\n", 1)[0])
    assert data[start:].startswith(b"xref\n0 6\n")
    rows = data[start:].split(b"\n")[3:8]
    for number, row in enumerate(rows, 1):
        offset = int(row.split()[0])
        assert data[offset:].startswith(b"%d 0 obj" % number)


# --- refusals -------------------------------------------------------------------------

REFUSED_REASONS = {
    "empty.txt": "empty file",
    "noise.bin": "unrecognised binary data",
    "picture.png": "unsupported type image/png",
    "old.doc": "legacy Word .doc",
    "blank.txt": "white space",
    "pipe": "not a regular file",
    "link.txt": "symbolic link",
}
GOOD = {"good-1.txt": short_text("one"), "good-2.pdf": minimal_pdf("Second good file")}


def _refusal_batch(tmp_path: Path, inbox: Path) -> tuple[dict[str, Path], Path]:
    """Good files and every kind of refusal in one folder; returns the files and the link target."""
    files = {name: write(inbox, name, data) for name, data in GOOD.items()}
    files["empty.txt"] = write(inbox, "empty.txt", b"")
    files["noise.bin"] = write(inbox, "noise.bin", random_bytes())
    files["picture.png"] = write(inbox, "picture.png", png_with_junk())
    files["old.doc"] = write(inbox, "old.doc", legacy_doc())
    files["blank.txt"] = write(inbox, "blank.txt", b"  \n\t\n \r\n   \n")
    os.mkfifo(inbox / "pipe")
    files["pipe"] = inbox / "pipe"
    target = write(tmp_path, "outside-target.txt", short_text("reached only through a link"))
    (inbox / "link.txt").symlink_to(target)
    files["link.txt"] = inbox / "link.txt"
    return files, target


def test_refusals_are_reported_and_the_rest_archived(root, inbox, tmp_path):
    files, target = _refusal_batch(tmp_path, inbox)
    report = ingest(root, [inbox])
    by_path = {o.path: o for o in report.outcomes}
    assert len(report.outcomes) == len(files)
    for name, reason in REFUSED_REASONS.items():
        outcome = by_path[str(files[name])]
        assert outcome.status == REFUSED, outcome
        assert reason in outcome.reason, outcome
    for name in GOOD:
        assert by_path[str(files[name])].status == ARCHIVED
    found = assert_valid_bags(root)
    assert len(found) == len(GOOD)
    archived_names = {provenance(bag)["object"]["originalName"] for bag in found}
    assert archived_names == set(GOOD)
    # no bag holds the bytes of any refused file (nor of the link's target)
    refused_bytes = [files[n].read_bytes() for n in REFUSED_REASONS if n != "pipe"] + [target.read_bytes()]
    for data in refused_bytes:
        assert not (root.bags / item_id_for(hashlib.sha256(data).hexdigest())).exists()
    assert report.exit_code == 1
    assert report.counts() == {ARCHIVED: 2, DUPLICATE: 0, REFUSED: len(REFUSED_REASONS), "skipped": 0}


def test_refusals_via_cli_lines(cli, root, inbox, tmp_path):
    files, _ = _refusal_batch(tmp_path, inbox)
    result = cli("ingest", inbox)
    assert result.exit_code == 1, result.output
    lines = result.stdout.splitlines()
    for name, reason in REFUSED_REASONS.items():
        matching = [line for line in lines if str(files[name]) in line]
        assert len(matching) == 1, (name, lines)
        assert matching[0].startswith(REFUSED), matching
        assert reason in matching[0], matching
    for name in GOOD:
        matching = [line for line in lines if str(files[name]) in line]
        assert len(matching) == 1 and matching[0].startswith(ARCHIVED), (name, lines)
    summary = next(line for line in lines if " already archived, " in line)
    assert "2 archived" in summary and f"{len(REFUSED_REASONS)} refused" in summary
    assert len(assert_valid_bags(root)) == len(GOOD)


def test_refusals_via_cli_json(cli, root, inbox, tmp_path):
    files, _ = _refusal_batch(tmp_path, inbox)
    result = cli("ingest", "--json", inbox)
    assert result.exit_code == 1, result.output
    report = json.loads(result.stdout)
    by_path = {o["path"]: o for o in report["outcomes"]}
    for name, reason in REFUSED_REASONS.items():
        outcome = by_path[str(files[name])]
        assert outcome["status"] == "refused"
        assert outcome["id"] is None
        assert reason in outcome["reason"]
    for name in GOOD:
        assert by_path[str(files[name])]["status"] == "archived"
    assert report["summary"]["refused"] == len(REFUSED_REASONS)
    assert report["summary"]["archived"] == len(GOOD)


def test_fifo_and_symlink_given_directly_are_refused(root, inbox, tmp_path):
    good = write(inbox, "good.txt", short_text("direct"))
    target = write(tmp_path, "target.txt", short_text("target"))
    link = inbox / "link.txt"
    link.symlink_to(target)
    fifo = inbox / "pipe"
    os.mkfifo(fifo)
    report = ingest(root, [good, link, fifo])
    by_path = {o.path: o for o in report.outcomes}
    assert by_path[str(good)].status == ARCHIVED
    assert by_path[str(link)].status == REFUSED and "symbolic link" in by_path[str(link)].reason
    assert by_path[str(fifo)].status == REFUSED and "not a regular file" in by_path[str(fifo)].reason
    assert len(assert_valid_bags(root)) == 1


def test_over_size_file_is_refused(tmp_path):
    small_root = init_root(tmp_path / "small-archive", Config(max_file_bytes=1000))
    folder = tmp_path / "in"
    folder.mkdir()
    at_limit = write(folder, "at-limit.txt", (ENGLISH_TEXT.encode() * 20)[:1000])
    too_big = write(folder, "too-big.txt", (ENGLISH_TEXT.encode() * 20)[:1001])
    report = ingest(small_root, [folder])
    by_path = {o.path: o for o in report.outcomes}
    assert by_path[str(at_limit)].status == ARCHIVED
    refused = by_path[str(too_big)]
    assert refused.status == REFUSED
    assert "too large" in refused.reason and "1001" in refused.reason and "1000" in refused.reason
    found = assert_valid_bags(small_root)
    assert [provenance(b)["object"]["originalName"] for b in found] == ["at-limit.txt"]


def test_accept_any_preserves_png_but_not_empty_file(cli, root, inbox):
    png = write(inbox, "picture.png", png_with_junk())
    empty = write(inbox, "empty.txt", b"")
    result = cli("ingest", "--accept-any", "--json", inbox)
    assert result.exit_code == 1, result.output
    by_path = {o["path"]: o for o in json.loads(result.stdout)["outcomes"]}
    assert by_path[str(png)]["status"] == "archived"
    assert by_path[str(png)]["kind"] is None
    assert by_path[str(png)]["id"] == item_id_for(hashlib.sha256(png.read_bytes()).hexdigest())
    assert by_path[str(empty)]["status"] == "refused"
    assert "empty" in by_path[str(empty)]["reason"]
    [bag] = assert_valid_bags(root)
    assert bag.name == by_path[str(png)]["id"]
    assert payload_files(bag)[0].read_bytes() == png.read_bytes()
    fmt = provenance(bag)["object"]["format"]
    assert fmt["mime"] == "image/png" and fmt["kind"] is None and fmt["accepted"] is False


def test_text_of_no_establishable_encoding_is_kept_as_text_and_says_what_was_tried(root, inbox):
    garbled = write(inbox, "garbled.txt", undecodable_text())
    report = ingest(root, [inbox])
    [outcome] = report.outcomes
    assert outcome.status == ARCHIVED and outcome.kind == "text"
    assert "encoding unknown" in outcome.reason
    [bag] = assert_valid_bags(root)
    assert payload_files(bag)[0].read_bytes() == garbled.read_bytes()
    fmt = provenance(bag)["object"]["format"]
    assert fmt["encoding"]["encoding"] == "unknown" and fmt["encoding"]["method"] == "none"
    assert "cp1251" in fmt["encoding"]["tried"] and fmt["warnings"]
    [identification] = [e for e in provenance(bag)["events"] if e["eventType"] == "format identification"]
    assert identification["eventOutcome"] == "warning"


# --- duplicates -----------------------------------------------------------------------


def test_same_bytes_under_two_names_is_already_archived(root, inbox):
    data = short_text("twice")
    first = write(inbox, "a-first.txt", data)
    second = write(inbox, "b-second.txt", data)
    report = ingest(root, [inbox])
    by_path = {o.path: o for o in report.outcomes}
    assert by_path[str(first)].status == ARCHIVED
    assert by_path[str(second)].status == DUPLICATE
    assert by_path[str(second)].id == by_path[str(first)].id == item_id_for(hashlib.sha256(data).hexdigest())
    assert report.exit_code == 0
    [bag] = assert_valid_bags(root)
    assert provenance(bag)["object"]["originalName"] == "a-first.txt"


def test_second_run_changes_nothing(cli, root, inbox):
    for name, data, *_ in ACCEPTED.values():
        write(inbox, name, data)
    first = json.loads(cli("ingest", "--json", inbox).stdout)
    ids = {o["path"]: o["id"] for o in first["outcomes"]}
    assert all(o["status"] == "archived" for o in first["outcomes"])
    before = snapshot(root)
    again = cli("ingest", "--json", inbox)
    assert again.exit_code == 0
    second = json.loads(again.stdout)
    assert {o["path"]: (o["status"], o["id"]) for o in second["outcomes"]} == \
        {path: ("already archived", item_id) for path, item_id in ids.items()}
    assert second["bytes_archived"] == 0
    assert snapshot(root) == before
    assert len(assert_valid_bags(root)) == len(ACCEPTED)


def test_same_name_with_new_bytes_is_a_new_item(root, inbox):
    source = write(inbox, "article.txt", short_text("version one"))
    [first] = ingest(root, [inbox]).outcomes
    first_bag = snapshot(root)
    write(inbox, "article.txt", short_text("version two"))
    [second] = ingest(root, [inbox]).outcomes
    assert first.status == second.status == ARCHIVED
    assert first.id != second.id
    assert second.id == item_id_for(hashlib.sha256(source.read_bytes()).hexdigest())
    assert len(assert_valid_bags(root)) == 2
    after = snapshot(root)
    assert {k: v for k, v in after.items() if k.startswith(first.id)} == \
        {k: v for k, v in first_bag.items() if k.startswith(first.id)}


# --- sources are left alone -----------------------------------------------------------


def test_ingest_never_modifies_sources(root, inbox, tmp_path):
    for name, data, *_ in ACCEPTED.values():
        write(inbox, name, data)
    _refusal_batch(tmp_path, inbox)
    regular = [p for p in inbox.iterdir() if p.is_file() and not p.is_symlink()]
    listing = sorted(os.listdir(inbox))
    old = 1_000_000_000  # push mtimes into the past so a rewrite could not keep them by chance
    for path in regular:
        os.utime(path, ns=(old, old))
    before = snapshot_files(regular)
    report = ingest(root, [inbox])
    assert report.counts()[ARCHIVED] == len(ACCEPTED) + len(GOOD)
    assert snapshot_files(regular) == before
    assert sorted(os.listdir(inbox)) == listing
    assert (inbox / "link.txt").is_symlink()
