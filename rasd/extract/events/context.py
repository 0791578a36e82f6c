"""The document context ``_DocContext``, built once per page and read by every candidate rule: its
sentences, mentions, places (gazetteer, facilities, witnesses, the guards of
event_place_guards.yaml / event_actor_guards.yaml against common-noun and metonym uses), lead,
dateline and feed items, the distance between two places (``_km``), and whether the page is a list
report. Kept apart from the rules so that they all share one view of the page.
"""

from __future__ import annotations

import bisect
import copy
import datetime as dt
import itertools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace as dc_replace
from functools import lru_cache
from operator import attrgetter
from typing import Any

from rasd.data import read_shared, word_data, word_list
from rasd.extract.events.lexicons import LEXICON, _keys, lexicon
from rasd.extract.events.sentences import _Cand, _Sent
from rasd.extract.feed_items import feed_item_starts, skip_space_back
from rasd.records import UNKNOWN, Analysis, Entity, Event, Mention, Span
from rasd.text.feed_items import dash_cuts, item_starts, latin_cuts, looks_like_feed, stamp_cuts
from rasd.text.normalize import normalize, normalize_with_map

ACTOR_TYPES = frozenset({"ARMED_GROUP", "STATE_FORCES", "STATE"})
STATE_TYPES = frozenset({"STATE_FORCES", "STATE"})
# Word lists compared with normalised tokens are normalised too ("على" is "علي", "إلى" is "الي" there):
# a raw spelling never matches a token
PLACE_LEAD_WORDS = frozenset(normalize(w) for w in word_list("function_words.yaml", "place_lead_words"))
TOPIC_LINK_WORDS = frozenset(normalize(w) for w in word_list("function_words.yaml", "topic_link_prepositions"))
SPEECH_AFTER = frozenset(normalize(w) for w in word_list("event_words.yaml", "speech_after"))
COMPATIBLE_KM = 8.0                 # two places this close name one event's location
# ... but two towns or villages of their own names are two ACLED locations however close ("دوما" and
# "مسرابا", 2.5 km apart in the Ghouta; "كفريا" and "الفوعة"): only a city's districts within
# COMPATIBLE_KM ("مدينة الصدر" in "بغداد", "حويجة صكر" in "دير الزور") or two points this close name one town
SAME_TOWN_KM = 1.0
CAPITAL_ALIAS = normalize("العاصمة") + " "     # "العاصمة العراقية": the alias capitals.yaml gives a world capital
REGION_KM = 25.0                    # ... a region (its centre) and a place this close
# ACLED's "Unidentified Armed Group": "أطلق مسلحون مجهولون النار", "برصاص مجهولين" name an armed actor
# the text does not identify (ACLED codes such events with this actor, not with no actor)
UNIDENTIFIED_ID = "acled:unidentified-armed-group"
LEAD_CHARS = 300                    # the lead of a page: its first sentence or two
REPORT_CUES = frozenset(normalize(w) for w in word_list("event_words.yaml", "report_cues"))
FALLBACK_MIN_MENTIONS = 3
FALLBACK_MIN_SHARE = 0.35
# ... and only on a page of one country: the main place's country holds at least this share of the page's
# resolved place mentions (session 38, itemplace: on the judged breadth rows the main place lent to an event
# that names none was wrong at 7 of 7 pages below 0.65 -- press reviews of several countries' news, a Turkish
# digest of Syrian and Iraqi news, a gallery of Iraq and Syria -- and right at 11 of 11 pages from 0.68 up)
FALLBACK_COUNTRY_SHARE = 0.65
# countries whose every governorate (admin1) the gazetteer lists (rasd/data/gazetteer/governorates.yaml):
# there a region with no governorate spans several (_DocContext.unitless_region)
UNIT_LISTED_COUNTRIES = frozenset({"SY"})
LEVEL_PRECISION = {"town": 1, "neighbourhood": 1, "facility": 1, "admin3": 2, "admin2": 2,
                   "admin1": 3, "region": 3, "country": 3}
# normalize of a mention's surface (the same names recur on every page)
_norm_cached: Callable[[str], str] = lru_cache(maxsize=65536)(normalize)


FACILITY_SOURCE = "facility"        # a facility's copy as a place (_facility_places), events stage only


def _province_capitals(gaz: Any) -> frozenset[str]:
    """Normalized names of the governorates' main cities (governorates.yaml ``capital``): cities whose
    districts the gazetteer holds as towns of their own."""
    if gaz is None:
        return frozenset()
    return frozenset(normalize(g.capital) for g in getattr(gaz, "governorates", []) if g.capital)


def _gazetteer(res: Any) -> Any:
    """The run's gazetteer (the default one when no resources are given); None when it cannot be loaded."""
    try:
        if res is not None and hasattr(res, "gazetteer"):
            return res.gazetteer
        from rasd.knowledge.resources import default_resources

        return default_resources().gazetteer
    except Exception:       # noqa: BLE001 - facilities then stay without a point
        return None


_TYPE = attrgetter("type")


def _facility_places(analysis: Analysis, mentions: list[Mention], res: Any) -> list[Mention]:
    """A facility linked to the actor KB ("مطار المزة العسكري", "قاعدة حميميم") has no point of its
    own, but the gazetteer often lists it with one: such a mention then locates events as a place
    does ("طائرات إسرائيلية تقصف مطار المزة العسكري"). The stored mentions keep the KB link; the
    events stage reads a copy typed PLACE that names the gazetteer's point."""
    # (speed: most pages name no facility; their types are tested in C first)
    if "FACILITY" not in map(_TYPE, mentions) or not any(m.type == "FACILITY" and m.entity_id for m in mentions):
        return mentions
    gaz = _gazetteer(res)
    if gaz is None:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        point = _facility_point(m, analysis, gaz) if m.type == "FACILITY" and m.entity_id else None
        if point is None:
            out.append(m)
            continue
        if point.id not in analysis.entities:
            analysis.entities[point.id] = copy.copy(point)
        out.append(dc_replace(m, type="PLACE", entity_id=point.id, source=FACILITY_SOURCE,
                              geo_precision=LEVEL_PRECISION["facility"], candidates=[]))
    return out


def _witness_places(analysis: Analysis, mentions: list[Mention], res: Any) -> list[Mention]:
    """A state named as what witnessed a happening ("وشهدت الجزائر وقفات احتجاجية", "تونس شهدت
    مظاهرات") is the country where it happened, not an actor: the events stage reads a copy typed
    PLACE that names the gazetteer's country (the stored mention keeps its KB link)."""
    if not any(m.type == "STATE" for m in mentions):
        return mentions
    gaz = _gazetteer(res)
    if gaz is None:
        return mentions
    text = analysis.doc.text
    out: list[Mention] = []
    for m in mentions:
        point = _witness_country(m, analysis, gaz, text) if m.type == "STATE" and m.entity_id else None
        if point is None:
            out.append(m)
            continue
        if point.id not in analysis.entities:
            analysis.entities[point.id] = copy.copy(point)
        out.append(dc_replace(m, type="PLACE", entity_id=point.id, geo_precision=LEVEL_PRECISION["country"],
                              candidates=[]))
    return out


