"""Preservation: from the inbox to the bag, the truth everything else is derived from.

Owns the archive root and its ``archive.toml`` (``root``, ``config``), walking
what an archivist hands over (``sources``, ``metadata`` sheets), naming and
identifying each file (``safenames``, ``identify``, ``encoding``), hashing
(``hashing``), writing bags atomically with their provenance (``bagwriter``,
``provenance``), the ingest run (``ingest``, ``outcomes``) and reading bags
back (``catalog``). A bag holds the bytes received, untouched; nothing here
edits a bag once written. It may import only the foundation
(``archive.errors``, ``archive.workers``): it knows nothing of fixity audits,
of what is derived from a bag, or of the search index.
"""
