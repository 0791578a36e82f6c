"""A digest of wire stories (alsafahat.net's "أحداث الجمعة 22 أيلول 2017": al-Hayat's, AFP's and Reuters'
stories run together, each opened by its dateline): a story whose "اليوم" names Thursday on Friday's page
was written on Thursday, and its bare "اليوم" counts from Thursday up to the next story's dateline; the
next story's "اليوم" is the page's day. Excerpts of the real page (shortened)."""

from __future__ import annotations

import datetime as dt

from rasd.extract.page_dates import find_page_dates, wire_todays

PAGE = (
    "أحداث الجمعة 22 أيلول 2017 - الانتفاضة الشعبية في سورية\n"
    "روسيا تهدد باستهداف \" قوات سورية الديموقراطية \" في دير الزور موسكو , بيروت - أ ف ب , رويترز اتهمت روسيا "
    "اليوم ( الخميس ) \" قوات سورية الديموقراطية \" المدعومة من واشنطن باستهداف الجيش السوري .\n"
    "إلى ذلك , قال \" المرصد السوري لحقوق الإنسان \" ان الجيش السوري وجه مع حلفائه ضربات جوية لمقاتلي المعارضة "
    "شمال مدينة حماة اليوم , بعدما استعاد السيطرة على قرى خسرها في اشتباكات هذا الأسبوع .\n"
    "أكراد سورية يص وتون اليوم في انتخابات تأسيس \" النظام الفيديرالي \" لندن - \" الحياة \" يستعد أكراد سورية "
    "اليوم لإجراء أول انتخابات في نظامهم الفيديرالي في شمال البلاد .\n"
)
REF = dt.date(2017, 9, 22)


def _todays(dates: list) -> list[tuple[str, str | None]]:
    return [(d.surface, d.date_start) for d in dates if d.surface.startswith("اليوم")]


def test_a_wire_story_keeps_its_own_today() -> None:
    before = find_page_dates(PAGE, REF, [])
    after = _todays(wire_todays(PAGE, before, REF))
    assert after == [("اليوم ( الخميس )", "2017-09-21"), ("اليوم", "2017-09-21"),
                     ("اليوم", "2017-09-22"), ("اليوم", "2017-09-22")]


def test_a_today_of_the_page_day_moves_nothing() -> None:
    page = PAGE.replace("( الخميس )", "( الجمعة )")
    before = find_page_dates(page, REF, [])
    assert _todays(wire_todays(page, before, REF)) == _todays(before)


def test_a_story_whose_cues_disagree_moves_nothing() -> None:
    # "أمس ( السبت )" of Sunday's car-bomb story, glued to a story of "اليوم السبت" (V-641's 5 Nov 2017 digest)
    page = ("أحداث الأحد 05 تشرين الثاني 2017 - الانتفاضة الشعبية في سورية\n"
            "قتلى وجرحى بانفجار سيارة مفخخة في دير الزور دمشق , القاهرة - رويترز , أ ف ب ق تل عشرات المدنيين بتفجير "
            "سيارة مفخخة أمس ( السبت ) في ريف دير الزور .\n"
            "وطالب مسؤولون في المعارضة السورية الأمم المتحدة , اليوم السبت , كشف مصير آلاف المعتقلين .\n"
            "القمة الأميركية - الروسية لندن - \" الحياة \" أعلن الناطق اليوم أن القمة تناقش التسوية .\n")
    ref = dt.date(2017, 11, 5)
    before = find_page_dates(page, ref, [])
    assert [(d.surface, d.date_start) for d in wire_todays(page, before, ref)] == \
        [(d.surface, d.date_start) for d in before]
