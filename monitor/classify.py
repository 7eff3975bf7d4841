"""Classify an article: its language, the watched topics it mentions (with salience), statements."""

from __future__ import annotations

import bisect
import functools
import itertools
import logging
import math
import os
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

import pycld2
import yaml

from monitor.gazetteers import country_names, family_names, given_names, regions
from monitor.statements import (
    Statement,
    extract_statements,
    find_words,
    fold,
    sentence_starts,
    word_matcher,
)

__all__ = [
    "Classification",
    "Lexicon",
    "Statement",
    "TopicMention",
    "classification_to_json",
    "classify",
    "classify_file",
    "load_lexicon",
]

LOGGER = logging.getLogger(__name__)

DEFAULT_TOPICS = Path(__file__).with_name("topics.yaml")
TOPICS_ENV = "MONITOR_TOPICS"
LANGUAGE_SAMPLE = 800  # characters given to CLD2: no error on the 995 labelled articles from 550
MAX_SNIPPETS = 10  # per topic
SNIPPET_CHARS = 300
PRIMARY_MIN_SCORE = 0.45
PRIMARY_MARGIN = 0.15  # the primary topic must lead the runner-up by this much
_KEY_RE = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


@dataclass(frozen=True)
class TopicMention:
    """How an article mentions one watched topic."""

    topic: str
    mentions: int
    score: float  # salience in [0, 1]
    primary: bool  # the article is mainly about this topic
    snippets: tuple[str, ...]  # the sentences carrying the mentions (<= 300 chars each)


@dataclass(frozen=True)
class Classification:
    """Everything classify() finds in one article."""

    language: str | None
    topics: dict[str, TopicMention]
    statements: tuple[Statement, ...]


# ---------------------------------------------------------------- text folding
_DISTINCT_LETTERS = frozenset("çñ")  # letters of their own, which folding must not merge


def _key(text: str) -> str:
    return " ".join(fold(text).split())


def _expand(term: str) -> list[str]:
    """Expand `{a|b}` groups: "haïtien{|ne}" -> ["haïtien", "haïtienne"]."""
    parts = re.split(r"\{([^{}]*)\}", term)
    choices = [[p] if i % 2 == 0 else p.split("|") for i, p in enumerate(parts)]
    return ["".join(combo) for combo in itertools.product(*choices)]


# ---------------------------------------------------------------- lexicon
@dataclass(frozen=True)
class _Rule:
    topic: str
    person: str = ""  # the full name, for a person's name and short forms
    first_names: frozenset[str] | None = None  # set for short forms, which are checked in context
    kind: str = ""  # the group of `terms` it comes from: "places", "demonyms" …
    gender: str = ""  # a person's, when given: "male" or "female"


class _Exclusion(NamedTuple):
    spellings: tuple[str, ...] | None  # match_case: the spellings whose capitals must match
    sticky: bool  # once it applies in an article, the term it covers is excluded throughout


Hit = tuple[int, int, str]  # (start, end, topic) of a mention


