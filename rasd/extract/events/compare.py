"""Whether two candidates tell one happening: the family, place, date and actor compatibility
tests, a toll naming a happening, the same actor's attack, and ``_same_happening`` over them, with
``_absorb`` (one candidate taking another's fields) and the merge of one sentence's or one feed
item's candidates. Both the candidate builder and the page-level merges read it.
"""

from __future__ import annotations

from typing import Any

from rasd.data import word_list
from rasd.extract.counts import quantity_name
from rasd.extract.events.actors import VIOLENT
from rasd.extract.events.context import _LIST_ENTRY, LEAD_CHARS, _DocContext, _strikes
from rasd.extract.events.dates import _across_posts, _turns, range_precision, span_days
from rasd.extract.events.lexicons import _ELex, _k, _keys, lexicon
from rasd.extract.events.places import _other_happening_place
from rasd.extract.events.sentences import _Cand
from rasd.extract.events.triggers import _tok_index
from rasd.extract.events.types import EXCESSIVE_FORCE
from rasd.records import UNKNOWN
from rasd.text.normalize import normalize
from rasd.text.tokens import Token


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


def _places_ok(a: _Cand, b: _Cand, ctx: _DocContext | None = None, any_type: bool = False) -> bool:
    """a and b may be placed at one happening's place. Strikes and shelling at two neighbouring towns are
    two events (ACLED codes each location hit), and with ``any_type`` (``merge._towns_apart``: two tellings
    of their own sentences, neither pointing back) so are a fight, a taking or a killing at two towns of
    their own names: neither town holds the other ("دوما" and "مسرابا"), unlike a town and its own district
    or region, or a city and its quarter. Two words of one clause still tell one happening ("استهدفت مدينة
    دوما ومناطق كفربطنا بالمدفعية": the verb and its means)."""
    if not a.loc_own or not b.loc_own or a.location == b.location:
        return True
    one_clause = a.sent is b.sent and a.sent.clause[a.ti] == a.sent.clause[b.ti]
    if _another_in_sentence(a, b):
        return False    # "..., كما قتل شخصان إثر غارة على قرية فخيخة في ريف الرقة": another happening, told on
    towns_apart = not one_clause and (any_type or _strikes(a, b))
    return ctx is not None and ctx.places_compatible(a.location, b.location, towns_apart=towns_apart)


def _opens_with(toks: list[Token], k: int, end: int, seqs: tuple[tuple[str, ...], ...]) -> bool:
    """The words from token k (past punctuation, before token end) start with one of seqs (a leading
    "و" of the first word may stand before it)."""
    while k < end and not any(ch.isalpha() for ch in toks[k].norm):
        k += 1
    words = [_k(t.norm) for t in toks[k:min(k + 3, end)]]
    first = words[0] if words else ""
    return any(words[:len(q)] == list(q) or (first.startswith("و") and [first[1:], *words[1:len(q)]] == list(q))
               for q in seqs if q)


def _joined_as_another(a: _Cand, b: _Cand) -> bool:
    """The later of a and b opens its clause with a word that adds another happening ("كما", "فيما",
    "في حين", "إضافة إلى"): its place is that happening's, not the first one's told again."""
    s = a.sent
    dcl = s.dclause or s.clause
    later = max(a.ti, b.ti)
    k = later
    while k > 0 and dcl[k - 1] == dcl[later]:
        k -= 1
    return _opens_with(s.tokens, k, later, lexicon().another_happening)


def _another_in_sentence(a: _Cand, b: _Cand) -> bool:
    """a and b are placed at two places, the later one told in a clause of their sentence that adds
    another happening (``_own_clause_places`` and ``_joined_as_another``)."""
    return (a.loc_own and b.loc_own and a.location != b.location and _own_clause_places(a, b)
            and _joined_as_another(a, b))


