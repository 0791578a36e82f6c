"""Site-specific date shapes met in the unifiedfc corpus: numeric dates with backslash separators,
Elaph's "GMT <clock> <year> <weekday> <day> <month>" stamps and CNN Arabic's "<date> ; <clock>"
stamps. Fixtures are short excerpts of real pages (pre-tokenised: spaces around punctuation);
each rule has a negative twin."""

from __future__ import annotations

import datetime as dt

from rasd.extract.page_dates import find_page_dates
from rasd.text.dates import _TABLES_MIN, find_dates, infer_published

TODAY = dt.date(2018, 2, 1)
PARA = ("وقال مصدر محلي إن الاشتباكات استمرت حتى ساعات المساء في محيط البلدة وسط نزوح عشرات العائلات "
        "نحو القرى المجاورة , فيما لم تصدر أي جهة رسمية بيانا حول الحصيلة . ") * 4


def _pub(body: str) -> str:
    return infer_published(body, None, today=TODAY).date or "unknown"


def _days(text: str) -> list[tuple[str, str | None]]:
    return [(d.surface, d.date_start) for d in find_dates(text) if d.kind in ("absolute", "hijri")]


# ---------------------------------------------------------------- backslash separators

# a human-rights list (V-149): "بتاريخ 17 \ 1 \ 2016"
BACKSLASH = ("أحمد عواد حسين تعرض للاختطاف والاختفاء القسري من قبل مسلحين مجهولين , في منطقة اعزاز - "
             "ريف حلب , بتاريخ 17 \\ 1 \\ 2016 , ومازالت مجهولة المصير .")


def test_backslash_numeric_date() -> None:
    assert _days(BACKSLASH) == [("17 \\ 1 \\ 2016", "2016-01-17")]


