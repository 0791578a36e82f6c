"""Forum post stamps written month first (phpBB's order: weekday, month name, day, comma, year, clock):
"الأربعاء أكتوبر 07 , 2015 11 : 17 pm". The dates layer reads them as days only with their own weekday,
which must agree; a member's sign-up stamp under each post ("اشترك في : ...") opens
no post. Fixtures in the shape of a real thread (iraqimilitary.org's viewtopic page, pre-tokenised)."""

from __future__ import annotations

import datetime as dt

import pytest
from analysed import actual_dates_at, day_dates
from test_events import run_with_places, syrian_places

from rasd.extract import page_dates

# id: (Arabic name, English name, lat, lon, level, province)
PLACES = {
    "al-rai": ("الراعي", "al-Rai", 36.540, 37.530, "town", "Aleppo"),
    "barat": ("برات", "Barat", 36.450, 37.450, "town", "Aleppo"),
}


_days = day_dates


@pytest.mark.parametrize("text, want", [
    pytest.param("اتصال : الأربعاء أكتوبر 07 , 2015 11 : 17 pm من الواجب أن نفرد موضوعا",
                 [("الأربعاء أكتوبر 07 , 2015", "2015-10-07")], id="weekday-and-clock"),
    pytest.param("مسار الصواريخ الجمعة أكتوبر 09 , 2015 تظهر 4 مروحيات",
                 [("الجمعة أكتوبر 09 , 2015", "2015-10-09")], id="its weekday alone"),
    pytest.param("كتبه سامي الأربعاء تشرين الأول 07، 2015 11 : 17 م قصفت الطائرات",
                 [("الأربعاء تشرين الأول 07، 2015", "2015-10-07")], id="a two-word month, Arabic comma"),
    pytest.param("كتبه سامي تشرين الأول 07، 2015 11 : 17 م قصفت الطائرات", [], id="no weekday"),
    pytest.param("كتبه سامي الخميس أكتوبر 07 , 2015 11 : 17 pm قصفت", [], id="the weekday disagrees"),
    pytest.param("raqqah , syria الأحد , يناير 21 , 2018 sign in welcome", [], id="a header bar's weekday and comma"),
    pytest.param("وقتل في أكتوبر 7 , 2015 شخصا", [], id="prose, no weekday, no clock"),
    pytest.param("- menu 3 : 16 م - الأحد يناير 21 , 1912 موقع مجتمعي", [], id="a site bar's misprinted year"),
    pytest.param("في أكتوبر 2015 , 07 قتيلا", [], id="month year, then a count"),
])
def test_month_first_stamps(text: str, want: list[tuple[str, str]]) -> None:
    assert _days(text) == want


HEAD = "Lieutenant Colonel - Muqqadam مشاركات : اشترك في : الثلاثاء أكتوبر 12 , 2010 6 : 11 pm مكان : home اتصال : "
THREAD = ("منتدى القوات المسلحة العراقية قوانين المنتدى 32 مشاركة "
          + HEAD + "الأربعاء أكتوبر 07 , 2015 11 : 17 pm قصفت الطائرات , اليوم , مواقع في بلدة الراعي بريف حلب الشمالي .\n"
          + HEAD + "الجمعة أكتوبر 09 , 2015 2 : 13 am قصفت المدفعية , أمس , قرية برات بريف حلب الشرقي .")


def test_post_stamps_of_a_thread_skip_the_members_sign_up_day() -> None:
    posts = page_dates.post_stamps(THREAD, page_dates.find_page_dates(THREAD, None, []), ())
    assert [(THREAD[at:].split()[0], day) for at, day in posts] == [
        ("الأربعاء", dt.date(2015, 10, 7)), ("الجمعة", dt.date(2015, 10, 9))]


def test_events_of_a_thread_take_their_post_day() -> None:
    a = run_with_places(THREAD, syrian_places(PLACES), "unknown", None, syrian=True)
    assert actual_dates_at(a, "al-rai") == {("2015-10-07", "2015-10-07")}
    assert actual_dates_at(a, "barat") == {("2015-10-08", "2015-10-08")}       # "أمس" of the 9 October post
