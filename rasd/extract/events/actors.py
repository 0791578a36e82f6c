"""Who did it to whom: the actor and target of a candidate from the entities layer's mentions,
their positions and prepositions (subject, object, speech, strike owner, unidentified attackers,
witness verbs). Reads sentences and triggers; the place, date and merge rules read it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from itertools import compress, repeat
from operator import attrgetter, is_, or_
from typing import Any

from rasd.data import read_data, word_list
from rasd.extract.events.context import STATE_TYPES, UNIDENTIFIED_ID, _actor_guards, _DocContext
from rasd.extract.events.lexicons import LEXICON, _ELex, _keys, lexicon
from rasd.extract.events.sentences import _Cand, _Sent
from rasd.extract.events.triggers import _MARKS, _tok_index
from rasd.extract.modality import _future_verb, first_seq_start
from rasd.extract.modality import lexicon as modality_lexicon
from rasd.extract.verbs import IMPERFECT_PREFIXES, is_verb
from rasd.records import Entity, Mention
from rasd.text.normalize import normalize
from rasd.text.tokens import Token, drop_conjunction, token_norm

_TEXT = attrgetter("text")
VIOLENT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
CIVILIANS_ID = "acled:civilians"
PROTESTERS_ID = "acled:protesters"
UNIDENTIFIED_KINDS = frozenset({"attack", "remote", "casualty", "execution", "abduction", "arrest", "clash"})
UNIDENTIFIED_REACH = 6              # tokens around the trigger the unidentified attackers are looked for


def _held_from(toks: list[Token], clause: list[int], k: int, lex: _ELex) -> bool:
    """The mention at token k is told as the one the ground was taken from: "تحرير الفلوجة من سيطرة تنظيم
    داعش", "استعادة البلدات من يد الهيئة", "من قبضة التنظيم". Not when the control noun is the taking
    itself, told with what was taken ("بعد شهر من سيطرة الفصائل على مدينة الباب")."""
    for j in range(k - 1, max(0, k - 1 - HELD_HEAD_REACH), -1):
        if clause[j] != clause[k]:
            return False
        if toks[j].norm in lex.held_nouns and toks[j - 1].norm in lex.held_from:
            # a head noun or quotes may stand between ("من سيطرة تنظيم " داعش "", "من يد ميليشيات الأسد"),
            # not a preposition ("من سيطرة الجيش على بلدة ...": the mention is what was taken)
            if any(t.norm in NON_SUBJECT_PREPS or _keys(t.norm) & lex.held_taken for t in toks[j + 1:k]):
                return False
            rest = [t for n, t in enumerate(toks[k + 1:k + 1 + HELD_TAKEN_REACH], k + 1) if clause[n] == clause[k]]
            return not any(_keys(t.norm) & lex.held_taken for t in rest)
    return False


# tokens between the control noun and the mention: a head noun and quotes ("سيطرة تنظيم " داعش")
HELD_HEAD_REACH = 3


def _expelled(c: _Cand, ms: list[Mention], before_tok: dict[int, int], toks: list[Token], idx: int,
              lex: _ELex) -> bool:
    """The mention right after the expelling word (a head noun or quotes between), with the place it was
    driven from after it, was driven out: "طرد التنظيم من آخر نقاط سيطرته", "طرد تنظيم " داعش " من
    الرقة". In "طرد الجيش التنظيم من" the subject is followed by the object, not by "من"."""
    k = before_tok[idx]
    if c.trig.key != "expel" or not c.tj <= k < c.tj + HELD_HEAD_REACH:
        return False
    if any(toks[j].norm in NON_SUBJECT_PREPS for j in range(c.tj, k)) or any(
            c.tj <= before_tok[i] < k for i in range(len(ms)) if i != idx):
        return False
    after = _tok_index(toks, ms[idx].end - 1) + 1
    # quotes, commas and the same group's alias between ("تنظيم الدولة " داعش " , من الرقة"); another
    # group after it is the object ("طردت القوات العراقية تنظيم الدولة من القائم")
    own = ms[idx].entity_id
    while after < len(toks) and (toks[after].norm in QUOTE_MARKS or any(
            m.start <= toks[after].start < m.end and m.entity_id == own for m in ms)):
        after += 1
    return after < len(toks) and toks[after].norm in lex.held_from


def _subject_after_own_object(c: _Cand, ms: list[Mention], before_tok: dict[int, int], toks: list[Token],
                              lex: _ELex) -> int | None:
    """The mention right after "عليها / عليه" that follows a past-tense taking verb ("التي سيطرت عليها قوات
    النظام قبل يومين"). Only a past verb: "التي يسيطر عليها التنظيم" tells who holds the ground (a state),
    not a taking."""
    if c.tj >= len(toks) or toks[c.tj].norm not in lex.held_taken or toks[c.tj].norm == "علي":
        return None
    if not is_verb(c.form) or normalize(c.form).lstrip("وف").startswith(IMPERFECT_PREFIXES):
        return None
    return next((idx for idx in range(len(ms)) if before_tok[idx] == c.tj + 1), None)


RELATIVE_TAKING_REACH = 5    # tokens after a relative taking's subject read for its time ("قوات النظام قبل يومين")


def _recent_relative_taking(k: int, s: _Sent) -> bool:
    """The relative clause of a taking tells it recent after its subject (token k): "قبل يومين", "منذ
    ساعات", "أمس" in the same clause (event_actor_guards.yaml, relative_taking_*)."""
    guards = _actor_guards()
    heads, spans, days = (guards["relative_taking_span_heads"], guards["relative_taking_spans"],
                          guards["relative_taking_days"])
    toks = s.tokens
    for j in range(k + 1, min(len(toks), k + 1 + RELATIVE_TAKING_REACH)):
        if s.clause[j] != s.clause[k]:
            return False
        norm = toks[j].norm
        if norm in days or (norm in spans and toks[j - 1].norm in heads):
            return True
    return False


# punctuation between a name and what follows it ("تنظيم الدولة " داعش " , من الرقة")
QUOTE_MARKS = frozenset(('"', "'", ",", "،", "(", ")", "«", "»", "-"))


# tokens after the mention in which "على" tells the control noun as a taking of what follows
HELD_TAKEN_REACH = 6


def _generic_entity(eid: str) -> Entity:
    if eid == CIVILIANS_ID:
        return Entity(eid, "ORGANIZATION", "مدنيون", "Civilians", description="ACLED actor category: civilians",
                      source="ACLED codebook")
    if eid == UNIDENTIFIED_ID:
        return Entity(eid, "ARMED_GROUP", "مسلحون مجهولون", "Unidentified Armed Group",
                      description="ACLED actor category: an armed group the source does not identify",
                      source="ACLED codebook")
    return Entity(eid, "ORGANIZATION", "متظاهرون", "Protesters", description="ACLED actor category: protesters",
                  source="ACLED codebook")


# "and" / "with" between two mentions of a list
LIST_JOINERS = word_list("function_words.yaml", "list_joiners")


