"""Claim ledger: what a story claims, who first said it, which outlets carry it, and who confirmed it.

For one story's articles, statements are sorted into three kinds:

- *signals* (confirmations, denials, non-confirmations, refusals to comment) decide a claim's status;
- *reactions* (statements that evaluate, such as "bezeichnete … als «historisch»") are linked to a claim;
- everything else is a claim statement. Claim statements with the same origin (the resolved actor,
  spellings folded) and overlapping content (content lemmas, hyphenated compounds split, compound heads
  matched, metonyms such as Moskau → Russland folded) form one claim.

One origin's consecutive statements in one paragraph, on a shared subject, are one claim. Claim ids
derive from content (the origin and where its first statement stands), so a claim can be cited. A
claim's status links to the signal that justifies it, only on evidence: the answered words share
content with the claim, name its origin, or an anaphor points to it just before; a signal with no
such evidence is listed apart, unlinked. Claims are ranked: several outlets, a status or a dropped
attribution first. A sentence that states a claim as plain fact,
with no attribution of its own, is flagged as a dropped attribution. Two claims about the same
actor and topic with opposing predicates ("verzichten" against "verlangen") are listed as a tension.
Coverage shows, per outlet, the claims no other outlet in the story carries.

Entry point: :func:`build` for one story. A story's ledger depends on that story's articles only, so
it is recomputed for the story an article joins and no other.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from quellenlage.actors import key as actor_key
from quellenlage.model import (
    Article,
    Paragraph,
    Polarity,
    Role,
    Span,
    Statement,
    StatementForm,
    Story,
    timestamp,
)
from quellenlage.nlp import lemma as lemmas
from quellenlage.nlp import mood
from quellenlage.nlp.de import dates, grammar, speech, words
from quellenlage.nlp.de import ledger as data

__all__ = ["Claim", "Ledger", "build"]

#: Share of the smaller statement's content lemmas two statements must share (at least 3) to be one claim.
SAME_CLAIM = 0.35
#: A plain-fact sentence restates a claim when it shares this share of a claim statement's lemmas
#: (at least 3), and a predicate or a number with it.
RESTATES = 0.5
#: A statement needs this many content lemmas to be a claim ("zeigte sich offen" is none).
MIN_CLAIM_TERMS = 2
#: A signal answers a claim by content when its answered words share this many lemmas with it, and this
#: share of the smaller set.
MIN_SHARED = 2
ANSWERS = 0.25
#: An anaphor ("solche Zugeständnisse") points to a claim told in this many sentences before it.
ANAPHOR_SENTENCES = 2

_WORD = re.compile(r"\w+(?:[-']\w+)*")
_STATUS_ORDER = ("denied", "confirmed", "not_confirmed", "declined_to_comment")
_POLARITY_STATUS = {
    Polarity.DENY: "denied",
    Polarity.CONFIRM: "confirmed",
    Polarity.NOT_CONFIRMED: "not_confirmed",
    Polarity.NO_COMMENT: "declined_to_comment",
}


def content_terms(text: str) -> set[str]:
    """Content lemmas, with hyphenated compounds also split and metonyms and synonyms folded."""
    out: set[str] = set()
    low = text.lower()
    for place, state in data.METONYMS.items():
        if " " in place and place in low:
            out.add(state)
    for w in _WORD.findall(text):
        parts = [w, *w.split("-")] if "-" in w else [w]
        for part in parts:
            if len(part) < 3 and not part.isdigit():
                continue
            lem = lemmas.lemma(part)
            if lem in words.STORY_STOPWORDS:
                continue
            lem = data.METONYMS.get(lem, lem)
            out.add(data.TOPIC_SYNONYMS.get(lem, lem))
    return out


@lru_cache(maxsize=100_000)
def _affixes(term: str) -> frozenset[str]:
    """Prefixes and suffixes of five letters or more: the parts a compound may share with a shorter word."""
    if len(term) < 5:
        return frozenset()
    return frozenset({term[:k] for k in range(5, len(term))} | {term[-k:] for k in range(5, len(term))})


def _match_any(term: str, others: set[str], other_affixes: set[str]) -> bool:
    """The term, or a compound part of it, is among ``others`` ("Sicherheitsgarantie" ~ "Garantie")."""
    return term in others or (
        len(term) >= 5 and (term in other_affixes or not _affixes(term).isdisjoint(others))
    )


def _affix_set(terms: set[str]) -> set[str]:
    out: set[str] = set()
    for t in terms:
        out |= _affixes(t)
    return out


def shared(a: set[str], b: set[str]) -> int:
    if len(a) > len(b):
        a, b = b, a
    exact = a & b
    rest = [t for t in a - exact if len(t) >= 5]
    if not rest:
        return len(exact)
    b_affixes = _affix_set(b)
    return len(exact) + sum(1 for t in rest if _match_any(t, b, b_affixes))


def overlap(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    return shared(a, b) / min(len(a), len(b))


@dataclass(slots=True)
class _Item:
    article: Article
    statement: Statement
    terms: set[str]
    origin: str
    position: int  # order in the story: article order, then place in the text
    text: str = ""
    predicates: set[str] = field(default_factory=set)


def _predicates(text: str) -> set[str]:
    """Verb lemmas: lower-case words (German nouns are capitalised) whose lemma looks like an infinitive."""
    out = set()
    for w in _WORD.findall(text):
        if w[:1].islower() and len(w) > 3:
            lem = lemmas.lemma(w)
            if lem.endswith(grammar.INFINITIVE_ENDINGS) and lem not in words.STORY_STOPWORDS:
                out.add(lem)
    return out


@dataclass(slots=True)
class Claim:
    id: str
    origin: str
    origin_key: str
    items: list[_Item] = field(default_factory=list)
    terms: set[str] = field(default_factory=set)
    status: str = "no_response"
    evidence: list[dict[str, Any]] = field(default_factory=list)
    dropped: list[dict[str, Any]] = field(default_factory=list)
    reactions: list[dict[str, Any]] = field(default_factory=list)
    tension_with: list[str] = field(default_factory=list)
    channels: list[str] = field(default_factory=list)

    @property
    def outlets(self) -> list[str]:
        return list(dict.fromkeys(_outlet(i.article) for i in self.items))


@dataclass(slots=True)
class Ledger:
    story: str
    claims: list[Claim]
    coverage: dict[str, list[str]]
    wire: set[str]
    unlinked: list[dict[str, Any]] = field(default_factory=list)  # signals that answer no claim we know

    def as_dict(self) -> dict[str, Any]:
        return {
            "claims": [_claim_dict(c, self.wire, self.claims) for c in self.claims],
            "coverage": self.coverage,
            "unlinked_signals": self.unlinked,
        }


def _outlet(article: Article) -> str:
    return article.outlet or f"article {article.id}"


def _evaluative(article: Article, st: Statement) -> bool:
    cue = article.spans_text(st.cue).lower()
    return any(stem in cue for stem in data.EVALUATIVE_CUES)


def build(story: Story, articles: Iterable[Article]) -> Ledger:
    """The ledger of one story from its member articles."""
    ordered = sorted(
        articles,
        key=lambda a: (timestamp(a.published), story.members.index(a.id) if a.id in story.members else 0),
    )
    claims: list[Claim] = []
    by_origin: dict[tuple[str, str], list[Claim]] = {}
    signals: list[_Item] = []
    reactions: list[_Item] = []
    origin_media: dict[str, list[str]] = defaultdict(list)
    position = 0
    for article in ordered:
        last: tuple[str, int, Claim] | None = None  # origin, paragraph and claim of the statement before
        for st in article.statements:
            position += 1
            if st.nested_in is not None or not st.actor:
                continue
            text = article.spans_text(st.message)
            item = _Item(
                article, st, content_terms(text), actor_key(st.actor), position, text, _predicates(text)
            )
            if st.medium is not None:
                for name in _channels(article.span_text(st.medium) or ""):
                    if name not in origin_media[item.origin]:
                        origin_media[item.origin].append(name)
            paragraph = _paragraph(article, st)
            if st.polarity is not Polarity.ASSERT:
                signals.append(item)
                last = None
            elif _evaluative(article, st):
                reactions.append(item)
                last = None
            elif len(item.terms) < MIN_CLAIM_TERMS:
                continue  # "zeigte sich offen", "wissen": too little content to be a claim
            elif last and last[0] == item.origin and last[1] == paragraph and item.terms & last[2].terms:
                _join(item, last[2], by_origin)  # the same origin goes on about the same subject
            else:
                last = (item.origin, paragraph, _place(item, claims, by_origin))
    for claim in claims:
        own = [
            n
            for i in claim.items
            if i.statement.medium
            for n in _channels(i.article.span_text(i.statement.medium) or "")
        ]
        claim.channels = list(dict.fromkeys(own + origin_media.get(claim.origin_key, [])))
    facts = {c.id: _facts(c) for c in claims}
    unlinked = [_evidence(item) for item in signals if not _status(item, claims, facts)]
    for item in reactions:
        _react(item, claims)
    postings: dict[str, list[tuple[Claim, _Item]]] = defaultdict(list)
    for claim in claims:
        for claim_item in claim.items:
            for t in claim_item.terms:
                postings[t].append((claim, claim_item))
    for article in ordered:
        _dropped(article, postings)
    _tensions(claims)
    _stable_ids(claims)
    claims.sort(key=_rank)
    coverage: dict[str, list[str]] = defaultdict(list)
    for claim in claims:
        outlets = claim.outlets
        if len(outlets) == 1:
            coverage[outlets[0]].append(claim.id)
    return Ledger(story.id, claims, dict(coverage), set(story.wire), unlinked)


def _paragraph(article: Article, st: Statement) -> int:
    """The index of the paragraph a statement starts in."""
    start = min(s.start for s in (*st.cue, *st.message))
    return next((n for n, p in enumerate(article.paragraphs) if p.start <= start < p.end), -1)


def _stable_ids(claims: list[Claim]) -> None:
    """Ids from content, not position: the origin and where its first statement's message stands in its
    (content-addressed) article. A claim keeps its id when other claims or articles come and go."""
    renamed: dict[str, str] = {}
    for claim in claims:
        first = claim.items[0]
        anchor = f"{claim.origin_key}\x1f{first.article.id}\x1f{first.statement.message[0].start}"
        renamed[claim.id] = "C" + hashlib.sha256(anchor.encode("utf-8")).hexdigest()[:10]
    for claim in claims:
        claim.id = renamed[claim.id]
        claim.tension_with = [renamed[c] for c in claim.tension_with]


def _rank(claim: Claim) -> tuple[int, bool, bool, int, str]:
    """Claims carried by several outlets, with a status or with a dropped attribution come first; then
    the order in which the story told them."""
    first = min(i.position for i in claim.items)
    return (-len(claim.outlets), claim.status == "no_response", not claim.dropped, first, claim.id)


def _similar(a: set[str], b: set[str]) -> float:
    """Content similarity of two statements: shared lemmas over the smaller set, needing at least three."""
    n = shared(a, b)
    return n / min(len(a), len(b)) if n >= 3 and a and b else 0.0


#: A new statement is compared with at most this many of a claim's most recent statements, in at most
#: this many candidate claims (those sharing the most lemmas with it).
COMPARE_RECENT = 20
COMPARE_CLAIMS = 10


def _place(item: _Item, claims: list[Claim], index: dict[tuple[str, str], list[Claim]]) -> Claim:
    """Join the claim of the same origin whose statements share the most content, or open a new claim.
    Candidates come from an index of (origin, lemma), so the cost does not grow with the story."""
    hits: Counter[str] = Counter()
    found: dict[str, Claim] = {}
    for t in item.terms:
        for claim in index.get((item.origin, t), ()):
            hits[claim.id] += 1
            found[claim.id] = claim
    best, score = None, 0.0
    for cid, n in hits.most_common(COMPARE_CLAIMS):
        if n < 2:
            break
        claim = found[cid]
        s = max(_similar(item.terms, other.terms) for other in claim.items[-COMPARE_RECENT:])
        if s > score:
            best, score = claim, s
    if best is None or score < SAME_CLAIM:
        best = Claim(f"C{len(claims) + 1}", item.statement.actor or "", item.origin)
        claims.append(best)
    _join(item, best, index)
    return best


def _join(item: _Item, claim: Claim, index: dict[tuple[str, str], list[Claim]]) -> None:
    claim.items.append(item)
    for t in item.terms - claim.terms:
        index.setdefault((item.origin, t), []).append(claim)
    claim.terms |= item.terms


def _channels(medium: str) -> list[str]:
    """Channel names in a medium phrase: "Gegenüber dem Nachrichtensender CNN" -> CNN."""
    found = [m for m in speech.KNOWN_MEDIA if re.search(rf"(?<!\w){re.escape(m)}(?!\w)", medium)]
    found = [m for m in found if not any(m != o and m in o for o in found)]
    if found:
        return found
    rest = [
        w
        for w in medium.split()
        if w[:1].isupper()
        and w.lower() not in speech.MEDIUM_PREPOSITIONS
        and not w.lower().endswith(speech.MEDIUM_NOUNS)  # "im Gespräch mit Radio X", "Fernsehinterview"
    ]
    return [" ".join(rest).strip('„“«»"')] if rest else []


_DATE = re.compile(r"\b(19|20)\d\d\b|\b(" + "|".join(dates.MONTH_NAMES) + r")\b")


@dataclass(slots=True)
class _ClaimFacts:
    """What signal linking asks of a claim, computed once per ledger."""

    articles: set[str]
    positions: dict[str, list[int]]
    number: bool
    money: bool
    date: bool


def _facts(claim: Claim) -> _ClaimFacts:
    text = " ".join(i.text for i in claim.items).lower()
    positions: dict[str, list[int]] = defaultdict(list)
    for i in claim.items:
        positions[i.article.id].append(i.position)
    return _ClaimFacts(
        set(positions), dict(positions), bool(re.search(r"\d", text)), bool(re.search(data.MONEY, text)),
        bool(_DATE.search(text)),
    )  # fmt: skip


def _status(item: _Item, claims: list[Claim], facts: dict[str, _ClaimFacts]) -> bool:
    """Link a signal to the claim it answers, only on evidence: the answered words share content with the
    claim, or name its origin, or an anaphor ("solche Zugeständnisse", "die Zahl") points to a claim told
    just before in the same article. Among claims with evidence, content, the party a claim is about,
    an anaphoric head's kind and nearness in the text decide. Without evidence the signal stays unlinked
    (False): no nearest claim is taken instead."""
    answered = item.statement.answers or item.statement.message
    message = item.article.spans_text(answered).lower()
    spans = (*item.statement.cue, *answered)
    stretch = item.article.text[min(s.start for s in spans) : max(s.end for s in spans)].lower().split()
    wants_number = any(h in stretch for h in data.NUMBER_HEADS)  # "wies die Zahl zurück: „…“"
    wants_amount = any(h in stretch for h in data.AMOUNT_HEADS)
    wants_date = any(h in stretch for h in data.DATE_HEADS)
    anaphoric = bool(message.split()[:1]) and message.split()[0] in data.ANAPHORIC
    window = _preceding_span(item.article, item.statement, ANAPHOR_SENTENCES)
    said = item.article.text[min(s.start for s in spans) : max(s.end for s in spans)]
    candidates = [c for c in claims if c.origin_key != item.origin and c.items]
    aid = item.article.id
    local = [c for c in candidates if aid in facts[c.id].articles]
    pool = local or candidates
    if wants_number and any(facts[c.id].number for c in pool):  # "die Zahl" needs a number
        pool = [c for c in pool if facts[c.id].number]
    if wants_amount and any(facts[c.id].money for c in pool):  # "die Summe" needs an amount of money
        pool = [c for c in pool if facts[c.id].money]
    terms = content_terms(message)
    if anaphoric:  # "solche Zugeständnisse": what they are was said just before
        terms |= content_terms(_preceding(item.article, item.statement, 2))
    party = content_terms(item.statement.actor or "")  # "Kreml" -> russland: the party a claim is about
    best, best_score = None, -1.0
    for claim in pool:
        content = shared(terms, claim.terms) >= MIN_SHARED and overlap(terms, claim.terms) >= ANSWERS
        named = any(w in said for w in claim.origin.split() if len(w) >= 4)  # "die Vorwürfe der USA"
        pointed = (
            anaphoric
            and window is not None
            and any(
                i.article.id == aid and any(window.start <= s.start < window.end for s in i.statement.message)
                for i in claim.items
            )
        )
        if not (content or named or pointed):
            continue
        score = overlap(terms, claim.terms) * 2 + (1.0 if named else 0.0) + (2.0 if pointed else 0.0)
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
    if all((e["article"], e["text"]) != (evidence["article"], evidence["text"]) for e in best.evidence):
        best.evidence.append(evidence)
    if (
        _STATUS_ORDER.index(status) < _STATUS_ORDER.index(best.status)
        if best.status in _STATUS_ORDER
        else True
    ):
        best.status = status
    return True


def _preceding_span(article: Article, st: Statement, count: int) -> Span | None:
    """From the start of the ``count`` sentences before a statement to the statement's start."""
    start = min(s.start for s in (*st.cue, *st.message))
    before = [s for _role, s in _sentences(article) if s.end <= start]
    return Span(before[-count:][0].start, start) if before else None


