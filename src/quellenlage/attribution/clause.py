"""The clause view of one sentence: its tokens, segments and the text around a cue.

A sentence is cut into segments at commas, colons, semicolons and quotation marks (``Sentence_.segment``);
a cue's message is the rest of the sentence after its segment (``rest_from``) or the clause before it
(``clause_before``). An :class:`Event` is a speech event in token indices, before it becomes a Statement.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from quellenlage.attribution.text import Doc, Sentence
from quellenlage.nlp import sentences
from quellenlage.nlp.de import grammar, speech

Range = tuple[int, int]  # token indices, inclusive

#: Punctuation that ends a segment.
BOUNDARY = {",", ":", ";", "(", ")"}
#: Dashes, which set off a clause or a quotation's frame.
DASHES = {"–", "—"}
#: Punctuation that ends a sentence.
TERMINAL = {".", "!", "?", "…"}
#: Words that open an adverbial before the verb, so never a subject.
ADVERBIAL_STARTS = grammar.PREPOSITIONS | grammar.ADVERBIAL_WORDS | speech.SENTENCE_ADVERBS
#: Longer "sentences" are lists or debris; searching them for cues would cost quadratic time.
MAX_SENTENCE_TOKENS = 300
#: A parenthesis this short (in tokens, without its brackets) is part of the clause around it.
PARENTHESIS_TOKENS = 4


def _index() -> tuple[dict[str, list[speech.Verb]], dict[str, speech.Verb]]:
    """Verbs of saying by word form, and by joined particle form ("mitgeteilt")."""
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
        while end > sent.start and doc.tokens[end - 1].text in TERMINAL | {"“", "”", "«", "»", '"'}:
            if doc.tokens[end - 1].text in TERMINAL:
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
            if self.toks[a - 1].text in BOUNDARY:
                break
            a -= 1
        b = i
        while b + 1 < self.end and not self._cuts(b + 1):
            if self.toks[b + 1].text == "(" and (c := self._closing(b + 1)) is not None:
                b = c
                continue
            if self.toks[b + 1].text in BOUNDARY:
                break
            b += 1
        return a, b

    def _opening(self, close: int) -> int | None:
        """The "(" of a short parenthesis of names ("(CDU)", "(BGH)", "(52)") that ``close`` ends."""
        for x in range(close - 1, max(self.start, close - PARENTHESIS_TOKENS) - 1, -1):
            if self.toks[x].text == "(":
                return x if x > self.start else None
            if self.toks[x].text in BOUNDARY or self.toks[x].mark:
                return None
        return None

    def _closing(self, open_: int) -> int | None:
        for x in range(open_ + 1, min(self.end, open_ + PARENTHESIS_TOKENS + 1)):
            if self.toks[x].text == ")":
                return x
            if self.toks[x].text in BOUNDARY or self.toks[x].mark:
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


def covered(ranges: list[Range | None], i: int) -> bool:
    """Whether token ``i`` lies in one of the ranges."""
    return any(r is not None and r[0] <= i <= r[1] for r in ranges)


def is_article(s: Sentence_, i: int) -> bool:
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


def quote_content(s: Sentence_, qi: int) -> Range:
    """The tokens inside quotation ``qi``, without its marks."""
    q = s.doc.quotes[qi]
    return (q.open + 1, q.close - 1 if s.toks[q.close].mark else q.close)


def _abbreviated(word: str) -> bool:
    return not word.isdigit() and len(word) > 1 and sentences.is_abbreviation(word)


def strip(s: Sentence_, rng: Range | None) -> Range | None:
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
        or s.toks[a].text in BOUNDARY
    ):
        a += 1
    while b >= a and (
        s.toks[b].text in BOUNDARY | TERMINAL | DASHES or (s.toks[b].mark and not inner_mark(b))
    ):
        if s.toks[b].text == "." and b > a and _abbreviated(s.toks[b - 1].text):
            break  # "Falke e.V.": the full stop belongs to the abbreviation
        b -= 1
    return (a, b) if a <= b else None


def rest_from(s: Sentence_, i: int) -> Range | None:
    """From token ``i`` to the sentence end, or the content of a quotation that starts there.

    "Er fuhr fort:" with nothing after the colon takes the quotation that opens the next sentence.
    """
    colon_at_end = s.end > s.start and s.toks[s.end - 1].text == ":"
    while i < s.end and (s.toks[i].text in BOUNDARY or s.toks[i].text in DASHES):
        i += 1
    if i >= s.end:
        nxt = s.raw_end
        if colon_at_end and nxt < len(s.toks) and s.toks[nxt].mark and s.toks[nxt].quote >= 0:
            return quote_content(s, s.toks[nxt].quote)
        return None
    if s.toks[i].mark and s.toks[i].quote >= 0:
        return quote_content(s, s.toks[i].quote)
    return strip(s, (i, s.end - 1))


def clause_before(s: Sentence_, seg_start: int) -> Range | None:
    """What precedes a cue segment: a quotation ending there (maybe begun earlier), or the clause."""
    j = seg_start - 1
    while j >= s.start and s.toks[j].text in BOUNDARY | DASHES:
        j -= 1
    if j < s.start:
        return None
    if s.toks[j].mark and s.toks[j].quote >= 0:
        quote = s.doc.quotes[s.toks[j].quote]
        if quote.open <= s.start or s.toks[s.start].mark:  # the quotation is the whole clause
            return quote_content(s, s.toks[j].quote)
    return strip(s, (s.start, j))


def verb_position(s: Sentence_, x: int) -> bool:
    """Token ``x`` can be a verb: lower case, or the sentence's first word. Inside a sentence a capitalised
    verb form is a name or a noun ("Korrespondent Will Grant")."""
    return x == s.start or s.toks[x].text[:1].islower()
