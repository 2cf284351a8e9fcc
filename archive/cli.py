"""The ``archive`` command: a thin layer over the library.

Each command parses its options, calls one library function and turns
``ArchiveError`` into a message on stderr and an exit code. Exit codes: 0 for
success, 1 when the work was done but something was refused or unreadable,
2 for usage errors (bad options, not an archive root, invalid configuration).
"""

from __future__ import annotations

import json
import os
import sys
import time
from typing import Callable, NoReturn, TypeVar

import click

from . import __version__
from .bagwriter import human_size
from .catalog import Item, bag_info, get_item, list_items
from .config import Config
from .errors import ArchiveError
from .ingest import ingest
from .outcomes import ARCHIVED, DUPLICATE, IngestReport, Outcome
from .root import ROOT_ENV, ArchiveRoot, init_root, open_root

T = TypeVar("T")

root_option = click.option(
    "--root", metavar="DIR", envvar=ROOT_ENV, show_envvar=True,
    help="Archive root to work on (default: the current directory).")
json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")


def _fail(error: ArchiveError) -> NoReturn:
    click.echo(f"error: {error}", err=True)
    sys.exit(error.exit_code)


def _call(function: Callable[..., T], *args, **kwargs) -> T:
    """Run one library call, turning its ArchiveError into a message and an exit code."""
    try:
        return function(*args, **kwargs)
    except ArchiveError as error:
        _fail(error)


def _print_json(data: object) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="archive")
def main() -> None:
    """Preserve news articles as BagIt bags with provenance, and find them again."""


@main.command()
@click.argument("directory", required=False, metavar="[DIR]")
@root_option
@click.option("--name", default=Config.name, show_default=True, help="Name of the archive.")
@click.option("--organization", default=Config.source_organization, show_default=True,
              help="Source-Organization written into every bag.")
@click.option("--address", default="", help="Organization-Address for every bag.")
@click.option("--contact-name", default="", help="Contact-Name for every bag.")
@click.option("--contact-email", default="", help="Contact-Email for every bag.")
@click.option("--contact-phone", default="", help="Contact-Phone for every bag.")
@click.option("--checksum", "checksums", multiple=True, metavar="ALG",
              help="Checksum algorithm of every bag; repeat for several (default: sha256 and sha512).")
@click.option("--max-file-bytes", type=click.IntRange(min=1), default=Config.max_file_bytes,
              show_default=True, help="Largest file ingest accepts.")
def init(directory: str | None, root: str | None, name: str, organization: str, address: str,
         contact_name: str, contact_email: str, contact_phone: str, checksums: tuple[str, ...],
         max_file_bytes: int) -> None:
    """Make DIR (default: --root, $ARCHIVE_ROOT or the current directory) an archive root.

    Creates the stores ingest/, bags/ and index/ and the configuration file
    archive.toml. An existing archive root is never reset.
    """
    config = Config(name=name, source_organization=organization, organization_address=address,
                    contact_name=contact_name, contact_email=contact_email,
                    contact_phone=contact_phone, checksums=checksums or Config.checksums,
                    max_file_bytes=max_file_bytes)
    made = _call(init_root, directory or root, config)
    click.echo(f"initialised archive root {made.path}")
    click.echo(f"  put articles in {made.inbox} and run: archive ingest --root {made.path}")