def _joins(gap: str, raw: str) -> bool:
    """و / مع / a comma between two mentions; two names side by side with only a space are a verb's
    subject and object ("طردت الهيئة قوات النظام"), not a list."""
    return gap in LIST_JOINERS or (gap == "" and ("," in raw or "،" in raw or raw == ""))


def _coordinated(ms: list[Mention], k: int, text: str, ctx: _DocContext) -> list[Mention]:
    """The mention ms[k] and the actor mentions joined to it by و / مع / ، (before and after)."""
    def joined(left: Mention, right: Mention, new: Mention) -> bool:
        raw = text[left.end:right.start]
        return _joins(normalize(raw).strip(" ,،"), raw) and bool(ctx.actor_id(new))

    return _chain(ms, k, joined)


def _chain(ms: list[Mention], k: int, joined: Callable[[Mention, Mention, Mention], bool]) -> list[Mention]:
    """ms[k] with its neighbours chained to it on both sides: ``joined(left, right, new)`` says
    whether ``new`` (the left or right one) joins the group across the gap left..right."""
    group = [ms[k]]
    j = k - 1
    while j >= 0 and joined(ms[j], group[0], ms[j]):
        group.insert(0, ms[j])
        j -= 1
    j = k + 1
    while j < len(ms) and joined(group[-1], ms[j], ms[j]):
        group.append(ms[j])
        j += 1
    return group


def _ids(group: list[Mention], ctx: _DocContext) -> list[str]:
    out: list[str] = []
    for m in group:
        a = ctx.actor_id(m)
        if a and a not in out:
            out.append(a)
    return out


SPEECH_COMPLEMENTIZERS = frozenset(word_list("function_words.yaml", "speech_complementizers"))
VERB_FIRST_LEADS = frozenset(normalize(w) for w in word_list("function_words.yaml", "verb_first_leads"))
CLAUSE_MARKS = frozenset({",", "،", "؛", ";", ":", "-", ".", "(", ")"})   # (quote marks do not end a subject)
OBJECT_REACH = 2     # tokens from a verb's subject to its object's actor ("تنظيم داعش حاجزا لقوات النظام")
OBJECT_KINDS = frozenset({"remote", "attack", "arrest", "abduction", "execution", "casualty"})
SUBJECT_BEFORE_REACH = 2    # tokens between a named actor and the verb it is the subject of ("قوات النظام أمس استهدفت")
NON_SUBJECT_PREPS = frozenset(normalize(w) for w in word_list("function_words.yaml", "non_subject_prepositions"))
NON_SUBJECT_FAR = frozenset(normalize(w) for w in word_list("function_words.yaml", "non_subject_far_prepositions"))


# the last token list asked about and its speech positions (a sentence's triggers ask in turn)
_LAST_SPEECH: tuple[Any, Any, list[int]] = (None, None, [])


# per lexicon: normalised form -> some reading of it is a speech verb
_SPEECH_FORMS: tuple[Any, dict[str, bool]] = (None, {})


def _speech_forms_of(lex: _ELex) -> tuple[Any, dict[str, bool]]:
    global _SPEECH_FORMS
    _SPEECH_FORMS = (lex, {})
    return _SPEECH_FORMS


def _speech_positions(toks: list[Token], lex: _ELex) -> list[int]:
    """Indexes of the sentence's speech verbs and complementizers, in order."""
    global _LAST_SPEECH
    last = _LAST_SPEECH
    if last[0] is not toks or last[1] is not lex:
        # (per token: a speech verb by its form, looked up once per form, or a complementizer by
        # its surface; maps over the tokens, no Python loop per token)
        verbs = _SPEECH_FORMS if _SPEECH_FORMS[0] is lex else _speech_forms_of(lex)
        norms = list(map(token_norm, toks))
        flags = list(map(verbs[1].get, norms))
        if None in flags:
            if len(verbs[1]) >= 262144:
                verbs[1].clear()
            words = lex.speech_verbs
            for k in compress(range(len(flags)), map(is_, flags, repeat(None))):
                flags[k] = verbs[1][norms[k]] = not words.isdisjoint(_keys(norms[k]))
        comp = map(SPEECH_COMPLEMENTIZERS.__contains__, map(str.strip, map(_TEXT, toks), repeat(_MARKS)))
        last = _LAST_SPEECH = (toks, lex, list(compress(range(len(toks)), map(or_, flags, comp))))
    return last[2]


# "between", bare and after "و" ("اشتباكات بين X وY")
BETWEEN_WORDS = word_list("function_words.yaml", "between_words")
# tokens after a clash word where its "between" is read ("اشتباكات متقطعة وحالات قنص متبادل بين X وY")
BETWEEN_REACH = 6
BETWEEN_NEAR = 4    # (within these, in any clause: "اشتباكات عنيفة , بين")
SIDE_HEAD_WORDS = 2     # words between "و" and the second side's name ("ومجموعات المعارضة", "وفصائل من الجيش الحر")
# "من جهة" closing the first side of a "between" ("بين تنظيم داعش من جهة وهيئة تحرير الشام")
SIDE_MARKS = frozenset({"جهه", "جهة", "طرف", "ناحيه", "ناحية"})
FIGHTING_TYPES = ("STATE_FORCES", "ARMED_GROUP")


def _second_side(ms: list[Mention], last: int, before_tok: dict[int, int], toks: list[Token],
                 ctx: _DocContext) -> str | None:
    """The clash's second side told after the first behind "و" and a head noun of its own ("اشتباكات بين قوات
    النظام ومجموعات المعارضة", "بين تنظيم داعش من جهة وهيئة تحرير الشام", "بين التنظيم , وفصائل من الجيش
    الحر"): the next actor mention, a state force or an armed group, when the words between the first side's
    end and it (quotes and commas aside) are a noun opening with "و" and at most SIDE_HEAD_WORDS words, no
    verb and no preposition but a partitive "من" right before the name. None otherwise (no second side)."""
    if last + 1 >= len(ms):
        return None
    after = _tok_index(toks, ms[last].end - 1) + 1
    k = before_tok[last + 1]
    if k < after:
        return None
    words = [t for t in toks[after:k + 1] if t.norm not in QUOTE_MARKS]
    if len(words) >= 3 and words[0].norm == "من" and words[1].norm in SIDE_MARKS:
        words = words[2:]
    if not words or len(words) > SIDE_HEAD_WORDS + 1 or not words[0].norm.startswith("و"):
        return None
    first = toks.index(words[0], after)
    if any(t.norm in (",", "،") for t in toks[first:k]) or any(t.norm.startswith("و") for t in words[1:-1]):
        return None         # a comma or another "و" after the joined noun: "ومسلحين , واتهمت هيئة ..."
    if is_verb(words[0].norm[1:]) and len(words) > 1:
        return None         # "والفصائل , وقال المرصد": another clause
    for n, t in enumerate(words[:-1]):
        if not t.norm[:1].isalpha() or t.norm in NON_SUBJECT_PREPS and not (t.norm == "من" and n == len(words) - 2 > 0):
            return None
    if _closes_side(toks, _tok_index(toks, ms[last + 1].end - 1) + 1) and not any(
            t.norm == "من" and toks[n + 1].norm in SIDE_MARKS for n, t in enumerate(toks[after:k], after)):
        return None         # "بين الفصائل وجبهة تحرير الشام من جهة و...": the name closes the first side
    aid = ctx.actor_id(ms[last + 1])
    return aid if aid and ctx.actor_type(aid) in FIGHTING_TYPES else None


