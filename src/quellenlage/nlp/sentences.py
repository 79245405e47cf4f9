"""One sentence splitter for every stage: tokens with offsets and where a sentence ends.

A full stop after an abbreviation ("Dr.", "stellv.", "Hauptstr.", "e.V."), an ordinal ("17. August") or
an initial ("F. Merz") never ends a sentence. The abbreviations are language data in
:mod:`quellenlage.nlp.de.words`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quellenlage.nlp.de import speech, words

#: A word with inner hyphens, apostrophes or full stops ("e.V", "z.B", "Gaza-Streifen"), or one mark.
TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*-?|[^\w\s]", re.UNICODE)
TERMINAL = frozenset(".!?…")
CLOSING = frozenset("“”«»\"'’‘)]›")


def is_abbreviation(word: str) -> bool:
    """A word that a full stop after it abbreviates: "Dr", "stellv", "Hauptstr", "e.V", "F"."""
    low = word.lower()
    if low in words.ABBREVIATIONS or (word.isdigit() and len(word) <= 2):
        return True
    if len(word) == 1 and word.isalpha() and word.isupper():
        return True  # an initial
    return len(low) > len(words.ABBREVIATION_SUFFIX) + 1 and low.endswith(words.ABBREVIATION_SUFFIX)


def boundary(texts: Sequence[str], i: int) -> bool:
    """True when a sentence ends after token ``i`` of a paragraph's tokens ``texts``."""
    tok = texts[i]
    if tok not in TERMINAL:
        return False
    if i + 1 >= len(texts):
        return True
    if tok == "." and i > 0 and is_abbreviation(texts[i - 1]):
        return False
    nxt = texts[i + 1]
    first = nxt[0]
    return first.isupper() or first.isdigit() or nxt in speech.QUOTES or nxt in "(-–"


def spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Character spans of the sentences in ``text[start:end]``, closing quotes kept with their sentence."""
    end = len(text) if end is None else end
    found = [(m.start() + start, m.end() + start, m.group()) for m in TOKEN.finditer(text[start:end])]
    texts = [t for _s, _e, t in found]
    out: list[tuple[int, int]] = []
    first = 0
    for i in range(len(texts)):
        if i < first or not boundary(texts, i):
            continue
        last = i
        while last + 1 < len(texts) and texts[last + 1] in CLOSING:
            last += 1
        out.append((found[first][0], found[last][1]))
        first = last + 1
    if first < len(texts):
        out.append((found[first][0], found[-1][1]))
    return out
