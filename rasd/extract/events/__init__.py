"""Events (ACLED event_type / sub_event_type) with actors, place, dates, counts and modality.

Per sentence: trigger words from rasd/data/lexicons/event_triggers.yaml (with clitics and
pronoun suffixes), then for each trigger its modality (rasd.extract.modality), who did it to
whom (the entities layer's mentions, positions and prepositions), where (the nearest place
mention, by preposition role), when (rasd.text.dates against the publication date), and how
many (rasd.extract.counts). Then three merges: triggers of one happening in one sentence;
count-only sentences ("سقوط 1945 شخصاً") into the event just before; and the same happening
told again later in the document. Undated events of the same place and actor as a dated one
take its month as a range. Last, one event per happening, place and day (a headline and its body,
a clash and the ground it won), and no background: a clause recalling the past ("وسبق أن"), a
state going on since a date, the happening a span counts from ("منذ سيطرة التنظيم ... عام 2015",
kept only with a day of its own), or (on an undated page) a happening months older than the page's
newest. An undated page whose head date the body confirms as today ("اليوم الأربعاء") is dated by
it.

Stage: ``extract_events(analysis, res)`` appends rasd.records.Event objects to
``analysis.events``. Event ids are stable across runs: doc id + hash of type, evidence start
and trigger.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
from collections.abc import Callable
from operator import attrgetter
from typing import Any

from rasd.data import word_list
from rasd.extract.events import confidence as _confidence
from rasd.extract.events.actors import (
    CIVILIANS_ID,
    PROTESTERS_ID,
    _apply_strike_owner,
    _generic_entity,
    state_forces,
)
from rasd.extract.events.background import (
    _after_old_year,
    _analysis_generality,
    _anterior_recalled,
    _archive_caption_spans,
    _argument_page,
    _avenged,
    _breakdown_told,
    _campaign_named,
    _caused_state,
    _chronicle_entries,
    _continuing_frame,
    _country_row_doubtful,
    _dated_aside,
    _dated_recall,
    _died_of_wounds,
    _drop_older_than_page,
    _during_span_told,
    _example_listed,
    _fate_told,
    _forget_open_onsets,
    _history_spread,
    _in_scope,
    _lapse_anchor,
    _lapse_told,
    _launch_recalled,
    _liberation_recalled,
    _long_ago_told,
    _month_or_year_told,
    _named_as_known,
    _named_with_old_year,
    _newest_year,
    _old_caption_spans,
    _old_year_told,
    _ongoing_since,
    _page_before_scope,
    _page_day_only,
    _page_of_period,
    _posterior_landmark,
    _question_headline,
    _recalled,
    _reports_nothing,
    _retrospective_page,
    _revenge_motive,
    _so_far_tally,
    _sparse_page,
    _stage_entered,
    _territory_share,
    _timeless,
    _told_as_past,
    _told_bare,
    _told_over_span,
    _toll_of_known,
    _undated_aside,
    _undated_history,
    _unresolved_history,
    _witnessed_told,
    _year_listed,
    _year_only,
)
from rasd.extract.events.candidates import _qty_dict, _qualifiers, _sentence_candidates
from rasd.extract.events.compare import _absorb
from rasd.extract.events.context import (
    UNIDENTIFIED_ID,
    _DocContext,
    _drop_unsupported_states,
    _facility_places,
    _gazetteer,
    _kb,
    _province_capitals,
    _witness_places,
)
from rasd.extract.events.dates import (
    PageDating,
    _borrow_date,
    _condemned_dates,
    _entry_heads,
    _forget_guessed_dates,
    _item_opens_inside,
    _item_today,
    _page_dates,
    _period_dates,
    _yearless_before_page,
    archive_relative_days,
    first_friday_dates,
    named_again_dates,
    one_day_news,
    post_story_days,
    prayer_friday_dates,
    range_precision,
    stamp_runs,
    story_days,
    story_stamp_days,
    weekly_issue_weekdays,
)
from rasd.extract.events.denials import deny_retold
from rasd.extract.events.genre import told_in_body
from rasd.extract.events.lexicons import lexicon
from rasd.extract.events.merge import (
    _at_country,
    _attach_and_merge,
    _emit_ok,
    _fallbacks,
    _inherit_dates,
    _merge_answered,
    _merge_bare,
    _merge_dated_retellings,
    _merge_document,
    _merge_elaborations,
    _merge_lead_body,
    _merge_one_phrase,
    _merge_page_windowed,
    _merge_pointed_back,
    _merge_restated_tolls,
    _merge_retold,
    _merge_same_day,
    _merge_sentence_parts,
    _merge_split_twins,
    _merge_toll_updates,
    _merge_tolls_told_apart,
    _merge_tried_shootdowns,
    _part_of,
    _published_span,
    _share_list_dates,
    _tolls_told_back,
    _unplace_far_lent,
    undated_copy_of,
)
from rasd.extract.events.pageparts import _entry_fields, _gallery_start, _latest_news_spans, _video_caption
from rasd.extract.events.places import _point, name_near_place, near_precision
from rasd.extract.events.report_items import lone_report
from rasd.extract.events.sentences import _Cand, _is_question, _question_lines, _sentences
from rasd.extract.events.strikers import _adjective_striker, _ground_striker
from rasd.extract.events.types import means_next_door
from rasd.extract.notes import make_notes
from rasd.extract.page_dates import (
    anaphoric_years,
    anchored_days,
    body_today,
    bulletin_reference,
    chronicle_days,
    chronicle_run_days,
    cited_week,
    contradicted_heads,
    crawl_ceiling,
    crawl_spans,
    current_month_days,
    date_after_stamp,
    dated_lead,
    dates_by_post,
    day_report,
    drop_later_stamps,
    drop_page_stamps,
    early_stamp,
    find_page_dates,
    lead_reference,
    lone_day_todays,
    lost_report_cuts,
    narrative_days,
    numeric_chronicle_days,
    post_stamps,
    ref_date,
    refuse_crawl_dates,
    report_heads,
    timeline_days,
    title_echo_date,
    titled_date,
    titled_month_days,
    titled_period,
    trailing_posts,
    url_day,
    url_day_archive,
    url_month_start,
    url_period,
    url_reference,
    wire_todays,
)
from rasd.records import UNKNOWN, Analysis, Event, Span
from rasd.text.normalize import normalize
from rasd.text.numbers import find_numbers


def _covered_day(found: tuple[dt.date, tuple[int, int]] | None, ref: dt.date | None,
                 window: int) -> tuple[dt.date, tuple[int, int]] | None:
    """The day a day's report covers, when it fits the page's own day: that day or one of the report
    window's days before it (a report filed the next morning). A later day, or an older one, is no
    report of this page's (a listing's heading of another day): None."""
    if found is None or ref is None:
        return found
    lapse = (ref - found[0]).days
    return found if 0 <= lapse <= window else None


_START = attrgetter("start")     # the sort key of mentions (a C call, not a lambda per mention)


def extract_events(analysis: Analysis, res: Any = None) -> None:
    """Append the document's events to ``analysis.events`` (see module docstring)."""
    doc = analysis.doc
    text = doc.text or ""
    if not text.strip():
        return
    lex = lexicon()
    ref = ref_date(doc.published.date, doc.published.precision)
    filed = url_day(doc.url) if ref is None else None     # read once against it (dates are costly)
    # the site's crawl-time ticker (found by the corpus pass across the site's pages) dates nothing
    ticker = crawl_spans(text, doc.warnings)
    # (and its day is the last the page can tell of: it bounds the year of a weekday's day and month)
    ceiling = crawl_ceiling(doc.warnings) if ticker else None
    found = find_page_dates(text, ref or filed, doc.warnings, ceiling)
    if ref is None:
        # a head date the body's "أمس الأربعاء" / "اليوم الخميس" contradicts: a widget's day, refused as a ticker's
        # (not on a listing of stamped posts: a stamp there closes or opens a post, whose lead is the next's)
        widget = contradicted_heads(text, found, lex.date_cues)
        if widget and not post_stamps(text, found, lex.post_labels):
            ticker = [*ticker, *widget]
    dates = refuse_crawl_dates(found, ticker)
    undated = ref is None
    period = None
    if ref is None:
        dates = drop_page_stamps(dates, text, lex.date_cues)
        lead = lead_reference(text, dates, lex.date_cues) or dated_lead(text, dates, lex.date_cues, found)
        if lead is not None:
            # the page's own date, confirmed by its "اليوم الأربعاء": its relative dates resolve
            ref = lead
            dates = drop_later_stamps(refuse_crawl_dates(find_page_dates(text, ref, []), ticker), ref)
        elif filed is not None and url_reference(doc.url, dates) is not None:
            # the day the site filed the page under: the page's date for its events (never
            # the document's publication date, which the page itself must print)
            ref = filed
            dates = drop_later_stamps(dates, ref)
            undated = False
        else:
            if filed is not None:
                # the text prints a later date: the URL day dates nothing, read the dates again without it
                found = find_page_dates(text, None, [], ceiling)
                dates = drop_page_stamps(refuse_crawl_dates(found, ticker), text, lex.date_cues)
            # a bulletin's "ليوم الاثنين 30 - 10 - 2017", an article's date under a site bar's clock or
            # printed with its title twice: the page's own day for its events, as a confirmed head date is
            # (date_after_stamp reads the article's date under the clock, so it sees the clock; it
            # never returns the clock itself)
            own = (bulletin_reference(text, dates) or date_after_stamp(text, found, lex.date_cues, lex.founding_cues)
                   or titled_date(text, refuse_crawl_dates(found, ticker)))
            if own is not None:
                ref = own
                dates = drop_later_stamps(refuse_crawl_dates(find_page_dates(text, ref, []), ticker), ref)
            else:
                # a digest titled with the period it covers: its undated items take the period
                # (or the URL names it: "...-من-9-3-إلى-17-3-2014_ad-id", "...-27-19-أيلول-سبتمبر/")
                period = (titled_period(text, refuse_crawl_dates(found, ticker))
                          or url_period(doc.url, refuse_crawl_dates(found, ticker))
                          or cited_week(text, dates))     # a weekly digest's captions cite its week's days
                # a chronicle in prose: its year-less days take the year of the full dates among them;
                # a narrative's others, that of the full date (or the URL's month) last given
                # (a chronology's "في 21 - 5" entries first: the year of the full dates written around them)
                dates = numeric_chronicle_days(text, dates)
                dates = narrative_days(text, chronicle_run_days(text, chronicle_days(text, dates)), doc.url, lex.date_cues)
                # a monthly bulletin ("نشرة أبريل 2017"): its days left without a year are of the titled month's year
                dates = titled_month_days(text, dates)
                echo = None if period is not None else title_echo_date(text, refuse_crawl_dates(found, ticker))
                if echo is not None and not any(d.kind == "timeline" for d in timeline_days(text, dates)):
                    # the article's date right after its headline printed again under the site's bar: the page's
                    # own day, as a titled date is. Not on a digest of a period, nor on a chronology whose
                    # entries head their days (a year's review, dated when it was written: its entries are
                    # its news, which a dated page's look at its own week would drop as long past)
                    ref = echo
                    dates = drop_later_stamps(refuse_crawl_dates(find_page_dates(text, ref, []), ticker), ref)
    else:
        today = body_today(text, ref)
        if today is not None:
            # the text's "اليوم الجمعة" on a page stamped Saturday: its today is the Friday
            ref = today
            dates = refuse_crawl_dates(find_page_dates(text, ref, []), ticker)
        dates = drop_later_stamps(dates, ref)
    if ref is None and period is None:
        # one printed day on the page, and its "اليوم السبت" names that day's weekday: that day
        dates = lone_day_todays(text, dates, lex.date_cues)
    if ref is not None:
        # a digest's wire story written the day before: its "اليوم" is that day's
        dates = wire_todays(text, dates, ref)
        # a weekly issue's bare weekday of its own weekday: that day or the same day a week before
        dates = weekly_issue_weekdays(text, dates, ref)
    dates = timeline_days(text, dates)
    posts = post_stamps(text, dates, lex.post_labels)
    # a listing whose stamps close their items: each post runs from the stamp before to its own
    trailing = trailing_posts(text, dates, posts) if posts else None
    if trailing:
        posts = trailing
    heads = report_heads(text, dates)
    if heads:
        # a report of the run whose heading the page lost: a part of its own, not the day above it
        lost = lost_report_cuts(text, heads)
        heads = sorted([*heads, *lost], key=lambda h: h[0])
        posts = sorted([*posts, *((at, day) for at, day, _d in lost)], key=lambda p: p[0]) if posts else posts
    if heads and not posts:
        # glued daily reports: each heading opens a part whose dates read against the day it covers
        posts = [(at, day) for at, day, _d in heads]
    if posts:
        # a listing of separately dated posts: each post's dates count from its own stamp
        dates = dates_by_post(text, dates, posts)
    dates = anchored_days(text, dates, None if posts else ref)      # (after: "سبقها بيوم" in a post counts from the post's days)
    dates = current_month_days(text, dates, None if posts else ref)    # "في 14 الجاري": a day of the page's month
    dates = anaphoric_years(text, dates)    # "في أيلول من العام نفسه": the year told before it
    numbers = find_numbers(text)
    mentions = _facility_places(analysis, sorted(analysis.mentions, key=_START), res)
    mentions = _witness_places(analysis, mentions, res)
    gaz = _gazetteer(res)
    ctx = _DocContext(analysis, mentions, _kb(res), gaz.surrounding_provinces() if gaz is not None else frozenset(),
                      _province_capitals(gaz))
    ctx.gazetteer = gaz
    ctx.page_day = ref if not undated else url_month_start(doc.url, dates)
    ctx.posts = posts
    ctx.report_parts = [(at, day) for at, day, _d in heads]
    # the page's printed stamp, glued to its title or lede by the layout (often printed twice, in the site's
    # bar and again over the title): the day the report was filed
    ctx.stamps = _stamp_spans(text, doc.published.evidence) if doc.published.method == "printed" else []
    ctx.stamp_echoes = _stamp_echoes(text, dates, doc.published.date, ctx.stamps)
    # a run of related posts' stamps glued to the page's head ("25 / 11 / 2017 23 / 11 / 2017 ..."): no happening's date
    # (read on all the dates the page prints: a stamp the page dating dropped still makes the run)
    ctx.stamp_runs = stamp_runs(text, found)
    # a page that is one day's report ("الموجز السوري ليوم الاحد في 30 - 7 - 2017") lists that day's happenings
    ctx.day_report = None if posts else _covered_day(day_report(text, dates, ctx.stamps), ref, lex.report_window_days)
    # (a single story or one day's bulletin, not a feed, a listing of posts or a digest of dated parts: its day)
    ctx.one_day = None if ctx.feed or posts or heads or period is not None else one_day_news(
        text, dates, ref, lex.report_window_days,
        doc.published.method == "printed" and early_stamp(doc.published.evidence))
    archive = ctx.one_day is None and not posts and not heads and period is None and ref is not None \
        and url_day_archive(doc.url) == ref
    if archive:
        # a day's archive ("/ar/time/26.12.2017"), a feed as a rule: it lists the latest items up to that day's
        # end (a Liveuamap day page: that day's, and the day before's when the day was quiet: "احتفالات يوم
        # الاستقلال ... اليوم" of 17 April on the 18.04 page), so its undated items are news of that day or the
        # day before, whatever other days their neighbours tell (each its own), not of the week up to it
        ctx.one_day = (ref - dt.timedelta(days=1), ref)
    ctx.story = None if ctx.feed or posts or heads or period is not None or ctx.one_day is not None \
        else story_days(text, dates, ref)
    # (a listing of stamped posts, not a feed, a digest of dated parts or a titled period: each post its day's story)
    ctx.post_story = None if ctx.feed or heads or period is not None else post_story_days(text, dates, posts)

    # (a trailing listing's item starts right after the stamp before it: no sentence runs across it)
    cuts = sorted([*(at for at, _day, _d in heads), *(at for at, _day in (trailing or [])[1:])])
    sents = _sentences(text, mentions, dates, numbers, doc.warnings, cuts)
    question = _question_lines(text)
    per_sent: list[list[_Cand]] = []
    ctx.prev_sent = None
    for s in sents:
        if s.line in question or _is_question(text, s.span):
            ctx.prev_sent = s
            per_sent.append([])
            continue
        per_sent.append(_sentence_candidates(s, text, lex, ctx))
        ctx.prev_sent = s
    deny_retold(sents, per_sent, text)    # "نفت قسد ... . وكانت الأناضول قد نشرت أن ...": the retold report is denied
    means_next_door(sents, per_sent, lex, ctx)    # "هجمات مكثفة على دوما . وأكد ... فضلا عن الغارات الجوية"

    # dates: own sentence, else inherited from the previous sentence / the lead's next sentence / the
    # timeline entry the sentence's line continues
    entry_heads = _entry_heads(sents)
    # (a trailing listing's item borrows no date from the item before it: that one's closing stamp)
    parts = sorted([*ctx.report_parts, *(trailing or [])], key=lambda p: p[0]) if trailing else ctx.report_parts
    for i, cands in enumerate(per_sent):
        for c in cands:
            if not c.date_own and not c.has_date_expr:
                if not _item_opens_inside(c, ctx):
                    _borrow_date(c, i, sents, per_sent, lex, carry=ref is None, entries=entry_heads,
                                 feed_text=text if ctx.feed else None, parts=parts, ctx=ctx, text=text)
            # (an item's own "اليوم الاثنين" on a page of several days' news: its "أمس" counts from that day)
            _item_today(c, i, sents, ref, posts)

    _yearless_before_page([c for cands in per_sent for c in cands], dates, ref, posts)

    if ctx.feed:
        per_sent = [[c for c in cands if not _video_caption(c, ctx)] for cands in per_sent]
    gallery = _gallery_start(text)
    if gallery is not None:
        per_sent = [[c for c in cands if c.start < gallery] for cands in per_sent]
    # (a latest-news box's headlines belong to other stories; an archive photo's caption shows an earlier happening)
    # (and a wire photo's caption dated weeks before the page's day: _old_caption_spans)
    boxes = _latest_news_spans(text) + _archive_caption_spans(text) + _old_caption_spans(text, dates, ref)
    if boxes:
        per_sent = [[c for c in cands if not any(a <= c.start < b for a, b in boxes)] for cands in per_sent]
    events = _attach_and_merge(per_sent, ctx)
    events = _tolls_told_back(events, ctx)
    # an undated page of the theatre's period dates its bare violent deeds as a dated page does
    # (unknown), unless history is told just before them (_after_old_year)
    period_page = ctx.page_day is None and _page_of_period(dates, lex)
    events = [c for c in events if _emit_ok(c, ctx.feed, ctx.page_day is not None,
                                            period_page and not _after_old_year(c, dates, lex)
                                            and not _entry_fields(c, text))]
    # (a placeless report of a digest glued to others would only lend its fields to another report's row)
    events = [c for c in events if not lone_report(c, text)]
    # (first: two trigger words side by side, "بقصف للطيران الحربي", tell one deed, whatever place each took)
    events = _merge_one_phrase(events, ctx)
    events = _merge_document(events, ctx)
    events = _merge_bare(events, ctx)
    _fallbacks(events, ctx, text)
    _inherit_dates(events, ctx)
    events = _merge_retold(events, ctx)
    events = _merge_pointed_back(events, ctx)
    events = _merge_answered(events, ctx)
    events = _merge_same_day(events, ctx)
    events = _merge_tried_shootdowns(events, ctx)
    events = _merge_toll_updates(events, ctx)
    events = _merge_tolls_told_apart(events, ctx)
    events = _merge_elaborations(events, ctx)
    events = _merge_sentence_parts(events, ctx)
    # (after every merge, before the page's dates: a place lent by a telling told paragraphs away is not
    # the row's; the telling that names it, split off again, is dated as any happening of the page)
    events = _unplace_far_lent(events)
    if not ctx.feed and (_question_headline(doc.title) or not posts and _argument_page(text)):
        # (before _page_dates: a generality of the page's argument takes no page date). Not on a live
        # feed, whose "headline" is its first item and may quote a question ("أردوغان: ... ?"): the
        # feed reports, it does not argue. A page that argues in its prose (_argument_page) with no
        # question in its headline is judged the same; not a listing of dated posts (each reports)
        events = [c for c in events if not _analysis_generality(c)]
    # (counted before the background filters: the deeds the page tells, recalled ones included)
    # (the page's written-out days: a digest dates its items, a study its years)
    dated_days = sum(1 for d in dates if d.precision == "day" and d.kind == "absolute")
    # (and its years and months: a study, a history tells its time by them)
    dated_periods = sum(1 for d in dates if d.precision in ("year", "month"))
    no_report = not ctx.feed and not posts and _reports_nothing(text, len(events), dated_days, dated_periods)
    pub_ev = _published_span(text, doc.published.evidence)
    # (what dates the page's undated events: both _page_dates passes below read the same page)
    page_dating = PageDating(text, dates, ref, lex, pub_ev, posts, heads, ctx.day_report, ctx.one_day, ctx.story,
                             ctx.post_story, archive)
    # (before the page's dates: the day told of a happening its sentence names again is narrower than a window)
    named_again_dates(events, sents, parts, ctx.feed, lex)
    story_stamp_days(events, ctx, ref, lex.report_window_days)
    # (first the day the text tells: a list's place a source's quote tells again, "قصف استهدف عين ترما وأبو الظهور
    # يوم الاثنين" then "ولفت المصدر إلى " ... أبو الظهور "", keeps the list's day, not the report's week
    # _page_dates gives a quoted account)
    _share_list_dates(events, [c for c in events if c.sent.quote and c.sent.quote[c.ti] != -1])
    _page_dates(events, page_dating)
    # (a day archive's item tells its "اليوم" from the day it was posted, any day of the archive's span)
    archive_relative_days(events, page_dating)
    # (after the page's date: a list's place the page or its report heading dates keeps that date)
    _share_list_dates(events)
    # (after the page's date: a telling it dated to its two-day window retold on a day the text gives)
    events = _merge_page_windowed(events, ctx)
    # (after the page's dates: the headline's or lead's telling and the body's, with a wider place or the page's time)
    events = _merge_lead_body(events, ctx)
    # (after the page's dates: two tellings of one place and weapon the earlier merges kept apart while one had no time)
    events = _merge_dated_retellings(events, ctx)
    if period is not None and not posts:
        _period_dates(events, period, lex, text)
    # (after the merges and the page's dates: a wide region's telling merged as the region-level one it is)
    events = _at_country(events, ctx)
    events = [c for c in events if not _country_row_doubtful(c, dates, lex, ctx)]

    def told_aside(c: _Cand) -> bool:
        """c is told as the page's background (every telling of it, as each test requires), the since span aside."""
        return (_told_as_past(c, lex) or _lapse_anchor(c) or _recalled(c, lex, ref, text)
                or _undated_aside(c, lex, text) or _dated_aside(c, lex) or _long_ago_told(c, lex, text, bool(posts))
                or _told_over_span(c) or _named_as_known(c, pub_ev, ctx.feed) or _continuing_frame(c)
                or _so_far_tally(c, text) or _territory_share(c, pub_ev) or _witnessed_told(c)
                or _toll_of_known(c, ctx.feed) or _stage_entered(c) or _breakdown_told(c))

    def background(c: _Cand) -> bool:
        return told_aside(c) or _ongoing_since(c, text)

    # (before the background tests: a row whose own sentence tells it as background keeps no news telling of
    # another sentence the merges lent it; that telling stands as its own row, dated as any of the page's.
    # Not on the since span alone: "بالاشتباكات منذ أربعة أيام" in a victim list is a day four days back)
    events, split = _split_background_head(events, told_aside, lambda c: background(c) or _caused_state(c), ctx)
    # (and a row headed by the deed a revenge avenges keeps no telling of the revenge or of another happening)
    events, split_avenged = _split_avenged_head(events, lambda c: background(c) or _caused_state(c), ctx)
    split += split_avenged
    if split:
        _page_dates(split, page_dating)
        # (a split-off head that tells again a happening the page keeps as a row of its own, the headline's
        # "تركيا تقصف قرى عفرين" for the body's "واستمر القصف التركي أمس على قرى في مدينة عفرين", joins that row:
        # the merges that would have joined them ran while the head was inside the background row)
        events = _merge_split_twins(events, split, lambda c: background(c) or _caused_state(c), ctx)
    events = [c for c in events if _in_scope(c, lex, ctx) and not background(c)]
    # (a chronology's entries, headed by their date, tell their happenings whatever their age)
    # (a chronicle told in running prose is no list: only its days that head their sentence are entries)
    entries = _chronicle_entries(dates, sents, text, lex) | {d.start for d in entry_heads.values()}
    if undated:
        events = [c for c in _drop_older_than_page(events, lex, text, entries) if not _year_only(c, text)]
    if not posts:
        # (after _drop_older_than_page, which counts the page's dated happenings) the page's own
        # time: its date, else (no date at all) the newest year it names
        day = ref or ctx.page_day
        newest = None if day is not None else _newest_year(dates)
        events = [c for c in events if not _old_year_told(c, lex, text, day, newest, dates)]
        # a deed the pluperfect recalls with its own time days before the page's (_dated_recall)
        events = [c for c in events if not _dated_recall(c, lex, day, entries)]
        # and a campaign's start dated by its calendar day a week or more before the page's (_launch_recalled)
        events = [c for c in events if not _launch_recalled(c, day, entries)]
        if not no_report and not _retrospective_page(doc.title, text, lex):
            # a happening named by a time long before the page's (a reminder); a look back tells its past on purpose
            events = [c for c in events if not _named_with_old_year(c, lex, text, day, newest, entries)]
        if day is None and _page_before_scope(dates, lex):
            events = [c for c in events if not _undated_history(c)]
        elif day is None:
            # history told on a page of any time: the nearest year written before a timeless deed is
            # before the theatre's period ("ثورة 1929 ... هاجم العرب الضواحي", "وبعد ذلك بعامين سحقت")
            events = [c for c in events if not (_undated_history(c) and _after_old_year(c, dates, lex))]
    # an item of a list of old deeds by bare year ("1995 اغتيال ... 2005 اغتيال ...": _year_listed); on a page of
    # posts, each post's own day (the event's date) is the time it is told at
    list_day = None if posts else ref or ctx.page_day
    list_newest = None if posts or list_day is not None else _newest_year(dates)
    events = [c for c in events if not _year_listed(c, list_day, list_newest)]
    # (after the page-time checks, which read the page's dated happenings, these included)
    by_start = {d.start: d for d in dates}
    # (the page's time: its date, else the newest day it writes out)
    written = [d.date_end for d in dates if d.precision == "day" and d.kind == "absolute" and d.date_end]
    page_time = ref or ctx.page_day or (dt.date.fromisoformat(max(written)[:10]) if written else None)
    events = [c for c in events
              if not _month_or_year_told(c, by_start, text, entries, page_time, lex.background_days)]
    looks_back = no_report or _retrospective_page(doc.title, text, lex)
    if looks_back:
        # a look back (a year's harvest, a chronology, a group's story): what it tells with no time
        # of its own is of the years it reviews; its news of the day is told "اليوم", "أمس". A page
        # that reports nothing of its own (an op-ed, an analysis: _reports_nothing) recalls what it names
        # (a page that reports nothing: its own day dates its writing, not the deeds it names)
        written_on = ref if no_report else None
        events = [c for c in events if not _timeless(c, pub_ev) and not _page_day_only(c, written_on)]
    if ref is None and ctx.page_day is None and not posts and not ctx.feed and (
            looks_back or _history_spread(text, dates)):
        # an undated look back, or an undated page walking through months of the war (_history_spread):
        # a time it names that stays unresolved ("في شهر نوفمبر", "في 19 سبتمبر" with no year) is of the
        # past it reviews. Only the undated: what such a page dates is judged on its own fields
        events = [c for c in events if not _unresolved_history(c, text)]
    # (after the filters: a telling dropped as background or out of scope takes no kept telling with it)
    events = _merge_restated_tolls(events, ctx)
    # (last: the guessed date served the merges and the filters above, which keep it as before)
    guessed = _forget_guessed_dates(events, lex, page_dating)
    _page_dates(guessed, page_dating)
    if period is not None and not posts:
        _period_dates(guessed, period, lex, text)
    # (after every date is set: the day a condemnation was made is not the condemned deed's)
    # (on one day's report, the day it covers: a condemnation of that day condemns that day's news)
    report_day = ctx.day_report[0] if ctx.day_report is not None else (ctx.one_day[1] if ctx.one_day else None)
    _condemned_dates(events, lex, text, report_day)
    _forget_open_onsets(events, text)
    # (a span of days the page dated a happening to, narrowed to the Friday its clause's prayer names)
    prayer_friday_dates(events)
    # (and a round-up whose lead names its day "أول جمعة بعد X": its spans narrowed to their one Friday)
    first_friday_dates(events, text)
    # a campaign named as the frame of the page's news is no happening (_campaign_named); it is turned away
    # with the gate's verdicts, after the gate has read the page as its model was fitted on (the page's
    # emitted events and their siblings), so that it takes no other event's verdict with it
    not_news = {id(c) for c in events if _campaign_named(c, pub_ev)}
    # so is a happening recalled as the ground of the sentence's news: the point a lapse of weeks counts from
    # (_lapse_told), an undated deed of an anterior phrase dated to last month or year (_anterior_recalled)
    not_news |= {id(c) for c in events if _lapse_told(c) or _anterior_recalled(c, text)}
    # and a happening named "before" which a statement that tells no happening is timed (_posterior_landmark)
    not_news |= {id(c) for c in events if _posterior_landmark(c)}
    # and a city's liberation named as the landmark the news is timed by ("بعد تحرير مدينة الباب": _liberation_recalled)
    not_news |= {id(c) for c in events if _liberation_recalled(c)}
    # and a deed told "during" a campaign or a span named before it, the campaign's summary (_during_span_told)
    not_news |= {id(c) for c in events if _during_span_told(c)}
    # and the deed a revenge avenges, named as the motive of the sentence's news ("انتقاما للمجازر": _revenge_motive)
    not_news |= {id(c) for c in events if _revenge_motive(c)}
    # and the war's known battles named as the cause of a state ("شردوا جراء المعارك": _caused_state)
    not_news |= {id(c) for c in events if _caused_state(c)}
    # and the strike or clash that wounded someone a victim list reports dead of his wounds, dated to the death's day
    # (_died_of_wounds: the deed was earlier, on a day the text does not give)
    not_news |= {id(c) for c in events if _died_of_wounds(c)}
    # and the battle or strike a person a relative clause describes was killed in ("الذي استشهد في معركة عرسال": _fate_told)
    not_news |= {id(c) for c in events if _fate_told(c)}
    # and a happening named as an example of a class of happenings ("المجازر التي ارتكبها النظام مثل مجزرة": _example_listed)
    not_news |= {id(c) for c in events if _example_listed(c)}
    out_ids: dict[str, _Cand] = {}
    emitted: list[tuple[_Cand, Event]] = []
    for c in events:
        _apply_strike_owner(c)
        _ground_striker(c, ctx)
        _adjective_striker(c, ctx)
        ev = _to_event(c, doc.id, text)
        if ev.id in out_ids:
            if not _other_point(out_ids[ev.id], c, ctx):
                continue
            # "انفجرت عبوة في حي الضبيط ... فيما انفجرت دراجة مفخخة في بلدة ارمناز": one word, one
            # sentence, two towns: two happenings, the second told apart by its trigger's offset
            ev.id = event_id(doc.id, c.event_type, c.evidence[0], f"{normalize(ev.trigger)}#{c.start}")
        out_ids[ev.id] = c
        _drop_unsupported_states(ev, c, text)
        state_forces(ev, ctx, analysis.entities)
        name_near_place(ev, c, analysis, text)
        for aid in ev.actor1 + ev.actor2:
            if aid in (CIVILIANS_ID, PROTESTERS_ID, UNIDENTIFIED_ID) and aid not in analysis.entities:
                analysis.entities[aid] = _generic_entity(aid)
        ev.notes_ar, ev.notes_en = make_notes(ev, analysis.entities, _qualifiers(c))
        analysis.events.append(ev)
        emitted.append((c, ev))
    # the learned confidence, from what the stage knows of each event and of the page now
    gated = _confidence.score_events(emitted, _confidence.PageFacts(
        text, doc.title or "", ref or ctx.page_day, len(emitted), len(sents), bool(ctx.feed), bool(posts), no_report))
    gone = {id(ev) for ev in gated or ()} | {id(ev) for c, ev in emitted if id(c) in not_news}
    if not ctx.feed and not posts and _sparse_page(text, len(emitted) - len(gone)):
        # a page that keeps few events for its length and attributes little (a feature, an analysis, a review:
        # _sparse_page) names what it neither dates nor counts as its background (_told_bare); counted on the
        # events the page would emit, after the gate, so its other verdicts stay as fitted
        gone |= {id(ev) for c, ev in emitted if id(ev) not in gone and _told_bare(c, pub_ev)}
    if not ctx.feed and not posts:
        # a page that reports no happening of its own (an analysis, a profile, a look back: the learned page
        # genre, rasd/extract/events/genre.py) names deep in its body, undated, what it recalls or argues about;
        # not what its speaker tells of his own group ("أحرقناها" in an interview: a first-hand report)
        gone |= {id(ev) for c, ev in emitted
                 if id(ev) not in gone and not c.first_person and told_in_body(doc.title or "", text, ev)}
    if not posts:
        # a row left with no time that tells a kept dated row of its type again, at its place or a wider one (a
        # quote retelling the capture, a source detailing the surrender): that row's copy. Not on a listing of
        # posts, whose unstamped posts are their own reports
        kept = [c for c, ev in emitted if id(ev) not in gone]
        dated_page = ref is not None or ctx.page_day is not None
        gone |= {id(ev) for c, ev in emitted
                 if id(ev) not in gone and undated_copy_of(c, kept, ctx, dated_page) is not None}
    if gone:
        # turned away: what the learned gates score as most likely wrong, campaign frames and recalled grounds,
        # a sparse page's bare names, what a page that reports nothing of its own names deep in its body
        analysis.events[:] = [ev for ev in analysis.events if id(ev) not in gone]