def _preceding(article: Article, st: Statement, count: int) -> str:
    """The ``count`` sentences (headings included) before a statement."""
    start = min(s.start for s in (*st.cue, *st.message))
    before = [s for _role, s in _sentences(article) if s.end <= start]
    return " ".join(article.text[s.start : s.end] for s in before[-count:])


def _evidence(item: _Item) -> dict[str, Any]:
    st, article = item.statement, item.article
    start = min([s.start for s in st.cue + st.message] + ([st.source.start] if st.source else []))
    end = max([s.end for s in st.cue + st.message] + ([st.source.end] if st.source else []))
    return {
        "article": article.id,
        "outlet": article.outlet,
        "statement": st.id,
        "actor": st.actor,
        "polarity": str(st.polarity),
        "start": start,
        "end": end,
        "text": article.text[start:end],
    }


def _react(item: _Item, claims: list[Claim]) -> None:
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
        best.reactions.append(_evidence(item) | {"message": message})


def _sentences(article: Article) -> tuple[tuple[Role, Span], ...]:
    return _sentence_spans(article.text, article.paragraphs)


@lru_cache(maxsize=4096)
def _sentence_spans(text: str, paragraphs: tuple[Paragraph, ...]) -> tuple[tuple[Role, Span], ...]:
    """Sentences of the kept paragraphs (kicker and byline aside), cached per article."""
    out: list[tuple[Role, Span]] = []
    for p in paragraphs:
        if p.role in (Role.KICKER, Role.BYLINE):
            continue
        part = text[p.start : p.end]
        start = 0
        for m in re.finditer(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ„«»\"])", part):
            out.append((p.role, Span(p.start + start, p.start + m.start())))
            start = m.end()
        out.append((p.role, Span(p.start + start, p.end)))
    return tuple(out)


