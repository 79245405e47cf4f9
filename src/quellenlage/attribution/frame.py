"""The frame of a speech event: the medium ("gegenüber CNN"), the addressee and the time."""

from __future__ import annotations

from quellenlage.attribution.clause import Range, Sentence_, covered
from quellenlage.attribution.phrases import np_after
from quellenlage.nlp.de import grammar, speech


def find_frame(s: Sentence_, a: int, b: int) -> tuple[Range | None, Range | None, Range | None]:
    """Medium, addressee and time phrases inside tokens ``a..b``."""
    medium = addressee = time = None
    i = a
    while i <= b:
        low = s.low(i)
        if low == speech.MEDIUM_FACING and i + 1 <= b:
            nxt = s.toks[i + 1]
            if nxt.mark and nxt.quote >= 0:
                end = min(s.doc.quotes[nxt.quote].close, b)
                medium = (i, end)
                i = end + 1
                continue
            np = np_after(s, i + 1, b)
            if np:
                medium = (i, np[1])
                i = np[1] + 1
                continue
        if low in speech.MEDIUM_NOUN_OPENERS and any(
            s.low(x).endswith(tuple(speech.MEDIUM_NOUNS)) for x in range(i, min(b, i + 3) + 1)
        ):
            j = i
            while j + 1 <= b and not s.low(j).endswith(tuple(speech.MEDIUM_NOUNS)):
                j += 1
            if j + 1 <= b and s.low(j + 1) in speech.MEDIUM_OWNER_LINKS:
                np = np_after(s, j + 2, b)
                j = np[1] if np else j
            medium = (i, j)
            i = j + 1
            continue
        if low in speech.MEDIUM_NAME_PREPOSITIONS and i + 1 <= b and _medium_name(s.toks[i + 1].text):
            medium = (i, i + 1)
            i += 2
            continue
        if low == speech.MEETING_PREPOSITION and i + 1 <= b and s.low(i + 1) in speech.MEETING_OPENERS:
            np = np_after(s, i + 1, b)
            if np:
                end = np[1]
                if end + 2 <= b and s.low(end + 1) == speech.MEETING_PARTNER:
                    np2 = np_after(s, end + 2, b)
                    end = np2[1] if np2 else end
                addressee = (i, end)
                i = end + 1
                continue
        if (
            low in speech.DATE_PREPOSITIONS
            and i + 1 <= b
            and (s.low(i + 1) in speech.TIME_WORDS or s.toks[i + 1].text[:1].isdigit())
        ):
            end = i + 1
            while end + 1 <= b and (s.toks[end + 1].text[:1].isdigit() or s.toks[end + 1].text == "."):
                end += 1
            time = (i, end)
            i = end + 1
            continue
        if low in speech.TIME_WORDS and time is None:
            time = (i, i)
        i += 1
    return medium, addressee, time


def _medium_name(word: str) -> bool:
    """ "ZDF", "CNN-Interview", "X"; but "Xi" is a name, so short media must match exactly."""
    return any(word == m or (len(m) > 2 and word.startswith(m)) for m in speech.KNOWN_MEDIA)


def find_addressee(
    s: Sentence_, verb: speech.Verb, source: Range, seg: Range, message: list[Range], skip: list[Range | None]
) -> Range | None:
    """Who is spoken to: the object of "forderte die Regierung auf", or a dative after the speaker
    ("sagte Roth der Deutschen Presse-Agentur")."""
    taken = [source, *message, *skip]
    start = source[1] + 1
    if s.low(start) in grammar.DATIVE_ARTICLES and not covered(taken, start) and start <= seg[1]:
        np = np_after(s, start, seg[1])
        if np and not any(covered(taken, x) for x in range(np[0], np[1] + 1)):
            return np
    if verb.lemma in speech.ADDRESSING_VERBS:
        for x in range(seg[0], seg[1] + 1):
            if not covered(taken, x) and (s.low(x) in grammar.DETERMINERS or s.toks[x].text[:1].isupper()):
                np = np_after(s, x, seg[1])
                if np and not any(covered(taken, y) for y in range(np[0], np[1] + 1)):
                    return np
                break
    return None
