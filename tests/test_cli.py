"""The command line: summaries, JSON shapes and exit codes (0 handled, 1 rejected, 2 usage)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quellenlage.cli import app

from .conftest import EXAMPLES

ARTICLE = (
    "Haushalt beschlossen\n\nDer Stadtrat hat am Montag über den Haushalt beraten. Er stimmte knapp zu.\n"
)


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("QUELLENLAGE_DB", str(tmp_path / "cli.db"))
    monkeypatch.delenv("QUELLENLAGE_MAX_BYTES", raising=False)
    return CliRunner()


def test_ingest_reports_new_then_duplicate(cli: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    first = cli.invoke(app, ["ingest", str(tmp_path / "a.txt")])
    assert first.exit_code == 0, first.output
    assert "1 new" in first.output
    second = cli.invoke(app, ["ingest", str(tmp_path / "a.txt")])
    assert second.exit_code == 0
    assert "1 duplicate" in second.output
    assert "already stored" in second.output


def test_ingest_with_rejection_exits_1_and_names_the_reason(cli: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = cli.invoke(app, ["ingest", str(tmp_path / "a.txt"), str(tmp_path / "missing.txt")])
    assert result.exit_code == 1
    assert "E101" in result.output and "1 rejected" in result.output
    listed = cli.invoke(app, ["rejections", "--json"])
    assert listed.exit_code == 0
    [row] = json.loads(listed.output)
    assert row["code"] == "E101" and row["stage"] == "ingest" and row["reason"]


@pytest.mark.parametrize(
    "args",
    [
        ["ingest"],
        ["ingest", "x", "--published", "yesterday"],
        ["ingest", "x", "--max-bytes", "0"],
        ["nonsense"],
        ["claims", "--status", "bestätigt"],
        ["claims", "--since", "letzte Woche"],
        ["stories", "--limit", "0"],
    ],
)
def test_usage_errors_exit_2(cli: CliRunner, args: list[str]) -> None:
    assert cli.invoke(app, args).exit_code == 2


def test_unknown_article_is_a_usage_error(cli: CliRunner) -> None:
    result = cli.invoke(app, ["article", "ffff"])
    assert result.exit_code == 2
    assert "E401" in result.output


def test_ingest_json_summary(cli: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    data = json.loads(cli.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--json"]).output)
    assert data["counts"]["new"] == 1
    assert data["outcomes"][0]["status"] == "new"


def test_command_line_metadata(cli: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    args = [
        "ingest",
        str(tmp_path / "a.txt"),
        "--outlet",
        "Stadtblatt",
        "--published",
        "2026-03-04T06:30+01:00",
    ]
    assert cli.invoke(app, args).exit_code == 0
    [row] = json.loads(cli.invoke(app, ["articles", "--json"]).output)
    assert row["outlet"] == "Stadtblatt"
    assert row["published"] == "2026-03-04T06:30:00+01:00"


def test_demo_corpus_end_to_end(cli: CliRunner) -> None:
    result = cli.invoke(app, ["ingest", str(EXAMPLES)])
    assert result.exit_code == 0, result.output
    rows = json.loads(cli.invoke(app, ["articles", "--json"]).output)
    assert len(rows) == 5
    outlets = {r["outlet"] for r in rows}
    assert outlets == {"Kesselfurter Anzeiger", "Elbe-Echo", "Tagesblick", "Rundschau am Sonntag"}
    for row in rows:
        full = json.loads(cli.invoke(app, ["article", row["id"], "--json"]).output)
        keys = {
            "id",
            "outlet",
            "url",
            "title",
            "kicker",
            "lead",
            "authors",
            "published",
            "language",
            "agencies",
        }
        assert keys | {"paragraphs", "removed"} <= set(full)
        for p in full["paragraphs"]:
            assert full["text"][p["start"] : p["end"]] == p["text"]
    wires = [json.loads(cli.invoke(app, ["article", r["id"], "--json"]).output) for r in rows]
    assert sum("dpa" in w["agencies"] for w in wires) >= 3
    human = cli.invoke(app, ["article", rows[0]["id"]])
    assert human.exit_code == 0 and rows[0]["title"] in human.output


def test_statements_command_and_article_json(cli: CliRunner) -> None:
    assert cli.invoke(app, ["ingest", str(EXAMPLES)]).exit_code == 0
    rows = json.loads(cli.invoke(app, ["statements", "--actor", "vogt", "--json"]).output)
    assert rows
    assert all("vogt" in r["source"]["actor"].lower() for r in rows)
    first = rows[0]
    assert set(first) >= {
        "id",
        "form",
        "cue",
        "source",
        "message",
        "addressee",
        "medium",
        "time",
        "nested_in",
    }
    article = json.loads(cli.invoke(app, ["article", first["article"], "--json"]).output)
    for st in article["statements"]:
        assert st["message"]["text"]
        assert article["text"][st["message"]["start"] : st["message"]["end"]].startswith(
            st["message"]["text"].split(" … ")[0]
        )
    human = cli.invoke(app, ["statements"])
    assert human.exit_code == 0 and "statements" in human.output


def test_spkatt_predict_and_score(cli: CliRunner, tmp_path: Path) -> None:
    doc = {
        "DocumentName": "1 - Test",
        "Sentences": [{"SentenceId": 0, "Tokens": "Anna Berg sagte , der Haushalt sei solide .".split()}],
        "Annotations": [],
    }
    annotation = {
        "Addr": [], "Cue": ["0:2"], "Form": "Indirect", "Frame": ["0:0", "0:1", "0:2", "0:3"],
        "HasNested": False, "IsNested": False, "Message": ["0:4", "0:5", "0:6", "0:7"], "STWR": "Speech",
        "Source": ["0:0", "0:1"],
    }  # fmt: skip
    gold = dict(doc, Annotations=[annotation])
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "d.json").write_text(json.dumps(gold), encoding="utf-8")
    assert (
        cli.invoke(app, ["spkatt", "predict", str(tmp_path / "gold"), str(tmp_path / "pred")]).exit_code == 0
    )
    result = cli.invoke(app, ["spkatt", "score", str(tmp_path / "gold"), str(tmp_path / "pred"), "--json"])
    data = json.loads(result.output)
    assert data["full"]["joint"]["f1"] == 1.0
    assert data["simplified"]["joint"]["f1"] == 1.0
    assert (
        "joint" in cli.invoke(app, ["spkatt", "score", str(tmp_path / "gold"), str(tmp_path / "pred")]).output
    )


def test_stories_and_actors_commands(cli: CliRunner) -> None:
    assert cli.invoke(app, ["ingest", str(EXAMPLES)]).exit_code == 0
    stories = json.loads(cli.invoke(app, ["stories", "--json"]).output)
    assert len(stories) == 2
    coal = max(stories, key=lambda s: s["articles"])
    assert coal["articles"] == 4
    assert set(coal["outlets"]) == {
        "Kesselfurter Anzeiger",
        "Tagesblick",
        "Elbe-Echo",
        "Rundschau am Sonntag",
    }
    assert len(coal["wire_copies"]) == 2
    full = json.loads(cli.invoke(app, ["story", coal["id"], "--json"]).output)
    assert [m for m in full["members"] if m["duplicate_of"]]
    # the listing names each member as the story view does: title, outlet, published
    listed = {m["id"]: (m["title"], m["outlet"], m["published"]) for m in coal["members"]}
    assert listed == {m["id"]: (m["title"], m["outlet"], m["published"]) for m in full["members"]}
    assert all(title and outlet for title, outlet, _published in listed.values())
    assert cli.invoke(app, ["story", "S999999"]).exit_code == 2
    actors = json.loads(cli.invoke(app, ["actors", "--json"]).output)
    vogt = [a for a in actors if a["name"] == "Hanna Vogt"]
    assert vogt
    assert vogt[0]["kind"] == "person"
    assert vogt[0]["statements"] >= 3
    one = json.loads(cli.invoke(app, ["actor", "Vogt", "--json"]).output)
    assert one["name"] == "Hanna Vogt"
    assert one["said"]
    assert cli.invoke(app, ["actor", "Niemand Bekanntes"]).exit_code == 2
    assert "stories" in cli.invoke(app, ["stories"]).output


def test_second_ingest_extends_stories_incrementally(cli: CliRunner, tmp_path: Path) -> None:
    first = tmp_path / "first"
    first.mkdir()
    (first / "a.txt").write_text((EXAMPLES / "kesselfurter-anzeiger.txt").read_text(encoding="utf-8"))
    assert cli.invoke(app, ["ingest", str(first)]).exit_code == 0
    assert len(json.loads(cli.invoke(app, ["stories", "--json"]).output)) == 1
    assert cli.invoke(app, ["ingest", str(EXAMPLES / "elbe-echo-wire.txt")]).exit_code == 0
    stories = json.loads(cli.invoke(app, ["stories", "--json"]).output)
    assert [s["articles"] for s in stories] == [2]


def test_story_ledger_and_claims_command(cli: CliRunner) -> None:
    assert cli.invoke(app, ["ingest", str(EXAMPLES)]).exit_code == 0
    stories = json.loads(cli.invoke(app, ["stories", "--json"]).output)
    coal = max(stories, key=lambda s: s["articles"])
    story = json.loads(cli.invoke(app, ["story", coal["id"], "--json"]).output)
    assert {"claims", "coverage"} <= set(story)
    first = story["claims"][0]
    assert {"id", "gist", "origin", "channels", "carried_by", "first_seen", "status", "attribution_dropped",
            "reactions", "tension_with"} <= set(first)  # fmt: skip
    assert {"outlet", "statements", "form", "wire"} <= set(first["carried_by"][0])
    denied = json.loads(cli.invoke(app, ["claims", "--status", "denied", "--json"]).output)
    assert denied
    assert all(c["status"]["value"] == "denied" for c in denied)
    single = json.loads(cli.invoke(app, ["claims", "--single-source", "--json"]).output)
    assert all(c["single_source"] for c in single)
    human = cli.invoke(app, ["story", coal["id"]])
    assert human.exit_code == 0
    assert "not_confirmed" in human.output
    assert "claims" in cli.invoke(app, ["claims"]).output


def test_claims_filters_and_pages(cli: CliRunner) -> None:
    assert cli.invoke(app, ["ingest", str(EXAMPLES)]).exit_code == 0
    every = json.loads(cli.invoke(app, ["claims", "--all", "--json"]).output)
    assert len(every) > 3
    story = every[0]["story"]
    own = json.loads(cli.invoke(app, ["claims", "--all", "--story", story, "--json"]).output)
    assert own == [c for c in every if c["story"] == story]
    outlet = every[0]["carried_by"][0]["outlet"]
    carried = json.loads(cli.invoke(app, ["claims", "--all", "--outlet", outlet, "--json"]).output)
    assert carried == [c for c in every if outlet in {x["outlet"] for x in c["carried_by"]}]
    page = json.loads(cli.invoke(app, ["claims", "--all", "--limit", "2", "--offset", "1", "--json"]).output)
    assert page == every[1:3]
    later = json.loads(cli.invoke(app, ["claims", "--all", "--since", "2100-01-01", "--json"]).output)
    assert later == []
    shown = cli.invoke(app, ["claims", "--all", "--limit", "2"]).output
    assert f"2 of {len(every)} claims" in shown
    stories = cli.invoke(app, ["stories", "--limit", "1"]).output
    assert "1 of " in stories and "--offset 1 for the next page" in stories


def test_a_table_shows_a_page_and_json_everything(cli: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    from quellenlage import cli as cli_module

    assert cli.invoke(app, ["ingest", str(EXAMPLES)]).exit_code == 0
    every = json.loads(cli.invoke(app, ["claims", "--all", "--json"]).output)
    monkeypatch.setattr(cli_module, "TABLE_PAGE", 2)
    assert len(json.loads(cli.invoke(app, ["claims", "--all", "--json"]).output)) == len(every) > 2
    table = cli.invoke(app, ["claims", "--all"]).output
    assert f"2 of {len(every)} claims; --offset 2 for the next page" in table
    last = cli.invoke(app, ["claims", "--all", "--offset", str(len(every) - 1)]).output
    assert f"1 of {len(every)} claims" in last and "next page" not in last


@pytest.mark.parametrize(
    ("text", "width", "short"),
    [
        ("Die Brücke bleibt bis zum Sommer gesperrt", 100, "Die Brücke bleibt bis zum Sommer gesperrt"),
        ("Die Brücke bleibt bis zum Sommer gesperrt", 20, "Die Brücke bleibt…"),
        ("Donaudampfschifffahrtsgesellschaftskapitän", 12, "Donaudampfs…"),
        ("Die Stadt, der Kreis und das Land", 12, "Die Stadt…"),
    ],
)
def test_short_texts_end_at_a_word_boundary(text: str, width: int, short: str) -> None:
    from quellenlage.cli import _short

    assert _short(text, width) == short
    assert len(_short(text, width)) <= width


def test_claims_below_a_confidence_are_hidden_unless_all(cli: CliRunner) -> None:
    assert cli.invoke(app, ["ingest", str(EXAMPLES)]).exit_code == 0
    every = json.loads(cli.invoke(app, ["claims", "--all", "--json"]).output)
    assert every and all(0.0 <= c["confidence"] <= 1.0 for c in every)
    cut = sorted(c["confidence"] for c in every)[len(every) // 2]
    kept = json.loads(cli.invoke(app, ["claims", "--min-confidence", str(cut), "--json"]).output)
    assert [c["id"] for c in kept] == [c["id"] for c in every if c["confidence"] >= cut]
    assert 0 < len(kept) < len(every)
    human = cli.invoke(app, ["claims", "--min-confidence", str(cut)]).output
    assert f"{len(every) - len(kept)} below confidence {cut} hidden" in human
    assert (
        json.loads(cli.invoke(app, ["claims", "--min-confidence", str(cut), "--all", "--json"]).output)
        == every
    )


def test_rebuild_keeps_the_stories_of_a_time_ordered_ingest(cli: CliRunner) -> None:
    assert cli.invoke(app, ["ingest", str(EXAMPLES)]).exit_code == 0
    before = cli.invoke(app, ["stories", "--json"]).output
    done = cli.invoke(app, ["rebuild"])
    assert done.exit_code == 0, done.output
    assert "rebuilt:" in done.output and "stories" in done.output
    assert cli.invoke(app, ["stories", "--json"]).output == before
    assert "rebuild" not in cli.invoke(app, ["stories"]).output  # not stale: no note


def test_a_crash_exits_70_and_says_it_is_a_bug(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A rejected input exits 1 and a usage error 2; a bug must not look like either."""
    import sys

    from quellenlage import cli

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("Fehler im Programm")

    (tmp_path / "a.txt").write_text("Titel\n\nDer Rat tagte am Montag lange.\n", encoding="utf-8")
    monkeypatch.setattr(cli, "ingest_paths", broken)
    monkeypatch.setattr(
        sys, "argv", ["quellenlage", "ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "q.db")]
    )
    with pytest.raises(SystemExit) as done:
        cli.main()
    assert done.value.code == cli.EXIT_CRASH == 70
    assert "internal error" in capsys.readouterr().err


def test_a_database_that_cannot_be_written_is_error_e303(
    cli: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from quellenlage.store import sqlite

    opened = sqlite.SqliteStore.__init__

    def read_only(self: sqlite.SqliteStore, path: Path) -> None:
        opened(self, path)
        self.db.execute("PRAGMA query_only=ON")  # as a file the process may read but not write

    (tmp_path / "a.txt").write_text("Titel\n\nDer Rat tagte am Montag lange.\n", encoding="utf-8")
    monkeypatch.setattr(sqlite.SqliteStore, "__init__", read_only)
    result = cli.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "q.db")])
    assert result.exit_code == 1
    assert "E303" in result.output and "writable" in result.output
