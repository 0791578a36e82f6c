"""Events (ACLED event_type / sub_event_type) with actors, place, dates, counts and modality.

Per sentence: trigger words from rasd/data/lexicons/event_triggers.yaml (with clitics and
pronoun suffixes), then for each trigger its modality (rasd.extract.modality), who did it to
whom (the entities layer's mentions, positions and prepositions), where (the nearest place
mention, by preposition role), when (rasd.text.dates against the publication date), and how
many (rasd.extract.counts). Then three merges: triggers of one happening in one sentence;
count-only sentences ("سقوط 1945 شخصاً") into the event just before; and the same happening
told again later in the document. Undated events of the same place and actor as a dated one
take its month as a range. Last, one event per happening, place and day (a headline and its body,
a clash and the ground it won), and no background: a clause recalling the past ("وسبق أن"), a
state going on since a date, the happening a span counts from ("منذ سيطرة التنظيم ... عام 2015",
kept only with a day of its own), or (on an undated page) a happening months older than the page's
newest. An undated page whose head date the body confirms as today ("اليوم الأربعاء") is dated by
it.

Stage: ``extract_events(analysis, res)`` appends rasd.records.Event objects to
``analysis.events``. Event ids are stable across runs: doc id + hash of type, evidence start
and trigger.
"""

from __future__ import annotations

import bisect
import copy
import datetime as dt
import hashlib
import itertools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from dataclasses import replace as dc_replace
from functools import lru_cache
from itertools import accumulate, compress, repeat
from operator import ne, or_
from pathlib import Path
from typing import Any, NamedTuple

import yaml

from rasd.extract.counts import (
    Quantity,
    add_quantity,
    find_quantities,
    phrase_end,
    quantity_name,
    sentence_token_at,
    sentence_tokens,
    token_keys,
)
from rasd.extract.feed_items import feed_item_starts, skip_space_back
from rasd.extract.modality import (
    NOT_EVENT,
    SINCE_MODALITIES,
    clause_word_starts,
    modality_of,
    sentence_cues,
    seq_starts,
    starts_seq,
)
from rasd.extract.notes import make_notes
from rasd.extract.page_dates import (
    MIN_TIMELINE_ENTRIES,
    add_warning,
    anaphoric_years,
    anchored_days,
    bulletin_reference,
    chronicle_days,
    crawl_spans,
    date_after_stamp,
    dated_lead,
    dates_by_post,
    drop_later_stamps,
    drop_page_stamps,
    find_page_dates,
    lead_reference,
    narrative_days,
    post_day,
    post_stamps,
    ref_date,
    refuse_crawl_dates,
    report_heads,
    timeline_days,
    titled_date,
    url_day,
    url_month_start,
    url_reference,
    year_before,
)
from rasd.extract.verbs import VERB_BARE, is_verb
from rasd.records import UNKNOWN, Analysis, Entity, Event, Mention, Span
from rasd.text.dates import YEAR_FROM_ANTECEDENT, YEAR_FROM_REFERENCE
from rasd.text.feed_items import feed_words, looks_like_feed
from rasd.text.normalize import normalize, normalize_with_map
from rasd.text.numbers import NumberExpr, find_numbers
from rasd.text.sentences import split_sentences
from rasd.text.split_words import normalize_joined, split_word_joins
from rasd.text.tokens import Token

LEXICON = Path(__file__).resolve().parent.parent / "data" / "lexicons" / "event_triggers.yaml"

ACTOR_TYPES = frozenset({"ARMED_GROUP", "STATE_FORCES", "STATE"})
STATE_TYPES = frozenset({"STATE_FORCES", "STATE"})
VIOLENT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
LOOSE_COUNTS = frozenset({"people", "fighters", "detainees", "women", "children"})
PURPOSE_KINDS = frozenset({"territory", "attack", "clash", "exit"})
# a prepared / foiled operation or a negotiated exit is a strategic development; an intended take-over is not an event
PLANNED_TO_OTHER = frozenset({"clash", "attack", "remote", "exit"})
FORCED = frozenset(normalize(w) for w in ("اضطر", "اضطرت", "اضطروا", "أجبر", "أجبرت", "أجبروا", "أرغم", "أرغمت",
                                          "مضطرا", "مضطرين", "مجبرا", "مجبرين", "قرر", "قررت", "قرروا", "بدأ", "بدأت"))
RELATIVE = frozenset(normalize(w) for w in ("التي", "الذي", "اللذين", "اللتين", "الذين", "اللواتي", "اللتي"))
RELATIVE_AUX = frozenset(normalize(w) for w in ("تم", "كان", "كانت", "قد", "كانوا"))
NOT_BEFORE_REACH = 2
OBJECT_PREPS = frozenset(normalize(w) for w in ("على", "عن"))     # "السيطرة على X": X is the object
# Word lists compared with normalised tokens are normalised too ("على" is "علي", "إلى" is "الي" there):
# a raw spelling never matches a token
PLACE_LEAD_WORDS = frozenset(normalize(w) for w in ("و", "في", "من", "الى", "إلى", "على"))
TOPIC_LINK_WORDS = frozenset(normalize(w) for w in ("الى", "إلى", "مع", "على", "في"))
TOPIC_LINK_CLITICS = TOPIC_LINK_WORDS | {"ب", "ل"}
NOT_BEFORE_SKIP = frozenset(normalize(w) for w in ("عن", "على", "من", "ب", "في"))
BACKED_SKIP = frozenset(normalize(w) for w in ("من", "قبل"))     # "بدعم من قبل الطيران"
SPEECH_AFTER = frozenset(normalize(w) for w in ("تقول", "يقول", "تعلن", "تؤكد", "ترد", "تنفي"))
CIVILIANS_ID = "acled:civilians"
EXCESSIVE_FORCE = "Excessive force against protesters"
COMPATIBLE_KM = 8.0                 # two places this close name one event's location
# ... but two towns or villages of their own names are two ACLED locations however close ("دوما" and
# "مسرابا", 2.5 km apart in the Ghouta; "كفريا" and "الفوعة"): only a city's districts within
# COMPATIBLE_KM ("مدينة الصدر" in "بغداد", "حويجة صكر" in "دير الزور") or two points this close name one town
SAME_TOWN_KM = 1.0
CAPITAL_ALIAS = normalize("العاصمة") + " "     # "العاصمة العراقية": the alias capitals.yaml gives a world capital
REGION_KM = 25.0                    # ... a region (its centre) and a place this close
PROTESTERS_ID = "acled:protesters"
# ACLED's "Unidentified Armed Group": "أطلق مسلحون مجهولون النار", "برصاص مجهولين" name an armed actor
# the text does not identify (ACLED codes such events with this actor, not with no actor)
UNIDENTIFIED_ID = "acled:unidentified-armed-group"
UNIDENTIFIED_KINDS = frozenset({"attack", "remote", "casualty", "execution", "abduction", "arrest", "clash"})
UNIDENTIFIED_REACH = 6              # tokens around the trigger the unidentified attackers are looked for
LEAD_CHARS = 300                    # the lead of a page: its first sentence or two
MAX_NUMBERS_PER_SENTENCE = 60       # a sentence with more numbers than this is a table / noise
MAX_TOKENS_PER_SENTENCE = 400
PUNCT_BOUNDARY = set("،,;؛:()[]")    # quotes are not clause boundaries ("أنتر فاكس" inside a clause)
QUOTES_OPEN = "«“"
QUOTES_CLOSE = "»”"
SUFFIXES = ("هما", "ها", "هم", "هن", "ه", "نا", "كم")
# the article, alone or after a one-letter proclitic
DEFINITE = tuple(normalize(p) for p in ("ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل"))
REPORT_CUES = frozenset(normalize(w) for w in (
    "قال", "قالت", "أعلن", "أعلنت", "كشف", "كشفت", "ذكر", "ذكرت", "نقل", "نقلت", "بيان", "مؤتمر", "تصريح",
    "تصريحات", "نشر", "نشرت", "اتصال", "تسجيل", "أكد", "أكدت", "أضاف", "أضافت", "أوضح", "أشار", "صحافي", "صحفي",
    "حصلت", "لها", "له"))
FALLBACK_MIN_MENTIONS = 3
MAX_PLACE_DISTANCE = 15             # tokens between a trigger and its place
RUN_ON_TOKENS = 80                  # ... of a run-on "sentence" (a ticker, a list without full stops)
FALLBACK_MIN_SHARE = 0.35
REFINE_REACH = 25                   # tokens around a trigger a sentence-wide refine word is looked for
LEVEL_PRECISION = {"town": 1, "neighbourhood": 1, "facility": 1, "admin3": 2, "admin2": 2,
                   "admin1": 3, "region": 3, "country": 3}


# --------------------------------------------------------------------------- lexicon

@dataclass(slots=True)
class Trigger:
    key: str
    kind: str
    event_type: str
    sub_event_type: str
    strength: str
    genitive: str | None
    place_role: str | None
    counts_as: str | None
    weak: frozenset[str]
    default: frozenset[str]             # words that say "something of this type", not the sub-type
    not_next: frozenset[str]
    requires: frozenset[str]
    requires_window: int
    requires_except: frozenset[str]
    requires_near: frozenset[str]
    requires_object: bool
    not_after: frozenset[str]
    other_words: frozenset[str]
    territory_objects: frozenset[str]
    reject_clause: frozenset[str] = frozenset()     # another sense in the clause ("عثر على عبوة ناسفة")
    not_before: frozenset[str] = frozenset()       # a state / plan noun just before ("مناطق سيطرته")
    reject_sentence: frozenset[str] = frozenset()   # a non-conflict cause in the sentence ("الزلزال", "تحطم")
    # a deployment verb in the clause of a bare weapon noun (``deploy_weapons``): the weapon is set
    # up or sent, not fired ("نصبت مدفعية ثقيلة")
    deploy_clause: frozenset[str] = frozenset()
    deploy_weapons: frozenset[str] = frozenset()
    light_verb: bool = False                        # "شنت": only when no trigger follows ("شنت هجوما" is the noun's)
    verb_only: frozenset[str] = frozenset()         # verbs whose form with the article is another noun ("الفجر": dawn)
    # forms that name a means, not a deed ("سلاح الجو", "الطيران الروسي"), and the support words that, just
    # before such a form, make it the backer of another's deed ("بدعم من سلاح الجو الروسي"): no event
    backed_forms: frozenset[str] = frozenset()
    backed_by: frozenset[str] = frozenset()


class _Refine(NamedTuple):
    """A refine entry of event_triggers.yaml: context words that give a trigger kind a finer type."""
    kinds: frozenset[str]
    words: frozenset[str]
    event_type: str
    sub_event_type: str
    scope: str                  # "near" the trigger, "sentence"-wide, or next to / anywhere "after" it
    unless: frozenset[str]      # words that, in the same reach, keep it off


@dataclass(slots=True)
class _ELex:
    phrases: dict[str, list[tuple[tuple[str, ...], Trigger, str]]]   # first key -> [(words, trigger, form)]
    refine: list[_Refine]
    objects: frozenset[str]
    generic: dict[str, frozenset[str]]
    first_person: frozenset[str]
    agent_cues: tuple[tuple[str, ...], ...]
    target_cues: frozenset[str]
    place_in: frozenset[str]
    place_from: frozenset[str]
    place_to: frozenset[str]
    place_nouns: frozenset[str]
    place_list_nouns: frozenset[str]
    target_nouns: frozenset[str]
    date_not_inherited: tuple[tuple[str, ...], ...]
    date_inherited: tuple[tuple[str, ...], ...]
    aggregate: frozenset[str]
    scope_start: str = "0000"
    theatre: frozenset[str] = frozenset()
    other_sense_kinds: frozenset[str] = frozenset()
    other_sense: frozenset[str] = frozenset()
    needs_theatre: frozenset[str] = frozenset()
    common_places: frozenset[str] = frozenset()
    speech_verbs: frozenset[str] = frozenset()
    state_act_verbs: frozenset[str] = frozenset()   # "عقدت دمشق اتفاقا": a capital acting is its government
    distance_words: frozenset[str] = frozenset()
    landmark_words: frozenset[str] = frozenset()    # "الميادين جنوب شرق دير الزور": Deir ez-Zor is a landmark
    place_anaphor_nouns: frozenset[str] = frozenset()    # "في المنطقة ذاتها": the place told just before
    place_anaphor_after: frozenset[str] = frozenset()
    place_anaphor_before: frozenset[str] = frozenset()
    place_anaphor_sentences: int = 0
    protest_context: frozenset[str] = frozenset()
    protest_victims: frozenset[str] = frozenset()
    air_words: frozenset[str] = frozenset()
    artillery_words: frozenset[str] = frozenset()
    date_cues: frozenset[str] = frozenset()
    post_labels: tuple[str, ...] = ()     # "تم النشر بتاريخ": a listing's posts, each with its own day
    dateline_words: frozenset[str] = frozenset()
    account_sources: tuple[tuple[str, ...], ...] = ()     # "مصادر", "الدفاع المدني": _reported_account
    related_headers: tuple[tuple[str, ...], ...] = ()
    people_of: frozenset[str] = frozenset()
    moved_to_cues: frozenset[str] = frozenset()
    media_nouns: frozenset[str] = frozenset()
    toll_nouns: frozenset[str] = frozenset()
    civilian_targets: frozenset[str] = frozenset()
    toll_events: frozenset[str] = frozenset()
    day_offsets: tuple[tuple[tuple[str, ...], int], ...] = ()
    duration_verbs: frozenset[str] = frozenset()
    duration_units: dict[str, int] = field(default_factory=dict)
    lapse_openers: frozenset[str] = frozenset()
    lapse_units: dict[str, int] = field(default_factory=dict)
    lapse_counted: frozenset[str] = frozenset()
    next_day_openers: tuple[tuple[str, ...], ...] = ()
    place_topic: frozenset[str] = frozenset()
    backer_cues: frozenset[str] = frozenset()
    list_breakers: frozenset[str] = frozenset()
    # strike / shelling / attack verbs whose direct object is the place hit ("قصفت قوات النظام قرى X وY")
    object_strike_verbs: frozenset[str] = frozenset()
    protest_cues: frozenset[str] = frozenset()
    event_date_labels: tuple[tuple[str, ...], ...] = ()
    report_window_days: int = 0
    background_cues: frozenset[str] = frozenset()
    background_days: int = 0
    undated_background_days: int = 0
    retrospective_labels: tuple[str, ...] = ()
    past_cues: frozenset[str] = frozenset()
    past_phrases: tuple[tuple[str, ...], ...] = ()
    past_lead_phrases: tuple[tuple[str, ...], ...] = ()
    response_cues: frozenset[str] = frozenset()
    recall_openers: tuple[tuple[str, ...], ...] = ()
    title_cues: tuple[tuple[str, ...], ...] = ()
    civilian_victims: frozenset[str] = frozenset()
    pluperfect_heads: frozenset[str] = frozenset()
    pluperfect_not_after: frozenset[str] = frozenset()
    pluperfect_not_before: frozenset[str] = frozenset()
    recent_phrases: tuple[tuple[str, ...], ...] = ()


def _k(word: str) -> str:
    w = normalize(str(word))
    return w[2:] if w.startswith("ال") and len(w) > 4 else w


# _k of a token's form, asked for the same forms again and again
_k_token: Callable[[str], str] = lru_cache(maxsize=65536)(_k)
# normalize of a mention's surface (the same names recur on every page)
_norm_cached: Callable[[str], str] = lru_cache(maxsize=65536)(normalize)


def _ks(items: list[Any] | None) -> frozenset[str]:
    return frozenset(_k(w) for w in items or ())


def _seqs(items: list[Any] | None) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(_k(w) for w in str(i).split()) for i in items or ())


def _split_type(full: str) -> tuple[str, str]:
    # "Explosions/Remote violence/Air/drone strike": the event type may itself hold a "/"
    for et in ("Explosions/Remote violence", "Battles", "Violence against civilians", "Protests", "Riots",
               "Strategic developments"):
        if full.startswith(et + "/"):
            return et, full[len(et) + 1:]
    raise ValueError(f"unknown ACLED type: {full}")


@lru_cache(maxsize=1)
def lexicon() -> _ELex:
    data = yaml.safe_load(LEXICON.read_text(encoding="utf-8"))
    phrases: dict[str, list[tuple[tuple[str, ...], Trigger, str]]] = {}
    for t in data["triggers"]:
        for w in t.get("words", []):
            if str(w).endswith("ة"):
                TA_MARBUTA.add(_k(w))
        et, sub = _split_type(t["type"])
        trig = Trigger(
            key=t["key"], kind=t["kind"], event_type=et, sub_event_type=sub, strength=t["strength"],
            genitive=t.get("genitive"), place_role=t.get("place_role"), counts_as=t.get("counts_as"),
            weak=_ks(t.get("weak_words")) | frozenset(" ".join(s) for s in _seqs(t.get("weak_phrases"))),
            default=_ks(t.get("default_words")),
            not_next=_ks(t.get("not_next")), requires=_ks(t.get("requires")),
            requires_window=int(t.get("requires_window", 5)), requires_except=_ks(t.get("requires_except")),
            requires_near=_ks(t.get("requires_near")), requires_object=bool(t.get("requires_object")), not_after=_ks(t.get("not_after")),
            other_words=_ks(t.get("other_words")), territory_objects=_ks(t.get("territory_objects")),
            reject_clause=_ks(t.get("reject_clause")), not_before=_ks(t.get("not_before")),
            reject_sentence=_ks(t.get("reject_sentence")), light_verb=bool(t.get("light_verb")),
            deploy_clause=_ks(t.get("deploy_clause")), deploy_weapons=_ks(t.get("deploy_weapons")),
            verb_only=_ks(t.get("verb_only")),
            backed_forms=_ks(t.get("backed_words")) | frozenset(" ".join(q) for q in _seqs(t.get("backed_phrases"))),
            backed_by=_ks(t.get("backed_by")),
        )
        for w in t.get("words", []):
            phrases.setdefault(_k(w), []).append(((_k(w),), trig, _k(w)))
        for p in t.get("phrases", []):
            words = tuple(_k(w) for w in str(p).split())
            phrases.setdefault(words[0], []).append((words, trig, " ".join(words)))
    for lst in phrases.values():
        lst.sort(key=lambda x: len(x[0]), reverse=True)
    refine = []
    for r in data["refine"]:
        et, sub = _split_type(r["type"])
        refine.append(_Refine(frozenset(r["kinds"]), _ks(r["words"]), et, sub, r.get("scope") or "near",
                              _ks(r.get("unless"))))
    g = data["generic_actors"]
    return _ELex(
        phrases=phrases, refine=refine, objects=_ks(data["objects"]),
        generic={k: _ks(v) for k, v in g.items()}, first_person=_ks(data["first_person"]),
        agent_cues=_seqs(data["agent_cues"]), target_cues=_ks(data["target_cues"]),
        place_in=_ks(data["place_in"]), place_from=_ks(data["place_from"]), place_to=_ks(data["place_to"]),
        place_nouns=_ks(data["place_nouns"]), target_nouns=_ks(data["target_nouns"]),
        place_list_nouns=_ks(data.get("place_list_nouns")),
        date_not_inherited=_seqs(data["date_not_inherited"]), date_inherited=_seqs(data["date_inherited"]),
        aggregate=_ks(data["aggregate_cues"]),
        scope_start=str(data.get("scope_start", "0000")), theatre=frozenset(data.get("theatre_countries", ())),
        other_sense_kinds=frozenset(data.get("other_sense_kinds", ())), other_sense=_ks(data.get("other_sense_words")),
        needs_theatre=frozenset(data.get("needs_theatre_kinds", ())),
        common_places=frozenset(normalize(str(w)) for w in data.get("common_word_places", ())),
        speech_verbs=_ks(data.get("speech_verbs")), state_act_verbs=_ks(data.get("state_act_verbs")),
        distance_words=_ks(data.get("distance_words")),
        landmark_words=_ks(data.get("landmark_words")),
        place_anaphor_nouns=_ks(data.get("place_anaphor_nouns")),
        place_anaphor_after=frozenset(normalize(str(w)) for w in data.get("place_anaphor_after", ())),
        place_anaphor_before=frozenset(normalize(str(w)) for w in data.get("place_anaphor_before", ())),
        place_anaphor_sentences=int(data.get("place_anaphor_sentences", 0)),
        protest_context=_ks(data.get("protest_context")),
        protest_victims=_ks(data.get("protest_victims")),
        air_words=_ks(data.get("air_words")),
        artillery_words=_ks(data.get("artillery_words")),
        date_cues=frozenset(normalize(str(w)) for w in data.get("date_cues", ())),
        post_labels=tuple(normalize(str(w)) for w in data.get("post_stamp_labels", ())),
        dateline_words=frozenset(normalize(str(w)) for w in data.get("dateline_words", ())),
        account_sources=_seqs(data.get("account_sources")),
        related_headers=_seqs(data.get("related_headers")),
        people_of=_ks(data.get("people_of")),
        moved_to_cues=_ks(data.get("moved_to_cues")),
        media_nouns=_ks(data.get("media_nouns")),
        toll_nouns=_ks(data.get("toll_nouns")),
        civilian_targets=_ks(data.get("civilian_targets")),
        toll_events=_ks(data.get("toll_events")),
        day_offsets=tuple((tuple(_k(w) for w in str(k).split()), int(v))
                          for k, v in (data.get("day_offsets") or {}).items()),
        duration_verbs=_ks(data.get("duration_verbs")),
        duration_units={_k(k): int(v) for k, v in (data.get("duration_units") or {}).items()},
        lapse_openers=_ks(data.get("lapse_openers")),
        lapse_units={_k(k): int(v) for k, v in (data.get("lapse_units") or {}).items()},
        lapse_counted=_ks(data.get("lapse_counted")),
        next_day_openers=_seqs(data.get("next_day_openers")),
        place_topic=_ks(data.get("place_topic_cues")),
        backer_cues=_ks(data.get("backer_cues")),
        list_breakers=_ks(data.get("place_list_breakers")),
        object_strike_verbs=_ks(data.get("place_object_strike_verbs")),
        protest_cues=_ks(data.get("protest_cues")),
        event_date_labels=_seqs(data.get("event_date_labels")),
        report_window_days=int(data.get("report_window_days", 0)),
        background_cues=_ks(data.get("background_cues")),
        background_days=int(data.get("background_days", 0)),
        undated_background_days=int(data.get("undated_background_days", 0)),
        retrospective_labels=tuple(" ".join(re.findall(r"\w+", normalize(str(x))))
                                   for x in data.get("retrospective_labels") or ()),
        past_cues=_ks(data.get("past_cues")),
        past_phrases=_seqs(data.get("past_phrases")),
        past_lead_phrases=_seqs(data.get("past_lead_phrases")),
        response_cues=_ks(data.get("response_cues")),
        recall_openers=_seqs(data.get("recall_openers")),
        title_cues=_seqs(data.get("title_cues")),
        civilian_victims=_ks(data.get("civilian_victims")),
        pluperfect_heads=_ks(data.get("pluperfect_heads")),
        pluperfect_not_after=_ks(data.get("pluperfect_not_after")),
        pluperfect_not_before=_ks(data.get("pluperfect_not_before")),
        recent_phrases=tuple(tuple(normalize(w) for w in str(i).split()) for i in data.get("recent_phrases") or ()),
    )


_MARKS = "".join(chr(c) for c in range(0x064B, 0x0653))
TA_MARBUTA: set[str] = set()     # trigger forms spelled with ة ("مظاهرة"): "ومظاهره" (its signs) is not one


@lru_cache(maxsize=262144)
def _keys(norm_token: str) -> frozenset[str]:
    """Clitic-free readings of a token, with and without a pronoun suffix."""
    keys = set(token_keys(norm_token))
    for k in list(keys):
        if not k.endswith(SUFFIXES):
            continue        # speed: no pronoun suffix to strip
        for s in SUFFIXES:
            if k.endswith(s) and len(k) - len(s) >= 3:
                keys.add(k[: -len(s)])
    return frozenset(keys)


# --------------------------------------------------------------------------- per-sentence records

@dataclass(slots=True)
class _Sent:
    idx: int
    span: Span
    line: int
    _toks: list[Token] | None       # None: not tokenised yet (``tokens`` does it on first use)
    clause: list[int]
    quote: list[int]        # quote region id per token (-1 outside quotes)
    paren: list[int]        # parenthesis region id per token (-1 outside)
    mentions: list[Mention]
    dates: list[Any]
    numbers: list[NumberExpr]
    has_date_expr: bool = False
    other_time_clauses: set[int] | None = None     # clauses saying "قبل ذلك" (another time)
    inherits_date: bool = False                    # "بعدها": dated by the sentence before
    dclause: list[int] = field(default_factory=list)   # date clause per token (clauses cut also at "و + verb")
    hseg: list[int] = field(default_factory=list)      # heading-date segment per token (timeline entries)
    headings: set[int] = field(default_factory=set)    # indexes (into dates) of heading dates
    ckeys: dict[int, frozenset[str]] = field(default_factory=dict)   # clause id -> its words' keys
    # tokens that may start a trigger (those holding a trigger's first word), by start offset;
    # None: any token may (_match_triggers then tries every one)
    trigger_at: list[int] | None = None
    text: str = ""                  # the page text (``tokens`` reads the sentence from it)
    place_tokens: frozenset[int] | None = None     # tokens inside a place's name (_place_name_tokens)

    @property
    def tokens(self) -> list[Token]:
        # speed: a sentence is tokenised only when something reads it (most hold no trigger)
        toks = self._toks
        if toks is None:
            toks = self._toks = sentence_tokens(self.text, self.span.start, self.span.end)
        return toks


@dataclass
class _Cand:
    trig: Trigger
    form: str
    sent: _Sent
    ti: int
    tj: int
    start: int
    end: int
    event_type: str
    sub_event_type: str
    specific: bool = True               # sub-type came from a specific word (not a default)
    modality: str = "actual"
    actor1: list[str] = field(default_factory=list)
    actor2: list[str] = field(default_factory=list)
    actor_ev: tuple[int, int] | None = None
    actor_own: bool = False             # actor found in the sentence itself
    actor_same_clause: bool = False
    assoc1: list[str] = field(default_factory=list)
    location: str | None = None
    geo_precision: int | None = None
    loc_own: bool = False
    loc_ev: tuple[int, int] | None = None
    date_start: str = UNKNOWN
    date_end: str = UNKNOWN
    time_precision: int | None = None
    date_own: bool = False
    date_ev: tuple[int, int] | None = None
    date_from: tuple[int, int] | None = None     # a carried date: the span of the date it counts from
    date_cited: bool = False    # dated by the day a source reported it ("( حق , 1 نيسان / أبريل 2017 )")
    has_date_expr: bool = False
    other_time_clauses: set[int] | None = None     # clauses saying "قبل ذلك" (another time)
    inherits_date: bool = False                    # "بعدها": dated by the sentence before
    quantities: list[Quantity] = field(default_factory=list)
    aggregate: bool = False
    elaborates: bool = False    # in "المجزرة ارتكبت عندما <trigger>": tells how a named happening came about
    first_person: bool = False
    evidence: tuple[int, int] = (0, 0)
    merged: list[_Cand] = field(default_factory=list)
    confidence: float = 1.0
    rejected_places: set[str] = field(default_factory=set)   # named in the sentence but not its place
    listed: list[Mention] = field(default_factory=list)     # places listed with its place ("في X و Y")
    fan_of: str | None = None                               # a copy for one place of a list: that place
    strike_owner: tuple[list[str], tuple[int, int]] | None = None   # the force its strike word names


# --------------------------------------------------------------------------- stage

def extract_events(analysis: Analysis, res: Any = None) -> None:
    """Append the document's events to ``analysis.events`` (see module docstring)."""
    doc = analysis.doc
    text = doc.text or ""
    if not text.strip():
        return
    lex = lexicon()
    ref = ref_date(doc.published.date, doc.published.precision)
    filed = url_day(doc.url) if ref is None else None     # read once against it (dates are costly)
    # the site's crawl-time ticker (found by the corpus pass across the site's pages) dates nothing
    ticker = crawl_spans(text, doc.warnings)
    found = find_page_dates(text, ref or filed, doc.warnings)
    dates = refuse_crawl_dates(found, ticker)
    undated = ref is None
    if ref is None:
        dates = drop_page_stamps(dates, text, lex.date_cues)
        lead = lead_reference(text, dates, lex.date_cues) or dated_lead(text, dates, lex.date_cues, found)
        if lead is not None:
            # the page's own date, confirmed by its "اليوم الأربعاء": its relative dates resolve
            ref = lead
            dates = drop_later_stamps(refuse_crawl_dates(find_page_dates(text, ref, []), ticker), ref)
        elif filed is not None and url_reference(doc.url, dates) is not None:
            # the day the site filed the page under: the page's date for its events (never
            # the document's publication date, which the page itself must print)
            ref = filed
            dates = drop_later_stamps(dates, ref)
            undated = False
        else:
            if filed is not None:
                # the text prints a later date: the URL day dates nothing, read the dates again without it
                found = find_page_dates(text, None, [])
                dates = drop_page_stamps(refuse_crawl_dates(found, ticker), text, lex.date_cues)
            # a bulletin's "ليوم الاثنين 30 - 10 - 2017", an article's date under a site bar's clock or
            # printed with its title twice: the page's own day for its events, as a confirmed head date is
            # (date_after_stamp reads the article's date under the clock, so it sees the clock; it
            # never returns the clock itself)
            own = (bulletin_reference(text, dates) or date_after_stamp(text, found, lex.date_cues)
                   or titled_date(text, refuse_crawl_dates(found, ticker)))
            if own is not None:
                ref = own
                dates = drop_later_stamps(refuse_crawl_dates(find_page_dates(text, ref, []), ticker), ref)
            else:
                # a chronicle in prose: its year-less days take the year of the full dates among them;
                # a narrative's others, that of the full date (or the URL's month) last given
                dates = narrative_days(text, chronicle_days(text, dates), doc.url, lex.date_cues)
    else:
        dates = drop_later_stamps(dates, ref)
    dates = timeline_days(text, dates)
    posts = post_stamps(text, dates, lex.post_labels)
    heads = report_heads(text, dates)
    if heads and not posts:
        # glued daily reports: each heading opens a part whose dates read against the day it covers
        posts = [(at, day) for at, day, _d in heads]
    if posts:
        # a listing of separately dated posts: each post's dates count from its own stamp
        dates = dates_by_post(text, dates, posts)
    dates = anchored_days(text, dates)      # (after: "سبقها بيوم" in a post counts from the post's days)
    dates = anaphoric_years(text, dates)    # "في أيلول من العام نفسه": the year told before it
    numbers = find_numbers(text)
    mentions = _facility_places(analysis, sorted(analysis.mentions, key=lambda m: m.start), res)
    mentions = _witness_places(analysis, mentions, res)
    gaz = _gazetteer(res)
    ctx = _DocContext(analysis, mentions, _kb(res), gaz.surrounding_provinces() if gaz is not None else frozenset(),
                      _province_capitals(gaz))
    ctx.page_day = ref if not undated else url_month_start(doc.url, dates)
    ctx.posts = posts
    ctx.report_parts = [(at, day) for at, day, _d in heads]

    sents = _sentences(text, mentions, dates, numbers, doc.warnings, [at for at, _day, _d in heads])
    question = _question_lines(text)
    per_sent: list[list[_Cand]] = []
    for s in sents:
        if s.line in question or _is_question(text, s.span):
            per_sent.append([])
            continue
        per_sent.append(_sentence_candidates(s, text, lex, ctx))

    # dates: own sentence, else inherited from the previous sentence / the lead's next sentence / the
    # timeline entry the sentence's line continues
    entry_heads = _entry_heads(sents)
    for i, cands in enumerate(per_sent):
        for c in cands:
            if not c.date_own and not c.has_date_expr:
                if not _item_opens_inside(c, ctx):
                    _borrow_date(c, i, sents, per_sent, lex, carry=ref is None, entries=entry_heads,
                                 feed_text=text if ctx.feed else None, parts=ctx.report_parts)

    _yearless_before_page([c for cands in per_sent for c in cands], dates, ref, posts)

    if ctx.feed:
        per_sent = [[c for c in cands if not _video_caption(c, ctx)] for cands in per_sent]
    gallery = _gallery_start(text)
    if gallery is not None:
        per_sent = [[c for c in cands if c.start < gallery] for cands in per_sent]
    boxes = _latest_news_spans(text)
    if boxes:
        per_sent = [[c for c in cands if not any(a <= c.start < b for a, b in boxes)] for cands in per_sent]
    events = _attach_and_merge(per_sent, ctx)
    events = _tolls_told_back(events, ctx)
    # an undated page of the theatre's period dates its bare violent deeds as a dated page does
    # (unknown), unless history is told just before them (_after_old_year)
    period_page = ctx.page_day is None and _page_of_period(dates, lex)
    events = [c for c in events if _emit_ok(c, ctx.feed, ctx.page_day is not None,
                                            period_page and not _after_old_year(c, dates, lex)
                                            and not _entry_fields(c, text))]
    events = _merge_document(events, ctx)
    events = _merge_bare(events, ctx)
    _fallbacks(events, ctx, text)
    _inherit_dates(events, ctx)
    events = _merge_retold(events, ctx)
    events = _merge_pointed_back(events, ctx)
    events = _merge_answered(events, ctx)
    events = _merge_same_day(events, ctx)
    events = _merge_toll_updates(events, ctx)
    events = _merge_tolls_told_apart(events, ctx)
    events = _merge_elaborations(events, ctx)
    if not ctx.feed and (_question_headline(doc.title) or not posts and _argument_page(text)):
        # (before _page_dates: a generality of the page's argument takes no page date). Not on a live
        # feed, whose "headline" is its first item and may quote a question ("أردوغان: ... ?"): the
        # feed reports, it does not argue. A page that argues in its prose (_argument_page) with no
        # question in its headline is judged the same; not a listing of dated posts (each reports)
        events = [c for c in events if not _analysis_generality(c)]
    _page_dates(events, text, dates, ref, lex, _published_span(text, doc.published.evidence), posts, heads)
    events = [c for c in events if _in_scope(c, lex, ctx) and not _told_as_past(c, lex)
              and not _ongoing_since(c, text) and not _recalled(c, lex, ref, text)
              and not _undated_aside(c, lex) and not _long_ago_told(c, lex, text)]
    if undated:
        entries = frozenset(d.start for d in dates if d.kind == "timeline") | {d.start for d in entry_heads.values()}
        events = [c for c in _drop_older_than_page(events, lex, text, entries) if not _year_only(c, text)]
    if not posts:
        # (after _drop_older_than_page, which counts the page's dated happenings) the page's own
        # time: its date, else (no date at all) the newest year it names
        day = ref or ctx.page_day
        newest = None if day is not None else _newest_year(dates)
        events = [c for c in events if not _old_year_told(c, lex, text, day, newest, dates)]
        if day is None and _page_before_scope(dates, lex):
            events = [c for c in events if not _undated_history(c)]
        elif day is None:
            # history told on a page of any time: the nearest year written before a timeless deed is
            # before the theatre's period ("ثورة 1929 ... هاجم العرب الضواحي", "وبعد ذلك بعامين سحقت")
            events = [c for c in events if not (_undated_history(c) and _after_old_year(c, dates, lex))]
    if _retrospective_page(doc.title, text, lex):
        # a look back (a year's harvest, a chronology, a group's story): what it tells with no time
        # of its own is of the years it reviews; its news of the day is told "اليوم", "أمس"
        pub_ev = _published_span(text, doc.published.evidence)
        events = [c for c in events if not _timeless(c, pub_ev)]
    # (after the filters: a telling dropped as background or out of scope takes no kept telling with it)
    events = _merge_restated_tolls(events, ctx)
    out_ids: dict[str, _Cand] = {}
    for c in events:
        _apply_strike_owner(c)
        ev = _to_event(c, doc.id, text)
        if ev.id in out_ids:
            if not _other_point(out_ids[ev.id], c, ctx):
                continue
            # "انفجرت عبوة في حي الضبيط ... فيما انفجرت دراجة مفخخة في بلدة ارمناز": one word, one
            # sentence, two towns: two happenings, the second told apart by its trigger's offset
            ev.id = event_id(doc.id, c.event_type, c.evidence[0], f"{normalize(ev.trigger)}#{c.start}")
        out_ids[ev.id] = c
        _drop_unsupported_states(ev, c, text)
        for aid in ev.actor1 + ev.actor2:
            if aid in (CIVILIANS_ID, PROTESTERS_ID, UNIDENTIFIED_ID) and aid not in analysis.entities:
                analysis.entities[aid] = _generic_entity(aid)
        ev.notes_ar, ev.notes_en = make_notes(ev, analysis.entities, _qualifiers(c))
        analysis.events.append(ev)


# --------------------------------------------------------------------------- document context

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


