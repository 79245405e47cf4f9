"""German speech events as data: verbs of saying, according-to markers, mood, media, quote marks.

Verbs are given by lemma with the word forms news German uses for third persons (present,
past, participle, Konjunktiv I). ``forms`` builds them for regular (weak) verbs; irregular and
separable verbs list theirs. A separable verb names its particle, which stands at the clause end
("lehnt … ab", "wies … zurück").
"""

from __future__ import annotations

from typing import Final, NamedTuple


class Verb(NamedTuple):
    lemma: str
    forms: tuple[str, ...]  # finite forms and participle, lower-case
    particle: str = ""  # separated particle ("ab", "zurück"), or ""
    channel: str = "speech"  # speech | thought | writing
    polarity: str = "assert"  # assert | confirm | deny | not_confirmed | no_comment
    reported: bool = False  # an act or stance rather than a verb of saying (forderte, lehnt ab)


def weak(stem: str, prefix_ge: bool = True) -> tuple[str, ...]:
    """sag -> sagt, sagen, sagte, sagten, gesagt, sage; stems ending in -ier/-t/-d keep their rules."""
    t = "et" if stem.endswith(("t", "d", "chn", "ffn", "gn")) else "t"
    te = "ete" if t == "et" else "te"
    participle = ("ge" + stem + t) if prefix_ge and not stem.endswith("ier") else stem + t
    return (stem + t, stem + "en", stem + te, stem + te + "n", participle, stem + "e")


def _v(lemma: str, forms: tuple[str, ...], **kw: object) -> Verb:
    return Verb(lemma, forms, **kw)  # type: ignore[arg-type]


