"""Where: a candidate's place from the place mentions near its trigger, by preposition role,
landmark, frame, anaphor, list and feed-item header, and the place a happening was launched from,
aimed at or stationed at, which is not where it happened.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import compress
from operator import not_
from typing import Any

from rasd.data import word_list
from rasd.extract.claims.lexicons import lexicon as claim_lexicon
from rasd.extract.counts import _norm_word
from rasd.extract.events.actors import _chain
from rasd.extract.events.context import (
    FACILITY_SOURCE,
    REGION_KM,
    TOPIC_LINK_WORDS,
    WITNESS_REACH,
    _DocContext,
    _km,
    _nisba_adjective,
    _place_guard_lists,
    _stationed_words,
)
from rasd.extract.events.lexicons import _ELex, _k, _keys, lexicon
from rasd.extract.events.own_clause import aim_starts, own_relative_pronoun, saying_word
from rasd.extract.events.report_items import report_seg
from rasd.extract.events.sentences import _Cand, _Sent
from rasd.extract.events.triggers import RELATIVE, _clause_keys, _tok_index
from rasd.extract.verbs import is_verb, is_verb_or_joined
from rasd.knowledge.geocode import named_before_outside, outside_phrase_start, told_outside
from rasd.records import Analysis, Entity, Event, Mention
from rasd.text.normalize import normalize
from rasd.text.tokens import token_norm

TOPIC_LINK_CLITICS = TOPIC_LINK_WORDS | frozenset(word_list("function_words.yaml", "topic_link_clitics"))
MAX_PLACE_DISTANCE = 15             # tokens between a trigger and its place
RUN_ON_TOKENS = 80                  # ... of a run-on "sentence" (a ticker, a list without full stops)
FEED_PLACE_DISTANCE = 25            # ... on a feed page, whatever the sentence's length (items glued unseen)


def _place_role(s: _Sent, m: Mention, lex: _ELex) -> str:
    role = _role_by_preposition(s, m, lex)
    if role == "bare" and _witness_subject(s, m) >= 0:
        return "in"     # "أن محافظة صفاقس ( جنوب ) شهدت مسيرة": the place saw the happening
    return role


# "X شهدت مظاهرة": the verb right after a place makes it the subject (the place where it happened);
# bare forms only ("، وشهدت حمص ..." starts another clause whose subject comes after the verb)
WITNESS_VERBS = frozenset(normalize(w) for w in word_list("event_words.yaml", "witness_verbs"))


def _continues_clause(s: _Sent, k: int, ti: int) -> bool:
    """The place at token k stands in the clause right after the trigger's, and that clause opens
    with "في": a prepositional phrase cut off by a comma, still the trigger's ("خرجوا بعد صلاة
    الجمعة , في ساحة X بمدينة Y"), not another predicate."""
    if k <= ti or s.clause[k] != s.clause[ti] + 1 and not (
            s.clause[k] == s.clause[ti] + 2 and _direction_aside(s, s.clause[ti] + 1, ti, k)):
        return False
    first = next(j for j in range(ti, k + 1) if s.clause[j] == s.clause[k])
    return (s.tokens[first].norm == "في" and k - first <= CONTINUED_REACH and k - ti <= MAX_PLACE_DISTANCE
            and s.tokens[first + 1].norm not in CONJUNCTION_AFTER_FI)


def _direction_aside(s: _Sent, c: int, ti: int, k: int) -> bool:
    """Clause c (between tokens ti and k) is only an aside locating what came before it, a direction and a
    place name: "من مناطق غربي الأنبار , غرب العراق , في مدينة البوكمال" (the "في" after it still the trigger's)."""
    words = [j for j in range(ti + 1, k) if s.clause[j] == c and any(ch.isalpha() for ch in s.tokens[j].norm)]
    if not 2 <= len(words) <= DIRECTION_ASIDE_REACH or words[-1] - words[0] != len(words) - 1 \
            or s.tokens[words[0]].norm.removesuffix("ي") not in DIRECTION_NOUNS:
        return False
    start, end = s.tokens[words[1]].start, s.tokens[words[-1]].end
    return any(m.type in ("PLACE", "STATE") and m.start <= start and m.end >= end for m in s.mentions)


DIRECTION_ASIDE_REACH = 3           # words of such an aside: a direction and a name of one or two words

# "في حين", "في الوقت الذي", "في ظل", "في المقابل", "في السياق": "في" opening a conjunction, not a place
CONJUNCTION_AFTER_FI = frozenset(normalize(w) for w in word_list("function_words.yaml", "conjunction_after_fi"))
CONTINUED_REACH = 5                 # tokens from that "في" to the place


def _witness_subject(s: _Sent, m: Mention) -> int:
    """The index of the "شهد" right after the place m (an aside in brackets may stand between), else -1."""
    toks = s.tokens
    k = _tok_index(toks, m.end - 1)
    if k < 0:
        return -1
    j = k + 1
    while j < len(toks) and j - k <= 4 and s.paren[j] != -1 and s.paren[j] != s.paren[k]:
        j += 1          # "صفاقس ( جنوب ) شهدت": an aside in brackets between the place and its verb
    return j if j < len(toks) and toks[j].norm in WITNESS_VERBS else -1


def _role_by_preposition(s: _Sent, m: Mention, lex: _ELex) -> str:
    toks = s.tokens
    own = _norm_word(m.surface)      # (speed: the cached normalize)
    if own.startswith(("ب", "وب", "فب")) and not own.startswith("بر") and not _own_b_after(s, m, own, lex):
        return "in"
    if own.startswith(("لل", "ل", "ول")) and m.norm and not _norm_word(m.norm).startswith("ل") \
            and own != _norm_word(m.norm):
        # (a proclitic the name lacks: "ولاية هلمند" is the name itself, no "و" + "ل")
        return "to"
    k = _tok_index(toks, m.start)
    if k >= 0 and toks[k].start < m.start:
        # the preposition glued to the token but outside the mention ("بصنعاء" with the mention "صنعاء")
        clitic = _norm_word(toks[k].text[:m.start - toks[k].start])
        if clitic in ("ب", "وب", "فب"):
            return "in"
        if clitic in ("ل", "لل", "ول", "ولل"):
            return "to"
    if k > 0 and (own.startswith("و") or (toks[k].start < m.start and toks[k].norm.startswith("و"))):
        prev = next((p for p in s.mentions if p.type == "PLACE" and p.end <= toks[k].start
                     and _tok_index(toks, p.start) == k - 1), None)
        prev_role = _place_role(s, prev, lex) if prev is not None else None
        if prev_role in ("of", "from", "to"):
            return prev_role    # "حافلات بلدتي كفريا والفوعة", "من كفريا والفوعة": the second shares the role
    if k >= 3 and toks[k - 1].norm == "من" and toks[k - 2].norm == "كل":
        # "في كل من دوما وحرستا", "على كل من X و Y": the list takes the preposition before "كل من"
        return "in" if _keys(toks[k - 3].norm) & lex.place_in else "bare"
    j = k - 1
    hops = 0
    while j >= 0 and hops < 3 and (_keys(toks[j].norm) & lex.place_nouns or (
            j > 0 and _nisba(toks[j].norm) and _keys(toks[j - 1].norm) & lex.place_nouns)):
        j -= 1          # "في العاصمة البلجيكية بروكسل": a nisba adjective of the place noun is skipped too
        hops += 1
    if j >= 0 and hops:   # "بمدينة دوما", "في ريف حلب" (the noun carries the preposition)
        nk = toks[j + 1].norm

        def noun_after(prefix: str) -> bool:      # "بمدينة" = ب + مدينة; "بلدة" itself starts with ب
            return nk.startswith(prefix) and _k(nk[len(prefix):]) in lex.place_nouns
        if noun_after("ب") or noun_after("وب"):
            return "in"
        if (noun_after("ل") or noun_after("ول") or noun_after("لل")) and not nk.startswith("لل" + "ا"):
            return "to"
    if j < 0:
        return "bare"
    if hops and j >= 2 and toks[j].norm == "من" and toks[j - 1].norm == "كل":
        # "على كل من قرى وبلدات X و Y": "كل من" opens a list after its preposition, as with no place
        # noun between ("في كل من دوما وحرستا" above); the "من" is no origin
        return "in" if _keys(toks[j - 2].norm) & lex.place_in else "bare"
    if toks[j].norm.startswith("ال") and toks[j].norm[2:].removesuffix("ي") in DIRECTION_NOUNS:
        # "ريف إدلب الجنوبي وحماة الشمالي": the direction adjective ending the name before, no locative
        # "جنوبي" ("جنوبي حماة": south of it) that would put the next name "in"
        return "bare"
    keys = _keys(toks[j].norm) | {toks[j].norm}
    if keys & lex.people_of:
        return "of"     # "حافلات بلدتي كفريا والفوعة": where the people are from, not where it happened
    if keys & lex.place_in:
        if toks[j].norm.removesuffix("ي") in DIRECTION_NOUNS and (moved := _direction_moved(s, j, lex)):
            return moved    # "قدموا من غربي الأنبار": the side of a place the people came from
        if toks[j].norm in LOCATIVES and _origin_of_locator(s, k, lex):
            return "from"   # "قذائف أطلقت من مناطق في سورية": where the fire came from
        return "in"
    if keys & lex.place_from:
        return "from"
    if keys & lex.place_to:
        return "to"
    return "bare"


def _own_b_after(s: _Sent, m: Mention, own: str, lex: _ELex) -> bool:
    """The "ب" opening the mention m is the name's own letter ("إلى باريس", "من بنغلاديش"), not a glued "in":
    the mention starts its token with the name itself (not a place noun, "من بلدة X", whose reading is left as
    it was), and a word of going to or coming from stands right before it, which the reading by preposition
    then takes."""
    if not m.norm or _norm_word(m.norm) != own:
        return False
    k = _tok_index(s.tokens, m.start)
    if k < 1 or s.tokens[k].start != m.start or _keys(s.tokens[k].norm) & lex.place_nouns:
        return False    # "من بلدة X", "باتجاه بلدة X": a place noun's "ب" keeps the reading the noun phrase had
    prev = s.tokens[k - 1].norm
    return bool((_keys(prev) | {prev}) & (lex.place_to | lex.place_from))


def _direction_moved(s: _Sent, j: int, lex: _ELex) -> str | None:
    """The role of a side of a place ("غربي الأنبار", "شمال المخا") told at token j by the preposition
    right before it: "قدموا من غربي الأنبار" is where people came from, "تقدم يذكر إلى شمال المخا" where
    they went; else None (a bare side, "شرق حلب", is where it was)."""
    toks = s.tokens
    i = j - 1
    while i > 0 and j - i <= PLACE_NOUN_HOPS and _bare_place_noun(toks[i].norm, lex):
        i -= 1      # "من مناطق غربي الأنبار": the side of a place told after place nouns takes their preposition
    if i < 0 or (i > 0 and _keys(toks[i - 1].norm) & lex.near_before_from):
        return None     # "بالقرب من شرق X": nearness
    keys = _keys(toks[i].norm) | {toks[i].norm}
    if keys & lex.place_from:
        # (place nouns between: not a part of them, "على عدد من القرى شرقي بلدة الراعي", taken there)
        return None if i < j - 1 and _partitive_from(s, i) else "from"
    if keys & lex.place_to:
        return "to"
    return None


def _bare_place_noun(norm: str, lex: _ELex) -> bool:
    """``norm`` is a place noun with no preposition glued on ("مناطق", "القرى"; not "بمناطق", "لقرى")."""
    return _k(norm) in lex.place_nouns


def _partitive_from(s: _Sent, i: int) -> bool:
    """The "من" at token i opens a part of what follows ("عدد من القرى", "أجزاء من مناطق", "3 من القرى"): a
    quantity word or a figure right before it (event_place_guards.yaml partitive_quantities)."""
    if i < 1:
        return False
    prev = s.tokens[i - 1].norm
    return prev.isdigit() or bool(_keys(prev) & _guard_keys("partitive_quantities"))


def _origin_of_locator(s: _Sent, k: int, lex: _ELex) -> bool:
    """The "في" before the place at token k locates the noun phrase of a "من" just before it ("أطلقت من مناطق
    في سورية", "نزحوا من قرى في ريف حلب"): the place tells where the people or the fire came from, as "من X"
    would. The phrase is place nouns (origin_locator_nouns) and at most origin_locator_reach tokens, in the
    place's clause; not a partitive "من" ("عدد من المواقع في ريف حلب": the sites taken there)."""
    toks = s.tokens
    f = _before_place_nouns(s, k, lex)
    if f <= 1 or toks[f].norm not in LOCATIVES:
        return False
    reach = int(_place_guard_lists().get("origin_locator_reach") or 0)
    nouns = _guard_keys("origin_locator_nouns")
    for g in range(f - 1, max(0, f - 1 - reach), -1):
        if s.clause[g] != s.clause[k]:
            return False
        if toks[g].norm == "من":
            return g < f - 1 and bool(_keys(toks[g + 1].norm) & nouns) and not _partitive_from(s, g)
        if not (_keys(toks[g].norm) & nouns or _nisba(toks[g].norm)) or any(
                m.type == "PLACE" and m.start <= toks[g].start < m.end for m in s.mentions):
            return False
    return False


MOVED_REACH = 8     # tokens from the transport word to the "إلى" before the place ("بإخراج الجميع من مدنيين
# ومقاتلين دون تمييز إلى X": the people carried, told with their kinds, stand between)


PLACE_NOUN_HOPS = 3     # place nouns read past between a preposition or people word and a name ("إلى ريف مدينة X")


def _before_place_nouns(s: _Sent, k: int, lex: _ELex) -> int:
    """The token before the place nouns (at most PLACE_NOUN_HOPS) that stand right before the name at token k
    ("من بلدة X" -> the "من"); -1 when the sentence starts there."""
    j = k - 1
    while j >= 0 and k - j <= PLACE_NOUN_HOPS and _keys(s.tokens[j].norm) & lex.place_nouns:
        j -= 1
    return j


def _near_phrase(s: _Sent, k: int, lex: _ELex) -> bool:
    """"بالقرب من قرية خنيفس", "على مقربة من بلدة X": the "من" before the place at token k tells
    nearness, not an origin (place nouns between are skipped)."""
    toks = s.tokens
    j = _before_place_nouns(s, k, lex)
    return j > 0 and bool(_keys(toks[j].norm) & lex.place_from) and bool(_keys(toks[j - 1].norm) & lex.near_before_from)


EXTENT_NOUNS = frozenset(normalize(w) for w in word_list("function_words.yaml", "extent_nouns"))


def _said_to(s: _Sent, k: int, lex: _ELex) -> bool:
    """The place at token k is a goal told by a word of its own ("إلى", "باتجاه"), not by a glued "ل",
    which also joins a place to the noun before it ("على المشارف الجنوبية للرقة")."""
    toks = s.tokens
    j = _before_place_nouns(s, k, lex)
    if any(toks[i].norm.startswith(("ل", "ول")) for i in range(j + 1, k + 1)):
        return False
    if j < 0 or not _keys(toks[j].norm) & lex.place_to:
        return False
    # "وصولاً إلى القلمون": the span's far end, which still places what happened along it
    return not (j > 0 and toks[j - 1].norm in EXTENT_NOUNS)


def _verb_from(s: _Sent, k: int, lex: _ELex) -> bool:
    """The "من" before the place at token k (place nouns between skipped) follows a verb: an origin
    ("نزحت من مدينة X", "فروا من X"), not a locator or a part ("إلى الغرب من X", "الجبهات الشمالية من
    بلدة X", "أحياء من X"), which place what happened there."""
    toks = s.tokens
    j = _before_place_nouns(s, k, lex)
    return j > 0 and toks[j].norm == "من" and is_verb_or_joined(toks[j - 1].norm)


def _moved_place(s: _Sent, k: int, role: str, lex: _ELex) -> bool:
    """The place at token k is where the wounded or dead were taken ("نقل على إثرها إلى مدينة غازي
    عنتاب", "أسعف إلى مشفى في X"): a transport word shortly before the place's "إلى", in its clause.
    Also the town of the goal ("ونقلتهم إلى القاعدة الأمريكية القريبة في مدينة الشدادي")."""
    toks = s.tokens
    if role == "in" and (g := _goal_of_locator(s, k, lex)) is not None:
        return any(s.clause[i] == s.clause[k] and _keys(toks[i].norm) & lex.moved_to_cues
                   for i in range(max(0, g - MOVED_REACH), g))
    if role == "bare" and (g := _goal_past_part(s, k, lex)) is not None:
        # "ونقلهم إلى مركز مدينة الموصل": a part of the town between the "إلى" and its place noun
        return _travelled_to(s, g, lex) or any(s.clause[i] == s.clause[k] and _keys(toks[i].norm) & lex.moved_to_cues
                                               for i in range(max(0, g - MOVED_REACH), g))
    if role != "to":
        return False
    first = _listed_before(s, k)
    if first is not None:
        return _moved_place(s, first, role, lex)     # "نقلوا إلى الريحانية وأنطاكيا"
    j = k - 1
    while j >= 0 and k - j <= 4 and (_keys(toks[j].norm) & lex.place_nouns or _nisba(toks[j].norm)):
        j -= 1      # "إلى مدينة غازي عنتاب": the preposition stands before the place noun
    if j < 0 or not (_keys(toks[j].norm) | {toks[j].norm}) & lex.place_to:
        j += 1      # the preposition is glued to the place ("لمدينة"): look before the place itself
    elif _travelled_to(s, j, lex):
        return True     # "قطار تاليس في طريقه إلى باريس": where it was headed
    return any(s.clause[i] == s.clause[k] and _keys(toks[i].norm) & lex.moved_to_cues
               for i in range(max(0, j - MOVED_REACH), j))


