"""Page metadata from scraped text: publisher, statement issuer, views, author, caption cues.

Publisher evidence, strongest first: the page URL (domain -> name table,
``rasd/data/ingest/publishers.yaml``); an outlet the text names as itself ("لوكالة ستيب
الإخبارية", "خاص - X", "مراسل X", "المصدر: X"); the issuing group of a statement page, found
from the statement-header block (basmala, "القيادة العامة", a statement number) around a short
name line. A value the page does not support stays None.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from urllib.parse import urlsplit

import ahocorasick

from rasd.data import read_data, word_list
from rasd.ingest.boilerplate import DATA_DIR, registered_domain, url_host
from rasd.records import Publisher
from rasd.text.normalize import normalize, normalize_with_map

# --------------------------------------------------------------------------- publisher table


@dataclass(slots=True)
class PublisherEntry:
    key: str                 # "anapress.net", "bbc.com/arabic"
    name_ar: str | None
    name_en: str | None
    aliases: list[str]


@dataclass(slots=True)
class PublisherTable:
    by_key: dict[str, PublisherEntry]
    names: ahocorasick.Automaton | None     # normalised name/alias -> PublisherEntry

    def for_url(self, url: str | None) -> PublisherEntry | None:
        host = url_host(url)
        if not host:
            return None
        path = urlsplit(url if "://" in url else "http://" + url).path.lower().strip("/")
        first = path.split("/", 1)[0] if path else ""
        labels = host.split(".")
        for i in range(len(labels) - 1):
            h = ".".join(labels[i:])
            if first and f"{h}/{first}" in self.by_key:
                return self.by_key[f"{h}/{first}"]
            if h in self.by_key:
                return self.by_key[h]
        return None


@lru_cache(maxsize=1)
def load_publishers() -> PublisherTable:
    data = read_data(DATA_DIR / "publishers.yaml")
    by_key: dict[str, PublisherEntry] = {}
    auto = ahocorasick.Automaton()
    n_names = 0
    for key, v in (data.get("publishers") or {}).items():
        e = PublisherEntry(str(key).lower(), v.get("name_ar"), v.get("name_en"), list(v.get("aliases") or []))
        by_key[e.key] = e
        for name in {e.name_ar, *e.aliases} - {None}:
            norm = " ".join(normalize(str(name)).split())
            if len(norm) >= 3 and norm not in auto:   # first (most specific) entry wins a shared name
                auto.add_word(norm, (norm, e))
                n_names += 1
    if n_names:
        auto.make_automaton()
    return PublisherTable(by_key, auto if n_names else None)


def publisher_for_url(url: str | None) -> Publisher | None:
    if not url:
        return None
    domain = registered_domain(url)
    if not domain:
        return None
    e = load_publishers().for_url(url)
    if e is None:
        return Publisher(domain=domain, evidence="url")
    return Publisher(name_ar=e.name_ar, name_en=e.name_en, domain=domain, evidence="url")


# correspondent words before the outlet's own name ("مراسل أنا برس"; normalised, read into a regex)
CORRESPONDENT_WORDS = word_list("ingest_words.yaml", "correspondent_words")
# Cues that the page names *itself* (not a cited outlet: "وفق وكالة سبوتنيك" is not one).
# Matched on the normalised text right before (prefix) or after (suffix) the name.
_SELF_PREFIX = re.compile(
    r"(?:(?:^|[\s(\"'])ل\s?[\"']?\s?"                        # لوكالة ستيب / لـ "أنا برس"
    r"|خاص\s*(?:[-:|/]|ب|ل)\s*[\"']?\s?"                     # خاص - X / خاص بـ X
    r"|(?:" + "|".join(CORRESPONDENT_WORDS) + r")\s+[\"']?\s?"   # مراسل "أنا برس"
    r"|^\s*(?:المصدر|المصدر الاصلي)\s*:\s*[\"']?\s?"          # المصدر: X (line start)
    r"|حصلت\s+[\"']?\s?"                                      # حصلت "أنا برس" على
    r")$"
)
_SELF_SUFFIX = re.compile(r"^\s*[\"']?\s*[-:]\s*خاص\b")


def publisher_named_in_text(lines: list[str], norms: list[str] | None = None) -> Publisher | None:
    """Outlet the page names as itself, matched against the publisher table's names.
    ``norms``: ``normalize`` of each line, when the caller has them already."""
    table = load_publishers()
    if table.names is None:
        return None
    hits: dict[str, list] = {}
    if norms is None:
        norms = [normalize(line) if line.strip() else "" for line in lines]
    # one automaton pass over the page's lines joined (no name holds a line break): the hits come
    # in the order of the line-by-line passes; each is read back in its own line
    line_starts = list(accumulate((len(n) + 1 for n in norms[:-1]), initial=0))
    joined = "\n".join(norms)
    for pos, (name, entry) in table.names.iter(joined):
        k = bisect_right(line_starts, pos) - 1
        line, norm, end = lines[k], norms[k], pos - line_starts[k]
        start = end - len(name) + 1
        if not line.strip():
            continue
        if end + 1 < len(norm) and norm[end + 1].isalpha():
            continue                                     # "ستيبة" is not "ستيب"
        before = norm[max(0, start - 20):start]
        if start > 0 and norm[start - 1].isalpha() and not before.endswith("ل"):
            continue                                     # inside another word
        if _SELF_PREFIX.search(before) or _SELF_SUFFIX.match(norm[end + 1:end + 12]):
            h = hits.setdefault(entry.key, [entry, 0, line, start, end + 1])
            h[1] += 1
            if h[2] is line and start <= h[3] and end + 1 > h[4]:
                h[3], h[4] = start, end + 1            # keep the longest name form as evidence
    if not hits:
        return None
    entry, _count, line, start, end = max(hits.values(), key=lambda h: h[1])
    return Publisher(name_ar=entry.name_ar, name_en=entry.name_en, domain=None,
                     evidence="named in text: " + _original_window(line, start, end))


def _original_window(line: str, start: int, end: int) -> str:
    """The cue word before the name and the name itself, in the line's original characters."""
    _norm, offsets = normalize_with_map(line)
    a = offsets[start]
    b = offsets[end - 1] + 1 if end > start else a
    if a > 0 and line[a - 1].isalpha():            # proclitic: "لوكالة"
        a = line.rfind(" ", 0, a) + 1
    else:                                          # separate cue word: 'لـ "أنا برس"', "خاص - X"
        j = a
        while j > 0 and line[j - 1] in " \"'«“”-–:":
            j -= 1
        a = line.rfind(" ", 0, j) + 1 if j > 0 else a
    while b < len(line) and line[b] in "\"'»”":
        b += 1
    return line[a:b].strip()