#: Verbs of saying, writing and thinking, and reported acts, as news German uses them.
VERBS: Final[tuple[Verb, ...]] = (
    _v("sagen", weak("sag")),
    _v("erklären", weak("erklär", prefix_ge=False)),
    _v("betonen", weak("beton", prefix_ge=False), reported=True),
    _v("behaupten", weak("behaupt", prefix_ge=False)),
    _v("berichten", weak("bericht", prefix_ge=False)),
    _v("erzählen", weak("erzähl", prefix_ge=False)),
    _v("ergänzen", weak("ergänz", prefix_ge=False)),
    _v("erläutern", ("erläutert", "erläutern", "erläuterte", "erläuterten", "erläutere")),
    _v("bekräftigen", weak("bekräftig", prefix_ge=False)),
    _v("versichern", ("versichert", "versichern", "versicherte", "versicherten", "versichere")),
    _v(
        "unterstreichen", ("unterstreicht", "unterstreichen", "unterstrich", "unterstrichen", "unterstreiche")
    ),
    _v("antworten", weak("antwort")),
    _v("meinen", weak("mein")),
    _v("warnen", weak("warn"), reported=True),
    _v("mahnen", weak("mahn"), reported=True),
    _v("kritisieren", weak("kritisier", prefix_ge=False), reported=True),
    _v("monieren", weak("monier", prefix_ge=False), reported=True),
    _v("beklagen", weak("beklag", prefix_ge=False), reported=True),
    _v("bemängeln", ("bemängelt", "bemängeln", "bemängelte", "bemängelten", "bemängele"), reported=True),
    _v("argumentieren", weak("argumentier", prefix_ge=False)),
    _v("präzisieren", weak("präzisier", prefix_ge=False)),
    _v("kommentieren", weak("kommentier", prefix_ge=False)),
    _v("signalisieren", weak("signalisier", prefix_ge=False), reported=True),
    _v("beteuern", ("beteuert", "beteuern", "beteuerte", "beteuerten", "beteuere")),
    _v("verkünden", weak("verkünd", prefix_ge=False), reported=True),
    _v("melden", weak("meld")),
    _v("vermelden", weak("vermeld", prefix_ge=False)),
    _v("urteilen", weak("urteil")),
    _v("beanstanden", weak("beanstand", prefix_ge=False), reported=True),
    _v("resümieren", weak("resümier", prefix_ge=False)),
    _v("folgern", ("folgert", "folgern", "folgerte", "folgerten", "gefolgert")),
    _v("twittern", ("twittert", "twittern", "twitterte", "twitterten", "getwittert"), channel="writing"),
    _v("posten", weak("post"), channel="writing"),
    _v(
        "schreiben",
        ("schreibt", "schreiben", "schrieb", "schrieben", "geschrieben", "schreibe"),
        channel="writing",
    ),
    _v("nennen", ("nennt", "nannte", "nannten", "genannt", "nenne"), reported=True),
    _v("bezeichnen", weak("bezeichn", prefix_ge=False), reported=True),
    _v("verraten", ("verrät", "verriet", "verrieten", "verrate")),
    _v("drohen", weak("droh"), reported=True),
    _v("fordern", ("fordert", "fordern", "forderte", "forderten", "gefordert", "fordere"), reported=True),
    _v("verlangen", weak("verlang", prefix_ge=False), reported=True),
    _v("appellieren", weak("appellier", prefix_ge=False), reported=True),
    _v("bitten", ("bittet", "bat", "baten", "gebeten", "bitte"), reported=True),
    _v("empfehlen", ("empfiehlt", "empfahl", "empfahlen", "empfohlen", "empfehle"), reported=True),
    _v("raten", ("rät", "riet", "rieten"), reported=True),
    _v("versprechen", ("verspricht", "versprach", "versprachen", "verspreche")),
    _v("vermuten", weak("vermut", prefix_ge=False), channel="thought"),
    _v("glauben", weak("glaub"), channel="thought"),
    _v("hoffen", weak("hoff"), channel="thought"),
    _v("fürchten", weak("fürcht"), channel="thought"),
    _v("befürchten", weak("befürcht", prefix_ge=False), channel="thought"),
    _v(
        "bezweifeln",
        ("bezweifelt", "bezweifeln", "bezweifelte", "bezweifelten", "bezweifle"),
        channel="thought",
    ),
    _v("erwarten", weak("erwart", prefix_ge=False), channel="thought"),
    _v("schätzen", weak("schätz"), channel="thought"),
    _v("rechnen", ("rechnet", "rechnete", "rechneten"), channel="thought", reported=True),
    _v("bestätigen", weak("bestätig", prefix_ge=False), polarity="confirm"),
    _v("dementieren", weak("dementier", prefix_ge=False), polarity="deny"),
    _v("bestreiten", ("bestreitet", "bestreiten", "bestritt", "bestritten", "bestreite"), polarity="deny"),
    _v("widersprechen", ("widerspricht", "widersprach", "widersprachen", "widerspreche"), polarity="deny"),
    _v("leugnen", weak("leugn"), polarity="deny"),
    _v("verneinen", weak("vernein", prefix_ge=False), polarity="deny"),
    _v(
        "gestehen", ("gesteht", "gestand", "gestehen", "gestehe"), polarity="confirm"
    ),  # not "gestanden" (stehen)
    _v("entgegnen", weak("entgegn", prefix_ge=False)),
    _v("erwidern", ("erwidert", "erwiderte", "erwiderten")),
    _v("feststellen", ("stellt", "stellte", "stellten"), particle="fest"),
    _v("klarstellen", ("stellt", "stellte", "stellten"), particle="klar", polarity="assert"),
    _v("mitteilen", ("teilt", "teilen", "teilte", "teilten"), particle="mit", reported=True),
    _v("ankündigen", ("kündigt", "kündigte", "kündigten"), particle="an", reported=True),
    _v("angeben", ("gibt", "geben", "gab", "gaben"), particle="an", reported=True),
    _v("bekanntgeben", ("gibt", "gab", "gaben"), particle="bekannt", reported=True),
    _v("zugeben", ("gibt", "geben", "gab", "gaben"), particle="zu", polarity="confirm"),
    _v("einräumen", ("räumt", "räumen", "räumte", "räumten"), particle="ein"),
    _v("hinweisen", ("weist", "wies", "wiesen"), particle="hin"),
    _v("zurückweisen", ("weist", "weisen", "wies", "wiesen"), particle="zurück", polarity="deny"),
    _v("offenlassen", ("lässt", "lassen", "ließ", "ließen"), particle="offen", polarity="no_comment"),
    _v("ablehnen", ("lehnt", "lehnen", "lehnte", "lehnten"), particle="ab", reported=True),
    _v("ausschließen", ("schließt", "schließen", "schloss", "schlossen"), particle="aus", reported=True),
    _v("hinzufügen", ("fügt", "fügte", "fügten"), particle="hinzu"),
    _v("vorschlagen", ("schlägt", "schlug", "schlugen"), particle="vor", reported=True),
    _v("verlauten", ("verlautete", "verlautet", "verlauteten"), channel="speech"),  # "aus X verlautete"
    # "Der Plan sieht vor, dass …": a text speaks
    _v("vorsehen", ("sieht", "sah", "sehen", "sahen"), particle="vor", channel="writing"),
    _v("aufrufen", ("ruft", "rief", "riefen"), particle="auf", reported=True),
    _v("zusichern", ("sichert", "sicherte", "sicherten"), particle="zu"),
    _v("zusagen", ("sagt", "sagte", "sagten"), particle="zu"),
    _v("vorwerfen", ("wirft", "warf", "warfen"), particle="vor", reported=True),
    _v("auffordern", ("fordert", "forderte", "forderten"), particle="auf", reported=True),
    _v("verweisen", ("verweist", "verwies", "verwiesen", "verweise")),
    _v("verlauten", ("verlautet", "verlautete", "verlauteten")),
    _v("zitieren", ("zitiert", "zitierte", "zitierten")),
    _v("spekulieren", weak("spekulier", prefix_ge=False), channel="thought"),
    _v("entscheiden", ("entschied", "entschieden", "entscheidet"), channel="thought", reported=True),
    _v("ausgehen", ("geht", "ging", "gingen", "gehen"), particle="aus", channel="thought"),
    _v("werten", ("wertet", "wertete", "werteten"), particle="als"),
    _v("sprechen von", ("spricht", "sprach", "sprachen"), particle="von", reported=True),
    _v("berichten von", ("berichtet", "berichtete", "berichteten"), particle="von", reported=True),
    _v("festlegen", ("legt", "legte", "legten"), particle="fest"),
    _v("verlauten lassen", ("ließ", "ließen", "lässt", "lassen"), particle="verlauten"),
    _v("verbreiten lassen", ("ließ", "ließen", "lässt", "lassen"), particle="verbreiten"),
    _v("wissen lassen", ("ließ", "ließen", "lässt", "lassen"), particle="wissen"),
    _v("fortfahren", ("fährt", "fuhr", "fuhren"), particle="fort"),
    _v("charakterisieren", weak("charakterisier", prefix_ge=False)),
    _v("beschreiben", ("beschreibt", "beschrieb", "beschrieben")),
    _v("äußern", ("äußerte", "äußerten", "äußert"), particle="sich"),
    _v("festhalten", ("hält", "hielt", "halten", "hielten"), particle="fest", reported=True),
    _v("protestieren", weak("protestier", prefix_ge=False), reported=True),
    _v("ausrufen", ("ruft", "rief", "riefen", "rufen"), particle="aus", reported=True),
    _v(
        "verantwortlich machen",
        ("macht", "machte", "machen", "machten"),
        particle="verantwortlich",
        reported=True,
    ),
    _v(
        "wollen",
        ("will", "wollen", "möchte", "möchten"),  # "wollte" tells a past plan, not a statement
        channel="thought",
        reported=True,
    ),
    _v("prognostizieren", weak("prognostizier", prefix_ge=False), channel="thought"),
    _v("begründen", weak("begründ", prefix_ge=False), reported=True),
    _v("beschuldigen", weak("beschuldig", prefix_ge=False), reported=True),
    _v("annehmen", ("nimmt", "nahm", "nahmen", "angenommen"), particle="an", channel="thought"),
    _v("zeigen sich", ("zeigt", "zeigte", "zeigten"), particle="sich", reported=True),
    _v("halten für", ("hält", "hielt", "hielten"), particle="für", channel="thought", reported=True),
)

