"""Typing: the ACLED event_type / sub_event_type of a candidate from its trigger kind, its means
(event_means.yaml), its toll and its actors, with the crowd-attack rule (an attack on demonstrators).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from rasd.data import read_shared, word_list
from rasd.extract.counts import find_quantities
from rasd.extract.events.actors import CIVILIANS_ID, PROTESTERS_ID
from rasd.extract.events.context import STATE_TYPES, _DocContext
from rasd.extract.events.dates import _protest_goes_out
from rasd.extract.events.lexicons import LEXICON, _ELex, _first_words, _k, _keys, _ks, _split_type
from rasd.extract.events.sentences import _Cand, _Sent
from rasd.extract.events.triggers import _clause_keys, _tok_index
from rasd.extract.verbs import is_verb_or_joined
from rasd.text.normalize import normalize
from rasd.text.tokens import drop_conjunction, token_norm, token_start

# a prepared / foiled operation or a negotiated exit is a strategic development; an intended take-over is not an event
PLANNED_TO_OTHER = frozenset({"clash", "attack", "remote", "exit"})
EXCESSIVE_FORCE = "Excessive force against protesters"
REFINE_REACH = 25                   # tokens around a trigger a sentence-wide refine word is looked for


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
    supplies: frozenset[str]
    supplies_reach: int
    downing: frozenset[str]
    downing_reach: int
    downing_means_reach: int
    aircraft: frozenset[str]
    sniper: frozenset[str]                  # exact normalised forms (no clitic-free reading)
    sniper_verbs: frozenset[str]
    person_shots: frozenset[str]            # exact forms: one round ("بطلقة"), aimed at a person
    prepared_after: frozenset[str]          # "بعد التمهيد للتقدم": the fire an assault followed
    prepared_nouns: frozenset[str]
    prepared_for: frozenset[str]
    prepared_reach: int
    sniper_reach: int
    sniper_forces: frozenset[str]
    terror: frozenset[str]
    terror_forces: frozenset[str]
    terror_reach: int
    fought_verbs: frozenset[str]            # exact normalised forms
    fought_clash: frozenset[str]
    fought_blasts: frozenset[str]
    fought_means: frozenset[str]
    massacre_ground: frozenset[str]
    drones: frozenset[str]                  # "استطلاع", "مسيرة": a downed aircraft that flies unmanned
    unmanned: frozenset[str]                # "طيار" after "بدون": an aircraft with no pilot
    unmanned_heads: frozenset[str]
    killer_aircraft: frozenset[str]         # "طائرة", "غارة": the subject of a killing verb that struck from the air
    comma_markers: frozenset[str]           # "جراء", "نتيجة": a cause told after a comma is the toll's
    comma_reach: int
    sideless_dead: frozenset[str]           # "أشخاص": the dead told only as persons
    lone_attackers: frozenset[str]          # "المهاجم", "المعتدي": one person told as the attacker
    unknown_homes: frozenset[str]           # "منزلا": a home unidentified attackers hit is its household hit
    unknown_storming: frozenset[str]        # "اقتحموا": the storming verbs of the clash trigger
    sideless_means: frozenset[str]          # "برصاص", "طعنا": how a one-sided killing was done
    landing_verbs: frozenset[str]           # exact normalised forms ("تستهدف", "باستهداف")
    landing: frozenset[str]                 # "إنزال": an airborne landing, read after landing_heads / before landing_air
    landing_heads: frozenset[str]
    landing_air: frozenset[str]
    landing_unless: frozenset[str]          # a strike, shell or warplane in the clause: the remote type stays
    bare_verbs: frozenset[str]              # exact normalised forms ("استهدف", "باستهداف")
    bare_reach: int
    bare_posts: frozenset[str]              # "حاجز", "دورية": a force's post or patrol as the object
    bare_post_heads: frozenset[str]         # "نقطة": a post only before one of bare_post_kinds
    bare_post_kinds: frozenset[str]
    bare_vehicles: frozenset[str]           # "سيارة", "آلية": whose it was decides
    bare_owner_reach: int
    bare_motives: frozenset[str]            # "ردا", "انتقاما": a means after one is what the deed answered
    bare_post_dead: frozenset[str]          # "شرطي", "جنود": the post's own people told hit
    raid_nouns: frozenset[str]              # "غارة": a raid or an air strike
    raid_forces: frozenset[str]             # "الشرطة", "الداخلية": a security force carrying it out
    raid_armed: frozenset[str]              # "مقاتلي", "مسلحين": armed men it hit
    raid_armed_reach: int                   # tokens either side of the raid noun they are read in
    friendly_nouns: frozenset[str]          # "نيران": fire ...
    friendly_adjectives: frozenset[str]     # ... "صديقة": friendly fire


@lru_cache(maxsize=1)
def _means_lex() -> _MeansLex:
    data = read_shared(MEANS)
    return _MeansLex(markers=_ks(data["toll_cause_markers"]), reach=int(data["toll_cause_reach"]),
                     clash=_ks(data["toll_clash_words"]),
                     means=tuple((_ks(g["words"]), *_split_type(g["type"])) for g in data["toll_means"]),
                     dropped=_ks(data["dropped_munitions"]), shootdown_nouns=_ks(data["shootdown_nouns"]),
                     equipped=_ks(data["equipped_with"]), outcome_verbs=_ks(data["toll_outcome_verbs"]),
                     outcome_reach=int(data["toll_outcome_reach"]), supplies=_ks(data["dropped_supplies"]),
                     supplies_reach=int(data["dropped_supplies_reach"]), downing=_ks(data["downing_verbs"]),
                     downing_reach=int(data["downing_reach"]),
                     downing_means_reach=int(data["downing_means_reach"]), aircraft=_ks(data["aircraft_nouns"]),
                     sniper=frozenset(normalize(str(w)) for w in data["sniper_words"]),
                     sniper_verbs=frozenset(normalize(str(w)) for w in data["sniper_target_verbs"]),
                     person_shots=frozenset(normalize(str(w)) for w in data["sniper_person_shots"]),
                     prepared_after=_ks(data["prepared_after"]), prepared_nouns=_ks(data["prepared_nouns"]),
                     prepared_for=_ks(data["prepared_for"]), prepared_reach=int(data["prepared_reach"]),
                     sniper_reach=int(data["sniper_reach"]),
                     sniper_forces=_ks(data["sniper_forces"]), terror=_ks(data["terror_adjectives"]),
                     terror_forces=_ks(data["terror_force_words"]), terror_reach=int(data["terror_force_reach"]),
                     fought_verbs=frozenset(normalize(str(w)) for w in data["fought_target_verbs"]),
                     fought_clash=_ks(data["fought_target_clash"]), fought_blasts=_ks(data["fought_target_blasts"]),
                     fought_means=_ks(data["fought_target_means"]),
                     massacre_ground=_ks(data["massacre_ground_words"]),
                     drones=_ks(data["downed_drones"]["words"]), unmanned=_ks(data["downed_drones"]["unmanned"]),
                     unmanned_heads=_ks(data["downed_drones"]["unmanned_heads"]),
                     killer_aircraft=_ks(data["killer_aircraft"]),
                     comma_markers=_ks(data["toll_comma_markers"]), comma_reach=int(data["toll_comma_reach"]),
                     sideless_dead=_ks(data["sideless_dead"]), sideless_means=_ks(data["sideless_means"]),
                     lone_attackers=_ks(data["lone_attackers"]),
                     unknown_homes=_ks(data["unknown_attack_homes"]),
                     unknown_storming=_ks(data["unknown_storming"]),
                     landing_verbs=frozenset(normalize(str(w)) for w in data["landing_target_verbs"]),
                     landing=_ks(data["landing_words"]), landing_heads=_ks(data["landing_heads"]),
                     landing_air=_ks(data["landing_air"]), landing_unless=_ks(data["landing_unless"]),
                     bare_verbs=frozenset(normalize(str(w)) for w in data["bare_target_verbs"]),
                     bare_reach=int(data["bare_target_reach"]), bare_posts=_ks(data["bare_target_posts"]),
                     bare_post_heads=_ks(data["bare_target_post_heads"]),
                     bare_post_kinds=_ks(data["bare_target_post_kinds"]),
                     bare_vehicles=_ks(data["bare_target_vehicles"]),
                     bare_owner_reach=int(data["bare_target_vehicle_owner_reach"]),
                     bare_motives=_ks(data["bare_target_motives"]),
                     bare_post_dead=_ks(data["bare_target_post_dead"]),
                     raid_nouns=_ks(data["police_raid_nouns"]), raid_forces=_ks(data["police_raid_forces"]),
                     raid_armed=_ks(data["police_raid_armed"]), raid_armed_reach=int(data["police_raid_armed_reach"]),
                     friendly_nouns=_ks(data["friendly_fire_nouns"]),
                     friendly_adjectives=_ks(data["friendly_fire_adjectives"]))


def _sniper_fire(c: _Cand, lex: _ELex) -> bool:
    """A bare targeting verb ("استهدافهم", "يستهدف") whose means, next to it in its clause, is a sniper
    ("برصاص القنص", "قناص ل فيلق الشام يستهدف"): aimed rifle fire, not a shelling or an air strike."""
    ml = _means_lex()
    s, toks = c.sent, c.sent.tokens
    if c.tj - c.ti != 1 or drop_conjunction(toks[c.ti].norm, 0) not in ml.sniper_verbs:
        return False
    near = [k for k in range(max(0, c.ti - ml.sniper_reach), min(len(toks), c.tj + ml.sniper_reach))
            if s.clause[k] == s.clause[c.ti]]
    if any(_keys(toks[k].norm) & (lex.air_words | lex.artillery_words) for k in near):
        return False        # "استهدف بقذائف الهاون ... القناصة": a shell or an aircraft is the means
    shots = {drop_conjunction(toks[k].norm, 0) for k in near}
    if not shots & (ml.sniper | ml.person_shots):
        return False
    if shots & ml.person_shots:
        return True         # "استهدافه بطلقة في الرأس": one round is aimed at a person
    # people hit or aimed at: a toll, fighters, forces or civilians in the clause (not buildings or vehicles)
    people = (lex.generic["civilians"] | lex.generic["fighters"] | lex.civilian_victims | lex.armed_victims
              | ml.sniper_forces)
    return bool(_clause_keys(s, c.ti) & people) or any(p.trig.kind == "casualty" for p in c.merged) or (
        _sniped_vehicle(c, lex) is not None)


def _sniped_vehicle(c: _Cand, lex: _ELex) -> str | None:
    """The sniper's target, right after the targeting verb in its clause, is a vehicle whose owner the sentence
    tells ("قناصة داعش تستهدف سيارات البث الخارجي لقناة العهد"): the fire is aimed at the people in it. "civilians"
    for civilians carried or told as the dead, or a channel, paper or agency owning it (media_nouns), "post" for a
    force's; None for a vehicle of nobody told, or no vehicle (event_means.yaml bare_target_vehicles)."""
    ml = _means_lex()
    s, toks = c.sent, c.sent.tokens
    for k in range(c.tj, min(len(toks), c.tj + ml.sniper_reach)):
        if s.clause[k] != s.clause[c.ti]:
            break
        if drop_conjunction(toks[k].norm, 0) not in ml.bare_vehicles:
            continue
        owner = _vehicle_owner(c, k, lex)
        if owner is None and any(_keys(toks[j].norm) & lex.media_nouns
                                 for j in range(k + 1, min(len(toks), k + 1 + ml.bare_owner_reach))):
            owner = "civilians"     # (a broadcaster's or a paper's vehicle carries its crew)
        return owner
    return None


def _prepared_assault(c: _Cand) -> bool:
    """The remote trigger stands a few tokens after "بعد التمهيد للتقدم" in its sentence ("تصدوا لمحاولة ... التقدم ,
    بعد التمهيد للتقدم بعدد من صواريخ أرض أرض"): the fire opened an assault that followed (event_means.yaml
    prepared_*)."""
    ml = _means_lex()
    toks = c.sent.tokens
    for k in range(max(1, c.ti - ml.prepared_reach), c.ti - 1):
        if (_keys(toks[k].norm) & ml.prepared_nouns and _keys(toks[k - 1].norm) & ml.prepared_after
                and _keys(toks[k + 1].norm) & ml.prepared_for):
            return True
    return False


