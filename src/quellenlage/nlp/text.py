"""Small text algorithms over the German data in :mod:`quellenlage.nlp.de`."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import Final

import ftfy

from quellenlage.nlp import sentences
from quellenlage.nlp.de import typography, words

_INVISIBLE = str.maketrans("", "", typography.INVISIBLE)
_SPACES = str.maketrans(dict.fromkeys(typography.SPACES, " ") | typography.CHAR_MAP)
_SPACES_KEYS = "".join(chr(k) for k in _SPACES)
_APOSTROPHE = re.compile(rf"(?<=\w)[{re.escape(typography.APOSTROPHES)}](?=\w)")
#: Any character the two tables above change: most texts hold none, and a search is cheaper than a
#: translation character by character.
_TRANSLATED = re.compile("[" + re.escape("".join({*typography.INVISIBLE, *_SPACES_KEYS})) + "]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_MULTI_SPACE = re.compile(r" {2,}")
#: UTF-8 read as Windows-1252 or Latin-1 ("GerichtsgebÃ¤ude", "â€žJa"): a lead byte's letter followed by
#: a continuation byte's sign. Only a text that has one is handed to ftfy, which costs about 0.2 µs a
#: character even on clean text.
_MOJIBAKE_HINT = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)

TERMINAL: Final = ".!?…"
CLOSERS: Final = "\"'“”«»‹›‘’)]"


def normalize(text: str) -> str:
    """Unicode NFC, one kind of space and line break, no invisible characters, consistent quotes.

    Guillemets and „…“ are kept: an outlet's quote style is information, not noise. Mojibake, UTF-8 that
    was read in another charset ("GerichtsgebÃ¤ude"), is repaired first (ftfy, encoding fixes only).
    """
    if _MOJIBAKE_HINT.search(text):
        text = ftfy.fix_encoding(text)
    text = unicodedata.normalize("NFC", text)
    for sep in typography.LINE_BREAKS:
        text = text.replace(sep, "\n")
    if _TRANSLATED.search(text):
        text = text.translate(_INVISIBLE).translate(_SPACES)
    text = _CONTROL.sub("", text)
    for ascii_form, typographic in typography.ASCII_QUOTE_PAIRS:
        text = text.replace(ascii_form, typographic)
    text = _APOSTROPHE.sub("’", text)
    return "\n".join(_MULTI_SPACE.sub(" ", line).strip() for line in text.split("\n"))


def tokens(text: str) -> list[str]:
    return sentences.word_tokens(text)


def word_count(text: str) -> int:
    return len(sentences.word_tokens(text))


def ends_sentence(text: str) -> bool:
    """True when the line ends like prose ("." or "!" or "…", possibly inside closing quotes)."""
    stripped = text.rstrip().rstrip(CLOSERS).rstrip()
    return bool(stripped) and stripped[-1] in ".!…"


def sentence_count(text: str) -> int:
    """Number of sentences, not splitting after abbreviations, ordinals ("17. August") or initials."""
    return len(sentences.spans(text)) if text.strip() else 0


def detect_language(text: str) -> str:
    """ISO 639-1 code of the best-matching language by frequent words, or ``und`` when unclear."""
    sample = [w.lower() for w in tokens(text[:20000])]
    if len(sample) < 3:
        return "und"
    counts = Counter(sample)
    scores = {
        lang: sum(counts[w] for w in counts.keys() & marker)
        for lang, marker in words.LANGUAGE_MARKERS.items()
    }
    best = max(scores, key=lambda lang: scores[lang])
    return best if scores[best] >= max(2, len(sample) // 50) else "und"


def looks_swiss(text: str) -> bool:
    """Swiss standard German: no "ß" and at least two Swiss "ss" spellings."""
    if "ß" in text:
        return False
    hits = sum(1 for w in tokens(text.lower()) if w in words.SWISS_SPELLINGS)
    return hits >= 2
