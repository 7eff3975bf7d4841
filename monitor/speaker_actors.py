"""Who may speak in each paragraph: the people, groups, institutions, sources, roles and
pronouns named outside the quotations, found once per article for monitor.speakers."""

from __future__ import annotations

import functools
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from monitor.gazetteers import country_names, given_names
from monitor.german import common_noun, nominative
from monitor.german import place as german_place
from monitor.speaker_names import (
    GERMAN_DEFINITE,
    NATIONALITY,
    Actor,
    anonymous,
    appositive,
    body_first,
    body_noun,
    completes,
    folded_words,
    german_nouns,
    german_person,
    institution,
    institution_compound,
    nationality_first,
    phrase_end,
    qualifies,
    split_name,
    title_key,
    watched_place,
    where_end,
)
from monitor.statements import Patterns as P
from monitor.statements import Vocabulary, dateline_end, find_words, fold, fold_word, trie_pattern

if TYPE_CHECKING:
    from monitor.classify import Lexicon

Event = tuple[int, int, str, str, bool]  # (paragraph, offset, kind, value, sentence subject)


@dataclass
class Context:
    """What monitor.speakers knows of one article while it attributes its quotations."""

    masked: list[str]  # paragraphs with the statements blanked out
    folded: list[str]  # fold() of the same
    lexicon: Lexicon
    vocab: Vocabulary
    language: str | None
    names: dict[str, tuple[str, ...]] = field(default_factory=dict)  # full name -> folded words
    known: dict[str, str] = field(default_factory=dict)  # folded word -> fullest name with it
    namesakes: dict[str, list[str]] = field(default_factory=dict)  # word -> different people
    runs: list[list[re.Match[str]]] = field(default_factory=list)  # capitalised runs
    roles: dict[str, set[str]] = field(default_factory=dict)  # name -> role keys
    actors: list[list[Actor]] = field(default_factory=list)
    starts: list[list[int]] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)  # speakers named, and attributions
    said: list[tuple[int, int, str, str]] = field(default_factory=list)  # attributions
    topics: dict[str, set[str]] = field(default_factory=dict)  # text -> watched topics named
    acronyms: dict[str, str] = field(default_factory=dict)  # "PNH" -> "Police nationale d'Haïti"
    kinds: dict[str, set[str]] = field(default_factory=dict)  # body -> its kind nouns ("ong")
    epithets: dict[str, set[str]] = field(default_factory=dict)  # person -> nouns before them
    partitive: bool = False  # whether "one of them" is said somewhere
    town: str | None = None  # the dateline's, which unnamed local officials serve


def _after_the(low: str, s: int, language: str | None) -> bool:
    """Whether a definite article stands right before `s` ("selon l'Unicef", "the Seniat", "o
    Acnur"); not German, where every noun takes one."""
    articles = _THE_PT if language == "pt" else _THE
    return low.endswith(articles, 0, s) or (s <= 4 and f" {low[:s]}".endswith(articles))


_THE = (" the ", " la ", " le ", " el ", "l'")
_THE_PT = (*_THE, " o ")  # not "a", also "to"; and Spanish "o" is "or"
# the last word of a body's capitalised name (alone, a common noun): "State Border Guard Service"
_BODY_HEADS = frozenset(["service", "services", "network", "netzwerk"])
_GERMAN_POSSESSIVES = tuple(  # folded, with the space before the noun
    f" {stem}{ending} "
    for stem in ("mein", "dein", "sein", "ihr", "unser", "euer")
    for ending in ("", "e", "er", "es", "em", "en")
)
_OF_THE = (" de la ", " de l'", " of the ")  # folded
_IN_THE = (" en el ", " en la ", " in the ", " dans le ", " dans la ")  # folded
_THE_WORDS = frozenset(["the", "la", "le", "el", "l'", "les", "los", "las"])
_OF_PLACE = ("sche ", "schen ")  # German adjectives of place: ukrainische, deutsche
_NGO = ("ong", "ngo")  # the kind before an NGO's own name: "l'ONG Public Eye"
_UNDER = ("sob a ", "bajo la ", "sous la ", "under the ", "unter der ")  # folded
_ORIGIN = frozenset(["de", "do", "da", "du", "del", "of", "from"])  # before a place one comes from
_ORIGIN_OR_THE = _ORIGIN | _THE_WORDS  # before a name that is no person's: "de Lyon", "la Poste"
# before a participle that is also a role noun: "(affirme) avoir envoyé", "ha sido enviado"
_AUXILIARY_INFINITIVES = (" avoir ", " haber ", " ter ", " sido ", " ete ")  # folded
# the capitalised fields listed before the last one: "Immigration, Réfugiés et (Citoyenneté)"
_LISTED_BEFORE = re.compile(rf"(?<!\w)(?:[A-ZÀ-Þ][\w-]*, )*[A-ZÀ-Þ][\w-]* {P.ANY_AND} $")
# a country's own institution: "Russia's defence ministry", "Venezuela's oil ministry"
_OWNER = re.compile(r"(?<!\w)[A-Z][\w-]*['’]s +(?:[a-z]+ +){0,2}$")
_BY_WHOM = re.compile(r" von (?:der |dem |den )?")  # German: a noun, then "von" and a name
# after a given name, another one and a surname: "(Lena) und Tim Oswald", "(Camille) et Hugo …"
_SHARED_SURNAME = re.compile(r" (?:and|und|et|y|e) ([A-ZÀ-Þ][\w-]+) [A-ZÀ-Þ][\w-]+")
# a body's first field before "and", after "the": "the (Food and) Drug Administration"
# … or opening a sentence or a clause: "U.S. Citizenship and Immigration Services", "…, Cardiff
# and Vale University Health Board said"
_FIRST_FIELD = re.compile(
    r"(?:(?<=[Tt]he )|(?<=, )|(?<=[.!?] )|^)(?!The )(?:U\.S\. |U\.K\. )?[A-Z][\w-]*"
    r"(?: [A-Z][\w-]*)* and $"
)
_APPOSED = re.compile(r", (?:(?:a|o|la|el|le|the) |l['’])?$")  # before a name in apposition
_TRUNCATED_BEFORE = re.compile(r"(?<![\w-])[A-ZÄÖÜ][\w-]*- (?:und|oder) $")
_SEATED_AT = re.compile(r" zu ([A-ZÄÖÜ][\w-]*)")  # German: a body's seat, "(Kammer) zu Köln"
# a force by its capitalised name (in lower case, "una nueva fuerza" is any force)
_FORCE = frozenset(["fuerza", "forca", "force"])
_LOCAL_GOVERNMENT = re.compile(
    r"(?:(?:Die|Das|Der) )?((?:Stadt|Hansestadt|Gemeinde|Land|Freistaat|Kanton|Landkreis|Bezirk)"
    r" ([A-ZÄÖÜ][\w-]+))"
)
_PORT_BODY = re.compile(r"\bPort of [A-Z]|\bGrand Port\b|\bPort (?:Authority|Maritime|autonome)\b")
_ROMAN_ORDINAL = re.compile(r"[IVXLC]+(?:e|er|re|ème|es)")
_GERMAN_NOUNS_ALIKE = frozenset(["fund"])  # institutions spelled as a German noun of another sense


