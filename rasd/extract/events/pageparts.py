"""Parts of a page that are not reports, found once per page before its events are kept: a clip's
or photo's caption, a photo gallery that repeats its label, a "latest news" box of other stories'
headlines with their ages, and the fields of a list entry (name / home town / cause). The labels
and caption words are data (event_triggers.yaml, feed_item_stamps.yaml).
"""

from __future__ import annotations

import re
from functools import lru_cache

from rasd.data import read_shared, word_list
from rasd.extract.events.context import _DocContext
from rasd.extract.events.lexicons import LEXICON
from rasd.extract.events.sentences import _Cand
from rasd.text.feed_items import feed_words

VIDEO_REACH = 3     # tokens between the caption word and the trigger


def _video_caption(c: _Cand, ctx: _DocContext) -> bool:
    """On a feed page, the trigger follows a video word of its own item ("فيديو : الطيران الروسي فوق
    ..."): a clip's caption shows a scene, often of a happening its report tells elsewhere, and is no
    report of its own."""
    s = c.sent
    lo = ctx.item_span(s.span, c.start)[0]
    words = feed_words("caption_words")
    for k in range(max(0, c.ti - VIDEO_REACH), c.ti):
        t = s.tokens[k]
        if t.start >= lo and (t.norm in words or t.stem in words):
            return True
    return False


GALLERY_MIN = 2     # a photo series repeats its label before every slide


@lru_cache(maxsize=8)
def _label_re(key: str, tail: str = r"(?!\S)") -> re.Pattern[str] | None:
    """A page-part label list of event_triggers.yaml (``gallery_labels``, ``latest_news_labels``) as
    one regex of whole words (any run of spaces between a label's words), followed by ``tail``."""
    labels = read_shared(LEXICON).get(key) or []
    if not labels:
        return None
    alts = "|".join(r"\s+".join(re.escape(w) for w in str(x).split()) for x in labels)
    # (the lookahead: the labels' first letters; other positions fail at once instead of trying the look-behind)
    first = "".join(sorted({re.escape(str(x).split()[0][0]) for x in labels if str(x).split()}))
    return re.compile(rf"(?=[{first}])(?<!\S)(?:{alts}){tail}" if first else rf"(?<!\S)(?:{alts}){tail}")


@lru_cache(maxsize=8)
def _label_words(key: str) -> tuple[str, ...] | None:
    """The longest word of each label of a label list (None when a label is all spaces: it has none)."""
    labels = [str(x).split() for x in read_shared(LEXICON).get(key) or []]
    return None if any(not words for words in labels) else tuple({max(words, key=len) for words in labels})


def _holds_label(text: str, key: str) -> bool:
    """The page may hold a label of ``key``: a match of ``_label_re(key)`` holds every word of its label
    as written. Speed only: a page holding none of the labels' longest words (a substring test each,
    far quicker than the regex's scan) holds no label."""
    words = _label_words(key)
    return words is None or any(w in text for w in words)


def _gallery_re() -> re.Pattern[str] | None:
    """The photo-series labels ("في صور") before a colon."""
    return _label_re("gallery_labels", r"\s*:")


def _gallery_start(text: str) -> int | None:
    """Where a photo series begins ("في صور : الأسلحة الكيماوية في سوريا - خان شيخون ... ? وقتل أكثر
    من 70 مدني ..." after the sign-off of an October report), or None: its slides retell older stories
    under a gallery title, dated by nothing the page reports, so what they tell is the page's
    background. Only a series (the label ``GALLERY_MIN`` times at least) counts; a page sets it last."""
    rx = _gallery_re()
    if rx is None or not _holds_label(text, "gallery_labels"):
        return None
    found = [m.start() for m in rx.finditer(text)]
    return found[0] if len(found) >= GALLERY_MIN else None


LATEST_NEWS_GAP = 600     # characters from one headline's age to the next one's in a "latest news" box
LATEST_LABEL_GAP = 40     # from the box's label to its first age ("تويتر - 82k متابعين 18 ساعات منذ")
LATEST_MIN_AGES = 2       # a box lists several stories: one "قبل ساعة" after "آخر الأخبار" may be prose
# time units of a headline's age after "قبل" ("قبل 7 دقائق"; read into a regex)
AGE_UNITS = word_list("function_words.yaml", "age_units")
# time units of a machine-translated age before "منذ" ("18 ساعات منذ"; read into a regex)
AGE_UNITS_TRANSLATED = word_list("function_words.yaml", "age_units_translated")
# a headline's age at the crawl: "قبل 7 دقائق", "قبل ساعة", and the translated "18 ساعات منذ" ("18 hours ago")
_AGE = re.compile(r"(?<!\S)(?:قبل\s+(?:\d+\s+)?(?:" + "|".join(AGE_UNITS) + r")"
                  r"|\d+\s+(?:" + "|".join(AGE_UNITS_TRANSLATED) + r")\s+منذ)(?!\S)")


def _latest_news_re() -> re.Pattern[str] | None:
    """The "latest news" box labels."""
    return _label_re("latest_news_labels")


def _latest_news_spans(text: str) -> list[tuple[int, int]]:
    """The spans of a "latest news" box ("أحدث الأخبار قبل ساعة أعلنت تركيا ... ⏎ قبل 7 دقائق أكد مراسل
    الجزيرة انتهاء الهجوم على فندق إنتركونتيننتال في ... كابل صباح اليوم الأحد ...", a site's Twitter box
    "تويتر - 82k متابعين 18 ساعات منذ خرج السوريون بعد ظهر اليوم بمظاهرة ..."): from its label to the end
    of the line of its last headline, the headlines led by their ages at the crawl (at least
    LATEST_MIN_AGES of them, the first within LATEST_LABEL_GAP characters of the label). Other stories
    of the day the page was viewed: what they tell is not the page's, and their "اليوم" is no day the
    page gives (a September page's box told a January attack)."""
    rx = _latest_news_re()
    if rx is None or not _holds_label(text, "latest_news_labels"):
        return []
    spans: list[tuple[int, int]] = []
    for m in rx.finditer(text):
        if spans and m.start() < spans[-1][1]:
            continue
        age = _AGE.search(text, m.end(), m.end() + LATEST_LABEL_GAP)
        if age is None:
            continue
        last, n = age.end(), 1
        for nxt in _AGE.finditer(text, last):
            if nxt.start() - last > LATEST_NEWS_GAP:
                break
            last, n = nxt.end(), n + 1
        if n < LATEST_MIN_AGES:
            continue
        end = text.find("\n", last)
        spans.append((m.start(), len(text) if end < 0 else end))
    return spans


ENTRY_FIELD_SLASHES = 2   # "الشهيد : تميم حدة / ريف دمشق - يبرود / قضى نتيجة قصف": name / home town / cause


def _entry_fields(c: _Cand, text: str) -> bool:
    """c is told in the cause field of a victims' list entry, its line cut by slashes before it
    ("شهيد لم يتم التعرف عليه / ريف دمشق - يبرود / قضى نتيجة قصف ... و تم دفنه في مدينة عرسال"): the
    entry's places are the victim's home town or grave, and the report's own lines tell the deed."""
    return text.count("/", text.rfind("\n", 0, c.start) + 1, c.start) >= ENTRY_FIELD_SLASHES
