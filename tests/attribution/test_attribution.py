"""German speech events, each an edge case of our own, checked part by part."""

from __future__ import annotations

import pytest

from quellenlage.attribution import attribute
from quellenlage.model import Article, Channel, Paragraph, Polarity, Role, Statement, StatementForm


def run(*paragraphs: str, roles: tuple[Role, ...] = ()) -> Article:
    text = "\n\n".join(paragraphs)
    spans, pos = [], 0
    for n, p in enumerate(paragraphs):
        role = roles[n] if n < len(roles) else Role.BODY
        spans.append(Paragraph(role, pos, pos + len(p)))
        pos += len(p) + 2
    return attribute(Article(text=text, paragraphs=tuple(spans)))


def only(article: Article) -> Statement:
    assert len(article.statements) == 1, [article.spans_text(s.message) for s in article.statements]
    return article.statements[0]


def parts(article: Article, st: Statement) -> tuple[str | None, str, str, str | None]:
    return (st.actor, article.spans_text(st.cue), article.spans_text(st.message), str(st.form))


@pytest.mark.parametrize(
    ("sentence", "actor", "cue", "message", "form"),
    [
        (
            "Die Ministerin Anna Berg sagte, der Haushalt sei solide.",
            "Anna Berg", "sagte", "der Haushalt sei solide", "indirect",
        ),
        (
            "Am Montag erklärte der Bürgermeister Jan Kurz, dass die Brücke gesperrt bleibe.",
            "Jan Kurz", "erklärte", "dass die Brücke gesperrt bleibe", "indirect",
        ),
        (
            "„Wir bauen die Brücke neu“, sagte Bürgermeister Jan Kurz.",
            "Jan Kurz", "sagte", "Wir bauen die Brücke neu", "direct",
        ),
        (
            "Bürgermeister Jan Kurz sagte: „Wir bauen die Brücke neu.“",
            "Jan Kurz", "sagte", "Wir bauen die Brücke neu.", "direct",
        ),
        (
            "Wie Jan Kurz ergänzte, soll die Brücke 2027 fertig sein.",
            "Jan Kurz", "ergänzte", "soll die Brücke 2027 fertig sein", "indirect",
        ),
        (
            "Die Brücke bleibt gesperrt, sagte Jan Kurz.",
            "Jan Kurz", "sagte", "Die Brücke bleibt gesperrt", "indirect",
        ),
        (
            "Die Brücke bleibt laut Bürgermeister Jan Kurz gesperrt.",
            "Jan Kurz", "laut", "Die Brücke bleibt … gesperrt", "according_to",
        ),
        (
            "Dem Stadtrat zufolge bleibt die Brücke gesperrt.",
            "Stadtrat", "zufolge", "bleibt die Brücke gesperrt", "according_to",
        ),
        (
            "Nach Angaben der Polizei wurde niemand verletzt.",
            "Polizei", "Nach Angaben", "wurde niemand verletzt", "according_to",
        ),
        (
            "Die Gewerkschaft forderte einen Sozialplan, der alle Beschäftigten absichert.",
            "Gewerkschaft", "forderte", "einen Sozialplan, der alle Beschäftigten absichert", "reported",
        ),
        (
            "Der Verband lehnt den Vorschlag ab.",
            "Verband", "lehnt … ab", "den Vorschlag", "reported",
        ),
        (
            "Die Ärztin Eva Roth hält eine Impfpflicht für denkbar.",
            "Eva Roth", "hält … für", "eine Impfpflicht für denkbar", "reported",
        ),
        (
            "Die Stadt hat die Summe bislang nicht bestätigt.",
            "Stadt", "nicht bestätigt", "die Summe", "reported",
        ),
        (
            "Der Minister Tom Weber stellte klar, ein Verbot sei «nicht geplant».",
            "Tom Weber", "stellte … klar", "ein Verbot sei «nicht geplant»", "mixed",
        ),
    ],
)  # fmt: skip
def test_speech_event_parts(sentence: str, actor: str, cue: str, message: str, form: str) -> None:
    article = run(sentence)
    st = only(article)
    assert parts(article, st) == (actor, cue, message, form)
    for span in (*st.cue, *st.message):
        assert 0 <= span.start < span.end <= len(article.text)


def test_medium_addressee_and_time() -> None:
    article = run("Der Minister Tom Weber sagte am Sonntag in einem ZDF-Interview, die Lage sei ernst.")
    st = only(article)
    assert article.span_text(st.medium) == "in einem ZDF-Interview"
    assert article.span_text(st.time) == "am Sonntag"
    article = run("Gegenüber „Radio Nord“ sagte Tom Weber, die Lage sei ernst.")
    assert article.span_text(only(article).medium) == "Gegenüber „Radio Nord“"
    article = run("Tom Weber sagte bei Xi Jinping, die Lage sei ernst.")
    assert only(article).medium is None
    article = run("Tom Weber sagte auf X, die Lage sei ernst.")
    assert article.span_text(only(article).medium) == "auf X"
    article = run("Anna Berg betonte bei Gesprächen mit der Kommission die Bedeutung der Hilfen.")
    assert article.span_text(only(article).addressee) == "bei Gesprächen mit der Kommission"


