"""When: a candidate's date from rasd.text.dates against the page's publication date, feed-item
stamps and headings, neighbour days, brackets, lapses, entry headings and labelled dates, the date
an undated event borrows, and the page's own date when its body confirms the head date as today.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from rasd.data import word_data, word_list
from rasd.extract.counts import sentence_tokens
from rasd.extract.events.context import REPORT_CUES, _DocContext
from rasd.extract.events.lexicons import _ELex, _k, _keys
from rasd.extract.events.own_clause import (
    ACCOUNT_VERBS,
    ANTECEDENT_TOKENS,
    CONDEMN_VERBS,
    RELATIVE_CLAUSE_SPAN,
    own_relative_pronoun,
    said_word,
    saying_word,
)
from rasd.extract.events.places import CAUSE_MARKERS, FEED_PLACE_DISTANCE, THAT
from rasd.extract.events.report_items import entry_seg
from rasd.extract.events.sentences import _Cand, _prepare, _Sent, glued_word_start
from rasd.extract.events.triggers import (
    RELATIVE,
    _background,
    _earlier_not_time,
    _imperfective,
    _past_part,
    _tok_index,
)
from rasd.extract.modality import seq_starts, starts_seq
from rasd.extract.page_dates import (
    AFTER_PAGE_DAY,
    MIN_TIMELINE_ENTRIES,
    REPORT_GAP_KIND,
    day_month_before,
    post_day,
    post_ref,
    year_before,
)
from rasd.extract.verbs import is_verb, is_verb_or_joined
from rasd.records import UNKNOWN
from rasd.text.dates import YEAR_FROM_REFERENCE, find_dates, gregorian_months, names_its_day
from rasd.text.normalize import normalize
from rasd.text.tokens import token_norm

RANGE_WEEK_DAYS = 14     # a range up to two weeks is ACLED's "within a week" (2); wider is a month (3)


def span_days(start: str, end: str) -> int:
    """Days from one ISO date to another (a day's first 10 characters; ValueError if either is no date)."""
    return (dt.date.fromisoformat(end[:10]) - dt.date.fromisoformat(start[:10])).days


def range_precision(start: str, end: str, precision: int | None) -> int | None:
    """ACLED's time precision of the range as emitted: a day-precise reading spread over several days
    ("من 17 تشرين الأول حتى 13 شباط", the day before .. the page day) is no longer one day."""
    if start == UNKNOWN:
        return None
    if precision == 1 and end not in (start, UNKNOWN, None):
        span = span_days(start, end)
        return 2 if span <= RANGE_WEEK_DAYS else 3
    return precision


def _precision_code(p: str) -> int | None:
    return {"day": 1, "week": 2, "month": 3, "year": 3}.get(p)




def _find_date(c: _Cand, lex: _ELex, text: str = "", ctx: _DocContext | None = None) -> None:
    """The event's date from its own sentence, per clause: the nearest date of its date clause,
    else of its clause, else the heading date of its timeline entry, else the sentence's only
    date. Never a date past a heading date (another entry) or, with several dates in the sentence,
    one in another clause (it belongs to the event told there); then unknown. On a feed page only
    the dates of the trigger's own item count: a neighbouring item's day is another happening's."""
    s = c.sent
    toks = s.tokens
    c.has_date_expr = False
    onsets: list[bool] = []     # per date told in the trigger's reach: a state's onset (_state_onset)
    # "في حين وصلت قبل ذلك قافلتين": the clause says it happened at another time
    _time_cues(s, lex)
    other_time = s.clause[c.ti] in (s.other_time_clauses or set())
    usable: list[tuple[int, int, Any]] = []
    framed: list[tuple[int, int, Any]] = []
    # (the numbered entries a victim list runs on inside the sentence: report_items.entry_seg)
    rseg = entry_seg(s, text) if text and s.dates else None
    turns = _turns(s) if s.dates else []
    same_day = _same_day_at(s, c.ti, lex) if s.dates else None
    for di, d in enumerate(s.dates):
        # ("خلال ال - 24 ساعة الماضية": the date's word after the glued "ال - ", in the clause it tells)
        k = glued_word_start(text, toks, _tok_index(toks, d.start))
        if k < 0:
            k = 0
        if same_day is not None and k > same_day:
            continue      # "في ذات اليوم" points back: a day told after it is another happening's
        if s.quote[k] != s.quote[c.ti]:
            if s.quote[k] == -1 and k < c.ti and d.date_start and d.precision == "day" \
                    and d.kind in ("relative", "weekday") and _reported_then_quoted(s, k, c.ti):
                framed.append((di, k, d))
            continue      # a date outside a quotation does not date what the quotation tells
        if s.hseg and s.hseg[k] != s.hseg[c.ti]:
            continue      # another timeline entry's date
        if turns and any(min(k, c.ti) < a and b <= max(k, c.ti) for a, b in turns):
            continue      # "... بقذائف المدفعية من جانبها وثقت الشبكة مقتل 26 مدنيا , أمس": another telling's day
        if ctx is not None and ctx.other_items(d.start, c.start):
            continue      # another feed item's date (items run together in one sentence)
        if ctx is not None and ctx.feed and abs(k - c.ti) > FEED_PLACE_DISTANCE and di not in s.headings:
            continue      # too far for the trigger's own item (places._find_place): another item's day
        if ctx is not None and _across_posts(ctx.report_parts, d.start, c.start):
            continue      # the next daily report's heading, glued on: another day's report
        if rseg is not None and rseg[k] != rseg[c.ti]:
            continue      # another entry of a list run on in the sentence ("... على بلدة كفرحمرة 20 - فلان / حلب -
            #               المشهد / متأثرا بجراح أصيب بها بقصف على حي المشهد قبل أيام": the next victim's time)
        if other_time and s.clause[k] != s.clause[c.ti]:
            c.has_date_expr = True
            continue
        if _in_cause_clause(s, c.ti, k):
            continue      # "بعد أن قال ترامب يوم الأربعاء": the date of what the event followed
        if _in_relative_clause(s, text, c, k, lex):
            continue      # "قرب بلدة الصور التي سيطرت عليها قواتنا بداية الشهر": the relative clause's own time
        if _in_stamp_run(ctx, d):
            continue      # one of a run of related posts' stamps glued to the page's head: no sentence's date
        # "وقفة احتجاجية ... , طالبوا بفك الحصار المفروض عليهما منذ أكثر من سنتين": the siege's onset
        onsets.append(_state_onset(s, k, d, c.ti, lex))
        c.has_date_expr = True
        if not d.date_start:
            continue
        usable.append((di, k, d))
    c.onset_only = bool(onsets) and all(onsets) and not framed

    def report(k: int) -> bool:
        prev = set().union(*map(_keys, map(token_norm, toks[max(0, k - 4):k]))) | {t.norm for t in toks[max(0, k - 4):k]}
        return bool(prev & REPORT_CUES)

    if not usable and framed and not any(report(k) for _di, k, _d in framed) \
            and len({d.date_start for _di, _k, d in framed}) == 1:
        # "أفاد المرصد أن انفجارات هزت صباح أمس ريف حلب , وأكد أن " الطائرات استهدفت رملة "": the quote
        # tells what the source's own account dated just before it (not the day it spoke: "قال أمس")
        usable = framed
        c.has_date_expr = True
    if not usable:
        return
    usable = _over_post_stamp(usable, s, c.ti, ctx, lex)

    def nearest(pool: list[tuple[int, int, Any]]) -> Any:
        return min(pool, key=lambda x: (report(x[1]), abs(x[1] - c.ti)))[2]

    dcl = s.dclause or s.clause
    pick = None
    same_d = _own_over_heading([x for x in usable if dcl[x[1]] == dcl[c.ti]], s, c.ti, report)
    same_c = _own_over_heading([x for x in usable if s.clause[x[1]] == s.clause[c.ti]], s, c.ti, report)
    heads = [x for x in usable if x[0] in s.headings and x[1] <= c.ti]
    if (own := _own_relative_date(s, c, same_d or same_c, text, lex)) is not None:
        # "تعليق الدوام يومي الثلاثاء والاربعاء جراء القصف الذي طال المدينة يوم امس": the trigger's own relative
        # clause tells its day; a nearer date before it is another verb's (the closure's)
        pick = own
    elif same_d:
        pick = nearest(same_d)
    elif same_c:
        pick = nearest(same_c)
    elif heads:
        pick = _lead_day_after_heading(s, c.ti, usable, heads[-1], report) or heads[-1][2]
    elif ctx is not None and ctx.feed and all(_neighbour_day(s, x[1], x[2], c.ti) for x in usable):
        # a feed's sentence often holds items whose glue no cut found ("... في شمال حلبوادعت القاعدة
        # ... أمس"): a relative day of another clause is another item's; the event takes the page's window
        c.has_date_expr = False
        return
    elif (cause := _toll_cause_date(s, c.ti, usable)) is not None:
        pick = cause
    else:
        # the sentence's only date, unless a caption / dateline header ("، الباب :") stands between:
        # a photo caption glued to the title dates the caption's scene, not the title's event
        told = usable
        usable = [x for x in usable if not _caption_between(s, text, c.ti, x[1])]
        distinct = {(x[2].date_start, x[2].date_end) for x in usable if not report(x[1])}
        if len(distinct) == 1:
            pick = _report_day_over_item(c, told, ctx) or nearest([x for x in usable if not report(x[1])])
        elif not distinct and len({(x[2].date_start, x[2].date_end) for x in usable}) == 1:
            pick = usable[0][2]
        else:
            pick = _leading_date(s, c.ti, usable, report) or _item_closing_date(s, c.ti, usable)
    if pick is None and usable and all(_cited(s, x[1], x[2]) for x in usable):
        # cited by several sources ("( خطوة , 14 أيار / مايو 2017 ; سمارت , 14 أيار / مايو 2017 )"): the latest report
        pick = max((x[2] for x in usable), key=lambda d: d.date_end or d.date_start)
    if pick is None and _bracketed_span(c, s, usable):
        return
    if pick is not None:
        d = pick
        c.date_start, c.date_end = d.date_start, d.date_end or d.date_start
        c.time_precision = _precision_code(d.precision)
        c.date_own = True
        c.date_ev = (d.start, d.end)
        c.date_since = d.kind == "since"
        if d.warning == AFTER_PAGE_DAY and c.modality == "actual":
            # "ارتكب طيران التحالف مجزرة في ال - 16 من الشهر الجاري" on a page of 10 July: a past happening of
            # the month before, the text written before the page's day (page_dates.anchored_days)
            start, end = day_month_before(dt.date.fromisoformat(c.date_start)), \
                day_month_before(dt.date.fromisoformat(c.date_end))
            if start is None or end is None:
                c.date_start = c.date_end = UNKNOWN
                c.time_precision, c.date_own, c.date_ev = None, False, None
                return
            c.date_start, c.date_end = start, end
        until = _since_until_heading(s, d, usable, c.ti, lex)
        if until is not None:
            # "2016 / 9 / 28 - قالت اليونيسف إن 96 طفلا قتلوا ... منذ يوم الجمعة": from that day to the report's
            c.date_end, c.time_precision = until, 2
            return
        k = _tok_index(toks, d.start)
        if lex.report_window_days and d.precision == "day" and c.date_start == c.date_end \
                and (_cited(s, k, d) or (_in_stamp(ctx, d) or not (same_d or same_c) and _in_stamp(ctx, d, echoes=True))
                     and not _reported_day(ctx, c.date_end)):
            # the day a source reported it (or the page's own stamp, glued to its title by the layout; or the
            # stamp's echo after the title, when it heads another clause: "... بخدمة النظام 1 مايو 2016 فوجئ السوريون
            # بنشر فيديو ... إثر مقتلهم ... في معركة"): the happening is of that day or the days before (a report's window)
            c.date_start = (dt.date.fromisoformat(c.date_end) - dt.timedelta(days=lex.report_window_days)).isoformat()
            c.time_precision = 2
            c.date_cited = True
            if not _cited(s, k, d):
                _stamp_one_day(c, ctx)
            return
        if lex.report_window_days and _said_day_of_deed(s, k, d, c.ti, usable, lex, ctx, text):
            # "صرح أول من أمس بأن حزب الله هو المسؤول عن إطلاق خمسة قذائف", "أعلنت موسكو الخميس أن غاراتها
            # قتلت": the day the source spoke; the deed it tells is of that day or the days before (a report's
            # window), as a cited report's day is, unless the deed's own words give its day
            c.date_start = (dt.date.fromisoformat(c.date_end) - dt.timedelta(days=lex.report_window_days)).isoformat()
            c.time_precision = 2
            c.date_cited = True
            return
        shift = _day_offset(s, c.ti, lex, d) or _morning_after(s, k, c.ti)
        if shift and d.precision == "day" and c.date_start == c.date_end:
            # "يوم 24 شباط، بعد يوم من سيطرتهم على المدينة", "25 يونيو 2011 دخل الجيش ... غداة مقتل 18
            # شخصا": the takeover, the killing was the day before
            day = dt.date.fromisoformat(c.date_start) + dt.timedelta(days=shift)
            c.date_start = c.date_end = day.isoformat()
        span = _duration_days(s, c.ti, lex)
        if span and d.precision == "day" and c.date_start == c.date_end:
            # "معارك ... دامت أكثر من شهر": a period ending at the date told, not that one day
            c.date_start = (dt.date.fromisoformat(c.date_end) - dt.timedelta(days=span)).isoformat()
            c.time_precision = 2 if span <= RANGE_WEEK_DAYS else 3


CONDEMN_REACH = 20      # tokens from a condemning verb to the deed it condemns ("أدانت وكالة الأمم المتحدة لإغاثة
                        # وتشغيل لاجئي فلسطين في الشرق الأدنى ( الأونروا ) بشدة الأطراف المسؤولة عن قصف")


STAMP_RUN_MIN = 3       # full days written one after another: a listing's stamps, not a sentence's date
STAMP_RUN_GAP = 1       # what may stand between two stamps of a run besides blanks: one mark ("|", "-", ",")


def stamp_runs(text: str, dates: list[Any]) -> list[tuple[int, int]]:
    """Where the page writes STAMP_RUN_MIN or more full days in a row with nothing but blanks (or one mark)
    between them ("25 / 11 / 2017 25 / 11 / 2017 23 / 11 / 2017 ... 28 / 09 / 2017"): the stamps of a
    listing's related posts whose titles the page lost, glued to the article's head. Such a run tells when
    other posts were published, not when any happening of the page was: (start, end) of each run."""
    days = sorted((x for x in dates if x.kind == "absolute" and x.precision == "day"), key=lambda x: x.start)
    out: list[tuple[int, int]] = []
    run: list[Any] = []
    for d in days:
        gap = text[run[-1].end:d.start].strip() if run else ""
        if run and (len(gap) > STAMP_RUN_GAP or any(ch.isalnum() for ch in gap)):
            if len(run) >= STAMP_RUN_MIN:
                out.append((run[0].start, run[-1].end))
            run = []
        run.append(d)
    if len(run) >= STAMP_RUN_MIN:
        out.append((run[0].start, run[-1].end))
    return out


def _in_stamp_run(ctx: _DocContext | None, d: Any) -> bool:
    """Date ``d`` is one of a run of related posts' stamps (``stamp_runs``, kept in ``ctx.stamp_runs``)."""
    return ctx is not None and any(a <= d.start < b for a, b in ctx.stamp_runs)


def _same_day_at(s: _Sent, ti: int, lex: _ELex) -> int | None:
    """Token of the "same day" phrase ("في ذات اليوم", "اليوم نفسه") that dates the trigger at ``ti``: the
    last one before it, or one in its clause; None when the sentence has none."""
    if not lex.same_day:
        return None
    at = [p for p in seq_starts(s.tokens, lex.same_day) if p <= ti or s.clause[p] == s.clause[ti]]
    return at[-1] if at else None


def _state_onset(s: _Sent, ti: int, d: Any, at: int, lex: _ELex) -> bool:
    """Date ``d`` (at token ``ti``) is "منذ" and a month or year told in another clause than the trigger's
    (at ``at``): when a state the sentence names began ("الحصار المفروض عليهما منذ أكثر من سنتين"), not the
    happening's time, nor a time the text tells it at (the page's date still dates it)."""
    return d.precision in ("month", "year") and s.clause[ti] != s.clause[at] \
        and bool(_keys(s.tokens[ti].norm) & lex.since_words)


def _condemned(s: _Sent, ti: int, k: int, text: str) -> bool:
    """The trigger is the deed a condemning verb shortly before it condemns (no other verb between: "أدان
    ... انفجار سيارة مفخخة", "استنكرت اليونسكو مقتل الصحفي"), and the date at token ``k`` (-1: before the
    sentence) stands before that verb: the statement's item stamp, heading or page day. Not a day the deed's
    own words give ("انفجار ... اليوم في حارة حريك"), nor one told with the verb ("أدان ... اليوم السبت ,
    التفجيرين اللذين وقعا في بغداد": the text goes on to date the bombings, "في اليوم الأخير من سنة 2016")."""
    toks = s.tokens
    for v in range(ti - 1, max(-1, ti - 1 - CONDEMN_REACH), -1):
        w = toks[v].norm
        if w in CONDEMN_VERBS or not _keys(w).isdisjoint(CONDEMN_VERBS):
            return k < v
        # (a name in brackets, "( الأونروا )", is no verb of its own)
        bracketed = text[:toks[v].start].rstrip().endswith("(") and text[toks[v].end:].lstrip().startswith(")")
        if not bracketed and is_verb_or_joined(w):
            return False    # another predicate's object ("أدان الهجوم , وقال إن الطائرات قصفت")
    return False


AFTERMATH_WORDS = frozenset(normalize(w) for w in word_list("function_words.yaml", "aftermath_words"))
REACTION_VERBS = frozenset(normalize(w) for w in (*word_list("function_words.yaml", "reaction_verbs"),
                                                   *word_list("event_words.yaml", "account_verbs"))) | CONDEMN_VERBS


def _aftermath(c: _Cand, k: int, events: list[_Cand], lex: _ELex) -> bool:
    """The trigger is the deed an "after" word right before it names ("في أعقاب الهجوم", "إثر الضربات"), the
    phrase hangs on a verb of saying or reacting ("2015 / 9 / 29 - في أعقاب الهجوم الذي نفذته طالبان في قندوز ,
    حث المفوض ..."), and the date at token ``k`` (-1: before the sentence) stands before the "after" word:
    the statement's stamp or day, not the deed's. Not when the phrase hangs on a happening ("قتل 5 مدنيين بعد
    قصف ...": the deaths' day is the shelling's), nor when another telling of the sentence stands outside
    the phrase."""
    s = c.sent
    toks = s.tokens
    a = c.ti - 1
    if a < 0 or toks[a].norm not in AFTERMATH_WORDS or k >= a:
        return False

    def verb_at(j: int) -> bool:
        # (not a relative clause's verb: "الهجوم الذي نفذته طالبان" tells the deed)
        w = toks[j].norm
        return not (j > a and toks[j - 1].norm in RELATIVE) and (is_verb(w) or is_verb_or_joined(w) or reacting(w))

    def reacting(w: str) -> bool:
        return w in REACTION_VERBS or not _keys(w).isdisjoint(lex.speech_verbs)

    # the verb the phrase hangs on: the nearest before it (down to the date); else, when the phrase opens the
    # sentence after its date ("2015 / 9 / 29 - في أعقاب"), the first after the deed. (A verb of saying after a
    # phrase inside the sentence is a source's attribution, "... بعد اشتباكات , بحسب ما ذكر المرصد".)
    host = next((j for j in range(a - 1, k, -1) if verb_at(j)), None)
    after_date = c.date_ev[1] if k >= 0 and c.date_ev is not None else s.span.start
    if host is None and all(toks[j].norm in IN_WORDS or toks[j].start < after_date
                            or not any(ch.isalpha() for ch in toks[j].norm) for j in range(k + 1, a)):
        host = next((j for j in range(c.tj, len(toks)) if verb_at(j)), None)
    if host is None or not reacting(toks[host].norm):
        return False
    end = host if host > a else next((j for j in range(c.tj, len(toks)) if verb_at(j)), len(toks))
    return not any(e.sent is s and not a < e.ti < end for e in (*events, *c.merged) if e is not c)


BACKGROUND_CAUSE = tuple(tuple(normalize(w).split()) for w in word_list("function_words.yaml", "background_cause_phrases"))
BACKGROUND_CAUSE_REACH = 8     # tokens from "خلفية" to the deed it names ("على خلفية هجوم إزمير , الذي تم تنفيذه بسيارة
#                                مفخخة": 7)
_PHRASE_BREAK = re.compile(r"[.|؟?!\n]")     # a full stop, a table bar, a line: the phrase ends there


def _background_cause(c: _Cand, k: int, text: str) -> bool:
    """The trigger is the deed an "على خلفية" phrase shortly before it names ("تركيا تعتقل 18 شخصا على خلفية هجوم
    إزمير , الذي تم تنفيذه بسيارة مفخخة"), and the date at token ``k`` (-1: before the sentence) stands before the
    phrase: the deed is the ground of what the sentence tells (arrests, raids), so it came on or before that day,
    which is the arrests' (their item's, the report's), not the deed's."""
    s = c.sent
    toks = s.tokens
    for b in range(c.ti - 1, max(-1, c.ti - 1 - BACKGROUND_CAUSE_REACH), -1):
        if text and _PHRASE_BREAK.search(text[toks[b].end:toks[b + 1].start]) \
                or toks[b + 1].norm[:1] == "و" and is_verb_or_joined(toks[b + 1].norm):
            return False    # (a verb joined on opens another clause: "على خلفية أحداث يوم الجمعة وشيعت البلدة 8 قتلى")
        for phrase in BACKGROUND_CAUSE:
            a = b - len(phrase) + 1
            if a >= 0 and tuple(t.norm for t in toks[a:b + 1]) == phrase:
                # (not when the phrase tells the deed's own time before the trigger: "على خلفية أحداث يوم الجمعة")
                return k < a and not any(toks[a].start <= d.start < c.start for d in s.dates)
    return False


def _condemned_dates(events: list[_Cand], lex: _ELex, text: str, one_day: dt.date | None = None) -> None:
    """"2016 / 9 / 29 - أدانت الأونروا ... الأطراف المسؤولة عن قصف إحدى مدارسها": a single day from before the
    condemned deed (the statement's own day, its item's stamp, the page's day) is the statement's; the deed is
    of that day or the days before it (a report's window), as a cited report's day is. So too the day before an
    "على خلفية" deed (``_background_cause``: "تركيا تعتقل 18 شخصا على خلفية هجوم إزمير"), the arrests'. On one day's report
    (``one_day``: the day a daily roundup covers, ``events._covered_day``, or the day of a page of one day's
    news, ``one_day_news``) a condemnation dated that day is of that day's news: the deed is of that day or the
    day before ("التطورات السورية اليوم 22 - 3 - 2017 ... ادانت رئاسة المجلس التنفيذي في عفرين القصف التركي")."""
    if not lex.report_window_days:
        return
    for c in events:
        if c.time_precision != 1 or c.date_start in (None, UNKNOWN) or c.date_start != c.date_end:
            continue
        span = c.sent.span
        if c.date_ev is not None and c.date_ev[0] >= span.end:
            continue
        s = c.sent
        if any(d.start > c.start and s.clause[_tok_index(s.tokens, d.start)] == s.clause[c.ti] for d in s.dates):
            continue    # the deed's own words date it ("أدان ... انفجار سيارة مفخخة اليوم في حارة حريك")
        # (a date of the sentence, or one from before it: a heading, a stamp, the page's)
        k = _tok_index(s.tokens, c.date_ev[0]) if c.date_ev is not None and c.date_ev[0] >= span.start else -1
        if _condemned(s, c.ti, k, text) or _aftermath(c, k, events, lex) or _background_cause(c, k, text):
            end = dt.date.fromisoformat(c.date_end)
            back = 1 if one_day is not None and end == one_day else lex.report_window_days
            c.date_start = (end - dt.timedelta(days=back)).isoformat()
            c.time_precision = 2


def _reported_then_quoted(s: _Sent, k: int, ti: int) -> bool:
    """The date at ``k`` stands in a source's reported account ("أفاد المرصد أن انفجارات هزت صباح أمس")
    and the trigger's quotation at ``ti`` opens as that source's words after "أن" / ":" ("وأكد أن
    " الطائرات استهدفت ..."): the quote goes on with the account the date dated. Not a date of the
    frame ("قال المصدر بدمشق اليوم ( الجمعة ) إن "", "أصدرت المحكمة اليوم ... " هجوم الركبان "")."""
    toks = s.tokens
    if not any(toks[j].norm in THAT for j in range(k) if s.clause[j] == s.clause[k] and s.quote[j] == -1):
        return False
    q = s.quote[ti]
    first = next(j for j in range(len(toks)) if s.quote[j] == q)
    # (the quotation mark itself may stand outside the region)
    opener = [toks[j].norm for j in range(max(0, first - 2), first) if s.quote[j] == -1 and toks[j].norm not in QUOTE_MARKS]
    return bool(opener) and (opener[-1] in THAT or opener[-1] == ":")


QUOTE_MARKS = frozenset('"«»“”')


TOLL_CAUSE_WORDS = frozenset(normalize(w) for w in word_list("function_words.yaml", "toll_cause_words"))


def _toll_cause_date(s: _Sent, ti: int, usable: list[tuple[int, int, Any]]) -> Any:
    """The trigger opens a clause that gives the cause of the toll told in the clause right before it
    ("شيعت القوات , اليوم , عنصرين كانا قتلا أمس في ريف المدينة , جراء استهداف فصائل المعارضة موقعهم"): the
    cause happened on the day that clause tells, the nearest date before the trigger, when it stands in
    that clause (not the funeral's "اليوم" further back). None when the cause word does not head the
    trigger's clause ("... قد قتلا , فيما أصيب آخران بجروح نتيجة انفجار": the toll told with the cause
    is the clause's own, undated), or no date stands in the clause before."""
    toks = s.tokens
    if ti < 2 or toks[ti - 1].norm not in TOLL_CAUSE_WORDS:
        return None
    j = ti - 2     # before the cause word: the clause's punctuation, or the toll clause itself
    if any(ch.isalnum() for ch in toks[j].norm) and s.clause[j] == s.clause[ti - 1]:
        return None
    while j >= 0 and not any(ch.isalnum() for ch in toks[j].norm):
        j -= 1
    before = [x for x in usable if x[1] <= j]
    if j < 0 or not before:
        return None
    _di, k, d = max(before, key=lambda x: x[1])
    return d if s.clause[k] == s.clause[j] else None


POST_STAMP_CHARS = 40     # a listing post's stamp opens its post (a clock or a label may stand before the date)


def _post_stamp(ctx: _DocContext | None, d: Any) -> bool:
    """Date ``d`` is the stamp of a listing's post: a day the post opens with (ctx.posts)."""
    if ctx is None or not ctx.posts or d.precision != "day" or not d.date_start:
        return False
    at = bisect.bisect_right([p for p, _day in ctx.posts], d.start) - 1
    return at >= 0 and ctx.posts[at][1] is not None and d.start - ctx.posts[at][0] <= POST_STAMP_CHARS \
        and ctx.posts[at][1].isoformat() == d.date_start == d.date_end


def _over_post_stamp(usable: list[tuple[int, int, Any]], s: _Sent, ti: int,
                     ctx: _DocContext | None, lex: _ELex) -> list[tuple[int, int, Any]]:
    """A post's stamp is the day the post was published; a day its text gives the happening in the
    trigger's clause ("16 - 12 - 2017 قال مسؤول وشهود إن 39 قتيلا ... سقطوا في ضربة ... يوم الأربعاء",
    read against the stamp: the 13th) dates it instead. Not a year or month of the clause (history),
    nor a day "منذ" opens ("ثلاث ضربات جوية ... منذ فجر الجمعة": from then to the stamp's day)."""
    # (the stamp of the post the trigger is told in: it stands before the trigger)
    stamps = [x for x in usable if x[1] < ti and _post_stamp(ctx, x[2])]
    if not stamps:
        return usable
    stamp = max(stamps, key=lambda x: x[1])
    dcl = s.dclause or s.clause
    # (told after the stamp, in its post: a day before it is the last item's cut teaser's)
    own = [x for x in usable if x[1] > stamp[1] and x[2].precision == "day" and x[2].kind != "since"
           and not (_keys(s.tokens[x[1] - 1].norm) & lex.since_words)
           and (dcl[x[1]] == dcl[ti] or s.clause[x[1]] == s.clause[ti])]
    return [x for x in usable if x is not stamp] if own else usable


LIST_MARKS = frozenset({"-", "–", "—", "•", "*", "·", "|"})     # marks that open an item of a list run into one sentence


def _report_day_over_item(c: _Cand, usable: list[tuple[int, int, Any]], ctx: _DocContext | None) -> Any:
    """In glued daily reports (``ctx.report_parts``) a sentence whose dates all stand outside the trigger's
    clause and that names its report's day ("ليوم 24 - 1 - 2016 بلغ مجموع الضحايا ... يوم الأحد 24 - 1 - 2016 ,
    بينهم : ... جراء القصف على بلدة خشام بتاريخ 23 - 1 - 2016 , و ( 1 ) قضى في الاشتباكات ضد تنظيم داعش
    في ريف حلب"): another day is the own day of the item whose clause states it (the Khsham shelling); the
    trigger's clause, with no day of its own, is of the day the report covers. Used where the fallback "the
    sentence's only date" would pick the other day (the report's day cut off by the "بينهم :" of its list)."""
    if ctx is None or not ctx.report_parts:
        return None
    day = post_day(ctx.report_parts, c.start)
    if day is None:
        return None
    iso = day.isoformat()
    own = [x for x in usable if x[2].precision == "day" and x[2].date_start == iso and (x[2].date_end or iso) == iso]
    if not own or len(own) == len(usable):
        return None     # (no other day in the sentence: the usual fallbacks date it as the report's day anyway)
    if any(x[1] > c.ti and not any(c.ti < t < x[1] for t in c.sent.trigger_kinds) for x in usable if x not in own):
        return None     # a day right after the trigger closes its own item ("... تعرضت للاختطاف ... , بتاريخ 11 \ 1");
        #               past another trigger it is that one's ("خشام , و ( 10 ) قضوا جراء القصف على الرقة بتاريخ 21")
    return min(own, key=lambda x: abs(x[1] - c.ti))[2]


def _leading_date(s: _Sent, ti: int, usable: list[tuple[int, int, Any]], report: Any) -> Any:
    """The day that leads the telling into the trigger's clause, when the sentence holds several dates
    and none in that clause: a full day that a date word opening the sentence, or a dashed item of it,
    introduces ("- في 26 / 10 / 2008 قامت دورية ... , باعتقال السيدة ... , وسلمته ...") is the time of
    the clauses that go on from it until the next date, as it is of its own clause. It is the last
    date before the trigger, and every later date of the sentence is on or after it (the telling moves
    forward: "وأطلق سراحها في 13 / 1 / 2009"). Not a heading date, nor one a report cue heads ("أفاد
    ... يوم"), nor a day inside the sentence ("وبعد سيطرة التنظيم على الموصل في 10 / 6 / 2014 , تعرض
    ..."): the time of what the clauses followed. A sentence that goes back in time after it ("...
    وكان قد اعتقل في 1 / 1") keeps the event unknown."""
    before = [x for x in usable if x[1] < ti]
    if not before:
        return None
    di, k, d = max(before, key=lambda x: x[1])
    if d.kind != "absolute" or d.precision != "day" or not d.date_start or di in s.headings or report(k):
        return None
    if not any(ch.isdigit() for ch in d.surface):
        return None
    # the date word opens the sentence or a dashed item of it ("- في 26 / 10 / 2008 قامت ...")
    if k < 1 or s.tokens[k - 1].norm not in DATE_WORDS or not all(t.text in LIST_MARKS for t in s.tokens[:k - 1][-1:]):
        return None
    day = d.date_start
    if any(x[2].date_start is None or x[2].date_start < day for x in usable if x[1] > k):
        return None
    return d


ITEM_DATE_LABELS = frozenset(normalize(w) for w in word_list("function_words.yaml", "item_date_labels"))


TURN_PHRASES = tuple(tuple(normalize(w).split()) for w in word_list("function_words.yaml", "turn_phrases"))
TURN_HINTS = ("جهت", "جانب", "بدور", "ذلك", "سياق", "صعيد", "شأن", "شان")     # (a turn's words as written: a quick test)


def _turns(s: _Sent) -> list[tuple[int, int]]:
    """(first, past-last) token spans of the phrases that turn the sentence to another telling ("من جانبها",
    "بدوره", "إلى ذلك"; a "و" may lead them): where the splitter left two tellings in one sentence."""
    seg = s.text[s.span.start:s.span.end]
    if not any(h in seg for h in TURN_HINTS):
        return []
    norms = [t.norm for t in s.tokens]
    out: list[tuple[int, int]] = []
    for j, w in enumerate(norms):
        bare = w[1:] if w[:1] == "و" and len(w) > 2 else w
        for ph in TURN_PHRASES:
            if (w == ph[0] or bare == ph[0]) and tuple(norms[j + 1:j + len(ph)]) == ph[1:]:
                out.append((j, j + len(ph)))
                break
    return out


HEADING_LEAD_DAYS = 7     # days a lead's own day may lie from the caption / headline date it follows


def _lead_day_after_heading(s: _Sent, ti: int, usable: list[tuple[int, int, Any]],
                            head: tuple[int, int, Any], report: Any) -> Any:
    """The lead's own day between a heading date and the trigger's clause: a photo caption or headline
    dated in full ("طفل جريح ... بعد غارة 21 يناير 2015") runs into the lead, which states its day
    ("دبي ( CNN ) - - لقي 42 شخصا مصرعهم الجمعة , في غارات شنتها طائرات النظام"): the trigger's clause
    goes on from the lead's day, the nearest date before it, not from the caption's. Only a named day
    (a weekday or "أمس" / "اليوم"), not a report cue's ("قال أمس"), and within a week of the heading
    date (a relative day read against the page's day, years from an old entry's heading, is no lead's)."""
    _, hk, hd = head
    if hd.kind == "timeline" or not hd.date_start:
        return None
    after = [x for x in usable if hk < x[1] < ti and x[0] not in s.headings]
    if not after:
        return None
    di, k, d = max(after, key=lambda x: x[1])
    if d.kind not in ("relative", "weekday") or d.precision != "day" or report(k):
        return None
    if s.clause[k] == s.clause[hk] or s.hseg[k] != s.hseg[ti]:
        return None
    gap = abs((dt.date.fromisoformat(d.date_start) - dt.date.fromisoformat(hd.date_start)).days)
    return d if gap <= HEADING_LEAD_DAYS else None


def _item_closing_date(s: _Sent, ti: int, usable: list[tuple[int, int, Any]]) -> Any:
    """The day that closes the trigger's item when the sentence runs list items together, each ending
    with its own labelled day ("عباب قطايف , تعرضت للاختطاف ... في منطقة العباسيين - دمشق , بتاريخ
    10 \\ 1 \\ 2016 , ومازالت مجهولة المصير خلود القاضي , تعرضت للاختطاف ... بتاريخ 8 \\ 1 \\ 2016"): the first
    date after the trigger is its item's. Only when every usable date of the sentence is a full day
    after an item label (``item_date_labels``) and the sentence does not open with one (its items
    close with their days; a list whose days head its items is ``_leading_date``'s), and no colon
    stands between the trigger and the day."""
    toks = s.tokens
    if len(usable) < 2 or usable[0][1] < 2:
        return None
    for _di, k, d in usable:
        if d.kind != "absolute" or d.precision != "day" or toks[k - 1].norm not in ITEM_DATE_LABELS:
            return None
    after = [x for x in usable if x[1] > ti]
    if not after:
        return None
    _di, k, d = min(after, key=lambda x: x[1])
    # (a colon between: the trigger heads sub-items, "الفترة التي تلت تحرير الأحياء : 1 - مشفى الدقاق : تعرض
    # للقصف ... بتاريخ 13 نيسان 2014", and the day is a sub-item's)
    return None if ":" in s.text[toks[ti].end:toks[k].start] else d


def _own_over_heading(pool: list[tuple[int, int, Any]], s: _Sent, ti: int, report: Any) -> list[tuple[int, int, Any]]:
    """A heading date before the trigger (a dateline "كردووتش , 28 تشرين الثاني 2011 - اعتقل ...", a
    timeline entry's date) is the day the report or entry is filed under; a full date the trigger's
    clause goes on to state with a date word ("... اعتقل فلان في 26 تشرين الثاني 2011"), no verb
    between, is the happening's own and wins over it, however close the heading stands to the trigger."""
    if not any(x[0] in s.headings and x[1] < ti for x in pool):
        return pool
    own = [x for x in pool if x[0] not in s.headings and x[1] > ti and _told_of_trigger(s, ti, x[1], x[2])
           and not report(x[1])]
    return own or pool


def _told_of_trigger(s: _Sent, ti: int, k: int, d: Any) -> bool:
    """The date at token k is a full day (digits, a month's name) that a date word opens ("في", "يوم",
    "بتاريخ", "منذ") a few words after the trigger, with no verb between (another predicate's time)."""
    if d.kind not in ("absolute", "since") or not d.date_start or d.precision != "day" or k - ti > OWN_DATE_REACH:
        return False
    if not any(ch.isdigit() for ch in d.surface):
        return False
    opener = s.tokens[k].norm if d.kind == "since" else s.tokens[k - 1].norm if k else ""
    if opener not in DATE_WORDS:
        return False
    return not any(t.norm not in DATE_WORDS and is_verb_or_joined(t.norm) for t in s.tokens[ti + 1:k])


DATE_WORDS = frozenset(normalize(w) for w in word_list("function_words.yaml", "date_words"))
OWN_DATE_REACH = 10    # tokens from the trigger to its own date: "اعتقل فلان بن فلان في 26 ..." (a name, a place)


def _since_until_heading(s: _Sent, d: Any, usable: list[tuple[int, int, Any]], ti: int, lex: _ELex) -> str | None:
    """The heading day before the trigger when the picked date is a day "منذ" opens: the happening runs
    from that day to the report's (None otherwise)."""
    if d.precision != "day" or d.date_start != (d.date_end or d.date_start):
        return None
    k = _tok_index(s.tokens, d.start)
    if d.kind != "since" and (k <= 0 or not (_keys(s.tokens[k - 1].norm) & lex.since_words)):
        return None
    ends = [x[2].date_end or x[2].date_start for x in usable
            if x[0] in s.headings and x[1] < ti and x[2].precision == "day"]
    return max(ends) if ends and max(ends) > d.date_start else None


FEED_DAY_NEAR = 8     # tokens after the trigger: "سيطرت قوات - سوريا - الديمقراطية أمس الاثنين" is its own day
FEED_HEAD_WORDS = 12  # words from a full date to a trigger it heads ("في 10 كانون الأول , قوات النمر بالجيش العربي
                      # السوري سيطر على"); more, on a feed, and the date closed the item before


def _neighbour_day(s: _Sent, k: int, d: Any, ti: int) -> bool:
    """A day told relative to the report ("اليوم", "أمس", "يوم الخميس") in another clause of a feed's
    sentence, before the trigger (token ``ti``: it closed the item before, "... شرق ديرالزور ليلة أمس ,
    استهداف بناء ... يلدا") or more than FEED_DAY_NEAR tokens after it (an item glued on after): most
    often another item's day. Not a source's citation ("( حق , 1 نيسان )"). A full date heads the item's
    clauses after it ("وفي 20 أغسطس , قتل ..."), but not across more than FEED_HEAD_WORDS words: there it
    closed an item glued on before ("... تحلق غرب الرقة ( 25 يوليو 2017 ) مقتل خمسة مدنيين ... كوبارفيلق
    الرحمن دمر دبابتين ... في إحباط محاولة": the Rafale caption's day, not the Ain Tarma assault's)."""
    if _cited(s, k, d):
        return False
    if d.kind in ("absolute", "range"):
        return k < ti and (_closes_in_bracket(s, k, d) or sum(1 for t in s.tokens[k:ti] if t.start >= d.end and any(
            ch.isalnum() for ch in t.text)) > FEED_HEAD_WORDS)
    return d.kind in ("relative", "weekday") and (k < ti or k - ti > FEED_DAY_NEAR)


def _closes_in_bracket(s: _Sent, k: int, d: Any) -> bool:
    """Full date ``d`` (at token k) stands alone in a bracket after a word that is no time or date label: it
    closes the text before it, a caption's or an item's day ("... تحلق غرب الرقة 4 كم إلى الجنوب ( 25 يوليو
    2017 ) مقتل خمسة مدنيين ... في مدينة كفر باطنة": the Rafale caption's day, not the shelling's). After a
    time phrase it spells that phrase out ("امس الاربعاء ( 8 حزيران )"), after a label it is the label's
    ("بتاريخ ( 15 / 4 / 2017 )")."""
    text = s.text
    if k < 1 or not text[max(0, d.start - 3):d.start].rstrip().endswith("(") \
            or not text[d.end:d.end + 3].lstrip().startswith(")"):
        return False
    j = k - 1
    while j >= 0 and not any(ch.isalpha() for ch in s.tokens[j].text):
        j -= 1      # (over the bracket and any dash before it)
    if j < 0:
        return False
    prev = s.tokens[j]
    if prev.norm in DATE_WORDS or prev.norm in ITEM_DATE_LABELS:
        return False
    return not any(o.start <= prev.start < o.end for o in s.dates)


YEARLESS_SLACK_DAYS = 1     # a page of the 25th may tell the 26th's night (time zones)


def _yearless_before_page(cands: list[_Cand], dates: list[Any], ref: dt.date | None,
                          posts: list[tuple[int, dt.date | None]]) -> None:
    """A happening the page reports as done (actual) and dates by a day or month named without its
    year ("في 26 أغسطس / آب" on a page of 16 March 2017) lies before the page: when the page's year
    puts it after the page's date (or its post's), it is of the year before. (The dates layer takes
    the page's year up to half a year ahead, which suits what is announced, not what happened.)"""
    if ref is None and not posts:
        return
    yearless = {(d.start, d.end): d for d in dates if d.warning == YEAR_FROM_REFERENCE and d.date_start}
    if not yearless:
        return
    for c in cands:
        d = yearless.get(c.date_ev) if c.date_ev else None
        if d is None or c.modality != "actual" or c.date_start == UNKNOWN:
            continue
        anchor = post_ref(posts, d.start, ref)
        if anchor is None or (dt.date.fromisoformat(c.date_start[:10]) - anchor).days <= YEARLESS_SLACK_DAYS:
            continue
        c.date_start, c.date_end = year_before(c.date_start), year_before(c.date_end or c.date_start)


AFTER_THAT = frozenset(normalize(w) for w in word_list("function_words.yaml", "after_that"))


def _in_stamp(ctx: _DocContext | None, d: Any, echoes: bool = False) -> bool:
    """Date ``d`` is (part of) the page's printed publication stamp ("الجمعة 6 تشرين الأول 2017 | 10 : 12",
    "الاثنين - 6 ذو الحجة 1438 ه - - 28 أغسطس 2017 م - رقم العدد"), which the layout glues to the title or
    the lede: the day the report was filed, not a day the sentence tells of its happening. ``echoes``: or the
    stamp's echo, the page day printed again after the title (``ctx.stamp_echoes``)."""
    spans = ctx.stamps + ctx.stamp_echoes if ctx is not None and echoes else ctx.stamps if ctx is not None else []
    return any(d.start < b and d.end > a for a, b in spans)


CITATION_CHARS = 80     # "( المرصد السوري لمتابعة حقوق الإنسان , 13 أيار / مايو 2017": the source's name before the date


def _reported_day(ctx: _DocContext | None, day: str) -> bool:
    """``day`` is the day the page, one day's report (``ctx.day_report``: "الموجز السوري ليوم الاحد في 30 - 7 -
    2017", "( التقرير اليومي )" under the stamp), covers: its stamp dates the happenings of that day, not a
    report's window."""
    return ctx is not None and ctx.day_report is not None and ctx.day_report[0].isoformat() == day


def _cited(s: _Sent, k: int, d: Any) -> bool:
    """Date ``d`` (at token k) is a source's citation in brackets after what the sentence told: "(
    بطولات الجيش السوري , 24 أيلول / سبتمبر 2017 )", "( حق , 1 نيسان / أبريل 2017 ; أعماق , ...)": a name and a
    comma before it inside the bracket, and the bracket (or the next source, after ";") closes right after.
    The day the source reported the happening, not the happening's own day."""
    if k <= 0 or not s.paren or s.paren[k] == -1 or s.paren[k - 1] != s.paren[k]:
        return False
    text = s.text
    after = text[d.end:d.end + 3].lstrip()
    if not after.startswith((")", ";", "؛")):
        return False
    open_at = text.rfind("(", max(0, d.start - CITATION_CHARS), d.start)
    inner = text[open_at + 1:d.start] if open_at >= 0 else ""
    return bool(inner.strip()) and ")" not in inner and inner.rstrip().endswith((",", "،"))


BRACKET_SPAN_DAYS = 7    # "( منذ ليل 1 شباط 2016 م وحتى مساء 3 شباط )": the days a bracket spans


def _bracketed_span(c: _Cand, s: _Sent, usable: list[tuple[int, int, Any]]) -> bool:
    """The sentence's days all stand in one bracket that spans a few days ("خلال قرابة 60 ساعة ( منذ ليل 1
    شباط 2016 م وحتى مساء 3 شباط ) , استطاعت قوات النظام ... عبر السيطرة على بلدات"): the happening
    it brackets falls within them (1-3 February). Sets the event's dates; False when they do not."""
    if len(usable) < 2 or not s.paren or s.paren[usable[0][1]] == -1:
        return False
    if any(s.paren[k] != s.paren[usable[0][1]] or d.precision != "day" for _di, k, d in usable):
        return False
    first = min(d.date_start for _di, _k, d in usable)
    last = max(d.date_end or d.date_start for _di, _k, d in usable)
    try:
        days = span_days(first, last)
    except ValueError:
        return False
    if not 0 < days <= BRACKET_SPAN_DAYS:
        return False
    d0 = min(usable, key=lambda x: x[2].start)[2]
    c.date_start, c.date_end, c.time_precision = first, last, 2
    c.date_own = True
    c.date_ev = (d0.start, max(d.end for _di, _k, d in usable))
    return True


def _in_cause_clause(s: _Sent, ti: int, k: int) -> bool:
    """The date at token k stands in a "بعد أن" / "بعدما" clause after the trigger ("وخرجت احتجاجات
    مماثلة بعد أن قال ترامب يوم الأربعاء ( 6 ديسمبر )"): it dates what the event followed, not the event."""
    toks = s.tokens
    for j in range(ti + 1, k):
        if toks[j].norm in AFTER_THAT or (toks[j].norm in CAUSE_MARKERS and j + 1 < k and toks[j + 1].norm in THAT):
            return True
    return False


def _told_after(s: _Sent, d: Any, text: str) -> bool:
    """Date ``d`` of sentence ``s`` stands in a "بعد أن" / "بعدما" / "وذلك بعد أن" clause ("... وذلك بعد أن
    دمرت وحدة من الجيش أمس منصة إطلاق صواريخ"): it dates the earlier happening that clause tells, not
    what the sentences after it tell, so it lends them nothing (``_borrow_date``)."""
    toks = s.tokens
    k = _tok_index(toks, d.start)

    def cue(j: int) -> bool:
        w = toks[j].norm
        bare = w[1:] if w[:1] == "و" and (w[1:] in AFTER_THAT or w[1:] in CAUSE_MARKERS) else w
        return bare in AFTER_THAT or (bare in CAUSE_MARKERS and j + 1 < k and toks[j + 1].norm in THAT)

    cues = [j for j in range(max(0, k)) if cue(j)]
    if not cues:
        return False
    _prepare(s, text)
    if not 0 <= k < min(len(toks), len(s.clause)):
        return False
    return any(s.clause[j] == s.clause[k] for j in cues)


def _in_relative_clause(s: _Sent, text: str, c: _Cand, k: int, lex: _ELex) -> bool:
    """The date at token k, after the trigger, stands in a relative clause about something else
    ("سيطرت على بلدة مراط ... قرب بلدة الصور التي سيطرت عليها قواتنا بداية الشهر الجاري"): a relative
    pronoun (bare or after "و") and a verb at most RELATIVE_CLAUSE_SPAN tokens before the date, with no comma between:
    the date tells when the clause's verb happened, not the trigger's happening. Not a clause right
    after the trigger's words (ANTECEDENT_TOKENS) or one whose verb is of happening ("التي وقعت في 16
    أيلول 1982", ``happening_verbs``): both tell the trigger's own happening's time."""
    toks = s.tokens
    for j in range(max(c.tj + ANTECEDENT_TOKENS, k - RELATIVE_CLAUSE_SPAN), k - 1):
        verb = toks[j + 1].norm
        # (right after "التي" a word in ت/ي is the verb, "التي تحاصرها", as _present_relative reads it;
        # "والتي" is the same pronoun after "و": "العملية التي أطلقها التنظيم , والتي أعلن عنها قبل يومين")
        rel = toks[j].norm
        if not (rel in RELATIVE or rel[:1] == "و" and rel[1:] in RELATIVE) \
                or not (is_verb(verb) or len(verb) >= 4 and verb[0] in "يت"):
            continue
        if _keys(toks[j + 1].norm) & lex.happening_verbs:
            continue
        between = text[toks[j].end:toks[k].start] if text else ""
        if not any(ch in between for ch in ",،;؛:"):
            return True
    return False


def _own_relative_date(s: _Sent, c: _Cand, pool: list[tuple[int, int, Any]], text: str, lex: _ELex) -> Any:
    """The date the trigger's own relative clause tells ("جراء القصف الذي طال المدينة يوم امس", "الهجوم الإرهابي
    الذي استهدف , يوم الجمعة , مسجدا"): the trigger's own relative pronoun (own_clause.own_relative_pronoun) and
    the first date of ``pool`` within RELATIVE_CLAUSE_SPAN tokens after it, in its clause. That clause describes
    the trigger's happening, so its day is the happening's, before a nearer date another verb of the sentence
    tells. None when the clause's verb (or a word up to the date) is one of saying, claiming or condemning
    ("الهجوم الذي أعلن التنظيم مسؤوليته عنه أمس": the claim's day), or no date stands there."""
    if not pool:
        return None
    toks = s.tokens
    rel = own_relative_pronoun(s, c)
    if rel is None:
        return None
    own = [x for x in pool if rel + 1 < x[1] <= rel + 1 + RELATIVE_CLAUSE_SPAN and s.clause[x[1]] == s.clause[rel]]
    if not own:
        return None
    _di, k, d = min(own, key=lambda x: x[1])
    if any(saying_word(toks[j].norm, lex) for j in range(rel + 1, k)):
        return None
    return d


def _caption_between(s: _Sent, text: str, a: int, b: int) -> bool:
    """A "، X :" header of one to three words (a caption's or a dateline's start, "سوريا , الباب :")
    between tokens a and b."""
    if not text:
        return False
    lo, hi = min(a, b), max(a, b)
    toks = s.tokens
    for k in range(lo + 1, hi):
        gap = text[toks[k - 1].end:toks[k].start]
        if "," not in gap and "،" not in gap:
            continue
        if toks[k].norm in IN_WORDS:
            continue        # ", في منطقة تادف : ريف الباب": the clause's place, spelt out after a colon
        for n in (1, 2, 3):
            if k + n <= hi and ":" in text[toks[k + n - 1].end:toks[k + n].start]:
                return True
    return False


def _duration_days(s: _Sent, ti: int, lex: _ELex) -> int:
    """Length in days said of the trigger's clause ("دامت أكثر من شهر", "استمرت ثلاثة أسابيع"), or 0."""
    if not lex.duration_verbs:
        return 0
    toks = s.tokens
    words = [_keys(t.norm) for k, t in enumerate(toks) if s.clause[k] == s.clause[ti] and k > ti]   # (the token is among its keys)
    for i, w in enumerate(words):
        if w & lex.duration_verbs:
            for w2 in words[i + 1:i + 5]:
                hit = next((lex.duration_units[u] for u in w2 if u in lex.duration_units), 0)
                if hit:
                    return hit
    return 0


MORNING_AFTER = frozenset(normalize(w) for w in word_list("event_triggers.yaml", "morning_after_words"))


def _morning_after(s: _Sent, k: int, ti: int) -> int:
    """-1 when "غداة" stands between the date at token ``k`` and the trigger at ``ti`` ("25 يونيو 2011 دخل
    الجيش ... غداة مقتل 18 شخصا عندما أطلقت قوات الأمن النار على متظاهرين"): the trigger tells the deed of the
    day before the one dated. Not past another date, nor past a new main clause ("و" + verb) after the word."""
    toks = s.tokens
    g = next((j for j in range(ti - 1, k, -1) if toks[j].norm in MORNING_AFTER), None)
    if g is None:
        return 0
    if any(d.start > toks[g].start and d.start < toks[ti].start for d in s.dates):
        return 0
    if any(t.norm.startswith("و") and len(t.norm) > 3 and is_verb(t.norm[1:]) for t in toks[g + 1:ti]):
        return 0
    return -1


def _day_offset(s: _Sent, ti: int, lex: _ELex, date: Any = None) -> int:
    """Days from the picked date to the event for "بعد يوم من X" (-1), "غداة X" (-1), "قبل يومين من X" (+2) ...;
    0 when the cue is itself the picked date expression ("قبل يومين" resolved against publication) or the
    date stands after the trigger (X's own day)."""
    toks = s.tokens
    for seq, days in lex.day_offsets:
        n = len(seq)
        # (the first word tested before the phrase's walk: it rules out most phrases)
        if ti - n >= 0 and seq[0] in _keys(toks[ti - n].norm) and all(
                seq[j] in _keys(toks[ti - n + j].norm) for j in range(1, n)):
            a, b = toks[ti - n].start, toks[ti - 1].end
            if date is not None and (date.start < b and a < date.end or date.start > toks[ti].start):
                return 0    # the cue is the date told, or the deed's own date follows it ("غداة تفجير ... يوم الأربعاء")
            return days
    return 0


LAPSE_LOOKBACK = 3      # sentences back a lapse opener looks for the day it counts from


def _lapse(s: _Sent, lex: _ELex) -> tuple[int, int, int] | None:
    """The sentence opens with a lapse of days: (days, start, end of the phrase) for "وبعد 3 أيام"
    (3), "وبعد يومين من محاولة اغتياله" (2), "وفي اليوم التالي" (1); None without one (a bare
    "بعد أيام" counts nothing)."""
    toks = s.tokens
    if not toks:
        return None
    n = starts_seq(toks, 0, lex.next_day_openers)
    if n:
        return 1, toks[0].start, toks[n - 1].end
    if len(toks) < 2 or not (_keys(toks[0].norm) & lex.lapse_openers):
        return None
    k, count = 1, None
    num = next((x for x in s.numbers if x.start == toks[1].start), None)
    if num is not None:
        if num.vague or num.lower_bound or num.upper_bound or num.approx or not float(num.value).is_integer():
            return None
        count = int(num.value)
        k = next((j for j in range(1, len(toks)) if toks[j].start >= num.end), len(toks))
    if k >= len(toks):
        return None
    unit = next((lex.lapse_units[w] for w in _keys(toks[k].norm) if w in lex.lapse_units), None)
    if unit is None:
        return None
    counted = bool(_keys(toks[k].norm) & lex.lapse_counted)
    if counted != (count is not None):
        return None     # "بعد أيام" (how many?), "بعد 3 يوم" (not a count of days)
    return unit * (count or 1), toks[0].start, toks[k].end


def _lapse_date(c: _Cand, i: int, sents: list[_Sent], lex: _ELex) -> bool:
    """Date a sentence that opens with a lapse ("وبعد 3 أيام ردت الولايات المتحدة بقصف مطار الشعيرات")
    from the day the nearest sentence before it dates (one day, or none: "في 4 أبريل 2017 , وقعت مجزرة
    خان شيخون" -> 2017-04-07), up to LAPSE_LOOKBACK sentences back; a sentence with several days stops
    the search (which one the lapse counts from is not said)."""
    s = c.sent
    lapse = _lapse(s, lex)
    if lapse is None:
        return False
    days, a, b = lapse
    for d_sent in sents[max(0, i - LAPSE_LOOKBACK):i][::-1]:
        resolved = [d for d in d_sent.dates if d.date_start and not _is_report_date(d_sent, d)]
        if not resolved:
            continue
        if len({(d.date_start, d.date_end or d.date_start) for d in resolved}) != 1:
            return False
        d = resolved[0]
        if d.precision != "day" or (d.date_end or d.date_start) != d.date_start:
            return False
        c.date_start = c.date_end = (dt.date.fromisoformat(d.date_start) + dt.timedelta(days=days)).isoformat()
        c.time_precision = 1
        c.date_ev = (a, b)
        c.date_from = (d.start, d.end)
        c.confidence = min(c.confidence, 0.8)
        return True
    return False


def _continues(c: _Cand, i: int, sents: list[_Sent], per_sent: list[list[_Cand]], lex: _ELex) -> bool:
    """The event's sentence opens a new line with its own trigger verb joined by "و" ("في 25 يناير 2013 ,
    قتل الجنود العراقيون خمسة أشخاص بعد أن فتحوا النار على مظاهرة ... ⏎ واشتبكت القوات العراقية مع آلاف
    العراقيين في مدينة الفلوجة"): the narration goes on from the happening the sentence before told, on its day.
    Not background ("وكان ... قد"), not a sentence whose predecessor told no happening."""
    s = c.sent
    if i == 0 or sents[i - 1].line == s.line or not per_sent[i - 1] or c.ti != 0:
        return False
    n = s.tokens[0].norm
    if not (n.startswith("و") and len(n) >= 4 and is_verb(n[1:])):
        return False
    return not _background(c, lex) and not _past_part(c, lex)


RELATIVE_DAY_KINDS = ("relative", "weekday")     # "اليوم", "أمس", "الاثنين": a day told against the page's


def _reported_on_day(c: _Cand, i: int, sents: list[_Sent], lex: _ELex, text: str | None = None) -> Any:
    """On a dated page, the event's sentence opens a new line with a conjoined verb of saying ("أوقفت
    الشرطة البلجيكية الاثنين أربعة أشخاص ... ⏎ وأفاد بيان ... أن الشرطة داهمت ستة منازل"): the report goes
    on with its source's account of the happening the line before told on its day. That day (one
    "اليوم" / "أمس" / weekday, resolved against the page's date) dates it rather than the page's week;
    None when the sentence before names no such day or several, or the event is background. A day told in a
    "بعد أن" / "بعدما" clause (``_told_after``, read when ``text`` is given) dates an earlier happening: not it."""
    s = c.sent
    if i == 0 or sents[i - 1].line == s.line or not s.tokens:
        return None
    n = s.tokens[0].norm
    if not (n.startswith("و") and n[1:] in ACCOUNT_VERBS):
        return None
    d_sent = sents[i - 1]
    days = [d for d in d_sent.dates if d.date_start and d.kind in RELATIVE_DAY_KINDS and d.precision == "day"
            and (d.date_end or d.date_start) == d.date_start and not _spoken_day(d_sent, d, lex)
            and not (text is not None and _told_after(d_sent, d, text))]
    if len({d.date_start for d in days}) != 1 or _background(c, lex) or _past_part(c, lex):
        return None
    return days[0]


ITEM_TODAY = normalize("اليوم")
ITEM_BACK_DAYS = 3      # a relative day this far before the page's ("أمس", "ليلة أمس", "أمس الأول") counts from it


def _item_today(c: _Cand, i: int, sents: list[_Sent], ref: dt.date | None, posts: Any) -> None:
    """An item of a page that gathers several days' news tells its own "today", an earlier day than the
    page's ("... هجوم ارهابي تعرض له القضاء في ساعة متاخرة من ليلة أمس . ⏎ واوضح التميمي , اليوم الاثنين 29 آب
    2016 :" on an archive page of Wednesday 31 Aug): its "أمس" counts back from that today (28 Aug), not
    from the page's (30 Aug); its bare "اليوم" is that today, its weekday the nearest one not after it. The today ("اليوم" with a weekday the page's day is not) stands in the sentence
    before the event's on its line, or the next one (on its line, or a new line "و + verb of saying" going on
    with the source's account); one such day only. (Not one of the event's own sentence: a glued item's.)"""
    if ref is None or posts or c.date_ev is None or not c.date_own:
        return
    s = c.sent
    d = next((x for x in s.dates if x.start == c.date_ev[0]), None)
    if d is None or d.kind not in RELATIVE_DAY_KINDS or d.precision != "day" or not d.date_start \
            or (d.date_end or d.date_start) != d.date_start:
        return
    own = normalize(d.surface)
    if own.startswith(ITEM_TODAY) and len(own.split()) > 1:
        return      # a today with its weekday: the item's own, read as the text says
    back = (ref - dt.date.fromisoformat(d.date_start)).days
    if not 0 <= back <= (6 if d.kind == "weekday" else ITEM_BACK_DAYS):
        return
    near = []
    if i > 0 and sents[i - 1].line == s.line:
        near.append(sents[i - 1])
    if i + 1 < len(sents):
        nxt = sents[i + 1]
        words = nxt.text[nxt.span.start:nxt.span.end].split()[:1]
        opener = normalize(words[0]) if words else ""
        if nxt.line == s.line or opener.startswith("و") and opener[1:] in ACCOUNT_VERBS:
            near.append(nxt)
    todays = {x.date_start for n in near for x in n.dates
              if x.kind == "relative" and x.precision == "day" and x.date_start
              and normalize(x.surface).startswith(ITEM_TODAY) and len(x.surface.split()) > 1}
    if len(todays) != 1:
        return
    today = dt.date.fromisoformat(next(iter(todays)))
    if not 0 < (ref - today).days <= 7:
        return
    if d.kind == "weekday":
        # the weekday's nearest day not after the item's today ("الأحد" of Monday 29's item: the 28th)
        back = (today.weekday() - dt.date.fromisoformat(d.date_start).weekday()) % 7
    c.date_start = c.date_end = (today - dt.timedelta(days=back)).isoformat()


def _spoken_day(s: _Sent, d: Any, lex: _ELex) -> bool:
    """The day ``d`` tells when a source spoke, not when the line's happening did: a verb of saying,
    calling or condemning (or a report's word) stands up to REPORT_VERB_SPAN words before it with no
    "إن / أن" between ("قال منسق الأمم المتحدة ... , يان إيجلاند , اليوم الخميس", "وفق ما أفاد المرصد
    اليوم الجمعة", "دعت الأمم المتحدة أمس"), or "إن / أن" opens the reported words right after it
    ("قولها الاثنين إن", "أعلن الكرملين , الثلاثاء , أن")."""
    # (a sentence with no trigger was not tokenised)
    toks = s.tokens or sentence_tokens(s.text, s.span.start, s.span.end)
    k = max(0, _tok_index(toks, d.start))
    for j in range(k - 1, max(-1, k - 1 - REPORT_VERB_SPAN), -1):
        w = toks[j].norm
        if w in QUOTE_OPENERS:
            break       # the day stands in the reported words ("قال المرصد ان الجيش ... اليوم")
        bare = w[1:] if w.startswith("و") else w
        if w in REPORT_CUES or bare in REPORT_CUES or bare in ACCOUNT_VERBS or bare in FRAME_WORDS \
                or not _keys(w).isdisjoint(lex.speech_verbs):
            return True
    after = [t.norm for t in toks if t.start >= d.end and any(ch.isalpha() for ch in t.norm)][:1]
    return bool(after) and after[0] in QUOTE_OPENERS


def _untold_time_re() -> re.Pattern[str]:
    words = word_data("date_words.yaml", "untold_time")

    def alt(xs: list[str]) -> str:
        return "|".join(re.escape(normalize(x)) for x in sorted(xs, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alt(words['negations'])})\s+(?:{alt(words['verbs'])})(?:\s+\S+){{0,3}}?\s+"
                      rf"(?:{alt(words['time_words'])})(?!\w)")


