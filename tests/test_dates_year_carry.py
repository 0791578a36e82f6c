"""A day and month written without a year take the year of the full date before them in the same
sentence or chronicle, not the reference year (issue 4); excerpts of real pages (R-524, V-422)."""

import datetime as dt

from rasd.text.dates import YEAR_FROM_REFERENCE, YEAR_FROM_SENTENCE, find_dates

REF = dt.date(2017, 7, 10)      # the pages were published a year or more after the dates they recap

QAYYARA = ("- القيارة : في 9 تموز / يوليو 2016 , سيطرت القوات العراقية مدعومة من قوات التحالف الدولي على "
           "قاعدة جوية مهمة قرب القيارة التي تبعد مسافة 60 كلم جنوب الموصل وفي 25 اب / اغسطس طردت القوات "
           "العراقية التنظيم المتطرف من البلدة استعدادا لمعركة الموصل .")
SINJAR = ("سلسلة هزائم - في الحادي والثلاثين من مارس 2015 , استعادت القوات العراقية مدينة تكريت في شمال "
          "بغداد من تنظيم الدولة الاسلامية .\nوشاركت قوات الحشد الشعبي المدعومة من ايران في الهجوم , في حين "
          "شاركت الولايات المتحدة ايضا عبر التحالف الدولي في عمليات القصف الجوي .\nفي الثالث عشر من نوفمبر , "
          "استعادت القوات الكردية مدعومة بقوات التحالف الدولي مدينة سنجار في شمال العراق .")


def _by_surface(text: str, ref: dt.date = REF) -> dict[str, tuple[str | None, str | None]]:
    return {d.surface: (d.date_start, d.warning) for d in find_dates(text, ref)}


def test_yearless_day_takes_the_year_of_the_full_date_before_it_in_the_sentence():
    got = _by_surface(QAYYARA)
    assert got["9 تموز / يوليو 2016"] == ("2016-07-09", None)
    assert got["25 اب / اغسطس"] == ("2016-08-25", YEAR_FROM_SENTENCE)


def test_twin_another_sentence_keeps_the_reference_year():
    got = _by_surface(QAYYARA.replace(" وفي 25 اب", " .\nوقال الجيش انه في 25 اب"))
    assert got["25 اب / اغسطس"] == ("2017-08-25", YEAR_FROM_REFERENCE)


def test_twin_an_earlier_month_keeps_the_reference_year():
    # a month before the full date's may be of the next year, or a recap of earlier months
    got = _by_surface(QAYYARA.replace("25 اب / اغسطس", "25 شباط / فبراير"))
    assert got["25 شباط / فبراير"] == ("2017-02-25", YEAR_FROM_REFERENCE)


def test_month_recap_takes_the_year_of_the_month_before_it():
    got = _by_surface("في آب 2014 هاجم التنظيم قضاء سنجار وفي تشرين الأول سيطر على البلدة .")
    assert got["تشرين الأول"] == ("2014-10-01", YEAR_FROM_SENTENCE)


def test_twin_a_marked_month_keeps_its_marker_s_year():
    got = _by_surface("في آب 2014 هاجم التنظيم قضاء سنجار وفي تشرين الأول الماضي سيطر على البلدة .")
    assert got["تشرين الأول الماضي"][0] == "2016-10-01"


def test_chronicle_entry_takes_the_running_year():
    got = _by_surface(SINJAR)
    assert got["الثالث عشر من نوفمبر"] == ("2015-11-13", YEAR_FROM_SENTENCE)


def test_twin_a_date_inside_a_sentence_is_no_chronicle_entry():
    got = _by_surface(SINJAR.replace("\nفي الثالث عشر", "\nوقال مسؤول انه في الثالث عشر"))
    assert got["الثالث عشر من نوفمبر"] == ("2017-11-13", YEAR_FROM_REFERENCE)


