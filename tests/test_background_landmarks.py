"""A finished campaign named as the landmark of the news or as what someone helped, the war's known battles named as
the cause of a state, and a summary over "the past period" are no happening of the page's day (BACKGROUND rows of
the breadth samples, session 25): "إثر طرد التنظيم من المدينة", "بعد دعمهم قوات سوريا الديموقراطية في طرد تنظيم
داعش من مدينة الرقة", "شردوا جراء المعارك الضارية في الموصل", "فجر خلال الفترة الماضية أكثر من 1876 منزلا"
(rasd.extract.events.background _liberation_recalled, _caused_state, _told_over_span). Short excerpts of allowed
unifiedfc pages (R-347 #5, R-499 #1, R-361 #0, V-319 #5, R-429 #2, R-109 #5), and their twins."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text


def _triggers(text: str, published: str = "unknown", event_type: str | None = None) -> list[str]:
    a = analyse_text(text, published, doc_id=f"fixture-{hash(text)}")
    return [e.trigger for e in actual_events_of(a, event_type)]


MOSUL = ("وتمنح المعطيات الميدانية صدقية لامتلاك \" داعش \" أسلحة كيماوية في الرقة , خصوصا بعد إعلان \" التحالف "
         "الدولي \" العثور على غاز الخردل في مدينة الموصل العراقية , إثر طرد التنظيم من المدينة .")


def test_an_expulsion_the_news_is_timed_by_is_no_taking() -> None:
    # R-347 #5 (al-Hayat, 1 Aug 2017): Mosul was retaken weeks before; the mustard gas find is the news
    assert not [t for t in _triggers(MOSUL, "2017-08-01", "Battles") if "طرد" in t]


def test_an_expulsion_of_the_day_stays() -> None:
    # twin: the same expulsion told as the day's news, a day in its clause
    text = MOSUL.replace("إثر طرد التنظيم من المدينة", "إثر طرد التنظيم من المدينة اليوم الثلاثاء")
    assert [t for t in _triggers(text, "2017-08-01", "Battles") if "طرد" in t]


RAQQA = ("أعلن التحالف الدولى بقيادة واشنطن الأربعاء , أن أكثر من 400 مقاتل من قوات مشاة البحرية الأمريكية سيعودون "
         "قريبا إلى بلادهم بعد دعمهم قوات سوريا الديموقراطية فى طرد تنظيم داعش من مدينة الرقة شمال سوريا .")


def test_an_expulsion_someone_helped_is_no_taking_of_the_announcements_day() -> None:
    # R-499 #1 (Youm7, 30 Nov 2017): Raqqa fell in October; the Marines' return is the news
    assert not _triggers(RAQQA, "2017-11-30", "Battles")


def test_a_taking_the_forces_managed_stays() -> None:
    # twin: "تمكنت ... من طرد" tells the taking itself
    text = "تمكنت قوات سوريا الديموقراطية فى طرد تنظيم داعش من مدينة الرقة شمال سوريا ."
    text = text.replace("فى طرد", "من طرد")
    assert _triggers(text, "2017-10-17", "Battles")


def test_a_retaking_a_state_helped_is_no_taking() -> None:
    # R-361 #0 (al-Arab analysis): Iran's role in the government's retaking of the disputed areas (Oct 2017)
    text = ("عمدت إيران إلى توسيع نفوذها في العراق من خلال مساعدة الحكومة التي يقودها الشيعة في بغداد على استعادة "
            "المناطق المتنازع عليها من أيدي الأكراد .")
    assert not _triggers(text, "2018-01-21", "Battles")


UNICEF = ("قالت منظمة اليونيسف في العراق إن أكثر من خمسين ألف طفل قد شردوا جراء المعارك الضارية في الموصل , وأضافت "
          "أن هؤلاء الأطفال في وضع صعب وأن غالبيتهم لا يمكنهم الوصول إلى الخدمات الأساسية .")


def test_battles_named_as_the_cause_of_a_displacement_are_no_clash() -> None:
    # V-319 #5 (UN News, 28 Dec 2016): a displacement tally, the Mosul battles its known cause
    assert not _triggers(UNICEF, "2016-12-28", "Battles")


def test_battles_that_killed_stay() -> None:
    # twin: a toll caused by the battles reports them (a rights group's list: "قضوا جراء الاشتباكات")
    text = "وتم توثيق ( 9 ) أشخاص قضوا جراء الاشتباكات في حوض اليرموك في محافظة درعا ."
    assert _triggers(text, "2016-11-24", "Battles")


def test_protests_named_as_the_cause_of_tension_are_no_protest() -> None:
    # R-429 #2 (UN News, 29 Sep 2015): the OHCHR's concern; "الثلاثاء" dates the statement, not a protest
    text = ("أعربت مفوضية الأمم المتحدة السامية لحقوق الإنسان , عن قلقها الثلاثاء عن ارتفاع حدة التوتر في القدس "
            "الشرقية والضفة الغربية , وذلك بسبب الاحتجاجات ضد القيود المفروضة من قبل السلطات الإسرائيلية على "
            "المصلين الفلسطينيين الراغبين في دخول المسجد الأقصى .")
    assert not _triggers(text, "2015-09-29", "Protests")


def test_demolitions_over_the_past_period_are_a_tally() -> None:
    # R-109 #5 (a KDP official): houses blown up across Nineveh over months, not one blast
    text = "وقال مسؤول محلي إن تنظيم داعش فجر خلال الفترة الماضية أكثر من 100 منزل في بلدة بعشيقة بمحافظة نينوى ."
    assert not _triggers(text, "2017-06-01")
    # twin: "the past days" are the page's own days (event_habitual.yaml: days and weeks are no span)
    assert _triggers(text.replace("الفترة الماضية", "الأيام الماضية"), "2017-06-01")
