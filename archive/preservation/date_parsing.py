"""Reading a written date: month names, the written forms, and single date values.

Dates reach an article in two ways: as a value that is nothing but a date (the
archivist's ``dc.date`` in ``metadata.csv``, a document's own
``article:published_time``, PDF ``/CreationDate`` or ``dcterms:created``), and
inside running text. This module reads the first kind (:func:`parse_asserted`,
:func:`parse_meta`) and holds what both share: the English and Russian month
names and the written forms of a date (``6 April 2004``, ``April 6, 2004``,
``22 октября 2006``, ``2004-04-06``, ``06.04.2004``) as patterns with groups
``d``, ``m`` and ``y``. Finding dates in a text
(:mod:`archive.description.dates`) uses the same forms with case respected,
since "may" and "march" are also verbs; a value that is only a date is read
in any case.

What is read becomes an :class:`archive.preservation.edtf.Edtf` holding only the
parts that were written: a missing year stays ``XXXX``. A value whose order of
day and month cannot be known (``06/04/2004``) is refused, never guessed.
"""

from __future__ import annotations

import re
from datetime import date
from email.utils import parsedate_tz

from archive.preservation.edtf import Edtf, EdtfValue, parse_edtf

#: Dates that software writes when it has no date: the zero points of the
#: Windows, classic Mac OS, Unix and DOS/ZIP clocks. In a document's metadata
#: they say "unset", not "published then".
PLACEHOLDER_DATES = frozenset({date(1601, 1, 1), date(1904, 1, 1), date(1970, 1, 1), date(1980, 1, 1)})


# --------------------------------------------------------------------------- month names

_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")
_EN_ABBREVIATIONS = {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8,
                     "Sep": 9, "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12}
#: Russian month names in the cases dates use: nominative ("май 2003"),
#: genitive ("22 октября", "с мая 2003") and prepositional ("в мае 2003").
_RU_MONTHS = (("январь", "января", "январе"), ("февраль", "февраля", "феврале"),
              ("март", "марта", "марте"), ("апрель", "апреля", "апреле"),
              ("май", "мая", "мае"), ("июнь", "июня", "июне"), ("июль", "июля", "июле"),
              ("август", "августа", "августе"), ("сентябрь", "сентября", "сентябре"),
              ("октябрь", "октября", "октябре"), ("ноябрь", "ноября", "ноябре"),
              ("декабрь", "декабря", "декабре"))

_MONTH_NUMBERS: dict[str, int] = {
    **{name.casefold(): number for number, name in enumerate(_EN_MONTHS, 1)},
    **{name.casefold(): number for name, number in _EN_ABBREVIATIONS.items()},
    **{form: number for number, forms in enumerate(_RU_MONTHS, 1) for form in forms},
}


def _month_alternation() -> str:
    """Month names as written in running text, longest first.

    English names only capitalised or in capitals, because "may" and "march"
    are also verbs ("troops march 20 km"); Russian names in any case, since
    Russian writes them in lower case. Only abbreviations may take a dot: a
    dot after a full name ends a sentence.
    """
    forms: set[str] = set()
    for name in _EN_MONTHS:
        forms |= {re.escape(name), re.escape(name.upper())}
    for abbreviation in _EN_ABBREVIATIONS:
        forms |= {re.escape(abbreviation) + r"\.?", re.escape(abbreviation.upper()) + r"\.?"}
    for russian in _RU_MONTHS:
        for form in russian:
            forms |= {form, form.capitalize(), form.upper()}
    return "|".join(sorted(forms, key=lambda form: (-len(form), form)))


def _month_number(word: str) -> int | None:
    return _MONTH_NUMBERS.get(word.rstrip(".").casefold())


# --------------------------------------------------------------------------- date patterns

_DAY = r"(?<!\d)(?P<d>[0-3]?\d)(?!\d)(?:st|nd|rd|th)?"
_YEAR4 = r"(?P<y>\d{4})(?!\d)"


def _date_patterns(flags: int) -> list[re.Pattern[str]]:
    """The written date forms, each with groups ``d``, ``m``, ``y`` for the parts it has."""
    month = rf"(?<![^\W\d_])(?P<m>{_month_alternation()})(?![^\W\d_])"
    forms = [
        rf"{_DAY}(?:\s+of)?\s+{month},?\s+{_YEAR4}",             # 6 April 2004, 5th of October, 2005
        rf"{month}\s+{_DAY},?\s+{_YEAR4}",                       # April 6, 2004
        rf"{month}\s+{_YEAR4}",                                  # May 2003, мае 2003
        rf"{_DAY}(?:\s+of)?\s+{month}",                          # 11th October, 9 июня
        rf"{month}\s+{_DAY}",                                    # November 20
        r"(?<![\d\-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)",             # 2004-04-06
        r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})(?!\d|\.\d)",  # 06.04.2004
    ]
    return [re.compile(form, flags) for form in forms]