def test_backslash_numeric_date_on_a_long_page() -> None:
    # a long text takes the per-character (numpy) path for the digit cores: same date
    text = PARA * (_TABLES_MIN // len(PARA) + 1) + BACKSLASH
    assert len(text) >= _TABLES_MIN
    assert _days(text) == [("17 \\ 1 \\ 2016", "2016-01-17")]


def test_backslash_negative_twins() -> None:
    # two different separators, or no four-digit year (a bibliography's "11 \ 8 \ 017"): no date
    assert _days(BACKSLASH.replace("17 \\ 1 \\ 2016", "17 \\ 1 / 2016")) == []
    assert _days("Joyce Nelson , Venezuela , Counterpunch , 11 \\ 8 \\ 017 Mark Wesibrot") == []


def test_backslash_spaced_page_date() -> None:
    # the page layer's wider spacing ("17  \  1  \  2016") reads the same day
    found = find_page_dates("بتاريخ 17  \\  1  \\  2016 , ومازالت مجهولة المصير", None, [])
    assert [(d.date_start, d.kind) for d in found] == [("2016-01-17", "absolute")]
    assert find_page_dates("بتاريخ 17  \\  1  /  2016 , ومازالت", None, []) == []


def test_backslash_today_date_publishes() -> None:
    # a daily digest (V-572): "اليوم الاربعاء 1 \ 11 \ 2017" in the page's head; 1 Nov 2017 is a Wednesday
    head = ("2 / صوت مجلس محافظة نينوى اليوم الاربعاء 1 \\ 11 \\ 2017 على اقالة المحافظ وذلك على خلفية "
            "اتهامات بالفساد .\n")
    assert _pub(head + PARA) == "2017-11-01"
    assert _pub(head.replace("الاربعاء", "الخميس") + PARA) == "unknown"    # the weekday disagrees


# ---------------------------------------------------------------- Elaph: GMT clock, year, weekday, day, month

ELAPH = ("داعش ينحر سبعة من أفراد عائلة ضابط عراقي العدد 5939 الجمعة 25 أغسطس 2017 آخر تحديث GMT 21 : 30 : 00 "
         "أول يومية إليكترونية | صدرت من لندن 21 مايو 2001 النيابة العامة البلجيكية تعلن وفاة منفذ الهجوم "
         "الارهابي في بروكسل ~ GMT 11 : 13 2017 الجمعة 18 أغسطس GMT 3 : 00 2017 الجمعة 25 أغسطس الدفع "
         "بتعزيزات عسكرية لتلعفر لاطلاق معركة تحريرها داعش ينحر سبعة من أفراد عائلة ضابط عراقي / مواضيع ذات صلة : "
         "في جريمة بشعة جديدة لداعش في العراق , هاجم التنظيم منزلا لضابط شرطة بشمال البلاد .\n")


def test_elaph_publication_stamp() -> None:
    # the first stamp is the publication (18 Aug), the second the update; the issue bar (25 Aug) is the view day
    pub = infer_published(ELAPH + PARA, None, today=TODAY)
    assert (pub.date, pub.precision) == ("2017-08-18", "day")
    assert pub.evidence == "GMT 11 : 13 2017 الجمعة 18 أغسطس"


def test_elaph_misspelt_tuesday() -> None:
    # Elaph spells Tuesday "الثلائاء"; 14 Feb 2017 is a Tuesday
    head = ("روحاني يزور سلطنة ع مان والكويت الأربعاء العدد 5750 الجمعة 17 فبراير 2017 آخر تحديث GMT 18 : 07 : 00 "
            "أول يومية إليكترونية | صدرت من لندن 21 مايو 2001 GMT 9 : 55 2017 الثلائاء 14 فبراير GMT 23 : 17 2017 "
            "الخميس 16 فبراير الأولى من نوعها\n")
    assert _pub(head + PARA) == "2017-02-14"


def test_elaph_negative_twins() -> None:
    # the weekday disagrees with the first stamp: no date (the update stamp is not the publication)
    assert _pub(ELAPH.replace("2017 الجمعة 18", "2017 الخميس 18") + PARA) == "unknown"
    # no article stamp: the issue bar alone dates nothing
    bar = ELAPH.split("~")[0] + "الدفع بتعزيزات عسكرية لتلعفر .\n"
    assert _pub(bar + PARA) == "unknown"
    # a stamp deep in the body (a related item further down) is not the page's
    assert _pub("خبر عن الاشتباكات .\n" + PARA + "\n" + PARA + "\nGMT 11 : 13 2017 الجمعة 18 أغسطس\n" + PARA) == "unknown"


# ---------------------------------------------------------------- CNN Arabic: "<date> ; <clock> ( GMT + 0400 )"

CNN = ("Search CNN Arabic Navigation عناوين الأخبار لجنة تعاون سياسي وعسكري بين الإمارات والسعودية عشية قمة "
       "الكويت الثلاثاء , 05 ديسمبر / كانون الأول 2017 ; 12 : 55 ( GMT + 0400 ) .\n"
       "أبوظبي , الإمارات العربية المتحدة ( CNN ) - - قررت الإمارات تشكيل لجنة للتعاون المشترك مع السعودية .\n")


def test_cnn_semicolon_stamp() -> None:
    pub = infer_published(CNN + PARA, None, today=TODAY)
    assert (pub.date, pub.evidence) == ("2017-12-05", "الثلاثاء , 05 ديسمبر / كانون الأول 2017 ; 12 : 55")


def test_cnn_stamp_negative_twins() -> None:
    # without the clock the date is no stamp; running text's "في <date> ; <clock>" is prose
    assert _pub(CNN.replace(" ; 12 : 55", "") + PARA) == "unknown"
    prose = "خبر عن الاجتماع .\nوقال المتحدث إن الاجتماع عقد في 05 ديسمبر 2017 ; 12 : 55 بحضور الوزراء .\n"
    assert _pub(prose + PARA) == "unknown"


# ---------------------------------------------------------------- Al-Araby: "<date> م ( آخر تحديث ) الساعة <clock>"

ARABY = ("40 قتيلا بقصف جديد للتحالف الدولي على الرقة الثلاثاء 22 / 08 / 2017 م ( آخر تحديث ) الساعة 10 : 17 "
         "بتوقيت القدس 07 : 17 ( غرينتش ) اختر المدينة اختر المدينة 40 قتيلا بقصف جديد للتحالف الدولي على الرقة "
         "22 أغسطس 2017 الأكثر مشاهدة ارتكب طيران , فجر اليوم الثلاثاء , مجزرة جديدة بحق عشرات المدنيين .\n")


def test_araby_update_stamp_with_its_title_date() -> None:
    pub = infer_published(ARABY + PARA, None, today=TODAY)
    assert (pub.date, pub.evidence) == ("2017-08-22", "22 / 08 / 2017 م ( آخر تحديث ) الساعة 10 : 17")


def test_araby_update_stamp_negative_twins() -> None:
    # a site bar of the same shape (Barakish: the day the page was viewed), beside a head date of
    # another day or alone: no date
    bar = ("البنتاجون تبحث عن الجندي الامريكي المفقود قبالة سواحل اليمن الأحد 21 / 01 / 2018 م ( آخر تحديث ) "
           "الساعة 11 : 21 ( مكة المكرمة ) البنتاجون تبحث عن الجندي الامريكي المفقود 2 سبتمبر 2017 حددت وزارة "
           "الدفاع الأمريكية هوية الجندي .\n")
    assert _pub(bar + PARA) == "unknown"
    assert _pub(ARABY.replace("22 أغسطس 2017 ", "") + PARA) == "unknown"


# ---------------------------------------------------------------- Al-Kawthar / Al-Alam: "<weekday> <date> - <clock> بتوقيت غرينتش"

KAWTHAR = ("الصماد يدعو السعودية لوقف العدوان والحوار الندي مع اليمن الثلاثاء 5 ديسمبر 2017 - 18 : 17 بتوقيت غرينتش "
           "اليمن - الكوثر : أكد رئيس المجلس السياسي الاعلى فى الىمن صالح الصماد , أن عناصر الفتنة تحركت .\n")


def test_kawthar_dash_clock_stamp() -> None:
    pub = infer_published(KAWTHAR + PARA, None, today=TODAY)
    assert (pub.date, pub.evidence) == ("2017-12-05", "الثلاثاء 5 ديسمبر 2017 - 18 : 17")


def test_kawthar_negative_twins() -> None:
    # a weekday that disagrees, or no weekday: "- <clock> بتوقيت" may be an event time in a sentence
    assert _pub(KAWTHAR.replace("الثلاثاء 5", "الأربعاء 5") + PARA) == "unknown"
    assert _pub(KAWTHAR.replace("الثلاثاء 5", "5") + PARA) == "unknown"


# ---------------------------------------------------------------- Xinhua: "/ مصدر : شينخوا / 2017 : 09 : 09 . 11 : 00"

XINHUA = ("الجيش السوري يتجه لفك الحصار عن مطار دير الزور العسكري 2017 : 11 : 15 . 10 : 47 : 15 | 2017 : 11 : 15 . "
          "10 : 47 : 15 الأخبار الأخيرة الجيش السوري يتجه لفك الحصار عن مطار دير الزور العسكري / مصدر : شينخوا / "
          "2017 : 09 : 09 . 11 : 00 دير الزور , سوريا 6 سبتمبر 2017 ( شينخوا ) في الصورة الملتقطة يوم 5 سبتمبر "
          "2017 , قوات الجيش السوري تتواجد عند مدخل مدينة دير الزور شرق سوريا .\n")


def test_xinhua_source_stamp() -> None:
    # the source line's stamp, not the live clock with seconds before it (15 Nov, the day of the visit)
    pub = infer_published(XINHUA + PARA, None, today=TODAY)
    assert (pub.date, pub.evidence) == ("2017-09-09", "مصدر : شينخوا / 2017 : 09 : 09 . 11 : 00")


def test_xinhua_negative_twins() -> None:
    # without the source line only the live clock is left: no date; a stamp down the page is not the page's
    assert _pub(XINHUA.replace("/ مصدر : شينخوا / 2017 : 09 : 09 . 11 : 00 ", "") + PARA) == "unknown"
    assert _pub("خبر عن الحصار .\n" + PARA + "\n" + PARA + "\n/ مصدر : شينخوا / 2017 : 09 : 09 . 11 : 00\n") == "unknown"