def _own_clause_places(a: _Cand, b: _Cand) -> bool:
    """a and b are told in two clauses of one sentence, the later one with its own place in its clause
    and the earlier one's place before that clause ("قتلوا جراء هجمات النظام على مدينة دوما , فيما قتل 4
    مدنيين في هجمات مماثلة على بلدة مسرابا"). (Alone, without a joiner that adds a happening, it is no
    reason to split: "المعركة امتدت من بيت نايم ... بالتزامن مع اشتباكات في حوش الضواهرة".)"""
    s = a.sent
    if b.sent is not s or a.loc_ev is None or b.loc_ev is None or not (
            s.span.start <= a.loc_ev[0] < s.span.end and s.span.start <= b.loc_ev[0] < s.span.end):
        return False
    first, later = (a, b) if a.ti < b.ti else (b, a)
    dcl = s.dclause or s.clause
    kf, kl = _tok_index(s.tokens, first.loc_ev[0]), _tok_index(s.tokens, later.loc_ev[0])
    return (0 <= kf < kl and dcl[first.ti] != dcl[later.ti] and dcl[kl] == dcl[later.ti]
            and dcl[kf] != dcl[later.ti])


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
                                          and not _entry_place(a, b, ctx) and not _place_told_afar(a, b))):
        a.location, a.geo_precision, a.loc_own, a.loc_ev = b.location, b.geo_precision, True, b.loc_ev
    # (a source's report window, b.date_cited, does not replace a date the text gives a's happening; a
    # "since" span read at day precision, "تخوض معارك منذ 6 يونيو", spans months: a telling's own day,
    # "أمس السبت", tells the happening more narrowly)
    if b.date_start != UNKNOWN and not _other_item_date(a, b, ctx) and not _date_across_turn(a, b) and (
            a.date_start == UNKNOWN or ((_span_precision(b) or 9) < (_span_precision(a) or 9) or _narrows(b, a)
                                        or _told_before_stamp(b, a, ctx))
            and not (b.date_cited and a.date_own and not a.date_cited) and not _told_before_stamp(a, b, ctx)):
        (a.date_start, a.date_end, a.time_precision, a.date_ev, a.date_own, a.date_cited, a.date_guessed,
         a.date_since) = (b.date_start, b.date_end, b.time_precision, b.date_ev, b.date_own, b.date_cited,
                          b.date_guessed, b.date_since)
    if a.modality != "actual" and b.modality == "actual" and not a.denied_firm:
        # (a report its denial governs stays denied: the other telling it absorbs is the claim retold or a
        # word of the denial's own story, "ينفي لأورينت سيطرة النظام عليها" with "يروج ... بأنه سيطر", not
        # the page asserting what it refutes; a denial read from afar, "وتنفي أنقرة هذا الاتهام وشنت تركيا
        # أولى ضرباتها", is as often wrong and is undone by the page's own telling)
        a.modality = "actual"
    a.aggregate = a.aggregate or b.aggregate
    a.merged.append(b)
    a.merged.extend(b.merged)
    b.merged = []


def _date_across_turn(a: _Cand, b: _Cand) -> bool:
    """b's own date stands in a's sentence past a phrase that turns it to another telling ("من جانبها",
    "إلى ذلك", "بدوره"), with a's trigger on the other side: "فيما استهدفت قوات النظام الأحياء المحيطة بثكنة
    هنانو بقذائف المدفعية من جانبها وثقت الشبكة مقتل 26 مدنيا , أمس": the day is the other telling's (the
    network's tally), not a's happening's, which takes its own or the page's (`_find_date` skips such a day
    for a's own date the same way)."""
    if not b.date_own or b.date_ev is None or a.sent is None or a.sent is not b.sent:
        return False
    turns = _turns(a.sent)
    if not turns:
        return False
    k = _tok_index(a.sent.tokens, b.date_ev[0])
    if k < 0:
        return False
    lo, hi = min(k, a.ti), max(k, a.ti)
    return any(lo < t0 and t1 <= hi for t0, t1 in turns)


# date kinds a telling's own relative time is told by ("أمس", "قبل أيام", "يوم السبت"); a stamp or
# masthead is an absolute (or Hijri) date
_RELATIVE_KINDS = frozenset({"relative", "weekday"})
_STAMP_KINDS = frozenset({"absolute", "hijri"})


def _date_told(c: _Cand) -> Any | None:
    """The date of c's sentence its date evidence is (None when c's date came from elsewhere)."""
    if c.date_ev is None or c.sent is None:
        return None
    return next((d for d in c.sent.dates if d.start == c.date_ev[0]), None)