UNTOLD_TIME = _untold_time_re()
UNTOLD_REACH_CHARS = 400    # the "did not say when" follows the statement within a sentence or two


def _time_untold(text: str, s: _Sent) -> bool:
    """The text goes on to say its source did not tell when the deed happened ("ولم تذكر المصادر متى نفذت
    الضربة الجوية"): within UNTOLD_REACH_CHARS after the sentence (or in it)."""
    return bool(text) and UNTOLD_TIME.search(normalize(text[s.span.start:s.span.end + UNTOLD_REACH_CHARS])) is not None


SAID_REACH = 5           # tokens from a verb of saying to the day it spoke on ("أعلنت موسكو , الخميس ,")
SAID_BEFORE_PAGE_DAYS = 2    # a statement this many days before the page's day is recalled, not the page's news


def _said_day_of_deed(s: _Sent, k: int, d: Any, ti: int, usable: list[tuple[int, int, Any]], lex: _ELex,
                      ctx: _DocContext | None, text: str = "") -> bool:
    """The one day ``d`` (at token ``k``) that dates the trigger at ``ti`` is the day a source spoke, told
    before the deed it reports ("صرح أول من أمس بأن حزب الله هو المسؤول عن إطلاق خمسة قذائف", "أعلنت موسكو
    الخميس أن غاراتها قتلت"): a verb of saying stands up to SAID_REACH tokens before the day with no "أن /
    إن" between, or "أن / إن" opens the reported words right after it. Only for a statement the page recalls
    from days before its own day (a single dated page, not a listing of posts or glued daily reports): the
    day's own news is of the day it is told on, but a recalled statement dates the saying, and the deed it
    reports is of that day or before. So too a statement of any day when the text goes on to say the source did
    not tell when the deed happened (``_time_untold``: "ولم تذكر المصادر متى نفذت الضربة"). Not when another date stands from it to the end of the trigger's
    clause (the deed's own day: "قال المرصد أمس إن الطائرات قصفت فجر الأحد")."""
    if ctx is None or ctx.page_day is None or ctx.posts or ctx.report_parts or ctx.feed:
        return False
    if not k < ti or d.precision != "day" or d.kind not in RELATIVE_DAY_KINDS or not d.date_start \
            or (d.date_end or d.date_start) != d.date_start:
        return False
    untold = _time_untold(text, s)
    if not untold and (ITEM_TODAY in normalize(d.surface).split()
                       or (ctx.page_day - dt.date.fromisoformat(d.date_start)).days < SAID_BEFORE_PAGE_DAYS):
        return False    # (a day the text calls "today", "اليوم الخميس", is its item's own news day, not a recall)
    if any(x[1] > k and (x[1] <= ti or s.clause[x[1]] == s.clause[ti]) for x in usable):
        return False
    toks = s.tokens

    def opener(w: str) -> bool:
        return w in QUOTE_OPENERS or not _keys(w).isdisjoint(QUOTE_OPENERS)

    for j in range(k - 1, max(-1, k - 1 - SAID_REACH), -1):
        if opener(toks[j].norm):
            return False
        if said_word(toks[j].norm, lex):
            return True
    after = next((t.norm for t in toks if t.start >= d.end and any(ch.isalpha() for ch in t.norm)), "")
    return opener(after)


