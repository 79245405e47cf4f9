"""The analyse stage: one German analysis per article, computed once after cleaning.

Tokens with character offsets and the sentences of :mod:`quellenlage.nlp.sentences` (the one splitter),
a lemma per token (simplemma, cached per word form), and part of speech and morphology per word form
on demand (HanTa, cached). Attribution, actors, stories and the ledger read it instead of tokenizing
again; an article loaded from the store gets it again by :func:`of`, since it is derived from the text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from quellenlage.memo import memo
from quellenlage.model import Analysis, Article
from quellenlage.nlp import lemma as lemmas
from quellenlage.nlp import mood, sentences

__all__ = ["analyse", "compute", "morphology", "of", "pos", "words"]


def analyse(article: Article) -> Article:
    """The article with its analysis."""
    return replace(article, analysis=compute(article.text, [(p.start, p.end) for p in article.paragraphs]))


def of(article: Article) -> Analysis:
    """The article's analysis: the one it carries, or a new one (for an article read from the store)."""
    if article.analysis is not None and article.analysis.text is article.text:
        return article.analysis
    return compute(article.text, [(p.start, p.end) for p in article.paragraphs])


def compute(text: str, paragraphs: Sequence[tuple[int, int]]) -> Analysis:
    """Analysis of ``text``; ``paragraphs`` are character ranges (a whole text is one paragraph)."""
    starts: list[int] = []
    ends: list[int] = []
    forms: list[str] = []
    sents: list[tuple[int, int]] = []
    paras: list[tuple[int, int]] = []
    for p_start, p_end in paragraphs:
        base = len(starts)
        found = list(sentences.TOKEN.finditer(text, p_start, p_end))
        texts = [m.group() for m in found]
        starts.extend(m.start() for m in found)
        ends.extend(m.end() for m in found)
        forms.extend(texts)
        sents.extend((base + a, base + b) for a, b in sentences.split(texts))
        paras.append((base, len(starts)))
    return Analysis(
        text=text,
        starts=tuple(starts),
        ends=tuple(ends),
        lemmas=tuple(_lemma(f) for f in forms),
        sentences=tuple(sents),
        paragraphs=tuple(paras),
    )


@memo(200_000)
def _lemma(form: str) -> str:
    return lemmas.lemma(form) if form[0].isalnum() or form[0] == "_" else form


def words(analysis: Analysis, start: int, end: int) -> list[int]:
    """Indices of the word tokens (not marks) inside characters ``start:end``."""
    return [i for i in analysis.within(start, end) if analysis.is_word(i)]


def pos(analysis: Analysis, i: int) -> str:
    """STTS-like part of speech of token ``i`` out of context, by HanTa ("NN", "VV(FIN)", "ADJ(A)")."""
    return mood.tag(analysis.token(i))[1]


def morphology(analysis: Analysis, i: int) -> tuple[tuple[str, str], ...]:
    """Morphemes of token ``i`` with their tags, by HanTa ("bestätigte" -> bestätig/VVnp, te/SUF_FIN)."""
    return mood.morphemes(analysis.token(i))