def _witness_country(m: Mention, analysis: Analysis, gaz: Any, text: str) -> Entity | None:
    """The gazetteer's country of the STATE mention m when a witness verb stands right before it
    (its subject after the verb: "وشهدت الجزائر") or right after it ("الجزائر شهدت"), else None."""
    spaced = text[m.start - 1:m.start].isspace() and not _norm_cached(m.surface).startswith(("ب", "ل"))
    if not spaced:
        return None     # (speed: both readings below need it; the words around are not cut)
    before = _norm_slice(text, max(0, m.start - 12), m.start).split()
    after = _norm_slice(text, m.end, m.end + 12).split()
    if not ((spaced and before and before[-1].lstrip("وف") in STATE_WITNESS_VERBS)
            or (spaced and (not before or before[-1] not in PLACE_LEAD_WORDS) and after
                and text[m.end:m.end + 1].isspace() and after[0] in STATE_WITNESS_VERBS)):
        return None     # ("في الكويت شهد حضورا": the concert witnessed, Kuwait is where it was)
    # only a protest: a country is a protest's ACLED location when no town is named, while "وتشهد سورية
    # نزاعا داميا منذ 2011" / "شهدت مصر رواجا في تجارة السلاح" are the country's state of affairs
    lex = lexicon()
    told = (after[1:1 + WITNESS_REACH] if after and after[0] in STATE_WITNESS_VERBS else after[:WITNESS_REACH])
    if not any(trig.kind == "protest" for w in told for k in _keys(w) for _words, trig, _form in lex.phrases.get(k, ())):
        return None
    ent = analysis.entities.get(m.entity_id or "")
    iso = getattr(ent, "country", None)
    point = gaz.get(f"cc:{iso}") if iso else None
    return point if point is not None and point.level == "country" else None


def _facility_point(m: Mention, analysis: Analysis, gaz: Any) -> Entity | None:
    """The gazetteer's facility of the mention's KB entity (by its names, then the mention's own
    surface): one point, or None when the gazetteer has none or several."""
    ent = analysis.entities.get(m.entity_id or "")
    if ent is not None and ent.lat is not None:
        return None         # the entity is a point already (an imported facility)
    names = [m.surface] + ([ent.name_ar, *ent.aliases] if ent is not None else [])
    for name in names:
        found = {p.id: p for p in gaz.candidates(normalize(name))
                 if p.level == "facility" and p.lat is not None and p.lon is not None}
        if len(found) == 1:
            return next(iter(found.values()))
    return None


def _kb(res: Any) -> Any:
    """The knowledge base (ACLED inter codes of actors); None when it cannot be loaded."""
    try:
        if res is not None and hasattr(res, "kb"):
            kb = res.kb() if callable(res.kb) else res.kb
            if kb is not None:
                return kb
        from rasd.knowledge.kb import load_kb

        return load_kb()
    except Exception:       # noqa: BLE001 - typing falls back to the entity types alone
        return None


