"""The ``archive`` command line: ``main`` is the command group (pyproject's entry point ``archive.cli:main``).

The group and its commands are put together in :mod:`archive.cli.app`; the
commands live in one module per group of commands beside it (``intake``:
init, ingest; ``items``: list, show; ``amend``; ``withdraw``; ``transfer``:
export; ``fixity``: verify, audit-log; ``index``: reindex, check; ``search``,
``persons``, ``serve``), sharing the helpers of
``common``, which imports none of them. Each command parses its options,
calls one library function and turns ``ArchiveError`` into a line and an exit
code. The CLI sits on top: it may import every part of the library
(and ``web``, to run the site: ``web_server``); nothing imports it.
"""

from archive.cli.app import main

__all__ = ["main"]
