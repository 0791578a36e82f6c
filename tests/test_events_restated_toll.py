"""Events: one happening's death toll told twice on a page in other words - a digest's "مجزرة" line
and the shelling that made it, a chemical attack and the "المئة شهيد" restated among later strikes'
tolls - is one event (the telling with the means leads; a chemical attack stays one). A timeline's
entries with one toll at one place stay two. Excerpts from the unifiedfc corpus (breadth set)."""

from __future__ import annotations

from test_events import actual_events, run_with_places, syrian_places

from rasd.records import Analysis, Entity

# id: (Arabic name, English name, lat, lon, level, province)
PLACES = {
    "aleppo": ("حلب", "Aleppo", 36.202, 37.134, "town", "Aleppo"),
    "khan-shaykhun": ("خان شيخون", "Khan Shaykhun", 35.441, 36.651, "town", "Idlib"),
    "salqin": ("سلقين", "Salqin", 36.138, 36.451, "town", "Idlib"),
}
KABUL = Entity("kabul", "PLACE", "كابول", "Kabul", lat=34.53, lon=69.17, level="town", country="AF", admin1="Kabul")


def _run(text: str, published: str, extra: list[Entity] | None = None) -> Analysis:
    return run_with_places(text, syrian_places(PLACES) + (extra or []), published, syrian=True)


def _violent(a: Analysis) -> list[tuple[str, str, str | None, int | None]]:
    return [(e.event_type, e.sub_event_type, e.location, e.fatalities) for e in actual_events(a)
            if e.event_type != "Strategic developments"]


def test_a_digest_s_massacre_line_is_the_shelling_told_before() -> None:
    # R-150#5: two lines of a news digest, the shelling of the university and the headline's "مجزرة حلب"
    text = ("مجزرة في اليوم الأول من الامتحانات الجامعية في حلب ذهب ضحيتها أكثر من 80 قتيلا , وأصيب 160 , "
            "في أضخم هجوم من نوعه يستهدف جامعة سورية منذ اشتعال الازمة قبل سنتين .\n"
            "موسكو ترفض مبادرة تقدمت بها حوالي 56 دولة إلى مجلس الأمن الدولي .\n"
            "الابرهيمي : شرعية الأسد لا يمكن إصلاحها 80 قتيلا في مجزرة حلب وتبادل الاتهامات .")
    events = _violent(_run(text, "unknown"))
    assert [(e[2], e[3]) for e in events] == [("aleppo", 80)]


def test_a_chemical_attack_s_toll_restated_among_later_strikes() -> None:
    # V-375#2: "المئة شهيد بخان شيخون" is the chemical attack's toll, told again; Salqin's 15 stay apart
    text = ("استقبل العالم , المجزرة الجديدة التي نفذتها قوات بشار الأسد وأوقعت 100 قتيل بينهم 25 طفلا , فضلا "
            "عن 400 مصاب أغلبهم أطفال أيضا , في قصف بغاز الكلور أو السارين على خان شيخون بريف إدلب .\n"
            "ولم يكتف بشار الأسد بمن أسقطهم من السوريين كبارا وأطفالا , بل واصل الطيران الحربي الروسي المساند , "
            "قصف المدينة بثلاثة غارات جوية بالصواريخ الفراغية .\n"
            "وأسفرت عمليات القصف عن حصيلة ضخمة من شهداء المجازر التي ارتكبتها طائرات العدوان الروسي , علاوة "
            "على المئة شهيد بخان شيخون , سقط 15 شهيد بمدينة سلقين .")
    events = _violent(_run(text, "2017-04-05"))
    at_khan = [e for e in events if e[2] == "khan-shaykhun" and e[3] == 100]
    assert len(at_khan) == 1
    assert at_khan[0][1] == "Chemical weapon"


def test_a_timeline_s_entries_with_one_toll_stay_two() -> None:
    # R-99#9: two Kabul bombings of a month's chronicle, three dead each
    text = ("10 مايو 2015 مقتل 22 شخصا وإصابة 26 آخرين في حوادث عنف متفرقة شهدتها مدينة بعقوبة .\n"
            "كما قتل ثلاثة أشخاص وأصيب 16 آخرون في هجوم انتحاري استهدف حافلة تقل موظفين في النيابة العامة "
            "في كابول .\n"
            "17 مايو 2015 لقي ثلاثة أشخاص على الأقل , بينهم مواطن بريطاني , مصرعهم وأصيب 18 أخرون جراء تفجير "
            "سيارة مفخخة ضمن قافلة كانت تقل جنودا أجانب في العاصمة الأفغانية كابول .")
    events = [e for e in _violent(_run(text, "unknown", [KABUL])) if e[2] == "kabul"]
    assert len(events) == 2
