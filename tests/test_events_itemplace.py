"""An event's place comes from its own telling, not from the page or a place its sound reached (session 38,
itemplace). The page's main place stands for an event that names no place only on a page of one country
(context._DocContext.page_place_lends: a press review of several countries' news lends none; judged breadth rows
R-10 #9, R-82 #7, R-411 #2, V-306 #1, V-422 #3), and the place where the echoes of a strike were heard is not
where it struck (places._heard_at; V-249 #2, "وسمعت أصداء القصف في قرى البقاع الشمالي"). Small fixtures of the
general patterns, not page strings."""

from __future__ import annotations

from analysed import analyse_text

from rasd.records import Analysis

# a Lebanese press review: Beirut is the page's most told place, but the page tells the news of three countries
REVIEW_OPEN = ("أبرزت الصحف اللبنانية الصادرة اليوم في بيروت ملفات عدة . وتناولت صحف بيروت زيارة الوفد إلى بيروت . ")
OTHER_COUNTRIES = ("وتطرقت إلى المواجهات في مدينة الخليل ومدينة نابلس ورام الله . "
                   "كما تناولت الأوضاع في مدينة صنعاء ومدينة الحديدة . ")
ONE_COUNTRY = "وتطرقت إلى الأوضاع في مدينة صيدا ومدينة صور . "
# a strike that names no place of its own
UNPLACED = "وقصفت طائرات حربية مخازن للأسلحة اليوم مما أدى إلى مقتل 5 مسلحين ."


def _strike_places(a: Analysis) -> list[str | None]:
    return [a.entities[e.location].name_ar if e.location in a.entities else e.location
            for e in a.events if e.event_type == "Explosions/Remote violence" and e.modality == "actual"]


def test_a_page_of_several_countries_lends_its_main_place_to_no_event() -> None:
    a = analyse_text(REVIEW_OPEN + OTHER_COUNTRIES + UNPLACED, "2017-12-28", stages=None)
    # the strike is not put at Beirut (the review's city), nor anywhere the page names
    assert "بيروت" not in _strike_places(a)


def test_a_page_of_one_country_still_lends_its_main_place() -> None:
    # twin: the same review telling only Lebanese towns keeps the fallback
    a = analyse_text(REVIEW_OPEN + ONE_COUNTRY + UNPLACED, "2017-12-28", stages=None)
    assert "بيروت" in _strike_places(a)


ECHO = "قصف الجيش بالمدفعية مواقع المسلحين في الجرود الشرقية اليوم , وسمعت أصداء القصف في قرى مدينة الهرمل ."
TOLD_AT = "قصف الجيش بالمدفعية مواقع المسلحين اليوم في قرى مدينة الهرمل ."


def test_the_place_where_the_echoes_were_heard_is_not_the_strikes() -> None:
    a = analyse_text(ECHO, "2017-07-21", stages=None)
    assert "الهرمل" not in _strike_places(a)


def test_a_strike_told_at_the_town_keeps_it() -> None:
    a = analyse_text(TOLD_AT, "2017-07-21", stages=None)
    assert "الهرمل" in _strike_places(a)