ENTRY_LOOKBACK = 6      # undated sentences an entry's heading date reaches down to


_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d|[١٢][٠٩][٠-٩][٠-٩]")


def _entry_head(s: _Sent) -> Any:
    """The day heading the sentence as a timeline entry's ("27 أبريل / نيسان 2017 : مواقع موالية ..."), or None.
    Without the colon, a full date written with its year that opens a line heads an entry too ("⏎ 22 مايو
    2015 فجر انتحاري نفسه ...", "⏎ 22 يناير 2015 م - الديوان الملكي ..."): a chronology's line."""
    if not s.dates:
        return None
    d = s.dates[0]
    if not d.date_start or d.precision != "day" or (d.date_end or d.date_start) != d.date_start:
        return _intro_glued(s)
    if d.kind == "timeline" and d.surface.strip().isdigit():
        # a year review's "13 - ..." (``timeline_days`` read the bare number as an entry's day, under its
        # month's name): the lines after it with no day number of their own are more items of that day,
        # until the next day. (A prose chronicle's "في 17 أكتوبر" is a timeline date too, but inside its sentence.)
        return None if "\n" in s.text[s.span.start:d.start] else d
    if s.text[s.span.start:d.start].strip(" \t\n-–—•*|"):
        return _intro_glued(s)
    if s.text[d.end:d.end + 3].lstrip().startswith(":"):
        return d
    line_start = s.text.rfind("\n", 0, s.span.start) + 1
    if s.text[line_start:d.start].strip(" \t-–—•*|") or d.kind != "absolute" or not _YEAR_DIGITS.search(d.surface):
        return None
    glued = [e for e in s.dates[1:] if e.kind == "absolute" and _YEAR_DIGITS.search(e.surface)]
    if glued:
        # "18 مايو 2015 قتل ... القاهرة 19 مايو 2015 لقي ...": the next entry glued on; the lines below go
        # on with the line's last entry, so its day heads them (none when that date is not an entry's head)
        return _glued_entry(s, glued[-1])
    return d


