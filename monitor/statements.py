"""Find direct quotations of six or more words in articles and attribute them to their speakers."""

from __future__ import annotations

import functools
import logging
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from monitor.classify import Lexicon

LOGGER = logging.getLogger(__name__)

MIN_WORDS = 6
SPACES = " \u00a0\u202f\t"
# opening mark -> the marks that may close it: “…” ‘…’ "…" «…» »…« ‹…› „…“ ‚…‘
PAIRS = {"“": "”", "„": "“”", "«": "»", "»": "«", "‹": "›", "›": "‹", "‘": "’", "‚": "‘’", '"': '"'}
_OPEN_RE = re.compile("[" + re.escape("".join(PAIRS)) + "]")
_SCAN_RES = {o: re.compile("[" + re.escape("".join({o, *c})) + "]") for o, c in PAIRS.items()}
Hits = Sequence[tuple[int, int, str]]  # (start, end, topic) of the topic mentions in a text


@dataclass(frozen=True)
class Statement:
    """A direct quotation: who said it, its text, the watched topics it concerns."""

    speaker: str | None
    text: str
    topics: tuple[str, ...]
    position: int  # 0-based order in the article


class Quote(NamedTuple):
    """A quotation: first character at `par`/`start`, closing mark at `last_par`/`end`."""

    par: int
    start: int
    last_par: int
    end: int
    text: str


# ---------------------------------------------------------------- text utilities
class _FoldTable(dict[int, str]):
    """str.translate table: lower case, no accents, one character in for one out."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        if ch in "-‐‑‒–—―\u00ad" or (ch.isspace() and ch != "\n"):
            out = " "
        elif ch in "’ʼ‘`´′":
            out = "'"
        else:
            low = ch.lower() if len(ch.lower()) == 1 else ch
            base = unicodedata.normalize("NFD", low)[0]
            out = low if unicodedata.combining(base) else base
        self[code] = out
        return out


_FOLD = _FoldTable()
_NON_ASCII_RE = re.compile(r"[^\x00-\x7f]+")


@functools.lru_cache(maxsize=1 << 16)
def _fold_run(run: str) -> str:
    return run.translate(_FOLD)


def fold(text: str) -> str:
    """Lower-case, accent-free copy of `text` of the same length (offsets carry over);
    hyphens and spaces become one space each, typographic apostrophes become '."""
    low = text.lower()
    if len(low) != len(text):
        return text.translate(_FOLD)
    low = low.replace("-", " ").replace("\t", " ").replace("\r", " ")
    return low if low.isascii() else _NON_ASCII_RE.sub(lambda m: _fold_run(m.group()), low)


fold_word = functools.lru_cache(maxsize=1 << 16)(fold)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def trie_pattern(keys: Iterable[str]) -> str:
    """One regex alternation for many folded keys, factored as a character trie (fast in `re`).

    A space in a key matches any run of spaces; a trailing `*` accepts any word ending.
    """
    root: dict[str, Any] = {}
    for key in keys:
        node = root
        for ch in key.rstrip("*"):
            node = node.setdefault(ch, {})
        node["*" if key.endswith("*") else ""] = {}
    return _emit(root)


def _emit(node: dict[str, Any]) -> str:
    alts = [(" +" if c == " " else re.escape(c)) + _emit(node[c]) for c in sorted(node) if c]
    alts = [a for a in alts if not a.startswith("\\*")]
    if "*" in node:
        return "(?:" + "|".join([*alts, r"\w*"]) + ")"
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return "(?:" + body + ")?" if "" in node else body


def word_matcher(keys: Iterable[str]) -> re.Pattern[str]:
    r"""Matcher of the folded `keys` as whole words, for find_words().

    It matches the non-word character before the word too: a pattern that opens with a
    character class lets `re` skip to the next candidate in C, where a `(?<!\w)` look-behind
    makes it try the whole alternation at every position (measured: the term scan 0.17 ->
    0.15 ms an article, the actor scan 0.166 -> 0.130)."""
    return re.compile(r"\W" + trie_pattern(keys) + r"(?!\w)")


def find_words(matcher: re.Pattern[str], padded: str) -> Iterator[tuple[int, int, str]]:
    r"""(start, end, folded text) of each word found by a word_matcher() in `padded`, a text
    led by one separator character; offsets are those in the text without it. The same
    matches as finditer() of `(?<!\w)keys(?!\w)` on that text."""
    pos = 0
    while (m := matcher.search(padded, pos)) is not None:
        yield m.start(), m.end() - 1, m.group()[1:]
        pos = m.end() - 1  # a word ending in "." ("ave.") is itself the next one's separator


_DATELINE_RE = re.compile(  # "KYIV, Nov 14 — ", "BERLIN (dpa) – ", "PENHA (SC), 9 de dezembro — "
    r"[A-ZÀ-Þ]{2}[A-ZÀ-Þ .'’/-]*(?: ?\([^)]{1,20}\))?(?:,[^—–\n]{1,40}?)? ?(?:\([^)]{1,20}\) ?)?"
    r"[—–-] +(?=\S)"
)
_SENT_END_RE = re.compile(r"[.!?]+[\"”»’)]*\s+")
_ABBREVIATIONS = _words("mr mrs ms dr sr sra st gen col lt sgt capt prof jr no nr av vs")


def dateline_end(text: str) -> int:
    """Where the dateline opening a paragraph ("PARIS, 15 mai — ") ends; 0 when there is none."""
    dateline = _DATELINE_RE.match(text)
    return dateline.end() if dateline else 0


def sentence_starts(text: str) -> list[int]:
    """Start offsets of the sentences of a paragraph (0 first); skips abbreviations and initials.
    A dateline stands apart: the first sentence starts after it."""
    dateline = dateline_end(text)
    starts = [0, dateline] if dateline else [0]
    for m in _SENT_END_RE.finditer(text, dateline):
        before = text[max(0, m.start() - 12) : m.start()].rsplit(None, 1)
        token = before[-1] if before else ""
        if (len(token) == 1 and token.isupper()) or "." in token or token.lower() in _ABBREVIATIONS:
            continue  # an initial, "U.S." or "Mr."
        if m.end() < len(text):
            starts.append(m.end())
    return starts


