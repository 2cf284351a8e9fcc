"""The ``archive`` command, end to end through Click, on real roots."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from archive.cli.app import main
from archive.preservation.root import ArchiveRoot
from conftest import REPO, bags


def test_init_then_ingest_then_list_and_show(tmp_path: Path, seeds: Path) -> None:
    runner = CliRunner()
    target = tmp_path / "fresh"
    result = runner.invoke(main, ["init", str(target), "--organization", "Test Org",
                                  "--contact-email", "desk@example.org"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(main, ["ingest", "--root", str(target), str(seeds)])
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 7 and lines[-2].startswith("5 archived, 0 already archived, 0 refused")
    assert lines[-1] == "indexed 5 items for search"
    ids = [line.split()[1] for line in lines[:5]]
    assert all(re.fullmatch(r"[0-9a-f]{16}", i) for i in ids)

    listed = runner.invoke(main, ["list", "--root", str(target), "--json"])
    assert listed.exit_code == 0
    data = json.loads(listed.output)
    assert sorted(i["id"] for i in data["items"]) == sorted(ids) and data["errors"] == []

    shown = runner.invoke(main, ["show", "--root", str(target), ids[1][:6]])
    assert shown.exit_code == 0, shown.output
    for expected in (ids[1], "format identification", "message digest calculation", "ingestion",
                     "Source-Organization: Test Org", "Contact-Email: desk@example.org",
                     "Payload-Oxum:", "sha512:"):
        assert expected in shown.output
    as_json = json.loads(runner.invoke(main, ["show", "--root", str(target), ids[1], "--json"]).output)
    assert as_json["id"] == ids[1] and as_json["bag_info"]["External-Identifier"] == ids[1]


def test_second_run_says_already_archived(cli, seeds: Path) -> None:
    cli("ingest", seeds)
    again = cli("ingest", seeds)
    assert again.exit_code == 0
    assert again.output.count("already archived") >= 5
    assert "0 archived, 5 already archived" in again.output


def test_ingest_without_paths_takes_the_inbox_but_not_its_readme(root: ArchiveRoot, cli) -> None:
    (root.inbox / "note.txt").write_text("Almaty, 3 May 2004 -- A short invented note.\n")
    result = cli("ingest", "--json")
    report = json.loads(result.output)
    assert result.exit_code == 0
    assert [Path(o["path"]).name for o in report["outcomes"]] == ["note.txt"]
    assert len(bags(root)) == 1


def test_not_an_archive_root_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["list", "--root", str(tmp_path)])
    assert result.exit_code == 2
    assert "is not an archive root" in result.output and "archive init" in result.output


def test_init_refuses_an_existing_root(root: ArchiveRoot) -> None:
    result = CliRunner().invoke(main, ["init", str(root.path)])
    assert result.exit_code == 1 and "already an archive root" in result.output


def test_show_unknown_id_is_an_error(cli) -> None:
    result = cli("show", "ffffffffffffffff")
    assert result.exit_code == 2 and "no item ffffffffffffffff" in result.output
    assert cli("show", "../etc").exit_code == 2


def test_refusal_sets_exit_code_one_and_names_file_and_reason(root: ArchiveRoot, cli, inbox: Path) -> None:
    (inbox / "good.txt").write_text("An invented article about nothing in particular.\n")
    (inbox / "empty.txt").write_bytes(b"")
    result = cli("ingest", inbox)
    assert result.exit_code == 1
    refused = [line for line in result.output.splitlines() if line.startswith("refused")]
    assert len(refused) == 1 and "empty.txt" in refused[0] and "empty file" in refused[0]
    assert "1 archived" in result.output and len(bags(root)) == 1


def test_operator_is_recorded(root: ArchiveRoot, cli, inbox: Path) -> None:
    (inbox / "a.txt").write_text("Invented text for the operator test.\n")
    report = json.loads(cli("ingest", inbox, "--json", "--operator", "Jane Archivist").output)
    shown = json.loads(cli("show", report["outcomes"][0]["id"], "--json").output)
    agents = {a["agentName"]: a["agentType"] for a in shown["provenance"]["agents"]}
    assert agents["Jane Archivist"] == "person"


def test_usage_errors_exit_two(cli) -> None:
    assert cli("ingest", "--no-such-option").exit_code == 2
    assert cli("frobnicate").exit_code == 2


@pytest.mark.parametrize("command", sorted(main.commands))
def test_every_command_is_documented_in_the_readme(command: str) -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert f"archive {command}" in readme, f"README.md does not document `archive {command}`"


def test_a_store_that_cannot_be_written_gives_a_clear_error(root: ArchiveRoot, cli, inbox: Path) -> None:
    """Staging is where every bag is written first: a file in its place makes every write fail."""
    (inbox / "a.txt").write_text("Invented text that cannot be stored.\n")
    root.staging.rmdir() if root.staging.exists() else None
    root.staging.write_text("not a folder")
    try:
        result = cli("ingest", inbox)
    finally:
        root.staging.unlink()
    assert result.exit_code == 1
    assert "cannot write to" in result.output and "Traceback" not in result.output
    assert bags(root) == []


def test_ingest_indexes_the_new_bags_unless_told_not_to(root: ArchiveRoot, cli, seeds: Path, inbox: Path) -> None:
    from archive.search.index import indexed_ids
    result = cli("ingest", seeds)
    assert result.exit_code == 0 and "indexed 5 items for search" in result.output
    assert set(indexed_ids(root)) == {bag.name for bag in bags(root)}
    (inbox / "later.txt").write_text("An invented later article, archived without indexing.\n")
    quiet = json.loads(cli("ingest", "--no-index", "--json", inbox).output)
    assert quiet["index"] is None and len(indexed_ids(root)) == 5
    assert cli("check").exit_code == 1 and cli("check", "--repair").exit_code == 0
