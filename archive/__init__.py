"""The archive: preserve news articles as BagIt bags with provenance.

The public API is the library below; the ``archive`` command (``archive.cli.app``)
and the web front end are thin layers over it.
"""

__version__ = "0.1.0"
