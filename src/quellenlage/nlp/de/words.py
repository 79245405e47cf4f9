"""Closed word lists the cleaner needs: function words, abbreviations, spellings, glued brand names."""

from typing import Final

#: Words that never start a person's name; a head-zone line starting with one is not a byline.
FUNCTION_WORDS: Final = frozenset(
    """
    der die das dem den des ein eine einer eines einem einen kein keine keinen keiner keinem keines
    und oder aber doch wie wer was wo wann warum wieso weshalb ist sind war waren wird werden hat haben
    so nun jetzt heute gestern morgen hier dort mehr neue neuer neues neuen alle viele nach vor bei mit
    für gegen über unter ohne um aus auf im in am an zum zur vom zu von als auch nicht nur noch schon
    ich du er sie es wir ihr man sich mein dein sein unser euer dieser diese dieses jener jede jeder
    """.split()
)

#: Particles inside personal names ("Ursula von der Leyen").
NAME_PARTICLES: Final = frozenset(
    {"von", "van", "de", "der", "den", "zu", "da", "di", "del", "la", "le", "ten"}
)

#: Abbreviations after which a period does not end a sentence (lower-case, without the period).
ABBREVIATIONS: Final = frozenset(
    """
    z.b d.h u.a v.a bzw ca dr prof nr st mio mrd usw etc evtl ggf inkl vgl bspw sog u.ä o.ä z.t
    jan feb mär apr jun jul aug sep sept okt nov dez mr mrs ms hr fr dipl ing jr sen abs art kap
    bzgl gem lt zzgl dt engl franz ital österr schweiz mdb mdl a.d i.r
    stellv ehem geb gest verh e.v co rd tel kath evang hrsg zit mind röm
    """.split()
)

#: A word with this ending and a full stop is a street ("Hauptstr. 5", "Bahnhofstr."), not a sentence end.
ABBREVIATION_SUFFIX: Final = "str"

#: Words written with CamelCase on purpose; never split them as a glued kicker and title.
CAMEL_CASE_WORDS: Final = frozenset(
    """
    WhatsApp YouTube PayPal TikTok LinkedIn OpenAI ChatGPT BioNTech CureVac DeepMind iPhone iPad eBay
    McDonald McKinsey MacBook PlayStation PowerPoint JavaScript GitHub SpaceX FlixBus BahnCard DeutschlandTicket
    HelloFresh TeamViewer SoftBank BlackRock JPMorgan GlaxoSmithKline AstraZeneca ProSieben RTLzwei
    ZDFheute ZDFneo BR24 SwissLife PostFinance UBS CreditSuisse MeToo FridaysForFuture NetZero InvestEU
    """.split()
)

#: Swiss standard German writes "ss" for "ß"; these spellings betray a Swiss text.
SWISS_SPELLINGS: Final = frozenset(
    """
    gross grosse grossen grosser grosses grösste grössten ausser ausserdem aussen aussenminister
    aussenministerin strasse strassen schliesslich einschliesslich heisst heissen weiss bloss fuss
    massnahmen massnahme regelmässig regelmässige regelmässigen mässig gemäss süss spass giessen
    schweizerische """.split()
)

#: Frequent words per language, for telling the language of a text.
LANGUAGE_MARKERS: Final = {
    "de": frozenset(
        "der die das und ist nicht ein eine sich mit auf für den dem des von zu im auch wird".split()
    ),
    "en": frozenset("the and is are was were of to in that for with on it this by from has have".split()),
    "fr": frozenset("le la les et est des une un du dans que pour pas sur qui avec sont au".split()),
    "it": frozenset("il la di che è e un una per non sono del della con gli le nel".split()),
    "nl": frozenset("de het een en van is niet op dat voor met zijn te er ook".split()),
}

#: Lemmas too common in news to tell one story from another.
STORY_STOPWORDS: Final = frozenset(
    """
    der die das und in zu den von mit sich des auf für ist im dem nicht ein eine als auch es an werden aus
    er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur oder aber
    vor zur bis mehr durch man sein wurde sei hatte kann gegen vom können schon wenn habe seine ihre dann
    unter wir soll ich eines jahr jahren zwei drei sagen heute gestern worden diese dieser dieses neu neue
    neuen sollen müssen wollen ihr ihm ihn uns euch was wer wo wann warum weil denn doch sehr viel viele
    immer wieder bereits jetzt nun dabei dazu damit dort hier seit während zwischen ohne sowie etwa rund
    ersten erste erster letzten letzte prozent uhr montag dienstag mittwoch donnerstag freitag samstag sonntag
    solch solche solcher solchen solches jede jeder jedes jeden welche welcher welches
    """.split()
)
