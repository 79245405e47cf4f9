"""Every origin keeps its own outlet: one text published by two outlets counts both (issue 9)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quellenlage import queries, serialize
from quellenlage.ledger import build
from quellenlage.pipeline import ingest_paths, story_articles
from quellenlage.store import Store

TEXT = (
    "Kreistag streitet über Kliniken\n\n"
    "Der Landrat Hendrik Wallner hat der Regionalzeitung gesagt, die Klinik in Talheim werde bis 2027 "
    "geschlossen. Die Kosten für den Neubau seien zu hoch, erklärte Wallner. Das Gesundheitsministerium "
    "wollte die Schließung der Klinik in Talheim zunächst nicht bestätigen.\n"
)


def _line(outlet: str, url: str, published: str) -> str:
    row = {"text": TEXT, "outlet": outlet, "url": url, "published": published}
    return json.dumps(row, ensure_ascii=False)


def _story_and_claims(store: Store) -> tuple[list[str], list[tuple[str, bool]]]:
    """The story's outlets and the claims' carriers as stored, and as the ledger computes them."""
    (story,) = queries.stories(store).stories
    view = queries.story(store, story.id)
    stored = serialize.ledger(view.ledger, view.texts)
    copies = story_articles(store, story)
    assert serialize.ledger(build(story, copies), {a.id: a.text for a in copies}) == stored
    carriers = [(c["outlet"], c["wire"]) for claim in stored["claims"] for c in claim["carried_by"]]
    return list(story.outlets), carriers


@pytest.mark.parametrize("runs", [1, 2], ids=["one run", "copy in a later run"])
def test_one_text_from_two_outlets_counts_both(tmp_path: Path, store: Store, runs: int) -> None:
    first = _line("talheimer-bote.de", "https://talheimer-bote.de/a/1", "2024-03-04T08:00:00+01:00")
    second = _line("kreisanzeiger.de", "https://kreisanzeiger.de/x/9", "2024-03-04T09:30:00+01:00")
    if runs == 1:
        (tmp_path / "both.jsonl").write_text(first + "\n" + second + "\n", encoding="utf-8")
        ingest_paths([str(tmp_path / "both.jsonl")], store)
    else:
        (tmp_path / "a.jsonl").write_text(first + "\n", encoding="utf-8")
        (tmp_path / "b.jsonl").write_text(second + "\n", encoding="utf-8")
        ingest_paths([str(tmp_path / "a.jsonl")], store)
        ingest_paths([str(tmp_path / "b.jsonl")], store)
    (summary,) = store.articles()
    copies = store.copies(summary.id)
    assert [(c.outlet, c.url, c.published) for c in copies] == [
        ("talheimer-bote.de", "https://talheimer-bote.de/a/1", "2024-03-04T08:00:00+01:00"),
        ("kreisanzeiger.de", "https://kreisanzeiger.de/x/9", "2024-03-04T09:30:00+01:00"),
    ]
    outlets, carriers = _story_and_claims(store)
    assert outlets == ["talheimer-bote.de", "kreisanzeiger.de"]
    assert ("talheimer-bote.de", True) in carriers and ("kreisanzeiger.de", True) in carriers
    assert store.unplaced() == []


def test_the_same_outlet_twice_adds_no_outlet(tmp_path: Path, store: Store) -> None:
    line = _line("talheimer-bote.de", "https://talheimer-bote.de/a/1", "2024-03-04T08:00:00+01:00")
    (tmp_path / "a.jsonl").write_text(line + "\n", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(line + "\n", encoding="utf-8")
    ingest_paths([str(tmp_path / "a.jsonl"), str(tmp_path / "b.jsonl")], store)
    outlets, carriers = _story_and_claims(store)
    assert outlets == ["talheimer-bote.de"]
    assert carriers and all(c == ("talheimer-bote.de", False) for c in carriers)