def test_konjunktiv_continues_the_last_speaker() -> None:
    article = run(
        "Die Ministerin Anna Berg sagte, der Haushalt sei solide.",
        "Neue Schulden seien nicht nötig.",
        "Der Rat tagt am Montag.",
        "Die Stadt habe genug Geld.",
    )
    forms = [(s.form, s.actor) for s in article.statements]
    assert forms == [(StatementForm.INDIRECT, "Anna Berg"), (StatementForm.FREE_INDIRECT, "Anna Berg")]


def test_subheading_does_not_end_a_run_of_reported_speech() -> None:
    article = run(
        "Der Bürgermeister Jan Kurz sagte, die Brücke werde neu gebaut.",
        "Neubau ab Mai",
        "Die Arbeiten sollen im Mai beginnen.",
        roles=(Role.BODY, Role.SUBHEADING, Role.BODY),
    )
    assert [s.actor for s in article.statements] == ["Jan Kurz", "Jan Kurz"]


def test_pronoun_and_description_resolve_to_the_named_source() -> None:
    article = run(
        "Der Sondergesandte Max Ober sagte, die Gespräche seien gut verlaufen.",
        "Er betonte, es gebe noch offene Fragen.",
        "Nach seinen Angaben habe die Gegenseite eingelenkt.",
        "Der Sondergesandte erklärte, er sei zuversichtlich.",
    )
    assert [s.actor for s in article.statements if s.nested_in is None] == ["Max Ober"] * 4


def test_nested_statement_points_to_its_container() -> None:
    article = run("Max Ober sagte, die Regierung habe ihre Zustimmung signalisiert.")
    outer, inner = article.statements
    assert inner.nested_in == outer.id
    assert inner.actor == "Regierung"


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ("Das Ministerium hat die Zahl nicht bestätigt.", Polarity.NOT_CONFIRMED),
        ("Der Konzern dementierte den Bericht.", Polarity.DENY),
        ("Der Konzern wies die Vorwürfe zurück.", Polarity.DENY),
        ("Die Behörde bestätigte den Termin.", Polarity.CONFIRM),
        ("Ein Sprecher wollte sich dazu nicht äußern.", Polarity.NO_COMMENT),
    ],
)
def test_confirmation_signals(sentence: str, polarity: Polarity) -> None:
    assert only(run(sentence)).polarity is polarity


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Rat tagt am Montag im Rathaus.",
        "Die Brücke soll ausgeschlossen werden.",
        "Er sprach nicht.",
        "Das Gesetz wurde am Montag beschlossen.",
    ],
)
def test_no_speech_event(sentence: str) -> None:
    assert run(sentence).statements == ()


def test_every_statement_has_a_message() -> None:
    article = run("„", "«»", "Sagte.", ", sagte er.", "laut", "Nach Angaben.", "zufolge", "„Ja“, sagte")
    assert all(st.message and all(s.end > s.start for s in st.message) for st in article.statements)


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        # a party answering a claim
        ("Die Reederei bestätigte den Bericht der Lokalzeitung über die Kündigungen.", Polarity.CONFIRM),
        ("Der Verband bestätigte die Zahlen der Gewerkschaft nicht.", Polarity.NOT_CONFIRMED),
        ("Der Konzern bestritt nicht, dass die Anlage zeitweise stillstand.", Polarity.CONFIRM),
        # no party answering: courts deciding, tests and outcomes
        ("Das Landgericht wies die Klage der Anwohner zurück.", None),
        ("Der Bundesgerichtshof bestätigte das Urteil gegen den Bauunternehmer.", None),
        ("Eine Obduktion bestätigte, dass der Fahrer an einem Herzinfarkt gestorben war.", None),
        ("Die Richterin widersprach der Darstellung der Verteidigung.", None),
        ("Die Polizei bestätigte Berichte über einen Einbruch im Rathaus.", Polarity.CONFIRM),
        ("Dann bestätigte Müller die Pläne für das neue Depot.", Polarity.CONFIRM),
        ("Die Schließung des Werks wurde am Montag vom Betreiber bestätigt.", Polarity.CONFIRM),
        ("Die Festnahme wurde durch die Staatsanwaltschaft bestätigt.", Polarity.CONFIRM),
        ("Der Verdacht wurde durch einen Test bestätigt.", None),
        ("Die Sperrung wurde am Abend bestätigt.", None),
        # attributive participles, outcomes with no party, requests
        ("Im Landkreis gibt es inzwischen 40 bestätigte Fälle.", None),
        ("Bestätigte Infektionen meldete der Kreis am Abend nicht.", None),
        ("Die Zahl der bestätigten Erkrankungen stieg auf 12.", None),
        ("Damit bestätigte sich der Trend der vergangenen Wochen.", None),
        ("Der Verdacht gegen den Kassenwart hat sich nicht bestätigt.", None),
        ("Viele Fans dürften sich in ihrer Meinung bestätigt fühlen.", None),
        ("Bitte bestätigen Sie Ihre Anmeldung über den Link in der E-Mail.", None),
    ],
)
def test_signals_only_where_a_party_answers(sentence: str, polarity: Polarity | None) -> None:
    signals = [st.polarity for st in run(sentence).statements if st.polarity is not Polarity.ASSERT]
    assert signals == ([polarity] if polarity else [])


