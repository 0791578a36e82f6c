"""Named counts in a sentence: fatalities (with women / children), injured, and counted items.

Numbers come from ``rasd.text.numbers.find_numbers``; this module only decides WHAT a number
counts, from the noun after it ("2750 برميل متفجر" -> barrel_bombs) or, for people, from the
context ("سقوط 1945 شخصاً" -> fatalities, "143 ألف شخص قد خرجوا" -> people_left).
Nouns and cue words: rasd/data/lexicons/quantities.yaml.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, compress, repeat
from operator import not_
from pathlib import Path
from typing import Any

from rasd.data import read_data, word_list
from rasd.text.glued import cut_word, glued_starts, may_glue
from rasd.text.normalize import normalize
from rasd.text.numbers import NumberExpr
from rasd.text.split_words import join_tokens, split_word_joins
from rasd.text.tokens import Token, cut_glued_tokens, proclitic_splits, token_end, token_norm, token_start

LEXICON = Path(__file__).resolve().parent.parent / "data" / "lexicons" / "quantities.yaml"
# noun classes whose meaning depends on the event (killed? left? arrested?)
PERSON_CLASSES = ("people", "fighters", "detainees", "protesters", "women", "children")
# person classes whose dead are counted as fatalities (women and children have their own names)
KILLED_CLASSES = ("people", "fighters", "detainees", "protesters")
KILL_WINDOW = 7       # tokens before a number where a kill cue makes people counts fatalities
AFTER_WINDOW = 6      # tokens after the counted noun where a kill verb makes them fatalities
BEFORE_WINDOW = 6     # "عدد X ... N": tokens before the number
PARTICIPATION_REACH = 3     # "شارك فيها نحو ألفي مواطن": tokens before the number a verb of taking part may stand


# Letters, digits and the marks inside words; NOT Arabic punctuation (، ؛ ؟ are in U+0600-U+06FF,
# which rasd.text.tokens.TOKEN_RE would glue to the word before them).
_WORD_RE = re.compile(r"[\w\u064B-\u065F\u0670\u0640]+")




@lru_cache(maxsize=262144)
def _norm_word(word: str) -> str:
    return normalize(word)


# (what precedes a word, the word): matches are contiguous, so offsets are running sums and
# findall's tuples replace match objects
_GAP_WORD_RE = re.compile(r"([^\w\u064B-\u065F\u0670\u0640]*)([\w\u064B-\u065F\u0670\u0640]+)")
# the sentence cut at its words, the words kept: [gap, word, gap, word, ..., gap], whose lengths'
# running sums are every word's start and end (speed: one flat list from C, no tuples to unzip)
_SPLIT_WORDS = re.compile(r"([\w\u064B-\u065F\u0670\u0640]+)").split


def sentence_tokens(text: str, start: int, end: int) -> list[Token]:
    """Tokens of text[start:end] with offsets into ``text`` (``stem`` left empty: callers use
    ``token_keys`` for every clitic reading)."""
    parts = _SPLIT_WORDS(text[start:end])
    if len(parts) == 1:
        return []
    # speed: maps over the words instead of a Python loop per token (the offsets are the running
    # sums of the gap and word lengths: a word starts at an odd step and ends at the next even one)
    steps = list(accumulate(map(len, parts), initial=start))
    words = parts[1::2]
    norms = list(map(_norm_word, words))
    toks = list(map(Token, steps[1::2], steps[2::2], words, norms, repeat("")))
    if "" in norms:     # (a word that normalises to nothing)
        toks = list(compress(toks, norms))
    if glued_starts(text):
        toks = cut_glued_tokens(text, toks, _norm_word)   # two glued words (after ة, اء) are two tokens
    return join_tokens(text, toks)      # a word split by a stray space is one token


def _sentence_tokens_loop(text: str, start: int, end: int) -> list[Token]:
    """:func:`sentence_tokens` token by token (the definition; tests compare)."""
    out = []
    e = start
    for gap, w in _GAP_WORD_RE.findall(text, start, end):
        s = e + len(gap)
        e = s + len(w)
        n = _norm_word(w)
        if n:
            out.append(Token(s, e, w, n, ""))
    if glued_starts(text):
        out = cut_glued_tokens(text, out, _norm_word)
    return join_tokens(text, out)


_WORD_CHAR = re.compile(r"[\w\u064B-\u065F\u0670\u0640]").match


def sentence_token_at(text: str, pos: int, start: int, end: int) -> Token | None:
    """The token of ``sentence_tokens(text, start, end)`` that holds ``text[pos]``, or None
    (a character outside every token), without tokenising the whole sentence."""
    a = pos
    while a > start and _WORD_CHAR(text, a - 1):
        a -= 1
    m = _WORD_RE.match(text, a, end)
    if m is None:
        return None
    e, w = m.end(), m.group()       # (speed: each read once)
    if e <= pos:
        return None
    if may_glue(w):      # two words glued after a final ة or اء: the one at pos
        a, b = next(ab for ab in cut_word(text, a, e) if ab[0] <= pos < ab[1])
        m = _WORD_RE.match(text, a, b)
        if m is None:
            return None
        e, w = m.end(), m.group()
    n = _norm_word(w)
    if not n:
        return None
    joins = split_word_joins(text)
    if joins and (a - 1 in joins or e in joins):    # a word split by a stray space: both fragments
        toks = sentence_tokens(text, max(start, a - 40), min(end, e + 40))
        return next((t for t in toks if t.start <= pos < t.end), None)
    return Token(a, e, w, n, "")


@dataclass(slots=True)
class Quantity:
    noun_class: str           # key of `nouns` in quantities.yaml ("air_strikes", "people", ...)
    value: int
    start: int                # evidence span in the document text (number .. noun)
    end: int
    context: str | None = None   # kill | injury | casualty (killed and wounded together) | participants | None
    lower_bound: bool = False
    upper_bound: bool = False
    vague: bool = False
    approx: bool = False
    total: bool = False       # "من أصل 1500", "العدد الإجمالي"
    period: bool = False      # a toll over a period: "منذ بداية الثورة" in its clause (quantities.yaml period_since)
    joined: bool = False      # "415 مدنيا و364 مسلحا قتلوا": joined by "و" to the count of dead right before it
    others: bool = False      # "20 مسلحا آخرين": dead besides those told before (quantities.yaml others_after)


@dataclass(slots=True)
class _QLex:
    phrases: dict[str, list[tuple[tuple[str, ...], str]]]   # first word -> [(words, class)], longest first
    duals: dict[str, str]
    kill: frozenset[str]
    injury: frozenset[str]
    breakdown: tuple[tuple[str, ...], ...]
    before_nouns: frozenset[str]
    total: tuple[tuple[str, ...], ...]
    kill_after: frozenset[str]
    injury_after: frozenset[str]
    after_noun_numbers: frozenset[str]
    labels: dict[str, tuple[str, str, str]]     # name -> (English, Arabic after 11+, Arabic after 3-10)
    period_since: frozenset[str] = frozenset()
    period_starts: frozenset[str] = frozenset()
    bound_after: tuple[tuple[str, ...], ...] = ()
    singular_kill: frozenset[str] = frozenset()
    singular_victims: frozenset[str] = frozenset()
    singular_kill_pronoun: frozenset[str] = frozenset()
    victim_suffixes: tuple[str, ...] = ()
    victim_with: frozenset[str] = frozenset()
    others_after: frozenset[str] = frozenset()
    participation: frozenset[str] = frozenset()


def _key(word: str) -> str:
    """Normalised word without a leading article (phrases are written with or without it)."""
    w = normalize(word)
    return w[2:] if w.startswith("ال") and len(w) > 4 else w


@lru_cache(maxsize=262144)
def token_keys(norm_token: str) -> frozenset[str]:
    """Every clitic-free reading of a normalised token ("وبالغارات" -> {"غارات", ...})."""
    keys = {norm_token}
    for _p, rest in proclitic_splits(norm_token):
        keys.add(rest)
        if rest.startswith("ال") and len(rest) > 4:
            keys.add(rest[2:])
    return frozenset(keys)


@lru_cache(maxsize=1)
def lexicon() -> _QLex:
    data: dict[str, Any] = read_data(LEXICON)
    phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for cls, items in data["nouns"].items():
        for item in items:
            words = tuple(_key(w) for w in str(item).split())
            phrases.setdefault(words[0], []).append((words, cls))
    for lst in phrases.values():
        lst.sort(key=lambda x: len(x[0]), reverse=True)
    duals = {_key(w): cls for cls, ws in data["duals"].items() for w in ws}

    def seqs(items: list[Any]) -> tuple[tuple[str, ...], ...]:
        return tuple(tuple(_key(w) for w in str(i).split()) for i in items)

    return _QLex(
        phrases=phrases,
        duals=duals,
        kill=frozenset(_key(w) for w in data["kill_cues"]),
        injury=frozenset(_key(w) for w in data["injury_cues"]),
        breakdown=seqs(data["breakdown_cues"]),
        before_nouns=frozenset(_key(w) for w in data["count_nouns_before"]),
        total=seqs(data["total_cues"]),
        kill_after=frozenset(_key(w) for w in data["kill_cues_after"]),
        injury_after=frozenset(_key(w) for w in data["injury_cues_after"]),
        after_noun_numbers=frozenset(_key(w) for w in data["after_noun_numbers"]),
        labels={k: (str(v[0]), str(v[1]), str(v[-1])) for k, v in (data.get("labels") or {}).items()},
        period_since=frozenset(_key(w) for w in data.get("period_since") or ()),
        period_starts=frozenset(_key(w) for w in data.get("period_starts") or ()),
        bound_after=seqs(data.get("bound_after") or []),
        singular_kill=frozenset(_key(w) for w in data.get("singular_kill_cues") or ()),
        singular_victims=frozenset(_key(w) for w in data.get("singular_victims") or ()),
        singular_kill_pronoun=frozenset(_key(w) for w in data.get("singular_kill_pronoun_forms") or ()),
        victim_suffixes=tuple(normalize(str(w)) for w in data.get("victim_suffixes") or ()),
        victim_with=frozenset(normalize(str(w)) for w in data.get("victim_with") or ()),
        others_after=frozenset(_key(w) for w in data.get("others_after") or ()),
        participation=frozenset(_key(w) for w in data.get("participation_cues") or ()),
    )


def phrase_end(words: tuple[str, ...] | list[str], tokens: list[Token], i: int,
               keys: Callable[[str], frozenset[str]] = token_keys) -> int | None:
    """Index after a multi-word phrase whose first word matched token i, when its other words
    are read (clitic-free, via ``keys``) in the tokens that follow; else None."""
    j = i + 1
    for w in words[1:]:
        if j >= len(tokens) or w not in keys(tokens[j].norm):
            return None
        j += 1
    return j


def _match_phrase(tokens: list[Token], i: int, lex: _QLex) -> tuple[int, str] | None:
    """Longest noun phrase starting at token i: (index after it, class)."""
    if i >= len(tokens):
        return None
    for first in sorted(token_keys(tokens[i].norm)):
        for words, cls in lex.phrases.get(first, ()):
            j = phrase_end(words, tokens, i)
            if j is not None:
                return j, cls
    return None


def _has_seq(tokens: list[Token], lo: int, hi: int, seqs: tuple[tuple[str, ...], ...]) -> bool:
    for k in range(max(0, lo), min(hi, len(tokens))):
        first = token_keys(tokens[k].norm)
        for seq in seqs:
            if seq and seq[0] not in first:
                continue        # speed: the first word decides most phrases (the test below begins with it)
            if all(k + n < len(tokens) and seq[n] in token_keys(tokens[k + n].norm) for n in range(len(seq))):
                return True
    return False


def _verb_after(clauses: list[int], tokens: list[Token], j: int, words: frozenset[str]) -> bool:
    """One of ``words`` among the AFTER_WINDOW tokens from index j, in the clause of token j - 1
    (the counted noun) or opening the next one ("4 مسلحين من داعش ، قتلوا اليوم"): a verb further
    into another clause is about someone else."""
    for k in range(j, min(j + AFTER_WINDOW, len(tokens), len(clauses))):
        if clauses[k] != clauses[j - 1]:
            return clauses[k] == clauses[k - 1] + 1 and not words.isdisjoint(token_keys(tokens[k].norm))
        if not words.isdisjoint(token_keys(tokens[k].norm)):
            return True
    return False


def _noun_before(tokens: list[Token], k0: int, num: NumberExpr, lex: _QLex) -> tuple[int, str] | None:
    """"شهيد واحد", "مدنيين اثنين": (index of the noun, class) when the number one or two is a
    word right after a one-word noun of the lexicon."""
    if k0 < 1 or k0 >= len(tokens) or tokens[k0].start != num.start or tokens[k0].end != num.end:
        return None
    if lex.after_noun_numbers.isdisjoint(token_keys(tokens[k0].norm)):
        return None
    hit = _match_phrase(tokens, k0 - 1, lex)
    return (k0 - 1, hit[1]) if hit and hit[0] == k0 else None


# nouns of fighters two words after a count ("20 من الثوار")
FIGHTER_NOUNS = frozenset(word_list("event_words.yaml", "fighter_nouns"))


def find_quantities(tokens: list[Token], numbers: list[NumberExpr], skip: Sequence[tuple[int, int]] = (),
                    clauses: list[int] | None = None) -> list[Quantity]:
    """Counts in one sentence. ``tokens`` have document offsets; ``numbers`` are those inside the
    sentence; ``skip`` are spans already taken by dates (a year is not a count); ``clauses``, a
    clause id per token, lets a kill verb after counted people make them fatalities."""
    lex = lexicon()
    out: list[Quantity] = []
    starts = list(map(token_start, tokens))
    ends = list(map(token_end, tokens))
    seen_kill = False
    for num in numbers:
        if any(s <= num.start < e for s, e in skip):
            continue
        if isinstance(num.value, float) and not num.value.is_integer():
            continue
        value = int(num.value)
        if value <= 0:
            continue
        # first token after the number (the number may be inside a token: "و1450")
        # (token starts and ends increase: the first k with starts[k] >= end, with ends[k] > start)
        i = bisect.bisect_left(starts, num.end)
        k0 = bisect.bisect_right(ends, num.start)
        i = _past_bound(tokens, i, lex)     # "ثلاثة على الأقل من أفراد ...": the noun after the bound
        cls = None
        start, end = num.start, num.end
        # the noun before "واحد / اثنين" first: in "مقتل مدنيين اثنين وإصابة آخرين" the word after
        # the number is the next clause's
        before = _noun_before(tokens, k0, num, lex)
        hit: tuple[int, str] | None = _match_phrase(tokens, i, lex) if before is None else None
        if before is not None:
            k0, cls = before
            start = tokens[k0].start
            hit = (k0 + 2, cls)
        if hit is None and i < len(tokens) and "من" in token_keys(tokens[i].norm):
            # "مئات من خيرة الثوار", "5000 من المقاتلين"
            for skip_n in (1, 2, 3):
                hit = _match_phrase(tokens, i + skip_n, lex)
                if hit:
                    break
            if hit is None and i + 2 < len(tokens) and token_keys(tokens[i + 2].norm) & FIGHTER_NOUNS:
                hit = (i + 3, "fighters")
        if hit:
            j, cls = hit
            end = max(end, tokens[j - 1].end)
        else:
            before_words = {w for t in tokens[max(0, k0 - BEFORE_WINDOW):k0] for w in token_keys(t.norm)}
            if not before_words & lex.before_nouns:
                continue
            cls = "count"
        context = _cue_before(tokens, k0, lex)
        joined = bool(hit) and cls in KILLED_CLASSES + ("fatalities",) and bool(out) \
            and _joined_to(tokens, k0, num, out[-1])
        if context is None and joined:
            context = "kill"        # "مقتل 40 مدنيا و 12 مسلحا": the cue before the first count is the second's
        if context is None and cls in ("people", "protesters") and any(
                not lex.participation.isdisjoint(token_keys(t.norm)) for t in tokens[max(0, k0 - PARTICIPATION_REACH):k0]):
            context = "participants"    # "شارك فيها نحو ألفي مواطن": the people of the happening told before
        if context is None and seen_kill and cls in ("women", "children", "people") and (
                _has_seq(tokens, k0 - 4, k0, lex.breakdown) or cls in ("women", "children")):
            context = "kill"
        elif context is None and hit and clauses and cls in PERSON_CLASSES:
            if _verb_after(clauses, tokens, hit[0], lex.kill_after):
                context = "kill"
            elif _verb_after(clauses, tokens, hit[0], lex.injury_after):
                context = "injury"
        if cls == "fatalities":
            context = "kill"
        if context == "kill" and cls in KILLED_CLASSES and seen_kill and _has_seq(
                tokens, k0 - 3, k0, lex.breakdown):
            cls = "of_whom"     # "بينهم خمسة أشخاص": part of the toll already counted
        if context == "kill" and cls in PERSON_CLASSES + ("fatalities",):
            seen_kill = True
        total = _has_seq(tokens, k0 - 4, min(len(tokens), (i if not hit else hit[0]) + 5), lex.total)
        period = _period_since(tokens, k0, hit[0] if hit else i, clauses, lex)
        q = Quantity(cls, value, start, end, context, num.lower_bound, num.upper_bound,
                     num.vague, num.approx, total, period)
        if context == "kill" and hit and cls in KILLED_CLASSES + ("fatalities",):
            q.joined = joined
            q.others = hit[0] < len(tokens) and not lex.others_after.isdisjoint(token_keys(tokens[hit[0]].norm))
        out.append(q)
    duals = lex.duals.keys()
    # speed: most words are no dual noun; the tokens that may be one are picked by a test mapped in C
    for k in compress(range(len(tokens)), map(not_, map(duals.isdisjoint, map(token_keys, map(token_norm, tokens))))):
        t = tokens[k]
        keys = token_keys(t.norm)
        for w in sorted(keys):
            cls = lex.duals.get(w)
            if cls:
                out.append(Quantity(cls, 2, t.start, t.end, _dual_context(tokens, t, cls, lex)))
                break
    out.sort(key=lambda q: q.start)
    return out


def _joined_to(tokens: list[Token], k0: int, num: NumberExpr, prev: Quantity) -> bool:
    """The number (its first token k0) is joined by "و" to the count of dead ``prev`` that ends right before it
    ("415 مدنيا و 364 مسلحا", "مقتل 3 جنود و5 مدنيين"): the two add up to one toll."""
    if prev.context != "kill" or prev.noun_class not in KILLED_CLASSES + ("fatalities",) \
            or k0 >= len(tokens):
        return False
    t = tokens[k0]
    if t.start < num.start:         # "و364": the conjunction glued to the number
        before = k0 - 1
        ok = t.norm.startswith("و") and t.start + 1 == num.start
    else:
        before = k0 - 2
        ok = k0 >= 1 and tokens[k0 - 1].norm == "و"
    return ok and before >= 0 and tokens[before].end == prev.end


def _victim_keys(norm: str, lex: _QLex) -> frozenset[str]:
    """Readings of a token as a singular victim noun: clitic-free, also without an enclitic pronoun."""
    keys = set(token_keys(norm))
    for k in list(keys):
        for suf in lex.victim_suffixes:
            if k.endswith(suf) and len(k) - len(suf) >= 3:
                keys.add(k[:-len(suf)])
    return frozenset(keys) & lex.singular_victims


VICTIM_WITH_REACH = 6      # tokens after the victim noun a "مع" joining others may stand


def _joined_number(window: list[Token]) -> bool:
    """A number in digits joined by "و" ("و 5", "و5") in ``window``."""
    for i, t in enumerate(window):
        if t.norm == "و" and i + 1 < len(window) and window[i + 1].norm[:1].isdigit():
            return True
        if t.norm.startswith("و") and t.norm[1:2].isdigit():
            return True
    return False


def singular_victim(tokens: list[Token], quantities: list[Quantity]) -> Quantity | None:
    """"مقتل قائدها", "استشهاد طفل": a kill noun (quantities.yaml singular_kill_cues) right before a singular
    victim noun (singular_victims), not joined by "و" to a second victim: a toll of one, when the sentence's
    ``quantities`` (``find_quantities``) hold no count of dead. The first such pair. Not a count of
    ``find_quantities`` (merges compare the tolls the sentences number): the event's coded toll reads it."""
    lex = lexicon()
    if any(q.context in ("kill", "casualty") or q.noun_class == "fatalities" for q in quantities):
        return None
    for k in range(len(tokens) - 1):
        if lex.singular_kill.isdisjoint(token_keys(tokens[k].norm)) or not _victim_keys(tokens[k + 1].norm, lex):
            continue
        nxt = tokens[k + 2].norm if k + 2 < len(tokens) else ""
        # "مقتل شاب ووالدته", "مقتل قائد وعناصر": a second victim joined to the first ("مقتل شاب وإصابة
        # آخر" goes on with the wounded)
        if nxt.startswith("و") and token_keys(nxt[1:]).isdisjoint(lex.injury | lex.kill):
            return None
        # "مقتل قيادي في التنظيم مع ستة من مساعديه": others killed with the victim
        if any(t.norm in lex.victim_with for t in tokens[k + 2:k + 2 + VICTIM_WITH_REACH]):
            return None
        # "قتل ضابط برتبة عقيد و 5 مجندين": a number joined by "و" after the victim counts others with him
        if _joined_number(tokens[k + 2:k + 2 + VICTIM_WITH_REACH]):
            return None
        return Quantity("fatalities", 1, tokens[k + 1].start, tokens[k + 1].end, "kill")
    return None


