"""Rules that find German speech events in one sentence and split them into cue, source and message.

A sentence is cut into segments at commas, colons, semicolons and quotation marks. A cue (a verb
of saying, an according-to marker, a non-confirmation) sits in one segment; where the finite verb
stands in that segment tells where the subject is (before it in a verb-second clause, after it
when something else leads), and the neighbouring segments hold the message.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from quellenlage.attribution.resolve import is_title
from quellenlage.attribution.text import Doc, Sentence
from quellenlage.nlp.de import grammar, speech

Range = tuple[int, int]  # token indices, inclusive

_BOUNDARY = {",", ":", ";", "(", ")"}
_DASHES = {"–", "—"}
_TERMINAL = {".", "!", "?", "…"}
_ADVERBIAL_STARTS = grammar.PREPOSITIONS | grammar.ADVERBIAL_WORDS | speech.SENTENCE_ADVERBS
#: Longer "sentences" are lists or debris; searching them for cues would cost quadratic time.
MAX_SENTENCE_TOKENS = 300
#: A parenthesis this short (in tokens, without its brackets) is part of the clause around it.
PARENTHESIS_TOKENS = 4
_NO_COMMENT = [re.compile(p, re.IGNORECASE) for p in speech.NO_COMMENT_PATTERNS]


def _index() -> tuple[dict[str, list[speech.Verb]], dict[str, speech.Verb]]:
    forms: dict[str, list[speech.Verb]] = {}
    by_lemma = {v.lemma: v for v in speech.VERBS}
    for verb in speech.VERBS:
        for form in verb.forms:
            forms.setdefault(form, []).append(verb)
    joined = {form: by_lemma[lemma] for form, lemma in speech.JOINED_FORMS.items()}
    return forms, joined


VERB_FORMS, JOINED = _index()


@dataclass(slots=True)
class Event:
    """A speech event in token indices, before it becomes a Statement."""

    form: str
    cue: list[Range]
    message: list[Range]
    sentence: int
    source: Range | None = None
    addressee: Range | None = None
    medium: Range | None = None
    time: Range | None = None
    polarity: str = "assert"
    channel: str = "speech"
    pronoun: bool = False
    carried: bool = False  # the source comes from an earlier statement
    nested_in: int | None = None
    answers: list[Range] = field(default_factory=list)  # what a signal responds to
    extras: dict[str, str] = field(default_factory=dict)


class Sentence_:
    """Helpers over one sentence's tokens."""

    def __init__(self, doc: Doc, sent: Sentence, index: int) -> None:
        self.doc, self.index = doc, index
        self.start = sent.start
        end = sent.end
        while end > sent.start and doc.tokens[end - 1].text in _TERMINAL | {"“", "”", "«", "»", '"'}:
            if doc.tokens[end - 1].text in _TERMINAL:
                end -= 1
                break
            end -= 1
        self.end = end  # exclusive; final punctuation dropped
        self.raw_end = sent.end
        self.toks = doc.tokens

    def low(self, i: int) -> str:
        return self.toks[i].lower if self.start <= i < self.raw_end else ""

    def segment(self, i: int) -> Range:
        """The comma/colon-delimited segment around token ``i`` (inclusive bounds).

        A short quotation inside the clause (a name such as „Neues Deutschland“) does not cut it.
        """
        a = i
        while a > self.start and not self._cuts(a - 1):
            if self.toks[a - 1].text == ")" and (o := self._opening(a - 1)) is not None:
                a = o  # "Der Bundesgerichtshof (BGH) hat …": a short parenthesis does not end the clause
                continue
            if self.toks[a - 1].text in _BOUNDARY:
                break
            a -= 1
        b = i
        while b + 1 < self.end and not self._cuts(b + 1):
            if self.toks[b + 1].text == "(" and (c := self._closing(b + 1)) is not None:
                b = c
                continue
            if self.toks[b + 1].text in _BOUNDARY:
                break
            b += 1
        return a, b

    def _opening(self, close: int) -> int | None:
        """The "(" of a short parenthesis of names ("(CDU)", "(BGH)", "(52)") that ``close`` ends."""
        for x in range(close - 1, max(self.start, close - PARENTHESIS_TOKENS) - 1, -1):
            if self.toks[x].text == "(":
                return x if x > self.start else None
            if self.toks[x].text in _BOUNDARY or self.toks[x].mark:
                return None
        return None

    def _closing(self, open_: int) -> int | None:
        for x in range(open_ + 1, min(self.end, open_ + PARENTHESIS_TOKENS + 1)):
            if self.toks[x].text == ")":
                return x
            if self.toks[x].text in _BOUNDARY or self.toks[x].mark:
                return None
        return None

    def _cuts(self, x: int) -> bool:
        tok = self.toks[x]
        if not tok.mark or tok.quote < 0:
            return False
        q = self.doc.quotes[tok.quote]
        return q.close - q.open > 6 or not (self.start <= q.open and q.close < self.end)

    def is_name(self, i: int) -> bool:
        t = self.toks[i].text
        return (
            t[:1].isupper()
            and self.toks[i].lower not in grammar.DETERMINERS
            and t.lower() not in grammar.PREPOSITIONS
        )