@dataclass(frozen=True, eq=False, repr=False)
class Lexicon:
    """A compiled topic lexicon (see monitor/topics.yaml for the format)."""

    source: str
    topics: tuple[str, ...]
    labels: dict[str, str]
    rules: dict[str, tuple[_Rule, ...]]
    stems: tuple[tuple[str, _Rule], ...]
    term_re: re.Pattern[str]  # word_matcher() of the terms
    exclusion_re: re.Pattern[str] | None  # and of the exclusions
    exclusions: dict[str, _Exclusion]
    titles: frozenset[str]
    male_titles: frozenset[str]
    female_titles: frozenset[str]
    function_words: frozenset[str]
    occupations: frozenset[str]
    prepositions: frozenset[str]
    articles: frozenset[str]
    relatives: frozenset[str]
    place_nouns: frozenset[str]
    name_prefixes: frozenset[str]
    naming_words: frozenset[str]
    letters: dict[str, frozenset[str]]  # the distinct letters (ç, ñ) of each term's spellings
    single_words: frozenset[str]  # one-word terms other than people's names
    multiword_places: frozenset[str]  # places named in several words ("puerto ordaz")
    speech: dict[str, Any]  # statement attribution vocabulary (see monitor/speakers.py)

    def __repr__(self) -> str:
        return f"Lexicon({self.source!r}, topics={self.topics!r})"

    def scan(self, text: str) -> list[Hit]:
        """(start, end, topic) of every mention in one text, exclusions removed."""
        return self.scan_article([text])[0]

    def scan_article(
        self, texts: Sequence[str], folded: Sequence[str] | None = None, language: str | None = None
    ) -> list[list[Hit]]:
        """Mentions in each text of one article (title, paragraphs), decided article-wide.

        A person's short form ("Maduro") is dropped from the whole article when another
        first name claims it ("Ryan Maduro") or it is also written as a common word ("ya
        maduro") and the watched person is never named in full;
        a term covered by a sticky exclusion ("Odessa, Texas") is dropped throughout.
        """
        lows = folded if folded is not None else [fold(text) for text in texts]
        # One search over the whole article: the texts joined by "\n", which no term can
        # contain (keys are single-spaced words) and which, as a non-word character, bounds a
        # word like the ends of a text do. The leading "\n" is the separator before text 0.
        offsets = list(itertools.accumulate((len(low) + 1 for low in lows[:-1]), initial=0))
        per_text: list[list[tuple[int, int, str]]] = [[] for _ in texts]
        for start, end, term in find_words(self.term_re, "\n" + "\n".join(lows)):
            i = bisect.bisect_right(offsets, start) - 1
            per_text[i].append((start - offsets[i], end - offsets[i], term))
        found: list[list[tuple[int, int, str, _Rule, str]]] = []
        confirmed: set[str] = set()
        claimed: set[str] = set()
        sticky: set[str] = set()
        for text, low, matches in zip(texts, lows, per_text, strict=True):
            hits = []
            for start, end, term in matches:
                key = " ".join(term.split())
                distinct = _DISTINCT_LETTERS.intersection(text[start:end].lower())
                if distinct and not distinct <= self.letters.get(key, frozenset()):
                    continue  # "Caraças!" (Portuguese: damn!) is no Caracas
                for rule in self._rules(key):
                    status = (
                        "full"
                        if rule.first_names is None
                        else self._status(text, start, term, rule)
                    )
                    if status in ("full", "confirmed") and rule.person:
                        confirmed.add(rule.person)
                    if status in ("claimed", "initial", "no"):  # "no": the common word
                        claimed.add(rule.person)  # ("ya maduro"), so "Maduro y saturado" too
                    if status in ("no", "claimed"):
                        continue
                    surname = _surname(text, start, rule)
                    if (
                        self._elsewhere(low, end, key, rule)
                        or self._first_name(text, end, rule)
                        or _model_number(text, end, rule)
                        or self._prefixed(text, start, rule)
                        or (surname and rule.kind == "names")
                    ):  # "Odessa, Texas", "Odessa Lane", "Kiev-88", "Jardim Haiti", the boxer
                        sticky.add(key)  # "Rogelio Venezuela": throughout
                        continue
                    if surname:  # "el complejo José Antonio Anzoátegui": here only
                        continue
                    hits.append((start, end, key, rule, status))
            if hits and self.exclusion_re is not None:
                hits = self._exclude(text, low, hits, sticky)
            found.append(hits)
        doubtful = claimed - confirmed
        kept = [
            [
                (s, e, rule)
                for s, e, key, rule, status in hits
                if key not in sticky
                and not (rule.first_names is not None and rule.person in doubtful)
                and (status != "initial" or rule.person in confirmed)
            ]
            for hits in found
        ]
        placed, things = set(), set()
        for text, low, text_hits in zip(texts, lows, kept, strict=True):
            quoted = _CLOSERS_RE.search(text) is not None
            for s, e, rule in text_hits:
                if rule.kind in ("places", "names") and quoted and _in_title(text, s, e):
                    things.add(rule.topic)  # the song "Midnight in Maracaibo", «Haïti Chérie»
                elif rule.kind != "places" or self._placed(text, low, s, e, language):
                    placed.add(rule.topic)
                elif self._thing(text, low, s, e):
                    things.add(rule.topic)
        named_things = things - placed  # "the Kiev cake", "Caracas Boy": never a place here
        return [
            [(s, e, rule.topic) for s, e, rule in text_hits if rule.topic not in named_things]
            for text_hits in kept
        ]

    def _thing(self, text: str, low: str, start: int, end: int) -> bool:
        """Whether a place's name names something else: after an article ("the Kiev cake",
        "du Caracas, un bar"), in an apposition saying what it is ("Port-au-Prince, a grey
        colt"), or before a number, another capitalised word or "du" and one ("Kiew 88",
        "Caracas Boy", "Maracaibo Express", the trotter "Kiev du Vivier")."""
        before = low[max(0, start - 12) : start].split()[-1:]
        if before and before[0] in self.articles and text[start - 2 : start - 1] != "à":
            return True
        if (apposed := _APPOSED_RE.match(low, end)) and self.place_nouns.isdisjoint(
            apposed[1].split()
        ):
            return True  # "Port-au-Prince, a grey colt trained in Lambourn"
        if (apposed := _APPOSED_DEFINITE_RE.match(low, end)) and not self.naming_words.isdisjoint(
            apposed[1].split()
        ):
            return True  # "Odesa, la perra policía que olfatea discos duros"
        if _ESTATE_RE.match(text, end):
            return True  # the trotters "Kiev du Vivier", "Caracas du Bocage"
        after = _FOLLOWING_RE.match(text, end)
        return after is not None and (after[1].isdigit() or after[1][0].isupper())

    def _placed(self, text: str, low: str, start: int, end: int, language: str | None) -> bool:
        """Whether a place's name stands as a place: after a preposition ("in Maracaibo", "aus
        Kiew", "na Crimeia"), before "-based" or a place noun ("the Kharkiv region"), or opening
        a dateline ("KHARKIV, Oct 28"); not "the Kiev cake", "Caracas Boy", "Kiew 88"."""
        if _ESTATE_RE.match(text, end):
            return False  # "l'éleveur de Kiev du Bocage": a trotter, even after a preposition
        before = low[max(0, start - 24) : start].split()[-2:]
        if before and before[-1].endswith("'"):
            return True  # "d'Odessa": one word with the name
        english_article = language == "en" and text[max(0, start - 3) : start].lower() in (
            " a ",
            "a ",
        )
        if before and before[-1] in self.prepositions and not english_article:
            return True  # English "a" is an article: "asking for a Kiev" (a camera)
        if len(before) == 2 and before[1] in self.articles and before[0] in self.prepositions:
            return True  # "en el Donbás", "in the Donbas"
        if low.startswith((" based", " born", " trained", " educated", " raised"), end):
            return True
        if (relative := _RELATIVE_RE.match(low, end)) and relative[1] in self.relatives:
            return True  # "Caracas, das Lufthansa bis 2019 angeflogen hatte", "Odessa, where"
        after = _NEXT_WORD_RE.match(low, end)
        if after and (after[1] in self.place_nouns or after[1] in self.titles):
            return True  # "the Kharkiv region", "Kharkiv Mayor Ihor Terekhov"
        return start < 3 and text[start:end].isupper()  # a dateline

    def _elsewhere(self, low: str, end: int, key: str, rule: _Rule) -> bool:
        """Whether a place is named as lying in another country, a US state or a Canadian
        province: "Odessa, Texas", "ODESSA, Del.", "Odessa, Ontario" (not "Caracas, Venezuela",
        nor a country in a list: "Venezuela, Colombia, …")."""
        if low[end : end + 1] not in (",", " ") or rule.person or key in country_names():
            return False
        m = _elsewhere_re().match(low, end)
        return m is not None and all(r.topic != rule.topic for r in self._rules(m["region"]))

    def _prefixed(self, text: str, start: int, rule: _Rule) -> bool:
        """Whether a capitalised word that names other things comes right before the term, or
        a word that gives a name: "Operação Crimeia" (a police operation), "Jardim Haiti" (a
        São Paulo neighbourhood), «Hotel Ucrania» (a film), "a dog called Odessa"."""
        if rule.person or text[start - 1 : start] != " ":
            return False
        at = text.rfind(" ", 0, start - 1) + 1
        word = text[at : start - 1].lstrip("«“\"„‘'(")
        key = _key(word)  # most terms have no word before them: a cheap test first
        if word[:1].isupper() and key in self.name_prefixes:
            return True
        # a German compound ending in one: "Zollhündin Odessa", "Containerschiff Kiew"; a name
        # only: "un veleiro venezuelano" is a Venezuelan boat
        if not text[start : start + 1].isupper():
            return False
        if key in self.naming_words or (
            word[:1].isupper() and key.endswith(_compound_heads(self.naming_words))
        ):
            return True
        if word.islower() and key.endswith(_ORIGIN_ENDINGS):  # "porte-avions soviétique Kiev"
            before = text[text.rfind(" ", 0, at - 1) + 1 : at - 1] if at > 1 else ""
            return _key(before.lstrip("«“\"„‘'(")) in self.naming_words
        return self._named_whole(text, at)

    def _named_whole(self, text: str, at: int) -> bool:
        """Whether the capitalised run ending at `at` is a name a naming word gives: "el ferri
        Ciudad de Caracas", "the ship Spirit of Kyiv"."""
        capitalised = False
        for _ in range(4):
            if at < 2:
                return False
            prev = text.rfind(" ", 0, at - 1) + 1
            word = text[prev : at - 1]
            if word[:1].isupper():
                capitalised, at = True, prev
            elif _key(word) in _RUN_PARTICLES:
                at = prev
            else:
                return capitalised and _key(word) in self.naming_words
        return False

    def _first_name(self, text: str, end: int, rule: _Rule) -> bool:
        """Whether a place's name is someone's first name, before a known surname that ends the
        name: the actress "Odessa Lane", not "Kharkiv Mayor Ihor Terekhov"."""
        return rule.kind == "places" and _before_surname(text, end)

    def _rules(self, key: str) -> tuple[_Rule, ...]:
        found = self.rules.get(key)
        if found is not None:
            return found
        return tuple(rule for stem, rule in self.stems if key.startswith(stem))

    def _status(self, text: str, start: int, term: str, rule: _Rule) -> str:
        """How a short form stands: no (lower case), bare, confirmed (first name or title
        before it), courtesy ("M. Maduro": bare, unless the article names no one else so),
        claimed (another capitalised word before it: "Ricardo Maduro") or initial (the same,
        but that word opens a sentence: "Later Maduro"). `term` is the folded match."""
        if not text[start].isupper():
            return "no"  # "maduro" is Spanish for ripe
        if _before_surname(text, start + len(term)):
            return "claimed"  # "Aristide Lefort, 72 ans": someone's first name
        prev = _PREV_WORD_RE.search(text, max(0, start - 40), start)
        if prev is None:
            return "bare"
        word = prev.group(1)
        low = _key(word).rstrip(".")
        if not word[0].isupper():  # "el portero Maduro": a goalkeeper who shares the surname
            return "claimed" if low in self.occupations else "bare"
        if re.search(r"['’]s$", word):
            return "bare"
        other_sex = self.female_titles if rule.gender == "male" else self.male_titles
        if rule.gender and low in other_sex:
            return "claimed"  # "Mme Fils-Aimé": someone else of that name
        if low in self.male_titles or low in self.female_titles:
            return "courtesy"  # "M. Maduro": the watched one, unless someone else is so named
        if (rule.first_names and low in rule.first_names) or low in self.titles:
            return "confirmed"
        if low in self.function_words or (word.isupper() and term.upper() == term):
            return "bare"
        opening = text[: prev.start(1)].rstrip()
        return "initial" if not opening or opening[-1] in '.!?:;"“”«»„' else "claimed"

    def _exclude(self, text: str, folded: str, hits: list[Any], sticky: set[str]) -> list[Any]:
        assert self.exclusion_re is not None
        spans = []
        for start, end, term in find_words(self.exclusion_re, "\n" + folded):
            excl = self.exclusions[" ".join(term.split())]
            if excl.spellings is None or _case_key(text[start:end]) in excl.spellings:
                spans.append((start, end, excl.sticky))
        kept = []
        for hit in hits:
            span = next((s for s in spans if s[0] < hit[1] and hit[0] < s[1]), None)
            if span is None:
                kept.append(hit)
            elif span[2]:
                sticky.add(hit[2])
        return kept


