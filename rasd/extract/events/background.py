"""Background and retrospective rules: a clause recalling the past, a state going on since a date,
the happening a span counts from, history told in a page's opening, analysis and question pages,
and old happenings on undated pages; these drop or re-date events after the merges.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from itertools import repeat
from typing import Any

from rasd.data import read_shared, word_list
from rasd.extract.counts import Quantity, _norm_word, quantity_name
from rasd.extract.events.context import _DocContext
from rasd.extract.events.lexicons import LEXICON, _ELex, _k, _keys, lexicon
from rasd.extract.events.merge import _entry_dated
from rasd.extract.events.sentences import CLAUSE_JOINERS, _Cand, _Sent
from rasd.extract.events.triggers import (
    _habitual_data,
    _habitual_words,
    _imperfective,
    _in_clause,
    _match_triggers,
    _past_part,
    _period_lex,
    _phrases_by_first,
    _tok_index,
)
from rasd.extract.page_dates import post_day, ref_date, weekday_words
from rasd.extract.verbs import IMPERFECT_PREFIXES, is_verb
from rasd.records import UNKNOWN
from rasd.text.dates import (
    OTHER_ANCHOR,
    YEAR_FROM_ANTECEDENT,
    current_words,
    find_dates,
    moments_ago,
    past_words,
    period_nouns,
)
from rasd.text.normalize import normalize
from rasd.text.tokens import drop_conjunction, token_norm


def _page_of_period(dates: list[Any], lex: _ELex) -> bool:
    """A page without a date that names a day or month of a year within the theatre's period ("في 19
    كانون الثاني 2018", "ليوم 28 - 11 - 2016"): a report of that time, whose bare "القصف على حي جوبر"
    is a happening it reports, as on a dated page (_emit_ok's ``dated``)."""
    newest = _newest_year(dates)
    return newest is not None and lex.scope_start[:4].isdigit() and newest >= int(lex.scope_start[:4])


HISTORY_REACH = 1500    # characters before a deed whose written years tell the time it is told in


def _after_old_year(c: _Cand, dates: list[Any], lex: _ELex) -> bool:
    """The nearest year written before c (within ``HISTORY_REACH`` characters) is before the theatre's
    period: an undated page's history ("ثورة 1929 ... في بيسان شن المتظاهرون العرب هجوما"), not its news."""
    # (the window first: most of the page's dates are far from c, and the year test is the dearer one)
    before = [d for d in dates if c.start - HISTORY_REACH <= d.start < c.start and _written_year(d)]
    if not before or not lex.scope_start[:4].isdigit():
        return False
    return int(max(before, key=lambda d: d.start).date_end[:4]) < int(lex.scope_start[:4])


def _undated_aside(c: _Cand, lex: _ELex, text: str) -> bool:
    """Every telling of the event stands in a clause headed by "وكان / وكانت ..." (the pluperfect of
    an aside: "وكانت طائرة الكساسبة اسقطت فوق الرقة") with no date of its own, and none was found
    for it: a happening recalled as context, not one the page reports. Not when the clause says it
    was lately ("وكان مدنيون قضوا خلال الأيام الماضية", "وكان المرصد أفاد في وقت سابق"): the news.
    A telling whose date was left unread (the page has no date to count it from) is an aside too when
    its sentence names no day of the page's week ("وكانت الشرطة قد قامت بتفريق تظاهرة اخرى في 30 كانون
    ثاني / يناير الماضي", "قد أطلقت معركة ... في منتصف الشهر الماضي"); "قبل يومين", "الثلاثاء الماضي",
    "الأسبوع الماضي", "قبل أيام" may be the page's days (_recent_day_told)."""
    if c.date_start != UNKNOWN or not lex.pluperfect_heads:
        return False
    return all(_pluperfect(p, lex) and not p.date_own and (not p.has_date_expr or not _recent_day_told(p, text, True))
               for p in [c] + c.merged)


def _usable_head(c: _Cand, lex: _ELex) -> int | None:
    """The nearest pluperfect head ("كان", "وكانت", ...) before the trigger in its clause, or None; also None
    after a relative or "when" (``pluperfect_not_after``) or naming the last of a series (``pluperfect_not_before``)."""
    s = c.sent
    cl = s.clause[c.ti]
    for k in range(c.ti - 1, -1, -1):
        if s.clause[k] != cl:
            return None
        if _keys(s.tokens[k].norm) & lex.pluperfect_heads:
            if (k and _keys(s.tokens[k - 1].norm) & lex.pluperfect_not_after) or \
                    _keys(s.tokens[k + 1].norm) & lex.pluperfect_not_before:
                return None
            return k
    return None


def _pluperfect(c: _Cand, lex: _ELex) -> bool:
    """A pluperfect head before the trigger in its clause, not after a relative or "when" ("القوات
    التي كانت في المطار انسحبت": the withdrawal is told) nor naming the last of a series ("كان
    آخرها") nor a past progressive ("كان مسلح يقود سيارة"), and no word of recent time in the clause."""
    s = c.sent
    head = _usable_head(c, lex)
    if head is None:
        return False        # (nor "كان آخرها الأسلحة الكيماوية": the latest of a series, the news itself)
    if any(s.tokens[k].norm[:1] == "ي" and _imperfective(s.tokens[k].norm) for k in range(head + 1, c.ti + 1)):
        return False        # "وكان مسلح يقود سيارة مفخخة فجر نفسه": a narrative's past progressive
    return not _in_clause(s, c.ti, lex.recent_phrases)


PERFECT_PARTICLE = normalize("قد")


def _pluperfect_head(p: _Cand, lex: _ELex) -> int | None:
    """The index of the pluperfect head ("كان", "وكانت", ...) that opens the telling's past-before-past clause,
    or None: the nearest head before the trigger in its clause, with a perfect ("قد" or a perfect verb) from it
    up to the trigger ("وكانت القوات قد سيطرت", "رهينة كانت قد خطفتهم", "وكان اللواء قد خاض معارك"), not after
    a relative or "when" (``pluperfect_not_after``), not naming the last of a series (``pluperfect_not_before``),
    not a past progressive ("كان مسلح يقود سيارة"), and no word of recent time from the head on ("وكان
    المرصد أفاد في وقت سابق": the page's news retold). Unlike _pluperfect, a recent word of the clause before the
    head ("أفرجت اليوم عن رهائن كانت قد خطفتهم") dates the clause the pluperfect hangs on, not the deed."""
    s = p.sent
    toks = s.tokens
    cl = s.clause[p.ti]
    head = _usable_head(p, lex)
    if head is None:
        return None
    span = range(head + 1, p.ti + 1)
    if any(toks[k].norm[:1] == "ي" and _imperfective(toks[k].norm) for k in span):
        return None
    if not any(toks[k].norm == PERFECT_PARTICLE or is_verb(toks[k].norm) and not _imperfective(toks[k].norm)
               for k in span):
        return None         # a copula ("وكانت حصيلة القصف 5 قتلى"), no deed told before another
    recent = _phrases_by_first(lex.recent_phrases)
    for k in range(head + 1, len(toks)):
        if s.clause[k] != cl:
            continue
        if any(k + len(a) <= len(toks) and all(toks[k + j].norm == w for j, w in enumerate(a))
               for a in recent.get(toks[k].norm, ())):
            return None
    return head


def _dated_aside(c: _Cand, lex: _ELex) -> bool:
    """Every telling of an actual event is a pluperfect clause (_pluperfect_head) with no time of its own: no date
    from its head to its clause's end. The pluperfect tells a deed done before the time of the clause or page it
    hangs on ("أفرجت جماعة بوكو حرام اليوم عن رهائن كانت قد خطفتهم", "وكانت قوات النظام سيطرت على البلدة بعد
    معارك" on a dated page), so the date the event took from that clause, its sentence, a chronology entry's head
    or the page is not its own: context the page recalls, not a happening it reports (_undated_aside judges the
    same clause when no date was found at all). A day told in the clause keeps it ("وكانت القوات قد سيطرت أمس",
    "وكان التنظيم شن هجوما يوم الأحد")."""
    if c.modality != "actual" or c.date_start == UNKNOWN or not lex.pluperfect_heads:
        return False
    for p in [c, *c.merged]:
        head = _pluperfect_head(p, lex)
        if head is None:
            return False
        s = p.sent
        cl = s.clause[p.ti]
        if p.date_own and p.date_ev is not None and _own_time_at(p, head, _tok_index(s.tokens, p.date_ev[0])):
            return False
        if any(s.clause[k] == cl and _own_time_at(p, head, k) for d in s.dates if (k := _tok_index(s.tokens, d.start)) >= 0):
            return False
    return True


def _own_time_at(p: _Cand, head: int, k: int) -> bool:
    """A time at token k is the pluperfect clause's own: after its head, and not inside a relative clause that
    follows the trigger with a past verb of its own ("وكان الجيش الحر سيطر على البلدة خلال عملية درع الفرات التي
    أطلقها الجيش التركي في 24 آب من العام 2016": the day dates the launch, not the taking). A present relative
    ("القرية التي تقع شرق المدينة") tells a state, not the time's deed."""
    if k <= head:
        return False
    toks = p.sent.tokens
    relatives = _relative_lex()[1]
    return not any(toks[r].norm.removeprefix("و") in relatives and not _imperfective(toks[r + 1].norm)
                   for r in range(p.ti + 1, k - 1))


def _dated_recall(c: _Cand, lex: _ELex, day: dt.date | None, entries: frozenset[int] = frozenset()) -> bool:
    """Every telling of an actual event is a pluperfect clause (_pluperfect_head) dated by a time of its own after
    its head, and the event ends more than ``pluperfect_recall_days`` before the page's day: a deed done before the
    story, recalled as its context ("وكان الجيش الإسرائيلي قد قصف موقعا لقوات النظام ... قبل خمسة أيام" in the report
    of a new strike, "وكانت القوات العراقية أطلقت في 21 أيلول" under the launch of a campaign's next phase), not a
    happening the page reports. _dated_aside keeps such a clause for its own time; a recent one ("وكان الجيش سيطر ,
    السبت الماضي" on a Monday, "وكانت القوات قد سيطرت أمس") is the story's latest turn and is kept here too, as is
    a chronology's entry headed by its day (``entries``) and any undated page (no day to count back from)."""
    if c.modality != "actual" or day is None or not lex.pluperfect_recall_days or not lex.pluperfect_heads:
        return False
    end = _end_day(c)
    if end is None or (day - end).days <= lex.pluperfect_recall_days:
        return False
    tellings = [c, *c.merged]
    recalled = [p for p in tellings if _recalled_with_time(p, lex, entries)]
    # (a telling of the same sentence after it, dated by the same time, tells the recalled deed's outcome: "وكان
    # الجيش قد قصف موقعا ... قبل خمسة أيام , مما أسفر عن مقتل ثلاثة جنود")
    return bool(recalled) and all(p in recalled or any(p.sent is r.sent and p.ti > r.ti and p.date_ev == r.date_ev
                                                       for r in recalled) for p in tellings)


@lru_cache(maxsize=1)
def _launch_lex() -> tuple[frozenset[str], frozenset[str], int, int]:
    data = _habitual_data()
    words = _habitual_words
    return (words("launch_start_words") | words("posterior_onsets"),
            words("campaign_nouns") | words("operation_nouns") | words("offensive_nouns"),
            int(data.get("launch_reach") or 0), int(data.get("launch_recall_days") or 0))


def _launch_with_day(p: _Cand, entries: frozenset[int]) -> bool:
    """The telling starts a campaign or an offensive (a start word a few words before a campaign, operation or
    offensive noun in its clause: "وبدأ الجيش العراقي في 23 مايو أيار الماضي هجوما", "أطلقت في 21 أيلول عملياتها
    العسكرية"; event_habitual.yaml launch_*) and is dated by a calendar day the clause writes with its number, not
    a chronology entry's head (``entries``) nor a weekday or "أمس" ("وبدأ الهجوم يوم السبت": the story's turn)."""
    starts, objects, reach, _days = _launch_lex()
    s, ti = p.sent, p.ti
    toks, cl = s.tokens, s.clause[ti]
    if toks[ti].norm not in objects and _bare_noun(toks[ti].norm) not in objects:
        return False
    if not any(s.clause[k] == cl and drop_conjunction(toks[k].norm, 2) in starts
               for k in range(max(0, ti - reach), ti)):
        return False
    if not p.date_own or p.date_ev is None or p.time_precision != 1 or p.date_ev[0] in entries:
        return False
    k = _tok_index(toks, p.date_ev[0])
    if k < 0 or s.clause[k] != cl:
        return False
    return any(t.norm.isdigit() for t in toks if p.date_ev[0] <= t.start < p.date_ev[1])


def _launch_recalled(c: _Cand, day: dt.date | None, entries: frozenset[int] = frozenset()) -> bool:
    """Every telling of an actual event is a campaign's or an offensive's start dated by its calendar day
    (_launch_with_day), and that day lies more than ``launch_recall_days`` before the dated page's day: the start of
    the campaign the page's story belongs to, recalled as its history ("وبدأ الجيش العراقي في 23 مايو أيار الماضي
    هجوما لطرد المسلحين من الفلوجة" in a UN warning of 9 June), not a happening the page reports; the campaign's
    clashes are told, each on its day, as the page's news. A recent start is the story's own turn (kept), and so is
    a start on an undated page (no day to count back from)."""
    if c.modality != "actual" or day is None:
        return False
    days = _launch_lex()[3]
    end = _end_day(c)
    if not days or end is None or (day - end).days <= days:
        return False
    return all(_launch_with_day(p, entries) for p in (c, *c.merged))


def _recalled_with_time(p: _Cand, lex: _ELex, entries: frozenset[int]) -> bool:
    """The telling is a pluperfect clause (_pluperfect_head) dated by its own day after the head, not a
    chronology entry's day (_dated_recall). A month ("قتلت الشهر الماضي 40 شخصا") is left to the month checks: told
    with its count as the month ends it is that month's toll, kept (test_background_span_tallies)."""
    head = _pluperfect_head(p, lex)
    if head is None or not p.date_own or p.date_ev is None or p.time_precision != 1 or p.date_ev[0] in entries:
        return False
    return _own_time_at(p, head, _tok_index(p.sent.tokens, p.date_ev[0]))


def _told_as_past(c: _Cand, lex: _ELex) -> bool:
    """Every telling of the event is recalled as the page's past ("وسبق أن قتل", "آنذاك", "منذ
    بداية الثورة"): background, not a happening the page reports, dated page or not."""
    if not lex.past_cues and not lex.past_phrases and not lex.past_lead_phrases:
        return False
    return all(_past_part(p, lex) for p in [c] + c.merged)


@lru_cache(maxsize=1)
def _span_lex() -> tuple[frozenset[str], frozenset[str], frozenset[str], int]:
    data = _habitual_data()
    words = _habitual_words
    return (words("span_nouns"), words("span_units"), words("span_closers") | _period_lex()[4],
            int(data.get("span_reach") or 0))


SPAN_OPEN_REACH = 1     # a span phrase fronted before the sentence's first clause opens at its first words


@lru_cache(maxsize=1)
def _single_span_lex() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    words = _habitual_words
    return words("single_span_openers"), words("single_span_units"), words("single_span_closers")


def _single_span_at(toks: list[Any], k: int) -> bool:
    """A week or a month stressed as one opens at token k ("في أسبوع واحد", "خلال شهر واحد"; event_habitual.yaml
    single_span_*): the span a tally sums up."""
    openers, units, closers = _single_span_lex()
    return (k + 2 < len(toks) and toks[k].norm.removeprefix("و") in openers and toks[k + 1].norm in units
            and toks[k + 2].norm in closers)


@lru_cache(maxsize=1)
def _lasting_lex() -> tuple[frozenset[str], frozenset[str], int]:
    return (_habitual_words("lasting_verbs"), _habitual_words("lasting_units"),
            int(_habitual_data().get("lasting_reach") or 0))


def _lasting_at(toks: list[Any], k: int) -> bool:
    """A past verb of lasting at token k with a span of months or years after it ("استمر شهورا", "استمرت قرابة
    ثلاث سنوات", "دام لأكثر من عامين"; event_habitual.yaml lasting_*): the happening went on for that span."""
    verbs, units, reach = _lasting_lex()
    if toks[k].norm.removeprefix("و") not in verbs:
        return False
    return any(toks[j].norm in units for j in range(k + 1, min(len(toks), k + 2 + reach)))


@lru_cache(maxsize=1)
def _anaphoric_span_lex() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str], int]:
    words = _habitual_words
    return (words("anaphoric_span_openers"), words("anaphoric_span_demonstratives"), words("anaphoric_span_units"),
            words("alone_span_units"), words("alone_words"), int(_habitual_data().get("alone_reach") or 0))


def _anaphoric_span_at(toks: list[Any], k: int) -> bool:
    """A span the text has named before opens at token k, pointed back to with a demonstrative ("خلال هذه الفترة",
    "خلال تلك الفترة", "خلال هذه السنوات"; event_habitual.yaml anaphoric_span_*), or a week, month or year stressed
    as "alone" stands at k ("هذا الأسبوع وحده", "الشهر الماضي وحده"; alone_*): the span a summary or a tally covers."""
    openers, demonstratives, units, alone_units, alone, reach = _anaphoric_span_lex()
    w = toks[k].norm
    if w in alone_units:
        return any(toks[j].norm in alone for j in range(k + 1, min(len(toks), k + 2 + reach)))
    return (k + 2 < len(toks) and w.removeprefix("و") in openers and toks[k + 1].norm in demonstratives
            and toks[k + 2].norm in units)


def _span_phrase_at(s: _Sent, k: int) -> bool:
    """A duration adverbial of months, years or a campaign opens at token k: "خلال / طيلة / طوال / على مدى"
    + a noun of a campaign or of many months or years ("خلال العملية العسكرية الروسية", "طيلة سنوات
    الحصار", "خلال السنتين الماضيتين"), or a month or year with a word of the past ("خلال الشهر الأخير من
    معركة ...", "خلال العام الماضي"), or a week or month stressed as one ("في أسبوع واحد": _single_span_at), or a
    verb of lasting months or years ("استمر شهورا": _lasting_at). Not days or weeks ("خلال الأيام الماضية": the
    page's own days)."""
    toks = s.tokens
    nouns, units, closers, reach = _span_lex()
    if _single_span_at(toks, k) or _lasting_at(toks, k) or _anaphoric_span_at(toks, k):
        return True
    if toks[k].norm.removeprefix("و") not in _period_lex()[0]:
        return False
    for j in range(k + 1, min(len(toks), k + 2 + reach)):
        w = toks[j].norm
        if w in nouns:
            return True
        if w in units:
            return any(toks[i].norm in closers for i in range(j + 1, min(len(toks), j + 2 + reach)))
    return False


