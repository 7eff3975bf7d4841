"""Attribute quotations to speakers: people, groups, institutions and sources named in the text."""

from __future__ import annotations

import bisect
import itertools
import logging
import operator
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from monitor import german
from monitor.gazetteers import given_names
from monitor.speaker_actors import Context, actors_in
from monitor.speaker_names import (
    NATIONALITY,
    Actor,
    acronyms,
    body_first,
    body_noun,
    dateline_town,
    folded_words,
    german_nouns,
    german_person,
    initials_of,
    institution_compound,
    nationality_first,
    phrase_end,
    placed_role,
    spelled_out,
    split_name,
    title_key,
    watched_place,
    where_end,
)
from monitor.statements import (
    PAIRS,
    SPACES,
    Quote,
    Vocabulary,
    dateline_end,
    fold,
    fold_word,
    sentence_starts,
    vocabulary,
)
from monitor.statements import Patterns as P

if TYPE_CHECKING:
    from monitor.classify import Lexicon

LOGGER = logging.getLogger(__name__)


_START = operator.attrgetter("start")
_PARTICIPLE = ("ing", "ant", "ndo")  # saying, estimant, diciendo, dizendo
_OBJECTS = ("it", "him", "them")  # English pronouns that are never a subject after a name
_SOMEONE = ("person", "role")  # what "he" or "she" may stand for
_ANYONE = ("group", "anon", "person", "role")  # German "sie": she or they
_BEFORE_QUOTE = SPACES + "".join(PAIRS)  # spaces and opening marks
_NEXT_SENTENCE = re.compile(r"\s+(?=[A-ZÀ-Þ])")
_ASKING = re.compile(
    r"(?<!\w)(?:ask|demand|pregunt|plante|interrog|pergunt|question|fragt|gefragt)"
)
_OWNED_ROLE = re.compile(r"['’]s(?: [a-z-]+){1,3}, ")  # "(Wilk)'s deputy, (Agnieszka Kruk)"
_HOW_ASIDE = re.compile(r" *, *(?:[a-zà-ÿ]+ ){0,2}[a-zà-ÿ]+ *, *(?=[A-ZÀ-Þ])")  # ", emocionada, X"
_CLOSING = " \u00a0\u202f”\"»“«’'"  # what may follow a question mark inside a quotation
_LIST_GOES_ON = re.compile(rf" {P.ANY_AND} [A-ZÀ-Þ]")  # "(, Seguridad Social) y M…"
_AGE_TAIL = re.compile(rf" (?:de|d') ?\d+ {P.YEARS_OLD}$")  # folded: "(livreur) de 27 ans"
_ELIDED_TITLE = re.compile(r" *[Ll]['’][a-zà-ÿ-]+ *")  # after a comma: "l'inspecteur (X)"
# someone the speaker is with, whose own apposition follows: "avec le Premier ministre, (X)"
_COMPANION = re.compile(
    r"(?<!\w)(?:with|alongside|avec|aux cotes d|con|junto a|com|ao lado d|mit)\W"  # folded
)
_FOR_A_BODY = (  # German spokespeople and others speaking for a body, named after it
    "sprecher",
    "sprecherin",
    "vertreter",
    "vertreterin",
    "mitarbeiter",
    "mitarbeiterin",
)
Found = tuple[str, str]  # (kind, value) of a resolved speaker


def _lenient_person(text: str, ctx: Context) -> str | None:
    """The subject of "Zelensky said": the last capitalised run of `text` read as a name."""
    runs = P.RUN.findall(text)
    name, low, _, _ = split_name(runs[-1], ctx.vocab) if runs else ((), (), None, None)
    if not name or watched_place(low, ctx.lexicon.single_words, ctx.lexicon.multiword_places):
        return None
    value = " ".join(name)
    return ctx.known.get(low[0], value) if len(name) == 1 else value


# ---------------------------------------------------------------- resolution
def _last(
    ctx: Context,
    par: int,
    pos: int,
    kinds: tuple[str, ...],
    test: Callable[[str], object] | None = None,
    same_paragraph: bool = False,
) -> Found | None:
    """The latest speaker of one of `kinds` before (par, pos), sentence subjects first."""
    for subjects_only in (True, False):
        for p, o, kind, value, subject in reversed(ctx.events):
            ok = kind in kinds and (p, o) < (par, pos) and (subject or not subjects_only)
            ok = ok and (p == par or not same_paragraph)
            if ok and (test is None or test(value)):
                return kind, value
    return None


def _joint(value: str, vocab: Vocabulary) -> bool:
    """Whether a body's name is two bodies' ("Royal College of Nursing and Unison"; not "Health
    and Safety Executive"): a whole body's name before the "and"."""
    first = _JOINED.split(value, maxsplit=1)[0]
    return first != value and not vocab.sets["institutions"].isdisjoint(fold(first).split())


_JOINED = re.compile(r" (?:and|y|et|e|und) ")  # between the names of bodies speaking together


def _last_in_paragraph(
    ctx: Context, par: int, pos: int, subjects_only: bool = True, since: int = 0
) -> Found | None:
    """The last sentence subject (or any speaker) named in paragraph `par` before `pos` (and
    from `since` on)."""
    return next(
        (
            (k, v)
            for p, o, k, v, sub in reversed(ctx.events)
            if p == par and since <= o < pos and (sub or not subjects_only)
        ),
        None,
    )


def _headed_by(description: str, head: str) -> bool:
    """Whether a folded description has `head` as one of its words, or ends a compound in it
    (of five letters or more: "shipowner" is an "owner")."""
    return any(w == head or (len(head) >= 5 and w.endswith(head)) for w in description.split())


def _topics_of(text: str, ctx: Context) -> set[str]:
    if (found := ctx.topics.get(text)) is None:
        found = ctx.topics[text] = {hit[2] for hit in ctx.lexicon.scan(text)}
    return found


def _role(actor: Actor, par: int, ctx: Context, complete: bool = False) -> Found | None:
    """A role noun. "The minister": the last person introduced as one; "le président
    ukrainien": the last watched Ukrainian figure named; else the last person named, unless the
    role is someone new: "a spokesman", "le ministre haïtien de l'Éducation" (then the role).
    `complete`: the words after the actor may complete the role's phrase."""
    pos, key = actor.start, actor.value
    det = P.TOKEN.match(ctx.folded[par], pos)  # a demonstrative ("same" words hold them)
    if (
        det
        and ctx.vocab.has("same", det.group(1))
        and (found := _last(ctx, par, pos, ("anon",), same_paragraph=True))
    ):  # "Selon une source policière, … « … », a reconnu cet officier": that source
        return found
    # "a spokesman said", "his spokesman said": someone new
    indefinite = _indefinite(ctx, par, pos) or P.POSSESSIVE.match(ctx.folded[par], pos) is not None
    if not indefinite:
        if key and (
            found := _last(ctx, par, pos, ("person",), lambda n: key in ctx.roles.get(n, ()))
        ):
            return found
        head = fold_word(actor.phrase.split()[-1]) if actor.phrase else ""
        if head and (  # "die Dirigentin" after "die Dirigentin Iryna Sawtschenko"
            found := _last(ctx, par, pos, ("person",), lambda n: head in ctx.epithets.get(n, ()))
        ):
            return found
        # "a secretaria" after "a Secretaria de Educação": a body its role noun also names
        if head in ctx.vocab.known_as and (
            found := _last(ctx, par, pos, ("inst",), lambda v: ctx.vocab.known_as_by(head, v))
        ):
            return found
        # not from where someone trained or was born: "the Kyiv-trained engineer"
        demonyms = _topics_of(" ".join(w for w in actor.phrase.split() if "-" not in w), ctx)
        if demonyms and (
            found := _last(ctx, par, pos, ("person",), lambda n: demonyms & _topics_of(n, ctx))
        ):
            return found
        if head and (  # "die Sprecherin" after "eine Sprecherin des Auswärtigen Amts", "the
            # owner" after "a Rhodes-born shipowner"
            (found := _last(ctx, par, pos, ("role",), lambda v: _headed_by(fold(v), head)))
            or (
                key  # a title with nothing completing it: "die Sprecherin", not "der Sprecher der
                and not P.COMPLEMENT_NEXT.match(ctx.folded[par], actor.end)  # Landespolizei"
                and (found := _introduced(ctx, par, pos, head))
            )
        ):
            return found
        # "le procureur général vénézuélien", no Venezuelan named and no one in its paragraph:
        # someone new
        indefinite = bool(demonyms) and not _last(  # nor anyone known by another role
            ctx,
            par,
            pos,
            ("person",),
            lambda n: not ctx.roles.get(n) or key in ctx.roles[n],
            same_paragraph=True,
        )
    phrase, low, text = actor.phrase, ctx.folded[par], ctx.masked[par]
    title_end = hyphen.end() if (hyphen := _HYPHENATED.match(text, actor.end)) else actor.end
    if complete and (indefinite or P.COMPLEMENT_NEXT.match(low, title_end)):
        described = phrase_end(text, low, title_end, ctx.vocab, ctx.language == "de")[0]
        place = P.IN_PLACE.match(text, described)  # "(embaixador da Ucrânia) em Portugal"
        end = place.end() if place else where_end(text, low, described, ctx.vocab)
        owner = _owner(ctx, par, pos) if P.POSSESSIVE.match(low, pos) else None
        if fold(phrase).startswith(("seu ", "sua ")):  # "o seu presidente": the title alone
            phrase = phrase[4:]
        # "le ministre haïtien" + " de l'Éducation"; "su portavoz" + " de la Asociación …"
        phrase += text[actor.end : described] + (f" {owner}" if owner else "") + text[described:end]
    if indefinite or P.COMPLEMENT.search(fold(phrase)):  # described: someone new
        return "role", phrase
    *modifiers, noun = phrase.split()
    if ctx.language == "de" and any(_GERMAN_OF_A_COUNTRY.search(m) for m in modifiers):
        return "role", phrase  # "der omanische Energieminister", no Omani named: someone new
    if (  # English compounds: in Romance languages the adjective before is no modifier
        modifiers
        and ctx.language == "en"
        and title_key(fold_word(noun), ctx.vocab) is not None
        and all(w.isalpha() and w.islower() for w in modifiers)
        and not any(title_key(fold_word(w), ctx.vocab) is not None for w in modifiers)
    ):
        return "role", phrase  # "the oil minister", and no minister named: the role
    if _AGE_NOUN.match(fold(phrase)) and (
        found := _last(ctx, par, pos, ("person", "role"), same_paragraph=True)
    ):  # "Eine Studentin aus Hamburg … „…“, sagte die 23-Jährige": whom its paragraph described
        return found
    # not someone known by another role: "der Minister" is not "der Präsident …, Holger Münch"
    other_role = key and (lambda n: not ctx.roles.get(n) or key in ctx.roles[n])
    return _last(ctx, par, pos, ("person",), other_role or None) or ("role", phrase)


_DE_BY_ARTICLE = {  # "de" and the article before a name: "(su portavoz) de la Asociación …"
    "es": {"el": "del ", "la": "de la ", "los": "de los ", "las": "de las "},
    "fr": {"le": "du ", "la": "de la ", "l'": "de l'", "les": "des "},
    "pt": {"o": "do ", "a": "da ", "os": "dos ", "as": "das "},
}


def _owner(ctx: Context, par: int, pos: int) -> str | None:
    """Whose role a Romance possessive names ("lamentó su portavoz"): the body its paragraph
    is about, with "de" and the article it takes in the article's text ("de la Asociación
    Unificada de Guardias Civiles", "de Acción contra el Hambre")."""
    articles = _DE_BY_ARTICLE.get(ctx.language or "")
    subject = _last_in_paragraph(ctx, par, pos)
    if articles is None or subject is None or subject[0] != "inst":
        return None
    name = subject[1]
    for text, low in zip(ctx.masked[: par + 1], ctx.folded, strict=False):
        if (at := text.find(name)) >= 0:
            before = P.PREV_WORD.search(low, max(0, at - 6), at)
            article = before.group(1) if before else ""
            if low[max(0, at - 2) : at] == "l'":
                article = "l'"
            return articles.get(article, "de ") + name
    return None


_HYPHENATED = re.compile(r"-[a-zà-ÿ]+")  # the rest of a title: "(secretário)-executivo"
_AGE_NOUN = re.compile(r"\d+ (?:jahrige[nr]?|year old)$")  # folded: "23-Jährige", "23-year-old"


def _introduced(ctx: Context, par: int, pos: int, head: str) -> Found | None:
    """The last one of that role introduced as someone new, though not as a sentence's
    subject ("…, bestätigte eine Sprecherin des Auswärtigen Amts."), for "die Sprecherin"."""
    article = "a|an" if ctx.language == "en" else "un|una|une|um|uma|ein|eine"  # "a" is pt "the"
    pattern = re.compile(rf"(?<!\w)(?:{article}) {re.escape(head)}(?!\w)")
    for p in range(par, -1, -1):
        low = ctx.folded[p]
        if head not in low:  # cheap test first
            continue
        found = list(pattern.finditer(low, 0, pos if p == par else len(low)))
        if found:
            return _descriptor(ctx, p, found[-1].start(), len(low))
    return None


_GERMAN_OF_A_COUNTRY = re.compile(r"^[a-zäöü]+isch(?:e[nrs]?)?$")  # "omanischer"

_RANK = frozenset(
    ["haute", "haut", "alta", "alto", "high", "highest", "supreme", "suprema", "supremo", "oberste"]
)


