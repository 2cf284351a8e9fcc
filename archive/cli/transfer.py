"""``archive export``: bags for another repository (:mod:`archive.preservation.export`).

Thin, as every command: it parses, calls :func:`archive.preservation.export.export_bags` with the
archive's own verifier (:func:`archive.fixity.transfer_check.bag_problems`) as the check of what
was written, and prints a line per bag. Taking bags in from others is ``archive ingest``'s
(:mod:`archive.preservation.transfer`): a bag is handed to it like any file or folder.

Exit status: 0 every bag exported and verified; 1 an export stopped (a full disk, a bag that did
not verify: nothing partial left, the bags before it in place); 2 refused, nothing written (an
unknown id, a restricted or withdrawn item without --include-restricted, a purged item, a
target that already holds the bag or is not a writable folder).
"""

from __future__ import annotations

import click

from archive.cli.common import _call, _print_json, json_option, root_option
from archive.fixity.transfer_check import bag_problems
from archive.preservation.bagwriter import human_size
from archive.preservation.export import export_bags
from archive.preservation.root import open_root
from archive.preservation.serialize import FORMATS

__all__ = ["export_command"]


@click.command("export")
@click.argument("identifiers", nargs=-1, required=True, metavar="ID...")
@click.option("--to", "target", required=True, metavar="DIR",
              help="An existing folder to write the bags into (each named for its item id).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="dir", show_default=True,
              help="A bag folder, or one .tar or .zip per bag (RFC 8493 section 4: one top-level directory).")
@click.option("--include-restricted", is_flag=True,
              help="Export restricted and withdrawn items too (purged ones never).")
@root_option
@json_option
def export_command(identifiers: tuple[str, ...], target: str, fmt: str, include_restricted: bool,
                   root: str | None, as_json: bool) -> None:
    """Export the bags of items ID... into DIR for another repository.

    Each bag is written under a temporary name in DIR, flushed, verified from what was written
    (a tar or zip read back and unpacked) by the archive's verifier, then renamed into place:
    DIR never holds a partial bag. Exit status: 0 done, 1 stopped part way (what is in place is
    named), 2 refused with every problem named, nothing written.
    """
    archive = _call(open_root, root)
    report = _call(export_bags, archive, list(identifiers), target, fmt,
                   include_restricted=include_restricted, check=bag_problems)
    if as_json:
        _print_json(report.as_dict())
        return
    for bag in report.exported:
        click.echo(f"exported  {bag.id}  {bag.path}  {bag.files} files, {human_size(bag.bytes)}, "
                   f"verified by {bag.verified_by.split(' (')[0]} in {bag.seconds:.2f} s")
    click.echo(f"{len(report.exported)} bags exported to {report.target} as {fmt}, "
               f"{human_size(report.bytes)} in {report.seconds:.1f} s")
