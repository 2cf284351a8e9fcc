"""Text and descriptive fields derived from each kind of payload, and the clean text rules.

The seed articles are read from shared/corpus/seeds at test time; no text of
theirs is copied here. Every other document is built in code below or by
tests/fixtures.py, or is one of the repository's invented samples.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import random
import zipfile
from pathlib import Path

import fixtures
import pytest
from conftest import shared, snapshot

from archive.preservation.catalog import list_items
from archive.description.clean_text import CHROME_LINES, clean_lines, is_chrome
from archive.description.extract import extract, extract_item
from archive.description.extracted import Extracted
from archive.preservation.ingest import ingest
from archive.preservation.root import ArchiveRoot

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "ingest" / "samples"
FORUM_PAGE = SAMPLES / "2009-06-almaty-editors-forum.html"
#: the chrome lines the seeds are known to carry (from the search issue)
SEED_CHROME = {"Accessibility links", "Breaking News", "Support our journalists", "Be the first to comment"}


def paragraphs(result: Extracted) -> list[str]:
    return result.text.split("\n\n") if result.text else []


# --------------------------------------------------------------------------- builders

def _pdf_literal(text: str) -> str:
    return "(" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def pdf_document(pages: list[list[str]], info: dict[str, str] | None = None,
                 lang: str | None = None) -> bytes:
    """A PDF with one line of Helvetica text per entry, its xref computed, and an optional /Info."""
    catalog = "<< /Type /Catalog /Pages 2 0 R" + (f" /Lang {_pdf_literal(lang)}" if lang else "") + " >>"
    page_ids = [4 + 2 * i for i in range(len(pages))]
    objects: list[bytes] = [
        catalog.encode(),
        f"<< /Type /Pages /Kids [{' '.join(f'{i} 0 R' for i in page_ids)}] /Count {len(pages)} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    for page_id, lines in zip(page_ids, pages, strict=True):
        content = ("BT /F1 11 Tf 14 TL 72 740 Td "
                   + " ".join(f"{_pdf_literal(line)} Tj T*" for line in lines) + " ET").encode("latin-1")
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {page_id + 1} 0 R "
                       f"/Resources << /Font << /F1 3 0 R >> >> >>".encode())
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    info_ref = b""
    if info:
        objects.append(("<< " + " ".join(f"/{k} {_pdf_literal(v)}" for k, v in info.items()) + " >>").encode("latin-1"))
        info_ref = b" /Info %d 0 R" % len(objects)
    return fixtures.assemble_pdf(objects, info_ref)


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NAMESPACES = (f'xmlns:w="{W_NS}" '
               'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
               'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
               'xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="wps"')


def core_xml(**props: str) -> str:
    """docProps/core.xml with the given dc: and dcterms: properties (dcterms_created=... for dcterms)."""
    elements = "".join(
        f'<dcterms:{k[8:]} xsi:type="dcterms:W3CDTF">{v}</dcterms:{k[8:]}>' if k.startswith("dcterms_")
        else f"<dc:{k}>{v}</dc:{k}>" for k, v in props.items())
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            f'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">{elements}</cp:coreProperties>')


def docx_package(body: str, *, core: str | None = None, styles: str | None = None,
                 document: str | None = None) -> bytes:
    """A Word package whose document body is ``body`` (raw WordprocessingML), with optional parts."""
    document = document or ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                            f"<w:document {_NAMESPACES}><w:body>{body}</w:body></w:document>")
    overrides = '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-' \
                'officedocument.wordprocessingml.document.main+xml"/>'
    rels = ('<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/>')
    if core is not None:
        overrides += ('<Override PartName="/docProps/core.xml" '
                      'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>')
        rels += ('<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
                 'relationships/metadata/core-properties" Target="docProps/core.xml"/>')
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml",
                         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                         f'<Default Extension="xml" ContentType="application/xml"/>{overrides}</Types>')
        package.writestr("_rels/.rels",
                         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                         f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}'
                         "</Relationships>")
        package.writestr("word/document.xml", document)
        if core is not None:
            package.writestr("docProps/core.xml", core)
        if styles is not None:
            package.writestr("word/styles.xml", styles)
    return buffer.getvalue()


def w_p(text: str, style: str | None = None) -> str:
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f'<w:p>{props}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


#: a Russian Word names its styles with ids like "a3"; the built-in names stay English
LOCALISED_STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<w:styles xmlns:w="{W_NS}">'
    '<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="Title"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="a5"><w:name w:val="Subtitle"/></w:style>'
    "</w:styles>")


# --------------------------------------------------------------------------- clean_lines

def test_clean_lines_drops_chrome_whole_lines_only_and_case_insensitively() -> None:
    lines = ["accessibility LINKS", "  Breaking News  ", "Headline", "",
             "Breaking news reached the capital on Monday.", "Share on Facebook", "12 comments",
             "Advertisement:", "Body text.", "Print", "Комментарии (4)", "Be the first to comment"]
    assert clean_lines(lines) == ["Headline", "", "Breaking news reached the capital on Monday.",
                                  "Body text."]


def test_clean_lines_keeps_a_headline_and_standfirst_printed_twice_once() -> None:
    lines = ["Headline", "", "Standfirst sentence.", "", "Headline", "", "Standfirst sentence.", "",
             "First paragraph.", "", "Second paragraph."]
    assert clean_lines(lines) == ["Headline", "", "Standfirst sentence.", "", "First paragraph.", "",
                                  "Second paragraph."]


def test_clean_lines_leaves_repeats_further_down_and_trims_blank_runs() -> None:
    body = [f"Paragraph {n}." for n in range(10)]
    lines = ["", "", *body, "", "", "Paragraph 1.", "", ""]
    assert clean_lines(lines) == [*body, "", "Paragraph 1."]
    # the window is a number of lines from the top, however many of them repeat
    assert clean_lines(["Refrain."] * 12) == ["Refrain."] * 5      # 1 of the first 8, then 4


def test_the_chrome_list_holds_the_phrases_the_search_issue_names() -> None:
    for phrase in ("Accessibility links", "Breaking News", "Support our journalists", "Be the first to comment",
                   "Skip to content", "Subscribe", "Sign in", "Share this article", "Advertisement", "Print",
                   "Comments"):
        assert phrase.casefold() in CHROME_LINES and is_chrome(phrase)


# --------------------------------------------------------------------------- plain text

def test_plain_text_is_decoded_with_the_recorded_encoding_cp1251() -> None:
    result = extract(fixtures.RUSSIAN_CP1251.encode("cp1251"), "text", "cp1251")
    assert paragraphs(result) == fixtures.RUSSIAN_CP1251.strip().split("\n")
    assert "«Осенний урожай»" in result.text and "№ 3" in result.text
    assert result.title == fixtures.RUSSIAN_CP1251.split("\n")[0]
    assert result.warnings == []


def test_plain_text_is_decoded_with_the_recorded_encoding_koi8r() -> None:
    data = fixtures.RUSSIAN_KOI8R.encode("koi8-r")
    result = extract(data, "text", "koi8-r")
    assert paragraphs(result) == fixtures.RUSSIAN_KOI8R.strip().split("\n")
    assert result.warnings == []
    # the encoding argument is what decides: the same bytes read as cp1251 are other letters
    assert extract(data, "text", "cp1251").text != result.text


@pytest.mark.parametrize(("name", "encoding"), [("2006-10-almaty-editor-court-cp1251.txt", "cp1251"),
                                                ("2008-06-ust-kamenogorsk-newspaper-koi8r.txt", "koi8-r")])
def test_the_repository_cyrillic_samples_decode(name: str, encoding: str) -> None:
    data = (SAMPLES / name).read_bytes()
    result = extract(data, "text", encoding)
    assert result.warnings == []
    assert result.title == data.decode(encoding).split("\n", 1)[0].strip()
    assert any("а" <= ch <= "я" for ch in result.title) and "\ufffd" not in result.text


def test_plain_text_without_a_recorded_encoding_is_detected_and_says_so() -> None:
    result = extract(fixtures.RUSSIAN_CP1251.encode("cp1251"), "text", None)
    assert paragraphs(result) == fixtures.RUSSIAN_CP1251.strip().split("\n")
    assert any("detected cp1251" in w for w in result.warnings)


def test_bytes_that_do_not_fit_the_recorded_encoding_are_replaced_with_a_warning() -> None:
    result = extract("Café society returns.\n".encode(), "text", "ascii")
    assert result.text.startswith("Caf\ufffd\ufffd society")
    assert any("not valid ascii" in w for w in result.warnings)
    unknown = extract(b"Plain words.\n", "text", "no-such-codec")
    assert unknown.text == "Plain words." and any("unknown encoding" in w for w in unknown.warnings)


def test_plain_text_title_and_standfirst() -> None:
    text = ("Harbour board approves winter timetable\n\n"
            "The evening ferry will keep running until the end of October, members decided.\n\n"
            "PORTSMOUTH, 12 May 2009 -- The harbour board met on Tuesday and agreed the new timetable.\n\n"
            "Members said demand had grown every year since the crossing opened.\n")
    result = extract(text.encode(), "text", "utf-8")
    assert result.title == "Harbour board approves winter timetable"
    assert result.standfirst == "The evening ferry will keep running until the end of October, members decided."
    assert result.authors == [] and result.language is None and result.meta_dates == []
    # the dateline lead is the body, not a standfirst
    lead = extract(text.replace(text.split("\n\n")[1] + "\n\n", "").encode(), "text", "utf-8")
    assert lead.title == "Harbour board approves winter timetable" and lead.standfirst is None


def test_hard_wrapped_text_is_joined_into_paragraphs_and_a_byline_gives_the_author() -> None:
    text = ("Bridge repairs to start in spring\n\n"
            "By Aliya Nurova and Peter Sand\n\n"
            "The regional council voted on Thursday to repair the old bridge over the\n"
            "river, closed to lorries since the floods two winters ago. Work should\n"
            "start in April.\n"
            "Residents of the east bank, who now drive twenty kilometres round to the\n"
            "nearest crossing, welcomed the decision at a public meeting.\n")
    result = extract(text.encode(), "text", "utf-8")
    assert paragraphs(result)[2:] == [
        ("The regional council voted on Thursday to repair the old bridge over the river, closed to lorries "
        "since the floods two winters ago. Work should start in April."),
        ("Residents of the east bank, who now drive twenty kilometres round to the nearest crossing, "
        "welcomed the decision at a public meeting.")]
    assert result.authors == ["Aliya Nurova", "Peter Sand"]


def test_a_sentence_starting_with_by_is_not_a_byline() -> None:
    text = ("Crowd gathers outside the court\n\nBy noon the crowd had grown to several hundred.\n\n"
            "Police closed the street to traffic.\n")
    result = extract(text.encode(), "text", "utf-8")
    assert result.authors == []
    assert result.title == "Crowd gathers outside the court"


# --------------------------------------------------------------------------- the real seeds

def _seed(prefix: str) -> Path:
    seeds = shared("corpus", "seeds")
    matches = sorted(seeds.glob(f"{prefix}_*.txt"))
    assert len(matches) == 1, f"seed {prefix} not found in {seeds}"
    return matches[0]


def _raw_lines(path: Path) -> list[str]:
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture
def seed_paths(seeds: Path) -> list[Path]:
    found = sorted(seeds.glob("*.txt"))
    assert len(found) == 5
    return found


def test_seed_001_loses_its_chrome_and_keeps_its_body(seed_paths: list[Path]) -> None:
    path = _seed("001")
    raw = _raw_lines(path)
    assert raw[:2] == ["Accessibility links", "Breaking News"]
    result = extract(path.read_bytes(), "text", "utf-8")
    assert paragraphs(result) == raw[2:]          # every line of the article, in order, and nothing else
    assert "Accessibility links" not in result.text and "Breaking News" not in result.text
    assert result.title == raw[2]
    assert result.standfirst == raw[3]


def test_seed_000_prints_its_title_and_standfirst_once(seed_paths: list[Path]) -> None:
    path = _seed("000")
    raw = _raw_lines(path)
    assert raw[2:4] == raw[:2], "the seed is expected to print its headline block twice"
    result = extract(path.read_bytes(), "text", "utf-8")
    got = paragraphs(result)
    assert got.count(raw[0]) == 1 and got.count(raw[1]) == 1
    assert got == raw[:2] + [line for line in raw[4:] if line not in SEED_CHROME]
    assert result.title == raw[0] and result.standfirst == raw[1]


def test_every_seed_is_titled_by_its_headline_and_loses_only_chrome(seed_paths: list[Path]) -> None:
    for path in seed_paths:
        raw = _raw_lines(path)
        headline = next(line for line in raw if line not in SEED_CHROME)
        result = extract(path.read_bytes(), "text", "utf-8")
        got = paragraphs(result)
        assert result.title == headline, path.name
        assert got[0] == headline and got.count(headline) == 1, path.name
        assert not SEED_CHROME & set(got), path.name
        assert all(paragraph in raw for paragraph in got), path.name     # nothing altered or invented
        kept = [line for line in raw if line not in SEED_CHROME]
        assert len(got) >= len(kept) - 2, path.name                      # at most a repeated headline block
        assert result.warnings == [], path.name


def test_seed_author_notes_give_authors_named_in_the_last_paragraph(seed_paths: list[Path]) -> None:
    with_authors = 0
    for path in seed_paths:
        result = extract(path.read_bytes(), "text", "utf-8")
        last = paragraphs(result)[-1]
        assert all(author in last for author in result.authors), path.name
        with_authors += bool(result.authors)
    assert with_authors >= 3


# --------------------------------------------------------------------------- HTML

def test_the_sample_page_gives_its_article_without_site_chrome() -> None:
    result = extract(FORUM_PAGE.read_bytes(), "html", "utf-8")
    assert result.title == "Small newsrooms form an editors' forum in Almaty"   # " | Steppe Review" cut
    assert result.authors == ["Dana Yermekova"]
    assert result.meta_dates == ["2009-06-30T09:15:00+06:00"]
    assert result.language == "en"
    assert result.publisher == "Steppe Review"
    assert result.warnings == []
    text = result.text
    for absent in ("dataLayer", "pageview", "analytics",                   # script
                   "Accessibility links", "Skip to content", "Accessibility help",
                   "Politics", "Business", "Subscribe", "Sign in",        # navigation
                   "ad slot", "begin article body",                       # HTML comment
                   "More from Media", "newsletter", "Privacy", "©"):      # aside, footer
        assert absent not in text, absent
    got = paragraphs(result)
    assert got[0] == result.title and got.count(result.title) == 1
    assert "By Dana Yermekova" not in text            # the byline gives the authors; it is not article text
    assert got[1].startswith("Editors of fourteen small newspapers")
    assert "“Each of us has been fighting alone" in text                  # entities decoded
    assert "«Форум редакторов»" in text
    assert len(got) == 8


def test_the_fixture_page_has_no_site_suffix_and_its_language() -> None:
    result = extract(fixtures.HTML_PAGE.encode(), "html", "utf-8")
    assert result.title == "Весенний субботник"
    assert result.language == "ru"
    assert paragraphs(result) == ["В субботу жители трёх улиц вышли убирать сквер у школы.",
                                  "Они посадили двадцать молодых лип и покрасили скамейки."]


NEWS_PAGE = """<!DOCTYPE html>
<html lang="ru-RU"><head>
<meta charset="windows-1251">
<title>Суд отложил дело редактора - Степной вестник</title>
<meta property="og:title" content="Суд отложил дело редактора">
<meta property="og:site_name" content="Степной вестник">
<meta name="description" content="Краткое описание для поисковиков.">
<meta name="DC.date" content="2006-10-23">
<meta name="date" content="2006-10-22">
<meta property="article:modified_time" content="2007-01-01T00:00:00Z">
<style>.x { color: red }</style>
</head><body>
<div class="breaking-banner"><p>Breaking News</p></div>
<div id="top-menu"><a href="/">Главная</a> <a href="/news">Новости</a></div>
<div class="page-layout sidebar-right">
 <div class="story">
  <h1>Суд отложил дело редактора</h1>
  <h1>Суд отложил дело редактора</h1>
  <p class="article-standfirst">Районный суд перенёс заседание на две недели по просьбе истца.</p>
  <span class="byline">Автор: Гульмира Сарсенова</span>
  <time itemprop="datePublished" datetime="2006-10-22T10:00:00+06:00">22 октября</time>
  <p>Районный суд в понедельник отложил рассмотрение иска против редактора еженедельника.<br>
  Истец требует компенсации.</p>
  <p>Адвокат газеты напомнил суду о праве журналиста не раскрывать источник.</p>
  <div class="share-tools"><p>Поделиться</p><a href="#">Twitter</a></div>
  <p hidden>Скрытый текст шаблона.</p>
  <p style="display: none">Ещё один скрытый абзац.</p>
  <!-- comment with text that must not appear -->
 </div>
 <div class="sidebar">
  <p>Самое читаемое: другая статья о погоде в городе и о ремонте дорог.</p>
 </div>
 <div id="comments"><p>Иван: очень длинный комментарий читателя, который не должен попасть в текст статьи.</p></div>
