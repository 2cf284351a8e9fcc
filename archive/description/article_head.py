"""Title, standfirst and authors read from an article's own text and document properties.

When a document's metadata does not name them, the top and the end of its
text often do. These heuristics read them, for every format, through
:func:`archive.description.extracted._finish`:

* Title: the first line that is not chrome, if it reads as a headline (short,
  not a dateline, not a byline).
* Standfirst: the next paragraph if it reads as a summary (short, whole
  sentences, not the "Place, date --" lead).
* Authors: a "By ..." line near the top, or an agency's closing author note
  ("X and Y are independent journalists in Almaty"). :func:`split_names`
  splits an author field or a byline into people; HTML's author metadata goes
  through it too.

Document properties (a PDF's ``/Title`` and ``/Author``, a Word file's core
properties) are used only when they are not software defaults: office
software fills in "Microsoft Word - a.doc" or "Windows User" from the file
name and the computer's account, which says nothing about the article
(``_property_title``, ``_property_authors``, :data:`PLACEHOLDER_AUTHORS`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from archive.description.clean_text import _ENDS_SENTENCE, _squash
from archive.description.dates import find_dateline

__all__ = ["PLACEHOLDER_AUTHORS", "split_names"]


TITLE_MAX = 200
STANDFIRST_MIN, STANDFIRST_MAX = 40, 400
_BYLINE = re.compile(r"^(?:by|von|par|por|przez|autor(?:ka|zy|en|in)?|автор[ы]?|авторлар|authors?|texte?|记者)"
                     r"\s*:?\s*(?<=[\s:者])(?P<names>.{2,120})$", re.IGNORECASE)
_UPPER = "A-ZÀ-ÖØ-ÞА-ЯЁӘҒҚҢӨҰҮҺІ"
_PARTICLE = r"(?:al|el|ad|de|da|di|du|der|den|van|von|bin|ibn|le|la|ul)"
#: a personal name: two to four capitalised words, particles allowed ("Ahmad al-Hassan")
_NAME = rf"[{_UPPER}][\w'’.-]+(?:\s+(?:{_PARTICLE}[\s-])?[{_UPPER}][\w'’.-]+){{1,3}}"
#: "Alexey Gorodetskiy is an independent journalist in Kazakstan",
#: "X and Y are IWPR contributors": the author note some agencies end with.
_AUTHOR_NOTE = re.compile(
    rf"^(?P<names>{_NAME}(?:(?:,\s*|\s+and\s+){_NAME})*)\s+(?:is|are|was|were)\s+"
    r"(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,3}"
    r"(?:journalists?|contributors?|correspondents?|reporters?|editors?|writers?|freelancers?)\b")
_NAME_SEPARATORS = re.compile(r"\s*(?:;|\||&|·|•|、|，|\b(?:and|und|et|y|i|и|және)\b)\s*")


def _byline_names(paragraph: str) -> list[str]:
    """The names of a byline paragraph ("By A and B"), or [] if it is not one ("By noon the crowd...")."""
    if len(paragraph) > 130 or not _BYLINE.match(paragraph):
        return []
    names = split_names(paragraph)
    return names if names and all(re.fullmatch(_NAME, name) for name in names) else []


def _reads_as_title(paragraph: str) -> bool:
    return 0 < len(paragraph) <= TITLE_MAX and find_dateline(paragraph) is None \
        and not _byline_names(paragraph)


def _reads_as_standfirst(paragraph: str, title: str) -> bool:
    """A short summary paragraph under the headline: not the dateline lead, not a byline."""
    return (STANDFIRST_MIN <= len(paragraph) <= STANDFIRST_MAX and len(paragraph.split()) >= 6
            and bool(_ENDS_SENTENCE.search(paragraph)) and find_dateline(paragraph) is None
            and not _byline_names(paragraph) and _squash(paragraph).casefold() != _squash(title).casefold())


def _head_fields(paragraphs: list[str]) -> tuple[str | None, str | None]:
    """(title, standfirst) read from the top of a text: the first line, and the next if it is a summary."""
    if not paragraphs or not _reads_as_title(paragraphs[0]):
        return None, None
    title = paragraphs[0]
    if len(paragraphs) > 2 and _reads_as_standfirst(paragraphs[1], title):
        return title, paragraphs[1]
    return title, None


def split_names(value: str) -> list[str]:
    """People named in an author field or byline: "By A and B", "A; B", "A, B" (not "Surname, Given").

    Pieces with digits or a web address ("June 30, 2009", "@desk") are not names and are left out.
    """
    value = _squash(value)
    match = _BYLINE.match(value)
    if match:
        value = match["names"]
    names: list[str] = []
    for piece in _NAME_SEPARATORS.split(value):
        parts = [part.strip() for part in piece.split(",")]
        if len(parts) > 1 and all(len(part.split()) >= 2 for part in parts):
            names.extend(parts)
        else:
            names.append(piece.strip(" ,"))
    return _unique(name for name in names if name and len(name) <= 100
                   and not re.search(r"\d|@|https?:|www\.", name))


def _text_authors(paragraphs: list[str]) -> list[str]:
    """Authors named in the text: a "By ..." line near the top, or an author note at the end."""
    for paragraph in paragraphs[:6]:
        names = _byline_names(paragraph)
        if names:
            return names
    for paragraph in reversed(paragraphs[-3:]):
        match = _AUTHOR_NOTE.match(paragraph)
        if match and len(paragraph) <= 200:
            return split_names(match["names"])
    return []


def _unique(values: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for value in values:
        key = value.casefold()
        if key not in seen:
            seen.add(key)
            out.append(value)
    return out


#: Author values that office software fills in from the computer's account, not a person's byline.
PLACEHOLDER_AUTHORS = frozenset(name.casefold() for name in (
    "admin", "administrator", "user", "owner", "author", "unknown", "windows user",
    "microsoft office user", "valued customer", "пользователь", "администратор", "user1"))
_PLACEHOLDER_TITLE = re.compile(
    r"^(?:untitled(?:\s+document)?|document\s*\d*|документ\s*\d*|без названия|slide\s*\d*"
    r"|.*\.(?:docx?|rtf|odt|pdf|txt|html?|indd|qxd|p65))$", re.IGNORECASE)


def _property_title(value: str | None) -> str | None:
    """A document-property title, unless it is a default or a file name ("Microsoft Word - a.doc")."""
    if not value:
        return None
    value = _squash(re.sub(r"^Microsoft (?:Word|PowerPoint) - ", "", value.strip()))
    return None if not value or _PLACEHOLDER_TITLE.match(value) else value


def _property_authors(value: str | None) -> list[str]:
    return [n for n in split_names(value or "") if n.casefold() not in PLACEHOLDER_AUTHORS]
