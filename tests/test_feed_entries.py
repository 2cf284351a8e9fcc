"""Feeds and other XML read as articles: archive.description.feed_entries and xml_text.

Every feed here is written by the test itself, in each dialect the archive
meets (RSS 0.91, 2.0, 1.0/RDF, Atom 1.0), in legacy and UTF-16 encodings, and
in the shapes that attack or break a reader: entity bombs, external
entities, 50,000 items, 20 MB, unclosed tags and bad bytes.
"""

from __future__ import annotations

import json
import random
import socket
import subprocess
import sys
import textwrap
import time
import tracemalloc
from dataclasses import asdict
from pathlib import Path

import pytest

from archive.description import feed_entries
from archive.preservation.sniff import feed_root
from archive.description.feed_entries import MAX_ENTRIES, FeedEntry, content_digest, read_feed
from archive.description.xml_text import declared_entity, xml_text

REPO = Path(__file__).resolve().parent.parent


def _entry(**fields) -> dict:
    """An expected entry as a dict, its digest computed from its title, text and link."""
    defaults = dict(guid=None, link=None, authors=[], categories=[], published=None, published_iso=None,
                    date_field=None, summary="", text="", language=None)
    entry = {**defaults, **fields}
    entry["content_digest"] = content_digest(entry["title"], entry["text"], entry["link"])
    return asdict(FeedEntry(**entry))


def _entries(reading) -> list[dict]:
    return [asdict(entry) for entry in reading.entries]


def _rss(items: str, *, head: str = "", channel: str = "<title>Wire</title>") -> bytes:
    return (f'<?xml version="1.0" encoding="utf-8"?>{head}<rss version="2.0" '
            f'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
            f'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>{channel}{items}'
            f'</channel></rss>').encode("utf-8")


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a connection fails the test."""
    def refuse(*_arguments, **_keywords):
        raise AssertionError("the feed reader tried to use the network")
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


# --------------------------------------------------------------------------- dialects

RSS_091 = textwrap.dedent("""\
    <?xml version="1.0" encoding="ISO-8859-1"?>
    <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"
      "http://my.netscape.com/publish/formats/rss-0.91.dtd">
    <rss version="0.91">
    <channel>
      <title>Evening Courier</title>
      <link>http://courier.example/</link>
      <description>News from the valley &amp; the hills</description>
      <language>en-gb</language>
      <item>
        <title>Bridge reopens after flood</title>
        <link>http://courier.example/1998/bridge.html</link>
        <description>The old bridge at Millford reopened on Tuesday, caf\xe9 owners cheered.</description>
      </item>
    </channel>
    </rss>
    """).encode("latin-1")


def test_rss_091(no_network):
    reading = read_feed(RSS_091, "iso-8859-1")
    assert reading.problems == []
    assert reading.format == "rss091n"     # the Netscape DOCTYPE names the dialect; it is not fetched
    assert (reading.title, reading.link, reading.language) == \
        ("Evening Courier", "http://courier.example/", "en-gb")
    assert reading.description == "News from the valley & the hills"
    text = "The old bridge at Millford reopened on Tuesday, café owners cheered."
    assert _entries(reading) == [_entry(
        position=0, key="http://courier.example/1998/bridge.html", key_kind="link",
        link="http://courier.example/1998/bridge.html", title="Bridge reopens after flood",
        summary=text, text=text, language="en-gb")]
    plain = RSS_091.replace(b'<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"\n'
                            b'  "http://my.netscape.com/publish/formats/rss-0.91.dtd">\n', b"")
    assert read_feed(plain, "iso-8859-1").format == "rss091u"


RSS_20_ITEMS = """
<item>
  <title>Parliament passes budget</title>
  <link>https://wire.example/2016/05/budget</link>
  <guid isPermaLink="false">wire-2016-0501</guid>
  <author>desk@wire.example (Asel Nurlanova)</author>
  <category>Politics</category><category domain="https://wire.example/tags">Economy</category>
  <pubDate>Tue, 03 May 2016 13:00:00 +0300</pubDate>
  <description>The budget passed by 61 votes to 40.</description>
  <content:encoded><![CDATA[<p>The budget passed by 61 votes to 40.</p>
    <p>Opposition deputies walked out before the vote.</p>]]></content:encoded>
