"""``archive verify`` and ``audit-log``: fixity audits on the command line (see :mod:`archive.fixity.audit`).

``verify`` prints each bag's verdict as it comes, as lines for a person, a
CSV row per problem (:data:`CSV_COLUMNS`) or streamed JSON, and a summary;
every verdict is also appended to the archive's audit log, which
``audit-log`` shows.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from archive.cli.common import _call, _print_json, _Progress, json_option, root_option
from archive.errors import ArchiveError
from archive.fixity.audit import audit, parse_duration, read_events
from archive.fixity.verdict import BagVerdict
from archive.preservation.bagwriter import human_size
from archive.preservation.catalog import get_item
from archive.preservation.root import open_root

__all__ = ["CSV_COLUMNS", "audit_log_command", "csv_rows", "verdict_lines", "verify_command", "withdrawal_note"]


def _duration(ctx: click.Context, param: click.Parameter, value: str | None) -> float | None:
    if value is None:
        return None
    try:
        return parse_duration(value)
    except ArchiveError as error:
        raise click.BadParameter(error.message) from error


CSV_COLUMNS = ("bag", "valid", "mode", "code", "path", "algorithm", "expected", "found", "message")


def withdrawal_note(withdrawal: dict | None) -> str:
    """What a verdict (or an audit event) says of a withdrawn or purged bag; empty for others."""
    if not withdrawal:
        return ""
    when = (withdrawal.get("date") or "?")[:10]
    if withdrawal.get("purged"):
        return f" (purged on {when}: its payload was removed, tombstone kept)"
    return f" (withdrawn on {when}: out of access, its payload kept)"


def verdict_lines(verdict: BagVerdict, key: str) -> list[str]:
    """A line for the bag, then one per problem and warning, naming file and digests."""
    status = "valid" if verdict.valid else "INVALID"
    head = (f"{status:<8} {key}  {verdict.files} files, {human_size(verdict.bytes)}, "
            f"{verdict.seconds:.2f} s" + (f", {len(verdict.problems)} problems" if verdict.problems else "")
            + withdrawal_note(verdict.withdrawal))
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


@click.command("verify")
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
    archive's audit log (see archive audit-log); on a full or read-only store
    every bag is still verified and reported, and a last line says the results
    could not be logged. Exit status: 0 all valid (and logged), 1 any invalid
    or not logged, 2 usage errors.
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
                   f"({rate:.1f} MB/s); " + ("NOT logged" if report.log_error else f"logged to {report.log}"))
    if report.log_error:
        click.echo(f"error: the audit log could not be written ({report.log_error}): the verdicts "
                   "above are not recorded; free space or make the store writable and verify again "
                   "to record them", err=True)
    sys.exit(report.exit_code)


@click.command("audit-log")
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
                   f"{event['bag']}  {detail.get('files', 0)} files  run {event.get('run')}"
                   + withdrawal_note(detail.get("withdrawal")))
        for problem in problems:
            click.echo(f"    {problem.get('code')}: {problem.get('path')}: {problem.get('message')}")
    click.echo(f"{len(events)} fixity checks" + (f" of {key}" if key else "") + " in the audit log")
