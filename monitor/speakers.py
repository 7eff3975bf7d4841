"""Attribute quotations to speakers: people, groups, institutions and sources named in the text."""

from __future__ import annotations

import bisect
import functools
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from monitor.statements import (
    PAIRS,
    Quote,
    Vocabulary,
    fold,
    fold_word,
    sentence_starts,
    vocabulary,
)
from monitor.statements import Patterns as P

if TYPE_CHECKING:
    from monitor.classify import Lexicon

LOGGER = logging.getLogger(__name__)
_OPEN_RE = re.compile("[" + re.escape("".join(PAIRS)) + "]")


# ---------------------------------------------------------------- actors
class Actor(NamedTuple):
    """Someone or something that may speak, named outside the quotations."""

    start: int
    end: int
    kind: str  # person | group | inst | anon | role | pron | ref (back-reference)
    value: str  # name, "A\x1fB\x1eand" for groups, phrase, role key, pronoun, ref phrase
    phrase: str = ""  # role: the words naming it; ref: the kind referred to


Found = tuple[str, str]  # (kind, value) of a resolved speaker
Event = tuple[int, int, str, str, bool]  # (paragraph, offset, kind, value, sentence subject)


@dataclass
class _Context:
    masked: list[str]  # paragraphs with the statements blanked out
    folded: list[str]  # fold() of the same
    lexicon: Lexicon
    vocab: Vocabulary
    language: str | None
    names: dict[str, tuple[str, ...]] = field(default_factory=dict)  # full name -> folded words
    known: dict[str, str] = field(default_factory=dict)  # folded word -> fullest name with it
    runs: list[list[re.Match[str]]] = field(default_factory=list)  # capitalised runs
    roles: dict[str, set[str]] = field(default_factory=dict)  # name -> role keys
    actors: list[list[Actor]] = field(default_factory=list)
    starts: list[list[int]] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)  # speakers named, and attributions
    said: list[tuple[int, int, str, str]] = field(default_factory=list)  # attributions


@functools.lru_cache(maxsize=1 << 12)
def _title_key(low: str, vocab: Vocabulary) -> str | None:
    """Role key of a title word ("" when it names no role), None when `low` is not a title."""
    if low in vocab.roles or vocab.has("titles", low):
        return vocab.roles.get(low, "")
    last = low.split()[-1] if low.strip() else low
    found = (k for s, k in vocab.suffixes if last.endswith(s) and len(last) != len(s) + 1)
    return next(found, None)


@functools.lru_cache(maxsize=1 << 14)
def _split_name(
    run: str, vocab: Vocabulary
) -> tuple[tuple[str, ...], tuple[str, ...], frozenset[str]]:
    """A capitalised run as (name words, their folded forms, role keys of the titles before)."""
    toks = run.split()
    toks[-1] = re.sub(r"['’]s?$", "", toks[-1])
    low = [fold_word(t) for t in toks]
    roles: set[str] = set()
    i = 0
    while i < len(toks):  # strip titles, openers and acronyms: "U.S. Secretary of State"
        key = _title_key(low[i], vocab)
        nxt = _title_key(low[i + 1], vocab) if i + 1 < len(toks) else None
        plain = not vocab.has("function_words", low[i]) and not vocab.has("not_names", low[i])
        acronym = "." in low[i] or (len(low[i]) > 1 and toks[i].isupper())
        if key is None and nxt is None and plain and not acronym:
            break
        roles.add(key or "")
        i += 1
    j = next((k for k in range(i, len(toks)) if low[k] in ("of", "for")), len(toks))
    while j > i and low[j - 1] in P.PARTICLES:  # "Mia Mottley of Barbados" -> Mia Mottley
        j -= 1
    keys = frozenset(roles - {""})
    if i == j or any(
        vocab.has("not_in_names", w) or _title_key(w, vocab) is not None for w in low[i:j]
    ):
        return (), (), keys
    return tuple(toks[i:j]), tuple(low[i:j]), keys


def _lenient_person(text: str, ctx: _Context) -> str | None:
    """The subject of "Zelensky said": the last capitalised run of `text` read as a name."""
    runs = P.RUN.findall(text)
    name, low, _ = _split_name(runs[-1], ctx.vocab) if runs else ((), (), frozenset())
    if not name or any(w in ctx.lexicon.single_words for w in low):
        return None
    value = " ".join(name)
    return ctx.known.get(low[0], value) if len(name) == 1 else value