# ---------------------------------------------------------------- quotations
_NOT_A_WORD_RE = re.compile(r"(?<!\S)[^\w\s]+(?!\S)")


def count_words(text: str) -> int:
    """Whitespace-separated tokens that contain a letter or digit."""
    return len(text.split()) - len(_NOT_A_WORD_RE.findall(text))


def _close(par: str, i: int, opener: str) -> int:
    """Index of the mark closing the opener at `i`, or -1 when the paragraph leaves it open."""
    closers = PAIRS[opener]
    depth = 0
    for m in _SCAN_RES[opener].finditer(par, i + 1):
        ch, j = m.group(), m.start()
        if ch in closers:
            if ch == "’" and par[j + 1 : j + 2].isalpha():
                continue  # an apostrophe, not a closing mark
            if depth == 0 or opener in closers:
                return j
            depth -= 1
        elif ch == opener:
            depth += 1
    return -1


def _spans(par: str) -> list[tuple[int, int, bool]]:
    """Top-level quoted spans of one paragraph: (content start, content end, closed)."""
    out: list[tuple[int, int, bool]] = []
    pos = 0
    while (m := _OPEN_RE.search(par, pos)) is not None:
        i, ch = m.start(), m.group()
        if ch == "‘" and i > 0 and par[i - 1].isalpha():
            pos = i + 1
            continue
        j = _close(par, i, ch)
        out.append((i + 1, len(par) if j < 0 else j, j >= 0))
        if j < 0:
            break
        pos = j + 1
    return out


def find_quotes(paragraphs: Sequence[str]) -> list[Quote]:
    """All top-level quotations; one left open and reopened by the next paragraph is joined."""
    quotes: list[Quote] = []
    carry: Quote | None = None
    for idx, par in enumerate(paragraphs):
        spans = _spans(par)
        if carry is not None:
            if spans and spans[0][0] == len(par) - len(par.lstrip()) + 1:
                s, e, closed = spans.pop(0)
                text = carry.text + " " + par[s:e].strip(SPACES)
                carry = carry._replace(last_par=idx, end=e, text=text)
                if not closed:
                    continue
            quotes.append(carry)
            carry = None
        for s, e, closed in spans:
            quote = Quote(idx, s, idx, e, par[s:e].strip(SPACES))
            if closed:
                quotes.append(quote)
            else:
                carry = quote
    return [*quotes, carry] if carry is not None else quotes


# ---------------------------------------------------------------- attribution vocabulary
_LEAD = r"^[\s,.;!?']*"
_UPPER = re.escape("".join(sorted({c for c in map(chr, range(0x41, 0x530)) if c.isupper()})))
_HONORIFIC = r"(?:Mr|Mrs|Ms|Dr|Dra|Sr|Sra|Srta|M|Mme|Mlle|Prof)\.(?=[ \u00a0]+[A-ZÀ-Þ])"  # Mr. Li
_WHEN = (
    "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April"
    "|May|June|July|August|September|October|November|December)"
)
# a plural possessive inside a name too: "the Caregivers' Action Centre", "Workers' Party"
_CAPW = (
    rf"(?:{_HONORIFIC}|[{_UPPER}](?:\.(?:[{_UPPER}]\.)+"
    rf"|[\w'’-]*\w(?:(?<=s)['’](?=[ \u00a0]+[{_UPPER}]))?)?)"
)
_PARTICLES = (
    "van der|van den|von der|de la|de los|de las|de|del|da|do|dos|das|van|di|du|al|bin|of|for"
    "|para los|para las|para el|para la|para|pour les|pour la|pour le|pour"  # Oficina … para los
    "|por los|por las|por el|por la|por|pelos|pelas|pelo|pela"  # "Médicos por la Salud"
)
_DET = r"(?:(?<!\w)(?:the|el|la|le|les|o|a|der|die|das|dem|den|its|his|her|su|sa|son|seu|sua) +|l')"


_ABBR = "|".join(  # a title's period ends no sentence: "said Dr. Ana Ruiz" (on fold()ed text)
    rf"(?<=\b{t})\."
    for t in (
        *("dr", "dra", "dre", "mr", "mrs", "ms", "sr", "sra", "srta", "m", "mme", "mlle"),
        *("prof", "rev", "mgr", "ald"),
        *("gen", "col", "capt", "lt", "sgt", "sen", "gov", "rep"),
    )
)
# "Quai d’Orsay", "Maha al-Kindi"
_RUN = rf"{_CAPW}(?:[ \u00a0]+(?:(?:{_PARTICLES})[ \u00a0]+|d['’]|[ae]l-)*{_CAPW})*"


# the bodies "without borders", written with a lower-case "without": "Reporters sans
# frontières", "Ärzte ohne Grenzen", "Médicos sin Fronteras"
_WITHOUT_BORDERS = (  # "Médecins sans frontières", "Vétérinaires Sans Frontières"
    r"(?:[ \u00a0]+(?:[Ss]ans|[Ss]in|[Ss]em|ohne|[Ww]ithout)[ \u00a0]+"
    r"(?:[Ff]rontières|[Ff]ronteras|[Ff]ronteiras|Grenzen|[Bb]orders))"
)


_MOD = r"(?:\w+|(?:\w\.)+)"


_WEEKDAYS = (  # folded
    "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miercoles|jueves|viernes"
    "|sabado|domingo|segunda feira|terca feira|quarta feira|quinta feira|sexta feira|montag"
    "|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|thursday"
    "|friday|saturday|sunday"
)


# numbers counting people before a plural ("trois ouvriers", "duas costureiras"), outside
# German, which counts its own way
_COUNTS = (
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen twenty "
    "deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze vingt "
    "dos tres cuatro cinco seis siete ocho nueve diez doce trece catorce quince veinte "
    "dois duas três quatro sete oito nove dez doze treze catorze vinte"
)


# "the others" before a plural ("los otros nueve conductores", "three other hygienists")
_OTHERS = "other|otros|otras|autres|outros|outras"


