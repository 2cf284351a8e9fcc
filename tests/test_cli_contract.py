"""One contract for every command: exit 0 all well, 1 refused or failed, 2 usage error; one clear line.

Every command is run, through the real ``archive`` entry point in a process of its own, with
bad input of each kind (options, dates, queries, paths, ids, an unusable directory), and must
answer with its exit code and a single line that says what was wrong, never a traceback.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from archive.preservation.ingest import ingest
from archive.search.reindex import reindex
from conftest import REPO


def run(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "archive", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=120, check=False)


@pytest.fixture(scope="module")
def archive_root(tmp_path_factory) -> Path:
    from archive.preservation.root import init_root
    base = tmp_path_factory.mktemp("contract")
    root = init_root(base / "archive")
    inbox = base / "in"
    inbox.mkdir()
    for n in range(3):
        (inbox / f"a{n}.txt").write_text(f"Report {n}\n\nALMATY, 3 March 2005 - Galymzhan Zhakiyanov said "
                                         f"the opposition prison appeal {n} would go on.\n", encoding="utf-8")
    ingest(root, [inbox])
    reindex(root)
    return root.path


BAD = [  # (arguments after "--root ROOT" where the command takes it, expected exit code)
    (["search", "--from", "2004-13-45", "x"], 2),
    (["search", "--from", "2005", "--to", "2004", "x"], 2),
    (["search", "*a*"], 2),
    (["search", "--limit", "1000", "x"], 2),
    (["search", "--sort", "sideways", "x"], 2),
    (["search", "--person", "!!!", "x"], 2),
    (["show", "ffffffffffffffff"], 2),
    (["show", "zz"], 2),
    (["verify", "/no/such/bag"], 2),
    (["verify", "ffffffffffffffff"], 2),
    (["verify", "--max-time", "soon"], 2),
    (["verify", "--json", "--csv"], 2),
    (["audit-log", "/no/such/bag"], 2),
    (["ingest", "/no/such/folder"], 2),
    (["ingest", "--metadata", "/no/such/sheet.csv", "/tmp"], 2),
    (["persons", "alias", "Nobodyevich", "Zhakiyanov"], 2),
    (["persons", "undo", "99"], 2),
    (["persons", "undo", "zero"], 2),
    (["list", "--no-such-option"], 2),
    (["check", "--repair", "extra"], 2),
    (["serve", "--port", "99999"], 2),
]


def one_clear_line(done: subprocess.CompletedProcess) -> str:
    assert "Traceback" not in done.stderr + done.stdout, done.stderr
    lines = [line for line in done.stderr.splitlines() if line.lower().startswith("error")]
    assert len(lines) == 1, done.stderr
    return lines[0]


@pytest.mark.parametrize(("args", "code"), BAD, ids=[" ".join(a) for a, _ in BAD])
def test_every_command_answers_bad_input_with_its_code_and_one_line(archive_root, args, code):
    done = run(args[0], "--root", str(archive_root), *args[1:])
    assert done.returncode == code, (done.returncode, done.stdout[-300:], done.stderr)
    assert len(one_clear_line(done)) > 12


@pytest.mark.parametrize("command", ["list", "check", "search x", "persons", "reindex", "verify", "audit-log",
                                     "ingest", "show 0123"])
def test_a_directory_that_is_no_archive_is_a_usage_error(tmp_path, command):
    done = run(*command.split()[:1], "--root", str(tmp_path / "nowhere"), *command.split()[1:])
    assert done.returncode == 2
    assert "not an archive root" in one_clear_line(done) or "archive init" in done.stderr


def test_init_on_a_file_or_somewhere_unwritable_says_so(tmp_path):
    a_file = tmp_path / "file"
    a_file.write_text("x")
    done = run("init", str(a_file))
    assert done.returncode == 2 and "is not a directory" in one_clear_line(done)
    done = run("init", "/proc/archive-here")
    assert done.returncode in (1, 2) and "/proc/archive-here" in one_clear_line(done)


def test_search_takes_several_words_without_quotes_and_root_on_the_group(archive_root):
    done = run("--root", str(archive_root), "search", "--json", "opposition", "prison")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["total"] == 3 and json.loads(done.stdout)["query"] == "opposition prison"
    assert run("--root", str(archive_root), "list").returncode == 0


def test_all_well_is_0_and_a_failed_check_is_1(archive_root, tmp_path):
    assert run("check", "--root", str(archive_root)).returncode == 0
    copy = tmp_path / "copy"
    subprocess.run(["cp", "-a", str(archive_root), str(copy)], check=True)
    bag = next(p for p in (copy / "bags").iterdir() if p.is_dir() and not p.name.startswith("."))
    subprocess.run(["chmod", "-R", "u+w", str(bag)], check=True)
    (bag / "metadata" / "descriptive.json").write_text('{"restricted": false, "metadata": {}}', encoding="utf-8")
    assert run("check", "--root", str(copy)).returncode == 1
    assert run("verify", "--root", str(copy), bag.name).returncode == 1


# --- corrections in one go -------------------------------------------------------------------


def test_a_sheet_with_a_header_typo_reports_its_row_errors_too(tmp_path, cli, root):
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "a.txt").write_text("An article.\n", encoding="utf-8")
    (folder / "metadata.csv").write_text("filename,dc.tittle\n../../etc/passwd,x\na.txt,y\na.txt,z\n",
                                         encoding="utf-8")
    result = cli("ingest", str(folder))
    assert result.exit_code == 1
    assert "dc.tittle" in result.output and "points outside its folder" in result.output
    assert "described twice" in result.output


def test_an_alias_of_a_name_no_article_has_needs_force_and_any_correction_can_be_undone(archive_root):
    refused = run("persons", "--root", str(archive_root), "alias", "Zhakiyanoff", "Ablyazov")
    assert refused.returncode == 2 and "no article names" in refused.stderr
    forced = run("persons", "--root", str(archive_root), "alias", "--force", "Zhakiyanoff", "Zhakiyanov")
    assert forced.returncode == 0, forced.stderr
    listed = json.loads(run("persons", "--root", str(archive_root), "corrections", "--json").stdout)
    number = listed[-1]["number"]
    undone = run("persons", "--root", str(archive_root), "undo", str(number))
    assert undone.returncode == 0, undone.stderr
    listed = json.loads(run("persons", "--root", str(archive_root), "corrections", "--json").stdout)
    assert listed[number - 1]["undone"] and listed[-1]["action"] == "undo"
    again = run("persons", "--root", str(archive_root), "undo", str(number))
    assert again.returncode == 2 and "already undone" in again.stderr
