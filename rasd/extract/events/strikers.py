"""Who struck: the actors of air strikes, shelling and ground attacks read from the strike's own words,
after the page-level merges. An armed group named with an air strike flies no war planes, so it is the
target or a bystander (``_aircraft_less``, ``_ground_striker``); a nationality adjective or a force
after "من" in the strike's phrase names the striker the text gives (``_adjective_striker``); with
neither, actor1 stays unknown. Word lists: event_aircraft.yaml, event_striker_adjectives.yaml.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from rasd.data import read_data
from rasd.extract.events.context import _DocContext
from rasd.extract.events.lexicons import _keys, lexicon
from rasd.extract.events.sentences import _Cand
from rasd.extract.events.triggers import HABITUAL, _tok_index
from rasd.extract.events.types import _means_lex
from rasd.text.normalize import normalize

AIRCRAFT = HABITUAL.parent / "event_aircraft.yaml"


@lru_cache(maxsize=1)
def _aircraft_data() -> dict[str, frozenset[str]]:
    """event_aircraft.yaml's word lists, normalised, read once."""
    data = read_data(AIRCRAFT)
    return {k: frozenset(normalize(str(w)) for w in words) for k, words in data.items()}


@lru_cache(maxsize=1)
def _drone_words() -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    """event_aircraft.yaml's drone words: single words and phrases."""
    words = _aircraft_data()["drone_words"]
    return (frozenset(w for w in words if " " not in w),
            tuple(tuple(w.split()) for w in words if " " in w))


def _names_drone(c: _Cand) -> bool:
    """A sentence of c (or of a telling merged into it) names a drone."""
    singles, phrases = _drone_words()
    for s in {id(x.sent): x.sent for x in [c, *c.merged]}.values():
        norms = [t.norm for t in s.tokens]
        if any(_keys(n) & singles for n in norms):
            return True
        if any(tuple(norms[i:i + len(q)]) == q for q in phrases for i in range(len(norms))):
            return True
    return False


def _aircraft_less(c: _Cand, ctx: _DocContext) -> bool:
    """An air strike whose every actor1 is a non-state armed group and whose tellings name no drone:
    such groups fly no war planes, so the actor read is the strike's target or a bystander ("غارات
    جوية على أوكارهم" after "إرهابيي جبهة النصرة"), not who struck (event_aircraft.yaml)."""
    return (c.sub_event_type == "Air/drone strike" and bool(c.actor1)
            and all(ctx.actor_type(x) == "ARMED_GROUP" for x in c.actor1) and not _names_drone(c))


def _ground_striker(c: _Cand, ctx: _DocContext) -> None:
    """An air strike's actor1 that flies no planes (_aircraft_less) did not strike: it leaves actor1,
    which then holds only what the text says flew (the one aircraft-owning force its sentence names,
    "الطيران الروسي", else unknown), and goes to actor2 when the text makes it the strike's object
    ("على مواقع داعش", "لإرهابيي جيش الفتح ... في ضربات جوية", "استهدفت الطائرات أهدافا للتنظيم").
    Kept: its own strike word's owner ("قصف لتنظيم داعش على الأحياء"), and a group told doing a ground
    deed the sub-type misread (_ground_deed). Run after merging and _apply_strike_owner (event_aircraft.yaml)."""
    if not _aircraft_less(c, ctx) or (c.strike_owner is not None and c.strike_owner[0] == c.actor1):
        return
    if _ground_deed(c):
        if _ground_raid(c):
            # "شنت داعش غارة على ثلاثة محاور ضد الجيش السوري": a group that flies no planes raided on the
            # ground (ACLED Battles / Armed clash), not an air strike
            c.event_type, c.sub_event_type, c.specific = "Battles", "Armed clash", True
        return
    groups = list(c.actor1)
    flyers = _aircraft_owners(c, ctx)
    _set_striker(c, *(flyers[0] if len(flyers) == 1 else ([], None)))
    for a in groups:
        if a not in c.actor2 and a not in c.actor1 and _struck_object(c, a, ctx):
            c.actor2.append(a)


