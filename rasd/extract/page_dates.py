"""The page's own day for its events, and the dates on a page that date nothing.

A page without a publication date may still carry its day: a head date its body confirms ("اليوم
الأربعاء"), the day its URL files it under. A site bar's clock (the day the page was viewed) and
a later full date in its head date nothing. A year's chronology dates its entries by their day
numbers. A listing's posts (a tag page, a forum thread, a live blog) are dated by their own stamps.
The dates layer (``rasd.text.dates``) finds the expressions; this module decides, for the events
layer, which of them anchor the page."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from rasd.data import read_shared, word_list
from rasd.records import UNKNOWN
from rasd.text.normalize import normalize, normalize_with_map, normalize_words


def add_warning(warnings: list[str], msg: str) -> None:
    """Record ``msg`` on the document once."""
    if msg not in warnings:
        warnings.append(msg)


def _iso_day(date: str) -> dt.date | None:
    """The day an ISO date string starts with, or None when it names no real day."""
    try:
        return dt.date.fromisoformat(date[:10])
    except ValueError:
        return None


def ref_date(date: str, precision: str) -> dt.date | None:
    if precision != "day" or not date or date == UNKNOWN:
        return None
    return _iso_day(date)


def find_page_dates(text: str, ref: dt.date | None, warnings: list[str], ceiling: dt.date | None = None) -> list[Any]:
    """The page's dates; on a page without ``ref``, ``ceiling`` (``crawl_ceiling``) bounds the year-less weekday days."""
    from rasd.text.dates import find_dates

    found = find_dates(text, ref, ceiling)
    found = sorted(found + spaced_numeric_dates(text, found, warnings), key=lambda d: d.start)
    found = month_first_dates(found)
    # a forum member's sign-up day under each post ("اشترك في : الثلاثاء أكتوبر 12 , 2010 6 : 11 pm")
    # dates no happening and opens no post
    found = [d for d in found if not member_stamp(text, d)]
    for d in found:
        if d.warning and d.date_start is None and "impossible" in d.warning:
            add_warning(warnings, f"date {d.surface!r} at {d.start}: {d.warning}")
    return found



DATE_WORDS_FILE = Path(__file__).resolve().parent.parent / "data" / "lexicons" / "date_words.yaml"


@lru_cache(maxsize=1)
def _date_words() -> dict[str, Any]:
    """date_words.yaml, read once for every reader of its word lists here."""
    return read_shared(DATE_WORDS_FILE)


MEMBER_LABEL_CHARS = 40     # "اشترك في : الثلاثاء <date>": the label, its colon, a weekday


@lru_cache(maxsize=1)
def _member_label() -> re.Pattern[str]:
    words = _date_words()
    labels = _written_alt([normalize(str(w)) for w in words["stamp_member_labels"]])
    # the label's colon is required: "انضم في 12 مارس 2015 إلى التنظيم" is a happening
    return re.compile(rf"(?<!\w)(?:{labels})\s*:\s*(?:[^\W\d_]+\s*,?\s*)?$", re.I)


def member_stamp(text: str, d: Any) -> bool:
    """The date is a forum member's sign-up day: right after a label such as "اشترك في :" or
    "تاريخ التسجيل :" (date_words.yaml), a weekday between at most."""
    window = text[max(0, d.start - MEMBER_LABEL_CHARS):d.start]
    # speed: the label's colon is required and normalize makes no colon: most dates skip the regex
    return ":" in window and _member_label().search(normalize(window)) is not None


# the corpus pass (rasd.corpus.crawl_dates) names a site's crawl-time date text in a warning of
# each page printing it: "... «الأحد 21 كانون الثاني / يناير 2018» ... : a crawl-time ticker"
CRAWL_TICKER_NOTE = "a crawl-time ticker"
_QUOTED = re.compile(r"«([^»]+)»")
_DIGIT = "0-9\u0660-\u0669"


def crawl_texts(warnings: list[str]) -> list[str]:
    """The date texts the corpus pass found printed as the site's crawl-time ticker on this page."""
    out = []
    for w in warnings:
        m = _QUOTED.search(w) if CRAWL_TICKER_NOTE in w else None
        if m:
            out.append(m.group(1))
    return out


def crawl_spans(text: str, warnings: list[str]) -> list[tuple[int, int]]:
    """Where the page prints its site's crawl-time date texts (``crawl_texts``), whitespace as printed;
    the edges keep "1 ديسمبر 2017" from matching inside "31 ديسمبر 2017"."""
    spans: list[tuple[int, int]] = []
    for t in crawl_texts(warnings):
        body = r"\s+".join(re.escape(w) for w in t.split())
        spans.extend(m.span() for m in re.finditer(rf"(?<![{_DIGIT}]){body}(?![{_DIGIT}])", text))
    return spans


def crawl_ceiling(warnings: list[str]) -> dt.date | None:
    """The day the page was fetched, from its site's crawl-time ticker (``crawl_texts``, a full date): the last day
    the page can tell of. It dates no event (``refuse_crawl_dates``); it only bounds the year of a day and month the
    page tells with their weekday ("اليوم الخميس 26 تشرين الأول", text.dates._weekday_years)."""
    from rasd.text.dates import find_dates

    days = [d for t in crawl_texts(warnings) for x in find_dates(t) if (d := _full_day(x)) is not None]
    return max(days, default=None)


def refuse_crawl_dates(dates: list[Any], spans: list[tuple[int, int]]) -> list[Any]:
    """The dates outside a crawl-time ticker's text: the day the page was fetched dates no event and
    anchors no relative or year-less date (the site's other pages show it is no article's date)."""
    if not spans:
        return dates
    # (with the weekday printed right before it: "الأحد 04 جمادى الأولى 1439" is one stamp)
    return [d for d in dates if not any((d.start < e and s < d.end) or (d.kind == "weekday" and 0 <= s - d.end <= 3)
                                        for s, e in spans)]


_NUMERIC = re.compile(r"^(\d{1,2})\s*(\S)\s*(\d{1,2})\s*\2\s*((?:19|20)\d{2})$")


def _numeric_parts(d: Any) -> tuple[int, int, int] | None:
    """(first, second, year) of a numeric date written first-second-year ("7 / 30 / 2016"), else None."""
    if d.kind != "absolute":
        return None
    m = _NUMERIC.match(d.surface.strip())
    return (int(m.group(1)), int(m.group(3)), int(m.group(4))) if m else None


def month_first_dates(dates: list[Any], page: list[Any] | None = None) -> list[Any]:
    """A page that writes its numeric dates month first (a forum's or a US-built site's post stamps
    "12 - 30 - 2017 , 10 : 15 PM", "7 / 30 / 2016 3 : 47 : 00 PM"): when some of its numeric dates can
    only be read month first (a second number above 12) and none only day first, all of them are read
    so ("8 / 5 / 2016" among them is 5 August, not 8 May). A page mixing both orders keeps the
    dates layer's day-first reading. ``page``: the page's dates that decide the order (default ``dates``)."""
    from rasd.text.dates import DateExpr

    seen = [p for p in map(_numeric_parts, dates if page is None else page) if p is not None]
    if not any(p[1] > 12 and 1 <= p[0] <= 12 for p in seen) or any(p[0] > 12 and 1 <= p[1] <= 12 for p in seen):
        return dates
    parts = [(d, _numeric_parts(d)) for d in dates]
    out = []
    for d, p in parts:
        if p is None:
            out.append(d)
            continue
        try:
            iso = dt.date(p[2], p[0], p[1]).isoformat()
        except ValueError:
            out.append(d)
            continue
        out.append(DateExpr(d.start, d.end, d.surface, iso, iso, "day", "absolute"))
    return out


def _num_sep() -> str:
    """Regex character class of the numeric date separators (date_words.yaml, as the dates layer)."""
    words = _date_words()
    return "[" + "".join(re.escape(str(c)) for c in words["numeric_separators"]) + "]"


_SEP = _num_sep()
_SPACED_DATE = re.compile(rf"(?=\d)(?<![\d{_SEP[1:-1]}])(\d{{1,2}})\s*({_SEP})\s*(\d{{1,2}})\s*\2\s*((?:19|20)\d{{2}})"
                          rf"(?!\d|\s?{_SEP}\s?\d)")
# every match of _SPACED_DATE matches this (no look-arounds, any separator twice): a page without
# one is skipped by a scan the regex engine runs from digit to digit
_SPACED_DATE_HINT = re.compile(rf"\d\d?\s*{_SEP}\s*\d{{1,2}}\s*{_SEP}\s*(?:19|20)\d{{2}}")   # (\d first: the engine skips to digits)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)|(?<![٠-٩])[١٢][٠٩][٠-٩]{2}(?![٠-٩])")
STAMP_HEAD_CHARS = 600      # where a page shows the day it was viewed: its head (site bar, title)
STAMP_GAP_CHARS = 400       # ... with the article's own date shortly after
STAMP_MIN_DAYS = 30
STAMP_MAX_DAYS = 366    # "صدرت من لندن 21 مايو 2001" under an issue's date is no article date
LONE_CHARS = 100     # a list of related posts' dates ("25 / 11 / 2017 23 / 11 / 2017 ...") is no stamp
_CLOCK = re.compile(r"\s*[,،]?\s*\d{1,2}\s*:\s*\d{2}")


def _full_day(d: Any) -> dt.date | None:
    """The day of an absolute date written with its year ("21 يناير 2018", "26 / 11 / 2017"), else None."""
    if d.kind != "absolute" or d.precision != "day" or not d.date_start or not _YEAR.search(d.surface):
        return None
    return _iso_day(d.date_start)


_ENTRY_DAY = re.compile(r"(\d{1,2})\s*$")
_ENTRY_AFTER = re.compile(r"\s+[^\d\s\-]")
_YEAR_ONLY = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
ENTRY_BOUNDARY = ".:!?؟\n"
MIN_TIMELINE_ENTRIES = 3


@lru_cache(maxsize=1)
def _month_names() -> dict[str, tuple[tuple[tuple[str, ...], int], ...]]:
    """Gregorian month names of the dates layer by their normalised last word:
    last word -> ((all words), month number), longest name first."""
    from rasd.text.dates import gregorian_months

    out: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for name, num in gregorian_months().items():
        words = tuple(name.split())
        out.setdefault(words[-1], []).append((words, num))
    return {k: tuple(sorted(v, key=lambda x: -len(x[0]))) for k, v in out.items()}


def _entry_heads(text: str) -> list[tuple[int, int]]:
    """Spans of "13 -" (one or two digits, a dash, a space, then a word): the heads of list entries.
    Found from the dashes (a page has few) rather than by scanning every digit."""
    out = []
    i = text.find("-")
    while i != -1:
        m = _ENTRY_DAY.search(text, max(0, i - 4), i)
        if m and _ENTRY_AFTER.match(text, i + 1) and (m.start() == 0 or not text[m.start() - 1].isalnum()):
            out.append((m.start(1), m.end(1)))
        i = text.find("-", i + 1)
    return out


def timeline_days(text: str, dates: list[Any]) -> list[Any]:
    """A year's chronology ("أهم الأحداث التي طبعت العام 2017 : كانون الثاني 1 - مسلح يقتل ... 13 - الإحتلال
    يقصف ... شباط 1 - ..."): entries open with a day number and a dash, under a month name, in the year
    told before the first entry. Each entry's day becomes a date (kind "timeline") that heads its entry;
    a page needs at least three such entries, so a stray "3 - 1" score is not read."""
    from rasd.text.dates import DateExpr

    matches = _entry_heads(text)
    if len(matches) < MIN_TIMELINE_ENTRIES:
        return dates
    taken = [(d.start, d.end) for d in dates]
    months = _month_names()
    entries: list[tuple[int, int, int, int]] = []       # start, end, day, month
    month = 0
    for a, b in matches:
        before = text[max(0, a - 30):a].split()
        hit = None
        if before:
            for words, num in months.get(normalize(before[-1]), ()):
                n = len(words)
                if len(before) >= n and tuple(normalize(w) for w in before[-n:]) == words:
                    hit = (n, num)
                    break
        if hit is not None:
            rest = before[:-hit[0]]
            if rest and rest[-1][-1] not in ENTRY_BOUNDARY:
                continue    # "في 13 كانون الثاني 5 -": not the head of an entry
            month = hit[1]
        elif before and before[-1][-1] not in ENTRY_BOUNDARY:
            continue
        if not month or any(x < b and a < y for x, y in taken):
            continue
        entries.append((a, b, int(text[a:b]), month))
    if len(entries) < MIN_TIMELINE_ENTRIES:
        return dates
    years = _YEAR_ONLY.findall(text[:entries[0][0]])
    if not years:
        return dates
    year = int(years[-1])
    out = list(dates)
    for a, b, day, mon in entries:
        try:
            iso = dt.date(year, mon, day).isoformat()
        except ValueError:
            continue
        out.append(DateExpr(a, b, text[a:b], iso, iso, "day", "timeline"))
    return sorted(out, key=lambda d: d.start)


# A year's last day as reference: a day and month without a year comes back from the dates layer
# with that year and the warning YEAR_FROM_REFERENCE, which tells it from a full date.
YEARLESS_PROBE = dt.date(2000, 12, 31)


YEARLESS_RANGE_DAYS = 31     # the longest year-less range whose last day is read with the year its first day took


def yearless_end(p: Any, start: dt.date) -> str:
    """The last day of a year-less expression ``p`` (found against YEARLESS_PROBE) once its first day is
    ``start``: a range ("بين 14 - 16 أبريل / نيسان") keeps its length, a single day ends where it starts.
    A range longer than YEARLESS_RANGE_DAYS ("من 18 آذار / مارس إلى 9 أيلول / سبتمبر", a report's months,
    often of another year than the days told around it) is left at its first day, as before: its end
    could reach past the page's own days."""
    try:
        span = (dt.date.fromisoformat(p.date_end[:10]) - dt.date.fromisoformat(p.date_start[:10])).days
    except (TypeError, ValueError):
        span = 0
    if not 0 < span <= YEARLESS_RANGE_DAYS:
        span = 0
    return (start + dt.timedelta(days=span)).isoformat()


def _yearless_day(d: Any) -> bool:
    """``d``, found against YEARLESS_PROBE, is a day and month the text gave without a year."""
    from rasd.text.dates import YEAR_FROM_REFERENCE, YEAR_FROM_SENTENCE

    return d.precision == "day" and d.warning in (YEAR_FROM_REFERENCE, YEAR_FROM_SENTENCE)


@lru_cache(maxsize=2)
def _yearless_probe(text: str) -> dict[tuple[int, int], Any]:
    """(start, end) -> the date found there against YEARLESS_PROBE, for the text's days and months written
    without a year. Cached: ``chronicle_days`` and ``chronicle_run_days`` probe the same page one after the
    other (both only read it)."""
    return {(d.start, d.end): d for d in find_page_dates(text, YEARLESS_PROBE, []) if _yearless_day(d)}


def _open_month_dates(dates: list[Any]) -> list[Any]:
    """The dates the layer left unresolved whose words name a month (day-and-month dates of an
    undated page, as a rule)."""
    names = _month_names()
    return [d for d in dates if d.date_start is None and d.precision == "unknown"
            and any(w in names for w in normalize_words(d.surface.split()))]


