"""The extraction scorer, and the quality gate on ../shared/data/extraction-de."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quellenlage.eval import gate
from quellenlage.eval.extraction import score

from ..conftest import ROOT, shared_path


def test_scorer_counts_snippets(tmp_path: Path) -> None:
    (tmp_path / "p.html").write_text("<p>x</p>", encoding="utf-8")
    expected = {
        "https://a.example": {"file": "p.html", "with": ["eins", "zwei"], "without": ["drei", "vier"]}
    }
    (tmp_path / "e.json").write_text(json.dumps(expected), encoding="utf-8")
    result = score(tmp_path, tmp_path / "e.json", extract=lambda html, url: "eins … drei")
    assert (result.tp, result.fn, result.fp, result.tn) == (1, 1, 1, 1)
    assert result.precision == 0.5 and result.recall == 0.5 and result.f1 == 0.5
    assert set(result.as_dict()) >= {"precision", "recall", "f1"}


def test_scorer_compares_after_the_same_normalization(tmp_path: Path) -> None:
    (tmp_path / "p.html").write_text("<p>x</p>", encoding="utf-8")
    expected = {"u": {"file": "p.html", "with": ["geht's  los"], "without": []}}
    (tmp_path / "e.json").write_text(json.dumps(expected), encoding="utf-8")
    assert score(tmp_path, tmp_path / "e.json", extract=lambda html, url: "es geht’s los").tp == 1


def test_gate_refuses_to_lower_a_floor_without_the_flag(tmp_path: Path) -> None:
    floors = tmp_path / "floors.json"
    gate.update({"f1": 0.9}, "x", floors)
    assert gate.check({"f1": 0.85}, "x", floors) == ["x.f1: 0.8500 < floor 0.9000"]
    assert gate.check({"f1": 0.95}, "x", floors) == []
    with pytest.raises(ValueError, match="refusing to lower"):
        gate.update({"f1": 0.8}, "x", floors)
    gate.update({"f1": 0.8}, "x", floors, allow_lower=True)
    assert gate.load(floors)["x"]["floors"]["f1"] == 0.8


def test_gate_notices_changed_evaluation_data(tmp_path: Path) -> None:
    floors, data = tmp_path / "floors.json", tmp_path / "data"
    data.mkdir()
    (data / "gold.jsonl").write_text('{"a": 1}\n', encoding="utf-8")
    gate.update({"f1": 0.9}, "x", floors, data=data)
    assert gate.check({"f1": 0.95}, "x", floors, data=data) == []
    (data / "gold.jsonl").write_text('{"a": 2}\n', encoding="utf-8")
    [problem] = gate.check({"f1": 0.95}, "x", floors, data=data)
    assert "changed" in problem
    (data / "gold.jsonl").write_text('{"a": 1}\n', encoding="utf-8")
    (data / "more.jsonl").write_text("", encoding="utf-8")  # a file added counts too
    assert gate.check({"f1": 0.95}, "x", floors, data=data) != []


@pytest.mark.shared
def test_extraction_quality_does_not_drop_below_its_floor() -> None:
    data = shared_path("data", "extraction-de")
    result = score(data / "pages", data / "expected.json")
    assert result.pages == 193
    measured = {"precision": result.precision, "recall": result.recall, "f1": result.f1}
    assert gate.check(measured, "extraction", ROOT / "quality-floors.json", data=data) == []
