"""Part of speech and mood of German word forms: a closed list first, then HanTa, cached per form.

HanTa (LGPL, on PyPI) ships its German model inside the package, so nothing is downloaded.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from quellenlage.memo import memo
from quellenlage.nlp.de import speech

#: Word forms whose analysis is kept: a long run meets new names every day, so the caches are bounded.
FORMS_CACHED = 200_000


@cache
def _tagger() -> Any:
    from HanTa import HanoverTagger

    return HanoverTagger.HanoverTagger("morphmodel_ger.pgz")


@memo(FORMS_CACHED)
def is_finite_verb(form: str) -> bool:
    """True for a lower-case finite verb form out of context ("ordnete", "spekulieren"), False for an
    adjective or quantifier before a noun ("anderen", "informierten", "einigen"), by HanTa."""
    _lemma, pos = _tagger().analyze(form.lower())
    return str(pos).startswith(("VV", "VA", "VM"))


@memo(FORMS_CACHED)
def is_subjunctive(form: str) -> bool:
    """True for "sei", "habe", "könne", "handle", "sehe"; False for "neue", "sagte", "Ukraine"."""
    low = form.lower()
    if low in speech.SUBJUNCTIVE_FORMS:
        return True
    if form[:1].isupper() or not low.endswith("e") or low.endswith("te") or len(low) < 4:
        return False
    if low in speech.INDICATIVE_E_FORMS:
        return False
    _lemma, pos = _tagger().analyze(low)
    return str(pos).endswith("(FIN)")


@memo(FORMS_CACHED)
def tag(form: str) -> tuple[str, str]:
    """HanTa's lemma and part of speech of a word form out of context, cached per form."""
    lemma, pos = _tagger().analyze(form)
    return str(lemma), str(pos)


@memo(FORMS_CACHED)
def morphemes(form: str) -> tuple[tuple[str, str], ...]:
    """HanTa's morphemes of a word form with their tags, cached per form."""
    _lemma, parts, _pos = _tagger().analyze(form, taglevel=3)
    return tuple((str(m), str(t)) for m, t in parts)
