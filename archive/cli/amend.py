"""``archive amend``: correct an item's descriptive metadata, keeping every earlier version.

Thin, as every command: it parses, calls :func:`archive.search.amending.amend_and_index`
(the bag's new version, then the index) and says what changed and the record's new
version, or turns a refusal into one line per problem and an exit code.

Exit status: 0 done; 1 the bag changed but the index could not follow (running the same
command again brings it along); 2 refused (an unknown id or field, a value a metadata.csv
could not hold, an empty reason, nothing to change, a purged item).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import click

from archive.cli.common import _call, _print_json, json_option, root_option
from archive.preservation.root import open_root

if TYPE_CHECKING:   # the index update is imported when the command runs, as archive check's is
    from archive.search.amending import AmendedAndIndexed

__all__ = ["amend_command"]


def _lines(done: "AmendedAndIndexed") -> list[str]:
    a, index = done.amendment, done.index
    lines = [f"amended  {a.id}  {a.title}: descriptive record version {a.version} "
             f"(the earlier one kept as {a.previous})"]
    lines += [f"  {line}" for line in a.change_lines()]
    if a.restricted != a.was_restricted:
        lines.append("  now restricted: off the site, out of search and OAI-PMH" if a.restricted
                     else "  now public: on the site, in search and OAI-PMH")
    lines.append(f"  reason: {a.reason}")
    lines.append(f"  by {a.operator} on {a.date}")
    if index.error:
        lines.append(f"the search index could not be updated ({index.error}): the bag is changed"
                     + (" and its pages already refused" if a.restricted else "")
                     + "; run this command again, or `archive reindex`, to bring the index along")
    else:
        lines.append(f"  index: its documents replaced in {index.seconds:.2f} s")
    return lines


@click.command("amend")
@click.argument("identifier", metavar="ID")
@click.argument("assignments", nargs=-1, metavar="FIELD=VALUE...")
@root_option
@click.option("--reason", default="", metavar="TEXT",
              help="Why the record changes, for the provenance record (not shown on the site). Required.")
@click.option("--operator", metavar="NAME", envvar="ARCHIVE_OPERATOR", show_envvar=True,
              help="Who amends it, for the provenance record (default: login@host).")
@json_option
def amend_command(identifier: str, assignments: tuple[str, ...], root: str | None, reason: str,
                  operator: str | None, as_json: bool) -> None:
    """Correct the descriptive metadata of item ID: FIELD=VALUE sets a field (dc.title, dc.date,
    dc.creator ... dcterms.accessRights=restricted|public, the fields a metadata.csv takes; a
    field given twice gets both values), FIELD= removes it.

    The payload never changes. The bag gets a new version of its descriptive record, the
    earlier ones kept in it, and a PREMIS "metadata modification" event (who, when, why, what
    changed); the index follows at once. Exit status: 0 done, 1 the index could not follow,
    2 refused (every problem is named).
    """
    from archive.search.amending import amend_and_index
    archive = _call(open_root, root)
    done = _call(amend_and_index, archive, identifier, list(assignments), reason, operator)
    if as_json:
        _print_json(done.as_dict())
    else:
        click.echo("\n".join(_lines(done)))
    sys.exit(1 if done.index.error else 0)