def _shot_unarmed(c: _Cand, lex: _ELex) -> bool:
    """One round is the means ("اغتال مجهولون الإمام ... بعد استهدافه بطلقة في الرأس") and the clause names no
    fighter, commander, officer or soldier: the person shot bore no arms (read as an assassination's victim is,
    event_triggers.yaml assassination armed_victims: a title alone is no arms)."""
    ml = _means_lex()
    s, toks = c.sent, c.sent.tokens
    clause = [k for k in range(len(toks)) if s.clause[k] == s.clause[c.ti]]
    if not any(drop_conjunction(toks[k].norm, 0) in ml.person_shots for k in clause):
        return False
    return not any(_keys(toks[k].norm) & (lex.armed_victims | lex.generic["fighters"]) for k in clause)


# (per lexicon, the lexicon kept with it so that its id is not reused: the scan of every phrase ran per candidate)
_ASSASSINATION_OF: dict[int, tuple[_ELex, tuple[frozenset[str], frozenset[str], int] | None]] = {}


def _assassination_trigger(lex: _ELex) -> tuple[frozenset[str], frozenset[str], int] | None:
    """The words of the assassination trigger (event_triggers.yaml key assassination), its armed victim words and
    their reach; None when the lexicon has no such trigger. Read once per lexicon."""
    known = _ASSASSINATION_OF.get(id(lex))
    if known is None or known[0] is not lex:
        known = _ASSASSINATION_OF[id(lex)] = (lex, _read_assassination_trigger(lex))
    return known[1]


def _read_assassination_trigger(lex: _ELex) -> tuple[frozenset[str], frozenset[str], int] | None:
    words: set[str] = set()
    found = None
    for entries in lex.phrases.values():
        for seq, trig, _form in entries:
            if trig.key == "assassination" and len(seq) == 1:
                words.update(seq)
                found = trig
    if found is None:
        return None
    return frozenset(words), found.armed_victims, found.armed_victims_reach


def _assassination_aimed(c: _Cand, lex: _ELex) -> tuple[str, str] | None:
    """A bare targeting verb whose subject, right before it, is an assassination ("عمليات اغتيال استهدفت مدير دار
    الأوقاف"): the deed is the assassination, typed as that trigger types it (its victim told by an armed word
    within its reach: a battle; else one side on an unarmed person), not a shelling. None otherwise."""
    ml = _means_lex()
    s, toks = c.sent, c.sent.tokens
    if c.tj - c.ti != 1 or drop_conjunction(toks[c.ti].norm, 0) not in ml.sniper_verbs or c.ti == 0:
        return None
    found = _assassination_trigger(lex)
    if found is None:
        return None
    words, armed, reach = found
    if not any(_keys(toks[k].norm) & words for k in range(max(0, c.ti - 2), c.ti) if s.clause[k] == s.clause[c.ti]):
        return None
    if any(_keys(toks[k].norm) & armed for k in range(c.tj, min(len(toks), c.tj + reach))
           if s.clause[k] == s.clause[c.ti]):
        return "Battles", "Armed clash"
    return "Violence against civilians", "Attack"


def _landing_raid(c: _Cand, lex: _ELex) -> bool:
    """A bare targeting verb ("تستهدف", "باستهداف") in a date clause that tells an airborne landing ("عملية إنزال
    جوي ضد تنظيم داعش ... تستهدف أحد مقرات التنظيم") and no strike, shell or warplane: troops set down on the
    ground raid the target (event_means.yaml landing_*)."""
    ml = _means_lex()
    s, toks = c.sent, c.sent.tokens
    if c.tj - c.ti != 1 or drop_conjunction(toks[c.ti].norm, 0) not in ml.landing_verbs:
        return False
    dcl = s.dclause or s.clause
    span = [k for k in range(len(toks)) if dcl[k] == dcl[c.ti]]
    if any(_keys(toks[k].norm) & (ml.landing_unless | lex.artillery_words) for k in span):
        return False
    return any(_keys(toks[k].norm) & ml.landing and (
        k + 1 < len(toks) and _keys(toks[k + 1].norm) & ml.landing_air
        or k > 0 and _keys(toks[k - 1].norm) & ml.landing_heads) for k in span)


def _fought_target(c: _Cand, lex: _ELex) -> bool:
    """A bare targeting verb ("استهدف") with no shell, rocket or aircraft in its date clause, in a sentence that
    tells fighting ("تخلله اشتباكات عنيفة") or a push along axes ("تهاجم من محورين ; الأول ... يستهدف") and no
    blast: the fire or the aim of a ground attack, not a shelling (event_means.yaml fought_target_*, ground_axes)."""
    ml = _means_lex()
    s, toks = c.sent, c.sent.tokens
    if c.tj - c.ti != 1 or drop_conjunction(toks[c.ti].norm, 0) not in ml.fought_verbs:
        return False
    dcl = s.dclause or s.clause
    means = lex.air_words | lex.artillery_words | ml.fought_means
    if any(dcl[k] == dcl[c.ti] and _keys(t.norm) & means for k, t in enumerate(toks)):
        return False
    keys = set().union(*map(_keys, map(token_norm, toks)))
    # (a push along axes is the fighting told: "قوات النظام تهاجم من محورين ; الأول ... يستهدف جبل الثردة")
    return bool(keys & (ml.fought_clash | _neighbour_lex().ground_axes)) and not keys & ml.fought_blasts


def _bare_target(c: _Cand, lex: _ELex) -> str | None:
    """A bare targeting verb ("استهدف", "باستهداف") whose sentence names no means at all (no shell, rocket,
    aircraft, bombardment, blast, bomb or sniper): what its object right after it is. "post" for a checkpoint,
    a security point or a patrol ("باستهداف نقطة أمنية"), "civilians" for a civilian place or a bus told
    carrying people ("استهدف أتوبيسا كان يقل أقباطا"), None otherwise (event_means.yaml bare_target_*)."""
    ml = _means_lex()
    s, toks = c.sent, c.sent.tokens
    if c.tj - c.ti != 1 or drop_conjunction(toks[c.ti].norm, 0) not in ml.bare_verbs:
        return None
    means = (lex.air_words | lex.artillery_words | ml.fought_means | ml.fought_blasts | ml.landing_unless
             | ml.dropped)
    if any((_keys(t.norm) & means and not any(_keys(toks[j].norm) & ml.bare_motives for j in range(max(0, k - 2), k)))
           or drop_conjunction(t.norm, 0) in ml.sniper for k, t in enumerate(toks)):
        return None         # (a means told as what the deed answered, "ردا على القصف", is not its own)
    named = _place_name_tokens(s)
    clause = s.clause[c.ti]
    for k in range(c.tj, min(len(toks), c.tj + ml.bare_reach)):
        if s.clause[k] != clause:
            break
        if k in named:
            continue
        keys = _keys(toks[k].norm)
        keys |= {w[:-1] for w in keys if w.endswith("ا")}     # the indefinite object: "أتوبيسا", "حاجزا"
        if keys & ml.bare_post_heads:
            if k + 1 < len(toks) and _keys(toks[k + 1].norm) & ml.bare_post_kinds:
                return "post"
        elif keys & ml.bare_posts:
            return "post"
        if keys & lex.civilian_targets or keys & lex.civilian_vehicles and _carried_civilians(s, k, lex):
            return "civilians"
        if keys & ml.bare_vehicles:
            return _vehicle_owner(c, k, lex)
    return None


def _post_dead_told(c: _Cand) -> bool:
    """The targeted post's own people told hit in the trigger's clause ("مقتل شرطي وإصابة 4 باستهداف نقطة
    أمنية"): the force is the side attacked (event_means.yaml bare_target_post_dead)."""
    return bool(_clause_keys(c.sent, c.ti) & _means_lex().bare_post_dead)


def _police_raid(c: _Cand, lex: _ELex) -> bool:
    """A bare raid noun ("غارة") whose clause names a police or security force and, next to it, armed men it hit, in a sentence
    that names no aircraft or air word but raid nouns ("وزارة الداخلية تعلن عن مقتل 7 من مقاتلي داعش خلال غارة على
    الجبال"): a ground raid of the force, not an air strike (event_means.yaml police_raid_*)."""
    ml = _means_lex()
    s, toks = c.sent, c.sent.tokens
    if c.tj - c.ti != 1 or not _keys(toks[c.ti].norm) & ml.raid_nouns:
        return False
    air = lex.air_words - ml.raid_nouns
    if any(_keys(t.norm) & air and not _keys(t.norm) & ml.raid_nouns for t in toks):
        return False
    clause = s.clause[c.ti]
    near = {w for k in range(max(0, c.ti - ml.raid_armed_reach), min(len(toks), c.tj + ml.raid_armed_reach))
            if s.clause[k] == clause for w in _keys(toks[k].norm)}
    return bool(_clause_keys(s, c.ti) & ml.raid_forces and near & ml.raid_armed)


def _friendly_fire(c: _Cand) -> bool:
    """The trigger's clause calls the deed friendly fire ("في حادثة \" نيران صديقة \""): a fire noun, then (past any
    quote marks) a "friendly" adjective (event_means.yaml friendly_fire_*)."""
    ml = _means_lex()
    s, toks = c.sent, c.sent.tokens
    clause = s.clause[c.ti]
    words = [k for k in range(len(toks)) if s.clause[k] == clause and any(ch.isalpha() for ch in toks[k].norm)]
    return any(_keys(toks[k].norm) & ml.friendly_nouns and _keys(toks[n].norm) & ml.friendly_adjectives
               for k, n in zip(words, words[1:], strict=False))


def _vehicle_owner(c: _Cand, k: int, lex: _ELex) -> str | None:
    """Whose the targeted vehicle at token k was, told by the sentence: an armed side named a few words after it
    ("سيارة تابعة للمعارضة") or dead told as fighters make it "post" (a force's), civilians told as the dead
    (and no fighter) "civilians"; None when nobody is told."""
    ml = _means_lex()
    s, toks = c.sent, c.sent.tokens
    if _carried_civilians(s, k, lex):
        return "civilians"      # "سيارة تقل مدنيين"
    hi = min(len(toks), k + 1 + ml.bare_owner_reach)
    if any(m.type in ARMED_TYPES and toks[k].end <= m.start < toks[hi - 1].end for m in s.mentions):
        return "post"
    # the people told after the vehicle (the attackers named before it are not its passengers)
    keys = set().union(*map(_keys, map(token_norm, toks[k + 1:])))
    if keys & lex.armed_victims:
        return "post"
    if keys & (lex.civilian_victims | lex.generic["civilians"]):
        return "civilians"
    return None


def _terror_attack(c: _Cand) -> bool:
    """The attack noun is qualified "terrorist" by the word right after it ("الهجوم الإرهابي", "هجمات
    إرهابية") and no force is told after it as its target or its dead: an attack on people, one armed side."""
    ml = _means_lex()
    toks = c.sent.tokens
    if c.tj >= len(toks) or not _keys(toks[c.tj].norm) & ml.terror:
        return False
    return not any(_keys(t.norm) & ml.terror_forces for t in toks[c.tj + 1:c.tj + 1 + ml.terror_reach])


def _lone_attacker(c: _Cand, lex: _ELex) -> bool:
    """The sentence tells one person as the attacker ("قبل أن تتمكن الشرطة من قتل المهاجم", "بينهم المعتدي ورجل
    شرطة"), or unidentified attackers and no other armed men ("لقي خمسة أشخاص ... مصرعهم في هجوم شنه مسلحون
    مجهولون"), and persons or civilians as those hurt, names no armed group and tells no fighting: attackers on
    people (event_means.yaml lone_attackers, event_triggers.yaml generic_actors.unidentified), not two organised
    armed sides."""
    ml = _means_lex()
    s = c.sent
    keys = _sent_keys(s)
    if keys & ml.lone_attackers:
        if not keys & _people_hurt(lex) or any(m.type == "ARMED_GROUP" for m in s.mentions):
            return False
    elif not (keys & lex.generic["unidentified"] and _unknown_attackers_on(c, lex, _people_hurt(lex))):
        return False
    # (the attack's own noun, "هجوم مسلح", is no fight of two sides)
    return keys.isdisjoint(_two_sided_fights(lex))


_LEX_SETS: dict[str, tuple[_ELex, frozenset[str]]] = {}     # per-lexicon unions, built once (the lexicon held)


def _per_lex(name: str, lex: _ELex, build: Callable[[_ELex], frozenset[str]]) -> frozenset[str]:
    """The set ``build(lex)``, made once for the lexicon ``lex`` (rebuilt when another lexicon asks)."""
    held = _LEX_SETS.get(name)
    if held is None or held[0] is not lex:
        held = _LEX_SETS[name] = (lex, build(lex))
    return held[1]


