"""Feed-item starts the sentence splitter cannot see: a new item of a live-ticker page that runs on inside
one sentence, found with the entities layer's mentions (rasd.text.feed_items cuts the page at glued
tokens, dashes, time stamps and colons from its text alone).

On a feed page (rasd.text.feed_items.looks_like_feed) an item starts inside a sentence
* at a heading place or country before a colon ("... قرب حلب شمال حماة : غارات ..." -> at "شمال"),
* at a headline word run on after the place that ended the item before ("... باتجاه البوكمال انفجار ..."),
* at an armed actor run on after that place ("... كفر نابل الطائرات الحربية الروسية تطلق ..."),
* at a verb run on after that place ("... غرب العريش سيناء اجتمع زعماء القبائل ..."),
* at a count that opens a subject-first headline, run on after that place ("... شمال حلب 13 مواطنا اعتقلوا ..."),
* at a state that opens a subject-first headline, run on after that place ("... في الحسكة تركيا تقيم نقاط ..."),
* around a run of Latin-script words (an untranslated item or an "It ' s fake" flag: rasd.text.feed_items.latin_cuts).
``feed_item_starts`` gives them all; the events layer keeps each item's place, date and merges to the
item (rasd.extract.events.context._DocContext.items), and any stage with mentions may read the same spans.
"""

from __future__ import annotations

import bisect
import re

from rasd.extract.verbs import VERB_BARE, is_verb, tafil_shaped, verb_like
from rasd.records import Mention
from rasd.text.feed_items import dash_heads, feed_words, heading_colons, latin_cuts, looks_like_feed
from rasd.text.normalize import normalize


def feed_item_starts(text: str, mentions: list[Mention]) -> tuple[int, ...]:
    """Offsets (sorted, distinct) where a feed item starts inside a sentence of ``text``, given its
    mentions sorted by start; () on a page that is no feed."""
    if not looks_like_feed(text):
        return ()
    return tuple(sorted(set(_heading_starts(text, mentions) + _headline_after_place(text, mentions)
                            + _actor_after_place(text, mentions) + _verb_after_place(text, mentions)
                            + _count_after_place(text, mentions) + _state_after_place(text, mentions)
                            + _verb_after_dash(text, mentions) + latin_cuts(text))))


def skip_space_back(text: str, pos: int) -> int:
    """``pos`` moved back over the spaces and tabs before it."""
    while pos > 0 and text[pos - 1] in " \t":
        pos -= 1
    return pos


# a country heads a feed item as a town does ("... في العوامية افغانستان : مقتل خمسة ...", "الفلبين : ...")
HEADING_TYPES = frozenset({"PLACE", "STATE"})
HEADING_MAX_WORDS = 6     # "جنوب غرب ريف حلب الجنوبي :": longer runs are text, not a heading
_HEADING_END = ".-\u2013\u2014!?\u061f,\u060c)\"\u00bb|/"   # a heading place right after these opens an item


def _word_before(text: str, pos: int) -> tuple[int, str]:
    """The start and normalised form of the whitespace-delimited word ending at ``pos``."""
    w0 = pos
    while w0 > 0 and not text[w0 - 1].isspace():
        w0 -= 1
    return w0, normalize(text[w0:pos])


