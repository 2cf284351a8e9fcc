"""Article pages: ``/item/<id>`` (+ ``.json``), the original bytes, and citations.

Decisions:

* **One gate.** Every item route goes through :func:`public_item`: the id must
  be a full 16-digit identifier, the live index must hold it as a public
  document (:func:`archive.search.documents.get_document`) and its bag must not be
  restricted. Anything else is the same 404 with the same message, so a
  restricted id cannot be told from a missing one. A bag not yet indexed is
  not shown yet (its text comes from the index).
* **Text.** The clean text is the one the indexer stored; the words of ``?q=``
  (and the spellings of ``?person=``) are marked by :mod:`web.marking`, which
  escapes the text first. Nothing from the article is ever marked safe raw.
* **Where values came from.** The publication date says its source in words
  (the archivist's metadata.csv, the document's own metadata, or the
  dateline); title, authors, publisher and language are compared with the
  archivist's asserted metadata to say the same.
* **No server paths.** The provenance panel shows the original's name and its
  path within the ingested batch, the sheet's file name, line and SHA-256, but
  never absolute paths of the archive server or the archivist's machine.
* **Amended records.** The values shown are the current ones; when the archivist's record was
  amended, the page says when and how often (the index's ``amended``), never why: the reasons
  are staff notes in the provenance (``archive show``), and may name what was wrong or who asked.
* **Download.** ``/item/<id>/original`` sends the payload file as it is in the
  bag, as an attachment with an RFC 6266 ``filename*``, a Content-Type that a
  browser never renders as a page (HTML is ``application/octet-stream``) and a
  sandboxing Content-Security-Policy.
* **Last audit.** Read through :mod:`web.audits`, which follows the
  append-only audit log incrementally instead of re-reading it per page.
* **Links to other pages** use ``url_for("site.person")`` and
  ``url_for("site.period")``, falling back to the site's documented paths
  (``/person/<key>``, ``/dates/<period>``) should those views be absent.
"""

from __future__ import annotations

import re
from pathlib import PurePath
from urllib.parse import quote

from flask import Response, abort, request, send_file, url_for
from werkzeug.routing import BuildError

from archive.api import Item, ItemNotFound, get_document, get_item, name_key

from .context import archive_root
from .audits import failed_fixity, last_audit_summary
from .citations import cite_bibtex, cite_text, permalink
from .marking import highlight, query_terms
from .relations import relations
from .tombstones import refuse_if_withdrawn
from .site import bp, page

NOT_FOUND = "No public item has this identifier."

SOURCE_WORDS = {
    "metadata.csv": "the archivist's metadata (metadata.csv)",
    "document metadata": "the document's own metadata",
    "document": "the document itself (extracted)",
    "dateline": "the article's dateline (extracted from the text)",
    "file name": "the original file name",
    "feed": "the news feed's entry for it",
    "identified from the text": "the text (language identification)",
    "target URI": "the web archive's record",
}

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
_CHARSET_NAMES = {"utf-8-sig": "utf-8", "cp1251": "windows-1251", "cp1252": "windows-1252",
                  "latin-1": "iso-8859-1", "latin1": "iso-8859-1", "cp866": "IBM866",
                  "kz1048": "KZ-1048", "kz-1048": "KZ-1048"}
_TOKEN = re.compile(r"^[A-Za-z0-9._-]{1,40}$")
_PLAIN_PERIOD = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class Public:
    """A public item: its index document, its bag's Item, and its last full fixity check if that failed."""

    def __init__(self, document: dict, item: Item, damaged: dict | None = None) -> None:
        self.document = document
        self.item = item
        self.damaged = damaged


def public_item(item_id: str) -> Public:
    """The public item ``item_id``, or ItemNotFound (404) for unknown, malformed and restricted ids alike."""
    root = archive_root()
    document = get_document(root, item_id)
    if document is None:
        refuse_if_withdrawn(item_id)       # withdrawn: 410 Gone with its tombstone (web.tombstones)
        raise ItemNotFound(NOT_FOUND)
    bag_id = document.get("container") or item_id    # an article of a feed or web archive: its file's bag
    try:
        item = get_item(root, bag_id)
    except ItemNotFound:
        raise ItemNotFound(NOT_FOUND) from None
    if item.hidden or item.id != bag_id or item.withdrawn:   # restricted, untrusted, withdrawn: fail closed
        refuse_if_withdrawn(item_id)       # the bag says withdrawn though the index lags: 410 all the same
        raise ItemNotFound(NOT_FOUND)
    return Public(document, item, failed_fixity(root, item.id))


