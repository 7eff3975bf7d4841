"""Spans of speakers in a paragraph: names without titles, institutions, sources, descriptions."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import NamedTuple

from monitor import german
from monitor.gazetteers import cities, country_names, family_names, given_names, person_names
from monitor.statements import Patterns as P
from monitor.statements import Vocabulary, fold, fold_word

_german_place = functools.lru_cache(maxsize=1 << 12)(german.place)

__all__ = [
    "GERMAN_DEFINITE",
    "Actor",
    "Name",
    "acronyms",
    "anonymous",
    "appositive",
    "completes",
    "dateline_town",
    "german_nouns",
    "institution",
    "institution_compound",
    "noun_first",
    "phrase_end",
    "placed_role",
    "qualifies",
    "spelled_out",
    "split_name",
    "title_key",
    "watched_place",
    "where_end",
]


class Actor(NamedTuple):
    """Someone or something that may speak, named outside the quotations."""

    start: int
    end: int
    kind: str  # person | group | inst | anon | role | pron | ref | part ("one of them") | unnamed
    value: str  # name, "A\x1fB\x1eand" for groups, phrase, role key, pronoun, ref phrase
    phrase: str = ""  # role: the words naming it; ref: the kind referred to


class Name(NamedTuple):
    """A capitalised run read as a person's name."""

    words: tuple[str, ...]  # the name as written ("Carolina", "Méndez"); () when none
    folded: tuple[str, ...]  # fold_word() of each
    roles: frozenset[str]  # role keys of the titles before it ("minister")
    titled: bool  # a title or a modifier came right before it ("Fourteen-year-old Artem")


@functools.lru_cache(maxsize=1 << 12)
def title_key(low: str, vocab: Vocabulary) -> str | None:
    """Role key of a title word ("" when it names no role), None when `low` is not a title."""
    if low in vocab.roles or vocab.has("titles", low):
        return vocab.roles.get(low, "")
    if low[-1:] == "." and len(low) <= 5:  # abbreviated: "Mr.", "M.", "Gen.", "Sra."
        return title_key(low[:-1], vocab)
    parts = low.split()
    if len(parts) > 1:  # hyphenated: Secretary-General, Vice-President, Ex-Ministerin
        keys = [title_key(part, vocab) for part in parts]
        return next((k for k in keys if k), next((k for k in keys if k is not None), None))
    last = parts[-1] if parts else low
    if last.startswith("ex") and len(last) > 5 and (key := title_key(last[2:], vocab)) is not None:
        return key  # exmandatario, expresidente, Exministerin
    for prefix in ("vice", "sub"):  # viceministro, vicecanciller, subsecretario: a title of
        # its own, not the role (a vice-minister holds no minister's role)
        rest = last[len(prefix) :]
        if last.startswith(prefix) and len(rest) > 4 and title_key(rest, vocab) is not None:
            return ""
    if not last.endswith(vocab.endings):
        return None
    found = (k for s, k in vocab.suffixes if last.endswith(s) and len(last) != len(s) + 1)
    return next(found, None)


def _surname_title(word: str, vocab: Vocabulary) -> bool:
    """A title word that is also a surname when it ends a name: "Sheikh", "Bishop", "Prince"."""
    return (
        vocab.has("titles", word)
        and word not in vocab.roles
        and not vocab.has("institutions", word)
        and not vocab.has("not_names", word)
    )


NATIONALITY = (  # endings of French nationality nouns, and whole ones
    *("ois", "oise", "ais", "aise", "ien", "ienne", "een", "eenne", "ain", "aine"),
    *("and", "ande", "ol", "belge", "suisse", "russe"),
)


def nationality_first(text: str, start: int, folded: Sequence[str], language: str | None) -> bool:
    """Whether a French name run at `start` of `text` opens with a nationality noun, capitalised
    in French and after an article, as no name is: "le Danois Henrik Sørensen", "du Danois …"."""
    return (
        language == "fr"
        and (
            f" {text[max(0, start - 4) : start].lower()}".endswith((" le ", " la ", " du "))
            or text[start : start + 3] in ("Le ", "La ")  # opening a sentence
            # elided, in the run or before it: "L'Haïtien Ricot Désir"
            or text[start : start + 2] in ("L'", "L’")
            or text[max(0, start - 2) : start] in ("L'", "l'", "L’", "l’")
        )
        and len(folded) > 2
        and folded[0].endswith(NATIONALITY)
        and folded[0] not in given_names()
    )


def body_first(text: str, start: int, folded: Sequence[str], vocab: Vocabulary) -> int:
    """How many words of a name run at `start` of `text` name a body after a title's "of",
    before the person's given name: two in "(o conselheiro da) Anatel Marcos Vilela"."""
    names = given_names()
    given = next((k for k, word in enumerate(folded) if word in names), 0)
    if not given:  # most runs: checked first, since this runs on every one
        return 0
    of = _TITLE_OF.search(fold(text[max(0, start - 40) : start]))
    if of is None:
        return 0
    if title_key(of.group(1), vocab) is None and not of.group(1).endswith("ista"):
        return 0  # a title, or a trade in -ista: "a jurista da DECO Madeira (Sofia Freitas)"
    # not a place the body's name ends with: "(presidente da) Junta de Freguesia de Campo de
    # Ourique"
    if given == len(folded) - 1 or not P.CONNECTORS.isdisjoint(folded[given:]):
        return 0
    return given


_TITLE_OF = re.compile(r"(\w+) (?:da|do|de|del|du|of the|of) $")  # folded


def _modifier(token: str) -> bool:
    """A hyphenated modifier that never starts a name: Fourteen-year-old, Kyiv-based."""
    return token.rpartition("-")[2].islower()