#: Joined particle forms used in subordinate clauses and participles ("mitgeteilt", "zurückgewiesen").
JOINED_FORMS: Final = {
    "mitgeteilt": "mitteilen", "mitteilte": "mitteilen", "angekündigt": "ankündigen", "ankündigte": "ankündigen",
    "angegeben": "angeben", "angab": "angeben", "bekanntgegeben": "bekanntgeben", "zugegeben": "zugeben",
    "eingeräumt": "einräumen", "einräumte": "einräumen", "hingewiesen": "hinweisen", "zurückgewiesen": "zurückweisen",
    "zurückwies": "zurückweisen", "abgelehnt": "ablehnen", "ablehnt": "ablehnen", "ablehnte": "ablehnen",
    "ausgeschlossen": "ausschließen", "ausschloss": "ausschließen", "hinzugefügt": "hinzufügen",
    "hinzufügte": "hinzufügen", "vorgeschlagen": "vorschlagen", "vorwirft": "vorwerfen", "vorwarf": "vorwerfen",
    "vorgeworfen": "vorwerfen", "aufforderte": "auffordern", "aufgefordert": "auffordern", "mitteilten": "mitteilen",
    "ankündigten": "ankündigen", "bekanntgab": "bekanntgeben",
    "ausgegangen": "ausgehen", "aufgerufen": "aufrufen", "klargestellt": "klarstellen",
    "klarstellte": "klarstellen", "festgestellt": "feststellen", "zugesichert": "zusichern", "zugesagt": "zusagen",
    "zugab": "zugeben", "offengelassen": "offenlassen", "offenließ": "offenlassen",
}  # fmt: skip

