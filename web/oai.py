"""OAI-PMH 2.0 at ``/oai``: all six verbs, ``oai_dc``, sets per source, stateless resumption tokens.

What is listed (public records only, their datestamps and Dublin Core) is decided by
:mod:`archive.search.oai_records`; this module speaks the protocol. Decisions:

* **GET and HEAD only.** OAI-PMH 2.0 also allows POST, but the site is read-only
  and ``create_app`` answers 405 to every POST; Identify says so in a description.
* **Identifiers** are ``oai:<repository id>:<item id>``. The repository id is
  ``OAI_REPOSITORY_ID`` from the app config, else ``$ARCHIVE_OAI_REPOSITORY_ID``,
  else a slug of the archive's name (``News article archive`` ->
  ``news-article-archive``): it must not depend on the host a harvester happens to
  use, or the same record would get two identifiers. A domain-like id (such as
  ``archive.example.org``) also gets an ``oai-identifier`` description in Identify.
* **Datestamps** are the ingest time of the bag, UTC, seconds granularity.
  ``deletedRecord`` is ``no``: bags are never deleted and an item's restricted
  flag is fixed at ingest, so no record is ever withdrawn. An item appears once
  its ingest run has indexed it, which can be minutes after its datestamp in a
  large run: incremental harvesters should overlap, e.g. ``from`` = the day of
  their last harvest rather than its exact second.
* **Formats**: only ``oai_dc``, which every record has, so ``noMetadataFormats``
  never occurs; ``noSetHierarchy`` only while no public record has a source.
* **Resumption tokens are stateless**: base64url JSON holding the verb, the
  arguments, the offset and a fingerprint of the ordered list. The first request
  freezes ``until`` at its own responseDate, so items ingested during a harvest
  do not shift its pages; if the list still changes (an index entry removed by
  ``archive check --repair``, an item ingested before the harvest but indexed
  during it), the fingerprint no longer matches and the token is refused with
  ``badResumptionToken``, so the harvester starts again rather than skip a record. Page size: ``OAI_PAGE_SIZE`` (config), else
  ``$ARCHIVE_OAI_PAGE_SIZE``, else 100.
* **XML is written by a tiny builder** (:class:`Node`), not a template: every
  text and attribute is escaped, and characters XML 1.0 forbids are dropped.
  OAI errors are HTTP 200 with ``<error code=...>``, as the protocol requires.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime

from flask import Blueprint, Response, current_app, request

from archive.search import oai_records
from archive.search.oai_records import Header, Record

from . import archive_root

bp = Blueprint("oai", __name__)

OAI_NS = "http://www.openarchives.org/OAI/2.0/"
OAI_SCHEMA = "http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
OAI_DC_NS = "http://www.openarchives.org/OAI/2.0/oai_dc/"
OAI_DC_SCHEMA = "http://www.openarchives.org/OAI/2.0/oai_dc.xsd"
DC_NS = "http://purl.org/dc/elements/1.1/"
OAI_ID_NS = "http://www.openarchives.org/OAI/2.0/oai-identifier"
OAI_ID_SCHEMA = "http://www.openarchives.org/OAI/2.0/oai-identifier.xsd"
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


# --- a small XML builder ----------------------------------------------------------------

#: Characters XML 1.0 does not allow anywhere, even escaped.
_ILLEGAL_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def clean(text: str) -> str:
    """``text`` without the characters XML 1.0 forbids (control characters, lone surrogates, U+FFFE/F)."""
    return _ILLEGAL_XML.sub("", text)


def _escape(text: str, attribute: bool = False) -> str:
    text = clean(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if attribute:
        text = (text.replace('"', "&quot;").replace("\t", "&#9;").replace("\n", "&#10;")
                .replace("\r", "&#13;"))
    else:
        text = text.replace("\r", "&#13;")      # a raw CR would be normalised away by parsers
    return text


@dataclass
class Node:
    """One element: a qualified tag as written (``dc:title``), attributes, text and children."""

    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    text: str | None = None
    children: list[Node] = field(default_factory=list)

    def add(self, tag: str, text: str | None = None, **attrs: str) -> Node:
        child = Node(tag, {k.replace("__", ":"): v for k, v in attrs.items()}, text)
        self.children.append(child)
        return child

    def write(self, out: list[str]) -> None:
        attrs = "".join(f' {name}="{_escape(value, True)}"' for name, value in self.attrs.items())
        if self.text is None and not self.children:
            out.append(f"<{self.tag}{attrs}/>")
            return
        out.append(f"<{self.tag}{attrs}>")
        if self.text is not None:
            out.append(_escape(self.text))
        for child in self.children:
            child.write(out)
        out.append(f"</{self.tag}>")


def serialize(node: Node) -> str:
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n']
    node.write(out)
    out.append("\n")
    return "".join(out)


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


# --- responses ----------------------------------------------------------------------------


def _header_node(parent: Node, header: Header) -> None:
    node = parent.add("header")
    node.add("identifier", oai_identifier(header.id))
    node.add("datestamp", header.datestamp)
    if header.set_spec:
        node.add("setSpec", header.set_spec)


def _dc_node(parent: Node, values: dict[str, list[str]]) -> Node:
    dc = parent.add("oai_dc:dc", xmlns__oai_dc=OAI_DC_NS, xmlns__dc=DC_NS,
                    xsi__schemaLocation=f"{OAI_DC_NS} {OAI_DC_SCHEMA}")
    for element in oai_records.DC_ELEMENTS:
        for value in values.get(element, []):
            if clean(value).strip():
                dc.add(f"dc:{element}", value)
    return dc


def _record_node(parent: Node, record: Record) -> None:
    node = parent.add("record")
    _header_node(node, record.header)
    _dc_node(node.add("metadata"), record.dc)


def identify(body: Node, args: dict[str, str], now: str) -> None:
    root = archive_root()
    headers = oai_records.public_headers(root)
    node = body.add("Identify")
    node.add("repositoryName", root.config.name)
    node.add("baseURL", request.base_url)
    node.add("protocolVersion", "2.0")
    node.add("adminEmail", root.config.contact_email or "not-configured@example.invalid")
    node.add("earliestDatestamp", headers[0].datestamp if headers else now)
    node.add("deletedRecord", "no")
    node.add("granularity", GRANULARITY)
    repo = repository_id()
    if re.fullmatch(r"[a-zA-Z][a-zA-Z0-9\-]*(\.[a-zA-Z][a-zA-Z0-9\-]*)+", repo):
        ident = node.add("description").add(
            "oai-identifier", xmlns=OAI_ID_NS, xmlns__xsi=XSI_NS,
            xsi__schemaLocation=f"{OAI_ID_NS} {OAI_ID_SCHEMA}")
        ident.add("scheme", "oai")
        ident.add("repositoryIdentifier", repo)
        ident.add("delimiter", ":")
        ident.add("sampleIdentifier", oai_identifier(headers[0].id if headers else "0123456789abcdef"))
    _dc_node(node.add("description"), {
        "title": [root.config.name],
        "description": [
            ("A read-only archive of news articles. This endpoint answers OAI-PMH requests by "
             "HTTP GET (and HEAD) only: POST, which OAI-PMH 2.0 also allows, gets HTTP 405 "
             "because the whole site is read-only."),
            (f"Identifiers are oai:{repo}:<item id>; /item/<item id> is the article's permalink. "
             "Datestamps are the time each item was ingested (UTC); records are never deleted. "
             "Sets: 'source' and 'source:<host>' for each source site."),
        ],
        "publisher": [root.config.source_organization] if root.config.source_organization else [],
    })


def list_metadata_formats(body: Node, args: dict[str, str], now: str) -> None:
    if "identifier" in args:
        _public_record(args["identifier"])           # idDoesNotExist for unknown and restricted
    node = body.add("ListMetadataFormats").add("metadataFormat")
    node.add("metadataPrefix", METADATA_PREFIX)
    node.add("schema", OAI_DC_SCHEMA)
    node.add("metadataNamespace", OAI_DC_NS)


def list_sets(body: Node, args: dict[str, str], now: str) -> None:
    if "resumptionToken" in args:
        raise OAIError("badResumptionToken", "ListSets is never split: this token was not issued here.")
    sets = oai_records.public_sets(archive_root())
    if not sets:
        raise OAIError("noSetHierarchy", "This archive has no public record with a source yet.")
    node = body.add("ListSets")
    for spec, name, _count in sets:
        entry = node.add("set")
        entry.add("setSpec", spec)
        entry.add("setName", name)


@dataclass(frozen=True)
class Page:
    """One response's share of a list: its headers, the selection, the list's size and fingerprint."""

    headers: list[Header]
    wanted: ListRequest
    total: int
    digest: str


def _page(args: dict[str, str], verb: str, now: str) -> Page:
    """This response's page of the selected list; checks a token against the list as it is now."""
    wanted = _list_request(verb, args, now)
    chosen = oai_records.select(oai_records.public_headers(archive_root()),
                                date_from=wanted.date_from, date_until=wanted.date_until,
                                spec=wanted.spec)
    digest = oai_records.fingerprint(chosen)
    if wanted.fingerprint is not None and (wanted.fingerprint != digest
                                           or wanted.offset >= len(chosen)):
        raise OAIError("badResumptionToken",
                       "The list changed since this resumption token was issued; start the list again.")
    if not chosen:
        raise OAIError("noRecordsMatch", "No public record matches these arguments.")
    return Page(chosen[wanted.offset: wanted.offset + page_size()], wanted, len(chosen), digest)