def _run_actors(idx: int, par: str, low: str, ctx: _Context) -> list[Actor]:
    """Persons and capitalised institutions ("the State Department", "NATO", "die Behörde")."""
    out: list[Actor] = []
    vocab = ctx.vocab
    for m in ctx.runs[idx]:
        run, s, e = m.group(), m.start(), m.end()
        w = low[s:e].split("'")[0]
        if " " not in w and not run.isupper():  # fast path: most runs are one plain word
            before = low[s - 20 if s > 20 else 0 : s].split()[-1:]
            if (
                w not in ctx.known
                and not (before and before[0] in vocab.roles)
                and _title_key(w, vocab) is None
                and not vocab.has("institutions", w)
                and not vocab.has("institution_names", w)
                and not P.AGE.match(par, e)
            ):
                continue
        words = low[s:e].split()
        if s == 0 and run.isupper() and re.match(r"\s*(?:[—–-]|\(|,)", par[e : e + 3]):
            continue  # dateline: "PARIS —", "KIEW (dpa) –"
        prev = P.PREV_WORD.search(low, max(0, s - 30), s)
        det = prev.group(1) if prev else ""
        if any(vocab.has("institutions", w) for w in words) or (
            len(words) == 1
            and (vocab.has("institution_names", words[0]) or (run.isupper() and len(run) > 1))
        ):
            while len(words) > 1 and vocab.has("function_words", words[0]):
                det, words, s = words[0], words[1:], s + len(run.split(" ", 1)[0]) + 1
                run = run.split(" ", 1)[1]
            if det in ("das", "dem") and len(words) > 1:
                run = re.sub(r"en?(?= )", "es", run, count=1)  # das Auswärtige Amt
            generic = (
                len(words) == 1
                and vocab.has("institutions", words[0])
                and vocab.has("definite_articles", det)
            )
            out.append(Actor(s, e, "ref" if generic else "inst", run, "inst"))
            continue
        name, folded, roles = _split_name(run, vocab)
        if det in vocab.roles:  # "general Ricardo Matos"
            roles |= {vocab.roles[det]}
        if not name:
            if vocab.has("definite_articles", det) and any(
                _title_key(w, vocab) is not None for w in words
            ):
                out.append(
                    Actor(prev.start(1) if prev else s, e, "role", next(iter(roles), ""), run)
                )
            continue
        if any(w in ctx.lexicon.single_words for w in folded):
            continue
        value = " ".join(name)
        if len(name) == 1:
            if folded[0] not in ctx.known and not roles and not P.AGE.match(par, e):
                continue
            value = ctx.known.get(folded[0], value)
        ctx.roles.setdefault(value, set()).update(roles)
        out.append(Actor(s, s + run.rfind(name[-1]) + len(name[-1]), "person", value))
    return out


def _anon(par: str, low: str, start: int, end: int, backwards: bool, vocab: Vocabulary) -> Actor:
    """An anonymous source widened by its adjectives ("diplomatic sources", "fuentes oficiales");
    "the same sources" and bare "las fuentes" refer back to the sources named before."""
    head = low[start:end]
    for _ in range(2 if backwards else 0):  # English and German adjectives come first
        m = P.LAST_WORD.search(low, max(0, start - 40), start)
        if not m or vocab.has("not_source_words", m.group(1)) or vocab.verb_re.fullmatch(m[1]):
            break
        start = m.start(1)
    before = P.LAST_WORD.search(low, max(0, start - 20), start)
    after = re.match(r" +([a-z]\w*)", low[end : end + 40])
    if after and par[end + after.start(1)].islower():
        word = after.group(1)
        if word[-1] in "sx" and not vocab.has("not_source_words", word):
            end += 0 if vocab.verb_re.fullmatch(word) else after.end()
    phrase, words = par[start:end], low[start:end].split()
    prev_word = before.group(1) if before else ""
    if any(vocab.has("same", w) for w in [*words, prev_word]) or (
        len(words) == 1 and vocab.has("definite_articles", prev_word)
    ):
        return Actor(start, end, "ref", phrase, "anon")
    if "kreise" in head:  # aus diplomatischen Kreisen -> diplomatische Kreise
        phrase = re.sub(r"(?<=[a-zäöü])en\b", "e", phrase)
    if phrase.split()[0].istitle() and (start == 0 or par[:start].rstrip()[-1:] in ".!?"):
        phrase = phrase[0].lower() + phrase[1:]  # "Diplomatic sources said" opens a sentence
    return Actor(start, end, "anon", phrase)


