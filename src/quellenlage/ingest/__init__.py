"""Ingest: files, folders and globs become decoded :class:`SourceDoc` inputs.

:func:`plan` expands what the user named into a list of files (or rejections for paths that
do not exist), so a caller can show progress; :func:`read` turns one planned file into
SourceDocs. Every failure becomes a :class:`Rejection` and the batch goes on.
"""

from __future__ import annotations

import fnmatch
import glob
import gzip
import os
import stat
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from quellenlage.errors import InputError
from quellenlage.ingest.decode import decode
from quellenlage.ingest.feed import Known, is_feed, read_feed
from quellenlage.ingest.fetch import Fetcher, is_url
from quellenlage.ingest.html import read_html
from quellenlage.ingest.jsonl import read_jsonl
from quellenlage.ingest.meta import read_sidecar, sidecar_for
from quellenlage.ingest.text import read_text
from quellenlage.ingest.warc import Record, read_warc
from quellenlage.model import Format, Metadata, Rejection, SourceDoc

__all__ = [
    "EXTENSIONS",
    "Fetcher",
    "Planned",
    "Remote",
    "Skipped",
    "origin_of",
    "plan",
    "planned",
    "read",
    "read_all",
]

#: File endings read when a folder is given; other files in folders are skipped and counted.
EXTENSIONS: dict[str, Format] = {
    ".txt": Format.TEXT,
    ".text": Format.TEXT,
    ".html": Format.HTML,
    ".htm": Format.HTML,
    ".xhtml": Format.HTML,
    ".jsonl": Format.JSONL,
    ".ndjson": Format.JSONL,
    ".rss": Format.FEED,
    ".atom": Format.FEED,
    ".xml": Format.FEED,
    ".warc": Format.WARC,
}
_GLOB_CHARS = set("*?[")


@dataclass(frozen=True, slots=True)
class Planned:
    path: Path
    format: Format | None  # None: sniff the content
    compressed: bool = False  # gzip: read through a decompressor, its output bounded by the size limit

    @property
    def origin(self) -> str:
        return origin_of(self.path)


@dataclass(frozen=True, slots=True)
class Remote:
    """A page or feed to fetch by URL."""

    url: str

    @property
    def origin(self) -> str:
        return origin_of(self.url)


def planned(path: Path) -> Planned:
    """A file to read, its format from its name: ``a.jsonl.gz`` is gzip-compressed JSONL. A ``.warc.gz``
    is read by the WARC reader itself, record by record, as its records are compressed one by one."""
    if path.name.lower().endswith(".gz"):
        inner = EXTENSIONS.get(Path(path.name[:-3]).suffix.lower())
        return Planned(path, inner, compressed=inner is not Format.WARC)
    return Planned(path, EXTENSIONS.get(path.suffix.lower()))


@dataclass(frozen=True, slots=True)
class Skipped:
    origin: str
    reason: str


def origin_of(path: str | Path) -> str:
    """A path as the text that names its input: bytes of a file name that are not UTF-8 become ``\\xNN``
    escapes, so that the name can be stored and printed; the file is still opened by its real path."""
    raw = os.fsencode(path)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("utf-8", "backslashreplace")


def _not_regular(path: Path) -> str | None:
    """Why ``path`` is no file to read, or None for a regular file. Never opens it: opening a FIFO blocks
    until something writes to it, and a device such as /dev/zero never ends."""
    try:
        mode = path.stat().st_mode
    except OSError as err:
        return "a broken link" if path.is_symlink() else f"cannot be examined: {err.strerror or err}"
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe), not a file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device, not a file"
    if stat.S_ISSOCK(mode):
        return "a socket, not a file"
    return "not a regular file"


def _unreadable(err: OSError, fallback: str | Path) -> Rejection:
    where = origin_of(err.filename or fallback)
    return InputError("E114", path=where, detail=err.strerror or str(err)).rejection(where)


def _not_entered(root: str, name: str) -> str | None:
    """Why a walk does not go into the folder ``name`` below ``root``, or None when it does."""
    if name.startswith("."):
        return "a hidden folder"
    if Path(root, name).is_symlink():
        return "a link to a folder, not followed"
    return None


def _in_folder(folder: Path) -> Iterator[Planned | Skipped | Rejection]:
    """Every file below ``folder``, in a stable order. Links to folders are not followed (a link loop
    would never end); hidden files and folders, FIFOs, devices and broken links are skipped with a
    reason, and a folder that cannot be read is a rejection."""
    failures: list[OSError] = []
    for root, dirs, files in os.walk(folder, onerror=failures.append):
        while failures:
            yield _unreadable(failures.pop(0), root)
        kept = []
        for d in sorted(dirs):
            if (why := _not_entered(root, d)) is not None:
                yield Skipped(origin_of(Path(root, d)), why)
            else:
                kept.append(d)
        dirs[:] = kept
        for name in sorted(files):
            path = Path(root, name)
            if name.endswith(".meta.json"):
                continue  # read with the file it describes
            origin = origin_of(path)
            if name.startswith("."):
                yield Skipped(origin, "a hidden file")
            elif (why := _not_regular(path)) is not None:
                yield Skipped(origin, why)
            elif (item := planned(path)).format is None:
                yield Skipped(origin, "not a text, HTML, JSONL, feed or WARC file, nor one of them gzipped")
            else:
                yield item
    while failures:  # the folder itself
        yield _unreadable(failures.pop(0), folder)


