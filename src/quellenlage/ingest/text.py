"""Plain-text scrapes: the whole file is one article."""

from __future__ import annotations

from quellenlage.ingest.decode import decode
from quellenlage.model import Format, Metadata, SourceDoc


def read_text(data: bytes, origin: str, meta: Metadata) -> SourceDoc:
    return SourceDoc(origin=origin, format=Format.TEXT, text=decode(data, origin), meta=meta)
