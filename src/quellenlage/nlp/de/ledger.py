"""German language data the claim ledger needs: opposing predicates, evaluations, metonyms, synonyms."""

from typing import Final

#: Pairs of predicate stems that point in opposite directions about the same thing.
OPPOSING: Final = (
    ("verzicht", "verlang"), ("verzicht", "forder"), ("verzicht", "beanspruch"),
    ("zustimm", "ablehn"), ("akzeptier", "ablehn"), ("einverstand", "ablehn"), ("einig", "streit"),
    ("bestätig", "dementier"), ("bestätig", "bestreit"), ("erhöh", "senk"), ("steig", "sink"),
    ("zulass", "verbiet"), ("unterstütz", "ablehn"), ("öffn", "schließ"), ("ausbau", "abbau"),
    ("einstell", "entlass"), ("zusag", "absag"), ("garantier", "ausschließ"),
)  # fmt: skip

#: Cue stems of statements that evaluate a claim rather than make one ("bezeichnete … als «historisch»").
EVALUATIVE_CUES: Final = (
    "bezeichn", "nannt", "nennt", "wertet", "kritisier", "lobt", "lobte", "begrüß", "verurteil", "feiert",
    "kommentier", "charakterisier",
)  # fmt: skip

#: Places that stand for their government ("Moskau signalisierte …"), and institutions for their state.
METONYMS: Final = {
    "moskau": "russland", "kreml": "russland", "kiew": "ukraine", "washington": "usa", "weißes haus": "usa",
    "peking": "china", "berlin": "deutschland", "paris": "frankreich", "london": "großbritannien",
    "brüssel": "eu", "teheran": "iran", "jerusalem": "israel", "ankara": "türkei",
    "vereinigte staaten": "usa", "vereinigten staaten": "usa",
}  # fmt: skip

#: Lemmas that name one topic in different words.
TOPIC_SYNONYMS: Final = {
    "territorial": "gebiet", "territorium": "gebiet", "landesteil": "gebiet",
    "arbeitsplatz": "stelle", "job": "stelle", "stellen": "stelle",
    "waffenruhe": "waffenstillstand", "feuerpause": "waffenstillstand",
    "kohleausstieg": "kohle", "strukturwandel": "strukturwandel",
}  # fmt: skip

#: Anaphoric heads of confirmation signals, and what kind of claim they point to.
NUMBER_HEADS: Final = ("zahl", "zahlen", "angabe", "angaben")
AMOUNT_HEADS: Final = ("summe", "betrag", "höhe", "kosten")
#: Words that make a claim about an amount of money.
MONEY: Final = r"\b(euro|millionen?|milliarden?|dollar|franken|mio|mrd)\b"
DATE_HEADS: Final = ("termin", "datum", "zeitpunkt", "zeitplan")

#: Words that keep a sentence from stating something as plain fact.
HEDGES: Final = frozenset(
    "offenbar offensichtlich angeblich mutmaßlich vermutlich wohl möglicherweise anscheinend laut zufolge".split()
)

#: Words that open an anaphoric object of a signal ("solche Zugeständnisse", "diese Angaben").
ANAPHORIC: Final = frozenset("solche solcher solchen diese dieser dieses diesen das dies den die".split())
#: A plain article is anaphoric only before a noun for something said ("die Angaben", "den Bericht");
#: "die Kandidatenliste" points back to nothing.
DEFINITE_ARTICLES: Final = frozenset({"das", "den", "die"})
#: The conjunction of a content clause: "die Annahme, dass …" spells out what it answers.
CONTENT_CLAUSE: Final = "dass"
#: Articles of a genitive that names whose claim an answered phrase is ("die Vorwürfe der USA").
GENITIVE_OWNERS: Final = frozenset({"der", "des"})
CLAIM_NOUNS: Final = frozenset(
    """
    bericht berichte berichten angabe angaben aussage aussagen darstellung darstellungen vorwurf vorwürfe
    meldung meldungen plan pläne plane zahl zahlen summe betrag information informationen behauptung
    behauptungen gerücht gerüchte spekulation spekulationen äußerung äußerungen forderung forderungen
    vorschlag vorschläge ankündigung ankündigungen nachricht nachrichten einschätzung version vermutung
    anschuldigung anschuldigungen kritik annahme angebot einigung
    """.split()
)

#: Verbs of demanding and appealing: what they report is no proposition, so nothing confirms or denies it
#: ("PETA forderte RTL auf, nachzuziehen. Das bestätigte ein RTL-Sprecher" says RTL complies).
DEMAND_LEMMAS: Final = frozenset(
    "fordern auffordern aufrufen appellieren bitten verlangen empfehlen raten".split()
)
