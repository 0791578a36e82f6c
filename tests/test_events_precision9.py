"""Events round 9: an undated page is dated by the day (or month) its URL files it under; a shot-down
aircraft is no air strike; "فك الاشتباك", "السيطرة على الحرائق", what tension portends or a step
would prevent are no happening; a missile's launch site, the place of what a strike answers or of a
massacre recalled for comparison is not the event's place; a headline's country and the body's place
are one happening. Hand-written sentences in
the corpus's style (pre-tokenised punctuation), each with a negative."""

from __future__ import annotations

from test_events import actual_events, run_with_places

from rasd.records import Analysis, Entity

PLACES = [Entity("syria", "PLACE", "سوريا", "Syria", lat=35.0, lon=38.5, level="country", country="SY")]


def _run(text: str, published: str = "unknown", url: str | None = None) -> Analysis:
    return run_with_places(text, PLACES, published, url, syrian=True)


# --------------------------------------------------------------------------- URL dates

STRIKE = "وقال ناشطون إن طائرات حربية شنت غارات جوية على مدينة دوما فجر الثلاثاء , ما أدى إلى مقتل 5 مدنيين ."


def test_an_undated_pages_url_day_resolves_its_weekdays() -> None:
    a = _run(STRIKE, url="http://www.example.net/ar/syria/2017/04/06/some-title.html")
    assert [(e.location, e.date_start) for e in actual_events(a)] == [("douma", "2017-04-04")]
    a = _run(STRIKE, url="http://www.example.net/ar/news/123456")
    assert [(e.location, e.date_start) for e in actual_events(a)] == [("douma", "unknown")]


def test_a_dotted_url_day_dates_an_undated_feed() -> None:
    text = "طائرات حربية تشن غارات جوية على مدينة دوما , وإصابات بين المدنيين ."
    a = _run(text, url="https://example.com/ar/time/08.11.2017")
    assert [(e.date_start, e.date_end) for e in actual_events(a)] == [("2017-11-08", "2017-11-08")]
    a = _run(text, url="https://example.com/ar/time/latest")
    assert [e.date_start for e in actual_events(a)] == ["unknown"]


def test_a_url_day_is_not_used_when_the_text_prints_a_later_date() -> None:
    # an encyclopedia page filed in 2016 and updated with 2017 entries: its URL day dates nothing
    text = STRIKE + " آخر تحديث : 8 سبتمبر 2017 ."
    a = _run(text, url="http://www.example.net/encyclopedia/2016/11/30/title")
    assert [e.date_start for e in actual_events(a)] == ["unknown"]


def test_a_url_month_makes_a_long_past_happening_background() -> None:
    text = "وفي 9 شباط 2016 سيطرت قوات النظام على مدينة دوما بعد معارك عنيفة مع جيش الإسلام ."
    assert not actual_events(_run(text, url="http://example.com/Web/News/2017/7/1157050.html"))
    assert [e.date_start for e in actual_events(_run(text, url="http://example.com/Web/News/1157050.html"))] == [
        "2016-02-09"]


# --------------------------------------------------------------------------- not happenings / types

def test_a_shot_down_warplane_is_not_an_air_strike() -> None:
    a = _run("أعلن تنظيم داعش إسقاط طائرة حربية للنظام في ريف حماة اليوم .", published="2017-07-24")
    assert not [e for e in actual_events(a) if e.sub_event_type == "Air/drone strike"]
    a = _run("شنت طائرة حربية للنظام غارة على ريف حماة اليوم .", published="2017-07-24")
    assert [e.sub_event_type for e in actual_events(a)] == ["Air/drone strike"]


def test_the_disengagement_line_is_no_clash() -> None:
    a = _run("سقطت قذيفة قرب خط فك الاشتباك في ريف حماة اليوم .", published="2017-07-24")
    assert not [e for e in actual_events(a) if e.event_type == "Battles"]
    a = _run("اندلعت اشتباكات عنيفة بين قوات النظام وجيش الإسلام في ريف حماة اليوم .", published="2017-07-24")
    assert [e.event_type for e in actual_events(a)] == ["Battles"]


def test_bringing_fires_under_control_is_no_taking_of_ground() -> None:
    a = _run("وأعلنت قوات النظام السيطرة على الحرائق في مدينة دوما اليوم .", published="2017-07-24")
    assert not actual_events(a)
    a = _run("وتمكنت قوات النظام من السيطرة على مدينة دوما اليوم .", published="2017-07-24")
    assert [e.event_type for e in actual_events(a)] == ["Battles"]


def test_what_tension_portends_and_what_a_step_prevents_are_no_happenings() -> None:
    text = ("حيث بلغت التوترات بين جيش الإسلام وقوات النظام مستوى غير مسبوق , ما ينذر بتفجر نزاع مسلح بين "
            "الطرفين بسبب خلافات حول أمن مدينة دوما .")
    assert not actual_events(_run(text, published="2017-04-01"))
    text = "وهنا لا بد لجيش الإسلام من القيام بخطوات استباقية تمنع استهدافها في دوما ."
    assert not actual_events(_run(text, published="2017-04-01"))
    text = "وانفجرت عبوة ناسفة في مدينة دوما اليوم ."
    assert [e.event_type for e in actual_events(_run(text, published="2017-04-01"))] == ["Explosions/Remote violence"]


