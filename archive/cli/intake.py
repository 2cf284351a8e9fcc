"""``archive init`` and ``ingest``: making a root and putting items in.

These are the commands of the preservation side: they call the library in
:mod:`archive.preservation` (and, for ``ingest``, :func:`archive.search.intake.ingest_and_index`,
which indexes what it archived). ``ingest`` prints a line per file as each is
settled, streamed (also with ``--json``) so that a run of any size prints as it
goes in constant memory. Looking at what is in is :mod:`archive.cli.items`'s.
"""

from __future__ import annotations

import json
import os
import sys
import time

import click

from archive.cli.common import _call, _Progress, json_option, root_option
from archive.fixity.transfer_check import bag_problems
from archive.preservation.bagwriter import human_size
from archive.preservation.config import Config
from archive.preservation.outcomes import ARCHIVED, DUPLICATE, IngestReport, Outcome
from archive.preservation.root import init_root, open_root
from archive.search.intake import ingest_and_index

__all__ = ["ingest_command", "init", "outcome_line", "summary_line"]


@click.command("init")
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


@click.command("ingest")
@click.argument("paths", nargs=-1, type=click.Path(exists=True), metavar="[PATH...]")
@root_option
@click.option("--metadata", "metadata_file", type=click.Path(exists=True, dir_okay=False),
              help="A metadata CSV describing the batch: filename column relative to each folder ingested.")
@click.option("--accept-any", is_flag=True,
              help="Preserve files of unsupported types too (they get no text).")
@click.option("--operator", metavar="NAME", envvar="ARCHIVE_OPERATOR", show_envvar=True,
              help="Who is ingesting, for the provenance record (default: login@host).")
@click.option("--no-index", is_flag=True,
              help="Only archive; do not index the new bags (run archive reindex later).")
@click.option("--readmit", is_flag=True,
              help="Take in again bytes whose bag was purged (or withdrawn): back in the bag and in access.")
@click.option("--amend", is_flag=True,
              help="For files already archived whose metadata.csv row differs from their record: apply "
                   "the row as an amendment (the sheet and line named as the reason).")
@json_option
def ingest_command(paths: tuple[str, ...], root: str | None, metadata_file: str | None,
                   accept_any: bool, operator: str | None, no_index: bool, as_json: bool,
                   readmit: bool, amend: bool) -> None:
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
                            on_outcome=show, keep_outcomes=False, readmit=readmit,
                            amend=amend, check_bag=bag_problems)   # a bag given: validated whole first
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
