"""Shared fixtures. Tests that need ../shared are marked ``shared`` and skip cleanly when it is absent."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from quellenlage.store import Store, open_store

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("QUELLENLAGE_SHARED", ROOT.parent / "shared"))
EXAMPLES = ROOT / "examples"


def shared_path(*parts: str) -> Path:
    """A path under ../shared; skips the calling test when it is not there."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent (evaluation data lives in ../shared)")
    return path


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = open_store(tmp_path / "test.db")
    yield s
    s.close()
