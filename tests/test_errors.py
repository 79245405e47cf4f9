from __future__ import annotations

import re

import pytest

from quellenlage.errors import CODES, InputError, QuellenlageError

STAGE_OF_PREFIX = {
    "E1": "ingest",
    "E2": "clean",
    "E3": "store",
    "E4": "usage",
    "E5": ("analyse", "attribute"),
}


@pytest.mark.parametrize("code", sorted(CODES))
def test_codes_are_stable_in_shape_and_say_what_to_do(code: str) -> None:
    stage, message, hint = CODES[code]
    assert re.fullmatch(r"E\d{3}", code)
    expected = STAGE_OF_PREFIX[code[:2]]
    assert stage == expected if isinstance(expected, str) else stage in expected
    assert message and hint
    assert not hint.endswith(".")


def test_error_carries_code_stage_and_readable_reason() -> None:
    err = InputError("E105", path="a.txt", size=10, limit=5)
    assert err.code == "E105"
    assert err.stage == "ingest"
    assert "10 bytes" in err.reason
    assert "--max-bytes" in err.reason
    assert isinstance(err, QuellenlageError)


def test_the_hint_in_the_exception_text_is_filled_in() -> None:
    err = QuellenlageError(
        "E403", name="QUELLENLAGE_MAX_BYTES", value="viel", expected="a whole number of bytes"
    )
    assert "{" not in str(err)
    assert "a whole number of bytes" in str(err)
