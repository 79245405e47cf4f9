"""Cleaning of German plain-text scrapes: each edge case is a small article of our own."""

from __future__ import annotations

from datetime import datetime

import pytest

from quellenlage.clean import clean, clean_many
from quellenlage.errors import CleanError
from quellenlage.model import Article, Format, Metadata, Rejection, RemovedKind, Role, SourceDoc

BODY = (
    "Der Stadtrat hat am Montag lange über den neuen Haushalt beraten. Am Ende stimmte eine knappe Mehrheit "
    "für den Entwurf der Verwaltung."
)
BODY2 = "Die Opposition kündigte an, das Ergebnis prüfen zu lassen. Eine Entscheidung wird im Mai erwartet."


def run(text: str, **meta: object) -> Article:
    return clean(SourceDoc("test.txt", Format.TEXT, text, Metadata(**meta)))  # type: ignore[arg-type]


def removed(article: Article, kind: RemovedKind) -> list[str]:
    return [r.text for r in article.removed if r.kind is kind]


def test_offsets_slice_the_frozen_text() -> None:
    a = run(f"Haushalt beschlossen\n\n{BODY}\n\n{BODY2}")
    for p in a.paragraphs:
        assert a.text[p.start : p.end] == a.paragraph_text(p)
    assert a.title == "Haushalt beschlossen"


@pytest.mark.parametrize(
    ("line", "kicker", "title"),
    [
        ("Streit im RathausHaushalt knapp beschlossen", "Streit im Rathaus", "Haushalt knapp beschlossen"),
        ("Ärger in ÖlbergÜberraschung bei der Wahl", "Ärger in Ölberg", "Überraschung bei der Wahl"),
    ],
)
def test_glued_kicker_is_split_from_the_title(line: str, kicker: str, title: str) -> None:
    a = run(f"{line}\n\n{BODY}\n\n{BODY2}")
    assert (a.kicker, a.title) == (kicker, title)


@pytest.mark.parametrize("title", ["Neue WhatsApp-Regeln für Schulen", "Warum YouTube seine Regeln ändert"])
def test_camel_case_brands_are_not_split(title: str) -> None:
    a = run(f"{title}\n\n{BODY}\n\n{BODY2}")
    assert a.title == title
    assert a.kicker is None


def test_kicker_on_its_own_line_above_the_title() -> None:
    a = run(f"Stadtrat\nHaushalt nach langer Debatte beschlossen\n\n{BODY}\n\n{BODY2}")
    assert a.kicker == "Stadtrat"
    assert a.title == "Haushalt nach langer Debatte beschlossen"


def test_teaser_before_title_becomes_the_lead() -> None:
    teaser = "Der Stadtrat stimmt knapp für den Haushalt."
    a = run(f"{teaser}\nHaushalt beschlossen\n\n{BODY}\n\n{BODY2}")
    assert a.title == "Haushalt beschlossen"
    assert a.lead == teaser
    assert a.paragraphs[0].role is Role.TITLE  # canonical order: title before lead


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Publiziert17. August 2025, 20:11", datetime(2025, 8, 17, 20, 11)),
        ("Veröffentlicht am 3. März 2026, 18:40 Uhr", datetime(2026, 3, 3, 18, 40)),
        ("Stand: 04.03.2026, 07:15 Uhr", datetime(2026, 3, 4, 7, 15)),
        ("Aktualisiert am Montag, 5. Januar 2026 um 9.05 Uhr", datetime(2026, 1, 5, 9, 5)),
        ("2026-02-01", datetime(2026, 2, 1)),
    ],
)
def test_timestamp_lines_give_the_date_and_are_removed(line: str, expected: datetime) -> None:
    a = run(f"{line}\n\nHaushalt beschlossen\n\n{BODY}")
    assert a.published == expected
    assert removed(a, RemovedKind.TIMESTAMP) == [line]


def test_explicit_zone_makes_the_date_aware() -> None:
    a = run(f"Haushalt beschlossen\n17.08.2025, 20:11 Uhr MESZ\n\n{BODY}")
    assert a.published is not None and a.published.utcoffset() is not None
    assert a.published.isoformat() == "2025-08-17T20:11:00+02:00"


def test_swiss_spelling_gives_the_zurich_zone() -> None:
    swiss = "Die Strasse bleibt gesperrt, schliesslich fehlt das Geld. Das heisst: warten."
    a = run(f"Publiziert 2. Mai 2025, 08:00\n\nStrasse gesperrt\n\n{swiss}")
    assert a.timezone == "Europe/Zurich"
    assert a.published is not None and a.published.isoformat() == "2025-05-02T08:00:00+02:00"