def _in_title(text: str, start: int, end: int) -> bool:
    """Whether a term stands in a short quoted name: three words at most («ensaladilla Kiev»),
    or five in title case ("Midnight in Maracaibo")."""
    opening = max(text.rfind(mark, max(0, start - 60), start) for mark in _TITLE_OPENERS)
    if opening < 0 or _CLOSERS_RE.search(text, opening + 1, start):
        return False
    if text[opening] == '"' and text.count('"', 0, opening) % 2:
        return False  # that straight mark closes a quotation: the term stands after it
    closing = _CLOSERS_RE.search(text, end, end + 60)
    if closing is None:
        return False
    words = text[opening + 1 : closing.start()].split()
    title_case = all(w[0].isupper() for w in words if len(w) > 3)
    return len(words) <= 3 or (len(words) <= 5 and title_case)  # «ensaladilla Kiev»


def _surname(text: str, start: int, rule: _Rule) -> bool:
    """Whether a country's or place's name is someone's surname, after a given name from the
    census lists: the boxer "Rogelio Venezuela", "José Antonio Anzoátegui" (not "NOVA ODESSA",
    a town in capitals, nor a watched person's name)."""
    if rule.kind not in ("names", "places") or start < 3 or text[start - 1] != " ":
        return False
    space = text.rfind(" ", max(0, start - 30), start - 1)
    word = text[space + 1 if space >= 0 else max(0, start - 30) : start - 1]
    return word.istitle() and _key(word) in given_names()