def _people_hurt(lex: _ELex) -> frozenset[str]:
    """The words of persons or civilians told as those hurt (_lone_attacker)."""
    return _per_lex("people", lex, lambda x: _means_lex().sideless_dead | x.generic["civilians"] | x.civilian_victims)


def _two_sided_fights(lex: _ELex) -> frozenset[str]:
    """The words of fighting, less the attack's own nouns ("هجوم مسلح" is no fight of two sides)."""
    return _per_lex("fights", lex, lambda x: frozenset(x.fight_words - _acts_lex().attack_nouns))


def _unknown_attackers_on(c: _Cand, lex: _ELex, people: frozenset[str]) -> bool:
    """Unidentified attackers are the only armed men near the trigger ("في هجوم شنه مسلحون مجهولون", "قتل
    مجهولون"), and persons or civilians are told there as those hurt. Near: the clauses of the trigger and of
    the unidentified words, and one clause either side (a teaser glued before, "استراتيجية تستهدف تنظيم داعش
    ... لقي خمسة أشخاص ... في هجوم شنه مسلحون مجهولون", is another item). There every armed word stands next to
    the unidentified word that names them, no armed group is named, and no force, armed post or patrol is told:
    a soldier, a policeman or a checkpoint hit by unidentified gunmen ("لقي شرطي حتفه في هجوم شنه مسلحان
    مجهولان") stays a battle, as ACLED codes an attack on a force by unidentified gunmen."""
    s, toks = c.sent, c.sent.tokens
    unknown = lex.generic["unidentified"]
    held = {s.clause[c.ti]} | {s.clause[k] for k, t in enumerate(toks) if _keys(t.norm) & unknown}
    lo, hi = min(held) - 1, max(held) + 1
    near = [k for k in range(len(toks)) if lo <= s.clause[k] <= hi]
    if not any(_keys(toks[k].norm) & (people | _means_lex().unknown_homes) for k in near):
        return False
    a, b = toks[near[0]].start, toks[near[-1]].end
    if any(m.type == "ARMED_GROUP" and a <= m.start < b for m in s.mentions):
        return False
    gl = _gun_lex()
    armed = lex.armed_victims | lex.generic["fighters"] | gl.forces
    for k in near:
        keys = _keys(toks[k].norm)
        if keys & _means_lex().bare_posts:
            return False
        # (the attackers' own words, and a force that tells the news: "وأوضحت الشرطة أن مسلحين مجهولين")
        if keys & armed and not any(0 <= j < len(toks) and _keys(toks[j].norm) & unknown for j in (k - 1, k + 1)) \
                and not (k > 0 and _keys(toks[k - 1].norm) & gl.tellers):
            return False
    return True


def _home_stormed(c: _Cand, lex: _ELex) -> bool:
    """A storming verb of the clash trigger (event_means.yaml unknown_storming) with a home as its object
    ("اقتحموا منزلا", within 3 tokens after it in its clause), unidentified attackers the only armed men near it (_unknown_attackers_on) and no fighting
    told in its clause besides the verb itself."""
    ml = _means_lex()
    s, toks = c.sent, c.sent.tokens
    if not _keys(toks[c.ti].norm) & ml.unknown_storming:
        return False
    # (the object past a subject told after the verb: "اقتحم مسلحون مجهولون منزلا")
    if not any(_keys(toks[k].norm) & ml.unknown_homes for k in range(c.tj, min(len(toks), c.tj + 3))
               if s.clause[k] == s.clause[c.ti]) or not _unknown_attackers_on(c, lex, frozenset()):
        return False
    fights = _two_sided_fights(lex)
    return not any(_keys(t.norm) & fights for k, t in enumerate(toks) if k != c.ti and s.clause[k] == s.clause[c.ti])


def _clause_end_past_dates(s: _Sent, ti: int) -> int:
    """The end (exclusive) of token ti's clause, past a day inserted between commas right after it ("أسقطت
    طائرة , في 1 أغسطس / آب , برميلين": the commas around the day do not part the verb from its object)."""
    toks, clause = s.tokens, s.clause
    end = bisect.bisect_right(clause, clause[ti])
    while end < len(toks):
        nxt = bisect.bisect_right(clause, clause[end])
        inner = [k for k in range(end, nxt) if toks[k].text != ","]
        dated = [k for k in inner if any(d.start <= toks[k].start < d.end for d in s.dates)]
        if not dated or len(inner) - len(dated) > 1 or nxt >= len(toks):
            break       # not a day alone (at most its preposition "في" beside it)
        end = bisect.bisect_right(clause, clause[nxt])
    return end


def _drops_munition(c: _Cand) -> bool:
    """A shoot-down verb whose object is a dropped load ("المروحيات تسقط براميل متفجرة", "أسقطت طائرات
    النظام ... 305 براميل", "أسقطت طائرة , في 1 أغسطس , برميلين"): the aircraft strikes. Not the verbal noun
    "إسقاط" (a downing), nor a load the aircraft carries ("طائرة مزودة برامية قنابل")."""
    ml = _means_lex()
    s, toks = c.sent, c.sent.tokens
    if _keys(toks[c.ti].norm) & ml.shootdown_nouns:
        return False
    for k in range(c.tj, _clause_end_past_dates(s, c.ti)):
        if _keys(toks[k].norm) & ml.dropped:
            return not any(_keys(toks[j].norm) & ml.equipped or _cause_word(toks[j].norm, ml.equipped)
                           for j in range(max(c.tj, k - 2), k + 1))
    return False


def _drops_supplies(c: _Cand) -> bool:
    """A shoot-down verb whose object is a load of supplies ("أسقطت طائرات التحالف مساعدات", "أسقطت
    أسلحة للتنظيم"): an airdrop, not a downing. Not a load the downed aircraft carried ("أسقطت الفصائل
    طائرة محملة بالأسلحة")."""
    ml = _means_lex()
    s, toks = c.sent, c.sent.tokens
    for k in range(c.tj, min(len(toks), c.tj + ml.supplies_reach)):
        if s.clause[k] != s.clause[c.ti]:
            return False
        if _keys(toks[k].norm) & ml.supplies:
            return not any(_keys(toks[j].norm) & ml.equipped or _cause_word(toks[j].norm, ml.equipped)
                           for j in range(max(c.tj, k - 2), k + 1))
    return False


def _aircraft_downed(c: _Cand) -> bool:
    """The strike trigger is a downed aircraft, or the means that downed it: an aircraft word told with a
    shoot-down verb a few words before it, at the trigger or up to downing_means_reach tokens before it in
    its clause ("أسقطت فصائل تديرها تركيا طائرة حربية بصاروخ محمول على الكتف", "تسقط طائرة حربية"). It
    struck nothing (the shoot-down is the clash); not when the clause tells a dropped munition."""
    ml = _means_lex()
    s, toks = c.sent, c.sent.tokens
    clause = s.clause[c.ti]
    # a means told after the aircraft is its instrument ("بصاروخ"), not a strike verb of its own ("ثم قصفت")
    reach = ml.downing_means_reach if toks[c.ti].norm.lstrip("و").startswith("ب") else 0
    for a in range(c.ti, max(-1, c.ti - 1 - reach), -1):
        if s.clause[a] != clause:
            return False
        if not _keys(toks[a].norm) & ml.aircraft:
            continue
        for k in range(a - 1, max(-1, a - 1 - ml.downing_reach), -1):
            if s.clause[k] != clause:
                break
            if _keys(toks[k].norm) & ml.downing:
                return not any(_keys(toks[j].norm) & ml.dropped for j in range(c.tj, len(toks))
                               if s.clause[j] == clause)
    return False


ATTACKED_AIRCRAFT_REACH = 3      # tokens after an attack verb's first subject word its aircraft object is read in


def _aircraft_attacked(c: _Cand, lex: _ELex) -> bool:
    """An attack verb whose object, past its subject, is an aircraft ("هاجم متمردون سوريون طائرة جوية سورية"): fire
    at the aircraft, no strike by it. The aircraft is not the subject (right after the verb: "هاجمت طائرات النظام"),
    not the means ("بطائرة مسيرة") and not past a target cue or a place (the object was another)."""
    ml = _means_lex()
    s, toks = c.sent, c.sent.tokens
    if c.tj - c.ti != 1 or c.tj >= len(toks) or not is_verb_or_joined(toks[c.ti].norm):
        return False
    if s.clause[c.tj] != s.clause[c.ti] or _keys(toks[c.tj].norm) & (lex.air_words | ml.aircraft | lex.target_cues):
        return False
    named = _place_name_tokens(s)
    for k in range(c.tj + 1, min(len(toks), c.tj + 1 + ATTACKED_AIRCRAFT_REACH)):
        keys = _keys(toks[k].norm)
        if s.clause[k] != s.clause[c.ti] or k in named or keys & lex.target_cues:
            return False
        if keys & ml.aircraft:
            return not drop_conjunction(toks[k].norm, 0).startswith("ب")
        if keys & lex.air_words:
            return False
    return False


def _drone_downed(c: _Cand) -> bool:
    """The shoot-down's object, up to downing_reach tokens after the verb in its clause, is a drone ("يسقط
    طائرة استطلاع إسرائيلية من دون طيار", "أسقاط طائرة أستطلاع مزودة برامية قنابل")."""
    ml = _means_lex()
    s, toks = c.sent, c.sent.tokens
    for k in range(c.tj, min(len(toks), c.tj + ml.downing_reach + 2)):
        if s.clause[k] != s.clause[c.ti]:
            return False
        keys = _keys(toks[k].norm)
        if keys & ml.drones or keys & ml.unmanned and k > 0 and _keys(toks[k - 1].norm) & ml.unmanned_heads:
            return True
    return False


def _killed_from_air(c: _Cand) -> bool:
    """A killing verb whose subject, right after it, is an aircraft or an air raid ("قتلت طائرة أمريكية بدون
    طيار ثلاثة من عناصر الحراك", "قتلت غارة جوية خمسة مدنيين"): the deaths are the strike's."""
    toks = c.sent.tokens
    return c.tj < len(toks) and c.sent.clause[c.tj] == c.sent.clause[c.ti] and bool(
        _keys(toks[c.tj].norm) & _means_lex().killer_aircraft) and is_verb_or_joined(toks[c.ti].norm)


def _fell_from_air(c: _Cand, lex: _ELex) -> bool:
    """"سقوط" whose genitive, right after it, is a munition aircraft drop ("تكرر سقوط البراميل المتفجرة على مدينة
    الباب وارتكبت قوات النظام مجزرة"): the toll is the air strike's (barrels: air_words that fall_tolls admit)."""
    toks = c.sent.tokens
    return (c.tj < len(toks) and bool(_keys(toks[c.ti].norm) & lex.fall_forms)
            and bool(_keys(toks[c.tj].norm) & lex.air_words & lex.fall_tolls))


@dataclass(frozen=True, slots=True)
class _GunLex:
    verbs: frozenset[str]
    fire: frozenset[str]
    reach: int
    not_before: frozenset[str]
    not_after: frozenset[str]
    before: int
    after: int
    attack_after: int
    forces: frozenset[str]
    tellers: frozenset[str]
    fight: frozenset[str]


@lru_cache(maxsize=1)
def _gun_lex() -> _GunLex:
    g = read_shared(MEANS)["gunfire"]
    return _GunLex(verbs=_ks(g["verbs"]), fire=_ks(g["fire"]), reach=int(g["reach"]), not_before=_ks(g["not_before"]),
                   not_after=_ks(g["not_after"]), before=int(g["window_before"]), after=int(g["window_after"]),
                   attack_after=int(g["attack_window_after"]), forces=_ks(g["forces"]),
                   tellers=_ks(g["tellers"]), fight=_ks(g["fight"]))


def _gunfire_phrase(s: _Sent, lo: int, hi: int, gl: _GunLex) -> tuple[int, int] | None:
    """(firing word, gunfire word) of the first shooting told in tokens lo..hi ("أطلق مسلحون مجهولون النار",
    "بإطلاق نار", "وفتح النار"): the gunfire up to reach tokens after the verb in its clause; not a ceasefire or
    an exchange of fire (the word before the verb), nor fire into the air or rubber bullets (the words after)."""
    toks = s.tokens
    for k in range(lo, hi):
        if not _keys(toks[k].norm) & gl.verbs or k > 0 and _keys(toks[k - 1].norm) & gl.not_before:
            continue
        for f in range(k + 1, min(len(toks), k + 1 + gl.reach)):
            if s.clause[f] != s.clause[k]:
                break
            if _keys(toks[f].norm) & gl.fire:
                if any(_keys(t.norm) & gl.not_after for t in toks[f + 1:f + 4]):
                    return None
                return k, f
    return None


