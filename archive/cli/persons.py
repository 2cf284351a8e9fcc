"""``archive persons``: the person authority on the command line (see :mod:`archive.description.authority`).

``archive persons`` lists the people in the index with their spellings and
article counts; ``archive persons alias A B``, ``split A [B ...]`` and ``undo N``
record a correction in ``persons-authority.jsonl`` and then reindex, so the
correction is live at once (:mod:`archive.search.corrections`); ``archive
persons corrections`` lists what was recorded, numbered.
"""

from __future__ import annotations

import click

from archive.cli.common import _call, _print_json, json_option, root_option
from archive.description.authority import authority_path, corrections
from archive.preservation.root import open_root
from archive.search.corrections import correct_alias, correct_split, correct_undo
from archive.search.people import list_people

operator_option = click.option(
    "--operator", metavar="NAME", envvar="ARCHIVE_OPERATOR", show_envvar=True,
    help="Who makes the correction, for the record (default: login@host).")
note_option = click.option("--note", default="", help="Why: kept with the correction.")
force_option = click.option("--force", is_flag=True, help="Record it even if no article names it.")


@click.group("persons", invoke_without_command=True)
@root_option
@json_option
@click.pass_context
def persons_group(ctx: click.Context, root: str | None, as_json: bool) -> None:
    """People named in the articles, with their spellings; correct who is who.

    Without a subcommand, lists the people, most articles first.
    """
    ctx.obj = {"root": root}
    if ctx.invoked_subcommand is not None:
        return
    archive = _call(open_root, root)
    people = _call(list_people, archive)
    if as_json:
        _print_json(people)
        return
    for person in people:
        spellings = ", ".join(f"{s} ({n})" for s, n in person["spellings"].items())
        click.echo(f"{person['articles']:>4}  {person['name']}  [{person['key']}]  {spellings}")


def _show(event: dict, report, as_json: bool, archive, line: str) -> None:
    if as_json:
        _print_json({"correction": event, "log": str(authority_path(archive)),
                     "reindexed": report.indexed, "failed": report.failed})
        return
    click.echo(line)
    click.echo(f"recorded in {authority_path(archive)}")
    click.echo(f"reindexed {report.indexed} items so the correction is live"
               + (f" ({report.failed} failed: run archive reindex)" if report.failed else ""))


@persons_group.command("alias")
@click.argument("source", metavar="A")
@click.argument("target", metavar="B")
@root_option
@operator_option
@note_option
@force_option
@json_option
@click.pass_context
def alias_command(ctx: click.Context, source: str, target: str, root: str | None,
                  operator: str | None, note: str, force: bool, as_json: bool) -> None:
    """Record that A (a spelling: a surname or a full name) is the same person as B.

    A one-word A maps that surname everywhere, also inside full names; a full
    name maps that full name only. `alias A A` withdraws an earlier alias of A.
    A full-name B is how the person is shown from then on. Names no article
    contains are refused unless --force.
    """
    archive = _call(open_root, root or (ctx.obj or {}).get("root"))
    event, report = _call(correct_alias, archive, source, target, force=force, note=note, operator=operator)
    _show(event, report, as_json, archive, f"alias: {source} [{event['fromKey']}] -> {target} [{event['toKey']}]")


@persons_group.command("split")
@click.argument("spellings", nargs=-1, required=True, metavar="A [B...]")
@root_option
@operator_option
@note_option
@force_option
@json_option
@click.pass_context
def split_command(ctx: click.Context, spellings: tuple[str, ...], root: str | None,
                  operator: str | None, note: str, force: bool, as_json: bool) -> None:
    """Record that the spellings A [B...] are a person of their own (undo a merge)."""
    archive = _call(open_root, root or (ctx.obj or {}).get("root"))
    event, report = _call(correct_split, archive, list(spellings), force=force, note=note, operator=operator)
    _show(event, report, as_json, archive, f"split: {', '.join(event['from'])} -> [{event['to']}]")


@persons_group.command("undo")
@click.argument("number", type=click.IntRange(min=1), metavar="N")
@root_option
@operator_option
@note_option
@json_option
@click.pass_context
def undo_command(ctx: click.Context, number: int, root: str | None, operator: str | None, note: str,
                 as_json: bool) -> None:
    """Take back correction N (as `archive persons corrections` numbers them); itself recorded."""
    archive = _call(open_root, root or (ctx.obj or {}).get("root"))
    event, report = _call(correct_undo, archive, number, note=note, operator=operator)
    _show(event, report, as_json, archive, f"undo: correction {number} no longer holds")


@persons_group.command("corrections")
@root_option
@json_option
@click.pass_context
def corrections_command(ctx: click.Context, root: str | None, as_json: bool) -> None:
    """Every correction recorded, numbered, with who made it, when and why, and whether it was undone."""
    archive = _call(open_root, root or (ctx.obj or {}).get("root"))
    found = _call(corrections, archive)
    if as_json:
        _print_json(found)
        return
    for entry in found:
        what = (f"undo of {entry.get('undo')}" if entry["action"] == "undo"
                else f"{entry['action']} {entry.get('from')} -> {entry.get('to')}")
        click.echo(f"{entry['number']:>3}  {entry.get('eventDateTime', '')[:19]}  {what}"
                   + ("  [undone]" if entry["undone"] else "") + f"  ({entry.get('operator', '')}"
                   + (f": {entry['note']}" if entry.get("note") else "") + ")")
    click.echo(f"{len(found)} corrections in {authority_path(archive)}")
