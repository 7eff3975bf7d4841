"""German nouns from Wiktionary (the german-nouns package): every German noun is capitalised
like a name, so attribution asks this lexicon whether a word is a common noun, a place or a
name, and which nominative a genitive phrase stands for ("des Auswärtigen Amts")."""

from __future__ import annotations

import csv
import functools
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


@functools.cache
def _lexicon() -> dict[str, tuple[Noun, ...]]:
    """Every inflected form (casefolded) -> the nouns it may be, in Wiktionary's order."""
    from german_nouns.config import CSV_FILE_PATH

    found: dict[str, tuple[Noun, ...]] = {}
    with open(CSV_FILE_PATH, encoding="utf-8", newline="") as source:
        rows = csv.reader(source)
        header = next(rows)
        form_columns = [i for i, h in enumerate(header) if h.startswith(_CASES)]
        for row in rows:
            lemma, pos, genus = row[0], set(row[1].split(",")), row[2]
            if not lemma[:1].isupper():
                continue  # affixes: "-algie"
            kind = "name" if pos & _NAME_KINDS else "place" if "Toponym" in pos else "common"
            reading = Noun(lemma, genus, kind)
            for form in {lemma, *(row[i] for i in form_columns if row[i])}:
                key = form.casefold()
                found[key] = (*found.get(key, ()), reading)
    return found


def noun(word: str, article: str = "") -> Noun | None:
    """The noun `word` is a form of, if Wiktionary knows it; after "der" (a genitive or dative
    feminine: "der Wehrbeauftragten") a feminine reading is preferred, after "des" or "dem" a
    masculine or neuter one."""
    readings = _lexicon().get(word.casefold())
    if not readings:
        return None
    wanted = "f" if article == "der" else "mn" if article in ("des", "dem") else ""
    return next((n for n in readings if n.genus and n.genus in wanted), readings[0])


def common_noun(word: str) -> bool:
    """Whether `word` is only ever a common noun (Lieferung, Jury, Kollege): never a name or a
    place (Richter and Fischer are surnames too)."""
    readings = _lexicon().get(word.casefold(), ())
    return bool(readings) and all(n.kind == "common" for n in readings)


def compound_noun(word: str) -> bool:
    """Whether `word` is a common noun or a long compound ending in one (Städtetag: Tag)."""
    return common_noun(word) or (
        len(word) >= 8 and any(common_noun(word[k:]) for k in range(4, len(word) - 2))
    )


def place(word: str) -> bool:
    """Whether Wiktionary knows `word` as a place (Sassnitz, Den Haag)."""
    return any(n.kind == "place" for n in _lexicon().get(word.casefold(), ()))


def nominative(phrase: str, article: str = "") -> str:
    """A noun phrase after a genitive or dative article, in the nominative as it would stand
    without one: "(des) Auswärtigen Amts" -> "Auswärtiges Amt", "(des) vorsitzenden Richters"
    -> "vorsitzender Richter", "(der) Haitianischen Bischofskonferenz" -> "Haitianische …".
    Words after the head (its own genitives: "Sprecher des Bundesamts") are left as they are."""
    words = phrase.split()
    group = 0  # the adjectives and nouns before the phrase's own complements ("des", "für")
    while group < len(words) and (words[group][0].isupper() or _declined(words[group])):
        group += 1
    head = group - 1
    found = noun(words[head], article) if head >= 0 and words[head][0].isupper() else None
    if found is None or not found.genus:
        return phrase
    words[head] = found.lemma
    for i in range(head):
        if _declined(words[i]) or (words[i].endswith("en") and len(words[i]) > 4):
            words[i] = words[i][:-2] + _STRONG[found.genus]
    return " ".join(words)


def _declined(word: str) -> bool:
    """An adjective in a weak case ending: "vorsitzenden", "venezolanischen"."""
    return word.islower() and word.endswith("en") and len(word) > 4
