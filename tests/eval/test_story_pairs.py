"""Story-pair evaluation: Pearson helper, and the quality gate on the dev pairs."""

from __future__ import annotations

import pytest

from quellenlage.eval import gate
from quellenlage.eval.story_pairs import pearson, score

from ..conftest import ROOT, shared_path


def test_pearson() -> None:
    assert pearson([1, 2, 3], [2, 4, 6]) == pytest.approx(1.0)
    assert pearson([1, 2, 3], [3, 2, 1]) == pytest.approx(-1.0)
    assert pearson([1, 1, 1], [1, 2, 3]) == 0.0


def test_story_pair_quality_does_not_drop_below_its_floor() -> None:
    dev = shared_path("data", "story-pairs-de", "dev.jsonl")
    result = score(dev)
    assert result.pairs == 57
    assert result.pearson < 0  # 1 = same story, 4 = unrelated: similarity and grade run opposite
    measured = {"abs_pearson": abs(result.pearson), "f1": result.f1}
    assert gate.check(measured, "story_pairs_dev", ROOT / "quality-floors.json", data=dev) == []
