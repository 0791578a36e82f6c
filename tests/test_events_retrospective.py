"""Events: a page that looks back tells its past happenings as background, not as the page's news.

1. Its headline names it a look back (``retrospective_labels``: "القصة الكاملة", "حصاد", "تسلسل زمني",
   "نبذة" ...): a happening it tells with no time of its own is of the years it reviews. R-491#2 (BBC,
   "تنظيم الدولة الإسلامية : القصة الكاملة", undated: the 2014 seizure of Baiji and Tikrit) and V-252#6
   (Baladi, "حصاد الثورة في عامها السادس", 16 March 2017: the 2016-17 Euphrates Shield campaign, which
   took the page's week on the base).
   A headline that opens with a bare year reviews that year: R-147#2 (Enab Baladi, "2017 . . نكسة
   المعارضة السورية", January 2018: the regime's taking of Beit Jinn, late 2017).
2. On a page without a date, a deed told with no time right after a year before the theatre's period
   is history: R-150#7 (June 2011: Hama 1982, "وبعد ذلك بعامين" after "وفي عام 1980").
Excerpts from the unifiedfc corpus, run through the pipeline."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text

STORY_HEAD = 'تنظيم " الدولة الإسلامية " : {title} - BBC Arabic روابط الدخول تصفح بي بي سي بحث في بي بي سي\n'
STORY_BODY = ("ولم يكد يمر يوم حتى استولى مسلحو التنظيم على بلدة بيجي بما في ذلك مصفاة النفط الضخمة بها , ثم "
              "سرعان ما استولوا أيضا على بلدة تكريت السنية القديمة , مسقط رأس صدام حسين .")

HARVEST_HEAD = ("شبكة بلدي الإعلامية | {title} : عطالة القوة والسياسة الخميس 16 آذار 2017 | 7 : 13 مساء "
                "بتوقيت دمشق بلدي نيوز - ( تركي مصطفى )\n")
HARVEST_BODY = ('تمكن الجيش الحر في عملية " درع الفرات " من السيطرة على مثلث جغرافي أطرافه جرابلس في الشمال '
                "الشرقي , ومارع في الشمال الغربي , والباب في الجنوب .")

HAMA = ("وتابع أن هذه المنطقة \" لديها تاريخ من المشاعر المناهضة للحكومات .\n"
        "وفي عام {year} سحق الرئيس الراحل حافظ الاسد والد بشار تمردا سنيا في بلدة جسر الشغور التي تقع على "
        "طريق استراتيجي مهم بين حلب ثاني اكبر مدينة سورية واللاذقية المطلة على البحر الامتوسط .\n"
        "وبعد ذلك بعامين سحقت قوات الاسد انتفاضة مسلحة للاخوان المسلمين في حماه مما ادى الى مقتل الالاف "
        "في حدث مازال صداه يرن في اذان من تخول له نفسه تحدي حكامه .")


def _types(text: str, published: str = "unknown") -> list[str]:
    return sorted(e.event_type for e in actual_events_of(analyse_text(text, published, doc_id="retro")))


def test_a_story_page_tells_its_timeless_seizures_as_background() -> None:
    assert _types(STORY_HEAD.format(title="القصة الكاملة") + STORY_BODY) == []


def test_the_same_seizures_under_a_news_headline_are_kept() -> None:
    # no label: the page is not known to look back, its undated happenings may be its news
    assert "Battles" in _types(STORY_HEAD.format(title="مسلحو التنظيم يتقدمون") + STORY_BODY)


def test_a_year_review_gives_its_past_no_page_date() -> None:
    assert _types(HARVEST_HEAD.format(title="حصاد الثورة في عامها السادس") + HARVEST_BODY, "2017-03-16") == []


def test_a_dated_report_keeps_its_campaign() -> None:
    assert "Battles" in _types(HARVEST_HEAD.format(title="الجيش الحر يتقدم في ريف حلب") + HARVEST_BODY,
                               "2017-03-16")


def test_a_digest_of_the_day_is_no_look_back() -> None:
    # "حصاد اليوم": the day's news, not a year's harvest
    assert "Battles" in _types(HARVEST_HEAD.format(title="حصاد اليوم") + HARVEST_BODY, "2017-03-16")


def test_a_deed_told_after_a_year_before_the_war_is_history() -> None:
    assert "Battles" not in _types(HAMA.format(year="1980"))


def test_a_deed_told_after_a_year_of_the_war_is_kept() -> None:
    # "وفي عام 2012": the nearest year is of the theatre's period, the deed may be what the page reports
    assert "Battles" in _types(HAMA.format(year="2012"))


YEAR_REVIEW = ("{title} - عنب بلدي\n"
               "الأشهر الأخيرة من 2017 , شهدت زخم ا فسيطرت قوات الأسد والميليشيات المساندة لها على منطقة بيت جن في "
               "ريف دمشق الجنوبي الغربي بالكامل بموجب اتفاق مع الفصائل العسكرية يضمن خروجهم إلى الشمال السوري .")


def test_a_headline_opening_with_a_year_reviews_it() -> None:
    assert _types(YEAR_REVIEW.format(title="2017 . . نكسة المعارضة السورية")) == []


def test_a_headline_opening_with_a_date_is_no_review() -> None:
    # kept: the taking by an agreement that lets the factions leave, no fight told (a non-violent transfer)
    assert "Strategic developments" in _types(YEAR_REVIEW.format(title="2017 / 12 / 30 الساعة 10 : 24 نكسة المعارضة السورية"))
