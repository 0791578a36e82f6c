"""Triggers in a sentence: matching the lexicon's trigger words and phrases (with clitics and
pronoun suffixes) against a sentence's tokens, and the rules that keep or drop a match by its
neighbours (outcomes, causes, relative clauses, periods and spans since, habitual presents,
elaborations, a clause recalling the past) before a candidate is built.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import lru_cache
from itertools import compress
from typing import Any

from rasd.data import read_shared, word_list
from rasd.extract.counts import phrase_end
from rasd.extract.events.lexicons import LEXICON, TA_MARBUTA, Trigger, _ELex, _k, _keys
from rasd.extract.events.sentences import _Cand, _phrase_table, _phrases_of, _Sent
from rasd.extract.verbs import is_verb, is_verb_or_joined
from rasd.text.normalize import normalize
from rasd.text.tokens import Token, drop_conjunction, token_norm, token_start

RELATIVE = frozenset(normalize(w) for w in word_list("function_words.yaml", "relative_pronouns"))
RELATIVE_AUX = frozenset(normalize(w) for w in word_list("function_words.yaml", "relative_auxiliaries"))
CAUSAL = frozenset(normalize(w) for w in word_list("function_words.yaml", "causal_pronouns"))
NOT_BEFORE_REACH = 2
NOT_BEFORE_SKIP = frozenset(normalize(w) for w in word_list("function_words.yaml", "not_before_skip"))
BACKED_SKIP = frozenset(normalize(w) for w in word_list("function_words.yaml", "backed_skip"))     # "بدعم من قبل الطيران"
# the kind of support said between the support word and the aircraft: "بدعم جوي من طيران التحالف",
# "بغطاء جوي من طيران التحالف"
BACKED_ADJ = frozenset(normalize(w) for w in word_list("event_words.yaml", "backed_adjectives"))
# an aircraft named second in a list of backers ("مدعوما بحلفائه والطيران الروسي"): tokens of the first
# backer the support word may stand before
BACKED_LIST_REACH = 3


# _k of a token's form, asked for the same forms again and again
_k_token: Callable[[str], str] = lru_cache(maxsize=65536)(_k)



_MARKS = "".join(chr(c) for c in range(0x064B, 0x0653))


def _match_triggers(s: _Sent, lex: _ELex) -> list[tuple[Trigger, str, int, int]]:
    if s.trigger_at is not None and not s.trigger_at:
        return []       # speed: no token may start a trigger (the sentence is not tokenised)
    table = _phrase_table(lex)

    def phrases_at(norm: str) -> tuple[Any, ...]:
        return _phrases_of(lex, table, norm)

    toks = s.tokens
    at = None
    if s.trigger_at is not None:     # (a long sentence's tokens past the read ones are not there)
        # (speed: the token starting at each offset by one lookup, token starts ascending: as the token
        # _tok_index finds that starts exactly there)
        index = dict(zip(map(token_start, toks), range(len(toks)), strict=True))
        at = [k for k in map(index.get, s.trigger_at) if k is not None]
    found = _longest_triggers(toks, phrases_at, at)
    # a headline present ("القوات العراقية تسيطر") is a trigger only in a headline item; elsewhere the word
    # is read as no trigger at all, so that no later rule sees it
    return [f for f in found if f[1] not in f[0].headline_only or _headline_item(s, f[2], f[0].headline_dated)]


HEADLINE_NOT_SUBJECT = frozenset(normalize(w) for w in word_list("function_words.yaml", "headline_not_subject"))
# A headline item's opening up to its verb: an optional day head ("23 -", "شباط 1 -"), then a subject of one
# to four plain words (no digit, no punctuation) opening the line ("مسلح يقتل", "القوات العراقية تسيطر").
_PLAIN_WORD = r"[^\s\d\u060c\u061b\u061f,.:;!?\"'\u00ab\u00bb()\[\]\-\u2013\u2014]+"
_HEADLINE_OPENING = re.compile(
    rf"^\s*(?P<head>(?:{_PLAIN_WORD}\s+)?\d{{1,2}}\s*[-\u2013\u2014:]\s*)?{_PLAIN_WORD}(?:\s+{_PLAIN_WORD}){{0,3}}\s*$")


def _headline_item(s: _Sent, ti: int, dated: bool = False) -> bool:
    """The trigger verb follows its subject at the opening of a line (a title or a chronology's dated
    item): news headlines tell the day's deed in the present ("القوات العراقية تسيطر على مطار الموصل")."""
    toks = s.tokens
    start = toks[ti].start
    line_start = s.text.rfind("\n", 0, start) + 1
    opening = s.text[line_start:start]
    got = _HEADLINE_OPENING.match(opening)
    if not got:
        return False
    if dated and not got.group("head") and line_start > 0:
        return False    # "تنظيم الدولة الإسلامية يسيطر على منحدرات الفرات": a line of a control map, a state
    # the subject is a noun phrase: no verb in it ("قالت الشرطة تقتل ..." is no headline subject)
    subject = [t for t in toks[:ti] if t.start >= line_start and not t.norm.isdigit()]
    return (bool(subject) and subject[0].norm not in HEADLINE_NOT_SUBJECT
            and not any(is_verb_or_joined(t.norm) for t in subject[-4:]))