def _heading_starts(text: str, mentions: list[Mention]) -> tuple[int, ...]:
    """Where a feed item starts inside a run-on line: the first word of a heading place told just before
    a colon ("... تحت حماية الجيش الحر شمال حماة : تم السيطرة ..." -> at "شمال"). The heading is the
    place name ending at the colon, with the place-opening words before it ("شمال", "ريف") and a place
    joined by "و" ("شمال حماة و جنوب إدلب :"); not a name standing right before it without "و" (that
    one ends the item before: "... في دير الزور شمال حماة :"). No item starts where the place follows a
    preposition ("ويقاتلون داعش في جنوب سنجار : مصادر محلية": a source's colon) or at a colon after any
    other word (a speaker, "الخطوة 1 :")."""
    colons = heading_colons(text)
    heads, blockers = feed_words("heading_words"), feed_words("heading_blockers")
    starts_of = [m.start for m in mentions]      # (mentions come sorted by start)
    ends: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.type in HEADING_TYPES:
            ends.setdefault(m.end, []).append(m)
    starts: list[int] = []
    for colon in colons:
        pos = colon
        while pos > 0 and text[pos - 1] in " \t":
            pos -= 1
        ms = ends.get(pos)
        if not ms:
            continue
        start = min(m.start for m in ms)
        glued = start > 0 and text[start - 1].isalpha()
        words = 0
        while not glued and words < HEADING_MAX_WORDS:
            words += 1
            pos = start
            while pos > 0 and text[pos - 1] in " \t":
                pos -= 1
            w0, word = _word_before(text, pos)
            if word in heads:
                start = w0
                glued = w0 > 0 and text[w0 - 1].isalpha()
                continue
            glue = next((h for h in heads if word.endswith(h) and len(word) - len(h) >= 3), None)
            if glue is not None and normalize(text[pos - len(glue):pos]) == glue:
                start, glued = pos - len(glue), True     # "... المواقعغرب إدلب :": the heading glued on
                break
            joined = ends.get(skip_space_back(text, w0)) if word == "و" else None
            if joined:
                start = min(m.start for m in joined)      # "شمال حماة و جنوب إدلب :"
                glued = start > 0 and text[start - 1].isalpha()
                continue
            break
        if not glued:
            pe = skip_space_back(text, start)
            w0, word = _word_before(text, pe)
            prev = text[:start].rstrip()
            if not prev or prev[-1] in _HEADING_END or "\n" in text[len(prev):start]:
                starts.append(start)      # after a stop, a dash, a quote: the heading opens an item
                continue
            if word in blockers or (word[:1] in "بل" and word[1:] in heads):
                continue      # "في الموصل :", "بمدينة العريش :": a preposition's place
            bare = word[1:] if word[:1] in "وفبل" and not word.startswith("ال") else word
            if word and word[-1].isalpha() and "\u0621" <= word[-1] <= "\u064a" and not bare.startswith("ال") \
                    and not any(m.start < pe <= m.end for m in _mentions_before(mentions, starts_of, pe)):
                continue      # "معركة حماة :", "مراسل الميادين :": the place is an indefinite noun's genitive
        starts.append(start)
    return tuple(starts)


ITEM_OPENING_ACTORS = frozenset({"ARMED_GROUP", "STATE_FORCES"})   # not STATE: "في بغداد العراق" is a country tag


def _actor_after_place(text: str, mentions: list[Mention]) -> tuple[int, ...]:
    """Where the next feed item opens with its actor, run on after the place that ended the item before
    with only a space: "... بالقرب من كفر نابل الطائرات الحربية الروسية تطلق غارات ..." -> at
    "الطائرات"; also over one closing definite adjective or "اليوم" ("على مدينة دوما المحاصرة القيادة
    المركزية ..."). Not when a verb stands right before the place: the place is its subject or object
    and the actor its object ("اتهمت بغداد البيشمركة")."""
    actors = {m.start for m in mentions if m.type in ITEM_OPENING_ACTORS}
    if not actors:
        return ()
    inside = [(m.start, m.end) for m in mentions]
    starts = []
    for m in mentions:
        if m.type != "PLACE" or text[m.end:m.end + 1] != " ":
            continue
        k = m.end + 1
        if k not in actors:
            e = k
            while e < len(text) and not text[e].isspace():
                e += 1
            word = normalize(text[k:e])
            if not (text[e:e + 1] == " " and e + 1 in actors and word.startswith("ال")
                    and (word.endswith(("ه", "ي")) or word in feed_words("closing_words"))
                    and not any(a <= k < b for a, b in inside)):
                continue
            k = e + 1       # "دوما المحاصرة | القيادة المركزية"
        pe = skip_space_back(text, m.start)
        if is_verb(_word_before(text, pe)[1]):
            continue
        starts.append(k)
    return tuple(starts)


def _word_end(text: str, k: int) -> int:
    """The end of the whitespace-free word that starts at ``k``."""
    e = k
    while e < len(text) and not text[e].isspace():
        e += 1
    return e


