"""The claim ledger on the demo corpus: what the fictional story was written to show."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from quellenlage import queries, serialize
from quellenlage.ledger import content_terms, overlap
from quellenlage.pipeline import ingest_paths
from quellenlage.store import Store, open_store

from .conftest import EXAMPLES


@pytest.fixture(scope="module")
def ledger(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    store: Store = open_store(Path(tmp_path_factory.mktemp("ledger")) / "l.db")
    ingest_paths([str(EXAMPLES)], store)
    story = max(store.stories(), key=lambda s: len(s.members))
    view = queries.story(store, story.id)  # the ledger as the pipeline stored it
    data = serialize.ledger(view.ledger, view.texts)
    store.close()
    return data


def claim(ledger: dict[str, Any], origin: str, word: str) -> dict[str, Any]:
    found = [
        c for c in ledger["claims"]
        if c["origin"] == origin and any(word in t for x in c["carried_by"] for t in x["text"])
    ]  # fmt: skip
    assert found, [(c["origin"], c["gist"]) for c in ledger["claims"]]
    return found[0]


def test_not_confirmed_claim_links_to_its_evidence(ledger: dict[str, Any]) -> None:
    money = claim(ledger, "Hanna Vogt", "300 Millionen")
    assert money["status"]["value"] == "not_confirmed"
    assert all("Bundeswirtschaftsministerium" in e["text"] for e in money["status"]["evidence"])
    assert money["channels"] == ["Radio Elbwelle"]
    assert {x["outlet"] for x in money["carried_by"]} == {"Kesselfurter Anzeiger", "Tagesblick", "Elbe-Echo"}


def test_confirmed_claim(ledger: dict[str, Any]) -> None:
    closure = claim(ledger, "Hanna Vogt", "2027")
    assert closure["status"]["value"] == "confirmed"
    assert any("Elbtal Energie bestätigte" in e["text"] for e in closure["status"]["evidence"])


def test_denied_claim(ledger: dict[str, Any]) -> None:
    jobs = claim(ledger, "Gewerkschaft IG Kraftwerk", "800")
    assert jobs["status"]["value"] == "denied"
    assert {x["outlet"] for x in jobs["carried_by"]} == {"Kesselfurter Anzeiger", "Rundschau am Sonntag"}


def test_claim_carried_only_by_wire_copy(ledger: dict[str, Any]) -> None:
    rail = claim(ledger, "Sabine Roth", "Bahnverbindung")
    assert rail["wire_only"] is True
    assert all(x["wire"] for x in rail["carried_by"])
    assert rail["status"]["value"] == "no_signal"


def test_dropped_attribution_in_the_headline(ledger: dict[str, Any]) -> None:
    dropped = [d for c in ledger["claims"] for d in c["attribution_dropped"]]
    assert any(
        d["text"] == "Bund zahlt 300 Millionen Euro für den Kohleausstieg in Kesselfurt" for d in dropped
    )
    assert not any("rechnet" in d["text"] for d in dropped)  # attributed sentences are not flagged


def test_coverage_lists_claims_one_outlet_alone_carries(ledger: dict[str, Any]) -> None:
    every = {c["id"]: {x["outlet"] for x in c["carried_by"]} for c in ledger["claims"]}
    for outlet, ids in ledger["coverage"].items():
        for cid in ids:
            assert every[cid] == {outlet}


def test_terms_fold_compounds_and_metonyms() -> None:
    a = content_terms("Moskau signalisierte Verzicht auf Nato-Beitritt")
    assert {"russland", "nato", "beitritt"} <= a
    assert overlap(content_terms("solche Garantien"), content_terms("Sicherheitsgarantien für Kiew")) == 1.0