def _facility_places(analysis: Analysis, mentions: list[Mention], res: Any) -> list[Mention]:
    """A facility linked to the actor KB ("مطار المزة العسكري", "قاعدة حميميم") has no point of its
    own, but the gazetteer often lists it with one: such a mention then locates events as a place
    does ("طائرات إسرائيلية تقصف مطار المزة العسكري"). The stored mentions keep the KB link; the
    events stage reads a copy typed PLACE that names the gazetteer's point."""
    if not any(m.type == "FACILITY" and m.entity_id for m in mentions):
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
    before = _norm_slice(text, max(0, m.start - 12), m.start).split()
    after = _norm_slice(text, m.end, m.end + 12).split()
    spaced = text[m.start - 1:m.start].isspace() and not _norm_cached(m.surface).startswith(("ب", "ل"))
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
        self.kb = kb
        self.surrounding = surrounding      # city provinces and their countrysides (one front)
        self.province_capitals = province_capitals     # normalized names of the governorates' cities
        self.page_day: dt.date | None = None     # the page's date or URL day/month start (_long_before_day)
        self.posts: list[tuple[int, dt.date]] = []   # a listing's posts: (where each starts, its stamp's day)
        self.report_parts: list[tuple[int, dt.date]] = []  # glued daily reports: (where each heading starts, its day)
        # the place of the last placed happening and its sentence (for "في المنطقة ذاتها")
        self.last_place: tuple[Mention, int] | None = None
        self.entities = analysis.entities
        # place_usable per mention object (asked once for the page, again per candidate); the
        # mention is kept in the value so its id is not reused while the context lives
        self._usable: dict[int, tuple[Mention, bool]] = {}
        text = analysis.doc.text
        # (a facility is a place only as a trigger's object, never the page's place)
        places = Counter(m.entity_id for m in mentions
                         if m.type == "PLACE" and m.entity_id and m.source != FACILITY_SOURCE
                         and self.place_usable(m, text) and not _topic_mention(m, text))
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
        if dom is not None and dom.country and lexicon().theatre and dom.country not in lexicon().theatre:
            self.dominant_place = None      # a page about elsewhere: its events need a place of their own
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
        # a numbered casualty list (read once: the merge passes ask it for every pair of events)
        self.list_report = _list_report(text)

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

    def _place_usable(self, m: Mention, text: str) -> bool:
        lex = lexicon()
        if m.source == "dateline" or _dateline(m, text) or _metonym(m, text):
            return False
        if _common_noun_use(m, text) or _group_name(m, text):
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

    def place_precision(self, m: Mention | None, eid: str | None) -> int | None:
        if m is not None and m.geo_precision:
            return m.geo_precision
        e = self.entities.get(eid) if eid else None
        if e is not None and e.level:
            return LEVEL_PRECISION.get(e.level, 2)
        return None


PLACE_GUARDS = LEXICON.parent / "event_place_guards.yaml"


@lru_cache(maxsize=1)
def _place_guard_lists() -> dict[str, Any]:
    """event_place_guards.yaml, its word lists normalised (the file is read once)."""
    data = yaml.safe_load(PLACE_GUARDS.read_text(encoding="utf-8"))
    return {k: frozenset(normalize(str(w)) for w in v) if isinstance(v, list) else v for k, v in data.items()}


def _place_guards() -> tuple[frozenset[str], frozenset[str], int]:
    lists = _place_guard_lists()
    return lists["anaphoric_adjectives"], lists["common_noun_partners"], int(lists["partner_reach"])


ACTOR_GUARDS = LEXICON.parent / "event_actor_guards.yaml"


@lru_cache(maxsize=1)
def _actor_guards() -> dict[str, frozenset[str]]:
    """event_actor_guards.yaml, its word lists normalised (the file is read once)."""
    data = yaml.safe_load(ACTOR_GUARDS.read_text(encoding="utf-8"))
    return {k: frozenset(normalize(str(w)) for w in v) for k, v in data.items()}


# "56 مدنيا سوريا", "12 مواطنا سوريا": a counted noun in the indefinite accusative and its nisba
_COUNT_NISBA = re.compile(r"(?:^|\s)\d+\s+(\S+)\s*$")


def _state_not_actor(m: Mention, text: str) -> bool:
    """A country's name that the text does not make an actor: after a locative ("وفي إيران",
    "داخل سوريا", "شرق سوريا"), the nisba adjective of a counted noun ("275 عنصرا سوريا": Syrian
    members; the indefinite accusative "سوريًا" is written like the country), or a word of an
    outlet's name ("مكتب أخبار سوريا", "تايم أوف إسرائيل", "سوريا على طول")."""
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
    after = normalize(text[m.end:m.end + 20]).split()
    if any(after[:len(t.split())] == t.split() for t in g["outlet_tails"]):
        return True
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


def _group_name(m: Mention, text: str) -> bool:
    """The place is part of an armed group's name: "لواء شهداء القريتين", "غرفة عمليات حوار كلس",
    "مجلس منبج العسكري". The group acts wherever it fights; its home town is no place of the event.
    Word lists: rasd/data/lexicons/event_place_guards.yaml (group_heads, group_epithets)."""
    lists = _place_guard_lists()
    heads, epithets = lists.get("group_heads", frozenset()), lists.get("group_epithets", frozenset())
    words = _norm_cached(m.surface).split()
    if not heads or not words or words[0].lstrip("وب") in lists.get("group_area_nouns", frozenset()):
        return False        # "غرفة عمليات ريف حماة الشمالي": a group named after its front fights there
    before = [w for w in _norm_slice(text, max(0, m.start - 40), m.start).split() if w.strip("\"'«»“”")]
    if not before or not text[m.start - 1:m.start].isspace() and text[m.start - 1:m.start] not in "\"'«“":
        return False        # a clitic glued to the name ("بالقريتين"): a preposition, not a name's head
    for skip in (0, 1):     # one epithet word may stand between the unit noun and the town
        if skip and not (len(before) > 1 and _unit_word(before[-1], epithets)):
            break
        rest = before[:len(before) - skip]
        if rest and (_unit_word(rest[-1], heads) or (len(rest) > 1 and _unit_word(" ".join(rest[-2:]), heads))):
            return True
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


def _metonym(m: Mention, text: str) -> bool:
    """"قالت موسكو", "أعلنت أنقرة", "دمشق تتهم": a capital speaking is a government, not a place."""
    lex = lexicon()
    before = _norm_slice(text, max(0, m.start - 15), m.start).split()
    if before and text[m.start - 1:m.start].isspace():
        w = before[-1]
        if w in REPORT_CUES or not _keys(w).isdisjoint(REPORT_CUES) or not _keys(w).isdisjoint(lex.speech_verbs):
            return True
        if not _keys(w).isdisjoint(lex.state_act_verbs):
            return True     # "عقدت دمشق اتفاقا", "قبل أن تحتوي أنقرة وموسكو الموقف": the government acts
    after = _norm_slice(text, m.end, m.end + 15).split()
    if after and text[m.end:m.end + 1].isspace():
        w = after[0]
        if _keys(w) & lex.speech_verbs or w in SPEECH_AFTER:
            return True
    return False


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


_warn = add_warning


def _cut_spans(text: str, spans: list[Span], cuts: list[int]) -> list[Span]:
    """The sentence spans, each cut again where one of ``cuts`` falls inside it: a glued daily report's
    heading starts its own sentence even when the entry before it ends without a stop ("... على بلدة
    ترمانيين التقرير اليومي ... ليوم 24 - 11 - 2016")."""
    out: list[Span] = []
    for sp in spans:
        start = sp.start
        for at in cuts:
            if start < at < sp.end:
                end = skip_space_back(text, at)
                if end > start:
                    out.append(Span(start, end))
                start = at
        out.append(sp if start == sp.start else Span(start, sp.end))
    return out


def _sentences(text: str, mentions: list[Mention], dates: list[Any], numbers: list[NumberExpr],
               warnings: list[str], cuts: list[int] | None = None) -> list[_Sent]:
    spans = _cut_spans(text, split_sentences(text), cuts) if cuts else split_sentences(text)
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    m_starts = [m.start for m in mentions]
    d_starts = [d.start for d in dates]
    n_starts = [n.start for n in numbers]
    # speed: a sentence's normalised form is a slice of the text's (normalize maps characters one
    # by one; not so for a final sigma, whose lower case depends on its neighbours)
    norm, offs = _page_norm(text) if "Σ" not in text else (None, None)
    out = []
    for idx, sp in enumerate(spans):
        toks: list[Token] | None = []
        trigger_at: list[int] | None = None
        if norm is not None:
            trigger_at = _trigger_tokens(text, norm, offs, sp)
            if trigger_at is not None:
                toks = None     # tokenised when read (_Sent.tokens)
            else:
                trigger_at = []     # no first word of a trigger: no tokens (as read by the rules)
        elif _may_have_trigger(text[sp.start:sp.end]):
            toks = None
        # a sentence that may hold more tokens than read (two characters a token at least) is
        # tokenised now, so that its warning comes in the order of the sentences
        if toks is None and (sp.end - sp.start + 1) // 2 > MAX_TOKENS_PER_SENTENCE:
            toks = sentence_tokens(text, sp.start, sp.end)
            if len(toks) > MAX_TOKENS_PER_SENTENCE:
                _warn(warnings, f"sentence at {sp.start} has {len(toks)} tokens; events read from the first "
                                f"{MAX_TOKENS_PER_SENTENCE}")
                toks = toks[:MAX_TOKENS_PER_SENTENCE]
        a, b = bisect.bisect_left(m_starts, sp.start), bisect.bisect_left(m_starts, sp.end)
        da, db = bisect.bisect_left(d_starts, sp.start), bisect.bisect_left(d_starts, sp.end)
        na, nb = bisect.bisect_left(n_starts, sp.start), bisect.bisect_left(n_starts, sp.end)
        nums = numbers[na:nb]
        if len(nums) > MAX_NUMBERS_PER_SENTENCE:
            _warn(warnings, f"sentence at {sp.start} has {len(nums)} numbers; its counts were not read")
            nums = []
        s_dates = dates[da:db]
        # clause / quote / bracket regions are computed only for sentences with a trigger
        out.append(_Sent(idx, sp, bisect.bisect_right(line_starts, sp.start) - 1, toks, [], [], [],
                         mentions[a:b], s_dates, nums, has_date_expr=bool(s_dates), trigger_at=trigger_at,
                         text=text))
    return out


def _page_norm(text: str) -> tuple[str, Any]:
    """The page's normalised text and offsets as triggers are looked for in it: a word split by a
    stray space ("ق تل", rasd.text.split_words) is one word there, as the sentence tokens read it."""
    return normalize_joined(text, split_word_joins(text))


@lru_cache(maxsize=1)
def _trigger_automaton() -> Any:
    """Aho-Corasick automaton of every trigger's first word: a sentence without one is skipped
    before tokenising (most sentences of a page)."""
    import ahocorasick

    auto = ahocorasick.Automaton()
    for first in lexicon().phrases:
        for key in {first} | {first[:-len(s)] for s in ("ات", "ه", "ها", "هم") if first.endswith(s) and len(first) > 4}:
            auto.add_word(key, key)
    auto.make_automaton()
    return auto


def _trigger_tokens(text: str, norm: str, offs: Any, sp: Span) -> list[int] | None:
    """Start offsets of the sentence's tokens that may start a trigger phrase (in order); None
    when the sentence holds no trigger's first word at all. Found from the page's normalised
    text, without tokenising the sentence: a token starts a phrase only if one of its readings
    (``_keys``: parts of its form) is a phrase's first word, so it holds an automaton match."""
    a = bisect.bisect_left(offs, sp.start)
    seg = norm[a:bisect.bisect_left(offs, sp.end)]
    lex = lexicon()
    table = _phrase_table(lex)
    out: set[int] | None = None
    tok_start = tok_end = -1
    for end, key in _trigger_automaton().iter(seg):
        if out is None:
            out = set()
        pos = offs[a + end - len(key) + 1]      # the match's first character in the text
        if tok_start <= pos < tok_end:
            continue        # in the token just read
        tok = sentence_token_at(text, pos, sp.start, sp.end)
        if tok is None:
            continue
        tok_start, tok_end = tok.start, tok.end
        if _phrases_of(lex, table, tok.norm):
            out.add(tok.start)
    return None if out is None else sorted(out)


def _may_have_trigger(sentence: str) -> bool:
    return _norm_has_trigger(normalize(sentence))


def _norm_has_trigger(norm_sentence: str) -> bool:
    for _ in _trigger_automaton().iter(norm_sentence):
        return True
    return False


def _prepare(s: _Sent, text: str) -> None:
    if s.clause or not s.tokens:
        return
    clause, s.quote, s.paren = _regions(text, s.tokens)
    s.clause = _join_date_clauses(clause, s.tokens, s.dates)
    _date_regions(s)


CLAUSE_JOINERS = frozenset(normalize(w) for w in ("كما", "ثم", "فيما", "بينما"))


def _date_regions(s: _Sent) -> None:
    """Date clauses and heading segments of a sentence.

    A date clause is a clause (punctuation, clause words) cut again before "و + verb" / "كما" /
    "ثم": "ألقى الطيران برميلين على داعل بتاريخ 21 - 11 - 2013 وقصفت ... إنخل بتاريخ 23 - 11 - 2013"
    tells two events with a date each. A heading date is a full date that no preposition or date
    word introduces, at the start of the sentence or in its middle (a timeline entry glued to the
    previous one: "... قرب بانياس 8 مايو 2011 اشتباكات بين ..."): it opens a segment whose events
    it dates, and dates past it belong to other entries. Not one in brackets in the middle: a
    source's citation closing what the sentence told ("( المرصد السوري , 13 أيار / مايو 2017 )")."""
    lex = lexicon()
    toks = s.tokens
    if not toks:
        s.dclause, s.hseg = [], []
        return
    starts = [t.start for t in toks]
    date_at: dict[int, int] = {}
    for di, d in enumerate(s.dates):
        k = bisect.bisect_left(starts, d.start)
        if k < len(toks):
            date_at.setdefault(k, di)
    # speed: the counters as running sums of per-token steps (a token opens a date clause where
    # its clause changes or it is a cut word, looked up per form), not a Python loop per token
    norms = [t.norm for t in toks]
    cuts = list(map(_DATE_CUTS.get, norms))
    if None in cuts:
        if len(_DATE_CUTS) >= 262144:
            _DATE_CUTS.clear()
        for k in compress(range(len(cuts)), map(_is_none, cuts)):
            cuts[k] = _DATE_CUTS[norms[k]] = _opens_date_clause(norms[k])
    clause = s.clause
    step = [0, *map(or_, map(ne, clause[1:], clause[:-1]), cuts[1:])]
    hstep: list[int] | None = None
    for k, di in date_at.items():
        d = s.dates[di]
        if d.date_start and d.precision == "day" and (d.kind == "timeline" or d.kind == "absolute" and (
                d.surface[:1].isdigit() and re.search(r"(?:19|20)\d\d", d.surface))):
            prev = toks[k - 1].norm if k else ""
            inside = k > 0 and any(o.start <= toks[k - 1].start < o.end for o in s.dates)
            if k == 0 or (not inside and prev not in lex.date_cues and prev.lstrip("وب") not in lex.date_cues
                          and not prev.isdigit() and not (_keys(prev) & lex.date_cues)
                          and (not s.paren or s.paren[k] == -1)):    # "( حق , 2 نيسان / أبريل 2017 )": a citation
                s.headings.add(di)
                if k:
                    if hstep is None:
                        hstep = [0] * len(toks)
                    hstep[k] = 1
                    step[k] += 1
    s.dclause = list(accumulate(step, initial=0))[1:]
    s.hseg = list(accumulate(hstep)) if hstep is not None else [0] * len(toks)


# normalised form -> it opens a date clause (_opens_date_clause), filled as forms are met
_DATE_CUTS: dict[str, bool] = {}


def _is_none(x: object) -> bool:
    return x is None


def _opens_date_clause(n: str) -> bool:
    """A token that starts a new date clause in its clause: "و + verb", or a joiner ("كما", "ثم")."""
    return (n.startswith("و") and len(n) >= 4 and (is_verb(n[1:]) or n[1:] in VERB_BARE)) or n in CLAUSE_JOINERS


def closing_apostrophes(gap: str) -> str:
    """Inside a quotation, two apostrophes close it ("" جمعة نصرة القدس ' '" on scraped pages): the
    gap with them read as the closing mark."""
    if "''" in gap or "' '" in gap:
        return gap.replace("' '", '"').replace("''", '"')
    return gap


def _regions(text: str, toks: list[Token]) -> tuple[list[int], list[int], list[int]]:
    """Clause, quote and parenthesis region ids per token."""
    if not toks:
        return [], [], []
    n = len(toks)
    cw = clause_word_starts(toks)
    # speed: most gaps between tokens are one space (no mark, dash, quote or bracket): only the
    # other gaps are read one by one; the ids are running sums and runs of one value between them
    starts = [t.start for t in toks]
    gaps = list(map(text.__getitem__, map(slice, [starts[0], *[t.end for t in toks[:-1]]], starts)))
    step = [0] * n
    for k in cw:
        if k:
            step[k] = 1
    quote: list[int] = []
    paren: list[int] = []
    q_id, in_q = -1, False
    p_id, depth = -1, 0
    n_q = n_p = 0
    special = list(compress(range(n), map(" ".__ne__, gaps)))    # always holds 0 (its gap is "")
    for i, k in enumerate(special):
        gap = gaps[k]
        t = toks[k]
        marks = set(gap) & PUNCT_BOUNDARY
        if marks <= {"(", ")"} and _number_bracket(gaps, toks, k, gap):
            marks = set()           # "الـ(150) شخصاً": brackets around a number are not a clause
        dash = (" - " in gap or " – " in gap) and not (t.norm.isdigit() and k and toks[k - 1].norm.isdigit())
        if k and (marks or dash):
            step[k] = 1
        if in_q:
            gap = closing_apostrophes(gap)
        for ch in gap:
            if ch == '"':
                in_q = not in_q
                if in_q:
                    n_q += 1
                    q_id = n_q
            elif ch in QUOTES_OPEN:
                in_q = True
                n_q += 1
                q_id = n_q
            elif ch in QUOTES_CLOSE:
                in_q = False
            elif ch == "(":
                depth += 1
                if depth == 1:
                    n_p += 1
                    p_id = n_p
            elif ch == ")":
                depth = max(0, depth - 1)
        # this token and the ones up to the next special gap share the ids
        run = (special[i + 1] if i + 1 < len(special) else n) - k
        quote += [q_id if in_q else -1] * run
        paren += [p_id if depth else -1] * run
    return list(accumulate(step)), quote, paren


def _number_bracket(gaps: list[str], toks: list[Token], k: int, gap: str) -> bool:
    """The brackets of the gap before token k stand by a number ("الـ(150) شخصاً"), not after a
    bracketed phrase that ends in one: "قضت محكمة ... اليوم الأحد ( الثاني من تموز / يوليو 2017 )
    بإعدام" - the bracketed date is an aside and the verdict goes on after it, in its own clause."""
    if toks[k].norm.isdigit():
        return True
    if not (k and toks[k - 1].norm.isdigit()):
        return False
    return ")" not in gap or "(" in gaps[k - 1]


def _join_date_clauses(clause: list[int], toks: list[Token], dates: list[Any]) -> list[int]:
    """"ووصلت إلى الشمال، أمس الإثنين، قافلة ...": commas around an inserted date do not end the clause."""
    if not dates or not toks:
        return clause
    # a token is inside a date when a date starting at or before it ends at or after it: the
    # latest end among the dates that start by the token's start
    spans = sorted((d.start, d.end) for d in dates)
    d_starts = [a for a, _b in spans]
    reach = list(accumulate((b for _a, b in spans), max))
    outside: set[int] = set()       # clauses with a token outside every date
    for k, t in enumerate(toks):
        i = bisect.bisect_right(d_starts, t.start)
        if not i or reach[i - 1] < t.end:
            outside.add(clause[k])
    date_only = set(clause) - outside
    if not date_only:
        return clause
    out = [0]
    for k in range(1, len(toks)):
        same = clause[k] == clause[k - 1] or clause[k] in date_only or clause[k - 1] in date_only
        out.append(out[-1] if same else out[-1] + 1)
    return out


def _question_lines(text: str) -> set[int]:
    """Lines that are questions (interview questions, readers' questions): not asserted."""
    out = set()
    # speed: a line is normalised alone only when the whole text's normalised line holds the word
    # (normalize maps characters one by one and keeps line breaks)
    norm_lines = normalize_with_map(text)[0].split("\n")     # the map is cached for a page
    for i, line in enumerate(text.split("\n")):
        s = line.strip()
        while s.endswith(")") and "(" in s:      # "...؟ (وفق نص سؤال أحد القراء)."
            s = s[: s.rfind("(")].rstrip()
        s = s.rstrip(" .!")
        if s.endswith(("؟", "?")) or ("سوال" in norm_lines[i] and normalize(line.strip()).startswith("سوال")):
            out.add(i)
    return out


def _is_question(text: str, span: Span) -> bool:
    return text[span.start:span.end].rstrip(" \"”»)").endswith(("؟", "?"))


# --------------------------------------------------------------------------- triggers in a sentence

_PHRASES_AT: tuple[Any, dict[str, tuple[Any, ...]]] = (None, {})


def _phrase_table(lex: _ELex) -> dict[str, tuple[Any, ...]]:
    """Token form -> the trigger phrases it may start, in the order ``_match_triggers`` tries
    them: its readings sorted (the same trigger on every run), then each reading's phrases.
    Filled on demand (``_phrases_at``): most tokens start none, and sorting their readings
    and looking each up for every token cost more than one dictionary lookup."""
    global _PHRASES_AT
    if _PHRASES_AT[0] is not lex:
        _PHRASES_AT = (lex, {})
    return _PHRASES_AT[1]


def _phrases_of(lex: _ELex, table: dict[str, tuple[Any, ...]], norm: str) -> tuple[Any, ...]:
    """The phrases a normalised form may start: from the table, else worked out and kept there."""
    got = table.get(norm)
    return _phrases_at(lex, table, norm) if got is None else got


def _phrases_at(lex: _ELex, table: dict[str, tuple[Any, ...]], norm: str) -> tuple[Any, ...]:
    if len(table) >= 262144:
        table.clear()
    keys = _keys(norm)
    # speed: most forms start no phrase
    got = table[norm] = () if lex.phrases.keys().isdisjoint(keys) else tuple(
        p for key in sorted(keys) for p in lex.phrases.get(key, ()))
    return got


def _match_triggers(s: _Sent, lex: _ELex) -> list[tuple[Trigger, str, int, int]]:
    if s.trigger_at is not None and not s.trigger_at:
        return []       # speed: no token may start a trigger (the sentence is not tokenised)
    table = _phrase_table(lex)

    def phrases_at(norm: str) -> tuple[Any, ...]:
        return _phrases_of(lex, table, norm)

    toks = s.tokens
    at = None
    if s.trigger_at is not None:     # (a long sentence's tokens past the read ones are not there)
        at = [k for k, p in ((_tok_index(toks, p), p) for p in s.trigger_at) if k >= 0 and toks[k].start == p]
    return _longest_triggers(toks, phrases_at, at)


def _longest_triggers(toks: list[Token], phrases_at: Callable[[str], tuple[Any, ...]],
                      at: list[int] | None = None) -> list[tuple[Trigger, str, int, int]]:
    """Left to right, the longest trigger phrase starting at each token (``phrases_at``: the
    phrases a normalised form may start; ``at``: the indexes of the tokens that may start one,
    in order, when known; the others start none)."""
    out = []
    i = 0
    for k in range(len(toks)) if at is None else at:
        if k < i:
            continue        # inside the phrase found last
        i = k
        best = None
        for words, trig, form in phrases_at(toks[i].norm):
            if best is not None and len(words) <= best[3] - i:
                continue
            j = phrase_end(words, toks, i, _keys)
            if j is not None:
                best = (trig, form, i, j)
        if best is not None and best[1] in TA_MARBUTA and toks[i].text.rstrip(_MARKS).endswith("ه"):
            best = None
        if best is None:
            i += 1
            continue
        out.append(best)
        i = best[3]
    return out


def _sentence_candidates(s: _Sent, text: str, lex: _ELex, ctx: _DocContext) -> list[_Cand]:
    found = _match_triggers(s, lex)
    if not found:
        return []
    _prepare(s, text)
    toks = s.tokens
    cands: list[_Cand] = []
    named = [(m.start, m.end) for m in s.mentions]
    # aircraft named with their nationality ("طائرات مسيرة روسية", "الطيران الروسي") are the striker
    # and the means at once: an air-strike phrase inside such a name is still a trigger
    not_forces = [(m.start, m.end) for m in s.mentions if m.type != "STATE_FORCES"]
    cues: list[dict[str, int]] | None = None
    related_from = _related_header(toks, lex)
    sent_keys: set[str] | None = None
    # where a cause clause starts: "بعد" + a verbal noun of a happening of a kind in CAUSE_KINDS
    causes = [ti for trig, _f, ti, _j in found if trig.kind in CAUSE_KINDS and _after_cause(toks, ti)
              and not any(w in toks[ti].norm for w in CAUSE_NOT)
              and (trig.kind in ROUND13_CAUSE_KINDS or not _recent_or_means(s, found, ti))]
    for trig, form, ti, tj in found:
        if any(a < toks[tj - 1].end and toks[ti].start < b for a, b in (not_forces if trig.key == "air_strike" else named)):
            continue        # "تحرير" inside "هيئة تحرير الشام" is a name, not a trigger
        if any(d.start <= toks[ti].start < d.end for d in s.dates):
            continue        # "فجر اليوم" (at dawn today) is a date, not "blew up"
        if trig.verb_only and form in trig.verb_only and toks[ti].norm.startswith(DEFINITE):
            continue        # "صلاة الفجر", "منذ الفجر": dawn, not "blew up" (a verb takes no article)
        if tj < len(toks) and _keys(toks[tj].norm) & trig.not_next:
            continue
        if tj + 1 < len(toks) and toks[tj].norm in OBJECT_PREPS and _keys(toks[tj + 1].norm) & trig.not_next:
            continue        # "السيطرة على الحرائق": the object after its preposition
        if trig.kind == "execution" and _outcome_of(s, ti):
            continue        # "أسفرت الغارة عن تصفية 30 قياديا": the strike's toll, not an execution
        if trig.not_before and _not_before(s, ti, trig.not_before):
            continue        # "مناطق سيطرته", "لمعركة السيطرة", "بغرض السماح بالخروج": a state or a plan
        if form in trig.backed_forms and _backed(s, ti, trig.backed_by):
            continue        # "تقدمت القوات ... بدعم من سلاح الجو الروسي": the aircraft back a ground deed
        if trig.not_after and {w for t in toks[tj:tj + 3] for w in _keys(t.norm)} & trig.not_after:
            continue
        if trig.not_after and _from_object_keys(s, ti, tj) & trig.not_after:
            continue        # "انسحب وفد النظام السوري من محادثات السلام": what is left is a meeting, not ground
        if trig.kind in lex.other_sense_kinds and lex.other_sense:
            if _clause_keys(s, ti) & lex.other_sense:
                continue    # "مواجهات" of a match, "صواريخ" of an arms deal
        if trig.reject_clause and _clause_keys(s, ti) & trig.reject_clause:
            continue
        if form in trig.deploy_weapons and _clause_keys(s, ti) & trig.deploy_clause:
            continue        # "نصبت مدفعية ثقيلة ووجهتها", "تنشر 400 جندي ومدفعية": set up or sent, not fired
        if trig.light_verb and (any(tj <= i2 <= tj + 6 for _t2, _f2, i2, _j2 in found)
                                or (ti > 0 and toks[ti - 1].norm in RELATIVE)):
            continue        # "شن تحالف فيلق الرحمن هجوما": the noun is the trigger; "العملية التي أطلقها": background
        if trig.reject_sentence and sent_keys is None:
            sent_keys = {w for t in toks for w in _keys(t.norm)}
        if trig.reject_sentence and sent_keys is not None and sent_keys & trig.reject_sentence:
            continue        # "مقتل سبعة في تحطم طائرة", "قتلى الزلزال": an accident or a disaster, not violence
        if any(toks[k].norm == "هل" and s.clause[k] == s.clause[ti] for k in range(max(0, ti - 3), ti)):
            continue        # "هل انسحبت القوات الروسية ...": a question, asserted by nobody
        if related_from is not None and ti >= related_from:
            continue        # "مقالات مشابهة ...": the headlines of other pages glued to the text
        if lex.title_cues and _in_quoted_title(s, ti, lex):
            continue        # 'حملة بعنوان " الرقة تذبح بصمت "': a word of a campaign's or a Friday's name
        if (trig.kind == "casualty" and ti > 0 and _keys(toks[ti - 1].norm) & lex.toll_nouns
                and not any(s.clause[_tok_index(toks, n.start)] == s.clause[ti] for n in s.numbers
                            if _tok_index(toks, n.start) >= 0)):
            continue        # "وقد زاد عدد الضحايا مع ...": a toll talked about, no death told
        if trig.requires and form not in trig.requires_except:
            window = {w for t in toks[max(0, ti - trig.requires_window):ti] for w in _keys(t.norm)}
            if not window & trig.requires:
                continue
        if trig.requires_near:
            near = {w for t in toks[max(0, ti - 6):tj + 6] for w in _keys(t.norm)}
            if not near & trig.requires_near:
                continue
        if trig.requires_object:
            clause_words = _clause_keys(s, ti)
            if not clause_words & lex.objects and not _keys(toks[ti].norm) & lex.objects:
                continue
        if cues is None:
            cues = sentence_cues(toks)
        modality = modality_of(toks, s.clause, ti, tj, cues)
        if (trig.kind in PURPOSE_KINDS and toks[ti].norm.startswith("ل") and not toks[ti].norm.startswith("ال")
                and not any(_keys(toks[k].norm) & FORCED for k in range(max(0, ti - 4), ti))):
            modality = "hypothetical"       # "للسيطرة على", "لإجلاء": a purpose; "اضطر للانسحاب" is a deed
        if modality in NOT_EVENT or modality in ("threatened", "conditional", "hypothetical", "purpose"):
            continue
        if toks[ti].norm.startswith(("ك", "وك")) and not form.startswith("ك"):
            continue        # "كالتظاهرات الصغيرة", "كمعارك السيطرة": examples of a kind, not a happening
        c = _Cand(trig, form, s, ti, tj, toks[ti].start, toks[tj - 1].end, trig.event_type, trig.sub_event_type,
                  specific=form not in trig.weak and form not in trig.default, modality=modality, evidence=ctx.item_span(s.span, toks[ti].start))
        _find_actors(c, lex, ctx)
        _find_place(c, lex, ctx)
        _find_date(c, lex, text, ctx)
        if c.loc_own and not c.date_own and _facility_placed(c):
            # a base named in a summary of the war ("خسر ... مطار الطبقة", "معارك ... مطار كويرس"):
            # who took which base is background unless the sentence dates it; place it without the base
            c.location, c.geo_precision, c.loc_own, c.loc_ev, c.listed = None, None, False, None, []
            _find_place(c, lex, ctx, facilities=False)
        if not c.has_date_expr and any(s.clause[ti] == s.clause[k] and k <= ti <= k + CAUSE_REACH for k in causes):
            # "آخر الجيوب ... بعد استيلاء الجيش على البوكمال", "بدور بارز في المعركة بعد التفجير
            # الانتحاري في بلدة سروج": what the told state followed; a day in the sentence ("أصبحت تحت
            # سيطرة الجيش بعد اشتباكات ... يوم أمس") tells it; so are the words of the cause's clause after
            # it ("بعد مقتل نحو 30 عنصرا ... في اشتباكات": the clashes of the deaths)
            continue
        if modality == "accused":
            if not (c.loc_own and c.date_own):
                continue    # "اتهم البيان النظام بارتكاب مجازر": a charge, not a told happening
            c.modality = "actual"
        elif modality in SINCE_MODALITIES:
            if not (c.date_own and c.time_precision == 1 and c.date_ev is not None and c.date_ev[0] > c.start):
                continue    # "منذ سيطرة التنظيم على المدينة عام 2015": the past a span counts from (background)
            # "منذ اختطافه ... مساء السبت 4 فبراير 2017": a day after the trigger dates it (not the clause's
            # "اليوم , وبعد سنتين منذ خروج إدلب ...", the day of the state told)
            c.modality = "actual"
        if trig.kind == "territory" and not c.date_own and _relative_clause(toks, ti):
            continue        # "المدن التي سيطرت عليها": background told about a place, not a dated deed
        if not c.date_own and _present_relative(toks, ti):
            continue        # "جيش النظام الذي يشن حملة": what an actor does, said to describe it
        if not c.date_own and _habitual_present(s, ti):
            continue        # "وتشن روسيا غارات ... بالأساس لدعم": what an actor mainly does, no happening
        if not c.date_own and _past_habitual(s, ti):
            continue        # "النظام هو من كان يستهدف السفارة": what an actor used to do, no happening
        if trig.kind == "casualty" and _period_toll(s, ti):
            continue        # "بمقتل المئات ... خلال الآونة الأخيرة": a toll of a span, not a happening
        since_at = _span_since(s, ti, tj, [(i2, j2) for _t2, _f2, i2, j2 in found])
        if since_at is not None and not (c.date_own and c.time_precision == 1 and c.date_ev is not None
                                         and not since_at <= c.date_ev[0] < s.span.end):
            continue        # "تشن حملة تمرد مسلح ضد أنقرة منذ ثلاثة عقود": a campaign of years, not a happening
        c.elaborates = _elaboration(s, ti)
        clause_keys = _clause_keys(s, ti)
        c.aggregate = bool(clause_keys & lex.aggregate)
        if not _resolve_type(c, lex, ctx):
            continue
        cands.append(c)
    if not cands:
        return []
    # "قام X باقتحام ... و اعتقال ...": a trigger with no actor of its own takes the one of the
    # trigger before it in the same sentence
    for k in range(1, len(cands)):
        c = cands[k]
        prev = next((p for p in reversed(cands[:k]) if p.actor1 and not p.first_person), None)
        if not c.actor1 and prev is not None and c.modality == prev.modality:
            c.actor1, c.actor_ev, c.actor_own, c.actor_same_clause = list(prev.actor1), prev.actor_ev, True, True
            c.actor2 = [a for a in c.actor2 if a not in c.actor1]
            if not _resolve_type(c, lex, ctx):
                c.actor1 = []
    violent = [c for c in cands if c.event_type in VIOLENT and c.trig.kind != "casualty"]
    if violent:
        # "دمرت مستودعات اسلحة وهاجمت مجموعات": what an attack destroys is part of the attack (ACLED
        # codes property destruction only where no violent engagement took place)
        cands = [c for c in cands if c.trig.kind != "destruction"
                 or not any(not c.actor1 or c.actor1 == v.actor1 for v in violent)]
    _assign_counts(s, cands)
    merged = _merge_in_sentence(cands, ctx)
    for c in merged:
        _type_toll_by_means(c, lex)
    return _fan_out(merged, ctx)


def _in_quoted_title(s: _Sent, ti: int, lex: _ELex) -> bool:
    """Token ti is inside quotes or brackets that open right after a naming word ("بعنوان",
    "تحت شعار", "أطلق عليها"): the quoted words are a name given to something, not a happening told."""
    for region in (s.quote, s.paren):
        rid = region[ti] if region else -1
        if rid == -1:
            continue
        first = ti
        while first > 0 and region[first - 1] == rid:
            first -= 1
        before = [t.norm for t in s.tokens[max(0, first - 3):first]]
        keyed = [_keys(n) for n in before]
        for seq in lex.title_cues:
            if len(seq) <= len(keyed) and all(w in k for w, k in zip(seq, keyed[len(keyed) - len(seq):], strict=True)):
                return True
    return False


FROM_PREPS = frozenset(normalize(w) for w in ("من", "ومن"))
FROM_REACH = 5      # tokens between a trigger and the "من" of what is left (the subject may stand between)


def _from_object_keys(s: _Sent, ti: int, tj: int) -> frozenset[str]:
    """Keys of the word right after the first "من" of the trigger's clause within FROM_REACH tokens
    ("انسحب وفد النظام السوري من محادثات جنيف": محادثات): the thing left or come out of, when a
    subject stands between the trigger and its object."""
    toks = s.tokens
    for k in range(tj, min(len(toks) - 1, tj + FROM_REACH)):
        if s.clause[k] != s.clause[ti]:
            break
        if toks[k].norm in FROM_PREPS:
            return _keys(toks[k + 1].norm)
    return frozenset()


def _fan_out(cands: list[_Cand], ctx: _DocContext) -> list[_Cand]:
    """One happening told of a list of places ("خرجت مظاهرات في تونس وعمان وجاكرتا"): one event per
    place (ACLED codes one event per location and day). The copies carry no counts: a count told
    for the list is the whole list's, kept on the first place's event."""
    out: list[_Cand] = []
    lex = lexicon()
    for c in cands:
        out.append(c)
        if c.modality != "actual" or c.aggregate or _background(c, lex):
            continue    # "يتعرضون لأعمال عنف منذ 2003 في بغداد والموصل": background is not multiplied
        listed = c.listed or next((p.listed for p in c.merged if p.location == c.location and p.listed), [])
        for m in listed:
            if any(o.fan_of == m.entity_id and o.start == c.start for o in out):
                continue
            d = _Cand(c.trig, c.form, c.sent, c.ti, c.tj, c.start, c.end, c.event_type, c.sub_event_type,
                      specific=c.specific, modality=c.modality, actor1=list(c.actor1), actor2=list(c.actor2),
                      actor_ev=c.actor_ev, actor_own=c.actor_own, actor_same_clause=c.actor_same_clause,
                      assoc1=list(c.assoc1), location=m.entity_id,
                      geo_precision=ctx.place_precision(m, m.entity_id), loc_own=True, loc_ev=(m.start, m.end),
                      date_start=c.date_start, date_end=c.date_end, time_precision=c.time_precision,
                      date_own=c.date_own, date_ev=c.date_ev, date_from=c.date_from, date_cited=c.date_cited,
                      has_date_expr=c.has_date_expr,
                      other_time_clauses=c.other_time_clauses, inherits_date=c.inherits_date,
                      aggregate=c.aggregate, first_person=c.first_person, evidence=c.evidence,
                      confidence=c.confidence, fan_of=m.entity_id)
            out.append(d)
    return out


