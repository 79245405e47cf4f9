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
