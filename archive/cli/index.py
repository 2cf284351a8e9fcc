"""``archive reindex`` and ``check``: the search index, rebuilt from the bags or checked against them.

The index is derived from the bags; these commands rebuild it whole
(:func:`archive.search.reindex.reindex`) or compare it with the bags and repair
it (:func:`archive.search.consistency.check`). Each imports its library
function when it runs, as it always has.
"""

from __future__ import annotations

import sys

import click

from archive.cli.common import _call, _print_json, json_option, root_option
from archive.preservation.root import open_root

__all__ = ["check_command", "reindex_command"]


@click.command("reindex")
@root_option
@json_option
def reindex_command(root: str | None, as_json: bool) -> None:
    """Rebuild the search index from the bags, and swap it in atomically.

    Readers keep the old index until the new one is complete. A bag that
    cannot be derived is named and the rest are indexed (exit status 1).
    """
    from archive.search.reindex import reindex
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


@click.command("check")
@root_option
@click.option("--repair", is_flag=True, help="Reindex what is missing or stale and drop entries with no bag.")
@json_option
def check_command(root: str | None, repair: bool, as_json: bool) -> None:
    """Compare the bags with the search index: bags missing from it, entries with no bag,
    entries whose checksum differs from the bag, bags whose tag files do not verify against
    their tag manifests (kept restricted until an auditor looks). Never modifies a bag.

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
                           ("bag manifest unreadable", report.unreadable),
                           ("untrusted and indexed as public", report.exposed),
                           ("withdrawal not yet followed by the index", report.withdrawal_stale)):
            for item_id in ids:
                click.echo(f"{label}: {item_id}")
        for item_id, problems in report.untrusted.items():
            click.echo(f"tag files do not verify (kept restricted; run archive verify {item_id}): {item_id}: "
                       + "; ".join(problems))
        if report.withdrawn:
            click.echo(f"{report.withdrawn} withdrawn from access ({report.purged} purged: tombstones only)")
        state = "consistent" if report.consistent else "NOT consistent"
        click.echo(f"{report.bags} bags, {report.indexed} index entries: {state}"
                   + (" (after repair)" if report.repaired else ""))
    sys.exit(0 if report.consistent else 1)