#: The verb of quoting: its object is the one quoted, its subject the one quoting ("zitierte die Ministerin").
QUOTING_LEMMA: Final = "zitieren"
#: The words of quoting before its participle: "wird mit den Worten zitiert".
QUOTING_PHRASE: Final = ("mit", "den", "worten")
#: Object pronouns for the one quoted, before the one quoting: "…, so zitiert ihn die Zeitung".
QUOTED_PRONOUNS: Final = frozenset({"ihn", "sie"})

#: Verbs whose object is the one spoken to: "forderte die Regierung auf, …", "warnte die Bürger vor …".
ADDRESSING_VERBS: Final = frozenset(
    "auffordern bitten aufrufen appellieren warnen raten empfehlen vorwerfen".split()
)
#: Verbs whose source stands in a prepositional phrase: "Aus Militärkreisen verlautete, …".
SOURCE_PREPOSITION_VERBS: Final = {"verlauten": "aus"}
#: "drohte mit Klage" and "drohte, … zu" are threats; "ihm droht Haft", "Japan droht eine Rezession" are not:
#: without a clause of its own the threat needs its preposition.
THREAT_VERBS: Final = frozenset({"drohen"})
THREAT_PREPOSITION: Final = "mit"
#: "auch Zebra-Pferde genannt", "„Bruno“ genannt": the bare participle of naming names, nobody says.
NAMING_PARTICIPLES: Final = frozenset({"genannt"})
#: Verbs of naming in a quotation's frame: "„Wikiasari“, so heißt das Projekt" names a title, nobody speaks.
NAMING_FRAME_VERBS: Final = frozenset({"heißt", "heißen", "hieß", "hießen", "lautet", "lauten", "lautete"})
#: "Der Sturm forderte zwölf Todesopfer": a verb of demanding whose object is a death toll is no speech.
TOLL_VERBS: Final = frozenset({"fordern"})
TOLL_NOUNS: Final = frozenset(
    "todesopfer opfer menschenleben leben tote toten verletzte verletzten tribut".split()
)
#: Before the verb a toll needs a count ("Zwölf Todesopfer forderte …"); "Die Verletzten forderten" speak.
TOLL_COUNTS: Final = frozenset(
    "zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig hundert hunderte tausende "
    "dutzende zahlreiche viele mehrere mindestens über rund etwa weitere".split()
)
#: Forms of "wollen" and "möchten": a cue of intention ("will den Vertrag kündigen") only where no verb of
#: saying shares its clause, and none in a refusal ("wollte sich nicht äußern").
INTENT_FORMS: Final = frozenset({"will", "wollen", "wollte", "wollten", "möchte", "möchten"})
#: The particle of a verb of judgement, somewhere after the verb: "hält X für denkbar".
JUDGEMENT_PARTICLE: Final = "für"
#: The particle of a verb that names its topic, right after the verb: "sprach von", "berichtete von".
TOPIC_PARTICLE: Final = "von"
#: The reflexive verb of saying that needs no stance adjective: "äußerte sich" (not "zeigte sich").
REFLEXIVE_SPEECH_LEMMA: Final = "äußern"

