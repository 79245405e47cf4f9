"""WARC and WARC.gz web archives (warcio), such as CC-NEWS: each HTML response record is one page.

The archive is streamed record by record; no more than one record's payload (bounded by the size limit)
is ever in memory. Records that are no HTML page (requests, metadata, redirects, images) are skipped with
a reason, so that a run's counts add up to the records read.
"""

from __future__ import annotations

import logging
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from quellenlage.errors import InputError
from quellenlage.ingest.decode import valid_unicode
from quellenlage.ingest.meta import iso_datetime
from quellenlage.model import Format, Metadata, Rejection, SourceDoc

__all__ = ["HtmlReader", "Record", "is_warc", "read_warc"]

#: Turns a page's bytes into a SourceDoc: ``ingest.html.read_html``, or a test's stand-in.
HtmlReader = Callable[[bytes, str, Metadata], SourceDoc]


class _Quiet(ArchiveIterator):  # type: ignore[misc]
    """warcio's iterator without its message on stderr about a record's bad length: only the faces
    print, and a damaged record ends as a rejection."""

    INC_RECORD = ""


# warcio logs a warning for every mangled target URI; with no handler of its own, Python would print it
logging.getLogger("warcio").addHandler(logging.NullHandler())


def is_warc(data: bytes) -> bool:
    """Whether bytes begin as a WARC file does, plain or gzipped (a gzipped one is assumed to be)."""
    return data.startswith((b"WARC/", b"\x1f\x8b"))


@dataclass(frozen=True, slots=True)
class Record:
    """A skipped WARC record: its origin and why it is no article."""

    origin: str
    reason: str


def read_warc(
    path: Path, origin: str, meta: Metadata, max_bytes: int, html: HtmlReader
) -> Iterator[SourceDoc | Rejection | Record]:
    """Every record of the archive at ``path``, in order, as a SourceDoc (an HTML response, its URL the
    record's target URI and its fetch time the record's date), a Record (skipped) or a Rejection. A
    damaged archive ends with rejection E120; the records before the damage were read."""
    with path.open("rb") as handle:
        yield from _records(handle, origin, meta, max_bytes, html)


def _records(
    handle: BinaryIO, origin: str, meta: Metadata, max_bytes: int, html: HtmlReader
) -> Iterator[SourceDoc | Rejection | Record]:
    number = 0
    end = 0  # where the last record read ends
    try:
        records = _Quiet(handle, arc2warc=True)
        for record in records:
            number += 1
            where = f"{origin}:{number}"
            try:
                result: SourceDoc | Rejection | Record = _record(record, where, number, meta, max_bytes, html)
            except InputError as err:
                result = err.rejection(where)
            end = records.get_record_offset() + records.get_record_length()
            yield result
    # warcio raises AttributeError, KeyError or TypeError on records whose headers are mangled
    except (
        ArchiveLoadFailed,
        EOFError,
        zlib.error,
        ValueError,
        OSError,
        AttributeError,
        KeyError,
        TypeError,
    ) as err:
        yield _damaged(origin, number + 1, valid_unicode(str(err))[:200] or type(err).__name__)
        return
    handle.seek(end)
    if handle.read(64).strip():  # bytes after the last record that warcio read: a record cut short
        yield _damaged(origin, number + 1, "the archive ends inside a record's header, or holds no records")


def _damaged(origin: str, number: int, detail: str) -> Rejection:
    """Rejection E120 of the archive at ``origin``, from its record ``number`` on."""
    return InputError("E120", path=origin, record=number, detail=detail).rejection(f"{origin}:{number}")


def _record(
    record: Any, where: str, number: int, meta: Metadata, max_bytes: int, html: HtmlReader
) -> SourceDoc | Record:
    kind = record.rec_type
    if not kind or record.rec_headers.get_header("Content-Length") is None:  # a header cut short
        raise InputError("E120", path=where, record=number, detail="the record's header is incomplete")
    if kind not in ("response", "resource"):
        return Record(where, f"a WARC {kind} record, not a response")
    http = record.http_headers
    if http is not None:
        status = http.get_statuscode()
        if status != "200":
            return Record(where, f"an HTTP {status} response, not a page")
        ctype = (http.get_header("Content-Type") or "").lower()
    else:
        ctype = (record.rec_headers.get_header("Content-Type") or "").lower()
    if ctype and "html" not in ctype:
        return Record(where, f"a {ctype.split(';')[0].strip()} response, not an HTML page")
    payload = record.content_stream().read(max_bytes + 1)
    if len(payload) > max_bytes:
        raise InputError("E105", path=where, size=f"more than {max_bytes}", limit=max_bytes)
    if getattr(record.raw_stream, "limit", 0):  # the record ended before its declared length
        raise InputError("E120", path=where, record=number, detail="the record is truncated")
    url = valid_unicode(record.rec_headers.get_header("WARC-Target-URI") or "") or None
    own = Metadata(url=url, fetched=iso_datetime(record.rec_headers.get_header("WARC-Date")))
    doc = html(payload, where, meta.merged_over(own))  # what the command line says comes first
    return SourceDoc(origin=where, format=Format.WARC, text=doc.text, meta=doc.meta)