def _span_place(s: _Sent, k: int, ti: int) -> bool:
    """Token k may open a span phrase that times the trigger at ti: in the trigger's clause, at the
    sentence's opening before it ("وخلال السنتين الماضيتين من الحصار , شن ..."), or opening the clause
    right after it ("تم تصفية 60 ألفا , خلال العملية العسكرية": an adverbial set off by a comma)."""
    cl = s.clause[ti]
    if s.clause[k] == cl or k <= SPAN_OPEN_REACH and k < ti:
        return True
    return k > ti and s.clause[k] == cl + 1 and s.clause[k - 1] == cl


def _told_over_span(c: _Cand) -> bool:
    """Every telling of the event is told over a span of a campaign or of months and years ("تم تصفية 60
    ألفا ... خلال العملية العسكرية الروسية", "وخلال السنتين الماضيتين من الحصار , شن مقاتلو المعارضة 9
    معارك"; event_habitual.yaml span_nouns): a tally or summary of that span's many happenings, not one
    happening of the page's day. The span phrase stands in the trigger's clause, opens the sentence
    before it or opens the next clause (_span_place); the clause names no day of its own (a date found elsewhere in the sentence, "قالت هيومن
    رايتس ووتش اليوم إن ...", dates the telling, not the deed)."""
    if c.modality != "actual" or not _span_lex()[0]:
        return False
    return all(_telling_over_span(p) for p in [c] + c.merged)


def _telling_over_span(p: _Cand) -> bool:
    """The telling is told over a span (_told_over_span) and its clause names no day of its own."""
    s = p.sent
    cl = s.clause[p.ti]
    if p.date_own and p.date_ev is not None:
        k = _tok_index(s.tokens, p.date_ev[0])
        # (not the week the span phrase itself names: "هذا الأسبوع وحده" is the tally's span, not the deed's day)
        if k < 0 or s.clause[k] == cl and not _speech_day(s, k, p.ti) and not _alone_span_near(s.tokens, k):
            return False
    # (speed: a span phrase opens only at a span or single-span opener, or at a unit stressed as alone, bare of
    # "و" or as written; most sentences hold none, and only those tokens are asked)
    openers = _span_openers()
    if not openers.isdisjoint(map(str.removeprefix, map(token_norm, s.tokens), repeat("و"))):
        alone = _anaphoric_span_lex()[3]
        if any(_span_phrase_at(s, k) for k, t in enumerate(s.tokens)
               if (t.norm.removeprefix("و") in openers or t.norm in alone) and _span_place(s, k, p.ti)):
            return True
    # a span stressed as "alone" sums up the whole statement it closes ("إن 96 طفلا لقوا مصرعهم في حلب ... جراء هجمات
    # اتسمت بالقسوة هذا الأسبوع وحده": the toll too), in whichever of its clauses it stands
    alone_units = _anaphoric_span_lex()[3]
    return any(t.norm in alone_units and _anaphoric_span_at(s.tokens, k) for k, t in enumerate(s.tokens))


def _alone_span_near(toks: list[Any], k: int) -> bool:
    """A span stressed as "alone" (_anaphoric_span_at) stands at token k or the one after it (the date "هذا
    الأسبوع" opens at the demonstrative)."""
    alone_units = _anaphoric_span_lex()[3]
    return any(toks[j].norm in alone_units and _anaphoric_span_at(toks, j) for j in range(k, min(len(toks), k + 2)))


@lru_cache(maxsize=1)
def _span_openers() -> frozenset[str]:
    """The words (bare of "و") that ``_span_phrase_at`` needs at its token k: a period opener or a
    single-span opener, a verb of lasting, an anaphoric span's opener or a unit stressed as alone."""
    lex = _anaphoric_span_lex()
    return _period_lex()[0] | _single_span_lex()[0] | _lasting_lex()[0] | lex[0] | lex[3]


@lru_cache(maxsize=1)
def _plural_lex() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    words = _habitual_words
    return words("broken_plurals"), words("genitive_prepositions"), words("not_construct_heads")


# the possessive pronouns a plural noun takes ("غاراته", "عملياتها", "مجازرهم"), longest first
POSSESSIVE_SUFFIXES = word_list("function_words.yaml", "possessive_suffixes")


# "منهم" between a toll's count and its cause ("( 3 ) منهم في الاشتباكات")
COUNT_PARTITIVES = frozenset(normalize(w) for w in word_list("function_words.yaml", "count_partitives"))


def _count_item(s: _Sent, k: int) -> bool:
    """Token k (the preposition or the trigger with one attached) follows a count, bare or in brackets: an
    item of a toll. Not a percentage or a year heading ("70 % بسبب الغارات", "2011 : مع المجازر")."""
    toks = s.tokens
    j = k - 1
    if j >= 0 and toks[j].norm in COUNT_PARTITIVES:
        j -= 1
    if j < 0 or not toks[j].norm.isdigit():
        return False
    return not s.text[toks[j].end:toks[j + 1].start].strip(" )")


def _trigger_word(norm: str) -> tuple[str, bool]:
    """(the trigger word without its conjunction and attached preposition, whether a preposition was attached):
    "وبالغارات" -> ("الغارات", True), "للقصف" -> ("القصف", True), "والمعارك" -> ("المعارك", False)."""
    w = norm[1:] if norm[:1] in "وف" and len(norm) > 4 else norm
    if w.startswith("لل"):
        return "ال" + w[2:], True
    if w[:1] in "بك" and w[1:3] == "ال":
        return w[1:], True
    return w, False


@lru_cache(maxsize=1)
def _battle_construct_lex() -> tuple[frozenset[str], frozenset[str]]:
    return _habitual_words("battle_construct_plurals"), _habitual_words("helped_nouns")


# the mentions that make a battles construct definite as its second term: a place's or a site's name
NAMED_SECOND_TERMS = frozenset({"PLACE", "FACILITY"})


def _battles_named(p: _Cand, w: str) -> str:
    """The trigger word w is a plural of battles made definite by a construct's second term, the battle's
    place or campaign ("أثناء معارك الرقة", "مشاركة الوحدات الكردية معارك استعادة الرقة"; event_habitual.yaml
    battle_construct_plurals): the word itself, else "". The second term is a word with the article (an
    indefinite noun takes no definite adjective, so "معارك الرقة" is a construct; "معارك عنيفة" is not), a
    place's or a site's name ("بمعارك دير الزور", "معارك مطار الجراح": NAMED_SECOND_TERMS) or a campaign's
    verbal noun (helped_nouns: "معارك تحرير الموصل")."""
    plurals, campaign = _battle_construct_lex()
    if w not in plurals or p.ti + 1 >= len(p.sent.tokens):
        return ""
    toks = p.sent.tokens
    nxt = toks[p.ti + 1]
    if nxt.start - toks[p.ti].end > 1:
        return ""       # (a comma, a bracket or a colon between: not a construct)
    if nxt.norm.startswith("ال") and len(nxt.norm) > 3 or nxt.norm in campaign:
        return w
    # (a name is definite as it stands: "بمعارك دير الزور", "معارك حلب" name that theatre's campaign)
    return w if any(m.start == nxt.start and m.type in NAMED_SECOND_TERMS for m in p.sent.mentions) else ""


def _definite_plural_told(p: _Cand, construct: bool = False) -> bool:
    """The telling's trigger is a plural happening noun with the article in a dependent place: behind a
    preposition ("خلال الغارات", "جراء المعارك", "بالاشتباكات") or as a construct's second term ("سير
    المعارك", "كثافة الغارات"). Not a subject ("الغارات تركزت على", "تتواصل الاشتباكات"), not after a
    partitive ("سلسلة من الضربات": a number of them, told as news), not pointing back to the happenings the
    same sentence has just told with an indefinite noun (an anaphora to the page's own news). With
    `construct`, also battles made definite by the construct they head ("أثناء معارك الرقة", _battles_named)."""
    broken, preps, not_heads = _plural_lex()
    toks = p.sent.tokens
    w, attached = _trigger_word(toks[p.ti].norm)
    if construct and w[:1] in "بل" and _battles_named(p, w[1:]):
        w, attached = w[1:], True       # "بمعارك الرقة", "لمعارك تحرير الموصل"
    if w.startswith("ال"):
        stem = w[2:]
    elif construct and _battles_named(p, w):
        stem = w
    else:       # definite by a possessive pronoun ("رغم مجازره", "أمام غاراتها")
        stem = next((w[:-len(x)] for x in POSSESSIVE_SUFFIXES if w.endswith(x) and len(w) - len(x) >= 4), "")
    if not (len(stem) >= 5 and stem.endswith("ات") or stem in broken):
        return False
    if any(t.norm.removeprefix("و").removeprefix("ب") == stem for t in toks[:p.ti]):
        return False        # the sentence has just told them ("بشن غارات جوية ... وشهيد في عربين جراء الغارات")
    if p.ti == 0 or toks[p.ti].start - toks[p.ti - 1].end > 1:
        return False        # (a colon, a dash or a slash between: a headline's or a list entry's place,
        #                     "إدلب : الضربات الجوية تضرب", "محمد / درعا / بالاشتباكات ضد قوات النظام")
    if _count_item(p.sent, p.ti - (0 if attached else 1)):
        return False        # a toll's item: "و ( 2 ) في الاشتباكات ضد قوات النظام" counts the page's dead
    if attached:
        return True
    prev = toks[p.ti - 1].norm
    if prev[:1] in "وف" and len(prev) > 2 and prev not in preps:
        prev = prev[1:]
    if prev == "من" and p.ti >= 2 and not toks[p.ti - 2].norm.startswith("ال"):
        return False        # a partitive ("سلسلة من الضربات")
    if prev in preps:
        return True
    # a construct's head: a word, not a verb, not a function word, not itself definite; a word in ت / ي / ن
    # without a noun's ending may be an imperfective verb ("تتواصل الاشتباكات", "تستمر المعارك": the subject)
    bare = prev[1:] if prev[:1] in "بلك" and len(prev) > 3 else prev
    if bare[:1] in IMPERFECT_PREFIXES and not bare.endswith(("ة", "ه", "ات")):
        return False        # (also "بتجدد الاشتباكات": a renewal told as news)
    return (bool(re.fullmatch(r"[\u0621-\u064a]{2,}", prev)) and not prev.startswith("ال")
            and prev not in not_heads and not is_verb(prev))


@lru_cache(maxsize=1)
def _masdar_lex() -> tuple[frozenset[str], frozenset[str]]:
    return _habitual_words("definite_masdars"), _habitual_words("support_words")


MASDAR_HEAD_MIN = 4     # letters of a construct's head noun ("وتيرة", "اشتداد", "آثار"); shorter ones are mostly verbs ("طال")


def _known_masdar_told(p: _Cand) -> bool:
    """The telling's trigger is a war's verbal noun with the article ("القصف"; event_habitual.yaml
    definite_masdars) in a dependent place: behind a preposition ("وأثناء القصف ننحشر", "بسبب القصف الصاروخي")
    or as a construct's second term ("عقب اشتداد القصف الجوى على المدينة", "زيادة وتيرة القصف الجوي"): the
    bombardment the reader knows, as _definite_plural_told reads a plural. Not in a toll's sentence (a toll word
    before it, or a count in its clause: "وقضى ( 2 ) أحدهما جراء القصف على حي جوبر", an item of a victims' list), not after
    the sentence has told a "قصف" (an anaphora to the page's news), not backing a deed ("مدعومة بالقصف الجوي")."""
    masdars, support = _masdar_lex()
    if not masdars:
        return False
    _broken, preps, not_heads = _plural_lex()
    toks = p.sent.tokens
    w, attached = _trigger_word(toks[p.ti].norm)
    if not w.startswith("ال") or w[2:] not in masdars or p.ti == 0 \
            or toks[p.ti].start - toks[p.ti - 1].end > 1:
        return False
    tolls, cl = _toll_stems(), p.sent.clause[p.ti]
    for k, t in enumerate(toks[:p.ti]):
        bare = drop_conjunction(t.norm, 2)
        if t.norm.isdigit() and p.sent.clause[k] == cl or bare.startswith(tolls) \
                or bare.removeprefix("ب").removeprefix("ل") in masdars:
            return False
    prev = toks[p.ti - 1].norm
    if prev in support or prev[:1] in "وف" and prev[1:] in support:
        return False
    if attached:
        return True
    if prev[:1] in "وف" and len(prev) > 2 and prev not in preps:
        prev = prev[1:]
    if prev in preps:
        return p.ti < 2 or toks[p.ti - 2].norm not in support
    return (len(prev) >= MASDAR_HEAD_MIN and bool(re.fullmatch(r"[\u0621-\u064a]+", prev))
            and not prev.startswith("ال") and prev[:1] not in IMPERFECT_PREFIXES and prev not in not_heads
            and not is_verb(prev))


def _named_as_known(c: _Cand, published_ev: tuple[int, int] | None, feed: bool = False) -> bool:
    """Every telling names the happenings with a definite plural noun in a dependent place, and none gives
    them a time of its own ("مما ساهم في تخفيف حدة المعارك", "أمام كثافة الغارات السورية والروسية", "بسبب
    الغارات الشديدة ... في 60 يوما الماضية"): Arabic reports a new happening with a verb or an
    indefinite noun ("شنت الطائرات غارات", "اندلعت اشتباكات"); a definite plural governed by a preposition
    or a noun names ones the reader knows, a war's ongoing battles or a campaign's raids, the page's
    background, not one happening of its day. Kept: a telling dated by its own words ("الغارات التي
    استهدفت البلدة اليوم"), by the sentence before, or by a list's heading (a digest's "قضى 4 في
    الاشتباكات" under its day)."""
    if c.modality != "actual":
        return False
    tellings = [c, *c.merged]
    if any(p.has_date_expr or p.date_own or p.inherits_date or p.quantities for p in tellings):
        return False        # (told with a count, a toll or a number the page reports, as _analysis_generality)
    if c.date_start != UNKNOWN and c.date_ev is not None and c.date_ev != published_ev:
        return False
    # (a live feed's line is a terse headline: its "القصف" names that item's own news, "حرائق في شمال حماة نتيجة القصف")
    return all(_definite_plural_told(p, construct=True) or not feed and _known_masdar_told(p) for p in tellings)


def _toll_of_known(c: _Cand, feed: bool = False) -> bool:
    """A rough toll of the happenings the reader knows: every telling either names them as known (a definite plural
    or a war's verbal noun in a dependent place with no time of its own, as _named_as_known reads them: "خلال
    المعارك", "في المعارك") or is a casualty word of the same sentence whose count is only rough ("كما قتل المئات
    من المقاتلين خلال المعارك وجراء غارات التحالف", "وقد قتل في المعارك نحو عشرة منهم") with no day of its own
    (a source's citation day dates the telling, not the deaths) and no day word in its sentence. The toll of a war's
    battles summed up, the page's background, not one happening of a day. Kept: an exact count ("قتل 142
    متمردا جراء الغارات": a report's own number), a day in the sentence ("قتل ضابطان , اليوم , جراء المعارك"), a
    toll told with the page's news of another sentence (merged: that telling is no toll of known happenings), a place
    told in the tellings' own words ("قتل العشرات ... خلال الاشتباكات مع قسد في حي الروضة": a digest's item)."""
    if c.modality != "actual":
        return False
    tellings = [c, *c.merged]

    def undated(p: _Cand) -> bool:
        return not (p.inherits_date or p.date_own and not p.date_cited)

    if any(p.loc_own for p in tellings):
        return False        # (a place of its own words: "خلال الاشتباكات مع قسد في حي الروضة", a digest's item)
    known = [p for p in tellings if undated(p) and not p.has_date_expr
             and not any(not (q.vague or q.approx) for q in p.quantities)
             and (_definite_plural_told(p, construct=True) or not feed and _known_masdar_told(p))]
    if not known or len(known) == len(tellings):
        return False        # (none known, or no toll: _named_as_known judges the known happenings alone)
    same_day = _marks_lex()[4]
    day_words = same_day | _dayless_lex()[0]
    tolls = _toll_stems()
    for p in tellings:
        if any(p is k for k in known):
            continue
        s = p.sent
        if not any(k.sent is s for k in known) or not undated(p):
            return False
        if not drop_conjunction(s.tokens[p.ti].norm, 2).startswith(tolls):
            return False        # (not a casualty word: a deed of its own)
        if not p.quantities or any(not (q.vague or q.approx) for q in p.quantities):
            return False        # (an exact count, or none read: a report's own toll)
        norms = list(map(token_norm, s.tokens))
        if not day_words.isdisjoint(norms) or not day_words.isdisjoint(map(drop_conjunction, norms, repeat(2))):
            return False
    return True


@lru_cache(maxsize=1)
def _witnessed_lex() -> tuple[frozenset[str], frozenset[str], int]:
    return (_habitual_words("witness_relatives"), _habitual_words("witness_verbs"),
            int(_habitual_data().get("witness_reach") or 0))


def _witnessed_by_place(p: _Cand) -> bool:
    """The telling's trigger stands in a relative clause of a perfect verb of witnessing ("المعضمية التي شهدت
    مظاهرات ضد حكم الأسد", "غالبية الاحياء التي شهدت معارك في الرقة", "مارع وريفها التي عاشت عاما كاملا من
    المعارك"; event_habitual.yaml witness_*): what a place has seen describes the place, its past, not a
    happening the sentence reports. Not the imperfect ("القرى التي تشهد مواجهات عنيفة": the day's news), not
    with a date after the relative pronoun ("التي شهدت اليوم اشتباكات")."""
    relatives, verbs, reach = _witnessed_lex()
    toks, ti = p.sent.tokens, p.ti
    cl = p.sent.clause[ti]
    for k in range(max(0, ti - reach - 2), ti - 1):
        if toks[k].norm not in relatives or toks[k + 1].norm not in verbs or p.sent.clause[k] != cl:
            continue
        if p.date_own and p.date_ev is not None and _tok_index(toks, p.date_ev[0]) > k:
            return False
        return not any((j := _tok_index(toks, d.start)) > k and p.sent.clause[j] == cl for d in p.sent.dates)
    return False


def _witnessed_told(c: _Cand) -> bool:
    """Every telling of the event is a place's past told in a relative clause (_witnessed_by_place)."""
    return c.modality == "actual" and all(_witnessed_by_place(p) for p in [c, *c.merged])