class _DocContext:
    def __init__(self, analysis: Analysis, mentions: list[Mention], kb: Any = None,
                 surrounding: frozenset[frozenset[str]] = frozenset(),
                 province_capitals: frozenset[str] = frozenset()) -> None:
        self.analysis = analysis
        self.mentions = mentions       # every mention of the page (a statement's speaker told a sentence before)
        self.gazetteer: Any = None     # the run's gazetteer (country_of_region)
        self.disaster_lead: bool | None = None     # the lead names a natural disaster (candidates._disaster_page)
        self.kb = kb
        self.surrounding = surrounding      # city provinces and their countrysides (one front)
        self.province_capitals = province_capitals     # normalized names of the governorates' cities
        self.page_day: dt.date | None = None     # the page's date or URL day/month start (_long_before_day)
        self.posts: list[tuple[int, dt.date | None]] = []   # a listing's posts: (where each starts, its stamp's day or None)
        self.report_parts: list[tuple[int, dt.date]] = []  # glued daily reports: (where each heading starts, its day)
        self.stamps: list[tuple[int, int]] = []     # where the page's printed publication stamp stands
        self.stamp_echoes: list[tuple[int, int]] = []   # the page's day printed again with the title (events._stamp_echoes)
        self.stamp_runs: list[tuple[int, int]] = []     # runs of related posts' stamps (dates.stamp_runs)
        # one day's report (page_dates.day_report): the day its head says it covers, and the span that names it
        self.day_report: tuple[dt.date, tuple[int, int]] | None = None
        # the days of a page that is one day's news (dates.one_day_news): its undated news and its stamp's
        self.one_day: tuple[dt.date, dt.date] | None = None
        # a story naming other days too (dates.story_days): its news days, its line breaks, the lines naming other times
        self.story: tuple[tuple[dt.date, dt.date], list[int], frozenset[int]] | None = None
        # a listing's posts told as their days' news (dates.post_story_days): its line breaks, the lines naming other times
        self.post_story: tuple[None, list[int], frozenset[int]] | None = None
        # the place of the last placed happening and its sentence (for "في المنطقة ذاتها")
        self.last_place: tuple[Mention, int] | None = None
        # the sentence read before the current one ("انفجار في مجمع محكمة . وقتل 4 أشخاص": a toll told next,
        # on its line or opened by "و", is that happening's; a chronology's or a digest's next line is another item)
        self.prev_sent: _Sent | None = None
        self.entities = analysis.entities
        # place_usable per mention object (asked once for the page, again per candidate); the
        # mention is kept in the value so its id is not reused while the context lives
        self._usable: dict[int, tuple[Mention, bool]] = {}
        text = analysis.doc.text
        ends = _place_ends(mentions)
        # (a facility is a place only as a trigger's object, never the page's place; a venue naming talks,
        # "مسار أستانا", locates nothing but still tells that the page's news is spread over several places)
        places = Counter(m.entity_id for m in mentions
                         if m.type == "PLACE" and m.entity_id and m.source != FACILITY_SOURCE
                         and (self.place_usable(m, text) or self.names_talks(m, text))
                         and not _topic_mention(m, text) and not _home_mention(m, text, mentions, ends))
        self.place_counts = places
        self.dominant_place = places.most_common(1)[0][0] if places else None
        # a page "about" one place: it holds a good share of the page's place mentions. Only
        # then does an event without a place of its own take it (multi-topic pages and
        # tickers name many places; their events are elsewhere)
        top = places.most_common(1)[0][1] if places else 0
        if (top < FALLBACK_MIN_MENTIONS and len(places) > 1) or top < FALLBACK_MIN_SHARE * sum(places.values()):
            self.dominant_place = None
        self.dominant_place_mention = next((m for m in mentions if m.entity_id == self.dominant_place), None)
        dom = self.entities.get(self.dominant_place) if self.dominant_place else None
        if dom is not None and dom.country and lexicon().theatre and dom.country not in lexicon().fallback:
            self.dominant_place = None      # a page about elsewhere: its events need a place of their own
        # the main place stands for an event that names none (merge._fallbacks) only on a page of one country:
        # a page of several countries' news tells its main place of one story, not of every item
        # (a province abroad, "الضفة الغربية" on a page about Jerusalem, names the area the page's places lie
        # around, not a place of another country's story: it does not count against the main place's country)
        self.page_place_lends = self.dominant_place is not None and self._one_country_page(
            Counter({eid: n for eid, n in places.items() if eid == self.dominant_place or not self._province_abroad(eid)}))
        # the group the page is about: most mentioned, a mention in the lead counting three times
        groups: Counter[str] = Counter()
        # or speaking in it ("كشف جيش الإسلام في بيان", a statement signed by the group)
        publisher = normalize(analysis.doc.publisher.name_ar or "")
        for m in mentions:
            if m.type == "ARMED_GROUP" and m.entity_id and not self.is_generic(m.entity_id):
                w = 3 if m.start < LEAD_CHARS else 1
                before = _norm_slice(text, max(0, m.start - 12), m.start).split()
                if before and (before[-1] in REPORT_CUES or before[-1].lstrip("و") in REPORT_CUES):
                    w += 2
                if publisher and publisher == normalize(m.surface):
                    w += 2
                groups[m.entity_id] += w
        top = groups.most_common(2)
        self.dominant_group = None
        if top and top[0][1] >= 2 and (len(top) == 1 or top[0][1] > top[1][1]):
            self.dominant_group = top[0][0]
        orgs = Counter(m.org_id for m in mentions if m.type == "PERSON" and m.org_id)
        self.speaker_org = orgs.most_common(1)[0][0] if orgs else self.dominant_group
        # a feed page's item starts inside its sentences (rasd.extract.feed_items: heading places before a
        # colon, headlines and actors run on after a place)
        self.items: tuple[int, ...] = feed_item_starts(text, mentions)
        self.feed = looks_like_feed(text)
        # every item boundary of a feed page: the cuts the sentence splitter made at glued words, stamps,
        # dashes and Latin-script runs (rasd.text.feed_items) and the item starts inside its sentences
        self.item_cuts: tuple[int, ...] = tuple(sorted(
            set(item_starts(text)) | set(stamp_cuts(text)) | set(dash_cuts(text)) | set(latin_cuts(text))
            | set(self.items))) if self.feed else ()
        # a numbered casualty list (read once: the merge passes ask it for every pair of events)
        self.list_report = _list_report(text)

    def _province_abroad(self, eid: str | None) -> bool:
        """``eid`` is a first-level division outside the countries whose governorates the gazetteer lists
        (UNIT_LISTED_COUNTRIES): a province abroad (foreign_divisions.yaml), the West Bank."""
        e = self.entities.get(eid or "")
        return e is not None and e.level == "admin1" and (e.country or "SY") not in UNIT_LISTED_COUNTRIES

    def _one_country_page(self, places: Counter[str]) -> bool:
        """The page's resolved place mentions (``places``: counts per place) lie mostly in the main place's
        country (FALLBACK_COUNTRY_SHARE): a page of one theatre, whose main place may stand for an event that
        names no place of its own. A press review or a digest of several countries' news ("أبرزت الصحف
        اللبنانية ... إعلان التحالف العربي ... في اليمن", "تناقلت صحف باكستان") is not: its main place is one
        story's, not the page's."""
        dom = self.entities.get(self.dominant_place or "")
        if dom is None or not dom.country:
            return True
        told = [(e.country, n) for eid, n in places.items()
                if (e := self.entities.get(eid or "")) is not None and e.country]
        total = sum(n for _c, n in told)
        return not total or sum(n for c, n in told if c == dom.country) >= FALLBACK_COUNTRY_SHARE * total

    def item_span(self, span: Span, pos: int) -> tuple[int, int]:
        """The part of the sentence ``span`` that is the feed item holding ``pos`` (the whole sentence
        on other pages): a feed item's event points to its own item, not to its neighbours'."""
        start, end = span.start, span.end
        if self.items:
            k = bisect.bisect_right(self.items, pos)
            if k > 0 and start < self.items[k - 1]:
                start = self.items[k - 1]
            if k < len(self.items) and self.items[k] < end:
                end = skip_space_back(self.analysis.doc.text, self.items[k])
        return start, end

    def item_of(self, pos: int) -> int:
        """The index of the feed item (cut at heading places inside sentences) holding offset ``pos``."""
        return bisect.bisect_right(self.items, pos) if self.items else 0

    def other_items(self, a: int, b: int) -> bool:
        """Offsets ``a`` and ``b`` stand in different feed items (an item start between them); never on a
        page without item starts inside its sentences. Each item is its own report: what one tells (its
        place, its date, its happening) is not another's."""
        return bool(self.items) and self.item_of(a) != self.item_of(b)

    def item_key(self, s: Any, k: int) -> tuple[int, int, int]:
        """The item of its page token ``k`` of sentence ``s`` stands in, as the page's item boundaries cut it: a
        feed item start inside the sentence (``items``), any item cut of a feed page (``item_cuts``: glued words,
        stamps, dashes, Latin runs) and a timeline entry's heading date inside the sentence (``s.hseg``).
        (0, 0, 0) on a page with none of them. Tellings of two items are two reports: neither lends the other
        its trigger, type, place or toll."""
        pos = s.tokens[k].start
        cut = bisect.bisect_right(self.item_cuts, pos) if self.item_cuts else 0
        # (heading dates cut items only on a page of items, a feed or a listing of dated posts or reports: an
        # article's dateline or its site's date bar between headline and lead opens no item)
        entry = s.hseg[k] if s.hseg and (self.feed or self.posts or self.report_parts) else 0
        return self.item_of(pos), cut, entry

    def across_items(self, a: int, b: int) -> bool:
        """Offsets ``a`` and ``b`` stand in different items of a feed page: an item boundary of any kind
        (``item_cuts``) lies between them. Never on a page that is no feed."""
        if not self.item_cuts:
            return False
        lo, hi = sorted((a, b))
        k = bisect.bisect_right(self.item_cuts, lo)
        return k < len(self.item_cuts) and self.item_cuts[k] <= hi

    def actor_id(self, m: Mention) -> str | None:
        if m.type in ACTOR_TYPES and m.entity_id:
            if m.type == "STATE" and _nisba_adjective(m):
                return None     # "العاصمة السورية", "شبكات محلية سورية": an adjective, not an actor
            if m.type == "STATE" and self.analysis.doc.text[m.end:m.end + 3].lstrip().startswith(":"):
                return None     # "سوريا : إسقاط طائرة": a headline's rubric, not who acted
            return m.entity_id
        if m.type == "PERSON" and m.org_id:
            org = self.entities.get(m.org_id)
            if org is None or org.type in ACTOR_TYPES:
                return m.org_id
        return None

    def place_usable(self, m: Mention, text: str) -> bool:
        """A place mention fit to locate an event: not an everyday word that is also a gazetteer
        name ("عنه", "سوف") and not a nisba adjective ("النشاطات السلمية", "مصادر تركية")."""
        hit = self._usable.get(id(m))
        if hit is not None and hit[0] is m:
            return hit[1]
        ok = self._place_usable(m, text)
        self._usable[id(m)] = (m, ok)
        return ok

    def names_talks(self, m: Mention, text: str) -> bool:
        """"مسار أستانا", "محادثات جنيف", "جنيف 8": a place outside the theatre right after a noun of talks or
        deals, or before a round number, names the talks, not where anything happened (event_triggers.yaml
        talks_heads). A place of the theatre keeps its reading: "اتفاق الوعر" is the truce's own town."""
        lex = lexicon()
        e = self.entities.get(m.entity_id or "")
        if e is None or not e.country or not lex.theatre or e.country in lex.theatre:
            return False
        if _ROUND_AFTER.match(text, m.end):
            return True
        before = _norm_slice(text, max(0, m.start - 40), m.start).split()
        glued = text[m.start - 1:m.start]
        if not before or not (glued.isspace() or glued == "و"):
            return False
        if glued.isspace() and _keys(before[-1]) & lex.talks_heads:
            return True
        if glued.isspace() and len(before) >= 3 and before[-1] == "في" and _keys(before[-2]) & lex.talks_held_verbs:
            # "اتفاق عدم التصعيد الذي أبرم في آستانة": where the deal was made (no punctuation between)
            span = text[max(0, m.start - 120):m.start]
            span = re.split(r"[.،,؛:!?\n]", span)[-1]
            told = normalize(span).split()[-lex.talks_held_reach - 2:-2]
            return any(_keys(w) & lex.talks_heads for w in told)
        # the second of a pair: "منصتي موسكو والقاهرة", "محادثات جنيف وأستانا"
        if glued == "و" or before[-1] == "و":
            rest = before[:-1]
            return len(rest) >= 2 and bool(_keys(rest[-2]) & lex.talks_heads)
        return False

    def _place_usable(self, m: Mention, text: str) -> bool:
        lex = lexicon()
        if m.source == "dateline" or _dateline(m, text) or _metonym(m, text):
            return False
        if _common_noun_use(m, text) or _group_name(m, text) or self.names_talks(m, text) or _dual_noun(m, text):
            return False
        surface = _norm_cached(m.surface)
        if surface in lex.common_places or surface.lstrip("وفب") in lex.common_places:
            prev_words = _norm_slice(text, max(0, m.start - 20), m.start).split()
            return bool(prev_words) and bool(_keys(prev_words[-1]) & lex.place_nouns)
        words = surface.split()
        if len(words) != 1 or not surface.endswith(("يه", "ي")) or surface.startswith(("و", "ب", "ل", "ف")):
            return True
        head = text[max(0, m.start - 30):m.start]
        definite = surface.startswith("ال")
        if head.endswith("ال") and not head[-3:-2].isalpha():
            head, definite = head[:-2], True     # "السلمي" with the article outside the mention
        if head[-1:].isalpha():
            return True         # the mention starts inside a word: leave it to the entities layer
        before = normalize(head).split()
        prev = before[-1] if before else ""
        if not prev or not prev[-1].isalpha():
            return True         # after punctuation: a name at the head of a phrase
        keys = _keys(prev)
        if keys & (lex.place_in | lex.place_from | lex.place_to | lex.place_nouns | lex.target_nouns) or prev in PLACE_LEAD_WORDS:
            return True
        e = self.entities.get(m.entity_id or "")
        if e is not None and e.level == "country" and normalize(e.name_ar).endswith("يا"):
            return False        # "طائرات روسية", "مصادر تركية": the adjective of روسيا / تركيا
        if prev in lex.phrases or keys & lex.phrases.keys():
            return True         # "قصف الزبداني": the object of a trigger noun
        # "النشاطات السلمية", "الاحتجاج السلمي", "مصادر تركية": a nisba adjective after its noun
        return definite != prev.startswith("ال")

    def places_compatible(self, a: str | None, b: str | None, towns_apart: bool = False) -> bool:
        """One event's place told twice: the same place, two names within a few km, or a region
        and a place of the same province ("سراقب" / "ريف إدلب")."""
        if a == b:
            return True
        ea, eb = self.entities.get(a or ""), self.entities.get(b or "")
        if ea is None or eb is None:
            return False
        if "admin1" in (ea.level, eb.level):       # a province and a place in it
            return bool(ea.admin1) and ea.admin1 == eb.admin1 and ea.country == eb.country
        if None in (ea.lat, ea.lon, eb.lat, eb.lon):
            return False
        if {ea.level, eb.level} == {"facility", "region"} and ea.admin1 and eb.admin1 and ea.admin1 != eb.admin1:
            return False    # an airbase is a point of its own province, not of the next province's countryside
        if _other_province_region(ea, eb, self.surrounding):
            return False
        # a countryside region ("ريف إدلب") and a town of it: the region's centre is near
        limit = REGION_KM if "region" in (ea.level, eb.level) or "admin2" in (ea.level, eb.level) else COMPATIBLE_KM
        if towns_apart and ea.level == "town" and eb.level == "town" and not _name_part(ea, eb) and not (
                (self.big_city(ea) or self.big_city(eb)) and (not ea.admin1 or not eb.admin1 or ea.admin1 == eb.admin1)):
            # (a city's districts lie in its own governorate: "عين ترما" of Rif Dimashq is a town of its own
            # 5 km from Damascus' centre, not a district of the city)
            limit = SAME_TOWN_KM
        return _km(ea.lat, ea.lon, eb.lat, eb.lon) <= limit

    def big_city(self, e: Entity) -> bool:
        """A world capital or a governorate's main city: its districts may stand as towns of their own."""
        return (any(normalize(x).startswith(CAPITAL_ALIAS) for x in e.aliases)
                or (e.country == "SY" and normalize(e.name_ar or "") in self.province_capitals))

    def same_province(self, town: str | None, region: str | None) -> bool:
        """A countryside region and a town of its province, as the text joins them ("بلدة خان شيخون
        بريف إدلب": 40 km from the region's centre, too far for places_compatible's distance)."""
        et, er = self.entities.get(town or ""), self.entities.get(region or "")
        return (et is not None and er is not None and er.level == "region" and bool(er.admin1)
                and et.admin1 == er.admin1 and et.country == er.country)

    def wide_region_holds(self, town: str | None, region: str | None) -> bool:
        """A curated region that spans provinces (no admin1 of its own: "سيناء", "البادية السورية") and a
        place of its country inside the region's radius (regions.yaml radius_km: "الشيخ زويد", 190 km from Sinai's
        centre). same_province cannot tell it: the region has no province."""
        et, er = self.entities.get(town or ""), self.wide_region(region)
        if et is None or er is None or et.level == "region":
            return False
        reach = self.gazetteer.extent_km.get(er.id) if self.gazetteer is not None else None
        if reach is None or None in (er.lat, er.lon, et.lat, et.lon) or not er.country or er.country != et.country:
            return False
        return _km(er.lat, er.lon, et.lat, et.lon) <= reach

    def place_level(self, eid: str | None) -> str | None:
        e = self.entities.get(eid) if eid else None
        return e.level if e is not None else None

    def place_country(self, eid: str | None) -> str | None:
        e = self.entities.get(eid) if eid else None
        return e.country if e is not None else None

    def is_generic(self, eid: str) -> bool:
        """An umbrella reference ("الفصائل الثورية" -> Syrian armed opposition)."""
        e = self.entities.get(eid)
        return bool(e and (e.description or "").lower().startswith("generic"))

    def related(self, a: str, b: str) -> bool:
        """Same actor, or one part of the other (Syrian government forces / Syria)."""
        if a == b:
            return True
        for x, y in ((a, b), (b, a)):
            e = self.entities.get(x)
            if e and any(y in ids for ids in e.links.values()):
                return True
        return False

    def same_state(self, a: str, b: str) -> bool:
        """Two bodies of one state: their part_of chains (the KB's) meet at a STATE ("القوات الجوية
        الفضائية الروسية" -> Russian armed forces -> Russia, "وزارة الدفاع الروسية" -> Russia). A
        region's forces (the Peshmerga, part of the KRG) are not their country's state."""
        kb = self.kb
        if kb is None or not hasattr(kb, "ancestors"):
            return False
        up_a = {a, *kb.ancestors(a)}
        up_b = {b, *kb.ancestors(b)}
        for x in up_a & up_b:
            e = kb.get(x)
            if e is not None and e.type == "STATE":
                return True
        return False

    def allied(self, ids: list[str], country: str | None, day: str | None) -> bool:
        """All the actors ``ids`` (two or more) fought on one side: members of one alliance of
        actor_alliances.yaml in ``country`` on ``day`` (an ISO day; None or "unknown": not bounded)."""
        kb = self.kb
        if len(ids) < 2 or not country or kb is None or not hasattr(kb, "ancestors"):
            return False
        ups = [_alliance_ups(kb, x) for x in ids]
        return any(country in al.countries and (not day or day == UNKNOWN or al.since <= day[:10] <= al.until)
                   and all(up & al.members for up in ups) for al in _alliances())

    def government_side(self, eid: str, place_country: str | None) -> bool:
        """State forces of the country where the event happens (ACLED inter 1, or a state's forces
        in their own country: Iraqi forces in Iraq), or a militia allied to them. Foreign forces
        (inter 8 elsewhere), rebels (2), other militias (3, 4) are not the government."""
        kb = self.kb
        e = self.entities.get(eid)
        inter = kb.inter.get(eid) if kb is not None else None
        etype = e.type if e is not None else None
        country = e.country if e is not None else None
        if country is None and kb is not None:
            ke = kb.get(eid)
            country = getattr(ke, "country", None) if ke is not None else None
        if inter == 8:      # foreign forces: the government only in their own country, when the place says so
            return country is not None and country == place_country
        if inter == 1 or (inter is None and etype in STATE_TYPES):
            return place_country is None or country is None or country == place_country
        if inter in (3, 4) and e is not None and kb is not None:
            allies = e.links.get("ally_of", []) + e.links.get("part_of", [])
            return any(kb.inter.get(a) == 1 for a in allies) and (
                place_country is None or country is None or country == place_country)
        return False

    def actor_type(self, eid: str) -> str | None:
        if eid == UNIDENTIFIED_ID:
            return "ARMED_GROUP"
        e = self.entities.get(eid)
        if e is not None:
            return e.type
        return None

    def wide_region(self, eid: str | None) -> Entity | None:
        """The region entity ``eid`` when the gazetteer gives it no governorate (it spans several, or its
        country's governorates are not listed), else None."""
        e = self.entities.get(eid) if eid else None
        return e if e is not None and e.level == "region" and not e.admin1 else None

    def unitless_region(self, eid: str | None) -> bool:
        """A wide region of a country whose governorates the gazetteer lists ("الشمال السوري", "الجنوب
        السوري", "البادية السورية", "الجزيرة السورية", "وادي الفرات"): regions.yaml gives it no governorate
        because it spans several. It is no place and no administrative unit, so no event's location (ACLED
        codes the town or the unit the text names). Not a region abroad with no governorate (Anbar, North
        Sinai, Bekaa): the gazetteer has no governorates there, so the region stands for one."""
        e = self.wide_region(eid)
        return e is not None and (e.country or "") in UNIT_LISTED_COUNTRIES

    def country_of_region(self, eid: str | None) -> str | None:
        """The gazetteer's country entity id ("cc:SY") of a wide region that is no unit (unitless_region),
        added to the page's entities when the page never names the country itself; None when the gazetteer
        has no such country."""
        if not self.unitless_region(eid):
            return None
        return self.country_entity(self.entities[eid or ""].country or "")

    def country_entity(self, iso: str) -> str | None:
        """The gazetteer's country entity id of ``iso`` ("cc:LY"), added to the page's entities when the
        page never names the country as a place; None when the gazetteer has no such country."""
        cid = f"cc:{iso}"
        if cid not in self.entities:
            point = self.gazetteer.get(cid) if self.gazetteer is not None else None
            if point is None or point.level != "country":
                return None
            self.entities[cid] = copy.copy(point)
        return cid

    def place_precision(self, m: Mention | None, eid: str | None) -> int | None:
        if m is not None and m.geo_precision:
            return m.geo_precision
        e = self.entities.get(eid) if eid else None
        if e is not None and e.level:
            return LEVEL_PRECISION.get(e.level, 2)
        return None