def _goal_past_part(s: _Sent, k: int, lex: _ELex) -> int | None:
    """The index of the "إلى" before a part noun of the place at token k ("إلى مركز مدينة الموصل", "إلى وسط
    X"; event_place_guards.yaml goal_part_nouns; place nouns between skipped), in its clause; else None."""
    toks = s.tokens
    j = _before_place_nouns(s, k, lex)
    if j < 1 or not _keys(toks[j].norm) & _guard_keys("goal_part_nouns") or s.clause[j - 1] != s.clause[k]:
        return None
    return j - 1 if (_keys(toks[j - 1].norm) | {toks[j - 1].norm}) & lex.place_to else None


def _travelled_to(s: _Sent, g: int, lex: _ELex) -> bool:
    """The "إلى" at token g follows a word of travelling ("في طريقه إلى", "متجه إلى"; event_place_guards.yaml
    travel_to_words) in its clause: the place after it is where someone was headed."""
    return g > 0 and s.clause[g - 1] == s.clause[g] and bool(
        (_keys(s.tokens[g - 1].norm) | {s.tokens[g - 1].norm}) & _guard_keys("travel_to_words"))


def _advance_goal(s: _Sent, k: int, ti: int, lex: _ELex) -> bool:
    """The place at token k is the objective of an advance or a withdrawal: a heading word ("باتجاه", "نحو",
    "صوب"; place nouns between skipped) right before it, after a word of advancing or withdrawing up to
    advance_reach tokens back in the same clause ("مع تقدم قوات الجيش صوب بيت جن وسط اشتباكات"). Not when a
    relative clause after the place tells the happening there ("انسحاب التنظيم باتجاه بلدة العبارة ... التي
    تشهد مواجهات عنيفة": the clashes are at al-Abbara)."""
    toks = s.tokens
    if ti > k and not RELATIVE.isdisjoint(map(token_norm, toks[k + 1:ti])):
        return False
    first = _listed_before(s, k)
    if first is not None:
        return _advance_goal(s, first, ti, lex)     # "باتجاه بيانون وماير"
    j = _before_place_nouns(s, k, lex)
    if j < 0 or not _keys(toks[j].norm) & _guard_keys("heading_words"):
        return False
    reach = int(_place_guard_lists().get("advance_reach") or 0)
    cues = _guard_keys("advance_words")
    told = [i for i in range(max(0, j - reach), j) if s.clause[i] == s.clause[k] and _keys(toks[i].norm) & cues]
    # the advance is itself the happening, or what the trigger right before it did to it ("أحبطت زحف التنظيم
    # باتجاه بغداد", "صد تقدم القوات نحو X"): its heading is the only place it has
    return bool(told) and not told[0] - 1 <= ti < j


def _heard_at(s: _Sent, k: int, lex: _ELex) -> bool:
    """The place at token k is where a sound was heard: an echo word ("أصداء", "صدى") or a sound told by its
    pronoun ("دويها") stands up to echo_reach tokens before it in its clause, with a locative right before the
    place (place nouns between skipped): "وسمعت أصداء القصف في قرى البقاع الشمالي" (event_place_guards.yaml
    echo_words). The sound reached the place; the happening was elsewhere."""
    toks = s.tokens
    first = _listed_before(s, k)
    if first is not None:
        return _heard_at(s, first, lex)     # "في قرى البقاع الشمالي وعرسال"
    j = _before_place_nouns(s, k, lex)
    if j < 0 or not (toks[j].norm in LOCATIVES or j < k and toks[j + 1].norm.startswith(("ب", "وب"))):
        return False
    echoes = _guard_keys("echo_words")
    reach = int(_place_guard_lists().get("echo_reach") or 0)
    return any(s.clause[i] == s.clause[k] and _keys(toks[i].norm) & echoes for i in range(max(0, j - reach), j))


def _plan_target(s: _Sent, k: int, ti: int) -> bool:
    """The place at token k is the target of a plan told between the trigger and it, in its clause ("توقيف
    متطرفين كانوا يخططون لشن هجوم في ساراييفو", "القبض على خلايا كانت تخطط لمهاجمة مراكز تسوق في إسطنبول
    وأنقرة"): what was planned there did not happen, and the trigger's happening is elsewhere
    (event_place_guards.yaml plan_words, plan_reach)."""
    if k <= ti:
        return False
    first = _listed_before(s, k)
    if first is not None:
        return _plan_target(s, first, ti)     # "في إسطنبول وأنقرة"
    toks = s.tokens
    reach = int(_place_guard_lists().get("plan_reach") or 0)
    plans = _guard_keys("plan_words")
    return any(s.clause[i] == s.clause[k] and _keys(toks[i].norm) & plans for i in range(max(ti + 1, k - reach), k))


GOAL_LOCATOR_REACH = 4     # tokens of the goal's noun phrase between its "إلى" and the "في" of its town


def _goal_of_locator(s: _Sent, k: int, lex: _ELex) -> int | None:
    """The index of the "إلى" of a goal that the "في" before the place at token k locates ("إلى
    القاعدة الأمريكية القريبة في مدينة الشدادي": the base's town): the noun phrase between holds no place,
    preposition or comma; else None."""
    toks = s.tokens
    f = _before_place_nouns(s, k, lex)
    if f <= 0 or toks[f].norm != "في":
        return None
    for g in range(f - 1, max(-1, f - 1 - GOAL_LOCATOR_REACH), -1):
        if s.clause[g] != s.clause[k]:
            return None
        keys = _keys(toks[g].norm) | {toks[g].norm}
        if keys & lex.place_to:
            return g if g < f - 1 else None
        if keys & (lex.place_in | lex.place_from) or any(
                m.type == "PLACE" and m.start <= toks[g].start < m.end for m in s.mentions):
            return None
    return None


@cache
def _guard_keys(name: str) -> frozenset[str]:
    """A word list of event_place_guards.yaml in the clitic-free form ``_keys`` gives a token."""
    return frozenset(_k(w) for w in _place_guard_lists().get(name, ()))


LOCATIVES = frozenset({"في", "فى", "وفي", "وفى"})
QUOTE_MARKS = frozenset({'"', "«", "»", "'"})


def _treated_at(s: _Sent, k: int, lex: _ELex) -> bool:
    """The place at token k is where the wounded were received or treated, not where they were hurt:
    "نقلوا إلى مستشفى في مدينة X", "يتلقى العلاج في مشفى بمدينة X", "استقبلت ولاية هطاي ... مواطنين أصيبا"
    (event_place_guards.yaml hospital_nouns, treatment_words, reception_verbs). A hospital noun alone
    ("قصف مستشفى في مدينة X") is where a strike hit, and stays."""
    toks = s.tokens
    first = _listed_before(s, k)
    if first is not None:
        return _treated_at(s, first, lex)     # "نقلوا إلى مشافي الريحانية وأنطاكيا"
    hospitals, receive = _guard_keys("hospital_nouns"), _guard_keys("reception_verbs")
    j = _before_place_nouns(s, k, lex)
    i = j
    units = hospitals | lex.place_nouns | _guard_keys("receiver_nouns")
    while i >= 0 and j - i <= 2 and (_keys(toks[i].norm) & units or toks[i].norm in QUOTE_MARKS):
        i -= 1      # "استقبلت ولاية هطاي", "استقبلت مشافي مدينة X"
    if i >= 0 and s.clause[i] == s.clause[k] and _keys(toks[i].norm) & receive:
        return True     # "استقبلت ولاية هطاي", "استقبلت مشافي مدينة X": the receiving place
    if j >= 0 and toks[j].norm in LOCATIVES:
        lo = j
    elif toks[j + 1].norm.startswith(("ب", "وب")) and j + 1 < k:
        lo = j + 1      # "بمدينة X": the locative glued to the place noun
    else:
        return False
    treat = _guard_keys("treatment_words")
    reach = int(_place_guard_lists().get("treatment_reach", 4))
    for i in range(lo - 1, max(-1, lo - 2 - reach), -1):
        if s.clause[i] != s.clause[k]:
            return False
        keys = _keys(toks[i].norm)
        if keys & treat:
            return True     # "يتلقى العلاج في X", "لتلقي العلاج في مشافي X"
        if keys & hospitals:
            # the hospital is the goal of a carrying ("نقل إلى مشفى الرحمة في X") or the receiver
            goal = toks[i].norm.startswith(("ل", "ول")) or (i > 0 and bool(_keys(toks[i - 1].norm) & lex.place_to))
            if i > 0 and _keys(toks[i - 1].norm) & receive or goal and any(
                    s.clause[h] == s.clause[k] and _keys(toks[h].norm) & lex.moved_to_cues
                    for h in range(max(0, i - 1 - MOVED_REACH), i)):
                return True
            continue    # "العلاج في مشفى بمدينة X": the treatment word may stand before the hospital
        if is_verb_or_joined(toks[i].norm):
            return False
    return False


ORIGIN_PARENT_LINKS = frozenset(normalize(w) for w in word_list("event_words.yaml", "origin_parent_links"))
ORIGIN_NOUN_HOPS = 3     # place nouns between the people word and the name ("ابن قرية X", "من ريف مدينة X")


# "from", bare and after "و"
FROM_WORDS = word_list("function_words.yaml", "from_prepositions")


# "قرية X الخاضعة لسيطرة المعارضة ... في ريف حماة": a town's own modifier between it and its region
TOWN_MODIFIER_LINKS = frozenset(normalize(w) for w in word_list("place_words.yaml", "town_modifier_links"))
TOWN_MODIFIER_REACH = 7     # tokens of the modifier phrase, from its participle to the region's token


COUNTRYSIDE_WORDS = frozenset(normalize(w) for w in word_list("place_words.yaml", "countryside_words"))


def _countryside_of(s: _Sent, m: Mention) -> bool:
    """m names a town as the countryside around it ("بريف البوكمال", "في ريف اعزاز"): the mention holds
    only the town's name, the countryside word stands before it, so the place told is a region."""
    k = _tok_index(s.tokens, m.start)
    return k > 0 and bool(_keys(s.tokens[k - 1].norm) & COUNTRYSIDE_WORDS)


def _around_town(ctx: _DocContext, village: str | None, town: str | None) -> bool:
    """village lies in town's countryside as a region's town would (its province, REGION_KM from it)."""
    ev, et = ctx.entities.get(village or ""), ctx.entities.get(town or "")
    return (ev is not None and et is not None and bool(ev.admin1) and ev.admin1 == et.admin1
            and None not in (ev.lat, ev.lon, et.lat, et.lon) and _km(ev.lat, ev.lon, et.lat, et.lon) <= REGION_KM)


def _modified_town(s: _Sent, m: Mention, kb: int) -> bool:
    """The place m is followed at once by a participle of its own modifier ("الخاضعة لسيطرة", "الواقعة على
    الضفة الشرقية لنهر الفرات") that runs, within its clause and with no verb of another predicate, up to
    the region at token kb: the region locates m, as when they stand side by side."""
    toks = s.tokens
    e = _tok_index(toks, m.end - 1) + 1
    if not (0 < e < kb and toks[e].norm in TOWN_MODIFIER_LINKS and kb - e <= TOWN_MODIFIER_REACH):
        return False
    return all(s.clause[i] == s.clause[kb] and not is_verb_or_joined(toks[i].norm) for i in range(e + 1, kb))


def _unit_of(s: _Sent, k: int, lex: _ELex) -> bool:
    """The place at token k takes a glued "ل" after a link of belonging ("في ناحية شيراوا التابعة لمدينة
    عفرين", "قرى تابعة لناحية السعن"): the "ل" joins the unit to the place it contains (where it happened),
    not to a goal, so before its region that unit is the finer telling the text names. (Not any genitive
    "ل": "المنطقة المتاخمة لمنطقة حضر", "الطريق المؤدي لمدينة X" name a neighbour or a goal.)"""
    toks = s.tokens
    j = _before_place_nouns(s, k, lex)
    return j >= 0 and toks[j + 1].norm.startswith("ل") and toks[j].norm in ORIGIN_PARENT_LINKS


def _listed_before(s: _Sent, k: int) -> int | None:
    """The token of the place just before the "و"-joined place at token k ("كفريا والفوعة"): the second
    place of a list shares the first's role. None when token k does not continue such a list."""
    toks = s.tokens
    if k > 0 and toks[k].norm.startswith("و"):
        prev = next((p for p in s.mentions if p.type == "PLACE" and _tok_index(toks, p.end - 1) == k - 1), None)
        if prev is not None:
            return _tok_index(toks, prev.start)
    return None


def _person_origin(s: _Sent, k: int, lex: _ELex, named_home: bool = True) -> bool:
    """The place at token k is the home town or starting point of people the clause names, not where
    the happening was: the construct "ابن قرية X", "من أبناء X", "مهجري X", or "من" after a pronoun or a
    participle of coming ("وهم من مدينة تدمر", "المنحدر من X", "الخارجين من كفريا", "القوات المتقدمة
    من جبهة السخنة")."""
    toks = s.tokens
    first = _listed_before(s, k)
    if first is not None:
        return _person_origin(s, first, lex, named_home)     # "الخارجين من كفريا والفوعة"
    j = k - 1
    while j >= 0 and k - j <= ORIGIN_NOUN_HOPS and (_keys(toks[j].norm) & (lex.place_nouns | lex.place_anaphor_nouns)
                                                   or (j < k - 1 and _nisba(toks[j].norm))):
        j -= 1
    if j < 0:
        return False
    if toks[j].norm in ORIGIN_PARENT_LINKS:
        # "من أبناء قرية جوسية التابعة لمدينة القصير": the home village's parent town is no place either
        return any(_person_origin(s, kk, lex) for kk in (j - 1, j - 2) if kk > 0)
    if _keys(toks[j].norm) & lex.origin_people_nouns:
        if not _keys(toks[j].norm) & lex.origin_people_plurals:
            return True     # "الشهيد نيروز ابن قرية المباركية", "مهجري حمص"
        # "وهو من أبناء قرية جوسية": a person's home; not a group taken from a town ("اعتقلت أربعين شابا من
        # أبناء مدينة التل": a raid in it)
        return j > 1 and toks[j - 1].norm == "من" and (toks[j - 2].norm in lex.origin_before_from
                                                        or _one_person_before(s, j - 2, lex))
    if _keys(toks[j].norm) & _guard_keys("resident_nouns"):
        # "قتل الجيش التركي الطفلة أمل الشيخ 10 أعوام من سكان منطقة الباب": one person's home (a counted
        # group of a town's people, "مقتل 22 مدنيا من أهالي قرية X", is most often struck in it, and stays)
        return j > 1 and toks[j - 1].norm == "من" and _one_person_before(s, j - 2, lex)
    if toks[j].norm in FROM_WORDS and j > 0 and toks[j - 1].norm.isdigit():
        # "استشهد 6 ... و 8 من بني مزار و 9 من مطاي": a count of the dead by their home towns
        return True
    if named_home and toks[j].norm in FROM_WORDS and j > 1 and _keys(toks[j + 1].norm) & lex.place_nouns:
        # "القيادي محمد الدبوس من قرية الحويجة", "" محمد سعد " من قرية السحل": one named person's home village,
        # told with its settlement noun (not "اعتقلت ... محمد أحمد من قرية X": the caller leaves arrests out)
        i = j - 1 if toks[j - 1].norm not in QUOTE_MARKS else j - 2
        if _one_person_before(s, i, lex):
            return True
    return toks[j].norm in FROM_WORDS and j > 0 and _origin_word(toks[j - 1].norm, lex)


def _origin_word(norm: str, lex: _ELex) -> bool:
    """``norm`` is a word of lex.origin_before_from, bare or behind a glued preposition or conjunction
    ("في تجمع للنازحين من دير الزور", "والقادمين من X": the people's home or starting point all the same)."""
    if norm in lex.origin_before_from:
        return True
    if norm.startswith("لل") and len(norm) > 4:
        return "ال" + norm[2:] in lex.origin_before_from      # "للنازحين" = "ل" + "النازحين"
    return norm[:1] in "وفبل" and len(norm) > 4 and norm[1:] in lex.origin_before_from


def _one_person_before(s: _Sent, i: int, lex: _ELex) -> bool:
    """Token i (right before "من أبناء") ends one person: a name ("استشهاد زكريا كرز من أبناء اعزاز") or an
    age ("الشاب علي خلشيكو ( 20 ) عاما من أبناء قرية سوركه"). A counted group ("اعتقلت أربعين شابا من أبناء
    مدينة التل") is the town's people taken in it, not a home."""
    if _keys(s.tokens[i].norm) & lex.origin_age_words:
        return True
    return any(m.type == "PERSON" and _tok_index(s.tokens, m.end - 1) == i for m in s.mentions)


CARRY_REACH = 5     # words from the carrying word to "أهالي" ("تنقل 5 آلاف مواطن من أهالي كفريا")