def _run_actors(
    idx: int, par: str, low: str, ctx: Context, after_role: Collection[int]
) -> list[Actor]:
    """Persons and capitalised institutions ("the State Department", "NATO", "die Behörde");
    `after_role` holds where words follow lower-case role nouns ("general Ricardo Matos")."""
    out: list[Actor] = []
    vocab, institutions = ctx.vocab, ctx.vocab.sets["institutions"]
    german = ctx.language in ("de", None)
    aged = {m.start() for m in P.AGE.finditer(par)} if P.AGE.search(par) else ()  # "Artem, 14,"
    kinds = _kinds_before(par, low, vocab)
    known = ctx.known
    for m in ctx.runs[idx]:
        run, (s, e) = m.group(), m.span()
        if par[e : e + 2] == "- ":  # "Wirtschafts- und Verkehrsminister": a truncated compound
            continue
        if run.endswith(("'s", "’s")) and " " in run:  # "The Environmental Protection
            run, e = run[:-2], e - 2  # Agency's rule": the body, whose rule it is
        if run in ctx.acronyms:  # "(Binuh)", "the PNH": an institution spelled out before
            out.append(Actor(s, e, "inst", run, "inst"))
            continue
        if (
            german
            and (local := _LOCAL_GOVERNMENT.fullmatch(run))
            and german_place(local.group(2))
            and fold_word(local.group(2)) not in country_names()
        ):  # "Die Stadt Bonn teilte mit", "Das Land Salzburg": its government
            out.append(Actor(s + local.start(1), e, "inst", local.group(1), "inst"))
            continue
        if run[:2] == "À " or _ROMAN_ORDINAL.fullmatch(run):  # "À Bruxelles, un porte-parole
            continue  # …": where, not who; "le XIXe (arrondissement)", "au XVIIIe (siècle)"
        if (
            " " in run
            and fold_word(run.rpartition(" ")[2]) in country_names()
            and run.istitle()  # not "Irfaan Ali of Guyana", "Ciudad de México"
            and (listed := _LISTED_BEFORE.search(par, max(0, s - 80), s))
        ):  # a department of a state, by its fields: "Pêches et Océans Canada"
            out.append(Actor(listed.start(), e, "inst", par[listed.start() : e], "inst"))
            continue
        owner, _, rest = run.partition(" ")
        owned = low[s:e].split()[1:]
        if owner.endswith(("'s", "’s")) and (
            not institutions.isdisjoint(owned) or (owned and owned[-1] in _BODY_HEADS)
        ):  # "Ukraine's Ministry of Energy", "Ukraine's State Border Guard Service": the body
            run, s = rest, s + len(owner) + 1
        if run[1:2] in "'’" and (run[2:3].islower() or run[0] == "L"):  # opening a sentence
            # "L'Unicef a indiqué", "L'infirmière Ana Roy", not "L'ambassadeur d'Haïti" (no name)
            named = (i for i, c in enumerate(run) if c.isupper() and run[i - 1] == " ")
            cut = 2 if run[2:3].isupper() else next(named, 0)
            if not cut:
                continue
            run, s = run[cut:], s + cut
        if german and (by := _BY_WHOM.search(run)) and common_noun(run[: by.start()]):
            run, s = run[by.end() :], s + by.end()  # "zum Teil von der Caritas Ukraine": the body
        if run in ctx.kinds and not qualifies(low, e, vocab):  # named again: "(l'association)
            # France Nature Environnement"; not "a PDVSA engineer"
            out.append(Actor(s, e, "inst", run, "inst"))
            continue
        if s in kinds:  # "la organización católica Manos Unidas"
            start, kind = kinds[s]
            ctx.kinds.setdefault(run, set()).add(kind)
            out.append(Actor(start, e, "inst", run, "inst"))
            continue
        if german and (whose := _genitive_owner(run, known)):  # "Zbindens Uhr": her watch
            out.append(Actor(s, s + run.find(" "), "person", whose))
            continue
        w = low[s : q if (q := low.find("'", s, e)) >= 0 else e]
        if german and " " not in run and low.endswith(_GERMAN_POSSESSIVES, max(0, s - 8), s):
            continue  # "die Goldkette ihrer Mutter": a noun, whatever surname it also is
        if (  # "Lena und Tim Oswald": a couple sharing a surname
            " " not in run
            and w in given_names()
            and (pair := _SHARED_SURNAME.match(par, e))
            and fold_word(pair.group(1)) in given_names()
        ):
            out.append(Actor(s, e, "person", run))
            continue
        if (  # fast path: most runs are one plain word
            " " not in run
            and w not in known
            and not run.isupper()
            and s not in after_role
            and e not in aged
            and _ordinary(w, vocab, german)
            and not _after_the(low, s, ctx.language)
            and not (par[e : e + 1] in ",." and _APPOSED.search(par, max(0, s - 7), s))
            # ", Yelitza,", ", a Tersado,"
            and not (par[e : e + 1] == "," and s in ctx.starts[idx])  # "Conviasa, la aerolínea"
            and low.find("jahrige", max(0, s - 10), s) < 0  # "die neunjährige Marie"
            and not (par[e : e + 1] == "," and P.SURNAME_WITHHELD.match(low, e))
            and not vocab.has("generic_institutions", low[low.rfind(" ", 0, s - 1) + 1 : s - 1])
        ):  # "la société Rydeo": a body by its kind
            continue
        words = low[s:e].split()
        if words[0][1:2] == "'":
            words[0] = words[0][2:]  # "L'OIIQ", "d'Haïti"
        if s < 40 and e <= dateline_end(par):
            continue  # dateline: "PARIS —", "KIEW (dpa) –", "CARACAS/HAMBURG (dpa) –"
        if vocab.words.get(words[0]) == "anon":
            continue  # "Fuentes del Ministerio de Defensa": anonymous sources
        if (  # "(the country's largest business) federation, Fedecámaras,": its name
            len(words) == 1
            and w not in known
            and par[e : e + 1] == ","
            and (apposed := _APPOSED.search(par, max(0, s - 7), s))  # ", (a) Tersado,"
            and (
                vocab.has(
                    "institution_words",
                    kind := low[low.rfind(" ", 0, apposed.start()) + 1 : apposed.start()],
                )
                or vocab.has("generic_institutions", kind)  # "animal health service, Senasica,"
                or _kind_described(par, low, apposed.start(), vocab)
            )
        ):
            out.append(Actor(s, e, "inst", run, "named"))
            continue
        prev = P.PREV_WORD.search(low, max(0, s - 30), s)
        det = "l'" if low[s - 2 : s] == "l'" else prev.group(1) if prev else ""  # l'Unicef
        if german and prev and det in ("des", "der") and _spokesperson_before(low, prev.start(1)):
            continue  # "ein Sprecher des Bundesinnenministeriums": part of who speaks
        kind = det.rpartition("'")[2]  # "l'association (UFC-Que Choisir)"
        if prev and vocab.has("generic_institutions", kind) and par[s - 2 : s - 1].islower():
            ctx.kinds.setdefault(run, set()).add(kind)
            out.append(Actor(prev.start(1), e, "inst", run, "inst"))  # "a organização TI …"
            continue
        article, _, rest = run.partition(" ")
        kind, _, own_name = (rest if article.lower() in _THE_WORDS else run).partition(" ")
        if kind.lower() in _NGO and own_name:  # "l'ONG Public Eye", "La ONG Provea"
            ctx.kinds.setdefault(own_name, set()).add(kind.lower())
            out.append(Actor(e - len(own_name) - len(kind) - 1, e, "inst", own_name, "inst"))
            continue
        whole = split_name(run, vocab)
        name, folded, roles, after_title = whole
        if nationality_first(par, s, folded, ctx.language):  # "le Danois Henrik Sørensen"
            name, folded, after_title = name[1:], folded[1:], True
            s = s if par[s : s + 3] in ("Le ", "La ") else s - 3  # from the article: one phrase
        body = 0  # words naming a body before a person's given name
        if ctx.language == "de":  # der 19 Jahre alte Portugiese Leandro Maduro
            name, folded = german_person(par, s, run, whole, vocab)
        elif body := body_first(par, s, folded, vocab):  # "o conselheiro da Anatel Marcos X"
            name, folded = name[body:], folded[body:]
        # a Portuguese "Secretaria (Municipal de …)" is a department; "secretária", a title
        department = ctx.language == "pt" and "Secretaria" in run.split()
        # "the State Border Guard Service (of Ukraine)", "Haiti's National Human Rights Defense
        # Network": a service or network by its capitalised name (alone, a noun)
        core = low[s:e].split(" of ", 1)[0].split()
        headed = len(core) > 1 and core[-1] in _BODY_HEADS and all(w[0].isupper() for w in name)
        named_body = (  # not "(el economista del) Banco Mundial Carlos Jaramillo": him
            not body
            and (
                (  # not "den Fund" (a find)
                    not institutions.isdisjoint(words)
                    and not (german and _GERMAN_NOUNS_ALIKE.issuperset(words))
                )
                or (german and any(institution_compound(w, vocab) for w in words))  # Dachverband
                or P.WITHOUT_BORDERS.search(run) is not None  # "Reporters sans frontières"
                or _PORT_BODY.search(run) is not None  # "Port of Antwerp-Bruges", not "Port Said"
                # "Fuerza Armada Nacional Bolivariana", "Bolivarian National Armed Force"
                or (len(words) > 1 and not _FORCE.isdisjoint((words[0], words[-1])))
                or (  # "NATO", "La AEMPS"
                    len(acronym := run.rpartition(" ")[2]) > 1
                    and acronym.isupper()
                    and len(words) <= 2
                    and (len(words) == 1 or vocab.has("definite_articles", words[0]))
                )
                or (  # "the Kremlin", "O Itamaraty" opening a sentence
                    len(words) <= 2
                    and vocab.has("institution_names", words[-1])
                    and (len(words) == 1 or vocab.has("function_words", words[0]))
                )
                or (  # "die IG Metall Küste": an acronym opening a German body's name
                    german
                    and det in GERMAN_DEFINITE
                    and len(words) > 1
                    and 1 < len(opening := run.partition(" ")[0]) <= 5
                    and opening.isupper()
                    and given_names().isdisjoint(words)
                )
            )
            and not (  # not "Foreign Ministry Spokesman Ana Ruiz"
                after_title and len(name) > 1 and ctx.lexicon.single_words.isdisjoint(folded)
            )
            and not (  # not "Marieke de Vries von der Universität Leiden": a person, then where
                len(name) > 1 and P.AFFILIATION.search(run, run.find(name[-1]))
            )
        )
        if named_body and ctx.language == "en" and qualifies(low, e, vocab):
            continue  # "an SBU spokeswoman", "a PDVSA engineer": who speaks, described
        if department or headed or named_body:
            if german and prev and (adjective := _german_adjective(par, low, prev, e)):
                det, s, run = adjective  # "das venezolanische Außenministerium"
                words = low[s:e].split()
            elif ctx.language == "en" and (first := _FIRST_FIELD.search(par, max(0, s - 60), s)):
                s, run = first.start(), par[first.start() : e]  # "the Food and Drug Administration"
                words = low[s:e].split()
            inst = institution(run, words, det, s, e, vocab, german)
            if (
                german
                and par.startswith(inst.value, s)  # not "Hotel- und (Gaststättenverband) Dehoga"
                and (first_part := _TRUNCATED_BEFORE.search(par, max(0, s - 40), s))
            ):
                start = first_part.start()  # "Industrie- und Handelskammer": one body
                inst = inst._replace(start=start, value=par[start:s] + inst.value)
            end = _adjective_end(par, low, e, ctx)  # "Ministerio de Defensa ruso"
            if tail := (P.GERMAN_INST_TAIL if german else P.INST_TAIL).match(par, end):
                end = tail.end()  # "Bundesverband der Deutschen …", "Headquarters for the …"
            if purpose := P.UN_PURPOSE.match(par, end):
                end = purpose.end()  # "… des Nations unies pour les réfugiés"
            if german and (seat := _SEATED_AT.match(par, end)) and german_place(seat.group(1)):
                end = seat.end()  # "Handwerkskammer zu Leipzig": its seat, part of its name
            if (more := end if german else _more_fields(par, end)) > end:
                end = more
            elif not german and P.COMPLEMENT_NEXT.match(low, end):  # "… haïtienne de football"
                end = phrase_end(par, low, end, vocab)[0]
            # where it is: "Finanzministerium in Dresden"; an embassy is always named with its
            # city or country ("Embaixada da Ucrânia em Lisboa agradeceu")
            embassy = P.EMBASSY.match(low, inst.start) and P.IN_PLACE.match(par, end)
            place = embassy.end() if embassy else where_end(par, low, end, vocab)
            if place > end and all(w[:1].isupper() for w in par[end:place].split()[1:]):
                if inst.kind == "ref" and end == e:  # "das Ministerium in Berlin": the one
                    out.append(inst)  # named before, wherever it sits
                    continue
                end = place
            if end > e:  # "La Cancillería venezolana": its own name, not a reference
                value = inst.value + par[e:end]
                if german and inst.kind == "ref" and det in GERMAN_DEFINITE:
                    value = nominative(value, det)  # "(nach Angaben) des Börsenvereins des …"
                inst = inst._replace(end=end, value=value, kind="inst")
            out.append(inst)
            continue
        if det in vocab.roles:  # "general Ricardo Matos"
            roles |= {vocab.roles[det]}
        if not name:
            own = len(words) > 1 and vocab.has("definite_articles", words[0])  # "Der Vorsitzende"
            titled = any(title_key(w, vocab) is not None for w in words)
            if titled and german and prev and (adjective := _german_adjective(par, low, prev, e)):
                article, start, phrase = adjective  # "der ukrainische Energieminister"
                role = next(iter(roles), "")
                out.append(Actor(start, e, "role", role, nominative(phrase, article)))
                continue
            if (own or vocab.has("definite_articles", det)) and titled:
                phrase = run.split(" ", 1)[1] if own else run
                if german and (words[0] if own else det) == "der" and phrase.endswith("e"):
                    phrase += "r"  # der Vorsitzende -> Vorsitzender: nominative without article
                start = s if own else (prev.start(1) if prev else s)
                out.append(Actor(start, e, "role", next(iter(roles), ""), phrase))
            continue
        k = run.find(name[0])  # the word before the name: "In Puerto Ordaz", "der Deutsche …"
        before = fold_word(run[:k].rsplit(None, 1)[-1]) if k > 0 else det
        if k == 0 and prev and before in _ORIGIN:
            holder = P.PREV_WORD.search(low, max(0, prev.start(1) - 30), prev.start(1))
            if (  # "ministro venezolano de …"
                holder
                and title_key(holder.group(1), vocab) is None
                and _adjective_like(holder.group(1), ctx)
            ):
                holder = P.PREV_WORD.search(low, max(0, holder.start(1) - 30), holder.start(1))
            if holder and title_key(holder.group(1), vocab) is not None:
                continue  # "o vereador da Ação Social, Rui Cabrita": his department, not him
            if holder and holder.group(1) in P.SETTLEMENTS:
                continue  # "the village of Mala Tokmachka": a place
        if (  # "the Finnish Border Guard", "l'Amoco Cadiz": people take no article here
            len(name) > 1  # (Portuguese gives them one: "o Lula")
            and before in _THE_WORDS
            and ctx.language in ("en", "es", "fr")
            and not (roles or after_title)
        ):
            value = " ".join(name)  # by its fullest name: "the Finnish Border Guard" before
            value = next((n for n in ctx.names if n.endswith(f" {value}")), value)
            if run.startswith(f"{value} of ", k):  # a body keeps its place, which a person's
                value = run[k:]  # name drops: "the Royal Zoological Society of Scotland"
            if (
                value == run[k:]
                and (more := _more_fields(par, e)) > e
                and _fields_only(low[e:more], vocab)
            ):  # "El Servicio de Registro Civil e Identificación"; not "le Barreau du Québec
                value, e = value + par[e:more], more  # et la Commission …", another body
            out.append(Actor(s + k, e, "inst", value, "inst"))
            continue
        if (
            before in P.LOCATIVE
            or (  # "im Dorf Mala Tokmatschka"; not "o guarda-parque Ramón Guaiquirima"
                before in P.SETTLEMENTS and not (prev and par[prev.start(1) - 1] == "-")
            )
            # "À Bordeaux, un importateur assure"; not "(viagem) à Ucrânia de Rita Gaspar"
            or (
                k == 0
                and par[max(0, s - 2) : s] in ("à ", "À ")
                # "(la victoire est revenue) à Joana Maduro": someone
                and not (len(folded) > 1 and folded[0] in given_names())
            )
            or (
                watched_place(folded, ctx.lexicon.single_words, ctx.lexicon.multiword_places)
                and ctx.known.get(folded[-1]) != " ".join(name)  # "Odessa Marlowe" … "Marlowe"
            )
            or (len(name) == 1 and folded[0] not in ctx.known and before in _ORIGIN)
        ):  # "bombeira de Loures, de 41 anos": where she is from, not who
            continue  # "In Puerto Ordaz Norte, ...": a place
        if (
            (len(name) > 1 or folded[0] not in given_names())  # "Copa-Cogeca, which represents"
            and not (roles or after_title)
            and par.startswith(", which ", e)
        ):
            # "Médecins Sans Frontières, which runs a cholera centre": a body, which no person
            # is; from its first field: "The (Health and) Safety Executive, which …"
            start, value = s + k, " ".join(name)
            if first := _FIRST_FIELD.search(par, max(0, start - 60), start):
                start, value = first.start(), par[first.start() : e]
            out.append(Actor(start, e, "inst", value, "inst"))
            continue
        if ctx.language == "de" and not roles and german_nouns(par, s, run, folded):
            continue  # "in einer Charge Reste": German nouns after an article, not a name
        if (  # "Veio de Valencia com a filha": a verb opening its sentence, then where from
            len(name) > 2  # (not a plural: "Médecins du Monde", "Moradores do Morro")
            and ctx.language != "en"  # "Marijke de Vos rode": English puts no verb first
            and folded[1] in P.PARTICLES
            and folded[0][-1] != "s"
            and folded[0] not in given_names()
            and s + k in ctx.starts[idx]
        ):
            continue
        value = " ".join(name)
        if len(name) == 1:  # "Zelensky" named in full before, "General Ruiz", "Artem, 14,"
            kin = (  # "Su esposa, Yelitza, atiende …": a first name in apposition to kin
                par[s - 2 : s] == ", "
                and par[e : e + 1] == ","
                and (kin_noun := fold_word(par[: s - 2].rpartition(" ")[2])) in P.KIN
            )
            if kin:  # whom "she" or "he" may stand for
                ctx.roles.setdefault(run, set()).add(kin_noun)
            one_of = P.PARTITIVE.search(low, max(0, s - 30), s - 2)
            if (
                P.FIRST_NAME_ONLY.search(low, max(0, s - 30), s)
                or (one_of and one_of.end() == s - 2 and low[s - 2] == ",")
                or (P.AGED.search(low, max(0, s - 30), s) and folded[0] in given_names())
                or (P.SURNAME_WITHHELD.match(low, e) and before not in _ORIGIN_OR_THE)
            ):  # "who gave only her first name, Dasha", "disse uma delas, Mirlande", "die
                # neunjährige Marie": her
                out.append(Actor(s + k, e, "person", value, "given"))
                continue
            # "Artem, 14," is someone; "(un immeuble) de la Croix-Rousse, une enseignante", where
            described = e in aged and not low.endswith(_OF_THE, 0, s)
            if folded[0] not in ctx.known and not (roles or after_title or described or kin):
                after = P.TOKEN.match(low, e)  # not "the Darién jungle"
                place = after is not None and after.group(1) in P.GEOGRAPHY
                # "selon l'Unicef"; not "a précisé la Rwandaise", who is someone
                demonym = (ctx.language == "fr" and folded[0].endswith(NATIONALITY)) or (
                    ctx.language == "en" and folded[0].endswith(_ENGLISH_NATIONALITY)
                )  # "the Norwegian (former world champion)", not "the Kremlin"
                # "(con tres décadas) en el Callao", "(working) in the Fens": where
                located = low.endswith(_IN_THE, 0, s)
                if _after_the(low, s, ctx.language) and not (
                    P.AGE.match(par, e) or place or demonym or located
                ):
                    out.append(Actor(s, e, "inst", run, "inst"))
                elif s in ctx.starts[idx] and _described_as_body(par, low, e, vocab):
                    article, _, rest = run.partition(" ")  # "A CPFL Paulista": all but "A"
                    start = e - len(rest) if rest and fold_word(article) in P.ARTICLES else s
                    out.append(Actor(start, e, "inst", par[start:e], "inst"))
                continue
            value = ctx.known.get(folded[0], value)
            if namesakes := ctx.namesakes.get(folded[0]):  # the one named in this paragraph
                here = max(namesakes, key=lambda n: par.rfind(n, 0, s))
                value = here if par.rfind(here, 0, s) >= 0 else value
        elif german and before in ("der", "das", "dem", "des"):
            value = nominative(value, before)  # der Deutsche Landkreistag
        if len(name) > 1 and fold(value) in country_names():
            continue  # "in der Dominikanischen Republik": a country, whatever its case
        ctx.roles.setdefault(value, set()).update(roles)
        out.append(Actor(s, s + run.rfind(name[-1]) + len(name[-1]), "person", value))
    return out