def test_body_dates_are_not_publication_dates() -> None:
    a = run(f"Haushalt beschlossen\n\nAm 17. August 2025 tagte der Rat. {BODY}")
    assert a.published is None


def test_caption_above_a_credit_is_removed_with_the_credit() -> None:
    caption = "Die Ratsmitglieder bei der Abstimmung im Sitzungssaal."
    credit = "Copyright: Erika Muster/dpa"
    a = run(f"Haushalt beschlossen\n\n{caption}\n{credit}\n{BODY}\n\n{BODY2}")
    assert removed(a, RemovedKind.CAPTION) == [caption]
    assert removed(a, RemovedKind.CREDIT) == [credit]
    assert caption not in a.text and credit not in a.text
    assert a.agencies == ("dpa",)


@pytest.mark.parametrize(
    "credit", ["Foto: Keystone", "Bild: Max Muster/AFP", "© Reuters", "Fotos: Erika Muster"]
)
def test_credit_lines(credit: str) -> None:
    a = run(f"Haushalt beschlossen\n\n{BODY}\n\nDer Saal war voll.\n{credit}\n\n{BODY2}")
    assert credit in removed(a, RemovedKind.CREDIT)


def test_inline_caption_credit() -> None:
    line = "Die Bürgermeisterin bei ihrer Rede. Foto: Max Muster"
    a = run(f"Haushalt beschlossen\n\n{BODY}\n\n{line}\n\n{BODY2}")
    assert removed(a, RemovedKind.CAPTION) == [line]


def test_source_line_does_not_make_the_paragraph_above_a_caption() -> None:
    a = run(f"Haushalt beschlossen\n\n{BODY}\n{BODY2}\nQuelle: Statistisches Landesamt")
    assert BODY2 in a.texts(Role.BODY)
    assert removed(a, RemovedKind.CAPTION) == []


@pytest.mark.parametrize("line", ["AFP", "dpa", "Reuters/dpa", "Keystone-SDA"])
def test_bare_agency_line_is_a_credit(line: str) -> None:
    a = run(f"Haushalt beschlossen\n\n{BODY}\n\n{line}\n\n{BODY2}")
    assert removed(a, RemovedKind.CREDIT) == [line]
    assert a.agencies


@pytest.mark.parametrize(
    "promo",
    [
        "Folgst du schon dem Stadtblatt auf Whatsapp?",
        "Folgen Sie uns auf Instagram!",
        "Abonnieren Sie jetzt unseren Newsletter und bleiben Sie informiert.",
        "Lesen Sie auch: Was der Haushalt für Familien bedeutet",
        "Mehr zum Thema",
        "Jetzt herunterladen und keine Eilmeldung verpassen",
    ],
)
def test_promos_are_removed(promo: str) -> None:
    a = run(f"Haushalt beschlossen\n\n{BODY}\n\n{promo}\n\n{BODY2}")
    assert removed(a, RemovedKind.PROMO) == [promo]
    assert promo not in a.text


def test_outlet_named_in_a_promo() -> None:
    a = run(f"Haushalt beschlossen\n\n{BODY}\n\nFolgst du schon 20 Minuten auf Whatsapp?")
    assert a.outlet == "20 Minuten"
    assert a.timezone is None  # no date, so no zone to report


def test_news_about_whatsapp_is_not_a_promo() -> None:
    line = "Der Messengerdienst Whatsapp hat nach eigenen Angaben zwei Milliarden Nutzer."
    a = run(f"Whatsapp wächst\n\n{BODY}\n\n{line}")
    assert line in a.texts(Role.BODY)


def test_repeated_paragraph_is_kept_once() -> None:
    a = run(f"Haushalt beschlossen\n\n{BODY}\n\n{BODY2}\n\n{BODY2}")
    assert a.text.count(BODY2) == 1
    assert removed(a, RemovedKind.DUPLICATE) == [BODY2]


@pytest.mark.parametrize(
    ("ending", "authors", "agencies"),
    [("(jag)", ("jag",), ()), ("(dpa/jag)", ("jag",), ("dpa",)), ("(AFP)", (), ("AFP",))],
)
def test_closing_initials(ending: str, authors: tuple[str, ...], agencies: tuple[str, ...]) -> None:
    a = run(f"Haushalt beschlossen\n\n{BODY}\n\n{BODY2} {ending}")
    assert a.authors == authors
    assert a.agencies == agencies
    assert a.texts(Role.BODY)[-1] == BODY2
    assert removed(a, RemovedKind.INITIALS) == [ending]