def chronicle_days(text: str, dates: list[Any]) -> list[Any]:
    """An undated page's chronicle in prose ("في العاشر من يناير , سقط ... 16 يناير / كانون الثاني تفجير
    ... في 25 يناير / كانون الثاني 2013 , قتل ..."): its day-and-month dates without a year follow one
    another in calendar order, and the full dates written among them (at least one) all carry one
    year, which is the year of them all (a narrative's dates take the year of the dates around them,
    as temporal taggers resolve narratives). They become dates of kind "timeline" (entries of a
    chronology, kept whatever their age on an undated page). A page whose year-less dates go back
    in the calendar, or whose full dates disagree, is no chronicle and keeps them unresolved."""
    from rasd.text.dates import DateExpr

    open_ = _open_month_dates(dates)
    if len(open_) < MIN_TIMELINE_ENTRIES:
        return dates
    # which of them are a day of a month without a year: resolved against the last day of a year,
    # the dates layer says it took the year from the reference
    probe = _yearless_probe(text)
    entries = [(d, probe[(d.start, d.end)]) for d in open_ if (d.start, d.end) in probe]
    if len(entries) < MIN_TIMELINE_ENTRIES:
        return dates
    months = [int(p.date_start[5:7]) for _, p in entries]
    if any(b < a for a, b in zip(months, months[1:], strict=False)):
        return dates
    first, last = entries[0][0].start, entries[-1][0].end
    full = [d for d in dates if first < d.start < last and d.precision in ("day", "month") and d.date_start
            and d.kind == "absolute" and _YEAR.search(d.surface)]
    years = {d.date_start[:4] for d in full}
    if len(years) != 1:
        return dates
    year = int(years.pop())
    # the full dates stand in the calendar order of the entries around them
    seq = sorted([(d.start, int(d.date_start[5:7])) for d in full]
                 + [(d.start, m) for (d, _), m in zip(entries, months, strict=True)])
    if any(b[1] < a[1] for a, b in zip(seq, seq[1:], strict=False)):
        return dates
    keep = {id(d) for d, _ in entries}
    out = [d for d in dates if id(d) not in keep]
    for d, p in entries:
        try:
            day = dt.date(year, int(p.date_start[5:7]), int(p.date_start[8:10]))
        except ValueError:
            continue
        out.append(DateExpr(d.start, d.end, d.surface, day.isoformat(), yearless_end(p, day), "day", "timeline"))
    return sorted(out, key=lambda d: d.start)


# (a word of its own: the character before is checked apart, a leading look-behind made the engine try every position;
# "وفي|في" rather than "و?في": a pattern opening with literal alternatives lets the engine skip to their first letters)
_NUMERIC_ENTRY = re.compile(r"(?:وفي|في)\s+(\d{1,2})\s*[-/]\s*(\d{1,2})(?!\s*[-/]\s*\d)(?![\d:])")


def numeric_chronicle_days(text: str, dates: list[Any]) -> list[Any]:
    """An undated page's chronology whose entries give day and month in figures only ("في 21 - 5 مقتل
    الصحفي ... في 22 - 5 القوات الأمنية منعت ... 12 - 6 - 2016 غرق ..."), the year written only on some
    of them: each year-less entry ("في" before it, a real day and month) takes the year of the full
    date written last before it, when it falls between that date and the next full one in calendar
    order (or in the year after, at a year's turn the next full date confirms). At least
    MIN_TIMELINE_ENTRIES such entries, as a chronicle's; an entry no full date brackets stays unread.
    They become dates of kind "timeline", as ``chronicle_days`` makes its entries."""
    from rasd.text.dates import DateExpr
    from rasd.text.dates import _valid as _valid_day  # (a real calendar day, else None)

    entries = [m for m in _NUMERIC_ENTRY.finditer(text) if (m.start() == 0 or text[m.start() - 1].isspace())
               and not any(d.start < m.end() and m.start() < d.end for d in dates)]
    if len(entries) < MIN_TIMELINE_ENTRIES:
        return dates
    full = [(d.start, day) for d in dates if d.kind == "absolute" and (day := _full_day(d)) is not None
            and _YEAR.search(d.surface)]
    if not full:
        return dates
    out = list(dates)
    for m in entries:
        prev = next((day for at, day in reversed(full) if at < m.start()), None)
        after = next((day for at, day in full if at > m.end()), None)
        if prev is None:
            continue
        day = None
        for year in (prev.year, prev.year + 1):
            cand = _valid_day(year, int(m.group(2)), int(m.group(1)))
            if cand is not None and prev <= cand and (after is None and year == prev.year
                                                      or after is not None and cand <= after):
                day = cand
                break
        if day is not None:
            # (with its "في": the entry's heading, which dates the entry up to the next one, glued on or not)
            out.append(DateExpr(m.start(), m.end(2), text[m.start():m.end(2)], day.isoformat(), day.isoformat(),
                                "day", "timeline"))
    return sorted(out, key=lambda d: d.start)


def _standalone(text: str, d: Any, date_cues: frozenset[str]) -> bool:
    """No date word or preposition introduces the date ("في 22 كانون الأول", "الموافق 10 ديسمبر")
    and no colon follows it (a timeline entry's heading): it stands alone, as a page's or an
    article's header date does."""
    if text[d.end:d.end + 3].lstrip().startswith(":"):
        return False        # "8 سبتمبر 2017 : ..." heads an entry of a timeline: the entry's date
    words = text[max(0, d.start - 40):d.start].split()
    if not words:
        return True
    w = normalize(words[-1].strip("()[],،:-"))
    if w == "منذ":
        from rasd.text.dates import POST_STAMP_CLOCK

        clock = POST_STAMP_CLOCK.match(text, d.end)
        if clock is not None and clock.group("word"):
            return True     # a site's post stamp: "منذ 2017 - 12 - 18 الساعة 13 : 19 ( بتوقيت بغداد )"
    cues = date_cues
    return not (w in cues or (w[:1] in "وبلف" and w[1:] in cues))


def drop_page_stamps(dates: list[Any], text: str, date_cues: frozenset[str]) -> list[Any]:
    """Without a publication date, a full date at the head of the page followed closely by an
    older full date, both standing alone ("عاجل 21 / 01 / 2018 ... Euronews 26 / 11 / 2017",
    "الأحد 21 كانون الثاني 2018 ... - 13 تشرين الثاني 2017"), is the day the page was viewed (a
    site bar's clock), not the article's: it dates no event. An older date the text introduces
    ("بعدما خرجت ... في 22 كانون الأول 2016") is a past event told by an article of the first date."""
    drop: set[int] = set()
    for i, d in enumerate(dates):
        if d.start >= STAMP_HEAD_CHARS:
            break
        day = _full_day(d)
        if day is None or not _standalone(text, d, date_cues):
            continue
        for e in dates[i + 1:]:
            if e.start - d.end > STAMP_GAP_CHARS:
                break
            other = _full_day(e)
            if other is not None and (day - other).days >= STAMP_MIN_DAYS and _standalone(text, e, date_cues):
                drop.add(i)
                break
    return [d for i, d in enumerate(dates) if i not in drop] if drop else dates


WEEKDAYS_FILE = Path(__file__).resolve().parent.parent / "data" / "lexicons" / "weekdays.yaml"


@lru_cache(maxsize=1)
def _weekday_names() -> dict[int, tuple[str, ...]]:
    data = read_shared(WEEKDAYS_FILE)
    return {int(v["index"]): tuple(normalize(n) for n in v["names"]) for v in data["weekdays"].values()}


@lru_cache(maxsize=1)
def weekday_words() -> frozenset[str]:
    """Every weekday name of weekdays.yaml, normalised."""
    return frozenset(n for ns in _weekday_names().values() for n in ns)


# (normalised text) "اليوم الأربعاء", Reuters' "اليوم ( الأربعاء )"; "أمس الأحد" names the day before
_NOT_WEEKDAY_BEFORE = frozenset(normalize(w) for w in read_shared(WEEKDAYS_FILE)["not_weekday_before"])
_TODAY = re.compile(r"(?<!\S)[وف]?اليوم\s*[,،(]?\s*(\S+)")
# (not "أول أمس" / "أول من أمس", the day before yesterday)
_YESTERDAY = re.compile(r"(?<!\S)(?<!اول )(?<!اول من )[وف]?امس\s*[,،(]?\s*(\S+)")
LEAD_YESTERDAY_CHARS = 400  # "أمس الأحد" confirms the date only in the lead under it (not a later article's)
# the word each of them holds: a match starts at it or one proclitic before it
_TODAY_WORD = "اليوم"
_YESTERDAY_WORD = "امس"