_ENGLISH_NATIONALITY = ("ian", "ean", "ese", "ish", "ani", "eli")  # not "Haiti"


def _described_as_body(par: str, low: str, end: int, vocab: Vocabulary) -> bool:
    """Whether a name ending at `end` is described right after as a body, between commas: "A
    Transpetro, subsidiária da Petrobras que opera o terminal, informou", "Conviasa, la
    aerolínea de bandera venezolana, aseguró"."""
    if par[end : end + 2] != ", ":
        return False
    noun = P.TOKEN.match(low, end + 1)
    if noun is not None and noun.group(1) in P.ARTICLES:
        noun = P.TOKEN.match(low, noun.end())
    for _ in range(2):  # the noun, or the one after its modifier: "Hidrocapital, the state
        # company that supplies water, said"
        if noun is None or not par[noun.start(1)].islower():
            return False
        if vocab.has("generic_institutions", noun.group(1)) or vocab.has(
            "institutions", noun.group(1)
        ):
            return "," in par[noun.end() : noun.end() + 120]
        noun = P.TOKEN.match(low, noun.end())
    return False


def _genitive_owner(run: str, known: dict[str, str]) -> str | None:
    """The person a German run names in the genitive before a common noun ("Zbindens Uhr":
    Martina Zbinden's watch, not someone called so), when the surname is known."""
    genitive, _, noun = run.partition(" ")
    if genitive[-1:] != "s" or not noun or " " in noun or not common_noun(noun):
        return None
    return known.get(fold_word(genitive[:-1]))