def _dropped(article: Article, postings: dict[str, list[tuple[Claim, _Item]]]) -> None:
    """Plain-fact sentences, with no attribution of their own, that restate an attributed claim."""
    covered = [s for st in article.statements for s in (*st.message, *st.cue)]
    for role, span in _sentences(article):
        text = article.text[span.start : span.end]
        if any(s.start < span.end and span.start < s.end for s in covered) or text.rstrip().endswith("?"):
            continue
        tokens = _WORD.findall(text)
        if any(
            t.lower() in data.HEDGES or t.lower() in speech.REPORTING_MODALS or mood.is_subjunctive(t)
            for t in tokens
        ):
            continue  # "soll", "offenbar", Konjunktiv: the sentence still hedges
        terms = content_terms(text)
        predicates = _predicates(text)
        numbers = set(re.findall(r"\d+", text))
        hits: Counter[int] = Counter(id(i) for t in terms for _c, i in postings.get(t, ()))
        candidates: dict[int, tuple[Claim, _Item]] = {
            id(i): (c, i) for t in terms for c, i in postings.get(t, ()) if hits[id(i)] >= 2
        }
        by_claim: dict[str, tuple[Claim, list[_Item]]] = {}
        for c, i in candidates.values():
            by_claim.setdefault(c.id, (c, []))[1].append(i)
        for claim, items in by_claim.values():
            named = [w for w in claim.origin.split() if len(w) >= 4]
            if named and any(w in text for w in named):
                continue  # "Die Gewerkschaft IG Kraftwerk rechnet …" names its source
            if any(
                _similar(terms, i.terms) >= RESTATES
                and (predicates & i.predicates or numbers & set(re.findall(r"\d+", i.text)))
                for i in items
            ):
                claim.dropped.append(
                    {"article": article.id, "outlet": article.outlet, "role": str(role), "start": span.start,
                     "end": span.end, "text": text}
                )  # fmt: skip
                break


