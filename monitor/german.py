"""German nouns from Wiktionary (the german-nouns package): every German noun is capitalised
like a name, so attribution asks this lexicon whether a word is a common noun, a place or a
name, and which nominative a genitive phrase stands for ("des Auswärtigen Amts")."""

from __future__ import annotations

import csv
import functools
from collections.abc import Iterator
from typing import NamedTuple

_NAME_KINDS = frozenset({"Vorname", "Nachname", "Eigenname"})
_CASES = ("nominativ", "genitiv", "dativ", "akkusativ")
# strong adjective endings, as a phrase stands without its article: vorsitzender Richter,
# Haitianische Bischofskonferenz, Auswärtiges Amt
_STRONG = {"m": "er", "f": "e", "n": "es"}


class Noun(NamedTuple):
    lemma: str  # nominative singular: Amt for "Amts"
    genus: str  # m, f, n, or "" when Wiktionary gives none (plurals, names)
    kind: str  # "common", "place" (Toponym) or "name" (given name, surname, proper name)
    adjectival: bool = False  # declined like an adjective: der Beauftragte, das Deutsche


@functools.cache
def _lexicon() -> tuple[dict[str, tuple[Noun, ...]], frozenset[str]]:
    """Every inflected form (casefolded) -> the nouns it may be, in Wiktionary's order; and the
    forms that may be singular ("Nationen" is not: "Vereinten Nationen" needs no gender)."""
    from german_nouns.config import CSV_FILE_PATH

    found: dict[str, tuple[Noun, ...]] = {}
    singular: set[str] = set()
    with open(CSV_FILE_PATH, encoding="utf-8", newline="") as source:
        rows = csv.reader(source)
        header = next(rows)
        columns = [(i, "singular" in h) for i, h in enumerate(header) if h.startswith(_CASES)]
        for row in rows:
            lemma, pos, genus = row[0], set(row[1].split(",")), row[2]
            if not lemma[:1].isupper():
                continue  # affixes: "-algie"
            kind = "name" if pos & _NAME_KINDS else "place" if "Toponym" in pos else "common"
            reading = Noun(lemma, genus, kind, "adjektivische Deklination" in pos)
            forms = {(lemma, True), *((row[i], one) for i, one in columns if row[i])}
            for form, one in forms:
                key = form.casefold()
                if reading not in found.get(key, ()):
                    found[key] = (*found.get(key, ()), reading)
                if one:
                    singular.add(key)
    return found, frozenset(singular)


def noun(word: str, article: str = "") -> Noun | None:
    """The noun `word` is a form of, if Wiktionary knows it; after "der" (a genitive or dative
    feminine: "der Wehrbeauftragten") a feminine reading is preferred, after "des" or "dem" a
    masculine or neuter one."""
    readings = _lexicon()[0].get(word.casefold())
    if not readings:
        return None
    wanted = "f" if article == "der" else "mn" if article in ("des", "dem") else ""
    return next((n for n in readings if n.genus and n.genus in wanted), readings[0])


def common_noun(word: str) -> bool:
    """Whether `word` is only ever a common noun (Lieferung, Jury, Kollege): never a name or a
    place (Richter and Fischer are surnames too)."""
    readings = _lexicon()[0].get(word.casefold(), ())
    return bool(readings) and all(n.kind == "common" for n in readings)


def compound_noun(word: str) -> bool:
    """Whether `word` is a common noun or a long compound ending in one (Städtetag: Tag)."""
    return common_noun(word) or (
        len(word) >= 8 and any(common_noun(word[k:]) for k in range(4, len(word) - 2))
    )


def adjectival(word: str) -> bool:
    """Whether Wiktionary knows `word` as a form of a noun declined like an adjective, such as
    the adjectives that open names ("Deutscher" in "Verband Deutscher Reeder")."""
    return any(n.adjectival for n in _lexicon()[0].get(word.casefold(), ()))


def place(word: str) -> bool:
    """Whether Wiktionary knows `word` as a place (Sassnitz, Den Haag)."""
    return any(n.kind == "place" for n in _lexicon()[0].get(word.casefold(), ()))