@functools.lru_cache(maxsize=1 << 14)
def _ordinary(word: str, vocab: Vocabulary, german: bool) -> bool:
    """Whether a capitalised word standing alone is neither a title nor an institution's
    (no "Ministry", "Präsident", "Dachverband"): true of most, so it is remembered."""
    return (
        word not in vocab.sets["institution_words"]
        and title_key(word, vocab) is None
        and not (german and institution_compound(word, vocab))  # "dem Bundesverband der …"
    )


@functools.lru_cache(maxsize=8)
def _kind_re(vocab: Vocabulary) -> re.Pattern[str]:
    """Folded: a generic noun of bodies and one word describing it, before a name (the leading
    non-word character lets `re` skip ahead in C, as in word_matcher)."""
    kinds = trie_pattern(vocab.sets["generic_institutions"])
    return re.compile(rf"\W(?P<kind>{kinds}) (?:(?:de|do|da|of) )?(?P<what>[a-z]+) ")


_KIND_ARTICLES = (*_THE, " a ", " o ")  # "a organização", "o sindicato" too
_WHERE = frozenset(["en", "in", "em", "na", "no", "au", "aux", "im"])  # "l'ONG en Haïti"
# prepositions, which no name follows as its description: "l'association sur Instagram"
_PREPOSITIONS = folded_words(
    "sur sous avec par vers chez contre on with by via over under against sobre con por contra "
    "hacia com sem sob pelo pela auf mit bei über unter gegen"
)
_NOT_DESCRIBING = P.CONNECTORS | P.ARTICLES | _WHERE | _PREPOSITIONS