# --- links and words ------------------------------------------------------------------

def _page_url(endpoint: str, path: str, **values: str) -> str:
    """url_for of another module's page; its documented path should that view be missing."""
    try:
        return url_for(endpoint, **values)
    except BuildError:
        return request.script_root + path


def person_url(key: str) -> str:
    return _page_url("site.person", f"/person/{quote(key, safe='')}", key=key)


def period_url(period: str) -> str:
    return _page_url("site.period", f"/dates/{quote(period, safe='')}", period=period)


def _period(document: dict) -> str | None:
    """The /dates period of the publication date: the EDTF when plain, else its year."""
    edtf = document.get("pub_edtf") or ""
    if _PLAIN_PERIOD.match(edtf):
        return edtf
    return document.get("pub_year")


def _asserted_source(item: Item, element: str, default: str | None) -> str | None:
    values = [v for v in item.metadata.get(element) or [] if v and v.strip()]
    return "metadata.csv" if values else default


def _sources(document: dict, item: Item) -> dict[str, str | None]:
    """Where title, authors, publisher and language came from, in words."""
    if document.get("container"):
        return _part_sources(document)
    title_default = "file name" if document.get("title") == item.original_name else "document"
    keys = {
        "title": _asserted_source(item, "dc.title", title_default),
        "authors": _asserted_source(item, "dc.creator", "document" if document.get("authors") else None),
        "publisher": _asserted_source(item, "dc.publisher",
                                      "document" if document.get("publisher") else None),
        "language": _asserted_source(item, "dc.language", document.get("language_source")
                                     or ("document" if document.get("language") else None)),
        "source_url": "metadata.csv" if document.get("source_url") else None,
    }
    return {name: _source_words(key, (document.get("found_in") or {}).get(name)) if key else None
            for name, key in keys.items()}


def _source_words(key: str, where: str | None) -> str:
    """A source in words; for the document's own value, where in it ("the page's og:title")."""
    if key in ("document", "document metadata") and where:
        return f"the page's {where}"
    return SOURCE_WORDS.get(key, key)


def _part_sources(document: dict) -> dict[str, str | None]:
    """Sources of an article derived from a feed or a web archive: the entry or the page."""
    own = "feed" if document.get("kind") == "feed-item" else "document"
    keys = {"title": own, "authors": own if document.get("authors") else None,
            "publisher": "document" if document.get("publisher") else None,
            "language": document.get("language_source"),
            "source_url": own if document.get("kind") == "feed-item" else "target URI"}
    return {name: _source_words(key, (document.get("found_in") or {}).get(name)) if key else None
            for name, key in keys.items()}


def _publication(document: dict) -> dict | None:
    if document.get("undated") or not document.get("pub_edtf"):
        return None
    source = document.get("pub_source") or ""
    period = _period(document)
    return {"edtf": document["pub_edtf"], "source": source,
            "source_words": _source_words(source, (document.get("found_in") or {}).get("date"))
            if source else "unknown",
            "period": period, "url": period_url(period) if period else None}


def _people(document: dict) -> list[dict]:
    return [{"key": p.get("key"), "name": p.get("name"), "forms": p.get("forms") or {},
             "url": person_url(p["key"]) if p.get("key") else None}
            for p in document.get("person_forms") or []]


def _person_spellings(document: dict, person: str) -> list[str]:
    """The spellings in this article of the person searched for (by surname key)."""
    key = name_key(person)
    if not key:
        return []
    surname = key.split()[-1]
    words: list[str] = []
    for entry in document.get("person_forms") or []:
        if (entry.get("key") or "").split()[-1:] == [surname]:
            for form in entry.get("forms") or {}:
                words.extend(form.split())
    return words


# --- provenance -------------------------------------------------------------------------

def _shown(agents: list[dict]) -> list[dict]:
    """The agents a public page may name: organizations and software; people (an operator's
    login@host) only if archive.toml's ``public_agents`` says so."""
    if archive_root().config.public_agents:
        return agents
    return [agent for agent in agents if (agent.get("type") or "").lower() != "person"]