def _past_bound(tokens: list[Token], i: int, lex: _QLex) -> int:
    """Index after a bound phrase ("على الأقل", "تقريبا") that opens at token i, else i."""
    for seq in lex.bound_after:
        j = phrase_end(seq, tokens, i) if i < len(tokens) and seq[0] in token_keys(tokens[i].norm) else None
        if j is not None:
            return j
    return i


PERIOD_REACH = 3        # tokens after "منذ" its start of a war, span of years or year may stand
PERIOD_WINDOW = 5       # tokens after the counted noun (or before the number) "منذ" may stand


def _period_since(tokens: list[Token], k0: int, j: int, clauses: list[int] | None, lex: _QLex) -> bool:
    """A "منذ" of a span of years or of the war's start ("منذ بداية الثورة", "منذ عام 2011", "منذ ثلاث
    سنوات") in the count's clause, among the PERIOD_WINDOW tokens before the number or after its noun
    (token j): a toll over a period, not one happening's."""
    if not lex.period_since or k0 >= len(tokens):
        return False
    same = (lambda x: clauses[x] == clauses[k0]) if clauses and len(clauses) == len(tokens) else (lambda x: True)
    for x in list(range(max(0, k0 - PERIOD_WINDOW), k0)) + list(range(j, min(len(tokens), j + PERIOD_WINDOW))):
        if not same(x) or lex.period_since.isdisjoint(token_keys(tokens[x].norm)):
            continue
        for y in range(x + 1, min(len(tokens), x + 1 + PERIOD_REACH)):
            keys = token_keys(tokens[y].norm)
            if not keys.isdisjoint(lex.period_starts) or re.fullmatch(r"(19|20)\d\d", tokens[y].norm):
                return True
    return False


