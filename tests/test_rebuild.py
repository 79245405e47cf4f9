"""One run, ten runs, and shuffled runs followed by ``rebuild`` give the same stories and claims (issue 9)."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

from quellenlage import serialize
from quellenlage.ledger import build
from quellenlage.model import timestamp
from quellenlage.pipeline import ingest_paths, rebuild, stale, story_articles
from quellenlage.store import Store, open_store
from quellenlage.stories import StoryIndex
from tests.test_crash import corpus


def _write(folder: Path, name: str, rows: list[dict[str, str]]) -> str:
    path = folder / name
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return str(path)


def _result(store: Store) -> tuple[Any, Any]:
    state = store.story_state()
    assert state is not None
    stories = StoryIndex.from_state(state).all()
    claims = []
    for s in stories:
        copies = story_articles(store, s)
        claims.append(serialize.ledger(build(s, copies), {a.id: a.text for a in copies}))
    return state, claims


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
    state = store.story_state()
    assert state is not None and not stale(store)
    with store.writing():
        store.save_story_state(state | {"rules": 0})
    assert stale(store)
    rebuild(store)
    assert not stale(store)
    assert store.story_state() == state