def _split_background_head(events: list[_Cand], background: Callable[[_Cand], bool],
                           dropped: Callable[[_Cand], bool], ctx: _DocContext) -> tuple[list[_Cand], list[_Cand]]:
    """A row whose own sentence tells it as background (``background`` holds of the row with only the tellings of
    its trigger's sentence: "بينما تتواصل الاشتباكات في الغوطة", "وكانت ... قد سيطرت الشهر الماضي") while
    tellings of other sentences merged into it tell it as news ("تتواصل لليوم الثاني الاشتباكات في حرستا"):
    the background tests need every telling, so the row stayed with the background sentence as its evidence.
    The tellings of the other sentences are split off as a row of their own (the first of them its head, the
    rest merged into it again), judged by the same tests; the background row keeps only its own sentence's
    tellings, and the tests drop it. Not when the other sentences' tellings would be dropped themselves
    (``dropped``: told aside by another test, or as the cause of a state) or name no place (a placeless row is
    not emitted, and the happening would be lost): the row stays as it was. Returns the
    rows and the split-off heads (undated: the page's dates date them). A row whose own sentence is not background alone is left as it is, whatever its other
    tellings: merged, a happening told again as background stays that happening."""
    out: list[_Cand] = []
    split: list[_Cand] = []
    for c in events:
        out.append(c)
        others = [b for b in c.merged if b.sent is not c.sent]
        if not others:
            continue
        alone = copy.copy(c)
        alone.merged = [b for b in c.merged if b.sent is c.sent]
        if not background(alone):
            continue
        if not any(b.location for b in others):
            continue        # (no place told there: split off, the happening would not be emitted at all)
        # (None: the other sentences tell it aside too, each by another test: the row stays as it was)
        head = _split_off(c, others, alone.merged, dropped, ctx)
        if head is not None:
            out.append(head)
            split.append(head)
    return out, split


