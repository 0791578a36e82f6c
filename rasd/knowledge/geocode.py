"""Resolve place mentions to one gazetteer entry, with ACLED-style geo_precision.

geo_precision: 1 = the town/neighbourhood itself, 2 = near it / part of a region ("ريف
جسر الشغور", "شمال حماة", Eastern Ghouta), 3 = a large region, governorate or country only.

Context used, in order of weight: an admin name next to the mention ("بريف حماة",
"محافظة إدلب", "شرق حلب") constrains the governorate; places already resolved in the same
sentence (then the document) pull toward the candidate nearest to them; Syria first; then the
source rank (a curated or GeoNames city beats a namesake village from an imported list; a
place beyond the neighbours, foreign_places.yaml, ranks below them all).
A name with several candidates that context cannot separate is left unresolved, its
candidates listed; a name that is also a common word (ambiguous_common_words.yaml) needs a
place cue (a type word such as مدينة/بلدة before it, an admin cue after it, or a resolved
place near one of its candidates).
A foreign place named right after the name ("زمار، شمال غربي الموصل", "حي اليرموك في الموصل")
keeps only the candidates in its country or near it. How far a village of an imported list is
trusted follows the Trust level of its name (gazetteer.Trust); such a village also yields to a
namesake abroad on a page about another country (_imported_abroad) and, as a city district, to
the city its text names (_far_from_towns_around).
"""

from __future__ import annotations

import copy
import dataclasses
import math
import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from rasd.data import word_data, word_list
from rasd.knowledge.gazetteer import (
    DATA_DIR,
    DIRECTIONS,
    DIVISION_SEAT_WORDS,
    NEIGHBOURS,
    RANK_CITY,
    RANK_FOREIGN,
    RANK_IMPORTED,
    TOWN_TYPE_WORDS,
    VILLAGE_NEIGHBOURS,
    Gazetteer,
    Trust,
    haversine_km,
    name_key,
    read_yaml,
)
from rasd.records import Analysis, Entity, Mention
from rasd.text.feed_items import item_head_at, page_gaps, with_item_gaps
from rasd.text.normalize import norm_offset, normalize, normalize_with_map
from rasd.text.sentences import split_sentences
from rasd.text.tokens import proclitic_splits, strip_proclitics

# Type words before a place name (normalised). Value: (geo_precision modifier, point levels only).
TYPE_WORDS: dict[str, tuple[int, bool]] = {
    w: (int(group["precision"]), bool(group["points_only"]))
    for group in word_data("place_words.yaml", "type_words") for w in group["words"]}
# Direction words before a name ("شمال حماة", "شرقي دير الزور") -> direction key.
DIRECTION_WORDS: dict[str, str] = {}
for _key, (_adj, _noun, _en) in DIRECTIONS.items():
    DIRECTION_WORDS[normalize(_noun)] = _key
    DIRECTION_WORDS[normalize(_noun + "ي")] = _key
_ADJ_DIRECTION = {normalize(adj): key for key, (adj, _n, _e) in DIRECTIONS.items()}

# "محافظة سوسة", "ولاية سوسة": a province named after its capital town (Tunisia, Egypt, Turkey)
_CUE_BEFORE = set(word_list("place_words.yaml", "cue_before"))
_TOWN_CUES = frozenset(word_list("place_words.yaml", "town_cues"))
# countryside, governorate and direction words before a name ("ريف حلب", "شمالي حماة"; normalised, read into a regex)
ADMIN_CUE_WORDS = word_list("place_words.yaml", "admin_cue_words")
_ADMIN_CUE = re.compile(
    r"(?<!\S)(?:و|ف)?(?:ب|في\s+|من\s+|ل)?(?:ال)?(" + "|".join(ADMIN_CUE_WORDS) + r")"
    r"\s+(?:محافظه\s+|مدينه\s+)?(?=(\S+(?:\s+\S+)?))")
_PUNCT = re.compile(r"[\"'«»()\[\]{}.,:;!?،؛؟…]+")
# every cue word of _ADMIN_CUE holds one of these (a sentence without any has no admin cue)
_ADMIN_CUE_STEMS = word_list("place_words.yaml", "admin_cue_stems")

_FACILITY_ADJ = set(word_list("place_words.yaml", "facility_adjectives"))
ANCHOR_NEAR_KM = 40.0        # a resolved place this close to a candidate supports it
MARGIN = 1.0                 # score lead needed to pick one candidate over the next
# a city of millions over far smaller namesakes abroad (Gazetteer.prominent): from a foreign
# city's rank to a neighbour city's lead (none when the sentence names the small town's country)
PROMINENT_LEAD = RANK_CITY - RANK_FOREIGN + MARGIN


@dataclass(frozen=True)
class Located:
    """Where the text puts a name: a Syrian governorate ("المنشية في درعا") or places ("حي الزهراء
    بحمص", "قرية الحويجة قرب مدينة تل أبيض") with the reach in km a candidate may lie from them."""

    admin1: str | None = None
    places: tuple[tuple[Entity, float], ...] = ()
    district: bool = False          # "حي X بـ Y": a district of the city Y
    # "العزيزية شرق خان شيخون": the direction keys the text puts the name in from the place
    # ("north", "east"; two for "شمال شرق"), empty when none is told
    bearing: tuple[str, ...] = ()

    def holds(self, c: Entity, gaz: Gazetteer, toward: bool = True) -> bool:
        """``c`` lies where the text puts the name; ``toward`` False: near the place on any side."""
        if self.admin1 is not None:
            return (c.country == "SY" and _in_governorates(c, {self.admin1}, gaz)
                    and (not toward or _on_governorate_side(c, self.admin1, self.bearing, gaz)))
        return any(c.lat is not None and t.lat is not None and (c.country == t.country or not self.district)
                   and haversine_km(c.lat, c.lon, t.lat, t.lon) <= self._reach(t, reach, gaz)  # type: ignore[arg-type]
                   and (not toward or _toward(c, t, self.bearing, gaz))
                   for t, reach in self.places)

    def _reach(self, t: Entity, reach: float, gaz: Gazetteer) -> float:
        # "العزيزية شرق خان شيخون": a side told from a town puts the name in the town's surroundings
        return min(reach, gaz.extent_km.get(t.id, 0.0) + BEARING_REACH_KM) if self.bearing else reach

    def off_side(self, cands: list[Entity], gaz: Gazetteer) -> bool:
        """A namesake lies near the place but off the side the text tells: the text speaks of the
        place's surroundings, where the gazetteer lacks the name. Not a governorate's side ("بريف دير
        الزور الشرقي"): a countryside's sides are loose regions, not a compass sector, so that side only
        chooses among namesakes in it and never rules the name out."""
        return bool(self.bearing) and self.admin1 is None and any(self.holds(c, gaz, toward=False) and not self.holds(c, gaz) for c in cands)


def _on_governorate_side(c: Entity, admin1: str, bearing: tuple[str, ...], gaz: Gazetteer) -> bool:
    """``c`` lies on the told side of the governorate ``admin1``: "قرية الدانا شمال ريف إدلب" is not
    the Dana south of Idlib. The side is taken from the centre of its countryside (else of the
    governorate), with no more slack near the centre than BEARING_NEAR_KM: the governorate's own
    extent would hold every village in it."""
    g = gaz.governorate(admin1)
    if not bearing or g is None:
        return True
    base = _countryside(gaz, admin1, None)
    lat, lon = (base.lat, base.lon) if base is not None and base.lat is not None else (g.lat, g.lon)
    centre = Entity(id="", type="PLACE", name_ar="", lat=lat, lon=lon)
    return _toward(c, centre, bearing, gaz)


# "X شرق Y": a namesake of X that lies this far off the told direction from Y is not meant (a wide
# sector: news directions are rough, "شرق" covers north-east to south-east and a little more)
BEARING_SLACK_DEG = 80.0
BEARING_SLACK_COMPOUND_DEG = 65.0   # "شمال شرق": a narrower sector around the diagonal
BEARING_NEAR_KM = 5.0               # ... beyond the place's own extent: closer, any side will do
BEARING_REACH_KM = 100.0            # ... and no further than this beyond it ("مركدة جنوب الحسكة": 84 km)
_BEARING_VECTORS = {"north": (0.0, 1.0), "south": (0.0, -1.0), "east": (1.0, 0.0), "west": (-1.0, 0.0)}


def _toward(c: Entity, t: Entity, bearing: tuple[str, ...], gaz: Gazetteer) -> bool:
    """``c`` lies in the direction ``bearing`` from ``t`` (or next to it): "العزيزية شرق خان شيخون" is
    not the Aziziyah 30 km west of Khan Shaykhun."""
    if not bearing or c.lat is None or t.lat is None or c.lon is None or t.lon is None:
        return True
    if haversine_km(c.lat, c.lon, t.lat, t.lon) <= gaz.extent_km.get(t.id, 0.0) + BEARING_NEAR_KM:
        return True
    dx = (c.lon - t.lon) * math.cos(math.radians((c.lat + t.lat) / 2))
    dy = c.lat - t.lat
    vx = sum(_BEARING_VECTORS[k][0] for k in bearing)
    vy = sum(_BEARING_VECTORS[k][1] for k in bearing)
    norm = math.hypot(dx, dy) * math.hypot(vx, vy)
    if norm == 0:
        return True
    angle = math.degrees(math.acos(max(-1.0, min(1.0, (dx * vx + dy * vy) / norm))))
    return angle <= (BEARING_SLACK_COMPOUND_DEG if len(bearing) > 1 else BEARING_SLACK_DEG)


@dataclass
class GeoContext:
    """What the text around a mention says about where it is."""

    admin1: set[str] = field(default_factory=set)                       # governorates named nearby
    anchors: list[tuple[float, float, float]] = field(default_factory=list)  # (lat, lon, weight)
    place_cue: bool = False          # a type word or admin cue marks the mention as a place
    cue_after: bool = False          # ... an admin cue after it ("بليون بريف إدلب")
    town_cue: bool = False           # ... a town word before it ("مدينة", "بلدة"), not "حي"/"منطقة"
    proclitic: bool = False          # the name was found by taking a proclitic off the mention
    district: bool = False           # ... a district word before it ("حي", "أحياء", "مخيم")
    country: str = "SY"
    countries: dict[str, float] = field(default_factory=dict)   # countries named nearby -> weight
    adjective_country: str | None = None   # "مدينة مشهد الإيرانية": the country adjective right after
    # "زمار، شمال غربي الموصل", "حي اليرموك في الموصل": the foreign place named right after the
    # name (its namesakes, all abroad), which the name lies in or near: (place, reach in km)
    abroad: tuple[tuple[Entity, float], ...] = ()
    # "حي الزهراء بحمص", "المنشية في درعا", "قرية الحويجة قرب مدينة تل أبيض": the Syrian place or
    # governorate named right after the name, which the name lies in or near (see _located_after)
    located: Located | None = None
    # countries named within COUNTRY_CUE_CHARS of a name abroad that is also a word (states,
    # peoples, resolved places): "في جدة بالسعودية" cues Jeddah as a type word would
    cue_countries: frozenset[str] = frozenset()
    # the governorates the page names with a cue word (every sentence with a place mention): a
    # cued variant spelling falls back on the page's one governorate when its sentence names none
    page_admin1: frozenset[str] = frozenset()
    locative: bool = False           # a preposition of place right before the name ("في X", "بX", "إلى X")


@lru_cache(maxsize=1 << 16)   # a document names the same places again and again
def _clean(surface: str) -> str:
    s = _PUNCT.sub(" ", normalize(surface))
    return " ".join(s.split())


# "countryside" and its dual (normalised)
COUNTRYSIDE_WORDS = word_list("place_words.yaml", "countryside_words")


def geocode_mention(surface_norm: str, context: GeoContext, gaz: Gazetteer
                    ) -> tuple[Entity | None, int | None, list[str]]:
    """(place, geo_precision, alternative place ids when ambiguous) for one mention."""
    s = _clean(surface_norm)
    if not s:
        return None, None, []
    # 1. the whole surface is a name ("مخيم اليرموك", "ريف حلب الشمالي", "مدينة الباب")
    found = gaz.candidates(s)
    words = s.split()
    if found:
        place, alts = _choose(s, found, context, gaz, points_only=False)
        if len(words) > 1 and any(_off_governorate_side(c, context, gaz) for c in found) and (
                place is None or _off_governorate_side(place, context, gaz)):
            # "قرية الدانا شمال ريف إدلب": the whole-surface entry lies on the other side of the
            # governorate; the name after the type word may have a namesake on the told side
            other, prec, other_alts = _geocode_parts(s, words, found, context, gaz)
            if other is not None and not _off_governorate_side(other, context, gaz) and other.id not in {
                    c.id for c in found}:
                return other, prec, other_alts
        if place is not None or alts:
            return place, (_precision(place, gaz) if place else None), alts
    return _geocode_parts(s, words, found, context, gaz)


def _geocode_parts(s: str, words: list[str], found: list[Entity], context: GeoContext, gaz: Gazetteer
                   ) -> tuple[Entity | None, int | None, list[str]]:
    """geocode_mention's steps after the whole surface: its parts (a governorate or type word and
    the name after it, a direction, a proclitic, a cued spelling)."""
    # 2. "محافظة X"
    if words[0] == "محافظه" and len(words) > 1:
        admin1 = gaz.admin1_for(" ".join(words[1:]))
        g = gaz.governorate(admin1) if admin1 else None
        if g is not None:
            return gaz.places[f"gov:{g.id}"], 3, []
    # 2b. "محافظة حجة", "ولاية صحار": a division abroad named after its seat town, among the
    # namesakes only the towns that may seat one (Yemen's Hajjah, not the Palestinian village)
    if words[0] in DIVISION_SEAT_WORDS and len(words) > 1:
        rest = " ".join(words[1:])
        seats = [c for c in gaz.candidates(rest) if gaz.division_seat(c, words[0])]
        if seats:
            place, alts = _choose(rest, seats, _with_cue(context, town=True), gaz, points_only=False)
            return place, (3 if place is not None else None), alts
    # 3. "ريف X [direction]": a governorate's countryside, else the area around town X
    if words[0] in COUNTRYSIDE_WORDS and len(words) > 1:
        rest = words[1:]
        direction = _ADJ_DIRECTION.get(rest[-1]) if len(rest) > 1 else None
        base = " ".join(rest[:-1] if direction else rest)
        admin1 = gaz.admin1_for(base.removeprefix("محافظه "))
        if admin1:
            region = _countryside(gaz, admin1, direction)
            if region is not None:
                return region, 3, []
        place, prec, alts = geocode_mention(base, _with_cue(context), gaz)
        return place, (max(prec, 2) if prec else None), alts
    # 4. a type word before the name ("مدينة الباب", "مطار الضمير", "أطراف دوما")
    for n in (2, 1):
        head = " ".join(words[:n])
        if head in TYPE_WORDS and len(words) > n:
            extra, points = TYPE_WORDS[head]
            # "مطار تفتناز العسكري", "قاعدة حميميم الجوية": the adjective is not part of the name
            tail = words[n:]
            while len(tail) > 1 and tail[-1] in _FACILITY_ADJ and not gaz.candidates(" ".join(tail)):
                tail = tail[:-1]
            rest = " ".join(tail)
            ctx = _with_cue(context, town=head in _TOWN_CUES)
            cands = gaz.candidates(rest)
            if cands:
                place, alts = _choose(rest, cands, ctx, gaz, points_only=points)
                if place is not None:
                    return place, min(3, _precision(place, gaz) + extra), alts
                return None, None, alts
            place, prec, alts = geocode_mention(rest, ctx, gaz)
            if place is None and not alts:
                place = _cued_variant(rest, ctx, gaz)
                prec = _precision(place, gaz) if place is not None else None
            return place, (min(3, prec + extra) if prec else None), alts
    # 5. "شمال حماة", "شرقي دير الزور": the countryside region of a governorate, else near the town
    if words[0] in DIRECTION_WORDS and len(words) > 1:
        rest = " ".join(words[1:])
        admin1 = gaz.admin1_for(rest)
        place, prec, alts = geocode_mention(rest, _with_cue(context), gaz)
        if place is not None and place.level in ("town", "neighbourhood", "facility"):
            return place, 2, alts
        if admin1:
            region = _countryside(gaz, admin1, DIRECTION_WORDS[words[0]])
            if region is not None:
                return region, 3, []
        return place, (max(prec, 2) if prec else None), alts
    # 6. "X الشمالي" not in the gazetteer: near X
    if len(words) > 1 and words[-1] in _ADJ_DIRECTION:
        place, prec, alts = geocode_mention(" ".join(words[:-1]), context, gaz)
        return place, (max(prec, 2) if prec else None), alts
    # 7. proclitics the caller left on ("بدوما", "والرقة")
    stripped = " ".join([strip_proclitics(words[0])] + words[1:])
    if stripped != s and gaz.candidates(stripped):
        return geocode_mention(stripped, dataclasses.replace(context, proclitic=True), gaz)
    # 8. a name the text marks as a place (a type word before it, an admin phrase after it: "اللطمانه
    # بريف حماة") spelt otherwise than the gazetteer: the one place of that spelling in the governorate
    # ("في شنغهاي بالصين": a preposition of place before it, the country in its sentence)
    # (only for a name the gazetteer does not know as written: a known name left unresolved stays so)
    if (context.place_cue or context.locative) and len(words) <= 2 and not found and not gaz.is_common_word(s):
        place = _cued_variant(s, context, gaz)
        if place is not None:
            return place, _precision(place, gaz), []
    return None, None, []


