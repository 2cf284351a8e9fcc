"""Reading news feeds (feedparser) and other XML (expat): fields, encodings and hostile input.

Every feed here is written by the test; the feeds are read by the real
feedparser through :func:`archive.description.feed_reading.read_feed`.
"""

from __future__ import annotations

import time
import tracemalloc

import pytest

from archive.description.extract import extract
from archive.description.feed_reading import read_feed
from archive.preservation.encoding import detect_encoding

RSS091 = b"""<?xml version="1.0"?><rss version="0.91"><channel><title>Old bay news</title>
<link>https://old.example/</link><description>d</description><language>en</language>
<item><title>Pier reopens</title><link>https://old.example/pier</link>
<description>The pier reopened on Saturday after repairs.</description></item></channel></rss>"""

ATOM_HTML = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de"><title>Hafenblatt</title><id>urn:f</id>
<updated>2017-03-01T12:00:00+01:00</updated>
<entry><id>urn:e:1</id><title type="html">Neue Fähre &amp;amp; alte Route</title>
<author><name>Jana Roth</name></author><category term="Verkehr"/>
<published>2017-03-01T12:00:00+01:00</published><link href="https://hafen.example/1"/>
<summary>Kurz: eine neue Fähre.</summary>
<content type="html">&lt;nav&gt;Start | Politik&lt;/nav&gt;&lt;p&gt;Die neue Fähre fährt ab Montag zweimal täglich nach Ostervale.&lt;/p&gt;&lt;script&gt;track()&lt;/script&gt;</content>
</entry></feed>""".encode()


def _rss(items: str, encoding: str = "utf-8", doctype: str = "") -> str:
    return (f'<?xml version="1.0" encoding="{encoding}"?>{doctype}<rss version="2.0"><channel>'
            f"<title>Бухта</title><link>https://b.example/</link><description>x</description>{items}"
            "</channel></rss>")


def test_rss_091_item():
    reading = read_feed(RSS091)
    [entry] = reading.entries
    assert reading.title == "Old bay news" and reading.format == "rss091u"
    assert (entry.key, entry.key_kind, entry.title) == ("https://old.example/pier", "link", "Pier reopens")
    assert entry.text == "The pier reopened on Saturday after repairs."
    assert entry.published is None and entry.language == "en"


def test_atom_entry_every_field_and_its_html_cleaned():
    reading = read_feed(ATOM_HTML)
    [entry] = reading.entries
    assert reading.format == "atom10" and reading.title == "Hafenblatt"
    assert (entry.key, entry.key_kind) == ("urn:e:1", "guid")
    assert entry.authors == ["Jana Roth"] and entry.categories == ["Verkehr"]
    assert entry.published_iso == "2017-03-01T11:00:00Z" and entry.date_field == "published"
    assert "zweimal täglich" in entry.text
    assert "Start | Politik" not in entry.text and "track()" not in entry.text
    assert entry.summary == "Kurz: eine neue Fähre."
    assert entry.title == "Neue Fähre & alte Route"


def test_a_recorded_windows_1251_encoding_is_honoured():
    data = _rss("<item><guid>g1</guid><title>Шторм в бухте</title><description>Паром отменён.</description>"
                "</item>", "windows-1251").encode("cp1251")
    reading = read_feed(data, detect_encoding(data, html=True).encoding)
    assert reading.title == "Бухта" and reading.entries[0].title == "Шторм в бухте"


def test_a_utf16_feed_is_read():
    data = _rss("<item><guid>g1</guid><title>Шторм</title></item>", "utf-16").encode("utf-16")
    assert read_feed(data, "utf-16").entries[0].title == "Шторм"


def test_repeated_keys_are_made_unique_and_reported():
    items = "".join(f"<item><guid>same</guid><title>T{n}</title></item>" for n in range(3))
    reading = read_feed(_rss(items).encode())
    assert [e.key for e in reading.entries] == ["same", "same#2", "same#3"]
    assert sum("repeats the guid" in p for p in reading.problems) == 2


def test_content_digest_follows_the_item_and_its_text():
    one = read_feed(_rss("<item><guid>g</guid><title>T</title><description>A b c.</description></item>").encode())
    again = read_feed(_rss("<item><guid>g</guid><title>T</title><description>A  b c.</description></item>"
                           "<item><guid>h</guid><title>U</title></item>").encode())
    changed = read_feed(_rss("<item><guid>g</guid><title>T</title><description>A b d.</description></item>").encode())
    assert one.entries[0].content_digest == again.entries[0].content_digest
    assert one.entries[0].content_digest != changed.entries[0].content_digest


def test_entity_expansion_bomb_is_not_expanded():
    levels = ['<!ENTITY a0 "' + "x" * 50 + '">'] + [
        f'<!ENTITY a{n} "' + f"&a{n - 1};" * 10 + '">' for n in range(1, 10)]
    doctype = "<!DOCTYPE rss [" + "".join(levels) + "]>"
    data = _rss("<item><guid>g</guid><title>Boom &a9;</title></item>", doctype=doctype).encode()
    tracemalloc.start()
    started = time.perf_counter()
    reading = read_feed(data)
    seconds = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert seconds < 2 and peak < 20_000_000
    assert any("declares entities" in p for p in reading.problems)
    assert all(len(e.title) < 1000 for e in reading.entries)


def test_an_external_entity_is_never_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-LINE", encoding="utf-8")
    doctype = f'<!DOCTYPE rss [<!ENTITY x SYSTEM "file://{secret}">]>'
    reading = read_feed(_rss("<item><guid>g</guid><title>t &x;</title><description>&x;</description></item>",
                             doctype=doctype).encode())
    assert all("TOP-SECRET" not in (e.title + e.text) for e in reading.entries)


def test_a_malformed_feed_gives_what_can_be_read_and_says_why():
    data = _rss("<item><guid>a</guid><title>First</title></item><item><guid>b</guid><title>Second<title></item>"
                ).encode()[:-30]
    reading = read_feed(data)
    assert [e.title for e in reading.entries][:1] == ["First"]
    assert any("not well-formed" in p for p in reading.problems)


def test_fifty_thousand_items_in_bounded_time():
    items = "".join(f"<item><guid>urn:{n}</guid><title>Item {n}</title><description>Text {n}.</description></item>"
                    for n in range(50_000))
    started = time.perf_counter()
    reading = read_feed(_rss(items).encode())
    assert len(reading.entries) == 50_000 and len({e.key for e in reading.entries}) == 50_000
    assert time.perf_counter() - started < 120


# --- other XML -------------------------------------------------------------------------------


def test_xml_text_title_and_paragraphs():
    out = extract(b'<?xml version="1.0"?><nitf><head><title>Tide warning</title></head><body>'
                  b"<p>High tides are expected.</p><p>Stay off the sea wall.</p></body></nitf>", "xml", "ascii")
    assert out.title == "Tide warning"
    assert out.text.split("\n\n") == ["Tide warning", "High tides are expected.", "Stay off the sea wall."]


@pytest.mark.parametrize("data, words", [
    (b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaa">]><d><t>x &a;</t></d>', "declares an entity"),
    (b'<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><d>&x;</d>', "declares an entity"),
    (b"<d><t>kept before</t><u>broken</d>", "malformed XML at line 1"),
])
def test_hostile_or_broken_xml_is_reported_and_bounded(data, words):
    out = extract(data, "xml", "ascii")
    assert any(words in w for w in out.warnings)
    assert "root:" not in out.text
