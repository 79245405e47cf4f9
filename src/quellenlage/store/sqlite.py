"""The embedded SQLite store: one file, WAL journal, numbered migrations."""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from quellenlage.errors import StoreError, UsageError
from quellenlage.model import (
    Article,
    Channel,
    Format,
    Paragraph,
    Polarity,
    Rejection,
    Removed,
    RemovedKind,
    Role,
    Span,
    Statement,
    StatementForm,
)
from quellenlage.store import ArticleSummary, Origin, migrations


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


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class SqliteStore:
    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            if path.parent and not path.parent.exists():
                path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(path, isolation_level=None, timeout=30)
            self.db.execute("PRAGMA busy_timeout=30000")
            self._wal()
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
                    0 if exists else 1,  # a copy's outlet waits for the story index; the first is its own
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
            " agencies, format, origin, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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

    def arrivals(self) -> list[ArticleSummary]:
        rows = self.db.execute("SELECT id, title, outlet, published, origin FROM articles ORDER BY rowid")
        return [ArticleSummary(*row) for row in rows]

    def article(self, ref: str) -> Article:
        ref = ref.strip().lower()
        rows = self.db.execute(
            "SELECT id, text, outlet, url, published, timezone, language, authors, agencies, format, origin"
            " FROM articles WHERE id >= ? AND id < ? LIMIT 2",
            (ref, ref + "\uffff"),
        ).fetchall()
        if not ref or not rows:
            raise UsageError("E401", ref=ref)
        if len(rows) > 1:
            count = self.db.execute(
                "SELECT count(*) FROM articles WHERE id >= ? AND id < ?", (ref, ref + "\uffff")
            ).fetchone()[0]
            raise UsageError("E402", ref=ref, count=count)
        (aid, text, outlet, url, published, zone, language, authors, agencies, fmt, origin) = rows[0]
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

    def statements(self, actor: str | None = None) -> list[tuple[Article, Statement]]:
        """Statements across articles, optionally only those whose actor contains ``actor``."""
        sql = "SELECT DISTINCT article_id FROM statements"
        args: tuple[str, ...] = ()
        if actor:
            sql += " WHERE lower(actor) LIKE ?"
            args = (f"%{actor.lower()}%",)
        out: list[tuple[Article, Statement]] = []
        for (aid,) in self.db.execute(sql + " ORDER BY article_id", args).fetchall():
            art = self.article(aid)
            out.extend(
                (art, s) for s in art.statements if not actor or actor.lower() in (s.actor or "").lower()
            )
        return out

    @contextmanager
    def writing(self) -> Iterator[None]:
        if self.db.in_transaction:  # nested: the outer transaction commits or rolls back
            yield
            return
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def clear_story_state(self) -> None:
        self.db.execute("DELETE FROM story_index")
        self.db.execute("UPDATE article_origins SET placed = 0")

    def story_state(self) -> dict[str, Any] | None:
        row = self.db.execute("SELECT state FROM story_index WHERE id = 1").fetchone()
        return None if row is None else dict(json.loads(row[0]))

    def save_story_state(self, state: dict[str, Any]) -> None:
        self.db.execute(
            "INSERT INTO story_index (id, state) VALUES (1, ?)"
            " ON CONFLICT (id) DO UPDATE SET state = excluded.state",
            (json.dumps(state, ensure_ascii=False, sort_keys=True),),  # the same index, the same bytes
        )

    def all_articles(self) -> list[Article]:
        return [
            self.article(row[0]) for row in self.db.execute("SELECT id FROM articles ORDER BY id").fetchall()
        ]

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

    def unplaced_copies(self) -> list[tuple[str, Origin]]:
        rows = self.db.execute(
            "SELECT article_id, origin, outlet, url, published, feed FROM article_origins WHERE placed = 0"
            " ORDER BY rowid"
        )
        return [(aid, Origin(*rest)) for aid, *rest in rows]

    def mark_placed(self, article_id: str, origin: str) -> None:
        self.db.execute(
            "UPDATE article_origins SET placed = 1 WHERE article_id = ? AND origin = ?", (article_id, origin)
        )

    def rejections(self) -> list[Rejection]:
        rows = self.db.execute("SELECT code, stage, reason, origin, created_at FROM rejections ORDER BY id")
        return [
            Rejection(code=c, stage=s, reason=r, origin=o, created_at=datetime.fromisoformat(t))
            for c, s, r, o, t in rows
        ]

    def close(self) -> None:
        self.db.close()