def _off_governorate_side(place: Entity, context: GeoContext, gaz: Gazetteer) -> bool:
    """The text puts the name on one side of a governorate ("شمال ريف إدلب") and ``place`` lies in
    the governorate on another side."""
    loc = context.located
    return (loc is not None and loc.admin1 is not None and bool(loc.bearing)
            and loc.holds(place, gaz, toward=False) and not loc.holds(place, gaz))


def _cued_variant(name: str, context: GeoContext, gaz: Gazetteer) -> Entity | None:
    """The one place whose name is another spelling of a name a type word cues ("قرية الحامدينة"
    for "الحامدية", "بلدة معر شورين" for "معرشورين", "بلدة اللطمانه" for "اللطامنة") and that lies
    in the governorate the sentence names, else in the foreign country the sentence names ("بمدينة
    باراتشنار الواقعة شمال غرب باكستان": Parachinar), else, for a name a type word or an admin
    phrase marks and a sentence that names no other country, in the page's one governorate: a
    variant alone is not enough, a namesake elsewhere is as likely; two places left, none."""
    found = gaz.variant_candidates(name)
    if not found:
        return None
    foreign = {cc for cc in context.countries if cc != context.country}
    if context.admin1:
        here = [c for c in found if c.admin1 in context.admin1]
    elif foreign:
        here = [c for c in found if c.country in foreign]
    elif len(context.page_admin1) == 1 and context.place_cue:
        here = [c for c in found if c.admin1 in context.page_admin1]
    else:
        return None
    reps = physical_places(here, gaz)
    return reps[0] if len(reps) == 1 else None


def _none_in_governorates(cands: list[Entity], admin1s: set[str], gaz: Gazetteer) -> bool:
    """Namesakes all in Syria, none in (or near) the governorates ``admin1s`` a sentence names, and
    none a city: a city stands for itself wherever a digest's sentence goes on ("أريحا", "عفرين"
    in a sentence on "ريف دمشق"), and a namesake abroad may be meant when the governorate belongs
    to another clause ("قاعدة همدان ... على ريف دمشق")."""
    return bool(admin1s) and all(c.country == "SY" and gaz.rank.get(c.id, 0.0) < RANK_CITY for c in cands) and not any(
        _in_governorates(c, admin1s, gaz) for c in cands)


def _stands_for_itself(c: Entity, located: Located, gaz: Gazetteer) -> bool:
    """A city (curated or large) is not ruled out by a direction or a town named after it ("الموصل
    شرق السويداء", "دير الزور جنوب إدلب": items glued on a feed page), only by the governorate or,
    for a district, the city the text puts it in."""
    return located.admin1 is None and not located.district and gaz.rank.get(c.id, 0.0) >= RANK_CITY


def _in_governorates(c: Entity, admin1s: set[str], gaz: Gazetteer) -> bool:
    """``c`` lies in one of the governorates ``admin1s``, or in Syria within its radius of one (a
    border village that a list files under the next governorate; Damascus and the countryside
    around it count as one: "جنوب دمشق" names places of both)."""
    if c.admin1 in admin1s:
        return True
    if c.country != "SY" or c.lat is None:
        return False
    for admin1 in admin1s:
        g = gaz.governorate(admin1)
        if g is not None and haversine_km(c.lat, c.lon, g.lat, g.lon) <= g.radius_km:  # type: ignore[arg-type]
            return True
    return any(c.admin1 in pair and admin1s & pair for pair in gaz.surrounding_provinces())


def _with_cue(context: GeoContext, town: bool = False) -> GeoContext:
    return dataclasses.replace(context, place_cue=True, town_cue=context.town_cue or town)


def _countryside(gaz: Gazetteer, admin1: str, direction: str | None) -> Entity | None:
    g = gaz.governorate(admin1)
    if g is None:
        return None
    base = f"rasd:rif-{g.id.removeprefix('rif-')}"
    return gaz.places.get(f"{base}-{direction}" if direction else base) or gaz.places.get(base)


def _precision(place: Entity, gaz: Gazetteer) -> int:
    if place.level in ("town", "neighbourhood", "facility"):
        return 1
    if place.level in ("admin2", "admin3"):
        return 2
    if place.level == "region":
        return gaz.precision.get(place.id, 3)
    return 3


def physical_places(cands: list[Entity], gaz: Gazetteer) -> list[Entity]:
    """One representative per physical place (namesakes from several sources within 5 km), best ranked
    first: the geocoder's and the cued-variant mentions' test of whether candidates are one place.
    Namesakes across a border are two places (Egypt's Rafah and Gaza's, 3 km apart)."""
    reps: list[Entity] = []
    for c in sorted(cands, key=lambda e: -gaz.rank.get(e.id, 0.0)):
        if c.lat is None:
            continue
        if any(r.lat is not None and r.country == c.country
               and haversine_km(c.lat, c.lon, r.lat, r.lon) < 5.0  # type: ignore[arg-type]
               and (r.level == c.level or {r.level, c.level} <= {"town", "neighbourhood"}) for r in reps):
            continue
        reps.append(c)
    return reps


def _score(c: Entity, context: GeoContext, gaz: Gazetteer, points_only: bool) -> float:
    score = gaz.rank.get(c.id, 1.0)
    if c.country == context.country:
        score += 1.0
    # "سنجار في محافظة نينوى شمال العراق": a country named or located in the same sentence
    named = context.countries.get(c.country or "", 0.0)
    score += named
    if named and c.id in gaz.foreign:
        # a place abroad ranks below the neighbours' towns only while its country goes unnamed:
        # "في رفح شمال سيناء" is Egypt's Rafah, not Gaza's
        score += RANK_CITY - RANK_FOREIGN
    if context.admin1:
        if c.admin1 in context.admin1:
            score += 3.0
        elif c.admin1 is not None:
            score -= 1.0
    if points_only and c.level in ("town", "neighbourhood", "facility"):
        score += 1.0
    if context.anchors and c.lat is not None:
        support = 0.0
        for lat, lon, w in context.anchors:
            d = haversine_km(c.lat, c.lon, lat, lon)  # type: ignore[arg-type]
            if d < ANCHOR_NEAR_KM:
                support = max(support, w * (3.0 if d < 15 else 2.0))
        score += support
    return score


def _choose(name: str, cands: list[Entity], context: GeoContext, gaz: Gazetteer, points_only: bool
            ) -> tuple[Entity | None, list[str]]:
    # a foreign place whose name is also an ordinary word ("مشهد" Mashhad: scene) needs a town
    # cue ("حي الأبيض", "منطقة الفردوس" are local areas, not El Obeid or Ferdows); a type word
    # before "بليون" cues "بليون", not "ليون" (Lyon) behind a proclitic
    if not (context.cue_after or (context.town_cue and not context.proclitic)):
        # ... or its country named next to it: "قصر السلام الملكي في جدة بالسعودية", "أعلنت وزارة
        # الداخلية السعودية ... في جدة" (not "وفي مشهد يطغى عليه الألم" of a sentence that ends on Iranians)
        cands = [c for c in cands if not gaz.needs_cue(name, c.id) or c.country in context.cue_countries]
    if gaz.small_foreign and any(c.id in gaz.small_foreign for c in cands):
        # a small town abroad needs both a place cue and its country named next to it ("مدينة رداع
        # بوسط اليمن", "منطقة المنصورة" after "في اليمن"): a type word alone would turn an unlisted
        # Syrian village into a Yemeni or Afghan namesake, the country alone an adjective ("دولة
        # زيدية في اليمن") into a village
        cued = bool(context.cue_after or (context.place_cue and not context.proclitic))
        cands = [c for c in cands if c.id not in gaz.small_foreign or (cued and c.country in context.cue_countries)]
    if len(cands) > 1 and any(c.id in gaz.cued_foreign for c in cands):
        # a town read only with a cue yields to a better-known namesake of its country (Ibb city,
        # the provinces al-Dhale, Bamyan, Kunduz named after their seats)
        held = {c.country for c in cands if c.id not in gaz.cued_foreign}
        cands = [c for c in cands if c.id not in gaz.cued_foreign or c.country not in held]
    if context.abroad:
        # "البساتين شرق عدن", "منطقة الميدان في غرب الموصل": in or near that foreign place, not
        # a namesake in Syria or elsewhere
        cands = [c for c in cands if _within(c, context.abroad)]
    if context.located is not None:
        # "حي الحميدية بدير الزور": a namesake elsewhere is not meant; none inside: no place here,
        # the namesakes listed as the alternatives ruled out
        # (a governorate's side does not rule a namesake in it out: see Located.off_side)
        loose = context.located.admin1 is not None
        inside = [c for c in cands if context.located.holds(c, gaz, toward=not loose)
                  or _stands_for_itself(c, context.located, gaz)]
        on_side = [c for c in inside if context.located.bearing and context.located.holds(c, gaz)]
        if on_side:
            # "قباسين جنوب شرق منبج": the namesake on the told side, not a town of the name on another side
            inside = on_side
        elif context.located.off_side(cands, gaz):
            # "العزيزية شرق خان شيخون" with a namesake west of Khan Shaykhun only: a far city of the name
            # (Iraq's Aziziyah) does not stand for itself either; a city near the place does ("في مدينة
            # حمص شمال حماة :", an item glued before a heading)
            inside = [c for c in inside if context.located.holds(c, gaz, toward=False)]
        if not inside:
            return None, [c.id for c in physical_places(cands, gaz)]
        cands = inside
    if context.adjective_country:
        # "بلدة سروج التركية": the country adjective after the name rules out a Syrian village of a list
        cands = [c for c in cands if c.country == context.adjective_country or not gaz.trust(c.id, name).imported]
    if context.proclitic:
        # "ولاية فلوريدا" is not "ف" + "ل" + the village "وريدة" of a list
        cands = [c for c in cands if not gaz.trust(c.id, name).imported]
    if not context.place_cue:
        if any(not gaz.trust(c.id, name).imported for c in cands):
            # a bare name belongs to the better-known places that have it ("الرياض": Riyadh;
            # "شرم الشيخ": the Egyptian resort), not to a namesake village known only from a
            # list, unless its sentence names the village's governorate or a place near it
            cands = [c for c in cands if not gaz.trust(c.id, name).imported
                     or _supported(c, context, same_sentence=True)]
    reps = physical_places(cands, gaz)
    if not reps:
        return None, []
    if gaz.is_common_word(name) and not context.place_cue:
        # a common word is a place only when a resolved neighbour or an admin cue supports it
        supported = [c for c in reps if _supported(c, context)]
        if len(supported) == 1:
            return supported[0], []
        countries = {c.country for c in reps}
        if len(countries) > 1 and not supported:
            # namesakes in several countries ("عمان": Amman or Oman): the one whose country the
            # sentence names ("الأردن", a Jordanian town); still ambiguous when a country is
            # among them and the sentence does not say which
            named = [c for c in reps if c.country in context.countries]
            if len(named) == 1:
                return named[0], []
            if any(c.level == "country" for c in reps):
                return None, [c.id for c in reps]
        return None, []
    if len(reps) > 1 and _none_in_governorates(reps, context.admin1, gaz):
        # "في محافظة دير الزور ... على حي الحميدية": Syrian namesakes in Tartus and Aleppo, none
        # in (or near) the governorate the sentence names: the place meant is one the gazetteer
        # lacks (issue #3: flag the alternatives, do not pick one)
        return None, [c.id for c in reps]
    if len(reps) == 1:
        return reps[0], []
    scored = sorted(((_score(c, context, gaz, points_only) + _prominence(c, reps, context, gaz), c) for c in reps),
                    key=lambda x: -x[0])
    alts = [c.id for _, c in scored]
    if scored[0][0] - scored[1][0] >= MARGIN:
        return scored[0][1], alts[1:]
    # a tie: the Syrian one when exactly one of the tied candidates is in Syria and it is as well
    # known as the others (a village from a long list does not beat a foreign city: سنجار)
    top = [c for sc, c in scored if scored[0][0] - sc < MARGIN]
    known = [c for c in top if not gaz.trust(c.id, name).imported]
    if len(known) == 1 and len(top) > 1:
        # a village known only from a list ties with a better-known place ("منبج والرقة" next to
        # a village of the list near Raqqa): it needs a clear lead to be chosen
        return known[0], [c.id for c in reps if c is not known[0]]
    syrian = [c for c in top if c.country == "SY"]
    if len(syrian) == 1 and len(top) > 1 and any(c.country != "SY" for c in top):
        best_foreign = max(gaz.rank.get(c.id, 0.0) for c in top if c.country != "SY")
        if gaz.rank.get(syrian[0].id, 0.0) >= best_foreign and not gaz.trust(syrian[0].id, name).imported:
            return syrian[0], [c.id for c in reps if c is not syrian[0]]
    return None, alts


def _prominence(c: Entity, reps: list[Entity], context: GeoContext, gaz: Gazetteer) -> float:
    """PROMINENT_LEAD for a city of millions over far smaller namesakes abroad (Gazetteer.prominent),
    unless the sentence names a namesake's country and not the city's ("تظاهر المئات في كابول ضد قرار
    ... عاصمة لإسرائيل": the sentence speaks of Israel, whose village كابول keeps its standing)."""
    if not gaz.prominent(c, reps, context.country):
        return 0.0
    named = set(context.countries) - {c.country}
    return 0.0 if any(o.country in named for o in reps) else PROMINENT_LEAD