PLACE_GUARDS = LEXICON.parent / "event_place_guards.yaml"


class _Alliance:
    """One alliance of actor_alliances.yaml: its countries, its days and its members' KB ids."""

    def __init__(self, d: dict[str, Any]) -> None:
        self.countries = frozenset(str(c) for c in d["countries"])
        self.since, self.until = str(d.get("since") or "0000-00-00"), str(d.get("until") or "9999-12-31")
        self.members = frozenset(str(m) for m in d["members"])


@lru_cache(maxsize=1)
def _alliances() -> tuple[_Alliance, ...]:
    return tuple(_Alliance(d) for d in word_data("actor_alliances.yaml", "alliances"))


def _alliance_ups(kb: Any, eid: str) -> frozenset[str]:
    """The ids an actor is an alliance member by: itself, what it is part of (the part_of chain), and each
    entity it is a declared ally of with that one's chain ("ميليشيا حزب الله" ally_of Syrian government forces)."""
    ups = {eid, *kb.ancestors(eid)}
    for ally in kb.related(eid, "ally_of"):
        ups |= {ally, *kb.ancestors(ally)}
    return frozenset(ups)


@lru_cache(maxsize=1)
def _place_guard_lists() -> dict[str, Any]:
    """event_place_guards.yaml, its word lists normalised (the file is read once)."""
    data = read_shared(PLACE_GUARDS)
    return {k: frozenset(normalize(str(w)) for w in v) if isinstance(v, list) else v for k, v in data.items()}


