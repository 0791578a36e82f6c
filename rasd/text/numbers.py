"""Numbers in Arabic news text: digits (Latin, Arabic-Indic, Persian), number words, multipliers,
vague plural counts and bound/approximation qualifiers.

``find_numbers`` works on the normalised text (one pass of a precompiled token regex, then a
left-to-right scan with bounded look-ahead, so it is linear in the text length) and maps every
span back to the ORIGINAL text. Years and parts of dates are numbers here too; the caller
decides what a number counts. Ordinal words ("الثامن عشر", "السادس والعشرين") are not counts:
they are day-of-month words handled by ``rasd.text.dates``.

Lexicon: rasd/data/lexicons/number_words.yaml.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from rasd.data import read_shared, word_list
from rasd.text.normalize import normalize, normalize_with_map, to_original_span

LEXICON_DIR = Path(__file__).resolve().parent.parent / "data" / "lexicons"


@dataclass(slots=True)
class NumberExpr:
    start: int                 # offsets into the original text
    end: int
    surface: str
    value: int | float
    lower_bound: bool = False  # "أكثر من 40": at least
    upper_bound: bool = False  # "ما لا يزيد عن 2500": at most
    vague: bool = False        # "عشرات" coded 10 (ACLED convention)
    approx: bool = False       # "نحو 200 ألف"


# token categories
UNIT, TEEN_HEAD, TEEN_TEN, TEN = "unit", "teen_head", "teen_ten", "ten"
HUNDRED, HUNDRED_DUAL, HUNDRED_FUSED = "hundred", "hundred_dual", "hundred_fused"
THOUSAND, THOUSAND_DUAL, THOUSAND_PL = "thousand", "thousand_dual", "thousand_pl"
MILLION, MILLION_DUAL, MILLION_PL = "million", "million_dual", "million_pl"
BILLION, BILLION_DUAL, BILLION_PL = "billion", "billion_dual", "billion_pl"
HALF, VAGUE = "half", "vague"

_SCALE = {THOUSAND: 1000, THOUSAND_DUAL: 1000, THOUSAND_PL: 1000,
          MILLION: 10**6, MILLION_DUAL: 10**6, MILLION_PL: 10**6,
          BILLION: 10**9, BILLION_DUAL: 10**9, BILLION_PL: 10**9}
_MULT_SINGULAR = {THOUSAND, MILLION, BILLION}
_MULT_PLURAL = {THOUSAND_PL, MILLION_PL, BILLION_PL}
_MULT_DUAL = {THOUSAND_DUAL, MILLION_DUAL, BILLION_DUAL}
_HUNDREDS = {HUNDRED, HUNDRED_DUAL, HUNDRED_FUSED}
_SMALL = {UNIT, TEN, TEEN_TEN} | _HUNDREDS
# Which piece may follow which after "و": Arabic compounds go unit + و + ten ("خمسة وعشرين"),
# hundreds/thousands + و + smaller pieces ("ألف وخمسمائة"). "خمسة وعشرة" (5 and 10) is not 15.
_AFTER_WAW = {
    UNIT: {TEN},
    TEEN_TEN: set(),
    TEN: set(),
    HUNDRED: {UNIT, TEN, TEEN_HEAD}, HUNDRED_DUAL: {UNIT, TEN, TEEN_HEAD}, HUNDRED_FUSED: {UNIT, TEN, TEEN_HEAD},
}
for _c in _MULT_SINGULAR | _MULT_PLURAL | _MULT_DUAL:
    _AFTER_WAW[_c] = {UNIT, TEN, TEEN_HEAD} | _HUNDREDS
for _c in (MILLION, MILLION_PL, MILLION_DUAL, BILLION, BILLION_PL, BILLION_DUAL):
    _AFTER_WAW[_c] = _AFTER_WAW[_c] | {THOUSAND, THOUSAND_DUAL}

_AR_WORD = r"\u0621-\u064a"
# digits: dotted groups (2018.04.23, IPs) -> each run alone; 1,450 thousands; 2.5 decimals
_DIGIT_RE = (
    r"(?P<multi>\d+(?:\.\d+){2,})"
    r"|(?P<th>\d{1,3}(?:,\d{3})+(?:\.\d+)?)(?!\d)"
    r"|(?P<num>\d+(?:\.\d+)?)"
)
# _DIGIT_RE with each form's first digit taken out in front: a pattern that opens with a class
# lets the regex engine skip to the next digit (same matches, same group names: every form
# starts with a digit, and \d\d{0,2} tries the lengths in the order \d{1,3} does)
_DIGIT_FIRST_RE = (
    r"\d(?:(?P<multi>\d*(?:\.\d+){2,})"
    r"|(?P<th>\d{0,2}(?:,\d{3})+(?:\.\d+)?)(?!\d)"
    r"|(?P<num>\d*(?:\.\d+)?))"
)
# proclitics before a number word (conjunction, preposition, article), shortest first (lazy) so
# "واحد" stays one word; "ك" is left out: "كمية" (quantity) would read as ك + مية (100)
_PRE_RE = r"(?P<pre>[وف]?(?:لل|[بل]?(?:ال)?))??"
_PRE_FIRST = "وفلبا"    # the letters a match of _PRE_RE can start with
# (the leading lookahead only skips, fast, the positions where no alternative can start)
_SKIP_RE = re.compile(r"(?=[a-z_@#\d])(?:https?://\S+|www\.\S+|\b\d{1,2}:\d{2}(?::\d{2})?\b|[a-z_@#][a-z0-9_]*\d[a-z0-9_]*)", re.I)
# every match of _SKIP_RE holds a Latin letter, "_", "@" or "#" (these under re.I as there), or a
# digit-colon-digit: a text with neither is skipped by two scans the regex engine runs from
# candidate character to candidate character
# ([a-z_@#] under re.I, spelled out: a class with case-folding gives the engine no skip table;
# İ ı ſ K are the other characters re.I lets [a-z] match)
_SKIP_HINTS = (re.compile(r"[a-zA-Z_@#\u0130\u0131\u017f\u212a]"), re.compile(r"\d:\d"))
_DIGITS_IN_RUN = re.compile(r"\d+")
_WS_GAP = re.compile(r"\s{0,3}")
_ARABIC_COMMA_PLACEHOLDER = "\u0001"
MAX_DIGITS = 15   # longer digit runs are identifiers; beyond this a float loses integer precision
_TRAILING_MARKS = frozenset(chr(c) for c in (*range(0x064B, 0x0660), 0x0670, 0x0640))


@dataclass(slots=True)
class _Tok:
    ns: int            # normalised span of the number part (after proclitics)
    ne: int
    digits: bool
    value: float = 0.0
    prefix: str = ""
    stem: str = ""
    cat: str | None = None
    wval: int = 0       # value of a word token (unit 5, ten 20, vague 10 ...)
    tstart: int = 0     # start of the whole token (before proclitics)


@dataclass(slots=True)
class _Lexicon:
    words: dict[str, tuple[str, int]]
    vague: dict[str, int]
    ordinal_units: frozenset[str]
    qual_before: re.Pattern[str]
    qual_after: re.Pattern[str]
    qual_kind: dict[str, str]
    digit_re: re.Pattern[str]     # _DIGIT_RE (see lexicon)
    word_re: re.Pattern[str]      # a number word (with its proclitics) and the character before it
    word0_re: re.Pattern[str]     # a number word at the start of the text


def _norm_list(items: list[Any]) -> list[str]:
    return [normalize(str(x)) for x in items]


def phrase_alternation(phrases: Any) -> str:
    """A regex matching any of ``phrases`` (spaces match any whitespace run), as a prefix trie.

    A flat "a|b|c" alternation of hundreds of phrases is tried one by one at every position;
    the trie form is tried character by character, so matching stays fast on long texts.
    Longer phrases win (greedy optional tails), as with a longest-first alternation.
    """
    trie: dict[str, Any] = {}
    end = ""   # key marking "a phrase may end here"
    for p in {" ".join(str(x).split()) for x in phrases if str(x).strip()}:
        node = trie
        for ch in p:
            node = node.setdefault(r"\s+" if ch == " " else re.escape(ch), {})
        node[end] = {}

    def build(node: dict[str, Any]) -> str:
        terminal = end in node
        branches = [k + build(v) for k, v in node.items() if k != end]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and not terminal else "(?:" + "|".join(branches) + ")"
        if len(branches) == 1 and terminal:
            body = "(?:" + branches[0] + ")"
        return body + ("?" if terminal else "")

    return build(trie) or "(?!)"


_alt = phrase_alternation


# Kept for callers of the earlier name: the vectorised version now lives in rasd.text.normalize.
normalize_with_offsets = normalize_with_map


@lru_cache(maxsize=1)
def lexicon() -> _Lexicon:
    data = read_shared(LEXICON_DIR / "number_words.yaml")
    words: dict[str, tuple[str, int]] = {}

    def put(cat: str, names: list[Any], value: int) -> None:
        for n in _norm_list(names):
            words.setdefault(n, (cat, value))

    for v, names in data["units"].items():
        put(UNIT, names, int(v))
    for v, names in data["teen_heads"].items():
        put(TEEN_HEAD, names, int(v))
    put(TEEN_TEN, data["teen_ten"], 10)  # "عشرة" is already a unit (10); "عشر" alone is 10 too
    for v, names in data["tens"].items():
        put(TEN, names, int(v))
    put(HUNDRED, data["hundred"], 100)
    put(HUNDRED_DUAL, data["hundred_dual"], 200)
    for v, stems in data["hundred_stems"].items():
        for stem in _norm_list(stems):
            for h in _norm_list(data["hundred"]):
                words.setdefault(stem + h, (HUNDRED_FUSED, int(v) * 100))
    for key, cat in (("thousand", THOUSAND), ("thousand_dual", THOUSAND_DUAL), ("thousand_plural", THOUSAND_PL),
                     ("million", MILLION), ("million_dual", MILLION_DUAL), ("million_plural", MILLION_PL),
                     ("billion", BILLION), ("billion_dual", BILLION_DUAL), ("billion_plural", BILLION_PL)):
        put(cat, data[key], 2 if cat in _MULT_DUAL else 1)
    put(HALF, data["half"], 0)
    vague = {normalize(k): int(v) for k, v in data["vague"].items()}
    for k in vague:
        words.setdefault(k, (VAGUE, vague[k]))
    ordinal_units = frozenset(n for names in data["ordinal_units"].values() for n in _norm_list(names))

    qual_kind: dict[str, str] = {}
    before: list[str] = []
    for kind, phrases in data["qualifiers"].items():
        for p in _norm_list(phrases):
            qual_kind.setdefault(" ".join(p.split()), kind)
            before.append(p)
    after: list[str] = []
    for kind, phrases in data["qualifiers_after"].items():
        for p in _norm_list(phrases):
            qual_kind.setdefault(" ".join(p.split()), kind)
            after.append(p)
    # The tokens are the matches of the alternation _DIGIT_RE | <number word>, found in two scans
    # whose patterns start with a character class: the regex engine then skips, in a tight loop,
    # the positions where no match can start (a pattern opening with a lookaround is tried at
    # every position). A digit token and a word token never share a character, so the two
    # scans find the alternation's matches (see _token_matches). The class lookahead skips,
    # with one test, the words whose first letter starts no proclitic and no number word.
    word = rf"{_PRE_RE}(?P<stem>{_alt(list(words))})(?![{_AR_WORD}])"
    starts = "".join(sorted({w[0] for w in words} | set(_PRE_FIRST)))
    digit_re = re.compile(_DIGIT_FIRST_RE)
    word_re = re.compile(rf"[^{_AR_WORD}](?=[{re.escape(starts)}]){word}")   # (with the character before the word)
    word0_re = re.compile(word)                       # a word at the start of the text
    qual_before = re.compile(
        rf"(?<![{_AR_WORD}])[وفبلك]{{0,2}}(?P<q>{_alt(before)})\s*(?:(?:عن|علي|من)\s+)?(?:ال)?\s*[(\[]?\s*$")
    qual_after = re.compile(rf"\s*[)\]]?\s*(?:[{_AR_WORD}]+\s+)?(?P<q>{_alt(after)})(?![{_AR_WORD}])")
    return _Lexicon(words, vague, ordinal_units, qual_before, qual_after, qual_kind, digit_re, word_re, word0_re)


_NOT_NUMBER = frozenset(word_list("function_words.yaml", "not_number"))   # "I am not" (ل + ست)
_MONDAY_STEMS = frozenset(word_list("function_words.yaml", "monday_stems"))
_WORD_BEFORE = re.compile(r"(\w+)\s{1,3}$")


def _normalised(text: str) -> tuple[str, Sequence[int]]:
    norm, offs = normalize_with_offsets(text)
    if "،" in text:
        # the Arabic comma "،" folds to "," but is never a thousands separator
        chars = list(norm)
        for i, ch in enumerate(chars):
            if ch == "," and text[offs[i]] == "،":
                chars[i] = _ARABIC_COMMA_PLACEHOLDER
        norm = "".join(chars)
    return norm, offs


def _skip_spans(norm: str) -> list[tuple[int, int]]:
    """Spans of URLs, clock times and identifiers (their digits are no numbers)."""
    if not any(h.search(norm) for h in _SKIP_HINTS):
        return []
    return [m.span() for m in _SKIP_RE.finditer(norm)]


def _token_matches(norm: str, lex: _Lexicon) -> list[tuple[int, int, str, str, str, str]]:
    """The matches of the alternation ``_DIGIT_RE | <proclitics?><number word>`` (the word a whole
    word: no Arabic letter on either side) in ``norm``, left to right, as (start, end, kind,
    proclitics, word, matched text); kind is "multi", "th" or "num" for digits, "stem" for a word.

    Two scans: a digit form holds only digits, "." and ","; a word form only Arabic letters. So
    no match of one branch overlaps a match of the other, and where the alternation scans on
    from the end of a match of one branch, the other branch's next match is the same."""
    out = [(m.start(), m.end(), m.lastgroup, "", "", m.group()) for m in lex.digit_re.finditer(norm)]
    words = []
    m = lex.word0_re.match(norm)
    pos = 0
    if m is not None:
        words.append((0, m.end(), "stem", m.group("pre") or "", m.group("stem"), m.group()))
        pos = m.end()
    for m in lex.word_re.finditer(norm, pos):
        words.append((m.start() + 1, m.end(), "stem", m.group("pre") or "", m.group("stem"), m.group()[1:]))
    if words:
        out = sorted(out + words) if out else words  # type: ignore[operator, assignment]
    return out  # type: ignore[return-value]