def _stamp_day(c: _Cand, ctx: _DocContext) -> bool:
    """c is the page's headline or lead, dated by the page's own stamp or masthead told in its sentence: an
    absolute date that is the page's day (a headline glued to "الاربعاء ... 13 فبراير 2013 م - العدد
    16305"). A telling further down the page dated so tells a happening of that day."""
    day = ctx.page_day
    if day is None or c.start >= LEAD_CHARS or c.date_start != c.date_end or c.date_start != day.isoformat():
        return False
    d = _date_told(c)
    return d is not None and d.kind in _STAMP_KINDS


def _told_before_stamp(b: _Cand, a: _Cand, ctx: _DocContext) -> bool:
    """a is dated by the page's stamp, b is the page's lead telling the happening with a relative day of its
    own ("أمس", "قبل أيام", "يوم الاثنين") ending before the stamp's day, within a week of it: a headline
    told on the stamp's day and its lead's "أمس" are one happening, of the lead's day. A telling further
    down ("وكان المراسل أفاد أمس الخميس بأن قوات النظام قصفت ...") is the day before's happening, not the
    headline's."""
    if not b.date_own or b.date_cited or b.date_guessed or b.date_start == UNKNOWN \
            or b.sent is None or b.sent.span.start >= LEAD_CHARS or not _stamp_day(a, ctx):
        return False
    d = _date_told(b)
    end = b.date_end or b.date_start
    return (d is not None and d.kind in _RELATIVE_KINDS and end < a.date_start
            and span_days(end, a.date_start) <= 7)


def _span_precision(c: _Cand) -> int | None:
    """c's time precision, a "since" span of weeks or months read at day precision ("منذ 6 يونيو", open up
    to the page's day: a campaign's time, not a happening's) counted as the month it is emitted as
    (``range_precision``). A range the text bounds ("الفترة من 19 فبراير وحتى 23 مارس": a tally's period),
    a "since" of days ("منذ يوم الجمعة") and a text's two days ("خلال الـ 48 ساعة الماضية") stay as told."""
    p = range_precision(c.date_start, c.date_end, c.time_precision)
    return p if c.date_since and p == 3 else c.time_precision


CAMPAIGN_DAYS = 7     # a range longer than a week is a campaign's or a period's, not one happening's report window


def _narrows(b: _Cand, a: _Cand) -> bool:
    """b's text gives its happening a narrower span inside a's campaign-long range of the same precision:
    the day that range holds ("المعركة التي أعلنت عنها أمس السبت" merged with "تخوض ... منذ 6 يونيو
    معارك": a "since" range is coded as precise as its first day). The merged row keeps the day, not the
    range it falls in; a date outside a's span is no narrowing of it. A report's own window of a few days
    ("خلال الثماني والأربعين ساعة الماضية", "الليلة الماضية وفجر اليوم") is the happening's span, kept."""
    if not b.date_own or a.date_start == UNKNOWN or (b.time_precision or 9) > (a.time_precision or 9):
        return False
    b_end, a_end = b.date_end or b.date_start, a.date_end or a.date_start
    if not (a.date_start <= b.date_start and b_end <= a_end and (b.date_start, b_end) != (a.date_start, a_end)):
        return False
    try:
        return span_days(a.date_start, a_end) > CAMPAIGN_DAYS
    except ValueError:
        return False


FAR_APART_CHARS = 1500     # a few paragraphs: past them a page has moved on to other happenings


def _place_told_afar(a: _Cand, b: _Cand) -> bool:
    """b's place is written paragraphs away from every telling of a, neither in the page's lead: a
    finer place of another happening of a long page (a digest, a chronology, an analysis), merged in
    by type and compatible area, not a's own told again. a keeps the place its own telling names
    ("the regime shelled camps in the northern Latakia countryside" is not placed at a town whose
    capture a later paragraph tells; "the campaign on the towns of the Idlib countryside" not at the
    village a strike hit, told 9,000 characters later). A headline or lead retold in the body still
    takes the body's town."""
    if b.loc_ev is None or b.loc_ev[0] < LEAD_CHARS:
        return False
    parts = [a, *a.merged]
    if any(p.sent.span.start < LEAD_CHARS for p in parts):
        return False
    at = b.loc_ev[0]
    return all(at < p.sent.span.start - FAR_APART_CHARS or at > p.sent.span.end + FAR_APART_CHARS for p in parts)


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


