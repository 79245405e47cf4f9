"""Content terms of a statement and how much two sets of them share: lemmas, compounds and their parts."""

from __future__ import annotations

from quellenlage.memo import memo
from quellenlage.nlp import lemma as lemmas
from quellenlage.nlp import sentences
from quellenlage.nlp.de import grammar, words
from quellenlage.nlp.de import ledger as data


def word_tokens(text: str) -> list[str]:
    """The words of a text, by the analysis' tokenizer, split at inner full stops and apostrophes."""
    return [piece for w in sentences.word_tokens(text) for piece in sentences.pieces(w) if piece]


def content_terms(text: str) -> set[str]:
    """Content lemmas, with hyphenated compounds also split and metonyms and synonyms folded."""
    out: set[str] = set()
    low = text.lower()
    for place, state in data.METONYMS.items():
        if " " in place and place in low:
            out.add(state)
    for w in word_tokens(text):
        parts = [w, *w.split("-")] if "-" in w else [w]
        for part in parts:
            if len(part) < 3 and not part.isdigit():
                continue
            lem = lemmas.lemma(part)
            if lem in words.STORY_STOPWORDS:
                continue
            lem = data.METONYMS.get(lem, lem)
            out.add(data.TOPIC_SYNONYMS.get(lem, lem))
    return out


@memo(100_000)
def _affixes(term: str) -> frozenset[str]:
    """Prefixes and suffixes of five letters or more: the parts a compound may share with a shorter word."""
    if len(term) < 5:
        return frozenset()
    return frozenset({term[:k] for k in range(5, len(term))} | {term[-k:] for k in range(5, len(term))})


def _match_any(term: str, others: set[str], other_affixes: set[str]) -> bool:
    """The term, or a compound part of it, is among ``others`` ("Sicherheitsgarantie" ~ "Garantie")."""
    return term in others or (
        len(term) >= 5 and (term in other_affixes or not _affixes(term).isdisjoint(others))
    )


def _affix_set(terms: set[str]) -> set[str]:
    out: set[str] = set()
    for t in terms:
        out |= _affixes(t)
    return out


def shared(a: set[str], b: set[str]) -> int:
    """How many terms of the smaller set the other holds, itself or as a compound part."""
    if len(a) > len(b):
        a, b = b, a
    exact = a & b
    rest = [t for t in a - exact if len(t) >= 5]
    if not rest:
        return len(exact)
    b_affixes = _affix_set(b)
    return len(exact) + sum(1 for t in rest if _match_any(t, b, b_affixes))


def affix_set(terms: set[str]) -> set[str]:
    """The compound parts of a term set, to compute once for many :func:`overlap_with` calls."""
    return _affix_set(terms)


def overlap_with(a: set[str], a_affixes: set[str], b: set[str], b_affixes: set[str]) -> float:
    """:func:`overlap` with both sets' compound parts computed beforehand."""
    if not a or not b:
        return 0.0
    if len(a) > len(b):
        a, b, b_affixes = b, a, a_affixes
    exact = a & b
    rest = [t for t in a - exact if len(t) >= 5]
    n = len(exact) + sum(1 for t in rest if _match_any(t, b, b_affixes))
    return n / len(a)


def overlap(a: set[str], b: set[str]) -> float:
    """Shared terms over the smaller set."""
    if not a or not b:
        return 0.0
    return shared(a, b) / min(len(a), len(b))


def similar(a: set[str], b: set[str]) -> float:
    """Content similarity of two statements: shared lemmas over the smaller set, needing at least three."""
    n = shared(a, b)
    return n / min(len(a), len(b)) if n >= 3 and a and b else 0.0


def verb_lemmas(text: str) -> set[str]:
    """Verb lemmas: lower-case words (German nouns are capitalised) whose lemma looks like an infinitive."""
    out = set()
    for w in word_tokens(text):
        if w[:1].islower() and len(w) > 3:
            lem = lemmas.lemma(w)
            if lem.endswith(grammar.INFINITIVE_ENDINGS) and lem not in words.STORY_STOPWORDS:
                out.add(lem)
    return out
