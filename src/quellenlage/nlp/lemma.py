"""Lemmas of German words, by simplemma (MIT, ships its dictionaries), cached per form."""

from __future__ import annotations

from functools import lru_cache

import simplemma


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    return str(simplemma.lemmatize(word, lang="de")).lower()


@lru_cache(maxsize=200_000)
def is_known(word: str) -> bool:
    """True when the word is in simplemma's German dictionary (names and places mostly are not)."""
    return bool(simplemma.is_known(word, lang="de"))