_FIRST_WORDS_RE: tuple[Any, re.Pattern[str] | None] = (None, None)


def _first_words_re(seqs: tuple[tuple[str, ...], ...]) -> re.Pattern[str] | None:
    """A regex finding any of the phrases' first words as a substring (what ``w in joined`` tests),
    kept for the last phrase list asked; None when a phrase is empty (it is in every sentence)."""
    global _FIRST_WORDS_RE
    if _FIRST_WORDS_RE[0] is not seqs:
        rx = None if any(not seq for seq in seqs) else re.compile(
            "|".join(re.escape(w) for w in sorted({seq[0] for seq in seqs}, key=len, reverse=True)))
        _FIRST_WORDS_RE = (seqs, rx)
    return _FIRST_WORDS_RE[1]


def _related_header(toks: list[Token], lex: _ELex) -> int | None:
    """Index of the first token after a related-pages header ("مقالات مشابهة", "مواضيع ذات صلة")
    in the sentence, or None: what follows are other pages' headlines, not this page's events."""
    if not lex.related_headers:
        return None
    joined = " ".join([t.norm for t in toks])
    first_re = _first_words_re(lex.related_headers)
    if first_re is not None and first_re.search(joined) is None:
        return None       # speed: no header's first word in the sentence (one regex scan)
    if not any(all(w in joined for w in seq) for seq in lex.related_headers):
        return None       # speed: every reading (_keys) of a token is a part of its form
    firsts = {seq[0] for seq in lex.related_headers}
    for k, t in enumerate(toks):
        if firsts.isdisjoint(_keys(t.norm)):
            continue      # no header starts here (speed: skips the per-header check)
        for seq in lex.related_headers:
            if k + len(seq) <= len(toks) and all(seq[j] in _keys(toks[k + j].norm) for j in range(len(seq))):
                return k + len(seq)
    return None


OUTCOME_VERBS = frozenset(normalize(w) for w in (
    "أسفر", "أسفرت", "أسفرا", "أسفرتا", "يسفر", "تسفر", "أدى", "أدت", "يؤدي", "تؤدي", "خلف", "خلفت"))
OUTCOME_PREPS = frozenset(normalize(w) for w in ("عن", "إلى", "الى"))
OUTCOME_REACH = 8                   # "أسفرت الغارة الروسية على مدينة الرقة عن": the subject between


# Not "غداة" (the day after): "غداة سيطرتها عليها" tells the taking of the day before, the page's news
AFTER_WORDS = frozenset(normalize(w) for w in ("بعد", "وبعد"))
# Trigger kinds a cause clause may name (round 15 adds bombings and strikes, attacks, deaths and deals
# to round 13's fighting and taking ground: "بعد إبرام اتفاق يقضي بخروج", "بعد مقتل نحو 30 عنصرا ...
# في اشتباكات"). Not arrests, protests, exits: "بعد اعتقاله" often dates the told deed's own day.
CAUSE_KINDS = frozenset({"territory", "clash", "remote", "casualty", "agreement"})
# Not an attack ("الجيش التركي رد بعد الهجوم الذي أصاب موقع المراقبة": the news the main clause answers).
# Of the kinds round 15 adds, not one a few hours or days before ("بعد يومين من الهجوم الكيماوي": the
# page's days), nor the means of deaths the clause tells first ("2 قتيل و 5 جرحى بعد غارات متتالية",
# "قتل كردي واحد ... بعد انفجار في الموصل"): round 13's kinds keep their reading.
ROUND13_CAUSE_KINDS = frozenset({"territory", "clash"})
RECENT_SPAN = frozenset(normalize(w) for w in ("يوم", "يومين", "أيام", "ساعات", "ساعة", "ساعتين", "قليلة", "قليل"))
MEANS_REACH = 10    # tokens before "بعد" a casualty trigger of the same clause may stand
# Words of those kinds that name no finished happening before the main clause: shells or a city
# falling ("وسط حالة من الخوف ... بعد سقوط قذائف على المخيم": the news), a targeting the main clause
# answers the same day ("دمر التحالف طائرة ... بعد استهدافها لقوات"), a campaign still going on
# ("جاءت بعد الحملة غير المسبوقة للطائرات الحربية")
CAUSE_NOT = tuple(normalize(w) for w in ("سقوط", "استهداف", "حملة", "الحملة"))
CAUSE_REACH = 12    # tokens after the cause's noun its clause's other triggers belong to it
SPAN_WORDS = frozenset(normalize(w) for w in (
    "يوم", "يومين", "أيام", "أسبوع", "أسبوعين", "أسابيع", "شهر", "شهرين", "أشهر", "عام", "عامين", "أعوام", "سنة", "سنوات",
    "ساعات", "تقريبا", "فقط", "قليلة", "قليل", "من"))
# the verbal nouns that carry a happening's noun: "بعد إبرام اتفاق", "بعد وقوع انفجار", "بعد شن غارات"
CARRIER_WORDS = frozenset(normalize(w) for w in ("إبرام", "توقيع", "وقوع", "حدوث", "شن", "تنفيذ", "عملية"))


def _after_cause(toks: list[Token], ti: int) -> bool:
    """A verbal noun of a happening (CAUSE_KINDS) right after "بعد" (or "بعد شهر من", "بعد إبرام"), past the
    sentence's first words: "الجيوب التي يسيطر عليها التنظيم بعد استيلاء الجيش على البوكمال", "بعد
    المعارك التي تسببت بخسارة التنظيم": a happening told as what the main clause followed, already
    over (background; "سيطرت الفصائل على القرية بعد معارك" tells the battle with the taking)."""
    j = ti - 1
    while j > 0 and (toks[j].norm in SPAN_WORDS or (j == ti - 1 and toks[j].norm in CARRIER_WORDS)) and ti - j <= 4:
        j -= 1
    return j >= 3 and toks[j].norm in AFTER_WORDS and not is_verb(toks[ti].norm) and (
        j == ti - 1 or toks[ti - 1].norm == "من" or toks[ti - 1].norm in CARRIER_WORDS)


def _recent_or_means(s: _Sent, found: list[tuple[Trigger, str, int, int]], ti: int) -> bool:
    """The cause after "بعد" at ti is of the page's days ("بعد يومين من الهجوم") or the means of
    deaths its clause told just before ("2 قتيل و 5 جرحى بعد غارات"): the news, not background."""
    toks = s.tokens
    j = ti - 1
    while j > 0 and toks[j].norm not in AFTER_WORDS and ti - j <= 4:
        if toks[j].norm in RECENT_SPAN:
            return True
        j -= 1
    return any(t.kind == "casualty" and j - MEANS_REACH <= k < j and s.clause[k] == s.clause[ti]
               for t, _f, k, _e in found)


def _outcome_of(s: _Sent, ti: int) -> bool:
    """The trigger is what another happening resulted in ("أسفرت الغارة عن تصفية 30 قياديا", "أدى القصف
    إلى مقتل"): an outcome verb a few words before, the preposition right before the trigger."""
    if ti < 2 or s.tokens[ti - 1].norm not in OUTCOME_PREPS:
        return False
    return any(s.tokens[k].norm in OUTCOME_VERBS or _keys(s.tokens[k].norm) & OUTCOME_VERBS
               for k in range(max(0, ti - 1 - OUTCOME_REACH), ti - 1) if s.clause[k] == s.clause[ti])


def _not_before(s: _Sent, ti: int, words: frozenset[str]) -> bool:
    """A word of ``words`` among the tokens just before the trigger in its clause (a preposition or
    "عن" may stand between: "الخارجة عن سيطرة")."""
    for k in range(ti - 1, max(-1, ti - 1 - NOT_BEFORE_REACH - 1), -1):
        if s.clause[k] != s.clause[ti]:
            return False
        if _keys(s.tokens[k].norm) & words:
            return True
        if ti - k >= NOT_BEFORE_REACH and s.tokens[k].norm not in NOT_BEFORE_SKIP:
            return False
    return False


def _backed(s: _Sent, ti: int, words: frozenset[str]) -> bool:
    """A support word of ``words`` right before the trigger, "من" or "قبل" may stand between ("بدعم من سلاح
    الجو", "مدعوما بالطيران"); not across another noun ("بغطاء من قصف الطائرات": the strike backs it)."""
    k = ti - 1
    while k >= 0 and ti - k <= 2 and s.clause[k] == s.clause[ti] and s.tokens[k].norm in BACKED_SKIP:
        k -= 1
    return k >= 0 and s.clause[k] == s.clause[ti] and bool(_keys(s.tokens[k].norm) & words)


def _relative_clause(toks: list[Token], ti: int) -> bool:
    """"التي سيطرت عليها", "الذي تم تحريره": the trigger verb of a relative clause."""
    k = ti - 1
    if k >= 0 and toks[k].norm in RELATIVE_AUX:
        k -= 1
    return k >= 0 and toks[k].norm in RELATIVE


def _imperfective(norm: str) -> bool:
    return len(norm) >= 3 and norm[0] in "يت" and is_verb(norm)


def _present_relative(toks: list[Token], ti: int) -> bool:
    """"الذي يشن حملة", "التي تقصف": a present-tense relative clause describes an actor's doings,
    not a happening of a day."""
    if ti >= 1 and toks[ti - 1].norm in RELATIVE and (_imperfective(toks[ti].norm) or (
            len(toks[ti].norm) >= 4 and toks[ti].norm[0] in "يت")):
        return True     # (right after "التي" a word in ت/ي is the verb: "التي تستهدف", "التي تقصف")
    return ti >= 2 and toks[ti - 2].norm in RELATIVE and _imperfective(toks[ti - 1].norm)


HABITUAL = LEXICON.parent / "event_habitual.yaml"


@lru_cache(maxsize=1)
def _habitual_data() -> dict[str, Any]:
    """event_habitual.yaml, read once for both of its readers (_habitual_lex, _elaboration_lex)."""
    data: dict[str, Any] = yaml.safe_load(HABITUAL.read_text(encoding="utf-8"))
    return data


@lru_cache(maxsize=1)
def _habitual_lex() -> tuple[tuple[tuple[str, ...], ...], frozenset[str], int, tuple[tuple[str, ...], ...]]:
    data = _habitual_data()
    return (tuple(tuple(normalize(w) for w in str(a).split()) for a in data["adverbs"]),
            frozenset(normalize(str(w)) for w in data["light_verbs"]), int(data["reach"]),
            tuple(tuple(normalize(w) for w in str(a).split()) for a in data["period_phrases"]))


def _in_clause(s: _Sent, ti: int, phrases: tuple[tuple[str, ...], ...]) -> bool:
    """One of the phrases (word sequences) in token ti's clause."""
    toks = s.tokens
    for k in range(len(toks)):
        if s.clause[k] != s.clause[ti]:
            continue
        for a in phrases:
            if k + len(a) <= len(toks) and all(toks[k + j].norm == w for j, w in enumerate(a)):
                return True
    return False


@lru_cache(maxsize=1)
def _period_lex() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str], int, int]:
    data = yaml.safe_load(HABITUAL.read_text(encoding="utf-8"))

    def words(key: str) -> frozenset[str]:
        return frozenset(normalize(str(w)) for w in data.get(key) or ())
    return (words("period_openers"), words("period_plural_openers"), words("period_units"),
            words("period_plural_units"), words("period_closers"), int(data.get("period_gap", 0)),
            int(data.get("period_lookback", 0)))


def _period_span_at(toks: list[Token], k: int) -> bool:
    """A span of the recent past opens at token k: "خلال الشهر الأخير", "في الأشهر ال - 3 الأخيرة"."""
    openers, plural_openers, units, plural_units, closers, gap, _ = _period_lex()
    w = toks[k].norm.removeprefix("و")
    if k + 2 >= len(toks) or (w not in openers and w not in plural_openers):
        return False
    unit = toks[k + 1].norm
    if not (unit in plural_units or (unit in units and w in openers)):
        return False
    return any(toks[j].norm in closers for j in range(k + 2, min(len(toks), k + 3 + gap)))


def _period_toll(s: _Sent, ti: int) -> bool:
    """"بمقتل المئات ... , خلال الآونة الأخيرة", "خلال الأشهر ال - 3 الأخيرة , لقى 200 منهم مصرعهم":
    deaths over a recent span (event_habitual.yaml), the span after the toll within PERIOD_REACH
    tokens, or before it in its sentence."""
    toks = s.tokens
    phrases = _habitual_lex()[3]
    firsts = {a[0] for a in phrases if a}
    after = range(ti, min(len(toks), ti + PERIOD_REACH))
    if any(k + len(a) <= len(toks) and all(toks[k + j].norm == w for j, w in enumerate(a))
           for k in after if toks[k].norm in firsts for a in phrases):
        return True
    return any(_period_span_at(toks, k) for k in range(max(0, ti - _period_lex()[6]), after.stop))


PERIOD_REACH = 12


@lru_cache(maxsize=1)
def _since_lex() -> tuple[frozenset[str], frozenset[str], int, int, frozenset[str]]:
    data = _habitual_data()
    return (frozenset(normalize(str(w)) for w in data["since_words"]),
            frozenset(normalize(str(w)) for w in data["since_units"]),
            int(data["since_unit_reach"]), int(data["since_reach"]),
            frozenset(normalize(str(w)) for w in data["since_blockers"]) | RELATIVE)


_YEAR = re.compile(r"(?:19|20)\d\d")


def _span_since(s: _Sent, ti: int, tj: int, triggers: list[tuple[int, int]]) -> int | None:
    """Start of a "منذ" phrase of years after the trigger in its clause ("ضد أنقرة منذ ثلاثة عقود",
    "منذ عام 2014"; event_habitual.yaml since_*): the happening is told as going on over a span.
    The reach runs on over the triggers told right after it ("طائرات التحالف غارات جوية ... منذ"),
    one happening. Returns the document offset of "منذ", or None."""
    toks = s.tokens
    words, units, unit_reach, reach, blockers = _since_lex()
    end = tj
    for i2, j2 in sorted(triggers):
        if end <= i2 < end + reach and s.clause[i2] == s.clause[ti]:
            end = max(end, j2)
    for k in range(tj, min(len(toks), end + reach)):
        if s.clause[k] != s.clause[ti] or toks[k].norm in blockers or _imperfective(toks[k].norm):
            return None     # "المنطقة المحاصرة منذ سنوات", "حصار يفرضه التنظيم منذ": another predicate's span
        if toks[k].norm not in words:
            continue
        for j in range(k + 1, min(len(toks), k + 1 + unit_reach)):
            if s.clause[j] != s.clause[ti]:
                break
            if toks[j].norm in units or _YEAR.fullmatch(toks[j].norm):
                return toks[k].start
        return None
    return None


@lru_cache(maxsize=1)
def _elaboration_lex() -> tuple[frozenset[str], tuple[tuple[str, ...], ...], int]:
    data = _habitual_data()
    return (frozenset(normalize(str(w)) for w in data["elaboration_nouns"]),
            tuple(tuple(normalize(w) for w in str(a).split()) for a in data["elaboration_links"]),
            int(data["elaboration_reach"]))


def _elaboration(s: _Sent, ti: int) -> bool:
    """"أن المجزرة ارتكبت عندما قصفت ...": a link word shortly before the trigger, a definite
    happening noun shortly before the link (event_habitual.yaml)."""
    nouns, links, reach = _elaboration_lex()
    toks = s.tokens
    firsts = {a[0] for a in links if a}
    for k in range(max(0, ti - reach), ti):
        if toks[k].norm not in firsts:
            continue        # speed: no link starts here (an empty link counts as none: n is 0)
        n = next((len(a) for a in links if k + len(a) <= ti
                  and all(toks[k + j].norm == w for j, w in enumerate(a))), 0)
        if n and any(toks[j].norm.lstrip("وف") in nouns for j in range(max(0, k - reach), k)):
            return True
    return False


def _merge_elaborations(events: list[_Cand], ctx: _DocContext) -> list[_Cand]:
    """An event told as how a happening named just before came about ("وأوضحت المصادر أن المجزرة
    ارتكبت عندما قصفت مدفعية النظام ... قافلة") is that happening: merged into the nearest violent
    event before it whose dates allow it."""
    out: list[_Cand] = []
    for e in events:
        if e.elaborates and e.event_type in VIOLENT and e.modality == "actual":
            near = [o for o in reversed(out) if o.event_type in VIOLENT and o.modality == "actual"
                    and o.start < e.start and _dates_ok(o, e)][:2]
            # of the two told just before, the one at a compatible place, else the nearest
            o = next((o for o in near if _places_ok(o, e, ctx)), near[0] if near else None)
            if o is not None:
                _absorb(o, e, ctx)
                continue
        out.append(e)
    return out


TOLL_RISE_AFTER = 6     # tokens after the casualty word a rise may be told ("ضحايا حادث الروضة ببئر العبد ارتفع")


@lru_cache(maxsize=1)
def _toll_rise_lex() -> tuple[frozenset[str], int]:
    data = _habitual_data()
    return frozenset(normalize(str(w)) for w in data.get("toll_rise_words") or []), int(data.get("toll_rise_reach", 15))


def _toll_update(c: _Cand) -> bool:
    """A casualty trigger told as a rising toll ("ارتفع عدد ضحايا حادث الروضة إلى 184 شهيدا"): the
    count of a happening told elsewhere on the page, updated."""
    if c.trig.kind != "casualty" or c.modality != "actual":
        return False
    words, reach = _toll_rise_lex()
    toks = c.sent.tokens
    # the rise told before the count ("ارتفع إلى 184 شهيدا") or after the toll's noun ("عدد ضحايا الحادث ارتفع")
    return any(t.norm in words for t in toks[max(0, c.ti - reach):c.tj + TOLL_RISE_AFTER])


def _merge_toll_updates(events: list[_Cand], ctx: _DocContext) -> list[_Cand]:
    """A rising toll restates the page's violent happening at a compatible place (the nearest such
    event told with its means: a bombing, a clash; else another telling of the toll): one event, the
    means' telling leading. Not ground taken ("طرد داعش من الرقة" is no attack whose toll rises). With no
    such event the toll stays an event of its own."""
    out = list(events)
    for e in events:
        if e not in out or not e.location or not _toll_update(e):
            continue
        pool = [o for o in out if o is not e and o.modality == "actual" and o.event_type in VIOLENT and o.location
                and o.trig.kind != "territory" and _dates_ok(o, e) and not _siblings(o, e)
                and (o.location == e.location or ctx.places_compatible(o.location, e.location, _strikes(o, e))
                     or ctx.same_province(o.location, e.location) or ctx.same_province(e.location, o.location)
                     or _part_of(ctx, o.location, e.location))]
        if not pool:
            # a toll named by its incident ("حادث الروضة ببئر العبد بالعريش") placed apart from the one
            # bombing the page tells in that country: that bombing's toll
            means = [o for o in out if o is not e and o.modality == "actual" and o.event_type in VIOLENT
                     and o.trig.kind not in ("casualty", "territory") and _dates_ok(o, e) and o.location
                     and ctx.place_country(o.location) == ctx.place_country(e.location) is not None]
            pool = means if len(means) == 1 else []
        if not pool:
            continue
        o = min(pool, key=lambda o: (_toll_update(o) or o.trig.kind == "casualty", abs(o.start - e.start)))
        if _toll_update(o) or o.trig.kind == "casualty":
            o, e = (o, e) if o.start < e.start else (e, o)      # two tollings: the first told leads
        # the means' telling places the happening; an update names it by where it is reported from
        # ("حادث الروضة ببئر العبد بالعريش")
        place = (o.location, o.geo_precision, o.loc_own, o.loc_ev) if o.loc_own and not _toll_update(o) else None
        _absorb(o, e, ctx)
        if place is not None:
            o.location, o.geo_precision, o.loc_own, o.loc_ev = place
        out.remove(e)
    return out


MEANS_KINDS = frozenset({"remote", "clash", "attack"})     # triggers that tell how a happening was done


def _bare_toll(c: _Cand, lex: _ELex) -> bool:
    """An event told only by its deaths: a toll word leads it, and every telling merged into it is a
    toll word or a generic name of the happening ("مقتل 26 شخصا في هجوم داعشي على تجمع للنازحين")."""
    return c.trig.kind == "casualty" and c.modality == "actual" and c.event_type in ("Battles", "Violence against civilians") \
        and _toll_only(c, lexicon())


def _tells_means(o: _Cand, lex: _ELex) -> bool:
    """Some telling of o names how the happening was done (a strike, a bombing, a clash), not only a toll."""
    return any(p.trig.kind in MEANS_KINDS and not _names_toll(p, lex) for p in [o] + o.merged)


def _merge_tolls_told_apart(events: list[_Cand], ctx: _DocContext) -> list[_Cand]:
    """A toll told in a sentence of its own, without its means ("مقتل 26 شخصا في هجوم داعشي على تجمع
    للنازحين" beside "قتل نحو 26 مدنيا ... اليوم الجمعة في تفجير سيارة مفخخة استهدف تجمعا للنازحين"), is
    the count of the page's violent happening told with its means: one event, the means' telling
    leading (ACLED codes the strike with its fatalities). Only when nothing can tell them apart: both
    dated to the same day, at the same or a nearby place (or the toll is the page's headline / lead and
    the happening is the first told with its means at a place of it), and no two different tolls. With
    no such happening the toll stays an event of its own. Never across two places or two days."""
    lex = lexicon()
    out = list(events)
    for e in events:
        if e not in out or not e.location or not _bare_toll(e, lex):
            continue
        pool = [o for o in out if o is not e and o.modality == "actual" and o.event_type in VIOLENT and o.location
                and o.trig.kind not in ("casualty", "territory") and _tells_means(o, lex) and not _siblings(o, e)
                and _tolls_agree(o, e) and _sides_told(o, e, ctx)]
        day = [o for o in pool if _same_day(o, e) and o.time_precision == 1 and e.time_precision == 1
               and (o.location == e.location or ctx.places_compatible(o.location, e.location, _strikes(o, e))
                    or _part_of(ctx, o.location, e.location))]
        o = min(day, key=lambda o: abs(o.start - e.start)) if day else None
        if o is None and e.start < LEAD_CHARS:
            # the headline's toll: the first happening the body tells with its means, if at its place
            body = sorted((o for o in pool if o.start > e.start and o.sent is not e.sent), key=lambda o: o.start)
            first = body[0] if body else None
            if first is not None and _dates_ok(first, e) and (
                    first.location == e.location or ctx.places_compatible(first.location, e.location, _strikes(first, e))
                    or ctx.same_province(first.location, e.location) or _part_of(ctx, first.location, e.location)):
                o = first
        if o is None:
            continue
        _absorb(o, e, ctx)
        out.remove(e)
    return out


CHEMICAL = "Chemical weapon"
RESTATED_TOLL_MIN = 3     # a smaller death count ("قتل شخصان") recurs by chance among a page's happenings
TOLL_PAIRS = frozenset({"Explosions/Remote violence", "Violence against civilians"})   # a strike and its "مجزرة"


def _exact_toll(c: _Cand) -> int | None:
    """The death count told for c's happening, unless vague ("عشرات القتلى") or below RESTATED_TOLL_MIN."""
    for part in [c] + c.merged:
        for q in part.quantities:
            if quantity_name(q, part.trig.counts_as) == "fatalities":
                return None if q.vague or q.value < RESTATED_TOLL_MIN else q.value
    return None


def _counts_differ(a: _Cand, b: _Cand) -> bool:
    """Both tell a count of one kind (injured, strikes ...) and the counts differ."""
    qa, qb = _qty_dict(a)[2], _qty_dict(b)[2]
    return any(qa[k] != qb[k] for k in qa.keys() & qb.keys())


def _restates_toll(o: _Cand, e: _Cand, ctx: _DocContext) -> bool:
    """e tells o's happening again with the same death count, told in other words: the headline's
    "مقتل 26 شخصا في هجوم داعشي" and the body's "قتل نحو 26 مدنيا ... في تفجير سيارة مفخخة" (another
    place name: the town and its province's countryside), "80 قتيلا في مجزرة حلب" and the shelling
    "ذهب ضحيتها أكثر من 80 قتيلا". One of them is the page's lead, or both are told at one place;
    a strike and the massacre it made may be typed apart (Explosions / Violence against civilians)."""
    if o.modality != "actual" or e.modality != "actual" or o.event_type not in VIOLENT or e.event_type not in VIOLENT:
        return False
    if o.event_type != e.event_type and {o.event_type, e.event_type} != TOLL_PAIRS:
        return False
    n = _exact_toll(o)
    if n is None or n != _exact_toll(e) or _siblings(o, e) or _other_posts(o, e, ctx) or not _dates_ok(o, e):
        return False
    if _counts_differ(o, e) or _heading_dated(o) or _heading_dated(e):
        return False    # a timeline's entries each tell their own toll ("17 مايو 2015 لقي ثلاثة أشخاص ...")
    if not o.location or not e.location:
        return False
    if o.location == e.location:
        return True
    lead = min(o.sent.span.start, e.sent.span.start) < LEAD_CHARS
    return lead and (ctx.places_compatible(o.location, e.location, _strikes(o, e)) or _part_of(ctx, o.location, e.location)
                     or ctx.same_province(o.location, e.location) or ctx.same_province(e.location, o.location))


def _lead_key(c: _Cand, lex: _ELex) -> tuple[bool, bool, tuple[int, int]]:
    return _tells_means(c, lex), c.event_type == "Explosions/Remote violence", _rank(c)


def _merge_restated_tolls(events: list[_Cand], ctx: _DocContext) -> list[_Cand]:
    """Two tellings of one happening's death count on a page (_restates_toll) are one event: the one
    that tells its means (a strike, a bombing) leads, else the fuller telling."""
    lex = lexicon()
    out: list[_Cand] = []
    for c in events:
        k = next((i for i, o in enumerate(out) if _restates_toll(o, c, ctx)), None)
        if k is None:
            out.append(c)
            continue
        o = out[k]
        keep, other = (c, o) if _lead_key(c, lex) > _lead_key(o, lex) else (o, c)
        # ACLED codes a chemical attack as such whatever delivered it ("بالكيماوي" and "القصف")
        chemical = keep.event_type == other.event_type and CHEMICAL in (keep.sub_event_type, other.sub_event_type)
        _absorb(keep, other, ctx)
        if chemical:
            keep.sub_event_type, keep.specific = CHEMICAL, True
        out[k] = keep
    return out


def _sides_told(o: _Cand, e: _Cand, ctx: _DocContext) -> bool:
    """The toll names no actor, or one of o's sides (the killers or the killed)."""
    return not e.actor1 or not o.actor1 or any(ctx.related(x, y) for x in e.actor1 for y in o.actor1 + o.actor2)


def _habitual_present(s: _Sent, ti: int) -> bool:
    """An imperfective trigger verb, or an imperfective light verb just before the trigger noun,
    with an adverb of habit or main purpose in its clause ("تشن روسيا غارات ... بالأساس"): a
    general statement. Lists: rasd/data/lexicons/event_habitual.yaml."""
    adverbs, light, reach, _ = _habitual_lex()
    toks = s.tokens
    verb = False
    for k in range(max(0, ti - reach), ti + 1):
        if s.clause[k] != s.clause[ti]:
            continue
        n = toks[k].norm
        bare = n[1:] if n[:1] in "وف" and len(n) > 3 else n
        if n in light or bare in light or (k == ti and (_imperfective(n) or _imperfective(bare))):
            verb = True
            break
    return verb and _in_clause(s, ti, adverbs)


PAST_AUX = frozenset(normalize(w) for w in ("كان", "كانت", "كانوا", "وكان", "وكانت", "وكانوا"))
WHILE_WORDS = frozenset(normalize(w) for w in ("بينما", "وبينما", "حين", "حينما", "عندما", "أثناء", "اثناء", "فيما"))
PAST_AUX_REACH = 3      # "كان النظام يستهدف": the subject may stand between


def _past_habitual(s: _Sent, ti: int) -> bool:
    """"كان" + an imperfective verb at or before the trigger in its clause ("كان يستهدف", "كانت القوات
    تقصف"): the past continuous, what used to happen, not a happening of a day (the perfective "كان
    قد استهدف" is not matched)."""
    toks = s.tokens

    def imperfective(k: int) -> bool:
        n = toks[k].norm
        n = n[1:] if n[:1] in "وف" and len(n) > 4 else n
        # after "كان" a short word opening with ي / ت is the imperfect ("كانت القوات تقصف")
        return _imperfective(n) or (n[:1] == "ت" and 4 <= len(n) <= 6)

    if is_verb(toks[ti].norm) and not imperfective(ti):
        return False    # a perfective trigger verb tells a deed: "وكان مسلح يقود سيارة مفخخة فجر نفسه"
    # the trigger verb itself, or a trigger noun after such a verb in its clause ("كان يستهدف
    # السفارة ... بالقذائف")
    for k in range(ti - 1, -1, -1):
        if s.clause[k] != s.clause[ti]:
            break
        if toks[k].norm in PAST_AUX:
            if k > 0 and toks[k - 1].norm in WHILE_WORDS:
                return False    # "بينما كانت تقوم بقصف": what went on at that moment, told as a happening
            return any(imperfective(j) for j in range(k + 1, min(ti, k + PAST_AUX_REACH) + 1))
    return False


def _clause_keys(s: _Sent, ti: int) -> frozenset[str]:
    """Keys of every word in token ti's clause; kept per clause (asked again per trigger and step)."""
    clause = s.clause
    c = clause[ti]
    got = s.ckeys.get(c)
    if got is None:
        # a clause is a run of tokens (ids never decrease along the sentence): found by bisection
        lo, hi = bisect.bisect_left(clause, c), bisect.bisect_right(clause, c)
        got = s.ckeys[c] = frozenset().union(*map(_keys, [t.norm for t in s.tokens[lo:hi]]))
    return got


# --------------------------------------------------------------------------- actors

def _generic_entity(eid: str) -> Entity:
    if eid == CIVILIANS_ID:
        return Entity(eid, "ORGANIZATION", "مدنيون", "Civilians", description="ACLED actor category: civilians",
                      source="ACLED codebook")
    if eid == UNIDENTIFIED_ID:
        return Entity(eid, "ARMED_GROUP", "مسلحون مجهولون", "Unidentified Armed Group",
                      description="ACLED actor category: an armed group the source does not identify",
                      source="ACLED codebook")
    return Entity(eid, "ORGANIZATION", "متظاهرون", "Protesters", description="ACLED actor category: protesters",
                  source="ACLED codebook")


# the last token list asked about and its tokens' starts (asked many times per sentence; the
# reference keeps the list alive, so its identity is not reused; token lists are never changed)
_LAST_STARTS: tuple[Any, list[int]] = (None, [])


def _tok_index(toks: list[Token], pos: int) -> int:
    global _LAST_STARTS
    last = _LAST_STARTS
    if last[0] is not toks:
        last = _LAST_STARTS = (toks, [t.start for t in toks])
    return bisect.bisect_right(last[1], pos) - 1


def _joins(gap: str, raw: str) -> bool:
    """و / مع / a comma between two mentions; two names side by side with only a space are a verb's
    subject and object ("طردت الهيئة قوات النظام"), not a list."""
    return gap in ("و", "مع") or (gap == "" and ("," in raw or "،" in raw or raw == ""))


def _coordinated(ms: list[Mention], k: int, text: str, ctx: _DocContext) -> list[Mention]:
    """The mention ms[k] and the actor mentions joined to it by و / مع / ، (before and after)."""
    def joined(left: Mention, right: Mention, new: Mention) -> bool:
        raw = text[left.end:right.start]
        return _joins(normalize(raw).strip(" ,،"), raw) and bool(ctx.actor_id(new))

    return _chain(ms, k, joined)


def _chain(ms: list[Mention], k: int, joined: Callable[[Mention, Mention, Mention], bool]) -> list[Mention]:
    """ms[k] with its neighbours chained to it on both sides: ``joined(left, right, new)`` says
    whether ``new`` (the left or right one) joins the group across the gap left..right."""
    group = [ms[k]]
    j = k - 1
    while j >= 0 and joined(ms[j], group[0], ms[j]):
        group.insert(0, ms[j])
        j -= 1
    j = k + 1
    while j < len(ms) and joined(group[-1], ms[j], ms[j]):
        group.append(ms[j])
        j += 1
    return group


def _ids(group: list[Mention], ctx: _DocContext) -> list[str]:
    out: list[str] = []
    for m in group:
        a = ctx.actor_id(m)
        if a and a not in out:
            out.append(a)
    return out


SPEECH_COMPLEMENTIZERS = frozenset({"إن", "بأن", "وإن", "فإن"})
NON_SUBJECT_PREPS = frozenset(normalize(w) for w in (
    "على", "ضد", "بحق", "مع", "عن", "أمام", "إلى", "الى", "لدى", "عند", "نحو", "باتجاه", "تجاه", "في", "من", "بين",
    "وبين", "لصالح", "حول", "بشأن", "ل", "عبر", "وفق", "حسب", "بحسب"))
NON_SUBJECT_FAR = frozenset(normalize(w) for w in ("أمام", "ضد", "بحق", "على", "عن", "من", "مع", "في"))


# the last token list asked about and its speech positions (a sentence's triggers ask in turn)
_LAST_SPEECH: tuple[Any, Any, list[int]] = (None, None, [])


# per lexicon: normalised form -> some reading of it is a speech verb
_SPEECH_FORMS: tuple[Any, dict[str, bool]] = (None, {})


def _speech_forms_of(lex: _ELex) -> tuple[Any, dict[str, bool]]:
    global _SPEECH_FORMS
    _SPEECH_FORMS = (lex, {})
    return _SPEECH_FORMS


def _speech_positions(toks: list[Token], lex: _ELex) -> list[int]:
    """Indexes of the sentence's speech verbs and complementizers, in order."""
    global _LAST_SPEECH
    last = _LAST_SPEECH
    if last[0] is not toks or last[1] is not lex:
        # (per token: a speech verb by its form, looked up once per form, or a complementizer by
        # its surface; maps over the tokens, no Python loop per token)
        verbs = _SPEECH_FORMS if _SPEECH_FORMS[0] is lex else _speech_forms_of(lex)
        norms = [t.norm for t in toks]
        flags = list(map(verbs[1].get, norms))
        if None in flags:
            if len(verbs[1]) >= 262144:
                verbs[1].clear()
            words = lex.speech_verbs
            for k in compress(range(len(flags)), map(_is_none, flags)):
                flags[k] = verbs[1][norms[k]] = not words.isdisjoint(_keys(norms[k]))
        comp = map(SPEECH_COMPLEMENTIZERS.__contains__, map(str.strip, [t.text for t in toks], repeat(_MARKS)))
        last = _LAST_SPEECH = (toks, lex, list(compress(range(len(toks)), map(or_, flags, comp))))
    return last[2]