class Patterns:
    """Language patterns, the same for every lexicon, used to find and attribute speakers."""

    BOTH = re.compile(r"[\s,]*(?:both|ambos|ambas|les deux|os dois|as duas|beide)(?!\w)")
    PARTICLES = frozenset(_PARTICLES.replace(" ", "|").split("|"))
    # "Maurel & Prom", "Convention & Visitors Bureau": one name
    NAMES = re.compile(rf"{_RUN}(?:[ \u00a0]*&[ \u00a0]*{_RUN})*{_WITHOUT_BORDERS}?")
    WITHOUT_BORDERS = re.compile(_WITHOUT_BORDERS)
    # the look-ahead changes no match: it lets `re` skip in C to the next capital (finditer
    # over a paragraph 30 % faster)
    RUN = re.compile(rf"(?=[{_UPPER}]){NAMES.pattern}")
    QUOTE_MARK = _OPEN_RE
    TOKEN = re.compile(r"[ \u00a0]*([\w&]+(?:-\w+)*['’]?)")  # porte-parole, l', d'
    COMPLEMENT = re.compile(  # on fold()ed text: "ministre haïtien de l'Éducation nationale"
        r"(?<!\w)(?:(?:of|for|de|del|du|des|da|do|dos|das|eines|einer|der|von|vom)(?!\w)|d')"
    )
    COMPLEMENT_NEXT = re.compile(  # the same within the next words: "(ministre) française de"
        r"(?: +\w+){0,2}? +(?:(?:of|for|de|del|du|des|da|do|dos|das|eines|einer|der|von)(?!\w)|d')"
    )
    # between coordinated people: ", the EU High Representative, " / " of Haiti and "
    GAP = re.compile(
        rf"^(?:\s+(?:of|from|de|du|da|do|von|aus)\s+{_CAPW}(?:\s+{_CAPW})*)?\s*(?:[,;]\s*"
        r"(?:(?P<c1>and|y|e|et|und|as well as|así como|ainsi que)\s+)?|(?P<c2>and|y|e|et|und)\s+)"
        r"(?:(?:the|el|la|le|o|a|der|die|its|his|her)\s+[^,;.()]{0,90}?,\s*)?$"
    )
    # modifiers between an article and a noun: words or initials ("U.S."), never a word that
    # ends a sentence ("la acusación. El ministro")
    DET_BEFORE = re.compile(rf"{_DET}(?P<mod>(?:{_MOD} +){{0,3}})$")
    DET_NEXT = re.compile(rf"{_DET}(?P<mod>(?:{_MOD} +)?)$")
    # English stacks modifiers before a noun: "the Ukrainian energy ministry"
    DET_NEXT_EN = re.compile(rf"(?<!\w)(?:the|its|his|her) +(?P<mod>(?:{_MOD} +){{0,2}})$")
    DESCRIPTOR = re.compile(  # "una estudiante de Derecho", "die Schwester eines der Inhaftierten"
        r"[\s,]*(?P<det>the|el|la|los|las|le|les|l'|o|a|os|as|der|die|das|den|dem|ein|eine|einer|eines"
        r"|un|una|uno|une|um|uma|an|one|his|her|its|their|su|son|sa|seu|sua|sein|seine|ihr|ihre"
        r"|another|otra|otro|autre|outra|outro|this|cette|cet|ce|esta|este|essa|esse|diese|dieser)"
        r"(?:(?<=')|(?!\w))(?: +(?:autre|otra|otro|outra|outro))? *(?P<np>(?:[\w-]+'? *){1,6})"
    )  # "une autre vendeuse" is a "vendeuse"
    TIMES = _words(  # nouns of time that head no description of a speaker: "a week later"
        "year week day month hour moment time decade ano semana dia mes hora momento vez "
        "annee semaine jour mois heure fois jahr woche tag monat stunde mal"
    )
    OPENING_PREPOSITIONS = _words(  # folded: "During a forum held by X, Y said"
        "during durante lors pendant after before tras despues antes apres avant nach vor "
        "wahrend bei at in on en em au ao na no depois devant diante outside frente ante vor "
        "fuera dentro delante cerca inside near fora perto pres hors "  # "Fuera del hotel, X …"
        "dans sur sous chez "  # "Sur les trottoirs voisins, trois couturières …"
        "cote du del do desde depuis from "  # "Côté colombien, un douanier …", "Del lado …"
        "preguntado preguntada perguntado perguntada questionado questionada interroge "
        "interrogee gefragt consultado consultada asked"  # "Preguntada por …, la ministra"
        " joint jointe contacte contactee contactado contactada contacted reached"  # "Joint par"
    )
    # folded, right before a name: someone who gave one of their names only
    FIRST_NAME_ONLY = re.compile(
        r"(?:first name|surname|last name|son prenom|son nom|su nombre(?: de pila)?|su apellido"
        r"|o (?:seu )?(?:primeiro nome|sobrenome|apelido)|(?:ihren|seinen) (?:vor|nach)namen),? $"
    )
    GERMAN_DEFINITE_OF = re.compile(r" (?:des|der|vom|von der|von dem) ")  # "(Sprecher) des …"
    # folded, right after a first name: someone who keeps their surname back ("Walentyna, die
    # ihren Nachnamen nicht nennen möchte", "Oksana, moradora do sexto andar, que não quis dar
    # o apelido")
    SURNAME_WITHHELD = re.compile(
        r"(?:, [^,.]{1,40})?, (?:who|que|qui|die|der) [^,.]{0,50}(?:surname|last name"
        r"|family name|apellido|nom de famille|son nom|sobrenome|apelido|nachnamen|familiennamen)"
    )
    YEARS_OLD = "(?:anos|ans|years)"  # folded: an age after its number ("de 27 ans")
    AGED = re.compile(r"(?:die|der|dem|den) (?:\d+ ?|[a-z]+)jahrige[nr]? $")  # "die neunjährige"
    GEOGRAPHY = _words(  # folded: after a name, what makes it a place ("the Darién jungle")
        "jungle forest river valley mountains desert coast gap strait sea lake bay delta plain "
        "plains highlands border frontier island islands peninsula"
    )
    # folded nouns of kin, by gender: "Su esposa, Yelitza, atiende …"
    KIN_FEMALE = _words(
        "mother wife daughter sister madre esposa hija hermana mere femme fille soeur mae filha "
        "irma mutter frau tochter schwester"
    )
    KIN_MALE = _words(
        "father husband son brother padre esposo marido hijo hermano pere mari fils frere pai "
        "filho irmao vater mann sohn bruder"
    )
    KIN = KIN_FEMALE | KIN_MALE
    OTHERS = _OTHERS
    AND = _words("and et y e und")
    ANY_AND = "(?:" + "|".join(sorted(AND)) + ")"  # the same, for a regex
    HOW_MANY = _words(  # folded: before a plural, how many ("duas costureiras")
        fold(_COUNTS) + " some several plusieurs varios varias algunos algunas alguns algumas "
        "zwei drei vier funf sechs sieben acht neun zehn elf zwolf zwanzig einige mehrere"
    )
    LOCATIVE = _words("in at from em en no na nos nas num numa dans au aux im bei aus desde")
    SETTLEMENTS = _words(  # "the village of (Mala Tokmachka)": a place, not a person
        "village town city district municipality aldea pueblo ciudad localidad municipio ville "
        "commune bourg cidade vila aldeia município localidade dorf stadt gemeinde ortschaft "
        "stadtteil ortsteil viertel bezirk neighbourhood neighborhood "
        "estado "  # "(la gobernación) del estado Zulia"
        # buildings and streets named after people: "en el aeropuerto Santiago Mariño"
        "airport aeropuerto aeroport aeroporto stadium estadio stade estadio hospital hopital "
        "teatro theatre avenida calle rua rue avenue plaza praca puente pont ponte parque parc "
        "barrio bairro quartier liceo lycee colegio escuela ecole escola museo musee museu sala "
        "salle iglesia eglise igreja catedral cathedrale hotel carcel prision prison presidio "
        "mercado marche estacion gare estacao terminal cite"  # "em Cité Soleil"
    )
    POSSESSIVE = re.compile(  # Portuguese with its article: "o seu presidente"
        r"[\s,]*(?:(?:o|a) (?=seu |sua ))?"
        r"(?:his|her|its|their|su|sa|son|seu|sua|sein|seine|ihr|ihre) "
    )
    DEFINITE_BEFORE = re.compile(r"(?<!\w)(?:the|el|la|le|l'|o|a|der|die) ?$")  # folded
    INDEFINITE = re.compile(  # folded; "another" too: "se queja otra trabajadora"
        r"[\s,]*(a|an|one|un|una|une|um|uma|ein|eine|einer|another|otra|otro|autre|outra|outro) "
    )
    # someone new, described through someone indefinite: "the sister of one of the victims",
    # "la mère de l'un des détenus", "die Mutter eines inhaftierten Studenten" (folded)
    SOMEONE_OF = re.compile(
        r"[\s,]*(?:the|el|la|le|l'|o|a|der|die|das) ?(?P<noun>[\w-]+) +"
        r"(?:of (?:a|an|one)|de (?:un|una|uno|une|um|uma|l'un|l'une)|d'un|d'une|eines|einer)\b"
    )
    # how long, in a German description: "(Mutter eines) seit 2024 (inhaftierten Studenten)"
    SINCE = re.compile(r" seit (?:\d+|\w+ (?:Jahren|Monaten|Wochen|Tagen))(?= )")
    CLAUSE_END = re.compile(r"[,;:.!?(]| (?:who|which|que|qui|quien|cuyo|cuya|dont|der|die|das) ")
    CONNECTORS = _words(  # "(responsable) de Médecins sans frontières"
        "de del d' du des da do of for eines einer der zweier dreier mehrerer sans sin sem ohne von"
        " fur"  # "(Sprecher der Senatsverwaltung) für Wirtschaft"
        " dos das"  # "(fontes) das Nações Unidas"
    )
    ONE_OF = _words("um uma un una uno une one")  # "(responsável) de uma das (fábricas)"
    OF_PLURAL = _words("das dos de des del of")
    ONE_OF_THE = re.compile(r" *(?:one|un|una|une|um|uma|uno) (?:of|de|d'|dos|das|des|del)(?!\w)")
    ARTICLES = _words(  # and possessives: "(représentant) de leur association",
        # "(magistrado) de lo penal"
        "la el lo los las l' le les une un una uma um the a o os as der die das his her its their "
        "su sus son sa ses leur leurs seu sua seus suas sein seine seines ihr ihre ihres"
    )
    # the genitive, "für" or "von" complement of a German institution's name: "(Bundesverband) der
    # Deutschen Süßwarenindustrie", "(Bundesamt) für Bevölkerungsschutz", "(Stadtverwaltung) von
    # Charkiw"
    GERMAN_INST_TAIL = re.compile(
        r" (?:der|des|für|von|vom) (?:[a-zäöüß]+e[nr]? )?[A-ZÄÖÜ][\w-]*"
        r"(?:(?: und| für)? [A-ZÄÖÜ][\w-]*)*"
        r"| und [A-ZÄÖÜ][\w-]*(?= [a-zäöüß])"  # "(Gewerkschaft Erziehung) und Wissenschaft"
    )
    # more fields after a body's first ones: "(Ministerio de Agricultura), Pesca y Alimentación",
    # "(Agência para a Integração), Migrações e Asilo"
    MORE_FIELDS = re.compile(
        r"(?:, (?:(?:de|del|da|do|des) |d')?(?:(?:la|le|a|o) |l')?[A-ZÀ-Þ][\w-]*"
        r"(?: [A-ZÀ-Þ][\w-]*)*)* (?:e|y|et|and) (?:(?:de|del|da|do|des) |d')?(?:(?:la|le|a|o) |l')?"
        r"[A-ZÀ-Þ][\w-]*(?: [A-ZÀ-Þ][\w-]*)*"
    )
    INST_TAIL = re.compile(  # "ministère de l’Europe et des Affaires étrangères"
        r"(?:(?:\s+(?:of|for|de|del|du|des|da|do|et|and|y|e|para|pour)"
        # "Commission on Human Rights", not "(the Commission) on Monday"
        rf"|\s+on(?=\s+(?:the\s+)?(?!{_WHEN}\b)[{_UPPER}]))+"
        r"(?:\s+(?:the|la|las|los|les|el|a|o|os|as)\s+|\s+|"
        rf"\s*[dl]['’]\s*){_CAPW}(?:\s+(?:{_CAPW}|unies|[a-zà-ÿ]+(?:ères|ère|ers|ales|ale|aux|eres"
        r"|ics|iques?|aires?|ains?|aines?|ieure?s?|elles?)\b))*)+"
    )
    # what a United Nations body is for, in lower case: "(Haut-Commissariat des Nations unies)
    # pour les réfugiés", "(Fonds des Nations unies) pour l'enfance"
    UN_PURPOSE = re.compile(
        r"(?:(?<=[Uu]nies)|(?<=[Uu]nidas)) (?:pour|para) (?:les |le |la |l['’]|los |las |el |os "
        r"|as |o |a )[a-zà-ÿ]+(?: (?:et|y|e) (?:les |le |la |l['’]|los |las |el |os |as |o |a )?"
        r"[a-zà-ÿ]+)?"
    )
    AGE = re.compile(  # after a first name: "Artem, 14," / "Ana, a 34-year-old teacher"
        r",\s*(?:(?:de\s+)?\d{1,3}\s*(?:,|ans|años|anos|years|jahre)"
        r"|(?:a|an|un|una|une|um|uma|ein|eine)\s+(?=[a-zà-ÿ\d]))"
    )
    PREV_WORD = re.compile(r"(\S+) +$")
    LAST_WORD = re.compile(r"([\w.']+) +$")
    OF = re.compile(r"(?:^|\s)(?:of|de|del|da|do|du|des|der|dos|das)\s+$|[dD]['’]\s*$")
    TO_WHOM = re.compile(  # "a la prensa", "à l'AFP", "to reporters", "gegenüber dem ZDF"
        r"[\s,]*(?:a\s+(?:la|las|los|le|les|esta|este|esa|ese|essa|esse)\s+"
        r"|(?:to|à|ao|aos|às|al|auprès\s+d[eu]s?|gegenüber)\s+(?:(?:the|la|las|los|le|les|el|o|os"
        r"|as|der|dem|den|this|cette|ce|cet|esta|este|essa|esse|dieser|diesem)\s+|l['’]\s*)?)"
        r"[\w&-]+(?=[\s,.;]|$)",
        re.IGNORECASE,
    )
    TO_WHOM_ES = re.compile(r"[\s,]*a\s+[A-Z][\w&-]*(?=[\s,.;]|$)")  # Spanish: "dijo a EFE."
    AGENT = re.compile(r"(?<!\w)(?:by|por|par|pelo|pela|von)$")
    POST_FRENCH = re.compile(rf"{_LEAD}\w+ (?:t )?(?P<pron>il|elle|ils|elles)(?!\w)")  # a-t-il dit
    POST_SO = re.compile(r"^[\s,]*so +(?P<rest>[^.;:!?]{1,120})")  # German: „…“, so Baerbock
    OF_THE = re.compile(  # "(funcionario) de la", "(coordinadora) del", "(spokesman) for the"
        r"(?:^|\s)(?:of|for|at|de|del|da|do|du|des|der|dos|das|au|aux|ao|dem|von|vom|eines|einer)"
        r"\s+"
        r"(?:(?:the|la|las|los|le|les|el|a|o|as|os)\s+|[dl]['’]\s*)?$|[dD]['’]\s*(?:une?\s+)?$"
    )
    OWNER = re.compile(r"(?: +(?:and|&) +[A-Z][\w-]*)+['’]s?(?!\w)")
    KREISE = re.compile(r"kreisen?(?!\w)")  # German: aus Diplomatenkreisen
    # folded German: "(hieß es) in einer Erklärung des (Auswärtigen Amts)", "laut dem Papier der"
    ISSUED_BY = re.compile(
        r"\b(?:in|im|laut) +(?:(?:der|dem|den|einer|einem|ihrer|ihrem|seiner|seinem) +)?"
        r"(?:[a-z]+ +){0,2}?[a-zß]*(?:erklarung|mitteilung|papier|schreiben|stellungnahme"
        r"|begrundung|bericht|brief|dokument|kommunique|urteil|beschluss|entscheidung|hinweis|antwort)"
        r"[a-z]* +(?P<of>des|der|von|vom) +"
    )
    WHERE = re.compile(  # folded: "(an economist) at a (Kyiv think tank)", "(eine …) in (Köln)"
        r" +(?:based +|basee? +|radicad[oa] +|basead[oa] +)?"  # "(a vet) based in (Les Cayes)"
        r"(?:in|im|at|with|from|en|em|dans|bei|aus|a|au|aux)"  # "(eine Besucherin) aus (Kiel)"
        r"(?: +(?:the|a|an|one|la|le|el|un|une|una|um|uma|o|der|dem|einer|einem|l'))?(?= )"
    )
    # folded German verbs in the present subjunctive: reported speech ("Haiti dürfe nicht …")
    SUBJUNCTIVE = re.compile(
        r"\b(?:sei|seien|habe|werde|konne|musse|durfe|solle|wolle|gebe|bleibe|brauche|fehle"
        r"|stehe|liege|gehe|komme|wisse|lasse)\b"
    )
    # a description between commas after a name, up to the verb ("X, coordinadora del GARR, ")
    APPOSITION = re.compile(r", [a-zà-ÿ\d][^;:.!?]*, *")
    # folded: a relative clause or a passive participle's agent between commas ("…, que mediou
    # a operação, disse", "El jurado, presidido por el académico X, destacó")
    RELATIVE_LEAD = re.compile(  # folded, up to a verb: "(según el sindicato), que calificó"
        r", (?:que|qui|quien|who|which|der|die|das)(?: [a-z']+){0,2} *$"
    )
    RELATIVE_CLAUSE = re.compile(
        r", (?:(?:que|qui|quien|quienes|cuyo|cuya|dont|which|who|whose|der|die|das|welche[rs]?)"
        r"|[a-z]+ (?:por|by|par|pelo|pela|von)) [^,;:.!?]*,"
    )
    # German: declined adjectives, then capitalised words ("vorsitzenden Richters")
    NOUN_GROUP = re.compile(r"(?:[a-zäöüß]+en +)*[A-ZÄÖÜ][\w-]*(?: +[A-ZÄÖÜ][\w-]*)*")
    BARE_NOUN = re.compile(r"\s*([A-ZÀ-Þ][a-zß-ÿ]+)(?= [a-zß-ÿ]|,)")  # "Residents said"
    GERMAN_GROUP = re.compile(  # "(In der Pause) sprachen zwei Kranführerinnen": a number of people
        r"\s*(?i:(?:die|alle) )?(?i:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf"
        r"|\d+|einige|mehrere|viele|zahlreiche) (?:andere |weitere )?"  # "Die sieben Köchinnen"
        r"((?:[a-zäöüß]+en? )?[A-ZÄÖÜ][a-zäöüß]+)(?= [a-zäöüß]|,)"  # "Drei junge Frauen"
    )
    # "Die Gastwirte klagen": a plural by its verb, which a German singular noun never takes
    # … or by its adjective's weak ending: "Die haitianischen Krankenschwestern (in ihrem Team)"
    GERMAN_THE_PLURAL = re.compile(
        r"\s*Die (?=[a-zäöüß]+en [A-ZÄÖÜ]|[A-ZÄÖÜ][a-zäöüß]+ [a-zäöüß]+en[ ,])"
        r"((?:[a-zäöüß]+en )?[A-ZÄÖÜ][a-zäöüß]+)(?= )"
    )
    PLURAL_NOUN = re.compile(  # "Les gardes forestiers", "(À la sortie,) trois ouvriers …"
        r"\s*(?i:the|les|des|los|las|unos|unas|os|as|uns|umas|some|several|plusieurs|varios"
        rf"|varias|vários|várias|{'|'.join(_COUNTS.split())})"
        # "Los otros nueve (conductores voluntarios)": the others, how many
        rf" (?:(?:{_OTHERS}) )?(?:(?:{'|'.join(_COUNTS.split())}) )?"
        r"((?:[a-zß-ÿ'’-]+ [a-zß-ÿ]+(?:s|men)"
        r"(?<!és)(?<!ados)(?<!adas)(?<!idos)(?<!idas)"
        r"|[a-zß-ÿ]+(?:s|men))(?= [a-zß-ÿ]|,)"  # "machine operators", not "ouvriers rencontrés"
        r"|[A-Z][a-z]+(?= [a-z]+s\b| [a-z]+ [a-z]+s\b))"
    )
    MANY_OF = re.compile(  # how many, then who: "Decenas de (aficionados)", "A group of (tenants)"
        r"\s*(?i:(?:a|an|un|una|une|um|uma|des|unos|unas) +)?(?i:(?:small|large|pequeño|pequeno"
        r"|petit|gran|grand|grande) +)?(?i:group|grupo|groupe|couple|pareja|casal|dozens"
        r"|hundreds|thousands|decenas|cientos|centenares|miles|dizaines|centaines|milliers"
        r"|dezenas|centenas|milhares|dozen|docena|veintena|dizaine|quinzaine|vingtaine|trentaine"
        r"|centaine|dezena|vintena|dúzia) +(?i:of|de|d') *"
        r"((?:[a-z]+[a-rt-z] )?[a-zß-ÿ]+s)(?= [a-zß-ÿ]|,)"
    )
    # a Spanish or Portuguese participle between commas: "Un albañil, detenido el martes, mostró"
    PARTICIPLE_CLAUSE = re.compile(r", [a-zà-ÿ]{3,}(?:(?:ad|id)[oa]s?|ée?s?) [^,;:.!?]*,")
    ADJECTIVE = re.compile(  # folded endings of adjectives after a noun: ruso, ukrainien
        r"(?:[oa]s?|ien(?:ne)?s?|een(?:ne)?s?|ais(?:es?)?|ain(?:es?)?|isch\w*|ese|aire|ale|al|ar)$"
    )
    AFFILIATION = re.compile(r" (?:von|vom|of) ")  # after a name: where the person works
    APPOSED = re.compile(r" *, *(?:a|an|un|una|une|um|uma|ein|eine) ", re.IGNORECASE)
    EMBASSY = re.compile(  # folded, from the institution's start: "(die ukrainische) Botschaft"
        r"(?:[a-z]+ische[nr]? +)?(?:general)?(?:embassy|embajada|embaixada|ambassade|botschaft"
        r"|consulate|consulado|consulat|konsulat)(?!\w)"
    )
    IN_PLACE = re.compile(rf" +(?:in|en|em|à|a|au|no|na) +{_RUN}")
    ELIDED_ARTICLE = re.compile(r"^[LlDd]['’]")  # "L'OIIQ"
    NEW_SENTENCE = re.compile(r"[ \u00a0]*[.!?][ \u00a0]+[A-ZÀ-Þ]")  # after a closing mark
    LEADING_PP = re.compile(  # "(declaró) en rueda de prensa (el consejero)", "ao chegar a Lisboa"
        r"[\s,]*(?i:en|in|em|durante|during|lors|pendant|no|na|num|numa|bei|im|auf|at|ao|al)"
        r"(?: +[\w'-]+){1,4}? +(?=(?i:el|la|los|las|le|les|the|o|a|os|as|der|die|das|un|una|une"
        r"|um|uma|an) [a-zß-ÿ])"
    )
    OCCASION = re.compile(  # folded nouns of occasions to speak, which are no workplace
        r"rueda|conferencia|entrevista|conference|interview|briefing|entretien"
        r"|coletiva|pressekonferenz|sesion|session|sessao|sitzung|audiencia|audience|anhorung"
        r"|misa|messe|mass|missa|gottesdienst|homilia|homelie|homily|sermon|predigt"
        r"|ceremonia|ceremonie|ceremony|cerimonia|zeremonie|acto|ato|debate|debat|debatte"
        r"|prasentation|presentation|presentacion|apresentacao|inauguration|inauguracion"
        r"|inauguracao|eroffnung|einweihung|feier|festakt|gala"
    )
    ASIDE = re.compile(  # folded: "(señaló) por su parte (el viceministro)"
        r"[\s,]*(?:por su parte|por otra parte|por sua vez|de son cote|pour sa part|de leur cote"
        r"|for (?:his|her|its|their) part|seinerseits|ihrerseits|a su vez|en cambio|toutefois"
        r"|cependant|however|ademas|tambien|aussi|tambem"
        r"|por telefono|al telefono|par telephone|au telephone|by (?:tele)?phone|on the phone"
        r"|por telefone|pelo telefone|ao telefone|telefonisch|am telefon"  # "(dijo) por teléfono"
        r"|a rir|a sorrir|entre risos|entre risas|en riant|en souriant|laughing|lachend"
        r"|sous couvert d'anonymat|bajo condicion de anonimato|sob condicao de anonimato"
        r"|on condition of anonymity|en privado|en prive|in private|em privado"
        # "(a assuré) sur place (un officier)"; not before another aside ("sur place, à Kyiv,")
        r"|(?:sur place|sur le terrain|en el lugar|no local|vor ort|on the spot)(?! *,)"
        rf"|(?:(?:ce|el|on|am|na|no|le|this|este|esta) )?(?:{_WEEKDAYS})"  # "(a reconnu) mardi"
        r"(?: (?:matin|soir|morning|evening|afternoon|abend))?"
        r"|hier|ayer|ontem|gestern|yesterday|today|hoy|hoje|heute|aujourd'hui)(?!\w)[\s,]*"
    )
    NEGATION = re.compile(r"n't|(?<!\w)(?:not|never|nunca|jamais|pas|nicht|nie|nao)(?!\w)")
    LONE_VERB = re.compile(r"^ *, *([a-zß-ÿ]+) *[.;]")  # folded, after a quote: "», protestó."
    CLAUSE = re.compile(  # folded, after a quote: a new clause, not its attribution
        r"^[\s,]*(?:while|whereas|but|and|mientras|pero|y|alors|tandis|mais|et|enquanto|mas|e"
        r"|wahrend|aber|und|whilst) "
    )
    # folded, right after a verb of saying: a clause of its own, so the verb had no subject
    # after it ("», afirmó, antes de recordar que el Gobierno …", "», aseguró, y añadió que")
    NEXT_CLAUSE = re.compile(
        r" *, *(?:y|e|et|and|but|pero|mais|mas|aber|und|antes|despues|tras|avant|apres|before"
        r"|after|depois|bevor|nachdem|sin|sans|sem|ohne"
        r"|[a-z]+(?:ada|ado|ida|ido|ando|endo|indo)s?)(?!\w)"  # "», diz, sentada num banco"
    )
    PARTITIVE_TAILS = _words("them those two ell eux dos duas eles elas ihnen beiden")  # folded
    PARTITIVE = re.compile(  # on fold()ed text: one of a group named before
        r"(?<!\w)(?:one|some|two|uno|una|alguno|alguna|l'un|l'une|un|une|um|uma|algum|alguma"
        r"|einer|eine|eines|einige) +(?:of +(?:them|those)|de +(?:ellos|ellas|eux|elles)"
        r"|d'(?:entre +)?(?:eux|elles)|deles|delas|dentre +(?:eles|elas)|von +ihnen"
        # of two named before, not "one of the two votes": a comma follows, or a German verb
        r"|(?:of +the +two|des +deux|de +(?:los|las) +dos|dos +dois|das +duas)(?= *[,;:.])"
        r"|der +beiden(?= *[,;:.]| +[a-z]+te?n?(?!\w)))(?!\w)"
    )


