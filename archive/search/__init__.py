"""Search: the index derived from the bags, and every way of reading it.

Owns how words are indexed (``analysis``, ``field_lengths``), the schema and
one item's document (``schema``), writing segments in bulk and merging them
(``segment_writer``, ``postings_writer``, ``segment_merge``), building,
publishing and changing the index (``index_build``, ``index``, ``reindex``,
``index_update``, ``intake`` for ingest-then-index, ``consistency`` for
``archive check``), and reading it: queries, filters, ranking, snippets and
facets (``queries``, ``filters``, ``posting_lists``, ``phrases``, ``ranking``,
``top_hits``, ``searcher_columns``, ``snippets``, ``facets``, ``searching``),
an item's derived document (``documents``), browsing people and dates
(``browse_snapshot``, ``people``, ``timeline``) and OAI-PMH records
(``oai_records``). The index is derived and can always be rebuilt from the
bags. It may import the foundation, ``archive.preservation`` and
``archive.description``; never the CLI or the web.
"""
