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
    text = "Er sagte etwas."
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
