"""How far to trust a statement: a small logistic model over the statement's own features.

The weights are trained on the Bundestag speeches of SpkAtt-2023 (CC BY-SA 4.0) by
``scripts/train_confidence.py``; the threshold that default views apply was chosen on the SpkAtt news
dev set for a precision of at least 0.9 (see ``STATEMENT_CONFIDENCE.md`` beside this module). A
statement is *right* when it pairs with a gold speech event and names its source (or, with none,
when the gold names none either).
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path
from typing import Any

from quellenlage.model import Article, Statement
from quellenlage.nlp import mood
from quellenlage.nlp.de import grammar, speech
from quellenlage.nlp.lemma import lemma
from quellenlage.nlp.roles import is_title

MODEL = Path(__file__).with_name("confidence.json")


@lru_cache(maxsize=1)
def model() -> dict[str, Any]:
    """The trained weights, bias and threshold (read once)."""
    data: dict[str, Any] = json.loads(MODEL.read_text(encoding="utf-8"))
    return data


def threshold() -> float | None:
    """The confidence a statement needs to be shown by default; None where no threshold reached the
    target precision on dev, and default views show every statement with its confidence."""
    value = model()["threshold"]
    return None if value is None else float(value)


def features(article: Article, st: Statement) -> list[str]:
    """Named features of one statement: its form and cue, what kind of source it has, its message."""
    out = [f"form={st.form}", f"channel={st.channel}"]
    if st.polarity != "assert":
        out.append("signal")
    cue = article.spans_text(st.cue).lower().split()
    first = cue[0] if cue else ""
    if first in speech.INTENT_FORMS:
        out.append("cue=intent")
    elif first == speech.ATTRIBUTING_SO:
        out.append("cue=so")
    elif first in speech.ACCORDING_ADVERBS:
        out.append("cue=adverb")
    elif not cue:
        out.append("cue=none")
    else:
        out.append(f"cue={lemma(cue[-1] if len(cue) > 1 and cue[0] in grammar.AUXILIARIES else first)}")
    out.append(_source_kind(article, st))
    words = article.spans_text(st.message).split()
    n = len(words)
    out.append(
        "message<=3" if n <= 3 else "message<=8" if n <= 8 else "message<=20" if n <= 20 else "message>20"
    )
    if any(mood.is_subjunctive(w.strip(',.;:!?„“"«»')) for w in words):
        out.append("subjunctive")
    if st.nested_in is not None:
        out.append("nested")
    if st.source is not None and st.cue and st.source.start > st.cue[0].start:
        out.append("source_after_cue")
    return out


def _source_kind(article: Article, st: Statement) -> str:
    if st.source is None:
        return "source=none"
    words = (article.span_text(st.source) or "").split()
    if len(words) == 1 and words[0].lower() in speech.PRONOUNS:
        return "source=pronoun" if st.actor else "source=pronoun_unresolved"
    if not st.actor:
        return "source=no_actor"
    names = [w for w in st.actor.split() if w[:1].isupper() and not is_title(w)]
    if len(names) >= 2 and not any(w.lower() in grammar.ARTICLES for w in st.actor.split()):
        return "source=full_name"
    if len(st.actor.split()) == 1 and is_title(st.actor):
        return "source=role"
    return "source=phrase"


def score(names: list[str]) -> float:
    """The model's probability that a statement with these features is right."""
    m = model()
    weights: dict[str, float] = m["weights"]
    z = float(m["bias"]) + sum(weights.get(f, 0.0) for f in names)
    return 1.0 / (1.0 + math.exp(-z))


def confidence(article: Article, st: Statement) -> float:
    return round(score(features(article, st)), 3)