#: Phrases that refuse to comment.
NO_COMMENT_PATTERNS: Final = (
    # up to six words between, never across a comma: "wollte sich zu den Vorwürfen nicht äußern"
    r"wollten? sich (?:[\w„“-]+ ){0,6}?nicht (?:näher |weiter |öffentlich )?äußern",
    r"wollten? (?:[\w„“-]+ ){0,6}?keine stellung nehmen",
    r"(?:nahm|nahmen) (?:[\w„“-]+ ){0,6}?keine stellung\b",
    r"wollten? (?:[\w„“-]+ ){0,6}?nicht kommentieren",
    r"wollten? (?:[\w„“-]+ ){0,4}?keine (?:näheren |weiteren )?angaben machen",
    r"(?:lehnte|lehnten) (?:eine |jede )?stellungnahme (?:[\w„“-]+ ){0,4}?ab\b",
    r"(?:ließ|ließen) (?:eine |die )?anfrage(?:n)? (?:zunächst |bislang )?unbeantwortet",
    r"äußerte sich (?:zunächst |bislang )?nicht",
    r"war (?:zunächst |bislang )?(?:nicht|für eine stellungnahme nicht) zu erreichen",
    r"(?:gab|gibt) es (?:zunächst |bislang |bisher |noch )*keine (?:stellungnahme|reaktion|äußerung)",
    r"(?:lag|liegt) (?:zunächst |bislang |bisher |noch )*keine (?:stellungnahme|reaktion) vor",
)

#: According-to markers. Prepositions take the source after them; "zufolge" takes it before.
ACCORDING_PREPOSITIONS: Final = ("laut", "gemäß")
#: An according-to word whose phrase must name someone who can speak: "einem Augenzeugen gemäß", not
#: "dem Islam gemäß" (a rule, not a source).
RULE_PREPOSITIONS: Final = frozenset({"gemäß"})
ACCORDING_POSTPOSITIONS: Final = ("zufolge",)
#: "nach Angaben von X", "nach seinen Angaben", "nach Informationen der X": nouns after "nach".
ACCORDING_NOUNS: Final = (
    "angaben", "informationen", "aussage", "aussagen", "ansicht", "auffassung", "einschätzung", "darstellung",
    "worten", "meinung", "schätzung", "schätzungen", "berichten", "erkenntnissen", "recherchen", "überzeugung",
    "polizeiangaben", "behördenangaben", "medienberichten", "zeugenaussagen", "augenzeugenberichten",
    "bericht", "berichten", "studie", "meldung", "meldungen", "untersuchungen", "vorstellungen", "umfrage",
    "prognose", "prognosen", "analyse", "ermittlungen", "erkenntnissen", "einschätzungen", "darstellungen",
    "willen",
)  # fmt: skip
#: Endings that make any compound an according-to noun ("Regierungsangaben", "Presseberichten").
ACCORDING_NOUN_ENDINGS: Final = (
    "angaben",
    "informationen",
    "berichten",
    "aussagen",
    "schätzungen",
    "auffassung",
)
#: Adverbs that carry on the source of the statement before ("demnach", "so").
ACCORDING_ADVERBS: Final = ("demnach", "demzufolge")
#: The preposition before an according-to noun: "nach Angaben von X", "nach seinen Worten".
ACCORDING_NOUN_PREPOSITION: Final = "nach"
#: Nouns before a postposed "nach" with a possessive: "Ihrer Meinung nach", "Seiner Ansicht nach".
POSTPOSED_ACCORDING_NOUNS: Final = frozenset(
    "meinung ansicht auffassung einschätzung überzeugung worten angaben darstellung".split()
)
#: Words after an according-to noun that open its author: "nach Angaben von X", "nach Informationen der
#: Zeitung", "nach Angaben aus Regierungskreisen", "nach Aussagen mehrerer Zeugen".
ACCORDING_AUTHOR_LINKS: Final = ("von", "vom", "des", "der", "aus", "eines", "einer", "mehrerer", "zweier")
#: Those of them that are prepositions, not part of the author's phrase: "nach Angaben von der Polizei".
ACCORDING_AUTHOR_PREPOSITIONS: Final = ("von", "vom", "aus")
#: The adverb after a comma that gives the source of what comes before: "…, so Joachim Banke.", and frames
#: a quotation: "„…“, so beschreibt ein Reporter das Ereignis".
ATTRIBUTING_SO: Final = "so"
#: Adverbs that may follow the source after "so": "…, so Banke weiter", "…, so Banke wörtlich".
SO_SOURCE_ADVERBS: Final = frozenset({"weiter", "wörtlich"})
#: "heißt es in/aus/von …": the source is the thing after the preposition.
IMPERSONAL_CUES: Final = ("heißt es", "hieß es")
#: Prepositions before the source of "heißt es": "In der Erklärung heißt es", "aus Regierungskreisen hieß es".
IMPERSONAL_SOURCE_PREPOSITIONS: Final = ("in", "im", "aus", "von")

