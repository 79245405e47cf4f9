"""The fuzz harness (tests/fuzz/harness.py) for a few inputs per target; bench/soak.py runs it for longer."""

from __future__ import annotations

import pytest

from tests.fuzz import harness


@pytest.mark.parametrize("name", harness.NAMES)
def test_every_reader_and_stage_survives_mutated_input(name: str) -> None:
    harness.targets(20)[name]()


@pytest.mark.parametrize("kind", sorted(harness.FILES))
def test_each_seed_reads_to_at_least_one_article(kind: str) -> None:
    from quellenlage import ingest
    from quellenlage.model import Metadata, SourceDoc
    from quellenlage.pipeline import process

    data = harness.seed(harness.FILES[kind])
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / harness.FILES[kind]
        path.write_bytes(data)
        docs = [d for d in ingest.read_all([str(path)], Metadata(), 2_000_000) if isinstance(d, SourceDoc)]
    assert docs, "a seed that yields no input tests nothing past reading"
    assert any(not hasattr(process(d), "code") for d in docs)