def _shot_at_people(c: _Cand, lex: _ELex) -> bool:
    """A toll or an attack told with a shooting next to it ("لقي 12 شخصا حتفهم عندما أطلق رجل النار أثناء
    الاحتفال", "14 قتيلا ... في اطلاق قنابل مسيلة للدموع وفتح النار داخل صالة عرض") whose victims and target name
    no force, fighter or armed post, in a sentence that tells no fighting, no remote means and no protest: one armed
    side firing on unarmed people (event_means.yaml gunfire). The shooter, between the verb and "النار", and a
    speaker ("أعلنت شرطة المدينة") are not the victims."""
    gl = _gun_lex()
    s, toks = c.sent, c.sent.tokens
    forms = " ".join(map(token_norm, toks))     # (the words are spaceless: no match runs across two)
    if not ("نار" in forms or "رصاص" in forms or "نيران" in forms):
        return False        # (speed: no gunfire word in the sentence)
    # (an attack word names the whole deed: its shooting may be told further on, "14 قتيلا بهجوم كاليفورنيا ...
    # أعلنت الشرطة ... عملية إطلاق النار")
    after = gl.attack_after if c.trig.kind == "attack" else gl.after
    found = _gunfire_phrase(s, max(0, c.ti - gl.before), min(len(toks), c.tj + after), gl)
    if found is None:
        return False
    k, f = found
    keys = _sent_keys(s)
    if keys & (gl.fight | lex.protest_victims | lex.generic["protesters"]):
        return False
    # the victims and the target: after the gunfire, and the toll's own words when it is told before the shooting
    region = [*range(f + 1, min(len(toks), f + 1 + gl.after)), *range(max(0, c.ti - 4), k)]
    armed = lex.armed_victims | gl.forces
    for j in region:
        if _keys(toks[j].norm) & armed and not (j > 0 and _keys(toks[j - 1].norm) & gl.tellers):
            return False
    spans = [(toks[j].start, toks[j].end) for j in region]
    return not any(m.type in ARMED_TYPES and any(a <= m.start < b for a, b in spans) for m in s.mentions)


@dataclass(frozen=True, slots=True)
class _ActsLex:
    dead_before: frozenset[str]
    dead_after: frozenset[str]
    riot_acts: frozenset[str]
    gatherings: frozenset[str]
    gathering_reach: int
    workers: frozenset[str]                 # exact normalised forms
    attack_nouns: frozenset[str]
    place_reach: int
    places: frozenset[str]


@lru_cache(maxsize=1)
def _acts_lex() -> _ActsLex:
    a = read_shared(MEANS)["acts"]
    return _ActsLex(dead_before=_ks(a["protest_dead_before"]), dead_after=_ks(a["protest_dead_after"]),
                    riot_acts=_ks(a["riot_acts"]), gatherings=_ks(a["gatherings"]),
                    gathering_reach=int(a["gathering_reach"]),
                    workers=frozenset(normalize(str(w)) for w in a["workers"]), attack_nouns=_ks(a["attack_nouns"]),
                    place_reach=int(a["attack_place_reach"]), places=_ks(a["attacked_places"]))


def _protesters_dead(s: _Sent, lex: _ELex) -> bool:
    """The sentence tells protesters as the dead ("25 جثة لمحتجين قتلوا في مواجهات مع قوات الأمن", "مقتل
    متظاهرين") and no violence of theirs (stones, fire, storming: riot_acts): the confrontation was force used on
    them (ACLED Excessive force against protesters), not a riot."""
    al, toks = _acts_lex(), s.tokens
    keys = _sent_keys(s)
    if not keys & lex.generic["protesters"] or keys & al.riot_acts:
        return False
    for k, t in enumerate(toks):
        if not _keys(t.norm) & lex.generic["protesters"]:
            continue
        before = {w for j in range(max(0, k - 2), k) for w in _keys(toks[j].norm)}
        after = _keys(toks[k + 1].norm) if k + 1 < len(toks) else frozenset()
        if before & al.dead_before or after & al.dead_after:
            return True
    return False


def _protest_attacked(c: _Cand, lex: _ELex) -> bool:
    """The attack's object, behind a target cue after the attack word in its clause, is a gathering of protest
    ("هاجم الجيش التركي على أهالي ناحية جندريسه ... أثناء اعتصامهم", "هجوم على المتظاهرين"): force used on a
    protest (ACLED Excessive force against protesters), not a battle or a one-sided attack on passers-by."""
    al = _acts_lex()
    s, toks = c.sent, c.sent.tokens
    clause = s.clause[c.ti]
    end = min(len(toks), c.tj + al.gathering_reach)
    # (the trigger's own last word may be the cue: the shooting phrase "النار على" + "المتظاهرين")
    cue = next((k for k in range(c.tj - 1, end) if s.clause[k] == clause and _keys(toks[k].norm) & lex.target_cues), None)
    return cue is not None and any(s.clause[k] == clause and _keys(toks[k].norm) & al.gatherings
                                   for k in range(cue + 1, end))


SUBJECT_REACH = 4      # tokens right after an attack verb that may name the attackers


def _civilian_dead_told(c: _Cand, lex: _ELex, remote: bool = False) -> bool:
    """The attack's sentence tells its dead after it ("هاجم مسلحين جزءا من حقل غاز ... وقتلوا 4 عمال محليين"),
    and they are civilians or people at work, none a force or a fighter, with no fighting told: one armed side
    on unarmed people (ACLED Violence against civilians / Attack). The dead may be told before the attack word as
    its toll, behind a cause marker ("قتل 9 مدنيين , أمس الأحد , جراء هجمات نفذتها قوات النظام على مدن").
    With ``remote`` a remote means told in the sentence does not stop it (the caller types the attack by it)."""
    al = _acts_lex()
    s, toks = c.sent, c.sent.tokens
    toll = min((k for k, kind in s.trigger_kinds.items() if kind == "casualty" and k > c.ti), default=None)
    if toll is None:
        return _civilian_toll_before(c, lex, remote)
    if _sent_keys(s) & ((lex.fight_words - al.attack_nouns) | (
            frozenset() if remote else lex.air_words | lex.artillery_words)):
        return False        # fighting told, or a remote means ("هجمات التحالف ... قتل 7 مدنيين": the air coalition)
    # the target and the dead: from past the attackers named right after the verb ("هاجم مسلحين", "هاجم عناصر
    # داعش") to the toll's words and what follows it ("هاجم مسلحون حاجزا للجيش وقتلوا 3 مدنيين": a force attacked)
    k = c.tj
    while k < min(toll, c.tj + SUBJECT_REACH) and (_keys(toks[k].norm) & (lex.armed_victims | lex.generic["unidentified"])
                                                   or any(m.type in ARMED_TYPES and m.start <= toks[k].start < m.end
                                                          for m in s.mentions)):
        k += 1
    dead = range(k, min(len(toks), toll + 1 + TARGET_REACH))
    armed = lex.armed_victims | _gun_lex().forces
    if any(_keys(toks[d].norm) & armed for d in dead) or any(
            m.type in ARMED_TYPES and toks[dead.start].start <= m.start < toks[dead.stop - 1].end for m in s.mentions):
        return False        # "قتلوا ... من عناصر الجيش": the dead named as a force
    civ = lex.civilian_victims | lex.generic["civilians"]
    return any(_keys(toks[d].norm) & civ or drop_conjunction(toks[d].norm, 0) in al.workers for d in dead)


def _civilian_toll_before(c: _Cand, lex: _ELex, remote: bool) -> bool:
    """The toll told before the attack word, the attack its cause behind a marker right before it ("قتل 9 مدنيين ,
    أمس الأحد , جراء هجمات"; toll_comma_markers, not "في": a place or a time goes on there), the dead civilians and
    none a force, and no fighting (nor a remote means unless ``remote``) told in the sentence."""
    al = _acts_lex()
    s, toks = c.sent, c.sent.tokens
    before = _words_before(s, c.ti, 1, 0)
    if not before or not _keys(toks[before[0]].norm) & _means_lex().comma_markers:
        return False
    toll = max((k for k, kind in s.trigger_kinds.items() if kind == "casualty" and k < before[0]), default=None)
    if toll is None or before[0] - toll > TARGET_REACH:
        return False
    if _sent_keys(s) & ((lex.fight_words - al.attack_nouns) | (
            frozenset() if remote else lex.air_words | lex.artillery_words)):
        return False
    dead = range(toll, before[0])
    armed = lex.armed_victims | _gun_lex().forces
    if any(_keys(toks[d].norm) & armed for d in dead) or any(
            m.type in ARMED_TYPES and toks[toll].start <= m.start < toks[before[0]].start for m in s.mentions):
        return False
    civ = lex.civilian_victims | lex.generic["civilians"]
    return any(_keys(toks[d].norm) & civ or drop_conjunction(toks[d].norm, 0) in al.workers for d in dead)


def _toll_of_attack_on_place(c: _Cand, lex: _ELex) -> bool:
    """The toll's clause names an attack or a crime on a civilian place, as the noun's genitive or behind a target
    cue a few words after it ("بضحايا جريمة مسجد الروضة", "هجوم مسلح على مقر صحيفة شارلي ايبدو يوقع 11 قتيلا"),
    no fighting, and no force or fighter among the dead (told between the toll and the attack noun, or right
    after the toll): the toll of an attack on civilians."""
    al = _acts_lex()
    s, toks = c.sent, c.sent.tokens
    clause, keys = s.clause[c.ti], _clause_keys(s, c.ti)
    if not keys & al.attack_nouns or keys & (lex.fight_words - al.attack_nouns):
        return False        # (no attack named; or fighting told)
    places = lex.civilian_targets | al.places
    lo, hi = bisect.bisect_left(s.clause, clause), bisect.bisect_right(s.clause, clause)
    for k in range(lo, hi):
        if not _keys(toks[k].norm) & al.attack_nouns:
            continue
        if not any(_keys(toks[j].norm) & places and (j == k + 1 or any(
                _keys(toks[i].norm) & lex.civilian_target_cues for i in range(k + 1, j)))
                for j in range(k + 1, min(hi, k + 1 + al.place_reach))):
            continue
        # "قتل 5 جنود في هجوم على فندق": the dead named as fighters
        dead = range(c.tj, k) if k > c.ti else range(c.tj, min(hi, c.tj + al.place_reach))
        return not any(_keys(toks[d].norm) & lex.armed_victims for d in dead)
    return False


def _cause_word(norm: str, words: frozenset[str]) -> bool:
    """The token is "ب" + one of words ("بانفجار", "وبالقصف"): a cause with its own preposition."""
    n = drop_conjunction(norm, 0)
    return n.startswith("ب") and len(n) > 3 and _k(n[1:]) in words


def _toll_means(c: _Cand, lex: _ELex) -> tuple[str, str] | None:
    """The means a toll word's own clause names as the deaths' cause ("قتلوا ... في انفجار بمسجد",
    "مقتل طفل ... من ضحايا القذيفة"): (type, sub-type) of the first cause word after the toll word,
    None when a clash word comes first or no cause is told."""
    ml = _means_lex()
    s, toks = c.sent, c.sent.tokens
    clause, hi, crossed = s.clause[c.ti], min(len(toks), c.tj + ml.reach), False
    for k in range(c.tj, len(toks)):
        if k >= hi:
            break
        if s.clause[k] != clause:
            # "قتلوا في بلدة الزباري بريف ديرالزور الشرقي , نتيجة انفجار لغم": the cause told after a comma
            # with its own marker is the toll's still (once; the long place name before it does not count)
            j = k + 1 if toks[k].text == "," and k + 1 < len(toks) else k
            if crossed or not _keys(toks[j].norm) & ml.comma_markers:
                break
            clause, hi, crossed = s.clause[j], min(len(toks), j + 1 + ml.comma_reach), True
        keys = _keys(toks[k].norm)
        if keys & ml.clash:
            return None
        for words, et, sub in ml.means:
            if not (keys & words and (k > 0 and _keys(toks[k - 1].norm) & ml.markers)
                    or _cause_word(toks[k].norm, words)):
                continue
            if sub.startswith("Shelling"):
                # "بقصف جوي", "جراء قصف الطيران": an air word right after the shelling word
                after = set().union(*map(_keys, map(token_norm, toks[k + 1:k + 4])))
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