#: Passive participles that report what is said or thought without naming anyone ("Es wird angenommen, …").
IMPERSONAL_PARTICIPLES: Final = frozenset(
    "angenommen vermutet berichtet erwartet befürchtet gemeldet geschätzt spekuliert bekannt befürchtet "
    "vorgeworfen behauptet erklärt mitgeteilt bestätigt".split()
)
#: Adjectives of stance after "ist/sind/war": "Der Trainer ist zuversichtlich, …".
STANCE_PREDICATES: Final = frozenset(
    "zuversichtlich überzeugt optimistisch skeptisch sicher besorgt zufrieden davon".split()
)
#: Past forms of "zeigen" that, like a copula, stand before a stance predicate: "zeigten zuversichtlich".
SHOWING_FORMS: Final = ("zeigte", "zeigten")
#: Adjectives of stance after a reflexive verb: "zeigte sich offen", "zeigte sich enttäuscht".
STANCE_ADJECTIVES: Final = frozenset(
    "offen zuversichtlich optimistisch skeptisch besorgt erleichtert enttäuscht überzeugt bereit zufrieden "
    "unzufrieden empört verärgert überrascht entsetzt erfreut irritiert kritisch gelassen kompromissbereit "
    "gesprächsbereit dankbar betroffen schockiert alarmiert".split()
)
#: "ist der Meinung, dass …": nouns of opinion after "ist der/die".
OPINION_NOUNS: Final = frozenset("meinung ansicht auffassung überzeugung einschätzung".split())
#: Articles between the copula and the opinion noun: "ist der Meinung", "ist die Ansicht".
OPINION_ARTICLES: Final = ("der", "die", "den")
#: Verbs that hold an opinion noun as their object: "vertritt die Ansicht, …", "teilte die Auffassung, …".
VIEW_VERBS: Final = frozenset("vertritt vertrat vertreten vertraten teilt teilte teilen teilten".split())
#: Opinion nouns a view verb takes that the copula does not: "vertritt den Standpunkt, …".
VIEW_NOUNS: Final = frozenset({"standpunkt"})

#: Modal forms that report a claim without a verb of saying ("Der Schriftführer soll Gelder veruntreut haben").
REPORTING_MODALS: Final = frozenset("soll sollen".split())

#: Konjunktiv I and II forms common in reported speech (lower-case).
SUBJUNCTIVE_FORMS: Final = frozenset(
    """
    sei seien seiest habe werde könne müsse dürfe solle wolle möge wisse gebe stehe liege gehe komme bleibe
    wäre wären hätte hätten würde würden könnte könnten müsste müssten dürfte dürften möchte gäbe käme läge
    stünde ginge bräuchte bräuchten lägen gäben kämen stünden
    """.split()
)
#: Finite forms in "-e" that are indicative all the same: the preterite "wurde" (Konjunktiv II: "würde").
INDICATIVE_E_FORMS: Final = frozenset({"wurde"})

#: Media and channels: "gegenüber CNN", "in einem CNN-Interview", "im ZDF", "auf X".
MEDIUM_NOUNS: Final = (
    "interview", "gespräch", "sendung", "talkshow", "pressekonferenz", "podcast", "fernsehinterview",
    "radiointerview", "zeitungsinterview", "beitrag", "post", "tweet", "erklärung", "mitteilung",
    "pressemitteilung", "stellungnahme", "brief", "schreiben", "video", "rede", "nachrichtensender", "sender",
)  # fmt: skip
#: Words before a medium's name that are not part of it ("gegenüber CNN", "im ZDF").
MEDIUM_PREPOSITIONS: Final = frozenset({"gegenüber", "im", "in", "auf", "bei", "mit", "dem", "der", "einem"})
#: Names of media and channels, as news German writes them.
KNOWN_MEDIA: Final = (
    "CNN", "Fox News", "BBC", "ARD", "ZDF", "RTL", "n-tv", "ntv", "Welt", "Bild", "Spiegel", "Deutschlandfunk",
    "X", "Twitter", "Facebook", "Instagram", "Telegram", "Truth Social", "Tiktok", "TikTok", "YouTube",
    "Reuters", "AFP", "dpa", "Deutschen Presse-Agentur", "Associated Press", "NBC", "CBS", "ABC", "MSNBC",
    "New York Times", "Washington Post", "Financial Times", "Wall Street Journal", "Bloomberg", "Politico",
    "Handelsblatt", "FAZ", "Süddeutschen Zeitung", "Tagesspiegel",
)  # fmt: skip

