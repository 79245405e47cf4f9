"""Store benchmark: a growing corpus through the whole pipeline into SQLite, and the reads on it.

    python bench/bench_store.py [--articles N] [--runs R] [--db FILE]

Articles are generated: the paragraphs of the demo corpus (``examples/``, fiction we write) recombined
with varied places, numbers and days. Known weakness: the pool is small, so the articles collapse into
a few huge stories (5,000 articles gave 3), which makes ``story`` and ``claims`` measure the ledger of a
several-thousand-article story; a generator with topic-distinct vocabulary is still to be written.
They are ingested in ``R`` runs of equal size through the whole pipeline (cleaning, analysis,
attribution, stories). Printed: articles per second of the first and last run and their ratio (target
at least 0.9: the cost of an article must not grow with the store), peak RSS (target below 2 GB), and
the time of ``story ID --json``, of ``stories`` (the list the API pages through, 50 at a time), and of
``claims --status not_confirmed`` over the whole store (targets below 0.1 s, 0.1 s and 1 s). The reads
run through the CLI in this process. Issue 9 asks for 100,000 articles; on the current code (story
index as one JSON document, claims computed when asked) the reads grow with the corpus, so run it
smaller first: ``--articles 2000``.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import tempfile
import time
from pathlib import Path

from typer.testing import CliRunner

from quellenlage.cli import app
from quellenlage.pipeline import ingest_paths
from quellenlage.store import open_store

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
PLACES = ["Kesselfurt", "Talheim", "Wendelsbach", "Oberried", "Kaltenau", "Brunnstedt", "Hagenow", "Ilmried"]
DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"]


def paragraphs() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    for line in (EXAMPLES / "rundschau-am-sonntag.jsonl").read_text(encoding="utf-8").splitlines():
        texts.append(json.loads(line)["text"])
    out = [p.strip() for t in texts for p in t.split("\n\n") if len(p.strip()) > 80]
    return sorted(set(out))


def generate(n: int, seed: int = 20261204) -> list[dict[str, str]]:
    rng = random.Random(seed)
    pool = paragraphs()
    rows = []
    for k in range(n):
        place, topic = rng.choice(PLACES), k // 4  # meant as four articles per story; see the docstring
        body = [pool[(topic * 7 + j) % len(pool)] for j in range(4)]
        text = "\n\n".join(p.replace("Kesselfurt", place) for p in body)
        text = text.replace("800", str(100 + topic % 900)).replace("Montag", rng.choice(DAYS))
        title = f"{place}: Bericht {topic} aus der Region"
        month, day = 1 + (topic // 600) % 12, 1 + topic % 28
        rows.append(
            {
                "text": f"{title}\n\n{text}\n\nNachtrag {k}.",
                "outlet": f"blatt-{k % 7}.example",
                "published": f"2026-{month:02d}-{day:02d}T{8 + k % 10:02d}:00:00+01:00",
            }
        )
    return rows


def timed(args: list[str], db: Path) -> tuple[float, str]:
    runner = CliRunner()
    start = time.perf_counter()
    result = runner.invoke(app, [*args, "--db", str(db)])
    elapsed = time.perf_counter() - start
    if result.exit_code != 0:
        raise SystemExit(f"{' '.join(args)} failed: {result.output[-500:]}")
    return elapsed, result.output


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--db", type=Path, default=None)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench_store_"))
    db = args.db or folder / "bench.db"
    rows = generate(args.articles)
    ingest_paths([], open_store(folder / "warm.db"))  # load the models first, as a long run has them
    warm = folder / "warm.jsonl"
    warm.write_text(json.dumps(generate(20, seed=1)[0], ensure_ascii=False) + "\n", encoding="utf-8")
    ingest_paths([str(warm)], open_store(folder / "warm.db"))
    size = max(1, len(rows) // args.runs)
    rates = []
    for run, start in enumerate(range(0, len(rows), size)):
        path = folder / f"run{run}.jsonl"
        chunk = rows[start : start + size]
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in chunk), encoding="utf-8")
        store = open_store(db)
        began = time.perf_counter()
        report = ingest_paths([str(path)], store)
        rates.append(len(chunk) / (time.perf_counter() - began))
        store.close()
        print(f"run {run + 1}: {len(chunk)} articles, {len(report.outcomes)} outcomes, {rates[-1]:.1f}/s")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    stories_s, listing = timed(["stories", "--json"], db)
    first = json.loads(listing)[0]["id"] if listing.strip() != "[]" else None
    story_s = timed(["story", first, "--json"], db)[0] if first else float("nan")
    claims_s = timed(["claims", "--status", "not_confirmed", "--json"], db)[0]
    print(f"articles: {len(rows)} in {len(rates)} runs; store {db.stat().st_size / 1e6:.1f} MB")
    print(f"ingest: first run {rates[0]:.1f}/s, last run {rates[-1]:.1f}/s, ratio {rates[-1] / rates[0]:.2f}")
    print(f"peak RSS: {rss:.0f} MB (target < 2048)")
    print(f"story ID --json: {story_s * 1000:.0f} ms (target < 100)")
    print(f"stories --json (all; no paging yet): {stories_s * 1000:.0f} ms (target for a page of 50 < 100)")
    print(f"claims --status not_confirmed: {claims_s:.2f} s (target < 1)")


if __name__ == "__main__":
    main()