CASUALTY_KIND = "casualty"


@lru_cache(maxsize=1)
def _fate_lex() -> tuple[frozenset[str], frozenset[str], int, frozenset[str]]:
    return (_habitual_words("fate_verbs"), _habitual_words("fate_links"),
            int(_habitual_data().get("fate_reach") or 0), _habitual_words("fate_toll_words"))


def _fate_verb_at(p: _Cand) -> int | None:
    """The index of the death verb when p's trigger is a happening noun named, behind a preposition or a cause link,
    as where or how the person a relative clause describes was killed ("الذي استشهد في معركة عرسال", "الذين قتلوا
    جراء الغارات الجوية"; event_habitual.yaml fate_*), with no time in that clause and no count on the telling."""
    verbs, links, reach, tolls = _fate_lex()
    relatives = _relative_lex()[1]
    s, ti = p.sent, p.ti
    toks = s.tokens
    if not verbs or p.trig.kind == CASUALTY_KIND or p.quantities or ti < 2:
        return None
    w, attached = _trigger_word(toks[ti].norm)
    if is_verb(w):
        return None
    cl = s.clause[ti]
    if attached and toks[ti].norm.removeprefix("و").startswith("ب"):
        link = ti       # (the preposition joined to the noun: "استشهد بالقصف")
    elif drop_conjunction(toks[ti - 1].norm, 2) in links and s.clause[ti - 1] == cl:
        link = ti - 1
    else:
        return None
    # (a toll: "ارتفع عدد المدنيين الذين قتلوا جراء الغارات إلى 20"; the whole sentence is read only after the
    # cheap checks of the trigger and its link above: the order of these refusals does not change the answer)
    if any(drop_conjunction(t.norm, 2) in tolls for t in toks):
        return None
    for v in range(link - 1, max(0, link - 2 - reach), -1):
        if s.clause[v] != cl:
            return None
        if toks[v].norm not in verbs or drop_conjunction(toks[v - 1].norm, 2) not in relatives:
            continue
        rel = v - 1
        if s.clause[rel] != cl or any(rel <= _tok_index(toks, d.start) and s.clause[_tok_index(toks, d.start)] == cl
                                      for d in s.dates):
            return None     # (a time of its own: "الذي قتل في تفجير ... أمس")
        if p.date_own and p.date_ev is not None and _tok_index(toks, p.date_ev[0]) >= rel:
            return None
        return v
    return None


@lru_cache(maxsize=1)
def _doer_lex() -> tuple[frozenset[str], frozenset[str]]:
    return _habitual_words("doer_nouns"), _habitual_words("suspect_nouns")


def _doer_named(p: _Cand) -> bool:
    """p's trigger is a happening noun in the genitive of its doer's noun ("منفذ هجوم إسطنبول", "منفذي الهجوم") or
    behind a suspect's "ب" ("متهم بتفجير صيدا"; event_habitual.yaml doer_nouns, suspect_nouns), with no time in its
    clause: the sentence tells of the person, the happening is one the reader knows."""
    doers, suspects = _doer_lex()
    s, ti = p.sent, p.ti
    toks = s.tokens
    # (a count is the known happening's toll: "هوية منفذ هجوم إسطنبول , الذي وقع على مطعم وراح ضحيته 39 شخصا")
    if not doers or ti < 1 or p.trig.kind == CASUALTY_KIND or s.clause[ti - 1] != s.clause[ti]:
        return False
    w = toks[ti].norm
    if is_verb(_trigger_word(w)[0]):
        return False
    prev = drop_conjunction(toks[ti - 1].norm, 2)
    if prev in doers:
        k = ti - 1
    elif prev in suspects and w.startswith("ب"):
        k = ti - 1
    elif prev == "ب" and ti >= 2 and drop_conjunction(toks[ti - 2].norm, 2) in suspects:
        k = ti - 2
    else:
        return False
    cl = s.clause[ti]
    if p.date_own and p.date_ev is not None and _tok_index(toks, p.date_ev[0]) >= k:
        return False
    return not any((j := _tok_index(toks, d.start)) >= k and s.clause[j] == cl for d in s.dates)


def _fate_told(c: _Cand) -> bool:
    """Every telling names the happening a person was killed in (or a thing taken in), in the relative clause that
    describes him (_fate_verb_at), or is that clause's death verb, or names the happening by its doer or suspect
    (_doer_named): "رفع المجاهدون لافتة تحية للعقيد ... الذي استشهد في معركة عرسال" salutes a man, "كشفت السلطات عن
    هوية منفذ هجوم إسطنبول" names a man; the battle and the attack are known, the sentence reports no happening."""
    if c.modality != "actual":
        return False
    tellings = [c, *c.merged]
    # (each telling's verb read once: the check below asks it again of every telling)
    at = [_fate_verb_at(p) for p in tellings]
    verbs = {(id(p.sent), v) for p, v in zip(tellings, at, strict=True) if v is not None}
    named = [p for p in tellings if _doer_named(p)]
    return bool(verbs or named) and all(v is not None or (id(p.sent), p.ti) in verbs or p in named
                                        for p, v in zip(tellings, at, strict=True))


@lru_cache(maxsize=1)
def _example_lex() -> tuple[frozenset[str], frozenset[str], int]:
    return (_habitual_words("example_openers"), _habitual_words("example_class_nouns"),
            int(_habitual_data().get("example_reach") or 0))


def _example_told(p: _Cand) -> bool:
    """The telling stands after "مثل" that follows, a few words before it, a plural happening noun of its sentence
    ("بعض المجازر التي ارتكبها النظام في سورية مثل مجزرة بلدة الغنطو ... وكذلك مجزرة مدينة الأتارب";
    event_habitual.yaml example_*): an example of a class of happenings the sentence speaks of, named to
    illustrate it, not a happening the page reports. The list of examples runs on to the sentence's end."""
    openers, nouns, reach = _example_lex()
    s, ti = p.sent, p.ti
    toks = s.tokens
    for e in range(ti - 1, -1, -1):
        if toks[e].norm in openers and any(_bare_noun(toks[k].norm) in nouns for k in range(max(0, e - reach), e)):
            return True
    return False


def _example_listed(c: _Cand) -> bool:
    """Every telling of an actual event is an example of a class of happenings (_example_told)."""
    return c.modality == "actual" and all(_example_told(p) for p in (c, *c.merged))


@lru_cache(maxsize=1)
def _relative_lex() -> tuple[frozenset[str], frozenset[str], int]:
    return (_habitual_words("ground_links"), _habitual_words("relative_pronouns"),
            int(_habitual_data().get("relative_reach") or 0))


def _described_by_relative(p: _Cand) -> bool:
    """The telling's trigger is a happening noun with the article ("الهجوم", "للتفجير", "القصف") that a relative clause
    describes within a few words ("الهجوم الانتحاري الذي استهدف", "القصف والحصار الذي استهدف مخيمهم"; event_habitual.yaml
    relative_*), in its clause: one happening the reader is pointed back to."""
    _links, relatives, reach = _relative_lex()
    s, ti = p.sent, p.ti
    toks = s.tokens
    w, _attached = _trigger_word(toks[ti].norm)
    if not w.startswith("ال") or is_verb(w):
        return False
    # (from the token after the trigger's last word: "الضربات الجوية التي")
    end = next((k for k in range(ti + 1, len(toks)) if toks[k].start >= p.end), len(toks))
    for k in range(end, min(len(toks), end + 1 + reach)):
        if s.clause[k] != s.clause[ti] or not re.fullmatch(r"[\u0621-\u064a]+", toks[k].norm):
            return False
        if toks[k].norm in relatives:
            return True
    return False


def _clause_dated(p: _Cand) -> bool:
    """A time of any precision stands in the telling's clause after its trigger ("التظاهرات التي خرجت الأسبوع الماضي",
    "التفجير الذي استهدف الحافلات السبت الماضي"): the text dates the happening it points back to."""
    s, ti = p.sent, p.ti
    if not s.text:
        return p.has_date_expr
    for d in _probe_dates(s.text[s.span.start:s.span.end]):
        k = _tok_index(s.tokens, s.span.start + d.start)
        if k > ti and s.clause[k] == s.clause[ti]:
            return True
    return False


def _cause_of_state(p: _Cand, links: frozenset[str], days: frozenset[str], lex: _ELex) -> bool:
    """The telling is a definite plural happening noun behind a cause phrase ("جراء المعارك", "بسبب الاحتجاجات";
    event_habitual.yaml cause_links), or a definite happening noun a relative clause describes behind a cause link
    or an anterior connective ("بسبب الهجوم الانتحاري الذي استهدف", "بعد الضربات الجوية التي أصابت المستشفيات":
    _described_by_relative, ground_links), with no day in its clause and no toll in its sentence (a casualty trigger
    or a toll word, toll_stems: "قتل 5 جراء الغارات", "( 9 ) أشخاص قضوا جراء الاشتباكات" report the happenings that
    killed)."""
    s, ti = p.sent, p.ti
    toks = s.tokens
    if p.trig.kind == CASUALTY_KIND or p.inherits_date or ti < 1:
        return False
    link = toks[ti - 1].norm.removeprefix("و")
    if link in links and _definite_plural_told(p):
        pass
    elif _with_standing_cause(p, links):
        pass
    elif link not in links | _relative_lex()[0] or not _described_by_relative(p) or _clause_dated(p):
        return False
    cl = s.clause[ti]
    # (a day told before the "that" opening the reported content dates the saying, not the deed: _speech_day)
    if p.date_own and p.date_ev is not None:
        k = _tok_index(toks, p.date_ev[0])
        if k < 0 or s.clause[k] == cl and not _speech_day(s, k, ti):
            return False
    if any(s.clause[k] == cl and drop_conjunction(t.norm, 2) in days and not _speech_day(s, k, ti)
           for k, t in enumerate(toks)):
        return False
    tolls = _toll_stems()
    # (only the telling's own entry counts: a heading date, a feed post's "تاريخ النشر : 13 - 01 - 2018", opens a
    # new entry, and the toll that ends the post glued before it in the sentence is that post's)
    seg = s.hseg[ti] if s.hseg else None

    def own(k: int) -> bool:
        return seg is None or s.hseg[k] == seg
    if any(own(k) and drop_conjunction(t.norm, 2).startswith(tolls) for k, t in enumerate(toks)):
        return False
    return not any(t.kind == CASUALTY_KIND and own(k) for t, _form, k, _j in _match_triggers(s, lex))


def _with_standing_cause(p: _Cand, links: frozenset[str]) -> bool:
    """The telling's happening noun is conjoined behind a cause link with a noun of a standing state or a campaign
    ("بسبب الحصار والقصف", "جراء القصف والحصار", "بسبب الحرب والغارات"; event_habitual.yaml span_nouns): the pair
    names the lasting conditions a state comes from, not one strike of the page's day."""
    s, ti = p.sent, p.ti
    toks = s.tokens
    nouns = _span_lex()[0]
    w = toks[ti].norm
    if is_verb(w.removeprefix("و")):
        return False
    # (the happening second: "بسبب الحصار والقصف")
    if (w.startswith("و") and ti >= 2 and s.clause[ti - 1] == s.clause[ti] and toks[ti - 1].norm in nouns
            and toks[ti - 2].norm.removeprefix("و") in links):
        return True
    # (the happening first: "بسبب القصف والحصار", from the token after the trigger's last word)
    end = next((k for k in range(ti + 1, len(toks)) if toks[k].start >= p.end), len(toks))
    return (toks[ti - 1].norm.removeprefix("و") in links and end < len(toks) and s.clause[end] == s.clause[ti]
            and toks[end].norm.startswith("و") and toks[end].norm[1:] in nouns)


@lru_cache(maxsize=1)
def _toll_stems() -> tuple[str, ...]:
    return tuple(sorted(_habitual_words("toll_stems")))


def _caused_state(c: _Cand) -> bool:
    """Every telling names the war's happenings the reader knows as the cause of a state (_cause_of_state): "قالت
    اليونيسف إن أكثر من خمسين ألف طفل قد شردوا جراء المعارك الضارية في الموصل" tells a displacement tally, the
    battles its known cause; the count and the page's day date the state, not a battle (_named_as_known keeps
    such a telling when the sentence has a count or a date)."""
    if c.modality != "actual":
        return False
    links = _habitual_words("cause_links")
    if not links:
        return False
    days, lex = _dayless_lex()[0], lexicon()
    tellings = [c, *c.merged]
    grounds = [p for p in tellings if _cause_of_state(p, links, days, lex)]
    # (the verb of the relative clause that describes a ground, "بسبب القصف الذي استهدف المدينة", tells the same
    # known happening: it goes with its noun)
    return bool(grounds) and all(p in grounds or any(_in_relative_of(p, g) for g in grounds) for p in tellings)


def _in_relative_of(p: _Cand, g: _Cand) -> bool:
    """p's trigger stands in the relative clause that describes g's trigger noun ("القصف الذي استهدف": p is
    "استهدف"): same sentence and clause, a relative pronoun between them within ``relative_reach`` words."""
    if p.sent is not g.sent or not _described_by_relative(g):
        return False
    _links, relatives, reach = _relative_lex()
    s = p.sent
    if not g.ti < p.ti <= g.ti + reach + 3 or any(s.clause[k] != s.clause[g.ti] for k in range(g.ti, p.ti + 1)):
        return False
    return any(s.tokens[k].norm in relatives for k in range(g.ti + 1, p.ti))


@lru_cache(maxsize=1)
def _continuation_lex() -> tuple[frozenset[str], frozenset[str], int]:
    data = _habitual_data()
    words = _habitual_words
    return words("continuation_nouns"), words("circumstance_words"), int(data.get("continuation_reach") or 0)


def _in_continuing_frame(p: _Cand) -> bool:
    """The telling's trigger is governed by a verbal noun of continuation that a circumstantial word
    opens, in the trigger's clause ("مع استمرار القصف", "على رغم استمرار حصول خروق بسبب القصف", "مع
    تواصل عمليات القصف الجوي"): the condition the sentence tells its news under."""
    nouns, frames, reach = _continuation_lex()
    s, ti = p.sent, p.ti
    toks = s.tokens
    for k in range(max(1, ti - reach - 1), ti):
        if s.clause[k] != s.clause[ti] or toks[k].norm.removeprefix("و") not in nouns:
            continue
        head = toks[k - 1].norm
        if head not in frames and head.removeprefix("و") in frames:
            head = head[1:]
        if head in frames:
            return True
    return False


@lru_cache(maxsize=1)
def _concurrent_lex() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str], int]:
    data = _habitual_data()
    words = _habitual_words
    return (words("concurrent_connectives"), words("concurrent_openers"), words("concurrent_frame_nouns"),
            words("continuing_verbs"), words("concurrent_fillers"), int(data.get("concurrent_reach") or 0))


def _connective_at(toks: list[Any], k: int, connectives: frozenset[str], openers: frozenset[str]) -> bool:
    """Token k is a connective of a concurrent clause: "فيما", "بينما", or "حين" / "وقت" after "في" ("في وقت")."""
    if k < 0:
        return False
    w = toks[k].norm
    if w not in connectives:
        return False
    return w not in ("حين", "وقت") or k > 0 and toks[k - 1].norm in openers


# the happenings a concurrent clause tells going on as a backdrop: fighting and bombardment ("فيما تستمر المعارك",
# "في وقت يتواصل فيه القصف"); a withdrawal or a handover told going on ("فيما تواصل قوات البيشمركة إخلاء مقراتها")
# is a deed of the page's news
CONCURRENT_TYPES = frozenset({"Battles", "Explosions/Remote violence"})


def _in_concurrent_frame(p: _Cand) -> bool:
    """The telling's trigger is the happening a concurrent clause tells going on beside the sentence's news: a
    connective of "while / at a time when" opens the clause, its verb of continuing or witnessing governs the
    trigger within a few words of its subject ("فيما تستمر المعارك ضد التنظيم", "في وقت يتواصل فيه القصف المكثف",
    "فيما تشهد البادية السورية معارك عنيفة"), or "في ظل" names it with a plural ("وجاءت الغارة في ظل معارك عنيفة
    تدور بين ..."; event_habitual.yaml concurrent_*). A verb of the trigger's clause with no connective before it (the
    sentence's own "تتواصل الاشتباكات اليوم") is the news, not a frame."""
    connectives, openers, frames, verbs, fillers, reach = _concurrent_lex()
    if not verbs or p.event_type not in CONCURRENT_TYPES:
        return False
    s, ti = p.sent, p.ti
    toks, cl = s.tokens, s.clause[ti]
    for k in range(ti - 1, max(-1, ti - reach - 2), -1):
        if s.clause[k] != cl:
            break
        w = toks[k].norm
        if w in frames and k > 0 and toks[k - 1].norm in openers:
            # (a plural of happenings, a state going on: "في ظل معارك عنيفة تدور"; a verbal noun may be the one deed
            # beside a clash the sentence tells, "دارت اشتباكات ... في ظل قصف مدفعي")
            noun = _bare_noun(toks[ti].norm)
            plural = noun.endswith("ات") and len(noun) >= 5 or noun in _plural_lex()[0]
            return plural and not any(is_verb(t.norm) for t in toks[k + 1:ti])
        if w.removeprefix("و") in verbs:
            return _connective_at(toks, k - 1, connectives, openers)
        if w in fillers:
            continue
        if not re.fullmatch(r"[\u0621-\u064a]+", w):
            return False    # (a comma, a number or a bracket between: not the verb's subject)
    return False


def _continuing_frame(c: _Cand) -> bool:
    """Every telling names the happening as what goes on around the news ("ارتفاع عدد الضحايا مع استمرار
    العمليات العسكرية", "مع تواصل عمليات القصف الجوي لطيران التحالف"; event_habitual.yaml
    continuation_nouns), or as what a concurrent clause tells going on beside it ("فيما تستمر المعارك في دير الزور",
    "في وقت يتواصل فيه القصف": _in_concurrent_frame), and none has a day in its sentence, a date from the sentence before or a toll: a
    status summary, not one happening (a page's or a statement's date dates the telling, not the deed). "تتواصل الاشتباكات اليوم" (a finite verb, a day) is the day's news and is kept."""
    if c.modality != "actual" or not _continuation_lex()[0]:
        return False
    tellings = [c, *c.merged]
    if any(p.inherits_date or any(not q.vague for q in p.quantities) for p in tellings):
        return False        # (dated by the sentence before, or told with its toll: the page's news)
    framed = [p for p in tellings if _in_continuing_frame(p) or _in_concurrent_frame(p)]
    for p in tellings:
        toks = p.sent.tokens
        if p.date_own and p.date_ev is not None and toks[0].start <= p.date_ev[0] < toks[-1].end:
            return False    # a day in its sentence ("ألقى الطيران الخميس براميل ... مع استمرار الاشتباكات")
        if p not in framed and not any(_elaborates(p, f) for f in framed):
            return False
    return bool(framed)


