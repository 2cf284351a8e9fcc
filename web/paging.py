"""Page and limit arguments of the browse pages (people, person, dates), checked before use.

A value that is not a whole number in range is an :class:`ArchiveError`, so
the site answers 400 with the reason instead of guessing or failing with 500.
"""

from __future__ import annotations

import re

from flask import request

from archive.api import ArchiveError

_WHOLE = re.compile(r"^\d{1,7}$")


def int_arg(name: str, default: int, low: int, high: int) -> int:
    """The query-string argument ``name`` as a whole number in ``[low, high]``; absent: ``default``."""
    text = (request.args.get(name) or "").strip()
    if not text:
        return default
    if not _WHOLE.match(text) or not low <= int(text) <= high:
        raise ArchiveError(f"{name} must be a whole number from {low} to {high} (got {text[:20]!r})")
    return int(text)


def choice_arg(name: str, default: str, choices: tuple[str, ...]) -> str:
    """The argument ``name`` if it is one of ``choices``; absent: ``default``."""
    text = (request.args.get(name) or "").strip()
    if not text:
        return default
    if text not in choices:
        raise ArchiveError(f"{name} must be one of: {', '.join(choices)}")
    return text


def page_links(endpoint_url, page: int, pages: int) -> dict:
    """``{"previous", "next"}`` URLs (None at the ends); ``endpoint_url(page)`` builds one."""
    return {"previous": endpoint_url(page - 1) if page > 1 else None,
            "next": endpoint_url(page + 1) if page < pages else None}
