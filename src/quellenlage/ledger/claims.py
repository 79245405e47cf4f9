"""Claims: statements of one origin on one subject, placed and joined, with stable ids and a rank."""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from quellenlage import model
from quellenlage.ledger.terms import affix_set, overlap_with, similar
from quellenlage.model import (
    Article,
    Carrier,
    ClaimStatus,
    DroppedAttribution,
    Reaction,
    Signal,
    Statement,
    StatementForm,
    timestamp,
)
from quellenlage.nlp.de import speech

#: Share of the smaller statement's content lemmas two statements must share (at least 3) to be one claim.
SAME_CLAIM = 0.35


@dataclass(slots=True)
class Item:
    """One statement of the story with its content terms, its origin and its place in the story."""

    article: Article
    statement: Statement
    terms: set[str]
    origin: str
    position: int  # order in the story: article order, then place in the text
    text: str = ""
    predicates: set[str] = field(default_factory=set)


@dataclass(slots=True)
class Claim:
    """Statements of one origin that say one thing, with what the ledger finds about it."""

    id: str
    origin: str
    origin_key: str
    items: list[Item] = field(default_factory=list)
    terms: set[str] = field(default_factory=set)
    status: ClaimStatus = ClaimStatus.NO_SIGNAL
    evidence: list[Signal] = field(default_factory=list)
    dropped: list[DroppedAttribution] = field(default_factory=list)
    reactions: list[Reaction] = field(default_factory=list)
    tension_with: list[str] = field(default_factory=list)
    channels: list[str] = field(default_factory=list)
    order: int = 0  # place in the story, in the order claims were opened

    @property
    def outlets(self) -> list[str]:
        return list(dict.fromkeys(_outlet(i.article) for i in self.items))


def _outlet(article: Article) -> str:
    return article.outlet or f"article {article.id}"


#: A new statement is compared with at most this many of a claim's most recent statements, in at most
#: this many candidate claims (those sharing the most lemmas with it).
COMPARE_RECENT = 20


COMPARE_CLAIMS = 10


def place(item: Item, claims: list[Claim], index: dict[tuple[str, str], list[Claim]]) -> Claim:
    """Join the claim of the same origin whose statements share the most content, or open a new claim.
    Candidates come from an index of (origin, lemma), so the cost does not grow with the story."""
    hits: Counter[int] = Counter()
    found: dict[int, Claim] = {}
    for t in item.terms:
        for claim in index.get((item.origin, t), ()):
            hits[claim.order] += 1
            found[claim.order] = claim
    best, score = None, 0.0
    # most shared lemmas first, ties in story order: the terms are a set, so no iteration order may decide
    for order, n in sorted(hits.items(), key=lambda kv: (-kv[1], kv[0]))[:COMPARE_CLAIMS]:
        if n < 2:
            break
        claim = found[order]
        s = max(similar(item.terms, other.terms) for other in claim.items[-COMPARE_RECENT:])
        if s > score:
            best, score = claim, s
    if best is None or score < SAME_CLAIM:
        best = Claim(f"C{len(claims) + 1}", item.statement.actor or "", item.origin, order=len(claims))
        claims.append(best)
    join(item, best, index)
    return best


def join(item: Item, claim: Claim, index: dict[tuple[str, str], list[Claim]]) -> None:
    claim.items.append(item)
    for t in item.terms - claim.terms:
        index.setdefault((item.origin, t), []).append(claim)
    claim.terms |= item.terms


def channels(medium: str) -> list[str]:
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


def stable_ids(claims: list[Claim]) -> None:
    """Ids from content, not position: the origin and where its first statement's message stands in its
    (content-addressed) article. A claim keeps its id when other claims or articles come and go."""
    renamed: dict[str, str] = {}
    taken: set[str] = set()
    for claim in claims:
        first = claim.items[0]
        anchor = f"{claim.origin_key}\x1f{first.article.id}\x1f{first.statement.message[0].start}"
        new = "C" + hashlib.sha256(anchor.encode("utf-8")).hexdigest()[:10]
        n = 1
        while new in taken:  # two claims on one anchor (a copy's statement): still two ids
            n += 1
            new = "C" + hashlib.sha256(f"{anchor}\x1f{n}".encode()).hexdigest()[:10]
        renamed[claim.id] = new
        taken.add(new)
    for claim in claims:
        claim.id = renamed[claim.id]
        claim.tension_with = [renamed[c] for c in claim.tension_with]


def rank(claim: Claim) -> tuple[int, bool, bool, int, str]:
    """Claims carried by several outlets, with a status or with a dropped attribution come first; then
    the order in which the story told them."""
    first = min(i.position for i in claim.items)
    return (-len(claim.outlets), claim.status is ClaimStatus.NO_SIGNAL, not claim.dropped, first, claim.id)


def corroborations(claims: list[Claim]) -> dict[str, tuple[str, ...]]:
    """For each claim, the claims of other origins that say much the same (half the content of the
    smaller), in ledger order. Each pair is compared once, with compound parts computed once a claim."""
    parts = [affix_set(c.terms) for c in claims]
    found: dict[str, list[str]] = {c.id: [] for c in claims}
    for i, a in enumerate(claims):
        for j in range(i + 1, len(claims)):
            b = claims[j]
            if a.origin_key == b.origin_key:
                continue
            # the smaller set's terms are matched; between equal sizes each claim matches the other's
            to_b = overlap_with(a.terms, parts[i], b.terms, parts[j])
            to_a = (
                to_b if len(a.terms) != len(b.terms) else overlap_with(b.terms, parts[j], a.terms, parts[i])
            )
            if to_a >= 0.5:
                found[a.id].append(b.id)
            if to_b >= 0.5:
                found[b.id].append(a.id)
    return {cid: tuple(ids) for cid, ids in found.items()}


def record(
    claim: Claim, story: str, rank: int, wire: set[str], corroborated_by: tuple[str, ...]
) -> model.Claim:
    """The typed claim of a story's ledger: carriers per outlet's article, offsets for every text."""
    by_outlet: dict[tuple[str, str], list[Item]] = defaultdict(list)
    for item in claim.items:
        by_outlet[(_outlet(item.article), item.article.id)].append(item)
    carriers = tuple(
        Carrier(
            outlet=outlet,
            article=aid,
            statements=tuple(i.statement.id for i in items),
            forms=tuple(dict.fromkeys(i.statement.form for i in items)),
            messages=tuple(i.statement.message for i in items),
            wire=aid in wire,
        )
        for (outlet, aid), items in by_outlet.items()
    )
    times = [i.article.published for i in claim.items if i.article.published]
    gist_item = next(
        (i for i in claim.items if i.statement.form in (StatementForm.INDIRECT, StatementForm.ACCORDING_TO)),
        claim.items[0],
    )
    return model.Claim(
        id=claim.id,
        story=story,
        rank=rank,
        origin=claim.origin,
        origin_key=claim.origin_key,
        gist_article=gist_item.article.id,
        gist=gist_item.statement.message,
        carriers=carriers,
        confidence=max(i.statement.confidence for i in claim.items),
        channels=tuple(claim.channels),
        status=claim.status,
        evidence=tuple(claim.evidence),
        dropped=tuple(claim.dropped),
        reactions=tuple(claim.reactions),
        tension_with=tuple(claim.tension_with),
        corroborated_by=corroborated_by,
        first_seen=min(times, key=timestamp).isoformat() if times else None,
        last_seen=max(times, key=timestamp).isoformat() if times else None,
    )
