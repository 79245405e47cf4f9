"""Golden test: the seeds' ledger against claims C1-C4 of ../shared/spec/seeds.expected.json.

Skipped when ../shared is absent.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from quellenlage import queries, serialize
from quellenlage.pipeline import ingest_paths
from quellenlage.store import open_store

from .conftest import shared_path

pytestmark = pytest.mark.shared


def blob(x: Any) -> str:
    return json.dumps(x, ensure_ascii=False).lower()


@pytest.fixture(scope="module")
def claims(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    seeds = shared_path("corpus", "seeds")
    store = open_store(Path(tmp_path_factory.mktemp("golden")) / "g.db")
    ingest_paths([str(seeds)], store)
    [story] = store.stories()
    view = queries.story(store, story.id)  # the ledger as the pipeline stored it
    data = serialize.ledger(view.ledger, view.texts)
    store.close()
    return list(data["claims"])


def test_c1_from_witkoff_via_cnn_and_fox(claims: list[dict[str, Any]]) -> None:
    gold = json.loads(shared_path("spec", "seeds.expected.json").read_text(encoding="utf-8"))["story"][
        "claims"
    ][0]
    c1 = [c for c in claims if "witkoff" in c["origin"].lower() and {"CNN", "Fox News"} <= set(c["channels"])]
    c1 = [c for c in c1 if len({x["article"] for x in c["carried_by"]}) == 2 and c["attribution_dropped"]]
    assert c1
    c = c1[0]
    assert set(gold["channels"]) <= set(c["channels"])
    assert c["status"]["value"] == "not_confirmed"
    assert "kreml" in blob(c["status"]["evidence"])
    dropped = next(iter(gold["attribution_dropped"].values()))
    assert any(d["text"] == dropped for d in c["attribution_dropped"])
    assert "historisch" in blob(c["reactions"])


def test_c2_nato_membership_ruled_out_in_both(claims: list[dict[str, Any]]) -> None:
    assert any(
        "nato-beitritt" in blob(c) and len({x["article"] for x in c["carried_by"]}) == 2 for c in claims
    )


def test_c4_territorial_claims_in_tension(claims: list[dict[str, Any]]) -> None:
    c4 = [c for c in claims if "territorial" in blob(c["carried_by"])]
    assert c4
    assert c4[0]["tension_with"]
    partner = next(c for c in claims if c["id"] in c4[0]["tension_with"])
    assert "gebiets" in blob(partner["carried_by"])


def test_c3_and_c4_carried_by_one_article(claims: list[dict[str, Any]]) -> None:
    c4 = next(c for c in claims if "territorial" in blob(c["carried_by"]))
    assert len(c4["carried_by"]) == 1
    c3 = [c for c in claims if "nicht unmittelbar verpflichtet" in blob(c["carried_by"])]
    assert c3
    assert len(c3[0]["carried_by"]) == 1
