"""German closed-class words as data: auxiliaries, modals, articles and determiners, prepositions,
conjunctions, relatives, pronouns, negations, and the endings of inflected words.

The attribution rules read a clause's shape from these words: where its finite verb stands ("hat …
angekündigt"), what opens it ("wie X sagte", "…, die auch angab"), where a noun phrase begins and ends
("der Sprecher der Regierung"). All entries are lower-case.
"""

from typing import Final

# --- verbs ---------------------------------------------------------------------------------------------

#: Finite forms of "haben", "sein" and "werden" that carry a participle or infinitive: "hat … angekündigt".
AUXILIARIES: Final = frozenset(
    "hat haben hatte hatten habe hätte hätten ist sind war waren sei seien wurde wurden worden wird "
    "werden".split()
)
#: Finite forms of the modal verbs: "will … zurückweisen", "konnte … nicht bestätigen".
MODALS: Final = frozenset(
    "will wollte wollten wolle wollen kann konnte konnten könne könnte könnten muss musste mussten müsse "
    "soll sollte sollten solle darf durfte durften dürfe möchte möchten mag mochte".split()
)
#: Forms of "werden" that make a passive: "wurde von einer Sprecherin bestätigt", "solle ausgeschlossen werden".
PASSIVE_AUXILIARIES: Final = frozenset({"wird", "werden", "wurde", "wurden", "worden", "würde", "würden"})
#: Copulas before a predicate: "ist der Meinung", "sind zuversichtlich".
COPULAS: Final = ("ist", "sind", "war", "waren")
#: Endings of infinitives: "verzichten", "fordern", "wechseln".
INFINITIVE_ENDINGS: Final = ("en", "ern", "eln")
#: The word before an infinitive: "die Bereitschaft, auf Gebiete zu verzichten", and inside one: "einzulassen".
INFINITIVE_MARKER: Final = "zu"
#: The ending of an infinitive with "zu" inside it: "einzulassen", "abzuwarten".
ZU_INFINITIVE_ENDING: Final = "en"

# --- articles, determiners and pronouns ----------------------------------------------------------------

#: Definite and indefinite articles: "der Sprecher", "einer Mitteilung".
ARTICLES: Final = frozenset(
    {"der", "die", "das", "dem", "den", "des", "ein", "eine", "einer", "eines", "einem", "einen"}
)
#: Words that open a noun phrase: articles, possessives, demonstratives and quantifiers ("seine Sprecherin",
#: "mehrere Zeugen", "beide Seiten").
DETERMINERS: Final = frozenset(
    "der die das dem den des ein eine einer eines einem einen sein seine seiner seinem seinen ihr ihre ihrem "
    "ihren ihrer ihres seines unseres unserer dieser diese dieses diesem diesen jener jene mehrere viele "
    "einige zahlreiche beide "
    "alle".split()
)
#: Articles that go on with a genitive after a noun instead of opening a new phrase: "die Sprecherin der
#: Regierung", "ein Sprecher des Ministeriums".
GENITIVE_CONTINUATIONS: Final = ("des", "der")
#: Articles that can only be genitive: "nach Angaben des Ministeriums", "eines Sprechers".
MASCULINE_GENITIVE_ARTICLES: Final = ("des", "eines")
#: The article that, after a name, opens a dative rather than a genitive: "sagte Roth der Deutschen
#: Presse-Agentur" (after a common noun it is a genitive: "Sprecher der Regierung").
OBLIQUE_ARTICLE: Final = "der"
#: Articles of a dative object after the speaker: "sagte Roth der Deutschen Presse-Agentur", "dem Sender".
DATIVE_ARTICLES: Final = ("der", "dem", "den")
#: Words that open an accusative object: "signalisierte die Bereitschaft, … zu verzichten".
ACCUSATIVE_OPENERS: Final = frozenset("die das den eine einen ihre seine ihren seinen keine keinen".split())
#: Endings of abstract nouns, things and acts, for compounds no dictionary holds ("Bildüberschrift",
#: "Vergemeinschaftung"): such a noun cannot speak.
ABSTRACT_NOUN_ENDINGS: Final = (
    "ung",
    "heit",
    "keit",
    "schaft",
    "tion",
    "sion",
    "ität",
    "nis",
    "ismus",
    "schrift",
)
#: Words that open a phrase which is never the subject (accusative or dative only): in the prefield,
#: "Einen eigenen Schwerpunkt will Kroatien …", "Den Vorwurf wies der Minister zurück", the subject
#: follows the verb.
NON_NOMINATIVE_OPENERS: Final = frozenset(
    "den dem einen einem diesen diesem jenen jenem keinen keinem ihn ihm ihnen".split()
)
#: Top-level domains of outlets named by their web address ("schreibt extratipp.com").
WEB_DOMAINS: Final = frozenset({"de", "com", "at", "ch", "net", "org", "eu", "info", "tv", "fm"})
#: Articles that after the verb open a subject rather than an object ("kritisierte der Verbandschef").
NOMINATIVE_ARTICLES: Final = frozenset({"der", "ein"})
#: Articles of a singular accusative or dative object: the noun after them is put in the nominative for a
#: name ("einen Diplomaten" -> Diplomat).
SINGULAR_OBJECT_ARTICLES: Final = frozenset({"einen", "einem"})
#: Personal pronouns in the nominative that stand alone as a speaker: "sie aber nie genau" -> "sie".
SUBJECT_PRONOUNS: Final = ("er", "sie", "es")
#: Object and reflexive pronouns between a verb and its subject: "„…“, beschreibt ihn ein Reporter".
OBJECT_PRONOUNS: Final = ("ihn", "sie", "es", "ihm", "ihr", "sich")
#: Object pronouns that are never a subject: after the verb, the subject follows them.
OBJECT_ONLY_PRONOUNS: Final = frozenset({"ihn", "ihm", "sich", "ihnen", "mir", "mich", "uns"})
#: Subjects that stand for no one: "es heißt", "man sagt".
IMPERSONAL_PRONOUNS: Final = ("es", "man")
#: The empty subject of an impersonal passive: "Es wird angenommen, dass …".
EXPLETIVE: Final = "es"
#: Demonstratives that stand for the sentence before: "Das sagte …", "Dies bestätigte ein Sprecher".
DEMONSTRATIVE_ANAPHORS: Final = frozenset({"das", "dies", "dieses"})

