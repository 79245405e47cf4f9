"""Verb cues: a verb of saying in a segment, its source, its message and its form.

Where the finite verb stands in its segment tells where the subject is: before it in a verb-second
clause, after it when something else leads, between the opener and the verb in a verb-final clause
("wie X sagte"). The neighbouring segments hold the message.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from quellenlage.attribution.clause import (
    ADVERBIAL_STARTS,
    DASHES,
    JOINED,
    VERB_FORMS,
    Event,
    Range,
    Sentence_,
    clause_before,
    covered,
    is_article,
    rest_from,
    strip,
    verb_position,
)
from quellenlage.attribution.frame import find_addressee, find_frame
from quellenlage.attribution.phrases import (
    abstract,
    apposition,
    before_parenthesis,
    can_speak,
    middle_field,
    np_after,
    np_before,
    particle_name,
    speaker,
    subject_before,
)
from quellenlage.attribution.signals import (
    agent_confirmation,
    find_answers,
    labels_untrue,
    negated_middle,
    non_party,
    non_party_antecedent,
    only_anaphor,
    signal_verb_form,
)
from quellenlage.nlp import mood
from quellenlage.nlp.de import grammar, people, speech


def verb_event(s: Sentence_, i: int, heading: bool = False) -> Event | None:
    """The speech event whose verb of saying is token ``i``, if it is one; in a ``heading`` only signals.

    Three steps: the cue (which verb, its finite verb, its polarity), its source and message, and the event
    with its frame and what a signal answers.
    """
    found = _verb_cue(s, i, heading)
    if not isinstance(found, _Cue):
        return found  # no cue, or a passive confirmation with its agent
    if not _source_and_message(s, i, found):
        return None
    return _event(s, found)


@dataclass(slots=True)
class _Cue:
    """A verb cue as the steps of :func:`verb_event` fill it in."""

    verb: speech.Verb
    seg: Range  # the cue's segment; it takes in an apposition before the verb
    cue: list[Range]
    finite: int  # the finite verb: the cue or an auxiliary or modal before it
    polarity: str
    form: str = "indirect"
    source: Range | None = None
    message: list[Range] = field(default_factory=list)
    middle_from: int = 0  # where the middle field starts, after the finite verb and the source
    frame: tuple[Range | None, Range | None, Range | None] = (None, None, None)  # in the middle field
    coordinated_clause: bool = False
    fragment: bool = False


def _verb_cue(s: Sentence_, i: int, heading: bool) -> _Cue | Event | None:
    """Which verb token ``i`` is, its segment, its finite verb and its polarity; a passive confirmation
    with an agent is an event of its own."""
    if s.low(i) not in VERB_FORMS and s.low(i) not in JOINED:
        return None
    if s.toks[i].text[:1].isupper() and i > s.start and not s.toks[i - 1].mark and s.toks[i - 1].text != ":":
        return None  # "hat Berichte zurückgewiesen": a capitalised word inside a sentence is a noun
    seg = s.segment(i)
    if heading:  # "Streit um Bauprojekt – Bürgermeisterin weist Vorwürfe zurück": the dash ends a clause
        seg = (max((x + 1 for x in range(seg[0], i) if s.toks[x].text in DASHES), default=seg[0]), seg[1])
    picked = _pick_verb(s, i, seg)
    if picked is None:
        return None
    verb, particle = picked
    if verb.lemma in speech.TOLL_VERBS and _toll_object(s, seg, i):
        return None  # "Zwölf Todesopfer forderte der Taifun", not "forderte Schutz für die Opfer"
    if heading and verb.polarity == "assert":
        return None
    if verb.polarity != "assert" and not signal_verb_form(s, i, seg):
        return None
    cue: list[Range] = [(i, i)]
    if particle is not None:
        cue.append((particle, particle))
    # The finite verb: an auxiliary or modal earlier in the segment when the cue is a participle/infinitive.
    finite = i
    for j in range(seg[0], i):
        if s.low(j) in grammar.AUXILIARIES | grammar.MODALS and verb_position(s, j):
            finite = j
            break
    negated = s.low(i - 1) in grammar.NEGATIONS
    if (
        finite != i
        and any(s.low(x) in grammar.PASSIVE_AUXILIARIES for x in range(seg[0], seg[1] + 1))
        and not negated
    ):
        if verb.polarity == "confirm":
            return agent_confirmation(s, seg, finite, i)
        if verb.lemma != speech.QUOTING_LEMMA:
            return None  # passive: "solle ausgeschlossen werden" names no speaker
        # "Der Minister wird mit den Worten zitiert: …": the subject of the passive is the one quoted
        phrase = len(speech.QUOTING_PHRASE)
        if i - phrase >= seg[0] and tuple(s.low(x) for x in range(i - phrase, i)) == speech.QUOTING_PHRASE:
            cue.insert(0, (i - phrase, i - 1))
    if finite == i and s.low(i) in speech.NAMING_PARTICIPLES:
        return None  # "Zebroide, auch Zebra-Pferde genannt, sind …"
    if finite != i and s.low(finite) in grammar.AUXILIARIES:
        cue.insert(0, (finite, finite))  # "hat … angekündigt": the whole verb is the cue
    polarity = verb.polarity
    middle_negated = polarity in ("confirm", "deny") and negated_middle(s, finite, seg[1])
    if polarity == "deny" and middle_negated:
        polarity = "confirm"  # "bestritt jedoch nicht, dass …": not denying concedes
    elif polarity == "confirm" and (
        s.low(i - 1) in grammar.NEGATIONS or s.low(finite + 1) in grammar.NEGATIONS or middle_negated
    ):
        polarity = "not_confirmed"
        neg = i - 1 if s.low(i - 1) in grammar.NEGATIONS else None
        if neg is not None:
            cue = [(neg, i)]
    elif s.low(i - 1) in grammar.NEGATIONS and verb.polarity == "assert" and not verb.reported:
        return None  # "sagte nicht" is rarely a statement
    return _Cue(verb, seg, cue, finite, polarity)


def _source_and_message(s: Sentence_, i: int, c: _Cue) -> bool:
    """Find the cue's source and message by where its finite verb stands; False where there is no
    statement (no message, no speaker, an impersonal "es" or "man")."""
    verb, seg, cue, finite, polarity = c.verb, c.seg, c.cue, c.finite, c.polarity
    form = "indirect"
    clause_follows = seg[1] + 1 < s.end and s.toks[seg[1] + 1].text in (",", ":")
    after_verb = np_after(s, i + 1, seg[1])
    no_subject_after = after_verb is None
    enclosed_name = (
        finite == seg[0] > s.start + 2
        and s.toks[seg[0] - 1].text == ","
        and any(s.toks[x].text == "," for x in range(s.start + 1, seg[0] - 1))
        and (after_verb is None or not _nominative_start(s, after_verb[0]))
    )  # "Der Gouverneur des Staates, Jim Justice, kritisierte das Verhalten: …"
    if (
        finite == seg[0] > s.start
        and ((clause_follows and no_subject_after) or enclosed_name)
        and subject_before(s, seg[0])
    ):
        seg = (s.start, seg[1])  # "Der Gouverneur von X, Gabino Cué, sagte, …": an apposition before the verb
    prefield = (seg[0], finite - 1) if finite > seg[0] else None
    first = s.low(seg[0])
    source: Range | None = None
    object_prefield: Range | None = None
    coordinated_clause = False
    message: list[Range] = []
    middle_from = finite + 1
    middle_to = seg[1]
    subordinate = first in grammar.SUBORDINATORS or (
        first in grammar.RELATIVES and seg[0] > s.start and not is_article(s, seg[0])
    )
    if subordinate and (first in grammar.VERB_FINAL_OPENERS or first in grammar.RELATIVES):
        # verb-final clause: "wie Witkoff ergänzte", "was Selenski strikt ablehnt"
        source = np_after(s, seg[0] + 1, i - 1) if seg[0] + 1 <= i - 1 else None
        if first == grammar.REPORTING_CONJUNCTION:
            rest = rest_from(s, seg[1] + 1)
            before = clause_before(s, seg[0]) if rest is None else None
            message = [r for r in (rest or before,) if r]
            form = "indirect"
        elif first in grammar.CAUSAL_CONJUNCTIONS and seg[1] + 1 < s.end and s.toks[seg[1] + 1].text in ",:":
            # "…, da sie befürchtete, man wolle …": a verb-final clause whose message follows it
            rest = rest_from(s, seg[1] + 1)
            message = [rest] if rest else []
        elif (
            first in grammar.RELATIVES
            and first not in grammar.NON_PERSONAL_RELATIVES
            and _comma_after(s, seg[1])
        ):
            # "…, so Celebi, die auch angab, dass …": the relative pronoun stands for the name before it;
            # not "ein Beamter, den die Zeitung zitiert, sagte …", where the relative is the one quoted
            if verb.lemma == speech.QUOTING_LEMMA:
                return False
            rest = rest_from(s, seg[1] + 1)
            if rest is not None and (s.low(rest[0]) in VERB_FORMS or s.low(rest[0]) in grammar.AUXILIARIES):
                return False  # "X, die den Wert angegeben hatte, sagte, …": the main clause goes on
            source = np_before(s, seg[0] - 1, s.start)
            message = [rest] if rest else []
        elif first == grammar.CLAUSAL_RELATIVE:
            # "…, was Selenski strikt ablehnt": the clause before is what is rejected; the relative clause
            # carries the stance itself
            before = clause_before(s, seg[0])
            message = [r for r in (before, (seg[0], seg[1])) if r]
            form = "reported"
        else:
            return False
        middle_from, middle_to = (source[1] + 1 if source else seg[0] + 1), i - 1
    elif (
        prefield
        and prefield[0] == prefield[1]
        and s.low(prefield[0]) in grammar.DEMONSTRATIVE_ANAPHORS
        and s.index > 0
    ):
        # "Das sagte Landeswirtschaftsministerin Hanna Vogt am Dienstag.": the message is the sentence before
        source = np_after(s, finite + 1, seg[1])
        previous = s.doc.sentences[s.index - 1]
        message = [(previous.start, previous.end - 1), (prefield[0], prefield[0])]
        if source is not None:
            middle_from = source[1] + 1
    elif prefield and s.low(prefield[1]) in grammar.COORDINATORS and prefield[1] > prefield[0]:
        # "Die Firma bestätigte den Bericht nicht und nannte ihn …": the subject of the clause before
        source = _subject_of_previous_clause(s, prefield[1])
        coordinated_clause = True
    elif prefield and particle_name(s, prefield):
        source = prefield  # "Von der Leyen betonte, …": a name, not a prepositional phrase
    elif prefield and s.low(prefield[0]) not in ADVERBIAL_STARTS and not _non_nominative(s, prefield[0]):
        source = strip(s, prefield)
        if source and s.low(source[0]) in ADVERBIAL_STARTS:
            source = None
        after = np_after(s, finite + 1, seg[1]) if source else None
        if (
            source
            and after
            and (_nominative_start(s, after[0]) or abstract(s, source))
            and not can_speak(s, source)
            and can_speak(s, after)
        ):
            # "Die Entscheidung kritisierte der Verbandschef Jan Ott": the object leads, the speaker follows
            object_prefield, source = source, after
    if source is None and not subordinate:
        source = np_after(s, finite + 1, seg[1])
        if source is None and s.low(finite + 1) in grammar.OBJECT_ONLY_PRONOUNS:
            source = np_after(s, finite + 2, seg[1])  # "…, zitiert ihn die Zeitung", "sagte ihm ein Arzt"
        if source is not None and any(s.low(x) in grammar.NEGATIONS for x in range(finite + 1, source[0])):
            source = None  # "bestritt jedoch nicht die Annahme": after the negation stands the object
    if source is not None and not subordinate and source[0] > finite:
        source = apposition(s, source, seg[1] if seg[1] + 1 >= s.end else s.end - 1)
        middle_from = source[1] + 1
        if source[1] > seg[1]:
            seg = (seg[0], source[1])  # the apposition belongs to the cue's segment
            middle_to = seg[1]
    medium, addressee, time = find_frame(s, finite + 1, seg[1])
    if not message:
        message = _message(
            s, seg, verb, finite, source, [medium, addressee, time], cue, middle_from, middle_to,
            object_prefield,
        )  # fmt: skip
        if message and len(message) == 1 and seg[0] <= message[0][0] <= seg[1] and form == "indirect":
            form = "reported"  # no clause of its own: the verb reports an act ("forderte einen Sozialplan")
            if not verb.reported and polarity == "assert":
                return False
            if verb.lemma in speech.THREAT_VERBS and not any(
                s.low(x) == speech.THREAT_PREPOSITION for x in range(seg[0], seg[1] + 1)
            ):
                return False  # "Im Fall einer Verurteilung drohen ihm 20 Jahre Haft"
    coordinated = prefield is not None and all(
        s.low(x) in grammar.COORDINATORS for x in range(*_incl(prefield))
    )
    if source is None and coordinated:
        source = _subject_of_previous_clause(s, prefield[0] if prefield else seg[0])
    preposition = speech.SOURCE_PREPOSITION_VERBS.get(verb.lemma)
    if preposition is not None:  # "Aus Militärkreisen verlautete", "wie aus Unternehmenskreisen verlautete"
        at = next((x for x in range(seg[0], seg[1] + 1) if s.low(x) == preposition), None)
        source = np_after(s, at + 1, seg[1]) if at is not None else None
    source = speaker(s, before_parenthesis(s, source))
    impersonal = (
        source is not None and source[0] == source[1] and s.low(source[0]) in grammar.IMPERSONAL_PRONOUNS
    )
    # ", bestritt jedoch nicht …" after a line break: the clause goes on with the sentence before's subject
    fragment = source is None and s.toks[s.start].text == "," and seg[0] == s.start + 1 == finite
    if not message or (source is None and not fragment) or impersonal:
        return False
    c.seg, c.form, c.source, c.message, c.middle_from = seg, form, source, message, middle_from
    c.frame = (medium, addressee, time)
    c.coordinated_clause, c.fragment = coordinated_clause, fragment
    return True


def _toll_object(s: Sentence_, seg: Range, verb: int) -> bool:
    """A death toll as the object: after the verb a toll noun with no preposition or genitive before it in
    its phrase, before the verb one with a count ("Zwölf Todesopfer forderte der Taifun")."""
    for x in range(s.start if seg[0] == verb else seg[0], seg[1] + 1):
        if s.low(x) not in speech.TOLL_NOUNS:
            continue
        y = x - 1
        counted = False
        while y >= seg[0] and (
            s.toks[y].text[:1].isdigit() or s.low(y) in speech.TOLL_COUNTS or s.toks[y].text[:1].islower()
        ):
            if s.low(y) in grammar.PREPOSITIONS or s.low(y) in people.GENITIVE_ARTICLES:
                return False
            counted = counted or s.toks[y].text[:1].isdigit() or s.low(y) in speech.TOLL_COUNTS
            y -= 1
        return counted if x < verb else True
    return False


def _event(s: Sentence_, c: _Cue) -> Event | None:
    """The event: the message cut before a coordinated verb of saying, a signal's polarity and what it
    answers, the form, and the medium, addressee and time of the whole sentence."""
    verb, seg, cue, finite, polarity = c.verb, c.seg, c.cue, c.finite, c.polarity
    form, source, message = c.form, c.source, c.message
    medium, addressee, time = c.frame
    message = [_before_coordinated_verb(s, r) for r in message]
    if verb.lemma in speech.LABELLING_VERBS and polarity == "assert" and labels_untrue(s, message):
        polarity = "deny"  # "nannte den Bericht „reine Spekulation“"
    if polarity != "assert" and source and (non_party(s, source) or non_party_antecedent(s, source)):
        return None  # a court's ruling or a test's outcome is no party answering a claim
    if polarity != "assert" and only_anaphor(s, message) and s.index > 0:
        previous = s.doc.sentences[s.index - 1]  # "Das bestätigte ein Sprecher.": it answers what came before
        message = [(previous.start, previous.end - 1), *message]
    source, quoting = _quoted(s, c, source, message)
    skip = [source, *cue, medium, addressee, time, quoting]
    answers = find_answers(s, polarity, message, c.middle_from, seg[1], skip)
    if len(message) == 1 and _enclosed(s, message[0]):
        form = "direct" if form != "reported" else form
    if form == "indirect" and any(s.toks[x].quote >= 0 for r in message for x in range(r[0], r[1] + 1)):
        form = "mixed"
    pronoun = source is not None and s.low(source[0]) in speech.PRONOUNS and source[0] == source[1]
    medium, addressee, time = (
        r if r is None or not any(covered(list(message), x) for x in range(r[0], r[1] + 1)) else None
        for r in find_frame(s, s.start, s.end - 1)
    )
    if quoting is not None:
        medium = quoting  # "Der Sender zitierte die Sängerin": the one quoted speaks, the quoting carries
    if addressee is None and source is not None:
        addressee = find_addressee(s, verb, source, seg, message, [medium, time, *cue])
    ev = Event(
        form, cue, message, s.index, source=source, addressee=addressee, medium=medium, time=time,
        polarity=polarity, channel=verb.channel, pronoun=pronoun, answers=answers,
    )  # fmt: skip
    ev.extras["finite"] = s.toks[finite].text
    if c.coordinated_clause:
        ev.extras["coordinated"] = "1"
    if c.fragment:
        ev.carried = True
        ev.extras["fragment"] = "1"
    return ev


def _nominative_start(s: Sentence_, i: int) -> bool:
    """A phrase at ``i`` that reads as a subject: "der …", "ein …" or a bare name or title ("Verbandschef
    Jan Ott"); "die …" and "das …" may as well be objects."""
    low = s.low(i)
    return low in grammar.NOMINATIVE_ARTICLES or (
        low not in grammar.DETERMINERS and s.toks[i].text[:1].isupper()
    )


def _non_nominative(s: Sentence_, i: int) -> bool:
    """A phrase at ``i`` that cannot be a subject: "den Vorwurf", "einem Sender", and "der" with a
    strong adjective ("Der englischsprachigen Zeitung sagte …"): in the nominative "der" takes "-e"."""
    low = s.low(i)
    if low in grammar.NON_NOMINATIVE_OPENERS:
        return True
    nxt = s.toks[i + 1].text if i + 1 < s.end else ""
    after = s.toks[i + 2].text if i + 2 < s.end else ""
    return (
        low == grammar.OBLIQUE_ARTICLE
        and nxt[:1].islower()
        and nxt.endswith(grammar.WEAK_ADJECTIVE_ENDING)
        and nxt.lower() not in grammar.DETERMINERS
        and after[:1].isupper()
    )


def _leading_medium(s: Sentence_, rng: Range) -> Range | None:
    """The known medium a phrase starts with, after its article ("die New York Times …")."""
    a = rng[0] + 1 if s.low(rng[0]) in grammar.ARTICLES else rng[0]
    for medium in speech.KNOWN_MEDIA:
        parts = medium.split()
        end = a + len(parts) - 1
        if end <= rng[1] and [s.toks[x].text for x in range(a, end + 1)] == parts:
            return (rng[0], end)
    return None


def _quoted(
    s: Sentence_, c: _Cue, source: Range | None, message: list[Range]
) -> tuple[Range | None, Range | None]:
    """For a verb of quoting, the one quoted as the source and the one quoting as the medium: "Der Sender
    zitierte die Sängerin mit den Worten …", "„…“, zitierte die Zeitung den Minister"."""
    if c.verb.lemma != speech.QUOTING_LEMMA or source is None:
        return source, None
    media = _leading_medium(s, source)
    if media is not None and media[1] < source[1]:
        # "zitiert die New York Times Joel Harding": a known medium, then the one it quotes
        return (media[1] + 1, source[1]), media
    start = source[1] + 1 if source[0] > c.finite else c.finite + 1
    quoted = speaker(s, np_after(s, start, c.seg[1])) if start <= c.seg[1] else None
    pronouns = [x for x in range(c.finite + 1, source[0]) if s.low(x) in speech.QUOTED_PRONOUNS]
    if quoted is None and source[0] > c.finite and pronouns:
        quoted = (pronouns[0], pronouns[0])  # "…, so zitiert ihn die Zeitung"
    if quoted is None or any(r[0] <= quoted[0] <= r[1] for r in message):
        return source, None
    return quoted, source


def _pick_verb(s: Sentence_, i: int, seg: Range) -> tuple[speech.Verb, int | None] | None:
    """The verb a cue form stands for, and where its separated particle is, if it has one."""
    low = s.low(i)
    if low in JOINED:
        return JOINED[low], None
    candidates = VERB_FORMS.get(low, [])
    for verb in candidates:  # verb-final clause: "wie X heute bekannt gab"
        if (
            verb.particle
            and verb.particle not in (speech.REFLEXIVE, speech.JUDGEMENT_PARTICLE)
            and s.low(i - 1) == verb.particle
        ):
            return verb, i - 1
    plain = None
    for verb in candidates:
        if not verb.particle:
            plain = plain or verb
            continue
        if verb.particle == speech.REFLEXIVE:
            stance = any(s.low(x) in speech.STANCE_ADJECTIVES for x in range(i + 2, seg[1] + 1))
            if s.low(i + 1) == speech.REFLEXIVE and (stance or verb.lemma == speech.REFLEXIVE_SPEECH_LEMMA):
                return verb, i + 1
            continue
        if verb.particle == speech.JUDGEMENT_PARTICLE:
            at = next((x for x in range(i + 1, seg[1] + 1) if s.low(x) == speech.JUDGEMENT_PARTICLE), None)
            if at is not None:  # "hält X für denkbar"
                return verb, at
            continue
        if verb.particle == speech.TOPIC_PARTICLE == s.low(i + 1):  # "sprach von", "berichtete von"
            return verb, i + 1
        end = seg[1]
        if s.low(end) == verb.particle and end > i:
            return verb, end
    return (plain, None) if plain else None


def _clause_like(s: Sentence_, rng: Range) -> bool:
    """A message of its own: a quotation, a clause opened by a conjunction, or one with a finite verb."""
    a, b = rng
    if s.low(a) in grammar.INFINITIVE_CONJUNCTIONS:
        return False
    if s.toks[a].quote >= 0 or (a > s.start and s.toks[a - 1].mark) or s.low(a) in grammar.SUBORDINATORS:
        return True
    return any(
        s.low(x) in grammar.AUXILIARIES or s.low(x) in grammar.MODALS or mood.is_finite_verb(s.low(x))
        for x in range(a, b + 1)
        if s.toks[x].text[:1].islower()
    )


def _message(
    s: Sentence_,
    seg: Range,
    verb: speech.Verb,
    finite: int,
    source: Range | None,
    frame: list[Range | None],
    cue: list[Range],
    middle_from: int,
    middle_to: int,
    object_prefield: Range | None = None,
) -> list[Range]:
    after = seg[1] + 1
    follows = s.toks[after].text if after < s.end else ""
    if verb.particle in (speech.JUDGEMENT_PARTICLE, speech.REFLEXIVE):
        # a stance: "hält X für denkbar – vorausgesetzt, …", "zeigte sich offen"
        middle = middle_field(s, middle_from, middle_to, [*frame, source, *cue])
        if middle:
            rng = strip(s, (middle[0], s.end - 1 if follows == "," else middle[1]))
            return [rng] if rng else []
    # 0. "„…“, sagte X im Irak, General Y …": a quotation just before the cue is the message.
    if (
        seg[0] == finite
        and seg[0] - 2 >= s.start
        and s.toks[seg[0] - 1].text == ","
        and s.toks[seg[0] - 2].mark
    ):
        before = clause_before(s, seg[0])
        if before:
            return [before]
    # 1. "X sagte: „…“" or "X sagte, Y habe …": the clause after the cue's segment; not ", so zitiert …",
    # which attributes this clause itself.
    so_follows = follows == "," and s.low(after + 1) == speech.ATTRIBUTING_SO
    if follows in (",", ":") and verb.polarity != "not_confirmed" and not so_follows:
        nxt = after + 1
        while nxt < s.end and s.toks[nxt].text in DASHES:
            nxt += 1
        relative = (
            nxt + 1 < s.end
            and not s.toks[nxt].mark
            and (
                s.low(nxt) in grammar.COMMENTING_RELATIVES
                or (s.low(nxt) in grammar.RELATIVES and not is_article(s, nxt))
            )
        )
        middle = middle_field(s, middle_from, middle_to, [*frame, source, *cue])
        rest = rest_from(s, after + 1)
        addressing = (
            verb.lemma in speech.ADDRESSING_VERBS
        )  # "forderten die Schüler auf, …": the object is addressed
        if (
            middle
            and rest
            and _zu_infinitive(s, rest)
            and s.low(middle[0]) in grammar.ACCUSATIVE_OPENERS
            and not addressing
        ):
            # "signalisierte die Bereitschaft, … zu verzichten": the object and its infinitive clause
            return [(middle[0], rest[1])]
        inverted = seg[0] == finite > s.start and s.toks[seg[0] - 1].text == ","
        if inverted and rest and not _clause_like(s, rest):
            before = clause_before(s, seg[0])
            if before:
                return [before]  # "…, sagte X, ohne auf Details einzugehen": the rest is the frame's
        if not relative and rest:
            return [rest]
        if middle:
            end = s.end - 1 if relative and s.low(nxt) not in grammar.COMMENTING_RELATIVES else middle[1]
            rng = strip(s, (middle[0], end))
            return [rng] if rng else []
    # 2. "„…“, sagte X." or "…, sagte X" or "…, so zitiert ihn X": the cue leads its segment and
    # something comes before.
    so_led = finite == seg[0] + 1 and s.low(seg[0]) == speech.ATTRIBUTING_SO
    if (seg[0] == finite or so_led) and seg[0] > s.start:
        before = clause_before(s, seg[0])
        if before:
            if so_led and verb.polarity != "assert":
                return []  # ", so bestätigte …" is rare; a signal needs its own answered words
            out = [before]
            tail = middle_field(s, middle_from, seg[1], [*frame, source, *cue])
            if tail and verb.lemma in speech.LABELLING_VERBS:
                out.append(tail)
            return out
    # 3. An object in the prefield, the speaker after the verb: "Den Vorwurf wies der Minister zurück".
    if object_prefield:
        return [object_prefield]
    if finite > seg[0] and _non_nominative(s, seg[0]) and source and source[0] > finite:
        rng = strip(s, (seg[0], finite - 1))
        if rng:
            return [rng]
    # 4. A reported act or stance with its object in the middle field: "forderte einen Sozialplan".
    middle = middle_field(s, middle_from, middle_to, [*frame, source, *cue])
    if middle:
        end = s.end - 1 if follows in (",", "–", "—") and verb.reported else middle[1]
        rng = strip(s, (middle[0], end))
        return [rng] if rng else []
    return []


def _before_coordinated_verb(s: Sentence_, rng: Range) -> Range:
    """A message ends before "und" and a verb of saying of its own ("… nicht und nannte ihn …"), before a
    comma and a verb of saying ("…, bestritt jedoch nicht …") and at a semicolon outside quotations."""
    for x in range(rng[0] + 1, rng[1]):
        if s.toks[x].text == ";" and s.toks[x].quote < 0:
            return (rng[0], x - 1)
        verb_follows = s.low(x + 1) in VERB_FORMS or s.low(x + 1) in JOINED
        comma_verb = s.toks[x].text == "," and s.low(x + 1) in VERB_FORMS and s.toks[x + 1].text.islower()
        if (s.low(x) in grammar.COORDINATORS or comma_verb) and s.toks[x].quote < 0 and verb_follows:
            end = x - 1
            while end > rng[0] and s.low(end) in grammar.NEGATIONS:
                end -= 1
            return (rng[0], end)
    return rng


def _subject_of_previous_clause(s: Sentence_, before: int) -> Range | None:
    """ "Er bezeichnete … und kündigte an, …": the second verb shares the sentence's subject."""
    if s.toks[s.start].mark or s.low(s.start) in ADVERBIAL_STARTS or before <= s.start:
        return None
    return np_after(s, s.start, before - 1)


def _enclosed(s: Sentence_, rng: Range) -> bool:
    """The range is exactly the inside of one quotation."""
    a, b = rng
    if a - 1 < 0 or b + 1 >= len(s.toks):
        return False
    before, after = s.toks[a - 1], s.toks[b + 1]
    return before.mark and after.mark and before.quote == after.quote >= 0


def _comma_after(s: Sentence_, i: int) -> bool:
    return i + 1 < s.end and s.toks[i + 1].text == ","


def _incl(rng: Range) -> tuple[int, int]:
    return rng[0], rng[1] + 1


def _zu_infinitive(s: Sentence_, rng: Range) -> bool:
    """A clause ending in "zu" + verb, or in a verb with "zu" inside ("einzulassen")."""
    a, b = rng
    return b - 1 >= a and (
        s.low(b - 1) == grammar.INFINITIVE_MARKER
        or (grammar.INFINITIVE_MARKER in s.low(b)[2:-2] and s.low(b).endswith(grammar.ZU_INFINITIVE_ENDING))
    )
