"""The embedded SQLite store: one file, WAL journal, numbered migrations."""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from quellenlage.errors import StoreError, UsageError
from quellenlage.model import (
    Actor,
    ActorKind,
    Article,
    Carrier,
    Channel,
    Claim,
    ClaimStatus,
    DroppedAttribution,
    Format,
    IndexDelta,
    Ledger,
    Paragraph,
    Polarity,
    Reaction,
    Rejection,
    Removed,
    RemovedKind,
    Role,
    Signal,
    Span,
    Statement,
    StatementForm,
    Story,
    timestamp,
)
from quellenlage.store import ArticleSummary, ClaimFilter, Origin, migrations


def _spans(spans: tuple[Span, ...]) -> str:
    return json.dumps([[s.start, s.end] for s in spans])


def _span(span: Span | None) -> str | None:
    return None if span is None else json.dumps([span.start, span.end])


def _load_spans(raw: str) -> tuple[Span, ...]:
    return tuple(Span(a, b) for a, b in json.loads(raw))


def _load_span(raw: str | None) -> Span | None:
    if raw is None:
        return None
    a, b = json.loads(raw)
    return Span(a, b)


_STATEMENT_COLUMNS = ", ".join(
    (
        "id form cue message source actor addressee medium time frame nested_in polarity channel answers "
        "confidence"
    ).split()
)


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def _iso(when: datetime | None) -> str | None:
    return when.isoformat() if when else None


def _parse(raw: str | None) -> datetime | None:
    return datetime.fromisoformat(raw) if raw else None


def _chunks(items: Sequence[str], size: int = 500) -> Iterator[list[str]]:
    """Pieces of at most ``size``: SQLite limits the parameters of one statement."""
    for k in range(0, len(items), size):
        yield list(items[k : k + size])


_SIGNAL_COLUMNS = 'claim, article, outlet, statement, actor, polarity, start, "end"'


def _signal(row: tuple[Any, ...]) -> Signal:
    """A Signal from a row that starts with ``_SIGNAL_COLUMNS`` (signals, reactions)."""
    _claim, aid, outlet, statement, actor, polarity, start, end = row[:8]
    return Signal(aid, outlet, statement, actor, Polarity(polarity), Span(start, end))


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


#: How long a writer waits for another process's write transaction, in seconds.
BUSY_S = 300
#: The page cache, in KiB.
CACHE_KB = 262_144