def _matches(parts: Sequence[str], names: Sequence[str]) -> bool:
    """Whether a path's components match a glob's components, ``**`` standing for any number of them."""
    if not parts:
        return not names
    if parts[0] == "**":
        return any(_matches(parts[1:], names[k:]) for k in range(len(names) + 1))
    return bool(names) and fnmatch.fnmatchcase(names[0], parts[0]) and _matches(parts[1:], names[1:])


def _glob(pattern: str) -> list[str]:
    """The paths a pattern matches, sorted. ``**`` matches any number of folders, without following
    links to folders: Python's own glob follows them, and through a link loop it never ends."""
    if "**" not in pattern:
        return sorted(glob.glob(pattern))
    parts = Path(pattern).parts
    fixed = next(i for i, part in enumerate(parts) if _GLOB_CHARS & set(part))
    base = Path(*parts[:fixed]) if fixed else Path(".")
    rest: list[str] = []
    for part in parts[fixed:]:
        if not (part == "**" and rest and rest[-1] == "**"):
            rest.append(part)
    out: list[str] = []
    for root, dirs, files in os.walk(base):
        dirs[:] = sorted(d for d in dirs if _not_entered(root, d) is None)
        inside = Path(root).relative_to(base).parts
        for name in (*dirs, *files):
            if not name.startswith(".") and _matches(rest, (*inside, name)):
                out.append(str(Path(root, name)))
    return sorted(out)


def plan(paths: Sequence[str]) -> list[Planned | Remote | Skipped | Rejection]:
    """Expand files, folders (recursively), globs and URLs, in a stable order, without reading them."""
    out: list[Planned | Remote | Skipped | Rejection] = []
    for raw in paths:
        path = Path(raw)
        origin = origin_of(raw)
        if is_url(raw):
            out.append(Remote(raw))
        elif path.is_dir():
            out.extend(_in_folder(path))
        elif path.exists() and (why := _not_regular(path)) is not None:
            out.append(Skipped(origin, why))
        elif path.is_file():
            out.append(planned(path))
        elif _GLOB_CHARS & set(raw):
            matches = _glob(raw)
            if not matches:
                out.append(InputError("E102", path=origin).rejection(origin))
            out.extend(plan(matches))
        elif path.is_symlink():
            out.append(Skipped(origin, "a broken link"))
        else:
            out.append(InputError("E101", path=origin).rejection(origin))
    return out


#: How an HTML page begins.
_HTML_START = (b"<!doctype html", b"<html")


def _is_html_page(data: bytes) -> bool:
    """Whether a file begins as an HTML page does, whatever its name says."""
    return data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower().startswith(_HTML_START)


def _sniff(data: bytes) -> Format:
    if is_feed(data):
        return Format.FEED
    head = data[:4096].lstrip().lower()
    if head.startswith((*_HTML_START, b"<?xml")) or b"<body" in head or b"<p" in head[:200]:
        return Format.HTML
    if head.startswith(b"{"):
        return Format.JSONL
    return Format.TEXT


def read(
    item: Planned | Remote,
    meta: Metadata,
    max_bytes: int,
    fetcher: Fetcher | None = None,
    follow_links: bool = False,
    known: Callable[[str], bool] | None = None,
) -> Iterator[SourceDoc | Rejection | Skipped]:
    """Read one planned file or URL. Sidecar metadata fills gaps left by ``meta`` (the command line).
    ``fetcher`` fetches URLs; with ``follow_links``, a feed entry that holds only a summary is read from
    the page it links to (always for a feed fetched by URL). A feed entry whose origin ``known`` says is
    stored is skipped unread ("already stored")."""
    if isinstance(item, Remote):
        yield from _unchanged(_read_remote(item, meta, fetcher or Fetcher(max_bytes=max_bytes), known))
        return
    origin = item.origin
    try:
        sidecar = sidecar_for(item.path)
        if sidecar is not None:
            meta = meta.merged_over(read_sidecar(sidecar))
        fmt = item.format
        if fmt is None and not item.compressed and _head(item.path).startswith(b"WARC/"):
            fmt = Format.WARC
        if fmt is Format.JSONL:
            yield from _read_jsonl(item, meta, max_bytes)
            return
        if fmt is Format.WARC:
            for record in read_warc(item.path, origin, meta, max_bytes, read_html):
                yield Skipped(record.origin, record.reason) if isinstance(record, Record) else record
            return
        data = _read_bounded(item, origin, max_bytes)
        if fmt is None or (fmt is Format.TEXT and _is_html_page(data)):  # a page saved as .txt
            fmt = _sniff(data)
            if fmt is Format.JSONL:
                yield from read_jsonl(_numbered(decode(data, origin)), origin, meta, max_bytes)
                return
        if fmt is Format.FEED:
            page = _page_reader(fetcher) if follow_links and fetcher is not None else None
            yield from _unchanged(read_feed(data, origin, meta, page, known))
            return
        yield read_html(data, origin, meta) if fmt is Format.HTML else read_text(data, origin, meta)
    except InputError as err:
        yield err.rejection(origin)
    except _BROKEN_GZIP as err:
        yield InputError("E115", path=origin, detail=str(err) or type(err).__name__).rejection(origin)
    except OSError as err:
        yield InputError("E107", path=origin, detail=err.strerror or str(err)).rejection(origin)