@pytest.mark.parametrize(
    ("paragraphs", "heading", "signaller", "polarity", "message"),
    [
        # headlines: a signal verb answers even where no speech is reported
        (("Streit um das Freibad – Bürgermeisterin weist Vorwürfe zurück",), True,
         "Bürgermeisterin", Polarity.DENY, "Vorwürfe"),
        (("Stadtwerke bestätigen: Die Preise steigen im Frühjahr",), True,
         "Stadtwerke", Polarity.CONFIRM, "Die Preise steigen im Frühjahr"),
        # refusals and admissions
        (("Ob der Vertrag verlängert wird, ließ die Geschäftsführerin offen.",), False,
         "die Geschäftsführerin", Polarity.NO_COMMENT, "Ob der Vertrag verlängert wird"),
        (("Von der Stadtverwaltung gab es bislang keine Stellungnahme zu den Vorwürfen.",), False,
         "der Stadtverwaltung", Polarity.NO_COMMENT, "zu den Vorwürfen"),
        (("Der Trainer gab zu, die Aufstellung falsch gewählt zu haben.",), False,
         "Der Trainer", Polarity.CONFIRM, "die Aufstellung falsch gewählt zu haben"),
        (("Der Angeklagte gestand, das Auto gestohlen zu haben.",), False,
         "Der Angeklagte", Polarity.CONFIRM, "das Auto gestohlen zu haben"),
        # plural subjects and labels of untruth
        (("Die Anwohner weisen die Darstellung der Firma zurück.",), False,
         "Die Anwohner", Polarity.DENY, "die Darstellung der Firma"),
        (("Der Verein nannte den Bericht des Magazins eine Lüge.",), False,
         "Der Verein", Polarity.DENY, "den Bericht des Magazins eine Lüge"),
        # a report that names no author, marked unconfirmed
        (("Unbestätigten Angaben zufolge gab es drei Verletzte.",), False,
         None, Polarity.NOT_CONFIRMED, "gab es drei Verletzte"),
        (("Nach bisher unbestätigten Berichten soll der Minister zurücktreten.",), False,
         None, Polarity.NOT_CONFIRMED, "soll der Minister zurücktreten"),
        # an anaphor's confirmation confirms the sentence before
        (("Der Brand brach in der Nacht aus. Das bestätigte ein Feuerwehrsprecher.",), False,
         "ein Feuerwehrsprecher", Polarity.CONFIRM, "Der Brand brach in der Nacht aus. … Das"),
        (("Der Brand brach in der Nacht aus. Das wurde von einem Feuerwehrsprecher bestätigt.",), False,
         "einem Feuerwehrsprecher", Polarity.CONFIRM, "Der Brand brach in der Nacht aus. … Das"),
    ],
)  # fmt: skip
def test_signal_parts(
    paragraphs: tuple[str, ...], heading: bool, signaller: str | None, polarity: Polarity, message: str
) -> None:
    article = run(*paragraphs, roles=(Role.TITLE,) if heading else ())
    signals = [st for st in article.statements if st.polarity is not Polarity.ASSERT]
    assert len(signals) == 1, [(st.polarity, article.spans_text(st.message)) for st in article.statements]
    st = signals[0]
    assert st.polarity is polarity
    assert (article.span_text(st.source) if st.source else None) == signaller
    assert article.spans_text(st.message) == message


@pytest.mark.parametrize(
    ("sentence", "signals"),
    [
        # the clause after "und" keeps the subject of the clause before and ends the first message
        ("Die Firma bestätigte den Bericht der Zeitung nicht und nannte ihn „reine Erfindung“.",
         [(Polarity.NOT_CONFIRMED, "Die Firma", "den Bericht der Zeitung"),
          (Polarity.DENY, "Die Firma", "ihn „reine Erfindung“")]),
        # a pronoun for a post-mortem is no party
        ("Die Obduktion ist abgeschlossen. Sie bestätigte die Angaben der Polizei.", []),
        # "gestanden" is also the participle of "stehen"
        ("Im Tor ist am Sonntag wieder der Ersatzmann gestanden.", []),
    ],
)  # fmt: skip
def test_signals_in_context(sentence: str, signals: list[tuple[Polarity, str, str]]) -> None:
    article = run(sentence)
    got = [
        (st.polarity, article.span_text(st.source) if st.source else "", article.spans_text(st.message))
        for st in article.statements
        if st.polarity is not Polarity.ASSERT
    ]
    assert got == signals


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Tatsächlich sagte der Bürgermeister, die Brücke werde saniert.", "der Bürgermeister"),
        ("Damit erklärte sie, die Pläne seien fertig.", "sie"),
        ("Häufig betonte der Trainer, die Mannschaft sei müde.", "der Trainer"),
        ("Allerdings sagte die Ministerin, das Geld reiche nicht.", "die Ministerin"),
        ("Offiziell teilte die Stadt mit, der Markt falle aus.", "die Stadt"),
        # a focus particle belongs to the speaker's noun phrase and does not hide it
        ("Auch die Ministerin Petra Ohm sagte, das Geld reiche nicht.", "die Ministerin Petra Ohm"),
    ],
)
def test_sentence_adverbs_are_never_speakers(sentence: str, speaker: str) -> None:
    article = run(sentence)
    st = only(article)
    assert st.source is not None and article.span_text(st.source) == speaker


