"""Snippet evaluation of HTML extraction, as trafilatura reports it.

For each page, every ``with`` snippet found in the extracted text is a true positive and every
one missed a false negative; every ``without`` snippet found is a false positive and every one
absent a true negative. Text and snippets are compared after the same normalization (one kind
of space, NFC, consistent quotes), so typographic clean-up neither helps nor hurts a score.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from quellenlage.errors import InputError
from quellenlage.eval.metrics import PRF
from quellenlage.ingest.html import read_html
from quellenlage.model import Metadata, Rejection
from quellenlage.nlp.text import normalize
from quellenlage.pipeline import process

Extractor = Callable[[bytes, str | None], str]


@dataclass(frozen=True, slots=True)
class ExtractionScore(PRF):
    pages: int
    failed: int
    tp: int
    fp: int
    fn: int
    tn: int
    seconds: float

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.seconds if self.seconds else 0.0

    def as_dict(self) -> dict[str, float | int]:
        out: dict[str, float | int] = asdict(self)
        out |= {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "pages_per_second": round(self.pages_per_second, 1),
        }
        return out


def ours(html: bytes, url: str | None) -> str:
    """The text our ingest path keeps for a page: trafilatura, then our cleaning stage."""
    try:
        result = process(read_html(html, url or "page", Metadata(url=url)))
    except InputError:
        return ""
    return "" if isinstance(result, Rejection) else result.text


def _squash(text: str) -> str:
    return " ".join(normalize(text).split())


def score(
    pages: Path, expected: Path, extract: Extractor = ours, limit: int | None = None
) -> ExtractionScore:
    gold = json.loads(expected.read_text(encoding="utf-8"))
    tp = fp = fn = tn = failed = n = 0
    spent = 0.0
    for url, item in list(gold.items())[:limit]:
        path = pages / item["file"]
        if not path.is_file():
            continue
        html = path.read_bytes()
        start = time.perf_counter()
        text = extract(html, url)
        spent += time.perf_counter() - start
        n += 1
        failed += not text
        found = _squash(text)
        for snippet in item.get("with", []):
            hit = _squash(snippet) in found
            tp += hit
            fn += not hit
        for snippet in item.get("without", []):
            hit = _squash(snippet) in found
            fp += hit
            tn += not hit
    return ExtractionScore(pages=n, failed=failed, tp=tp, fp=fp, fn=fn, tn=tn, seconds=spent)