def _ground_deed(c: _Cand) -> bool:
    """The trigger tells a ground deed read as an air strike: a ground weapon is the trigger or its
    genitive ("وراجمة صواريخ", "قصف الدبابات"), an aircraft is what was downed ("أسقطوا طائرة حربية"),
    or a light verb right before it has its own subject ("شنت داعش غارة على ثلاثة محاور": a raid)."""
    toks, data = c.sent.tokens, _aircraft_data()
    ground, downed, light = data["ground_weapons"], _means_lex().downing, data["raid_verbs"]
    if _keys(toks[c.ti].norm) & ground or (c.tj < len(toks) and _keys(toks[c.tj].norm) & ground):
        return True
    if c.ti > 0 and _keys(toks[c.ti - 1].norm) & downed:
        return True
    return c.ti >= 2 and bool(_keys(toks[c.ti - 2].norm) & light) and any(
        m.start >= toks[c.ti - 1].start and m.end <= toks[c.ti - 1].end for m in c.sent.mentions)


def _ground_raid(c: _Cand) -> bool:
    """The raid word ("غارة") right after a light verb and its group subject ("شنت داعش غارة"), with no other
    air word in its clause ("غارة جوية", "غارة بطائرة"): the group's raid on the ground (event_aircraft.yaml
    raid_nouns; the subject's type was asked by _aircraft_less)."""
    toks, data = c.sent.tokens, _aircraft_data()
    if c.tj - c.ti != 1 or not _keys(toks[c.ti].norm) & data["raid_nouns"]:
        return False
    if not (c.ti >= 2 and _keys(toks[c.ti - 2].norm) & data["raid_verbs"]):
        return False
    clause = c.sent.clause[c.ti]
    air = lexicon().air_words - data["raid_nouns"]
    return not any(_keys(t.norm) & air for k, t in enumerate(toks) if c.sent.clause[k] == clause and k != c.ti)


def _aircraft_owners(c: _Cand, ctx: _DocContext) -> list[tuple[list[str], tuple[int, int]]]:
    """The distinct state forces c's sentence names by their aircraft ("الطيران الروسي", "المقاتلات
    التركية"): a mention whose first word is an aircraft noun."""
    out: dict[str, tuple[list[str], tuple[int, int]]] = {}
    nouns = _aircraft_data()["aircraft_nouns"]
    for m in c.sent.mentions:
        aid = ctx.actor_id(m)
        words = normalize(m.surface).split()
        if aid and ctx.actor_type(aid) == "STATE_FORCES" and words and _keys(words[0]) & nouns:
            out.setdefault(aid, ([aid], (m.start, m.end)))
    return list(out.values())


OBJECT_REACH = 3    # tokens before a group's name where a target word makes it the strike's object
STRIKE_REACH = 12   # tokens between the trigger and a group's name told as its object


def _struck_object(c: _Cand, aid: str, ctx: _DocContext) -> bool:
    """A mention of aid near c's trigger stands as the strike's object: right behind a target cue ("على",
    "ضد"), shortly behind a target noun ("مواقع", "أهدافا", "إرهابيي"), behind "لـ", or behind fighters
    told as victims ("من مقاتلي")."""
    s, lex = c.sent, lexicon()
    toks = s.tokens
    marks = lex.target_nouns | _aircraft_data()["object_nouns"]
    fighters = lex.generic["fighters"]
    for m in s.mentions:
        if ctx.actor_id(m) != aid:
            continue
        k = _tok_index(toks, m.start)
        if k < 0 or not (c.ti - STRIKE_REACH <= k <= c.tj + STRIKE_REACH):
            continue
        for j in range(max(0, k - OBJECT_REACH), k):
            t = toks[j]
            if j == k - 1 and _keys(t.norm) & lex.target_cues:
                return True     # "على داعش", "ضد الهيئة" (a cue further off is another clause's: "على أن تقوم قسد")
            if _keys(t.norm) & marks or t.norm.startswith("ل") and _keys(t.norm[1:]) & marks:
                return True
            if (_keys(t.norm) & fighters or t.norm.startswith("ل") and _keys(t.norm[1:]) & fighters) and (
                    t.norm.startswith("ل") or j > 0 and toks[j - 1].norm == "من"):
                return True
        if normalize(ctx.analysis.doc.text[toks[k].start:m.start] + m.surface).startswith("ل"):
            return True
    return False


STRIKER_ADJECTIVES = HABITUAL.parent / "event_striker_adjectives.yaml"
PHRASE_REACH = 4    # tokens of a strike's noun phrase read for its nationality adjective


