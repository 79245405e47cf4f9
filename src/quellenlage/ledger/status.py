"""A claim's status from signals that answer it (confirmations, denials, non-confirmations, refusals), linked
only on evidence, and the reactions that evaluate it."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from quellenlage.ledger.claims import Claim, Item
from quellenlage.ledger.dropped import sentences
from quellenlage.ledger.terms import content_terms, overlap, shared
from quellenlage.model import Article, ClaimStatus, Polarity, Reaction, Signal, Span, Statement
from quellenlage.nlp.de import dates, speech
from quellenlage.nlp.de import ledger as data

#: A signal answers a claim by content when its answered words share this many lemmas with it, and this
#: share of the smaller set.
MIN_SHARED = 2


ANSWERS = 0.25


#: An anaphor ("solche Zugeständnisse") points to a claim told in this many sentences before it.
ANAPHOR_SENTENCES = 2


_STATUS_ORDER = (
    ClaimStatus.DENIED, ClaimStatus.CONFIRMED, ClaimStatus.NOT_CONFIRMED, ClaimStatus.DECLINED_TO_COMMENT,
)  # fmt: skip


_POLARITY_STATUS = {
    Polarity.DENY: ClaimStatus.DENIED,
    Polarity.CONFIRM: ClaimStatus.CONFIRMED,
    Polarity.NOT_CONFIRMED: ClaimStatus.NOT_CONFIRMED,
    Polarity.NO_COMMENT: ClaimStatus.DECLINED_TO_COMMENT,
}


_DATE = re.compile(r"\b(19|20)\d\d\b|\b(" + "|".join(dates.MONTH_NAMES) + r")\b")


@dataclass(slots=True)
class _ClaimFacts:
    """What signal linking asks of a claim, computed once per ledger."""

    articles: set[str]
    positions: dict[str, list[int]]
    number: bool
    money: bool
    date: bool
    demand: bool  # only demands and appeals: nothing to confirm or deny


def _facts(claim: Claim) -> _ClaimFacts:
    text = " ".join(i.text for i in claim.items).lower()
    positions: dict[str, list[int]] = defaultdict(list)
    for i in claim.items:
        positions[i.article.id].append(i.position)
    return _ClaimFacts(
        set(positions), dict(positions), bool(re.search(r"\d", text)), bool(re.search(data.MONEY, text)),
        bool(_DATE.search(text)), _demand(claim),
    )  # fmt: skip


def link_signals(signals: list[Item], claims: list[Claim]) -> list[Signal]:
    """Link each signal to the claim it answers and set that claim's status; the evidence of the signals
    that answer no claim, unlinked."""
    facts = {c.id: _facts(c) for c in claims}
    return [_evidence(item) for item in signals if not _status(item, claims, facts)]


#: A noun is about a claim's word when the two share a stem of this many letters ("Blockade", "blockiert").
STEM = 5


def _about(head: set[str], terms: set[str]) -> bool:
    """The answered noun names what the claim is about: shared, a compound part, or a common stem."""
    return shared(head, terms) >= 1 or any(
        len(h) >= STEM and len(t) >= STEM and h[:STEM] == t[:STEM] for h in head for t in terms
    )


def _status(item: Item, claims: list[Claim], facts: dict[str, _ClaimFacts]) -> bool:
    """Link a signal to the claim it answers, only on evidence: the answered words share content with the
    claim, or name its origin, or an anaphor ("solche Zugeständnisse", "die Zahl") points to a claim told
    just before in the same article. Among claims with evidence, content, the party a claim is about,
    an anaphoric head's kind and nearness in the text decide. Without evidence the signal stays unlinked
    (False): no nearest claim is taken instead."""
    answered = item.statement.answers or item.statement.message
    answered_text = item.article.spans_text(answered)
    message = answered_text.lower()
    spans = (*item.statement.cue, *answered)
    stretch = item.article.text[min(s.start for s in spans) : max(s.end for s in spans)].lower().split()
    wants_number = any(h in stretch for h in data.NUMBER_HEADS)  # "wies die Zahl zurück: „…“"
    wants_amount = any(h in stretch for h in data.AMOUNT_HEADS)
    wants_date = any(h in stretch for h in data.DATE_HEADS)
    words = message.split()
    # "die Annahme, dass …" says what it answers: only its content links it, it points nowhere
    said = item.article.spans_text(item.statement.message)
    spelled = said.lower().split()[:1] == [data.CONTENT_CLAUSE]
    anaphoric = (
        bool(words) and words[0] in data.ANAPHORIC and data.CONTENT_CLAUSE not in words and not spelled
    )
    # "die Angaben" points back to something said; "die Steinewürfe" only to a claim about stones thrown
    head = words[1].strip(",.;:") if len(words) > 1 else ""
    head_terms = content_terms(head) if anaphoric and words[0] in data.DEFINITE_ARTICLES else set()
    head_must_match = bool(head_terms) and head not in (
        *data.CLAIM_NOUNS,
        *data.NUMBER_HEADS,
        *data.AMOUNT_HEADS,
        *data.DATE_HEADS,
    )
    # "die Darstellung der Demonstranten": whose account it is, when the text says so
    owner = (
        content_terms(" ".join(words[3:6])) if len(words) > 3 and words[2] in data.GENITIVE_OWNERS else set()
    )
    window = _preceding_span(item.article, item.statement, ANAPHOR_SENTENCES)
    candidates = [c for c in claims if c.origin_key != item.origin and c.items and not facts[c.id].demand]
    aid = item.article.id
    local = [c for c in candidates if aid in facts[c.id].articles]
    pool = local or candidates
    if wants_number and any(facts[c.id].number for c in pool):  # "die Zahl" needs a number
        pool = [c for c in pool if facts[c.id].number]
    if wants_amount and any(facts[c.id].money for c in pool):  # "die Summe" needs an amount of money
        pool = [c for c in pool if facts[c.id].money]
    terms = content_terms(message)
    if spelled:  # "bestritt nicht die Annahme, dass …": the clause is what is answered
        terms |= content_terms(said)
    if anaphoric and not head_must_match and not owner:
        # "solche Zugeständnisse": what they are was said just before
        terms |= content_terms(_preceding(item.article, item.statement, 2))
    party = content_terms(item.statement.actor or "")  # "Kreml" -> russland: the party a claim is about
    best, best_score = None, -1.0
    for claim in pool:
        content = shared(terms, claim.terms) >= MIN_SHARED and overlap(terms, claim.terms) >= ANSWERS
        named = any(w in answered_text for w in claim.origin.split() if len(w) >= 4)  # "die Vorwürfe der USA"
        pointed = (
            anaphoric
            and (not head_must_match or _about(head_terms, claim.terms))
            and (not owner or bool(owner & content_terms(claim.origin)))
            and window is not None
            and any(
                i.article.id == aid and any(window.start <= s.start < window.end for s in i.statement.message)
                for i in claim.items
            )
        )
        # "Die Bodenoffensive wurde bestätigt": the answered noun is what a claim in this article is about
        headed = head_must_match and aid in facts[claim.id].articles and _about(head_terms, claim.terms)
        if not (content or named or pointed or headed):
            continue
        score = (
            overlap(terms, claim.terms) * 2 + (1.0 if named else 0.0) + (2.0 if pointed else 0.0)
            + (1.0 if headed else 0.0)
        )  # fmt: skip
        if party & claim.terms:
            score += 1.0
        known = facts[claim.id]
        if wants_number and known.number:
            score += 1.5
        if wants_date and known.date:
            score += 1.5
        near = known.positions.get(aid, ())
        if near:  # "solche Zugeständnisse" points back to what was just reported
            score += (3.0 if anaphoric else 1.0) / min(abs(p - item.position) for p in near)
        if score > best_score:
            best, best_score = claim, score
    if best is None:
        return False
    status = _POLARITY_STATUS[item.statement.polarity]
    evidence = _evidence(item)
    text = item.article.text[evidence.span.start : evidence.span.end]
    if all(item.article.text[e.span.start : e.span.end] != text for e in best.evidence if e.article == aid):
        best.evidence.append(evidence)
    if (
        _STATUS_ORDER.index(status) < _STATUS_ORDER.index(best.status)
        if best.status in _STATUS_ORDER
        else True
    ):
        best.status = status
    return True


def _demand_forms() -> frozenset[str]:
    forms = {f for v in speech.VERBS if v.lemma in data.DEMAND_LEMMAS for f in v.forms}
    forms |= {f for f, lemma in speech.JOINED_FORMS.items() if lemma in data.DEMAND_LEMMAS}
    return frozenset(forms)


_DEMAND_FORMS = _demand_forms()


def _demand(claim: Claim) -> bool:
    """Every statement of the claim is a demand or an appeal: nothing to confirm or deny."""
    return all(
        any(w in _DEMAND_FORMS for w in i.article.spans_text(i.statement.cue).lower().split())
        for i in claim.items
    )


def _preceding_span(article: Article, st: Statement, count: int) -> Span | None:
    """From the start of the ``count`` sentences before a statement to the statement's start."""
    start = min(s.start for s in (*st.cue, *st.message))
    before = [s for _role, s in sentences(article) if s.end <= start]
    return Span(before[-count:][0].start, start) if before else None