def _resumption(node: Node, page: Page) -> None:
    """A resumptionToken element: a token for the next page, empty on the last page of a split list."""
    start = page.wanted.offset
    end = start + len(page.headers)
    attrs = {"completeListSize": str(page.total), "cursor": str(start)}
    if end < page.total:
        node.add("resumptionToken", page.wanted.token(end, page.digest), **attrs)
    elif start > 0:
        node.add("resumptionToken", None, **attrs)


def list_identifiers(body: Node, args: dict[str, str], now: str) -> None:
    page = _page(args, "ListIdentifiers", now)
    node = body.add("ListIdentifiers")
    for header in page.headers:
        _header_node(node, header)
    _resumption(node, page)


def list_records(body: Node, args: dict[str, str], now: str) -> None:
    page = _page(args, "ListRecords", now)
    node = body.add("ListRecords")
    for record in oai_records.records(archive_root(), page.headers, _permalink_base()):
        _record_node(node, record)
    _resumption(node, page)


def _public_record(identifier: str) -> Record:
    item_id = _item_id(identifier)
    record = oai_records.public_record(archive_root(), item_id, _permalink_base()) if item_id else None
    if record is None:
        raise OAIError("idDoesNotExist", f"No record has the identifier {identifier!r}.")
    return record


def get_record(body: Node, args: dict[str, str], now: str) -> None:
    _check_prefix(args["metadataPrefix"])
    record = _public_record(args["identifier"])
    _record_node(body.add("GetRecord"), record)


HANDLERS = {
    "Identify": identify,
    "ListMetadataFormats": list_metadata_formats,
    "ListSets": list_sets,
    "ListIdentifiers": list_identifiers,
    "ListRecords": list_records,
    "GetRecord": get_record,
}


@bp.route("/oai")
def endpoint() -> Response:
    """Answer one OAI-PMH request (GET or HEAD; the app refuses other methods with 405)."""
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    document = Node("OAI-PMH", {"xmlns": OAI_NS, "xmlns:xsi": XSI_NS,
                                "xsi:schemaLocation": f"{OAI_NS} {OAI_SCHEMA}"})
    document.add("responseDate", now)
    echo = document.add("request", request.base_url)
    body = Node("body")
    try:
        verb, args = _parse_request()
        echo.attrs.update({"verb": verb, **args})
        HANDLERS[verb](body, args, now)
    except OAIError as error:
        if error.code in ("badVerb", "badArgument"):
            echo.attrs.clear()            # the protocol: no attributes when the request was bad
        body = Node("body")
        body.add("error", error.message, code=error.code)
    document.children.extend(body.children)
    return Response(serialize(document), mimetype="text/xml", content_type="text/xml; charset=utf-8")