def _cue_before(tokens: list[Token], k: int, lex: _QLex) -> str | None:
    """"kill" / "injury" from the nearest cue among the KILL_WINDOW tokens before token k: in
    "قتل شرطي الأحد وأصيب جنديان", "استشهاد أمين شرطة وإصابة 3 جنود" the soldiers are wounded;
    "casualty" for the two joined ("مقتل وجرح العشرات", "مصرع وإصابة 24"): dead and wounded together,
    neither a toll nor a count of wounded."""
    lo = max(0, k - KILL_WINDOW)
    for x in range(k - 1, lo - 1, -1):
        keys = token_keys(tokens[x].norm)
        if not keys.isdisjoint(lex.injury):
            if x > lo and tokens[x].norm.startswith("و") and not token_keys(tokens[x - 1].norm).isdisjoint(lex.kill):
                return "casualty"
            return "injury"
        if not keys.isdisjoint(lex.kill):
            return "kill"
    return None


def _dual_context(tokens: list[Token], t: Token, cls: str, lex: _QLex) -> str | None:
    """"مقتل عنصرين": a kill / injury cue before a dual of people, as for counted people."""
    if cls not in PERSON_CLASSES:
        return "kill" if cls == "fatalities" else None
    return _cue_before(tokens, bisect.bisect_left([x.start for x in tokens], t.start), lex)