def _intro_glued(s: _Sent) -> Any:
    """A year review's first entry glued onto its introduction ("... حسب تسلسلها الزمني : أحداث شهر 1 - 2017 م
    01 يناير 2017 م - مصرع ستة أشخاص ..."): the lines below are that entry's, so its day heads them. Only the
    line's last full date, set off as an entry's head by a dash or colon after it, not one told in the line."""
    glued = [e for e in s.dates if e.kind == "absolute" and _YEAR_DIGITS.search(e.surface)]
    return _glued_entry(s, glued[-1], marked=True) if glued and glued[-1] is not s.dates[0] else None


# words a date inside running text follows ("في", "منذ", "يوم", "بين"): such a date is no glued entry's head
DATE_LEADS = frozenset(normalize(w) for w in (*word_list("function_words.yaml", "date_intro_words"),
                                               *word_list("function_words.yaml", "told_day_words")))


# what may close the entry before a glued one: a word, or the bracket or quote its statement ended on
# ("... تجاهلا فاضحا لحقيقة ما تتعرض له سوريا ) 15 يونيو 2011 قوات الأمن ...")
GLUED_CLOSERS = frozenset(')]"»”')
# what sets a date off as an entry's head: a dash or a colon after it ("01 يناير 2017 م - مصرع ...")
ENTRY_HEAD_MARKS = frozenset("-–—:")


