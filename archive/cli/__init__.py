"""The ``archive`` command line: ``main`` is the command group (pyproject's entry point ``archive.cli:main``).

The group and its commands are put together in :mod:`archive.cli.app`; the
commands live in one module per group of commands beside it.
"""

from archive.cli.app import main

__all__ = ["main"]