def test_party_in_parentheses_is_not_initials() -> None:
    text = "Das sagte die Abgeordnete Erika Muster (SPD)."
    a = run(f"Haushalt beschlossen\n\n{BODY}\n\n{text}")
    assert a.texts(Role.BODY)[-1] == text
    assert a.authors == ()


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Von Karin Muster", ["Karin Muster"]),
        ("Von Tobias Brenner und Mira Castell", ["Tobias Brenner", "Mira Castell"]),
        ("Text: Anna-Lena Berg", ["Anna-Lena Berg"]),
        ("Von Ursula von der Heide", ["Ursula von der Heide"]),
        ("Von Łukasz Wróbel", ["Łukasz Wróbel"]),
        ("Von Šárka Dvořáková und Øystein Ødegård", ["Šárka Dvořáková", "Øystein Ødegård"]),
        ("Text: Ayşe Yıldız", ["Ayşe Yıldız"]),
    ],
)
def test_bylines(line: str, authors: list[str]) -> None:
    a = run(f"Haushalt beschlossen\n\n{line}\n\n{BODY}\n\n{BODY2}")
    assert list(a.authors) == authors
    assert a.texts(Role.BYLINE) == [line]


def test_bare_name_after_title_and_lead_is_a_byline() -> None:
    a = run(f"Haushalt beschlossen\n\nDer Rat stimmt knapp zu.\n\nKarin Muster\n\n{BODY}\n\n{BODY2}")
    assert a.authors == ("Karin Muster",)


def test_summary_bullets_between_head_and_body() -> None:
    bullets = ["Der Rat stimmt knapp zu.", "Die Opposition will klagen.", "Im Mai fällt die Entscheidung."]
    head = "Haushalt beschlossen\n\nEin langer Abend im Rathaus.\n\n"
    a = run(head + "\n\n".join(bullets) + f"\n\n{BODY}\n\n{BODY2}")
    assert a.texts(Role.BULLET) == bullets
    assert a.lead == "Ein langer Abend im Rathaus."


def test_marked_bullets() -> None:
    a = run(f"Haushalt beschlossen\n\n• Der Rat stimmt zu\n• Die Opposition klagt\n\n{BODY}")
    assert a.texts(Role.BULLET) == ["Der Rat stimmt zu", "Die Opposition klagt"]


@pytest.mark.parametrize("heading", ["Was bedeutet das für Familien?", "Opposition kündigt Klage an"])
def test_subheadings_inside_the_body(heading: str) -> None:
    a = run(f"Haushalt beschlossen\n\n{BODY}\n\n{heading}\n\n{BODY2}")
    assert a.texts(Role.SUBHEADING) == [heading]


def test_quote_ending_paragraph_is_body_not_heading() -> None:
    quote = "„Wir werden klagen“, sagte die Sprecherin."
    a = run(f"Haushalt beschlossen\n\n{BODY}\n\n{quote}")
    assert quote in a.texts(Role.BODY)


def test_title_hint_from_metadata_is_used_and_not_repeated() -> None:
    a = run(f"Haushalt beschlossen\n\n{BODY}", title="Haushalt beschlossen")
    assert a.title == "Haushalt beschlossen"
    assert a.text.count("Haushalt beschlossen") == 1


def test_title_hint_is_added_when_the_text_lacks_it() -> None:
    a = run(BODY, title="Haushalt beschlossen")
    assert a.title == "Haushalt beschlossen"
    assert a.paragraphs[0].role is Role.TITLE


def test_normalization_of_spaces_and_quotes() -> None:
    a = run("Haushalt\u00a0beschlossen\n\n,,Das ist gut''\u202fsagte sie. Es geht´s voran.")
    assert a.title == "Haushalt beschlossen"
    assert "„Das ist gut“ sagte sie." in a.text
    assert "geht’s" in a.text


def test_guillemets_are_kept() -> None:
    a = run(f"«Mini-Nato» für den Rat\n\n{BODY}")
    assert a.title == "«Mini-Nato» für den Rat"


def test_hard_wrapped_text_is_rejoined() -> None:
    wrapped = (
        "Der Stadtrat hat am Montag lange über den neuen Haushalt\n"
        "beraten und am Ende mit knapper Mehrheit dem Entwurf der\n"
        "Verwaltung zugestimmt, obwohl die Opposition bis zuletzt\n"
        "gegen einzelne Posten protestierte und Änderungen verlangte\n"
        "und schließlich eine Prüfung ankündigte."
    )
    a = run(f"Haushalt beschlossen\n\n{wrapped}\n\n{wrapped.replace('Montag', 'Dienstag')}")
    assert len(a.texts(Role.BODY) + a.texts(Role.LEAD)) == 2