def _more_fields(par: str, end: int) -> int:
    """Where a body's name ends with the fields listed after its first ones ("Ministerio de
    Agricultura, Pesca y Alimentación"), not with countries ("el Ministerio de Agricultura,
    Francia y Alemania"); `end` when none follow."""
    more = P.MORE_FIELDS.match(par, end)
    if more and country_names().isdisjoint(map(fold_word, more.group().split())):
        return more.end()
    return end


def _fields_only(folded: str, vocab: Vocabulary) -> bool:
    """Whether the words listed after a body's name are fields of its work, not another body
    or people ("… e Identificación", not "… y Yokasta Féliz", "… et la Commission")."""
    words = folded.replace(",", " ").split()
    return not any(
        w in given_names() or vocab.has("institutions", w) or vocab.has("generic_institutions", w)
        for w in words
    )


def _kinds_before(par: str, low: str, vocab: Vocabulary) -> dict[int, tuple[int, str]]:
    """Where a name may follow its kind and a word describing it ("la société de nettoyage
    Clairval", "la organización católica Manos Unidas"): name start -> its article's start, and
    the kind."""
    found = {}
    for m in _kind_re(vocab).finditer(low):
        k = m.start("kind")
        article = f" {low[max(0, k - 4) : k]}".endswith(_KIND_ARTICLES)
        what = m.group("what")  # "le groupe des Patriotes": the name follows its article
        lower = par[k if m.group("kind") not in _NGO else m.end("kind") : m.end()].islower()
        if (  # "L'ONG vénézuélienne Foro Penal"; not "L'ONG dit espérer"
            article and lower and what not in _NOT_DESCRIBING and not vocab.verb_re.fullmatch(what)
        ):
            found[m.end()] = low.rfind(" ", 0, k - 1) + 1, m.group("kind")
    return found