def _split_off(c: _Cand, others: list[_Cand], kept: list[_Cand], dropped: Callable[[_Cand], bool],
               ctx: _DocContext) -> _Cand | None:
    """The tellings ``others`` of row ``c`` as a row of their own (the first of them its head, the rest merged
    into it again), ``c`` keeping only ``kept``; None, and ``c`` unchanged, when the new row would be dropped
    itself (``dropped``). Shared by the background and the revenge-motive splits."""
    # (the head is the first telling of a deed, not a death word merged in: a quote's "حتى يتم قتل الإرهابي الأخير"
    # told before the body's "واستمر القصف التركي أمس على قرى ... عفرين" would type the split-off row as a killing)
    ordered = sorted(others, key=attrgetter("start"))
    head = next((b for b in ordered if b.trig.kind != "casualty"), ordered[0])
    rest = [b for b in ordered if b is not head]
    news = copy.copy(head)
    news.merged = list(rest)
    if dropped(news):
        return None
    c.merged = kept
    head.merged = []
    for b in rest:
        _absorb(head, b, ctx)
    return head


def _split_avenged_head(events: list[_Cand], dropped: Callable[[_Cand], bool],
                        ctx: _DocContext) -> tuple[list[_Cand], list[_Cand]]:
    """A row headed by the deed a revenge avenges (_avenged: "انتقام ا من مذبحة في سجن آخر") with tellings of
    another happening merged into it (the revenge itself, "قتل ... 33 نزيلا", or a deed of another sentence): the
    avenged deed is only the news' motive, and the motive rule (_revenge_motive) needs every telling. The
    tellings that are not avenged are split off as a row of their own (the first of them its head, the rest merged
    into it again); the avenged row keeps only its avenged tellings and is turned away as the motive. Not when no
    split-off telling names a place (the happening would not be emitted) or they would be dropped themselves
    (``dropped``): the row stays as it was. Returns the rows and the split-off heads (the page's dates date them)."""
    out: list[_Cand] = []
    split: list[_Cand] = []
    for c in events:
        out.append(c)
        if c.modality != "actual" or not c.merged or not _avenged(c):
            continue
        others = [b for b in c.merged if not _avenged(b)]
        if not others or not any(b.location for b in others):
            continue        # (all avenged: the motive rule drops the row; no place told: keep the row as it was)
        head = _split_off(c, others, [b for b in c.merged if _avenged(b)], dropped, ctx)
        if head is not None:
            out.append(head)
            split.append(head)
    return out, split