@pytest.mark.parametrize(
    ("paragraphs", "answers"),
    [
        # the object in the signal's own clause, not the quote that follows
        (("Die Intendantin hat die Wahl des neuen Chefredakteurs bestätigt: „Wir freuen uns auf ihn.“",),
         "die Wahl des neuen Chefredakteurs"),
        # a "dass" clause is what is confirmed
        (("Die Polizei bestätigte, dass der Fahrer geflohen sei.",), "dass der Fahrer geflohen sei"),
        # an anaphor answers the sentence before
        (("Der Betrieb schließt im Mai. Dies bestätigte die Chefin.",), "Der Betrieb schließt im Mai."),
    ],
)  # fmt: skip
def test_a_signal_records_what_it_answers(paragraphs: tuple[str, ...], answers: str) -> None:
    article = run(*paragraphs)
    [st] = [st for st in article.statements if st.polarity is not Polarity.ASSERT]
    assert article.spans_text(st.answers) == answers


def test_the_noun_phrase_after_a_negation_is_the_object() -> None:
    # "bestritt nicht den Vorwurf": the speaker is the one from the sentence before, never "Vorwurf"
    article = run(
        "Der Trainer Jonas Imhof sagte, die Mannschaft sei müde",
        ", bestritt aber nicht den Vorwurf, zu spät zu kommen.",
    )
    signals = [st for st in article.statements if st.polarity is Polarity.CONFIRM]
    assert [st.actor for st in signals] == ["Jonas Imhof"]


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        # a spokesperson speaks for the one in the genitive, named in the nominative
        ("Ein Sprecher des Gesundheitsministeriums sagte, es bleibe offen.", "Gesundheitsministerium"),
        ("Eine Sprecherin des Landkreises erklärte, die Straße sei wieder frei.", "Landkreis"),
        # a text stands for its author in the genitive
        ("Laut einer Mitteilung der Thurgauer Regierung bleibt die Fähre im Hafen.", "Thurgauer Regierung"),
        # a role with a qualifier stays a description, never the place inside it
        ("Ein Tierarzt aus dem Kreis Soest sagte, die Ställe seien sauber.", "Tierarzt aus dem Kreis Soest"),
        ("Der frühere Innenminister von Sachsen sagte, es reiche.", "frühere Innenminister von Sachsen"),
        # the name in an apposition, before or after the role
        ("Die Gesundheitsministerin des Landes, Petra Grund, sagte, die Lage sei ernst.", "Petra Grund"),
        ("Tomas Lind, Bürgermeister von Oberhof, sagte, die Loipe sei gespurt.", "Tomas Lind"),
        # a party or organisation after the name is no part of it
        ("Kanzler Paul Ebner (SPD) sagte, der Haushalt komme im Mai.", "Paul Ebner"),
        ("Mira Stolz von der Bürgerliste sagte, der Antrag sei falsch.", "Mira Stolz"),
        ("Die Präsidentin Ursula von der Groeben sagte, das Amt sei offen.", "Ursula von der Groeben"),
        # a role before the name
        ("Studentin Lea Born sagte, die Mieten seien zu hoch.", "Lea Born"),
    ],
)  # fmt: skip
def test_speakers_are_named_in_the_nominative(sentence: str, actor: str) -> None:
    assert only(run(sentence)).actor == actor


@pytest.mark.parametrize(
    "sentence",
    [
        "Jeder will am Ende gewinnen.",  # an indefinite pronoun is no one
        "8 Millionen Euro will der Kreis dafür ausgeben.",  # a number is no speaker
        "Darauf angesprochen, sagte sie nichts.",  # a pronominal adverb opens the sentence
        "Ab einem Wert von 40 warnt die Behörde vor Smog.",  # a prepositional phrase is no speaker
    ],
)
def test_no_junk_speakers(sentence: str) -> None:
    junk = {"Jeder", "8 Millionen Euro", "Darauf angesprochen", "Wert", "Ab"}
    assert all(st.actor not in junk for st in run(sentence).statements)


def test_a_verb_clause_is_no_speaker() -> None:
    article = run("Die Halle müsse erhalten werden, habe der Trainer gesagt.")
    assert [st.actor for st in article.statements] == ["Trainer"]