</div>
<script>var tracking = "должен исчезнуть";</script>
</body></html>
"""


def test_a_page_without_article_element_yields_its_story_and_its_metadata() -> None:
    result = extract(NEWS_PAGE.encode("cp1251"), "html", "cp1251")
    assert result.title == "Суд отложил дело редактора"
    assert result.publisher == "Степной вестник"
    assert result.language == "ru-RU"
    assert result.authors == ["Гульмира Сарсенова"]
    assert result.standfirst == "Районный суд перенёс заседание на две недели по просьбе истца."
    # most trusted first; a modification time is not a publication date
    assert result.meta_dates == ["2006-10-22", "2006-10-23", "2006-10-22T10:00:00+06:00"]
    got = paragraphs(result)
    assert got[0] == "Суд отложил дело редактора" and got.count(got[0]) == 1   # a title printed twice
    assert "Районный суд в понедельник отложил рассмотрение иска против редактора еженедельника." in got
    assert "Истец требует компенсации." in got                                 # <br> breaks the line
    for absent in ("Breaking News", "Главная", "Поделиться", "Twitter", "Скрытый", "скрытый",
                   "comment with text", "Самое читаемое", "комментарий читателя", "tracking", "color"):
        assert absent not in result.text, absent


def test_a_title_suffix_is_cut_but_a_headline_with_a_dash_is_kept_whole() -> None:
    page = ("<html><head><title>Opposition regroups - Kazakhstan - Daily Wire</title></head><body>"
            "<h1>Opposition regroups - Kazakhstan</h1><p>Text of the article.</p></body></html>")
    result = extract(page.encode(), "html", "utf-8")
    assert result.title == "Opposition regroups - Kazakhstan"
    assert result.publisher == "Daily Wire"
    page = ("<html><head><title>Kazakhstan - Opposition regroups</title></head><body>"
            "<h1>Kazakhstan - Opposition regroups</h1><p>Text.</p></body></html>")
    assert extract(page.encode(), "html", "utf-8").title == "Kazakhstan - Opposition regroups"


def test_html_authors_from_meta_skip_profile_urls_and_split_names() -> None:
    page = ('<html><head><meta property="article:author" content="https://example.com/staff/ann">'
            '<meta name="author" content="Ann Lee; Bolat Seitkali"></head>'
            '<body><article><p class="byline">By Someone Else</p><p>Text of the article.</p></article></body></html>')
    assert extract(page.encode(), "html", "utf-8").authors == ["Ann Lee", "Bolat Seitkali"]
    page = ('<html><body><article><div class="article-byline">By Ann Lee | 30 June 2009</div>'
            '<p>Text of the article.</p></article></body></html>')
    assert extract(page.encode(), "html", "utf-8").authors == ["Ann Lee"]


def test_broken_html_still_gives_text() -> None:
    page = b"<html><body><p>First paragraph<p>Second <b>bold</i> paragraph</div></td><p>Third"
    result = extract(page, "html", "utf-8")
    assert paragraphs(result) == ["First paragraph", "Second bold paragraph", "Third"]


# --------------------------------------------------------------------------- PDF

def test_the_fixture_pdf_gives_its_text_and_a_title_from_the_first_line() -> None:
    result = extract(fixtures.minimal_pdf("Harbour board meets on Tuesday"), "pdf", None)
    assert result.text == "Harbour board meets on Tuesday"
    assert result.title == "Harbour board meets on Tuesday"
    assert result.meta_dates == [] and result.authors == [] and result.warnings == []


def test_pdf_metadata_pages_running_heads_and_wrapped_lines() -> None:
    head = "Steppe Review - www.steppe-review.example.com"
    pages = [
        [head, "Bridge repairs to start in spring",
         "The regional council voted on Thursday to repair the old bridge over",
         "the river, closed to lorries since the floods two winters ago. Work",
         "should start in April.", "Page 1 of 3"],
        [head, "Residents of the east bank, who now drive twenty kilometres round to",
         "the nearest crossing, welcomed the decision at a public meeting.", "Page 2 of 3"],
        [head, "The contractor will be chosen by tender before the end of the year.", "Page 3 of 3"],
    ]
    info = {"Title": "Bridge repairs to start in spring", "Author": "Aliya Nurova and Peter Sand",
            "CreationDate": "D:20090512093000+06'00'"}
    result = extract(pdf_document(pages, info, lang="en-GB"), "pdf", None)
    assert result.title == "Bridge repairs to start in spring"
    assert result.authors == ["Aliya Nurova", "Peter Sand"]
    assert result.meta_dates == ["D:20090512093000+06'00'"]
    assert result.language == "en-GB"
    assert paragraphs(result) == [
        "Bridge repairs to start in spring",
        ("The regional council voted on Thursday to repair the old bridge over the river, closed to "
        "lorries since the floods two winters ago. Work should start in April."),
        ("Residents of the east bank, who now drive twenty kilometres round to the nearest crossing, "
        "welcomed the decision at a public meeting."),
        "The contractor will be chosen by tender before the end of the year."]
    assert result.warnings == []


def test_pdf_placeholder_properties_are_not_taken_for_title_or_author() -> None:
    info = {"Title": "Microsoft Word - bridge_final.doc", "Author": "Windows User"}
    lines = ["Bridge repairs to start in spring",
             "The regional council voted on Thursday to repair the old bridge over the river."]
    result = extract(pdf_document([lines], info), "pdf", None)
    assert result.title == "Bridge repairs to start in spring"
    assert result.authors == []


def test_a_pdf_without_text_warns() -> None:
    result = extract(pdf_document([[]]), "pdf", None)
    assert result.text == "" and any("no text" in w for w in result.warnings)


@pytest.mark.parametrize("damage", ["truncated", "header only", "random bytes", "empty", "no xref"])
def test_a_damaged_pdf_gives_a_warning_not_an_exception(damage: str) -> None:
    good = fixtures.minimal_pdf()
    data = {"truncated": good[:len(good) // 3], "header only": b"%PDF-1.4\n",
            "random bytes": b"%PDF-1.4\n" + fixtures.random_bytes(3000), "empty": b"",
            "no xref": good[:good.index(b"xref")]}[damage]
    result = extract(data, "pdf", None)
    assert isinstance(result, Extracted)
    assert result.warnings
    assert result.text in ("", "Harbour board meets on Tuesday")   # pypdf may recover what is there


# --------------------------------------------------------------------------- Word

def test_the_fixture_docx_gives_its_paragraphs_and_invents_no_properties() -> None:
    result = extract(fixtures.minimal_docx(("Весенний субботник", "Жители посадили липы.")), "docx", None)
    assert paragraphs(result) == ["Весенний субботник", "Жители посадили липы."]
    assert result.title == "Весенний субботник"
    # no docProps/core.xml: no author, no date, no language (python-docx would invent a date here)
    assert result.authors == [] and result.meta_dates == [] and result.language is None
    assert result.warnings == []


def test_docx_core_properties_tables_text_boxes_and_revisions() -> None:
    text_box = ("<w:p><w:r><mc:AlternateContent>"
                "<mc:Choice Requires=\"wps\"><w:drawing><wps:txbx><w:txbxContent>"
                f"{w_p('Врезка: мнение юриста')}</w:txbxContent></wps:txbx></w:drawing></mc:Choice>"
                "<mc:Fallback><w:pict><v:textbox><w:txbxContent>"
                f"{w_p('Врезка: мнение юриста')}</w:txbxContent></v:textbox></w:pict></mc:Fallback>"
                "</mc:AlternateContent></w:r></w:p>")
    body = (w_p("Суд отложил дело редактора", "a3")
            + w_p("Районный суд перенёс заседание на две недели.", "a5")
            + '<w:p><w:r><w:t xml:space="preserve">Истец требует </w:t></w:r>'
              '<w:del w:id="1" w:author="x"><w:r><w:delText>десять </w:delText></w:r></w:del>'
              '<w:r><w:t>компенсации.</w:t><w:br/><w:t>Вторая строка.</w:t></w:r></w:p>'
            + "<w:tbl><w:tr><w:tc>" + w_p("Ячейка таблицы") + "</w:tc></w:tr></w:tbl>"
            + text_box
            + w_p("")
            + w_p("Заседание продолжится в ноябре."))
    core = core_xml(title="Суд отложил дело редактора", creator="Гульмира Сарсенова",
                    language="ru-RU", dcterms_created="2006-10-22T08:00:00Z")
    result = extract(docx_package(body, core=core, styles=LOCALISED_STYLES), "docx", None)
    assert result.title == "Суд отложил дело редактора"
    assert result.standfirst == "Районный суд перенёс заседание на две недели."
    assert result.authors == ["Гульмира Сарсенова"]
    assert result.language == "ru-RU"
    assert result.meta_dates == ["2006-10-22T08:00:00Z"]
    assert paragraphs(result) == [
        "Суд отложил дело редактора",
        "Районный суд перенёс заседание на две недели.",
        "Истец требует компенсации.\nВторая строка.",        # the deleted word is gone
        "Ячейка таблицы",                                      # table text is kept
        "Врезка: мнение юриста",                              # the text box once, not its fallback copy
        "Заседание продолжится в ноябре."]
    assert result.warnings == []


def test_docx_title_style_is_used_when_core_properties_have_no_title() -> None:
    body = w_p("Рабочие заметки", None) + w_p("Заголовок статьи", "a3") + w_p("Текст статьи.")
    core = core_xml(creator="Windows User")
    result = extract(docx_package(body, core=core, styles=LOCALISED_STYLES), "docx", None)
    assert result.title == "Заголовок статьи"
    assert result.authors == []          # an account name, not a byline


def test_damaged_docx_properties_cost_only_the_properties() -> None:
    result = extract(docx_package(w_p("Заголовок статьи") + w_p("Текст статьи."), core="<cp:coreProperties"),
                     "docx", None)
    assert paragraphs(result) == ["Заголовок статьи", "Текст статьи."]
    assert result.meta_dates == [] and len(result.warnings) == 1 and "properties" in result.warnings[0]


def _docx_damage(kind: str) -> bytes:
    good = fixtures.minimal_docx()
    if kind == "truncated":
        return good[: len(good) // 2]
    if kind == "random bytes":
        return fixtures.random_bytes()
    if kind == "not a zip":
        return fixtures.legacy_doc()
    if kind == "no document part":
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as package:
            package.writestr("[Content_Types].xml", "<Types/>")
        return buffer.getvalue()
    if kind == "malformed XML":
        return docx_package("", document="<w:document><w:body><w:p>unclosed")
    if kind == "entity bomb":
        bomb = ('<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">'
                '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
                f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>&c;</w:t></w:r></w:p></w:body></w:document>')
        return docx_package("", document=bomb)
    raise AssertionError(kind)


@pytest.mark.parametrize("damage", ["truncated", "random bytes", "not a zip", "no document part",
                                    "malformed XML", "entity bomb"])
def test_a_damaged_docx_gives_a_warning_not_an_exception(damage: str) -> None:
    result = extract(_docx_damage(damage), "docx", None)
    assert result.text == ""
    assert len(result.warnings) == 1 and result.warnings[0].startswith("damaged Word file")


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_randomly_corrupted_files_never_raise(kind: str) -> None:
    good = fixtures.minimal_pdf() if kind == "pdf" else fixtures.minimal_docx()
    rng = random.Random(20240601)
    for _ in range(60):
        data = bytearray(good)
        for _ in range(rng.randint(1, 8)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        result = extract(bytes(data), kind, None)
        assert isinstance(result, Extracted)
        assert result.text or result.warnings


def test_an_unknown_kind_gives_a_warning() -> None:
    result = extract(b"anything", "spreadsheet", None)
    assert result.text == "" and result.warnings


# --------------------------------------------------------------------------- archived items

def test_extract_item_reads_each_archived_sample_with_its_recorded_encoding(root: ArchiveRoot) -> None:
    ingest(root, [SAMPLES])
    items, errors = list_items(root)
    assert len(items) == 6 and not errors
    before = snapshot(root)
    with (SAMPLES / "metadata.csv").open(encoding="utf-8", newline="") as handle:
        titles = {row["filename"]: row["dc.title"] for row in csv.DictReader(handle)}
    by_name = {}
    for item in items:
        result = extract_item(item)
        by_name[item.original_name] = result
        assert result.text and result.warnings == [], item.original_name
        assert "\ufffd" not in result.text, item.original_name
        if item.original_name in titles:
            assert result.title == titles[item.original_name], item.original_name
    assert by_name["2009-06-almaty-editors-forum.html"].authors == ["Dana Yermekova"]
    koi8 = next(i for i in items if i.original_name.endswith("koi8r.txt"))
    assert koi8.provenance["object"]["format"]["encoding"]["encoding"] == "koi8-r"
    assert by_name[koi8.original_name].title == koi8.payload.read_bytes().decode("koi8-r").split("\n")[0].strip()
    assert snapshot(root) == before          # derived at index time; the bags are not touched


def test_extract_item_on_the_archived_seeds_matches_extract_on_their_files(root: ArchiveRoot,
                                                                           seed_paths: list[Path]) -> None:
    report = ingest(root, seed_paths)
    items, _ = list_items(root)
    assert len(items) == 5
    sources = {o.id: Path(o.path) for o in report.outcomes}
    for item in items:
        assert extract_item(item) == extract(sources[item.id].read_bytes(), "text", "utf-8"), item.original_name


def test_extract_item_with_a_missing_payload_warns(root: ArchiveRoot) -> None:
    ingest(root, [FORUM_PAGE])
    (item,), _ = list_items(root)
    result = extract_item(dataclasses.replace(item, payload=item.bag / "data" / "missing.html"))
    assert result.text == "" and any("payload unreadable" in w for w in result.warnings)
