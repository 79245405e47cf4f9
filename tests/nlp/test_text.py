from __future__ import annotations

import pytest

from quellenlage.nlp.text import detect_language, ends_sentence, looks_swiss, normalize, sentence_count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Er kam. Sie ging.", 2),
        ("Das war z.B. am 17. August so. Dann kam Dr. Meier.", 2),
        ("Die USA. Der Kreml schweigt.", 2),
        ("„Wir klagen.“ Das sagte sie.", 2),
        ("Ein Satz ohne Punkt", 1),
        ("", 0),
    ],
)
def test_sentence_count(text: str, count: int) -> None:
    assert sentence_count(text) == count


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Ende.", True), ("„Zitat.“", True), ("Frage?", False), ("Titel", False), ("Liste:", False)],
)
def test_ends_sentence(text: str, expected: bool) -> None:
    assert ends_sentence(text) is expected


def test_normalize_removes_invisible_and_unifies_spaces() -> None:
    assert normalize("Ab\u00adstim\u200bmung\u00a0heute\r\nneu") == "Abstimmung heute\nneu"


def test_language() -> None:
    assert detect_language("Der Rat hat sich mit dem Haushalt beschäftigt und ist nicht einig.") == "de"
    assert detect_language("The council has voted on the budget and it is not clear.") == "en"
    assert detect_language("1 2 3") == "und"


def test_swiss() -> None:
    assert looks_swiss("Die Strasse ist gross und schliesslich gesperrt.")
    assert not looks_swiss("Die Straße ist groß.")