def _item_key(c: _Cand, ctx: _DocContext) -> tuple[int, int, int]:
    """The item of its page c's trigger stands in (_DocContext.item_key)."""
    return ctx.item_key(c.sent, c.ti)


def _merge_in_sentence(cands: list[_Cand], ctx: _DocContext) -> list[_Cand]:
    if len(cands) > 1 and (ctx.items or ctx.item_cuts or cands[0].sent.hseg):
        # a sentence that holds several items of a feed ("... حرستا شمال حماة : ...", a post's toll glued to
        # the next post's shelling) or several timeline entries: each item's tellings are merged among
        # themselves, never with another item's (whose trigger, type, place or toll are not this one's)
        groups: dict[tuple[int, int, int], list[_Cand]] = {}
        for c in cands:
            groups.setdefault(_item_key(c, ctx), []).append(c)
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
                                                  or _one_strike(o, c, cands) or _strike_named_again(o, c)):
                striker = (None if _actors_ok(o, c, ctx) or c.trig.kind == "casualty"
                           else o if _strike_named_again(o, c) else _striker(o, c))
                _absorb(o, c, ctx)
                if striker is c:
                    o.actor1, o.actor_ev, o.actor_own, o.assoc1 = list(c.actor1), c.actor_ev, c.actor_own, []
                break
        else:
            k = next((i for i, o in enumerate(out) if _killed_in_raid(o, c, ctx)), None)
            if k is not None:
                # "داهمت قوات الأمن بيتا في رفح وقتلت مسلحا": the raid that killed is the killing's happening
                o = out[k]
                _absorb(o, c, ctx)
                o.event_type, o.sub_event_type, o.specific = c.event_type, c.sub_event_type, c.specific
                continue
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
    for a in [a for a in out if a.sub_event_type == "Arrests"]:
        # "مقتل ستة أشخاص واعتقال 900 خلال احتجاجات": the arrests are the protest's intervention
        p = next((p for p in out if _arrest_at_protest(a, p, ctx)), None)
        if p is not None:
            deaths = _deaths_told(a)
            _absorb(p, a, ctx)
            out.remove(a)
            if deaths or p.sub_event_type == EXCESSIVE_FORCE:
                p.sub_event_type = EXCESSIVE_FORCE
            else:
                p.sub_event_type = INTERVENTION
            p.specific = True
    riots = [o for o in out if o.event_type == "Riots"]
    if riots:
        # "تحولت المظاهرات إلى مواجهات": a protest that turned into a riot is the riot (ACLED: one event)
        for o in list(out):
            r = next((r for r in riots if _places_ok(r, o, ctx) and _dates_ok(r, o)), None)
            if o.event_type == "Protests" and r is not None:
                _absorb(r, o, ctx)
                out.remove(o)
    return out


RAID_KILL_REACH = 10    # tokens from a raid's or arrest's word to the "وقتلت" joined to it ("داهمت قوات الأمن بيتا في رفح أمس وقتلت")
DURING = frozenset(normalize(w) for w in word_list("function_words.yaml", "during_words"))
DURING_REACH = 2        # tokens from "خلال / أثناء" to the protest's word ("خلال احتجاجات", "خلال تظاهرة حاشدة")
INTERVENTION = "Protest with intervention"


def _killed_in_raid(o: _Cand, c: _Cand, ctx: _DocContext) -> bool:
    """c is a killing joined by "و" shortly after the raid or arrest o of its sentence ("داهمت قوات الأمن المصرية
    بيتا في رفح أمس وقتلت مسلحا", "قبل أن يتم اعتقال صالح وقتله"): the forces killed in the raid, one happening
    coded by the killing (function_words.yaml during_words' note). Not an arrest told after the deaths
    ("مقتل 3 واعتقال آخرين": _others_taken), nor a killing past a comma ("المداهمات لا صلة لها بحملات ... دارت هذا
    الشهر , وقتل فيها شخصان": the campaigns' dead), at another place or on another day."""
    return (o.trig.kind == "arrest" and c.trig.kind == "casualty" and o.sent is c.sent and o.modality == c.modality
            and c.sent.tokens[c.ti].norm.startswith("و") and 0 <= c.ti - o.tj < RAID_KILL_REACH
            and c.sent.clause[c.ti] == c.sent.clause[o.ti]
            and _places_ok(o, c, ctx) and _dates_ok(o, c))