@functools.lru_cache(maxsize=1 << 14)
def split_name(run: str, vocab: Vocabulary) -> Name:
    """A capitalised run as a name: titles, openers, acronyms and modifiers before it stripped
    ("U.S. Secretary of State Antony Blinken"), and so is a leading institution or title phrase
    ("Foreign Ministry Spokesperson Ana Ruiz"); places after "of" are cut off."""
    toks = run.split()
    toks[-1] = re.sub(r"['’]s?$", "", toks[-1])
    low = [fold_word(t) for t in toks]
    if low[0] in _PLURAL_ARTICLES:  # "Los Altos de Jalisco", "Les Républicains": no one
        return Name((), (), frozenset(), False)
    if (  # a French participle opening a sentence: "Arrivé d'Haïti en 2010, il …"
        len(toks) > 1
        and toks[0].endswith(("é", "ée", "és", "ées"))
        and toks[1][:2] in ("d'", "d’")
        and low[0] not in given_names()
    ):
        return Name((), (), frozenset(), False)
    roles: set[str] = set()
    titled = False
    i = 0
    if len(toks) > 2 and low[1] in given_names() and vocab.verb_re.fullmatch(low[0]):
        i = 1  # a verb opening its sentence: "Said Carla Jennings, who owns …: “…”"
    elif toks[0][1:2] in ("'", "’") and toks[0][2:3].islower():  # "L'infirmière Sandrine Colas"
        roles.add(title_key(low[0][2:], vocab) or "")
        titled, i = True, 1
    while i < len(toks):
        key = title_key(low[i], vocab)
        nxt = title_key(low[i + 1], vocab) if i + 1 < len(toks) else None
        plain = not vocab.has("function_words", low[i]) and (
            not vocab.has("not_names", low[i]) or low[i] in given_names()  # Marco, not março
        )
        acronym = "." in low[i] or (len(low[i]) > 1 and toks[i].isupper())
        no_title = (
            nxt is None
            or low[i] in given_names()  # "Sandra Hoffmeister": no title
            or (  # "Raju Sheikh": a title word ending the run is a surname
                i + 2 == len(toks)
                and _surname_title(low[i + 1], vocab)
                and not vocab.has("not_in_names", low[i])
            )
        )
        if key is None and no_title and plain and not acronym and not _modifier(toks[i]):
            break
        roles.add(key or "")
        titled = key is not None or _modifier(toks[i])
        i += 1
    if i < len(toks) and toks[i][1:2] in ("'", "’") and toks[i][:1].islower():
        toks[i], low[i] = toks[i][2:], low[i][2:]  # "(Celui) d'Anne Le Gall"
    j = next(
        (
            k
            for k in range(i, len(toks))
            if low[k] in ("of", "for") or (low[k] in ("von", "vom") and k - i >= 2)
        ),
        len(toks),
    )  # "Mia Mottley of Barbados", "Sabine Kreuzer von der Landesbank" (not "Ursula von der")
    while j > i and low[j - 1] in P.PARTICLES:  # "Mia Mottley of Barbados" -> Mia Mottley
        j -= 1
    if j - i >= 3 and toks[j - 1] in _POST_NOMINALS:  # "Catherine Ashdown KC": an honour
        j -= 1
    first = next((k for k in range(i, j) if low[k] in given_names()), i)
    if j - first >= 2 and all(len(low[k]) >= 8 for k in range(i, first)):
        i, titled = first, titled or first > i  # "Zeithistoriker Jens Brockmann": a title
    if j - i >= 3 and toks[i].endswith(("'s", "’s")):  # "Britain's Ellie Harper"
        i, titled = i + 1, True
    for n in (2, 1):  # "(expresidente de) Honduras Ricardo Maduro": a country, then the name
        if j - i - n >= 2 and " ".join(low[i : i + n]) in country_names():
            i, titled = i + n, True
            while j - i > 2 and low[i] in P.PARTICLES:
                i += 1  # "(viagem à) Ucrânia de Rita Gaspar"
            break
    if i < j and low[i] not in given_names():  # a place with its "of", then a given name
        of = next((k for k in range(i + 1, j) if low[k] in P.PARTICLES), j)
        given = next((k for k in range(of + 2, j - 1) if low[k] in given_names()), None)
        # "(del) Valle del Cauca Patricia Holguín"; not "Gobierno de Nicolás Maduro",
        # "Companhia de Desenvolvimento Urbano da Região"
        if given is not None and P.PARTICLES.isdisjoint(low[given - 1 : j]):
            i, titled = given, True
    end = low[j - 1]  # "Raju Sheikh": a title word (no role, no institution) ending the name
    last = j - 1 if j - i >= 2 and _surname_title(end, vocab) else -1  # is a surname
    bad = [
        k
        for k in range(i, j)
        if k != last
        and (
            low[k - 1] not in given_names()
            if title_key(low[k], vocab) is not None
            else vocab.has("not_in_names", low[k]) and low[k] not in given_names()
        )
    ]  # after a given name, a word shaped like a title is a surname ("Sandra Hoffmeister",
    # "Carmen Alcalde"); given names that are also other words stay names (Marco, Julio)
    if bad:  # "Presidência Celso Amorim": the name after the last institution or title word
        k = max(bad) + 1
        named = vocab.has("institutions", low[k - 1]) and P.PARTICLES.intersection(low[k:j])
        if j - k < 2 or low[k] in P.PARTICLES or _NOT_IN_NAMES.intersection(low[k:j]) or named:
            return Name((), (), frozenset(roles - {""}), False)  # "Comisión … de Ayuda al …"
        role = title_key(low[k - 1], vocab)
        roles.add(role or "")
        # "Foreign Ministry Spokesman Ana Ruiz" is titled; "Grupo Azucarero Azcuba" is a name
        i, titled = k, titled or role is not None or low[k] in given_names()
    if j - i == 1 and i > 0 and _INITIALS_RE.fullmatch(toks[i - 1]) and toks[i - 1] != "M.":
        i -= 1  # "manager A.J. Hinch": initials are part of the name; "M. Hinch" is Monsieur
    if i == j or (j - i >= 2 and " ".join(low[i:j]) in cities()) or toks[i].islower():
        return Name((), (), frozenset(roles - {""}), False)  # nor "del Sur" left of a company
    return Name(tuple(toks[i:j]), tuple(low[i:j]), frozenset(roles - {""}), titled)


_INITIALS_RE = re.compile(r"(?:[A-Z]\.){1,3}")
_PLURAL_ARTICLES = frozenset(["los", "las", "les", "os", "as"])
_PARTICIPLE_RE = re.compile(r"(?:ed|ing|ad[oa]s?|id[oa]s?|ée?s?)$")  # posted, ouvidas
# a finite verb in the past ends a description: "fuentes del Ministerio confirmaron",
# "diplomatas europeus acompanharam", "sources ont", "Quellen bestätigten"
# and the imperfect: "(chauffeurs de moto-taxi) attendaient", "esperaban", "esperavam"
_FINITE_RE = re.compile(  # with a Portuguese clitic too: "queixou-se", "disse-lhe"
    r"(?:aron|ieron|eron|aram|eram|iram|iu|ou|ó|ió|èrent|irent|ten|ierte|aient|aban|ían|avam|iam"
    r"|ait|aba|ava)(?:-(?:se|lhe|lhes|me|nos|te))?$"
)


def _words(words: str) -> frozenset[str]:
    return frozenset(words.split())


_NOT_IN_NAMES = _words(
    "al para pour for fur pela pelo y et und and"
)  # words of institutions, never of names
_POST_NOMINALS = _words("KC QC SC MP MEP MSP OBE CBE MBE DBE KBE")  # honours after a name


def folded_words(words: str) -> frozenset[str]:
    return frozenset(fold_word(w) for w in words.split())


