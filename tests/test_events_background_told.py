"""Events: happenings a page tells as its background, not its news.

- an earlier period named without a date ("في الفترة السابقة", "في معارك سابقة"): the page's past
  (past_phrases); "في وقت سابق" (earlier the same day) stays the page's news;
- a photo series ("في صور : <gallery title> ? <caption>", the label before every slide) retells older
  stories under the gallery's title: from its first label on, nothing is the page's news
  (``gallery_labels``); a single "في صور :" is no series.

Excerpts from the unifiedfc corpus (breadth set: R-583#1, a Reuters report of a Damascus suicide attack;
V-625#2, a DW report of 7 October 2017 ending with a gallery on the April 2017 Khan Shaykhun attack), run
through the pipeline."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text

EARLIER = ("وأعلن داعش وهيئة تحرير الشام مسؤوليتهما عن هجمات منفصلة أودت بحياة عشرات المواطنين "
           "في دمشق {when} .")


def _attacks(when: str) -> list[str]:
    a = analyse_text(EARLIER.format(when=when), doc_id="earlier-period")
    return [e.event_type for e in actual_events_of(a)]


def test_attacks_of_an_earlier_period_are_background() -> None:
    assert _attacks("في الفترة السابقة") == []


def test_attacks_earlier_today_are_kept() -> None:
    assert _attacks("في وقت سابق اليوم") != []


REPORT = ("قالت مصادر محلية إن الطيران الحربي شن غارات على بلدة خان شيخون جنوب إدلب اليوم السبت .\n"
          "ز . أ . ب / ع . ج ( أ ف ب , رويترز ) ")
SLIDE = ("في صور : الأسلحة الكيماوية في سوريا - خان شيخون هل تنهي اللاعقاب ? ويعد الهجوم الأكثر دموية "
         "من نوعه , منذ أن أدى هجوم لقوات النظام بغاز السارين إلى مقتل نحو 1400 مدني بالغوطة الشرقية "
         "في أغسطس / آب 2013 .\n")
SLIDE2 = ("في صور : الأسلحة الكيماوية في سوريا - خان شيخون هل تنهي اللاعقاب ? وقتل أكثر من 70 مدني , "
          "وأصيب المئات غالبيتهم من الأطفال باختناق , في هجوم بالأسلحة الكيميائية على بلدة \" خان شيخون \" "
          "بريف إدلب , وسط إدانة دولية واسعة .\n")


def _events(text: str) -> list[tuple[str, str]]:
    a = analyse_text(text, "2017-10-07", doc_id="gallery")
    return sorted((e.sub_event_type, e.date_start) for e in actual_events_of(a))


def test_a_photo_series_tells_no_event_of_the_page() -> None:
    # the report's own air strike stays; the slides' 2013 sarin attack and the April chemical attack go
    events = _events(REPORT + SLIDE + SLIDE2)
    assert events == [("Air/drone strike", "2017-10-07")]


def test_one_photo_label_is_no_series() -> None:
    # a single "في صور :" line is read as before: its 2013 attack is judged by its date alone
    assert _events(REPORT + SLIDE2) != [("Air/drone strike", "2017-10-07")]