def _before_surname(text: str, end: int) -> bool:
    """Whether a known surname (census lists) follows a word ending at `end` and ends the name:
    the word is a first name ("Odessa Lane", "Aristide Lefort"), not "Zelensky Urban Partners"."""
    if not text[end - 1 : end].isalpha():
        return False
    m = _NEXT_WORD_RE.match(text, end)
    if m is None or not m.group(1)[0].isupper() or _key(m.group(1)) not in family_names():
        return False
    after = _NEXT_WORD_RE.match(text, m.end())
    return after is None or not after.group(1)[0].isupper()


def _model_number(text: str, end: int, rule: _Rule) -> bool:
    """Whether a place's name is followed by a model number, which makes it a product's name:
    the "Kiev-88" camera (a city is never written with a number joined to it)."""
    return rule.kind == "places" and _MODEL_NUMBER_RE.match(text, end) is not None


def _case_key(text: str) -> str:
    """Accent-free but case-keeping form, to compare case-sensitive exclusions."""
    stripped = "".join(
        c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)
    )
    return " ".join(re.sub(r"[-‐‑–—]", " ", stripped).split())


@functools.cache
def _elsewhere_re() -> re.Pattern[str]:
    """Folded ", Texas", ", Del.", ", Ontario", ", Spain" closing a place's name: the region or
    country it lies in (US states from GeoNames, Canadian provinces, countries from CLDR)."""
    places = regions() | country_names()
    alternatives = "|".join(re.escape(r) for r in sorted(places, key=len, reverse=True))
    # then punctuation, or a dash, which fold() turns into a space: "ODESSA, Ontario — The"
    return re.compile(rf" ?[,(] ?(?P<region>{alternatives})(?=\s*(?:[,.;:()]|$)| {{3}})")


