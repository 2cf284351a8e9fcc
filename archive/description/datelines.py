"""The dateline at the head of an article: where it was filed from, when, by which agency.

"ALMATY, 14 March 2005 --", "COMMACK, N.Y., Feb 26 -", "LONDON, March 3
(Reuters) -", "MOSCOW, March 3. /ITAR-TASS/.", "BRUSSELS (Reuters) -". The
place always counts (:mod:`archive.description.places` takes it even when its
gazetteer does not know it); the date counts as the publication date only when
it states a year (:mod:`archive.description.dates`), since a wire dateline's
"Feb 26" does not say which year and we do not invent one.

Decisions, in short: a dateline is looked for only in the first
``DATELINE_LINES`` non-empty lines; it must end in a dash (or, for an agency in
slashes, a full stop), so a sentence that starts with a place and a date is
not one; a dateline without a date must name an agency in brackets, in
capitals or from ``WIRE_NAMES``, so a headline's "(Video) -" is not one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from archive.preservation.date_parsing import _date_at
from archive.preservation.edtf import Edtf

__all__ = ["DATELINE_LINES", "DatelineMatch", "WIRE_NAMES", "find_dateline"]

#: How many non-empty lines from the top may hold the dateline. Saved pages
#: start with navigation ("Accessibility links", "Breaking News"), the
#: headline and a standfirst, sometimes twice; five such lines before the
#: dateline are common, so the window is six. Farther down, "Place, date --"
#: is quoted text or another article, not this article's dateline.
DATELINE_LINES = 6


# --------------------------------------------------------------------------- datelines

#: A place: up to four words of letters ("New York", "Rio de Janeiro", "Ust-Kamenogorsk").
_PLACE_NAME = r"[^\W\d_][^\W\d_'’.\-]*(?:(?:[ '’\-]|\.[ ]?)[^\W\d_]+){0,3}\.?"
#: The state, province or country wire services write after a city: "N.Y.", "Alberta",
#: "France": one to three capitalised words or an abbreviation.
_REGION_NAME = r"[^\W\d_][^\W\d_.'’\-]*\.?(?:[ \-]?[^\W\d_][^\W\d_.'’\-]*\.?){0,2}"
_PLACE = re.compile(rf"[ \t]*(?P<place>{_PLACE_NAME}),[ \t]+")
_DATELINE_TAIL = re.compile(
    r"(?:[ \t]*г\.|[ \t]+года)?\.?"
    r"(?:[ \t]*\((?P<agency>[^()\n]{1,60})\)"
    r"|[ \t]*/(?P<agency_slash>[^/\n]{1,60})/(?P<slash_stop>\.(?=\s))?"
    r"|[ \t]+(?P<agency_caps>[A-ZА-ЯЁ][A-ZА-ЯЁ&/\-]+(?:[ ][A-ZА-ЯЁ&/\-]+){0,3}))?"
    r"(?(slash_stop)|[ \t]*[.,]?[ \t]*(?:(?:--|—|–|―)(?![-–—―\d])|-(?=\s|$)))")
_REGION = re.compile(rf"(?P<region>{_REGION_NAME}),[ \t]+")
#: A dateline without a date names its agency: "BRUSSELS (Reuters) -", "Paris, France (AFP) --".
_UNDATED_TAIL = re.compile(r"[ \t]*\((?P<agency>[^()\n]{1,60})\)[ \t]*(?:--|—|–|―|-)(?=\s)")
_BARE_PLACE = re.compile(rf"[ \t]*(?P<place>{_PLACE_NAME})(?:,[ \t]+(?P<region>{_REGION_NAME}))?")


@dataclass(frozen=True)
class DatelineMatch:
    """The dateline at the head of an article: "Prague, 6 April 2004 (RFE/RL) --".

    ``span`` covers the whole dateline up to and including its dash, ``surface``
    is that text, ``date_span`` covers the date alone. A year-less dateline
    ("Astana, May 13 --") has an ``edtf`` such as ``XXXX-05-13``.
    """

    place: str
    edtf: Edtf | None
    span: tuple[int, int]
    date_span: tuple[int, int] | None
    surface: str
    agency: str | None = None


def find_dateline(text: str) -> DatelineMatch | None:
    """The explicit dateline of an article, or None.

    A dateline is a line that begins with a place (a name of up to four words,
    the first and the last capitalised), a comma, perhaps a state, province or
    country and a comma ("COMMACK, N.Y., Feb 26 -", "CALGARY, Alberta, Feb 26
    -"), a date, optionally an agency in brackets, slashes or capitals, and
    then a dash: "ALMATY, 14 March 2005 --", "Алматы, 22 октября 2006 г. --",
    "АСТАНА, 12 мая. КАЗИНФОРМ -"; or the agency in slashes and a full stop
    ("MOSCOW, March 3. /ITAR-TASS/."). Without a date, the agency in brackets
    and the dash are what make it one ("BRUSSELS (Reuters) -", "Paris, France
    (AFP) --"); its ``edtf`` is then None. A date without a year keeps no
    year (``XXXX-02-26``). It counts only within the first ``DATELINE_LINES``
    non-empty lines, where datelines are printed; the dash (or the agency's
    closing full stop) is required so that a sentence such as "Almaty, May 13
    was quiet" is not read as one.
    """
    for start in _line_starts(text, DATELINE_LINES):
        found = _dated(text, start) or _undated(text, start)
        if found is not None:
            return found
    return None


def _dated(text: str, start: int) -> DatelineMatch | None:
    """"PLACE, [Region,] date [agency] -" at ``start``, or None."""
    place = _PLACE.match(text, start)
    if place is None or not _looks_like_a_place(place["place"]):
        return None
    for date_start in (place.end(), _region_end(text, place.end())):
        found = _date_at(text, date_start) if date_start is not None else None
        if found is None:
            continue
        date_end, edtf = found
        tail = _DATELINE_TAIL.match(text, date_end)
        if tail is None:
            continue
        agency = tail["agency"] or tail["agency_slash"] or tail["agency_caps"]
        begin = place.start("place")
        return DatelineMatch(place["place"], edtf, (begin, tail.end()), (date_start, date_end),
                             text[begin:tail.end()], agency.strip() if agency else None)
    return None


#: Wire services and agencies that write in their datelines under a name, not in capitals.
WIRE_NAMES = frozenset("""reuters bloomberg xinhua interfax kazinform dpa efe ansa kyodo yonhap anadolu
    tass itar-tass ria novosti trend akipress tengrinews khovar kabar""".split()) | {"ria novosti"}


def _an_agency(name: str) -> bool:
    """Capitals ("AP", "AFP", "RFE/RL") or a wire service's name: not "(Video)" or "(updated)"."""
    name = name.strip()
    return bool(re.fullmatch(r"[A-ZА-ЯЁ][A-ZА-ЯЁ/&.\- ]{1,15}", name)) or name.casefold() in WIRE_NAMES


def _region_end(text: str, position: int) -> int | None:
    """Where the date starts after a region and its comma at ``position``, or None."""
    region = _REGION.match(text, position)
    return region.end() if region is not None and _looks_like_a_place(region["region"]) else None


def _undated(text: str, start: int) -> DatelineMatch | None:
    """"PLACE[, Region] (Agency) -" at ``start``: a dateline without a date, or None."""
    place = _BARE_PLACE.match(text, start)
    if place is None or not _looks_like_a_place(place["place"]):
        return None
    if place["region"] and not _looks_like_a_place(place["region"]):
        return None
    tail = _UNDATED_TAIL.match(text, place.end())
    if tail is None or not _an_agency(tail["agency"]):
        return None
    begin = place.start("place")
    return DatelineMatch(place["place"], None, (begin, tail.end()), None, text[begin:tail.end()],
                         tail["agency"].strip())


def _looks_like_a_place(name: str) -> bool:
    """First and last word capitalised: "New York", "Rio de Janeiro", not "The report"."""
    words = name.split()
    return words[0][0].isupper() and words[-1][0].isupper()


def _line_starts(text: str, limit: int) -> list[int]:
    """Offsets of the first ``limit`` non-empty lines."""
    starts: list[int] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            starts.append(offset)
            if len(starts) == limit:
                break
        offset += len(line)
    return starts