def _find_actors(c: _Cand, lex: _ELex, ctx: _DocContext) -> None:
    s = c.sent
    toks = s.tokens
    text = ctx.analysis.doc.text
    ms = [m for m in s.mentions if ctx.actor_id(m)]
    before_tok = {idx: _tok_index(toks, m.start) for idx, m in enumerate(ms)}

    def is_target(idx: int) -> bool:
        k = before_tok[idx]
        prev = {w for t in toks[max(0, k - 2):max(0, k)] for w in _keys(t.norm)}
        own = normalize(ms[idx].surface)
        if (k > 0 and c.trig.key != "shootdown" and _keys(toks[k - 1].norm) & WEAPON_OWNER_NOUNS
                and normalize(text[toks[k].start:ms[idx].start] + ms[idx].surface).startswith("ل")):
            return False    # "قصف طيران للتحالف الدولي مقر ...": whose aircraft struck, not the target
        if k > 0 and toks[k - 1].norm == "من":   # "بحق 45 عنصراً و قائداً من الهيئة": the victims' group
            if {w for t in toks[max(0, k - 7):k - 1] for w in _keys(t.norm)} & lex.target_cues:
                return True
        return not prev.isdisjoint(lex.target_cues) or not prev.isdisjoint(lex.target_nouns) or own.startswith(
            ("ل", "لل"))

    def not_subject(idx: int) -> bool:
        """A mention behind a preposition ("أمام صلف روسيا", "عن الجيش الروسي") did not act."""
        k = before_tok[idx]
        if k < 0:
            return False
        if k == 0:
            return normalize(ms[idx].surface).startswith(("ب", "وب", "فب", "ك")) and ms[idx].type in STATE_TYPES
        if any(starts_seq(toks, j, lex.agent_cues) for j in range(max(0, k - 3), k)):
            return False        # "من قبل جيش الإسلام": the agent
        if toks[k - 1].norm in NON_SUBJECT_PREPS or (k >= 2 and toks[k - 2].norm in NON_SUBJECT_FAR):
            return True
        if normalize(ms[idx].surface).startswith(("ب", "وب", "فب", "ك")) and ms[idx].type in STATE_TYPES:
            return True         # "بألمانيا": a place, not the one who acted
        if lex.backer_cues and any(_keys(toks[j].norm) & lex.backer_cues and s.clause[j] == s.clause[k]
                                   for j in range(max(0, k - 3), k)):
            return True         # "الفصائل التي تدعمها المدفعية والطائرات التركية": who backs the actor
        return is_target(idx)

    def take(idx: int) -> None:
        nonlocal actor1, ev
        g = _coordinated(ms, idx, text, ctx)
        actor1, ev = _ids(g, ctx), (g[0].start, g[-1].end)

    actor1: list[str] = []
    ev: tuple[int, int] | None = None
    same_clause = False
    between: list[str] = []
    if c.trig.kind == "clash":
        # "اشتباكات بين قوات النظام وجيش الإسلام": the two sides, in the order given
        for k in range(c.tj, min(len(toks), c.tj + 4)):
            if toks[k].norm in ("بين", "وبين"):
                first = next((idx for idx in range(len(ms)) if k < before_tok[idx] <= k + 2), None)
                if first is not None:
                    g = _coordinated(ms, first, text, ctx)
                    ids = _ids(g, ctx)
                    if len(ids) >= 2:
                        actor1, ev, same_clause, between = ids[:1], (g[0].start, g[0].end), True, ids[1:]
                break
    # 1. agent cue after the trigger: "نفذها جيش الإسلام", "من جانب النظام", "من قبل داعش"
    for k in range(c.tj, min(len(toks), c.tj + 7)):
        n = starts_seq(toks, k, lex.agent_cues)
        if n:
            for idx in range(len(ms)):
                if k + n <= before_tok[idx] <= k + n + 3:
                    take(idx)
                    same_clause = True
                    break
            break
    if not actor1 and c.trig.key != "shootdown" and c.tj < len(toks) and _keys(toks[c.tj].norm) & WEAPON_OWNER_NOUNS:
        # 1b. "قصف طيران للتحالف الدولي مقر ...": the weapon right after the trigger, its owner after "لـ"
        for idx in range(len(ms)):
            k = before_tok[idx]
            if k == c.tj + 1 and normalize(text[toks[k].start:ms[idx].start] + ms[idx].surface).startswith("ل"):
                take(idx)
                same_clause = True
                break
    if not actor1 and c.trig.kind == "remote":
        # "بقصف مدفعي لقوات النظام", "قصف الطيران الروسي للقرية": the strike word's owner struck. Kept
        # aside and made the actor only once the tellings are merged (_apply_strike_owner)
        own = _strike_owner(c, ms, before_tok, toks, ctx)
        if own is not None:
            g = _coordinated(ms, own, text, ctx)
            c.strike_owner = (_ids(g, ctx), (g[0].start, g[-1].end))
    window = toks[max(0, c.ti - 4):min(len(toks), c.tj + 4)]
    fp = c.form.endswith(("نا", "ناها", "ناه", "ناهم")) or any(_keys(t.norm) & lex.first_person for t in window)
    # a speech verb, or the complementizer of reported speech ("الجيش السوري الثلاثاء إن المعارضة أسقطت")
    speech_at = [k for k in _speech_positions(toks, lex) if k < c.ti]

    def speaker(idx: int) -> bool:
        """A speech verb stands between the mention and the trigger: it spoke, did not act."""
        k = before_tok[idx]
        return any(k < j for j in speech_at)

    before = [idx for idx, m in enumerate(ms) if m.end <= c.start and not not_subject(idx) and not speaker(idx)]
    if not actor1:
        # 2a. the subject right after a verb ("سيطر تنظيم داعش"), the agent right after a noun
        # ("قبيل سيطرة قوات الأسد"): closer than any actor of the clause before
        pick = _verb_subject_after(c, ms, before_tok, s, not_subject, reach=1)
        if pick is None:
            pick = _after_agent(c, ms, before_tok, s)
        if pick is not None:
            take(pick)
            same_clause = True
    if not actor1:
        # 2. the nearest actor before the trigger in its clause
        same = [idx for idx in before if s.clause[max(0, before_tok[idx])] == s.clause[c.ti]]
        if same:
            take(same[-1])
            same_clause = True
    if not actor1 and c.trig.kind == "exit":
        # the group whose fighters leave ("قوائم مقاتلي الهيئة ... خروجهم")
        for idx in reversed(range(len(ms))):
            k = before_tok[idx]
            if k > 0 and ms[idx].end <= c.start and _keys(toks[k - 1].norm) & lex.generic["fighters"]:
                take(idx)
                same_clause = True
                break
    if not actor1:
        # 3. verb first (VSO: "قصفت قوات النظام") or a noun and its agent ("خروج مقاتلي الهيئة")
        pick = _verb_subject_after(c, ms, before_tok, s, not_subject)
        if pick is None:
            pick = _after_agent(c, ms, before_tok, s)
        if pick is not None:
            take(pick)
            same_clause = True
    if not actor1 and fp and ctx.speaker_org:
        # 4. first person: the speaker's group ("أحرقناها", "مقاتلينا")
        actor1 = [ctx.speaker_org]
        c.first_person = True
        same_clause = True
    if not actor1 and before:
        # 5. an actor in an earlier clause: near, or the only candidate for a violent event
        k = before_tok[before[-1]]
        if c.ti - k <= 8 or c.event_type in VIOLENT:
            take(before[-1])
    if not actor1 and c.trig.kind in UNIDENTIFIED_KINDS:
        # 6. "أطلق مسلحون مجهولون النار", "برصاص مجهولين", "اختطفه مجهولون": unidentified attackers
        for k in range(max(0, c.ti - UNIDENTIFIED_REACH), min(len(toks), c.tj + UNIDENTIFIED_REACH)):
            if s.clause[k] == s.clause[c.ti] and _keys(toks[k].norm) & lex.generic["unidentified"]:
                actor1, ev, same_clause = [UNIDENTIFIED_ID], (toks[k].start, toks[k].end), True
                break
    if not actor1 and c.trig.kind == "protest":
        for t in toks[max(0, c.ti - 6):c.ti]:
            keys = _keys(t.norm)
            if keys & lex.generic["civilians"]:
                actor1, ev = [CIVILIANS_ID], (t.start, t.end)
            elif keys & lex.generic["protesters"]:
                actor1, ev = [PROTESTERS_ID], (t.start, t.end)
        same_clause = bool(actor1)
    if not actor1 and c.trig.key == "air_strike":
        # 7. "تم بوساطة طائرات مسيرة روسية": the aircraft whose name holds the trigger struck
        for m in ms:
            aid = ctx.actor_id(m)
            if aid and m.type == "STATE_FORCES" and m.start <= c.start and c.end <= m.end:
                actor1, ev, same_clause = [aid], (m.start, m.end), True
                break
    c.actor1 = actor1
    c.actor_own = bool(actor1)
    if between:
        c.actor_same_clause, c.actor_ev, c.actor2 = True, ev, between
        return
    c.actor_same_clause = same_clause
    c.actor_ev = ev
    # targets: after the trigger, behind على / ضد / بحق / مع / ل, or the genitive of a patient noun
    actor2: list[str] = []
    for idx, m in enumerate(ms):
        k = before_tok[idx]
        if ctx.actor_id(m) in actor1:
            continue
        if m.start >= c.end and k - c.tj <= 10 and s.clause[k] in (s.clause[c.ti], s.clause[c.ti] + 1):
            if is_target(idx) or (c.trig.genitive == "patient" and k - c.tj <= 1):
                for a in _ids(_coordinated(ms, idx, text, ctx), ctx):
                    if a not in actor1 and a not in actor2:
                        actor2.append(a)
                break
    if not actor2 and c.trig.kind in ("execution", "attack", "remote", "arrest", "abduction", "casualty"):
        for t in toks[c.tj:min(len(toks), c.tj + 6)]:
            if _keys(t.norm) & lex.generic["civilians"]:
                actor2 = [CIVILIANS_ID]
                break
    if c.trig.kind in ("agreement", "exit", "handover") and not actor2:
        for m in ms:
            a = ctx.actor_id(m)
            if a and a not in actor1 and ctx.actor_type(a) in STATE_TYPES and m.start >= c.end:
                actor2 = [a]
                break
    c.actor2 = actor2


STRIKE_OWNER = LEXICON.parent / "event_strike_owner.yaml"


@lru_cache(maxsize=1)
def _strike_owner_lex() -> tuple[frozenset[str], frozenset[str], frozenset[str], int]:
    """event_strike_owner.yaml: strike nouns, the words allowed before their owner, light verbs, reach."""
    data = yaml.safe_load(STRIKE_OWNER.read_text(encoding="utf-8"))
    words = {k: frozenset(normalize(str(w)) for w in data[k]) for k in ("strike_nouns", "owner_fillers", "light_verbs")}
    return words["strike_nouns"], words["owner_fillers"], words["light_verbs"], int(data["reach"])


def _apply_strike_owner(c: _Cand) -> None:
    """The force its own strike word names ("بقصف مدفعي لقوات النظام") is the event's actor1, whatever the
    sentence's nearest subject (often the victims: "جرح أربعة عناصر من قسد بقصف مدفعي للجيش الحر") or a
    merged telling gave it. Run after merging, so which tellings are one happening does not change."""
    if c.strike_owner is None:
        return
    ids, span = c.strike_owner
    if not ids or ids == c.actor1:
        return
    old = c.actor1
    c.actor1, c.actor_ev, c.actor_own, c.actor_same_clause = list(ids), span, True, True
    # (the replaced actor was no target either: it leaves, as it would not have stood in actor2)
    c.actor2 = [a for a in c.actor2 if a not in ids and a not in old]


def _strike_owner(c: _Cand, ms: list[Mention], before_tok: dict[int, int], toks: list[Token],
                  ctx: _DocContext) -> int | None:
    """The force named right after a strike noun, as its genitive or behind "لـ" ("بقصف مدفعي لقوات
    النظام", "غارات للطيران الروسي", "قصف الطيران الروسي للقرية"): the one that struck. Not after a light
    verb ("قامت الطائرات بقصف الجيش الحر": there the noun's next word is its object), not a country
    ("قصف سوريا بالقنابل": a place)."""
    nouns, fillers, light, reach = _strike_owner_lex()
    if c.ti >= len(toks) or not _keys(toks[c.ti].norm) & nouns:
        return None
    if any(_keys(t.norm) & light for t in toks[max(0, c.ti - 2):c.ti]):
        return None
    j = c.tj
    while j < len(toks) and j - c.tj < reach and toks[j].norm in fillers:
        j += 1
    for idx, m in enumerate(ms):
        if before_tok[idx] == j and m.start >= c.end:
            aid = ctx.actor_id(m)
            if aid and ctx.actor_type(aid) in ("STATE_FORCES", "ARMED_GROUP"):
                return idx
            return None
    return None


# aircraft and guns named with their owner after "لـ" ("طيران للتحالف", "مدفعية للجيش"): the owner fired
WEAPON_OWNER_NOUNS = frozenset(normalize(w) for w in (
    "طيران", "طائرات", "طائرة", "مقاتلات", "مقاتلة", "مروحيات", "مروحية", "قاذفات", "قاذفة", "مدفعية",
    "راجمات", "راجمة", "دبابات", "دبابة"))


def _verb_subject_after(c: _Cand, ms: list[Mention], before_tok: dict[int, int], s: _Sent, is_target: Any,
                        reach: int = 2) -> int | None:
    if not is_verb(c.form):
        return None
    for idx, _m in enumerate(ms):
        k = before_tok[idx]
        if c.tj <= k <= c.tj + reach and not is_target(idx):
            return idx
    return None


def _after_agent(c: _Cand, ms: list[Mention], before_tok: dict[int, int], s: _Sent) -> int | None:
    if c.trig.genitive != "agent" or is_verb(c.form):
        return None
    lex = lexicon()
    for idx, _m in enumerate(ms):
        k = before_tok[idx]
        if k == c.tj or (k == c.tj + 1 and _keys(s.tokens[c.tj].norm) & lex.generic["fighters"]):
            return idx
    return None


# --------------------------------------------------------------------------- place

def _place_role(s: _Sent, m: Mention, lex: _ELex) -> str:
    role = _role_by_preposition(s, m, lex)
    if role == "bare" and _witness_subject(s, m) >= 0:
        return "in"     # "أن محافظة صفاقس ( جنوب ) شهدت مسيرة": the place saw the happening
    return role


# "X شهدت مظاهرة": the verb right after a place makes it the subject (the place where it happened);
# bare forms only ("، وشهدت حمص ..." starts another clause whose subject comes after the verb)
WITNESS_VERBS = frozenset(normalize(w) for w in ("شهدت", "شهد", "تشهد", "يشهد"))
# a country takes the feminine verb ("وشهدت الجزائر", "تونس تشهد")
STATE_WITNESS_VERBS = frozenset(normalize(w) for w in ("شهدت", "تشهد"))
WITNESS_REACH = 4                   # tokens from "شهدت" to the happening it names


def _continues_clause(s: _Sent, k: int, ti: int) -> bool:
    """The place at token k stands in the clause right after the trigger's, and that clause opens
    with "في": a prepositional phrase cut off by a comma, still the trigger's ("خرجوا بعد صلاة
    الجمعة , في ساحة X بمدينة Y"), not another predicate."""
    if k <= ti or s.clause[k] != s.clause[ti] + 1:
        return False
    first = next(j for j in range(ti, k + 1) if s.clause[j] == s.clause[k])
    return (s.tokens[first].norm == "في" and k - first <= CONTINUED_REACH and k - ti <= MAX_PLACE_DISTANCE
            and s.tokens[first + 1].norm not in CONJUNCTION_AFTER_FI)


# "في حين", "في الوقت الذي", "في ظل", "في المقابل", "في السياق": "في" opening a conjunction, not a place
CONJUNCTION_AFTER_FI = frozenset(normalize(w) for w in (
    "حين", "حال", "وقت", "الوقت", "ظل", "المقابل", "السياق", "سياق", "إطار", "اطار", "غضون", "أثناء", "اثناء",
    "حينه", "الأثناء", "المرحلة", "الفترة", "ذلك", "هذا", "هذه", "وقتها", "حينها", "أعقاب", "اعقاب"))
CONTINUED_REACH = 5                 # tokens from that "في" to the place


def _witness_subject(s: _Sent, m: Mention) -> int:
    """The index of the "شهد" right after the place m (an aside in brackets may stand between), else -1."""
    toks = s.tokens
    k = _tok_index(toks, m.end - 1)
    if k < 0:
        return -1
    j = k + 1
    while j < len(toks) and j - k <= 4 and s.paren[j] != -1 and s.paren[j] != s.paren[k]:
        j += 1          # "صفاقس ( جنوب ) شهدت": an aside in brackets between the place and its verb
    return j if j < len(toks) and toks[j].norm in WITNESS_VERBS else -1


def _role_by_preposition(s: _Sent, m: Mention, lex: _ELex) -> str:
    toks = s.tokens
    own = normalize(m.surface)
    if own.startswith(("ب", "وب", "فب")) and not own.startswith("بر"):
        return "in"
    if own.startswith(("لل", "ل", "ول")) and m.norm and not normalize(m.norm).startswith("ل"):
        return "to"
    k = _tok_index(toks, m.start)
    if k >= 0 and toks[k].start < m.start:
        # the preposition glued to the token but outside the mention ("بصنعاء" with the mention "صنعاء")
        clitic = normalize(toks[k].text[:m.start - toks[k].start])
        if clitic in ("ب", "وب", "فب"):
            return "in"
        if clitic in ("ل", "لل", "ول", "ولل"):
            return "to"
    if k > 0 and (own.startswith("و") or (toks[k].start < m.start and toks[k].norm.startswith("و"))):
        prev = next((p for p in s.mentions if p.type == "PLACE" and p.end <= toks[k].start
                     and _tok_index(toks, p.start) == k - 1), None)
        prev_role = _place_role(s, prev, lex) if prev is not None else None
        if prev_role in ("of", "from", "to"):
            return prev_role    # "حافلات بلدتي كفريا والفوعة", "من كفريا والفوعة": the second shares the role
    if k >= 3 and toks[k - 1].norm == "من" and toks[k - 2].norm == "كل":
        # "في كل من دوما وحرستا", "على كل من X و Y": the list takes the preposition before "كل من"
        return "in" if _keys(toks[k - 3].norm) & lex.place_in else "bare"
    j = k - 1
    hops = 0
    while j >= 0 and hops < 3 and (_keys(toks[j].norm) & lex.place_nouns or (
            j > 0 and _nisba(toks[j].norm) and _keys(toks[j - 1].norm) & lex.place_nouns)):
        j -= 1          # "في العاصمة البلجيكية بروكسل": a nisba adjective of the place noun is skipped too
        hops += 1
    if j >= 0 and hops:   # "بمدينة دوما", "في ريف حلب" (the noun carries the preposition)
        nk = toks[j + 1].norm

        def noun_after(prefix: str) -> bool:      # "بمدينة" = ب + مدينة; "بلدة" itself starts with ب
            return nk.startswith(prefix) and _k(nk[len(prefix):]) in lex.place_nouns
        if noun_after("ب") or noun_after("وب"):
            return "in"
        if (noun_after("ل") or noun_after("ول") or noun_after("لل")) and not nk.startswith("لل" + "ا"):
            return "to"
    if j < 0:
        return "bare"
    keys = _keys(toks[j].norm) | {toks[j].norm}
    if keys & lex.people_of:
        return "of"     # "حافلات بلدتي كفريا والفوعة": where the people are from, not where it happened
    if keys & lex.place_in:
        return "in"
    if keys & lex.place_from:
        return "from"
    if keys & lex.place_to:
        return "to"
    return "bare"


MOVED_REACH = 6     # tokens from the transport word to the "إلى" before the place


def _moved_place(s: _Sent, k: int, role: str, lex: _ELex) -> bool:
    """The place at token k is where the wounded or dead were taken ("نقل على إثرها إلى مدينة غازي
    عنتاب", "أسعف إلى مشفى في X"): a transport word shortly before the place's "إلى", in its clause."""
    if role != "to":
        return False
    toks = s.tokens
    if k > 0 and toks[k].norm.startswith("و"):
        # "نقلوا إلى الريحانية وأنطاكيا": the second place of the list shares the first's role
        prev = next((p for p in s.mentions if p.type == "PLACE" and _tok_index(toks, p.end - 1) == k - 1), None)
        if prev is not None:
            return _moved_place(s, _tok_index(toks, prev.start), role, lex)
    j = k - 1
    while j >= 0 and k - j <= 4 and (_keys(toks[j].norm) & lex.place_nouns or _nisba(toks[j].norm)):
        j -= 1      # "إلى مدينة غازي عنتاب": the preposition stands before the place noun
    if j < 0 or not (_keys(toks[j].norm) | {toks[j].norm}) & lex.place_to:
        j += 1      # the preposition is glued to the place ("لمدينة"): look before the place itself
    return any(s.clause[i] == s.clause[k] and _keys(toks[i].norm) & lex.moved_to_cues
               for i in range(max(0, j - MOVED_REACH), j))


def _nisba(norm: str) -> bool:
    """A definite nisba adjective ("البلجيكية", "السوري")."""
    return norm.startswith("ال") and len(norm) > 5 and norm.endswith(("يه", "ية", "ي"))


def _after_distance(s: _Sent, m: Mention, lex: _ELex) -> bool:
    """"على بعد 160 كيلومترا شمال بغداد": the place is a reference point."""
    k = _tok_index(s.tokens, m.start)
    if any(_keys(t.norm) & lex.distance_words for t in s.tokens[max(0, k - 3):max(0, k)]):
        return True
    # "390 كم شمال غرب العاصمة العراقية بغداد": directions, a place noun and its adjective in between
    j = k - 1
    while j >= 0 and k - j <= 6 and (not _keys(s.tokens[j].norm).isdisjoint(lex.place_in)
                                     or not _keys(s.tokens[j].norm).isdisjoint(lex.place_nouns)
                                     or _nisba(s.tokens[j].norm)):
        j -= 1
    return j >= 0 and k - j <= 7 and bool(_keys(s.tokens[j].norm) & lex.distance_words)


# "X الواقعة جنوب Y": the word between a place and the direction that makes Y its reference point
LANDMARK_LINKS = frozenset(normalize(w) for w in ("الواقعة", "الواقع", "الواقعتين", "الواقعين"))


def _landmark(s: _Sent, m: Mention, places: list[Mention], lex: _ELex) -> bool:
    """"مدينة الميادين جنوب شرق دير الزور", "قضاء سنجار غرب الموصل", "بلدة X قرب مدينة Y": the
    place at m is the reference point of the known place named right before the direction (at most
    two direction words, then place nouns or nisba adjectives before m's name)."""
    if not lex.landmark_words:
        return False
    toks = s.tokens
    k = _tok_index(toks, m.start)
    j = k - 1
    hops = 0
    while j >= 0 and hops < 3 and (_keys(toks[j].norm) & lex.place_nouns or _nisba(toks[j].norm)):
        j -= 1          # "غرب العاصمة العراقية بغداد"
        hops += 1
    if j >= 1 and toks[j].norm == "من" and toks[j - 1].norm == "بالقرب":
        j -= 1          # "بالقرب من"
    n = 0
    while j >= 0 and n < 2 and toks[j].norm in lex.landmark_words:
        j -= 1
        n += 1
    if not n or j < 0:
        return False
    d = j + 1       # the first direction word
    if toks[j].norm in LANDMARK_LINKS:
        j -= 1      # "بلدة خان شيخون الواقعة جنوب مدينة إدلب"
    if j < 0 or s.clause[d] != s.clause[k]:
        return False
    linked = j + 1 < d or s.clause[j] != s.clause[k]
    if s.clause[j] != s.clause[k] and not (j + 1 == d and s.clause[j] + 1 == s.clause[d]):
        return False    # "مدينة مخمور , جنوب شرقي الموصل": only a comma (a clause cut) right before the direction
    # the first place must be one the event could be at: "حافلات بلدتي دوما ودمشق قرب الرقة" names
    # the passengers' home towns, and the bombing was near al-Raqqa; across a comma or "الواقعة" it must
    # also be no wider than the landmark ("في ريف حلب , شرق مدينة الباب" tells the countryside by the town)
    return any(p is not m and p.entity_id != m.entity_id and p.end <= toks[j].end and p.end > toks[j].start
               and _place_role(s, p, lex) != "of"
               and not (linked and (p.geo_precision or 0) > (m.geo_precision or 9)) for p in places)


_ROLE_RANK = {
    None: {"in": 0, "bare": 1, "from": 2, "to": 3, "of": 3},
    "origin": {"from": 0, "of": 0, "in": 1, "bare": 2, "to": 3},
    "destination": {"to": 0, "in": 1, "bare": 2, "of": 2, "from": 3},
}


def _facility_placed(c: _Cand) -> bool:
    """The candidate's place is a facility read as a place (_facility_places)."""
    return any(m.source == FACILITY_SOURCE and (m.start, m.end) == c.loc_ev for m in c.sent.mentions)


def _find_place(c: _Cand, lex: _ELex, ctx: _DocContext, facilities: bool = True) -> None:
    s = c.sent
    text = ctx.analysis.doc.text
    places = [m for m in s.mentions if m.type == "PLACE" and m.entity_id and ctx.place_usable(m, text)
              and not _after_distance(s, m, lex) and (facilities or m.source != FACILITY_SOURCE)]
    landmarks: list[Mention] = []
    if len(places) > 1 and any(t.norm in lex.landmark_words for t in s.tokens):
        # (a heading place of a feed item is no reference point of the item before: "... قرية حميرة جنوب
        # حلب شمال حماة : ...")
        kept = [m for m in places if not _landmark(
            s, m, [p for p in places if not ctx.other_items(p.start, m.start)] if ctx.items else places, lex)]
        landmarks = [m for m in places if m not in kept]
        places = kept
    c.rejected_places = {m.entity_id for m in s.mentions if m.type == "PLACE" and m.entity_id} - {
        m.entity_id for m in places}
    best = None
    scored: list[tuple[tuple[Any, ...], Mention, bool]] = []   # (key, place, a fronted frame)
    # a protest, or people going out in one ("خرج الآلاف في مسيرة"), takes place where it is held
    protest = c.trig.kind == "protest" or (c.trig.kind == "exit" and bool(_clause_keys(s, c.ti) & lex.protest_context))
    for m in places:
        k = _tok_index(s.tokens, m.start)
        if k < 0:
            continue
        if s.paren[k] != -1 and s.paren[k] != s.paren[c.ti]:
            continue      # a place in brackets the trigger is not in: an aside
        if s.hseg and s.hseg[k] != s.hseg[c.ti]:
            continue      # another timeline entry's place
        if "\n" in text[min(m.start, c.start):max(m.end, c.end)]:
            continue      # a place on another line (a ticker item, a heading glued to the text)
        if k > 0 and _keys(s.tokens[k - 1].norm) & lex.media_nouns:
            continue      # "مراسلة الميادين", "قناة العربية": a channel named after a place
        if _topic_place(s, k, lex):
            continue      # "تنديدا بقرار ترمب بشأن القدس": what the happening is about
        if s.quote and s.quote[k] != -1 and s.quote[k] != s.quote[c.ti] and not _quoted_name(m, text):
            continue      # a place inside a slogan or a quotation the trigger is not in
        role = _place_role(s, m, lex)
        if (c.trig.kind in ("remote", "attack") and (role == "from" and _launched_from(s, k) or _stationed_at(s, k))) or \
                _other_happening_place(s, k, c.ti, lex):
            # "صواريخ أطلقت من منطقة بحيرة طبريا": where the missiles left, not where they hit;
            # "تقصف مواقع ... بعد سقوط قذائف في الجولان": the place of what the strike answers.
            # Not the page's main place either (that fallback would put it back)
            c.rejected_places.add(m.entity_id)
            continue
        if not c.trig.place_role and c.trig.kind != "displacement" and _moved_place(s, k, role, lex):
            # "أصيب ... بقصف جوي , نقل على إثرها إلى مدينة غازي عنتاب": where the wounded were taken,
            # not where it happened (nor the page's main place: the fallback would put it back)
            c.rejected_places.add(m.entity_id)
            continue
        if m.source == FACILITY_SOURCE and not (k > c.ti and s.clause[k] == s.clause[c.ti] and role in ("in", "bare")):
            continue      # a base or airport locates what hit or took it ("تقصف مطار المزة"), not what its forces
            # did elsewhere ("استخدمت روسيا قاعدة حميميم في تنفيذ ضربات") nor a visit to it ("زيارته لقاعدة حميميم")
        if role == "to" and c.trig.kind == "remote" and _aimed_at(s, k, lex):
            role = "in"   # "تطلق قذائفها باتجاه منطقة عفرين": where the shells were aimed is the strike's place
        if protest and role != "in" and not (role == "to" and k > 0 and s.tokens[k - 1].norm in TOWARDS):
            continue      # people protest in a place (or flock to it); "المناصرة للقدس", "التطاول على مدينة القدس" name its cause
        rank = _ROLE_RANK.get(c.trig.place_role, _ROLE_RANK[None])[role]
        clause_diff = abs(s.clause[k] - s.clause[c.ti])
        framed = False
        if clause_diff and role == "in" and _fronted(s, k, lex):
            clause_diff = 0     # "وفي مدينة قفصة ( جنوب ) , خرج الآلاف": a fronted place frames the sentence
            framed = True
        if clause_diff and role == "in" and _continues_clause(s, k, c.ti):
            clause_diff = 0     # "وتظاهر ألف يمني بعد صلاة الجمعة , في ساحة الحرية بمدينة تعز": where it was
        if clause_diff and role == "in" and 0 <= (w := _witness_subject(s, m)) < c.ti <= w + WITNESS_REACH:
            clause_diff = 0     # "محافظة صفاقس ( جنوب ) , شهدت , مسيرة": the place and what it saw
        prec = ctx.place_precision(m, m.entity_id) or 2
        dist = abs(k - c.ti)
        country = ctx.place_country(m.entity_id)
        foreign = bool(lex.theatre) and country is not None and country not in lex.theatre
        if foreign and (role != "in" or clause_diff):
            continue      # "منظمة تتخذ من لندن مقرا", "طيران واشنطن": a place abroad locates an event only as "في X"
        # a place of the trigger's own feed item first ("... غارات على حرستا شمال حماة : ..." is not at
        # Hama); another item's only when its own has none (as a sentence's place)
        other = ctx.other_items(m.start, c.start)
        if c.trig.place_role:
            # a movement names a region then the town ("إلى الشمال ... إلى قلعة المضيق في ريف حماة")
            key = (other, rank == 3, foreign, min(clause_diff, 2), rank, prec if rank == 0 else 0, dist)
        else:
            # a place of the theatre before one abroad ("الناشط في نيقوسيا ... سقوط 100 شخص في درعا")
            key = (other, rank == 3, foreign, min(clause_diff, 2), rank, dist, prec)
        scored.append((key, m, framed))
        if best is None or key < best[0]:
            best = (key, m)
    if best is not None and (finer := _inside_frame(best, scored, landmarks, s, ctx)) is not None:
        best = finer
    if best is not None and len(s.tokens) > RUN_ON_TOKENS and (best[0][2] or abs(
            _tok_index(s.tokens, best[1].start) - c.ti) > MAX_PLACE_DISTANCE):
        best = None     # another clause of a run-on "sentence" (tickers, lists): not this event's
    if best is not None and (ctx.place_precision(best[1], best[1].entity_id) or 2) >= 2:
        # "على مدينة سراقب في ريف إدلب": the town just before its region is the finer place
        kb = _tok_index(s.tokens, best[1].start)
        for m in places:
            km = _tok_index(s.tokens, m.start)
            if (0 <= kb - km <= 4 and m.end <= best[1].start and s.clause[km] == s.clause[kb]
                    and not ctx.other_items(m.start, best[1].start)
                    and (ctx.place_precision(m, m.entity_id) or 2) == 1
                    and (c.trig.place_role or _place_role(s, m, lex) not in ("from", "to", "of"))
                    and (ctx.places_compatible(m.entity_id, best[1].entity_id)
                         or ctx.same_province(m.entity_id, best[1].entity_id))):
                best = (best[0], m)
    if best is None and ctx.last_place is not None and s.idx - ctx.last_place[1] <= lex.place_anaphor_sentences:
        m = ctx.last_place[0]
        e = ctx.entities.get(m.entity_id or "")
        # a country is no "same place" of a happening ("مظاهرة في ذات المكان" after "في سوريا")
        if (e is not None and e.level != "country" and m.entity_id not in c.rejected_places
                and _place_anaphor(s, c.ti, lex)):
            # "شنت الطائرات غارات على تجمعات المسلحين في المنطقة ذاتها": the place of the happening
            # told just before; the evidence is its name there
            best = ((), m)
    elif best is not None:
        ctx.last_place = (best[1], s.idx)
    if best is not None:
        m = best[1]
        c.location = m.entity_id
        c.geo_precision = ctx.place_precision(m, m.entity_id)
        # another feed item's place is a guess for an item that names none: not a place the trigger's
        # own report told (it neither makes the event reportable nor keeps it apart from others)
        c.loc_own = not (best[0] and best[0][0])
        c.loc_ev = (m.start, m.end)
        if not c.trig.place_role and m in s.mentions:
            c.listed = _place_list(s, m, places, text, lex, ctx)


FRAME_LANDMARK_REACH = 6    # tokens from a place to the frame's name told as its landmark ("قرية قصرة جنوب شرق نابلس")
# the inner place's role rank at worst (_ROLE_RANK without a place role: "in" 0, "bare" 1): "وفي ريف
# إدلب , قصفت الطائرات بلدة X" names X bare; "from" / "to" places are other places of the happening
FRAME_INNER_RANK = 1


def _inside_frame(best: tuple[tuple[Any, ...], Mention], scored: list[tuple[tuple[Any, ...], Mention, bool]],
                  landmarks: list[Mention], s: _Sent, ctx: _DocContext) -> tuple[tuple[Any, ...], Mention] | None:
    """"وفي نابلس , أصيب عشرات ... خلال مواجهات في قرية قصرة جنوب شرق نابلس": the fronted place only
    frames the sentence; a place of the trigger's own clause that lies inside that frame (the text names
    the frame as its landmark, or the gazetteer puts it there) is the finer telling of where it happened.
    Only among places of the same item and clause rank whose role is "in" or bare ("أما في محافظة حمص
    فقضى 7 أشخاص جراء القصف على بلدة الرستن"): a fronted place keeps an event whose own clause names a
    place elsewhere, or one the happening came from or went to."""
    fkey, frame = best
    if not any(m is frame and framed for _, m, framed in scored):
        return None
    for key, m, framed in sorted(scored, key=lambda x: x[0]):
        if framed or m.entity_id == frame.entity_id or key[:4] != fkey[:4] or key[4] > FRAME_INNER_RANK:
            continue
        km = _tok_index(s.tokens, m.start)
        told = any(lm.entity_id == frame.entity_id and lm.start >= m.end
                   and 0 < _tok_index(s.tokens, lm.start) - km <= FRAME_LANDMARK_REACH for lm in landmarks)
        if told or ctx.places_compatible(m.entity_id, frame.entity_id) or ctx.same_province(m.entity_id, frame.entity_id):
            return key, m
    return None


# "في المنطقة ذاتها", "على المواقع نفسها", "بذات الحي": a locative preposition before the phrase
ANAPHOR_REACH = 8       # tokens between the trigger and "المنطقة ذاتها" ("بحسب ضباط في المنطقة ذاتها" is far: the source's)
ANAPHOR_PREPOSITIONS = frozenset(normalize(w) for w in ("في", "وفي", "داخل", "على", "وعلى", "قرب"))


def _place_anaphor(s: _Sent, ti: int, lex: _ELex) -> bool:
    """The trigger's clause places it "في المنطقة ذاتها" / "في ذات المنطقة" (the place told before)."""
    if not lex.place_anaphor_nouns:
        return False
    toks = s.tokens
    for k in range(max(0, ti - ANAPHOR_REACH), min(len(toks) - 1, ti + ANAPHOR_REACH)):
        if s.clause[k] != s.clause[ti]:
            continue
        a, b = toks[k], toks[k + 1]
        if b.norm in lex.place_anaphor_after:
            noun = a        # "المنطقة ذاتها"
        elif a.norm.lstrip("وف").removeprefix("ب") in lex.place_anaphor_before:
            noun = b        # "ذات المنطقة"
        else:
            continue
        if not noun.norm.lstrip("وف").removeprefix("ب").startswith("ال") or not _keys(noun.norm) & lex.place_anaphor_nouns:
            continue
        # the phrase's first word carries "ب" or follows a locative preposition
        if a.norm.lstrip("وف").startswith("ب") or (k > 0 and toks[k - 1].norm in ANAPHOR_PREPOSITIONS):
            return True
    return False


LAUNCH_WORDS = frozenset(normalize(w) for w in (
    "أطلق", "أطلقت", "أطلقها", "أطلقته", "أطلقوا", "يطلق", "تطلق", "انطلقت", "انطلق", "مصدرها", "مصدره", "أطلقتها"))
CAUSE_MARKERS = frozenset(normalize(w) for w in ("بعد", "إثر", "اثر", "عقب"))
FALL_WORDS = frozenset(normalize(w) for w in ("سقوط", "سقط", "سقطت", "سقوطها", "سقوطه"))
THAT = frozenset(normalize(w) for w in ("أن", "ان"))
# "في مجزرة أعادت إلى الأذهان ما حدث في الغوطة", "على غرار ما جرى في": a happening recalled for comparison
RECALL_WORDS = frozenset(normalize(w) for w in ("الأذهان", "بالأذهان", "غرار"))


QUOTE_MARKS = frozenset('"«»“”')


def _quoted_name(m: Mention, text: str) -> bool:
    """The place name alone in quotes ("بمدينة " دوما "", "" عين ترما ""): a name, not a quotation."""
    return text[max(0, m.start - 2):m.start].strip()[-1:] in QUOTE_MARKS and \
        text[m.end:m.end + 2].strip()[:1] in QUOTE_MARKS


def _launched_from(s: _Sent, k: int) -> bool:
    """The "من X" at token k follows a launch verb within three tokens ("أطلقت من", "أطلق ... من")."""
    return any(s.tokens[j].norm in LAUNCH_WORDS or _keys(s.tokens[j].norm) & LAUNCH_WORDS
               for j in range(max(0, k - 4), k) if s.clause[j] == s.clause[k])


def _stationed_at(s: _Sent, k: int) -> bool:
    """The place at token k follows a participle of presence ("قوات النظام المتواجدة في حلفايا"): where
    the shooter stands, not where the strike lands."""
    words = _stationed_words()
    j = k - 1
    if j >= 0 and s.tokens[j].norm in ("في", "ب"):
        j -= 1
    return j >= 0 and s.clause[j] == s.clause[k] and (s.tokens[j].norm in words or bool(_keys(s.tokens[j].norm) & words))