@pytest.mark.parametrize(
    ("sentence", "actor", "cue", "message"),
    [
        # an abbreviation's full stop ends no sentence and is no part of the name
        ("Die Brücke sei zu, sagte Amtssprecher Dr. Kern.", "Kern", "sagte", "Die Brücke sei zu"),
        ("Prof. Dr. Hanna Voss sagte, die Probe sei alt.", "Hanna Voss", "sagte", "die Probe sei alt"),
        ("Der Markt in der Lindenstr. 4 schließe, sagte der stellv. Landrat Tim Abel.", "Tim Abel", "sagte",
         "Der Markt in der Lindenstr. 4 schließe"),
        ("Der Verein Falke e.V. teilte mit, die Schau falle aus.", "Verein Falke e.V.", "teilte … mit",
         "die Schau falle aus"),
        # an object in the prefield: the speaker follows the verb
        ("Den Vorwurf der Mieter wies der Vermieter am Dienstag zurück.", "Vermieter", "wies … zurück",
         "Den Vorwurf der Mieter"),
        ("Einen Rückzug schloss die Trainerin aus.", "Trainerin", "schloss … aus", "Einen Rückzug"),
        # a verb of quoting: the one quoted speaks
        ("„Wir bleiben“, zitierte das Blatt die Wirtin.", "Wirtin", "zitierte", "Wir bleiben"),
        ("Die Ernte sei verloren, so zitiert das Radio einen Landwirt.", "Landwirt", "zitiert",
         "Die Ernte sei verloren"),
        ("Das Radio zitierte den Förster, der Wald sei krank.", "Förster", "zitierte", "der Wald sei krank"),
        # "X zufolge": a verb before the noun is no adjective of it
        ("Mehrere Händler rechnen Insidern zufolge mit Verlusten.", "Insidern", "zufolge",
         "Mehrere Händler rechnen … mit Verlusten"),
    ],
)  # fmt: skip
def test_abbreviations_objects_and_quoting(sentence: str, actor: str, cue: str, message: str) -> None:
    article = run(sentence)
    st = only(article)
    assert (st.actor, article.spans_text(st.cue), article.spans_text(st.message)) == (actor, cue, message)


def test_quoting_puts_the_one_who_quotes_in_the_medium() -> None:
    article = run("„Wir bleiben“, zitierte das Blatt die Wirtin.")
    st = only(article)
    assert st.medium is not None and article.span_text(st.medium) == "das Blatt"


@pytest.mark.parametrize(
    "sentence",
    [
        # a modal of intention whose message holds a verb of saying is no statement of its own
        "Einen eigenen Kurs will die Stadt beim Radweg fahren, sagte die Dezernentin.",
        # ", so zitiert …" attributes the clause before; it is no message of the verb there
        "Sie hoffe auf Regen, so zitiert die Zeitung die Winzerin.",
    ],
)
def test_one_statement_where_one_speaks(sentence: str) -> None:
    assert len(run(sentence).statements) == 1


def test_a_lone_demonstrative_names_no_actor() -> None:
    # "Diese" points to the last noun (a witness), not to the last speaker: the source stays, no actor
    article = run("Der Sprecher Uwe Kamp sagte, man suche Zeugen. Eine Zeugin meldete sich. "
                  "Diese bestätigte, dass der Wagen rot war.")  # fmt: skip
    [confirm] = [st for st in article.statements if st.polarity is Polarity.CONFIRM]
    assert confirm.actor is None
    assert confirm.source is not None and article.span_text(confirm.source) == "Diese"


@pytest.mark.parametrize(
    ("sentence", "actor", "message"),
    [
        # a thing or an act in the prefield is the object; the speaker follows the verb
        ("Die Entscheidung kritisierte Verbandschef Lutz Brand scharf.", "Lutz Brand", "Die Entscheidung"),
        ("Die Vergabe der Jobs kritisierte der Rechnungshof.", "Rechnungshof", "Die Vergabe der Jobs"),
        # "der" with an adjective in "-en" is a dative: the newspaper is spoken to, not speaking
        ("Der örtlichen Zeitung sagte die Trainerin Ina Wolf, sie höre auf.", "Ina Wolf", "sie höre auf"),
        # a relative clause after the name is no part of the source
        ("Ole Brink, der als Wart arbeitet, sagte, die Kasse sei leer.", "Ole Brink", "die Kasse sei leer"),
    ],
)  # fmt: skip
def test_the_speaker_is_the_subject(sentence: str, actor: str, message: str) -> None:
    article = run(sentence)
    st = only(article)
    assert (st.actor, article.spans_text(st.message)) == (actor, message)
    if "Ole Brink" in sentence:
        assert st.source is not None and article.span_text(st.source) == "Ole Brink"


def test_a_subject_that_can_speak_stays_in_the_prefield() -> None:
    article = run("Die Regierung kritisierte die Opposition scharf.")
    assert only(article).actor == "Regierung"


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        # a focus particle at the start of the sentence is no part of the name
        ("Auch Greta Lohse ist unzufrieden: „Das ist Pfusch.“", "Greta Lohse"),
        # a title in quotation marks is a thing, not a speaker; the speaker follows the verb
        ("Die Überschrift „Held Ott“ begründete die Lehrerin mit dem Satz, sie sei streng.", "Lehrerin"),
        # a genitive noun before a name goes into the nominative
        ("Dem Bericht des Senders Radio Mitte zufolge ist die Straße frei.", "Sender Radio Mitte"),
        # a known medium before the one it quotes
        ("Der Damm halte, zitiert die New York Times den Ingenieur Jon Berg.", "Jon Berg"),
    ],
)
def test_names_without_particles_titles_or_media(sentence: str, actor: str) -> None:
    assert only(run(sentence)).actor == actor


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Händler könnten das bezahlen, so das Kalkül.",  # a reasoning after "so" is no source
        "In den Bergen kam es Angaben zufolge zu Erdrutschen.",  # the expletive is no part of a source
    ],
)
def test_no_speaker_from_a_reasoning_or_an_expletive(sentence: str) -> None:
    article = run(sentence)
    assert all(st.actor not in {"Kalkül", "es Angaben"} for st in article.statements)
    assert all(article.span_text(st.source) != "es Angaben" for st in article.statements if st.source)


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        # a role with a name in commas before the verb is the subject, though an object follows the verb
        ("Die Landrätin des Kreises, Ulla Benz, lobte das Ergebnis am Abend: „Ein guter Tag.“", "Ulla Benz"),
        # an object that is "die …" may as well be the subject's object: the prefield speaks
        ("Der Landesverband der Tafel forderte die Stadtwerke auf, die Preise zu senken.", "Tafel"),
        # a web address stands for its outlet
        ("Der Vertrag sei unterschrieben, schreibt nordblick.de.", "nordblick.de"),
        # a profession before a name is no part of it
        ("Der Damm halte, sagte der Ingenieur Jon Berg.", "Jon Berg"),
    ],
)  # fmt: skip
def test_subjects_before_and_after_the_verb(sentence: str, actor: str) -> None:
    assert only(run(sentence)).actor == actor