def _glued_entry(s: _Sent, e: Any, marked: bool = False) -> Any:
    """``e`` (a full date with its year, past the line's first entry) when it opens an entry glued onto the
    line ("... شمال شرق القاهرة 19 مايو 2015 لقي شخص ..."): one day, right after a word, or the bracket a
    quoted statement closed, with nothing but spaces between (a cut lost), no date-leading word before it
    ("في 19 مايو", "منذ 19 مايو") and a word after it, or an entry's dash or colon ("2017 م - مصرع");
    ``marked``: only the dash or colon will do (a date glued past a line's introduction, not its first
    entry); else None (a date told in the entry's text, or cited: "( رويترز , 19 مايو 2015 )")."""
    if not e.date_start or e.precision != "day" or (e.date_end or e.date_start) != e.date_start:
        return None
    text = s.text
    before = text[max(s.span.start, e.start - 40):e.start]
    after = text[e.end:min(s.span.end, e.end + 40)]
    words = before.split()
    if not words or before[-1:] not in (" ", "\n"):
        return None
    if not any(ch.isalpha() for ch in words[-1]) and words[-1] not in GLUED_CLOSERS:
        return None
    if normalize(words[-1]) in DATE_LEADS or not after[:1].isspace():
        return None
    nxt = after.split()[:2]
    if nxt[1:] and nxt[0] in ("م", "ه") and nxt[1] in ENTRY_HEAD_MARKS or nxt[:1] and nxt[0] in ENTRY_HEAD_MARKS:
        return e                # "2017 م - مصرع ...", "2017 - مصرع ..."
    if marked or not nxt or not any(ch.isalpha() for ch in nxt[0]) or nxt[0] in ("م", "ه"):
        return None
    return e


IN_WORDS = frozenset(normalize(w) for w in word_list("function_words.yaml", "in_words"))


def _unread_entry(s: _Sent) -> bool:
    """The sentence opens its line with "في" and a number ("⏎ في 15 - 6 مقتل المصور ..."): an entry of its
    own whose day the dates layer could not read, not a continuation of the entry before. (A bare year
    heading a line, "⏎ 2014 : قتل عشرة جنود ...", is left to the entry above, as before.)"""
    toks = s.tokens
    line_start = s.text.rfind("\n", 0, s.span.start) + 1
    if len(toks) < 2 or s.text[line_start:s.span.start].strip(" \t-–—•*|"):
        return False
    return toks[0].norm in IN_WORDS and toks[1].text[:1].isdigit()


def _entry_heads(sents: list[_Sent]) -> dict[int, Any]:
    """Sentence index -> its entry heading day, on a timeline (MIN_TIMELINE_ENTRIES such entries or more)."""
    heads = {i: d for i, s in enumerate(sents) if (d := _entry_head(s)) is not None}
    return heads if len(heads) >= MIN_TIMELINE_ENTRIES else {}


def _entry_date(c: _Cand, i: int, sents: list[_Sent], entries: dict[int, Any], lex: _ELex) -> bool:
    """A timeline entry told on several lines ("27 أبريل / نيسان 2017 : ... انفجارات كبيرة ... ⏎ وقالت
    مصادر المعارضة إن ضربات صاروخية أصابت مستودع ذخيرة ... قرب مطار دمشق"): a sentence with no date
    of its own, after only undated sentences since an entry's heading, belongs to that entry and its day.
    Not one that names a span of time before its trigger ("وفي الأسبوعين الأولين , استعادت القوات"):
    another time than the entry's day."""
    s = c.sent
    if any(_keys(s.tokens[k].norm) & lex.duration_units.keys() for k in range(c.ti)):
        return False
    if _unread_entry(s):
        return False
    for j in range(i - 1, max(-1, i - 1 - ENTRY_LOOKBACK), -1):
        if j not in entries and _unread_entry(sents[j]):
            return False
        if j in entries:
            d = entries[j]
            _take_day(c, d)
            return True
        if sents[j].dates:
            return False
    return False


ITEM_HEADER_WORDS = 3    # "شمال حمص : أحرار الشام يقصفون ...": a feed item's place header


ITEM_BULLETS = frozenset("-–—•*")   # a list item's bullet before a sentence's first word ("... أول أمس . - قال المرصد ...")


def _item_header(s: _Sent) -> bool:
    """The sentence opens a new item of a feed run together on one line: one to ITEM_HEADER_WORDS words
    and a colon ("... بعد هجوم الطائرات بدون طيار قبل أسبوعين . شمال حمص : أحرار الشام يقصفون مواقع ..."),
    or a list's bullet before its first word (a roundup's items run together: "... على أجزاء واسعة منها أول
    أمس . - قال المرصد إن عدد قتلى الغارة ... ارتفع"), so a date the sentence before told in passing,
    another item's, does not date it. Not a speaker's colon ("وتابعت الوزارة : ..."): no verb among the
    header's words."""
    toks = s.tokens
    if toks and any(ch in ITEM_BULLETS for ch in s.text[s.span.start:toks[0].start]):
        return True
    for n in range(1, ITEM_HEADER_WORDS + 1):
        if n < len(toks) and ":" in s.text[toks[n - 1].end:toks[n].start]:
            return not any(is_verb_or_joined(t.norm) for t in toks[:n])
    return False


def _item_opens_inside(c: _Cand, ctx: _DocContext) -> bool:
    """On a feed page, the trigger's item starts inside its sentence ("... قرب حلب . | شمال حماة :
    قصف ..."): the sentences before belong to other items, so their days do not date it."""
    return ctx.other_items(c.sent.span.start, c.start)


def _feed_neighbour(d_sent: _Sent, s: _Sent) -> bool:
    """On a feed page, ``d_sent`` (next to the event's sentence ``s`` on its line) is another item:
    each sentence of a feed's line is its own report ("... غرب حماة . قوات النمر سيطرت على ..."),
    so its "اليوم" / "أمس" / day is that item's, not the event's. Not a sentence that says the
    event continues it ("وفي سياق متصل", ``inherits_date``)."""
    return d_sent.line == s.line and not s.inherits_date


HEADING_EXTRA_TOKENS = 1     # "الأحد 10 كانون الأول 2017 :", "- 10 / 12 / 2017": a date line, at most one word more


def _dated_heading(d_sent: _Sent, d: Any, text: str) -> bool:
    """Date ``d`` heads the items after it: a written day (not "اليوم" / "أمس", which tell an item's own
    time) standing as its sentence ("الأحد 10 كانون الأول 2017 .") or one of ``_date_regions``' heading
    dates (a full date opening its sentence unintroduced)."""
    if d.kind not in ("absolute", "timeline") or d.precision != "day":
        return False
    if len([t for t in d_sent.tokens if not d.start <= t.start < d.end]) <= HEADING_EXTRA_TOKENS:
        return True
    _prepare(d_sent, text)
    return any(d_sent.dates[di] is d for di in d_sent.headings if di < len(d_sent.dates))


def _borrow_date(c: _Cand, i: int, sents: list[_Sent], per_sent: list[list[_Cand]], lex: _ELex,
                 carry: bool = False, entries: dict[int, Any] | None = None, feed_text: str | None = None,
                 parts: list[tuple[int, dt.date | None]] | None = None, ctx: _DocContext | None = None,
                 text: str | None = None) -> None:
    """An event whose sentence has no date takes one from the sentences around it: a lapse counted from
    the day told before ("وبعد يومين"), the sentence before on its line (or any line after "بعدها"), a
    lead's next sentence; on a page with no day of its own (``carry``), also the sentence before a
    continuation line ("⏎ واشتبكت القوات ...", ``_continues``) when that sentence gives one date; else,
    on a timeline (``entries``), the day of the entry it belongs to (``_entry_date``). On a feed page
    (``feed_text``, the page's text) a neighbouring item lends only a dated heading (``_feed_neighbour``).
    In glued daily reports (``parts``) a date of another report lends nothing: it tells another day.
    The page's printed stamp (``ctx.stamps``) lends the report's window, the week up to it. A day told in
    a "بعد أن" / "بعدما" clause (``_told_after``; ``text``, the page's text) dates an earlier happening: it
    lends nothing."""
    s = c.sent
    _time_cues(s, lex)
    if s.clause[c.ti] in (s.other_time_clauses or set()):
        return
    if _lapse_date(c, i, sents, lex):
        return
    inherits = s.inherits_date
    donors: list[_Sent] = []
    header = i > 0 and sents[i - 1].line == s.line and not inherits and _item_header(s)
    if i > 0 and (sents[i - 1].line == s.line or inherits):
        donors.append(sents[i - 1])
    elif carry and _continues(c, i, sents, per_sent, lex):
        d_sent = sents[i - 1]
        if len({(d.date_start, d.date_end) for d in d_sent.dates if d.date_start}) == 1:
            donors.append(d_sent)
            c.date_from = next((d.start, d.end) for d in d_sent.dates if d.date_start)
    elif not carry and (day := _reported_on_day(c, i, sents, lex, text)) is not None:
        # the source's account of the line before's happening: that line's day, not its other dates
        _take_day(c, day)
        return
    lead_next = None
    if i <= 1 and i + 1 < len(sents) and not per_sent[i + 1]:
        lead_next = sents[i + 1]
        donors.append(lead_next)        # a lead sentence: dated by the next one
    for d_sent in donors:
        resolved = [d for d in d_sent.dates if d.date_start and d.precision != "year"
                    and not (header and d_sent is sents[i - 1] and d.kind not in ("absolute", "timeline"))
                    and not _in_stamp_run(ctx, d)
                    and not _across_posts(parts, d.start, c.start)
                    and not (text is not None and _told_after(d_sent, d, text))]
        if d_sent is lead_next:
            # the lead's next sentence: its "أمس" / weekday dates its own clause's happening ("في موازاة ذلك ,
            # اجتازت آليات تركية أمس معبر ..."), not the lead's; only a day its source spoke on is the report's
            resolved = [d for d in resolved if d.kind not in RELATIVE_DAY_KINDS or _spoken_day(d_sent, d, lex)]
        if feed_text is not None and _feed_neighbour(d_sent, s):
            # a neighbouring item's day dates its own happening: only a dated heading dates the items after it
            resolved = [d for d in resolved if _dated_heading(d_sent, d, feed_text)]
        if not resolved:
            continue    # a bare year next door ("في عام 2014") is background, not this event's date;
            # past an item's header, only a full date (a listing's title) dates it, not a "قبل أسبوعين"
        nonreport = [d for d in resolved if not _is_report_date(d_sent, d)]
        d = (nonreport or resolved)[0]
        if entries and i > 0 and d_sent is sents[i - 1] and entries.get(i - 1) in resolved:
            # a timeline line that runs on into this sentence: the day of the line's last entry (an entry
            # glued on after the first: "14 يونيو 2011 قال ... ) 15 يونيو 2011 قوات الأمن ... تحتشد قرب
            # بلدة معرة النعمان ⏎ ... خرج مناصرون للنظام"), not its first
            d = entries[i - 1]
        c.date_start, c.date_end = d.date_start, d.date_end or d.date_start
        c.time_precision = max(_precision_code(d.precision) or 3, 2)
        c.date_ev = (d.start, d.end)
        c.confidence = min(c.confidence, 0.8)
        if lex.report_window_days and d.precision == "day" and c.date_start == c.date_end \
                and _in_stamp(ctx, d, echoes=True) and not _reported_day(ctx, c.date_end):
            # a lede after the page's stamp: the report's week, as the stamp's own sentence takes (_find_date)
            c.date_start = (dt.date.fromisoformat(c.date_end) - dt.timedelta(days=lex.report_window_days)).isoformat()
            c.date_cited = True
            _stamp_one_day(c, ctx)
        return
    if carry and (head := _toll_head_day(c, i, sents, per_sent, lex)) is not None:
        # (on a page with a day of its own, the breakdown's lines already read the report's day and their list)
        _take_day(c, head)
        return
    if entries:
        _entry_date(c, i, sents, entries, lex)


TOLL_BREAKDOWN_REACH = 6    # sentences from a day's toll to the last line of its breakdown ("في محافظة إدلب قضى ...")


TOLL_DEAD = frozenset(_k(w) for w in word_data("quantities.yaml", "nouns")["fatalities"])


def _toll_head(s: _Sent, lex: _ELex) -> bool:
    """The sentence sums a toll of the dead: a toll noun before a word for the dead ("بلغ مجموع الضحايا ...",
    "حصيلة القتلى"; event_triggers.yaml toll_nouns, quantities.yaml fatalities), with a number in the sentence.
    Not a count of fighters or people moved ("بلغ عددهم نحو 3800 مقاتل")."""
    toks = s.tokens
    return bool(s.numbers) and any(_keys(toks[k].norm) & lex.toll_nouns and _keys(toks[k + 1].norm) & TOLL_DEAD
                                   for k in range(len(toks) - 1))


def _toll_head_day(c: _Cand, i: int, sents: list[_Sent], per_sent: list[list[_Cand]], lex: _ELex) -> Any:
    """On a page with no day of its own, a line of a toll's breakdown takes the day the toll is summed for: a
    daily report's head sums the day's dead on its day ("بلغ مجموع الضحايا الذين استطعنا توثيقهم في سوريا ( 10 )
    أشخاص يوم الجمعة 19 - 1 - 2018"),
    and the lines after it, each a count with no time of its own ("في محافظة إدلب قضى ( 4 ) أشخاص جراء القصف",
    "وقضى في العاصمة دمشق ( 2 ) أحدهما جراء القصف على حي جوبر"), break that toll down by place. Every sentence
    between the head and the event's is such a line: an event, a number and no date. A head with two days, or
    a dateless one, lends nothing."""
    if not c.sent.numbers or c.sent.dates:
        return None
    for h in range(i - 1, max(-1, i - 1 - TOLL_BREAKDOWN_REACH), -1):
        s = sents[h]
        if s.dates:
            days = {(d.date_start, d.date_end) for d in s.dates if d.date_start}
            if len(days) != 1 or not _toll_head(s, lex):
                return None
            d = next(d for d in s.dates if d.date_start)
            return d if d.precision == "day" and d.kind in ("absolute", "timeline") else None
        if not per_sent[h] or not s.numbers:
            return None
    return None


TOLD_AGAIN = frozenset(normalize(w) for w in word_list("function_words.yaml", "told_again_happenings"))
TOLD_AGAIN_OBJECT = frozenset(normalize(w) for w in word_list("function_words.yaml", "told_again_own_object"))
TOLD_AGAIN_REACH = 3        # sentences back: past them the page has moved on to another happening


def _told_again_nouns(s: _Sent, clause: int | None = None, alone: bool = False) -> set[str]:
    """The definite happening nouns ("الهجوم", "وأثناء تلك الاشتباكات") of ``s`` (of one clause of it);
    ``alone``: only those with no object or side of their own after them ("القصف على", "الاشتباكات ضد")."""
    out = set()
    toks = s.tokens
    for k, t in enumerate(toks):
        if clause is not None and s.clause[k] != clause:
            continue
        w = t.norm[1:] if t.norm[:1] in ("و", "ف") and t.norm[1:3] == "ال" else t.norm
        if w not in TOLD_AGAIN:
            continue
        if alone and k + 1 < len(toks) and toks[k + 1].norm in TOLD_AGAIN_OBJECT:
            continue
        out.add(w)
    return out


def named_again_dates(events: list[_Cand], sents: list[_Sent], parts: list[tuple[int, dt.date | None]] | None,
                      feed: bool, lex: _ELex | None = None) -> None:
    """After the merges, before the page's dates: a happening still undated whose sentence names again a
    happening dated shortly before takes its day (``_named_again_date``). Not on a feed (each item is its
    own report), nor a row a merge dated (its telling's day stands: a split would double the row)."""
    if feed:
        return
    at = {id(s): i for i, s in enumerate(sents)}
    # (speed: the days the next dated sentence says a happening took place on, read once per sentence; where
    # there are none, _dated_further_on finds nothing, and _borrowed_day / _told_day need not be asked)
    further: dict[int, list[tuple[str, Any]]] = {}
    for e in events:
        if e.modality != "actual" or id(e.sent) not in at:
            continue
        i = at[id(e.sent)]
        if i not in further:
            further[i] = _further_days(i, sents)
        if e.date_start == UNKNOWN and not e.has_date_expr:
            if not _named_again_date(e, i, sents, parts):
                _dated_further_on(e, i, sents, parts, further[i])
        elif further[i] and (_borrowed_day(e) or lex is not None and _told_day(e, lex)):
            # (a day lent by a sentence before, or the day a source told it: the next sentence's own account
            # of the happening is narrower)
            _dated_further_on(e, i, sents, parts, further[i])


