"""Text and descriptive fields of a Word (.docx) document.

Library, and why
----------------
**The standard library** (``zipfile`` and ``xml.etree.ElementTree``), not
python-docx. A .docx is a zip of XML parts and the text is the ``w:t``
elements of the ``w:p`` paragraphs, so the parser proper is the standard
library's expat. python-docx is built for creating and editing Word files,
and reading through it misleads an archive: when a file has no
``docProps/core.xml`` it invents core properties (title "Word Document",
modified "now"), which would put a false title and a false date into the
index; its ``Document.paragraphs`` leaves out tables and text boxes; and it
brings lxml, a compiled dependency. Here every paragraph is read in document
order (tables and text boxes included, deleted revisions and the fallback
copies of drawings excluded), and only properties that are really present
are reported. Parts that declare a DTD are refused (Word never writes one;
entity definitions are how XML bombs work), and no part is read past
:data:`MAX_DOCX_PART` bytes. A damaged package gives empty text and a
warning, never an exception.

What a Word file gives
----------------------
Paragraphs in order; title, creator, language and created date from
``docProps/core.xml`` (software defaults left out, as for PDF); title and
standfirst also from paragraphs styled Title and Subtitle; else as for plain
text (:mod:`archive.description.article_head`).
"""

from __future__ import annotations

import io
import zipfile
from xml.etree import ElementTree

from archive.description.article_head import _property_authors, _property_title
from archive.description.clean_text import _squash
from archive.description.extracted import Extracted, _describe, _finish

__all__ = ["MAX_DOCX_PART", "DocxError", "MissingPart", "extract_docx"]


#: No part of a Word package is read past this many bytes (a zip bomb stops here).
MAX_DOCX_PART = 64 * 1024 * 1024
_W = ("http://schemas.openxmlformats.org/wordprocessingml/2006/main",   # transitional
      "http://purl.oclc.org/ooxml/wordprocessingml/main")                # strict
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships"
_DC = "http://purl.org/dc/elements/1.1/"
_DCTERMS = "http://purl.org/dc/terms/"
#: content Word keeps but does not show: deleted and moved-away revisions, fallback copies
_HIDDEN = {f"{{{w}}}{name}" for w in _W for name in ("del", "moveFrom")} | {f"{{{_MC}}}Fallback"}


class DocxError(ValueError):
    """The Word package cannot be read."""


class MissingPart(DocxError):
    """The Word package has no such part."""


def _local(tag: str) -> tuple[str, str]:
    """(namespace, local name) of an ElementTree tag."""
    namespace, _, name = tag[1:].partition("}") if tag.startswith("{") else ("", "", tag)
    return namespace, name


def _is_w(element: ElementTree.Element, name: str) -> bool:
    namespace, local = _local(element.tag)
    return local == name and namespace in _W


def _read_xml(package: zipfile.ZipFile, name: str) -> ElementTree.Element:
    try:
        info = package.getinfo(name)
    except KeyError:
        raise MissingPart(f"no part {name}") from None
    if info.file_size > MAX_DOCX_PART:
        raise DocxError(f"part {name} is {info.file_size} bytes, more than {MAX_DOCX_PART}")
    data = package.read(info)
    if any(mark.encode(codec) in data for mark in ("<!DOCTYPE", "<!ENTITY")
           for codec in ("utf-8", "utf-16-le", "utf-16-be")):
        raise DocxError(f"part {name} declares a DTD, which Word never writes")
    return ElementTree.fromstring(data)


def _relationship_target(package: zipfile.ZipFile, rels: str, type_suffix: str, default: str) -> str:
    """The target of the package relationship whose type ends in ``type_suffix``."""
    try:
        root = _read_xml(package, rels)
    except (DocxError, ElementTree.ParseError):
        return default
    for rel in root.iter(f"{{{_RELATIONSHIPS}}}Relationship"):
        if rel.get("Type", "").endswith(type_suffix) and rel.get("TargetMode") != "External":
            return rel.get("Target", default).lstrip("/")
    return default