def _words_after_places(text: str, mentions: list[Mention]) -> list[tuple[Mention, int, int]]:
    """(place, start, end) of the word right after each place mention followed by a single space: where a
    glued feed item may open."""
    return [(m, m.end + 1, _word_end(text, m.end + 1)) for m in mentions
            if m.type == "PLACE" and text[m.end:m.end + 1] == " "]


def _headline_after_place(text: str, mentions: list[Mention]) -> tuple[int, ...]:
    """Where a feed item's headline runs on after the place that ended the item before, with only a space
    between: "... إحباط هجوم لقوات النظام باتجاه البوكمال انفجار بالقرب من نقطة تفتيش ..." -> at "انفجار"
    (a headline word of the lexicon's ``dash_heads``). Not after a place that opens its sentence
    ("سيناء مقتل المواطن ...": the place is that item's heading)."""
    heads = dash_heads()
    starts = []
    for m, k, e in _words_after_places(text, mentions):
        if normalize(text[k:e]) not in heads:
            continue
        before = text[:m.start].rstrip(" \t")
        if m.start == 0 or not text[m.start - 1].isspace() or not before or before[-1] in ".!?\u061f\n":
            continue      # the place opens its sentence or its glued item: the heading of the item after it
        starts.append(k)
    return tuple(starts)


MIN_WORDS_BEFORE_PLACE = 2    # "في حلب قتل ...": a place with less before it opens the clause of the verb after it
PLURAL_ENDS = ("ون", "ات")    # a sound plural's nominative ("هاجم متمردون", "اندلعت اشتباكات"): a subject
RELATIVE_REACH = 8     # words before the place read for a particle whose clause the verb may close


def _opens_verb_clause(word: str) -> bool:
    """``word`` is a singular past verb that opens a clause of its own ("اجتمع", "قصفت"). An imperfect or a
    verb with a plural or dual ending follows its subject ("سكان مدينة الباب يرفعون", "... رفعوا"): the
    place before it is inside that subject, and the item goes on."""
    if not word or not is_verb(word) or word[:1] in "يوف" or word[:2] in ("سي", "ست", "سن"):
        return False      # ("و" / "ف": the item's second predicate, "وقصفت")
    if word.endswith(("ا", "ون", "ان")):
        return False      # "رفعوا", "كانا", "قتلنا", "يرفعون": a plural, dual or first-person ending
    return not (word[:1] == "ت" and not word.endswith("ت") and word not in VERB_BARE)    # "تستمر"


def _verb_after_place(text: str, mentions: list[Mention]) -> tuple[int, ...]:
    """Where the next feed item opens with a past verb run on after the place that ended the item before,
    with only a space between: "... قرب سبيكة غرب العريش سيناء اجتمع زعماء القبائل السورية في هاتاي ..."
    -> at "اجتمع". A verb opens a new item only when it is singular and past (a verb-initial clause: see
    ``_opens_verb_clause``) and its subject follows (a definite word, a name, a construct "زعماء القبائل" or
    a plural "متمردون"; not a number, a preposition or an adjective: "قتلت 84 مدنيا" after "غارات التحالف قرب الرقة" is that
    subject's verb). Not one that points back to the place ("قتل فيها": ``verb_item_blockers``), not after a
    place that opens its sentence ("حلب قصفت ...": the item's heading), that follows a verb or a lone
    preposition ("قصفت حلب", "في حلب قتل": the place is that verb's), or shortly after a relative or a
    particle whose clause the verb may close (``verb_item_subordinators``: "العملية التي بدأتها تركيا في
    عفرين جاءت ...", "إن أحياء في حلب تعرضت ...")."""
    blockers = feed_words("verb_item_blockers")
    framing = feed_words("heading_words") | feed_words("heading_blockers")
    closing = feed_words("closing_words")
    subordinators = feed_words("verb_item_subordinators")
    by_start = {m.start for m in mentions}
    inside = sorted((m.start, m.end) for m in mentions)
    in_starts = [a for a, _b in inside]
    starts = []
    for m, k, e in _words_after_places(text, mentions):
        if normalize(text[k:e]) in closing and text[e:e + 1] == " ":
            # "... على مدينة الرقة اليوم | قصفت الطائرات ...": the day closes the item before
            k, e = e + 1, _word_end(text, e + 1)
        if not _opens_verb_clause(normalize(text[k:e])):
            continue
        i = bisect.bisect_right(in_starts, k)
        if i and inside[i - 1][1] > k:
            continue      # the word is a name's ("يبرود", "يثرب"): no verb
        nxt = text[e:e + 60].split()
        w1 = normalize(nxt[0]) if nxt else ""
        w2 = normalize(nxt[1]) if len(nxt) > 1 else ""
        if not w1 or w1 in blockers or w1 in framing or not w1[0].isalpha():
            continue
        j = text.find(nxt[0], e)
        if not (w1.startswith("ال") or j in by_start or w1.endswith(PLURAL_ENDS)
                or (w2.startswith("ال") and not w1.startswith(("ب", "ل")))):
            continue      # no subject after the verb ("انتحر بسبب", "أصبحت مجهزة"): the verb's subject came before
        # the words of the sentence before the place: a complete clause, no verb right before the place
        line = [normalize(w) for w in re.split(r"[.!?\u061f\n:]", text[max(0, m.start - 200):m.start])[-1].split()]
        if not line or is_verb(line[-1]) or subordinators.intersection(line[-RELATIVE_REACH:]):
            continue
        told = [w for w in line if w not in framing and not (w[:1] in "وف" and w[1:] in framing)]
        if len(told) < MIN_WORDS_BEFORE_PLACE:
            continue      # "وفي مدينة حلب قتل ...": only a preposition and a place noun open the verb's clause
        starts.append(k)
    return tuple(starts)


