"""``archive list`` and ``archive show``: what is archived, and everything about one item.

Both read the bags (:mod:`archive.preservation.catalog`), never the index, so
they say what the bags say even with no index. A news feed or a web archive is
one bag holding several articles (:mod:`archive.description.parts`): ``show``
of such a file lists its articles, and ``show`` of an article's id
(``BAGID-xxxxxxxx``) shows the article, derived from the bag, and the file it
came from.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import click

from archive.cli.common import _call, _print_json, json_option, root_option
from archive.cli.description_view import derived_json, render_derived
from archive.errors import ItemNotFound
from archive.fixity.audit import last_audit
from archive.preservation.bagwriter import human_size
from archive.preservation.catalog import Item, bag_info, get_item, list_items
from archive.preservation.root import ArchiveRoot, open_root

if TYPE_CHECKING:
    from archive.description.derive import Derived

#: Kinds whose files hold several articles (as :data:`archive.description.parts.CONTAINER_KINDS`,
#: which a test keeps equal): named here so that listing imports no text extraction.
CONTAINER_KINDS = ("feed", "warc")

__all__ = ["list_command", "render_item", "show_command"]


@click.command("list")
@root_option
@json_option
def list_command(root: str | None, as_json: bool) -> None:
    """List every archived item: id, ingest date, kind, size and title.

    Exit status 1 if any bag could not be read (each is named on stderr).
    """
    archive = _call(open_root, root)
    items, errors = list_items(archive)
    if as_json:
        _print_json({"archive": archive.config.name, "count": len(items),
                     "items": [item.summary() for item in items],
                     "errors": [str(e) for e in errors]})
    else:
        for item in items:
            flag = access_flag(item)
            holds = " (a file of several articles: archive show ID lists them)" if item.kind in CONTAINER_KINDS else ""
            click.echo(f"{item.id}  {item.ingested[:10]}  {item.kind or 'other':<5}  "
                       f"{human_size(item.size):>11}  {flag:<10}  {item.title}{holds}")
        click.echo(f"{len(items)} items in {archive.path}")
    for error in errors:
        click.echo(f"error: {error}", err=True)
    sys.exit(1 if errors else 0)


def access_flag(item: Item) -> str:
    """What keeps an item from the public, if anything: purged, withdrawn, restricted, untrusted."""
    if item.purged:
        return "purged"
    if item.withdrawn:
        return "withdrawn"
    if item.restricted:
        return "restricted"
    return "" if item.trusted else "untrusted"


def _format_event(event: dict) -> str:
    detail = event.get("eventOutcomeDetail")
    if isinstance(detail, dict):
        detail = ", ".join(f"{k}={v}" for k, v in detail.items() if not isinstance(v, dict))
    return f"  {event['eventDateTime']}  {event['eventType']:<27} {event['eventOutcome']:<8} {detail}"


def _audit_line(event: dict | None) -> str:
    if not event:
        return "never audited (run: archive verify ID)"
    detail = event.get("eventOutcomeDetail", {})
    problems = len(detail.get("problems", []))
    return (f"{event['eventDateTime']}  {event['eventOutcome']}  ({event.get('mode')} check"
            + (f", {problems} problems" if problems else "") + f", run {event.get('run')})")


def _access_note(item: Item) -> str:
    withdrawal = item.withdrawal or {}
    detail = withdrawal.get("eventOutcomeDetail") if isinstance(withdrawal.get("eventOutcomeDetail"), dict) else {}
    if item.withdrawn:
        what = "PURGED: payload removed, tombstone kept" if item.purged else "WITHDRAWN from access"
        return f"   [{what} on {withdrawal.get('eventDateTime', '?')[:10]}: {detail.get('reason', '')}]"
    return "   [RESTRICTED: never shown publicly]" if item.restricted else ""


def derived_of(item: Item) -> "Derived | None":
    """The item's derived description, or None when its payload was purged (nothing to derive).

    Derivation (extraction, language, people) is imported here, not at the top: every
    ``archive`` command imports this module, and they should not all pay a second for it."""
    if item.purged:
        return None
    from archive.description.derive import derive
    return derive(item)


def render_item(item: Item, info: dict, audit_event: dict | None = None, derived: "Derived | None" = None) -> str:
    """``archive show``: what was asserted, what was derived, then preservation, for a person."""
    source = item.metadata_source
    lines = [f"{item.id}  {derived.title if derived else item.title}" + _access_note(item),
             "asserted metadata" + (f" (from {source['file']} line {source['line']}):" if source
                                    else ":" if item.metadata else ": none")]
    lines += [f"  {column}: {' | '.join(values)}" for column, values in item.metadata.items()]
    lines += _history(item)
    if derived is not None:
        lines.append(render_derived(derived))
    elif item.purged:
        lines.append("derived description: none (the payload was purged; the tombstone below remains)")
    lines += _preservation(item, info, audit_event)
    return "\n".join(lines)


def _history(item: Item) -> list[str]:
    """The amendments of the asserted metadata, oldest first: when, who, why, each field before
    and after, and the version of the record each made (the earlier ones are kept in the bag)."""
    from archive.preservation.descriptive_versions import amendment_events
    events = amendment_events(item.provenance)
    if not events:
        return []
    agents = {a["agentIdentifier"]: a.get("agentName") for a in item.provenance.get("agents", [])}
    count = f"{len(events)} amendment" + ("s" if len(events) > 1 else "")
    lines = [f"metadata history ({count}; every earlier record is kept in the bag):"]
    for event in events:
        detail = event.get("eventOutcomeDetail") if isinstance(event.get("eventOutcomeDetail"), dict) else {}
        who = [agents.get(link.get("agentIdentifier"), link.get("agentIdentifier"))
               for link in event.get("linkingAgents", []) if link.get("role") == "implementer"]
        lines.append(f"  {event.get('eventDateTime', '?')}  version {detail.get('version', '?')}"
                     f"  by {', '.join(who) or '?'}: {detail.get('reason', '')}")
        for field, change in (detail.get("changes") or {}).items():
            before = " | ".join(change.get("before") or []) or "(none)"
            after = " | ".join(change.get("after") or []) or "(removed)"
            lines.append(f"      {field}: {before} -> {after}")
    return lines


def _preservation(item: Item, info: dict, audit_event: dict | None) -> list[str]:
    """The bag's side: file, format, digests, audit, provenance events and bag-info.txt."""
    fmt = item.provenance["object"]["format"]
    encoding = fmt.get("encoding")
    agents = {a["agentIdentifier"]: a for a in item.provenance.get("agents", [])}
    lines = ["preservation:",
             f"  original:   {item.original_path} ({item.size} bytes, modified "
             f"{item.provenance['object'].get('modified', '?')})",
             f"  format:     {fmt.get('mime')}; {fmt.get('description')}; kind {item.kind or 'none (preserved without text)'}"]
    if encoding:
        lines.append(f"  encoding:   {encoding['encoding']} (by {encoding['method']}, "
                     f"confidence {encoding['confidence']}"
                     + (f", runner-up {encoding['runner_up']}" if encoding.get("runner_up") else "") + ")"
                     + (f"; {encoding['note']}" if encoding.get("note") else ""))
    lines += [f"  {alg + ':':<11} {digest}" for alg, digest in item.digests.items()]
    lines += [f"  ingested:   {item.ingested}", f"  last audit: {_audit_line(audit_event)}",
              f"  bag:        {item.bag}", f"  payload:    {'(purged)' if item.purged else item.payload}"]
    lines.append("provenance events:")
    for event in item.provenance.get("events", []):
        lines.append(_format_event(event))
        for link in event.get("linkingAgents", []):
            agent = agents.get(link["agentIdentifier"], {})
            version = f" {agent['agentVersion']}" if agent.get("agentVersion") else ""
            lines.append(f"      {link['role']}: {agent.get('agentName', link['agentIdentifier'])}{version}")
    lines.append("bag-info.txt:")
    for label, value in info.items():
        for one in value if isinstance(value, list) else [value]:
            lines.append(f"  {label}: {one}")
    return lines