def _type_post_attack(c: _Cand, lex: _ELex) -> None:
    """A bare targeting of a force's post with no attacker named, typed by its default (a shelling), whose clause
    tells the post's own men hit ("مقتل شرطي وإصابة 4 باستهداف نقطة أمنية"): the force is the side attacked, an
    attack on a force (ACLED Battles / Armed clash, by an unidentified armed group). Read on the sentence's merged
    happening (the toll joined to the targeting, which leads it), so the toll does not take the lead as a bare
    battle of its own."""
    if (c.trig.kind == "remote" and c.sub_event_type.startswith("Shelling") and not c.specific and not c.actor1
            and _post_dead_told(c) and _bare_target(c, lex) == "post"):
        c.event_type, c.sub_event_type, c.specific = "Battles", "Armed clash", True


def _place_name_tokens(s: _Sent) -> frozenset[int]:
    """Indexes of the tokens inside a place's name ("قرى الرشادية وحجارة", "ساحة الطيران"): a context
    word there names the place, it tells nothing of how the happening was done. Read once per sentence
    (every candidate of it asks)."""
    if s.place_tokens is None:
        spans = [(m.start, m.end) for m in s.mentions if m.type in ("PLACE", "FACILITY")]
        if spans:
            # the tokens starting inside a name are a run of the (ordered) token starts: found by
            # bisection per name, not by testing every token against every name
            starts = list(map(token_start, s.tokens))
            s.place_tokens = frozenset(k for a, b in spans
                                       for k in range(bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)))
        else:
            s.place_tokens = frozenset()
    return s.place_tokens


def _force_name_tokens(s: _Sent, lex: _ELex) -> frozenset[int]:
    """Indexes of the words that name a force by its task ("قوات فض الشغب", "مكافحة الشغب": riot police): a
    refine word there ("فض" = break up) names the force, it tells no dispersal of the protest."""
    if s.force_tokens is None:      # read once per sentence (every candidate of it asks)
        nxt = lex.force_name_next
        s.force_tokens = frozenset(k for k, t in enumerate(s.tokens[1:]) if _keys(t.norm) & nxt)
    return s.force_tokens


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


TARGET_REACH = 12      # tokens after an attack or toll word its civilian target is looked for behind a cue
RELATIVES = frozenset(word_list("function_words.yaml", "relatives_with_wa"))


def _civilian_target_told(c: _Cand, lex: _ELex) -> bool:
    """The attack's target, told after the trigger behind a target cue, is a civilian place or crowd: "في
    هجومين استهدفا مسجدا", "هجوم نفذ السبت ولا يزال مستمرا على فندق", "هجوم إسطنبول , الذي وقع على
    مطعم" (a relative clause right after the trigger still tells of it). ACLED: an attack on civilians is
    Violence against civilians, not a battle."""
    s, toks = c.sent, c.sent.tokens
    clause = s.clause[c.ti]
    for k in range(c.tj, min(len(toks), c.tj + TARGET_REACH)):
        if s.clause[k] != clause:
            if toks[k].norm not in RELATIVES:
                return False
            clause = s.clause[k]        # the relative clause describes the trigger's happening
        keys = _keys(toks[k].norm)
        if (keys & lex.civilian_targets or keys & lex.civilian_vehicles and _carried_civilians(s, k, lex)) and any(
                _keys(toks[j].norm) & lex.civilian_target_cues for j in _words_before(s, k, 2, c.tj)):
            return True
    return False


def _structure_struck(c: _Cand, lex: _ELex) -> bool:
    """The attack's object, a few words after it in its clause, is infrastructure or a depot ("هاجم الجيش
    ليلة أمس بنية تحتية رئيسية"), and the clause tells no fighting: a strike on sites, not a battle."""
    s, toks = c.sent, c.sent.tokens
    clause = s.clause[c.ti]
    hit = any(s.clause[k] == clause and _keys(toks[k].norm) & lex.struck_structures
              for k in range(c.tj, min(len(toks), c.tj + lex.struck_structure_reach)))
    return hit and not _clause_keys(s, c.ti) & lex.structure_fight_words


def _carried_civilians(s: _Sent, k: int, lex: _ELex) -> bool:
    """The vehicle at k is told carrying people who bore no arms: "حافلة تقل أفرادا من طائفة الإسماعيلية"
    (not "حافلة تقل عسكريين وحراس قرى", nor a bus whose passengers are not told: buses often carry soldiers)."""
    toks = s.tokens
    for seq in lex.carry_verbs:
        end = k + 1 + len(seq)
        if end > len(toks) or any(w not in _keys(toks[k + 1 + j].norm) for j, w in enumerate(seq)):
            continue
        carried = {w for t in toks[end:end + lex.carried_reach] for w in _keys(t.norm)}
        carried |= {w[:-1] for w in carried if w.endswith("ا")}      # the accusative "جنودا" is "جنود"
        armed = lex.generic["fighters"] | lex.armed_victims | _means_lex().terror_forces
        return bool(carried) and not carried & armed and not any(
            m.type in ARMED_TYPES and toks[end].start <= m.start < toks[min(len(toks), end + lex.carried_reach) - 1].end
            for m in s.mentions)
    return False


def _words_before(s: _Sent, k: int, n: int, floor: int) -> list[int]:
    """The n token indexes before k (not before floor), past a day told between commas ("استهدف , يوم
    الجمعة , مسجدا": the inserted day does not part the verb from its object)."""
    toks = s.tokens
    out: list[int] = []
    j = k - 1
    while j >= floor and len(out) < n:
        if toks[j].text != "," and not any(d.start <= toks[j].start < d.end for d in s.dates):
            out.append(j)
        j -= 1
    return out


def _negated_fight(toks: list, k: int, lex: _ELex) -> int:
    """The length of the "without fighting" phrase whose negation head is token ``k`` ("دون معارك", "من
    دون أي مقاومة", "بلا قتال": a head, at most one filler, a fighting noun), 0 when there is none."""
    if not _keys(toks[k].norm) & lex.unfought_heads:
        return 0
    if k + 1 < len(toks) and _keys(toks[k + 1].norm) & lex.unfought_nouns:
        return 2
    if k + 2 < len(toks) and _keys(toks[k + 1].norm) & lex.unfought_fillers and \
            _keys(toks[k + 2].norm) & lex.unfought_nouns:
        return 3
    return 0


def _unfought(c: _Cand, lex: _ELex) -> bool:
    """The taking's clause tells it was done without fighting ("دون معارك", "من دون أي مقاومة", "بلا
    قتال"); or its sentence tells no fighting but that negation in another clause ("..., وانسحب الأكراد من
    مواقعهم دون مقاومة"), or a withdrawal the taking followed ("سيطرت ... على قضاء سنجار بعد انسحاب قوات
    البيشمركة")."""
    s, toks = c.sent, c.sent.tokens
    clause = s.clause[c.ti]
    negated: set[int] = set()
    for k in range(len(toks)):
        n = _negated_fight(toks, k, lex)
        if n and s.clause[k] == clause == s.clause[k + n - 1]:
            return True
        negated.update(range(k, k + n))
    fought = any(_keys(t.norm) & lex.fight_words for k, t in enumerate(toks) if k not in negated)
    if fought:
        return False
    return bool(negated) or any(
        s.clause[k] == clause and _keys(toks[k].norm) & lex.unfought_after and _keys(toks[k + 1].norm) & lex.unfought_exits
        for k in range(len(toks) - 1))


def fight_told(s: _Sent, lex: _ELex) -> bool:
    """The sentence tells fighting (fight_words) outside a "without fighting" phrase ("دون مقاومة")."""
    toks = s.tokens
    negated: set[int] = set()
    for k in range(len(toks)):
        negated.update(range(k, k + _negated_fight(toks, k, lex)))
    return any(_keys(t.norm) & lex.fight_words for k, t in enumerate(toks) if k not in negated)


def _victims_told(s: _Sent, ti: int, lex: _ELex) -> bool:
    """A civilian victim told one by one in the toll's date clause ("قتل مجهولون , أمس , باكستانية
    وابنتها": the commas around the inserted day do not part the verb from its object)."""
    if all(map(lex.civilian_victims.isdisjoint, map(_keys, map(token_norm, s.tokens)))):
        return False    # (speed: no victim word in the sentence, tested in C)
    dcl = s.dclause or s.clause
    return any(dcl[k] == dcl[ti] and _keys(t.norm) & lex.civilian_victims for k, t in enumerate(s.tokens))


KILLER_REACH = 10      # tokens after a toll word its killer's agent phrase ("على يد", "برصاص") is looked for
ARMED_TYPES = frozenset({"ARMED_GROUP", "STATE_FORCES"})


def _killed_by_one_side(c: _Cand, lex: _ELex, ctx: _DocContext) -> bool:
    """The toll's clause tells who killed ("مقتل 3 أشخاص على يد قوات الأمن", "سقوط 6 قتلى برصاص قوات
    الجيش") and neither fighting nor armed dead: a one-sided killing. The dead are read before the agent
    phrase (after it are the killers: "على يد مسلحين مجهولين")."""
    s, toks = c.sent, c.sent.tokens
    clause = s.clause[c.ti]
    marker = None
    firsts, has_empty = _first_words(lex.killer_markers)
    for k in range(c.tj, min(len(toks), c.tj + KILLER_REACH)):
        if s.clause[k] != clause:
            break
        here = _keys(toks[k].norm)      # (a marker's first word is tested here, its others only then)
        if not has_empty and firsts.isdisjoint(here):
            continue        # (speed: no marker starts here)
        if any(k + len(m) <= len(toks) and m[0] in here and all(w in _keys(toks[k + j].norm)
                                                                for j, w in enumerate(m[1:], 1))
               for m in lex.killer_markers):
            marker = k
            break
    if marker is None:
        return False
    first = next(k for k in range(len(toks)) if s.clause[k] == clause)
    for k, t in enumerate(toks):
        if s.clause[k] != clause:
            continue
        keys = _keys(t.norm)
        if keys & lex.fight_words or k < marker and keys & lex.armed_victims:
            return False
    # the dead named as a force or an armed group ("2 قتلى من قوات الحكومة السورية من قبل داعش")
    if any(m.type in ARMED_TYPES and toks[first].start <= m.start < toks[marker].start for m in s.mentions):
        return False
    return not any(ctx.actor_type(a) in ARMED_TYPES for a in c.actor2)


LIST_BULLETS = frozenset("-–—•*·●▪")


def _item_opener(s: _Sent) -> bool:
    """The sentence opens with a list bullet or a figure (a day, a number): a list's or a chronology's item,
    not prose running on from the line before."""
    head = s.text[s.span.start:s.span.start + 8].lstrip()
    return bool(head) and (head[0] in LIST_BULLETS or head[0].isdigit())


def _sideless_toll(c: _Cand, lex: _ELex, ctx: _DocContext) -> bool:
    """A toll of persons that its sentence tells nothing else about ("كما قتل 8 أشخاص في زبيد", "مصرع وإصابة 24
    شخصا في حادثي عنف منفصلين"): no fight, blast or strike, no armed dead, fighters or unknown attackers, no
    killer, no means of a killing, no protest, no armed party named, no actor, and no happening it is the
    outcome of (event_means.yaml sideless_*), and no trigger of another kind in the sentence, nor in the one
    before it unless the toll opens a list's item on a line of its own ("انفجار في مجمع محكمة . وقتل 4
    أشخاص", "... اقتحام السياج الحدودي .\nهناك سقط عشرات الأشخاص": that happening's toll; "- مصرع وإصابة 24
    شخصا" after another item: its own). Neither Battles nor any other type is told."""
    ml = _means_lex()
    s, toks = c.sent, c.sent.tokens
    if c.actor1 or c.actor2 or any(p.trig.kind != "casualty" for p in c.merged):
        return False
    if not _clause_keys(s, c.ti) & ml.sideless_dead:
        return False
    told = (lex.fight_words | lex.armed_victims | lex.generic["fighters"] | lex.generic["unidentified"]
            | lex.protest_context | ml.sideless_means | ml.outcome_verbs | ml.clash)
    if any(_keys(t.norm) & told for t in toks) or fight_told(s, lex):
        return False
    if any(kind != "casualty" for kind in s.trigger_kinds.values()):
        return False        # "قضى 44 شخصا جراء التفجيرات": a blast, a strike or a clash the sentence tells
    prev = ctx.prev_sent
    if prev is not None and (prev.line == s.line or not _item_opener(s)) and any(
            kind != "casualty" for kind in prev.trigger_kinds.values()):
        return False        # "انفجار في مجمع محكمة . وقتل 4 أشخاص": the toll of the happening told before it
    if any(m.type in ARMED_TYPES for m in s.mentions):
        return False
    firsts, _ = _first_words(lex.killer_markers)
    return not any(_keys(t.norm) & firsts for t in toks)