def _ref(actor: Actor, par: int, ctx: Context) -> Found | None:
    """A back-reference ("the same sources", "the ministry"): the last such speaker named."""
    if actor.phrase == "inst" and (name := _apposed_to(ctx, par, actor.start)):
        return "inst", name  # "VisitBritain, the national tourism agency, …"
    low_words = fold(actor.value).split()
    head = low_words[-1]
    if ctx.language in ("es", "fr", "pt"):  # the noun before its adjectives: "la représentation
        head = next((w for w in low_words if body_noun(w, ctx.vocab)), head)  # diplomatique"
    subject = _last_in_paragraph(ctx, par, actor.start)  # what its paragraph is about
    if actor.phrase == "anon" and not head.endswith("s"):  # "subrayó el diplomático"
        # one source named by its role: "A NATO official … the official"
        if subject and subject[0] in ("person", "role"):
            return subject
        article = P.DEFINITE_BEFORE.search(ctx.folded[par], max(0, actor.start - 5), actor.start)
        definite = article and not _indefinite(ctx, par, article.start())  # English "a"
        if definite and not _last(ctx, par, actor.start, ("anon", "role")):  # no source named:
            # "diz o diplomata" is the one a profile is about; nobody yet in "O diplomata X"
            return _last(ctx, par, actor.start, ("person",))
    generic = ctx.vocab.has("generic_institutions", head) or (  # "Spitzenverband": a Verband
        institution_compound(head, ctx.vocab)
        and head.endswith(tuple(ctx.vocab.sets["generic_institutions"]))
    )
    stem = head.rstrip("sn") or head  # "diesen Kreisen" -> Diplomatenkreise
    # "the official" after "A senior official in the presidential office, who …, said": the
    # whole description, which the sentence's subject holds
    kinds = ("anon", "role") if actor.phrase == "anon" else (actor.phrase,)
    named = _last(  # "l'ONG" after "l'ONG Eau Solidaire"
        ctx,
        par,
        actor.start,
        kinds,
        lambda v: (
            stem in fold(v)
            or head in ctx.kinds.get(v, ())  # "l'ONG" after "l'ONG française Action Santé"
            or ctx.vocab.known_as_by(head, v)  # "o ministério" after "o Itamaraty"
        ),
    )
    # "the organisation": the one just named in its paragraph, else one named so, else the
    # unnamed one its paragraph is about ("A coalition of … charities called on"), else any
    just_named = _last(ctx, par, actor.start, kinds, same_paragraph=True) if generic else None
    # its paragraph's opening name: "Hosbec pidió al Gobierno que …: «…», dijo la asociación"
    # (not the government), "Digicel erklärte … „…“, hieß es in einer Mitteilung des
    # Unternehmens" (before any body named earlier)
    opener = _opening_name(ctx, par) if generic else None
    if just_named and opener and _state_body(just_named[1], head):
        just_named = "inst", opener
    unnamed = (
        subject
        if generic and subject and subject[0] == "role" and fold(subject[1]).startswith(head)
        else None
    )
    found = (
        just_named
        or named
        or unnamed
        or (("inst", opener) if opener else None)
        or (_last(ctx, par, actor.start, kinds) if generic else None)
        # or the name opening the paragraph before: "A Carris começa …" then "explicou a
        # empresa" (German nouns, capitalised, open paragraphs as names do)
        or (
            ("inst", earlier)
            if generic
            and par > 0
            and ctx.language != "de"
            and (earlier := _opening_name(ctx, par - 1))
            else None
        )
    )
    if generic and not found:  # "der Verband" after "der Deutsche Landkreistag", not a person
        found = _last(ctx, par, actor.start, ("person", "group"))
    # "the department" after "The Home Office said": the body its paragraph is about (German
    # "des Ministeriums" names whose spokesperson, which the genitive tells)
    if not found and actor.phrase == "inst" and ctx.language != "de":
        found = subject if subject and subject[0] == "inst" else None
    words = [w for w in actor.value.split() if not ctx.vocab.has("same", fold_word(w))]
    modifiers = [  # not an epithet of rank: "la haute juridiction" is the Cour de cassation
        m
        for w in words[:-1]
        if not ctx.vocab.has("function_words", m := fold_word(w)) and m not in _RANK
    ]
    if (
        found
        and modifiers
        and not all(m[:5] in fold(found[1]) for m in modifiers)
        and not ctx.vocab.known_as_by(head, found[1])  # "la representación diplomática"
        and found != just_named  # "the medical charity" after "Médecins Sans Frontières, which"
    ):
        found = None  # "the regional military administration" after "the city administration"
    if found and found[0] == "inst" and (seat := _SEAT.search(found[1])) and head in fold(seat[1]):
        found = "inst", seat[1]  # "the university" after "The School of Jewellery at X University"
    return found or (actor.phrase, " ".join(words))


_SEAT = re.compile(r" at ([A-Z][\w-]*(?: [A-Z][\w-]*)+)$")


_POSSESSIVES = folded_words("his her its their son sa ses su sus seu sua sein seine ihr ihre")


# bodies of people or of business, which no government or ministry is
_PRIVATE_KINDS = folded_words(
    "asociación association associação verband organisation organización organização "
    "organization ong ngo sindicato syndicat gewerkschaft compañía compagnie companhia company "
    "empresa entreprise unternehmen konzern firma firm group groupe grupo gruppe federación "
    "fédération federação federation coalición coalition coalizão charity hilfswerk "
    "hilfsorganisation"
)


_GOVERNMENTS = folded_words(
    "gobierno gouvernement governo government ejecutivo exécutif executivo executive "
    "ministerio ministère ministério ministry"
)


def _state_body(name: str, kind: str) -> bool:
    """Whether `name` is a government or a ministry ("Gobierno", "ministère de …",
    "Bundesregierung"), which a private `kind` of body ("la asociación", "l'organisation")
    cannot refer to."""
    head = fold(name).split()[0]
    return kind in _PRIVATE_KINDS and (
        head in _GOVERNMENTS or head.endswith(("regierung", "ministerium"))
    )


def _apposed_to(ctx: Context, par: int, pos: int) -> str | None:
    """The name opening paragraph `par` when a body's noun phrase at `pos` follows it as an
    apposition ("UN Tourism, the United Nations agency, used …")."""
    runs, low = ctx.runs[par], ctx.folded[par]
    if not runs or not (name := _opening_name(ctx, par)):
        return None
    gap = low[runs[0].end() : pos]
    between = gap[2:].split()
    if gap[:2] != ", " or len(between) > 1 or (between and between[0] not in P.ARTICLES):
        return None
    return name


def _opening_name(ctx: Context, par: int) -> str | None:
    """A name alone opening its paragraph and its subject, no one's known or given name:
    "Eskom, de son côté, assure", "Rydeo a annoncé" (a body, which a generic noun refers to)."""
    text = ctx.masked[par]
    start = dateline_end(text)  # "LISBOA, 2 de julho — A Carris começa …"
    first = next((r for r in ctx.runs[par] if r.start() >= start), None)
    if first is None or first.start() != start or text[first.end() : first.end() + 1] not in " ,":
        return None
    if _after_opener(ctx, par, start, len(text)) != start:  # "À Lyon, la préfecture …"
        return None
    name = first.group()
    article, _, rest = name.partition(" ")
    if rest and fold_word(article) in P.ARTICLES and not article[1:].isupper():  # "O Simepar
        # prevê …", not "UN Tourism"
        name = rest
    low = fold(name).split()
    acronym = name.split()[0][1:].isupper()  # "UN Tourism", not "Un"
    if (
        (ctx.vocab.has("function_words", low[0]) and not acronym)
        or low[0] in _POSSESSIVES
        or ctx.vocab.verb_re.fullmatch(low[0])  # "Agregó que …"
        or low[0] in given_names()
        or any(r.person for r in ctx.lexicon.rules.get(" ".join(low), ()))  # "Selenskyj"
        # a name known from elsewhere, and in German any name known (its nominative
        # is the body's actor, not this run: "Der Deutsche Landkreistag"); not "Vélo Québec"
        or any(
            word in ctx.known and (ctx.language == "de" or ctx.known[word] != name) for word in low
        )
        or watched_place(tuple(low), ctx.lexicon.single_words, ctx.lexicon.multiword_places)
        or (ctx.language == "de" and german.common_noun(name))  # "Begnadigung", a noun
        or not text[first.end() :].lstrip(" ,")[:1].islower()
    ):
        return None
    return name


def _resolve(actor: Actor, par: int, ctx: Context) -> Found | None:
    """The speaker an actor stands for: pronouns, roles and references look back."""
    if actor.kind in ("person", "group", "inst", "anon"):
        return actor.kind, actor.value
    if actor.kind == "role":  # with the words completing it: "le ministre ... de l'Éducation"
        return _role(actor, par, ctx, complete=True)
    if actor.kind == "ref":
        return _ref(actor, par, ctx)
    if actor.kind == "part":  # "one of them": one of the group ("Western diplomats")
        if counted := _counted_people(ctx, par, actor):
            return "anon", _one_of(counted, ctx.language)
        found = _last(ctx, par, actor.start, ("group", "anon"))
        if found and found[0] == "anon":
            return "anon", _one_of(found[1], ctx.language)
        if found is None and (  # "Un grupo de pescadores … celebró": one is a "pescador"
            named := _last(ctx, par, actor.start, ("role",), _collective, same_paragraph=True)
        ):
            return "role", _one_of(named[1], ctx.language)
        return found
    vocab, word = ctx.vocab, actor.value
    if vocab.has("pron_neuter", word):
        return _last(ctx, par, actor.start, ("inst",))
    if vocab.has("pron_plural", word):  # a group, or bodies named together: "the Royal
        # College of Nursing and Unison said …, what they described as “…”"
        bodies = {v for *_, kind, v, _ in ctx.events if kind == "inst" and not _joint(v, vocab)}
        return _last(ctx, par, actor.start, ("group", "anon", "inst"), lambda v: v not in bodies)
    if vocab.has("pron_gendered", word) and (opener := _opening_institution(ctx, par, actor)):
        return ("inst", opener.value) if opener.kind == "inst" else _ref(opener, par, ctx)
    if (  # "le gouvernement a dénoncé la décision, qu'il qualifie de « … »": its own subject
        ctx.language in ("fr", "de")
        and vocab.has("pron_gendered", word)
        and (
            subject := _last_in_paragraph(
                ctx, par, actor.start, since=_sentence_start(ctx, par, actor.start)
            )
        )
        and subject[0] == "inst"
    ):
        return subject
    subject = _last_in_paragraph(ctx, par, actor.start)  # "Un diplomate occidental évoque
    if (  # des discussions. « … », a-t-il estimé": the source, when no one is named since
        subject
        and subject[0] == "anon"
        and not _plural(subject[1].split()[0])
        and _last_in_paragraph(ctx, par, actor.start, subjects_only=False) == subject
    ):
        return subject
    kinds = _ANYONE if vocab.has("pron_ambiguous", word) else _SOMEONE
    other = _OTHER_KIN.get(word, frozenset())  # "she" is not "Her son, Wilfrid,"
    agrees = (lambda v: ctx.roles.get(v, set()).isdisjoint(other)) if other else None
    return _last(ctx, par, actor.start, kinds, agrees, same_paragraph=True) or _last(
        ctx, par, actor.start, kinds, agrees
    )  # "a police officer ... he said"; someone named in its own paragraph first


# folded: an article and a noun (with an adjective) right before a name, which they describe
_EPITHET = re.compile(r"(?<!\w)(?:the|la|le|el|o|a|der|die|l') ?((?:[a-z]+ )?[a-z]+) +$")
_OTHER_KIN = dict.fromkeys(["she", "ella", "elle", "ela"], P.KIN_MALE) | dict.fromkeys(
    ["he", "il", "ele"], P.KIN_FEMALE
)


def _sentence_start(ctx: Context, par: int, pos: int) -> int:
    """Where the sentence holding offset `pos` of paragraph `par` starts."""
    return ctx.starts[par][bisect.bisect_right(ctx.starts[par], pos) - 1]


def _opening_institution(ctx: Context, par: int, pronoun: Actor) -> Actor | None:
    """The institution opening the sentence before the pronoun's, in its paragraph, when that
    sentence quotes nobody: in French and German "il", "elle", "er", "sie" may stand for it
    ("Le parquet de Basse-Terre évoque une filière. « … », a-t-il souligné"), and for the one
    an institution's kind refers to ("La mairie dément. Dans un communiqué, elle assure")."""
    starts = ctx.starts[par]
    i = bisect.bisect_right(starts, pronoun.start) - 1
    if i < 1:
        return None
    s, e = starts[i - 1], starts[i]
    first = next((a for a in ctx.actors[par] if a.start >= s), None)
    if (
        first is None
        or not (first.kind == "inst" or (first.kind == "ref" and first.phrase == "inst"))
        or first.start >= e
        or (  # unless it quotes that institution ("La Caisse a présenté ses « regrets »")
            P.QUOTE_MARK.search(ctx.masked[par], s, e)
            and {who for p, at, _, who in ctx.said if p == par and s <= at < e} != {first.value}
        )
    ):
        return None
    lead = ctx.folded[par][s : first.start].split()
    if lead and _PRONOUN_OF_ARTICLE.get(lead[0], pronoun.value) != pronoun.value:
        return None  # "Der Konzern hat Erfahrung … sagte sie": not the group
    adjectives = ctx.masked[par][s : first.start].split()[1:]  # "Die staatliche Fundación …"
    return (
        first
        if not lead
        or (
            ctx.vocab.has("definite_articles", lead[0])
            and (not adjectives or ctx.language == "de")  # German adjectives come before
            and len(adjectives) <= 2
            and all(w.islower() for w in adjectives)
        )
        else None
    )


# the gendered pronoun that stands for a noun after each article
_PRONOUN_OF_ARTICLE = {"der": "er", "die": "sie", "das": "es", "le": "il", "la": "elle"}


def _connects(word: str) -> bool:
    """Whether a folded word opens a complement: "of", "de", "d'un" (elided with its article)."""
    return word in P.CONNECTORS or word.startswith("d'")


def _collective(description: str) -> bool:
    """Whether a description names a group by its members: "grupo de pescadores"."""
    words = fold(description).split()
    return len(words) > 2 and words[0] in _GROUP and _connects(words[1])


def _one_of(plural: str, language: str | None) -> str:
    """One of an unnamed group: its words before any complement in the singular ("Western
    diplomats" -> "Western diplomat", "fuentes diplomáticas" -> "fuente diplomática",
    "pescadores" -> "pescador", "gardes forestiers polonais" -> "garde forestier polonais")."""
    words = plural.split()
    while len(words) > 1 and (
        fold_word(words[0]) in P.HOW_MANY or words[0].isdigit() or fold_word(words[0]) in _OF_THESE
    ):
        words = words[1:]  # "duas costureiras haitianas", "(três) dessas enfermeiras": one is a
        # "costureira haitiana", an "enfermeira"
    if _collective(" ".join(words)):
        words = words[2:]  # "grupo de pescadores": one is a "pescador"
    cut = next((i for i, w in enumerate(words) if _connects(fold_word(w))), len(words))
    if language == "de" and cut > 1 and (noun := german.noun(words[cut - 1])):
        ending = {"m": "er", "n": "es"}.get(noun.genus, "e")  # "junge Männer": "junger Mann"
        words[: cut - 1] = [
            w.removesuffix("n").removesuffix("e") + ending if w.islower() else w
            for w in words[: cut - 1]
        ]
    return " ".join([_singular(w, language) if i < cut else w for i, w in enumerate(words)])


_OF_THESE = frozenset(["dessas", "desses", "destas", "destes", "daquelas", "daqueles"])  # folded
_GERMAN_ONE = frozenset(["einer", "eine"])


