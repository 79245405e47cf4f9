from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quellenlage.model import Article, Paragraph, Role
from quellenlage.nlp import analysis
from quellenlage.nlp.sentences import spans


def _article(*paragraphs: str) -> Article:
    text = "\n\n".join(paragraphs)
    out, pos = [], 0
    for p in paragraphs:
        out.append(Paragraph(Role.BODY, pos, pos + len(p)))
        pos += len(p) + 2
    return Article(text=text, paragraphs=tuple(out))


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Der stellv. Landrat sprach am 3. Mai in der Hauptstr. 5 vor Gästen. Danach ging er.", 2),
        ("Der Verein Hundefreunde e.V. lud ein. Prof. Dr. Anna Vogt kam auch.", 2),
        ("„Wir bleiben“, sagte sie. „Und wir kämpfen.“ Dann war Ruhe.", 3),
        ("Die Firma Kranz GmbH & Co. KG wächst. Ihr Chef ist Ralf B. Ohm.", 2),
    ],
)
def test_sentences_agree_with_the_one_splitter(text: str, count: int) -> None:
    a = analysis.compute(text, [(0, len(text))])
    assert len(a.sentences) == count
    assert [(s.start, s.end) for s in map(a.sentence_span, range(count))] == spans(text)


def test_tokens_are_offsets_with_lemmas_and_paragraphs() -> None:
    a = analysis.of(_article("Die Ministerinnen sagten ab.", "Sie hätten keine Zeit."))
    assert [a.token(i) for i in range(len(a))][:4] == ["Die", "Ministerinnen", "sagten", "ab"]
    assert a.lemmas[2] == "sagen"
    assert a.lemmas[4] == "."  # a mark is its own lemma
    assert a.paragraphs == ((0, 5), (5, 10))
    assert a.sentences == ((0, 5), (5, 10))
    assert [a.token(i) for i in analysis.words(a, 0, 17)] == ["Die", "Ministerinnen"]


def test_part_of_speech_and_morphology_are_looked_up_per_form() -> None:
    a = analysis.compute("Der Sprecher bestätigte es.", [(0, 27)])
    assert analysis.pos(a, 1) == "NN"
    assert analysis.pos(a, 2) == "VV(FIN)"
    assert ("te", "SUF_FIN") in analysis.morphology(a, 2)


def test_an_article_keeps_its_analysis_and_one_from_the_store_gets_a_new_one() -> None:
    article = analysis.analyse(_article("Er sagte nichts."))
    assert analysis.of(article) is article.analysis
    bare = _article("Er sagte nichts.")
    assert bare.analysis is None
    assert analysis.of(bare) == article.analysis


@given(st.text(alphabet="abcäöüß ÄB.,;:!?„“»«-'’\n0123456789", max_size=200))
def test_every_token_slices_back_and_sentences_never_cross_paragraphs(text: str) -> None:
    parts = text.split("\n\n")
    article = _article(*parts)
    a = analysis.of(article)
    for i in range(len(a)):
        assert article.text[a.starts[i] : a.ends[i]] == a.token(i)
        assert a.token(i).strip() == a.token(i) and a.token(i)
    for first, end in a.sentences:
        assert any(p0 <= first and end <= p1 for p0, p1 in a.paragraphs)


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("mit 5,1 angegeben", ["mit", "5,1", "angegeben"]),
        ("1.200,50 Euro", ["1.200,50", "Euro"]),
        ("Rot, Grün", ["Rot", ",", "Grün"]),
    ],
)
def test_a_decimal_comma_stays_inside_its_number(text: str, tokens: list[str]) -> None:
    a = analysis.compute(text, [(0, len(text))])
    assert [a.token(i) for i in range(len(a))] == tokens