</item>
<item>
  <title>Storm closes the airport</title>
  <link>https://wire.example/2016/05/storm</link>
  <dc:creator>Ivan Petrov</dc:creator>
  <pubDate>Wed, 04 May 2016 08:30:00 GMT</pubDate>
  <description>Flights resumed in the evening.</description>
</item>
<item>
  <title>Weather &amp; traffic</title>
  <description>Clear skies.</description>
</item>
<item>
  <title>Storm closes the airport (updated)</title>
  <link>https://wire.example/2016/05/storm</link>
</item>
"""


def test_rss_20_keys_fields_and_repeats():
    reading = read_feed(_rss(RSS_20_ITEMS, channel="<title>Wire</title><link>https://wire.example/</link>"
                                                  "<description>Wire news</description><language>en</language>"),
                        "utf-8")
    assert (reading.format, reading.title, reading.link, reading.description, reading.language) == \
        ("rss20", "Wire", "https://wire.example/", "Wire news", "en")
    assert _entries(reading) == [
        _entry(position=0, key="wire-2016-0501", key_kind="guid", guid="wire-2016-0501",
               link="https://wire.example/2016/05/budget", title="Parliament passes budget",
               authors=["Asel Nurlanova"], categories=["Politics", "Economy"],
               published="Tue, 03 May 2016 13:00:00 +0300", published_iso="2016-05-03T10:00:00Z",
               date_field="published", summary="The budget passed by 61 votes to 40.",
               text="The budget passed by 61 votes to 40.\n\nOpposition deputies walked out before the vote.",
               language="en"),
        _entry(position=1, key="https://wire.example/2016/05/storm", key_kind="link",
               link="https://wire.example/2016/05/storm", title="Storm closes the airport",
               authors=["Ivan Petrov"], published="Wed, 04 May 2016 08:30:00 GMT",
               published_iso="2016-05-04T08:30:00Z", date_field="published",
               summary="Flights resumed in the evening.", text="Flights resumed in the evening.",
               language="en"),
        _entry(position=2, key="position-2", key_kind="position", title="Weather & traffic",
               summary="Clear skies.", text="Clear skies.", language="en"),
        _entry(position=3, key="https://wire.example/2016/05/storm#2", key_kind="link",
               link="https://wire.example/2016/05/storm", title="Storm closes the airport (updated)",
               language="en"),
    ]
    assert reading.problems == ["item 3 repeats the link 'https://wire.example/2016/05/storm' of item 1; "
                                "its key is https://wire.example/2016/05/storm#2"]


def test_many_repeated_keys_are_counted_not_listed():
    items = "".join(f"<item><guid>same</guid><title>Copy {n}</title></item>" for n in range(30))
    reading = read_feed(_rss(items), "utf-8")
    keys = [entry.key for entry in reading.entries]
    assert keys == ["same"] + [f"same#{n}" for n in range(2, 31)]
    assert len(reading.problems) == feed_entries.REPORTED_REPEATS + 1
    assert reading.problems[-1].startswith(f"{29 - feed_entries.REPORTED_REPEATS} further items")


RSS_10 = b"""<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://zeitung.example/rss">
    <title>Zeitung</title><link>https://zeitung.example/</link>
    <description>Nachrichten</description><dc:language>de</dc:language>
    <items><rdf:Seq><rdf:li rdf:resource="https://zeitung.example/a/1"/></rdf:Seq></items>
  </channel>
  <item rdf:about="https://zeitung.example/a/1">
    <title>Neue Br\xc3\xbccke</title>
    <link>https://zeitung.example/a/1</link>
    <description>Die Br\xc3\xbccke ist fertig.</description>
    <dc:creator>Max Muster</dc:creator>
    <dc:subject>Verkehr</dc:subject>
    <dc:date>2016-05-03T12:00:00+02:00</dc:date>
  </item>