@pytest.mark.parametrize(
    ("paragraph", "actor", "cue"),
    [
        ("Laut „Nordwind Post“ gibt es neue Pläne für den Hafen.", "Nordwind Post", "Laut"),  # a quoted name
        ("Die Ärztin Mia Voss war vor Ort. Ihren Worten zufolge wird die Station geschlossen.", "Mia Voss",
         "Worten zufolge"),  # a possessive stands for the speaker before
    ],
)  # fmt: skip
def test_according_to_with_quoted_names_and_possessives(paragraph: str, actor: str, cue: str) -> None:
    article = run(paragraph)
    [st] = [st for st in article.statements if st.form is StatementForm.ACCORDING_TO]
    assert (st.actor, article.spans_text(st.cue)) == (actor, cue)


def test_a_finite_verb_before_according_to_is_no_part_of_the_source() -> None:
    article = run("Der Bürgermeister ordnete anderen Berichten zufolge eine Prüfung an.")
    assert all(
        st.source is None or "ordnete" not in article.span_text(st.source) for st in article.statements
    )


@pytest.mark.parametrize(
    "sentence",
    [
        # a source phrase that runs into a clause is no speaker
        "Bei der Razzia wurden drei Personen festgenommen, die beschuldigt werden, Bandenmitglieder zu sein.",
        # a death toll is demanded by no one
        "Elf Todesopfer forderte der Wirbelsturm an der Küste.",
        "Das Zugunglück forderte am Morgen mindestens 14 Menschenleben.",
        # a past intention is narrated, not said
        "Hunderte Pendler wollten am Abend den Bahnhof verlassen.",
        "Die Wanderer wollten eigentlich noch vor dem Gewitter die Hütte erreichen.",
    ],
)
def test_no_statement_from_a_clause_a_toll_or_a_past_plan(sentence: str) -> None:
    assert run(sentence).statements == ()


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("Die Gewerkschaft forderte mehr Schutz für die Opfer.", "Gewerkschaft"),
        ("Die Verletzten forderten eine lückenlose Aufklärung.", "Verletzten"),
        ("Der Bürgermeister will die Brücke bis zum Sommer sanieren lassen.", "Bürgermeister"),
    ],
)
def test_demands_and_present_intentions_stay_statements(sentence: str, actor: str) -> None:
    assert only(run(sentence)).actor == actor


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("Die Brauerei wollte sich zu den Vorwürfen der Verbraucherschützer nicht äußern.", "Brauerei"),
        ("Der Klinikbetreiber wollte zu dem Zeitungsbericht keine Stellung nehmen.", "Klinikbetreiber"),
        ("Die Reederei wollte den Bericht nicht kommentieren.", "Reederei"),
        ("Ein Sprecher der Bahn wollte dazu keine Angaben machen.", "Bahn"),
        ("Die Stadtverwaltung lehnte eine Stellungnahme zu dem Gutachten ab.", "Stadtverwaltung"),
        ("Der Verein nahm zu den Berichten über die Finanzen keine Stellung.", "Verein"),
    ],
)
def test_refusals_to_comment_are_one_no_comment_signal(sentence: str, actor: str) -> None:
    st = only(run(sentence))
    assert (st.polarity, st.actor) == (Polarity.NO_COMMENT, actor)


def test_giving_no_details_is_no_refusal_to_comment() -> None:
    assert run("Die Polizei machte keine Angaben zur Identität des Toten.").statements == ()


def test_a_source_ending_in_an_infinitive_marker_is_no_speaker() -> None:
    article = run("Es sei, so heißt es, eine Illusion zu glauben, dass alle Bürger dem Aufruf folgen würden.")
    assert all(
        st.source is None or "Illusion" not in article.span_text(st.source) for st in article.statements
    )