def _longest_triggers(toks: list[Token], phrases_at: Callable[[str], tuple[Any, ...]],
                      at: list[int] | None = None) -> list[tuple[Trigger, str, int, int]]:
    """Left to right, the longest trigger phrase starting at each token (``phrases_at``: the
    phrases a normalised form may start; ``at``: the indexes of the tokens that may start one,
    in order, when known; the others start none)."""
    out = []
    i = 0
    for k in range(len(toks)) if at is None else at:
        if k < i:
            continue        # inside the phrase found last
        i = k
        best = None
        for words, trig, form in phrases_at(toks[i].norm):
            if best is not None and len(words) <= best[3] - i:
                continue
            j = phrase_end(words, toks, i, _keys)
            if j is not None:
                best = (trig, form, i, j)
        if best is not None and best[1] in TA_MARBUTA and toks[i].text.rstrip(_MARKS).endswith("ه"):
            best = None
        if best is None:
            i += 1
            continue
        out.append(best)
        i = best[3]
    return out


_FIRST_WORDS_RE: tuple[Any, re.Pattern[str] | None] = (None, None)


def _first_words_re(seqs: tuple[tuple[str, ...], ...]) -> re.Pattern[str] | None:
    """A regex finding any of the phrases' first words as a substring (what ``w in joined`` tests),
    kept for the last phrase list asked; None when a phrase is empty (it is in every sentence)."""
    global _FIRST_WORDS_RE
    if _FIRST_WORDS_RE[0] is not seqs:
        rx = None if any(not seq for seq in seqs) else re.compile(
            "|".join(re.escape(w) for w in sorted({seq[0] for seq in seqs}, key=len, reverse=True)))
        _FIRST_WORDS_RE = (seqs, rx)
    return _FIRST_WORDS_RE[1]


def _related_header(toks: list[Token], lex: _ELex) -> int | None:
    """Index of the first token after a related-pages header ("مقالات مشابهة", "مواضيع ذات صلة")
    in the sentence, or None: what follows are other pages' headlines, not this page's events."""
    if not lex.related_headers:
        return None
    joined = " ".join(map(token_norm, toks))
    first_re = _first_words_re(lex.related_headers)
    if first_re is not None and first_re.search(joined) is None:
        return None       # speed: no header's first word in the sentence (one regex scan)
    if not any(all(w in joined for w in seq) for seq in lex.related_headers):
        return None       # speed: every reading (_keys) of a token is a part of its form
    firsts = {seq[0] for seq in lex.related_headers}
    for k, t in enumerate(toks):
        if firsts.isdisjoint(_keys(t.norm)):
            continue      # no header starts here (speed: skips the per-header check)
        for seq in lex.related_headers:
            if k + len(seq) <= len(toks) and all(seq[j] in _keys(toks[k + j].norm) for j in range(len(seq))):
                return k + len(seq)
    return None


OUTCOME_VERBS = frozenset(normalize(w) for w in word_list("event_words.yaml", "outcome_verbs"))
OUTCOME_PREPS = frozenset(normalize(w) for w in word_list("function_words.yaml", "outcome_prepositions"))
OUTCOME_REACH = 8                   # "أسفرت الغارة الروسية على مدينة الرقة عن": the subject between


