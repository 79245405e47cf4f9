"""SpkAtt-2023 Task 2: reading, writing and scoring speaker-attribution JSON.

Format: one JSON file per document with ``Sentences`` ([{SentenceId, Tokens}]) and ``Annotations``,
one per speech event, whose roles (Cue, Frame, Source, Message, Addr) are lists of
``"sentence:token"`` offsets, plus ``Form``, ``STWR``, ``IsNested`` and ``HasNested``.

Scoring, as the shared task describes it. In each document, predicted events are paired
one-to-one with gold events so that the summed overlap of their Message tokens is maximal
(an optimal assignment; matching Form and STWR only break ties, and a pair must share at
least one Message token). Within each pair, and for every unpaired event against an empty
one, tokens are counted per role: shared tokens are true positives, predicted-only tokens
false positives, gold-only tokens false negatives. Micro precision, recall and F1 are
reported for the Message, for the other roles together (Addr, Cue, Frame, Source) and
jointly over all of them. The *full* task scores every event; the *simplified* task keeps
only events with ``IsNested: false`` and scores Message and Source.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quellenlage.eval.metrics import PRF

ROLES = ("Addr", "Cue", "Frame", "Message", "Source")
FULL_ROLES = ROLES
SIMPLE_ROLES = ("Message", "Source")

Event = dict[str, Any]


@dataclass(slots=True)
class Counts(PRF):
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, pred: set[str], gold: set[str]) -> None:
        self.tp += len(pred & gold)
        self.fp += len(pred - gold)
        self.fn += len(gold - pred)

    def __iadd__(self, other: Counts) -> Counts:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn
        return self

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass(slots=True)
class TaskScore:
    roles: dict[str, Counts] = field(default_factory=dict)
    events_gold: int = 0
    events_pred: int = 0
    events_paired: int = 0

    def role(self, name: str) -> Counts:
        return self.roles.setdefault(name, Counts())

    def combined(self, names: Iterable[str]) -> Counts:
        total = Counts()
        for name in names:
            total += self.roles.get(name, Counts())
        return total

    def as_dict(self, names: Sequence[str]) -> dict[str, Any]:
        others = [n for n in names if n != "Message"]
        return {
            "joint": self.combined(names).as_dict(),
            "message": self.combined(["Message"]).as_dict(),
            "roles": self.combined(others).as_dict(),
            "per_role": {n: self.role(n).as_dict() for n in names},
            "events": {"gold": self.events_gold, "predicted": self.events_pred, "paired": self.events_paired},
        }


def assign(weights: list[list[float]]) -> list[tuple[int, int]]:
    """Maximum-weight one-to-one assignment (Hungarian algorithm on costs = max - weight)."""
    n_rows = len(weights)
    n_cols = len(weights[0]) if weights else 0
    if not n_rows or not n_cols:
        return []
    size = max(n_rows, n_cols)
    top = max(max(row) for row in weights)
    cost = [
        [top - (weights[i][j] if i < n_rows and j < n_cols else 0.0) for j in range(size)]
        for i in range(size)
    ]
    inf = float("inf")
    u = [0.0] * (size + 1)
    v = [0.0] * (size + 1)
    p = [0] * (size + 1)
    way = [0] * (size + 1)
    for i in range(1, size + 1):
        p[0] = i
        j0 = 0
        minv = [inf] * (size + 1)
        used = [False] * (size + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], inf, 0
            for j in range(1, size + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(size + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
    return [(p[j] - 1, j - 1) for j in range(1, size + 1) if p[j] and p[j] - 1 < n_rows and j - 1 < n_cols]


def _tokens(event: Event, role: str) -> set[str]:
    value = event.get(role) or []
    return set(value) if isinstance(value, list) else set()


def score_document(gold: list[Event], pred: list[Event], roles: Sequence[str], into: TaskScore) -> None:
    into.events_gold += len(gold)
    into.events_pred += len(pred)
    weights = []
    for g in gold:
        row = []
        for p in pred:
            overlap = len(_tokens(g, "Message") & _tokens(p, "Message"))
            tie = 0.001 * ((g.get("Form") == p.get("Form")) + (g.get("STWR") == p.get("STWR")))
            row.append(overlap + tie if overlap else 0.0)
        weights.append(row)
    pairs = [(i, j) for i, j in assign(weights) if weights[i][j] >= 1]
    paired_gold = {i for i, _ in pairs}
    paired_pred = {j for _, j in pairs}
    into.events_paired += len(pairs)
    empty: Event = {}
    matches = [(gold[i], pred[j]) for i, j in pairs]
    matches += [(g, empty) for i, g in enumerate(gold) if i not in paired_gold]
    matches += [(empty, p) for j, p in enumerate(pred) if j not in paired_pred]
    for g, p in matches:
        for role in roles:
            into.role(role).add(_tokens(p, role), _tokens(g, role))


def load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def score_dirs(gold_dir: Path, pred_dir: Path) -> dict[str, Any]:
    """Score every gold file against the prediction file of the same name (a missing one predicts nothing)."""
    full, simple = TaskScore(), TaskScore()
    documents = 0
    for gold_path in sorted(gold_dir.glob("*.json")):
        gold = load(gold_path).get("Annotations", [])
        pred_path = pred_dir / gold_path.name
        pred = load(pred_path).get("Annotations", []) if pred_path.exists() else []
        documents += 1
        score_document(gold, pred, FULL_ROLES, full)
        score_document(
            [g for g in gold if not g.get("IsNested")],
            [p for p in pred if not p.get("IsNested")],
            SIMPLE_ROLES,
            simple,
        )
    return {
        "documents": documents,
        "full": full.as_dict(FULL_ROLES),
        "simplified": simple.as_dict(SIMPLE_ROLES),
    }