class _AdjectiveData(NamedTuple):
    """event_striker_adjectives.yaml, normalised. Air side: adjective -> entity id, the words that may
    stand inside a strike's noun phrase, the aircraft nouns that head a striker's phrase. Shelling /
    ground side: adjective -> armed forces id and the weapon words inside such a phrase. Both: the
    striker nouns read after "من" ("من طيران عراقي") and the words that make an adjective the weapon's
    origin ("تركية الصنع")."""
    air: dict[str, str]
    air_phrase: frozenset[str]
    aircraft_heads: frozenset[str]
    ground: dict[str, str]
    ground_phrase: frozenset[str]
    after_from: frozenset[str]
    origin: frozenset[str]


@lru_cache(maxsize=1)
def _adjective_data() -> _AdjectiveData:
    data = read_data(STRIKER_ADJECTIVES)

    def ids(key: str) -> dict[str, str]:
        return {normalize(str(w)): eid for eid, words in data[key].items() for w in words}

    def words(key: str) -> frozenset[str]:
        return frozenset(normalize(str(w)) for w in data[key])

    return _AdjectiveData(ids("adjectives"), words("phrase_words"), words("aircraft_heads"), ids("ground_adjectives"),
                          words("ground_phrase_words"), words("striker_after_from"), words("origin_words"))


GROUND_SUBTYPES = frozenset({"Shelling/artillery/missile attack", "Armed clash"})


def told_adjectives(c: _Cand) -> tuple[list[str], tuple[int, int] | None]:
    """The states c's own noun phrase names by nationality adjectives, read as its sub-type asks: an air/drone
    strike's air side, a shelling's or ground attack's armed forces (_phrase_adjectives); none for another
    sub-type."""
    if c.sub_event_type == "Air/drone strike":
        return _phrase_adjectives(c)
    if c.sub_event_type in GROUND_SUBTYPES:
        return _phrase_adjectives(c, ground=True)
    return [], None


def _phrase_adjectives(c: _Cand, ground: bool = False) -> tuple[list[str], tuple[int, int] | None]:
    """The entities named by nationality adjectives in c's own noun phrase: after the strike word across
    air/drone qualifiers and aircraft nouns ("غارة جوية أمريكية", "غارات لطائرات أمريكية", "قصفت طائرات
    حربية روسية"), or before a strike verb in the phrase of an aircraft noun ("مقاتلات إسرائيلية تقصف").
    A striker told after "من" / "من قبل" is read when a striker noun follows it ("قصف جوي من طيران عراقي").
    ground: a shelling or ground attack, read across weapon words ("قصف مدفعي تركي", "قذائف هاون تركية")
    with the adjectives naming the state's armed forces; no reading before the verb.
    Returns the ids and the adjectives' span."""
    data = _adjective_data()
    adj, inside = (data.ground, data.ground_phrase) if ground else (data.air, data.air_phrase)
    heads, from_nouns, origin = data.aircraft_heads, data.after_from, data.origin
    toks = c.sent.tokens
    found: list[int] = []

    def read(j: int) -> bool | None:
        """True: an adjective (kept), False: a phrase word, None: the phrase ends."""
        keys = _keys(toks[j].norm)
        if any(k in adj for k in keys):
            if j + 1 < len(toks) and _keys(toks[j + 1].norm) & origin:
                return None     # "قذائف تركية الصنع": where the weapon was made, not who fired it
            found.append(j)
            return True
        return False if keys & inside else None

    end = min(len(toks), c.tj + PHRASE_REACH)
    j = c.tj
    while j < end:
        if toks[j].norm == "من" and not found:
            # "من [قبل] طيران عراقي": the preposition and "قبل" do not count in the phrase's reach;
            # a striker noun must follow, then its adjective (a place after "من" ends the phrase)
            k = j + 2 if j + 1 < len(toks) and toks[j + 1].norm == "قبل" else j + 1
            if k + 1 < len(toks) and _keys(toks[k].norm) & from_nouns:
                end = min(len(toks), end + (k - j) + 1)
                j = k + 1
                continue
            break
        if read(j) is None:
            break
        j += 1
    if not found and c.ti > 0 and not ground:
        # the striker told as the verb's subject right before it: its phrase must open with an aircraft noun
        for j in range(c.ti - 1, max(-1, c.ti - 1 - PHRASE_REACH), -1):
            kind = read(j)
            if kind is None:
                found.clear()
                break
            if kind is False and _keys(toks[j].norm) & heads:
                break
        else:
            found.clear()
    ids: list[str] = []
    for j in sorted(found):
        eid = next(adj[k] for k in sorted(_keys(toks[j].norm)) if k in adj)
        if eid not in ids:
            ids.append(eid)
    if not ids:
        return [], None
    return ids, (toks[min(found)].start, toks[max(found)].end)