# Not "غداة" (the day after): "غداة سيطرتها عليها" tells the taking of the day before, the page's news
AFTER_WORDS = frozenset(normalize(w) for w in word_list("function_words.yaml", "after_words"))
RECENT_SPAN = frozenset(normalize(w) for w in word_list("event_words.yaml", "recent_span"))
MEANS_REACH = 10    # tokens before "بعد" a casualty trigger of the same clause may stand
SPAN_WORDS = frozenset(normalize(w) for w in word_list("event_words.yaml", "span_words"))
# the verbal nouns that carry a happening's noun: "بعد إبرام اتفاق", "بعد وقوع انفجار", "بعد شن غارات"
CARRIER_WORDS = frozenset(normalize(w) for w in word_list("event_words.yaml", "carrier_words"))


def _after_cause(toks: list[Token], ti: int) -> bool:
    """A verbal noun of a happening (CAUSE_KINDS) right after "بعد" (or "بعد شهر من", "بعد إبرام"), past the
    sentence's first words: "الجيوب التي يسيطر عليها التنظيم بعد استيلاء الجيش على البوكمال", "بعد
    المعارك التي تسببت بخسارة التنظيم": a happening told as what the main clause followed, already
    over (background; "سيطرت الفصائل على القرية بعد معارك" tells the battle with the taking)."""
    j = ti - 1
    while j > 0 and (toks[j].norm in SPAN_WORDS or (j == ti - 1 and toks[j].norm in CARRIER_WORDS)) and ti - j <= 4:
        j -= 1
    return j >= 3 and toks[j].norm in AFTER_WORDS and not is_verb(toks[ti].norm) and (
        j == ti - 1 or toks[ti - 1].norm == "من" or toks[ti - 1].norm in CARRIER_WORDS)


def _recent_or_means(s: _Sent, found: list[tuple[Trigger, str, int, int]], ti: int) -> bool:
    """The cause after "بعد" at ti is of the page's days ("بعد يومين من الهجوم") or the means of
    deaths its clause told just before ("2 قتيل و 5 جرحى بعد غارات"): the news, not background."""
    toks = s.tokens
    j = ti - 1
    while j > 0 and toks[j].norm not in AFTER_WORDS and ti - j <= 4:
        if toks[j].norm in RECENT_SPAN:
            return True
        j -= 1
    return any(t.kind == "casualty" and j - MEANS_REACH <= k < j and s.clause[k] == s.clause[ti]
               for t, _f, k, _e in found)


def _outcome_of(s: _Sent, ti: int) -> bool:
    """The trigger is what another happening resulted in ("أسفرت الغارة عن تصفية 30 قياديا", "أدى القصف
    إلى مقتل"): an outcome verb a few words before, the preposition right before the trigger."""
    if ti < 2 or s.tokens[ti - 1].norm not in OUTCOME_PREPS:
        return False
    return any(s.tokens[k].norm in OUTCOME_VERBS or _keys(s.tokens[k].norm) & OUTCOME_VERBS
               for k in range(max(0, ti - 1 - OUTCOME_REACH), ti - 1) if s.clause[k] == s.clause[ti])


def _not_before(s: _Sent, ti: int, words: frozenset[str]) -> bool:
    """A word of ``words`` among the tokens just before the trigger in its clause (a preposition or
    "عن" may stand between: "الخارجة عن سيطرة")."""
    clause, toks = s.clause, s.tokens
    for k in range(ti - 1, max(-1, ti - 1 - NOT_BEFORE_REACH - 1), -1):
        if clause[k] != clause[ti]:
            return False
        if _keys(toks[k].norm) & words:
            return True
        if ti - k >= NOT_BEFORE_REACH and toks[k].norm not in NOT_BEFORE_SKIP:
            return False
    return False


DISRUPT_SUBJECT = 4   # words of the seizing force's noun phrase ("قوات الأمن التركية") right after the verb
DISRUPT_REACH = 6     # "بتدمير ثلاث دبابات ومدفع 23 وراجمة": the weapon ends a short list of hardware