def _place_guards() -> tuple[frozenset[str], frozenset[str], int]:
    lists = _place_guard_lists()
    return lists["anaphoric_adjectives"], lists["common_noun_partners"], int(lists["partner_reach"])


ACTOR_GUARDS = LEXICON.parent / "event_actor_guards.yaml"


@lru_cache(maxsize=1)
def _actor_guards() -> dict[str, frozenset[str]]:
    """event_actor_guards.yaml, its word lists normalised (the file is read once)."""
    data = read_shared(ACTOR_GUARDS)
    return {k: frozenset(normalize(str(w)) for w in v) for k, v in data.items()}


# "56 مدنيا سوريا", "12 مواطنا سوريا": a counted noun in the indefinite accusative and its nisba
_COUNT_NISBA = re.compile(r"(?:^|\s)\d+\s+(\S+)\s*$")


# a dateline's agency after the place: "( CNN ) - -", "(رويترز) -", "( خاص ) :"
_PAREN_AGENCY = re.compile(r"\s*\(\s*[^()\n\d][^()\n]{0,29}\)\s*[-–—:]")
# "- أ ف ب -", "/ بترا :", "- الأناضول -": a short agency name between a dash or slash and a dash or colon
_BARE_AGENCY = re.compile(r"\s*[-–—/]\s*[^\s\d\-–—/:.,،()][^\n\-–—/:.,،()]{0,24}?\s*[-–—:]")
# words a dateline may carry before its place: a date and the city before the country ("21 يناير 2015 دبي ,")
DATELINE_HEAD_WORDS = 6


