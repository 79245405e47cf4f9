"""Storage: one interface, with SQLite as the embedded default.

Schema changes are numbered SQL files in ``migrations/``, applied in order inside one write
transaction (two processes opening a new file at once take turns). An article is written in its own
transaction or in its caller's (``writing``: the pipeline writes a group of articles at once), so a crash
mid-ingest leaves no half-written article.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from quellenlage.model import (
    Actor,
    ActorKind,
    Article,
    Claim,
    ClaimStatus,
    IndexDelta,
    Ledger,
    Rejection,
    Statement,
    Story,
)

__all__ = ["MIGRATIONS", "ArticleSummary", "ClaimFilter", "Origin", "Store", "migrations", "open_store"]

MIGRATIONS = Path(__file__).with_name("migrations")


def migrations() -> list[tuple[int, str]]:
    """(version, SQL) for each numbered migration file, in order."""
    out = []
    for path in sorted(MIGRATIONS.glob("[0-9][0-9][0-9][0-9]_*.sql")):
        out.append((int(path.name[:4]), path.read_text(encoding="utf-8")))
    return out


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """One line of an article listing."""

    id: str
    title: str | None
    outlet: str | None
    published: str | None
    origin: str


@dataclass(frozen=True, slots=True)
class Origin:
    """One place an article was published: the same text from two outlets is one article, two origins."""

    origin: str  # the input it was read from (path, path:line, URL)
    outlet: str | None
    url: str | None
    published: str | None  # ISO 8601, as stored
    feed: str | None = None


@dataclass(frozen=True, slots=True)
class ClaimFilter:
    """Which stored claims to read; every field narrows, None and False do not."""

    story: str | None = None
    status: ClaimStatus | None = None
    origin_key: str | None = None  # the origin, keyed as actors are (a surname matches a full name)
    outlet: str | None = None  # an outlet that carries the claim
    since: float | None = None  # first seen at or after, seconds since the epoch
    until: float | None = None  # first seen before
    single_source: bool = False
    min_confidence: float | None = None


class Store(Protocol):
    def add_article(self, article: Article) -> tuple[bool, str]:
        """Store an article; (True, id) when new, (False, id of the stored twin) when already there."""
        ...

    def add_rejection(self, rejection: Rejection) -> None: ...

    def articles(self) -> Sequence[ArticleSummary]: ...

    def article(self, ref: str) -> Article:
        """The article whose id is or starts with ``ref``; E401 when none, E402 when several."""
        ...

    def origins(self, article_id: str) -> list[str]: ...

    def has_origin(self, origin: str) -> bool:
        """Whether an article was stored from ``origin``."""
        ...

    def copies(self, article_id: str) -> list[Origin]:
        """Every origin of an article with its own outlet, URL and published time, first seen first."""
        ...

    def unplaced(self) -> list[tuple[str, Origin]]:
        """(article id, origin) for each origin the story index has not counted yet, in the order they
        were stored: a new article's first origin, or a later copy's outlet."""
        ...

    def mark_placed(self, article_id: str, origin: str) -> None: ...

    def statements(
        self, actor: str | None = None, limit: int | None = None, offset: int = 0
    ) -> list[tuple[Article, Statement]]:
        """Statements by article id and place; ``actor`` keeps those whose actor contains it."""
        ...

    def count_statements(self, actor: str | None = None) -> int: ...

    def clear_story_state(self) -> None:
        """Forget the story index, the stories, ledgers and actors, and which origins were counted (for
        a rebuild, inside ``writing``)."""
        ...

    # the story index (structurally, quellenlage.stories.IndexBackend)
    def index_documents(self) -> int: ...

    def index_df(self, terms: Sequence[str]) -> dict[str, int]: ...

    def index_postings(self, terms: Sequence[str]) -> dict[str, list[str]]: ...

    def index_stories(self, ids: Sequence[str]) -> dict[str, dict[str, Any]]: ...

    def index_story_ids(self) -> list[str]: ...

    def index_story_count(self) -> int: ...

    def index_story_last(self, ids: Sequence[str]) -> dict[str, float | None]: ...

    def index_band_members(self, keys: Sequence[tuple[int, bytes]]) -> set[str]: ...

    def index_articles(self, ids: Sequence[str]) -> dict[str, tuple[str, str | None, bytes]]: ...

    def index_write(self, delta: IndexDelta) -> None: ...

    def save_story(self, story: Story, ledger: Ledger, rules: int) -> None:
        """Replace a story, its members and its claim ledger (inside ``writing``)."""
        ...

    def stories(self, limit: int | None = None, offset: int = 0) -> list[Story]:
        """Stored stories in the order they were opened, a page at a time."""
        ...

    def story(self, story_id: str) -> Story | None: ...

    def story_count(self) -> int: ...

    def article_count(self) -> int: ...

    def story_rules(self) -> set[int]:
        """The clustering rules versions the stored stories were made with."""
        ...

    def ledger(self, story_id: str) -> Ledger: ...

    def claims(self, f: ClaimFilter, limit: int | None = None, offset: int = 0) -> list[Claim]:
        """Stored claims matching ``f``, by story and rank; the cost grows with the answer."""
        ...

    def count_claims(self, f: ClaimFilter) -> int: ...

    def texts(self, article_ids: list[str]) -> dict[str, str]:
        """The frozen texts of the given articles, to render offsets with."""
        ...

    def summaries(self, article_ids: list[str]) -> dict[str, ArticleSummary]: ...

    def story_labels(self, story_ids: list[str]) -> dict[str, str]: ...

    def add_mentions(self, article_id: str, mentions: list[tuple[str, str, str, int | None]]) -> list[str]:
        """Count one article's (actor key, spelling, spelling key, statement position or None) into the
        stored actors; returns the keys touched (inside ``writing``)."""
        ...

    def spellings(self, actor_key: str) -> dict[str, int]:
        """An actor's spellings with how many statements use each."""
        ...

    def name_actor(self, actor_key: str, name: str, name_key: str, kind: ActorKind) -> None: ...

    def actors(self, limit: int | None = None, offset: int = 0) -> list[Actor]: ...

    def actor_count(self) -> int: ...

    def find_actor(self, wanted_key: str) -> tuple[str, Actor] | None: ...

    def actor_statements(self, actor_key: str) -> list[tuple[Article, Statement]]: ...

    def writing(self) -> AbstractContextManager[None]:
        """One write transaction, taken at once (other writers wait): what is read and written inside it
        stays consistent, and a failure inside it leaves nothing behind. Nested, it joins the outer one."""
        ...

    def rejections(self) -> list[Rejection]: ...

    def close(self) -> None: ...


def open_store(location: str | Path) -> Store:
    """Open (creating and migrating) the store at a file path."""
    from quellenlage.store.sqlite import SqliteStore

    return SqliteStore(Path(location))