# an article, a noun of bodies and what describes it, before a comma: "A empresa estatal
# ferroviária da Ucrânia(, Ukrzaliznytsia,)"
_KIND_DESCRIBED = re.compile(r"(?:^| )(?:the|a|o|la|el|le|l'|die|der|das) (\w+)(?: [\w']+){1,5}$")


def _kind_described(par: str, low: str, comma: int, vocab: Vocabulary) -> bool:
    """Whether a noun of bodies after an article, and lower-case words or a place describing it,
    end right at `comma`."""
    m = _KIND_DESCRIBED.search(low, max(0, comma - 70), comma)
    if m is None or not vocab.has("generic_institutions", m.group(1)):
        return False
    words = par[m.end(1) : comma].split()
    return all(w.islower() or (w[0].isupper() and i == len(words) - 1) for i, w in enumerate(words))


def _spokesperson_before(low: str, pos: int) -> bool:
    """Whether a German spokesperson noun ends right before `pos` ("Sprecherin (der …)")."""
    return low.endswith(("sprecher ", "sprecherin "), max(0, pos - 12), pos)


def _german_adjective(
    par: str, low: str, prev: re.Match[str], e: int
) -> tuple[str, int, str] | None:
    """A German adjective of place between an article and a name ending at `e` ("das
    venezolanische Außenministerium"): the article, where the adjective starts, and the name
    with it. Other adjectives describe ("der kommunale Spitzenverband": one named before)."""
    word = prev.group(1)
    if not (f"{word} ".endswith(_OF_PLACE) and par[prev.start(1)].islower()):
        return None
    article = P.PREV_WORD.search(low, max(0, prev.start(1) - 8), prev.start(1))
    if article is None or article.group(1) not in GERMAN_DEFINITE:
        return None
    return article.group(1), prev.start(1), par[prev.start(1) : e]


