"""Hostile and odd inputs: each one a skip or a rejection with a reason, or a bounded result; never a
hang, a crash or a lost neighbour. Every fixture is written here."""

from __future__ import annotations

import json
import os
import threading
import time as clock
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from quellenlage import ingest
from quellenlage.clean import clean
from quellenlage.model import Format, Metadata, Rejection, SourceDoc
from quellenlage.pipeline import Status, ingest_paths
from quellenlage.store import open_store

ARTICLE = (
    "Kläranlage wird saniert\n\nDer Zweckverband hat am Dienstag die Sanierung der Kläranlage beschlossen.\n"
)


def read_all(*paths: str | Path, max_bytes: int = 5_000_000) -> list[object]:
    """Everything the paths hold; fails instead of hanging when reading blocks."""
    out: list[object] = []
    worker = threading.Thread(
        target=lambda: out.extend(ingest.read_all([str(p) for p in paths], Metadata(), max_bytes)),
        daemon=True,
    )
    worker.start()
    worker.join(timeout=20)
    assert not worker.is_alive(), "reading blocked"
    return out


def warm_up_models() -> None:
    from quellenlage.model import Format
    from quellenlage.pipeline import process

    process(SourceDoc("warm", Format.TEXT, ARTICLE, Metadata()))


def by_kind(items: list[object]) -> tuple[list[SourceDoc], list[ingest.Skipped], list[Rejection]]:
    return (
        [i for i in items if isinstance(i, SourceDoc)],
        [i for i in items if isinstance(i, ingest.Skipped)],
        [i for i in items if isinstance(i, Rejection)],
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_in_a_folder_or_named_is_skipped_without_being_opened(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    docs, skipped, _ = by_kind(read_all(tmp_path))
    assert [Path(d.origin).name for d in docs] == ["a.txt"]
    assert [(Path(s.origin).name, "FIFO" in s.reason) for s in skipped] == [("pipe.txt", True)]
    _, skipped, _ = by_kind(read_all(tmp_path / "pipe.txt"))
    assert len(skipped) == 1 and "FIFO" in skipped[0].reason


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_a_device_linked_into_a_folder_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "endlos.txt").symlink_to("/dev/zero")
    _, skipped, _ = by_kind(read_all(tmp_path))
    assert [s.reason for s in skipped] == ["a device, not a file"]


def test_link_loops_end_in_folders_and_in_globs(tmp_path: Path) -> None:
    (tmp_path / "archiv" / "2024").mkdir(parents=True)
    (tmp_path / "archiv" / "2024" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "archiv" / "2024" / "zurück").symlink_to(tmp_path / "archiv")
    (tmp_path / "archiv" / "selbst").symlink_to(tmp_path / "archiv")
    docs, skipped, _ = by_kind(read_all(tmp_path))
    assert [Path(d.origin).name for d in docs] == ["a.txt"]
    assert sorted(Path(s.origin).name for s in skipped) == ["selbst", "zurück"]
    docs, _, _ = by_kind(read_all(f"{tmp_path}/**/*.txt"))
    assert [Path(d.origin).name for d in docs] == ["a.txt"]


@pytest.mark.parametrize(
    ("pattern", "found"),
    [
        ("**/*.txt", ["a.txt", "b/c.txt", "b/d/e.txt"]),
        ("b/**/*.txt", ["b/c.txt", "b/d/e.txt"]),
        ("**/d/*.txt", ["b/d/e.txt"]),
        ("**/[ac].txt", ["a.txt", "b/c.txt"]),
        ("**/*.html", []),
    ],
)
def test_a_recursive_glob_matches_as_pythons_does(tmp_path: Path, pattern: str, found: list[str]) -> None:
    for name in ["a.txt", "b/c.txt", "b/d/e.txt", "b/.versteckt.txt"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    plan = ingest.plan([f"{tmp_path}/{pattern}"])
    names = [Path(p.path).relative_to(tmp_path).as_posix() for p in plan if isinstance(p, ingest.Planned)]
    assert names == found
    if not found:
        assert [r.code for r in plan if isinstance(r, Rejection)] == ["E102"]


def test_hidden_files_and_folders_are_counted_as_skipped(tmp_path: Path) -> None:
    (tmp_path / ".entwurf.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "b.txt").write_text(ARTICLE, encoding="utf-8")
    _, skipped, _ = by_kind(read_all(tmp_path))
    assert sorted((Path(s.origin).name, s.reason) for s in skipped) == [
        (".entwurf.txt", "a hidden file"),
        (".git", "a hidden folder"),
    ]


def test_a_folder_that_cannot_be_read_is_a_rejection_and_the_rest_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "gesperrt").mkdir()
    (tmp_path / "gesperrt" / "x.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    real = os.scandir

    def scandir(path: object = ".") -> object:
        if Path(str(path)).name == "gesperrt":
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    docs, _, rejections = by_kind(read_all(tmp_path))
    assert [Path(d.origin).name for d in docs] == ["a.txt"]
    assert [(r.code, Path(r.origin).name) for r in rejections] == [("E114", "gesperrt")]
    assert "Permission denied" in rejections[0].reason


def test_a_file_name_that_is_not_utf8_is_read_and_stored(tmp_path: Path) -> None:
    name = os.fsdecode(b"Stra\xdfenbau.txt")  # Latin-1 bytes in the name
    (tmp_path / "in").mkdir()
    try:
        (tmp_path / "in" / name).write_text(ARTICLE, encoding="utf-8")
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system refuses such names")
    docs, _, _ = by_kind(read_all(tmp_path / "in"))
    assert [Path(d.origin).name for d in docs] == ["Stra\\xdfenbau.txt"]
    report = ingest_paths([str(tmp_path / "in")], open_store(tmp_path / "q.db"))
    assert [o.status for o in report.outcomes] == [Status.NEW]


def jsonl(path: Path, *lines: str | bytes) -> Path:
    path.write_bytes(b"".join((x if isinstance(x, bytes) else x.encode("utf-8")) + b"\n" for x in lines))
    return path


def record(**fields: object) -> str:
    return json.dumps({"text": ARTICLE, **fields}, ensure_ascii=False)


def test_a_byte_order_mark_does_not_cost_the_first_record(tmp_path: Path) -> None:
    path = jsonl(tmp_path / "a.jsonl", b"\xef\xbb\xbf" + record(outlet="Kreisbote").encode(), record())
    docs, _, rejections = by_kind(read_all(path))
    assert len(docs) == 2 and not rejections
    assert docs[0].meta.outlet == "Kreisbote"


@pytest.mark.parametrize(
    ("line", "detail"),
    [
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ('{"a": ' * 50_000 + "1" + "}" * 50_000, "nested too deeply"),
        ('{"text": "x", "n": ' + "9" * 5000 + "}", "digits"),
    ],
    ids=["deep-array", "deep-object", "huge-integer"],
)
def test_hostile_json_lines_are_rejections_and_the_next_line_is_read(
    tmp_path: Path, line: str, detail: str
) -> None:
    docs, _, rejections = by_kind(read_all(jsonl(tmp_path / "a.jsonl", line, record())))
    assert len(docs) == 1
    assert [r.code for r in rejections] == ["E108"] and detail in rejections[0].reason


def test_lone_surrogates_become_replacement_characters_and_the_article_is_stored(tmp_path: Path) -> None:
    line = (
        '{"text": "Der Kreistag tagte \\ud800 am Montag. Er vertagte die Entscheidung.",'
        ' "title": "Kreistag \\udfff"}'
    )
    path = jsonl(tmp_path / "a.jsonl", line, '{"text": "Gl\\u00fcck gehabt \\ud83d\\ude00 sagte der Wirt."}')
    docs, _, _ = by_kind(read_all(path))
    assert docs[0].text == "Der Kreistag tagte \ufffd am Montag. Er vertagte die Entscheidung."
    assert docs[0].meta.title == "Kreistag \ufffd"
    assert docs[1].text == "Glück gehabt 😀 sagte der Wirt."  # a real pair stays one character
    report = ingest_paths([str(path)], open_store(tmp_path / "q.db"))
    assert [o.status for o in report.outcomes] == [Status.NEW, Status.NEW]


def test_a_line_over_the_limit_is_rejected_without_being_held_whole(tmp_path: Path) -> None:
    path = jsonl(tmp_path / "a.jsonl", record(text="Lang " * 3000), record())
    docs, _, rejections = by_kind(read_all(path, max_bytes=2000))
    assert len(docs) == 1 and docs[0].origin.endswith(":2")
    assert [(r.code, r.origin.rsplit(":", 1)[1]) for r in rejections] == [("E105", "1")]


def test_a_deeply_nested_sidecar_is_a_rejection(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(
        '{"outlet": ' + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8"
    )
    _, _, rejections = by_kind(read_all(tmp_path / "a.txt"))
    assert [r.code for r in rejections] == ["E112"] and "nested too deeply" in rejections[0].reason


@pytest.mark.parametrize(
    ("fields", "shown", "hint"),
    [
        ({"authors": 7}, "invalid authors value 7", "give a name or a list of names"),
        ({"outlet": ["a"]}, "invalid outlet value ['a']", "give a string"),
        ({"published": "gestern"}, "invalid published value 'gestern'", "give an ISO 8601 date"),
    ],
)
def test_a_bad_field_says_what_that_field_needs(
    tmp_path: Path, fields: dict[str, object], shown: str, hint: str
) -> None:
    _, _, rejections = by_kind(read_all(jsonl(tmp_path / "a.jsonl", record(**fields))))
    assert [r.code for r in rejections] == ["E111"]
    assert shown in rejections[0].reason and hint in rejections[0].reason


@pytest.mark.parametrize(
    ("placeholder", "why"),
    [
        ("0001-01-01", "before 1990"),
        ("0001-01-01T00:00:00Z", "before 1990"),
        ("1970-01-01T00:00:00+00:00", "before 1990"),
        ("9999-12-31T23:59:59+14:00", "after the article was read"),
        ("2999-01-01", "after the article was read"),
    ],
)
def test_an_implausible_date_is_no_published_date_but_a_stored_warning(
    tmp_path: Path, placeholder: str, why: str
) -> None:
    path = jsonl(tmp_path / "a.jsonl", record(published=placeholder))
    store = open_store(tmp_path / "q.db")
    report = ingest_paths([str(path)], store)
    assert [o.status for o in report.outcomes] == [Status.NEW]
    assert store.story_count() == 1
    article = store.article(report.outcomes[0].article_id or "")
    assert article.published is None
    assert (
        len(article.warnings) == 1 and why in article.warnings[0] and placeholder[:4] in article.warnings[0]
    )


def test_a_date_after_the_fetch_is_judged_against_the_fetch_time(tmp_path: Path) -> None:
    fetched = datetime(2020, 3, 3, 12, tzinfo=UTC)
    late = SourceDoc(
        "a", Format.WARC, ARTICLE, Metadata(published=datetime(2020, 6, 1, tzinfo=UTC), fetched=fetched)
    )
    near = replace(late, meta=replace(late.meta, published=datetime(2020, 3, 4, 9, tzinfo=UTC)))
    assert clean(late).published is None and "after the article was read" in clean(late).warnings[0]
    assert clean(near).published is not None and clean(near).warnings == ()
    assert clean(near).fetched == fetched


def test_speakers_named_in_other_alphabets_are_actors_and_the_run_goes_on(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(
        "Gespräche in Athen\n\n„Wir sind zu Kompromissen bereit“, sagte Κυριάκος Μητσοτάκης am Montag"
        " in Athen. Владимир Путин erklärte, Russland werde sich an den Gesprächen nicht beteiligen.\n",
        encoding="utf-8",
    )
    store = open_store(tmp_path / "q.db")
    report = ingest_paths([str(tmp_path / "in")], store)
    assert [o.status for o in report.outcomes] == [Status.NEW]
    assert sorted(a.name for a in store.actors()) == ["Κυριάκος Μητσοτάκης", "Владимир Путин"]


@pytest.mark.parametrize(
    ("text", "charset"),
    [
        ("Die Brücke über die Aue wird gesperrt, sagte der Bürgermeister.", "latin-1"),
        ("Die Brücke über die Aue wird gesperrt, sagte der Bürgermeister.", "cp1252"),
        ("Straße „gesperrt“ – Kosten: 5 € je Anwohner.", "cp1252"),
        ("Müller: „Ça coûte très cher“, sagte er.", "cp1252"),
        ("Größere Schäden blieben aus.", "latin-1"),
    ],
)
def test_short_western_texts_that_are_not_utf8_are_read_as_windows_1252(text: str, charset: str) -> None:
    from quellenlage.ingest.decode import decode

    assert decode(text.encode(charset), "x.txt") == text


def test_a_text_in_another_charset_is_not_forced_into_windows_1252() -> None:
    from quellenlage.ingest.decode import decode

    polish = "Wróblewski mówił o Łodzi i o świętach przez całą noc.".encode("cp1250")
    assert "£" not in decode(polish, "x.txt")  # what Windows-1252 would make of the Ł


def test_an_html_page_saved_as_txt_is_read_as_html(tmp_path: Path) -> None:
    body = "<p>Der Kreistag hat am Dienstag über die Zukunft der Klinik beraten und vertagt.</p>" * 4
    (tmp_path / "seite.txt").write_text(
        f"<!DOCTYPE html><html><head><title>Klinik</title></head><body><article><h1>Klinik bleibt offen</h1>"
        f"{body}</article></body></html>",
        encoding="utf-8",
    )
    docs, _, _ = by_kind(read_all(tmp_path / "seite.txt"))
    assert docs[0].format.value == "html"
    store = open_store(tmp_path / "q.db")
    ingest_paths([str(tmp_path / "seite.txt")], store)
    (summary,) = store.articles()
    assert "<p>" not in store.article(summary.id).text


@pytest.mark.parametrize(
    "content",
    ["a" * 2_000_000, "!?.,;:–—…" * 500, "12 345 678 90 2024 17:30", "Nur drei Wörter"],
    ids=["one-letter-run", "punctuation", "numbers", "three-words"],
)
def test_an_input_without_words_is_rejected_e202(tmp_path: Path, content: str) -> None:
    from quellenlage.pipeline import process

    (tmp_path / "x.txt").write_text(content, encoding="utf-8")
    (doc,) = by_kind(read_all(tmp_path / "x.txt"))[0]
    result = process(doc)
    assert isinstance(result, Rejection) and result.code == "E202" and result.stage == "clean"


def test_gzipped_jsonl_and_text_are_read_and_other_gzip_files_in_a_folder_skipped(tmp_path: Path) -> None:
    import gzip

    with gzip.open(tmp_path / "feed.jsonl.gz", "wt", encoding="utf-8") as out:
        out.write(record(outlet="Kreisbote") + "\n" + record(title="Zweite Meldung") + "\n")
    with gzip.open(tmp_path / "meldung.txt.gz", "wt", encoding="utf-8") as out:
        out.write(ARTICLE)
    with gzip.open(tmp_path / "tabelle.csv.gz", "wt", encoding="utf-8") as out:
        out.write("a;b\n1;2\n")
    docs, skipped, rejections = by_kind(read_all(tmp_path))
    assert [Path(d.origin).name for d in docs] == ["feed.jsonl.gz:1", "feed.jsonl.gz:2", "meldung.txt.gz"]
    assert docs[2].text == ARTICLE and not rejections
    assert [Path(s.origin).name for s in skipped] == ["tabelle.csv.gz"]


def test_a_gzip_bomb_is_rejected_after_reading_no_more_than_the_limit(tmp_path: Path) -> None:
    import gzip

    with gzip.open(tmp_path / "bombe.txt.gz", "wb", compresslevel=9) as out:
        for _ in range(200):  # 200 MB of zeros in a file of about 200 KB
            out.write(b"0" * 1_000_000)
    assert (tmp_path / "bombe.txt.gz").stat().st_size < 1_000_000
    _, _, rejections = by_kind(read_all(tmp_path / "bombe.txt.gz", max_bytes=100_000))
    assert [r.code for r in rejections] == ["E116"]


def test_a_truncated_gzip_keeps_the_records_before_the_damage(tmp_path: Path) -> None:
    import gzip

    lines = [record(title=f"Meldung {n}", text=f"{ARTICLE} Nummer {n} " + "Wort " * 400) for n in range(200)]
    data = gzip.compress(("\n".join(lines) + "\n").encode("utf-8"))
    (tmp_path / "kaputt.jsonl.gz").write_bytes(data[: len(data) // 2])
    docs, _, rejections = by_kind(read_all(tmp_path / "kaputt.jsonl.gz"))
    assert 0 < len(docs) < 200
    assert [r.code for r in rejections] == ["E115"]


def test_a_page_of_a_million_elements_is_refused_before_it_is_parsed(tmp_path: Path) -> None:
    (tmp_path / "riesig.html").write_text(
        "<html><body><article>" + "<p>Der Rat tagte.</p>" * 150_000 + "</article></body></html>",
        encoding="utf-8",
    )
    started = clock.monotonic()
    _, _, rejections = by_kind(read_all(tmp_path / "riesig.html"))
    assert [r.code for r in rejections] == ["E117"]
    assert clock.monotonic() - started < 5


def test_reading_that_runs_out_of_time_is_rejected_and_the_next_file_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from quellenlage import ingest as ingest_module

    real = ingest_module.read_html

    def stuck(data: bytes, origin: str, meta: Metadata) -> SourceDoc:
        if b"Endlos" in data:
            deadline, spinning = clock.monotonic() + 30, True
            while spinning:  # an extraction that never ends, inside a library's catch-all
                try:
                    spinning = clock.monotonic() < deadline
                except Exception:  # must not swallow the time limit
                    spinning = True
        return real(data, origin, meta)

    monkeypatch.setattr(ingest_module, "read_html", stuck)
    warm_up_models()  # loading the models is start-up, not the article's time
    folder = tmp_path / "in"
    folder.mkdir()
    paragraph = (
        "<p>Der Kreistag hat am Dienstag lange über den Bau der neuen Brücke beraten und beschlossen.</p>"
    )
    (folder / "a.html").write_text(
        f"<html><body><article><h1>Endlos</h1>{paragraph * 3}</article></body></html>"
    )
    (folder / "b.html").write_text(
        f"<html><body><article><h1>Brücke</h1>{paragraph * 3}</article></body></html>"
    )
    started = clock.monotonic()
    report = ingest_paths([str(folder)], open_store(tmp_path / "q.db"), article_seconds=0.5)
    assert clock.monotonic() - started < 20
    outcomes = {Path(o.origin).name: o for o in report.outcomes}
    assert outcomes["a.html"].code == "E290" and "ingest" in (outcomes["a.html"].reason or "")
    assert outcomes["b.html"].status is Status.NEW


@pytest.mark.parametrize(("depth", "code"), [(60_000, "E110"), (100_000, "E117")])
def test_html_nested_deep_is_a_rejection_in_bounded_time(tmp_path: Path, depth: int, code: str) -> None:
    """60,000 levels reach the parser (which finds no main text); 100,000 are refused for their tags."""
    (tmp_path / "tief.html").write_text(
        "<html><body>" + "<div>" * depth + "Der Rat tagte." + "</div>" * depth + "</body></html>",
        encoding="utf-8",
    )
    started = clock.monotonic()
    _, _, rejections = by_kind(read_all(tmp_path / "tief.html"))
    assert [r.code for r in rejections] == [code]
    assert clock.monotonic() - started < 10


def test_a_file_of_200_mb_is_refused_by_its_size_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "riesig.txt"
    with path.open("wb") as handle:
        handle.truncate(200_000_000)  # sparse: no disk space, and nothing to read would be cheap
    _, _, rejections = by_kind(read_all(path))
    assert [r.code for r in rejections] == ["E105"]
    assert "200000000" in rejections[0].reason


@pytest.mark.parametrize(
    "hostile",
    ["\x00", "\u202e", "\u202d\u2066\u2069", "\u200f"],
    ids=["nul", "right-to-left-override", "bidi-isolates", "right-to-left-mark"],
)
def test_nul_bytes_and_bidirectional_controls_never_reach_the_stored_text(
    tmp_path: Path, hostile: str
) -> None:
    text = ARTICLE.replace("Sanierung", f"Sanie{hostile}rung", 1)
    assert hostile in text
    path = jsonl(tmp_path / "a.jsonl", json.dumps({"text": text, "title": f"Titel{hostile}"}))
    store = open_store(tmp_path / "q.db")
    report = ingest_paths([str(path)], store)
    assert [o.status for o in report.outcomes] == [Status.NEW]
    stored = store.article(report.outcomes[0].article_id or "")
    assert hostile not in stored.text and "Sanierung" in stored.text
    assert all(hostile not in p for p in (stored.title or "",))


def test_a_text_of_100000_sentences_ends_in_bounded_time_and_the_batch_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Der Rat tagte. " * 100_000, encoding="utf-8")  # 1.5 MB
    (folder / "b.txt").write_text(ARTICLE, encoding="utf-8")
    warm_up_models()
    started = clock.monotonic()
    report = ingest_paths([str(folder)], open_store(tmp_path / "q.db"), article_seconds=3)
    assert clock.monotonic() - started < 30
    outcomes = {Path(o.origin).name: o for o in report.outcomes}
    assert outcomes["b.txt"].status is Status.NEW
    a = outcomes["a.txt"]
    assert a.status in (Status.NEW, Status.DUPLICATE) or a.code == "E290"


@pytest.mark.parametrize("fetched", [datetime(9999, 12, 31, 23, tzinfo=UTC), datetime(9999, 12, 31, 23)])
def test_a_fetch_date_at_the_end_of_time_is_no_crash(fetched: datetime) -> None:
    """Found in review: a WARC-Date of 9999-12-31 overflowed when two days were added to it."""
    doc = SourceDoc(
        "a", Format.WARC, ARTICLE, Metadata(published=datetime(9999, 12, 31, tzinfo=UTC), fetched=fetched)
    )
    article = clean(doc)
    assert article.published is None and "after the article was read" in article.warnings[0]