_ONE_OR_MORE = P.ONE_OF | P.HOW_MANY  # "(de) uma das", "(mother) of two of the (cellists)"
_PRESENT = folded_words("present presente presentes présent présente présents présentes anwesend")
# adjectives taking a complement: "(a source) close to the family", "(una fuente) cercana a"
_NEAR = folded_words("close familiar cercano cercana cercanos cercanas allegado allegada")
_NEAR_TO = folded_words("to with a al")
_NEAR_AFTER = re.compile(r" +(?:close +to|familiar +with)(?!\w)")  # folded
# participles that describe someone ("camionero jubilado"), as a title does ("naval attaché")
_COMING_FROM = folded_words(
    "originaire originaires originario originaria originarios originarias originário originária "
    "venu venue venus venues vindo vinda vindos vindas venido venida venidos venidas llegado "
    "llegada chegado chegada arrivé arrivée natural natif native nativo nativa"
)
_RETIRED = folded_words(
    "retired jubilado jubilada aposentado aposentada retirado retirada retraité retraitée "
    "retraités retraitées reformado reformada"
)

# after a Spanish or Portuguese complement, a present in the plural ends it too: "(vecinas del
# barrio) acuden", "(panaderas del pueblo) llevan", "(moradores da vila) levam" (no accent:
# not "capitán"), but not the nouns so spelt, nor French adjectives after "de" ("ukrainien",
# "européen", "citoyen")
_PRESENT_PLURAL_RE = re.compile(r"[a-zñç]{2,}(?<![iéy]e)(?:an|en|am)")
_AGE_NOUN = re.compile(rf" +{P.YEARS_OLD}(?!\w)")  # folded: "(de 27) ans"
_IBERIAN_OF = frozenset(["del", "do", "da", "dos", "das"])
_NAMED_NEXT = re.compile(r" +(?:(?:el|la|los|las) +)?[A-ZÀ-Þ]")  # "(ante) la OEA"
_ENVOYS = folded_words(  # roles whose complement is whom they serve: "ambassador to the UN"
    "adviser advisor envoy ambassador representative delegate embajador embajadora enviado "
    "enviada representante delegado delegada embaixador embaixadora"
)
_DETERMINERS = _words("des les la le un une los las el una um uma os as")  # not "a" nor "o"
# before a verb's object: "(la direction du cirque) assume ce choix"
_OBJECT_DETERMINERS = _words("les la le los las el os as ce cet cette ces son sa ses leur leurs")
# participles naming a charge or a trade, which a complement completes ("(un diplomate) chargé
# du dossier", "(un éducateur) spécialisé d'une association")
_OF_A_TRADE = folded_words(
    "chargé chargée encargado encargada encarregado encarregada spécialisé spécialisée"
)
_OBJECT_PRONOUNS = _words("it them him us me")  # English: after a verb, never in a description
_OPENING_MARKS = frozenset('«“"„‹‘')
_NOT_PRESENT = _words(
    "joven orden origen imagen examen crimen volumen margen virgen resumen germen dictamen "
    "certamen polen gravamen abdomen plan pan clan gran desorden islam"
)
# nouns of people by their ending ("instructor", "moniteur", "historian", "lecturer"): a verb
# so ending right after a singular description would need an -s
_AGENT_ENDINGS = ("or", "eur", "ian", "er")
# after a description, these end it: "(présent) à la cérémonie", "(ouvidas) pela reportagem"
_AFTER = _words(  # as written: "à", not "a"
    "at in on by with from para por pelo pela pelos pelas par à au aux en em no na nos nas dans "
    "sur bei mit an am im auf sous under bajo sob unter al aos às ao"
)
_PREPOSITIONS = folded_words(
    " ".join(_AFTER)
    + " to a von vom aus zur zum für über lors durante during pendant tras ante após"
    + " outside inside near behind beside devant derrière delante detrás frente vor hinter neben"
)
_AU = frozenset(["au", "aux"])


_LY_NOUNS = folded_words("family ally assembly rally supply reply monopoly")  # not adverbs


def _content(word: str, vocab: Vocabulary) -> bool:
    """A word that may describe someone (noun or adjective), not a verb or a function word."""
    return not (
        word in _RELATIVES
        or vocab.has("function_words", word)
        or word in _PREPOSITIONS
        or vocab.verb_re.fullmatch(word)
        or vocab.has("auxiliaries", word)  # "(urbanistes proches de l'opposition) ont accueilli"
        or vocab.has("modals", word)  # "(l'Autorité de sûreté nucléaire) doit publier"
        or not word[:1].isalpha()
        or (word.endswith(("ly", "mente")) and word not in _LY_NOUNS)  # adverbs: "tearfully"
        or word.endswith("'")  # elided pronouns: "(le ministre) s'est rendu", "qu'il"
    )


# folded Romance adjectives that come before their noun: "un pequeño supermercado", "(étudiante
# de) quatrième année"
_BEFORE_THE_NOUN = _words(
    "pequeno pequena gran grande nuevo nueva novo nova viejo vieja velho velha antiguo antigua "
    "antigo antiga petit petite grand nouveau nouvel nouvelle vieux vieil vieille ancien "
    "ancienne premiere deuxieme troisieme quatrieme cinquieme sixieme septieme derniere "
    "primer primero primera segundo segunda tercer tercero tercera cuarto cuarta quinto quinta "
    "sexto sexta primeiro primeira terceiro terceira quarto quarta"
)
_ORDINAL = re.compile(r"\d+(?:e|er|ère|re|ème|º|ª|o|a|th|st|nd|rd)")
_NUMBER_AFTER = re.compile(r" \d+\b(?![.,:]\d| ?%)")  # a number naming, not counting