def _np_after(s: Sentence_, i: int, stop: int) -> Range | None:
    """A noun phrase starting at or after ``i`` (skipping adverbs), up to ``stop`` inclusive."""
    j = i
    while (
        j <= stop
        and (s.low(j) in grammar.LEADING_ADVERBS or s.low(j) in grammar.NEGATIONS)
        and not s.is_name(j)
    ):
        j += 1
    if j > stop:
        return None
    tok = s.toks[j]
    if tok.lower in speech.PRONOUNS and tok.lower in grammar.SUBJECT_PRONOUNS:
        return (j, j)
    if not (tok.lower in grammar.DETERMINERS or tok.text[:1].isupper()):
        return None
    k = j
    seen_noun = tok.text[:1].isupper() and tok.lower not in grammar.DETERMINERS
    while k + 1 <= stop:
        nxt = s.toks[k + 1]
        low = nxt.lower
        if (
            nxt.text in _BOUNDARY
            or nxt.mark
            or low in grammar.PREPOSITIONS - {grammar.LINKING_PREPOSITION}
            or low in grammar.AUXILIARIES
            or low in grammar.MODALS
        ):
            break
        if low in VERB_FORMS or low in JOINED:
            break
        if seen_noun and low in grammar.DETERMINERS and low not in grammar.GENITIVE_CONTINUATIONS:
            break  # "die Bush-Regierung | die Anwendung": a second noun phrase begins
        if low == grammar.OBLIQUE_ARTICLE and seen_noun and not _common_noun(s.toks[k].text):
            break  # "sagte Roth | der Deutschen Presse-Agentur": a dative after a name
        if nxt.text[:1].isupper() or low in grammar.DETERMINERS or low in grammar.NP_JOINERS:
            k += 1
            seen_noun = seen_noun or nxt.text[:1].isupper()
            continue
        if not seen_noun and low.endswith(grammar.ADJECTIVE_ENDINGS):  # attributive adjective
            k += 1
            continue
        break
    while k > j and (s.low(k) in grammar.NP_JOINERS or s.low(k) in grammar.DETERMINERS):
        k -= 1
    return (j, k) if seen_noun else None


def _common_noun(word: str) -> bool:
    """A noun that takes a genitive ("Sprecher der Regierung"), as opposed to a name ("Roth")."""
    return word.lower().endswith(grammar.COMMON_NOUN_ENDINGS) or is_title(word)


def _np_before(s: Sentence_, i: int, start: int) -> Range | None:
    """The noun phrase ending right before token ``i`` ("Behördenangaben zufolge", "dem Bericht zufolge")."""
    k = i - 1
    if k < start:
        return None
    j = k
    while j - 1 >= start:
        prev = s.toks[j - 1]
        if prev.text in _BOUNDARY or prev.mark or prev.lower in grammar.PREPOSITIONS:
            break
        if (
            prev.text[:1].isupper()
            or prev.lower in grammar.DETERMINERS
            or prev.lower.endswith(grammar.PRENOMINAL_ENDINGS)
        ):
            j -= 1
            continue
        break
    while j < k and s.low(j) in grammar.LEADING_ADVERBS:
        j += 1
    return (j, k) if any(s.toks[x].text[:1].isupper() for x in range(j, k + 1)) else None


def _subject_before(s: Sentence_, seg_start: int) -> bool:
    """Everything from the sentence start to this segment is one noun phrase with appositions or brackets."""
    if s.low(s.start) == grammar.REPORTING_CONJUNCTION:
        return True
    if s.toks[s.start].mark or s.low(s.start) in grammar.SUBORDINATORS or s.low(s.start) in _ADVERBIAL_STARTS:
        return False
    x = s.start
    while x < seg_start:
        t = s.toks[x]
        if (
            t.text == ","
            and x + 1 < seg_start
            and s.low(x + 1) in grammar.RELATIVES
            and not _article(s, x + 1)
        ):
            nxt = next((y for y in range(x + 1, seg_start) if s.toks[y].text == ","), seg_start)
            x = nxt  # skip ", der als Sprecher fungiert ,"
            continue
        x += 1
        if t.mark or t.lower in VERB_FORMS or t.lower in grammar.AUXILIARIES or t.lower in grammar.MODALS:
            return False
        if (
            t.text[:1].islower()
            and t.lower not in grammar.DETERMINERS
            and t.lower not in grammar.PREPOSITIONS
            and not (t.lower.endswith(grammar.ADJECTIVE_ENDINGS) or t.lower in grammar.NP_LINKS)
        ):
            return False
    return True


def _apposition(s: Sentence_, np: Range, stop: int) -> Range:
    """Extend "der Vorsitzende des Verbandes" over ", Phillip Urban," that follows it."""
    j = np[1] + 1
    if j > stop or s.toks[j].text != ",":
        return np
    k = j + 1
    while k <= stop and s.toks[k].text[:1].isupper() and k - j <= 4:
        k += 1
    if k > j + 1 and k <= stop and s.toks[k].text == ",":
        return (np[0], k - 1)
    return np


def _strip(s: Sentence_, rng: Range | None) -> Range | None:
    """Drop leading adverbs and trailing punctuation from a range."""
    if rng is None:
        return None
    a, b = rng

    def inner_mark(x: int) -> bool:  # a quotation mark whose partner lies inside the range
        q = s.toks[x].quote
        return s.toks[x].mark and q >= 0 and a <= s.doc.quotes[q].open and s.doc.quotes[q].close <= b

    while a <= b and (
        s.low(a) in grammar.LEADING_ADVERBS
        or (s.toks[a].mark and not inner_mark(a))
        or s.toks[a].text in _BOUNDARY
    ):
        a += 1
    while b >= a and (
        s.toks[b].text in _BOUNDARY | _TERMINAL | _DASHES or (s.toks[b].mark and not inner_mark(b))
    ):
        b -= 1
    return (a, b) if a <= b else None


