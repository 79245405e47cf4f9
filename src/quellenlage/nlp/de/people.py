"""Canonical spellings of names that German-language outlets transliterate differently.

Only the canonical form is listed; variants (Selenski, Selensky, Zelensky, Selenskij) are recognised
by the transliteration key in :mod:`quellenlage.actors`. The spelling follows German agency style (dpa).
"""

from typing import Final

CANONICAL_PEOPLE: Final = (
    "Wolodymyr Selenskyj",
    "Wladimir Putin",
    "Dmitri Peskow",
    "Sergej Lawrow",
    "Dmitri Medwedew",
    "Alexej Nawalny",
    "Julija Timoschenko",
    "Vitali Klitschko",
    "Denys Schmyhal",
    "Dmytro Kuleba",
    "Andrij Sybiha",
    "Recep Tayyip Erdoğan",
    "Benjamin Netanjahu",
    "Mahmud Abbas",
    "Xi Jinping",
    "Kim Jong Un",
    "Ali Chamenei",
    "Alexander Lukaschenko",
    "Viktor Orbán",
)

#: Institutions and collective sources (lower-case words) that are never persons.
ORGANISATION_WORDS: Final = frozenset(
    """
    kreml weißes haus regierung ministerium bundesregierung polizei partei gewerkschaft konzern unternehmen
    ag gmbh verband behörde staatsanwaltschaft gericht kommission rat parlament bundestag senat armee militär
    nato eu uno un who bank amt institut stiftung verwaltung stadt land bund moskau washington kiew peking
    berlin paris london brüssel russland ukraine usa china iran israel frankreich deutschland medien zeitung
    sender agentur ministeriums regierungssprecher pressestelle
    """.split()
)

#: Endings of words that make a source an institution ("Nachrichtenagentur AFP", "Universität Trier").
ORGANISATION_ENDINGS: Final = (
    "ministerium", "ministeriums", "amt", "rat", "agentur", "universität", "hochschule", "institut", "komitee",
    "ausschuss", "zeitung", "sender", "firma", "behörde", "verband", "verein", "gewerkschaft", "partei",
    "regierung", "polizei", "gericht", "kommission", "konzern", "stiftung", "klinik", "verwaltung",
    "opposition", "fraktion", "koalition", "gerichtshof", "rechnungshof", "initiative", "bewegung", "vorstand", "direktion",
)  # fmt: skip

#: Words that make a source anonymous ("aus Koalitionskreisen", "ein Insider").
ANONYMOUS_MARKERS: Final = (
    "kreise",
    "kreisen",
    "insider",
    "informant",
    "quelle",
    "quellen",
    "beobachter",
    "experten",
)

#: Heads of sources that speak for someone else: "Ein Sprecher des Innenministeriums" speaks for the
#: Innenministerium, "eine Sprecherin Sassolis" for Sassoli. The actor is the one in the genitive.
SPOKESPERSON_HEADS: Final = ("sprecher", "sprecherin", "pressesprecher", "pressesprecherin", "sprecherinnen")

#: Texts and media that stand for their author: "laut einer Mitteilung der Zuger Regierung" is the Zuger
#: Regierung's. Without an author in the genitive the text stays the source.
TEXT_HEADS: Final = (
    "mitteilung", "pressemitteilung", "erklärung", "bericht", "studie", "meldung", "stellungnahme",
    "angaben", "informationen", "umfrage", "analyse", "schreiben", "brief", "papier", "gutachten",
)  # fmt: skip

#: Articles that open a genitive attribute after a head noun ("Sprecher des Ministeriums").
#: Abbreviated titles and functions before a name, with their full stop: never part of the actor name
#: ("Bezirksamtssprecher Dr. Sartig" -> Sartig, "der stellv. Landrat").
TITLE_ABBREVIATIONS: Final = frozenset(
    {"dr.", "prof.", "dipl.", "ing.", "dr.-ing.", "stellv.", "ehem.", "hr.", "fr."}
)

#: Heads that stand for the body in their genitive: "Der deutsche Ableger der PETA" -> PETA.
BRANCH_HEADS: Final = ("ableger", "niederlassung", "landesverband", "kreisverband", "ortsverband", "sektion")

GENITIVE_ARTICLES: Final = frozenset({"des", "der", "eines", "einer"})

#: Prepositions that start a qualifier of a source ("ein Arzt aus dem Kreis Unna", "Ronny Tong von der
#: Civic Party"): what follows is not the speaker's name.
QUALIFIER_PREPOSITIONS: Final = frozenset({"aus", "von", "vom", "bei", "beim", "im", "in", "am", "an", "für"})

#: Endings of institutions that exist in many places ("die Polizei", "das Innenministerium", "die
#: Regierung"): without a name or place of their own they are descriptions, never merged across articles.
GENERIC_BODY_ENDINGS: Final = (
    "polizei", "regierung", "ministerium", "staatsanwaltschaft", "gericht", "armee", "opposition",
    "gewerkschaft", "behörde", "verwaltung", "feuerwehr", "verband", "partei", "kommission", "sender",
    "unternehmen", "konzern", "firma", "verein", "klinik", "krankenhaus", "stadt", "gemeinde", "ministerien",
    "regierungen", "behörden", "gewerkschaften", "parteien", "ärzte", "experten", "forscher", "wissenschaftler",
)  # fmt: skip
#: Prefixes that make such an institution one body: "Bundesregierung", "US-Regierung", "EU-Kommission".
SPECIFIC_PREFIXES: Final = ("bundes", "us-", "eu-", "uno-", "un-", "nato-", "who-")
#: Words that open a group of unnamed people: "Einige Gewerkschaften", "Mehrere Anwohner".
GROUP_WORDS: Final = frozenset(
    {"einige", "mehrere", "viele", "zahlreiche", "manche", "andere", "beide", "alle"}
)
