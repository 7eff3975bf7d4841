"""Integrity checks for the hand-labelled sets: tests/devset, tests/holdout, tests/holdout2.

Run: .venv/bin/python tests/devset/check_devset.py [--review] [--dir tests/holdout] [en es ...]

Structural checks (errors): ids unique, language matches file, topics within the
watched set, primary in topics or null, bodies 150-450 words with blank-line
paragraphs, every statement text found verbatim between quote marks, every quoted
span of six or more words labelled (and nothing shorter), statements in article order.

--review prints keyword-based hints (not errors) where a crude keyword matcher
disagrees with the labels, so that a human can double-check hard cases.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
LANGS = ["en", "es", "fr", "pt", "de"]
TOPICS = {"venezuela", "ukraine", "haiti"}

PAIRS = {
    "en": {"“": "”", '"': '"', "‘": "’"},
    "es": {"«": "»", "“": "”", '"': '"', "‘": "’"},
    "fr": {"«": "»", "“": "”", '"': '"', "‘": "’", "‹": "›"},
    "pt": {"«": "»", "“": "”", '"': '"', "‘": "’"},
    "de": {"„": "“", "»": "«", "«": "»", "‹": "›", "‚": "‘"},
}

KEYWORDS = {
    "venezuela": r"venezuel|vénézuél|caracas|maracaibo|maduro|miraflores|essequibo",
    "ukraine": r"ukrain|ucr[aâ]n|kyiv|kiev|kiew|kyjiw|kharkiv|charkiw|járkov|carcóvia"
    r"|odes|donbas|crim|krim|zelensk|selenskyj|verkhovna|sebast",
    "haiti": r"ha[iï]t|port-au-prince|porto príncipe|puerto príncipe",
}

SPACES = " \u00a0\u202f\t"


def words(text: str) -> int:
    return sum(1 for tok in text.split() if any(ch.isalnum() for ch in tok))


def find_close(par: str, start: int, opener: str, closer: str) -> int:
    """Index of the closing mark for the opener at start, or -1 if unclosed."""
    depth = 0
    i = start + 1
    while i < len(par):
        ch = par[i]
        if closer == "’" and ch == "’":
            nxt = par[i + 1] if i + 1 < len(par) else " "
            if not nxt.isalpha():
                return i
        elif ch == closer and opener != closer:
            if depth == 0:
                return i
            depth -= 1
        elif ch == closer:
            return i
        elif ch == opener and opener != closer:
            depth += 1
        i += 1
    return -1


def top_spans(par: str, pairs: dict[str, str]) -> list[tuple[str, bool]]:
    """Top-level quoted spans of a paragraph: (inner text, continues_past_paragraph)."""
    out: list[tuple[str, bool]] = []
    i = 0
    while i < len(par):
        ch = par[i]
        if ch in pairs:
            if ch == "‘" and i > 0 and par[i - 1].isalpha():
                i += 1
                continue
            j = find_close(par, i, ch, pairs[ch])
            if j == -1:
                out.append((par[i + 1 :].strip(SPACES), True))
                break
            out.append((par[i + 1 : j].strip(SPACES), False))
            i = j + 1
        else:
            i += 1
    return out


def quotations(body: str, pairs: dict[str, str]) -> list[tuple[str, list[int]]]:
    """All quotations with the indices of the paragraphs they span."""
    pars = [p.strip() for p in body.split("\n\n")]
    result: list[tuple[str, list[int]]] = []
    carry: tuple[str, list[int]] | None = None
    for idx, par in enumerate(pars):
        spans = top_spans(par, pairs)
        if carry is not None:
            if not spans or par[0] not in pairs:
                raise ValueError(f"continued quote not reopened in paragraph {idx + 1}")
            first, cont = spans[0]
            text = carry[0] + " " + first
            if cont:
                carry = (text, [*carry[1], idx])
                continue
            result.append((text, [*carry[1], idx]))
            carry = None
            spans = spans[1:]
        for text, cont in spans:
            if cont:
                carry = (text, [idx])
            else:
                result.append((text, [idx]))
    if carry is not None:
        raise ValueError("quote left open at end of body")
    return result


def hits(text: str) -> set[str]:
    low = text.lower()
    return {t for t, rx in KEYWORDS.items() if re.search(rx, low)}


def check_file(
    lang: str, review: bool, seen: set[str], folder: Path = HERE
) -> tuple[list[str], dict[str, int]]:
    errors: list[str] = []
    data: dict[str, Any] = yaml.safe_load((folder / f"{lang}.yaml").read_text(encoding="utf-8"))
    arts = data["articles"]
    stats = {"articles": len(arts), "negatives": 0, "primary": 0, "statements": 0, "with_st": 0}
    stats.update({"no_primary_pos": 0})
    for a in arts:
        aid = a["id"]
        err = errors.append
        if set(a) != {"id", "language", "title", "body", "topics", "primary", "statements"}:
            err(f"{aid}: keys {sorted(a)}")
        if aid in seen:
            err(f"{aid}: duplicate id")
        seen.add(aid)
        if not aid.startswith(lang + "-") or a["language"] != lang:
            err(f"{aid}: language mismatch")
        topics = a["topics"]
        if not set(topics) <= TOPICS or len(set(topics)) != len(topics):
            err(f"{aid}: bad topics {topics}")
        if a["primary"] is not None and a["primary"] not in topics:
            err(f"{aid}: primary {a['primary']} not in topics")
        body: str = a["body"]
        n = words(body)
        if not 150 <= n <= 450:
            err(f"{aid}: body has {n} words")
        if "\n\n" not in body.strip():
            err(f"{aid}: single paragraph")
        try:
            quotes = quotations(body, PAIRS[lang])
        except ValueError as exc:
            err(f"{aid}: {exc}")
            continue
        long_quotes = [(q, ps) for q, ps in quotes if words(q) >= 6]
        labelled = [s["text"] for s in a["statements"]]
        if labelled != [q for q, _ in long_quotes]:
            err(f"{aid}: statements differ from quoted spans >= 6 words")
            for q, _ in long_quotes:
                if q not in labelled:
                    err(f"    unlabelled span: {q!r}")
            for t in labelled:
                if t not in [q for q, _ in long_quotes]:
                    err(f"    label not a span: {t!r}")
        for s in a["statements"]:
            if set(s) != {"speaker", "text", "topics"}:
                err(f"{aid}: statement keys {sorted(s)}")
            if not set(s["topics"]) <= set(topics):
                err(f"{aid}: statement topics {s['topics']} not within article topics")
            if not s["speaker"] or not isinstance(s["speaker"], str):
                err(f"{aid}: empty speaker")
        stats["negatives"] += not topics
        stats["primary"] += a["primary"] is not None
        stats["no_primary_pos"] += bool(topics) and a["primary"] is None
        stats["statements"] += len(a["statements"])
        stats["with_st"] += bool(a["statements"])
        if review:
            kw = hits(a["title"] + "\n" + body)
            if kw != set(topics):
                print(f"  [review] {aid} keywords {sorted(kw)} vs labels {sorted(topics)}")
            pars = [p.strip() for p in body.split("\n\n")]
            spans = dict(long_quotes)
            for s in a["statements"]:
                ps = spans.get(s["text"], [])
                own = hits(s["text"])
                guess = own or set().union(*(hits(pars[i]) for i in ps))
                if guess != set(s["topics"]):
                    print(
                        f"  [review] {aid} statement {s['text'][:40]!r}: keywords "
                        f"{sorted(guess)} vs labels {sorted(s['topics'])}"
                    )
    return errors, stats


def main() -> int:
    review = "--review" in sys.argv
    folder = Path(sys.argv[sys.argv.index("--dir") + 1]) if "--dir" in sys.argv else HERE
    seen: set[str] = set()
    total_errors = 0
    langs = [arg for arg in sys.argv[1:] if arg in LANGS] or LANGS
    header = ("lang", "arts", "neg", "prim", "pos-noprim", "w/st", "stmts")
    print("{:4} {:>5} {:>4} {:>5} {:>10} {:>5} {:>6}".format(*header))
    for lang in langs:
        errors, st = check_file(lang, review, seen, folder)
        for e in errors:
            print(f"ERROR {e}")
        total_errors += len(errors)
        print(
            f"{lang:4} {st['articles']:5} {st['negatives']:4} {st['primary']:5} "
            f"{st['no_primary_pos']:10} {st['with_st']:5} {st['statements']:6}"
        )
    return 1 if total_errors else 0


if __name__ == "__main__":
    sys.exit(main())