def _speaker(s: Sentence_, rng: Range | None) -> Range | None:
    """A source phrase as a speaker, or None: a pronoun stands alone ("sie aber nie genau" -> "sie"); a
    clause with a finite verb ("Dieses Gute müsse beibehalten werden"), a number ("8 Millionen Franken")
    or an indefinite pronoun ("Jeder") is no speaker."""
    if rng is None:
        return None
    a, b = rng
    if s.low(a) in speech.PRONOUNS and s.low(a) in grammar.SUBJECT_PRONOUNS:
        return (a, a)
    words = [s.low(x) for x in range(a, b + 1)]
    if s.toks[a].text[:1].isdigit() or (a == b and words[0] in speech.INDEFINITE_SOURCES):
        return None
    if any(w in grammar.AUXILIARIES or w in grammar.MODALS or w in speech.SUBJUNCTIVE_FORMS for w in words):
        return None
    return rng


def _before_parenthesis(s: Sentence_, rng: Range | None) -> Range | None:
    """ "Kanzler Friedrich Merz (CDU)", "Die Ministerin (54)": the speaker is the phrase before the "("."""
    if rng is None:
        return None
    for x in range(rng[0] + 1, rng[1] + 1):
        if s.toks[x].text == "(":
            return (rng[0], x - 1)
    return rng


def _quote_content(s: Sentence_, qi: int) -> Range:
    q = s.doc.quotes[qi]
    return (q.open + 1, q.close - 1 if s.toks[q.close].mark else q.close)


def _rest(s: Sentence_, i: int) -> Range | None:
    """From token ``i`` to the sentence end, or the content of a quotation that starts there.

    "Er fuhr fort:" with nothing after the colon takes the quotation that opens the next sentence.
    """
    colon_at_end = s.end > s.start and s.toks[s.end - 1].text == ":"
    while i < s.end and (s.toks[i].text in _BOUNDARY or s.toks[i].text in _DASHES):
        i += 1
    if i >= s.end:
        nxt = s.raw_end
        if colon_at_end and nxt < len(s.toks) and s.toks[nxt].mark and s.toks[nxt].quote >= 0:
            return _quote_content(s, s.toks[nxt].quote)
        return None
    if s.toks[i].mark and s.toks[i].quote >= 0:
        return _quote_content(s, s.toks[i].quote)
    return _strip(s, (i, s.end - 1))


def _before(s: Sentence_, seg_start: int) -> Range | None:
    """What precedes a cue segment: a quotation ending there (maybe begun earlier), or the clause."""
    j = seg_start - 1
    while j >= s.start and s.toks[j].text in _BOUNDARY | _DASHES:
        j -= 1
    if j < s.start:
        return None
    if s.toks[j].mark and s.toks[j].quote >= 0:
        quote = s.doc.quotes[s.toks[j].quote]
        if quote.open <= s.start or s.toks[s.start].mark:  # the quotation is the whole clause
            return _quote_content(s, s.toks[j].quote)
    return _strip(s, (s.start, j))


def _frame(s: Sentence_, a: int, b: int) -> tuple[Range | None, Range | None, Range | None]:
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
            np = _np_after(s, i + 1, b)
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
                np = _np_after(s, j + 2, b)
                j = np[1] if np else j
            medium = (i, j)
            i = j + 1
            continue
        if low in speech.MEDIUM_NAME_PREPOSITIONS and i + 1 <= b and _medium_name(s.toks[i + 1].text):
            medium = (i, i + 1)
            i += 2
            continue
        if low == speech.MEETING_PREPOSITION and i + 1 <= b and s.low(i + 1) in speech.MEETING_OPENERS:
            np = _np_after(s, i + 1, b)
            if np:
                end = np[1]
                if end + 2 <= b and s.low(end + 1) == speech.MEETING_PARTNER:
                    np2 = _np_after(s, end + 2, b)
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


def _covered(ranges: list[Range | None], i: int) -> bool:
    return any(r is not None and r[0] <= i <= r[1] for r in ranges)


def _pick_verb(s: Sentence_, i: int, seg: Range) -> tuple[speech.Verb, int | None] | None:
    """The verb a cue form stands for, and where its separated particle is, if it has one."""
    low = s.low(i)
    if low in JOINED:
        return JOINED[low], None
    candidates = VERB_FORMS.get(low, [])
    for verb in candidates:  # verb-final clause: "wie X heute bekannt gab"
        if (
            verb.particle
            and verb.particle not in (speech.REFLEXIVE, speech.JUDGEMENT_PARTICLE)
            and s.low(i - 1) == verb.particle
        ):
            return verb, i - 1
    plain = None
    for verb in candidates:
        if not verb.particle:
            plain = plain or verb
            continue
        if verb.particle == speech.REFLEXIVE:
            stance = any(s.low(x) in speech.STANCE_ADJECTIVES for x in range(i + 2, seg[1] + 1))
            if s.low(i + 1) == speech.REFLEXIVE and (stance or verb.lemma == speech.REFLEXIVE_SPEECH_LEMMA):
                return verb, i + 1
            continue
        if verb.particle == speech.JUDGEMENT_PARTICLE:
            at = next((x for x in range(i + 1, seg[1] + 1) if s.low(x) == speech.JUDGEMENT_PARTICLE), None)
            if at is not None:  # "hält X für denkbar"
                return verb, at
            continue
        if verb.particle == speech.TOPIC_PARTICLE == s.low(i + 1):  # "sprach von", "berichtete von"
            return verb, i + 1
        end = seg[1]
        if s.low(end) == verb.particle and end > i:
            return verb, end
    return (plain, None) if plain else None


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
            ev = _according_to(s, i) or _verb_event(s, i, heading=True)
        else:
            ev = _according_to(s, i) or _verb_event(s, i) or _impersonal(s, i)
        if ev is not None:
            events.append(ev)
        i += 1
    # a modal of intention ("will") is a cue only where no verb of saying shares its clause
    for e in [e for e in events if e.cue and s.low(e.cue[0][0]) in speech.INTENT_FORMS]:
        seg = s.segment(e.cue[0][0])
        if any(o is not e and o.cue and seg[0] <= o.cue[-1][0] <= seg[1] for o in events):
            events.remove(e)
    refusal = _no_comment(s)
    if refusal:  # "wollte sich nicht äußern" is a refusal, not an intention
        events = [e for e in events if not (e.cue and s.low(e.cue[0][0]) in speech.INTENT_FORMS)] + [refusal]
    if not events and not sent.heading:
        ev = _quote_frame(s)
        if ev:
            events.append(ev)
    return events


