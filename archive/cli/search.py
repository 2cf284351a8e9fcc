"""``archive search``: a thin command over :func:`archive.search.searching.search`.

Kept in a module of its own so the search can grow without touching the other
commands; :mod:`archive.cli.app` registers it with ``main.add_command(search_command)``.
"""

from __future__ import annotations

import click

from archive.cli.common import _call, _print_json, json_option, root_option
from archive.preservation.root import open_root
from archive.search.searching import MAX_LIMIT, MAX_PAGE, SORTS, SearchResult, search

#: Values of each facet shown in the human listing (--json has them all).
FACETS_SHOWN = 10


def render_result(result: SearchResult) -> str:
    """The human listing: a line per hit, its snippet and explanation, then facets and a count."""
    lines: list[str] = []
    for hit in result.hits:
        date = hit.publication or "undated"
        flag = " [restricted]" if hit.restricted else ""
        lines.append(f"{hit.id}  {date:<10}  {hit.title or '(no title)'}{flag}")
        if hit.snippet:
            lines.append(f"    {hit.snippet}")
        if hit.explanation:
            lines.append(f"    ({hit.explanation})")
    if result.total:
        lines.append("")
        for name, entries in result.facets.items():
            if not entries:
                continue
            shown = ", ".join(f"{e.get('name', e.get('value'))} ({e['count']})"
                              for e in entries[:FACETS_SHOWN])
            if len(entries) > FACETS_SHOWN:
                shown += ", ..."
            lines.append(f"{name}: {shown}")
    lines.append("")
    lines.extend(f"note: {note}" for note in result.notes)
    lines.append(f"{result.total} result{'s' if result.total != 1 else ''} "
                 f"(page {result.page} of {result.pages})")
    return "\n".join(lines).lstrip("\n")


@click.command("search")
@click.argument("words", nargs=-1, metavar="[QUERY]...")
@click.option("--person", metavar="NAME", help="Articles naming this person, in any spelling.")
@click.option("--place", metavar="PLACE", help="Articles naming this place, by any of its names or spellings.")
@click.option("--from", "date_from", metavar="DATE",
              help="Published on or after DATE (2004, 2004-04 or 2004-04-06).")
@click.option("--to", "date_to", metavar="DATE",
              help="Published on or before DATE (2004, 2004-04 or 2004-04-06).")
@click.option("--include-undated", is_flag=True,
              help="With --from/--to, also list articles without a publication date.")
@click.option("--source", metavar="HOST", help="Only articles from this site (host name).")
@click.option("--language", metavar="CODE", help="Only articles in this language (ISO 639-1, e.g. en, ru, kk).")
@click.option("--sort", type=click.Choice(SORTS), default="relevance", show_default=True,
              help="Order of results; date is oldest first, undated last.")
@click.option("--page", type=click.IntRange(1, MAX_PAGE), default=1, show_default=True)
@click.option("--limit", type=click.IntRange(1, MAX_LIMIT), default=10, show_default=True,
              help="Results per page.")
@click.option("--include-restricted", is_flag=True, help="Also list restricted items.")
@root_option
@json_option
def search_command(words: tuple[str, ...], person: str | None, place: str | None, date_from: str | None, date_to: str | None,
                   include_undated: bool, source: str | None, language: str | None, sort: str, page: int, limit: int,
                   include_restricted: bool, root: str | None, as_json: bool) -> None:
    """Search the archive: words, "phrases", AND/OR/NOT, field:value and prefix* (3+ letters).

    Fields: title, standfirst, text, authors (searched by default), publisher,
    subjects, source, language, kind, person, pub_year, mentioned_year, id,
    dateline. Matches in snippets are marked [[like this]]. Several words need no
    quotes: `archive search opposition prison` is the query "opposition prison".
    """
    query = " ".join(words)
    archive = _call(open_root, root)
    result: SearchResult = _call(
        search, archive, query, person=person, place=place, date_from=date_from, date_to=date_to,
        include_undated=include_undated, source=source, language=language, sort=sort, page=page, limit=limit,
        include_restricted=include_restricted)
    if as_json:
        _print_json(result.to_dict())
    else:
        click.echo(render_result(result))