def _named_again_date(c: _Cand, i: int, sents: list[_Sent],
                      parts: list[tuple[int, dt.date | None]] | None) -> bool:
    """c's sentence has no date and names again, in the trigger's clause, a happening a sentence shortly
    before dated to a day in the clause that names it ("وقد بدأ الهجوم في 21 آذار / مارس 2017 بضرب مواقع
    ..." then "وقد شمل الهجوم تفجير سيارتين ملغمتين بقرب صوران"): the part is of the whole's day, the
    narrowest the text gives, not the digest's week. Not past a sentence with a date of its own (another
    time stands between), nor across glued daily reports."""
    s = c.sent
    nouns = _told_again_nouns(s, s.clause[c.ti], alone=True)
    if not nouns:
        return False
    for j in range(i - 1, max(-1, i - 1 - TOLD_AGAIN_REACH), -1):
        d_sent = sents[j]
        dated = [d for d in d_sent.dates if d.date_start and not _across_posts(parts, d.start, c.start)]
        if not dated:
            continue
        for d in dated:
            if d.precision != "day" or d.kind in ("since", "range") or d.date_end not in (None, d.date_start):
                continue
            k = _tok_index(d_sent.tokens, d.start)
            if 0 <= k < len(d_sent.clause) and nouns & _told_again_nouns(d_sent, d_sent.clause[k]):
                _take_day(c, d)
                return True
        return False        # the nearest dated sentence tells another time
    return False


TOOK_PLACE = frozenset(normalize(w) for w in word_list("function_words.yaml", "took_place_verbs"))
RELATIVE_PRONOUNS = frozenset(normalize(w) for w in word_list("function_words.yaml", "relative_pronouns"))
FURTHER_ON_REACH = 2        # sentences ahead: the source's own account right after the lead ("وقال ... إن عملية ...")
TOOK_PLACE_DAY_REACH = 4    # tokens from the verb of occurrence to the day ("نفذ الإعدام بهم , يوم أول أمس السبت")
STEM_SUFFIX_SLACK = 2       # letters a plural or feminine ending adds to the noun ("الاشتباك" / "اشتباكات")


def _bare_noun(w: str) -> str:
    """``w`` without a leading "و" / "ف" and its article ("والاشتباك" -> "اشتباك"); "" when it has no article."""
    if w[:1] in ("و", "ف") and w[1:3] == "ال":
        w = w[1:]
    return w[2:] if w.startswith("ال") and len(w) > 4 else ""


def _took_place_days(s: _Sent) -> list[tuple[str, Any]]:
    """(the happening's bare noun, the day) of each "<noun> [الذي] <took-place verb> <day>" or "<took-place verb>
    <noun> ... <day>" of ``s``: a definite noun said to have happened on one day ("إن عملية الإنزال جرت الخميس
    الماضي", "هذا الاشتباك الذي حصل أمس الأحد", "نفذ الإعدام بهم , يوم أول أمس السبت")."""
    toks = s.tokens
    out = []
    for d in s.dates:
        if not d.date_start or d.precision != "day" or d.kind in ("since", "range") \
                or d.date_end not in (None, d.date_start):
            continue
        k = _tok_index(toks, d.start)
        for v in range(k - 1, max(-1, k - 1 - TOOK_PLACE_DAY_REACH), -1):
            w = toks[v].norm
            if (w[1:] if w[:1] in ("و", "ف") else w) not in TOOK_PLACE and w not in TOOK_PLACE:
                continue
            nouns = []
            if v + 1 < k:
                nouns.append(_bare_noun(toks[v + 1].norm))     # "نفذ الإعدام", "جرت الاشتباكات"
            j = v - 1
            if j >= 0 and toks[j].norm in RELATIVE_PRONOUNS:
                j -= 1
            if j >= 0:
                nouns.append(_bare_noun(toks[j].norm))         # "عملية الإنزال جرت", "الاشتباك الذي حصل"
            out.extend((n, d) for n in nouns if n)
            break
    return out


def _same_noun(a: str, b: str) -> bool:
    """Two bare nouns name the same happening: equal, or one the other with a plural / feminine ending; or the
    noun is the verbal noun of a form-IV verb the other word is ("أعدم" / "أعدمهم" and "الإعدام", "أطلق" and
    "الإطلاق": أفعل -> إفعال, a long vowel before the last root letter)."""
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 3 and long_.startswith(short) and len(long_) - len(short) <= STEM_SUFFIX_SLACK:
        return True
    return any(_form4_masdar(v) == n for v, n in ((a, b), (b, a)))


def _form4_masdar(w: str) -> str:
    """The verbal noun of ``w`` read as a form-IV verb with at most a pronoun or plural ending ("اعدمهم" ->
    "اعدام"); "" when ``w`` cannot be one (no leading alef, or too short)."""
    if not w.startswith("ا") or not 4 <= len(w) <= 4 + STEM_SUFFIX_SLACK:
        return ""
    return w[:3] + "ا" + w[3]


def _borrowed_day(c: _Cand) -> bool:
    """c's sentence has no date of its own and c took a day an earlier sentence told (``_borrow_date``)."""
    span = c.sent.span
    return c.date_start != UNKNOWN and not c.date_own and not c.has_date_expr and not c.date_guessed \
        and c.date_ev is not None and c.date_ev[0] < span.start


def _told_day(c: _Cand, lex: _ELex) -> bool:
    """c's day is its own sentence's, the day a source spoke (``_spoken_day``: "أفاد مصدر محلي , اليوم الثلاثاء ,
    بإعدام ...", "كشفت الوكالة , الأحد الماضي , عن عملية إعدام"), and the trigger follows it: the telling's day,
    which a later sentence's account of when the happening took place narrows (``_dated_further_on``)."""
    s = c.sent
    if c.date_start == UNKNOWN or not c.date_own or c.date_ev is None \
            or not s.span.start <= c.date_ev[0] < s.span.end:
        return False
    d = next((x for x in s.dates if x.start == c.date_ev[0]), None)
    return d is not None and _tok_index(s.tokens, d.end - 1) < c.ti and _spoken_day(s, d, lex)


def _further_days(i: int, sents: list[_Sent]) -> list[tuple[str, Any]]:
    """``_took_place_days`` of the first sentence after sentence i, within FURTHER_ON_REACH, with a date of its
    own ([] when none): the only sentence ``_dated_further_on`` reads."""
    for j in range(i + 1, min(len(sents), i + 1 + FURTHER_ON_REACH)):
        if any(d.date_start for d in sents[j].dates):
            return _took_place_days(sents[j])
    return []


def _dated_further_on(c: _Cand, i: int, sents: list[_Sent],
                      parts: list[tuple[int, dt.date | None]] | None,
                      further: list[tuple[str, Any]] | None = None) -> bool:
    """c's sentence has no date, and a sentence right after it says when the happening its trigger's clause
    names took place ("نفذ التحالف ... في أول عملية إنزال ... تستهدف أحد مقرات التنظيم" then "وقال ... إن
    عملية الإنزال جرت الخميس الماضي"): that day is the happening's, narrower than the page's window. The later
    sentence names it by the same noun with its article and a verb of occurrence (``_took_place_days``). Not past
    a sentence with a date of its own (another time stands between), nor across glued daily reports."""
    if further is None:
        further = _further_days(i, sents)
    if not further:
        return False        # no sentence dated near, or the nearest dated sentence tells another time
    s = c.sent
    toks = s.tokens
    own = {_bare_noun(t.norm) or (t.norm[1:] if t.norm[:1] in ("و", "ف", "ب", "ل") else t.norm)
           for k, t in enumerate(toks) if s.clause[k] == s.clause[c.ti] or k == c.ti}
    own.discard("")
    for noun, d in further:
        if _across_posts(parts, c.start, d.start) or not any(_same_noun(noun, w) for w in own):
            continue
        _take_day(c, d)
        return True
    return False        # the nearest dated sentence tells another time


def _take_day(c: _Cand, d: Any) -> None:
    """``c`` takes the one day ``d`` (a day-precision date of another sentence) with ``d`` as its evidence; a
    day lent from elsewhere is less sure than the sentence's own."""
    c.date_start = c.date_end = d.date_start
    c.time_precision = 1
    c.date_ev = c.date_from = (d.start, d.end)
    c.confidence = min(c.confidence, 0.8)


def _across_posts(parts: list[tuple[int, dt.date | None]] | None, a: int, b: int) -> bool:
    """Offsets ``a`` and ``b`` stand in different reports of a page of glued daily reports (a report's
    dated heading between them): what one report tells, another day's report does not date."""
    if not parts:
        return False
    starts = [at for at, _day in parts]
    return bisect.bisect_right(starts, a) != bisect.bisect_right(starts, b)


def _time_cues(s: _Sent, lex: _ELex) -> None:
    if s.other_time_clauses is not None:
        return
    s.other_time_clauses = {s.clause[k] for k in seq_starts(s.tokens, lex.date_not_inherited)
                            if not _earlier_not_time(s.tokens, k, lex)}
    s.inherits_date = bool(seq_starts(s.tokens, lex.date_inherited))


def _protest_goes_out(s: _Sent, c: _Cand, lex: _ELex) -> bool:
    """The exit trigger's subject is a protest: "خرجت مظاهرات", "خروج مظاهرة", "متظاهرين في مدينة
    الاتارب خرجوا" (a protest word right after the trigger, or at most 4 words before it, in its
    clause). The fighters the clause also names are what the protest is about or who fired on it."""
    cl = s.clause[c.ti]
    near = [k for k in (*range(max(0, c.ti - 4), c.ti), *range(c.tj, min(len(s.tokens), c.tj + 2)))
            if s.clause[k] == cl]
    return any(_keys(s.tokens[k].norm) & lex.protest_context for k in near)


def _is_report_date(s: _Sent, d: Any) -> bool:
    k = max(0, _tok_index(s.tokens, d.start))
    prev = set().union(*map(_keys, map(token_norm, s.tokens[max(0, k - 4):k])))
    return bool(prev & REPORT_CUES)


LABEL_CHARS = 40        # a labelled date follows its label closely ("تاريخ الحدث : 8 ديسمبر 2017")


def _labelled_event_date(text: str, dates: list[Any], lex: _ELex) -> Any:
    """The date a page's fact box gives its happening ("تاريخ الحدث : 8 ديسمبر 2017"), or None.
    Several different labelled dates: none (the page is a list of happenings)."""
    if not lex.event_date_labels:
        return None
    found = []
    labels = lex.event_date_labels
    longest = max(map(len, labels))
    # speed: a label's last word is a substring of the window's last word (``_k`` only drops an
    # article): windows without any are skipped, and only the last ``longest`` words are keyed
    lasts = {seq[-1] for seq in labels}
    for d in dates:
        if not d.date_start or d.precision not in ("day", "month"):
            continue
        window = normalize(text[max(0, d.start - LABEL_CHARS):d.start])
        if not any(last in window for last in lasts):
            continue
        before = [_k(w) for w in window.replace(":", " ").split()[-longest:]]
        if any(len(before) >= len(seq) and tuple(before[-len(seq):]) == seq for seq in labels):
            found.append(d)
    return found[0] if found and len({(d.date_start, d.date_end) for d in found}) == 1 else None


def _day_sections(posts: list[tuple[int, dt.date | None]] | None) -> bool:
    """The page's posts are a digest's day sections: two or more, each stamped with a day of its own
    (a feed's posts share their days; a post stamped with no day is no section)."""
    days = [day for _at, day in posts or ()]
    return len(days) >= 2 and None not in days and len(set(days)) == len(days)


def _post_stamp_span(posts: list[tuple[int, dt.date | None]], dates: list[Any], pos: int) -> tuple[int, int] | None:
    """The span of the stamp opening the post that holds ``pos``."""
    at = bisect.bisect_right([p for p, _day in posts], pos) - 1
    if at < 0:
        return None
    start, day = posts[at]
    return next(((d.start, d.end) for d in dates if 0 <= d.start - start <= POST_STAMP_CHARS and day is not None
                 and d.date_start == day.isoformat()), None)


@dataclass(frozen=True, slots=True)
class PageDating:
    """What dates a page's undated events, built once per document (``extract_events``) and read by each
    ``_page_dates`` pass:

    - ``text``, ``dates``: the page's text and the dates read in it;
    - ``ref``: the page's own day (its publication date, else one its text or URL confirms), None if undated;
    - ``lex``: the events lexicon (its report window, event-date labels, cues);
    - ``published_ev``: the span of the printed publication date, the evidence of a date the page gives;
    - ``posts``: a listing's post stamps, (offset, day) each; ``heads``: a glued daily report's dated
      headings, (offset, day, date) each;
    - ``covered``: one day's report: the day it covers and the span naming it (``events._covered_day``);
    - ``one_day``: a page of one day's news: that day, or the day before up to it (``one_day_news``);
    - ``archive``: ``one_day`` is a day's archive's (``page_dates.url_day_archive``): a feed of the latest items;
    - ``story``: one story naming other days too: its days, where its lines break and the lines naming
      another time (``story_days``); ``post_story``: the same for a listing's posts (``post_story_days``).
    """

    text: str
    dates: list[Any]
    ref: dt.date | None
    lex: _ELex
    published_ev: tuple[int, int] | None = None
    posts: list[tuple[int, dt.date | None]] | None = None
    heads: list[tuple[int, dt.date, Any]] | None = None
    covered: tuple[dt.date, tuple[int, int]] | None = None
    one_day: tuple[dt.date, dt.date] | None = None
    story: tuple[tuple[dt.date, dt.date], list[int], frozenset[int]] | None = None
    post_story: tuple[None, list[int], frozenset[int]] | None = None
    archive: bool = False


def _page_dates(events: list[_Cand], page: PageDating) -> None:
    """Events with no date in their sentence (nor one borrowed) take the page's (``page``, its fields named
    below): the date its fact box
    labels as the happening's, else the week up to the publication date (on a listing of dated
    posts, ``posts``, up to the date of the event's own post; in a glued daily report, ``heads``, the
    day its heading covers). Not an event whose sentence holds a
    date it could not use (another clause's), nor background. A page that is one day's report
    (``covered``: the day and the span naming it, ``events._covered_day``) dates them that day; a page
    that tells one day's news (``one_day``, ``one_day_news``) dates them that day (or it and the day before);
    one story naming other days too (``story``, ``story_days``) so dates those whose paragraphs name none, and a
    listing's post (``post_story``, ``post_story_days``) those of its plain lines. Then a deed told as the
    ground of a lapse of days takes the day or window that many days before (``_lapse_before_deed``)."""
    text, dates, lex, posts = page.text, page.dates, page.lex, page.posts
    label = _labelled_event_date(text, dates, lex)
    # (a listing's posts are dated each by its own stamp: no one day's report covers them all)
    covered = None if posts else page.covered
    page_ref = page.ref
    if label is None and covered is None and (page_ref is None and not posts or not lex.report_window_days):
        return
    daily = _day_sections(posts)
    undated = [e for e in events if e.date_start == UNKNOWN]
    _page_day_windows(events, page, label, covered, page_ref, daily)
    for e in undated:
        # (not a fact box's label: it dates the happening itself)
        if label is None and e.date_start != UNKNOWN and e.date_end != UNKNOWN:
            _lapse_before_deed(e, lex)


def _lapse_before_deed(e: _Cand, lex: _ELex) -> None:
    """A deed the page dates by its own day (its news, its report's day or window) that the sentence names as
    the ground of a lapse of days ("وقال إيجلاند ... بعد يومين من الهجوم الكيماوي" on a page of 6 April): the
    deed lies that many days before the page's day or window, as it does before a day the sentence tells
    (``_day_offset``). Only a lapse after the deed ("بعد ... من"): one before it ("قبل يومين من") would put a
    past happening after the page's day."""
    shift = _day_offset(e.sent, e.ti, lex)
    if shift >= 0:
        return
    e.date_start = (dt.date.fromisoformat(e.date_start) + dt.timedelta(days=shift)).isoformat()
    e.date_end = (dt.date.fromisoformat(e.date_end) + dt.timedelta(days=shift)).isoformat()


