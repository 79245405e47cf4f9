"""quellenlage.memo: bounded caches answer as the function does and never hold more than their bound."""

from __future__ import annotations

import gc

import pytest

from quellenlage.memo import memo


def test_a_cached_function_answers_as_the_function_and_computes_each_form_once() -> None:
    calls: list[str] = []

    @memo(10)
    def lower(word: str) -> str:
        calls.append(word)
        return word.lower()

    assert [lower(w) for w in ["Brücke", "Fähre", "Brücke", "Fähre"]] == ["brücke", "fähre"] * 2
    assert calls == ["Brücke", "Fähre"]
    assert lower.__name__ == "lower" and lower.cache_size() == 2


def test_a_full_cache_is_emptied_and_keeps_answering() -> None:
    @memo(3)
    def double(n: int) -> int:
        return 2 * n

    for n in range(10):
        assert double(n) == 2 * n
        assert double.cache_size() <= 3
    double.cache_clear()
    assert double.cache_size() == 0 and double(4) == 8


def test_a_cache_of_words_gives_the_garbage_collector_no_objects_per_entry() -> None:
    """The reason for this module: lru_cache tracks one node per entry, a dict of strings none."""

    @memo(100_000)
    def upper(word: str) -> str:
        return word.upper()

    gc.collect()
    before = len(gc.get_objects())
    for n in range(20_000):
        upper(f"wort{n}")
    gc.collect()
    assert len(gc.get_objects()) - before < 100


def test_a_cache_must_hold_something() -> None:
    with pytest.raises(ValueError, match="at least one"):
        memo(0)