_TITLE_OPENERS = ("“", '"', "«", "„", "»")
_CLOSERS_RE = re.compile(r"[”\"»«“]")  # not ’, which is an apostrophe too ("c’est")
_APPOSED_RE = re.compile(r", (?:a|an|un|una|une|um|uma|ein|eine) ((?:\w+ ){0,2}\w+)")
_RUN_PARTICLES = frozenset(["de", "del", "do", "da", "of", "di", "du"])
_ORIGIN_ENDINGS = (  # adjectives of where things come from: "soviétique", "russe", "ukrainian"
    *("ique", "ien", "ienne", "ian", "ese", "ish", "isch", "ische", "ischer", "ischen", "ico"),
    *("ica", "ês", "esa", "ois", "oise", "ais", "aise", "ano", "ana", "sse", "ski", "sky"),
)
_APPOSED_DEFINITE_RE = re.compile(r", (?:the|la|el|le|l'|o|a|der|die|das) ((?:\w+ ){0,1}\w+)")
_FOLLOWING_RE = re.compile(r" (\w+)")
_ESTATE_RE = re.compile(r" du [A-ZÀ-Þ]")


@functools.cache
def _compound_heads(words: frozenset[str]) -> tuple[str, ...]:
    """The words long enough to end a German compound naming one ("Zollhündin": hündin)."""
    return tuple(w for w in words if len(w) > 3)


_RELATIVE_RE = re.compile(r", (\w+) ")
_MODEL_NUMBER_RE = re.compile(r"[-‐‑]\d")
_NEXT_WORD_RE = re.compile(r" ([^\W\d_][\w'’-]*)")
_PREV_WORD_RE = re.compile(r"([^\W\d_][\w'’.-]*)[ \t\u00a0]+$")


