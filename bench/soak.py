"""Soak test: a generated mix of good, duplicate, near-duplicate, bad and skipped inputs, then fuzzing.

    python bench/soak.py [--inputs 50000] [--fuzz-seconds 60] [--keep DIR]

Writes the inputs into a temporary folder (JSONL files of 1,000 records, single text, HTML, feed and
WARC files, files that are skipped), ingests the folder into a new SQLite store through the whole
pipeline, and prints throughput, peak memory (RSS) and the count of each rejection code. It checks that
new + duplicates + rejected + skipped equals the inputs written, that every kind of input ended as it
should (each bad input rejected with its code), and that the database agrees: as many articles as new
inputs, a rejection row for each rejected one. Then it runs every target of the fuzz harness
(``tests/fuzz/harness.py``) for ``--fuzz-seconds``. Exits 1 when a check fails.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import resource
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the tests' fuzz harness

from tests.fuzz import harness

from bench_store import generate
from quellenlage.pipeline import Status, ingest_paths
from quellenlage.store import open_store

#: Bad inputs: (file name or None for a JSONL line, content, the rejection code it must get).
BAD_LINES: list[tuple[bytes, str]] = [
    (b'{"text": "kaputt', "E108"),
    (b"[" * 100_000 + b"]" * 100_000, "E108"),
    (b'{"text": ""}', "E109"),
    (b'{"title": "ohne Text"}', "E109"),
    (b'{"text": "Zu kurz."}', "E202"),
    (b'{"text": "' + b"a" * 3000 + b'"}', "E202"),
    (b'{"text": "Ein ganz normaler Satz mit genug Worten.", "published": "gestern"}', "E111"),
    (b'{"text": "Ein ganz normaler Satz mit genug Worten.", "published": ' + b"9" * 5000 + b"}", "E108"),
]
BAD_FILES: list[tuple[str, bytes, str]] = [
    ("leer.txt", b"", "E103"),
    ("bild.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40, "E104"),
    ("satzzeichen.txt", b".,;:!?-" * 400, "E202"),
    ("nichts.html", b"<html><body><div></div></body></html>", "E110"),
    (
        "boese.rss",
        b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss/>',
        "E118",
    ),
    ("kaputt.warc", b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nabc", "E120"),
    ("bombe.txt.gz", gzip.compress(b"a" * 30_000_000), "E116"),
]
SKIPPED_FILES = [("notizen.md", b"# Notizen"), (".versteckt.txt", b"versteckt"), ("daten.csv", b"a,b\n1,2")]


def near(text: str, rng: random.Random, number: int) -> str:
    """The same article with one word of its body changed and a sentence added: another text (the
    ``number`` makes each one unique), the same story."""
    words = text.split(" ")
    k = rng.randrange(len(words) // 2, len(words))
    words[k] = words[k] + "n" if words[k].isalpha() else words[k]
    return " ".join(words) + f" Die Sitzung dauerte {number + 2} Stunden."


def write_inputs(folder: Path, n: int, seed: int = 7) -> Counter[str]:
    """Write ``n`` inputs; returns how many of each kind: good, duplicate, near, bad:CODE, skipped."""
    rng = random.Random(seed)
    expected: Counter[str] = Counter()
    files = [(name, data, code) for name, data, code in BAD_FILES]
    skipped = list(SKIPPED_FILES)
    singles = len(files) + len(skipped) + 5  # + the HTML page, the feed's 2 entries, the WARC's 2 records
    lines_wanted = max(n - singles, 0)
    good_rows = generate(lines_wanted)
    lines: list[bytes] = []
    seen: list[dict[str, str]] = []
    for row in good_rows:
        if len(lines) >= lines_wanted:
            break
        roll = rng.random()
        if roll < 0.08 and seen:
            twin = dict(rng.choice(seen), outlet="Kopierblatt")
            lines.append(json.dumps(twin, ensure_ascii=False).encode())
            expected["duplicate"] += 1
        elif roll < 0.16 and seen:
            other = dict(rng.choice(seen))
            other["text"] = near(other["text"], rng, expected["near"])
            lines.append(json.dumps(other, ensure_ascii=False).encode())
            expected["near"] += 1
        elif roll < 0.22:
            line, code = rng.choice(BAD_LINES)
            lines.append(line)
            expected[f"bad:{code}"] += 1
        if len(lines) < lines_wanted:
            lines.append(json.dumps(row, ensure_ascii=False).encode())
            seen.append(row)
            expected["good"] += 1
    for k in range(0, len(lines), 1000):
        (folder / f"teil-{k // 1000:04d}.jsonl").write_bytes(b"\n".join(lines[k : k + 1000]) + b"\n")
    for name, data, code in files:
        (folder / name).write_bytes(data)
        expected[f"bad:{code}"] += 1
    for name, data in skipped:
        (folder / name).write_bytes(data)
        expected["skipped"] += 1
    (folder / "seite.html").write_bytes(harness.seed("page.html"))
    (folder / "bote.rss").write_bytes(harness.seed("feed.rss"))
    (folder / "crawl.warc").write_bytes(harness.seed("crawl.warc"))
    expected["good"] += 1 + 2  # the page and two feed entries
    expected["duplicate"] += 1  # the WARC's response holds the same page
    expected["skipped"] += 1  # the WARC's request record
    return expected


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--inputs", type=int, default=50_000)
    ap.add_argument("--fuzz-seconds", type=float, default=60.0)
    ap.add_argument(
        "--keep", type=Path, help="write the inputs and the store here instead of a temporary folder"
    )
    args = ap.parse_args()
    failures: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        root = args.keep or Path(tmp)
        folder = root / "inputs"
        folder.mkdir(parents=True, exist_ok=True)
        expected = write_inputs(folder, args.inputs)
        inputs = sum(expected.values())
        store = open_store(root / "soak.db")
        started = time.perf_counter()
        report = ingest_paths([str(folder)], store)
        seconds = time.perf_counter() - started
        counts = {s: report.count(s) for s in Status}
        codes = Counter(o.code for o in report.outcomes if o.status is Status.REJECTED)
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(
            f"{inputs} inputs in {seconds:.1f} s: {inputs / seconds:.1f} inputs/s, peak RSS {peak_mb:.0f} MB"
        )
        print("outcomes: " + ", ".join(f"{s} {counts[s]}" for s in Status))
        print("rejections by code: " + ", ".join(f"{c} {n}" for c, n in sorted(codes.items(), key=str)))
        print("written: " + ", ".join(f"{k} {v}" for k, v in sorted(expected.items())))
        total = sum(counts.values())
        if total != inputs:
            failures.append(f"new + duplicates + rejected + skipped = {total}, not the {inputs} inputs")
        if counts[Status.NEW] != expected["good"] + expected["near"]:
            failures.append(
                f"{counts[Status.NEW]} new, not the {expected['good'] + expected['near']} written"
            )
        if counts[Status.DUPLICATE] != expected["duplicate"]:
            failures.append(f"{counts[Status.DUPLICATE]} duplicates, not {expected['duplicate']}")
        if counts[Status.SKIPPED] != expected["skipped"]:
            failures.append(f"{counts[Status.SKIPPED]} skipped, not {expected['skipped']}")
        wanted = Counter({k.removeprefix("bad:"): v for k, v in expected.items() if k.startswith("bad:")})
        if codes != wanted:
            failures.append(f"rejection codes {dict(codes)}, not {dict(wanted)}")
        if store.article_count() != counts[Status.NEW]:
            failures.append(f"the store holds {store.article_count()} articles, not {counts[Status.NEW]}")
        if len(store.rejections()) != counts[Status.REJECTED]:
            failures.append(
                f"the store holds {len(store.rejections())} rejections, not {counts[Status.REJECTED]}"
            )
        store.close()
    if args.fuzz_seconds > 0:
        started = time.perf_counter()
        ran = harness.run_for(args.fuzz_seconds)
        spent = time.perf_counter() - started
        print(
            f"fuzzing {spent:.0f} s: " + ", ".join(f"{k} {v}" for k, v in ran.items()) + " inputs, no failure"
        )
    for failure in failures:
        print(f"FAILED: {failure}")
    print("soak: ok" if not failures else f"soak: {len(failures)} checks failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
