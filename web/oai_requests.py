"""OAI-PMH requests: their verbs and arguments, the repository's identifiers, and resumption tokens.

Everything :mod:`web.oai` needs to know *what* was asked before it answers: a bad
argument, an unknown verb or a foreign token is an :class:`OAIError` carrying the
protocol's own error code. Tokens are stateless (they carry the request and a
digest of the result set), so a harvest survives a restart of the site.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime

from flask import current_app, request

from .context import archive_root


METADATA_PREFIX = "oai_dc"
DEFAULT_PAGE_SIZE = 100
MAX_PAGE_SIZE = 1000
GRANULARITY = "YYYY-MM-DDThh:mm:ssZ"
#: Longest resumption token accepted; ours are about 200 characters (more with a long set name).
MAX_TOKEN_CHARS = 1500

#: verb -> (required arguments, optional arguments, may take a resumptionToken instead)
VERBS: dict[str, tuple[frozenset, frozenset, bool]] = {
    "Identify": (frozenset(), frozenset(), False),
    "ListMetadataFormats": (frozenset(), frozenset({"identifier"}), False),
    "ListSets": (frozenset(), frozenset(), True),
    "ListIdentifiers": (frozenset({"metadataPrefix"}), frozenset({"from", "until", "set"}), True),
    "ListRecords": (frozenset({"metadataPrefix"}), frozenset({"from", "until", "set"}), True),
    "GetRecord": (frozenset({"identifier", "metadataPrefix"}), frozenset(), False),
}



# --- protocol errors and arguments --------------------------------------------------------


class OAIError(Exception):
    """An OAI-PMH error condition: answered as ``<error code=...>`` with HTTP 200."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


#: What a metadataPrefix and a setSpec may hold (the OAI-PMH schema: unreserved URI characters).
_SHAPES = {"metadataPrefix": re.compile(r"[A-Za-z0-9\-_.!~*'()]+"),
           "set": re.compile(r"[A-Za-z0-9\-_.!~*'()]+(:[A-Za-z0-9\-_.!~*'()]+)*")}


def _parse_request() -> tuple[str, dict[str, str]]:
    """The verb and its arguments, checked against the verb's rules (badVerb / badArgument)."""
    args = request.args
    verbs = args.getlist("verb")
    if not verbs:
        raise OAIError("badVerb", "The verb argument is missing.")
    if len(verbs) > 1:
        raise OAIError("badVerb", "The verb argument is repeated.")
    verb = verbs[0]
    if verb not in VERBS:
        raise OAIError("badVerb", f"{verb!r} is not an OAI-PMH verb.")
    required, optional, resumable = VERBS[verb]
    given: dict[str, str] = {}
    for name in args:
        if name == "verb":
            continue
        values = args.getlist(name)
        if len(values) > 1:
            raise OAIError("badArgument", f"The argument {name!r} is repeated.")
        allowed = required | optional | ({"resumptionToken"} if resumable else set())
        if name not in allowed:
            raise OAIError("badArgument", f"{verb} does not take the argument {name!r}.")
        if not values[0]:
            raise OAIError("badArgument", f"The argument {name!r} is empty.")
        given[name] = values[0]
    for name, shape in _SHAPES.items():
        if name in given and not shape.fullmatch(given[name]):
            raise OAIError("badArgument", f"{name}={given[name]!r} has characters the protocol "
                                          "does not allow there.")
    if "resumptionToken" in given:
        if len(given) > 1:
            raise OAIError("badArgument", "resumptionToken is an exclusive argument: give it alone.")
        return verb, given
    missing = sorted(required - given.keys())
    if missing:
        raise OAIError("badArgument", f"{verb} requires the argument(s): {', '.join(missing)}.")
    return verb, given


def _bound(value: str, name: str, end: bool) -> tuple[str, str]:
    """(granularity, inclusive datestamp) of a ``from``/``until`` at day or second granularity."""
    for pattern, granularity in (("%Y-%m-%d", "day"), ("%Y-%m-%dT%H:%M:%SZ", "seconds")):
        try:
            moment = datetime.strptime(value, pattern)
        except ValueError:
            continue
        if len(value) != (10 if granularity == "day" else 20) or not value.isascii():
            break                       # strptime accepts 2004-1-1; the protocol does not
        stamp = moment.strftime("%Y-%m-%dT%H:%M:%SZ")
        if granularity == "day":
            stamp = stamp[:11] + ("23:59:59Z" if end else "00:00:00Z")
        return granularity, stamp
    raise OAIError("badArgument", f"{name}={value!r} is not a UTC date (YYYY-MM-DD) "
                                  f"or date-time (YYYY-MM-DDThh:mm:ssZ).")