def _massacre_by_air(c: _Cand, lex: _ELex) -> bool:
    """A massacre word ("مجزرة", "مذبحة"; toll_events) whose date clause, or the clause after it, names an
    aircraft, an air strike or the air coalition as its means ("ارتكب طيران , فجر اليوم , مجزرة", "ومجزرة
    أخرى في مدينة بزاعة , حيث تعرضت المدينة لأربع غارات جوية") and no killing by hand (an execution, a
    slaughter, gunfire: massacre_ground_words)."""
    s, toks = c.sent, c.sent.tokens
    if not _keys(toks[c.ti].norm) & lex.toll_events:
        return False
    dcl = s.dclause or s.clause
    lo = next((k for k in range(c.ti, -1, -1) if dcl[k] != dcl[c.ti]), -1) + 1
    hi = next((k for k in range(c.tj, len(toks)) if dcl[k] not in (dcl[c.ti], dcl[c.ti] + 1)), len(toks))
    keys = {w for t in toks[lo:hi] for w in _keys(t.norm)}
    return bool(keys & lex.air_words) and not keys & _means_lex().massacre_ground


DETAINED_REACH = 12     # tokens after an arrest word its detainees are looked for


def _detained_armed(c: _Cand, lex: _ELex, ctx: _DocContext) -> bool:
    """The detainees, told after the arrest word in its clause, bear arms: a commander, members or fighters
    ("ألقى عناصر الجيش الحر القبض على قيادي في صفوف تنظيم الدولة", "اعتقال النصرة كل عنصر ينتمي لأحرار
    الشام") or people of another armed group ("حملة اعتقالات طالت شخصيات تابعة لتنظيم القاعدة"). An armed
    group holding its enemies' men is an arrest by the authority of the ground (ACLED Arrests), not an
    abduction of civilians; so are detentions told among the parties ("فيما بينها"). The subject's own unit word
    ("اعتقل مسلحو قسد", a word right before a mention of the arresting group) is not a detainee."""
    s, toks = c.sent, c.sent.tokens
    dcl = s.dclause or s.clause
    end = min(len(toks), c.tj + DETAINED_REACH)
    own = set(c.actor1)
    starts: dict[int, str | None] = {}
    for m in s.mentions:
        if m.type in ARMED_TYPES:
            k = _tok_index(toks, m.start)
            if c.tj <= k < end:
                starts[k] = ctx.actor_id(m)
    for k in range(c.tj, end):
        if any(k + len(seq) <= len(toks) and all(w in _keys(toks[k + j].norm) for j, w in enumerate(seq))
               for seq in lex.detained_each_other):
            return True     # "حالات اعتقال ... فيما بينها": the factions held each other's men ("فيما" may open a clause)
        if dcl[k] != dcl[c.ti]:
            break
        if k in starts and starts[k] not in own:
            return True     # a member of another armed group
        if _keys(toks[k].norm) & lex.armed_victims and starts.get(k + 1, "") not in own:
            return True
    return False


HOLDER_REACH = 10      # tokens before a detention word its holders are read in (up to a comma or a stop)
HOLDER_STOPS = frozenset(",،.؛;:")


def _held_by_gunmen(c: _Cand, lex: _ELex) -> bool:
    """The words before the detention word, up to a comma or a stop (the release verb's clause: "مجموعة مسلحة تطلق
    سراح الصحفي ( وليد ) بعد احتجازه"), tell gunmen or an armed gang as the holders, not gunmen of a named group
    ("مسلحين من الهيئة"), and no force, police or soldier (event_triggers.yaml gunmen_holders, state_holders)."""
    s, toks = c.sent, c.sent.tokens
    keys: set[str] = set()
    held = False
    for k in range(c.ti - 1, max(-1, c.ti - 1 - HOLDER_REACH), -1):
        if HOLDER_STOPS.intersection(s.text[toks[k].end:toks[k + 1].start]):
            break       # (commas are no tokens: read in the gap to the next word)
        keys |= _keys(toks[k].norm)
        if drop_conjunction(toks[k].norm, 0) in lex.gunmen_holders and not (
                k + 1 < c.ti and drop_conjunction(toks[k + 1].norm, 0) in lex.place_from):
            held = True
    return held and not keys & lex.state_holders


DEMOLITION_PEOPLE_REACH = 8     # tokens after the building word the people inside it are looked for


def _demolished(c: _Cand, lex: _ELex) -> bool:
    """The blast word's object is a building and nobody is told hurt: "فجروا 16 منزلا تعود لمواطنين",
    "وفجرت منازل مدنيين في مدينة الزبداني" (ACLED: property destroyed, no explosion event). The object is
    right after the word, past the verb's named subject and a count; a toll or an injury in the sentence,
    (up to a joiner of another happening: "..., في حين أصيب شخص برصاص قناص"), people told in the clause after
    the building, or a booby-trapped building keep the blast an explosion."""
    s, toks = c.sent, c.sent.tokens
    if c.tj - c.ti != 1 or not _keys(toks[c.ti].norm) & lex.demolition_words:
        return False
    k = c.tj
    for m in s.mentions:
        mi = _tok_index(toks, m.start)
        if mi == k:     # "فجر عناصر التنظيم منزلا": the named subject between the verb and its object
            k = max(k + 1, _tok_index(toks, m.end - 1) + 1)
            break
    if k < len(toks) and (toks[k].text.isdigit() or any(n.start <= toks[k].start < n.end for n in s.numbers)):
        k += 1      # "فجروا 16 منزلا"
    if k >= len(toks) or s.clause[k] != s.clause[c.ti] or _k(toks[k].norm) not in lex.demolition_buildings:
        return False
    end = next((j for j in range(k + 1, len(toks)) if any(
        j + len(seq) <= len(toks) and all(w in _keys(toks[j + n].norm) for n, w in enumerate(seq))
        for seq in lex.another_happening)), len(toks))
    if any(_keys(t.norm) & lex.demolition_victims for t in toks[:end]):
        return False        # a toll or an injury told with it; one after "في حين" is another happening's
    after = [w for t2 in toks[k + 1:k + 1 + DEMOLITION_PEOPLE_REACH] for w in _keys(t2.norm)]
    return not (set(after[:4]) & lex.demolition_trapped or {
        w for j, t2 in enumerate(toks[k + 1:k + 1 + DEMOLITION_PEOPLE_REACH], k + 1)
        if s.clause[j] == s.clause[c.ti] for w in _keys(t2.norm)} & (lex.generic["fighters"] | lex.armed_victims))


def _exit_executes(c: _Cand, clause_keys: set[str] | frozenset[str], lex: _ELex) -> bool:
    """People leaving is a Strategic development when it executes a deal or an evacuation its sentence names
    ("خرج 650 فقط ... بشروط الاتفاق"), an armed party lets, keeps or forces them to go in its clause ("بدأ
    داعش بالسماح لبعض العائلات بالخروج", "منعت جماعة الحوثي ... من الخروج"), or the mover is a force ("أن
    الجيش غادر درعا", its actor unresolved); crowds, students, travellers and civilians fleeing on their own
    are no ACLED event (judged samples at 492a9d5: SD/Other right 6 of 32)."""
    if clause_keys & lex.movement_governors:
        return True     # allowed, kept or forced by an armed party
    s, toks = c.sent, c.sent.tokens
    movers = lex.armed_movers | lex.generic["fighters"]
    if any(_keys(toks[k].norm) & movers
           for k in range(max(0, c.ti - lex.armed_mover_reach), min(len(toks), c.tj + lex.armed_mover_reach))
           if s.clause[k] == s.clause[c.ti]):
        return True     # a force itself leaving, named as the subject next to the verb
    return any(_keys(t.norm) & lex.movement_execution for t in c.sent.tokens)


