"""Settings with defaults, each readable from the environment.

Every setting is documented in ``SETTINGS`` and a test checks that the README names each one.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Final

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
    article_seconds: float = 120.0

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ

        def get(name: str) -> str:
            return env.get(name) or SETTINGS[name][0]

        raw = get("QUELLENLAGE_MAX_BYTES")
        try:
            max_bytes = int(raw)
        except ValueError:
            max_bytes = 0
        if max_bytes <= 0:
            raise UsageError(
                "E403", name="QUELLENLAGE_MAX_BYTES", value=raw, expected="give a positive number of bytes"
            )
        raw_seconds = get("QUELLENLAGE_ARTICLE_SECONDS")
        try:
            seconds = float(raw_seconds)
        except ValueError:
            seconds = 0.0
        if not 0 < seconds < float("inf"):
            raise UsageError(
                "E403",
                name="QUELLENLAGE_ARTICLE_SECONDS",
                value=raw_seconds,
                expected="give a positive number of seconds",
            )
        return cls(db=Path(get("QUELLENLAGE_DB")), max_bytes=max_bytes, article_seconds=seconds)
