"""The SpkAtt scorer on small hand-made documents, and the attribution quality gate on the dev set."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from quellenlage.eval import gate
from quellenlage.eval.spkatt import FULL_ROLES, TaskScore, assign, score_dirs, score_document
from quellenlage.eval.spkatt_predict import detokenize, predict, predict_dir

from ..conftest import ROOT, shared_path


def event(message: list[str], **roles: Any) -> dict[str, Any]:
    base: dict[str, Any] = {r: [] for r in FULL_ROLES} | {
        "Form": "Indirect",
        "STWR": "Speech",
        "IsNested": False,
    }
    return base | {"Message": message} | roles


def test_assignment_is_optimal_not_greedy() -> None:
    assert sorted(assign([[3, 2], [2, 0]])) == [(0, 1), (1, 0)]


def test_scoring_counts_tokens_per_role() -> None:
    gold = [event(["0:3", "0:4", "0:5"], Cue=["0:1"], Source=["0:0"])]
    pred = [event(["0:4", "0:5", "0:6"], Cue=["0:1"], Source=["0:0", "0:2"]), event(["1:0"])]
    score = TaskScore()
    score_document(gold, pred, FULL_ROLES, score)
    assert (score.role("Message").tp, score.role("Message").fp, score.role("Message").fn) == (2, 2, 1)
    assert (score.role("Source").tp, score.role("Source").fp) == (1, 1)
    assert score.events_paired == 1


def test_unpaired_events_count_against_empty_ones() -> None:
    score = TaskScore()
    score_document([event(["0:1"])], [event(["0:2"])], FULL_ROLES, score)
    assert (score.role("Message").tp, score.role("Message").fp, score.role("Message").fn) == (0, 1, 1)


def test_detokenize_keeps_token_offsets() -> None:
    tokens = [["Er", "sagte", ":", "„", "Ja", ",", "gut", ".", "“"], ["Dann", "ging", "er", "."]]
    text, spans = detokenize(tokens)
    assert text == "Er sagte: „Ja, gut.“ Dann ging er."
    for row, words in zip(spans, tokens, strict=True):
        assert [text[a:b] for a, b in row] == words


def test_prediction_maps_to_given_tokens(tmp_path: Path) -> None:
    doc = {
        "DocumentName": "1 - Test",
        "Sentences": [
            {"SentenceId": 0, "Tokens": "Die Ministerin Anna Berg sagte , der Haushalt sei solide .".split()},
            {"SentenceId": 1, "Tokens": "Neue Schulden seien nicht nötig .".split()},
        ],
        "Annotations": [],
    }
    [first, second] = predict(doc)
    assert first["Cue"] == ["0:4"]
    assert first["Source"] == ["0:0", "0:1", "0:2", "0:3"]
    assert first["Message"] == ["0:6", "0:7", "0:8", "0:9"]
    assert first["Frame"] == ["0:0", "0:1", "0:2", "0:3", "0:4", "0:5"]
    assert second["Form"] == "IndirectFreeIndirect"
    assert second["Message"] == [f"1:{i}" for i in range(6)]
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "d.json").write_text(json.dumps(doc), encoding="utf-8")
    assert predict_dir(tmp_path / "in", tmp_path / "out") == 1
    assert json.loads((tmp_path / "out" / "d.json").read_text(encoding="utf-8"))["Annotations"]


def test_attribution_quality_does_not_drop_below_its_floor(tmp_path: Path) -> None:
    dev = shared_path("data", "spkatt-news", "dev")
    predict_dir(dev, tmp_path)
    result = score_dirs(dev, tmp_path)
    measured = {
        "full_joint_f1": result["full"]["joint"]["f1"],
        "simplified_joint_f1": result["simplified"]["joint"]["f1"],
        "simplified_source_precision": result["simplified"]["per_role"]["Source"]["precision"],
    }
    assert gate.check(measured, "spkatt_news_dev", ROOT / "quality-floors.json", data=dev) == []