def _tokens(norm: str, lex: _Lexicon) -> list[_Tok]:
    """Digit runs and number words only (other words never become tokens)."""
    skip = _skip_spans(norm)
    si = 0
    toks: list[_Tok] = []
    for s, e, kind, prefix, stem, raw in _token_matches(norm, lex):
        while si < len(skip) and skip[si][1] <= s:
            si += 1
        if si < len(skip) and skip[si][0] < e and s < skip[si][1]:
            continue
        if kind == "stem":
            if prefix + stem in _NOT_NUMBER:
                continue
            cat, val = lex.words[stem]
            toks.append(_Tok(s + len(prefix), e, False, prefix=prefix, stem=stem, cat=cat, wval=val, tstart=s))
        elif kind == "multi":
            for d in _DIGITS_IN_RUN.finditer(raw):
                if len(d.group()) > MAX_DIGITS:
                    continue
                toks.append(_Tok(s + d.start(), s + d.end(), True, value=float(d.group()), tstart=s + d.start()))
        else:
            raw = raw.replace(",", "")
            if len(raw) > MAX_DIGITS:
                continue      # an identifier or phone number, not a count
            toks.append(_Tok(s, e, True, value=float(raw), tstart=s))
    return toks


def _word_before(norm: str, pos: int) -> str:
    m = _WORD_BEFORE.search(norm, max(0, pos - 40), pos)
    return m.group(1) if m else ""


