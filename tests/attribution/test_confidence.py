"""Statement confidence: the trained model's score, its features, and how a threshold is chosen."""

from __future__ import annotations

import json

import pytest

from quellenlage.attribution import attribute, confidence
from quellenlage.eval.confidence import Labelled, choose_threshold, precision_at
from quellenlage.model import Article, Paragraph, Role


def run(text: str) -> Article:
    return attribute(Article(text=text, paragraphs=(Paragraph(Role.BODY, 0, len(text)),)))


@pytest.mark.parametrize(
    "text",
    [
        "Die Ministerin Eva Lind sagte: „Wir bauen die Brücke.“ Sie rechne mit Kosten von zehn Millionen.",
        "Der Kreis will die Schule schließen.",
        "Laut Polizei war der Fahrer betrunken.",
        "Der Sprecher bestätigte, dass die Halle schließt.",
    ],
)
def test_every_statement_has_a_probability(text: str) -> None:
    article = run(text)
    assert article.statements
    for st in article.statements:
        assert 0.0 <= st.confidence <= 1.0
        assert st.confidence == confidence.confidence(article, st)  # the same statement, the same score


def test_a_konjunktiv_run_without_a_cue_is_trusted_less_than_its_quote() -> None:
    article = run(
        "Die Ministerin Eva Lind sagte: „Wir bauen die Brücke.“ Sie rechne mit Kosten von zehn Millionen."
    )
    quote, run_on = article.statements
    assert "form=free_indirect" in confidence.features(article, run_on)
    assert run_on.confidence < quote.confidence


def test_the_model_is_small_and_says_what_it_was_trained_on() -> None:
    model = json.loads(confidence.MODEL.read_text(encoding="utf-8"))
    assert 5 <= len(model["weights"]) <= 200
    assert "CC BY-SA" in model["data"]["trained_on"]
    assert "spkatt-news" not in model["data"]["trained_on"].lower()
    card = confidence.MODEL.with_name("STATEMENT_CONFIDENCE.md").read_text(encoding="utf-8")
    assert "CC BY-SA 4.0" in card and "scripts/train_confidence.py" in card


def _rows(*pairs: tuple[float, bool]) -> list[Labelled]:
    return [Labelled([], c, right) for c, right in pairs]


def test_the_threshold_is_the_lowest_cut_that_reaches_the_target() -> None:
    rows = _rows((0.1, False), (0.2, False), (0.3, True), (0.4, True), (0.5, True), (0.6, False), (0.7, True))
    assert precision_at(rows, 0.3) == (0.8, 5)
    assert choose_threshold(rows, 0.75, min_kept=3) == 0.3
    assert choose_threshold(rows, 0.8, min_kept=6) is None  # no cut keeps six at that precision
