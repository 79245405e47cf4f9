from __future__ import annotations

import pytest

from quellenlage.nlp import mood


@pytest.mark.parametrize(
    ("form", "subjunctive"),
    [
        ("sei", True),
        ("habe", True),
        ("könne", True),
        ("handele", True),
        ("würde", True),  # Konjunktiv II
        ("wurde", False),  # the preterite indicative, though finite and in "-e"
        ("sagte", False),
        ("neue", False),
        ("Ukraine", False),
    ],
)
def test_subjunctive_forms(form: str, subjunctive: bool) -> None:
    assert mood.is_subjunctive(form) is subjunctive
