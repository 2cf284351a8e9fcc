"""Dates as EDTF: values, bounds, asserted and document dates, datelines, dates in text, publication date."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from archive.preservation.date_parsing import parse_asserted, parse_meta
from archive.description.dates import (
    DATELINE_LINES,
    SOURCE_ASSERTED,
    SOURCE_DATELINE,
    SOURCE_DOCUMENT,
    find_dateline,
    find_dates,
    publication_date,
)
from archive.preservation.edtf import Edtf, EdtfInterval, parse_edtf
from conftest import shared

D = date


def seed(number: str) -> str:
    """The text of a real seed article, by its number ("001")."""
    [path] = shared("corpus", "seeds").glob(f"{number}_*.txt")
    return path.read_text(encoding="utf-8")


# --------------------------------------------------------------------------- Edtf values

@pytest.mark.parametrize("text", [
    "2004", "2004-04", "2004-04-06", "2002-11-XX", "2002-XX", "2002-XX-XX", "200X", "19XX", "1XXX",
    "XXXX", "XXXX-05-13", "XXXX-05", "XXXX-02-29", "19XX-02-29", "2004-XX-31", "2004?", "2004-04~",
    "2004-04-06%", "0001-01-01", "9999-12-31",
])
def test_supported_edtf_dates_read_and_write_back_unchanged(text: str) -> None:
    assert str(Edtf.parse(text)) == text
    assert str(parse_edtf(text)) == text


@pytest.mark.parametrize("text", [
    "2004-02-30", "2003-02-29", "1900-02-29", "2100-02-29", "2004-13", "2004-00", "2004-13-01",
    "2004-04-31", "2004-04-00", "2004-06-31", "XXXX-02-30", "XXXX-04-31", "19XX-13", "200X-02-30",
    "0000", "0000-01-01", "04-06", "2004-4-6", "2004-04-6", "20040406", "2X04", "20X4", "2004-1X",
    "2004-XX-32", "200x", "2004-04-06T10:00", "", " 2004", "2004-21", "-2004", "Y12345", "2004??",
])
def test_invalid_or_unsupported_edtf_dates_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        Edtf.parse(text)


@pytest.mark.parametrize("text", ["2000-02-29", "2004-02-29", "1996-02-29", "2400-02-29"])
def test_29_february_exists_in_leap_years(text: str) -> None:
    assert Edtf.parse(text).bounds() == (date.fromisoformat(text),) * 2


def test_a_day_must_have_a_month() -> None:
    with pytest.raises(ValueError):
        Edtf("2004", None, "06")
    with pytest.raises(ValueError):
        Edtf.of(2004, None, 6)


@pytest.mark.parametrize("text, precision", [
    ("2004", "year"), ("200X", "year"), ("19XX", "year"), ("2002-XX", "year"), ("2002-XX-XX", "year"),
    ("2004-04", "month"), ("2002-11-XX", "month"), ("XXXX-05", "month"),
    ("2004-04-06", "day"), ("XXXX-05-13", "day"), ("2004-04-06?", "day"),
])
def test_precision_is_the_finest_unit_actually_known(text: str, precision: str) -> None:
    assert Edtf.parse(text).precision == precision


@pytest.mark.parametrize("text, earliest, latest", [
    ("2004", D(2004, 1, 1), D(2004, 12, 31)),
    ("2004-02", D(2004, 2, 1), D(2004, 2, 29)),
    ("2003-02", D(2003, 2, 1), D(2003, 2, 28)),
    ("2004-04", D(2004, 4, 1), D(2004, 4, 30)),
    ("2004-12", D(2004, 12, 1), D(2004, 12, 31)),
    ("2004-04-06", D(2004, 4, 6), D(2004, 4, 6)),
    ("2002-11-XX", D(2002, 11, 1), D(2002, 11, 30)),
    ("2002-XX", D(2002, 1, 1), D(2002, 12, 31)),
    ("2002-XX-XX", D(2002, 1, 1), D(2002, 12, 31)),
    ("200X", D(2000, 1, 1), D(2009, 12, 31)),
    ("19XX", D(1900, 1, 1), D(1999, 12, 31)),
    ("1XXX", D(1000, 1, 1), D(1999, 12, 31)),
    ("200X-05", D(2000, 5, 1), D(2009, 5, 31)),
    ("2004-XX-31", D(2004, 1, 31), D(2004, 12, 31)),
    ("200X-02-29", D(2000, 2, 29), D(2008, 2, 29)),
    ("19XX-02-29", D(1904, 2, 29), D(1996, 2, 29)),
    ("2004~", D(2004, 1, 1), D(2004, 12, 31)),
])
def test_bounds_are_the_earliest_and_latest_possible_day(text: str, earliest: date, latest: date) -> None:
    assert Edtf.parse(text).bounds() == (earliest, latest)


@pytest.mark.parametrize("text", ["XXXX", "XXXX-05", "XXXX-05-13", "XXXX-02-29", "XXXX-XX-XX"])
def test_a_date_without_a_year_is_not_placed_on_a_timeline(text: str) -> None:
    edtf = Edtf.parse(text)
    assert edtf.bounds() is None
    assert not edtf.year_known


def test_edtf_from_numbers_never_fills_in_missing_parts() -> None:
    assert str(Edtf.of(2004)) == "2004"
    assert str(Edtf.of(2004, 4)) == "2004-04"
    assert str(Edtf.of(2004, 4, 6)) == "2004-04-06"
    assert str(Edtf.of(None, 5, 13)) == "XXXX-05-13"
    assert str(Edtf.of(33, 1, 2)) == "0033-01-02"
    for bad in [(0, 1, 1), (10000,), (2004, 2, 30), (2004, 13)]:
        with pytest.raises(ValueError):
            Edtf.of(*bad)


def test_values_compare_by_what_they_say() -> None:
    assert Edtf.parse("2004-04-06") == Edtf.of(2004, 4, 6)
    assert Edtf.parse("2004-04") != Edtf.parse("2004-04-01")
    assert len({Edtf.parse("2004"), Edtf.of(2004)}) == 1


def _overlaps(item: tuple[date, date], query: tuple[date, date]) -> bool:
    return item[0] <= query[1] and query[0] <= item[1]


def test_bounds_serve_range_search_at_year_month_and_day_precision() -> None:
    article = Edtf.parse("2004-04-06").bounds()
    month_only = Edtf.parse("2004-04").bounds()
    assert article is not None and month_only is not None
    for query, hit in [("2004", True), ("2004-04", True), ("2004-04-06", True), ("2004-04-07", False),
                       ("2004-05", False), ("2003", False), ("200X", True)]:
        bounds = Edtf.parse(query).bounds()
        assert bounds is not None
        assert _overlaps(article, bounds) is hit, query
    # an article known only to the month may be on any day of it, and not in another month
    assert _overlaps(month_only, Edtf.parse("2004-04-30").bounds())
    assert not _overlaps(month_only, Edtf.parse("2004-05-01").bounds())


# --------------------------------------------------------------------------- intervals

@pytest.mark.parametrize("text, earliest, latest, precision", [
    ("2004-04/2004-06", D(2004, 4, 1), D(2004, 6, 30), "month"),
    ("1994/1997", D(1994, 1, 1), D(1997, 12, 31), "year"),
    ("2004/2004-06", D(2004, 1, 1), D(2004, 6, 30), "year"),
    ("2004-04-06/2004-04-09", D(2004, 4, 6), D(2004, 4, 9), "day"),
    ("2004-04-06/2004-04-06", D(2004, 4, 6), D(2004, 4, 6), "day"),
    ("200X/2012", D(2000, 1, 1), D(2012, 12, 31), "year"),
])
def test_intervals(text: str, earliest: date, latest: date, precision: str) -> None:
    interval = parse_edtf(text)
    assert isinstance(interval, EdtfInterval)
    assert str(interval) == text
    assert interval.bounds() == (earliest, latest)
    assert interval.precision == precision


@pytest.mark.parametrize("text", [
    "2004-06/2004-04", "1997/1994", "XXXX-05/2004-06", "2004/XXXX", "2004/..", "../2004", "/2004",
    "2004/", "2004/2005/2006", "2004-02-30/2004-03", "2004/2005-13",
])
def test_invalid_or_open_intervals_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_edtf(text)


# --------------------------------------------------------------------------- metadata.csv dates

@pytest.mark.parametrize("value, expected", [
    ("2004-04-06", "2004-04-06"), ("2004-04", "2004-04"), ("2004", "2004"), (" 2004-04-06 ", "2004-04-06"),
    ("2002-11-XX", "2002-11-XX"), ("2002-11-xx", "2002-11-XX"), ("200X", "200X"), ("19XX", "19XX"),
    ("XXXX-05-13", "XXXX-05-13"), ("2004-04?", "2004-04?"), ("2004-04/2004-06", "2004-04/2004-06"),
    ("2004-04-06T10:30:00+06:00", "2004-04-06"),
    ("6 April 2004", "2004-04-06"), ("06 April 2004", "2004-04-06"), ("6th April 2004", "2004-04-06"),
    ("6 Apr 2004", "2004-04-06"), ("6 Apr. 2004", "2004-04-06"), ("6 APRIL 2004", "2004-04-06"),
    ("6 april 2004", "2004-04-06"), ("6 April, 2004", "2004-04-06"), ("6 April 2004.", "2004-04-06"),
    ("the 6th of April 2004".removeprefix("the "), "2004-04-06"),
    ("April 6, 2004", "2004-04-06"), ("April 6 2004", "2004-04-06"), ("Sept. 30, 2004", "2004-09-30"),
    ("April 2004", "2004-04"), ("may 2003", "2003-05"),
    ("6 April", "XXXX-04-06"), ("May 13", "XXXX-05-13"),
    ("06.04.2004", "2004-04-06"), ("6.4.2004", "2004-04-06"), ("04.2004", "2004-04"),
    ("2004/04/06", "2004-04-06"), ("2004.04.06", "2004-04-06"), ("2004/4/6", "2004-04-06"),
    ("22 октября 2006", "2006-10-22"), ("22 октября 2006 г.", "2006-10-22"),
    ("22 октября 2006 года", "2006-10-22"), ("9 июня", "XXXX-06-09"), ("май 2003", "2003-05"),
    ("Май 2003 г.", "2003-05"), ("29.02.2004", "2004-02-29"),
])
def test_asserted_dates_in_the_forms_archivists_write(value: str, expected: str) -> None:
    assert str(parse_asserted(value)) == expected


@pytest.mark.parametrize("value", [
    "", "   ", "garbage", "unknown", "n.d.", "yesterday", "spring 2004",
    "06/04/2004",   # day or month first? not ours to guess
    "04/06/2004", "2004/04", "2004-02-30", "2003-02-29", "2004-13", "2004-13-01", "30.02.2004",
    "31.04.2004", "13.13.2004", "April 31, 2004", "31 April 2004", "30 February", "Foo 6, 2004",
    "2004-04-06T25:00:00", "6 April 2004 and 7 April 2004", "Tuesday",
])
def test_asserted_values_that_are_not_dates_give_none(value: str) -> None:
    assert parse_asserted(value) is None


# --------------------------------------------------------------------------- document metadata

@pytest.mark.parametrize("value, expected", [
    # HTML article:published_time / W3CDTF, the day as written in its own offset
    ("2004-04-06T12:00:00+06:00", "2004-04-06"),
    ("2004-04-06T02:00:00+06:00", "2004-04-06"),  # in UTC this is 5 April
    ("2004-04-05T22:00:00-05:00", "2004-04-05"),  # in UTC this is 6 April
    ("2004-04-06T12:00:00+0600", "2004-04-06"),
    ("2004-04-06T12:00:00Z", "2004-04-06"),
    ("2004-04-06T12:00:00.123Z", "2004-04-06"),
    ("2004-04-06T12:00Z", "2004-04-06"),
    ("2004-04-06 12:00:00", "2004-04-06"),
    ("2004-04-06", "2004-04-06"),
    ("2004-04", "2004-04"),
    ("2004", "2004"),
    # PDF /CreationDate
    ("D:20040406120000+06'00'", "2004-04-06"),
    ("D:20040406020000+06'00'", "2004-04-06"),
    ("D:20040406120000+06'00", "2004-04-06"),
    ("D:20040406120000Z", "2004-04-06"),
    ("D:20040406120000Z00'00'", "2004-04-06"),
    ("D:20040406120000-05'00'", "2004-04-06"),
    ("D:20040406", "2004-04-06"),
    ("D:2004040612", "2004-04-06"),
    ("D:200404", "2004-04"),
    ("D:2004", "2004"),
    ("20040406120000+06'00'", "2004-04-06"),
    # RFC 2822, from http-equiv headers
    ("Tue, 06 Apr 2004 12:00:00 GMT", "2004-04-06"),
    ("Tue, 06 Apr 2004 02:00:00 +0600", "2004-04-06"),
    ("6 Apr 2004 12:00:00 +0000", "2004-04-06"),
    # <meta name="date"> written by hand
    ("April 6, 2004", "2004-04-06"),
    ("06.04.2004", "2004-04-06"),
])
def test_document_metadata_dates(value: str, expected: str) -> None:
    found = parse_meta(value)
    assert isinstance(found, Edtf)
    assert str(found) == expected


@pytest.mark.parametrize("value", [
    "", "garbage", "D:", "D:20040230", "D:20041301", "D:20040406250000", "D:20040406126000",
    "D:20040406120000+25'00'", "2004-04-06T25:00:00Z", "2004-04-06T12:61:00Z", "2004-13-01T00:00:00Z",
    "2004-02-30T00:00:00Z", "Tue, 31 Apr 2004 12:00:00 GMT",
    "May 13",           # no year: a document that does not say the year gives none
    "XXXX-05-13", "2004/2005",
    "1970-01-01T00:00:00Z", "1601-01-01T00:00:00Z", "D:19700101000000Z", "1980-01-01", "1904-01-01T00:00:00",
])
def test_document_metadata_that_gives_no_usable_date(value: str) -> None:
    assert parse_meta(value) is None


def test_a_placeholder_year_alone_is_not_a_placeholder_day() -> None:
    assert str(parse_meta("1970")) == "1970"
    assert str(parse_meta("1970-01-02")) == "1970-01-02"


# --------------------------------------------------------------------------- datelines

@pytest.mark.parametrize("line, place, edtf, agency", [
    ("Prague, 6 April 2004 (RFE/RL) --", "Prague", "2004-04-06", "RFE/RL"),
    ("ALMATY, 14 March 2005 --", "ALMATY", "2005-03-14", None),
    ("Astana, May 13 --", "Astana", "XXXX-05-13", None),
    ("Алматы, 22 октября 2006 г. --", "Алматы", "2006-10-22", None),
    ("УСТЬ-КАМЕНОГОРСК, 9 июня --", "УСТЬ-КАМЕНОГОРСК", "XXXX-06-09", None),
    ("АСТАНА, 12 мая. КАЗИНФОРМ -", "АСТАНА", "XXXX-05-12", "КАЗИНФОРМ"),
    ("Алматы, 22 октября 2006 года /КазТАГ/ —", "Алматы", "2006-10-22", "КазТАГ"),
    ("WASHINGTON, April 6, 2004 (Reuters) -", "WASHINGTON", "2004-04-06", "Reuters"),
    ("St. Petersburg, Oct. 5 (AP) —", "St. Petersburg", "XXXX-10-05", "AP"),
    ("New York, 06.04.2004 –", "New York", "2004-04-06", None),
    ("Ust-Kamenogorsk, 2004-04-06 --", "Ust-Kamenogorsk", "2004-04-06", None),
    ("Rio de Janeiro, 6 April 2004 --", "Rio de Janeiro", "2004-04-06", None),
    ("WASHINGTON, April 6—", "WASHINGTON", "XXXX-04-06", None),
])
def test_dateline_forms(line: str, place: str, edtf: str, agency: str | None) -> None:
    text = f"Headline\n\nStandfirst.\n\n{line} The body begins here."
    found = find_dateline(text)
    assert found is not None
    assert found.place == place
    assert str(found.edtf) == edtf
    assert found.agency == agency
    assert found.surface == line == text[found.span[0]:found.span[1]]
    assert text[found.date_span[0]:found.date_span[1]] in line


@pytest.mark.parametrize("text", [
    "Almaty, May 13 was quiet, the police said.",            # no dash: a sentence, not a dateline
    "On 6 April 2004 -- a Tuesday -- the report came out.",  # no place
    "almaty, 6 April 2004 -- lower case is not a place",
    "Kazakhstan: HRW Report, 6 April 2004",
    "Prague, 6 April 2004-05 --",
    "Prague, 6 April 2004 -5 degrees",
    "Prague, 6 April 2004 —12 degrees",
    "Prague, 30 February 2004 --",                            # no such day
    "Prague, Tuesday --",
    "The report, 6 April 2004 (RFE/RL) -- was released.",    # more than a place before the comma
])
def test_not_datelines(text: str) -> None:
    assert find_dateline(text) is None


def test_a_dateline_counts_only_near_the_top() -> None:
    dateline = "Prague, 6 April 2004 (RFE/RL) -- Body."
    near = "\n\n".join([f"line {i}" for i in range(DATELINE_LINES - 1)] + [dateline])
    far = "\n\n".join([f"line {i}" for i in range(DATELINE_LINES)] + [dateline])
    assert find_dateline(near) is not None
    assert find_dateline(far) is None
    assert find_dateline("\n\n\n   \n" + dateline) is not None  # blank lines do not count


def test_a_dateline_must_start_its_line() -> None:
    assert find_dateline("He said: Prague, 6 April 2004 (RFE/RL) -- nothing.") is None
    found = find_dateline("  Prague, 6 April 2004 -- Body.")
    assert found is not None and found.span[0] == 2


def test_a_long_dash_may_touch_the_first_word_of_the_body() -> None:
    found = find_dateline("WASHINGTON, April 6, 2004—The report came out.")
    assert found is not None and found.surface == "WASHINGTON, April 6, 2004—"


def test_the_first_dateline_wins() -> None:
    found = find_dateline("Astana, May 13 --\nPrague, 6 April 2004 --")
    assert found is not None and str(found.edtf) == "XXXX-05-13"


# --------------------------------------------------------------------------- dates in text

def mentions(text: str) -> list[tuple[str, str]]:
    found = find_dates(text)
    for mention in found:
        assert text[mention.span[0]:mention.span[1]] == mention.surface
    return [(m.surface, str(m.edtf)) for m in found]


@pytest.mark.parametrize("text, expected", [
    ("It happened on 6 April 2004 in Prague.", [("6 April 2004", "2004-04-06")]),
    ("It happened on April 6, 2004, in Prague.", [("April 6, 2004", "2004-04-06")]),
    ("Leaflets appeared on November 20.", [("November 20", "XXXX-11-20")]),
    ("On the morning of 11th October the car exploded.", [("11th October", "XXXX-10-11")]),
    ("On the 5th of October, 2005 it rained.", [("5th of October, 2005", "2005-10-05")]),
    ("Elections were held in May 2003.", [("May 2003", "2003-05")]),
    ("Sentenced in July 2002 by the court.", [("July 2002", "2002-07")]),
    ("The group was formed in 2002.", [("2002", "2002")]),
    ("Nothing has changed since 1999.", [("1999", "1999")]),
    ("The 2002 elections were unfair.", [("2002", "2002")]),
    ("Kazakhstan's 1999 presidential elections", [("1999", "1999")]),
    ("the 2002 parliamentary by-elections", [("2002", "2002")]),
    ("by mid-2002 it was over", [("2002", "2002")]),
    ("premier from 1994-1997, then exile", [("1994-1997", "1994/1997")]),
    ("between 2001 and 2003 there were", [("2001", "2001"), ("2003", "2003")]),
    ("in 1999, 2000 and 2004", [("1999", "1999"), ("2000", "2000"), ("2004", "2004")]),
    ("in the 1990s", [("1990s", "199X")]),
    ("in the 2010s", [("2010s", "201X")]),
    ("in the 1900s", [("1900s", "19XX")]),
    ("Алматы, 22 октября 2006 г.", [("22 октября 2006", "2006-10-22")]),
    ("задержан 9 июня в Усть-Каменогорске", [("9 июня", "XXXX-06-09")]),
    ("в мае 2003 года", [("мае 2003", "2003-05")]),
    ("в 2002 году", [("2002", "2002")]),
    ("выборы 2004 г. прошли", [("2004", "2004")]),
    ("ISO 2004-04-06 and dotted 06.04.2004.", [("2004-04-06", "2004-04-06"), ("06.04.2004", "2004-04-06")]),
    ("May 13, 2003 and May 13", [("May 13, 2003", "2003-05-13"), ("May 13", "XXXX-05-13")]),
    ("ASTANA, MAY 13 --", [("MAY 13", "XXXX-05-13")]),
    ("on 29 February 2004", [("29 February 2004", "2004-02-29")]),
])
def test_dates_mentioned_in_text(text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize("text", [
    "activists of the 'Kazakhstan 2012' movement",
    "2000 troops crossed the border",
    "he was jailed for 15 days",
    "a 23 year-old prisoner in IK 33",
    "reduced the number of parties from 19 to nine",
    "troops march 20 km a day; you may 2 times",
    "he was released last May",
    "ahead of December's summit",
    "the call came in at 06/04/2004",     # order of day and month unknown
    "page 1994 of the ledger",
    "a sum of 2,004 dollars, or 2004.5 units",
    "room 2004-B",
    "the 30 February meeting",
    "1997-1994 is not a range",
])
def test_things_that_are_not_dates(text: str) -> None:
    assert mentions(text) == []


def test_mention_precision() -> None:
    found = {m.surface: m.precision for m in find_dates(
        "in 2002, in May 2003, on 6 April 2004, on November 20, in 1994-1997, the 1990s")}
    assert found == {"2002": "year", "May 2003": "month", "6 April 2004": "day",
                     "November 20": "day", "1994-1997": "year", "1990s": "year"}


# --------------------------------------------------------------------------- the real seeds

def test_seed_001_states_its_date_in_its_dateline() -> None:
    text = seed("001")
    dateline = find_dateline(text)
    assert dateline is not None
    assert (dateline.place, str(dateline.edtf), dateline.agency) == ("Prague", "2004-04-06", "RFE/RL")
    assert dateline.surface == "Prague, 6 April 2004 (RFE/RL) --"

    published = publication_date(None, [], text)
    assert published is not None
    assert str(published.edtf) == "2004-04-06"
    assert published.source == SOURCE_DATELINE == "dateline"
    assert published.detail == "Prague, 6 April 2004 (RFE/RL) --"
    assert published.earliest == published.latest == date(2004, 4, 6)
    assert published.precision == "day"


@pytest.mark.parametrize("number", ["000", "002", "003", "004"])
def test_seeds_without_a_dated_dateline_have_an_unknown_publication_date(number: str) -> None:
    text = seed(number)
    assert find_dateline(text) is None
    assert publication_date(None, [], text) is None


@pytest.mark.parametrize("number, expected", [
    ("000", [("November 20", "XXXX-11-20")]),
    ("001", [("6 April 2004", "2004-04-06"), ("2001", "2001"), ("July 2002", "2002-07"), ("2002", "2002"),
             ("September 2003", "2003-09"), ("2002", "2002"), ("1999", "1999")]),
    ("002", [("May 13", "XXXX-05-13"), ("July 2002", "2002-07"), ("2001", "2001"), ("May 12", "XXXX-05-12")]),
    ("003", [("March 27", "XXXX-03-27"), ("1994-1997", "1994/1997"), ("September 11", "XXXX-09-11")]),
    ("004", [("11th October", "XXXX-10-11"), ("5th October", "XXXX-10-05"), ("6th October", "XXXX-10-06")]),
])
def test_dates_found_in_the_seeds(number: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(seed(number)) == expected


def test_year_less_dates_in_the_seeds_are_not_placed_on_a_timeline() -> None:
    for number in ("000", "002", "003", "004"):
        for mention in find_dates(seed(number)):
            if mention.edtf.year_known:
                continue
            assert str(mention.edtf).startswith("XXXX-")
            assert mention.edtf.bounds() is None


# --------------------------------------------------------------------------- publication date

def test_asserted_metadata_wins_over_a_dateline() -> None:
    published = publication_date("2004-04", [], seed("001"))
    assert published is not None
    assert (str(published.edtf), published.source, published.detail) == ("2004-04", SOURCE_ASSERTED, "2004-04")
    assert (published.earliest, published.latest) == (date(2004, 4, 1), date(2004, 4, 30))
    assert SOURCE_ASSERTED == "metadata.csv"


def test_asserted_metadata_wins_over_document_metadata() -> None:
    published = publication_date("6 April 2004", ["2005-01-01T00:00:00Z"], "")
    assert published is not None
    assert (str(published.edtf), published.source, published.detail) == ("2004-04-06", SOURCE_ASSERTED,
                                                                         "6 April 2004")


def test_document_metadata_wins_over_a_dateline() -> None:
    published = publication_date(None, ["D:20040407093000+06'00'"], seed("001"))
    assert published is not None
    assert (str(published.edtf), published.source, published.detail) == (
        "2004-04-07", SOURCE_DOCUMENT, "D:20040407093000+06'00'")
    assert SOURCE_DOCUMENT == "document metadata"


def test_the_first_usable_document_date_wins() -> None:
    published = publication_date(None, ["", "garbage", "1970-01-01T00:00:00Z", "2004-04-06", "2005"], "")
    assert published is not None
    assert (str(published.edtf), published.detail) == ("2004-04-06", "2004-04-06")


def test_an_asserted_value_that_is_not_a_date_falls_through() -> None:
    published = publication_date("unknown", [], seed("001"))
    assert published is not None and published.source == SOURCE_DATELINE
    assert publication_date("  ", [], "") is None


def test_a_year_less_dateline_gives_no_publication_date_but_document_metadata_still_can() -> None:
    text = "Headline\n\nAstana, May 13 -- Body."
    assert str(find_dateline(text).edtf) == "XXXX-05-13"  # type: ignore[union-attr]
    assert publication_date(None, [], text) is None
    published = publication_date(None, ["2003-05-13"], text)
    assert published is not None and published.source == SOURCE_DOCUMENT


def test_dates_in_the_body_are_not_publication_dates() -> None:
    text = "Headline\n\nThe president spoke on 6 April 2004 in Astana. In 2002 he said the same."
    assert publication_date(None, [], text) is None


def test_a_year_less_asserted_date_is_kept_as_asserted_without_bounds() -> None:
    published = publication_date("XXXX-05-13", ["2003-05-13"], "")
    assert published is not None
    assert (str(published.edtf), published.source) == ("XXXX-05-13", SOURCE_ASSERTED)
    assert published.earliest is None and published.latest is None


def test_partial_dates_are_never_turned_into_the_first_of_january() -> None:
    published = publication_date("2004", [], "")
    assert published is not None
    assert str(published.edtf) == "2004" and published.precision == "year"
    assert (published.earliest, published.latest) == (date(2004, 1, 1), date(2004, 12, 31))
    assert published.as_dict() == {"edtf": "2004", "source": "metadata.csv", "detail": "2004",
                                   "earliest": "2004-01-01", "latest": "2004-12-31"}


def test_an_asserted_interval_is_a_publication_date_with_its_span() -> None:
    published = publication_date("2004-04/2004-06", [], "")
    assert published is not None
    assert (published.earliest, published.latest) == (date(2004, 4, 1), date(2004, 6, 30))


def test_nothing_gives_nothing() -> None:
    assert publication_date(None, [], "") is None
    assert publication_date(None, ["garbage", "May 13"], "No date here at all.") is None