def _stems(claim: Claim) -> set[str]:
    out = set(claim.terms)
    for item in claim.items:
        out |= content_terms(item.article.spans_text(item.statement.cue))
    return out


def _sides(stems: set[str]) -> tuple[frozenset[int], frozenset[int], frozenset[int]]:
    """Which opposing pairs (by index) the claim's stems touch: first side, second side (as a part of a
    word, "gebietsverzicht" touches "verzicht"), and both sides as leading stems (a claim that holds both
    predicates itself, "stimmte zu und lehnte ab", is no side of a tension)."""
    first = frozenset(k for k, (x, _) in enumerate(data.OPPOSING) if any(x in t for t in stems))
    second = frozenset(k for k, (_, y) in enumerate(data.OPPOSING) if any(y in t for t in stems))
    both = frozenset(
        k for k, (x, y) in enumerate(data.OPPOSING)
        if any(t.startswith(x) for t in stems) and any(t.startswith(y) for t in stems)
    )  # fmt: skip
    return first, second, both


def _tensions(claims: list[Claim]) -> None:
    """Claims about the same actor and topic whose predicates oppose each other. Precision first: all
    three must hold, and the opposing stems must sit on different sides. Only claims that share an
    actor are compared, through an index, so the cost follows the number of such pairs."""
    stems = {c.id: _stems(c) for c in claims}
    own = {c.id: data.METONYMS.get(c.origin.lower(), c.origin.lower()) for c in claims}
    entities = {c.id: _entities(stems[c.id]) for c in claims}
    sides = {c.id: _sides(stems[c.id]) for c in claims}
    by_entity: dict[str, list[int]] = defaultdict(list)
    for n, c in enumerate(claims):
        for e in entities[c.id] | {own[c.id]}:
            by_entity[e].append(n)
    pairs = {(i, j) for members in by_entity.values() for i in members for j in members if i < j}
    for i, j in sorted(pairs):
        a, b = claims[i], claims[j]
        a_first, a_second, a_both = sides[a.id]
        b_first, b_second, _ = sides[b.id]
        if not ((a_first & b_second) or (a_second & b_first)) or a_both:
            continue
        sa, sb = stems[a.id], stems[b.id]
        common = entities[a.id] | entities[b.id]
        same_actor = (sa | {own[a.id]}) & (sb | {own[b.id]}) & (common | {own[a.id], own[b.id]} - {""})
        topic = {t for t in sa & sb if t not in common} or _compound_topic(sa, sb)
        if same_actor and topic:
            a.tension_with.append(b.id)
            b.tension_with.append(a.id)


