"""RSS and Atom feeds (feedparser): each entry becomes one input, with its link, title, time and authors.

The feed is parsed from bytes, never from a URL, so feedparser itself never fetches anything. A feed that
declares XML entities is refused before it is parsed: real news feeds never declare any, and entity
expansion ("billion laughs") or external entities are how a feed attacks its reader.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from time import struct_time
from typing import Any

import feedparser
import lxml.html
from lxml import etree

from quellenlage.errors import InputError
from quellenlage.ingest.decode import valid_unicode
from quellenlage.model import Format, Metadata, Rejection, SourceDoc

__all__ = ["Known", "PageReader", "fragment_text", "is_feed", "read_feed"]

#: Reads the page an entry links to when the entry holds only a summary: a SourceDoc, or None when the
#: page cannot be had (the summary is used instead).
PageReader = Callable[[str, Metadata], SourceDoc | None]

_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
_TEXT_ROOT = re.compile(r"<(?:rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
_TEXT_ENTITY = re.compile(r"<!ENTITY", re.IGNORECASE)
#: Byte-order marks and first bytes of the encodings in which "<!ENTITY" is not those ASCII bytes.
_WIDE = (
    (b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\x00<", "utf-32-be"), (b"<\x00\x00\x00", "utf-32-le"),
    (b"\xfe\xff", "utf-16-be"), (b"\xff\xfe", "utf-16-le"), (b"\x00<", "utf-16-be"), (b"<\x00", "utf-16-le"),
)  # fmt: skip


def _declares_entities(data: bytes) -> bool:
    """Whether the document declares an entity anywhere before its root element, however long the
    prolog (comments can pad it) and in whichever encoding: UTF-16 and UTF-32 are read as such, any
    other as bytes (every encoding a feed parser accepts otherwise writes ASCII as ASCII)."""
    encoding = next((e for head, e in _WIDE if data.startswith(head)), "latin-1")
    text = data.decode(encoding, "replace")
    prolog = text[: m.start()] if (m := _TEXT_ROOT.search(text)) else text
    return _TEXT_ENTITY.search(prolog) is not None


#: Elements after which text starts a new paragraph.
_BLOCKS = (
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "br",
    "tr",
    "figure",
)
_XML_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SPACE = re.compile(r"[ \t\r\f\v\n]+")


@dataclass(frozen=True, slots=True)
class Known:
    """An entry stored before (a feed polled again): not read again."""

    origin: str


def is_feed(data: bytes) -> bool:
    """Whether bytes begin as an RSS, RDF or Atom document does."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith((b"<?xml", b"<rss", b"<feed", b"<rdf")) and _ROOT.search(head) is not None


def read_feed(
    data: bytes,
    origin: str,
    meta: Metadata,
    page: PageReader | None = None,
    known: Callable[[str], bool] | None = None,
) -> Iterator[SourceDoc | Rejection | Known]:
    """Each entry of a feed, in feed order. An entry's origin is the feed's origin and the entry's id, so
    that reading the same feed again finds the same origins. An entry whose origin ``known`` says is
    stored already is yielded as :class:`Known`, unread and unfetched. ``page`` fetches the linked page
    of an entry that carries only a summary. Raise E118 for a feed that declares entities, E119 for none."""
    if not data.strip():
        raise InputError("E103", path=origin)
    if _declares_entities(data):
        raise InputError("E118", path=origin)
    try:
        parsed = feedparser.parse(data, resolve_relative_uris=False, sanitize_html=False)
    except Exception as err:  # feedparser on hostile bytes: broken encodings, huge character
        # references (OverflowError) and worse; whatever it raises, the feed is unreadable
        raise InputError("E119", path=origin, detail=f"{type(err).__name__}: {err}"[:200]) from err
    if not parsed.get("version") and not parsed.get("entries"):
        detail = str(parsed.get("bozo_exception") or "no RSS or Atom elements")
        raise InputError("E119", path=origin, detail=detail)
    seen: set[str] = set()
    for number, entry in enumerate(parsed.get("entries", []), start=1):
        key = valid_unicode(str(entry.get("id") or entry.get("link") or f"entry-{number}"))
        where = f"{origin}#{key}" if key not in seen else f"{origin}#{key}-{number}"
        seen.add(key)
        if known is not None and known(where):
            yield Known(where)
            continue
        try:
            yield _entry(entry, where, meta, page)
        except InputError as err:
            yield err.rejection(where)


def _entry(entry: Any, where: str, meta: Metadata, page: PageReader | None) -> SourceDoc:
    link = _text(entry.get("link"))
    own = Metadata(
        url=link or None,
        title=_text(entry.get("title")) or None,
        # the plain dict's get: feedparser's own maps a missing key to another, with a warning
        published=_when(dict.get(entry, "published_parsed") or dict.get(entry, "updated_parsed")),
        authors=tuple(a for a in (_author(x) for x in entry.get("authors", [])) if a),
    )
    merged = meta.merged_over(own)
    body = _body(entry)
    if page is not None and link and not entry.get("content"):  # a teaser: the page holds the article
        doc = page(link, merged)
        if doc is not None:
            return SourceDoc(
                origin=where, format=Format.FEED, text=doc.text, meta=merged.merged_over(doc.meta)
            )
    if not body.strip():
        raise InputError("E109", line=where)
    title = own.title
    text = body if not title or body.startswith(title) else f"{title}\n\n{body}"
    return SourceDoc(origin=where, format=Format.FEED, text=text, meta=merged)


def _body(entry: Any) -> str:
    """The longest text the entry carries: its full content when there is one, else its summary."""
    best = ""
    for part in [*entry.get("content", []), entry.get("summary_detail") or {}]:
        value = _text(part.get("value"))
        kind = str(part.get("type") or "text/html")
        text = fragment_text(value) if "html" in kind else _paragraphs(value)
        if len(text) > len(best):
            best = text
    return best


def fragment_text(html: str) -> str:
    """The text of an HTML fragment, one paragraph per block element, scripts and styles left out."""
    html = _XML_UNSAFE.sub("", html)  # lxml refuses control characters
    if not html.strip():
        return ""
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError):
        return _paragraphs(html)
    for bad in root.xpath(".//script|.//style"):
        bad.drop_tree()
    for el in root.iter(*_BLOCKS):
        el.tail = "\n\n" + (el.tail or "")
        if el.tag != "br":
            el.text = "\n\n" + (el.text or "")
    return _paragraphs(root.text_content())


def _paragraphs(text: str) -> str:
    paras = (_SPACE.sub(" ", p).strip() for p in re.split(r"\n\s*\n", text.replace("\xa0", " ")))
    return "\n\n".join(p for p in paras if p)


def _text(value: object) -> str:
    return valid_unicode(value).strip() if isinstance(value, str) else ""


def _author(value: object) -> str:
    """An author's name: ``"x@y.de (Anna Muster)"`` is Anna Muster; an address alone is no name."""
    name = _text(value.get("name")) if isinstance(value, dict) else ""
    if m := re.fullmatch(r"\S+@\S+\s*\((.+)\)", name):
        name = m.group(1).strip()
    return "" if "@" in name else name


def _when(value: object) -> datetime | None:
    """feedparser's time (UTC) as an aware datetime. Cleaning judges whether it is plausible."""
    if not isinstance(value, struct_time):
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(value), UTC)
    except (OverflowError, ValueError, OSError):
        return None
