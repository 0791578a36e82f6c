"""A takeover told by its share of a territory is the state a campaign has reached, not one taking of a day
(BACKGROUND rows of the breadth samples, session 24): "وسيطر تنظيم الدولة الإسلامية على أجزاء واسعة من شمال
سوريا", "سيطرت القوات السورية على معظم محيط غرب الفرات" (rasd.extract.events.background _territory_share,
background_marks.yaml share_phrases). Kept: a named place taken on its day, a share taken within hours, and
a fight told before the share. Short excerpts of allowed unifiedfc pages (R-411 #2, R-117 #11, V-252 #9,
R-454 #2, V-143 #1)."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text


def _takeovers(text: str, published: str = "unknown") -> list[str]:
    a = analyse_text(text, published, doc_id=f"fixture-{hash(text)}")
    return [e.sub_event_type for e in actual_events_of(a) if e.event_type == "Battles"]


def test_a_share_of_a_region_is_no_taking() -> None:
    # R-411 #2 (a press review of 26 Jul 2015): IS's conquests summed up in a story on Turkey's war
    text = ("وسيطر تنظيم الدولة الإسلامية على أجزاء واسعة من شمال سوريا وشرقها بعد أربع سنوات على نشوب الحرب "
            "الأهلية .")
    assert not _takeovers(text, "2015-07-26")


def test_most_of_an_area_in_a_weekly_is_no_taking() -> None:
    # R-117 #11 (ITIC weekly 19-27 Sep 2017): the state the regime's Deir ez-Zor campaign has reached
    text = ("وفي دير الزور سيطرت القوات السورية على معظم محيط غرب الفرات وبدأت بتوسيع مناطق سيطرتها في دير الزور "
            "والتمركز إلى الشرق من الفرات .")
    assert not _takeovers(text, "2017-09-27")


def test_a_named_town_taken_on_its_day_stays() -> None:
    # twin (R-454 #2): the whole of a named town, taken on Sunday
    text = "وكانت قوات سوريا الديموقراطية سيطرت الأحد على كامل مدينة الطبقة القديمة ."
    assert _takeovers(text, "2017-05-03")


def test_a_share_taken_within_hours_stays() -> None:
    # twin (V-143 #1): most of a city's districts taken in the last 48 hours is that day's news
    text = ("تمكنت مليشيات النظام , خلال الساعات ال - 48 الماضية , من السيطرة على معظم أحياء مدينة ديرالزور , "
            "باستثناء قسم صغير من حيي الرشدية والحويقة .")
    assert _takeovers(text, "2017-11-04")


def test_a_fight_told_before_the_share_stays() -> None:
    # twin (V-252 #9, Al-Hayat digest of 25 Oct 2017): the city's fighting, the 92 % its aside
    text = ("كما تواصل القتال العنيف بين قوات النظام و \" داعش \" على محاور في حويجة صكر ومحاور أخرى في مدينة دير "
            "الزور , بعد أن وسعت قوات النظام سيطرتها لأكثر من 92 في المئة من مساحة المدينة .")
    assert _takeovers(text, "2017-10-25")


def test_a_share_the_text_dates_stays() -> None:
    # twin (samples 001, gold e1-6): the campaign's gain over the window the sentence before gives
    text = ("وشهدت الغوطة الشرقية منذ فبراير (شباط) الماضي عمليات قصف من جانب النظام. وتمكنت قوات النظام بعدها من "
            "السيطرة على معظم مناطق الغوطة، والاتفاق على مغادرة آلاف المسلحين من المعارضة إلى إدلب.")
    assert _takeovers(text, "2018-03-31")


def test_a_large_part_told_without_a_number_is_no_taking() -> None:
    # session 41: "a large part" of a region is the sum a campaign has reached, as "أجزاء واسعة" is
    assert not _takeovers("واستعادت القوات الحكومية أجزاء كبيرة من ريف حلب الشرقي من تنظيم داعش .", "2017-03-01")
    assert not _takeovers("وتمكنت القوات العراقية من استعادة قسم كبير من محافظة نينوى من التنظيم .", "2017-03-01")


def test_a_named_village_taken_today_with_a_large_part_phrase_elsewhere_stays() -> None:
    # the share phrase stands in another clause, about people: the taking of the day is kept
    text = ("سيطرت فصائل المعارضة اليوم الأحد على قرية تل حمام بريف حماة الشمالي , فيما لا يزال جزء كبير من "
            "السكان نازحين .")
    assert _takeovers(text, "2017-10-01")