def _check_prefix(prefix: str) -> None:
    if prefix != METADATA_PREFIX:
        raise OAIError("cannotDisseminateFormat",
                       f"The metadata format {prefix!r} is not supported; use {METADATA_PREFIX}.")


# --- configuration ----------------------------------------------------------------------


def page_size() -> int:
    """Records per response: config ``OAI_PAGE_SIZE``, else ``$ARCHIVE_OAI_PAGE_SIZE``, else 100."""
    raw = current_app.config.get("OAI_PAGE_SIZE") or os.environ.get("ARCHIVE_OAI_PAGE_SIZE")
    try:
        size = int(raw) if raw else DEFAULT_PAGE_SIZE
    except ValueError:
        size = DEFAULT_PAGE_SIZE
    return min(max(size, 1), MAX_PAGE_SIZE)


def _slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "archive"


def repository_id() -> str:
    """The repository part of OAI identifiers (see the module docs for why not the request host)."""
    configured = (current_app.config.get("OAI_REPOSITORY_ID")
                  or os.environ.get("ARCHIVE_OAI_REPOSITORY_ID") or "").strip()
    return configured if re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9.\-]*", configured) else \
        _slug(archive_root().config.name)


def oai_identifier(item_id: str) -> str:
    return f"oai:{repository_id()}:{item_id}"


def _item_id(identifier: str) -> str | None:
    """The item id of one of our OAI identifiers, else None."""
    prefix = f"oai:{repository_id()}:"
    return identifier[len(prefix):] if identifier.startswith(prefix) else None


def _permalink_base() -> str:
    return request.url_root.rstrip("/") + "/item/"


# --- resumption tokens ------------------------------------------------------------------


@dataclass(frozen=True)
class ListRequest:
    """A list request's selection, as given or as recovered from a resumption token."""

    verb: str
    date_from: str | None       # inclusive datestamps, seconds granularity
    date_until: str             # frozen at the first response's responseDate at the latest
    spec: str | None
    offset: int = 0
    fingerprint: str | None = None

    def token(self, offset: int, fingerprint: str) -> str:
        data = {"v": self.verb, "f": self.date_from, "u": self.date_until, "s": self.spec,
                "o": offset, "h": fingerprint}
        raw = json.dumps(data, separators=(",", ":")).encode("utf-8")
        return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def _from_token(verb: str, token: str) -> ListRequest:
    """Decode a token we issued; anything else (or for another verb) is badResumptionToken."""
    bad = OAIError("badResumptionToken", "The resumption token is not valid; start the list again.")
    if len(token) > MAX_TOKEN_CHARS:
        raise bad
    try:
        data = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
    except (binascii.Error, ValueError, RecursionError):   # RecursionError: "[[[[..." nested deep
        raise bad from None
    if not isinstance(data, dict) or set(data) != {"v", "f", "u", "s", "o", "h"} or data["v"] != verb:
        raise bad
    stamp = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
    if (not isinstance(data["o"], int) or isinstance(data["o"], bool) or data["o"] < 1
            or not isinstance(data["h"], str) or not isinstance(data["u"], str)
            or not stamp.match(data["u"]) or not (data["f"] is None or isinstance(data["f"], str)
                                                  and stamp.match(data["f"]))
            or not (data["s"] is None or isinstance(data["s"], str))):
        raise bad
    return ListRequest(verb, data["f"], data["u"], data["s"], data["o"], data["h"])


def _list_request(verb: str, args: dict[str, str], now: str) -> ListRequest:
    if "resumptionToken" in args:
        return _from_token(verb, args["resumptionToken"])
    _check_prefix(args["metadataPrefix"])
    date_from = date_until = None
    granularities = set()
    if "from" in args:
        granularity, date_from = _bound(args["from"], "from", end=False)
        granularities.add(granularity)
    if "until" in args:
        granularity, date_until = _bound(args["until"], "until", end=True)
        granularities.add(granularity)
    if len(granularities) > 1:
        raise OAIError("badArgument", "from and until must have the same granularity.")
    if date_from and date_until and date_from > date_until:
        raise OAIError("badArgument", f"from {args['from']} is after until {args['until']}.")
    return ListRequest(verb, date_from, min(date_until or now, now), args.get("set"))


