"""A wire photo's caption in the agencies' form "COUNTRY , PLACE : ... , يوم 25 تشرين الثاني 2016 , ..." dates the
picture: one taken more than a week before the page's day shows an earlier happening the story is illustrated with,
not its news (background._old_caption_spans, background_marks.yaml caption_old_days; session 41). A picture of the
page's days is kept. Written fixtures in the form of a Syrian news agency's wire."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text

_STORY = ("قصفت طائرات حربية تركية مواقع لتنظيم الدولة الإسلامية في مدينة الباب بريف حلب الشرقي اليوم السبت , ما أسفر "
          "عن مقتل 23 عنصرا من التنظيم .\n")


def _rows(caption: str) -> list[tuple[str, str]]:
    text = _STORY + caption
    a = analyse_text(text, "2016-12-31", doc_id=f"fixture-{hash(text)}")
    return sorted((e.event_type, e.date_start) for e in actual_events_of(a))


def test_a_caption_of_a_picture_weeks_old_is_no_event() -> None:
    caption = ("سوريا , العجمي : مقاتلون من الجيش السوري الحر في ريف مدينة الباب بريف حلب , شمالي البلاد , يوم 25 "
               "تشرين الثاني 2016 , حيث سيطرت فصائل الجيش الحر على قريتي العجمي ودويرى بعد مواجهات مع تنظيم الدولة .")
    assert _rows(caption) == [("Explosions/Remote violence", "2016-12-31")]


def test_a_caption_of_the_page_days_stays() -> None:
    caption = ("سوريا , العجمي : مقاتلون من الجيش السوري الحر في ريف مدينة الباب بريف حلب , شمالي البلاد , يوم 29 "
               "كانون الأول 2016 , حيث سيطرت فصائل الجيش الحر على قريتي العجمي ودويرى بعد مواجهات مع تنظيم الدولة .")
    assert ("Battles", "2016-12-29") in _rows(caption)