def _according_to(s: Sentence_, i: int) -> Event | None:
    low = s.low(i)
    if low in speech.ACCORDING_PREPOSITIONS and i + 1 < s.end:
        src = _np_after(s, i + 1, s.end - 1)
        if src is None:
            return None
        return _according_event(s, [(i, i)], src, exclude=(i, src[1]))
    if low in speech.ACCORDING_POSTPOSITIONS:
        src = _np_before(s, i, s.segment(i)[0])
        if src is None:
            return None
        if _authorless(s, src):  # "Unbestätigten Angaben zufolge": a report that names no author
            return _according_event(s, [(src[0], i)], None, exclude=(src[0], i))
        return _according_event(s, [(i, i)], src, exclude=(src[0], i))
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
            src = _np_after(s, k + 1 if s.low(k) in speech.ACCORDING_AUTHOR_PREPOSITIONS else k, s.end - 1)
            if src is not None:
                return _according_event(s, [(i, cue_end)], src, exclude=(i, src[1]))
        return _according_event(s, [(i, cue_end)], None, exclude=(i, cue_end))
    if low == speech.ATTRIBUTING_SO and s.low(i - 1) == "," and i + 1 < s.end:
        src = _np_after(s, i + 1, s.end - 1)
        # ", so Joachim Banke." or ", so Joachim Banke gegenüber der Zeitung."
        if src is None or (
            src[1] != s.end - 1
            and s.low(src[1] + 1) not in grammar.PREPOSITIONS | speech.SO_SOURCE_ADVERBS | {","}
        ):
            return None
        before = _before(s, i - 1)
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
        parts.append(_strip(s, (s.start, a - 1)))
    if b + 1 < s.end:
        parts.append(_strip(s, (b + 1, s.end - 1)))
    message = [p for p in parts if p is not None]
    if not message:
        return None
    marked = [x for r in (*cue, *([src] if src else [])) for x in range(r[0], r[1] + 1)]
    unconfirmed = any(s.low(x).startswith(speech.UNCONFIRMED_PREFIX) for x in marked)
    polarity = "not_confirmed" if unconfirmed else "assert"  # "nach unbestätigten Berichten"
    return Event("according_to", cue, message, s.index, source=src, pronoun=pronoun, polarity=polarity)


