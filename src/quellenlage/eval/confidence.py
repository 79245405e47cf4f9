"""Statement confidence against SpkAtt gold: which predicted statements are right, and how precise the
statements at or above a confidence threshold are.

A predicted statement is *right* when it pairs with a gold speech event (the same one-to-one pairing by
message overlap as the scorer) and its source matches: half of the tokens of the larger of the two
sources shared, or no source in either.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quellenlage.attribution import attribute
from quellenlage.attribution.confidence import features, threshold
from quellenlage.eval.spkatt import assign
from quellenlage.eval.spkatt_predict import Tokens, annotation, detokenize
from quellenlage.model import Article, Paragraph, Role

#: Share of the larger source's tokens the two must share for the source to count as right.
SOURCE_MATCH = 0.5


@dataclass(frozen=True, slots=True)
class Labelled:
    features: list[str]
    confidence: float
    right: bool


def labelled(document: dict[str, Any]) -> Iterator[Labelled]:
    """Every statement predicted for one SpkAtt document, with its features and whether it is right."""
    words = [s["Tokens"] for s in document.get("Sentences", [])]
    text, spans = detokenize(words)
    if not text.strip():
        return
    article = attribute(Article(text=text, paragraphs=(Paragraph(Role.BODY, 0, len(text)),)))
    tok = Tokens(spans, words)
    pred = [(st, annotation(st, tok, st.nested_in is not None, False)) for st in article.statements]
    pred = [(st, ann) for st, ann in pred if ann["Message"]]
    gold = document.get("Annotations", [])
    weights = [
        [float(len(set(g.get("Message") or []) & set(ann["Message"]))) for _st, ann in pred] for g in gold
    ]
    paired = {j: i for i, j in assign(weights) if weights[i][j] >= 1}
    for j, (st, ann) in enumerate(pred):
        right = False
        if j in paired:
            g_src = set(gold[paired[j]].get("Source") or [])
            p_src = set(ann["Source"])
            right = (not g_src and not p_src) or (
                bool(g_src and p_src) and len(g_src & p_src) / max(len(g_src), len(p_src)) >= SOURCE_MATCH
            )
        yield Labelled(features(article, st), st.confidence, right)


def labelled_dir(directory: Path) -> list[Labelled]:
    out: list[Labelled] = []
    for path in sorted(directory.glob("*.json")):
        out.extend(labelled(json.loads(path.read_text(encoding="utf-8"))))
    return out


def precision_at(rows: list[Labelled], cut: float) -> tuple[float, int]:
    """Precision of the statements at or above ``cut``, and how many there are."""
    kept = [r for r in rows if r.confidence >= cut]
    return (sum(r.right for r in kept) / len(kept) if kept else 0.0), len(kept)


def choose_threshold(rows: list[Labelled], target: float, min_kept: int = 30) -> float | None:
    """The lowest confidence whose statements at or above it reach ``target`` precision (at least
    ``min_kept`` of them), or None when no cut does."""
    for cut in sorted({r.confidence for r in rows}):
        precision, kept = precision_at(rows, cut)
        if kept >= min_kept and precision >= target:
            return cut
    return None


def report(directory: Path) -> dict[str, Any]:
    """Precision of all statements and of those the default views show, on one SpkAtt directory."""
    rows = labelled_dir(directory)
    cut = threshold()
    shown, kept = precision_at(rows, cut or 0.0)
    every, total = precision_at(rows, 0.0)
    return {
        "statements": total,
        "right": sum(r.right for r in rows),
        "precision_all": round(every, 4),
        "threshold": cut,
        "shown": kept,
        "precision_shown": round(shown, 4),
        "share_shown": round(kept / total, 4) if total else 0.0,
        "curve": [
            {"cut": c, "precision": round(precision_at(rows, c)[0], 4), "shown": precision_at(rows, c)[1]}
            for c in (0.2, 0.3, 0.4, 0.5, 0.6, 0.7)
        ],
    }
