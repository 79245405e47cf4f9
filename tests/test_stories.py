"""Duplicates and story clustering, on small articles of our own and on the demo corpus."""

from __future__ import annotations

from datetime import datetime, timedelta

from quellenlage.clean import clean
from quellenlage.model import Article, Format, Metadata, SourceDoc
from quellenlage.stories import (
    Frequencies,
    MemoryIndex,
    StoryIndex,
    cluster,
    profile,
    similarity,
    terms_of,
    vector,
    wire_agencies,
)

BRIDGE = (
    "Die Brücke über die Elbe in Kesselfurt bleibt wegen Rissen im Beton gesperrt. Die Stadtverwaltung prüft "
    "einen Neubau, der nach ersten Schätzungen 40 Millionen Euro kosten würde. Pendler müssen Umwege fahren."
)
BRIDGE_2 = (
    "Kesselfurt muss die Elbbrücke vorerst sperren: Gutachter fanden Risse im Beton. Ein Neubau könnte rund "
    "40 Millionen Euro kosten, sagt die Stadtverwaltung. Für Pendler gibt es Umleitungen."
)
LIBRARY = (
    "Die Stadtbibliothek verlängert ihre Öffnungszeiten und öffnet künftig auch sonntags. Lernplätze seien "
    "stark gefragt, sagte die Leiterin. Zwei Teilzeitkräfte werden zusätzlich eingestellt."
)


def article(title: str, body: str, outlet: str, day: int = 1) -> Article:
    meta = Metadata(outlet=outlet, published=datetime(2026, 3, day, 8, 0))
    return clean(SourceDoc(f"{outlet}-{title}", Format.TEXT, f"{title}\n\n{body}", meta))


def test_same_story_across_outlets_and_different_stories_apart() -> None:
    stories = cluster(
        [
            article("Elbbrücke gesperrt", BRIDGE, "Stadtblatt"),
            article("Risse in der Elbbrücke", BRIDGE_2, "Elbe-Echo", 2),
            article("Bibliothek öffnet sonntags", LIBRARY, "Stadtblatt", 2),
        ]
    )
    sizes = sorted(len(s.members) for s in stories)
    assert sizes == [1, 2]
    bridge = next(s for s in stories if len(s.members) == 2)
    assert set(bridge.outlets) == {"Stadtblatt", "Elbe-Echo"}
    assert bridge.first_seen == datetime(2026, 3, 1, 8, 0)
    assert bridge.last_seen == datetime(2026, 3, 2, 8, 0)
    assert bridge.label in ("Elbbrücke gesperrt", "Risse in der Elbbrücke")


def test_wire_copy_republished_with_new_headline_is_a_near_duplicate() -> None:
    wire = f"Kesselfurt (dpa) - {BRIDGE} (dpa)"
    original = article("Elbbrücke gesperrt", wire, "Stadtblatt")
    copy = article("Risse: Brücke zu", wire + " Die Stadt informiert am Abend.", "Elbe-Echo")
    assert wire_agencies(original) == ("dpa",)
    [story] = cluster([original, copy])
    assert story.duplicates == ((copy.id, original.id),)
    assert set(story.wire) == {original.id, copy.id}
    assert story.independent_outlets == ()
    assert set(story.outlets) == {"Stadtblatt", "Elbe-Echo"}


def test_photo_credit_is_not_wire() -> None:
    a = article("Elbbrücke gesperrt", f"Die Brücke am Abend.\nFoto: dpa\n{BRIDGE}", "Stadtblatt")
    assert wire_agencies(a) == ()


def test_stories_far_apart_in_time_stay_apart() -> None:
    early = article("Elbbrücke gesperrt", BRIDGE, "Stadtblatt", 1)
    later = clean(
        SourceDoc(
            "late", Format.TEXT, f"Risse in der Elbbrücke\n\n{BRIDGE_2}",
            Metadata(outlet="Elbe-Echo", published=datetime(2026, 3, 1) + timedelta(days=200)),
        )
    )  # fmt: skip
    assert len(cluster([early, later])) == 2


def test_similarity_is_symmetric_and_bounded() -> None:
    freq = Frequencies()
    a, b = terms_of("Elbbrücke gesperrt", BRIDGE), terms_of("Bibliothek", LIBRARY)
    freq.add(a)
    freq.add(b)
    va, vb = vector(a, freq), vector(b, freq)
    assert similarity(va, vb) == similarity(vb, va)
    assert 0.0 <= similarity(va, vb) < 0.42 <= similarity(va, va) <= 1.0


def test_index_cost_is_bounded_by_postings() -> None:
    memory = MemoryIndex()
    index = StoryIndex(memory)
    for n in range(300):
        text = f"Thema{n} Ereignis{n} Bericht{n} " * 5 + "gemeinsames Wort Stadt Rat."
        p = profile(clean(SourceDoc(str(n), Format.TEXT, f"Titel {n} Nummer{n}\n\n{text}")))
        index.add(p)
    index.flush()
    assert len(memory.stories) > 40  # more stories than one posting may hold
    assert all(len(posting) <= 40 for posting in memory.postings.values())
