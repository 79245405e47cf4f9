from __future__ import annotations

from pathlib import Path

import pytest

from quellenlage import ingest
from quellenlage.model import Article, Format, IndexDelta, Metadata, Rejection, SourceDoc
from quellenlage.pipeline import Status, ingest_paths, process
from quellenlage.store import Store, open_store

ARTICLE = (
    "Haushalt beschlossen\n\nDer Stadtrat hat am Montag über den Haushalt beraten. Er stimmte knapp zu.\n"
)


def test_batch_goes_on_past_broken_inputs(tmp_path: Path, store: Store) -> None:
    tmp_path = tmp_path / "in"
    tmp_path.mkdir()
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "promo.txt").write_text("Folgen Sie uns auf Instagram!", encoding="utf-8")
    (tmp_path / "z.txt").write_text(ARTICLE.replace("Montag", "Dienstag"), encoding="utf-8")
    seen: list[tuple[int, int]] = []
    report = ingest_paths(
        [str(tmp_path), str(tmp_path / "gone.txt")], store, progress=lambda d, t: seen.append((d, t))
    )
    assert report.count(Status.NEW) == 2
    assert report.count(Status.DUPLICATE) == 1
    assert report.count(Status.REJECTED) == 3
    assert not report.ok
    assert {r.code for r in store.rejections()} == {"E101", "E103", "E201"}
    assert seen[-1] == (6, 6)


def test_unexpected_error_in_a_stage_becomes_a_rejection(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(doc: SourceDoc, outlets: object = None) -> None:
        raise IndexError("list index out of range")

    monkeypatch.setattr("quellenlage.pipeline.clean", boom)
    result = process(SourceDoc("x.txt", Format.TEXT, ARTICLE, Metadata()))
    assert isinstance(result, Rejection)
    assert result.code == "E299"
    assert "IndexError" in result.reason


@pytest.mark.parametrize(
    ("stage", "code"),
    [("quellenlage.nlp.analysis.analyse", "E501"), ("quellenlage.attribution.attribute", "E502")],
)
def test_a_failing_stage_after_cleaning_is_named_in_its_rejection(
    monkeypatch: pytest.MonkeyPatch, stage: str, code: str
) -> None:
    def boom(article: object) -> None:
        raise KeyError("x")

    import quellenlage.pipeline as pipeline

    name = stage.rsplit(".", 1)[1]
    stages = tuple((n, boom if n == name else fn, c) for n, fn, c in pipeline.STAGES)
    monkeypatch.setattr(pipeline, "STAGES", stages)
    result = process(SourceDoc("x.txt", Format.TEXT, ARTICLE, Metadata()))
    assert isinstance(result, Rejection)
    assert (result.code, result.stage) == (code, name)
    assert "KeyError" in result.reason


def test_the_analysis_is_computed_once_and_kept_with_the_article() -> None:
    result = process(SourceDoc("x.txt", Format.TEXT, ARTICLE, Metadata()))
    assert isinstance(result, Article)
    assert result.analysis is not None
    assert result.analysis.text is result.text
    assert len(result.analysis.paragraphs) == len(result.paragraphs)


def _story_members(store: Store) -> set[str]:
    return {m for s in store.stories() for m in s.members}


def test_articles_a_killed_run_stored_join_their_stories_on_the_next_run(
    tmp_path: Path, store: Store
) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    texts = [ARTICLE, ARTICLE.replace("Montag", "Dienstag"), ARTICLE.replace("Stadtrat", "Kreistag")]
    for n, text in enumerate(texts):
        (inputs / f"{n}.txt").write_text(text, encoding="utf-8")
    # what a run killed after storing two articles, before their story assignment, leaves behind
    for n in range(2):
        [doc] = list(ingest.read_all([str(inputs / f"{n}.txt")], Metadata(), 10**6))
        assert isinstance(doc, SourceDoc)
        result = process(doc)
        assert isinstance(result, Article)
        store.add_article(result)
    assert _story_members(store) == set()
    report = ingest_paths([str(inputs)], store)
    assert report.count(Status.NEW) == 1 and report.count(Status.DUPLICATE) == 2
    assert _story_members(store) == {a.id for a in store.articles()}
    assert len(_story_members(store)) == 3


def test_a_failed_write_transaction_leaves_the_story_index_as_it_was(store: Store) -> None:
    with store.writing():
        store.index_write(IndexDelta(documents=3, df={"brücke": 2}))

    def killed_halfway() -> None:
        with store.writing():
            store.index_write(IndexDelta(documents=99, df={"brücke": 5, "fähre": 1}))
            raise RuntimeError("killed halfway")

    with pytest.raises(RuntimeError):
        killed_halfway()
    assert store.index_documents() == 3
    assert store.index_df(["brücke", "fähre"]) == {"brücke": 2}


def test_an_article_that_runs_out_of_time_is_rejected_naming_its_stage_and_the_batch_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time as clock

    from quellenlage import pipeline
    from quellenlage.attribution import attribute as real_attribute

    def slow_on_one(article: Article) -> Article:
        if "Endlosschleife" in article.text:
            deadline = clock.monotonic() + 30
            while clock.monotonic() < deadline:  # a runaway computation, not a sleep
                pass
        return real_attribute(article)

    process(
        SourceDoc(
            "warm", Format.TEXT, "Titel\n\nDer Rat tagte am Montag lange und beschloss viel.", Metadata()
        )
    )
    stages = tuple((n, slow_on_one if n == "attribute" else f, c) for n, f, c in pipeline.STAGES)
    monkeypatch.setattr(pipeline, "STAGES", stages)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Zähe Sitzung\n\nDer Gemeinderat beriet über die Endlosschleife im Haushaltsrecht der Stadt.\n",
        encoding="utf-8",
    )
    (folder / "b.txt").write_text(
        "Neue Brücke\n\nDer Kreistag hat am Dienstag den Bau der neuen Brücke über die Aue beschlossen.\n",
        encoding="utf-8",
    )
    store = open_store(tmp_path / "q.db")
    started = clock.monotonic()
    report = ingest_paths([str(folder)], store, article_seconds=0.5)
    assert clock.monotonic() - started < 20
    outcomes = {Path(o.origin).name: o for o in report.outcomes}
    assert outcomes["a.txt"].status is Status.REJECTED and outcomes["a.txt"].code == "E290"
    assert "attribute" in (outcomes["a.txt"].reason or "")
    assert outcomes["b.txt"].status is Status.NEW
    (rejection,) = store.rejections()
    assert (rejection.code, rejection.stage) == ("E290", "attribute")