def _adjective_end(par: str, low: str, end: int, ctx: Context) -> int:
    """After an institution, the end of the adjectives qualifying it ("Ministerio de Defensa
    ruso", "ministère ukrainien", "Autorité portuaire nationale haïtienne"): a demonym of the
    lexicon, or up to three lower-case adjective-like words right before a reporting verb (or
    an auxiliary and one) or a comma."""
    m = P.TOKEN.match(par, end)
    if m is None or not par[m.start(1)].islower():
        return end
    if low[m.start(1) : m.end(1)] in ctx.lexicon.single_words:
        return m.end()
    if ctx.language == "en":  # its adjectives come before it: "(the Association) has warned"
        return end
    found, proper = end, True  # proper: every word so far ends as only adjectives do
    for i in range(3):  # "Autorité portuaire nationale haïtienne": adjectives follow one another
        if m is None or not par[m.start(1)].islower():
            break
        if not _adjective_like(word := low[m.start(1) : m.end(1)], ctx) or m.group(1)[-1] in "áéó":
            break  # "(la institución) está preparada": a verb stressed on its end
        proper = proper and _ADJECTIVE_ONLY.search(word) is not None
        after = P.TOKEN.match(low, m.end())
        if after is not None and ctx.vocab.has("auxiliaries", after.group(1)):
            after = P.TOKEN.match(low, after.end())  # "(l'Autorité …) a promis"
        verb = after is not None and ctx.vocab.verb_re.fullmatch(after.group(1)) is not None
        stop = low[m.end() : m.end() + 1]  # "(Ministério dos Transportes) russo." ends it too
        # "(la Commission) européenne dans un communiqué": a phrase of how or where follows
        how = i == 0 and after is not None and after.group(1) in _HOW_OR_WHERE
        # "(le Programme) alimentaire mondial.", not "(… de Viajes) rechaza esas cifras."
        if verb or stop == "," or (stop in (".", "") and (i == 0 or proper)) or how:
            found = m.end()
        m = P.TOKEN.match(par, m.end())
    return found


_ADJECTIVE_ONLY = re.compile(r"(?:aire|ale?|ique|ien(?:ne)?|ais(?:e)?|el(?:le)?|eux|euse)s?$")
_HOW_OR_WHERE = frozenset(
    ["dans", "en", "em", "in", "durante", "pendant", "lors", "during", "por", "par", "via"]
)


def _adjective_like(word: str, ctx: Context) -> bool:
    """A folded word that may be an adjective after a noun ("ruso", "ukrainien", "portuaire",
    "nationale"), not a verb, a function word or a time."""
    return (
        (word in ctx.lexicon.single_words or P.ADJECTIVE.search(word) is not None)
        and not ctx.vocab.verb_re.fullmatch(word)
        and not ctx.vocab.has("function_words", word)
        and word not in P.TIMES
    )


def actors_in(idx: int, ctx: Context) -> list[Actor]:
    """Everything that may speak in one paragraph, roles attached, coordinated persons grouped."""
    par, low, vocab = ctx.masked[idx], ctx.folded[idx], ctx.vocab
    hits = list(find_words(vocab.actor_re, " " + low))
    after_role = {e + 1 for _, e, word in hits if vocab.words[word] == "role"} if hits else ()
    found = _run_actors(idx, par, low, ctx, after_role)
    taken = [(a.start, a.end) for a in found]
    backwards = ctx.language not in ("es", "fr", "pt")
    for s, e, word in hits:
        kind = vocab.words[word]
        if kind == "anon":
            if not backwards and _after_a_noun(par, low, s, vocab):
                continue  # "a representação diplomática": an adjective here
            found.append(anonymous(par, low, s, e, backwards, vocab))
        elif kind == "pron":
            found.append(Actor(s, e, "pron", word))
        elif any(a <= s < b for a, b in taken):
            continue
        elif kind == "inst" and backwards and qualifies(low, e, vocab):
            continue  # "a police officer", "the embassy spokesman"
        elif kind == "inst" and low.endswith(_UNDER, max(0, s - 10), s):
            continue  # "sob a direção do maestro X", "sous la présidence de X": led by X
        elif (
            kind == "inst" and par[s].islower() and (owner := _OWNER.search(par, max(0, s - 40), s))
        ):
            found.append(Actor(owner.start(), e, "inst", par[owner.start() : e], "inst"))
        elif (
            kind == "inst"
            and par[s].islower()
            and (
                det := (P.DET_NEXT_EN if ctx.language == "en" else P.DET_NEXT).search(
                    low, max(0, s - 30), s
                )
            )
        ):
            e = _adjective_end(par, low, e, ctx)  # "le ministère ukrainien (de l'Énergie)"
            tail = P.INST_TAIL.match(par, e)  # "le ministère de l’Europe et des Affaires …"
            # a body of some kind, belonging to one named: "la organización de la Iglesia
            # católica" (its own name would be capitalised)
            owned = tail is not None and vocab.has("generic_institutions", word)
            end, own = (tail.end(), not owned) if tail else (e, False)
            if not tail and P.COMPLEMENT_NEXT.match(low, e):
                end, own = phrase_end(par, low, e, vocab)
                end = end if own else e
            if own and P.EMBASSY.match(low, s) and (place := P.IN_PLACE.match(par, end)):
                end = place.end()  # "la embajada de Ucrania en Madrid": with its city
            elif own and ctx.language != "de":  # "le ministère québécois de l'Immigration, de
                end = _more_fields(par, end)  # la Francisation et de l'Intégration"
            s = det.start("mod")  # own name: "le gouvernement de transition"
            found.append(Actor(s, end, "inst" if own else "ref", par[s:end], "inst"))
        elif (
            kind == "role"
            and ctx.language == "en"
            and (office := _ROLE_OFFICE.match(par, e))
            and (det := P.DET_NEXT_EN.search(low, max(0, s - 40), s))
        ):  # "the Caracas mayor's office": a body
            start = det.start("mod")
            found.append(Actor(start, office.end(), "inst", par[start : office.end()], "inst"))
        elif (
            kind == "role"
            and ctx.language == "en"
            and (owner := _COUNTRY_OWNER.search(par, max(0, s - 50), s))
            and par[e : e + 2] not in ("'s", "’s")  # not "Venezuela's attorney general's office"
            and (demonym := _english_demonym(owner.group(1), ctx))
        ):  # "Ukraine's justice minister": the "Ukrainian justice minister"
            phrase = f"{demonym} {owner.group(2)}{par[s:e]}"
            found.append(Actor(owner.start(), e, "role", vocab.roles[word], phrase))
        elif (
            kind == "role"
            and not low.endswith(_AUXILIARY_INFINITIVES, max(0, s - 7), s)
            and not _after_a_document(low, s, vocab)  # "um comunicado enviado": sent
            and (det := P.DET_BEFORE.search(low, max(0, s - 50), s))
        ):
            adj = re.match(r" +(\w+)", low[e : e + 30])  # "le président ukrainien"
            if adj and adj.group(1) in ctx.lexicon.single_words and par[e + adj.start(1)].islower():
                e += adj.end()
            phrase = par[det.start("mod") : e]
            found.append(Actor(det.start(), e, "role", vocab.roles[word], phrase))
    if any(map(low.__contains__, P.PARTITIVE_TAILS)):  # cheap test first: most paragraphs lack them
        found += [Actor(m.start(), m.end(), "part", m.group()) for m in P.PARTITIVE.finditer(low)]
    for m in P.KREISE.finditer(low) if ctx.language in ("de", None) else ():
        s = len(low[: m.start()].rstrip("abcdefghijklmnopqrstuvwxyzß"))
        found.append(anonymous(par, low, s, m.end(), True, vocab))
    found.sort()  # by start, then end
    actors: list[Actor] = []
    for actor in found:
        if not actors or actor.start >= actors[-1].end:
            actors.append(actor)
        elif actor.start == actors[-1].start and actor.end > actors[-1].end:  # the longest
            actors[-1] = actor
    return _merge(par, actors, ctx)