def _preceding(article: Article, st: Statement, count: int) -> str:
    """The ``count`` sentences (headings included) before a statement."""
    start = min(s.start for s in (*st.cue, *st.message))
    before = [s for _role, s in sentences(article) if s.end <= start]
    return " ".join(article.text[s.start : s.end] for s in before[-count:])


def _evidence(item: Item) -> Signal:
    """A statement as evidence: where it stands and what it says."""
    st, article = item.statement, item.article
    start = min([s.start for s in st.cue + st.message] + ([st.source.start] if st.source else []))
    end = max([s.end for s in st.cue + st.message] + ([st.source.end] if st.source else []))
    # the whole sentences it stands in: "bestätigte die Aussage … nicht" keeps its negation
    for _role, sentence in sentences(article):
        if sentence.start <= start < sentence.end:
            start = sentence.start
        if sentence.start < end <= sentence.end:
            end = sentence.end
    return Signal(article.id, article.outlet, st.id, st.actor, st.polarity, Span(start, end))


def react(item: Item, claims: list[Claim]) -> None:
    """Attach a reaction to the claim of another origin it shares most content with, or that it names."""
    message = item.article.spans_text(item.statement.message)
    best, best_score = None, 0.0
    for claim in claims:
        if claim.origin_key == item.origin:
            continue
        score = overlap(item.terms, claim.terms)
        if claim.origin.split()[-1:] and claim.origin.split()[-1] in message:
            score += 0.5  # "Die Ankündigung von Witkoff …" names the claim's origin
        if score > best_score:
            best, best_score = claim, score
    if best is not None and best_score >= 0.3:
        best.reactions.append(Reaction(_evidence(item), item.statement.message))
