"""Arabic date expressions: absolute, numeric, Hijri, relative, weekday, ranges, "since"; and the
publication date of a page.

``find_dates(text, ref)`` finds every date expression and resolves it to an ISO range. Relative
expressions ("أمس", "الخميس", "الشهر الماضي", "أيار/مايو الماضي", a month with no year ...) are
resolved against ``ref`` (the publication date); with ``ref=None`` they stay unresolved
(``date_start=None``, precision "unknown") -- never a guess. Impossible dates ("31 فبراير",
"2018/13/45", Hijri "1600/20/40") give a DateExpr with ``date_start=None`` and a ``warning``.

Matching runs on the normalised text (rasd.text.normalize: hamza forms, ة/ه, ى/ي, Arabic-Indic
digits, diacritics folded) with precompiled regexes (one ``finditer`` per pattern: linear), and
spans are mapped back to the original text.

``infer_published(body, meta_date)`` infers the page's publication date from a printed date line,
embedded tweet dates + an "اليوم (السبت)" weekday cue, "أمس/اليوم" next to a printed date, or the
HTML metadata -- see its docstring. ``relative_anchor(body)`` exposes the page's relative day cues
("أمس الإثنين" -> weekday monday, offset -1) so a later corpus stage can pin the publication date
from a related dated document (``publication_from_anchor``).

Lexicons: rasd/data/lexicons/{months,weekdays,date_words,number_words}.yaml.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import ahocorasick
import numpy as np

from rasd.data import read_shared, word_list
from rasd.records import UNKNOWN, Published
from rasd.text.normalize import (
    OffsetArray,
    norm_offset,
    normalize,
    normalize_with_offset_array,
    to_original_span,
)
from rasd.text.numbers import normalize_with_offsets, parse_number, phrase_alternation
from rasd.text.tokens import PRONOUN_SUFFIXES

LEXICON_DIR = Path(__file__).resolve().parent.parent / "data" / "lexicons"
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH_MAX = (0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)   # 29 Feb is possible in some year
MIN_YEAR, MAX_YEAR = 1800, 2200
HALF_MONTH_DAYS = 15     # "النصف الأول من" a month: its first 15 days; "النصف الثاني": the rest
HIJRI_MIN, HIJRI_MAX = 1300, 1700          # plausible Hijri years; hijridate converts 1343-1500


@dataclass(slots=True)
class DateExpr:
    start: int
    end: int
    surface: str
    date_start: str | None    # ISO YYYY-MM-DD (or None when unresolvable)
    date_end: str | None
    precision: str            # day | week | month | year | unknown
    kind: str                 # absolute | relative | range | hijri | weekday | since | tweet
    hijri: str | None = None
    warning: str | None = None


@dataclass(slots=True)
class RelativeCue:
    """A relative day cue of a page, kept for a later stage that knows a related dated document.

    ``offset_days``: the day the cue names relative to the publication date (0 = اليوم, -1 = أمس,
    -2 = أول أمس); None for a bare weekday. ``weekday``: the named weekday ("monday"), if any.
    ``past_weekday``: "الأحد الفائت" -- the weekday lies 1..7 days before publication.
    ``publishing``: the sentence reports a statement/post published at that time ("بيان نشره أمس").
    """

    start: int
    end: int
    surface: str
    offset_days: int | None
    weekday: str | None
    past_weekday: bool = False
    publishing: bool = False


# --------------------------------------------------------------------------- lexicons / regexes

def _load(name: str) -> dict[str, Any]:
    return read_shared(LEXICON_DIR / name)


def _n(s: Any) -> str:
    return " ".join(normalize(str(s)).split())


def _alt(phrases: list[str] | set[str]) -> str:
    return phrase_alternation(phrases)


def _first(*parts: Any) -> str:
    """Regex character-class body of the possible first characters of the given phrases."""
    chars: set[str] = set()
    ranges = ""
    for p in parts:
        if isinstance(p, str):
            if p == "0-9":
                ranges += p
            else:
                chars |= set(p)
        else:
            chars |= {_n(x)[0] for x in p if _n(x)} | {str(x)[0].lower() for x in p if str(x)}
    return ranges + "".join(re.escape(c) for c in sorted(chars))


def _key(s: str) -> str:
    return " ".join(s.split())


def _num_sep_class() -> str:
    """Regex character class of the numeric date separators (date_words.yaml)."""
    return "[" + "".join(re.escape(str(c)) for c in _load("date_words.yaml")["numeric_separators"]) + "]"


_NUM_SEP = _num_sep_class()      # "/", ".", "-", "\\"


# word start, after optional proclitics. The leading check (the previous character is no word
# character other than a proclitic letter) is implied by the alternatives; it fails most
# positions inside words with one lookbehind instead of three.
LB = r"(?:(?<![^\Wوفبلك])(?:(?<!\w)|(?<=(?<!\w)[وفبلك])|(?<=(?<!\w)[وف][بل])))"
RB = r"(?!\w)"


@dataclass(slots=True)
class _Lex:
    gmonth: dict[str, int]
    hmonth: dict[str, int]
    emonth: dict[str, int]
    ambiguous: frozenset[str]
    weekday: dict[str, int]
    not_weekday_before: frozenset[str]
    reldays: dict[str, int]
    not_today_after: frozenset[str]
    not_today_before: frozenset[str]
    past: frozenset[str]
    current: frozenset[str]
    nxt: frozenset[str]
    periods: dict[str, str]
    unit_of: dict[str, tuple[str, str]]     # word -> (unit, singular|dual|plural)
    month_part: dict[str, str]
    ordinals: dict[str, int]
    printed_cues: list[str]
    publishing: frozenset[str]
    ordinal_words: frozenset[str] = frozenset()
    week_nouns: frozenset[str] = frozenset()
    half_nouns: frozenset[str] = frozenset()
    # the words w with w or _strip_clitic(w) in ``publishing``: one set test per word
    publishing_forms: frozenset[str] = frozenset()
    not_monday_after: frozenset[str] = frozenset()       # "الاثنين معا": the two
    not_monday_before: frozenset[str] = frozenset()      # "كلا الاثنين"
    before_last: frozenset[tuple[str, str]] = frozenset()     # "الخميس قبل الماضي": a week earlier
    not_yesterday_after: frozenset[str] = frozenset()    # "الأمس واليوم": then and now
    not_yesterday_before: frozenset[str] = frozenset()   # "حلفاء الأمس": yesterday's allies
    # "الأمس و" right before "اليوم": then and now (date_words.yaml not_today_after_phrases)
    then_and_now: re.Pattern[str] | None = None
    past_hours: frozenset[str] = frozenset()             # "خلال الساعات ال - 24 الماضية": the days before up to the reference day
    past_nights: frozenset[str] = frozenset()            # "الليلة الماضية": the day before and the day
    # first words of a named time after a count-less unit ("منذ عام 2011", "منذ يوم الجمعة"): _named_after_unit
    named_time_words: frozenset[str] = frozenset()
    ago_other_anchor: frozenset[str] = frozenset()       # "قبل يوم من الهجوم": counted from another happening
    ago_anchor_happenings: frozenset[str] = frozenset()  # nouns of happenings a lapse can count from
    vague_days_back: int = 0        # "قبل أيام" / "منذ أيام": the stretch of days before the reference (0: no date)
    ago_more_than: frozenset[str] = frozenset()     # "قبل أكثر من أسبوع": the count is a lower bound
    ago_less_than: frozenset[str] = frozenset()     # "قبل أقل من أسبوع": the count is an upper bound
    patterns: dict[str, re.Pattern[str]] = field(default_factory=dict)
    printed_cue_re: re.Pattern[str] | None = None
    cores: dict[str, re.Pattern[str]] = field(default_factory=dict)
    # first words of the word-list cores -> names of the cores whose alternation starts with it
    core_words: Any = None
    core_forms: dict[str, tuple[str, ...]] = field(default_factory=dict)   # proclitics + first word -> whole cores
    core_form_keys: Any = None      # their _run_keys' low bits (& _KEY_MASK), as a table
    bare_words: tuple[tuple[str, tuple[str, ...]], ...] = ()   # first words of the cores matched inside words
    ago_forms: dict[str, int] = field(default_factory=dict)      # proclitics + an "ago" word -> the word's length
    word_cores: frozenset[str] = frozenset()      # cores found through core_words (the others: regex scan)
    core_clitics: frozenset[str] = frozenset()    # cores that allow proclitic letters before the word
    year_words: tuple[str, ...] | None = None     # the "year" keywords (None: some has several words)
    # patterns whose match starts at their core word or at most N words before it (_near_starts)
    prefix_words: dict[str, int] = field(default_factory=dict)


def _ordinal_days(numbers: dict[str, Any]) -> dict[str, int]:
    units = {int(k): [_n(x) for x in v] for k, v in numbers["ordinal_units"].items()}
    tens = {int(k): [_n(x) for x in v] for k, v in numbers["ordinal_tens"].items()}
    out: dict[str, int] = {}
    for d in range(1, 11):
        for w in units[d]:
            if d == 1 and w != "الاول":
                continue          # "الحادي" / "الواحد" alone are not day 1
            out[w] = d
    for d in range(1, 10):     # 11..19: "الحادي عشر", "الثامن عشر"
        for w in units[d]:
            if d == 1 and w == "الاول":
                continue
            out[f"{w} عشر"] = 10 + d
    for t in (20, 30):
        for tw in tens[t]:
            out[tw] = t
            for d in range(1, 10):   # "السادس والعشرين"
                if t + d > 31:
                    break
                for w in units[d]:
                    if d == 1 and w == "الاول":
                        continue
                    out[f"{w} و{tw}"] = t + d
                    out[f"{w} و {tw}"] = t + d
    return out


def _past_hours(words: dict[str, Any]) -> dict[str, int]:
    """The "last N hours" phrases of date_words.yaml ``past_hours`` (normalised) -> the days they reach back."""
    ph = words.get("past_hours") or {}
    out = {_n(k): int(v) for k, v in (ph.get("bare") or {}).items()}
    for form in ph.get("forms", []):
        for n, days in (ph.get("counts") or {}).items():
            for tail in ph.get("tails", []):
                out[_n(str(form).format(n=n, tail=tail))] = int(days)
    return out


def gregorian_months() -> dict[str, int]:
    """Normalised Gregorian month names (months.yaml, all calendars' spellings) -> month number,
    without the ambiguous ones ("ايار" stays, a bare ambiguous word does not)."""
    lex = _lex()
    return {name: num for name, num in lex.gmonth.items() if name not in lex.ambiguous}


# the last word of each "ago" keyword (normalised)
AGO_CORE_WORDS = word_list("function_words.yaml", "ago_core_words")
# "month" with its proclitics, a word that may open an absolute date (normalised)
MONTH_WORD_FORMS = frozenset(word_list("function_words.yaml", "month_word_forms"))


@lru_cache(maxsize=1)
def _lex() -> _Lex:
    months = _load("months.yaml")
    wdays = _load("weekdays.yaml")
    words = _load("date_words.yaml")
    numbers = _load("number_words.yaml")
    gmonth = {_n(x): int(m) for m, names in months["gregorian"].items() for x in names}
    hmonth = {_n(x): int(m) for m, names in months["hijri"].items() for x in names}
    emonth = {str(x).lower(): int(m) for m, names in months["english"].items() for x in names}
    weekday = {_n(x): int(v["index"]) for v in wdays["weekdays"].values() for x in v["names"]}
    unit_of: dict[str, tuple[str, str]] = {}
    for unit, forms in words["units"].items():
        for form, names in forms.items():
            for x in names:
                unit_of[_n(x)] = (unit, form)
    month_part = {_n(x): part for part, names in words["month_parts"].items() for x in names}
    lex = _Lex(
        gmonth=gmonth, hmonth=hmonth, emonth=emonth,
        ambiguous=frozenset(_n(x) for x in months.get("ambiguous", [])),
        weekday=weekday,
        not_weekday_before=frozenset(_n(x) for x in wdays.get("not_weekday_before", [])),
        # a past night names the day before the reference day (and runs into it: _resolve_relday)
        reldays={_n(k): int(v) for k, v in words["relative_days"].items()}
        | {_n(x): -1 for x in words.get("past_nights", [])}
        | {_n(x): -2 for x in words.get("nights_before_last", [])}
        | {_n(x): 0 for x in words.get("moments_ago", [])}
        | {p: -k for p, k in _past_hours(words).items()},
        not_today_after=frozenset(_n(x) for x in words["not_today_after"]),
        not_today_before=frozenset(_n(x) for x in words.get("not_today_before", [])),
        not_monday_after=frozenset(_n(x) for x in wdays.get("not_monday_after", [])),
        not_monday_before=frozenset(_n(x) for x in wdays.get("not_monday_before", [])),
        before_last=frozenset(tuple(_n(x).split()[:2]) for x in wdays.get("before_last", []) if len(x.split()) == 2),
        not_yesterday_after=frozenset(_n(x) for x in words.get("not_yesterday_after", [])),
        not_yesterday_before=frozenset(_n(x) for x in words.get("not_yesterday_before", [])),
        past=frozenset(_n(x) for x in words["past"]),
        current=frozenset(_n(x) for x in words["current"]),
        nxt=frozenset(_n(x) for x in words["next"]),
        periods={_n(k): v for k, v in words["periods"].items()},
        unit_of=unit_of,
        month_part=month_part,
        ordinals=_ordinal_days(numbers),
        printed_cues=[_n(x) for x in words["printed_cues"]],
        publishing=frozenset(_n(x) for x in words["publishing_verbs"]),
    )
    lex.ordinal_words = frozenset(k.split()[0] for k in lex.ordinals)
    lex.past_nights = frozenset(_n(x) for x in [*words.get("past_nights", []), *words.get("nights_before_last", [])])
    lex.past_hours = frozenset(_past_hours(words))
    lex.named_time_words = frozenset(x.split()[0] for x in (*gmonth, *hmonth, *weekday))
    lex.ago_other_anchor = frozenset(_n(x) for x in words.get("ago_other_anchor", []))
    lex.ago_anchor_happenings = frozenset(_n(x) for x in words.get("ago_anchor_happenings", []))
    lex.vague_days_back = int(words.get("vague_days_back", 0))
    lex.ago_more_than = frozenset(_n(x) for x in words.get("ago_more_than", []))
    lex.ago_less_than = frozenset(_n(x) for x in words.get("ago_less_than", []))
    then_now = [r"\s*".join(map(re.escape, _n(x).split())) for x in words.get("not_today_after_phrases", [])]
    lex.then_and_now = re.compile(rf"(?:{'|'.join(then_now)})\s*$") if then_now else None
    lex.week_nouns = frozenset(_n(x) for x in words.get("week_nouns", []))
    lex.half_nouns = frozenset(_n(x) for x in words.get("half_nouns", []))
    # _strip_clitic(w) != w only for w = prefix + rest: those forms of the verbs, kept when
    # _strip_clitic (which strips the first matching prefix) gives a verb back
    lex.publishing_forms = lex.publishing | frozenset(
        p + v for v in lex.publishing for p in _CLITIC_PREFIXES if _strip_clitic(p + v) in lex.publishing)
    GM, HM, EM = _alt(set(gmonth)), _alt(set(hmonth)), _alt(set(emonth))
    WD = _alt(set(weekday))
    ORD = _alt(set(lex.ordinals))
    REL = _alt(lex.past | lex.current | lex.nxt)
    PART = _alt(set(month_part))
    DAYPART = _alt({_n(x) for x in words["day_parts"]})
    RELDAY = _alt(set(lex.reldays))
    APPROX = _alt({_n(x) for x in words["approx"]})
    FEW = _alt({_n(x) for x in words.get("vague_counts", [])})
    UNITS = _alt(set(unit_of))
    PERIOD = _alt(set(lex.periods))
    THIS = _alt({_n(x) for x in words["this"]})
    MONTH_WORD = _alt({w for w, unit in lex.periods.items() if unit == "month"})
    YKW = _alt({_n(x) for x in words["year_keywords"]})
    # one-word keywords: a "year" match starts at one ending right before its year (_year_starts;
    # a keyword is then the end of a word run)
    year_words = {_n(x) for x in words["year_keywords"]}
    lex.year_words = tuple(sorted(year_words)) if all(re.fullmatch(r"\w+", w) for w in year_words) else None
    # the words before the core: a day part (relday, wd), "هذا" (period), "من عام" (yrange)
    daypart_words = {_n(x) for x in words["day_parts"]}
    lex.prefix_words = {"relday": max(len(w.split()) for w in daypart_words), "wd": max(len(w.split()) for w in daypart_words),
                        "period": max(len(_n(x).split()) for x in words["this"]), "yrange": 2}
    num_words = {_n(x) for k in ("units", "tens") for v in numbers[k].values() for x in v}
    num_words |= {_n(x) for v in numbers["teen_heads"].values() for x in v}
    NUMW = _alt(num_words)
    TEEN = _alt({_n(x) for x in numbers["teen_ten"]})
    YEAR = r"(?P<y>\d{4})(?!\d)(?:\s*م(?!\w))?"
    # What the first token of a match can be, as one lookahead right after LB: most word starts
    # fail this single trie walk, instead of the pattern's several optional groups in turn (a
    # necessary condition: the matches stay the same).
    daypart = {_n(x) for x in words["day_parts"]}
    abs_first = set(weekday) | set(month_part) | set(lex.ordinals) | MONTH_WORD_FORMS | set(gmonth)
    ABS_START = rf"(?=\d|{_alt(abs_first)})"
    HIJRI_START = rf"(?=\d|{_alt(set(lex.ordinals) | set(hmonth) | {'شهر'})})"
    RELDAY_START = rf"(?={_alt(daypart | set(lex.reldays))})"
    WD_START = rf"(?=\(|{_alt(daypart | set(weekday))})"
    p: dict[str, str] = {
        "abs": (
            LB + ABS_START + rf"(?:(?P<wd>{WD}){RB}\s*,?\s*)?"
            rf"(?:(?P<part>{PART}){RB}\s+)?"
            # "12 / أبريل / 2017", "26 - حزيران - 2009": a site's stamp with the month name between
            # separators (dsep); then the same separator and the year must follow
            rf"(?:(?:(?P<d0>\d{{1,2}})\s*(?:-|و?\s*حتي|الي|و)\s*)?(?:(?P<dn>\d{{1,2}})|(?P<do>{ORD}){RB})"
            rf"(?:\s*(?P<dsep>[/\-])(?=\s*(?:{GM}){RB}\s*(?P=dsep)\s*\d{{4}}(?!\d)))?\s*(?:من\s+)?)?"
            rf"(?P<shahr>[وبل]?شهر\s+)?"
            # "15 نسيان / أبريل 2017": after a day number, the first name of a paired month form
            # may be misspelt; the known second name dates it (a known first name takes the
            # ordinary path, so "مايو / أبريل" still shows the disagreement)
            rf"(?(dn)(?:(?!(?:{GM}){RB})(?P<mu>[^\W\d_]{{3,8}})\s*/\s*(?=(?:{GM}){RB}))?)"
            rf"(?P<m1>{GM}){RB}"
            rf"(?(dsep)|(?:\s*(?P<psep>[/\\\-])\s*(?P<m2>{GM}){RB}|\s*\(\s*(?P<m3>{GM})\s*\))?)"
            # "04 ديسمبر . 2017 - 9 : 32": after a day and month, a site's dot before the year
            rf"(?:\s*(?(dsep)(?P=dsep)|(?(dn)[,.]|,)?)\s*(?:من\s+)?(?:(?:عام|سنه|العام|لعام)\s+)?{YEAR})?"
            rf"(?:\s+(?P<rel>{REL}){RB}"
            # "أكتوبر من العام الماضي": the year told by its marker; "شباط من العام الجاري 2016": and
            # by its number after the marker, which wins (an undated page's only word of its year)
            rf"|\s*,?\s*(?:من\s+)?(?:(?:ال)?(?:عام|سنه)\s+(?P<yrel>{REL})|(?P<ythis>هذا\s+العام|هذه\s+السنه)){RB}"
            rf"(?:\s*,?\s*(?P<yx>\d{{4}})(?!\d)(?:\s*م(?!\w))?)?)?"
        ),
        # "2018/04/23", and pre-tokenised text's spaced form "2017 / 12 / 8", "28 . 12 . 2017" (one
        # space at most around each separator, the same separator twice); never after another
        # separator + digits ("1 - 12 / 3 / 2017" is no date), never a bare "2017 / 12"
        "num": (
            # (but after a Hijri date's year and a dash, its Gregorian twin: "16 محرم 1437 - 31 / 10 / 2015")
            rf"(?:(?:(?<=1[34]\d\d - )|(?<=1[34]\d\d ه - ))(?=\d{{1,2}}[ \t]?(?P<gsep>{_NUM_SEP})[ \t]?\d{{1,2}}[ \t]?(?P=gsep)[ \t]?(?:19|20)\d\d)"
            rf"|(?<![\d{_NUM_SEP[1:-1]}])(?<!\d[ \t]{_NUM_SEP}[ \t])(?<!\d{_NUM_SEP}[ \t])(?<!\d[ \t]{_NUM_SEP}))"
            rf"(?P<a>\d{{1,4}})[ \t]?(?P<sep>{_NUM_SEP})[ \t]?(?P<b>\d{{1,2}})[ \t]?(?P=sep)[ \t]?(?P<c>\d{{1,4}})"
            r"(?!\d|[ \t]?(?P=sep)[ \t]?\d)"      # "14 / 11 / 2017 - 15 : 18": a clock time may follow
            r"(?:\s*(?P<hmark>ه|هجري|هجريه)(?!\w))?"
        ),
        "hijri": (
            # "16 / محرم / 1437": the month name between separators, as "12 / أبريل / 2017" above
            LB + HIJRI_START + rf"(?:(?:(?P<dn>\d{{1,2}})(?:\s*(?P<dsep>[/\-])(?=\s*(?:{HM}){RB}\s*(?P=dsep)\s*\d{{4}}(?!\d)))?"
            rf"|(?P<do>{ORD}){RB})\s*(?:من\s+)?)?(?:شهر\s+)?(?P<hm>{HM}){RB}"
            rf"\s*(?(dsep)(?P=dsep)|,?)\s*(?:(?:عام|سنه|لعام)\s+)?(?P<y>\d{{4}})(?!\d)(?:\s*(?:ه|هجري|هجريه|هجريا|للهجره)(?!\w))?"
        ),
        "eng": (
            # "Oct 11, 2017", "October 11 , 2017" (pre-tokenised), "11 October 2017"; the English
            # order with an Arabic month name after a label's colon ("نشر في : نوفمبر 14 , 2017", a
            # WordPress byline), with the comma before the year, so "في نوفمبر 14 قتيلا" is no date
            # and neither is a crawl-time header bar ("الأحد , يناير 21 , 2018")
            rf"(?<![a-z])(?:(?P<em>{EM})\.?\s+(?P<ed>\d{{1,2}})(?:\s*,\s*|\s+)(?P<ey>\d{{4}})"
            rf"|(?P<ed2>\d{{1,2}})\s+(?P<em2>{EM})\.?(?:\s*,\s*|\s+)(?P<ey2>\d{{4}})"
            rf"|(?:(?<=: )|(?<=:))(?P<am>{GM})\s+(?P<ad>\d{{1,2}})\s*,\s*(?P<ay>\d{{4}})"
            # a forum's post stamp in the same order after its weekday ("الأربعاء أكتوبر 07 , 2015 11 :
            # 17 pm", phpBB), which must agree (_resolve_eng): "في أكتوبر 7 , 2015" stays no date
            rf"|{LB}(?P<fwd>{WD})\s+(?P<fm>{GM})\s+(?P<fd>\d{{1,2}})\s*,\s*(?P<fy>\d{{4}}))(?!\d)"
        ),
        "relday": (
            LB + RELDAY_START + rf"(?:(?P<part>{DAYPART})\s+)?(?P<rw>{RELDAY}){RB}"
            rf"(?:\s*[,(]?\s*(?P<wd>{WD}){RB}(?:\s*\))?)?"
        ),
        "ago": (
            LB + rf"(?P<kw>{'|'.join(_AGO_KEYWORDS)})\s+(?:(?P<apx>{APPROX})\s*)?"
            rf"(?:(?P<n>\d+|(?:{NUMW})(?:\s+(?:{TEEN}))?(?:\s+و\s*(?:{NUMW}))?){RB}\s*|(?P<few>{FEW}){RB}\s*)?"
            rf"(?P<unit>{UNITS}){RB}"
        ),
        "period": (
            # a part of the month before it ("مطلع الشهر الماضي", "أواخر الشهر") narrows the month; a
            # bare "الشهر" counts as a date only after such a part ("أعلنت مطلع الشهر السيطرة")
            LB + rf"(?:(?P<part>{PART})\s+)?(?:(?P<this>{THIS})\s+(?P<per1>{PERIOD})|(?P<per>{PERIOD})\s+(?P<rel>{REL})"
            rf"|(?(part)(?P<per2>{MONTH_WORD})|(?!))){RB}"
        ),
        "wd": (
            LB + WD_START + rf"(?:(?P<part>{DAYPART})\s+)?(?P<lp>\(\s*)?(?P<wd>{WD}){RB}(?(lp)\s*\))"
            rf"(?:\s+(?P<rel>{REL}){RB})?"
        ),
        "yrange": (
            LB + r"(?:(?:من|بين)\s+(?:عام\s+|العام\s+)?(?P<y1>(?:18|19|20)\d{2})\s*(?:-|و?\s*حتي|الي|و)\s*"
            r"(?:عام\s+)?(?P<y2>(?:18|19|20)\d{2})(?!\d)"
            r"|(?<![\d/.\-])(?P<y3>(?:19|20)\d{2})\s*-\s*(?P<y4>(?:19|20)\d{2})(?![\d/.\-]))"
        ),
        "year": (
            LB + rf"(?P<yk>{YKW})\s+(?:ال\s*)?(?P<y>(?:18|19|20)\d{{2}})(?![\d/.\-]|\s*[/\-]\s*\d)(?:\s*م(?!\w))?"
        ),
    }
    # cheap first-character guards: most positions fail here before the lookbehinds run
    cl, dg = "وفبلك", "0-9"
    first = {
        "abs": _first(cl, "ش", dg, weekday, month_part, lex.ordinals, gmonth),
        "num": dg,
        "hijri": _first(cl, "ش", dg, lex.ordinals, hmonth),
        "eng": _first(dg, emonth, gmonth, weekday),
        "relday": _first(cl, words["day_parts"], lex.reldays),
        "ago": _first(cl, "قمعط"),
        "period": _first(cl, words["this"], lex.periods, month_part),
        "wd": _first(cl, "(", words["day_parts"], weekday),
        "yrange": _first(cl, "مب", dg),
        "year": _first(cl, words["year_keywords"]),
    }
    lex.patterns = {k: re.compile(rf"(?=[{first[k]}])" + v) for k, v in p.items()}
    # Each pattern needs one core token (a month name, a weekday, digits ...); it only runs in
    # windows around its core tokens, so long texts are not scanned position by position.
    def core(words: Any, alt: str) -> re.Pattern[str]:
        # whole words, after at most two proclitic letters (وبمارس), so "اب" inside "ارهاب" is no anchor
        return re.compile(rf"(?<!\w)[وفبلك]{{0,2}}(?:{alt})(?!\w)")

    ago_words = AGO_CORE_WORDS
    assert all(last in ago_words for _kw, last, _lead in _AGO_TAILS)     # (_ago_starts finds them so)
    lex.cores = {
        "abs": core(gmonth, GM), "hijri": core(hmonth, HM), "eng": core({**emonth, **gmonth}, f"{EM}|{GM}"),
        "relday": core(lex.reldays, RELDAY), "ago": re.compile("|".join(ago_words)), "period": core(lex.periods, PERIOD),
        "wd": core(weekday, WD),
        "num": re.compile(_NUM_CORE), "yrange": re.compile(_YEAR_CORE), "year": re.compile(_YEAR_CORE),
    }
    # Scanning a long text with each word-list core regex costs ~0.2 ms per core (the regex is
    # tried at every position). One Aho-Corasick pass finds every place where a core's first
    # word occurs; the core regex then only runs there (see _core_spans).
    word_lists: dict[str, Any] = {"abs": gmonth, "hijri": hmonth, "eng": {**emonth, **gmonth}, "relday": lex.reldays,
                                  "period": lex.periods, "wd": weekday, "ago": ago_words}
    by_first: dict[str, set[str]] = {}
    for name, phrases in word_lists.items():
        for ph in phrases:
            words = str(ph).split()
            if words:
                by_first.setdefault(words[0], set()).add(name)
    lex.word_cores = frozenset(word_lists)
    lex.core_clitics = lex.word_cores - {"ago"}
    # The same pass finds where an "abs" match can start with a word (see _abs_starts): the
    # first words of its optional leading parts (weekday, month part, ordinal day, "شهر") and
    # of its month names, as whole words after at most two proclitic letters.
    for ph in abs_first:
        by_first.setdefault(ph.split()[0], set()).add(_ABS_WORD)
    auto = ahocorasick.Automaton()
    for w, names in by_first.items():
        # (length, whole-word cores (with proclitics), bare cores) of the cores starting with w
        auto.add_word(w, (len(w), tuple(sorted(names & (lex.core_clitics | {_ABS_WORD}))),
                          tuple(sorted(names - lex.core_clitics - {_ABS_WORD}))))
    auto.make_automaton()
    lex.core_words = auto
    # The same words for a long text (see _core_spans): a whole-word core's first word, after
    # 0-2 proclitic letters, is a whole word run of the text; the runs are looked up by a key
    # (_run_keys) in one numpy pass, then by their text.
    forms: dict[str, set[str]] = {}
    clitic_forms = ["", *_CLITIC_LETTERS_ORDERED, *(a + b for a in _CLITIC_LETTERS_ORDERED for b in _CLITIC_LETTERS_ORDERED)]
    for w, names in by_first.items():
        whole = names & (lex.core_clitics | {_ABS_WORD})
        for c in clitic_forms if whole else ():
            forms.setdefault(c + w, set()).update(whole)
    # An "ago" match starts its keyword as a whole word after at most two proclitic letters (LB),
    # whitespace after it: on a long text its words are found among the word runs too, not
    # inside other words ("مستقبل") -- fewer windows, the same matches (see _core_spans)
    lex.ago_forms = {c + w: len(w) for w in ago_words for c in clitic_forms}
    for f in lex.ago_forms:
        forms.setdefault(f, set()).add(_AGO_WORD)
    lex.core_forms = {f: tuple(sorted(names)) for f, names in forms.items()}
    # (every form's key in one call: the forms laid end to end, each a run of its own)
    form_list = list(lex.core_forms)
    form_ends = np.cumsum([len(f) for f in form_list])
    form_codes = np.frombuffer("".join(form_list).encode("utf-32-le"), dtype=np.uint32)
    lex.core_form_keys = np.zeros(int(_KEY_MASK) + 1, dtype=bool)
    lex.core_form_keys[_run_keys(form_codes, form_ends - [len(f) for f in form_list], form_ends) & _KEY_MASK] = True
    bare = {w: names - lex.core_clitics - {_ABS_WORD, "ago"} for w, names in by_first.items()}
    lex.bare_words = tuple(sorted((w, tuple(sorted(names))) for w, names in bare.items() if names))
    lex.printed_cue_re = re.compile(rf"(?<!\w)(?:{_alt(set(lex.printed_cues))})(?!\w)")
    return lex


def past_words() -> frozenset[str]:
    """The words that make a named time past ("الماضي", "الفائتة", "المنصرم" ...: date_words.yaml ``past``),
    normalised."""
    return _lex().past


@lru_cache(maxsize=1)
def moments_ago() -> frozenset[str]:
    """"منذ قليل", "قبل لحظات" (date_words.yaml ``moments_ago``), normalised: the reference day itself, no
    span "منذ" opens."""
    return frozenset(_n(x) for x in _load("date_words.yaml").get("moments_ago", []))


def names_its_day(surface: str) -> bool:
    """A day-precise date's own words name its day: a weekday ("أمس الاثنين"), a month ("4 سبتمبر", year-less and
    so "relative") or a digit, unlike a bare "اليوم", "أمس", "منذ قليل"."""
    lex = _lex()
    return any(c.isdigit() for c in surface) or any(
        w in lex.weekday or w in lex.gmonth or w in lex.hmonth for w in _n(surface).split())


def current_words() -> frozenset[str]:
    """The words that make a named time the present one ("الجاري", "الحالي" and "هذا", "هذه": date_words.yaml
    ``current`` and ``this``), normalised."""
    return _current_words()


def period_nouns() -> frozenset[str]:
    """The nouns of a calendar period ("الشهر", "العام", "السنة", "الأسبوع": date_words.yaml ``periods``),
    normalised; named with no past word or year ("مطلع الشهر", "نهاية العام") they are the present one."""
    return frozenset(_lex().periods)


@lru_cache(maxsize=1)
def _current_words() -> frozenset[str]:
    words = _load("date_words.yaml")
    return frozenset(_n(x) for x in [*words["current"], *words.get("this", [])])


_TWEET_SIG = re.compile(r"-\s*[^\n]{0,120}\(\s*@\w{1,30}\s*\)\s*$")
_QUOTED_NAME = re.compile(r"[\"']\s*\w+(?:\s+\w+)?\s+اليوم\s*[\"']")
_INTRO_WORDS = frozenset(word_list("function_words.yaml", "date_intro_words"))
_WORD_BEFORE = re.compile(r"(\w+)\W*$")
_WORD_AFTER = re.compile(r"\W*(\w+)")
_RANGE_BETWEEN = re.compile(r"\s*,?\s*(?:و?\s*(?:حتي|الي|لغايه)|-|و)\s*(?:تاريخ\s+|يوم\s+)?")
_RANGE_BEFORE = re.compile(r"(?<!\w)[وف]?(?P<w>من|بين|منذ)\s*(?:تاريخ\s+|يوم\s+)?$")


# --------------------------------------------------------------------------- date helpers

def _iso(d: dt.date) -> str:
    return d.isoformat()


def _month_range(y: int, m: int) -> tuple[dt.date, dt.date]:
    return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


def _valid(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _hijri_to_greg(y: int, m: int, d: int) -> tuple[dt.date | None, str | None]:
    from hijridate import Hijri

    try:
        g = Hijri(y, m, d).to_gregorian()
    except (ValueError, OverflowError) as e:
        return None, f"invalid or out-of-range Hijri date {y:04d}-{m:02d}-{d:02d}: {e}"
    return dt.date(g.year, g.month, g.day), None


def _hijri_month_len(y: int, m: int) -> int | None:
    from hijridate import Hijri

    try:
        return Hijri(y, m, 1).month_length()
    except (ValueError, OverflowError):
        return None


# the warning of a day and month read without a year (its year is the reference date's):
# page_dates tells year-less dates by it
YEAR_FROM_REFERENCE = "year taken from the reference date"
# "قبل يوم من الهجوم", "قبل عام 2011": a lapse or bound not counted from the reference date (_named_after_unit)
OTHER_ANCHOR = "not counted from the reference date"
# the warning of a day and month read without a year that took the year of a full date written
# before it in the same sentence ("9 تموز 2016 ... وفي 25 آب") or chronicle: still year-less for page_dates
YEAR_FROM_SENTENCE = "year taken from a full date before it (its sentence or chronicle)"
# the warning of a month or day told "من العام نفسه" that took the year of the date written before it
# (rasd.extract.page_dates.anaphoric_years)
YEAR_FROM_ANTECEDENT = "year taken from the year told before it (من العام نفسه)"


def _year_for_month(m: int, rel: str | None, ref: dt.date | None, lex: _Lex, day: int | None = None) -> tuple[int | None, str | None]:
    """Year of a month named without a year, from its marker (الماضي/الجاري/المقبل) and ``ref``."""
    if ref is None:
        return None, None
    if rel in lex.past:
        return (ref.year if m < ref.month else ref.year - 1), None
    if rel in lex.current:
        # the month the text was written in: one after the reference's month is last year's ("21
        # ديسمبر الجاري" in an issue of 3 January), never a month ahead of the page
        return (ref.year if m <= ref.month else ref.year - 1), None
    if rel in lex.nxt:
        return (ref.year if m > ref.month else ref.year + 1), None
    # no marker: the reference year, unless that puts the date more than ~6 months after ref
    y = ref.year
    probe = _valid(y, m, min(day or 1, calendar.monthrange(y, m)[1])) or dt.date(y, m, 1)
    if (probe - ref).days > 183:
        y -= 1
    return y, YEAR_FROM_REFERENCE


# --------------------------------------------------------------------------- atoms

@dataclass(slots=True)
class _Atom:
    ns: int
    ne: int
    ptype: str
    g: dict[str, str | None]
    start: dt.date | None = None
    end: dt.date | None = None
    precision: str = UNKNOWN
    kind: str = "absolute"
    hijri: str | None = None
    warning: str | None = None
    month: int | None = None      # for year propagation in ranges
    month2: int | None = None     # "مايو - يونيو"
    has_year: bool = False
    weekday: int | None = None
    offset: int | None = None


def _word_before(norm: str, pos: int) -> str:
    m = _WORD_BEFORE.search(norm, max(0, pos - 30), pos)
    return m.group(1) if m else ""


def _word_after(norm: str, pos: int) -> str:
    m = _WORD_AFTER.match(norm, pos, min(len(norm), pos + 30))
    return m.group(1) if m else ""


def _two_words_after(norm: str, pos: int) -> tuple[str, str]:
    m = _WORD_AFTER.match(norm, pos, min(len(norm), pos + 30))
    if not m:
        return "", ""
    return m.group(1), _word_after(norm, m.end())


_CLITIC_PREFIXES = word_list("function_words.yaml", "date_clitic_prefixes")


@lru_cache(maxsize=65_536)   # called for every word around each relative cue; words repeat
def _strip_clitic(w: str) -> str:
    for p in _CLITIC_PREFIXES:
        if w.startswith(p) and len(w) - len(p) >= 2:
            return w[len(p):]
    return w


def _resolve_abs(a: _Atom, norm: str, ref: dt.date | None, lex: _Lex) -> bool:
    g = a.g
    m1 = lex.gmonth[_key(g["m1"] or "")]
    other = g.get("m2") or g.get("m3")
    m2 = lex.gmonth.get(_key(other)) if other else None
    day = int(g["dn"]) if g.get("dn") else (lex.ordinals.get(_key(g["do"] or "")) if g.get("do") else None)
    d0 = int(g["d0"]) if g.get("d0") else None
    week = half = None
    if day is not None and not g.get("dn"):
        noun = _strip_clitic(_word_before(norm, a.ns))
        if noun in lex.week_nouns:
            week, day = day, None   # "الأسبوع الثالث من أكتوبر": the month's third week, not its 3rd
        elif noun in lex.half_nouns and day in (1, 2):
            half, day = day, None   # "النصف الثاني من شهر تموز": the month's second half, not its 2nd
    if g.get("mu") and not _near_month(_key(g["mu"]), lex):
        day = d0 = None      # "3 اشخاص / أبريل 2017": not a misspelt month, the day is not its day
    told = g.get("y") or g.get("yx")
    year = int(told) if told else None
    rel = g.get("rel")
    if year is None and (g.get("yrel") or g.get("ythis")) and ref is not None:
        yrel = _key(g.get("yrel") or "")
        year = ref.year - 1 if yrel in lex.past else ref.year + 1 if yrel in lex.nxt else ref.year
    name = _key(g["m1"] or "")
    strong = bool(day or year or m2 or g.get("shahr"))
    if name in lex.ambiguous and not (strong or rel):
        return False
    if not strong and not rel and not g.get("part"):
        before = _word_before(norm, a.ns)
        if before not in _INTRO_WORDS and _strip_clitic(before) not in _INTRO_WORDS:
            return False     # a bare "مارس" is too often the verb "practised"
    a.month = m1
    warn: list[str] = []
    if m2 is not None and m2 != m1:
        if g.get("psep") == "-" and not day:
            a.month2 = m2          # "مايو - يونيو": a span of months
        else:
            # "12 تشرين الثاني / اكتوبر": the page contradicts itself; do not pick one
            a.warning = f"paired month names disagree ({m1} vs {m2})"
            return True
    for dd in (d0, day):
        if dd is not None and not 1 <= dd <= _MONTH_MAX[m1]:
            a.warning = f"impossible date: day {dd} of month {m1}"
            a.kind = "absolute"
            return True
    if year is not None and not MIN_YEAR <= year <= MAX_YEAR:
        a.warning = f"year {year} out of range"
        return True
    a.has_year = year is not None
    a.kind = "absolute" if year is not None else "relative"
    if d0 is not None:
        a.kind = "range"
    elif (g.get("yrel") or g.get("ythis")) and not told:
        a.kind = "relative"     # its year counts from the reference date
    if year is None:
        year, note = _year_for_month(m1, rel, ref, lex, day)
        if note:
            warn.append(note)
    if g.get("wd"):
        a.weekday = lex.weekday[_key(g["wd"] or "")]
    a.warning = "; ".join(warn) or None
    if year is None:
        return True
    _fill_abs(a, year, m1, day, d0, g.get("part"), lex)
    if week is not None and a.start is not None and a.end is not None:
        first = a.start + dt.timedelta(days=7 * (week - 1))
        if first > a.end:
            a.start = a.end = None
            a.precision = UNKNOWN
        else:
            a.start, a.end, a.precision = first, min(first + dt.timedelta(days=6), a.end), "week"
    if half is not None and a.start is not None and a.end is not None:
        mid = a.start + dt.timedelta(days=HALF_MONTH_DAYS)
        a.start, a.end = (a.start, mid - dt.timedelta(days=1)) if half == 1 else (mid, a.end)
        a.precision = "month"
    if a.month2 is not None and a.start is not None:
        y2 = year if a.month2 > m1 else year + 1
        a.end = _month_range(y2, a.month2)[1]
        a.kind = "range"
    return True


def _near_month(w: str, lex: _Lex) -> bool:
    """``w`` is one typo (a letter changed, added, dropped, or two adjacent ones swapped) from a
    Gregorian month name of 4+ letters: "نسيان" for "نيسان"."""
    for name in lex.gmonth:
        if len(name) < 4 or " " in name or abs(len(name) - len(w)) > 1:
            continue
        if len(name) == len(w):
            diff = [i for i in range(len(w)) if w[i] != name[i]]
            if len(diff) <= 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and w[diff[0]] == name[diff[1]] and w[diff[1]] == name[diff[0]]):
                return True
        else:
            short, long_ = (w, name) if len(w) < len(name) else (name, w)
            if any(long_[:i] + long_[i + 1:] == short for i in range(len(long_))):
                return True
    return False


def _fill_abs(a: _Atom, year: int, m: int, day: int | None, d0: int | None, part: str | None, lex: _Lex) -> None:
    if day is not None:
        d = _valid(year, m, day)
        s = _valid(year, m, d0) if d0 is not None else d
        if s is not None and d is not None and s > d:
            # "06 : 10 - 05 ديسمبر": the first number is a clock's minutes, not the start of a day range;
            # a range never runs backwards, so only the day next to the month is a date
            s = d
            a.kind = "absolute" if a.has_year else "relative"
            a.warning = _join(a.warning, f"day {d0} after day {day} is no range start")
        if d is None or s is None:
            a.warning = f"impossible date: {year:04d}-{m:02d}-{day:02d}"
            a.start = a.end = None
            a.precision = UNKNOWN
            return
        a.start, a.end, a.precision = s, d, "day"
        if a.weekday is not None and d.weekday() != a.weekday:
            a.warning = _join(a.warning, f"weekday {WEEKDAY_NAMES[a.weekday]} disagrees with {d.isoformat()}")
        return
    a.start, a.end = _month_part(*_month_range(year, m), part, lex)
    a.precision = "month"


def _month_part(s: dt.date, e: dt.date, part: str | None, lex: _Lex) -> tuple[dt.date, dt.date]:
    """The days of month [s, e] that a part word names: "مطلع" the first ten, "منتصف" the next ten,
    "أواخر" the rest; the whole month without one."""
    which = lex.month_part.get(_key(part)) if part else None
    if which == "early":
        return s, s + dt.timedelta(days=9)
    if which == "mid":
        return s + dt.timedelta(days=10), s + dt.timedelta(days=19)
    if which == "late":
        return s + dt.timedelta(days=20), e
    return s, e


def _join(a: str | None, b: str) -> str:
    return f"{a}; {b}" if a else b


def _resolve_num(a: _Atom) -> bool:
    g = a.g
    sa, sb, sc = g["a"] or "", g["b"] or "", g["c"] or ""
    if len(sa) == 4:
        y, m, d = int(sa), int(sb), int(sc)
    elif len(sc) == 4:
        d, m, y = int(sa), int(sb), int(sc)
    else:
        return False                      # no four-digit year: a score, a ratio, not a date
    if (sa if len(sa) == 4 else sc).startswith("0"):
        return False                      # "0933-12-1234": a phone number, not a year
    if g.get("hmark") or HIJRI_MIN <= y <= HIJRI_MAX:
        a.kind = "hijri"
        printed = f"{y:04d}-{m:02d}-{d:02d}"
        if not (1 <= m <= 12 and 1 <= d <= 30):
            a.warning = f"impossible Hijri date {printed}"
            return True
        gd, warn = _hijri_to_greg(y, m, d)
        if gd is None:
            a.warning = warn
            return True
        a.hijri = printed
        a.start = a.end = gd
        a.precision = "day"
        a.has_year, a.month = True, gd.month
        return True
    if not MIN_YEAR <= y <= MAX_YEAR:
        a.warning = f"year {y} out of range"
        return True
    if len(sa) == 4 and m > 12 and 1 <= d <= 12:
        # year/day/month ("2017 / 30 / 12", forum post stamps): with the middle number past 12
        # it can only be the day, so the one valid reading is no guess. A day-first or
        # year-first date with both readings valid keeps its usual order.
        m, d = d, m
    gd = _valid(y, m, d)
    if gd is None:
        a.warning = f"impossible date {sa}{g['sep']}{sb}{g['sep']}{sc}"
        return True
    a.start = a.end = gd
    a.precision = "day"
    a.has_year, a.month = True, m
    return True


def _resolve_hijri(a: _Atom, lex: _Lex) -> bool:
    g = a.g
    m = lex.hmonth[_key(g["hm"] or "")]
    y = int(g["y"] or 0)
    day = int(g["dn"]) if g.get("dn") else (lex.ordinals.get(_key(g["do"] or "")) if g.get("do") else None)
    a.kind = "hijri"
    if not HIJRI_MIN <= y <= HIJRI_MAX:
        return False if day is None else _bad(a, f"Hijri year {y} out of range")
    if day is not None:
        gd, warn = _hijri_to_greg(y, m, day)
        if gd is None:
            a.warning = warn
            return True
        a.hijri = f"{y:04d}-{m:02d}-{day:02d}"
        a.start = a.end = gd
        a.precision = "day"
    else:
        n = _hijri_month_len(y, m)
        s, warn = _hijri_to_greg(y, m, 1)
        if s is None or n is None:
            a.warning = warn
            return True
        a.hijri = f"{y:04d}-{m:02d}"
        e, _ = _hijri_to_greg(y, m, n)
        a.start, a.end, a.precision = s, e, "month"
    a.has_year = True
    return True


def _bad(a: _Atom, warning: str) -> bool:
    a.warning = warning
    return True


def _post_stamp_order(a: _Atom, lex: _Lex, gd: dt.date | None) -> bool:
    """A month-first date after its weekday ("الأربعاء أكتوبر 07 , 2015"): a post stamp when the
    weekday agrees. Not without the weekday: a bare "نوفمبر 13 , 2015 9 : 16 م" under a title is a
    page's own stamp, and an analysis page dated by it takes wrong days for its background
    (jfl.ngo); a weekday with a comma before the month ("الأحد , يناير 21 , 2018") is a crawl-time
    header bar, which the pattern never matches. A web page's stamp: not before 1990 (a site bar's
    "الاحد يناير 21 , 1912", its year misprinted)."""
    wd = lex.weekday.get(_key(a.g.get("fwd") or ""))
    if wd is None or gd is None or gd.weekday() != wd or gd < _PUB_MIN:
        return False
    a.weekday = wd
    return True


def _resolve_eng(a: _Atom, lex: _Lex) -> bool:
    g = a.g
    mname = (g.get("em") or g.get("em2") or g.get("am") or g.get("fm") or "").lower()
    day = int(g.get("ed") or g.get("ed2") or g.get("ad") or g.get("fd") or 0)
    year = int(g.get("ey") or g.get("ey2") or g.get("ay") or g.get("fy") or 0)
    m = lex.gmonth[mname] if g.get("am") or g.get("fm") else lex.emonth[mname]
    gd = _valid(year, m, day) if MIN_YEAR <= year <= MAX_YEAR else None
    if g.get("fm") and not _post_stamp_order(a, lex, gd):
        return False        # (then the month alone is read, as before)
    if gd is None:
        a.warning = f"impossible date {mname} {day} {year}"
        return True
    a.start = a.end = gd
    a.precision, a.has_year, a.month = "day", True, m
    return True


def _most_recent(ref: dt.date, wd: int, strictly_before: bool = False) -> dt.date:
    back = (ref.weekday() - wd) % 7
    if strictly_before and back == 0:
        back = 7
    return ref - dt.timedelta(days=back)


# "that / the same" after "اليوم": a day told back, not today (normalised)
SAME_WORDS = word_list("function_words.yaml", "same_words")


def _resolve_relday(a: _Atom, norm: str, ref: dt.date | None, lex: _Lex) -> bool:
    g = a.g
    rw = _key(g["rw"] or "")
    off = lex.reldays[rw]
    wd = lex.weekday[_key(g["wd"])] if g.get("wd") else None
    if off == 0 and wd is None:
        nxt = _word_after(norm, a.ne)
        prev = _word_before(norm, a.ns)
        if nxt in lex.not_today_after or nxt in lex.ordinal_words or prev in SAME_WORDS:
            return False
        if prev in lex.not_today_before or _QUOTED_NAME.search(norm, max(0, a.ns - 30), min(len(norm), a.ne + 3)):
            return False    # an outlet's name: "روسيا اليوم", "\"المصري اليوم\""
        if lex.then_and_now is not None and lex.then_and_now.search(norm, max(0, a.ns - 12), a.ns):
            return False    # "حلب بين الأمس واليوم": then and now
    if off == -1 and wd is None and not g.get("part") and rw.startswith("ال"):
        # "حلب بين الأمس واليوم", "حلفاء الأمس لم يعودوا كذلك": the past, figuratively; no day
        nxt2 = _two_words_after(norm, a.ne)
        if (nxt2[0] in lex.not_yesterday_after or "".join(nxt2) in lex.not_yesterday_after
                or _word_before(norm, a.ns) in lex.not_yesterday_before):
            return False
    a.kind, a.offset, a.weekday = "relative", off, wd
    if ref is None:
        return True
    d = ref + dt.timedelta(days=off)
    if wd is not None and d.weekday() != wd:
        # the named weekday is the firmer cue (a quoted "أمس الخميس" is relative to the speaker's day)
        alt = _most_recent(ref, wd, strictly_before=off < 0) if off <= 0 else d
        a.warning = f"weekday {WEEKDAY_NAMES[wd]} disagrees with {d.isoformat()}; used {alt.isoformat()}"
        d = alt
    a.start = a.end = d
    a.precision = "day"
    if rw in lex.past_hours:
        # "خلال الساعات ال - 24 الماضية": the stretch up to the reference day, not one day before it
        a.start, a.end = ref + dt.timedelta(days=off), ref
        return True
    if rw in lex.past_nights and wd is None:
        # "الليلة الماضية": the night before the reference day runs past midnight into it; a page
        # of the morning tells its night as "الماضية" too: the two days, as "قبل ساعات" is (the night
        # before last, "الليلة قبل الماضية": the two days before)
        a.end = d + dt.timedelta(days=1)
    return True


_UNIT_DAYS = {"day": 1, "week": 7}


_OVER = frozenset(word_list("function_words.yaml", "over_words"))


_SINCE_OVER = frozenset(("منذ", *_OVER))     # keywords whose named time (not a count) is itself the date


def _named_after_unit(a: _Atom, norm: str, lex: _Lex) -> str | None:
    """What follows a unit with no count after "قبل" / "منذ" ("منذ عام", "قبل يوم"), when it makes
    the unit a noun naming a time rather than "one unit ago": "named" for a year or day number, a
    month's or a weekday's name ("منذ عام 2011", "منذ شهر آذار", "منذ يوم الجمعة", "طوال شهر نيسان");
    "yesterday" for a relative day ("منذ يوم أمس"); "other" for "من" + another happening after any
    count ("قبل يوم / يومين من الهجوم": counted from the attack, not the page; "قبل عام من الآن" stays
    the page's). Else None."""
    w = _word_after(norm, a.ne)
    if not w:
        return None
    countless = not (a.g.get("n") or a.g.get("apx")) and lex.unit_of[_key(a.g["unit"] or "")][1] == "singular"
    if countless and (w[0].isdigit() or w in lex.named_time_words or _strip_clitic(w) in lex.named_time_words):
        return "named"
    if countless and w in lex.reldays:
        return "yesterday"
    if w in lex.ago_other_anchor:
        nxt = _word_after(norm, norm.find(w, a.ne) + len(w))
        # only a happening noun makes "من" the lapse's anchor: "انسحبت قبل شهرين من جسر الزرقا" is a
        # withdrawal from the bridge two months before the page
        return "other" if _happening_noun(nxt, lex.ago_anchor_happenings) else None
    return None


def _happening_noun(w: str, nouns: frozenset[str]) -> bool:
    """"الهجوم", "سيطرة", "وصوله", "سيطرتها" is one of ``nouns`` once its article or pronoun suffix is off
    (ta marbuta is ه after normalisation, so the whole word is tried before a suffix comes off)."""
    w = w[2:] if w.startswith("ال") and len(w) > 4 else w
    if w in nouns:
        return True
    for suf in PRONOUN_SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            stem = w[:-len(suf)]
            if stem in nouns or stem.endswith("ت") and stem[:-1] + "ه" in nouns:
                return True
    return False


def _resolve_ago(a: _Atom, ref: dt.date | None, lex: _Lex, norm: str = "") -> bool:
    g = a.g
    unit, form = lex.unit_of[_key(g["unit"] or "")]
    after = _named_after_unit(a, norm, lex) if norm else None
    if after is not None:
        kw = _key(g.get("kw") or "")
        if kw in _SINCE_OVER and after in ("named", "yesterday"):
            return False        # "منذ عام 2011", "منذ يوم الجمعة": the named time that follows is the date
        if after != "yesterday":
            # "قبل عام 2011" (before it), "قبل يوم من الهجوم" (a day before the attack): no day of the page's
            a.kind, a.warning = "relative", OTHER_ANCHOR
            return True
    n: float | None
    if g.get("n"):
        v = parse_number(g["n"] or "")
        n = float(v) if v is not None else None
    elif form == "dual":
        n = 2
    elif form == "singular":
        n = 1
    elif unit == "hour":
        n = 24           # "قبل ساعات": within the last day
    else:
        n = None
    a.kind = "relative"
    approx = bool(g.get("apx"))
    if n is None and unit == "day" and form == "plural" and ref is not None and lex.vague_days_back:
        # "اشتباكات وقعت قبل أيام", "نشر فيديو منذ أيام قليلة": no day, but some days before the reference (a
        # week's stretch, not the day of another date in the sentence); "قبل" leaves the reference day out
        kw = _key(g.get("kw") or "")
        before = kw == _key("قبل")
        a.kind, a.warning, a.precision = "range" if kw in _OVER else "relative", "approximate", "week"
        a.start, a.end = ref - dt.timedelta(days=lex.vague_days_back), ref - dt.timedelta(days=1 if before else 0)
        return True
    if n is None or n <= 0 or n > 10000:
        a.warning = "vague duration"
        return True
    if approx:
        a.warning = "approximate"
    if ref is None:
        return True
    k = int(n)
    if _bounded_ago(a, k, unit, ref, lex):
        return True
    if _key(g.get("kw") or "") in _OVER:
        # "على مدار ثلاث سنوات": the whole stretch up to the reference date
        a.kind, a.end = "range", ref
        if unit in ("hour", "day"):
            a.start, a.precision = ref - dt.timedelta(days=max(1, k if unit == "day" else -(-k // 24))), "day"
        elif unit == "week":
            a.start, a.precision = ref - dt.timedelta(days=7 * k), "week"
        elif unit == "month":
            a.start, a.precision = _month_range(*_add_months(ref.year, ref.month, -k))[0], "month"
        else:
            a.start, a.precision = dt.date(max(MIN_YEAR, ref.year - k), 1, 1), "year"
        return True
    if unit == "hour":
        back = -(-k // 24)
        a.start, a.end, a.precision = ref - dt.timedelta(days=back), ref, "day"
    elif unit == "day":
        d = ref - dt.timedelta(days=k)
        a.start, a.end, a.precision = d, d, "day"
        if approx:
            a.start, a.precision = d - dt.timedelta(days=max(1, k // 5)), "week"
            a.end = d + dt.timedelta(days=max(1, k // 5))
    elif unit == "week":
        d = ref - dt.timedelta(days=7 * k)
        a.start, a.end, a.precision = d - dt.timedelta(days=3), min(ref, d + dt.timedelta(days=3)), "week"
    elif unit == "month":
        y, m = _add_months(ref.year, ref.month, -k)
        s, e = _month_range(y, m)
        if approx:
            s = _month_range(*_add_months(y, m, -1))[0]
            e = min(ref, _month_range(*_add_months(y, m, 1))[1])
        a.start, a.end, a.precision = s, e, "month"
    else:  # year
        y = ref.year - k
        if not MIN_YEAR <= y <= MAX_YEAR:
            a.warning = "year out of range"
            return True
        a.start, a.end = dt.date(y - 1 if approx else y, 1, 1), dt.date(y + 1 if approx and y < ref.year else y, 12, 31)
        a.precision = "year"
    return True


def _units_back(ref: dt.date, k: int, unit: str) -> dt.date:
    """The day ``k`` units (day, week, month, year) before ``ref``."""
    if unit in ("day", "week"):
        return ref - dt.timedelta(days=k * (7 if unit == "week" else 1))
    y, m = _add_months(ref.year, ref.month, -k * (12 if unit == "year" else 1))
    return dt.date(y, m, min(ref.day, calendar.monthrange(y, m)[1]))


BOUNDED_PRECISION = {"day": "week", "week": "week", "month": "month", "year": "year"}


def _bounded_ago(a: _Atom, k: int, unit: str, ref: dt.date, lex: _Lex) -> bool:
    """An "ago" count a comparative bounds ("قبل أكثر من أسبوع", "منذ أقل من شهر"): more than k units
    back is on or before the day k units back, and no further than twice that (the count was told as the
    nearer bound); less than k units back is between that day and the reference. Not a span keyword
    ("على مدار أكثر من عام": the duration up to the reference, read as before)."""
    apx = _key(a.g.get("apx") or "")
    if not apx or unit == "hour" or _key(a.g.get("kw") or "") in _OVER:
        return False    # (an hour's count is read as the last day either way)
    if apx in lex.ago_more_than:
        a.start, a.end = _units_back(ref, 2 * k, unit), _units_back(ref, k, unit)
    elif apx in lex.ago_less_than:
        a.start, a.end = _units_back(ref, k, unit), ref
    else:
        return False
    if a.start.year < MIN_YEAR:
        a.warning = "year out of range"
        return True
    a.precision = "day" if a.start == a.end else BOUNDED_PRECISION[unit]
    if a.precision == "week" and (a.end - a.start).days > 7:
        a.precision = "month"
    return True


def _resolve_period(a: _Atom, ref: dt.date | None, lex: _Lex) -> bool:
    g = a.g
    per = lex.periods[_key(g.get("per") or g.get("per1") or g.get("per2") or "")]
    rel = _key(g["rel"]) if g.get("rel") else None
    step = -1 if rel in lex.past else 1 if rel in lex.nxt else 0
    if rel is not None and rel in ("السابق",) and per != "week":
        step = -1
    a.kind = "relative"
    if ref is None:
        return True
    if per == "week":
        if step < 0:
            a.start, a.end = ref - dt.timedelta(days=7), ref - dt.timedelta(days=1)
        elif step > 0:
            a.start, a.end = ref + dt.timedelta(days=1), ref + dt.timedelta(days=7)
        else:
            a.start, a.end = ref - dt.timedelta(days=6), ref
        a.precision = "week"
    elif per == "month":
        a.start, a.end = _month_part(*_month_range(*_add_months(ref.year, ref.month, step)), g.get("part"), lex)
        a.precision = "month"
        if g.get("per2") and a.start > ref:
            # "أواخر الشهر" on a page of the 9th: which month's end (this one's, to come, or the
            # last one's) the text does not say
            a.start = a.end = None
            a.precision = UNKNOWN
            return _bad(a, "part of the month after the reference day")
    else:
        y = ref.year + step
        a.start, a.end, a.precision = dt.date(y, 1, 1), dt.date(y, 12, 31), "year"
    return True


def _resolve_wd(a: _Atom, norm: str, ref: dt.date | None, lex: _Lex) -> bool:
    g = a.g
    wd = lex.weekday[_key(g["wd"] or "")]
    if wd == 4 and not g.get("part") and not g.get("lp"):
        if _strip_clitic(_word_before(norm, a.ns)) in lex.not_weekday_before:
            return False     # "صلاة الجمعة": the prayer
    if wd == 0 and not g.get("part") and not g.get("lp") and (
            _word_after(norm, a.ne) in lex.not_monday_after or _word_before(norm, a.ns) in lex.not_monday_before):
        return False     # "أو الاثنين معا", "كلا الاثنين": the two, not Monday
    rel = _key(g["rel"]) if g.get("rel") else None
    # "مساء الخميس قبل الماضي": the Thursday a week before the last one
    earlier = rel is None and _two_words_after(norm, a.ne) in lex.before_last
    a.kind, a.weekday = "weekday", wd
    if ref is None:
        return True
    if rel in lex.nxt:
        ahead = (wd - ref.weekday()) % 7 or 7
        d = ref + dt.timedelta(days=ahead)
    elif earlier:
        d = _most_recent(ref, wd, strictly_before=True) - dt.timedelta(days=7)
    else:
        d = _most_recent(ref, wd, strictly_before=rel in lex.past)
    a.start = a.end = d
    a.precision = "day"
    return True


def _resolve_year(a: _Atom, ref: dt.date | None, lex: _Lex) -> bool:
    g = a.g
    if a.ptype == "yrange":
        y1 = int(g.get("y1") or g.get("y3") or 0)
        y2 = int(g.get("y2") or g.get("y4") or 0)
        if not y1 < y2:
            return False
        a.start, a.end, a.precision, a.kind = dt.date(y1, 1, 1), dt.date(y2, 12, 31), "year", "range"
        a.has_year = True
        return True
    y = int(g["y"] or 0)
    yk = _key(g["yk"] or "")
    a.start, a.end, a.precision, a.kind = dt.date(y, 1, 1), dt.date(y, 12, 31), "year", "absolute"
    a.has_year = True
    if yk == "منذ":
        a.kind = "since"
        a.end = ref if ref is not None and ref >= a.start else None
    return True


# --------------------------------------------------------------------------- find_dates

_ORDER = ("num", "hijri", "abs", "eng", "yrange", "year", "relday", "ago", "period", "wd")


_WINDOW = 120   # longer than any date expression the patterns can match
_AGO_KEYWORDS = word_list("function_words.yaml", "ago_keywords")   # "ago" matches start with one
# (each keyword, its last word -- one of the "ago" core's words --, the characters before that word)
_AGO_TAILS = tuple((kw, kw.rsplit(" ", 1)[-1], len(kw) - len(kw.rsplit(" ", 1)[-1])) for kw in _AGO_KEYWORDS)

# The digit cores. On a long text their spans, and the whitespace the windows widen to, come from
# one pass of per-character tables (numpy) instead of regex scans and character loops.
_NUM_CORE = rf"\d[ \t]?{_NUM_SEP}[ \t]?\d"
_YEAR_CORE = r"\d{4}"
_NUM_GAP = re.compile(rf"[ \t]?{_NUM_SEP}[ \t]?")    # _NUM_CORE between its two digits
_TABLES_MIN = 1000      # shorter texts: numpy's fixed cost is more than the scans


@lru_cache(maxsize=1)
def _bmp_tables() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per code point of the Basic Multilingual Plane: what \\d matches (str.isdecimal), what
    \\s matches (str.isspace), what \\W matches (neither str.isalnum nor "_")."""
    chars = [chr(c) for c in range(0x10000)]
    return (np.array([c.isdecimal() for c in chars]), np.array([c.isspace() for c in chars]),
            np.array([not (c.isalnum() or c == "_") for c in chars]))


@dataclass(slots=True)
class _CharTables:
    runs: list[tuple[int, int]]    # maximal runs of decimal digits, as [start, end)
    spaces: np.ndarray             # positions of whitespace characters (sorted; numpy: a long text
                                   # has hundreds, looked up for a few window ends at once)
    codes: np.ndarray              # the text's code points (all in the BMP)


def _char_tables(norm: str) -> _CharTables | None:
    """Digit runs and whitespace positions of a long text; None for a short one, or one with
    characters beyond the BMP (the callers then scan as before)."""
    if len(norm) < _TABLES_MIN:
        return None
    codes = np.frombuffer(norm.encode("utf-32-le"), dtype=np.uint32)
    if int(codes.max()) > 0xFFFF:
        return None
    is_digit, is_space, _nonword = _bmp_tables()
    digit = np.zeros(len(codes) + 2, dtype=bool)      # padded: runs start and end inside
    digit[1:-1] = is_digit.take(codes)     # (take: ~2x faster than indexing with uint32 codes)
    edges = np.flatnonzero(digit[1:] != digit[:-1]).tolist()    # run starts and ends, alternating
    return _CharTables(list(zip(edges[0::2], edges[1::2], strict=True)), np.flatnonzero(is_space.take(codes)), codes)


# (odd 64-bit multipliers: any fixed values give equal keys for equal texts; these spread them)
_KEY_MULT = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0x27D4EB2F165667C5,
                      0x85EBCA77C2B2AE63], dtype=np.uint64)
_KEY_MASK = np.uint64((1 << 18) - 1)     # the low bits of a key index a 256 KB table of the known ones


def _run_keys(codes: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """A 64-bit key of each run [start, end) of ``codes``, from its length and its first three
    and last two code points: equal texts have equal keys (a filter: texts are compared after)."""
    last = ends - 1
    key = (ends - starts).astype(np.uint64)
    for k, i in enumerate((starts, np.minimum(starts + 1, last), np.minimum(starts + 2, last), np.maximum(last - 1, starts),
                           last)):
        key = key * _KEY_MULT[k] + codes[i]      # (uint64 arithmetic wraps)
    return key


def _digit_core_spans(norm: str, runs: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """``finditer`` spans of _NUM_CORE and of _YEAR_CORE, from the digit runs.

    _YEAR_CORE: each run of 4+ digits gives its consecutive 4-digit blocks. _NUM_CORE: its first
    digit is followed by a separator, so it is the last digit of a run, and its last one is the
    first digit of the next run, with only the separator between; a match never starts inside
    the previous one (a one-digit run between two separators is used once).
    """
    num: list[tuple[int, int]] = []
    year: list[tuple[int, int]] = []
    last = -1
    for r, (s, e) in enumerate(runs):
        if e - s >= 4:
            year.extend((p, p + 4) for p in range(s, e - 3, 4))
        if r + 1 < len(runs):
            s2 = runs[r + 1][0]
            if s2 - e <= 3 and e - 1 >= last and _NUM_GAP.fullmatch(norm, e, s2):
                num.append((e - 1, s2 + 1))
                last = s2 + 1
    return num, year


def _merged_windows(norm: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merged ranges of _WINDOW characters around core tokens (not yet widened)."""
    out: list[tuple[int, int]] = []
    n = len(norm)
    for s, e in spans:
        ws = max(0, s - _WINDOW)
        we = min(n, e + _WINDOW)
        if out and ws <= out[-1][1]:
            out[-1] = (out[-1][0], we)
        else:
            out.append((ws, we))
    return out


def _windows(norm: str, spans: list[tuple[int, int]], spaces: np.ndarray | None = None) -> list[tuple[int, int]]:
    """Merged ranges around core tokens, widened to whitespace so lookarounds see whole words
    (``spaces``: the text's whitespace positions, when at hand)."""
    out = _merged_windows(norm, spans)
    if spaces is not None:
        return _widened_many(norm, [out], spaces)[0]
    n = len(norm)
    widened = []
    for ws, we in out:
        while ws > 0 and not norm[ws - 1].isspace():
            ws -= 1
        while we < n and not norm[we].isspace():
            we += 1
        widened.append((ws, we))
    return widened


def _widened_many(norm: str, groups: list[list[tuple[int, int]]], spaces: np.ndarray) -> list[list[tuple[int, int]]]:
    """Each group of merged windows widened: back to just after the last whitespace before its
    start, on to the first whitespace at or after its end (one sorted lookup for all groups)."""
    flat = [w for g in groups for w in g]
    if not flat:
        return [[] for _g in groups]
    # (bounds[i] is the whitespace before spaces[i], -1 before the first; len(norm) after the last)
    bounds = np.concatenate(([-1], spaces, [len(norm)]))
    edges = np.array(flat).ravel()
    at = np.searchsorted(spaces, edges)                # bisect_left for every start and end
    at[1::2] += 1
    wide = bounds.take(at)
    wide[0::2] += 1
    pairs = iter(zip(*[iter(wide.tolist())] * 2, strict=True))
    return [[next(pairs) for _w in g] for g in groups]


_CLITIC_LETTERS_ORDERED = "وفبلك"     # the proclitic letters a core word may carry
_CLITIC_LETTERS = frozenset(_CLITIC_LETTERS_ORDERED)


_ABS_WORD = "abs:word"     # (not a core: candidate starts of "abs" matches at words, from _core_spans)
_AGO_WORD = "ago:word"     # (the "ago" words as whole words after proclitics, in core_forms)


def _core_spans(norm: str, lex: _Lex, tables: _CharTables | None = None,
                cands_out: dict[str, list[int]] | None = None) -> dict[str, list[tuple[int, int]]]:
    """For every core, the spans ``core.finditer(norm)`` would give.

    Word-list cores: a match must start at an occurrence of one of the core's first words, or up
    to two proclitic letters before it; ``core.match`` is tried at those candidate positions only,
    left to right, skipping positions inside the previous match -- the same non-overlapping
    leftmost matches as ``finditer``. Digit cores: from ``tables`` when given (see
    _digit_core_spans), else their regexes.

    ``cands_out``: filled with the candidate starts found (by core name; _ABS_WORD: the word
    starts of "abs" matches, see _abs_starts; "ago": every occurrence of its words, on a long
    text (``tables``) only those that are a whole word after at most two proclitic letters: the
    only ones an "ago" match can start with, so also its only core spans there).
    """
    cands: dict[str, list[int]] = cands_out if cands_out is not None else {}
    cands.update({name: [] for name in lex.word_cores})
    cands[_ABS_WORD] = []
    if tables is not None and lex.core_forms:
        # A whole-word core match starts at a maximal word run (\\w+: (?<!\\w) before it,
        # (?!\\w) or the phrase's space after its first word) that spells proclitics + first
        # word: the runs come from the code points, their keys are looked up at once, and only
        # the few runs whose key is known are compared by text.
        codes = tables.codes
        word = np.zeros(len(codes) + 2, dtype=bool)
        word[1:-1] = ~_bmp_tables()[2].take(codes)
        edges = np.flatnonzero(word[1:] != word[:-1])
        starts, ends = edges[0::2], edges[1::2]
        # (a table of the keys' low bits: one gather; the few other runs it lets through differ
        # in their text)
        hit = np.flatnonzero(lex.core_form_keys.take(_run_keys(codes, starts, ends) & _KEY_MASK))
        abs_words, ago = cands[_ABS_WORD], cands["ago"]
        for r, e in zip(starts[hit].tolist(), ends[hit].tolist(), strict=True):
            for name in lex.core_forms.get(norm[r:e], ()):
                if name == _ABS_WORD:
                    abs_words.extend((r, r + 1, r + 2))     # the part may follow the proclitics (LB)
                elif name == _AGO_WORD:
                    ago.append(e - lex.ago_forms[norm[r:e]])
                else:
                    cands[name].append(r)
        for w, names in lex.bare_words:      # cores matched inside words: every occurrence
            i = norm.find(w)
            while i >= 0:
                for name in names:
                    cands[name].append(i)
                i = norm.find(w, i + 1)
        return _scan_cores(norm, lex, tables, cands)
    n_norm = len(norm)
    for end, (n, whole, bare) in lex.core_words.iter(norm):
        q = end - n + 1
        for name in bare:
            cands[name].append(q)
        if not whole:
            continue
        # Most hits are inside longer words ("اب" in "ارهاب"): a whole-word core's first word is
        # followed by a non-word character (the phrase ends, or a space inside it follows) and
        # preceded by a non-word character or a proclitic letter. (c.isalnum() or c == "_") is
        # what \w matches.
        c = norm[end + 1] if end + 1 < n_norm else " "
        if c.isalnum() or c == "_":
            continue
        if q > 0 and norm[q - 1] in _CLITIC_LETTERS:
            starts: tuple[int, ...] = (q, q - 1, q - 2) if q > 1 and norm[q - 2] in _CLITIC_LETTERS else (q, q - 1)
        elif q > 0 and (norm[q - 1].isalnum() or norm[q - 1] == "_"):
            continue
        else:
            starts = (q,)
        for name in whole:
            cands[name].extend(starts)
    return _scan_cores(norm, lex, tables, cands)


def _scan_cores(norm: str, lex: _Lex, tables: _CharTables | None,
                cands: dict[str, list[int]]) -> dict[str, list[tuple[int, int]]]:
    """The core spans from the word-list cores' candidate starts, and the digit cores."""
    out: dict[str, list[tuple[int, int]]] = {}
    scanned: dict[str, list[tuple[int, int]]] = {}      # by regex source: "year" and "yrange" share one
    if tables is not None:
        scanned[_NUM_CORE], scanned[_YEAR_CORE] = _digit_core_spans(norm, tables.runs)
    for name, core in lex.cores.items():
        if name not in lex.word_cores:
            if core.pattern not in scanned:
                scanned[core.pattern] = [m.span() for m in core.finditer(norm)]
            out[name] = scanned[core.pattern]
            continue
        spans: list[tuple[int, int]] = []
        last = -1
        for p in sorted(set(cands[name])):
            if p < last:
                continue
            m = core.match(norm, p)
            if m:
                spans.append(m.span())
                last = m.end()
        out[name] = spans
    return out


def _match_starts(name: str, norm: str, core_spans: dict[str, list[tuple[int, int]]], lex: _Lex,
                  rev: str | None = None) -> list[int] | None:
    """For "year" and the patterns of ``lex.prefix_words``: every position where a match can
    start, sorted (a few per core span, where a window has hundreds of positions); None for the
    other patterns ("abs" and "ago": _abs_starts, _ago_starts). ``rev``: ``norm[::-1]``, when at
    hand."""
    if name == "year" and lex.year_words is not None:
        return _year_starts(norm, core_spans[name], lex.year_words, rev)
    if name in lex.prefix_words:
        return _near_starts(norm, core_spans[name], lex.prefix_words[name], paren=name == "wd", rev=rev)
    return None


def _ago_starts(norm: str, occurrences: list[int]) -> list[int]:
    """_match_starts of "ago" (every occurrence of one of its keywords) from ``occurrences``:
    every occurrence of the "ago" core's words (_core_spans), each keyword's last word among
    them ("قبل"; "مدار" of "علي مدار")."""
    out = set()
    for q in occurrences:
        for kw, last, lead in _AGO_TAILS:
            if norm.startswith(last, q) and q >= lead and norm.startswith(kw, q - lead):
                out.add(q - lead)
    return sorted(out)


_REV_PATTERNS = frozenset(("year", "yrange", "relday", "wd", "period"))
_DIGIT_RUN = re.compile(r"(?<!\d)\d")


def _abs_starts(norm: str, words: list[int], tables: _CharTables | None) -> list[int]:
    """Where an "abs" match can start: at a digit that starts a run of digits (its day; LB
    leaves no digit before it), or at a whole word that begins one of its parts (``words``,
    from _core_spans; each part is a whole word: RB or whitespace follows it)."""
    digits = [s for s, _e in tables.runs] if tables is not None else [m.start() for m in _DIGIT_RUN.finditer(norm)]
    return sorted(set(words).union(digits))


_SPACE = re.compile(r"\s")


@lru_cache(maxsize=16)
def _back_re(n_words: int, paren: bool) -> re.Pattern[str]:
    """Read on the reversed text from a core's start: the whitespace before it, an opening
    bracket (``paren``), then up to ``n_words`` words (maximal \\w runs) separated by whitespace."""
    words = ""
    for _ in range(n_words - 1):
        words = r"(?:\s+(\w+)" + words + ")?"
    words = r"(?:(\w+)" + words + ")?" if n_words else ""
    return re.compile(r"\s*" + (r"(?:(\()\s*)?" if paren else "") + words)


def _near_starts(norm: str, spans: list[tuple[int, int]], n_words: int, paren: bool = False,
                 rev: str | None = None) -> list[int]:
    """Where a match of a pattern can start whose core token (a core span) is preceded by at most
    ``n_words`` words, each followed by whitespace (a day part before "أمس", "هذا" before "العام",
    "من عام" before a year range), and for ``paren`` an opening bracket ("( الخميس )").

    The core token is a whole word after whitespace or the match start (LB), so it begins at one
    of the core spans' words (a multi-word core holds several); LB lets the match start after
    up to two proclitic letters of its first word: each word run start and the two positions
    after it are candidates (a superset: the pattern's match decides). The words before a core
    are read with one regex match on the reversed text.
    """
    if rev is None:
        rev = norm[::-1]
    n = len(norm)
    back = _back_re(n_words, paren)
    out: set[int] = set()
    for s, e in spans:
        out.update((s, s + 1, s + 2))
        if e - s > 1 and _SPACE.search(norm, s + 1, e):      # a core of several words
            for i in range(s + 1, e):
                if norm[i - 1].isspace() and not norm[i].isspace():
                    out.update((i, i + 1, i + 2))
        m = back.match(rev, n - s)
        if paren and m.start(1) >= 0:
            out.add(n - 1 - m.start(1))
        for g in range(1 + paren, 1 + paren + n_words):
            if m.start(g) < 0:
                break
            k = n - m.end(g)          # the word run's start in the text
            out.update((k, k + 1, k + 2))
    return sorted(out)


# (on the reversed text, from a year's start) whitespace, a word; then, when that word is "ال",
# whitespace and the word before it
_YEAR_BACK = re.compile(r"(\s*)(\w*)(?:(\s+)(\w*))?")


@lru_cache(maxsize=4)
def _reversed_by_length(keywords: tuple[str, ...]) -> tuple[tuple[int, frozenset[str]], ...]:
    lengths = sorted({len(w) for w in keywords})
    return tuple((n, frozenset(w[::-1] for w in keywords if len(w) == n)) for n in lengths)


def _year_starts(norm: str, spans: list[tuple[int, int]], keywords: tuple[str, ...], rev: str | None = None) -> list[int]:
    """Where a "year" match (keyword, whitespace, optional "ال" + whitespace, year) can start.

    Its year is a whole 4-digit number (a non-digit on each side), so one of ``spans``; the
    keyword (one word) ends right before the whitespace before the year, or before the
    whitespace before an "ال" that stands alone in front of it: it is the end of the word run
    there. Read with one regex match on the reversed text; a keyword is a prefix of the
    reversed run.
    """
    if rev is None:
        rev = norm[::-1]
    n = len(norm)
    by_len = _reversed_by_length(keywords)
    out: set[int] = set()
    for s, _e in spans:
        m = _YEAR_BACK.match(rev, n - s)
        ws, run = m.group(1), m.group(2)
        j = s - len(ws)
        runs = [(j, run)] if ws else []             # keyword, whitespace, year
        if run == "لا" and m.group(3) is not None:  # keyword, whitespace, "ال", whitespace?, year
            runs.append((j - 2 - len(m.group(3)), m.group(4)))
        for end, rr in runs:
            for k, words in by_len:
                if k > len(rr):
                    break
                if rr[:k] in words:
                    out.add(end - k)
    return sorted(out)


def _finditer_at(pat: re.Pattern[str], norm: str, ws: int, we: int, starts: list[int]) -> Iterator[re.Match[str]]:
    """``pat.finditer(norm, ws, we)`` for a pattern whose (never empty) matches can only start
    at ``starts``: ``pat.match`` there, left to right, skipping starts inside the previous match."""
    last = ws
    for p in starts[bisect_left(starts, ws):bisect_left(starts, we)]:
        if p < last:
            continue
        m = pat.match(norm, p, we)
        if m:
            yield m
            last = m.end()


def _collect(norm: str, lex: _Lex) -> list[_Atom]:
    # fresh atoms each call: resolution mutates them, the raw matches are cached per text (their
    # group dicts are shared: nothing writes to an atom's ``g``)
    return [_Atom(ns, ne, name, g) for ns, ne, name, g in _raw_matches(norm)]


def _raw_matches(norm: str) -> tuple[tuple[int, int, str, dict[str, Any]], ...]:
    """The candidate matches of every pattern in ``norm``, cached: infer_published (at cleaning),
    relative_anchor and find_dates (the events stage, once the batch of pages is cleaned) scan
    the same body. Page bodies have a cache of their own, so the many short texts (lines,
    segments) scanned in between do not push them out."""
    return (_raw_matches_long if len(norm) >= _TABLES_MIN else _raw_matches_short)(norm)


def _raw_matches_clear() -> None:
    _raw_matches_long.cache_clear()
    _raw_matches_short.cache_clear()


_raw_matches.cache_clear = _raw_matches_clear   # type: ignore[attr-defined]


# After an Arabic month name, every "eng" form (": أيار 12, 2018", "الخميس أيار 12, 2018") has
# whitespace, the day, a comma and the year
_ENG_ARABIC_TAIL = re.compile(r"\s+\d{1,2}\s*,\s*\d{4}")


def _eng_cores(norm: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The "eng" core spans a match can hold: its core words are the Latin month names and the
    Arabic ones ("abs" shares the latter), and an Arabic month is part of an "eng" match only
    when _ENG_ARABIC_TAIL follows it. Most pages name Arabic months in other forms: their
    windows, scanned by the long "eng" regex at every position, are dropped (same matches)."""
    return [(s, e) for s, e in spans if norm[e - 1].isascii() or _ENG_ARABIC_TAIL.match(norm, e)]


# What a "yrange" match has between its two years ("2011 - 2015", "من 2011 وحتى عام 2015")
_YRANGE_GAP = re.compile(r"\s*(?:-|و?\s*حتي|الي|و)\s*(?:عام\s+)?")


def _yrange_cores(norm: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The year spans a "yrange" match can hold. Its two years are whole 4-digit numbers, so two
    consecutive spans (no digit between them), with only _YRANGE_GAP between: every other
    span, and its window, is dropped (most texts name years, few name a range)."""
    keep: list[tuple[int, int]] = []
    for a, b in zip(spans, spans[1:], strict=False):
        if _YRANGE_GAP.fullmatch(norm, a[1], b[0]):
            if not keep or keep[-1] != a:
                keep.append(a)
            keep.append(b)
    return keep


def _scan(norm: str) -> tuple[tuple[int, int, str, dict[str, Any]], ...]:
    lex = _lex()
    cands: list[tuple[int, int, str, dict[str, Any]]] = []
    tables = _char_tables(norm)
    core_cands: dict[str, list[int]] = {}
    core_spans = _core_spans(norm, lex, tables, core_cands)
    core_spans["eng"] = _eng_cores(norm, core_spans["eng"])
    core_spans["yrange"] = _yrange_cores(norm, core_spans["yrange"])    # (a new list: "year" shares the old)
    if tables is not None:      # every pattern's windows widened at once
        all_windows = _widened_many(norm, [_merged_windows(norm, core_spans[name]) for name in _ORDER], tables.spaces)
    rev: str | None = None      # the text reversed, made once for the start finders that read backwards
    for k, name in enumerate(_ORDER):
        pat = lex.patterns[name]
        windows = all_windows[k] if tables is not None else _windows(norm, core_spans[name])
        if name == "yrange" and windows:
            # a year range holds two whole 4-digit numbers, each one a core span: a window with
            # fewer than two spans inside has no match (most windows hold one year)
            span_starts = [sp[0] for sp in core_spans[name]]
            span_ends = [sp[1] for sp in core_spans[name]]
            bounds = [(bisect_left(span_starts, ws), bisect_right(span_ends, we)) for ws, we in windows]
            windows = [w for w, (a, b) in zip(windows, bounds, strict=True) if b - a >= 2]
            # a match's years are spans inside its window: only those spans can give its start
            # (reading the words before every year of a long text cost more than the scan)
            spans = {name: [sp for a, b in bounds if b - a >= 2 for sp in core_spans[name][a:b]]}
        else:
            spans = core_spans
        if not windows:
            continue
        if name == "abs":
            starts: list[int] | None = _abs_starts(norm, core_cands[_ABS_WORD], tables)
        elif name == "ago":
            starts = _ago_starts(norm, core_cands["ago"])
        elif name == "num":
            # its first digit has no digit before it (a lookbehind): a digit run's start
            starts = [s for s, _e in tables.runs] if tables is not None else None
        else:
            if rev is None and name in _REV_PATTERNS:
                rev = norm[::-1]
            starts = _match_starts(name, norm, spans, lex, rev)
        if starts is None:
            found = (m for ws, we in windows for m in pat.finditer(norm, ws, we))
        else:
            found = (m for ws, we in windows for m in _finditer_at(pat, norm, ws, we, starts))
        for m in found:
            if m.end() > m.start():
                cands.append((m.start(), m.end(), name, m.groupdict()))
            if name == "abs" and m.group("wd"):
                # "اليوم السبت 31 آذار": the weekday may belong to a preceding day word; keep the
                # date without it as a candidate too
                pos = _SKIP_SEP.match(norm, m.end("wd")).end()
                m2 = pat.match(norm, pos)
                if m2 and m2.end() > m2.start():
                    cands.append((m2.start(), m2.end(), name, m2.groupdict()))
    # leftmost, then longest, then pattern priority
    prio = {n: i for i, n in enumerate(_ORDER)}
    cands.sort(key=lambda a: (a[0], -(a[1] - a[0]), prio[a[2]]))
    return tuple(cands)


# (a batch of pages is cleaned before it is analysed: BATCH_DOCS = 16 bodies must fit)
_raw_matches_long = lru_cache(maxsize=32)(_scan)
_raw_matches_short = lru_cache(maxsize=64)(_scan)


def _resolve(a: _Atom, norm: str, ref: dt.date | None, lex: _Lex) -> bool:
    t = a.ptype
    if t == "abs":
        return _resolve_abs(a, norm, ref, lex)
    if t == "num":
        return _resolve_num(a)
    if t == "hijri":
        return _resolve_hijri(a, lex)
    if t == "eng":
        return _resolve_eng(a, lex)
    if t == "relday":
        return _resolve_relday(a, norm, ref, lex)
    if t == "ago":
        return _resolve_ago(a, ref, lex, norm)
    if t == "period":
        return _resolve_period(a, ref, lex)
    if t == "wd":
        return _resolve_wd(a, norm, ref, lex)
    return _resolve_year(a, ref, lex)


def _atoms(norm: str, ref: dt.date | None, lex: _Lex) -> list[_Atom]:
    chosen: list[_Atom] = []
    last_end = -1
    for a in _collect(norm, lex):
        if a.ns < last_end:
            continue
        if _resolve(a, norm, ref, lex):
            chosen.append(a)
            last_end = a.ne
    return chosen


_SKIP_SEP = re.compile(r"[\s,]*")
_TRAILING_MARKS = frozenset(chr(c) for c in (*range(0x064B, 0x0660), 0x0670, 0x0640))
_DATED = ("abs", "num", "hijri", "eng", "year")


# a site's post stamp: "منذ 2017 - 12 - 18 الساعة 13 : 19 ( بتوقيت بغداد )" ("posted on", with its clock), no
# "since"; the clock word (``word``) is optional here, page_dates._standalone asks for it on the raw text
POST_STAMP_CLOCK = re.compile(r"\s*(?:(?P<word>الساعة|الساعه)\s*)?\d{1,2}\s*:\s*\d{2}")


CALENDAR_SLACK_DAYS = 2     # a Hijri date and its Gregorian twin: local month sightings differ from the tables


def _calendar_twin(a: _Atom, b: _Atom, norm: str) -> _Atom | None:
    """"16 / محرم / 1437 - 31 / 10 / 2015", "الجمعة / 13 / ربيع الأول / 1439 ه - الجمعة 1 ديسمبر 2017": a
    Hijri day, a dash, then a Gregorian day within CALENDAR_SLACK_DAYS of it are one day told in both
    calendars (a dateline's or a stamp's), never a range between them; the Gregorian one is the day the
    writer printed (the Hijri tables run a day or two off the local sighting). None otherwise."""
    if not (a.ptype == "hijri" and b.ptype in ("abs", "num", "eng") and a.precision == "day" and b.precision == "day"
            and a.start is not None and b.start is not None and a.start == a.end and b.start == b.end
            and "-" in norm[a.ne:b.ns] and abs((b.start - a.start).days) <= CALENDAR_SLACK_DAYS):
        return None
    return _Atom(a.ns, b.ne, b.ptype, b.g, b.start, b.end, "day", b.kind, a.hijri, b.warning, b.month, b.month2,
                 b.has_year, b.weekday, b.offset)


def _combine(atoms: list[_Atom], norm: str, ref: dt.date | None, lex: _Lex) -> list[_Atom]:
    """Merge "من X حتى Y" / "بين X و Y" into ranges and mark "منذ X" as since."""
    out: list[_Atom] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        before = _RANGE_BEFORE.search(norm, max(0, a.ns - 20), a.ns)
        bw = before.group("w") if before else None
        if a.ptype in _DATED and i + 1 < len(atoms) and atoms[i + 1].ptype in _DATED and bw in ("من", "بين", None):
            b = atoms[i + 1]
            conn = _RANGE_BETWEEN.fullmatch(norm, a.ne, b.ns)
            twin = _calendar_twin(a, b, norm) if conn and bw is None else None
            if twin is not None:
                out.append(twin)
                i += 2
                continue
            if conn and (bw is not None or "و" != norm[a.ne:b.ns].strip()):
                _propagate_year(a, b, ref, lex)
                if before is not None:
                    a.ns = before.start("w")
                if a.start is not None and b.end is not None and a.start <= b.end:
                    merged = _Atom(a.ns, b.ne, "range", {}, a.start, b.end, _coarser(a.precision, b.precision), "range",
                                   a.hijri or b.hijri, _join(a.warning, b.warning) if b.warning else a.warning)
                else:
                    parts = [w for w in (a.warning, b.warning) if w]
                    if a.start is not None and b.end is not None:
                        parts.append("range ends before it starts")
                    merged = _Atom(a.ns, b.ne, "range", {}, None, None, UNKNOWN, "range", None, "; ".join(parts) or None)
                out.append(merged)
                i += 2
                continue
        if bw == "منذ" and a.ptype in _DATED and before is not None and not POST_STAMP_CLOCK.match(norm, a.ne):
            a.kind = "since"
            a.ns = before.start("w")
            if a.start is not None:
                a.end = ref if ref is not None and ref >= a.start else None
        out.append(a)
        i += 1
    return out


def _join_twin_months(atoms: list[_Atom], norm: str) -> list[_Atom]:
    """"في 23 مايو أيار الماضي", "5 يونيو حزيران 2016": a month's two names side by side, without the
    "/" of "مايو / أيار" (Reuters' Arabic style), are one date: the day of the first takes the year (or the
    "الماضي") told after the second. Read apart, "23 مايو" took the page's year and the bare "أيار الماضي"
    the whole month, and a happening of that day took the month (the nearer expression)."""
    out: list[_Atom] = []
    for b in atoms:
        a = out[-1] if out else None
        if (a is not None and a.ptype == "abs" and b.ptype == "abs" and a.month is not None and a.month == b.month
                and a.month2 is None and b.month2 is None and not a.has_year and not a.g.get("rel")
                and not a.g.get("d0") and not a.g.get("yrel") and not a.g.get("ythis")
                and not (b.g.get("dn") or b.g.get("do") or b.g.get("d0") or b.g.get("wd") or b.g.get("part"))
                and not norm[a.ne:b.ns].strip()):
            a.ne = b.ne
            if b.start is not None:
                day = a.start.day if a.start is not None and a.precision == "day" else (
                    int(a.g["dn"]) if a.g.get("dn") else None)
                d = _valid(b.start.year, a.month, day) if day is not None else None
                if d is not None:
                    a.start = a.end = d
                    a.precision = "day"
                else:
                    a.start, a.end, a.precision = b.start, b.end, b.precision
                a.has_year, a.kind, a.warning = b.has_year, b.kind, b.warning
            continue
        out.append(b)
    return out


@lru_cache(maxsize=1)
def _night_lex() -> tuple[frozenset[str], frozenset[str]]:
    words = _load("date_words.yaml")
    return frozenset(_n(x) for x in words["night_parts"]), frozenset(_n(x) for x in words["night_links"])


def _join_nights(atoms: list[_Atom], norm: str) -> list[_Atom]:
    """"ليل الاثنين - الثلاثاء", "ليلة الجمعة / السبت": a night weekday and the next day's weekday
    are one expression dated by the night's first day (two dates would leave the happening between
    two days). Resolved to consecutive days, or the second told relative ("ليلة السبت على الأحد
    الماضي": the night before that Sunday)."""
    parts, links = _night_lex()
    out: list[_Atom] = []
    for b in atoms:
        a = out[-1] if out else None
        if (a is not None and a.ptype == "wd" and b.ptype == "wd" and a.start is not None and b.start is not None
                and _key(a.g.get("part") or "") in parts and not b.g.get("part")
                and a.weekday is not None and b.weekday == (a.weekday + 1) % 7
                and norm[a.ne:b.ns].strip() in links):
            if (b.start - a.start).days == 1 or (b.g.get("rel") and not a.g.get("rel")):
                a.start = a.end = b.start - dt.timedelta(days=1)
                a.ne = b.ne
                continue
        out.append(b)
    return out


@lru_cache(maxsize=1)
def _day_pair_lex() -> tuple[frozenset[str], frozenset[str]]:
    words = _load("date_words.yaml")
    return frozenset(_n(x) for x in words["day_pair_cues"]), frozenset(_n(x) for x in words["day_pair_past"])


def _join_day_pairs(atoms: list[_Atom], norm: str, ref: dt.date | None, lex: _Lex) -> list[_Atom]:
    """"يومي الإثنين والثلاثاء", "بين الأحد والاثنين": two weekdays told as one span are the days from
    the first to the second. The span starts on the first weekday's own day (the most recent one, up
    to the reference day: a page of Tuesday's "يومي الثلاثاء والأربعاء" is today and tomorrow, not
    last week); a past word after the pair ("الماضيين") keeps the whole span before the reference."""
    cues, past_pair = _day_pair_lex()
    out: list[_Atom] = []
    for b in atoms:
        a = out[-1] if out else None
        if (ref is not None and a is not None and a.ptype == "wd" and b.ptype == "wd" and a.start is not None
                and b.start is not None and a.weekday is not None and b.weekday is not None
                and b.weekday != a.weekday and not a.g.get("part") and not b.g.get("part")
                and not a.g.get("rel") and norm[a.ne:b.ns].strip() == "و"
                and ((w := _word_before(norm, a.ns)) in cues or w[:1] in ("و", "ف") and w[1:] in cues)):
            gap = (b.weekday - a.weekday) % 7
            past = (bool(b.g.get("rel")) and _key(b.g["rel"] or "") in lex.past) or _word_after(norm, b.ne) in past_pair
            start = _most_recent(ref, a.weekday)
            if past and start + dt.timedelta(days=gap) >= ref:
                start -= dt.timedelta(days=7)
            a.start, a.end, a.ne = start, start + dt.timedelta(days=gap), b.ne
            continue
        out.append(b)
    return out


# a weekday and the full date it heads: only separators between them ("يوم السبت 9 - 1 - 2015")
_WEEKDAY_DATE_GAP = re.compile(r"[\s,،\-–(]*")
SLIP_MONTH = 1      # the month in which a writer still types the year before (the new year's slip)


def _new_year_slips(atoms: list[_Atom], norm: str) -> None:
    """"يوم السبت 9 - 1 - 2015" in a report of 9 January 2016: in January writers still type the year
    before, and the weekday they write with the date names the day in the year after it (9 Jan 2015 was
    a Friday, 9 Jan 2016 a Saturday). Such a January date is of the next year; read as written, the
    happening's own sentence named a day a year off the report's (seen in daily rights reports of
    January 2016, every report of the month). A weekday that fits neither year is left as written."""
    for a, b in zip(atoms, atoms[1:], strict=False):
        if (a.kind != "weekday" or a.weekday is None or b.kind != "absolute" or not b.has_year
                or b.precision != "day" or b.start is None or b.start != b.end or b.start.month != SLIP_MONTH
                or b.start.weekday() == a.weekday or _WEEKDAY_DATE_GAP.fullmatch(norm, a.ne, b.ns) is None):
            continue
        d = b.start.replace(year=b.start.year + 1)
        if d.weekday() == a.weekday:
            b.warning = _join(b.warning, f"year {b.start.year} read as {d.year}: the weekday before it names that day")
            b.start = b.end = d


# a weekday and the date it names: separators, "الموافق" ("يوم الثلاثاء الموافق 14 آذار") or "في"
_WEEKDAY_HEAD_GAP = re.compile(r"[\s,،\-–(]*(?:(?:الموافق|الموافقه|في)[\s,،(]*)?")
_DAY_TYPES = ("abs", "num", "eng")


def _told_day(a: _Atom) -> bool:
    """``a`` names a day of a month (its number or ordinal is written), whether or not its year is known."""
    if a.ptype == "abs":
        return bool(a.g.get("dn") or a.g.get("do")) and not a.g.get("d0") and a.month2 is None
    return a.precision == "day" or (a.ptype == "num" and a.start is None and not a.warning)


def _weekday_heads(atoms: list[_Atom], norm: str, ref: dt.date | None) -> list[_Atom]:
    """"يوم الثلاثاء 14 آذار", "مساء الثلاثاء ( 14 آذار )", "الثلاثاء الماضي الموافق 14 / 3 / 2017": a weekday
    heading the date it names is that date's day. Read alone, the weekday took the last such weekday before the
    page's day (21 March on a page of the 22nd) and the happening of the sentence got two days, the nearer one
    wrong (a second copy of the event on the other). The weekday keeps its own expression (the page's stamps
    and headings are read with the weekday before their date) and takes the date's day when the date falls on
    that weekday; a weekday that is not the date's, or a date without a day, is left as read, and so is one before
    a Hijri date (a site bar's "الأحد 04 / 05 / 1439 ه": the page-stamp readers drop a bar's Gregorian day with
    the weekday before it, not a Hijri one), and one before a date after the page's day (a viewing bar's "السبت ,
    20 يناير 2018" over an older article; a schedule's weekday reads forward with "المقبل"). (A bare "الثلاثاء 14
    آذار" is already one expression of the dates grammar.)"""
    for a, b in zip(atoms, atoms[1:], strict=False):
        if (a.ptype == "wd" and a.weekday is not None and a.start is not None and b.ptype in _DAY_TYPES
                and b.hijri is None and b.start is not None and b.start == b.end and b.precision == "day" and _told_day(b)
                and (ref is None or b.start <= ref)
                and b.start.weekday() == a.weekday and a.start != b.start
                and _WEEKDAY_HEAD_GAP.fullmatch(norm, a.ne, b.ns) is not None):
            a.start = a.end = b.start
    return atoms


_PAGE_YEAR = re.compile(r"(?<![\d٠-٩])((?:19|20)\d{2})(?![\d٠-٩])")
YEAR_FROM_WEEKDAY = "year taken from its weekday: the one year written on the page in which that day falls on it"
YEAR_FROM_SPAN_WEEKDAY = "year taken from its weekday: the one year since the theatre's start in which that day falls on it"


@lru_cache(maxsize=1)
def _weekday_year_span() -> tuple[int, int]:
    """The first and last year a page may be of (date_words.yaml ``weekday_year_span``; no end: this year)."""
    lo, hi = _load("date_words.yaml")["weekday_year_span"]
    return int(lo), int(hi) if hi is not None else dt.date.today().year


def _weekday_years(atoms: list[_Atom], norm: str, lex: _Lex, ceiling: dt.date | None = None) -> None:
    """On a page without a reference day, "يوم الخميس 31 آب" / "الأحد 26 أيلول" (a day and month told with their
    weekday, no year) is of the year written on the page in which that day is that weekday, when exactly one
    of the page's written years is: the text settles it (a day-month falls on a given weekday once in six or
    eleven years, and a page names few years). When none of the page's years fits (or it writes none), the
    one year since the theatre's start (``_weekday_year_span``, up to this year) that fits. Two such years, or none, leave it
    unknown: no guess. Two page years that fit are narrowed to those in that span (a "1978" or "2006" the page
    recalls is not the year of its "أمس الاثنين 25 ديسمبر" when its "2017" fits too).

    ``ceiling``: the last day the page can tell of, when the page shows it (the site's crawl-time ticker: a page
    cannot tell of a day after it was fetched). Years whose day falls after it are no candidates, and the span
    ends with its year instead of this year."""
    years: list[int] | None = None
    lo, hi = _weekday_year_span()
    if ceiling is not None:
        hi = min(hi, ceiling.year)
    prev: _Atom | None = None
    for a in atoms:
        # (a weekday heading the date: "الجمعة", or "اليوم الجمعة" / "أمس الخميس", a relative day with its weekday)
        heading = prev if (prev is not None and prev.ptype in ("wd", "relday") and prev.weekday is not None
                           and _WEEKDAY_HEAD_GAP.fullmatch(norm, prev.ne, a.ns) is not None) else None
        prev = a
        if a.ptype != "abs" or a.start is not None or a.has_year or a.warning is not None or a.month is None:
            continue
        wd = a.weekday if a.weekday is not None else heading.weekday if heading is not None else None
        g = a.g
        day = int(g["dn"]) if g.get("dn") else (lex.ordinals.get(_key(g["do"] or "")) if g.get("do") else None)
        if wd is None or day is None or g.get("d0") or a.month2 is not None:
            continue
        if years is None:
            years = sorted({int(y) for y in _PAGE_YEAR.findall(norm) if MIN_YEAR <= int(y) <= MAX_YEAR})
        fits = [y for y in years if (d := _valid(y, a.month, day)) is not None and d.weekday() == wd
                and (ceiling is None or d <= ceiling)]
        warning = YEAR_FROM_WEEKDAY
        if len(fits) > 1:
            # several of the page's years fit: those a page may be of (the span), if that leaves one
            fits = [y for y in fits if lo <= y <= hi] or fits
        if not fits:
            # no year the page writes fits: the years since the theatre's start (date_words.yaml weekday_year_span)
            fits = [y for y in range(lo, hi + 1) if (d := _valid(y, a.month, day)) is not None and d.weekday() == wd
                    and (ceiling is None or d <= ceiling)]
            warning = YEAR_FROM_SPAN_WEEKDAY
        if len(fits) != 1:
            continue
        a.weekday = wd
        _fill_abs(a, fits[0], a.month, day, None, g.get("part"), lex)
        a.warning = warning
        if heading is not None and a.start is not None:
            heading.start = heading.end = a.start
            heading.precision = "day"


def _joined(atoms: list[_Atom], norm: str, ref: dt.date | None, lex: _Lex,
            ceiling: dt.date | None = None) -> list[_Atom]:
    """The atoms read together, in this order: twin months, combined day-month-year runs, nights, weekday
    pairs, then years carried to year-less dates (one chain for the page and for each post of a page).
    First a January date's year slipped from the year before is read by its weekday (``_new_year_slips``),
    then a weekday heading its date joins it (``_weekday_heads``)."""
    _new_year_slips(atoms, norm)
    atoms = _weekday_heads(atoms, norm, ref)
    if ref is None:
        _weekday_years(atoms, norm, lex, ceiling)
    atoms = _combine(_join_twin_months(atoms, norm), norm, ref, lex)
    return _carry_years(_join_day_pairs(_join_nights(atoms, norm), norm, ref, lex), norm, lex)


def _coarser(p: str, q: str) -> str:
    order = ("day", "week", "month", "year", UNKNOWN)
    return max(p, q, key=order.index)


def _propagate_year(a: _Atom, b: _Atom, ref: dt.date | None, lex: _Lex) -> None:
    """"من 19 فبراير وحتى 23 مارس الجاري": the start takes the end's year (or the year before)."""
    if a.ptype == "abs" and not a.has_year and b.start is not None and a.month:
        y = b.start.year if a.month <= b.start.month else b.start.year - 1
        day = int(a.g["dn"]) if a.g.get("dn") else (lex.ordinals.get(_key(a.g["do"] or "")) if a.g.get("do") else None)
        a.warning = None
        _fill_abs(a, y, a.month, day, int(a.g["d0"]) if a.g.get("d0") else None, a.g.get("part"), lex)
    elif b.ptype == "abs" and not b.has_year and a.start is not None and b.month:
        y = a.start.year if b.month >= a.start.month else a.start.year + 1
        day = int(b.g["dn"]) if b.g.get("dn") else (lex.ordinals.get(_key(b.g["do"] or "")) if b.g.get("do") else None)
        b.warning = None
        _fill_abs(b, y, b.month, day, None, b.g.get("part"), lex)


_SENTENCE_END = re.compile(r"[.!?؟\n]")


CHRONICLE_GAP = 400     # characters at most between two entries of a chronicle in prose
_ENTRY_WORDS = frozenset(word_list("function_words.yaml", "entry_words"))
# "من العام الماضي" after a month (normalised text); "من العام نفسه / ذاته" is the year carried
_YEAR_QUALIFIER = re.compile(r"\s*(?:من\s+)?(?:ال)?(?:عام|سنه)\s+(?!نفس|ذات)\w")
_ENTRY_START = re.compile(r"[.!?؟\n]|\s[-:]\s")


def _opens_sentence(norm: str, pos: int) -> bool:
    """The date at ``pos`` opens its sentence, or follows a heading's dash or colon, as
    "(و)في <date>" (a chronicle entry's head: "سلسلة هزائم - في 31 مارس 2015 ,")."""
    lo = max(0, pos - 40)
    ends = [m.end() for m in _ENTRY_START.finditer(norm, lo, pos)]
    if not ends and lo > 0:
        return False
    return norm[ends[-1] if ends else lo:pos].strip() in _ENTRY_WORDS


# a chronology's run: its day-and-month dates without a year, each on or after the one before in the
# calendar and at most CHRONICLE_GAP characters apart, after a full date, take that date's year across
# sentences once the run holds this many dates (a list; a full date and one day after it in another
# sentence keep the reference rule: "9 تموز 2016 ... . وقال الجيش انه في 25 آب" may be this year's),
# or two when both head a timeline's entries ("15 يناير 2000 : دخل ... 5 فبراير : انتقل ...")
RUN_MIN_DATES = 3


def _heads_entry(norm: str, end: int) -> bool:
    """The date ending at ``end`` heads a timeline's entry: a colon follows it ("15 يناير 2000 : دخل ...")."""
    return norm[end:end + 3].lstrip().startswith(":")


def _run_step(a: _Atom, at: tuple[int, int, int], lex: _Lex) -> tuple[int, int] | None:
    """The (month, day) of ``a`` when it goes on a chronology's run whose last date is ``at`` (end,
    month, day): a day and month written without a year or marker (الماضي/المقبل), on or after the
    run's last day in the calendar (a chronology told in order). None for anything else (a weekday,
    "أمس", a month alone, a day before the last: the text has left the list)."""
    g = a.g
    if (a.ptype != "abs" or a.has_year or a.month is None or a.month2 is not None or g.get("rel")
            or a.precision != "day" or a.warning not in (YEAR_FROM_REFERENCE, YEAR_FROM_SENTENCE)):
        return None
    day = int(g["dn"]) if g.get("dn") else (lex.ordinals.get(_key(g["do"] or "")) if g.get("do") else None)
    if day is None or (a.month, day) < at[1:]:
        return None
    return a.month, day


def _carry_years(atoms: list[_Atom], norm: str, lex: _Lex) -> list[_Atom]:
    """"في 9 تموز / يوليو 2016 ... وفي 25 آب / أغسطس": a day or month written without a year (and
    without الماضي/المقبل) takes the year of the nearest full date before it in the same sentence,
    not the reference year (a narrative's dates take the year of the dates around them). Only
    forward in the calendar: a month before the full date's may be of the next year or a recap
    of earlier months, so it keeps the reference year; and only to an earlier year than the
    reference's (a page's head stamp "7 كانون الثاني 2017" before "22 كانون الأول" of 2016).
    A chronology runs its year across sentences: after a full date, day-and-month dates in calendar
    order, each close to the one before (_run_step), take its year from the RUN_MIN_DATES-th date
    on ("فدمر في 20 يناير 2016 ... ويوم 22 مارس ... . ففي 26 يونيو , أعلن ...": 26 June 2016 on a
    page of 2017), or from the second when both head a timeline's entries (_heads_entry)."""
    last: _Atom | None = None
    entry: _Atom | None = None     # the last chronicle entry with a full date
    run: _Atom | None = None       # the full date a chronology in calendar order runs on from (_run_step)
    run_at: tuple[int, int, int] = (0, 0, 0)    # its last date: (end in the text, month, day)
    run_n = 0                      # the dates on the run so far (a list: RUN_MIN_DATES)
    for a in atoms:
        if last is not None and _SENTENCE_END.search(norm, last.ne, a.ns):
            last = None
        if entry is not None and a.ns - entry.ne > CHRONICLE_GAP:
            entry = None
        if run is not None and a.ns - run_at[0] > CHRONICLE_GAP:
            run = None
        if a.ptype == "abs" and a.has_year and a.start is not None and a.month is not None and a.month2 is None:
            last = a
            if _opens_sentence(norm, a.ns):
                entry = a
            # a full day on or after the run's last one in the calendar goes on the list
            goes_on = run is not None and run.start is not None and (
                a.start.year, a.start.month, a.start.day) >= (run.start.year, *run_at[1:])
            run_n = run_n + 1 if goes_on else 1
            run = a if a.precision == "day" else None
            run_at = (a.ne, a.start.month, a.start.day)
            continue
        if last is None and entry is not None and _opens_sentence(norm, a.ns):
            last = entry    # "في 31 مارس 2015 , ... . في 13 نوفمبر , ...": a chronicle's running year
        if run is not None:
            step = _run_step(a, run_at, lex)
            if step is None:
                run = None      # another kind of date, or the calendar goes back: the run ends
            else:
                run_at, run_n = (a.ne, *step), run_n + 1
                if last is None and a.warning == YEAR_FROM_REFERENCE and (
                        run_n >= RUN_MIN_DATES or (_heads_entry(norm, a.ne) and _heads_entry(norm, run.ne))):
                    last = run  # "فدمر في 20 يناير 2016 ... ويوم 22 مارس ... . ففي 26 يونيو": the run's year
        if (last is None or last.start is None or last.month is None or a.ptype != "abs" or a.has_year
                or a.kind != "relative" or a.month is None or a.month2 is not None or a.g.get("rel")
                or a.warning != YEAR_FROM_REFERENCE or a.month < last.month):
            continue
        y = last.start.year
        if a.start is not None and a.start.year == y:
            a.warning = YEAR_FROM_SENTENCE
            continue
        if _YEAR_QUALIFIER.match(norm, a.ne):
            continue      # "تشرين الثاني من العام الماضي": the words after it tell its year
        if a.precision == "week" or (a.start is not None and y > a.start.year):
            continue      # only back in time: a stamp's year before "22 كانون الأول" of the year before
        g = a.g
        day = int(g["dn"]) if g.get("dn") else (lex.ordinals.get(_key(g["do"] or "")) if g.get("do") else None)
        if day is not None:
            d = _valid(y, a.month, day)
            if d is None or (a.weekday is not None and d.weekday() != a.weekday):
                continue      # the weekday written with it speaks for the reference year
        a.warning = None
        _fill_abs(a, y, a.month, day, None, g.get("part"), lex)
        a.warning = YEAR_FROM_SENTENCE
    return atoms


def _is_tweet_line(norm: str, pos: int) -> bool:
    line_start = norm.rfind("\n", 0, pos) + 1
    if pos - line_start > 160:
        return False
    return _TWEET_SIG.search(norm, line_start, pos) is not None


def _to_expr(a: _Atom, text: str, norm: str, offs: list[int] | OffsetArray) -> DateExpr:
    s, e = to_original_span(offs, a.ns, a.ne)
    while e > s and text[e - 1].isspace():
        e -= 1
    while e < len(text) and text[e] in _TRAILING_MARKS:   # "هـ", tanwin
        e += 1
    kind = a.kind
    if kind in ("absolute", "relative") and a.ptype in ("abs", "eng", "num") and _is_tweet_line(norm, a.ns):
        kind = "tweet"
    return DateExpr(
        start=s, end=e, surface=text[s:e],
        date_start=_iso(a.start) if a.start else None,
        date_end=_iso(a.end) if a.end else None,
        precision=a.precision if a.start is not None else UNKNOWN,
        kind=kind, hijri=a.hijri, warning=a.warning,
    )


def find_dates(text: str, ref: dt.date | None = None, ceiling: dt.date | None = None) -> list[DateExpr]:
    """All date expressions in ``text`` (offsets into the original text), resolved against ``ref``; on a page
    without one, ``ceiling`` is the last day it can tell of (``_weekday_years``)."""
    if not text:
        return []
    lex = _lex()
    norm, offs = normalize_with_offsets(text)
    return [_to_expr(a, text, norm, offs) for a in _joined(_atoms(norm, ref, lex), norm, ref, lex, ceiling)]


def find_dates_by_part(text: str, parts: list[tuple[int, dt.date | None]]) -> list[DateExpr]:
    """``find_dates`` for a text whose parts have references of their own (the posts of a listing,
    each read against its stamp): ``parts`` = (start in ``text``, ref), in text order; an expression
    resolves against the ref of the part it starts in, none before the first part is returned. The
    page is scanned once (``find_dates`` of the whole page has cached the scan); only resolving is
    done again."""
    if not text or not parts:
        return []
    lex = _lex()
    norm, offs = normalize_with_offsets(text)
    starts = [norm_offset(offs, at) for at, _ in parts]
    refs = [ref for _, ref in parts]
    chosen: list[_Atom] = []
    by_atom: list[dt.date | None] = []
    last_end = -1
    for a in _collect(norm, lex):
        i = bisect_right(starts, a.ns) - 1
        if i < 0 or a.ns < last_end:
            continue
        if _resolve(a, norm, refs[i], lex):
            chosen.append(a)
            by_atom.append(refs[i])
            last_end = a.ne
    out: list[DateExpr] = []
    for i in range(len(parts)):
        # each part's atoms combined ("من X حتى Y") against its own ref, as a read of the part alone
        end = starts[i + 1] if i + 1 < len(parts) else len(norm) + 1
        part = [a for a in chosen if starts[i] <= a.ns < end]
        out += [_to_expr(a, text, norm, offs)
                for a in _joined(part, norm, refs[i], lex)]
    return out


# --------------------------------------------------------------------------- days told against a date

DAY_OF_CHARS = 30       # "في ال - 16 من": the day number stands this close before its month


def _written_alt(phrases: list[Any]) -> str:
    """Alternation of phrases matched on the text as written (longest first)."""
    return "|".join(re.escape(str(p)) for p in sorted(phrases, key=lambda x: -len(str(x))))


@dataclass(frozen=True, slots=True)
class _AnchorLex:
    day_of: re.Pattern[str]             # a day number (group 1) right before a month expression
    days_before: re.Pattern[str]        # "سبقها بيوم": the count of days (group 1)
    before_days: dict[str, int]         # count word -> days
    before_hints: tuple[str, ...]       # "بيوم": a page without any of them has no such cue
    pair_of: re.Pattern[str]            # two day numbers (groups 1, 2) right before a month expression
    links: frozenset[str]               # "من" (normalised)
    ordinal_leads: frozenset[str]       # the words an ordinal day may follow ("في", "يوم", "مساء", "اليوم")
    not_day_nouns: frozenset[str]       # "الأسبوع الثالث من", "النصف الأول من": an ordinal of another unit


@lru_cache(maxsize=1)
def _anchor_lex() -> _AnchorLex:
    words = _load("date_words.yaml")
    cues, link = _written_alt(words["day_of_month_cues"]), _written_alt(words["day_of_month_link"])
    # ("في 16 الشهر الماضي": the link may be left out; "الـ16": the article glued with a tatweel)
    day_of = re.compile(rf"(?<!\S)[وف]?(?:(?:{cues})\s+(?:ال\s*[-ـ]?\s*)?|ال\s*[-ـ]?\s*)([0-3]?[0-9])\s+(?:(?:{link})\s+)?$")
    pair_cues = _written_alt([*words["day_of_month_cues"], *words["day_pair_cues"]])
    pair_of = re.compile(rf"(?<!\S)[وف]?(?:(?:{pair_cues})\s+(?:ال\s*[-ـ]?\s*)?|ال\s*[-ـ]?\s*)([0-3]?[0-9])\s*(?:-|–|و)\s*"
                         rf"(?:ال\s*[-ـ]?\s*)?([0-3]?[0-9])\s+(?:(?:{link})\s+)?$")
    leads = {_n(w) for w in [*words["day_of_month_cues"], *words["day_parts"], *words["stamp_relative_days"]]}
    db = words["days_before"]
    before_days = {str(k): int(v) for k, v in db["days"].items()}
    days_before = re.compile(
        rf"(?<!\S)[وف]?(?:{_written_alt(db['verbs'])})(?:{_written_alt(db['pronouns'])})?\s+(?:ب|ب\s*-\s*)"
        rf"({_written_alt(list(before_days))})(?:\s+(?:{_written_alt(db['after'])}))?(?!\S)")
    return _AnchorLex(day_of, days_before, before_days, tuple(sorted({"ب" + w for w in before_days})), pair_of,
                      frozenset(_n(w) for w in words["day_of_month_link"]),
                      frozenset(w for w in leads if " " not in w),
                      frozenset(_n(w) for w in [*words["week_nouns"], *words["half_nouns"]]))


def day_of_relative_month(text: str, d: DateExpr) -> DateExpr | None:
    """"مجزرة في ال - 16 من الشهر الجاري": the day number told before ``d``, a month resolved relative
    to the reference ("الشهر الجاري"), makes it that day of the month (a new expression from the day
    number to the month's end); None when no day number introduces it."""
    if d.precision != "month" or d.kind != "relative" or not d.date_start:
        return None
    lx = _anchor_lex()
    month = dt.date.fromisoformat(d.date_start[:10])
    p = lx.pair_of.search(text, max(0, d.start - DAY_OF_CHARS), d.start)
    if p is not None:
        # "يومي 14 و 15 من الشهر الجاري", "في 25 - 26 من الشهر الحالي": the two days and those between
        try:
            first, last = month.replace(day=int(p.group(1))), month.replace(day=int(p.group(2)))
        except ValueError:
            return None
        if not first < last:
            return None
        return DateExpr(p.start(1), d.end, text[p.start(1):d.end], first.isoformat(), last.isoformat(), "day", "range")
    m = lx.day_of.search(text, max(0, d.start - DAY_OF_CHARS), d.start)
    at, n = (m.start(1), int(m.group(1))) if m is not None else _ordinal_day_before(text, d.start, lx) or (None, None)
    if at is None or n is None:
        return None
    try:
        day = month.replace(day=n)
    except ValueError:
        return None
    iso = day.isoformat()
    return DateExpr(at, d.end, text[at:d.end], iso, iso, "day", "relative")


ORDINAL_WORDS = 3       # "السادس و العشرين": the longest ordinal day written in words


def _ordinal_day_before(text: str, pos: int, lx: _AnchorLex) -> tuple[int, int] | None:
    """"في الخامس عشر من الشهر الجاري", "مساء الحادي والعشرين من الشهر الماضي": (start, day) of an ordinal day
    written in words right before "من" and the month expression at ``pos``; None when there is none, or when it
    follows a word that is no cue of a day ("الأسبوع الثالث من الشهر", "الربع الأول من الشهر": another unit)."""
    lo = max(0, pos - DAY_OF_CHARS - 12)
    toks = list(re.finditer(r"\S+", text[lo:pos]))
    if len(toks) < 2 or _n(toks[-1].group()) not in lx.links or text[lo + toks[-1].end():pos].strip():
        return None
    ordinals = _lex().ordinals
    for k in range(min(ORDINAL_WORDS, len(toks) - 1), 0, -1):
        span = toks[-1 - k:-1]
        day = ordinals.get(" ".join(_n(t.group()) for t in span))
        if day is None:
            continue
        if len(toks) > k + 1:
            before = _n(toks[-2 - k].group())
            bare = before[1:] if before[:1] in ("و", "ف") and len(before) > 2 else before
            if before in lx.not_day_nouns or bare in lx.not_day_nouns:
                return None
            if before not in lx.ordinal_leads and bare not in lx.ordinal_leads and before.strip(",،(:-–") != "":
                return None
        return lo + span[0].start(), day
    return None


def days_before_cues(text: str) -> list[tuple[int, int, str, int]]:
    """"سبقها بيوم", "قبلها بيومين": (start, end, surface, days) of each cue saying a happening came
    that many days before the one dated just before it (the caller finds that date)."""
    lx = _anchor_lex()
    if not any(h in text for h in lx.before_hints):
        return []       # (a page without "بيوم" is not scanned)
    return [(m.start(), m.end(), m.group(), lx.before_days[m.group(1)]) for m in lx.days_before.finditer(text)]


# --------------------------------------------------------------------------- relative cues

def relative_anchor(body: str) -> list[RelativeCue]:
    """Relative day cues of a page ("اليوم (السبت)", "أمس الإثنين", "مساء أمس", "الأحد الفائت").

    The page alone cannot date these; a corpus stage that finds a related dated document
    (e.g. the statement the page reports "published yesterday") passes that date to
    ``publication_from_anchor`` and checks the named weekdays agree.
    """
    lex = _lex()
    norm, offs = normalize_with_offsets(body)
    return _cues_of_atoms(body, norm, offs, _atoms(norm, None, lex), lex)


def _cues_of_atoms(body: str, norm: str, offs: list[int] | OffsetArray, atoms: list[_Atom], lex: _Lex,
                   publishing: bool = True) -> list[RelativeCue]:
    """``relative_anchor`` from atoms already found with ``ref=None`` (``infer_published`` reuses
    them for ``find_dates``; relday/wd atoms are never changed by ``_combine``). ``publishing``
    False: every cue's ``publishing`` is left False (infer_published asks for it later, see
    _publishing_cues)."""
    cues: list[RelativeCue] = []
    for a in atoms:
        if a.ptype not in ("relday", "wd"):
            continue
        s, e = to_original_span(offs, a.ns, a.ne)
        wd = WEEKDAY_NAMES[a.weekday] if a.weekday is not None else None
        pub = publishing and _publishing_context(norm, a.ns, a.ne, lex)
        if a.ptype == "relday":
            # a past night spans two days ("الليلة الماضية"): it pins no publication day
            night = wd is None and _key(a.g.get("rw") or "") in lex.past_nights | lex.past_hours
            cues.append(RelativeCue(s, e, body[s:e], None if night else a.offset, wd, publishing=pub))
        else:
            rel = _key(a.g["rel"]) if a.g.get("rel") else None
            cues.append(RelativeCue(s, e, body[s:e], None, wd, past_weekday=rel in lex.past, publishing=pub))
    return cues


def _publishing_cues(norm: str, atoms: list[_Atom], cues: list[RelativeCue], lex: _Lex) -> list[RelativeCue]:
    """The day cues (with a day offset) of ``_cues_of_atoms(..., publishing=False)`` whose sentence
    has a publishing verb ("بيان نشره أمس"), with ``publishing`` set."""
    out = []
    for c, a in zip(cues, [a for a in atoms if a.ptype in ("relday", "wd")], strict=True):
        if c.offset_days is not None and _publishing_context(norm, a.ns, a.ne, lex):
            c.publishing = True
            out.append(c)
    return out


def publication_from_anchor(cue: RelativeCue, anchor: dt.date) -> dt.date | None:
    """The publication date implied by ``cue`` when the thing it names happened on ``anchor``.

    "مساء أمس" + the statement is dated 2018-04-23 -> 2018-04-24. None when the cue has no day
    offset or its weekday disagrees with ``anchor``.
    """
    if cue.offset_days is None:
        return None
    if cue.weekday is not None and WEEKDAY_NAMES[anchor.weekday()] != cue.weekday:
        return None
    return anchor - dt.timedelta(days=cue.offset_days)


def cues_agree(cues: list[RelativeCue], published: dt.date) -> bool:
    """Every weekday cue of the page is consistent with publication on ``published``."""
    for c in cues:
        if c.weekday is None:
            continue
        if c.offset_days is not None:
            if WEEKDAY_NAMES[(published + dt.timedelta(days=c.offset_days)).weekday()] != c.weekday:
                return False
        elif c.past_weekday:
            back = (published.weekday() - WEEKDAY_NAMES.index(c.weekday)) % 7 or 7
            if back > 7:
                return False
    return True


_SENT_BOUNDS = ".!?\n"
_WORD = re.compile(r"\w+")


def _publishing_context(norm: str, ns: int, ne: int, lex: _Lex) -> bool:
    """The sentence around [ns, ne) (at most 200 characters back, 60 on) has a publishing verb."""
    lo = max(0, ns - 200)
    last = max(norm.rfind(c, lo, ns) for c in _SENT_BOUNDS)
    s = last + 1 if last >= 0 else lo
    hi = min(len(norm), ne + 60)
    e = min((i for i in (norm.find(c, ne, hi) for c in _SENT_BOUNDS) if i >= 0), default=hi)
    # (a word or its clitic-stripped form is a publishing verb: see _lex's publishing_forms)
    return not lex.publishing_forms.isdisjoint(_WORD.findall(norm, s, e))


# --------------------------------------------------------------------------- publication date

def _today() -> dt.date:
    return dt.date.today()


def _published(d: dt.date, evidence: str, method: str, hijri: str | None = None) -> Published:
    return Published(date=d.isoformat(), precision="day", evidence=evidence, method=method, hijri=hijri)


def _printed_lines(body: str, lex: _Lex) -> list[tuple[DateExpr, bool, int, str]]:
    """Short lines that are mostly one dated expression: (date, has cue word, line index, line)."""
    out: list[tuple[DateExpr, bool, int, str]] = []
    pos = 0
    lines = body.split("\n")
    filled = [i for i, ln in enumerate(lines) if ln.strip()]
    edges = set(filled[:3]) | set(filled[-3:])    # a date line without a cue word: top or bottom only
    for idx, line in enumerate(lines):
        line_start = pos
        pos += len(line) + 1
        stripped = line.strip()
        if not stripped or len(stripped) > 90 or not _ANY_DIGIT.search(stripped):
            continue
        if stripped.endswith(_SENTENCE_PUNCT):
            continue     # a sentence that mentions a date (the check below, before the costly scan)
        found = [d for d in find_dates(line) if d.date_start and d.precision == "day"
                 and d.kind in ("absolute", "hijri")]
        if len(found) != 1:
            continue
        d = found[0]
        rest = normalize(line[:d.start] + " " + line[d.end:])
        if _pub_cues().site_stamp.search(rest):
            continue     # "تحديث الموقع 2018 / 01 / 21": the site's (crawl-time) stamp
        if len(_LETTER_WORD.findall(rest)) > 4:
            continue     # a sentence that mentions a date, not a date line
        cue = lex.printed_cue_re.search(rest) is not None if lex.printed_cue_re else False
        cue = cue or any(w in lex.weekday for w in normalize(line).split())
        if not cue and (idx not in edges or len(_LETTER_WORD.findall(rest)) > 2):
            continue     # without a cue word only a bare "دمشق - 31 آذار 2018" at the top/bottom
        d.start += line_start
        d.end += line_start
        out.append((d, cue, idx, stripped))
    return out


def _from_printed(body: str, lex: _Lex, horizon: dt.date,
                  publishing_cues: Callable[[], list[RelativeCue]]) -> Published | None:
    lines = [x for x in _printed_lines(body, lex) if dt.date.fromisoformat(x[0].date_start or "") <= horizon]
    if not lines:
        return None
    greg = [x for x in lines if x[0].kind != "hijri"]
    hij = [x for x in lines if x[0].kind == "hijri"]
    pool = greg or hij
    cued = [x for x in pool if x[1]]
    pool = cued or pool
    dates = sorted({dt.date.fromisoformat(x[0].date_start or "") for x in pool})
    if (dates[-1] - dates[0]).days > 3:
        return None          # several printed dates far apart (a chronology): not a date line
    best = max(pool, key=lambda x: (x[0].date_start, x[2]))
    d = dt.date.fromisoformat(best[0].date_start or "")
    evidence = best[3]
    hijri = best[0].hijri
    method = "hijri" if best[0].kind == "hijri" else "printed"
    if method == "printed":
        for h in hij:
            hd = dt.date.fromisoformat(h[0].date_start or "")
            if abs((hd - d).days) <= 1 and abs(h[2] - best[2]) <= 4:
                hijri = h[0].hijri
                evidence = f"{evidence} | {h[3]}"
                break
    # "بيان نشره أمس" + the statement's own date line: the page is a day later
    cues = publishing_cues()     # (only now: most pages print no date line)
    if cues and all(c.offset_days == -1 for c in cues):
        return Published(date=(d + dt.timedelta(days=1)).isoformat(), precision="day",
                         evidence=f"{cues[0].surface} | {evidence}", method="relative", hijri=None)
    return Published(date=d.isoformat(), precision="day", evidence=evidence, method=method, hijri=hijri)


@dataclass(slots=True)
class _PubCues:
    cue_re: re.Pattern[str]        # a publication/update label (normalised text)
    kind: dict[str, str]           # normalised label -> "published" | "updated"
    gap: re.Pattern[str]           # what may stand between the label and its date
    label: re.Pattern[str]         # the label is followed by a colon ("تاريخ النشر :")
    site_after: re.Pattern[str]    # "آخر تحديث للموقع": the site's stamp
    site_stamp: re.Pattern[str]    # "تحديث الموقع" anywhere on a line
    first_words: tuple[str, ...]   # first words of the labels: where a cue_re match can start
    split_starts: re.Pattern[str] | None   # where a split label ("ن شر في") can start
    clock_after: re.Pattern[str]   # a clock time right after a date ("الساعه 22 : 20", ", 3 : 25 am")
    clock_before: re.Pattern[str]  # a clock time right before a date, ending where the date starts
    day_part: re.Pattern[str]      # "صباحا" after a clock: prose, not a stamp
    today: re.Pattern[str]         # "اليوم :" / "Today:" right before a date: a "today" widget
    stamp_update: re.Pattern[str]  # "محدثة" just before a stamp: the update time, not the publication
    now: re.Pattern[str]           # "مساء بتوقيت دمشق الآن" after a clock: a live clock widget


def _split_variants(label: str) -> set[str]:
    """The label with its first word split once by a space ("ن شر في"): the corpus tokeniser
    splits a word where a diacritic stood ("نُشر")."""
    first, _sep, rest = label.partition(" ")
    if len(first) < 3 or rest and not all("\u0621" <= c <= "\u064a" for c in rest.replace(" ", "")):
        return set()
    if len(first) < 3 or not all("\u0621" <= c <= "\u064a" for c in first):
        return set()
    return {" ".join(x for x in (first[:i], first[i:], rest) if x) for i in range(1, len(first))}


@lru_cache(maxsize=1)
def _pub_cues() -> _PubCues:
    words = _load("date_words.yaml")
    kind = {_n(x): k for k, names in words["publication_cues"].items() for x in names}
    multi = {c for c in kind if " " in c}
    single = set(kind) - multi
    # split labels keep the word-start check of single words: "من شر" is no "ن شر"
    split = {v: kind[c] for c in list(kind) for v in _split_variants(c)} if kind else {}
    split = {v: k for v, k in split.items() if v not in kind}
    # the split is one plain space (the tokeniser's), so a split label starts where "<fragment> "
    # is spelt out: few positions to try (see _label_matches); longest first, as in _alt
    split_alt = "|".join(
        re.escape(v.partition(" ")[0]) + " " + r"\s+".join(re.escape(w) for w in v.partition(" ")[2].split())
        for v in sorted(split, key=lambda v: (-len(v), v)))
    first_words = tuple(sorted({k.split(" ")[0] for k in kind}))
    frags = _alt({v.partition(" ")[0] for v in split})
    # (led by a lookahead for the fragments' first letters: the lookbehind then runs at few positions)
    frag_first = "".join(sorted({re.escape(v[0]) for v in split}))
    split_starts = re.compile(rf"(?=[{frag_first}])(?<![^\W\d_])(?:{frags}) ") if split else None
    kind.update(split)
    # multi-word labels may be glued to the previous word by the scrape ("سورياتم النشر")
    split_re = rf"|(?<![^\W\d_])(?:{split_alt})" if split_alt else ""
    cue_re = re.compile(rf"(?:(?<![^\W\d_])(?:{_alt(single)}){split_re}|(?:{_alt(multi)}))(?![^\W\d_])")
    fill = _alt({_n(x) for x in words["publication_cue_fillers"]})
    wd = _alt(set(_lex().weekday) | {str(x).lower() for x in words["english_weekdays"]})
    gap = re.compile(
        r"(?:\s*[:\-–|,(\[]\s*)*"
        # a clock time between the label and the date ("تم النشر : 18 : 38 16 / 02 / 2017")
        r"(?:\d{1,2}\s*:\s*\d{2}(?:\s*:\s*\d{2})?\s*(?:ص|م|am|pm)?\s*[,\-–|]?\s*)?"
        rf"\s*(?:(?:{fill})\s*:?\s+)?"
        rf"(?:(?:{wd})\.?\s*[,\-–]?\s*)?")
    label = re.compile(rf"\s*(?:(?:{fill})\s*)?:")
    site_words = _alt({_n(x) for x in words["site_update_words"]})
    site = re.compile(rf"\s*(?:{site_words})(?!\w)")
    stamp = re.compile(rf"(?<!\w)(?:{_alt({_n(x) for x in words['site_update_heads']})})\s*(?:{site_words})(?!\w)")
    # a label match starts with its phrase's first word, spelt out (spaces inside phrases are \s+)
    clock = r"(?<!\d)(?:[01]?\d|2[0-3])\s*:\s*[0-5]\d(?:\s*:\s*[0-5]\d)?(?!\s*[:/.]?\s*\d)"
    marks = _alt({_n(x) for x in words["stamp_clock_marks"]})
    clock_w = _alt({_n(x) for x in words["stamp_clock_words"]})
    tail = rf"(?:\s*(?:{marks})(?![^\W\d_]))?"
    # (";": CNN Arabic's "الثلاثاء , 05 ديسمبر / كانون الأول 2017 ; 12 : 55 ( GMT + 0400 )")
    clock_after = re.compile(rf"\s*[,;|\-–]?\s*(?:(?:{clock_w})\s*)?{clock}{tail}")
    clock_before = re.compile(rf"{clock}{tail}\s*[,|\-–]?\s*$")
    parts = {_n(x) for x in words["stamp_day_parts"]}
    parts |= {v for x in parts for v in _split_variants(x)}     # "صباح ا" split by the tokeniser
    day_part = re.compile(rf"\s*(?:{_alt(parts)})(?!\w)")
    today = re.compile(rf"(?<!\w)(?:{_alt({_n(x) for x in words['today_widget_labels']})})\s*:\s*"
                       rf"(?:(?:{wd})\.?\s*[,\-–]?\s*)?$")
    upd = re.compile(rf"(?<!\w)(?:{_alt({_n(x) for x in words['stamp_update_words']})})(?!\w)\W*$")
    now_w = _alt({_n(x) for x in words["stamp_now_words"]})
    now = re.compile(rf"(?:\s*(?:{_alt(parts)})(?!\w)){{1,3}}(?:\s+[^\W\d_]+)?\s+(?:{now_w})(?!\w)")
    return _PubCues(cue_re, kind, gap, label, site, stamp, first_words, split_starts, clock_after, clock_before, day_part,
                    today, upd, now)


_HEAD_LINES, _LABEL_LINES, _HEAD_CHARS = 5, 15, 3000
_PUB_MIN = dt.date(1990, 1, 1)    # a web page dated earlier: "في مثل هذا اليوم 4 فبراير 1942"


def _head_ends(text: str) -> tuple[int, int]:
    """Where the page's head ends: for a bare label, the first 5 non-empty lines within 3000
    characters; for a colon label or a day word next to a full date, the first 3000 characters,
    or the first 15 non-empty lines within the first half of the page."""
    head = {_HEAD_LINES: len(text), _LABEL_LINES: len(text)}
    n_filled, pos = 0, 0
    for line in text.split("\n"):
        pos += len(line) + 1
        n_filled += bool(line.strip())
        for k in head:
            if n_filled == k:
                head[k] = min(head[k], pos)
        if n_filled >= _LABEL_LINES:
            break
    return min(head[_HEAD_LINES], _HEAD_CHARS), max(_HEAD_CHARS, min(head[_LABEL_LINES], len(text) // 2))


def _from_cued(body: str, norm: str, offs: list[int] | OffsetArray, atoms: list[_Atom],
               horizon: dt.date) -> Published | None:
    """A date right after the page's own publication label, anywhere on a line (pre-tokenised
    pages glue the date header to the title and the first paragraph).

    Labels followed by a colon ("تاريخ النشر :", "Published :", "آخر تحديث :") count in the head
    of the page (3000 characters, or 15 non-empty lines within its first half; further down they
    date related items, forum posts or an appended article); a bare label ("هذا المحتوى تم
    نشره يوم 19 ديسمبر , 2017", "<title> نشر 05 كانون الأول") only in the first lines of the
    page, where a date header stands, never in running text ("شريط مصور تم نشره في 29 آذار"). An update label counts only as a colon label and never when it
    stamps the site ("آخر تحديث للموقع", a crawl-time widget). Rule: the topmost "published"
    date; only when the page prints none, the earliest "updated" date (a page is published
    before any update, and a crawl-time stamp is the latest date of all).
    """
    pc = _pub_cues()
    dated = [a for a in atoms if a.start is not None and a.precision == "day"
             and a.ptype in ("abs", "num", "eng", "hijri") and a.start == a.end]
    if not dated:
        return None
    starts = [a.ns for a in dated]
    bare_end, label_end = _head_ends(norm)
    found: dict[str, list[tuple[dt.date, int, _Atom]]] = {"published": [], "updated": []}
    for m in _label_matches(norm, pc, label_end):
        kind = pc.kind.get(_key(m.group(0)))
        if kind is None:
            continue
        e = m.end()
        j = bisect_left(starts, e)
        if j >= len(dated) or dated[j].ns - e > 60 or not pc.gap.fullmatch(norm, e, dated[j].ns):
            continue
        a = dated[j]
        before = norm[max(0, m.start() - 2):m.start()].strip()
        labelled = bool(pc.label.match(norm, e)) or before.endswith(("[", "("))
        if kind == "updated" and (not labelled or pc.site_after.match(norm, e)):
            continue
        if m.start() >= (label_end if labelled else bare_end):
            continue     # further down, a label dates a related item or an appended article
        if not _PUB_MIN <= a.start <= horizon:
            continue
        found[kind].append((a.start, m.start(), a))
    if found["published"]:
        d, cs, a = min(found["published"], key=lambda x: x[1])        # topmost
    elif found["updated"]:
        d, cs, a = min(found["updated"], key=lambda x: (x[0], x[1]))   # earliest
    else:
        return None
    s, _e = to_original_span(offs, cs, cs + 1)
    _s, e = to_original_span(offs, a.ns, a.ne)
    return _published(d, " ".join(body[s:e].split()), "hijri" if a.hijri else "printed", a.hijri)


def _label_matches(norm: str, pc: _PubCues, end: int) -> Iterator[re.Match[str]]:
    """``pc.cue_re.finditer(norm)`` up to the first match starting at or after ``end`` (labels
    further down are never used: ``_from_cued``'s bare and colon limits are both <= ``end``).

    A match starts where one of the labels' first words is spelt out, so ``cue_re.match`` runs
    only at those positions (found by ``str.find``), left to right and skipping positions
    inside the previous match: the same matches as ``finditer``, without trying the regex at
    every character of the page's head.
    """
    starts: set[int] = set()
    for w in pc.first_words:
        stop = end + len(w) - 1          # occurrences that start before ``end``
        i = norm.find(w, 0, stop)
        while i >= 0:
            starts.add(i)
            i = norm.find(w, i + 1, stop)
    if pc.split_starts is not None:      # one scan for the fragments of split labels
        starts.update(p for p in (m.start() for m in pc.split_starts.finditer(norm, 0, end + 40)) if p < end)
    last = 0
    for p in sorted(starts):
        if p < last:
            continue
        m = pc.cue_re.match(norm, p)
        if m:
            yield m
            last = m.end()


_STAMP_HEAD_CHARS, _STAMP_HEAD_LINES, _STAMP_FOOT_CHARS = 600, 3, 300


def _printed_day(a: _Atom) -> bool:
    """A Gregorian date printed to the day (words, digits or English), one day: what a page stamp is made of."""
    return a.start is not None and a.precision == "day" and a.ptype in ("abs", "num", "eng") and a.start == a.end


def _stamp_zones(norm: str) -> tuple[int, int]:
    """The head (first 3 non-empty lines within 600 characters) and the foot (the last 300
    characters) of the page, where a site prints its date-and-time stamp."""
    pos, n = 0, 0
    head = min(len(norm), _STAMP_HEAD_CHARS)
    for line in norm.split("\n"):
        pos += len(line) + 1
        n += bool(line.strip())
        if n >= _STAMP_HEAD_LINES:
            head = min(head, pos)
            break
    return head, max(head, len(norm) - _STAMP_FOOT_CHARS)


def _from_stamp(body: str, norm: str, offs: list[int] | OffsetArray, atoms: list[_Atom],
                horizon: dt.date, url_day: tuple[dt.date, str] | None) -> Published | None:
    """A full date next to a clock time at the head or foot of the page: the site's date-and-time
    stamp ("2017 / 12 / 8 الساعة 22 : 20", "19 : 53 28 . 12 . 2017 ( محدثة ...", "October 11 ,
    2017 , 3 : 25 am"). Not in running text: a preposition before the date ("في 12 آذار الساعة
    10 : 30") or a part of the day after the clock ("صباحا") is prose; a site-update or "today"
    label before it is a crawl-time widget ("اليوم : ..." counts only when the URL dates the page
    the same, see ``_url_agrees``). An update stamp ("محدثة 19 : 54 ...") counts only when the page
    has no other; stamps of two different days (a listing of items) give nothing; else the head
    stamp, else the foot stamp. A stamp the page's URL contradicts is a crawl-time ticker
    ("الأحد , 21 يناير 2018 09 : 44 ص" on a page whose URL says 2017/8/5).
    """
    pc = _pub_cues()
    head_end, foot_start = _stamp_zones(norm)
    found: list[tuple[bool, dt.date, _Atom, bool, int, int]] = []
    for a in atoms:
        if not _printed_day(a):
            continue
        in_head = a.ns < head_end
        if not (in_head or a.ns >= foot_start):
            continue
        after = pc.clock_after.match(norm, a.ne)
        # a day part after the clock is prose ("12 آذار 2017 الساعة 10 : 30 صباحا"), unless a "|"
        # sets the clock off the date: a typeset stamp ("6 كانون الأول 2017 | 10 : 25 مساء بتوقيت
        # دمشق"); "... بتوقيت دمشق الآن" is the site's live clock (a crawl-time ticker)
        # (a "|" just before the date too: "<title> | <site> الإثنين 11 / 12 / 2017 | 15 : 31
        # بتوقيت ..." is the header bar's live clock)
        # (a " - " sets the clock off too after a date with its weekday, which must agree: Al-Alam's
        # and Al-Kawthar's "الثلاثاء 5 ديسمبر 2017 - 18 : 17 بتوقيت غرينتش" under the title)
        sep = norm[a.ne:after.start() + 4] if after else ""
        set_off = "|" in sep or ("-" in sep and a.weekday is not None and a.start.weekday() == a.weekday)
        if after and pc.day_part.match(norm, after.end()) and (
                not set_off or pc.now.match(norm, after.end())
                or "|" in norm[max(0, a.ns - _CAL_BAR):a.ns]):
            after = None
        before = pc.clock_before.search(norm, max(0, a.ns - 40), a.ns)
        if not (after or before):
            continue
        lead = norm[max(0, a.ns - 60):a.ns]
        if _strip_clitic(_word_before(norm, a.ns)) in _INTRO_WORDS or pc.site_stamp.search(lead):
            continue     # "في 12 آذار 2017 الساعة 10 : 30": an event time in running text
        if pc.today.search(lead) and not _url_agrees(a.start, url_day, strict=True):
            continue     # "اليوم : <date> 10 : 00": the crawl-time "today" widget
        if not (_PUB_MIN <= a.start <= horizon) or not _url_agrees(a.start, url_day):
            continue
        # the clock may stand between "محدثة" and the date: look before the clock too
        lead_end = before.start() if before else a.ns
        found.append((in_head, a.start, a, bool(pc.stamp_update.search(norm, max(0, lead_end - 20), lead_end)),
                      lead_end, after.end() if after else a.ne))
    pool = [x for x in found if not x[3]] or found
    pool = [x for x in pool if x[0]] or pool
    if not pool or len({x[1] for x in pool}) > 1:
        return None      # stamps of several days: the items of a listing, not one page's stamp
    _h, d, _a, _u, ns, ne = min(pool, key=lambda x: x[2].ns)
    s, e = to_original_span(offs, ns, ne)       # the evidence: the date with its clock
    return _published(d, " ".join(body[s:e].split()), "printed")


@lru_cache(maxsize=1)
def _source_stamp_re() -> re.Pattern[str]:
    """"/ مصدر : شينخوا / 2017 : 09 : 09 . 11 : 00" (normalised): a source label, a short name, then
    year : month : day . hour : minute -- a clock with seconds ("2017 : 11 : 15 . 10 : 47 : 15 |") is
    the site's live clock and does not match."""
    labels = _alt({_n(x) for x in _load("date_words.yaml")["source_stamp_labels"]})
    return re.compile(rf"(?<!\w)(?:{labels})\s*:\s*[^\d/:|\n]{{1,30}}/\s*"
                      rf"(?P<y>(?:19|20)\d\d)\s*:\s*(?P<m>[01]?\d)\s*:\s*(?P<d>[0-3]?\d)\s*\.\s*"
                      rf"(?:[01]?\d|2[0-3])\s*:\s*[0-5]\d(?!\s*:\s*\d)")


def _from_source_stamp(body: str, norm: str, offs: list[int] | OffsetArray, horizon: dt.date,
                       url_day: tuple[dt.date, str] | None) -> Published | None:
    """The page's source line with its colon-separated date and clock, in the page's head (Xinhua)."""
    head_end, _foot = _stamp_zones(norm)
    m = _source_stamp_re().search(norm, 0, head_end + 80)
    if m is None or m.start() >= head_end:
        return None
    day = _valid(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    if day is None or not (_PUB_MIN <= day <= horizon) or not _url_agrees(day, url_day):
        return None
    s, e = to_original_span(offs, m.start(), m.end())
    return _published(day, " ".join(body[s:e].split()), "printed")


@lru_cache(maxsize=1)
def _update_stamp_re() -> re.Pattern[str]:
    """Right after a date: "م ( اخر تحديث ) الساعه 17 : 15" (normalised)."""
    words = _load("date_words.yaml")
    labels = _alt({_n(x) for x in words["update_stamp_labels"]})
    clock_w = _alt({_n(x) for x in words["stamp_clock_words"]})
    return re.compile(rf"(?:\s*م(?!\w))?\s*\(\s*(?:{labels})\s*\)\s*(?:(?:{clock_w})\s*)?"
                      rf"(?:[01]?\d|2[0-3])\s*:\s*[0-5]\d(?!\s*[:/.]?\s*\d)")


def _from_update_stamp(body: str, norm: str, offs: list[int] | OffsetArray, atoms: list[_Atom], horizon: dt.date,
                       url_day: tuple[dt.date, str] | None) -> Published | None:
    """"<weekday> 23 / 10 / 2017 م ( آخر تحديث ) الساعة 17 : 15" in the page's head, when a later
    head date names the same day (Al-Araby Al-Jadeed repeats the title, then "23 أكتوبر 2017"). A
    site bar's clock has the same shape and shows the day the page was viewed: it stands alone, or
    beside a head date of another day, and dates nothing."""
    head_end, _foot = _stamp_zones(norm)
    days = [a for a in atoms if a.ns < head_end and _printed_day(a)]
    for i, a in enumerate(days):
        m = _update_stamp_re().match(norm, a.ne)
        if m is None:
            continue
        if any(b.start == a.start for b in days[i + 1:]) and _PUB_MIN <= a.start <= horizon \
                and _url_agrees(a.start, url_day):
            s, e = to_original_span(offs, a.ns, m.end())
            return _published(a.start, " ".join(body[s:e].split()), "printed")
        return None
    return None


@lru_cache(maxsize=1)
def _zone_stamp_re() -> re.Pattern[str]:
    """"gmt 11 : 13 2017 الجمعه 18 اغسطس" (normalised): a time zone, a clock, then the year,
    weekday, day and month -- Elaph prints the article's publication and update times so."""
    lex = _lex()
    zones = _alt({_n(x).lower() for x in _load("date_words.yaml")["stamp_time_zones"]})
    return re.compile(
        rf"(?<![^\W\d_])(?:{zones})\s*(?:[01]?\d|2[0-3])\s*:\s*[0-5]\d\s+(?P<y>(?:19|20)\d{{2}})\s+"
        rf"(?P<wd>{_alt(set(lex.weekday))})\s+(?P<d>\d{{1,2}})\s+(?P<m>{_alt(set(lex.gmonth))})(?!\w)", re.I)


def _from_zone_stamp(body: str, norm: str, offs: list[int] | OffsetArray, lex: _Lex, horizon: dt.date,
                     url_day: tuple[dt.date, str] | None) -> Published | None:
    """The first "GMT <clock> <year> <weekday> <day> <month>" stamp in the page's head (Elaph: the
    publication stamp, then the update stamp). The weekday must agree with the date (a misread is
    no date); the issue bar "العدد 6088 الأحد 21 يناير 2018" before it is the day the page was
    viewed and is not used."""
    head_end, _foot = _stamp_zones(norm)
    for m in _zone_stamp_re().finditer(norm, 0, head_end + 80):
        if m.start() >= head_end or m.group("m") in lex.ambiguous:
            continue
        day = _valid(int(m.group("y")), lex.gmonth[m.group("m")], int(m.group("d")))
        if day is None or day.weekday() != lex.weekday[m.group("wd")]:
            return None     # a misread first stamp: the next one is the update, not the publication
        if _PUB_MIN <= day <= horizon and _url_agrees(day, url_day):
            s, e = to_original_span(offs, m.start(), m.end())
            return _published(day, " ".join(body[s:e].split()), "printed")
        return None
    return None


URL_ECHO_HEAD_CHARS = 600    # the page's head (site bar, title, byline), as _STAMP_HEAD_CHARS


def _from_url_echo(body: str, offs: list[int] | OffsetArray, atoms: list[_Atom],
                   url_day: tuple[dt.date, str] | None, horizon: dt.date) -> Published | None:
    """A full date printed at the head of the page that names the very day its URL files it under
    ("عين اليقين | مجلة عين اليقين October 17 , 2017" under "/arch_2017/Oct-17/", "Euronews 26 / 11 /
    2017" under "/2017/11/26/", "أحداث الاثنين 04 كانون الأول 2017" under its slug): the page prints
    its date and its address says the same. Neither alone would do (a head date may be a crawl-time
    ticker, a URL's date is no printed date), but a ticker that shows the URL's day shows the page's
    day too. The URL must carry a day (not a month), and the printed day must be that day exactly."""
    if url_day is None or url_day[1] != "day":
        return None
    day = url_day[0]
    for a in atoms:
        if a.ns >= URL_ECHO_HEAD_CHARS:
            break
        if _printed_day(a) and a.start == day and _PUB_MIN <= day <= horizon:
            s, e = to_original_span(offs, a.ns, a.ne)
            if body[max(0, s - 3):s].rstrip().endswith("/") and body[e:e + 3].lstrip().startswith("/"):
                continue    # the page's address printed in its text ("... / features / 2017 / 07 / 14 / ..."): no stamp
            return _published(day, " ".join(body[s:e].split()), "printed")
    return None


def _from_today_label(body: str, norm: str, offs: list[int] | OffsetArray, atoms: list[_Atom],
                      horizon: dt.date, url_day: tuple[dt.date, str] | None) -> Published | None:
    """"اليوم : 9 ديسمبر , 2017" at the head of the page: a "today" widget shows the crawl time,
    so it dates the page only when the page's URL carries the same date (its day, or its month
    when the URL has no day)."""
    if url_day is None:
        return None
    pc = _pub_cues()
    head_end, _foot = _stamp_zones(norm)
    for a in atoms:
        if a.ns >= head_end:
            break
        if not _printed_day(a):
            continue
        m = pc.today.search(norm, max(0, a.ns - 30), a.ns)
        if m and _PUB_MIN <= a.start <= horizon and _url_agrees(a.start, url_day, strict=True):
            s, e = to_original_span(offs, m.start(), a.ne)
            return _published(a.start, " ".join(body[s:e].split()), "printed")
    return None


_CAL_GAP = 30        # characters at most between the Hijri and the Gregorian date of one stamp
_CAL_BAR = 40        # a "|" this close before the stamp: the page's header bar ("<title> | <site>")


@lru_cache(maxsize=1)
def _issue_label() -> re.Pattern[str]:
    """"| السنة 27 العدد 9736", "م - العدد 16305": a masthead's volume and issue number after its date."""
    words = _load("date_words.yaml")
    volume = _alt({_n(x) for x in words["issue_volume_words"]})
    issue = _alt({_n(x) for x in words["issue_words"]})
    return re.compile(rf"\s*(?:م\s*)?[|\-–,]*\s*(?:(?:{volume})\s+\d+\s*[|\-–,]*\s*)?(?:{issue})\s*:?\s*\d+")


def _issue_after(norm: str, end: int) -> bool:
    return _issue_label().match(norm, end) is not None


def _from_calendar_stamp(body: str, norm: str, offs: list[int] | OffsetArray, atoms: list[_Atom],
                         lex: _Lex, horizon: dt.date, url_day: tuple[dt.date, str] | None) -> Published | None:
    """"الخميس - 29 محرم 1439 ه - - 19 أكتوبر 2017 م" at the head of the page: a weekday, a Hijri
    and a Gregorian date that all name the same day (the Hijri one within a day: calendars differ;
    the weekday must be the Gregorian date's), with nothing but separators (and "الموافق")
    between them. Pages flattened to one line lose the short date line ``_from_printed`` needs;
    the three-way agreement is what a hand-typed date in running text almost never has.

    It is also what a site's header ticker prints at crawl time, so the existing vetoes apply:
    the URL's date must allow it (``_url_agrees``), a stamp preceded by a preposition or "يوم" is
    prose, and the corpus pass (rasd.corpus.crawl_dates) demotes it when the same date text is
    printed on other pages of the site published on other days."""
    head_end, _foot = _stamp_zones(norm)
    greg = [a for a in atoms if _printed_day(a)]
    found: list[tuple[dt.date, str | None, int, int, bool]] = []   # (day, hijri, start, end, usable)
    issued: set[dt.date] = set()     # days whose stamp the edition's issue number follows
    for h in atoms:
        if not (h.ptype == "hijri" and h.start is not None and h.precision == "day" and h.start == h.end):
            continue
        for g in greg:
            # Hijri calendars (Umm al-Qura, local sighting) differ by a day: as _from_printed
            if g.start is None or abs((g.start - h.start).days) > 1:
                continue
            first, second = (h, g) if h.ns < g.ns else (g, h)
            gap = norm[first.ne:second.ns]
            if second.ns - first.ne > _CAL_GAP or len(_LETTER_WORD.findall(gap)) > 2:
                continue
            # the weekday right before the first date (or inside it: "الخميس 19 أكتوبر 2017")
            wd_m = re.search(r"([^\W\d_]+)[\s,\-–|]*$", norm[max(0, first.ns - 20):first.ns])
            wd_word = wd_m.group(1) if wd_m else ""
            wd_pos = first.ns - (len(norm[max(0, first.ns - 20):first.ns]) - wd_m.start(1)) if wd_m else first.ns
            wd = lex.weekday.get(wd_word)
            if wd is None and first.weekday is not None:
                wd, wd_pos = first.weekday, first.ns
            d = g.start
            if wd is None and _issue_after(norm, second.ne):
                # a print edition's masthead: the issue number after the two calendars' dates stands for the weekday
                wd, wd_pos = d.weekday(), first.ns
            if wd is None or wd != d.weekday():
                continue
            before = _strip_clitic(_word_before(norm, wd_pos))
            if before in _INTRO_WORDS or before == "يوم":
                continue     # "وقع يوم الخميس 29 محرم ...": an event in running text
            # "<title> | <site> الأحد 21 يناير 2018 م | 04 جمادى ...": the header bar's today's
            # date (crawl time, printed on every page of the site) is never taken
            # "( أورينت , السبت 22 صفر ... )": the date of a cited source; a clock with seconds
            # after the stamp ("12 : 12 : 04 بتوقيت مكة") is the header's live clock
            cited = norm[max(0, wd_pos - 3):wd_pos].rstrip()[-1:] in (",", "(", "،")
            clock = _pub_cues().clock_after.match(norm, second.ne)
            live = clock is not None and clock.group().count(":") >= 2
            ok = (wd_pos < head_end and "|" not in norm[max(0, wd_pos - _CAL_BAR):wd_pos] and not cited
                  and not live and _PUB_MIN <= d <= horizon and _url_agrees(d, url_day))
            found.append((d, h.hijri, wd_pos, second.ne, ok))
            if _issue_after(norm, second.ne):
                issued.add(d)
            break
    if len({x[0] for x in found}) > 1:
        if len(issued) != 1:
            return None      # stamps of two days (a ticker and the page's own, a listing): undecided
        # "الأحد ... 21 يناير 2018 م - درجة الحرارة 19 ... الاربعاء ... 13 فبراير 2013 م - العدد 16305": the
        # stamp the issue number follows is the print edition's masthead, the page's day; the other is
        # the site's ticker of the day it was viewed
        found = [x for x in found if x[0] in issued]
    taken = [x for x in found if x[4]]
    if not taken:
        return None
    d, hijri, ns, ne, _ok = taken[0]
    s, e = to_original_span(offs, ns, ne)
    return _published(d, " ".join(body[s:e].split()), "printed", hijri)


# the page's title as its first line gives it: "<title> | <site>", "<title> - <site>"
_TITLE_SEP = re.compile(r"\s+[|\-–]\s+")
# what may stand between the title's echo and its date: spaces, a bar, a dash, a breadcrumb's ">"
_ECHO_GAP = re.compile(r"[\s|>\-–]*")
TITLE_ECHO_CHARS = 3000     # the article's header (title, date, byline) is printed near the top
TITLE_ECHO_LEAD = 1500     # the lead whose "اليوم الأحد" confirms the date: the first paragraphs
TITLE_MIN_WORDS = 3         # "العدد : 14548" (an issue number) or a site name is no headline


PRESS_HEAD_CHARS = 400     # a press review's heading is its title: at the page's head (after a site bar)


@lru_cache(maxsize=1)
def _press_heading() -> re.Pattern[str]:
    """A daily press review's heading, then its link words, weekday or punctuation (normalised):
    "الصحافة اليوم", "افتتاحيات الصحف ليوم الجمعة", "أخبار الصحافة" (date_words.yaml)."""
    words = _load("date_words.yaml")
    heads = _alt({_n(x) for x in words["press_review_headings"]})
    links = _alt({_n(x) for x in words["press_review_links"]})
    wd = _alt(set(_lex().weekday))
    return re.compile(rf"(?<![^\W\d_])(?:{heads})(?:\s*[:\-–|,(]\s*|\s+(?:{links})(?![^\W\d_])|\s+(?:{wd})(?![^\W\d_]))*\s*$")


def _from_press_heading(body: str, norm: str, offs: list[int] | OffsetArray, atoms: list[_Atom],
                        horizon: dt.date, url_day: tuple[dt.date, str] | None) -> Published | None:
    """"الصحافة اليوم 15 - 7 - 2017 : ..." at the head of the page: a daily press review's heading
    dates it by the papers it reviews, which are that day's (its "الصادرة اليوم" is that day). The
    date must follow the heading (a weekday printed with it must agree); a crawl-time widget is
    never led by one. Two such headings of different days: none."""
    pat = _press_heading()
    wd = _lex().weekday
    found: list[tuple[dt.date, int, int]] = []
    for a in atoms:
        if a.ns >= PRESS_HEAD_CHARS:
            break
        if not _printed_day(a):
            continue
        m = pat.search(norm, max(0, a.ns - 60), a.ns)
        if m is None or (a.weekday is not None and a.start.weekday() != a.weekday):
            continue
        told = {wd[_key(w)] for w in m.group(0).split() if _key(w) in wd}
        if told - {a.start.weekday()}:
            continue
        found.append((a.start, m.start(), a.ne))
    if len({f[0] for f in found}) != 1:
        return None
    d, ns, ne = found[0]
    if not (_PUB_MIN <= d <= horizon and _url_agrees(d, url_day)):
        return None
    s, e = to_original_span(offs, ns, ne)
    return _published(d, " ".join(body[s:e].split()), "printed")


def _from_title_echo(body: str, horizon: dt.date, url_day: tuple[dt.date, str] | None,
                     cues: list[RelativeCue]) -> Published | None:
    """The article's header: its headline printed again under the site's navigation, the date
    right after it ("<title> | نون بوست ... <title> 04 سبتمبر 2014 <lead>", "<title> 18 / 12 / 2017").
    Sites print an article's date with its headline; the page's first line is its HTML title, so a
    date glued to the title's echo is the article's own, never a ticker or a related item (which
    print another headline). Two such dates of different days: none. Only on a news report: its lead
    names the day of what it tells ("اليوم الأحد", "أمس السبت") and that weekday agrees with the date;
    an analysis, a year's review or a report on a past year tells months-old happenings, which a
    publication date would wrongly turn into the week's news or hide as background."""
    first = body.split("\n", 1)[0]
    sep = _TITLE_SEP.search(first)
    if sep is None:
        return None
    title = first[:sep.start()].strip()
    if len(_LETTER_WORD.findall(title)) < TITLE_MIN_WORDS:
        return None
    found: list[tuple[dt.date, int, int]] = []
    at = body.find(title, sep.end())
    while at != -1 and at < TITLE_ECHO_CHARS:
        end = at + len(title)
        gap = _ECHO_GAP.match(body, end)
        start = gap.end() if gap else end
        for d in find_dates(body[start:start + 80]):
            if d.start == 0 and d.precision == "day" and d.date_start and d.kind in ("absolute", "hijri"):
                found.append((dt.date.fromisoformat(d.date_start[:10]), start, start + d.end))
            break
        at = body.find(title, end)
    if len({f[0] for f in found}) != 1:
        return None
    d, s, e = found[0]
    if not (_PUB_MIN <= d <= horizon and _url_agrees(d, url_day)):
        return None
    lead = [c for c in cues if e <= c.start < e + TITLE_ECHO_LEAD and c.weekday is not None and c.offset_days is not None]
    if not lead or any(WEEKDAY_NAMES[(d + dt.timedelta(days=c.offset_days)).weekday()] != c.weekday for c in lead):
        return None
    return _published(d, " ".join(body[s:e].split()), "printed")


_URL_YEAR = re.compile(r"(?:19|20)[0-9]{2}")
# a date in a page's URL: /2017/12/8/, /2017-07-05/, /12/12/2017/, /201712281028832695-...
_URL_YMD = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})[/_-]([01]?[0-9])(?:[/_-]([0-3]?[0-9]))?(?![0-9])")
# "/26/09/2017", and Liveuamap's feed days "/time/26.09.2017"
_URL_DMY = re.compile(r"/([0-3]?[0-9])[/.]([01]?[0-9])[/.]((?:19|20)[0-9]{2})(?![0-9])")
_URL_COMPACT = re.compile(r"/((?:19|20)[0-9]{2})([01][0-9])([0-3][0-9])[0-9]{4,}")
# "/ar/20171227-<slug>" (France 24, Monte Carlo Doualiya): a day, a dash, then the title (not a number)
_URL_YMD_SLUG = re.compile(r"/((?:19|20)[0-9]{2})([01][0-9])([0-3][0-9])-(?![0-9])")
# "/2016/10/161017_arab_press_review" (BBC Arabic): year and month folders, then a name opening with the
# same year and month as YYMMDD and the day; the name's year and month must repeat the folders'
_URL_Y_M_YYMMDD = re.compile(r"/(?:19|20)([0-9]{2})/([01][0-9])/([0-9]{2})([01][0-9])([0-3][0-9])_")
# "/2017/0909/" (a year folder, then month and day run together)
_URL_Y_MD = re.compile(r"/((?:19|20)[0-9]{2})/([01][0-9])([0-3][0-9])/")
# a query field naming a date: "?date=15082016", "&cdate=27102017" (day first) or "date=20171027"
_URL_QUERY_DATE = re.compile(r"(?:^|[?&])[a-z_]*date=([0-9]{8})(?![0-9])", re.I)
# WordPress's archive query ("?m=201503", "?m=20150331": WP_Query's "m" field, YYYYMM[DD])
_URL_QUERY_WP = re.compile(r"(?:^|&)m=((?:19|20)[0-9]{2})([01][0-9])([0-3][0-9])?(?:&|$)")
# a month archive's query with both fields, "topstory.asp?month=1&year=2014" (UN News Centre):
# like WordPress's "?m=201401" above, the page lists that month's items
_URL_QUERY_MONTH = re.compile(r"(?:^|&)month=([01]?[0-9])(?:&|$)", re.I)
_URL_QUERY_YEAR = re.compile(r"(?:^|&)year=((?:19|20)[0-9]{2})(?:&|$)", re.I)
# Liveuamap's item pages: "/ar/2017/21-august-civilians-captured-..." (year folder, day-month slug)
_URL_Y_DMONTH = re.compile(r"/((?:19|20)[0-9]{2})/([0-3]?[0-9])-([a-z]+)-", re.I)
# a folder that is a whole day-month-year: "/news/490/1-11-2017/<slug>" (never a slug's tail,
# "...-10-9-2015_ad-id", which names an event's day)
_URL_DMY_DASH = re.compile(r"/([0-3]?[0-9])-([01]?[0-9])-((?:19|20)[0-9]{2})(?=/|$)")
# a year (folder or archive folder), then a month-name-day folder: "/arch_2017/Oct-17/ar3.php"
_URL_Y_MONTHD = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})/([a-z]{3,9})-([0-3]?[0-9])(?=/)", re.I)
# an article id that is its Unix time in nanoseconds at 100 ns steps, "/articles/1514118916481086400/"
# (Al-Khaleej Online, Al-Jarida, Lebanon 24: 10 digits of seconds, 7 more, then "00")
_URL_EPOCH_NS = re.compile(r"/articles/(1[0-9]{9})[0-9]{7}00(?=/|$)")
# a day-month-year run together, alone or before a short counter: Al Jadeed's "/27122017",
# "/2712201712", Mwatana's "/15122015441", a slug's "-13122017_ad-id"; day first, as the query
# dates above (as year-month-day the "19"/"20" would be a month: the two readings never collide)
_URL_DMY_RUN = re.compile(r"(?<![0-9])([0-3][0-9])([01][0-9])((?:19|20)[0-9]{2})[0-9]{0,3}(?![0-9])")
# a slug that spells the date out: ".../أحداث-السبت-04-تشرين-الثاني-2017/" (percent-encoded)
_URL_SLUG_DATE = re.compile(r"(?<![0-9])[0-3]?[0-9]-[^\W\d_]+(?:-[^\W\d_]+)?-(?:19|20)[0-9]{2}(?![0-9])")


def _url_day(y: int, m: int, d: int) -> dt.date | None:
    """A real calendar day from 1990 to today (an id that only looks like a date is neither)."""
    day = _valid(y, m, d)
    return day if day and dt.date(1990, 1, 1) <= day <= _today() else None


def url_date(url: str | None) -> tuple[dt.date, str] | None:
    """The date a page's URL carries, with its precision ("day" or "month"), or None."""
    if not url:
        return None
    path = url.split("://", 1)[-1].partition("/")[2]
    path, _q, query = path.partition("?")
    path = "/" + path
    # every form below holds a year "19xx"/"20xx" in the URL (the slug's: once unquoted), but the
    # article id of Unix time after "articles/": most URLs hold neither (a slug and an id)
    if not _URL_YEAR.search(url) and "articles/" not in path and not ("%" in path and _URL_YEAR.search(unquote(path))):
        return None
    for m in _URL_Y_M_YYMMDD.finditer(path):
        if m.group(1) == m.group(3) and m.group(2) == m.group(4):
            day = _valid(int(path[m.start() + 1:m.start() + 3] + m.group(1)), int(m.group(2)), int(m.group(5)))
            if day:
                return day, "day"
    for pat, order in ((_URL_Y_MD, "ymd"), (_URL_Y_DMONTH, "ydm"), (_URL_YMD, "ymd"), (_URL_DMY, "dmy"),
                       (_URL_COMPACT, "ymd")):
        for m in pat.finditer(path):
            if order == "ydm":
                mon = _lex().emonth.get(m.group(3).lower())
                day = _valid(int(m.group(1)), mon, int(m.group(2))) if mon else None
                if day:
                    return day, "day"
                continue
            y, mo, d = (m.group(1), m.group(2), m.group(3)) if order == "ymd" else (m.group(3), m.group(2), m.group(1))
            if d:
                day = _valid(int(y), int(mo), int(d))
                if day:
                    return day, "day"
            elif 1 <= int(mo) <= 12:
                return dt.date(int(y), int(mo), 1), "month"
    # the checked forms (a real day from 1990 to today), in this order
    for pat, order in ((_URL_YMD_SLUG, "ymd"), (_URL_DMY_DASH, "dmy"), (_URL_Y_MONTHD, "y-month-d"),
                       (_URL_DMY_RUN, "dmy")):
        for m in pat.finditer(path):
            if order == "y-month-d":
                y, mon, d = int(m.group(1)), _lex().emonth.get(m.group(2).lower()), int(m.group(3))
            else:
                y, mon, d = (int(m.group(i)) for i in ((1, 2, 3) if order == "ymd" else (3, 2, 1)))
            day = _url_day(y, mon, d) if mon else None
            if day:
                return day, "day"
    for m in _URL_EPOCH_NS.finditer(path):
        # the UTC day; the sites are at UTC+2/+3, so a late-evening item may read a day early,
        # which the URL's 2-day tolerance (``_url_agrees``) absorbs
        day = dt.datetime.fromtimestamp(int(m.group(1)), tz=dt.UTC).date()
        if _url_day(day.year, day.month, day.day):
            return day, "day"
    for m in _URL_QUERY_DATE.finditer(query):
        v = m.group(1)
        day = _valid(int(v[:4]), int(v[4:6]), int(v[6:])) if v[:2] in ("19", "20") else None
        if day is None and v[4:6] in ("19", "20"):
            day = _valid(int(v[4:]), int(v[2:4]), int(v[:2]))
        if day:
            return day, "day"
    for m in _URL_QUERY_WP.finditer(query):
        y, mo = int(m.group(1)), int(m.group(2))
        if m.group(3):
            day = _valid(y, mo, int(m.group(3)))
            if day:
                return day, "day"
        elif 1 <= mo <= 12:
            return dt.date(y, mo, 1), "month"
    mo_m, y_m = _URL_QUERY_MONTH.search(query), _URL_QUERY_YEAR.search(query)
    if mo_m and y_m and 1 <= int(mo_m.group(1)) <= 12:
        first = _url_day(int(y_m.group(1)), int(mo_m.group(1)), 1)
        if first:
            return first, "month"
    if "%" in path:        # an Arabic slug: its dashes read as spaces, the date read as in the text
        for m in _URL_SLUG_DATE.finditer(unquote(path)):
            for d in find_dates(m.group().replace("-", " ")):
                if d.kind == "absolute" and d.precision == "day" and d.date_start:
                    return dt.date.fromisoformat(d.date_start[:10]), "day"
    return None


def _url_agrees(d: dt.date, url_day: tuple[dt.date, str] | None, strict: bool = False) -> bool:
    """The URL's date (if any) allows ``d``: within 2 days of its day or inside its month (a page
    is filed under its publication date; a ticker shows the later crawl date). ``strict``: the URL
    must carry a date."""
    if url_day is None:
        return not strict
    u, precision = url_day
    if precision == "day":
        return abs((d - u).days) <= 2
    return (d.year, d.month) == (u.year, u.month)


def url_allows(day: dt.date, url: str | None) -> bool:
    """A page whose URL carries a date is not published on a day that date rules out."""
    return _url_agrees(day, url_date(url))


_ANY_DIGIT = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9]")
_LETTER_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_PUNCT = (".", "!", "?", "؟", "،", ",")
_ADJ_GAP = re.compile(r"\s*[,(،]?\s*")


def _from_adjacent_relative(body: str, dates: list[DateExpr], horizon: dt.date,
                            cues: list[RelativeCue]) -> Published | None:
    """"اليوم السبت 31 آذار 2018" / "أمس الإثنين 23 نيسان 2018": a day word next to a full date."""
    full = [d for d in dates if d.date_start and d.precision == "day" and d.kind in ("absolute", "hijri")]
    if not full:
        return None
    head_end = _head_ends(body)[1]     # further down: an item of a compilation, a quoted source
    for c in cues:
        if c.offset_days is None or c.start >= head_end:
            continue
        # a bare "اليوم" before a numeric stamp ("كاريكاتور اليوم 21 / 01 / 2018", "اليوم 2018/01/21
        # البحث عن") is a widget or a heading, not a sentence; prose names the weekday or the month
        bare = c.weekday is None and len(c.surface.split()) == 1
        for d in full:
            if bare and not _LETTER_WORD.search(d.surface):
                continue
            if d.start >= c.end and _ADJ_GAP.fullmatch(body, c.end, d.start):
                day = dt.date.fromisoformat(d.date_start or "")
                pub = day - dt.timedelta(days=c.offset_days)
                if _PUB_MIN <= pub <= horizon and (c.weekday is None or WEEKDAY_NAMES[day.weekday()] == c.weekday):
                    return _published(pub, body[c.start:d.end], "relative", d.hijri)
    return None


def _from_tweets(dates: list[DateExpr], horizon: dt.date, lex: _Lex, cues: list[RelativeCue]) -> Published | None:
    tweets = sorted(dt.date.fromisoformat(d.date_start) for d in dates
                    if d.kind == "tweet" and d.date_start and d.precision == "day")
    tweets = [t for t in tweets if t <= horizon]
    if not tweets:
        return None
    median = tweets[len(tweets) // 2]
    tweets = [t for t in tweets if (t - median).days <= 366]
    latest = tweets[-1]
    ev_tweet = next(d.surface for d in dates if d.kind == "tweet" and d.date_start == latest.isoformat())
    # a "today is <weekday>" cue pins the day: first such weekday on or after the latest tweet
    for c in cues:
        if c.offset_days == 0 and c.weekday is not None:
            wd = WEEKDAY_NAMES.index(c.weekday)
            d = latest + dt.timedelta(days=(wd - latest.weekday()) % 7)
            if d <= horizon:
                return _published(d, f"{ev_tweet} | {c.surface}", "weekday-cue")
    # month certain: "<month> الجاري" names the tweet's month
    for d in dates:
        if d.kind == "relative":
            n = normalize(d.surface)
            if any(w in n.split() for w in lex.current):
                m = _month_in(n, lex)
                if m == latest.month:
                    return Published(date=f"{latest.year:04d}-{latest.month:02d}", precision="month",
                                     evidence=f"{ev_tweet} | {d.surface}", method="tweet")
    return None


def _month_in(norm_surface: str, lex: _Lex) -> int | None:
    for name, m in sorted(lex.gmonth.items(), key=lambda kv: -len(kv[0])):
        if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", norm_surface):
            return m
    return None


_META_RE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def _parse_meta(meta_date: str | None) -> dt.date | None:
    if not meta_date:
        return None
    m = _META_RE.search(meta_date)
    if m:
        return _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    found = [d for d in find_dates(meta_date) if d.date_start and d.precision == "day"]
    return dt.date.fromisoformat(found[0].date_start or "") if found else None


def infer_published(body: str, meta_date: str | None = None, today: dt.date | None = None,
                    url: str | None = None) -> Published:
    """Publication date of a page from its own evidence, in this order:

    0. a date right after the page's own publication label, anywhere on a line in the page's head
       ("تاريخ النشر : 19 - 01 - 2018", "نشر فى : السبت 25 نوفمبر 2017", "Published: Oct 11, 2017");
       the topmost "published" label, else the earliest "آخر تحديث :" (see ``_from_cued``);
    1. a printed date line ("الواقع في 2018/04/23", "الموافق لـ 1439/08/07": Gregorian and Hijri
       checked to agree -> ``hijri`` set); "بيان نشره أمس" + the statement's date line -> +1 day;
    1c. a weekday + Hijri + Gregorian date stamp that all agree, at the head of the page
       ("الخميس - 29 محرم 1439 ه - - 19 أكتوبر 2017 م", see ``_from_calendar_stamp``);
    1b. a date-and-time stamp at the head or foot of the page ("2017 / 12 / 8 الساعة 22 : 20",
       "17 تشرين الثاني 2017 | 17 : 45"), never in running text, a listing or a crawl-time ticker
       the page's URL date contradicts (see ``_from_stamp``); "اليوم : <date>" only when the URL
       carries the same date (``_from_today_label``);
    1d. the date printed right after the headline's echo under the site's navigation ("<title> |
       <site> ... <title> 04 سبتمبر 2014", see ``_from_title_echo``);
    1e. a full date at the head of the page naming the very day the page's URL carries ("October 17 ,
       2017" under "/arch_2017/Oct-17/", see ``_from_url_echo``);
    2. a day word next to a full date ("اليوم السبت 31 آذار 2018") in the page's head;
    2b. a daily press review's heading and its date ("الصحافة اليوم 15 - 7 - 2017", "أخبار الصحافة
       28 / 12 / 2017", see ``_from_press_heading``): the day of the papers it reviews;
    3. embedded tweets ("— name (@handle) ٣٠ مارس، ٢٠١٨"): the page is on/after the latest tweet;
       "اليوم (السبت)" pins the first such weekday on/after it; otherwise month precision only when
       "<month> الجاري" names the tweet's month;
    4. ``meta_date`` (HTML metadata) when plausible (not before the tweets, not in the future).
    Dates of past events mentioned in running text are never used. Otherwise ``unknown``.
    ``today`` bounds "the future" (default: the system date); ``url`` is the page's address (its
    date, if any, vetoes stamps and confirms "today" widgets; it never dates a page by itself).
    """
    lex = _lex()
    horizon = (today or _today()) + dt.timedelta(days=1)
    body = body or ""
    # one scan of the body serves the relative cues and find_dates (same atoms, ref=None); only
    # a few spans are mapped back, so the offsets stay a numpy array
    norm, offs = normalize_with_offset_array(body)
    atoms = _atoms(norm, None, lex)
    cues = _cues_of_atoms(body, norm, offs, atoms, lex, publishing=False)
    combined = _combine(atoms, norm, None, lex) if body else []
    # a page is filed under its publication day: a printed date its URL rules out is a ticker
    url_day = url_date(url)
    pub = _from_cued(body, norm, offs, combined, horizon)
    if pub and _url_agrees(dt.date.fromisoformat(pub.date), url_day):
        return pub
    pub = _from_printed(body, lex, horizon, lambda: _publishing_cues(norm, atoms, cues, lex))
    if pub and _url_agrees(dt.date.fromisoformat(pub.date), url_day):
        return pub
    pub = _from_stamp(body, norm, offs, combined, horizon, url_day) or \
        _from_today_label(body, norm, offs, combined, horizon, url_day) or \
        _from_calendar_stamp(body, norm, offs, combined, lex, horizon, url_day) or \
        _from_zone_stamp(body, norm, offs, lex, horizon, url_day) or \
        _from_update_stamp(body, norm, offs, combined, horizon, url_day) or \
        _from_source_stamp(body, norm, offs, horizon, url_day) or \
        _from_title_echo(body, horizon, url_day, cues) or \
        _from_url_echo(body, offs, combined, url_day, horizon)
    if pub:
        return pub
    # (the dates the steps below read: day dates, relative ones, and those a tweet line may hold)
    dates = [_to_expr(a, body, norm, offs) for a in combined if a.kind == "relative"
             or (a.kind == "absolute" and a.ptype in ("abs", "eng", "num"))
             or (a.kind in ("absolute", "hijri") and a.start is not None and a.precision == "day")]
    # (after the lead's own "اليوم الجمعة 13 - 10 - 2017", which a review whose weekday agrees prints as well)
    pub = _from_adjacent_relative(body, dates, horizon, cues) or \
        _from_press_heading(body, norm, offs, combined, horizon, url_day)
    if pub:
        return pub
    tweet_pub = _from_tweets(dates, horizon, lex, cues)
    if tweet_pub and tweet_pub.precision == "day":
        return tweet_pub
    meta = _parse_meta(meta_date)
    if meta and dt.date(1990, 1, 1) <= meta <= horizon:
        lower = [dt.date.fromisoformat(d.date_start) for d in dates if d.kind == "tweet" and d.date_start]
        lower = [x for x in lower if x <= horizon]
        in_month = tweet_pub is None or tweet_pub.date == meta.isoformat()[:7]
        plausible = not lower or max(lower) <= meta <= max(lower) + dt.timedelta(days=60)
        if plausible and in_month:
            return _published(meta, meta_date or "", "html-meta")
    if tweet_pub:
        return tweet_pub
    return Published()