def _closes_side(toks: list[Token], j: int) -> bool:
    """"من جهة" / "من طرف" stands at token j (quotes aside): the names before it are one side of a "between"."""
    while j < len(toks) and toks[j].norm in QUOTE_MARKS:
        j += 1
    return j + 1 < len(toks) and toks[j].norm == "من" and toks[j + 1].norm in SIDE_MARKS


AGENT_CUE_REACH = 1    # words between a trigger noun and an agent cue that tells its doer ("غارة جوية نفذتها")


def _find_actors(c: _Cand, lex: _ELex, ctx: _DocContext) -> None:
    s = c.sent
    toks = s.tokens
    text = ctx.analysis.doc.text
    if s.actor_mentions is None:    # the same for every candidate of the sentence: read once
        found = [m for m in s.mentions if ctx.actor_id(m)]
        s.actor_mentions = (found, {idx: _tok_index(toks, m.start) for idx, m in enumerate(found)})
    ms, before_tok = s.actor_mentions

    heads = _verb_heads_clause(c, ms, before_tok, s)

    def is_target(idx: int) -> bool:
        k = before_tok[idx]
        lo = max(0, k - 2)
        if heads and (k == c.tj or k == c.tj + 1 and _keys(toks[c.tj].norm) & WEAPON_OWNER_NOUNS
                      and not normalize(text[toks[k].start:ms[idx].end]).startswith("ل")):
            # ("كما استهدفت مدفعية النظام سقبا": the weapon's owner in the genitive; not "دورية لقوات النظام")
            # "استهدفت قوات النظام بلدة كفرنبل": a targeting verb that heads its clause is followed by its
            # subject; the verb is the target cue only of a noun it does not govern as subject
            # ("غارة استهدفت قوات النظام", "الهجوم الذي استهدف")
            lo = max(lo, c.tj)
        prev = set().union(*map(_keys, map(token_norm, toks[lo:max(0, k)])))
        own = normalize(ms[idx].surface)
        if (k > 0 and c.trig.key != "shootdown" and _keys(toks[k - 1].norm) & WEAPON_OWNER_NOUNS
                and normalize(text[toks[k].start:ms[idx].start] + ms[idx].surface).startswith("ل")):
            return False    # "قصف طيران للتحالف الدولي مقر ...": whose aircraft struck, not the target
        if k > 0 and toks[k - 1].norm == "من":   # "بحق 45 عنصراً و قائداً من الهيئة": the victims' group
            if set().union(*map(_keys, map(token_norm, toks[max(0, k - 7):k - 1]))) & lex.target_cues:
                return True
        return not prev.isdisjoint(lex.target_cues) or not prev.isdisjoint(lex.target_nouns) or own.startswith(
            ("ل", "لل"))

    def besieger(idx: int) -> bool:
        """Ground taken: a mention told as the one who laid the siege ("كسر حصار داعش", "الحصار الذي
        يفرضه تنظيم الدولة", "المحاصر من قبل التنظيم"), the one it was taken from ("من سيطرة داعش") or
        the one driven out ("طرد التنظيم من") lost that ground, it did not take it."""
        k = before_tok[idx]
        if c.trig.kind != "territory" or k <= 0:
            return False
        if _held_from(toks, s.clause, k, lex):
            return True
        if _expelled(c, ms, before_tok, toks, idx, lex):
            return True
        for j in range(max(0, k - 3), k):
            if s.clause[j] != s.clause[k]:
                continue
            keys = _keys(toks[j].norm)
            if not (keys & lex.besieger_cues or keys & lex.besieger_verbs and any(
                    _keys(t.norm) & lex.besieger_cues for t in toks[max(0, j - 8):j])):
                continue
            # a siege told after the trigger, or one told as broken ("فك حصار داعش عنها , وتحرير"); a
            # siege told before the taking with nothing broken ("بعد حصار قوات النظام للمدينة سيطرت
            # عليها") was laid by the one who then took the town
            if k > c.ti or any(_keys(t.norm) & lex.siege_break for t in toks[max(0, j - 2):j + 1]):
                return True
        return False

    def not_subject(idx: int) -> bool:
        """A mention behind a preposition ("أمام صلف روسيا", "عن الجيش الروسي") did not act."""
        k = before_tok[idx]
        if k < 0:
            return False
        if besieger(idx):
            return True
        if k == 0:
            return normalize(ms[idx].surface).startswith(("ب", "وب", "فب", "ك")) and ms[idx].type in STATE_TYPES
        if first_seq_start(toks, k - 3, k, lex.agent_cues)[1]:
            return False        # "من قبل جيش الإسلام": the agent
        if toks[k - 1].norm == "من" and _partitive_subject(c, ms[idx], toks, k, lex):
            return is_target(idx)
        if toks[k - 1].norm in NON_SUBJECT_PREPS or (k >= 2 and toks[k - 2].norm in NON_SUBJECT_FAR):
            return True
        if normalize(ms[idx].surface).startswith(("ب", "وب", "فب", "ك")) and ms[idx].type in STATE_TYPES:
            return True         # "بألمانيا": a place, not the one who acted
        if lex.backer_cues and any(_keys(toks[j].norm) & lex.backer_cues and s.clause[j] == s.clause[k]
                                   for j in range(max(0, k - 3), k)):
            return True         # "الفصائل التي تدعمها المدفعية والطائرات التركية": who backs the actor
        return is_target(idx)

    def take(idx: int) -> None:
        nonlocal actor1, ev
        g = _coordinated(ms, idx, text, ctx)
        actor1, ev = _ids(g, ctx), (g[0].start, g[-1].end)

    actor1: list[str] = []
    ev: tuple[int, int] | None = None
    same_clause = False
    between: list[str] = []
    if c.trig.kind == "clash":
        # "اشتباكات بين قوات النظام وجيش الإسلام": the two sides, in the order given
        for k in range(c.tj, min(len(toks), c.tj + BETWEEN_REACH)):
            if k >= c.tj + BETWEEN_NEAR and s.clause[k] != s.clause[c.ti]:
                break       # (further than the near words, only in the clash word's clause)
            if toks[k].norm in BETWEEN_WORDS:
                first = next((idx for idx in range(len(ms)) if k < before_tok[idx] <= k + 2), None)
                if first is not None:
                    g = _coordinated(ms, first, text, ctx)
                    ids = _ids(g, ctx)
                    if len(ids) >= 2 and _closes_side(toks, _tok_index(toks, g[-1].end - 1) + 1):
                        # "بين الفصائل المقاتلة وجبهة تحرير الشام من جهة وميليشيات النظام من جهة ثانية": the
                        # joined names are one side; the other is told after "من جهة"
                        other = _second_side(ms, ms.index(g[-1]), before_tok, toks, ctx)
                        actor1, ev, same_clause = ids, (g[0].start, g[-1].end), True
                        between = [other] if other is not None and other not in ids else []
                        break
                    if len(ids) < 2:
                        # "بين قوات النظام ومجموعات المعارضة المسلحة": the second side behind "و" and its head noun
                        other = _second_side(ms, ms.index(g[-1]), before_tok, toks, ctx)
                        if other is not None and other not in ids:
                            ids = [*ids, other]
                    if len(ids) >= 2:
                        actor1, ev, same_clause, between = ids[:1], (g[0].start, g[0].end), True, ids[1:]
                    elif ids and ctx.actor_type(ids[0]) in FIGHTING_TYPES:
                        # "بين قوات نظام الأسد ومسلحين موالين لها من جهة , ومقاتلين أكراد": the one side the
                        # text names is a side of the clash (the other, unnamed, stays unknown)
                        actor1, ev, same_clause = ids, (g[0].start, g[0].end), True
                break
    # 1. agent cue after the trigger: "نفذها جيش الإسلام", "من جانب النظام", "من قبل داعش"
    k, n = first_seq_start(toks, c.tj, c.tj + 7, lex.agent_cues)
    if n:
        for idx in range(len(ms)):
            if k + n <= before_tok[idx] <= k + n + 3 and not besieger(idx):
                take(idx)
                same_clause = True
                break
    # the cue right after the noun ("غارة نفذتها طائرة أميركية", "هجوم من قبل مسلحين") tells the doer
    # there, even when it is no actor of the KB: a group told before the noun (the victims' genitive,
    # "المسؤول الإعلامي لتنظيم القاعدة , قتل في غارة نفذتها طائرة أميركية") did not make it
    # ("قتل في غارة نفذتها": the noun of "في" after the trigger is the killing's means, its doer the killer)
    agent_after = bool(n) and (k <= c.tj + AGENT_CUE_REACH or (
        c.tj < len(toks) and toks[c.tj].norm == "في" and k <= c.tj + 1 + AGENT_CUE_REACH))
    owner: list[str] = []
    if not actor1:
        # 1a. "جراء استهداف تنظيم الدولة حاجزا لقوات قسد": a verbal noun with its genitive and then its own
        # object has both arguments: the genitive did it, the object's owner was hit
        pair = _genitive_agent_with_object(c, ms, before_tok, toks, text, ctx)
        if pair is not None:
            take(pair[0])
            same_clause = True
            if pair[1] is not None:
                owner = [a for a in _ids(_coordinated(ms, pair[1], text, ctx), ctx) if a not in actor1]
    if not actor1 and c.trig.key != "shootdown" and c.tj < len(toks) and _keys(toks[c.tj].norm) & WEAPON_OWNER_NOUNS:
        # 1b. "قصف طيران للتحالف الدولي مقر ...": the weapon right after the trigger, its owner after "لـ"
        for idx in range(len(ms)):
            k = before_tok[idx]
            if k == c.tj + 1 and normalize(text[toks[k].start:ms[idx].start] + ms[idx].surface).startswith("ل"):
                take(idx)
                same_clause = True
                break
    if not actor1 and c.trig.kind == "remote":
        # 1c. "سقطت قذائف هاون على حي ... مصدرها جبهة النصرة": the shells' origin fired them
        pick = _told_source(c, ms, before_tok, toks, ctx)
        if pick is not None:
            take(pick)
            same_clause = True
    if not actor1 and c.trig.kind == "remote":
        # "بقصف مدفعي لقوات النظام", "قصف الطيران الروسي للقرية": the strike word's owner struck. Kept
        # aside and made the actor only once the tellings are merged (_apply_strike_owner)
        own = _strike_owner(c, ms, before_tok, toks, ctx)
        if own is not None:
            g = _coordinated(ms, own, text, ctx)
            c.strike_owner = (_ids(g, ctx), (g[0].start, g[-1].end))
    window = toks[max(0, c.ti - 4):min(len(toks), c.tj + 4)]
    # (the window's readings tested in C: map over the forms, no Python step per token)
    fp = c.form.endswith(("نا", "ناها", "ناه", "ناهم")) or not all(
        map(lex.first_person.isdisjoint, map(_keys, map(token_norm, window))))
    # a speech verb, or the complementizer of reported speech ("الجيش السوري الثلاثاء إن المعارضة أسقطت")
    speech_at = [k for k in _speech_positions(toks, lex) if k < c.ti]

    def speaker(idx: int) -> bool:
        """A speech verb stands between the mention and the trigger: it spoke, did not act."""
        k = before_tok[idx]
        return any(k < j for j in speech_at)

    before = [idx for idx, m in enumerate(ms) if m.end <= c.start and not not_subject(idx) and not speaker(idx)]
    if not actor1 and c.trig.kind == "territory":
        # 2c. "تمكنت قوات المعارضة من استعادة", "الجيش تمكن أمس من استعادة": the subject of the
        # managing verb that governs the masdar took the ground
        pick = _control_subject(c, before, before_tok, s)
        if pick is not None:
            take(pick)
            same_clause = True
    own_subject: int | None = None
    if not actor1 and c.trig.kind == "territory":
        # 2d. "القرية التي سيطرت عليها قوات النظام": the verb's object is its own pronoun ("عليها"), so the
        # mention right after it is the subject, not the target "على" would make it. It corrects the
        # actor the rules below would put on the taking (another clause's, "بين تنظيم داعش وقوات النظام
        # ... القورية , التي سيطرت عليها قوات النظام"); a relative taking with no other actor told stays
        # unread, as before: it is mostly the place's history ("المواقع التي استولى عليها الاكراد ... في حينه")
        pick = _subject_after_own_object(c, ms, before_tok, toks, lex)
        if pick is not None and not besieger(pick) and not speaker(pick):
            own_subject = pick
    if not actor1:
        # 2e. "وذكر بيان للجيش أن قواته ... استهدفت", "قال قائد في قسد إن مقاتليه سيطروا": reported speech
        # whose subject is the speaker's own forces (a pronoun): the speaker's body did it
        told = _speaker_forces(c, ms, before_tok, toks, ctx, not_subject)
        if told is not None:
            actor1, ev = told
            same_clause = True
    if not actor1:
        # 2a. the subject right after a verb ("سيطر تنظيم داعش"), the agent right after a noun
        # ("قبيل سيطرة قوات الأسد"): closer than any actor of the clause before
        pick = _verb_subject_after(c, ms, before_tok, s, not_subject, reach=1)
        if pick is None:
            pick = _after_agent(c, ms, before_tok, s, besieger)
        if pick is not None:
            take(pick)
            same_clause = True
    if not actor1 and not is_verb(c.form):
        # 2b. "الهجوم الخامس الذي تشنه داعش على بلدة حيط": the subject of the relative clause's light verb,
        # whose pronoun is the trigger noun, made it (closer than any actor told before the noun)
        pick = _relative_doer(c, ms, before_tok, s, not_subject)
        if pick is not None:
            take(pick)
            same_clause = True
    if not actor1 and not agent_after:
        # 2. the nearest actor before the trigger in its clause
        same = [idx for idx in before if s.clause[max(0, before_tok[idx])] == s.clause[c.ti]]
        if same:
            take(same[-1])
            same_clause = True
    if not actor1 and c.trig.kind == "exit":
        # the group whose fighters leave ("قوائم مقاتلي الهيئة ... خروجهم")
        for idx in reversed(range(len(ms))):
            k = before_tok[idx]
            if k > 0 and ms[idx].end <= c.start and _keys(toks[k - 1].norm) & lex.generic["fighters"]:
                take(idx)
                same_clause = True
                break
    if not actor1:
        # 3. verb first (VSO: "قصفت قوات النظام") or a noun and its agent ("خروج مقاتلي الهيئة")
        pick = _verb_subject_after(c, ms, before_tok, s, not_subject)
        if pick is None:
            pick = _after_agent(c, ms, before_tok, s, besieger)
        if pick is not None:
            take(pick)
            same_clause = True
    if not actor1 and fp and ctx.speaker_org:
        # 4. first person: the speaker's group ("أحرقناها", "مقاتلينا")
        actor1 = [ctx.speaker_org]
        c.first_person = True
        same_clause = True
    if not actor1 and before and not agent_after:
        # 5. an actor in an earlier clause: near, or the only candidate for a violent event
        pick = _relative_clause_head(before, ms, before_tok, s)
        k = before_tok[pick]
        if c.ti - k <= 8 or c.event_type in VIOLENT:
            take(pick)
    if not actor1 and c.trig.kind in UNIDENTIFIED_KINDS:
        # 6. "أطلق مسلحون مجهولون النار", "برصاص مجهولين", "اختطفه مجهولون": unidentified attackers
        for k in range(max(0, c.ti - UNIDENTIFIED_REACH), min(len(toks), c.tj + UNIDENTIFIED_REACH)):
            if s.clause[k] == s.clause[c.ti] and _keys(toks[k].norm) & lex.generic["unidentified"]:
                actor1, ev, same_clause = [UNIDENTIFIED_ID], (toks[k].start, toks[k].end), True
                break
    if not actor1 and c.trig.kind == "protest":
        for t in toks[max(0, c.ti - 6):c.ti]:
            keys = _keys(t.norm)
            if keys & lex.generic["civilians"]:
                actor1, ev = [CIVILIANS_ID], (t.start, t.end)
            elif keys & lex.generic["protesters"]:
                actor1, ev = [PROTESTERS_ID], (t.start, t.end)
        same_clause = bool(actor1)
    if not actor1 and c.trig.key == "air_strike":
        # 7. "تم بوساطة طائرات مسيرة روسية": the aircraft whose name holds the trigger struck
        for m in ms:
            aid = ctx.actor_id(m)
            if aid and m.type == "STATE_FORCES" and m.start <= c.start and c.end <= m.end:
                actor1, ev, same_clause = [aid], (m.start, m.end), True
                break
    if own_subject is not None and (actor1 or _recent_relative_taking(before_tok[own_subject], s)):
        take(own_subject)
        same_clause = True
    c.actor1 = actor1
    c.actor_own = bool(actor1)
    if between:
        c.actor_same_clause, c.actor_ev, c.actor2 = True, ev, between
        return
    c.actor_same_clause = same_clause
    c.actor_ev = ev
    # targets: after the trigger, behind على / ضد / بحق / مع / ل, or the genitive of a patient noun
    actor2: list[str] = owner
    for idx, m in enumerate(ms):
        k = before_tok[idx]
        if actor2:
            break       # (the owner of the noun's object, read with its agent)
        if ctx.actor_id(m) in actor1:
            continue
        if m.start >= c.end and k - c.tj <= 10 and s.clause[k] in (s.clause[c.ti], s.clause[c.ti] + 1):
            if is_target(idx) or (c.trig.genitive == "patient" and k - c.tj <= 1):
                for a in _ids(_coordinated(ms, idx, text, ctx), ctx):
                    if a not in actor1 and a not in actor2:
                        actor2.append(a)
                break
    if not actor2 and heads and actor1 and ev is not None and ev[0] >= c.end and c.trig.kind in OBJECT_KINDS:
        # "استهدف الجيش الحر قوات النظام", "استهدف تنظيم داعش حاجزا لقوات النظام": after a verb that heads
        # its clause and its subject, the next actor named (or the owner of the next noun) is the object
        end = _tok_index(toks, ev[1] - 1)
        for idx, m in enumerate(ms):
            k = before_tok[idx]
            a = ctx.actor_id(m)
            if m.start < ev[1] or not a or a in actor1 or s.clause[max(0, k)] != s.clause[c.ti]:
                continue
            # "ثلاثة عناصر من الجيش الحر": the members' group behind a unit noun and "من" is the object
            members = (k - end <= OBJECT_REACH + 2 and toks[k - 1].norm == "من"
                       and bool(_keys(toks[k - 2].norm) & lex.generic.get("units", frozenset())))
            if (0 < k - end <= OBJECT_REACH and toks[k - 1].norm not in NON_SUBJECT_PREPS or members) \
                    and not speaker(idx):
                actor2 = [x for x in _ids(_coordinated(ms, idx, text, ctx), ctx) if x not in actor1]
            break
    if not actor2 and c.trig.kind == "territory":
        # the besieger whose siege was broken lost the ground ("كسر حصار داعش لمطار دير الزور")
        for idx, m in enumerate(ms):
            a = ctx.actor_id(m)
            if a and a not in actor1 and besieger(idx) and s.clause[before_tok[idx]] == s.clause[c.ti]:
                actor2 = [a]
                break
    if not actor2 and c.trig.kind in ("execution", "attack", "remote", "arrest", "abduction", "casualty"):
        for t in toks[c.tj:min(len(toks), c.tj + 6)]:
            if _keys(t.norm) & lex.generic["civilians"]:
                actor2 = [CIVILIANS_ID]
                break
    if c.trig.kind in ("agreement", "exit", "handover") and not actor2:
        for m in ms:
            a = ctx.actor_id(m)
            if a and a not in actor1 and ctx.actor_type(a) in STATE_TYPES and m.start >= c.end:
                actor2 = [a]
                break
    c.actor2 = actor2