def _agents(provenance: dict, event: dict) -> list[dict]:
    known = {a.get("agentIdentifier"): a for a in provenance.get("agents") or []}
    found = []
    for link in event.get("linkingAgents") or []:
        agent = known.get(link.get("agentIdentifier"), {})
        found.append({"name": agent.get("agentName") or link.get("agentIdentifier"),
                      "type": agent.get("agentType"), "version": agent.get("agentVersion"),
                      "role": link.get("role")})
    return _shown(found)


def _ingest_event(item: Item) -> dict | None:
    provenance = item.provenance
    for event in provenance.get("events") or []:
        if event.get("eventType") == "ingestion":
            detail = event.get("eventOutcomeDetail") or {}
            return {"date": event.get("eventDateTime"), "outcome": event.get("eventOutcome"),
                    "run": detail.get("run") if isinstance(detail, dict) else None,
                    "agents": _agents(provenance, event)}
    return None


def _audit(item_id: str) -> dict | None:
    """The last fixity audit (read incrementally: see web.audits), None when never audited."""
    found = last_audit_summary(archive_root(), item_id)
    return {**found, "agents": _shown(found.get("agents") or [])} if found else None


def _provenance(item: Item) -> dict:
    obj = item.provenance.get("object") or {}
    fmt = obj.get("format") or {}
    encoding = fmt.get("encoding") or {}
    return {
        "bag": item.id,
        "original_name": item.original_name,
        "batch_path": obj.get("relativePath"),
        "size": item.size,
        "sha256": item.digests.get("sha256"),
        "sha512": item.digests.get("sha512"),
        "format": {"mime": fmt.get("mime") or item.mime, "description": fmt.get("description"),
                   "kind": fmt.get("kind") or item.kind, "basis": fmt.get("basis"),
                   "encoding": encoding.get("encoding"), "encoding_method": encoding.get("method"),
                   "encoding_confidence": encoding.get("confidence"),
                   "encoding_runner_up": encoding.get("runner_up"), "encoding_note": encoding.get("note")},
        "ingest": _ingest_event(item),
        "last_audit": _audit(item.id),
    }


def _metadata(item: Item) -> dict:
    source = item.metadata_source or {}
    sheet = {"file": PurePath(source["file"]).name if source.get("file") else None,
             "sha256": source.get("sha256"), "line": source.get("line")} if source else None
    return {"asserted": item.metadata, "sheet": sheet}


# --- routes -----------------------------------------------------------------------------

def _places(document: dict) -> list[dict]:
    """The article's places, each linking to the search for articles naming it."""
    return [{"key": p.get("key"), "name": p.get("name"), "forms": p.get("forms") or {},
             "url": url_for("site.search", place=p["name"]) if p.get("name") else None}
            for p in document.get("place_forms") or []]


def item_data(public: Public, query: str, person: str) -> dict:
    """The one dict the article page and its JSON twin show."""
    doc, item = public.document, public.item
    record_id = doc.get("id") or item.id
    return {
        "id": record_id,
        "permalink": permalink(record_id),
        "title": doc.get("title") or item.title,
        "standfirst": doc.get("standfirst"),
        "authors": doc.get("authors") or [],
        "publisher": doc.get("publisher"),
        "language": doc.get("language"),
        "subjects": doc.get("subjects") or [],
        "dateline": doc.get("dateline"),
        "source": doc.get("source"),
        "source_url": doc.get("source_url"),
        "kind": doc.get("kind"),
        "value_sources": _sources(doc, item),
        "publication": _publication(doc),
        "people": _people(doc),
        "places": _places(doc),
        "text": doc.get("text") or "",
        "highlight": {"q": query, "person": person},
        "metadata": _metadata(item),
        "amended": doc.get("amended"),    # {date, count}: the record was amended (never the reasons: internal)
        "provenance": _provenance(item),
        "language_source": doc.get("language_source"),
        "language_detail": doc.get("language_detail"),
        "found_in": doc.get("found_in") or {},
        **relations(archive_root(), doc, item.sha256, item.original_name),
        "citation": {"text": cite_text(public), "bibtex": cite_bibtex(public),
                     "txt_url": url_for("site.item_cite_txt", item_id=record_id),
                     "bib_url": url_for("site.item_cite_bib", item_id=record_id)},
        "original_url": None if public.damaged else url_for("site.item_original", item_id=item.id),
        "fixity_failure": {"date": public.damaged["date"], "problems": public.damaged.get("problems")}
                          if public.damaged else None,
    }


