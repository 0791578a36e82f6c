"""When a claim was made: the day nearest the cue outside what is said (crawl-time dates refused),
a statement's day for its later claims."""

from __future__ import annotations

from typing import Any

from rasd.extract.claims.context import Ctx
from rasd.extract.claims.lexicons import _norm_words
from rasd.extract.page_dates import refuse_crawl_dates
from rasd.records import Span
from rasd.text.normalize import normalize

CUE_DAY_GAP = 30    # characters around the verb's end: a day there is the verb's ("أعلنت ... مساء اليوم الإثنين")
COUNTED_FROM_WORDS = _norm_words("counted_from_words")     # "قبل يوم من الانفجار"
CLAIM_DATE_REACH = 120     # characters from the reporting verb within which the nearest day wins


def _claim_date(ctx: Ctx, sent: Span, content: Span, medium: str | None, cue_end: int,
                explicit: bool = True) -> str:
    """When the claim was made: a day-precise date outside its content, or, when the content has
    no explicit opener (إن/أن/quote), one in the clause right after the cue ("توعد ... اليوم")."""
    from rasd.text.dates import find_dates

    seg = ctx.text[sent.start:sent.end]
    best = None
    dates = find_dates(seg, ctx.ref)
    if ctx.ticker:
        # the day the page was fetched is not the day anything was said (as in the events layer)
        dates = refuse_crawl_dates(dates, [(s - sent.start, e - sent.start) for s, e in ctx.ticker
                                           if s < sent.end and e > sent.start])
    best_gap = None
    cut_short = bool(ctx.text[content.end:sent.end].strip(" .،,؛\n"))    # another report follows the content
    for d in dates:
        pos = sent.start + d.start
        by_cue = -CUE_DAY_GAP <= pos - cue_end <= CUE_DAY_GAP
        if any(c.start <= pos < c.end and not by_cue for c in ctx.sent_contents) or _anchored_elsewhere(d, seg) or (
                pos >= content.end and cut_short):
            continue    # the day of what another claim said, or "قبل يوم من الانفجار": not when this was said
        inside = content.start <= pos < content.end
        near_cue = not explicit and 0 <= pos - cue_end <= 80
        if d.date_start and (not inside or near_cue) and d.precision == "day":
            # the day nearest the reporting verb ("أعلنت السفارة أمس الاثنين"), not a stamp or caption
            # earlier in a run-on sentence; with none close to it, the sentence's first day
            gap = abs(pos - cue_end)
            gap = gap if gap <= CLAIM_DATE_REACH else CLAIM_DATE_REACH + 1
            if inside:
                gap += CLAIM_DATE_REACH + 2      # a day in the content itself only when no other is given
            if best_gap is None or gap < best_gap:
                best, best_gap = (d.date_start if d.date_end in (None, d.date_start)
                                  else f"{d.date_start}..{d.date_end}"), gap
    if best and medium == "statement":
        ctx.statement_date = best
    if best is None and medium == "statement" and ctx.statement_date:
        return ctx.statement_date
    return best or "unknown"


def _anchored_elsewhere(d: Any, seg: str) -> bool:
    """"قبل يوم واحد فقط من الانفجار", "بعد يومين من الهجوم": counted from another happening, not from the page's day."""
    if d.kind != "relative" or normalize(d.surface).split()[:1] not in [[w] for w in COUNTED_FROM_WORDS]:
        return False
    return "من" in normalize(seg[d.end:d.end + 30]).split()[:3]