def _agency_dateline(m: Mention, text: str) -> bool:
    """"دبي , الإمارات العربية المتحدة ( CNN ) - -", "القاهرة - أ ف ب -", "عمان / بترا :": a dateline's place
    (the place the report was filed from, then the agency) is no actor. An agency in parentheses followed by a
    dash or colon marks a dateline wherever it stands (a caption may run into it); a bare agency between
    dashes or after a slash only at the head of a line or sentence: nothing before it, its city and a comma,
    or a date ending in a number (at most DATELINE_HEAD_WORDS words before)."""
    after = text[m.end:m.end + 60]
    if _PAREN_AGENCY.match(after):
        return True
    if not _BARE_AGENCY.match(after):
        return False
    start = max(text.rfind("\n", 0, m.start), text.rfind(".", 0, m.start), text.rfind("؟", 0, m.start),
                text.rfind("!", 0, m.start)) + 1
    head = text[start:m.start].split()
    # the place opens the line, follows its city ("الرياض , السعودية -") or a date ending in a year
    return len(head) <= DATELINE_HEAD_WORDS and (not head or head[-1] in (",", "،") or head[-1].endswith(
        (",", "،")) or any(ch.isdigit() for ch in head[-1]))


def _state_not_actor(m: Mention, text: str) -> bool:
    """A country's name that the text does not make an actor: after a locative ("وفي إيران",
    "داخل سوريا", "شرق سوريا"), the nisba adjective of a counted noun ("275 عنصرا سوريا": Syrian
    members; the indefinite accusative "سوريًا" is written like the country), or a word of an
    outlet's name ("مكتب أخبار سوريا", "تايم أوف إسرائيل", "سوريا على طول") or of an organisation's
    ("قوات \" سوريا الديمقراطية \""), the genitive of a street's or building's name ("شارع فلسطين") or a
    dateline's place before its agency ("دبي , الإمارات ( CNN ) - -")."""
    if not m.surface or not m.surface[0].isalpha():
        return False
    g = _actor_guards()
    before = normalize(text[max(0, m.start - 40):m.start])
    if before[-1:].isalpha():
        return False    # the mention starts inside a word: a clitic ("وإيران", "لسوريا"), not ours
    words = before.split()
    prev = words[-1] if words else ""
    if prev in g["outlet_words"]:
        return True
    if prev[:1] in ("و", "ف") and prev[1:] in g["locative_words"] or prev in g["locative_words"]:
        return True
    if prev in g["landmark_heads"] or prev[:1] in ("و", "ف", "ب", "ل") and prev[1:] in g["landmark_heads"] \
            or prev[:2] in ("وب", "ول", "فب", "فل") and prev[2:] in g["landmark_heads"]:
        return True     # "شارع فلسطين", "بدوار العراق": the genitive of a street's or building's name
    if _agency_dateline(m, text):
        return True
    after = normalize(text[m.end:m.end + 20]).split()
    if any(after[:len(t.split())] == t.split() for t in g["outlet_tails"]):
        return True
    if after and after[0].strip("\"'»«") in g["org_name_tails"]:
        return True     # "قوات \" سوريا الديمقراطية \"": a word of the SDF's name
    hit = _COUNT_NISBA.search(before)
    if hit is not None:
        noun = hit.group(1)
        # "مدنيا", "عنصرا" (indefinite accusative), not a verb's plural ("قتلوا") nor a definite noun
        return noun.endswith("ا") and not noun.endswith("وا") and not noun.startswith("ال") and normalize(
            m.surface).endswith("يا")
    return False


def _drop_unsupported_states(ev: Event, c: _Cand, text: str) -> None:
    """Leave out a country the event took as an actor where each of its mentions that could have
    made it one is a place phrase, a nisba adjective or an outlet's name (_state_not_actor): the
    text does not make it an actor, so the actor is unknown. Done on the finished event, after the
    merging that compares actors, so that the events themselves (type, place, date) stay as they are."""
    sents = [c.sent] + [p.sent for p in c.merged if p.sent is not c.sent]
    mentions = sorted((m for s in sents for m in s.mentions if m.type == "STATE" and m.entity_id),
                      key=lambda m: m.start)
    fe = ev.field_evidence
    # "فوق إيران والعراق": a name joined by و to a guarded one shares its phrase
    guarded: set[int] = set()
    for k, m in enumerate(mentions):
        if _state_not_actor(m, text) or (k > 0 and id(mentions[k - 1]) in guarded
                                         and normalize(text[mentions[k - 1].end:m.start]).strip() in ("و", "،", ",")):
            guarded.add(id(m))

    def unsupported(aid: str, span: list[int] | None) -> bool:
        ms = [m for m in mentions if m.entity_id == aid and (span is None or span[0] <= m.start < span[1])]
        return bool(ms) and all(id(m) in guarded for m in ms)

    a1 = [a for a in ev.actor1 if not unsupported(a, fe.get("actor1"))]
    if a1 != ev.actor1:
        ev.actor1 = a1
        if not a1:
            fe.pop("actor1", None)
    ev.actor2 = [a for a in ev.actor2 if not unsupported(a, None)]


def _stationed_words() -> frozenset[str]:
    """Participles of presence ("المتواجدة في X"): X is where a force stands."""
    return _place_guard_lists().get("stationed_words", frozenset())


# the last text cut by _norm_slice: (text, its normalised form, offsets), or no form when it holds
# a capital sigma (its lower case depends on its neighbours: a slice would differ)
_LAST_NORM: tuple[Any, str | None, Any] = (None, None, None)


def _norm_slice(text: str, a: int, b: int) -> str:
    """``normalize(text[a:b])`` (a >= 0), cut from the normalised text (speed: normalize maps
    characters one by one, and the pages' text is normalised once, see normalize_with_map)."""
    global _LAST_NORM
    last = _LAST_NORM
    if last[0] is not text:
        norm, offs = normalize_with_map(text) if len(text) >= 512 and "Σ" not in text else (None, None)
        last = _LAST_NORM = (text, norm, offs)
    if last[1] is None:
        return normalize(text[a:b])
    offs = last[2]
    if isinstance(offs, range):     # nothing dropped: the same offsets
        return last[1][a:b]
    return last[1][bisect.bisect_left(offs, a):bisect.bisect_left(offs, b)]


def _common_noun_use(m: Mention, text: str) -> bool:
    """A one-word place name used as the common noun it also is: "من القريتين الأخيرتين" (the
    latter two villages, not al-Qaryatayn), "في الشوارع , وفي الميادين" (the squares, not
    al-Mayadin). Word lists: rasd/data/lexicons/event_place_guards.yaml."""
    surface = _norm_cached(m.surface)
    if " " in surface or not surface.lstrip("وفبل").startswith("ال"):
        return False        # a common-noun look-alike is one definite word
    anaphoric, partners, reach = _place_guards()
    after = _norm_slice(text, m.end, m.end + 30).split()
    if after and after[0] in anaphoric:
        return True
    near = [w.lstrip("وفبل") for w in _norm_slice(text, max(0, m.start - 40), m.start).split()[-reach:] + after[:reach]]
    return any(w in partners or w.replace("،", "").replace(",", "") in partners for w in near)