#: In running text: case matters (see ``_month_alternation``).
_TEXT_PATTERNS = _date_patterns(0)
#: In a metadata value that is only a date: "APRIL 6, 2004" and "may 2003" are fine.
_VALUE_PATTERNS = _date_patterns(re.IGNORECASE)


def _edtf_from_match(match: re.Match[str]) -> Edtf | None:
    """The date a pattern matched, or None when it is no real day (30 February, month 13)."""
    groups = match.groupdict()
    written_month = groups["m"]
    month = int(written_month) if written_month.isdigit() else _month_number(written_month)
    year = int(groups["y"]) if groups.get("y") else None
    day = int(groups["d"]) if groups.get("d") else None
    try:
        return Edtf.of(year, month, day)
    except ValueError:
        return None


def _date_at(text: str, pos: int) -> tuple[int, Edtf] | None:
    """The longest real date written exactly at ``pos``: its end and value."""
    best: tuple[int, Edtf] | None = None
    for pattern in _TEXT_PATTERNS:
        match = pattern.match(text, pos)
        if match is None:
            continue
        edtf = _edtf_from_match(match)
        if edtf is not None and (best is None or match.end() > best[0]):
            best = (match.end(), edtf)
    return best


# --------------------------------------------------------------------------- asserted and document dates

_YEAR_SLASH_DATE = re.compile(r"(?P<y>\d{4})[/.](?P<m>\d{1,2})[/.](?P<d>\d{1,2})")
_MONTH_DOT_YEAR = re.compile(r"(?P<m>\d{1,2})\.(?P<y>\d{4})")
_ISO_DATETIME = re.compile(
    r"(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2})"
    r"(?:[T ](?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:[.,]\d+)?)?"
    r"\s?(?:Z|[+\-](?P<tzh>\d{2})(?::?(?P<tzm>\d{2}))?)?)?)?)?")
_PDF_DATE = re.compile(
    r"(?:D:)?(?P<y>\d{4})(?:(?P<m>\d{2})(?:(?P<d>\d{2})(?:(?P<H>\d{2})(?:(?P<M>\d{2})(?P<S>\d{2})?)?)?)?)?"
    r"(?:Z(?:00'?(?:00'?)?)?|[+\-](?P<tzh>\d{2})'?(?:(?P<tzm>\d{2})'?)?)?")
_RFC2822 = re.compile(r"(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{1,2}:\d{2}.*")


def parse_asserted(value: str) -> EdtfValue | None:
    """The date an archivist wrote in ``metadata.csv`` (``dc.date``), or None when it is not one.

    Accepted: EDTF as written (``2004-04-06``, ``2004-04``, ``2004``, ``2002-11-XX``
    or ``2002-11-xx``, ``200X``, ``XXXX-05-13``, ``2004-04/2004-06``); an ISO
    date-time (its own calendar date); ``2004/04/06`` and ``2004.04.06``;
    day-first ``06.04.2004`` and ``04.2004`` as Russian and Kazakh sources write
    them; and names: ``6 April 2004``, ``April 6, 2004``, ``April 2004``,
    ``22 октября 2006 г.``, ``май 2003``, ``26-FEB-1987``; RFC 2822
    (``Thu, 26 Feb 1987 17:00:56 GMT``); any of these with a weekday before or
    a clock after (``2016/12/30 7:11``, ``26-FEB-1987 17:00:56.04``), the
    clock dropped. A name without a year (``6 April``)
    gives ``XXXX-04-06``: the archivist did not say the year and we do not add
    one. Refused, because the order of day and month cannot be known:
    ``06/04/2004``. The caller reports a None, it is never silently replaced.
    """
    text = value.strip()
    if not text:
        return None
    edtf_text = text.replace("x", "X")
    try:
        return parse_edtf(edtf_text)
    except ValueError:
        pass
    for attempt in (_iso_datetime, _rfc2822_date, _year_first, _day_first, _named, _dashed):
        found = attempt(text)
        if found is not None:
            return found
    bare = _without_clock(text)
    return parse_asserted(bare) if bare != text else None


#: A clock after a date, as logs and wire systems write it: ``7:11``, ``17:00:56.04``,
#: ``7:11 PM``, with a zone or offset; and a weekday before it (``Thursday, ``).
_CLOCK = re.compile(r"[\sT,]+(?:[01]?\d|2[0-3]):[0-5]\d(?::(?:[0-5]\d|60)(?:[.,]\d+)?)?(?:\s*[AaPp]\.?[Mm]\.?)?"
                    r"(?:\s*(?:Z|UTC|GMT|[A-Z]{3,4}|[+\-]\d{2}:?\d{2}))?$")
_WEEKDAY = re.compile(r"^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+", re.IGNORECASE)
#: ``26-FEB-1987`` and ``30-Dec-2016``: day, month abbreviation, year, with dashes.
_DASHED = re.compile(r"(?P<d>\d{1,2})-(?P<m>[A-Za-z]{3,9})-(?P<y>\d{4})")