def _entities(terms: set[str]) -> set[str]:
    return {t for t in terms if t in data.METONYMS.values() or not lemmas.is_known(t)}


def _compound_topic(a: set[str], b: set[str]) -> set[str]:
    """A topic shared inside compounds: "gebiet" in "gebietsverzicht"."""
    out = set()
    for t in a:
        if len(t) >= 5 and any(t != u and (u.startswith(t) or u.endswith(t)) for u in b):
            out.add(t)
    for t in b:
        if len(t) >= 5 and any(t != u and (u.startswith(t) or u.endswith(t)) for u in a):
            out.add(t)
    return out


def _claim_dict(claim: Claim, wire: set[str], claims: list[Claim]) -> dict[str, Any]:
    by_outlet: dict[tuple[str, str], list[_Item]] = defaultdict(list)
    for item in claim.items:
        by_outlet[(_outlet(item.article), item.article.id)].append(item)
    carried = []
    for (outlet, aid), items in by_outlet.items():
        forms = list(dict.fromkeys(str(i.statement.form) for i in items))
        carried.append(
            {
                "outlet": outlet,
                "article": aid,
                "statements": [i.statement.id for i in items],
                "form": forms[0] if len(forms) == 1 else forms,
                "wire": aid in wire,
                "text": [i.article.spans_text(i.statement.message) for i in items],
            }
        )
    times = [i.article.published for i in claim.items if i.article.published]
    gist_item = next(
        (i for i in claim.items if i.statement.form in (StatementForm.INDIRECT, StatementForm.ACCORDING_TO)),
        claim.items[0],
    )
    other_origins = [
        c.id
        for c in claims
        if c is not claim and c.origin_key != claim.origin_key and overlap(c.terms, claim.terms) >= 0.5
    ]
    return {
        "id": claim.id,
        "gist": gist_item.article.spans_text(gist_item.statement.message),
        "origin": claim.origin,
        "channels": claim.channels,
        "carried_by": carried,
        "first_seen": min(times, key=timestamp).isoformat() if times else None,
        "last_seen": max(times, key=timestamp).isoformat() if times else None,
        "status": {"value": claim.status, "evidence": claim.evidence},
        "attribution_dropped": claim.dropped,
        "reactions": claim.reactions,
        "tension_with": claim.tension_with,
        "corroborated_by": other_origins,
        "single_source": not other_origins and claim.status != "confirmed",
        "wire_only": all(c["wire"] for c in carried),
    }