class _Builder:
    """Validates the parsed YAML and gathers keys; errors name the file and the key."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.rules: dict[str, list[_Rule]] = {}
        self.letters: dict[str, set[str]] = {}
        self.exclusions: dict[str, list[tuple[str, bool, bool]]] = {}

    def fail(self, where: str, problem: str) -> ValueError:
        return ValueError(f"{self.source}: {where}: {problem}")

    def strings(self, value: object, where: str) -> list[str]:
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise self.fail(where, "must be a list of non-empty strings")
        return [str(v) for v in value]

    def mapping(self, value: object, where: str, allowed: set[str]) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, f"must be a mapping with keys {sorted(allowed)}")
        if set(value) - allowed:
            raise self.fail(where, f"unknown keys {sorted(set(value) - allowed)}")
        return value

    def add(self, term: str, rule: _Rule) -> None:
        for variant in _expand(term):
            key = _key(variant)
            if key.strip("* "):
                self.rules.setdefault(key, []).append(rule)
                self.letters.setdefault(key, set()).update(_DISTINCT_LETTERS & set(variant.lower()))

    def topic(self, key: object, spec: object) -> str:
        where = f"topics.{key}"
        if not isinstance(key, str) or not _KEY_RE.match(key):
            raise self.fail(where, "topic keys must be lower-case words (a-z, 0-9, _ or -)")
        spec = self.mapping(spec, where, {"label", "terms", "people", "exclusions"})
        terms = spec.get("terms")
        if not isinstance(terms, dict) or not terms:
            raise self.fail(f"{where}.terms", "must be a non-empty mapping of kind -> terms")
        for kind, values in terms.items():
            for term in self.strings(values, f"{where}.terms.{kind}"):
                self.add(term, _Rule(key, kind=kind))
        people = spec.get("people") or []
        if not isinstance(people, list):
            raise self.fail(f"{where}.people", "must be a list")
        for i, person in enumerate(people):
            self.person(key, person, f"{where}.people[{i}]")
        exclusions = spec.get("exclusions") or []
        if not isinstance(exclusions, list):
            raise self.fail(f"{where}.exclusions", "must be a list")
        for i, item in enumerate(exclusions):
            self.exclusion(item, f"{where}.exclusions[{i}]")
        label = spec.get("label", key)
        if not isinstance(label, str):
            raise self.fail(f"{where}.label", "must be a string")
        return label

    def person(self, topic: str, person: object, where: str) -> None:
        person = self.mapping(person, where, {"name", "match", "first_names", "gender"})
        name = person.get("name")
        if not isinstance(name, str) or not name.strip():
            raise self.fail(f"{where}.name", "must be a non-empty string")
        gender = person.get("gender", "")
        if gender not in ("", "male", "female"):
            raise self.fail(f"{where}.gender", "must be male or female")
        self.add(name, _Rule(topic, name, gender=gender))
        firsts = self.strings(person.get("first_names", []), f"{where}.first_names")
        rule = _Rule(topic, name, frozenset(_key(f) for f in firsts), gender=gender)
        for short in self.strings(person.get("match", []), f"{where}.match"):
            self.add(short, rule)

    def exclusion(self, item: object, where: str) -> None:
        if isinstance(item, str) and item.strip():
            item = {"text": item}
        spec = self.mapping(item, where, {"text", "match_case", "sticky"})
        text = spec.get("text")
        if not isinstance(text, str) or not text.strip():
            raise self.fail(f"{where}.text", "must be a non-empty string")
        flags = (spec.get("match_case", False), spec.get("sticky", False))
        if not all(isinstance(f, bool) for f in flags):
            raise self.fail(where, "match_case and sticky must be true or false")
        for variant in _expand(text):
            self.exclusions.setdefault(_key(variant), []).append((variant, *flags))


_NAME_CONTEXT = (  # the word lists of `name_context`, each a Lexicon field
    *("titles", "male_titles", "female_titles", "function_words", "occupations"),
    *("prepositions", "articles", "relatives", "place_nouns", "name_prefixes", "naming_words"),
)


def _compile(data: object, source: str) -> Lexicon:
    builder = _Builder(source)
    if not isinstance(data, dict):
        raise builder.fail("top level", "must be a mapping with a `topics` key")
    builder.mapping(data, "top level", {"version", "name_context", "topics", "speech"})
    topics = data.get("topics")
    if not isinstance(topics, dict) or not topics:
        raise builder.fail("topics", "must be a non-empty mapping of topic key -> definition")
    labels = {key: builder.topic(key, spec) for key, spec in topics.items()}
    context = builder.mapping(data.get("name_context") or {}, "name_context", set(_NAME_CONTEXT))
    words = {
        part: frozenset(
            _key(w) for w in builder.strings(context.get(part, []), f"name_context.{part}")
        )
        for part in _NAME_CONTEXT
    }
    rules = {k: tuple(dict.fromkeys(v)) for k, v in builder.rules.items() if not k.endswith("*")}
    stems = tuple(
        (k.rstrip("*"), rule) for k, v in builder.rules.items() if k.endswith("*") for rule in v
    )
    excl = builder.exclusions
    return Lexicon(
        source=source,
        topics=tuple(labels),
        labels=labels,
        rules=rules,
        stems=stems,
        term_re=word_matcher(builder.rules),
        exclusion_re=word_matcher(excl) if excl else None,
        exclusions={
            k: _Exclusion(
                tuple(_case_key(text) for text, _, _ in v) if all(c for _, c, _ in v) else None,
                any(s for _, _, s in v),
            )
            for k, v in excl.items()
        },
        **words,  # the `name_context` lists, each its own field
        letters={k: frozenset(v) for k, v in builder.letters.items() if v},
        single_words=frozenset(
            k for k, v in rules.items() if " " not in k and all(not r.person for r in v)
        ),
        multiword_places=frozenset(
            k for k, v in rules.items() if " " in k and all(r.kind == "places" for r in v)
        ),
        speech=_speech(builder, data.get("speech"), source),
    )


def _speech(builder: _Builder, value: object, source: str) -> dict[str, Any]:
    """The `speech` section: the packaged one, updated by the file's own entries if any."""
    default: dict[str, Any] = {}
    if Path(source).resolve() != DEFAULT_TOPICS.resolve():
        default = load_lexicon(DEFAULT_TOPICS).speech
    if value is None:
        return default
    speech = {**default, **builder.mapping(value, "speech", set(_SPEECH_KEYS))}
    for key, entry in speech.items():
        nested = key in ("pronouns", "roles", "title_suffixes", "known_as")
        if nested and isinstance(entry, dict) and all(isinstance(v, str) for v in entry.values()):
            words = " ".join(entry.values())
        elif nested or not isinstance(entry, str):
            kind = "a mapping of names to word strings" if nested else "a string of words"
            raise builder.fail(f"speech.{key}", f"must be {kind}")
        else:
            words = entry
        if "#" in words:  # YAML reads a comment inside a folded string as more words
            raise builder.fail(f"speech.{key}", "holds '#': put comments above the key")
    missing = sorted(set(_SPEECH_KEYS) - set(speech))
    missing += sorted(
        {"singular", "plural", "neuter", "ambiguous"} - set(speech.get("pronouns") or {})
    )
    if missing:
        raise builder.fail("speech", f"missing keys {missing}")
    return speech


