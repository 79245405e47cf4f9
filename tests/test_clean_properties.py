"""Properties of cleaning: offsets always slice back exactly, and no input makes it raise anything else."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quellenlage.clean import clean
from quellenlage.errors import CleanError
from quellenlage.model import Format, Metadata, SourceDoc

GERMANISH = st.sampled_from(
    [
        "Der Rat hat beschlossen.", "„Wir klagen“, sagte sie.", "Foto: dpa", "Copyright: X/AP/dpa", "AFP",
        "Publiziert17. August 2025, 20:11", "Folgst du schon uns auf Whatsapp?", "(jag)", "Von Karin Muster",
        "Überraschung in MoskauPutin lenkt ein", "Was nun?", "• Punkt", "«Zitat»", "", " ", "\u00a0", "\n",
        "Stand: 04.03.2026, 07:15 Uhr", "Quelle: Amt", "Text: Anna Berg", "- ", "((", "„", "»", "...",
    ]
)  # fmt: skip
LINES = st.lists(st.one_of(GERMANISH, st.text(max_size=80)), max_size=25).map("\n".join)


def _check(text: str, title: str | None = None) -> None:
    try:
        article = clean(SourceDoc("p", Format.TEXT, text, Metadata(title=title)))
    except CleanError as err:
        assert err.code in ("E201", "E202")  # nothing left, or no words to begin with
        return
    for p in article.paragraphs:
        assert 0 <= p.start < p.end <= len(article.text)
        assert article.text[p.start : p.end] == article.paragraph_text(p)
        assert article.paragraph_text(p) == article.paragraph_text(p).strip()
    ends = [p.end for p in article.paragraphs]
    starts = [p.start for p in article.paragraphs]
    assert all(e < s for e, s in zip(ends, starts[1:], strict=False))  # in order, no overlap
    assert "\n\n".join(article.paragraph_text(p) for p in article.paragraphs) == article.text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_arbitrary_unicode_never_raises(text: str) -> None:
    _check(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(LINES, st.one_of(st.none(), st.text(max_size=40)))
def test_article_like_lines_keep_exact_offsets(text: str, title: str | None) -> None:
    _check(text, title)


def test_pathological_inputs() -> None:
    for text in [
        "„" * 10_000,
        "a" * 10_000,
        ("Wort " * 2_000) + "\n" + "Foto:" * 500,
        "\n" * 5_000,
        "“»«„" * 3000,
    ]:
        _check(text)
