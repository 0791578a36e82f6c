"""A chronology's lines headed by a full date without a colon (issue #4, DATE_UNRESOLVED): "⏎ 22 مايو 2015
فجر انتحاري نفسه ... ⏎ وجرح نحو عشرة أشخاص في انفجار ... صنعاء": the undated line after an entry belongs to
that entry's day, as on a "DAY :" timeline. Excerpts of unifiedfc pages (assakina's "جرائم الإرهابيين لشهر
مايو 2015", a press-freedom chronicle of 2016), each rule with its negative twin."""

from __future__ import annotations

from test_events import actual_events, run_with_places, syrian_places

from rasd.records import Event

SANAA = {"sanaa": ("صنعاء", "Sanaa", 15.354, 44.207, "town", "Amanat al-Asimah"),
         "kabul": ("كابول", "Kabul", 34.528, 69.172, "town", "Kabul"),
         "qatif": ("القطيف", "Qatif", 26.557, 50.009, "town", "Eastern Province"),
         "cairo": ("القاهرة", "Cairo", 30.044, 31.236, "town", "Cairo")}
FALLUJAH = {"fallujah": ("الفلوجة", "Fallujah", 33.349, 43.784, "town", "Anbar")}

KABUL = ("17 مايو 2015 لقي ثلاثة أشخاص على الأقل , بينهم مواطن بريطاني , مصرعهم وأصيب 18 أخرون جراء تفجير "
         "سيارة مفخخة ضمن قافلة كانت تقل جنودا أجانب في العاصمة الأفغانية كابول .\n"
         "19 مايو 2015 قتل 4 أشخاص على الأقل بتفجير انتحاري عنيف وقع على مقربة من مبان حكومية في قلب العاصمة "
         "الأفغانية كابول .\n")
QATIF = ("22 مايو 2015 فجر انتحاري نفسه في مسجد للشيعة أثناء صلاة الجمعة في بلدة القديح بمحافظة القطيف شرقي "
         "السعودية مما أسفر عن سقوط 21 قتيلا .\n")
MOSQUE = "وجرح نحو عشرة أشخاص في انفجار استهدف مسجدا بالعاصمة اليمنية صنعاء .\n"
NEXT = "24 مايو 2015 ق تل 10 على الأقل من ضباط الشرطة الأفغان في هجوم تشنه الآن حركة طالبان في جنوب أفغانستان .\n"


def _sanaa(text: str) -> list[Event]:
    found = [e for e in actual_events(run_with_places(text, syrian_places(SANAA)))
             if text[e.evidence.start:e.evidence.end].startswith("وجرح نحو")]
    assert found
    return found


def test_an_undated_line_after_a_dated_line_of_a_chronology_takes_its_day() -> None:
    text = KABUL + QATIF + MOSQUE + NEXT
    found = _sanaa(text)
    assert all((e.date_start, e.date_end, e.time_precision) == ("2015-05-22", "2015-05-22", 1) for e in found)
    a, b = found[0].field_evidence["date"]
    assert text[a:b].startswith("22 مايو 2015")      # the evidence is the entry's heading day


def test_without_a_chronology_the_line_takes_no_day() -> None:
    # one dated line is no chronology (fewer than three lines opened by a full date)
    assert all(e.date_start == "unknown" for e in _sanaa(QATIF + MOSQUE))


def test_a_heading_line_with_the_next_day_glued_on_lends_the_glued_day() -> None:
    # "... القاهرة 19 مايو 2015 لقي ...": the page ran two entries into one line; the lines below go on with the
    # line's last entry, the glued "19 مايو 2015" (brsample10 R-99#9: the Nigeria bombing under that entry is of
    # 19 May, not the week up to it; dates._glued_entry, session 25)
    glued = ("18 مايو 2015 قتل شرطي مصري بالرصاص عندما هاجمه مسلحون على دراجة نارية في بلدة بلبيس بمحافظة "
             "الشرقية على بعد ستين كلم شمال شرق القاهرة 19 مايو 2015 لقي شخص على الأقل مصرعه في هجوم .\n")
    assert all((e.date_start, e.date_end, e.time_precision) == ("2015-05-19", "2015-05-19", 1)
               for e in _sanaa(KABUL + glued + MOSQUE + NEXT))


def test_a_line_opened_by_a_day_the_dates_layer_cannot_read_is_an_entry_of_its_own() -> None:
    # "في 15 - 6 مقتل المصور ...": its own (unread) day, not the day of the "12 - 6 - 2016" line above
    text = ("في 31 - 5 مقتل المصور التلفزيوني \" عبد الله عريان عودة \" , برصاص داعش في عمليات تحرير الفلوجة .\n"
            "10 - 6 - 2016 اعتداء على كادر قناة الفرات الفضائية في جسر بزيبز .\n"
            "11 - 6 - 2016 محكمة النشر في بغداد تصدر حكما بحبس مالك قناة البغدادية .\n"
            "12 - 6 - 2016 غرق ( كرار الدبياني ) , الذي يعمل في قناة الاشراق الفضائية في نهر دجلة لاسباب مجهولة .\n"
            "في 15 - 6 مقتل المصور التلفزيوني \" فاضل عباس الكرعاوي \" في معارك وسط الفلوجة .\n")
    found = [e for e in actual_events(run_with_places(text, syrian_places(FALLUJAH))) if e.location == "fallujah"
             and "15 - 6" in text[e.evidence.start:e.evidence.end]]
    assert found and all(e.date_start != "2016-06-12" for e in found)