def _evacuees_home(s: _Sent, k: int, lex: _ELex) -> bool:
    """The place at token k (told in role "of") is the home of people being carried away: the vehicles'
    construct "قافلة الفوعة", "حافلات أهالي كفريا", or "أهالي X" shortly after a word of carrying or taking
    out ("الحافلات التي تنقل ... من أهالي كفريا", "المخصصة لخروج أهالي كفريا"). A happening to them is not there."""
    toks = s.tokens
    first = _listed_before(s, k)
    if first is not None:
        return _evacuees_home(s, first, lex)     # "أهالي كفريا والفوعة"
    j = _before_place_nouns(s, k, lex)
    if j < 0 or not _keys(toks[j].norm) & lex.people_of:
        return False
    if _keys(toks[j].norm) & lex.convoy_nouns or (j > 0 and _keys(toks[j - 1].norm) & lex.convoy_nouns):
        return True     # "قافلة الفوعة", "حافلات أهالي كفريا"
    return any(s.clause[i] == s.clause[j] and _keys(toks[i].norm) & lex.carry_cues
               for i in range(max(0, j - CARRY_REACH), j))


def _people_targeted(s: _Sent, k: int, lex: _ELex) -> bool:
    """The place at token k (told in role "of") names the home of people who are themselves the object of the
    happening: "أهالي X" right after a verb of targeting ("استهدف أهالي كفريا والفوعة"; event_place_guards.yaml
    targeted_people, people_target_leads). Their dwellings ("استهدف منازل أهالي بلدة X") are struck in the town
    and keep it, and so does fire "على أهالي X" (the besieged people of a town, in it)."""
    toks = s.tokens
    first = _listed_before(s, k)
    if first is not None:
        return _people_targeted(s, first, lex)     # "أهالي كفريا والفوعة"
    j = _before_place_nouns(s, k, lex)
    return j > 0 and bool(_keys(toks[j].norm) & _guard_keys("targeted_people")) \
        and bool(_keys(toks[j - 1].norm) & _guard_keys("people_target_leads"))


ROAD_REACH = 9     # tokens from the road noun to an endpoint's name ("الشارع المؤدي من مدينة الباب إلى بحيرة الأسد")


def _road_endpoint(s: _Sent, m: Mention, lex: _ELex) -> bool:
    """The place m only names an end of the road a site lies on ("مطار الجراح الواقع على الشارع المؤدي من مدينة
    الباب إلى بحيرة الأسد", "الواقع على طريق الرقة حلب"): a reference point of the site, not where it is
    (event_place_guards.yaml road_locators, road_nouns)."""
    toks = s.tokens
    k = _tok_index(toks, m.start)
    roads, locators = _guard_keys("road_nouns"), _guard_keys("road_locators")
    for r in range(k - 1, max(-1, k - 1 - ROAD_REACH), -1):
        if s.clause[r] != s.clause[k] or toks[r].norm in LOCATIVES or toks[r].norm.removesuffix("ي") in DIRECTION_NOUNS:
            return False    # ("على طريق المطار غرب مدينة دير الزور": a side of the town, which _landmark reads)
        if is_verb(toks[r].norm):
            return False
        if _keys(toks[r].norm) & roads:
            i = r - 1
            if i >= 0 and toks[i].norm in ("على", "علي"):
                i -= 1
            return i >= 0 and bool(_keys(toks[i].norm) & locators)
    return False


def _street_name(s: _Sent, m: Mention) -> bool:
    """The place m names a street ("استهدف قناصو التنظيم المباني السكنية في شارع بيروت" at the edge of Yarmouk
    camp, "شارع بغداد" in Damascus): a street is named after a town that lies elsewhere, so the town is not where
    the happening was (event_place_guards.yaml street_nouns)."""
    k = _tok_index(s.tokens, m.start)
    return k > 0 and s.tokens[k].start == m.start and bool(_keys(s.tokens[k - 1].norm) & _guard_keys("street_nouns"))


ROUTE_DASHES = frozenset("-–—")


def _route_endpoint(s: _Sent, m: Mention, text: str) -> bool:
    """The place m is an end of a route named by its two ends joined by a dash ("على محور الميادين - البوكمال في
    ريف دير الزور", "على شارع كركوك - بغداد", "في محور تدمر - السخنة"): the happening lies somewhere along the
    line, not at either town (event_place_guards.yaml road_nouns, route_nouns). A unit the sentence names
    ("في ريف دير الزور") still locates it."""
    places = [p for p in s.mentions if p.type == "PLACE"]
    first = m
    before = next((p for p in places if p.end <= m.start and text[p.end:m.start].strip() in ROUTE_DASHES
                   and text[p.end:m.start].strip()), None)
    if before is not None:
        first = before     # m is the second end: the route noun stands before the first
    elif not any(p.start >= m.end and text[m.end:p.start].strip() in ROUTE_DASHES and text[m.end:p.start].strip()
                 for p in places):
        return False
    k = _tok_index(s.tokens, first.start)
    return k > 0 and bool(_keys(s.tokens[k - 1].norm) & (_guard_keys("road_nouns") | _guard_keys("route_nouns")))


def _nisba(norm: str) -> bool:
    """A definite nisba adjective ("البلجيكية", "السوري")."""
    return norm.startswith("ال") and len(norm) > 5 and norm.endswith(("يه", "ية", "ي"))


def _after_distance(s: _Sent, m: Mention, lex: _ELex) -> bool:
    """"على بعد 160 كيلومترا شمال بغداد": the place is a reference point."""
    toks = s.tokens
    k = _tok_index(toks, m.start)
    if any(_keys(t.norm) & lex.distance_words for t in toks[max(0, k - 3):max(0, k)]):
        return True
    # "390 كم شمال غرب العاصمة العراقية بغداد": directions, a place noun and its adjective in between
    j = k - 1
    while j >= 0 and k - j <= 6 and (not _keys(toks[j].norm).isdisjoint(lex.place_in)
                                     or not _keys(toks[j].norm).isdisjoint(lex.place_nouns)
                                     or _nisba(toks[j].norm)):
        j -= 1
    if j >= 0 and k - j <= 7 and _keys(toks[j].norm) & lex.distance_words:
        return True
    # "على مبعدة 50 كيلومتر إلى الجنوب من بغداد", "على مبعدة ستة كيلومترات فقط من مدينة الرقة": the "من" of
    # a distance, after a direction noun phrase or a hedge word
    if j < 1 or toks[j].norm != "من":
        return False
    to = _direction_noun_phrase(toks, j)
    i = (to if to >= 0 else j) - 1
    if i > 0 and _keys(toks[i].norm) & _guard_keys("distance_hedges"):
        i -= 1
    return i >= 0 and bool(_keys(toks[i].norm) & lex.distance_words)


# tokens from a town to its landmark's name ("خنيفس جنوب مدينة السلمية": 3)
LANDMARK_GAP = 5
# the nouns of a place's outskirts ("محيط", "ضواحي", "أطراف", "ريف"): "X وضواحيها" extends the place X before it
SURROUNDINGS_NOUNS = frozenset(normalize(w) for w in word_list("place_words.yaml", "place_nouns"))
_SURROUNDINGS_SUFFIXES = ("ها", "ه")


def _surroundings_word(norm: str) -> bool:
    """``norm`` is "and its outskirts" ("وضواحيها", "ومحيطها", "وأطرافه"): "و", an outskirts noun and the
    pronoun of the place named just before it, which it only extends (the place, not a new item of a list)."""
    if not norm.startswith("و"):
        return False
    stem = norm[1:]
    return any(stem.endswith(x) and stem[:-len(x)] in SURROUNDINGS_NOUNS for x in _SURROUNDINGS_SUFFIXES)

# "X الواقعة جنوب Y": the word between a place and the direction that makes Y its reference point
LANDMARK_LINKS = frozenset(normalize(w) for w in word_list("event_words.yaml", "landmark_links"))


def _landmark_word(norm: str, lex: _ELex) -> bool:
    """A direction or "near" word, also with "ب" glued to it: "مدينة X بشرق دير الزور" puts X in the east
    of Deir ez-Zor, as "X شرق دير الزور" puts it east of it (not with "و": "دوما وشرق دمشق" is a list)."""
    return norm in lex.landmark_words or (norm.startswith("ب") and norm[1:] in lex.landmark_words)


_LANDMARK_FORMS: tuple[Any, frozenset[str]] = (None, frozenset())


def _landmark_forms(lex: _ELex) -> frozenset[str]:
    """The forms ``_landmark_word`` accepts (each landmark word, bare and after "ب"), and "من": a sentence
    holds one of them exactly when a token is a landmark word or "من" (tested on all its forms at once)."""
    global _LANDMARK_FORMS
    if _LANDMARK_FORMS[0] is not lex:
        words = lex.landmark_words
        _LANDMARK_FORMS = (lex, frozenset(words) | {"ب" + w for w in words} | {"من"})
    return _LANDMARK_FORMS[1]


_TOWARDS_NOUN = frozenset(normalize(w) for w in word_list("function_words.yaml", "to_preposition"))


def _direction_noun_phrase(toks: list[Any], j: int) -> int:
    """"إلى الجنوب [الشرقي] من" ending at token j (the "من"): the index of its "إلى", else -1."""
    if j < 2 or toks[j].norm != "من":
        return -1
    i = j - 1

    def direction(w: str, adjective: bool) -> bool:
        return (w.startswith("ال") and w[2:].removesuffix("ي") in DIRECTION_NOUNS
                and w.endswith("ي") == adjective)
    if direction(toks[i].norm, True) and i > 1 and direction(toks[i - 1].norm, False):
        i -= 1      # "إلى الجنوب الشرقي من"
    if not direction(toks[i].norm, False) or i < 1 or toks[i - 1].norm not in _TOWARDS_NOUN:
        return -1
    return i - 1


# "شمال", "جنوب", "شرق", "غرب": the nouns of the directions ("إلى الجنوب من")
DIRECTION_NOUNS = frozenset(normalize(w) for w in word_list("function_words.yaml", "direction_nouns"))
# tokens of a list's last item that the gazetteer does not know, between a known place and the
# direction after the list ("قرى رسم حميدة والهبرة الغربية جنوب شرق جب الجراح")
LIST_TAIL = 2


# the day told between a place and the direction after it ("مدينة تلعفر أمس غرب الموصل"). Not adjectives
# ("الغوطة الشرقية المحاصرة قرب دمشق", "بلدة كفروما الغربي جنوب إدلب"): tried on the breadth set, they split
# a region's row into a duplicate of its town's and moved merged rows (session 19, places5)
DAY_GAP = 1
DAY_WORDS = frozenset(normalize(w) for w in word_list("function_words.yaml", "day_words"))


def _told_by_direction(s: _Sent, p: Mention, lex: _ELex) -> bool:
    """The place p itself follows "إلى الغرب من" ("تشتعل إلى الغرب من منطقة الكرامة"): a place told by a
    direction, not the origin of a movement."""
    j = _tok_index(s.tokens, p.start) - 1
    while j >= 0 and _keys(s.tokens[j].norm) & lex.place_nouns:
        j -= 1
    return _direction_noun_phrase(s.tokens, j) >= 0


def _opens_list(s: _Sent, e: int, lex: _ELex) -> bool:
    """The known place ending at token e stands right after a settlement noun of a list ("قرى رسم حميدة",
    "بلدتي X"): the "و" after it joins the list's next item (not "جسر الرقة ومحطة الغاز": a bridge and a
    station)."""
    m = next((p for p in s.mentions if p.type == "PLACE" and p.end > s.tokens[e].start and p.end <= s.tokens[e].end), None)
    if m is None:
        return False
    k = _tok_index(s.tokens, m.start)
    if _k(normalize(m.surface).split()[0]) in lex.place_list_nouns:
        return True     # the mention holds its noun ("بلدة محكان")
    return k > 0 and bool(_keys(s.tokens[k - 1].norm) & lex.place_list_nouns)


def _told_of_by_relative(s: _Sent, m: Mention) -> bool:
    """A relative clause in the past right after the place (a comma may stand between): "بلدة القورية , التي
    سيطرت عليها قوات النظام" tells what happened there; the place is no mere reference point. Not a present
    one ("قرب حمص , التي يقول الأميركيون إنها ...", "التي تسيطر عليها"): a description, no happening."""
    toks = s.tokens
    k = _tok_index(toks, m.end - 1)
    if k < 0:
        return False
    j = k + 1
    if j < len(toks) and toks[j].norm in (",", "،"):
        j += 1
    if j + 1 >= len(toks) or toks[j].norm not in RELATIVE:
        return False
    verb = toks[j + 1].norm
    return is_verb(verb) and not (len(verb) >= 4 and verb[0] in "يت")


def _landmark(s: _Sent, m: Mention, places: list[Mention], lex: _ELex) -> bool:
    """"مدينة الميادين جنوب شرق دير الزور", "قضاء سنجار غرب الموصل", "بلدة X قرب مدينة Y", "منطقة X بشرق
    الميادين", "X , إلى الجنوب الشرقي من الرقة": the place at m is the reference point of the known place
    named right before the direction (at most two direction words, then place nouns or nisba adjectives
    before m's name), or before the unknown last item of a list ending there ("X والهبرة الغربية جنوب Y")."""
    if not lex.landmark_words:
        return False
    toks = s.tokens
    k = _tok_index(toks, m.start)
    if _told_of_by_relative(s, m):
        return False    # "العشارة الواقعة إلى الشرق من بلدة القورية , التي سيطرت عليها": the town's own clause
    j = k - 1
    hops = 0
    while j >= 0 and hops < 3 and (_keys(toks[j].norm) & lex.place_nouns or _nisba(toks[j].norm)):
        j -= 1          # "غرب العاصمة العراقية بغداد"
        hops += 1
    noun_form = False
    if j >= 1 and toks[j].norm == "من" and toks[j - 1].norm == "بالقرب":
        j -= 1          # "بالقرب من"
    elif (to := _direction_noun_phrase(toks, j)) >= 0:
        j = to - 1      # "إلى الجنوب الشرقي من الرقة"
        noun_form = True
    n = 0
    while not noun_form and j >= 0 and n < 2 and _landmark_word(toks[j].norm, lex):
        j -= 1
        n += 1
    if not (n or noun_form) or j < 0:
        return False
    d = j + 1       # the first direction word
    if toks[j].norm in LANDMARK_LINKS:
        j -= 1      # "بلدة خان شيخون الواقعة جنوب مدينة إدلب"
    elif n and toks[j].norm in LOCATIVES:
        # "قرية أبو دالي في شمال حماة" puts the village in the north of Hama, as "بشمال" does (_landmark_word)
        j -= 1
    if j > 0 and s.clause[j] == s.clause[d] and _surroundings_word(toks[j].norm):
        j -= 1      # "غارات على جسر الشغور وضواحيها في غرب إدلب": the town and its outskirts west of Idlib
    if j < 0 or s.clause[d] != s.clause[k]:
        return False
    linked = j + 1 < d or s.clause[j] != s.clause[k]
    if s.clause[j] != s.clause[k] and not (j + 1 == d and s.clause[j] + 1 == s.clause[d]):
        return False    # "مدينة مخمور , جنوب شرقي الموصل": only a comma (a clause cut) right before the direction
    ends = [(j, linked)]
    if not any(p.end > toks[j].start and p.start < toks[j].end for p in s.mentions if p.type == "PLACE"):
        # the list's last item is no known place: the known one before its "و" ("X والهبرة الغربية جنوب Y");
        # it must be no wider than the landmark
        for t in range(j, max(-1, j - LIST_TAIL), -1):
            if toks[t].norm.startswith("و") and t > 0 and s.clause[t - 1] == s.clause[j] and _opens_list(
                    s, t - 1, lex) and all(
                    w.norm.isalpha() and w.norm.removeprefix("و") not in (lex.place_in | lex.place_from | lex.place_to)
                    for w in toks[t:j + 1]):
                ends.append((t - 1, True))
                break
        # the day told between the known place and the direction ("في ضواحي مدينة تلعفر أمس غرب الموصل")
        t = j
        while t > 0 and j - t < DAY_GAP and s.clause[t] == s.clause[d] and toks[t].norm in DAY_WORDS:
            t -= 1
            if any(p.end > toks[t].start and p.start < toks[t].end for p in s.mentions if p.type == "PLACE"):
                ends.append((t, False))
                break

    def locates(p: Mention, e: int, wide: bool) -> bool:
        if noun_form and _place_role(s, p, lex) == "from" and not _told_by_direction(s, p, lex):
            return False    # "انسحبوا من X إلى الجنوب من Y": where they left, not a place by Y
        return (p is not m and p.entity_id != m.entity_id and p.end <= toks[e].end and p.end > toks[e].start
                and _place_role(s, p, lex) != "of"
                and not (wide and (p.geo_precision or 0) > (m.geo_precision or 9)))
    # the first place must be one the event could be at: "حافلات بلدتي دوما ودمشق قرب الرقة" names
    # the passengers' home towns, and the bombing was near al-Raqqa; across a comma or "الواقعة" it must
    # also be no wider than the landmark ("في ريف حلب , شرق مدينة الباب" tells the countryside by the town)
    return any(locates(p, e, wide) for e, wide in ends for p in places)


_ROLE_RANK = {
    None: {"in": 0, "bare": 1, "from": 2, "to": 3, "of": 3},
    "origin": {"from": 0, "of": 0, "in": 1, "bare": 2, "to": 3},
    "destination": {"to": 0, "in": 1, "bare": 2, "of": 2, "from": 3},
}


def _heading_place(m: Mention, text: str) -> bool:
    """``m`` heads a feed item: a colon follows it ("جنوب شرق ديرالزور : قوات حماية الشعب ... قامو بتطهير")."""
    return text[m.end:m.end + 3].lstrip().startswith(":")


def _facility_placed(c: _Cand) -> bool:
    """The candidate's place is a facility read as a place (_facility_places)."""
    return any(m.source == FACILITY_SOURCE and (m.start, m.end) == c.loc_ev for m in c.sent.mentions)