def _actors(idx: int, ctx: _Context) -> list[Actor]:
    """Everything that may speak in one paragraph, roles attached, coordinated persons grouped."""
    par, low, vocab = ctx.masked[idx], ctx.folded[idx], ctx.vocab
    found = _run_actors(idx, par, low, ctx)
    taken = [(a.start, a.end) for a in found]
    backwards = ctx.language not in ("es", "fr", "pt")
    for m in vocab.actor_re.finditer(low):
        s, e, kind = m.start(), m.end(), vocab.words[m.group()]
        if kind == "anon":
            found.append(_anon(par, low, s, e, backwards, vocab))
        elif kind == "pron":
            found.append(Actor(s, e, "pron", m.group()))
        elif any(a <= s < b for a, b in taken):
            continue
        elif (
            kind == "inst"
            and par[s].islower()
            and (det := P.DET_NEXT.search(low, max(0, s - 30), s))
        ):
            tail = P.INST_TAIL.match(par, e)  # "le ministère de l’Europe et des Affaires …"
            end = tail.end() if tail else e
            s = det.start("mod")
            found.append(Actor(s, end, "inst" if tail else "ref", par[s:end], "inst"))
        elif kind == "role" and (det := P.DET_BEFORE.search(low, max(0, s - 50), s)):
            adj = re.match(r" +(\w+)", low[e : e + 30])  # "le président ukrainien"
            if adj and adj.group(1) in ctx.lexicon.single_words and par[e + adj.start(1)].islower():
                e += adj.end()
            found.append(
                Actor(det.start(), e, "role", vocab.roles[m.group()], par[det.start("mod") : e])
            )
    for m in P.KREISE.finditer(low):
        s = len(low[: m.start()].rstrip("abcdefghijklmnopqrstuvwxyzß"))
        found.append(_anon(par, low, s, m.end(), True, vocab))
    found.sort(key=lambda a: (a.start, -a.end))
    actors: list[Actor] = []
    for actor in found:
        if not actors or actor.start >= actors[-1].end:
            actors.append(actor)
    return _merge(par, actors, ctx)


def _merge(par: str, actors: list[Actor], ctx: _Context) -> list[Actor]:
    """Attach roles to the persons they introduce; join coordinated persons into groups."""
    out: list[Actor] = []
    for actor in actors:
        k = len(out) - 1
        while k >= 0 and out[k].kind == "inst" and actor.kind == "person":
            k -= 1  # "El secretario general de la OEA, Albert Ramdin"
        if k >= 0 and out[k].kind == "role" and actor.kind == "person":
            gap = par[out[k].end : actor.start]  # "the Canadian Minister of Foreign Affairs, Joly"
            clause = re.search(r"[.;:!?()]", gap) or ctx.vocab.verb_re.search(gap)
            if len(gap) < 80 and not clause:
                ctx.roles.setdefault(actor.value, set()).add(out[k].value)
                del out[k:]
        prev = out[-1] if out else None
        gap = par[prev.end : actor.start] if prev else ""
        if prev and prev.kind == "person" and actor.kind == "role" and gap.strip() == ",":
            ctx.roles.setdefault(prev.value, set()).add(actor.value)  # "Gil, the minister"
        elif (
            prev
            and prev.kind in ("person", "group")
            and actor.kind == "person"
            and (m := P.GAP.match(gap))
        ):
            names, _, conj = prev.value.partition("\x1e")  # "A, B; and the UK Secretary …, C"
            conj = m.group("c1") or m.group("c2") or conj or "and"
            out[-1] = Actor(prev.start, actor.end, "group", f"{names}\x1f{actor.value}\x1e{conj}")
        else:
            out.append(actor)
    return out