def _cues(pattern: re.Pattern[str], word: str, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, pos, endpos)`` for _TODAY or _YESTERDAY (``word``: the word it holds), the
    same match objects found faster. Both patterns open with lookbehinds, so the engine would try them
    at every character of the page; every match starts at ``word`` or at one "و"/"ف" before it, so only
    those places are tried (``str.find`` jumps to them), in order, going on from each match's end as
    finditer does."""
    end = len(text) if endpos is None else endpos
    p = pos
    while (at := text.find(word, p, end)) >= 0:
        m = None
        if at - 1 >= p and text[at - 1] in "وف":
            m = pattern.match(text, at - 1, end)
        if m is None:
            m = pattern.match(text, at, end)
        if m is None:
            p = at + 1
            continue
        yield m
        p = m.end()


def lead_reference(text: str, dates: list[Any], date_cues: frozenset[str]) -> dt.date | None:
    """A page without a publication date whose head carries a full date that the body confirms by
    naming its weekday as today ("الأربعاء 6 كانون الأول 2017 | 10 : 25 ... قالت مصادر إن 26 مدنيا
    استشهدوا اليوم الأربعاء"): that date is the article's own, and "اليوم" / "أمس" count from it. A
    site bar's clock is not confirmed so (its weekday is that of the viewing day, not the news'), and
    a body naming another weekday as today keeps the page undated."""
    head = next((d for d in dates if d.start < STAMP_HEAD_CHARS and _full_day(d) is not None
                 and _standalone(text, d, date_cues)), None)
    if head is None:
        return None
    day = _full_day(head)
    if day is None:
        return None
    names = _weekday_names()
    body = normalize(text[head.end:])
    told = set()
    for m in _cues(_TODAY, _TODAY_WORD, body):
        word = m.group(1)
        told |= {i for i, ns in names.items() if word in ns}
    for m in _cues(_YESTERDAY, _YESTERDAY_WORD, body, 0, LEAD_YESTERDAY_CHARS):
        # "نشر أمس الأحد" on a Monday's page: yesterday's weekday says the page's as well
        word = m.group(1)
        told |= {(i + 1) % 7 for i, ns in names.items() if word in ns}
    return day if told == {day.weekday()} else None


BODY_TODAY_LAG_DAYS = (1, 2)    # a page stamped a day or two after the day its text calls today
MIN_BODY_TODAY_CUES = 1


def body_today(text: str, ref: dt.date) -> dt.date | None:
    """The day a dated page's text calls today, when it is not the page's date: every "اليوم
    <weekday>" (and "أمس <weekday>", the day after it) of the body names the same weekday, one or two
    days before ``ref`` ("اليوم : 9 ديسمبر , 2017" over a report whose protests were "اليوم الجمعة",
    the 8th: a date printed or updated after midnight, or the day the page was viewed). Then "اليوم",
    "أمس" and the page's week count from that day. None when the cues agree with ``ref``, disagree
    with each other, or name a day further back (another day's news told again)."""
    names = _weekday_names()
    body = normalize_with_map(text)[0]      # the page's normalised text the earlier stages cached
    told: list[int] = []
    for m in _cues(_TODAY, _TODAY_WORD, body):
        word = m.group(1).strip("(),،")
        told += [i for i, ns in names.items() if word in ns]
    for m in _cues(_YESTERDAY, _YESTERDAY_WORD, body):
        word = m.group(1).strip("(),،")
        told += [(i + 1) % 7 for i, ns in names.items() if word in ns]
    if len(told) < MIN_BODY_TODAY_CUES or len(set(told)) != 1:
        return None
    back = (ref.weekday() - told[0]) % 7
    return ref - dt.timedelta(days=back) if back in BODY_TODAY_LAG_DAYS else None


_DATE_AFTER = re.compile(r"\s*[,،(\-]?\s*\d")


def _told_todays(body: str, headings: bool = True, stop: int | None = None) -> list[int]:
    """The weekdays a (normalised) text calls today: "اليوم <weekday>", and the day after each "أمس <weekday>".
    Without ``headings``, not a cue a date follows ("اليوم السبت 17 - 3 - 2012"): a listing's heading of
    one day's posts, which names its own day, not the page's today. ``stop``: only cues starting before it
    (the text after it is read only for the date a cue's weekday heads)."""
    names = _weekday_names()
    told: list[int] = []
    for rx, shift in ((_TODAY, 0), (_YESTERDAY, 1)):
        for m in rx.finditer(body):
            if stop is not None and m.start() >= stop:
                break
            if not headings and _DATE_AFTER.match(body, m.end()):
                continue
            word = m.group(1).strip("(),،")
            told += [(i + shift) % 7 for i, ns in names.items() if word in ns]
    return told


def lone_day_todays(text: str, dates: list[Any], date_cues: frozenset[str]) -> list[Any]:
    """An undated page that prints one full day only (a forum post's photo caption "30 - 12 - 2017") and
    calls a day after it "اليوم السبت" with that day's weekday: that today is the printed day. The text
    decides it (the page tells of one dated day, printed alone as a stamp is, and its today falls on that
    day's weekday). A today of another weekday or before the stamp, a page printing two days or more, a
    day the text introduces ("يوم 4 شباط 2018": a happening or plan told, not the page's day), or one
    outside the theatre's years (date_words.yaml ``weekday_year_span``) leaves it unknown. A bare "اليوم"
    just after such a today, in its sentence, is the same day (a source's own "اليوم" in what it said then)."""
    from rasd.text.dates import _weekday_year_span

    days = {day for d in dates if (day := _full_day(d)) is not None}
    if len(days) != 1:
        return dates
    day = next(iter(days))
    stamps = [d.end for d in dates if _full_day(d) is not None and _standalone(text, d, date_cues)]
    if not stamps:
        return dates
    lo, hi = _weekday_year_span()
    if not lo <= day.year <= hi:
        return dates
    names = _weekday_names()
    out = []
    told = None     # the end of the last today so resolved
    for d in dates:
        words = normalize(d.surface).split()
        first = words[0].lstrip("وف") if words else ""
        if d.kind == "relative" and d.date_start is None and first == _TODAY_WORD:
            if len(words) == 2 and words[1] in names[day.weekday()] and d.start > min(stamps):
                d = replace(d, date_start=day.isoformat(), date_end=day.isoformat(), precision="day")
                told = d.end
            elif len(words) == 1 and told is not None and d.start - told <= SAME_TODAY_CHARS \
                    and not _SENTENCE_END.search(text, told, d.start):
                # the source's own "اليوم" in what it said that day ("قال اليوم السبت : " اليوم قامت ..."):
                # the same today, in the same sentence
                d = replace(d, date_start=day.isoformat(), date_end=day.isoformat(), precision="day")
        out.append(d)
    return out


SAME_TODAY_CHARS = 120      # a bare "اليوم" this close after a resolved today, in its sentence: the same day
_SENTENCE_END = re.compile(r"[.!?؟\n]")


CONTRADICTING_LEAD_CHARS = 600  # the story's lead under its head date: a later item's "اليوم" tells its own day


def contradicted_heads(text: str, dates: list[Any], date_cues: frozenset[str]) -> list[tuple[int, int]]:
    """Where an undated page's head prints a full date that its lead contradicts: every "اليوم
    <weekday>" / "أمس <weekday>" between that date and the next full date of another day (at most
    CONTRADICTING_LEAD_CHARS on) names one today, and that day is neither the date's weekday nor one of
    the BODY_TODAY_LAG_DAYS before it ("النيل الأحد - 21 يناير 2018 ... ونفذت هذه الاتفاقية أمس
    الأربعاء"). Such a date is the site's header widget (the day the page was viewed) or a masthead of
    another day, not the story's: it dates no event, as a crawl-time ticker does (``refuse_crawl_dates``).
    Every printing of that day in the head is refused. A head date the lead confirms, or a lead naming
    no today or several, is left to the other tests (``lead_reference``, ``dated_lead``,
    ``drop_page_stamps``); so is a cue after another day's date (a listing's next post, closed by its stamp)."""
    head = next((d for d in dates if d.start < STAMP_HEAD_CHARS and _full_day(d) is not None
                 and _standalone(text, d, date_cues)), None)
    if head is None:
        return []
    day = _full_day(head)
    end = head.end + CONTRADICTING_LEAD_CHARS
    nxt = next((d for d in dates if d.start >= head.end and _full_day(d) not in (None, day)), None)
    if nxt is not None:
        end = min(end, nxt.start)
    stop = len(normalize(text[head.end:end]))
    told = set(_told_todays(normalize(text[head.end:end + DATELINE_CHARS]), headings=False, stop=stop))
    if day is None or len(told) != 1 or (day.weekday() - told.pop()) % 7 in (0, *BODY_TODAY_LAG_DAYS):
        return []
    return [(d.start, d.end) for d in dates if d.start < STAMP_HEAD_CHARS and _full_day(d) == day]


WIRE_HEAD_CHARS = 160      # a wire story's line: its headline, then the dateline and credit
WIRE_LAG_DAYS = (1, 2)     # a story of the day or two before the digest's own day


@lru_cache(maxsize=1)
def _dateline_pattern() -> str:
    """A wire story's dateline as a regex: "<city> [, <city>] - [\"] <credit>" ("باريس - رويترز", "موسكو , بيروت
    - أ ف ب"; the credits are date_words.yaml wire_credits, longest first)."""
    return rf"[^\W\d_]+(?:\s*,\s*[^\W\d_]+)?\s+{_dateline_tail()}"


@lru_cache(maxsize=1)
def _dateline_tail() -> str:
    """The dash and credit closing a dateline ("- رويترز"), ``_dateline_pattern``'s end."""
    credits = sorted((normalize(w) for w in word_list("date_words.yaml", "wire_credits")), key=len, reverse=True)
    alt = "|".join(re.escape(c) for c in credits)
    return rf"-\s+\"?\s*(?:{alt})(?!\w)"


@lru_cache(maxsize=1)
def _wire_tail() -> re.Pattern[str]:
    """A dateline's dash and credit alone: a text without one has no ``_wire_line`` (which tries its
    headline's 160 characters at every line start), found at once since it opens with a literal dash."""
    return re.compile(_dateline_tail())


@lru_cache(maxsize=1)
def _wire_line() -> re.Pattern[str]:
    """A line opening a wire story in a digest: headline, then its dateline."""
    return re.compile(rf"^[^\n]{{0,{WIRE_HEAD_CHARS}}}?{_dateline_pattern()}", re.M)


def wire_todays(text: str, dates: list[Any], ref: dt.date) -> list[Any]:
    """A digest of wire stories (alsafahat.net's "أحداث الجمعة 22 أيلول 2017": al-Hayat's, AFP's and Reuters'
    stories, each opened by its dateline "موسكو , بيروت - أ ف ب , رويترز"): a story whose "اليوم" names a
    weekday a day or two before the digest's day ("اتهمت روسيا اليوم ( الخميس )" on Friday's page) was
    written that day, and its bare "اليوم" / "أمس" count from it, up to the next story's dateline."""
    from rasd.text.dates import find_dates_by_part

    norm, offs = normalize_with_map(text)     # (offsets map the stories' starts back to the page's text)
    if next(_cues(_TODAY, _TODAY_WORD, norm), None) is None or not _wire_tail().search(norm):
        return dates
    starts = [m.start() for m in _wire_line().finditer(norm)]
    if len(starts) < 2:
        return dates
    names = _weekday_names()
    parts: list[tuple[int, dt.date | None]] = []
    for k, at in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(norm)
        # the story's day by each of its "اليوم <weekday>" and "أمس <weekday>" (the day after): all must agree
        # (a glued story's cues would not), and one must be a today
        told = {i for m in _cues(_TODAY, _TODAY_WORD, norm, at, end) for i, ns in names.items() if m.group(1).strip("(),،") in ns}
        if len(told) != 1:
            continue
        told |= {(i + 1) % 7 for m in _cues(_YESTERDAY, _YESTERDAY_WORD, norm, at, end)
                 for i, ns in names.items() if m.group(1).strip("(),،") in ns}
        back = (ref.weekday() - min(told)) % 7
        if len(told) == 1 and back in WIRE_LAG_DAYS:
            parts += [(at, ref - dt.timedelta(days=back)), (end, ref)]
    if not parts:
        return dates
    raw = [(offs[at] if at < len(offs) else len(text), day) for at, day in parts]
    again = {(d.start, d.end): d for d in find_dates_by_part(text, [(0, ref), *raw])}
    out = []
    for d in dates:
        inside = any(a <= d.start < b for (a, _day), (b, _r) in zip(raw[::2], raw[1::2], strict=True))
        out.append(again.get((d.start, d.end), d) if inside and d.kind in ("relative", "weekday") else d)
    return out


LEAD_CHARS = 300           # the lead under an article's date: where its first weekday stands
DATELINE_CHARS = 60        # a wire story's dateline right after its date: "<city> [, <city>] - <credit>"


@lru_cache(maxsize=1)
def _dateline() -> re.Pattern[str]:
    """A wire story's dateline at the text's start ("باريس - رويترز -", "عمان - أ ف ب")."""
    return re.compile(rf"\s*{_dateline_pattern()}")


_NOT_TOLD_AFTER = frozenset(word_list("function_words.yaml", "not_told_after"))


# "yesterday", bare and after "و" (normalised)
YESTERDAY_WORDS = word_list("function_words.yaml", "yesterday_words")
# words before "أمس" that make it the day before yesterday ("أول أمس", "أول من أمس")
DAY_BEFORE_WORDS = word_list("function_words.yaml", "day_before_words")


def dated_lead(text: str, dates: list[Any], date_cues: frozenset[str], printed: list[Any] | None = None) -> dt.date | None:
    """An undated page's first full date standing alone (anywhere: under a site's menu of headlines,
    too), confirmed by its lead: the first weekday the next LEAD_CHARS name (before any other date
    with a year) is that date's ("الأربعاء 27 كانون أول 2017 ... قال التحالف الدولي , الأربعاء , إنه"),
    or, after "أمس", the day before ("الثلاثاء 17 تموز 2012 16 : 43 GMT ... مساء امس الاثنين"). That date is
    the article's own; "اليوم" / "أمس" / a weekday count from it. A site bar's clock shows the viewing
    day, which the news' lead does not name (1 in 7 by chance, as for ``lead_reference``); a lead whose
    first weekday is another day (a past "الخميس", "أول أمس الاثنين", "الأحد الماضي") confirms nothing,
    and a page printing a later day than it (a ticker, a listing of other days' news, a site bar's clock
    above an old date: ``printed``, the dates as found before the stamps were dropped) is not that day's."""
    head = next((d for d in dates if _full_day(d) is not None and _standalone(text, d, date_cues)), None)
    if head is None:
        return None
    day = _full_day(head)
    if day is None:
        return None
    if any((_full_day(d) or day) > day for d in (printed if printed is not None else dates)):
        return None     # a later day printed on the page: a listing or ticker of other days' news
    if any(_full_day(d) not in (None, day) and _standalone(text, d, date_cues) for d in dates):
        return None     # stamps of two days: a listing of posts (``post_stamps``), not one article
    if _dateline().match(normalize(text[head.end:head.end + DATELINE_CHARS])):
        # the date heads the story's wire dateline ("Dec 20 , 2017 باريس - رويترز - قال ..."): the story's own
        return day
    end = head.end + LEAD_CHARS
    nxt = next((d for d in dates if d.start >= head.end and _YEAR.search(d.surface)), None)
    if nxt is not None:
        end = min(end, nxt.start)
    words = normalize(text[head.end:end]).split()
    names = _weekday_names()
    for k, w in enumerate(words):
        index = next((i for i, ns in names.items() if w.strip("(),،") in ns), None)
        if index is None:
            continue
        after = words[k + 1] if k + 1 < len(words) else ""
        before = [x.strip("(),،") for x in words[max(0, k - 2):k]]
        if after in _NOT_TOLD_AFTER or (before and before[-1] in _NOT_WEEKDAY_BEFORE):
            return None
        if before and before[-1] in YESTERDAY_WORDS:
            if len(before) > 1 and before[-2] in DAY_BEFORE_WORDS:
                return None     # "أول أمس", "أول من أمس": the day before yesterday
            return day if (index + 1) % 7 == day.weekday() else None
        if index == day.weekday():
            return day
        # a page stamped before dawn tells the day before's news by its weekday (as a morning paper does)
        return day if (index + 1) % 7 == day.weekday() and _dawn_stamp(text, head.end) else None
    return None


DAWN_HOUR = 9       # a morning stamp before it is filed with the day before's news


@lru_cache(maxsize=1)
def _morning_clock() -> re.Pattern[str]:
    """A stamp's clock right after its date marked as morning ("- 5 : 47 ص", "| 6:10 am")."""
    marks = _written_alt(_date_words()["stamp_morning_marks"])
    return re.compile(rf"[ \t]*(?:[-|,،][ \t]*)?(\d{{1,2}})[ \t]*:[ \t]*\d{{2}}[ \t]*(?:{marks})(?!\w)", re.I)


def _dawn_stamp(text: str, end: int) -> bool:
    """The date ending at ``end`` carries a morning clock before DAWN_HOUR: the page was filed in the
    small hours, when the news it tells is the day before's."""
    m = _morning_clock().match(text, end)
    return m is not None and int(m.group(1)) < DAWN_HOUR


@lru_cache(maxsize=1)
def _evidence_clock() -> re.Pattern[str]:
    """A publication stamp's clock ("الساعة 04 : 03", "00 : 00 28 كانون الأول 2017", "06 : 33 : 55 م"):
    its hour, and the evening mark after it if any."""
    marks = _written_alt(_date_words()["stamp_evening_marks"])
    return re.compile(rf"(?<!\d)(\d{{1,2}})[ \t]*:[ \t]*\d{{2}}(?:[ \t]*:[ \t]*\d{{2}})?(?![ \t]*[/.-])"
                      rf"(?:[ \t]*({marks})(?!\w))?", re.I)


def early_stamp(evidence: str | None) -> bool:
    """The publication stamp's clock is before DAWN_HOUR with no evening mark: a page filed in the
    small hours (a print edition's "00 : 00"), whose news is the day before's as much as its own."""
    m = _evidence_clock().search(evidence or "")
    return m is not None and not m.group(2) and int(m.group(1)) < DAWN_HOUR


BULLETIN_HEAD_CHARS = 1200  # a bulletin's title may follow a site's preamble (a verse, a hadith)
BULLETIN_GAP_CHARS = 80     # "ليوم الاثنين من إذاعة حزب التحرير ولاية سوريا : 2018 / 01 / 01"
_FOR_DAY = re.compile(r"(?<!\S)ليوم\s+(\S+)")


def bulletin_reference(text: str, dates: list[Any]) -> dt.date | None:
    """A round-up or bulletin names the day it covers at its head: "موجز أخبار الوضع السوري ليوم
    الاثنين 30 - 10 - 2017", "نشرة أخبار المساء ليوم الاثنين من إذاعة ... : 2018 / 01 / 01" ("ليوم" = of
    the day): a full date shortly after "ليوم <weekday>" that falls on that weekday is the page's own
    day. A site bar's clock is not introduced so."""
    names = _weekday_names()
    for m in _FOR_DAY.finditer(text, 0, BULLETIN_HEAD_CHARS):
        word = normalize(m.group(1))
        index = next((i for i, ns in names.items() if word in ns), None)
        if index is None:
            continue
        for d in dates:
            if d.start < m.end():
                continue
            if d.start - m.end() > BULLETIN_GAP_CHARS:
                break
            day = _full_day(d)
            if day is not None:
                return day if day.weekday() == index else None
    return None


def _stamp_day(d: Any) -> dt.date | None:
    """The day of a full Gregorian date with its year, or of a Hijri day-month-year (a site bar's
    "الأحد 04 جمادى الأولى 1439" is a clock too)."""
    if d.kind == "hijri" and d.precision == "day" and d.date_start:
        return _iso_day(d.date_start)
    return _full_day(d)


def date_after_stamp(text: str, dates: list[Any], date_cues: frozenset[str],
                     founding_cues: frozenset[str] | None = None) -> dt.date | None:
    """The article's own date under a viewing stamp: a full date at the head standing alone, followed
    closely by an older full date standing alone ("Sunday 21st January 2018 - الأحد 04 جمادى الأولى 1439
    ... ويقتل 9 مدنيين 2017 - 10 - 27 قتل 9 مدنيين مساء الخميس"). The first is the day the page was
    viewed (drop_page_stamps drops it), the second the day the article was printed: its "مساء الخميس"
    counts from it. ``dates`` as found, before the stamps are dropped.
    A date more than STAMP_MAX_DAYS older than the stamp is a masthead's founding date ("صدرت من لندن
    21 مايو 2001") only when ``founding_cues`` introduce it: an archived article of two years before
    under today's bar ("Sunday 21st January 2018 ... 2016 - 02 - 28 قصف الطيران الروسي") is still the
    article's date. Without ``founding_cues`` (None) every such old date is refused."""
    for i, d in enumerate(dates):
        if d.start >= STAMP_HEAD_CHARS:
            break
        day = _stamp_day(d)
        if day is None:
            continue
        weekday = dates[i - 1] if i and dates[i - 1].kind == "weekday" and 0 <= d.start - dates[i - 1].end <= 2 else None
        if not _standalone(text, weekday or d, date_cues):
            continue        # (a stamp's weekday stands before it: "الأحد 04 جمادى الأولى 1439")
        for e in dates[i + 1:]:
            if e.start - d.end > STAMP_GAP_CHARS:
                break
            other = _full_day(e)
            if other is not None and (day - other).days >= STAMP_MIN_DAYS and _standalone(text, e, date_cues):
                if _updated(text, e):
                    continue    # "آخر تحديث : الأحد 09 ذو القعدة 1431 ه - - 17 أكتوبر 2010 م": not the filing day
                founded = (day - other).days > STAMP_MAX_DAYS and _founding(text, e, founding_cues)
                if founded or not _lone(dates, d, e) or (_CLOCK.match(text, d.end) and _CLOCK.match(text, e.end)):
                    return None     # a masthead's founding date, a list of posts (each with its clock)
                return other
    return None


UPDATE_LABEL_CHARS = 60     # "آخر تحديث : الأحد 09 ذو القعدة 1431 ه - - 17 أكتوبر 2010 م": label, weekday, Hijri twin


@lru_cache(maxsize=1)
def _update_label() -> re.Pattern[str]:
    words = _date_words()
    labels = [normalize(str(w)) for w in words["stamp_update_words"] + words["update_stamp_labels"]]
    return re.compile(rf"(?<!\w)(?:{_written_alt(labels)})(?!\w)")


def _updated(text: str, d: Any) -> bool:
    """An update label ("آخر تحديث", "محدثة", "updated") heads date ``d``, over its weekday and its
    other calendar's twin: the day the page was last edited, not the day it was filed."""
    return _update_label().search(normalize(text[max(0, d.start - UPDATE_LABEL_CHARS):d.start])) is not None


FOUNDING_WORDS = 4          # "صدرت من لندن 21 مايو 2001": the founding verb stands a few words before the date


def _founding(text: str, d: Any, founding_cues: frozenset[str] | None) -> bool:
    """Date ``d`` may be a masthead's founding date: one of ``founding_cues`` stands within
    FOUNDING_WORDS words before it (None: any old date may be one)."""
    if founding_cues is None:
        return True
    words = text[max(0, d.start - 80):d.start].split()[-FOUNDING_WORDS:]
    return any(normalize(w.strip("()[],،:-|.")).lower() in founding_cues for w in words)


TITLED_HEAD_CHARS = 1200    # a page's title block (printed again under the site bar) stands at its head
TITLED_WORDS = 3            # words beside the date that repeat with it
_WORD = re.compile(r"[^\W\d_]{2,}")


def _beside(text: str, d: Any, before: bool) -> tuple[str, ...] | None:
    """The TITLED_WORDS words right before (or after) date ``d``, normalised; None unless they are all
    words of letters (not another date's numbers, as in a list of posts' dates)."""
    if before:
        words = text[max(0, d.start - 120):d.start].split()[-TITLED_WORDS:]
    else:
        words = text[d.end:d.end + 120].split()[:TITLED_WORDS]
    if len(words) < TITLED_WORDS or not all(_WORD.search(w) for w in words):
        return None
    return tuple(normalize(w) for w in words)


def titled_date(text: str, dates: list[Any]) -> dt.date | None:
    """The article's own date printed with its title, the title block shown twice at the page's head
    ("تركيا وقرار الحرب ضد الأكراد ... 26 - 7 - 2015 اخر تحديثالأحد - 21 / 01 / 2018 ... تركيا وقرار الحرب ضد
    الأكراد ... 26 - 7 - 2015", "2012 - 03 - 4 اخر تطورات الأزمة في سوريا ... 2012 - 03 - 4 اخر تطورات الأزمة"):
    one full date that comes back with the same words beside it. A site bar's clock is printed once,
    and a list of related posts' dates has dates, not words, beside each. Two such days: none.
    ``dates`` as found, before the stamps are dropped."""
    head = [(d, _full_day(d)) for d in dates if d.start < TITLED_HEAD_CHARS]
    found: set[dt.date] = set()
    for i, (d, day) in enumerate(head):
        if day is None:
            continue
        for e, other in head[i + 1:]:
            if other != day or e.start < d.end:
                continue
            if any(_beside(text, d, b) is not None and _beside(text, d, b) == _beside(text, e, b) for b in (True, False)):
                found.add(day)
                break
    return found.pop() if len(found) == 1 else None


TITLE_CHARS = 300           # the headline the page opens with, before its site's name ("<headline> | نون بوست")
TITLE_MIN_WORDS = 3         # a headline of a few words at least: a short one ("أخبار") comes back anywhere
TITLE_ECHO_GAP = 3          # chars between the headline printed again and its date: blanks, a comma


def title_echo_date(text: str, dates: list[Any]) -> dt.date | None:
    """The article's date printed right after its headline, the headline shown again under the site's bar
    ("قوات ... أم مع روسيا ? | نون بوست القائمة ... ابحث قوات ... أم مع روسيا ? 27 فبراير 2017 المواد التي ..."):
    the page opens with its headline and the site's name after " | ", and the headline comes back in the head
    with a full date right after it. A site bar's clock stands before the headline, not after its echo, and a
    related post's date follows that post's title, not this page's. ``dates`` as found, the crawl ticker's
    refused; None when the headline is not printed again or no full date follows it."""
    cut = text.find(" | ", 0, TITLE_CHARS)
    if cut < 0:
        return None
    title = text[:cut].strip()
    if len(title.split()) < TITLE_MIN_WORDS:
        return None
    again = text.find(title, cut, TITLED_HEAD_CHARS)
    if again < 0:
        return None
    after = again + len(title)
    d = next((x for x in dates if x.start >= after), None)
    if d is None or d.start - after > TITLE_ECHO_GAP or text[after:d.start].strip(" ,،"):
        return None
    return _full_day(d)


PERIOD_MAX_DAYS = 31        # a titled period a reader takes as its items' dates (a weekly or monthly digest)


def titled_period(text: str, dates: list[Any]) -> Any:
    """The period a digest's title names and its items fall in ("الأحداث التفصيلية على الشارع السوري من 11 - 12 -
    2014 إلى 2 - 1 - 2015", printed with its title block again under the site bar), or None: a day
    range of at most PERIOD_MAX_DAYS in the page's head that comes back with the same words beside it,
    as ``titled_date`` finds a titled day. A longer span (a year's review) dates no item; two such
    periods: none. ``dates`` as found, before the stamps are dropped."""
    head = [d for d in dates if d.start < TITLED_HEAD_CHARS and d.kind == "range" and d.precision == "day"
            and d.date_start and d.date_end]
    found: dict[tuple[str, str], Any] = {}
    for i, d in enumerate(head):
        span = (dt.date.fromisoformat(d.date_end) - dt.date.fromisoformat(d.date_start)).days
        if not 0 < span <= PERIOD_MAX_DAYS:
            continue
        for e in head[i + 1:]:
            if (e.date_start, e.date_end) != (d.date_start, d.date_end) or e.start < d.end:
                continue
            if any(_beside(text, d, b) is not None and _beside(text, d, b) == _beside(text, e, b) for b in (True, False)):
                found.setdefault((d.date_start, d.date_end), d)
                break
    return next(iter(found.values())) if len(found) == 1 else None


CITED_MIN = 5              # cited days that make a digest's captions (not one photo's credit)
CITED_SHARE = 0.8          # ... of which this share falls in one week up to the latest
CITED_WEEK_DAYS = 7
CITE_OPEN_CHARS = 80       # "( حساب تويتر بطولات الجيش السوري @ BtwlatAljyshAls , 13 أيار / مايو 2017 )"


def _cited_day(text: str, d: Any) -> dt.date | None:
    """The day of a full date closing a source citation "( <source> , <date> )", as a digest's photo
    captions credit their pictures ("( SMART , 12 أيار / مايو 2017 )"); None for any other date."""
    day = _full_day(d)
    if day is None or not text[d.end:d.end + 4].lstrip().startswith(")"):
        return None
    before = text[max(0, d.start - CITE_OPEN_CHARS):d.start]
    opened = before.rfind("(")
    if opened < 0 or ")" in before[opened:] or not before.rstrip().endswith(","):
        return None
    return day


@lru_cache(maxsize=1)
def _week_words() -> tuple[str, ...]:
    return tuple(normalize(str(w)) for w in _date_words()["digest_week_words"])


def cited_week(text: str, dates: list[Any]) -> Any:
    """The week an undated weekly digest covers, read from its captions' cited days: at least
    CITED_MIN source citations "( <source> , <date> )", CITED_SHARE of them within CITED_WEEK_DAYS up
    to the latest, on a page that names its span "this week" ("تصدرت أحداث هذا الأسبوع", "في الأسبوع
    المنصرم"): a range from the earliest of those days to the latest, its span the first week phrase
    (the text's own words for it). A page citing days of several weeks (an archive of issues), or one
    that never says "this week", is no one week's digest: None."""
    days = [day for d in dates if (day := _cited_day(text, d)) is not None]
    if len(days) < CITED_MIN:
        return None
    last = max(days)
    week = [day for day in days if (last - day).days <= CITED_WEEK_DAYS]
    if len(week) < CITED_SHARE * len(days):
        return None
    norm, back = normalize_with_map(text)
    said = min(((i, i + len(w)) for w in _week_words() if (i := norm.find(w)) >= 0), default=None)
    if said is None:
        return None
    from rasd.text.dates import DateExpr

    start, end = back[said[0]], back[said[1]]
    return DateExpr(start, end, text[start:end], min(week).isoformat(), last.isoformat(), "day", "range")


def _words_beside(text: str, d: Any, before: bool) -> tuple[str, ...] | None:
    """The TITLED_WORDS words of letters right before (or after) date ``d``, normalised, a title's dashes
    and bars skipped ("اليمن في الأمم المتحدة - نشرة أبريل 2017 - Sana ' a Center"); None when fewer,
    or when a number stands among them (another date's, as in a list of posts' dates)."""
    words = text[max(0, d.start - 120):d.start].split()[::-1] if before else text[d.end:d.end + 120].split()
    out: list[str] = []
    for w in words:
        if any(ch.isdigit() for ch in w):
            return None
        if _WORD.search(w):
            out.append(normalize(w))
            if len(out) == TITLED_WORDS:
                return tuple(out)
    return None


def titled_month(text: str, dates: list[Any]) -> tuple[int, int] | None:
    """The month an undated page's title names as the one it covers, as (year, month), or None: a
    monthly bulletin or digest ("اليمن في الأمم المتحدة - نشرة أبريل 2017", "أهم الأخبار في شباط / فبراير
    2014"), its title block printed again at the page's head with the same words beside the month, as
    ``titled_date`` finds a titled day. Every month-and-year date of the head names that month (two
    months: a comparison or a span, none). ``dates`` as found, before the stamps are dropped."""
    head = [d for d in dates if d.start < TITLED_HEAD_CHARS and d.precision == "month" and d.kind == "absolute"
            and d.date_start and _YEAR.search(d.surface)]
    if len({d.date_start[:7] for d in head}) != 1:
        return None
    beside = [(_words_beside(text, d, True), _words_beside(text, d, False)) for d in head]
    for i, d in enumerate(head):
        for j in range(i + 1, len(head)):
            if head[j].start >= d.end and any(w is not None and w == beside[j][b] for b, w in enumerate(beside[i])):
                return int(d.date_start[:4]), int(d.date_start[5:7])
    return None


def titled_month_days(text: str, dates: list[Any]) -> list[Any]:
    """An undated monthly bulletin's days written without a year ("تبنى تنظيم القاعدة هجوما ... في 23 نيسان /
    أبريل" under "نشرة أبريل 2017"): the year of the month its title names (``titled_month``), for the days
    of that month and of the months before it in that year (a month's bulletin tells its month and the
    weeks that led to it); a later month's day is left open (last year's, or a plan's). They become
    absolute days. A page whose title names no single month keeps them unresolved."""
    from rasd.text.dates import DateExpr
    from rasd.text.dates import _valid as _valid_day  # (a real calendar day, else None)

    titled = titled_month(text, dates)
    open_ = {id(d) for d in _open_month_dates(dates)}
    if titled is None or not open_:
        return dates
    year, month = titled
    probe = _yearless_probe(text)
    out: list[Any] = []
    for d in dates:
        p = probe.get((d.start, d.end)) if id(d) in open_ else None
        if p is not None and int(p.date_start[5:7]) <= month:
            iso = _valid_day(year, int(p.date_start[5:7]), int(p.date_start[8:10]))
            if iso is not None:
                end = yearless_end(p, iso)
                out.append(DateExpr(d.start, d.end, d.surface, iso.isoformat(), end, "day",
                                    "absolute" if end == iso.isoformat() else "range"))
                continue
        out.append(d)
    return out


def _lone(dates: list[Any], stamp: Any, e: Any) -> bool:
    """No other calendar date within LONE_CHARS of ``e`` (besides the stamp): not one of a list of
    related posts' dates, nor a masthead's founding date next to its issue dates."""
    return not any(x is not stamp and x is not e and x.kind in ("absolute", "hijri")
                   and x.start < e.end + LONE_CHARS and e.start - LONE_CHARS < x.end
                   and not _twin(x, stamp) and not _twin(x, e) for x in dates)


def _twin(x: Any, d: Any) -> bool:
    """``x`` is ``d``'s day printed in the other calendar ("الثلاثاء 4 رمضان 1438 ه - - 30 مايو 2017 م"):
    one stamp, not a second date beside it."""
    if x.kind == d.kind:
        return False
    day = _stamp_day(x)
    return day is not None and day == _stamp_day(d)


URL_SLACK_DAYS = 2          # a page filed under a day may print the next day's date (time zones)
URL_ECHO_HEAD = 300         # chars of the page's head where a printed date confirms the URL's day


def url_day(url: str | None) -> dt.date | None:
    """The day a page's URL carries ("/2017/04/06/", "/time/08.11.2017"), or None."""
    from rasd.text.dates import url_date

    found = url_date(url)
    return found[0] if found and found[1] == "day" else None


def url_reference(url: str | None, dates: list[Any]) -> dt.date | None:
    """The day an undated page's URL files it under ("/2017/04/06/", "/time/08.11.2017"): its news
    is of that day, and "الثلاثاء" / "أمس" count from it, as the gold sets date such pages. Not when
    the text prints a full date later than that day: the page was updated after it was filed (an
    encyclopedia timeline), or its head shows the day it was viewed. A page whose head prints the
    URL's own day (a weekly's "January 3 , 2016" under "/arch_2016/jan-3/") is that day's page twice
    over: a later date further on is a plan it announces ("يوم 10 كانون الثاني 2016"), a law's term or
    a teaser's day, not an update of the page."""
    day = url_day(url)
    if day is None:
        return None
    if any(d.start < URL_ECHO_HEAD and _full_day(d) == day for d in dates):
        return day
    for d in dates:
        other = _full_day(d)
        if other is not None and (other - day).days > URL_SLACK_DAYS:
            return None
    return day


# a day's archive: the URL's path ends with the day it files ("/ar/time/18.04.2017", "/2017/02/21/"), no
# story's slug or id after it (a story's URL goes on: "/2017/04/06/<slug>", "/2011_06_05_archive.html")
_DAY_ARCHIVE_TAIL = re.compile(r"/(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}|(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2})/?$")


def url_day_archive(url: str | None) -> dt.date | None:
    """The day a page's URL files it under when the URL is that day's archive: its path ends with the
    day ("https://mideast.liveuamap.com/ar/time/26.12.2017", "http://syrianewsdesk.org/2017/02/21/"), so
    the page lists the latest items posted up to that day; None for a story's URL (a slug or an id after
    the day) and for any other URL."""
    if not url:
        return None
    path = url.split("://", 1)[-1].partition("/")[2].partition("?")[0].partition("#")[0]
    if _DAY_ARCHIVE_TAIL.search("/" + path) is None:
        return None
    return url_day(url)


URL_PERIOD_HEAD = 1200      # chars of the page's head where the URL's period may be printed (its evidence)


def _slug_month(words: list[str]) -> int | None:
    """The month a slug's words open with ("أيلول-سبتمبر", "تشرين-الثاني"), or None."""
    from rasd.text.dates import gregorian_months

    months = gregorian_months()
    for n in (2, 1):
        num = months.get(" ".join(words[:n]))
        if len(words) >= n and num:
            return num
    return None


def url_period(url: str | None, dates: list[Any]) -> Any:
    """The period an undated digest's URL says it covers, as a day range, or None. Two shapes: "من-9-3-
    إلى-17-3-2014" (two day-month ends, the year written at least at the end; a start month after the
    end's is of the year before), and "27-19-أيلول-سبتمبر" (two day numbers and a month, no year: the
    year of the full dates the text gives in those days of that month, when they agree). At most
    PERIOD_MAX_DAYS long, as a titled period. When the head prints the same period (``dates``), that
    date is returned (the text's span is its evidence); else a range with an empty span (the URL's)."""
    from urllib.parse import unquote

    from rasd.text.dates import DateExpr
    from rasd.text.dates import _valid as _valid_day  # (a real calendar day, else None)

    if not url:
        return None
    words = [w for w in normalize(unquote(url.split("?", 1)[0])).replace("/", "-").replace("_", "-").split("-") if w]
    words = [w for part in words for w in re.split(r"(?<=[^\d])(?=\d)|(?<=\d)(?=[^\d])", part) if w]
    froms, tos = (frozenset(normalize(w) for w in _date_words()[k]) for k in ("url_period_from", "url_period_to"))
    start = end = None
    for i, w in enumerate(words):
        if w in froms:
            nums = words[i + 1:i + 8]
            try:
                k = next(j for j, x in enumerate(nums) if x in tos)
            except StopIteration:
                continue
            a, b = nums[:k], nums[k + 1:k + 4]
            if not (2 <= len(a) <= 3 and len(b) == 3 and all(x.isdigit() for x in a + b)):
                continue
            y2 = int(b[2])
            y1 = int(a[2]) if len(a) == 3 else (y2 - 1 if int(a[1]) > int(b[1]) else y2)
            start, end = _valid_day(y1, int(a[1]), int(a[0])), _valid_day(y2, int(b[1]), int(b[0]))
            break
        if w.isdigit() and i + 2 < len(words) and words[i + 1].isdigit() and not words[i + 2].isdigit():
            month = _slug_month(words[i + 2:i + 4])
            lo, hi = sorted((int(w), int(words[i + 1])))
            if month is None or i > 0 and words[i - 1].isdigit() or not 1 <= lo < hi <= 31:
                continue
            years = {day.year for d in dates if (day := _full_day(d)) is not None and day.month == month and lo <= day.day <= hi}
            if len(years) == 1:
                y = years.pop()
                start, end = _valid_day(y, month, lo), _valid_day(y, month, hi)
            break
    if start is None or end is None or not 0 < (end - start).days <= PERIOD_MAX_DAYS:
        return None
    iso = (start.isoformat(), end.isoformat())
    printed = next((d for d in dates if d.start < URL_PERIOD_HEAD and d.kind == "range" and (d.date_start, d.date_end) == iso), None)
    return printed or DateExpr(0, 0, "", iso[0], iso[1], "day", "range")


def url_month_start(url: str | None, dates: list[Any]) -> dt.date | None:
    """The first day of the month an undated page's URL files it under ("/2017/7/1157050.html"): the
    page is no older, so a happening it dates months before that is its background. Not when the
    text prints a full date after that month (the page was updated later)."""
    from rasd.text.dates import url_date

    found = url_date(url)
    if not found or found[1] != "month":
        return None
    first = found[0]
    last = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1) - dt.timedelta(days=1)
    for d in dates:
        other = _full_day(d)
        if other is not None and (other - last).days > URL_SLACK_DAYS:
            return None
    return first