def test_language_is_detected() -> None:
    assert run(f"Haushalt beschlossen\n\n{BODY}").language == "de"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "E202"),
        ("   \n\n  ", "E202"),
        ("Foto: dpa", "E202"),  # fewer than five words: no article at all
        ("Folgen Sie uns auf Instagram!", "E201"),  # words, but only boilerplate
        ("Folgen Sie uns auf Instagram!\n\nFoto: dpa\n\nMehr zum Thema", "E201"),
    ],
)
def test_nothing_left_is_a_clean_error(text: str, code: str) -> None:
    with pytest.raises(CleanError) as info:
        run(text)
    assert info.value.code == code


def test_clean_many_turns_failures_into_rejections() -> None:
    docs = [SourceDoc("a", Format.TEXT, f"Titel\n\n{BODY}"), SourceDoc("b", Format.TEXT, "Foto: dpa")]
    results = list(clean_many(docs))
    assert isinstance(results[0], Article)
    assert isinstance(results[1], Rejection)
    assert results[1].code == "E202"
    assert results[1].origin == "b"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("ARTIKEL AUF EINER SEITE LESEN > Vorherige Seite", RemovedKind.NAVIGATION),
        ("Vorherige Seite 1 2 3 Nächste Seite", RemovedKind.NAVIGATION),
        ("Seite 2 von 3", RemovedKind.NAVIGATION),
        ("Fotostrecke mit 3 Bildern", RemovedKind.CAPTION),
        ("Bildergalerie: 12 Fotos", RemovedKind.CAPTION),
        ("Folgen Sie dem Kreisboten schon bei Facebook?", RemovedKind.PROMO),
        ("Abonnieren Sie unseren Telegram-Kanal!", RemovedKind.PROMO),
    ],
)
def test_navigation_galleries_and_follow_prompts_are_removed_by_kind(line: str, kind: RemovedKind) -> None:
    a = run(f"Haushalt beschlossen\n\n{BODY}\n\n{line}\n\n{BODY2}")
    assert line not in a.text
    assert (kind, line) in [(r.kind, r.text) for r in a.removed]
    assert BODY in a.text and BODY2 in a.text


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Täter hatte seine Pläne zuvor in einem Telegram-Kanal angekündigt.",
        "Die Ermittler werteten einen Telegram-Kanal mit 40.000 Abonnenten aus.",
        "Auf der nächsten Seite des Berichts nennt das Amt weitere Zahlen.",
        "Die Polizei bittet um Rückfragen bei der Pressestelle, sagte der Sprecher.",
    ],
)
def test_news_sentences_that_name_a_channel_or_a_page_are_kept(sentence: str) -> None:
    a = run(f"Haushalt beschlossen\n\n{BODY}\n\n{sentence}\n\n{BODY2}")
    assert sentence in a.text


def test_a_press_release_contact_block_is_removed_and_the_release_kept() -> None:
    contact = [
        "Rückfragen bitte an:",
        "Stadtwerke Kesselbach",
        "Pressestelle",
        "Telefon: 0123 45 67-0",
        "E-Mail: presse@stadtwerke.example",
    ]
    a = run(f"Neue Tarife ab Mai\n\n{BODY}\n\n{BODY2}\n\n" + "\n".join(contact))
    assert a.text.endswith(BODY2)
    assert [r.text for r in a.removed if r.kind is RemovedKind.CONTACT] == contact


@pytest.mark.parametrize("place", ["Berlin.", "Frankfurt/Main.", "Bad Kreuznach.", "Halle (Saale)."])
def test_a_place_alone_above_the_first_paragraph_is_a_dateline_not_the_lead(place: str) -> None:
    a = run(f"Haushalt beschlossen\n\n{place}\n\n{BODY}\n\n{BODY2}")
    assert a.texts(Role.LEAD) == [BODY]
    assert [(r.kind, r.text) for r in a.removed] == [(RemovedKind.DATELINE, place)]


@pytest.mark.parametrize(
    "text",
    [
        f"Brexit.\n\n{BODY}\n\n{BODY2}",  # a one-word title
        f"Haushalt beschlossen\n\nDer Rat tagte.\n\n{BODY}",  # a short sentence, not a place
        f"Haushalt beschlossen\n\n{BODY}\n\nBerlin.\n\n{BODY2}",  # not at the top
    ],
)
def test_other_short_lines_are_not_datelines(text: str) -> None:
    assert not [r for r in run(text).removed if r.kind is RemovedKind.DATELINE]
