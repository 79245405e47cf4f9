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


@pytest.mark.parametrize(
    ("broken", "repaired"),
    [
        ("Vor dem GerichtsgebÃ¤ude warteten Reporter.", "Vor dem Gerichtsgebäude warteten Reporter."),
        ("Ã„rger Ã¼ber den BÃ¼rgermeister", "Ärger über den Bürgermeister"),
        ("â€žWir klagenâ€œ, sagte sie.", "„Wir klagen“, sagte sie."),
        ("Â»Das ist zu teuerÂ«, sagte die KÃ¤mmerin.", "»Das ist zu teuer«, sagte die Kämmerin."),
        ("Kosten: 5 â‚¬ je StraÃŸe", "Kosten: 5 € je Straße"),
    ],
)
def test_mojibake_is_repaired_before_anything_else(broken: str, repaired: str) -> None:
    assert normalize(broken) == repaired


@pytest.mark.parametrize(
    "text",
    [
        "„Wir klagen“, sagte sie. »Zitat« und ‚halb‘ – 5 €.",
        "Größere Schäden an der Brücke, sagte Müller.",
        "Ça coûte très cher, naïve Idee, Ålesund, Øresund, Ærø.",
        "Ein Café à la carte für 3 € — à bientôt.",
    ],
)
def test_text_without_mojibake_is_left_as_it_is(text: str) -> None:
    assert normalize(text) == text
