"""Story-pair evaluation: our similarity and same-story decision against graded gold pairs.

Each line of the input has ``a`` and ``b`` (title, text, publish_date) and ``overall`` from 1 (same
story) to 4 (unrelated). Our score is :func:`quellenlage.stories.similarity` on profiles built exactly
as the clustering builds them, with document frequencies learned from the articles of the file as one
stream; our decision is :func:`quellenlage.stories.same_story`, the clustering's own rule (the score
reaches ``SAME_STORY`` and the two are within the story window in time). Gold ``overall <= 2``
counts as same story and ``>= 3`` as different; pairs in between are left out of precision and recall.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from quellenlage.eval.metrics import PRF
from quellenlage.stories import SAME_STORY, Frequencies, same_story, similarity, terms_of, vector


@dataclass(frozen=True, slots=True)
class PairScore(PRF):
    pairs: int
    pearson: float
    tp: int
    fp: int
    fn: int
    threshold: float

    def as_dict(self) -> dict[str, Any]:
        return {
            "pairs": self.pairs,
            "pearson": round(self.pearson, 4),
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "threshold": self.threshold,
        }


def _date(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    for parse in (datetime.fromisoformat, lambda v: datetime.strptime(v, "%a %b %d %H:%M:%S %Y")):
        try:
            return parse(value)
        except ValueError:
            continue
    return None


def pearson(xs: list[float], ys: list[float]) -> float:
    n = len(xs)
    if n < 2:
        return 0.0
    mx, my = sum(xs) / n, sum(ys) / n
    cov = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    sx = math.sqrt(sum((x - mx) ** 2 for x in xs))
    sy = math.sqrt(sum((y - my) ** 2 for y in ys))
    return cov / (sx * sy) if sx and sy else 0.0


def score(path: Path) -> PairScore:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    freq = Frequencies()
    terms: dict[str, Any] = {}
    for row in rows:
        for side in ("a", "b"):
            art = row[side]
            if art["id"] not in terms:
                terms[art["id"]] = terms_of(art.get("title") or "", art.get("text") or "")
                freq.add(terms[art["id"]])
    vectors = {aid: vector(t, freq) for aid, t in terms.items()}
    sims, gold = [], []
    tp = fp = fn = 0
    for row in rows:
        a, b = row["a"], row["b"]
        va, vb = vectors[a["id"]], vectors[b["id"]]
        sims.append(similarity(va, vb))
        gold.append(float(row["overall"]))
        decided = same_story(va, vb, _date(a.get("publish_date")), _date(b.get("publish_date")))
        same, different = row["overall"] <= 2.0, row["overall"] >= 3.0
        tp += decided and same
        fp += decided and different
        fn += not decided and same
    return PairScore(len(rows), pearson(sims, gold), tp, fp, fn, SAME_STORY)
