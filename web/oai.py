"""OAI-PMH 2.0 at ``/oai``: all six verbs, ``oai_dc``, sets per source, stateless resumption tokens.

What is listed (public records, their datestamps and Dublin Core; the deleted records of
withdrawn ones) is decided by :mod:`archive.search.oai_records` and
:mod:`archive.search.oai_deleted`; this module speaks the protocol. Decisions:

* **GET and HEAD only.** OAI-PMH 2.0 also allows POST, but the site is read-only
  and ``create_app`` answers 405 to every POST; Identify says so in a description.
* **Identifiers** are ``oai:<repository id>:<item id>``. The repository id is
  ``OAI_REPOSITORY_ID`` from the app config, else ``$ARCHIVE_OAI_REPOSITORY_ID``,
  else a slug of the archive's name (``News article archive`` ->
  ``news-article-archive``): it must not depend on the host a harvester happens to
  use, or the same record would get two identifiers. A domain-like id (such as
  ``archive.example.org``) also gets an ``oai-identifier`` description in Identify.
* **Datestamps** are the ingest time of the bag, UTC, seconds granularity; a record's
  withdrawal or readmission dates it anew. ``deletedRecord`` is ``persistent``: a
  withdrawn item that was public is listed for ever as a header with ``status="deleted"``
  and no metadata, dated by its withdrawal (:mod:`archive.search.oai_deleted`), and
  GetRecord answers it so; a restricted item stays invisible, as it always was. An item appears once
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

import re
from dataclasses import dataclass
from datetime import UTC, datetime

from flask import Blueprint, Response, request

from archive.api import Header, Record, oai_deleted, oai_records

from .context import archive_root
from .oai_requests import (GRANULARITY, ListRequest, METADATA_PREFIX, OAIError, _check_prefix, _item_id, _list_request, _parse_request, _permalink_base, oai_identifier, page_size, repository_id)
from .oai_xml import Node, clean, serialize

bp = Blueprint("oai", __name__)

OAI_NS = "http://www.openarchives.org/OAI/2.0/"
OAI_SCHEMA = "http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
OAI_DC_NS = "http://www.openarchives.org/OAI/2.0/oai_dc/"
OAI_DC_SCHEMA = "http://www.openarchives.org/OAI/2.0/oai_dc.xsd"
DC_NS = "http://purl.org/dc/elements/1.1/"
OAI_ID_NS = "http://www.openarchives.org/OAI/2.0/oai-identifier"
OAI_ID_SCHEMA = "http://www.openarchives.org/OAI/2.0/oai-identifier.xsd"

# --- responses ----------------------------------------------------------------------------


def _header_node(parent: Node, header: Header) -> None:
    node = parent.add("header", **({"status": "deleted"} if header.deleted else {}))
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
    if not record.header.deleted:          # a deleted record is its header alone
        _dc_node(node.add("metadata"), record.dc)


def identify(body: Node, args: dict[str, str], now: str) -> None:
    root = archive_root()
    headers = oai_deleted.listed_headers(root)
    node = body.add("Identify")
    node.add("repositoryName", root.config.name)
    node.add("baseURL", request.base_url)
    node.add("protocolVersion", "2.0")
    node.add("adminEmail", root.config.contact_email or "not-configured@example.invalid")
    node.add("earliestDatestamp", headers[0].datestamp if headers else now)
    node.add("deletedRecord", "persistent")
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
             "Datestamps are the time each item was ingested (UTC), or withdrawn or readmitted since; "
             "a withdrawn item is kept as a deleted record for ever. "
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
    chosen = oai_records.select(oai_deleted.listed_headers(archive_root()),
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
    record = record or (oai_deleted.deleted_record(archive_root(), item_id) if item_id else None)
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
