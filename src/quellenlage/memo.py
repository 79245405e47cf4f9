"""Bounded caches for pure functions of one argument (word forms, names, texts).

:func:`functools.lru_cache` keeps every entry in a linked node that Python's cyclic garbage collector
tracks, so a long ingest that fills caches of hundreds of thousands of word forms spends more and more
of its time in full collections (measured in ``bench/bench_store.py``: 0.7 s per 10,000 articles at
the start, 1.7 s after 40,000). Here results live in a plain dict of strings and atomic values, which
the collector barely visits, and the dict is emptied when it holds ``maxsize`` results: memory stays
bounded, and the function's answers are the same with or without the cache.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from functools import update_wrapper
from typing import Protocol, TypeVar, cast

__all__ = ["Memoized", "memo"]

K = TypeVar("K", bound=Hashable, contravariant=True)
V = TypeVar("V", covariant=True)
_K = TypeVar("_K", bound=Hashable)
_V = TypeVar("_V")


class Memoized(Protocol[K, V]):
    """A one-argument function with a bounded cache of its results."""

    def __call__(self, arg: K, /) -> V: ...

    def cache_clear(self) -> None: ...

    def cache_size(self) -> int: ...


def memo(maxsize: int) -> Callable[[Callable[[_K], _V]], Memoized[_K, _V]]:
    """Decorate a pure function of one hashable argument with a cache of at most ``maxsize`` results."""
    if maxsize < 1:
        raise ValueError(f"a cache holds at least one result, not {maxsize}")

    def wrap(fn: Callable[[_K], _V]) -> Memoized[_K, _V]:
        table: dict[_K, _V] = {}
        get, missing = table.get, object()

        def cached(arg: _K, /) -> _V:
            value = get(arg, missing)
            if value is missing:
                if len(table) >= maxsize:
                    table.clear()
                value = table[arg] = fn(arg)
            return cast(_V, value)

        update_wrapper(cached, fn)
        cached.cache_clear = table.clear  # type: ignore[attr-defined]
        cached.cache_size = table.__len__  # type: ignore[attr-defined]
        return cast(Memoized[_K, _V], cached)

    return wrap