@lru_cache(maxsize=1)
def _campaign_lex() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str], int]:
    data = _habitual_data()
    words = _habitual_words
    return (words("campaign_nouns"), words("operation_nouns"), words("operation_qualifiers"),
            words("campaign_deed_complements"), words("campaign_launch_words"),
            int(data.get("campaign_launch_reach") or 0))


def _bare_noun(w: str) -> str:
    """The noun without a joined conjunction, preposition or article ("وبالمعركه" -> "معركه")."""
    if w[:1] in "وف" and len(w) > 4:
        w = w[1:]
    if w.startswith("لل") and len(w) > 5:
        return w[2:]
    if w[:1] in "بلك" and w[1:3] == "ال" and len(w) > 5:
        w = w[1:]
    return w[2:] if w.startswith("ال") and len(w) > 4 else w


def _campaign_told(p: _Cand) -> bool:
    """The telling's trigger names a campaign ("معركة الرقة", "الحملة العسكرية", "العملية العسكرية التركية"),
    not its deeds ("حملة اعتقالات"), and no word before it in its clause launches, ends or breaks it out
    ("شنت ... حملة", "أطلقت القوات عملية عسكرية", "اندلعت معركة": that day's happening)."""
    campaigns, operations, qualifiers, deeds, launch, reach = _campaign_lex()
    toks, ti = p.sent.tokens, p.ti
    noun = _bare_noun(toks[ti].norm)
    after = toks[ti + 1].norm if ti + 1 < len(toks) else ""
    if noun in operations:
        if after not in qualifiers and after != '"':
            return False
    elif noun not in campaigns or after in deeds:
        return False
    cl = p.sent.clause[ti]
    for k in range(max(0, ti - reach), ti):
        w = toks[k].norm
        if p.sent.clause[k] == cl and (w in launch or w[:1] in "وف" and w[1:] in launch):
            return False
    return True


def _campaign_named(c: _Cand, published_ev: tuple[int, int] | None) -> bool:
    """The event's telling names a campaign as the frame of what the page tells ("مع دخول معركة الرقة
    مراحلها الحاسمة", "تتواصل العملية العسكرية للجيش في ريف ادلب", "ضمن معركة تحرير الفلوجة", "بعد سلسلة من
    العمليات العسكرية"; event_habitual.yaml campaign_*), no telling launches or ends it, and none has a day
    or a week in its sentence, a date from the sentence before or a toll: a campaign is not a happening
    (ACLED codes its clashes and strikes, each on its day), and named without its launch or a day it is
    the page's background. A page's stamp or a statement's date dates the telling, not the campaign. The
    tellings merged into it from other sentences, undated and uncounted, are the page's retellings of the
    same campaign; one in the campaign's own sentence that names no campaign is a deed told with it and
    keeps the event."""
    if c.modality != "actual" or not _campaign_lex()[0] or not _campaign_told(c):
        return False
    tellings = [c, *c.merged]
    if any(p.inherits_date or any(not q.vague and not _span_toll(p, q) for q in p.quantities) for p in tellings):
        return False        # (dated by the sentence before, or told with its toll: the page's news)
    for p in tellings:
        toks = p.sent.tokens
        if (p.date_own and p.date_ev is not None and p.date_ev != published_ev and p.time_precision in (1, 2)
                and toks[0].start <= p.date_ev[0] < toks[-1].end):
            return False    # a day in its sentence ("بدأت المعركة فجر اليوم")
    framed = {p.sent.idx for p in tellings if _campaign_told(p)}
    return all(p.sent.idx not in framed or _campaign_told(p) for p in tellings)


def _span_toll(p: _Cand, q: Quantity) -> bool:
    """The count q is told over a span of months or a campaign, in its own clause ("قالت لجنة التحقيق إن نحو 300
    مدني سقطوا في محافظة الرقة خلال الأشهر الـ3 الأخيرة" after "وخلال معركة الرقة الحالية"; _span_phrase_at): the
    campaign's tally, not the toll of a happening of the page's day."""
    s = p.sent
    k = _tok_index(s.tokens, q.start)
    if k < 0 or not s.span.start <= q.start < s.span.end:
        return False
    cl = s.clause[k]
    return any(s.clause[j] == cl and _span_phrase_at(s, j) for j in range(len(s.tokens)))


def _elaborates(p: _Cand, f: _Cand) -> bool:
    """Telling p stands after the framed telling f in its sentence with no verb between: it names the same
    going-on's means or parts ("استمرار تعرضها للقصف المتقطع ( مدفعي - صاروخي - طيران حربي )")."""
    if p.sent is not f.sent or p.ti <= f.ti:
        return False
    return not any(is_verb(t.norm) for t in p.sent.tokens[f.ti + 1:p.ti])


def _month_or_year_told(c: _Cand, by_start: dict[int, Any], text: str, entries: frozenset[int],
                        day: dt.date | None, recent_days: int) -> bool:
    """Every dated telling names only the month or the year of the happening ("سيطر عليها الأكراد ... عام
    2014", "في شباط / فبراير 2017 شن هجوما", "خلال شهر أيلول / سبتمبر الفائت"), none its day: a report
    tells its news against the page's days ("اليوم", "أمس", a weekday, a date), a happening told by its month
    or year is one the page recalls (an analysis's history, a study's example, a month's tally), not an
    event it reports. Not the page's own month or year ("خلال الشهر الجاري", "هذا العام": current, a window
    ending on the page's day), nor a timeline entry headed by its date (``entries``: a chronology tells its
    happenings whatever their age), nor a part of a month within the page's weeks ("وتجددت الخلافات منتصف
    آب" on a page of 27 August: ``recent_days`` before ``day``, the page's time), a window as narrow as a week's.
    ``by_start``: the page's date expressions by their offset."""
    if c.modality != "actual" or c.date_start == UNKNOWN or not c.date_own:
        return False
    told = 0
    for p in [c, *c.merged]:
        if not p.date_own or p.date_ev is None:
            if p.has_date_expr or p.inherits_date:
                return False        # (a telling with a time of another reading: a day the layer left unread)
            continue
        d = by_start.get(p.date_ev[0])
        if d is None or d.precision not in ("month", "year") or d.kind not in ("absolute", "relative"):
            return False
        if _current_period(d.surface) or _headed_by_date(p, text) or p.date_ev[0] in entries:
            return False
        if day is not None and d.precision == "month" and _month_part_near(d, day, recent_days):
            return False
        if day is not None and d.precision == "month" and _tallied(c) and _month_just_ended(d, day, recent_days):
            return False    # (a month's toll reported when it ends: issue #4's aggregate report, one event)
        told += 1
    return told > 0


def _headed_by_date(p: _Cand, text: str) -> bool:
    """The telling's date opens its sentence ("آذار 2014 : اندلعت اشتباكات ..."): a timeline entry's heading
    (_entry_dated, here with a month's name first)."""
    if p.date_ev is None or p.date_ev[0] < p.sent.span.start:
        return False
    return not text[p.sent.span.start:p.date_ev[0]].strip(" \t\n-–—•*|.:،,")


def _month_part_near(d: Any, day: dt.date, recent_days: int) -> bool:
    """A part of a month ("منتصف آب", "مطلع الشهر": shorter than a whole month) ending within ``recent_days``
    before ``day`` (or after it)."""
    start, end = _end_day_of(d.date_start), _end_day_of(d.date_end)
    if start is None or end is None or (end - start).days >= 27:
        return False
    return (day - end).days <= recent_days


def _tallied(c: _Cand) -> bool:
    """The happening carries a toll or is told as a tally ("حصيلة", "إجمالي": aggregate_cues) with a count. A
    cue with no count in its clause tells no tally ("سيطرت الشهر الماضي على بلدة ... وهي أول بلدة يسيطر عليها
    التنظيم منذ ظهوره": a recalled takeover, whose "منذ" counts the group's time, not a toll)."""
    return any(p.aggregate and _counted(p) or any(quantity_name(q, p.trig.counts_as) == "fatalities"
                                                  for q in p.quantities)
               for p in [c, *c.merged])


def _month_just_ended(d: Any, day: dt.date, recent_days: int) -> bool:
    """A whole month ending within ``recent_days`` before ``day``: the month a report of the page's days sums up."""
    end = _end_day_of(d.date_end)
    return end is not None and 0 <= (day - end).days <= recent_days


def _current_period(surface: str) -> bool:
    """"الشهر الجاري", "هذا العام", "منتصف العام الحالي", "مطلع الشهر" (no past word, no year): the page's
    own month or year."""
    words = normalize(surface).split()
    if any(w in current_words() for w in words):
        return True
    return (any(w in period_nouns() for w in words) and not any(w in past_words() for w in words)
            and not any(ch.isdigit() for ch in surface))


# "that" after a verb of saying (أن / إن, normalised alike, with "ب" and a pronoun): what follows is the
# report's content, so a day before it ("قالت المنظمة اليوم إن") dates the saying, not the deed
COMPLEMENTIZERS = frozenset(normalize(w) for w in word_list("function_words.yaml", "complementizers"))


def _speech_day(s: _Sent, k: int, ti: int) -> bool:
    """The day at token k stands before a "that" that opens the trigger's reported content."""
    return k < ti and any(s.tokens[j].norm in COMPLEMENTIZERS for j in range(k + 1, ti))


def _recall_opened(s: _Sent, lex: _ELex) -> bool:
    """The sentence opens with "يذكر أن" / "يشار إلى أن" / "تجدر الإشارة إلى أن": the page recalls context."""
    words = [_k(t.norm) for t in s.tokens[:6]]
    return any(tuple(words[:len(seq)]) == seq for seq in lex.recall_openers)


RECENCY_PROBE = dt.date(2001, 6, 15)     # any day: "أمس الجمعة" resolves within days of it, "أبريل الماضي" not


@lru_cache(maxsize=2048)
def _probe_dates(sentence: str) -> tuple[Any, ...]:
    """The dates of a sentence read against RECENCY_PROBE (how far back a relative date counts): three background
    tests ask for the same sentence's, the result is shared (read only)."""
    return tuple(find_dates(sentence, RECENCY_PROBE))
WEEK_DAYS = 7                               # a weekday name resolves within the week before the probe


def _recalled(c: _Cand, lex: _ELex, ref: dt.date | None, text: str) -> bool:
    """Every telling of the event opens with a recall formula ("ي ذكر أن أكثر من ثمانين شخصا قتلوا
    ... في أبريل الماضي"): background the page adds, unless that sentence dates it to the page's
    own days (within the report window of the page's date; when it is not dated so, by a word such
    as "أمس الجمعة" that dates it days before whatever day the page was written)."""
    if not lex.recall_openers or not all(_recall_opened(p.sent, lex) for p in [c] + c.merged):
        return False
    end = _end_day(c)
    if ref is not None and end is not None and c.date_own:
        return (ref - end).days > lex.report_window_days
    return not any(_recent_day_told(p, text) for p in [c] + c.merged)


def _recent_day_told(p: _Cand, text: str, lately: bool = False) -> bool:
    """The telling's sentence names a day within days before whatever day the page was written ("أمس
    الجمعة", "قبل يومين", "الثلاثاء الماضي"; read against a probe day), not a month or a dated day of
    another week ("في أبريل الماضي", "في 13 يناير"). ``lately``: a week ending so ("الأسبوع الماضي") and
    days ago left uncounted ("قبل أيام", "منذ أيام") count too."""
    for d in _probe_dates(text[p.sent.span.start:p.sent.span.end]):
        if lately and d.kind == "relative" and d.precision == "unknown":
            return True
        day = _end_day_of(d.date_end or d.date_start)
        if (d.precision == "day" or lately and d.precision == "week") and day is not None \
                and 0 <= (RECENCY_PROBE - day).days <= WEEK_DAYS:
            return True
    return False


def _long_ago_told(c: _Cand, lex: _ELex, text: str, posts: bool = False) -> bool:
    """An event left undated (the page has no date to count from) whose every telling is dated by its
    own clause to long before whatever day the page was written ("كانت قد شنت العام الماضي هجمات دامية
    في جاكرتا", "تمكن التنظيم السنة الماضية من السيطرة", "قبل عامين", "قبل نحو عام", and months counted
    back with "قبل": "الذي اعتقله داعش قبل شهرين"): background, as _long_before judges such a date on a
    dated page (read against a probe day: a past year, or months more than ``background_days`` back;
    _counted_back). Not "منذ العام الماضي" nor "منذ بدء هجوم قبل شهرين" (a state going on, a span's
    start), nor "قبل شهر", a month named ("في أبريل الماضي", "الشهر الماضي") or a day without its year
    (maybe the page's weeks).
    On a listing of dated posts (``posts``) the same year counted back from its post's stamp dates the
    event to that whole year: background too (an entry of 11 January recalling "العام الماضي")."""
    whole_year = (c.date_start != UNKNOWN and c.date_own and c.date_start[5:10] == "01-01"
                  and (c.date_end or "")[5:10] == "12-31" and c.date_start[:4] == (c.date_end or "")[:4])
    if not (c.date_start == UNKNOWN or posts and whole_year) or not lex.background_days:
        return False
    for p in [c] + c.merged:
        s = p.sent
        days_back = []
        for d in _probe_dates(text[s.span.start:s.span.end]):
            k = _tok_index(s.tokens, s.span.start + d.start)
            if k < 0 or s.clause[k] != s.clause[p.ti]:
                continue
            # only a time counted back from the page's own ("العام الماضي", "قبل عامين", "قبل شهرين")
            # says how long before it was: a day or month named ("في 17 يناير") may be the page's week
            if d.kind != "relative" or _since_span((s.span.start + d.start, s.span.start + d.end), text) \
                    or _in_since_phrase(s, k):
                return False
            words = normalize(text[s.span.start + d.start:s.span.start + d.end]).split()
            named_past = (bool(past_words().intersection(words)) and MONTH_WORD not in words
                          and (d.precision != "day" or _names_month(words)))
            ago = _counted_back(d.precision, d.date_start, d.date_end, words[:1] == [COUNT_BACK], named_past)
            if ago is None:
                return False
            days_back.append(ago)
        if not days_back or min(days_back) <= lex.background_days:
            return False
    return True


COUNT_BACK = normalize("قبل")
# a month named as past ("في أبريل الماضي", "مطلع يوليو الماضي", "شهر آذار المنصرم": rasd.text.dates.past_words)
# is the last such month before the page: for a page of any month it lies half a year back on average, within
# the page's weeks only when the page was written early in the next month; "الشهر الماضي" (always the page's
# previous month) is not
MONTH_WORD = normalize("الشهر")
SINCE_REACH = 4     # words between "منذ" and a time that dates the start it names ("منذ بدء هجوم رئيسي قبل شهرين")


def _in_since_phrase(s: _Sent, k: int) -> bool:
    """The time at token k dates the start of a span named after "منذ" a few words before it in its
    clause ("يسيطر عليها معارضون بدعم من غارات ... منذ بدء هجوم رئيسي قبل أكثر من شهرين"): when the
    span began, not when the told deed happened."""
    return any(s.tokens[j].norm == SINCE and s.clause[j] == s.clause[k] for j in range(max(0, k - SINCE_REACH), k))


NAMED_MONTH_BACK = 182      # days: a month named as past lies half a year back on average


def _names_month(words: list[str]) -> bool:
    """The normalised words of a date name a calendar month ("13 تشرين الأول / أكتوبر الماضي"), not a
    weekday ("الأربعاء الماضي": the page's week)."""
    from rasd.text.dates import gregorian_months

    joined = f" {' '.join(words)} "
    return any(f" {name} " in joined for name in gregorian_months())


def _counted_back(precision: str, start: str | None, end: str | None, counted: bool,
                  named_past: bool = False) -> int | None:
    """How many days before the probe day a time counted back from the page's own lies (the middle of
    its range), for a year, or a month counted back (``counted``): "قبل نحو عام" (a range of three years
    around last year), "قبل شهرين", "قبل حوالي ستة أشهر" lie months back whatever day the page was
    written; "قبل شهر" a month (the page's weeks: within ``background_days``). A month named as past
    (``named_past``: "في أبريل الماضي", past_words) lies half a year back on average, whatever day the
    probe resolves it against (NAMED_MONTH_BACK). Other months ("الشهر
    الماضي", a bare "في أبريل") may be the page's weeks: 0. A year counts only when it is a past one
    ("هذا العام" is the page's own year, whatever its days). None for any other time."""
    first, last = _end_day_of(start), _end_day_of(end)
    if precision == "day" and named_past and not counted and first is not None:
        return NAMED_MONTH_BACK     # ("في 13 تشرين الأول / أكتوبر الماضي": a day of a month named as past, as the month)
    if precision not in ("year", "month") or first is None or last is None:
        return None
    if precision == "month" and named_past and not counted:
        return NAMED_MONTH_BACK
    if precision == "month" and not counted:
        return 0
    middle = first + (last - first) / 2
    if precision == "year" and middle.year >= RECENCY_PROBE.year:
        return 0
    return (RECENCY_PROBE - middle).days


# a page without a date is judged against the newest year it names, which may be a year after its
# writing (a report of January recalling December); two years before it is the page's past
OLD_YEAR_GAP = 2
YEAR_KINDS = ("absolute", "range", "hijri", "timeline")     # a written year, not one counted from the page's


WRITTEN_YEAR = re.compile(r"\d{4}")


def _written_year(d: Any) -> bool:
    """A date whose year is written ("في آب 2014", "عام 2016"), not one a narrative's "19 يوليو" took
    from a date before it (narrative_days) nor one counted from the page's ("العام الماضي"); a month
    told "من العام نفسه" after a written year has it too (anaphoric_years)."""
    return d.kind in YEAR_KINDS and bool(d.date_end) and (WRITTEN_YEAR.search(d.surface) is not None
                                                          or d.warning == YEAR_FROM_ANTECEDENT)


def _newest_year(dates: list[Any]) -> int | None:
    """The newest year a page without a date names in a day or month ("في آب 2014", "28 / 1 / 2010"):
    its writing is that year or later. A bare year is no estimate: it is often a plan's horizon
    ("بحلول عام 2020", "رؤية 2030"). None when the page names no such date."""
    years = [int(d.date_end[:4]) for d in dates if _written_year(d) and d.precision in ("day", "month")]
    return max(years) if years else None