</rdf:RDF>
"""


def test_rss_10_rdf():
    reading = read_feed(RSS_10, "utf-8")
    assert reading.problems == []
    assert (reading.format, reading.title, reading.link, reading.description, reading.language) == \
        ("rss10", "Zeitung", "https://zeitung.example/", "Nachrichten", "de")
    # RSS 1.0 has only dc:date, which feedparser files as the item's update date
    assert _entries(reading) == [_entry(
        position=0, key="https://zeitung.example/a/1", key_kind="guid", guid="https://zeitung.example/a/1",
        link="https://zeitung.example/a/1", title="Neue Brücke", authors=["Max Muster"],
        categories=["Verkehr"], published="2016-05-03T12:00:00+02:00", published_iso="2016-05-03T10:00:00Z",
        date_field="updated", summary="Die Brücke ist fertig.", text="Die Brücke ist fertig.", language="de")]


ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
  <title type="html">Le Journal &amp;amp; Co</title>
  <subtitle>Les nouvelles</subtitle>
  <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
  <link href="https://journal.example/"/>
  <updated>2016-05-04T10:00:00Z</updated>
  <entry>
    <title>Gr\xc3\xa8ve des transports</title>
    <id>tag:journal.example,2016:greve</id>
    <link rel="alternate" href="https://journal.example/greve"/>
    <published>2016-05-03T10:00:00+02:00</published>
    <updated>2016-05-04T09:00:00Z</updated>
    <author><name>Claire Dubois</name><email>claire@journal.example</email></author>
    <category term="social" label="Soci\xc3\xa9t\xc3\xa9"/>
    <summary>Les trains restent au d\xc3\xa9p\xc3\xb4t.</summary>
    <content type="html">&lt;p&gt;Les trains restent au &lt;b&gt;d\xc3\xa9p\xc3\xb4t&lt;/b&gt;.&lt;/p&gt;
      &lt;p&gt;La gr\xc3\xa8ve continue demain.&lt;/p&gt;</content>
  </entry>
  <entry xml:lang="en">
    <title>Only updated</title>
    <id>urn:journal:2</id>
    <updated>2016-05-04T11:30:00Z</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>First.</p><p>Second.</p></div></content>
  </entry>
</feed>
"""


def test_atom_10_with_html_content():
    reading = read_feed(ATOM, "utf-8")
    assert reading.problems == []
    assert (reading.format, reading.title, reading.link, reading.description, reading.language) == \
        ("atom10", "Le Journal & Co", "https://journal.example/", "Les nouvelles", "fr")
    assert _entries(reading) == [
        _entry(position=0, key="tag:journal.example,2016:greve", key_kind="guid",
               guid="tag:journal.example,2016:greve", link="https://journal.example/greve",
               title="Grève des transports", authors=["Claire Dubois"], categories=["Société"],
               published="2016-05-03T10:00:00+02:00", published_iso="2016-05-03T08:00:00Z",
               date_field="published", summary="Les trains restent au dépôt.",
               text="Les trains restent au dépôt.\n\nLa grève continue demain.", language="fr"),
        # an entry without a link is not given its urn: id as one
        _entry(position=1, key="urn:journal:2", key_kind="guid", guid="urn:journal:2", title="Only updated",
               published="2016-05-04T11:30:00Z", published_iso="2016-05-04T11:30:00Z", date_field="updated",
               summary="First.\n\nSecond.", text="First.\n\nSecond.", language="en"),
    ]


# --------------------------------------------------------------------------- encodings

CYRILLIC_FEED = """<?xml version="1.0" encoding="{declared}"?>
<rss version="2.0"><channel><title>Новости Алматы</title><language>ru</language>
<item><guid>kz-1</guid><title>Снег в горах</title>
<description>В горах выпал первый снег.</description></item>
</channel></rss>"""


