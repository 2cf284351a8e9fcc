"""What an ingest says of bytes that are already archived.

The identifier is derived from the content, so a file whose bag exists is either the same
bytes again ("already archived") or, if the stored digest differs, refused. Kept apart from
the ingest run so that what the archive does with a second arrival (a metadata row that
differs, a purged item) is decided in one place. Decisions:

* **A differing row is never dropped in silence.** When the sheet's row for the file asserts
  values that differ from the item's current record, the line says which fields differ (old
  and new values) and that ``archive ingest --amend`` applies them. A row compares by the
  fields it gives values for: a field it is silent on (a blank cell, a column it lacks) is
  left as it is, since a blank cell says nothing (``archive amend ID FIELD=`` removes a field).
* **--amend applies the row as an amendment, in the main process.** The worker that read the
  bytes only hands back a :class:`SheetAmendment`; the ingest's main process, which holds
  the archive's lock, commits it (:meth:`SheetAmendment.commit`) against the bag as it is by
  then, through the same code as ``archive amend``
  (:func:`archive.preservation.descriptive_versions.write_amendment`), with the sheet and
  its line as the reason. Its outcome is an :class:`AmendedOutcome` ("already archived",
  the amendment named), which the search layer indexes as it indexes a new bag.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from archive.errors import BagReadError
from archive.preservation.bag_records import IngestRun
from archive.preservation.catalog import Item, bag_sha256, load_item
from archive.preservation.descriptive_versions import differences, item_problems, shown, write_amendment
from archive.preservation.metadata import MetadataRow
from archive.preservation.outcomes import DUPLICATE, REFUSED, Outcome
from archive.preservation.readmission import Readmission, withdrawn_outcome
from archive.preservation.root import ArchiveRoot

__all__ = ["AmendedOutcome", "SheetAmendment", "existing_outcome", "sheet_differences"]


def existing_outcome(run: IngestRun, shown_path: str, final: Path, sha256: str, row: MetadataRow | None,
                     data: bytes | None = None) -> Outcome | Readmission | SheetAmendment:
    """The outcome for a file whose identifier already has a bag at ``final``.

    The same bytes are "already archived"; different bytes under the same identifier (a
    SHA-256 prefix collision, or a damaged bag) are refused, naming the stored digest.
    """
    try:
        stored = bag_sha256(final)
        item = load_item(final)
    except BagReadError as exc:
        return Outcome(shown_path, REFUSED, final.name, reason=f"its identifier's bag cannot be read: {exc}")
    withdrawn = withdrawn_outcome(run, shown_path, final, sha256, data)   # purged, or withdrawn: readmission's rules
    if withdrawn is not None:
        return withdrawn
    if stored != sha256:
        return Outcome(shown_path, REFUSED, final.name,
                       reason=f"identifier {final.name} already names different content (sha256 {stored})")
    if row is not None and sheet_differences(item, row):
        if run.amend:
            return SheetAmendment(run, shown_path, final, row)
        return Outcome(shown_path, DUPLICATE, final.name, item.title, reason=_differs_note(item, row))
    return Outcome(shown_path, DUPLICATE, final.name, item.title)


def sheet_differences(item: Item, row: MetadataRow) -> dict[str, tuple[list[str], list[str]]]:
    """The fields the row gives values for that differ from the item's record: field -> (now, row's)."""
    return differences({name: item.metadata.get(name) or [] for name in row.values}, row.values)


def _where(row: MetadataRow) -> str:
    return f"{row.csv_path.name} line {row.line}"


def _differs_note(item: Item, row: MetadataRow) -> str:
    fields = "; ".join(f"{name} {shown(now)} -> {shown(new)}" for name, (now, new) in sheet_differences(item, row).items())
    return (f"its row in {_where(row)} differs from the archived record ({fields}); not applied: "
            "`archive ingest --amend` applies it as an amendment")


@dataclass
class AmendedOutcome(Outcome):
    """Bytes already archived whose record this run amended from the sheet: the index must follow."""

    amendment: dict | None = None

    def as_dict(self) -> dict:
        return {**super().as_dict(), "amendment": self.amendment}


@dataclass
class SheetAmendment:
    """A differing row of bytes already archived, to be applied by the ingest's main process."""

    run: IngestRun
    path: str                 #: the file as the ingest shows it
    bag: Path
    row: MetadataRow

    def commit(self, root: ArchiveRoot) -> Outcome:
        """Apply the row as an amendment to the bag as it is now (the caller holds the ingest lock)."""
        try:
            item = load_item(self.bag)
        except BagReadError as exc:
            return Outcome(self.path, REFUSED, self.bag.name, reason=f"its identifier's bag cannot be read: {exc}")
        if not sheet_differences(item, self.row):      # an earlier file of this run applied the same row
            return Outcome(self.path, DUPLICATE, item.id, item.title)
        problems = item_problems(item)
        if problems:
            return Outcome(self.path, REFUSED, item.id, item.title,
                           reason=f"its row in {_where(self.row)} cannot be applied: {'; '.join(problems)}")
        source = {"file": str(self.row.csv_path), "sha256": self.row.csv_sha256, "line": self.row.line,
                  "run": self.run.run_id}
        done = write_amendment(root, item, dict(self.row.values), _where(self.row), self.run.operator,
                               self.run.software["archive"], self.run.organization, source)
        return AmendedOutcome(self.path, DUPLICATE, item.id, done.title, kind=item.kind,
                              reason=f"amended from {_where(self.row)} (version {done.version}): "
                                     + "; ".join(done.change_lines()),
                              amendment=done.as_dict())
