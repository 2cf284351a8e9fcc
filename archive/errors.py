"""One exception tree for the whole archive.

Every error the library raises on purpose is an ``ArchiveError``. The CLI turns
them into a message and an exit code; the web front end into an HTTP status.
Errors that can have several causes carry all of them in ``details`` (as
bagit-python's ``BagValidationError.details`` does), so a person fixes a file
once instead of once per complaint.
"""

from __future__ import annotations


class ArchiveError(Exception):
    """Base of every error the archive raises on purpose."""

    #: exit status the CLI uses for this kind of error
    exit_code = 1

    def __init__(self, message: str, details: list[str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.details: list[str] = list(details or [])

    def __str__(self) -> str:
        if not self.details:
            return self.message
        return self.message + "\n" + "\n".join(f"  - {d}" for d in self.details)


class UsageError(ArchiveError):
    """What was asked cannot be done as asked: a malformed query, a bad date, page or limit, a path
    that does not exist, a duration that cannot be read. Exit status 2 on the command line (the
    request was wrong, not the archive), 400 on the web site."""

    exit_code = 2


class NotAnArchiveRoot(ArchiveError):
    """The directory given (or the current one) holds no archive configuration."""

    exit_code = 2


class ConfigError(ArchiveError):
    """The archive's configuration file is unreadable or has invalid values."""

    exit_code = 2


class RootExists(ArchiveError):
    """``archive init`` was pointed at a directory that is already a root."""


class MetadataError(ArchiveError):
    """A metadata.csv (or ``--metadata`` file) is malformed; ``details`` lists every problem."""


class ItemNotFound(UsageError):
    """No bag has the identifier asked for (or a prefix matched several): exit status 2, 404 on the web."""


class BagReadError(ArchiveError):
    """A bag in the store cannot be read (missing or corrupt tag files)."""


class IndexUnavailable(ArchiveError):
    """There is no search index to read (yet); ``archive reindex`` builds one from the bags."""


class IndexUnreadable(IndexUnavailable):
    """The live index cannot be opened by this version (e.g. its stored schema names a class
    that no longer exists). The index is derived: ``archive reindex`` rebuilds it from the bags."""


class StoreUnwritable(ArchiveError):
    """Something of the archive cannot be written (a full disk, no inodes left, a read-only
    filesystem, permissions). Raised with what was being written and what state it was left
    in: nothing already archived is changed, and running the command again once the problem is
    fixed finishes the work."""


class WithdrawalRefused(UsageError):
    """``archive withdraw`` cannot do what was asked: an unknown id, an empty reason, an item
    already withdrawn (without ``--purge``) or already purged. ``details`` names every problem;
    nothing was changed. Exit status 2, like every request that was wrong rather than the archive."""


class AmendmentRefused(UsageError):
    """``archive amend`` cannot do what was asked: an unknown id or field, a value the archive
    would refuse in a metadata.csv (a date it cannot read, an unknown access right), an empty
    reason, nothing that would change, a purged item. ``details`` names every problem; nothing
    was changed. Exit status 2, like every request that was wrong rather than the archive."""


class ExportRefused(UsageError):
    """``archive export`` cannot do what was asked: an unknown id, a restricted or withdrawn item
    without ``--include-restricted``, a purged item (never exported), a target folder that
    already holds the bag, or one that is not a writable folder. ``details`` names every
    problem; nothing was written. Exit status 2."""


class ExportFailed(ArchiveError):
    """An export stopped while writing or verifying a bag (a full disk, a read-only target, a
    bag that did not verify from what was written). Nothing partial is left: the bags exported
    before it are complete and verified, and ``details`` says which."""
