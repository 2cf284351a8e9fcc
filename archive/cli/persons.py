"""``archive persons``: the person authority on the command line (see :mod:`archive.description.authority`).

``archive persons`` lists the people in the index with their spellings and
article counts; ``archive persons alias A B`` and ``archive persons split A
[B ...]`` record a correction in ``persons-authority.jsonl`` and then reindex,
so the correction is live at once.
"""

from __future__ import annotations

import click

from archive.cli.common import _call, _print_json, json_option, root_option
from archive.search.reindex import reindex
from archive.description.authority import alias, authority_path, split
from archive.search.people import list_people
from archive.preservation.root import open_root

operator_option = click.option(
    "--operator", metavar="NAME", envvar="ARCHIVE_OPERATOR", show_envvar=True,
    help="Who makes the correction, for the record (default: login@host).")
note_option = click.option("--note", default="", help="Why: kept with the correction.")


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


def _after(ctx: click.Context, root: str | None, event: dict, as_json: bool, archive) -> None:
    if not as_json:   # said first: a reindex that fails leaves the correction recorded
        click.echo(f"recorded in {authority_path(archive)}")
    report = _call(reindex, archive)
    if as_json:
        _print_json({"correction": event, "log": str(authority_path(archive)),
                     "reindexed": report.indexed, "failed": report.failed})
        return
    click.echo(f"reindexed {report.indexed} items so the correction is live"
               + (f" ({report.failed} failed: run archive reindex)" if report.failed else ""))


@persons_group.command("alias")
@click.argument("source", metavar="A")
@click.argument("target", metavar="B")
@root_option
@operator_option
@note_option
@json_option
@click.pass_context
def alias_command(ctx: click.Context, source: str, target: str, root: str | None,
                  operator: str | None, note: str, as_json: bool) -> None:
    """Record that A (a spelling: a surname or a full name) is the same person as B.

    A one-word A maps that surname everywhere, also inside full names; a full
    name maps that full name only. `alias A A` withdraws an earlier alias of A.
    """
    archive = _call(open_root, root or (ctx.obj or {}).get("root"))
    event = _call(alias, archive, source, target, note=note, operator=operator)
    if not as_json:
        click.echo(f"alias: {source} [{event['fromKey']}] -> {target} [{event['toKey']}]")
    _after(ctx, root, event, as_json, archive)


@persons_group.command("split")
@click.argument("spellings", nargs=-1, required=True, metavar="A [B...]")
@root_option
@operator_option
@note_option
@json_option
@click.pass_context
def split_command(ctx: click.Context, spellings: tuple[str, ...], root: str | None,
                  operator: str | None, note: str, as_json: bool) -> None:
    """Record that the spellings A [B...] are a person of their own (undo a merge)."""
    archive = _call(open_root, root or (ctx.obj or {}).get("root"))
    event = _call(split, archive, list(spellings), note=note, operator=operator)
    if not as_json:
        click.echo(f"split: {', '.join(event['from'])} -> [{event['to']}]")
    _after(ctx, root, event, as_json, archive)