def _verb_event(s: Sentence_, i: int, heading: bool = False) -> Event | None:
    if s.low(i) not in VERB_FORMS and s.low(i) not in JOINED:
        return None
    if s.toks[i].text[:1].isupper() and i > s.start and not s.toks[i - 1].mark and s.toks[i - 1].text != ":":
        return None  # "hat Berichte zurückgewiesen": a capitalised word inside a sentence is a noun
    seg = s.segment(i)
    if heading:  # "Streit um Bauprojekt – Bürgermeisterin weist Vorwürfe zurück": the dash ends a clause
        seg = (max((x + 1 for x in range(seg[0], i) if s.toks[x].text in _DASHES), default=seg[0]), seg[1])
    picked = _pick_verb(s, i, seg)
    if picked is None:
        return None
    verb, particle = picked
    if heading and verb.polarity == "assert":
        return None
    if verb.polarity != "assert" and not _signal_verb_form(s, i, seg):
        return None
    cue: list[Range] = [(i, i)]
    if particle is not None:
        cue.append((particle, particle))
    # The finite verb: an auxiliary or modal earlier in the segment when the cue is a participle/infinitive.
    finite = i
    for j in range(seg[0], i):
        if s.low(j) in grammar.AUXILIARIES | grammar.MODALS:
            finite = j
            break
    negated = s.low(i - 1) in grammar.NEGATIONS
    if (
        finite != i
        and any(s.low(x) in grammar.PASSIVE_AUXILIARIES for x in range(seg[0], seg[1] + 1))
        and not negated
    ):
        if verb.polarity == "confirm":
            return _agent_confirmation(s, seg, finite, i)
        return None  # passive: "solle ausgeschlossen werden" names no speaker
    if finite != i and s.low(finite) in grammar.AUXILIARIES:
        cue.insert(0, (finite, finite))  # "hat … angekündigt": the whole verb is the cue
    polarity = verb.polarity
    middle_negated = polarity in ("confirm", "deny") and _negated_middle(s, finite, seg[1])
    if polarity == "deny" and middle_negated:
        polarity = "confirm"  # "bestritt jedoch nicht, dass …": not denying concedes
    elif polarity == "confirm" and (
        s.low(i - 1) in grammar.NEGATIONS or s.low(finite + 1) in grammar.NEGATIONS or middle_negated
    ):
        polarity = "not_confirmed"
        neg = i - 1 if s.low(i - 1) in grammar.NEGATIONS else None
        if neg is not None:
            cue = [(neg, i)]
    elif s.low(i - 1) in grammar.NEGATIONS and verb.polarity == "assert" and not verb.reported:
        return None  # "sagte nicht" is rarely a statement
    form = "indirect"
    clause_follows = seg[1] + 1 < s.end and s.toks[seg[1] + 1].text in (",", ":")
    no_subject_after = _np_after(s, i + 1, seg[1]) is None
    if finite == seg[0] > s.start and clause_follows and no_subject_after and _subject_before(s, seg[0]):
        seg = (s.start, seg[1])  # "Der Gouverneur von X, Gabino Cué, sagte, …": an apposition before the verb
    prefield = (seg[0], finite - 1) if finite > seg[0] else None
    first = s.low(seg[0])
    source: Range | None = None
    coordinated_clause = False
    message: list[Range] = []
    middle_from = finite + 1
    middle_to = seg[1]
    subordinate = first in grammar.SUBORDINATORS or (
        first in grammar.RELATIVES and seg[0] > s.start and not _article(s, seg[0])
    )
    if subordinate and (first in grammar.VERB_FINAL_OPENERS or first in grammar.RELATIVES):
        # verb-final clause: "wie Witkoff ergänzte", "was Selenski strikt ablehnt"
        source = _np_after(s, seg[0] + 1, i - 1) if seg[0] + 1 <= i - 1 else None
        if first == grammar.REPORTING_CONJUNCTION:
            rest = _rest(s, seg[1] + 1)
            before = _before(s, seg[0]) if rest is None else None
            message = [r for r in (rest or before,) if r]
            form = "indirect"
        elif first in grammar.CAUSAL_CONJUNCTIONS and seg[1] + 1 < s.end and s.toks[seg[1] + 1].text == ",":
            # "…, da sie befürchtete, man wolle …": a verb-final clause whose message follows it
            rest = _rest(s, seg[1] + 1)
            message = [rest] if rest else []
        elif (
            first in grammar.RELATIVES
            and first not in grammar.NON_PERSONAL_RELATIVES
            and _comma_after(s, seg[1])
        ):
            # "…, so Celebi, die auch angab, dass …": the relative pronoun stands for the name before it
            rest = _rest(s, seg[1] + 1)
            source = _np_before(s, seg[0] - 1, s.start)
            message = [rest] if rest else []
        elif first == grammar.CLAUSAL_RELATIVE:
            # "…, was Selenski strikt ablehnt": the clause before is what is rejected; the relative clause
            # carries the stance itself
            before = _before(s, seg[0])
            message = [r for r in (before, (seg[0], seg[1])) if r]
            form = "reported"
        else:
            return None
        middle_from, middle_to = (source[1] + 1 if source else seg[0] + 1), i - 1
    elif (
        prefield
        and prefield[0] == prefield[1]
        and s.low(prefield[0]) in grammar.DEMONSTRATIVE_ANAPHORS
        and s.index > 0
    ):
        # "Das sagte Landeswirtschaftsministerin Hanna Vogt am Dienstag.": the message is the sentence before
        source = _np_after(s, finite + 1, seg[1])
        previous = s.doc.sentences[s.index - 1]
        message = [(previous.start, previous.end - 1), (prefield[0], prefield[0])]
        if source is not None:
            middle_from = source[1] + 1
    elif prefield and s.low(prefield[1]) in grammar.COORDINATORS and prefield[1] > prefield[0]:
        # "Die Firma bestätigte den Bericht nicht und nannte ihn …": the subject of the clause before
        source = _subject_of_previous_clause(s, prefield[1])
        coordinated_clause = True
    elif prefield and s.low(prefield[0]) not in _ADVERBIAL_STARTS:
        source = _strip(s, prefield)
        if source and s.low(source[0]) in _ADVERBIAL_STARTS:
            source = None
    if source is None and not subordinate:
        source = _np_after(s, finite + 1, seg[1])
        if source is not None and any(s.low(x) in grammar.NEGATIONS for x in range(finite + 1, source[0])):
            source = None  # "bestritt jedoch nicht die Annahme": after the negation stands the object
    if source is not None and not subordinate and source[0] > finite:
        source = _apposition(s, source, seg[1] if seg[1] + 1 >= s.end else s.end - 1)
        middle_from = source[1] + 1
    medium, addressee, time = _frame(s, finite + 1, seg[1])
    if not message:
        message = _message(
            s, seg, verb, finite, source, [medium, addressee, time], cue, middle_from, middle_to
        )
        if message and len(message) == 1 and seg[0] <= message[0][0] <= seg[1] and form == "indirect":
            form = "reported"  # no clause of its own: the verb reports an act ("forderte einen Sozialplan")
            if not verb.reported and polarity == "assert":
                return None
    coordinated = prefield is not None and all(
        s.low(x) in grammar.COORDINATORS for x in range(*_incl(prefield))
    )
    if source is None and coordinated:
        source = _subject_of_previous_clause(s, prefield[0] if prefield else seg[0])
    source = _speaker(s, _before_parenthesis(s, source))
    impersonal = (
        source is not None and source[0] == source[1] and s.low(source[0]) in grammar.IMPERSONAL_PRONOUNS
    )
    # ", bestritt jedoch nicht …" after a line break: the clause goes on with the sentence before's subject
    fragment = source is None and s.toks[s.start].text == "," and seg[0] == s.start + 1 == finite
    if not message or (source is None and not fragment) or impersonal:
        return None
    message = [_before_coordinated_verb(s, r) for r in message]
    if verb.lemma in speech.LABELLING_VERBS and polarity == "assert" and _labels_untrue(s, message):
        polarity = "deny"  # "nannte den Bericht „reine Spekulation“"
    if polarity != "assert" and source and (_non_party(s, source) or _non_party_antecedent(s, source)):
        return None  # a court's ruling or a test's outcome is no party answering a claim
    if polarity != "assert" and _only_anaphor(s, message) and s.index > 0:
        previous = s.doc.sentences[s.index - 1]  # "Das bestätigte ein Sprecher.": it answers what came before
        message = [(previous.start, previous.end - 1), *message]
    skip = [source, *cue, medium, addressee, time]
    answers = _answers(s, polarity, message, middle_from, seg[1], skip)
    if len(message) == 1 and _enclosed(s, message[0]):
        form = "direct" if form != "reported" else form
    if form == "indirect" and any(s.toks[x].quote >= 0 for r in message for x in range(r[0], r[1] + 1)):
        form = "mixed"
    pronoun = source is not None and s.low(source[0]) in speech.PRONOUNS and source[0] == source[1]
    medium, addressee, time = (
        r if r is None or not any(_covered(list(message), x) for x in range(r[0], r[1] + 1)) else None
        for r in _frame(s, s.start, s.end - 1)
    )
    if addressee is None and source is not None:
        addressee = _addressee(s, verb, source, seg, message, [medium, time, *cue])
    ev = Event(
        form, cue, message, s.index, source=source, addressee=addressee, medium=medium, time=time,
        polarity=polarity, channel=verb.channel, pronoun=pronoun, answers=answers,
    )  # fmt: skip
    ev.extras["finite"] = s.toks[finite].text
    if coordinated_clause:
        ev.extras["coordinated"] = "1"
    if fragment:
        ev.carried = True
        ev.extras["fragment"] = "1"
    return ev


