"""A full date at the head of a page that names the very day the page's URL files it under: the
page prints its date and its address says the same (a weekly's masthead "October 17 , 2017" under
"/arch_2017/Oct-17/", "Euronews 26 / 11 / 2017" under "/2017/11/26/"). Neither alone dates the
page: a head date may be a crawl-time ticker, a URL date is no printed date."""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.text.dates import infer_published

TODAY = dt.date(2018, 6, 1)
MASTHEAD = ("عين اليقين | مجلة عين اليقين {date} مجلة عربية سياسية إسبوعية - عربية "
            "تركيا تقيم نقاط مراقبة في إدلب وتدخل 30 آلية عسكرية إلى المحافظة .\n"
            "وقالت مصادر إن الأرتال عبرت الحدود .")


def _pub(text: str, url: str | None) -> tuple[str, str, str | None]:
    p = infer_published(text, today=TODAY, url=url)
    return p.date, p.precision, p.method


@pytest.mark.parametrize("date_text, url, want", [
    ("October 17 , 2017", "https://www.ainalyaqeen.com/arch_2017/Oct-17/ar3.php", "2017-10-17"),
    ("26 / 11 / 2017", "http://arabic.euronews.com/2017/11/26/russian-jets-kill", "2017-11-26"),
    ("الاثنين 04 كانون الأول 2017", "http://example.net/news/2017/12/04/story", "2017-12-04"),
])
def test_head_date_the_url_repeats(date_text: str, url: str, want: str) -> None:
    assert _pub(MASTHEAD.format(date=date_text), url) == (want, "day", "printed")


@pytest.mark.parametrize("date_text, url", [
    ("October 17 , 2017", None),                                          # no URL date: a ticker perhaps
    ("October 17 , 2017", "https://www.ainalyaqeen.com/arch_2017/ar3.php"),  # a year only
    ("October 18 , 2017", "https://www.ainalyaqeen.com/arch_2017/Oct-17/ar3.php"),  # another day
    ("October 17 , 2017", "http://example.net/news/2017/10/story"),         # a month only
])
def test_no_echo_no_date(date_text: str, url: str | None) -> None:
    assert _pub(MASTHEAD.format(date=date_text), url) == ("unknown", "unknown", None)


def test_the_echo_must_stand_at_the_head() -> None:
    body = ("تركيا تقيم نقاط مراقبة في إدلب وتدخل 30 آلية عسكرية إلى المحافظة . " * 12
            + "\nوكانت القوات دخلت في October 17 , 2017 .")
    assert _pub(body, "https://www.ainalyaqeen.com/arch_2017/Oct-17/ar3.php") == ("unknown", "unknown", None)


def test_the_address_printed_in_the_text_is_no_stamp() -> None:
    url = "http://diyaruna.com/ar/articles/cnmi_di/features/2017/10/02/feature-05"
    text = ("انشقاقات جديدة في صفوف هيئة تحرير الشام http : / / diyaruna . com / ar / articles / cnmi-di / "
            "features / 2017 / 10 / 02 / feature - 05 | 2017 - 10 - 02 انشقاقات جديدة في صفوف هيئة تحرير الشام")
    p = infer_published(text, today=TODAY, url=url)
    assert (p.date, p.evidence) == ("2017-10-02", "2017 - 10 - 02")