def _list(value: object) -> list[str]:
    return [fold(w) for w in str(value or "").split()]


@dataclass(frozen=True, eq=False)
class Vocabulary:
    """The `speech` section of a lexicon, folded, with the patterns built from it."""

    words: dict[str, str]  # folded word -> anon | inst | role | pron
    roles: dict[str, str]  # role noun -> role key
    suffixes: tuple[tuple[str, str], ...]  # title ending -> role key ("" for none)
    endings: tuple[str, ...]  # the endings alone
    compounds: tuple[str, ...]  # institution nouns that head German compounds (…organisation)
    known_as: dict[str, frozenset[str]]  # "ministerio" -> {"itamaraty", "auswartiges amt", …}
    sets: dict[str, frozenset[str]]
    verb_re: re.Pattern[str]
    post_verb_first: re.Pattern[str]
    post_subj_first: re.Pattern[str]
    post_according: re.Pattern[str]
    according_re: re.Pattern[str]
    actor_re: re.Pattern[str]

    def has(self, name: str, word: str) -> bool:
        return word in self.sets[name]

    def known_as_by(self, noun: str, name: str) -> bool:
        """Whether `name` holds a name `noun` also refers to: "Palácio do Itamaraty" for
        "ministério", "Auswärtiges Amt" for "Ministerium" (`noun` folded)."""
        names = self.known_as.get(noun, ())
        return bool(names) and any(map(fold(name).__contains__, names))