def test_windows_1251_feed_declared_and_recorded():
    data = CYRILLIC_FEED.format(declared="windows-1251").encode("cp1251")
    recorded = read_feed(data, "windows-1251")
    assert recorded.problems == []
    assert recorded.title == "Новости Алматы"
    assert [(e.title, e.text) for e in recorded.entries] == [("Снег в горах", "В горах выпал первый снег.")]
    detected = read_feed(data)          # nothing recorded: detected again, and said so
    assert [asdict(e) for e in detected.entries] == [asdict(e) for e in recorded.entries]
    assert detected.problems and detected.problems[0].startswith("no encoding recorded; detected")


def test_recorded_encoding_wins_over_the_declaration():
    data = CYRILLIC_FEED.format(declared="koi8-r").encode("cp1251")     # the declaration lies
    reading = read_feed(data, "windows-1251")
    assert reading.problems == []
    assert reading.entries[0].title == "Снег в горах"


@pytest.mark.parametrize("codec, recorded", [("utf-16", "utf-16"), ("utf-16-le", None), ("utf-16-be", "utf-16-be")])
def test_utf16_feed(codec, recorded):
    data = CYRILLIC_FEED.format(declared="utf-16").encode(codec)
    assert _is_feed(data)
    reading = read_feed(data, recorded)
    assert reading.format == "rss20"
    assert [(e.key, e.title, e.text, e.language) for e in reading.entries] == \
        [("kz-1", "Снег в горах", "В горах выпал первый снег.", "ru")]
    assert not [p for p in reading.problems if "malformed" in p]


def test_cdata_html_with_script_and_navigation():
    item = """<item><guid>g</guid><title>Markets</title><description><![CDATA[
        <nav class="menu"><a href="/">Home</a> | <a href="/world">World</a></nav>
        <script>track("item")</script><style>p { color: red }</style>
        <header><h2>Markets close higher</h2></header>
        <p>Stocks rose for a <em>third</em> day.<br>Oil fell.</p>
        <div class="share-links"><a href="#">Share on Facebook</a></div>
        <p>Bonds were flat.</p><p>Share this article</p>
        <!-- advert slot -->
    ]]></description></item>"""
    entry = read_feed(_rss(item), "utf-8").entries[0]
    assert entry.text == "Markets close higher\n\nStocks rose for a third day.\nOil fell.\n\nBonds were flat."
    assert entry.summary == entry.text
    assert "track" not in entry.text and "color" not in entry.text


# --------------------------------------------------------------------------- digests

def test_content_digest_is_stable_across_fetches_and_changes_with_the_text():
    first = _rss("""<item><guid>a1</guid><title>Dam  finished</title><link>https://x.example/a1</link>
        <description>&lt;p&gt;The dam is finished.&lt;/p&gt;&lt;p&gt;It holds the river.&lt;/p&gt;</description>
        </item><item><guid>a2</guid><title>Other</title></item>""", channel="<title>Monday</title>")
    # a later fetch: another channel title, the item moved down and wrapped in CDATA with other spacing
    later = _rss("""<item><guid>a0</guid><title>New</title></item>
        <item><guid>a1</guid><title>Dam finished</title><link>https://x.example/a1</link>
        <description><![CDATA[<p>The dam is
        finished.</p>   <p>It holds the river.</p>]]></description></item>""", channel="<title>Tuesday</title>")
    changed = later.replace(b"holds the river", b"holds back the river")
    one, two, three = (next(e for e in read_feed(d, "utf-8").entries if e.key == "a1")
                       for d in (first, later, changed))
    assert one.content_digest == two.content_digest
    assert three.content_digest != one.content_digest
    assert content_digest("T", "x", None) != content_digest("T", "x", "https://x.example/")


# --------------------------------------------------------------------------- bounds

def _bomb(root: str, one_line: bool) -> bytes:
    """A "billion laughs": ten entities, each ten references to the one before (10^9 'lol's)."""
    declarations = ['<!ENTITY lol "lol">'] + [
        f'<!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">' for n in range(1, 10)]
    subset = "".join(declarations) if one_line else "\n  " + "\n  ".join(declarations) + "\n"
    body = ("<rss version='2.0'><channel><title>t</title><item><title>&lol9;</title></item></channel></rss>"
            if root == "rss" else "<doc><p>&lol9;</p></doc>")
    head = '<?xml version="1.0"?>' + ("" if one_line else "\n")
    return f"{head}<!DOCTYPE {root} [{subset}]>{body}".encode()