def phrase_end(
    text: str, low: str, pos: int, vocab: Vocabulary, german: bool = False
) -> tuple[int, bool]:
    """Where the words after a noun ending at `pos` stop describing it, and whether they took a
    complement: "(diplomate) européen", "(engenheiro) do setor elétrico", "(porte-parole) de
    Maurel & Prom", "(fontes) do Banco Central da Venezuela", "(cousin) of the photographer";
    not a participle with its agent ("ouvidas pela reportagem"), a relative clause or a verb.
    In German (`german`) a lower-case word describes only the noun after it: "(die Präsidentin
    der Kultusministerkonferenz) verwies auf" ends before the verb, and an adjective takes the
    noun after it: "(ein ehrenamtlicher) Helfer".

    `text` is the paragraph and `low` its fold(); offsets are shared."""
    end, complement, i, noun = pos, False, pos, False  # noun: a lower-case word was taken
    named = False  # the last complement is a capitalised name
    iberian = False  # the last complement's "of" may be Spanish or Portuguese ("del", "da", "de")
    aged = False  # the last complement is an age ("de 68 ans")
    head = text[text.rfind(" ", 0, pos) + 1 : pos]
    # German: a capitalised head is a noun, unless it is a town's adjective ("eine Berliner
    # Studentin")
    head_noun = head[:1].isupper() and not (
        german and head.endswith("er") and _german_place(head[:-2])
    )
    for _ in range(8):
        m = P.TOKEN.match(text, i)
        if m is None:
            break
        s, e = m.span(1)
        word = low[s:e]
        if (
            complement
            and word in P.AND
            and (nxt := P.TOKEN.match(low, e))
            and (nxt.group(1) in P.CONNECTORS)
        ):  # "(Fédération) de la haute couture et de la mode": a second complement
            i = e
            continue
        if named and word in P.AND and (field := P.NAMES.match(text, e + 1)):
            end = i = field.end()  # "(ministro) de Industria y Turismo": a name's second field
            continue
        before = P.PREV_WORD.search(low, max(0, s - 20), s) if word in _NEAR_TO else None
        near = before is not None and before.group(1) in _NEAR  # "close to"
        # "(préposée) aux bénéficiaires", "(adjoint) au maire"; not "au Venezuela" or "au
        # ministère": where they are
        to_whom = (
            word in _AU
            and (t := P.TOKEN.match(low, e)) is not None
            and text[t.start(1)].islower()
            and not vocab.has("institution_words", t.group(1))
        )
        # "(an adviser) to the creditor group", "(representante de Haití) ante la OEA", not
        # "ante el pleno" (where it spoke)
        envoy = (
            word == "to" or (word == "ante" and _NAMED_NEXT.match(text, e))
        ) and not _ENVOYS.isdisjoint(low[max(0, s - 40) : s].split()[-3:])
        # "(oficial) responsável pela estrutura", "(official) responsible for the site"
        charge = word in _FOR and low.endswith(_RESPONSIBLE, max(0, s - 14), s)
        if word in P.CONNECTORS or near or to_whom or envoy or charge:  # a complement: of +
            # (article) + noun
            iberian = word in _IBERIAN_OF or word == "de"
            a = P.TOKEN.match(text, e)
            if a and a.group(1).isdigit() and (age := _AGE_NOUN.match(low, a.end())):
                end = i = age.end()  # "(livreur) de 27 ans", "(filho de uma doente) de 88 anos"
                aged = True
                continue
            if a and low[a.start(1) : a.end(1)] in _ONE_OR_MORE:  # "de uma das fábricas"
                b = P.TOKEN.match(text, a.end())
                if b and low[b.start(1) : b.end(1)] in P.OF_PLURAL:
                    a = P.TOKEN.match(text, b.end())  # the article or the noun: "de una de las"
                elif (
                    b
                    and low[a.start(1) : a.end(1)] in P.HOW_MANY
                    and _content(low[b.start(1) : b.end(1)], vocab)
                ):
                    a = b  # how many of the noun: "(mãe) de três filhos"
            if a and low[a.start(1) : a.end(1)] in P.ARTICLES:
                a = P.TOKEN.match(text, a.end())
            if a and _ORDINAL.fullmatch(a.group(1)):  # "(retraité) du 11e arrondissement"
                a = P.TOKEN.match(text, a.end())
            if a is None:
                break
            if text[a.start(1)].isupper() and (run := P.NAMES.match(text, a.start(1))):
                end = i = run.end()
                named = True
                if number := re.match(r" \d+\b", text[end : end + 6]):  # Delmas 32
                    end = i = end + number.end()
            elif _content(adjective := low[a.start(1) : a.end(1)], vocab):
                end = i = a.end()
                if (  # "(dueña de un) pequeño supermercado"
                    adjective in _BEFORE_THE_NOUN
                    and (noun_next := P.TOKEN.match(text, end))
                    and text[noun_next.start(1)].islower()
                    and _content(noun_next.group(1), vocab)
                ):
                    end = i = noun_next.end()
                if number := _NUMBER_AFTER.match(text, end):  # "(chofer de la) línea 48"
                    end = i = number.end()
                place = P.NAMES.match(text, end + 1) if text[end : end + 1] == " " else None
                if adjective in P.SETTLEMENTS and place:  # "(prefeito) do município Sucre"
                    end = i = place.end()
                    complement = True
                    continue
                noun_after = P.TOKEN.match(text, end)  # German: "des staatlichen Stromversorgers"
                if (  # "(des Ministeriums) für digitale Transformation"
                    (
                        (word in ("des", "der", "eines", "einer") and adjective.endswith(_GENITIVE))
                        or (word == "fur" and adjective.endswith(_ACCUSATIVE))
                    )
                    and noun_after
                    and text[noun_after.start(1)].isupper()
                ):
                    end = i = noun_after.end()
            else:
                break
            complement = True
            continue
        if aged and word not in _COMING_FROM:  # after an age, only a complement or where one
            break  # comes from: "(enseignante retraitée de 68 ans) attend", "(… de 68 ans)
            # originaire de Cumaná"
        nxt = P.TOKEN.match(text, e)
        following = low[nxt.start(1) : nxt.end(1)] if nxt else ""
        titled = title_key(word, vocab) is not None
        if text[s].isupper():  # "a senior Western diplomat": a capitalised adjective
            if german and not noun and not head_noun:  # "(ein ehrenamtlicher) Helfer (der …)":
                end = i = e  # the noun after its adjective
                noun = True
                continue
            if not noun and titled and not (nxt and text[nxt.start(1)].isupper()):
                end = e  # German: "(ein niederländischer) Offizier", the noun after its adjective
                break
            if noun:  # "(la asociación vecinal) Petare Unido": a name closes the description
                end = run.end() if (run := P.NAMES.match(text, s)) else e
                break
            if not (nxt and text[nxt.start(1)].islower() and _content(following, vocab)):
                break
        elif (
            not _content(word, vocab)
            or (
                _PARTICIPLE_RE.search(text[s:e])
                and not titled
                and word not in _RETIRED
                and not (word in _OF_A_TRADE and following in P.CONNECTORS)
            )
            or _FINITE_RE.search(text[s:e])
            or (noun and text[e - 2 : e] == "ía")  # "(una panadera del barrio) repartía", not
            # "(un) policía": after its noun, the imperfect of a verb in -er or -ir
            or word in _PRESENT  # "(un funcionario del Ministerio) presente en el acto"
            or (iberian and _PRESENT_PLURAL_RE.fullmatch(text[s:e]) and word not in _NOT_PRESENT)
            or (german and head_noun and not (nxt and text[nxt.start(1)].isupper()))
            or following in _OBJECT_PRONOUNS  # "(the official) put it simply"
            # after its adjective or name, a verb and its object: "(un diplomate occidental)
            # évoque des discussions", "(la Chambre de commerce de l'Est de Montréal) réclame
            # des compensations"
            or (
                (noun or (named and not P.ADJECTIVE.search(word)))
                and not german
                and following in _DETERMINERS
            )
            or (noun and text[e : e + 3].lstrip(" \u00a0")[:1] in _OPENING_MARKS)  # "(une
            # logisticienne d'une ONG médicale belge) évoque « des palettes … »"
            or (  # "(une mère de famille) montre les piqûres"; not "(une lectora de origen)
                complement  # haitiano le pidió", "(l'Association) vénézuélienne des producteurs"
                and not german
                # its object, or an adverb: "(l'Ordre des pharmaciens) accueille favorablement"
                and (following in _OBJECT_DETERMINERS or following.endswith(("ement", "emente")))
                and not P.ADJECTIVE.search(word)
            )
            or (
                noun
                and nxt
                and text[nxt.start(1) : nxt.end(1)].lower() in _AFTER
                and not titled
                and not word.endswith(_AGENT_ENDINGS)  # "(a ski) instructor from Kharkiv"
            )
        ):
            break
        else:
            noun = True
        end = i = e
    if german and (truncated := _TRUNCATED.match(text, end)):
        end = truncated.end()  # "(des Sächsischen) Städte- und Gemeindetags": the whole name
    return end, complement