class _Progress:
    """A one-line progress bar on stderr, kept below the per-file lines on stdout."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.started = time.monotonic()

    def clear(self) -> None:
        if self.enabled:
            click.echo("\r\x1b[K", nl=False, err=True)

    def draw(self, done: int, total: int) -> None:
        if not self.enabled or not total:
            return
        width = 30
        filled = width * done // total
        rate = done / max(time.monotonic() - self.started, 1e-6)
        click.echo(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} files, "
                   f"{rate:.0f}/s", nl=False, err=True)


def _shown_path(path: str) -> str:
    """A path relative to the working directory when it lies below it, for shorter lines."""
    try:
        relative = os.path.relpath(path)
    except ValueError:
        return path
    return path if relative.startswith("..") else relative


def outcome_line(outcome: Outcome) -> str:
    detail = outcome.title if outcome.status in (ARCHIVED, DUPLICATE) and not outcome.reason else outcome.reason
    if outcome.status == ARCHIVED and outcome.reason:
        detail = f"{outcome.title} ({outcome.reason})"
    return f"{outcome.status:<16}  {outcome.id or '-':<16}  {_shown_path(outcome.path)}  {detail}"


def summary_line(report: IngestReport, seconds: float) -> str:
    counts = report.counts()
    parts = ", ".join(f"{n} {status}" for status, n in counts.items())
    return (f"{parts}; {human_size(report.bytes_archived)} archived in {seconds:.1f} s "
            f"(run {report.run_id})")


@main.command("ingest")
@click.argument("paths", nargs=-1, type=click.Path(), metavar="[PATH...]")
@root_option
@click.option("--metadata", "metadata_file", type=click.Path(dir_okay=False),
              help="A metadata CSV describing the batch: filename column relative to each folder ingested.")
@click.option("--accept-any", is_flag=True,
              help="Preserve files of unsupported types too (they get no text).")
@click.option("--operator", metavar="NAME", envvar="ARCHIVE_OPERATOR", show_envvar=True,
              help="Who is ingesting, for the provenance record (default: login@host).")
@json_option
def ingest_command(paths: tuple[str, ...], root: str | None, metadata_file: str | None,
                   accept_any: bool, operator: str | None, as_json: bool) -> None:
    """Archive files and folders (default: the root's ingest/ inbox), one bag per file.

    Prints a line per file (status, id, path, title or reason) and a summary.
    Exit status: 0 when every file is archived or already there, 1 when any was
    refused, 2 for usage errors.
    """
    archive = _call(open_root, root)
    progress = _Progress(enabled=not as_json and sys.stderr.isatty())
    started = time.monotonic()
    if as_json:
        click.echo('{"outcomes": [')

    def show(outcome: Outcome, done: int, total: int) -> None:
        if as_json:  # streamed, so a run of any size prints as it goes in constant memory
            separator = "  " if done == 1 else ", "
            click.echo(separator + json.dumps(outcome.as_dict(), ensure_ascii=False))
            return
        progress.enabled = progress.enabled and total > 20
        progress.clear()
        click.echo(outcome_line(outcome))
        progress.draw(min(done, total), total)

    report = _call(ingest, archive, list(paths), metadata_file=metadata_file,
                   accept_any=accept_any, operator=operator, on_outcome=show, keep_outcomes=False)
    progress.clear()
    if as_json:
        click.echo("], " + json.dumps(report.summary(), ensure_ascii=False)[1:])
    else:
        click.echo(summary_line(report, time.monotonic() - started))
    sys.exit(report.exit_code)


@main.command("list")
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
            flag = "restricted" if item.restricted else ""
            click.echo(f"{item.id}  {item.ingested[:10]}  {item.kind or 'other':<5}  "
                       f"{human_size(item.size):>11}  {flag:<10}  {item.title}")
        click.echo(f"{len(items)} items in {archive.path}")
    for error in errors:
        click.echo(f"error: {error}", err=True)
    sys.exit(1 if errors else 0)


def _format_event(event: dict) -> str:
    detail = event.get("eventOutcomeDetail")
    if isinstance(detail, dict):
        detail = ", ".join(f"{k}={v}" for k, v in detail.items() if not isinstance(v, dict))
    return f"  {event['eventDateTime']}  {event['eventType']:<27} {event['eventOutcome']:<8} {detail}"


def render_item(item: Item, info: dict) -> str:
    """``archive show``: everything the bag says about an item, for a person."""
    fmt = item.provenance["object"]["format"]
    encoding = fmt.get("encoding")
    agents = {a["agentIdentifier"]: a for a in item.provenance.get("agents", [])}
    lines = [f"{item.id}  {item.title}" + ("   [RESTRICTED: never shown publicly]" if item.restricted else ""),
             f"  original:   {item.original_path} ({item.size} bytes, modified "
             f"{item.provenance['object'].get('modified', '?')})",
             f"  format:     {fmt.get('mime')}; {fmt.get('description')}; kind {item.kind or 'none (preserved without text)'}"]
    if encoding:
        lines.append(f"  encoding:   {encoding['encoding']} (by {encoding['method']}, "
                     f"confidence {encoding['confidence']})" + (f"; {encoding['note']}" if encoding.get("note") else ""))
    lines += [f"  {alg + ':':<11} {digest}" for alg, digest in item.digests.items()]
    lines += [f"  ingested:   {item.ingested}", f"  bag:        {item.bag}", f"  payload:    {item.payload}"]
    source = item.metadata_source
    lines.append("asserted metadata" + (f" (from {source['file']} line {source['line']}):" if source else ": none"))
    lines += [f"  {column}: {' | '.join(values)}" for column, values in item.metadata.items()]
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
    return "\n".join(lines)


@main.command("show")
@click.argument("identifier", metavar="ID")
@root_option
@json_option
def show_command(identifier: str, root: str | None, as_json: bool) -> None:
    """Show one item (ID or a unique prefix of it): metadata, provenance and bag-info."""
    archive: ArchiveRoot = _call(open_root, root)
    item = _call(get_item, archive, identifier)
    info = _call(bag_info, item.bag)
    if as_json:
        _print_json({**item.as_dict(), "bag_info": info})
    else:
        click.echo(render_item(item, info))


if __name__ == "__main__":  # pragma: no cover
    main()
