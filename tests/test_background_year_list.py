"""A list of old happenings by bare year ("ومن أبرز عمليات الاغتيال : 1995 اغتيال ... 2005 اغتيال ...") records
deeds long before the page's time: background, not news (background._year_listed; D R-417 #4, session 39). Kept: a
count that looks like a year ("2000 غارة") and a recent year. Made-up sentences of the general construction."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text

LIST = ("ومن أبرز عمليات الاغتيال التي نفذتها الجماعة في المنطقة : 1996 اغتيال قائد الشرطة في مدينة الموصل "
        "2004 اغتيال محافظ نينوى في مدينة الموصل .")
NEWS = "قتل مسلحون مجهولون ضابطا في الشرطة في مدينة الموصل أمس ."


def _events(text: str, day: str = "2013-04-06", doc: str = "ylist") -> list:
    return actual_events_of(analyse_text(text, day, doc_id=doc))


def test_a_list_of_old_killings_by_year_is_background() -> None:
    # the news of the day stays; the two listed assassinations of 1996 and 2004 are the page's record of the past
    rows = _events(f"{NEWS} {LIST}")
    assert [e.date_start for e in rows] == ["2013-04-05"]


def test_a_recent_year_is_kept() -> None:
    # twin: the same list of last year's deeds (2012 on a 2013 page): within the gap, kept as happenings
    rows = _events(LIST.replace("1996", "2012").replace("2004", "2012"), "2013-04-06", "ylist-recent")
    assert rows


def test_a_count_like_a_year_is_no_list() -> None:
    # "2000 غارة" counts strikes: the strikes of the day stay
    text = "شنت الطائرات الحربية يوم أمس : 2000 غارة على ريف مدينة إدلب ."
    assert [e.event_type for e in _events(text, "2017-05-06", "ylist-count")] == ["Explosions/Remote violence"]



def test_a_later_telling_with_its_own_day_stays() -> None:
    # the list's sentence goes on with the day's news ("أمس"): a time of its own in its clause keeps it
    text = LIST.removesuffix(" .") + " , فيما قتل مسلحون مجهولون ضابطا في الشرطة في مدينة الموصل أمس ."
    rows = _events(text, "2013-04-06", "ylist-later")
    assert [e.date_start for e in rows] == ["2013-04-05"]