# ---------------------------------------------------------------- resolution
def _last(
    ctx: _Context,
    par: int,
    pos: int,
    kinds: tuple[str, ...],
    test: Callable[[str], object] | None = None,
) -> Found | None:
    """The latest speaker of one of `kinds` before (par, pos), sentence subjects first."""
    for subjects_only in (True, False):
        for p, o, kind, value, subject in reversed(ctx.events):
            ok = kind in kinds and (p, o) < (par, pos) and (subject or not subjects_only)
            if ok and (test is None or test(value)):
                return kind, value
    return None


def _topics_of(text: str, ctx: _Context) -> set[str]:
    return {hit[2] for hit in ctx.lexicon.scan(text)}


def _role(actor: Actor, par: int, ctx: _Context) -> Found | None:
    """A role noun. "The minister": the last person introduced as one; "le président
    ukrainien": the last watched Ukrainian figure named; else the last person named."""
    pos, key = actor.start, actor.value
    demonyms = _topics_of(actor.phrase, ctx)
    return (
        (key and _last(ctx, par, pos, ("person",), lambda n: key in ctx.roles.get(n, ())))
        or (demonyms and _last(ctx, par, pos, ("person",), lambda n: demonyms & _topics_of(n, ctx)))
        or _last(ctx, par, pos, ("person",))
        or ("role", actor.phrase)
    )


def _ref(actor: Actor, par: int, ctx: _Context) -> Found:
    """A back-reference ("the same sources", "the ministry"): the last such speaker named."""
    head = fold(actor.value).split()[-1]
    generic = ctx.vocab.has("generic_institutions", head)
    found = _last(ctx, par, actor.start, (actor.phrase,), lambda v: generic or head in fold(v))
    words = [w for w in actor.value.split() if not ctx.vocab.has("same", fold_word(w))]
    return found or (actor.phrase, " ".join(words))


def _resolve(actor: Actor, par: int, ctx: _Context) -> Found | None:
    """The speaker an actor stands for: pronouns, roles and references look back."""
    if actor.kind in ("person", "group", "inst", "anon"):
        return actor.kind, actor.value
    if actor.kind == "role":
        return _role(actor, par, ctx)
    if actor.kind == "ref":
        return _ref(actor, par, ctx)
    vocab, word = ctx.vocab, actor.value
    if vocab.has("pron_neuter", word):
        return _last(ctx, par, actor.start, ("inst",))
    if vocab.has("pron_plural", word):
        return _last(ctx, par, actor.start, ("group", "anon"))
    kinds = ("group", "anon", "person") if vocab.has("pron_ambiguous", word) else ("person",)
    return _last(ctx, par, actor.start, kinds)


def _implicit(par: int, pos: int, ctx: _Context) -> Found | None:
    """Speaker of a verb without subject ("«…», añadió"): the last subject or speaker nearby."""
    for p, o, kind, value, subject in reversed(ctx.events):
        if p >= par - 1 and subject and (p, o) < (par, pos):
            return kind, value
    return _last(ctx, par, pos, ("person",))


def _descriptor(ctx: _Context, par: int, lo: int, hi: int) -> Found | None:
    """An unnamed speaker described by a noun phrase: "una estudiante de Derecho" (someone new:
    the phrase), "le joueur" (someone named before), "el jefe del Ejecutivo" (the leader)."""
    low, vocab = ctx.folded[par], ctx.vocab
    m = P.DESCRIPTOR.match(low, lo, hi)
    if m is None:
        return None
    toks = [
        (t.start(), t.end())
        for t in re.finditer(r"[\w-]+'?", low[: m.end("np")])
        if t.start() >= m.start("np")
    ]
    words = [low[s:e] for s, e in toks]
    if not words or vocab.has("function_words", words[0]) or vocab.verb_re.fullmatch(words[0]):
        return None
    n = 1
    if (
        n < len(words)
        and words[n] not in P.CONNECTORS
        and not vocab.has("function_words", words[n])
    ):
        n += not vocab.verb_re.fullmatch(words[n]) and ctx.masked[par][toks[n][0]].islower()
    complement = n < len(words) and words[n] in P.CONNECTORS  # "ministre vénézuélien du Pétrole"
    if complement:
        n += 1
        n += n < len(words) and words[n] in P.ARTICLES
        n += n < len(words) and not vocab.has("function_words", words[n])
    phrase = ctx.masked[par][toks[0][0] : toks[min(n, len(toks)) - 1][1]].strip(" '")
    head, definite = words[0], vocab.has("definite_articles", m.group("det"))
    if vocab.has("institutions", head) and definite:  # "the department said"
        return _ref(Actor(lo, hi, "ref", phrase, "inst"), par, ctx)
    if vocab.has("leaders", head) and complement:  # "le chef de l'État"
        return _last(ctx, par, lo, ("person",))
    if definite and not complement:  # "le joueur", "the minister"
        return _role(Actor(lo, hi, "role", _title_key(head, vocab) or "", phrase), par, ctx)
    return "role", phrase