def _other_happening_place(s: _Sent, k: int, ti: int, lex: _ELex) -> bool:
    """The place at token k stands after the trigger inside what the event answers or is compared
    with ("بعد سقوط ثلاث قذائف في الجولان", "ردا على القصف على X", "أعادت إلى الأذهان ما حدث في X"):
    another happening's place."""
    if k <= ti:
        return False
    toks = s.tokens
    for j in range(ti + 1, k):
        keys = _keys(toks[j].norm) | {toks[j].norm}
        if keys & lex.response_cues or keys & RECALL_WORDS:
            return True
        if keys & CAUSE_MARKERS:
            n = j + 1
            if n < k and toks[n].norm in THAT:
                n += 1
            if n < k and (_keys(toks[n].norm) | {toks[n].norm}) & FALL_WORDS:
                return True
    return False


TOWARDS = frozenset(normalize(w) for w in ("إلى", "الى", "نحو"))
# the direction a shell or missile is fired in: its target ("باتجاه", "صوب"), not where it came from
AIM_WORDS = frozenset(normalize(w) for w in ("باتجاه", "نحو", "صوب", "تجاه"))


def _aimed_at(s: _Sent, k: int, lex: _ELex) -> bool:
    """The place at token k follows an aim word, place nouns between ("باتجاه منطقة عفرين")."""
    j = k - 1
    while j >= 0 and k - j <= 3 and _keys(s.tokens[j].norm) & lex.place_nouns:
        j -= 1
    return j >= 0 and s.tokens[j].norm in AIM_WORDS and s.clause[j] == s.clause[k]
FRONT_WORDS = frozenset(normalize(w) for w in ("في", "وفي", "ففي", "أما", "اما", "وأما", "واما", "و"))


def _fronted(s: _Sent, k: int, lex: _ELex) -> bool:
    """The place at token k opens the sentence as its frame ("وفي X ,", "أما في مدينة X ,"): only
    prepositions and place nouns before it."""
    if k > 3:
        return False
    return all(t.norm in FRONT_WORDS or _keys(t.norm) & lex.place_nouns for t in s.tokens[:k])


def _topic_place(s: _Sent, k: int, lex: _ELex) -> bool:
    """The place at token k is the topic of a phrase ("بشأن القدس", "الاعتراف بالقدس", "نقل السفارة
    إلى القدس", "تضامنا مع مدينة X"): what a protest or a statement is about, not where it happens."""
    toks = s.tokens
    if not lex.place_topic or k <= 0:
        return False
    prev = _keys(toks[k - 1].norm)
    if prev & lex.place_topic:
        return True
    if k >= 2 and s.clause[k - 2] == s.clause[k] and (
            toks[k - 1].norm in TOPIC_LINK_CLITICS or prev & lex.place_nouns):
        return bool(_keys(toks[k - 2].norm) & lex.place_topic)
    return False


LIST_GAPS = frozenset({"", "و", "او"})


def _place_list(s: _Sent, m: Mention, places: list[Mention], text: str, lex: _ELex,
                ctx: _DocContext) -> list[Mention]:
    """Places listed with the event's place m ("غارات على دوما وحرستا وعربين", "في تونس , عمان و
    جاكرتا", "في كل من X و Y"): joined only by "و" / commas, none a topic.
    Not after "بين" ("بين القدس ورام الله" is a stretch of road, not two places of the happening)."""
    ms = sorted(places, key=lambda x: x.start)
    if m not in ms:
        return []
    group = _chain(ms, ms.index(m), lambda left, right, _new: _list_gap(text, left.end, right.start))
    if len(group) < 2:
        return []
    if not any("و" in normalize(text[a.end:b.start]) for a, b in zip(group, group[1:], strict=False)):
        return []       # "البوكمال , دير الزور", "خان يونس , غزة": a place and the area it lies in, not a list
    toks = s.tokens
    k0 = _tok_index(toks, group[0].start)
    role = _place_role(s, group[0], lex)
    k_prep = k0 - 2 if k0 >= 3 and toks[k0 - 1].norm == "من" and toks[k0 - 2].norm == "كل" else k0
    if k_prep > 1 and _keys(toks[k_prep - 1].norm) & lex.place_nouns:
        k_prep -= 1     # "استهدفت مدينة دوما وبلدتي ...": the verb before the place noun
    if role != "in" and not (k_prep > 0 and toks[k_prep - 1].norm in ("على", "علي", "استهدفت", "استهدف")) \
            and not (role == "bare" and _strike_object(s, k_prep, group, lex, ctx)):
        return []       # "في معارك دمشق وحماة" (genitive), "من حلب وإدلب": not where it happened
    if k0 > 0 and _keys(toks[k0 - 1].norm) & lex.list_breakers or k0 > 1 and _keys(toks[k0 - 2].norm) & lex.list_breakers:
        return []
    out: list[Mention] = []
    seen = [m.entity_id]
    for g in group:
        k = _tok_index(toks, g.start)
        if g is m or k < 0 or _topic_place(s, k, lex):     # (list commas cut clauses: no clause test)
            continue
        if any(g.entity_id == x or (not (_point(ctx, g.entity_id) and _point(ctx, x))
                                    and ctx.places_compatible(g.entity_id, x)) for x in seen):
            continue        # the same place twice, or a region and a town of it ("إدلب وريفها"): one event
        seen.append(g.entity_id)
        out.append(g)
    return out


# tokens of the subject and a day between a strike verb and its object list ("قصفت قوات النظام اليوم السبت قرى")
OBJECT_SUBJECT_REACH = 5


def _strike_object(s: _Sent, k_prep: int, group: list[Mention], lex: _ELex, ctx: _DocContext) -> bool:
    """The listed places are the direct object of a strike verb of their clause: the verb right before
    them or a short subject between ("وتقصف بلدتي الفوعة وكفريا", "استهدفت الطائرات مدن دوما وحرستا",
    "قصفت قوات النظام قرى X وY"). ACLED codes each place hit. States are not places hit but actors
    ("قصفت روسيا وتركيا"); a preposition, a number or another place between ends the search (the list
    is then a frame, an origin or a direction, not the object)."""
    if any((e := ctx.entities.get(g.entity_id or "")) is None or e.level == "country" for g in group):
        return False
    toks = s.tokens
    if k_prep <= 0:
        return False
    clause = s.clause[k_prep]
    for j in range(k_prep - 1, max(-1, k_prep - 2 - OBJECT_SUBJECT_REACH), -1):
        if s.clause[j] != clause:
            return False
        keys = _keys(toks[j].norm)
        if keys & lex.object_strike_verbs:
            return True
        if (toks[j].norm in STOP_BEFORE_OBJECT or keys & lex.place_in or keys & lex.place_from
                or keys & lex.place_to or any(c.isdigit() for c in toks[j].norm)
                or any(m.start <= toks[j].start < m.end for m in s.mentions if m.entity_id in ctx.entities
                       and ctx.entities[m.entity_id].level != "country")):
            return False
    return False


# words that cannot stand in a verb's subject: a preposition or a conjunction opens another phrase
STOP_BEFORE_OBJECT = frozenset(normalize(w) for w in ("على", "علي", "في", "من", "إلى", "الى", "عن", "بين", "مع",
                                                      "و", "ثم", "أو", "او", "بعد", "قبل", "عند", "منذ"))


POINT_LEVELS = frozenset({"town", "neighbourhood", "facility"})


def _point(ctx: _DocContext, eid: str | None) -> bool:
    e = ctx.entities.get(eid or "")
    return e is not None and e.level in POINT_LEVELS


_LIST_MARKS = str.maketrans({ch: " " for ch in ",،\"«»“”"})


def _list_gap(text: str, a: int, b: int) -> bool:
    """Only list punctuation and "و" between two mentions ("X و Y", "X , Y", "X، وY"), also with a
    settlement noun before the next one ("مدينة دوما وبلدتي سقبا وعين ترما") and the names in quotes
    ("مدينة " دوما " وبلدتي " سقبا "")."""
    if b - a > 20:
        return False
    gap = normalize(text[a:b]).translate(_LIST_MARKS).split()
    if len(gap) <= 1 and "".join(gap) in LIST_GAPS:
        return True
    if gap[:1] == ["و"]:
        gap = gap[1:]
    elif gap and gap[0].startswith("و"):
        gap = [gap[0][1:]] + gap[1:]
    return len(gap) == 1 and bool(_keys(gap[0]) & lexicon().place_list_nouns)


# --------------------------------------------------------------------------- date

def _precision_code(p: str) -> int | None:
    return {"day": 1, "week": 2, "month": 3, "year": 3}.get(p)


def _find_date(c: _Cand, lex: _ELex, text: str = "", ctx: _DocContext | None = None) -> None:
    """The event's date from its own sentence, per clause: the nearest date of its date clause,
    else of its clause, else the heading date of its timeline entry, else the sentence's only
    date. Never a date past a heading date (another entry) or, with several dates in the sentence,
    one in another clause (it belongs to the event told there); then unknown. On a feed page only
    the dates of the trigger's own item count: a neighbouring item's day is another happening's."""
    s = c.sent
    toks = s.tokens
    c.has_date_expr = False
    # "في حين وصلت قبل ذلك قافلتين": the clause says it happened at another time
    _time_cues(s, lex)
    other_time = s.clause[c.ti] in (s.other_time_clauses or set())
    usable: list[tuple[int, int, Any]] = []
    for di, d in enumerate(s.dates):
        k = _tok_index(toks, d.start)
        if k < 0:
            k = 0
        if s.quote[k] != s.quote[c.ti]:
            continue      # a date outside a quotation does not date what the quotation tells
        if s.hseg and s.hseg[k] != s.hseg[c.ti]:
            continue      # another timeline entry's date
        if ctx is not None and ctx.other_items(d.start, c.start):
            continue      # another feed item's date (items run together in one sentence)
        if ctx is not None and _across_posts(ctx.report_parts, d.start, c.start):
            continue      # the next daily report's heading, glued on: another day's report
        if other_time and s.clause[k] != s.clause[c.ti]:
            c.has_date_expr = True
            continue
        if _in_cause_clause(s, c.ti, k):
            continue      # "بعد أن قال ترامب يوم الأربعاء": the date of what the event followed
        c.has_date_expr = True
        if not d.date_start:
            continue
        usable.append((di, k, d))
    if not usable:
        return

    def report(k: int) -> bool:
        prev = {w for t in toks[max(0, k - 4):k] for w in _keys(t.norm)} | {t.norm for t in toks[max(0, k - 4):k]}
        return bool(prev & REPORT_CUES)

    def nearest(pool: list[tuple[int, int, Any]]) -> Any:
        return min(pool, key=lambda x: (report(x[1]), abs(x[1] - c.ti)))[2]

    dcl = s.dclause or s.clause
    pick = None
    same_d = [x for x in usable if dcl[x[1]] == dcl[c.ti]]
    same_c = [x for x in usable if s.clause[x[1]] == s.clause[c.ti]]
    heads = [x for x in usable if x[0] in s.headings and x[1] <= c.ti]
    if same_d:
        pick = nearest(same_d)
    elif same_c:
        pick = nearest(same_c)
    elif heads:
        pick = heads[-1][2]
    elif ctx is not None and ctx.feed and all(_neighbour_day(s, x[1], x[2], c.ti) for x in usable):
        # a feed's sentence often holds items whose glue no cut found ("... في شمال حلبوادعت القاعدة
        # ... أمس"): a relative day of another clause is another item's; the event takes the page's window
        c.has_date_expr = False
        return
    else:
        # the sentence's only date, unless a caption / dateline header ("، الباب :") stands between:
        # a photo caption glued to the title dates the caption's scene, not the title's event
        usable = [x for x in usable if not _caption_between(s, text, c.ti, x[1])]
        distinct = {(x[2].date_start, x[2].date_end) for x in usable if not report(x[1])}
        if len(distinct) == 1:
            pick = nearest([x for x in usable if not report(x[1])])
        elif not distinct and len({(x[2].date_start, x[2].date_end) for x in usable}) == 1:
            pick = usable[0][2]
    if pick is None and usable and all(_cited(s, x[1], x[2]) for x in usable):
        # cited by several sources ("( خطوة , 14 أيار / مايو 2017 ; سمارت , 14 أيار / مايو 2017 )"): the latest report
        pick = max((x[2] for x in usable), key=lambda d: d.date_end or d.date_start)
    if pick is None and _bracketed_span(c, s, usable):
        return
    if pick is not None:
        d = pick
        c.date_start, c.date_end = d.date_start, d.date_end or d.date_start
        c.time_precision = _precision_code(d.precision)
        c.date_own = True
        c.date_ev = (d.start, d.end)
        k = _tok_index(toks, d.start)
        if lex.report_window_days and d.precision == "day" and c.date_start == c.date_end and _cited(s, k, d):
            # the day a source reported it: the happening is of that day or the days before (a report's window)
            c.date_start = (dt.date.fromisoformat(c.date_end) - dt.timedelta(days=lex.report_window_days)).isoformat()
            c.time_precision = 2
            c.date_cited = True
            return
        shift = _day_offset(s, c.ti, lex, d)
        if shift and d.precision == "day" and c.date_start == c.date_end:
            # "يوم 24 شباط، بعد يوم من سيطرتهم على المدينة": the takeover was the day before
            day = dt.date.fromisoformat(c.date_start) + dt.timedelta(days=shift)
            c.date_start = c.date_end = day.isoformat()
        span = _duration_days(s, c.ti, lex)
        if span and d.precision == "day" and c.date_start == c.date_end:
            # "معارك ... دامت أكثر من شهر": a period ending at the date told, not that one day
            c.date_start = (dt.date.fromisoformat(c.date_end) - dt.timedelta(days=span)).isoformat()
            c.time_precision = 2 if span <= 14 else 3


FEED_DAY_NEAR = 8     # tokens after the trigger: "سيطرت قوات - سوريا - الديمقراطية أمس الاثنين" is its own day


def _neighbour_day(s: _Sent, k: int, d: Any, ti: int) -> bool:
    """A day told relative to the report ("اليوم", "أمس", "يوم الخميس") in another clause of a feed's
    sentence, before the trigger (token ``ti``: it closed the item before, "... شرق ديرالزور ليلة أمس ,
    استهداف بناء ... يلدا") or more than FEED_DAY_NEAR tokens after it (an item glued on after): most
    often another item's day. Not a source's citation ("( حق , 1 نيسان )"), nor a full date, which may
    head the item's clauses ("وفي 20 أغسطس , قتل ...")."""
    return d.kind in ("relative", "weekday") and (k < ti or k - ti > FEED_DAY_NEAR) and not _cited(s, k, d)


YEARLESS_SLACK_DAYS = 1     # a page of the 25th may tell the 26th's night (time zones)


def _yearless_before_page(cands: list[_Cand], dates: list[Any], ref: dt.date | None,
                          posts: list[tuple[int, dt.date]]) -> None:
    """A happening the page reports as done (actual) and dates by a day or month named without its
    year ("في 26 أغسطس / آب" on a page of 16 March 2017) lies before the page: when the page's year
    puts it after the page's date (or its post's), it is of the year before. (The dates layer takes
    the page's year up to half a year ahead, which suits what is announced, not what happened.)"""
    if ref is None and not posts:
        return
    yearless = {(d.start, d.end): d for d in dates if d.warning == YEAR_FROM_REFERENCE and d.date_start}
    if not yearless:
        return
    for c in cands:
        d = yearless.get(c.date_ev) if c.date_ev else None
        if d is None or c.modality != "actual" or c.date_start == UNKNOWN:
            continue
        anchor = (post_day(posts, d.start) if posts else None) or ref
        if anchor is None or (dt.date.fromisoformat(c.date_start[:10]) - anchor).days <= YEARLESS_SLACK_DAYS:
            continue
        c.date_start, c.date_end = year_before(c.date_start), year_before(c.date_end or c.date_start)


AFTER_THAT = frozenset(normalize(w) for w in ("بعدما", "وبعدما"))
CITATION_CHARS = 80     # "( المرصد السوري لمتابعة حقوق الإنسان , 13 أيار / مايو 2017": the source's name before the date


def _cited(s: _Sent, k: int, d: Any) -> bool:
    """Date ``d`` (at token k) is a source's citation in brackets after what the sentence told: "(
    بطولات الجيش السوري , 24 أيلول / سبتمبر 2017 )", "( حق , 1 نيسان / أبريل 2017 ; أعماق , ...)": a name and a
    comma before it inside the bracket, and the bracket (or the next source, after ";") closes right after.
    The day the source reported the happening, not the happening's own day."""
    if k <= 0 or not s.paren or s.paren[k] == -1 or s.paren[k - 1] != s.paren[k]:
        return False
    text = s.text
    after = text[d.end:d.end + 3].lstrip()
    if not after.startswith((")", ";", "؛")):
        return False
    open_at = text.rfind("(", max(0, d.start - CITATION_CHARS), d.start)
    inner = text[open_at + 1:d.start] if open_at >= 0 else ""
    return bool(inner.strip()) and ")" not in inner and inner.rstrip().endswith((",", "،"))


BRACKET_SPAN_DAYS = 7    # "( منذ ليل 1 شباط 2016 م وحتى مساء 3 شباط )": the days a bracket spans


def _bracketed_span(c: _Cand, s: _Sent, usable: list[tuple[int, int, Any]]) -> bool:
    """The sentence's days all stand in one bracket that spans a few days ("خلال قرابة 60 ساعة ( منذ ليل 1
    شباط 2016 م وحتى مساء 3 شباط ) , استطاعت قوات النظام ... عبر السيطرة على بلدات"): the happening
    it brackets falls within them (1-3 February). Sets the event's dates; False when they do not."""
    if len(usable) < 2 or not s.paren or s.paren[usable[0][1]] == -1:
        return False
    if any(s.paren[k] != s.paren[usable[0][1]] or d.precision != "day" for _di, k, d in usable):
        return False
    first = min(d.date_start for _di, _k, d in usable)
    last = max(d.date_end or d.date_start for _di, _k, d in usable)
    try:
        days = (dt.date.fromisoformat(last[:10]) - dt.date.fromisoformat(first[:10])).days
    except ValueError:
        return False
    if not 0 < days <= BRACKET_SPAN_DAYS:
        return False
    d0 = min(usable, key=lambda x: x[2].start)[2]
    c.date_start, c.date_end, c.time_precision = first, last, 2
    c.date_own = True
    c.date_ev = (d0.start, max(d.end for _di, _k, d in usable))
    return True


def _in_cause_clause(s: _Sent, ti: int, k: int) -> bool:
    """The date at token k stands in a "بعد أن" / "بعدما" clause after the trigger ("وخرجت احتجاجات
    مماثلة بعد أن قال ترامب يوم الأربعاء ( 6 ديسمبر )"): it dates what the event followed, not the event."""
    toks = s.tokens
    for j in range(ti + 1, k):
        if toks[j].norm in AFTER_THAT or (toks[j].norm in CAUSE_MARKERS and j + 1 < k and toks[j + 1].norm in THAT):
            return True
    return False


def _caption_between(s: _Sent, text: str, a: int, b: int) -> bool:
    """A "، X :" header of one to three words (a caption's or a dateline's start, "سوريا , الباب :")
    between tokens a and b."""
    if not text:
        return False
    lo, hi = min(a, b), max(a, b)
    toks = s.tokens
    for k in range(lo + 1, hi):
        if not any(ch in text[toks[k - 1].end:toks[k].start] for ch in ",،"):
            continue
        for n in (1, 2, 3):
            if k + n <= hi and ":" in text[toks[k + n - 1].end:toks[k + n].start]:
                return True
    return False


def _duration_days(s: _Sent, ti: int, lex: _ELex) -> int:
    """Length in days said of the trigger's clause ("دامت أكثر من شهر", "استمرت ثلاثة أسابيع"), or 0."""
    if not lex.duration_verbs:
        return 0
    toks = s.tokens
    words = [_keys(t.norm) for k, t in enumerate(toks) if s.clause[k] == s.clause[ti] and k > ti]   # (the token is among its keys)
    for i, w in enumerate(words):
        if w & lex.duration_verbs:
            for w2 in words[i + 1:i + 5]:
                hit = next((lex.duration_units[u] for u in w2 if u in lex.duration_units), 0)
                if hit:
                    return hit
    return 0


def _day_offset(s: _Sent, ti: int, lex: _ELex, date: Any = None) -> int:
    """Days from the picked date to the event for "بعد يوم من X" (-1), "قبل يومين من X" (+2) ...;
    0 when the cue is itself the picked date expression ("قبل يومين" resolved against publication)."""
    for seq, days in lex.day_offsets:
        n = len(seq)
        if ti - n >= 0 and all(seq[j] in _keys(s.tokens[ti - n + j].norm) for j in range(n)):
            a, b = s.tokens[ti - n].start, s.tokens[ti - 1].end
            if date is not None and date.start < b and a < date.end:
                return 0
            return days
    return 0


LAPSE_LOOKBACK = 3      # sentences back a lapse opener looks for the day it counts from


def _lapse(s: _Sent, lex: _ELex) -> tuple[int, int, int] | None:
    """The sentence opens with a lapse of days: (days, start, end of the phrase) for "وبعد 3 أيام"
    (3), "وبعد يومين من محاولة اغتياله" (2), "وفي اليوم التالي" (1); None without one (a bare
    "بعد أيام" counts nothing)."""
    toks = s.tokens
    if not toks:
        return None
    n = starts_seq(toks, 0, lex.next_day_openers)
    if n:
        return 1, toks[0].start, toks[n - 1].end
    if len(toks) < 2 or not (_keys(toks[0].norm) & lex.lapse_openers):
        return None
    k, count = 1, None
    num = next((x for x in s.numbers if x.start == toks[1].start), None)
    if num is not None:
        if num.vague or num.lower_bound or num.upper_bound or num.approx or not float(num.value).is_integer():
            return None
        count = int(num.value)
        k = next((j for j in range(1, len(toks)) if toks[j].start >= num.end), len(toks))
    if k >= len(toks):
        return None
    unit = next((lex.lapse_units[w] for w in _keys(toks[k].norm) if w in lex.lapse_units), None)
    if unit is None:
        return None
    counted = bool(_keys(toks[k].norm) & lex.lapse_counted)
    if counted != (count is not None):
        return None     # "بعد أيام" (how many?), "بعد 3 يوم" (not a count of days)
    return unit * (count or 1), toks[0].start, toks[k].end


def _lapse_date(c: _Cand, i: int, sents: list[_Sent], lex: _ELex) -> bool:
    """Date a sentence that opens with a lapse ("وبعد 3 أيام ردت الولايات المتحدة بقصف مطار الشعيرات")
    from the day the nearest sentence before it dates (one day, or none: "في 4 أبريل 2017 , وقعت مجزرة
    خان شيخون" -> 2017-04-07), up to LAPSE_LOOKBACK sentences back; a sentence with several days stops
    the search (which one the lapse counts from is not said)."""
    s = c.sent
    lapse = _lapse(s, lex)
    if lapse is None:
        return False
    days, a, b = lapse
    for d_sent in sents[max(0, i - LAPSE_LOOKBACK):i][::-1]:
        resolved = [d for d in d_sent.dates if d.date_start and not _is_report_date(d_sent, d)]
        if not resolved:
            continue
        if len({(d.date_start, d.date_end or d.date_start) for d in resolved}) != 1:
            return False
        d = resolved[0]
        if d.precision != "day" or (d.date_end or d.date_start) != d.date_start:
            return False
        c.date_start = c.date_end = (dt.date.fromisoformat(d.date_start) + dt.timedelta(days=days)).isoformat()
        c.time_precision = 1
        c.date_ev = (a, b)
        c.date_from = (d.start, d.end)
        c.confidence = min(c.confidence, 0.8)
        return True
    return False


def _continues(c: _Cand, i: int, sents: list[_Sent], per_sent: list[list[_Cand]], lex: _ELex) -> bool:
    """The event's sentence opens a new line with its own trigger verb joined by "و" ("في 25 يناير 2013 ,
    قتل الجنود العراقيون خمسة أشخاص بعد أن فتحوا النار على مظاهرة ... ⏎ واشتبكت القوات العراقية مع آلاف
    العراقيين في مدينة الفلوجة"): the narration goes on from the happening the sentence before told, on its day.
    Not background ("وكان ... قد"), not a sentence whose predecessor told no happening."""
    s = c.sent
    if i == 0 or sents[i - 1].line == s.line or not per_sent[i - 1] or c.ti != 0:
        return False
    n = s.tokens[0].norm
    if not (n.startswith("و") and len(n) >= 4 and is_verb(n[1:])):
        return False
    return not _background(c, lex) and not _past_part(c, lex)


ENTRY_LOOKBACK = 6      # undated sentences an entry's heading date reaches down to


_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d|[١٢][٠٩][٠-٩][٠-٩]")


def _entry_head(s: _Sent) -> Any:
    """The day heading the sentence as a timeline entry's ("27 أبريل / نيسان 2017 : مواقع موالية ..."), or None.
    Without the colon, a full date written with its year that opens a line heads an entry too ("⏎ 22 مايو
    2015 فجر انتحاري نفسه ...", "⏎ 22 يناير 2015 م - الديوان الملكي ..."): a chronology's line."""
    if not s.dates:
        return None
    d = s.dates[0]
    if not d.date_start or d.precision != "day" or (d.date_end or d.date_start) != d.date_start:
        return None
    if s.text[s.span.start:d.start].strip(" \t\n-–—•*|"):
        return None
    if s.text[d.end:d.end + 3].lstrip().startswith(":"):
        return d
    line_start = s.text.rfind("\n", 0, s.span.start) + 1
    if s.text[line_start:d.start].strip(" \t-–—•*|") or d.kind != "absolute" or not _YEAR_DIGITS.search(d.surface):
        return None
    if any(e.kind == "absolute" and _YEAR_DIGITS.search(e.surface) for e in s.dates[1:]):
        return None     # "18 مايو 2015 قتل ... القاهرة 19 مايو 2015 لقي ...": the next entry glued on: whose day goes on?
    return d


IN_WORDS = frozenset(normalize(w) for w in ("في", "وفي"))


def _unread_entry(s: _Sent) -> bool:
    """The sentence opens its line with "في" and a number ("⏎ في 15 - 6 مقتل المصور ..."): an entry of its
    own whose day the dates layer could not read, not a continuation of the entry before. (A bare year
    heading a line, "⏎ 2014 : قتل عشرة جنود ...", is left to the entry above, as before.)"""
    toks = s.tokens
    line_start = s.text.rfind("\n", 0, s.span.start) + 1
    if len(toks) < 2 or s.text[line_start:s.span.start].strip(" \t-–—•*|"):
        return False
    return toks[0].norm in IN_WORDS and toks[1].text[:1].isdigit()


def _entry_heads(sents: list[_Sent]) -> dict[int, Any]:
    """Sentence index -> its entry heading day, on a timeline (MIN_TIMELINE_ENTRIES such entries or more)."""
    heads = {i: d for i, s in enumerate(sents) if (d := _entry_head(s)) is not None}
    return heads if len(heads) >= MIN_TIMELINE_ENTRIES else {}


def _entry_date(c: _Cand, i: int, sents: list[_Sent], entries: dict[int, Any], lex: _ELex) -> bool:
    """A timeline entry told on several lines ("27 أبريل / نيسان 2017 : ... انفجارات كبيرة ... ⏎ وقالت
    مصادر المعارضة إن ضربات صاروخية أصابت مستودع ذخيرة ... قرب مطار دمشق"): a sentence with no date
    of its own, after only undated sentences since an entry's heading, belongs to that entry and its day.
    Not one that names a span of time before its trigger ("وفي الأسبوعين الأولين , استعادت القوات"):
    another time than the entry's day."""
    s = c.sent
    if any(_keys(s.tokens[k].norm) & lex.duration_units.keys() for k in range(c.ti)):
        return False
    if _unread_entry(s):
        return False
    for j in range(i - 1, max(-1, i - 1 - ENTRY_LOOKBACK), -1):
        if j not in entries and _unread_entry(sents[j]):
            return False
        if j in entries:
            d = entries[j]
            c.date_start = c.date_end = d.date_start
            c.time_precision = 1
            c.date_ev = c.date_from = (d.start, d.end)
            c.confidence = min(c.confidence, 0.8)
            return True
        if sents[j].dates:
            return False
    return False


ITEM_HEADER_WORDS = 3    # "شمال حمص : أحرار الشام يقصفون ...": a feed item's place header


def _item_header(s: _Sent) -> bool:
    """The sentence opens a new item of a feed run together on one line: one to ITEM_HEADER_WORDS words
    and a colon ("... بعد هجوم الطائرات بدون طيار قبل أسبوعين . شمال حمص : أحرار الشام يقصفون مواقع ..."),
    so a date the sentence before told in passing, another item's, does not date it. Not a speaker's
    colon ("وتابعت الوزارة : ..."): no verb among the header's words."""
    toks = s.tokens
    for n in range(1, ITEM_HEADER_WORDS + 1):
        if n < len(toks) and ":" in s.text[toks[n - 1].end:toks[n].start]:
            return not any(is_verb(t.norm) or t.norm.startswith("و") and is_verb(t.norm[1:]) for t in toks[:n])
    return False


def _item_opens_inside(c: _Cand, ctx: _DocContext) -> bool:
    """On a feed page, the trigger's item starts inside its sentence ("... قرب حلب . | شمال حماة :
    قصف ..."): the sentences before belong to other items, so their days do not date it."""
    return ctx.other_items(c.sent.span.start, c.start)


def _feed_neighbour(d_sent: _Sent, s: _Sent) -> bool:
    """On a feed page, ``d_sent`` (next to the event's sentence ``s`` on its line) is another item:
    each sentence of a feed's line is its own report ("... غرب حماة . قوات النمر سيطرت على ..."),
    so its "اليوم" / "أمس" / day is that item's, not the event's. Not a sentence that says the
    event continues it ("وفي سياق متصل", ``inherits_date``)."""
    return d_sent.line == s.line and not s.inherits_date


HEADING_EXTRA_TOKENS = 1     # "الأحد 10 كانون الأول 2017 :", "- 10 / 12 / 2017": a date line, at most one word more


def _dated_heading(d_sent: _Sent, d: Any, text: str) -> bool:
    """Date ``d`` heads the items after it: a written day (not "اليوم" / "أمس", which tell an item's own
    time) standing as its sentence ("الأحد 10 كانون الأول 2017 .") or one of ``_date_regions``' heading
    dates (a full date opening its sentence unintroduced)."""
    if d.kind not in ("absolute", "timeline") or d.precision != "day":
        return False
    if len([t for t in d_sent.tokens if not d.start <= t.start < d.end]) <= HEADING_EXTRA_TOKENS:
        return True
    _prepare(d_sent, text)
    return any(d_sent.dates[di] is d for di in d_sent.headings if di < len(d_sent.dates))


def _borrow_date(c: _Cand, i: int, sents: list[_Sent], per_sent: list[list[_Cand]], lex: _ELex,
                 carry: bool = False, entries: dict[int, Any] | None = None, feed_text: str | None = None,
                 parts: list[tuple[int, dt.date]] | None = None) -> None:
    """An event whose sentence has no date takes one from the sentences around it: a lapse counted from
    the day told before ("وبعد يومين"), the sentence before on its line (or any line after "بعدها"), a
    lead's next sentence; on a page with no day of its own (``carry``), also the sentence before a
    continuation line ("⏎ واشتبكت القوات ...", ``_continues``) when that sentence gives one date; else,
    on a timeline (``entries``), the day of the entry it belongs to (``_entry_date``). On a feed page
    (``feed_text``, the page's text) a neighbouring item lends only a dated heading (``_feed_neighbour``).
    In glued daily reports (``parts``) a date of another report lends nothing: it tells another day."""
    s = c.sent
    _time_cues(s, lex)
    if s.clause[c.ti] in (s.other_time_clauses or set()):
        return
    if _lapse_date(c, i, sents, lex):
        return
    inherits = s.inherits_date
    donors: list[_Sent] = []
    header = i > 0 and sents[i - 1].line == s.line and not inherits and _item_header(s)
    if i > 0 and (sents[i - 1].line == s.line or inherits):
        donors.append(sents[i - 1])
    elif carry and _continues(c, i, sents, per_sent, lex):
        d_sent = sents[i - 1]
        if len({(d.date_start, d.date_end) for d in d_sent.dates if d.date_start}) == 1:
            donors.append(d_sent)
            c.date_from = next((d.start, d.end) for d in d_sent.dates if d.date_start)
    if i <= 1 and i + 1 < len(sents) and not per_sent[i + 1]:
        donors.append(sents[i + 1])        # a lead sentence: dated by the next one
    for d_sent in donors:
        resolved = [d for d in d_sent.dates if d.date_start and d.precision != "year"
                    and not (header and d_sent is sents[i - 1] and d.kind not in ("absolute", "timeline"))
                    and not _across_posts(parts, d.start, c.start)]
        if feed_text is not None and _feed_neighbour(d_sent, s):
            # a neighbouring item's day dates its own happening: only a dated heading dates the items after it
            resolved = [d for d in resolved if _dated_heading(d_sent, d, feed_text)]
        if not resolved:
            continue    # a bare year next door ("في عام 2014") is background, not this event's date;
            # past an item's header, only a full date (a listing's title) dates it, not a "قبل أسبوعين"
        nonreport = [d for d in resolved if not _is_report_date(d_sent, d)]
        d = (nonreport or resolved)[0]
        c.date_start, c.date_end = d.date_start, d.date_end or d.date_start
        c.time_precision = max(_precision_code(d.precision) or 3, 2)
        c.date_ev = (d.start, d.end)
        c.confidence = min(c.confidence, 0.8)
        return
    if entries:
        _entry_date(c, i, sents, entries, lex)


def _across_posts(parts: list[tuple[int, dt.date]] | None, a: int, b: int) -> bool:
    """Offsets ``a`` and ``b`` stand in different reports of a page of glued daily reports (a report's
    dated heading between them): what one report tells, another day's report does not date."""
    if not parts:
        return False
    starts = [at for at, _day in parts]
    return bisect.bisect_right(starts, a) != bisect.bisect_right(starts, b)


def _time_cues(s: _Sent, lex: _ELex) -> None:
    if s.other_time_clauses is not None:
        return
    s.other_time_clauses = {s.clause[k] for k in seq_starts(s.tokens, lex.date_not_inherited)}
    s.inherits_date = bool(seq_starts(s.tokens, lex.date_inherited))


def _protest_goes_out(s: _Sent, c: _Cand, lex: _ELex) -> bool:
    """The exit trigger's subject is a protest: "خرجت مظاهرات", "خروج مظاهرة", "متظاهرين في مدينة
    الاتارب خرجوا" (a protest word right after the trigger, or at most 4 words before it, in its
    clause). The fighters the clause also names are what the protest is about or who fired on it."""
    cl = s.clause[c.ti]
    near = [k for k in (*range(max(0, c.ti - 4), c.ti), *range(c.tj, min(len(s.tokens), c.tj + 2)))
            if s.clause[k] == cl]
    return any(_keys(s.tokens[k].norm) & lex.protest_context for k in near)


def _is_report_date(s: _Sent, d: Any) -> bool:
    k = max(0, _tok_index(s.tokens, d.start))
    prev = {w for t in s.tokens[max(0, k - 4):k] for w in _keys(t.norm)}
    return bool(prev & REPORT_CUES)


# --------------------------------------------------------------------------- typing

MEANS = LEXICON.parent / "event_means.yaml"


@dataclass(frozen=True, slots=True)
class _MeansLex:
    markers: frozenset[str]
    reach: int
    clash: frozenset[str]
    means: tuple[tuple[frozenset[str], str, str], ...]     # (words, event type, sub-type), in order
    dropped: frozenset[str]
    shootdown_nouns: frozenset[str]
    equipped: frozenset[str]
    outcome_verbs: frozenset[str]
    outcome_reach: int


@lru_cache(maxsize=1)
def _means_lex() -> _MeansLex:
    data = yaml.safe_load(MEANS.read_text(encoding="utf-8"))
    return _MeansLex(markers=_ks(data["toll_cause_markers"]), reach=int(data["toll_cause_reach"]),
                     clash=_ks(data["toll_clash_words"]),
                     means=tuple((_ks(g["words"]), *_split_type(g["type"])) for g in data["toll_means"]),
                     dropped=_ks(data["dropped_munitions"]), shootdown_nouns=_ks(data["shootdown_nouns"]),
                     equipped=_ks(data["equipped_with"]), outcome_verbs=_ks(data["toll_outcome_verbs"]),
                     outcome_reach=int(data["toll_outcome_reach"]))


def _drops_munition(c: _Cand) -> bool:
    """A shoot-down verb whose object is a dropped load ("المروحيات تسقط براميل متفجرة", "أسقطت طائرات
    النظام ... 305 براميل"): the aircraft strikes. Not the verbal noun "إسقاط" (a downing), nor a load
    the aircraft carries ("طائرة مزودة برامية قنابل")."""
    ml = _means_lex()
    s, toks = c.sent, c.sent.tokens
    if _keys(toks[c.ti].norm) & ml.shootdown_nouns:
        return False
    for k in range(c.tj, len(toks)):
        if s.clause[k] != s.clause[c.ti]:
            break
        if _keys(toks[k].norm) & ml.dropped:
            return not any(_keys(toks[j].norm) & ml.equipped or _cause_word(toks[j].norm, ml.equipped)
                           for j in range(max(c.tj, k - 2), k + 1))
    return False