#: The preposition before the medium or person a speaker faces: "sagte gegenüber CNN", "gegenüber „Bild“".
MEDIUM_FACING: Final = "gegenüber"
#: Words that open a phrase with a medium noun: "im Interview", "in einem CNN-Interview", "einer Pressekonferenz".
MEDIUM_NOUN_OPENERS: Final = ("im", "in", "einem", "einer")
#: Words after a medium noun that open whose it is or with whom: "im Gespräch mit X", "im Interview des Senders".
MEDIUM_OWNER_LINKS: Final = ("mit", "des", "der", "von", "bei")
#: Prepositions before a known medium's name: "im ZDF", "auf X", "bei CNN".
MEDIUM_NAME_PREPOSITIONS: Final = ("im", "in", "auf", "bei")
#: The preposition of a meeting where something was said: "bei Gesprächen mit …", "bei einem Treffen".
MEETING_PREPOSITION: Final = "bei"
#: Words after it that open the meeting: "bei Gesprächen", "bei einem Treffen", "bei der Sitzung".
MEETING_OPENERS: Final = ("gesprächen", "einem", "einer", "dem", "der")
#: The preposition before the partners of a meeting: "bei Gesprächen mit der Regierung".
MEETING_PARTNER: Final = "mit"

#: Time expressions that may accompany a cue.
TIME_WORDS: Final = (
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "wochenende",
    "gestern", "heute", "vorgestern", "morgen", "abend", "vormittag", "nachmittag",
)  # fmt: skip
#: Prepositions before a day or date: "am Montag", "vom 3. Mai".
DATE_PREPOSITIONS: Final = ("am", "vom")

#: Personal and possessive pronouns that may stand for a source, with gender/number (m, f, n, p).
PRONOUNS: Final = {
    "er": "m", "sie": "fp", "es": "n", "ihm": "m", "ihn": "m", "ihr": "f", "ihnen": "p",
    "seinen": "m", "seiner": "m", "seines": "m", "seine": "m", "sein": "m", "seinem": "m",
    "ihren": "fp", "ihrer": "fp", "ihres": "fp", "ihre": "fp", "ihrem": "fp",
}  # fmt: skip

#: Possessive pronouns before a report noun: "Seinen Worten zufolge", "nach ihren Angaben".
POSSESSIVES: Final = frozenset(
    p for p in PRONOUNS if p.startswith(("sein", "ihr")) and p not in ("ihr", "ihnen")
)

#: Quote pairs: opening mark -> closing marks. Straight quotes open and close themselves.
QUOTES: Final = {"„": '“”"', "»": "«", "«": "»", '"': '"', "“": '”"', "‚": "‘’", "‹": "›"}


#: Heads of sources whose "bestätigte", "wies zurück" or "widersprach" is no party's answer to a claim: courts
#: deciding (legal acts) and tests or incidents whose outcome confirms something. Such a verb is no signal.
NON_PARTY_SIGNALLERS = frozenset(
    {
        "gericht", "gerichtshof", "bundesgerichtshof", "bgh", "bverfg", "bundesverfassungsgericht",
        "landgericht", "amtsgericht", "oberlandesgericht", "verwaltungsgericht", "richter", "richterin",
        "kammer", "senat", "analyse", "dna-analyse", "obduktion", "autopsie", "test", "gutachten",
        "vorfall", "trend", "ergebnis", "messung", "messungen",
    }
)  # fmt: skip

#: Words in the middle field that negate a signal verb: "bestätigte die Aussage nicht",
#: "konnte weder bestätigen noch ausschließen".
SIGNAL_NEGATIONS = frozenset({"nicht", "weder", "nie", "niemals", "keineswegs"})