HISTORY_YEARS = 3


def _page_before_scope(dates: list[Any], lex: _ELex) -> bool:
    """A page without a date whose every written year is before the theatre's period (an essay on the
    1973 war naming 1967-1973 only): it tells history, so a happening it leaves undated is of that
    history, out of scope as a date before ``scope_start`` is (_in_scope). Only a page that tells its
    time in years (``HISTORY_YEARS`` of them at least): a news page's one aside ("قرار مجلس الأمن الصادر
    سنة 1993", "أراضي عام 1948") says nothing of when its news happened."""
    years = [int(d.date_end[:4]) for d in dates if _written_year(d)]
    return (len(years) >= HISTORY_YEARS and lex.scope_start[:4].isdigit()
            and max(years) < int(lex.scope_start[:4]))


RETRO_HEAD = 300      # characters of the page's opening (its header and headline) read for a genre label


def _retrospective_page(title: str | None, text: str, lex: _ELex) -> bool:
    """The page's headline or opening names it a look back ("حصاد الثورة في عامها السادس", "تسلسل زمني",
    "القصة الكاملة", "بانوراما 2016", "نبذة :", "من هم الأكراد ?"; ``retrospective_labels``): a year
    review, a chronology, a profile or a group's story, which retells past happenings, not a report of
    the day it was written."""
    if not lex.retrospective_labels:
        return False
    if _year_headline(title or text[:RETRO_HEAD]):
        return True
    words = " {} ".format(" ".join(re.findall(r"\w+", normalize(f"{title or ''} | {text[:RETRO_HEAD]}"))))
    return any(f" {label} " in words for label in lex.retrospective_labels)


YEAR_HEAD = re.compile(r"\s*(?:19|20)\d\d(?!\d)(?P<rest>.*)", re.S)


def _year_headline(title: str | None) -> bool:
    """The headline opens with a bare year ("2017 . . نكسة المعارضة السورية", "2017 عام سحق داعش"): the
    page reviews that year. Not the opening of a date or a time ("2017 / 11 / 15 الساعة", "2016 ديسمبر
    |"), nor a footer's ("2017 lahamag . com")."""
    m = YEAR_HEAD.match(title or "")
    if m is None:
        return False
    rest = m.group("rest").lstrip()
    if rest[:1] in ("/", "-", ":") or rest[:1].isdigit():
        return False
    words = normalize(rest).strip(" .|،,").split()
    if not words:
        return True         # the headline is the year itself
    if not re.match(r"[\u0621-\u064a]", words[0]) or len(words[0]) < 2:
        return False        # ("2017 م": the era letter of a date)
    from rasd.text.dates import gregorian_months

    return words[0] not in {name.split()[0] for name in gregorian_months()}


def _timeless(c: _Cand, published_ev: tuple[int, int] | None) -> bool:
    """An actual event no telling of which names a time of its own (no date, no "أمس", none borrowed from
    the sentence before): undated, or dated only by the page's publication (_page_dates)."""
    if c.modality != "actual" or any(p.has_date_expr or p.date_own for p in [c, *c.merged]):
        return False
    return c.date_start == UNKNOWN or c.date_ev == published_ev     # (None: a publication date with no span)


def _page_day_only(c: _Cand, day: dt.date | None) -> bool:
    """On a page that reports nothing of its own (an op-ed, an analysis, a rights report: _reports_nothing), an
    actual event whose every dated telling is dated to the page's own day (``day``) and to no other: the day the
    page was written, read from its printed stamp ("05 / 02 / 2017" over the lede), the "اليوم" of the saying
    that opens it ("قالت هيومن رايتس ووتش اليوم إن القوات ... احتجزت ناشطات"), dates the
    writing, not the deed it recalls, argues over or documents (as _timeless judges a deed dated by the
    publication alone). A telling dated to another day ("أمس", "الأربعاء" on a Thursday page, "في 18 مايو") or
    with a time the date layer left unread keeps the event, and so does one whose sentence names a weekday ("أعلن
    الحوثيون اليوم الثلاثاء إطلاق صاروخ"): a report names the weekday of the news it brings, an analysis rarely."""
    if c.modality != "actual" or day is None or c.date_start == UNKNOWN:
        return False
    iso = day.isoformat()
    for p in [c, *c.merged]:
        if p.date_start == UNKNOWN:
            if p.has_date_expr and not p.date_ev:
                return False        # (a time the layer left unread: maybe another day)
            continue
        if p.date_start[:10] != iso or p.date_last[:10] != iso:
            return False
    weekdays = weekday_words()
    return not any(w in weekdays for p in [c, *c.merged] for d in p.sent.dates for w in normalize(d.surface).split())


def _undated_history(c: _Cand) -> bool:
    """An actual event told with no date expression at all (not even an unread "أمس")."""
    return c.modality == "actual" and c.date_start == UNKNOWN and not any(p.has_date_expr for p in [c] + c.merged)


def _old_year_told(c: _Cand, lex: _ELex, text: str, day: dt.date | None, newest: int | None,
                   dates: list[Any]) -> bool:
    """An event left without a day of its own whose every telling is dated only by a written year long
    before the page's time ("شهد سجن أبو غريب أكبر عملية هروب ... في عام 2013" in a report of December
    2014; the 1973 war in an undated essay that names 2017): the page's history, not an event it
    reports. The page's time is its date (the year ended more than ``background_days`` before it, as
    _long_before judges a date), else the newest year it names (``OLD_YEAR_GAP`` years before it).
    The years of the trigger's clause count, else, when the clause names no time at all, those of its
    sentence; a month told "من ذلك العام" has the year written before it (anaphoric_years). Not a clause with
    any other time ("أمس", "في 17 يناير", "منذ عام 2014": a state going on), nor a timeline entry headed
    by its date. ``dates``: the page's dates."""
    if c.modality != "actual" or not lex.background_days or (day is None and newest is None):
        return False
    if c.date_start != UNKNOWN and not (c.date_own and c.time_precision == 3
                                        and c.date_start[5:10] == "01-01" and (c.date_end or "")[5:10] == "12-31"):
        return False        # a day, week or month of its own: judged by the page-date checks
    for p in [c] + c.merged:
        s = p.sent
        if _entry_dated(p, text):
            return False
        in_clause: list[Any] = []
        others: list[Any] = []
        for d in s.dates:
            k = _tok_index(s.tokens, d.start)
            (in_clause if k >= 0 and s.clause[k] == s.clause[p.ti] else others).append(d)
        told = in_clause or others
        if not told:
            return False
        for d in told:
            # ("في شهر يوليو من ذلك العام": the year named before it, anaphoric_years)
            end = _end_day_of(d.date_end) if _written_year(d) else None
            if end is None or _since_span((d.start, d.end), text):
                return False
            if day is not None and (day - end).days <= lex.background_days:
                return False
            if day is None and newest is not None and end.year > newest - OLD_YEAR_GAP:
                return False
    return True


NAMED_YEAR_REACH = 6     # words from a happening noun to the year that names its time ("هجوم الركبان صيف العام 2016")


def _named_with_old_year(c: _Cand, lex: _ELex, text: str, day: dt.date | None, newest: int | None,
                         entries: frozenset[int] = frozenset()) -> bool:
    """Every telling of an actual event is a happening noun ("هجوم", "مجزرة", "التفجير") whose first time after it in
    its clause, within ``NAMED_YEAR_REACH`` words, is a written year, month or day long before the page's time: "أصدرت
    المحكمة اليوم أحكاما على خلفية هجوم الركبان صيف العام 2016", "مثل مجزرة الغنطو في حمص بتاريخ 15 أكتوبر 2015" in a
    2017 story. The page names a past happening by its time to remind the reader of it; the day of the clause it
    stands in ("اليوم") dates the verdict, not the attack. The page's time is its date (the named time ended more than
    ``background_days`` before it, as _long_before judges a date), else the newest year it names (``OLD_YEAR_GAP``
    years before it, as _old_year_told). Not a verb ("قصفت الطائرات البلدة في 5 آذار 2015": told, not named), not a
    state going on since the time ("الحصار المفروض منذ عام 2013"), not a telling dated by that time itself ("وشن
    الطيران الحربي غارة يوم 16 - 12 - 2014": its own day, judged by the page-date checks), not a chronology's entry
    (``entries``: the starts of its dates; a look-back page is left to the caller)."""
    if c.modality != "actual" or not lex.background_days or (day is None and newest is None):
        return False
    tellings = [c, *c.merged]
    named = [p for p in tellings if _named_by_old_time(p, lex, text, day, newest, entries)]
    # (a telling later in a named one's sentence with no time in its clause tells the same happening on: "هجوم
    # الكرك في صيف العام 2015 , والذي أدى إلى مقتل أربعة")
    return bool(named) and all(p in named or any(g.sent is p.sent and g.ti < p.ti for g in named)
                               and not any((k := _tok_index(p.sent.tokens, d.start)) >= 0
                                           and p.sent.clause[k] == p.sent.clause[p.ti] for d in p.sent.dates)
                               for p in tellings)


def _named_by_old_time(p: _Cand, lex: _ELex, text: str, day: dt.date | None, newest: int | None,
                       entries: frozenset[int]) -> bool:
    """The telling is a happening noun whose first time after it in its clause is a written one long before the
    page's time (_named_with_old_year)."""
    s = p.sent
    toks = s.tokens
    w, _attached = _trigger_word(toks[p.ti].norm)
    if is_verb(w) or _entry_dated(p, text) or p.date_ev is not None and p.date_ev[0] in entries:
        return False
    cl = s.clause[p.ti]
    end = next((k for k in range(p.ti + 1, len(toks)) if toks[k].start >= p.end), len(toks))
    after = sorted((k, d.start, d) for d in s.dates if (k := _tok_index(toks, d.start)) >= end and s.clause[k] == cl)
    if not after or after[0][0] - end > NAMED_YEAR_REACH:
        return False
    d = after[0][2]
    if p.date_own and p.date_ev == (d.start, d.end):
        return False        # dated by that time itself: the page-date checks judge it (_long_before, _drop_older_than_page)
    last = _end_day_of(d.date_end) if _written_year(d) else None
    if last is None or _since_span((d.start, d.end), text):
        return False
    if day is not None:
        return (day - last).days > lex.background_days
    return newest is not None and last.year <= newest - OLD_YEAR_GAP


BARE_YEAR = re.compile(r"(?:19|20)\d\d")
YEAR_ITEM_MARKS = frozenset({":", "-", "–", ","})     # what may stand between a list's year and its item, or open the item