def _own_clause_place(c: _Cand, best: tuple[tuple[Any, ...], Mention],
                      scored: list[tuple[tuple[Any, ...], Mention, bool]],
                      lex: _ELex, ctx: _DocContext) -> tuple[tuple[Any, ...], Mention] | None:
    """"تأنيبا من مسؤوله في دمشق عقب التظاهرات التي خرجت ... في بلدة المزرعة": the trigger's own relative
    clause (own_clause.own_relative_pronoun, as its day in dates._own_relative_date) names where the happening
    was, through "في", "ب" or "على"; a nearer place of another clause (where someone was rebuked) gives way to
    it. The clause runs to the next comma or clause break, a nested relative pronoun (which describes another
    noun), a word of aim or plan (own_clause.aim_starts, plan_words) or MAX_PLACE_DISTANCE tokens from the trigger. None when a place stands between the trigger and the
    pronoun ("القصف على الرقة التي ...": the clause may describe the town), when a word of the clause up to the
    place is one of saying or claiming ("الهجوم الذي أعلن التنظيم في بيان بالرقة": the statement's place), when
    the place picked is already the clause's, or when the two are not apart (the picked one lies in the clause's,
    or near it: it is the finer telling)."""
    s = c.sent
    toks = s.tokens
    rel = own_relative_pronoun(s, c)
    if rel is None and c.ti > 1 and toks[c.ti - 1].norm in RELATIVE and not any(
            p.type == "PLACE" and toks[c.ti - 2].start <= p.end - 1 < toks[c.ti - 1].start for p in s.mentions):
        rel = c.ti - 1      # the trigger is the clause's verb ("التظاهرات التي خرجت ... في بلدة X"), the pronoun
        # hanging on no place ("بلدة الصور التي سيطرت عليها": the town's own clause, _told_of_by_relative)
    if rel is None:
        return None
    if any(p.type == "PLACE" and toks[c.tj - 1].end <= p.start < toks[rel].start for p in s.mentions):
        return None
    end = rel + 1
    aims = aim_starts(s)
    plans = _guard_keys("plan_words")
    while end < len(toks) and end - c.ti <= MAX_PLACE_DISTANCE and s.clause[end] == s.clause[rel]:
        w = toks[end].norm
        if w in RELATIVE or w[:1] == "و" and w[1:] in RELATIVE or end in aims or _keys(w) & plans:
            break       # (a word of aim or plan: "الذي يهدف إلى تشديد الحصار على X" names the aim's place)
        end += 1
    kb = _tok_index(toks, best[1].start)
    if rel < kb < end:
        return None
    own = []
    for key, m, _framed in scored:
        k = _tok_index(toks, m.start)
        if not rel + 1 < k < end or key[0] != best[0][0] or key[2] > best[0][2]:
            continue
        j = _before_place_nouns(s, k, lex)
        if not (_place_role(s, m, lex) == "in" or j > rel and toks[j].norm.removeprefix("و") in STRUCK_ON):
            continue
        if any(saying_word(toks[i].norm, lex) for i in range(rel + 1, k)):
            return None
        own.append((key, m))
    if not own:
        return None
    key, m = min(own, key=lambda x: x[0])
    a, b = m.entity_id, best[1].entity_id
    if ctx.places_compatible(a, b) or ctx.same_province(a, b) or ctx.same_province(b, a) or (
            ctx.place_level(a) == "country" and ctx.place_country(a) == ctx.place_country(b)):
        return None     # the place picked lies in the clause's ("في دوما ... الحملة التي يشنها النظام في سوريا"): finer
    return key, m


def _struck_object(s: _Sent, k: int, lex: _ELex) -> bool:
    """The place at token k is what a verb acted on or what strikes fell "على" ("استهدفت مدينة صعدة", "غارات
    على الحديدة"), not a construct's owner ("طيران واشنطن")."""
    j = _before_place_nouns(s, k, lex)
    if j < 0 or j == k:
        return False
    w = s.tokens[j].norm
    return is_verb(w) or w.removeprefix("و") in STRUCK_ON


def _find_place(c: _Cand, lex: _ELex, ctx: _DocContext, facilities: bool = True) -> None:
    s = c.sent
    text = ctx.analysis.doc.text
    usable = s.usable_places
    if usable is None:      # the same for every candidate of the sentence: read once
        usable = s.usable_places = [m for m in s.mentions if m.type == "PLACE" and m.entity_id
                                    and ctx.place_usable(m, text) and not _after_distance(s, m, lex)
                                    and not _road_endpoint(s, m, lex) and not _route_endpoint(s, m, text)
                                    and not _street_name(s, m)]
    places = usable if facilities else [m for m in usable if m.source != FACILITY_SOURCE]
    landmarks: list[Mention] = []
    if len(places) > 1 and not _landmark_forms(lex).isdisjoint(map(token_norm, s.tokens)):
        # (a heading place of a feed item is no reference point of the item before: "... قرية حميرة جنوب
        # حلب شمال حماة : ...")
        kept = [m for m in places if not _landmark(
            s, m, [p for p in places if not ctx.other_items(p.start, m.start)] if ctx.items else places, lex)]
        landmarks = [m for m in places if m not in kept]
        places = kept
    # (a venue naming talks, "مسار أستانا", is no place at all: not one the happening was kept from)
    c.rejected_places = {m.entity_id for m in s.mentions if m.type == "PLACE" and m.entity_id
                         and not ctx.names_talks(m, text)} - {m.entity_id for m in places}
    best = None
    scored: list[tuple[tuple[Any, ...], Mention, bool]] = []   # (key, place, a fronted frame)
    speech: set[int] = set()        # the places where a speaker said what the sentence reports
    # places abroad left out by role or clause alone (the struck town of "استهدفت مدينة صعدة"): read only as
    # the reported content after a speaker's place
    abroad: list[tuple[tuple[Any, ...], Mention]] = []
    fired_from: set[str | None] = set()     # the places the fire came from (never the finer town of a region)
    # a protest, or people going out in one ("خرج الآلاف في مسيرة"), takes place where it is held
    protest = c.trig.kind == "protest" or (c.trig.kind == "exit" and bool(_clause_keys(s, c.ti) & lex.protest_context))
    rseg = report_seg(s, text)
    for m in places:
        k = _tok_index(s.tokens, m.start)
        if k < 0:
            continue
        if s.paren[k] != -1 and s.paren[k] != s.paren[c.ti]:
            continue      # a place in brackets the trigger is not in: an aside
        if s.hseg and s.hseg[k] != s.hseg[c.ti]:
            continue      # another timeline entry's place
        if rseg[k] != rseg[c.ti]:
            continue      # another report's place, past a source citation or a list entry's head
        if _other_count_item(s, k, c.ti, lex):
            continue      # "منهم ( 4 ) جراء القصف على مدينة دوما و ( 1 ) في الاشتباكات": another cause's place
        if "\n" in text[min(m.start, c.start):max(m.end, c.end)]:
            continue      # a place on another line (a ticker item, a heading glued to the text)
        if ctx.feed and abs(k - c.ti) > FEED_PLACE_DISTANCE and not _heading_place(m, text):
            # a feed's sentence may run items together where no cut was seen ("استولى الجيش السوري على ارتفاعات بين
            # تل دكوة - تل راغيلة ... وجبل سيزقصف مدفعي تركي تستهدف أهداف وحدات حماية الشعب في بلدتي تل رفعت"): a
            # place this far from the trigger is another item's. An item that names none gets no place (and no event: ACLED codes
            # none without a location), not its neighbour's town. Its heading before a colon still locates it
            continue
        if not ctx.feed and _other_predicate_place(s, k, c.ti, c.trig.kind, lex):
            # "تظاهر نحو 500 طالب في كلية الآداب , كما هاجمت مجموعات مسلحة الجيش في بانياس": the place of the
            # happening another verb tells in its own clause, not of this one (nor the page's main place). Not
            # on a feed page, whose glued items run on with no clause marks (another item's place would come in)
            c.rejected_places.add(m.entity_id)
            continue
        if k > 0 and _keys(s.tokens[k - 1].norm) & lex.media_nouns:
            continue      # "مراسلة الميادين", "قناة العربية": a channel named after a place
        if _topic_place(s, k, lex):
            continue      # "تنديدا بقرار ترمب بشأن القدس": what the happening is about
        if s.quote and s.quote[k] != -1 and s.quote[k] != s.quote[c.ti] and not (
                _quoted_name(m, text) or _quoted_list_name(m, text)):
            continue      # a place inside a slogan or a quotation the trigger is not in
        role = _place_role(s, m, lex)
        if (c.trig.kind in ("remote", "attack") and (role == "from" and _launched_from(s, k)
                                                     or _stationed_at(s, k, c.ti, lex))) or \
                (c.trig.kind == "remote" and _fired_from_side(s, k, lex)) or \
                (c.trig.kind in ("remote", "casualty") and _fired_from_after_target(s, k, c.ti, lex)) or \
                (not c.trig.place_role and role == "from" and _took_off_from(s, k, lex)):
            # "صواريخ أطلقت من منطقة بحيرة طبريا", "قصفت ... من جهة حرستا": where the missiles left, not
            # where they hit (nor the page's main place: that fallback would put it back)
            c.rejected_places.add(m.entity_id)
            fired_from.add(m.entity_id)
            continue
        if _other_happening_place(s, k, c.ti, lex):
            # "تقصف مواقع ... بعد سقوط قذائف في الجولان": the place of what the strike answers.
            # Not the page's main place either (that fallback would put it back)
            c.rejected_places.add(m.entity_id)
            continue
        if _concurrent_place(s, k, c.ti, c.trig.kind):
            # "اشتباكات ... تزامنا مع غارات روسية على مدينة مسكنة": the place of the happening told beside this one
            # (nor the page's main place: the fallback would put it back)
            c.rejected_places.add(m.entity_id)
            continue
        if not c.trig.place_role and c.trig.kind != "displacement" and (
                role in ("from", "bare", "of", "to") or role == "in" and k > 0 and s.tokens[k - 1].norm in FROM_WORDS
                and s.tokens[k].start == m.start) and _person_origin(s, k, lex, c.trig.kind not in ("arrest", "abduction")):
            # (a name starting with "ب" right after "من", "8 من بني مزار", reads as "in": it is "from")
            # "قتل ثمانية مدنيين ... وهم من مدينة تدمر": where the people come from, not where it happened
            # (nor the page's main place: the fallback would put it back)
            c.rejected_places.add(m.entity_id)
            continue
        if c.trig.place_role != "origin" and c.trig.kind != "displacement" and role == "of" and _evacuees_home(s, k, lex):
            # "فجروا سيارة مفخخة في منطقة تجمع الحافلات التي تنقل 5 آلاف مواطن من أهالي كفريا": the evacuees'
            # home, which they were leaving, not where it happened (nor the page's main place); nor where the
            # convoy arrived ("وصول قافلة الفوعة إلى الراشدين"); only a departure takes it
            c.rejected_places.add(m.entity_id)
            continue
        if c.trig.kind not in ("exit", "protest", "displacement") and role == "of" and _people_targeted(s, k, lex):
            # "التفجير الذي استهدف أهالي كفريا والفوعة": the people struck are named by their home town, which
            # is not where they were struck (nor the page's main place: the fallback would put it back)
            c.rejected_places.add(m.entity_id)
            continue
        if c.trig.place_role == "origin" and not protest and role != "from" and _said_to(s, k, lex):
            # "انسحاب التنظيم منها باتجاه بلدة العبارة", "خروج المقاتلين إلى إدلب": where the leavers went,
            # not the ground they left (nor the page's main place: the fallback would put it back). Told by
            # the word before the place and its nouns: a mention "بلدة X" reads as "ب" + X in _place_role
            c.rejected_places.add(m.entity_id)
            continue
        if not c.trig.place_role and c.trig.kind != "displacement" and (
                _moved_place(s, k, role, lex) or role in ("in", "bare") and _treated_at(s, k, lex)
                or _advance_goal(s, k, c.ti, lex) and not (c.trig.kind == "remote" and _aimed_at(s, k, lex))):
            # "أصيب ... بقصف جوي , نقل على إثرها إلى مدينة غازي عنتاب": where the wounded were taken,
            # not where it happened (nor the page's main place: the fallback would put it back)
            c.rejected_places.add(m.entity_id)
            continue
        if _heard_at(s, k, lex):
            # "وسمعت أصداء القصف في قرى البقاع الشمالي": where the echoes were heard, not where the shells fell
            # (nor the page's main place: the fallback would put it back)
            c.rejected_places.add(m.entity_id)
            continue
        if _plan_target(s, k, c.ti):
            # "توقيف متطرفين كانوا يخططون لشن هجوم في ساراييفو": the plot's target, not where the arrest was
            # (nor the page's main place: the fallback would put it back)
            c.rejected_places.add(m.entity_id)
            continue
        if m.source == FACILITY_SOURCE and not (k > c.ti and s.clause[k] == s.clause[c.ti] and role in ("in", "bare")):
            continue      # a base or airport locates what hit or took it ("تقصف مطار المزة"), not what its forces
            # did elsewhere ("استخدمت روسيا قاعدة حميميم في تنفيذ ضربات") nor a visit to it ("زيارته لقاعدة حميميم")
        if role == "to" and c.trig.kind == "remote" and _aimed_at(s, k, lex):
            role = "in"   # "تطلق قذائفها باتجاه منطقة عفرين": where the shells were aimed is the strike's place
        if protest and role != "in" and not (role == "to" and k > 0 and s.tokens[k - 1].norm in TOWARDS):
            continue      # people protest in a place (or flock to it); "المناصرة للقدس", "التطاول على مدينة القدس" name its cause
        rank = _ROLE_RANK.get(c.trig.place_role, _ROLE_RANK[None])[role]
        if role == "in" and _speech_place(s, m, c.ti, lex):
            speech.add(id(m))
        clause_diff = abs(s.clause[k] - s.clause[c.ti])
        framed = False
        if role == "in" and _fronted(s, k, lex):
            # "وفي مدينة قفصة ( جنوب ) , خرج الآلاف": a fronted place frames the sentence; also with no comma
            # after it ("أما في محافظة حماة فقضى ( 7 ) جراء القصف على مدينة كفرزيتا"), where a finer place
            # inside it is where it happened (_inside_frame)
            clause_diff = 0
            framed = True
        if clause_diff and role == "in" and _continues_clause(s, k, c.ti):
            clause_diff = 0     # "وتظاهر ألف يمني بعد صلاة الجمعة , في ساحة الحرية بمدينة تعز": where it was
        if clause_diff and role == "in" and 0 <= (w := _witness_subject(s, m)) < c.ti <= w + WITNESS_REACH:
            clause_diff = 0     # "محافظة صفاقس ( جنوب ) , شهدت , مسيرة": the place and what it saw
        if clause_diff and not c.trig.place_role and (role == "of" or role == "to" and _said_to(s, k, lex)
                                                         or role == "from" and _verb_from(s, k, lex)):
            # "قتل 5 مدنيين في غارة , وفروا إلى مدينة X", "... , بينهم نازحون من X": a place of another
            # clause reached only as an origin, a goal or a people's home is another role's, not where the
            # happening took place (a place of the trigger's own clause in such a role still ranks below "in"),
            # nor the page's main place for it (that fallback would put it back)
            c.rejected_places.add(m.entity_id)
            continue
        prec = ctx.place_precision(m, m.entity_id) or 2
        dist = abs(k - c.ti)
        country = ctx.place_country(m.entity_id)
        foreign = bool(lex.theatre) and country is not None and country not in lex.theatre
        if foreign and (role != "in" or clause_diff):
            if (role == "in" or role == "bare" and _struck_object(s, k, lex)) and not ctx.other_items(m.start, c.start):
                abroad.append(((False, rank == 3, foreign, min(clause_diff, 2), rank, dist, prec), m))
            continue      # "منظمة تتخذ من لندن مقرا", "طيران واشنطن": a place abroad locates an event only as "في X"
        # a place of the trigger's own feed item only ("... غارات على حرستا شمال حماة : ..." is not at
        # Hama): an item that names no place has none ("عنصران لداعش قتلا في حملة في تلال حمرينTASS : Duma
        # committee ..." is not at Douma)
        other = ctx.other_items(m.start, c.start)
        if other:
            continue
        if c.trig.place_role:
            # a movement names a region then the town ("إلى الشمال ... إلى قلعة المضيق في ريف حماة")
            key = (other, rank == 3, foreign, min(clause_diff, 2), rank, prec if rank == 0 else 0, dist)
        else:
            # a place of the theatre before one abroad ("الناشط في نيقوسيا ... سقوط 100 شخص في درعا")
            key = (other, rank == 3, foreign, min(clause_diff, 2), rank, dist, prec)
        scored.append((key, m, framed))
        if best is None or key < best[0]:
            best = (key, m)
    if best is not None and id(best[1]) in speech:
        # "واعلن في بغداد اليوم عن اقتحام ... منزل ضابط في شرطة محافظة كركوك": a place of the reported
        # content as near the trigger (by clause) is where it happened, whatever its role; also one abroad
        # ("أعلن مركز في غزة أن ... ق تل في سيناء": a foreign place is scored only when told by "في" in the
        # trigger's clause)
        told = [(key, m) for key, m, _framed in scored if m.start > best[1].end and id(m) not in speech
                and key[0] == best[0][0] and key[3] <= best[0][3]]
        if not told:
            # "قال وزير الخارجية في مؤتمر صحفي في طهران إن الغارات التي استهدفت مدينة صعدة": the speaker's
            # place is no place of what he reports; a place abroad the content names as struck or "في X" is
            told = [(key, m) for key, m in abroad if m.start > best[1].end]
        if told:
            best = min(told, key=lambda t: t[0])
    if best is not None and (own := _own_clause_place(c, best, scored, lex, ctx)) is not None:
        # "عقب التظاهرات التي خرجت ... في بلدة المزرعة": the trigger's own relative clause tells where it was
        best = own
    if best is not None and (finer := _inside_frame(best, scored, landmarks, s, ctx)) is not None:
        best = finer
    if best is not None and c.trig.kind == "remote" and (hit := _struck_after(best, scored, s, c.ti, lex, ctx)):
        best = hit
    if best is not None and (inner := _inside_country(best, scored, ctx)) is not None:
        best = inner
    if best is not None and (named := _labelled_place(c, best[1], scored, lex, ctx, text)) is not None:
        best = named
    if best is not None and (named := _city_labelled(best[1], scored, ctx, text)) is not None:
        best = named
    if best is not None and _unitless(ctx, best[1]):
        # (else the label stays for the merges to read; such an event is not coded: background._in_scope)
        best = _unit_instead(best, scored, landmarks, s, ctx) or best
    if best is not None and len(s.tokens) > RUN_ON_TOKENS and (best[0][2] or abs(
            _tok_index(s.tokens, best[1].start) - c.ti) > MAX_PLACE_DISTANCE):
        best = None     # another clause of a run-on "sentence" (tickers, lists): not this event's
    countryside = best is not None and _countryside_of(s, best[1])
    wide_prec = (ctx.place_precision(best[1], best[1].entity_id) or 2) if best is not None else 0
    if best is not None and (wide_prec >= 2 or countryside):
        # "على مدينة سراقب في ريف إدلب": the town just before its region is the finer place (also a
        # town's countryside, "قرية السوسة بريف البوكمال": the town's name alone is its mention)
        kb = _tok_index(s.tokens, best[1].start)
        region = best[1]
        # the town nearest its region first; a "و" list reaching the region only when none is near
        # (never a town the fire came from: "قوات النظام المتمركزة في معسكر بلدة جورين بريف حماة" is the
        # gunners' position, not a finer telling of the region)
        # ("أبو دالي والشطيب وتل خنزير بريف إدلب", its last names not in the gazetteer: _list_end)
        for lists in (False, True):
            if best[1] is not region:
                break
            for m in places:
                km = _tok_index(s.tokens, m.start)
                # "قرية خنيفس جنوب مدينة السلمية في ريف حماة": the town's landmark phrase between them
                # does not part the town from its region (counted from the landmark's end)
                kref = max([km, _list_end(s, km, kb, lex) if lists else km]
                           + [_tok_index(s.tokens, lm.end - 1) for lm in landmarks
                              if m.end <= lm.start and lm.end <= best[1].start
                              and 0 < _tok_index(s.tokens, lm.start) - km <= LANDMARK_GAP]
                           + ([kb - 1] if _modified_town(s, m, kb) else []))
                if (0 <= kb - kref <= 4 and m.end <= best[1].start and s.clause[km] == s.clause[kb]
                        and rseg[km] == rseg[kb] and m.entity_id not in fired_from
                        and not ctx.other_items(m.start, best[1].start)
                        and _finer(ctx, m, wide_prec)
                        and (c.trig.place_role or _place_role(s, m, lex) not in ("from", "to", "of")
                             or _near_phrase(s, km, lex)
                             or _place_role(s, m, lex) == "to" and _unit_of(s, km, lex))
                        and (ctx.places_compatible(m.entity_id, best[1].entity_id)
                             or ctx.same_province(m.entity_id, best[1].entity_id)
                             or _in_wide_region(ctx, m.entity_id, best[1].entity_id)
                             or countryside and _around_town(ctx, m.entity_id, best[1].entity_id))):
                    best = (best[0], m)
    if best is not None and (told := _own_country(c, best[1], lex, ctx)) is not None:
        # "هجوم بالصواريخ على سوريا ... اشتباكات في المناطق الريفية في ديار بكر": the trigger's own clause
        # tells the country it happened in, nearer than the place picked; a place of another country is
        # another item's or clause's (a run-on ticker), so the happening is coded at its country
        cid, cm = told
        c.rejected_places.add(best[1].entity_id)
        c.location, c.geo_precision, c.loc_own, c.loc_country_told = cid, 3, True, True
        c.loc_ev = (cm.start, cm.end)
        return
    if best is not None and best[0] and best[0][3] and _unknown_own_village(c, lex, ctx, rseg):
        # "الكتيبة الأمنية المسؤولة في مدينة جرابلس ... والاشتباك معها بالقرب من قرية السكرية": the clash's own
        # village is unknown to the gazetteer; the known town of another clause is not where it was
        c.rejected_places.add(best[1].entity_id)
        best = None
        own_unknown = c.unknown_place = True
    else:
        own_unknown = False
    if best is None and not own_unknown and ctx.last_place is not None \
            and s.idx - ctx.last_place[1] <= lex.place_anaphor_sentences:
        m = ctx.last_place[0]
        e = ctx.entities.get(m.entity_id or "")
        # a country is no "same place" of a happening ("مظاهرة في ذات المكان" after "في سوريا")
        # (not from a report glued before the trigger's in its sentence: "... ريف درعا - أم المياذن | # الشيخ
        # - مسكين | عصابات الأسد تستهدف الطريق العام للمدينة": the city is the heading's, not the last place)
        if (e is not None and e.level != "country" and m.entity_id not in c.rejected_places
                and not rseg[c.ti] and _place_anaphor(s, c.ti, lex)):
            # "شنت الطائرات غارات على تجمعات المسلحين في المنطقة ذاتها": the place of the happening
            # told just before; the evidence is its name there
            best = ((), m)
    elif best is not None:
        ctx.last_place = (best[1], s.idx)
    if best is None and not own_unknown and ctx.dominant_place \
            and (told := _own_country(c, None, lex, ctx)) is not None:
        # "اندلعت احتجاجات في البحرين" on a page about Syria: the country told is where it happened,
        # not the page's main place of another country (the fallback would put it there)
        c.rejected_places.add(ctx.dominant_place)
        c.location, c.geo_precision, c.loc_own, c.loc_country_told = told[0], 3, True, True
        c.loc_ev = (told[1].start, told[1].end)
        return
    if best is None:
        _country_container(c, lex, ctx)
    if best is not None:
        m = best[1]
        c.location = m.entity_id
        c.geo_precision = ctx.place_precision(m, m.entity_id)
        # another feed item's place is a guess for an item that names none: not a place the trigger's
        # own report told (it neither makes the event reportable nor keeps it apart from others)
        c.loc_own = not (best[0] and best[0][0])
        c.loc_ev = (m.start, m.end)
        if not c.trig.place_role and m in s.mentions:
            c.listed = _place_list(s, m, places, text, lex, ctx)