GENITIVE_KINDS = frozenset({"remote", "attack", "clash"})    # verbal nouns read for a genitive agent and an object
OWNER_WORDS = 2     # words between an object noun and its owner's "لـ" ("رتلا تابعا لقوات", "نقطة أمنية تابعة للجيش")
NISBA_ENDS = ("ي", "يا", "يه", "يين", "يون")    # a nisba adjective of the object ("حاجزا عسكريا", "نقطة أمنية")


OWN_FORCES = frozenset(word_list("event_actor_guards.yaml", "speaker_own_forces"))
COMPLEMENTIZERS = frozenset(word_list("function_words.yaml", "complementizers"))
MEMBER_HEADS = frozenset(normalize(w) for w in word_list("event_actor_guards.yaml", "speaker_member_heads"))
BARE_FORCES = frozenset({"جيش"})       # "بيان للجيش": the army the text named before
OWN_FORCES_REACH = 10       # tokens from the pronoun to the trigger ("أن قواته المتمركزة شرقي لبنان : " استهدفت")
SPEAKER_REACH = 4           # tokens from a bare speaker noun to the complementizer ("بيان للجيش أن")
NAMED_BEFORE_CHARS = 400    # how far before its sentence the army a bare "الجيش" stands for is looked for


def _future_between(toks: list[Token], a: int, b: int) -> bool:
    """A future verb ("ستطلق", "سيبدأ", the modality rule's form test) or "سوف" among the tokens a..b-1."""
    rule = next((r for r in modality_lexicon().rules if r.future_reach), None)
    not_future = rule.not_future if rule is not None else ()
    return any(toks[k].norm == "سوف" or _future_verb(toks[k].norm, not_future) for k in range(a, min(b, len(toks))))