def nominative(phrase: str, article: str = "") -> str:
    """A noun phrase after a German article, in the nominative as it would stand without one:
    "(des) Auswärtigen Amts" -> "Auswärtiges Amt", "(der) Deutsche Landkreistag" -> "Deutscher
    Landkreistag", "(des) vorsitzenden Richters" -> "vorsitzender Richter", "(der)
    Wehrbeauftragten" -> "Wehrbeauftragte". The head noun's gender comes from Wiktionary (for
    a compound, from its last part); words after the head ("des", "für") are left alone."""
    words = phrase.split()
    group = 0  # the adjectives and nouns before the phrase's own complements ("des", "für")
    while group < len(words) and (words[group][0].isupper() or _declined(words[group])):
        group += 1
    head = group - 1
    while head > 0 and place(words[head]):
        head -= 1  # "(Verbraucherzentrale) Sachsen": where it is, not what
    # a noun before the last one heads the phrase, which then names what it is ("(des)
    # Fahrlehrerverbands Sachsen"); adjectives end in -e, -en, -er, -es or -em
    head = next(
        (
            i
            for i in range(head)
            if not words[i].endswith(_ADJECTIVE_ENDINGS) and _head_noun(words[i], article)
        ),
        head,
    )
    found = _head_noun(words[head], article) if head >= 0 and words[head][0].isupper() else None
    if found is None or not found.genus:
        return phrase
    words[head] = found.lemma
    for i in range(head):
        reading = noun(words[i])  # "Deutsche(n)", "Roten": nouns only as adjectives used as one
        if reading is None or reading.adjectival or reading.lemma == words[i].removesuffix("n"):
            stem = words[i][:-2] if words[i].endswith(("en", "em")) else words[i].removesuffix("e")
            if stem != words[i] and len(stem) > 3:
                words[i] = stem + _STRONG[found.genus]
    return " ".join(words)


_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")


def _head_noun(word: str, article: str) -> Noun | None:
    """The noun `word` is a form of, or for an unknown compound its last part's gender with the
    compound's own stem (Landkreistags -> Landkreistag, m)."""
    if (found := noun(word, article)) is not None:
        if article != "des":  # "(das) Haus" is "Haus", not the genitive of "Hau"
            readings = _lexicon()[0][word.casefold()]
            found = next((n for n in readings if n.lemma == word and n.genus), found)
        return found if word.casefold() in _lexicon()[1] else None
    for k, part in _last_parts(word, article, shortest=3):
        first = part.lemma[0] if word[k].isupper() else part.lemma[0].lower()  # US-Amt
        return part._replace(lemma=word[:k] + first + part.lemma[1:])
    return None


def _last_parts(word: str, article: str, shortest: int) -> Iterator[tuple[int, Noun]]:
    """The nouns with a gender that `word` may end in as a compound, of `shortest` letters or
    more, longest first, each with where it starts."""
    for k in range(3, len(word) - shortest + 1):
        if (part := noun(word[k:].capitalize(), article)) is not None and part.genus:
            yield k, part


def _noun_or_compound(word: str) -> bool:
    """A noun, or a compound ending in one of six letters or more ("Handwerkskammer"; not
    "Auswärtiges", whose "Ges" is a note, nor "Türkische"), that is no adjective."""
    if adjectival(word) or town(word):
        return False
    return noun(word) is not None or any(
        not part.adjectival for _, part in _last_parts(word, "", shortest=6)
    )


def _declined(word: str) -> bool:
    """An adjective in a weak ending: "vorsitzenden", "venezolanische(n)"."""
    return word.islower() and word.endswith(("e", "en")) and len(word) > 4


def genitive(phrase: str) -> str:
    """An institution's name (nominative, without article) as the complement of another noun,
    the way German labels a spokesperson: "Auswärtiges Amt" -> "des Auswärtigen Amts",
    "Bundesnetzagentur" -> "der Bundesnetzagentur", "Deutsch-Türkische Industrie- und
    Handelskammer" -> "der Deutsch-Türkischen Industrie- und Handelskammer", "haitianische
    Nationalpolizei" -> "der haitianischen Nationalpolizei"; a name whose gender Wiktionary
    does not know takes "von" ("von Eurofer")."""
    words = phrase.split()
    head = _head_index(words)
    found = _head_noun(words[head], "") if head is not None else None
    if head is None or found is None or found.genus not in ("m", "f", "n"):
        return f"von {phrase}"
    for i in range(head):
        if words[i] not in ("und", "oder") and not words[i].endswith("-") and not town(words[i]):
            stem = words[i][:-2] if words[i].endswith(("es", "er", "en")) else words[i][:-1]
            words[i] = stem + "en"  # weak ending after the article: Auswärtigen, Europäischen
    if found.genus == "f":
        return "der " + " ".join(words)
    word = words[head]
    words[head] = word + ("es" if word.endswith(("s", "ß", "x", "z")) else "s")
    return "des " + " ".join(words)


def _head_index(words: list[str]) -> int | None:
    """Where the head noun of a capitalised name stands: after its adjectives ("Auswärtiges")
    and the truncated parts of a coordinated compound ("Industrie- und")."""
    for i, word in enumerate(words):
        adjective = (  # not before an acronym, the name of the noun: "Hafenbehörde HPA"
            i + 1 < len(words)
            and word.endswith(("e", "es", "er", "en"))
            and not words[i + 1].isupper()
        )
        if not word[:1].isupper():
            if word in ("und", "oder") or adjective:  # "haitianische (Nationalpolizei)"
                continue
            return None
        if not (word.endswith("-") or (adjective and not _noun_or_compound(word))):
            return i
    return None


def town(word: str) -> bool:
    """Whether `word` is the undeclined adjective of a place: Berliner, Thüringer (Thüringen)."""
    stem = word[:-2]
    return word.endswith("er") and (place(stem) or place(stem + "en"))
