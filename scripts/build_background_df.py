"""Build the background document-frequency table that story similarity starts from.

    python scripts/build_background_df.py [--parl ../shared/data/spkatt-parl]

Source: the SpkAtt-2023 Task 1 Bundestag speeches (CC BY-SA 4.0, which allows this use). Each speech
is cut into documents of 15 sentences (about the length of a news article); every document's
content-word lemmas are counted once, exactly as :func:`quellenlage.stories.terms_of` sees them.
Lemmas in fewer than two documents are dropped to keep the table small. The output is
``src/quellenlage/nlp/de/background_df.json.gz``; see ``src/quellenlage/nlp/de/BACKGROUND.md``.
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections import Counter
from pathlib import Path

from quellenlage.stories import terms_of

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "quellenlage" / "nlp" / "de" / "background_df.json.gz"
CHUNK = 15


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--parl", type=Path, default=ROOT.parent / "shared" / "data" / "spkatt-parl")
    args = ap.parse_args()
    df: Counter[str] = Counter()
    documents = 0
    for path in sorted(args.parl.glob("*/*.json")):
        sentences = [" ".join(s["Tokens"]) for s in json.loads(path.read_text(encoding="utf-8"))["Sentences"]]
        for i in range(0, len(sentences), CHUNK):
            df.update(set(terms_of("", " ".join(sentences[i : i + CHUNK]))))
            documents += 1
    kept = {t: n for t, n in sorted(df.items()) if n >= 2}
    data = {
        "source": "SpkAtt-2023 Task 1 Bundestag speeches, CC BY-SA 4.0",
        "documents": documents,
        "df": kept,
    }
    with gzip.open(OUT, "wt", encoding="utf-8") as handle:
        json.dump(data, handle, ensure_ascii=False, separators=(",", ":"))
    print(f"{documents} documents, {len(kept)} lemmas -> {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
