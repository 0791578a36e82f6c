"""A recalled takeover is no month's tally, and a campaign's toll over months is no toll of the page's day (BACKGROUND
rows of the breadth samples, session 26): "سيطرت الشهر الماضي على بلدة ... منذ ظهوره" has an aggregate cue ("منذ")
but no count, so it is not kept as a month's toll reported when the month ends; "وخلال معركة الرقة الحالية ... 300
مدني سقطوا ... خلال الأشهر ال - 3 الأخيرة" names the campaign with its tally
(rasd.extract.events.background _tallied, _span_toll). Short excerpts of allowed unifiedfc pages (R-188 #0, V-279 #0)."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text

PUNTLAND = ("قال الجيش الأمريكي إنه نفذ ضربة جوية ضد متشددي تنظيم الدولة الإسلامية في الصومال اليوم . "
            "كانت جماعة موالية للدولة الإسلامية سيطرت الشهر الماضي على بلدة ساحلية صغيرة في إقليم بلاد بنط وهي أول "
            "بلدة يسيطر عليها التنظيم منذ ظهوره في الصومال قبل عام .")


def test_a_takeover_recalled_by_its_month_is_no_months_toll() -> None:
    # R-188 #0 (Al Bawaba / Reuters, 28 Nov 2017): last month's takeover of a Puntland town, context of the strike
    a = analyse_text(PUNTLAND, "2017-11-28", doc_id="puntland")
    assert [e for e in actual_events_of(a) if e.event_type != "Battles"]     # (the day's air strike stays)
    assert not actual_events_of(a, "Battles")


def test_a_months_toll_reported_as_it_ends_stays() -> None:
    # twin: a count in the clause makes "منذ" a tally's, the month's toll told when it ends (kept as before)
    text = PUNTLAND.replace("سيطرت الشهر الماضي على بلدة ساحلية صغيرة", "قتلت الشهر الماضي 40 شخصا في بلدة ساحلية صغيرة")
    a = analyse_text(text, "2017-11-28", doc_id="puntland-toll")
    assert [e for e in actual_events_of(a) if e.date_start == "2017-10-01"]


RAQQA = ("وخلال معركة الرقة الحالية , قالت لجنة التحقيق حول سوريا التابعة للأمم المتحدة أن نحو 300 مدني سقطوا في "
         "المحافظة الرقة التي تحاصرها قوات سوريا الديمقراطية بدعم من التحالف خلال الأشهر ال - 3 الأخيرة .")


def test_a_campaign_named_with_its_toll_over_months_is_no_battle() -> None:
    # V-279 #0 (alrai-iq analysis, 10 Jul 2017): the UN's three-month tally of the Raqqa battle
    a = analyse_text(RAQQA, "2017-07-10", doc_id="raqqa-tally")
    assert not [e for e in actual_events_of(a) if "معركة" in e.trigger]


def test_a_campaign_named_with_a_toll_of_its_own_stays() -> None:
    # twin: the same toll with no span over months is told as the campaign's news (kept as before)
    a = analyse_text(RAQQA.replace(" خلال الأشهر ال - 3 الأخيرة", ""), "2017-07-10", doc_id="raqqa-toll")
    assert [e for e in actual_events_of(a) if "معركة" in e.trigger]