_FOR = frozenset(["pelo", "pela", "pelos", "pelas", "por", "for"])
_RESPONSIBLE = ("responsavel ", "responsaveis ", "responsible ", "responsable ")  # folded


_GENITIVE = ("en", "er", "es")  # German adjective endings, folded
_ACCUSATIVE = ("e", "en", "es")
_TRUNCATED = re.compile(r"- (?:und|oder) [A-ZÄÖÜ][\w-]*")
_RELATIVES = folded_words(  # "(dirigente campesino de Tarabuco) cuya comunidad"
    "who whom whose which that que qui quien quienes dont "
    "cuyo cuya cuyos cuyas cujo cuja cujos cujas"
)
_WHERE_END = _RELATIVES | folded_words("der die das den")  # German relatives follow a comma
# after a place: "(eine Studentin) in Maracaibo dem Lokalradio"
_TO_WHOM = folded_words("dem einem")


def where_end(text: str, low: str, pos: int, vocab: Vocabulary) -> int:
    """Where the place or workplace after an unnamed speaker ends ("(a pharmacist) in the Bella
    Vista district", "(an official) at the city utility, who ..."), or `pos` when none follows:
    up to four describing words, then a comma, a full stop or a relative pronoun."""
    end = pos
    for _ in range(2):  # "(un agent de l'office) en poste en Guyane"
        m = P.WHERE.match(low, end)
        if m is None or text[m.start() : m.end()].split()[0] == "a":
            break  # French "a" is "has" ("l'ambassadeur a aussitôt répliqué"); "à" is "at"
        end, taken = m.end(), 0
        where_word = m.group().split()[0]
        # "(eine Besucherin) aus Kiel", not "zeigte"; "(eine Staatssekretärin) im Ministerium"
        german_where = where_word in ("aus", "im")
        while taken < 4 and (t := P.TOKEN.match(text, end)):
            word = low[t.start(1) : t.end(1)]
            if word.endswith("'") and low[t.end() : t.end() + 2] in ("s ", "s,"):
                end, taken = t.end() + 1, taken + 1  # "(an official) at Japan's defence ministry"
                continue
            name_goes_on = (  # "at the University of Missouri"
                taken
                and word in P.CONNECTORS
                and (n := P.TOKEN.match(text, t.end())) is not None
                and text[n.start(1)].isupper()
            )
            if (
                not name_goes_on
                and not text[t.start(1)].isupper()  # a name's words: "in Los Palos Grandes"
                and (
                    word in _WHERE_END
                    or word in _TO_WHOM
                    or not _content(word, vocab)
                    or word in P.TIMES
                )
            ):
                break
            if german_where and not text[t.start(1)].isupper():
                if not taken and word in GERMAN_DEFINITE:  # "aus dem Allgäu"
                    end = t.end()
                    continue
                place = P.TOKEN.match(text, t.end()) if not taken else None
                if (
                    place
                    and text[place.start(1)].isupper()
                    and not german.common_noun(place.group(1))
                ):  # "im rumänischen Galați", not "im staatlichen Fernsehen"
                    end, taken = place.end(), taken + 1
                break
            if not taken and (vocab.has("documents", word) or P.OCCASION.fullmatch(word)):
                return pos  # "(afirmou a Cooxupé) em nota", "en una rueda de prensa": how
            if (  # "im Entwicklungsministerium"; not "im Raum Charkiw", "im Alter"
                not taken
                and where_word == "im"
                and german.common_noun(t.group(1))
                and not institution_compound(word, vocab)
            ):
                return pos
            end, taken = t.end(), taken + 1
        if not taken:
            return pos
        rest = low[end : end + 20].split()
        nxt = rest[0] if rest else ""
        if (
            not nxt
            or nxt[0] in ",.;:!?"
            or nxt in _RELATIVES
            or nxt in _TO_WHOM
            or vocab.verb_re.fullmatch(nxt.rstrip(",.;:!?"))  # "(…) from Plauru said:"
            or (german_where and text[end:].lstrip()[:1].islower())  # "aus Kiel zeigte sich"
        ):
            return end
    return pos


def body_noun(word: str, vocab: Vocabulary) -> bool:
    """A folded noun naming a kind of body: "ministère", "organisation", "legação"."""
    return bool(
        vocab.has("institutions", word)
        or vocab.has("generic_institutions", word)
        or word in vocab.known_as
    )


def institution_compound(word: str, vocab: Vocabulary) -> bool:
    """A German compound headed by an institution: Menschenrechtsorganisation, Dachverband,
    Landeskriminalamt, Schifffahrtsamt (Wiktionary lacks many compounds of Amt; the only other
    long words ending so are "(ins)gesamt"), Schaustellerbund, Gewerkschaftsbund."""
    if len(word) < 9 or vocab.has("institutions", word):
        return False
    head = word.removesuffix("es") if word.endswith("amtes") else word.removesuffix("s")
    if head.endswith("botschaft") and "-" not in head:  # a Video- or Grußbotschaft: a message
        return False
    return (
        head.endswith(vocab.compounds)
        or (head.endswith("amt") and not head.endswith("gesamt"))
        or head.endswith("bund")
    )