# --------------------------------------------------------------------------- statement header

_BASMALA = re.compile(r"^بسم الله الرحمن الرحيم\W*$")
# bodies that head a statement ("القيادة العامة", "المكتب الإعلامي"; normalised, read into a regex)
STATEMENT_ISSUERS = word_list("ingest_words.yaml", "statement_issuers")
_COMMAND = re.compile(r"^(?:ال)?(?:" + "|".join(STATEMENT_ISSUERS) + r")(?:\s+(?:ل|في)\s*(.+))?$")
# nouns before a statement's number ("بيان رقم 5"; normalised, read into a regex)
STATEMENT_NOUNS = word_list("ingest_words.yaml", "statement_nouns")
_STMT_NO = re.compile(r"^(?:[^\W\d_]{1,4}\s*/\s*\d{1,6}|(?:" + "|".join(STATEMENT_NOUNS) + r")\s*(?:رقم)?\s*[:(]?\s*\d+\)?"
                      r"|رقم\s*(?:البيان|الصادر)?\s*:?\s*[\w/ ]{0,10}\d+)$")
# titles of a statement line ("بيان صحفي"; normalised, read into a regex)
STATEMENT_TITLES = word_list("ingest_words.yaml", "statement_titles")
_STMT_TITLE = re.compile(r"^(?:" + "|".join(STATEMENT_TITLES) + r")(?:\s.{0,60})?$")
_NAME_LINE = re.compile(r"^[^\W\d_][^\d.!?:،,؛;/]{1,60}$")


def statement_issuer(lines: list[str], window: int = 6, norms: list[str] | None = None) -> tuple[str, int] | None:
    """(issuing group name, line number) from a statement-header block, else None.

    A block is at least two header signals (basmala, a command line such as "القيادة العامة",
    a statement number such as "دع / 852", a "بيان" title) within ``window`` non-blank lines;
    the issuer is a short name line inside the block that is none of those signals, or the
    group named in the command line ("القيادة العامة لجيش الإسلام"). ``norms``: ``normalize`` of
    each line, when the caller has them already.
    """
    items: list[tuple[int, str, str]] = []           # (line_no, kind, norm)
    for i, line in enumerate(lines):
        s = line.strip()
        if not s or len(s) > 80:
            if s:
                items.append((i, "text", ""))
            continue
        # the caller's normalised line serves when the line had no surrounding whitespace
        n = " ".join((norms[i] if norms is not None and len(s) == len(line) else normalize(s)).split())
        if _BASMALA.match(n):
            kind = "basmala"
        elif _COMMAND.match(n):
            kind = "command"
        elif _STMT_NO.match(n):
            kind = "number"
        elif _STMT_TITLE.match(n):
            kind = "title"
        elif _NAME_LINE.match(n) and len(n.split()) <= 5:
            kind = "name"
        else:
            kind = "text"
        items.append((i, kind, n))
    signals = {"basmala", "command", "number", "title"}
    for k, (_i, kind, _n) in enumerate(items):
        if kind not in signals:
            continue
        block = items[max(0, k - window):k + window + 1]
        if len({kd for _, kd, _ in block if kd in signals}) < 2:
            continue
        # the group named in a command line ("القيادة العامة لجيش الإسلام")
        for i, kd, n in block:
            if kd == "command":
                m = _COMMAND.match(n)
                if m and m.group(1):
                    return _original_tail(lines[i].strip(), len(m.group(1))), i
        # else the nearest short name line to the signals
        sig_pos = [j for j, (_, kd, _) in enumerate(block) if kd in signals]
        names = [(min(abs(j - p) for p in sig_pos), j) for j, (_, kd, _) in enumerate(block) if kd == "name"]
        if names:
            _, j = min(names)
            i = block[j][0]
            return lines[i].strip(), i
    return None


