"""Nothing an archivist asserts is lost in silence: dates in their common forms, and loud refusals.

A ``dc.date`` in the forms wire services, databases and mail write is read; one
that cannot be read, or a ``dcterms.accessRights`` we do not know, refuses the
file's row (and so the file) with the line and the reason, like a broken row,
and every such problem of a sheet is reported in one run. Wire datelines are
read: a city with its state or country, an agency, a date without a year.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from archive.cli import main
from archive.description.datelines import find_dateline
from archive.preservation.catalog import bag_dirs, load_item
from archive.preservation.date_parsing import parse_asserted
from archive.search.intake import ingest_and_index
from archive.search.searching import search


@pytest.mark.parametrize("written, edtf", [
    ("2016/12/30 7:11", "2016-12-30"),
    ("26-FEB-1987 17:00:56.04", "1987-02-26"),
    ("Feb 26, 1987", "1987-02-26"),
    ("Thu, 26 Feb 1987 17:00:56 GMT", "1987-02-26"),
    ("Thursday, February 26, 1987", "1987-02-26"),
    ("December 30, 2016 7:11 PM", "2016-12-30"),
    ("26.02.1987 17:00", "1987-02-26"),
    ("30-Dec-2016", "2016-12-30"),
    ("2016-12-30T07:11:00+06:00", "2016-12-30"),
])
def test_common_forms_of_an_asserted_date_are_read(written, edtf):
    assert str(parse_asserted(written)) == edtf


@pytest.mark.parametrize("written", ["06/04/2004", "06/04/2004 7:11", "31-FEB-1987", "soon", "7:11"])
def test_dates_that_cannot_be_known_are_not_guessed(written):
    assert parse_asserted(written) is None


def ingest_with_sheet(root, inbox, rows: list[tuple[str, str, str]]):
    """``archive ingest`` of ``inbox`` under a sheet: good.txt's row (line 2), then ``rows``
    (filename, dc.date, dcterms.accessRights) from line 3."""
    lines = ["filename,dc.date,dcterms.accessRights", "good.txt,26-FEB-1987 17:00:56.04,public"]
    lines += [",".join(row) for row in rows]
    (inbox / "metadata.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return CliRunner().invoke(main, ["ingest", "--root", str(root.path), str(inbox)])


def test_an_unusable_date_or_access_right_refuses_its_row_loudly(root, inbox):
    for name in ("good.txt", "late.txt", "slash.txt", "closed.txt"):
        (inbox / name).write_text(f"Report {name}\n\nOfficials said the plan for {name} was sound.\n", encoding="utf-8")
    result = ingest_with_sheet(root, inbox, [("late.txt", "sometime in spring", ""),
                                             ("slash.txt", "06/04/2004", "restricted"),
                                             ("closed.txt", "2004-04-06", "closed")])
    assert result.exit_code == 1
    assert "late.txt" in result.output and "'sometime in spring' is not a date we can read" in result.output
    assert "metadata.csv:3" in result.output and "metadata.csv:4" in result.output
    assert "'closed' is not one we know" in result.output and "metadata.csv:5" in result.output
    [bag] = list(bag_dirs(root))
    item = load_item(bag)
    assert item.original_name == "good.txt" and item.metadata["dc.date"] == ["26-FEB-1987 17:00:56.04"]
    assert search(root, "", date_from="1987-02-26", date_to="1987-02-26").total == 1
    # Fixed in the sheet, the same run takes them; nothing already archived changes.
    again = ingest_with_sheet(root, inbox, [("late.txt", "1987", ""), ("slash.txt", "2004-04-06", "restricted"),
                                            ("closed.txt", "2004-04-06", "restricted")])
    assert again.exit_code == 0, again.output
    assert len(list(bag_dirs(root))) == 4 and load_item(bag).metadata == item.metadata


@pytest.mark.parametrize("line, place, date, agency", [
    ("COMMACK, N.Y., Feb 26 - Officials said", "COMMACK", "XXXX-02-26", None),
    ("CALGARY, Alberta, Feb 26 - The oil company", "CALGARY", "XXXX-02-26", None),
    ("SAN FRANCISCO, Calif., March 3 (Reuters) - Shares", "SAN FRANCISCO", "XXXX-03-03", "Reuters"),
    ("MOSCOW, March 3. /ITAR-TASS/. The ministry", "MOSCOW", "XXXX-03-03", "ITAR-TASS"),
    ("Paris, France (AFP) - The minister", "Paris", None, "AFP"),
    ("BRUSSELS (Reuters) - The EU said", "BRUSSELS", None, "Reuters"),
    ("WASHINGTON, D.C., Jan. 5, 2017 - The senator", "WASHINGTON", "2017-01-05", None),
    ("ALMATY, 14 March 2005 -- The court", "ALMATY", "2005-03-14", None),
])
def test_wire_datelines_are_read_without_inventing_a_year(line, place, date, agency):
    found = find_dateline(f"Headline of the day\n\n{line} met on Monday.")
    assert (found.place, str(found.edtf) if found.edtf else None, found.agency) == (place, date, agency)


@pytest.mark.parametrize("line", ["Almaty, May 13 was quiet", "Trump Tower (Video) - a tour",
                                  "Brexit (Analysis) - what next"])
def test_what_only_looks_like_a_dateline_is_not_one(line):
    assert find_dateline(line) is None


def test_a_wire_datelines_place_is_searchable_and_its_yearless_day_is_no_publication_date(root, inbox):
    (inbox / "wire.txt").write_text("Oil firms merge\n\nCALGARY, Alberta, Feb 26 - Two oil firms said "
                                    "on Thursday they would merge.\n", encoding="utf-8")
    ingest_and_index(root, [inbox])
    assert search(root, "", place="Calgary").total == 1
    assert search(root, "", date_from="1900", date_to="2100").total == 0