def _other_point(a: _Cand, b: _Cand, ctx: _DocContext) -> bool:
    """b, which would get a's id (same type, evidence start and trigger word), is another happening:
    its own trigger, at another town (two points, neither named after the other), not a copy of a
    at its country or region."""
    return (a.start != b.start and bool(a.location) and bool(b.location) and a.location != b.location
            and _point(ctx, a.location) and _point(ctx, b.location) and not _part_of(ctx, a.location or "", b.location or ""))


def event_id(doc_id: str, event_type: str, evidence_start: int, trigger: str) -> str:
    key = f"{event_type}|{evidence_start}|{trigger}"
    return f"{doc_id}-ev-{hashlib.sha1(key.encode('utf-8')).hexdigest()[:8]}"


def _to_event(c: _Cand, doc_id: str, text: str) -> Event:
    fatalities, fmin, qd, qev, _qual = _qty_dict(c, own_tolls=True)
    trigger_surface = text[c.start:c.end]
    fe: dict[str, list[int]] = {"trigger": [c.start, c.end]}
    for p in c.merged:
        fe.setdefault(f"trigger:{p.start}", [p.start, p.end])
    if c.actor_ev:
        fe["actor1"] = list(c.actor_ev)
    if c.loc_ev:
        fe["location"] = list(c.loc_ev)
    if c.date_ev:
        fe["date"] = list(c.date_ev)
    for k, v in qev.items():    # "fatalities", "quantities.<name>": a second toll keeps its own span
        fe[k] = list(v)
    start = min([c.evidence[0]] + [p.evidence[0] for p in c.merged])
    end = max([c.evidence[1]] + [p.evidence[1] for p in c.merged])
    trig_key = normalize(trigger_surface) + (f"@{c.fan_of}" if c.fan_of else "")
    ev = Event(
        id=event_id(doc_id, c.event_type, c.evidence[0], trig_key),
        doc_id=doc_id, event_type=c.event_type, sub_event_type=c.sub_event_type,
        evidence=Span(start, end), actor1=list(c.actor1), actor2=[a for a in c.actor2 if a not in c.actor1],
        assoc_actor1=[a for a in c.assoc1 if a not in c.actor1],
        location=c.location, geo_precision=near_precision(c, text),
        date_start=c.date_start, date_end=c.date_end if c.date_start != UNKNOWN else UNKNOWN,
        time_precision=range_precision(c.date_start, c.date_end, c.time_precision),
        fatalities=fatalities, fatalities_min=fmin, quantities=qd, modality=c.modality,
        field_evidence=fe, trigger=trigger_surface, confidence=c.confidence,
    )
    return ev