def _finer(ctx: _DocContext, m: Mention, wide_prec: int) -> bool:
    """``m`` tells a finer place than the region of precision ``wide_prec`` it stands before: a town, or,
    before a governorate's countryside or a province (precision 3), a named region or a place near a town
    (precision 2: "على الغوطة الشرقية بريف دمشق", "في جبل الأكراد بريف اللاذقية")."""
    prec = ctx.place_precision(m, m.entity_id) or 2
    return prec == 1 or prec < wide_prec


STRUCK_ON = frozenset(normalize(w) for w in word_list("function_words.yaml", "struck_on"))   # "غارات على X"


def _own_country(c: _Cand, best: Mention | None, lex: _ELex, ctx: _DocContext) -> tuple[str, Mention] | None:
    """The country entity id (and its mention) that the trigger's own clause tells as where the happening
    was ("هجوم بالصواريخ على سوريا", "احتجاجات في البحرين"): a country or state name after a locative, in
    the trigger's clause and feed item, after the trigger and nearer it than the place ``best`` picked, when
    ``best`` (None: the page's main place) lies in another country. None otherwise: a nationality adjective or a side names no place, and
    a country told before the trigger is as often where its forces came from ("عادت القاذفات من قواعدها في
    روسيا وقصفت ... في البوكمال") or a headline's frame ("الخطر المتمدد في العراق وسوريا")."""
    s = c.sent
    if best is None:    # no place of the sentence: the page's main place would stand in
        far = MAX_PLACE_DISTANCE + 1
        best_country = ctx.place_country(ctx.dominant_place)
    else:
        far = abs(_tok_index(s.tokens, best.start) - c.ti)
        best_country = ctx.place_country(best.entity_id)
    if far <= 1 or best_country is None:
        return None
    for m in s.mentions:
        if m.type not in ("PLACE", "STATE") or not m.entity_id or m is best:
            continue
        e = ctx.entities.get(m.entity_id)
        if e is None or not e.country or e.country == best_country or not (e.level == "country" or e.type == "STATE"):
            continue
        k = _tok_index(s.tokens, m.start)
        if k <= c.ti or k - c.ti >= far or k - c.ti > MAX_PLACE_DISTANCE or s.clause[k] != s.clause[c.ti] \
                or s.paren[k] != s.paren[c.ti] or ctx.other_items(m.start, c.start):
            continue
        if m.type == "STATE" and _nisba_adjective(m):
            continue
        if _role_by_preposition(s, m, lex) != "in" and not (
                c.trig.kind in ("remote", "attack") and k > 0 and s.tokens[k - 1].norm in STRUCK_ON):
            continue    # (a strike "على سوريا" hits the country)
        if any(_country_named(s, j, ctx) for j in (k - 1, _tok_index(s.tokens, m.end - 1) + 1)
               if 0 <= j < len(s.tokens) and s.tokens[max(j, k)].norm.startswith("و")):
            return None     # "المعارك التي يخوضها في العراق وسوريا": a list of countries tells a generality
        cid = ctx.country_entity(e.country)
        if cid is not None:
            return cid, m
    return None


def _unknown_own_village(c: _Cand, lex: _ELex, ctx: _DocContext, rseg: list[int]) -> bool:
    """The trigger's own clause names a village by its noun ("بالقرب من قرية السكرية", "في بلدة X") that the
    gazetteer does not know (a place mention with no entity), after the trigger and near it: the
    happening's own place, finer and other than any place of another clause. (A region of its own clause
    told right after the village, "على قرية الحميدية بريف الحسكة", still holds it and stays.)"""
    s = c.sent
    nouns = _place_guard_lists().get("unknown_village_nouns", frozenset())
    for m in s.mentions:
        if m.type != "PLACE" or m.entity_id:
            continue
        k = _tok_index(s.tokens, m.start)
        if not (c.ti < k <= c.ti + MAX_PLACE_DISTANCE) or s.clause[k] != s.clause[c.ti] or rseg[k] != rseg[c.ti]:
            continue
        first = normalize(m.surface).split()
        if len(first) < 2 or first[0] not in nouns:
            continue
        j = k - 1
        if j >= 0 and (_keys(s.tokens[j].norm) & (lex.place_in | lex.place_from) or s.tokens[j].norm in ("على", "علي")):
            if _keys(s.tokens[j].norm) & lex.place_from and not _near_phrase(s, k + 1, lex):
                continue    # "من قرية X": an origin, not the happening's place
            return True
    return False


def count_items(s: _Sent, lex: _ELex) -> tuple[list[int], int]:
    """The sentence cut at the counts of a casualty breakdown ("قضى ( 5 ) أشخاص منهم ( 4 ) جراء القصف
    على مدينة دوما و ( 1 ) في الاشتباكات"): a count (in brackets or bare) after "و" or a comma and
    followed by a cause of death (_cause_follows) opens an item telling another happening. The
    item id per token, and the token of the sentence's first count (-1: none); places before it frame
    every item ("أما في محافظة ريف دمشق فقضى ( 5 ) ...")."""
    if s.count_items is not None:
        return s.count_items
    toks = s.tokens
    text = s.text
    items = [0] * len(toks)
    first = -1
    if not any(map(str.isdigit, map(token_norm, toks))):
        s.count_items = (items, first)      # (speed: no count, one item; most sentences)
        return s.count_items
    n = 0
    place_starts = {m.start for m in s.mentions if m.type == "PLACE"}
    for k, t in enumerate(toks):
        if not t.norm.isdigit():
            items[k] = n
            continue
        before = text[toks[k - 1].end:t.start] if k else ""
        after = text[t.end:toks[k + 1].start] if k + 1 < len(toks) else text[t.end:t.end + 3]
        bracketed = "(" in before and ")" in after
        if bracketed and first < 0:
            first = k
        joined = k > 0 and (toks[k - 1].norm == "و" or any(ch in before for ch in ",،"))
        if joined and (bracketed or ")" not in after) and _cause_follows(s, k + 1, lex, place_starts):
            n += 1
            if toks[k - 1].norm == "و":
                items[k - 1] = n    # the "و" opens the item
        items[k] = n
    s.count_items = (items, first)
    return s.count_items


COUNT_ITEM_IN = frozenset(word_list("function_words.yaml", "count_item_in"))


def _cause_follows(s: _Sent, j: int, lex: _ELex, place_starts: set[int]) -> bool:
    """The words after a count tell a cause of death ("جراء القصف", "برصاص قناص", "في الاشتباكات"),
    not who the dead were ("( 7 ) سيدات") nor only where they died ("و ( 19 ) في مدينة سرمدا": the same
    happening's toll by town)."""
    toks = s.tokens
    if j >= len(toks):
        return False
    w = toks[j].norm
    if _keys(w) & lex.count_item_causes or w in lex.count_item_causes:
        return True
    if w in COUNT_ITEM_IN and j + 1 < len(toks):
        nxt = toks[j + 1]
        return not (_keys(nxt.norm) & lex.place_nouns) and nxt.start not in place_starts and not any(
            m.start <= nxt.start < m.end for m in s.mentions if m.type == "PLACE")
    return False


def _other_count_item(s: _Sent, k: int, ti: int, lex: _ELex) -> bool:
    """The place at token k lies in another count item than the trigger at ti (count_items), and is
    not the sentence's frame told before its first count."""
    if not lex.count_item_causes:
        return False
    items, first = count_items(s, lex)
    if items[k] == items[ti]:
        return False
    return not (items[k] == 0 and 0 <= k < first)


FRAME_LANDMARK_REACH = 6    # tokens from a place to the frame's name told as its landmark ("قرية قصرة جنوب شرق نابلس")
# the inner place's role rank at worst (_ROLE_RANK without a place role: "in" 0, "bare" 1): "وفي ريف
# إدلب , قصفت الطائرات بلدة X" names X bare; "from" / "to" places are other places of the happening
FRAME_INNER_RANK = 1


def _inside_frame(best: tuple[tuple[Any, ...], Mention], scored: list[tuple[tuple[Any, ...], Mention, bool]],
                  landmarks: list[Mention], s: _Sent, ctx: _DocContext) -> tuple[tuple[Any, ...], Mention] | None:
    """"وفي نابلس , أصيب عشرات ... خلال مواجهات في قرية قصرة جنوب شرق نابلس": the fronted place only
    frames the sentence; a place of the trigger's own clause that lies inside that frame (the text names
    the frame as its landmark, or the gazetteer puts it there) is the finer telling of where it happened.
    Only among places of the same item and clause rank whose role is "in" or bare ("أما في محافظة حمص
    فقضى 7 أشخاص جراء القصف على بلدة الرستن"): a fronted place keeps an event whose own clause names a
    place elsewhere, or one the happening came from or went to."""
    fkey, frame = best
    if not any(m is frame and framed for _, m, framed in scored):
        return None
    for key, m, framed in sorted(scored, key=lambda x: x[0]):
        if framed or m.entity_id == frame.entity_id or key[:4] != fkey[:4] or key[4] > FRAME_INNER_RANK:
            continue
        km = _tok_index(s.tokens, m.start)
        told = any(lm.entity_id == frame.entity_id and lm.start >= m.end
                   and 0 < _tok_index(s.tokens, lm.start) - km <= FRAME_LANDMARK_REACH for lm in landmarks)
        if told or ctx.places_compatible(m.entity_id, frame.entity_id) or ctx.same_province(m.entity_id, frame.entity_id):
            return key, m
    return None


STRUCK_REACH = 3     # tokens from a strike's trigger to the "على" of its object ("القصف المدفعي على بلدة X")