@pytest.mark.parametrize("one_line", [True, False])
def test_billion_laughs_is_refused_at_once(one_line):
    for read, data in ((lambda d: read_feed(d, "utf-8"), _bomb("rss", one_line)),
                       (lambda d: xml_text(d, "utf-8"), _bomb("doc", one_line))):
        tracemalloc.start()
        started = time.perf_counter()
        result = read(data)
        elapsed = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        assert elapsed < 1.0 and peak < 5_000_000
        problems = result.problems if hasattr(result, "problems") else result[2]
        assert any("declares an entity 'lol'" in p for p in problems)
        if hasattr(result, "entries"):
            assert result.entries == [] and result.format is None
        else:
            assert result[0] == "" and "lol" not in result[0]


def test_external_entities_are_never_read(tmp_path, no_network):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-PAYLOAD")
    for declaration in (f'<!ENTITY x SYSTEM "file://{secret}">', '<!ENTITY x SYSTEM "http://127.0.0.1:9/x">',
                        '<!ENTITY % p SYSTEM "http://127.0.0.1:9/p.dtd"> %p;'):
        feed = (f'<?xml version="1.0"?><!DOCTYPE rss [{declaration}]><rss version="2.0"><channel>'
                f'<title>t &x;</title><item><title>a &x; b</title><description>&x;</description></item>'
                f'</channel></rss>').encode()
        reading = read_feed(feed, "utf-8")
        assert reading.entries == [] and "TOP-SECRET" not in json.dumps(reading.as_dict())
        assert "entity" in reading.problems[-1]
        document = feed.replace(b"rss", b"doc")
        text, title, problems = xml_text(document, "utf-8")
        assert (text, title) == ("", None) and "TOP-SECRET" not in "".join(problems)
        assert declared_entity(document.decode()) is not None


def test_an_entity_behind_a_damaged_prolog_is_still_refused():
    # expat stops at <!BOGUS before it meets the declaration; the prolog's text is searched instead
    feed = (b'<?xml version="1.0"?><!DOCTYPE rss [<!BOGUS x> <!ENTITY a "&b;&b;">]>'
            b'<rss version="2.0"><channel><title>&a;</title><item><title>i</title></item></channel></rss>')
    reading = read_feed(feed, "utf-8")
    assert reading.entries == []
    assert reading.problems == ["the feed declares an entity (the prolog is not well-formed; '<!ENTITY' found); "
                                "not read, since an entity can expand without bound or read a local file"]


def test_external_dtd_is_not_fetched_and_bytes_never_name_a_file(tmp_path, no_network):
    # a DOCTYPE naming a DTD by URL: read without fetching it (no_network fails the test otherwise)
    feed = _rss("<item><guid>g</guid><title>Fine</title></item>",
                head='<?xml-stylesheet href="http://127.0.0.1:9/s.xsl"?>'
                     '<!DOCTYPE rss SYSTEM "http://127.0.0.1:9/rss.dtd">')
    assert [e.title for e in read_feed(feed, "utf-8").entries] == ["Fine"]
    # feedparser opens a str or bytes that names a file; ours only ever reads the bytes themselves
    path = tmp_path / "feed.xml"
    path.write_bytes(feed)
    named = read_feed(str(path).encode(), "utf-8")
    assert named.entries == [] and named.format is None


def test_malformed_feed_keeps_what_can_be_read():
    broken = (b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Broken \xff feed'
              b'</title><item><guid>1</guid><title>One</title><description>first <b>bold</description></item>'
              b'<item><guid>2</guid><title>Two</title><link>https://x.example/2</link></item></channel>')
    reading = read_feed(broken, "utf-8")
    assert [(e.key, e.title) for e in reading.entries] == [("1", "One"), ("2", "Two")]
    assert reading.entries[0].text == "first bold"
    assert reading.title == "Broken \ufffd feed"
    assert reading.problems[0] == "bytes 80-81 are not valid utf-8 (invalid start byte); replaced with U+FFFD"
    assert reading.problems[1].startswith("malformed XML at line 1, column ")
    assert "forgiving parser" in reading.problems[1]