def _style_names(package: zipfile.ZipFile, folder: str) -> dict[str, str]:
    """Style id -> built-in style name ("a3" -> "title" in a Russian Word)."""
    try:
        root = _read_xml(package, f"{folder}styles.xml")
    except (DocxError, ElementTree.ParseError):
        return {}
    names = {}
    for style in root.iter():
        if _is_w(style, "style"):
            style_id = next((v for k, v in style.attrib.items() if _local(k)[1] == "styleId"), None)
            name = next((child for child in style if _is_w(child, "name")), None)
            if style_id and name is not None:
                names[style_id] = next((v for k, v in name.attrib.items() if _local(k)[1] == "val"), "")
    return {key: value.casefold() for key, value in names.items()}


def _docx_paragraphs(body: ElementTree.Element) -> list[tuple[str, str]]:
    """(style id, text) of each paragraph in document order, text boxes after their anchor."""
    found: list[tuple[str, str]] = []

    def paragraph(p: ElementTree.Element) -> None:
        parts: list[str] = []
        nested: list[ElementTree.Element] = []
        style = ""

        def walk(element: ElementTree.Element) -> None:
            nonlocal style
            for child in element:
                if child.tag in _HIDDEN:
                    continue
                namespace, name = _local(child.tag)
                if namespace in _W:
                    if name == "t":
                        parts.append(child.text or "")
                        continue
                    if name == "tab":
                        parts.append(" ")
                    elif name in ("br", "cr"):
                        parts.append("\n")
                    elif name == "noBreakHyphen":
                        parts.append("-")
                    elif name == "txbxContent":
                        nested.append(child)
                        continue
                    elif name == "pStyle":
                        style = next((v for k, v in child.attrib.items() if _local(k)[1] == "val"), "")
                walk(child)

        walk(p)
        lines = [_squash(line) for line in "".join(parts).split("\n")]
        found.append((style, "\n".join(line for line in lines if line)))
        for box in nested:
            block(box)

    def block(element: ElementTree.Element) -> None:
        for child in element:
            if child.tag in _HIDDEN:
                continue
            if _is_w(child, "p"):
                paragraph(child)
            else:
                block(child)

    block(body)
    return [(style, text) for style, text in found if text]


def extract_docx(data: bytes, encoding: str | None, out: Extracted) -> None:
    """Fill ``out`` from a Word package's bytes (``encoding`` is ignored: ingest records none for Word)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            main = _relationship_target(package, "_rels/.rels", "/officeDocument", "word/document.xml")
            document = _read_xml(package, main)
            styles = _style_names(package, main.rpartition("/")[0] + "/" if "/" in main else "")
            paragraphs = _docx_paragraphs(document)
            core_name = _relationship_target(package, "_rels/.rels", "/core-properties", "docProps/core.xml")
            try:
                core = _read_xml(package, core_name)
            except MissingPart:
                core = None   # no core properties: nothing is reported, nothing invented
            except (DocxError, ElementTree.ParseError) as exc:
                core = None   # the text is still good
                out.warnings.append(f"Word document properties unreadable ({_describe(exc)})")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, DocxError, ElementTree.ParseError,
            OSError, EOFError, RuntimeError, ValueError, NotImplementedError, RecursionError) as exc:
        # RuntimeError: an encrypted member; NotImplementedError: an unknown compression
        out.warnings.append(f"damaged Word file, no text extracted ({_describe(exc)})")
        return
    if core is not None:
        def prop(namespace: str, name: str) -> str | None:
            element = core.find(f"{{{namespace}}}{name}")
            return _squash(element.text) if element is not None and element.text else None
        out.title = _property_title(prop(_DC, "title"))
        out.authors = _property_authors(prop(_DC, "creator"))
        out.language = prop(_DC, "language")
        created = prop(_DCTERMS, "created")
        if created:
            out.meta_dates.append(created)
    styled = {styles.get(style, style.casefold()): text for style, text in reversed(paragraphs)}
    out.title = out.title or styled.get("title")
    out.standfirst = styled.get("subtitle")
    _finish(out, [text for _, text in paragraphs])
