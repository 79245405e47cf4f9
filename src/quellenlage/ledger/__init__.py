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

from collections import defaultdict
from collections.abc import Iterable

from quellenlage.actors import key as actor_key
from quellenlage.ledger.claims import (
    Claim,
    Item,
    channels,
    corroborations,
    join,
    place,
    rank,
    record,
    stable_ids,
)
from quellenlage.ledger.dropped import mark_dropped
from quellenlage.ledger.status import link_signals, react
from quellenlage.ledger.tensions import mark_tensions
from quellenlage.ledger.terms import content_terms, overlap, verb_lemmas
from quellenlage.model import Article, Ledger, Polarity, Statement, Story, timestamp
from quellenlage.nlp.de import ledger as data

__all__ = ["build", "content_terms", "overlap"]


#: A statement needs this many content lemmas to be a claim ("zeigte sich offen" is none).
MIN_CLAIM_TERMS = 2


def build(story: Story, articles: Iterable[Article]) -> Ledger:
    """The ledger of one story from its member articles."""
    ordered = sorted(
        articles,
        key=lambda a: (timestamp(a.published), story.members.index(a.id) if a.id in story.members else 0),
    )
    claims: list[Claim] = []
    by_origin: dict[tuple[str, str], list[Claim]] = {}
    signals: list[Item] = []
    reactions: list[Item] = []
    origin_media: dict[str, list[str]] = defaultdict(list)
    position = 0
    for article in ordered:
        last: tuple[str, int, Claim] | None = None  # origin, paragraph and claim of the statement before
        for st in article.statements:
            position += 1
            if st.nested_in is not None or not st.actor:
                continue
            text = article.spans_text(st.message)
            item = Item(
                article, st, content_terms(text), actor_key(st.actor), position, text, verb_lemmas(text)
            )
            if st.medium is not None:
                for name in channels(article.span_text(st.medium) or ""):
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
                join(item, last[2], by_origin)  # the same origin goes on about the same subject
            else:
                last = (item.origin, paragraph, place(item, claims, by_origin))
    for claim in claims:
        own = [
            n
            for i in claim.items
            if i.statement.medium
            for n in channels(i.article.span_text(i.statement.medium) or "")
        ]
        claim.channels = list(dict.fromkeys(own + origin_media.get(claim.origin_key, [])))
    unlinked = link_signals(signals, claims)
    for item in reactions:
        react(item, claims)
    mark_dropped(ordered, claims)
    mark_tensions(claims)
    stable_ids(claims)
    claims.sort(key=rank)
    wire = set(story.wire)
    others = corroborations(claims)
    return Ledger(
        story.id,
        tuple(record(c, story.id, n, wire, others[c.id]) for n, c in enumerate(claims, start=1)),
        tuple(unlinked),
    )


def _paragraph(article: Article, st: Statement) -> int:
    """The index of the paragraph a statement starts in."""
    start = min(s.start for s in (*st.cue, *st.message))
    return next((n for n, p in enumerate(article.paragraphs) if p.start <= start < p.end), -1)


def _evaluative(article: Article, st: Statement) -> bool:
    """A statement that evaluates a claim rather than makes one ("bezeichnete … als «historisch»")."""
    cue = article.spans_text(st.cue).lower()
    return any(stem in cue for stem in data.EVALUATIVE_CUES)
