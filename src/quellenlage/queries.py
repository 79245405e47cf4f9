"""Reads: the one interface the CLI (and the API next) uses to read stored results.

Every read is a query on stored tables whose cost grows with the answer, not with the corpus: a page
of stories, one story with its ledger, claims filtered by story, outlet, actor, status, time and
confidence. Nothing here computes a corpus-level result; the pipeline stored them.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime

from quellenlage.actors import key
from quellenlage.attribution.confidence import threshold
from quellenlage.errors import UsageError
from quellenlage.model import Actor, Article, Claim, ClaimStatus, Ledger, Statement, Story, timestamp
from quellenlage.pipeline import stale
from quellenlage.store import ArticleSummary, ClaimFilter, Store

__all__ = [
    "ActorView",
    "ActorsPage",
    "ClaimQuery",
    "ClaimsPage",
    "StoriesPage",
    "StoryView",
    "actor",
    "actors",
    "claim_filter",
    "claims",
    "stale",
    "stories",
    "story",
]  # fmt: skip


@dataclass(frozen=True, slots=True)
class StoriesPage:
    stories: list[Story]
    total: int
    members: dict[str, ArticleSummary]  # every listed member's title, outlet and published time


@dataclass(frozen=True, slots=True)
class StoryView:
    story: Story
    members: dict[str, ArticleSummary]
    ledger: Ledger
    texts: dict[str, str]  # the texts the ledger's offsets point into


@dataclass(frozen=True, slots=True)
class ClaimQuery:
    """What a user asks of the claims; ``min_confidence`` None means the attribution model's threshold,
    ``all`` shows every claim whatever its confidence."""

    story: str | None = None
    status: str | None = None
    actor: str | None = None
    outlet: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    single_source: bool = False
    min_confidence: float | None = None
    all: bool = False
    limit: int | None = None
    offset: int = 0


@dataclass(frozen=True, slots=True)
class ClaimsPage:
    claims: list[Claim]
    total: int  # claims matching, over all pages
    hidden: int  # claims that match but fall below the confidence cut
    cut: float | None
    labels: dict[str, str]  # story id -> label
    texts: dict[str, str] = field(default_factory=dict)


def stories(store: Store, limit: int | None = None, offset: int = 0) -> StoriesPage:
    rows = store.stories(limit, offset)
    members = store.summaries([m for s in rows for m in s.members])
    return StoriesPage(rows, store.story_count(), members)


def story(store: Store, ref: str) -> StoryView:
    found = store.story(ref)
    if found is None:
        raise UsageError("E404", ref=ref)
    return StoryView(
        found, store.summaries(list(found.members)), store.ledger(found.id), store.texts(list(found.members))
    )


def claim_filter(q: ClaimQuery) -> ClaimFilter:
    status = None
    if q.status:
        try:
            status = ClaimStatus(q.status.replace("-", "_"))
        except ValueError as e:
            raise UsageError("E406", value=q.status, allowed=", ".join(ClaimStatus)) from e
    return ClaimFilter(
        story=q.story,
        status=status,
        origin_key=key(q.actor) if q.actor else None,
        outlet=q.outlet,
        since=timestamp(q.since) if q.since else None,
        until=timestamp(q.until) if q.until else None,
        single_source=q.single_source,
    )


def claims(store: Store, q: ClaimQuery) -> ClaimsPage:
    """Claims across stories (or of one), filtered, a page at a time, with the texts to render them."""
    base = claim_filter(q)
    cut = None if q.all else (q.min_confidence if q.min_confidence is not None else threshold())
    shown = replace(base, min_confidence=cut)
    total = store.count_claims(shown)
    hidden = store.count_claims(base) - total if cut is not None else 0
    rows = store.claims(shown, q.limit, q.offset)
    pointed = {c.gist_article for c in rows}
    for c in rows:
        pointed.update(x.article for x in c.carriers)
        pointed.update(e.article for e in c.evidence)
        pointed.update(r.said.article for r in c.reactions)
        pointed.update(d.article for d in c.dropped)
    return ClaimsPage(
        rows, total, hidden, cut, store.story_labels([c.story for c in rows]), store.texts(sorted(pointed))
    )


@dataclass(frozen=True, slots=True)
class ActorsPage:
    actors: list[Actor]
    total: int


@dataclass(frozen=True, slots=True)
class ActorView:
    actor: Actor
    said: list[tuple[Article, Statement]]  # the statements it is the source of


def actors(store: Store, limit: int | None = None, offset: int = 0) -> ActorsPage:
    return ActorsPage(store.actors(limit, offset), store.actor_count())


def actor(store: Store, name: str) -> ActorView:
    """The actor a name or spelling finds ("Selenski" finds Wolodymyr Selenskyj), with its statements."""
    found = store.find_actor(key(name)) if key(name) else None
    if found is None:
        raise UsageError("E405", name=name)
    actor_key, who = found
    return ActorView(who, store.actor_statements(actor_key))
