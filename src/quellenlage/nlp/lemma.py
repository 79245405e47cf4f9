"""Lemmas of German words, by simplemma (MIT, ships its dictionaries), cached per form."""

from __future__ import annotations

import simplemma

from quellenlage.memo import memo


@memo(200_000)
def lemma(word: str) -> str:
    return str(simplemma.lemmatize(word, lang="de")).lower()


@memo(200_000)
def is_known(word: str) -> bool:
    """True when the word is in simplemma's German dictionary (names and places mostly are not)."""
    return bool(simplemma.is_known(word, lang="de"))


def load() -> None:
    """Load simplemma's German dictionary now (start-up) rather than on the first word an article asks
    about; the per-form caches stay as they are."""
    simplemma.is_known("Haus", lang="de")
    simplemma.lemmatize("Häuser", lang="de")


def cache_clear() -> None:
    """Empty the per-form caches (benchmarks measure cold caches)."""
    lemma.cache_clear()
    is_known.cache_clear()
