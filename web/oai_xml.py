"""A small XML builder for the OAI-PMH responses: elements, escaping, and text XML 1.0 can hold.

Responses are built as a tree of :class:`Node` and serialised once; text that XML 1.0
cannot carry (control characters) is dropped by :func:`clean` rather than breaking
the document a harvester parses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

#: Characters XML 1.0 does not allow anywhere, even escaped.
_ILLEGAL_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def clean(text: str) -> str:
    """``text`` without the characters XML 1.0 forbids (control characters, lone surrogates, U+FFFE/F)."""
    return _ILLEGAL_XML.sub("", text)


def _escape(text: str, attribute: bool = False) -> str:
    text = clean(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if attribute:
        text = (text.replace('"', "&quot;").replace("\t", "&#9;").replace("\n", "&#10;")
                .replace("\r", "&#13;"))
    else:
        text = text.replace("\r", "&#13;")      # a raw CR would be normalised away by parsers
    return text


@dataclass
class Node:
    """One element: a qualified tag as written (``dc:title``), attributes, text and children."""

    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    text: str | None = None
    children: list[Node] = field(default_factory=list)

    def add(self, tag: str, text: str | None = None, **attrs: str) -> Node:
        child = Node(tag, {k.replace("__", ":"): v for k, v in attrs.items()}, text)
        self.children.append(child)
        return child

    def write(self, out: list[str]) -> None:
        attrs = "".join(f' {name}="{_escape(value, True)}"' for name, value in self.attrs.items())
        if self.text is None and not self.children:
            out.append(f"<{self.tag}{attrs}/>")
            return
        out.append(f"<{self.tag}{attrs}>")
        if self.text is not None:
            out.append(_escape(self.text))
        for child in self.children:
            child.write(out)
        out.append(f"</{self.tag}>")


def serialize(node: Node) -> str:
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n']
    node.write(out)
    out.append("\n")
    return "".join(out)