def _speaker_forces(c: _Cand, ms: list[Mention], before_tok: dict[int, int], toks: list[Token],
                    ctx: _DocContext, not_subject: Callable[[int], bool]) -> tuple[list[str], tuple[int, int]] | None:
    """The speaker of reported speech whose subject is its own forces: "قال قائد في قوات سوريا الديمقراطية إن
    مقاتليه سيطروا" (the armed body named before the speech word), "وذكر بيان للجيش أن قواته ... استهدفت"
    (a bare "الجيش": the state forces the text named last, in the sentences just before). The pronoun opens
    the reported words (right after their "أن"/"إن"), with no actor named between it and the trigger. A body
    behind a preposition or told as a target ("المتحدث باسم التحالف ضد داعش إن قواته") is not the speaker."""
    own = next((k for k in range(max(1, c.ti - OWN_FORCES_REACH), c.ti) if _keys(toks[k].norm) & OWN_FORCES
                and toks[k - 1].text.strip(_MARKS) in COMPLEMENTIZERS), None)
    if own is None or _future_between(toks, own + 1, c.tj):
        return None     # "إن قواته ستطلق الهجوم": a plan told, not a deed (no actor lent to it)
    p = own - 1
    if any(own < before_tok[idx] < c.ti for idx in range(len(ms))):
        return None
    def member_of(idx: int) -> bool:
        k = before_tok[idx]     # "قائد في قسد", "أحد قادة من الجيش الحر": the speaker's own body
        return k >= 2 and toks[k - 1].norm in ("في", "من") and bool(_keys(toks[k - 2].norm) & MEMBER_HEADS)

    named = [idx for idx in range(len(ms)) if 0 <= before_tok[idx] < p and ms[idx].type in FIGHTING_TYPES
             and (member_of(idx) or not not_subject(idx))]
    if named:
        g = _coordinated(ms, named[-1], ctx.analysis.doc.text, ctx)
        return _ids(g, ctx), (g[0].start, g[-1].end)
    start = toks[0].start
    bare = [k for k in range(max(0, p - SPEAKER_REACH), p) if _keys(toks[k].norm) & BARE_FORCES
            and not any(m.start <= toks[k].start < m.end for m in ms)]
    if not bare:
        return None
    prior = [m for m in ctx.mentions if m.type == "STATE_FORCES" and start - NAMED_BEFORE_CHARS <= m.start
             and m.end <= start and ctx.actor_id(m)]
    if not prior:
        return None
    return [str(ctx.actor_id(prior[-1]))], (toks[bare[-1]].start, toks[bare[-1]].end)