def _unit_word(w: str, words: frozenset[str]) -> bool:
    """w is one of words, bare or behind a glued conjunction / preposition ("ولواء", "للواء", "بكتيبة")."""
    return w in words or (w[:1] in "وفبل" and w[1:] in words) or (w[:2] in ("لل", "ول", "وب", "فب") and w[2:] in words)


_QUOTE_CHARS = frozenset("\"'«»“”")


def _group_name(m: Mention, text: str) -> bool:
    """The place is part of an armed group's name: "لواء شهداء القريتين", "غرفة عمليات حوار كلس",
    "مجلس منبج العسكري". The group acts wherever it fights; its home town is no place of the event.
    Word lists: rasd/data/lexicons/event_place_guards.yaml (group_heads, group_epithets, group_heads_with_epithet)."""
    lists = _place_guard_lists()
    heads, epithets = lists.get("group_heads", frozenset()), lists.get("group_epithets", frozenset())
    words = _norm_cached(m.surface).split()
    if not heads or not words or words[0].lstrip("وب") in lists.get("group_area_nouns", frozenset()):
        return False        # "غرفة عمليات ريف حماة الشمالي": a group named after its front fights there
    glued = text[m.start - 1:m.start]
    if not glued.isspace() and glued not in "\"'«“":
        return False        # a clitic glued to the name ("بالقريتين"): a preposition, not a name's head
    window = _norm_slice(text, max(0, m.start - 40), m.start)
    before = window.split()
    if not _QUOTE_CHARS.isdisjoint(window):     # (speed: most windows hold no quote mark)
        before = [w for w in before if w.strip("\"'«»“”")]
    if not before:
        return False
    for skip in (0, 1):     # one epithet word may stand between the unit noun and the town
        if skip and not (len(before) > 1 and _unit_word(before[-1], epithets)):
            break
        rest = before[:len(before) - skip]
        if rest and (_unit_word(rest[-1], heads) or (len(rest) > 1 and _unit_word(" ".join(rest[-2:]), heads))):
            return True
        if skip and rest and _unit_word(rest[-1], lists.get("group_heads_with_epithet", frozenset())):
            return True     # "قوات شهداء القريتين", "جبهة ثوار الرقة": a group's name ("جبهة حلب" is a front)
    after = _norm_slice(text, m.end, m.end + 20).split()
    return bool(after) and after[0] in lists.get("council_military", frozenset()) and _unit_word(
        before[-1], frozenset({normalize("مجلس")}))


_DASH_AFTER = re.compile(r"^\s*(?:[،,]\s*\S+\s*)?(?:\([^()\n]{0,30}\)\s*)?[-–—]")
DATELINE_CHARS = 40


def _topic_mention(m: Mention, text: str) -> bool:
    """A place named as what the page is about ("دعما للقدس", "قرار ترمب بشأن القدس"): the word before
    it (or the one before a preposition / place noun) is a topic cue. Text-level twin of _topic_place."""
    lex = lexicon()
    if not lex.place_topic:
        return False
    before = _norm_slice(text, max(0, m.start - 40), m.start).split()
    if text[m.start - 1:m.start].isalpha() and before:
        before = before[:-1] + ([before[-1]] if len(before[-1]) > 2 else [])   # a glued clitic: "للقدس"
        if before and len(before[-1]) <= 2:
            before = before[:-1]
    if not before:
        return False
    if _keys(before[-1]) & lex.place_topic:
        return True
    return len(before) >= 2 and (before[-1] in TOPIC_LINK_WORDS or bool(
        _keys(before[-1]) & lex.place_nouns)) and bool(_keys(before[-2]) & lex.place_topic)


HOME_LIST_GAP = 3     # characters between two names of one list ("كفريا والفوعة": " و", "كفريا و الفوعة")


def _place_ends(mentions: list[Mention]) -> dict[int, list[int]]:
    """Where each place mention of ``mentions`` ends -> the indexes in ``mentions`` of the place
    mentions ending there, ascending (_home_mention's list mate: one look-up per gap length instead
    of a scan of the page's mentions per mention)."""
    ends: dict[int, list[int]] = {}
    for i, p in enumerate(mentions):
        if p.type == "PLACE":
            ends.setdefault(p.end, []).append(i)
    return ends


def _list_mate(m: Mention, text: str, mentions: list[Mention], ends: dict[int, list[int]]) -> Mention | None:
    """The last place mention of ``mentions`` (by list order) that ends at most HOME_LIST_GAP characters
    before ``m`` with only "و" between: the name before ``m`` in a list ("كفريا والفوعة")."""
    best = -1
    for end in range(max(0, m.start - HOME_LIST_GAP), m.start + 1):
        at = ends.get(end)
        if at is not None and at[-1] > best and text[end:m.start].strip() == "و":
            best = at[-1]
    return mentions[best] if best >= 0 else None


def _home_mention(m: Mention, text: str, mentions: list[Mention], ends: dict[int, list[int]] | None = None,
                  hops: int = 4) -> bool:
    """A place told only as the home of people or of their vehicles, not as a scene: "أهالي كفريا",
    "حافلات الفوعة", "مهجري X", and the later names of such a list ("أهالي كفريا والفوعة"; lexicon people_of,
    place nouns between: "أهالي بلدة X"). A page about a blast on evacuees names their home towns again and
    again: the page's main place (the fallback of a sentence naming none) is not there. Text-level twin of
    places._evacuees_home / _people_targeted."""
    lex = lexicon()
    if not lex.people_of:
        return False
    if ends is None:
        ends = _place_ends(mentions)
    prev = _list_mate(m, text, mentions, ends)
    if prev is not None:
        # the next name of a list: told as the first one is
        return hops > 0 and _home_mention(prev, text, mentions, ends, hops - 1)
    before = _norm_slice(text, max(0, m.start - 40), m.start).split()     # (speed: cut from the page's normalised text)
    j = len(before) - 1
    while j >= 0 and len(before) - j <= 3 and _keys(before[j]) & lex.place_nouns:
        j -= 1
    return j >= 0 and bool(_keys(before[j]) & lex.people_of)


def _dateline(m: Mention, text: str) -> bool:
    """"بيروت - قالت مصادر", "لندن - الحياة", "دمشق (رويترز) -": the place the report was filed
    from, at the head of a line (or right before a reporting word after the dash), not where the
    event happened."""
    after = text[m.end:m.end + 40]
    dash = _DASH_AFTER.match(after)
    if not dash:
        return False
    line_start = text.rfind("\n", 0, m.start) + 1
    head = text[line_start:m.start]
    if m.start - line_start <= DATELINE_CHARS and len(head.split()) <= 3:
        return True
    rest = normalize(after[dash.end():]).split()[:3]
    return any(w in lexicon().dateline_words or w.lstrip("و") in lexicon().dateline_words for w in rest)


# "مدينة القريتين", "بلدة القريتين": a type word names the town
_SETTLEMENT_WORDS = frozenset(normalize(w) for w in word_list("place_words.yaml", "settlement_cue_words"))