def _disrupted_by(s: _Sent, ti: int, lex: _ELex) -> int | None:
    """Index of the word of destroying, seizing, foiling or intercepting whose object the weapon trigger at ``ti``
    is ("تدمير 3 سيارات مفخخة", "استولت قوات الأمن على مركبة انتحارية"), or None. Only the weapon's own noun
    phrase stands between (a vehicle or store noun, a count, other hardware), a date ("دمرت صباح اليوم سيارة
    مفخخة") or the verb's named subject; any other word ends the search ("تدمير آلية لهم بتفجير عبوة": the
    blast destroyed it)."""
    if not lex.disrupt_words:
        return None
    toks = s.tokens
    for k in range(ti - 1, max(-1, ti - 1 - DISRUPT_REACH), -1):
        if s.clause[k] != s.clause[ti]:
            return None
        keys = _keys(toks[k].norm)
        if keys & lex.disrupt_words:
            return k
        if (keys & lex.disrupt_fillers or any(ch.isdigit() for ch in toks[k].norm)
                or any(d.start <= toks[k].start < d.end for d in s.dates)):
            continue
        if any(m.start <= toks[k].start < m.end and m.type != "PLACE" for m in s.mentions):
            continue        # "ودمرت قوات النظام 3 سيارات مفخخة", "استولت قوات الأمن على مركبة": the verb's subject
        if keys & lex.disrupt_subjects or _nisba(toks[k].norm):
            # "استولت قوات الأمن التركية على مركبة": the seizing force, right after the disrupting word
            j = k
            while j >= 0 and k - j < DISRUPT_SUBJECT and s.clause[j] == s.clause[ti] and (
                    _keys(toks[j].norm) & lex.disrupt_subjects or _nisba(toks[j].norm)):
                j -= 1
            return j if j >= 0 and s.clause[j] == s.clause[ti] and _keys(toks[j].norm) & lex.disrupt_words else None
        return None
    return None


def _backed(s: _Sent, ti: int, words: frozenset[str]) -> bool:
    """A support word of ``words`` right before the trigger, "من" or "قبل" may stand between ("بدعم من سلاح
    الجو", "مدعوما بالطيران"); not across another noun ("بغطاء من قصف الطائرات": the strike backs it)."""
    k = ti - 1
    while k >= 0 and ti - k <= 3 and s.clause[k] == s.clause[ti] and (
            s.tokens[k].norm in BACKED_SKIP or (s.tokens[k].norm in BACKED_ADJ and ti - k <= 2)):
        k -= 1
    if k >= 0 and s.clause[k] == s.clause[ti] and bool(_keys(s.tokens[k].norm) & words):
        return True
    if not s.tokens[ti].norm.startswith("و"):
        return False
    # "مدعوما بحلفائه والطيران الروسي": the aircraft joined by "و" to a backer after the support word
    for k in range(ti - 2, max(-1, ti - 2 - BACKED_LIST_REACH), -1):
        if s.clause[k] != s.clause[ti]:
            return False
        if _keys(s.tokens[k].norm) & words:
            return True
    return False


def _relative_clause(toks: list[Token], ti: int) -> bool:
    """"التي سيطرت عليها", "الذي تم تحريره": the trigger verb of a relative clause."""
    k = ti - 1
    if k >= 0 and toks[k].norm in RELATIVE_AUX:
        k -= 1
    return k >= 0 and toks[k].norm in RELATIVE


def _imperfective(norm: str) -> bool:
    return len(norm) >= 3 and norm[0] in "يت" and is_verb(norm)


def _present_relative(toks: list[Token], ti: int) -> bool:
    """"الذي يشن حملة", "التي تقصف": a present-tense relative clause describes an actor's doings,
    not a happening of a day; so does a present verb giving a reason ("لأنها تهاجم القوات الأمريكية")."""
    if ti >= 1 and (toks[ti - 1].norm in RELATIVE or toks[ti - 1].norm in CAUSAL) and (_imperfective(toks[ti].norm) or (
            len(toks[ti].norm) >= 4 and toks[ti].norm[0] in "يت")):
        return True     # (right after "التي" a word in ت/ي is the verb: "التي تستهدف", "التي تقصف")
    return ti >= 2 and toks[ti - 2].norm in RELATIVE and _imperfective(toks[ti - 1].norm)