def _cause_word(norm: str, words: frozenset[str]) -> bool:
    """The token is "ب" + one of words ("بانفجار", "وبالقصف"): a cause with its own preposition."""
    n = norm[1:] if norm[:1] in ("و", "ف") else norm
    return n.startswith("ب") and len(n) > 3 and _k(n[1:]) in words


def _toll_means(c: _Cand, lex: _ELex) -> tuple[str, str] | None:
    """The means a toll word's own clause names as the deaths' cause ("قتلوا ... في انفجار بمسجد",
    "مقتل طفل ... من ضحايا القذيفة"): (type, sub-type) of the first cause word after the toll word,
    None when a clash word comes first or no cause is told."""
    ml = _means_lex()
    s, toks = c.sent, c.sent.tokens
    for k in range(c.tj, min(len(toks), c.tj + ml.reach)):
        if s.clause[k] != s.clause[c.ti]:
            break
        keys = _keys(toks[k].norm)
        if keys & ml.clash:
            return None
        for words, et, sub in ml.means:
            if not (keys & words and (k > 0 and _keys(toks[k - 1].norm) & ml.markers)
                    or _cause_word(toks[k].norm, words)):
                continue
            if sub.startswith("Shelling"):
                # "بقصف جوي", "جراء قصف الطيران": an air word right after the shelling word
                after = {w for t in toks[k + 1:k + 4] for w in _keys(t.norm)}
                if after & lex.air_words:
                    return "Explosions/Remote violence", "Air/drone strike"
            return et, sub
    return _outcome_means(c, lex)


def _outcome_means(c: _Cand, lex: _ELex) -> tuple[str, str] | None:
    """A toll told as an outcome ("انفجرت قنبلة بمطعم ... ما أسفر عن مقتل 3 أشخاص"): the means the
    words before the outcome verb name, the first group of toll_means holding one; None when a clash
    word stands between."""
    ml = _means_lex()
    toks = c.sent.tokens
    verb = next((k for k in range(c.ti - 1, max(-1, c.ti - 4), -1) if _keys(toks[k].norm) & ml.outcome_verbs), None)
    if verb is None:
        return None
    keys: set[str] = set()
    for k in range(verb - 1, max(-1, verb - 1 - ml.outcome_reach), -1):
        kk = _keys(toks[k].norm)
        if kk & ml.clash:
            break
        keys |= kk
    for words, et, sub in ml.means:
        if keys & words:
            return ("Explosions/Remote violence", "Air/drone strike") if sub.startswith("Shelling") and (
                keys & lex.air_words) else (et, sub)
    return None


def _type_toll_by_means(c: _Cand, lex: _ELex) -> None:
    """A toll no telling of its means joined ("قتلوا ... في انفجار بمسجد", whose weak "انفجار" gave no
    event of its own) takes the sub-type of the cause its clause names, not the toll word's default
    Battles (ACLED codes the deaths with the means that caused them)."""
    if c.trig.kind != "casualty" or c.event_type not in ("Battles", "Violence against civilians"):
        return
    if any(p.trig.kind != "casualty" for p in c.merged):
        return      # a clash or a strike joined it: its telling typed the happening
    means = _toll_means(c, lex)
    if means is not None:
        # a named means is as specific as its own trigger: the toll joins only happenings of its sub-type
        c.event_type, c.sub_event_type = means
        c.specific = True


def _place_name_tokens(s: _Sent) -> frozenset[int]:
    """Indexes of the tokens inside a place's name ("قرى الرشادية وحجارة", "ساحة الطيران"): a context
    word there names the place, it tells nothing of how the happening was done. Read once per sentence
    (every candidate of it asks)."""
    if s.place_tokens is None:
        spans = [(m.start, m.end) for m in s.mentions if m.type in ("PLACE", "FACILITY")]
        s.place_tokens = frozenset(k for k, t in enumerate(s.tokens) if any(a <= t.start < b for a, b in spans)) \
            if spans else frozenset()
    return s.place_tokens


CROWD_REACH = 3     # tokens between an attack verb and the demonstrators who are its subject


def _crowd_attacks(c: _Cand, lex: _ELex) -> bool:
    """Demonstrators are the subject of the attack verb ("وهاجم المحتجون ...", "المتظاهرون هاجموا ..."),
    in its clause and not after a target word ("هجوم على المتظاهرين": they were attacked). Only the
    nominative plural ("-ون") is a subject: "هاجمت قوات الأمن المتظاهرين" attacks them."""
    s, toks = c.sent, c.sent.tokens
    near = [*range(max(0, c.ti - CROWD_REACH), c.ti), *range(c.tj, min(len(toks), c.tj + CROWD_REACH))]
    for k in near:
        crowd = {w for w in _keys(toks[k].norm) & lex.generic["protesters"] if w.endswith("ون")}
        if s.clause[k] != s.clause[c.ti] or not crowd:
            continue
        if k > 0 and _keys(toks[k - 1].norm) & lex.target_cues:
            continue
        if k > c.ti and any(_keys(toks[j].norm) & lex.target_cues for j in range(c.tj, k)):
            continue
        return True
    return False


def _victims_told(s: _Sent, ti: int, lex: _ELex) -> bool:
    """A civilian victim told one by one in the toll's date clause ("قتل مجهولون , أمس , باكستانية
    وابنتها": the commas around the inserted day do not part the verb from its object)."""
    dcl = s.dclause or s.clause
    return any(dcl[k] == dcl[ti] and _keys(t.norm) & lex.civilian_victims for k, t in enumerate(s.tokens))


def _resolve_type(c: _Cand, lex: _ELex, ctx: _DocContext) -> bool:
    """Final type from trigger kind, context words and actors; False when it is not an event."""
    s = c.sent
    kind = c.trig.kind
    clause_keys = _clause_keys(s, c.ti)
    named = _place_name_tokens(s)
    near_keys = {w for k in range(max(0, c.ti - 4), min(len(s.tokens), c.tj + 4))
                 if s.clause[k] == s.clause[c.ti] and k not in named for w in _keys(s.tokens[k].norm)}
    wide: set[str] | None = None
    after: set[str] | None = None
    for kinds, words, et, sub, scope, unless in lex.refine:
        sentence_wide, later = scope == "sentence", scope == "after"
        if c.sub_event_type == "Suicide bomb":
            break       # "سيارة مفخخة فجر نفسه": the car bomb next to it does not undo the suicide
        if kind in kinds and sentence_wide and wide is None:
            wide = {w for k in range(max(0, c.ti - REFINE_REACH), min(len(s.tokens), c.tj + REFINE_REACH))
                    if k not in named for w in _keys(s.tokens[k].norm)}
        if kind in kinds and later and after is None:
            # what the sentence tells after the trigger happened to it ("تظاهرة ... انتهت بعد تفريق قوات
            # الأمن لها"); a word far before it is another's ("تفريق مظاهرة , كما تظاهر آلاف ...")
            after = near_keys | {w for k in range(c.tj, min(len(s.tokens), c.tj + REFINE_REACH))
                                 if k not in named for w in _keys(s.tokens[k].norm)}
        reach = wide if sentence_wide else after if later else near_keys
        if kind in kinds and reach is not None and reach & words and not reach & unless:
            c.event_type, c.sub_event_type, c.specific = et, sub, True
            break
    a1_type = ctx.actor_type(c.actor1[0]) if c.actor1 else None
    if kind == "remote" and c.sub_event_type.startswith("Shelling"):
        # "قصفت قوات النظام ... بالطيران الحربي": an air word anywhere in the trigger's date clause
        # (up to the next "و + verb"), unless an artillery word stands next to the trigger
        dcl = s.dclause or s.clause
        dkeys = {w for k, t in enumerate(s.tokens) if dcl[k] == dcl[c.ti] for w in _keys(t.norm)}
        close = {w for t in s.tokens[max(0, c.ti - 2):c.tj + 3] for w in _keys(t.norm)}
        if dkeys & lex.air_words and not close & lex.artillery_words:
            c.event_type, c.sub_event_type, c.specific = "Explosions/Remote violence", "Air/drone strike", True
    if c.trig.key == "shootdown" and clause_keys & _means_lex().dropped and _drops_munition(c):
        # "المروحيات تسقط براميل متفجرة": the aircraft drops its load (an air strike), nothing is downed
        c.event_type, c.sub_event_type, c.specific = "Explosions/Remote violence", "Air/drone strike", True
    if kind == "attack" and c.event_type == "Battles" and _crowd_attacks(c, lex):
        # "وهاجم المحتجون في حمص مركزا حكوميا": demonstrators who attack riot (ACLED Violent demonstration)
        c.event_type, c.sub_event_type, c.specific = "Riots", "Violent demonstration", True
    elif kind == "attack" and c.event_type == "Battles":
        # "هجوم على فندق", "هجوم الملهى الليلي": the target right after the trigger is a civilian place
        after = {w for k in range(c.tj, min(len(s.tokens), c.tj + 5)) if s.clause[k] == s.clause[c.ti]
                 for w in _keys(s.tokens[k].norm)}
        if c.actor2 == [CIVILIANS_ID] or after & lex.civilian_targets:
            c.event_type, c.sub_event_type = "Violence against civilians", "Attack"
    elif kind == "territory":
        if not c.actor1:
            return False
        # ACLED: government forces (and their affiliates) of the place's country regain ground;
        # rebels, militias, IS, the SDF and foreign state forces overtake it
        if ctx.government_side(c.actor1[0], ctx.place_country(c.location)):
            c.sub_event_type = "Government regains territory"
        else:
            c.sub_event_type = "Non-state actor overtakes territory"
    elif kind == "exit" and clause_keys & lex.protest_context and (
            not clause_keys & lex.generic["fighters"] or _protest_goes_out(s, c, lex)):
        # "خرج الآلاف في مظاهرة", "خرجوا إلى الشوارع للمطالبة": people going out to protest; a
        # protest that goes out ("خرجت مظاهرات طالبت بخروج مقاتلي ...") even when fighters are named
        c.event_type, c.sub_event_type, c.specific = "Protests", "Peaceful protest", True
        if not c.actor1 or ctx.actor_type(c.actor1[0]) in STATE_TYPES:
            c.actor1 = [PROTESTERS_ID]
    elif kind == "exit":
        fighters = bool(clause_keys & lex.generic["fighters"])
        # a count of people in the trigger's own clause ("خروج 500 مدني"), not anywhere in the sentence
        people = bool(clause_keys & lex.generic["civilians"]) or c.form in c.trig.other_words or any(
            q.noun_class == "people" and s.clause[max(0, _tok_index(s.tokens, q.start))] == s.clause[c.ti]
            for q in find_quantities(s.tokens, s.numbers))
        armed = a1_type in ("ARMED_GROUP", "STATE_FORCES") or fighters or c.first_person
        if people and not fighters or not armed:
            c.event_type, c.sub_event_type = "Strategic developments", "Other"
    elif kind == "handover":
        after = {w for t in s.tokens[c.tj:c.tj + 3] for w in _keys(t.norm)} | _keys(s.tokens[c.ti].norm)
        if after & c.trig.territory_objects:
            c.event_type, c.sub_event_type = "Strategic developments", "Non-violent transfer of territory"
    elif kind == "arrest":
        if a1_type == "ARMED_GROUP" and (not c.actor2 or c.actor2 == [CIVILIANS_ID]):
            c.event_type, c.sub_event_type = "Violence against civilians", "Abduction/forced disappearance"
    elif kind == "casualty":
        if clause_keys & lex.protest_victims:
            # deaths among protesters / mourners shot at: force used against a protest
            c.event_type, c.sub_event_type = "Protests", EXCESSIVE_FORCE
        elif clause_keys & lex.generic["civilians"] or _victims_told(s, c.ti, lex):
            # "قتل الجيش التركي الطفل جميل": civilians killed with no fight told (one-sided, not Battles)
            c.event_type, c.sub_event_type = "Violence against civilians", "Attack"
        c.specific = False
    if c.modality == "planned":
        if kind not in PLANNED_TO_OTHER or not c.actor1 or not c.actor_same_clause:
            return False
        # a prepared / foiled / scheduled operation is a strategic development, not a battle
        c.event_type, c.sub_event_type = "Strategic developments", "Other"
    return True


# --------------------------------------------------------------------------- counts

def _assign_counts(s: _Sent, cands: list[_Cand]) -> None:
    skip = [(d.start, d.end) for d in s.dates]
    qs = find_quantities(s.tokens, s.numbers, skip, s.clause)
    for q in qs:
        k = max(_tok_index(s.tokens, q.start), 0)
        pool = [c for c in cands if s.clause[c.ti] == s.clause[k]]
        if not pool and (q.context or q.noun_class not in LOOSE_COUNTS):
            pool = cands        # "سقوط 1945 شخصاً، ... 285 امرأة": the toll goes on past the comma
        if not pool:
            continue
        best = min(pool, key=lambda c: abs(c.ti - k) + (0 if c.ti <= k else 2))
        best.quantities.append(q)


def _qty_dict(c: _Cand) -> tuple[int | None, bool, dict[str, int], dict[str, tuple[int, int]], dict[str, str]]:
    """fatalities, fatalities_min, quantities, evidence (keys "fatalities" and "quantities.<name>"),
    qualifiers (min / approx / vague / max)."""
    fatalities: int | None = None
    fmin = False
    qd: dict[str, int] = {}
    ev: dict[str, tuple[int, int]] = {}
    qual: dict[str, str] = {}
    for part in [c] + c.merged:
        for q in part.quantities:
            name = quantity_name(q, part.trig.counts_as)
            flag = "min" if q.lower_bound or q.vague else "max" if q.upper_bound else "approx" if q.approx else ""
            if name == "fatalities":
                if fatalities is None:
                    fatalities, fmin = q.value, q.lower_bound or q.vague
                    ev["fatalities"] = (q.start, q.end)
                    if flag:
                        qual["fatalities"] = flag
                elif q.value != fatalities:
                    n = add_quantity(qd, "fatalities", q.value, q.total)
                    ev[f"quantities.{n}"] = (q.start, q.end)
                continue
            n = add_quantity(qd, name, q.value, q.total)
            ev.setdefault(f"quantities.{n}", (q.start, q.end))
            if flag:
                qual.setdefault(n, flag)
    return fatalities, fmin, qd, ev, qual


def _qualifiers(c: _Cand) -> dict[str, str]:
    return _qty_dict(c)[4]


# --------------------------------------------------------------------------- merging

def _family_ok(a: _Cand, b: _Cand, strict: bool = False) -> bool:
    """Same happening type: equal sub-types; within one sentence any remote-violence or
    violence-against-civilians sub-types (a toll lists strikes, shells and chlorine together)."""
    if a.event_type != b.event_type:
        return False
    if (a.trig.kind == "territory") != (b.trig.kind == "territory"):
        return False        # taking ground and a clash / deaths in one sentence are told apart
    if a.sub_event_type == b.sub_event_type:
        return True
    if (not a.specific or not b.specific) and a.event_type in VIOLENT:
        return True
    return not strict and a.event_type in ("Explosions/Remote violence", "Violence against civilians")


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


def _places_ok(a: _Cand, b: _Cand, ctx: _DocContext | None = None) -> bool:
    if not a.loc_own or not b.loc_own or a.location == b.location:
        return True
    # strikes and shelling at two neighbouring towns are two events (ACLED codes each location hit);
    # two words of one clause still tell one happening ("استهدفت مدينة دوما ومناطق كفربطنا بالمدفعية":
    # the verb and its means)
    one_clause = a.sent is b.sent and a.sent.clause[a.ti] == a.sent.clause[b.ti]
    towns_apart = not one_clause and _strikes(a, b)
    return ctx is not None and ctx.places_compatible(a.location, b.location, towns_apart=towns_apart)


def _dates_ok(a: _Cand, b: _Cand) -> bool:
    if a.date_start == UNKNOWN or b.date_start == UNKNOWN:
        return True
    return a.date_start <= b.date_end and b.date_start <= a.date_end


def _actors_ok(a: _Cand, b: _Cand, ctx: _DocContext) -> bool:
    """No actor on one side, the same / related actor, or an umbrella reference ("الفصائل") and a
    named armed group."""
    if not a.actor1 or not b.actor1:
        return True
    for x in a.actor1:
        for y in b.actor1:
            if ctx.related(x, y):
                return True
            if (ctx.is_generic(x) and ctx.actor_type(y) == "ARMED_GROUP") or (
                    ctx.is_generic(y) and ctx.actor_type(x) == "ARMED_GROUP"):
                return True
    return False


def _all_generic(ids: list[str], ctx: _DocContext) -> bool:
    return bool(ids) and all(ctx.is_generic(x) for x in ids)


def _absorb(a: _Cand, b: _Cand, ctx: _DocContext) -> None:
    """Merge b into a (a stays the primary: its evidence and id)."""
    if not a.specific and b.specific and a.event_type == b.event_type:
        a.sub_event_type, a.specific = b.sub_event_type, True
    elif b.sub_event_type == "Suicide bomb" and a.sub_event_type == "Remote explosive/landmine/IED":
        a.sub_event_type = b.sub_event_type     # "سيارة مفخخة فجر نفسه": the bomber died with it (ACLED: suicide bomb)
    if _all_generic(a.actor1, ctx) and b.actor1 and not _all_generic(b.actor1, ctx):
        a.assoc1 = [x for x in a.actor1 if x not in b.actor1]
        a.actor1 = list(b.actor1)
        a.actor_ev = b.actor_ev
    if not a.actor1 and b.actor1:
        a.actor1, a.actor_ev, a.actor_own = b.actor1, b.actor_ev, b.actor_own
        a.first_person = b.first_person
    for x in b.actor2:
        if x not in a.actor2 and x not in a.actor1:
            a.actor2.append(x)
    if b.loc_own and _answered_place(a, b):
        a.rejected_places.add(b.location or "")     # the answered happening's place is not a's
    elif b.loc_own and (not a.loc_own or (b.location != a.location and (b.geo_precision or 9) < (a.geo_precision or 9)
                                          and not _entry_place(a, b, ctx))):
        a.location, a.geo_precision, a.loc_own, a.loc_ev = b.location, b.geo_precision, True, b.loc_ev
    # (a source's report window, b.date_cited, does not replace a date the text gives a's happening)
    if b.date_start != UNKNOWN and not _other_item_date(a, b, ctx) and (
            a.date_start == UNKNOWN or (b.time_precision or 9) < (a.time_precision or 9)
            and not (b.date_cited and a.date_own and not a.date_cited)):
        a.date_start, a.date_end, a.time_precision, a.date_ev, a.date_own, a.date_cited = (
            b.date_start, b.date_end, b.time_precision, b.date_ev, b.date_own, b.date_cited)
    if a.modality != "actual" and b.modality == "actual":
        a.modality = "actual"
    a.aggregate = a.aggregate or b.aggregate
    a.merged.append(b)
    a.merged.extend(b.merged)
    b.merged = []


def _other_item_date(a: _Cand, b: _Cand, ctx: _DocContext) -> bool:
    """On a feed page, b's date evidence stands in another item than a's trigger: each item is its own
    report, so a merge does not carry that item's day to a (a keeps its own, else the page's window)."""
    if b.date_ev is None:
        return False
    if ctx.other_items(b.date_ev[0], a.start) or _across_posts(ctx.report_parts, b.date_ev[0], a.start):
        return True     # (another glued daily report's date: that report's day)
    # a feed's sentences are items of their own (glued items are cut apart into sentences): a day told
    # in another sentence than a's is another item's ("صورة القمر الصناعي بتاريخ 17 يونيو" dates a
    # picture, not the Rusafa capture told items before it)
    return ctx.feed and not a.sent.span.start <= b.date_ev[0] < a.sent.span.end


def _answered_place(a: _Cand, b: _Cand) -> bool:
    """b's place stands, after a's trigger, in what a answers ("هاجمت أهدافا ... بعد أن سقطت قذيفة
    مدفعية في هضبة الجولان"): merged into a as its cause, b does not lend a its place."""
    if b.sent is not a.sent or b.loc_ev is None:
        return False
    k = _tok_index(a.sent.tokens, b.loc_ev[0])
    return k > a.ti and _other_happening_place(a.sent, k, a.ti, lexicon())


def _names_toll(c: _Cand, lex: _ELex) -> bool:
    """The trigger names a violent happening without saying which kind: a generic attack noun
    ("الهجوم", "هجمات") or a massacre word ("يوقع مجزرة")."""
    if c.trig.kind == "attack" and c.event_type == "Battles" and not c.specific:
        return True
    if c.trig.kind == "clash" and " " in c.form and c.form in c.trig.weak:
        return True     # "العملية العسكرية ... بدأت بقصف": the operation is the shelling told with it
    return c.event_type == "Violence against civilians" and bool(_keys(c.sent.tokens[c.ti].norm) & lex.toll_events)


def _same_actor_attack(o: _Cand, c: _Cand, ctx: _DocContext) -> bool:
    """One is an attack verb / noun (Battles), the other remote violence, by related actors."""
    for a, b in ((o, c), (c, o)):
        if (a.event_type == "Explosions/Remote violence" and b.trig.kind == "attack" and b.event_type == "Battles"
                and a.actor1 and b.actor1 and any(ctx.related(x, y) for x in a.actor1 for y in b.actor1)):
            return True
    return False


def _same_happening(o: _Cand, c: _Cand, lex: _ELex, ctx: _DocContext) -> _Cand | None:
    """Of two triggers of one sentence, the one that names the happening when the other only names
    it generically ("تفجيران بعبوات ناسفة ... يتبنى الهجوم", "قصف روسي يوقع مجزرة"); else None."""
    if not _dates_ok(o, c) or (o.modality == "planned") != (c.modality == "planned"):
        return None
    for a, b in ((o, c), (c, o)):
        if a.event_type != "Explosions/Remote violence":
            continue
        if _names_toll(b, lex) and not _names_toll(a, lex):
            # another actor's attack elsewhere is another happening; a definite noun after the strike
            # points back to it ("... بقذائف الهاون، وأن الجيش التركي رد بعد الهجوم": the actor
            # next to the noun is not the attack's), at a place the strike was told at
            places = _places_ok(a, b, ctx) or any(b.location == p.location for p in a.merged)
            back = a.ti < b.ti and b.sent.tokens[b.ti].norm.startswith(("ال", "وال", "بال", "فال", "لل"))
            return a if places and (back or _actors_ok(a, b, ctx)) else None
        if _same_actor_attack(a, b, ctx) and b.trig.kind == "attack" and b.event_type == "Battles":
            # "هاجمت الوحدات موقعا في X في Y بقذائف الهاون": the same actor's attack told with its
            # weapon; the attack's own place (nearest its verb) is kept, the weapon gives the type
            b.event_type, b.sub_event_type, b.specific = a.event_type, a.sub_event_type, a.specific
            return b
    return None


def _merge_in_sentence(cands: list[_Cand], ctx: _DocContext) -> list[_Cand]:
    if ctx.items:
        # a sentence of a feed page that holds several items ("... حرستا شمال حماة : ..."): each item's
        # tellings are merged among themselves, never with another item's
        groups: dict[int, list[_Cand]] = {}
        for c in cands:
            groups.setdefault(ctx.item_of(c.start), []).append(c)
        if len(groups) > 1:
            return [e for g in groups.values() for e in _merge_in_item(g, ctx)]
    return _merge_in_item(cands, ctx)


def _merge_in_item(cands: list[_Cand], ctx: _DocContext) -> list[_Cand]:
    lex = lexicon()
    out: list[_Cand] = []
    for c in cands:
        k, keep = next(((i, hit) for i, o in enumerate(out) if (hit := _same_happening(o, c, lex, ctx)) is not None),
                       (None, None))
        if k is not None:
            o = out[k]
            if keep is c:
                _absorb(c, o, ctx)
                out[k] = c
            else:
                _absorb(o, c, ctx)
            continue
        h = next((i for i, o in enumerate(out) if _handed_over(o, c, ctx)), None)
        if h is not None:
            # "إخلاء مواقعهم من قريتي بيت جن ومغر المير وتسليمهما للجيش": one transfer of ground,
            # the withdrawal's telling leading
            o = out[h]
            keep, other = (o, c) if o.trig.kind == "exit" else (c, o)
            _absorb(keep, other, ctx)
            out[h] = keep
            continue
        for o in out:
            if _family_ok(o, c) and _places_ok(o, c, ctx) and _dates_ok(o, c) and (o.modality == "planned") == (
                    c.modality == "planned") and (_actors_ok(o, c, ctx) or c.trig.kind == "casualty"
                                                  or _one_strike(o, c, cands)):
                striker = None if _actors_ok(o, c, ctx) or c.trig.kind == "casualty" else _striker(o, c)
                _absorb(o, c, ctx)
                if striker is c:
                    o.actor1, o.actor_ev, o.actor_own, o.assoc1 = list(c.actor1), c.actor_ev, c.actor_own, []
                break
        else:
            if c.trig.kind == "casualty":
                # "... راح ضحيتها أكثر من 40 شهيداً": a count of the nearest violent event before it
                # that can be the same happening (a caption's strike elsewhere in between is not)
                o = next((o for o in reversed(out) if o.event_type in VIOLENT and _places_ok(o, c, ctx)
                          and _dates_ok(o, c)), None)
                if o is not None:
                    _absorb(o, c, ctx)
                    continue
            if c.trig.kind != "casualty" and c.event_type in VIOLENT:
                # "قتل 12 مدنياً في قصف الطائرات الحربية": the deaths told first are this strike's, also
                # when the toll took toll words of its own ("سقوط 20 قتيلا ... خلال غارات جوية", "من بين
                # قتلى الهجوم المسلح والتفجير"): only another means already joined makes it another's
                k = next((i for i, o in enumerate(out) if o.trig.kind == "casualty" and _toll_takes_means(o, c, lex)
                          and o.event_type in VIOLENT and _places_ok(o, c, ctx) and _dates_ok(o, c)), None)
                if k is not None:
                    _absorb(c, out[k], ctx)
                    out[k] = c
                    continue
            if c.trig.kind == "casualty" and c.event_type == "Protests" or (
                    c.event_type == "Protests" and any(o.event_type == "Protests" for o in out)):
                # a protest and the deaths among its protesters: one event (excessive force)
                k = next((i for i, o in enumerate(out) if o.event_type == "Protests" and _places_ok(o, c, ctx)
                          and _dates_ok(o, c)), None)
                if k is not None:
                    o = out[k]
                    force = EXCESSIVE_FORCE in (o.sub_event_type, c.sub_event_type)
                    _absorb(o, c, ctx)
                    if force:
                        o.sub_event_type = EXCESSIVE_FORCE
                    continue
            out.append(c)
    riots = [o for o in out if o.event_type == "Riots"]
    if riots:
        # "تحولت المظاهرات إلى مواجهات": a protest that turned into a riot is the riot (ACLED: one event)
        for o in list(out):
            r = next((r for r in riots if _places_ok(r, o, ctx) and _dates_ok(r, o)), None)
            if o.event_type == "Protests" and r is not None:
                _absorb(r, o, ctx)
                out.remove(o)
    return out


STRIKE_WORDS_REACH = 16     # tokens between two words of one strike in its clause ("استهدفت قوات ... المتمركزة في
                            # قرية الشيخ عيسى بأكثر من عشر قذائف هاون")


def _one_strike(o: _Cand, c: _Cand, cands: list[_Cand]) -> bool:
    """c names, later in o's clause with no other happening's word between them, the weapon or the
    aircraft of o's strike ("جراء استهداف الطيران الحربي الروسي بغارتين", "قام الطيران الروسي بقصف",
    "حملة من القصف الجوي ... من قبل الطيران الروسي"): one strike told by two of its words, whatever
    actor each telling took (one of them often takes the target or a dateline's agency). A strike
    joined by "و" ("وقصف مماثل من الطيران الروسي") or in another clause is another telling's."""
    if o.sent is not c.sent or o.trig.kind != "remote" or c.trig.kind != "remote":
        return False
    s = c.sent
    toks = s.tokens
    parts = [p for p in [o] + o.merged if p.sent is s and p.tj <= c.ti]
    if not parts or toks[c.ti].norm.startswith(("و", "ف")):
        return False
    last = max(p.tj for p in parts)
    if c.ti - last > STRIKE_WORDS_REACH:
        return False
    dcl = s.dclause or s.clause
    if any(dcl[k] != dcl[c.ti] for k in range(min(o.ti, last), c.ti)):
        return False    # (from o's own word: a telling merged into o from a later clause is not o's strike)
    mine = {id(p) for p in [o] + o.merged + [c] + c.merged}
    # another happening's word between them: two happenings of one clause
    if any(last <= x.ti < c.ti for x in cands if id(x) not in mine):
        return False
    return not (_names_striker(o, c) and _names_striker(c, o))


def _names_striker(a: _Cand, b: _Cand) -> bool:
    """a's actor is told by the words of a trigger of a or b ("الطيران الروسي", "طيران النظام"):
    the aircraft names who struck."""
    if a.actor_ev is None:
        return False
    lo, hi = a.actor_ev
    return any(p.sent is a.sent and p.start < hi and lo < p.end for p in [a, b] + a.merged + b.merged)


def _striker(o: _Cand, c: _Cand) -> _Cand:
    """Of two tellings of one strike (``_one_strike``) with other actors, the one whose actor struck:
    the actor an aircraft trigger names, else the one told between the two words ("جراء استهداف
    فصائل المعارضة مواقع تابعة للنظام بقذائف الدبابة") when no other telling stands there and no
    subject of o's clause precedes it, else the first telling's."""
    if _names_striker(c, o):
        return c
    if _names_striker(o, c):
        return o
    if any(p.sent is c.sent and o.start < p.start < c.start for p in o.merged):
        return o    # another telling merged into o stands between: what lies between may be its actor
    s = o.sent
    if o.actor_ev is not None and s.span.start <= o.actor_ev[0] < o.start:
        k = _tok_index(s.tokens, o.actor_ev[0])
        if k >= 0 and s.clause[k] == s.clause[o.ti]:
            return o    # the subject told before its verb ("داعش في الرقة تستهدف قسد بقذائف الهاون"): what follows is the target
    inside = [x for x in (o, c) if x.actor_ev is not None and o.start <= x.actor_ev[0] and x.actor_ev[1] <= c.end]
    return inside[0] if len(inside) == 1 else o


def _toll_only(c: _Cand, lex: _ELex) -> bool:
    """Every telling merged into c is a toll word or a generic name of the happening ("قتلى
    الهجوم"): no means (strike, shelling, clash) is joined to it yet."""
    return all(p.trig.kind == "casualty" or _names_toll(p, lex) for p in c.merged)


TOLL_MEANS_REACH = 25   # tokens from a toll's last word to its means ("سقوط 20 قتيلا ... خلال غارات جوية")


def _toll_takes_means(o: _Cand, c: _Cand, lex: _ELex) -> bool:
    """The toll o (told first in c's sentence) can take c as its means: o has none yet; when o took toll
    words of its own, c follows them closely (a glued ticker's next headline is another happening)."""
    if not o.merged:
        return True
    last = max(p.tj for p in [o] + o.merged if p.sent is c.sent)
    return _toll_only(o, lex) and 0 <= c.ti - last <= TOLL_MEANS_REACH


HANDOVER_REACH = 8      # tokens between a withdrawal and the "وتسليمها" joined to it


def _handed_over(o: _Cand, c: _Cand, ctx: _DocContext) -> bool:
    """c, joined by "و" shortly after o in one sentence, hands over what o's withdrawal leaves (or o
    hands over what c leaves): "انسحاب قوات البشمركة من مواقعها وتسليمها", "إخلاء مواقعهم ...
    وتسليمهما للجيش". ACLED codes one non-violent transfer, not a second event for the handing over."""
    if {o.trig.kind, c.trig.kind} != {"exit", "handover"} or o.modality != c.modality:
        return False
    if "Strategic developments" not in (o.event_type, c.event_type) or o.event_type != c.event_type:
        return False    # a protest that goes out is no withdrawal
    first, second = (o, c) if o.ti < c.ti else (c, o)
    return (second.sent.tokens[second.ti].norm.startswith("و") and 0 < second.ti - first.tj <= HANDOVER_REACH
            and _places_ok(o, c, ctx) and _dates_ok(o, c) and _actors_ok(o, c, ctx))


def _own_args(c: _Cand) -> int:
    parts = [c] + c.merged
    return (any(p.actor_own or p.first_person or p.actor1 for p in parts)
            + any(p.loc_own for p in parts)
            + any(p.quantities for p in parts)
            + any(p.date_own for p in parts)
            + any(p.aggregate for p in parts))


def _count_only(c: _Cand) -> bool:
    parts = [c] + c.merged
    return (any(p.quantities for p in parts) or c.trig.kind == "casualty") and not any(
        p.actor_own or p.loc_own or p.date_own or p.first_person for p in parts)


def _attach_and_merge(per_sent: list[list[_Cand]], ctx: _DocContext) -> list[_Cand]:
    """Count-only sentences join the event just before them (up to two sentences back)."""
    text = ctx.analysis.doc.text
    out: list[_Cand] = []
    last_by_sent: dict[int, list[_Cand]] = {}
    for i, cands in enumerate(per_sent):
        kept = []
        for c in cands:
            target = None
            casualty = c.trig.kind == "casualty" and not c.merged and not c.actor_same_clause
            if _count_only(c) or casualty:
                for j in (i - 1, i - 2):
                    for o in reversed(last_by_sent.get(j, [])):
                        if o.event_type in VIOLENT and (casualty or c.event_type == o.event_type) and _places_ok(o, c, ctx) \
                                and not _other_entry(o, c, text):
                            target = o
                            break
                    if target:
                        break
            if target is not None:
                _absorb(target, c, ctx)
            else:
                kept.append(c)
        last_by_sent[i] = kept
        out.extend(kept)
    return out


def _heading_dated(x: _Cand) -> bool:
    """Dated by a heading date of its sentence (a timeline entry's "14 مايو 2015")."""
    return x.date_own and x.date_ev is not None and any(
        x.sent.dates[di].start == x.date_ev[0] for di in x.sent.headings if di < len(x.sent.dates))


def _other_entry(o: _Cand, c: _Cand, text: str) -> bool:
    """Deaths told after a timeline entry ("19 مايو 2015 لقي شخص مصرعه في تفجير ...") that are
    another item of the list, not this entry's toll: an entry of their own (a heading date of
    another day: "14 مايو 2015 قتل ثلاثة جنود ..."), or at a place of their own while the entry
    names none it knows ("وقتل ضابط ... في مدينة بلدوين"): their place is not its place."""
    if _heading_dated(c) and not _dates_ok(o, c):
        return True
    if not c.loc_own or o.loc_own:
        return False
    return _heading_dated(o) or _entry_dated(o, text)


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
    labels = yaml.safe_load(LEXICON.read_text(encoding="utf-8")).get(key) or []
    if not labels:
        return None
    alts = "|".join(r"\s+".join(re.escape(w) for w in str(x).split()) for x in labels)
    return re.compile(rf"(?<!\S)(?:{alts}){tail}")


def _gallery_re() -> re.Pattern[str] | None:
    """The photo-series labels ("في صور") before a colon."""
    return _label_re("gallery_labels", r"\s*:")


def _gallery_start(text: str) -> int | None:
    """Where a photo series begins ("في صور : الأسلحة الكيماوية في سوريا - خان شيخون ... ? وقتل أكثر
    من 70 مدني ..." after the sign-off of an October report), or None: its slides retell older stories
    under a gallery title, dated by nothing the page reports, so what they tell is the page's
    background. Only a series (the label ``GALLERY_MIN`` times at least) counts; a page sets it last."""
    rx = _gallery_re()
    if rx is None:
        return None
    found = [m.start() for m in rx.finditer(text)]
    return found[0] if len(found) >= GALLERY_MIN else None


LATEST_NEWS_GAP = 600     # characters from one headline's age to the next one's in a "latest news" box
LATEST_LABEL_GAP = 40     # from the box's label to its first age ("تويتر - 82k متابعين 18 ساعات منذ")
LATEST_MIN_AGES = 2       # a box lists several stories: one "قبل ساعة" after "آخر الأخبار" may be prose
# a headline's age at the crawl: "قبل 7 دقائق", "قبل ساعة", and the translated "18 ساعات منذ" ("18 hours ago")
_AGE = re.compile(r"(?<!\S)(?:قبل\s+(?:\d+\s+)?(?:دقيقة|دقائق|دقيقتين|ساعة|ساعتين|ساعات|يوم|يومين|أيام)"
                  r"|\d+\s+(?:دقيقة|دقائق|ساعة|ساعات|يوم|أيام)\s+منذ)(?!\S)")


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
    if rx is None:
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


def _place_in_clause(c: _Cand) -> bool:
    """c's own place is told in the trigger's clause ("بقصف مدفعي على كفرزيتا"), not after a comma in
    another clause of a run-on feed line ("انفجاران في منجم , بينما تطير الطائرات ... في قرية الدانا")."""
    if not c.loc_own or c.loc_ev is None:
        return False
    k = _tok_index(c.sent.tokens, c.loc_ev[0])
    return k >= 0 and c.sent.clause[k] == c.sent.clause[c.ti]