#: Demonstratives that stand alone for a person or body named before ("Diese bestätigte …"): they point
#: to the last noun, which need not be the last speaker, so alone they name no actor.
DEMONSTRATIVE_SOURCES: Final = frozenset(
    {
        "diese",
        "dieser",
        "jene",
        "jener",
        "letztere",
        "letzterer",
        "erstere",
        "ersterer",
        "diejenige",
        "derjenige",
    }
)

# --- prepositions, adverbs and conjunctions ------------------------------------------------------------

#: Prepositions: a phrase opened by one is an adverbial or an object, never a subject ("am Montag", "nach
#: dem Treffen", "seitens der Regierung").
PREPOSITIONS: Final = frozenset(
    "am an auf aus bei beim durch für gegen gegenüber hinter im in mit nach neben ohne seit über um unter "
    "vom von vor während wegen zu zum zur angesichts trotz ab bis binnen innerhalb außerhalb seitens dank "
    "mittels statt anstatt zwischen oberhalb unterhalb inmitten samt nebst".split()
)
#: The preposition that stays inside a noun phrase: "der Bürgermeister von Paris", "Ursula von der Leyen".
LINKING_PREPOSITION: Final = "von"
#: Conjunctions opening an infinitive clause of the frame, not a message: "…, sagte sie, ohne Namen zu nennen".
INFINITIVE_CONJUNCTIONS: Final = frozenset({"ohne", "um", "statt", "anstatt"})
#: Adverbs before a noun phrase or clause that are not part of it: "Unterdessen sagte …", "auch der Kanzler".
LEADING_ADVERBS: Final = frozenset(
    "unterdessen derweil mittlerweile anschließend schließlich letztlich trotzdem dennoch deswegen "
    "darum somit "
    "immerhin offenbar offensichtlich angeblich vermutlich wahrscheinlich ebenso vielmehr "
    "auch doch aber zudem dagegen jedoch nun inzwischen bereits so außerdem ebenfalls zugleich gleichzeitig "
    "allerdings hingegen indes wiederum sogar selbst deshalb daher dann später zuvor einmal und".split()
)
#: Adverbs and conjunctions that open an adverbial before the verb, never a subject: "Damals sagte er …",
#: "Laut …", "Nachdem …".
ADVERBIAL_WORDS: Final = frozenset(
    "damals heute gestern zuletzt anschließend dort hier jetzt nun demnach daraufhin bislang bisher erst "
    "zunächst später zuvor dabei darin danach davor stattdessen zudem außerdem weiter weiterhin inzwischen "
    "jüngst kürzlich erneut wie als wenn weil da ob nachdem bevor laut gemäß zufolge unterdessen derweil "
    "mittlerweile anschließend schließlich trotzdem dennoch deshalb offenbar angeblich vermutlich "
    # "Anfang Februar", "Besonders kritisiert wurde …", "Darüber hinaus will die Partei …"
    "anfang ende mitte besonders darüberhinaus darüber darauf davon dafür dagegen".split()
)
#: Conjunctions that join clauses or noun phrases: "bestätigte den Bericht nicht und nannte ihn …".
COORDINATORS: Final = frozenset({"und", "sowie", "oder"})
#: Words a noun phrase never ends with: a source ending so runs into a clause ("die Proteste steigern zu").
OPEN_ENDS: Final = frozenset(
    {"und", "sowie", "oder", "zu", "zum", "zur", "mit", "von", "für", "an", "auf", "in"}
)
#: Conjunctions that list several people in one source phrase: "Bund und Länder", "X sowie Y".
LIST_CONJUNCTIONS: Final = ("und", "sowie")
#: Words inside a noun phrase that join its parts: "Bund und Länder", "der Präsident von Frankreich".
NP_LINKS: Final = ("und", "sowie", "von")
#: The same, with the articles inside names and genitives: "Ursula von der Leyen", "Lothar de Maizière".
NP_JOINERS: Final = ("und", "sowie", "von", "der", "de")
#: Conjunctions and pronouns that open a subordinate clause: "dass …", "ob …", "wie X sagte", "was …".
SUBORDINATORS: Final = frozenset(
    "dass ob weil da wenn als wie was wer welche welcher welches nachdem obwohl indem bevor falls sofern "
    "sobald seitdem".split()
)
#: Openers of a verb-final clause in which the subject stands between them and the verb: "wie Witkoff
#: ergänzte", "nachdem sie erklärt hatte".
VERB_FINAL_OPENERS: Final = frozenset(
    "wie was dass ob weil nachdem als wenn da obwohl während indem bevor falls sofern sobald seitdem".split()
)
#: The conjunction of a reporting clause: "wie Witkoff ergänzte", "Wie der Sprecher sagte, …".
REPORTING_CONJUNCTION: Final = "wie"
#: Conjunctions of cause and time whose clause comes before what is said: "…, da sie befürchtete, man wolle …".
CAUSAL_CONJUNCTIONS: Final = frozenset({"da", "weil", "nachdem", "obwohl", "als", "während", "indem"})
#: Relative pronouns and adverbs: "…, die auch angab, dass …", "…, was Selenski ablehnt".
RELATIVES: Final = frozenset(
    "der die das dem den denen dessen deren welche welcher welches wo womit worauf".split()
)
#: The relative that stands for the whole clause before it: "…, was Selenski strikt ablehnt".
CLAUSAL_RELATIVE: Final = "was"
#: Relatives that stand for a thing or place, never for the name before them: "was", "wo".
NON_PERSONAL_RELATIVES: Final = ("was", "wo")
#: Relatives that comment on the whole clause before: "…, was er bestritt", "…, woraufhin sie erklärte".
COMMENTING_RELATIVES: Final = frozenset(
    {"was", "wobei", "wodurch", "womit", "weshalb", "weswegen", "woraufhin"}
)
#: Negations: "sagte nicht", "bestätigte nie", "kaum".
NEGATIONS: Final = frozenset({"nicht", "nie", "niemals", "keineswegs", "kaum"})

