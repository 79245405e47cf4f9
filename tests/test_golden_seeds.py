"""Golden test: the two seed articles, against ../shared/spec/seeds.expected.json (skipped when absent)."""

from __future__ import annotations

import json
import unicodedata
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from quellenlage import ingest
from quellenlage.model import Article, Metadata, RemovedKind, Role, SourceDoc
from quellenlage.pipeline import process

from .conftest import shared_path

pytestmark = pytest.mark.shared


def norm(s: str | None) -> str:
    return unicodedata.normalize("NFC", s or "").replace("\u00a0", " ").strip()


def gold() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(shared_path("spec", "seeds.expected.json").read_text(encoding="utf-8"))
    return data["articles"]


def seed(name: str) -> Article:
    path = shared_path("corpus", "seeds", name)
    [doc] = list(ingest.read(ingest.Planned(Path(path), None), Metadata(), 5_000_000))
    assert isinstance(doc, SourceDoc)
    result = process(doc)
    assert isinstance(result, Article)
    return result


def names() -> list[str]:
    try:
        return sorted(gold())
    except pytest.skip.Exception:
        return ["000_e00207b6f474fda1.txt", "003_7025264173430d72.txt"]


@pytest.mark.parametrize("name", names())
def test_seed_fields(name: str) -> None:
    g, a = gold()[name], seed(name)
    assert norm(a.title) == norm(g["title"])
    if g.get("kicker"):
        assert norm(a.kicker) == norm(g["kicker"])
    assert norm(a.lead) == norm(g.get("teaser") or g.get("lead"))
    assert [norm(x) for x in a.authors] == [norm(x) for x in g["authors"]]
    assert a.language == g["language"]
    assert set(g["agencies_credited"]) <= set(a.agencies)
    if g.get("outlet"):
        assert a.outlet == g["outlet"]
    if g.get("published"):
        assert a.published is not None
        local = a.published.astimezone(ZoneInfo(g["published_timezone"])).replace(tzinfo=None)
        assert local == datetime.fromisoformat(g["published"])
    else:
        assert a.published is None


@pytest.mark.parametrize("name", names())
def test_seed_structure(name: str) -> None:
    g, a = gold()[name], seed(name)
    assert [norm(x) for x in a.texts(Role.SUBHEADING)] == [norm(x) for x in g.get("subheadings", [])]
    assert [norm(x) for x in a.texts(Role.BULLET)] == [norm(x) for x in g.get("summary_bullets", [])]
    if "body_paragraphs" in g:
        assert len(a.texts(Role.BODY)) == g["body_paragraphs"]
    removed = {(r.kind, norm(r.text)) for r in a.removed}
    for text in g.get("captions_removed", []):
        assert (RemovedKind.CAPTION, norm(text)) in removed
    for text in g.get("credits_removed", []):
        assert (RemovedKind.CREDIT, norm(text)) in removed
    for text in g.get("boilerplate_removed", []):
        assert (RemovedKind.PROMO, norm(text)) in removed
    for kind in ("captions_removed", "credits_removed", "boilerplate_removed"):
        for text in g.get(kind, []):
            assert norm(text) not in a.text
    if g.get("duplicate_paragraph"):
        assert a.text.count(norm(g["duplicate_paragraph"])) == 1
        dupes = [r for r in a.removed if r.kind is RemovedKind.DUPLICATE]
        assert len(dupes) == g["duplicate_paragraphs_removed"]
