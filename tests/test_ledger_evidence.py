"""The ledger on small stories of our own: signals link only on evidence, one origin's run of statements is
one claim, ids come from content, and claims are ranked."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from quellenlage import serialize
from quellenlage.attribution import attribute
from quellenlage.ledger import build
from quellenlage.model import Article, Paragraph, Role, Story


def article(outlet: str, *paragraphs: str) -> Article:
    text = "\n\n".join(paragraphs)
    spans, pos = [], 0
    for p in paragraphs:
        spans.append(Paragraph(Role.BODY, pos, pos + len(p)))
        pos += len(p) + 2
    return attribute(Article(text=text, paragraphs=tuple(spans), outlet=outlet))


def ledger(*articles: Article) -> dict[str, Any]:
    story = Story("S1", "test", tuple(a.id for a in articles))
    articles = list(articles)
    return serialize.ledger(build(story, articles), {a.id: a.text for a in articles})


def test_a_signal_with_no_evidence_stays_unlinked() -> None:
    # One airline's confirmation says nothing about another airline's plan.
    a = article(
        "Reiseblatt",
        "Der Vorstand der Nordflug sagte, die Strecke nach Oslo werde im Winter eingestellt.",
        "Ein Sprecher der Südair bestätigte, alle Flüge am Montag fielen wegen des Streiks aus.",
    )
    data = ledger(a)
    [plan] = [c for c in data["claims"] if "Oslo" in c["gist"]]
    assert plan["status"]["value"] == "no_signal"
    assert [s["polarity"] for s in data["unlinked_signals"]] == ["confirm"]
    assert "Flüge" in data["unlinked_signals"][0]["text"]


def test_a_signal_that_shares_content_links() -> None:
    a = article(
        "Reiseblatt",
        "Der Betriebsrat sagte, die Strecke nach Oslo werde im Winter eingestellt.",
        "Die Nordflug bestätigte, dass die Strecke nach Oslo im Winter eingestellt werde.",
    )
    data = ledger(a)
    [plan] = [c for c in data["claims"] if "Oslo" in c["gist"]]
    assert plan["status"]["value"] == "confirmed"
    assert data["unlinked_signals"] == []


def test_an_anaphor_links_to_the_claim_just_before() -> None:
    a = article(
        "Stadtbote",
        "Die Bürgerinitiative erklärte, der Stadtrat plane den Verkauf des Hallenbads an einen Investor.",
        "Die Stadtverwaltung hat solche Pläne bislang nicht bestätigt.",
    )
    [claim] = ledger(a)["claims"]
    assert claim["status"]["value"] == "not_confirmed"


def test_one_origins_run_in_a_paragraph_is_one_claim() -> None:
    a = article(
        "Stadtbote",
        "Der Bürgermeister Karl Senft sagte, das Hallenbad werde 2027 geschlossen. "
        "Für das Hallenbad gebe es keinen Käufer, sagte Senft.",
        "Die Bürgermeisterin Ute Brand sagte, der Haushalt sei ausgeglichen.",
    )
    claims = ledger(a)["claims"]
    by_origin = {c["origin"]: c for c in claims}
    assert len(by_origin["Karl Senft"]["carried_by"][0]["statements"]) == 2
    assert len(claims) == 2


def test_claim_ids_come_from_content_not_position() -> None:
    a = article("Stadtbote", "Die Bürgermeisterin Ute Brand sagte, der Haushalt der Stadt sei ausgeglichen.")
    b = article("Landeszeitung", "Der Landrat Ralf Oster sagte, die Kreisstraße werde im Mai saniert.")
    alone = {c["origin"]: c["id"] for c in ledger(a)["claims"]}
    both = {c["origin"]: c["id"] for c in ledger(b, a)["claims"]}
    assert alone["Ute Brand"] == both["Ute Brand"]
    assert alone["Ute Brand"] != both["Ralf Oster"]


def test_claims_carried_by_more_outlets_come_first() -> None:
    first = article("Stadtbote", "Der Landrat Ralf Oster sagte, die Kreisstraße werde im Mai saniert.")
    lone = article(
        "Landeszeitung",
        "Die Bürgermeisterin Ute Brand sagte, der Haushalt der Stadt sei ausgeglichen.",
        "Der Landrat Ralf Oster sagte, die Kreisstraße werde im Mai für drei Wochen saniert.",
    )
    claims = ledger(first, replace(lone))["claims"]
    assert claims[0]["origin"] == "Ralf Oster"
    assert len(claims[0]["carried_by"]) == 2


def test_statements_with_too_little_content_are_no_claims() -> None:
    a = article("Stadtbote", "Die Bürgermeisterin Ute Brand zeigte sich offen.")
    assert ledger(a)["claims"] == []


_TIE = """
import json
from tests.test_ledger_evidence import article, ledger
a = article("Stadtbote", "Der Betriebsrat sagte, die Stadtwerke erhöhen im Januar die Preise für Fernwärme.")
b = article("Kreisblatt", "Der Mieterverein erklärte, die Stadtwerke erhöhen im Januar die Gebühren.")
c = article("Blatt", "Die Stadtwerke erhöhen im Januar die Preise für Fernwärme und die Gebühren.")
print(json.dumps([(x["origin"], len(x["attribution_dropped"])) for x in ledger(a, b, c)["claims"]]))
"""


def test_a_tie_between_claims_never_depends_on_the_hash_seed() -> None:
    # The plain sentence restates both claims equally well; the claim told first takes the flag, under
    # every hash seed (set iteration once decided it, and the flag moved between runs).
    root = Path(__file__).resolve().parents[1]
    outputs = {
        subprocess.run(
            [sys.executable, "-c", _TIE], cwd=root, env={**os.environ, "PYTHONHASHSEED": str(seed)},
            check=True, capture_output=True, text=True,
        ).stdout
        for seed in range(1, 9)
    }  # fmt: skip
    assert len(outputs) == 1
    assert json.loads(outputs.pop()) == [["Betriebsrat", 1], ["Mieterverein", 0]]


def _flags(*articles: Article) -> list[str]:
    return [f["text"] for c in ledger(*articles)["claims"] for f in c["attribution_dropped"]]


def test_a_plain_restatement_drops_the_attribution() -> None:
    a = article("Kreisblatt", "Der Landrat sagte, der Kreis schließe im Sommer die Klinik in Oberau.")
    b = article("Stadtbote", "Der Kreis schließt im Sommer die Klinik in Oberau.")
    assert _flags(a, b) == ["Der Kreis schließt im Sommer die Klinik in Oberau."]


@pytest.mark.parametrize(
    "plain",
    [
        "Der Kreis schließt im Sommer die Klinik in Oberau. Das teilte die Verwaltung mit.",  # said after
        "„Der Kreis schließt im Sommer die Klinik in Oberau.“",  # a quotation is someone's words
        "Der Kreis schließe im Sommer die Klinik in Oberau, heißt es.",  # still hedged and attributed
    ],
)
def test_no_dropped_attribution_where_the_text_still_attributes(plain: str) -> None:
    a = article("Kreisblatt", "Der Landrat sagte, der Kreis schließe im Sommer die Klinik in Oberau.")
    b = article("Stadtbote", plain)
    assert _flags(a, b) == []


def test_a_headline_label_counts_as_attribution_and_a_repeat_is_flagged_once() -> None:
    a = article("Kreisblatt", "Der Landrat sagte, der Kreis schließe im Sommer die Klinik in Oberau.")
    text = "Landrat: Kreis schließt im Sommer die Klinik in Oberau"
    b = attribute(Article(text=text, paragraphs=(Paragraph(Role.TITLE, 0, len(text)),), outlet="Blatt"))
    assert _flags(a, b) == []
    c = article(
        "Stadtbote",
        "Der Kreis schließt im Sommer die Klinik in Oberau.",
        "Der Kreis schließt im Sommer die Klinik in Oberau.",
    )
    assert _flags(a, c) == ["Der Kreis schließt im Sommer die Klinik in Oberau."]


def _status(data: dict[str, Any], needle: str) -> str:
    [claim] = [c for c in data["claims"] if needle in c["gist"]]
    return str(claim["status"]["value"])


def test_a_definite_noun_points_back_only_to_a_claim_about_it() -> None:
    # "die Gästeliste" is no anaphor for the claim just before; "die Sperrung" is what that claim is about
    a = article(
        "Stadtbote",
        "Der Veranstalter sagte, das Konzert im Stadtpark finde am Samstag statt.",
        "Die Stadt hat die Gästeliste noch nicht bestätigt.",
    )
    assert _status(ledger(a), "Konzert") == "no_signal"
    b = article(
        "Stadtbote",
        "Der Bauleiter sagte, die Sperrung der Lindenbrücke beginne am Montag.",
        "Die Sperrung wurde von einer Sprecherin der Stadt bestätigt.",
    )
    assert _status(ledger(b), "Lindenbrücke") == "confirmed"


def test_an_account_named_as_someone_elses_does_not_answer_this_claim() -> None:
    a = article(
        "Stadtbote",
        "Die Polizei erklärte, die Anwohner hätten die Zufahrt zum Hof blockiert.",
        "Die Anwohner bestreiten die Blockade. Ein Reporter bestätigte die Darstellung der Anwohner.",
    )
    data = ledger(a)
    [claim] = [c for c in data["claims"] if "Zufahrt" in c["gist"]]
    assert claim["status"]["value"] == "denied"
    assert all("Darstellung" not in e["text"] for e in claim["status"]["evidence"])


def test_a_content_clause_links_only_by_its_content() -> None:
    a = article(
        "Stadtbote",
        "Die Verwaltung sagte, man gebe den Vereinen mehr Hallenzeiten.",
        "Der Vorsitzende bestritt nicht die Annahme, dass Fans den Platz gestürmt hätten.",
    )
    data = ledger(a)
    assert _status(data, "Hallenzeiten") == "no_signal"
    assert [s["polarity"] for s in data["unlinked_signals"]] == ["confirm"]


def test_a_demand_is_neither_confirmed_nor_denied() -> None:
    # "Das bestätigte ein Sprecher" after a demand says the demand is met, not that something is true.
    a = article(
        "Tierblatt",
        "Der Tierschutzbund forderte den Zirkus auf, künftig auf Elefanten in der Manege zu verzichten. "
        "Das bestätigte nun ein Sprecher des Zirkus.",
    )
    data = ledger(a)
    [demand] = [c for c in data["claims"] if "Elefanten" in c["gist"]]
    assert demand["status"]["value"] == "no_signal"
    assert [s["polarity"] for s in data["unlinked_signals"]] == ["confirm"]


def test_evidence_is_the_whole_sentence_with_its_negation() -> None:
    a = article(
        "Wirtschaftsblatt",
        "Die Gewerkschaft sagte, das Werk in Kassel werde bis Ende des Jahres geschlossen.",
        "Der Konzern bestätigte die Angaben der Gewerkschaft zum Werk in Kassel nicht und sprach von "
        "Gerüchten.",
    )
    data = ledger(a)
    [plant] = [c for c in data["claims"] if "Kassel" in c["gist"] and c["origin"] == "Gewerkschaft"]
    assert plant["status"]["value"] == "not_confirmed"
    assert plant["status"]["evidence"][0]["text"].endswith("nicht und sprach von Gerüchten.")