# --------------------------------------------------------------------------- places

def test_the_launch_site_of_missiles_is_not_the_events_place() -> None:
    text = "قصفت قوات النظام بصواريخ أطلقت من دمشق اليوم مواقع جيش الإسلام ."
    assert "damascus" not in {e.location for e in actual_events(_run(text, published="2018-01-21"))}
    text = "قصفت قوات النظام مدينة دوما بصواريخ أطلقت من دمشق اليوم ."
    assert {e.location for e in actual_events(_run(text, published="2018-01-21"))} == {"douma"}


def test_the_place_of_what_a_strike_answers_is_not_its_place() -> None:
    text = "قصفت قوات النظام مواقع جيش الإسلام في ريف حماة اليوم بعد سقوط قذائف على مدينة دوما ."
    assert {e.location for e in actual_events(_run(text, published="2017-07-24"))} == {"rif-hama"}
    text = "قصفت قوات النظام مواقع جيش الإسلام اليوم بعد سقوط قذائف على مدينة دوما ."
    assert "douma" not in {e.location for e in actual_events(_run(text, published="2017-07-24"))}
    text = "قصفت قوات النظام مواقع جيش الإسلام اليوم بعد منتصف الليل في مدينة دوما ."
    assert {e.location for e in actual_events(_run(text, published="2017-07-24"))} == {"douma"}


def test_a_massacre_recalled_for_comparison_does_not_place_the_event() -> None:
    text = ("وأفاد ناشطون بمقتل 100 شخص بقصف بالغازات السامة صباح الثلاثاء في مجزرة أعادت إلى الأذهان "
            "ما حدث قبل أربعة أعوام في الغوطة الشرقية .")
    assert "eastern-ghouta" not in {e.location for e in actual_events(_run(text, published="2017-04-06"))}
    text = "وأفاد ناشطون بمقتل 100 شخص بقصف بالغازات السامة صباح الثلاثاء في الغوطة الشرقية ."
    assert {e.location for e in actual_events(_run(text, published="2017-04-06"))} == {"eastern-ghouta"}


# --------------------------------------------------------------------------- one happening

def test_a_headlines_country_and_the_bodys_place_are_one_happening() -> None:
    text = "سوريا : قوات النظام تقصف بلدة بالصواريخ . وقالت مصادر إن قوات النظام قصفت بالصواريخ مدينة دوما اليوم ."
    assert [e.location for e in actual_events(_run(text, published="2018-01-21"))] == ["douma"]
    # a country-level item further down the page (a timeline's entry) stays its own happening
    text = ("وقالت مصادر إن قوات النظام قصفت بالصواريخ مدينة دوما اليوم , وسط حالة من الهلع بين المدنيين "
            "الذين فروا من منازلهم نحو الملاجئ والأقبية , فيما هرعت فرق الدفاع المدني إلى المكان لإسعاف الجرحى "
            "وإخماد الحرائق التي اندلعت في عدد من الأبنية السكنية والمحال التجارية في المدينة , بحسب ما أفاد "
            "ناشطون من المدينة في تسجيلات مصورة نشروها على مواقع التواصل الاجتماعي مساء اليوم . "
            "سوريا : قوات النظام تقصف بلدة بالصواريخ .")
    assert len(actual_events(_run(text, published="2018-01-21"))) == 2


# --------------------------------------------------------------------------- background / one happening

def test_a_recall_formula_tells_background_unless_dated_to_the_page_days() -> None:
    text = "ي ذكر أن أكثر من ثمانين شخصا قتلوا بقصف بالغازات السامة على مدينة دوما في أبريل / نيسان الماضي ."
    assert not actual_events(_run(text, published="2017-10-12"))
    assert not actual_events(_run(text))          # undated page: "أبريل الماضي" is no recent day either
    text = "يذكر أن قوات النظام سيطرت على مدينة دوما أمس الجمعة بعد معارك عنيفة مع جيش الإسلام ."
    assert [e.location for e in actual_events(_run(text))] == ["douma"]
    # (told with its day: by its month alone it is a recall too, background._month_or_year_told)
    text = "وقتل أكثر من ثمانين شخصا بقصف بالغازات السامة على مدينة دوما في 4 أبريل / نيسان الماضي ."
    assert [e.location for e in actual_events(_run(text, published="2017-05-12"))] == ["douma"]


def test_what_a_strike_resulted_in_is_its_toll_not_an_execution() -> None:
    text = "وأسفرت الغارة الروسية على مدينة الرقة عن تصفية 30 قياديا في التنظيم ."
    evs = actual_events(_run(text, published="2017-06-16"))
    assert [e.event_type for e in evs] == ["Explosions/Remote violence"]
    text = "وأقدم عناصر تنظيم داعش على تصفية 5 مدنيين في مدينة الرقة اليوم ."
    assert [e.event_type for e in actual_events(_run(text, published="2017-06-16"))] == ["Violence against civilians"]
