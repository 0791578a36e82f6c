"""Undated pages whose text dates their happenings (DATE_UNRESOLVED of the judged breadth samples): a
digest stamped before dawn whose lead names the day before ("الإثنين 1 كانون الثاني 2018 - 5 : 47 ص ...
( الأحد )"), and a weekly digest whose photo captions cite the days of its week ("( SMART , 12 أيار / مايو
2017 )" ... "هذا الأسبوع"). Excerpts of unifiedfc pages (center-lcrc.com, ITIC); each rule with its
negative twin."""

from __future__ import annotations

import datetime as dt

from analysed import actual_events_of, analyse_text

from rasd.extract.events.lexicons import lexicon
from rasd.extract.page_dates import cited_week, dated_lead, find_page_dates

LCRC = ("المركز اللبناني للأبحاث والاستشارات - سوريا . . . سقوط مروحية روسية في ريف حماة . . معارك عنيفة جنوب "
        "إدلب . . الإثنين 1 كانون الثاني 2018 - 5 : 47 ص 0 أفاد مراسل أورينت نت , ( الأحد ) بسقوط طائرة مروحية "
        "للاحتلال الروسي جنوب مطار حماة العسكري في الريف الجنوبي , نتيجة عطل فني .\n"
        "واصلت القوات النظامية السورية بدعم من السلاح الجوي الروسي , قصفها بلدات في ريفي إدلب الجنوبي والجنوبي "
        "الشرقي أمس , واستهدفت مناطق في مدينة خان شيخون وبلدتي معرة حرمة وكفرسجنة , ما أدى إلى مقتل 10 أشخاص "
        "على الأقل .\n")

ITIC = ("مركز المعلومات حول الاستخبارات والارهاب على اسم اللواء مئير عميت Tag Archives : القاعدة سد الطبقة "
        "( SMART , 12 أيار / مايو 2017 ) . جنود من الجيش السوري داخل مطار الجراح العسكري ( حساب تويتر , 13 أيار / "
        "مايو 2017 ) . قوة من \" مغاور الثورة \" تطلق نيرانها ( سمارت , 14 أيار / مايو 2017 ) . شرطة المرور في "
        "مدينة أبو كمال ( حق , 15 أيار / مايو 2017 ) . بناء الأرصفة في مدينة أبو كمال ( حق , 15 أيار / مايو 2017 ) "
        ". كمين نصبه تنظيم الدولة الإسلامية ( حق , 11 أيار / مايو 2017 ) .\n"
        "أهم ما حصل من تطورات في الأسبوع المنصرم : قوات الأمن العراقية احتلت أحياء أخرى في غرب الموصل .\n"
        "قتل عشرة مدنيين في قصف جوي على مدينة الميادين .\n")


def _lead(text: str) -> dt.date | None:
    dates = find_page_dates(text, None, [])
    return dated_lead(text, dates, lexicon().date_cues, dates)


def test_a_dawn_stamp_is_confirmed_by_the_day_before_named_in_its_lead() -> None:
    assert _lead(LCRC) == dt.date(2018, 1, 1)


def test_an_afternoon_or_unmarked_stamp_is_not() -> None:
    # (the day before named under an evening or a bare clock is another day's news: no confirmation)
    assert _lead(LCRC.replace("5 : 47 ص", "5 : 47 م")) is None
    assert _lead(LCRC.replace("5 : 47 ص", "15 : 47")) is None
    # two days before is no morning paper's yesterday
    assert _lead(LCRC.replace("( الأحد )", "( السبت )")) is None


def test_the_dawn_digests_yesterday_is_the_day_before_its_stamp() -> None:
    strikes = actual_events_of(analyse_text(LCRC), "Explosions/Remote violence")
    assert strikes
    assert {(e.date_start, e.date_end) for e in strikes} == {("2017-12-31", "2017-12-31")}


def test_a_weekly_digests_cited_days_give_its_week() -> None:
    week = cited_week(ITIC, find_page_dates(ITIC, None, []))
    assert week is not None
    assert (week.date_start, week.date_end) == ("2017-05-11", "2017-05-15")
    assert ITIC[week.start:week.end] == "الأسبوع المنصرم"


def test_no_week_without_the_digests_words_or_with_days_of_several_weeks() -> None:
    plain = ITIC.replace("في الأسبوع المنصرم", "")
    assert cited_week(plain, find_page_dates(plain, None, [])) is None
    archive = ITIC.replace("11 أيار", "11 آذار").replace("15 أيار", "15 نيسان")
    assert cited_week(archive, find_page_dates(archive, None, [])) is None
    few = ITIC.split("مدينة أبو كمال")[0] + "\nأهم ما حصل في الأسبوع المنصرم .\n"
    assert cited_week(few, find_page_dates(few, None, [])) is None


def test_an_undated_item_of_the_digest_takes_its_week() -> None:
    strikes = actual_events_of(analyse_text(ITIC), "Explosions/Remote violence")
    assert strikes
    assert {(e.date_start, e.date_end) for e in strikes} == {("2017-05-11", "2017-05-15")}
