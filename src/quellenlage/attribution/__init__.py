"""Attribution: speech events in an article's frozen text become Statements.

Entry points: :func:`attribute` for one article and :func:`attribute_many` for a batch.
Each sentence is searched for cues (``rules``). A sentence with no cue that is in the
subjunctive, or is a quotation, continues the statement before it (free indirect speech);
a sentence in the indicative ends that run. Sources are resolved to names (``resolve``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from quellenlage.attribution.confidence import confidence as _confidence
from quellenlage.attribution.resolve import Resolver
from quellenlage.attribution.rules import Event, Range, Sentence_, find_events
from quellenlage.attribution.text import Doc, from_analysis
from quellenlage.model import Article, Channel, Polarity, Role, Span, Statement, StatementForm
from quellenlage.nlp import analysis, mood
from quellenlage.nlp.de import speech

__all__ = ["attribute", "attribute_many", "events"]

_HEADINGS = (Role.TITLE, Role.KICKER, Role.SUBHEADING)
#: A sentence of reported speech with no cue of its own continues the last source if that source's
#: statement is at most this many sentences back (narrated sentences in between do not end the run).
MAX_GAP = 1


def attribute(article: Article) -> Article:
    """The article with its statements; it never raises on odd text."""
    doc = from_analysis(analysis.of(article), [p.role in _HEADINGS for p in article.paragraphs])
    found = events(doc)
    resolver = Resolver(doc)
    statements = _statements(doc, found, resolver)
    # confidence reads only the frozen text, which the article already holds
    return replace(
        article, statements=tuple(replace(st, confidence=_confidence(article, st)) for st in statements)
    )


def attribute_many(articles: Iterable[Article]) -> Iterator[Article]:
    for article in articles:
        yield attribute(article)


def _reported_sentence(s: Sentence_, modals: bool = False) -> bool:
    """Subjunctive outside quotations, or a quotation opening the sentence (or, with ``modals``, "soll")."""
    toks = s.toks
    if toks[s.start].mark and toks[s.start].quote >= 0:
        return True
    return any(
        toks[i].quote < 0
        and not toks[i].mark
        and toks[i].text.isalpha()
        and (mood.is_subjunctive(toks[i].text) or (modals and toks[i].lower in speech.REPORTING_MODALS))
        for i in range(s.start, s.end)
    )


def _inside_report(s: Sentence_, found: list[Event]) -> bool:
    """A cue sentence that is itself reported speech: subjunctive, with no indicative verb of saying."""
    if not _reported_sentence(s):
        return False
    for ev in found:
        finite = ev.extras.get("finite")
        if ev.form == "according_to" or finite is None:
            return False
        if ev.form != "reported" and not mood.is_subjunctive(finite):
            return False
    return True


def events(doc: Doc) -> list[Event]:
    """Speech events of a document, with continuations carried across sentences."""
    out: list[Event] = []
    last: Event | None = None  # the statement whose source a cue-less reported sentence continues
    gap = 0  # sentences since the last statement
    strict = True  # no narrated sentence since the last statement
    for index, sent in enumerate(doc.sentences):
        s = Sentence_(doc, sent, index)
        if s.end <= s.start:
            continue
        found = find_events(doc, sent, index)
        if sent.heading and not found:
            continue
        gap += 1
        alive = last is not None and gap <= MAX_GAP
        for e in [e for e in found if e.carried]:
            if last is not None and (e.extras.get("fragment") or (strict and _reported_sentence(s))):
                _carry(e, last, out)
            else:
                e.source, e.carried = e.cue[0], False  # "demnach" with no speaker in sight stands for itself
                e.extras["anonymous"] = "1"
        if found and alive and not sent.heading and _inside_report(s, found):
            assert last is not None
            out.append(_carry(Event("free_indirect", [], [(s.start, s.end - 1)], index), last, out))
            out.extend(found)
            gap, strict = 0, True
            continue
        if found:
            out.extend(found)
            grouped = _by_sentence(found)
            anchored = [
                e
                for n, e in enumerate(found)
                if e.source is not None and _container(found, n, grouped[e.sentence]) is None
            ]
            if anchored and not sent.heading:
                last = anchored[0] if any(e.carried for e in found) else anchored[-1]
                gap, strict = 0, True
            continue
        if alive and _reported_sentence(s, modals=True):
            assert last is not None
            message = (s.start, s.end - 1)
            quoted = doc.tokens[s.start].mark and doc.tokens[s.start].quote >= 0
            if quoted:
                q = doc.quotes[doc.tokens[s.start].quote]
                message = (q.open + 1, min(q.close - 1, s.end - 1))
            if message[1] >= message[0]:
                out.append(
                    _carry(Event("direct" if quoted else "free_indirect", [], [message], index), last, out)
                )
                gap = 0
                continue
        strict = False
    return out


def _carry(ev: Event, last: Event, out: list[Event]) -> Event:
    ev.source = last.source
    ev.pronoun = last.pronoun
    ev.extras["carried_from"] = str(out.index(last))
    return ev


_FORMS = {
    "direct": StatementForm.DIRECT,
    "indirect": StatementForm.INDIRECT,
    "free_indirect": StatementForm.FREE_INDIRECT,
    "mixed": StatementForm.MIXED,
    "according_to": StatementForm.ACCORDING_TO,
    "reported": StatementForm.REPORTED,
}


def _span(doc: Doc, rng: Range | None) -> Span | None:
    if rng is None or rng[1] < rng[0]:
        return None
    a, b = doc.span_of(rng[0], rng[1])
    return Span(a, b)


def _spans(doc: Doc, ranges: list[Range]) -> tuple[Span, ...]:
    return tuple(s for s in (_span(doc, r) for r in ranges) if s is not None and s.end > s.start)


def _statements(doc: Doc, found: list[Event], resolver: Resolver) -> list[Statement]:
    actors: list[str | None] = []
    previous: str | None = None
    for ev in found:
        if (
            ev.source is not None
            and not ev.pronoun
            and "carried_from" not in ev.extras
            and "anonymous" not in ev.extras
        ):
            resolver.learn(ev.source)
    out: list[Statement] = []
    by_sentence = _by_sentence(found)
    for n, ev in enumerate(found):
        carried_from = ev.extras.get("carried_from")
        if carried_from is not None:
            actor = actors[int(carried_from)]
        elif ev.extras.get("anonymous") or ev.source is None:
            actor = None
        else:
            actor = resolver.actor(ev.source, ev.pronoun, previous)
        actors.append(actor)
        if actor and ev.source is not None and not ev.pronoun:
            previous = actor
        message = _spans(doc, ev.message)
        if not message:
            continue
        nested = _container(found, n, by_sentence[ev.sentence])
        out.append(
            Statement(
                id=f"s{n + 1}",
                form=_FORMS[ev.form],
                cue=tuple(s for s in (_span(doc, r) for r in ev.cue) if s is not None),
                message=message,
                source=_span(doc, ev.source),
                actor=actor,
                addressee=_span(doc, ev.addressee),
                medium=_span(doc, ev.medium),
                time=_span(doc, ev.time),
                nested_in=f"s{nested + 1}" if nested is not None else None,
                polarity=Polarity(ev.polarity),
                channel=Channel(ev.channel),
                answers=tuple(
                    s for s in (_span(doc, r) for r in ev.answers) if s is not None and s.end > s.start
                ),
            )
        )
    return out


def _by_sentence(found: list[Event]) -> dict[int, list[int]]:
    """The indices of the events of each sentence, in order: nesting is looked up among them."""
    out: dict[int, list[int]] = {}
    for n, ev in enumerate(found):
        out.setdefault(ev.sentence, []).append(n)
    return out


def _container(found: list[Event], n: int, same_sentence: list[int]) -> int | None:
    """The event whose message holds this event's cue, among the events of its sentence (in order)."""
    ev = found[n]
    if not ev.cue:
        return None
    cue = ev.cue[0][0]
    for m in same_sentence:
        other = found[m]
        if other.form == "reported":  # the object of an act ("…, was Selenski ablehnt") is not speech
            continue
        if m != n and any(a <= cue <= b for a, b in other.message):
            return m
    return None