def _year_heads(s: _Sent, k: int, q_spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The year a list item opens with when its happening word is the sentence's token k, and the year's token: a bare
    written year right before the word (a list mark between: "1995 اغتيال ...", "2005 : اغتيال ..."), not a date's
    year ("25 / 11 / 2017 تفجير", "في أيار 2015 قصف": a day or month the text gives) nor a count ("2000 غارة": a
    quantity's number)."""
    toks = s.tokens
    j = k - 1
    while j >= 0 and toks[j].norm in YEAR_ITEM_MARKS:
        j -= 1
    if j < 0 or not BARE_YEAR.fullmatch(toks[j].norm):
        return None
    at = toks[j].start
    if any(d.start <= at < d.end for d in s.dates) or any(a <= at < b for a, b in q_spans):
        return None
    return int(toks[j].norm), j


def _old_year_items(s: _Sent, page_year: int, q_spans: list[tuple[int, int]]) -> list[int]:
    """The tokens that open the items of a list of happenings by bare year in the sentence, the year at least
    ``OLD_YEAR_GAP`` before ``page_year``: a word right after such a year (_year_heads), when the sentence opens two
    such items or the item opens the sentence or follows a colon. Empty when the sentence holds no such list."""
    toks = s.tokens
    heads = [(k, h) for k in range(1, len(toks)) if toks[k].norm[:1].isalpha()
             and (h := _year_heads(s, k, q_spans)) is not None]
    if not heads:
        return []
    if len(heads) < 2 and not (heads[0][1][1] == 0 or toks[heads[0][1][1] - 1].norm == ":"):
        return []
    return [k for k, (year, _j) in heads if year <= page_year - OLD_YEAR_GAP]


def _year_listed(c: _Cand, day: dt.date | None, newest: int | None) -> bool:
    """Every telling of an actual event is an item of a list of happenings by bare year, the year long before the
    page's time ("ومن بين عمليات الاغتيال ... : 1995 اغتيال قائد الجهاد الاسلامي فتحي الشقاقي 2005 اغتيال الشيخ احمد
    ياسين" on a 2013 page; _old_year_items), or is told after such an item in its sentence ("ومن قبل ... واغتيال قادة
    منظمة التحرير": the list goes on), with no date in its clause: a record of old deeds the page recalls, not a
    happening it reports (judging rules: a list's undated items are background). The page's time: its date, else the
    newest year it names, else the event's own date (a post's or section's stamp over the recall)."""
    if c.modality != "actual":
        return False
    page_year = day.year if day is not None else newest
    if page_year is None and c.date_start[:4].isdigit():
        page_year = int(c.date_start[:4])
    if page_year is None:
        return False
    for p in [c, *c.merged]:
        s = p.sent
        items = _old_year_items(s, page_year, [(q.start, q.end) for q in p.quantities])
        if not items or items[0] > p.ti:
            return False
        cl = s.clause[p.ti]
        if any((k := _tok_index(s.tokens, d.start)) >= 0 and s.clause[k] == cl for d in s.dates):
            return False        # (a time of its own in its clause)
    return True


def _end_day_of(iso: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(iso[:10]) if iso and len(iso) >= 10 else None
    except ValueError:
        return None


SINCE = normalize("منذ")


def _ongoing_since(c: _Cand, text: str) -> bool:
    """Dated only by when it began ("تتعرض الغوطة لقصف مكثف منذ أكثر من ثلاثة أسابيع", "منذ نيسان
    2013 اعتبر المسجد من مناطق الاشتباكات"): a state going on, not a happening of a day. A toll
    over that span ("قتل 300 مدني منذ آذار") is the page's aggregate and is kept ("عشرات" is no toll)."""
    if not c.date_own or c.date_ev is None or any(not q.vague for p in [c] + c.merged for q in p.quantities):
        return False
    if any(p.date_own and p.date_ev and not _since_span(p.date_ev, text) for p in [c] + c.merged):
        return False
    # (not hours of the page's days: "قصف ... منذ ليل الجمعة", "غارات منذ صباح اليوم" is the day's happening)
    return _since_span(c.date_ev, text) and not _since_hours(c.date_ev, text)


@lru_cache(maxsize=1)
def _since_hours_words() -> frozenset[str]:
    return frozenset(normalize(str(w)) for w in read_shared(BACKGROUND_MARKS).get("since_hours_words") or ())


def _since_hours(span: tuple[int, int], text: str) -> bool:
    """The "منذ" of a since-date opens on a part of a day or on hours ("منذ صباح اليوم", "منذ ليل الجمعة", "منذ
    ساعات الصباح"; background_marks.yaml since_hours_words): a span of hours, not of a state going on."""
    words = normalize(text[max(0, span[0] - 8):span[1]]).split()
    at = next((i for i, w in enumerate(words) if w == SINCE), None)
    return at is not None and at + 1 < len(words) and words[at + 1] in _since_hours_words()


def _forget_open_onsets(events: list[_Cand], text: str) -> None:
    """Dated only by a month or year "منذ" opens, with no day to run to (an undated page: "وينفذ التحالف
    منذ أيلول ( سبتمبر ) 2014 ضربات جوية"): when a campaign or state began, not the happening's own
    month; left undated, borrowed or its own. Run last, after _ongoing_since and the age checks have read it."""
    for c in events:
        if c.date_start != UNKNOWN and c.date_start == c.date_end and c.time_precision == 3 \
                and c.date_ev is not None and _since_span(c.date_ev, text):
            c.date_start = c.date_end = UNKNOWN
            c.time_precision, c.date_own, c.date_ev = None, False, None


FROM = frozenset(normalize(w) for w in word_list("function_words.yaml", "from_preposition"))


def _lapse_anchor(c: _Cand) -> bool:
    """The trigger is the happening a lapse counts from ("تنامت المواجهات ... خلال عامي 2012 / 2013 ; أي قبل
    عام من سيطرة تنظيم داعش على الموصل"): a reference point for the time of what the sentence tells,
    told as known (or told as news elsewhere on the page), not this sentence's news."""
    s, ti = c.sent, c.ti
    if ti < 2 or s.tokens[ti - 1].norm not in FROM:
        return False
    gap = (s.tokens[ti - 2].start, s.tokens[ti - 1].start)
    return any(d.warning == OTHER_ANCHOR and gap[0] < d.end <= gap[1] for d in s.dates)


@lru_cache(maxsize=1)
def _lapse_lex() -> tuple[frozenset[str], frozenset[str], frozenset[str], int, int]:
    data = _habitual_data()
    words = _habitual_words
    return (words("lapse_openers"), words("lapse_units"), words("lapse_links"),
            int(data.get("lapse_unit_reach") or 0), int(data.get("lapse_anchor_reach") or 0))


def _lapse_counted_from(p: _Cand) -> bool:
    """The telling's trigger is the happening a lapse of weeks, months or years counts from, in its clause: "بعد / قبل"
    + a count of such units + "من / على" + up to a few nouns ("بعد ستة أشهر تقريبا على اختطاف", "بعد أقل من شهر من
    إعلانها بسط كامل سيطرتها"; event_habitual.yaml lapse_*). No verb between the link and the trigger: "بعد شهرين من
    الحصار , سيطرت القوات" tells the takeover."""
    openers, units, links, unit_reach, anchor_reach = _lapse_lex()
    s, ti = p.sent, p.ti
    toks, cl = s.tokens, s.clause[ti]
    for u in range(max(1, ti - anchor_reach), ti):
        if toks[u].norm not in units or s.clause[u] != cl:
            continue
        if not any(toks[k].norm.removeprefix("و") in openers and s.clause[k] == cl
                   for k in range(max(0, u - unit_reach - 1), u)):
            continue
        link = next((j for j in range(u + 1, min(ti, u + 3)) if toks[j].norm in links), None)
        if link is not None and not any(is_verb(t.norm) for t in toks[link + 1:ti]):
            return True
    return False


def _lapse_told(c: _Cand) -> bool:
    """The event's telling is the happening a lapse of weeks or more counts from (_lapse_counted_from): the ground
    of what the page tells ("يصدر هذا النداء بعد ستة أشهر على اختطاف ..."), weeks before the page's time whatever
    its other tellings narrate of it (as _lapse_anchor reads the telling alone)."""
    return c.modality == "actual" and _lapse_counted_from(c)


@lru_cache(maxsize=1)
def _during_lex() -> tuple[frozenset[str], frozenset[str], int]:
    data = _habitual_data()
    units = _habitual_words("lapse_units") | _habitual_words("during_day_units")
    return _habitual_words("during_pronouns"), units, int(data.get("during_reach") or 0)


def _told_during_span(p: _Cand) -> bool:
    """The telling's verb is followed by "during it" (خلالها, event_habitual.yaml during_*) whose antecedent, a few
    words before in the sentence, is a campaign ("عملية عسكرية واسعة ... واستعاد خلالها") or a span of days, weeks or
    months ("19 يوما استولت خلالها"): the campaign's or the span's summary."""
    pronouns, units, reach = _during_lex()
    s, ti = p.sent, p.ti
    toks = s.tokens
    if not pronouns or p.tj >= len(toks) or toks[p.tj].norm not in pronouns:
        return False
    campaigns, operations, qualifiers = _campaign_lex()[:3]
    for k in range(max(0, ti - reach), ti):
        noun = _bare_noun(toks[k].norm)
        if toks[k].norm in units or noun in campaigns:
            return True
        if noun in operations and k + 1 < ti and toks[k + 1].norm in qualifiers:
            return True
    return False


def _during_span_told(c: _Cand) -> bool:
    """Every telling of the event is a deed told "during" a campaign or a span named before it (_told_during_span):
    the whole campaign's or span's outcome, background to the page's news, not a happening of its own day."""
    return c.modality == "actual" and all(_told_during_span(p) for p in (c, *c.merged))


@lru_cache(maxsize=1)
def _anterior_lex() -> tuple[frozenset[str], frozenset[str]]:
    return _habitual_words("anterior_connectives"), _habitual_words("anterior_complementizers")


def _anterior_recalled(c: _Cand, text: str) -> bool:
    """An undated event whose telling stands in an anterior phrase ("بعد أن سيطرت قوات النظام على مدينة السخنة مطلع
    الشهر الماضي", "بعد اعتقالهم مطلع شباط الماضي"; event_habitual.yaml anterior_*) that the rest of its clause dates
    to a month or a year counted back from the page's time: the earlier ground of the deed the sentence reports,
    recalled. Not a day or a week ("بعد أن سيطرت عليها أمس": the page's days), nor a span's start ("منذ")."""
    if c.modality != "actual" or c.date_start != UNKNOWN:
        return False
    connectives, complementizers = _anterior_lex()
    s, ti = c.sent, c.ti
    toks, cl = s.tokens, s.clause[ti]
    k = ti - 2 if ti >= 2 and toks[ti - 1].norm in complementizers else ti - 1
    if k < 0 or s.clause[k] != cl or toks[k].norm.removeprefix("و") not in connectives:
        return False
    for d in _probe_dates(text[s.span.start:s.span.end]):
        j = _tok_index(s.tokens, s.span.start + d.start)
        if j <= ti or s.clause[j] != cl or d.kind != "relative" or d.precision not in ("month", "year"):
            continue
        words = normalize(d.surface).split()
        if past_words().intersection(words) and not _since_span((s.span.start + d.start, s.span.start + d.end), text):
            return True
    return False


@lru_cache(maxsize=1)
def _posterior_lex() -> tuple[frozenset[str], frozenset[str]]:
    return _habitual_words("posterior_connectives"), _habitual_words("posterior_onsets")


def _posterior_told(p: _Cand, lex: _ELex) -> bool:
    """p's trigger noun stands right after "قبل" / "قبيل" (or after its onset: "قبيل بدء معركة الرقة") in its
    clause, with no day of its own, and its sentence tells no toll and no happening before the connective."""
    connectives, onsets = _posterior_lex()
    s, ti = p.sent, p.ti
    toks = s.tokens
    if p.date_own or p.inherits_date or ti < 1 or is_verb(toks[ti].norm):
        return False
    k = ti - 1
    if k >= 1 and drop_conjunction(toks[k].norm, 2) in onsets:
        k -= 1
    if s.clause[k] != s.clause[ti] or drop_conjunction(toks[k].norm, 2) not in connectives:
        return False
    if any(drop_conjunction(t.norm, 2).startswith(_toll_stems()) for t in toks):
        return False
    return not any(j < k for _t, _form, j, _jj in _match_triggers(s, lex))


def _posterior_landmark(c: _Cand) -> bool:
    """Every telling names the happening a statement is timed by, "before" it (_posterior_told; event_habitual.yaml
    posterior_*): "قدم استقالته قبيل الاشتباكات الأخيرة" tells a resignation, the clashes its landmark."""
    if c.modality != "actual":
        return False
    lex = lexicon()
    return all(_posterior_told(p, lex) for p in [c, *c.merged])


COMPLETION_SUFFIXES = ("", "ه", "ها", "هم", "هما")   # "تحرير", "تحريرها": the noun with an object pronoun


@lru_cache(maxsize=1)
def _liberation_lex() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str], int]:
    data = _habitual_data()
    words = _habitual_words
    return (words("completion_nouns"), words("completion_connectives"), words("helped_nouns"), words("helped_links"),
            words("help_words"), int(data.get("help_reach") or 0))


def _completion_noun(w: str, nouns: frozenset[str]) -> bool:
    """The word is one of the nouns, with its article or an object pronoun ("الطرد", "تحريرها")."""
    w = drop_conjunction(w, 2).removeprefix("ال")
    return any(w == n + suf for n in nouns for suf in COMPLETION_SUFFIXES)


def _helped(s: _Sent, ti: int, links: frozenset[str], helps: frozenset[str], reach: int) -> bool:
    """The noun at ti is the complement of a word of helping or taking part: "دعمهم قسد في طرد", "مساعدة الحكومة
    ... على استعادة" (the link right before the noun, the help word within ``reach`` tokens before it, one clause)."""
    toks = s.tokens
    link = ti - 1
    if link < 1 or drop_conjunction(toks[link].norm, 2) not in links:
        return False
    return any(drop_conjunction(toks[k].norm, 2) in helps and s.clause[k] == s.clause[ti]
               for k in range(max(0, link - reach), link))


def _liberation_told(p: _Cand) -> bool:
    """The telling is a takeover told as a liberation or expulsion noun right after an anterior connective ("إثر
    طرد التنظيم من المدينة", "بعد تحرير مدينة الباب باتجاه البوابة الشمالية"), or as a liberation, expulsion or
    retaking someone helped or took part in ("بعد دعمهم قسد في طرد تنظيم داعش من مدينة الرقة"; event_habitual.yaml
    completion_*, help*). A day in its clause makes it the day's taking ("بعد تحرير القرية اليوم"); one told in
    another clause of the sentence ("الاشتباك الذي حصل بالأمس ..., حيث تقدمت ... بعد تحرير مدينة الباب") dates
    the news, not the landmark."""
    if p.trig.kind != TAKEOVER_KIND or p.inherits_date:
        return False
    nouns, connectives, helped, links, helps, reach = _liberation_lex()
    s, ti = p.sent, p.ti
    toks = s.tokens
    if ti < 1:
        return False
    w = toks[ti].norm
    anterior = _completion_noun(w, nouns) and drop_conjunction(toks[ti - 1].norm, 2) in connectives \
        and s.clause[ti - 1] == s.clause[ti]
    if not anterior and not (_completion_noun(w, helped) and _helped(s, ti, links, helps, reach)):
        return False
    if p.date_own and p.date_ev is not None:
        k = _tok_index(toks, p.date_ev[0])
        if k < 0 or s.clause[k] == s.clause[ti]:
            return False
    days = _dayless_lex()[0]
    return not any(s.clause[k] == s.clause[ti] and drop_conjunction(t.norm, 2) in days for k, t in enumerate(toks))


def _liberation_recalled(c: _Cand) -> bool:
    """Every telling of the takeover is a city's liberation named as the landmark the sentence's news is timed by,
    or as a campaign someone helped (_liberation_told): the end of a campaign the reader knows, weeks or months
    before the page's news as a rule, which the text does not date; the row would be that campaign's end dated to
    the page."""
    return c.modality == "actual" and all(_liberation_told(p) for p in [c, *c.merged])


@lru_cache(maxsize=1)
def _revenge_lex() -> tuple[frozenset[str], frozenset[str], tuple[str, ...], int]:
    data = read_shared(BACKGROUND_MARKS)
    return (frozenset(normalize(str(w)) for w in data.get("revenge_cues") or ()),
            frozenset(normalize(str(w)) for w in data.get("revenge_split_nouns") or ()),
            tuple(sorted((normalize(str(w)) for w in data.get("revenge_links") or ()), key=len, reverse=True)),
            int(data.get("revenge_reach") or 0))


SPLIT_ALIF = normalize("ا")


def _avenged(p: _Cand) -> bool:
    """The telling's trigger is the deed a revenge avenges: a cue of revenge ("انتقاما", "ثأرا", or the noun with
    its tanween alif split off, "انتقام ا") within a few tokens before it in its clause, then the preposition of
    the avenged deed ("انتقاما للمجازر", "انتقام ا من مذبحة"; background_marks.yaml revenge_*), and no day of
    the telling's own after the cue."""
    cues, split, links, reach = _revenge_lex()
    if not cues:
        return False
    s, ti = p.sent, p.ti
    toks = s.tokens
    for k in range(max(0, ti - reach), ti):
        if s.clause[k] != s.clause[ti]:
            continue
        w = toks[k].norm
        nxt = k + 1
        if w in split and nxt < ti and toks[nxt].norm == SPLIT_ALIF:
            nxt += 1
        elif w not in cues:
            continue
        # (the avenged deed follows the cue's preposition, as a word of its own or joined to the trigger)
        link = toks[nxt].norm if nxt < len(toks) else ""
        if not (link in links and nxt < ti or nxt == ti and toks[ti].norm.startswith(links)):
            continue
        if any(is_verb(toks[j].norm) for j in range(nxt + 1, ti)):
            return False    # (a verb between: "انتقاما من المدينة التي ثارت عليه", the clause tells another deed)
        # (a day told after the cue is the avenged deed's own, "انتقاما لمقتل 12 مدنيا في غارة أمس": a dated happening;
        # the news clause's day before it, "يقصف ... الليلة انتقاما للمجازر", is the revenge's)
        return not (p.date_own and p.date_ev is not None and toks[k].start <= p.date_ev[0] < toks[-1].end)
    return False


def _revenge_motive(c: _Cand) -> bool:
    """Every telling of the happening names it as what a revenge avenges ("قاموا بقطع رؤوس معظمهم انتقام ا من مذبحة
    في سجن آخر", "يقصف ... الليلة انتقاما للمجازر التي ارتكبت في محافظة إدلب"): the motive of the sentence's news,
    an earlier deed recalled, with no day of its own. A deed the page also tells was merged with that telling
    (merge._merge_answered) and is kept with it."""
    return c.modality == "actual" and all(_avenged(p) for p in [c, *c.merged])


def _since_span(span: tuple[int, int], text: str) -> bool:
    words = normalize(text[max(0, span[0] - 8):span[1]]).split()
    head = normalize(text[span[0]:span[1]]).split()
    if " ".join(head) in moments_ago():
        return False        # "اشتباكات منذ قليل": a moment ago, no span going on
    return bool(head) and (head[0] == SINCE or (len(words) > len(head) and words[-len(head) - 1] == SINCE))


ANALYSIS_PAGES = LEXICON.parent / "analysis_pages.yaml"


@lru_cache(maxsize=1)
def _analysis_page_lex() -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    data = read_shared(ANALYSIS_PAGES)
    return (frozenset(normalize(w) for w in data["interrogatives"]),
            tuple(normalize(w) for w in data["chrome"]), tuple(data["separators"]))


@lru_cache(maxsize=1)
def _argument_lex() -> tuple[tuple[str, ...], tuple[str, ...], int, float]:
    data = read_shared(ANALYSIS_PAGES)
    return (tuple(normalize(w) for w in data.get("argument_markers") or ()),
            tuple(normalize(w) for w in data.get("report_markers") or ()), int(data.get("argument_min") or 0),
            float(data.get("argument_share") or 1.0))


def _argument_page(text: str) -> bool:
    """The page argues rather than reports (an op-ed, an analysis, a study): it uses at least
    ``argument_min`` connectives of an argument ("لعل", "ذلك أن", "يمكن القول", "وهذا ما") and about
    as many of them (``argument_share``) as cues of a report ("قال", "أفاد", "بحسب", "أمس";
    analysis_pages.yaml). Counted once per page, on whole words."""
    markers, _reports, least, share = _argument_lex()
    if not markers or not least:
        return False
    _words, _n, cues, found = _page_words(text)
    argued = sum(found.get(f" {m} ", 0) for m in markers)
    return argued >= least and argued >= share * cues


@lru_cache(maxsize=4)
def _page_words(text: str) -> tuple[str, int, int, dict[str, int]]:
    """The page's normalised words as one space-padded string, their number, how many of them are
    cues of a report (``report_markers``), and ``words.count(" m ")`` of every marker (argument and
    report) the page holds: read once for both page readings (_argument_page, _reports_nothing)."""
    ws = normalize(text).split()
    words = f" {' '.join(ws)} "
    found = padded_counts(words, _marker_automaton())
    return words, len(ws), sum(found.get(f" {r} ", 0) for r in _argument_lex()[1]), found


@lru_cache(maxsize=1)
def _marker_automaton() -> Any:
    """An Aho-Corasick automaton of the argument and report markers, each padded with a space on
    both sides (whole words of the padded page); None when there is none. Speed: one scan of the
    page finds them all (a ``str.count`` per marker scanned the page some 50 times)."""
    markers, reports, _least, _share = _argument_lex()
    keys = {f" {m} " for m in (*markers, *reports)}
    if not keys:
        return None
    import ahocorasick

    auto = ahocorasick.Automaton()
    for key in keys:
        auto.add_word(key, key)
    auto.make_automaton()
    return auto


def padded_counts(words: str, auto: Any) -> dict[str, int]:
    """``{key: words.count(key)}`` for the keys of ``auto`` (an Aho-Corasick automaton whose values are
    its keys) found in ``words``. ``str.count`` counts non-overlapping occurrences, leftmost first,
    while the automaton reports every one: an occurrence starting inside the key's last counted one
    is skipped ("قال قال" holds " قال " twice but counts once: the two share a space)."""
    if auto is None:
        return {}
    counts: dict[str, int] = {}
    ends: dict[str, int] = {}
    for last, key in auto.iter(words):
        if last + 1 - len(key) >= ends.get(key, 0):
            counts[key] = counts.get(key, 0) + 1
            ends[key] = last + 1
    return counts


@lru_cache(maxsize=1)
def _no_report_lex() -> tuple[int, float, float]:
    data = read_shared(ANALYSIS_PAGES)
    return (int(data.get("no_report_min_words") or 0), float(data.get("no_report_cues_max") or 0.0),
            float(data.get("no_report_deeds_max") or 0.0))


@lru_cache(maxsize=1)
def _quiet_page_lex() -> tuple[float, float, float]:
    data = read_shared(ANALYSIS_PAGES)
    return (float(data.get("quiet_cues_max") or 0.0), float(data.get("quiet_deeds_max") or 0.0),
            float(data.get("quiet_periods_min") or 0.0))


def _narrates_the_past(n: int, cues: int, deeds: int, dated_days: int, dated_periods: int) -> bool:
    """A page that almost never attributes what it tells (under ``quiet_cues_max`` report cues per thousand
    words) and tells its time in years and months (``dated_periods``, the date layer's expressions of a
    year or a month: ``quiet_periods_min`` per thousand words or more) narrates the past rather than
    reports, however many past deeds it narrates (up to ``quiet_deeds_max`` per thousand words): an analysis
    retelling the war's sieges since 2015, a profile of an operations room, a history, an explainer. A news
    report attributes its news and tells it by the day, not by the year; a digest that writes out its items'
    days (``dayless_dated_max``) dates them, and is not taken (analysis_pages.yaml)."""
    cues_max, deeds_max, periods_min = _quiet_page_lex()
    dated_max = _dayless_lex()[3]
    if not cues_max or not n:
        return False
    if dated_max and 1000 * dated_days / n >= dated_max:
        return False
    return (1000 * cues / n < cues_max and 1000 * deeds / n < deeds_max
            and 1000 * dated_periods / n >= periods_min)


@lru_cache(maxsize=1)
def _dayless_lex() -> tuple[frozenset[str], int, float, float, float]:
    data = read_shared(ANALYSIS_PAGES)
    return (frozenset(normalize(w) for w in data.get("day_markers") or ()),
            int(data.get("dayless_min_words") or 0), float(data.get("dayless_days_max") or 0.0),
            float(data.get("dayless_dated_max") or 0.0), float(data.get("interview_questions_min") or 0.0))


def _tells_no_day(words: str, n: int, dated_days: int = 0) -> bool:
    """A long page that almost never names the day of a happening against its own time ("أمس", "اليوم",
    "الليلة", a weekday: ``day_markers``, under ``dayless_days_max`` per thousand words across at least
    ``dayless_min_words`` words) is a study, an analysis or a profile, however densely it quotes its
    sources or narrates past deeds: a report of the day names the day of its news, a digest the day of
    each item (analysis_pages.yaml). Unless it writes out calendar days densely (``dated_days``, the
    page's date expressions of a day: ``dayless_dated_max`` per thousand words or more): a weekly digest
    dates its items and photos by day and month, a study dates by year and month. Nor an interview
    (``interview_questions_min`` question marks per thousand words or more): its guest tells his side's
    deeds as news, without naming their days."""
    days, least, days_max, dated_max, asked_min = _dayless_lex()
    if not days or not least or n < least:
        return False
    if dated_max and 1000 * dated_days / n >= dated_max:
        return False
    if asked_min and 1000 * words.count("?") / n >= asked_min:
        return False
    # every whole word that is a day marker, bare or after "و"/"ف" (one automaton hit per such word:
    # the keys are whole padded words, so hits may share their spaces)
    told = sum(1 for _hit in _day_marker_automaton().iter(words))
    return 1000 * told / n < days_max


@lru_cache(maxsize=1)
def _day_marker_automaton() -> Any:
    """An Aho-Corasick automaton of the day markers, bare and after "و"/"ف" (when the joined word is
    longer than three letters), each padded with a space on both sides. Speed: one scan of the page
    instead of a Python walk over its words."""
    import ahocorasick

    auto = ahocorasick.Automaton()
    for d in _dayless_lex()[0]:
        for w in (d, *(p + d for p in "وف" if len(p + d) > 3)):
            auto.add_word(f" {w} ", w)
    auto.make_automaton()
    return auto


def _reports_nothing(text: str, deeds: int, dated_days: int = 0, dated_periods: int = 0) -> bool:
    """The page reports no happening of its own (an op-ed, an analysis, a study, an explainer, a profile):
    across at least ``no_report_min_words`` words it uses few cues of a report ("قال", "أفاد", "بحسب",
    "مصدر", "أمس", "اليوم"; ``report_markers``: under ``no_report_cues_max`` per thousand words) and tells
    few deeds (``deeds``, the page's event candidates: under ``no_report_deeds_max`` per thousand words).
    A news report, however short, attributes its news and dates it; a digest of the day's shelling tells
    deeds densely even without attributing them (analysis_pages.yaml). A long page that names no day of
    its own time (_tells_no_day) reports nothing either, whatever its quotes and deeds, and so does one that
    almost never attributes what it tells and tells its time by years and months, however many past deeds it
    narrates (_narrates_the_past)."""
    least, cues_max, deeds_max = _no_report_lex()
    if not least or not deeds:
        return False        # (no deed told: nothing to drop)
    words, n, cues, _found = _page_words(text)
    if n < least:
        return False
    return (1000 * cues / n < cues_max and 1000 * deeds / n < deeds_max
            or _narrates_the_past(n, cues, deeds, dated_days, dated_periods) or _tells_no_day(words, n, dated_days))


@lru_cache(maxsize=1)
def _spread_lex() -> tuple[int, int, float, float]:
    data = read_shared(ANALYSIS_PAGES)
    return (int(data.get("spread_dates_min") or 0), int(data.get("spread_days_min") or 0),
            float(data.get("spread_cues_max") or 0.0), float(data.get("spread_day_markers_max") or 0.0))


def _history_spread(text: str, dates: list[Any]) -> bool:
    """An undated page (the caller asks) that writes out at least ``spread_dates_min`` days or months
    spread over ``spread_days_min`` days or more, while it rarely attributes (under ``spread_cues_max``
    report cues per thousand words) and rarely names a day against its own time (under
    ``spread_day_markers_max`` "أمس", "اليوم", weekdays per thousand words): a retrospective, a study, a
    profile walking through months or years of the war ("سيطرت قوات النظام على شمال حلب في السابع عشر
    من تموز 2016 ... استعاد في 13 تشرين الثاني"), not a report of its day (analysis_pages.yaml)."""
    least, span, cues_max, days_max = _spread_lex()
    if not least or not span:
        return False
    # (the days and months it writes out, with their year or in a run of dated entries: "timeline")
    ends = sorted(d.date_end[:10] for d in dates
                  if d.precision in ("day", "month") and d.kind in ("absolute", "timeline") and d.date_end)
    if len(ends) < least:
        return False
    if (dt.date.fromisoformat(ends[-1]) - dt.date.fromisoformat(ends[0])).days < span:
        return False
    words, n, cues, _found = _page_words(text)
    if not n or 1000 * cues / n >= cues_max:
        return False
    told = sum(1 for _hit in _day_marker_automaton().iter(words))
    return 1000 * told / n < days_max


def _unresolved_history(c: _Cand, text: str) -> bool:
    """On an undated page of history (a study, an analysis, a retrospective, a profile): an actual event
    left without a date although a telling names a time ("في شهر نوفمبر", "منذ 2011", "في 18 من شهر
    يونيو الماضي" that the page gives no year to resolve): what such a page tells is of the months and
    years it reviews, not a happening of its own. A telling whose sentence names a day against the page's
    own time ("أمس", "اليوم", a weekday: ``day_markers``) or a recent time counted back from it ("في
    الساعات الأخيرة", "قبل أيام": _recent_day_told) is the news the page brings and stays."""
    if c.modality != "actual" or c.date_start != UNKNOWN:
        return False
    markers = _dayless_lex()[0]
    for p in [c, *c.merged]:
        for d in p.sent.dates:
            if any(drop_conjunction(w, 2) in markers or w in markers for w in normalize(d.surface).split()):
                return False
        if p.sent.dates and _recent_day_told(p, text, lately=True):
            return False
    return True


def _question_headline(title: str | None) -> bool:
    """The page's headline asks a question ("ماذا بعد حلب ?"): an analysis or opinion page. The
    title part holding the question mark must hold an interrogative ("غارات عمياء | منظمة ... ?" does
    not), and not only the site's chrome ("المعرفة تصفح بحث هل تعلم ?"). A title without the mark does
    not count, even one opening with "هل" (cut off with "…"): such pages narrate the day's fighting too."""
    if not title or not re.search(r"[?؟]", title):
        return False
    words, chrome, seps = _analysis_page_lex()
    parts = [title]
    for sep in seps:
        parts = [q for p in parts for q in p.split(sep)]
    for part in parts:
        if not re.search(r"[?؟]", part):
            continue
        norm = normalize(part)
        for phrase in chrome:
            norm = norm.replace(phrase, " ")
        for w in re.findall(r"\w+", norm):
            bare = drop_conjunction(w, 2)
            if w in words or bare in words or (bare[:1] == "ل" and bare[1:] in words and len(bare) > 2):
                return True
    return False


def _analysis_generality(c: _Cand) -> bool:
    """On a question-headline or arguing page (``_question_headline``, ``_argument_page``): an event with
    no date of any kind (none in its sentences, none borrowed or inherited) and no count in any telling
    is a generality of the page's argument ("استهدفت هذه الترسانة مواقع عسكرية للمعارضة بدرجة رئيسة"), not
    a reported happening. Told with its dead ("هجمات مدينة حمص التي أودت بمقتل مجموعة من الضباط"), it is one the page reports."""
    if c.date_start != UNKNOWN or c.modality != "actual":
        return False
    return not any(p.has_date_expr or p.date_own or p.quantities or p.trig.kind == "casualty" for p in [c, *c.merged])


def _in_scope(c: _Cand, lex: _ELex, ctx: _DocContext) -> bool:
    """An event of the theatre and its period, with a place: ACLED codes no event without a
    location, and a page's historical background (dated before the war) is not coded."""
    if c.date_start != UNKNOWN and (c.date_end or c.date_start) < lex.scope_start:
        return False
    post = post_day(ctx.posts, c.start) if ctx.posts else None
    if post is not None:
        # a post of a listing: its own stamp is its publication date
        if _long_before_day(c, post, lex):
            return False
    elif _long_before(c, ctx.analysis.doc.published, lex) or _long_before_day(c, ctx.page_day, lex):
        return False
    if not c.location:
        return False
    if ctx.unitless_region(c.location) and (c.geo_precision or 0) >= 3:
        return False    # "في الشمال السوري": a wide region that is no unit is no location (ACLED codes none)
    country = ctx.place_country(c.location)
    if lex.theatre and country and country not in lex.fallback and not c.loc_own:
        return False
    if c.trig.kind in lex.needs_theatre:
        # an agreement of the war names where it applies (a town's evacuation, a truce in a
        # region); talks abroad (Astana, Sochi) and deals between governments are not coded
        parties = [a for a in c.actor1 + c.actor2 if ctx.actor_type(a) in ("ARMED_GROUP", "STATE_FORCES")]
        if not c.loc_own or (lex.theatre and country not in lex.theatre):
            return False
        if not parties and country != "SY":
            return False
    return True


def _long_before(c: _Cand, published: Any, lex: _ELex) -> bool:
    """A happening that ended months before the page was published is the page's background
    ("استولى التنظيم على الحويجة في حزيران 2014" in a 2017 report), not an event it reports: a
    news report's events are recent (ACLED codes them from reports of the days before). A toll
    over a range ending near publication ("منذ آذار 2011") ends recently and is kept. Undated
    pages are not judged: an analysis or a timeline page tells its dated past happenings."""
    ref = ref_date(published.date, published.precision)
    if ref is None or not lex.background_days or c.date_start == UNKNOWN:
        return False
    end = c.date_last
    try:
        last = dt.date.fromisoformat(end[:10]) if len(end) >= 10 else dt.date(int(end[:4]), 12, 31)
    except ValueError:
        return False
    return (ref - last).days > lex.background_days


def _long_before_day(c: _Cand, day: dt.date | None, lex: _ELex) -> bool:
    """_long_before for a page dated by its URL (``day``), which has no publication date."""
    if day is None:
        return False
    end = _end_day(c)
    return bool(lex.background_days) and end is not None and (day - end).days > lex.background_days


def _end_day(c: _Cand) -> dt.date | None:
    """The last day an event's date range allows (a year or month: its last day), or None."""
    end = c.date_last
    if not end or end == UNKNOWN:
        return None
    try:
        if len(end) >= 10:
            return dt.date.fromisoformat(end[:10])
        if len(end) == 7:
            y, m = int(end[:4]), int(end[5:7])
            return dt.date(y + m // 12, m % 12 + 1, 1) - dt.timedelta(days=1)
        return dt.date(int(end[:4]), 12, 31)
    except ValueError:
        return None


def _drop_older_than_page(events: list[_Cand], lex: _ELex, text: str,
                          entries: frozenset[int] = frozenset()) -> list[_Cand]:
    """On a page without a publication date, its newest dated happening stands in for it: a
    happening the page dates months before that ("في أغسطس 2012 تعرضت القلعة لأضرار" on a page
    about a 2017 bombing, the 2015 battles an analysis recalls) is background, as _long_before
    judges it on a dated page. A page whose events are all of a few weeks (a month's timeline)
    keeps them all; a single dated happening is kept, and so is one dated by an entry of a chronology
    (``entries``: the starts of its dates), or counted from one ("وبعد يومين" after an entry's day)."""
    if not lex.undated_background_days:
        return events
    ends = [(c, _end_day(c)) for c in events]
    told = [d for c, d in ends if d is not None and c.date_own and c.modality == "actual"]
    if len(told) < 2:
        return events
    newest = max(told)
    return [c for c, d in ends if d is None or (newest - d).days <= lex.undated_background_days
            or any(_entry_dated(p, text) or p.date_ev is not None and p.date_ev[0] in entries
                   or p.date_from is not None and p.date_from[0] in entries for p in [c] + c.merged)]


PROSE_CHRONICLE_MIN = 3         # timeline days a page must hold to be read as a chronicle at all
PROSE_CHRONICLE_SHARE = 0.5     # at most this share of them head their sentence: the chronicle is prose
ENTRY_HEAD_WORDS = 3            # words a chronology entry's head may put before its day ("وفي صباح يوم")


def _heads_sentence(d: Any, sents: list[_Sent], text: str, cues: frozenset[str]) -> bool:
    """The date opens its sentence, with at most ``ENTRY_HEAD_WORDS`` date words before it ("وفي", "يوم",
    "صباح": the event_triggers.yaml date_cues): a chronology entry's heading ("وفي الثاني من تشرين الثاني ,
    ..."), not a day told inside a sentence ("وتمكنت من استعادة مجمع الكاستيلو لبضع ساعات في التاسع عشر من تموز")."""
    s = next((s for s in sents if s.span.start <= d.start < s.span.end), None)
    lo = s.span.start if s is not None else text.rfind("\n", 0, d.start) + 1
    head = re.findall(r"\w+", normalize(text[lo:d.start]))
    return len(head) <= ENTRY_HEAD_WORDS and all(w in cues or drop_conjunction(w, 2) in cues for w in head)


def _chronicle_entries(dates: list[Any], sents: list[_Sent], text: str, lex: _ELex) -> frozenset[int]:
    """The starts of the page's timeline days that date a chronology's entries, kept whatever their age
    (_drop_older_than_page). A page whose timeline days mostly stand inside its sentences (more than
    ``PROSE_CHRONICLE_SHARE`` of at least ``PROSE_CHRONICLE_MIN``) tells its months in running prose: a
    retrospective or an analysis walking through a siege ("سيطرت قوات النظام ... في السابع عشر من تموز ...
    وتمكنت من استعادة مجمع الكاستيلو لبضع ساعات في التاسع عشر من تموز"), whose past is background (rules.md:
    history in an analysis; only a chronology list's dated items are events). There only the days that head
    their sentence count as entries; a list's every day does."""
    timeline = [d for d in dates if d.kind == "timeline"]
    heads = [d for d in timeline if _heads_sentence(d, sents, text, lex.date_cues)]
    if len(timeline) >= PROSE_CHRONICLE_MIN and len(heads) <= PROSE_CHRONICLE_SHARE * len(timeline):
        return frozenset(d.start for d in heads)
    return frozenset(d.start for d in timeline)


def _year_only(c: _Cand, text: str) -> bool:
    """On a page without a date, a happening dated by a bare year told in another clause of its
    sentence ("من أوائل المحافظات التي انتفضت ... عام 2011 , وعرفت التهجير والنزوح والقصف") is the
    place's history, not the page's news; a timeline entry headed by its year is kept."""
    if not c.date_own or c.modality != "actual" or not c.date_start or not c.date_end:
        return False
    a, b = c.date_start[:10], c.date_end[:10]
    if not (a[:4] == b[:4] and a[5:] == "01-01" and b[5:] == "12-31") or c.date_ev is None or _entry_dated(c, text):
        return False
    # the year of another clause ("انتفضت ... عام 2011 , وعرفت ... القصف"); "وفي عام 2013 ارتكبت
    # قوات النظام مجزرة" dates its own clause and is kept
    k = _tok_index(c.sent.tokens, c.date_ev[0])
    return k >= 0 and c.sent.clause[k] != c.sent.clause[c.ti]


def _country_row_doubtful(c: _Cand, dates: list[Any], lex: _ELex, ctx: _DocContext) -> bool:
    """A happening placed at the country that holds a place the gazetteer lacks (places._country_container)
    is coded only when the text itself dates it: a country row has no finer place to keep a generality, a
    summary or a retold happening apart from the page's news. So not when its date is the page's alone (no
    date evidence: "في عشرات المدن الايرانية وسط اشتباكات" on an undated page), not when its own sentence
    writes a day far from the one it was given (a listing's teaser stamped "12 - 11 - 2014" read with the
    page's "اليوم" of 2018), and not a strategic development (a train "خروج" from its rails, a deployment)."""
    if not c.loc_country_told or ctx.place_level(c.location) != "country":
        return False
    if c.event_type == "Strategic developments" or c.date_ev is None:
        return True
    given = _end_day(c)
    if given is None:
        return True
    span = c.sent.span
    for d in dates:
        if not (span.start <= d.start < span.end) or d.precision != "day" or not d.date_start:
            continue
        try:
            day = dt.date.fromisoformat(d.date_start[:10])
        except ValueError:
            continue
        if abs((given - day).days) > lex.background_days:
            return True
    return False


@lru_cache(maxsize=1)
def _sparse_lex() -> tuple[float, float]:
    data = read_shared(ANALYSIS_PAGES)
    return float(data.get("sparse_events_max") or 0.0), float(data.get("sparse_cues_max") or 0.0)


def _sparse_page(text: str, kept: int) -> bool:
    """The page keeps few events for its length (``kept``, the events the stage emits: at most
    ``sparse_events_max`` per thousand words, across at least ``no_report_min_words`` words) and attributes
    little (under ``sparse_cues_max`` report cues per thousand words): a feature, an analysis, an op-ed, a
    profile or a review that names its happenings as the background of what it argues or narrates, not a
    report of them (analysis_pages.yaml). Counted after the event stage's other readings, so that recalls they
    have already turned away do not make a page look dense."""
    events_max, cues_max = _sparse_lex()
    least = _no_report_lex()[0]
    if not events_max or not cues_max:
        return False
    _words, n, cues, _found = _page_words(text)
    if not n or n < least:
        return False
    return 1000 * kept / n <= events_max and 1000 * cues / n < cues_max


def _told_bare(c: _Cand, published_ev: tuple[int, int] | None) -> bool:
    """No telling of the happening dates it (no date of its own, none from the sentence before, no heading's or
    post's day) or counts it: named, not reported. A page's stamp does not date it."""
    if c.modality != "actual":
        return False
    tellings = [c, *c.merged]
    if any(p.date_own or p.inherits_date or any(not q.vague for q in p.quantities) for p in tellings):
        return False        # (a date expression in a telling's sentence that does not date it does not count:
        #                     an analysis names its years around what it recalls)
    return c.date_start == UNKNOWN or c.date_ev is None or c.date_ev == published_ev


BACKGROUND_MARKS = LEXICON.parent / "background_marks.yaml"


@lru_cache(maxsize=1)
def _marks_lex() -> tuple[tuple[str, ...], int, tuple[tuple[str, ...], ...], frozenset[str], frozenset[str]]:
    data = read_shared(BACKGROUND_MARKS)
    return (tuple(normalize(str(w)) for w in data.get("archive_credits") or ()), int(data.get("caption_reach") or 0),
            tuple(tuple(normalize(w) for w in str(a).split()) for a in data.get("so_far_phrases") or ()),
            frozenset(normalize(str(w)) for w in data.get("earlier_words") or ()),
            frozenset(normalize(str(w)) for w in data.get("same_day_words") or ()))


# where a caption cannot open before its credit: a line or sentence end, or a stamp's year or clock that
# closes the page's header ("26 / 2 / 2016 حجم الخط غارة سابقة ...", "04 : 55 م عاد تنظيم الدولة ...")
CAPTION_STOPS = re.compile(r"\n|[.?!؟](?=\s)|\d{4}(?!\d)|\d\d? : \d\d")


def _archive_caption_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the page's archive-photo captions: the words before a credit that marks the picture
    as an archive one, set off by a dash or inside the credit's brackets ("غارة سابقة للطيران الروسي على
    مدينة عندان ( رويترز - أرشيف )", "أطراف حي الشيخ مقصود في حلب - أرشيف"; background_marks.yaml
    archive_credits), back to the line's or sentence's start, a header stamp, or ``caption_reach``
    characters, when the caption says its happening is an earlier one (``earlier_words``: an archive
    picture's caption may restate the page's news). Not a site's archive link ("أرشيف الوسم :", "الأحداث الجارية / أرشيف /")."""
    credits, reach, _so_far, earlier, _same_day = _marks_lex()
    # (most pages hold no credit at all: one test on the page's normalised text, remembered from the cleaner,
    # spares normalising each of its words)
    if not credits or not reach or not earlier or not any(c in normalize(text) for c in credits):
        return []
    spans: list[tuple[int, int]] = []
    for m in re.finditer(r"[\w\u0621-\u064a]+", text):
        # (speed: the word's form from the cached normalisation, the credits tested in one call)
        if not _norm_word(m.group()).startswith(credits):
            continue
        before = text[max(0, m.start() - 40):m.start()]
        opened = before.rfind("(")
        if opened >= 0 and ")" not in before[opened:] and ")" in text[m.end():m.end() + 4]:
            cut = m.start() - len(before) + opened        # "( رويترز - أرشيف )": the credit's bracket
        elif before.rstrip().endswith(("-", "–")) and not text[m.end():m.end() + 3].strip().startswith((":", "/")):
            cut = m.start() - len(before) + len(before.rstrip()) - 1     # "... في حلب - أرشيف"
        else:
            continue
        lo = max(0, cut - reach)
        stops = [s.end() for s in CAPTION_STOPS.finditer(text, lo, cut)]
        start = max([lo, *stops])
        if earlier & {drop_conjunction(w, 2) for w in normalize(text[start:cut]).split()}:
            spans.append((start, cut))      # ("غارة سابقة للطيران الروسي": the caption says it is an earlier one)
    return spans


# a wire caption's dateline: "سوريا , العجمي :" opening a line or a sentence, or after the page's clock stamp
CAPTION_DATELINE = re.compile(r"(?:^|\n|[.!?؟]\s+|\d\d? : \d\d : \d\d\s+)"
                              r"([\u0621-\u064a]+ , [\u0621-\u064a]+(?: [\u0621-\u064a]+){0,3} : )")
CAPTION_END = re.compile(r"\n|[.!?؟](?=\s)")


def _old_caption_spans(text: str, dates: list[Any], ref: dt.date | None) -> list[tuple[int, int]]:
    """The spans of the page's wire-photo captions ("سوريا , العجمي : تجهيزات ... يوم 25 تشرين الثاني 2016 , حيث
    سيطرت ...") whose picture's day, "يوم" and a date with its year written, lies more than ``caption_old_days``
    before the page's day (background_marks.yaml): the picture of an earlier happening, not the page's news."""
    data = read_shared(BACKGROUND_MARKS)
    old = int(data.get("caption_old_days") or 0)
    if ref is None or not old or " : " not in text:
        return []
    day_words = tuple(data["caption_day_words"])
    spans: list[tuple[int, int]] = []
    for m in CAPTION_DATELINE.finditer(text):
        a = m.start(1)
        stop = CAPTION_END.search(text, m.end(1))
        b = stop.start() if stop else len(text)
        for d in dates:
            if not a <= d.start < b or d.precision != "day" or not _written_year(d) \
                    or not text[max(0, d.start - 6):d.start].strip().endswith(day_words):
                continue
            try:
                day = dt.date.fromisoformat(d.date_start[:10])
            except (TypeError, ValueError):
                break
            if (ref - day).days > old:
                spans.append((a, b))
            break
    return spans


def _archive_caption(c: _Cand, spans: list[tuple[int, int]]) -> bool:
    """Every telling's trigger stands in an archive photo's caption (_archive_caption_spans): the picture
    of an earlier happening ("غارة سابقة ... ( رويترز - أرشيف )"), not one the page reports."""
    return bool(spans) and all(any(a <= p.start < b for a, b in spans) for p in [c, *c.merged])


@lru_cache(maxsize=1)
def _stage_lex() -> tuple[frozenset[str], frozenset[str], int]:
    data = read_shared(BACKGROUND_MARKS)
    stems = [normalize(str(w)) for w in data.get("stage_stems") or ()]
    suffixes = [normalize(str(w)) for w in data.get("stage_suffixes") or ()]
    return (frozenset(normalize(str(w)) for w in data.get("enter_words") or ()),
            frozenset(st + sf for st in stems for sf in suffixes), int(data.get("stage_reach") or 0))


def _stage_entered(c: _Cand) -> bool:
    """Every telling is a campaign told by the stage it has entered: its happening noun right after a verb or masdar
    of entering, or that verb within a few words after it, and a week, month, year or stage with a possessive suffix
    later in its clause ("وقد دخل هجوم القوات العراقية ... أسبوعه الثاني", "مع دخول معركة الرقة مراحلها الحاسمة";
    background_marks.yaml enter_words, stage_*): the campaign's course, a status line, not a happening of a day."""
    if c.modality != "actual":
        return False
    enter, stages, reach = _stage_lex()
    if not enter or not stages:
        return False
    for p in [c, *c.merged]:
        s, ti = p.sent, p.ti
        toks, cl = s.tokens, s.clause[ti]
        if ti and toks[ti - 1].norm in enter:
            at = ti
        else:
            at = next((k for k in range(ti + 1, min(len(toks), ti + 4)) if s.clause[k] == cl and toks[k].norm in enter),
                      -1)
            if at < 0:
                return False
        if not any(s.clause[k] == cl and toks[k].norm in stages for k in range(at + 1, min(len(toks), at + 1 + reach))):
            return False
    return True


@lru_cache(maxsize=1)
def _breakdown_heads() -> frozenset[str]:
    return frozenset(normalize(str(w)) for w in read_shared(BACKGROUND_MARKS).get("breakdown_heads") or ())


def _breakdown_told(c: _Cand) -> bool:
    """Every telling's happening noun is the second term of a noun of distribution ("وجاء توزيع المجازر جغرافيا
    بواقع ( 7 ) مجازر في كل من إدلب ودير الزور"; background_marks.yaml breakdown_heads): a tally's breakdown by
    place or kind, the sum of many happenings, not one happening of a day; its items told after it in its sentence
    go with it."""
    if c.modality != "actual":
        return False
    heads = _breakdown_heads()
    if not heads:
        return False
    tellings = [c, *c.merged]
    named = [p for p in tellings if p.ti > 0 and p.sent.clause[p.ti - 1] == p.sent.clause[p.ti]
             and drop_conjunction(p.sent.tokens[p.ti - 1].norm, 2) in heads]
    # (the breakdown's items later in its sentence, with no time in their clause, are its parts: "بواقع ( 7 ) مجازر
    # في كل من إدلب ودير الزور , إضافة إلى ( 4 ) مجازر في ريف دمشق")
    return bool(named) and all(p in named or any(g.sent is p.sent and g.ti < p.ti for g in named)
                               and not any((k := _tok_index(p.sent.tokens, d.start)) >= 0
                                           and p.sent.clause[k] == p.sent.clause[p.ti] for d in p.sent.dates)
                               for p in tellings)


SINCE_REACH = 6     # words before a date that may hold the "منذ" it counts from ("منذ بدء الحملة العسكرية بتاريخ 22")


def _counted(p: _Cand) -> bool:
    """The telling's clause holds a count: one of its quantities, or a number in the trigger's clause."""
    if any(not q.vague for q in p.quantities):
        return True
    s = p.sent
    return any(s.clause[k] == s.clause[p.ti] and any(ch.isdigit() for ch in t.norm) for k, t in enumerate(s.tokens))


def _so_far_tally(c: _Cand, text: str) -> bool:
    """A running tally, not a happening of a day: a telling with a count whose clause counts up to now or
    from a campaign's start ("حيث قتل طيران التحالف أكثر من 1200 مدني حتى الآن", "اعتقال نحو ألف عنصر منذ
    انطلاق عملية تحرير الحويجة"; background_marks.yaml so_far_phrases), when every telling is one, or an
    event with a count dated to the day its count starts from ("قضوا في قصف ... منذ بدء الحملة العسكرية
    بتاريخ 22 كانون الأول": the tally's first day, not its day). A telling dated by its own other day
    ("42 قتيلا في غارات الجمعة وسقوط 1408 منذ بدء غارات التحالف") keeps it, and so does an aggregate whose
    range the text gives. Fighting or bombardment with no count whose clause counts from a campaign's start ("وشنت
    الطائرات غارات مكثفة على البلدة منذ بدء الهجوم") is the campaign's course told as a status, a tally's telling too."""
    if c.modality != "actual":
        return False
    _credits, _reach, so_far, _earlier, same_day = _marks_lex()
    tellings = [c, *c.merged]
    # (counted from a campaign's start, "منذ بدء الحملة العسكرية بتاريخ 22": not "منذ صباح الاثنين", a clash's own days)
    starts = tuple(a for a in so_far if a[0] == SINCE)
    if c.date_ev is not None and c.date_start != UNKNOWN and c.date_start[:10] == c.date_last[:10]:
        # (the words right before the date, within its phrase: no stop or comma between)
        lead = normalize(re.split(r"[.,،:;؛|\n()\-]", text[max(0, c.date_ev[0] - 80):c.date_ev[0]])[-1]).split()
        if any(lead[k:k + len(a)] == list(a) for a in starts for k in range(max(0, len(lead) - SINCE_REACH), len(lead))) \
                and any(_counted(p) for p in tellings):
            return True
    if not so_far:
        return False
    day_words = same_day | _dayless_lex()[0]

    def tally(p: _Cand) -> bool:
        if p.date_own and p.date_ev is not None and not p.date_cited and not _since_span(p.date_ev, text):
            return False        # (its own day: "الجمعة"; not a source's report day, "( السومرية , 9 حزيران / يونيو
            #                     2017 )": the day the tally was told, which "حتى الآن" counts up to)
        s = p.sent
        # (speed: the forms, then their bare forms, tested in C: no Python step per token)
        norms = list(map(token_norm, s.tokens))
        if not day_words.isdisjoint(norms) or not day_words.isdisjoint(map(drop_conjunction, norms, repeat(2))):
            return False        # (the day's own count: "شن الطيران اليوم أكثر من 35 غارة ... حتى اللحظة")
        # (not the trigger the phrase counts from: "منذ بدء الاحتجاجات")
        if not _in_clause(s, p.ti, so_far) or any(
                p.ti - len(a) >= 0 and all(s.tokens[p.ti - len(a) + j].norm == w for j, w in enumerate(a))
                for a in so_far):
            return False
        # (or no count: fighting or bombardment told as going on since a campaign's start, "بدعم من غارات جوية مكثفة
        # ... منذ بدء هجوم رئيسي قبل أكثر من شهرين", is the campaign's course, not a happening of a day; not a
        # transfer's, "عدد الخارجين من الغوطة منذ بدء عمل الممر الإنساني": the leaving is told)
        return _counted(p) or p.event_type in CONCURRENT_TYPES and _in_clause(s, p.ti, starts)

    counted = [p for p in tellings if tally(p)]
    # (a telling that names the tally's cause as known, in the tally's sentence: "حيث قتل طيران التحالف ما يزيد عن
    # 1200 مدني حتى اللحظة , بسبب القصف العشوائي" is the same count, not a strike of its own; one told over a span of
    # months, "بعد قصف عنيف استمر شهورا", is the same campaign's course: _told_over_span)
    # (nor one that names a campaign in the tally's sentence, "قتلت حتى الآن حوالي 2000 مقاتل ... للشروع بحملة لتحرير
    # قضاء تلعفر": the campaign is the frame or the next step, no happening of a day: _campaign_told)
    return bool(counted) and all(p in counted or any(q.sent is p.sent for q in counted)
                                 and (_cause_named(p) or _campaign_in_tally(p))
                                 or p.modality == "actual" and _telling_over_span(p) for p in tellings)


def _campaign_in_tally(p: _Cand) -> bool:
    """The telling names a campaign (_campaign_told), also behind a joined preposition ("للشروع بحملة لتحرير قضاء
    تلعفر", "ضمن حملة"): in a tally's sentence, the frame the tally counts in or the next step, not a happening."""
    if _campaign_told(p):
        return True
    w = p.sent.tokens[p.ti].norm
    return w[:1] in "بل" and len(w) > 4 and _bare_noun(w[1:]) in _campaign_lex()[0]


@lru_cache(maxsize=1)
def _cause_links() -> frozenset[str]:
    return _habitual_words("cause_links")


def _cause_named(p: _Cand) -> bool:
    """The telling's trigger is a definite noun right behind a cause phrase ("بسبب القصف العشوائي", "جراء
    الغارات"; event_habitual.yaml cause_links): it names what a count or a state is due to."""
    toks = p.sent.tokens
    w, attached = _trigger_word(toks[p.ti].norm)
    return (not attached and p.ti > 0 and w.startswith("ال")
            and toks[p.ti - 1].norm.removeprefix("و") in _cause_links())


@lru_cache(maxsize=1)
def _wounds_lex() -> tuple[frozenset[str], tuple[str, ...], int]:
    data = read_shared(BACKGROUND_MARKS)
    return (frozenset(normalize(str(w)) for w in data.get("wounds_participles") or ()),
            tuple(normalize(str(w)) for w in data.get("wound_stems") or ()), int(data.get("wounds_reach") or 0))


def _wounds_form(toks: list[Any], k: int, participles: frozenset[str], stems: tuple[str, ...]) -> bool:
    """Tokens ``k``, ``k + 1`` say "died of his wounds": "متأثرا بجراحه", "متأثرة بإصابتها" (background_marks.yaml)."""
    if k + 1 >= len(toks) or drop_conjunction(toks[k].norm) not in participles:
        return False
    nxt = toks[k + 1].norm
    return nxt.startswith("ب") and nxt[1:].startswith(stems)


ITEM_MARKS = frozenset("*•")     # a bulleted item's mark ("... و استشهد هناك * الرستن : قام الطيران بعدة غارات")


def _wounded_before(p: _Cand) -> bool:
    """The telling's trigger stands in the clause that tells what wounded someone who has now died of it ("7 - زوجة
    فلان / ريف حلب / متأثرة بإصابتها نتيجة قصف من طيران التحالف على قرية تل أسود"), and that clause gives the deed
    no day of its own ("قبل أيام", "الأسبوع الماضي", "بتاريخ 20 / 11" keep it: its own time). A number between the
    two words and the trigger is another list item's, a count or a date: not told so."""
    participles, stems, reach = _wounds_lex()
    if not participles or not stems:
        return False
    s, ti = p.sent, p.ti
    toks = s.tokens
    for k in range(ti - 1, max(-1, ti - 1 - reach), -1):
        w = toks[k].norm
        if any(ch.isdigit() for ch in w) or s.clause[k] != s.clause[ti] or w in ITEM_MARKS \
                or drop_conjunction(w, 2) in CLAUSE_JOINERS:
            return False    # (another clause, list item or heading: "متأثرا بجراحه , فيما قصفت الطائرات بلدة ...")
        if not _wounds_form(toks, k, participles, stems):
            continue
        # (the clause runs on to the next list item's number, or the sentence's end; a date's digits are no item's)
        end = next((t.start for t in toks[ti + 1:ti + 1 + reach] if any(ch.isdigit() for ch in t.norm)
                    and not any(d.start <= t.start < d.end for d in s.dates)), s.span.end)
        return not any(toks[k].start <= d.start < end for d in s.dates)
    return False


def _died_of_wounds(c: _Cand) -> bool:
    """Every telling of the event is the deed that wounded someone told dying of it now (_wounded_before): in a
    daily list of victims the day is his death's, and the strike was days or weeks before on a day the text does
    not give. ACLED codes no new strike for the death; the row would be that deed dated to the death's day. A
    range (a digest's period, a report's window) is kept: it may hold the deed, and it is what the judged
    convention accepts for an undated item of a digest."""
    if c.modality != "actual" or c.date_start != UNKNOWN and c.date_start[:10] != c.date_last[:10]:
        return False
    return all(_wounded_before(p) for p in [c, *c.merged])


@lru_cache(maxsize=1)
def _share_lex() -> tuple[tuple[tuple[str, ...], ...], int, frozenset[str], frozenset[str]]:
    data = read_shared(BACKGROUND_MARKS)
    return (tuple(tuple(normalize(w) for w in str(a).split()) for a in data.get("share_phrases") or ()),
            int(data.get("share_reach") or 0),
            frozenset(normalize(str(w)) for w in data.get("recent_window_words") or ()),
            frozenset(normalize(str(w)) for w in data.get("share_fight_words") or ()))


TAKEOVER_KIND = "territory"
FIGHT_TYPES = frozenset({"Battles", "Explosions/Remote violence"})


def _share_after(p: _Cand, phrases: tuple[tuple[str, ...], ...], reach: int) -> bool:
    """One of the share phrases within ``reach`` words after the trigger, in its clause."""
    s = p.sent
    toks = s.tokens
    for k in range(p.tj, min(len(toks), p.tj + reach)):
        if s.clause[k] != s.clause[p.ti]:
            break
        for a in phrases:
            words = [drop_conjunction(toks[k].norm, 2), *(toks[k + j].norm for j in range(1, len(a)) if k + j < len(toks))]
            if words == list(a) or (len(a) == 1 and toks[k].norm == a[0]):
                return True
    return False


def _territory_share(c: _Cand, published_ev: tuple[int, int] | None) -> bool:
    """A takeover told by its share of a territory, not one taking of a day ("سيطرت على 62 % من مساحة غرب
    الموصل", "بسط سيطرته على أغلب مناطق محافظة الرقة", "السيطرة بشكل شبه كامل على محافظة دير الزور"):
    the state a campaign has reached (background_marks.yaml share_phrases). Every telling must be one; a
    telling with its own day, or whose sentence names the day or a window of hours, is the day's taking,
    and one the text dates otherwise is the campaign's gain over that window ("وشهدت الغوطة الشرقية منذ
    فبراير الماضي عمليات قصف ... وتمكنت قوات النظام بعدها من السيطرة على معظم مناطق الغوطة": samples gold)."""
    if c.modality != "actual":
        return False
    phrases, reach, recent, fights = _share_lex()
    if not phrases or not reach:
        return False
    _credits, _reach, _so_far, _earlier, same_day = _marks_lex()
    day_words = same_day | recent | _dayless_lex()[0]
    lex = lexicon()

    def share(p: _Cand) -> bool:
        if p.trig.kind != TAKEOVER_KIND or p.date_own or p.inherits_date \
                or p.date_ev is not None and p.date_ev != published_ev:
            return False
        if any(t.norm in day_words or drop_conjunction(t.norm, 2) in day_words for t in p.sent.tokens):
            return False
        # (a fight told before it in its sentence is what the row reports, the share its aside: "تواصل
        # القتال العنيف ... في مدينة دير الزور , بعد أن وسعت قوات النظام سيطرتها لأكثر من 92 في المئة")
        toks = p.sent.tokens
        if any(drop_conjunction(toks[k].norm, 2) in fights for k in range(p.ti)) or any(
                k < p.ti and t.kind != TAKEOVER_KIND and t.event_type in FIGHT_TYPES
                for t, _form, k, _j in _match_triggers(p.sent, lex)):
            return False
        return _share_after(p, phrases, reach)

    return all(share(p) for p in [c, *c.merged])