_SPEECH_KEYS = re.findall(
    r"\w+",
    "verbs auxiliaries modals according_to pronouns roles titles title_suffixes leaders sources "
    "same institutions institution_names generic_institutions not_names function_words "
    "not_source_words definite_articles documents known_as",
)


@functools.lru_cache(maxsize=16)
def _load_cached(path: str, mtime_ns: int, size: int) -> Lexicon:
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        line = f" at line {where.line + 1}" if where is not None else ""
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise ValueError(f"{path}: invalid YAML{line}: {problem}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"{path}: cannot read topic lexicon: {exc}") from None
    lexicon = _compile(data, path)
    LOGGER.debug("compiled %d topics from %s", len(lexicon.topics), path)
    return lexicon


def load_lexicon(path: str | Path | None = None) -> Lexicon:
    """Load and compile a topic lexicon: `path`, else $MONITOR_TOPICS, else monitor/topics.yaml.

    Compiled lexicons are cached per file (and reloaded when the file changes).
    Raises ValueError with a one-line message naming the file for bad YAML or schema.
    """
    chosen = Path(path or os.environ.get(TOPICS_ENV) or DEFAULT_TOPICS)
    try:
        stat = chosen.stat()
    except OSError as exc:
        raise ValueError(f"{chosen}: cannot read topic lexicon: {exc.strerror}") from None
    return _load_cached(str(chosen), stat.st_mtime_ns, stat.st_size)


# ---------------------------------------------------------------- article analysis
_BLANK_LINE_RE = re.compile(r"\n[ \t\r\u00a0]*\n\s*")


def split_paragraphs(body: str) -> list[str]:
    """Paragraphs separated by blank lines; a body without blank lines falls back to lines."""
    paragraphs = [p.strip() for p in _BLANK_LINE_RE.split(body) if p.strip()]
    if len(paragraphs) == 1 and "\n" in paragraphs[0]:
        paragraphs = [line.strip() for line in paragraphs[0].splitlines() if line.strip()]
    return paragraphs


# what CLD2 refuses as invalid UTF-8 (checked on every code point) and says nothing of a
# language: control characters, lone surrogates and non-characters; those beyond the first
# plane are rare enough to be looked for only when CLD2 refuses a text (the class is slow)
_CLD2_REFUSES_RE = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]"
)
_ASTRAL_NONCHARACTERS_RE = re.compile(
    "[" + "".join(f"\\U{plane:04x}fffe\\U{plane:04x}ffff" for plane in range(1, 17)) + "]"
)


def detect_language(title: str, paragraphs: Sequence[str]) -> str | None:
    """ISO 639-1 code guessed offline by CLD2 (pycld2) from the first ~800 characters; None if
    there is no text or no guess.

    The body comes first: a title line may be a byline or a short headline.
    """
    sample = " ".join(paragraphs[:4])[:LANGUAGE_SAMPLE]
    if len(sample) < 150:
        sample = (title + " " + sample)[:LANGUAGE_SAMPLE]
    if sum(map(str.isalpha, sample[:100])) < 12:
        return None
    sample = _CLD2_REFUSES_RE.sub(" ", sample)
    try:
        _, _, guesses = pycld2.detect(sample.encode("utf-8"))
    except pycld2.error:
        _, _, guesses = pycld2.detect(_ASTRAL_NONCHARACTERS_RE.sub(" ", sample).encode("utf-8"))
    code = str(guesses[0][1])
    return None if code == "un" else code