def _original_tail(line: str, n_norm_chars: int) -> str:
    norm, offsets = normalize_with_map(line)
    norm_s = norm.rstrip()
    start = len(norm_s) - n_norm_chars
    return line[offsets[max(0, start)]:].strip()


# --------------------------------------------------------------------------- views, author, caption

_NUM = re.compile(r"^\d[\d,.]*$")
# words after a page's view count ("1,200 مشاهدة"; normalised, read into a regex)
VIEW_COUNT_WORDS = word_list("ingest_words.yaml", "view_count_words")
# labels before a page's view count ("المشاهدات: 1200"; normalised, read into a regex)
VIEW_LABELS = word_list("ingest_words.yaml", "view_labels")
_VIEWS_INLINE = re.compile(r"(\d[\d,.]*)\s*(?:" + "|".join(VIEW_COUNT_WORDS) + r"|views?)\b"
                           r"|(?:" + "|".join(VIEW_LABELS) + r"|views)\s*:?\s*(\d[\d,.]*)")


def parse_views(lines: list[str], candidates: list[int]) -> tuple[int | None, list[int]]:
    """Views from the counter lines among ``candidates`` (indexes into ``lines`` of removed
    header/footer lines): "938 مشاهدة" on one line, or a bare number next to a "مشاهدة" line.
    Returns (views, line numbers used)."""
    norm = {i: " ".join(normalize(lines[i]).split()) for i in candidates}
    order = sorted(candidates)
    for pos, i in enumerate(order):
        m = _VIEWS_INLINE.search(norm[i])
        if m:
            return _to_int(m.group(1) or m.group(2)), [i]
        if re.fullmatch(r"(?:عدد\s+)?(?:المشاهدات|مشاهده|مشاهدات|قراءه|قراءات|زيارات|views?)\s*:?", norm[i]):
            for j in (order[pos - 1] if pos else None, order[pos + 1] if pos + 1 < len(order) else None):
                if j is not None and abs(j - i) <= 2 and _NUM.match(norm[j]):
                    return _to_int(norm[j]), [j, i]
    return None, []


def _to_int(s: str) -> int | None:
    digits = re.sub(r"[,.]", "", s)
    return int(digits) if digits.isdigit() else None


# words that open a byline, Arabic and English ("بقلم", "by"; normalised, read into a regex)
BYLINE_CUES = word_list("ingest_words.yaml", "byline_cues")
_AUTHOR = re.compile(r"^\(?\s*(?:" + "|".join(BYLINE_CUES) + r")\s*[:\-–]?\s*"
                     r"([^\W\d_][^\d:]{2,60}?)\s*\)?$", re.I)


_FUNCTION_WORDS = set(word_list("ingest_words.yaml", "byline_function_words"))


def author_from_line(line: str) -> str | None:
    """"بقلم: فلان" / "كتبه فلان" / "إعداد: فلان" / "تقرير: فلان" -> the name (original characters)."""
    s = line.strip()
    if not s or len(s) > 90 or len(s.split()) > 9:
        return None
    norm = " ".join(normalize(s).split())
    m = _AUTHOR.match(norm)
    if not m:
        return None
    name = m.group(1).strip()
    words = name.split()
    # a name, not a headline ("تقرير: التصعيد في الشمال السوري")
    if len(words) > 5 or words[0].startswith("ال") or any(w in _FUNCTION_WORDS for w in words):
        return None
    return _original_tail(s.rstrip(") "), len(name))


# credit cues of a photo caption, Arabic and English ("صورة أرشيفية", "رويترز"; normalised, read into a regex)
CAPTION_CUES = word_list("ingest_words.yaml", "caption_cues")
# Credit cues of photo captions. Datelines ("حلب - خاص", "لندن - وكالات") are not captions.
_CAPTION_CUE = re.compile("|".join(CAPTION_CUES), re.I)


def is_caption_like(line: str) -> bool:
    """A photo caption/credit: short, not a sentence, with a credit cue ("صورة", "أرشيفية",
    "(AFP)", "رويترز")."""
    s = line.strip()
    if not s or len(s) > 160 or len(s.split()) > 18:
        return False
    if s.rstrip(" \"'”»)]")[-1:] in ".!?؟:":
        return False
    return bool(_CAPTION_CUE.search(normalize(s)))