# a dash between two words, the word after it read whole ("... شرق دمشق - اعتقل مكتب التحقيقات ...")
_DASH_WORD = re.compile(r"(?<=\S) [-\u2013\u2014] (?=\S)")
DATELINE_WORDS = 2      # "كابول - قالت مصادر ...", "ريف حماة - قصفت ...": an item's dateline before its dash


def _verb_after_dash(text: str, mentions: list[Mention]) -> tuple[int, ...]:
    """Where the next feed item opens with a past verb after a dash that ended the item before: "... وحدات جيش
    التحرير الفلسطيني المشاركة في عمليات في شرق دمشق - اعتقل مكتب التحقيقات الفدرالي أمس ..." -> at "اعتقل"
    (rasd.text.feed_items.dash_cuts cuts before a headline noun only: it has no verbs). The verb is singular and
    past, opening a clause of its own (``_opens_verb_clause``: not "يظهر", "وقصفت", "رفعوا"), and no name's word.
    Not after a dateline: the item's place alone before the dash, opening its sentence or glued on to the item
    before ("... في الأيام القليلة القادمةكابول - قالت مصادر ...": Kabul is the next item's)."""
    inside = sorted((m.start, m.end) for m in mentions)
    in_starts = [a for a, _b in inside]
    glued = {m.end for m in mentions if m.start > 0 and text[m.start - 1].isalpha()}
    starts = []
    for d in _DASH_WORD.finditer(text):
        k = d.end()
        e = _word_end(text, k)
        if not _opens_verb_clause(normalize(text[k:e])):
            continue
        i = bisect.bisect_right(in_starts, k)
        if i and inside[i - 1][1] > k:
            continue      # the word is a name's
        if d.start() in glued:
            continue      # a place glued on to the item before: the dateline of the verb's item
        before = re.split(r"[.!?\u061f\n:|]", text[max(0, d.start() - 200):d.start()])[-1].split()
        if len(before) <= DATELINE_WORDS:
            continue      # "ريف حماة - قصفت ...": the item's own dateline
        starts.append(k)
    return tuple(starts)


COUNT_VERB_REACH = 4    # words from the count to its plural verb ("13 مواطنا سوريا اعتقلوا", "30 الف روماني يتظاهرون")


def _plural_verb(word: str) -> bool:
    """``word`` is a verb with a sound plural ending, past or imperfect ("اعتقلوا", "يتظاهرون"): the predicate
    of a subject told before it."""
    return word.endswith(("وا", "ون")) and word[:1] not in "وف" and is_verb(word)