def _one_of_named(ctx: Context, par: int, det: str, pos: int, hi: int) -> Found | None:
    """One of a group named whole: "Una de las víctimas", "one of the protesters" (`pos` after
    "de", "of"), in the singular, as "one of them" is; or as described right after ("one of
    the organisers, a retired schoolteacher")."""
    text, low = ctx.masked[par], ctx.folded[par]
    noun = P.TOKEN.match(text, pos)
    if noun and low[noun.start(1) : noun.end(1)] in P.ARTICLES:
        noun = P.TOKEN.match(text, noun.end())
    if noun is None:
        return None
    # German nouns are capitalised: "Einer der Besucher", "Eine der Frauen" (not "Einer der
    # ausstellenden Künstler, der Bildhauer X": him)
    german = det in _GERMAN_ONE and low[pos - 4 : pos] == " der" and noun.group(1)[0].isupper()
    if not (german or (det in P.ONE_OF and noun.group(1).islower())):
        return None
    word = low[noun.start(1) : noun.end(1)]
    if (
        ctx.vocab.has("function_words", word)
        or ctx.vocab.words.get(word) == "pron"
        or word in _OBJECTS
    ):
        return None  # "Eine von ihnen", "uno de ellos", "One of them"
    # a German noun ends by itself ("Einer der Ausbilder ist Beat Zimmermann": him)
    end = noun.end(1) if german else phrase_end(text, low, noun.end(1), ctx.vocab)[0]
    if text[end : end + 2] == ", " and _indefinite(ctx, par, end + 2):
        return _descriptor(ctx, par, end + 1, hi)
    return "role", _one_of(text[noun.start(1) : end], ctx.language)


def _plural(word: str) -> bool:
    """Whether a folded noun may be plural: "residents", "pescadores", English "fishermen"."""
    return word.endswith(("s", "men"))


def _singular(word: str, language: str | None) -> str:
    """The singular of a plural noun or adjective, by the endings of `language`."""
    if language == "de" and word.endswith("innen"):
        return word[:-3]  # "Kranführerinnen"
    if language == "de" and word[:1].isupper() and (noun := german.noun(word)) and noun.genus:
        return noun.lemma  # "Frauen", "Ärzte"
    if language == "en" and word.endswith("men"):
        return word[:-3] + "man"  # "fishermen"
    if len(word) <= 3 or not word.endswith("s") or word.endswith("ss"):
        return word
    if language == "fr" and word.endswith(("ais", "ois")):
        return word  # invariable: "polonais", "suédois"
    if language == "es" and word.endswith("iones"):
        return word[:-5] + "ión"  # "organizaciones"
    if language == "pt" and word.endswith("ões"):
        return word[:-3] + "ão"  # "organizações"
    if language == "pt" and word.endswith(("ais", "éis", "óis")) and len(word) > 5:
        return word[:-3] + {"a": "al", "é": "el", "ó": "ol"}[word[-3]]  # "artesanais", "papéis"
    if language == "pt" and word.endswith("ns"):
        return word[:-2] + "m"  # "jovens"
    if language == "pt" and word.endswith("eses") and len(word) > 6:
        return word[:-4] + "ês"  # "portugueses"
    if language == "es" and word.endswith("eses") and len(word) > 6:
        return word[:-4] + "és"  # "franceses"
    if (
        language in ("es", "pt")
        and len(word) > 5
        and word.endswith(("res", "les", "nes", "zes"))
        and word[-4] in "aeiouáéíóú"
    ):
        return word[:-2]  # "pescadores", "civiles"; not "responsables", "padres"
    if language == "en" and word.endswith("ies") and len(word) > 5:
        return word[:-3] + "y"  # "deputies"
    if language == "en" and word.endswith(("sses", "ches", "shes")):
        return word[:-2]  # "seamstresses", "coaches"
    return word[:-1]


def _implicit(par: int, pos: int, ctx: Context) -> Found | None:
    """Speaker of a verb without subject ("«…», añadió"): the last subject or speaker nearby."""
    for p, o, kind, value, subject in reversed(ctx.events):
        if p >= par - 1 and subject and (p, o) < (par, pos):
            return kind, value
    return _last(ctx, par, pos, ("person",))


def _counted_people(ctx: Context, par: int, part: Actor) -> str | None:
    """People counted in the paragraph before `part` ("one of them"), after any group its
    sentences opened with ("a team of three hygienists saw 38 children", "estavam duas irmãs"):
    the plural phrase, which "one of them" is one of; not after "the" ("les deux dossiers"),
    nor of the other gender ("plusieurs bailleurs" for "l'une d'elles")."""
    text, low = ctx.masked[par], ctx.folded[par]
    counted = _COUNTED_EN if ctx.language == "en" else _COUNTED
    people = [  # by the counted noun's last word; not "(deux étudiantes … depuis) vingt minutes"
        m
        for m in counted.finditer(low, 0, part.start)
        if _people_noun(m.group("noun").rpartition(" ")[2][:-1], ctx)
    ]
    last = people[-1] if people else None
    if last is None or ctx.language == "de" or low.endswith(_THE_PLURAL, 0, last.start()):
        return None
    groups = (o for p, o, kind, *_ in ctx.events if p == par and kind in ("group", "anon"))
    phrase = last.group("noun").split()
    while len(phrase) > 1 and ctx.vocab.has("function_words", phrase[0]):
        phrase = phrase[1:]  # "(two of) his regulars"
    feminine = fold(part.value).startswith(_FEMININE_ONE)
    if last.start() <= max(groups, default=-1) or (
        feminine and not phrase[-1].endswith("es" if ctx.language == "fr" else "as")
    ):
        return None
    end = last.end("noun")
    start = end - len(" ".join(phrase))
    after = P.TOKEN.match(low, end)
    if after and (after.group(1) in _COMPLEMENTED or _plural(after.group(1))):
        end = phrase_end(text, low, end, ctx.vocab)[0]  # "salariés en insertion", "costureras
        # haitianas"
    return text[start:end]


_COUNT_WORDS = "|".join(sorted(P.HOW_MANY))
_HOW_MANY = (  # folded: "three", "a team of three", "los otros nueve"
    r"(?<!\w)(?:(?:group|team|dozens|hundreds|handful|grupo|equipo|equipa|groupe|equipe|decenas"
    r"|docena|veintena|treintena|dizaine|vingtaine|trentaine|dezena|vintena|fila|fileira|row)"
    r" (?:of|de)"
    rf"(?: (?:{_COUNT_WORDS}|\d+))?|{_COUNT_WORDS}) (?:(?:{P.OTHERS}) )?"
)
# folded: "three hygienists", "a team of three hygienists"; in English with the words before
# the noun: "two retired electricians", "a group of engineering students"
_COUNTED = re.compile(rf"{_HOW_MANY}(?P<noun>[a-z]+s)\b")
_COUNTED_EN = re.compile(rf"{_HOW_MANY}(?P<noun>(?:[a-z]+ ){{0,2}}[a-z]+s)\b")
_PLURAL_ARTICLES = frozenset(["les", "los", "las", "os", "as"])
_THE_PLURAL = tuple(f" {article} " for article in (*_PLURAL_ARTICLES, "the"))
_FEMININE_ONE = ("una ", "uma ", "l'une ", "une ")
_COMPLEMENTED = P.CONNECTORS | {"en", "em"}


_INDEFINITE_APPOSITION = re.compile(r", (a|an|un|una|une|um|uma|ein|eine) ")  # folded


def _descriptor(ctx: Context, par: int, lo: int, hi: int) -> Found | None:
    """An unnamed speaker described by a noun phrase: "una estudiante de Derecho" (someone new:
    the phrase), "le joueur" (someone named before), "el jefe del Ejecutivo" (the leader)."""
    low, vocab, text = ctx.folded[par], ctx.vocab, ctx.masked[par]
    m = P.DESCRIPTOR.match(low, lo, hi)
    first = P.TOKEN.match(text, m.start("np")) if m else None
    if m is None or first is None:
        return None
    head = low[first.start(1) : first.end(1)]
    # "Una de las víctimas", "one of the sailors", "um dos sorteados": one of a group
    if head in P.CONNECTORS or (head in P.OF_PLURAL and m.group("det") in P.ONE_OF):
        return _one_of_named(ctx, par, m.group("det"), first.end(), hi)
    if (  # French "l'une des cuisinières"
        m.group("det") == "l'"
        and head in ("un", "une")
        and (of := P.TOKEN.match(low, first.end())) is not None
        and of.group(1) == "des"
    ):
        return _one_of_named(ctx, par, head, of.end(), hi)
    acronym = first.group(1).isupper() and len(head) > 1  # "(A) UN logistics officer", not "un"
    if (vocab.has("function_words", head) and not acronym) or vocab.verb_re.fullmatch(head):
        return None
    if head in P.TIMES:
        return None
    noun_end, complement = phrase_end(text, low, first.end(), vocab, ctx.language == "de")
    definite = vocab.has("definite_articles", m.group("det")) and not _indefinite(ctx, par, lo)
    end = where_end(text, low, noun_end, vocab)  # where: "a pharmacist in the Bella Vista …"
    if someone_of := P.SOMEONE_OF.match(low, lo):  # "the sister of one of the victims, who"
        definite, stop = False, P.CLAUSE_END.search(low, someone_of.end(), hi)
        verb = vocab.verb_re.search(low, someone_of.end(), stop.start() if stop else hi)
        if end < someone_of.end():  # the complement was not read: up to its clause's end
            end = verb.start() if verb else stop.start() if stop else hi
    if ctx.language == "de" and head in _FOR_A_BODY and not definite:
        return "role", _spokesperson_of(ctx, par, lo, text[first.start(1) : end])
    phrase = text[first.start(1) : end].strip(" '")
    if (  # "Un portavoz dijo", "a précisé un porte-parole": the body its paragraph is about's
        not definite
        and " " not in phrase
        and vocab.roles.get(head) == "spokesperson"
        and (owner := _owner(ctx, par, lo))
        and any(w[:1].isupper() for w in owner.split())  # a body by its name
    ):
        phrase += f" {owner}"
    if someone_of and ctx.language == "de":
        phrase = P.SINCE.sub("", phrase)  # "Bruder eines (seit 2022) inhaftierten Bloggers"
    # "the department said"; "señala la sentencia": the court named before
    if (vocab.has("institutions", head) or head in vocab.known_as) and definite:
        return _ref(Actor(lo, hi, "ref", phrase, "inst"), par, ctx)
    if definite and vocab.has("generic_institutions", head):  # "afirmou a entidade": the body
        subject = _last_in_paragraph(ctx, par, lo)  # its paragraph is about
        name = _opening_name(ctx, par)  # "Eskom, de son côté, assure … « … », a indiqué la
        # compagnie"; "Hosbec pidió al Gobierno …: «…», dijo la asociación": not the government
        if subject and subject[0] == "inst" and not (name and _state_body(subject[1], head)):
            return subject
        if name:
            return "inst", name
        # "the service said" after "Ukraine's State Emergency Service said" the paragraph before
        found = _ref(Actor(lo, hi, "ref", phrase, "inst"), par, ctx) if subject is None else None
        if found and found[0] == "inst" and found[1] != phrase:
            return found
    if (  # "scherzte der Käufer, ein Zahnarzt aus Bonn": someone new, whom the apposition
        definite  # describes
        and title_key(head, vocab) is None  # not "el ministro, un veterano del partido"
        and (apposed := _INDEFINITE_APPOSITION.match(low, end))
        and (apposed.group(1) != "a" or ctx.language == "en")  # not "a través de", "à margem"
        and (noun := P.TOKEN.match(low, apposed.end())) is not None
        and noun.group(1) not in P.CONNECTORS  # not "(o régulo de Nanjua), uma das aldeias"
        and (found := _descriptor(ctx, par, end + 1, hi))
    ):
        return found
    if (  # "a précisé la Rwandaise": the person just named, by her nationality
        definite
        and ctx.language == "fr"
        and " " not in phrase
        and text[first.start(1)].isupper()
        and head.endswith(NATIONALITY)
        and (found := _last(ctx, par, lo, ("person",), same_paragraph=True))
    ):
        return found
    if (  # "afirmou a Cooxupé", "explicó el Indeci": a name after "the" (German nouns aside)
        definite
        and len(phrase) > 2
        and " " not in phrase
        and text[first.start(1)].isupper()
        and not title_key(head, vocab)
        and not (ctx.language == "de" and german.common_noun(phrase))  # "die Rentnerin"
    ):
        return "inst", phrase
    if vocab.has("documents", head):  # whoever issued it: "según un comunicado de la Fuerza
        # X" names them; "afirmou o texto", "Its statement was brief:" spoke before
        named = [a for a in ctx.actors[par] if first.end(1) <= a.start < end] if complement else []
        if named and (found := _resolve(named[0], par, ctx)):
            return found
        if complement and (found := _issuing_body(ctx, par, first.end(1), end)):
            return found  # "indique un communiqué du ministère": the ministry named before
        if definite or P.POSSESSIVE.match(low, lo) or not complement:  # "selon un communiqué
            return _implicit(par, lo, ctx)  # publié lundi": its paragraph's subject's
    if (  # "le chef de l'État", "el jefe de la diplomacia"; not "le chef adjoint des secours"
        vocab.has("leaders", head)
        and complement
        and definite
        and not _LED.isdisjoint(re.findall(r"\w+", fold(phrase)))  # "l'État" too
    ):
        return _last(ctx, par, lo, ("person",))
    # "la romancière de 48 ans" is "la romancière" named before, or a new one with her age
    core = phrase[: age.start()] if (age := _AGE_TAIL.search(fold(phrase))) else phrase
    described = " " in core and title_key(head, vocab) is None and not _topics_of(core, ctx)
    if m.group("det") in _PLURAL_ARTICLES and head.endswith(("s", "x")) and not complement:
        return "anon", phrase  # "Les psychologues parlent de … « … »": no one named before
    if (  # "the stewards said": a group, as its paragraph named it ("The rally stewards")
        ctx.language == "en"
        and m.group("det") == "the"
        and head.endswith("s")
        and not head.endswith("ss")
        and phrase.islower()
        and not complement
        and vocab.verb_re.match(low, end + 1)
    ):
        group = rf"(?<!\w)the ((?:[a-z]+ ){{0,2}}{re.escape(head)})(?!\w)"
        groups = list(re.finditer(group, low[:lo]))
        if not groups:
            return "anon", phrase
        start, end = groups[-1].start(1), phrase_end(text, low, groups[-1].end(), vocab)[0]
        return "anon", text[start:end]  # "The families of two of the detainees"
    if (  # "dijo la mujer" after "La hija de una paciente … recuerda": someone unnamed too
        definite
        and not complement
        and fold_word(core.split()[-1]) in _PEOPLE
        and (found := _last(ctx, par, lo, ("person", "role"), same_paragraph=True))
    ):
        return found
    if definite and not complement and not described:  # "le joueur", "the minister"
        found = _role(Actor(lo, hi, "role", title_key(head, vocab) or "", core), par, ctx)
        return ("role", phrase) if found == ("role", core) else found
    if definite and (
        not complement or (title_key(head, vocab) is None and not _topics_of(phrase, ctx))
    ):
        # "Su entrenador, Sergio Olmedo, … afirmó el técnico madrileño", "Linda Caicedo abrió
        # el marcador … «…», dijo la delantera del Real Madrid"
        subject = _last_in_paragraph(ctx, par, lo)  # the paragraph's last subject, a person
        epithet = (  # "la jeune femme", "der 46-jährige Autor"; not "la compagnie publique X"
            not complement
            and title_key(head, vocab) is None
            and all(
                w.islower() or (ctx.language == "de" and german.common_noun(w))
                for w in phrase.split()[1:]
            )
        )
        if epithet and subject is None and par and not _between(ctx, par, 0, lo):  # the last
            subject = _last_in_paragraph(ctx, par - 1, len(low))  # one's: "«…», disse o atleta"
        return subject if subject and subject[0] == "person" else ("role", phrase)
    if P.POSSESSIVE.match(low, lo) and (owner := _owner(ctx, par, lo)):  # "Su responsable de
        # mercados" of the body its paragraph is about
        return "role", f"{text[first.start(1) : noun_end]} {owner}{text[noun_end:end]}"
    return "role", phrase