def institution(
    run: str, words: list[str], det: str, s: int, e: int, vocab: Vocabulary, german_text: bool
) -> Actor:
    """A capitalised institution without its article, in the nominative ("das Auswärtige Amt"
    -> "Auswärtiges Amt"), by its own name after a German category ("der Dachverband VENRO")."""
    if borders := P.WITHOUT_BORDERS.search(run):  # "(die Hilfsorganisation) Ärzte ohne Grenzen"
        own = run.rfind(" ", 0, borders.start()) + 1
        return Actor(s + own, e, "inst", run[own:], "inst")
    if len(words) == 1:  # "NATO", "the ministry", "der kommunale Spitzenverband"
        generic = vocab.has("institutions", words[0]) and vocab.has("definite_articles", det)
        adjective = det.endswith(("e", "en")) and det not in _GERMAN_INDEFINITE  # "kommunale"
        generic = generic or (
            german_text
            and institution_compound(words[0], vocab)
            and (det in GERMAN_DEFINITE or det in _GERMAN_CONTRACTED or adjective)
        )
        return Actor(s, e, "ref" if generic else "inst", run, "inst")
    # an acronym is no article: "UN Humanitarian Air Service" keeps its "UN"
    while (
        len(words) > 1
        and " " in run
        and vocab.has("function_words", words[0])
        and not (len(lead := run.split(" ", 1)[0]) > 1 and lead.isupper())
    ):
        det, words, s = words[0], words[1:], s + len(run.split(" ", 1)[0]) + 1
        run = run.split(" ", 1)[1]
    first = run.split(" ", 1)[0]
    if " " in run and "-" in first and _modifier(first):  # "the Kyiv-based Action Centre"
        words, s, run = words[first.count("-") + 1 :], s + len(first) + 1, run.split(" ", 1)[1]
    # a German adjective of place before the kind: "(die) venezolanische Kriminalpolizei CICPC"
    skip = 1 if german_text and len(words) > 2 and run[:1].islower() else 0
    before, _, named = run.partition(" ") if skip else ("", "", run)
    first, _, rest = named.partition(" ")
    category = (  # "der Hersteller Sander Geflügel GmbH": a common noun before the name
        german_text and len(words) > 2 and _common_noun(first) and not first.endswith(("e", "es"))
    )
    # a noun, an adjective or a participle goes on with its name: "Verband Deutscher Reeder",
    # "Bundesverband Großhandel", "Bundesverband Praktizierender Tierärzte", and a compound
    # Wiktionary lacks: "Bundesverband Wärmepumpe", "Stiftung Schleswig-Holsteinische Landesmuseen"
    second = rest.split(" ", 1)[0]
    descriptive = german_text and (
        _common_noun(second)
        or (len(second) > 8 and german.compound_noun(second))
        or german.adjectival(second)
        or _GERMAN_PARTICIPLE.fullmatch(second) is not None
    )
    if (
        rest
        and (institution_compound(words[skip], vocab) or category)
        and not descriptive
        and "-" not in first
        and words[skip + 1] not in P.PARTICLES
        # "die Berufsfeuerwehr Regensburg", "das Landgericht München I": its seat, not its name
        and not german.place(_SEAT_NUMBER_RE.sub("", rest))
        # "das Bezirksamt Hamburg-Mitte", "die Hafenbehörde HPA": an authority is named whole
        and not words[skip].endswith(_AUTHORITIES)
    ):
        return Actor(s + len(before) + skip + len(first) + 1, e, "inst", rest, "inst")
    generic = (
        len(words) == 1
        and vocab.has("institutions", words[0])
        and vocab.has("definite_articles", det)
    )
    if german_text and det in GERMAN_DEFINITE:
        run = german.nominative(run, det)
    elif german_text and words[0].endswith("em"):  # "laut Deutschem Kaffeeverband": a dative
        run = german.nominative(run, "dem")
    return Actor(s, e, "ref" if generic else "inst", run, "inst")


_GERMAN_PARTICIPLE = re.compile(r"[A-ZÄÖÜ]\w{3,}end(?:e|er|en|es|em)")  # capitalised in a name
_AUTHORITIES = ("amt", "amts", "amtes", "behorde", "verwaltung")  # folded
_SEAT_NUMBER_RE = re.compile(r" (?:[IVX]+|\d+)$")  # "München I", "Berlin 2"
_AT_RE = re.compile(
    r" +(?:au|aux|ao|no|na|en el|en la|dans le|dans la|a la|a l'|junto al?) *(\w+)"  # fold()ed
)


_BODY_BEFORE = re.compile(r"(?<![\w-])(?!(?:A|An|The) )(?:[A-Z][\w-]* )+(?:of|for|on) (?:the )?$")
_GENITIVE_RE = re.compile(r" +(?:der|des) +[A-ZÄÖÜ][\w-]*")  # "(Kreise) der Bundesregierung"


def anonymous(
    par: str, low: str, start: int, end: int, backwards: bool, vocab: Vocabulary
) -> Actor:
    """An anonymous source widened by its adjectives ("diplomatic sources", "fuentes oficiales");
    "the same sources" and bare "las fuentes" refer back to the sources named before."""
    head = low[start:end]
    for _ in range(3 if backwards else 0):  # English and German adjectives come first
        m = P.LAST_WORD.search(low, max(0, start - 40), start)
        # "a senior UN official": the acronym UN, not the article "un"
        acronym = m is not None and len(m[1]) > 1 and par[m.start(1) : m.end(1)].isupper()
        if not m or (vocab.has("not_source_words", m[1]) and not acronym):
            break
        if vocab.verb_re.fullmatch(m[1]):
            break
        if m[1].endswith(".") and "." not in m[1][:-1]:
            break  # "since last summer. Officials declined": a sentence ends there, not "U.S."
        start = m.start(1)
    # "a Chicago Department of Transportation official": the whole body, over its "of"
    capitalised = backwards and par[start : start + 1].isupper()
    body = _BODY_BEFORE.search(par, max(0, start - 80), start) if capitalised else None
    if body:
        start = body.start()
    before = P.LAST_WORD.search(low, max(0, start - 20), start)
    words = low[start:end].split()
    described = False  # a complement follows: someone new ("la source proche du dossier")
    if not backwards:  # "source proche du dossier", "fontes do Banco Central"
        end, described = phrase_end(par, low, end, vocab)
        name = P.NAMES.search(par, start, end)  # "la diplomate française Hélène Marceau": her
        if name and name.end() == end and fold_word(name.group().split()[0]) in given_names():
            end, described = par.rfind(" ", start, name.start()), False
        at = _AT_RE.match(low, end)  # "source au ministère (des Mines)", "fuente en el ministerio"
        if at and vocab.words.get(at.group(1)) == "inst":
            end = phrase_end(par, low, at.end(), vocab)[0]
    elif _NEAR_AFTER.match(low, end):  # "a source close to the family"
        end, described = phrase_end(par, low, end, vocab)
    elif (after := re.match(r" +([a-z]\w*)", low[end : end + 40])) and par[
        end + after.start(1)
    ].islower():
        word = after.group(1)
        if word[-1] in "sx" and not vocab.has("not_source_words", word):
            end += 0 if vocab.verb_re.fullmatch(word) else after.end()
    phrase = par[start:end]
    prev_word = before.group(1) if before else ""
    # after a definite article, a bare word ("las fuentes") or, in Romance languages, one
    # source with adjectives only ("le diplomate argentin" after his name) is one named before
    refers_back = len(low[start:end].split()) == 1 or not (
        backwards or described or head.endswith("s")
    )
    if any(vocab.has("same", w) for w in [*words, prev_word]) or (
        refers_back and vocab.has("definite_articles", prev_word)
    ):
        return Actor(start, end, "ref", phrase, "anon")
    if "kreise" in head:  # aus diplomatischen Kreisen -> diplomatische Kreise
        phrase = re.sub(r"(?<=[a-zäöü])en\b", "e", phrase)
        whose = _GENITIVE_RE.match(par, end) if head.startswith("kreise") else None
        if whose:  # "aus Kreisen der Stadtverwaltung"
            end, phrase = whose.end(), phrase + par[end : whose.end()]
    opens = start == 0 or par[:start].rstrip()[-1:] in ".!?"
    if phrase.split()[0].istitle() and opens and not body:
        phrase = phrase[0].lower() + phrase[1:]  # "Diplomatic sources said" opens a sentence
    return Actor(start, end, "anon", phrase)