def year_before(iso: str) -> str:
    """The same day (or month) a year earlier: "2017-08-26" -> "2016-08-26" (29 February -> the 28th)."""
    day = dt.date.fromisoformat(iso[:10])
    try:
        return day.replace(year=day.year - 1).isoformat()
    except ValueError:
        return day.replace(year=day.year - 1, day=28).isoformat()


def _later_month(d: Any, ref: dt.date) -> dt.date | None:
    """The first day of a month-and-year date ("كانون الثاني 2018") that begins after ``ref``."""
    if d.kind != "absolute" or d.precision != "month" or not d.date_start or not _YEAR.search(d.surface):
        return None
    first = _iso_day(d.date_start)
    return first if first is not None and first > ref else None


DUAL_CALENDAR_SPAN_DAYS = 1     # a Hijri day read beside its Gregorian day spans at most the next day


def _dual_calendar_day(d: Any) -> dt.date | None:
    """The Gregorian day of a day printed in both calendars ("الأحد 21 كانون الثاني 2018 - 5 جمادى الأولى
    1439"): the dates layer reads the pair as a range of one or two days (a Hijri day begins at the
    evening before), which is one day for a stamp, not a period. None for any other date."""
    if d.kind != "range" or not d.hijri or d.precision != "day" or not d.date_start or not d.date_end \
            or not _YEAR.search(d.surface):
        return None
    start, end = _iso_day(d.date_start), _iso_day(d.date_end)
    if start is None or end is None or not 0 <= (end - start).days <= DUAL_CALENDAR_SPAN_DAYS:
        return None
    return start


