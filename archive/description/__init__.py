"""Description: what is derived from a bag, by reading it, for people and for the index.

Owns text extraction, one module per format (``extract`` dispatches to
``plain_text``, ``html_text``, ``pdf_text``, ``docx_text``, which share
``extracted``, ``clean_text`` and ``article_head``), dates (``edtf`` values,
``date_parsing`` of written dates, ``dates`` found in articles), people
(``name_keys`` across transliterations, ``name_words``, ``person_finding``,
``names``), places (``places``), the person authority's corrections
(``authority``, an append-only file beside the bags) and ``derive``, which
puts them together into one item's derived record. Everything here is a pure
function of a bag (and the authority's records): it may import the
foundation and ``archive.preservation``, never the search index, which is
built from what this package derives.
"""
