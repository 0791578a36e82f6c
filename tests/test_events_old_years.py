"""Events: history told on a page without a date is background, judged against the page's own time.

1. The trigger's clause is dated only by a written year two years or more before the newest year the
   page names in a day or month (R-361#0, a Reuters feature of January 2018 on Iraq's clergy: the
   Sistani fatwa "أحبطت زحف التنظيم باتجاه بغداد في عام 2014" is its past, not its news).
2. A page whose every written year (three at least) is before the theatre's period: an essay on the
   1973 war (R-499#5); a happening it tells without any date is of that history.
Excerpts from the unifiedfc corpus, run through the pipeline with no publication date."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text

from rasd.knowledge.resources import default_resources
from rasd.pipeline import analyse
from rasd.records import Document, Published

SISTANI = ("وكانت فتواه التي دعا فيها أتباعه لحمل السلاح في وجه مقاتلي تنظيم الدولة الإسلامية أتباع المذهب "
           "السني هي التي أحبطت زحف التنظيم باتجاه بغداد في عام {year} . كما استخدم السيستاني قراراته في "
           "التخفيف من حدة العنف الطائفي في العراق .\n"
           "وقال المسؤولون العراقيون إن السيستاني رفض مقابلته في النجف , لكنهم لا يتوقعون أن يستسلم "
           "الإيرانيون .\nالعالم الآن 2018 - 01 - 21")

WAR_1973 = ("وقد عمدت الدولة الصهيونية بعد حرب حزيران 1967 وصدور قرار مجلس الأمن رقم 242 بتاريخ 22 نوفمبر "
            "{year} القاضي بانسحاب القوات الإسرائيلية من الأراضي التي احتلتها .\n"
            "الجنود المصريون يرفعون العلم بعد عبور قناة السويس , اكتوبر 1973 .\n"
            "نجحت مصر وسورية في تحقيق نصر لهما , إذ تم اختراق , خلال ست ساعات فقط من بداية المعركة وأوقعت "
            "القوات المصرية خسائر كبيرة في القوة الجوية الإسرائيلية , ومنعت القوات السرائلية من استخدام انابيب "
            "النابالم بخطة مدهشة كما حطمت أسطورة الجيش الإسرائيلي الذي لا يقهر , في مرتفعات الجولان و سيناء , "
            "وأجبرت اسرائيل على التخلي عن العديد من أهدافها مع سورية ومصر , كما تم استرداد قناة السويس وجزء من "
            "سيناء في مصر , ومدينة القنيطرة في سورية .")


def _events(text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.date_start) for e in actual_events_of(analyse_text(text, doc_id="old-years"))]


def test_a_year_long_before_the_page_is_its_past() -> None:
    assert _events(SISTANI.format(year="2014")) == []


def test_the_page_year_itself_is_not_history_but_a_year_alone_is_a_recall() -> None:
    # the same clause told of the year before the newest the page names is not history by the years' gap,
    # but a happening told by its year alone is one the page recalls (background._month_or_year_told); told
    # with its day it is kept
    assert _events(SISTANI.format(year="2017")) == []
    dated = SISTANI.format(year="2017").replace("في عام 2017", "في 12 كانون الأول 2017")
    assert [t for t, _d in _events(dated)] == ["Battles"]


def test_an_undated_happening_of_a_page_on_1973_is_history() -> None:
    assert _events(WAR_1973.format(year="1967")) == []


def test_a_page_naming_a_year_of_the_war_is_not_judged_so() -> None:
    # "22 نوفمبر 2017": the page names the theatre's period, so it is no history page as a whole; an
    # undated happening is judged by the year told nearest before it: after "اكتوبر 1973" it is that
    # war's (_after_old_year), after the page's own time it may be its news
    assert _events(WAR_1973.format(year="2017")) == []
    news = WAR_1973.format(year="2017").replace("اكتوبر 1973", "22 اكتوبر 2017")
    assert {t for t, _d in _events(news)} == {"Battles"}


# 3. a dated page (R-397#2, a UN resolution's text published 24 October 2005): a happening its sentence
#    dates only by days of months long before the page's day is the resolution's background
HARIRI = ("في هذا القرار - الذي اعتمد في 7 أبريل / نيسان 2005 - دان مجلس الأمن الهجوم الإرهابي في بيروت , "
          "لبنان , في الرابع عشر من شباط / فبراير 2005 , الذي أدى إلى مقتل رئيس الوزراء السابق رفيق الحريري "
          "و 22 شخصا آخر , مجددا تأكيد دعوته لاحترام استقلال لبنان وسيادته وسلامة أراضيه ووحدتها .")


def _dated_events(text: str, day: str) -> list[str]:
    doc = Document(id="old-years-dated", source="old-years-dated", text=text,
                   published=Published(date=day, precision="day", method="printed"))
    a = analyse(doc, default_resources(), ["entities", "places", "events"])
    return [e.event_type for e in a.events if e.modality == "actual"]


def test_a_dated_page_months_after_the_days_its_sentence_names() -> None:
    assert _dated_events(HARIRI, "2005-10-24") == []


def test_a_dated_page_days_after_them_keeps_the_happening() -> None:
    assert _dated_events(HARIRI, "2005-04-08") != []


# 4. "في شهر يوليو ( تموز ) من ذلك العام": the month has the year written before it (R-397#1, a feature
#    of 13 December 2014 on the Islamic State's leaders: the 2013 Abu Ghraib break-out is its history)
ABU_GHRAIB = ("شهد سجن أبو غريب أكبر عملية هروب وأكثرها ضررا في عام {year} , حيث هرب ما يصل إلى 500 سجين , كثير "
              "منهم من كبار المتطرفين الذين سلمهم الجيش الأميركي المغادر , في شهر يوليو ( تموز ) من ذلك العام , "
              "بعد أن تم اقتحام هذا السجن عن طريق قوات تنظيم داعش الذين شنوا غارة متزامنة وناجحة كذلك على "
              "سجن التاجي القريب .")


def test_a_month_of_that_year_long_before_the_page_is_its_past() -> None:
    assert _dated_events(ABU_GHRAIB.format(year="2013"), "2014-12-13") == []


def test_a_month_of_the_page_year_is_not_judged_so() -> None:
    assert _dated_events(ABU_GHRAIB.format(year="2014"), "2014-12-13") != []
