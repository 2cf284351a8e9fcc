"""File names the bag must make safe, and the archivist's metadata.csv.

Names: whatever a source file is called, its bag validates with bagit-python,
its payload name is portable, and provenance keeps the original name exactly.
Metadata: Dublin Core values from metadata.csv (or --metadata) travel into the
bag; a sheet or row that cannot be trusted refuses the files it concerns.
"""

from __future__ import annotations

import hashlib
import json
import os
import unicodedata
from pathlib import Path

import pytest
from conftest import assert_valid_bags, bags
from fixtures import (
    descriptive,
    payload_files,
    provenance,
    short_text,
    validated,
    write,
)

from archive.preservation.catalog import get_item, item_id_for
from archive.preservation.ingest import ARCHIVED, REFUSED, ingest
from archive.preservation.safenames import MAX_NAME_BYTES, safe_name

# --- names ----------------------------------------------------------------------------

RESERVED = set('/\\:*?"<>|%')
WINDOWS_DEVICES = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
                   *(f"LPT{i}" for i in range(1, 10))}

# original name -> the payload name expected for it
NAMES = {
    "cafe\u0301 du matin.txt": "caf\u00e9 du matin.txt",           # NFD, as macOS stores it
    "back\\slash.txt": "back_slash.txt",
    "colon: the title.txt": "colon_ the title.txt",
    "ctrl\x01and\ttab.txt": "ctrl_and_tab.txt",
    "line\nbreak.txt": "line_break.txt",
    "notes.txt.": "notes.txt",                                     # trailing dot
    "CON.txt": "_CON.txt",
    "a" * 251 + ".txt": "a" * (MAX_NAME_BYTES - 4) + ".txt",       # 255 bytes, Linux's limit
    "100% sure.txt": "100_ sure.txt",
    'what? "quoted" <b>|*.txt': "what_ _quoted_ _b___.txt",
    "-rf.txt": "_-rf.txt",
}


