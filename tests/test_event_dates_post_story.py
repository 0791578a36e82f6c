"""A listing's post told as its day's news (a forum post, an article followed by its site's stamped "related
news" items) dates its undated happenings to its post's day or the day before, as a single story does
(events.dates.post_story_days), not the post's week; a line naming another day keeps the week.
Text from the breadth set (Mawazin News, 18 Dec 2017, with related items of 19-20 Jan 2018)."""

from __future__ import annotations

import datetime as dt

from analysed import actual_dates_at, analyse_text, posts_of

HEAD = ("أخبار موازين الأكراد يتظاهرون مطالبين برحيل حكومة الإقليم سياسية منذ 2017 - 12 - 18 الساعة 13 : 19 "
        "( بتوقيت بغداد ) بغداد - موازين نيوز انطلقت في عدد من مدن اقليم كردستان تظاهرات حاشدة احتجاجا على سوء "
        "الاوضاع المعيشية وتوقف صرف الرواتب مطالبة برحيل الحكومة .\n")
PROTEST = ("كما خرج مئات اخرون في تظاهرات ببلدات رانية وكلار وقطعوا الطريق الرئيسي مرددين شعارات تدعو لرحيل "
           "الحكومة .\n")
TALKS = ("وشدد برزاني على التزام كردستان العراق بالعمل مع الحكومة المركزية في بغداد ودعا ألمانيا إلى لعب دور وساطة "
         "أكبر في الخلاف . انتهى\n")
RELATED = ("المقالات والآراء منذ 20 - 01 - 2018 الساعة 15 : 41 ( بتوقيت بغداد ) الخطاب الاعلامي للقضاء "
           "منذ 20 - 01 - 2018 الساعة 15 : 29 ( بتوقيت بغداد ) لا تهملوا . .\n"
           "عبد الجبار نوري منذ 19 - 01 - 2018 الساعة 15 : 17 ( بتوقيت بغداد ) الأصلاح الثقافي .")


def test_post_dates_its_news_to_its_day_and_the_day_before() -> None:
    text = HEAD + PROTEST + TALKS + RELATED
    assert [day for _at, day in posts_of(text)][0] == dt.date(2017, 12, 18)
    a = analyse_text(text)
    assert actual_dates_at(a, "gn:92052") == {("2017-12-17", "2017-12-18")}


def test_post_line_naming_another_day_keeps_the_week() -> None:
    text = HEAD + PROTEST.replace("كما خرج", "وفي يوم الخميس الماضي خرج") + TALKS + RELATED
    a = analyse_text(text)
    assert ("2017-12-17", "2017-12-18") not in actual_dates_at(a, "gn:92052")
