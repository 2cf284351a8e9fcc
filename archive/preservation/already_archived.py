"""What an ingest says of bytes that are already archived.

The identifier is derived from the content, so a file whose bag exists is either the same
bytes again ("already archived") or, if the stored digest differs, refused. Kept apart from
the ingest run so that what the archive does with a second arrival (a metadata row that
differs, a purged item) is decided in one place.
"""

from __future__ import annotations

from pathlib import Path

from archive.errors import BagReadError
from archive.preservation.bag_records import IngestRun
from archive.preservation.catalog import bag_sha256, load_item
from archive.preservation.metadata import MetadataRow
from archive.preservation.outcomes import DUPLICATE, REFUSED, Outcome

__all__ = ["existing_outcome"]


def existing_outcome(run: IngestRun, shown: str, final: Path, sha256: str, row: MetadataRow | None) -> Outcome:
    """The outcome for a file whose identifier already has a bag at ``final``.

    The same bytes are "already archived"; different bytes under the same identifier (a
    SHA-256 prefix collision, or a damaged bag) are refused, naming the stored digest.
    """
    try:
        stored = bag_sha256(final)
        title = load_item(final).title
    except BagReadError as exc:
        return Outcome(shown, REFUSED, final.name, reason=f"its identifier's bag cannot be read: {exc}")
    if stored != sha256:
        return Outcome(shown, REFUSED, final.name,
                       reason=f"identifier {final.name} already names different content (sha256 {stored})")
    return Outcome(shown, DUPLICATE, final.name, title)