def drop_later_stamps(dates: list[Any], ref: dt.date) -> list[Any]:
    """A full date in the page's head later than its publication ("اليوم الأحد 21 يناير 2018" on a page
    published 27 December 2017) is the day the page was viewed: it dates nothing, and neither does the
    weekday / "today" glued before it (which would resolve against the publication date). So is a
    site bar's month after it ("الس ب ت كانون الثاني 2018 20" over a round-up of 30 October 2017),
    a site bar's day printed with its Hijri day ("الأحد 21 كانون الثاني 2018 - 5 جمادى الأولى 1439" over an
    article printed 24 September 2016: ``_dual_calendar_day``), and an update stamp whose year the dates layer did not join to it ("آخر تحديث GMT 3 : 00 2017
    الجمعة 25 أغسطس" under an article of 18 August: read as a day of the page's year)."""
    drop: set[int] = set()
    for i, d in enumerate(dates):
        if d.start >= STAMP_HEAD_CHARS:
            break
        day = (_full_day(d) or _dual_calendar_day(d) or _later_month(d, ref)
               or (_iso_day(d.date_start) if _yearless_day(d) else None))
        if day is None or (day - ref).days <= 1:
            continue
        drop.add(i)
        if i and dates[i - 1].kind in ("relative", "weekday") and 0 <= d.start - dates[i - 1].end <= 2:
            drop.add(i - 1)
    return [d for i, d in enumerate(dates) if i not in drop] if drop else dates


def spaced_numeric_dates(text: str, found: list[Any], warnings: list[str]) -> list[Any]:
    """"بتاريخ 21 - 11 - 2013": pre-tokenised pages put spaces around the separators of a numeric
    day-month-year date (the dates layer reads "21-11-2013" only). Day first, as Arabic pages write it."""
    from rasd.text.dates import DateExpr

    hint = _SPACED_DATE_HINT.search(text)
    if hint is None:
        return []           # speed: no digit-separator-digit-separator-year run at all
    taken = [(d.start, d.end) for d in found]
    out = []
    for m in _SPACED_DATE.finditer(text, hint.start()):     # no match starts before the first hint
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        day, month, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
        try:
            iso = dt.date(year, month, day).isoformat()
        except ValueError:
            add_warning(warnings, f"date {m.group(0)!r} at {m.start()}: impossible day-month-year; not used")
            continue
        out.append(DateExpr(m.start(), m.end(), m.group(0), iso, iso, "day", "absolute"))
    return out


POST_LABEL_GAP = 4      # "تم النشر بتاريخ : 22 / 09 / 2016": the label, a colon, the date
STAMP_WEEKDAY_GAP = 3   # "السبت , 20 يناير 2018": a stamp's weekday stands right before its date


def post_stamps(text: str, dates: list[Any], labels: tuple[str, ...]) -> list[tuple[int, dt.date | None]]:
    """A listing page's posts (a tag page of a news site, a forum thread, a live blog): where each
    post's publication stamp starts and its day. A stamp is a full date right after a label ("تم
    النشر بتاريخ : 22 / 09 / 2016"), else a full date with its clock in one shape that recurs
    (``shaped_stamps``), else a full date that heads its line in one recurring shape
    (``line_stamps``). Only a page with stamps of two or more different days is a listing; one
    stamp is the article's own date. A post whose stamp gives no day (a forum's "اليوم , 10 : 15 PM"
    among dated stamps) has None: its events take no date from the page nor from the post before."""
    out = _labelled_stamps(text, dates, labels) if labels else []
    if len({day for _at, day in out}) >= 2:
        return out
    return (shaped_stamps(text, dates) or numbered_stamps(text, dates) or line_stamps(text, dates)
            or weekday_stamps(text, dates))


WEEKDAY_STAMPS_MIN = 3      # a listing's weekday stamps: more than a story's date and a widget's, told again


@lru_cache(maxsize=1)
def _weekday_comma() -> re.Pattern[str]:
    """A weekday name and a comma opening a date's surface ("الأربعاء , 20 ديسمبر 2017"), the names of
    the weekdays lexicon as written."""
    spelt = [str(n) for v in read_shared(WEEKDAYS_FILE)["weekdays"].values() for n in v["names"]]
    return re.compile(rf"(?:{_written_alt(spelt)})[ \t]*[,،]")


def weekday_stamps(text: str, dates: list[Any]) -> list[tuple[int, dt.date]]:
    """Post stamps glued inside lines, printed as a weekday, a comma and the full date, no clock ("...
    الوطنعين الجمهورية الأربعاء , 20 ديسمبر 2017 عين الجمهورية قسم فرعي : أعلن حزب ..."): a listing of
    stamped items whose layout the page lost. The weekday must be the date's own (a date the dates layer
    flags for its weekday is no stamp), no word before it may make it a sentence's time ("يوم", "في",
    ``stamp_inner_blockers``), and the shape must recur WEEKDAY_STAMPS_MIN times with two or more days
    within STAMP_MAX_DAYS: a story prints its own date once (a widget's day, once more). Each opens a
    post that runs to the next stamp. (start of the stamp, its weekday; its day)."""
    opener = _weekday_comma()
    blockers = _inner_blockers() | SENTENCE_DATE_OPENERS
    out: list[tuple[int, dt.date]] = []
    for d in dates:
        day = _full_day(d)
        if day is None or d.warning or not opener.match(text, d.start):
            continue
        before = normalize(text[max(0, d.start - 20):d.start]).split()
        if before and (before[-1] in blockers or before[-1].lstrip("وف") in blockers):
            continue
        out.append((d.start, day))
    days = {day for _at, day in out}
    if len(out) < WEEKDAY_STAMPS_MIN or len(days) < 2 or (max(days) - min(days)).days > STAMP_MAX_DAYS:
        return []
    return out


TRAIL_TAIL_WORDS = 12    # after a trailing listing's last stamp: a footer at most ("Contact Us : + 972 9 7993993 جميع الحقوق محفوظة")
TRAIL_ITEM_WORDS = 5     # an item's text between two stamps: a cut teaser at least
TRAIL_ITEM_SHARE = 0.75  # the share of stamps that must close an item's text
TRAIL_STAMP_CHARS = 40   # from a post's start to its stamp's date (a weekday or a label may stand before it)
_TRAIL_WORD = re.compile(r"[^\W_]+")
# a sentence's stop after a word (not a cut teaser's ". . ." or "( . . . )")
_SENTENCE_STOP = re.compile(r"[^\W\d_][ \t]?[.!?؟](?![ \t]?\.)")


def _stamp_ends(text: str, dates: list[Any], posts: list[tuple[int, dt.date | None]]) -> list[int] | None:
    """Where each post stamp of ``posts`` ends: its full date of the post's day, with the clock right after
    it ("2017 - 10 - 21 16 : 07 : 01"). None when a stamp gives no day or its date is not found."""
    clock = _stamp_clock()
    starts = [d.start for d in dates]
    out: list[int] = []
    for at, day in posts:
        if day is None:
            return None
        i = bisect_left(starts, at)
        d = next((d for d in dates[i:i + 4] if d.start - at <= TRAIL_STAMP_CHARS and _full_day(d) == day), None)
        if d is None:
            return None
        m = clock.match(text, d.end)
        out.append(m.end() if m is not None and not (m.end() < len(text) and text[m.end()].isdigit()) else d.end)
    return out


def _today_votes(text: str, posts: list[tuple[int, dt.date | None]], ends: list[int]) -> tuple[int, int]:
    """How many of the page's "اليوم <weekday>" / "أمس <weekday>" agree with the stamp before them and
    not the one after (a post stamp heading its post), and how many the other way round (a stamp
    closing its post). A post's today is its stamp's day or the day before (posted after midnight)."""
    names = _weekday_names()
    body, offs = normalize_with_map(text)
    cues: list[tuple[int, int]] = []
    for pat, cue, shift in ((_TODAY, _TODAY_WORD, 0), (_YESTERDAY, _YESTERDAY_WORD, 1)):
        for m in _cues(pat, cue, body):
            word = m.group(1).strip("(),،")
            cues += [(offs[m.start()], (i + shift) % 7) for i, ns in names.items() if word in ns]
    lead = trail = 0
    for pos, wd in cues:
        k = bisect_left(ends, pos)       # the first stamp ending after the cue: the one after it
        after = posts[k][1] if k < len(posts) else None
        before = posts[k - 1][1] if k > 0 else None
        ok_before = before is not None and (before.weekday() - wd) % 7 in (0, 1)
        ok_after = after is not None and (after.weekday() - wd) % 7 in (0, 1)
        lead += ok_before and not ok_after
        trail += ok_after and not ok_before
    return lead, trail


def trailing_posts(text: str, dates: list[Any], posts: list[tuple[int, dt.date | None]]) -> list[tuple[int, dt.date | None]] | None:
    """A listing whose stamps close their items instead of opening them (Panet's category pages,
    turess's city pages: "... teaser cut off ( . . . ) 13 - 12 - 2017 next item ...", the last item ended
    by its stamp, then at most a footer): each stamp dates the block before it. The shape: the first
    stamp stands after text on its line (the first item), the last has at most TRAIL_TAIL_WORDS words
    after it and no sentence's stop, most stamps close an item's text (not a box of bare stamps), and the page's "اليوم
    <weekday>" agree with the stamps after them at least as often as with those before (a listing whose
    stamps head their posts names its stamp's weekday right after it). Then the posts are re-cut: the
    first from the line where an item as long as the longest other one would start (what stands before
    it keeps the page's date), each next one right after the stamp before it, and the footer after the
    last stamp dated by none (None). None when the stamps head their posts."""
    if len(posts) < 2:
        return None
    line = text.rfind("\n", 0, posts[0][0]) + 1
    if not _TRAIL_WORD.search(text, line, posts[0][0]):
        return None     # the first stamp heads its line: it opens the first post
    ends = _stamp_ends(text, dates, posts)
    if ends is None or len(_TRAIL_WORD.findall(text, ends[-1])) > TRAIL_TAIL_WORDS \
            or _SENTENCE_STOP.search(text, ends[-1]):
        return None     # a sentence after the last stamp: the last post's report, the stamp opened it
    # each stamp closes an item's text: not a box of bare stamps whose titles the page lost
    gaps = [ends[i] < posts[i + 1][0] and len(_TRAIL_WORD.findall(text, ends[i], posts[i + 1][0])) >= TRAIL_ITEM_WORDS
            for i in range(len(posts) - 1)]
    if TRAIL_ITEM_SHARE * len(gaps) > sum(gaps):
        return None
    lead, trail = _today_votes(text, posts, ends)
    if lead > trail:
        return None
    # the first item reaches back no further than the longest other one: a page's own article before
    # a listing of stamped links keeps the page's date
    reach = max(posts[i + 1][0] - ends[i] for i in range(len(posts) - 1))
    first = text.rfind("\n", 0, max(0, posts[0][0] - reach)) + 1
    starts = [first] + [_skip_space(text, e) for e in ends]
    days = [day for _at, day in posts] + [None]
    return [(at, day) for at, day in zip(starts, days, strict=True) if at < len(text) or day is not None]


def _skip_space(text: str, i: int) -> int:
    while i < len(text) and text[i].isspace():
        i += 1
    return i


REPORT_TITLE_WORDS = 8     # "التقرير اليومي عن انتهاكات حقوق الإنسان في سورية ليوم": title word to "ليوم"
REPORT_DAY_CHARS = 30      # "ليوم الثلاثاء 29 - 11 - 2016": "ليوم", perhaps a weekday, then the date


@lru_cache(maxsize=1)
def _report_words() -> tuple[frozenset[str], frozenset[str]]:
    words = _date_words()
    return (frozenset(normalize(str(w)) for w in words["report_day_words"]),
            frozenset(normalize(str(w)) for w in words["report_title_words"]))


_NON_SPACE_RUN = re.compile(r"\S+")


def report_heads(text: str, dates: list[Any]) -> list[tuple[int, dt.date, Any]]:
    """Daily reports or bulletins glued into one page, each headed by the day it covers ("... جراء
    القصف على بلدة ترمانيين التقرير اليومي عن انتهاكات حقوق الإنسان في سورية ليوم 24 - 11 - 2016 بلغ
    ..."): a full date right after "ليوم" (and perhaps a weekday), with a report's title word a few
    words before. Each heading opens a part, as a post stamp opens a post (where its title starts;
    the day). Only a page with headings of two or more different days is such a run; a single
    heading is the page's own date (``bulletin_reference``). (where the title starts, the day, the date)."""
    day_words, titles = _report_words()
    names = weekday_words()
    out: list[tuple[int, dt.date, Any]] = []
    for d in dates:
        day = _full_day(d)
        if day is None:
            continue
        lo = max(0, d.start - REPORT_DAY_CHARS)
        # (speed: only the last word or two before the date and the last title words are normalised)
        found = list(_NON_SPACE_RUN.finditer(text, lo, d.start))
        last = normalize(found[-1].group(0)) if found else None
        if last is not None and last in names:
            found.pop()
            last = normalize(found[-1].group(0)) if found else None
        if last is None or last not in day_words or "\n" in text[found[-1].start():d.start]:
            continue
        at = found[-1].start()
        # the title word, on the heading's line, at most REPORT_TITLE_WORDS words before "ليوم"
        line_start = text.rfind("\n", 0, at) + 1
        before = [(m.start(), normalize(m.group(0)))
                  for m in list(_NON_SPACE_RUN.finditer(text, line_start, at))[-REPORT_TITLE_WORDS:]]
        title = next((p for p, w in reversed(before) if w in titles), None)
        if title is None:
            continue
        out.append((title, day, d))
    return out if len({day for _at, day, _d in out}) >= 2 else []


REPORT_GAP_KIND = "report_gap"     # the date of a lost report: the days its neighbours' headings leave (lost_report_cuts)
LOST_REPORT_WEEK_DAYS = 6   # a report's week back from its day (the events layer's report_window_days)
LINE_OPENER_WORDS = 2       # "وفي محافظة", "أما في محافظة": at most two words before a region's toll line


