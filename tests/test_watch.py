"""Polling: only what is new is read, feed pages are fetched once, and Ctrl-C leaves nothing half-written."""

from __future__ import annotations

import json
import os
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from quellenlage import pipeline
from quellenlage.cli import app
from quellenlage.config import parse_interval
from quellenlage.errors import UsageError
from quellenlage.ingest.fetch import Fetcher
from quellenlage.pipeline import Status, Watch, poll
from quellenlage.store import open_store

TEXT = (
    "Neue Radwege in Talbrück\n\nDer Stadtrat hat am Montag drei neue Radwege beschlossen. „Das ist ein"
    " guter Tag für alle, die mit dem Rad fahren“, sagte Stadträtin Helga Brunnhuber nach der Abstimmung.\n"
)
OTHER = TEXT.replace("drei neue Radwege", "zwei neue Brücken").replace("Radwege in", "Brücken in")


def rss(*items: tuple[str, str]) -> bytes:
    entries = "".join(
        f"<item><title>{title}</title><link>https://bote.example/{guid}</link><guid>{guid}</guid>"
        f"<description>Kurzmeldung</description></item>"
        for guid, title in items
    )
    head = '<?xml version="1.0"?><rss version="2.0"><channel><title>Bote</title>'
    return f"{head}{entries}</channel></rss>".encode()


def test_a_poll_reads_only_new_or_changed_files(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    store = open_store(tmp_path / "q.db")
    state = Watch()
    first = poll([str(folder)], store, state)
    assert [o.status for o in first.outcomes] == [Status.NEW]
    assert poll([str(folder)], store, state).outcomes == []  # nothing read again
    (folder / "b.txt").write_text(OTHER, encoding="utf-8")
    third = poll([str(folder)], store, state)
    assert [(Path(o.origin).name, o.status) for o in third.outcomes] == [("b.txt", Status.NEW)]
    (folder / "a.txt").write_text(
        TEXT + "\nDie Arbeiten beginnen im Herbst, teilte die Stadt mit.\n", "utf-8"
    )
    os.utime(folder / "a.txt", ns=(1, 2))  # a new change time, whatever the clock's resolution
    fourth = poll([str(folder)], store, state)
    assert [(Path(o.origin).name, o.status) for o in fourth.outcomes] == [("a.txt", Status.NEW)]
    assert state.polls == 4


def test_a_polled_feed_fetches_each_linked_page_once(tmp_path: Path) -> None:
    feed = {"body": rss(("rad", "Neue Radwege"))}
    pages = {"/rad": TEXT, "/bruecke": OTHER}
    asked: list[str] = []

    def handle(request: httpx.Request) -> httpx.Response:
        asked.append(request.url.path)
        if request.url.path == "/feed":
            return httpx.Response(200, content=feed["body"], headers={"content-type": "application/rss+xml"})
        if request.url.path in pages:
            html = "<html><body><article>" + "".join(
                f"<p>{p}</p>" for p in pages[request.url.path].split("\n\n")
            )
            return httpx.Response(
                200, text=html + "</article></body></html>", headers={"content-type": "text/html"}
            )
        return httpx.Response(404)

    fetcher = Fetcher(transport=httpx.MockTransport(handle), resolve=lambda _h: ["93.184.215.14"])
    store = open_store(tmp_path / "q.db")
    state = Watch()
    url = "https://bote.example/feed"
    first = poll([url], store, state, fetcher=fetcher)
    assert [o.status for o in first.outcomes] == [Status.NEW]
    second = poll([url], store, state, fetcher=fetcher)
    assert [(o.status, o.reason) for o in second.outcomes] == [(Status.SKIPPED, "already stored")]
    feed["body"] = rss(("bruecke", "Zwei neue Brücken"), ("rad", "Neue Radwege"))
    third = poll([url], store, state, fetcher=fetcher)
    assert [o.status for o in third.outcomes] == [Status.NEW, Status.SKIPPED]
    assert asked.count("/rad") == 1 and asked.count("/bruecke") == 1 and asked.count("/feed") == 3
    assert store.article_count() == 2


def five_files_and_ctrl_c_at_the_fourth(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[Path, object]:
    """A folder of five articles, groups of two, and Ctrl-C while the fourth is processed; returns the
    folder and the real ``process`` to put back."""
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(5):
        (folder / f"{n}.txt").write_text(TEXT.replace("drei", f"{n + 3}"), encoding="utf-8")
    monkeypatch.setattr(pipeline, "GROUP", 2)
    real = pipeline.process
    calls = {"n": 0}

    def interrupted(*args: object, **kwargs: object) -> object:
        calls["n"] += 1
        if calls["n"] == 4:
            raise KeyboardInterrupt
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "process", interrupted)
    return folder, real


def test_an_interrupted_poll_leaves_whole_articles_and_the_next_one_stores_the_rest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, real = five_files_and_ctrl_c_at_the_fourth(tmp_path, monkeypatch)
    store = open_store(tmp_path / "q.db")
    with pytest.raises(KeyboardInterrupt):
        poll([str(folder)], store, Watch())
    assert store.article_count() == 2  # the first group, whole; the third article was never written
    integrity = store.db.execute("PRAGMA integrity_check").fetchone()[0]  # type: ignore[attr-defined]
    assert integrity == "ok"
    monkeypatch.setattr(pipeline, "process", real)
    again = poll([str(folder)], store, Watch())
    assert [o.status for o in again.outcomes].count(Status.NEW) == 3
    assert store.article_count() == 5


def test_the_watch_command_polls_and_stops(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(
        app, ["watch", str(folder), "--every", "1s", "--polls", "2", "--db", str(tmp_path / "q.db"), "--json"]
    )
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [(x["poll"], x["counts"]["new"]) for x in lines] == [(1, 1), (2, 0)]


@pytest.mark.parametrize(
    ("text", "seconds"), [("90", 90), ("30s", 30), ("10m", 600), ("1h", 3600), ("1.5d", 129600)]
)
def test_intervals(text: str, seconds: float) -> None:
    assert parse_interval(text) == seconds


@pytest.mark.parametrize("text", ["", "zehn", "0", "-5m", "0.5", "inf", "10x"])
def test_a_bad_interval_is_usage_error_e408(text: str) -> None:
    with pytest.raises(UsageError) as err:
        parse_interval(text)
    assert err.value.code == "E408"


def test_a_poll_that_was_interrupted_is_read_again_by_the_same_watch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found in review: the files of an interrupted poll counted as read, so the same Watch skipped them."""
    folder, real = five_files_and_ctrl_c_at_the_fourth(tmp_path, monkeypatch)
    store = open_store(tmp_path / "q.db")
    state = Watch()
    with pytest.raises(KeyboardInterrupt):
        poll([str(folder)], store, state)
    monkeypatch.setattr(pipeline, "process", real)
    poll([str(folder)], store, state)
    assert store.article_count() == 5
