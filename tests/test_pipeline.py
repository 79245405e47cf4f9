from __future__ import annotations

from pathlib import Path

import pytest

from quellenlage.model import Article, Format, Metadata, Rejection, SourceDoc
from quellenlage.pipeline import Status, ingest_paths, process
from quellenlage.store import Store

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
    def boom(doc: SourceDoc) -> None:
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