def _issuing_body(ctx: Context, par: int, lo: int, hi: int) -> Found | None:
    """The body a document's complement names by its kind ("(un communiqué) du ministère",
    "(la nota) de la compañía"): the one named before."""
    low = ctx.folded[par]
    of = P.COMPLEMENT.search(low, lo, hi)
    noun = P.TOKEN.match(low, of.end()) if of else None
    if noun and low[noun.start(1) : noun.end(1)] in P.ARTICLES:
        noun = P.TOKEN.match(low, noun.end())
    if noun is None or noun.end() > hi:
        return None
    word = noun.group(1)
    if not (ctx.vocab.has("institutions", word) or ctx.vocab.has("generic_institutions", word)):
        return None
    phrase = ctx.masked[par][noun.start(1) : noun.end(1)]
    return _ref(Actor(noun.start(1), noun.end(1), "ref", phrase, "inst"), par, ctx)


# what a leader named before leads: "le chef de l'État", "el jefe del Ejecutivo"
_LED = folded_words(
    "etat estado state staat gobierno government gouvernement governo regierung ejecutivo "
    "executif executivo executive diplomacia diplomatie diplomacy nation nacion"
)


def _spokesperson_of(ctx: Context, par: int, pos: int, phrase: str) -> str:
    """German labels name the body a spokesperson speaks for, in the genitive, and not where
    they spoke ("Sprecher des Havariekommandos in Cuxhaven" is "Sprecher des
    Havariekommandos"): "ein Sprecher" after "Das Bundesinnenministerium sieht sich nicht
    zuständig." is "Sprecher des Bundesinnenministeriums", and so is "ein Sprecher des
    Ministeriums" or "der Behörde", a reference to it."""
    # "Sprecher des Havariekommandos in Cuxhaven", "Sprecher von Tui Cruises in Hamburg"; not
    # "eines Hilfswerks in Caracas"
    of_name = phrase.split(" ", 2)[1:2] == ["von"]
    spokesperson = fold(phrase).startswith("sprecher")  # not "Mitarbeiter der Genossenschaft
    # in Torbeck", who works there
    if spokesperson and (of_name or P.GERMAN_DEFINITE_OF.match(phrase, phrase.find(" "))):
        phrase = phrase.partition(" in ")[0]
    noun, _, complement = phrase.partition(" ")
    if complement.startswith("in "):  # "eine Sprecherin in Berlin": where, not whose
        complement = ""
    words = fold(complement).split()
    generic = ctx.vocab.sets["generic_institutions"]

    def of(body: str) -> str:  # "Auswärtiges Amt in Berlin": the body, not where it sits
        return f"{noun} {german.genitive(body.partition(' in ')[0])}"

    if not words:  # the body opening its paragraph or sentence, nobody named since
        before = [a for a in ctx.actors[par] if a.end <= pos and a.kind != "pron"]
        body = _named_body(before[-1]) if before and before[-1].kind in ("inst", "ref") else ""
        body = body or (_opening_name(ctx, par) or "")  # "Die Deutsche Kinemathek sprach …"
        return of(body) if body and fold(body) not in generic else noun
    if len(words) != 2 or words[0] not in ("des", "der"):
        return phrase  # its own name: "Sprecher des Havariekommandos"
    kind = words[1].removesuffix("s")  # "des Ministeriums", "des Verbands", "der Behörde"
    if not (kind in generic or ctx.vocab.has("institutions", kind)):
        return phrase

    def named(value: str) -> bool:
        low = fold(value)  # "des Ministeriums": the Auswärtiges Amt
        return low not in generic and (
            kind in generic or kind in low or ctx.vocab.known_as_by(kind, value)
        )

    here = [_named_body(a) for a in ctx.actors[par] if a.kind in ("inst", "ref") and a.end <= pos]
    found = next((v for v in reversed(here) if named(v)), None)
    if found is None and kind in generic:  # "Die Welthungerhilfe, die …, warnt …. „…“, sagte
        found = _opening_name(ctx, par)  # ein Sprecher der Organisation"
    if found is None and (earlier := _last(ctx, par, pos, ("inst",), named)):
        found = earlier[1]
    return of(found) if found else phrase


def _named_body(actor: Actor) -> str:
    """An institution actor's name in the nominative ("des Landeskriminalamts" is a reference
    to the Landeskriminalamt)."""
    return german.nominative(actor.value) if actor.kind == "ref" else actor.value


def _title_at(ctx: Context, par: int, pos: int) -> re.Match[str] | None:
    """The title word heading a description that opens at `pos` ("the president of"), on the
    folded paragraph."""
    low = ctx.folded[par]
    head = _head_at(ctx, par, pos)
    if head is None:
        return None
    word = head.group(1)
    while ctx.masked[par][head.end() : head.end() + 1] == "-" and (
        part := P.TOKEN.match(low, head.end())
    ):  # folded, "haut-commissaire" is two words: the title is the compound
        head, word = part, f"{word} {part.group(1)}"
    return head if title_key(word, ctx.vocab) is not None else None


def _head_at(ctx: Context, par: int, pos: int) -> re.Match[str] | None:
    """The first word of the noun phrase of a description that opens at `pos`, on the folded
    paragraph ("(the) president of", "(a) jurista da")."""
    m = P.DESCRIPTOR.match(ctx.folded[par], pos)
    return P.TOKEN.match(ctx.folded[par], m.start("np")) if m else None


def _titled(ctx: Context, par: int, pos: int) -> bool:
    """Whether a description headed by a title opens at `pos` ("the president of")."""
    return _title_at(ctx, par, pos) is not None


def _indefinite(ctx: Context, par: int, pos: int) -> bool:
    """Whether an indefinite article is at `pos` ("a" is the definite one in Portuguese)."""
    m = P.INDEFINITE.match(ctx.folded[par], pos)
    return m is not None and (m.group(1) != "a" or ctx.language == "en")


# endings of German nouns of people ("Student", "Weberin", "Händler", "Journalist")
_GERMAN_PEOPLE = ("er", "in", "ent", "ist", "ant", "eur", "or", "ling", "mann", "frau")


_GROUP = frozenset(["group", "grupo", "groupe", "gruppe"])
# endings of nouns of people in the other languages ("vendedora", "residente", "survivant",
# "periodista", "pharmacienne", "chauffeur", "enfermeira", "elder") and nouns that lack one
_PEOPLE_ENDINGS = (
    *("ora", "ante", "ente", "ista", "iste", "ero", "era", "eiro", "eira", "dor", "tor"),
    *("ant", "eur", "euse", "rice", "ien", "ienne", "ier", "iere"),
)
_ENGLISH_PEOPLE_ENDINGS = ("er", "or", "ist", "ian", "ent")
_PEOPLE = folded_words(
    "woman man mujer hombre femme homme mulher homem mother father madre padre mère père mãe pai "
    "jubilado jubilada aposentado aposentada retraité retraitée pensionista pensioner "
    "lycéen lycéenne schoolgirl schoolboy adolescent adolescente bénévole voluntario voluntaria "
    "voluntário voluntária vecino vecina vizinho vizinha voisin voisine neighbour neighbor "
    "sexagénaire septuagénaire octogénaire nonagénaire sexagenario sexagenaria septuagenario "
    "septuagenaria octogenario octogenaria sexagenário sexagenária septuagenário septuagenária "
    "octogenário octogenária"
)
# words ending so that name no one: "A maior parte", "Uma construtora", "Un aguacero"
_NO_ONE = folded_words(
    "maior mayor menor major minor mejor melhor peor pior superior interior exterior anterior "
    "constructora construtora editora operadora distribuidora aseguradora seguradora "
    "transportadora productora produtora gravadora aguacero number foreign"
)


def _german_head(phrase: str) -> str:
    """The noun heading a German description: its first capitalised word, after adjectives
    ("63-jährige Lehrerin aus Esslingen", "junge Mutter")."""
    words = phrase.split()
    return next((w for w in words if w[:1].isupper()), words[0])


_BARE_RELATIVE = re.compile(r" (?:que|qui|quien|who) ")  # folded: a clause without commas


def _unnamed_subject(ctx: Context, par: int, lo: int, hi: int) -> Actor | None:
    """Someone unnamed opening a sentence that reports speech ("A police officer posted at the
    gate said ...", "Eine Mitarbeiterin eines Jobcenters berichtete") or whose noun names a
    person ("Una vendedora esperaba su turno"): later pronouns and bare verbs are them."""
    low = ctx.folded[par]
    someone_of = P.SOMEONE_OF.match(low, lo)
    if not (_indefinite(ctx, par, lo) or someone_of):
        return None
    # where the description ends: at a verb of saying, or at a relative clause ("Eine
    # Lehrerin, die lange in Jacmel gearbeitet hat, sieht Grund zur Hoffnung")
    end_of = (
        ctx.vocab.verb_re.search(low, lo, hi)
        or P.RELATIVE_CLAUSE.search(low, lo, hi)
        or P.PARTICIPLE_CLAUSE.search(ctx.masked[par], lo, hi)
        # "Una jubilada de 74 años que vive cerca del parque llegó a la botica de Ccori"
        # (not "A group of pensioners who swam there": a group)
        or (
            _BARE_RELATIVE.search(low, lo, hi)
            if ctx.language != "de" and not P.MANY_OF.match(ctx.masked[par], lo, hi)
            else None
        )
    )
    article = P.INDEFINITE.match(low, lo) if end_of is None and _indefinite(ctx, par, lo) else None
    head = P.TOKEN.match(low, article.end()) if article else None
    body = (  # not "a group of young buyers": people
        head is not None
        and ctx.vocab.has("generic_institutions", head.group(1))
        and head.group(1) not in _GROUP
    )
    # "Une association de propriétaires a contesté ce portrait": a body, whatever its verb;
    # "Una mujer de 27 años esperaba su turno", "O dono de uma pastelaria preferia …": someone,
    # whatever hers
    someone = _person_after(ctx, article) or (
        someone_of is not None and _people_noun(someone_of.group("noun"), ctx)
    )
    if end_of is None and ctx.language != "de" and not body and not someone:
        return None
    # German nouns are capitalised: the description ends by itself ("Ein Student der
    # Kunstakademie kam …. „…“, sagte er")
    stop = end_of.start() if end_of else hi
    if ctx.language == "de" and P.SUBJUNCTIVE.search(low, lo, stop):
        return None  # "Ein Großteil der Ladungen werde …, sagte X": reported speech, not a speaker
    found = _descriptor(ctx, par, lo, stop)
    if found is None or found[0] != "role":
        return None
    found = _described_again(ctx, par, found, lo, stop) or found  # "One guest, a teacher"
    if (
        end_of is None
        and not body
        and ctx.language == "de"
        and not (noun := fold_word(_german_head(found[1]))).endswith(_GERMAN_PEOPLE)  # "Frau"
        and title_key(noun, ctx.vocab) is None  # "pensionierter Kriminalhauptkommissar"
    ):
        return None  # "Eine Karriere … hatte sich zerschlagen": no one
    begin = ctx.masked[par].find(found[1], lo)
    end = begin + len(found[1]) if begin >= 0 else stop  # not verbatim: "(seit 2023)" left out
    # who is named in a clause about them is not the subject ("A farmer, interviewed by the
    # charity's staff, said")
    aside = P.RELATIVE_CLAUSE.match(low, end) or P.PARTICIPLE_CLAUSE.match(ctx.masked[par], end)
    # or a relative clause closing the sentence ("ein Vater, der das Theater als Kind besuchte.")
    after = aside.end() if aside else stop if _RELATIVE_START.match(low, end) else end
    if any(after <= a.start < stop or a.start <= begin < end < a.end for a in ctx.actors[par]):
        return None  # "A year ago, Tom Berg said": the one named is the subject; "A senior
        # State Department official said": an anonymous source read whole is
    return Actor(lo, lo, "unnamed", found[1])


_RELATIVE_START = re.compile(r", (?:que|qui|quien|dont|which|who|whose|der|die|das) ")  # folded


def _inverted(ctx: Context, par: int, lo: int, hi: int) -> Actor | None:
    """A German subject after its verb, someone unnamed: "Unter der Brücke lehnte ein Mann, der
    …, einen Platz ab" ("ein" before a masculine noun is nominative; "einen", accusative)."""
    text = ctx.masked[par]
    for m in _GERMAN_SOMEONE.finditer(ctx.folded[par], lo, hi):
        # the noun, or the word taken for its adjective ("ein Vater aus": a noun ending in -er)
        at = m.start(1) if m.group(1) and text[m.start(1)].isupper() else m.start(2)
        noun = (m.group(1) or m.group(2)).strip() if at == m.start(1) else m.group(2)
        person = title_key(noun, ctx.vocab) is not None or noun.endswith("mann") or noun in P.KIN
        if person and text[at].isupper():
            return _unnamed_subject(ctx, par, m.start(), hi)
    return None


_GERMAN_SOMEONE = re.compile(r"(?<= )ein ((?:[a-zäöüß]+er )?)([a-zäöüß]+)(?!\w)")  # folded


def _reported_by_someone(
    ctx: Context, par: int, lo: int, hi: int, quotes: list[Quote]
) -> Actor | None:
    """Someone unnamed after the verb that reports a sentence's speech, with no quotation
    there ("…, reported a volunteer from Dnipro.", "…, contó una vecina de Petare."): later
    pronouns are them."""
    if any(q.start < hi and q.end > lo for q in quotes):
        return None  # a quotation's own attribution names its speaker
    low = ctx.folded[par]
    for verb in _verbs_after_commas(ctx, par, lo, hi):
        if _indefinite(ctx, par, verb.end()) and (
            # someone, not something: "…, qui a travaillé …, décrit un service réduit"
            ctx.language == "de" or _person_after(ctx, P.INDEFINITE.match(low, verb.end()))
        ):
            return _closing(ctx, par, _unnamed_subject(ctx, par, verb.end(), hi), hi)
    return None