@lru_cache(maxsize=1)
def _region_toll_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    words = _date_words()
    return tuple(frozenset(normalize(str(w)) for w in words[k])     # type: ignore[return-value]
                 for k in ("report_region_words", "report_toll_words", "report_region_compounds"))


def _region_tolls(text: str, start: int, end: int) -> list[tuple[int, str, bool]]:
    """The region tolls of a daily report in ``text[start:end]`` ("وفي محافظة إدلب قضى ( 14 ) شخصا"):
    (where the region word starts, the region's name, whether it opens its line)."""
    regions, tolls, compounds = _region_toll_words()
    words = [(m.start(), normalize(m.group(0))) for m in _NON_SPACE_RUN.finditer(text, start, end)]
    out: list[tuple[int, str, bool]] = []
    for j, (at, w) in enumerate(words):
        if w not in regions or j + 4 >= len(words):
            continue
        k = j + 2 if words[j + 1][1] in compounds else j + 1
        name = "".join(x for _a, x in words[j + 1:k + 1])     # "دير الزور" / "ديرالزور": one region
        k += 1
        if k < len(words) and words[k][1] in tolls:
            k += 1
        if k + 2 < len(words) and words[k][1] == "(" and words[k + 1][1].isdigit() and words[k + 2][1] == ")":
            line_start = text.rfind("\n", 0, at) + 1
            out.append((at, name, len(text[line_start:at].split()) <= LINE_OPENER_WORDS))
    return out


def lost_report_cuts(text: str, heads: list[tuple[int, dt.date, Any]]) -> list[tuple[int, dt.date | None, Any]]:
    """Daily reports of glued ``heads`` (``report_heads``) whose own heading the page lost: a report
    lists each region's toll once, so a line giving a region's toll again ("... 25 - محمود العفا / ريف
    دمشق - دوما . ⏎ وفي محافظة إدلب قضى ( 14 ) شخصا") opens another day's report. Its happenings are not
    of the day the heading above covers. (where the line starts, the day, a date of it) as ``report_heads``
    gives: the day when the lost reports fill the gap between two headings (26, [25], 24 January), else
    the days of the gap (28, [?], [?], 24 November: 25-27) with no day of its own, and none after the last
    heading (its day is not told)."""
    from rasd.text.dates import DateExpr

    out: list[tuple[int, dt.date | None, Any]] = []
    for i, (at, day, _d) in enumerate(heads):
        end = heads[i + 1][0] if i + 1 < len(heads) else len(text)
        seen: set[str] = set()
        cuts: list[tuple[int, int]] = []
        for pos, name, opens in _region_tolls(text, at, end):
            if name in seen and opens:
                cuts.append((text.rfind("\n", 0, pos) + 1, pos))
                seen = set()
            seen.add(name)
        nxt = heads[i + 1][1] if i + 1 < len(heads) else None
        if nxt is None and i > 0 and heads[i - 1][1] > day and cuts:
            # after the last heading of a run going back in time: a report of a day before it, the
            # week up to that day (as a report's undated items take its week)
            last = day - dt.timedelta(days=1)
            nxt = last - dt.timedelta(days=LOST_REPORT_WEEK_DAYS + 1)
        if nxt is None or abs((nxt - day).days) < 2:
            out.extend((line_start, None, None) for line_start, _pos in cuts)
            continue
        # each missing day of the gap between the headings has its lost report, in the run's order;
        # with fewer reports found than days missing, each lies somewhere in the gap
        step = 1 if nxt > day else -1
        gap = (min(day, nxt) + dt.timedelta(days=1), max(day, nxt) - dt.timedelta(days=1))
        for n, (line_start, pos) in enumerate(cuts, 1):
            lo, hi = gap if abs((nxt - day).days) != len(cuts) + 1 else (day + dt.timedelta(days=step * n),) * 2
            word_end = pos + len(text[pos:end].split(maxsplit=1)[0])     # the region word: the evidence
            mark = DateExpr(pos, word_end, text[pos:word_end], lo.isoformat(), hi.isoformat(),
                            "day" if lo == hi else "week", REPORT_GAP_KIND)
            out.append((line_start, lo if lo == hi else None, mark))
    return out


def _labelled_stamps(text: str, dates: list[Any], labels: tuple[str, ...]) -> list[tuple[int, dt.date]]:
    out: list[tuple[int, dt.date]] = []
    for d in dates:
        day = _full_day(d)
        if day is None:
            continue
        base = max(0, d.start - 40)
        head = text[base:d.start].rstrip(" :\t\n")
        norm = normalize(head)
        label = next((lb for lb in labels if norm.endswith(lb) and (len(norm) == len(lb) or norm[-len(lb) - 1].isspace())), None)
        if label is None or d.start - (base + len(head)) > POST_LABEL_GAP:
            continue
        n = len(label.split())
        at = base + len(head) - len(" ".join(head.split()[-n:]))    # where the label starts
        out.append((at, day))
    return out


def _written_alt(words: list[Any]) -> str:
    return "|".join(re.escape(str(w)) for w in sorted(words, key=lambda w: -len(str(w))))


@lru_cache(maxsize=1)
def _stamp_clock() -> re.Pattern[str]:
    """A post stamp's clock right after its date: "- 13 : 34", "| 7 : 1 صباحا", "23 : 30 : 15",
    "10 : 52 : 17 + 0000", "الساعة 22 : 20", "08 : 39 PM" (the words and marks of the date lexicon)."""
    words = _date_words()
    lead = _written_alt(words["stamp_clock_words"])
    marks = _written_alt(list(words["stamp_clock_marks"]) + list(words["stamp_day_parts"]))
    return re.compile(rf"[ \t]*(?:[-|,،][ \t]*)?(?:(?:{lead})[ \t]+)?\d{{1,2}}[ \t]*:[ \t]*\d{{2}}(?:[ \t]*:[ \t]*\d{{2}})?"
                      rf"(?:[ \t]*\+[ \t]*\d{{4}})?(?:[ \t]*(?:{marks})(?!\w))?", re.I)


@lru_cache(maxsize=1)
def _clock_before() -> re.Pattern[str]:
    """A post stamp's clock right before its date, as a live blog prints it ("20 : 40 08 / 12 / 2017 قال
    الرئيس ..."): the clock of ``_stamp_clock`` ending where the date starts."""
    words = _date_words()
    lead = _written_alt(words["stamp_clock_words"])
    marks = _written_alt(list(words["stamp_clock_marks"]) + list(words["stamp_day_parts"]))
    return re.compile(rf"(?<![\d:])(?:(?:{lead})[ \t]+)?\d{{1,2}}[ \t]*:[ \t]*\d{{2}}(?:[ \t]*:[ \t]*\d{{2}})?"
                      rf"(?:[ \t]*(?:{marks}))?[ \t]*(?:[-|,،][ \t]*)?$", re.I)


CLOCK_BEFORE_CHARS = 30


def _shape(s: str) -> str:
    """A stamp's shape: its digit runs and its words each as one mark ("20 يناير 2018 - 8 : 10 م"
    and "9 يناير 2018 - 9 : 50 ص" share theirs)."""
    return re.sub(r"[^\W\d_]+", "w", re.sub(r"\d+", "0", " ".join(s.split())))


def shaped_stamps(text: str, dates: list[Any]) -> list[tuple[int, dt.date]]:
    """Post stamps found by their structure, in whatever wording a site prints them: a full date
    with its clock right after ("السبت , 20 يناير 2018 - 8 : 10 م أعلنت وزارة ...", a forum's "التاريخ
    2014 - 01 - 01 23 : 30 : 15", "January 16 , 2018 08 : 39 PM") whose shape (weekday, date and
    clock, digits aside) recurs at least twice on the page with two or more different days: each
    opens a post, which runs to the next stamp. (start of the stamp, with its weekday; its day)."""
    clock = _stamp_clock()
    by_shape: dict[str, list[tuple[int, dt.date]]] = {}
    tails: dict[str, str] = {}      # each shape's clock after its date, as a shape
    for i, d in enumerate(dates):
        day = _full_day(d)
        if day is None:
            continue
        m = clock.match(text, d.end)
        if m is None or m.end() < len(text) and text[m.end()].isdigit():
            # the clock before the date ("20 : 40 08 / 12 / 2017 قال ..."): the stamp starts with it
            lo = max(0, d.start - CLOCK_BEFORE_CHARS)
            b = _clock_before().search(text, lo, d.start)
            if b is None or (b.start() > lo and not text[b.start() - 1].isspace()):
                continue
            by_shape.setdefault(_shape(text[b.start():d.end]), []).append((b.start(), day))
            continue
        start = d.start
        if i and dates[i - 1].kind == "weekday" and 0 <= d.start - dates[i - 1].end <= STAMP_WEEKDAY_GAP:
            start = dates[i - 1].start
        key = _shape(text[start:m.end()])
        by_shape.setdefault(key, []).append((start, day))
        tails[key] = _shape(text[d.end:m.end()])
    key, best = max(by_shape.items(), key=lambda kv: len(kv[1]), default=("", []))
    if len(best) < 2 or len({day for _at, day in best}) < 2:
        return []
    if key not in tails:
        return best
    undated: list[tuple[int, dt.date | None]] = [(at, None) for at in _relative_stamps(text, tails[key])]
    return sorted(best + undated, key=lambda p: p[0])


@lru_cache(maxsize=1)
def _relative_stamp() -> re.Pattern[str]:
    """A forum post's stamp that names its day "today" / "yesterday" with the clock where other posts
    print their date ("اليوم , 10 : 15 PM", "أمس , 08 : 30 AM"): ``stamp_relative_days`` of the date
    lexicon, a whole word, then the stamp clock."""
    words = _written_alt(_date_words()["stamp_relative_days"])
    return re.compile(rf"(?<!\S)(?:{words})(?=[ \t]*[,،\-|]?[ \t]*\d)", re.I)


def _relative_stamps(text: str, tail: str) -> list[int]:
    """Where the relative stamps of a forum thread start: "اليوم" / "أمس" followed by a clock of the
    same shape as the one the thread's dated stamps carry after their date (``tail``), and not told
    by a word that makes them a sentence's time ("صباح اليوم , 10 : 15", ``stamp_inner_blockers``)."""
    clock = _stamp_clock()
    blockers = _inner_blockers()
    out: list[int] = []
    for m in _relative_stamp().finditer(text):
        c = clock.match(text, m.end())
        if c is None or _shape(text[m.end():c.end()]) != tail or c.end() < len(text) and text[c.end()].isdigit():
            continue
        before = normalize(text[max(0, m.start() - 20):m.start()]).split()
        if before and (before[-1] in blockers or before[-1].lstrip("و") in blockers):
            continue
        out.append(m.start())
    return out


