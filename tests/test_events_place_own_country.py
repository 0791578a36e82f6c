"""A trigger whose own clause tells the country it happened in ("هجوم بالصواريخ على سوريا", "احتجاجات في
البحرين") does not take a town of another country told further on in a run-on ticker (brsample11: a
Kh-101 strike on Syria and a Bahrain protest placed in Diyarbakir from the next feed item)."""

from __future__ import annotations

from analysed import analyse_text

TICKER = ("فيديو ل خ - 101 هجوم بالصواريخ على سوريا من قبل القوات الجوية الروسية تو - 95 ام اس - قام مهندسو الجيش "
          "الروسى ببناء جسر على نهر الفرات فى ديرزور اندلعت احتجاجات في البحرين , في كرزكان وبربار والبودية - "
          "اشتباكات في المناطق الريفية في ديار بكر ; أصيب اثنان من ضباط الأمن .")
DIYARBAKIR = "gn:316541"


def test_strike_and_protest_told_in_a_country_are_not_placed_in_another_countrys_town() -> None:
    a = analyse_text(TICKER, "2017-09-26")
    at_diyarbakir = {e.event_type for e in a.events if e.location == DIYARBAKIR}
    assert "Explosions/Remote violence" not in at_diyarbakir
    assert "Protests" not in at_diyarbakir


def test_the_foreign_towns_own_clash_keeps_its_place() -> None:
    a = analyse_text(TICKER, "2017-09-26")
    assert any(e.event_type == "Battles" and e.location == DIYARBAKIR for e in a.events)


PAGE_ABOUT_IDLIB = ("قصفت الطائرات الحربية مدينة إدلب اليوم الجمعة وقتل خمسة مدنيين في إدلب . "
                    "وقال ناشطون في إدلب إن القصف طال أحياء سكنية في مدينة إدلب . "
                    "وفي سياق آخر اندلعت احتجاجات واسعة في لبنان اليوم الجمعة ضد الفساد . ")


def test_a_protest_told_in_another_country_is_coded_there_not_at_the_pages_main_place() -> None:
    a = analyse_text(PAGE_ABOUT_IDLIB, "2017-12-15")
    assert [e.location for e in a.events if e.event_type == "Protests"] == ["cc:LB"]