def test_a_feed_that_breaks_feedparser_gives_a_problem_not_an_exception():
    # feedparser's forgiving parser raises KeyError('links') on an item closed inside its <link>
    reading = read_feed(b"<rss><channel><item><link>https://x.example/a</item>b</link>", "utf-8")
    assert reading.entries == []
    assert reading.problems == ["feedparser failed on the feed (KeyError: 'links'); no items read"]


@pytest.mark.parametrize("seed", range(4))
def test_damaged_feeds_never_raise(seed):
    """Feeds cut, spliced and sprinkled with markup debris: every reader answers, none raises."""
    debris = [b"<", b">", b"&", b"]]>", b"<![CDATA[", b"\xff", b"\x00", b"</item>", b"<item>", b"&lol;",
              b'"', b"<!ENTITY a 'x'>", b"<![CDAT", b"<!--"]
    sources = [RSS_091, RSS_10, ATOM, _rss(RSS_20_ITEMS), NITF.encode(),
               CYRILLIC_FEED.format(declared="utf-16").encode("utf-16")]
    rng = random.Random(seed)
    for _ in range(150):
        data = bytearray(rng.choice(sources))
        for _ in range(rng.randint(1, 6)):
            at, choice = rng.randrange(len(data) + 1), rng.random()
            if choice < 0.3:
                del data[at:at + rng.randint(1, 40)]
            elif choice < 0.7:
                data[at:at] = rng.choice(debris)
            else:
                del data[at:]
        encoding = rng.choice([None, "utf-8", "windows-1251", "utf-16"])
        assert isinstance(read_feed(bytes(data), encoding).problems, list)
        assert isinstance(xml_text(bytes(data), encoding)[2], list)
        _is_feed(bytes(data))


def test_not_a_feed_is_said_so():
    reading = read_feed(b"<html><body><p>Just a page</p></body></html>", "utf-8")
    assert reading.entries == [] and reading.format is None
    assert "no RSS, RDF or Atom feed found in the document" in reading.problems


def test_entry_cap_is_reported(monkeypatch):
    assert MAX_ENTRIES >= 50_000
    monkeypatch.setattr(feed_entries, "MAX_ENTRIES", 3)
    reading = read_feed(_rss("".join(f"<item><guid>{n}</guid></item>" for n in range(5))), "utf-8")
    assert [e.key for e in reading.entries] == ["0", "1", "2"]
    assert reading.problems == ["the feed holds 5 items; only the first 3 are read"]


_MEASURE = """
import json, resource, sys, time
from archive.description.feed_entries import read_feed
data = open(sys.argv[1], "rb").read()
started = time.perf_counter()
reading = read_feed(data, "utf-8")
print(json.dumps({"seconds": time.perf_counter() - started, "entries": len(reading.entries),
                  "unique": len({e.key for e in reading.entries}), "problems": reading.problems,
                  "last": reading.entries[-1].text if reading.entries else "",
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def _measure(tmp_path: Path, data: bytes) -> dict:
    """Read ``data`` in a fresh interpreter: its own time and peak memory, nothing of the test run's."""
    path = tmp_path / "feed.xml"
    path.write_bytes(data)
    done = subprocess.run([sys.executable, "-c", _MEASURE, str(path)], cwd=REPO, capture_output=True,
                          text=True, check=True, timeout=600)
    result = json.loads(done.stdout)
    print(f"\n{len(data) / 1e6:.1f} MB, {result['entries']} items: {result['seconds']:.1f} s, "
          f"peak {result['peak_mb']:.0f} MB")
    return result


