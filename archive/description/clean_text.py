"""Clean article text: site chrome left out, paragraphs put back together.

Whatever the format, an article's text ends up here as paragraphs, and the
same rules make them clean (:func:`archive.description.extracted._finish`
applies them to every format):

* **Chrome.** Lines of site chrome are dropped (:data:`CHROME_LINES`,
  :data:`CHROME_PATTERNS`; whole lines only, case-insensitive), and a headline
  and standfirst printed twice at the top (as web pages saved to text often
  are) are kept once; see :func:`clean_lines`. Nothing else of the article is
  altered.
* **Paragraphs of plain text** (a text file, the text of a PDF page):
  paragraphs are blocks between blank lines; a block of hard-wrapped lines is
  joined (see ``_reflow``), a block of long lines is a paragraph per line.
  PDF text is laid out in visual lines, so it is always rewrapped.

``Extracted.text`` is these paragraphs joined by blank lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["CHROME_LINES", "CHROME_PATTERNS", "clean_lines", "is_chrome"]


# --------------------------------------------------------------------------- clean lines

#: Lines that are site furniture, not article: compared whole-line, case-folded,
#: with surrounding spaces and separator punctuation (``: . | • › » -``) removed.
#: They are what saved news pages carry around the article (skip links, section
#: banners, calls to subscribe, share and comment), in English and in the
#: Russian and Kazakh that the archive's Central Asian sources use.
CHROME_LINES = frozenset(phrase.casefold() for phrase in (
    # navigation and accessibility
    "Accessibility links", "Accessibility help", "Skip to content", "Skip to main content",
    "Skip to navigation", "Jump to navigation", "Back to top", "Top of page", "Menu", "Search",
    "Home", "Previous", "Next", "Close",
    # banners
    "Breaking News", "Top stories", "Most read", "Most popular", "Related", "Related articles",
    "Related stories", "Read more", "More on this story", "Advertisement", "Advert", "Sponsored",
    # calls to action
    "Support our journalists", "Subscribe", "Subscribe now", "Sign in", "Sign up", "Log in",
    "Login", "Register", "Newsletter", "Sign up for our newsletter", "Follow us",
    "Accept cookies", "Cookie settings",
    # sharing, printing, comments
    "Share", "Share this", "Share this article", "Share this story", "Share this page", "Tweet",
    "Email", "Email this article", "Print", "Print this article", "Print this page",
    "Printer-friendly version", "Comments", "Comment", "Be the first to comment",
    "Leave a comment", "Post a comment", "Add comment", "Show comments",
    # Russian
    "Версия для печати", "Распечатать", "Печать", "Поделиться", "Комментарии", "Комментировать",
    "Реклама", "Подписаться", "Войти", "Главная", "Читайте также", "Новости партнеров",
    # Kazakh
    "Пікірлер", "Бөлісу", "Басып шығару", "Оқи отырыңыз", "Көп оқылғандар", "Пікір қалдыру",
    # the labels news sites in German, Polish, Spanish and French put between and after articles
    "Lesen Sie auch", "Mehr zum Thema", "Meistgelesen", "Anzeige", "Werbung", "Teilen",
    "Schreiben Sie einen Kommentar", "Kommentar schreiben", "Kommentare",
    "Przeczytaj też", "Przeczytaj także", "Czytaj też", "Czytaj także", "Komentarze", "Udostępnij",
    "Lea también", "Leer más", "Publicidad", "Comentarios", "Compartir",
    "Lire aussi", "À lire aussi", "Publicité", "Commentaires", "Partager",
    "Most viewed", "You may also like", "Join the conversation", "Read next",
))

#: Chrome lines with a number or a network name in them ("12 comments", "Share on Facebook").
CHROME_PATTERNS = tuple(re.compile(p, re.IGNORECASE) for p in (
    r"\d+\s+comments?",
    r"comments?\s*\(\d+\)",
    r"комментари[ийея]\s*\(?\d+\)?",
    r"(?:share|follow us)\s+on\s+\w+(?:\s+\w+)?",
    r"\d+\s+(?:kommentare?|komentarz[ey]?|komentarzy|comentarios?|commentaires?|пікір)",
    # a picture's credit and a gallery's counter, on a line of their own
    r"(?:foto|fotos|photo|photos|picture|image|bild|bilder|zdjęcie|fot|imagen|фото|сурет)\s*[.:]\s*\S.{0,70}",
    r"©\s*\S.{0,60}",
    r"(?:foto|photo|picture|image|bild|zdjęcie|imagen|фото|сурет)\s+\d+\s*(?:von|of|z|de|sur|из|/)\s*\d+",
    # the comment form of the most common blogging software
    r"your email address will not be published\..{0,80}",
    r"ihre e-mail-adresse wird nicht veröffentlicht\..{0,80}",
))

#: A headline and standfirst printed twice are found among this many lines at the top.
HEAD_WINDOW = 8

_CHROME_STRIP = " \t:.|•·›»>–—-"


def _squash(text: str) -> str:
    return " ".join(text.split())


def _chrome_key(line: str) -> str:
    return _squash(line).strip(_CHROME_STRIP).casefold()


def is_chrome(line: str) -> bool:
    """Whether ``line``, as a whole, is site chrome (see ``CHROME_LINES``)."""
    key = _chrome_key(line)
    return bool(key) and (key in CHROME_LINES or any(p.fullmatch(key) for p in CHROME_PATTERNS))


def clean_lines(lines: Iterable[str]) -> list[str]:
    """``lines`` without site chrome and without a headline block repeated at the top.

    * A line that is, as a whole, one of ``CHROME_LINES`` or matches one of
      ``CHROME_PATTERNS`` is dropped wherever it stands: "Breaking News" alone
      on a line is chrome, a sentence that mentions breaking news is not.
    * Among the first ``HEAD_WINDOW`` lines that are not chrome, a line equal to an earlier one
      (ignoring spacing and case) is dropped: pages saved to text often print
      the headline and standfirst twice. Further down a repeat is left alone; it
      may be a quotation or a refrain.

    Blank lines are kept as paragraph separators, runs of them reduced to one,
    none at either end. Other lines are returned unchanged.
    """
    kept: list[str] = []
    head_seen: set[str] = set()
    head_count = 0
    for line in lines:
        if not line.strip():
            if kept and kept[-1].strip():
                kept.append("")
            continue
        if is_chrome(line):
            continue
        if head_count < HEAD_WINDOW:
            head_count += 1
            key = _squash(line).casefold()
            if key in head_seen:
                continue
            head_seen.add(key)
        kept.append(line)
    while kept and not kept[-1].strip():
        kept.pop()
    return kept


def _clean_paragraphs(paragraphs: Iterable[str]) -> list[str]:
    return [p for p in clean_lines(paragraphs) if p.strip()]


# --------------------------------------------------------------------------- paragraphs of plain text

#: A block of lines no longer than this may be hard-wrapped prose; longer lines are paragraphs.
WRAP_WIDTH = 100
#: Blocks narrower than this are lists of short lines (headings, addresses), never rewrapped.
MIN_WRAP_WIDTH = 50
#: In wrapped prose a line shorter than this share of the block's width ends its paragraph.
SHORT_LINE = 0.7
#: The end of a sentence: a full stop, question or exclamation mark, or closing quote.
_ENDS_SENTENCE = re.compile(r"[.!?…][\"'”’»)]*$|[\"”»]$")


def _join_wrapped(head: str, line: str) -> str:
    # a line broken after a hyphen keeps the hyphen and takes no space ("well-" + "known")
    return head + line if head.endswith("-") and not head.endswith(" -") else f"{head} {line}"


def _reflow(lines: list[str], *, visual_lines: bool = False) -> list[str]:
    """Paragraphs of one block of non-empty lines (a block ends at a blank line).

    In a text file a block whose lines all fit in ``WRAP_WIDTH`` characters
    (and reach ``MIN_WRAP_WIDTH``) is hard-wrapped prose: its lines are joined,
    and a short line ends a paragraph. A block with longer lines is one
    paragraph per line, as editors and saved pages write it. PDF text
    (``visual_lines``) is always laid out in visual lines, so it is rewrapped
    whatever the width. Either way, a block most of whose lines end a sentence
    is taken as a sentence per line and left alone, and chrome lines are never
    joined to their neighbours.
    """
    if len(lines) < 2:
        return lines
    width = max(len(line) for line in lines)
    wrapped = width >= 30 if visual_lines else MIN_WRAP_WIDTH <= width <= WRAP_WIDTH
    # wrapping breaks lines anywhere; lines that mostly end sentences are one sentence each
    sentence_ends = sum(1 for line in lines[:-1] if _ENDS_SENTENCE.search(line))
    if not wrapped or sentence_ends * 2 > len(lines) - 1:
        return lines
    paragraphs: list[str] = []
    current = ""
    for line in lines:
        if is_chrome(line):
            if current:
                paragraphs.append(current)
            paragraphs.append(line)
            current = ""
            continue
        current = _join_wrapped(current, line) if current else line
        if len(line) < SHORT_LINE * width:
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return paragraphs


def _plain_paragraphs(text: str, *, visual_lines: bool = False) -> list[str]:
    """Paragraphs of plain text: blocks split at blank lines, each reflowed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")
    paragraphs: list[str] = []
    for block in re.split(r"\n[^\S\n]*\n", text):
        lines = [_squash(line) for line in block.split("\n")]
        paragraphs.extend(_reflow([line for line in lines if line], visual_lines=visual_lines))
    return paragraphs
