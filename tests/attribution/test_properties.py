"""No text makes attribution raise, and every statement points at real, non-empty characters."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quellenlage.attribution import attribute
from quellenlage.model import Article, Paragraph, Role

PIECES = st.sampled_from(
    [
        "sagte", "Er", "sagte,", "„", "“", "«", "»", "\"", ":", ",", ".", "laut", "zufolge",
        "nach Angaben der",
        "Polizei", "habe", "sei", "Die Ministerin Anna Berg", "wies", "zurück", "nicht bestätigt",
        "demnach", "Wie", "so", "Das", "hieß es", "wird angenommen", "‚", "‘", "(", ")", "–", "\n",
        "ist zuversichtlich",
    ]
)  # fmt: skip
TEXTS = st.one_of(st.text(max_size=300), st.lists(PIECES, max_size=60).map(" ".join))


def check(text: str) -> None:
    if not text.strip():
        return
    article = attribute(Article(text=text, paragraphs=(Paragraph(Role.BODY, 0, len(text)),)))
    ids = {s.id for s in article.statements}
    for s in article.statements:
        assert s.message, s
        for span in (*s.message, *s.cue, *(x for x in (s.source, s.medium, s.addressee, s.time) if x)):
            assert 0 <= span.start < span.end <= len(text)
        assert s.nested_in is None or s.nested_in in ids


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_attribution_never_raises(text: str) -> None:
    check(text)


def test_pathological_punctuation() -> None:
    for text in (
        "„" * 5000, "“" * 5000, ", sagte er" * 2000, ("Wort " * 10_000) + "sagte er.",
        "„Ja“, sagte " + "er " * 5000, "laut " * 3000, "«»" * 4000, "\"" * 3001,
    ):  # fmt: skip
        check(text)