@pytest.mark.parametrize(
    "sentence",
    [
        # a threat needs "mit" or a clause of its own; a looming penalty or crisis is nobody's threat
        "Bei einer Verurteilung drohen dem Bankier bis zu zehn Jahre Haft.",
        "Der Region droht im Winter eine neue Energiekrise.",
        # naming is not saying
        "Maultiere, auch Mulis genannt, sind Kreuzungen aus Esel und Pferd.",
        "„Lumo“, so heißt die neue Mitfahr-App der Stadtwerke.",
        "Der Roman, den sie in Leipzig vorstellte, ist ihr Debüt: „Wolken über dem Deich“.",
        "Die Firma (Motto: „Sauber ist sicher“) soll Abfall falsch entsorgt haben.",
        # an adverb or a time before the verb is no speaker
        "Besonders kritisiert wurde die Vergabe der Aufträge.",
    ],
)
def test_no_statement_from_naming_a_looming_penalty_or_an_adverb(sentence: str) -> None:
    assert run(sentence).statements == ()


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("Die Mieter drohten mit einer Klage gegen die Erhöhung.", "Mieter"),
        ("Der Vermieter drohte, die Wohnung zu kündigen.", "Vermieter"),
        ("Die Ministerin hat als Grund die hohen Kosten genannt.", "Ministerin"),
        ("Die Trainerin war deutlich: „Wir spielen auf Sieg.“", "Trainerin"),
        ("Darüberhinaus will die Partei die Mieten deckeln.", "Partei"),
        (
            "Anfang Februar hatten Hunderte Beschäftigte den Rücktritt der Chefin gefordert.",
            "Hunderte Beschäftigte",
        ),
    ],
)
def test_threats_reasons_and_quotes_after_a_colon_keep_their_speaker(sentence: str, actor: str) -> None:
    assert only(run(sentence)).actor == actor


def test_a_sentence_in_the_preterite_passive_ends_a_run_of_reported_speech() -> None:
    article = run(
        "Ein Sprecher der Feuerwehr teilte mit, der Brand sei gegen Mitternacht ausgebrochen.",
        "Die Bewohnerin wurde mit leichten Verletzungen ins Krankenhaus gebracht.",
    )
    assert [s.form for s in article.statements] == [StatementForm.INDIRECT]


@pytest.mark.parametrize(
    ("paragraph", "actor", "cue"),
    [
        (
            "Die Verfassungsrichterin Eva Kern äußerte sich am Montag. "
            "Ihrer Meinung nach sei das Gesetz nicht haltbar.",
            "Eva Kern",
            "Meinung nach",
        ),
        ("Nach dem Willen der Landesregierung soll die Schule im Herbst öffnen.", "Landesregierung", None),
    ],
)
def test_postposed_and_will_according_to(paragraph: str, actor: str, cue: str | None) -> None:
    article = run(paragraph)
    st = next(s for s in article.statements if s.form is StatementForm.ACCORDING_TO)
    assert st.actor == actor
    if cue is not None:
        assert article.spans_text(st.cue) == cue


def test_a_plan_that_provides_for_something_is_a_text_speaking() -> None:
    st = only(run("Der Entwurf sieht vor, dass Mieten höchstens um fünf Prozent steigen dürfen."))
    assert (st.actor, st.channel) == ("Entwurf", Channel.WRITING)
    assert run("Der Entwurf sieht höhere Mieten vor.").statements == ()


@pytest.mark.parametrize(
    ("sentence", "actor", "message"),
    [
        ("Aus Koalitionskreisen verlautete, dass der Haushalt verschoben wird.", "Koalitionskreisen", None),
        (
            "Wie aus Konzernkreisen verlautete, will der Hersteller ein Werk schließen.",
            "Konzernkreisen",
            "will der Hersteller ein Werk schließen",
        ),
        (
            "Die Trainerin wird mit den Worten zitiert: „Wir haben verdient gewonnen.“",
            "Trainerin",
            "Wir haben verdient gewonnen.",
        ),
    ],
)
def test_sources_in_a_phrase_and_the_one_quoted_in_the_passive(
    sentence: str, actor: str, message: str | None
) -> None:
    article = run(sentence)
    st = only(article)
    assert st.actor == actor
    if message is not None:
        assert article.spans_text(st.message) == message


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        (
            "Jana Ohm vom Wetterdienst, die den Wert zuerst mit 4,2 angegeben und dann korrigiert hatte, "
            "sagte, dass solche Stürme selten seien.",
            "Jana Ohm",
        ),
        ("Von der Lühe betonte, der Plan sei solide.", "Von der Lühe"),
        ("Von der Polizei hieß es, man ermittle.", "Polizei"),
    ],
)
def test_subjects_with_a_relative_clause_a_decimal_comma_or_a_particle(sentence: str, actor: str) -> None:
    assert only(run(sentence)).actor == actor