class SqliteStore:
    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            if path.parent and not path.parent.exists():
                path.parent.mkdir(parents=True, exist_ok=True)
            # a writer waits for another one's transaction, such as a batch of story assignment
            self.db = sqlite3.connect(path, isolation_level=None, timeout=BUSY_S)
            self.db.execute(f"PRAGMA busy_timeout={BUSY_S * 1000}")
            self._wal()
            # in WAL mode, NORMAL keeps every commit across a crash of the process (kill -9); only a power
            # loss may undo the last ones. The page cache holds the pages a batch of story assignment
            # changes, so that they are written once, at its commit.
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute(f"PRAGMA cache_size=-{CACHE_KB}")
            self.db.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except (sqlite3.Error, OSError) as err:
            raise StoreError("E301", path=str(path), detail=str(err)) from err

    def _wal(self) -> None:
        """Switch to the WAL journal. SQLite does not wait on a busy file for this switch, so a process
        that opens a new file while another one creates it retries for up to 30 seconds."""
        for attempt in range(300):
            try:
                self.db.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as err:
                if "locked" not in str(err) or attempt == 299:
                    raise
                time.sleep(0.1)

    # --- schema -----------------------------------------------------------------------------

    def _migrate(self) -> None:
        """Apply the migrations this file lacks. The version is read under the write lock, so two
        processes that open a new file at once take turns: the second finds the first one's tables."""
        steps = migrations()
        known = steps[-1][0] if steps else 0
        if self._version() == known:
            return  # the common case, without taking the write lock
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            current = self._version()
            if current > known:
                raise StoreError("E302", path=str(self.path), found=current, known=known)
            for version, sql in steps:
                if version <= current:
                    continue
                for statement in sql.split(";\n"):
                    if statement.strip():
                        self.db.execute(statement)
                self.db.execute("INSERT INTO schema_version (version) VALUES (?)", (version,))
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def _version(self) -> int:
        try:
            row = self.db.execute("SELECT max(version) FROM schema_version").fetchone()
        except sqlite3.OperationalError:  # no such table: a new file
            return 0
        return int(row[0] or 0)

    def schema_version(self) -> int:
        return self._version()

    # --- writes -----------------------------------------------------------------------------

    def add_article(self, article: Article) -> tuple[bool, str]:
        aid = article.id
        now = _now()
        own = not self.db.in_transaction  # inside Store.writing() the caller's transaction holds it
        if own:
            self.db.execute("BEGIN IMMEDIATE")
        try:
            exists = self.db.execute("SELECT 1 FROM articles WHERE id = ?", (aid,)).fetchone()
            if not exists:
                self._insert(article, now)
            self.db.execute(
                "INSERT OR IGNORE INTO article_origins (article_id, origin, seen_at, outlet, url, published,"
                " placed) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    aid,
                    article.origin,
                    now,
                    article.outlet,
                    article.url,
                    article.published.isoformat() if article.published else None,
                    0,  # waits for the story index: the article's first origin, or a copy's outlet
                ),
            )
            if own:
                self.db.execute("COMMIT")
        except BaseException:
            if own:
                self.db.execute("ROLLBACK")
            raise
        return not exists, aid

    def _insert(self, article: Article, now: str) -> None:
        self.db.execute(
            "INSERT INTO articles (id, text, title, outlet, url, published, timezone, language, authors,"
            " agencies, format, origin, ingested_at, fetched, warnings)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article.id,
                article.text,
                article.title,
                article.outlet,
                article.url,
                article.published.isoformat() if article.published else None,
                article.timezone,
                article.language,
                json.dumps(list(article.authors), ensure_ascii=False),
                json.dumps(list(article.agencies), ensure_ascii=False),
                str(article.format),
                article.origin,
                now,
                article.fetched.isoformat() if article.fetched else None,
                json.dumps(list(article.warnings), ensure_ascii=False),
            ),
        )
        self.db.executemany(
            'INSERT INTO paragraphs (article_id, position, role, start, "end") VALUES (?, ?, ?, ?, ?)',
            [(article.id, i, str(p.role), p.start, p.end) for i, p in enumerate(article.paragraphs)],
        )
        self.db.executemany(
            "INSERT INTO removed (article_id, position, kind, text) VALUES (?, ?, ?, ?)",
            [(article.id, i, str(r.kind), r.text) for i, r in enumerate(article.removed)],
        )
        self.db.executemany(
            f"INSERT INTO statements (article_id, position, {_STATEMENT_COLUMNS})"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    article.id,
                    i,
                    s.id,
                    str(s.form),
                    _spans(s.cue),
                    _spans(s.message),
                    _span(s.source),
                    s.actor,
                    _span(s.addressee),
                    _span(s.medium),
                    _span(s.time),
                    _spans(s.frame),
                    s.nested_in,
                    str(s.polarity),
                    str(s.channel),
                    _spans(s.answers),
                    s.confidence,
                )
                for i, s in enumerate(article.statements)
            ],
        )

    def add_rejection(self, rejection: Rejection) -> None:
        self.db.execute(
            "INSERT INTO rejections (origin, code, stage, reason, created_at) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT (origin, code) DO UPDATE SET seen = seen + 1, reason = excluded.reason",
            (rejection.origin, rejection.code, rejection.stage, rejection.reason, _now()),
        )

    # --- reads ------------------------------------------------------------------------------

    def articles(self) -> list[ArticleSummary]:
        rows = self.db.execute(
            "SELECT id, title, outlet, published, origin FROM articles"
            " ORDER BY published IS NULL, published, id"
        )
        return [ArticleSummary(*row) for row in rows]

    def article(self, ref: str) -> Article:
        ref = ref.strip().lower()
        rows = self.db.execute(
            "SELECT id, text, outlet, url, published, timezone, language, authors, agencies, format, origin,"
            " fetched, warnings FROM articles WHERE id >= ? AND id < ? LIMIT 2",
            (ref, ref + "\uffff"),
        ).fetchall()
        if not ref or not rows:
            raise UsageError("E401", ref=ref)
        if len(rows) > 1:
            count = self.db.execute(
                "SELECT count(*) FROM articles WHERE id >= ? AND id < ?", (ref, ref + "\uffff")
            ).fetchone()[0]
            raise UsageError("E402", ref=ref, count=count)
        (
            aid,
            text,
            outlet,
            url,
            published,
            zone,
            language,
            authors,
            agencies,
            fmt,
            origin,
            fetched,
            warned,
        ) = rows[0]
        paragraphs = tuple(
            Paragraph(Role(role), start, end)
            for role, start, end in self.db.execute(
                'SELECT role, start, "end" FROM paragraphs WHERE article_id = ? ORDER BY position', (aid,)
            )
        )
        removed = tuple(
            Removed(RemovedKind(kind), rtext)
            for kind, rtext in self.db.execute(
                "SELECT kind, text FROM removed WHERE article_id = ? ORDER BY position", (aid,)
            )
        )
        return Article(
            text=text,
            paragraphs=paragraphs,
            removed=removed,
            statements=self._statements(aid),
            authors=tuple(json.loads(authors)),
            agencies=tuple(json.loads(agencies)),
            outlet=outlet,
            url=url,
            published=datetime.fromisoformat(published) if published else None,
            timezone=zone,
            language=language,
            origin=origin,
            format=Format(fmt),
            fetched=datetime.fromisoformat(fetched) if fetched else None,
            warnings=tuple(json.loads(warned)),
        )

    def _statements(self, article_id: str) -> tuple[Statement, ...]:
        rows = self.db.execute(
            f"SELECT {_STATEMENT_COLUMNS} FROM statements WHERE article_id = ? ORDER BY position",
            (article_id,),
        )
        return tuple(
            Statement(
                id=sid,
                form=StatementForm(form),
                cue=_load_spans(cue),
                message=_load_spans(message),
                source=_load_span(source),
                actor=actor,
                addressee=_load_span(addressee),
                medium=_load_span(medium),
                time=_load_span(time),
                frame=_load_spans(frame),
                nested_in=nested_in,
                polarity=Polarity(polarity),
                channel=Channel(channel),
                answers=_load_spans(answers),
                confidence=confidence,
            )
            for (
                sid,
                form,
                cue,
                message,
                source,
                actor,
                addressee,
                medium,
                time,
                frame,
                nested_in,
                polarity,
                channel,
                answers,
                confidence,
            ) in rows
        )

    def _statement_where(self, actor: str | None) -> tuple[str, list[Any]]:
        return (" WHERE lower(actor) LIKE ?", [f"%{actor.lower()}%"]) if actor else ("", [])

    def statements(
        self, actor: str | None = None, limit: int | None = None, offset: int = 0
    ) -> list[tuple[Article, Statement]]:
        """Statements across articles by article id and place, optionally only those whose actor contains
        ``actor``, a page at a time; each article on the page is read once."""
        where, args = self._statement_where(actor)
        rows = self.db.execute(
            f"SELECT article_id, position FROM statements{where}"
            " ORDER BY article_id, position LIMIT ? OFFSET ?",
            [*args, -1 if limit is None else limit, offset],
        ).fetchall()
        return self._statements_at(rows)

    def _statements_at(self, rows: list[tuple[str, int]]) -> list[tuple[Article, Statement]]:
        """The statements at (article id, position), each article read once."""
        loaded: dict[str, Article] = {}
        out: list[tuple[Article, Statement]] = []
        for aid, position in rows:
            if aid not in loaded:
                loaded[aid] = self.article(aid)
            out.append((loaded[aid], loaded[aid].statements[position]))
        return out

    def count_statements(self, actor: str | None = None) -> int:
        where, args = self._statement_where(actor)
        return int(self.db.execute(f"SELECT count(*) FROM statements{where}", args).fetchone()[0])

    @contextmanager
    def writing(self) -> Iterator[None]:
        if self.db.in_transaction:  # nested: the outer transaction commits or rolls back
            yield
            return
        try:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                with suppress(sqlite3.Error):  # no transaction left to roll back
                    self.db.execute("ROLLBACK")
                raise
            self.db.execute("COMMIT")
        except sqlite3.Error as error:  # a read-only file, a full disk, a lock held past the timeout
            raise StoreError("E303", path=str(self.path), detail=str(error)) from error

    def clear_story_state(self) -> None:
        for table in (
            "index_meta",
            "index_df",
            "index_postings",
            "index_stories",
            "index_bands",
            "index_articles",
        ):
            self.db.execute(f"DELETE FROM {table}")
        self.db.execute("DELETE FROM stories")  # members, claims and their evidence go with them
        self.db.execute("DELETE FROM actors")  # their spellings and statements go with them
        self.db.execute("UPDATE article_origins SET placed = 0")

    def has_origin(self, origin: str) -> bool:
        return (
            self.db.execute("SELECT 1 FROM article_origins WHERE origin = ? LIMIT 1", (origin,)).fetchone()
            is not None
        )

    def origins(self, article_id: str) -> list[str]:
        rows = self.db.execute(
            "SELECT origin FROM article_origins WHERE article_id = ? ORDER BY seen_at, rowid", (article_id,)
        )
        return [r[0] for r in rows]

    def copies(self, article_id: str) -> list[Origin]:
        rows = self.db.execute(
            "SELECT origin, outlet, url, published, feed FROM article_origins WHERE article_id = ?"
            " ORDER BY seen_at, rowid",
            (article_id,),
        )
        return [Origin(*row) for row in rows]

    def unplaced(self) -> list[tuple[str, Origin]]:
        rows = self.db.execute(
            "SELECT article_id, origin, outlet, url, published, feed FROM article_origins WHERE placed = 0"
            " ORDER BY rowid"
        )
        return [(aid, Origin(*rest)) for aid, *rest in rows]

    def mark_placed(self, article_id: str, origin: str) -> None:
        self.db.execute(
            "UPDATE article_origins SET placed = 1 WHERE article_id = ? AND origin = ?", (article_id, origin)
        )

    # --- the story index ------------------------------------------------------------------------

    def index_documents(self) -> int:
        row = self.db.execute("SELECT value FROM index_meta WHERE key = 'documents'").fetchone()
        return 0 if row is None else int(row[0])

    def index_df(self, terms: Sequence[str]) -> dict[str, int]:
        return self._pairs("SELECT term, df FROM index_df WHERE term IN", terms)

    def index_postings(self, terms: Sequence[str]) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for term, story in self._rows_in(
            "SELECT term, story FROM index_postings WHERE term IN", terms, "ORDER BY term, seq"
        ):
            out.setdefault(term, []).append(story)
        return out

    def index_stories(self, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        rows = self._rows_in("SELECT id, state FROM index_stories WHERE id IN", ids)
        return {sid: json.loads(state) for sid, state in rows}

    def index_story_ids(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT id FROM index_stories ORDER BY id")]

    def index_story_count(self) -> int:
        row = self.db.execute("SELECT value FROM index_meta WHERE key = 'stories'").fetchone()
        if row is not None:
            return int(row[0])
        # an index written before the count was kept: count once; the next write keeps it
        return int(self.db.execute("SELECT count(*) FROM index_stories").fetchone()[0])

    def index_story_last(self, ids: Sequence[str]) -> dict[str, float | None]:
        return self._pairs("SELECT id, last_ts FROM index_stories WHERE id IN", ids)

    def index_band_members(self, keys: Sequence[tuple[int, bytes]]) -> set[str]:
        out: set[str] = set()
        for band, value in keys:
            out.update(
                r[0]
                for r in self.db.execute(
                    "SELECT article FROM index_bands WHERE band = ? AND hash = ?", (band, value)
                )
            )
        return out

    def index_articles(self, ids: Sequence[str]) -> dict[str, tuple[str, str | None, bytes]]:
        rows = self._rows_in(
            "SELECT article, story, outlet, signature FROM index_articles WHERE article IN", ids
        )
        return {aid: (story, outlet, bytes(signature)) for aid, story, outlet, signature in rows}

    def index_write(self, delta: IndexDelta) -> None:
        """Add one batch of the story index (inside ``writing``)."""
        db = self.db
        db.executemany(
            "INSERT INTO index_meta (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [("documents", delta.documents), ("stories", delta.story_count)],
        )
        db.executemany(
            "INSERT INTO index_df (term, df) VALUES (?, ?)"
            " ON CONFLICT (term) DO UPDATE SET df = df + excluded.df",
            sorted(delta.df.items()),
        )
        for term, story in delta.postings:
            (last,) = db.execute("SELECT max(seq) FROM index_postings WHERE term = ?", (term,)).fetchone()
            seq = (last or 0) + 1
            db.execute("INSERT INTO index_postings (term, seq, story) VALUES (?, ?, ?)", (term, seq, story))
            db.execute(
                "DELETE FROM index_postings WHERE term = ? AND seq <= ?", (term, seq - delta.posting_limit)
            )
        db.executemany(
            "INSERT INTO index_stories (id, state, last_ts) VALUES (?, ?, ?)"
            " ON CONFLICT (id) DO UPDATE SET state = excluded.state, last_ts = excluded.last_ts",
            [
                (sid, json.dumps(state, ensure_ascii=False, sort_keys=True), delta.story_last.get(sid))
                for sid, state in sorted(delta.stories.items())  # the same index, the same bytes
            ],
        )
        db.executemany(
            "INSERT OR IGNORE INTO index_bands (band, hash, article) VALUES (?, ?, ?)", delta.bands
        )
        db.executemany(
            "INSERT INTO index_articles (article, story, outlet, signature) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (article) DO UPDATE SET story = excluded.story, outlet = excluded.outlet,"
            " signature = excluded.signature",
            delta.articles,
        )

    # --- stories and their ledgers ------------------------------------------------------------

    def save_story(self, story: Story, ledger: Ledger, rules: int) -> None:
        """Replace a story, its members and its ledger (inside ``writing``)."""
        db = self.db
        db.execute("DELETE FROM stories WHERE id = ?", (story.id,))  # cascades to members and claims
        db.execute(
            "INSERT INTO stories (id, label, first_seen, last_seen, last_ts, articles, outlets, independent,"
            " rules) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                story.id,
                story.label,
                _iso(story.first_seen),
                _iso(story.last_seen),
                timestamp(story.last_seen) if story.last_seen else None,
                len(story.members),
                _json(list(story.outlets)),
                _json(list(story.independent_outlets)),
                rules,
            ),
        )
        wire, copies = set(story.wire), dict(story.duplicates)
        db.executemany(
            "INSERT INTO story_members (story, position, article, wire, duplicate_of) VALUES (?, ?, ?, ?, ?)",
            [(story.id, n, aid, aid in wire, copies.get(aid)) for n, aid in enumerate(story.members)],
        )
        for c in ledger.claims:
            db.execute(
                "INSERT INTO claims (id, story, rank, origin, origin_key, status, confidence, single_source,"
                " wire_only, first_seen, last_seen, first_ts, gist_article, gist, channels)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    c.id,
                    story.id,
                    c.rank,
                    c.origin,
                    c.origin_key,
                    str(c.status),
                    c.confidence,
                    c.single_source,
                    c.wire_only,
                    c.first_seen,
                    c.last_seen,
                    timestamp(_parse(c.first_seen)) if c.first_seen else None,
                    c.gist_article,
                    _spans(c.gist),
                    _json(list(c.channels)),
                ),
            )
            db.executemany(
                "INSERT INTO claim_carriers (claim, position, outlet, article, statements, forms, messages,"
                " wire) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        c.id,
                        n,
                        x.outlet,
                        x.article,
                        _json(list(x.statements)),
                        _json([str(f) for f in x.forms]),
                        _json([[[s.start, s.end] for s in m] for m in x.messages]),
                        x.wire,
                    )
                    for n, x in enumerate(c.carriers)
                ],
            )
            self._signals(story.id, c.id, c.evidence)
            db.executemany(
                "INSERT INTO reactions (claim, position, article, outlet, statement, actor, polarity, start,"
                ' "end", message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
                [
                    (
                        c.id,
                        n,
                        r.said.article,
                        r.said.outlet,
                        r.said.statement,
                        r.said.actor,
                        str(r.said.polarity),
                        r.said.span.start,
                        r.said.span.end,
                        _spans(r.message),
                    )
                    for n, r in enumerate(c.reactions)
                ],
            )
            db.executemany(
                'INSERT INTO dropped_attributions (claim, position, article, outlet, role, start, "end")'
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (c.id, n, d.article, d.outlet, str(d.role), d.span.start, d.span.end)
                    for n, d in enumerate(c.dropped)
                ],
            )
            db.executemany(
                "INSERT INTO claim_links (claim, kind, position, other) VALUES (?, ?, ?, ?)",
                [(c.id, "tension", n, o) for n, o in enumerate(c.tension_with)]
                + [(c.id, "corroboration", n, o) for n, o in enumerate(c.corroborated_by)],
            )
        self._signals(story.id, None, ledger.unlinked)

    def _signals(self, story: str, claim: str | None, signals: tuple[Signal, ...]) -> None:
        self.db.executemany(
            "INSERT INTO signals (story, claim, position, article, outlet, statement, actor, polarity, start,"
            ' "end") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
            [
                (
                    story,
                    claim,
                    n,
                    g.article,
                    g.outlet,
                    g.statement,
                    g.actor,
                    str(g.polarity),
                    g.span.start,
                    g.span.end,
                )
                for n, g in enumerate(signals)
            ],
        )

    _STORY_COLUMNS = "id, label, first_seen, last_seen, outlets, independent"

    def stories(self, limit: int | None = None, offset: int = 0) -> list[Story]:
        rows = self.db.execute(
            f"SELECT {self._STORY_COLUMNS} FROM stories ORDER BY id LIMIT ? OFFSET ?",
            (-1 if limit is None else limit, offset),
        ).fetchall()
        return self._stories(rows)

    def story(self, story_id: str) -> Story | None:
        rows = self.db.execute(
            f"SELECT {self._STORY_COLUMNS} FROM stories WHERE id = ?", (story_id.strip().upper(),)
        ).fetchall()
        found = self._stories(rows)
        return found[0] if found else None

    def article_count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM articles").fetchone()[0])

    def story_count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM stories").fetchone()[0])

    def story_rules(self) -> set[int]:
        return {int(r[0]) for r in self.db.execute("SELECT DISTINCT rules FROM stories")}

    def _stories(self, rows: list[tuple[Any, ...]]) -> list[Story]:
        members: dict[str, list[tuple[str, bool, str | None]]] = {r[0]: [] for r in rows}
        for sid, aid, wire, copy in self._rows_in(
            "SELECT story, article, wire, duplicate_of FROM story_members WHERE story IN",
            list(members),
            "ORDER BY story, position",
        ):
            members[sid].append((aid, bool(wire), copy))
        return [
            Story(
                id=sid,
                label=label,
                members=tuple(m[0] for m in members[sid]),
                first_seen=_parse(first),
                last_seen=_parse(last),
                outlets=tuple(json.loads(outlets)),
                independent_outlets=tuple(json.loads(independent)),
                wire=tuple(m[0] for m in members[sid] if m[1]),
                duplicates=tuple((m[0], m[2]) for m in members[sid] if m[2] is not None),
            )
            for sid, label, first, last, outlets, independent in rows
        ]

    def ledger(self, story_id: str) -> Ledger:
        claims = self.claims(ClaimFilter(story=story_id))
        unlinked = self.db.execute(
            f"SELECT {_SIGNAL_COLUMNS} FROM signals WHERE story = ? AND claim IS NULL ORDER BY position",
            (story_id,),
        )
        return Ledger(story_id, tuple(claims), tuple(_signal(row) for row in unlinked))

    def _claim_where(self, f: ClaimFilter) -> tuple[str, list[Any]]:
        where: list[str] = ["1"]
        args: list[Any] = []
        if f.story:
            where.append("story = ?")
            args.append(f.story.strip().upper())
        if f.status:
            where.append("status = ?")
            args.append(str(f.status))
        if f.origin_key:
            where.append("(origin_key = ? OR ' ' || origin_key || ' ' LIKE ?)")
            args += [f.origin_key, f"% {f.origin_key} %"]
        if f.outlet:
            where.append("id IN (SELECT claim FROM claim_carriers WHERE outlet = ?)")
            args.append(f.outlet)
        if f.since is not None:
            where.append("first_ts >= ?")
            args.append(f.since)
        if f.until is not None:
            where.append("first_ts < ?")
            args.append(f.until)
        if f.single_source:
            where.append("single_source = 1")
        if f.min_confidence is not None:
            where.append("confidence >= ?")
            args.append(f.min_confidence)
        return " AND ".join(where), args

    def count_claims(self, f: ClaimFilter) -> int:
        where, args = self._claim_where(f)
        return int(self.db.execute(f"SELECT count(*) FROM claims WHERE {where}", args).fetchone()[0])

    def claims(self, f: ClaimFilter, limit: int | None = None, offset: int = 0) -> list[Claim]:
        """Stored claims matching ``f``, by story and rank; the cost grows with the answer."""
        where, args = self._claim_where(f)
        rows = self.db.execute(
            "SELECT id, story, rank, origin, origin_key, status, confidence, first_seen, last_seen,"
            f" gist_article, gist, channels FROM claims WHERE {where} ORDER BY story, rank LIMIT ? OFFSET ?",
            [*args, -1 if limit is None else limit, offset],
        ).fetchall()
        ids = [r[0] for r in rows]
        carriers: dict[str, list[Carrier]] = {i: [] for i in ids}
        evidence: dict[str, list[Signal]] = {i: [] for i in ids}
        reactions: dict[str, list[Reaction]] = {i: [] for i in ids}
        dropped: dict[str, list[DroppedAttribution]] = {i: [] for i in ids}
        links: dict[tuple[str, str], list[str]] = {}
        for cid, outlet, aid, statements, forms, messages, wire in self._rows_in(
            "SELECT claim, outlet, article, statements, forms, messages, wire FROM claim_carriers"
            " WHERE claim IN",
            ids,
            "ORDER BY claim, position",
        ):
            carriers[cid].append(
                Carrier(
                    outlet,
                    aid,
                    tuple(json.loads(statements)),
                    tuple(StatementForm(x) for x in json.loads(forms)),
                    tuple(tuple(Span(a, b) for a, b in m) for m in json.loads(messages)),
                    bool(wire),
                )
            )
        for row in self._rows_in(
            f"SELECT {_SIGNAL_COLUMNS} FROM signals WHERE claim IN", ids, "ORDER BY claim, position"
        ):
            evidence[row[0]].append(_signal(row))
        for row in self._rows_in(
            f"SELECT {_SIGNAL_COLUMNS}, message FROM reactions WHERE claim IN",
            ids,
            "ORDER BY claim, position",
        ):
            reactions[row[0]].append(Reaction(_signal(row), _load_spans(row[-1])))
        for cid, aid, outlet, role, start, end in self._rows_in(
            'SELECT claim, article, outlet, role, start, "end" FROM dropped_attributions WHERE claim IN',
            ids,
            "ORDER BY claim, position",
        ):
            dropped[cid].append(DroppedAttribution(aid, outlet, Role(role), Span(start, end)))
        for cid, kind, other in self._rows_in(
            "SELECT claim, kind, other FROM claim_links WHERE claim IN", ids, "ORDER BY claim, kind, position"
        ):
            links.setdefault((cid, kind), []).append(other)
        return [
            Claim(
                id=cid,
                story=story,
                rank=rank,
                origin=origin,
                origin_key=key,
                gist_article=gist_article,
                gist=_load_spans(gist),
                carriers=tuple(carriers[cid]),
                confidence=confidence,
                channels=tuple(json.loads(channels)),
                status=ClaimStatus(status),
                evidence=tuple(evidence[cid]),
                dropped=tuple(dropped[cid]),
                reactions=tuple(reactions[cid]),
                tension_with=tuple(links.get((cid, "tension"), ())),
                corroborated_by=tuple(links.get((cid, "corroboration"), ())),
                first_seen=first,
                last_seen=last,
            )
            for (
                cid,
                story,
                rank,
                origin,
                key,
                status,
                confidence,
                first,
                last,
                gist_article,
                gist,
                channels,
            ) in rows
        ]

    def _rows_in(self, select: str, ids: Sequence[str], tail: str = "") -> Iterator[Any]:
        """The rows of ``select`` (ending in ``IN``) for the given ids, a few hundred ids per statement;
        ``tail`` follows the id list (more conditions, an order within each piece: callers group the rows
        by id)."""
        for chunk in _chunks(sorted(set(ids))):
            yield from self.db.execute(f"{select} ({', '.join('?' * len(chunk))}) {tail}", chunk)

    def _pairs(self, select: str, ids: Sequence[str]) -> dict[Any, Any]:
        """``select`` (two columns, ending in ``IN``) for the given ids, as a dict."""
        return dict(self._rows_in(select, ids))

    def texts(self, article_ids: list[str]) -> dict[str, str]:
        """The frozen texts of the given articles, for rendering offsets."""
        return self._pairs("SELECT id, text FROM articles WHERE id IN", article_ids)

    def summaries(self, article_ids: list[str]) -> dict[str, ArticleSummary]:
        rows = self._rows_in(
            "SELECT id, title, outlet, published, origin FROM articles WHERE id IN", article_ids
        )
        return {row[0]: ArticleSummary(*row) for row in rows}

    def story_labels(self, story_ids: list[str]) -> dict[str, str]:
        return self._pairs("SELECT id, label FROM stories WHERE id IN", story_ids)

    # --- actors -------------------------------------------------------------------------------

    def add_mentions(self, article_id: str, mentions: list[tuple[str, str, str, int | None]]) -> list[str]:
        """Count one article's (actor key, spelling, spelling key, statement position or None) into the
        actors; returns the keys touched, whose names the caller then settles (inside ``writing``)."""
        db = self.db
        touched: list[str] = []
        for k, spelling, spelling_key, position in mentions:
            said = position is not None
            db.execute(
                "INSERT INTO actors (key, id, name, name_key, kind, statements, mentions)"
                " VALUES (?, ?, ?, ?, '', ?, ?) ON CONFLICT (key) DO UPDATE SET"
                " statements = statements + excluded.statements, mentions = mentions + excluded.mentions",
                (k, k.replace(" ", "-"), spelling, spelling_key, int(said), int(not said)),
            )
            db.execute(
                "INSERT INTO actor_aliases (actor, spelling, spelling_key, count) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (actor, spelling) DO UPDATE SET count = count + excluded.count",
                (k, spelling, spelling_key, int(said)),
            )
            if said:
                db.execute(
                    "INSERT INTO statement_actors (article, position, actor) VALUES (?, ?, ?)",
                    (article_id, position, k),
                )
            if k not in touched:
                touched.append(k)
        return touched

    def spellings(self, actor_key: str) -> dict[str, int]:
        rows = self.db.execute(
            "SELECT spelling, count FROM actor_aliases WHERE actor = ? ORDER BY spelling", (actor_key,)
        )
        return {spelling: int(count) for spelling, count in rows}

    def name_actor(self, actor_key: str, name: str, name_key: str, kind: ActorKind) -> None:
        self.db.execute(  # only a changed name is written: an unchanged row keeps its index pages clean
            "UPDATE actors SET name = ?, name_key = ?, kind = ? WHERE key = ?"
            " AND (name IS NOT ? OR name_key IS NOT ? OR kind IS NOT ?)",
            (name, name_key, str(kind), actor_key, name, name_key, str(kind)),
        )

    _ACTOR_COLUMNS = "key, id, name, kind, statements, mentions"

    def actors(self, limit: int | None = None, offset: int = 0) -> list[Actor]:
        """Actors, most quoted first, a page at a time."""
        rows = self.db.execute(
            f"SELECT {self._ACTOR_COLUMNS} FROM actors ORDER BY statements DESC, mentions DESC, name, key"
            " LIMIT ? OFFSET ?",
            (-1 if limit is None else limit, offset),
        ).fetchall()
        return self._actors(rows)

    def actor_count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM actors").fetchone()[0])

    def find_actor(self, wanted_key: str) -> tuple[str, Actor] | None:
        """(key, actor) of the most quoted actor whose name or a spelling has this key, or whose name
        holds it as a word ("selenski" finds Wolodymyr Selenskyj)."""
        rows = self.db.execute(
            f"SELECT {self._ACTOR_COLUMNS} FROM actors WHERE name_key = ? OR ' ' || name_key || ' ' LIKE ?"
            " OR key IN (SELECT actor FROM actor_aliases WHERE spelling_key = ?)"
            " ORDER BY statements DESC, mentions DESC, name, key LIMIT 1",
            (wanted_key, f"% {wanted_key} %", wanted_key),
        ).fetchall()
        found = self._actors(rows)
        return (rows[0][0], found[0]) if found else None

    def _actors(self, rows: list[tuple[Any, ...]]) -> list[Actor]:
        keys = [r[0] for r in rows]
        names = {r[0]: r[2] for r in rows}
        aliases: dict[str, list[str]] = {k: [] for k in keys}
        outlets: dict[str, list[str]] = {k: [] for k in keys}
        for k, spelling in self._rows_in(
            "SELECT a.actor, a.spelling FROM actor_aliases a JOIN actors r ON r.key = a.actor"
            " WHERE a.actor IN",
            keys,
            "AND (a.count > 0 OR r.statements = 0) ORDER BY a.actor, a.spelling",
        ):
            if spelling != names[k]:
                aliases[k].append(spelling)
        for k, outlet in self._rows_in(
            "SELECT DISTINCT s.actor, o.outlet FROM statement_actors s"
            " JOIN article_origins o ON o.article_id = s.article WHERE s.actor IN",
            keys,
            "AND o.outlet IS NOT NULL ORDER BY s.actor, o.outlet",
        ):
            outlets[k].append(outlet)
        return [
            Actor(
                id=aid,
                name=name,
                kind=ActorKind(kind),
                aliases=tuple(aliases[k]),
                statements=statements,
                outlets=tuple(sorted(outlets[k], key=lambda o: (o.casefold(), o))),
                mentions=mentions,
            )
            for k, aid, name, kind, statements, mentions in rows
        ]

    def actor_statements(self, actor_key: str) -> list[tuple[Article, Statement]]:
        """The statements an actor is the source of, by article id and place in the article."""
        rows = self.db.execute(
            "SELECT article, position FROM statement_actors WHERE actor = ? ORDER BY article, position",
            (actor_key,),
        ).fetchall()
        return self._statements_at(rows)

    def rejections(self) -> list[Rejection]:
        rows = self.db.execute("SELECT code, stage, reason, origin, created_at FROM rejections ORDER BY id")
        return [
            Rejection(code=c, stage=s, reason=r, origin=o, created_at=datetime.fromisoformat(t))
            for c, s, r, o, t in rows
        ]

    def close(self) -> None:
        self.db.close()
