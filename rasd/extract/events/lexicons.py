"""The trigger lexicon: rasd/data/lexicons/event_triggers.yaml read once (``lexicon()``, cached) into
``_ELex`` with its ``Trigger`` and ``_Refine`` records, and the token keys every matcher compares
(``_keys``: a token's normalised form with its clitics and pronoun suffixes taken off). ``LEXICON``
is the path the other event_*.yaml readers find their files next to. Lowest layer: it imports no
sibling module, so every other module may read it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from rasd.data import read_shared
from rasd.extract.counts import token_keys
from rasd.text.normalize import normalize
from rasd.text.tokens import PRONOUN_SUFFIXES

LEXICON = Path(__file__).resolve().parent.parent.parent / "data" / "lexicons" / "event_triggers.yaml"
SUFFIXES = PRONOUN_SUFFIXES


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
    requires_clause: frozenset[str] = frozenset()   # one of them in the trigger's clause (a conflict matter)
    reject_clause: frozenset[str] = frozenset()     # another sense in the clause ("عثر على عبوة ناسفة")
    not_before: frozenset[str] = frozenset()       # a state / plan noun just before ("مناطق سيطرته")
    reject_sentence: frozenset[str] = frozenset()   # a non-conflict cause in the sentence ("الزلزال", "تحطم")
    reject_sentence_seqs: tuple[tuple[str, ...], ...] = ()  # the same, phrases ("نجم عن حريق", "تسرب غاز")
    # a device noun (``device_forms``: mines, bombs) tells an explosion only with a word in its sentence that it
    # went off, was thrown, hit or hurt someone, or that someone claimed it (``device_outcome``)
    device_forms: frozenset[str] = frozenset()
    device_outcome: frozenset[str] = frozenset()
    # exact forms of an outcome word that tell a purpose, not a blast ("مجهزة للتفجير": ready to go off)
    device_purpose: frozenset[str] = frozenset()
    # a word right before the trigger that makes its deed the setting of another happening the sentence tells
    # (``setting_kinds``): "قتل ضابط في انفجار عبوة ناسفة أثناء مداهمة" (the raid is where the blast struck)
    setting_before: frozenset[str] = frozenset()
    setting_kinds: frozenset[str] = frozenset()
    # words in the clause of a means-only form (``backed_forms``: "طائرات مروحية", "الطيران الروسي") that tell the
    # aircraft landing or searching, not striking ("هبوط مروحيات روسية", "بدأت بعملية البحث عن الطائرة")
    idle_clause: frozenset[str] = frozenset()
    idle_negations: frozenset[str] = frozenset()    # "لم": the aircraft's own verb negated (no strike)
    # a deployment verb in the clause of a bare weapon noun (``deploy_weapons``): the weapon is set
    # up or sent, not fired ("نصبت مدفعية ثقيلة")
    deploy_clause: frozenset[str] = frozenset()
    deploy_weapons: frozenset[str] = frozenset()
    # a word just before a bare weapon noun that makes it part of a name or a defence, not a shot fired
    # ("كتيبة الصواريخ", "المضاد للصواريخ"); read for ``deploy_weapons`` forms only
    weapon_not_before: frozenset[str] = frozenset()
    # air defences named in the clause (``intercept_clause``, phrases) of one of ``intercept_forms`` (all forms
    # when empty): the missiles are interceptors and the repelling an interception, not a strike or a clash of
    # their own ("صواريخ أرض جو أطلقت من قبل الدفاعات الجوية", "تصدت الدفاعات الجوية لهجوم إسرائيلي")
    intercept_clause: tuple[tuple[str, ...], ...] = ()
    intercept_forms: frozenset[str] = frozenset()
    intercept_unless: frozenset[str] = frozenset()  # a strike the defences met, told in the clause: its weapons
    # the defences must fire the weapon: named before it ("أطلقت الدفاعات الجوية صواريخها") or after it right
    # behind one of these agent words ("صواريخ أطلقت من قبل الدفاعات الجوية"); not "أطلقت إسرائيل صواريخ ...
    # وتصدت لها وسائط دفاعنا الجوي" (the defences met them)
    intercept_agent: frozenset[str] = frozenset()
    # a bomb or a bomber worn or carried (``worn_clause``: "انتحاري يرتدي حزاما ناسفا", "بحوزته عبوة"): none went off
    # (the bomber was caught or killed first) unless the clause tells him blowing himself up, a past blast verb
    # (``worn_blast``) and after it his self (``worn_self``): "فجر انتحاري يرتدي حزاما ناسفا نفسه وسط سوق"
    worn_clause: frozenset[str] = frozenset()
    worn_blast: frozenset[str] = frozenset()
    worn_self: frozenset[str] = frozenset()
    # the bomber noun as the one killed (``killed_by``: a killing word at most ``killed_reach`` words before it
    # in its clause, "مقتل انتحاري", "تمكنت من قتل الإرهابي الانتحاري", "مقتل 150 مسلحا بينهم 7 انتحاريين") in
    # a sentence that tells no blast (``killed_unless``): the bomber died, nothing went off
    killed_by: frozenset[str] = frozenset()
    killed_reach: int = 0
    killed_among: frozenset[str] = frozenset()      # "بينهم": the noun counted among the dead told before it
    killed_unless: frozenset[str] = frozenset()
    # a release word at most ``released_reach`` words before the trigger in its clause (``released_before``: "يحرر
    # 20 شخصا خطفتهم بوكو حرام", "الإفراج عن المخطوفين"): the captives freed, their capture told as what they are;
    # a time word between ("بعد أن خطفهم", ``released_unless``) tells the capture as a deed of its own
    released_before: frozenset[str] = frozenset()
    released_reach: int = 0
    released_unless: frozenset[str] = frozenset()
    released_sought: frozenset[str] = frozenset()   # exact forms: the release an aim or a demand ("لإطلاق")
    light_verb: bool = False                        # "شنت": only when no trigger follows ("شنت هجوما" is the noun's)
    verb_only: frozenset[str] = frozenset()         # verbs whose form with the article is another noun ("الفجر": dawn)
    # forms that name a means, not a deed ("سلاح الجو", "الطيران الروسي"), and the support words that, just
    # before such a form, make it the backer of another's deed ("بدعم من سلاح الجو الروسي"): no event
    backed_forms: frozenset[str] = frozenset()
    backed_by: frozenset[str] = frozenset()
    # exact words (normalised, the conjunction dropped, no article stripped) that, right before the trigger,
    # make it part of a name or a title: "حركة جيش تحرير السودان", "رئيس تحرير الصحيفة"
    name_before: frozenset[str] = frozenset()
    # forms that name people by their deed ("الخارجين": those who left), and the count words that, just
    # before such a form, make it the report of the deed ("عدد الخارجين"): otherwise no event
    people_forms: frozenset[str] = frozenset()
    counted_by: frozenset[str] = frozenset()
    # imperfect verbs that are triggers only in a headline item ("مسلح يقتل 11 شخصا", a title or dated line)
    headline_only: frozenset[str] = frozenset()
    headline_dated: bool = False        # ... and only in the title or a line opened by its day ("23 -")
    # the victim words after the trigger that keep its armed type (an assassination of a commander); with none,
    # the victim is unarmed and the deed is Violence against civilians / Attack
    armed_victims: frozenset[str] = frozenset()
    armed_victims_reach: int = 0
    # the phrase's last word only bare, its object named after it ("أطلقوا النار على الجنود"): with a pronoun
    # suffix ("النار عليه") the victim is told before and the armed_victims test cannot read it
    object_told: bool = False


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
    # the same for the forms read only in a headline item (``Trigger.headline_only``); kept apart so that
    # the other readers of ``phrases`` (a word "is a trigger") do not see them
    headline_phrases: dict[str, list[tuple[tuple[str, ...], Trigger, str]]]
    refine: list[_Refine]
    objects: frozenset[str]
    generic: dict[str, frozenset[str]]
    first_person: frozenset[str]
    agent_cues: tuple[tuple[str, ...], ...]
    target_cues: frozenset[str]
    place_in: frozenset[str]
    place_from: frozenset[str]
    near_before_from: frozenset[str]
    place_to: frozenset[str]
    place_nouns: frozenset[str]
    place_list_nouns: frozenset[str]
    target_nouns: frozenset[str]
    date_not_inherited: tuple[tuple[str, ...], ...]
    date_inherited: tuple[tuple[str, ...], ...]
    aggregate: frozenset[str]
    since_words: frozenset[str] = frozenset()
    scope_start: str = "0000"
    theatre: frozenset[str] = frozenset()
    fallback: frozenset[str] = frozenset()     # the theatre and the other war countries whose pages lend their place
    other_sense_kinds: frozenset[str] = frozenset()
    other_sense: frozenset[str] = frozenset()
    # election words of other_sense that do not undo a clash of supporters told in its clause
    other_sense_crowd: frozenset[str] = frozenset()
    other_sense_crowd_exempt: frozenset[str] = frozenset()
    needs_theatre: frozenset[str] = frozenset()
    common_places: frozenset[str] = frozenset()
    speech_verbs: frozenset[str] = frozenset()
    state_act_verbs: frozenset[str] = frozenset()   # "عقدت دمشق اتفاقا": a capital acting is its government
    not_place_heads: frozenset[str] = frozenset()   # "بتوقيت بيروت", "حلفاء دمشق": the name is no place there
    talks_heads: frozenset[str] = frozenset()       # "مسار أستانا", "محادثات جنيف": a foreign venue names the talks
    talks_held_verbs: frozenset[str] = frozenset()  # "الاتفاق الذي أبرم في آستانة": where the deal was made
    talks_held_reach: int = 8
    dual_place_nouns: dict[str, frozenset[str]] = field(default_factory=dict)   # "القريتين": {"قريتي", ...}
    dual_pointers: frozenset[str] = frozenset()     # "هاتين القريتين": the two villages
    dual_pair_reach: int = 600
    backing_words: frozenset[str] = frozenset()     # "المدعومة من أنقرة": the backer (as written, article kept)
    loyal_words: frozenset[str] = frozenset()       # "الموالية لطهران": the state a force is loyal to
    media_told_cues: frozenset[str] = frozenset()   # "قال ... للميادين": the channel told
    media_told_reach: int = 8
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
    founding_cues: frozenset[str] = frozenset()     # "صدرت من لندن 21 مايو 2001": a masthead's birthday
    post_labels: tuple[str, ...] = ()     # "تم النشر بتاريخ": a listing's posts, each with its own day
    dateline_words: frozenset[str] = frozenset()
    account_sources: tuple[tuple[str, ...], ...] = ()     # "مصادر", "الدفاع المدني": _reported_account
    related_headers: tuple[tuple[str, ...], ...] = ()
    people_of: frozenset[str] = frozenset()
    convoy_nouns: frozenset[str] = frozenset()     # "قافلة الفوعة": the evacuees' home (places._evacuees_home)
    carry_cues: frozenset[str] = frozenset()       # "تنقل ... من أهالي كفريا": ditto
    origin_people_nouns: frozenset[str] = frozenset()   # "ابن قرية X": X is the person's home town
    origin_before_from: frozenset[str] = frozenset()    # "وهم من X", "المنحدر من X": ditto
    origin_people_plurals: frozenset[str] = frozenset()  # "أبناء": a home only after "وهو من"
    origin_age_words: frozenset[str] = frozenset()      # "( 20 ) عاما من أبناء X": one person's home
    moved_to_cues: frozenset[str] = frozenset()
    media_nouns: frozenset[str] = frozenset()
    toll_nouns: frozenset[str] = frozenset()
    fall_forms: frozenset[str] = frozenset()        # "سقوط": a toll only with people as its genitive
    fall_tolls: frozenset[str] = frozenset()        # "قتلى", "عشرات": the genitives that make it a toll
    fall_into: frozenset[str] = frozenset()         # "بيد", "أيدي": a fall into someone's hands, a capture
    fall_into_reach: int = 0
    toll_causes: tuple[tuple[str, ...], ...] = ()   # "العاصفة", "انهيار أرضي": a non-violent cause in a toll's cause place
    toll_cause_preps: frozenset[str] = frozenset()  # "جراء", "بسبب": the cause told after the toll
    toll_cause_verbs: frozenset[str] = frozenset()  # "يخلف", "أدى": the cause as their subject, before the toll
    civilian_targets: frozenset[str] = frozenset()
    civilian_vehicles: frozenset[str] = frozenset()     # "حافلة": a civilian target when whom it carried is told
    carry_verbs: tuple[tuple[str, ...], ...] = ()       # "تقل", "كانت تقل": the verb naming whom a vehicle carried
    carried_reach: int = 0
    struck_structures: frozenset[str] = frozenset()     # "بنية تحتية", "مستودعات": sites an army strikes
    struck_structure_reach: int = 0
    structure_fight_words: frozenset[str] = frozenset()  # "اشتباكات": fighting told with the attack on a site
    force_name_next: frozenset[str] = frozenset()    # "فض الشغب": the word before names a force
    civilian_target_cues: frozenset[str] = frozenset()     # "على", "استهدفا": the word before an attack's target
    unfought_heads: frozenset[str] = frozenset()    # "دون", "بلا": the negation of "without fighting"
    unfought_fillers: frozenset[str] = frozenset()  # "أي": a word between the negation and the fighting noun
    unfought_nouns: frozenset[str] = frozenset()    # "قتال", "مقاومة": the fighting a taking was done without
    unfought_after: frozenset[str] = frozenset()    # "بعد", "إثر": the head of "after the other side withdrew"
    hostages: frozenset[str] = frozenset()          # "رهائن": people held as hostages, not arrested
    gunmen_holders: frozenset[str] = frozenset()    # exact forms: "مجموعة مسلحة ... بعد احتجازه", held by gunmen
    state_holders: frozenset[str] = frozenset()     # "قوات الأمن", "الشرطة": a state's detention
    detained_each_other: tuple[tuple[str, ...], ...] = ()   # "فيما بينها": factions holding each other's men
    unfought_exits: frozenset[str] = frozenset()    # "انسحاب", "إخلاء": the withdrawal a taking followed
    killer_markers: tuple[tuple[str, ...], ...] = ()    # "على يد", "برصاص": who killed, told after a toll
    armed_victims: frozenset[str] = frozenset()     # "جنود", "عناصر": the dead bore arms
    fight_words: frozenset[str] = frozenset()       # "اشتباكات", "معارك": fighting told in the toll's clause
    disaster_lead_words: frozenset[str] = frozenset()   # "زلزال": a page whose lead tells a disaster
    disaster_lead_chars: int = 0
    disaster_lead_min: int = 1
    toll_events: frozenset[str] = frozenset()
    day_offsets: tuple[tuple[tuple[str, ...], int], ...] = ()
    same_day: tuple[tuple[str, ...], ...] = ()     # "في ذات اليوم": the day told before it
    duration_verbs: frozenset[str] = frozenset()
    happening_verbs: frozenset[str] = frozenset()
    duration_units: dict[str, int] = field(default_factory=dict)
    lapse_openers: frozenset[str] = frozenset()
    lapse_units: dict[str, int] = field(default_factory=dict)
    lapse_counted: frozenset[str] = frozenset()
    next_day_openers: tuple[tuple[str, ...], ...] = ()
    place_topic: frozenset[str] = frozenset()
    backer_cues: frozenset[str] = frozenset()
    besieger_cues: frozenset[str] = frozenset()     # "كسر حصار داعش": the one right after laid the siege
    besieger_verbs: frozenset[str] = frozenset()    # "الحصار الذي يفرضه التنظيم"
    held_nouns: frozenset[str] = frozenset()        # "من سيطرة داعش": the control the ground was taken from
    held_from: frozenset[str] = frozenset()         # "من" before it
    held_taken: frozenset[str] = frozenset()        # "من سيطرة الفصائل على الباب": the control noun is a taking
    siege_break: frozenset[str] = frozenset()       # "كسر", "فك": the siege told is broken
    disrupt_words: frozenset[str] = frozenset()     # "دمرت", "حجز", "اعتراض": a weapon kept from use
    disrupt_fillers: frozenset[str] = frozenset()   # "سيارة", "عدد", "لهم": words between it and the weapon
    disrupt_subjects: frozenset[str] = frozenset()   # "قوات", "أمن": the seizing force right after the verb
    disrupt_fight_kinds: frozenset[str] = frozenset()   # a fight in the sentence: the weapon was its loot
    disrupt_weapon_keys: frozenset[str] = frozenset()   # the trigger families that name a weapon
    demolition_keys: frozenset[str] = frozenset()   # the blast families whose object may be a building
    wreck_keys: frozenset[str] = frozenset()        # "تدمير", "أحرقوا": property destroyed (destruction_outcome)
    wreck_deed_kinds: frozenset[str] = frozenset()  # a deed of these kinds in its sentence did the destroying
    demolition_words: frozenset[str] = frozenset()  # "فجروا", "تفجير": the blasting verbs and verbal nouns
    demolition_buildings: frozenset[str] = frozenset()  # "منازل", "مبنى": a building blown up
    demolition_victims: frozenset[str] = frozenset()    # "قتلى", "جرحى": someone hurt, so an attack
    demolition_trapped: frozenset[str] = frozenset()    # "مفخخين": the building is the bomb
    attack_predicate_verbs: frozenset[str] = frozenset()   # "استهدف": an attack noun's verb of its target
    attack_predicate_nouns: frozenset[str] = frozenset()   # "الهجوم": the attack noun that is its subject
    attack_predicate_reach: int = 0                         # tokens between the attack noun and that verb
    dawn_before: frozenset[str] = frozenset()   # "مع", "عند": a preposition or time word before "فجر" (dawn, no verb)
    dawn_next: tuple[str, ...] = ()             # "اليوم", "الجمعة": a day told after "فجر" (its start, glued too)
    handed_bodies: frozenset[str] = frozenset()  # "جثث", "رفات": the dead named as bodies
    handed_words: frozenset[str] = frozenset()   # "تسليم", "تبادل": bodies handed over or exchanged
    handed_reach: int = 0                        # tokens before the body noun its handover word may stand
    goal_heads: frozenset[str] = frozenset()    # "حتى", "لحين": "until" right before a taking or exit (an end point)
    goal_kinds: frozenset[str] = frozenset()    # the trigger kinds such an end point is read for
    list_breakers: frozenset[str] = frozenset()
    # strike / shelling / attack verbs whose direct object is the place hit ("قصفت قوات النظام قرى X وY")
    object_strike_verbs: frozenset[str] = frozenset()
    count_item_causes: frozenset[str] = frozenset()    # words after a bare count that open a casualty item
    another_happening: tuple[tuple[str, ...], ...] = ()
    protest_cues: frozenset[str] = frozenset()
    # an official's trip ("الرئيس محمود عباس غادر رام الله ... متجها الى القاهرة"): the singular exit verbs and
    # the titles of a person of office before them
    traveller_forms: frozenset[str] = frozenset()
    traveller_titles: frozenset[str] = frozenset()
    # people moving as a Strategic development: the deal / evacuation words of its sentence, the allowing or
    # preventing words of its clause, a surrender's objects, and the kinds that are never an event of their own
    movement_execution: frozenset[str] = frozenset()
    movement_governors: frozenset[str] = frozenset()
    surrender_objects: frozenset[str] = frozenset()
    arrival_kinds: frozenset[str] = frozenset()
    armed_movers: frozenset[str] = frozenset()     # "أن الجيش غادر درعا": a force leaving
    armed_mover_reach: int = 0
    arrival_execution: frozenset[str] = frozenset()    # "قافلة من مهجري القلمون": the displaced of a deal arrive
    forced_exit: frozenset[str] = frozenset()      # "أجبر النظام على الانسحاب": an attack's outcome
    forced_exit_reach: int = 0
    event_date_labels: tuple[tuple[str, ...], ...] = ()
    report_window_days: int = 0
    background_cues: frozenset[str] = frozenset()
    earlier_words: frozenset[str] = frozenset()
    former_heads: frozenset[str] = frozenset()
    mentioned_after: frozenset[str] = frozenset()
    mentioned_heads: frozenset[str] = frozenset()
    background_days: int = 0
    undated_background_days: int = 0
    pluperfect_recall_days: int = 0
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
    data = read_shared(LEXICON)
    phrases: dict[str, list[tuple[tuple[str, ...], Trigger, str]]] = {}
    headline: dict[str, list[tuple[tuple[str, ...], Trigger, str]]] = {}
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
            requires_clause=_ks(t.get("requires_clause")),
            reject_clause=_ks(t.get("reject_clause")), not_before=_ks(t.get("not_before")),
            reject_sentence=_ks(t.get("reject_sentence")), reject_sentence_seqs=_seqs(t.get("reject_sentence_phrases")),
            light_verb=bool(t.get("light_verb")),
            idle_clause=_ks(t.get("idle_clause")),
            idle_negations=_ks(t.get("idle_negations")),
            device_forms=_ks(t.get("device_forms")), device_outcome=_ks(t.get("device_outcome")),
            device_purpose=frozenset(normalize(str(w)) for w in t.get("device_purpose") or ()),
            setting_before=frozenset(normalize(str(w)) for w in t.get("setting_before") or ()),
            setting_kinds=frozenset(str(w) for w in t.get("setting_kinds") or ()),
            deploy_clause=_ks(t.get("deploy_clause")), deploy_weapons=_ks(t.get("deploy_weapons")),
            weapon_not_before=_ks(t.get("weapon_not_before")),
            intercept_clause=_seqs(t.get("intercept_clause")), intercept_forms=_ks(t.get("intercept_forms")),
            intercept_unless=_ks(t.get("intercept_unless")), intercept_agent=_ks(t.get("intercept_agent")),
            worn_clause=_ks(t.get("worn_clause")), worn_blast=_ks(t.get("worn_blast")), worn_self=_ks(t.get("worn_self")),
            killed_by=_ks(t.get("killed_by")), killed_reach=int(t.get("killed_reach", 0)),
            killed_among=_ks(t.get("killed_among")),
            released_before=_ks(t.get("released_before")), released_reach=int(t.get("released_reach", 0)),
            released_unless=_ks(t.get("released_unless")),
            released_sought=frozenset(normalize(str(w)) for w in t.get("released_sought") or ()),
            killed_unless=_ks(t.get("killed_unless")),
            verb_only=_ks(t.get("verb_only")),
            backed_forms=_ks(t.get("backed_words")) | frozenset(" ".join(q) for q in _seqs(t.get("backed_phrases"))),
            backed_by=_ks(t.get("backed_by")),
            name_before=frozenset(normalize(str(w)) for w in t.get("name_before") or ()),
            people_forms=_ks(t.get("people_words")), counted_by=_ks(t.get("counted_by")),
            headline_only=_ks(t.get("headline_words")), headline_dated=bool(t.get("headline_dated")),
            armed_victims=_ks(t.get("armed_victims")), armed_victims_reach=int(t.get("armed_victims_reach", 0)),
            object_told=bool(t.get("object_told")),
        )
        for w in t.get("headline_words", []):
            headline.setdefault(_k(w), []).append(((_k(w),), trig, _k(w)))
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
        phrases=phrases, headline_phrases=headline, refine=refine, objects=_ks(data["objects"]),
        generic={k: _ks(v) for k, v in g.items()}, first_person=_ks(data["first_person"]),
        agent_cues=_seqs(data["agent_cues"]), target_cues=_ks(data["target_cues"]),
        place_in=_ks(data["place_in"]), place_from=_ks(data["place_from"]),
        near_before_from=_ks(data.get("near_before_from")), place_to=_ks(data["place_to"]),
        place_nouns=_ks(data["place_nouns"]), target_nouns=_ks(data["target_nouns"]),
        place_list_nouns=_ks(data.get("place_list_nouns")),
        count_item_causes=_ks(data.get("count_item_causes")),
        date_not_inherited=_seqs(data["date_not_inherited"]), date_inherited=_seqs(data["date_inherited"]),
        aggregate=_ks(data["aggregate_cues"]), since_words=_ks(data.get("since_words")),
        scope_start=str(data.get("scope_start", "0000")), theatre=frozenset(data.get("theatre_countries", ())),
        fallback=frozenset(data.get("theatre_countries", ())) | frozenset(data.get("fallback_countries", ())),
        other_sense_kinds=frozenset(data.get("other_sense_kinds", ())), other_sense=_ks(data.get("other_sense_words")),
        other_sense_crowd=_ks(data.get("other_sense_crowd")), other_sense_crowd_exempt=_ks(data.get("other_sense_crowd_exempt")),
        needs_theatre=frozenset(data.get("needs_theatre_kinds", ())),
        common_places=frozenset(normalize(str(w)) for w in data.get("common_word_places", ())),
        speech_verbs=_ks(data.get("speech_verbs")), state_act_verbs=_ks(data.get("state_act_verbs")),
        not_place_heads=_ks(data.get("not_place_heads")), talks_heads=_ks(data.get("talks_heads")),
        talks_held_verbs=_ks(data.get("talks_held_verbs")), talks_held_reach=int(data.get("talks_held_reach", 8)),
        dual_place_nouns={normalize(str(k)): frozenset(normalize(str(w)) for w in v)
                          for k, v in (data.get("dual_place_nouns") or {}).items()},
        dual_pointers=frozenset(normalize(str(w)) for w in data.get("dual_pointers") or ()),
        dual_pair_reach=int(data.get("dual_pair_reach", 600)), backing_words=frozenset(normalize(str(w)) for w in data.get("backing_words") or ()),
        loyal_words=_ks(data.get("loyal_words")), media_told_cues=_ks(data.get("media_told_cues")),
        media_told_reach=int(data.get("media_told_reach", 8)),
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
        founding_cues=frozenset(normalize(str(w)).lower() for w in data.get("founding_cues", ())),
        post_labels=tuple(normalize(str(w)) for w in data.get("post_stamp_labels", ())),
        dateline_words=frozenset(normalize(str(w)) for w in data.get("dateline_words", ())),
        account_sources=_seqs(data.get("account_sources")),
        related_headers=_seqs(data.get("related_headers")),
        people_of=_ks(data.get("people_of")),
        convoy_nouns=_ks(data.get("convoy_nouns")),
        carry_cues=_ks(data.get("carry_cues")),
        origin_people_nouns=_ks(data.get("origin_people_nouns")),
        origin_people_plurals=_ks(data.get("origin_people_plurals")),
        origin_age_words=_ks(data.get("origin_age_words")),
        origin_before_from=frozenset(normalize(str(w)) for w in data.get("origin_before_from", ())),
        moved_to_cues=_ks(data.get("moved_to_cues")),
        media_nouns=_ks(data.get("media_nouns")),
        toll_nouns=_ks(data.get("toll_nouns")),
        fall_forms=_ks(data.get("fall_forms")), fall_tolls=_ks(data.get("fall_tolls")),
        fall_into=_ks(data.get("fall_into")), fall_into_reach=int(data.get("fall_into_reach", 0)),
        toll_causes=_seqs(data.get("toll_causes")), toll_cause_preps=_ks(data.get("toll_cause_preps")),
        toll_cause_verbs=_ks(data.get("toll_cause_verbs")),
        civilian_targets=_ks(data.get("civilian_targets")),
        civilian_vehicles=_ks(data.get("civilian_vehicles")), carry_verbs=_seqs(data.get("carry_verbs")),
        carried_reach=int(data.get("carried_reach", 0)),
        struck_structures=_ks(data.get("struck_structures")),
        struck_structure_reach=int(data.get("struck_structure_reach", 0)),
        structure_fight_words=_ks(data.get("structure_fight_words")),
        civilian_target_cues=_ks(data.get("civilian_target_cues")),
        force_name_next=_ks(data.get("force_name_next")),
        unfought_heads=_ks(data.get("unfought_heads")), unfought_fillers=_ks(data.get("unfought_fillers")),
        unfought_nouns=_ks(data.get("unfought_nouns")), unfought_after=_ks(data.get("unfought_after")),
        unfought_exits=_ks(data.get("unfought_exits")), hostages=_ks(data.get("hostages")),
        gunmen_holders=frozenset(normalize(str(w)) for w in data.get("gunmen_holders") or ()),
        state_holders=_ks(data.get("state_holders")),
        detained_each_other=_seqs(data.get("detained_each_other")),
        killer_markers=_seqs(data.get("killer_markers")), armed_victims=_ks(data.get("armed_victims")),
        fight_words=_ks(data.get("fight_words")),
        disaster_lead_words=_ks(data.get("disaster_lead_words")),
        disaster_lead_chars=int(data.get("disaster_lead_chars", 0)),
        disaster_lead_min=int(data.get("disaster_lead_min", 1)),
        toll_events=_ks(data.get("toll_events")),
        same_day=_seqs(data.get("same_day_phrases")),
        day_offsets=tuple((tuple(_k(w) for w in str(k).split()), int(v))
                          for k, v in (data.get("day_offsets") or {}).items()),
        duration_verbs=_ks(data.get("duration_verbs")),
        happening_verbs=_ks(data.get("happening_verbs")),
        duration_units={_k(k): int(v) for k, v in (data.get("duration_units") or {}).items()},
        lapse_openers=_ks(data.get("lapse_openers")),
        lapse_units={_k(k): int(v) for k, v in (data.get("lapse_units") or {}).items()},
        lapse_counted=_ks(data.get("lapse_counted")),
        next_day_openers=_seqs(data.get("next_day_openers")),
        place_topic=_ks(data.get("place_topic_cues")),
        backer_cues=_ks(data.get("backer_cues")),
        besieger_cues=_ks(data.get("besieger_cues")),
        besieger_verbs=_ks(data.get("besieger_verbs")),
        held_nouns=frozenset(normalize(w) for w in data.get("held_nouns", ())),
        held_from=frozenset(normalize(w) for w in data.get("held_from", ())),
        held_taken=_ks(data.get("held_taken")),
        siege_break=_ks(data.get("siege_break_words")),
        disrupt_words=_ks((data.get("disrupted_weapons") or {}).get("words")),
        disrupt_fillers=_ks((data.get("disrupted_weapons") or {}).get("fillers")),
        disrupt_subjects=_ks((data.get("disrupted_weapons") or {}).get("subjects")),
        disrupt_fight_kinds=frozenset((data.get("disrupted_weapons") or {}).get("fight_kinds", ())),
        disrupt_weapon_keys=frozenset((data.get("disrupted_weapons") or {}).get("weapon_keys", ())),
        demolition_keys=frozenset((data.get("demolition") or {}).get("keys", ())),
        wreck_keys=frozenset((data.get("destruction_outcome") or {}).get("keys", ())),
        wreck_deed_kinds=frozenset((data.get("destruction_outcome") or {}).get("deed_kinds", ())),
        demolition_words=_ks((data.get("demolition") or {}).get("words")),
        demolition_buildings=_ks((data.get("demolition") or {}).get("buildings")),
        demolition_victims=_ks((data.get("demolition") or {}).get("victims")),
        demolition_trapped=_ks((data.get("demolition") or {}).get("booby_trapped")),
        attack_predicate_verbs=_ks((data.get("attack_predicate") or {}).get("verbs")),
        attack_predicate_nouns=_ks((data.get("attack_predicate") or {}).get("nouns")),
        attack_predicate_reach=int((data.get("attack_predicate") or {}).get("reach", 0)),
        dawn_before=frozenset(normalize(w) for w in (data.get("dawn_reading") or {}).get("before", ())),
        dawn_next=tuple(normalize(w) for w in (data.get("dawn_reading") or {}).get("next", ())),
        handed_bodies=_ks((data.get("handed_bodies") or {}).get("bodies")),
        handed_words=_ks((data.get("handed_bodies") or {}).get("handover")),
        handed_reach=int((data.get("handed_bodies") or {}).get("reach", 0)),
        goal_heads=frozenset(normalize(w) for w in (data.get("goal_until") or {}).get("heads", ())),
        goal_kinds=frozenset((data.get("goal_until") or {}).get("kinds", ())),
        list_breakers=_ks(data.get("place_list_breakers")),
        object_strike_verbs=_ks(data.get("place_object_strike_verbs")),
        another_happening=_seqs(data.get("another_happening_joiners")),
        protest_cues=_ks(data.get("protest_cues")),
        traveller_forms=frozenset(normalize(w) for w in (data.get("official_trip") or {}).get("forms", ())),
        traveller_titles=_ks((data.get("official_trip") or {}).get("titles")),
        movement_execution=_ks((data.get("movement_event") or {}).get("execution")),
        movement_governors=_ks((data.get("movement_event") or {}).get("governors")),
        surrender_objects=_ks((data.get("movement_event") or {}).get("handover_objects")),
        arrival_kinds=frozenset((data.get("movement_event") or {}).get("arrival_kinds", ())),
        armed_movers=_ks((data.get("movement_event") or {}).get("armed_movers")),
        armed_mover_reach=int((data.get("movement_event") or {}).get("armed_mover_reach", 0)),
        arrival_execution=_ks((data.get("movement_event") or {}).get("arrival_execution")),
        forced_exit=_ks((data.get("movement_event") or {}).get("forced")),
        forced_exit_reach=int((data.get("movement_event") or {}).get("forced_reach", 0)),
        event_date_labels=_seqs(data.get("event_date_labels")),
        report_window_days=int(data.get("report_window_days", 0)),
        background_cues=_ks(data.get("background_cues")),
        earlier_words=_ks(data.get("earlier_words")), former_heads=_ks(data.get("former_heads")),
        mentioned_after=_ks(data.get("mentioned_after")), mentioned_heads=_ks(data.get("mentioned_heads")),
        background_days=int(data.get("background_days", 0)),
        undated_background_days=int(data.get("undated_background_days", 0)),
        pluperfect_recall_days=int(data.get("pluperfect_recall_days", 0)),
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


# per phrase list (by identity): the first words of its phrases, and whether one is empty
_FIRSTS: dict[int, tuple[tuple[tuple[str, ...], ...], frozenset[str], bool]] = {}


def _first_words(seqs: tuple[tuple[str, ...], ...]) -> tuple[frozenset[str], bool]:
    """The first words of ``seqs`` and whether one of them is empty (it matches anywhere)."""
    hit = _FIRSTS.get(id(seqs))
    if hit is None or hit[0] is not seqs:
        hit = _FIRSTS[id(seqs)] = (seqs, frozenset(seq[0] for seq in seqs if seq), any(not seq for seq in seqs))
    return hit[1], hit[2]