def _arrest_at_protest(a: _Cand, p: _Cand, ctx: _DocContext) -> bool:
    """The arrest a is told "during" the protest p of its sentence ("واعتقال 900 خلال احتجاجات على رفع أسعار
    الوقود", "اعتقلت الشرطة العشرات أثناء مظاهرة"): ACLED codes the arrests with the protest (Protest with
    intervention), not as an event of their own. An arrest "after" a protest ("على إثر مظاهرة") stays its own."""
    if p.event_type != "Protests" or p.modality != a.modality or p.sent is not a.sent or p.ti <= a.tj:
        return False
    toks = p.sent.tokens
    return (any(toks[k].norm in DURING for k in range(max(a.tj, p.ti - DURING_REACH), p.ti))
            and _places_ok(a, p, ctx) and _dates_ok(a, p))


def _deaths_told(c: _Cand) -> bool:
    """Some telling of c counts dead ("مقتل ستة أشخاص واعتقال 900": the toll read with the arrest)."""
    return any(quantity_name(q, p.trig.counts_as) == "fatalities" and q.value > 0
               for p in [c, *c.merged] for q in p.quantities)


STRIKE_WORDS_REACH = 16     # tokens between two words of one strike in its clause ("استهدفت قوات ... المتمركزة في


                            # قرية الشيخ عيسى بأكثر من عشر قذائف هاون")


def _one_strike(o: _Cand, c: _Cand, cands: list[_Cand]) -> bool:
    """c names, later in o's clause with no other happening's word between them, the weapon or the
    aircraft of o's strike ("جراء استهداف الطيران الحربي الروسي بغارتين", "قام الطيران الروسي بقصف",
    "حملة من القصف الجوي ... من قبل الطيران الروسي"): one strike told by two of its words, whatever
    actor each telling took (one of them often takes the target or a dateline's agency). A strike
    joined by "و" ("وقصف مماثل من الطيران الروسي") or in another clause is another telling's."""
    if o.sent is not c.sent or c.trig.kind != "remote":
        return False
    s = c.sent
    toks = s.tokens
    parts = [p for p in [o] + o.merged if p.sent is s and p.tj <= c.ti]
    # o's strike may be told by a word merged into it ("حملة ... من القصف الجوي ... من قبل الطيران الروسي":
    # the campaign typed by the bombing it names)
    if not any(p.trig.kind == "remote" for p in parts) or toks[c.ti].norm.startswith(("و", "ف")):
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


DEFINITE = tuple(normalize(p) for p in word_list("function_words.yaml", "definite_prefixes_short"))


def _strike_named_again(o: _Cand, c: _Cand) -> bool:
    """c, later in o's sentence, names o's strike again by a definite noun with no means and no other
    place than o's ("قام الطيران الروسي بقصف عنيف ... فقامت عناصر التنظيم بالانسحاب ... وعند هدوء القصف
    عادوا"): the article points back to the strike just told, so whatever actor the noun picked up
    nearby (often the other side of the clause) is not a second striker."""
    if o.sent is not c.sent or c.trig.kind != "remote" or c.ti <= o.ti or c.specific:
        return False
    if c.loc_own and c.location != o.location:
        return False
    if not any(p.trig.kind == "remote" for p in [o] + o.merged if p.sent is c.sent):
        return False
    form = c.sent.tokens[c.ti].norm
    return form.startswith(DEFINITE) and not _joined_as_another(o, c)


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


def _on_list_entry(text: str, pos: int) -> bool:
    """The line holding ``pos`` opens with a numbered list entry."""
    start = text.rfind("\n", 0, pos) + 1
    return _LIST_ENTRY.match(text, start) is not None