@lru_cache(maxsize=1)
def _verb_names() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(name keys of places spelled like an imperfect verb, words that open its object,
    particles that precede a verb)."""
    data = read_yaml(DATA_DIR / "verb_names.yaml") or {}   # errors name the file and line
    return (frozenset(name_key(n) for n in data.get("names") or {}),
            frozenset(normalize(w) for w in data.get("object_words") or ()),
            frozenset(normalize(w) for w in data.get("verb_particles") or ()))


_PRONOUN_SUFFIX = re.compile(r"\S{2,}(?:ها|هم|هما|هن|كم)$")
_NISBA = re.compile(r"\S+(?:يه|ي|يين|يون)$")


def verb_reading(doc_norm: str, start: int, end: int, surface_norm: str, gaz: Gazetteer) -> bool:
    """A place name that is also an imperfect verb read as the verb: "وتدمر مدنها" (and destroys
    its cities), not Palmyra (verb_names.yaml): it opens a verb clause (a proclitic و/ف, or a verb
    particle before it) and an object follows."""
    words = _clean(surface_norm).split()
    names, object_words, particles = _verb_names()
    if len(words) != 1:
        return False
    tok = start
    while tok > 0 and not doc_norm[tok - 1].isspace():
        tok -= 1                          # the mention may start after its proclitic
    w = doc_norm[tok:start] + words[0]
    start = tok
    if name_key(w) not in names:
        # "وتدمر", "فتدمر": the conjunction opens a verb clause (not "لتدمر": to Palmyra)
        if not (w[:1] in "وف" and name_key(w[1:]) in names):
            return False
    else:
        before = doc_norm[max(0, start - 12):start].split()
        if not before or before[-1] not in particles:
            return False                  # "في تدمر", "جنوب تدمر", "مدينة تدمر"
    m = re.match(r"[ \t]*(\S+)", doc_norm[end:end + 40])
    if m is None:
        return False
    if _PUNCT.match(m.group(1)):
        return False                      # "حمص وتدمر ، ..." : a list of places
    nxt = _PUNCT.sub("", m.group(1))
    if nxt in object_words:
        return True
    if _PRONOUN_SUFFIX.fullmatch(nxt) and not gaz.candidates(nxt):
        return True
    # "وتدمر المنازل": a definite noun that is not a place, a nisba ("الأثرية") or a direction
    return (nxt.startswith("ال") and len(nxt) > 3 and not _NISBA.fullmatch(nxt)
            and nxt not in _ADJ_DIRECTION and not gaz.candidates(nxt))


def _supported(c: Entity, context: GeoContext, same_sentence: bool = False) -> bool:
    if context.admin1 and c.admin1 in context.admin1:
        return True
    return any(c.lat is not None and haversine_km(c.lat, c.lon, lat, lon) < ANCHOR_NEAR_KM  # type: ignore[arg-type]
               for lat, lon, w in context.anchors if w >= 1.0 or not same_sentence)


# ---- document level ------------------------------------------------------------------------

def admin_cues(sentence_norm: str, gaz: Gazetteer) -> set[str]:
    """Governorates named in a sentence with a cue word: "بريف حماة", "محافظة إدلب", "شرق حلب"."""
    out: set[str] = set()
    if not any(map(sentence_norm.__contains__, _ADMIN_CUE_STEMS)):
        return out   # no cue word: the pattern cannot match (most sentences; a substring test is cheaper)
    for m in _ADMIN_CUE.finditer(sentence_norm):
        words = _PUNCT.sub(" ", m.group(2)).split()
        for n in (2, 1):
            cand = " ".join(words[:n])
            admin1 = gaz.admin1_for(cand) or gaz.admin1_for(strip_proclitics(cand))
            if admin1:
                out.add(admin1)
                break
    return out


def demonym_countries(sentence_norm: str, gaz: Gazetteer, home: str = "SY") -> set[str]:
    """Foreign countries whose people or forces a sentence names by a nisba adjective or a plural
    ("الأفغان", "الشرطة الأفغانية", "للأتراك"; capitals.yaml). The home country is left out: its
    places already get the home bonus, and "السورية" is in every other sentence."""
    if not gaz.demonyms:
        return set()
    seen = _DEMONYM_SEEN.setdefault((id(gaz.demonyms), home), (gaz.demonyms, {}, {}))
    done = seen[2]          # a sentence is asked once per place mention in it
    found = done.get(sentence_norm)
    if found is None:
        # speed: the words met before are looked up in one ``map`` over the word memo; only new
        # words go through _token_demonym (which fills the memo)
        toks = _PUNCT.sub(" ", sentence_norm).split()
        ccs = list(map(seen[1].get, toks))
        if None in ccs:
            ccs = [_token_demonym(tok, gaz.demonyms, home) if cc is None else cc for tok, cc in zip(toks, ccs, strict=True)]
        found = frozenset(cc for cc in ccs if cc)
        if len(done) > 20_000:
            done.clear()
        done[sentence_norm] = found
    return set(found)


# token -> its foreign country or "" (per demonym table and home): words recur across sentences
# (the table itself is kept with its memos of words and of sentences)
_DEMONYM_SEEN: dict[tuple[int, str], tuple[dict[str, str], dict[str, str], dict[str, frozenset[str]]]] = {}


def _token_demonym(tok: str, demonyms: dict[str, str], home: str) -> str:
    seen = _DEMONYM_SEEN.setdefault((id(demonyms), home), (demonyms, {}, {}))[1]
    cc = seen.get(tok)
    if cc is None:
        cc = ""
        for _pre, rest in proclitic_splits(tok):
            if rest.startswith("ال") and len(rest) > 4:
                rest = rest[2:]
            found = demonyms.get(rest)
            if found and found != home:
                cc = found
                break
        if len(seen) > 200_000:
            seen.clear()        # bounded: a long run meets ever new words
        seen[tok] = cc
    return cc


def _cues_before(doc_norm: str, start: int) -> tuple[bool, bool]:
    """(a type word stands right before the name, that word is a town word): one look at the
    word before serves both tests."""
    before = doc_norm[max(0, start - 22):start].rstrip(" \t(\"«").split()   # "بلدة ( المنصورة )"
    if not before:
        return False, False
    w = before[-1]
    bare = strip_proclitics(w)
    return (w in _CUE_BEFORE or bare in _CUE_BEFORE), (w in _TOWN_CUES or bare in _TOWN_CUES)


def _cue_after(doc_norm: str, end: int, gaz: Gazetteer) -> bool:
    """An admin phrase right after the name: "الباب بريف حلب", "الباب شرق حلب"."""
    # (matched in place: the same as matching the slice doc_norm[end:end + 40], the pattern has no anchor)
    return _CUE_AFTER.match(doc_norm, end, end + 40) is not None


# countryside, governorate and direction words after a name that place it ("X , ريف حلب"; normalised, read into a regex)
ADMIN_DIRECTION_WORDS = word_list("place_words.yaml", "admin_direction_words")
# also "الباب , شمال سوريا", "( المنصورة ) بريف الرقة"
_CUE_AFTER = re.compile(r"\s*[)\"»]?\s*[,،]?\s*(?:في\s+|ب)?(?:ال)?(" + "|".join(ADMIN_DIRECTION_WORDS) + r")\s")


HASHTAG = "#"


def geocode(analysis: Analysis, gaz: Gazetteer) -> None:
    """Resolve every PLACE mention: set entity_id, geo_precision, candidates; add the entities."""
    text = analysis.doc.text
    places = [m for m in analysis.mentions if m.type == "PLACE"]
    if not places:
        return
    doc_norm, offsets = normalize_with_map(text)   # as the entities stage did (cached)
    gaps = page_gaps(text)
    if gaps:
        # a word glued after a final ة or a feed item glued to the one before ("لمدينة الرقةوفاة الجنرال"):
        # a space there, as the entities stage read the page, so the words told after a name (its city, its
        # governorate) are read as words (both cached per page)
        doc_norm, offsets = with_item_gaps(doc_norm, offsets, gaps)
    if HASHTAG in doc_norm:
        # "إلى بلدة # الغارية بريف # درعا الشرقي": a hashtag mark is no word; the cue words around a tagged
        # name (its type word, the governorate told after it) read through it (one character for one: the
        # offsets stay)
        doc_norm = doc_norm.replace(HASHTAG, " ")
    sentences = split_sentences(text)
    # sentences are in text order and do not overlap: the one holding a position is found by bisection
    sent_starts = [sp.start for sp in sentences]

    def sentence_at(pos: int) -> int | None:
        si = bisect_right(sent_starts, pos) - 1
        return si if si >= 0 and pos < sentences[si].end else None

    sent_of: dict[int, int] = {}
    cues: dict[int, set[str]] = {}
    people_of: dict[int, set[str]] = {}     # countries whose people or forces a sentence names
    # a sentence's normalised text is its slice of doc_norm (normalize maps character by
    # character), except where lower-casing reads context: a capital sigma's final form
    sliced = "\u03a3" not in text
    for idx, m in enumerate(places):
        si = sentence_at(m.start)
        if si is not None:
            sent_of[idx] = si
            if si not in cues:
                sp = sentences[si]
                if sliced:
                    sent_norm = doc_norm[norm_offset(offsets, sp.start):norm_offset(offsets, sp.end)]
                else:
                    sent_norm = normalize(text[sp.start:sp.end])
                cues[si] = admin_cues(sent_norm, gaz)
                people = demonym_countries(sent_norm, gaz)
                if people:
                    people_of[si] = people
    # countries named as states in each sentence ("شمال العراق", "الحدود مع لبنان")
    state_countries: dict[int, set[str]] = {}
    state_spots: list[tuple[int, str]] = []     # (start, country) of the states and forces named
    for m in analysis.mentions:
        if m.type not in ("STATE", "STATE_FORCES") or not m.entity_id:
            continue
        ent = analysis.entities.get(m.entity_id)
        if ent is None or not ent.country:
            continue
        state_spots.append((m.start, ent.country))
        if m.type != "STATE":
            continue
        si = sentence_at(m.start)
        if si is not None:
            state_countries.setdefault(si, set()).add(ent.country)
    page_admin1 = frozenset().union(*cues.values())
    # pass 1 without anchors; pass 2 with the places resolved unambiguously in pass 1
    results: dict[int, tuple[Entity | None, int | None, list[str]]] = {}
    contexts: dict[int, GeoContext] = {}
    verbs: set[int] = set()
    for idx, m in enumerate(places):
        if (verb_reading(doc_norm, norm_offset(offsets, m.start), norm_offset(offsets, m.end), _mention_norm(m), gaz)
                or _behind_article(doc_norm, norm_offset(offsets, m.start), _mention_norm(m))):
            verbs.add(idx)
            results[idx] = (None, None, [])
            continue
        ctx = _context(idx, m, places, sent_of, cues, {}, doc_norm, offsets, gaz)
        ctx.page_admin1 = page_admin1
        ctx.countries = _with_countries(ctx, _countries(idx, sent_of, state_countries, {}, places, people_of))
        contexts[idx] = ctx
        results[idx] = geocode_mention(_mention_norm(m), ctx, gaz)
    resolved = {i: r[0] for i, r in results.items() if r[0] is not None and not r[2]}
    for idx, m in enumerate(places):
        place, _prec, alts = results[idx]
        if (place is not None and not alts) or idx in verbs:
            continue
        # speed: only the anchors depend on what pass 1 resolved; the rest of the mention's context
        # (cues around it, the place named after it) is pass 1's, read again from its copy
        first = contexts[idx]
        ctx = dataclasses.replace(first, admin1=set(first.admin1), anchors=_anchors(idx, sent_of, resolved, gaz),
                                  countries={})
        ctx.countries = _with_countries(ctx, _countries(idx, sent_of, state_countries, resolved, places, people_of))
        if ctx.countries and _holds_foreign_cue_word(_mention_norm(m), gaz):
            ctx.cue_countries = _near_countries(idx, places, resolved, state_spots, sentences[sent_of[idx]],
                                                doc_norm, offsets, gaz)
        if ctx.anchors or ctx.countries:
            contexts[idx] = ctx
            results[idx] = geocode_mention(_mention_norm(m), ctx, gaz)
    _bare_capital(analysis, places, results, sent_of, sentences, gaz)
    _imported_abroad(places, results, sent_of, cues, state_countries, resolved, gaz)
    ruled = _ruled_out_namesakes(places, results, contexts, sent_of, resolved, gaz)
    _told_side_sense(places, results, contexts, gaz)
    _one_sense_per_page(places, results, gaz, ruled)
    _supported_sense(places, results, contexts, sent_of, resolved, gaz, ruled)
    by_mates = _mates_governorate(places, results, contexts, sent_of, resolved, gaz, ruled)
    by_mates |= _article_twin(places, results, contexts, sent_of, resolved, gaz, ruled)
    named_in: dict[int, set[str]] = {si: set(ccs) for si, ccs in people_of.items()}
    for m in analysis.mentions:
        ent = analysis.entities.get(m.entity_id or "") if m.type in ("STATE", "STATE_FORCES") else None
        si = sentence_at(m.start) if ent is not None and ent.country else None
        if si is not None:
            named_in.setdefault(si, set()).add(ent.country)  # type: ignore[union-attr]
    _border_twins(analysis, places, results, sent_of, sentence_at, sentences, named_in, gaz)
    _off_country_names(places, results, sent_of, named_in, gaz)
    placed = {j: r[0] for j, r in results.items() if r[0] is not None}     # (namesakes chosen by context too)
    for idx in range(len(places)):
        place, _prec, alts = results[idx]
        if place is not None and _generic_district(idx, places[idx], place, sent_of, placed, gaz):
            # "مبنى سوق الهال الجديد" in a report on al-Bab: not Aleppo city's district of that name
            results[idx] = (None, None, [place.id] + [a for a in alts if a != place.id])
        elif place is not None and _dual_noun(idx, places[idx], place, contexts.get(idx), sent_of, placed, gaz):
            # "محاولة للتقدم إلى القريتين" after "جبهتي أبو دالي والمشيرفة": the two villages just named
            results[idx] = (None, None, [place.id] + [a for a in alts if a != place.id])
        elif place is not None and _behind_name_prefix(places[idx], text, gaz):
            # "سيطر على تل أسادي وتل الريحان": the hill "تل الريحان", which the gazetteer lacks, not
            # the town "الريحان"
            results[idx] = (None, None, [place.id] + [a for a in alts if a != place.id])
        elif place is not None and (city := _listed_district_city(idx, places, place, placed, doc_norm, offsets, gaz)):
            # "قصف أحياء درعا البلد والمنشية": a district of the city the list opened with, not a
            # namesake town across the border; one of the name in that city, else none
            inside = [c for a in alts if (c := gaz.get(a)) is not None and _district_of(c, city)]
            keep = inside[0] if len(inside) == 1 else None
            results[idx] = ((keep, _precision(keep, gaz), [a for a in [place.id, *alts] if a != keep.id])
                            if keep is not None else (None, None, [place.id] + [a for a in alts if a != place.id]))
        elif place is not None and _river_bank(places[idx], doc_norm, offsets):
            # "من الضفة الغربية لنهر الفرات في دير الزور": a river's bank, not the West Bank
            results[idx] = (None, None, [place.id] + [a for a in alts if a != place.id])
        elif place is not None and _foreign_neighbourhood(idx, place, alts, sent_of, resolved, gaz):
            results[idx] = (None, None, [place.id] + [a for a in alts if a != place.id])
        elif place is not None and idx not in by_mates and (_lone_village(idx, place, sent_of, resolved, gaz)
                                    or _bare_listed_village(idx, places[idx], place, sent_of, cues, resolved,
                                                            doc_norm, offsets, gaz)):
            results[idx] = (None, None, [place.id] + [a for a in alts if a != place.id])
    _stray_namesakes(places, results, sent_of, state_countries, people_of, named_in, gaz)
    _head_namesakes(places, results, contexts, sent_of, named_in, verbs | ruled, text, gaz)
    _dual_countryside(places, results, verbs, doc_norm, offsets, gaz)
    _elided_countryside(places, results, verbs, doc_norm, offsets, gaz)
    _tagged_countryside(places, results, verbs, text, doc_norm, offsets, gaz)
    _prefixed_variants(analysis, places, results, verbs, contexts, text, gaz)
    if verbs:     # a verb is no place mention at all
        drop = {id(places[i]) for i in verbs}
        analysis.mentions = [m for m in analysis.mentions if id(m) not in drop]
    for idx, m in enumerate(places):
        if idx in verbs:
            continue
        place, prec, alts = results[idx]
        m.candidates = [a for a in alts if place is None or a != place.id]
        if place is None:
            m.entity_id = None
            m.geo_precision = None
            continue
        m.entity_id = place.id
        m.geo_precision = prec
        if place.id not in analysis.entities:
            ent = copy.copy(place)
            ent.aliases = list(place.aliases)
            ent.links = {k: list(v) for k, v in place.links.items()}
            analysis.entities[place.id] = ent


# a bank noun opening a name and a river word after it (place_words.yaml bank_nouns, river_complements)
_BANK_NOUNS = frozenset(word_list("place_words.yaml", "bank_nouns"))
_RIVER_WORDS = frozenset(word_list("place_words.yaml", "river_complements"))


def _river_bank(m: Mention, doc_norm: str, offsets: list[int]) -> bool:
    """The mention is a river's bank ("الضفة الغربية لنهر الفرات", "الضفة الغربية من النهر"): its
    first word is a bank noun and the next word (read through "من") names a river or canal."""
    norm = _mention_norm(m)
    if not any(b in norm for b in _BANK_NOUNS):
        return False        # (speed: a bank noun, with or without its proclitics, is in the name's first word)
    words = norm.split()
    if not words or strip_proclitics(words[0]) not in _BANK_NOUNS and words[0] not in _BANK_NOUNS:
        return False
    after = _PUNCT.sub(" ", doc_norm[norm_offset(offsets, m.end):norm_offset(offsets, m.end) + 40]).split()
    if after and after[0] == "من":
        after = after[1:]
    return bool(after) and after[0] in _RIVER_WORDS


CAPITAL_KEY = normalize("العاصمة")
BARE_CAPITAL_REACH = 200      # characters before "the capital" searched for its country (entities._bare_capitals)


def _bare_capital(analysis: Analysis, places: list[Mention],
                  results: dict[int, tuple[Entity | None, int | None, list[str]]], sent_of: dict[int, int],
                  sentences: list[Any], gaz: Gazetteer) -> None:
    """"The capital" alone ("وقفة أمام مقرها بالعاصمة ,") is the capital of the country its sentence named
    last before it, as a state ("أكبر حزب إسلامي في الجزائر )") or a country place; none named: no place."""
    for idx, m in enumerate(places):
        if _clean(_mention_norm(m)) != CAPITAL_KEY or (si := sent_of.get(idx)) is None:
            continue
        lo = max(sentences[si].start, m.start - BARE_CAPITAL_REACH)
        named = [(s.start, ent.country) for s in analysis.mentions
                 if s.type == "STATE" and lo <= s.start < m.start
                 and (ent := analysis.entities.get(s.entity_id or "")) is not None and ent.country]
        named += [(places[j].start, p.country) for j, (p, _prec, _alts) in results.items()
                  if p is not None and p.level == "country" and p.country and lo <= places[j].start < m.start]
        if not named:
            continue
        capital = gaz.get(gaz.capital_of.get(max(named)[1] or "", ""))
        if capital is not None:
            results[idx] = (capital, _precision(capital, gaz), [])


DUAL_COUNTRYSIDE = "ريفي"      # normalised "ريفي": the dual "the two countrysides of"


def _dual_countryside(places: list[Mention], results: dict[int, tuple[Entity | None, int | None, list[str]]],
                      skip: set[int], doc_norm: str, offsets: list[int], gaz: Gazetteer) -> None:
    """"في ريفي حمص وإدلب", "من ريفي حلب واللاذقية": the dual noun stands before the first name and
    governs both, but the names alone were read as the cities. Each is the countryside "ريف X" (the
    governorate's countryside region, else the area around town X)."""
    dual = False        # the mention before was the first of a "ريفي X و Y" pair
    prev_end = -1
    for idx, m in enumerate(places):
        ns, ne = norm_offset(offsets, m.start), norm_offset(offsets, m.end)
        head = doc_norm[max(0, ns - 12):ns]
        words = head.split()
        first = bool(words) and head[-1:].isspace() and words[-1] == DUAL_COUNTRYSIDE
        second = dual and prev_end >= 0 and doc_norm[prev_end:ns].strip() in ("و", "")
        dual = first
        prev_end = ne
        if not (first or second) or idx in skip or results[idx][0] is None:
            continue
        if results[idx][0].level not in ("town", "admin1"):
            continue
        place, prec, alts = geocode_mention("ريف " + _mention_norm(m), GeoContext(), gaz)
        if place is not None and first and (side := _sides_after(doc_norm, ne)):
            # "في قرى ريفي حماة الشمالي وادلب الجنوبي الشرقي": the first name's own side
            place, prec, alts = geocode_mention(f"ريف {_mention_norm(m)} {side}", GeoContext(), gaz)
        if place is not None:
            results[idx] = (place, prec, alts)


def _sides_after(doc_norm: str, end: int) -> str:
    """The direction adjectives right after a name ("الشمالي", "الجنوبي الشرقي"; two at most), or "":
    also "" when another side follows with "و" ("ريفي حلب الشمالي والشرقي", "ريفي إدلب الجنوبي والجنوبي
    الشرقي": the dual names two sides of one countryside, the whole countryside is the place)."""
    if not doc_norm[end:end + 1].isspace():
        return ""
    words = doc_norm[end:end + 40].split()[:3]
    n = 0
    while n < min(2, len(words)) and words[n] in _ADJ_DIRECTION:
        n += 1
    if n < len(words) and words[n].startswith("و") and words[n][1:] in _ADJ_DIRECTION:
        return ""
    return " ".join(words[:n])


COUNTRYSIDE_PREFIX = "rasd:rif-"     # the ids of the governorates' countryside regions (gazetteer._add_countryside)
# a countryside word and a hashtag mark right before a name ("بريف # درعا الشرقي"; normalised)
_TAGGED_COUNTRYSIDE = re.compile(r"(?:^|\s)(?:و|ف)?(?:ب|في\s+|من\s+|ل)?(?:" + "|".join(COUNTRYSIDE_WORDS) + r")\s*#\s*$")


def _tagged_countryside(places: list[Mention], results: dict[int, tuple[Entity | None, int | None, list[str]]],
                        skip: set[int], text: str, doc_norm: str, offsets: list[int], gaz: Gazetteer) -> None:
    """"إلى بلدة # الغارية بريف # درعا الشرقي": a hashtag mark split the countryside phrase, and the
    governorate's name alone was read as its city. It is the countryside "ريف X [side]" (the
    governorate's countryside region), as the phrase without the mark reads."""
    if HASHTAG not in text:
        return
    for idx, m in enumerate(places):
        place = results[idx][0]
        if idx in skip or place is None or place.level not in ("town", "admin1") \
                or not _TAGGED_COUNTRYSIDE.search(normalize(text[max(0, m.start - 16):m.start])):
            continue
        name = _mention_norm(m)
        if not gaz.admin1_for(name):
            continue
        side = _sides_after(doc_norm, norm_offset(offsets, m.end))
        found, prec, alts = geocode_mention(f"ريف {name} {side}".strip(), GeoContext(), gaz)
        if found is not None and found.id.startswith(COUNTRYSIDE_PREFIX):
            results[idx] = (found, prec, alts)


# first words of place names ("كفر", "تل", "عين"): place_words.yaml
_NAME_PREFIXES = frozenset(word_list("place_words.yaml", "place_name_prefixes"))
# a word of Arabic letters right before / after a mention, one space apart (the prefix and the name's second word)
_WORD_BEFORE = re.compile(r"(?<![\u0621-\u064A])([\u0621-\u064A]+) $")
_WORD_AFTER = re.compile(r" ([\u0621-\u064A]+)")


def _prefixed_variants(analysis: Analysis, places: list[Mention],
                       results: dict[int, tuple[Entity | None, int | None, list[str]]], skip: set[int],
                       contexts: dict[int, GeoContext], text: str, gaz: Gazetteer) -> None:
    """"مدينة كفر باطنة بالغوطة الشرقية", "يضرب كفر نابل جنوبي إدلب": a two-word name opening with a place-name
    prefix ("كفر", "تل", "عين") spelt otherwise than the gazetteer (a long vowel more, a final letter) was
    found as its prefix or its second word alone, which no place resolves. The two words are the name: the
    one place of that spelling variant in the governorate the sentence names (_cued_variant) is the mention's
    place, and the mention grows to hold both words (an item's own town, not its governorate)."""
    taken = [(m.start, m.end) for m in analysis.mentions]
    for idx, m in enumerate(places):
        if idx in skip or results[idx][0] is not None or idx not in contexts:
            continue
        own = normalize(m.surface)
        if own in _NAME_PREFIXES and " " not in own:
            after = _WORD_AFTER.match(text, m.end)
            if after is None:
                continue
            start, end = m.start, after.end()
        elif " " not in own and (before := _WORD_BEFORE.search(text, max(0, m.start - 12), m.start)) is not None \
                and normalize(before.group(1)) in _NAME_PREFIXES:
            start, end = before.start(1), m.end
        else:
            continue
        if any(s < end and e > start and (s, e) != (m.start, m.end) for s, e in taken):
            continue    # the other word is another mention's
        name = normalize(text[start:end])
        ctx = contexts[idx]
        if (after_place := _placed_right_after(places, results, idx, end)) is not None:
            # "كفر باطنة بالغوطة الشرقية": the place named right after the name gives its governorate (rather
            # than the sentence's, which may be another item's on a feed page)
            ctx = dataclasses.replace(ctx, admin1={after_place.admin1})
        place = _cued_variant(name, ctx, gaz)
        if place is None or place.country != ctx.country:
            continue
        m.start, m.end, m.surface, m.norm = start, end, text[start:end], name
        results[idx] = (place, _precision(place, gaz), [])


# the prefixes that make a name of their own with the word after them ("تل الريحان" is no "الريحان")
_OWN_NAME_PREFIXES = frozenset(word_list("place_words.yaml", "own_name_prefixes"))


def _behind_name_prefix(m: Mention, text: str, gaz: Gazetteer) -> bool:
    """A one-word name right behind a name prefix ("تل", "عين", "كفر") that is no other mention's: the
    two words name another place, one the gazetteer lacks (a name it knows is matched whole)."""
    own = normalize(m.surface)
    if " " in own or own in _NAME_PREFIXES:
        return False
    before = _WORD_BEFORE.search(text, max(0, m.start - 12), m.start)
    word = normalize(before.group(1)) if before is not None else ""
    if word[:1] in ("و", "ف") and word[1:] in _OWN_NAME_PREFIXES:
        word = word[1:]           # "وتل الريحان"
    if before is None or word not in _OWN_NAME_PREFIXES:
        return False
    return not gaz.candidates(normalize(text[before.start(1):m.end]))


PLACED_AFTER_CHARS = 16     # characters from a name to the place that locates it ("X بالغوطة الشرقية", "X جنوبي إدلب")


def _placed_right_after(places: list[Mention], results: dict[int, tuple[Entity | None, int | None, list[str]]],
                        idx: int, end: int) -> Entity | None:
    """The resolved place of the home country whose mention starts within PLACED_AFTER_CHARS after ``end`` (the
    next place mention after mention ``idx``), when it has a governorate."""
    for j in range(idx + 1, len(places)):
        if places[j].start < end:
            continue
        if places[j].start - end > PLACED_AFTER_CHARS:
            return None
        place = results[j][0]
        return place if place is not None and place.admin1 and not results[j][2] else None
    return None


def _elided_countryside(places: list[Mention], results: dict[int, tuple[Entity | None, int | None, list[str]]],
                        skip: set[int], doc_norm: str, offsets: list[int], gaz: Gazetteer) -> None:
    """"على ريف إدلب الجنوبي وحماة الشمالي": after a countryside and "و", a governorate's name with a
    direction adjective of its own (masculine, agreeing with the "ريف" left out, not with the feminine
    city) is that governorate's countryside too, not its city: read as "ريف حماة الشمالي"."""
    prev: tuple[int, Entity | None] = (-1, None)
    for idx, m in enumerate(places):
        ns, ne = norm_offset(offsets, m.start), norm_offset(offsets, m.end)
        before, last = prev
        prev = (ne, results[idx][0])
        # (the countryside before may end on its own side: "ريفي حماة الشمالي وادلب الجنوبي الشرقي")
        between = doc_norm[before:ns].split() if before >= 0 else []
        if (idx in skip or last is None or not last.id.startswith(COUNTRYSIDE_PREFIX)
                or not between or between[-1] != "و" or not all(w in _ADJ_DIRECTION for w in between[:-1])
                or results[idx][0] is None or results[idx][0].level not in ("town", "admin1")):
            continue
        side = _sides_after(doc_norm, ne)
        name = _mention_norm(m)
        if not side or not gaz.admin1_for(name):
            continue
        place, prec, alts = geocode_mention(f"ريف {name} {side}", GeoContext(), gaz)
        if place is not None and place.id.startswith(COUNTRYSIDE_PREFIX):
            results[idx] = (place, prec, alts)
            prev = (ne, place)


@lru_cache(maxsize=1)
def _outside_data() -> dict[str, Any]:
    """outside_words.yaml, read once for every list of it."""
    return read_yaml(DATA_DIR / "outside_words.yaml") or {}   # errors name the file and line


@lru_cache(maxsize=1)
def _outside_lists() -> tuple[frozenset[str], frozenset[str], frozenset[str], int]:
    """outside_words.yaml: (words of nearness, type words, words of a part of the town, their reach)."""
    data = _outside_data()
    return (frozenset(normalize(w) for w in data.get("near_words") or ()),
            frozenset(normalize(w) for w in data.get("type_words") or ()),
            frozenset(normalize(w) for w in data.get("part_of_words") or ()),
            int(data.get("part_of_reach") or 0))


OUTSIDE_REACH = 40      # characters before a name searched for the words that put it outside
# only within the name's own sentence or line: a direction ending the item before ("... شمال.\nإدلب :")
# is not said of the name that opens the next one
_SENTENCE_END = re.compile(r"[.!?؟:\n]")


def told_outside(text: str, start: int) -> bool:
    """The town named at `start` stands after a direction or a word of nearness that the place
    mention leaves out ("اشتباكات جنوب مدينة مارع", "نقطة تفتيش شمال العاصمة العراقية بغداد", "إلى
    الجنوب من كركوك", "قرب دمشق"): a happening told there was near the town, not in it (ACLED's
    geo_precision 2, the same the geocoder gives when the mention holds the direction, "شمال حماة")."""
    if start <= 0 or text[start - 1:start].strip():
        return False        # the mention starts inside a word (a proclitic kept outside it)
    before = _SENTENCE_END.split(text[max(0, start - OUTSIDE_REACH):start])[-1]
    words = _PUNCT.sub(" ", normalize(before)).split()
    return _outside_words(words)


def _outside_words(words: list[str]) -> bool:
    """The words before a name (normalised, in order) end in a direction or a word of nearness."""
    return _outside_start(words) is not None


def _outside_start(words: list[str]) -> int | None:
    """Where the direction or word of nearness that ends `words` (before the type words of the name
    after it) starts, its "إلى" included ("إلى الجنوب من"); None when the words do not end in one."""
    type_words = _outside_lists()[1]
    n = len(words)
    hops = 0
    while n and hops < 2:
        if words[n - 1] in type_words:
            n -= 1
        elif n >= 2 and words[n - 2] in type_words and words[n - 1].startswith("ال") and words[n - 1].endswith("يه"):
            n -= 2      # "العاصمة العراقية": the type word and its nisba
        else:
            break
        hops += 1
    if n >= 2 and words[n - 1] == "من":
        n -= 1      # "إلى الجنوب من كركوك", "إلى الجنوب الغربي من حلب", "بالقرب من دمشق"
        if _near_word(words[n - 1]):
            return n - 1
        if n >= 2 and _direction_noun(words[n - 2]) and words[n - 1].startswith("ال") \
                and words[n - 1][2:] in DIRECTION_WORDS:
            n -= 1  # "الجنوب الغربي"
        # ("الجانب الشرقي من الرقة", "الجزء الشرقي من مدينة حلب": an adjective names a part of the town)
        if not _direction_noun(words[n - 1]) or _part_of(words[:n - 1]):
            return None
        return n - 2 if n >= 2 and words[n - 2] in _TO_WORDS else n - 1
    if not n:
        return None
    if _near_word(words[n - 1]):
        if n >= 2 and _direction_word(words[n - 2]) and not _part_of(words[:n - 2]):
            # "قرية طمانه شرق مشارف خان شيخون", "جنوب أطراف مدينة X": a side of the town's outskirts, the
            # compound starts at its direction (a compound direction before it: "شمال شرق أطراف")
            k = n - 2
            return k - 1 if k and _direction_word(words[k - 1]) else k
        return n - 1
    if _direction_word(words[n - 1]):
        k = n - 1
        if k and _direction_word(words[k - 1]):
            k -= 1      # "شمال شرق", "جنوب - غربي" (a compound direction)
        elif k >= 2 and words[k - 1] == "-" and _direction_word(words[k - 2]):
            k -= 2
        return None if _part_of(words[:k]) else k
    return None


_TO_WORDS = frozenset(normalize(w) for w in word_list("function_words.yaml", "to_preposition"))
# "X الواقعة جنوب Y": the word between a place and the direction of its reference point
_LANDMARK_LINKS = frozenset(normalize(w) for w in word_list("event_words.yaml", "landmark_links"))
NAMED_REACH = 90        # characters before the reference town searched for the place it locates
NAMED_MAX_WORDS = 3     # words of the name between its settlement noun and the direction
# words a place's name does not hold: prepositions and relatives ("رأس النبع على ...", "التي")
_NOT_NAME = frozenset(normalize(w) for w in word_list("function_words.yaml", "non_subject_prepositions")
                      + word_list("function_words.yaml", "conjunct_stops"))
_WORD = re.compile(r"[^\s\"'«»()\[\]{}.,:;!?،؛؟…]+")


@lru_cache(maxsize=1)
def _named_nouns() -> frozenset[str]:
    """outside_words.yaml `named_place_nouns` and `front_nouns`: the settlement and front nouns that open
    a place's name."""
    data = _outside_data()
    return frozenset(normalize(w) for w in [*(data.get("named_place_nouns") or ()), *(data.get("front_nouns") or ())])


@lru_cache(maxsize=1)
def _zone_kinds() -> frozenset[str]:
    """outside_words.yaml `zone_kind_words` and `front_group_words`: words after "منطقة" that name a kind of
    zone, after "جبهة" a group ("جبهة النصرة"), not a place."""
    data = _outside_data()
    return frozenset(normalize(w) for w in [*(data.get("zone_kind_words") or ()), *(data.get("front_group_words") or ())])


def _settlement_noun(w: str) -> bool:
    """"بلدة", "وبلدة", "بمنطقة", "لقرية": a settlement noun with a conjunction or a preposition before it."""
    nouns = _named_nouns()
    return any(w.startswith(c) and w[len(c):] in nouns for c in ("", "و", "ف", "ب", "وب", "ل", "لل"))


def named_before_outside(text: str, start: int) -> tuple[int, int] | None:
    """The span of the place a settlement noun names right before the direction or the word of nearness
    that locates it by the town at `start` ("بلدة تل عبطة جنوب تلعفر", "منطقة " الجحشي " جنوب صنعاء",
    "بلدة معر شورين بالقرب من مدينة إدلب", "ناحية الطيبة , شمال مدينة السلمية"): the happening told there
    was at that place, which the town only locates. None when no such name stands there."""
    if start <= 0 or text[start - 1:start].strip():
        return None
    lo = max(0, start - NAMED_REACH)
    before = text[lo:start]
    cut = [m.end() for m in _SENTENCE_END.finditer(before)]
    base = lo + (cut[-1] if cut else 0)
    toks = [(m.start(), m.end(), normalize(m.group())) for m in _WORD.finditer(text, base, start)]
    k = _outside_start([t[2] for t in toks])
    if k is None or toks[k][2][:1] in ("و", "ف"):
        return None     # "في الجهة الشرقية من قرية الصبحة وأطراف قرية الدحلة": a list of two places
    j = k - 1
    if j >= 0 and toks[j][2] in _LANDMARK_LINKS:
        j -= 1      # "بلدة خان شيخون الواقعة جنوب مدينة إدلب"
    near, _types, part_of, _reach = _outside_lists()
    t = j
    while t >= 0 and j - t < NAMED_MAX_WORDS and not _settlement_noun(toks[t][2]):
        w = toks[t][2]
        if (not w.isalpha() or w.startswith(("بال", "لل")) or w in part_of or w in _TO_WORDS or w in _NOT_NAME or w in DIRECTION_WORDS or _near_word(w)
                or len(w) < 2 or (w.startswith("و") and w != "وادي")):
            # not a name: a preposition, a number, a list's "و" item ("قرى X وY"), a phrase with a
            # preposition ("بلدة X بالمدفعية الثقيلة شمال حلب")
            return None
        t -= 1
    if t < 0 or t == j or not _settlement_noun(toks[t][2]) or toks[t + 1][2] in _zone_kinds():
        return None     # "منطقة تخفيف التوتر": a kind of zone, no place's name
    return toks[t + 1][0], toks[j][1]


def outside_phrase_start(text: str, start: int) -> int | None:
    """Where the direction or the word of nearness that puts the town at `start` outside begins ("قرب"
    of "الغوطة الشرقية المحاصرة قرب دمشق", "إلى" of "إلى الجنوب من كركوك"); None when told_outside
    reads no such phrase."""
    if start <= 0 or text[start - 1:start].strip():
        return None
    lo = max(0, start - OUTSIDE_REACH)
    cut = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
    toks = [(m.start(), normalize(m.group())) for m in _WORD.finditer(text, cut[-1] if cut else lo, start)]
    k = _outside_start([t[1] for t in toks])
    return None if k is None else toks[k][0]


def _near_word(w: str) -> bool:
    """"قرب", "وبالقرب", "بمحيط", "وأطراف": a word of nearness, with a conjunction or "ب" before it."""
    near = _outside_lists()[0]
    return any(w.startswith(c) and w[len(c):] in near for c in ("", "و", "ف", "ب", "وب"))


def _direction_word(w: str) -> bool:
    """"شمال", "وغربي": a direction word, with a conjunction before it (not "بشمال": a part, see _part_of)."""
    return any(w.startswith(c) and w[len(c):] in DIRECTION_WORDS for c in ("", "و", "ف"))


def _direction_noun(w: str) -> bool:
    """"الجنوب", "الشمال": the noun of a direction with the article (not its adjective "الشمالي")."""
    return w.startswith("ال") and w[2:] in DIRECTION_WORDS and not w.endswith("ي")


def _part_of(before: list[str]) -> bool:
    """The words before a direction make it a part of the town named after it, not its outside."""
    _near, _types, part_of, reach = _outside_lists()
    if before and (before[-1] in part_of or before[-1][:1] in "وف" and before[-1][1:] in part_of):
        return True     # "في شرق حلب", "وفي جنوب العاصمة دمشق"
    # a neighbourhood or a side a few words before ("حي " القصاع " شرق", "بأحد أحياء جنوب")
    return any(w != "في" and (w in part_of or strip_proclitics(w) in part_of) for w in before[-reach:])


def _told_side_sense(places: list[Mention], results: dict[int, tuple[Entity | None, int | None, list[str]]],
                     contexts: dict[int, GeoContext], gaz: Gazetteer) -> None:
    """The page names a place again in the same words with no side told ("في قرية الدانا شمال إدلبكان",
    a feed's glued item) after telling its side of the governorate once ("قرية الدانا شمال ريف إدلب"): the
    same place, not the whole-surface namesake on the other side (geocode_mention, step 1)."""
    told: dict[str, set[str]] = {}
    for idx, m in enumerate(places):
        ctx, place = contexts.get(idx), results[idx][0]
        if (place is not None and ctx is not None and ctx.located is not None and ctx.located.admin1
                and ctx.located.bearing and ctx.located.holds(place, gaz)):
            told.setdefault(_clean(_mention_norm(m)), set()).add(place.id)
    for idx, m in enumerate(places):
        ctx, (place, _prec, alts) = contexts.get(idx), results[idx]
        ids = told.get(_clean(_mention_norm(m)))
        if (not ids or len(ids) != 1 or place is None or place.id in ids
                or (ctx is not None and ctx.located is not None and ctx.located.bearing)):
            continue
        chosen = gaz.get(next(iter(ids)))
        if chosen is not None and chosen.admin1 == place.admin1 and chosen.country == place.country:
            results[idx] = (chosen, _precision(chosen, gaz), [place.id] + [a for a in alts if a != chosen.id])


def _one_sense_per_page(places: list[Mention], results: dict[int, tuple[Entity | None, int | None, list[str]]],
                        gaz: Gazetteer, ruled: set[int] | None = None) -> None:
    """A name left ambiguous where the page names it again in the same words and resolved it
    there ("مدينة مشهد الإيرانية" ... "في مدينة مشهد شمال شرقي إيران"): the same place. The
    imported village lists make such namesake ties common."""
    ruled = ruled or set()     # mentions whose text rules every namesake out: no sense given or taken
    senses: dict[str, set[str]] = {}
    for idx, m in enumerate(places):
        place = results[idx][0]
        if place is not None and idx not in ruled:
            senses.setdefault(_clean(_mention_norm(m)), set()).add(place.id)
    if not senses:
        return
    for idx, m in enumerate(places):
        place, _prec, alts = results[idx]
        if place is not None or not alts or idx in ruled:
            continue
        ids = senses.get(_clean(_mention_norm(m)))
        if ids and len(ids) == 1 and (pid := next(iter(ids))) in alts:
            chosen = gaz.get(pid)
            if chosen is not None:
                results[idx] = (chosen, _precision(chosen, gaz), [a for a in alts if a != pid])


def _resolved_by_sentence(resolved: dict[int, Entity], sent_of: dict[int, int]) -> dict[int, list[tuple[int, Entity]]]:
    """The resolved places of each sentence (index, place), in ``resolved``'s order. Speed: a
    mention's own sentence is read without a pass over every resolved place of the page."""
    out: dict[int, list[tuple[int, Entity]]] = {}
    for j, p in resolved.items():
        sj = sent_of.get(j)
        if sj is not None:
            out.setdefault(sj, []).append((j, p))
    return out


def _own_support(idx: int, place: Entity, ctx: GeoContext, sent_of: dict[int, int],
                 by_sentence: dict[int, list[tuple[int, Entity]]], gaz: Gazetteer, reach_km: float) -> bool:
    """The mention's own sentence supports ``place``: its governorate named with a cue, the place
    named right after it holding it, or another town resolved within ``reach_km`` of it
    (``by_sentence``: the resolved places per sentence, _resolved_by_sentence)."""
    if ctx.admin1 and _in_governorates(place, ctx.admin1, gaz):
        return True
    if ctx.located is not None and ctx.located.holds(place, gaz):
        return True
    si = sent_of.get(idx)
    return place.lat is not None and si is not None and any(
        j != idx and p.id != place.id and p.lat is not None
        and p.level in ("town", "neighbourhood", "facility")
        and haversine_km(place.lat, place.lon, p.lat, p.lon) < reach_km  # type: ignore[arg-type]
        for j, p in by_sentence.get(si, ()))


def _supported_sense(places: list[Mention], results: dict[int, tuple[Entity | None, int | None, list[str]]],
                     contexts: dict[int, GeoContext], sent_of: dict[int, int], resolved: dict[int, Entity],
                     gaz: Gazetteer, ruled: set[int]) -> None:
    """A page names one place by one name: where one mention's own sentence supports its pick and
    another mention of the same name took a namesake on rank alone ("قرى الرشادية , رملة , حجارة"
    -> Ramla, Israel, on a page whose "منطقتي رملة وبرج سبنة" is the south Aleppo village), the
    latter is the supported one when it is among the name's namesakes (a list village the bare
    name did not reach alone)."""
    supported: dict[str, set[str]] = {}
    by_sentence = _resolved_by_sentence(resolved, sent_of)
    for idx, m in enumerate(places):
        place = results[idx][0]
        ctx = contexts.get(idx)
        if place is None or ctx is None or idx in ruled or place.level not in ("town", "neighbourhood"):
            continue
        if _own_support(idx, place, ctx, sent_of, by_sentence, gaz, ANCHOR_NEAR_KM):
            supported.setdefault(_clean(_mention_norm(m)), set()).add(place.id)
    for idx, m in enumerate(places):
        place, _prec, alts = results[idx]
        ids = supported.get(_clean(_mention_norm(m)))
        ctx = contexts.get(idx)
        if place is None or ctx is None or idx in ruled or not ids or len(ids) != 1 or place.id in ids:
            continue
        pid = next(iter(ids))
        name = _clean(_mention_norm(m))
        if (pid not in alts and pid not in {c.id for c in gaz.candidates(name)}) or _own_support(
                idx, place, ctx, sent_of, by_sentence, gaz, ANCHOR_NEAR_KM):
            continue
        chosen = gaz.get(pid)
        if chosen is not None:
            results[idx] = (chosen, _precision(chosen, gaz), [place.id] + [a for a in alts if a != pid])


def _mates_governorate(places: list[Mention], results: dict[int, tuple[Entity | None, int | None, list[str]]],
                       contexts: dict[int, GeoContext], sent_of: dict[int, int], resolved: dict[int, Entity],
                       gaz: Gazetteer, ruled: set[int]) -> set[int]:
    """A name taken on rank alone (a GeoNames town over the list villages of its name, a place abroad)
    whose sentence names other Syrian towns, none near it nor in its governorate, while exactly one
    namesake lies in their governorates: that namesake ("غارات جوية على مسعدة وأم الريش ... بمدينة
    مورك" among Hama's villages is east Hama's Mas'ada, not Mas'ade of the Golan). The places named
    with a name tell its governorate as a cue word would; a city stands for itself, and a governorate
    or a place the text names next to it has already decided, and so has a namesake that another mention
    of the name took where its own sentence supports it. Returns the mentions so placed (their governorate is their support:
    the tests of a list village's support pass them)."""
    chosen_here: set[int] = set()
    by_sentence = _resolved_by_sentence(resolved, sent_of)
    # the page's own senses of each name: a namesake another mention's sentence supports stands (one
    # sense per page)
    senses: dict[str, set[str]] = {}
    for j, m in enumerate(places):
        if (p := results[j][0]) is not None and (cj := contexts.get(j)) is not None \
                and _own_support(j, p, cj, sent_of, by_sentence, gaz, ANCHOR_NEAR_KM):
            senses.setdefault(_clean(_mention_norm(m)), set()).add(p.id)
    for idx, m in enumerate(places):
        place, _prec, alts = results[idx]
        ctx = contexts.get(idx)
        si = sent_of.get(idx)
        if (place is None or ctx is None or si is None or idx in ruled or ctx.admin1 or ctx.located is not None
                or place.lat is None or place.level not in ("town", "neighbourhood")
                or gaz.rank.get(place.id, 0.0) >= RANK_CITY):
            continue
        name = _clean(_mention_norm(m))
        mates = [p for j, p in by_sentence.get(si, ()) if j != idx and p.id != place.id and p.country == HOME_COUNTRY
                 and p.admin1 and p.lat is not None and p.level in ("town", "neighbourhood", "facility")
                 and _clean(_mention_norm(places[j])) != name]
        if not mates:
            continue
        govs = {p.admin1 for p in mates}
        if place.admin1 in govs or any(
                haversine_km(place.lat, place.lon, p.lat, p.lon) < ANCHOR_NEAR_KM for p in mates):  # type: ignore[arg-type]
            continue
        there = [c for c in physical_places(gaz.candidates(name), gaz)
                 if c.id != place.id and c.country == HOME_COUNTRY and c.admin1 in govs]
        if len(there) == 1 and not senses.get(name, set()) - {there[0].id}:
            chosen = there[0]
            results[idx] = (chosen, _precision(chosen, gaz), [place.id] + [a for a in alts if a not in (place.id, chosen.id)])
            chosen_here.add(idx)
    return chosen_here


TWIN_KM = 10.0        # namesakes this close on two sides of a border: nearby places cannot tell them apart
TWIN_WINDOW = 2       # sentences either side read (one, then two) for the country when the mention's own names none
TWIN_PAGE_MIN = 3     # cues of one twin's country on the page (and twice the other's) that decide a bare name
_WORD_AT = re.compile(r"[^\s\"'«»()\[\]{}.,:;!?،؛؟…]+")
_BORDER_NOUNS = frozenset(word_list("place_words.yaml", "border_nouns"))
_WITH = normalize("مع")


def _article_twin(places: list[Mention], results: dict[int, tuple[Entity | None, int | None, list[str]]],
                  contexts: dict[int, GeoContext], sent_of: dict[int, int], resolved: dict[int, Entity],
                  gaz: Gazetteer, ruled: set[int]) -> set[int]:
    """A name and its form with the article added or taken away compete under the same rules: "في
    قرية الحضر الدرزية" on a page about Beit Jinn and the village "حضر" is Quneitra's Hadar, not Iraq's
    Hatra, which ``Gazetteer.candidates`` alone finds (it reads the other form only for a name with no
    place at all). The twin is taken when exactly one of its places lies near a place the page resolved
    (or in a governorate its sentence names) and the mention's own pick has no such support and is no
    city. Returns the indices changed."""
    changed: set[int] = set()
    on_page = {p.id for p in resolved.values()}
    for idx, m in enumerate(places):
        place, _prec, alts = results[idx]
        ctx = contexts.get(idx)
        if ctx is None or idx in ruled or (place is None and not alts):
            continue
        name = _clean(_mention_norm(m))
        if len(name.split()) != 1:
            continue
        twins = [c for c in physical_places(gaz.article_twins(name), gaz)
                 if c.level in ("town", "neighbourhood") and not gaz.needs_cue(name, c.id)]
        if not twins:
            continue
        own_ids = ([place.id] if place is not None else []) + list(alts)
        # the page's other places, not the mentions that took the same pick (the name's other mentions
        # support nothing: "الحضر" six times on a page about Beit Jinn)
        others = {j: p for j, p in resolved.items() if p.id not in own_ids}
        page = dataclasses.replace(ctx, anchors=_anchors(idx, sent_of, others, gaz))
        own = [gaz.get(a) for a in own_ids]
        if any(c is not None and (_supported(c, page) or gaz.rank.get(c.id, 1.0) >= RANK_CITY) for c in own):
            continue
        # the twin's support: the page resolved a mention to it, or its own sentence names its
        # governorate or a place near it (a village of a list near some town of the page is not enough)
        near = [c for c in twins if c.id in on_page or _supported(c, page, same_sentence=True)]
        if len(near) != 1:
            continue
        chosen = near[0]
        results[idx] = (chosen, _precision(chosen, gaz),
                        ([place.id] if place is not None else []) + [a for a in alts if a != chosen.id])
        changed.add(idx)
    return changed


def _across_border(text: str, pos: int) -> bool:
    """"الشريط الحدودي مع (قطاع) غزة": the cue at ``pos`` is the country on the other side of a
    border (one word, a type noun, may stand between "مع" and the name)."""
    words = _PUNCT.sub(" ", normalize(text[max(0, pos - 40):pos])).split()[-3:]
    return any(words[k] == _WITH and k > 0 and words[k - 1] in _BORDER_NOUNS for k in range(len(words) - 2, len(words))
               if k >= 0)


def _twin_pair(place: Entity | None, alts: list[str], gaz: Gazetteer) -> dict[str, Entity] | None:
    """The two candidates of a name, one per country, that lie a few km apart across a border
    (Egypt's Rafah and Gaza's), else None."""
    ids = ([place.id] if place is not None else []) + [a for a in alts if place is None or a != place.id]
    twins = [e for e in map(gaz.get, ids) if e is not None and e.lat is not None and e.country
             and e.level in ("town", "neighbourhood")]
    by_country = {e.country: e for e in reversed(twins)}      # the first listed of each country
    if len(by_country) != 2:
        return None
    a, b = by_country.values()
    if haversine_km(a.lat, a.lon, b.lat, b.lon) >= TWIN_KM:  # type: ignore[arg-type]
        return None
    return by_country  # type: ignore[return-value]


_TWIN_SEEN: dict[tuple[int, str, tuple[str, ...]], dict[str, Entity] | None] = {}


def _border_twins(analysis: Analysis, places: list[Mention],
                  results: dict[int, tuple[Entity | None, int | None, list[str]]], sent_of: dict[int, int],
                  sentence_at: Any, sentences: list[Any], named_in: dict[int, set[str]], gaz: Gazetteer) -> None:
    """A name shared by two towns a few km apart across a border (Egypt's Rafah and Gaza's): the
    anchors support both, and the better-ranked one wins by rank alone. The country the text puts
    around the mention decides. Its cues are the states and forces named, the peoples (a nisba:
    "قوات الأمن المصرية") and the resolved places and regions ("سيناء", "العريش", "قطاع غزة"). In
    the mention's sentence the cue nearest to it ("داهمت قوات الأمن المصرية بيتا في جنوب رفح كان
    فيه ... فلسطيني من غزة"); else TWIN_WINDOW sentences either side naming one of the two
    countries only; else the page, when it names one of them at least TWIN_PAGE_MIN times and
    twice as often as the other (a Sinai ticker). No cue: the choice stays as it was."""
    twins: dict[int, dict[str, Entity]] = {}
    for idx, (place, _prec, alts) in results.items():
        if not alts:
            continue
        # speed: a page names the same ambiguous names again and again, and pages come and go
        key = (id(gaz), place.id if place is not None else "", tuple(alts))
        pair = _TWIN_SEEN.get(key, False)
        if pair is False:
            if len(_TWIN_SEEN) > 50_000:
                _TWIN_SEEN.clear()
            pair = _TWIN_SEEN[key] = _twin_pair(place, alts, gaz)
        if pair is not None:
            twins[idx] = pair
    if not twins:
        return
    twin_names = {_clean(_mention_norm(places[idx])) for idx in twins}
    # (position, sentence, country) of every cue on the page (read only on pages with twins)
    cues: list[tuple[int, int, str]] = []
    for j, (p, _prec, _alts) in results.items():
        si = sent_of.get(j)
        if p is not None and p.country and si is not None and _clean(_mention_norm(places[j])) not in twin_names:
            cues.append((places[j].start, si, p.country))
    for m in analysis.mentions:
        ent = analysis.entities.get(m.entity_id or "") if m.type in ("STATE", "STATE_FORCES") else None
        si = sentence_at(m.start) if ent is not None and ent.country else None
        if si is not None:
            cues.append((m.start, si, ent.country))  # type: ignore[union-attr]
    page: dict[str, int] = {}
    for _pos, _si, cc in cues:
        page[cc] = page.get(cc, 0) + 1
    # the peoples: placed word by word in the twins' own sentences (the nearest cue), counted by
    # sentence elsewhere (named_in, which also holds the states counted above)
    own_sentences = {sent_of[idx] for idx in twins}
    for si, ccs in named_in.items():
        if si not in own_sentences:
            for cc in ccs:
                if not any(sj == si and c2 == cc for _p, sj, c2 in cues):
                    cues.append((-1, si, cc))
                    page[cc] = page.get(cc, 0) + 1
    if gaz.demonyms:
        text = analysis.doc.text
        for si in own_sentences:
            sp = sentences[si]
            for w in _WORD_AT.finditer(text, sp.start, sp.end):
                cc = _token_demonym(normalize(w.group()), gaz.demonyms, "")
                if cc:
                    cues.append((w.start(), si, cc))
                    page[cc] = page.get(cc, 0) + 1
    for idx, pair in twins.items():
        si, pos = sent_of[idx], places[idx].start
        ca, cb = pair
        other = {ca: cb, cb: ca}
        # a border with one twin's country puts the place on the other side
        own = [(abs(p - pos), other[cc] if _across_border(analysis.doc.text, p) else cc)
               for p, sj, cc in cues if sj == si and cc in pair]
        chosen: Entity | None = None
        if own:
            chosen = pair[min(own)[1]]
        else:
            # the nearest sentences first (one either side, then two): on a feed page the item's own
            # label stands next to it ("... طويل الامير برفح . / سيناء ..."), another item's country
            # further off; both countries there: the cue nearest in the text, when it is at most half
            # as far as the other country's nearest (a cue placed by sentence only tells no distance)
            near: set[str] = set()
            for window in range(1, TWIN_WINDOW + 1):
                around = [(abs(p - pos) if p >= 0 else -1,
                           other[cc] if p >= 0 and _across_border(analysis.doc.text, p) else cc)
                          for p, sj, cc in cues if abs(sj - si) <= window and cc in pair]
                near = {cc for _d, cc in around}
                if len(near) > 1 and all(d >= 0 for d, _cc in around):
                    nearest = {cc: min(d for d, c2 in around if c2 == cc) for cc in near}
                    first = min(nearest, key=lambda cc: nearest[cc])
                    if all(2 * nearest[first] <= d for cc, d in nearest.items() if cc != first):
                        near = {first}
                if near:
                    break
            if len(near) == 1:
                chosen = pair[next(iter(near))]
            elif not near:
                a, b = page.get(ca, 0), page.get(cb, 0)
                if max(a, b) >= TWIN_PAGE_MIN and max(a, b) >= 2 * min(a, b):
                    chosen = pair[ca if a > b else cb]
        if chosen is not None:
            results[idx] = (chosen, _precision(chosen, gaz), [e.id for e in pair.values() if e is not chosen])


OFF_COUNTRY_WINDOW = 2        # sentences either side whose places say which country a passage is about
OFF_COUNTRY_NAMED = 6         # sentences either side in which the country of the place must go unnamed
OFF_COUNTRY_MIN_PLACES = 2    # distinct places of one other country there that outweigh a bare name


@lru_cache(maxsize=1)
def _capitals() -> frozenset[tuple[str, str]]:
    """(country code, normalised English name) of world capitals: named in the news of any country."""
    from rasd.knowledge.gazetteer import _capital_names
    return frozenset((cc, name.casefold()) for cc, name in _capital_names())


def _stands_abroad(place: Entity) -> bool:
    """A world capital ("الطريق بين دمشق وبيروت", "اتفاق آستانة") or a town curated by hand for the
    news (towns_extra.yaml: "مكة المكرمة") is named from any country's news."""
    names = {(place.name_en or "").casefold()} | {a.casefold() for a in place.aliases}
    return (place.id.startswith("rasd:") or any(a.startswith("العاصمه ") or a.startswith("العاصمة ") for a in place.aliases)
            or any((place.country, n) in _capitals() for n in names))


def _off_country_names(places: list[Mention], results: dict[int, tuple[Entity | None, int | None, list[str]]],
                       sent_of: dict[int, int], named_in: dict[int, set[str]], gaz: Gazetteer) -> None:
    """A name resolved to a town of a country its text does not name, among places of another
    country: the place meant is a namesake of that other country the gazetteer lacks ("رملة
    وسيالة وبرج سبنة" -> Ramla, Israel; "جبل بورسعيد" over Deir ez-Zor -> Port Said; "غارات
    على مناطق بجنوب الشيخ زويد وشرق وجنوب العريش ورفح" -> Rafah, Gaza). Two readings of "not
    named": the page names the country nowhere else (no state, force, people or other place of
    it) and the sentence and the two either side name >= 2 places of one other country; or
    OFF_COUNTRY_NAMED sentences either side do not name it and the mention's own sentence names
    >= 2 places of one other country (feeds and digests name every country somewhere). Left
    unresolved with the namesake listed (issue #3), with the name's other mentions whose passage
    does not name the country either. A world capital or a curated town stands for itself
    (_stands_abroad)."""
    off: dict[str, str] = {}                 # name -> the place id ruled out
    names = [_clean(_mention_norm(m)) for m in places]
    # speed: the mentions of each sentence, so a passage is read without a pass over the whole page
    by_sentence: dict[int, list[int]] = {}
    for j in results:
        sj = sent_of.get(j)
        if sj is not None:
            by_sentence.setdefault(sj, []).append(j)

    def passage(si: int, window: int) -> Iterator[int]:
        for k in range(si - window, si + window + 1):
            yield from by_sentence.get(k, ())

    def unnamed_around(idx: int, place: Entity, name: str) -> bool:
        # the place's country goes unnamed (state, force, people, another place) within
        # OFF_COUNTRY_NAMED sentences of the mention
        si = sent_of.get(idx)
        if si is None or any(place.country in named_in.get(k, ())
                             for k in range(si - OFF_COUNTRY_NAMED, si + OFF_COUNTRY_NAMED + 1)):
            return False
        return not any((p := results[j][0]) is not None and p.country == place.country and names[j] != name
                       for j in passage(si, OFF_COUNTRY_NAMED))

    page_named = {cc for ccs in named_in.values() for cc in ccs}
    page_places: dict[str, set[str]] = {}      # country -> names of places resolved in it
    for j, (p, _prec, _alts) in results.items():
        if p is not None and p.country:
            page_places.setdefault(p.country, set()).add(names[j])

    def unnamed_on_page(place: Entity, name: str) -> bool:
        return place.country not in page_named and not (page_places.get(place.country or "", set()) - {name})

    def other_country(idx: int, place: Entity, window: int) -> bool:
        # >= OFF_COUNTRY_MIN_PLACES distinct places of one other country within ``window`` sentences
        around: dict[str, set[str]] = {}
        for j in passage(sent_of[idx], window):
            p, _prec2, alts = results[j]
            if p is None or alts or not p.country or p.country == place.country:
                continue
            around.setdefault(p.country, set()).add(p.id)
        return any(len(ids) >= OFF_COUNTRY_MIN_PLACES for ids in around.values())

    for idx in range(len(places)):
        place, _prec, _alts = results[idx]
        si = sent_of.get(idx)
        if place is None or si is None or not place.country or place.level not in ("town", "neighbourhood", "facility"):
            continue
        name = names[idx]
        if _stands_abroad(place):
            continue
        # the page never names the country, the passage is about another one; or the passage
        # (OFF_COUNTRY_NAMED sentences) does not name it and the mention's own sentence names
        # places of another country ("قصف أحياء درعا البلد والمنشية" in a report that names Jordan
        # far off)
        if ((unnamed_on_page(place, name) and other_country(idx, place, OFF_COUNTRY_WINDOW))
                or (unnamed_around(idx, place, name) and other_country(idx, place, 0))):
            off[name] = place.id
    if not off:
        return
    for idx, name in enumerate(names):
        place, _prec, alts = results[idx]
        if place is not None and off.get(name) == place.id and unnamed_around(idx, place, name):
            results[idx] = (None, None, [place.id] + [a for a in alts if a != place.id])


# countries whose dense village lists lend their names to places abroad the gazetteer lacks
# ("محافظة أبين" of a Yemen report read as Syria's village Abin, "منطقة نوا" of Helmand as Daraa's Nawa)
HOME_COUNTRY = "SY"
NAMESAKE_COUNTRIES = frozenset((HOME_COUNTRY,) + NEIGHBOURS)
PASSAGE_SENTENCES = 1      # sentences either side of a mention that make its passage
PASSAGE_MIN_PLACES = 2     # distinct places of one other country that make a passage its story
BORDER_KM = 60.0           # a town this close to them may be across the border from them
STORY_COUNTRY_MIN = 3      # states named (by sentence) + distinct places of one country that make a page its story


def _stray_namesakes(places: list[Mention], results: dict[int, tuple[Entity | None, int | None, list[str]]],
                     sent_of: dict[int, int], state_countries: dict[int, set[str]],
                     people_of: dict[int, set[str]], named_in: dict[int, set[str]], gaz: Gazetteer) -> None:
    """A town of Syria or a neighbour that is the only trace of its country where the text is
    about another country is a namesake there the gazetteer may lack. Two readings of "about":
    - the page: STORY_COUNTRY_MIN states, peoples or places of one other country, none of the
      town's country (no state, people or other place): "بمدينة الناصرية مركز محافظة ذي قار" in
      an Iraq report is Nasiriyah, Iraq, not al-Nasiriyah of Qalamoun; "محافظة أبين" in a Yemen
      report is no Syrian village Abin. Syrian news often name no country at all, so a Syrian
      town yields only to a story whose states or peoples are named that often;
    - the passage (the sentence and PASSAGE_SENTENCES either side): it names no state, force,
      people or other place of the town's country, and PASSAGE_MIN_PLACES places of one other
      country, none within BORDER_KM of the town ("من مركز ناحية ربيعة إلى قرية المحمودية" among
      Mosul's places is Rabia, Iraq, not Rabia of Latakia; a border village next to a Turkish
      town stays).
    The namesake in that country is taken when the gazetteer has it; else the name is left
    unresolved, unless it is a city (RANK_CITY) named on a page that also names a third
    country (digests name Aleppo, Gaza or Istanbul from anywhere). Forces do not make a story:
    "القوات الحكومية" reads as Syria's anywhere."""
    support: dict[str, int] = {}
    for ccs in list(state_countries.values()) + list(people_of.values()):
        for cc in ccs:
            support[cc] = support.get(cc, 0) + 1
    named = dict(support)       # by states and peoples alone
    ids: dict[str, set[str]] = {}
    for p, _prec, _alts in results.values():
        if p is not None and p.country:
            ids.setdefault(p.country, set()).add(p.id)
    for cc, found in ids.items():
        support[cc] = support.get(cc, 0) + len(found)
    by_sent: dict[int, list[int]] = {}      # speed: a passage reads its own sentences' mentions, not the page's
    for idx in range(len(places)):
        if (si := sent_of.get(idx)) is not None:
            by_sent.setdefault(si, []).append(idx)
    for idx in range(len(places)):
        place, _prec, alts = results[idx]
        si = sent_of.get(idx)
        if (place is None or place.country not in NAMESAKE_COUNTRIES or si is None
                or place.level not in ("town", "neighbourhood", "facility") or place.lat is None):
            continue
        story = _page_story(place, support, named, ids)
        city_stays = story is not None and gaz.rank.get(place.id, 0.0) >= RANK_CITY and sum(
            1 for cc, n in support.items() if n and cc != place.country) > 1
        if story is None:
            story = _passage_story(idx, place, si, results, by_sent, named_in)
            city_stays = gaz.rank.get(place.id, 0.0) >= RANK_CITY
        if story is None:
            continue
        # (a capital stays whatever the story; checked last: a town's aliases are many)
        names = {(place.name_en or "").casefold()} | {a.casefold() for a in place.aliases}
        if any((place.country, n) in _capitals() for n in names):
            continue
        there = [c for a in alts if (c := gaz.get(a)) is not None and c.country == story]
        if there:
            chosen = max(there, key=lambda c: gaz.rank.get(c.id, 0.0))
            results[idx] = (chosen, _precision(chosen, gaz), [a for a in alts if a != chosen.id] + [place.id])
        elif not city_stays:
            results[idx] = (None, None, [place.id] + [a for a in alts if a != place.id])


HEAD_MIN = 3            # resolved heads of one country, the others' all of it, that make a digest of that country


def _head_namesakes(places: list[Mention], results: dict[int, tuple[Entity | None, int | None, list[str]]],
                    contexts: dict[int, GeoContext], sent_of: dict[int, int], named_in: dict[int, set[str]],
                    skip: set[int], text: str, gaz: Gazetteer) -> None:
    """A digest's item heads ("# صيدا | تتعرض البلدة لقصف ...", "الحولة | ...") name the places of one
    country: a head taken abroad (Sidon, Lebanon, by rank) on a page whose other heads, HEAD_MIN at least,
    all lie in one country is that country's namesake ("صيدا" of Daraa), the one in the governorate the
    other heads name most when there are several. Not when the head's sentence names the place's country,
    nor when its text locates the name (a governorate, a place or a country adjective after it)."""
    if "|" not in text and ":" not in text:
        return
    heads = [idx for idx, m in enumerate(places) if idx not in skip and item_head_at(text, m.start, m.end)]
    if len(heads) <= HEAD_MIN:
        return
    page_govs: dict[str, int] = {}
    for p, _prec, _alts in results.values():
        if p is not None and p.admin1 and p.country == HOME_COUNTRY:
            page_govs[p.admin1] = page_govs.get(p.admin1, 0) + 1
    for idx in heads:
        place, _prec, alts = results[idx]
        ctx = contexts.get(idx)
        # (a head's sentence may run on from the item before: the governorate it names is that item's)
        if ctx is None or ctx.located is not None or ctx.abroad or ctx.adjective_country:
            continue
        if place is None and not alts:
            continue
        name = _clean(_mention_norm(places[idx]))
        others = [p for j in heads if j != idx and (p := results[j][0]) is not None
                  and _clean(_mention_norm(places[j])) != name]
        countries = {p.country for p in others}
        if len(others) < HEAD_MIN or len(countries) != 1:
            continue
        home = next(iter(countries))
        if not home or (place is not None and place.country == home):
            continue
        si = sent_of.get(idx)
        cands = physical_places(gaz.candidates(name), gaz)
        if si is not None and any(c.country != home and c.country in named_in.get(si, set()) for c in cands):
            continue        # "صيدا | في جنوب لبنان": the text names a namesake's country
        there = [c for c in cands if c.country == home]
        if len(there) > 1:
            # the governorate the other heads name most, else the one the page's places lie in most
            head_govs = [p.admin1 for p in others]
            ranked = sorted((((head_govs.count(c.admin1), page_govs.get(c.admin1 or "", 0)), c) for c in there),
                            key=lambda x: x[0], reverse=True)
            there = [ranked[0][1]] if ranked[0][0] > ranked[1][0] and any(ranked[0][0]) else []
        if len(there) != 1:
            continue
        chosen = there[0]
        rest = ([place.id] if place is not None else []) + alts
        results[idx] = (chosen, _precision(chosen, gaz), [a for a in dict.fromkeys(rest) if a != chosen.id])


def _page_story(place: Entity, support: dict[str, int], named: dict[str, int], ids: dict[str, set[str]]) -> str | None:
    """The country the page is about, if not the place's own (see _stray_namesakes)."""
    own = support.get(place.country or "", 0) - (1 if place.id in ids.get(place.country or "", ()) else 0)
    if own > 0:
        return None
    others = sorted(((n, cc) for cc, n in support.items() if cc != place.country), reverse=True)
    if not others or others[0][0] < STORY_COUNTRY_MIN:
        return None
    story = others[0][1]
    if place.country == HOME_COUNTRY and named.get(story, 0) < STORY_COUNTRY_MIN:
        return None
    return story


def _passage_story(idx: int, place: Entity, si: int, results: dict[int, tuple[Entity | None, int | None, list[str]]],
                   by_sent: dict[int, list[int]], named_in: dict[int, set[str]]) -> str | None:
    """The country the mention's passage is about, if not the place's own (see _stray_namesakes);
    ``by_sent``: the mentions of each sentence."""
    window = range(si - PASSAGE_SENTENCES, si + PASSAGE_SENTENCES + 1)
    if any(place.country in named_in.get(k, ()) for k in window):
        return None
    near: dict[str, list[Entity]] = {}
    for j in sorted(j for k in window for j in by_sent.get(k, ())):     # (in page order, as results holds them)
        p = results[j][0]
        if (j == idx or p is None or p.id == place.id or not p.country or p.lat is None
                or p.level not in ("town", "neighbourhood", "facility")):
            continue
        if p.country == place.country:
            return None
        if all(q.id != p.id for q in near.get(p.country, ())):
            near.setdefault(p.country, []).append(p)
    for cc, found in near.items():
        if len(found) >= PASSAGE_MIN_PLACES and not any(
                haversine_km(place.lat, place.lon, p.lat, p.lon) < BORDER_KM for p in found):  # type: ignore[arg-type]
            return cc
    return None


NEXT_DOOR_KM = 15.0    # a town this close in the same sentence supports a namesake (_score's strong band)


def _ruled_out(ctx: GeoContext, alts: list[str], gaz: Gazetteer) -> bool:
    """The mention was left unresolved because none of its namesakes ``alts`` lies where its text
    puts it: the place named right after it, or the governorate its sentence names."""
    cands = [c for a in alts if (c := gaz.get(a)) is not None]
    if not cands:
        return False
    if ctx.located is not None:
        return not any(ctx.located.holds(c, gaz) or _stands_for_itself(c, ctx.located, gaz) for c in cands)
    return len(cands) > 1 and _none_in_governorates(cands, ctx.admin1, gaz)


def _ruled_out_namesakes(places: list[Mention], results: dict[int, tuple[Entity | None, int | None, list[str]]],
                         contexts: dict[int, GeoContext], sent_of: dict[int, int], resolved: dict[int, Entity],
                         gaz: Gazetteer) -> set[int]:
    """A name whose namesakes all lie outside where one of its mentions is put ("حي الحميدية" of
    "في محافظة دير الزور" in a list naming Tartus' and Aleppo's al-Hamidiya) stays unresolved there,
    and a page names one place by one name: its other mentions that their own sentence does not
    support (their governorate named, a resolved place near) are not that namesake either. A
    district put in a city ("حي الزهراء بحمص") is the city, at the precision of a part of it.
    Returns the mentions so ruled (no other mention's sense is to be given them)."""
    ruled: dict[str, Entity | None] = {}
    done: set[int] = set()
    for idx, m in enumerate(places):
        place, _prec, alts = results[idx]
        ctx = contexts.get(idx)
        if place is not None or ctx is None or not _ruled_out(ctx, alts, gaz):
            continue
        city = None
        if ctx.located is not None and ctx.located.district:
            towns = physical_places([t for t, _r in ctx.located.places], gaz)
            city = towns[0] if len(towns) == 1 else None
        if city is not None:
            results[idx] = (city, 2, alts)
        done.add(idx)
        name = _clean(_mention_norm(m))
        ruled[name] = city if ruled.get(name, city) == city else None
    if not ruled:
        return done
    for idx, m in enumerate(places):
        place, _prec, alts = results[idx]
        name = _clean(_mention_norm(m))
        if place is None or name not in ruled or place is ruled[name]:
            continue
        ctx = contexts.get(idx)
        if ctx is None or (ctx.located is not None and ctx.located.holds(place, gaz)):
            continue
        si = sent_of.get(idx)
        if ctx.admin1 and _in_governorates(place, ctx.admin1, gaz) or place.lat is not None and any(
                j != idx and p.id != place.id and p.lat is not None and si is not None and sent_of.get(j) == si
                and p.level in ("town", "neighbourhood", "facility")
                and haversine_km(place.lat, place.lon, p.lat, p.lon) < NEXT_DOOR_KM  # type: ignore[arg-type]
                for j, p in resolved.items()):
            continue     # its own sentence names its governorate, or a town next to it
        city = ruled[name]
        results[idx] = (city, 2, [place.id] + alts) if city is not None else (None, None, [place.id] + alts)
        done.add(idx)
    return done


def _holds_foreign_cue_word(mention_norm: str, gaz: Gazetteer) -> bool:
    """A word of the mention, with or without a proclitic ("بجدة", "وبالسويس"), is the name of a
    place abroad that needs a cue (Gazetteer.foreign_cue_word)."""
    return any(gaz.foreign_cue_word(rest) for w in _clean(mention_norm).split() for _pre, rest in proclitic_splits(w))


COUNTRY_CUE_CHARS = 100        # reach of a country named as the cue of a name abroad that is also a word


def _near_countries(idx: int, places: list[Mention], resolved: dict[int, Entity], state_spots: list[tuple[int, str]],
                    sentence: Any, doc_norm: str, offsets: list[int], gaz: Gazetteer) -> frozenset[str]:
    """Countries named within COUNTRY_CUE_CHARS of mention ``idx`` in its sentence: states and forces
    ("وزارة الداخلية السعودية ... في جدة"), peoples ("مركب صيد مصرية ... في خليج السويس") and resolved
    places ("في جدة , المملكة العربية السعودية", "السويس وبورسعيد")."""
    m = places[idx]
    lo, hi = max(sentence.start, m.start - COUNTRY_CUE_CHARS), min(sentence.end, m.end + COUNTRY_CUE_CHARS)
    found = {cc for pos, cc in state_spots if lo <= pos < hi}
    found |= {p.country for j, p in resolved.items() if j != idx and p.country and lo <= places[j].start < hi}
    found |= demonym_countries(doc_norm[norm_offset(offsets, lo):norm_offset(offsets, hi)], gaz)
    return frozenset(found)


SAME_SENTENCE_COUNTRY = 1.5    # score for a candidate in a country the sentence names
PEOPLE_COUNTRY = 2.5           # ... whose people or forces it names: above a named state + an anchor of another sentence
ADJECTIVE_COUNTRY = 3.0        # ... the country whose adjective follows the name: above a same-rank namesake + home country
NEIGHBOUR_WINDOW = 2           # sentences before a neighbourhood that say which city it is in


def _countries(idx: int, sent_of: dict[int, int], state_countries: dict[int, set[str]],
               resolved: dict[int, Entity], places: list[Mention],
               people_of: dict[int, set[str]] | None = None) -> dict[str, float]:
    """Countries the mention's sentence names: states ("العراق") and resolved places in it, and
    the countries whose people or forces it names ("مئات الأفغان", "الشرطة الأفغانية")."""
    si = sent_of.get(idx)
    if si is None:
        return {}
    found = set(state_countries.get(si, set()))
    for j, place in resolved.items():
        if j != idx and sent_of.get(j) == si and place.country and place.level != "region":
            found.add(place.country)
    out = {cc: SAME_SENTENCE_COUNTRY for cc in found}
    for cc in (people_of or {}).get(si, ()):
        # the people are where the sentence puts them: stronger than a state named in passing
        # plus a resolved place of another sentence ("تظاهر مئات الأفغان في كابول ضد ... لإسرائيل")
        out[cc] = PEOPLE_COUNTRY
    return out


def _foreign_neighbourhood(idx: int, place: Entity, alts: list[str], sent_of: dict[int, int],
                           resolved: dict[int, Entity], gaz: Gazetteer) -> bool:
    """A neighbourhood or camp whose namesakes (the place and the alternatives) are all in other
    countries than every town named in its sentence and the two before ("حي اليرموك في غرب
    المدينة" in a report on Mosul: neither Damascus' camp nor Raqqa's district of a list)."""
    if place.level != "neighbourhood":
        return False
    si = sent_of.get(idx)
    if si is None:
        return False
    near = {p.country for j, p in resolved.items()
            if j != idx and p.level in ("town", "neighbourhood") and p.country
            and sent_of.get(j) is not None and si - NEIGHBOUR_WINDOW <= sent_of[j] <= si}
    if not near or place.country in near:
        return False
    return not any((alt := gaz.get(a)) is not None and alt.country in near for a in alts)


def _imported_abroad(places: list[Mention], results: dict[int, tuple[Entity | None, int | None, list[str]]],
                     sent_of: dict[int, int], cues: dict[int, set[str]], state_countries: dict[int, set[str]],
                     resolved: dict[int, Entity], gaz: Gazetteer) -> None:
    """A village of an imported Syrian list that its text does not support (its governorate
    named with a cue in its sentence, a resolved place within ANCHOR_NEAR_KM in it or the two
    before) is taken for a namesake abroad:
    - the better-known namesake in a country the page names, when it has one ("بلدة البريقة"
      in a report on Libya: Brega, not a camp of Quneitra);
    - else none, under a name the matcher takes only after a type word (Trust.CUE or lower:
      one word, a person's name), when the towns its sentence and the two before name are all
      abroad ("منطقة سروج الحدودية" after "أنقرة": Suruç, which the gazetteer lacks). A longer
      name of the list is specific enough to stand there ("قبيبات العاصي" in a news digest on
      Mosul); the share of towns abroad on the whole page says less still (digests mix
      Tehran, Rome and Homs)."""
    points: dict[int, str] = {}
    for j, (p, _prec, _alts) in results.items():
        if (p is not None and p.country and p.level in ("town", "neighbourhood", "facility")
                and not gaz.trust(p.id, _clean(_mention_norm(places[j]))).imported):
            points[j] = p.country
    named = set(points.values()) | {cc for ccs in state_countries.values() for cc in ccs}
    for idx, m in enumerate(places):
        place, _prec, alts = results[idx]
        name = _clean(_mention_norm(m))
        if place is None or place.country != "SY" or not gaz.trust(place.id, name).imported:
            continue
        si = sent_of.get(idx)
        if si is None or (place.admin1 and place.admin1 in cues.get(si, set())):
            continue
        if not _lone_village(idx, place, sent_of, resolved, gaz, listed=True):
            continue           # a place near it is named
        abroad = [a for a in alts if (alt := gaz.get(a)) is not None and alt.country in named
                  and alt.country != "SY" and not gaz.trust(alt.id, name).imported]
        if len(abroad) == 1:
            chosen = gaz.get(abroad[0])
            if chosen is not None:
                results[idx] = (chosen, _precision(chosen, gaz), [a for a in alts if a != chosen.id] + [place.id])
            continue
        window = {cc for j, cc in points.items() if j != idx and sent_of.get(j) is not None
                  and si - NEIGHBOUR_WINDOW <= sent_of[j] <= si}
        if abroad or (window and "SY" not in window and gaz.trust(place.id, _core_name(name)) <= Trust.CUE):
            results[idx] = (None, None, [place.id] + [a for a in alts if a != place.id])


def _core_name(name: str) -> str:
    """A two-word name without the type word before it: "مدينة سان" -> "سان"."""
    words = name.split()
    return words[-1] if len(words) == 2 and words[0] in _CUE_BEFORE else name


def _behind_article(doc_norm: str, start: int, surface_norm: str) -> bool:
    """"الربيع العربي" is the Arab Spring, not the village "ربيع العربي" behind an article: a
    multi-word name whose first word has no article while a later one does (an adjective agreeing
    with a definite noun) is not that name when its first word carries the article in the text."""
    words = _clean(surface_norm).split()
    if len(words) < 2 or words[0].startswith("ال") or not any(w.startswith("ال") for w in words[1:]):
        return False
    tok = start
    while tok > 0 and not doc_norm[tok - 1].isspace():
        tok -= 1
    return doc_norm[tok:start].endswith("ال")


def _bare_listed_village(idx: int, m: Mention, place: Entity, sent_of: dict[int, int], cues: dict[int, set[str]],
                         resolved: dict[int, Entity], doc_norm: str, offsets: list[int], gaz: Gazetteer) -> bool:
    """A place known only from an imported list that the text does not support: a generic noun
    ("وادي"); a place whose sentence resolves other places, all far from it; or, under a name the
    matcher takes only with a type word ("قرية آسيا"), found bare by the NER ("آسيا", "أبين"),
    a village only when its sentence names its governorate or a resolved place near it (as
    _lone_village asks of the neighbours' village lists). Otherwise a namesake elsewhere, or no
    place, is more likely. (The name's Trust level says which.)"""
    name = _clean(_mention_norm(m))
    trust = gaz.trust(place.id, name)
    if not trust.imported:
        return False
    core = _core_name(name)
    if len(core.split()) == 1 and gaz.trust(place.id, core) is Trust.GENERIC:
        return True       # "وادي", "منطقة وادي نهر الفرات", "مدينة سان برناردينو": not a village
    si = sent_of.get(idx)
    start, end = norm_offset(offsets, m.start), norm_offset(offsets, m.end)
    if (place.level == "neighbourhood" and _city_district(doc_norm, start, name)
            and _far_from_towns_around(idx, place, si, sent_of, resolved, NEIGHBOUR_WINDOW)):
        # "سكان دير الزور ... في حي القصور": the district of the city the text is about
        return True
    if _cue_after(doc_norm, end, gaz):
        return False
    if _far_from_towns_around(idx, place, si, sent_of, resolved):
        # "السبع بحرات بدمشق", "البساتين شرق عدن": the sentence's places are elsewhere, the list's
        # namesake is not meant
        return not (si is not None and place.admin1 and place.admin1 in cues.get(si, set()))
    if trust is Trust.LISTED:
        return False      # a name the matcher takes bare
    if _cues_before(doc_norm, start)[0]:
        return False
    if trust is Trust.ORDINARY:
        return True       # "وفي مشهد يطغى عليه الألم": a scene, not the village "مشهد"
    if si is not None and place.admin1 and place.admin1 in cues.get(si, set()):
        return False
    return _lone_village(idx, place, sent_of, resolved, gaz, listed=True)


# names of a part every city has (its wholesale market, industrial zone, centre); normalised
_GENERIC_DISTRICTS = frozenset(normalize(w) for w in word_list("place_words.yaml", "generic_district_names"))
GENERIC_DISTRICT_KM = 10.0     # a resolved place this close names the city such a district is of


LISTED_DISTRICT_KM = 15.0     # a district of a city lies within this distance of the city's point
_LIST_LINK = re.compile(r"^(?:\s*(?:,|،)?\s*و?)$")


def _district_of(c: Entity, city: Entity) -> bool:
    return (c.country == city.country and c.lat is not None and city.lat is not None
            and haversine_km(c.lat, c.lon, city.lat, city.lon) <= LISTED_DISTRICT_KM)  # type: ignore[arg-type]


def _listed_district_city(idx: int, places: list[Mention], place: Entity, placed: dict[int, Entity],
                          doc_norm: str, offsets: list[int], gaz: Gazetteer) -> Entity | None:
    """The city whose districts a list names, when mention idx is a later item of the list and its
    place lies outside that city: "أحياء درعا البلد والمنشية" (the first item a district of a city or
    the city itself, right after "أحياء"; the items joined by "و" or a comma). A city of the name
    stands for itself ("أحياء حمص وحماة")."""
    if idx == 0 or place.level not in ("town", "neighbourhood") or gaz.rank.get(place.id, 1.0) >= RANK_CITY:
        return None
    j = idx - 1
    start = norm_offset(offsets, places[idx].start)
    # back over the earlier items of the list to the first, which follows the district word
    while j >= 0:
        prev = places[j]
        if not _LIST_LINK.match(doc_norm[norm_offset(offsets, prev.end):start]):
            return None
        start = norm_offset(offsets, prev.start)
        before = doc_norm[max(0, start - 12):start].split()
        if before and strip_proclitics(before[-1]) in _CITY_DISTRICT_WORDS:
            break
        j -= 1
    if j < 0:
        return None
    first = placed.get(j)
    if first is None or not (first.level == "neighbourhood" or gaz.rank.get(first.id, 1.0) >= RANK_CITY):
        return None
    return None if _district_of(place, first) else first


@lru_cache(maxsize=1)
def _dual_nouns() -> frozenset[str]:
    """The dual of "city", "town", "village" with the article ("القريتين", "البلدتان"; normalised),
    from place_words.yaml `town_type_words`: the two settlements a text just named, and a town's name too
    (Homs's al-Qaryatayn)."""
    stems = [normalize(w)[:-1] for w in TOWN_TYPE_WORDS if normalize(w).endswith("ه")]
    return frozenset(f"ال{st}{end}" for st in stems for end in ("تين", "تان"))


def _dual_noun(idx: int, m: Mention, place: Entity, ctx: GeoContext | None, sent_of: dict[int, int],
               resolved: dict[int, Entity], gaz: Gazetteer) -> bool:
    """A town named by a dual noun ("القريتين") read as the noun: no type word or place after it cues
    the name, its sentence names no governorate of it, and the sentence names other towns, none near it
    nor in its governorate ("قوات النظام على محور أبو دالي والمشيرفة في محاولة للتقدم إلى القريتين":
    those two villages; "29 غارة على القريتين" next to Homs's al-Sukhnah stays the town)."""
    if ctx is None or ctx.place_cue or ctx.located is not None or ctx.abroad:
        return False
    if _clean(_mention_norm(m)) not in _dual_nouns() or (ctx.admin1 and _in_governorates(place, ctx.admin1, gaz)):
        return False
    si = sent_of.get(idx)
    mates = [p for j, p in resolved.items() if j != idx and sent_of.get(j) == si and p.id != place.id
             and p.level in ("town", "neighbourhood")]
    if not mates or place.lat is None:
        return False
    return not any(p.admin1 == place.admin1 or (p.lat is not None and haversine_km(
        place.lat, place.lon, p.lat, p.lon) < ANCHOR_NEAR_KM) for p in mates)  # type: ignore[arg-type]


def _generic_district(idx: int, m: Mention, place: Entity, sent_of: dict[int, int],
                      placed: dict[int, Entity], gaz: Gazetteer) -> bool:
    """An imported list's district whose name is a part every city has ("سوق الهال", "الصناعة", "مركز
    المدينة") while its sentence and the NEIGHBOUR_WINDOW before name no place (of those ``placed``) within
    GENERIC_DISTRICT_KM of it, its city: the market or industrial zone of the town the text is about ("مبنى
    سوق الهال الجديد" at al-Bab's entrance, "منطقة الصناعة" of Raqqa), not that one city's district."""
    if place.level != "neighbourhood" or place.lat is None:
        return False
    name = _core_name(_clean(_mention_norm(m)))
    if name not in _GENERIC_DISTRICTS or not gaz.trust(place.id, name).imported:
        return False
    si = sent_of.get(idx)
    if si is None:
        return True
    return not any(j != idx and p.id != place.id and p.lat is not None and sent_of.get(j) is not None
                   and p.level in ("town", "neighbourhood", "facility") and si - NEIGHBOUR_WINDOW <= sent_of[j] <= si
                   and haversine_km(place.lat, place.lon, p.lat, p.lon) < GENERIC_DISTRICT_KM  # type: ignore[arg-type]
                   for j, p in placed.items())


def _city_district(doc_norm: str, start: int, name: str) -> bool:
    """The text calls the place a district of a city: "حي القصور", "أحياء ..." (the list's
    neighbourhood level also holds villages: "قرية الرهجان")."""
    words = name.split()
    if len(words) > 1 and words[0] in _CITY_DISTRICT_WORDS:
        return True
    before = doc_norm[max(0, start - 12):start].split()
    return bool(before) and strip_proclitics(before[-1]) in _CITY_DISTRICT_WORDS


def _far_from_towns_around(idx: int, place: Entity, si: int | None, sent_of: dict[int, int],
                           resolved: dict[int, Entity], window: int = 0) -> bool:
    """Towns (or districts, facilities) are resolved in ``place``'s sentence or the ``window``
    sentences before it, and none lies within ANCHOR_NEAR_KM of it."""
    if si is None or place.lat is None:
        return False
    others = [p for j, p in resolved.items() if j != idx and p.id != place.id and p.lat is not None
              and p.level in ("town", "neighbourhood", "facility") and sent_of.get(j) is not None
              and si - window <= sent_of[j] <= si]
    return bool(others) and not any(
        haversine_km(place.lat, place.lon, p.lat, p.lon) < ANCHOR_NEAR_KM for p in others)  # type: ignore[arg-type]


def _lone_village(idx: int, place: Entity, sent_of: dict[int, int], resolved: dict[int, Entity],
                  gaz: Gazetteer, listed: bool = False) -> bool:
    """A small village from a neighbour's list (gazetteer.VILLAGE_NEIGHBOURS: "قرية قصرة") with no
    resolved place within ANCHOR_NEAR_KM of it in its sentence or the two before: a namesake
    elsewhere ("قرية كرمة" in a report on Aleppo, "بني زيد" district of Aleppo) more likely.
    ``listed``: the same test for a village of an imported list, wherever it is."""
    if (place.country not in VILLAGE_NEIGHBOURS and not listed) or gaz.rank.get(place.id, 0.0) > RANK_IMPORTED:
        return False
    si = sent_of.get(idx)
    if si is None or place.lat is None:
        return True
    return not any(j != idx and p.id != place.id and p.lat is not None and sent_of.get(j) is not None
                   and si - NEIGHBOUR_WINDOW <= sent_of[j] <= si
                   and haversine_km(place.lat, place.lon, p.lat, p.lon) < ANCHOR_NEAR_KM  # type: ignore[arg-type]
                   for j, p in resolved.items())


def _mention_norm(m: Mention) -> str:
    return m.norm or normalize(m.surface)


def _anchors(idx: int, sent_of: dict[int, int], resolved: dict[int, Entity],
             gaz: Gazetteer) -> list[tuple[float, float, float]]:
    """(lat, lon, weight) of the places resolved elsewhere on the page that can anchor mention idx:
    weight 1 in its own sentence, 0.5 elsewhere."""
    si = sent_of.get(idx)
    anchors: list[tuple[float, float, float]] = []
    for j, place in resolved.items():
        if j == idx or place.lat is None or place.level not in ("town", "neighbourhood", "facility", "region"):
            continue
        if place.level == "region" and gaz.extent_km.get(place.id, 0) > 15:
            continue          # a large region says little about which namesake is meant
        same_sentence = si is not None and sent_of.get(j) == si
        anchors.append((place.lat, place.lon, 1.0 if same_sentence else 0.5))  # type: ignore[arg-type]
    if len(anchors) > 1:
        # once each: a page names the same towns again and again (up to ~20 anchors per mention,
        # each a distance per candidate), and the anchors' readers (_score: a maximum,
        # _supported: any) do not count repeats
        anchors = list(dict.fromkeys(anchors))
    return anchors


def _context(idx: int, m: Mention, places: list[Mention], sent_of: dict[int, int], cues: dict[int, set[str]],
             resolved: dict[int, Entity], doc_norm: str, offsets: list[int], gaz: Gazetteer) -> GeoContext:
    si = sent_of.get(idx)
    ctx = GeoContext(admin1=set(cues.get(si, set())) if si is not None else set())
    ctx.anchors = _anchors(idx, sent_of, resolved, gaz)
    # offsets maps normalised -> original positions; find the normalised span of the mention
    start, end = norm_offset(offsets, m.start), norm_offset(offsets, m.end)
    ctx.cue_after = _cue_after(doc_norm, end, gaz)
    type_word, town_word = _cues_before(doc_norm, start)
    ctx.place_cue = ctx.cue_after or type_word
    ctx.locative = _LOCATIVE_BEFORE.search(doc_norm, max(0, start - 5), start) is not None
    ctx.town_cue = ctx.place_cue and town_word
    before = doc_norm[max(0, start - 12):start].split()
    words = _clean(_mention_norm(m)).split()
    ctx.district = bool(before and strip_proclitics(before[-1]) in _DISTRICT_WORDS) or (
        len(words) > 1 and words[0] in _DISTRICT_WORDS)
    named = _named_after(doc_norm, end, gaz, ctx.district)     # (read once for both readers)
    ctx.abroad = _abroad_after(named)
    if not ctx.abroad:
        ctx.located = _located_after(named, ctx.district)
    nxt = doc_norm[end:end + 24].split(maxsplit=1)
    if nxt:
        ctx.adjective_country = gaz.country_adjectives.get(nxt[0].strip(_ADJ_PUNCT))
    return ctx


_ADJ_PUNCT = ".,،:;)\"»"
# a preposition of place right before a name: "في X", "الي X", a proclitic "ب" ("بالسويس" is read
# with the mention starting after the proclitic); normalised
_LOCATIVE_BEFORE = re.compile(r"(?:(?<![^\s])(?:و|ف)?(?:في|الي) |(?<![^\s])(?:و|ف)?ب(?:ال)?)$")

# Words before a name that make it a district of a city: "حي اليرموك في الموصل" is in Mosul
_CITY_DISTRICT_WORDS = frozenset(word_list("place_words.yaml", "city_district_words"))
_DISTRICT_WORDS = _CITY_DISTRICT_WORDS | frozenset(word_list("place_words.yaml", "camp_word"))
# Words between a name and the place it lies in or near: "زمار، شمال غربي الموصل", "سنجار في
# قضاء ...", "البساتين شرق عدن", "بمحافظة نينوى"
_AREA_WORDS = frozenset(word_list("place_words.yaml", "area_words"))
# where words that place a name near a town: "شمال حماة", "قرب مدينة تل أبيض", "ريف حلب"
_NEAR_TOWN_WORDS = frozenset(word_list("place_words.yaml", "near_town_words")) | frozenset(DIRECTION_WORDS)
_WHERE_WORDS = (frozenset(word_list("place_words.yaml", "where_words")) | _AREA_WORDS
                | frozenset(DIRECTION_WORDS))
_WHERE_PREPS = frozenset(word_list("place_words.yaml", "where_prepositions"))
# where words of a town's edge ("عند المدخل الشمالي لمدينة الرقة"): the name lies at the town itself
_EDGE_WORDS = frozenset(word_list("place_words.yaml", "edge_words"))
_TOKEN_AFTER = re.compile(r"[^\s\"'«»()\[\]{}.,:;!?،؛؟…]+|[\"'«»()\[\]{}.,:;!?،؛؟…]")
_SKIP_AFTER = frozenset(",،)\"»")


WHERE_REACH_KM = 150.0      # "X شمال غربي الموصل", "التنف غرب الأنبار": beyond the place's extent
DISTRICT_REACH_KM = ANCHOR_NEAR_KM   # "حي X في الموصل": a district of the city
LANDMARK_WORDS = 3          # "حي X غربي إدارة المركبات في Y": words of the landmark between the direction and "في"


def _within(c: Entity, where: tuple[tuple[Entity, float], ...]) -> bool:
    """``c`` lies in the country of one of the places of ``where`` ("تكريت شمال بغداد": 170 km),
    or across its border within reach of it ("التنف غرب الأنبار", "بلدة بدو شمال غرب القدس")."""
    for t, reach in where:
        if c.country == t.country:
            return True
        if (t.level != "country" and c.lat is not None and t.lat is not None
                and haversine_km(c.lat, c.lon, t.lat, t.lon) <= reach):  # type: ignore[arg-type]
            return True
    return False


def _abroad_after(found: NamedAfter) -> tuple[tuple[Entity, float], ...]:
    """The place named right after a name when all its namesakes are abroad, each with how far
    from it the name may lie (its extent plus WHERE_REACH_KM, or DISTRICT_REACH_KM): "زمار، شمال
    غربي الموصل", "البساتين شرق عدن", "... في محافظة شمال سيناء" (an admin or direction word
    between), or for a district ("حي اليرموك في الموصل", "بالموصل") the city itself. A Syrian
    governorate or place, an ordinary word ("المدينة"), or none: empty."""
    return found[1] if found is not None and found[0] == "abroad" else ()


def _located_after(found: NamedAfter, district: bool) -> Located | None:
    """The Syrian governorate or place named right after a name in the same way ("حي الزهراء
    بحمص", "المنشية في درعا", "قرية الحويجة قرب مدينة تل أبيض", "في محافظة دير الزور"): the name
    lies in that governorate, or within reach of that place (a district: in its city)."""
    if found is None or found[0] == "abroad":
        return None
    if found[0] == "admin1":
        return Located(admin1=found[2], bearing=found[4])
    return Located(places=found[1], district=district, bearing=found[4])


NamedAfter = tuple[str, tuple[tuple[Entity, float], ...], str | None, bool, tuple[str, ...]] | None


def _named_after(doc_norm: str, end: int, gaz: Gazetteer, district: bool) -> NamedAfter:
    """(kind, places with their reach, governorate, a where word stood between) of the place named
    right after a name: kind "abroad" (every namesake of it abroad), "admin1" (a Syrian
    governorate) or "home" (a place with a namesake in Syria); None when nothing is named."""
    toks = _TOKEN_AFTER.findall(doc_norm, end, end + 80)
    i = 0
    while i < len(toks) and i < 2 and toks[i] in _SKIP_AFTER:
        i += 1
    prep = where = False
    area = False                              # "ريف", "محافظة": the governorate itself is meant
    town_where = True                         # every where word places a name near a town
    bearing: list[str] = []                   # the direction words among them ("شمال غرب")
    edge = False                              # "عند مدخل مدينة X": at the town's edge
    if i < len(toks) and toks[i] == "في":
        prep, i = True, i + 1
    elif i + 1 < len(toks) and toks[i] in _WHERE_PREPS and toks[i + 1].removeprefix("ال") in _WHERE_WORDS:
        prep, i = True, i + 1                 # "عند المدخل الشمالي لمدينة الرقة": only before a where word
    while i < len(toks) and i < 8:
        w = toks[i]
        bare = w[1:] if w.startswith("ب") and not prep and not where else w
        if where and w.startswith("ل") and w[1:] in _WHERE_WORDS:
            bare = w[1:]                      # "المدخل الشمالي لمدينة الرقة": the city the entrance is of
        bare = bare[2:] if bare.startswith("ال") and bare[2:] in _WHERE_WORDS else bare
        if bare not in _WHERE_WORDS:
            break
        if bare in DIRECTION_WORDS and DIRECTION_WORDS[bare] not in bearing:
            bearing.append(DIRECTION_WORDS[bare])
        where = True
        area = area or bare in _AREA_WORDS
        edge = edge or bare in _EDGE_WORDS
        town_where = town_where and bare in _NEAR_TOWN_WORDS
        prep = prep or bare != w
        i += 1
    for n in (2, 1):
        if i + n > len(toks) or any(t in _SKIP_AFTER or _PUNCT.fullmatch(t) for t in toks[i:i + n]):
            continue
        target = " ".join(toks[i:i + n])
        forms = [target]
        if not prep and target.startswith("ب"):
            forms.append(target[1:])          # "بالموصل", "بغداد"
        elif not prep and not where:
            continue                          # a district needs "في" or "ب" before its city
        for form in forms:
            if gaz.is_common_word(form):
                if district and where and not prep:
                    break                     # a landmark's word ("غربي محطة الكهرباء"): the city may follow
                return None
            admin1 = gaz.admin1_for(form)
            if admin1 and (area or not (where or district)):
                # "المنشية في درعا", "بريف حلب", "في محافظة إدلب": in the governorate; "شمال ريف إدلب",
                # "في ريف إدلب الشمالي": on that side of it
                if i + n < len(toks) and toks[i + n] in _ADJ_DIRECTION and _ADJ_DIRECTION[toks[i + n]] not in bearing:
                    bearing.append(_ADJ_DIRECTION[toks[i + n]])
                return "admin1", (), admin1, where, _bearing(bearing) if area else ()
            if not (where or district) or admin1 and not gaz.candidates(form):
                return None                   # "X في Y" names no more than that; "شمال محافظة ..."
            cands = [c for c in gaz.candidates(form) if not gaz.needs_cue(form, c.id)]
            if cands:
                reach = WHERE_REACH_KM if where else DISTRICT_REACH_KM
                if not all(c.country and c.country != "SY" for c in cands):
                    # a town named after a district or a word that places a name near a town ("شمال
                    # حماة", "قرب مدينة تل أبيض"), not after a province word ("بمحافظة الشرقية":
                    # a province abroad the gazetteer lacks, not a Syrian village): near one of its
                    # namesakes
                    if where and not town_where:
                        return None
                    if district:
                        reach = DISTRICT_REACH_KM     # "حي الروضة شرق مدينة الرقة": a district of the city
                    if edge:
                        reach = BEARING_NEAR_KM       # "حي الأندلس عند المدخل الشمالي لمدينة الرقة": at its edge
                    near = tuple((c, gaz.extent_km.get(c.id, 0.0) + reach)
                                 for c in cands if c.level in ("town", "neighbourhood"))
                    return ("home", near, None, where, _bearing(bearing)) if near else None
                return "abroad", tuple((c, gaz.extent_km.get(c.id, 0.0) + reach) for c in cands), None, where, ()
    if district and where and not prep:
        # "حي العجمي غربي إدارة المركبات في حرستا": a landmark of a few words after the direction
        # word, then the city the district is in
        spans = list(_TOKEN_AFTER.finditer(doc_norm, end, end + 80))
        for j in range(i + 1, min(len(spans), i + 1 + LANDMARK_WORDS)):
            if toks[j] in _SKIP_AFTER or _PUNCT.fullmatch(toks[j]):
                break
            if toks[j] == "في":
                return _named_after(doc_norm, spans[j].start(), gaz, district)
    return None


def _bearing(keys: list[str]) -> tuple[str, ...]:
    """The told direction of at most two keys that do not cancel ("شمال غرب"; not "شمال جنوب")."""
    if len(keys) > 2 or set(keys) in ({"north", "south"}, {"east", "west"}):
        return ()
    return tuple(keys)


def _with_countries(ctx: GeoContext, countries: dict[str, float]) -> dict[str, float]:
    """The sentence's countries, and the country of an adjective right after the name, which
    says outright which namesake is meant ("مدينة مشهد الإيرانية": Mashhad, not a Syrian village)."""
    if ctx.adjective_country:
        countries = dict(countries)
        countries[ctx.adjective_country] = ADJECTIVE_COUNTRY
    return countries


__all__ = ["GeoContext", "admin_cues", "geocode", "geocode_mention", "name_key"]