def _page_day_windows(events: list[_Cand], page: PageDating, label: Any, covered: Any, page_ref: dt.date | None,
                      daily: bool) -> None:
    """``_page_dates``'s pass over the events: each undated one takes the page's day or window, as told there."""
    dates, lex, published_ev = page.dates, page.lex, page.published_ev
    posts, heads, one_day, story, post_story = page.posts, page.heads, page.one_day, page.story, page.post_story
    for e in events:
        ref = post_ref(posts, e.start, page_ref)
        told_day = e.has_date_expr and not e.onset_only and not _only_page_day(e, ref)
        if e.date_start != UNKNOWN or told_day and not _on_head_day(e, heads) or e.modality != "actual" \
                or _background(e, lex) and not _earlier_in_report(e, lex):
            continue
        # (told in posts of different days, merged: the row is dated as its own telling's post's news, not by a
        # window spanning the posts; a thread's later posts retell it, a digest's other days' reports tell
        # another happening of the kind: a forum thread's 7 Oct .. 19 Nov posts on the 7 Oct missile strike)
        if label is None and e.sent.quote and e.sent.quote[e.ti] != -1 and not _reported_account(e, lex):
            continue        # a speaker's words in quotes tell what happened at any time, not the report's news
        head = _report_head(heads, e.start) if label is None else None
        if told_day and head is None:
            continue
        if head is not None and (ref is not None and head.date_start == ref.isoformat()
                                 or ref is None and head.kind == REPORT_GAP_KIND):
            # a daily report ("التقرير اليومي ... ليوم 28 - 11 - 2016") lists what happened on the day it covers
            # (one whose heading the page lost: a day of the gap its neighbours leave, lost_report_cuts)
            e.date_start, e.date_end = head.date_start, head.date_end or head.date_start
            e.time_precision = 1 if e.date_start == e.date_end else 2
            e.date_ev = (head.start, head.end)
            e.confidence = min(e.confidence, 0.7)
            continue
        if daily and label is None and ref is not None and not _unread_entry(e.sent):
            # a day-by-day digest ("2016 - 10 - 03 الإثنين 3 / 10 / 2016 الوضع الدولي ...", one section a day):
            # a section lists its day's news, as a daily report's heading dates its items; the week up
            # to the section's day would reach into the sections before it (not a line opening with a day of
            # its own the dates layer could not read, "⏎ في 15 - 6 مقتل المصور ...": another entry)
            e.date_start = e.date_end = ref.isoformat()
            e.time_precision = 1
            e.date_ev = _post_stamp_span(posts, dates, e.start) or published_ev
            e.confidence = min(e.confidence, 0.7)
            continue
        if label is None and covered is not None:
            # one day's report ("الموجز السوري ليوم الاحد في 30 - 7 - 2017 - فيما يلي أبرز التطورات الميدانية")
            # lists what happened on the day it covers
            e.date_start = e.date_end = covered[0].isoformat()
            e.time_precision = 1
            e.date_ev = covered[1]
            e.confidence = min(e.confidence, 0.7)
            continue
        if label is not None:
            e.date_start, e.date_end = label.date_start, label.date_end or label.date_start
            e.time_precision = _precision_code(label.precision)
            e.date_ev = (label.start, label.end)
            e.confidence = min(e.confidence, 0.7)
        elif ref is not None and one_day is not None and ref == one_day[1] \
                and not (page.archive and _over_recent_days(e)):
            # a single day's report (no other day of the week named): its news is of its day, or of the night
            # before when it speaks of "أمس" too; the week would be wider than the text allows (not a day archive's
            # item telling its news over the recent days: "آثار القصف ... خلال الأيام الماضية" keeps the week)
            e.date_start, e.date_end = one_day[0].isoformat(), one_day[1].isoformat()
            e.time_precision = 1 if one_day[0] == one_day[1] else 2
            e.date_ev = published_ev
            e.confidence = min(e.confidence, 0.6)
        elif ref is not None and story is not None and ref == story[0][1] \
                and all(_plain_paragraph(story, p.start) for p in [e, *e.merged]):
            # a story's happening told as its day's news, no other day named in its paragraph: the week would be
            # wider than the text allows
            e.date_start, e.date_end = story[0][0].isoformat(), story[0][1].isoformat()
            e.time_precision = 2
            e.date_ev = published_ev
            e.confidence = min(e.confidence, 0.6)
        elif ref is not None and post_story is not None and post_day(posts, e.start) == ref \
                and all(_plain_paragraph(post_story, p.start) for p in [e, *e.merged]):
            # a post's happening told as its day's news (a forum post, a story with its site's stamped related
            # items), no other day named in its line: its post's day or the day before, as a story's
            e.date_start, e.date_end = (ref - dt.timedelta(days=1)).isoformat(), ref.isoformat()
            e.time_precision = 2
            e.date_ev = _post_stamp_span(posts, dates, e.start) or published_ev
            e.confidence = min(e.confidence, 0.6)
        elif ref is not None:
            e.date_start = (ref - dt.timedelta(days=lex.report_window_days)).isoformat()
            e.date_end = ref.isoformat()
            e.time_precision = 2
            e.date_ev = published_ev        # the field's evidence is the publication date
            e.confidence = min(e.confidence, 0.6)


def archive_relative_days(events: list[_Cand], page: PageDating) -> None:
    """On a day's archive (``page.archive``: a Liveuamap "/time/26.12.2017" page, the latest items posted up to
    that day's end, the day before's among them) an item's "اليوم", "منذ قليل", "أمس" count from the day the
    item was posted, which the page does not print: "اليوم" is any day of the archive's span (``one_day``), "أمس"
    the day before any of them. The page's day alone would put an item of the day before on the wrong day
    ("الرقة : مقتل 63 عنصرا من داعش اليوم" among the 21 Sep items of the 22.09 page). Not a relative day
    with its weekday ("أمس الاثنين") or a year-less day of a month ("4 سبتمبر"): those name their day."""
    if not page.archive or page.one_day is None or page.ref is None:
        return
    width = (page.one_day[1] - page.one_day[0]).days
    relative = {(d.start, d.end): d for d in page.dates
                if d.kind == "relative" and d.precision == "day" and d.date_start
                and (d.date_end or d.date_start) == d.date_start}
    for e in events:
        d = relative.get(e.date_ev) if e.date_ev is not None else None
        if d is None or e.date_start != d.date_start or e.date_end != d.date_start:
            continue
        if names_its_day(d.surface):
            continue
        day = dt.date.fromisoformat(d.date_start)
        if not 0 <= (page.ref - day).days <= 2:
            continue
        e.date_start = (day - dt.timedelta(days=width)).isoformat()
        e.time_precision = 1 if width == 0 else 2


def _over_recent_days(e: _Cand) -> bool:
    """``e``'s sentence tells its news over the recent days ("خلال الأيام الماضية", "مؤخرا": date_words.yaml
    recent_days_span), not as one day's."""
    s = e.sent
    return DAYS_SPAN.search(normalize(s.text[s.span.start:s.span.end])) is not None


def _stamp_one_day(c: _Cand, ctx: _DocContext | None) -> None:
    """The page's stamp dated ``c`` with the report's week: on a page of one day's news (``ctx.one_day``,
    ``one_day_news``) the stamp's day (or the day before up to it) instead, as its undated news takes."""
    one_day = ctx.one_day if ctx is not None else None
    if one_day is not None and c.date_end == one_day[1].isoformat():
        c.date_start = one_day[0].isoformat()
        c.time_precision = 1 if one_day[0] == one_day[1] else 2


# words telling that the page's news ran from the day before ("غداة مواجهات"), as "أمس" does
DAY_BEFORE_CUES = re.compile("|".join(rf"(?<!\w){re.escape(normalize(w))}(?!\w)"
                                      for w in word_list("date_words.yaml", "day_before_cues")))


def one_day_news(text: str, dates: list[Any], ref: dt.date | None, window: int,
                 early: bool = False) -> tuple[dt.date, dt.date] | None:
    """The days a dated page's news is of, when it is one day's report: no day of its window names
    another day than the page's own or the day before ("أمس", "ليلة أمس", "خلال الساعات ال 24 الماضية"):
    that day, or the day before up to it when the text names it (or says "غداة") or the page was filed
    in the small hours (``early``, ``page_dates.early_stamp``). A page naming other
    days of its week (a weekly digest's "يوم الأحد", "في 18 تشرين الثاني") or the week itself ("هذا
    الأسبوع") tells the week: None, as with no page date or no window."""
    if ref is None or not window:
        return None
    before = ref - dt.timedelta(days=1)
    lo = ref - dt.timedelta(days=window)
    told: set[dt.date] = set()
    for d in dates:
        if not d.date_start or d.precision not in ("day", "week"):
            continue
        start, end = dt.date.fromisoformat(d.date_start), dt.date.fromisoformat(d.date_end or d.date_start)
        if end < lo or start > ref:
            continue
        if d.precision == "week" or start < lo:
            return None     # the week itself, or a stretch reaching past it
        told.update(start + dt.timedelta(days=k) for k in range((end - start).days + 1))
    if told - {ref, before}:
        return None
    if early or before in told or DAY_BEFORE_CUES.search(normalize(text)):
        return before, ref
    return ref, ref


# a page's head naming it a weekly publication ("مجلة عربية سياسية إسبوعية"): its news is its week's
WEEKLY_WORDS = re.compile("|".join(rf"(?<!\w){re.escape(normalize(w))}(?!\w)"
                                   for w in word_list("date_words.yaml", "weekly_publication_words")))
WEEKLY_HEAD_CHARS = 400     # the site bar and masthead before the first article's title
# a span of recent days a paragraph tells its news over ("خلال الأيام الماضية", "مؤخرا"): not one day's
DAYS_SPAN = re.compile("|".join(rf"(?<!\w){re.escape(normalize(w))}(?!\w)"
                                for w in word_list("date_words.yaml", "recent_days_span")))
# the same phrases for ``_span_lines``, which finds them with ``str.find`` (an alternation opening with a
# look-behind is tried at every character: ~1 CPU s on 600 pages, line by line)
DAYS_SPAN_WORDS = tuple(dict.fromkeys(normalize(w) for w in word_list("date_words.yaml", "recent_days_span")))


def _is_word_char(ch: str) -> bool:
    """Whether ``re``'s ``\\w`` takes this one character of a str."""
    return ch.isalnum() or ch == "_"


def _span_lines(norm: str) -> set[int]:
    """The lines (indices in ``norm.split("\\n")``) in which ``DAYS_SPAN`` finds a match: each phrase's every
    occurrence with no word character on either side (the phrases hold no line break)."""
    lines: set[int] = set()
    end = len(norm)
    for w in DAYS_SPAN_WORDS:
        n = len(w)
        i = norm.find(w)
        while i >= 0:
            if (i == 0 or not _is_word_char(norm[i - 1])) and (i + n == end or not _is_word_char(norm[i + n])):
                lines.add(norm.count("\n", 0, i))
            i = norm.find(w, i + 1)
    return lines


def weekly_issue_weekdays(text: str, dates: list[Any], ref: dt.date | None) -> list[Any]:
    """On a weekly publication's issue (its head says "أسبوعية"), a bare weekday of the issue's own weekday
    ("ارتفعت حصيلة الانفجار الأحد" in Sunday's issue) names the issue's day or the same day a week before: the
    weekly gathers its week's news, written before it is printed, so the text does not say which. Both days
    and those between (the week before the issue, up to its day), not the issue's day alone. "اليوم الأحد" and
    "الأحد الماضي" tell which and keep their day."""
    if ref is None or not WEEKLY_WORDS.search(normalize(text[:WEEKLY_HEAD_CHARS])):
        return dates
    day = ref.isoformat()
    before = ref - dt.timedelta(days=7)
    # the text calls the week before's month, not the issue's, its current one ("4 و 21 ديسمبر الجاري" in
    # the issue of 3 January): it was written then, so the weekday is the week before's
    written = _current_months(normalize(text))
    one = written == {before.month} and before.month != ref.month
    return [(replace(d, date_start=before.isoformat(), date_end=before.isoformat()) if one
             else replace(d, date_start=before.isoformat(), precision="week"))
            if d.kind == "weekday" and d.date_start == day and (d.date_end or day) == day else d
            for d in dates]


def _current_months(norm: str) -> set[int]:
    """The months a (normalised) text names its current one: "ديسمبر الجاري", "تشرين الأول الحالي"."""
    months = gregorian_months()
    return {months[m.group(1)] for m in _current_month_pattern().finditer(norm)}


@functools.cache
def _current_month_pattern() -> re.Pattern[str]:
    names = "|".join(re.escape(n) for n in sorted(gregorian_months(), key=len, reverse=True))
    current = "|".join(re.escape(normalize(w)) for w in word_list("date_words.yaml", "current"))
    return re.compile(rf"(?<!\w)({names})\s+(?:{current})(?!\w)")


def story_days(text: str, dates: list[Any], ref: dt.date | None
               ) -> tuple[tuple[dt.date, dt.date], list[int], frozenset[int]] | None:
    """On a dated page of one story or one day's roundup that names other days of its week too (so
    ``one_day_news`` gave it no day): the days its undated news is of (the day before up to the page's:
    the story's news of its day and its "أمس"), where its lines break, and the lines (paragraphs) that
    name another time than those two days: a date, or a span of recent days ("خلال الأيام الماضية",
    ``recent_days_span``). ``_page_dates`` gives the two days only to a happening whose paragraph is not
    one of those (``_plain_paragraph``): the story's other days belong to their own paragraphs'
    happenings. None on an undated page or a weekly publication's (its head says "أسبوعية")."""
    if ref is None:
        return None
    norm = normalize(text)
    if WEEKLY_WORDS.search(norm[:WEEKLY_HEAD_CHARS]):
        return None
    breaks, told = _other_time_lines(text, norm, dates, lambda _at: ref)
    return (ref - dt.timedelta(days=1), ref), breaks, told


def _other_time_lines(text: str, norm: str, dates: list[Any], day_of: Callable[[int], dt.date | None]
                      ) -> tuple[list[int], frozenset[int]]:
    """(where the text's lines break, the lines that name another time than the two days up to ``day_of`` the
    date's offset: a day or week date outside them, or a span of recent days, ``recent_days_span``). A month or
    a year named ("منذ عام 2011") tells history, not another day of the story's week."""
    breaks = [m.start() for m in re.finditer("\n", text)]
    told: set[int] = set()
    for d in dates:
        if not d.date_start or d.precision not in ("day", "week"):
            continue
        day = day_of(d.start)
        if d.precision == "day" and day is not None \
                and (day - dt.timedelta(days=1)).isoformat() <= d.date_start <= (d.date_end or d.date_start) <= day.isoformat():
            continue
        told.add(bisect.bisect_left(breaks, d.start))
    told.update(_span_lines(norm))
    return breaks, frozenset(told)


def _plain_paragraph(story: tuple[Any, list[int], frozenset[int]], at: int) -> bool:
    """The paragraph (the text's line) holding ``at`` names no other time than the story's days."""
    return bisect.bisect_left(story[1], at) not in story[2]


def post_story_days(text: str, dates: list[Any], posts: list[tuple[int, dt.date | None]]
                    ) -> tuple[None, list[int], frozenset[int]] | None:
    """``story_days`` for a listing of separately stamped posts (a forum thread, an article with its site's
    stamped "related news"): each post is a story of its own day, so a line names another time when it
    names a day other than its post's day and the day before (or a week, or a span of recent days).
    ``_page_dates`` gives an undated happening in a plain line its post's two days, not the post's week.
    None for a weekly publication or a digest of day sections (``_day_sections``: each dates its own items)."""
    if not posts or _day_sections(posts) or WEEKLY_WORDS.search(normalize(text[:WEEKLY_HEAD_CHARS])):
        return None
    breaks, told = _other_time_lines(text, normalize(text), dates, lambda at: post_day(posts, at))
    return None, breaks, told


def story_stamp_days(events: list[_Cand], ctx: _DocContext, ref: dt.date | None, window: int) -> None:
    """A telling the page's stamp dated with the report's week (``_find_date``, ``_borrow_date``), on a
    story naming other days too (``ctx.story``): the story's days when no telling of it names another
    time in its paragraph, as ``_page_dates`` gives its undated news. After the merges: a telling the
    text dates elsewhere ("مساء الأربعاء") merged with the stamp's first and keeps that day."""
    story = ctx.story
    if story is None or ref is None:
        return
    week = ((ref - dt.timedelta(days=window)).isoformat(), ref.isoformat())
    spans = ctx.stamps + ctx.stamp_echoes
    for e in events:
        if e.date_cited and (e.date_start, e.date_end) == week and e.date_ev is not None \
                and any(e.date_ev[0] < b and e.date_ev[1] > a for a, b in spans) \
                and all(_plain_paragraph(story, p.start) for p in [e, *e.merged]):
            e.date_start = story[0][0].isoformat()
            e.time_precision = 2


EARLIER_IN_REPORT = tuple(tuple(p.split()) for p in word_list("function_words.yaml", "earlier_in_report"))


# "in" after "و" / "ف", read as bare "في"
IN_WITH_CONJUNCTION = word_list("function_words.yaml", "in_with_conjunction")


def _earlier_in_report(e: _Cand, lex: _ELex) -> bool:
    """The trigger's clause is told at another time only by "في وقت سابق" ("وقال البيان إن قوات موالية
    للنظام هاجمت في وقت سابق مدينة الطبقة"): earlier than the report's news, within the report's days
    (``recent_phrases``), so the report's week dates it as it dates the rest of its news. The pluperfect
    too ("وكانت قوات النظام قد تمكنت في وقت سابق من استعادة السيطرة على البلدة"): its head (``pluperfect_heads``)
    says the clause is told before the news, "في وقت سابق" that it was lately, so the report's week holds
    it. Not with another background cue before the trigger ("وسبق أن سيطرت في وقت سابق": the page's past)."""
    s, toks = e.sent, e.sent.tokens
    cl = s.clause[e.ti]
    cues = [k for k in seq_starts(toks, lex.date_not_inherited)
            if s.clause[k] == cl and not _earlier_not_time(toks, k, lex)]
    if not cues:
        return False
    norms = ["في" if t.norm in IN_WITH_CONJUNCTION else t.norm for t in toks]
    told: set[int] = set()      # the phrases' tokens ("سابق" is also a background cue: not counted below)
    for k in cues:
        spans = [range(j, j + len(p)) for p in EARLIER_IN_REPORT for j in range(max(0, k - 2), k + 1)
                 if j <= k < j + len(p) and tuple(norms[j:j + len(p)]) == p]
        if not spans:
            return False
        told.update(spans[0])
    lo = bisect.bisect_left(s.clause, cl, 0, e.ti)
    return not any(k not in told and _keys(toks[k].norm) & (lex.background_cues - lex.pluperfect_heads)
                   and not _earlier_not_time(toks, k, lex) for k in range(lo, e.ti))