# --- endings -------------------------------------------------------------------------------------------

#: Endings of an attributive adjective: "offizielle", "offiziellen", "neuer", "neues", "neuem".
ADJECTIVE_ENDINGS: Final = ("e", "en", "er", "es", "em")
#: Endings of the words before the noun of a phrase that ends at a postposition: "Offiziellen Angaben
#: zufolge", "dem neuen Bericht zufolge" (not "-em").
PRENOMINAL_ENDINGS: Final = ("e", "en", "er", "es")
#: Lower-case words that end like an adjective but are none: "sich", "auch", "nicht", "seine".
NON_ADJECTIVES: Final = frozenset({"sich", "alle", "auch", "nicht", "nur", "schon", "seine", "ihre"})
#: The ending of a weak adjective after an article, one letter longer than its nominative: "des
#: Nationalen Volkskongresses" -> "Nationale".
WEAK_ADJECTIVE_ENDING: Final = "en"
#: The ending of a name or noun in the genitive: "eine Sprecherin Sassolis", "des Verwaltungsrats".
GENITIVE_ENDING: Final = "s"
#: Endings of common nouns that take a genitive ("Sprecher der Regierung"), as opposed to names ("Roth"):
#: abstract nouns, institutions and roles.
COMMON_NOUN_ENDINGS: Final = (
    "ung", "heit", "keit", "schaft", "tion", "ium", "tum", "nis", "amt", "rat", "partei", "regierung",
    "kommission", "verband", "gericht", "polizei", "behörde", "ministerium", "gewerkschaft", "union", "bank",
    "zeitung", "sprecher", "sprecherin", "chef", "chefin", "leiter", "leiterin", "präsident", "präsidentin",
    "vorsitzende", "vorsitzender", "minister", "ministerin", "vertreter", "vertreterin", "mitglied", "gruppe",
)  # fmt: skip

# --- names ---------------------------------------------------------------------------------------------

#: Particles inside a speaker's name ("Ursula von der Leyen", "Rafael van der Vaart"); fewer than the
#: cleaner's byline list, ``words.NAME_PARTICLES``.
SPEAKER_PARTICLES: Final = frozenset({"von", "van", "der", "de", "zu", "da", "di"})
