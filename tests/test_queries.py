"""Reads are queries on stored results: pages, filters, the ledger the pipeline computed (issue 9)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from quellenlage import queries, serialize
from quellenlage.errors import UsageError
from quellenlage.ledger import build
from quellenlage.model import Article, Claim, ClaimStatus, Format, Metadata, SourceDoc, timestamp
from quellenlage.pipeline import ingest_paths, process, stale, story_articles
from quellenlage.store import Store, migrations, open_store
from quellenlage.store import sqlite as sqlite_store

#: Two stories told by two outlets each, in our own words: a cost nobody confirms, a permit denied.
_ROWS = [
    (
        "Hafen in Kettwig soll wachsen",
        "Der Hafen in Kettwig soll bis 2028 ausgebaut werden. Die Hafendirektorin Ute Brammer sagte der "
        "Zeitung, der Ausbau koste rund 40 Millionen Euro und schaffe 200 Arbeitsplätze. Das "
        "Wirtschaftsministerium wollte die Kosten für den Ausbau des Hafens zunächst nicht bestätigen.",
        "kettwiger-bote.de",
        "2024-05-02T09:00:00+02:00",
    ),
    (
        "Kettwiger Hafen: Ausbau kostet 40 Millionen",
        "Der Ausbau des Hafens in Kettwig kostet nach Angaben der Hafendirektorin Ute Brammer rund 40 "
        "Millionen Euro. Brammer sagte, der Ausbau schaffe 200 Arbeitsplätze im Hafen. Die Opposition im "
        "Stadtrat kritisierte die Pläne als überteuert.",
        "ruhrblick.de",
        "2024-05-03T11:30:00+02:00",
    ),
    (
        "Windpark bei Morsum genehmigt?",
        "Der Landrat Ole Thiessen erklärte am Montag, die Genehmigung für den Windpark bei Morsum werde "
        "im Herbst erteilt. Das Umweltministerium dementierte, dass über die Genehmigung des Windparks "
        "schon entschieden sei.",
        "inselblatt.de",
        "2024-05-10T08:00:00+02:00",
    ),
    (
        "Morsum: Streit um Windpark",
        "Landrat Ole Thiessen sagte, der Windpark bei Morsum werde im Herbst genehmigt und liefere Strom "
        "für 30.000 Haushalte. Eine Sprecherin des Umweltministeriums wies das zurück: Über die "
        "Genehmigung sei nicht entschieden.",
        "marschbote.de",
        "2024-05-11T14:00:00+02:00",
    ),
]


def corpus() -> list[dict[str, str]]:
    rows = [{"text": f"{t}\n\n{b}", "outlet": o, "published": p} for t, b, o, p in _ROWS]
    return [*rows, rows[2] | {"outlet": "anderes-blatt.de", "published": "2024-05-10T10:00:00+02:00"}]


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    folder = tmp_path_factory.mktemp("queries")
    source = folder / "articles.jsonl"
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in corpus()) + "\n", "utf-8")
    store = open_store(folder / "q.db")
    ingest_paths([str(source)], store)
    yield store
    store.close()


def _all_claims(store: Store) -> list[Claim]:
    return queries.claims(store, queries.ClaimQuery(all=True)).claims


def test_the_stored_ledger_is_the_computed_one(filled: Store) -> None:
    stories = queries.stories(filled).stories
    assert len(stories) >= 2
    for story in stories:
        view = queries.story(filled, story.id)
        copies = story_articles(filled, story)
        computed = serialize.ledger(build(story, copies), {a.id: a.text for a in copies})
        assert serialize.ledger(view.ledger, view.texts) == computed
        assert computed["claims"]  # the check compares something


def test_pages_of_stories_add_up_to_the_list(filled: Store) -> None:
    every = queries.stories(filled)
    assert every.total == len(every.stories)
    pages = [queries.stories(filled, 2, k).stories for k in range(0, every.total, 2)]
    assert [s.id for page in pages for s in page] == [s.id for s in every.stories]
    assert all(m in every.members for s in every.stories for m in s.members)


def test_claims_of_each_story_partition_all_claims(filled: Store) -> None:
    every = _all_claims(filled)
    by_story = [
        c.id
        for s in queries.stories(filled).stories
        for c in queries.claims(filled, queries.ClaimQuery(story=s.id, all=True)).claims
    ]
    assert sorted(by_story) == sorted(c.id for c in every)
    assert len(set(by_story)) == len(by_story)


def test_claims_by_outlet_are_those_it_carries(filled: Store) -> None:
    every = _all_claims(filled)
    outlet = "anderes-blatt.de"  # the second outlet of one copied text
    page = queries.claims(filled, queries.ClaimQuery(outlet=outlet, all=True))
    assert page.claims
    assert [c.id for c in page.claims] == [c.id for c in every if outlet in c.outlets]


def test_claims_by_status(filled: Store) -> None:
    every = _all_claims(filled)
    for status in (ClaimStatus.NOT_CONFIRMED, ClaimStatus.DENIED):
        page = queries.claims(filled, queries.ClaimQuery(status=str(status).replace("_", "-"), all=True))
        assert page.claims
        assert all(c.status is status and c.evidence for c in page.claims)
        assert len(page.claims) == sum(c.status is status for c in every)


def test_an_unknown_status_is_a_usage_error(filled: Store) -> None:
    with pytest.raises(UsageError) as caught:
        queries.claims(filled, queries.ClaimQuery(status="bestätigt"))
    assert caught.value.code == "E406"


@pytest.mark.parametrize("spelling", ["Brammer", "Ute Brammer", "ute brammer"])
def test_claims_by_actor_find_the_full_name_from_a_surname(filled: Store, spelling: str) -> None:
    page = queries.claims(filled, queries.ClaimQuery(actor=spelling, all=True))
    assert page.claims
    assert {c.origin for c in page.claims} == {"Ute Brammer"}


def test_claims_by_time(filled: Store) -> None:
    every = _all_claims(filled)
    cut = datetime.fromisoformat("2024-05-05T00:00:00+02:00")
    since = queries.claims(filled, queries.ClaimQuery(since=cut, all=True)).claims
    until = queries.claims(filled, queries.ClaimQuery(until=cut, all=True)).claims
    assert since and until
    assert sorted(c.id for c in since + until) == sorted(c.id for c in every)
    assert all(
        timestamp(datetime.fromisoformat(c.first_seen)) >= timestamp(cut) for c in since if c.first_seen
    )


def test_a_page_of_claims_says_how_many_match(filled: Store) -> None:
    every = _all_claims(filled)
    page = queries.claims(filled, queries.ClaimQuery(all=True, limit=1, offset=1))
    assert [c.id for c in page.claims] == [c.id for c in every[1:2]]
    assert page.total == len(every)
    assert set(page.texts) >= {x.article for c in page.claims for x in c.carriers}


def test_actors_are_stored_and_found_by_spelling(filled: Store) -> None:
    page = queries.actors(filled)
    assert page.total == len(page.actors) > 0
    view = queries.actor(filled, "thiessen")
    assert view.actor.name == "Ole Thiessen"
    assert view.actor.outlets == ("anderes-blatt.de", "inselblatt.de", "marschbote.de")  # the copy counts
    assert view.said and all(st.actor == "Ole Thiessen" for _art, st in view.said)
    assert view.actor.statements == len(view.said)
    with pytest.raises(UsageError):
        queries.actor(filled, "Niemand Bekanntes")


def test_a_store_from_before_stored_stories_is_rebuilt_by_the_next_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file at schema 6 kept its stories in one snapshot; migration 7 drops it, the store says a
    rebuild is due, and the next ingest (here of nothing new) computes stories, ledgers and actors."""
    steps = [step for step in migrations() if step[0] <= 6]
    monkeypatch.setattr(sqlite_store, "migrations", lambda: steps)
    old = open_store(tmp_path / "old.db")
    later = ("fetched TEXT", "warnings TEXT NOT NULL DEFAULT '[]'")  # columns of migration 11
    for column in later:  # this program's writes need them; the file of that time had none
        old.db.execute(f"ALTER TABLE articles ADD COLUMN {column}")
    for n, row in enumerate(corpus()[:4]):
        article = process(SourceDoc(f"row{n}", Format.TEXT, row["text"], Metadata(outlet=row["outlet"])))
        assert isinstance(article, Article)
        old.add_article(article)
    for column in later:
        old.db.execute(f"ALTER TABLE articles DROP COLUMN {column.split()[0]}")
    old.close()
    monkeypatch.undo()
    store = open_store(tmp_path / "old.db")
    assert stale(store) and store.story_count() == 0
    ingest_paths([], store)
    assert not stale(store)
    assert store.story_count() > 0 and store.actor_count() > 0
    assert sum(len(s.members) for s in store.stories()) == 4  # the copy is no article of its own
    store.close()
