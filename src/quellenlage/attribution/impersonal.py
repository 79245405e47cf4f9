"""Cues with no verb of saying of their own: framed quotations ("„…“, beschreibt ein Reporter …",
"X über Y: „…“"), impersonal reports ("Es wird angenommen, …", "…, hieß es") and refusals to comment."""

from __future__ import annotations

import re

from quellenlage.attribution.clause import (
    ADVERBIAL_STARTS,
    Event,
    Sentence_,
    clause_before,
    covered,
    is_article,
    quote_content,
    rest_from,
    strip,
)
from quellenlage.attribution.phrases import apposition, np_after
from quellenlage.nlp import sentences
from quellenlage.nlp.de import grammar, speech

_NO_COMMENT = [re.compile(p, re.IGNORECASE) for p in speech.NO_COMMENT_PATTERNS]


def quote_frame(s: Sentence_) -> Event | None:
    """Direct speech framed by any verb: "„…“, beschreibt ein Reporter das Ereignis." or "X über Y: „…“"."""
    first = s.toks[s.start]
    if first.mark and first.quote >= 0:
        j = s.doc.quotes[first.quote].close + 1
        if j + 1 < s.end and s.toks[j].text == "," and s.toks[j + 1].text.isalpha():
            k = j + 1
            cue = [(k, k)]
            if s.low(k) == speech.ATTRIBUTING_SO and k + 1 < s.end and s.toks[k + 1].text[:1].islower():
                k += 1
                cue = [(k - 1, k)]
            if s.toks[k].text[:1].islower() and s.low(k) not in speech.NAMING_FRAME_VERBS:
                start = k + 1
                while start < s.end and s.low(start) in grammar.OBJECT_PRONOUNS:
                    start += 1
                source = np_after(s, start, s.end - 1)
                if source:
                    source = apposition(s, source, s.end - 1)
                    return Event("direct", cue, [quote_content(s, first.quote)], s.index, source=source)
        return None
    for c in range(s.start + 1, s.end - 1):
        nxt = s.toks[c + 1]
        if s.toks[c].text == ":" and nxt.mark and nxt.quote >= 0:
            source = np_after(s, s.start, c - 1)
            if source is None or s.low(source[0]) in ADVERBIAL_STARTS:
                return None
            source = apposition(s, source, c - 1)  # "Die Landrätin, Ulla Benz, lobte …: „…“"
            verbs = [
                x
                for x in range(source[1] + 1, c)
                if s.toks[x].text[:1].islower() and s.toks[x].text.isalpha()
            ]
            if _title_after_colon(s, source[1] + 1, c, nxt.quote):
                return None
            cue = [(verbs[0], verbs[0])] if verbs else []
            return Event("direct", cue, [quote_content(s, nxt.quote)], s.index, source=source)
    return None


def impersonal_event(s: Sentence_, i: int) -> Event | None:
    """'Es wird angenommen, dass …', '…, wird vermutet', '…, hieß es', 'Der Trainer ist zuversichtlich, …'."""
    low = s.low(i)
    impersonal = f"{low} {s.low(i + 1)}" in speech.IMPERSONAL_CUES
    opinion = (
        low in speech.OPINION_NOUNS
        and s.low(i - 1) in speech.OPINION_ARTICLES
        and s.low(i - 2) in grammar.COPULAS
    )
    if opinion:
        seg = s.segment(i)
        if seg[1] + 1 < s.end and s.toks[seg[1] + 1].text == "," and seg[0] < i - 2:
            rest = rest_from(s, seg[1] + 2)
            source = strip(s, (seg[0], i - 3))
            if s.low(i - 3) in grammar.COORDINATORS:  # "X spielte die Idee herunter und ist der Meinung, …"
                source = np_after(s, seg[0], i - 4)
            if rest and source and s.low(source[0]) not in ADVERBIAL_STARTS:
                return Event("indirect", [(i - 2, i)], [rest], s.index, source=source, channel="thought")
        return None
    if (low in speech.OPINION_NOUNS or low in speech.VIEW_NOUNS) and s.low(i - 1) in speech.OPINION_ARTICLES:
        return _held_view(s, i)
    if not impersonal and low not in speech.IMPERSONAL_PARTICIPLES and low not in speech.STANCE_PREDICATES:
        return None
    seg = s.segment(i)
    after = seg[1] + 1
    if impersonal:
        cue = [(i, i + 1)]
        if seg[0] == i and i > s.start:  # "…, hieß es lediglich."
            before = clause_before(s, seg[0])
            return Event("indirect", cue, [before], s.index) if before else None
        if after < s.end and s.toks[after].text in (",", ":"):  # "In der Erklärung heißt es, …"
            rest = rest_from(s, after + 1)
            src = None
            for x in range(seg[0], i):
                if s.low(x) in speech.IMPERSONAL_SOURCE_PREPOSITIONS and x + 1 < i:
                    src = np_after(s, x + 1, i - 1)
                    break
            return Event("indirect", cue, [rest], s.index, source=src, channel="writing") if rest else None
        return None
    lead = s.low(seg[0])
    main_clause = lead not in grammar.SUBORDINATORS and not (  # not "…, da sie bestätigt wurde"
        lead in grammar.RELATIVES and seg[0] > s.start and not is_article(s, seg[0])
    )
    if (
        low in speech.IMPERSONAL_PARTICIPLES
        and main_clause
        and any(s.low(x) in grammar.PASSIVE_AUXILIARIES for x in range(seg[0], seg[1] + 1))
    ):
        cue = [
            (x, x)
            for x in range(seg[0], seg[1] + 1)
            if s.low(x) in grammar.PASSIVE_AUXILIARIES | {grammar.EXPLETIVE} or x == i
        ]
        if after < s.end and s.toks[after].text in (",", ":"):
            rest = rest_from(s, after + 1)
            if rest:
                return Event("indirect", cue, [rest], s.index, channel="thought")
        if seg[0] > s.start and seg[1] >= s.end - 1:
            before = clause_before(s, seg[0])
            if before:
                return Event("indirect", cue, [before], s.index, channel="thought")
        return None
    copula = s.low(i - 1) in (*grammar.COPULAS, *speech.SHOWING_FORMS)
    if (
        low in speech.STANCE_PREDICATES
        and copula
        and after < s.end
        and s.toks[after].text == ","
        and seg[0] < i - 1
    ):
        rest = rest_from(s, after + 1)
        if rest:
            source = strip(s, (seg[0], i - 2))
            if source and s.low(source[0]) not in ADVERBIAL_STARTS:
                return Event("indirect", [(i - 1, i)], [rest], s.index, source=source, channel="thought")
    return None