def _bare_object(norm: str, words: frozenset[str]) -> bool:
    """The token is an object noun of the list, bare, with the article, or behind "لـ" ("لمواقع", "للحاجز");
    not behind "بـ" ("بسيارة مفخخة": the means)."""
    if norm.startswith("لل"):
        norm = "ال" + norm[2:]
    elif norm.startswith("ل"):
        norm = norm[1:]
    return norm in words or (norm.startswith("ال") and norm[2:] in words)


def _genitive_agent_with_object(c: _Cand, ms: list[Mention], before_tok: dict[int, int], toks: list[Token],
                                text: str, ctx: _DocContext) -> tuple[int, int | None] | None:
    """A verbal-noun trigger ("استهداف", "قصف", "هجوم") with an actor in its genitive right after it (quotes
    aside) and then its own object: an object noun ("استهداف تنظيم الدولة حاجزا لقوات قسد") or "لـ" with an actor
    or an object noun ("استهداف قوات النظام لمواقع الجيش الحر"). The genitive is then
    the agent (event_actor_guards.yaml masdar_objects). Returns the agent's mention and the owner's: the actor
    behind "لـ" a few words after the object noun (owner_links, a nisba between) or in its genitive ("مواقع
    الجيش الحر"), or the object itself when it is an actor; None for the owner when none is told. Not after a
    light verb ("قامت الطائرات بقصف الجيش الحر": the noun's genitive is its object), not for a strike noun
    (its owner is read by _strike_owner)."""
    if c.trig.kind not in GENITIVE_KINDS or is_verb(c.form) or c.tj >= len(toks):
        return None
    nouns, _, light, _ = _strike_owner_lex()
    if _keys(toks[c.ti].norm) & nouns or any(_keys(t.norm) & light for t in toks[max(0, c.ti - 2):c.ti]):
        return None     # (a strike noun's genitive is read by _strike_owner, applied after merging)
    k = c.tj
    while k < len(toks) and toks[k].norm in QUOTE_MARKS:
        k += 1
    agent = next((idx for idx in range(len(ms)) if before_tok[idx] == k and ms[idx].start == toks[k].start
                  and ms[idx].start >= c.end), None)
    if agent is None:
        return None
    own = ctx.actor_id(ms[agent])
    j = _tok_index(toks, ms[agent].end - 1) + 1
    # quotes and the agent's own alias after it ("تنظيم " الدولة " , داعش")
    while j < len(toks) and (toks[j].norm in QUOTE_MARKS or any(
            m.start <= toks[j].start < m.end and ctx.actor_id(m) == own for m in ms)):
        j += 1
    if j >= len(toks) or c.sent.clause[j] != c.sent.clause[k]:
        return None
    guards = _actor_guards()
    objects, links = guards["masdar_objects"], guards["owner_links"]
    norm = toks[j].norm

    def behind_l(idx: int) -> bool:
        m = ms[idx]
        t = before_tok[idx]
        return normalize(text[toks[t].start:m.start]) in ("ل", "لل") or (t > 0 and toks[t - 1].norm == "ل"
                                                                    and m.start == toks[t].start)
    at_j = next((idx for idx in range(len(ms)) if before_tok[idx] == j and ctx.actor_id(ms[idx]) != own), None)
    if at_j is not None and behind_l(at_j):
        return agent, at_j          # "استهداف الجيش الحر لقوات النظام": the object is an actor
    if not _bare_object(norm, objects):
        return None     # (not a place behind "لـ": "استهداف الطائرات لمناطق ..." is mostly a campaign told)
    for idx in range(len(ms)):
        t = before_tok[idx]
        if t <= j or ctx.actor_id(ms[idx]) == own:
            continue
        if t > j + 1 + OWNER_WORDS:
            break
        between = toks[j + 1:t]
        if not all(w.norm in links or w.norm.endswith(NISBA_ENDS) or w.norm == "ل" for w in between):
            break
        construct = t == j + 1 and not norm.endswith("ا") and not norm.startswith(("ال", "لل"))
        return agent, (idx if behind_l(idx) or construct else None)
    return agent, None


