"""``archive withdraw``: take an item out of access, and with ``--purge`` remove its payload.

Thin, as every command: it parses, asks to confirm a purge, calls
:func:`archive.search.withdrawing.withdraw_and_index` (the bag's new version, then the
index) and turns a refusal into one line and an exit code. A purge cannot be undone by
the archive alone (only ``archive ingest --readmit`` with the same bytes brings the payload
back), so it asks for the item's id to be typed (or piped), unless ``--yes``; with no
input at all it changes nothing.

Exit status: 0 done; 1 the bag changed but the index could not follow (``archive check
--repair`` finishes it), or the confirmation did not match; 2 refused (an unknown id, an
empty reason, an item already withdrawn without ``--purge`` or already purged).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import click

from archive.cli.common import _call, _print_json, json_option, root_option
from archive.preservation.bagwriter import human_size
from archive.preservation.root import open_root
from archive.preservation.withdraw import check_withdrawal

if TYPE_CHECKING:   # the index update is imported when the command runs, as archive check's is
    from archive.search.withdrawing import WithdrawnAndIndexed

__all__ = ["withdraw_command"]


def _confirmed(archive, identifier: str, reason: str) -> bool:
    """Whether the archivist typed the id of the item the purge would remove (which is named first)."""
    item = _call(check_withdrawal, archive, identifier, reason, True)
    click.echo(f"--purge removes the payload of {item.id} ({item.title}; {item.original_name}, "
               f"{human_size(item.size)}) from the store for good; its tombstone stays.", err=True)
    try:
        typed = click.prompt("Type the item id to confirm", default="", show_default=False, err=True)
    except click.Abort:          # no input at all (a script without --yes): not confirmed
        return False
    return typed.strip().lower() == item.id


def _lines(done: "WithdrawnAndIndexed") -> list[str]:
    w, index = done.withdrawal, done.index
    if w.purged:
        head = (f"purged     {w.id}  {w.title}: payload removed ({human_size(w.payload_bytes)}), tombstone kept"
                + (f" (withdrawn since {w.withdrawn_before[:10]})" if w.withdrawn_before else ""))
    else:
        head = f"withdrawn  {w.id}  {w.title}: out of access, its payload kept"
    lines = [head, f"  reason: {w.reason}", f"  by {w.operator} on {w.date}"]
    if index.error:
        lines.append(f"the search index could not be updated ({index.error}): the bag is changed, and its "
                     "pages already answer 410; run `archive check --repair` to take it out of search")
    else:
        lines.append(f"  index: its documents replaced by its tombstone in {index.seconds:.2f} s")
    return lines


@click.command("withdraw")
@click.argument("identifier", metavar="ID")
@root_option
@click.option("--reason", default="", metavar="TEXT",
              help="Why it is withdrawn; public: its tombstone page shows it. Required.")
@click.option("--purge", is_flag=True,
              help="Also remove its payload from the store, keeping the tag files as a tombstone.")
@click.option("--yes", is_flag=True, help="Purge without asking to type the item id.")
@click.option("--operator", metavar="NAME", envvar="ARCHIVE_OPERATOR", show_envvar=True,
              help="Who withdraws it, for the provenance record (default: login@host).")
@json_option
def withdraw_command(identifier: str, root: str | None, reason: str, purge: bool, yes: bool,
                     operator: str | None, as_json: bool) -> None:
    """Withdraw item ID from access: out of search, browsing and OAI-PMH lists; its pages answer
    410 Gone with a tombstone (citation, date, the public reason); OAI-PMH gives it as deleted.

    The bag is kept, with a PREMIS "deaccession" event saying who, when and why. --purge also
    removes the payload (the bag's tag files stay: what was there and why it went); a withdrawn
    item can be purged later. Exit status: 0 done, 1 the index could not follow or the purge was
    not confirmed, 2 refused (unknown id, empty reason, already withdrawn or purged).
    """
    from archive.search.withdrawing import withdraw_and_index
    archive = _call(open_root, root)
    if purge and not yes and not _confirmed(archive, identifier, reason):
        click.echo("error: that is not the item id: nothing was changed", err=True)
        sys.exit(1)
    done = _call(withdraw_and_index, archive, identifier, reason, operator, purge=purge)
    if as_json:
        _print_json(done.as_dict())
    else:
        click.echo("\n".join(_lines(done)))
    sys.exit(1 if done.index.error else 0)