def _same(a: str | None, b: str | None) -> bool:
    return bool(a and b) and " ".join(a.split()) == " ".join(b.split())


def _paragraphs(text: str, title: str | None, standfirst: str | None) -> list[str]:
    """The text's paragraphs, without the opening title and standfirst the page already shows."""
    paragraphs = [p.strip("\n") for p in re.split(r"\n\s*\n", text) if p.strip()]
    for shown in (title, standfirst):
        if paragraphs and _same(paragraphs[0], shown):
            paragraphs.pop(0)
    return paragraphs


@bp.route("/item/<item_id>", endpoint="item")
@bp.route("/item/<item_id>.json", endpoint="item_json")
def item_page(item_id: str):
    """The article: clean text (search terms marked), metadata with sources, people, provenance, citation."""
    public = public_item(item_id)
    query = (request.args.get("q") or "").strip()
    person = (request.args.get("person") or "").strip()[:200]
    words, prefixes = query_terms(query, _person_spellings(public.document, person) if person else [])
    data = item_data(public, query, person)
    if request.path.endswith(".json"):
        return page("item.html", data, as_json=True)
    marked = {"title": highlight(data["title"], words, prefixes),
              "standfirst": highlight(data["standfirst"] or "", words, prefixes),
              "paragraphs": [highlight(p, words, prefixes) for p in _paragraphs(
                  data["text"], data["title"], data["standfirst"])]}
    return page("item.html", data, as_json=False, title=data["title"], marked=marked,
                marking=bool(words or prefixes), undated_url=period_url("undated"))


def _charset(item: Item) -> str | None:
    fmt = (item.provenance.get("object") or {}).get("format") or {}
    name = ((fmt.get("encoding") or {}).get("encoding") or "").strip()
    name = _CHARSET_NAMES.get(name.lower(), name)
    return name if _TOKEN.match(name) else None


def safe_content_type(item: Item) -> str:
    """A Content-Type no browser renders as a page: HTML and unknown types are octet-streams."""
    if item.kind == "text":
        charset = _charset(item)
        return f"text/plain; charset={charset}" if charset else "text/plain"
    if item.kind == "pdf" or item.mime == "application/pdf":
        return "application/pdf"
    if item.kind == "docx" or item.mime == DOCX_TYPE:
        return DOCX_TYPE
    return "application/octet-stream"


def content_disposition(name: str) -> str:
    """``attachment`` with an ASCII fallback name and the exact name as RFC 6266 ``filename*``."""
    fallback = "".join(c if 32 <= ord(c) < 127 and c not in '"\\/;' else "_" for c in name) or "original"
    return (f'attachment; filename="{fallback}"; '
            f"filename*=UTF-8''{quote(name, safe='')}")


@bp.route("/item/<item_id>/original")
def item_original(item_id: str):
    """Exactly the preserved bytes of the payload, as a download; withheld (403) once the payload
    has failed its last full fixity check, since it may no longer be the original."""
    public = public_item(item_id)
    if public.damaged:
        abort(403, description=f"The original is withheld: it failed a fixity check on "
                               f"{public.damaged['date'][:10]} and may no longer be what was archived.")
    item = public.item
    response = send_file(item.payload, mimetype="application/octet-stream", conditional=True,
                         etag=item.sha256, max_age=0)
    response.headers["Content-Type"] = safe_content_type(item)   # as is: no charset added by Flask
    response.headers["Content-Disposition"] = content_disposition(item.payload.name)
    response.headers["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


@bp.route("/item/<item_id>/cite.txt")
def item_cite_txt(item_id: str):
    return Response(cite_text(public_item(item_id)) + "\n", mimetype="text/plain")


@bp.route("/item/<item_id>/cite.bib")
def item_cite_bib(item_id: str):
    return Response(cite_bibtex(public_item(item_id)), mimetype="text/plain")