def _after_a_document(low: str, s: int, vocab: Vocabulary) -> bool:
    """Whether a document's noun stands right before `s`, which a participle then follows
    ("num comunicado enviado às redações": sent, no envoy)."""
    prev = P.PREV_WORD.search(low, max(0, s - 30), s)
    return prev is not None and vocab.has("documents", prev.group(1))


def _after_a_noun(par: str, low: str, s: int, vocab: Vocabulary) -> bool:
    """Whether a lower-case noun stands right before `s`, which its adjective then follows
    ("representação diplomática"); not an article or a verb ("dijo un diplomático")."""
    prev = P.PREV_WORD.search(low, max(0, s - 30), s)
    if prev is None or not par[prev.start(1)].isalpha() or not par[prev.start(1)].islower():
        return False
    return body_noun(prev.group(1), vocab)


_ROLE_OFFICE = re.compile(r"['’]s (?:office|department|administration|cabinet)\b")
# a country owning a role: "Ukraine's (deputy economy) minister"
_COUNTRY_OWNER = re.compile(r"(?<![\w-])([A-Z][a-z]+)['’]s +((?:[a-z]+ +){0,3})$")


def _english_demonym(country: str, ctx: Context) -> str | None:
    """The adjective of a watched country, when the lexicon knows it: Ukraine -> Ukrainian,
    Venezuela -> Venezuelan, Haiti -> Haitian."""
    for adjective in (country + "n", country[:-1] + "ian", country + "ian"):
        if fold_word(adjective) in ctx.lexicon.single_words:
            return adjective
    return None


# between two bodies named together: a comma or a conjunction, and a lower-case description
_BODIES_GAP = re.compile(
    r"^(?:\s*,\s*(?:(?P<c1>and|y|e|et|und)\s+)?|\s+(?P<c2>and|y|e|et|und)\s+)"
    r"(?:(?:the|el|la|los|las|le|les|l'|o|a|os|as|der|die|das)\s+(?:[a-zà-ÿ'’-]+\s+){0,4})?$"
)


def _merge(par: str, actors: list[Actor], ctx: Context) -> list[Actor]:
    """Attach roles to the persons they introduce; join coordinated persons into groups
    ("A, B and C"; "A, B" without a conjunction is an apposition and stays two actors)."""
    out: list[Actor] = []
    members: dict[int, list[Actor]] = {}  # group start -> the persons joined
    bodies: set[int] = set()  # the starts of groups of bodies
    role = False  # a role came before
    for actor in actors:
        k, person = len(out) - 1, role and actor.kind == "person"
        role = role or actor.kind == "role"
        while k >= 0 and person and (out[k].kind in ("inst", "ref") or completes(par, out[k])):
            k -= 1  # "El secretario general de la OEA, Albert Ramdin", "der Leiter der X, Y"
        if person and k >= 0 and out[k].kind == "role" and not completes(par, actor):
            gap = par[out[k].end : actor.start]  # "the Canadian Minister of Foreign Affairs, Joly"
            abbreviation = gap.strip() == "."  # "the Rev. Fabienne Joseph"
            punctuation = not abbreviation and re.search(r"[.;:!?()]", gap)
            if len(gap) < 80 and not punctuation and not ctx.vocab.verb_re.search(gap):
                ctx.roles.setdefault(actor.value, set()).add(out[k].value)
                del out[k:]
        prev = out[-1] if out else None
        gap = par[prev.end : actor.start] if prev else ""
        if prev and appositive(par, prev, actor, ctx.vocab):  # "Gil, the minister"
            ctx.roles.setdefault(prev.value, set()).add(actor.value)
        elif prev and (
            (
                prev.kind in ("person", "group")
                and prev.start not in bodies
                and actor.kind == "person"
                and (m := P.GAP.match(gap))
            )
            or (  # signatories that are bodies: "SNTP and the press freedom group IPYS"
                actor.kind == "inst"
                and (prev.kind == "inst" or prev.start in bodies)
                and (m := _BODIES_GAP.match(gap))
            )
        ):
            names, _, conj = prev.value.partition("\x1e")  # "A, B; and the UK Secretary …, C"
            conj = m.group("c1") or m.group("c2") or conj
            out[-1] = Actor(prev.start, actor.end, "group", f"{names}\x1f{actor.value}\x1e{conj}")
            members.setdefault(prev.start, [prev]).append(actor)
            if actor.kind == "inst":
                bodies.add(prev.start)
        else:
            out.append(actor)
    if not members:
        return out
    return [
        m
        for a in out
        for m in (members[a.start] if a.kind == "group" and a.value.endswith("\x1e") else [a])
    ]