def _snippet(text: str, starts: list[int], start: int) -> str:
    """The sentence of `text` holding `start`, cut to SNIPPET_CHARS around the mention.

    `starts` is sorted: a binary search keeps long paragraphs with many mentions linear."""
    index = bisect.bisect_right(starts, start)
    s0 = starts[index - 1] if index else 0
    sentence = text[s0 : starts[index] if index < len(starts) else len(text)].strip()
    if len(sentence) <= SNIPPET_CHARS:
        return sentence
    offset = max(0, min(start - s0 - SNIPPET_CHARS // 2, len(sentence) - SNIPPET_CHARS + 2))
    cut = sentence[offset : offset + SNIPPET_CHARS - 2].strip()
    return (
        ("…" if offset else "") + cut + ("…" if offset + SNIPPET_CHARS - 2 < len(sentence) else "")
    )


def salience(title_hit: bool, lead_hit: bool, spread: float, share: float, count: int) -> float:
    """Salience in [0, 1] from the title, the lead, the share of paragraphs, of mentions, volume."""
    score = (
        0.30 * title_hit
        + 0.15 * lead_hit
        + 0.25 * spread
        + 0.20 * share
        + 0.10 * (1.0 - math.exp(-count / 4.0))
    )
    return round(min(1.0, max(0.0, score)), 3)


def _topic_mentions(
    title: str, paragraphs: Sequence[str], hits: Sequence[Sequence[Hit]], order: Sequence[str]
) -> dict[str, TopicMention]:
    """Count, salience, primary flag and snippets per topic; `hits[0]` are the title's."""
    by_topic: dict[str, list[tuple[int, int]]] = {}  # topic -> (text index, offset)
    for i, text_hits in enumerate(hits):
        for start, _, topic in text_hits:
            by_topic.setdefault(topic, []).append((i, start))
    if not by_topic:
        return {}
    total = sum(len(v) for v in by_topic.values())
    lead_end = 2 if len(paragraphs) > 1 and len(paragraphs[0]) < 80 else 1  # byline-only lead
    scores: dict[str, float] = {}
    snippets: dict[str, list[str]] = {}
    starts: dict[int, list[int]] = {}
    for topic in sorted(by_topic, key=lambda t: order.index(t) if t in order else len(order)):
        found = by_topic[topic]
        pars = {i for i, _ in found if i}
        title_hit, lead = found[0][0] == 0, any(i <= lead_end for i in pars)
        texts = snippets[topic] = [title.strip()] if title_hit else []
        for i, start in found:
            if i and len(texts) < MAX_SNIPPETS:
                if i not in starts:
                    starts[i] = sentence_starts(paragraphs[i - 1])
                if (snippet := _snippet(paragraphs[i - 1], starts[i], start)) not in texts:
                    texts.append(snippet)
        spread = len(pars) / max(1, len(paragraphs))
        scores[topic] = salience(title_hit, lead, spread, len(found) / total, len(found))
    ranked = sorted(scores, key=lambda t: -scores[t])
    runner_up = scores[ranked[1]] if len(ranked) > 1 else 0.0
    best, top = scores[ranked[0]], by_topic[ranked[0]]
    clear = best >= PRIMARY_MIN_SCORE and best - runner_up >= PRIMARY_MARGIN
    primary = ranked[0] if clear and (len(top) > 1 or top[0][0] == 0) else None  # not 1 passing
    return {
        t: TopicMention(t, len(by_topic[t]), scores[t], t == primary, tuple(snippets[t]))
        for t in scores
    }


def classify(title: str, body: str, lexicon: Lexicon | None = None) -> Classification:
    """Language, topic mentions and statements of one article (body paragraphs: blank lines)."""
    lex = lexicon if lexicon is not None else load_lexicon()
    paragraphs = split_paragraphs(body)
    folded = [fold(p) for p in paragraphs]
    language = detect_language(title, paragraphs)
    hits = lex.scan_article([title, *paragraphs], [fold(title), *folded], language)
    topics = _topic_mentions(title, paragraphs, hits, lex.topics)
    statements = extract_statements(
        paragraphs, lex, mentions=hits[1:], language=language, folded=folded
    )
    return Classification(language, topics, statements)


def classification_to_json(c: Classification) -> dict[str, object]:
    """JSON-ready dict: language, topics {mentions, score, primary}, statements."""
    return {
        "language": c.language,
        "topics": {
            t: {"mentions": m.mentions, "score": round(m.score, 3), "primary": m.primary}
            for t, m in c.topics.items()
        },
        "statements": [
            {"speaker": s.speaker, "text": s.text, "topics": list(s.topics)} for s in c.statements
        ],
    }


def read_article(path: Path) -> tuple[str, str]:
    """(title, body) of an article file: HTML pages go through monitor.extract; text files
    have the title on the first line and paragraphs separated by blank lines or newlines."""
    if path.suffix.lower() in (".html", ".htm"):
        from monitor.extract import extract_article

        page = extract_article(path.read_bytes())
        return page.title or "", page.body or ""
    text = path.read_text(encoding="utf-8")
    title, _, rest = text.lstrip("\ufeff").partition("\n")
    return title.strip(), "\n\n".join(split_paragraphs(rest))


def classify_file(path: Path) -> dict[str, object]:
    """`monitor classify PATH`: one file's classification, or {"path", "error"}; never raises."""
    try:
        title, body = read_article(Path(path))
        result = classification_to_json(classify(title, body))
    except Exception as exc:  # one bad file must not stop a batch: report it instead
        reason = " ".join(str(exc).split()) or type(exc).__name__
        LOGGER.warning("cannot classify %s: %s", path, reason)
        return {"path": str(path), "error": f"{type(exc).__name__}: {reason}"}
    return {"path": str(path), **result}
