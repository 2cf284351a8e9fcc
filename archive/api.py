"""The read API: everything the web site (or any other reader) may use of the archive.

The web site must never write: not a bag, not the index, not a log. Rather
than trusting every view to pick only reading functions from the library,
``web/`` imports from this module alone (``tests/test_layout.py`` checks it),
and nothing here writes. Decisions:

* **Names, not modules.** Each name is re-exported from the module that owns
  it, so the library can move code between its modules without the web
  noticing; a name the web needs is added here, on purpose, with a thought
  about whether it only reads.
* **Grouped by the data's way:** the root and its errors, items (the bags, as
  the catalog reads them), the derived document of an item, search, browsing
  people and dates, OAI-PMH records, and the audit log.
"""

from archive import __version__
from archive.description.name_keys import name_key
from archive.description.places import place_key
from archive.errors import ArchiveError, IndexUnavailable, ItemNotFound
from archive.fixity.audit import FIXITY_CHECK, log_path
from archive.preservation.catalog import Item, get_item
from archive.preservation.root import ArchiveRoot, open_root
from archive.search import oai_deleted, oai_records
from archive.search.analysis import folding_analyzer
from archive.search.browse_snapshot import ARTICLES_PER_PAGE, MAX_LIMIT as BROWSE_MAX_LIMIT, MAX_PAGE as BROWSE_MAX_PAGE
from archive.description.parts import is_record_id, split_record_id
from archive.search.documents import entry_versions, file_articles, get_document, stored_values
from archive.search.oai_records import Header, Record
from archive.search.people import PEOPLE_PER_PAGE, PEOPLE_SORTS, PersonProfile, people, person_profile
from archive.search.queries import MAX_QUERY_CHARS, check_query, read_query
from archive.search.searching import MAX_LIMIT, MAX_PAGE, SearchResult, search
from archive.search.snippets import MARK_CLOSE, MARK_OPEN
from archive.search.timeline import Timeline, timeline
from archive.search.tombstones import tombstone

__all__ = [
    "__version__",
    # the root
    "ArchiveError", "ArchiveRoot", "IndexUnavailable", "ItemNotFound", "open_root",
    # items and their derived documents
    "Item", "get_item", "get_document", "stored_values", "name_key", "place_key",
    "entry_versions", "file_articles", "is_record_id", "split_record_id",
    # withdrawn items: the facts of their tombstones (read from their bags)
    "tombstone",
    # search
    "MARK_CLOSE", "MARK_OPEN", "MAX_LIMIT", "MAX_PAGE", "MAX_QUERY_CHARS", "SearchResult", "check_query", "read_query",
    "folding_analyzer", "search",
    # people and dates
    "ARTICLES_PER_PAGE", "BROWSE_MAX_LIMIT", "BROWSE_MAX_PAGE", "PEOPLE_PER_PAGE", "PEOPLE_SORTS",
    "PersonProfile", "Timeline", "people", "person_profile", "timeline",
    # OAI-PMH and audits
    "Header", "Record", "oai_records", "oai_deleted", "FIXITY_CHECK", "log_path",
]