def _struck_after(best: tuple[tuple[Any, ...], Mention], scored: list[tuple[tuple[Any, ...], Mention, bool]],
                  s: _Sent, ti: int, lex: _ELex, ctx: _DocContext) -> tuple[tuple[Any, ...], Mention] | None:
    """"وقضى في محافظة حماة ( 9 ) أشخاص جراء القصف على مدينة سرمدا في محافظة إدلب": the place a strike's
    trigger names as its object right after it ("القصف على X", "غارات جوية على X": "على" at most STRUCK_REACH
    tokens after the trigger, place nouns between, in its clause and item) is where the strike fell; a place
    told before the trigger as "in" (where the dead are counted, a victims' province) gives way to it when the
    two lie apart. A place after the trigger keeps its rank ("القصف على ريف إدلب في بلدة X")."""
    toks = s.tokens
    kb = _tok_index(toks, best[1].start)
    if kb < 0 or kb >= ti:
        return None
    if any((_keys(t.norm) | {t.norm}) & (CAUSE_MARKERS | lex.response_cues | RECALL_WORDS) for t in toks[kb + 1:ti]):
        return None     # "قصفت ... في ريف حماة بعد سقوط قذائف على مدينة دوما": the trigger is what the place's happening answers
    for key, m, _framed in sorted(scored, key=lambda x: x[0]):
        if m is best[1] or key[0] != best[0][0] or key[2] != best[0][2]:
            continue
        k = _tok_index(toks, m.start)
        j = _before_place_nouns(s, k, lex)
        if k <= ti or j <= ti or j - ti > STRUCK_REACH or toks[j].norm not in STRUCK_ON \
                or s.clause[k] != s.clause[ti] or any(s.clause[i] != s.clause[ti] for i in range(ti, k)):
            continue
        if any(p.type == "PLACE" and toks[ti].end <= p.start < toks[j].start for p in s.mentions):
            continue
        # only a place apart: a finer town inside the province told before ("في محافظة ريف دمشق قضى ( 13 ) شخصا
        # بينهم ( 4 ) جراء القصف على بلدة أوتايا") is left to the province, whose row the merges read as a retelling
        # of the town's event in another day's report (tests/test_events_report_retold.py)
        apart = not (ctx.places_compatible(m.entity_id, best[1].entity_id)
                     or ctx.same_province(m.entity_id, best[1].entity_id)
                     or ctx.same_province(best[1].entity_id, m.entity_id))
        return (key, m) if apart else None
    return None


def _inside_country(best: tuple[tuple[Any, ...], Mention], scored: list[tuple[tuple[Any, ...], Mention, bool]],
                    ctx: _DocContext) -> tuple[tuple[Any, ...], Mention] | None:
    """"وفي الصومال , استهدف انفجار مقر شركة ... في العاصمة مقديشو": a country is the widest telling of
    where a happening was; a place of that same country which the trigger's own feed item tells as where
    (role "in" or bare, a clause no farther than the country's) is the finer telling, and ACLED codes the
    place the text names, not the country (judging rules: the country is wrong when the town is named).
    Not a place of another country ("قتل ... في سوريا ... لاجئين في تركيا"), nor an origin or destination."""
    fkey, frame = best
    e = ctx.entities.get(frame.entity_id or "")
    if e is None or e.level != "country" or not e.country:
        return None
    for key, m, _framed in sorted(scored, key=lambda x: x[0]):
        if m.entity_id == frame.entity_id or key[0] != fkey[0] or key[1] or key[2] != fkey[2] \
                or key[3] > fkey[3] or key[4] > FRAME_INNER_RANK:
            continue
        em = ctx.entities.get(m.entity_id or "")
        if em is not None and em.level != "country" and em.country == e.country:
            return key, m
    return None


LABEL_REACH = 4     # tokens between a place and the wide region label that locates it ("الرقة , شمال سوريا")
# words that part two places into two roles ("من الرقة إلى شمال سوريا": where from, where to)
LABEL_PARTERS = frozenset(normalize(w) for w in word_list("function_words.yaml", "label_parters"))


def _label_region(ctx: _DocContext, m: Mention) -> bool:
    """A wide region that is no administrative unit ("الشمال السوري", "الجزيرة السورية", "البادية
    السورية", "إقليم كردستان العراق"): regions.yaml gives it no governorate (admin1) and codes it at
    precision 3. News uses it to tell where a place lies, not as a place of its own."""
    e = ctx.entities.get(m.entity_id or "")
    return (e is not None and e.level == "region" and not e.admin1
            and (ctx.place_precision(m, m.entity_id) or 0) >= 3)


def _labelled_place(c: _Cand, label: Mention, scored: list[tuple[tuple[Any, ...], Mention, bool]], lex: _ELex,
                    ctx: _DocContext, text: str) -> tuple[tuple[Any, ...], Mention] | None:
    """"طرد داعش من مدينة الرقة شمال سوريا", "قصف جيش النظام لمحافظة إدلب شمال سورية", "في محيط عفرين
    بشمال سورية", "الرقة , معقل التنظيم شمال سوريا": a wide region label told right after a place of
    its country only says where that place lies: the happening is at the place the text names (ACLED
    codes the named town or unit, never the label). The place keeps its own role rank and key. Not
    after a list ("مدن الفلوجة والرمادي في محافظة الانبار", "مناطق طرابلس والشمال والبقاع"): there the
    label covers every item, or is one item itself. Nor for a strike told from the place ("تطلق قذائفها
    من منطقة عفرين في شمال غرب سوريا"): where the shells left is not where they hit."""
    if not _label_region(ctx, label) or _listed(text, label.start):
        return None
    s = c.sent
    kl = _tok_index(s.tokens, label.start)
    country = ctx.place_country(label.entity_id)
    before = [(key, m) for key, m, _framed in scored
              if m.end <= label.start and m.entity_id != label.entity_id and not _label_region(ctx, m)]
    if not before:
        return None
    key, m = max(before, key=lambda x: x[1].end)    # the place nearest the label is the one it locates
    e = ctx.entities.get(m.entity_id or "")
    if e is None or e.level == "country" or e.country != country or _listed(text, m.start):
        return None
    km = _tok_index(s.tokens, m.end - 1)
    if not 0 < kl - km <= LABEL_REACH + 1 or "\n" in text[m.end:label.start]:
        return None
    if any(s.tokens[j].norm in LABEL_PARTERS for j in range(km + 1, kl)):
        return None         # "من الرقة إلى شمال سوريا", "الرقة وشمال سوريا": two places
    if c.trig.kind in ("remote", "attack") and _place_role(s, m, lex) == "from":
        return None
    return key, m


CITY_LABEL_LEVELS = frozenset({"town", "neighbourhood"})     # a place a city label may locate


def _city_labelled(label: Mention, scored: list[tuple[tuple[Any, ...], Mention, bool]], ctx: _DocContext,
                   text: str) -> tuple[tuple[Any, ...], Mention] | None:
    """"إصابات بين المدنيين في عربين , دمشق حيث تقصف الحكومة المنطقة": a feed's "X , Y" tag, the main city of
    a governorate (or its governorate) told after a comma right after a town of that governorate or of its
    countryside, says where the town lies; the happening is at the town. Not in a comma list of places
    ("حرستا , دوما , عربين"): another place before the town or after the city makes them items."""
    e_label = ctx.entities.get(label.entity_id or "")
    if e_label is None or e_label.country != "SY" or not e_label.admin1 or not (
            e_label.level == "admin1" or normalize(e_label.name_ar or "") in ctx.province_capitals):
        return None
    before = [(key, m) for key, m, _framed in scored if m.end <= label.start and m.entity_id != label.entity_id]
    if not before:
        return None
    key, m = max(before, key=lambda x: x[1].end)
    if text[m.end:label.start].strip() != ",":
        return None
    e = ctx.entities.get(m.entity_id or "")
    if e is None or e.level not in CITY_LABEL_LEVELS or e.country != "SY" or not e.admin1 \
            or normalize(e.name_ar or "") in ctx.province_capitals:
        return None
    if e.admin1 != e_label.admin1 and frozenset((e.admin1, e_label.admin1)) not in ctx.surrounding:
        return None
    head = text[max(0, m.start - 3):m.start].strip()
    tail = text[label.end:label.end + 3].strip()
    if head.endswith((",", "،", "و")) or tail.startswith((",", "،", "و")) or _listed(text, m.start):
        return None
    return key, m


def _unitless(ctx: _DocContext, m: Mention) -> bool:
    """The place mention m is a wide region that is no unit (_DocContext.unitless_region), told as such
    (precision 3: not a small named feature with no governorate, as "جبل الشيخ")."""
    return ctx.unitless_region(m.entity_id) and (ctx.place_precision(m, m.entity_id) or 0) >= 3


def _unit_instead(best: tuple[tuple[Any, ...], Mention], scored: list[tuple[tuple[Any, ...], Mention, bool]],
                  landmarks: list[Mention], s: _Sent, ctx: _DocContext) -> tuple[tuple[Any, ...], Mention] | None:
    """The event's best place is a wide region that is no unit ("في البادية السورية قرب مدينة تدمر"): ACLED
    codes the place or unit the text names, never the label. The town the label is told by (near Palmyra),
    else another place of the trigger's own clause and feed item told as where (role rank 0 or 1: not the
    origin "تطلق قذائفها من منطقة عفرين في شمال غرب سوريا", nor a destination) takes its place; None when
    the text names no other."""
    kb = _tok_index(s.tokens, best[1].end - 1)
    for lm in landmarks:
        kl = _tok_index(s.tokens, lm.start)
        if lm.start >= best[1].end and 0 < kl - kb <= LANDMARK_GAP and s.clause[kl] == s.clause[kb] \
                and not _unitless(ctx, lm):
            return best[0], lm
    others = [(key, m) for key, m, _framed in scored
              if not _unitless(ctx, m) and not key[0] and not key[1] and key[3] == 0 and key[4] <= 1]
    return min(others, key=lambda x: x[0]) if others else None


def _listed(text: str, start: int) -> bool:
    """A name with "و" glued before it ("والرمادي"): the last item of a list."""
    return start >= 1 and text[start - 1] == "و" and (start == 1 or not text[start - 2].isalpha())


# "في المنطقة ذاتها", "على المواقع نفسها", "بذات الحي": a locative preposition before the phrase
ANAPHOR_REACH = 8       # tokens between the trigger and "المنطقة ذاتها" ("بحسب ضباط في المنطقة ذاتها" is far: the source's)
ANAPHOR_PREPOSITIONS = frozenset(normalize(w) for w in word_list("function_words.yaml", "anaphor_prepositions"))


def _place_anaphor(s: _Sent, ti: int, lex: _ELex) -> bool:
    """The trigger's clause places it "في المنطقة ذاتها" / "في ذات المنطقة" (the place told before)."""
    if not lex.place_anaphor_nouns:
        return False
    toks = s.tokens
    for k in range(max(0, ti - ANAPHOR_REACH), min(len(toks) - 1, ti + ANAPHOR_REACH)):
        if s.clause[k] != s.clause[ti]:
            continue
        a, b = toks[k], toks[k + 1]
        if b.norm in lex.place_anaphor_after:
            noun = a        # "المنطقة ذاتها"
        elif a.norm.lstrip("وف").removeprefix("ب") in lex.place_anaphor_before:
            noun = b        # "ذات المنطقة"
        else:
            continue
        if not noun.norm.lstrip("وف").removeprefix("ب").startswith("ال") or not _keys(noun.norm) & lex.place_anaphor_nouns:
            continue
        # the phrase's first word carries "ب" or follows a locative preposition
        if a.norm.lstrip("وف").startswith("ب") or (k > 0 and toks[k - 1].norm in ANAPHOR_PREPOSITIONS):
            return True
    return False


LAUNCH_WORDS = frozenset(normalize(w) for w in word_list("event_words.yaml", "launch_words"))
CAUSE_MARKERS = frozenset(normalize(w) for w in word_list("function_words.yaml", "cause_markers"))
FALL_WORDS = frozenset(normalize(w) for w in word_list("event_words.yaml", "fall_words"))
THAT = frozenset(normalize(w) for w in word_list("function_words.yaml", "that"))
# "في مجزرة أعادت إلى الأذهان ما حدث في الغوطة", "على غرار ما جرى في": a happening recalled for comparison
RECALL_WORDS = frozenset(normalize(w) for w in word_list("event_words.yaml", "recall_words"))


QUOTE_MARKS = frozenset('"«»“”')


def _quoted_name(m: Mention, text: str) -> bool:
    """The place name alone in quotes ("بمدينة " دوما "", "" عين ترما ""): a name, not a quotation."""
    return text[max(0, m.start - 2):m.start].strip()[-1:] in QUOTE_MARKS and \
        text[m.end:m.end + 2].strip()[:1] in QUOTE_MARKS


QUOTED_LIST_REACH = 60      # characters from a quoted list's opening mark to its closing one
QUOTED_LIST_SEGMENT = 3     # words of one name in it
_LIST_SPLIT = re.compile(r"\s*(?:[-–،,/]|\s و)\s*")


def _quoted_list_name(m: Mention, text: str) -> bool:
    """The place is one name of a quoted list of names after a plural of villages or quarters ("على قرى "
    المزيونة - العلية - ام وادي "", "قريتي " المالكية والشوارغة ""): the villages the sentence tells, not a
    quotation."""
    o = text.rfind('"', max(0, m.start - QUOTED_LIST_REACH), m.start)
    c = text.find('"', m.end, m.end + QUOTED_LIST_REACH)
    if o < 0 or c < 0 or any(q in text[o + 1:c] for q in QUOTE_MARKS):
        return False
    before = text[max(0, o - 20):o].split()
    if not before or not _keys(normalize(before[-1])) & _place_guard_lists().get("quoted_list_nouns", frozenset()):
        return False
    parts = [p.strip() for p in _LIST_SPLIT.split(" " + text[o + 1:c].strip()) if p.strip()]
    parts = [p[1:] if p.startswith("و") and len(p) > 3 and not any(p[1:] == q for q in parts) else p for p in parts]
    if len(parts) < 2 or any(len(p.split()) > QUOTED_LIST_SEGMENT for p in parts):
        return False
    own = normalize(m.surface).removeprefix("و")
    return any(normalize(p) == own or normalize(p).endswith(" " + own) for p in parts)


def _speech_place(s: _Sent, m: Mention, ti: int, lex: _ELex) -> bool:
    """The place ``m`` is where a speaker said what the sentence reports ("واعلن في بغداد اليوم عن
    اقتحام ...", "قالت الحكومة التركية في أنقرة إن ..."): a verb of saying shortly before its "في" (or before
    the medium the "في" follows: "قال في مؤتمر صحفي عقده في أنقرة إن"), the reported content after it (past
    an aside in brackets and the rest of the speakers' phrase: "أعلن مركز X في غزة ( ... ) وموقع Y , أن")
    and the trigger ``ti`` inside (event_place_guards.yaml)."""
    lists = _place_guard_lists()
    toks = s.tokens
    k, last = _tok_index(toks, m.start), _tok_index(toks, m.end - 1)
    j = _before_place_nouns(s, k, lex)
    if j < 1 or toks[j].norm != "في" or ti <= last:
        return False
    if _met_before(s, k, j, lists) and _says_after(s, last, ti, lists):
        return True     # "وخلال استقباله وزير الدفاع الأمريكي في القدس أكد نتنياهو ...": the meeting's place
    if not (_said_before(s, k, j, lists) or (med := _medium_before(s, j, lists)) is not None
            and _said_before(s, k, med, lists)):
        return False
    gaps, content = lists.get("speech_gap_words", frozenset()), lists.get("speech_content", frozenset())
    words = 0       # words of the speakers' phrase after the place
    for i in range(last + 1, min(len(toks), ti)):
        w = toks[i].norm
        if w in content:
            return True
        if w in gaps or not any(ch.isalpha() for ch in w) or s.paren[i] != -1 and s.paren[i] != s.paren[k]:
            continue    # a day word, a comma or bracket, an aside in brackets
        words += 1
        if words > int(lists.get("speech_subject_reach", 0)) or w in LOCATIVES or is_verb_or_joined(w):
            return False    # a clause of its own, not the rest of the speakers' phrase
    return False


def _met_before(s: _Sent, k: int, j: int, lists: dict[str, Any]) -> bool:
    """A meeting noun after a frame word ("خلال استقباله", "أثناء لقائه") of the place's clause (token k) opens
    up to meeting_reach tokens before token j (the guest's name and title between)."""
    frames, nouns = lists.get("meeting_frames", frozenset()), lists.get("meeting_nouns", frozenset())
    return any(s.clause[i] == s.clause[k] and _keys(s.tokens[i].norm) & frames
               and (s.tokens[i + 1].norm in nouns or _keys(s.tokens[i + 1].norm) & nouns)
               for i in range(max(0, j - int(lists.get("meeting_reach", 0)) - 1), j - 1))


def _says_after(s: _Sent, last: int, ti: int, lists: dict[str, Any]) -> bool:
    """The first word after the place (token last; a day word or a comma between) is a verb of saying, and the
    trigger ti comes after it: what the host said there, not what happened there."""
    verbs, gaps = lists.get("speech_verbs", frozenset()), lists.get("speech_gap_words", frozenset())
    for i in range(last + 1, min(len(s.tokens), ti)):
        w = s.tokens[i].norm
        if w in gaps or not any(ch.isalpha() for ch in w):
            continue
        return w in verbs or bool(_keys(w) & verbs)
    return False


def _said_before(s: _Sent, k: int, j: int, lists: dict[str, Any]) -> bool:
    """A verb of saying of the place's clause (token k) stands up to speech_reach tokens before token j."""
    verbs = lists.get("speech_verbs", frozenset())
    return any(s.clause[i] == s.clause[k] and (s.tokens[i].norm in verbs or _keys(s.tokens[i].norm) & verbs)
               for i in range(max(0, j - int(lists.get("speech_reach", 0))), j))


def _medium_before(s: _Sent, j: int, lists: dict[str, Any]) -> int | None:
    """The first token of a medium of a statement (claim_cues.yaml media: "مؤتمر صحفي", "بيان", "كلمة ألقاها")
    that ends up to speech_medium_reach tokens before token j ("في مؤتمر صحفي عقده | في أنقرة"), else None."""
    reach = int(lists.get("speech_medium_reach", 0))
    lo = max(0, j - reach - 2)
    norms = [t.norm for t in s.tokens[lo:j]]
    text = " ".join(norms)
    starts = [sum(len(w) + 1 for w in norms[:n]) for n in range(len(norms))]
    for pattern, _medium in claim_lexicon().media:
        for hit in pattern.finditer(text):
            first = lo + max(n for n, st in enumerate(starts) if st <= hit.start())
            end = lo + max(n for n, st in enumerate(starts) if st < hit.end())
            if j - end <= reach:
                return first
    return None


