"""Single HTML pages: main text by trafilatura, publication date by htmldate (through trafilatura)."""

from __future__ import annotations

import re
from datetime import datetime

import trafilatura
from trafilatura.settings import Document

from quellenlage.errors import InputError
from quellenlage.ingest.decode import looks_binary
from quellenlage.model import Format, Metadata, SourceDoc

#: htmldate options: the original publication date, searched hard, with time and offset when given.
DATE_OPTIONS = {"original_date": True, "extensive_search": True, "outputformat": "%Y-%m-%dT%H:%M:%S%z"}

#: Fewer words than this is navigation or a stub, not an article's main text.
MIN_WORDS = 10
#: More tags than this is no article page (a news page has a few thousand); extraction would take
#: minutes, so the page is refused before it is parsed.
MAX_TAGS = 200_000


def _date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


#: A site name that is only a host: trafilatura's stand-in when a page names no site.
_HOST_ONLY = re.compile(r"(?:[\w-]+\.)+[a-z]{2,}", re.IGNORECASE)


def _site_name(value: str | None) -> str | None:
    """The page's own name for its site; None for none, or a bare host (``m.bote.example``): the
    outlet is then named from the URL, by the domain table or the registered domain."""
    if not value or _HOST_ONLY.fullmatch(value.strip()):
        return None
    return value.strip()


def read_html(data: bytes | str, origin: str, meta: Metadata) -> SourceDoc:
    """Raise E103 for an empty page, E104 for binary bytes, E110 when no main text is found."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if not raw.strip():
        raise InputError("E103", path=origin)
    if looks_binary(raw):
        raise InputError("E104", path=origin)
    if (tags := raw.count(b"<")) > MAX_TAGS:
        raise InputError("E117", path=origin, tags=tags, limit=MAX_TAGS)
    try:
        doc = trafilatura.bare_extraction(
            raw,
            url=meta.url,
            include_comments=False,
            include_tables=True,
            with_metadata=True,
            deduplicate=False,
            date_extraction_params=DATE_OPTIONS,
        )
    except (ValueError, TypeError, AttributeError) as err:  # malformed markup deep inside lxml
        raise InputError("E110", path=origin) from err
    if not isinstance(doc, Document) or not doc.text or len(doc.text.split()) < MIN_WORDS:
        raise InputError("E110", path=origin)
    authors = tuple(a.strip() for a in (doc.author or "").split(";") if a.strip())
    page = Metadata(
        outlet=_site_name(doc.sitename),
        url=doc.url or None,
        published=_date(doc.date),
        title=doc.title or None,
        authors=authors,
    )
    return SourceDoc(origin=origin, format=Format.HTML, text=doc.text, meta=meta.merged_over(page))