def qualifies(low: str, end: int, vocab: Vocabulary) -> bool:
    """Whether the noun ending at `end` is followed by a title or source it qualifies."""
    m = P.TOKEN.match(low, end)
    word = m.group(1) if m else ""
    return bool(word) and (title_key(word, vocab) is not None or vocab.words.get(word) == "anon")


def completes(par: str, actor: Actor) -> bool:
    """Whether a person-like run completes a noun ("der Geschäftsführer der Leipziger Werke")."""
    return actor.kind == "person" and bool(P.OF.search(par[max(0, actor.start - 6) : actor.start]))


_ACRONYM_RE = re.compile(r"\(([A-Z][A-Za-z]{1,9})\)")
_ELIDED_RE = re.compile(r"^[a-zA-Z]['’]")  # d’Haïti, l’Europe


def _spells(words: list[str], letters: str, skip: frozenset[str] | None = None) -> bool:
    """Whether the initials of `words` spell `letters`, lower-case words skipped at will (or
    only those in `skip`)."""
    if not words:
        return not letters
    w = words[0]
    if letters and fold_word(w[:1]) == letters[0] and _spells(words[1:], letters[1:], skip):
        return True
    skippable = w[:1].islower() and (skip is None or w in skip)
    return skippable and _spells(words[1:], letters, skip)


_SKIPPED_IN_NAMES = folded_words("de des du la le les et of the for and y e da do das dos")


def acronyms(masked: Sequence[str], german_text: bool = False) -> dict[str, str]:
    """Acronyms introduced in parentheses after the full name, "la Police nationale d’Haïti
    (PNH)", "o Alto Comissariado das Nações Unidas para Refugiados (Acnur)": acronym -> name.
    The name is the shortest run of words before the parenthesis, starting capitalised, whose
    initials spell the acronym (function words in lower case may be skipped); in German, in the
    nominative ("der Internationalen Organisation für Migration (IOM)")."""
    found: dict[str, str] = {}
    for par in masked:
        if "(" not in par:
            continue
        for m in _ACRONYM_RE.finditer(par):
            letters = m.group(1).lower()
            words = par[max(0, m.start() - 120) : m.start()].split()
            bare = [_ELIDED_RE.sub("", w) for w in words]
            # where the acronym leaves out a place: "Agence régionale de santé d'Occitanie (ARS)"
            place = 1 if words and words[-1][:2].lower() in ("d'", "d’") else 0
            place = 2 if len(words) > 2 and words[-2] in _PLACE_OF else place
            for k in range(len(words) - 2, max(-1, len(words) - 12), -1):
                if bare[k][:1].isupper() and any(
                    _spells(bare[k : len(bare) - cut], letters) for cut in {0, place}
                ):
                    name = " ".join([bare[k], *words[k + 1 :]]).rstrip(",;:")
                    if german_text and k and words[k - 1] in GERMAN_DEFINITE:
                        name = german.nominative(name, words[k - 1])
                    found.setdefault(m.group(1), name)
                    break
    return found


_PLACE_OF = _words("de of do da del der in en em")
_GERMAN_ARTICLES = _words("der die das den dem des ein eine einen einem einer eines")
_GERMAN_INDEFINITE = _words("ein eine einen einem einer eines")
GERMAN_DEFINITE = _words("der die das den dem des")
_GERMAN_CONTRACTED = _words("beim vom zum zur im am")  # a preposition and "dem" or "der"


def german_nouns(par: str, s: int, run: str, folded: Sequence[str]) -> bool:
    """German: capitalised words after an indefinite article, none of them a given name, are
    nouns ("in einer Charge Reste"), not a person: German names take no article (a definite
    one may open an organisation's name: "der Deutsche Städtetag")."""
    prev = P.PREV_WORD.search(par, max(0, s - 30), s)
    word = prev.group(1) if prev else ""
    return word in _GERMAN_INDEFINITE and not given_names().intersection(folded)