# institution nouns that speak only in a name: "durante el foro", "at a news conference"
_NAMES_ONLY = _words(
    "house haus casa union office forum foro fórum conference conferencia "
    "conférence conferência konferenz center centre centro zentrum "  # "el centro de Maracaibo"
    "church iglesia église igreja kirche"  # "señalando la iglesia"
    " cour"  # "dans la cour de l'école"
    " junta"  # "junta as palavras", "la junta directiva"
    " agencia agência agence agentur"  # "selon l'agence": the news agency, not a body quoted
    " guarda garde guardia"  # "um guarda", "la garde à vue": people and custody
    " gesellschaft"  # "die Gesellschaft": society at large
)
_AMBIGUOUS_TRADES = _words("defensa defesa central lateral volante meia extremo model")


@functools.lru_cache(maxsize=8)
def vocabulary(lexicon: Lexicon) -> Vocabulary:
    """Compile (once per lexicon) the attribution vocabulary of `lexicon.speech`."""
    sp = lexicon.speech
    roles = {w: key for key, ws in sp["roles"].items() for w in _list(ws)}
    pron = sp["pronouns"]
    sets = {k: frozenset(_list(sp[k])) for k in sp if isinstance(sp[k], str)}
    sets |= {f"pron_{k}": frozenset(_list(v)) for k, v in pron.items()}
    sets.setdefault("pron_gendered", frozenset())
    # trades name someone as titles do ("Winger Kevens Adolphe", "said Swedish conductor X"),
    # but not those that are also other words ("Defesa Civil", "central bank")
    trades = {fold(w) for w in lexicon.occupations} - _AMBIGUOUS_TRADES
    sets["titles"] |= set(roles) | {fold(w) for w in lexicon.titles} | trades
    sets["function_words"] |= lexicon.function_words
    sets["not_in_names"] = sets["not_names"] | sets["institutions"] | sets["titles"] | {"of", "for"}
    sets["institution_names"] |= {  # the watched countries' own: "Ukrenergo said", "PDVSA"
        key
        for key, rules in lexicon.rules.items()
        if " " not in key and any(rule.kind == "institutions" for rule in rules)
    }
    sets["institution_words"] = sets["institutions"] | sets["institution_names"]
    words = {w: "role" for w in roles} | dict.fromkeys(sets["sources"], "anon")
    words |= {w: "inst" for w in sets["institutions"] - _NAMES_ONLY}
    words |= {w: "pron" for v in pron.values() for w in _list(v)}
    verb = trie_pattern(set(_list(sp["verbs"])))
    # "s'amuse un employé", "a fait valoir une porte-parole"
    aux = "(?:(?:" + "|".join(_list(sp["auxiliaries"])) + ") +|s')" + "{0,2}"
    according = "(?:" + "|".join(fold(a.strip()) for a in sp["according_to"].split("|")) + ")"
    suffixes = tuple(  # with the German feminine of each: Analyst -> Energieanalystin
        (s + fem, "" if k == "other" else k)
        for k, v in sp["title_suffixes"].items()
        for s in _list(v)
        for fem in ("", "in")
        if not (fem and s.endswith("in"))
    )
    return Vocabulary(
        words=words,
        roles=roles,
        suffixes=suffixes,
        endings=tuple(s for s, _ in suffixes),
        compounds=tuple(w for w in sets["institutions"] if len(w) > 5),
        known_as={
            noun: frozenset(" ".join(fold(name).split()) for name in names.split("|"))
            for nouns, names in sp["known_as"].items()
            for noun in _list(nouns)
        },
        sets=sets,
        verb_re=re.compile(rf"(?<!\w){verb}(?!\w)"),
        post_verb_first=re.compile(
            rf"{_LEAD}{aux}{verb}(?!\w)(?P<rest>(?:[^.;:!?]|{_ABBR}){{0,120}})"
        ),
        post_subj_first=re.compile(
            rf"{_LEAD}(?P<subj>[^.;:!?“”\"«»„]{{1,120}}?) +{aux}{verb}(?!\w)(?P<colon> *:)?"
        ),
        post_according=re.compile(rf"{_LEAD}{according} +(?P<rest>[^.;:!?]{{1,120}})"),
        according_re=re.compile(rf"(?<!\w){according} +"),
        actor_re=word_matcher(words),
    )


