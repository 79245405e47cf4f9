"""Metadata given from outside the text: CLI options, sidecar files and JSONL fields."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path

from quellenlage.errors import InputError
from quellenlage.ingest.decode import valid_unicode
from quellenlage.model import Metadata


def iso_datetime(value: str | None) -> datetime | None:
    """An ISO 8601 date or date-time (``Z`` for UTC included), or None for none or anything else."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.strip())
    except ValueError:
        return None


def parse_published(value: object) -> datetime | None:
    """An ISO 8601 date or date-time; raise E111 for anything else. Whether the date can be a published
    one (not before 1990, not in the future) cleaning judges, and records its judgement."""
    if value is None or value == "":
        return None
    if isinstance(value, str) and (parsed := iso_datetime(value)) is not None:
        return parsed
    raise InputError("E111", field="published", value=_shown(value), expected=_ISO_DATE)


_ISO_DATE = "an ISO 8601 date such as 2025-08-17T20:11+02:00"


def _shown(value: object) -> str:
    """A bad value as a message shows it: its start, whatever its size or nesting."""
    try:
        text = repr(value)
    except (RecursionError, ValueError):
        text = f"a {type(value).__name__}"
    return valid_unicode(text if len(text) <= 80 else text[:77] + "...")


def _text(value: object, name: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError("E111", field=name, value=_shown(value), expected="a string")
    return valid_unicode(value).strip() or None


def metadata_from_mapping(record: Mapping[str, object]) -> Metadata:
    authors = record.get("authors") or ()
    if isinstance(authors, str):
        authors = [authors]
    if not isinstance(authors, list | tuple) or not all(isinstance(a, str) for a in authors):
        raise InputError("E111", field="authors", value=_shown(authors), expected="a name or a list of names")
    return Metadata(
        outlet=_text(record.get("outlet"), "outlet"),
        url=_text(record.get("url"), "url"),
        published=parse_published(record.get("published")),
        title=_text(record.get("title"), "title"),
        authors=tuple(valid_unicode(a).strip() for a in authors if a.strip()),
    )


def sidecar_for(path: Path) -> Path | None:
    """``NAME.meta.json`` beside ``NAME.txt`` (or ``NAME.txt.meta.json``), if there is one."""
    for candidate in (path.with_name(path.stem + ".meta.json"), path.with_name(path.name + ".meta.json")):
        if candidate.is_file():
            return candidate
    return None


def read_sidecar(path: Path) -> Metadata:
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except RecursionError as err:
        raise InputError("E112", path=str(path), detail="arrays or objects nested too deeply") from err
    except (OSError, UnicodeDecodeError, ValueError) as err:  # ValueError: also an over-long integer
        raise InputError("E112", path=str(path), detail=str(err)) from err
    if not isinstance(record, dict):
        raise InputError("E112", path=str(path), detail="a JSON object is needed")
    return metadata_from_mapping(record)
