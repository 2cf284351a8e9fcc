"""The ``archive`` command: a thin layer over the library.

Each command parses its options, calls one library function and turns
``ArchiveError`` into a message on stderr and an exit code. Exit codes: 0 for
success, 1 when the work was done but something was refused or unreadable,
2 for usage errors (bad options, not an archive root, invalid configuration).

This module only defines the ``main`` group and adds the commands to it; they
live in one module per group of commands, each importing the shared options
and error handling from :mod:`archive.cli.common` and nothing from here, so
the imports run one way only:

* :mod:`archive.cli.intake`: ``init``, ``ingest``, ``list``, ``show``;
* :mod:`archive.cli.fixity`: ``verify``, ``audit-log``;
* :mod:`archive.cli.withdraw`: ``withdraw`` (and ``--purge``);
* :mod:`archive.cli.amend`: ``amend``;
* :mod:`archive.cli.index`: ``reindex``, ``check``;
* :mod:`archive.cli.persons`: ``persons`` and its subcommands;
* :mod:`archive.cli.search`: ``search``;
* :mod:`archive.cli.transfer`: ``export`` (bags for another repository; bags from others
  come in through ``ingest``);
* :mod:`archive.cli.serve`: ``serve``.

Click lists the commands in ``archive --help`` in alphabetical order, so the
order they are added in here does not show.
"""

from __future__ import annotations

import click

from archive import __version__
from archive.cli.amend import amend_command
from archive.cli.fixity import audit_log_command, verify_command
from archive.cli.index import check_command, reindex_command
from archive.cli.intake import ingest_command, init
from archive.cli.items import list_command, show_command
from archive.cli.persons import persons_group
from archive.cli.search import search_command
from archive.cli.serve import serve_command
from archive.cli.transfer import export_command
from archive.cli.withdraw import withdraw_command

__all__ = ["main"]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="archive")
@click.option("--root", "group_root", metavar="DIR",
              help="Archive root for the command that follows (it may also take --root itself).")
def main(group_root: str | None) -> None:
    """Preserve news articles as BagIt bags with provenance, and find them again."""


main.add_command(init)
main.add_command(ingest_command)
main.add_command(list_command)
main.add_command(show_command)
main.add_command(verify_command)
main.add_command(audit_log_command)
main.add_command(reindex_command)
main.add_command(check_command)
main.add_command(persons_group)
main.add_command(search_command)
main.add_command(serve_command)
main.add_command(withdraw_command)
main.add_command(export_command)
main.add_command(amend_command)

if __name__ == "__main__":  # pragma: no cover
    main()