def _count_after_place(text: str, mentions: list[Mention]) -> tuple[int, ...]:
    """Where the next feed item opens with a count as the subject of its headline, run on after the place that
    ended the item before with only a space: "... بالمدفعية الثقيلة شمال حلب 13 مواطنا سوريا اعتقلوا ..." ->
    at "13"; "... في عفرين شمال سوريا اكثر من 30 الف روماني يتظاهرون ..." -> at "اكثر". The count (digits,
    or a hedge word and "من" before them) must be followed within ``COUNT_VERB_REACH`` words by a plural verb
    (a subject-first clause of its own); the place must close a clause that has words of its own before it
    and no verb right before it (as for ``_verb_after_place``): "قتل في حلب 13 مدنيا" is that verb's count."""
    framing = feed_words("heading_words") | feed_words("heading_blockers")
    hedges = feed_words("count_hedges")       # "أكثر من 30 ألف ..."
    starts = []
    for m, k, e in _words_after_places(text, mentions):
        first = normalize(text[k:e])
        words = text[e:e + 120].split()
        if first in hedges:
            if len(words) < 2 or normalize(words[0]) != "من" or not words[1].isdigit():
                continue
            words = words[2:]
        elif not first.isdigit():
            continue
        if not any(_plural_verb(normalize(w)) for w in words[:COUNT_VERB_REACH]):
            continue
        line = [normalize(w) for w in re.split(r"[.!?\u061f\n:]", text[max(0, m.start - 200):m.start])[-1].split()]
        if not line or is_verb(line[-1]):
            continue
        told = [w for w in line if w not in framing and not (w[:1] in "وف" and w[1:] in framing)]
        if len(told) < MIN_WORDS_BEFORE_PLACE:
            continue
        starts.append(k)
    return tuple(starts)


def _imperfect_third(word: str) -> bool:
    """``word`` is a singular imperfect verb of the third person ("تقيم", "يعلن"): the predicate of a subject told
    before it, opening a nominal clause with it."""
    # (a final ت is a past verb's feminine ending, "تلقت", "تعرضت": the predicate of a subject told earlier)
    return (word[:1] in "تي" and not word.endswith(("ون", "ان", "ين", "ت")) and not tafil_shaped(word)
            and verb_like(word, word, past=False))


def _state_after_place(text: str, mentions: list[Mention]) -> tuple[int, ...]:
    """Where the next feed item opens with a state as the subject of an imperfect verb, run on after the place
    that ended the item before with only a space: "... بين النازحين في الحسكة تركيا تقيم نقاط مراقبة ..." -> at
    "تركيا". A place then a state alone is a place and its country ("في عفرين سوريا"): only a verb right after
    the state makes it a clause's subject. The place must close a clause with words of its own before it and no
    verb right before it (as for ``_verb_after_place``)."""
    framing = feed_words("heading_words") | feed_words("heading_blockers")
    subordinators = feed_words("verb_item_subordinators")
    states = {m.start: m for m in mentions if m.type == "STATE"}
    starts = []
    for m, k, _e in _words_after_places(text, mentions):
        st = states.get(k)
        if st is None or text[st.end:st.end + 1] != " ":
            continue
        if not _imperfect_third(normalize(text[st.end + 1:_word_end(text, st.end + 1)])):
            continue
        line = [normalize(w) for w in re.split(r"[.!?\u061f\n:]", text[max(0, m.start - 200):m.start])[-1].split()]
        if not line or is_verb(line[-1]) or subordinators.intersection(line[-RELATIVE_REACH:]):
            continue      # ("قوات التحالف التي تقوم بدوريات شمال غرب منبج سوريا تلقت ...": the subject's own verb)
        told = [w for w in line if w not in framing and not (w[:1] in "وف" and w[1:] in framing)]
        if len(told) < MIN_WORDS_BEFORE_PLACE:
            continue
        starts.append(k)
    return tuple(starts)


def _mentions_before(mentions: list[Mention], starts_of: list[int], pos: int) -> list[Mention]:
    """The few mentions that start just before ``pos`` (``mentions`` sorted by start): those that may cover it."""
    k = bisect.bisect_left(starts_of, pos)
    return mentions[max(0, k - 8):k]