def _gap_ok(norm: str, a: _Tok, b: _Tok) -> bool:
    """Only whitespace (at most 3 characters) between two tokens of one number."""
    return b.tstart - a.ne <= 3 and _WS_GAP.fullmatch(norm, a.ne, b.tstart) is not None


def _is_ordinal_context(norm: str, toks: list[_Tok], i: int, lex: _Lexicon) -> bool:
    """"عشر" / "والعشرين" right after an ordinal unit ("الثامن عشر", "السادس والعشرين")."""
    word = _word_before(norm, toks[i].tstart)
    for p in ("", "و", "ف", "ب", "ل"):
        if word.startswith(p) and word[len(p):] in lex.ordinal_units:
            return True
    return False


def _int_or_float(v: float) -> int | float:
    return int(v) if float(v).is_integer() else v


# the "-teen" stems (normalised)
TEN_STEMS = word_list("function_words.yaml", "ten_stems")


def _parse_from(norm: str, toks: list[_Tok], i: int, lex: _Lexicon) -> tuple[int, float, bool] | None:
    """Parse one number starting at token i. Returns (index after, value, vague) or None."""
    t = toks[i]
    n = len(toks)

    def nxt(j: int, allow_article: bool = False) -> _Tok | None:
        if j + 1 >= n:
            return None
        b = toks[j + 1]
        if b.cat is None or not _gap_ok(norm, toks[j], b):
            return None
        if b.prefix and not (allow_article and b.prefix == "ال"):
            return None
        return b

    if t.digits:
        b = nxt(i)
        if b is not None and b.cat in _SCALE:
            return i + 2, t.value * _SCALE[b.cat], False
        return i + 1, t.value, False

    cat = t.cat
    if cat is None:
        return None
    if cat == VAGUE or (cat in _MULT_PLURAL and t.stem in lex.vague):
        value = float(lex.vague.get(t.stem, t.wval))
        b = nxt(i, allow_article=True)   # "عشرات الآلاف" = 10000
        if b is not None and b.cat in _MULT_PLURAL:
            return i + 2, value * _SCALE[b.cat], True
        return i + 1, value, True
    if cat == HALF:
        b = nxt(i)
        if b is not None and b.cat in _MULT_SINGULAR:
            return i + 2, 0.5 * _SCALE[b.cat], False
        return None
    if cat == TEEN_HEAD:
        b = nxt(i)
        if b is None or b.cat != TEEN_TEN and b.stem not in TEN_STEMS:
            return None
    if cat in (TEN, TEEN_TEN) and _is_ordinal_context(norm, toks, i, lex):
        return None
    if t.stem in _MONDAY_STEMS and ("ال" in t.prefix or _word_before(norm, t.tstart) == "يوم"):
        return None   # "الاثنين" / "يوم اثنين": Monday (or "both"), not a count

    total = 0.0
    cur = 0.0
    last: str | None = None
    j = i
    while j < n:
        tok = toks[j]
        if j > i:
            prev = toks[j - 1]
            if tok.cat is None or not _gap_ok(norm, prev, tok):
                break
            if tok.prefix == "و":
                if last is None or tok.cat not in _AFTER_WAW.get(last, set()):
                    break
                if tok.cat in (TEN, TEEN_TEN) and _is_ordinal_context(norm, toks, j, lex):
                    break
            elif tok.prefix:
                break
            else:
                # no conjunction: only teens ("ثلاثة عشر") and multipliers ("ثلاثة آلاف")
                ok = (tok.cat == TEEN_TEN and last in (UNIT, TEEN_HEAD) and 1 <= cur % 100 <= 9) or \
                     (tok.cat == HUNDRED and last == UNIT and 3 <= cur <= 9) or \
                     (tok.cat in _MULT_SINGULAR and cur > 0) or \
                     (tok.cat in _MULT_PLURAL and 3 <= cur <= 10)
                if not ok:
                    break
        c = tok.cat
        if c == TEEN_HEAD:
            b = nxt(j)
            if b is None or b.stem not in TEN_STEMS:
                break
            cur += tok.wval + 10
            last = TEN
            j += 2
            continue
        if c == UNIT or (c == TEEN_TEN and j == i):
            cur += tok.wval
        elif c == TEEN_TEN:
            cur += 10
        elif c == TEN:
            cur += tok.wval
        elif c == HUNDRED:
            if last == UNIT and tok.prefix == "" and 3 <= cur <= 9:
                cur *= 100
            else:
                cur += 100
        elif c in (HUNDRED_DUAL, HUNDRED_FUSED):
            cur += tok.wval if c == HUNDRED_FUSED else 200
        elif c in _MULT_SINGULAR:
            total += (cur or 1) * _SCALE[c]
            cur = 0.0
        elif c in _MULT_DUAL:
            total += 2 * _SCALE[c]
        elif c in _MULT_PLURAL:
            if cur <= 0:
                break
            total += cur * _SCALE[c]
            cur = 0.0
        else:   # VAGUE / HALF in the middle of a compound
            break
        last = c
        j += 1
    if j == i:
        return None
    return j, total + cur, False