def _between(ctx: _Context, par: int, lo: int, hi: int) -> list[Actor]:
    return [a for a in ctx.actors[par] if lo <= a.start and a.end <= hi]


def _first_in(ctx: _Context, par: int, lo: int, hi: int) -> Found | None:
    """Speaker named after a verb: "said Albares", "dijo el portavoz de la Policía, Michel-Ange
    Louis-Jeune" (the name in apposition wins), "a déclaré le ministère", "dijo una estudiante"."""
    actors = _between(ctx, par, lo, hi)
    low = ctx.folded[par]
    if P.BOTH.match(low, lo, hi):  # "señalaron ambos mandatarios"
        return _last(ctx, par, lo, ("group",))
    det = P.DESCRIPTOR.match(low, lo, hi)
    if det is None:
        if actors:
            return _resolve(actors[0], par, ctx)
        text = ctx.masked[par][lo:hi].split(",")[0]
        name = _lenient_person(text, ctx) if P.RUN.match(text.strip()) else None
        return ("person", name) if name else None  # "dijo Maduro en cadena nacional"
    for a in actors:
        before = low[max(0, a.start - 12) : a.start].rstrip()
        if a.kind in ("person", "group") and before.endswith(","):
            return _resolve(a, par, ctx)  # apposition
        if P.AGENT.search(before):
            return _resolve(a, par, ctx)  # "a statement signed by A, B and C"
    if actors:  # "el ministro", "las mismas fuentes", "o advogado Gonzalo Himiob"
        between = ctx.masked[par][det.end("det") : actors[0].start]
        if len(between.split()) <= 2 and "," not in between:
            return _resolve(actors[0], par, ctx)
    return _descriptor(ctx, par, lo, hi)


def _post(ctx: _Context, par: int, off: int) -> Found | None:
    """Attribution after the closing mark: “…,” he said / said X / a-t-il dit / según X."""
    low, vocab = ctx.folded[par][off : off + 160], ctx.vocab
    low = low[: m.start()] if (m := _OPEN_RE.search(low)) else low
    if m := P.POST_FRENCH.match(low):
        return _resolve(Actor(off, off, "pron", m.group("pron")), par, ctx)
    m = vocab.post_according.match(low) or (P.POST_SO.match(low) if ctx.language == "de" else None)
    if m:
        return _first_in(ctx, par, off + m.start("rest"), off + m.end("rest"))
    if m := vocab.post_verb_first.match(low):
        lo, hi = off + m.start("rest"), off + m.end("rest")
        return _first_in(ctx, par, lo, hi) or _implicit(par, off, ctx)
    if (m := vocab.post_subj_first.match(low)) and not m.group("colon"):
        lo, hi = off + m.start("subj"), off + m.end("subj")
        actors = _between(ctx, par, lo, hi)
        people = [a for a in actors if a.kind in ("person", "group")]
        if people or actors:
            return _resolve((people or actors)[0], par, ctx)
        if found := _descriptor(ctx, par, lo, hi):
            return found
        name = _lenient_person(ctx.masked[par][lo:hi], ctx) if hi - lo < 40 else None
        return ("person", name) if name else None
    return None


def _pre(ctx: _Context, par: int, lo: int, hi: int) -> Found | None:
    """Attribution earlier in the sentence: X said (that) “…” / según X, «…» / X: “…”."""
    low, vocab = ctx.folded[par], ctx.vocab
    according = [m.end() for m in vocab.according_re.finditer(low, lo, hi)]
    verbs = list(vocab.verb_re.finditer(low, lo, hi))
    if according and (not verbs or according[-1] > verbs[-1].start()):
        return _first_in(ctx, par, according[-1], hi)
    if verbs:
        verb = verbs[-1]
        before = _between(ctx, par, lo, verb.start())
        if before:
            return _resolve(before[-1], par, ctx)
        return (
            _descriptor(ctx, par, lo, verb.start())
            or _first_in(ctx, par, verb.end(), hi)
            or _implicit(par, verb.start(), ctx)
        )
    if low[lo:hi].rstrip().endswith(":") and (before := _between(ctx, par, lo, hi)):
        return _resolve(before[-1], par, ctx)
    return None