def test_fifty_thousand_items(tmp_path):
    items = "".join(f"<item><guid>urn:item:{n}</guid><title>Item {n}</title><link>https://x.example/{n}</link>"
                    f"<pubDate>Tue, 03 May 2016 10:00:00 GMT</pubDate><description>Short text of item {n}."
                    f"</description></item>\n" for n in range(50_000))
    result = _measure(tmp_path, _rss(items))
    assert (result["entries"], result["unique"], result["problems"]) == (50_000, 50_000, [])
    assert result["last"] == "Short text of item 49999."
    # measured 2026-12-04: about 20 s and 250 MB; the bounds leave room for a slow machine
    assert result["seconds"] < 180 and result["peak_mb"] < 1500


def test_twenty_megabyte_feed(tmp_path):
    paragraphs = "".join(f"<p>Paragraph {{n}}.{p} " + "word " * 200 + "</p>" for p in range(10))
    items = "".join(f"<item><guid>{n}</guid><title>Item {n}</title><description><![CDATA["
                    + paragraphs.format(n=n) + "]]></description></item>" for n in range(2_000))
    data = _rss(items)
    assert len(data) > 20_000_000
    result = _measure(tmp_path, data)
    assert (result["entries"], result["problems"]) == (2_000, [])
    assert result["last"].startswith("Paragraph 1999.0 word") and result["last"].count("\n\n") == 9
    assert result["seconds"] < 120 and result["peak_mb"] < 1500


def test_one_huge_item_is_cut_and_reported():
    huge = "<p>" + "word " * 200 + "</p>"
    data = _rss(f"<item><guid>big</guid><description><![CDATA[{huge * 2_000}]]></description></item>")
    started = time.perf_counter()
    reading = read_feed(data, "utf-8")
    assert time.perf_counter() - started < 30
    assert reading.problems == [f"item 0: too long to read whole: {len(huge) * 2_000:,} characters, "
                                f"cut at {feed_entries.MAX_ITEM_CHARS:,}"]
    assert 0 < len(reading.entries[0].text) <= feed_entries.MAX_ITEM_CHARS


# --------------------------------------------------------------------------- other XML

NITF = """<?xml version="1.0" encoding="utf-8"?>
<nitf><head><title>Wire copy 42</title><docdata><doc-id id-string="42"/></docdata></head>
<body><body.head><hedline><hl1>Floods in the south</hl1></hedline>
<byline>By <person>Jane Roe</person></byline></body.head>
<body.content><p>Rivers rose in <location>Shymkent</location> on <chron>Monday</chron>.</p>
<p><person>Officials</person> said roads were closed.</p>
<block><p>Second block.</p></block></body.content></body></nitf>"""


def test_xml_text_of_a_news_document():
    text, title, problems = xml_text(NITF.encode(), "utf-8")
    assert problems == []
    assert title == "Wire copy 42"
    assert text.split("\n\n") == ["Wire copy 42", "Floods in the south", "By Jane Roe",
                                  "Rivers rose in Shymkent on Monday.", "Officials said roads were closed.",
                                  "Second block."]


def test_xml_text_of_a_legacy_encoding_and_without_title():
    data = '<?xml version="1.0" encoding="windows-1251"?><r><a>Привет</a><b>мир</b></r>'.encode("cp1251")
    assert xml_text(data, "windows-1251") == ("Привет\n\nмир", None, [])


def test_xml_text_of_malformed_xml():
    text, title, problems = xml_text(b"<doc><title>T</title><p>one <b>two</b> three</p>"
                                     b"<p>unclosed <i>x</p><p>after the fault</p></doc>", "utf-8")
    assert title == "T"
    assert text == "T\n\none two three\n\nunclosed x\n\nafter the fault"
    assert problems == ["malformed XML at line 1, column 66: mismatched tag",
                        "the whole document was read again by a forgiving parser"]
    cut = xml_text(b"<doc><p>kept</p><p>cut off", "utf-8")
    assert cut[0] == "kept\n\ncut off" and cut[2][0].startswith("malformed XML at line 1")


def test_xml_text_of_nothing():
    assert xml_text(b"<doc><empty/></doc>", "utf-8") == ("", None, ["no text found in the XML document"])


# --------------------------------------------------------------------------- sniffing