def _before_coordinated_verb(s: Sentence_, rng: Range) -> Range:
    """A message ends before "und" and a verb of saying of its own ("… nicht und nannte ihn …")."""
    for x in range(rng[0] + 1, rng[1]):
        verb_follows = s.low(x + 1) in VERB_FORMS or s.low(x + 1) in JOINED
        if s.low(x) in grammar.COORDINATORS and s.toks[x].quote < 0 and verb_follows:
            end = x - 1
            while end > rng[0] and s.low(end) in grammar.NEGATIONS:
                end -= 1
            return (rng[0], end)
    return rng


def _answers(
    s: Sentence_, polarity: str, message: list[Range], a: int, b: int, skip: list[Range | None]
) -> list[Range]:
    """What a signal responds to: the object in its own clause ("bestätigte die Nominierung Strobls: „…“"
    answers "die Nominierung Strobls", not the quote), the sentence before for an anaphor ("Das bestätigte
    er"), or else its message ("bestätigte, dass …")."""
    if polarity == "assert":
        return []
    obj = _middle(s, a, b, skip)
    if obj is not None and _only_anaphor(s, [obj]) and s.index > 0:
        previous = s.doc.sentences[s.index - 1]
        return [(previous.start, previous.end - 1)]
    if obj is not None and (s.toks[obj[0]].text[:1].isupper() or s.low(obj[0]) in grammar.DETERMINERS):
        return [obj]
    return [r for r in message if not _only_anaphor(s, [r])] or list(message)


def _labels_untrue(s: Sentence_, message: list[Range]) -> bool:
    return any(s.low(x) in speech.DENIAL_LABELS for a, b in message for x in range(a, b + 1))


def _non_party_antecedent(s: Sentence_, source: Range) -> bool:
    """A pronoun after a sentence about a test or a ruling stands for it: "Die Obduktion fand statt. Sie
    bestätigte …" is an outcome, not a party's answer."""
    if source[0] != source[1] or s.low(source[0]) not in speech.PRONOUNS or s.index == 0:
        return False
    previous = s.doc.sentences[s.index - 1]
    words = (s.doc.tokens[x].lower for x in range(previous.start, previous.end))
    return any(w in speech.NON_PARTY_SIGNALLERS for w in words)


def _only_anaphor(s: Sentence_, message: list[Range]) -> bool:
    return (
        len(message) == 1
        and message[0][0] == message[0][1]
        and s.low(message[0][0]) in grammar.DEMONSTRATIVE_ANAPHORS
    )


def _agent_confirmation(s: Sentence_, seg: Range, finite: int, i: int) -> Event | None:
    """ "Die Offensive wurde von einer Armeesprecherin bestätigt.": the agent after von/durch confirms the
    subject before the auxiliary. Without an agent the passive names no party, and there is no signal."""
    if finite <= seg[0] or s.low(finite) not in grammar.PASSIVE_AUXILIARIES:
        return None
    for x in range(finite + 1, i):
        if s.low(x) in speech.PASSIVE_AGENT:
            agent = _np_after(s, x + 1, i - 1)
            if agent is None or s.low(agent[0]) in speech.PRONOUNS:
                return None
            if _non_party(s, agent):
                return None  # "durch einen Test bestätigt": an outcome, no party
            message = _strip(s, (seg[0], finite - 1))
            if message is None:
                return None
            parts = [message]
            if _only_anaphor(s, parts) and s.index > 0:
                previous = s.doc.sentences[s.index - 1]  # "Das wurde von einem Sprecher bestätigt."
                parts = [(previous.start, previous.end - 1), message]
            cue = [(finite, finite), (i, i)]
            answered = parts[:1] if len(parts) > 1 else parts
            return Event("reported", cue, parts, s.index, source=agent, polarity="confirm", answers=answered)
    return None


def _non_party(s: Sentence_, source: Range) -> bool:
    """Whether a source is a court deciding or a test's outcome, which answers no claim."""
    return any(s.low(x) in speech.NON_PARTY_SIGNALLERS for x in range(source[0], source[1] + 1))


def _signal_verb_form(s: Sentence_, i: int, seg: Range) -> bool:
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


