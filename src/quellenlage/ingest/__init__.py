"""Ingest: files, folders and globs become decoded :class:`SourceDoc` inputs.

:func:`plan` expands what the user named into a list of files (or rejections for paths that
do not exist), so a caller can show progress; :func:`read` turns one planned file into
SourceDocs. Every failure becomes a :class:`Rejection` and the batch goes on.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from quellenlage.errors import InputError
from quellenlage.ingest.decode import decode
from quellenlage.ingest.html import read_html
from quellenlage.ingest.jsonl import read_jsonl
from quellenlage.ingest.meta import read_sidecar, sidecar_for
from quellenlage.ingest.text import read_text
from quellenlage.model import Format, Metadata, Rejection, SourceDoc

__all__ = ["EXTENSIONS", "Planned", "Skipped", "plan", "read", "read_all"]

#: File endings read when a folder is given; other files in folders are skipped and counted.
EXTENSIONS: dict[str, Format] = {
    ".txt": Format.TEXT,
    ".text": Format.TEXT,
    ".html": Format.HTML,
    ".htm": Format.HTML,
    ".xhtml": Format.HTML,
    ".jsonl": Format.JSONL,
    ".ndjson": Format.JSONL,
}
_GLOB_CHARS = set("*?[")


@dataclass(frozen=True, slots=True)
class Planned:
    path: Path
    format: Format | None  # None: sniff the content


@dataclass(frozen=True, slots=True)
class Skipped:
    origin: str
    reason: str


def _in_folder(folder: Path) -> Iterator[Planned | Skipped]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = Path(root, name)
            if name.startswith(".") or name.endswith(".meta.json"):
                continue
            fmt = EXTENSIONS.get(path.suffix.lower())
            if fmt is None:
                yield Skipped(str(path), "not a .txt, .html or .jsonl file")
            else:
                yield Planned(path, fmt)


def plan(paths: Sequence[str]) -> list[Planned | Skipped | Rejection]:
    """Expand files, folders (recursively) and globs, in a stable order, without reading them."""
    out: list[Planned | Skipped | Rejection] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            out.extend(_in_folder(path))
        elif path.is_file():
            out.append(Planned(path, EXTENSIONS.get(path.suffix.lower())))
        elif _GLOB_CHARS & set(raw):
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                out.append(InputError("E102", path=raw).rejection(raw))
            out.extend(plan(matches))
        else:
            out.append(InputError("E101", path=raw).rejection(raw))
    return out


def _sniff(data: bytes) -> Format:
    head = data[:4096].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in head or b"<p" in head[:200]:
        return Format.HTML
    if head.startswith(b"{"):
        return Format.JSONL
    return Format.TEXT


def read(item: Planned, meta: Metadata, max_bytes: int) -> Iterator[SourceDoc | Rejection]:
    """Read one planned file. Sidecar metadata fills gaps left by ``meta`` (the command line)."""
    origin = str(item.path)
    try:
        sidecar = sidecar_for(item.path)
        if sidecar is not None:
            meta = meta.merged_over(read_sidecar(sidecar))
        fmt = item.format
        if fmt is Format.JSONL:
            yield from _read_jsonl(item.path, meta, max_bytes)
            return
        size = item.path.stat().st_size
        if size > max_bytes:
            raise InputError("E105", path=origin, size=size, limit=max_bytes)
        data = item.path.read_bytes()
        if fmt is None:
            fmt = _sniff(data)
            if fmt is Format.JSONL:
                yield from read_jsonl(_numbered(decode(data, origin)), origin, meta, max_bytes)
                return
        yield read_html(data, origin, meta) if fmt is Format.HTML else read_text(data, origin, meta)
    except InputError as err:
        yield err.rejection(origin)
    except OSError as err:
        yield InputError("E107", path=origin, detail=err.strerror or str(err)).rejection(origin)


def _numbered(text: str) -> Iterator[tuple[int, str]]:
    return enumerate(text.splitlines(), start=1)


def _read_jsonl(path: Path, meta: Metadata, max_bytes: int) -> Iterator[SourceDoc | Rejection]:
    """Stream a JSONL file line by line; the size limit applies to each record, not the whole file."""
    origin = str(path)
    if path.stat().st_size == 0:
        raise InputError("E103", path=origin)
    with path.open("rb") as handle:
        head = handle.read(8192)
        handle.seek(0)
        decode(head, origin)  # refuses binary files before any line is read
        lines = ((n, _decode_line(raw, f"{origin}:{n}")) for n, raw in enumerate(handle, start=1))
        for number, line in lines:
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
    paths: Sequence[str], meta: Metadata, max_bytes: int
) -> Iterator[SourceDoc | Rejection | Skipped]:
    """Everything the paths hold, in order."""
    for item in plan(paths):
        if isinstance(item, Planned):
            yield from read(item, meta, max_bytes)
        else:
            yield item