STAMP_ECHO_CHARS = 300     # the title printed again after the stamp, with the day in another spelling
# words that make a day the time a sentence tells ("في 15 / 11 / 2014", "اليوم 22 آذار 2017"), not a stamp's echo
TOLD_DAY_WORDS = frozenset(normalize(w) for w in word_list("function_words.yaml", "told_day_words"))


def _stamp_echoes(text: str, dates: list[Any], published: str, stamps: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The page's day printed again in another spelling in the page's head, shortly after a copy of the printed
    stamp: the layout prints the title a second time with its date ("2014 / 11 / 15 الساعة 22 : 24 ... اقتتال
    بصفوف تنظيم الدولة بالرقة 15 / 11 / 2014 ... قال ناشطون ..."). Like the stamp, it is the day the report was
    filed, not a day the sentence tells, when it heads another clause than the title's or the sentence after it
    (``dates._in_stamp`` with echoes; the title's own clause keeps the day, the page's day for its news). A full
    day in digits, the publication day, no
    word of a told time before it ("في", "يوم", "اليوم"), at most STAMP_ECHO_CHARS after a stamp; and every
    other place the page prints that echo as written (a page that lists its file's articles prints the title
    and its date again further down)."""
    if not stamps:
        return []
    echoes = []
    for d in dates:
        if d.kind != "absolute" or d.precision != "day" or d.date_start != published \
                or (d.date_end or d.date_start) != published or not any(ch.isdigit() for ch in d.surface):
            continue
        if any(a <= d.start < b for a, b in stamps):
            continue      # (a copy of the stamp itself)
        before = normalize(text[max(0, d.start - 20):d.start]).split()
        if before and before[-1] in TOLD_DAY_WORDS:
            continue
        echoes.append(d)
    near = {d.surface for d in echoes if any(b <= d.start <= b + STAMP_ECHO_CHARS for _a, b in stamps)}
    return [(d.start, d.end) for d in echoes if d.surface in near]


def _stamp_spans(text: str, evidence: str | None) -> list[tuple[int, int]]:
    """Every place the body prints the page's publication stamp (its published evidence)."""
    if not evidence:
        return []
    spans, at = [], text.find(evidence)
    while at >= 0:
        spans.append((at, at + len(evidence)))
        at = text.find(evidence, at + len(evidence))
    return spans
