"""Signals: verbs that confirm, deny or do not confirm a claim, and what they answer.

A signal verb counts only as a party's act (not "40 bestätigte Fälle", not "bestätigte sich", not a
court's ruling or a test's outcome); a negation in its clause turns it ("bestätigte nicht"); a passive
names its party after "von" or "durch".
"""

from __future__ import annotations

from quellenlage.attribution.clause import Event, Range, Sentence_, strip
from quellenlage.attribution.phrases import middle_field, np_after
from quellenlage.nlp.de import grammar, speech


def signal_verb_form(s: Sentence_, i: int, seg: Range) -> bool:
    """Whether a confirm or deny word acts as a verb of a party: not "40 bestätigte Fälle" (attributive),
    not "Bitte bestätigen Sie" or a sentence-first verb (request, question), not "bestätigte sich"."""
    nxt = s.toks[i + 1].text if i + 1 < s.end else ""
    before_noun = nxt[:1].isupper() and nxt.lower() not in speech.PRONOUNS
    if before_noun and (
        i == s.start or s.low(i - 1) in speech.ATTRIBUTIVE_BEFORE or s.toks[i - 1].text.isdigit()
    ):
        return False
    first = s.start + (1 if s.low(s.start) in speech.REQUEST_WORDS else 0)
    if i == first:
        return False
    return all(s.low(x) != speech.REFLEXIVE for x in range(seg[0], seg[1] + 1))


def negated_middle(s: Sentence_, finite: int, end: int) -> bool:
    """A negation in the signal verb's own clause, before any comma: "bestätigte die Aussage nicht"."""
    for x in range(finite + 1, end + 1):
        if s.toks[x].text in (",", ":", ";"):
            return False
        if s.low(x) in speech.SIGNAL_NEGATIONS:
            return True
    return False


def agent_confirmation(s: Sentence_, seg: Range, finite: int, i: int) -> Event | None:
    """ "Die Offensive wurde von einer Armeesprecherin bestätigt.": the agent after von/durch confirms the
    subject before the auxiliary. Without an agent the passive names no party, and there is no signal."""
    if finite <= seg[0] or s.low(finite) not in grammar.PASSIVE_AUXILIARIES:
        return None
    for x in range(finite + 1, i):
        if s.low(x) in speech.PASSIVE_AGENT:
            agent = np_after(s, x + 1, i - 1)
            if agent is None or s.low(agent[0]) in speech.PRONOUNS:
                return None
            if non_party(s, agent):
                return None  # "durch einen Test bestätigt": an outcome, no party
            message = strip(s, (seg[0], finite - 1))
            if message is None:
                return None
            parts = [message]
            if only_anaphor(s, parts) and s.index > 0:
                previous = s.doc.sentences[s.index - 1]  # "Das wurde von einem Sprecher bestätigt."
                parts = [(previous.start, previous.end - 1), message]
            cue = [(finite, finite), (i, i)]
            answered = parts[:1] if len(parts) > 1 else parts
            return Event("reported", cue, parts, s.index, source=agent, polarity="confirm", answers=answered)
    return None


def non_party(s: Sentence_, source: Range) -> bool:
    """Whether a source is a court deciding or a test's outcome, which answers no claim."""
    return any(s.low(x) in speech.NON_PARTY_SIGNALLERS for x in range(source[0], source[1] + 1))


def non_party_antecedent(s: Sentence_, source: Range) -> bool:
    """A pronoun after a sentence about a test or a ruling stands for it: "Die Obduktion fand statt. Sie
    bestätigte …" is an outcome, not a party's answer."""
    if source[0] != source[1] or s.low(source[0]) not in speech.PRONOUNS or s.index == 0:
        return False
    previous = s.doc.sentences[s.index - 1]
    words = (s.doc.tokens[x].lower for x in range(previous.start, previous.end))
    return any(w in speech.NON_PARTY_SIGNALLERS for w in words)


def labels_untrue(s: Sentence_, message: list[Range]) -> bool:
    return any(s.low(x) in speech.DENIAL_LABELS for a, b in message for x in range(a, b + 1))


def find_answers(
    s: Sentence_, polarity: str, message: list[Range], a: int, b: int, skip: list[Range | None]
) -> list[Range]:
    """What a signal responds to: the object in its own clause ("bestätigte die Nominierung Strobls: „…“"
    answers "die Nominierung Strobls", not the quote), the sentence before for an anaphor ("Das bestätigte
    er"), or else its message ("bestätigte, dass …")."""
    if polarity == "assert":
        return []
    obj = middle_field(s, a, b, skip)
    if obj is not None and only_anaphor(s, [obj]) and s.index > 0:
        previous = s.doc.sentences[s.index - 1]
        return [(previous.start, previous.end - 1)]
    if obj is not None and (s.toks[obj[0]].text[:1].isupper() or s.low(obj[0]) in grammar.DETERMINERS):
        return [obj]
    return [r for r in message if not only_anaphor(s, [r])] or list(message)


def only_anaphor(s: Sentence_, message: list[Range]) -> bool:
    return (
        len(message) == 1
        and message[0][0] == message[0][1]
        and s.low(message[0][0]) in grammar.DEMONSTRATIVE_ANAPHORS
    )