@click.command("show")
@click.argument("identifier", metavar="ID")
@root_option
@json_option
def show_command(identifier: str, root: str | None, as_json: bool) -> None:
    """Show one item (ID or a unique prefix of it): metadata, provenance and bag-info."""
    archive: ArchiveRoot = _call(open_root, root)
    bag_id, article = identifier.partition("-")[::2]
    item = _call(get_item, archive, bag_id)
    info = _call(bag_info, item.bag)
    audited = last_audit(archive, item.id)
    if article:
        _show_article(item, f"{item.id}-{article}", info, audited, as_json)
        return
    from archive.description.parts import articles_of   # text extraction: only when shown
    articles, problems = articles_of(item)
    derived = derived_of(item)
    if as_json:
        _print_json({**item.as_dict(), "derived": derived_json(derived) if derived else None,
                     "bag_info": info, "last_audit": audited,
                     **({"articles": articles, "reading_problems": problems} if item.kind in CONTAINER_KINDS else {})})
    else:
        click.echo(render_item(item, info, audited, derived))
        if item.kind in CONTAINER_KINDS:
            click.echo(render_articles(articles, problems))


def render_articles(articles: list[dict], problems: list[str]) -> str:
    """The articles of a feed or web archive, one line each, in their order in the file, then
    what went wrong reading it (the bytes are kept whole whatever it says)."""
    lines = [f"articles in this file: {len(articles)}"]
    for article in articles:
        when = article.get("date") or (f"captured {article['captured']}" if article.get("captured") else "undated")
        lines.append(f"  {article['id']}  {when:<20}  {article['title']}")
    if problems:
        lines.append("problems reading the file (its bytes are preserved whole):")
        lines += [f"  {problem}" for problem in problems]
    return "\n".join(lines)


def _article(item: Item, record_id: str):
    """The article ``record_id`` of ``item``'s file; ItemNotFound naming the file if it holds none such."""
    from archive.description.parts import find_article
    derived = find_article(item, record_id)
    if derived is None or derived.id == item.id:
        raise ItemNotFound(f"no article {record_id} in the file {item.original_name} (bag {item.id})")
    return derived


def _show_article(item: Item, record_id: str, info: dict, audited: dict | None, as_json: bool) -> None:
    """``archive show BAGID-xxxxxxxx``: the article, as derived from its file's bag, then the file."""
    derived = _call(_article, item, record_id)
    if as_json:
        _print_json({"article": derived_json(derived), "file": {**item.as_dict(), "bag_info": info,
                                                               "last_audit": audited}})
        return
    part = derived.part or {}
    lines = [f"{derived.id}  {derived.title}",
             f"  item {part.get('position', 0) + 1} of {part.get('of')} in the file {item.original_name} "
             f"(bag {item.id}, SHA-256 {item.sha256})",
             f"  key:        {part.get('key')} ({part.get('key_kind')})"]
    if part.get("link"):
        lines.append(f"  link:       {part['link']}")
    if part.get("captured"):
        lines.append(f"  captured:   {part['captured']} (when it was captured, not published)")
    lines.append(render_derived(derived))
    click.echo("\n".join(lines))
    click.echo("the file:")
    click.echo(render_item(item, info, audited))
