"""Rules that find German speech events in one sentence and split them into cue, source and message.

A sentence is cut into segments at commas, colons, semicolons and quotation marks. A cue (a verb
of saying, an according-to marker, a non-confirmation) sits in one segment; where the finite verb
stands in that segment tells where the subject is (before it in a verb-second clause, after it
when something else leads), and the neighbouring segments hold the message.

:func:`find_events` tries each token as a cue. The rules live by job: ``clause`` (the sentence view,
segments, :class:`Event`), ``phrases`` (noun phrases and speakers), ``frame`` (medium, addressee,
time), ``according`` (according-to markers), ``verbs`` (verbs of saying), ``signals`` (confirmations
and denials) and ``impersonal`` (framed quotations, impersonal reports, refusals to comment).
"""

from __future__ import annotations

from quellenlage.attribution.according import according_to
from quellenlage.attribution.clause import (
    JOINED,
    MAX_SENTENCE_TOKENS,
    PARENTHESIS_TOKENS,
    VERB_FORMS,
    Event,
    Range,
    Sentence_,
)
from quellenlage.attribution.impersonal import impersonal_event, no_comment, quote_frame
from quellenlage.attribution.text import Doc, Sentence
from quellenlage.attribution.verbs import verb_event
from quellenlage.nlp.de import speech

__all__ = [
    "JOINED",
    "MAX_SENTENCE_TOKENS",
    "PARENTHESIS_TOKENS",
    "VERB_FORMS",
    "Event",
    "Range",
    "Sentence_",
    "find_events",
]


def find_events(doc: Doc, sent: Sentence, index: int) -> list[Event]:
    """Every speech event whose cue stands in this sentence."""
    s = Sentence_(doc, sent, index)
    events: list[Event] = []
    if s.end - s.start > MAX_SENTENCE_TOKENS:
        return events  # not a sentence but a run-on list or markup debris
    i = s.start
    while i < s.end:
        tok = s.toks[i]
        if tok.quote >= 0 or tok.mark:
            i += 1
            continue
        if sent.heading:  # a headline reports no speech of its own, but "X weist Kritik zurück" answers one
            ev = according_to(s, i) or verb_event(s, i, heading=True)
        else:
            ev = according_to(s, i) or verb_event(s, i) or impersonal_event(s, i)
        if ev is not None:
            events.append(ev)
        i += 1
    # a modal of intention ("will") is a cue only where no verb of saying shares its clause or stands in
    # its message ("Einen Schwerpunkt will X legen, sagte Y")
    for e in [e for e in events if e.cue and s.low(e.cue[0][0]) in speech.INTENT_FORMS]:
        seg = s.segment(e.cue[0][0])
        if any(
            o is not e
            and o.cue
            and (seg[0] <= o.cue[-1][0] <= seg[1] or any(r[0] <= o.cue[0][0] <= r[1] for r in e.message))
            for o in events
        ):
            events.remove(e)
    refusal = no_comment(s)
    if refusal:  # "wollte sich nicht äußern" is a refusal, not an intention
        span = (refusal.cue[0][0], refusal.cue[-1][1])
        events = [
            e
            for e in events
            if not (
                e.cue and (s.low(e.cue[0][0]) in speech.INTENT_FORMS or span[0] <= e.cue[0][0] <= span[1])
            )
        ] + [refusal]  # "lehnte eine Stellungnahme ab" is the refusal, not a second, rejecting event
    if not events and not sent.heading:
        ev = quote_frame(s)
        if ev:
            events.append(ev)
    return events
