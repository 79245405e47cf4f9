"""One run, ten runs, and shuffled runs followed by ``rebuild`` give the same stories and claims (issue 9)."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest

from quellenlage import pipeline, queries, serialize
from quellenlage.model import timestamp
from quellenlage.pipeline import ingest_paths, rebuild, stale
from quellenlage.store import Store, open_store
from tests.test_crash import corpus


def _write(folder: Path, name: str, rows: list[dict[str, str]]) -> str:
    path = folder / name
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return str(path)


#: The corpus-level results; articles and origins differ between runs only by the files they came from.
CORPUS_TABLES = (
    "index_meta", "index_df", "index_postings", "index_stories", "index_bands", "index_articles",
    "stories", "story_members", "claims", "claim_carriers", "signals", "reactions",
    "dropped_attributions", "claim_links", "actors", "actor_aliases", "statement_actors",
)  # fmt: skip


def _result(store: Store) -> dict[str, Any]:
    """Every stored corpus-level row, and what the reads show: stories, every ledger, actors."""
    db = store.db  # type: ignore[attr-defined]
    out: dict[str, Any] = {
        table: sorted(db.execute(f"SELECT * FROM {table}").fetchall(), key=repr) for table in CORPUS_TABLES
    }
    page = queries.stories(store)
    out["stories --json"] = [serialize.story(s, page.members) for s in page.stories]
    out["ledgers"] = []
    for s in page.stories:
        view = queries.story(store, s.id)
        out["ledgers"].append(serialize.ledger(view.ledger, view.texts))
    out["actors --json"] = [serialize.actor(a) for a in queries.actors(store).actors]
    assert out["claims"] and out["actors"] and out["signals"]
    return out


def _in_time_order() -> list[dict[str, str]]:
    from datetime import datetime

    return sorted(corpus(), key=lambda r: timestamp(datetime.fromisoformat(r["published"])))


def test_one_run_ten_runs_and_shuffled_runs_with_rebuild_agree(tmp_path: Path) -> None:
    rows = _in_time_order()
    results = []
    one = open_store(tmp_path / "one.db")
    ingest_paths([_write(tmp_path, "all.jsonl", rows)], one)
    results.append(_result(one))
    ten = open_store(tmp_path / "ten.db")
    for k, start in enumerate(range(0, len(rows), 2)):  # ten runs, in time order
        ingest_paths([_write(tmp_path, f"run{k}.jsonl", rows[start : start + 2])], ten)
    results.append(_result(ten))
    shuffled = open_store(tmp_path / "shuffled.db")
    mixed = rows[:]
    random.Random(9).shuffle(mixed)
    for k, start in enumerate(range(0, len(mixed), 5)):
        ingest_paths([_write(tmp_path, f"mixed{k}.jsonl", mixed[start : start + 5])], shuffled)
    assert _result(shuffled) != results[0]  # out of order, the incremental index differs ...
    rebuild(shuffled)
    results.append(_result(shuffled))  # ... until it is rebuilt in time order
    assert results[1] == results[0]
    assert results[2] == results[0]
    for store in (one, ten, shuffled):
        assert not stale(store)
        store.close()


def test_an_index_made_by_other_rules_is_stale_until_rebuilt(tmp_path: Path, store: Store) -> None:
    ingest_paths([_write(tmp_path, "a.jsonl", _in_time_order()[:4])], store)
    before = _result(store)
    assert not stale(store)
    with store.writing():
        store.db.execute("UPDATE stories SET rules = 0")  # type: ignore[attr-defined]
    assert stale(store)
    rebuild(store)
    assert not stale(store)
    assert _result(store) == before


def test_small_batches_and_index_flushes_change_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A long run places its articles every ``BATCH`` new ones and the index writes itself out every
    ``FLUSH_EVERY`` articles; with both tiny, the stored results equal one batch's."""
    rows = _in_time_order()
    whole = open_store(tmp_path / "whole.db")
    ingest_paths([_write(tmp_path, "all.jsonl", rows)], whole)
    monkeypatch.setattr(pipeline, "BATCH", 3)
    monkeypatch.setattr(pipeline, "FLUSH_EVERY", 2)
    small = open_store(tmp_path / "small.db")
    ingest_paths([_write(tmp_path, "all.jsonl", rows)], small)
    assert _result(small) == _result(whole)
    rebuild(small)
    assert _result(small) == _result(whole)
    whole.close()
    small.close()