def _dual_noun(m: Mention, text: str) -> bool:
    """"انسحاب البيشمركة من القريتين" after "قريتي طويليعة والملحة", "القريتين المذكورتين", "هاتين القريتين": the
    dual of a place noun that equals a town's name (al-Qaryatayn) is the two places just named, not the town
    (event_triggers.yaml dual_place_nouns, dual_pointers, dual_pair_reach)."""
    lex = lexicon()
    surface = _norm_cached(m.surface)
    forms = lex.dual_place_nouns.get(surface)
    if forms is None:
        return False
    before = _norm_slice(text, max(0, m.start - 30), m.start).split()
    if before and text[m.start - 1:m.start].isspace():
        if _keys(before[-1]) & _SETTLEMENT_WORDS:
            return False            # "مدينة القريتين", "بلدة القريتين": the town
        if before[-1] in lex.dual_pointers:
            return True
    after = _norm_slice(text, m.end, m.end + 30).split()
    if after and text[m.end:m.end + 1].isspace() and after[0].startswith("ال") and after[0].endswith("تين") \
            and len(after[0]) > 5:
        return True                 # "القريتين المذكورتين": a dual adjective agrees with the noun
    told = _norm_slice(text, max(0, m.start - lex.dual_pair_reach), m.start).split()
    return any(_keys(w) & forms for w in told)


# a talks round after a venue's name: "جنيف 8" closing a phrase (not a year, a time or a day before a month:
# "موسكو 5 يونيو")
_ROUND_AFTER = re.compile(r" \d{1,2}\s*(?:[\"»)(،,.؛:]|\n|$)")


def _metonym(m: Mention, text: str) -> bool:
    """"قالت موسكو", "أعلنت أنقرة", "دمشق تتهم": a capital speaking is a government, not a place; nor is
    a backer ("المدعومة من أنقرة"), a time zone ("بتوقيت بيروت") or a channel told ("قال ... للميادين")."""
    lex = lexicon()
    before = _norm_slice(text, max(0, m.start - 15), m.start).split()
    if before and text[m.start - 1:m.start].isspace():
        w = before[-1]
        kw = _keys(w)
        if w in REPORT_CUES or not kw.isdisjoint(REPORT_CUES) or not kw.isdisjoint(lex.speech_verbs):
            return True
        if not kw.isdisjoint(lex.state_act_verbs):
            return True     # "عقدت دمشق اتفاقا", "قبل أن تحتوي أنقرة وموسكو الموقف": the government acts
    if before and _not_a_place_frame(m, text, before, lex):
        return True
    after = _norm_slice(text, m.end, m.end + 15).split()
    if after and text[m.end:m.end + 1].isspace():
        w = after[0]
        if _keys(w) & lex.speech_verbs or w in SPEECH_AFTER:
            return True
    return False


def _not_a_place_frame(m: Mention, text: str, before: list[str], lex: Any) -> bool:
    """The words right before a place name make it something else: a time zone or an ally ("بتوقيت بيروت",
    "حلفاء دمشق"), a backer ("الفصائل المدعومة من أنقرة", "الموالية لطهران") or a channel told ("وقال
    المحافظ للميادين إن"): not where anything happened (event_triggers.yaml not_place_heads, backing_words,
    loyal_words, media_told_cues)."""
    glued = text[m.start - 1:m.start]
    if glued.isspace():
        if _keys(before[-1]) & lex.not_place_heads:
            return True
        # the participle as written, article kept and no pronoun read off it ("على مقربة من X" is the noun, near X)
        return len(before) >= 2 and before[-1] == "من" and (
            before[-2] in lex.backing_words or before[-2][:1] == "و" and before[-2][1:] in lex.backing_words)
    if glued != "ل" or len(before) < 2 or before[-1] not in ("ل", "لل"):
        return False        # only a "ل" glued to the name (the mention starts after it)
    if _keys(before[-2]) & lex.loyal_words:
        return True
    if _norm_cached(m.surface) not in _media_names():
        return False
    told = _norm_slice(text, max(0, m.start - 80), m.start).split()[-lex.media_told_reach - 1:-1]
    return any(_keys(w) & lex.media_told_cues for w in told)


@lru_cache(maxsize=1)
def _media_names() -> frozenset[str]:
    """The names, aliases and short forms of the knowledge base's media outlets, normalised, each also
    without its article (the form left after a glued "لل": "للميادين")."""
    kb = _kb(None)
    names: set[str] = set()
    for e in (kb.entities.values() if kb is not None and hasattr(kb, "entities") else ()):
        if e.type != "MEDIA":
            continue
        for n in [e.name_ar, *e.aliases, *kb.short_forms.get(e.id, ())]:
            if n:
                k = normalize(n)
                names.add(k)
                if k.startswith("ال"):
                    names.add(k[2:])
    return frozenset(names)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    import math

    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _nisba_adjective(m: Mention) -> bool:
    words = _norm_cached(m.surface).split()
    return len(words) == 1 and words[0].startswith("ال") and words[0].endswith(("يه", "ي")) or (
        len(words) == 1 and words[0].endswith("يه") and m.start > 0)


# a country takes the feminine verb ("وشهدت الجزائر", "تونس تشهد")
STATE_WITNESS_VERBS = frozenset(normalize(w) for w in word_list("event_words.yaml", "state_witness_verbs"))
WITNESS_REACH = 4                   # tokens from "شهدت" to the happening it names


def _other_province_region(ea: Entity, eb: Entity, surrounding: frozenset[frozenset[str]]) -> bool:
    """A province's countryside ("ريف حماة الشمالي") and a place or region of another province ("ريف إدلب
    الجنوبي", "سراقب", "الغنطو"): their centres lie within the region reach, but the text names two
    provinces' fronts, so two happenings (a helicopter downed north of Hama, an ambush in south Idlib).
    A countryside province and the city province it surrounds (ريف دمشق / دمشق) are one front:
    "دمشق وريفها" tells one happening across their line (``surrounding``: the gazetteer's pairs)."""
    if not ea.admin1 or not eb.admin1 or ea.admin1 == eb.admin1:
        return False
    if frozenset((ea.admin1, eb.admin1)) in surrounding:
        return False
    return any(e.level == "region" and (e.name_ar or "").startswith("ريف ") for e in (ea, eb))


def _strikes(a: _Cand, b: _Cand) -> bool:
    """Two strikes or shellings: at two neighbouring towns they are two events (ACLED codes each
    location hit), so ``places_compatible`` keeps such towns apart for them."""
    return a.event_type == b.event_type == "Explosions/Remote violence"


# a numbered entry of a casualty list opening a line, its fields cut by slashes: "12 - احمد قاسم الغوثاني /
# درعا - إنخل / ..."
_LIST_ENTRY = re.compile(r"^[ \t]*\d{1,3}[ \t]*-[ \t][^\n/]{1,80}/", re.MULTILINE)
LIST_REPORT_MIN_ENTRIES = 3


def _list_report(text: str) -> bool:
    """A report told as a numbered list (a monitor's daily toll: a line per province, then one entry
    per victim): its prose lines are separate tellings, unlike a news story's paragraphs."""
    return sum(1 for _ in itertools.islice(_LIST_ENTRY.finditer(text), LIST_REPORT_MIN_ENTRIES)) >= LIST_REPORT_MIN_ENTRIES


def _name_part(ea: Entity, eb: Entity) -> bool:
    """One place's name is the other's followed by more words ("القدس" and "القدس الشرقية")."""
    if not ea.name_ar or not eb.name_ar:
        return False
    na, nb = normalize(ea.name_ar), normalize(eb.name_ar)
    return na.startswith(nb + " ") or nb.startswith(na + " ")