def quantity_name(q: Quantity, counts_as: str | None) -> str:
    """The name a count gets in Event.quantities, given what the event's trigger counts.

    ``counts_as`` comes from the trigger (exit -> people_left, arrest -> arrested,
    execution -> fatalities); a kill / injury cue beside the number wins over it.
    """
    cls = q.noun_class
    if cls == "fatalities":
        return "fatalities"
    if q.context == "kill":
        if cls == "women":
            return "women_killed"
        if cls == "children":
            return "children_killed"
        if cls in KILLED_CLASSES:
            return "fatalities"
    if q.context == "injury" and cls in PERSON_CLASSES:
        return "injured"
    if q.context == "casualty" and cls in PERSON_CLASSES:
        return "casualties"
    if cls in KILLED_CLASSES and counts_as:
        if counts_as == "fatalities" or cls == "people":
            return counts_as
        if cls == "detainees" and counts_as in ("arrested", "abducted"):
            return counts_as
    if cls == "count" and counts_as and counts_as != "fatalities":
        return "count"
    return cls


def quantity_label(name: str, value: int = 11) -> tuple[str, str]:
    """(English, Arabic) words for ``value`` of a count name in event notes ("children_killed_2"
    reads as "children_killed"; Arabic takes the plural after 3 to 10); names with no label are
    spelled out in English in both."""
    base = re.sub(r"_(\d+|total)$", "", name)
    fallback = base.replace("_", " ")
    en, singular, plural = lexicon().labels.get(base, (fallback, fallback, fallback))
    return en, plural if 3 <= value <= 10 else singular


def add_quantity(quantities: dict[str, int], name: str, value: int, total: bool = False) -> str:
    """Put a count under ``name``; a different value for a name already used is kept as
    ``<name>_total`` (after "من أصل"/"الإجمالي") or ``<name>_2``, ``<name>_3`` ..."""
    if name not in quantities or quantities[name] == value:
        quantities[name] = value
        return name
    if total and f"{name}_total" not in quantities:
        quantities[f"{name}_total"] = value
        return f"{name}_total"
    if value in quantities.values():
        return name
    n = 2
    while f"{name}_{n}" in quantities:
        n += 1
    quantities[f"{name}_{n}"] = value
    return f"{name}_{n}"
