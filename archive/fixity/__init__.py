"""Fixity: is every bag still what was written? The auditor's verdicts and their log.

Owns the bag verifier, which checks a bag (ours or another system's) against
RFC 8493 and reports every problem, not just the first (``verify`` and the
checks it runs in stages: ``tag_files``, ``manifests``, ``completeness``; the
records in ``verdict``), and audits of the whole archive with their
append-only log and schedules (``audit``). It only reads bags. It may import
the foundation and ``archive.preservation`` (roots, the catalog, hashing,
provenance agents); never description or search, so that an audit needs
nothing but the bags.
"""