def _page_of_period(dates: list[Any], lex: _ELex) -> bool:
    """A page without a date that names a day or month of a year within the theatre's period ("في 19
    كانون الثاني 2018", "ليوم 28 - 11 - 2016"): a report of that time, whose bare "القصف على حي جوبر"
    is a happening it reports, as on a dated page (_emit_ok's ``dated``)."""
    newest = _newest_year(dates)
    return newest is not None and lex.scope_start[:4].isdigit() and newest >= int(lex.scope_start[:4])


HISTORY_REACH = 1500    # characters before a deed whose written years tell the time it is told in


def _after_old_year(c: _Cand, dates: list[Any], lex: _ELex) -> bool:
    """The nearest year written before c (within ``HISTORY_REACH`` characters) is before the theatre's
    period: an undated page's history ("ثورة 1929 ... في بيسان شن المتظاهرون العرب هجوما"), not its news."""
    before = [d for d in dates if _written_year(d) and c.start - HISTORY_REACH <= d.start < c.start]
    if not before or not lex.scope_start[:4].isdigit():
        return False
    return int(max(before, key=lambda d: d.start).date_end[:4]) < int(lex.scope_start[:4])


ENTRY_FIELD_SLASHES = 2   # "الشهيد : تميم حدة / ريف دمشق - يبرود / قضى نتيجة قصف": name / home town / cause


def _entry_fields(c: _Cand, text: str) -> bool:
    """c is told in the cause field of a victims' list entry, its line cut by slashes before it
    ("شهيد لم يتم التعرف عليه / ريف دمشق - يبرود / قضى نتيجة قصف ... و تم دفنه في مدينة عرسال"): the
    entry's places are the victim's home town or grave, and the report's own lines tell the deed."""
    return text.count("/", text.rfind("\n", 0, c.start) + 1, c.start) >= ENTRY_FIELD_SLASHES


def _emit_ok(c: _Cand, feed: bool = False, dated: bool = False, period: bool = False) -> bool:
    n = _own_args(c)
    parts = [c] + c.merged
    strength = min((p.trig.strength if p.form not in p.trig.weak else "weak" for p in parts),
                   key=lambda x: {"strong": 0, "medium": 1, "weak": 2}[x])
    has_count = any(p.quantities for p in parts)
    has_actor = bool(c.actor1)
    if c.trig.kind == "casualty" and not c.merged:
        return any(p.loc_own for p in parts) and (has_actor or has_count) and n >= 2
    if c.modality == "denied-only":
        return has_actor and n >= 2
    if c.event_type == "Riots" and c.loc_own and c.trig.kind != "attack":
        # typed a riot by the crowd told around it: the crowd is its actor (an attack the crowd made,
        # _crowd_attacks, needs its arguments as the attack did: "في بيسان شن المتظاهرون هجوما" of 1929)
        return True
    if c.trig.kind == "protest" and c.loc_own and _protest_told(c):
        return True
    if strength == "strong":
        return n >= 1
    if feed and c.trig.kind != "casualty" and any(p.trig.kind == "casualty" for p in c.merged) and _place_in_clause(c):
        return True     # a feed item's "مقتل مدني بقصف مدفعي للنظام على كفرزيتا": placed, with its victims
    if ((dated and any(_place_in_clause(p) for p in parts) or period and not c.merged and _place_in_clause(c))
            and strength == "medium" and c.event_type in VIOLENT and c.trig.kind != "abduction"):
        # "قصفت بالمدفعية مدينة حرستا", "وانفجر لغم أرضي على الطريق الرئيسي": a violent deed named by its
        # own word with its place in its clause, on a dated page (whose days date it); an undated
        # page's bare "قصف" is as often its history as its news. Not a bare arrest or taking ("اعتقل
        # عدة مرات", "تعرض للاختطاف في منطقة اعزاز"): mostly a biography or a report's past
        return True
    if strength == "medium":
        return n >= 2 or has_count
    return n >= 2 and (has_actor or has_count)


def _protest_told(c: _Cand) -> bool:
    """A protest with what it is against / its slogans in its sentence ("مظاهرة احتجاجية ضد القرار")."""
    cues = lexicon().protest_cues
    return any(_keys(t.norm) & cues for t in c.sent.tokens)


def _rank(c: _Cand) -> tuple[int, int]:
    """Which telling of a happening leads a merged event: a dated one, then the fullest."""
    return (int(any(p.date_own for p in [c] + c.merged)), _own_args(c))


def _merge_document(events: list[_Cand], ctx: _DocContext) -> list[_Cand]:
    # one trigger fanned out to a list of places ("استهدفت مدينة دوما وبلدتي سقبا وعين ترما"): another
    # telling of the happening ("قتل 9 مدنيين ... على منطقة الغوطة الشرقية") is one of its places at
    # most, so once a copy merged, the list's other places stay events of their own
    fans = {(id(c.sent), c.start) for c in events if c.fan_of is not None}
    fan_merged: set[tuple[int, int]] = set()
    out: list[_Cand] = []
    for c in events:
        key = (id(c.sent), c.start)
        if key in fan_merged:
            out.append(c)
            continue
        for i, o in enumerate(out):
            if (not _siblings(o, c) and _family_ok(o, c, strict=True) and _places_ok(o, c, ctx) and _dates_ok(o, c)
                    and not _other_item_places(o, c, ctx) and not _other_line_places(o, c, ctx)
                    and _actors_ok(o, c, ctx) and not _other_posts(o, c, ctx)
                    and not (o.modality == "planned") != (c.modality == "planned")
                    and (o.loc_own or c.loc_own or o.actor1 or c.actor1) and _shares_field(o, c)):
                if key in fans:
                    fan_merged.add(key)
                if _rank(c) > _rank(o):
                    _absorb(c, o, ctx)
                    out[i] = c
                else:
                    _absorb(o, c, ctx)
                break
        else:
            out.append(c)
    return out


def _other_item_places(a: _Cand, b: _Cand, ctx: _DocContext) -> bool:
    """a and b are told in different items of a feed page, each at a place of its own, and the places
    differ ("غارات على خان شيخون بريف إدلب" and, items later, "القصف الجوي على جرجناز"): a feed's items
    are separate reports, so a town and its region are two happenings here, not one told twice. (A feed's
    sentences are its items too: the splitter cut them at the items' glued words, stamps and dashes.)"""
    return (ctx.feed and (a.sent is not b.sent or ctx.other_items(a.start, b.start))
            and a.loc_own and b.loc_own and a.location != b.location
            and not _names_other_place(a, b, ctx) and not _names_other_place(b, a, ctx))


def _other_line_places(a: _Cand, b: _Cand, ctx: _DocContext) -> bool:
    """a and b are told on different prose lines of a list report, each at a place of its own, and the
    places differ: a monitor's lines ("وفي محافظة ديرالزور قضى ( 15 ) ... جراء القصف على حي الحميدية" and,
    lines or a day's report later, "وفي محافظة دير الزور قضى ( 8 ) ... على بلدة حطلة") tell separate
    happenings. (Its numbered victim entries, "12 - ... / درعا - إنخل / في الاشتباكات ...", retell the
    province's line, each victim under a home town: they still merge, see _entry_place.)"""
    if ctx.feed or not (a.loc_own and b.loc_own) or a.location == b.location:
        return False
    text = ctx.analysis.doc.text
    lo, hi = sorted((a.start, b.start))
    if "\n" not in text[lo:hi] or not ctx.list_report:
        return False
    return (not _on_list_entry(text, a.start) and not _on_list_entry(text, b.start)
            and not _names_other_place(a, b, ctx) and not _names_other_place(b, a, ctx))


def _entry_place(a: _Cand, b: _Cand, ctx: _DocContext) -> bool:
    """b, merged into a, stands on a numbered entry of a list report, on another line than a's own
    place: the entry's place is often a victim's home town ("1 - ... / ريف حلب - قرية البطرانة / ...
    جراء الغارات"), not the place of a's happening, which keeps its own."""
    if ctx.feed or not (a.loc_own and b.loc_own) or b.loc_ev is None:
        return False
    text = ctx.analysis.doc.text
    lo, hi = sorted((a.start, b.start))
    # the entry's place field ("/ ريف دمشق - دير العصافير / في الاشتباكات"), not a place its cause names
    # ("/ بالاشتباكات ... على أطراف بلدة خربة غزالة")
    field = b.loc_ev[1] <= b.start and "/" in text[b.loc_ev[1]:b.start]
    return field and "\n" in text[lo:hi] and ctx.list_report and _on_list_entry(text, b.start)


# a numbered entry of a casualty list opening a line, its fields cut by slashes: "12 - احمد قاسم الغوثاني /
# درعا - إنخل / ..."
_LIST_ENTRY = re.compile(r"^[ \t]*\d{1,3}[ \t]*-[ \t][^\n/]{1,80}/", re.MULTILINE)
LIST_REPORT_MIN_ENTRIES = 3


def _list_report(text: str) -> bool:
    """A report told as a numbered list (a monitor's daily toll: a line per province, then one entry
    per victim): its prose lines are separate tellings, unlike a news story's paragraphs."""
    return sum(1 for _ in itertools.islice(_LIST_ENTRY.finditer(text), LIST_REPORT_MIN_ENTRIES)) >= LIST_REPORT_MIN_ENTRIES


def _on_list_entry(text: str, pos: int) -> bool:
    """The line holding ``pos`` opens with a numbered list entry."""
    start = text.rfind("\n", 0, pos) + 1
    return _LIST_ENTRY.match(text, start) is not None


TOWN_NEAR_CHARS = 60     # "بلدة دوما المأهولة بالسكان تعرضت لضربات جوية": the town told with the trigger


def _names_other_place(a: _Cand, b: _Cand, ctx: _DocContext) -> bool:
    """b is placed at a region while its item names a's town in it ("بلدة دوما ... تعرضت لضربات جوية ...
    في الغوطة الشرقية" after "غارات جوية على مدينة دوما"): the same happening told at the town and at its
    region, not two items' happenings. (A town item naming its region, "على خان شيخون بريف إدلب", is not.)"""
    pa, pb = ctx.place_precision(None, a.location), ctx.place_precision(None, b.location)
    if pa is None or pb is None or pa >= pb:
        return False
    lo, hi = ctx.item_span(b.sent.span, b.start)
    # the town told next to b's trigger, not another happening's place told later in the item
    return (any(m.type == "PLACE" and m.entity_id == a.location and lo <= m.start < hi
                and abs(m.start - b.start) <= TOWN_NEAR_CHARS for m in b.sent.mentions)
            and ctx.places_compatible(a.location, b.location, _strikes(a, b)))


def _other_posts(a: _Cand, b: _Cand, ctx: _DocContext) -> bool:
    """a and b are told in posts of different days of a listing (daily reports: "وفي محافظة حلب قضى
    ... جراء القصف" in each day's post), one without a date of its own: two days' happenings. Their
    dates are set from each post only after the merges, so _dates_ok cannot tell them apart here.
    In glued daily reports (``report_parts``) two reports' happenings are two, dated or not: each
    report lists its own day's dead, and the next day's may tell the same town's shelling again."""
    if ctx.report_parts and _across_posts(ctx.report_parts, a.start, b.start):
        return True
    if not ctx.posts or (a.date_start != UNKNOWN and b.date_start != UNKNOWN):
        return False
    da, db = post_day(ctx.posts, a.start), post_day(ctx.posts, b.start)
    return da is not None and db is not None and da != db


def _sibling_merged(e: _Cand, events: list[_Cand]) -> bool:
    """Another place of e's list (``_fan_out``) was merged into an event of ``events``."""
    return any(_siblings(p, e) for o in events if o is not e for p in o.merged)


def _siblings(a: _Cand, b: _Cand) -> bool:
    """Two events made from one trigger for two listed places ("غارات على دوما وحرستا"): kept apart."""
    return (a.fan_of is not None or b.fan_of is not None) and a.sent is b.sent and a.start == b.start


def _shares_field(a: _Cand, b: _Cand) -> bool:
    """Two tellings share a told place, actor or date, or one tells nothing the other lacks: a dated
    happening without a place and a placed one without a date are not one happening for want of a
    clash ("المظاهرات في مصر منذ يوليو 2013" and "مظاهرات في رام الله")."""
    if (a.loc_own and b.loc_own) or (a.actor1 and b.actor1) or (a.date_own and b.date_own):
        return True
    a_only = (a.loc_own and not b.loc_own) or (a.date_own and not b.date_own)
    b_only = (b.loc_own and not a.loc_own) or (b.date_own and not a.date_own)
    return not (a_only and b_only)


def _retells(e: _Cand, o: _Cand, named: list[str], ctx: _DocContext) -> bool:
    """Whether the place- and dateless event e retells o."""
    if named:
        # "استخدم التنظيم في الهجوم سيارات مفخخة": a violent event of one of the parties of a placed
        # violent event of the page, told again without place or date
        return (o.event_type in VIOLENT and e.event_type in VIOLENT and o.loc_own
                and any(ctx.related(x, y) for x in named for y in o.actor1 + o.actor2))
    return o.event_type == e.event_type and bool(o.loc_own or o.actor1)


def _merge_bare(events: list[_Cand], ctx: _DocContext) -> list[_Cand]:
    """An event with no place, date or actor of its own ("وقال مصدر إن صاروخين ضربا البلدة") in a
    document that tells another event of its type with a place or an actor is that event retold: it
    is merged into it rather than placed at the document's main place by the fallback."""
    out = list(events)
    for e in events:
        if e.loc_own or e.date_start != UNKNOWN or e.has_date_expr:
            continue    # "في 24 يناير الماضي" with no publication date: its own (unknown) day
        named = [a for a in e.actor1 if not ctx.is_generic(a)]
        if named and _qty_dict(e)[0] is not None:
            continue    # a toll of its own ("قتلت غارات التحالف 290 مدنيا هذا الشهر") is not a retelling
        o = next((o for o in out if o is not e and o.modality == e.modality and _retells(e, o, named, ctx)), None)
        if o is not None:
            _absorb(o, e, ctx)
            out.remove(e)
    return out


def _inherit_dates(events: list[_Cand], ctx: _DocContext) -> None:
    """An undated event at the place of a dated one, by the same actor, took place around it:
    the anchor's month up to the anchor's date (time_precision 3)."""
    lex = lexicon()
    # not a background anchor ("وكان التنظيم استولى على الحويجة في حزيران 2014"): the page's news is later
    dated = [e for e in events if e.date_start != UNKNOWN and e.loc_own and e.actor1 and not _background(e, lex)]
    for e in events:
        if e.date_start != UNKNOWN or not e.loc_own or not e.actor1 or e.modality != "actual":
            continue
        for a in dated:
            if a.location == e.location and a is not e and not _other_item_date(e, a, ctx) and any(
                    ctx.related(x, y) for x in a.actor1 for y in e.actor1):
                e.date_start = a.date_start[:8] + "01"
                e.date_end = a.date_end
                e.time_precision = 3
                e.date_ev = a.date_ev
                e.confidence = min(e.confidence, 0.6)
                break


LABEL_CHARS = 40        # a labelled date follows its label closely ("تاريخ الحدث : 8 ديسمبر 2017")


def _labelled_event_date(text: str, dates: list[Any], lex: _ELex) -> Any:
    """The date a page's fact box gives its happening ("تاريخ الحدث : 8 ديسمبر 2017"), or None.
    Several different labelled dates: none (the page is a list of happenings)."""
    if not lex.event_date_labels:
        return None
    found = []
    for d in dates:
        if not d.date_start or d.precision not in ("day", "month"):
            continue
        before = [_k(w) for w in normalize(text[max(0, d.start - LABEL_CHARS):d.start]).replace(":", " ").split()]
        if any(len(before) >= len(seq) and tuple(before[-len(seq):]) == seq for seq in lex.event_date_labels):
            found.append(d)
    return found[0] if found and len({(d.date_start, d.date_end) for d in found}) == 1 else None


def _background(c: _Cand, lex: _ELex) -> bool:
    """The trigger's clause tells background ("وكانت القوات قد دخلت", "سبق أن") or another time."""
    s = c.sent
    if s.clause[c.ti] in (s.other_time_clauses or set()):
        return True
    return any(_keys(t.norm) & lex.background_cues for k, t in enumerate(s.tokens)
               if s.clause[k] == s.clause[c.ti] and k < c.ti)


def _undated_aside(c: _Cand, lex: _ELex) -> bool:
    """Every telling of the event stands in a clause headed by "وكان / وكانت ..." (the pluperfect of
    an aside: "وكانت طائرة الكساسبة اسقطت فوق الرقة") with no date of its own, and none was found
    for it: a happening recalled as context, not one the page reports. Not when the clause says it
    was lately ("وكان مدنيون قضوا خلال الأيام الماضية", "وكان المرصد أفاد في وقت سابق"): the news."""
    if c.date_start != UNKNOWN or not lex.pluperfect_heads:
        return False
    return all(_pluperfect(p, lex) and not p.has_date_expr and not p.date_own for p in [c] + c.merged)


def _pluperfect(c: _Cand, lex: _ELex) -> bool:
    """A pluperfect head before the trigger in its clause, not after a relative or "when" ("القوات
    التي كانت في المطار انسحبت": the withdrawal is told) nor naming the last of a series ("كان
    آخرها") nor a past progressive ("كان مسلح يقود سيارة"), and no word of recent time in the clause."""
    s = c.sent
    cl = s.clause[c.ti]
    head = None
    for k in range(c.ti - 1, -1, -1):
        if s.clause[k] != cl:
            break
        if _keys(s.tokens[k].norm) & lex.pluperfect_heads:
            head = k
            break
    if head is None or (head and _keys(s.tokens[head - 1].norm) & lex.pluperfect_not_after):
        return False
    if _keys(s.tokens[head + 1].norm) & lex.pluperfect_not_before:
        return False        # "كان آخرها الأسلحة الكيماوية": the latest of a series, the news itself
    if any(s.tokens[k].norm[:1] == "ي" and _imperfective(s.tokens[k].norm) for k in range(head + 1, c.ti + 1)):
        return False        # "وكان مسلح يقود سيارة مفخخة فجر نفسه": a narrative's past progressive
    return not _in_clause(s, c.ti, lex.recent_phrases)


PAST_REACH = 15     # "وسبق أن قتل عشرات المدنيين بسبب الألغام": the cue heads the trigger's clause


def _past_part(c: _Cand, lex: _ELex) -> bool:
    s = c.sent
    cl = s.clause[c.ti]
    lo = max(0, c.ti - PAST_REACH)
    if any(_keys(s.tokens[k].norm) & lex.past_cues for k in range(lo, c.ti) if s.clause[k] == cl):
        return True
    words = [(_k_token(t.norm), _keys(t.norm)) for k, t in enumerate(s.tokens) if s.clause[k] == cl]
    before = sum(1 for k in range(c.ti) if s.clause[k] == cl)      # the clause's words before the trigger
    present = {w for w, _ks in words}.union(*[ks for _w, ks in words])
    for seqs, limit in ((lex.past_phrases, len(words)), (lex.past_lead_phrases, before)):
        for seq in seqs:
            if not all(w in present for w in seq):
                continue    # speed: a word of the phrase is nowhere in the clause
            n = len(seq)
            for i in range(limit - n + 1):
                if (words[i][0] == seq[0] or seq[0] in words[i][1]) and all(
                        words[i + j][0] == seq[j] or seq[j] in words[i + j][1] for j in range(1, n)):
                    return True
    return False


def _told_as_past(c: _Cand, lex: _ELex) -> bool:
    """Every telling of the event is recalled as the page's past ("وسبق أن قتل", "آنذاك", "منذ
    بداية الثورة"): background, not a happening the page reports, dated page or not."""
    if not lex.past_cues and not lex.past_phrases and not lex.past_lead_phrases:
        return False
    return all(_past_part(p, lex) for p in [c] + c.merged)


def _recall_opened(s: _Sent, lex: _ELex) -> bool:
    """The sentence opens with "يذكر أن" / "يشار إلى أن" / "تجدر الإشارة إلى أن": the page recalls context."""
    words = [_k(t.norm) for t in s.tokens[:6]]
    return any(tuple(words[:len(seq)]) == seq for seq in lex.recall_openers)


RECENCY_PROBE = dt.date(2001, 6, 15)     # any day: "أمس الجمعة" resolves within days of it, "أبريل الماضي" not
WEEK_DAYS = 7                               # a weekday name resolves within the week before the probe


def _recalled(c: _Cand, lex: _ELex, ref: dt.date | None, text: str) -> bool:
    """Every telling of the event opens with a recall formula ("ي ذكر أن أكثر من ثمانين شخصا قتلوا
    ... في أبريل الماضي"): background the page adds, unless that sentence dates it to the page's
    own days (within the report window of the page's date; when it is not dated so, by a word such
    as "أمس الجمعة" that dates it days before whatever day the page was written)."""
    if not lex.recall_openers or not all(_recall_opened(p.sent, lex) for p in [c] + c.merged):
        return False
    end = _end_day(c)
    if ref is not None and end is not None and c.date_own:
        return (ref - end).days > lex.report_window_days
    from rasd.text.dates import find_dates

    for p in [c] + c.merged:
        for d in find_dates(text[p.sent.span.start:p.sent.span.end], RECENCY_PROBE):
            day = _end_day_of(d.date_end or d.date_start)
            if d.precision == "day" and day is not None and 0 <= (RECENCY_PROBE - day).days <= WEEK_DAYS:
                return False
    return True


def _long_ago_told(c: _Cand, lex: _ELex, text: str) -> bool:
    """An event left undated (the page has no date to count from) whose every telling is dated by its
    own clause to long before whatever day the page was written ("كانت قد شنت العام الماضي هجمات دامية
    في جاكرتا", "تمكن التنظيم السنة الماضية من السيطرة", "قبل عامين"): background, as _long_before
    judges such a date on a dated page (read against a probe day: only a past year counts). Not "منذ
    العام الماضي" (a state going on), nor "الشهر الماضي" or a day without its year (the page's weeks)."""
    if c.date_start != UNKNOWN or not lex.background_days:
        return False
    from rasd.text.dates import find_dates

    for p in [c] + c.merged:
        s = p.sent
        years = []
        for d in find_dates(text[s.span.start:s.span.end], RECENCY_PROBE):
            k = _tok_index(s.tokens, s.span.start + d.start)
            if k < 0 or s.clause[k] != s.clause[p.ti]:
                continue
            # only a year counted back from the page's own ("العام الماضي", "قبل عامين") says how long
            # before it was: a day or month without a year ("في 17 يناير") may be the page's week
            if d.kind != "relative" or d.precision != "year" or not d.date_end or _since_span(
                    (s.span.start + d.start, s.span.start + d.end), text):
                return False
            years.append(int(d.date_end[:4]))
        if not years or max(years) >= RECENCY_PROBE.year:
            return False
    return True


# a page without a date is judged against the newest year it names, which may be a year after its
# writing (a report of January recalling December); two years before it is the page's past
OLD_YEAR_GAP = 2
YEAR_KINDS = ("absolute", "range", "hijri", "timeline")     # a written year, not one counted from the page's


WRITTEN_YEAR = re.compile(r"\d{4}")


def _written_year(d: Any) -> bool:
    """A date whose year is written ("في آب 2014", "عام 2016"), not one a narrative's "19 يوليو" took
    from a date before it (narrative_days) nor one counted from the page's ("العام الماضي"); a month
    told "من العام نفسه" after a written year has it too (anaphoric_years)."""
    return d.kind in YEAR_KINDS and bool(d.date_end) and (WRITTEN_YEAR.search(d.surface) is not None
                                                          or d.warning == YEAR_FROM_ANTECEDENT)


def _newest_year(dates: list[Any]) -> int | None:
    """The newest year a page without a date names in a day or month ("في آب 2014", "28 / 1 / 2010"):
    its writing is that year or later. A bare year is no estimate: it is often a plan's horizon
    ("بحلول عام 2020", "رؤية 2030"). None when the page names no such date."""
    years = [int(d.date_end[:4]) for d in dates if _written_year(d) and d.precision in ("day", "month")]
    return max(years) if years else None


HISTORY_YEARS = 3


def _page_before_scope(dates: list[Any], lex: _ELex) -> bool:
    """A page without a date whose every written year is before the theatre's period (an essay on the
    1973 war naming 1967-1973 only): it tells history, so a happening it leaves undated is of that
    history, out of scope as a date before ``scope_start`` is (_in_scope). Only a page that tells its
    time in years (``HISTORY_YEARS`` of them at least): a news page's one aside ("قرار مجلس الأمن الصادر
    سنة 1993", "أراضي عام 1948") says nothing of when its news happened."""
    years = [int(d.date_end[:4]) for d in dates if _written_year(d)]
    return (len(years) >= HISTORY_YEARS and lex.scope_start[:4].isdigit()
            and max(years) < int(lex.scope_start[:4]))


RETRO_HEAD = 300      # characters of the page's opening (its header and headline) read for a genre label


def _retrospective_page(title: str | None, text: str, lex: _ELex) -> bool:
    """The page's headline or opening names it a look back ("حصاد الثورة في عامها السادس", "تسلسل زمني",
    "القصة الكاملة", "بانوراما 2016", "نبذة :", "من هم الأكراد ?"; ``retrospective_labels``): a year
    review, a chronology, a profile or a group's story, which retells past happenings, not a report of
    the day it was written."""
    if not lex.retrospective_labels:
        return False
    if _year_headline(title or text[:RETRO_HEAD]):
        return True
    words = " {} ".format(" ".join(re.findall(r"\w+", normalize(f"{title or ''} | {text[:RETRO_HEAD]}"))))
    return any(f" {label} " in words for label in lex.retrospective_labels)


YEAR_HEAD = re.compile(r"\s*(?:19|20)\d\d(?!\d)(?P<rest>.*)", re.S)


def _year_headline(title: str | None) -> bool:
    """The headline opens with a bare year ("2017 . . نكسة المعارضة السورية", "2017 عام سحق داعش"): the
    page reviews that year. Not the opening of a date or a time ("2017 / 11 / 15 الساعة", "2016 ديسمبر
    |"), nor a footer's ("2017 lahamag . com")."""
    m = YEAR_HEAD.match(title or "")
    if m is None:
        return False
    rest = m.group("rest").lstrip()
    if rest[:1] in ("/", "-", ":") or rest[:1].isdigit():
        return False
    words = normalize(rest).strip(" .|،,").split()
    if not words:
        return True         # the headline is the year itself
    if not re.match(r"[\u0621-\u064a]", words[0]) or len(words[0]) < 2:
        return False        # ("2017 م": the era letter of a date)
    from rasd.text.dates import gregorian_months

    return words[0] not in {name.split()[0] for name in gregorian_months()}


def _timeless(c: _Cand, published_ev: tuple[int, int] | None) -> bool:
    """An actual event no telling of which names a time of its own (no date, no "أمس", none borrowed from
    the sentence before): undated, or dated only by the page's publication (_page_dates)."""
    if c.modality != "actual" or any(p.has_date_expr or p.date_own for p in [c, *c.merged]):
        return False
    return c.date_start == UNKNOWN or c.date_ev == published_ev     # (None: a publication date with no span)


def _undated_history(c: _Cand) -> bool:
    """An actual event told with no date expression at all (not even an unread "أمس")."""
    return c.modality == "actual" and c.date_start == UNKNOWN and not any(p.has_date_expr for p in [c] + c.merged)


def _old_year_told(c: _Cand, lex: _ELex, text: str, day: dt.date | None, newest: int | None,
                   dates: list[Any]) -> bool:
    """An event left without a day of its own whose every telling is dated only by a written year long
    before the page's time ("شهد سجن أبو غريب أكبر عملية هروب ... في عام 2013" in a report of December
    2014; the 1973 war in an undated essay that names 2017): the page's history, not an event it
    reports. The page's time is its date (the year ended more than ``background_days`` before it, as
    _long_before judges a date), else the newest year it names (``OLD_YEAR_GAP`` years before it).
    The years of the trigger's clause count, else, when the clause names no time at all, those of its
    sentence; a month told "من ذلك العام" has the year written before it (anaphoric_years). Not a clause with
    any other time ("أمس", "في 17 يناير", "منذ عام 2014": a state going on), nor a timeline entry headed
    by its date. ``dates``: the page's dates."""
    if c.modality != "actual" or not lex.background_days or (day is None and newest is None):
        return False
    if c.date_start != UNKNOWN and not (c.date_own and c.time_precision == 3
                                        and c.date_start[5:10] == "01-01" and (c.date_end or "")[5:10] == "12-31"):
        return False        # a day, week or month of its own: judged by the page-date checks
    for p in [c] + c.merged:
        s = p.sent
        if _entry_dated(p, text):
            return False
        in_clause: list[Any] = []
        others: list[Any] = []
        for d in s.dates:
            k = _tok_index(s.tokens, d.start)
            (in_clause if k >= 0 and s.clause[k] == s.clause[p.ti] else others).append(d)
        told = in_clause or others
        if not told:
            return False
        for d in told:
            # ("في شهر يوليو من ذلك العام": the year named before it, anaphoric_years)
            end = _end_day_of(d.date_end) if _written_year(d) else None
            if end is None or _since_span((d.start, d.end), text):
                return False
            if day is not None and (day - end).days <= lex.background_days:
                return False
            if day is None and newest is not None and end.year > newest - OLD_YEAR_GAP:
                return False
    return True


