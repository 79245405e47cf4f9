"""The SQLite store: migrations, idempotent articles, atomic writes, rejections."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from quellenlage.clean import clean
from quellenlage.errors import StoreError, UsageError
from quellenlage.model import Article, Format, Metadata, Rejection, SourceDoc
from quellenlage.store import Store, migrations, open_store
from quellenlage.store.sqlite import SqliteStore

TEXT = (
    "Haushalt beschlossen\n\nPubliziert 3. März 2026, 18:40\n\nVon Karin Muster\n\n"
    "Der Stadtrat hat am Montag über den Haushalt beraten. Er stimmte knapp zu.\n\nDer Saal.\nFoto: dpa"
)


def article(text: str = TEXT, origin: str = "a.txt") -> Article:
    return clean(
        SourceDoc(origin, Format.TEXT, text, Metadata(outlet="Stadtblatt", url="https://s.example/a"))
    )


def test_round_trip_keeps_every_field(store: Store) -> None:
    a = article()
    assert store.add_article(a) == (True, a.id)
    back = store.article(a.id)
    assert back == a


def test_same_article_is_stored_once_and_every_origin_is_kept(store: Store) -> None:
    a = article()
    b = article(origin="copy.txt")
    assert store.add_article(a)[0] is True
    assert store.add_article(b) == (False, a.id)
    assert len(store.articles()) == 1
    assert store.origins(a.id) == ["a.txt", "copy.txt"]


def test_lookup_by_prefix(store: Store) -> None:
    a = article()
    store.add_article(a)
    assert store.article(a.id[:6]).id == a.id
    with pytest.raises(UsageError) as info:
        store.article("zzzz")
    assert info.value.code == "E401"


def test_ambiguous_prefix(store: Store) -> None:
    ids = set()
    for i in range(40):
        a = article(TEXT + f"\n\nZusatz Nummer {i} steht hier.")
        store.add_article(a)
        ids.add(a.id[0])
    prefix = next(c for c in "0123456789abcdef" if sum(1 for s in store.articles() if s.id.startswith(c)) > 1)
    with pytest.raises(UsageError) as info:
        store.article(prefix)
    assert info.value.code == "E402"


def test_rejections_are_stored_once_per_origin_and_code(store: Store) -> None:
    rej = Rejection(code="E103", stage="ingest", reason="file is empty", origin="e.txt")
    store.add_rejection(rej)
    store.add_rejection(rej)
    rows = store.rejections()
    assert [(r.code, r.origin, r.stage) for r in rows] == [("E103", "e.txt", "ingest")]
    assert rows[0].created_at is not None


def test_crash_mid_write_leaves_no_half_article(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = SqliteStore(tmp_path / "c.db")
    original = store.db

    class Failing:
        """Passes everything through, but fails on the write of removed material."""

        def __getattr__(self, name: str) -> object:
            return getattr(original, name)

        def executemany(self, sql: str, rows: object) -> object:
            if "INSERT INTO removed" in sql:
                raise sqlite3.OperationalError("disk I/O error")
            return original.executemany(sql, rows)  # type: ignore[arg-type]

    monkeypatch.setattr(store, "db", Failing())
    with pytest.raises(sqlite3.OperationalError):
        store.add_article(article())
    monkeypatch.setattr(store, "db", original)
    assert store.articles() == []
    assert original.execute("SELECT count(*) FROM paragraphs").fetchone()[0] == 0
    store.close()


def test_migrations_are_numbered_and_applied_once(tmp_path: Path) -> None:
    steps = migrations()
    assert [v for v, _ in steps] == list(range(1, len(steps) + 1))
    s = SqliteStore(tmp_path / "m.db")
    assert s.schema_version() == len(steps)
    s.close()
    s = SqliteStore(tmp_path / "m.db")
    assert s.schema_version() == len(steps)
    s.close()


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    s = SqliteStore(tmp_path / "n.db")
    s.db.execute("INSERT INTO schema_version (version) VALUES (999)")
    s.close()
    with pytest.raises(StoreError) as info:
        open_store(tmp_path / "n.db")
    assert info.value.code == "E302"


def test_unopenable_path(tmp_path: Path) -> None:
    (tmp_path / "dir.db").mkdir()
    with pytest.raises(StoreError) as info:
        open_store(tmp_path / "dir.db")
    assert info.value.code == "E301"


def test_statements_round_trip_with_every_part(store: Store) -> None:
    from quellenlage.attribution import attribute

    text = (
        "Haushalt beschlossen\n\nDie Ministerin Anna Berg sagte am Montag in einem ZDF-Interview, "
        "der Haushalt sei solide.\n\nNeue Schulden seien nicht nötig.\n\n"
        "Das Ministerium hat die Zahl nicht bestätigt."
    )
    a = attribute(clean(SourceDoc("a.txt", Format.TEXT, text)))
    assert len(a.statements) == 3
    store.add_article(a)
    back = store.article(a.id)
    assert back.statements == a.statements
    assert [s.actor for _art, s in store.statements("berg")] == ["Anna Berg", "Anna Berg"]
    every = [s.id for _art, s in store.statements()]
    assert len(every) == store.count_statements() == 3
    assert [s.id for _art, s in store.statements(limit=1, offset=1)] == every[1:2]
    assert store.count_statements("berg") == 2


def _open_and_close(path: str, barrier: Any, versions: Any) -> None:
    barrier.wait()  # all at once
    store = SqliteStore(Path(path))
    versions.put(store.schema_version())
    store.close()


def test_concurrent_first_opens_of_a_new_file_all_succeed(tmp_path: Path) -> None:
    """Twelve processes that open one new file at once: each finds the schema complete, none fails
    with "table already exists" (issue 9: 2 of 20 failed with E301)."""
    import multiprocessing

    ctx = multiprocessing.get_context("spawn")
    barrier, versions = ctx.Barrier(12), ctx.Queue()
    path = str(tmp_path / "new.db")
    workers = [ctx.Process(target=_open_and_close, args=(path, barrier, versions)) for _ in range(12)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(60)
    assert [w.exitcode for w in workers] == [0] * 12
    assert sorted(versions.get(timeout=5) for _ in workers) == [migrations()[-1][0]] * 12


@pytest.mark.parametrize("backend", ["sqlite", "memory"])
def test_the_story_index_keeps_what_a_batch_wrote(store: Store, backend: str) -> None:
    """Both backends of the story index answer alike: frequencies add up, a term keeps only its most
    recent postings in order, band members and signatures come back, stories by id and last seen, and
    the count of stories opened."""
    from quellenlage.model import IndexDelta
    from quellenlage.stories import IndexBackend, MemoryIndex

    index: IndexBackend = store if backend == "sqlite" else MemoryIndex()
    state = {"id": "S000002", "last": "2024-05-02T09:00:00+02:00", "members": ["a1"]}
    with store.writing():
        index.index_write(
            IndexDelta(
                documents=2,
                story_count=2,
                df={"brücke": 2, "fähre": 1},
                postings=[("brücke", f"S{n:06d}") for n in range(45)],
                stories={"S000002": state},
                story_last={"S000002": datetime.fromisoformat(state["last"]).timestamp()},
                bands=[(3, b"\x01\x02", "a1"), (3, b"\x01\x02", "a2")],
                articles=[("a1", "S000002", "Stadtblatt", b"\x00" * 8)],
                posting_limit=40,
            )
        )
        index.index_write(IndexDelta(documents=3, story_count=2, df={"brücke": 1}))
    assert index.index_documents() == 3
    assert index.index_df(["brücke", "fähre", "kran"]) == {"brücke": 3, "fähre": 1}
    assert index.index_postings(["brücke"])["brücke"] == [f"S{n:06d}" for n in range(5, 45)]
    assert index.index_band_members([(3, b"\x01\x02"), (4, b"\x01\x02")]) == {"a1", "a2"}
    assert index.index_articles(["a1", "zz"]) == {"a1": ("S000002", "Stadtblatt", b"\x00" * 8)}
    assert index.index_stories(["S000002"])["S000002"] == state
    assert index.index_story_ids() == ["S000002"] and index.index_story_count() == 2  # S000001 was opened
    (last,) = index.index_story_last(["S000002"]).values()
    assert last == datetime.fromisoformat("2024-05-02T07:00:00+00:00").timestamp()
