"""Arabic date expressions, their resolution against a reference date, and the publication date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from rasd.text.dates import (
    cues_agree,
    find_dates,
    infer_published,
    publication_from_anchor,
    relative_anchor,
)

SAMPLES = Path(__file__).resolve().parents[1].parent / "shared" / "samples"
SAT = dt.date(2018, 3, 31)          # a Saturday


def one(text: str, ref: dt.date | None = None):
    got = find_dates(text, ref)
    assert len(got) == 1, [(d.surface, d.date_start) for d in got]
    d = got[0]
    assert text[d.start:d.end] == d.surface
    return d


# ----------------------------------------------------------------- absolute forms

@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("في 28 أبريل (نيسان) 2016 شن تحالف", "2016-04-28", "2016-04-28", "day"),
        ("ثم بتاريخ 3 مارس (آذار) 2017 جهز", "2017-03-03", "2017-03-03", "day"),
        ("٣٠ مارس، ٢٠١٨", "2018-03-30", "2018-03-30", "day"),
        ("في ١٥ نيسان ٢٠١٨", "2018-04-15", "2018-04-15", "day"),
        ("آذار/مارس 2018", "2018-03-01", "2018-03-31", "month"),
        ("فبراير/شباط 2018", "2018-02-01", "2018-02-28", "month"),
        ("في الأول من تموز 2015", "2015-07-01", "2015-07-01", "day"),
        ("الحادي والثلاثين من كانون الأول 2016", "2016-12-31", "2016-12-31", "day"),
        ("الثامن عشر من فبراير/شباط 2018", "2018-02-18", "2018-02-18", "day"),
        ("السادس والعشرين من مارس (آذار) 2018", "2018-03-26", "2018-03-26", "day"),
        ("18 من شهر تشرين الثاني 2017", "2017-11-18", "2017-11-18", "day"),
        ("جانفي 2018", "2018-01-01", "2018-01-31", "month"),
        ("15 جويلية 2017", "2017-07-15", "2017-07-15", "day"),
        ("12 أوت 2016", "2016-08-12", "2016-08-12", "day"),
        ("3 يونيه 2015", "2015-06-03", "2015-06-03", "day"),
        ("3 يوليه 2015", "2015-07-03", "2015-07-03", "day"),
        ("4 أفريل 2019", "2019-04-04", "2019-04-04", "day"),
        ("15 آب 2017", "2017-08-15", "2017-08-15", "day"),
        ("في مطلع مارس 2018", "2018-03-01", "2018-03-10", "month"),
        ("أواخر كانون الثاني 2018", "2018-01-21", "2018-01-31", "month"),
        ("2018/04/23", "2018-04-23", "2018-04-23", "day"),
        ("23/04/2018", "2018-04-23", "2018-04-23", "day"),
        ("2018-04-23", "2018-04-23", "2018-04-23", "day"),
        ("23-4-2018", "2018-04-23", "2018-04-23", "day"),
        ("٢٣/٤/٢٠١٨", "2018-04-23", "2018-04-23", "day"),
        ("عام 2016", "2016-01-01", "2016-12-31", "year"),
        ("في 2016 بدأت", "2016-01-01", "2016-12-31", "year"),
        ("March 30, 2018", "2018-03-30", "2018-03-30", "day"),
    ],
)
def test_absolute(text: str, start: str, end: str, precision: str) -> None:
    d = one(text)
    assert (d.date_start, d.date_end, d.precision) == (start, end, precision)
    assert d.warning is None


def test_weekday_printed_with_date_is_checked() -> None:
    d = one("الخميس 29 مارس 2018")
    assert d.date_start == "2018-03-29" and d.warning is None
    d = one("الجمعة 29 مارس 2018")
    assert d.date_start == "2018-03-29" and "friday" in (d.warning or "")


# ----------------------------------------------------------------- bad input

@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # corpus sentences: the year told by its marker, not the reference's year (a page of July 2017)
        ("منذ إسقاط الطائرة الروسية في سيناء في أكتوبر من العام الماضي .", "2016-10-01", "2016-10-31"),
        ("يذكر انه في العاشر من حزيران العام الماضي , سيطر تنظيم داعش", "2016-06-10", "2016-06-10"),
        ("اعتقل 13 يناير من العام الماضى اثناء زيارته", "2016-01-13", "2016-01-13"),
        ("وفي شهر يونيو من هذا العام , سجل الإتحاد", "2017-06-01", "2017-06-30"),
        ("في 12 مايو من العام المقبل", "2018-05-12", "2018-05-12"),
        ("في أواخر تموز من العام الجاري", "2017-07-21", "2017-07-31"),
    ],
)
def test_month_with_a_year_marker(text: str, start: str, end: str) -> None:
    d = one(text, dt.date(2017, 7, 2))
    assert (d.date_start, d.date_end, d.kind, d.warning) == (start, end, "relative", None)
    assert one(text).date_start is None          # no reference date: no year, never a guess


def test_a_month_without_a_marker_still_takes_the_reference_year() -> None:
    d = find_dates("في أكتوبر قتل العشرات من العام", dt.date(2017, 7, 2))[0]
    assert (d.surface, d.date_start, d.warning) == ("أكتوبر", "2017-10-01", "year taken from the reference date")


@pytest.mark.parametrize("text", ["31 فبراير", "31 فبراير 2018", "30 شباط 2016", "2018/13/45", "31/04/2018"])
def test_impossible_dates_warn_and_never_invent(text: str) -> None:
    d = one(text, SAT)
    assert d.date_start is None and d.date_end is None
    assert d.precision == "unknown"
    assert d.warning


def test_hijri_out_of_range() -> None:
    d = one("1600/20/40")
    assert d.date_start is None and d.warning and d.hijri is None
    d = one("في 1 محرم 1200 للهجرة")
    assert d.date_start is None and d.warning
    assert find_dates("1600/01/01")[0].date_start is None     # outside hijridate's table: warning, no crash


def test_leap_day() -> None:
    assert one("29 شباط 2016").date_start == "2016-02-29"
    assert one("29 شباط 2018").date_start is None


# ----------------------------------------------------------------- hijri

def test_hijri() -> None:
    d = one("الموافق لـ 1439/08/07")
    assert (d.date_start, d.kind, d.hijri) == ("2018-04-23", "hijri", "1439-08-07")
    d = one("7 شعبان 1439 هـ")
    assert (d.date_start, d.kind, d.hijri, d.surface) == ("2018-04-23", "hijri", "1439-08-07", "7 شعبان 1439 هـ")
    d = one("رمضان 1438")
    assert (d.date_start, d.date_end, d.precision) == ("2017-05-27", "2017-06-24", "month")
    d = one("١٤٣٩/٠٨/٠٧")
    assert d.date_start == "2018-04-23"
    assert find_dates("في رمضان صام الناس") == []   # a Hijri month without a year is not a date here


# ----------------------------------------------------------------- relative, with and without ref

@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("اليوم", "2018-03-31", "2018-03-31", "day"),
        ("أمس", "2018-03-30", "2018-03-30", "day"),
        ("يوم أمس", "2018-03-30", "2018-03-30", "day"),
        ("مساء أمس", "2018-03-30", "2018-03-30", "day"),
        ("أمس الجمعة", "2018-03-30", "2018-03-30", "day"),
        ("يوم أمس الجمعة", "2018-03-30", "2018-03-30", "day"),
        ("أول أمس", "2018-03-29", "2018-03-29", "day"),
        ("قبل يومين", "2018-03-29", "2018-03-29", "day"),
        ("قبل ثلاثة أيام", "2018-03-28", "2018-03-28", "day"),
        ("قبل 5 أيام", "2018-03-26", "2018-03-26", "day"),
        ("الأسبوع الماضي", "2018-03-24", "2018-03-30", "week"),
        ("الشهر الماضي", "2018-02-01", "2018-02-28", "month"),
        ("العام الماضي", "2017-01-01", "2017-12-31", "year"),
        ("(الجمعة)", "2018-03-30", "2018-03-30", "day"),
        ("الخميس", "2018-03-29", "2018-03-29", "day"),
        ("يوم السبت", "2018-03-31", "2018-03-31", "day"),
        ("الأحد الفائت", "2018-03-25", "2018-03-25", "day"),
        ("السبت الماضي", "2018-03-24", "2018-03-24", "day"),
        ("الأحد المقبل", "2018-04-01", "2018-04-01", "day"),
        ("أيار/مايو الماضي", "2017-05-01", "2017-05-31", "month"),
        ("فبراير (شباط) الماضي", "2018-02-01", "2018-02-28", "month"),
        ("مارس (آذار) الجاري", "2018-03-01", "2018-03-31", "month"),
        ("خلال شهر مارس", "2018-03-01", "2018-03-31", "month"),
        ("في 19 فبراير (شباط)", "2018-02-19", "2018-02-19", "day"),
        ("السادس والعشرين من مارس (آذار) الجاري", "2018-03-26", "2018-03-26", "day"),
        ("منذ ما يقارب سبعة شهور", "2017-07-01", "2017-09-30", "month"),
    ],
)
def test_relative_resolved(text: str, start: str, end: str, precision: str) -> None:
    d = one(text, SAT)
    assert (d.date_start, d.date_end, d.precision) == (start, end, precision)
    unresolved = one(text, None)
    assert unresolved.date_start is None and unresolved.date_end is None
    assert unresolved.precision == "unknown"


def test_weekday_disagreeing_with_yesterday_warns() -> None:
    d = one("خرج المدنيون في الشوارع يوم أمس الخميس", SAT)
    assert d.warning and "thursday" in d.warning
    assert d.date_start == "2018-03-29"     # the named weekday wins


def test_month_without_year_takes_the_closest_year() -> None:
    assert one("في 20 كانون الثاني", dt.date(2018, 1, 5)).date_start == "2018-01-20"
    assert one("في 20 كانون الأول", dt.date(2018, 1, 5)).date_start == "2017-12-20"
    assert one("أيار/مايو الماضي", dt.date(2018, 7, 1)).date_start == "2018-05-01"


def test_since_and_ranges() -> None:
    d = one("الحملة على المنطقة منذ الثامن عشر من فبراير/شباط الماضي", SAT)
    assert (d.kind, d.date_start, d.date_end) == ("since", "2018-02-18", "2018-03-31")
    assert d.surface.startswith("منذ")
    d = one("منذ الثامن عشر من فبراير", None)
    assert d.kind == "since" and d.date_start is None
    d = one("الفترة من 19 فبراير (شباط) وحتى 23 مارس (آذار) الجاري", SAT)
    assert (d.kind, d.date_start, d.date_end, d.precision) == ("range", "2018-02-19", "2018-03-23", "day")
    d = one("بين 3 مارس و 5 أبريل 2017")
    assert (d.kind, d.date_start, d.date_end) == ("range", "2017-03-03", "2017-04-05")
    d = one("من 19 إلى 23 فبراير 2018")
    assert (d.kind, d.date_start, d.date_end) == ("range", "2018-02-19", "2018-02-23")
    d = one("من 2011 إلى 2015")
    assert (d.kind, d.date_start, d.date_end, d.precision) == ("range", "2011-01-01", "2015-12-31", "year")
    d = one("منذ 2011", SAT)
    assert (d.kind, d.date_start, d.date_end) == ("since", "2011-01-01", "2018-03-31")


def test_not_dates() -> None:
    for text in ("مارس الضغط على الفصائل", "قد مارس النظام سياسة التجويع", "في اليوم التالي انسحبوا",
                 "بعد صلاة الجمعة", "في آب الماضي قال أب الشهيد", "سقوط 1945 شخصاً", "بلغ عدد المقاتلين 2500",
                 "http://anapress.net/a/987779892729898", "النتيجة 3-1", "قالت قناة روسيا اليوم",
                 "نشرت صحيفة \"المصري اليوم\" تقريرا", "صباح اليوم الخامس من الحملة"):
        got = [d for d in find_dates(text, SAT) if d.date_start or d.warning]
        if "آب الماضي" in text:
            # "آب" is ambiguous (father); with a marker word it is still read as the month
            assert [d.surface for d in got] == ["آب الماضي"]
            continue
        assert got == [], text


def test_tweet_signature_kind() -> None:
    text = "لا صحة لما تتداوله وسائل الإعلام\n\n— حمزة بيرقدار (@HA_alshami05) ٣٠ مارس، ٢٠١٨\n"
    d = one(text)
    assert (d.kind, d.date_start, d.surface) == ("tweet", "2018-03-30", "٣٠ مارس، ٢٠١٨")


# ----------------------------------------------------------------- speed / robustness

def test_long_text_without_punctuation() -> None:
    chunk = "قال المصدر إن القصف أسفر عن مقتل خمسة أشخاص في 3 مارس 2017 و أمس الخميس "
    text = chunk * (100_000 // len(chunk) + 1)
    got = find_dates(text, SAT)
    assert len(got) == 2 * (100_000 // len(chunk) + 1)
    assert got[0].date_start == "2017-03-03" and got[1].date_start == "2018-03-29"
    assert find_dates("ا" * 100_000) == []
    assert find_dates("/1" * 50_000) == []


def test_many_numbers_no_dates() -> None:
    text = "سقط " + " و".join(str(i) for i in range(500))
    assert find_dates(text, SAT) == []


# ----------------------------------------------------------------- publication date

def _body(name: str) -> str:
    text = (SAMPLES / name).read_text(encoding="utf-8")
    marker = "حجم الخط:"
    return text.split(marker, 1)[1] if marker in text else text


@pytest.mark.skipif(not SAMPLES.is_dir(), reason="shared samples not available")
def test_published_samples() -> None:
    p = infer_published(_body("001_ccd135a118f501bf.txt"))
    assert (p.date, p.precision, p.method) == ("2018-03-31", "day", "weekday-cue")
    assert "اليوم (السبت)" in (p.evidence or "")
    p = infer_published(_body("003_91ee6903be612cb3.txt"))
    assert (p.date, p.precision, p.method, p.hijri) == ("2018-04-23", "day", "printed", "1439-08-07")
    for name in ("000_91baa5340ac027c7.txt", "002_29f99f87ebbf2940.txt", "004_b8a14208eb9c10a6.txt"):
        p = infer_published(_body(name))
        assert p.date == "unknown" and p.precision == "unknown", name


@pytest.mark.skipif(not SAMPLES.is_dir(), reason="shared samples not available")
def test_sample_event_dates_with_publication_ref() -> None:
    dates = {d.surface: d for d in find_dates(_body("001_ccd135a118f501bf.txt"), SAT)}
    assert dates["(الجمعة)"].date_start == "2018-03-30"
    assert dates["الخميس"].date_start == "2018-03-29"
    assert dates["يوم أمس الجمعة"].date_start == "2018-03-30"
    r = dates["من 19 فبراير (شباط) وحتى 23 مارس (آذار) الجاري"]
    assert (r.date_start, r.date_end) == ("2018-02-19", "2018-03-23")
    assert dates["قبل يومين"].date_start == "2018-03-29"
    body4 = _body("004_b8a14208eb9c10a6.txt")
    assert all(d.date_start is None for d in find_dates(body4))


@pytest.mark.skipif(not SAMPLES.is_dir(), reason="shared samples not available")
def test_relative_anchor_for_corpus_stage() -> None:
    cues = relative_anchor(_body("002_29f99f87ebbf2940.txt"))
    got = [(c.surface, c.offset_days, c.weekday, c.publishing) for c in cues]
    assert ("مساء أمس", -1, None, True) in got
    assert ("أمس الإثنين", -1, "monday", False) in got
    statement_date = dt.date(2018, 4, 23)      # the related statement's printed date (a Monday)
    pubs = {publication_from_anchor(c, statement_date) for c in cues if c.publishing}
    assert pubs == {dt.date(2018, 4, 24)}
    assert cues_agree(cues, dt.date(2018, 4, 24))
    assert not cues_agree(cues, dt.date(2018, 4, 26))
    assert publication_from_anchor(cues[1], dt.date(2018, 4, 22)) is None   # Sunday, not Monday
    cues = relative_anchor(_body("004_b8a14208eb9c10a6.txt"))
    assert [(c.weekday, c.past_weekday) for c in cues] == [("sunday", True)]


def test_published_statement_reported_yesterday() -> None:
    body = "أصدر الفصيل بيانا نشره مساء أمس قال فيه إن المعارك توقفت.\n\nنص البيان:\nالقيادة العامة\nدمشق في 2018/04/23\n"
    p = infer_published(body)
    assert (p.date, p.method) == ("2018-04-24", "relative")


def test_published_printed_line_and_hijri() -> None:
    p = infer_published("كشف الفصيل في بيان له اليوم أن المعارك توقفت.\n\nحرر في 23 نيسان 2018\n")
    assert (p.date, p.method, p.hijri) == ("2018-04-23", "printed", None)
    p = infer_published("صدر عن القيادة العامة\nبتاريخ 7 شعبان 1439 هـ\n")
    assert (p.date, p.method, p.hijri) == ("2018-04-23", "hijri", "1439-08-07")
    p = infer_published("الواقع في 2018/04/23\nالموافق لـ 1439/09/07\n")   # Hijri disagrees: not kept
    assert (p.date, p.hijri) == ("2018-04-23", None)


def test_published_day_word_next_to_date() -> None:
    p = infer_published("قال المصدر اليوم السبت 31 آذار 2018 إن القصف مستمر.")
    assert (p.date, p.method) == ("2018-03-31", "relative")
    p = infer_published("أعلن الفصيل أمس الإثنين 23 نيسان 2018 انسحابه.")
    assert p.date == "2018-04-24"


def test_published_tweets_without_weekday_cue() -> None:
    body = "غرد المتحدث قائلا:\nلا صحة للأنباء\n— فلان (@someone) 30 مارس، 2018\nوكان قد نفى ذلك."
    assert infer_published(body).date == "unknown"        # only a lower bound: never guess the day
    body = "غرد في 26 مارس (آذار) الجاري:\nلا صحة\n— فلان (@someone) ٣٠ مارس، ٢٠١٨\n"
    p = infer_published(body)
    assert (p.date, p.precision) == ("2018-03", "month")
    body = "لا صحة\n— فلان (@a) 30 مارس، 2018\nتغريدة\n— آخر (@b) 1 يناير 2099\nوقال اليوم (السبت) إن..."
    p = infer_published(body, today=dt.date(2020, 1, 1))
    assert p.date == "2018-03-31"                         # the 2099 date is ignored


def test_published_past_event_dates_are_not_publication() -> None:
    body = "في 28 أبريل (نيسان) 2016 شن تحالف فيلق الرحمن هجوماً.\nثم بتاريخ 3 مارس (آذار) 2017 جهز الجيش عملاً."
    assert infer_published(body).date == "unknown"
    chronology = "التسلسل الزمني:\n3 مارس 2017\nهجوم على برزة\n28 أبريل 2016\nهجوم على الغوطة"
    assert infer_published(chronology).date == "unknown"


def test_published_meta_date() -> None:
    p = infer_published("نص بلا تاريخ", "2018-04-24T10:00:00+03:00")
    assert (p.date, p.method) == ("2018-04-24", "html-meta")
    assert infer_published("نص بلا تاريخ", "2099-04-24", today=dt.date(2020, 1, 1)).date == "unknown"
    tweets = "لا صحة\n— فلان (@someone) 30 مارس، 2018\n"
    assert infer_published(tweets, "2018-03-01").date == "unknown"      # before the tweet: implausible
    assert infer_published(tweets, "2020-05-01").date == "unknown"      # crawl date long after
    assert infer_published(tweets, "2018-04-02").date == "2018-04-02"
    assert infer_published("", None).date == "unknown"


# ----------------------------------------------------------------- pre-tokenised and English dates

@pytest.mark.parametrize("text,iso", [
    ("وقع الهجوم في 2017 / 12 / 8 وفق المصدر", "2017-12-08"),
    ("التقرير الصادر 28 . 12 . 2017 يذكر", "2017-12-28"),
    ("اعتقل بتاريخ 9 - 1 - 2015 في إدلب", "2015-01-09"),
    ("تاريخ النشر : 14 / 11 / 2017 - 15 : 18", "2017-11-14"),     # a clock time may follow
    ("Published October 11 , 2017 by", "2017-10-11"),
    ("Posted Oct 11, 2017", "2017-10-11"),
    ("on 11 October 2017", "2017-10-11"),
])
def test_spaced_numeric_and_english_dates(text: str, iso: str) -> None:
    d = one(text)
    assert (d.date_start, d.precision) == (iso, "day")


@pytest.mark.parametrize("text", [
    "نسبة 2017 / 12 من المجموع",         # year/month alone
    "فاز الفريق 3 - 1 في المباراة",      # a score
    "من 8 - 12 2017 حتى الآن",           # no third part
    "اتصل على 0933 - 12 - 1234",         # a phone number
    "بلغ 2 . 1 مليار دولار",             # a decimal
    "القيد 1 - 12 / 3 / 2017 في السجل",  # glued to another number
])
def test_spaced_numbers_that_are_not_dates(text: str) -> None:
    assert [d for d in find_dates(text) if d.date_start] == []


def test_impossible_spaced_dates_give_no_date() -> None:
    for text in ("2018 / 13 / 45", "31 . 02 . 2017", "31 فبراير 2018"):
        assert all(d.date_start is None for d in find_dates(text)), text


# ----------------------------------------------------------------- publication labels on the page

@pytest.mark.parametrize("body,iso", [
    ("عنوان الخبر\nنشر فى : السبت 25 نوفمبر 2017 - 3 : 49 م نص الخبر", "2017-11-25"),
    ("عنوان الخبر [نشر في 2018/01/19] نص الخبر", "2018-01-19"),
    ("عنوان الخبر تاريخ النشر : 2018 - 01 - 19 نص الخبر", "2018-01-19"),
    ("عنوان الخبرتم النشر بتاريخ : 24 كانون الثاني , 2017 20 : 38 نص", "2017-01-24"),   # glued label
    ("عنوان | وكالات تم النشر : 18 : 38 16 / 02 / 2017 AST نص", "2017-02-16"),         # time first
    ("قائمة\nهذا المحتوى تم نشره يوم 19 ديسمبر , 2017 12 : 43 ص نص الخبر", "2017-12-19"),
    ("عنوان الخبر نشر 05 كانون الأول / ديسمبر 2017 - 10 : 28 بتوقيت جرينتش", "2017-12-05"),
    ("Headline Published: Oct 11, 2017 text", "2017-10-11"),
    ("Headline First Published : 2017 - 07 - 20 text", "2017-07-20"),
    ("مقالات آخر تحديث : 28 . 12 . 2017 نص الخبر", "2017-12-28"),
    ("عنوان آخر تحديث : الأحد 08 ربيع الأول 1434 هـ نص", "2013-01-20"),
])
def test_published_from_publication_label(body: str, iso: str) -> None:
    p = infer_published(body)
    assert (p.date, p.precision) == (iso, "day")
    assert p.method in ("printed", "hijri") and p.evidence


def test_published_label_beats_update_and_ticker() -> None:
    # published and updated both printed: the publication date, whichever comes first
    body = "عنوان\nآخر تحديث : 5 / 12 / 2017 | تاريخ النشر : 3 / 12 / 2017\nنص الخبر"
    assert infer_published(body).date == "2017-12-03"
    body = "Headline Updated: 11 October 2017 , Published: October 10 , 2017 text"
    assert infer_published(body).date == "2017-10-10"
    # only updates: the earliest one
    body = "عنوان آخر تحديث : 7 / 12 / 2017 نص\nفقرة\nآخر تحديث : 6 / 12 / 2017"
    assert infer_published(body).date == "2017-12-06"
    # the crawl-time header ("today" at crawl time) does not win over the article's label
    body = "عمان الأحد 21 كانون الثاني 2018\nعنوان الخبر تم نشره في الخميس 7 كانون الأول / ديسمبر 2017 . نص"
    assert infer_published(body).date == "2017-12-07"


def test_published_site_stamps_and_running_text_are_not_labels() -> None:
    # the site's update stamp (a crawl-time widget), bare or labelled
    assert infer_published("أخبار سوريا | تحديث الموقع 2018 / 01 / 21\nنص الخبر").date == "unknown"
    assert infer_published("العنوان اخر تحديثالأحد - 21 / 01 / 2018 نص الخبر").date == "unknown"
    assert infer_published("العنوان آخر تحديث للموقع : 21 / 01 / 2018 نص الخبر").date == "unknown"
    # a "today" widget with a numeric stamp
    assert infer_published("أخبار كاريكاتور اليوم 21 / 01 / 2018 21 / 01 / 2018 أخبار رياضة").date == "unknown"
    # "تم نشره في" inside running text further down the page: a past event, not the page
    body = "\n".join(["فقرة أولى."] * 6 + ["ففي شريط مصور تم نشره في 29 آذار / مارس 2017 ظهر القائد."])
    assert infer_published(body).date == "unknown"
    # a colon label far down a long page: a related item
    body = "\n".join(["نص الخبر الطويل هنا."] * 200 + ["مقال ذو صلة تاريخ النشر : 3 / 12 / 2017"])
    assert infer_published(body).date == "unknown"
    # impossible or out-of-range dates after a label
    assert infer_published("عنوان تاريخ النشر : 2018 / 13 / 45 نص").date == "unknown"
    assert infer_published("عنوان نشر فى : 31 فبراير 2018 نص").date == "unknown"
    assert infer_published("عنوان تاريخ النشر : 2099 / 01 / 01 نص", today=dt.date(2020, 1, 1)).date == "unknown"


def test_published_day_word_next_to_date_only_in_the_head() -> None:
    item = "اليوم الثلاثاء 16 - 12 - 2014 يشهد الحي تصعيدا عسكريا."
    assert infer_published(item).date == "2014-12-16"
    # the same line as one item of a long compilation page: not the page's date
    body = "\n".join(["منشور سابق عن الحي بلا تاريخ."] * 300 + [item] + ["منشور آخر."] * 20)
    assert infer_published(body).date == "unknown"
    # "on this day" history pages: not a web page's publication date
    assert infer_published("في مثل هذا اليوم 4 فبراير 1942 حاصرت القوات القصر").date == "unknown"


@pytest.mark.parametrize(
    ("text", "ref", "start"),
    [
        ("في 21 ديسمبر الجاري", dt.date(2016, 1, 3), "2015-12-21"),     # written in December, printed in January
        ("في 21 ديسمبر الجاري", dt.date(2015, 12, 23), "2015-12-21"),
        ("في 2 يناير الجاري", dt.date(2016, 1, 3), "2016-01-02"),
    ],
)
def test_current_month_never_ahead_of_reference(text: str, ref: dt.date, start: str) -> None:
    assert one(text, ref).date_start == start