def _resolve_type(c: _Cand, lex: _ELex, ctx: _DocContext) -> bool:
    """Final type from trigger kind, context words and actors; False when it is not an event."""
    s = c.sent
    toks = s.tokens
    kind = c.trig.kind
    c.bare_movement = False     # decided again with the actor a second call may bring
    clause_keys = _clause_keys(s, c.ti)
    named = _place_name_tokens(s) | _force_name_tokens(s, lex)
    near_keys = {w for k in range(max(0, c.ti - 4), min(len(toks), c.tj + 4))
                 if s.clause[k] == s.clause[c.ti] and k not in named for w in _keys(toks[k].norm)}
    wide: set[str] | None = None
    after: set[str] | None = None
    for kinds, words, et, sub, scope, unless in lex.refine:
        sentence_wide, later = scope == "sentence", scope == "after"
        if c.sub_event_type == "Suicide bomb":
            break       # "سيارة مفخخة فجر نفسه": the car bomb next to it does not undo the suicide
        if kind in kinds and sentence_wide and wide is None:
            wide = {w for k in range(max(0, c.ti - REFINE_REACH), min(len(toks), c.tj + REFINE_REACH))
                    if k not in named for w in _keys(toks[k].norm)}
        if kind in kinds and later and after is None:
            # what the sentence tells after the trigger happened to it ("تظاهرة ... انتهت بعد تفريق قوات
            # الأمن لها"); a word far before it is another's ("تفريق مظاهرة , كما تظاهر آلاف ...")
            after = near_keys | {w for k in range(c.tj, min(len(toks), c.tj + REFINE_REACH))
                                 if k not in named for w in _keys(toks[k].norm)}
        reach = wide if sentence_wide else after if later else near_keys
        if kind in kinds and reach is not None and reach & words and not reach & unless:
            c.event_type, c.sub_event_type, c.specific = et, sub, True
            break
    if kind == "clash" and c.event_type == "Riots" and _protesters_dead(s, lex):
        # "25 جثة لمحتجين قتلوا في مواجهات مع قوات الأمن": the protesters are the dead and no violence of theirs is
        # told: force used on a protest (ACLED Excessive force against protesters), not a riot
        c.event_type, c.sub_event_type, c.specific = "Protests", EXCESSIVE_FORCE, True
    if kind == "clash" and c.event_type == "Battles" and _home_stormed(c, lex):
        # "أن مسلحين مجهولين اقتحموا منزلا": unidentified gunmen storming a home, no armed man near: an attack on
        # its household (ACLED Violence against civilians / Attack), not a fight of two sides
        c.event_type, c.sub_event_type, c.specific = "Violence against civilians", "Attack", True
    if c.trig.key in lex.demolition_keys and c.sub_event_type != "Suicide bomb" and _demolished(c, lex):
        # "فجروا 16 منزلا تعود لمواطنين مسيحيين": buildings blown up, nobody hurt (ACLED property destruction)
        c.event_type, c.sub_event_type, c.specific = "Strategic developments", "Looting/property destruction", True
    if kind == "execution" and _massacre_by_air(c, lex):
        # "ارتكب طيران التحالف مجزرة بحق المدنيين", "ارتكب التحالف الدولي مذبحة للمدنيين": ACLED codes the
        # civilians an air strike killed as the strike (Explosions/Remote violence), not as an attack by hand
        c.event_type, c.sub_event_type, c.specific = "Explosions/Remote violence", "Air/drone strike", True
    if c.trig.armed_victims_reach and (c.event_type, c.sub_event_type) == (c.trig.event_type, c.trig.sub_event_type) and not any(
            _keys(toks[k].norm) & c.trig.armed_victims
            for k in range(c.tj, min(len(toks), c.tj + c.trig.armed_victims_reach)) if s.clause[k] == s.clause[c.ti]):
        # "اغتيل الصحفي ...", "نجا الوزير من محاولة اغتيال": no commander or fighter told as the victim after an
        # assassination: one armed side on an unarmed person (ACLED Violence against civilians / Attack)
        c.event_type, c.sub_event_type = "Violence against civilians", "Attack"
    a1_type = ctx.actor_type(c.actor1[0]) if c.actor1 else None
    if kind == "remote" and c.sub_event_type.startswith("Shelling"):
        # "قصفت قوات النظام ... بالطيران الحربي": an air word anywhere in the trigger's date clause
        # (up to the next "و + verb"), unless an artillery word stands next to the trigger
        dcl = s.dclause or s.clause
        dkeys = {w for k, t in enumerate(toks) if dcl[k] == dcl[c.ti] for w in _keys(t.norm)}
        close = set().union(*map(_keys, map(token_norm, toks[max(0, c.ti - 2):c.tj + 3])))
        if dkeys & lex.air_words and not close & lex.artillery_words:
            c.event_type, c.sub_event_type, c.specific = "Explosions/Remote violence", "Air/drone strike", True
    if kind == "remote" and c.sub_event_type.startswith(("Shelling", "Air")) and _sniper_fire(c, lex):
        # "ق تل 3 من المدنيين جراء استهدافهم برصاص القنص": sniping at civilians is a one-sided killing, at
        # fighters a clash (ACLED codes aimed small-arms fire as Battles, not remote violence)
        civilians = (clause_keys & lex.generic["civilians"] or _victims_told(s, c.ti, lex) or _shot_unarmed(c, lex)
                     or _sniped_vehicle(c, lex) == "civilians")
        c.event_type, c.sub_event_type = (("Violence against civilians", "Attack") if civilians
                                          else ("Battles", "Armed clash"))
        c.specific = True
    elif kind == "remote" and c.sub_event_type.startswith("Shelling") and not c.specific and (
            aimed := _assassination_aimed(c, lex)) is not None:
        # "عمليات اغتيال استهدفت مدير دار الأوقاف": the assassination's aim, no shell told
        c.event_type, c.sub_event_type = aimed
        c.specific = True
    elif kind == "remote" and c.sub_event_type.startswith(("Shelling", "Air")) and _prepared_assault(c):
        # "تصدوا لمحاولة ... التقدم , بعد التمهيد للتقدم بعدد من صواريخ": the assault the fire opened (ACLED Battles)
        c.event_type, c.sub_event_type, c.specific = "Battles", "Armed clash", True
    elif kind == "remote" and c.sub_event_type.startswith(("Shelling", "Air")) and _landing_raid(c, lex):
        # "عملية إنزال جوي ... تستهدف أحد مقرات التنظيم": the landed troops' raid (ACLED Battles), not an air strike
        c.event_type, c.sub_event_type, c.specific = "Battles", "Armed clash", True
    elif kind == "remote" and c.sub_event_type.startswith("Shelling") and not c.specific and _fought_target(c, lex):
        # "هجوم لتنظيم داعش ... استهدف محاور تقع تحت سيطرة قسد , تخلله اشتباكات عنيفة": the attack's fire
        c.event_type, c.sub_event_type = "Battles", "Armed clash"
    elif kind == "remote" and c.sub_event_type.startswith("Shelling") and not c.specific and (
            bare := _bare_target(c, lex)) is not None and (bare == "civilians" or c.actor1):
        # "استهدف مسلحون مجهولون حاجزا للجيش": no means told, a force's post hit by a named attacker (an attack
        # on a force, Battles; with no attacker told a battle has no side and the strike stays as told, unless
        # the post's own people are told hit: _type_post_attack, once the sentence's toll has joined it);
        # "الحادث الإرهابي الذي استهدف أتوبيسا كان يقل أقباطا": a bus of people hit (an attack on civilians)
        c.event_type, c.sub_event_type = (("Battles", "Armed clash") if bare == "post"
                                          else ("Violence against civilians", "Attack"))
        c.specific = True
    if kind in ("clash", "attack", "casualty") and c.event_type == "Battles" and _friendly_fire(c):
        return False        # "أسقطت مروحية سعودية في حادثة نيران صديقة": a side's fire on its own, no two sides
    if c.trig.key == "air_strike" and c.sub_event_type == "Air/drone strike" and _police_raid(c, lex):
        # "وزارة الداخلية تعلن عن مقتل 7 من مقاتلي داعش خلال غارة على الجبال": the police's ground raid on armed
        # men (ACLED Battles), not an air strike
        c.event_type, c.sub_event_type, c.specific = "Battles", "Armed clash", True
    if kind == "remote" and c.sub_event_type != "Suicide bomb" and _aircraft_downed(c):
        return False        # "أسقطت الفصائل طائرة حربية": the aircraft was downed; the shoot-down is the clash
    if c.trig.key == "shootdown" and clause_keys & _means_lex().supplies and _drops_supplies(c):
        return False        # "أسقطت أسلحة للتنظيم": supplies dropped from the air, nothing downed or struck
    if c.trig.key == "shootdown" and _drops_munition(c):
        # "المروحيات تسقط براميل متفجرة": the aircraft drops its load (an air strike), nothing is downed;
        # a load of gas ("برميلين يحتويان على غاز الكلور") is a chemical weapon (the refine words of that sub-type)
        end = _clause_end_past_dates(s, c.ti)
        load = set().union(*map(_keys, map(token_norm, toks[c.tj:end])))
        chemical = any(load & words for _kinds, words, _et, sub, _scope, _unless in lex.refine if sub == "Chemical weapon")
        c.event_type, c.specific = "Explosions/Remote violence", True
        c.sub_event_type = "Chemical weapon" if chemical else "Air/drone strike"
    if c.trig.key == "shootdown" and c.event_type == "Battles" and _drone_downed(c):
        # "الجيش السوري يسقط طائرة استطلاع إسرائيلية من دون طيار": ACLED codes a drone shot down as a
        # remote weapon kept from use (Disrupted weapons use), not a clash between two armed sides
        c.event_type, c.sub_event_type, c.specific = "Strategic developments", "Disrupted weapons use", True
    if kind == "attack" and c.sub_event_type == "Air/drone strike" and _aircraft_attacked(c, lex):
        # "هاجم متمردون سوريون طائرة جوية سورية": rebels fired at a jet (ACLED: an attack on a force, a battle)
        c.event_type, c.sub_event_type, c.specific = "Battles", "Armed clash", True
    if kind == "attack" and c.event_type == "Battles" and _crowd_attacks(c, lex):
        # "وهاجم المحتجون في حمص مركزا حكوميا": demonstrators who attack riot (ACLED Violent demonstration)
        c.event_type, c.sub_event_type, c.specific = "Riots", "Violent demonstration", True
    elif kind == "attack" and c.event_type in ("Battles", "Violence against civilians") and _protest_attacked(c, lex):
        # "هاجم الجيش التركي على أهالي ناحية جندريسه ... أثناء اعتصامهم": an armed force on a protest
        c.event_type, c.sub_event_type, c.specific = "Protests", EXCESSIVE_FORCE, True
    elif kind == "attack" and c.event_type == "Battles":
        # "هجوم على فندق", "هجوم الملهى الليلي": the target right after the trigger is a civilian place
        after = {w for k in range(c.tj, min(len(toks), c.tj + 5)) if s.clause[k] == s.clause[c.ti]
                 for w in _keys(toks[k].norm)}
        if c.actor2 == [CIVILIANS_ID] or after & lex.civilian_targets:
            c.event_type, c.sub_event_type = "Violence against civilians", "Attack"
        elif _civilian_target_told(c, lex):
            # decided by the target its clause names, as a means word decides a strike: a telling merged
            # into it ("خطف" of another item of a ticker) does not replace the sub-type
            c.event_type, c.sub_event_type, c.specific = "Violence against civilians", "Attack", True
        elif a1_type != "ARMED_GROUP" and _structure_struck(c, lex):
            # "هاجم الجيش ليلة أمس بنية تحتية رئيسية تابعة لحماس": sites struck, no fighting told
            c.event_type, c.specific = "Explosions/Remote violence", True
            c.sub_event_type = ("Air/drone strike" if _clause_keys(s, c.ti) & lex.air_words
                                else "Shelling/artillery/missile attack")
        elif _terror_attack(c):
            # "الهجوم الإرهابي ليلة السبت في مدينة إدمونتون": a terrorist attack with no force told as its
            # target is an attack on people (ACLED Battles need two armed sides)
            c.event_type, c.sub_event_type = "Violence against civilians", "Attack"
        elif _shot_at_people(c, lex):
            # "عملية إطلاق النار التي ... أسفرت عن مقتل 14 شخصا": gunmen firing on unarmed people
            c.event_type, c.sub_event_type, c.specific = "Violence against civilians", "Attack", True
        elif _lone_attacker(c, lex):
            # "هجوم مسلح على البرلمان أدى إلى مقتل 4 أشخاص , بينهم المعتدي ورجل شرطة": one man on people
            c.event_type, c.sub_event_type, c.specific = "Violence against civilians", "Attack", True
    elif kind == "territory":
        if not c.actor1:
            return False
        if _unfought(c, lex):
            # ACLED: control acquired with no violent interaction is a non-violent transfer, not a battle
            c.event_type, c.sub_event_type = "Strategic developments", "Non-violent transfer of territory"
        # ACLED: government forces (and their affiliates) of the place's country regain ground;
        # rebels, militias, IS, the SDF and foreign state forces overtake it
        elif ctx.government_side(c.actor1[0], ctx.place_country(c.location)):
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
            q.noun_class == "people" and s.clause[max(0, _tok_index(toks, q.start))] == s.clause[c.ti]
            for q in find_quantities(toks, s.numbers))
        armed = a1_type in ("ARMED_GROUP", "STATE_FORCES") or fighters or c.first_person
        if people and not fighters or not armed:
            c.event_type, c.sub_event_type = "Strategic developments", "Other"
            c.bare_movement = c.form not in c.trig.other_words and not _exit_executes(c, clause_keys, lex)
        else:
            # "أجبر التنظيم النظام على الانسحاب بهجوم معاكس": a withdrawal an attack forced is part of that fight
            c.bare_movement = any(_keys(toks[k].norm) & lex.forced_exit
                                  for k in range(max(0, c.ti - lex.forced_exit_reach), c.ti)
                                  if s.clause[k] == s.clause[c.ti])
    elif kind == "handover":
        after = set().union(*map(_keys, map(token_norm, toks[c.tj:c.tj + 3]))) | _keys(toks[c.ti].norm)
        if after & c.trig.territory_objects:
            c.event_type, c.sub_event_type = "Strategic developments", "Non-violent transfer of territory"
        else:
            # "سلم 275 عنصرا ... الأحد , أنفسهم": a surrender hands over the party itself or its arms (named
            # after it in its sentence, a comma may stand between); a handover of nothing named ("لتسليم عدد من
            # مسلحيه" in an ultimatum, "تضمنت تسليم المقاتلين" in terms) is none;
            # ground named after the handing party ("سلمت قوات سوريا الديمقراطية المدينة للمجلس المدني") is a
            # handover too
            c.bare_movement = not (any(_keys(t.norm) & lex.surrender_objects for t in toks[c.tj:])
                                   or any(_keys(t.norm) & c.trig.territory_objects for t in toks[c.tj:c.tj + 5]))
    elif kind in lex.arrival_kinds:
        # "ووصول قافلة الفوعة إلى الراشدين": the tail of an exit told elsewhere; "قافلة جديدة من مهجري القلمون"
        # (the displaced of a surrender deal) arriving is that evacuation's execution
        c.bare_movement = not any(_keys(t.norm) & lex.arrival_execution for t in toks)
    elif kind == "arrest" and any(_keys(t.norm) & lex.hostages for t in toks[c.tj:c.tj + 3]):
        # "احتجاز رهائن بينهم أطباء": hostages taken are abducted (ACLED), not arrested
        c.event_type, c.sub_event_type = "Violence against civilians", "Abduction/forced disappearance"
    elif kind == "arrest" and not c.actor1 and _held_by_gunmen(c, lex):
        # "مجموعة مسلحة تطلق سراح الصحفي بعد احتجازه": unnamed gunmen held him (ACLED abduction, not an arrest)
        c.event_type, c.sub_event_type = "Violence against civilians", "Abduction/forced disappearance"
    elif kind == "arrest":
        if a1_type == "ARMED_GROUP" and (not c.actor2 or c.actor2 == [CIVILIANS_ID]) and not _detained_armed(c, lex, ctx):
            c.event_type, c.sub_event_type = "Violence against civilians", "Abduction/forced disappearance"
    elif kind == "casualty":
        if _killed_from_air(c) or _fell_from_air(c, lex):
            # ACLED codes the deaths an aircraft or its barrel bombs cause with the strike (Explosions/Remote
            # violence), not as an attack by hand
            c.event_type, c.sub_event_type = "Explosions/Remote violence", "Air/drone strike"
        elif clause_keys & lex.protest_victims or c.actor1 == [PROTESTERS_ID] and c.event_type == "Battles":
            # deaths among protesters / mourners shot at: force used against a protest; a toll whose party is
            # the protesters ("خرج الآلاف في مظاهرات متفرقة وقتل 3") is theirs (they fought no armed side)
            c.event_type, c.sub_event_type = "Protests", EXCESSIVE_FORCE
        elif (clause_keys & lex.generic["civilians"] or _victims_told(s, c.ti, lex) or _civilian_target_told(c, lex)
              or _toll_of_attack_on_place(c, lex)):
            # "قتل الجيش التركي الطفل جميل": civilians killed with no fight told (one-sided, not Battles)
            c.event_type, c.sub_event_type = "Violence against civilians", "Attack"
        elif _killed_by_one_side(c, lex, ctx):
            # ACLED: Battles need two organised armed sides; a killing told with its killer and no
            # fighting, of people not told as armed, is violence against civilians
            c.event_type, c.sub_event_type = "Violence against civilians", "Attack"
        elif c.event_type == "Battles" and _shot_at_people(c, lex):
            # "لقي 12 شخصا حتفهم عندما أطلق رجل النار أثناء الاحتفال": people shot, nobody fired back
            c.event_type, c.sub_event_type = "Violence against civilians", "Attack"
        elif c.event_type == "Battles" and _lone_attacker(c, lex):
            # "إصابة ثمانية اشخاص ... طعنهم من قبل مسلح ... قبل أن تتمكن الشرطة من قتل المهاجم": one man on
            # people; the police ending it is no second armed side
            c.event_type, c.sub_event_type = "Violence against civilians", "Attack"
        elif (c.event_type, c.sub_event_type) == ("Battles", "Armed clash") and _sideless_toll(c, lex, ctx):
            # "كما قتل 8 أشخاص في زبيد": persons dead and nothing told of who fought or killed them; Battles
            # would be a guess (ACLED Battles need two armed sides told), and no other type is told either
            return False
        c.specific = False
    if c.modality == "planned":
        if kind not in PLANNED_TO_OTHER or not c.actor1 or not c.actor_same_clause:
            return False
        # a prepared / foiled / scheduled operation is a strategic development, not a battle
        c.event_type, c.sub_event_type = "Strategic developments", "Other"
    return True


