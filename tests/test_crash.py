"""``kill -9`` at any point of an ingest, then a second run: the same database as one clean run (issue 9).

Each killed run is a real process that SIGKILLs itself at one point: inside an article's write
transaction, between two stored articles, inside the story-assignment transaction, while it counts an
article's actors, or while it writes a story's claim ledger (the rows of one story written, the next
story's not). Every table, stories, claims and actors included, must equal a clean run's.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

TOPICS = [
    (
        "Brücke in {ort} gesperrt",
        "Die Brücke über den Fluss in {ort} bleibt nach einem Gutachten gesperrt. Der Bürgermeister "
        "{name} sagte am {tag}, die Reparatur werde mindestens {n} Monate dauern. Das Verkehrsministerium "
        "wollte die Angaben zunächst nicht bestätigen.",
    ),
    (
        "Streik bei den Stadtwerken {ort}",
        "Die Beschäftigten der Stadtwerke {ort} legen am {tag} die Arbeit nieder. Die Gewerkschaft fordere "
        "{n} Prozent mehr Lohn, erklärte ihr Sprecher {name}. Die Geschäftsführung lehnte eine "
        "Stellungnahme ab.",
    ),
]
PLACES = ["Talheim", "Wendelsbach", "Oberried", "Kaltenau"]
NAMES = ["Jonas Pferrer", "Miriam Ostwald", "Carsten Lübbe", "Ilka Sommerfeld"]
DAYS = ["Montag", "Dienstag", "Mittwoch"]


def corpus() -> list[dict[str, str]]:
    rows = []
    for k in range(18):
        title, body = TOPICS[k % 2]
        values = {"ort": PLACES[k % 4], "name": NAMES[k % 4], "tag": DAYS[k % 3], "n": str(3 + k)}
        rows.append(
            {
                "text": title.format(**values) + "\n\n" + body.format(**values),
                "outlet": f"blatt-{k % 3}.de",
                "published": f"2024-05-{1 + k // 2:02d}T{8 + k % 5:02d}:00:00+02:00",
            }
        )
    rows.append(rows[3] | {"outlet": "anderes-blatt.de"})  # one text, a second outlet
    return rows


#: Runs the CLI in this process, killing it with SIGKILL on the given call of one function.
RUNNER = """
import os, signal, sys
from quellenlage import cli, stories
from quellenlage.store import sqlite

target, when = sys.argv[1], int(sys.argv[2])
if target == "none":
    sys.argv = ["quellenlage", "ingest", *sys.argv[3:]]
    cli.main()
owner, name = {"insert": (sqlite.SqliteStore, "_insert"), "article": (sqlite.SqliteStore, "add_article"),
               "story": (stories.StoryIndex, "add"), "actors": (sqlite.SqliteStore, "add_mentions"),
               "ledger": (sqlite.SqliteStore, "save_story")}[target]
original, calls = getattr(owner, name), [0]

def killing(*args, **kwargs):
    calls[0] += 1
    if target in ("insert", "ledger") and calls[0] == when:
        original(*args, **kwargs)  # the rows are written, the transaction is not committed
        os.kill(os.getpid(), signal.SIGKILL)
    if calls[0] == when:
        os.kill(os.getpid(), signal.SIGKILL)
    return original(*args, **kwargs)

setattr(owner, name, killing)
sys.argv = ["quellenlage", "ingest", *sys.argv[3:]]
cli.main()
"""

#: Columns that say when something happened on this machine, not what was stored.
CLOCK = {"ingested_at", "seen_at", "created_at"}


def snapshot(db: Path) -> dict[str, list[tuple[object, ...]]]:
    con = sqlite3.connect(db)
    out = {}
    for (table,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"):
        columns = [c[1] for c in con.execute(f"PRAGMA table_info({table})") if c[1] not in CLOCK]
        if table == "rejections":
            columns = [c for c in columns if c != "id"]
        rows = con.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall()
        out[table] = sorted(rows, key=repr)
    con.close()
    return out


def ingest(db: Path, source: Path, kill: tuple[str, int] | None = None) -> int:
    env = os.environ | {"QUELLENLAGE_DB": str(db)}
    target, when = kill or ("none", 0)
    cmd = [sys.executable, "-c", RUNNER, target, str(when), str(source)]
    return subprocess.run(cmd, env=env, capture_output=True, timeout=300).returncode


@pytest.fixture(scope="module")
def clean_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, list[tuple[object, ...]]]]:
    folder = tmp_path_factory.mktemp("clean")
    source = folder / "articles.jsonl"
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in corpus()) + "\n", "utf-8")
    assert ingest(folder / "clean.db", source) == 0
    return source, snapshot(folder / "clean.db")


@pytest.mark.parametrize(
    "kill",
    [("insert", 7), ("article", 12), ("story", 9), ("actors", 5), ("ledger", 2)],
    ids=[
        "inside an article's transaction",
        "between articles",
        "during story assignment",
        "while counting actors",
        "during a ledger write",
    ],
)
def test_a_second_run_after_kill_9_equals_one_clean_run(
    tmp_path: Path, clean_run: tuple[Path, dict[str, list[tuple[object, ...]]]], kill: tuple[str, int]
) -> None:
    source, expected = clean_run
    db = tmp_path / "killed.db"
    assert ingest(db, source, kill) == -signal.SIGKILL
    assert snapshot(db) != expected  # the kill left the database short
    assert ingest(db, source) == 0
    assert snapshot(db) == expected


def test_two_ingests_at_once_lose_nothing(tmp_path: Path) -> None:
    """One process ingests new articles while another ingests a file already stored plus new ones: both
    finish, every article is stored and every stored article is in a story."""
    rows = corpus()
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    first.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows[:10]) + "\n", "utf-8")
    second.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows[5:]) + "\n", "utf-8")
    db = tmp_path / "shared.db"
    assert ingest(db, first) == 0  # the "existing" file
    more = tmp_path / "more.jsonl"
    fresh = [r | {"text": r["text"].replace("Brücke", "Fähre").replace("Stadtwerke", "Bäder")} for r in rows]
    more.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in fresh) + "\n", "utf-8")
    env = os.environ | {"QUELLENLAGE_DB": str(db)}
    procs = [
        subprocess.Popen([sys.executable, "-c", RUNNER, "none", "0", str(path)], env=env)
        for path in (second, more)
    ]
    assert [p.wait(timeout=300) for p in procs] == [0, 0]
    con = sqlite3.connect(db)
    stored = {row[0] for row in con.execute("SELECT id FROM articles")}
    members = {row[0] for row in con.execute("SELECT article FROM story_members")}
    claimed = {row[0] for row in con.execute("SELECT DISTINCT story FROM claims")}
    in_stories = {row[0] for row in con.execute("SELECT id FROM stories")}
    con.close()
    assert claimed and claimed <= in_stories
    assert len(stored) == 36  # 18 texts, 18 changed texts; the second outlet's copy is one of them
    assert members == stored
