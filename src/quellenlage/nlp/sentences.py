"""One sentence splitter for every stage: tokens with offsets and where a sentence ends.

A full stop after an abbreviation ("Dr.", "stellv.", "Hauptstr.", "e.V."), an ordinal ("17. August") or
an initial ("F. Merz") never ends a sentence. The abbreviations are language data in
:mod:`quellenlage.nlp.de.words`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quellenlage.nlp.de import speech, words

#: A number with decimal commas or thousands points ("5,1", "1.200,50"), or a word with inner hyphens,
#: apostrophes or full stops ("e.V", "z.B", "Gaza-Streifen").
_WORD = r"\d+(?:[.,]\d+)+(?![\w-])|\w+(?:[-'’.]\w+)*"
WORD = re.compile(_WORD)
#: A token: a word, with a trailing hyphen where it has one ("Bundes-"), or one mark.
TOKEN = re.compile(_WORD + r"-?|[^\w\s]")
TERMINAL = frozenset(".!?…")
CLOSING = frozenset("“”«»\"'’‘)]›")


def word_tokens(text: str) -> list[str]:
    """The words of ``text`` as the analysis tokenizes them: no marks, a trailing hyphen dropped
    ("Bundes- und Landesregierung" -> "Bundes", "und", "Landesregierung")."""
    return WORD.findall(text)


_PIECE = re.compile(r"[.,’]")


def pieces(word: str) -> list[str]:
    """A word split at its inner full stops, commas and apostrophes ("e.V" -> "e", "V"; "5,1" -> "5", "1"),
    as content terms want it; hyphenated compounds stay whole."""
    return _PIECE.split(word) if "." in word or "’" in word or "," in word else [word]


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


def split(texts: Sequence[str]) -> list[tuple[int, int]]:
    """Sentences of one paragraph's tokens ``texts`` as token ranges ``(first, end)``, end exclusive,
    closing quotes kept with their sentence."""
    out: list[tuple[int, int]] = []
    first = 0
    for i in range(len(texts)):
        if i < first or not boundary(texts, i):
            continue
        last = i
        while last + 1 < len(texts) and texts[last + 1] in CLOSING:
            last += 1
        out.append((first, last + 1))
        first = last + 1
    if first < len(texts):
        out.append((first, len(texts)))
    return out


def spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Character spans of the sentences in ``text[start:end]``, closing quotes kept with their sentence."""
    end = len(text) if end is None else end
    found = [(m.start() + start, m.end() + start, m.group()) for m in TOKEN.finditer(text[start:end])]
    return [(found[a][0], found[b - 1][1]) for a, b in split([t for _s, _e, t in found])]
