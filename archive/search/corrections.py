"""Person corrections as the archivist makes them: checked against the articles, recorded, live at once.

The authority's store (:mod:`archive.description.authority`) records a
correction whatever it names; this module is what ``archive persons alias``,
``split`` and ``undo`` call, one function each, so that the command line stays
thin. Decisions:

* **A name no article contains is refused** (unless ``force``): an alias of a
  misspelling that appears nowhere would be recorded, reindexed and do
  nothing, and the archivist would believe the people merged. The index
  answers whether any article names a person with that name's key (the full
  key, or its surname).
* **Every correction can be taken back** with ``undo N``, itself a logged
  event: nothing in the authority's log is ever erased.
* **Live at once.** After recording, the index is rebuilt (a correction
  changes the people of every article naming them); the report says how many
  items were indexed.
"""

from __future__ import annotations

from archive.description.authority import Authority, alias, load_authority, split, undo
from archive.description.name_keys import name_key
from archive.errors import ArchiveError, UsageError
from archive.preservation.root import ArchiveRoot
from archive.search.analysis import folding_analyzer
from archive.search.index import open_index
from archive.search.reindex import ReindexReport, reindex

__all__ = ["correct_alias", "correct_split", "correct_undo"]


def correct_alias(root: ArchiveRoot, source: str, target: str, *, force: bool = False, note: str | None = None,
                  operator: str | None = None) -> tuple[dict, ReindexReport]:
    """Record that ``source`` is the same person as ``target``; then reindex."""
    if not force:
        _named_somewhere(root, [source])   # the target may be a standard form no article writes
    event = alias(root, source, target, note=note, operator=operator)
    return event, _live(root)


def correct_split(root: ArchiveRoot, spellings: list[str], *, force: bool = False, note: str | None = None,
                  operator: str | None = None) -> tuple[dict, ReindexReport]:
    """Record that these spellings are a person of their own; then reindex."""
    if not force:
        _named_somewhere(root, spellings)
    event = split(root, spellings, note=note, operator=operator)
    return event, _live(root)


def correct_undo(root: ArchiveRoot, number: int, *, note: str | None = None,
                 operator: str | None = None) -> tuple[dict, ReindexReport]:
    """Record that correction ``number`` no longer holds; then reindex."""
    event = undo(root, number, note=note, operator=operator)
    return event, _live(root)


def _live(root: ArchiveRoot) -> ReindexReport:
    """Rebuild the index so the correction shows; if that fails, say that it is recorded all the same."""
    try:
        return reindex(root)
    except ArchiveError as exc:
        exc.details.append("the correction itself is recorded: it takes effect at the next `archive reindex`")
        raise


def _named_somewhere(root: ArchiveRoot, names: list[str]) -> None:
    """Refuse, naming them all, the names no article of the index contains."""
    try:
        ix = open_index(root)
    except ArchiveError as exc:
        raise UsageError(f"cannot check the names against the articles ({exc}); use --force to record anyway") from exc
    authority = load_authority(root)
    with ix.searcher() as searcher:
        reader = searcher.reader()
        missing = [name for name in names if not _in_index(reader, name, authority)]
    if missing:
        raise UsageError("no article names " + ", ".join(repr(n) for n in missing)
                         + "; check the spelling (archive persons lists them), or use --force")


def _in_index(reader, name: str, authority: Authority) -> bool:
    """A person key of the index, a key an earlier correction named, or words an article
    contains (a lone given name grouped under a full name, "Mukhtar", has no key of its own)."""
    key = name_key(name)
    if not key:
        return False
    candidates = {key, key.split()[-1], authority.resolve(key), authority.resolve(key).split()[-1]}
    if any(("person", candidate) in reader for candidate in candidates if candidate):
        return True
    if key in authority.aliases or key in authority.aliases.values():
        return True
    words = [token.text for token in folding_analyzer()(name)]
    return bool(words) and all(("text", word) in reader for word in words)