def _page_span_days(page: PageDating | None) -> int | None:
    """How many days the page's own dating gives an undated happening of its day's news (``_page_dates``):
    0 for one day's report (``covered``), the day or the day before for one day's news (``one_day``), a
    story's days (``story``); None when the page gives the report's week (or nothing)."""
    if page is None or page.ref is None or page.posts:
        return None
    if page.covered is not None:
        return 0
    if page.one_day is not None and page.ref == page.one_day[1]:
        return (page.one_day[1] - page.one_day[0]).days
    if page.story is not None and page.ref == page.story[0][1]:
        return (page.story[0][1] - page.story[0][0]).days
    return None


def _forget_guessed_dates(events: list[_Cand], lex: _ELex, page: PageDating | None = None) -> list[_Cand]:
    """A date guessed for an undated event from another happening at its place by its actor
    (``merge._inherit_dates``: that happening's month up to its day) is no date the text gives it: a
    range of weeks ending on another happening's day ("غارات روسية على قرية" of a 26 Nov report dated
    1-26 Nov, a takeover "في الفترة القريبة الماضية" dated from the 1st of the month) holds the day
    only by the width of the guess. The guess served the page's merges (it still joins the tellings it
    joined, and a happening of an old one's time is still dropped as background); for the record the
    event is undated again (returned), to take what an undated event of the page takes
    (``_page_dates``: the report's week, its post's or daily report's day), else to stay unknown. Not a
    guess no wider than the report window (an anchor in the first days of its month): it says no
    more than the window would; but on a page of one day's news (``page``: ``_page_span_days``) a guess wider
    than the page's day is taken back too: "1 - 4 November" guessed on a 4 November story holds its day only
    by the month's start, the story's day is what its text tells. A telling that gave it a date of its own
    cleared the flag (``_absorb``)."""
    narrow = _page_span_days(page)
    width = lex.report_window_days if narrow is None else min(narrow, lex.report_window_days)
    guessed = [e for e in events if e.date_guessed and span_days(e.date_start, e.date_end) > width]
    for e in guessed:
        e.date_start = e.date_end = UNKNOWN
        e.time_precision, e.date_ev, e.date_guessed = None, None, False
    return guessed


def _period_dates(events: list[_Cand], period: Any, lex: _ELex, text: str = "") -> None:
    """On an undated digest whose title names the period it covers (``titled_period``: "الأحداث التفصيلية
    على الشارع السوري من 11 - 12 - 2014 إلى 2 - 1 - 2015"), an item with no date of its own happened in
    that period: it takes the period, as a dated report's items take its week. Not an event whose
    sentence gives a date (it has its own, or tells another time: "عام 2012"), nor a speaker's quoted
    words, nor background. An item's "اليوم" / "الآن" is some day of the period: the period too."""
    start, end = dt.date.fromisoformat(period.date_start), dt.date.fromisoformat(period.date_end)
    for e in events:
        if e.date_start != UNKNOWN or e.modality != "actual" or _background(e, lex):
            continue
        if any(d.date_start for p in [e, *e.merged] for d in p.sent.dates):
            continue
        if e.sent.quote and e.sent.quote[e.ti] != -1 and not _reported_account(e, lex):
            continue
        day = _weekday_in_period(e, start, end, text) if text else None
        if day is not None:
            # "قصف الطيران ... يوم الأحد" on a weekly digest: the one Sunday of its week
            e.date_start = e.date_end = day[0].isoformat()
            e.time_precision = 1
            e.date_ev = day[1]
            e.confidence = min(e.confidence, 0.6)
            continue
        e.date_start, e.date_end = start.isoformat(), end.isoformat()
        e.time_precision = 2 if (end - start).days <= lex.report_window_days else 3
        # a period read from the URL alone has no span in the text: no date evidence
        e.date_ev = (period.start, period.end) if period.end > period.start else None
        e.confidence = min(e.confidence, 0.5)


def _weekday_in_period(e: _Cand, start: dt.date, end: dt.date, text: str) -> tuple[dt.date, tuple[int, int]] | None:
    """The day a weekday of the trigger's own clause names inside a digest's period ("غارات على
    الهامة يوم الإثنين" in a digest of 27 Sep - 3 Oct): with no page date the weekday stayed
    unresolved, but the period holds that weekday once, so the text names the day. Read again
    against the period's last day (the sentence's own words still guard "قبل الماضي", "صلاة
    الجمعة"); None when the clause names no weekday or several, when the day falls outside the
    period or the period holds that weekday twice (no guess), or the weekday is another quote's."""
    s = e.sent
    dcl = s.dclause or s.clause
    own = []
    for d in s.dates:
        if d.date_start or d.kind != "weekday":
            continue    # (a bare "أمس" counts from a day the digest does not give)
        k = max(0, _tok_index(s.tokens, d.start))
        if s.quote and s.quote[k] != s.quote[e.ti] or (s.hseg and s.hseg[k] != s.hseg[e.ti]):
            continue
        if dcl[k] == dcl[e.ti] or s.clause[k] == s.clause[e.ti]:
            own.append(d)
    if not own:
        return None
    base = s.span.start
    again = {x.start + base: x for x in find_dates(text[base:s.span.end], end)}
    days = set()
    for d in own:
        x = again.get(d.start)
        if x is None or x.kind != "weekday" or x.precision != "day" or not x.date_start:
            return None
        days.add(dt.date.fromisoformat(x.date_start))
    if len(days) != 1:
        return None
    day = days.pop()
    if not start <= day <= end or day - dt.timedelta(days=7) >= start:
        return None
    return day, (own[0].start, own[0].end)


QUOTE_OPENERS = frozenset(normalize(w) for w in word_list("function_words.yaml", "quote_openers"))
# the prepositions a reporting verb takes before the words it reports ("أشار إلى", "تحدث عن")
FRAME_PREPOSITIONS = frozenset(normalize(w) for w in word_list("function_words.yaml", "report_frame_prepositions"))
# a report frame's words that are no verb of saying ("عن كوناشينكوف قوله إن", "مؤتمرا صحافيا ان")
FRAME_WORDS = frozenset(normalize(w) for w in word_list("function_words.yaml", "report_frame_words")
                        + word_list("function_words.yaml", "report_frame_verbs"))
REPORT_VERB_SPAN = 12     # frame words between a reporting verb and the clause it reports ("وقال مصدر عسكري من غرفة عمليات ... إن ")


def _reported_account(e: _Cand, lex: _ELex) -> bool:
    """"وذكر الدفاع المدني أن " طائرات النظام شنت غارتين على ... "": a source's account of what
    happened, quoted in the report after its reporting verb, told in the past tense: the report's
    news (its week, as an unquoted sentence), not a speaker's words about any time. The trigger is no
    present-tense verb (a speaker's "تقصف", "يستهدف"), and the sentence's frame before the quote,
    outside any quote, holds a reporting verb (``_report_frame``) and names a news source
    (``account_sources``: "مصادر", "المرصد", "الدفاع المدني"), not a politician or an analyst."""
    s, toks = e.sent, e.sent.tokens
    q = s.quote[e.ti]
    first = e.ti
    while first > 0 and s.quote[first - 1] == q:
        first -= 1
    if first == 0 or _imperfective(toks[e.ti].norm) or not _report_frame(s, first, lex):
        return False
    keys = [_keys(toks[k].norm) if s.quote[k] == -1 else frozenset() for k in range(first)]
    return any(all(seq[j] in keys[k + j] for j in range(len(seq)))
               for seq in lex.account_sources for k in range(len(keys) - len(seq) + 1))


def _report_frame(s: _Sent, first: int, lex: _ELex) -> bool:
    """The quote opening at token ``first`` is what a reporting verb introduces: the reported clause
    opens at the last "أن / إن / بأن" (or the preposition the verb takes, "أشار إلى") outside quotes
    before the quote, and the reporting verb stands at most REPORT_VERB_SPAN of the frame's own words
    before it. Words inside quotes and punctuation are not counted: the frame may print names in
    quotation marks ("وقال مصدر من غرفة عمليات " حوار كلس " , التابعة ل - " الجيش الحر " , إن " ...""),
    and a quote inside a quote pairs its marks apart ("وأشار المصدر إلى " تكبيد إرهابيي " داعش " خسائر ... في
    غارات ... "")."""
    toks = s.tokens
    opener = next((k for k in range(first - 1, -1, -1) if s.quote[k] == -1
                   and (toks[k].norm in QUOTE_OPENERS or toks[k].norm in FRAME_PREPOSITIONS)), None)
    if opener is not None and toks[opener].norm in QUOTE_OPENERS:
        # "أشارت مصادر إلى أن "...", "لافتا إلى أن "..."": the verb's preposition and its "أن" open one clause
        prep = next((k for k in range(opener - 1, -1, -1) if any(ch.isalpha() for ch in toks[k].norm)), None)
        if prep is not None and s.quote[prep] == -1 and toks[prep].norm in FRAME_PREPOSITIONS:
            opener = prep
    seen = 0
    # (no "أن" at all: "وقال مدير المرصد رامي عبد الرحمن " تمكنت قوات ..."": the verb stands before the quote)
    for k in range((first if opener is None else opener) - 1, -1, -1):
        w = toks[k].norm
        if s.quote[k] != -1 or not any(ch.isalpha() for ch in w):
            continue        # (a quoted name of the frame, another quote's words, punctuation)
        if w in REPORT_CUES or w.lstrip("و") in REPORT_CUES or not _keys(w).isdisjoint(lex.speech_verbs) \
                or w.lstrip("و") in FRAME_WORDS:
            return True
        if w in QUOTE_OPENERS or w in FRAME_PREPOSITIONS:
            return False    # another clause's "أن": not this quote's frame
        seen += 1
        if seen >= REPORT_VERB_SPAN:
            return False
    return False


def _only_page_day(e: _Cand, ref: dt.date | None) -> bool:
    """Every date the event's sentences write is the page's own day: its printed stamp or a digest's
    heading glued to the first item ("موجز أخبار الوضع السوري ليوم الاثنين 30 - 10 - 2017 نشر في : أكتوبر
    30 , 2017 3 : 35 م - سبعة قتلى مدنيين جراء قصف ..."). Such a date tells when the page was filed, no
    other time: the event is dated as the page's undated news is, not left unknown."""
    if ref is None:
        return False
    day = ref.isoformat()
    days = [d for p in [e, *e.merged] for d in p.sent.dates]
    return bool(days) and all(d.date_start == day and (d.date_end or day) == day for d in days)


def _on_head_day(e: _Cand, heads: list[tuple[int, dt.date, Any]] | None) -> bool:
    """Every date of the event's sentence is the day its daily report's heading covers ("ليوم 23 - 2 -
    2016 بلغ مجموع الضحايا ... يوم الثلاثاء 23 - 2 - 2016 , بينهم : ... في الاشتباكات"): the
    heading's clauses date the report, and so the event, though in another clause."""
    head = _report_head(heads, e.start)
    return head is not None and all(d.date_start == head.date_start for p in [e, *e.merged] for d in p.sent.dates)


def _report_head(heads: list[tuple[int, dt.date, Any]] | None, pos: int) -> Any:
    """The dated heading of the glued daily report holding offset ``pos`` (None before the first)."""
    head = None
    for at, _day, d in heads or ():
        if at > pos:
            break
        head = d
    return head


_FRIDAY = 4     # date.weekday()
_PRAYER_WORDS = frozenset(normalize(w) for w in word_list("weekdays.yaml", "prayer_words"))
_PRAYER_TIME_BEFORE = frozenset(normalize(w) for w in word_list("weekdays.yaml", "prayer_time_before"))
_PRAYER_TIME_NOUNS = frozenset(normalize(w) for w in word_list("weekdays.yaml", "prayer_time_nouns"))
_FRIDAY_NOUN = normalize("الجمعة")
FRONTED_TIME_TOKENS = 1     # the time word is the sentence's first or second token ("ومباشرة عقب")


def _prayer_friday_at(s: _Sent, ti: int) -> int | None:
    """The token of "الجمعة" in the trigger's clause that is the Friday prayer told as the happening's time
    ("خرجوا بعد صلاة الجمعة", "ومباشرة عقب صلاة الجمعة , خرجت", "عقب أداء صلاة الجمعة"): a time
    preposition (with "و" / "ف" glued) before "صلاة" or before a verbal noun of it. None when there is
    none or several, or when the prayer is no time ("أدى صلاة الجمعة", "خطبة الجمعة")."""
    toks = s.tokens
    dcl = s.dclause or s.clause
    found = []
    for k in range(2, len(toks)):
        if toks[k].norm != _FRIDAY_NOUN or toks[k - 1].norm not in _PRAYER_WORDS:
            continue
        j = k - 2
        if toks[j].norm in _PRAYER_TIME_NOUNS and j > 0:
            j -= 1
        w = toks[j].norm
        if not (w in _PRAYER_TIME_BEFORE or (w[:1] in ("و", "ف") and w[1:] in _PRAYER_TIME_BEFORE)):
            continue
        # (its own clause, or opening the sentence before the trigger: "ومباشرة عقب صلاة الجمعة , خرجت ...
        # مسيرات", a fronted time the comma sets off)
        if dcl[k] == dcl[ti] or s.clause[k] == s.clause[ti] or (j <= FRONTED_TIME_TOKENS and k < ti):
            found.append(k)
    return found[0] if len(found) == 1 else None


def _event_span(c: _Cand) -> tuple[dt.date, int] | None:
    """A dated happening's first day and the number of days after it its date spans (None: undated, unreadable
    or a backwards range)."""
    if c.date_start == UNKNOWN:
        return None
    try:
        start = dt.date.fromisoformat(c.date_start[:10])
        end = dt.date.fromisoformat(c.date_end[:10]) if c.date_end not in (UNKNOWN, None) else start
    except ValueError:
        return None
    return (start, (end - start).days) if end >= start else None


def _only_friday(start: dt.date, days: int) -> dt.date | None:
    """The one Friday of the span ``start`` .. ``start + days`` (None when it holds none or several)."""
    fridays = [start + dt.timedelta(days=i) for i in range(days + 1) if (start + dt.timedelta(days=i)).weekday() == _FRIDAY]
    return fridays[0] if len(fridays) == 1 else None


def prayer_friday_dates(events: list[_Cand]) -> None:
    """A happening its own clause times by the Friday prayer ("ندد آلاف المتظاهرين الذين خرجوا بعد أداء صلاة
    الجمعة") is of a Friday: the prayer names the day, as "الجمعة" alone does. Dated to a span of days (the
    report window before the page's day, "2 - 8 Dec"; the day before .. the page's day), it takes the span's
    Friday when the span holds exactly one (no guess); dated to one day that is not its own words' (the page's
    day, a day carried from another sentence) and no Friday, it takes the last Friday before that day, as
    "الجمعة" is read against the page's day. A day its own words tell, or an undated happening (an undated
    page's Friday is no day: unknown stays unknown), is left as it is."""
    for c in events:
        span = None if c.modality == "planned" else _event_span(c)    # (a call to protest after the prayer
        if span is None:                                               # is for a Friday to come)
            continue
        start, days = span
        if days > RANGE_WEEK_DAYS or (days == 0 and (c.date_own or start.weekday() == _FRIDAY)):
            continue
        k = _prayer_friday_at(c.sent, c.ti)
        if k is None:
            continue
        friday = start - dt.timedelta(days=(start.weekday() - _FRIDAY) % 7) if days == 0 else _only_friday(start, days)
        if friday is None:
            continue
        tok = c.sent.tokens[k]
        c.date_start = c.date_end = friday.isoformat()
        c.time_precision = 1
        c.date_ev = (tok.start, tok.end)


_FIRST_FRIDAY = re.compile(
    r"(?<!\w)(?:" + "|".join(sorted({re.escape(normalize(w)) for w in word_list("weekdays.yaml", "first_friday_ordinals")}))
    + r")\s+" + re.escape(_FRIDAY_NOUN[2:]) + r"\s+(?:"
    + "|".join(sorted({re.escape(normalize(w)) for w in word_list("weekdays.yaml", "first_friday_after")})) + r")(?!\w)")
FIRST_FRIDAY_LEAD_CHARS = 300   # the lead of a page (context.LEAD_CHARS): where a round-up names its day


def first_friday_dates(events: list[_Cand], text: str) -> None:
    """A round-up whose lead names its day as "أول جمعة بعد X" (the first Friday after X: "في أول جمعة بعد
    اعتراف ترامب بالقدس , شهدت عدة مدن ... احتجاجات") tells happenings of that Friday: one dated to a span of
    days (the report window before the page's day) holding exactly one Friday takes that Friday, as
    ``prayer_friday_dates`` narrows a span by its clause's prayer. A day of the happening's own words, one
    day, or an undated happening is left as it is (the phrase names no date by itself)."""
    m = _FIRST_FRIDAY.search(normalize(text[:FIRST_FRIDAY_LEAD_CHARS]))
    if m is None:
        return
    for c in events:
        span = None if c.modality == "planned" or c.date_own else _event_span(c)
        if span is None or not 1 <= span[1] <= RANGE_WEEK_DAYS:
            continue
        friday = _only_friday(*span)
        if friday is None:
            continue
        c.date_start = c.date_end = friday.isoformat()
        c.time_precision = 1