@lru_cache(maxsize=1)
def _post_number() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A post's number right after its date ("# 5", "رقم المشاركة : 5") and right before it ("# 3",
    "المشاركة رقم 3"): a "#" or a label of ``post_number_labels``, then digits."""
    labels = [str(w) for w in _date_words()["post_number_labels"]]
    alts = "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in sorted(labels, key=lambda w: -len(w)))
    mark = rf"(?:#|(?:{alts})[ \t]*[:#]?)[ \t]*\d{{1,6}}(?![\d:/.\-])"
    return (re.compile(rf"[ \t]*[,،|\-]?[ \t]*{mark}", re.I),
            re.compile(rf"(?<!\S){mark}[ \t]*[,،|\-]?[ \t]*$", re.I))


POST_NUMBER_CHARS = 40      # from a post number before the date to the date ("المشاركة رقم 3 - ")


def numbered_stamps(text: str, dates: list[Any]) -> list[tuple[int, dt.date]]:
    """Post stamps without a clock that carry the post's number beside them, as forum software prints
    them ("ahmad , 4 ديسمبر 2013 # 1", "# 3 12 - 05 - 2014", "04 - 12 - 2013 رقم المشاركة : 5"): a
    full date with a post number right after or right before it, in one shape (the date's own, and
    the number's side) that recurs with two or more different days. Each opens a post that runs
    to the next. A date in a sentence has no post number beside it. (start of the stamp; its day)."""
    after, before = _post_number()
    by_shape: dict[str, list[tuple[int, dt.date]]] = {}
    for d in dates:
        day = _full_day(d)
        if day is None:
            continue
        if after.match(text, d.end):
            by_shape.setdefault(_shape(d.surface) + " #", []).append((d.start, day))
            continue
        b = before.search(text, max(0, d.start - POST_NUMBER_CHARS), d.start)
        if b is not None:
            by_shape.setdefault("# " + _shape(d.surface), []).append((b.start(), day))
    key, best = max(by_shape.items(), key=lambda kv: len(kv[1]), default=("", []))
    if len(best) < 2 or len({day for _at, day in best}) < 2:
        return []
    if not key.endswith("#"):
        return best
    # the thread's recent posts, stamped by their age with the number after it ("أمس الساعة 08 : 30 ص # 3")
    undated: list[tuple[int, dt.date | None]] = [(m.start(), None) for m in _relative_numbered().finditer(text)
                                                 if after.match(text, m.end())]
    return sorted(best + undated, key=lambda p: p[0])


@lru_cache(maxsize=1)
def _relative_numbered() -> re.Pattern[str]:
    """A recent post's stamp on a thread of numbered posts, the day told relative to the day the page
    was viewed: "اليوم" / "أمس" / a weekday of the last week, perhaps with "الساعة" and a clock
    (XenForo's "أمس الساعة 08 : 30 ص", vBulletin's "اليوم , 10 : 15 PM"), or an age ("منذ 5 دقائق", "قبل
    3 أيام": ``stamp_age_units``). It must stand alone before the post number, checked by the caller."""
    words = _date_words()
    # (the raw spellings: the pattern reads the page's text, not its normalised form)
    spelt = [str(n) for v in read_shared(WEEKDAYS_FILE)["weekdays"].values() for n in v["names"]]
    days = list(words["stamp_relative_days"]) + spelt
    lead = _written_alt(words["stamp_clock_words"])
    marks = _written_alt(list(words["stamp_clock_marks"]))
    units = _written_alt(words["stamp_age_units"])
    clock = (rf"(?:[ \t]*[,،\-]?[ \t]*(?:(?:{lead})[ \t]+)?\d{{1,2}}[ \t]*:[ \t]*\d{{2}}"
             rf"(?:[ \t]*(?:{marks})(?!\w))?)?")
    return re.compile(rf"(?<!\S)(?:(?:{_written_alt(days)}){clock}|(?:منذ|قبل)[ \t]+(?:\d+[ \t]+)?(?:{units}))(?!\w)",
                      re.I)


# words that open a sentence's date, not a stamp ("في", "يوم"; and English "on", "at")
SENTENCE_DATE_OPENERS = frozenset(word_list("function_words.yaml", "sentence_date_openers"))


@lru_cache(maxsize=1)
def _line_stamp_words() -> frozenset[str]:
    """Words a stamp line may hold before its date: weekday names and the publication labels and
    their fillers of the date lexicon ("نشر بتاريخ", "تاريخ النشر : الأحد"), normalised."""
    words = _date_words()
    out = {n for ns in _weekday_names().values() for n in ns}
    for phrase in (list(words["publication_cues"]["published"]) + list(words["publication_cue_fillers"])
                   + list(words["stamp_clock_marks"]) + list(words["stamp_line_words"])):
        out.update(normalize(str(phrase)).split())
    # "في" / "يوم" open a sentence's date ("في 9 حزيران 2017 أفادت التقارير ..."), not a stamp
    return frozenset(out - SENTENCE_DATE_OPENERS)


_LINE_CLOCK = re.compile(r"(?<!\d)\d{1,2}[ \t]*:[ \t]*\d{2}(?:[ \t]*:[ \t]*\d{2})?(?!\d)")
_ENTRY_COLON = re.compile(r"(?:[ \t]*م)?[ \t]*:")     # "2 يناير 2015 م : - ..."
_LINE_STAMP_MARKS = re.compile(r"[\s:|,،\-/.()\u061b»«·•@\"]+")
_HANDLE = re.compile(r"^[ \t]*@[ \t]*[A-Za-z0-9_.]+")
AUTHOR_NAME_WORDS = 3   # "بواسطة أبو محمد الحلبي » 4 ديسمبر 2013": a poster's name between the label and the date


@lru_cache(maxsize=1)
def _author_labels() -> tuple[tuple[str, ...], ...]:
    """The poster labels of ``stamp_author_labels`` (date lexicon), normalised, as word sequences."""
    return tuple(tuple(normalize(str(w)).split()) for w in _date_words()["stamp_author_labels"])


def _stamp_head(words: list[str], allowed: frozenset[str]) -> bool:
    """The words a line holds before its date make it a stamp line: only weekdays, publication
    labels and clock marks (``_line_stamp_words``), else a poster's label and name first ("بواسطة
    ahmad » 4 ديسمبر 2013", "كتب sami في 5 ديسمبر 2013": a label of ``stamp_author_labels``, at most
    AUTHOR_NAME_WORDS words of the name, then only allowed words), as forum and comment software print
    a post's byline."""
    words = [w for w in words if w]
    if all(w in allowed for w in words):
        return True
    for label in _author_labels():
        if tuple(words[:len(label)]) != label:
            continue
        rest = words[len(label):]
        # the name: the words up to the allowed ones that close the byline ("في", a weekday)
        k = len(rest)
        while k and rest[k - 1] in allowed | {"في", "on", "at"}:
            k -= 1
        if 1 <= k <= AUTHOR_NAME_WORDS:
            return True
    return False


def line_stamps(text: str, dates: list[Any]) -> list[tuple[int, dt.date]]:
    """Post stamps that head their lines: a full date that opens a line, with only a weekday or a
    publication label before it ("2016 - 10 - 02 الأحد 2 / 10 / 2016 الوضع الدولي ...", "05 يناير 2017
    م - مقتل ...", "نشر بتاريخ 3 / 5 / 2016"), in one shape that recurs at least twice on the page with
    two or more different days: a day-by-day digest, an archive, a feed whose stamps carry no clock.
    Each opens a post that runs to the next stamp. A date inside a sentence ("في 9 حزيران 2017 أفادت
    ...") is no stamp, nor one line-head date of an article. (start of the line; its day)."""
    allowed = _line_stamp_words()
    by_shape: dict[str, list[tuple[int, dt.date]]] = {}
    inside: dict[str, int] = {}     # dates of each shape told inside lines
    heads: set[int] = set()         # where the dates that head their lines start
    bars: set[int] = set()          # where the stamps set off by a bar start (``_bar_stamp``)
    blockers = _inner_blockers()
    for d in dates:
        day = _full_day(d)
        if day is None:
            continue
        line = text.rfind("\n", 0, d.start) + 1
        if _bar_stamp(text, d, line, blockers):
            # a listing's item stamp set off by a bar, glued after the last item's cut teaser ("... والأ
            # 27 - 05 - 2015 | 0 | 0 | أعلنت حركة ..."): its item opens at the stamp, as a line's would
            by_shape.setdefault(_shape(d.surface), []).append((d.start, day))
            heads.add(d.start)
            bars.add(d.start)
            continue
        # (the stamp's clock may stand before its date: "09 : 46 ت م 09 يناير 2017 م - ...")
        head = _LINE_CLOCK.sub(" ", text[line:d.start])
        # a tweet's or a channel post's handle heads its byline ("@ ahmad · 4 ديسمبر 2013")
        head = _HANDLE.sub(" ", head, count=1)
        # (speed: a digit in the head settles it before the head is normalised and read)
        if any(map(str.isdigit, head)) or not _stamp_head(_LINE_STAMP_MARKS.split(normalize(head).strip()), allowed):
            key = _shape(d.surface)
            inside[key] = inside.get(key, 0) + 1
            continue
        if _ENTRY_COLON.match(text, d.end):
            continue    # "27 أبريل 2017 : قصفت ...": a chronology's entry, dated by its heading (events.dates._entry_head)
        # (grouped by the date's own shape: a weekday, a clock or a label before it may come and go)
        by_shape.setdefault(_shape(d.surface), []).append((line, day))
        heads.add(d.start)
    key, best = max(by_shape.items(), key=lambda kv: len(kv[1]), default=("", []))
    days = {day for _at, day in best}
    barred = 2 * sum(at in bars for at, _day in best) > len(best)     # most of them set off by a bar
    if len(best) < 2 or len(days) < 2 or (max(days) - min(days)).days > STAMP_MAX_DAYS and not barred:
        # (a chronology of years heads its lines with dates too: its entries tell their day; its
        # dates stand in prose, never set off by a bar as a listing's stamps of any age are)
        return []
    if inside.get(key, 0) > len(best):
        # most stamps of that shape run on inside lines (a glued ticker "... 06 - 03 - 2015 | 0 | 0 |
        # ..."): the few that happen to head a line would cut the page at the wrong places
        return []
    return sorted(best + _glued_stamps(text, [d for d in dates if d.start not in heads], key, {at for at, _day in best}))


_BAR_AFTER = re.compile(r"[ \t]*\|")


# the mark a listing leaves where it cut the last item's teaser ("... ( . . . ) 16 - 12 - 2017 قال ...")
_CUT_BEFORE = re.compile(r"[(\[]\s*(?:\.\s*){3}[)\]]\s*$")


def _bar_stamp(text: str, d: Any, line: int, blockers: frozenset[str]) -> bool:
    """Full date ``d`` is a listing's item stamp set off by a bar inside its line ("... والأ 27 - 05 -
    2015 | 0 | 0 | علنت حركة طالبان ...", "[ . . . ] 2016 / 12 / 31 | نشرت في , , |"): a bar right
    after it, or the cut mark of the teaser before it ("... أربعة أعضاء من مجلس النواب ( . . . ) 16 -
    12 - 2017 قال مسؤول ...": turess's city listing, whose stamps close their items: ``trailing_posts``),
    and no word before it that makes it a sentence's date ("في", "منذ", "حتى": ``stamp_inner_blockers``).
    Prose sets no date off by a bar or a cut mark; a page's layout does."""
    if d.start == line or not (_BAR_AFTER.match(text, d.end) or _CUT_BEFORE.search(text, max(line, d.start - 20), d.start)):
        return False
    before = normalize(text[max(line, d.start - 30):d.start]).split()
    return not before or (before[-1] not in blockers and before[-1].lstrip("و") not in blockers)


def _glued_stamps(text: str, dates: list[Any], key: str, lines: set[int]) -> list[tuple[int, dt.date]]:
    """The next post glued onto a stamp line, its line break lost ("18 مايو 2015 قتل شرطي ... شمال شرق
    القاهرة 19 مايو 2015 لقي شخص ..."): a full date of the stamps' shape inside a line that a stamp
    heads, not told by a word that makes it a sentence's date ("في", "منذ", "حتى": ``stamp_inner_blockers``)
    nor heading an entry (a colon after it). (where it starts; its day)."""
    blockers = _inner_blockers()
    out: list[tuple[int, dt.date]] = []
    for d in dates:
        day = _full_day(d)
        if day is None or _shape(d.surface) != key:
            continue
        line = text.rfind("\n", 0, d.start) + 1
        if line == d.start or line not in lines or _ENTRY_COLON.match(text, d.end):
            continue
        before = normalize(text[max(line, d.start - 30):d.start]).split()
        if not before or before[-1] in blockers or before[-1].lstrip("و") in blockers:
            continue
        out.append((d.start, day))
    return out


@lru_cache(maxsize=1)
def _inner_blockers() -> frozenset[str]:
    return frozenset(normalize(str(w)) for w in _date_words()["stamp_inner_blockers"])


def dates_by_post(text: str, dates: list[Any], posts: list[tuple[int, dt.date | None]]) -> list[Any]:
    """The page's dates with each post's resolved again against its own stamp: "اليوم الأحد" under
    "تم النشر بتاريخ : 18 / 09 / 2016" is that Sunday, not the Sunday before the page's newest post.
    The page's scan is reused (only resolving is done again); a date of the page that the dates
    layer did not find (a spaced "21 - 11 - 2013", a chronology's day) is kept."""
    from rasd.text.dates import find_dates_by_part

    first = posts[0][0]
    # (read again per post, the numeric dates keep the order the whole page writes them in)
    redone = month_first_dates(find_dates_by_part(text, posts), dates)
    out = [d for d in dates if d.start < first] + redone
    spans = sorted((d.start, d.end) for d in redone)
    for d in dates:
        if d.start >= first and not _overlaps(spans, d.start, d.end):
            if post_day(posts, d.start) is None and (d.kind != "absolute" or not _YEAR.search(d.surface)):
                continue    # read against the page's date, in a post whose stamp gives no day
            out.append(d)
    return sorted(out, key=lambda d: d.start)


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Some (start, end) of the sorted, disjoint ``spans`` overlaps [start, end): then the last one
    starting before ``end`` does."""
    i = bisect_left(spans, (end, end))
    return i > 0 and spans[i - 1][1] > start


def post_day(posts: list[tuple[int, dt.date | None]], pos: int) -> dt.date | None:
    """The day of the post that holds text position ``pos`` (None before the first post or without
    posts, and in a post whose stamp gives no day)."""
    day = None
    for at, d in posts:
        if at > pos:
            break
        day = d
    return day


def post_ref(posts: list[tuple[int, dt.date | None]], pos: int, ref: dt.date | None) -> dt.date | None:
    """The day text position ``pos`` reads against on a page of ``posts``: its post's day; the page's
    ``ref`` before the first post or without posts. A post whose stamp gives no day ("اليوم , 10 : 15 PM"
    on a forum) has none: neither the page's date nor the post before it dates what it tells."""
    if not posts or pos < posts[0][0]:
        return ref
    return post_day(posts, pos)


NARRATIVE_DAYS = 92     # a year-less day takes its anchor's year only within a season of the anchor
_YEAR_NOUNS = frozenset({"عام", "العام", "سنه", "السنه"})


def _present_year(d: Any) -> int | None:
    """The year ``d`` names as the text's present one with its number ("مطلع شباط من العام الجاري 2016",
    "هذا العام 2016"): on an undated page, the only word of the year it was written in."""
    from rasd.text.dates import current_words

    if d.kind != "absolute" or not d.date_start or not _YEAR.search(d.surface):
        return None
    words = normalize_words(d.surface.split())
    cur = current_words()
    if any(w in _YEAR_NOUNS and (i + 1 < len(words) and words[i + 1] in cur or i > 0 and words[i - 1] in cur)
           for i, w in enumerate(words)):
        return int(d.date_start[:4])
    return None




def narrative_days(text: str, dates: list[Any], url: str | None, date_cues: frozenset[str]) -> list[Any]:
    """An undated page's day-and-month dates without a year ("في 4 كانون الأول , هاجمت ...") take the
    year of the full date the text gave last before them ("يوم 3 كانون الأول 2016"), else of the
    month or day the URL files the page under ("?m=201503"): a narrative's year-less dates are read
    against the date the reader was last given, as temporal taggers resolve narratives (HeidelTime's
    "narratives" mode). With neither they stay unresolved (a chronicle whose days go back in the
    calendar, ``chronicle_days``'s twin), except the page's own header date (its first date, standing
    alone at its head: "21 سبتمبر جيش الفتح ..."), read against the first full date of the body. A full date
    standing alone at the head may be the day the page was viewed (a site bar's clock): it anchors
    only when nothing else does. A month the text tells as of its present year anchors too ("مطلع شباط من
    العام الجاري 2016"), and so does a month told as the present one ("مطلع تموز الجاري") once the text
    tells that year (the month takes it). Of the anchor's year, or the one before or after (a "3 كانون
    الثاني" after December's anchor), the day within NARRATIVE_DAYS of the anchor; none within it
    leaves the date unresolved."""
    from rasd.text.dates import DateExpr, current_words, find_dates, url_date

    open_ = _open_month_dates(dates)
    if not open_:
        return dates
    anchors, heads = [], []
    present = None
    told: dict[int, Any] = {}
    for d in dates:
        day = _full_day(d)
        year = _present_year(d)
        present = present or year
        if day is not None:
            (heads if d.start < STAMP_HEAD_CHARS and _standalone(text, d, date_cues) else anchors).append((d.start, day))
        elif year is not None:
            # "مطلع شباط من العام الجاري 2016": a month of the year the text calls its present one anchors
            # the narrative (a month written with a past year, "شباط 2015", is a recalled one and does not)
            anchors.append((d.start, dt.date.fromisoformat(d.date_start)))
    if present is not None:
        # the text's present year told: its months told as the present one ("مطلع تموز الجاري") are of
        # that year, and anchor the year-less days after them as a month written with its year does
        ref = dt.date(present, 12, 31)
        for d in open_:
            p = next(iter(find_dates(text[d.start:d.end], ref)), None)
            if p is not None and p.precision == "month" and p.date_start and p.date_start[:4] == str(present) \
                    and any(w in current_words() for w in normalize_words(d.surface.split())):
                anchors.append((d.start, dt.date.fromisoformat(p.date_start)))
                told[id(d)] = DateExpr(d.start, d.end, d.surface, p.date_start, p.date_end, "month", "absolute")
        anchors.sort()
    found = url_date(url)
    filed = found[0] if found and found[1] in ("day", "month") else None
    if not anchors and filed is None:
        anchors = heads
    if not anchors and filed is None:
        return dates
    done: dict[int, Any] = told
    first = min(dates, key=lambda x: x.start)
    for d in open_:
        if id(d) in done:
            continue
        # its day and month: the expression alone read against a year's last day (the dates layer
        # says it took the year from the reference); only the expression, not the page, is read again
        p = next((x for x in find_dates(text[d.start:d.end], YEARLESS_PROBE) if _yearless_day(x)), None)
        if p is None:
            continue
        before = [day for at, day in anchors if at < d.start]
        anchor = before[-1] if before else filed
        if anchor is None and d is first and d.start < STAMP_HEAD_CHARS and _standalone(text, d, date_cues):
            # the page's own header date without its year ("21 سبتمبر جيش الفتح يجبر ..."): the
            # year of the first full date its body gives
            anchor = next((day for at, day in anchors + heads if at > d.end), None)
        if anchor is None:
            continue
        m, n = int(p.date_start[5:7]), int(p.date_start[8:10])
        best = None
        for y in (anchor.year - 1, anchor.year, anchor.year + 1):
            try:
                cand = dt.date(y, m, n)
            except ValueError:
                continue
            if abs((cand - anchor).days) <= NARRATIVE_DAYS:
                best = cand
        if best is not None:
            # (a range keeps its last day: "بين 14 - 16 أبريل" is not the 14th alone)
            iso, end = best.isoformat(), yearless_end(p, best)
            done[id(d)] = DateExpr(d.start, d.end, d.surface, iso, end, "day", "absolute" if end == iso else "range")
    if not done:
        return dates
    return [done.get(id(d), d) for d in dates]


ANCHOR_CHARS = 300      # the dated happening stands in the same sentence, shortly before


AFTER_PAGE_DAY = "a day of the page's month after the page's day"


def day_month_before(day: dt.date) -> str | None:
    """The same day number in the month before ``day``'s (ISO), None when that month has no such day."""
    year, month = (day.year - 1, 12) if day.month == 1 else (day.year, day.month - 1)
    try:
        return dt.date(year, month, day.day).isoformat()
    except ValueError:
        return None


FUTURE_DAY_SLACK = 1     # a page of the 10th may tell the 11th's night (time zones): a day past it is no past day


def anchored_days(text: str, dates: list[Any], ref: dt.date | None = None) -> list[Any]:
    """Days the dates layer leaves at a month: a day number before a month told relative to the page
    ("مجزرة في ال - 16 من الشهر الجاري": the 16th of that month), and "سبقها بيوم" / "قبلها بيومين"
    (one or two days before the happening the sentence dated just before: "مجزرة في ال - 16 ...
    سبقها بيوم مقتل 22 مدنيا" -> the 15th), a new date the happening told after it takes. The
    expressions are the dates layer's (``day_of_relative_month``, ``days_before_cues``); which
    date a "سبقها بيوم" counts from is decided here. With the page's day ``ref``, a day of the page's own month
    ("الشهر الجاري") after it is flagged AFTER_PAGE_DAY: a coming day ("ستعقد الجولة في 16 من الشهر الجاري"), or,
    for a happening the page tells as past, a day of the month before, the text written before the page's day
    (a later posting, a URL's day: "مجزرة في ال - 16 من الشهر الجاري" on a page of 10 July is 16 June, breadth
    judged rows V-279 #0, session 36; the events layer reads it so, dates.past_month_day)."""
    from rasd.text.dates import DateExpr, day_of_relative_month, days_before_cues

    out: list[Any] = []
    for d in dates:
        day = day_of_relative_month(text, d)
        if day is not None and ref is not None and day.date_start and day.date_start[:7] == ref.isoformat()[:7] \
                and dt.date.fromisoformat(day.date_start) > ref + dt.timedelta(days=FUTURE_DAY_SLACK):
            day = DateExpr(day.start, day.end, day.surface, day.date_start, day.date_end, day.precision, day.kind,
                           warning=AFTER_PAGE_DAY)
        out.append(day or d)
    for start, end, surface, n in days_before_cues(text):
        prev = [d for d in out if d.end <= start and start - d.end <= ANCHOR_CHARS
                and d.precision == "day" and d.date_start and not any(c in text[d.end:start] for c in ".!?؟\n")]
        if not prev:
            continue
        iso = (dt.date.fromisoformat(prev[-1].date_start[:10]) - dt.timedelta(days=n)).isoformat()
        # (counted from a day after the page's, it is one too: "سبقها بيوم" of the 16th on a page of the 10th)
        out.append(DateExpr(start, end, surface, iso, iso, "day", "relative",
                            warning=AFTER_PAGE_DAY if prev[-1].warning == AFTER_PAGE_DAY else None))
    return sorted(out, key=lambda d: d.start)


@lru_cache(maxsize=1)
def _current_day_re() -> re.Pattern[str]:
    words = read_shared(Path(__file__).resolve().parent.parent / "data" / "lexicons" / "date_words.yaml")
    def alt(xs: list[Any]) -> str:
        return "|".join(re.escape(str(x)) for x in sorted(xs, key=lambda x: -len(str(x))))
    cues = alt([*words["day_of_month_cues"], *words["day_pair_cues"]])
    link = alt(words["day_of_month_link"])
    return re.compile(rf"(?<!\S)[وف]?(?:{cues})\s+(?:ال\s*[-ـ]?\s*)?([0-3]?[0-9])(?:\s*(?:-|–|و)\s*([0-3]?[0-9]))?"
                      rf"\s+(?:(?:{link})\s+)?(?:{alt(words['day_of_current_month'])})(?!\S)")


def current_month_days(text: str, dates: list[Any], ref: dt.date | None) -> list[Any]:
    """"في 14 الجاري", "يومي 29 و 30 الجاري": a day number (or two) before "الجاري" / "الحالي" alone is that
    day of the page's month (``ref``'s), a date the dates layer does not read; added unless another date
    expression covers it. None of them on a page without a reference day (or read against several: the
    caller passes None for a listing of posts). A day after the page's is flagged (AFTER_PAGE_DAY, anchored_days)."""
    from rasd.text.dates import DateExpr

    if ref is None or ("الجاري" not in text and "الحالي" not in text):
        return dates
    out = list(dates)
    for m in _current_day_re().finditer(text):
        if any(d.start < m.end() and m.start(1) < d.end for d in dates):
            continue
        try:
            first = ref.replace(day=int(m.group(1)))
            last = ref.replace(day=int(m.group(2))) if m.group(2) else first
        except ValueError:
            continue
        if last < first:
            continue
        # (a day after the page's: a coming day, or a past one of the month before: anchored_days)
        out.append(DateExpr(m.start(1), m.end(), text[m.start(1):m.end()], first.isoformat(), last.isoformat(), "day",
                            "relative" if last == first else "range",
                            warning=AFTER_PAGE_DAY if first > ref + dt.timedelta(days=FUTURE_DAY_SLACK) else None))
    return sorted(out, key=lambda d: d.start) if len(out) > len(dates) else dates


ANAPHORIC_DATES_FILE = Path(__file__).resolve().parent.parent / "data" / "lexicons" / "anaphoric_dates.yaml"
ANAPHOR_REACH = 700     # the year "من العام نفسه" points back to is told within a paragraph or two before
# a month name's bracketed or slashed twin the dates layer left out of the expression: "يوليو ( تموز )"
_TWIN = re.compile(r"\s*(?:\([^()]{0,25}\))?\s*")
_WRITTEN_YEAR = re.compile(r"(?<![\d٠-٩])[\d٠-٩]{4}(?![\d٠-٩])")     # "سنة 1820" too: any year told in digits
_YEAR_HEAD = re.compile(r"^[ \t]*((?:1[89]|20)\d{2})[ \t]*:", re.M)     # a chronology's entry: "1987 : خسر اللقب"
NO_ANTECEDENT = "month told by a year before it (من العام نفسه), none told within reach: year unknown"


@lru_cache(maxsize=1)
def _year_phrases() -> tuple[tuple[tuple[str, ...], int], ...]:
    """(normalised words, offset in years) of anaphoric_dates.yaml's year phrases, longest first."""
    data = read_shared(ANAPHORIC_DATES_FILE)
    out = [(tuple(normalize(str(p)).split()), int(k)) for p, k in data["year_phrases"].items()]
    return tuple(sorted(out, key=lambda x: -len(x[0])))


def _year_phrase(text: str, end: int) -> int | None:
    """The offset of the year phrase that follows a date ending at ``end`` ("في أيلول من ذلك العام"), or None."""
    m = _TWIN.match(text, end)
    words = normalize(text[m.end() if m else end:end + 80]).split()
    return next((k for seq, k in _year_phrases() if tuple(words[:len(seq)]) == seq), None)


def _named_month(d: Any) -> bool:
    names = _month_names()
    return any(normalize(w) in names for w in d.surface.split())


def _moved(d: Any, year: int) -> tuple[str, str, str] | None:
    """``d``'s dates (read against the page's year) moved so that it starts in ``year``; None for a
    day that year does not have (29 February)."""
    try:
        a = dt.date.fromisoformat(d.date_start[:10])
        b = dt.date.fromisoformat((d.date_end or d.date_start)[:10])
        shift = year - a.year
        return (a.replace(year=year).isoformat(), b.replace(year=b.year + shift).isoformat(), d.precision)
    except ValueError:
        return None


def anaphoric_years(text: str, dates: list[Any]) -> list[Any]:
    """A month or day told without a year and followed by "من ذلك العام" / "من العام نفسه" / "من العام
    التالي" (``year_phrases``) is of the year the text named last before it ("في شهر يوليو ( تموز ) من
    ذلك العام" after "في عام 2013" is July 2013), not of the page's date, which is what the dates
    layer read it against. The antecedent is the nearest date before it, within ANAPHOR_REACH, whose
    year is written (or was itself taken this way: a chain of "من العام نفسه"). Without one, the year
    is unknown, so is the date: never the publication year by default."""
    from rasd.text.dates import YEAR_FROM_ANTECEDENT, DateExpr, find_dates

    out: list[Any] = []
    for d in sorted(dates, key=lambda x: x.start):
        k = None
        if d.kind != "timeline" and not _WRITTEN_YEAR.search(d.surface) and _named_month(d):
            k = _year_phrase(text, d.end)
        if k is None:
            out.append(d)
            continue
        # (end, year) of the years told before it: its dates' and a chronology's line headings ("1987 : خسر ...")
        prior = [(x.end, int((x.date_end if x.precision == "year" and x.date_end else x.date_start)[:4]))
                 for x in out if x.end <= d.start and x.date_start and x.date_start[:4].isdigit()
                 and (_WRITTEN_YEAR.search(x.surface) or x.kind == "timeline" or x.warning == YEAR_FROM_ANTECEDENT)]
        prior += [(m.end(), int(m.group(1))) for m in _YEAR_HEAD.finditer(text, max(0, d.start - ANAPHOR_REACH), d.start)]
        prior = [p for p in prior if d.start - p[0] <= ANAPHOR_REACH]
        new = None
        if prior:
            # the year told last (a range of years, "من 1958 - 1963": its end)
            year = max(prior)[1] + k
            span = _moved(d, year) if d.date_start else None
            if span is None:
                # read against no date (an undated page): the expression alone, against that year's last day
                p = next((y for y in find_dates("في " + d.surface, dt.date(year, 12, 31)) if y.date_start), None)
                if p is not None and p.date_start[:4] == str(year):
                    span = (p.date_start, p.date_end or p.date_start, p.precision)
            if span is not None:
                # absolute: the text dates it, as a narrative's day read against the full date before it
                new = DateExpr(d.start, d.end, d.surface, span[0], span[1], span[2],
                               "range" if d.kind == "range" else "absolute", warning=YEAR_FROM_ANTECEDENT)
        if new is None:
            new = DateExpr(d.start, d.end, d.surface, None, None, UNKNOWN, d.kind, warning=NO_ANTECEDENT)
        out.append(new)
    return out


def chronicle_run_days(text: str, dates: list[Any]) -> list[Any]:
    """``chronicle_days`` for a chronicle that is one part of the page: a year's review opens with a
    summary ("في 17 أكتوبر , طرد تنظيم الدولة من الرقة ...") and then tells the year in order ("في 31
    يناير ... وفي 12 فبراير ... وفي 26 مارس ... في 4 أبريل 2017 , وقعت مجزرة خان شيخون ... في 20
    أكتوبر ... في 3 نوفمبر ..."). The page's day-and-month dates without a year, cut where the calendar
    goes back, fall into runs; a run of at least MIN_TIMELINE_ENTRIES whose full dates written among
    its entries (at least one) all carry one year, in the calendar order of the entries around them,
    is a chronicle of that year, as ``chronicle_days`` reads a whole page's. A run with no full date
    among its entries (only before or after it), or whose full dates disagree, keeps its dates open:
    the summary before the chronicle stays as it was."""
    from rasd.text.dates import DateExpr

    open_ = _open_month_dates(dates)
    if len(open_) < MIN_TIMELINE_ENTRIES:
        return dates
    probe = _yearless_probe(text)
    entries = [(d, int(probe[(d.start, d.end)].date_start[5:7]), probe[(d.start, d.end)])
               for d in open_ if (d.start, d.end) in probe]
    runs: list[list[tuple[Any, int, Any]]] = []
    for e in entries:
        if runs and e[1] >= runs[-1][-1][1]:
            runs[-1].append(e)
        else:
            runs.append([e])
    done: dict[int, Any] = {}
    for run in runs:
        if len(run) < MIN_TIMELINE_ENTRIES:
            continue
        first, last = run[0][0].start, run[-1][0].end
        full = [d for d in dates if first < d.start < last and d.precision in ("day", "month") and d.date_start
                and d.kind == "absolute" and _YEAR.search(d.surface)]
        years = {d.date_start[:4] for d in full}
        if len(years) != 1:
            continue
        year = int(years.pop())
        seq = sorted([(d.start, int(d.date_start[5:7])) for d in full] + [(d.start, m) for d, m, _p in run])
        if any(b[1] < a[1] for a, b in zip(seq, seq[1:], strict=False)):
            continue
        for d, m, p in run:
            try:
                day = dt.date(year, m, int(p.date_start[8:10]))
            except ValueError:
                continue
            done[id(d)] = DateExpr(d.start, d.end, d.surface, day.isoformat(), yearless_end(p, day), "day", "timeline")
    if not done:
        return dates
    return [done.get(id(d), d) for d in dates]


DAY_REPORT_HEAD_CHARS = 1200    # the page's head: a report's title may follow a site's bar and preamble
DAY_REPORT_TITLE_WORDS = 6      # "أبرز التطورات على الساحة السورية لتاريخ": the title word to the day cue
DAY_REPORT_DATE_CHARS = 30      # "ليوم الاحد في 30 - 7 - 2017": the cue (a weekday, "في") to the date
DAY_REPORT_STAMP_CHARS = 80     # "10 : 25 مساء بتوقيت دمشق بلدي نيوز - ( التقرير اليومي )": stamp to title


@lru_cache(maxsize=1)
def _day_report_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    words = _date_words()
    return (frozenset(normalize(str(w)) for w in words["day_report_titles"]),
            frozenset(normalize(str(w)) for w in words["day_report_cues"]),
            frozenset(normalize(str(w)) for w in words["daily_words"]))


def day_report(text: str, dates: list[Any], stamps: list[tuple[int, int]]) -> tuple[dt.date, tuple[int, int]] | None:
    """The day a page that is one day's report covers, named at its head: a report's title word
    (``day_report_titles``: "الموجز", "ملخص", "التطورات") and, a few words after it on its line, a cue of
    the day it covers ("ليوم", "لتاريخ", "لهذا اليوم", "اليوم"; ``day_report_cues``) or the word "daily"
    ("اليومي") followed by a full date ("الموجز السوري ليوم الاحد في 30 - 7 - 2017", "ملخص حلب اليومي 14 - 11 -
    2017", "أبرز التطورات على الساحة السورية لتاريخ 10 - 7 - 2017"); or a "daily" title with no date right
    after the page's printed stamp (``stamps``: "الأربعاء 6 كانون الأول 2017 | 10 : 25 مساء ... بلدي نيوز - (
    التقرير اليومي )"), which then covers the stamp's day. Such a page lists what happened on that day:
    (the day, the span that names it), else None. A site's offer of a "daily newsletter" ("نشرة الموقع
    اليومية لتصلك") names no date and stands apart from the stamp: none. Two different days named: none
    (a run of reports, ``report_heads``, or a listing)."""
    titles, cues, daily = _day_report_words()
    head_norm = normalize(text[:DAY_REPORT_HEAD_CHARS])
    if not any(t in head_norm for t in titles):
        return None     # normalize works per character: a title word is a substring of the normalised head
    names = weekday_words()
    head = [d for d in dates if d.start < DAY_REPORT_HEAD_CHARS + DAY_REPORT_DATE_CHARS]
    found: list[tuple[dt.date, tuple[int, int]]] = []
    spans = list(re.finditer(r"\S+", text[:DAY_REPORT_HEAD_CHARS]))
    words = [(m.start(), m.end(), w) for m, w in zip(spans, normalize_words([m.group(0) for m in spans]), strict=True)]
    for i, (a, _b, w) in enumerate(words):
        if w not in titles:
            continue
        for j in range(i + 1, min(len(words), i + 1 + DAY_REPORT_TITLE_WORDS)):
            ca, cb, cw = words[j]
            if "\n" in text[a:ca]:
                break
            two = f"{cw} {words[j + 1][2]}" if j + 1 < len(words) else cw
            if cw not in cues and two not in cues and cw not in daily:
                continue
            end = words[j + 1][1] if two in cues and cw not in cues else cb
            # the date right after the cue, perhaps after a weekday and "في" ("ليوم الاحد في 30 - 7 - 2017")
            k = j + 1 + (two in cues and cw not in cues)
            named: set[int] = set()
            while k < len(words) and (words[k][2] in names or words[k][2] == "في"):
                named |= {i for i, ns in _weekday_names().items() if words[k][2] in ns}
                end = words[k][1]
                k += 1
            d = next((d for d in head if end <= d.start <= end + DAY_REPORT_DATE_CHARS
                      and not text[end:d.start].strip(" -:,،()") and _full_day(d) is not None), None)
            if d is not None and named and _full_day(d).weekday() not in named:    # type: ignore[union-attr]
                d = None    # "ليوم الثلاثاء 30 - 10 - 2017", a Monday: the heading contradicts itself
            if d is not None:
                found.append((_full_day(d), (a, d.end)))     # type: ignore[arg-type]
            elif cw in daily and stamps:
                stamp = min(stamps, key=lambda s: abs(s[1] - a))
                on = next((x for x in dates if x.start < stamp[1] and x.end > stamp[0] and _full_day(x) is not None), None)
                if on is not None and 0 <= a - stamp[1] <= DAY_REPORT_STAMP_CHARS:
                    found.append((_full_day(on), (on.start, on.end)))   # type: ignore[arg-type]
            break
    days = {day for day, _span in found}
    return found[0] if len(days) == 1 else None