def _attribute(q: Quote, ctx: _Context) -> Found | None:
    """Who said `q`: after it, earlier in its sentence, the paragraph's last speaker, the
    previous paragraph (when it introduces the quote), or the subject of its sentence."""
    if found := _post(ctx, q.last_par, q.end + 1):
        return found
    starts = ctx.starts[q.par]
    s0 = max(s for s in starts if s < q.start)
    if found := _pre(ctx, q.par, s0, q.start - 1):
        return found
    said = [e for e in ctx.said if e[0] == q.par]
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
    later = [s for s in starts if s > q.start]
    actors = _between(ctx, q.par, s0, later[0] if later else len(ctx.masked[q.par]))
    return _resolve(actors[0], q.par, ctx) if actors else None


def _canonical(name: str, ctx: _Context) -> str:
    """The fullest name the article gives for `name` (Albares -> José Manuel Albares)."""
    words = tuple(fold(name).split())
    best = max(
        (
            full
            for full, fw in ctx.names.items()
            if len(fw) > len(words) and fw[-len(words) :] == words
        ),
        key=len,
        default=None,
    )
    return best or (ctx.known.get(words[0]) if len(words) == 1 else None) or name


def _speaker_text(kind: str, value: str, ctx: _Context) -> str:
    if kind == "person":
        return _canonical(value, ctx)
    if kind == "group":  # signatories: "A, B and C", with the article's own conjunction
        names, _, conj = value.partition("\x1e")
        people = list(dict.fromkeys(_canonical(v, ctx) for v in names.split("\x1f")))
        return (
            ", ".join(people[:-1]) + f" {conj or 'and'} " + people[-1]
            if len(people) > 1
            else people[0]
        )
    return value


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
    ctx = _Context(list(masked), folded, lexicon, vocabulary(lexicon), language)
    ctx.runs = [list(P.RUN.finditer(par)) for par in masked]
    for runs in ctx.runs:
        for run in runs:
            if " " not in run.group():
                continue
            name, low, _ = _split_name(run.group(), ctx.vocab)
            if len(name) > 1 and not any(w in lexicon.single_words for w in low):
                ctx.names.setdefault(" ".join(name), low)
    for full, words in ctx.names.items():
        for word in words:
            if len(full) > len(ctx.known.get(word, "")):
                ctx.known[word] = full
    ctx.starts = [sentence_starts(p) for p in masked[: last + 1]]
    ctx.actors = [_actors(idx, ctx) for idx in range(last + 1)]
    found: dict[Quote, Found | None] = {}
    for idx in range(last + 1):
        _read_paragraph(idx, [q for q in quotes if q.par == idx], found, ctx)
    return [_speaker_text(f[0], f[1], ctx) if (f := found[q]) else None for q in quotes]


def _read_paragraph(
    idx: int, quotes: list[Quote], found: dict[Quote, Found | None], ctx: _Context
) -> None:
    """Walk one paragraph in order: note who is named (resolving sentence subjects) and
    attribute each quotation as it comes, so that later pronouns can refer to its speaker."""
    starts = ctx.starts[idx]
    subjects = set()
    for s, e in zip(starts, [*starts[1:], 1 << 30], strict=True):
        first = next((a for a in ctx.actors[idx] if s <= a.start < e), None)
        if first is not None:
            subjects.add(first)
    items: list[Actor | Quote] = [*ctx.actors[idx], *quotes]
    for item in sorted(items, key=lambda i: i.start):
        if isinstance(item, Quote):
            found[item] = who = _attribute(item, ctx)
            if who is not None:
                ctx.said.append((idx, item.start, *who))
                bisect.insort(ctx.events, (idx, item.start, *who, True))
        elif item.kind in ("person", "group", "inst", "anon"):
            ctx.events.append((idx, item.start, item.kind, item.value, item in subjects))
        elif item in subjects and (who := _resolve(item, idx, ctx)) is not None:
            ctx.events.append((idx, item.start, *who, True))