def _negated_middle(s: Sentence_, finite: int, end: int) -> bool:
    """A negation in the signal verb's own clause, before any comma: "bestätigte die Aussage nicht"."""
    for x in range(finite + 1, end + 1):
        if s.toks[x].text in (",", ":", ";"):
            return False
        if s.low(x) in speech.SIGNAL_NEGATIONS:
            return True
    return False


def _message(
    s: Sentence_,
    seg: Range,
    verb: speech.Verb,
    finite: int,
    source: Range | None,
    frame: list[Range | None],
    cue: list[Range],
    middle_from: int,
    middle_to: int,
) -> list[Range]:
    after = seg[1] + 1
    follows = s.toks[after].text if after < s.end else ""
    if verb.particle in (speech.JUDGEMENT_PARTICLE, speech.REFLEXIVE):
        # a stance: "hält X für denkbar – vorausgesetzt, …", "zeigte sich offen"
        middle = _middle(s, middle_from, middle_to, [*frame, source, *cue])
        if middle:
            rng = _strip(s, (middle[0], s.end - 1 if follows == "," else middle[1]))
            return [rng] if rng else []
    # 0. "„…“, sagte X im Irak, General Y …": a quotation just before the cue is the message.
    if (
        seg[0] == finite
        and seg[0] - 2 >= s.start
        and s.toks[seg[0] - 1].text == ","
        and s.toks[seg[0] - 2].mark
    ):
        before = _before(s, seg[0])
        if before:
            return [before]
    # 1. "X sagte: „…“" or "X sagte, Y habe …": the clause after the cue's segment.
    if follows in (",", ":") and (verb.polarity != "not_confirmed"):
        nxt = after + 1
        while nxt < s.end and s.toks[nxt].text in _DASHES:
            nxt += 1
        relative = (
            nxt + 1 < s.end
            and not s.toks[nxt].mark
            and (
                s.low(nxt) in grammar.COMMENTING_RELATIVES
                or (s.low(nxt) in grammar.RELATIVES and not _article(s, nxt))
            )
        )
        middle = _middle(s, middle_from, middle_to, [*frame, source, *cue])
        rest = _rest(s, after + 1)
        addressing = (
            verb.lemma in speech.ADDRESSING_VERBS
        )  # "forderten die Schüler auf, …": the object is addressed
        if (
            middle
            and rest
            and _zu_infinitive(s, rest)
            and s.low(middle[0]) in grammar.ACCUSATIVE_OPENERS
            and not addressing
        ):
            # "signalisierte die Bereitschaft, … zu verzichten": the object and its infinitive clause
            return [(middle[0], rest[1])]
        if not relative and rest:
            return [rest]
        if middle:
            end = s.end - 1 if relative and s.low(nxt) not in grammar.COMMENTING_RELATIVES else middle[1]
            rng = _strip(s, (middle[0], end))
            return [rng] if rng else []
    # 2. "„…“, sagte X." or "…, sagte X": the cue leads its segment and something comes before.
    if seg[0] == finite and seg[0] > s.start:
        before = _before(s, seg[0])
        if before:
            out = [before]
            tail = _middle(s, middle_from, seg[1], [*frame, source, *cue])
            if tail and verb.lemma in speech.LABELLING_VERBS:
                out.append(tail)
            return out
    # 3. A reported act or stance with its object in the middle field: "forderte einen Sozialplan".
    middle = _middle(s, middle_from, middle_to, [*frame, source, *cue])
    if middle:
        end = s.end - 1 if follows in (",", "–", "—") and verb.reported else middle[1]
        rng = _strip(s, (middle[0], end))
        return [rng] if rng else []
    return []


def _article(s: Sentence_, i: int) -> bool:
    """ "die Ukraine", "die gegenwärtige Lage": a determiner before a noun, not a relative pronoun."""
    nxt = s.toks[i + 1].text if i + 1 < s.end else ""
    after = s.toks[i + 2].text if i + 2 < s.end else ""
    adjective = (
        nxt[:1].islower()
        and nxt.endswith(grammar.ADJECTIVE_ENDINGS)
        and nxt.lower() not in grammar.DETERMINERS | grammar.NON_ADJECTIVES
        and after[:1].isupper()
    )
    return nxt[:1].isupper() or adjective


def _enclosed(s: Sentence_, rng: Range) -> bool:
    """The range is exactly the inside of one quotation."""
    a, b = rng
    if a - 1 < 0 or b + 1 >= len(s.toks):
        return False
    before, after = s.toks[a - 1], s.toks[b + 1]
    return before.mark and after.mark and before.quote == after.quote >= 0


def _addressee(
    s: Sentence_, verb: speech.Verb, source: Range, seg: Range, message: list[Range], skip: list[Range | None]
) -> Range | None:
    """Who is spoken to: the object of "forderte die Regierung auf", or a dative after the speaker
    ("sagte Roth der Deutschen Presse-Agentur")."""
    taken = [source, *message, *skip]
    start = source[1] + 1
    if s.low(start) in grammar.DATIVE_ARTICLES and not _covered(taken, start) and start <= seg[1]:
        np = _np_after(s, start, seg[1])
        if np and not any(_covered(taken, x) for x in range(np[0], np[1] + 1)):
            return np
    if verb.lemma in speech.ADDRESSING_VERBS:
        for x in range(seg[0], seg[1] + 1):
            if not _covered(taken, x) and (s.low(x) in grammar.DETERMINERS or s.toks[x].text[:1].isupper()):
                np = _np_after(s, x, seg[1])
                if np and not any(_covered(taken, y) for y in range(np[0], np[1] + 1)):
                    return np
                break
    return None


