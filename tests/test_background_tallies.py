"""A running tally and an archive photo's caption are no happening of the page's day (BACKGROUND rows of the
breadth samples, session 24): "قتل طيران التحالف ما يزيد عن 1200 مدني حتى اللحظة", a toll "منذ بدء الحملة العسكرية
بتاريخ 22 كانون الأول" dated to that first day, "غارة سابقة للطيران الروسي على مدينة عندان ( رويترز - أرشيف )"
(rasd.extract.events.background _so_far_tally, _archive_caption_spans). Short excerpts of allowed unifiedfc pages
(V-14 #8, R-536 #1, V-207 #3, R-654 #1, R-347 #9)."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text


def _places(text: str, published: str = "unknown") -> list[str]:
    a = analyse_text(text, published, doc_id=f"fixture-{hash(text)}")
    return [a.entities[e.location].name_ar for e in actual_events_of(a) if e.location and e.location in a.entities]


def test_a_toll_so_far_is_no_strike_of_a_day() -> None:
    # V-14 #8 (an analysis quoted by a press digest): the coalition's toll in Raqqa up to now
    text = ("فعوضا عن خوض معارك الصحراء وانكشاف عناصره أمام الطيران الروسي , سيحتمي في المدن الكبرى كما فعل في "
            "مدينة الرقة , حيث قتل طيران التحالف ما يزيد عن 1200 مدني حتى اللحظة , بسبب القصف العشوائي وتحصن "
            "مقاتلي التنظيم في مناطق المدنيين .")
    a = analyse_text(text)
    assert [e.trigger for e in actual_events_of(a)]       # (the page's other words still tell their rows)
    assert not [e for e in actual_events_of(a) if "التحالف" in e.trigger]


def test_the_days_count_so_far_stays() -> None:
    # twin (R-654 #1): the day's raids, counted up to the moment of writing
    text = ("شن الطيران الحربي اليوم أكثر من 35 غارة جوية على مدينتي حرستا وعربين في الغوطة الشرقية ما أدى لدمار "
            "كبير وشهداء وجرحى مع استمرار الغارات الجوية حتى اللحظة .")
    assert any("عربين" in p or "حرستا" in p for p in _places(text))


CAMPAIGN_TOLL = ("وثق المكتب الإعلامي للدفاع المدني السوري ( الخوذ البيضاء ) في ريف دمشق , حصيلة الشهداء الذين قضوا في "
                 "قصف قوات النظام وميليشيا \" حزب الله \" على منطقة وادي بردى بريف دمشق , منذ بدء الحملة العسكرية "
                 "بتاريخ 22 كانون الأول / ديسمبر إلى تاريخ اليوم السبت 7 كانون الثاني / يناير .\n"
                 "وقال المكتب الإعلامي للدفاع المدني , إن 21 مدنيا قضوا بقصف قوات النظام وميليشيا حزب الله على قرى "
                 "وادي بردى , بينهم أربع سيدات وأربعة أطفال .")


def test_a_campaign_toll_is_not_dated_to_the_campaigns_first_day() -> None:
    # R-536 #1 (Baladi News, 7 Jan 2017): 21 dead over the campaign, once a shelling of 22 Dec
    a = analyse_text(CAMPAIGN_TOLL, "2017-01-07")
    assert not [e for e in actual_events_of(a) if e.date_start == "2016-12-22" and e.date_end == "2016-12-22"]


def test_a_shelling_of_its_own_day_stays() -> None:
    # twin: the same toll told of one day's shelling keeps that day
    text = CAMPAIGN_TOLL.replace("منذ بدء الحملة العسكرية بتاريخ 22 كانون الأول / ديسمبر إلى تاريخ اليوم السبت 7 كانون "
                                 "الثاني / يناير", "بتاريخ 22 كانون الأول / ديسمبر")
    a = analyse_text(text, "2017-01-07", doc_id="one-day")
    assert [e for e in actual_events_of(a) if e.date_start == "2016-12-22"]


CAPTION = ("قتلى في غارات روسية عنيفة بأرياف حلب واللاذقية 26 / 2 / 2016 حجم الخط غارة سابقة للطيران الروسي على "
           "مدينة عندان في ريف حلب الشمالي ( رويترز - أرشيف ) قال مراسل الجزيرة إن غارات روسية كثيفة استهدفت "
           "مدنا وبلدات في ريفي حلب الغربي والشمالي .\n"
           "وأكد المراسل أن بلدة قتبان الجبل شهدت غارات للطيران الروسي قتلت فيها عائلة مكونة من ثمانية أفراد .")


def test_an_archive_caption_of_an_earlier_raid_tells_no_event() -> None:
    # V-207 #3 (Al Jazeera, 26 Feb 2016): the picture shows an earlier raid on Anadan (the caption's "غارة")
    a = analyse_text(CAPTION, "2016-02-26", doc_id="caption")
    assert [e.trigger for e in a.events] and "غارة" not in [e.trigger for e in a.events]


def test_an_archive_caption_restating_the_news_stays() -> None:
    # twin (R-347 #9): an archive picture whose caption restates the page's news, with no word of an earlier time
    text = CAPTION.replace("غارة سابقة للطيران الروسي", "غارة للطيران الروسي")
    a = analyse_text(text, "2016-02-26", doc_id="caption-twin")
    assert "غارة" in [e.trigger for e in a.events]
