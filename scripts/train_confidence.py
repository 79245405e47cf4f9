"""Train the statement-confidence model and choose the threshold the default views apply.

    python scripts/train_confidence.py [--parl DIR] [--dev DIR]

(defaults: ../shared/data/spkatt-parl and ../shared/data/spkatt-news/dev)

Weights: L2-regularised logistic regression over :func:`quellenlage.attribution.confidence.features`,
fitted on the SpkAtt-2023 Task 1 Bundestag speeches, ``train`` folder (CC BY-SA 4.0, which allows
shipping a model trained on them). Labels: :func:`quellenlage.eval.confidence.labelled`.

Threshold: chosen on the SpkAtt news dev set (evaluation only, never trained on) as the lowest
confidence whose statements reach a precision of 0.9. The output is
``src/quellenlage/attribution/confidence.json``; the model card is ``STATEMENT_CONFIDENCE.md`` there.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from quellenlage.attribution import confidence
from quellenlage.eval.confidence import Labelled, choose_threshold, labelled_dir, precision_at

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
TARGET = 0.9
L2 = 1.0
MIN_COUNT = 5  # a feature seen fewer times in training gets no weight


def fit(rows: list[Labelled]) -> tuple[float, dict[str, float]]:
    counts: dict[str, int] = {}
    for r in rows:
        for f in r.features:
            counts[f] = counts.get(f, 0) + 1
    names = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    index = {f: k for k, f in enumerate(names)}
    x = np.zeros((len(rows), len(names)))
    for n, r in enumerate(rows):
        for f in r.features:
            if f in index:
                x[n, index[f]] = 1.0
    y = np.array([1.0 if r.right else 0.0 for r in rows])
    w = np.zeros(len(names))
    b = 0.0
    for _ in range(4000):  # full-batch gradient descent: a few thousand rows, a few dozen features
        p = 1.0 / (1.0 + np.exp(-(x @ w + b)))
        grad_w = x.T @ (p - y) / len(rows) + L2 * w / len(rows)
        grad_b = float(np.mean(p - y))
        w -= 0.5 * grad_w
        b -= 0.5 * grad_b
    return round(b, 3), {f: round(float(w[k]), 3) for f, k in index.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--parl", type=Path, default=SHARED / "spkatt-parl")
    ap.add_argument("--dev", type=Path, default=SHARED / "spkatt-news" / "dev")
    args = ap.parse_args()
    train = labelled_dir(args.parl / "train")
    bias, weights = fit(train)
    model: dict[str, object] = {"bias": bias, "weights": weights, "threshold": None}
    confidence.MODEL.write_text(json.dumps(model, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    confidence.model.cache_clear()
    dev = labelled_dir(args.dev)  # scored with the new weights
    cut = choose_threshold(dev, TARGET)
    model["threshold"] = cut
    model["data"] = {
        "trained_on": "SpkAtt-2023 Task 1 Bundestag speeches, train (CC BY-SA 4.0)",
        "train_statements": len(train),
        "train_right": sum(r.right for r in train),
        "threshold_chosen_on": "SpkAtt-2023 news dev (evaluation only)",
        "target_precision": TARGET,
    }
    confidence.MODEL.write_text(json.dumps(model, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    shown, kept = precision_at(dev, cut or 0.0)
    every, total = precision_at(dev, 0.0)
    print(f"train: {len(train)} statements, {sum(r.right for r in train)} right; {len(weights)} features")
    print(
        f"dev: {total} statements, precision {every:.3f}; "
        f"threshold {cut}: {kept} shown, precision {shown:.3f}"
    )
    for f, v in sorted(weights.items(), key=lambda kv: kv[1]):
        print(f"  {v:+.3f}  {f}")
    print(f"bias {bias:+.3f}")
    for c in (0.2, 0.3, 0.4, 0.5, 0.6, 0.7):
        p, n = precision_at(dev, c)
        print(f"  dev at {c}: {n} shown, precision {p:.3f}")


if __name__ == "__main__":
    main()