def german_person(
    par: str, s: int, run: str, name: Name, vocab: Vocabulary
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """German: the person's name in a capitalised run (words and folded words), or nothing.
    Every German noun is capitalised like a name, so Wiktionary's nouns tell them apart: common
    nouns before a given name are a title ("Kollege Martin Albrecht"), and a run without a given
    name that ends in one ("Jede Lieferung", "Kieler Techniker") or names a place ("Den Haag")
    is no person. An organisation named after an article keeps its words ("der Deutsche
    Städtetag")."""
    words, low = name.words, name.folded
    if _organisation(par, s, words):
        return words, low
    if noun_first(par, s, run, words, vocab) and not _given_name(low[0]):
        words, low = words[1:], low[1:]  # not "der in Madrid ansässige Javier Lozada"
    # a compound of given names opens a name only ("Marie-Lourdes Augustin"); after one, it
    # is a surname ("Marie-Carmelle Pierre-Louis")
    given = next(
        (k for k, w in enumerate(low) if w in given_names() or (not k and _given_name(w))), None
    )
    if given is not None:
        # "Fischer Jens Kruse", "Kölner Chocolatière Anna Lindner": a given name and a surname
        # end the run, and nobody's name opens with words before the given name
        if given and (all(_noun(w) for w in words[:given]) or len(words) == given + 2):
            words, low = words[given:], low[given:]
        # "Chocolatier Lukas Brenner Edelkakao"; not "Luis Alberto Ruh", a surname after two
        # given names
        while len(words) > 2 and _noun(words[-1]) and low[-2] not in given_names():
            words, low = words[:-1], low[:-1]
        while words[-1].islower():  # "bei Andrea Hofbauer das (Telefon)": no name ends so
            words, low = words[:-1], low[:-1]
        return words, low
    while len(words) > 1 and (_common_noun(words[0]) or words[0].islower()):
        words, low = words[1:], low[1:]  # "mit Ziel China", "Barrel das Land"
    if len(words) > 2 and _noun(words[0]):  # "Chefdirigent Kirill Petrenko"
        words, low = words[1:], low[1:]
    if not words or german.place(" ".join(words)) or _common_noun(words[-1]):
        return (), ()
    return words, low


def _given_name(folded: str) -> bool:
    """A given name, or given names joined by a hyphen ("Marie-Lourdes", folded "marie
    lourdes"), which the census lists may lack."""
    return folded in given_names() or (
        " " in folded and all(part in given_names() for part in folded.split())
    )


def _noun(word: str) -> bool:
    """A German common noun, or a long compound ending in one (Chefdirigent, Edelkakao), that
    is no one's name."""
    return _common_noun(word) or (
        german.compound_noun(word) and fold_word(word) not in person_names()
    )


def _common_noun(word: str) -> bool:
    """A German common noun that is no one's name ("Stadtwerke-Vorstand" by its last part);
    words of three letters are left alone: Lai and Kim are nouns and Asian surnames."""
    last = word.rsplit("-", 1)[-1]
    return len(last) > 3 and german.common_noun(last) and fold_word(last) not in person_names()


def _organisation(par: str, s: int, words: Sequence[str]) -> bool:
    """An adjective and a noun after a definite article: a proper name ("der Deutsche
    Städtetag", "die Haitianische Bischofskonferenz")."""
    if len(words) < 2:
        return False
    prev = P.PREV_WORD.search(par, max(0, s - 30), s)
    article = par[s : par.find(words[0], s)].split() or [prev.group(1) if prev else ""]
    return (
        article[-1].lower() in GERMAN_DEFINITE
        and given_names().isdisjoint(fold_word(w) for w in words)
        and words[0].endswith(("e", "en", "er", "es"))
        and german.compound_noun(words[-1])
    )


def noun_first(par: str, s: int, run: str, name: Sequence[str], vocab: Vocabulary) -> bool:
    """German: a noun opens a run of two or more words after an article or an inflected
    adjective ("die Chirurgin Iryna Melnyk", "der alte Portugiese Leandro Maduro", "die Colonia
    Tovar"): German names take no article, so the word after one is a common noun."""
    if len(name) < 2:
        return False
    k = run.find(name[0])
    inside = run[:k].split()
    prev = P.PREV_WORD.search(par, max(0, s - 30), s)
    word = inside[-1] if inside else (prev.group(1) if prev else "")
    if word.lower() in _GERMAN_ARTICLES:
        return True
    return (
        word.islower()
        and word.endswith(("e", "en"))
        and word.isalpha()
        and not vocab.has("function_words", word)
        and not vocab.verb_re.fullmatch(fold_word(word))  # "berichtete Oksana Melnyk"
        and run.startswith(name[0])
    )


# folded: the town an unnamed official serves, left unnamed ("la presidenta de la asociación
# de arrendadores de la ciudad")
_THE_TOWN = re.compile(
    r" (?:of the (?:city|town)|de la (?:ciudad|ville|commune)|del municipio|da cidade"
    r"|do municipio|der (?:stadt|gemeinde))$"
)
# the mayor, not one of the deputies ("Mobilitätsbürgermeister")
_MAYORS = frozenset(
    [
        "presidente da camara",
        "presidente da camara municipal",
        "ortsburgermeister",
        "oberburgermeister",
    ]
)
_DATELINE_TOWN = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ'’ -]*[A-ZÀ-Þ](?= *[,(—–])(?=[^—–\n]{0,60}[—–])")
_LOWER_IN_TOWNS = folded_words("au aux de des du la le les sur do da dos das del el en")


def dateline_town(paragraphs: Sequence[str]) -> str | None:
    """The town an article is datelined in, as its body writes it, or else in title case
    ("HAYTI, Missouri, July 8 —" -> "Hayti", "PORT-AU-PRINCE —" -> "Port-au-Prince")."""
    town = _DATELINE_TOWN.match(paragraphs[0]) if paragraphs else None
    if town is None:
        return None
    key = re.compile(rf"(?<!\w){re.escape(fold(town.group()))}(?!\w)")
    for par in paragraphs:
        for found in key.finditer(fold(par)):
            written = par[found.start() : found.end()]
            if not written.isupper():
                return written
    words = re.split(r"([ -])", town.group().lower())
    return "".join(w if w in _LOWER_IN_TOWNS and i else w.capitalize() for i, w in enumerate(words))


def placed_role(phrase: str, town: str | None, language: str | None, vocab: Vocabulary) -> str:
    """An unnamed local official by the town of the dateline: "the mayor" -> "mayor of Hayti",
    "(el) notario de la ciudad" -> "notario de Maracaibo" (what an alert read alone needs)."""
    if town is None:
        return phrase
    low = fold(phrase)
    of = {"en": "of", "de": "von"}.get(language or "", "de")
    if of == "de" and language == "fr" and fold(town)[0] in "aeiouy":
        of = "d'"
    join = "" if of.endswith("'") else " "
    if the_town := _THE_TOWN.search(low):
        return f"{phrase[: the_town.start()]} {of}{join}{town}"
    words = low.split()
    placed = len(words) == 2 and phrase[:1].isupper()  # "Krimmler Bürgermeister": a town's own
    if low in _MAYORS or (len(words) <= 2 and vocab.roles.get(words[-1]) == "mayor" and not placed):
        return f"{phrase} {of}{join}{town}"
    return phrase


def spelled_out(value: str, found: dict[str, str]) -> str | None:
    """The fullest form of `value` among `found` acronyms: "PNH" -> "Police nationale d’Haïti",
    "Alto Comissariado das Nações Unidas" -> "... das Nações Unidas para Refugiados"."""
    if not found:
        return None
    return found.get(value) or next((f for f in found.values() if f.startswith(value + " ")), None)


def initials_of(acronym: str, masked: Sequence[str]) -> str | None:
    """A name written out earlier whose initials spell `acronym`, introduced without
    parentheses: "the FSAI" after "the Food Safety Authority of Ireland"."""
    letters = acronym.lower()
    for par in masked:
        for clause in re.split(r"[,;:.()«»“”\"„]", par):
            written = clause.split()
            words = [_ELIDED_RE.sub("", w) for w in written]
            for k, first in enumerate(words):  # from a capitalised word, the shortest spelling
                if first[:1] != acronym[0]:
                    continue
                for end in range(k + len(letters), min(len(words), k + 12) + 1):
                    if words[end - 1][:1].isupper() and _spells(words[k:end], letters):
                        return " ".join(words[k:end])
                    # in sentence case, every word but a function word has its initial:
                    # "la DGA" after "la Direction générale de l’armement"
                    if _spells(words[k:end], letters, skip=_SKIPPED_IN_NAMES):
                        return " ".join(written[k:end])
    return None


def appositive(par: str, person: Actor, role: Actor, vocab: Vocabulary) -> bool:
    """Whether `role` right after `person` describes them ("Gil, the minister"), not a new
    subject with its verb ("junto al canciller Gil, el mandatario insistió")."""
    return (
        person.kind == "person"
        and role.kind == "role"
        and par[person.end : role.start].strip() == ","
        and not vocab.verb_re.match(fold(par[role.end + 1 : role.end + 30]))
    )


def watched_place(
    folded: Sequence[str], watched: frozenset[str], named: frozenset[str] = frozenset()
) -> bool:
    """Whether the words of a capitalised run name a watched place or country (`watched`: the
    lexicon's one-word terms; `named`: its terms of several words, "Puerto Ordaz") rather than a
    person who only bears such a name: "Odessa Grant", "Rogelio Venezuela" and "Rosario
    Venezuela Ortiz" are people, by the census lists."""
    if " ".join(folded) in named:
        return True
    if watched.isdisjoint(folded):
        return False
    first, last = folded[0], folded[-1]
    if first not in watched and first in given_names():
        return False  # "Rogelio Venezuela", "Rosario Venezuela Ortiz"
    return not (len(folded) == 2 and first in watched and last in family_names())