STRIKE_OWNER = LEXICON.parent / "event_strike_owner.yaml"


@lru_cache(maxsize=1)
def _strike_owner_lex() -> tuple[frozenset[str], frozenset[str], frozenset[str], int]:
    """event_strike_owner.yaml: strike nouns, the words allowed before their owner, light verbs, reach."""
    data = read_data(STRIKE_OWNER)
    words = {k: frozenset(normalize(str(w)) for w in data[k]) for k in ("strike_nouns", "owner_fillers", "light_verbs")}
    return words["strike_nouns"], words["owner_fillers"], words["light_verbs"], int(data["reach"])


def _apply_strike_owner(c: _Cand) -> None:
    """The force its own strike word names ("بقصف مدفعي لقوات النظام") is the event's actor1, whatever the
    sentence's nearest subject (often the victims: "جرح أربعة عناصر من قسد بقصف مدفعي للجيش الحر") or a
    merged telling gave it. Run after merging, so which tellings are one happening does not change."""
    if c.strike_owner is None:
        return
    ids, span = c.strike_owner
    if not ids or ids == c.actor1:
        return
    old = c.actor1
    c.actor1, c.actor_ev, c.actor_own, c.actor_same_clause = list(ids), span, True, True
    # (the replaced actor was no target either: it leaves, as it would not have stood in actor2)
    c.actor2 = [a for a in c.actor2 if a not in ids and a not in old]


def _strike_owner(c: _Cand, ms: list[Mention], before_tok: dict[int, int], toks: list[Token],
                  ctx: _DocContext) -> int | None:
    """The force named right after a strike noun, as its genitive or behind "لـ" ("بقصف مدفعي لقوات
    النظام", "غارات للطيران الروسي", "قصف الطيران الروسي للقرية"): the one that struck. Not after a light
    verb ("قامت الطائرات بقصف الجيش الحر": there the noun's next word is its object), not a country
    ("قصف سوريا بالقنابل": a place)."""
    nouns, fillers, light, reach = _strike_owner_lex()
    if c.ti >= len(toks) or not _keys(toks[c.ti].norm) & nouns:
        return None
    if any(_keys(t.norm) & light for t in toks[max(0, c.ti - 2):c.ti]):
        return None
    j = c.tj
    while j < len(toks) and j - c.tj < reach and toks[j].norm in fillers:
        j += 1
    for idx, m in enumerate(ms):
        if before_tok[idx] == j and m.start >= c.end:
            aid = ctx.actor_id(m)
            if aid and ctx.actor_type(aid) in ("STATE_FORCES", "ARMED_GROUP"):
                return idx
            return None
    return None


SOURCE_REACH = 16        # tokens after a strike's trigger where the origin of its shells is read
SOURCE_NAME_REACH = 1   # tokens between the origin word and the name (quotes aside): "مصدرها " جبهة النصرة ""


def _told_source(c: _Cand, ms: list[Mention], before_tok: dict[int, int], toks: list[Token],
                 ctx: _DocContext) -> int | None:
    """The force or group named right after the origin word of a strike's shells, after its trigger in its
    sentence ("سقطت قذائف هاون على حي ... مصدرها جبهة النصرة": event_actor_guards.yaml source_cues); None
    when the word is followed by no state force or armed group (a place: "مصدرها الأراضي السورية")."""
    cues = _actor_guards()["source_cues"]
    for j in range(c.tj, min(len(toks), c.tj + SOURCE_REACH)):
        if toks[j].norm not in cues:
            continue
        k = j + 1
        while k < len(toks) and toks[k].norm in QUOTE_MARKS:
            k += 1
        for idx, m in enumerate(ms):
            if k <= before_tok[idx] <= k + SOURCE_NAME_REACH - 1 and m.start > toks[j].start:
                aid = ctx.actor_id(m)
                return idx if aid and ctx.actor_type(aid) in FIGHTING_TYPES else None
        return None
    return None


# aircraft and guns named with their owner after "لـ" ("طيران للتحالف", "مدفعية للجيش"): the owner fired
WEAPON_OWNER_NOUNS = frozenset(normalize(w) for w in word_list("event_words.yaml", "weapon_owner_nouns"))


def _partitive_subject(c: _Cand, m: Mention, toks: list[Token], k: int, lex: _ELex) -> bool:
    """"عدة مفارز من الدولة الاسلامية شنت هجوما", "عناصر من الجيش اقتحموا": the "من" after a unit noun
    names whose units they are, and the phrase is the subject of the verb right after it (quotes
    between allowed): that group acted. A unit phrase not followed by its verb ("مقتل عناصر من داعش في
    غارة") stays a non-subject: mostly the victims."""
    if (k < 2 or c.trig.kind == "casualty" or m.end > c.start
            or not _keys(toks[k - 2].norm) & lex.generic.get("units", frozenset())):
        # "عناصر من قوات النظام قتلوا": the units of a toll's verb are its victims
        return False
    e = _tok_index(toks, m.end - 1) + 1
    while e < c.ti and toks[e].norm in QUOTE_MARKS:
        e += 1
    verb = toks[e].norm if e in (c.ti, c.ti - 1) else ""     # the trigger, or a light verb: "شنت هجوما"
    # a verb after "و" ("قتل 8 مسلحين من قسد ودمرت 3 آليات") opens a clause of another subject
    return bool(verb) and verb[:1] not in ("و", "ف") and is_verb(verb)


def _verb_heads_clause(c: _Cand, ms: list[Mention], before_tok: dict[int, int], s: _Sent) -> bool:
    """The trigger is a perfect verb that opens its clause (verb-subject-object): it starts the sentence or
    the clause, carries the conjunction ("واستهدفت"), or follows a word after which a verb comes first
    ("وقد", "بعد أن", "حيث"). Not when a named actor stands right before it in its clause ("قوات النظام
    استهدفت": the subject came first) or a relative pronoun does ("الهجوم الذي استهدف")."""
    if not is_verb(c.form) or c.ti >= len(s.tokens):
        return False
    toks = s.tokens
    form = normalize(c.form)
    if form.lstrip("وف").startswith(IMPERFECT_PREFIXES):
        return False        # "قوات النظام تستهدف": a nominal sentence, its subject before the verb
    for idx in range(len(ms)):
        k = _tok_index(toks, ms[idx].end - 1)
        if 0 <= c.ti - 1 - k < SUBJECT_BEFORE_REACH and s.clause[max(0, k)] == s.clause[c.ti]:
            return False
    if c.ti == 0 or s.clause[c.ti - 1] != s.clause[c.ti]:
        return True
    own = toks[c.ti].norm
    if own[:1] in ("و", "ف") and not form.startswith(("و", "ف")) and own[1:].startswith(form[:3]):
        return True         # "واستهدفت", "فقصفت"
    prev = toks[c.ti - 1].norm
    return prev in VERB_FIRST_LEADS or prev in CLAUSE_MARKS


