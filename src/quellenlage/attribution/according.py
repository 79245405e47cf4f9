"""According-to cues: "laut X", "X zufolge", "nach Angaben von X", "…, so X", "demnach"."""

from __future__ import annotations

from quellenlage.attribution.clause import Event, Range, Sentence_, clause_before, strip
from quellenlage.attribution.phrases import can_speak, np_after, np_before
from quellenlage.nlp.de import grammar, speech


def according_to(s: Sentence_, i: int) -> Event | None:
    """The according-to event whose marker is token ``i``, if it is one."""
    low = s.low(i)
    if low in speech.ACCORDING_PREPOSITIONS and i + 1 < s.end:
        nxt = s.toks[i + 1]
        if nxt.mark and nxt.quote >= 0 and s.doc.quotes[nxt.quote].close > i + 2:
            close = s.doc.quotes[nxt.quote].close  # "laut „The Sun“": the quoted name is the source
            return _according_event(s, [(i, i)], (i + 2, close - 1), exclude=(i, close))
        src = np_after(s, i + 1, s.end - 1)
        if src is None or (low in speech.RULE_PREPOSITIONS and not can_speak(s, src)):
            return None
        return _according_event(s, [(i, i)], src, exclude=(i, src[1]))
    if low in speech.ACCORDING_POSTPOSITIONS:
        src = np_before(s, i, s.segment(i)[0])
        if src is None or (low in speech.RULE_PREPOSITIONS and not can_speak(s, src)):
            return None
        own = src[0] - 1
        if own >= s.segment(i)[0] and s.low(own) in speech.POSSESSIVES:  # "Seinen Worten zufolge": his
            return _according_event(s, [(src[0], i)], (own, own), exclude=(own, i), pronoun=True)
        if _authorless(s, src):  # "Unbestätigten Angaben zufolge": a report that names no author
            return _according_event(s, [(src[0], i)], None, exclude=(src[0], i))
        return _according_event(s, [(i, i)], src, exclude=(src[0], i))
    if (
        low == speech.ACCORDING_NOUN_PREPOSITION
        and i - 2 >= s.start
        and s.low(i - 1) in speech.POSTPOSED_ACCORDING_NOUNS
        and s.low(i - 2) in speech.POSSESSIVES
    ):  # "Ihrer Meinung nach sei …": hers
        return _according_event(s, [(i - 1, i)], (i - 2, i - 2), exclude=(i - 2, i), pronoun=True)
    if low == speech.ACCORDING_NOUN_PREPOSITION and i + 1 < s.end:
        j = i + 1
        pronoun = s.low(j) in speech.PRONOUNS
        # "nach seinen Angaben", "nach übereinstimmenden Angaben", "nach eigener Aussage"
        while j < s.end and j <= i + 3 and not _according_noun(s.low(j)) and s.low(j)[:1].islower():
            j += 1
        if j >= s.end or not _according_noun(s.low(j)):
            return None
        cue_end = j
        if pronoun:
            return _according_event(s, [(i, cue_end)], (i + 1, i + 1), exclude=(i, cue_end), pronoun=True)
        k = j + 1
        if s.low(k) in speech.ACCORDING_AUTHOR_LINKS:
            src = np_after(s, k + 1 if s.low(k) in speech.ACCORDING_AUTHOR_PREPOSITIONS else k, s.end - 1)
            if src is not None:
                return _according_event(s, [(i, cue_end)], src, exclude=(i, src[1]))
        return _according_event(s, [(i, cue_end)], None, exclude=(i, cue_end))
    if low == speech.ATTRIBUTING_SO and s.low(i - 1) == "," and i + 1 < s.end:
        src = np_after(s, i + 1, s.end - 1)
        # ", so Joachim Banke." or ", so Joachim Banke gegenüber der Zeitung."
        if src is None or (
            src[1] != s.end - 1
            and s.low(src[1] + 1) not in grammar.PREPOSITIONS | speech.SO_SOURCE_ADVERBS | {","}
        ):
            return None
        if not can_speak(s, src):
            return None  # ", so das Kalkül", ", so die Begründung": a reasoning, not a source
        before = clause_before(s, i - 1)
        if before is None:
            return None
        quoted = s.toks[before[0] - 1].mark if before[0] > s.start else False
        return Event("direct" if quoted else "indirect", [(i, i)], [before], s.index, source=src)
    if low in speech.ACCORDING_ADVERBS:
        ev = _according_event(s, [(i, i)], None, exclude=(i, i))
        if ev:
            ev.carried = True
        return ev
    return None


def _authorless(s: Sentence_, src: Range) -> bool:
    """A source phrase that is only a report noun and its adjectives ("unbestätigten Berichten")."""
    words = [s.low(x) for x in range(src[0], src[1] + 1)]
    return words[-1] in speech.ACCORDING_NOUNS and all(
        w in speech.ACCORDING_NOUNS
        or not s.toks[x].text[:1].isupper()
        or w.endswith(grammar.ADJECTIVE_ENDINGS)  # "Offiziellen Angaben zufolge"
        for x, w in zip(range(src[0], src[1] + 1), words, strict=True)
    )


def _according_noun(low: str) -> bool:
    return low in speech.ACCORDING_NOUNS or low.endswith(speech.ACCORDING_NOUN_ENDINGS)


def _according_event(
    s: Sentence_, cue: list[Range], src: Range | None, exclude: Range, pronoun: bool = False
) -> Event | None:
    a, b = exclude
    parts = []
    if a > s.start:
        parts.append(strip(s, (s.start, a - 1)))
    if b + 1 < s.end:
        parts.append(strip(s, (b + 1, s.end - 1)))
    message = [p for p in parts if p is not None]
    if not message:
        return None
    marked = [x for r in (*cue, *([src] if src else [])) for x in range(r[0], r[1] + 1)]
    unconfirmed = any(s.low(x).startswith(speech.UNCONFIRMED_PREFIX) for x in marked)
    polarity = "not_confirmed" if unconfirmed else "assert"  # "nach unbestätigten Berichten"
    return Event("according_to", cue, message, s.index, source=src, pronoun=pronoun, polarity=polarity)
