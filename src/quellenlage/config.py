"""Settings with defaults, each readable from the environment.

Every setting is documented in ``SETTINGS`` and a test checks that the README names each one.
"""

from __future__ import annotations

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
}


@dataclass(frozen=True, slots=True)
class Settings:
    db: Path
    max_bytes: int
    article_seconds: float

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
        )