def _without_clock(text: str) -> str:
    """``text`` without a weekday before the date or a clock after it (the day is what
    is asserted; the clock's zone, if any, is not applied, as for a page's own date)."""
    return _CLOCK.sub("", _WEEKDAY.sub("", text)).strip()


def _dashed(text: str) -> Edtf | None:
    """``26-FEB-1987``: the day-month-year form of wire and database exports."""
    match = _DASHED.fullmatch(text)
    month = _month_number(match["m"]) if match else None
    if month is None:
        return None
    try:
        return Edtf.of(int(match["y"]), month, int(match["d"]))
    except ValueError:
        return None


def parse_meta(value: str) -> Edtf | None:
    """The date a document states about itself, or None when it states none that can be used.

    Accepted: ISO 8601 and W3CDTF date-times as HTML ``article:published_time``
    and Word's ``dcterms:created`` write them (``2004-04-06T02:00:00+06:00``,
    ``...Z``, fractions of seconds, or reduced to ``2004-04`` or ``2004``); PDF
    dates (``D:20040406120000+06'00'``, with or without ``D:``, reduced or not);
    RFC 2822 (``Tue, 06 Apr 2004 12:00:00 GMT``, from ``http-equiv`` headers); and
    the written forms of ``parse_asserted`` when they state a year.

    The day is the calendar day as written, in the document's own stated
    offset, not converted to UTC: a page stamped 02:00 on 6 April at +06:00
    was published on 6 April where it was published, which is also what its
    dateline and its print edition say; in UTC it would be 5 April. (Word
    stores UTC, so its day is the UTC day: that is what it states.)

    The precision is what the value gives: ``2004-04`` stays a month. Values
    with an impossible time (25:00), no year, or a placeholder day such as
    1970-01-01 (``PLACEHOLDER_DATES``) give None.
    """
    text = value.strip()
    if not text:
        return None
    found: EdtfValue | None = None
    for attempt in (_iso_datetime, _pdf_date, _rfc2822_date):
        found = attempt(text)
        if found is not None:
            break
    else:
        found = parse_asserted(text)
    if not isinstance(found, Edtf) or not found.year_known:
        return None
    bounds = found.bounds()
    if found.precision == "day" and bounds is not None and bounds[0] in PLACEHOLDER_DATES:
        return None
    return found


def _iso_datetime(text: str) -> Edtf | None:
    """``2004-04-06T02:00:00+06:00`` and its reduced forms: the date as written."""
    match = _ISO_DATETIME.fullmatch(text)
    return _checked_datetime(match) if match else None


def _pdf_date(text: str) -> Edtf | None:
    """PDF dates (ISO 32000 7.9.4), including the common forms without ``D:`` or a closing apostrophe."""
    match = _PDF_DATE.fullmatch(text)
    return _checked_datetime(match) if match else None


def _checked_datetime(match: re.Match[str]) -> Edtf | None:
    """The date of a matched date-time whose clock and offset are possible; else None."""
    limits = {"H": 23, "M": 59, "S": 60, "tzh": 23, "tzm": 59}  # 60: a leap second
    if any(match[name] and int(match[name]) > limit for name, limit in limits.items()):
        return None
    try:
        return Edtf.of(int(match["y"]), match["m"] and int(match["m"]), match["d"] and int(match["d"]))
    except ValueError:
        return None


def _rfc2822_date(text: str) -> Edtf | None:
    """``Tue, 06 Apr 2004 12:00:00 GMT``: the date as written, before any offset."""
    if not _RFC2822.fullmatch(text):
        return None
    parts = parsedate_tz(text)
    if parts is None:
        return None
    try:
        return Edtf.of(parts[0], parts[1], parts[2])
    except ValueError:
        return None


def _year_first(text: str) -> Edtf | None:
    """``2004/04/06`` and ``2004.04.06``: year first, so the order of the rest is not in doubt."""
    match = _YEAR_SLASH_DATE.fullmatch(text)
    return _edtf_from_match(match) if match else None


def _day_first(text: str) -> Edtf | None:
    """``06.04.2004`` and ``04.2004``: with dots the day comes first, as in Russian and Kazakh."""
    for pattern in (_TEXT_PATTERNS[-1], _MONTH_DOT_YEAR):
        match = pattern.fullmatch(text)
        if match:
            return _edtf_from_match(match)
    return None


def _named(text: str) -> Edtf | None:
    """``6 April 2004``, ``April 6, 2004``, ``April 2004``, ``22 октября 2006 г.``, ``6 April``."""
    core = re.sub(r"(?:\s*г\.|\s+года)$|\.$", "", text)
    for pattern in _VALUE_PATTERNS[:5]:
        match = pattern.fullmatch(core)
        if match:
            return _edtf_from_match(match)
    return None