@dataclass(frozen=True, slots=True)
class _NeighbourLex:
    air: frozenset[str]
    artillery: frozenset[str]
    continuations: frozenset[str]
    concurrent: frozenset[str]
    ground_axes: frozenset[str]


@lru_cache(maxsize=1)
def _neighbour_lex() -> _NeighbourLex:
    data = read_shared(MEANS)["neighbour_means"]
    return _NeighbourLex(air=_ks(data["air"]), artillery=_ks(data["artillery"]),
                         continuations=frozenset(normalize(str(w)) for w in data["continuations"]),
                         concurrent=_ks(data["concurrent"]), ground_axes=_ks(data["ground_axes"]))


AIR_STRIKE = ("Explosions/Remote violence", "Air/drone strike")
SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")


def _sent_keys(s: _Sent) -> frozenset[str]:
    """The keys of all of the sentence's words, made once per sentence (never changed by a reader)."""
    keys = s.all_keys
    if keys is None:
        keys = s.all_keys = frozenset(w for t in s.tokens for w in _keys(t.norm))
    return keys


def _wants_means(c: _Cand, lex: _ELex) -> bool:
    """An attack typed a clash by default, or a massacre typed an attack on civilians, whose own sentence
    names no means and no ground fighting: its means may be told in the sentence next to it."""
    toks = c.sent.tokens
    if c.trig.kind == "attack":
        ok = c.event_type == "Battles" and c.sub_event_type == "Armed clash"
    elif c.trig.kind == "execution":
        ok = c.event_type == "Violence against civilians" and bool(_keys(toks[c.ti].norm) & lex.toll_events)
    else:
        return False
    if not ok:
        return False
    nl, keys = _neighbour_lex(), _sent_keys(c.sent)
    # ("قوات النظام تهاجم من محورين": a ground push told with how it was made)
    return not keys & (nl.air | nl.artillery | lex.structure_fight_words | _means_lex().massacre_ground | nl.ground_axes)


def _plain_keys(norm: str) -> set[str]:
    """A word's readings with only a conjunction, "ب" or the article taken off ("والغارات", "بالطيران"): the
    wider clitic reading would find means in other words ("ولجوئه" read as "جوي")."""
    forms = {norm}
    if norm[:1] in "وف" and len(norm) > 3:
        forms.add(norm[1:])
    for f in list(forms):
        for p in ("بال", "ال", "ب"):
            if f.startswith(p) and len(f) - len(p) >= 3:
                forms.add(f[len(p):])
    return forms


def _goes_on(s: _Sent, nl: _NeighbourLex) -> bool:
    """The sentence opens as the next part of the telling before it ("وأكد أن", "وأسفر القصف", "كما")."""
    first = s.tokens[0].norm if s.tokens else ""
    return first in nl.continuations or (len(first) > 2 and first[0] in "وف")


def _holds(loc: str | None, other: str, ctx: _DocContext) -> bool:
    """``other`` names the candidate's place: the same place, a place next to it, its province, its country."""
    return (ctx.places_compatible(loc, other) or ctx.same_province(loc, other)
            or ctx.place_level(other) == "country" and ctx.place_country(other) == ctx.place_country(loc))


def _same_telling(c: _Cand, s2: _Sent, cands2: list[_Cand], after: bool, ctx: _DocContext) -> bool:
    """``s2``, next to the candidate's sentence, goes on with its telling: no place of it is another
    place, no happening of it is another (a clash, another place or day), and it reads on from it."""
    nl = _neighbour_lex()
    if ctx.other_items(c.start, s2.span.start):
        return False
    # (told back: the candidate's sentence reads on, or names its happening as one told, "المجازر")
    if not (_goes_on(s2, nl) if after else _goes_on(c.sent, nl) or c.sent.tokens[c.ti].norm.startswith(("ال", "وال"))):
        return False
    places = [m.entity_id for m in s2.mentions if m.type == "PLACE" and m.entity_id and ctx.place_usable(m, s2.text)]
    shared = [p for p in places if _holds(c.location, p, ctx)]
    if (places or not after) and not shared:
        return False        # "وفي إدلب , قتلت غارة ...": another place's strike; the telling before must name its place
    if s2.has_date_expr and not cands2:
        return False        # a means told with a day of its own and no happening: another time's
    for o in cands2:
        if o.event_type == "Battles" and o.trig.kind != "attack" or o.trig.kind == "territory":
            return False    # "اشتباكات عنيفة ... بالمدفعية": the means of the fighting told there
        if o.trig.kind == "remote" and c.trig.kind == "attack":
            return False    # "ورد النظام السوري بقصف جوي": a strike told as its own happening has its own means
        if o.location and o.trig.key != c.trig.key and not _holds(c.location, o.location, ctx):
            return False    # (the same attacks told again over a wider area are this telling)
        if o.date_own and c.date_own and (o.date_start, o.date_end) != (c.date_start, c.date_end):
            return False
    return True


def _remote_means(s: _Sent, lex: _ELex) -> tuple[str, str] | None:
    """The remote means the sentence names (air_words, then artillery and shelling words), None when it names none or tells the
    aircraft or guns as the backing of a ground deed ("بغطاء جوي", "بدعم")."""
    keys = _sent_keys(s)
    if keys & _backing_words(lex):
        return None
    if keys & lex.air_words:
        return AIR_STRIKE
    if keys & (lex.artillery_words | _neighbour_lex().artillery | _shelling_words()):
        return SHELLING
    return None


@lru_cache(maxsize=1)
def _shelling_words() -> frozenset[str]:
    """The cause words of a shelling (event_means.yaml toll_means: "قصف", "قذائف", "هاون")."""
    return frozenset().union(*(words for words, _et, sub in _means_lex().means if sub == SHELLING[1]))


def _backing_words(lex: _ELex) -> frozenset[str]:
    """The words that make air means a ground attack's backing, not its means (the attack entry of the
    air refine words: "بدعم", "بغطاء", "اشتباكات", "تقدم", "وسط"): read in the telling next to it too."""
    return frozenset().union(*(unless for kinds, _w, _et, sub, _sc, unless in lex.refine
                               if "attack" in kinds and sub == AIR_STRIKE[1]))


def means_next_door(sents: list[_Sent], per_sent: list[list[_Cand]], lex: _ELex, ctx: _DocContext) -> None:
    """Type by the means the sentence next to it tells: an attack with no means of its own ("شنت قوات
    النظام هجمات مكثفة على دوما") whose next sentence names air raids or artillery, a massacre whose
    sentence before tells the air strikes ("... نتيجة القصف الجوي . وتركزت المجازر في قرى ..."). ACLED
    codes a happening by its means (Explosions/Remote violence), not as a clash or an attack by hand.
    Then an attack still typed a clash whose sentence tells unarmed dead is one on civilians (_civilian_dead_told)."""
    nl = _neighbour_lex()

    def next_door(c: _Cand, i: int) -> Iterator[int]:
        """The sentences after and before c's (in that order) that tell the same story, for a c that wants a means."""
        if _wants_means(c, lex):
            yield from (j for j in (i + 1, i - 1)
                        if 0 <= j < len(sents) and _same_telling(c, sents[j], per_sent[j], j > i, ctx))

    for i, cands in enumerate(per_sent):
        for c in cands:
            for j in next_door(c, i):
                keys = _sent_keys(sents[j])
                plain = {w for t in sents[j].tokens for w in _plain_keys(t.norm)}
                stop = _backing_words(lex) | lex.structure_fight_words | _means_lex().massacre_ground
                if c.trig.kind == "execution":
                    # "مجازر ... جراء قصف الطائرات الحربية ... بالتزامن مع قصف بلدة مسرابا": strikes told beside
                    # each other are the massacre's means, no ground attack they back
                    stop -= nl.concurrent
                if keys & stop:
                    continue    # "وترافق الهجوم مع غارات جوية": air backing a ground attack
                # a massacre next to a bombardment told with no weapon ("وتركزت المجازر في قرى ... . وأضاف أن
                # القصف يستهدف المدنيين"): its deaths came from the shelling (toll_means shelling words; not next
                # to an attack, whose "قذيفة صاروخية" may be a ground attack's RPG)
                shells = nl.artillery | (_shelling_words() if c.trig.kind == "execution" else frozenset())
                means = AIR_STRIKE if plain & nl.air else SHELLING if plain & shells else None
                if means is None:
                    continue
                c.event_type, c.sub_event_type = means
                c.specific = True
                for o in per_sent[j]:
                    if o.trig.kind == "attack" and (o.event_type, o.sub_event_type) == ("Battles", "Armed clash"):
                        # "وأكد أن قوات النظام تشن هجمات ... باستخدام المدافع": the same attacks, told with their means
                        o.event_type, o.sub_event_type = means
                        o.specific = True
                break
    for i, cands in enumerate(per_sent):
        for c in cands:
            # one hop further: "قتل 9 مدنيين جراء هجمات نفذتها قوات النظام على مدن الغوطة . وحسب مراسل الأناضول , فقد
            # شنت قوات النظام هجمات مكثفة على مدن حرستا ... . وأكد أن قوات النظام تشن هجمات عنيفة ... باستخدام
            # المدافع": the attacks next door, the same telling, took the means of the sentence after them
            for j in next_door(c, i):
                if _sent_keys(sents[j]) & (_backing_words(lex) | lex.structure_fight_words):
                    continue    # "وفي محاولة للتصدي لهذه الهجمات , صعد النظام حملته الجوية": the other side's answer
                # (the attacks of another party next door are not these: "يكثف تنظيم داعش هجماته" vs the regime's)
                told = next(((o.event_type, o.sub_event_type) for o in per_sent[j] if o.trig.kind == "attack"
                             and (o.event_type, o.sub_event_type) in (AIR_STRIKE, SHELLING)
                             and not (c.actor1 and o.actor1 and set(c.actor1).isdisjoint(o.actor1))), None)
                if told is not None:
                    c.event_type, c.sub_event_type = told
                    c.specific = True
                    break
    for cands in per_sent:
        for c in cands:
            # (after the means next door had their say: "... جراء هجمات النظام على مدينة دوما" whose air raids the
            # sentence before tells is the strike)
            if c.trig.kind == "attack" and (c.event_type, c.sub_event_type) == ("Battles", "Armed clash") and \
                    _civilian_dead_told(c, lex):
                # "هاجم مسلحين جزءا من حقل غاز ... وقتلوا 4 عمال محليين": the dead are unarmed, nobody fought back
                c.event_type, c.sub_event_type, c.specific = "Violence against civilians", "Attack", True
            elif c.trig.kind == "attack" and (c.event_type, c.sub_event_type) == ("Battles", "Armed clash") and (
                    means := _remote_means(c.sent, lex)) is not None and _civilian_dead_told(c, lex, remote=True):
                # "هجمات التحالف السعودي على منزل ... قتل 7 مدنيين": unarmed dead, nobody fought back, and the
                # sentence names the remote means (the air coalition, shells): ACLED codes the strike by its means
                c.event_type, c.sub_event_type = means
                c.specific = True