def _verbs_after_commas(ctx: Context, par: int, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """The verbs of saying right after a comma between `lo` and `hi` (folded): "…, berichtete
    eine Helferin", "…, teilte das Ministerium mit"."""
    low = ctx.folded[par]
    comma = low.find(", ", lo, hi)
    while comma >= 0:
        verb = _INVERTED_VERB.match(low, comma + 2, hi)
        if verb is not None and ctx.vocab.verb_re.fullmatch(verb.group(1)):
            yield verb
        comma = low.find(", ", comma + 2, hi)


def _closing(ctx: Context, par: int, someone: Actor | None, hi: int) -> Actor | None:
    """`someone` when their description closes the sentence, or a clause about them follows
    ("…, said a volunteer from Dnipro, who …"); not the subject of a reported clause ("said a
    tender would open")."""
    if someone is None:
        return None
    text = ctx.masked[par]
    begin = text.find(someone.value, someone.start)
    rest = text[begin + len(someone.value) : hi].strip() if begin >= 0 else "?"
    return someone if not rest or rest[0] in ".,;:!?" else None


_INVERTED_VERB = re.compile(r"(\w+)(?= )")  # folded: the word after a comma


def _person_after(ctx: Context, article: re.Match[str] | None) -> bool:
    """Whether the noun after an indefinite article names someone ("Una vendedora del mercado",
    "A village elder"); in English the noun heads a compound ("a consumer group": a group)."""
    if article is None:
        return False
    low, vocab, english = article.string, ctx.vocab, ctx.language == "en"
    first = P.TOKEN.match(low, article.end())
    if first is None:
        return False
    head = first.group(1)
    second = P.TOKEN.match(low, first.end()) if english else None
    if second and not (vocab.has("function_words", word := second.group(1)) or word.endswith("ed")):
        head = word
    if _people_noun(head, ctx):
        return True
    # folded: "une maître-nageuse", "une aide-soignante"
    second = P.TOKEN.match(low, first.end()) if head in _COMPOUND_HEADS else None
    return second is not None and _people_noun(second.group(1), ctx)


_COMPOUND_HEADS = frozenset(["maitre", "aide", "garde", "chef", "sage", "mestre", "jefe"])


def _people_noun(head: str, ctx: Context) -> bool:
    """Whether a folded noun names someone: a trade ("vendedora", "elder"), kin, a title."""
    endings = _ENGLISH_PEOPLE_ENDINGS if ctx.language == "en" else _PEOPLE_ENDINGS
    return (
        head not in _NO_ONE
        and not head.endswith("ment")
        and (head in _PEOPLE or ctx.vocab.has("titles", head) or head.endswith(endings))
    )


def _titled_subject(ctx: Context, par: int, lo: int, hi: int) -> Actor | None:
    """A title with its complement opening a sentence that reports speech, nobody named ("El
    delegado de Urbanismo, en declaraciones a la prensa, recordó"): later pronouns are them."""
    low, title = ctx.folded[par], _title_at(ctx, par, lo)
    if title is None or _indefinite(ctx, par, lo):
        return None
    after = P.TOKEN.match(low, title.end())
    if after and not (after.group(1) in P.CONNECTORS or after.group(1) in _IN_CHARGE):
        return None  # "The state power company": the title word only describes the noun
    verb = ctx.vocab.verb_re.search(low, lo, hi)
    if verb is None or _between(ctx, par, lo, verb.start()):
        return None
    found = _descriptor(ctx, par, lo, verb.start())
    return Actor(lo, lo, "unnamed", found[1]) if found and found[0] == "role" else None


_IN_CHARGE = frozenset(["responsavel", "responsable", "responsible", "encargado", "encarregado"])
_NOT_A_BARE_NOUN = P.CONNECTORS | P.HOW_MANY  # "Des (gardes)", "Three (cellists)"


def _plural_subject(ctx: Context, par: int, lo: int, hi: int) -> Actor | None:
    """A plural with its article opening a sentence that reports speech ("Les organisateurs ont
    annoncé …", "Des représentants de syndicats ont dénoncé « … »"): the group a plural pronoun
    refers to next ("ont-ils indiqué"). A bare plural may be a surname ("Albares dijo")."""
    if P.PLURAL_NOUN.match(ctx.masked[par], lo, hi) is None:
        return None  # most sentences: checked first, since this runs on every one
    group = _bare_plural(ctx, par, lo, hi)
    return group if group is not None and group.start > lo else None


def _bare_plural(ctx: Context, par: int, lo: int, hi: int, speaking: bool = True) -> Actor | None:
    """A bare plural noun opening a sentence that reports speech ("Residents said", "Aid
    workers, who asked not to be named, said"): an unnamed group, which "one of them" is.
    Unless `speaking` is asked for, any plural subject will do, after an article too ("Les
    gardes forestiers polonais signalent …" before "« … », raconte l'un d'eux")."""
    text, low, vocab = ctx.masked[par], ctx.folded[par], ctx.vocab
    m = None if speaking else P.MANY_OF.match(text, lo, hi)  # "Decenas de aficionados"
    m = m or P.BARE_NOUN.match(text, lo, hi)
    word = low[m.start(1) : m.end(1)] if m else ""
    if m is None or vocab.has("function_words", word) or word in _NOT_A_BARE_NOUN:  # "Des"
        m = P.PLURAL_NOUN.match(text, lo, hi)  # "Les gardes forestiers"
    if m is None:
        return None
    if ctx.language == "de" and (len(m.group(1)) < 4 or not german.compound_noun(m.group(1))):
        return None  # "Liefers verriet": a name; German nouns are in Wiktionary ("Es": a letter)
    end = phrase_end(text, low, m.end(1), vocab, ctx.language == "de")[0]
    words = low[m.start(1) : end].split()
    cut = next((i for i, w in enumerate(words) if _connects(w)), len(words))
    if ctx.language == "en":  # the head comes last: "aid workers", "canal pilots"
        agreeing = max((i + 1 for i, w in enumerate(words[:cut]) if _plural(w)), default=0)
    else:  # Romance adjectives agree with their noun: "aficionados rojinegros"
        agreeing = len(list(itertools.takewhile(lambda w: w.endswith("s"), words[:cut])))
    if not speaking and agreeing < cut:  # "albañiles (esperaban)": the verb is no part of it
        if not agreeing:
            return None
        words, end = words[:agreeing], m.start(1)
        for word in words:
            end = low.index(word, end) + len(word)
    end = where_end(text, low, end, vocab)  # "Analysts at one Paris brokerage"
    following = [*words[1:], "of"]  # the noun before "of": "Residents of Petare"
    head = next(w for w, n in zip(words, following, strict=True) if _connects(n))
    verb = vocab.verb_re.search(low, end, hi) if _plural(head) and speaking else None
    if verb is None and (speaking or not _plural(head)):
        return None
    gap = text[end : verb.start()] if verb else ""
    # "Los banquetes de 300 invitados, dice, son …": an aside, whose subject is someone else
    aside = verb is not None and gap.endswith(", ") and text[verb.end() : verb.end() + 1] == ","
    if (
        aside
        or head in ctx.known
        or (  # capitalised mid-sentence too: a name
            m.re is P.BARE_NOUN and any(re.search(rf"[\w,] {m.group(1)}\b", p) for p in ctx.masked)
        )
        or len(gap) > 120
        or re.search(r"[.;:!?()]", gap)
        # someone named before its verb speaks; a body completing the group is its own
        # ("Estudiantes de veterinaria de la Universidad Nacional")
        or (verb is not None and _between(ctx, par, m.start(1), verb.start()))
    ):
        return None
    phrase = text[m.start(1) : end]
    if m.re is P.BARE_NOUN:  # capitalised only as the sentence's first word
        phrase = phrase[0].lower() + phrase[1:]
    return Actor(m.start(1), end, "anon", phrase)


def _german_group(ctx: Context, par: int, lo: int) -> Actor | None:
    """German people counted opening a sentence ("Zwei Kranführerinnen sprachen …"), which
    "eine von ihnen" may be one of."""
    text, low = ctx.masked[par], ctx.folded[par]
    m = (
        P.GERMAN_GROUP.match(text, lo) or P.GERMAN_THE_PLURAL.match(text, lo)
        if ctx.language == "de"
        else None
    )
    if m is None or not german.compound_noun(m.group(1).rpartition(" ")[2]):
        return None
    end, whose = m.end(1), P.TOKEN.match(low, m.end(1))
    if whose and whose.group(1) in ("eines", "einer", "des", "der"):  # "Zwei Vertreter eines
        end = phrase_end(text, low, end, ctx.vocab, german=True)[0]  # Kopenhagener Stores"
    return Actor(m.start(1), end, "anon", text[m.start(1) : end])


def _between(ctx: Context, par: int, lo: int, hi: int) -> list[Actor]:
    return [a for a in ctx.actors[par] if lo <= a.start and a.end <= hi]


def _first_in(ctx: Context, par: int, lo: int, hi: int) -> Found | None:
    """Speaker named after a verb: "said Albares", "dijo el portavoz de la Policía, Michel-Ange
    Louis-Jeune" (the name in apposition wins), "a déclaré le ministère", "dijo una estudiante";
    whom it was said to comes first and is skipped ("declaró a la prensa el diputado X")."""
    if aside := P.ASIDE.match(ctx.folded[par], lo, hi):
        lo = aside.end()  # "señaló por su parte el viceministro", "a reconnu mardi un …"
    if aside := P.LEADING_PP.match(ctx.masked[par], lo, hi):
        lo = aside.end()  # "declaró en rueda de prensa el", "contaba el lunes en la T4 a …"
    to = P.TO_WHOM.match(ctx.masked[par], lo, hi)
    if to or (ctx.language == "es" and (to := P.TO_WHOM_ES.match(ctx.masked[par], lo, hi))):
        lo = to.end()
        if ctx.masked[par][lo : lo + 1] == ",":
            return None  # "disse à Lusa, emocionada, à entrada do hospital": no one after
    actors = _between(ctx, par, lo, hi)
    # "said a sales assistant, who gave only her first name, Dasha": her
    if given := next((a for a in actors if a.phrase == "given"), None):
        return "person", given.value
    low = ctx.folded[par]
    if P.BOTH.match(low, lo, hi):  # "señalaron ambos mandatarios"
        return _last(ctx, par, lo, ("group",))
    if actors and (one := _one_described(ctx, par, actors[0], hi)):
        return one  # "dijo uno de ellos, un promotor de Granada", "raconte l'un d'eux, un …"
    det = P.DESCRIPTOR.match(low, lo, hi)
    if det is None:  # "dijo Maduro en cadena nacional", "said Keller after meeting President X"
        text = ctx.masked[par][lo:hi]
        lead = P.RUN.match(text, len(text) - len(text.lstrip()))
        # "said Trinidad and Tobago's prime minister", "sagte Sassnitz' Bürgermeister"
        if lead and (
            lead.group().endswith(("'s", "’s", "'", "’"))
            or text[lead.end() : lead.end() + 1] in ("'", "’")
            or P.OWNER.match(text, lead.end())
        ):
            lead = None  # "said Canada's finance minister, Elaine Bouchard"
        if (
            len(actors) > 1
            and actors[1].kind == "person"
            and _titles_only(ctx.masked[par][actors[0].end : actors[1].start], ctx)
        ):
            actors = actors[1:]  # "said Guardians manager Stephen Vogt": the name after the role
        elif (
            len(actors) > 1
            and actors[0].kind in ("part", "person")
            and actors[1].kind == "person"
            and (
                ctx.masked[par][actors[0].end : actors[1].start].strip() == ","
                if actors[0].kind == "part"
                else _OWNED_ROLE.fullmatch(ctx.masked[par], actors[0].end, actors[1].start)
            )
        ):  # "comentó uno de ellos, Thiago Moreira", "said Atencio's sister, Yelitza Atencio":
            actors = actors[1:]  # the one named
        if actors and (
            lead is None
            or actors[0].start < lo + lead.end()
            or _titles_only(text[lead.end() : actors[0].start - lo], ctx)
        ):
            return _resolve(actors[0], par, ctx)
        name = _lenient_person(lead.group(), ctx) if lead else None
        return ("person", name) if name else (_resolve(actors[0], par, ctx) if actors else None)
    for a in actors:
        before = low[max(0, a.start - 12) : a.start].rstrip()
        words = low[max(0, a.start - 40) : a.start].split()
        while words and title_key(words[-1], ctx.vocab) is not None:
            words.pop()  # ", general Marcos Tavares Lins"
        if len(words) > 1 and len(words[-1]) < 4 and words[-1] in P.ARTICLES:
            words.pop()  # ", der Kinderchirurg Dr. Matthias Berger": his title, then him
        _, comma, gap = ctx.masked[par][max(0, a.start - 40) : a.start].rpartition(",")
        described = (  # ", a fisiatra X", ", o estudante de engenharia X": an article, nouns
            comma
            and 2 <= len(gap.split()) <= 5
            and gap.islower()
            and ctx.language != "de"  # German nouns are capitalised: ", die neben X" relates
            and (  # not "à" ("à margem da X"), folded "a"; a title: ", capitão de navio X"
                gap.split()[0] in P.ARTICLES
                or title_key(fold_word(gap.split()[0]), ctx.vocab) is not None
            )
            and not ctx.vocab.verb_re.search(fold(gap))
        ) or bool(comma and _ELIDED_TITLE.fullmatch(gap))  # ", l'inspecteur Frantz Michel"
        comma_before = bool(words) and words[-1].endswith(",")
        # apposition; not a field listed in a title: "de Inclusión, Seguridad Social y …"
        listed = _LIST_GOES_ON.match(ctx.masked[par], a.end)
        if a.kind in ("person", "group") and (described or comma_before) and not listed:
            if _COMPANION.search(low, lo, a.start):  # "le président … avec son homologue, X"
                continue
            return _resolve(a, par, ctx)
        noun_of = before.endswith("von") and ctx.masked[par][: a.start].split()[-2][:1].isupper()
        if P.AGENT.search(before) and not noun_of:  # not "ein Sprecher von Tui Cruises"
            return _resolve(a, par, ctx)  # "a statement signed by A, B and C"
    if actors:  # "o advogado Gonzalo Himiob", not "um economista da Universidade Católica"
        between = ctx.masked[par][det.end("det") : actors[0].start]
        of = between.strip() and P.OF_THE.search(between[-12:])  # "una coordinadora del GARR"
        count = len(between.split())  # "l'expert en photographie ancienne Marc-Antoine Denis"
        near = count <= 2 or (count <= 4 and actors[0].kind == "person")
        if near and "," not in between and not of:
            return _resolve(actors[0], par, ctx)
        if _titled_name(ctx, par, lo, actors[0]):
            return _resolve(actors[0], par, ctx)
    found = _descriptor(ctx, par, lo, hi)
    return _described_again(ctx, par, found, lo, hi) or found


def _described_again(ctx: Context, par: int, found: Found | None, lo: int, hi: int) -> Found | None:
    """Someone described a second time, between commas with an indefinite article: "sourit
    le plus jeune des musiciens, un tubiste de 19 ans" is the tubist."""
    if found is None or found[0] != "role":
        return None
    text = ctx.masked[par]
    start = text.find(found[1], lo)
    aside = P.APPOSED.match(text, start + len(found[1])) if start >= 0 else None
    if aside and ctx.language != "en" and aside.group().strip(" ,").lower() in ("a", "an"):
        return None  # "Una maestra de Limonade, a unos veinte kilómetros,": where she is
    if aside and P.ONE_OF_THE.match(ctx.folded[par], aside.start() + 1):
        return None  # "le régulo de Nanjua, uma das aldeias visitadas": where, not who
    again = _descriptor(ctx, par, aside.start() + 1, hi) if aside else None
    # a trade, not where they come from: "Un survivant, un Indien de 31 ans" is the survivor
    return again if again and again[0] == "role" and again[1][:1].islower() else None


def _titled_name(ctx: Context, par: int, lo: int, person: Actor) -> bool:
    """Whether a title and its complement run straight into a full name: "o procurador da
    República Paulo Sérgio Lins", "the head of the regional government Ana Gil" (the name is the
    speaker), not "el abogado de Leopoldo López" (the name completes the title)."""
    if person.kind != "person" or " " not in person.value:
        return False
    if not (_titled(ctx, par, lo) or _trade_at(ctx, par, lo)):
        return False
    text = ctx.masked[par]
    first = text.find(person.value.split()[0], person.start, person.end)
    gap = text[lo : first if first >= 0 else person.start]
    return (  # a title's own complement is short: not "… lors d'une conférence avec X"
        len(gap.split()) <= 5
        and "," not in gap
        and not ctx.vocab.verb_re.search(fold(gap))
        and not P.OF_THE.search(gap)  # "(el abogado) de (Leopoldo López)"
    )


def _trade_at(ctx: Context, par: int, pos: int) -> bool:
    """Whether a description opening at `pos` is headed by a Romance noun of a trade in -ista
    ("a jurista da DECO Madeira", "el analista del BID")."""
    head = _head_at(ctx, par, pos)
    return ctx.language in ("es", "pt") and head is not None and head.group(1).endswith("ista")


def _issuer(ctx: Context, par: int, lo: int, hi: int) -> Found | None:
    """German documents speak for whoever issued them: "hieß es in einer Erklärung des
    Auswärtigen Amts" -> Auswärtiges Amt, "in einem Papier der Wehrbeauftragten" ->
    Wehrbeauftragte, "in der Mitteilung des Unternehmens" -> the company named before."""
    if ctx.language not in ("de", None) or not (m := P.ISSUED_BY.search(ctx.folded[par], lo, hi)):
        return None
    text, start, article = ctx.masked[par], m.end(), m.group("of")
    named = [a for a in ctx.actors[par] if m.start("of") <= a.start <= start and a.end < hi]
    if named and named[0].kind in ("person", "group"):
        return _resolve(named[0], par, ctx)
    if named and named[0].kind == "inst" and named[0].value[:1].isupper():
        return "inst", german.nominative(named[0].value, article)
    group = P.NOUN_GROUP.match(text, start)
    if group is None:
        return None
    end = tail.end() if (tail := P.GERMAN_INST_TAIL.match(text, group.end())) else group.end()
    phrase = german.nominative(text[start:end].strip(), article)  # "des Rates der EU"
    head = fold_word(phrase.split()[-1])
    named_before = " " not in phrase and (  # "des Gerichts": the court named before
        ctx.vocab.has("institutions", head) or institution_compound(head, ctx.vocab)
    )
    if named_before or ctx.vocab.has("generic_institutions", head):  # "des Unternehmens"
        return _ref(Actor(start, end, "ref", phrase, "inst"), par, ctx)
    return "role", phrase


def _titles_only(gap: str, ctx: Context) -> bool:
    """Whether `gap` is one or two lower-case title words ("manager", "head coach")."""
    words = gap.split()
    return 0 < len(words) <= 2 and all(
        w.islower() and title_key(fold_word(w), ctx.vocab) is not None for w in words
    )


def _post(ctx: Context, par: int, off: int, full_stop: bool = False) -> Found | None:
    """Attribution after the closing mark: “…,” he said / said X / a-t-il dit / según X.
    `full_stop`: the quotation ended its sentence inside the marks (“… here.”)."""
    low, vocab = ctx.folded[par][off : off + 160], ctx.vocab
    low = low[: m.start()] if (m := P.QUOTE_MARK.search(low)) else low
    if P.NEW_SENTENCE.match(ctx.masked[par], off):
        return None  # "«…». Según datos del Gobierno, …": the next sentence
    if m := P.POST_FRENCH.match(low):
        return _resolve(Actor(off, off, "pron", m.group("pron")), par, ctx)
    if found := _issuer(ctx, par, off, off + len(low)):
        return found
    m = vocab.post_according.match(low) or (P.POST_SO.match(low) if ctx.language == "de" else None)
    if m:
        return _first_in(ctx, par, off + m.start("rest"), off + m.end("rest"))
    if m := vocab.post_verb_first.match(low):
        lo, hi = off + m.start("rest"), off + m.end("rest")
        if aside := _HOW_ASIDE.match(ctx.masked[par], lo, hi):
            lo = aside.end()  # "disse, emocionada, Génesis Freitas", "dijo, entre risas, Ana"
        elif P.NEXT_CLAUSE.match(low, m.start("rest")):
            return _implicit(par, off, ctx)
        return _first_in(ctx, par, lo, hi) or _implicit(par, off, ctx)
    if (m := vocab.post_subj_first.match(low)) and not m.group("colon") and not P.CLAUSE.match(low):
        subject = ctx.masked[par][off + m.start("subj") : off + m.end("subj")]
        pronoun = subject[:1].isupper() and vocab.words.get(fold_word(subject)) == "pron"
        if full_stop and ("," in subject or pronoun):
            return None  # “… here.” Most cases are mild, officials said / It called for: new
        if P.NEGATION.search(low, m.start("subj"), m.end("subj")):
            return None  # “….” Officials have not said how much: nobody says it
        lo, hi = off + m.start("subj"), off + m.end("subj")
        actors = _between(ctx, par, lo, hi)
        people = [a for a in actors if a.kind in ("person", "group")]
        if (  # "Save the Children, SOS Children's Villages and Hope and Homes … said"
            any(a.kind == "inst" for a in actors)
            and all(a.kind != "group" for a in actors)
            and _BODIES_LISTED.fullmatch(subject.strip())
        ):
            return "inst", subject.strip()
        if people or actors:
            return _resolve((people or actors)[0], par, ctx)
        if found := _descriptor(ctx, par, lo, hi):
            return found
        name = _lenient_person(ctx.masked[par][lo:hi], ctx) if hi - lo < 40 else None
        return ("person", name) if name else None
    if (m := P.LONE_VERB.match(low)) and not vocab.has("function_words", m.group(1)):
        return _implicit(par, off, ctx)  # "«…», zanjó.": a verb of saying, whichever
    return None


def _pre(ctx: Context, par: int, lo: int, hi: int) -> Found | None:
    """Attribution earlier in the sentence: X said (that) “…” / según X, «…» / X: “…”."""
    low, vocab = ctx.folded[par], ctx.vocab
    if found := _issuer(ctx, par, lo, hi):
        return found
    according = [m.end() for m in vocab.according_re.finditer(low, lo, hi)]
    verbs = list(vocab.verb_re.finditer(low, lo, hi))
    if according and verbs and according[-1] < verbs[-1].start():
        rel = P.RELATIVE_LEAD.search(low, according[-1], verbs[-1].start())
        if rel and not vocab.verb_re.search(low, according[-1], rel.start()):
            verbs = []  # "según el sindicato, que calificó la detención de «…»": its verb
    if according and (not verbs or according[-1] >= verbs[-1].start()):
        if vocab.verb_re.match(low, according[-1]):  # "Según cuenta, …: «…»": the subject
            return _implicit(par, lo, ctx)
        return _first_in(ctx, par, according[-1], hi)
    if verbs:
        verb = verbs[-1]
        if len(verbs) > 1 and _AND_THAT.search(low, verb.end(), hi):  # "X said Y had promised
            verb = verbs[0]  # a stage by summer, but that the musicians were «…»": X said both
        if low[verb.start() - 2 : verb.start()] == ", " and verb.group().endswith(_PARTICIPLE):
            # "X a réclamé un plan pour les ports de Dunkerque, estimant que « … »": X
            subjects = [(k, v) for p, o, k, v, sub in ctx.events if p == par and sub and lo <= o]
            if subjects:
                return subjects[-1]
        inverted = ctx.language == "de" and low[verb.start() - 2 : verb.start()] == ", "
        after = _between(ctx, par, verb.end(), hi) if inverted else []
        near = bool(after) and after[0].start - verb.end() < 45  # its subject right after it
        reported = (  # "Ein Asylantrag sei kein Thema gewesen, betont die Dirigentin: „…“"
            inverted
            and P.SUBJUNCTIVE.search(low, lo, verb.start()) is not None
            and P.DESCRIPTOR.match(low, verb.end(), hi) is not None
        )
        if (near or reported) and (found := _first_in(ctx, par, verb.end(), hi)):
            return found  # "Auf die Frage, ob …, antwortete Henning knapp: „…“"
        if found := _subject(ctx, par, lo, verb.start()):
            return found
        # "Liefers verriet …: „…“", "En una nota posterior, Aena precisó": a name alone before
        # its verb
        before = ctx.masked[par][_after_opener(ctx, par, lo, verb.start()) : verb.start()].split()
        if len(before) == 1 and (name := _lenient_person(before[0], ctx)):
            return "person", name
        # "Several shop owners said …, and one restaurant manager described it as «…»"
        clauses = list(_NEXT_CLAUSE.finditer(low, lo, verb.start()))
        if clauses and (found := _descriptor(ctx, par, clauses[-1].end(), verb.start())):
            return found
        if bare := _bare_plural(ctx, par, lo, hi):
            return bare.kind, bare.value
        return (
            _descriptor(ctx, par, _after_opener(ctx, par, lo, verb.start()), verb.start())
            or _first_in(ctx, par, verb.end(), hi)
            or _implicit(par, verb.start(), ctx)
        )
    if low[lo:hi].rstrip().endswith(":"):  # "Un portavoz de Asaja fue más allá: «…»"
        holder = _FOR_WHOM.match(low, lo, hi)
        start = holder.end() if holder else hi
        comma = low.rfind(",", start, hi)  # its last: "Para a presidente …, Cláudia X, o …"
        if comma > 0 and (found := _first_in(ctx, par, start, comma)):
            return found  # "Pour la parfumeuse, le plus émouvant reste ailleurs : « … »"
        lead = _after_opener(ctx, par, lo, hi)  # "À la sortie, une spectatrice …: «…»"
        return _subject(ctx, par, lo, hi) or _descriptor(ctx, par, lead, hi)
    return None


_BUT_AND = "(?:and|but|y|pero|et|mais|e|mas|und|aber)"  # folded: conjunctions of clauses
# folded: a coordinated clause, whose own subject may say what follows
_NEXT_CLAUSE = re.compile(rf", {_BUT_AND} ")
# folded: a second reported clause, which the first verb of saying governs too
_AND_THAT = re.compile(rf",? {_BUT_AND} (?:that|que|dass) ")
# folded: whose view a sentence gives ("Pour la parfumeuse, …", "Para el sindicato, …")
_FOR_WHOM = re.compile(
    r"\s*(?:pour|para|for|fur)(?= (?:la|le|les|l'|el|los|las|o|a|os|as|the"
    r"|die|den|das|der|un|une|una|um|uma|an|ein|eine|einen) )"
)


_CONJUNCTIONS = P.AND | {"but", "mais", "pero", "mas", "aber"}


_SPANISH_A = ("a la ", "a las ", "a los ", "al ", "a su ")  # folded: "a" opening a phrase


def _after_opener(ctx: Context, par: int, lo: int, hi: int) -> int:
    """Where a sentence starting at `lo` goes on after a short opening place or time phrase
    ("In Barquisimeto, ", "À Bruxelles, "), or `lo`."""
    low = ctx.folded[par]
    opener = P.TOKEN.match(low, lo)
    conjunction = opener is not None and opener.group(1) in _CONJUNCTIONS
    if opener is not None and conjunction:  # "Mais au marché, un …"
        opener = P.TOKEN.match(low, opener.end())
    comma = low.find(", ", lo, min(hi, lo + 70))
    opening = (
        ctx.masked[par][lo : lo + 2] == "À "  # folded "à" is the article "a"
        or (opener is not None and opener.group(1) in P.OPENING_PREPOSITIONS)
        or (ctx.language == "es" and low.startswith(_SPANISH_A, lo))
    )  # "A la salida, una espectadora …", "A su lado, un vendedor …"
    if comma > 0 and opening:
        return comma + 2
    return opener.start(1) if conjunction and opener is not None else lo  # "But a crop scout"


# folded: a sentence presenting one of a group, who is then what it is about
_AMONG_THEM = re.compile(  # folded: "Entre eles está", "Entre los donantes figura", "Entre
    # su plantilla hay"
    r"(?:entre (?:eles|elas|ellos|ellas|(?:los|las|os|as) (?P<noun>[a-z]+)"
    r"|(?:su|sus|seu|sua|seus|suas) [a-z]+) (?:esta|estava|estaba|figura|figuraba|hay|habia|ha"
    r"|havia)|among (?:them|the (?P<noun_en>[a-z]+)) (?:is|was)|parmi (?:eux|elles"
    r"|les (?P<noun_fr>[a-z]+)),? (?:figure|figurait|se trouve|se trouvait)|unter (?:ihnen"
    r"|den (?P<noun_de>[a-z]+)) (?:ist|war|befindet sich|befand sich)) "
)


def _among_people(ctx: Context, par: int, lo: int, hi: int) -> re.Match[str] | None:
    """A sentence presenting one of a group ("Entre eles está X", "Entre los donantes figura
    un vecino"), when the group is of people (not "Entre as descobertas está um relatório")."""
    among = _AMONG_THEM.match(ctx.folded[par], lo, hi)
    group = next((g for g in among.groups() if g), None) if among else None
    if among is None or group is None:
        return among
    noun = _singular(group, ctx.language)
    return among if _people_noun(noun, ctx) or title_key(noun, ctx.vocab) is not None else None


def _one_described(ctx: Context, par: int, part: Actor, hi: int) -> Found | None:
    """One of a group described right after ("uno de ellos, un promotor de Granada"): the
    description."""
    if part.kind != "part" or ctx.masked[par][part.end : part.end + 1] != ",":
        return None
    if not _indefinite(ctx, par, part.end + 2):
        return None
    return _descriptor(ctx, par, part.end + 1, hi)


def _subject(ctx: Context, par: int, lo: int, hi: int) -> Found | None:
    """The speaker named between the start of a sentence and its verb (or colon): the last
    actor, unless it only completes a description ("Un funcionario de la Defensoría", "a
    spokesman for the ministry")."""
    lo = _after_opener(ctx, par, lo, hi)
    before = _between(ctx, par, lo, hi)
    for clause in P.RELATIVE_CLAUSE.finditer(ctx.folded[par], lo, hi) if before else ():
        if ctx.language == "de" and any(
            a.kind == "person" and a.end == clause.end() - 1 for a in before
        ):  # "…, der inzwischen pensionierte Wolfgang Reiter,": an article and a name
            continue
        before = [  # a pronoun in it still stands for the subject: "…, who said he …,"
            a for a in before if a.kind == "pron" or not clause.start() < a.start < clause.end()
        ]
    if (
        before
        and before[0].kind in ("inst", "ref", "person")
        and (_indefinite(ctx, par, lo) or _titled(ctx, par, lo))
        and P.OF_THE.search(ctx.masked[par][max(0, before[0].start - 12) : before[0].start])
        and _apposed_person(ctx, par, before[0], hi) is None  # "L'avocate de Maduro, Me X,"
        and (found := _descriptor(ctx, par, lo, hi))
        and found[0] == "role"
    ):  # "Un responsable de la Direction …", "Der Vorsitzende der Bischofskonferenz"
        return found
    if len(before) > 1 and ctx.masked[par][before[-1].start - 1 : before[-1].start] == "(":
        acronym = ctx.masked[par][before[-1].start : before[-1].end]
        if ctx.acronyms.get(acronym, before[-2].value) == before[-2].value:
            before = before[:-1]  # "… de Ayuda al Refugiado (CEAR)": it repeats the name
        else:  # "Le Bureau intégré des Nations unies en Haïti (Binuh)": it names it whole
            before = [*before[:-2], before[-1]]
    if len(before) > 1 and before[-1].value in _OBJECTS:
        before = before[:-1]  # "Agency spokesman Mike O'Connell put it bluntly:", "One of them
        # put it bluntly:", "A spokeswoman for the … put it bluntly:", "She put it simply:"
    if not before:
        return None
    first, text = before[0], ctx.masked[par]
    if not text[lo : first.start].strip() and (one := _one_described(ctx, par, first, hi)):
        return one  # "Eine von ihnen, eine frühere Lehrerin aus Saporischschja, sagt:"
    if (
        first.kind == "person"
        and not text[lo : first.start].strip()
        and P.APPOSITION.fullmatch(text, first.end, hi)
    ):  # "Rose-Andrée Pierre, coordinadora del GARR en esa localidad, describió …:"
        return _resolve(first, par, ctx)
    aside = P.APPOSITION.match(text, first.end, hi) if first.kind == "part" else None
    if aside and aside.end() >= before[-1].end and not text[lo : first.start].strip():
        return _resolve(first, par, ctx)  # "Uno de ellos, con la camiseta de Brenes, lo resumió"
    head = before[-1]
    if len(before) > 1 and P.APPOSED.match(ctx.masked[par], before[-2].end, head.start):
        return _resolve(before[-2], par, ctx)  # "The Ukrainian Book Institute, a state agency,"
    closing = text.rfind(",", first.end + 2, hi)
    if (  # "O Acnur, agência da ONU para refugiados, afirmou": who is described, not whose
        first.kind == "inst"
        and (not (opening := text[lo : first.start].strip()) or fold(opening) in P.ARTICLES)
        and text[first.end : first.end + 2] == ", "
        and head.end <= closing
        and all(a.kind != "person" for a in before)  # not "Le PDG, Rodolphe Saadé, a …"
    ):
        return _resolve(first, par, ctx)
    if len(before) > 1 and before[-2].kind in ("role", "person"):
        gap = ctx.masked[par][before[-2].end : head.start].lstrip(" ,")
        affiliation = head.kind != "person" or before[-2].kind == "person"  # "X, da Missão Paz"
        if affiliation and len(gap) < 20 and P.OF_THE.search(gap):  # "La abogada X, de la CEAR:"
            head = before[-2]
    return _resolve(head, par, ctx)


# folded, after a quotation: a sentence naming whom its words came from
_CAME_FROM = re.compile(
    r"[\s\"”»’.]*(?:(?:the|those|these) (?:words|complaint|remark|remarks|comment|warning|appeal"
    r"|plea|answer|reply|message|line|quote|verdict) (?:came|come|were|was) (?:from|those of) "
    r"|(?:la|las|a|as|le|les) (?:frase|frases|palabras|palavras|phrase|mots|paroles)"
    r" (?:es|son|e|sao|est|sont) (?:de |d'))"  # "«…». La frase es de Halyna Kovalchuk"
)


def _attribute(q: Quote, ctx: Context) -> Found | None:
    """Who said `q`: after it, earlier in its sentence, the paragraph's last speaker, the
    previous paragraph (when it introduces the quote), or the subject of its sentence."""
    full_stop = q.text.rstrip()[-1:] in ".!?"
    # "il a affirmé : « … . » Le parquet affirme que …": the next sentence is not about it
    introduced = full_stop and ctx.masked[q.par][: q.start].rstrip(_BEFORE_QUOTE).endswith(":")
    starts = ctx.starts[q.par]
    s0 = max(s for s in starts if s < q.start)
    # "The Ministry said that Ukraine had lost “… .” Critic X called her …": the next sentence
    # is someone else's when the quote's own sentence has its verb of saying
    reported = full_stop and ctx.vocab.verb_re.search(ctx.folded[q.par], s0, q.start)
    if reported and (found := _pre(ctx, q.par, s0, q.start - 1)):
        return found  # (not asked again below: the same question has the same answer)
    if not introduced and (found := _post(ctx, q.last_par, q.end + 1, full_stop)):
        return found
    low = ctx.folded[q.last_par]
    if came := _CAME_FROM.match(low, q.end + 1):  # "“….” The words came from Iryna X, …"
        end = low.find(".", came.end())
        if found := _first_in(ctx, q.last_par, came.end(), end if end > 0 else len(low)):
            return found
    if not reported and (found := _pre(ctx, q.par, s0, q.start - 1)):
        return found
    if found := _sentence_end(ctx, q):
        return found
    said = [e for e in ctx.said if e[0] == q.par]
    # "«…», informó la Dirección. Fuentes diplomáticas atribuyeron el cierre a «…»": a new
    # subject takes over, unless German reported speech goes on ("Die Kirche sei „…“")
    subjunctive = ctx.language == "de" and P.SUBJUNCTIVE.search(ctx.folded[q.par], s0, q.start)
    if (
        said
        and not subjunctive
        and (subject := _last_in_paragraph(ctx, q.par, q.start, since=max(s0, said[-1][1] + 1)))
    ):
        return subject
    if said:  # continues the paragraph's last statement
        return said[-1][2], said[-1][3]
    if q.par > 0 and not ctx.masked[q.par][: q.start - 1].strip():
        prev = ctx.masked[q.par - 1].rstrip()
        last = ctx.starts[q.par - 1][-1]
        if prev.endswith(":") and (found := _pre(ctx, q.par - 1, last, len(prev))):
            return found
        said = [e for e in ctx.said if e[0] == q.par - 1]
        if said:
            return said[-1][2], said[-1][3]
    # German reported speech goes on in the subjunctive ("Vollmer forderte … Die Gemeinschaft
    # dürfe Haiti „…“"): from the last subject, or the previous sentence's reporting clause
    if (
        ctx.language == "de"
        and P.SUBJUNCTIVE.search(ctx.folded[q.par], s0, q.start)
        and (
            found := _last_in_paragraph(ctx, q.par, s0)
            or _pre(ctx, q.par, max((s for s in starts if s < s0), default=0), s0)
        )
    ):
        return found
    # "X's envoy to the council, Rubén Aponte, rejected it as “…”": Aponte, its subject
    if subject := _last_in_paragraph(ctx, q.par, q.start, since=s0):
        return subject
    later = [s for s in starts if s > q.start]
    actors = _between(ctx, q.par, s0, later[0] if later else len(ctx.masked[q.par]))
    if actors and (found := _resolve(actors[0], q.par, ctx)):
        return found
    if found := _last_in_paragraph(ctx, q.par, q.start) or _last_in_paragraph(
        ctx, q.par, q.start, subjects_only=False
    ):
        return found  # reported speech goes on: its source, the subject first
    name = _lenient_person(ctx.masked[q.par][s0 : q.start], ctx)
    return ("person", name) if name else None  # "La estatal Corpoelec atribuyó … «…»"


def _sentence_end(ctx: Context, q: Quote) -> Found | None:
    """A reporting clause closing the sentence a quote stands in: "Man werde niemanden „…“
    schicken lassen, erklärte ein Gewerkschaftssprecher." """
    text = ctx.masked[q.last_par]
    end = next((s for s in ctx.starts[q.last_par] if s > q.end), len(text))
    comma = text.rfind(",", q.end + 1, end)
    if comma < 0 or P.QUOTE_MARK.search(text, comma, end):
        return None
    if ctx.vocab.verb_re.search(ctx.folded[q.last_par], q.end + 1, comma):
        return None  # "‘…,’ she said, adding that the government …": said already
    return _post(ctx, q.last_par, comma)


def _canonical(name: str, ctx: Context) -> str:
    """The fullest name the article gives for `name` (Albares -> José Manuel Albares), by its
    surname or, for two words or more, by its given names."""
    words = tuple(fold(name).split())
    best = max(
        (
            full
            for full, fw in ctx.names.items()
            if len(fw) > len(words)
            and (fw[-len(words) :] == words or (len(words) > 1 and fw[: len(words)] == words))
        ),  # "Marcos Paulo" -> Marcos Paulo Ribeiro
        key=len,
        default=None,
    )
    return best or (ctx.known.get(words[0]) if len(words) == 1 else None) or name


def _speaker_text(kind: str, value: str, ctx: Context) -> str:
    value = P.ELIDED_ARTICLE.sub("", value) if kind == "inst" else value  # "L'OIIQ" -> "OIIQ"
    if kind in ("inst", "group"):  # "UNICEF, ACNUR y la OIM" -> "UNICEF, ACNUR y OIM"
        value = _LISTED_ARTICLE.sub(r"\1", value)
    if kind in ("inst", "ref", "person") and (full := spelled_out(value, ctx.acronyms)):
        return full
    if kind == "inst" and value.isupper() and 2 < len(value) < 8 and value.isalpha():
        return initials_of(value, ctx.masked) or value  # "the FSAI", written out before
    if kind == "person":
        return _canonical(value, ctx)
    if kind == "role":
        return placed_role(value, ctx.town, ctx.language, ctx.vocab)
    if kind == "group":  # signatories: "A, B and C", with the article's own conjunction
        names, _, conj = value.partition("\x1e")
        people = list(dict.fromkeys(_canonical(v, ctx) for v in names.split("\x1f")))
        return (
            ", ".join(people[:-1]) + f" {conj or 'and'} " + people[-1]
            if len(people) > 1
            else people[0]
        )
    return value


# names of bodies listed as one subject: capitalised words joined by small words, with a comma
# and a conjunction
_NAME = r"[A-ZÀ-Þ][\w'’&.-]*(?: (?:[A-ZÀ-Þ][\w'’&.-]*|of|the|for|and|de|des|du|la|y|et))*"
_LISTED = rf"(?:(?:the|la|le|el|o|a) |l['’])?{_NAME}"  # "Oxfam, the Food Foundation and …"
_BODIES_LISTED = re.compile(rf"{_LISTED}(?:, {_LISTED})+,? (?:and|y|et|e|und) {_LISTED}")


# an article before a listed name, which signatories' labels leave out
_LISTED_ARTICLE = re.compile(
    r"(, | y | e | et | and | und |\x1f)(?:(?:la|el|los|las|le|les|o|a|os|as|the|der|die|das) "
    r"|l['’])(?=[A-ZÀ-Þ])"
)


# ---------------------------------------------------------------- entry point
def attribute(
    quotes: Sequence[Quote],
    masked: Sequence[str],
    lexicon: Lexicon,
    language: str | None = None,
    folded: Sequence[str] | None = None,
) -> list[str | None]:
    """The speaker of each quote, in order (None when nobody can be found).

    `masked` are the article's paragraphs with the inside of `quotes` blanked out (so names
    quoted are not taken for speakers); `folded` is fold() of each, when already computed.
    """
    if not quotes:
        return []
    last = max(q.last_par for q in quotes)
    folded = list(folded) if folded is not None else [fold(p) for p in masked[: last + 1]]
    ctx = Context(list(masked), folded, lexicon, vocabulary(lexicon), language)
    ctx.runs = [_noble_names(p, P.RUN.finditer(p)) for p in masked]
    ctx.acronyms = acronyms(masked, language == "de")
    german = language in ("de", None)
    # words named alone somewhere: "Whitfield raised …" makes "Odessa Mae Whitfield" a person
    alone = {fold_word(r.group()) for runs in ctx.runs for r in runs if " " not in r.group()}
    for par, runs in zip(masked, ctx.runs, strict=True):
        for run in runs:
            if " " not in run.group():
                continue
            whole = split_name(run.group(), ctx.vocab)
            name, low = whole.words, whole.folded
            if language == "de":
                name, low = german_person(par, run.start(), run.group(), whole, ctx.vocab)
            elif body := body_first(par, run.start(), low, ctx.vocab):
                name, low = name[body:], low[body:]
            if nationality_first(par, run.start(), low, language):
                name, low = name[1:], low[1:]
            if (
                len(name) > 1
                and (
                    not watched_place(low, lexicon.single_words, lexicon.multiword_places)
                    or (
                        low[-1] in alone
                        and low[-1] not in lexicon.single_words
                        and low[-1] not in lexicon.place_nouns  # not "Caracas Metro"
                    )
                )
                # "…organisation X", "Der Ulmer Baustoffkonzern Brandauer": a body's name
                and not (german and any(institution_compound(w, ctx.vocab) for w in low[:-1]))
                and not (language == "de" and german_nouns(par, run.start(), run.group(), low))
            ):
                ctx.names.setdefault(" ".join(name), low)
    for full, words in ctx.names.items():  # in the order they are first named
        for word in words:  # a fuller name of the same person; else the first one so named
            known = ctx.known.get(word)
            if known is None or (len(full) > len(known) and set(ctx.names[known]) <= set(words)):
                ctx.known[word] = full
            elif not set(words) <= set(ctx.names[known]):  # someone else of that name
                ctx.namesakes.setdefault(word, [known]).append(full)
    ctx.starts = [sentence_starts(p) for p in masked[: last + 1]]
    ctx.actors = [actors_in(idx, ctx) for idx in range(last + 1)]
    ctx.partitive = any(a.kind == "part" for actors in ctx.actors for a in actors)
    ctx.epithets = _epithets(ctx, german)
    found: dict[Quote, Found | None] = {}
    for idx in range(last + 1):
        _read_paragraph(idx, [q for q in quotes if q.par == idx], found, ctx)
    if any(f and f[0] == "role" for f in found.values()):  # read once, for roles only
        ctx.town = dateline_town(ctx.masked)
    return [_speaker_text(f[0], f[1], ctx) if (f := found[q]) else None for q in quotes]


def _noble_names(text: str, runs: Iterable[re.Match[str]]) -> list[re.Match[str]]:
    """The capitalised runs of a paragraph, a given name and the surname after its "von" or
    "zu" read as one ("Hans von Arnim", "Theodor zu Guttenberg"), which "von" alone
    cannot be in every run ("Sprecher von Tui Cruises")."""
    if " von " not in text and " zu " not in text:  # most paragraphs: checked first
        return list(runs)
    found: list[re.Match[str]] = []
    for m in runs:
        if found and m.start() < found[-1].end():
            continue  # the surname, taken with the given name before it
        noble = None
        if " " not in m.group() and fold_word(m.group()) in given_names():
            noble = _NOBLE_NAME.match(text, m.start())
        found.append(noble or m)
    return found


_NOBLE_NAME = re.compile(rf"[\w-]+ (?:von|zu) (?=[A-ZÄÖÜ]){P.NAMES.pattern}")


def _epithets(ctx: Context, german: bool) -> dict[str, set[str]]:
    """The nouns right before each person's name ("la chanteuse haïtienne X", "die Dirigentin
    Iryna Sawtschenko"), which refer back to them later ("a dit la chanteuse"); titles with a
    role aside, as the person's roles hold them."""
    found: dict[str, set[str]] = {}
    for text, actors in zip(ctx.folded, ctx.actors, strict=False):
        for a in actors:
            if a.kind != "person":
                continue
            nouns = text[a.start : a.end].split()[: -len(a.value.split())] if german else []
            if m := _EPITHET.search(text, max(0, a.start - 40), a.start):  # German: in the run
                nouns += m.group(1).split()
            if nouns and not any(_connects(w) or title_key(w, ctx.vocab) for w in nouns):
                found.setdefault(a.value, set()).update(nouns)
    return found


def _after_opening_phrase(ctx: Context, par: int, s: int, e: int, first: Actor) -> Actor:
    """The subject of a sentence opening with a prepositional phrase is the first actor after
    its comma: "Durante un foro organizado por la Cámara de Comercio, Maduro sostuvo"."""
    opener = P.TOKEN.match(ctx.folded[par], s)
    if opener is None or opener.group(1) not in P.OPENING_PREPOSITIONS:
        return first
    comma = ctx.masked[par].find(",", s, e)
    if comma < 0 or first.start > comma:
        return first
    return next((a for a in ctx.actors[par] if comma < a.start < e), first)


def _after_its_verb(ctx: Context, par: int, first: Actor, e: int) -> Actor | None:
    """The subject right after the verb reporting what its sentence said first ("Über die DW
    Akademie sollen … fließen, teilte das Entwicklungsministerium mit"), not the first actor
    named."""
    if _RELATIVE_START.match(ctx.folded[par], first.end):
        return None  # "Ihr Bruder, der in Köln lebt, sagte der Nachrichtenagentur": him
    for verb in _verbs_after_commas(ctx, par, first.end, e):
        after = (a for a in ctx.actors[par] if verb.end() < a.start <= verb.end() + 5)
        return next((a for a in after if a.kind in _SUBJECT_KINDS), None)
    return None


_SUBJECT_KINDS = ("person", "group", "inst", "ref", "pron")  # who may follow its verb


def _apposed_person(ctx: Context, par: int, subject: Actor, end: int) -> Actor | None:
    """The person named between commas after a subject described by what they are: "una
    enfermera de la organización X, Marie-Ange Pierre, describió", "La présidente du tribunal,
    la juge lituanienne Rasa Vaitkutė, a assuré" (the subject is her)."""
    text = ctx.masked[par]
    complement = P.OF_THE.search(text[max(0, subject.start - 12) : subject.start])
    owned = _OWNED_ROLE.match(text, subject.end)  # "Wilk's deputy, Agnieszka Kruk, said"
    if subject.kind == "person" and not complement and not owned:
        return None  # "L'avocate de Maduro, Me X, a plaidé"
    after = (a for a in ctx.actors[par] if subject.end <= a.start < end and a.kind == "person")
    person = next(after, None)
    if person is None or text[person.end : person.end + 1] != ",":
        return None
    comma = text.rfind(", ", subject.end, person.start)
    # "la juge lituanienne" (a description), not "presidido por el académico"
    described = text[comma + 2 : person.start].split()
    plain = all(  # an English adjective of nationality too: "the Welsh baritone X"
        (w.islower() or (i + 1 < len(described) and described[i + 1].islower()))
        and not ctx.vocab.has("function_words", w)
        for i, w in enumerate(described[1:], start=1)
    )
    return person if comma >= 0 and len(described) <= 4 and plain else None


def _apposed_name(ctx: Context, par: int, subject: Actor) -> Actor | None:
    """A body's own name between commas after its description: "Venezuela's largest business
    federation, Fedecámaras, urged", "The agriculture ministry's animal health service,
    Senasica, said" (the subject is Fedecámaras, Senasica)."""
    if subject.kind not in ("inst", "ref"):
        return None
    after = next((a for a in ctx.actors[par] if a.start >= subject.end), None)
    if after is None or after.phrase != "named":
        return None
    gap = ctx.masked[par][subject.end : after.start]
    return after if _NAME_GAP.fullmatch(gap) or _OWNED_DESCRIPTION.fullmatch(gap) else None


# "(La patronal de envasadores)( y refinadores), Anierac,": a second field of the description
_NAME_GAP = re.compile(r"(?: (?:and|y|e|et|und) [a-zà-ÿ]+)?, ")
_OWNED_DESCRIPTION = re.compile(r"['’]s(?: [a-z]+){1,4}, ")  # "'s animal health service, "


def _role_of(ctx: Context, par: int, lo: int, subject: Actor) -> Actor | None:
    """Someone unnamed by a title over the institution opening the sentence ("A vereadora da
    Cultura da Câmara Municipal de Lisboa reconheceu …"): the subject is the role."""
    if subject.kind not in ("inst", "ref") or subject.start <= lo or not _titled(ctx, par, lo):
        return None
    if not P.OF_THE.search(ctx.masked[par][max(0, subject.start - 12) : subject.start]):
        return None
    found = _descriptor(ctx, par, lo, subject.end)
    return Actor(lo, lo, "unnamed", found[1]) if found and found[0] == "role" else None


def _member(ctx: Context, par: int, subject: Actor) -> Actor | None:
    """The person named with a title right after the institution or person that opens the
    sentence: "Reform UK leader Nigel Farage dismissed the address", "Zelensky adviser
    Mykhailo Podolyak said" (the subject is the one titled)."""
    if subject.kind not in ("inst", "person"):
        return None
    after = (a for a in ctx.actors[par] if a.start >= subject.end)
    person = next(after, None)
    if person is None or person.kind != "person":
        return None
    return person if _titles_only(ctx.masked[par][subject.end : person.start], ctx) else None


def _asked(q: Quote, ctx: Context) -> bool:
    """Whether a quotation is a question put to someone ("« … ? », lui a demandé la
    journaliste", "interrogée par le journaliste X : « … ? »"), whom the next answer is from."""
    if not q.text.rstrip(_CLOSING).endswith("?"):
        return False
    low = ctx.folded[q.last_par]
    return _ASKING.search(low, max(0, q.start - 80), q.end + 60) is not None


def _not_leading(ctx: Context, par: int, value: str) -> None:
    """Who asks a question in this paragraph no longer leads it, though named as its subject
    before asking ("Une journaliste a demandé : « … ? »"): the answer is someone else's."""
    events = ctx.events
    for i in range(len(events) - 1, -1, -1):
        if events[i][0] != par:
            break
        if events[i][3] == value:
            events[i] = (*events[i][:4], False)


def _named_after(ctx: Context, par: int, lead: int, end: int) -> Actor | None:
    """The person named between commas right after someone described ("Ein langjähriger
    Bratscher des Orchesters, der inzwischen pensionierte Wolfgang Reiter, erinnerte sich"):
    at most four lower-case words (an article, adjectives) before the name."""
    text = ctx.masked[par]
    comma = text.find(", ", lead, end)
    person = (
        next((a for a in ctx.actors[par] if comma < a.start < end), None) if comma > 0 else None
    )
    if person is None or person.kind != "person" or text[person.end : person.end + 1] != ",":
        return None
    between = text[comma + 2 : person.start].split()
    return person if len(between) <= 4 and all(w.islower() for w in between) else None


# folded: before a coordinated clause, after a comma or a quotation (whose comma is blanked)
_CLAUSE_AND = re.compile(rf"(?:,[”\"»’']?|[”\"»’']) {_BUT_AND} $")
_SAYS_THAT = re.compile(r" ([a-z]+) (?:that|que|qu'|dass) ")  # folded: "(X) warned that"


def _read_paragraph(
    idx: int, quotes: list[Quote], found: dict[Quote, Found | None], ctx: Context
) -> None:
    """Walk one paragraph in order: note who is named (resolving sentence subjects) and
    attribute each quotation as it comes, so that later pronouns can refer to its speaker."""
    starts, low, actors = ctx.starts[idx], ctx.folded[idx], ctx.actors[idx]
    if quotes:  # a quotation ending its sentence inside the marks: “… stage.” Critic X
        starts = list(starts)
        for q in quotes:
            after = _NEXT_SENTENCE.match(ctx.masked[idx], q.end + 1)
            ends = q.last_par == idx and q.text.rstrip()[-1:] in ".!?"
            if ends and after and after.end() not in starts:
                bisect.insort(starts, after.end())
    subjects = set()
    items: list[Actor | Quote] = [*actors, *quotes]
    offsets = [a.start for a in actors]  # actors are in text order
    for s, e in zip(starts, [*starts[1:], len(low)], strict=True):
        lead = _after_opener(ctx, idx, s, e)  # "In Barquisimeto, a parish priest who … said"
        if among := _among_people(ctx, idx, s, e):  # "Entre eles está Olha Bondarenko": her
            lead = among.end()
        i = bisect.bisect_left(offsets, lead if among else s)
        first = actors[i] if i < len(actors) and offsets[i] < e else None
        someone_of = P.SOMEONE_OF.match(low, lead)  # "The mother of a student", "Die Schwester
        if (  # eines Journalisten" (a title too): unnamed, as "A police officer", "Un diplomate"
            (first is None or first.start > lead or (someone_of and first.kind == "role"))
            and (someone_of or (low[lead] in "aoue" and P.INDEFINITE.match(low, lead)))
            and (unnamed := _unnamed_subject(ctx, idx, lead, e))
        ):
            if named := _named_after(ctx, idx, lead, e):
                subjects.add(named)  # "Ein langjähriger Bratscher, der inzwischen pensionierte
            else:  # Wolfgang Reiter, erinnerte sich": him
                subjects.add(unnamed)
                items.append(unnamed)
        elif reporter := _reported_by_someone(ctx, idx, lead, e, quotes):
            subjects.add(reporter)  # "…, berichtete eine Helferin aus Dnipro. „…“, sagte sie"
            items.append(reporter)
        elif (first is None or first.start > lead) and (
            titled := _titled_subject(ctx, idx, lead, e)
        ):  # "O vereador da Habitação lembrou que …": a role named by its title alone
            subjects.add(titled)
            items.append(titled)
        elif (first is None or first.start > s) and (
            group := (
                _bare_plural(ctx, idx, lead, e, speaking=False) or _german_group(ctx, idx, lead)
                if ctx.partitive  # only "one of them" needs groups that do not speak
                else _plural_subject(ctx, idx, lead, e)
            )
        ):
            items.append(group)  # the verb second: "Die Gäste danken es ihr, erzählt sie"
            after_verb = _after_its_verb(ctx, idx, group, e) if ctx.language == "de" else None
            subjects.add(after_verb or group)
        elif (
            ctx.language == "de"
            and (inverted := _inverted(ctx, idx, lead, e))
            and (first is None or first.start > inverted.start)
        ):  # "Zu den Gästen gehörte auch ein pensionierter Kommissar", "Im Publikum saß ein
            subjects.add(inverted)  # Vater aus Göggingen, der das Theater …"
            items.append(inverted)
        elif first is not None:
            subject = _after_opening_phrase(ctx, idx, s, e, first)
            if ctx.language == "de":  # the verb second: "…, teilte das Ministerium mit"
                subject = _after_its_verb(ctx, idx, subject, e) or subject
            subject = (
                _apposed_person(ctx, idx, subject, e)
                or _member(ctx, idx, subject)
                or _apposed_name(ctx, idx, subject)
                or subject
            )
            if role := _role_of(ctx, idx, lead, subject):
                items.append(role)
                subject = role
            subjects.add(subject)
    asking: set[str] = set()  # who asks a question here is not who answers it next
    for item in sorted(items, key=_START):
        if isinstance(item, Quote):
            found[item] = who = _attribute(item, ctx)
            if who is not None:
                ctx.said.append((idx, item.start, *who))
                if asked := _asked(item, ctx):
                    asking.add(who[1])
                    _not_leading(ctx, idx, who[1])
                bisect.insort(ctx.events, (idx, item.start, *who, not asked))
        elif item.kind in ("person", "group", "inst", "anon"):
            # a clause's subject that reports speech leads too ("…, although X warned that")
            says = (
                item.kind == "person"
                and (that := _SAYS_THAT.match(low, item.end))
                and ctx.vocab.verb_re.fullmatch(that.group(1))
            )
            # and a coordinated clause's: "…, and Ybarra asked residents to …"
            coordinated = (
                item.kind == "person"
                and _CLAUSE_AND.search(low, max(0, item.start - 10), item.start) is not None
                and (verb := P.TOKEN.match(ctx.masked[idx], item.end)) is not None
                and verb.group(1).islower()
                and not ctx.vocab.has("function_words", verb.group(1))
            )
            leads = (item in subjects or bool(says) or coordinated) and item.value not in asking
            ctx.events.append((idx, item.start, item.kind, item.value, leads))
        elif item.kind == "unnamed":
            ctx.events.append((idx, item.start, "role", item.value, True))
        elif item in subjects and (who := _resolve(item, idx, ctx)) is not None:
            if item.kind == "part" and who[0] == "anon":  # "L'un d'eux": someone, whom "il"
                who = ("role", who[1])  # refers back to
            ctx.events.append((idx, item.start, *who, True))
