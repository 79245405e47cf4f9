"""JSONL: one article per line with ``text`` and optional ``url``, ``outlet``, ``title``, ``published``."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from quellenlage.errors import InputError
from quellenlage.ingest.decode import valid_unicode
from quellenlage.ingest.meta import metadata_from_mapping
from quellenlage.model import Format, Metadata, Rejection, SourceDoc


def read_jsonl(
    lines: Iterable[tuple[int, str]], path: str, meta: Metadata, max_bytes: int
) -> Iterator[SourceDoc | Rejection]:
    """Each numbered line becomes a SourceDoc, or a Rejection that names the line; the others go on."""
    for number, line in lines:
        if not line.strip():
            continue
        origin = f"{path}:{number}"
        try:
            yield _record(line, origin, number, meta, max_bytes)
        except InputError as err:
            yield err.rejection(origin)


def _record(line: str, origin: str, number: int, meta: Metadata, max_bytes: int) -> SourceDoc:
    size = len(line.encode("utf-8"))
    if size > max_bytes:
        raise InputError("E105", path=origin, size=size, limit=max_bytes)
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        raise InputError("E108", line=number, detail=err.msg) from err
    except RecursionError as err:
        raise InputError("E108", line=number, detail="arrays or objects nested too deeply") from err
    except ValueError as err:  # an integer of more than 4,300 digits
        raise InputError("E108", line=number, detail=str(err)) from err
    if not isinstance(record, dict):
        raise InputError("E108", line=number, detail="a JSON object is needed")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError("E109", line=number)
    own = metadata_from_mapping(record)
    return SourceDoc(origin=origin, format=Format.JSONL, text=valid_unicode(text), meta=meta.merged_over(own))