def _qualify(norm: str, ns: int, ne: int, expr: NumberExpr, lex: _Lexicon) -> None:
    m = lex.qual_before.search(norm, max(0, ns - 40), ns)
    kind = None
    if m:
        kind = lex.qual_kind.get(" ".join(m.group("q").split()))
    else:
        a = lex.qual_after.match(norm, ne, min(len(norm), ne + 40))
        if a:
            kind = lex.qual_kind.get(" ".join(a.group("q").split()))
    if kind == "lower":
        expr.lower_bound = True
    elif kind == "upper":
        expr.upper_bound = True
    elif kind == "approx":
        expr.approx = True


def find_numbers(text: str) -> list[NumberExpr]:
    """All numbers in ``text`` with offsets into the original text, in order."""
    if not text:
        return []
    lex = lexicon()
    norm, offs = _normalised(text)
    toks = _tokens(norm, lex)
    out: list[NumberExpr] = []
    i = 0
    while i < len(toks):
        res = _parse_from(norm, toks, i, lex)
        if res is None:
            i += 1
            continue
        j, value, vague = res
        ns, ne = toks[i].ns, toks[j - 1].ne
        s, e = to_original_span(offs, ns, ne)
        while e < len(text) and text[e] in _TRAILING_MARKS:   # keep the tanwin of "ألفاً"
            e += 1
        expr = NumberExpr(s, e, text[s:e], _int_or_float(value), vague=vague)
        _qualify(norm, toks[i].tstart if not toks[i].digits else ns, ne, expr, lex)
        out.append(expr)
        i = j
    return out


def parse_number(s: str) -> int | float | None:
    """The value of the first number expression in ``s`` ("143 ألف" -> 143000), or None."""
    found = find_numbers(s)
    return found[0].value if found else None