HABITUAL = LEXICON.parent / "event_habitual.yaml"


@lru_cache(maxsize=1)
def _habitual_data() -> dict[str, Any]:
    """event_habitual.yaml, read once for all of its readers (_habitual_lex, _elaboration_lex, _period_lex)."""
    data: dict[str, Any] = read_shared(HABITUAL)
    return data


def _habitual_words(key: str) -> frozenset[str]:
    """A word list of event_habitual.yaml, normalised (empty when the file has none)."""
    return frozenset(normalize(str(w)) for w in _habitual_data().get(key) or ())


@lru_cache(maxsize=1)
def _habitual_lex() -> tuple[tuple[tuple[str, ...], ...], frozenset[str], int, tuple[tuple[str, ...], ...]]:
    data = _habitual_data()
    return (tuple(tuple(normalize(w) for w in str(a).split()) for a in data["adverbs"]),
            frozenset(normalize(str(w)) for w in data["light_verbs"]), int(data["reach"]),
            tuple(tuple(normalize(w) for w in str(a).split()) for a in data["period_phrases"]))


@lru_cache(maxsize=8)
def _phrases_by_first(phrases: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The phrases keyed by their first word: a token starts one only if it is that word (one lookup per
    token instead of a walk over every phrase)."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for a in phrases:
        if a:
            index.setdefault(a[0], []).append(a)
    return {w: tuple(v) for w, v in index.items()}


def _adverb_tokens(s: _Sent, ti: int, phrases: tuple[tuple[str, ...], ...]) -> frozenset[int]:
    """Positions of the tokens of the phrases found in token ti's clause before it."""
    toks = s.tokens
    by_first = _phrases_by_first(phrases)
    got: set[int] = set()
    # (speed: the tokens starting a phrase found by one lookup per token mapped in C)
    for k in compress(range(ti), map(by_first.get, map(token_norm, toks[:ti]))):
        if s.clause[k] != s.clause[ti]:
            continue
        for a in by_first[toks[k].norm]:
            if k + len(a) <= ti and all(toks[k + j].norm == w for j, w in enumerate(a)):
                got.update(range(k, k + len(a)))
    return frozenset(got)


def _in_clause(s: _Sent, ti: int, phrases: tuple[tuple[str, ...], ...]) -> bool:
    """One of the phrases (word sequences) in token ti's clause."""
    toks = s.tokens
    by_first = _phrases_by_first(phrases)
    for k in range(len(toks)):
        cands = by_first.get(toks[k].norm)
        if not cands or s.clause[k] != s.clause[ti]:
            continue
        for a in cands:
            if k + len(a) <= len(toks) and all(toks[k + j].norm == w for j, w in enumerate(a)):
                return True
    return False


@lru_cache(maxsize=1)
def _period_lex() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str], int, int]:
    data = _habitual_data()
    words = _habitual_words
    return (words("period_openers"), words("period_plural_openers"), words("period_units"),
            words("period_plural_units"), words("period_closers"), int(data.get("period_gap", 0)),
            int(data.get("period_lookback", 0)))


def _period_span_at(toks: list[Token], k: int) -> bool:
    """A span of the recent past opens at token k: "خلال الشهر الأخير", "في الأشهر ال - 3 الأخيرة"."""
    openers, plural_openers, units, plural_units, closers, gap, _ = _period_lex()
    w = toks[k].norm.removeprefix("و")
    if k + 2 >= len(toks) or (w not in openers and w not in plural_openers):
        return False
    unit = toks[k + 1].norm
    if not (unit in plural_units or (unit in units and w in openers)):
        return False
    return any(toks[j].norm in closers for j in range(k + 2, min(len(toks), k + 3 + gap)))