def _striker_after_from(c: _Cand, ctx: _DocContext) -> tuple[list[str], tuple[int, int]] | None:
    """A force or group named right after "من" / "من قبل" that follows the strike's own phrase
    ("قصف مدفعي من قوات النظام", "غارات من طائرات التحالف"): who struck. The name must start at the
    word after the preposition, or after one striker noun ("طائرات") there."""
    data = _adjective_data()
    inside, from_nouns = data.air_phrase | data.ground_phrase, data.after_from
    toks = c.sent.tokens
    j = c.tj
    while j < min(len(toks), c.tj + PHRASE_REACH) and _keys(toks[j].norm) & inside:
        j += 1
    if j >= len(toks) or toks[j].norm != "من":
        return None
    k = j + 2 if j + 1 < len(toks) and toks[j + 1].norm == "قبل" else j + 1
    starts = {toks[k].start} if k < len(toks) else set()
    if k + 1 < len(toks) and _keys(toks[k].norm) & from_nouns:
        starts.add(toks[k + 1].start)
    # an air strike's striker flies planes: a state force (groups fly none, _aircraft_less)
    kinds = ("STATE_FORCES",) if c.sub_event_type == "Air/drone strike" else ("STATE_FORCES", "ARMED_GROUP")
    for m in c.sent.mentions:
        aid = ctx.actor_id(m)
        if aid and m.start in starts and ctx.actor_type(aid) in kinds:
            return [aid], (m.start, m.end)
    return None


def _adjective_striker(c: _Cand, ctx: _DocContext | None = None) -> None:
    """An air/drone strike, shelling or ground attack whose text names no striker takes the state its
    own noun phrase names by a nationality adjective ("قصف جوي روسي", "غارة جوية أمريكية", "مقاتلات
    إسرائيلية تقصف", "قصف مدفعي تركي", "قصف جوي من طيران عراقي"); with no such adjective it stays
    unknown (event_striker_adjectives.yaml). Run after _ground_striker."""
    if c.actor1 or c.sub_event_type != "Air/drone strike" and c.sub_event_type not in GROUND_SUBTYPES:
        return
    ids, span = told_adjectives(c)
    if not ids and ctx is not None:
        named = _striker_after_from(c, ctx)
        if named is not None:
            ids, span = named
    if not ids:
        ids, span = _merged_adjectives(c)
    if ids:
        _set_striker(c, ids, span)


MERGED_PHRASE_REACH = 3    # tokens between c's trigger and a merged telling's, read for its adjective


def _merged_adjectives(c: _Cand) -> tuple[list[str], tuple[int, int] | None]:
    """The striker a merged telling of the same happening, in c's own sentence, names by a nationality adjective
    in its own strike or attack phrase ("واستهدف الهجوم الإسرائيلي مواقع": the verb's telling names none, its
    subject's noun "الهجوم الإسرائيلي" does), in the order the tellings stand; the first that names one gives it.
    Only strike and attack words, as the emission gate reads them (merge._adjective_told): a victim's
    nationality ("مقتل جندي تركي") names no striker."""
    for p in sorted(c.merged, key=lambda x: x.start):
        if p.trig.kind not in ("remote", "attack") or p.sent is not c.sent or abs(p.ti - c.ti) > MERGED_PHRASE_REACH:
            # (a telling of another sentence, or further in a long one, is as often another item of a list or a
            # ticker merged in: "جراء القصف على مدينة كفرزيتا" with "من القصف الروسي في بلدة كللي" of the next item;
            # the verb's own subject or object stands next to it: "واستهدف الهجوم الإسرائيلي")
            continue
        ids, span = told_adjectives(p)
        if ids:
            return ids, span
    return [], None


def _set_striker(c: _Cand, ids: list[str], span: tuple[int, int] | None) -> None:
    """actor1 is who the text says struck (none: unknown), told in c's own clause; it leaves actor2."""
    c.actor1, c.actor_ev = ids, span
    c.actor_own = c.actor_same_clause = bool(ids)
    c.actor2 = [a for a in c.actor2 if a not in ids]
