"""Related-article teasers and headline lists that follow the article inside the scraped body.

Pages keep, after the article, blocks that are other articles: "اقرأ أيضا", "روابط ذات صلة
آخر الأخبار", "المواضيع المميزة" followed by headlines, often with an excerpt cut short (". . .")
or a relative stamp ("منذ 3 ساعات"). Pre-tokenised text glues them to the article's last line,
so the cleaner's last paragraph-like line keeps them; the event stage then reads other
articles' happenings (duplicates, background, wrong places) and their "اليوم السبت" as the
page's own today.

Three shapes, each cut from its start to the end of the body (role "related" in the boilerplate):

* a heading (``rasd/data/ingest/teaser_cues.yaml``) glued into a line (``teaser_start``), or a
  heading line of its own that a line rule already took (``headed_lines``);
* a closing run of excerpts cut short, its heading lost (``trailing_excerpts``);
* closing lines that other pages of the same site have too, below the template threshold
  (rasd.ingest.clean._cut_teasers, from the site counts).

The glued block is told from the article by its heading (``rasd/data/ingest/teaser_cues.yaml``) at a
heading position (a line start, or a few words after a sentence end or a colon) *and* by what
follows it to the end of the body: excerpts cut short or time stamps outnumbering real sentence
ends two to one, or no sentence end at all (headlines and widget labels; an article's sentences
end with a stop). One regex pass over the tail of the body's normalised text (only after its last
sentence end when the tail has no teaser marks), and counting on what follows a heading.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rasd.data import read_data
from rasd.ingest.boilerplate import DATA_DIR, normalize_pattern
from rasd.text.normalize import normalize

__all__ = ["headed_lines", "reads_as_teasers", "teaser_cues", "teaser_start", "trailing_excerpts"]

# an excerpt cut short: ". . ." (pre-tokenised), "..." or "…"
TRUNCATED = re.compile(r"(?:\.\s*){3,}|…")
_SENTENCE_END = re.compile(r"[.!?]")          # (normalize maps ؟ to ?)
_HEAD_BOUNDARIES = "\n.!?:|"
HEAD_WORDS = 12          # a heading stands at most this many words after a line start / sentence end / colon
MAX_BARE_WORDS = 80      # a block without any sentence end: headlines and labels, not a paragraph run
MIN_KEPT_CHARS = 200     # what stays must still be an article (a listing page is not cut to nothing)
# Blocks are looked for in the body's last TAIL_CHARS (HEADING_TAIL_CHARS for a heading) only: the
# longest found on the breadth set are 712 (heading) and 1,105 (excerpt run) characters; scanning
# whole bodies cost ~0.5 ms a page, the tails ~70 us.
TAIL_CHARS = 2500
HEADING_TAIL_CHARS = 1500


@lru_cache(maxsize=1)
def _cue_data() -> dict:
    return read_data(DATA_DIR / "teaser_cues.yaml")


@lru_cache(maxsize=1)
def ago_stamps() -> re.Pattern[str]:
    """Relative stamps of a teaser list, on normalised text: "منذ 3 ساعات", "منذ ساعتين", "18 ساعات منذ"."""
    unit = "(?:" + "|".join(re.escape(normalize(u)) for u in _cue_data()["ago_units"]) + ")"
    return re.compile(rf"(?<!\w)(?:منذ\s+(?:\d+\s+)?{unit}|\d+\s+{unit}\s+منذ)(?!\w)")


@lru_cache(maxsize=1)
def teaser_cues() -> re.Pattern[str]:
    data = _cue_data()
    alternation = "|".join(normalize_pattern(p) for p in data["cues"])
    rx = re.compile(rf"(?<!\w)(?:{alternation})(?!\w)")
    if rx.groups:
        raise ValueError("teaser cues must not have capturing groups; use (?:...)")
    return rx


def _at_heading_position(norm: str, start: int) -> bool:
    window = norm[max(0, start - 400):start]
    last = max(window.rfind(c) for c in _HEAD_BOUNDARIES)
    # (no boundary in the window: the heading position is only granted near the body's start)
    return len(window[last + 1:].split()) <= HEAD_WORDS and (last >= 0 or start < 400)


def reads_as_teasers(rest: str) -> bool:
    """What follows a heading to the end of the body is other articles' headlines, not the
    article: excerpts cut short / time stamps outnumber its real sentence ends two to one, or it
    has no sentence end and is short."""
    marks = len(TRUNCATED.findall(rest)) + len(ago_stamps().findall(rest))
    ends = len(_SENTENCE_END.findall(TRUNCATED.sub(" ", rest)))
    if marks >= 2 and ends <= marks // 2:
        return True
    return ends == 0 and len(rest.split()) <= MAX_BARE_WORDS


def teaser_start(norm: str) -> int | None:
    """Offset in the normalised body ``norm`` where a trailing teaser block starts (its heading,
    or the first of a closing run of excerpts cut short), or None."""
    starts = [p for p in (_headed_block(norm), trailing_excerpts(norm)) if p is not None]
    return min(starts) if starts else None


def _headed_block(norm: str) -> int | None:
    start = max(0, len(norm) - HEADING_TAIL_CHARS)
    tail = norm[start:]
    if ". ." not in tail and ".." not in tail and "…" not in tail and "منذ" not in tail:
        # no teaser marks: what follows a heading then has no sentence end (reads_as_teasers),
        # so the heading comes after the last one (most pages: a few words to scan, if any)
        start += max(tail.rfind(c) for c in ".!?") + 1
    for m in teaser_cues().finditer(norm, start):
        if m.start() < MIN_KEPT_CHARS or not _at_heading_position(norm, m.start()):
            continue
        if not _SENTENCE_END.search(norm, 0, m.start()):
            continue           # nothing of an article before it: a listing, left whole
        if reads_as_teasers(norm[m.end():]):
            return m.start()
    return None


HEADLINE_WORDS = 25      # a teaser headline on its own line is at most this long


def headed_lines(norm_lines: list[str], after_heading: list[bool]) -> int | None:
    """Index of the first body line of a teaser list that a heading line standing alone opens
    (``after_heading[k]``: a related-articles heading, already boilerplate, stands right before
    line k): every line from there to the end of the body is headline-sized or the lines read
    as teasers; None when no such line."""
    for k, headed in enumerate(after_heading):
        if not headed or k == 0:
            continue
        kept = "\n".join(norm_lines[:k])
        if len(kept) < MIN_KEPT_CHARS or not _SENTENCE_END.search(kept):
            continue
        rest = norm_lines[k:]
        if all(len(x.split()) <= HEADLINE_WORDS for x in rest) or reads_as_teasers("\n".join(rest)):
            return k
    return None


# a segment ends at an excerpt cut short, a sentence end or a line break
_SEGMENT_END = re.compile(r"(?:\.\s*){3,}|…|[.!?](?=\s|$)|\n")
_CLOSERS = " \"'”»)]"
MIN_RUN = 2              # excerpts cut short in a row that make a closing teaser run
EXCERPT_WORDS = 60       # a teaser (headline + excerpt) is at most this long


def trailing_excerpts(norm: str) -> int | None:
    """Start of a run of MIN_RUN+ segments that each end cut short (". . .") and close the body
    (after the last, at most one short headline without a sentence end): other articles' teasers
    ("... وقتلت آخر مسلح من . . . باريس ( رويترز ) - قال ... . . ."), or None. The body before
    the run must still hold an article (MIN_KEPT_CHARS, a sentence end)."""
    norm = norm.rstrip()
    base = max(0, len(norm) - TAIL_CHARS)
    tail = norm[base:]
    if ". ." not in tail and "…" not in tail and ".." not in tail:
        return None            # (most pages: no excerpt cut short near the end)
    ends = list(_SEGMENT_END.finditer(norm, base))
    if len(ends) < MIN_RUN or len(norm[ends[-1].end():].split()) > EXCERPT_WORDS:
        return None
    n_cut, start, first = 0, None, len(ends)
    for j in range(len(ends) - 1, 0, -1):    # (the window's first segment may begin before it)
        m = ends[j]
        if not TRUNCATED.fullmatch(m.group()):
            break
        seg_start = ends[j - 1].end()
        if len(norm[seg_start:m.start()].split()) > EXCERPT_WORDS:
            break
        n_cut, start, first = n_cut + 1, seg_start, j
    if n_cut < MIN_RUN or start is None or start < MIN_KEPT_CHARS:
        return None
    # the body before the run holds a sentence of the article's
    if not any(m.group() != "\n" and not TRUNCATED.fullmatch(m.group()) for m in ends[:first]) and \
            not _SENTENCE_END.search(TRUNCATED.sub(" ", norm[:base])):
        return None
    while start < len(norm) and norm[start] in _CLOSERS:
        start += 1             # (a quote closing the article's last sentence stays with it)
    return start