def test_twin_a_later_year_than_the_reference_s_is_not_carried():
    # the page's head stamp, then a day of the month before it (2016 by the reference rule)
    text = "السبت 7 كانون الثاني 2017 | 12 : 48 صباحا بتوقيت دمشق قتل 21 مدنيا في 22 كانون الأول / ديسمبر في وادي بردى"
    got = _by_surface(text, dt.date(2017, 1, 7))
    assert got["22 كانون الأول / ديسمبر"] == ("2016-12-22", YEAR_FROM_REFERENCE)


def test_twin_a_year_phrase_after_the_month_is_not_overruled():
    # V-572: "من العام الماضي" tells the year; "من العام ذاته" (V-634) is the year carried
    text = ("احتلها تنظيم داعش في شهر اب من عام 2014 وكان المنتزه قد افتتح بشكل رسمي في شهر تشرين الثاني "
            "من العام الماضي وسط حضور رسمي")
    # the month and its year phrase are one expression dated by the phrase (REF 2017: November 2016), never 2014
    assert _by_surface(text)["شهر تشرين الثاني من العام الماضي"] == ("2016-11-01", None)
    same = "إلى أن تم طرده منها في اذار / مارس 2016 , لتسقط مجددا بيد الارهابيين في كانون الاول / ديسمبر من العام ذاته ."
    assert _by_surface(same)["كانون الاول / ديسمبر"] == ("2016-12-01", YEAR_FROM_SENTENCE)


# a chronology told in prose across sentences (session 36): a year of the list, not of the page
CHRONOLOGY = ("وفي 12 شباط 2015 هاجم المسلحون البلدة , ويوم 3 نيسان فرضوا الحصار عليها . وتوالت الأحداث , "
              "ففي 20 حزيران , استعادت القوات البلدة بالكامل .\nثم في 9 آب انسحب المسلحون من القرى المجاورة .")


def test_chronology_run_takes_the_year_of_its_full_date_across_sentences():
    got = _by_surface(CHRONOLOGY)
    assert got["3 نيسان"] == ("2015-04-03", YEAR_FROM_SENTENCE)     # same sentence (as before)
    assert got["20 حزيران"] == ("2015-06-20", YEAR_FROM_SENTENCE)   # the third date of the run
    assert got["9 آب"] == ("2015-08-09", YEAR_FROM_SENTENCE)


def test_twin_a_run_that_goes_back_in_the_calendar_ends():
    # "20 كانون الثاني" before April: no longer the list's order, the reference rule holds
    got = _by_surface(CHRONOLOGY.replace("20 حزيران", "20 كانون الثاني"))
    assert got["20 كانون الثاني"] == ("2017-01-20", YEAR_FROM_REFERENCE)
    assert got["9 آب"][1] == YEAR_FROM_REFERENCE


def test_twin_a_relative_day_ends_the_run():
    # "أمس" between them: the text has left the list for the page's own days
    text = CHRONOLOGY.replace("وتوالت الأحداث ,", "وقال مسؤول أمس إن الوضع هادئ .")
    assert _by_surface(text)["20 حزيران"] == ("2017-06-20", YEAR_FROM_REFERENCE)


def test_twin_a_far_date_is_no_longer_on_the_run():
    filler = " ".join(["وتحدث السكان عن أوضاع صعبة في المدينة ."] * 12)
    got = _by_surface(CHRONOLOGY.replace("وتوالت الأحداث ,", filler))
    assert got["20 حزيران"] == ("2017-06-20", YEAR_FROM_REFERENCE)


def test_timeline_entries_headed_by_dates_carry_their_year():
    text = "10 آذار 2009 : وصل الوفد إلى العاصمة .\n2 أيار : بدأت المفاوضات بين الطرفين ."
    assert _by_surface(text)["2 أيار"] == ("2009-05-02", YEAR_FROM_SENTENCE)
    # without the entries' colons, a full date and one day of another sentence keep the reference rule
    plain = "وصل الوفد في 10 آذار 2009 إلى العاصمة .\nوقال مسؤول إن المفاوضات بدأت في 2 أيار ."
    assert _by_surface(plain)["2 أيار"] == ("2017-05-02", YEAR_FROM_REFERENCE)