def _period_toll(s: _Sent, ti: int) -> bool:
    """"بمقتل المئات ... , خلال الآونة الأخيرة", "خلال الأشهر ال - 3 الأخيرة , لقى 200 منهم مصرعهم":
    deaths over a recent span (event_habitual.yaml), the span after the toll within PERIOD_REACH
    tokens, or before it in its sentence."""
    toks = s.tokens
    phrases = _habitual_lex()[3]
    firsts = {a[0] for a in phrases if a}
    after = range(ti, min(len(toks), ti + PERIOD_REACH))
    if any(k + len(a) <= len(toks) and all(toks[k + j].norm == w for j, w in enumerate(a))
           for k in after if toks[k].norm in firsts for a in phrases):
        return True
    return any(_period_span_at(toks, k) for k in range(max(0, ti - _period_lex()[6]), after.stop))


PERIOD_REACH = 12


@lru_cache(maxsize=1)
def _since_lex() -> tuple[frozenset[str], frozenset[str], int, int, frozenset[str]]:
    data = _habitual_data()
    return (frozenset(normalize(str(w)) for w in data["since_words"]),
            frozenset(normalize(str(w)) for w in data["since_units"]),
            int(data["since_unit_reach"]), int(data["since_reach"]),
            frozenset(normalize(str(w)) for w in data["since_blockers"]) | RELATIVE)


_YEAR = re.compile(r"(?:19|20)\d\d")


def _span_since(s: _Sent, ti: int, tj: int, triggers: list[tuple[int, int]]) -> int | None:
    """Start of a "منذ" phrase of years after the trigger in its clause ("ضد أنقرة منذ ثلاثة عقود",
    "منذ عام 2014"; event_habitual.yaml since_*): the happening is told as going on over a span.
    The reach runs on over the triggers told right after it ("طائرات التحالف غارات جوية ... منذ"),
    one happening. Returns the document offset of "منذ", or None."""
    toks = s.tokens
    words, units, unit_reach, reach, blockers = _since_lex()
    end = tj
    for i2, j2 in sorted(triggers):
        if end <= i2 < end + reach and s.clause[i2] == s.clause[ti]:
            end = max(end, j2)
    for k in range(tj, min(len(toks), end + reach)):
        if s.clause[k] != s.clause[ti] or toks[k].norm in blockers or _imperfective(toks[k].norm):
            return None     # "المنطقة المحاصرة منذ سنوات", "حصار يفرضه التنظيم منذ": another predicate's span
        if toks[k].norm not in words:
            continue
        for j in range(k + 1, min(len(toks), k + 1 + unit_reach)):
            if s.clause[j] != s.clause[ti]:
                break
            if toks[j].norm in units or _YEAR.fullmatch(toks[j].norm):
                return toks[k].start
        return None
    return None


@lru_cache(maxsize=1)
def _elaboration_lex() -> tuple[frozenset[str], tuple[tuple[str, ...], ...], int]:
    data = _habitual_data()
    return (frozenset(normalize(str(w)) for w in data["elaboration_nouns"]),
            tuple(tuple(normalize(w) for w in str(a).split()) for a in data["elaboration_links"]),
            int(data["elaboration_reach"]))


def _elaboration(s: _Sent, ti: int) -> bool:
    """"أن المجزرة ارتكبت عندما قصفت ...": a link word shortly before the trigger, a definite
    happening noun shortly before the link (event_habitual.yaml)."""
    nouns, links, reach = _elaboration_lex()
    toks = s.tokens
    firsts = {a[0] for a in links if a}
    for k in range(max(0, ti - reach), ti):
        if toks[k].norm not in firsts:
            continue        # speed: no link starts here (an empty link counts as none: n is 0)
        n = next((len(a) for a in links if k + len(a) <= ti
                  and all(toks[k + j].norm == w for j, w in enumerate(a))), 0)
        if n and any(toks[j].norm.lstrip("وف") in nouns for j in range(max(0, k - reach), k)):
            return True
    return False


def _habitual_present(s: _Sent, ti: int) -> bool:
    """An imperfective trigger verb, or an imperfective light verb just before the trigger noun,
    with an adverb of habit or main purpose in its clause ("تشن روسيا غارات ... بالأساس"): a
    general statement. Lists: rasd/data/lexicons/event_habitual.yaml."""
    adverbs, light, reach, _ = _habitual_lex()
    toks = s.tokens
    # an adverb standing between the light verb and its noun does not count against the reach
    # ("تقوم بين الفينة والأخرى بحملة اعتقالات")
    between = _adverb_tokens(s, ti, adverbs)
    lo, counted = ti, 0
    while lo > 0:
        if lo - 1 not in between:
            if counted == reach:
                break
            counted += 1
        lo -= 1
    verb = False
    for k in range(lo, ti + 1):
        if s.clause[k] != s.clause[ti]:
            continue
        n = toks[k].norm
        bare = drop_conjunction(n)
        if n in light or bare in light or (k == ti and (_imperfective(n) or _imperfective(bare))):
            verb = True
            break
    return verb and _in_clause(s, ti, adverbs)