def _launched_from(s: _Sent, k: int) -> bool:
    """The "من X" at token k follows a launch verb within three tokens ("أطلقت من", "أطلق ... من")."""
    return any(s.tokens[j].norm in LAUNCH_WORDS or _keys(s.tokens[j].norm) & LAUNCH_WORDS
               for j in range(max(0, k - 4), k) if s.clause[j] == s.clause[k])


TAKEOFF_REACH = 3       # tokens from the take-off word to the "من" before the airfield ("بعد إقلاعها من مطار")


def _took_off_from(s: _Sent, k: int, lex: _ELex) -> bool:
    """"أسقطت طائرة بعد إقلاعها من مطار حماة": the place at token k (role "from") is where an aircraft took off."""
    words = _place_guard_lists().get("takeoff_words", frozenset())
    toks = s.tokens
    j = _before_place_nouns(s, k, lex)
    return j > 0 and toks[j].norm in FROM_WORDS and any(
        s.clause[i] == s.clause[k] and (toks[i].norm in words or _keys(toks[i].norm) & words)
        for i in range(max(0, j - TAKEOFF_REACH), j))


# "in" (word and clitic) between a participle of presence and its place
STATIONED_IN = word_list("function_words.yaml", "stationed_in")


def _stationed_at(s: _Sent, k: int, ti: int, lex: _ELex) -> bool:
    """The place at token k follows a participle of presence ("قوات النظام المتواجدة في حلفايا", "المتمركزة في
    معسكر بلدة جورين": base and place nouns between): where the shooter stands, not where the strike lands.
    Not when a target word stands from the trigger at ti to the participle ("قصف الجيش التركي مواقع قسد
    المتمركزة في ناحية شيراوا", "قناص يستهدف أمس قوات النظام المتمركزة في مدينة الرقة"): the stationed force
    is what was hit, and its place is the strike's."""
    lists = _place_guard_lists()
    words = _stationed_words()
    nouns = lex.place_nouns | lists.get("stationed_site_nouns", frozenset())
    toks = s.tokens
    if k > 0 and toks[k].norm.startswith("ب"):
        # "المتمركزة في معسكر بلدة جورين بريف حماة": the region told right after the position locates it
        prev = next((p for p in s.mentions if p.type == "PLACE" and _tok_index(toks, p.end - 1) == k - 1), None)
        if prev is not None and (kp := _tok_index(toks, prev.start)) < k:
            return _stationed_at(s, kp, ti, lex)
    j = k - 1
    while j >= 0 and k - j <= PLACE_NOUN_HOPS and _keys(toks[j].norm) & nouns:
        j -= 1
    if j >= 0 and toks[j].norm in STATIONED_IN:
        j -= 1
    if not (j >= 0 and s.clause[j] == s.clause[k] and (toks[j].norm in words or bool(_keys(toks[j].norm) & words))):
        return False
    if j == k - 2:
        return True     # "المتواجدة في حلفايا" (the participle right before "في X"), as before
    targets = lists.get("stationed_target_words", frozenset())
    return not any(toks[i].norm in targets or _keys(toks[i].norm) & targets for i in range(max(ti, 0), j))


def _fired_from_side(s: _Sent, k: int, lex: _ELex) -> bool:
    """"قصفت قوات النظام أطراف المدينة من جهة حرستا": the place at token k follows "من جهة" / "من اتجاه"
    (place nouns between), the side the fire came from; not "سقط من جهة X" (where it fell)."""
    sides = _place_guard_lists().get("fire_side_nouns", frozenset())
    toks = s.tokens
    j = _before_place_nouns(s, k, lex)
    if j < 1 or not _keys(toks[j].norm) & sides or toks[j - 1].norm not in FROM_WORDS:
        return False
    f = j - 1
    return s.clause[f] == s.clause[k] and not any(
        (_keys(toks[i].norm) | {toks[i].norm}) & FALL_WORDS for i in range(max(0, f - 3), f))


TARGET_FROM_REACH = 6       # tokens from the target's "على" to the "من" of the guns' town ("على المدينة الآن من بلدة")


def _fired_from_after_target(s: _Sent, k: int, ti: int, lex: _ELex) -> bool:
    """"قصف بمدفع الهاون على المدينة الآن من بلدة # كفريا": the place at token k follows "من" (place nouns and
    a hashtag mark between) after the strike's target told by "على", in the trigger's clause (the shells'
    fall may be told after it: "... وسجل سقوط ثلاث قذائف", a strike or a fall trigger alike): the town the
    guns fired from, not where the shells fell. Not a partitive "من" ("على أحياء من مدينة حلب")."""
    toks = s.tokens
    j = k - 1
    while j >= 0 and k - j <= PLACE_NOUN_HOPS + 1 and (toks[j].norm == "#" or _keys(toks[j].norm) & lex.place_nouns):
        j -= 1
    if j < 2 or toks[j].norm not in FROM_WORDS or s.clause[j] != s.clause[ti]:
        return False
    partitives = _place_guard_lists().get("fired_from_partitives", frozenset())
    if toks[j - 1].norm in partitives or _keys(toks[j - 1].norm) & lex.place_nouns:
        return False
    return any(toks[i].norm in ("على", "علي") and s.clause[i] == s.clause[j] and i + 1 < j
               for i in range(max(0, j - TARGET_FROM_REACH), j - 1))


VERB_OBJECT_REACH = 2       # tokens after a verb its object's trigger word may stand at ("شنت الطائرات غارات")


def _other_predicate_place(s: _Sent, k: int, ti: int, kind: str, lex: _ELex) -> bool:
    """The place at token k stands in another clause than the trigger at ti (of ``kind``), and a verb of a
    happening of another kind stands in the place's clause, between the two ("استعادت الحكومة أجزاء من شرق
    سوريا , في حين سيطرت قوات سوريا الديمقراطية على الرقة"): the place is that verb's happening's. A verb of
    the same kind retells the trigger's happening, and so does a verb whose object is a trigger of the same kind
    ("طائرات حربية - يرجح أنها روسية - شنت ضربات على سراقب": the strikes told again); a fronted
    frame ("وفي مدينة X , ...") locates every clause after it, whatever their verbs. Deaths take the
    place of the happening that caused them ("لقي 42 شخصا مصرعهم , في غارات شنتها الطائرات على بلدة X")."""
    if kind == "casualty" or not s.verb_triggers or s.clause[k] == s.clause[ti] or _fronted(s, k, lex):
        return False
    lo, hi = (ti, k) if ti < k else (k, ti)
    return any(lo < j < hi and s.clause[j] == s.clause[k] and other != kind
               and not any(s.trigger_kinds.get(o) == kind for o in range(j + 1, j + 1 + VERB_OBJECT_REACH))
               for j, other in s.verb_triggers.items())


def _other_happening_place(s: _Sent, k: int, ti: int, lex: _ELex) -> bool:
    """The place at token k stands after the trigger inside what the event answers or is compared
    with ("بعد سقوط ثلاث قذائف في الجولان", "ردا على القصف على X", "أعادت إلى الأذهان ما حدث في X"):
    another happening's place."""
    if k <= ti:
        return False
    toks = s.tokens
    # (speed: a token's readings hold its form, token_keys' first reading: no set built per token)
    response, recall = lex.response_cues, RECALL_WORDS
    for j in range(ti + 1, k):
        keys = _keys(toks[j].norm)
        if not keys.isdisjoint(response) or not keys.isdisjoint(recall):
            return True
        if not keys.isdisjoint(CAUSE_MARKERS):
            n = j + 1
            if n < k and toks[n].norm in THAT:
                n += 1
            if n < k and not _keys(toks[n].norm).isdisjoint(FALL_WORDS):
                return True
    return False


CONCURRENCE = frozenset(normalize(w) for w in word_list("function_words.yaml", "concurrence_words"))
WITH = frozenset({normalize("مع")})
# how far a concurrence word may stand before the "مع" it opens ("وتزامنت الغارات الروسية , مع") and the other
# happening's word after it ("بالتزامن مع تصعيد القصف", "مع اشتباكات")
CONCURRENCE_REACH = 4
# how far after the other happening's word its place may stand ("مع اشتباكات متقطعة بين قوات النظام , وتنظيم
# " هيئة تحرير الشام " بالقرب من قرية أبو حية , في محوري أبو دالي والشاكوزية بناحية السعن": 22 tokens), unless
# a clause opener comes first ("... ترافقت مع قصف على بلدة X ما أدى لسقوط 9 شهداء , كما سقط 5 شهداء في مدينة
# دوما": Douma is told again of the first happening)
CONCURRENT_PLACE_REACH = 25
CLAUSE_OPENERS = frozenset(normalize(w) for w in word_list("function_words.yaml", "scope_openers"))


def _concurrent_at(s: _Sent, j: int) -> bool:
    """Token j is a concurrence word ("بالتزامن", "تزامنا", "وتزامنت")."""
    return not _keys(s.tokens[j].norm).isdisjoint(CONCURRENCE)     # (its readings hold the form itself)


def _concurrent_place(s: _Sent, k: int, ti: int, kind: str) -> bool:
    """The place at token k is told after the trigger at ti, past a concurrence ("... بالتزامن مع
    <happening>", "وتزامنت <happening> مع <happening>") and the other happening's trigger word after its
    "مع": two happenings told at one time, and the place is that other one's ("اشتباكات ... باتجاه مطار
    الجراح , تزامنا مع غارات روسية على مدينة مسكنة": not the clash's). Not the other way round: the happening
    told beside shares the first one's ground as often as not ("قصف استهدف مدينة حرستا , بالتزامن مع
    اشتباكات على جبهة ... المحاذية للمدينة"). Deaths are left alone (they take the place of what caused them)."""
    if kind == "casualty" or k <= ti:
        return False
    toks = s.tokens
    for j in range(ti + 1, k):
        if toks[j].norm not in WITH and not _keys(toks[j].norm) & WITH:
            continue
        if not any(_concurrent_at(s, q) for q in range(max(0, ti - CONCURRENCE_REACH), j)):
            continue
        t = min((t for t in s.trigger_kinds if j < t < k and t <= j + CONCURRENCE_REACH), default=None)
        if t is not None and k - t <= CONCURRENT_PLACE_REACH \
                and not any(toks[o].norm in CLAUSE_OPENERS for o in range(t + 1, k)):
            return True
    return False


TOWARDS = frozenset(normalize(w) for w in word_list("function_words.yaml", "towards_prepositions"))
# the direction a shell or missile is fired in: its target ("باتجاه", "صوب"), not where it came from
AIM_WORDS = frozenset(normalize(w) for w in word_list("function_words.yaml", "aim_prepositions"))


def _aimed_at(s: _Sent, k: int, lex: _ELex) -> bool:
    """The place at token k follows an aim word, place nouns between ("باتجاه منطقة عفرين")."""
    j = _before_place_nouns(s, k, lex)
    return j >= 0 and s.tokens[j].norm in AIM_WORDS and s.clause[j] == s.clause[k]


FRONT_WORDS = frozenset(normalize(w) for w in word_list("function_words.yaml", "front_words"))


def _fronted(s: _Sent, k: int, lex: _ELex) -> bool:
    """The place at token k opens the sentence as its frame ("وفي X ,", "أما في مدينة X ,"): only
    prepositions and place nouns before it."""
    if k > 3:
        return False
    return all(t.norm in FRONT_WORDS or _keys(t.norm) & lex.place_nouns for t in s.tokens[:k])


def _topic_place(s: _Sent, k: int, lex: _ELex) -> bool:
    """The place at token k is the topic of a phrase ("بشأن القدس", "الاعتراف بالقدس", "نقل السفارة
    إلى القدس", "تضامنا مع مدينة X"): what a protest or a statement is about, not where it happens."""
    toks = s.tokens
    if not lex.place_topic or k <= 0:
        return False
    prev = _keys(toks[k - 1].norm)
    if prev & lex.place_topic:
        return True
    if k >= 2 and s.clause[k - 2] == s.clause[k] and (
            toks[k - 1].norm in TOPIC_LINK_CLITICS or prev & lex.place_nouns):
        return bool(_keys(toks[k - 2].norm) & lex.place_topic)
    return False


LIST_GAPS = frozenset(word_list("function_words.yaml", "list_gaps"))


# words right before a place that make it a strike's object ("على", "استهدفت"; normalised)
STRIKE_OBJECT_LEAD = word_list("event_words.yaml", "strike_object_lead")


def _place_list(s: _Sent, m: Mention, places: list[Mention], text: str, lex: _ELex,
                ctx: _DocContext) -> list[Mention]:
    """Places listed with the event's place m ("غارات على دوما وحرستا وعربين", "في تونس , عمان و
    جاكرتا", "في كل من X و Y"): joined only by "و" / commas, none a topic.
    Not after "بين" ("بين القدس ورام الله" is a stretch of road, not two places of the happening)."""
    ms = sorted(places, key=lambda x: x.start)
    if m not in ms:
        return []
    group = _chain(ms, ms.index(m), lambda left, right, _new: _list_gap(text, left.end, right.start))
    if len(group) < 2:
        return []
    if not any("و" in normalize(text[a.end:b.start]) for a, b in zip(group, group[1:], strict=False)):
        return []       # "البوكمال , دير الزور", "خان يونس , غزة": a place and the area it lies in, not a list
    toks = s.tokens
    k0 = _tok_index(toks, group[0].start)
    role = _place_role(s, group[0], lex)
    k_prep = k0 - 2 if k0 >= 3 and toks[k0 - 1].norm == "من" and toks[k0 - 2].norm == "كل" else k0
    if k_prep > 1 and _keys(toks[k_prep - 1].norm) & lex.place_nouns:
        k_prep -= 1     # "استهدفت مدينة دوما وبلدتي ...": the verb before the place noun
    if role != "in" and not (k_prep > 0 and toks[k_prep - 1].norm in STRIKE_OBJECT_LEAD) \
            and not (role == "bare" and _strike_object(s, k_prep, group, lex, ctx)):
        return []       # "في معارك دمشق وحماة" (genitive), "من حلب وإدلب": not where it happened
    if k0 > 0 and _keys(toks[k0 - 1].norm) & lex.list_breakers or k0 > 1 and _keys(toks[k0 - 2].norm) & lex.list_breakers:
        return []
    out: list[Mention] = []
    seen = [m.entity_id]
    for g in group:
        k = _tok_index(toks, g.start)
        if g is m or k < 0 or _topic_place(s, k, lex):     # (list commas cut clauses: no clause test)
            continue
        if any(g.entity_id == x or (not (_point(ctx, g.entity_id) and _point(ctx, x))
                                    and ctx.places_compatible(g.entity_id, x)) for x in seen):
            continue        # the same place twice, or a region and a town of it ("إدلب وريفها"): one event
        seen.append(g.entity_id)
        out.append(g)
    return out


# tokens of the subject and a day between a strike verb and its object list ("قصفت قوات النظام اليوم السبت قرى")
OBJECT_SUBJECT_REACH = 5


def _strike_object(s: _Sent, k_prep: int, group: list[Mention], lex: _ELex, ctx: _DocContext) -> bool:
    """The listed places are the direct object of a strike verb of their clause: the verb right before
    them or a short subject between ("وتقصف بلدتي الفوعة وكفريا", "استهدفت الطائرات مدن دوما وحرستا",
    "قصفت قوات النظام قرى X وY"). ACLED codes each place hit. States are not places hit but actors
    ("قصفت روسيا وتركيا"); a preposition, a number or another place between ends the search (the list
    is then a frame, an origin or a direction, not the object)."""
    if any((e := ctx.entities.get(g.entity_id or "")) is None or e.level == "country" for g in group):
        return False
    toks = s.tokens
    if k_prep <= 0:
        return False
    clause = s.clause[k_prep]
    for j in range(k_prep - 1, max(-1, k_prep - 2 - OBJECT_SUBJECT_REACH), -1):
        if s.clause[j] != clause:
            return False
        keys = _keys(toks[j].norm)
        if keys & lex.object_strike_verbs:
            return True
        if (toks[j].norm in STOP_BEFORE_OBJECT or keys & lex.place_in or keys & lex.place_from
                or keys & lex.place_to or any(c.isdigit() for c in toks[j].norm)
                or any(m.start <= toks[j].start < m.end for m in s.mentions if m.type == "PLACE"
                       and m.entity_id in ctx.entities and ctx.entities[m.entity_id].level != "country")):
            # (another place ends it; an actor named as the subject does not: "قصفت قوات النظام مدن X وY")
            return False
    return False


# words that cannot stand in a verb's subject: a preposition or a conjunction opens another phrase
STOP_BEFORE_OBJECT = frozenset(normalize(w) for w in word_list("function_words.yaml", "stop_before_object"))


POINT_LEVELS = frozenset({"town", "neighbourhood", "facility"})


def _point(ctx: _DocContext, eid: str | None) -> bool:
    e = ctx.entities.get(eid or "")
    return e is not None and e.level in POINT_LEVELS


_LIST_MARKS = str.maketrans({ch: " " for ch in ",،\"«»“”"})


