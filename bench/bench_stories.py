"""Story benchmark: dedup + incremental clustering of a synthetic stream, on one core.

    python bench/bench_stories.py [--articles 100000] [--topics 3000]

Articles are a few hundred words drawn from a few thousand topics that share a general vocabulary
(Zipf-distributed), in time order; about 5% are near-duplicate wire copies of an earlier article.
The timed work per article is what ingest does: build the profile (lemmas, MinHash) and add it to
the index. It prints articles/s overall and for the first and the last 10,000 articles, peak
memory, and, as a reference measured in the same run, brute-force clustering (each article against
every story) over the first articles, so the ratio shows what the bounded index saves.
Target: at least 500 articles/s, peak memory under 2 GB, and a flat rate from first to last.
"""

from __future__ import annotations

import argparse
import random
import resource
import time
from datetime import datetime, timedelta

from quellenlage import stories
from quellenlage.nlp.sentences import word_tokens
from quellenlage.stories import Profile, StoryIndex, signature, terms_of

SYLLABLES = "ka lo mer tan fus bri gel nor ste wa ru pen dol sik ha ver mun zel tor lin".split()


def word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))


def stream(n: int, topics: int, seed: int = 7) -> list[tuple[str, str, datetime, str]]:
    rng = random.Random(seed)
    general = [word(rng) for _ in range(20_000)]
    weights = [1 / (i + 1) for i in range(len(general))]
    topic_words = [[word(rng).capitalize() for _ in range(30)] for _ in range(topics)]
    start = datetime(2026, 1, 1)
    out: list[tuple[str, str, datetime, str]] = []
    for i in range(n):
        when = start + timedelta(minutes=2 * i)
        if out and rng.random() < 0.05:  # wire copy of a recent article with a new headline
            title, text, _, _ = out[rng.randrange(max(0, len(out) - 500), len(out))]
            out.append(
                (f"Neu: {title}", text + " " + " ".join(rng.choices(general, k=12)), when, f"outlet{i % 40}")
            )
            continue
        topic = topic_words[min(int(rng.expovariate(1 / (topics / 4))), topics - 1)]
        body = rng.choices(topic, k=100) + rng.choices(general, weights=weights, k=150)
        rng.shuffle(body)
        out.append((" ".join(rng.sample(topic, 6)), " ".join(body), when, f"outlet{i % 40}"))
    return out


def profile_of(i: int, item: tuple[str, str, datetime, str]) -> Profile:
    title, text, when, outlet = item
    return Profile(
        str(i), terms_of(title, text), when, outlet, (), title, signature(word_tokens(title + " " + text))
    )


def brute_force(items: list[tuple[str, str, datetime, str]]) -> float:
    """Reference: every article compared with every story centroid (no index)."""
    index = StoryIndex()
    start = time.perf_counter()
    for i, item in enumerate(items):
        p = profile_of(i, item)
        index.freq.add(p.terms)
        vec = stories.vector(p.terms, index.freq)
        best = max(index.stories.values(), key=lambda s: stories.similarity(vec, s.centroid), default=None)
        if best is None or stories.similarity(vec, best.centroid) < stories.SAME_STORY:
            best = index._new_story(p)
        index._join(best, p, vec, wire=False)
    return len(items) / (time.perf_counter() - start)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--topics", type=int, default=3000)
    ap.add_argument("--reference", type=int, default=3000, help="articles for the brute-force reference")
    args = ap.parse_args()
    items = stream(args.articles, args.topics)
    index = StoryIndex()
    window = 10_000
    marks = []
    start = last = time.perf_counter()
    for i, item in enumerate(items):
        index.add(profile_of(i, item))
        if (i + 1) % window == 0:
            now = time.perf_counter()
            marks.append(window / (now - last))
            last = now
    total = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t0 = time.perf_counter()
    index_ref = StoryIndex()
    for i, item in enumerate(items[: args.reference]):
        index_ref.add(profile_of(i, item))
    ours_first = args.reference / (time.perf_counter() - t0)
    reference = brute_force(items[: args.reference])
    print(f"{args.articles} articles, {len(index.stories)} stories, {total:.1f} s")
    print(f"overall: {args.articles / total:,.0f} articles/s; peak memory {peak_mb:,.0f} MB")
    if marks:
        print(
            f"first {window:,}: {marks[0]:,.0f}/s; last {window:,}: {marks[-1]:,.0f}/s; "
            f"ratio last/first {marks[-1] / marks[0]:.2f}"
        )
    print(
        f"first {args.reference:,} articles: indexed {ours_first:,.0f}/s, brute force {reference:,.0f}/s, "
        f"ratio {ours_first / reference:.2f}"
    )


if __name__ == "__main__":
    main()
