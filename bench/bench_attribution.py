"""Attribution benchmark: cleaning + attribution throughput on one core, in tokens per second.

    python bench/bench_attribution.py [--dev DIR] [--repeat N]

Texts are the SpkAtt news dev documents, detokenized. The first pass runs with empty caches (the
mood, lemma and role caches are cleared; HanTa's model and simplemma's dictionary are loaded first, as
at start-up), so word forms not seen yet are paid for. As a reference from the same run, the bare
regex tokenization of the same texts is timed; the ratio says how many times more our full stage costs
than reading the tokens. Target: at least 30,000 tokens/s, cold.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from quellenlage.attribution import attribute
from quellenlage.clean import clean
from quellenlage.eval.spkatt_predict import detokenize
from quellenlage.model import Format, SourceDoc
from quellenlage.nlp import lemma, mood
from quellenlage.nlp.roles import is_title
from quellenlage.nlp.sentences import TOKEN

DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "spkatt-news" / "dev"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dev", type=Path, default=DEV)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    texts, tokens = [], 0
    for path in sorted(args.dev.glob("*.json")):
        sentences = [s["Tokens"] for s in json.loads(path.read_text(encoding="utf-8"))["Sentences"]]
        if sentences:
            title = path.stem.split(" - ", 1)[-1]
            texts.append(title + "\n\n" + detokenize(sentences)[0])
            tokens += sum(len(s) for s in sentences)
    mood.is_subjunctive.cache_clear()
    lemma.cache_clear()
    is_title.cache_clear()
    mood._tagger()  # loading the models is start-up, not per-article cost
    lemma.load()

    def run() -> tuple[float, int]:
        start = time.perf_counter()
        found = 0
        for n, text in enumerate(texts):
            found += len(attribute(clean(SourceDoc(f"d{n}", Format.TEXT, text))).statements)
        return time.perf_counter() - start, found

    cold, statements = run()
    warm = min(run()[0] for _ in range(args.repeat))
    start = time.perf_counter()
    for text in texts:
        TOKEN.findall(text)
    reference = time.perf_counter() - start
    print(f"{len(texts)} documents, {tokens} tokens, {statements} statements")
    print(f"clean + attribute, cold caches: {tokens / cold:>10,.0f} tokens/s")
    print(f"clean + attribute, warm:        {tokens / warm:>10,.0f} tokens/s")
    print(f"tokenize only (reference):      {tokens / reference:>10,.0f} tokens/s")
    print(
        f"ratio cold / reference {reference / cold:.3f}; cold against the 30,000 tokens/s target: "
        f"{tokens / cold / 30_000:.2f}x"
    )


if __name__ == "__main__":
    main()
