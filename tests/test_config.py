from __future__ import annotations

from pathlib import Path

import pytest

from quellenlage.config import SETTINGS, Settings
from quellenlage.errors import UsageError

README = Path(__file__).resolve().parents[1] / "README.md"


def test_defaults() -> None:
    s = Settings.from_env({})
    assert s.db == Path("quellenlage.db")
    assert s.max_bytes == 5_000_000
    assert s.article_seconds == 120


def test_environment_overrides() -> None:
    s = Settings.from_env(
        {"QUELLENLAGE_DB": "/tmp/x.db", "QUELLENLAGE_MAX_BYTES": "10", "QUELLENLAGE_ARTICLE_SECONDS": "2.5"}
    )
    assert s.db == Path("/tmp/x.db")
    assert s.max_bytes == 10
    assert s.article_seconds == 2.5


@pytest.mark.parametrize("value", ["ten", "0", "-5"])
def test_invalid_setting_is_a_usage_error(value: str) -> None:
    with pytest.raises(UsageError, match="QUELLENLAGE_MAX_BYTES"):
        Settings.from_env({"QUELLENLAGE_MAX_BYTES": value})


@pytest.mark.parametrize("value", ["zwei", "0", "-1", "inf", "nan"])
def test_an_invalid_time_limit_is_a_usage_error_that_says_what_to_give(value: str) -> None:
    with pytest.raises(UsageError, match="QUELLENLAGE_ARTICLE_SECONDS") as info:
        Settings.from_env({"QUELLENLAGE_ARTICLE_SECONDS": value})
    assert info.value.hint == "give a positive number of seconds"


@pytest.mark.parametrize("name", sorted(SETTINGS))
def test_every_setting_is_documented_in_the_readme(name: str) -> None:
    assert name in README.read_text(encoding="utf-8")


def test_an_outlet_table_is_read_from_the_file_the_setting_names(tmp_path: Path) -> None:
    path = tmp_path / "outlets.json"
    path.write_text(
        '{"www.Kreisbote.example": " Kreisbote ", "talbote.example": "Talbote"}', encoding="utf-8"
    )
    table = Settings.from_env({"QUELLENLAGE_OUTLETS": str(path)}).outlet_table()
    assert table == {"kreisbote.example": "Kreisbote", "talbote.example": "Talbote"}
    assert Settings.from_env({}).outlet_table() == {}


@pytest.mark.parametrize("content", ["[1, 2]", '{"a.example": ""}', '{"a.example": 3}', "{kaputt", None])
def test_an_unusable_outlet_table_is_usage_error_e407(tmp_path: Path, content: str | None) -> None:
    path = tmp_path / "outlets.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(UsageError) as err:
        Settings.from_env({"QUELLENLAGE_OUTLETS": str(path)}).outlet_table()
    assert err.value.code == "E407" and str(path) in err.value.message
