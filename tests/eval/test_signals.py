"""The confirmation and denial signals against the two-annotator gold of ../shared/data/signals-de, scored
by the shared tool itself (it ingests the articles with our CLI), with floors and a digest of the data."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from quellenlage.eval import gate

from ..conftest import ROOT, shared_path

pytestmark = pytest.mark.shared


def test_signal_quality_does_not_drop_below_its_floor() -> None:
    data = shared_path("data", "signals-de")
    tool = shared_path("tools", "score_signals.py")
    cli = Path(sys.executable).with_name("quellenlage")
    done = subprocess.run(
        [sys.executable, str(tool), "--articles", str(data / "articles.jsonl"), "--gold",
         str(data / "gold.jsonl"), "--cli", str(cli), "--json"],
        capture_output=True, text=True, check=True, cwd=ROOT, timeout=600,
    )  # fmt: skip
    result = json.loads(done.stdout)
    assert result["unlocated"] == 0
    measured = {m: result[m] for m in ("precision", "recall", "signaller")}
    assert gate.check(measured, "signals_de", ROOT / "quality-floors.json", data=data) == []