# ---------------------------------------------------------------- entry point
def _mask(texts: Sequence[str], quotes: Sequence[Quote]) -> list[str]:
    """`texts` (paragraphs, or their folded forms) with the inside of `quotes` blanked out."""
    masked = list(texts)
    for q in quotes:
        for idx in range(q.par, q.last_par + 1):
            s = q.start if idx == q.par else 0
            e = q.end if idx == q.last_par else len(masked[idx])
            masked[idx] = masked[idx][:s] + " " * (e - s) + masked[idx][e:]
    return masked


def _topics(q: Quote, mentions: Sequence[Hits], order: Sequence[str]) -> tuple[str, ...]:
    """The topics the quotation names or, when it names none, those of its paragraph(s)."""
    own: set[str] = set()
    near: set[str] = set()
    for idx in range(q.par, min(q.last_par + 1, len(mentions))):
        s = q.start if idx == q.par else 0
        e = q.end if idx == q.last_par else 1 << 30
        for ms, me, topic in mentions[idx]:
            near.add(topic)
            if s <= ms and me <= e:
                own.add(topic)
    chosen = own or near
    return tuple(t for t in order if t in chosen) + tuple(sorted(chosen - set(order)))


def extract_statements(
    paragraphs: Sequence[str],
    lexicon: Lexicon | None = None,
    *,
    mentions: Sequence[Hits] | None = None,
    language: str | None = None,
    folded: Sequence[str] | None = None,
) -> tuple[Statement, ...]:
    """Statements (quotations of >= 6 words) in article order, with speaker and topics.

    `mentions` gives, per paragraph, the (start, end, topic) of the watched-topic mentions;
    without it they are found with `lexicon` (the default lexicon when None). `language`
    (ISO 639-1) enables language-specific cues (German „…“, so X; Romance adjective order);
    `folded` is fold() of each paragraph when the caller has it already.
    """
    found = find_quotes(paragraphs)
    quotes = [q for q in found if count_words(q.text) >= MIN_WORDS]
    if not quotes:
        return ()
    from monitor.classify import load_lexicon  # late: monitor.classify imports this module
    from monitor.speakers import attribute  # late: monitor.speakers imports this module

    lexicon = lexicon or load_lexicon()
    if mentions is None:
        mentions = lexicon.scan_article(paragraphs)
    last = max(q.last_par for q in quotes) + 1
    # every quotation is blanked out, scare quotes too: what is quoted is never the speaker
    speakers = attribute(
        quotes,
        _mask(paragraphs, found),
        lexicon,
        language,
        _mask(folded[:last], [q for q in found if q.last_par < last]) if folded else None,
    )
    return tuple(
        Statement(speaker, q.text, _topics(q, mentions, lexicon.topics), pos)
        for pos, (q, speaker) in enumerate(zip(quotes, speakers, strict=True))
    )
