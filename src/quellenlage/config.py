"""Settings with defaults, each readable from the environment.

Every setting is documented in ``SETTINGS`` and a test checks that the README names each one.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from quellenlage.errors import UsageError

#: environment variable -> (default, help)
SETTINGS: Final[dict[str, tuple[str, str]]] = {
    "QUELLENLAGE_DB": ("quellenlage.db", "path of the SQLite database file"),
    "QUELLENLAGE_MAX_BYTES": ("5000000", "inputs larger than this many bytes are rejected"),
    "QUELLENLAGE_ARTICLE_SECONDS": ("120", "an article whose stages take longer than this is rejected"),
    "QUELLENLAGE_OUTLETS": ("", "a JSON file of web domain -> outlet name, read before the built-in table"),
}


@dataclass(frozen=True, slots=True)
class Settings:
    db: Path
    max_bytes: int
    article_seconds: float
    outlets: Path | None = None

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ

        def get(name: str) -> str:
            return env.get(name) or SETTINGS[name][0]

        def positive(name: str, kind: type[int] | type[float], unit: str) -> Any:
            raw = get(name)
            try:
                value = kind(raw)
            except ValueError:
                value = 0
            if not 0 < value < float("inf"):
                raise UsageError("E403", name=name, value=raw, expected=f"give a positive number of {unit}")
            return value

        return cls(
            db=Path(get("QUELLENLAGE_DB")),
            max_bytes=positive("QUELLENLAGE_MAX_BYTES", int, "bytes"),
            article_seconds=positive("QUELLENLAGE_ARTICLE_SECONDS", float, "seconds"),
            outlets=Path(get("QUELLENLAGE_OUTLETS")) if get("QUELLENLAGE_OUTLETS") else None,
        )

    def outlet_table(self) -> dict[str, str]:
        """The domain table of ``QUELLENLAGE_OUTLETS``: ``{"rp-online.de": "Rheinische Post", ...}``,
        domains lower-cased, without ``www.``; empty when the setting is not given. Raise E407 for a file
        that cannot be read or is no such object."""
        if self.outlets is None:
            return {}
        try:
            raw = json.loads(self.outlets.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError, RecursionError) as err:
            raise UsageError("E407", path=str(self.outlets), detail=str(err)[:200]) from err
        if not isinstance(raw, dict) or not all(
            isinstance(k, str) and isinstance(v, str) and k.strip() and v.strip() for k, v in raw.items()
        ):
            detail = "an object of domain -> outlet name, both non-empty strings, is needed"
            raise UsageError("E407", path=str(self.outlets), detail=detail)
        return {k.strip().lower().removeprefix("www."): v.strip() for k, v in raw.items()}


_UNITS: Final = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_interval(text: str) -> float:
    """Seconds from ``"90"``, ``"30s"``, ``"10m"``, ``"1h"`` or ``"1d"``; E408 for anything else or for
    less than one second."""
    raw = text.strip().lower()
    unit = raw[-1:] if raw[-1:] in _UNITS else "s"
    number = raw[:-1] if raw[-1:] in _UNITS else raw
    try:
        seconds = float(number) * _UNITS[unit]
    except ValueError:
        seconds = 0
    if not 1 <= seconds < float("inf"):
        raise UsageError("E408", value=text)
    return seconds