def assert_safe(name: str, original: str) -> None:
    """The properties every payload name has, whatever the original."""
    assert unicodedata.is_normalized("NFC", name), name
    assert not RESERVED & set(name), name
    assert not any(unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn") for ch in name), name
    assert len(name.encode("utf-8")) <= MAX_NAME_BYTES, name
    assert not name.endswith((".", " ")) and not name.startswith((".", "-")), name
    assert name.split(".")[0].upper() not in WINDOWS_DEVICES, name
    original_suffix = Path(original.rstrip(". ")).suffix
    assert Path(name).suffix == original_suffix, (name, original)


@pytest.mark.parametrize("original", list(NAMES), ids=[repr(n)[:40] for n in NAMES])
def test_safe_name(original):
    result = safe_name(original)
    assert result == NAMES[original]
    assert_safe(result, original)


def test_safe_name_truncates_multibyte_names_on_character_boundaries():
    original = "Жетысу" * 40 + ".html"            # 480 bytes of Cyrillic
    result = safe_name(original)
    assert result.endswith(".html")
    assert len(result.encode("utf-8")) <= MAX_NAME_BYTES
    assert result[:-5] == original[:len(result) - 5]  # a prefix of whole letters
    assert_safe(result, original)


def test_safe_name_of_name_made_only_of_dots_and_spaces():
    assert safe_name(" . ") == "unnamed"
    assert safe_name("COM1") == "_COM1"
    assert safe_name("lpt9.tar.gz") == "_lpt9.tar.gz"


def test_awkward_names_ingest_into_valid_bags(root, inbox):
    sources = {}
    for number, original in enumerate(NAMES):
        sources[original] = write(inbox, original, short_text(f"name {number}"))
    report = ingest(root, [inbox])
    by_path = {o.path: o for o in report.outcomes}
    assert len(report.outcomes) == len(NAMES)
    for original, source in sources.items():
        outcome = by_path[str(source)]
        assert outcome.status == ARCHIVED, outcome
        bag = root.bags / outcome.id
        validated(bag)
        [payload] = payload_files(bag)
        assert payload.read_bytes() == source.read_bytes()
        assert payload.name == NAMES[original]
        assert_safe(payload.name, original)
        record = provenance(bag)["object"]
        assert record["originalName"] == original
        assert record["originalPath"] == str(source)
        assert record["payloadPath"] == f"data/{payload.name}"
        assert "originalNameBytesHex" not in record
    assert len(assert_valid_bags(root)) == len(NAMES)


@pytest.mark.parametrize("raw, shown", [
    (b"bad\xff.txt", "bad\ufffd.txt"),
    (b"\xe3\xe0\xe7\xe5\xf2\xe0.txt", "\ufffd" * 6 + ".txt"),   # "газета" in Windows-1251, from an old zip
])
def test_name_that_is_not_utf8(root, inbox, raw, shown):
    path = os.fsencode(inbox) + b"/" + raw
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    os.write(fd, short_text(raw.hex()))
    os.close(fd)
    report = ingest(root, [inbox])
    [outcome] = report.outcomes
    assert outcome.status == ARCHIVED, outcome
    bag = root.bags / outcome.id
    validated(bag)
    record = provenance(bag)["object"]
    assert record["originalNameBytesHex"] == raw.hex()
    assert bytes.fromhex(record["originalNameBytesHex"]) == raw
    assert record["originalName"] == shown
    [payload] = payload_files(bag)
    payload.name.encode("utf-8")  # a name every tool can read
    assert_safe(payload.name, shown)
    assert payload.read_bytes() == short_text(raw.hex())


# --- metadata.csv -----------------------------------------------------------------------


def csv_file(folder: Path, text: str, name: str = "metadata.csv", encoding: str = "utf-8") -> Path:
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return path


def outcomes_by_path(report) -> dict[str, object]:
    return {o.path: o for o in report.outcomes}


def test_metadata_csv_values_travel_into_the_bag(cli, root, inbox):
    for name in ("harbour.txt", "memo.txt", "plain.txt"):
        write(inbox, name, short_text(name))
    sheet = csv_file(inbox, (
        "filename,dc.title,dc.creator,dc.creator,dc.date,dc.subject,dcterms.accessRights\n"
        'harbour.txt,"Ferry timetable changes, again",Jane Roe,John Doe,1998-10-02,transport,\n'
        "memo.txt,  Internal memo  ,A. Writer,,1999-01-01,,Restricted\n"))
    report = ingest(root, [inbox])
    assert report.exit_code == 0, report.as_dict()
    ids = {Path(o.path).name: o.id for o in report.outcomes}
    assert set(ids) == {"harbour.txt", "memo.txt", "plain.txt"}  # the sheet itself is not archived

    sheet_sha = hashlib.sha256(sheet.read_bytes()).hexdigest()
    harbour_bag = root.bags / ids["harbour.txt"]
    validated(harbour_bag)
    assert descriptive(harbour_bag) == {
        "source": {"file": str(sheet), "sha256": sheet_sha, "line": 2},
        "metadata": {"dc.title": ["Ferry timetable changes, again"],
                     "dc.creator": ["Jane Roe", "John Doe"],
                     "dc.date": ["1998-10-02"], "dc.subject": ["transport"]},
        "restricted": False,
    }
    item = get_item(root, ids["harbour.txt"])
    assert item.title == "Ferry timetable changes, again"
    assert item.restricted is False
    assert validated(harbour_bag).info["External-Description"] == "Ferry timetable changes, again"

    memo_bag = root.bags / ids["memo.txt"]
    memo_record = descriptive(memo_bag)
    assert memo_record["source"]["line"] == 3
    assert memo_record["metadata"] == {"dc.title": ["Internal memo"], "dc.creator": ["A. Writer"],
                                       "dc.date": ["1999-01-01"], "dcterms.accessRights": ["Restricted"]}
    assert memo_record["restricted"] is True
    assert get_item(root, ids["memo.txt"]).restricted is True
    assert get_item(root, ids["memo.txt"]).title == "Internal memo"

    plain_bag = root.bags / ids["plain.txt"]
    assert descriptive(plain_bag) == {"source": None, "metadata": {}, "restricted": False}
    assert get_item(root, ids["plain.txt"]).title == "plain.txt"
    assert validated(plain_bag).info["External-Description"] == "plain.txt"

    listed = cli("list", "--json")
    assert listed.exit_code == 0
    flags = {i["id"]: i["restricted"] for i in json.loads(listed.stdout)["items"]}
    assert flags == {ids["harbour.txt"]: False, ids["memo.txt"]: True, ids["plain.txt"]: False}


def test_metadata_in_subfolder_sheet_describes_nested_paths(root, inbox):
    (inbox / "1998" / "october").mkdir(parents=True)
    nested = write(inbox / "1998" / "october", "ferry.txt", short_text("nested"))
    csv_file(inbox, "filename,dc.title\n1998/october/ferry.txt,Nested title\n")
    report = ingest(root, [inbox])
    assert [(o.path, o.status) for o in report.outcomes] == [(str(nested), ARCHIVED)]
    assert get_item(root, report.outcomes[0].id).title == "Nested title"


@pytest.mark.parametrize("bad, reason", [
    ("../../etc/passwd", "points outside its folder"),
    ("/etc/passwd", "absolute path"),
    ("..\\..\\etc\\passwd", "backslash"),
    ("C:/Windows/win.ini", "absolute path"),
    ("sub/../../outside.txt", "points outside its folder"),
])
def test_metadata_filename_outside_the_folder_is_refused(root, inbox, tmp_path, bad, reason):
    write(tmp_path, "outside.txt", short_text("outside the inbox"))
    good = write(inbox, "good.txt", short_text("good"))
    other = write(inbox, "other.txt", short_text("other"))
    sheet = csv_file(inbox, f'filename,dc.title\ngood.txt,Good title\n"{bad}",Stolen\nother.txt,Other title\n')
    report = ingest(root, [inbox])
    by_path = outcomes_by_path(report)
    refusal = by_path[f"{sheet}:3"]
    assert refusal.status == REFUSED
    assert reason in refusal.reason and repr(bad) in refusal.reason
    assert by_path[str(good)].status == ARCHIVED and by_path[str(good)].title == "Good title"
    assert by_path[str(other)].status == ARCHIVED and by_path[str(other)].title == "Other title"
    assert len(report.outcomes) == 3
    found = assert_valid_bags(root)
    assert len(found) == 2
    for bag in found:
        assert provenance(bag)["object"]["originalPath"] in {str(good), str(other)}
    for target in (Path("/etc/passwd"), tmp_path / "outside.txt"):
        if target.is_file():
            assert not (root.bags / item_id_for(hashlib.sha256(target.read_bytes()).hexdigest())).exists()


def test_unknown_columns_make_the_sheet_unusable(cli, root, inbox):
    (inbox / "described").mkdir()
    (inbox / "described" / "sub").mkdir()
    (inbox / "elsewhere").mkdir()
    first = write(inbox / "described", "first.txt", short_text("first"))
    nested = write(inbox / "described" / "sub", "nested.txt", short_text("nested"))
    unrelated = write(inbox / "elsewhere", "unrelated.txt", short_text("unrelated"))
    sheet = csv_file(inbox / "described", "filename,dc.tittle,dc.authr\nfirst.txt,A title,Someone\n")
    result = cli("ingest", "--json", inbox)
    assert result.exit_code == 1
    outcomes = json.loads(result.stdout)["outcomes"]
    sheet_problems = [o for o in outcomes if o["path"].startswith(str(sheet))]
    assert all(o["status"] == "refused" for o in sheet_problems)
    reasons = " | ".join(o["reason"] for o in sheet_problems)
    assert "'dc.tittle'" in reasons and "'dc.authr'" in reasons, reasons
    by_path = {o["path"]: o for o in outcomes}
    for path in (first, nested):
        assert by_path[str(path)]["status"] == "refused"
        assert str(sheet) in by_path[str(path)]["reason"] and "invalid" in by_path[str(path)]["reason"]
    assert by_path[str(unrelated)]["status"] == "archived"
    found = assert_valid_bags(root)
    assert [provenance(b)["object"]["originalName"] for b in found] == ["unrelated.txt"]


def test_bad_rows_refuse_their_files_naming_the_line(root, inbox):
    names = ["a.txt", "b.txt", "c.txt", "d.txt", "e.txt"]
    files = {n: write(inbox, n, short_text(n)) for n in names}
    sheet = csv_file(inbox, (
        "filename,dc.title,dc.description\n"            # line 1
        'a.txt,Title A,"A description\n'                # line 2, a cell spanning two lines
        'on two lines"\n'                               # line 3
        "b.txt,Title B,desc,one cell too many\n"        # line 4
        "c.txt,Title C,first\n"                         # line 5
        "d.txt,Title D,\n"                              # line 6
        "c.txt,Title C again,second\n"                  # line 7
        "e.txt,Title E\n"))                             # line 8: fewer cells is fine
    report = ingest(root, [inbox])
    by_path = outcomes_by_path(report)
    b = by_path[str(files["b.txt"])]
    assert b.status == REFUSED
    assert f"{sheet}:4" in b.reason and "4 cells but 3 columns" in b.reason
    c = by_path[str(files["c.txt"])]
    assert c.status == REFUSED
    assert f"{sheet}:7" in c.reason and "described twice" in c.reason
    for name, title, line in (("a.txt", "Title A", 2), ("d.txt", "Title D", 6), ("e.txt", "Title E", 8)):
        outcome = by_path[str(files[name])]
        assert outcome.status == ARCHIVED and outcome.title == title
        assert descriptive(root.bags / outcome.id)["source"]["line"] == line
    a = descriptive(root.bags / by_path[str(files["a.txt"])].id)
    assert a["metadata"]["dc.description"] == ["A description\non two lines"]
    assert len(assert_valid_bags(root)) == 3
    assert report.exit_code == 1


def test_row_matches_a_file_whose_name_is_decomposed_on_disk(root, inbox):
    """A name typed in the sheet (NFC) describes the same name stored decomposed (NFD, macOS)."""
    source = write(inbox, "cafe\u0301.txt", short_text("decomposed"))
    csv_file(inbox, "filename,dc.title,dcterms.accessRights\ncaf\u00e9.txt,Secret cafe,restricted\n")
    report = ingest(root, [inbox])
    by_path = outcomes_by_path(report)
    outcome = by_path[str(source)]
    # never archived without its row: that would publish a restricted item
    assert outcome.status == ARCHIVED and outcome.title == "Secret cafe", report.as_dict()
    assert get_item(root, outcome.id).restricted is True
    assert report.exit_code == 0, report.as_dict()


def test_ingesting_one_file_does_not_refuse_its_neighbours_rows(root, inbox):
    one = write(inbox, "one.txt", short_text("one"))
    write(inbox, "two.txt", short_text("two"))
    csv_file(inbox, "filename,dc.title\none.txt,One\ntwo.txt,Two\n")
    report = ingest(root, [one])
    # two.txt exists and its row is fine; it is just not part of this run
    assert [(o.path, o.status, o.title) for o in report.outcomes] == [(str(one), ARCHIVED, "One")], \
        report.as_dict()
    assert report.exit_code == 0


def test_row_for_missing_file_is_reported(root, inbox):
    present = write(inbox, "present.txt", short_text("present"))
    sheet = csv_file(inbox, "filename,dc.title\npresent.txt,Here\nghost.txt,Not here\n")
    report = ingest(root, [inbox])
    by_path = outcomes_by_path(report)
    assert by_path[str(present)].status == ARCHIVED
    ghost = by_path[f"{sheet}:3"]
    assert ghost.status == REFUSED and "ghost.txt" in ghost.reason and "does not exist" in ghost.reason
    assert report.exit_code == 1
    assert len(assert_valid_bags(root)) == 1


def test_batch_metadata_option_overrides_folder_sheet(cli, root, inbox, tmp_path):
    (inbox / "sub").mkdir()
    top = write(inbox, "top.txt", short_text("top"))
    a = write(inbox / "sub", "a.txt", short_text("a"))
    b = write(inbox / "sub", "b.txt", short_text("b"))
    csv_file(inbox / "sub", "filename,dc.title\na.txt,Folder title A\nb.txt,Folder title B\n")
    batch = csv_file(tmp_path, "filename,dc.title,dc.creator\nsub/a.txt,Batch title A,Batch Person\n"
                               "top.txt,Batch top,\n", name="batch.csv")
    result = cli("ingest", "--json", "--metadata", batch, inbox)
    outcomes = json.loads(result.stdout)["outcomes"]
    by_path = {o["path"]: o for o in outcomes}
    assert by_path[str(a)]["status"] == "archived" and by_path[str(a)]["title"] == "Batch title A"
    assert by_path[str(b)]["status"] == "archived" and by_path[str(b)]["title"] == "Folder title B"
    assert by_path[str(top)]["status"] == "archived" and by_path[str(top)]["title"] == "Batch top"
    a_record = descriptive(root.bags / by_path[str(a)]["id"])
    assert a_record["source"]["file"] == str(batch)
    assert a_record["metadata"] == {"dc.title": ["Batch title A"], "dc.creator": ["Batch Person"]}
    assert len(assert_valid_bags(root)) == 3
    # the folder's row for a.txt was overridden, not violated: nothing is refused
    assert [o for o in outcomes if o["status"] == "refused"] == []
    assert result.exit_code == 0, result.stdout


def test_batch_metadata_file_inside_the_folder_is_not_archived(cli, root, inbox):
    one = write(inbox, "one.txt", short_text("one"))
    batch = csv_file(inbox, "filename,dc.title\none.txt,Batch one\n", name="batch.csv")
    result = cli("ingest", "--json", "--metadata", batch, inbox)
    assert result.exit_code == 0, result.stdout
    outcomes = json.loads(result.stdout)["outcomes"]
    assert [(o["path"], o["status"], o["title"]) for o in outcomes] == [(str(one), "archived", "Batch one")]


def test_unusable_batch_metadata_stops_the_run(cli, root, inbox, tmp_path):
    write(inbox, "one.txt", short_text("one"))
    batch = csv_file(tmp_path, "filename,dc.tittle,dc.authr\none.txt,x,y\n", name="batch.csv")
    result = cli("ingest", "--metadata", batch, inbox)
    assert result.exit_code != 0
    assert "'dc.tittle'" in result.stderr and "'dc.authr'" in result.stderr and str(batch) in result.stderr
    assert bags(root) == []


RUSSIAN_TITLES = {
    "vybory.txt": "Выборы в городской совет назначены на март",
    "yarmarka.txt": "Ярмарка «Осенний урожай» собрала фермеров района",
    "most.txt": "Ремонт моста № 2 завершат к зиме",
}


@pytest.mark.parametrize("encoding, prefix, newline", [
    ("cp1251", b"", "\n"),
    ("utf-8", b"\xef\xbb\xbf", "\r\n"),      # Excel's "CSV UTF-8": byte-order mark and CRLF
])
def test_metadata_csv_in_legacy_and_excel_encodings(root, inbox, encoding, prefix, newline):
    files = {name: write(inbox, name, short_text(name)) for name in RUSSIAN_TITLES}
    lines = ["filename,dc.title,dc.language"] + [f'{n},"{t}",ru' for n, t in RUSSIAN_TITLES.items()]
    sheet = inbox / "metadata.csv"
    sheet.write_bytes(prefix + newline.join(lines + [""]).encode(encoding))
    report = ingest(root, [inbox])
    assert report.exit_code == 0, report.as_dict()
    by_path = outcomes_by_path(report)
    for name, title in RUSSIAN_TITLES.items():
        outcome = by_path[str(files[name])]
        assert outcome.status == ARCHIVED
        item = get_item(root, outcome.id)
        assert item.title == title
        assert item.metadata == {"dc.title": [title], "dc.language": ["ru"]}
        assert validated(item.bag).info["External-Description"] == title