def _list_gap(text: str, a: int, b: int) -> bool:
    """Only list punctuation and "و" between two mentions ("X و Y", "X , Y", "X، وY"), also with a
    settlement noun before the next one ("مدينة دوما وبلدتي سقبا وعين ترما") and the names in quotes
    ("مدينة " دوما " وبلدتي " سقبا "")."""
    if b - a > 20:
        return False
    gap = normalize(text[a:b]).translate(_LIST_MARKS).split()
    if len(gap) <= 1 and "".join(gap) in LIST_GAPS:
        return True
    if gap[:1] == ["و"]:
        gap = gap[1:]
    elif gap and gap[0].startswith("و"):
        gap = [gap[0][1:]] + gap[1:]
    return len(gap) == 1 and bool(_keys(gap[0]) & lexicon().place_list_nouns)


def _in_wide_region(ctx: _DocContext, town: str | None, region: str | None) -> bool:
    """A town the text places in a wide region of its own country that spans provinces ("مدينة بئر العبد
    بشبه جزيرة سيناء"): such a region has no province and its
    centre lies far from most of its towns, so neither the province nor the distance test of
    places_compatible can join them; the text's "X in R" and the shared country do. So for a province abroad
    (foreign_divisions.yaml): the gazetteer's towns there carry no province."""
    et, er = ctx.entities.get(town or ""), ctx.wide_region(region)
    if er is None and (ep := ctx.entities.get(region or "")) is not None and ep.level == "admin1" \
            and ep.country != "SY":
        er = ep
    return (et is not None and er is not None and et.level in POINT_LEVELS and bool(et.country)
            and et.country == er.country)


# a list of names before their region ("أبو دالي والشطيب وتل خنزير بريف إدلب"): items and their words
LIST_ITEMS = 5
LIST_ITEM_WORDS = 3


def _list_end(s: _Sent, km: int, kb: int, lex: _ELex) -> int:
    """The first token of the last item of a "و" list of names opening at token ``km`` and ending before
    the region at ``kb`` ("قرى أبو دالي والشطيب وتل خنزير بريف إدلب": the region locates every item,
    also names the gazetteer lacks), else ``km``. Items are short runs of words, each after the first
    opening with "و"; a preposition, a number, a comma or a verb-like long run ends the list."""
    toks = s.tokens
    last, words = km, 1
    for j in range(km + 1, kb):
        w = toks[j].norm
        if not w or any(ch.isdigit() for ch in w) or not w[0].isalpha() or s.clause[j] != s.clause[km]:
            return km
        if w.startswith("و") and len(w) > 2 and not (_keys(w) & lex.place_in or w in STOP_BEFORE_OBJECT):
            last, words = j, 1
            continue
        if kb - j <= 2 and all(_keys(t.norm) & (lex.place_in | lex.place_nouns) for t in toks[j:kb]):
            break       # "... وتل الطوقان في ريف إدلب": the region's own preposition ends the list
        words += 1
        if words > LIST_ITEM_WORDS or w in STOP_BEFORE_OBJECT or _keys(w) & (lex.place_in | lex.place_from | lex.place_to):
            return km
    items = sum(1 for j in range(km + 1, kb) if toks[j].norm.startswith("و"))
    return last if items <= LIST_ITEMS else km


def near_precision(c: _Cand, text: str) -> int | None:
    """The event's geo_precision as ACLED codes it: a town the text names after a direction or a word
    of nearness ("اشتباكات جنوب مدينة مارع", "قرب دمشق") is where the happening was near, not in
    (2). Read on the event's place evidence once every pass has chosen it, so that the nearness
    changes no choice of place or merge (those compare how fine a place is, not where around it)."""
    if c.geo_precision == 1 and c.loc_ev and told_outside(text, c.loc_ev[0]):
        return 2
    return c.geo_precision


COUNTRY_LINKS = frozenset(_k(w) for w in word_list("place_words.yaml", "country_link_words"))
COUNTRY_PART_NOUNS = frozenset(_k(w) for w in word_list("place_words.yaml", "country_part_nouns"))
CONTAINER_REACH = 4     # tokens from a place's name to the country told as holding it ("أوركزاي القبلية شمال غرب باكستان")
PART_NOUN_REACH = 2     # tokens from a land noun to its nationality adjective ("تلال حمرين العراقية")


def _country_container(c: _Cand, lex: _ELex, ctx: _DocContext) -> None:
    """A happening whose place the text names but no gazetteer holds, told inside its country: "في مدينة
    سوكنة وسط ليبيا", "في مقاطعة أوركزاي القبلية شمال غرب باكستان", "في تلال حمرين العراقية". The country is an administrative unit holding the happening that the text names, so
    the happening is coded there at geo_precision 3 (ACLED's rule for a place known only to a wider unit),
    its evidence the place phrase through the country's word. Only in the trigger's own clause, and only a
    place told after a locative ("في", "ب"): a country named as a side ("الجيش الليبي"), a topic or a
    source places nothing."""
    s = c.sent
    toks, cl = s.tokens, s.clause[c.ti]
    for k in _unplaced_heads(s, lex):
        if cl != s.clause[k] or s.paren[k] != s.paren[c.ti] or (s.hseg and s.hseg[k] != s.hseg[c.ti]):
            continue
        head = _unplaced_head(s, k, lex)
        if head < 0:
            continue
        found = _told_country(s, head, k, ctx)
        if found is None:
            continue
        iso, last = found
        if (held := _held_town(s, head, last, iso, ctx)) is not None:
            # "في ضواحي مدينة مصراتة الليبية": the land noun's name is a gazetteer place of that country
            # (left out above as a foreign place not told "في X"): the happening is at that place
            c.location, c.geo_precision, c.loc_own = held.entity_id, ctx.place_precision(held, held.entity_id), True
            c.loc_ev = (held.start, held.end)
            return
        cid = ctx.country_entity(iso)
        if cid is None:
            return
        c.location, c.geo_precision, c.loc_own, c.loc_country_told = cid, 3, True, True
        c.loc_ev = (toks[k].start, toks[last].end)
        return


def _held_town(s: _Sent, head: int, last: int, iso: str, ctx: _DocContext) -> Mention | None:
    """The gazetteer place (not a country) of country ``iso`` whose mention opens after the land noun at
    token ``head`` (or opens at it: "ولاية هلمند الأفغانية") and ends before the country word at ``last``:
    "ضواحي مدينة مصراتة الليبية", or the province holding an unknown town, "بمديرية ناوة في ولاية هلمند
    الأفغانية" (a named province or city is finer than its country's point). The first such place, else None."""
    for m in s.mentions:
        if m.type != "PLACE" or not m.entity_id or _tok_index(s.tokens, m.start) < head \
                or _tok_index(s.tokens, m.end - 1) >= last:
            continue
        e = ctx.entities.get(m.entity_id)
        if e is not None and e.level != "country" and e.country == iso:
            return m
    return None


def _unplaced_at(s: _Sent) -> dict[int, Mention]:
    """The sentence's unresolved place mentions by their first token, read once (speed: every token of a
    trigger's clause is asked, for every candidate); the first mention in text order at a token wins."""
    if s.unplaced_at is None:
        s.unplaced_at = {}
        for m in s.mentions:
            if m.type == "PLACE" and not m.entity_id:
                s.unplaced_at.setdefault(_tok_index(s.tokens, m.start), m)
    return s.unplaced_at


def _unplaced_heads(s: _Sent, lex: _ELex) -> list[int]:
    """The tokens k, ascending, where ``_unplaced_head(s, k, lex)`` may be >= 0 (an unresolved place mention
    starts there or the token is a land noun); read once per sentence, as every candidate of it asks
    (speed: the other tokens are not visited)."""
    if s.unplaced_heads is None:
        toks = s.tokens
        lands = compress(range(len(toks)), map(not_, map(COUNTRY_PART_NOUNS.isdisjoint, map(_keys, map(token_norm, toks)))))
        s.unplaced_heads = sorted({*lands, *(k for k in _unplaced_at(s) if 0 <= k < len(toks))})
    return s.unplaced_heads


def _unplaced_head(s: _Sent, k: int, lex: _ELex) -> int:
    """The last token of a place phrase opening at token k that names no gazetteer place and stands after a
    locative: an unresolved place name ("في مدينة سوكنة": the name's last token) or a noun of land
    ("في تلال حمرين", "بمختلف المحافظات": the noun); -1 when k opens none."""
    toks = s.tokens
    m = _unplaced_at(s).get(k)
    if m is not None:
        # "في مقاطعة X": a land noun the place nouns of the roles lack may stand between
        told_in = _place_role(s, m, lex) == "in" or (
            k > 0 and _keys(toks[k - 1].norm) & COUNTRY_PART_NOUNS and _locative_before(toks, k - 1))
        return _tok_index(toks, m.end - 1) if told_in else -1
    if not _keys(toks[k].norm) & COUNTRY_PART_NOUNS:
        return -1
    return k if _locative_before(toks, k) else -1


def _locative_before(toks: list[Any], k: int) -> bool:
    """Token k (a land noun) stands after a locative: glued to it ("بالمحافظات") or one or two words before
    it ("في مقاطعة", "بمختلف المحافظات", "في كل المحافظات")."""
    w = toks[k].norm
    if w.startswith(("ب", "وب")) and not w.startswith("بلد"):
        return True
    near = [toks[j].norm for j in range(max(0, k - 2), k)]
    return (bool(near) and (near[-1] in ("في", "وفي", "داخل") or near[-1].startswith(("ب", "وب")) and len(near[-1]) > 3)
            or near[:1] in (["في"], ["وفي"]))


def _told_country(s: _Sent, head: int, k: int, ctx: _DocContext) -> tuple[str, int] | None:
    """The country told as holding the place phrase ending at token ``head``: a nationality adjective after
    it with only adjectives and link words between ("تلال حمرين العراقية", "وزيرستان الواقعة بالحزام القبلي
    الباكستاني"), or the country's name after a direction or link word ("سوكنة وسط ليبيا", "شمال غرب
    باكستان"). (iso, the country word's index), or None."""
    toks = s.tokens
    gaz = ctx.gazetteer
    adjectives = getattr(gaz, "country_adjectives", None) or {}
    demonyms = getattr(gaz, "demonyms", None) or {}
    named = head > k or any(m.type == "PLACE" and not m.entity_id and _tok_index(toks, m.start) == k
                            for m in s.mentions)
    reach = CONTAINER_REACH if named else PART_NOUN_REACH
    linked = False      # a link word was passed: the noun after it is the land that holds the place
    for j in range(head + 1, min(len(toks), head + 1 + reach)):
        if s.clause[j] != s.clause[k]:
            return None
        w = toks[j].norm
        iso = adjectives.get(w) or (demonyms.get(w[2:]) if w.startswith("ال") else None)
        if iso:
            # a bare land noun with the adjective is the whole country's land ("في الأراضي السورية", "في
            # المدن اليمنية"): a generality or a side's aim as often as a place; a named one is a place
            return (iso, j) if named or j > head + 1 else None
        iso = _country_named(s, j, ctx)
        if iso:
            before = toks[j - 1].norm
            return (iso, j) if _keys(before) & COUNTRY_LINKS or _landmark_word(before, lexicon()) else None
        if _keys(w) & COUNTRY_LINKS or _landmark_word(w, lexicon()):
            linked = True
            continue
        if _nisba(w) or linked and w.startswith("ب"):
            continue
        if j == head + 1 and not named and not is_verb(w):
            continue        # the name after a land noun ("تلال حمرين")
        return None
    return None


def _country_named(s: _Sent, j: int, ctx: _DocContext) -> str | None:
    """The country whose name token j is (a country place or the state itself), else None."""
    for m in s.mentions:
        if _tok_index(s.tokens, m.start) != j or not m.entity_id:
            continue
        e = ctx.entities.get(m.entity_id)
        if e is not None and (e.level == "country" or e.type == "STATE") and e.country:
            return e.country
    return None


NAMED_POINT_LEVELS = frozenset({"town", "neighbourhood", "facility"})
REGION_ADJECTIVES = 1   # words between a named region and the nearness word ("الغوطة الشرقية المحاصرة قرب دمشق")
REGION_REACH = 60       # characters from the region's name to the nearness phrase
REGION_RELATIVE_WORDS = 6   # words of a relative clause there ("الغوطة الشرقية التي تسيطر عليها الفصائل المقاتلة قرب دمشق")


def _region_describer(between: list[str]) -> bool:
    """The words between a named region and the nearness phrase after it only describe the region: at most
    REGION_ADJECTIVES adjectives ("ال..."), then at most a relative clause of REGION_RELATIVE_WORDS words
    ("التي تسيطر عليها الفصائل المقاتلة"): the nearness still locates the region, not a place of that clause."""
    norms = [normalize(w) for w in between]
    n = 0
    while n < len(norms) and n < REGION_ADJECTIVES and norms[n].startswith("ال") and norms[n] not in RELATIVE:
        n += 1
    rest = norms[n:]
    return not rest or rest[0] in RELATIVE and len(rest) <= REGION_RELATIVE_WORDS


def _region_near_place(ev: Event, c: _Cand, analysis: Analysis, text: str) -> None:
    """A named region the gazetteer holds, told right before the direction or the word of nearness that
    locates it by the town ("غارات على الغوطة الشرقية المحاصرة قرب دمشق"): the happening was in that
    region, the town only locates it (ACLED codes the region, not the town at geo_precision 2). Only the
    region of one governorate, in the trigger's clause after the trigger, with at most an adjective ("ال...")
    and a short relative clause between ("الغوطة الشرقية التي تسيطر عليها الفصائل المقاتلة قرب دمشق")."""
    off = outside_phrase_start(text, c.loc_ev[0])
    if off is None:
        return
    s = c.sent
    for m in s.mentions:
        if m.type != "PLACE" or not m.entity_id or m.entity_id == ev.location or not m.end <= off < m.end + REGION_REACH:
            continue
        gap = text[m.end:off]
        if any(ch in gap for ch in ",،:;؛") or not _region_describer(gap.split()):
            continue
        if any(p.type == "PLACE" and m.end <= p.start < off for p in s.mentions):
            continue    # another place in the relative clause: the nearness may locate that one
        km = _tok_index(s.tokens, m.start)
        region = analysis.entities.get(m.entity_id)
        kt = _tok_index(s.tokens, c.loc_ev[0])
        kt = kt if kt >= 0 else c.ti
        if (region is None or region.level != "region" or not region.admin1 or km <= c.ti
                or s.clause[km] not in (s.clause[c.ti], s.clause[kt])):
            # a wide label with no governorate ("البادية السورية قرب مدينة تدمر") names no scene; the region is in
            # the trigger's clause, or in the clause of the town the event is already at ("غارات مكثفة شنها
            # الطيران ( 17 تشرين الثاني ) على منطقة الغوطة الشرقية ... قرب دمشق": a date aside between)
            continue
        ev.location = region.id
        ev.geo_precision = m.geo_precision or 1
        ev.field_evidence["location"] = [m.start, m.end]
        return


def name_near_place(ev: Event, c: _Cand, analysis: Analysis, text: str) -> None:
    """An event told at a town only as the reference point of a place the text names ("انفجرت عبوة قرب
    بلدة تل عبطة جنوب تلعفر", "القصف وقع في بلدة معر شورين بالقرب من مدينة إدلب") happened at that place:
    the known place there when the gazetteer has it, else the named place itself at the town's point,
    geo_precision 2 (ACLED: a place that cannot be found is coded at the nearest known one, "near"; the
    name keeps what the text says). Read once the event is built, as near_precision, so that no merge
    or choice of place moves."""
    if ev.geo_precision != 2 or c.geo_precision != 1 or not c.loc_ev or not ev.location:
        return
    span = named_before_outside(text, c.loc_ev[0])
    if span is None:
        _region_near_place(ev, c, analysis, text)
        return
    s = c.sent
    town_m = next((m for m in s.mentions if (m.start, m.end) == c.loc_ev), None)
    kn = _tok_index(s.tokens, span[1] - 1)
    if town_m is None or _told_of_by_relative(s, town_m) or kn <= c.ti:
        # "قرب بلدة الصور التي سيطرت عليها قواتنا": what happened at the town itself; a name before the
        # trigger ("قتل 5 قنصا في منطقة X شمال الموصل , كما تم استهداف ...", "استعادت ... منطقة X جنوب
        # مدينة حلب ... تزامنا مع تنفيذ سلاح الجو غارات") is another happening's place
        return
    town = analysis.entities.get(ev.location)
    if town is None or town.level not in NAMED_POINT_LEVELS or town.lat is None:
        return
    inside = [m for m in analysis.mentions if m.type == "PLACE" and m.start < span[1] and m.end > span[0]]
    known = [m for m in inside if m.entity_id and m.entity_id != ev.location]
    if known:
        m = known[-1]
        ent = analysis.entities.get(m.entity_id or "")
        if len(known) > 1 or ent is None or ent.level not in NAMED_POINT_LEVELS or m.end < span[1] - 1:
            return      # a list of places or a region: not one place the town locates
        ev.location = ent.id
        ev.geo_precision = m.geo_precision or 1
        ev.field_evidence["location"] = [m.start, m.end]
        return
    if any(m.entity_id == ev.location for m in inside):
        return
    name = text[span[0]:span[1]].strip()
    pid = f"doc:{analysis.doc.id}:near:{normalize(name).replace(' ', '_')}"
    if pid not in analysis.entities:
        analysis.entities[pid] = Entity(
            id=pid, type="PLACE", name_ar=name, source="text (near " + town.name_ar + ")",
            description=f"named in the text; placed at the point of {town.name_en or town.name_ar} (geo_precision 2)",
            lat=town.lat, lon=town.lon, country=town.country, admin1=town.admin1, admin2=town.admin2,
            admin3=town.admin3, level="town")
    ev.location = pid
    ev.field_evidence["location"] = [span[0], span[1]]