@lru_cache(maxsize=1)
def _passive_use_verbs() -> frozenset[str]:
    return frozenset(normalize(str(w)) for w in _habitual_data()["passive_use_verbs"])


def _passive_use(s: _Sent, ti: int, i0: int) -> bool:
    """The trigger (a weapon) follows right after an imperfective verb of using that opens its sentence, feed item or
    clause: no subject stands between, so the verb is the passive ("تُستخدم قذائف هاون عيار 12 ملم في جبهات حلب":
    mortars are used), a general statement of practice, not a deed of a day. "ميليشيات الأسد تستخدم غاز الكلور"
    (a subject before it) and "تستخدم قوات النظام القذائف" (one after it) are left to the other readings."""
    k = ti - 1
    if k < 0 or drop_conjunction(s.tokens[k].norm) not in _passive_use_verbs():
        return False
    return k == 0 or k == i0 or s.clause[k - 1] != s.clause[k]


PAST_AUX = frozenset(normalize(w) for w in word_list("function_words.yaml", "past_auxiliaries"))
WHILE_WORDS = frozenset(normalize(w) for w in word_list("function_words.yaml", "while_words"))
PAST_AUX_REACH = 3      # "كان النظام يستهدف": the subject may stand between


def _past_habitual(s: _Sent, ti: int) -> bool:
    """"كان" + an imperfective verb at or before the trigger in its clause ("كان يستهدف", "كانت القوات
    تقصف"): the past continuous, what used to happen, not a happening of a day (the perfective "كان
    قد استهدف" is not matched)."""
    toks = s.tokens

    def imperfective(k: int) -> bool:
        n = toks[k].norm
        n = drop_conjunction(n, 4)
        # after "كان" a short word opening with ي / ت is the imperfect ("كانت القوات تقصف")
        return _imperfective(n) or (n[:1] == "ت" and 4 <= len(n) <= 6)

    if is_verb(toks[ti].norm) and not imperfective(ti):
        return False    # a perfective trigger verb tells a deed: "وكان مسلح يقود سيارة مفخخة فجر نفسه"
    # the trigger verb itself, or a trigger noun after such a verb in its clause ("كان يستهدف
    # السفارة ... بالقذائف")
    for k in range(ti - 1, -1, -1):
        if s.clause[k] != s.clause[ti]:
            break
        if toks[k].norm in PAST_AUX:
            if k > 0 and toks[k - 1].norm in WHILE_WORDS:
                return False    # "بينما كانت تقوم بقصف": what went on at that moment, told as a happening
            return any(imperfective(j) for j in range(k + 1, min(ti, k + PAST_AUX_REACH) + 1))
    return False


def _clause_keys(s: _Sent, ti: int) -> frozenset[str]:
    """Keys of every word in token ti's clause; kept per clause (asked again per trigger and step)."""
    clause = s.clause
    c = clause[ti]
    got = s.ckeys.get(c)
    if got is None:
        # a clause is a run of tokens (ids never decrease along the sentence): found by bisection
        lo, hi = bisect.bisect_left(clause, c), bisect.bisect_right(clause, c)
        got = s.ckeys[c] = frozenset().union(*map(_keys, map(token_norm, s.tokens[lo:hi])))
    return got


# the last token list asked about and its tokens' starts (asked many times per sentence; the
# reference keeps the list alive, so its identity is not reused; token lists are never changed)
_LAST_STARTS: tuple[Any, list[int]] = (None, [])


def _tok_index(toks: list[Token], pos: int) -> int:
    global _LAST_STARTS
    last = _LAST_STARTS
    if last[0] is not toks:
        last = _LAST_STARTS = (toks, list(map(token_start, toks)))
    return bisect.bisect_right(last[1], pos) - 1