@pytest.mark.parametrize(
    ("sentence", "source", "message"),
    [
        (
            "Die Lage sei beherrschbar, sagte Oberst Kai Brenner, Kommandeur des Pionierbataillons, "
            "ohne Einzelheiten zu nennen.",
            "Oberst Kai Brenner, Kommandeur des Pionierbataillons",
            "Die Lage sei beherrschbar",
        ),
        (
            "Der Entwurf sei zu spät gekommen, sagte Mira Sohst, die stellvertretende Vorsitzende des "
            "Elternbeirats, am Abend.",
            "Mira Sohst, die stellvertretende Vorsitzende des Elternbeirats",
            "Der Entwurf sei zu spät gekommen",
        ),
        (
            "Zuletzt ließ der Pressedienst des bayerischen Innenministeriums verlauten, dass die Übung "
            "verschoben werde.",
            "der Pressedienst des bayerischen Innenministeriums",
            "dass die Übung verschoben werde",
        ),
        (
            "Die Pegel steigen weiter, sagte Leon Kraft, die Feuerwehr bleibe im Einsatz.",
            "Leon Kraft",
            "die Feuerwehr bleibe im Einsatz",
        ),
    ],
)
def test_an_apposition_after_an_inverted_cue_is_the_source(sentence: str, source: str, message: str) -> None:
    article = run(sentence)
    st = only(article)
    assert article.span_text(st.source) == source
    assert article.spans_text(st.message) == message


@pytest.mark.parametrize(
    ("sentence", "source", "message"),
    [
        (
            "Die Sprecherin Hanne Lüth wies den Bericht zurück und ist der Meinung, dass die Zahlen stimmen.",
            "Die Sprecherin Hanne Lüth",
            "dass die Zahlen stimmen",
        ),
        (
            "Der Mieterbund legte nach, indem er die Stadt zum Handeln aufforderte: „Die Mieten müssen "
            "gedeckelt werden.“",
            "er",
            "Die Mieten müssen gedeckelt werden.",
        ),
    ],
)
def test_a_coordinated_opinion_and_a_clause_opened_by_indem(sentence: str, source: str, message: str) -> None:
    article = run(sentence)
    st = next(s for s in article.statements if article.span_text(s.source) == source)
    assert article.spans_text(st.message) == message


@pytest.mark.parametrize(
    ("sentence", "source", "message"),
    [
        (
            "Die Reporterin in Lissabon, Will Ardent, berichtete, dass die Fähre ausgefallen sei.",
            "Die Reporterin in Lissabon, Will Ardent",
            "dass die Fähre ausgefallen sei",
        ),
        (
            "Am Abend meldeten örtliche Medien, dass der Pass wieder frei sei.",
            "örtliche Medien",
            "dass der Pass wieder frei sei",
        ),
        (
            "Nun vermelden die Behörden, dass das Wasser wieder trinkbar ist.",
            "die Behörden",
            "dass das Wasser wieder trinkbar ist",
        ),
        (
            "Die Bürgerinitiative vertritt wie der Naturschutzbund die Ansicht, dass der Damm zu "
            "niedrig ist.",
            "Die Bürgerinitiative",
            "dass der Damm zu niedrig ist",
        ),
        (
            "Der Landkreis vertrat den Standpunkt, die Gemeinde sei nicht zuständig.",
            "Der Landkreis",
            "die Gemeinde sei nicht zuständig",
        ),
    ],
)
def test_names_like_verbs_adjective_led_sources_and_held_views(
    sentence: str, source: str, message: str
) -> None:
    article = run(sentence)
    st = only(article)
    assert article.span_text(st.source) == source
    assert article.spans_text(st.message) == message


def test_an_infinitive_clause_before_the_verb_is_the_object_not_the_speaker() -> None:
    article = run("Den Plan, die Schule zu schließen, nannte sie einen „Fehler“.")
    assert article.statements
    assert all(article.span_text(st.source) == "sie" for st in article.statements)


@pytest.mark.parametrize(
    "sentence",
    [
        "Dem Gesetz gemäß muss die Gemeinde die Kosten tragen.",
        "Gemäß der Satzung darf der Verein keine Gewinne ausschütten.",
        "Zuletzt hatten Zeitungen über geheime Absprachen berichtet, wo Aufträge vergeben worden seien.",
    ],
)
def test_a_rule_or_a_topic_is_no_source(sentence: str) -> None:
    article = run(sentence)
    assert all(
        not (article.span_text(st.source) or "").startswith(("Dem Gesetz", "der Satzung", "über"))
        for st in article.statements
    )
    assert not any(st.actor in ("Gesetz", "Satzung", "Absprachen") for st in article.statements)


def test_a_source_after_gemaess_can_speak() -> None:
    st = only(run("Gemäß dem Sprecher der Stadt bleibt die Brücke bis Freitag gesperrt."))
    assert st.form is StatementForm.ACCORDING_TO


@pytest.mark.parametrize(
    ("sentence", "message"),
    [
        (
            "Der Präsident sagte, die Innenpolitik gehe ihn nichts an; seine Macht ergibt sich aus der "
            "Verfassung.",
            "die Innenpolitik gehe ihn nichts an",
        ),
        (
            "Der Sprecher sagte, es sei schwierig, Zahlen zu bestätigen, bestritt jedoch nicht die Annahme, "
            "dass es Tote gab.",
            "es sei schwierig, Zahlen zu bestätigen",
        ),
        (
            "Die Abgeordnete Clara Mohn urteilte, dass die Altstadt in einen Bunker verwandelt werde.",
            "dass die Altstadt in einen Bunker verwandelt werde",
        ),
    ],
)
def test_a_message_ends_at_a_semicolon_or_the_next_verb_of_saying(sentence: str, message: str) -> None:
    article = run(sentence)
    assert article.spans_text(article.statements[0].message) == message
