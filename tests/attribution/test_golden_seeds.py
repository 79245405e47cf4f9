"""Golden test: statements of the two seeds against ../shared/spec/seeds.expected.json (skipped when absent).

It applies the gold's own rule: a gold statement is found when a statement has the right resolved source
(or an alias of it) and a message covering at least half of the gold message's words.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from quellenlage import ingest
from quellenlage.model import Article, Metadata, SourceDoc
from quellenlage.pipeline import process

from ..conftest import shared_path

pytestmark = pytest.mark.shared


def norm(s: str | None) -> str:
    return unicodedata.normalize("NFC", s or "").replace("\u00a0", " ").strip().lower()


def words(s: str | None) -> set[str]:
    return set(norm(s).split())


def statements(name: str) -> list[tuple[str, str]]:
    path = shared_path("corpus", "seeds", name)
    [doc] = list(ingest.read(ingest.Planned(Path(path), None), Metadata(), 5_000_000))
    assert isinstance(doc, SourceDoc)
    article = process(doc)
    assert isinstance(article, Article)
    return [(norm(s.actor), article.spans_text(s.message)) for s in article.statements]


def test_seed_statements() -> None:
    gold: dict[str, Any] = json.loads(shared_path("spec", "seeds.expected.json").read_text(encoding="utf-8"))
    aliases = {norm(k): {norm(x) for x in v} | {norm(k)} for k, v in gold["entities"].items()}
    found = total = extra = 0
    missed = []
    for name, g in gold["articles"].items():
        ours = statements(name)
        used: set[int] = set()
        for gs in g["statements"]:
            total += 1
            sources = [norm(x) for x in gs["source"].split(";")]
            for i, (actor, message) in enumerate(ours):
                source_ok = any(actor == x or actor in aliases.get(x, set()) for x in sources)
                overlap = len(words(message) & words(gs["message"])) / max(1, len(words(gs["message"])))
                if i not in used and source_ok and overlap >= 0.5:
                    used.add(i)
                    found += 1
                    break
            else:
                missed.append(gs["id"])
        for i, (_actor, message) in enumerate(ours):
            optional = any(
                len(words(message) & words(o["message"])) / max(1, len(words(o["message"]))) >= 0.5
                for o in g.get("optional_statements", [])
            )
            extra += i not in used and not optional
    assert found >= total - 2, f"missed {missed}"
    assert extra <= 3