def _title_after_colon(s: Sentence_, a: int, colon: int, quote: int) -> bool:
    """ "Das Buch ist ihr Erstwerk: „Sie befinden sich hier“", "(Motto: „Sicher ist sicher“)": a title or a
    motto after a copula and a noun or inside brackets, with no full stop of its own, is no quotation."""
    close = s.doc.quotes[quote].close
    if any(s.toks[x].text in sentences.TERMINAL for x in range(s.doc.quotes[quote].open, close + 1)):
        return False
    bracketed = any(s.toks[x].text == "(" for x in range(s.start, colon)) and not any(
        s.toks[x].text == ")" for x in range(s.start, colon)
    )
    identity = s.toks[colon - 1].text[:1].isupper() and any(
        s.low(x) in grammar.COPULAS for x in range(a, colon)
    )
    return bracketed or identity  # "ist ihr Erstwerk: …", not "war deutlich: …"


def no_comment(s: Sentence_) -> Event | None:
    text = s.doc.text[s.toks[s.start].start : s.toks[s.end - 1].end]
    for pattern in _NO_COMMENT:
        m = pattern.search(text)
        if not m:
            continue
        base = s.toks[s.start].start
        cue_toks = [x for x in range(s.start, s.end) if m.start() <= s.toks[x].start - base < m.end()]
        if not cue_toks:
            return None
        first = s.start + (1 if s.low(s.start) in speech.NO_COMMENT_FROM else 0)
        source = np_after(s, first, cue_toks[0] - 1) if cue_toks[0] > first else None
        if source is None:
            return None
        rest = list(range(cue_toks[-1] + 1, s.end))  # "… keine Stellungnahme zu den Vorwürfen"
        if not rest:
            rest = [x for x in range(s.start, s.end) if x not in cue_toks and not covered([source], x)]
        if not rest:  # "wollte sich dazu nicht äußern": the refusal itself is what is reported
            rest = cue_toks
        return Event(
            "reported", [(cue_toks[0], cue_toks[-1])], [(rest[0], rest[-1])], s.index, source=source,
            polarity="no_comment",
        )  # fmt: skip
    return None


def _held_view(s: Sentence_, i: int) -> Event | None:
    """ "Chávez vertritt (wie Castro) die Ansicht, dass …": a view verb before the opinion noun ``i``, its
    subject before the verb, the clause after the comma as the message."""
    seg = s.segment(i)
    if not (seg[1] == i and i + 1 < s.end and s.toks[i + 1].text == ","):
        return None
    verb = next((x for x in range(seg[0] + 1, i - 1) if s.low(x) in speech.VIEW_VERBS), None)
    if verb is None:
        return None
    source = np_after(s, seg[0], verb - 1)
    rest = rest_from(s, i + 2)
    if source is None or source[1] != verb - 1 or rest is None or s.low(source[0]) in ADVERBIAL_STARTS:
        return None
    return Event("indirect", [(verb, verb), (i - 1, i)], [rest], s.index, source=source, channel="thought")