#: Adverbs at the start of a signal's middle field that are not what it answers: "bestätigte bislang
#: nicht", "wies zunächst zurück", "bestätigte offiziell".
QUALIFYING_ADVERBS: Final = frozenset({"bislang", "bisher", "zunächst", "vorerst", "offiziell"})
#: Adverbs at the end of a middle field that are not part of the object: "bestätigte das noch",
#: "bekräftigte die Forderung erneut".
TRAILING_ADVERBS: Final = frozenset({"noch", "bereits", "erneut", "ausdrücklich"})

#: Words before "bestätigte Fälle", "die bestätigten Infektionen": a signal verb form after one of these and
#: before a noun is an attributive participle, not a verb.
ATTRIBUTIVE_BEFORE = frozenset(
    {
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "kein",
        "keine", "keinen", "keiner", "alle", "aller", "allen", "weitere", "weiteren", "weiterer", "neue",
        "neuen", "neuer", "mehr", "als", "rund", "etwa", "über", "unter", "insgesamt", "nur", "bisher",
        "bislang", "offiziell", "offiziellen", "labor", "nachweislich", "ihre", "ihrer", "seine", "seiner",
        "unsere", "vom", "zum", "zur", "im", "mit", "von", "an", "auf", "bei", "nach", "für",
    }
)  # fmt: skip

#: Before a sentence-first signal verb: "Bitte bestätigen Sie …" is a request, not a confirmation.
REQUEST_WORDS = frozenset({"bitte"})

#: The reflexive that makes "bestätigte sich", "hat sich nicht bestätigt" an outcome with no party; it is
#: also the particle of reflexive verbs of saying ("äußerte sich", "zeigte sich offen").
REFLEXIVE = "sich"

#: Sentence adverbs and connectives that open a sentence before the verb and are never its speaker:
#: "Tatsächlich sagte der Bürgermeister …", "Damit erklärte sie …". Not focus particles ("auch", "sogar",
#: "nur", "noch"), which belong to the noun phrase after them ("Auch der Kanzler hält … für denkbar").
SENTENCE_ADVERBS = frozenset(
    "tatsächlich damit häufig oft offiziell wiederum aber doch denn allerdings jedoch freilich immerhin "
    "zwar gleichzeitig zugleich somit also daher darum deswegen insofern sonst ohnehin "
    "meist meistens manchmal selten wohl natürlich eigentlich grundsätzlich "
    "generell letztlich jedenfalls dazu hierzu darüber dafür dagegen davon nämlich ausdrücklich "
    "öffentlich persönlich gegenüber zuletzt kurz wörtlich sinngemäß anders ähnlich "
    "umso desto darauf daran darin dabei dadurch dahinter danach daneben davor darunter hierauf hierbei "
    "hiermit hierfür".split()
)

#: Indefinite pronouns that stand for no one in particular: "Jeder will raus" names no speaker.
INDEFINITE_SOURCES = frozenset("jeder jede jedes niemand keiner jemand wer".split())

#: Prepositions that name the agent of a passive signal: "wurde von einer Sprecherin bestätigt".
PASSIVE_AGENT = frozenset({"von", "vom", "durch"})

#: The start of a word that marks a report as unconfirmed: "nach unbestätigten Berichten",
#: "unbestätigten Angaben zufolge". An according-to marker with it is a not-confirmed signal.
UNCONFIRMED_PREFIX = "unbestätigt"

#: What a party calls a claim when it denies it: "nannte den Bericht „reine Spekulation“",
#: "bezeichnete die Vorwürfe als haltlos". Only words about truth, not about merit ("falsch" is often a
#: judgement of a policy, so it is not here).
DENIAL_LABELS = frozenset(
    "spekulation spekulationen lüge lügen falschmeldung falschmeldungen erfindung erfunden haltlos "
    "unwahr unwahrheit unwahrheiten gerücht gerüchte verleumdung verleumderisch fake unsinn".split()
)
#: Verbs that give a label to their object ("nennen", "bezeichnen"): with a denial label they deny.
LABELLING_VERBS = frozenset({"nennen", "bezeichnen"})
#: Prepositions before the party that gives no comment: "Von der Stadt gab es keine Stellungnahme".
NO_COMMENT_FROM = frozenset({"von", "vom", "seitens"})