def _comma_after(s: Sentence_, i: int) -> bool:
    return i + 1 < s.end and s.toks[i + 1].text == ","


def _incl(rng: Range) -> tuple[int, int]:
    return rng[0], rng[1] + 1


def _subject_of_previous_clause(s: Sentence_, before: int) -> Range | None:
    """ "Er bezeichnete … und kündigte an, …": the second verb shares the sentence's subject."""
    if s.toks[s.start].mark or s.low(s.start) in _ADVERBIAL_STARTS or before <= s.start:
        return None
    return _np_after(s, s.start, before - 1)


def _zu_infinitive(s: Sentence_, rng: Range) -> bool:
    """A clause ending in "zu" + verb, or in a verb with "zu" inside ("einzulassen")."""
    a, b = rng
    return b - 1 >= a and (
        s.low(b - 1) == grammar.INFINITIVE_MARKER
        or (grammar.INFINITIVE_MARKER in s.low(b)[2:-2] and s.low(b).endswith(grammar.ZU_INFINITIVE_ENDING))
    )


def _middle(s: Sentence_, a: int, b: int, skip: list[Range | None]) -> Range | None:
    """The tokens of ``a..b`` outside ``skip`` ranges, as one range from the first to the last kept token."""
    kept = [
        x
        for x in range(a, b + 1)
        if not _covered(skip, x) and s.low(x) not in grammar.NEGATIONS and s.low(x) not in grammar.AUXILIARIES
    ]
    while kept and (s.low(kept[0]) in grammar.LEADING_ADVERBS or s.low(kept[0]) in speech.QUALIFYING_ADVERBS):
        kept.pop(0)
    while kept and s.low(kept[-1]) in speech.QUALIFYING_ADVERBS | speech.TRAILING_ADVERBS:
        kept.pop()
    return (kept[0], kept[-1]) if kept else None


def _quote_frame(s: Sentence_) -> Event | None:
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
            if s.toks[k].text[:1].islower():
                start = k + 1
                while start < s.end and s.low(start) in grammar.OBJECT_PRONOUNS:
                    start += 1
                source = _np_after(s, start, s.end - 1)
                if source:
                    source = _apposition(s, source, s.end - 1)
                    return Event("direct", cue, [_quote_content(s, first.quote)], s.index, source=source)
        return None
    for c in range(s.start + 1, s.end - 1):
        nxt = s.toks[c + 1]
        if s.toks[c].text == ":" and nxt.mark and nxt.quote >= 0:
            source = _np_after(s, s.start, c - 1)
            if source is None or s.low(source[0]) in _ADVERBIAL_STARTS:
                return None
            verbs = [
                x
                for x in range(source[1] + 1, c)
                if s.toks[x].text[:1].islower() and s.toks[x].text.isalpha()
            ]
            cue = [(verbs[0], verbs[0])] if verbs else []
            return Event("direct", cue, [_quote_content(s, nxt.quote)], s.index, source=source)
    return None


def _impersonal(s: Sentence_, i: int) -> Event | None:
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
            rest = _rest(s, seg[1] + 2)
            source = _strip(s, (seg[0], i - 3))
            if rest and source and s.low(source[0]) not in _ADVERBIAL_STARTS:
                return Event("indirect", [(i - 2, i)], [rest], s.index, source=source, channel="thought")
        return None
    if not impersonal and low not in speech.IMPERSONAL_PARTICIPLES and low not in speech.STANCE_PREDICATES:
        return None
    seg = s.segment(i)
    after = seg[1] + 1
    if impersonal:
        cue = [(i, i + 1)]
        if seg[0] == i and i > s.start:  # "…, hieß es lediglich."
            before = _before(s, seg[0])
            return Event("indirect", cue, [before], s.index) if before else None
        if after < s.end and s.toks[after].text in (",", ":"):  # "In der Erklärung heißt es, …"
            rest = _rest(s, after + 1)
            src = None
            for x in range(seg[0], i):
                if s.low(x) in speech.IMPERSONAL_SOURCE_PREPOSITIONS and x + 1 < i:
                    src = _np_after(s, x + 1, i - 1)
                    break
            return Event("indirect", cue, [rest], s.index, source=src, channel="writing") if rest else None
        return None
    lead = s.low(seg[0])
    main_clause = lead not in grammar.SUBORDINATORS and not (  # not "…, da sie bestätigt wurde"
        lead in grammar.RELATIVES and seg[0] > s.start and not _article(s, seg[0])
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
            rest = _rest(s, after + 1)
            if rest:
                return Event("indirect", cue, [rest], s.index, channel="thought")
        if seg[0] > s.start and seg[1] >= s.end - 1:
            before = _before(s, seg[0])
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
        rest = _rest(s, after + 1)
        if rest:
            source = _strip(s, (seg[0], i - 2))
            if source and s.low(source[0]) not in _ADVERBIAL_STARTS:
                return Event("indirect", [(i - 1, i)], [rest], s.index, source=source, channel="thought")
    return None


def _no_comment(s: Sentence_) -> Event | None:
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
        source = _np_after(s, first, cue_toks[0] - 1) if cue_toks[0] > first else None
        if source is None:
            return None
        rest = list(range(cue_toks[-1] + 1, s.end))  # "… keine Stellungnahme zu den Vorwürfen"
        if not rest:
            rest = [x for x in range(s.start, s.end) if x not in cue_toks and not _covered([source], x)]
        if not rest:  # "wollte sich dazu nicht äußern": the refusal itself is what is reported
            rest = cue_toks
        return Event(
            "reported", [(cue_toks[0], cue_toks[-1])], [(rest[0], rest[-1])], s.index, source=source,
            polarity="no_comment",
        )  # fmt: skip
    return None
