"""Ledger benchmark: time to build one story's claim ledger against the story's size, on one core.

    python bench/bench_ledger.py [--sizes 10 100 1000]

Each synthetic article is cleaned and attributed once (not timed): a handful of speakers make claims
about a few topics in varied German sentences, with confirmations, denials and plain-fact headlines,
as a busy running story has them. Then the ledger of a story made of the first N articles is built
and timed (best of three). As a reference from the same run, the attribution of those N articles is
timed too, so the ratio shows the ledger's share of the work. Target: under 1 s at 1,000 articles.
"""

from __future__ import annotations

import argparse
import random
import time

from quellenlage.attribution import attribute
from quellenlage.clean import clean
from quellenlage.ledger import build
from quellenlage.model import Article, Format, Metadata, SourceDoc, Story

SPEAKERS = [
    "Ministerin Anna Berg",
    "Bürgermeister Jan Kurz",
    "Gewerkschafter Uwe Roth",
    "Konzernchefin Eva Stein",
]
TOPICS = [
    ("die Brücke", "werde {n} Millionen Euro kosten"),
    ("das Werk", "schließe Ende {y}"),
    ("der Bund", "zahle {n} Millionen Euro für den Umbau"),
    ("die Stadt", "stelle {n} neue Lehrkräfte ein"),
    ("der Konzern", "streiche {n} Arbeitsplätze"),
]


def text(rng: random.Random, i: int) -> str:
    lines = [f"Neues im Streit um die Zukunft der Stadt, Folge {i}"]
    for _ in range(6):
        who = rng.choice(SPEAKERS)
        subject, rest = rng.choice(TOPICS)
        claim = rest.format(n=rng.choice([40, 300, 800]), y=rng.choice([2027, 2028]))
        form = rng.randrange(4)
        if form == 0:
            lines.append(f"{who} sagte am Montag, {subject} {claim}.")
        elif form == 1:
            lines.append(
                f"Nach Angaben von {who.split()[-2]} {who.split()[-1]} {claim.split()[0]} {subject} bald."
            )
        elif form == 2:
            lines.append(f"{who} bestätigte, {subject} {claim}.")
        else:
            lines.append("Das Ministerium hat die Zahl bislang nicht bestätigt.")
    return "\n\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 1000])
    args = ap.parse_args()
    rng = random.Random(3)
    largest = max(args.sizes)
    articles: list[Article] = []
    attribution_seconds = []
    for i in range(largest):
        doc = SourceDoc(f"a{i}", Format.TEXT, text(rng, i), Metadata(outlet=f"outlet{i % 12}"))
        start = time.perf_counter()
        articles.append(attribute(clean(doc)))
        attribution_seconds.append(time.perf_counter() - start)
    print(
        f"{'articles':>9} {'statements':>11} {'claims':>7} {'ledger s':>9} {'attribution s':>14} {'ratio':>6}"
    )
    for n in args.sizes:
        part = articles[:n]
        story = Story(id="S1", label="bench", members=tuple(a.id for a in part))
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            ledger = build(story, part)
            best = min(best, time.perf_counter() - start)
        statements = sum(len(a.statements) for a in part)
        reference = sum(attribution_seconds[:n])
        row = (n, statements, len(ledger.claims), best, reference, best / reference)
        print("{:>9} {:>11} {:>7} {:>9.3f} {:>14.3f} {:>6.2f}".format(*row))


if __name__ == "__main__":
    main()
