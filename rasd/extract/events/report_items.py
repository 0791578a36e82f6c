"""Item boundaries inside one sentence of a digest, a bulletin or a chronology that the feed detector
(rasd.text.feed_items, rasd.extract.feed_items) does not see, because the page has no glued tokens,
time stamps or place headings. Such pages glue their reports on one line or paragraph, and the
place of one report then located the happening of the next (brsample8 PLACE_OTHER rows):

* a source citation in brackets closes a report: "( وفا , 25 أيار / مايو 2014 )" (a source and a full
  date), "( الجزيرة )", "( وكالات )" (only a source);
* a numbered entry of a list run on: "74 - أبو فاروق / ريف حلب - الباب / جراء القصف 75 - محمد ...";
* a date-led entry of a chronology run on: "... في فندق المنصور ببغداد في 13 - 8 مقتل الصحفي ...";
* a hashtag heading ("... بتاريخ 16 - 3 - 2014 # الشيخ - مسكين | عصابات الأسد تستهدف ...") or a bullet
  ("... من قبل المجاهدين * الرستن : قام الطيران ...") of a digest.

``report_cuts`` gives the offsets where the next report starts; ``report_seg`` numbers a sentence's
tokens by report, so that a place of another report is no place of a trigger's (rasd.extract.events.places).
The word lists are data: rasd/data/lexicons/report_items.yaml.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from pathlib import Path

from rasd.data import read_data
from rasd.extract.events.context import _media_names
from rasd.extract.events.sentences import _Cand, _Sent
from rasd.text.normalize import normalize

ITEMS_FILE = Path(__file__).resolve().parent.parent.parent / "data" / "lexicons" / "report_items.yaml"
INTRODUCER_WORDS = 4        # words before a bracket looked at for a name it glosses ("وكالة الأنباء ( سانا )")

_BRACKET = re.compile(r"\(([^()\n]{1,80})\)")
# a full date closing a citation: "23 أيار / مايو 2014", "25 مايو 2014"
_YEAR_DATE = re.compile(r"(?:^|[\s,،])\d{1,2}\s+[^\W\d_]+(?:\s*/\s*[^\W\d_]+)?\s+(?:19|20)\d\d\s*$")
# "74 - محمد": a number of at most three digits, a dash and a word (not a date "14 - 1 - 2016": what stands
# before the number is checked in _numbered, as look-behinds before it made the engine try every position)
_NUMBERED = re.compile(r"(\d\d{0,2}) [-\u2013] (?=[^\W\d_])")   # (= \d{1,3}; a leading \d lets the scan skip ahead)
_DATE_MARKS = frozenset("0123456789/-\u2013")
_WORD_CHAR = re.compile(r"\w")
# "في 13 - 8 مقتل": a day and a month after "في", then a word (not a year)
_DAY_MONTH = re.compile(r"في (\d{1,2}) [-/] (\d{1,2}) (?=[^\W\d_])")    # (its start checked apart: a
# leading look-behind keeps the engine from scanning for the literal "في")
# "# الشيخ - مسكين | عصابات الأسد تستهدف ...": a hashtag heading closed by a bar or a colon
_HASH_HEAD = re.compile(r"(?<!\S)#[ \t]*[^\W\d_][^#|:\n]{0,40}?[ \t]*[|:]")
# "... من قبل المجاهدين * الرستن : قام الطيران ...": a bullet inside a line
_BULLET = re.compile(r"(?<=\S)[ \t]+\*[ \t]+(?=[^\W\d_])")


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], frozenset[str], frozenset[str], int, int]:
    data = read_data(ITEMS_FILE)

    def words(key: str) -> frozenset[str]:
        return frozenset(normalize(str(w)) for w in data[key])
    return (words("source_words"), words("introducers"), words("carry_on"), int(data["min_day_entries"]),
            int(data["min_bullets"]))


def _citation(text: str, m: re.Match[str]) -> bool:
    """The bracket ``m`` is a source citation closing a report: a source and a full date, or only a
    source; not a gloss of the name just before it, nor one the sentence carries on after."""
    sources, introducers, carry_on, _, _ = _lists()
    body = normalize(m.group(1)).strip(" ,،")
    if not body:
        return False
    if (date := _YEAR_DATE.search(body)) is not None:
        if not body[:date.start()].strip(" ,،"):
            return False      # "( 23 أيار 2014 )": a date aside, no source
    elif body not in sources and body not in _media_names():
        return False
    before = normalize(text[max(0, m.start() - 60):m.start()]).split()[-INTRODUCER_WORDS:]
    if any(w in introducers or w[1:] in introducers for w in before):
        return False
    after = normalize(text[m.end():m.end() + 24]).replace("#", " ").split()   # (a ticker's hashtag "# تونس")
    return bool(after) and after[0] not in carry_on and after[0][:1].isalpha()


def _numbered(text: str) -> list[tuple[int, int]]:
    """(number, offset) of each "74 - word" whose number starts a word and follows no date mark
    ("14 - 1 - 2016", "2016/5 - ")."""
    out = []
    for m in _NUMBERED.finditer(text):
        i = m.start()
        if i > 0:
            before = text[i - 1]
            if before in _DATE_MARKS or _WORD_CHAR.match(before) or (before == " " and i > 1 and text[i - 2] in _DATE_MARKS):
                continue
        out.append((int(m.group(1)), i))
    return out


def _entry_heads(text: str) -> list[int]:
    """Where the numbered entries of a list start: each number followed by the next one further on
    (or following the one before), not an enumeration a sentence opens with a colon ("ترافق مع مبادرة
    تكونت من ست نقاط , هي : 1 - تسليم مطار كركوك . 2 - ...": its points are what the sentence tells)."""
    runs: list[list[tuple[int, int]]] = []
    if " - " not in text and " \u2013 " not in text:
        return []
    # the runs by the number they end with, as (creation order, run): a number continues the newest run
    # ending one below it (a dict instead of a scan of every run: pages of tolls hold thousands of numbers)
    ends: dict[int, list[tuple[int, list[tuple[int, int]]]]] = {}
    for n, start in _numbered(text):
        if cands := ends.get(n - 1):
            newest = max(range(len(cands)), key=lambda i: cands[i][0])
            order, run = cands.pop(newest)
            run.append((n, start))
        else:
            order, run = len(runs), [(n, start)]
            runs.append(run)
        ends.setdefault(n, []).append((order, run))
    heads = []
    for run in runs:
        if len(run) < 2 or text[:run[0][1]].rstrip().endswith(":"):
            continue
        heads += [pos for _, pos in run]
    return heads


@lru_cache(maxsize=32)
def report_cuts(text: str) -> tuple[int, ...]:
    """Offsets (sorted) where a report starts inside a line of ``text``: after a source citation, at a
    numbered entry whose neighbour number is an entry too, at a date-led entry of a chronology."""
    cuts = {m.end() for m in _BRACKET.finditer(text) if _citation(text, m)} if "(" in text else set()
    cuts |= set(_entry_heads(text))
    days = [m.start() for m in _DAY_MONTH.finditer(text)
            if (m.start() == 0 or text[m.start() - 1].isspace())
            and 1 <= int(m.group(1)) <= 31 and 1 <= int(m.group(2)) <= 12]
    if len(days) >= _lists()[3]:
        cuts |= set(days)
    if "#" in text:
        cuts |= {m.start() for m in _HASH_HEAD.finditer(text)}
    if "*" in text:
        bullets = [m.end() - 1 for m in _BULLET.finditer(text)]
        if len(bullets) >= _lists()[4]:
            cuts |= {b - 1 for b in bullets}
    return tuple(sorted(cuts))


def report_seg(s: _Sent, text: str) -> list[int]:
    """The report index per token of sentence ``s`` (all 0 when no report starts inside it)."""
    seg = s.report_seg
    if seg is None:
        cuts = report_cuts(text)
        lo = bisect.bisect_right(cuts, s.span.start)
        hi = bisect.bisect_left(cuts, s.span.end)
        inside = cuts[lo:hi]
        seg = s.report_seg = [bisect.bisect_right(inside, t.start) for t in s.tokens] if inside else [0] * len(s.tokens)
    return seg


@lru_cache(maxsize=32)
def _entry_cuts(text: str) -> tuple[int, ...]:
    return tuple(sorted(_entry_heads(text)))


def entry_seg(s: _Sent, text: str) -> list[int] | None:
    """The numbered list entry per token of sentence ``s`` ("74 - فلان / ريف حلب / جراء القصف 75 - ..."), None
    when no entry starts inside it. Only a list's numbers: a citation or a bullet closes a report whose own
    dates may stand after it."""
    cuts = _entry_cuts(text)
    lo = bisect.bisect_right(cuts, s.span.start)
    hi = bisect.bisect_left(cuts, s.span.end)
    inside = cuts[lo:hi]
    return [bisect.bisect_right(inside, t.start) for t in s.tokens] if inside else None


def in_glued_reports(s: _Sent, text: str) -> bool:
    """Sentence ``s`` holds several reports: an event of one that names no place is not at the page's
    main place (that is another report's, as for a timeline entry)."""
    return any(report_seg(s, text))


def lone_report(c: _Cand, text: str) -> bool:
    """Candidate ``c`` is a report of a digest glued to others in its sentence and names no place of its
    own: no row of its own (a row needs a place), and not another report's happening told again, so it
    merges into none ("... بيت لحم ( وفا , 25 أيار ) رصد سقوط قذيفة صاروخية في النقب الغربي" is not the
    Gaza blast told later; "# الشيخ - مسكين | عصابات الأسد تستهدف ..." is not the Daraa camp shelling)."""
    return c.location is None and in_glued_reports(c.sent, text)
