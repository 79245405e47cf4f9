"""Extraction benchmark: our HTML path against plain trafilatura, on the same pages, in one run.

    python bench/bench_extraction.py [--pages DIR] [--expected FILE]

Prints snippet F1 and pages per second (one core) for both, and the ratios ours / trafilatura.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import trafilatura

from quellenlage.eval.extraction import ours, score

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data" / "extraction-de"


def plain_trafilatura(html: bytes, url: str | None) -> str:
    return trafilatura.extract(html, url=url) or ""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=Path, default=SHARED / "pages")
    ap.add_argument("--expected", type=Path, default=SHARED / "expected.json")
    args = ap.parse_args()
    reference = score(args.pages, args.expected, plain_trafilatura)
    result = score(args.pages, args.expected, ours)
    print(f"{'':<20}{'F1':>8}{'precision':>11}{'recall':>8}{'pages/s':>10}")
    for name, s in (("trafilatura (plain)", reference), ("quellenlage", result)):
        print(f"{name:<20}{s.f1:>8.3f}{s.precision:>11.3f}{s.recall:>8.3f}{s.pages_per_second:>10.1f}")
    print(
        f"ratio F1 {result.f1 / reference.f1:.3f}, "
        f"speed {result.pages_per_second / reference.pages_per_second:.2f}"
    )


if __name__ == "__main__":
    main()
