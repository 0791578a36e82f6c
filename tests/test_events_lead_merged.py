"""A page's headline or lead telling that an earlier merge folded into a later telling still makes that event the
lead's (merge._lead_told): its wide place gives way to the body's place inside it, as when the lead's own telling
leads (_merge_lead_body, _lead_holds). Only a folded lead telling that names the event's place counts: a placeless
headline or one at another place does not make a body event the lead's."""

from __future__ import annotations

from types import SimpleNamespace

from analysed import actual_events_of, analyse_text

from rasd.extract.events.context import LEAD_CHARS
from rasd.extract.events.merge import _lead_told

HEAD = "مقتل 20 مدنيا في تفجير سيارة مفخخة قرب دير الزور"
BODY = ("قتل 20 مدنيا , اليوم الجمعة , في تفجير سيارة مفخخة استهدف تجمعا للنازحين بين الجفرة والكونيكو "
        "بريف دير الزور الشمالي في سوريا .")
# a site's account widget printed between the headline and the body (no event in it)
WIDGET = ("إنشاء بروفايل خاص بك وتعديله إضافة الخبر لقائمة القراءة لديك إنشاء قائمة الاهتمامات الخاصة بك التعليق "
          "والرد على التعليقات والإعجاب بها الانضمام الى نظام الولاء للصحيفة وتجميع النقاط اختيار الأقسام المفضلة لك "
          "في الصحيفة تسجيل دخولك من خلال او تذكرني")
# the page prints its headline and body again below (a repeated story block)
REPRINTED = HEAD + " " + WIDGET + "\n" + BODY + "\n" + HEAD + " " + BODY + "\n"


def test_reprinted_headline_gives_way_to_the_body_place() -> None:
    # the headline's "قرب دير الزور" (the governorate's city standing for the governorate) and the body's
    # northern countryside are one bombing: one event, at the place the body names
    a = analyse_text(REPRINTED, "2017-11-17")
    bombs = actual_events_of(a, "Explosions/Remote violence")
    assert len(bombs) == 1
    assert bombs[0].location == "rasd:rif-deir-ez-zor-north"
    assert (bombs[0].date_start, bombs[0].date_end) == ("2017-11-17", "2017-11-17")
    assert bombs[0].fatalities == 20


def _telling(start: int, location: str | None, own: bool = True, merged: list[SimpleNamespace] | None = None
             ) -> SimpleNamespace:
    return SimpleNamespace(sent=SimpleNamespace(span=SimpleNamespace(start=start)), location=location,
                           loc_own=own, merged=merged or [])


def test_lead_told_by_own_or_folded_telling_at_its_place() -> None:
    assert _lead_told(_telling(0, "A"))
    body = LEAD_CHARS + 500
    assert not _lead_told(_telling(body, "A"))
    # the headline's telling at the same place, folded into the body's telling
    assert _lead_told(_telling(body, "A", merged=[_telling(0, "A")]))
    # a headline at another place ("المواجهات ... بإدلب" folded into clashes at a village) or with no place
    assert not _lead_told(_telling(body, "A", merged=[_telling(0, "B")]))
    assert not _lead_told(_telling(body, "A", merged=[_telling(0, None, own=False)]))
    # a lead telling that only took the place from another telling ("loc_own" false) names no place itself
    assert not _lead_told(_telling(body, "A", merged=[_telling(0, "A", own=False)]))
