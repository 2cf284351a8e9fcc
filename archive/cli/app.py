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
from pathlib import Path
from typing import Callable, NoReturn, TypeVar

import click

from archive import __version__
from archive.fixity.audit import audit, last_audit, parse_duration, read_events
from archive.preservation.bagwriter import human_size
from archive.preservation.catalog import Item, bag_info, get_item, list_items
from archive.preservation.config import Config
from archive.errors import ArchiveError
from archive.preservation.ingest import ingest_and_index
from archive.preservation.outcomes import ARCHIVED, DUPLICATE, IngestReport, Outcome
from archive.preservation.root import ROOT_ENV, ArchiveRoot, init_root, open_root
from archive.fixity.verify import BagVerdict

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
@click.option("--no-index", is_flag=True,
              help="Only archive; do not index the new bags (run archive reindex later).")
@json_option
def ingest_command(paths: tuple[str, ...], root: str | None, metadata_file: str | None,
                   accept_any: bool, operator: str | None, no_index: bool, as_json: bool) -> None:
    """Archive files and folders (default: the root's ingest/ inbox), one bag per file.

    Prints a line per file (status, id, path, title or reason) and a summary,
    then indexes the new bags for search. Exit status: 0 when every file is
    archived or already there (and indexed), 1 when any was refused (or could
    not be indexed), 2 for usage errors.
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

    report, indexed = _call(ingest_and_index, archive, list(paths), index=not no_index,
                            metadata_file=metadata_file, accept_any=accept_any, operator=operator,
                            on_outcome=show, keep_outcomes=False)
    progress.clear()
    index_summary = None if indexed is None else {
        "indexed": indexed.indexed, "failed": indexed.failed, "error": indexed.error,
        "failures": [{"bag": b, "reason": r} for b, r in indexed.failures]}
    if as_json:
        click.echo("], " + json.dumps({**report.summary(), "index": index_summary}, ensure_ascii=False)[1:])
    else:
        click.echo(summary_line(report, time.monotonic() - started))
        if indexed is not None and indexed.error:
            click.echo(f"the search index could not be updated ({indexed.error}): the {indexed.failed} "
                       "items archived in this run are safe but not yet searchable; run "
                       "`archive reindex` to rebuild the index from the bags", err=True)
        elif indexed is not None:
            for bag, reason in indexed.failures:
                click.echo(f"not indexed  {bag}: {reason}")
            click.echo(f"indexed {indexed.indexed} items for search"
                       + (f"; {indexed.failed} could not be indexed" if indexed.failed else ""))
    sys.exit(report.exit_code or (1 if indexed is not None and indexed.failed else 0))


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


def _audit_line(event: dict | None) -> str:
    if not event:
        return "never audited (run: archive verify ID)"
    detail = event.get("eventOutcomeDetail", {})
    problems = len(detail.get("problems", []))
    return (f"{event['eventDateTime']}  {event['eventOutcome']}  ({event.get('mode')} check"
            + (f", {problems} problems" if problems else "") + f", run {event.get('run')})")


def render_item(item: Item, info: dict, audit_event: dict | None = None) -> str:
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
    lines += [f"  ingested:   {item.ingested}", f"  last audit: {_audit_line(audit_event)}",
              f"  bag:        {item.bag}", f"  payload:    {item.payload}"]
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
    audited = last_audit(archive, item.id)
    if as_json:
        _print_json({**item.as_dict(), "bag_info": info, "last_audit": audited})
    else:
        click.echo(render_item(item, info, audited))


def _duration(ctx: click.Context, param: click.Parameter, value: str | None) -> float | None:
    if value is None:
        return None
    try:
        return parse_duration(value)
    except ArchiveError as error:
        raise click.BadParameter(error.message) from error


CSV_COLUMNS = ("bag", "valid", "mode", "code", "path", "algorithm", "expected", "found", "message")


def verdict_lines(verdict: BagVerdict, key: str) -> list[str]:
    """A line for the bag, then one per problem and warning, naming file and digests."""
    status = "valid" if verdict.valid else "INVALID"
    head = (f"{status:<8} {key}  {verdict.files} files, {human_size(verdict.bytes)}, "
            f"{verdict.seconds:.2f} s" + (f", {len(verdict.problems)} problems" if verdict.problems else ""))
    lines = [head]
    for problem in verdict.problems:
        digests = (f" (expected {problem.expected}, found {problem.found})" if problem.expected else "")
        lines.append(f"    {problem.code:<12} {problem.path}: {problem.message}{digests}")
    for warning in verdict.warnings:
        lines.append(f"    warning      {warning.path}: {warning.message}")
    return lines


def csv_rows(verdict: BagVerdict, key: str) -> list[dict]:
    """CSV rows: one per problem and warning, or one for a bag with nothing to say."""
    base = {"bag": key, "valid": verdict.valid, "mode": verdict.mode}
    rows = [{**base, **p.as_dict()} for p in verdict.problems]
    rows += [{**base, **w.as_dict(), "code": f"warning:{w.code}"} for w in verdict.warnings]
    return rows or [base]


@main.command("verify")
@click.argument("targets", nargs=-1, metavar="[ID|PATH...]")
@root_option
@click.option("--fast", is_flag=True, help="Check completeness and Payload-Oxum only, no checksums.")
@click.option("--max-time", callback=_duration, metavar="DURATION",
              help="Start no new bag after this long (e.g. 10m, 2h); the rest wait for the next run.")
@click.option("--oldest-first", is_flag=True, help="Verify the bags least recently fully verified first.")
@click.option("--operator", metavar="NAME", envvar="ARCHIVE_OPERATOR", show_envvar=True,
              help="Who runs the audit, for the audit log (default: login@host).")
@click.option("--workers", type=click.IntRange(min=1), help="Hashing threads (default: one per core).")
@click.option("--csv", "as_csv", is_flag=True, help="Print a CSV report: a row per problem.")
@json_option
def verify_command(targets: tuple[str, ...], root: str | None, fast: bool, max_time: float | None,
                   oldest_first: bool, operator: str | None, workers: int | None, as_csv: bool,
                   as_json: bool) -> None:
    """Verify bags: fixity of every payload and tag file, completeness, RFC 8493 rules.

    With no argument every bag of the archive; an ID (or unique prefix) or the
    path of any bag directory, ours or another system's, picks bags. Every
    problem of every bag is reported, and each bag's result is appended to the
    archive's audit log (see archive audit-log). Exit status: 0 all valid,
    1 any invalid, 2 usage errors.
    """
    if as_csv and as_json:
        raise click.UsageError("choose one of --json and --csv")
    archive = _call(open_root, root)
    progress = _Progress(enabled=not (as_json or as_csv) and sys.stderr.isatty())
    writer = None
    if as_csv:
        import csv
        writer = csv.DictWriter(sys.stdout, fieldnames=CSV_COLUMNS, extrasaction="ignore")
        writer.writeheader()
    elif as_json:
        click.echo('{"bags": [')

    def show(verdict: BagVerdict, done: int, total: int) -> None:
        from archive.fixity.audit import bag_key
        key = bag_key(archive, verdict.bag)
        if writer:
            writer.writerows(csv_rows(verdict, key))
        elif as_json:
            click.echo(("  " if done == 1 else ", ") + json.dumps({"id": key, **verdict.as_dict()},
                                                                  ensure_ascii=False))
        else:
            progress.enabled = progress.enabled and total > 20
            progress.clear()
            click.echo("\n".join(verdict_lines(verdict, key)))
            progress.draw(done, total)

    report = _call(audit, archive, list(targets), fast=fast, max_seconds=max_time,
                   oldest_first=oldest_first, operator=operator, workers=workers, on_verdict=show)
    progress.clear()
    if as_json:
        click.echo("], " + json.dumps({"summary": report.as_dict()}, ensure_ascii=False)[1:])
    elif not as_csv:
        rate = report.bytes / 1e6 / report.seconds if report.seconds else 0.0
        click.echo(f"{report.valid + report.invalid} bags verified ({report.mode}): {report.valid} valid, "
                   f"{report.invalid} invalid" + (f", {report.not_reached} not reached in time"
                                                  if report.not_reached else "")
                   + f"; {report.files} files, {human_size(report.bytes)} in {report.seconds:.1f} s "
                   f"({rate:.1f} MB/s); logged to {report.log}")
    sys.exit(report.exit_code)


@main.command("audit-log")
@click.argument("identifier", required=False, metavar="[ID]")
@root_option
@json_option
def audit_log_command(identifier: str | None, root: str | None, as_json: bool) -> None:
    """Show the audit history: every fixity check logged, or those of one bag (ID or path)."""
    archive = _call(open_root, root)
    key = None
    if identifier:
        path = Path(identifier)
        key = str(path.absolute()) if path.is_dir() else _call(get_item, archive, identifier).id
    events = list(read_events(archive, key))
    if as_json:
        _print_json({"bag": key, "count": len(events), "events": events})
        return
    for event in events:
        detail = event.get("eventOutcomeDetail", {})
        problems = detail.get("problems", [])
        click.echo(f"{event['eventDateTime']}  {event['eventOutcome']:<4}  {event.get('mode', ''):<4}  "
                   f"{event['bag']}  {detail.get('files', 0)} files  run {event.get('run')}")
        for problem in problems:
            click.echo(f"    {problem.get('code')}: {problem.get('path')}: {problem.get('message')}")
    click.echo(f"{len(events)} fixity checks" + (f" of {key}" if key else "") + " in the audit log")


@main.command("reindex")
@root_option
@json_option
def reindex_command(root: str | None, as_json: bool) -> None:
    """Rebuild the search index from the bags, and swap it in atomically.

    Readers keep the old index until the new one is complete. A bag that
    cannot be derived is named and the rest are indexed (exit status 1).
    """
    from archive.search.index import reindex
    archive = _call(open_root, root)
    report = _call(reindex, archive)
    if as_json:
        _print_json({"indexed": report.indexed, "failed": report.failed, "seconds": round(report.seconds, 3),
                     "index": report.folder, "failures": [{"bag": b, "reason": r} for b, r in report.failures]})
    else:
        for bag, reason in report.failures:
            click.echo(f"failed  {bag}: {reason}")
        click.echo(f"{report.indexed} items indexed, {report.failed} failed, in {report.seconds:.1f} s "
                   f"(index/{report.folder})")
    sys.exit(1 if report.failed else 0)


@main.command("check")
@root_option
@click.option("--repair", is_flag=True, help="Reindex what is missing or stale and drop entries with no bag.")
@json_option
def check_command(root: str | None, repair: bool, as_json: bool) -> None:
    """Compare the bags with the search index: bags missing from it, entries with no bag,
    entries whose checksum differs from the bag. Never modifies a bag.

    Exit status: 0 consistent (after --repair, if it repaired everything), 1 not.
    """
    from archive.search.consistency import check
    archive = _call(open_root, root)
    report = _call(check, archive, repair)
    if as_json:
        _print_json(report.as_dict())
    else:
        for label, ids in (("missing from the index", report.missing), ("in the index with no bag", report.orphans),
                           ("indexed with another checksum", report.mismatched),
                           ("bag manifest unreadable", report.unreadable)):
            for item_id in ids:
                click.echo(f"{label}: {item_id}")
        state = "consistent" if report.consistent else "NOT consistent"
        click.echo(f"{report.bags} bags, {report.indexed} index entries: {state}"
                   + (" (after repair)" if report.repaired else ""))
    sys.exit(0 if report.consistent else 1)


# commands kept in modules of their own; imported last, since they use the helpers above
from archive.cli.persons import persons_group  # noqa: E402
from archive.cli.search import search_command  # noqa: E402
from archive.cli.serve import serve_command  # noqa: E402

main.add_command(persons_group)
main.add_command(search_command)
main.add_command(serve_command)

if __name__ == "__main__":  # pragma: no cover
    main()
