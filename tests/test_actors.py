from __future__ import annotations

import pytest

from quellenlage.actors import build, canonical_name, key, kind_of
from quellenlage.model import ActorKind, Article, Paragraph, Role, Span, Statement, StatementForm


@pytest.mark.parametrize(
    "spelling", ["Wolodimir Selenski", "Wolodymyr Selenskyj", "Volodymyr Zelensky", "Selenskij", "Selenski"]
)
def test_transliterations_share_one_canonical_name(spelling: str) -> None:
    assert canonical_name(spelling) == "Wolodymyr Selenskyj"


def test_keys() -> None:
    assert key("Wolodimir Selenski") == key("Wolodymyr Selenskyj")
    assert key("Steve Witkoff") != key("Steve Wittkopf Meier")


@pytest.mark.parametrize(
    ("name", "other"),
    [
        ("Łukasz Wróbel", "Lukasz Wrobel"),  # ł has no accent to strip, and still folds to l
        ("Øystein Ødegård", "Oystein Odegard"),
        ("Ayşe Yıldız", "Ayse Yildiz"),
    ],
)
def test_letters_unicode_does_not_decompose_fold_like_accents(name: str, other: str) -> None:
    assert key(name) == key(other) and key(name)


@pytest.mark.parametrize("name", ["Владимир Путин", "Κυριάκος Μητσοτάκης", "李 强", "Путин"])
def test_names_in_other_alphabets_keep_their_letters(name: str) -> None:
    """Not transliterated (Путин stays apart from Putin), but never an empty key that would make every
    such name one actor, and never a crash."""
    k = key(name)
    assert k and len(k.split()) == len(name.split())
    assert k != key("Putin") and canonical_name(name) is None


@pytest.mark.parametrize("name", ["", "  ", "- –", "42 17", "„“"])
def test_a_name_without_letters_has_an_empty_key_and_no_canonical_name(name: str) -> None:
    assert key(name) == "" and canonical_name(name) is None


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Kreml", ActorKind.ORGANISATION),
        ("Regierungskreise", ActorKind.ANONYMOUS),
        ("Steve Witkoff", ActorKind.PERSON),
        ("Bundeswirtschaftsministerium", ActorKind.ORGANISATION),
    ],
)
def test_kinds(name: str, kind: ActorKind) -> None:
    assert kind_of(name) == kind


def _article(outlet: str, *actors: str) -> Article:
    text = f"Er sagte etwas. ({outlet})"  # one text per outlet: articles are content-addressed
    sts = tuple(
        Statement(f"s{i}", StatementForm.INDIRECT, (Span(3, 8),), (Span(9, 14),), actor=a)
        for i, a in enumerate(actors)
    )
    return Article(text=text, paragraphs=(Paragraph(Role.BODY, 0, len(text)),), outlet=outlet, statements=sts)


def test_build_merges_spellings_surnames_and_outlets() -> None:
    actors = build(
        [
            _article("20 Minuten", "Wolodimir Selenski", "Selenski", "Kreml"),
            _article("Stadtblatt", "Wolodymyr Selenskyj", "Steve Witkoff", "Witkoff"),
        ]
    )
    by_name = {a.name: a for a in actors}
    sel = by_name["Wolodymyr Selenskyj"]
    assert sel.statements == 3
    assert set(sel.aliases) == {"Wolodimir Selenski", "Selenski"}
    assert set(sel.outlets) == {"20 Minuten", "Stadtblatt"}
    assert by_name["Steve Witkoff"].statements == 2
    assert by_name["Kreml"].kind is ActorKind.ORGANISATION


def test_a_surname_alone_never_merges_two_people() -> None:
    actors = build(
        [
            _article("Kirchenblatt", "Markus Schmid"),
            _article("Wirtschaftsblatt", "Lasse Schmid", "Schmid"),
            _article("Lokalblatt", "Schmid"),
        ]
    )
    by_name = {a.name: a for a in actors}
    assert by_name["Markus Schmid"].statements == 1
    assert by_name["Lasse Schmid"].statements == 2
    assert by_name["Schmid"].statements == 1


@pytest.mark.parametrize(
    ("name", "listed"),
    [
        ("Medwedew", "Dmitri Medwedew"),
        ("Dmitri Medwedew", "Dmitri Medwedew"),
        ("Dmitrij Medwedew", "Dmitri Medwedew"),
        ("Daniil Medvedev", None),  # another first name: another person
        ("Olga Putin", None),
    ],
)
def test_a_listed_surname_needs_the_listed_first_name(name: str, listed: str | None) -> None:
    assert canonical_name(name) == listed


@pytest.mark.parametrize(
    ("name", "description"),
    [
        ("CDU-Politiker", True),
        ("Arzt aus dem Kreis Unna", True),
        ("ehemalige Finanzminister von Nordrhein-Westfalen", True),
        ("Polizei", True),
        ("Innenministerium", True),
        ("Einige Gewerkschaften", True),
        ("Bundesregierung", False),
        ("Kreml", False),
        ("Lasse Schmid", False),
        ("Zuger Regierung", False),
    ],
)
def test_descriptions(name: str, description: bool) -> None:
    from quellenlage.actors import is_description

    assert is_description(name) is description


def test_descriptions_are_one_actor_per_article() -> None:
    actors = build([_article("A", "CDU-Politiker"), _article("B", "CDU-Politiker", "CDU-Politiker")])
    found = sorted(a.statements for a in actors if a.name == "CDU-Politiker")
    assert found == [1, 2]
    assert all(a.kind is ActorKind.DESCRIPTION for a in actors)


def test_people_a_statement_is_about_are_actors_too() -> None:
    text = "Er sagte, Wladimir Putin habe eingelenkt."
    st = Statement(
        "s1", StatementForm.INDIRECT, (Span(3, 8),), (Span(10, len(text) - 1),), actor="Steve Witkoff"
    )
    article = Article(
        text=text, paragraphs=(Paragraph(Role.BODY, 0, len(text)),), outlet="X", statements=(st,)
    )
    by_name = {a.name: a for a in build([article])}
    assert by_name["Wladimir Putin"].mentions == 1
    assert by_name["Wladimir Putin"].statements == 0
    assert by_name["Steve Witkoff"].statements == 1