def _end_day_of(iso: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(iso[:10]) if iso and len(iso) >= 10 else None
    except ValueError:
        return None


SINCE = normalize("منذ")


def _ongoing_since(c: _Cand, text: str) -> bool:
    """Dated only by when it began ("تتعرض الغوطة لقصف مكثف منذ أكثر من ثلاثة أسابيع", "منذ نيسان
    2013 اعتبر المسجد من مناطق الاشتباكات"): a state going on, not a happening of a day. A toll
    over that span ("قتل 300 مدني منذ آذار") is the page's aggregate and is kept ("عشرات" is no toll)."""
    if not c.date_own or c.date_ev is None or any(not q.vague for p in [c] + c.merged for q in p.quantities):
        return False
    if any(p.date_own and p.date_ev and not _since_span(p.date_ev, text) for p in [c] + c.merged):
        return False
    return _since_span(c.date_ev, text)


def _since_span(span: tuple[int, int], text: str) -> bool:
    words = normalize(text[max(0, span[0] - 8):span[1]]).split()
    head = normalize(text[span[0]:span[1]]).split()
    return bool(head) and (head[0] == SINCE or (len(words) > len(head) and words[-len(head) - 1] == SINCE))


def _merge_retold(events: list[_Cand], ctx: _DocContext) -> list[_Cand]:
    """An event told with no date at all, of the type and place of a dated event of the page, retells
    it ("إنها أسقطت الطائرة" after "أسقطت طائرة عسكرية في حماة اليوم الثلاثاء"), whoever the actor
    named in that sentence: one event (the dated one), not a second one dated otherwise."""
    lex = lexicon()
    out = list(events)
    for e in events:
        if e.date_start != UNKNOWN or e.has_date_expr or not e.location or e.modality != "actual":
            continue
        if _sibling_merged(e, out):
            continue        # a place of a list whose other place is that telling (_merge_document)
        o = None if e.merged else next((o for o in out if o is not e and o.date_start != UNKNOWN and o.location and o.modality == "actual"
                  and not o.aggregate and not _background(o, lex) and (o.loc_own or not e.loc_own or _anaphoric(e, o))
                  and (o.event_type, o.sub_event_type) == (e.event_type, e.sub_event_type)
                  and not _siblings(o, e) and not _other_item_places(o, e, ctx)
                  and not _other_line_places(o, e, ctx)
                  and (o.location == e.location or ctx.places_compatible(o.location, e.location, _strikes(o, e)))),
                 None)
        if o is None and e.event_type == "Explosions/Remote violence":
            # "غارتان على الرقة ... في غارات يرجح أن طائرات التحالف شنتها" then "واستهدفت الغارات ...
            # البلدة": the definite noun names the strikes told before, neither telling dated (not
            # "المعارك", "العملية العسكرية": a page's word for its whole war as much as for one battle)
            o = next((o for o in out if o is not e and o.start < e.start and o.modality == "actual" and o.location
                      and not o.aggregate and not _background(o, lex) and _names_again(e, o) and _tolls_agree(o, e)
                      and (o.event_type, o.sub_event_type) == (e.event_type, e.sub_event_type)
                      and not _siblings(o, e) and _dates_ok(o, e) and not _other_item_places(o, e, ctx)
                      and not _other_line_places(o, e, ctx)
                      and (o.location == e.location or ctx.places_compatible(o.location, e.location, _strikes(o, e))
                           or ctx.same_province(o.location, e.location) or ctx.same_province(e.location, o.location)
                           or _part_of(ctx, o.location, e.location))), None)
        if o is not None:
            _absorb(o, e, ctx)
            out.remove(e)
    return out


POINT_BACK_CHARS = 400     # the happening a demonstrative points back to was told in the sentence or two before


@lru_cache(maxsize=1)
def _demonstrative_lex() -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    """event_habitual.yaml's demonstratives, their one-letter prefixes (longest first) and "same" words."""
    data = _habitual_data()
    words = frozenset(normalize(str(w)) for w in data.get("demonstratives") or [])
    prefixes = tuple(sorted((normalize(str(p)) for p in data.get("demonstrative_prefixes") or []), key=len, reverse=True))
    return words, prefixes, frozenset(normalize(str(w)) for w in data.get("same_words") or [])


def _pointed_back(c: _Cand) -> bool:
    """c's own trigger is a definite noun pointed back by a demonstrative before it ("واندلعت تلك
    الاشتباكات في قرية خشام", "بهذه السيطرة") or by "ذاته" / "نفسه" after it ("الهجوم ذاته"): a happening
    the page told before. Not a verb ("بعد ذلك اعتقلت", "فجر نفسه") nor an indefinite noun ("ترافق ذلك قصف")."""
    words, prefixes, same = _demonstrative_lex()
    toks = c.sent.tokens
    if not toks[c.ti].norm.startswith(DEFINITE_PREFIXES):
        return False
    prev = toks[c.ti - 1].norm if c.ti > 0 else ""
    if prev in words or any(prev.startswith(p) and prev[len(p):] in words for p in prefixes):
        return True
    return c.tj < len(toks) and toks[c.tj].norm in same


def _merge_pointed_back(events: list[_Cand], ctx: _DocContext) -> list[_Cand]:
    """A happening named by a trigger a demonstrative points back to (_pointed_back) is the nearest one
    told before it on the page of its type (a strike and its "مجزرة" alike): "شهد اليومان الماضيان اشتباكات
    ... بريف دير الزور الشرقي" then "واندلعت تلك الاشتباكات في قرية خشام" is one clash, whatever the
    second sentence's actors and however its place is named. Only when that nearest one stands at the
    same or a compatible place, a place of it or in its province, on days that overlap, in the same feed
    item and post, and told in the sentence or two before it; else (another happening of the page's past,
    or none of its type told) it stays as it is.
    The happening told first keeps its place and second sides: the pointing sentence tells something
    else about it ("قسد بهذه السيطرة باتت على بعد 50 كم ... واقتربت أكثر من البوكمال")."""
    out = list(events)
    for e in events:
        if e not in out or e.modality != "actual" or not _pointed_back(e):
            continue
        o = max((o for o in out if o is not e and o.start < e.start and o.modality == "actual"
                 and (o.event_type == e.event_type or {o.event_type, e.event_type} == TOLL_PAIRS)
                 and not _siblings(o, e) and _dates_ok(o, e) and not ctx.other_items(o.start, e.start)
                 and not _other_posts(o, e, ctx)), key=lambda o: o.start, default=None)
        if o is None or not _same_area(o, e, ctx):
            continue
        told = max(p.end for p in [o, *o.merged] if p.start < e.start)
        if e.sent.span.start - told > POINT_BACK_CHARS:
            continue        # a demonstrative points to what was just told, not to a happening pages back
        place, sides = (o.location, o.geo_precision, o.loc_own, o.loc_ev), list(o.actor2)
        _absorb(o, e, ctx)
        if place[0]:
            o.location, o.geo_precision, o.loc_own, o.loc_ev = place
        o.actor2 = sides
        out.remove(e)
    return out


def _has_toll(c: _Cand) -> bool:
    return any(q.context in ("kill", "injury", "casualty") or q.noun_class in ("fatalities", "injured")
               for p in [c, *c.merged] for q in p.quantities)


def _tolls_told_back(events: list[_Cand], ctx: _DocContext) -> list[_Cand]:
    """"اندلعت مواجهات مع قوات الاحتلال ... وأسفرت المواجهات عن سقوط شهيد واحد وأكثر من 180 جريحا": a
    sentence that names a happening told just before by its word again, definite (_names_again), and
    gives its dead or wounded but no place or actor of its own is that happening's toll. Its counts
    join the happening told (which has none yet), in the same feed item and post, within
    POINT_BACK_CHARS; before, such a sentence was a thin event of its own and dropped, toll and all."""
    out = list(events)
    for e in events:
        if e not in out or e.modality != "actual" or e.loc_own or e.actor1 or not _has_toll(e):
            continue
        o = max((o for o in out if o is not e and o.start < e.start and o.modality == "actual"
                 and o.sent is not e.sent and _names_again(e, o) and not ctx.other_items(o.start, e.start)
                 and not _other_posts(o, e, ctx)), key=lambda o: o.start, default=None)
        if o is None or _has_toll(o):
            continue
        told = max(p.end for p in [o, *o.merged] if p.start < e.start)
        if e.sent.span.start - told > POINT_BACK_CHARS:
            continue
        _absorb(o, e, ctx)
        out.remove(e)
    return out


def _same_area(o: _Cand, e: _Cand, ctx: _DocContext) -> bool:
    """e's place (if its own) can be where o happened: the same or a compatible place, a part of it
    ("ريف دير الزور" / "ريف دير الزور الشرقي"), or a town and its province's countryside either way."""
    if not e.loc_own or not o.location or not e.location or o.location == e.location:
        return True
    return (ctx.places_compatible(o.location, e.location, _strikes(o, e)) or _part_of(ctx, o.location, e.location)
            or ctx.same_province(o.location, e.location) or ctx.same_province(e.location, o.location))


def _stem(norm: str) -> str:
    """A trigger word without its conjunction and article ("والغارات" -> "غارات")."""
    w = norm[1:] if norm.startswith(("و", "ف")) and len(norm) > 3 else norm
    for p in ("بال", "ال", "لل"):
        if w.startswith(p) and len(w) > len(p) + 2:
            return w[len(p):]
    return w


@lru_cache(maxsize=1)
def _count_heads() -> frozenset[str]:
    return frozenset(normalize(str(w)) for w in _habitual_data().get("count_heads") or [])


def _names_again(e: _Cand, o: _Cand) -> bool:
    """A trigger of e is a definite noun ("الغارات") whose word o told earlier, in another sentence,
    and not the idafa of a count ("بعشرات الغارات الجوية": new strikes)."""
    told = {_stem(p.sent.tokens[p.ti].norm) for p in [o] + o.merged}
    heads = _count_heads()
    for p in [e] + e.merged:
        word = p.sent.tokens[p.ti].norm
        if p.sent is o.sent or p.start <= o.start or not word.startswith(DEFINITE_PREFIXES) or _stem(word) not in told:
            continue
        before = p.sent.tokens[p.ti - 1].norm if p.ti > 0 else ""
        if before.lstrip("وب") not in heads and before not in heads:
            return True
    return False


RESPONSE_REACH = 3      # "ردا على القصف التركي": the cue stands just before the answered happening


def _answers(c: _Cand, lex: _ELex) -> bool:
    """The trigger names the happening another one answers ("ردا على القصف", "انتقاما لمقتل"):
    a cause told in passing, which the page tells (or told) as its own event."""
    s = c.sent
    lo = max(0, c.ti - RESPONSE_REACH)
    return any(_keys(s.tokens[k].norm) & lex.response_cues for k in range(lo, c.ti + 1)
               if s.clause[k] == s.clause[c.ti])


DEFINITE_PREFIXES = tuple(normalize(p) for p in ("ال", "وال", "فال", "بال"))


def _anaphoric(e: _Cand, o: _Cand) -> bool:
    """e names o's happening again by the same noun made definite, after it: "قتلوا في ضربة جوية
    ... بشرق سورية" then "وأصابت الضربة الجوية موقعا لحزب الله في محافظة حمص" - the strike told
    before, now placed (o's place was only the page's; e's place is the happening's)."""
    form, first = e.sent.tokens[e.ti].norm, o.sent.tokens[o.ti].norm
    return (o.start < e.start and form.startswith(DEFINITE_PREFIXES) and not first.startswith(DEFINITE_PREFIXES)
            and normalize(e.form).split()[0].endswith(normalize(o.form).split()[0].lstrip("و")))


def _merge_answered(events: list[_Cand], ctx: _DocContext) -> list[_Cand]:
    """An event named only as what another answers ("استهدفت الوحدات سيارة ردا على القصف") is a
    second telling of the page's event of its type at a compatible place, whoever that sentence
    makes its actor: one event with both evidences, not a copy with the answering side as actor."""
    lex = lexicon()
    if not lex.response_cues:
        return events
    out = list(events)
    for e in events:
        if e.modality != "actual" or not _answers(e, lex):
            continue
        o = next((o for o in out if o is not e and o.modality == "actual" and o.event_type == e.event_type
                  and not _answers(o, lex) and o.location and e.location
                  and (o.location == e.location or ctx.places_compatible(o.location, e.location, _strikes(o, e)))
                  and _dates_ok(o, e)), None)
        if o is not None:
            e.actor1, e.actor2 = [], []     # the answering side is not the answered deed's actor
            _absorb(o, e, ctx)
            out.remove(e)
    return out


def _undated_items(a: _Cand, b: _Cand, ctx: _DocContext) -> bool:
    """a and b are captures told in different items of a feed page and neither has a date yet: each
    item takes its own day (or the page's window) only later, so "both undated" does not make them
    one day. Only two captures: an item's "معارك" / "اشتباكات" next to a capture at its place is
    mostly the fighting around it (or an aside: "مشاركا في معارك شمال شرق حماة")."""
    return (a.date_start == UNKNOWN and b.date_start == UNKNOWN and a.trig.kind == b.trig.kind == "territory"
            and ctx.other_items(a.start, b.start))


def _same_day(a: _Cand, b: _Cand) -> bool:
    """The same day or the same publication window, or both undated; not one month or year (many
    happenings of a month are told apart)."""
    if (a.date_start, a.date_end) != (b.date_start, b.date_end):
        return False
    return a.date_start == UNKNOWN or (a.time_precision or 9) <= 2


def _country_holds(ctx: _DocContext, a: _Cand, b: _Cand) -> bool:
    """The page's headline or lead places the happening in a whole country ("الجيش السوري : ..."
    -> Syria) and the body at a place in it ("بريف دمشق"): one happening's two tellings when type
    and day agree. A country-level item further down (a timeline's entry) stays its own."""
    ea, eb = ctx.entities.get(a.location or ""), ctx.entities.get(b.location or "")
    if ea is None or eb is None or "country" not in (ea.level, eb.level) or ea.level == eb.level:
        return False
    wide = a if ea.level == "country" else b
    return bool(ea.country) and ea.country == eb.country and wide.sent.span.start < LEAD_CHARS


MEANS_TYPES = frozenset({"Battles", "Explosions/Remote violence"})    # strikes, shells, fighting: how a toll came


def _coordinated_trigger(o: _Cand, c: _Cand) -> bool:
    """c's trigger is joined by "و" right after a trigger of o in one sentence: one happening named
    by a list of its means ("مقتل 384 مدنيا جراء القصف والغارات والمعارك"), whatever the types."""
    if o.modality != c.modality or not _dates_ok(o, c):
        return False
    if not {o.event_type, c.event_type} <= MEANS_TYPES:
        return False        # "من اعتقالات وإعدامات ميدانية وعمليات اختطاف": a list of distinct deeds
    word = c.sent.tokens[c.ti].norm
    if not word.startswith("و") or c.trig.kind == "casualty":
        return False
    return any(p.sent is c.sent and p.tj == c.ti and p.trig.kind != "casualty" for p in [o] + o.merged)


def _name_part(ea: Entity, eb: Entity) -> bool:
    """One place's name is the other's followed by more words ("القدس" and "القدس الشرقية")."""
    if not ea.name_ar or not eb.name_ar:
        return False
    na, nb = normalize(ea.name_ar), normalize(eb.name_ar)
    return na.startswith(nb + " ") or nb.startswith(na + " ")


def _part_of(ctx: _DocContext, a: str, b: str) -> bool:
    """One place's name is the other's followed by more words: a part of it ("ريف دير الزور" and
    "ريف دير الزور الشرقي", "حلب" and "حلب الشرقية"), however far their points lie."""
    ea, eb = ctx.entities.get(a), ctx.entities.get(b)
    if ea is None or eb is None or not ea.name_ar or not eb.name_ar:
        return False
    na, nb = normalize(ea.name_ar), normalize(eb.name_ar)
    return na.startswith(nb + " ") or nb.startswith(na + " ")


def _tolls_agree(a: _Cand, b: _Cand) -> bool:
    """No two different death tolls: "5 killed in Hama's countryside" is not the 70 killed in its
    eastern part the same day."""
    fa, fb = _qty_dict(a)[0], _qty_dict(b)[0]
    return fa is None or fb is None or fa == fb


def _same_kind(a: _Cand, b: _Cand) -> bool:
    """Strategic developments is a catch-all (a withdrawal, the people who fled, an arrest): only
    its same sub-type is one happening; within the violent types any sub-types can tell one."""
    if a.event_type == "Strategic developments":
        return a.sub_event_type == b.sub_event_type
    if a.event_type == "Explosions/Remote violence" and a.specific and b.specific:
        # the weapon tells the happening: air strikes and a suicide bomb at one place on one day are
        # two events; a bomb and the bomber who set it off are one
        return a.sub_event_type == b.sub_event_type or {a.sub_event_type, b.sub_event_type} == {
            "Suicide bomb", "Remote explosive/landmine/IED"}
    return True


def _home_country(ctx: _DocContext, x: str, home: set[str]) -> bool:
    """Actor x is the state the happening's place lies in, as a country ("بسوريا", the "سوريا" of "قوات سوريا
    الديمقراطية"): the page's name for where, not who (its forces are actors of their own)."""
    ent = ctx.entities.get(x)
    return ent is not None and ent.type == "STATE" and ent.country in home


def _sides_ok(a: _Cand, b: _Cand, ctx: _DocContext) -> bool:
    """Told actors do not set the two apart: the same or related actors, or none told on one side;
    a battle's two sides may be told in either order."""
    if _actors_ok(a, b, ctx):
        return True
    # one side told only by the country of the place: no actor told on that side
    home = {ctx.place_country(a.location), ctx.place_country(b.location)} - {None}
    a1 = [x for x in a.actor1 if not _home_country(ctx, x, home)]
    b1 = [x for x in b.actor1 if not _home_country(ctx, x, home)]
    if (a1, b1) != (a.actor1, b.actor1) and (not a1 or not b1):
        return True
    if all(any(ctx.same_state(x, y) for y in b.actor1) for x in a.actor1):
        return True     # "الطيران الروسي" and "وزارة الدفاع الروسية": one state's strike told by two of its bodies
    if a.event_type != "Battles":
        return False
    # all actors told fall into at most two sides: one dyad ("قوات النظام تفك الحصار" and
    # "تنظيم الدولة" as the subject the next sentence gives the same fight)
    sides: list[str] = []
    for x in a.actor1 + a.actor2 + b.actor1 + b.actor2:
        if x == CIVILIANS_ID:
            continue        # the fight's victims are no third side of it ("مقتل مدنيين" told with the battle)
        if not any(x == y or ctx.related(x, y) for y in sides):
            sides.append(x)
    return len(sides) <= 2


def _withdrawal_and_capture(o: _Cand, c: _Cand, ctx: _DocContext) -> bool:
    """One side's withdrawal from a place and the other side's taking it on the same day (or both
    undated) are one handover told from both ends ("سيطرت داعش على مدينة تدمر" and "انسحب الجيش من
    المدينة"; "دخل الجيش قضاء سنجار بعد انسحاب البيشمركة منه"): ACLED codes one territory event.
    The taking leads (its actors and sub-type); people leaving (Strategic developments/Other) stay apart."""
    kinds = {o.trig.kind, c.trig.kind}
    if kinds != {"exit", "territory"} or o.modality != "actual" or not o.location or _siblings(o, c):
        return False
    leave = o if o.trig.kind == "exit" else c
    if leave.sub_event_type != "Non-violent transfer of territory":
        return False
    return (o.location == c.location or ctx.places_compatible(o.location, c.location, _strikes(o, c))) and _same_day(o, c)


def _won_after(a: _Cand, b: _Cand) -> bool:
    """One sentence tells a taking and, after "بعد", the clashes that won it, both dated alike by one
    date ("سيطرت قوات مجلس دير الزور العسكري على بلدة مراط ... بعد معارك عنيفة ... بداية الشهر
    الجاري"): one happening however wide that date (_same_day keeps a month's happenings apart)."""
    if a.sent is not b.sent or (a.date_start, a.date_end) != (b.date_start, b.date_end) or a.date_ev != b.date_ev:
        return False
    took, fight = (a, b) if a.trig.kind == "territory" else (b, a)
    return (took.trig.kind == "territory" and fight.trig.kind == "clash" and took.ti < fight.ti
            and _after_cause(fight.sent.tokens, fight.ti))


@lru_cache(maxsize=1)
def _fought_lex() -> tuple[frozenset[str], int, int]:
    """event_habitual.yaml's after-words that introduce the fighting a taking followed, their reach and span."""
    data = _habitual_data()
    return (frozenset(normalize(str(w)) for w in data.get("fought_after_words") or []),
            int(data.get("fought_after_reach", 4)), int(data.get("fought_span", 40)))


def _fought_for(a: _Cand, b: _Cand) -> bool:
    """One sentence tells a taking and, introduced by "after" (بعد / إثر / عقب), the fighting that won it
    ("وبعد معارك امتدت إلى 36 يوما , سيطر النظام على وادي بردى", "سيطرتهم على المدينة ... إثر معارك
    ... دامت أكثر من شهر"): one happening whatever span the fighting is dated by (its weeks or months up to
    the taking; _same_day keeps such spans apart), if the fighting did not begin after the taking. The
    after-word must lead the fighting's own noun ("بعد ثلاثة أيام من القتال"), not a later clause."""
    if a.sent is not b.sent or a.event_type != "Battles" or b.event_type != "Battles":
        return False
    took, fight = (a, b) if a.trig.kind == "territory" else (b, a)
    if took.trig.kind != "territory" or fight.trig.kind != "clash":
        return False
    words, reach, span = _fought_lex()
    toks = fight.sent.tokens
    if abs(took.ti - fight.ti) > span:
        return False
    # the after-word, then only a span's words or a number before the fighting's noun
    numbers = [(n.start, n.end) for n in fight.sent.numbers]
    j = fight.ti - 1
    while j >= 0 and fight.ti - j <= reach and toks[j].norm not in words:
        if toks[j].norm not in SPAN_WORDS and not any(lo <= toks[j].start < hi for lo, hi in numbers):
            return False
        j -= 1
    if j < 0 or fight.ti - j > reach or toks[j].norm not in words:
        return False
    if took.date_start == UNKNOWN or fight.date_start == UNKNOWN:
        return True
    return fight.date_start <= (took.date_end or took.date_start)


def _merge_same_day(events: list[_Cand], ctx: _DocContext) -> list[_Cand]:
    """One event per happening, place and day (the ACLED unit, and the gold sets' convention): two
    actual events of one event type at the same or a compatible place on the same day (or both
    undated on the page, where their days cannot be told apart, unless posts of different days
    tell them) are one happening told twice - a
    headline and its body, "بدأت معركة منبج" and "تستمر الحملة", a clash and the ground it won
    (the territory sub-type is kept: ACLED codes a battle that changes hands by its outcome).
    Two places of one listing trigger (siblings) stay apart."""
    out: list[_Cand] = []
    for c in events:
        o = next((o for o in out if _coordinated_trigger(o, c)), None)
        if o is None and c.modality == "actual" and c.location:
            o = next((o for o in out if o.modality == "actual" and o.event_type == c.event_type and o.location
                      and not _siblings(o, c) and _same_kind(o, c) and _sides_ok(o, c, ctx)
                      and not _other_item_places(o, c, ctx) and not _other_line_places(o, c, ctx)
                      and (((o.location == c.location or ctx.places_compatible(o.location, c.location, _strikes(o, c))
                             or (_part_of(ctx, o.location, c.location) and _tolls_agree(o, c)))
                            and (_same_day(o, c) or _won_after(o, c) or _fought_for(o, c)) and not _other_posts(o, c, ctx)
                            and not _undated_items(o, c, ctx))
                           or (_country_holds(ctx, o, c) and _dates_ok(o, c))
                           # the fighting a taking followed, placed by another name of its province ("سيطرت
                           # ... على قريتي العجمي ودويري بعد مواجهات" read at Manbij): the taking's place holds
                           or (_fought_for(o, c) and _one_admin1(ctx, o.location, c.location)
                               and not _other_posts(o, c, ctx)))), None)
        if o is None and c.modality == "actual" and c.location:
            o = next((o for o in out if _withdrawal_and_capture(o, c, ctx)), None)
            if o is not None:
                keep, other = (o, c) if o.trig.kind == "territory" else (c, o)
                _absorb(keep, other, ctx)
                out[out.index(o)] = keep
                continue
        if o is None:
            out.append(c)
            continue
        keep, other = (c, o) if _rank(c) > _rank(o) else (o, c)
        territory = next((p for p in (keep, other) if p.trig.kind == "territory"), None)
        # (the taking leads, its place and day the happening's, when only the fighting that won it joins:
        # the fighting is told with its own span and often another place, "إثر معارك ... منذ مساء الأحد")
        held = None
        if (territory is not None and _fought_for(o, c) and not _same_day(o, c) and not _won_after(o, c)
                and not _country_holds(ctx, o, c)):
            keep, other = territory, (o if territory is c else c)
            held = _held_fields(territory)
        home = {ctx.place_country(keep.location), ctx.place_country(other.location)} - {None}
        named = [x for x in other.actor1 if not _home_country(ctx, x, home) and x not in keep.actor2]
        _absorb(keep, other, ctx)
        if keep.actor1 and named and all(_home_country(ctx, x, home) for x in keep.actor1):
            # the country the page names the place by ("هجوم داعشي على تجمع للنازحين بسوريا") did not do it:
            # the other telling's actor did
            keep.actor1, keep.actor_ev = named, other.actor_ev
        if territory is not None and keep.event_type == "Battles":
            keep.sub_event_type, keep.specific = territory.sub_event_type, True
        if held is not None:
            _restore_fields(keep, held)
        out[out.index(o)] = keep
    return out


def _one_admin1(ctx: _DocContext, a: str | None, b: str | None) -> bool:
    """Two places of one province (first-level unit) of one country."""
    ea, eb = ctx.entities.get(a or ""), ctx.entities.get(b or "")
    return (ea is not None and eb is not None and bool(ea.admin1) and ea.admin1 == eb.admin1
            and ea.country == eb.country)


def _held_fields(c: _Cand) -> tuple[Any, ...]:
    """c's own place and date fields (as _absorb may replace them)."""
    return (c.location, c.geo_precision, c.loc_own, c.loc_ev, c.date_start, c.date_end, c.time_precision,
            c.date_ev, c.date_own, c.date_cited)


def _restore_fields(c: _Cand, held: tuple[Any, ...]) -> None:
    """Put back the place and date ``_held_fields`` kept, each only where it was known."""
    if held[0]:
        c.location, c.geo_precision, c.loc_own, c.loc_ev = held[:4]
    if held[4] != UNKNOWN:
        c.date_start, c.date_end, c.time_precision, c.date_ev, c.date_own, c.date_cited = held[4:]


def _published_span(text: str, evidence: str | None) -> tuple[int, int] | None:
    """Where the publication date's evidence stands in the body (None when it came from the page head)."""
    at = text.find(evidence) if evidence else -1
    return (at, at + len(evidence)) if evidence and at >= 0 else None


ANALYSIS_PAGES = LEXICON.parent / "analysis_pages.yaml"


@lru_cache(maxsize=1)
def _analysis_page_lex() -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    data = yaml.safe_load(ANALYSIS_PAGES.read_text(encoding="utf-8"))
    return (frozenset(normalize(w) for w in data["interrogatives"]),
            tuple(normalize(w) for w in data["chrome"]), tuple(data["separators"]))


@lru_cache(maxsize=1)
def _argument_lex() -> tuple[tuple[str, ...], tuple[str, ...], int, float]:
    data = yaml.safe_load(ANALYSIS_PAGES.read_text(encoding="utf-8"))
    return (tuple(normalize(w) for w in data.get("argument_markers") or ()),
            tuple(normalize(w) for w in data.get("report_markers") or ()), int(data.get("argument_min") or 0),
            float(data.get("argument_share") or 1.0))


def _argument_page(text: str) -> bool:
    """The page argues rather than reports (an op-ed, an analysis, a study): it uses at least
    ``argument_min`` connectives of an argument ("لعل", "ذلك أن", "يمكن القول", "وهذا ما") and about
    as many of them (``argument_share``) as cues of a report ("قال", "أفاد", "بحسب", "أمس";
    analysis_pages.yaml). Counted once per page, on whole words."""
    markers, reports, least, share = _argument_lex()
    if not markers or not least:
        return False
    words = f" {' '.join(normalize(text).split())} "
    argued = sum(words.count(f" {m} ") for m in markers)
    return argued >= least and argued >= share * sum(words.count(f" {r} ") for r in reports)


def _question_headline(title: str | None) -> bool:
    """The page's headline asks a question ("ماذا بعد حلب ?"): an analysis or opinion page. The
    title part holding the question mark must hold an interrogative ("غارات عمياء | منظمة ... ?" does
    not), and not only the site's chrome ("المعرفة تصفح بحث هل تعلم ?"). A title without the mark does
    not count, even one opening with "هل" (cut off with "…"): such pages narrate the day's fighting too."""
    if not title or not re.search(r"[?؟]", title):
        return False
    words, chrome, seps = _analysis_page_lex()
    parts = [title]
    for sep in seps:
        parts = [q for p in parts for q in p.split(sep)]
    for part in parts:
        if not re.search(r"[?؟]", part):
            continue
        norm = normalize(part)
        for phrase in chrome:
            norm = norm.replace(phrase, " ")
        for w in re.findall(r"\w+", norm):
            bare = w[1:] if w[:1] in "وف" and len(w) > 2 else w
            if w in words or bare in words or (bare[:1] == "ل" and bare[1:] in words and len(bare) > 2):
                return True
    return False


def _analysis_generality(c: _Cand) -> bool:
    """On a question-headline or arguing page (``_question_headline``, ``_argument_page``): an event with
    no date of any kind (none in its sentences, none borrowed or inherited) and no count in any telling
    is a generality of the page's argument ("استهدفت هذه الترسانة مواقع عسكرية للمعارضة بدرجة رئيسة"), not
    a reported happening. Told with its dead ("هجمات مدينة حمص التي أودت بمقتل مجموعة من الضباط"), it is one the page reports."""
    if c.date_start != UNKNOWN or c.modality != "actual":
        return False
    return not any(p.has_date_expr or p.date_own or p.quantities or p.trig.kind == "casualty" for p in [c, *c.merged])


def _page_dates(events: list[_Cand], text: str, dates: list[Any], ref: dt.date | None, lex: _ELex,
                published_ev: tuple[int, int] | None = None, posts: list[tuple[int, dt.date]] | None = None,
                heads: list[tuple[int, dt.date, Any]] | None = None) -> None:
    """Events with no date in their sentence (nor one borrowed) take the page's: the date its fact box
    labels as the happening's, else the week up to the publication date (on a listing of dated
    posts, ``posts``, up to the date of the event's own post; in a glued daily report, ``heads``, the
    day its heading covers). Not an event whose sentence holds a
    date it could not use (another clause's), nor background."""
    label = _labelled_event_date(text, dates, lex)
    if label is None and (ref is None and not posts or not lex.report_window_days):
        return
    page_ref = ref
    for e in events:
        ref = (post_day(posts, e.start) if posts else None) or page_ref
        if e.date_start != UNKNOWN or e.has_date_expr and not _on_head_day(e, heads) or e.modality != "actual" \
                or _background(e, lex):
            continue
        days = {post_day(posts, p.start) for p in [e, *e.merged]} if posts else set()
        first = min(days) if len(days) > 1 and None not in days else None
        if first is not None:
            # told in posts of different days (merged): the window up to the latest of them from the earliest's
            ref = max(days)
        if label is None and e.sent.quote and e.sent.quote[e.ti] != -1 and not _reported_account(e, lex):
            continue        # a speaker's words in quotes tell what happened at any time, not the report's news
        head = _report_head(heads, e.start) if label is None and first is None else None
        if e.has_date_expr and head is None:
            continue
        if head is not None and ref is not None and head.date_start == ref.isoformat():
            # a daily report ("التقرير اليومي ... ليوم 28 - 11 - 2016") lists what happened on the day it covers
            e.date_start = e.date_end = head.date_start
            e.time_precision = 1
            e.date_ev = (head.start, head.end)
            e.confidence = min(e.confidence, 0.7)
            continue
        if label is not None:
            e.date_start, e.date_end = label.date_start, label.date_end or label.date_start
            e.time_precision = _precision_code(label.precision)
            e.date_ev = (label.start, label.end)
            e.confidence = min(e.confidence, 0.7)
        elif ref is not None:
            e.date_start = ((first or ref) - dt.timedelta(days=lex.report_window_days)).isoformat()
            e.date_end = ref.isoformat()
            e.time_precision = 2 if first is None or (ref - first).days <= lex.report_window_days else 3
            e.date_ev = published_ev        # the field's evidence is the publication date
            e.confidence = min(e.confidence, 0.6)


QUOTE_OPENERS = frozenset(normalize(w) for w in ("أن", "إن", "بأن", "ان", "بان"))
REPORT_VERB_SPAN = 8      # tokens between a reporting verb and the quote it introduces ("وذكر الدفاع المدني أن ")


def _reported_account(e: _Cand, lex: _ELex) -> bool:
    """"وذكر الدفاع المدني أن " طائرات النظام شنت غارتين على ... "": a source's account of what
    happened, quoted in the report after its reporting verb and "أن / إن", told in the past tense:
    the report's news (its week, as an unquoted sentence), not a speaker's words about any time.
    The quote opens right after the complementizer, the verb is at most REPORT_VERB_SPAN tokens
    before it, the trigger is no present-tense verb (a speaker's "تقصف", "يستهدف"), and the
    sentence names a news source before the quote (``account_sources``: "مصادر", "المرصد", "الدفاع
    المدني"), not a politician or an analyst."""
    s, toks = e.sent, e.sent.tokens
    q = s.quote[e.ti]
    first = e.ti
    while first > 0 and s.quote[first - 1] == q:
        first -= 1
    if first == 0 or toks[first - 1].norm not in QUOTE_OPENERS or _imperfective(toks[e.ti].norm):
        return False
    for k in range(max(0, first - 1 - REPORT_VERB_SPAN), first - 1):
        w = toks[k].norm
        if s.quote[k] != -1:
            continue        # (another quote's words)
        if w in REPORT_CUES or w.lstrip("و") in REPORT_CUES or not _keys(w).isdisjoint(lex.speech_verbs):
            break
    else:
        return False
    keys = [_keys(toks[k].norm) if s.quote[k] == -1 else frozenset() for k in range(first - 1)]
    return any(all(seq[j] in keys[k + j] for j in range(len(seq)))
               for seq in lex.account_sources for k in range(len(keys) - len(seq) + 1))


def _on_head_day(e: _Cand, heads: list[tuple[int, dt.date, Any]] | None) -> bool:
    """Every date of the event's sentence is the day its daily report's heading covers ("ليوم 23 - 2 -
    2016 بلغ مجموع الضحايا ... يوم الثلاثاء 23 - 2 - 2016 , بينهم : ... في الاشتباكات"): the
    heading's clauses date the report, and so the event, though in another clause."""
    head = _report_head(heads, e.start)
    return head is not None and all(d.date_start == head.date_start for p in [e, *e.merged] for d in p.sent.dates)


def _report_head(heads: list[tuple[int, dt.date, Any]] | None, pos: int) -> Any:
    """The dated heading of the glued daily report holding offset ``pos`` (None before the first)."""
    head = None
    for at, _day, d in heads or ():
        if at > pos:
            break
        head = d
    return head


def _in_scope(c: _Cand, lex: _ELex, ctx: _DocContext) -> bool:
    """An event of the theatre and its period, with a place: ACLED codes no event without a
    location, and a page's historical background (dated before the war) is not coded."""
    if c.date_start != UNKNOWN and (c.date_end or c.date_start) < lex.scope_start:
        return False
    post = post_day(ctx.posts, c.start) if ctx.posts else None
    if post is not None:
        # a post of a listing: its own stamp is its publication date
        if _long_before_day(c, post, lex):
            return False
    elif _long_before(c, ctx.analysis.doc.published, lex) or _long_before_day(c, ctx.page_day, lex):
        return False
    if not c.location:
        return False
    country = ctx.place_country(c.location)
    if lex.theatre and country and country not in lex.theatre and not c.loc_own:
        return False
    if c.trig.kind in lex.needs_theatre:
        # an agreement of the war names where it applies (a town's evacuation, a truce in a
        # region); talks abroad (Astana, Sochi) and deals between governments are not coded
        parties = [a for a in c.actor1 + c.actor2 if ctx.actor_type(a) in ("ARMED_GROUP", "STATE_FORCES")]
        if not c.loc_own or (lex.theatre and country not in lex.theatre):
            return False
        if not parties and country != "SY":
            return False
    return True


def _long_before(c: _Cand, published: Any, lex: _ELex) -> bool:
    """A happening that ended months before the page was published is the page's background
    ("استولى التنظيم على الحويجة في حزيران 2014" in a 2017 report), not an event it reports: a
    news report's events are recent (ACLED codes them from reports of the days before). A toll
    over a range ending near publication ("منذ آذار 2011") ends recently and is kept. Undated
    pages are not judged: an analysis or a timeline page tells its dated past happenings."""
    ref = ref_date(published.date, published.precision)
    if ref is None or not lex.background_days or c.date_start == UNKNOWN:
        return False
    end = c.date_end if c.date_end and c.date_end != UNKNOWN else c.date_start
    try:
        last = dt.date.fromisoformat(end[:10]) if len(end) >= 10 else dt.date(int(end[:4]), 12, 31)
    except ValueError:
        return False
    return (ref - last).days > lex.background_days


def _long_before_day(c: _Cand, day: dt.date | None, lex: _ELex) -> bool:
    """_long_before for a page dated by its URL (``day``), which has no publication date."""
    if day is None:
        return False
    end = _end_day(c)
    return bool(lex.background_days) and end is not None and (day - end).days > lex.background_days


def _end_day(c: _Cand) -> dt.date | None:
    """The last day an event's date range allows (a year or month: its last day), or None."""
    end = c.date_end if c.date_end and c.date_end != UNKNOWN else c.date_start
    if not end or end == UNKNOWN:
        return None
    try:
        if len(end) >= 10:
            return dt.date.fromisoformat(end[:10])
        if len(end) == 7:
            y, m = int(end[:4]), int(end[5:7])
            return dt.date(y + m // 12, m % 12 + 1, 1) - dt.timedelta(days=1)
        return dt.date(int(end[:4]), 12, 31)
    except ValueError:
        return None


def _drop_older_than_page(events: list[_Cand], lex: _ELex, text: str,
                          entries: frozenset[int] = frozenset()) -> list[_Cand]:
    """On a page without a publication date, its newest dated happening stands in for it: a
    happening the page dates months before that ("في أغسطس 2012 تعرضت القلعة لأضرار" on a page
    about a 2017 bombing, the 2015 battles an analysis recalls) is background, as _long_before
    judges it on a dated page. A page whose events are all of a few weeks (a month's timeline)
    keeps them all; a single dated happening is kept, and so is one dated by an entry of a chronology
    (``entries``: the starts of its dates), or counted from one ("وبعد يومين" after an entry's day)."""
    if not lex.undated_background_days:
        return events
    ends = [(c, _end_day(c)) for c in events]
    told = [d for c, d in ends if d is not None and c.date_own and c.modality == "actual"]
    if len(told) < 2:
        return events
    newest = max(told)
    return [c for c, d in ends if d is None or (newest - d).days <= lex.undated_background_days
            or any(_entry_dated(p, text) or p.date_ev is not None and p.date_ev[0] in entries
                   or p.date_from is not None and p.date_from[0] in entries for p in [c] + c.merged)]


def _year_only(c: _Cand, text: str) -> bool:
    """On a page without a date, a happening dated by a bare year told in another clause of its
    sentence ("من أوائل المحافظات التي انتفضت ... عام 2011 , وعرفت التهجير والنزوح والقصف") is the
    place's history, not the page's news; a timeline entry headed by its year is kept."""
    if not c.date_own or c.modality != "actual" or not c.date_start or not c.date_end:
        return False
    a, b = c.date_start[:10], c.date_end[:10]
    if not (a[:4] == b[:4] and a[5:] == "01-01" and b[5:] == "12-31") or c.date_ev is None or _entry_dated(c, text):
        return False
    # the year of another clause ("انتفضت ... عام 2011 , وعرفت ... القصف"); "وفي عام 2013 ارتكبت
    # قوات النظام مجزرة" dates its own clause and is kept
    k = _tok_index(c.sent.tokens, c.date_ev[0])
    return k >= 0 and c.sent.clause[k] != c.sent.clause[c.ti]


def _entry_dated(c: _Cand, text: str) -> bool:
    """The event's date heads its sentence ("27 أبريل 2017 : غارة جوية على ..."): an entry of a
    timeline, which tells its happenings whatever their age."""
    if not c.date_own or c.date_ev is None or c.date_ev[0] < c.sent.span.start:
        return False
    head = text[c.sent.span.start:c.date_ev[0]].strip(" \t\n-–—•*|.:،,")
    return not head and text[c.date_ev[0]:c.date_ev[0] + 1].isdigit()   # not "منذ نيسان 2013 ..."


def _fallbacks(events: list[_Cand], ctx: _DocContext, text: str) -> None:
    for e in events:
        # a timeline entry that names no place is not at the page's main place: that place is
        # another entry's ("13 مايو : لقي أربعة جنود مصرعهم في مدينة صغيرة . 14 مايو : ... في برزة")
        if (not e.location and ctx.dominant_place and ctx.dominant_place not in e.rejected_places
                and not _entry_dated(e, text)):
            e.location = ctx.dominant_place
            e.geo_precision = max(2, ctx.place_precision(ctx.dominant_place_mention, ctx.dominant_place) or 2)
            e.confidence = min(e.confidence, 0.7)
        if e.location and e.geo_precision is None:
            e.geo_precision = 2
        if (not e.actor1 and ctx.dominant_group and e.trig.kind in ("agreement", "exit")
                and e.sub_event_type in ("Agreement", "Non-violent transfer of territory")):
            # an agreement / withdrawal has a party: the group the document is about
            e.actor1 = [ctx.dominant_group]
            e.actor2 = [a for a in e.actor2 if a != ctx.dominant_group]
            e.confidence = min(e.confidence, 0.7)
        elif (_all_generic(e.actor1, ctx) and ctx.dominant_group and not ctx.is_generic(ctx.dominant_group)
              and e.event_type == "Strategic developments"):
            # "الفصائل" in a page about one group: that group, the umbrella kept as associated actor
            e.assoc1 = [x for x in e.actor1 if x not in e.assoc1] + e.assoc1
            e.actor1 = [ctx.dominant_group]
            e.confidence = min(e.confidence, 0.7)


# --------------------------------------------------------------------------- output

def _other_point(a: _Cand, b: _Cand, ctx: _DocContext) -> bool:
    """b, which would get a's id (same type, evidence start and trigger word), is another happening:
    its own trigger, at another town (two points, neither named after the other), not a copy of a
    at its country or region."""
    return (a.start != b.start and bool(a.location) and bool(b.location) and a.location != b.location
            and _point(ctx, a.location) and _point(ctx, b.location) and not _part_of(ctx, a.location or "", b.location or ""))


def event_id(doc_id: str, event_type: str, evidence_start: int, trigger: str) -> str:
    key = f"{event_type}|{evidence_start}|{trigger}"
    return f"{doc_id}-ev-{hashlib.sha1(key.encode('utf-8')).hexdigest()[:8]}"


def _to_event(c: _Cand, doc_id: str, text: str) -> Event:
    fatalities, fmin, qd, qev, _qual = _qty_dict(c)
    trigger_surface = text[c.start:c.end]
    fe: dict[str, list[int]] = {"trigger": [c.start, c.end]}
    for p in c.merged:
        fe.setdefault(f"trigger:{p.start}", [p.start, p.end])
    if c.actor_ev:
        fe["actor1"] = list(c.actor_ev)
    if c.loc_ev:
        fe["location"] = list(c.loc_ev)
    if c.date_ev:
        fe["date"] = list(c.date_ev)
    for k, v in qev.items():    # "fatalities", "quantities.<name>": a second toll keeps its own span
        fe[k] = list(v)
    start = min([c.evidence[0]] + [p.evidence[0] for p in c.merged])
    end = max([c.evidence[1]] + [p.evidence[1] for p in c.merged])
    trig_key = normalize(trigger_surface) + (f"@{c.fan_of}" if c.fan_of else "")
    ev = Event(
        id=event_id(doc_id, c.event_type, c.evidence[0], trig_key),
        doc_id=doc_id, event_type=c.event_type, sub_event_type=c.sub_event_type,
        evidence=Span(start, end), actor1=list(c.actor1), actor2=[a for a in c.actor2 if a not in c.actor1],
        assoc_actor1=[a for a in c.assoc1 if a not in c.actor1],
        location=c.location, geo_precision=c.geo_precision,
        date_start=c.date_start, date_end=c.date_end if c.date_start != UNKNOWN else UNKNOWN,
        time_precision=c.time_precision if c.date_start != UNKNOWN else None,
        fatalities=fatalities, fatalities_min=fmin, quantities=qd, modality=c.modality,
        field_evidence=fe, trigger=trigger_surface, confidence=c.confidence,
    )
    return ev