NISBA_SPAN = 2      # nisba adjectives between "سابق" and the noun it qualifies ("الرئيس اليمني السابق")


def _nisba(norm: str) -> bool:
    """A definite nisba adjective ("اليمني", "العراقية"): it qualifies the noun before it."""
    return norm.startswith("ال") and len(norm) > 4 and norm.endswith(("ي", "يه"))


def _earlier_not_time(toks: list[Token], k: int, lex: _ELex) -> bool:
    """Token ``k`` is "سابق" (سابقة, سابقا) saying "former" or "mentioned before", not another time:
    "الرئيس اليمني السابق", "( جبهة النصرة سابقا )", "القرى سابقة الذكر", "المناطق السابقة" (see
    ``former_heads`` in event_triggers.yaml). A time or a happening it qualifies ("في فترات سابقة",
    "هجمات سابقة") is another time: False."""
    if not _keys(toks[k].norm) & lex.earlier_words:
        return False
    if k + 1 < len(toks) and (_keys(toks[k + 1].norm) & lex.mentioned_after or toks[k + 1].text == ")"):
        return True
    if k and _keys(toks[k - 1].norm) & lex.mentioned_heads:
        return True
    # the noun it qualifies, over nisba adjectives (a title may itself be one: "القيادي السابق")
    for head in range(k - 1, max(-1, k - 2 - NISBA_SPAN), -1):
        if _keys(toks[head].norm) & lex.former_heads:
            return True
        if not _nisba(toks[head].norm):
            return False
    return False


def _background(c: _Cand, lex: _ELex) -> bool:
    """The trigger's clause tells background ("وكانت القوات قد دخلت", "سبق أن") or another time."""
    s = c.sent
    if s.clause[c.ti] in (s.other_time_clauses or set()):
        return True
    # the clause's tokens before the trigger: clause ids never decrease along the sentence, so they
    # are the run from the clause's first token up to ti (found by bisection, not a scan of all)
    clause = s.clause
    lo = bisect.bisect_left(clause, clause[c.ti], 0, c.ti)
    toks = s.tokens
    if all(map(lex.background_cues.isdisjoint, map(_keys, map(token_norm, toks[lo:c.ti])))):
        return False    # (speed: no background cue before the trigger, tested in C; most clauses)
    return any(_keys(toks[k].norm) & lex.background_cues and not _earlier_not_time(toks, k, lex)
               for k in range(lo, c.ti))


PAST_REACH = 15     # "وسبق أن قتل عشرات المدنيين بسبب الألغام": the cue heads the trigger's clause


def _past_part(c: _Cand, lex: _ELex) -> bool:
    s = c.sent
    clause = s.clause
    cl = clause[c.ti]
    toks = s.tokens
    # the clause's tokens are a run (clause ids never decrease along the sentence: see _background)
    first, end = bisect.bisect_left(clause, cl, 0, c.ti), bisect.bisect_right(clause, cl, c.ti)
    if any(_keys(toks[k].norm) & lex.past_cues for k in range(max(first, c.ti - PAST_REACH), c.ti)):
        return True
    words = [(_k_token(t.norm), _keys(t.norm)) for t in toks[first:end]]
    return _past_phrase_told(words, c.ti - first, lex)


def _past_phrase_told(words: list[tuple[str, frozenset[str]]], before: int, lex: _ELex) -> bool:
    """A past phrase anywhere in the clause's ``words`` (token key, its keys), or a lead phrase among its first
    ``before`` words (those before the trigger)."""
    present = {w for w, _ks in words}.union(*[ks for _w, ks in words])
    for seqs, limit in ((lex.past_phrases, len(words)), (lex.past_lead_phrases, before)):
        for seq in seqs:
            if not present.issuperset(seq):
                continue    # speed: a word of the phrase is nowhere in the clause
            n = len(seq)
            for i in range(limit - n + 1):
                if (words[i][0] == seq[0] or seq[0] in words[i][1]) and all(
                        words[i + j][0] == seq[j] or seq[j] in words[i + j][1] for j in range(1, n)):
                    return True
    return False
