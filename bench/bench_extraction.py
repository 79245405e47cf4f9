"""Extraction benchmark: our HTML path against trafilatura's extraction alone, on the same pages, in one run.

    python bench/bench_extraction.py [--pages DIR] [--expected FILE] [--repeat N]

Three paths over the same pages, each warmed up on every page first (so that one-off costs such as
compiling dateparser's locales count for none of them), then timed over ``--repeat`` interleaved passes
on one core, each path's best pass counting:

- *trafilatura*: ``trafilatura.extract``, text only, no metadata: the reference;
- *extraction*: our reading of a page (``read_html``): main text and metadata, what trafilatura's
  extraction does with its metadata pass;
- *+ cleaning*: that, then our cleaning stage (``clean``): the text and metadata stored;
- *end to end*: HTML to stored article: reading, cleaning, analysis, attribution, the SQLite store
  and the story assignment at the end of the run.

Prints snippet F1 and pages per second of each, and the speed ratios against trafilatura (targets:
extraction ≥ 0.9, end to end ≥ 0.5, F1 not lower than the gate's floor).
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import trafilatura

from quellenlage.clean import clean
from quellenlage.errors import CleanError, InputError
from quellenlage.eval.extraction import ours, score
from quellenlage.ingest.html import read_html
from quellenlage.model import Metadata, Rejection
from quellenlage.pipeline import assign_stories, process
from quellenlage.store import open_store

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data" / "extraction-de"


def plain_trafilatura(html: bytes, url: str | None) -> str:
    return trafilatura.extract(html, url=url) or ""


def extraction(html: bytes, url: str | None) -> str:
    try:
        return read_html(html, url or "page", Metadata(url=url)).text
    except InputError:
        return ""


def cleaned(html: bytes, url: str | None) -> str:
    try:
        return clean(read_html(html, url or "page", Metadata(url=url))).text
    except (InputError, CleanError):  # no page, or nothing of an article left: no text
        return ""


def one_pass(pages: list[tuple[bytes, str]], run: Callable[[bytes, str], object]) -> float:
    """Seconds for one pass of ``run`` over every page."""
    start = time.perf_counter()
    for html, url in pages:
        run(html, url)
    return time.perf_counter() - start


def stored_pass(pages: list[tuple[bytes, str]]) -> float:
    """Seconds from HTML to stored article for every page, stories included, in a new store."""
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "bench.db")
        start = time.perf_counter()
        with store.writing():
            for html, url in pages:
                try:
                    result = process(read_html(html, url, Metadata(url=url)))
                except InputError as err:
                    result = err.rejection(url)
                if isinstance(result, Rejection):
                    store.add_rejection(result)
                else:
                    store.add_article(result)
        assign_stories(store)
        spent = time.perf_counter() - start
        store.close()
    return spent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=Path, default=SHARED / "pages")
    ap.add_argument("--expected", type=Path, default=SHARED / "expected.json")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    gold = json.loads(args.expected.read_text(encoding="utf-8"))
    pages = [
        ((args.pages / item["file"]).read_bytes(), url)
        for url, item in gold.items()
        if (args.pages / item["file"]).is_file()
    ]
    passes: dict[str, Callable[[], float]] = {
        "trafilatura": lambda: one_pass(pages, plain_trafilatura),
        "extraction": lambda: one_pass(pages, extraction),
        "+ cleaning": lambda: one_pass(pages, cleaned),
        "end to end": lambda: stored_pass(pages),
    }
    for run in passes.values():  # warm-up: one untimed pass of each
        run()
    best = dict.fromkeys(passes, float("inf"))
    for _ in range(args.repeat):  # interleaved, so that a busy moment hits every path alike
        for name, run in passes.items():
            best[name] = min(best[name], run())
    reference, ours_speed, cleaned_speed, whole = (len(pages) / best[name] for name in passes)
    f1_reference = score(args.pages, args.expected, plain_trafilatura)
    f1_ours = score(args.pages, args.expected, extraction)
    f1_cleaned = score(args.pages, args.expected, cleaned)
    f1_whole = score(args.pages, args.expected, ours)  # the text stored: attribution changes none of it
    print(f"{len(pages)} pages, the best of {args.repeat} interleaved passes of each")
    print(f"{'':<14}{'F1':>7}{'precision':>11}{'recall':>8}{'pages/s':>9}{'ratio':>7}")
    for name, s, speed in (
        ("trafilatura", f1_reference, reference),
        ("extraction", f1_ours, ours_speed),
        ("+ cleaning", f1_cleaned, cleaned_speed),
        ("end to end", f1_whole, whole),
    ):
        ratio = speed / reference
        print(f"{name:<14}{s.f1:>7.3f}{s.precision:>11.3f}{s.recall:>8.3f}{speed:>9.1f}{ratio:>7.2f}")
    print(
        f"ratio extraction {ours_speed / reference:.3f} (target ≥ 0.9), "
        f"end to end {whole / reference:.3f} (target ≥ 0.5)"
    )


if __name__ == "__main__":
    main()
