"""One sentence splitter for every stage: abbreviations, ordinals and initials never end a sentence."""

from __future__ import annotations

import pytest

from quellenlage.nlp import sentences
from quellenlage.nlp.text import sentence_count


def split(text: str) -> list[str]:
    return [text[a:b] for a, b in sentences.spans(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Der stellv. Vorsitzende trat zurück.",
        "Die ehem. Ministerin lebt in Kiel.",
        "Der Laden in der Bahnhofstr. 12 bleibt zu.",
        "Der Verein Falke e.V. feiert.",
        "Anna Berg, geb. Roth, feiert.",
        "Dr. Jan Ott und Prof. Eva Lind kamen.",
        "Die Firma Berg & Co. KG zahlt.",
        "Am 17. August kam F. Merz nach Ulm.",
        "Das kostet ca. 5 Mio. Euro.",
    ],
)
def test_no_sentence_ends_after_an_abbreviation(text: str) -> None:
    assert split(text) == [text]
    assert sentence_count(text) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Er kam. Sie ging.", ["Er kam.", "Sie ging."]),
        ("„Wir bleiben.“ Das sagte sie.", ["„Wir bleiben.“", "Das sagte sie."]),
        ("Wer kommt? Niemand! 2021 war es anders.", ["Wer kommt?", "Niemand!", "2021 war es anders."]),
        ("Es regnet. dann nicht", ["Es regnet. dann nicht"]),  # a lower-case word goes on
    ],
)
def test_sentences_end_at_terminal_marks(text: str, expected: list[str]) -> None:
    assert split(text) == expected


def test_spans_are_offsets_into_the_text() -> None:
    text = "Vorspann. Der Rat tagte. Er beschloss nichts."
    start = text.index("Der")
    assert [text[a:b] for a, b in sentences.spans(text, start, len(text))] == [
        "Der Rat tagte.",
        "Er beschloss nichts.",
    ]
