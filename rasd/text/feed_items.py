"""Item boundaries of news-feed pages whose items arrive glued together.

Scraped ticker / live-feed pages (Liveuamap day pages, live blogs, tag listings) lose the
markup between items: one item's last word runs into the next item's first word ("... على
الساحل الشماليحلب : هيئة تحرير الشام ...", "مكالمة هاتفية مع ترامبالموالون ..."), and items
often end without a full stop. Read as one sentence, an item lends its place, type or date to
its neighbour. This module finds the glued tokens and gives the offsets where the second
item starts; ``rasd.text.sentences`` cuts its sentences there. The text itself is never
changed (a cut inside a token is a valid span boundary).

A token is cut only when the evidence is strong:
* the whole token (normalised) is not a known word, and it is the concatenation of two known,
  frequent words of at least three letters each once proclitics are set aside (so
  "بالذراع" = "بال" + "ذراع" and "قاربهم" = "قار" + "بهم" are no candidates);
* and the cut has a cue: the first word ends in a letter that only ends words (ة ى: "الحسكةإصابة"),
  or the second word is an item head, a colon after it ("الشماليحلب : هيئة تحرير الشام ..."),
  or both words carry the article ("الزورالجيش"), or both are among the most frequent words
  and the second has no article (a missing space inside a phrase is mostly a construct
  "تنظيمالدولة", whose second word has the article) nor a conjunction ("المدنيين|والقوات":
  "و" carries the phrase on). Only the best cut of a token is read.
And only on a page that looks like a feed: many such cuts, at least one per
``WORDS_PER_CUT`` words. An ordinary article with a few missing spaces is left as it is.
On a page that looks like a feed (those cuts or several stamps), every word glued after a final ة
(rasd.text.glued) starts an item too, whatever the two words' frequency (``glue_item_starts``: most
items end in a place name, "... شمال حماةأدخنة ..."), unless the word before is a construct head
("ضاحيةعين ترما") or the page's glued words mostly open with one word (a link glued into its
sentences, "... محاربةتنظيم الدولة الإسلاميةواحتلال ...", not a feed's items).

On a page that looks like a feed (glued items or several stamps), an item often ends with a dash
and the next headline follows it ("... قرب البوكمال - مقتل مدنيين ..."): ``dash_cuts`` cuts at
" - " when the word after it opens a headline (a word of the lexicon's ``dash_heads``: "مقتل",
"غارات", "عاجل"), not where the dash stands inside a name or phrase ("قلعة - مديق", "حزب - الله").

A feed page's items are also cut at their time stamps ("منذ 3 ساعات", "3 hours ago", "14:05"):
``stamp_cuts`` makes each stamp a sentence of its own, on a page with several of them (the forms
and the minimum count are data: rasd/data/lexicons/feed_item_stamps.yaml).

The item starts that need the page's names (a heading place before one of ``heading_colons``, an actor
or a headline run on after a place) are found by rasd.extract.feed_items, from the entities layer's mentions.

The vocabulary is the word list of ``rasd/data/models/ner_clusters.tsv`` (normalised words of
unannotated news text seen at least 4 times, most frequent first: the line number is the
frequency rank); see rasd/data/models/README.md for its source and command.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path

from rasd.data import read_shared, word_list
from rasd.text.glued import glued_starts
from rasd.text.normalize import norm_offset, normalize, normalize_with_map
from rasd.text.tokens import PROCLITICS, proclitic_splits, strip_proclitics

VOCAB_FILE = "ner_clusters.tsv"
STAMPS_FILE = Path(__file__).resolve().parent.parent / "data" / "lexicons" / "feed_item_stamps.yaml"
RANK_CUE = 20_000       # both words among the 20k most frequent when the cut has an orthographic cue
RANK_PLAIN = 8_000      # ... among the 8k most frequent when it has none
MIN_PART = 3            # letters of each word once proclitics are set aside
PLAIN_PART = 4          # letters of each word of a cut without cue ("جري|حين", "اضاف|تهم" are no cuts)
MIN_CUTS = 8            # a feed page has at least this many glued items
WORDS_PER_CUT = 250     # ... and at least one per this many words

# a whole token of normalised Arabic letters long enough to hold two words
# (a Latin word glued before it, "Menuالأحداث...", is a boundary too: a feed widget ran into the item)
_LONG_WORD = re.compile(rf"(?<![^\W_A-Za-z])[\u0621-\u064A]{{{2 * MIN_PART},}}(?![^\W_A-Za-z])")
# (written with its first letter apart: a pattern opening with a character class lets the engine skip to
# the next letter in a tight loop; a repeat first is tried at every character)
_LETTER_RUN = re.compile(rf"[\u0621-\u064A][\u0621-\u064A]{{{2 * MIN_PART - 1},}}")
_FINAL_ONLY = "ةى"      # letters written only at the end of a word
_HEAD = re.compile(r"[ \t]*:")   # after the second word: an item head "حلب : ..." names the item's place
_ARTICLE = "ال"
_AND = "و"
_NISBA_ENDS = frozenset(word_list("function_words.yaml", "nisba_ends"))   # "تركيان" = "ترك" + "يان" is one word


@lru_cache(maxsize=1)
def _vocabulary() -> dict[str, int]:
    """Normalised word -> frequency rank (0 = most frequent)."""
    path = resources.files("rasd").joinpath("data", "models", VOCAB_FILE)
    ranks: dict[str, int] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            word = line.split("\t", 1)[0].strip()
            if word and word not in ranks:
                ranks[word] = len(ranks)
    return ranks


@lru_cache(maxsize=1)
def _vocabulary_set() -> frozenset[str]:
    return frozenset(_vocabulary())


def _stem_len(word: str) -> int:
    """Letters left once a proclitic sequence (و ف ب ل ك ال لل ...) is set aside."""
    for p in PROCLITICS:       # longest first
        if word.startswith(p) and len(word) > len(p):
            return len(word) - len(p)
    return len(word)


@lru_cache(maxsize=65_536)
def _split_word(word: str) -> tuple[int, bool] | None:
    """The cut of an unknown normalised word into its two most frequent known words, and
    whether it needs a final-letter cue (checked per occurrence: the original letter before
    the cut must be ة or ى); None when no cut qualifies. Only the best cut is read: when it
    has no cue ("تنظيم|الدولة", a missing space) a worse one ("تنظيما|لدولة") is no answer."""
    ranks = _vocabulary()
    best: tuple[int, int] | None = None
    for i in range(MIN_PART, len(word) - MIN_PART + 1):
        ra = ranks.get(word[:i])
        if ra is None or ra >= RANK_CUE:      # (most positions end here: one lookup, no second slice)
            continue
        a, b = word[:i], word[i:]
        rb = ranks.get(b)
        if rb is None or rb >= RANK_CUE:
            continue
        if a.endswith(_ARTICLE) or (_stem_len(a) < MIN_PART and not _short_defined(a, ra)) \
                or _stem_len(b) < MIN_PART or b[1:] in _NISBA_ENDS:
            continue        # "بال|ذراع", "الم|ميت", "قار|بهم", "ترك|يان": a clitic, a fragment, an ending
        if b[0] == _AND and b[1:] in ranks:
            continue        # "المدنيين|والقوات": "و" carries the phrase on; an item starts afresh
        if best is None or max(ra, rb) < best[0]:
            best = (max(ra, rb), i)
    if best is None:
        return None
    rank, i = best
    a, b = word[:i], word[i:]
    both_defined = a.startswith(_ARTICLE) and b.startswith(_ARTICLE)
    plain = rank < RANK_PLAIN and not b.startswith(_ARTICLE) and min(len(a), len(b)) >= PLAIN_PART
    return i, not (both_defined or plain)


def _short_defined(a: str, rank: int) -> bool:
    """``a`` is a frequent word of the article and two letters ("الحر" of "الجيش الحر", "الان"): a whole
    word that often ends a feed item ("... متمردى الجيش الحرهيئة تحرير الشام تدعو ..."), not a fragment
    ("الم|ميت" keeps one letter)."""
    return a.startswith(_ARTICLE) and len(a) == len(_ARTICLE) + 2 and rank < RANK_PLAIN


# the entities stage and the sentence splitter ask for the same pages (a pipeline batch of
# BATCH_DOCS = 16, stage by stage, with headroom)
@lru_cache(maxsize=32)
def item_starts(text: str) -> tuple[int, ...]:
    """Offsets in ``text`` where a glued feed item starts (inside a token), sorted; () unless the page
    looks like a feed (``word_item_starts``: many glued items, or several time stamps). On such a page
    a word glued after a final ة starts an item too (``glue_item_starts``)."""
    starts = word_item_starts(text)
    if not starts and not stamp_cuts(text) or _one_word_glued(text, starts):
        return starts
    glue = glue_item_starts(text) + name_glue_starts(text)
    return tuple(sorted(set(starts) | set(glue))) if glue else starts


LINK_SHARE = 0.25       # a page whose glued items start with one word this often glued a link, not items
_WORD_AT = re.compile(r"[\u0621-\u064A]+")


def _one_word_glued(text: str, starts: tuple[int, ...]) -> bool:
    """Whether many of ``starts`` begin with the same word (proclitics aside): the page lost the spaces around
    a link or label it repeats ("... ضدتنظيم الدولة الإسلاميةفي العراق", "... محاربةتنظيم الدولة ..."), not
    the line breaks between feed items, which open with varied words (at most 14 % alike on the breadth
    set's feeds, 35 % on such a page). The words glued after a ة there are lost spaces inside sentences."""
    if len(starts) < 4:
        return False
    stems: dict[str, int] = {}
    for p in starts:
        m = _WORD_AT.match(text, p)
        if m:
            w = strip_proclitics(normalize(m.group()))
            stems[w] = stems.get(w, 0) + 1
    return max(stems.values(), default=0) >= LINK_SHARE * len(starts)


# the first word of a phrase that goes on after it: a place, body or group head in construct form
# ("ضاحية|عين ترما", "منظمة|سياج", "جبهة|النصرة"); a glue after it is a lost space, not an item's end
_PHRASE_HEADS = frozenset(normalize(w) for key in ("place_cues", "org_heads", "armed_group_heads")
                          for w in word_list("entity_patterns.yaml", key))
_HARAKAT = "".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0670"
_LETTERS_BEFORE = re.compile(r"[\u0621-\u064A\u064B-\u065F\u0670]+$")


@lru_cache(maxsize=32)
def glue_item_starts(text: str) -> tuple[int, ...]:
    """The words glued after a final ة (rasd.text.glued) that start a feed item: on a feed page a ة
    followed by a letter is a lost line break between two items far more often than a lost space inside
    a sentence ("... في شمال حماةأدخنة متصاعدة ...", "... الحميمةالتقارير الواردة ..."), and the first
    word need not be a frequent one (most items end in a place name). Not after a head word in construct
    form (``_PHRASE_HEADS``). For a page the caller knows to be a feed."""
    out = []
    for p in glued_starts(text):
        m = _LETTERS_BEFORE.search(text, max(0, p - 40), p)
        word = text[m.start():p] if m else ""
        if not word.rstrip(_HARAKAT).endswith("ة"):
            continue    # a glue after "اء" ("جراءالقصف", "قضاءالحويجة") mostly runs on inside a phrase
        word = word[word.rfind("ة", 0, len(word) - 1) + 1:]     # after an earlier glue in the same token
        if any(stem in _PHRASE_HEADS and "ال" not in pre and pre != "لل"
               for pre, stem in proclitic_splits(normalize(word))):
            continue
        out.append(p)
    return tuple(out)


GAZETTEER_DIR = Path(__file__).resolve().parent.parent / "data" / "gazetteer"
_PLACE_STOPS = frozenset(normalize(w) for w in word_list("entity_patterns.yaml", "name_place_stops"))
_NAME_WORD = re.compile(r"[\u0621-\u064A]{3,}")   # a one-word name
# the project's own place lists (not GeoNames: its many small towns share their names with words)
_NAME_LISTS = (("governorates.yaml", "governorates"), ("capitals.yaml", "capitals"), ("countries.yaml", "countries"),
               ("regions.yaml", "regions"), ("towns_extra.yaml", "places"))


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    """The normalised one-word Arabic names (and aliases) of the gazetteer's own place lists."""
    out: set[str] = set()
    for file, key in _NAME_LISTS:
        for item in read_shared(GAZETTEER_DIR / file)[key]:
            for name in [item.get("ar"), item.get("capital"), *(item.get("aliases") or [])]:
                if isinstance(name, str) and _NAME_WORD.fullmatch(normalize(name)):
                    out.add(normalize(name))
    return frozenset(out)


@lru_cache(maxsize=65_536)
def _name_cut(word: str) -> int | None:
    """Where an unknown normalised token is a place name glued to the word opening the next item: the name then
    "و" and a frequent word ("حلب|وادعت", "حماه|فيلق" ends one item, starts the next: the general word-pair
    cut leaves out a second word with "و"), or a frequent word then the name ("الجويه|افغانستان"). The longest
    name wins; None when no cut qualifies (a part shorter than ``MIN_PART`` letters is a fragment)."""
    ranks, names = _vocabulary(), _place_names()
    if word in ranks or word in names:
        return None
    for i in range(len(word) - MIN_PART, MIN_PART - 1, -1):
        a, b = word[:i], word[i:]
        rest = b[1:] if b[0] == _AND else b
        # (a rest without "و" must be a frequent word: "كوبا|نبي" is "كوباني" misspelt; nor a direction, which
        # goes on with the place: "مصر|شمال شرق")
        if a in names and len(rest) >= MIN_PART and rest not in _PLACE_STOPS \
                and ranks.get(rest, RANK_CUE) < (RANK_CUE if b[0] == _AND else RANK_PLAIN):
            return i
    for i in range(MIN_PART, len(word) - MIN_PART + 1):
        a, b = word[:i], word[i:]
        if b in names and not a.endswith(_ARTICLE) and _stem_len(a) >= MIN_PART \
                and ranks.get(a, RANK_CUE) < RANK_CUE:
            return i
    return None


@lru_cache(maxsize=32)
def name_glue_starts(text: str) -> tuple[int, ...]:
    """The item starts inside tokens that are a place name glued to a word (``_name_cut``): on a feed page
    most items end in a place name and the next item's first word runs into it with no cue the word-pair cut
    reads ("... في ريف حلبوادعت ...", "... شمال حماةفيلق الشام ..."). For a page the caller knows to be a feed."""
    norm_m, offs = normalize_with_map(text)
    out = []
    for m in _LONG_WORD.finditer(norm_m):
        cut = _name_cut(m.group())
        if cut is not None:
            # (also a name opening a line: a feed's country tag closes the item above it, ".\nاليمن|لقى المشتبه ...")
            out.append(offs[m.start() + cut])
    return tuple(out)


@lru_cache(maxsize=32)
def word_item_starts(text: str) -> tuple[int, ...]:
    """Offsets in ``text`` where a glued feed item starts inside an unknown token that is two known
    words; () unless the page has many such (a feed). Cheap on ordinary pages: one scan of the (cached) normalised text and a
    set difference find the few unknown long words, and the cuts are looked for in those only."""
    if len(text) < 200:
        return ()
    norm = normalize(text)
    # the page's distinct runs of letters long enough for two words, less the known words: a
    # regex scan without lookarounds and a set difference (the token boundaries are checked
    # below, on the few pages that get that far)
    splittable: dict[str, tuple[int, bool]] = {}
    for w in set(_LETTER_RUN.findall(norm)) - _vocabulary_set():
        cut = _split_word(w)
        if cut is not None:
            splittable[w] = cut
    # a feed's glued tokens are mostly distinct: too few candidates for the cuts a feed needs
    # (the words counted by spaces, a cheap upper bound here) end the check
    if len(splittable) < MIN_CUTS or len(splittable) * WORDS_PER_CUT < norm.count(" "):
        return ()
    norm_m, offs = normalize_with_map(text)
    starts: list[int] = []
    for m in _LONG_WORD.finditer(norm_m):
        found = splittable.get(m.group())
        if found is None:
            continue
        cut, needs_cue = found
        if needs_cue and text[offs[m.start() + cut - 1]] not in _FINAL_ONLY and not _HEAD.match(norm_m, m.end()):
            continue
        starts.append(offs[m.start() + cut])     # the second word's first character
    n_words = len(norm.split())
    if len(starts) < MIN_CUTS or len(starts) * WORDS_PER_CUT < n_words:
        return ()
    return tuple(starts)


@lru_cache(maxsize=32)      # the entities stage and the geocoder ask for the same pages
def page_gaps(text: str) -> tuple[int, ...]:
    """Where the page's words run together with no space, sorted: feed items glued to the one before
    (``item_starts``) and words glued after a final ة (``glued_starts``, "حماةقصف"). A stage that matches names
    on the whole normalised page reads a space there (``with_item_gaps``)."""
    return tuple(sorted(set(item_starts(text)) | set(glued_starts(text))))


def with_item_gaps(norm: str, offsets: Sequence[int], starts: tuple[int, ...]) -> tuple[str, list[int]]:
    """``norm`` (the normalised text) with a space before each item start, and its offset map
    (``normalize_with_map``'s, with the space mapped to the original offset of the letter
    before it, so the map stays non-decreasing and a name ending there maps back to its own
    letters). For a stage that matches names on the whole normalised page: "حلب" glued to the
    item before ("الشماليحلب") then starts a token."""
    out: list[str] = []
    offs: list[int] = []
    prev = 0
    for start in starts:
        p = norm_offset(offsets, start)
        if p <= prev:
            continue
        out.append(norm[prev:p])
        out.append(" ")
        offs.extend(offsets[prev:p])
        offs.append(offsets[p - 1])
        prev = p
    out.append(norm[prev:])
    offs.extend(offsets[prev:])
    return "".join(out), offs


@lru_cache(maxsize=1)
def _stamp_marks() -> tuple[re.Pattern[str], ...]:
    """The short regexes each stamp form contains (``stamp_marks``: "منذ", a clock's ":[0-5]", "ago")."""
    return tuple(re.compile(m) for m in read_shared(STAMPS_FILE)["stamp_marks"])


def _few_stamps(text: str, min_stamps: int) -> bool:
    """Fewer matches of the stamp marks than ``min_stamps``: the page cannot hold that many stamps (each
    stamp contains a mark, stamps do not overlap, nor do a mark's matches), so the scan can be skipped."""
    n = 0
    for mark in _stamp_marks():
        for _ in mark.finditer(text):
            n += 1
            if n >= min_stamps:
                return False
    return True


@lru_cache(maxsize=1)
def _stamps() -> tuple[re.Pattern[str], int]:
    """One alternation of the stamp forms of the lexicon, and the page's minimum count."""
    data = read_shared(STAMPS_FILE)
    pattern = "|".join(f"(?:{p})" for p in data["stamps"])
    # every form starts with "منذ", a digit or "a/an": the lookahead lets the scan skip other
    # characters at once instead of trying each alternative there (same matches)
    return re.compile(rf"(?=[{data['first_chars']}])(?:{pattern})"), int(data["min_stamps"])


@lru_cache(maxsize=32)
def stamp_cuts(text: str) -> tuple[int, ...]:
    """Offsets where a feed item's time stamp starts and ends (sorted, distinct), so the stamp is a
    sentence of its own and the items on either side part; () on a page with fewer stamps than
    the lexicon's minimum (one "منذ 4 ساعات" in an article is prose, not a feed)."""
    pattern, min_stamps = _stamps()
    if _few_stamps(text, min_stamps):
        return ()
    found = [(m.start(), m.end()) for m in pattern.finditer(text) if m.end() > m.start()]
    if len(found) < min_stamps:
        return ()
    return tuple(sorted({x for pair in found for x in pair if 0 < x < len(text)}))


def looks_like_feed(text: str) -> bool:
    """The page looks like a news feed: glued items or several time stamps (the stages that cut or read
    feed items ask only then)."""
    return bool(item_starts(text) or stamp_cuts(text))


# a run of the page without Arabic letters or line breaks (Latin words, digits, punctuation)
_NON_ARABIC_RUN = re.compile(r"[^\u0600-\u06FF\n]*[A-Za-z][^\u0600-\u06FF\n]*")
_LATIN_WORD = re.compile(r"[A-Za-z]+")
LATIN_ITEM_WORDS = 3    # "It ' s fake", "TASS : Duma committee plans ...": a foreign-language item or flag


@lru_cache(maxsize=32)
def latin_cuts(text: str) -> tuple[int, ...]:
    """Offsets where a run of Latin-script words (at least ``LATIN_ITEM_WORDS``) starts and ends inside the
    Arabic text of a feed page, so it is a sentence of its own: Liveuamap-style feeds mix untranslated
    items and verdict flags ("It ' s fake", "It ' s rumor , not confirmed") with the Arabic ones, glued on
    both sides ("... على النصرLavrov held talks with ... Medoyev القصف المدفعي ..."); read as one sentence,
    the Arabic item after the run takes the place of the item before it. () unless the page looks like a
    feed (glued items or several time stamps); a name or a short credit ("( AFP )") is no cut."""
    if not looks_like_feed(text):
        return ()
    cuts: list[int] = []
    for m in _NON_ARABIC_RUN.finditer(text):
        # (a run ends at an Arabic letter or a line break: its Latin words all lie inside it)
        words = list(_LATIN_WORD.finditer(text, m.start(), m.end()))
        if len(words) < LATIN_ITEM_WORDS:
            continue
        cuts += [x for x in (words[0].start(), words[-1].end()) if 0 < x < len(text)]
    return tuple(cuts)


# a source credit with its day closing a caption or digest item: "( وفا , 23 أيار / مايو 2014 )", "( معا ، 2017/09/23 )"
_CREDIT = re.compile(r"\(\s*[^()\n]{1,60}?[,\u060c]\s*(?:\d{1,2}\s+[^\s()]+(?:\s*/\s*[^\s()]+)?\s+\d{4}"
                     r"|\d{1,4}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{1,4})\s*\)[ \t]*(?=[\u0621-\u064A])")


@lru_cache(maxsize=1)
def _labels() -> re.Pattern[str]:
    alternatives = "|".join(f"(?:{p})" for p in read_shared(STAMPS_FILE)["related_labels"])
    return re.compile(rf"(?<![\u0621-\u064A])(?:{alternatives})(?![\u0621-\u064A])")


@lru_cache(maxsize=1)
def _label_literals() -> tuple[str, ...]:
    """The strings each related-story label contains (``label_literals``): a page with none has no label."""
    return tuple(read_shared(STAMPS_FILE)["label_literals"])


@lru_cache(maxsize=32)
def label_cuts(text: str) -> tuple[int, ...]:
    """Offsets (sorted, distinct) that end a digest item or a page block where nothing else does, on any page:
    after a source credit with its day that closes an item and is followed by the next one with no stop
    ("... في بيت لحم ( وفا , 25 أيار / مايو 2014 ) هذا الأسبوع سقط صاروخ ..."; the credit stays with its item)
    and before a "related stories" label (``related_labels``: "اقرأ أيضا", "مواضيع ذات صلة"), which parts the
    caption or the story before it from the other pages' headlines after it."""
    cuts = {m.end() for m in _CREDIT.finditer(text)}
    # only before the label: the label stays with what follows it, which the events stage reads as other
    # pages' headlines (event_triggers.yaml related_headers)
    # (speed: a label holds one of ``label_literals`` and no line break, so only the lines with such a literal
    # are scanned; a line's ends stand next to a line break or the text's ends, no Arabic letter either way)
    lines: set[tuple[int, int]] = set()
    for w in _label_literals():
        i = text.find(w)
        while i >= 0:
            end = text.find("\n", i)
            lines.add((text.rfind("\n", 0, i) + 1, len(text) if end < 0 else end))
            i = text.find(w, i + 1)
    labels = _labels()
    for start, end in lines:
        cuts.update(m.start() for m in labels.finditer(text, start, end))
    return tuple(sorted(x for x in cuts if 0 < x < len(text)))


# " - " (or an en / em dash) between two words; group 1 is the word after it
_DASH = re.compile(r"(?<=\S) [-\u2013\u2014] (?=(\S+))")


@lru_cache(maxsize=8)
def feed_words(key: str) -> frozenset[str]:
    """A word list of feed_item_stamps.yaml, normalised: ``dash_heads`` (words that open an item's
    headline), ``heading_words``, ``heading_blockers``, ``closing_words``, ``caption_words``."""
    data = read_shared(STAMPS_FILE)
    return frozenset(normalize(w) for w in data[key])


def dash_heads() -> frozenset[str]:
    return feed_words("dash_heads")


@lru_cache(maxsize=32)
def dash_cuts(text: str) -> tuple[int, ...]:
    """Offsets of the dashes that end a feed item before a headline word (the dash goes with the
    next item); () unless the page looks like a feed (glued items or several time stamps)."""
    if not looks_like_feed(text):
        return ()
    heads = dash_heads()
    return tuple(m.start() + 1 for m in _DASH.finditer(text) if normalize(m.group(1)) in heads)


# a colon after a word: an item's heading "حلب : ...", "شمال حماة : ...", "أردوغان : ..." (not a clock "11:10"
# nor a link "https://")
_COLON = re.compile(r"(?<=[^\W\d_])[ \t]*:(?![/\d])")


@lru_cache(maxsize=32)
def heading_colons(text: str) -> tuple[int, ...]:
    """Offsets of the colons that may close a feed item's heading ("... قرب البوكمال شمال حماة : غارات ...");
    () unless the page looks like a feed (glued items or several time stamps). Which words before the
    colon make the heading is for the caller to tell (it knows the page's names)."""
    if not looks_like_feed(text):
        return ()
    # (the look-ahead misses a link the page's tokeniser spaced out, "https : / / www": the word before tells it)
    return tuple(m.end() - 1 for m in _COLON.finditer(text) if not text[max(0, m.start() - 5):m.start()].lower().endswith(("http", "https")))


# A digest's item head: a place name at a line's start or after a hashtag mark or a bullet ("# صيدا |",
# "الحولة |", "- درعا :", "* حلب :"), its own name of two words at most ("# الدار - الكبيرة |"), then a bar
# or a colon that opens the item (the Asharq Alarabi and Syrian-street digests' form)
_HEAD_BEFORE = re.compile(r"[\n#*•][ \t]*(?:[-–][ \t]*)?\Z")
_HEAD_AFTER = re.compile(r"[ \t]*(?:[-–]?[ \t]*[\u0621-\u064A]+[ \t]*)?[|:]")
HEAD_BEFORE_CHARS = 6   # characters before the name read for the line start, the mark or the bullet
HEAD_AFTER_CHARS = 24   # ... after it for the bar or the colon


def item_head_at(text: str, start: int, end: int) -> bool:
    """The name at text[start:end] heads a digest's item ("# صيدا | تتعرض البلدة لقصف ..."): what the
    item tells happened there, and the page's other heads tell which namesake it is."""
    lo = max(0, start - HEAD_BEFORE_CHARS)
    before = ("\n" if lo == 0 else "") + text[lo:start]     # the page's start is a line's start
    return (_HEAD_BEFORE.search(before) is not None
            and _HEAD_AFTER.match(text, end, min(len(text), end + HEAD_AFTER_CHARS)) is not None)