def _head(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(16)


#: The reason given for a feed entry that a poll finds stored already.
ALREADY_STORED = "already stored"


def _unchanged(
    results: Iterable[SourceDoc | Rejection | Known],
) -> Iterator[SourceDoc | Rejection | Skipped]:
    for result in results:
        yield Skipped(result.origin, ALREADY_STORED) if isinstance(result, Known) else result


def _read_remote(
    item: Remote, meta: Metadata, fetcher: Fetcher, known: Callable[[str], bool] | None
) -> Iterator[SourceDoc | Rejection | Known]:
    """A page or a feed fetched by URL; a feed's teaser entries are read from their pages."""
    origin = item.origin
    try:
        got = fetcher.get(item.url)
        if is_feed(got.content):  # by content: "xml" in a content type is also XHTML
            yield from read_feed(got.content, origin, meta, _page_reader(fetcher), known)
            return
        own = Metadata(url=got.url, fetched=got.fetched)
        yield read_html(got.content, origin, meta.merged_over(own))
    except InputError as err:
        yield err.rejection(origin)


def _page_reader(fetcher: Fetcher) -> Callable[[str, Metadata], SourceDoc | None]:
    """Reads the page a feed entry links to; None when it cannot be fetched or holds no article."""

    def page(url: str, meta: Metadata) -> SourceDoc | None:
        try:
            got = fetcher.get(url)
            return read_html(got.content, origin_of(url), meta.merged_over(Metadata(fetched=got.fetched)))
        except InputError:
            return None

    return page


#: What a truncated or corrupt gzip stream raises while it is read.
_BROKEN_GZIP = (EOFError, zlib.error, gzip.BadGzipFile)


def _read_bounded(item: Planned, origin: str, max_bytes: int) -> bytes:
    """A whole file, never more than ``max_bytes`` of it: a compressed one is decompressed only so far,
    so a small file that unpacks to gigabytes (a gzip bomb) costs no more than the limit."""
    if not item.compressed:
        size = item.path.stat().st_size
        if size > max_bytes:
            raise InputError("E105", path=origin, size=size, limit=max_bytes)
        return item.path.read_bytes()
    with gzip.open(item.path, "rb") as handle:
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError("E116", path=origin, limit=max_bytes)
    return data


def _numbered(text: str) -> Iterator[tuple[int, str]]:
    return enumerate(text.splitlines(), start=1)


def _read_jsonl(item: Planned, meta: Metadata, max_bytes: int) -> Iterator[SourceDoc | Rejection]:
    """Stream a JSONL file line by line (through gzip for ``.jsonl.gz``); the size limit applies to each
    record, not the whole file."""
    path = item.path
    origin = origin_of(path)
    if path.stat().st_size == 0:
        raise InputError("E103", path=origin)
    with gzip.open(path, "rb") if item.compressed else path.open("rb") as handle:
        head = handle.read(8192)
        handle.seek(0)
        decode(head, origin)  # refuses binary files before any line is read
        number = 0
        while raw := handle.readline(max_bytes + 1):  # never more than one record's limit in memory
            number += 1
            where = f"{origin}:{number}"
            if len(raw) > max_bytes and not raw.endswith(b"\n"):
                size = len(raw)
                while raw and not raw.endswith(b"\n"):  # pass over the rest of the line
                    raw = handle.readline(1 << 20)
                    size += len(raw)
                yield InputError("E105", path=where, size=size, limit=max_bytes).rejection(where)
                continue
            if number == 1:
                raw = raw.removeprefix(b"\xef\xbb\xbf")  # a byte-order mark is not part of the record
            line = _decode_line(raw, where)
            if isinstance(line, Rejection):
                yield line
            else:
                yield from read_jsonl([(number, line)], origin, meta, max_bytes)


def _decode_line(raw: bytes, origin: str) -> str | Rejection:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        try:
            return decode(raw, origin)
        except InputError as err:
            return err.rejection(origin)


def read_all(
    paths: Sequence[str], meta: Metadata, max_bytes: int, fetcher: Fetcher | None = None
) -> Iterator[SourceDoc | Rejection | Skipped]:
    """Everything the paths hold, in order."""
    for item in plan(paths):
        if isinstance(item, Planned | Remote):
            yield from read(item, meta, max_bytes, fetcher)
        else:
            yield item