def _verb_subject_after(c: _Cand, ms: list[Mention], before_tok: dict[int, int], s: _Sent, is_target: Any,
                        reach: int = 2) -> int | None:
    if not is_verb(c.form):
        return None
    for idx, _m in enumerate(ms):
        k = before_tok[idx]
        if c.tj <= k <= c.tj + reach and not is_target(idx):
            return idx
    return None


def _after_agent(c: _Cand, ms: list[Mention], before_tok: dict[int, int], s: _Sent, skip: Any) -> int | None:
    if c.trig.genitive != "agent" or is_verb(c.form):
        return None
    lex = lexicon()
    for idx, _m in enumerate(ms):
        k = before_tok[idx]
        if skip(idx):
            continue
        if k == c.tj or (k == c.tj + 1 and _keys(s.tokens[c.tj].norm) & lex.generic["fighters"]):
            return idx
    return None


RELATIVE_REACH = 3     # tokens from a trigger noun to its relative pronoun ("الهجوم الخامس الذي")
RELATIVE_CLAUSE_REACH = 12   # tokens from a relative pronoun to a mention named inside its clause
RELATIVE_HEAD_WORDS = 2      # words (adjectives) between a mention and the relative pronoun describing it


def _relative_clause_head(before: list[int], ms: list[Mention], before_tok: dict[int, int], s: _Sent) -> int:
    """The nearest earlier actor (``before[-1]``), unless it is named inside a relative clause that
    describes an actor told right before the pronoun ("وقالت جماعة تحرير الشام المتشددة , التي يهيمن
    عليها أعضاء في الفرع السابق لتنظيم القاعدة في سوريا , إنها أسقطت الطائرة"): then the actor the
    clause describes (the head, a few adjectives before the pronoun), not the one of its description."""
    pick = before[-1]
    toks = s.tokens
    k = before_tok[pick]
    relatives = _actor_guards()["relative_pronouns"]
    for r in range(k - 1, max(-1, k - RELATIVE_CLAUSE_REACH), -1):
        if s.clause[r] != s.clause[k]:
            return pick         # (the pronoun opens the mention's own clause: no comma between them)
        if toks[r].norm not in relatives:
            continue
        for h in reversed(before):
            if h == pick or ms[h].end > toks[r].start:
                continue
            words = [t for t in toks if ms[h].end <= t.start < toks[r].start and t.norm[:1].isalpha()]
            return h if len(words) <= RELATIVE_HEAD_WORDS else pick
        return pick
    return pick


def _relative_doer(c: _Cand, ms: list[Mention], before_tok: dict[int, int], s: _Sent, skip: Any) -> int | None:
    """The subject of a light verb in the relative clause right after a violent trigger noun, the verb
    carrying the noun's pronoun ("الهجوم الذي تشنه داعش", "الغارات التي شنها الطيران الروسي"): the
    first actor mention within two tokens after the verb, unless it is a target (``skip``). None when
    the noun has no such clause."""
    if c.event_type not in VIOLENT:
        return None
    guards = _actor_guards()
    relatives, verbs = guards["relative_pronouns"], guards["relative_light_verbs"]
    toks = s.tokens
    for r in range(c.tj, min(len(toks) - 1, c.tj + RELATIVE_REACH)):
        if not toks[r].norm[:1].isalpha():
            return None         # (a comma or a quote closes the noun phrase)
        if toks[r].norm not in relatives:
            continue
        if drop_conjunction(toks[r + 1].norm) not in verbs:
            return None
        for idx in range(len(ms)):
            if r + 1 < before_tok[idx] <= r + 3 and not skip(idx):
                return idx
        return None
    return None


CONTROL_REACH = 10     # tokens from a managing verb to its masdar ("تمكن الجيش في وقت متأخر أمس من استعادة")


def _control_subject(c: _Cand, before: list[int], before_tok: dict[int, int], s: _Sent) -> int | None:
    """The subject of a managing verb ("تمكن / نجح / استطاع") standing before the masdar trigger in its
    clause: the first actor between the verb and the trigger (VSO), else the nearest before the verb
    (SVO). `before` holds only mentions that may be subjects (no targets, speakers, places)."""
    verbs, reach = _actor_guards()["control_verbs"], CONTROL_REACH
    toks = s.tokens
    j = next((k for k in range(c.ti - 1, max(-1, c.ti - 1 - reach), -1)
              if s.clause[k] == s.clause[c.ti] and _keys(toks[k].norm) & verbs), None)
    if j is None:
        return None
    after = [idx for idx in before if j < before_tok[idx] < c.ti]
    if after:
        return after[0]
    prior = [idx for idx in before if 0 <= before_tok[idx] < j and s.clause[before_tok[idx]] == s.clause[j]]
    return prior[-1] if prior else None


STATE_FORCES_FILE = LEXICON.parent / "event_state_forces.yaml"
STATE_FORCE_TYPES = frozenset({"Battles", "Explosions/Remote violence"})


@lru_cache(maxsize=1)
def _state_forces_pairs() -> dict[str, str]:
    """event_state_forces.yaml: state id -> its armed forces' id (read once)."""
    return {str(k): str(v) for k, v in read_data(STATE_FORCES_FILE)["state_forces"].items()}


def _forces_of(state: str, kb: Any) -> str | None:
    """The armed forces the file names for the state, when the KB holds them as a part of it."""
    fo = _state_forces_pairs().get(state)
    if fo is None or kb is None or kb.get(fo) is None or state not in kb.ancestors(fo):
        return None
    return fo


def state_forces(ev: Any, ctx: _DocContext, entities: dict[str, Entity]) -> None:
    """A state that is the first actor of a battle or a strike is coded as its armed forces (ACLED: "Military
    Forces of X"; event_state_forces.yaml); the forces' KB entity joins the page's entities so that the store
    names it. The state stays where the text names no armed forces of it (no pair in the file)."""
    if ev.event_type not in STATE_FORCE_TYPES or not ev.actor1:
        return
    if not any(a in _state_forces_pairs() for a in ev.actor1):
        return
    out: list[str] = []
    for a in ev.actor1:
        b = _forces_of(a, ctx.kb) or a
        if b not in out:
            out.append(b)
        if b != a and b not in entities:
            ent = ctx.kb.get(b)
            if ent is not None:
                entities[b] = ent
    ev.actor1 = out
    ev.actor2 = [a for a in ev.actor2 if a not in out]