FEED_HEADS = {
    "rss 2.0": _rss(""),
    "rss 0.91 with doctype": RSS_091,
    "rss 1.0": RSS_10,
    "atom": ATOM,
    "atom with prefix": b'<a:feed xmlns:a="http://www.w3.org/2005/Atom"><a:title>t</a:title></a:feed>',
    "atom 0.3": b'<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>t</title></feed>',
    "rss 0.90": (b'<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
                 b'xmlns="http://my.netscape.com/rdf/simple/0.9/"><channel><title>t</title></channel></rdf:RDF>'),
    "rdf with channel only": (b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
                              b'<channel><title>t</title></channel></rdf:RDF>'),
    "channel root": b"<channel><title>t</title><item><title>i</title></item></channel>",
    "comments, stylesheet, BOM": (b'\xef\xbb\xbf<?xml version="1.0"?>\n<!-- generated > by hand -->\n'
                                  b'<?xml-stylesheet type="text/xsl" href="s.xsl"?>\n<rss version="2.0"/>'),
    "doctype with subset": b'<!DOCTYPE rss [<!ELEMENT rss ANY>]><rss version="2.0"/>',
    "utf-16 with BOM": '<?xml version="1.0" encoding="utf-16"?><rss version="2.0"/>'.encode("utf-16"),
    "utf-16-be, no BOM": '<?xml version="1.0" encoding="utf-16"?><rss version="2.0"/>'.encode("utf-16-be"),
}
NOT_FEED_HEADS = {
    "xhtml page": (b'<?xml version="1.0"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
                   b'"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd"><html xmlns="http://www.w3.org/1999/xhtml">'
                   b'<head><title>rss feed</title></head><body><p>&lt;rss&gt;</p></body></html>'),
    "sitemap": (b'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                b'<url><loc>https://x.example/rss</loc></url></urlset>'),
    "feed in another namespace": b'<feed xmlns="http://example.org/catalogue"><entry/></feed>',
    "rdf without a feed": (b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
                           b'<rdf:Description/></rdf:RDF>'),
    "nitf": NITF.encode(),
    "html": b"<!doctype html><html><body>rss</body></html>",
    "plain text": b"rss feed of the week",
    "empty": b"",
    "json feed": b'{"version": "https://jsonfeed.org/version/1", "items": []}',
    "comment never closed": b"<!-- <rss version='2.0'>",
}


def _is_feed(data: bytes) -> bool:
    """Ingest's decision (archive.preservation.sniff): a feed by its root element."""
    return feed_root(data) is not None


@pytest.mark.parametrize("name", FEED_HEADS)
def test__is_feed(name):
    assert _is_feed(FEED_HEADS[name])


@pytest.mark.parametrize("name", NOT_FEED_HEADS)
def test_does_not_look_like_feed(name):
    assert not _is_feed(NOT_FEED_HEADS[name])


@pytest.mark.parametrize("author, names", [
    ("desk@wire.example (Asel Nurlanova)", ["Asel Nurlanova"]),     # feedparser alone: "ple (Asel Nurlanova"
    ("Asel Nurlanova &lt;asel@wire.example&gt;", ["Asel Nurlanova"]),
    ("a@wire.kz (A One), b@wire.kz (B Two)", ["A One", "B Two"]),
    ("desk@wire.example", []),
    ("Asel Nurlanova", ["Asel Nurlanova"]),
])
def test_rss_author_mailboxes(author, names):
    reading = read_feed(_rss(f"<item><guid>g</guid><author>{author}</author></item>"), "utf-8")
    assert reading.entries[0].authors == names


def test_atom_author_name_is_kept_whole():
    feed = (b'<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><entry><id>urn:1</id><title>x</title>'
            b'<author><name>Dubois, Claire</name><email>c@journal.example</email></author>'
            b'<author><name>Roe</name></author></entry></feed>')
    assert read_feed(feed, "utf-8").entries[0].authors == ["Dubois, Claire", "Roe"]
    single = feed.replace(b"<author><name>Roe</name></author>", b"")
    assert read_feed(single, "utf-8").entries[0].authors == ["Dubois, Claire"]
