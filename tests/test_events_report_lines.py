"""A monitor's daily list report (SNHR "التقرير اليومي ...": a line per province, then numbered victim
entries "N - name / home town / cause"): two prose lines naming different towns of their own are two
happenings, not one (``_other_line_places``), and a province's line keeps its own place when a victim
entry merges into it, the entry's home-town field is not where the happening was (``_entry_place``).
Real lines of V-486 and V-149 (breadth set, session 12); the whole pipeline runs (default gazetteer)."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text

ENTRIES = ("8 - محمد مشعل / ريف دمشق - دير العصافير / في الاشتباكات ضد قوات النظام 9 - نور القندولي / "
           "ريف دمشق - دير العصافير / في الاشتباكات ضد قوات النظام .\n"
           "23 - الطفلة مرح العمر / ريف دمشق - دوما / جراء نقص الغذاء والدواء يوم الأحد .\n"
           "24 - الطفل خليل محروس الحنش / ريف دمشق - دوما / جراء نقص الغذاء والدواء منذ خمسة أيام .\n")

# two days' lines of Aleppo province in one page (V-486): Hayan and Ma'arrat al-Khan, then al-Bab,
# Tell Rifaat and Bza'a
ALEPPO_DAY1 = "كما قضى ( 4 ) أشخاص في محافظة حلب جراء القصف على كل من بلدتي حيان ومعرستة الخان .\n"
ALEPPO_DAY2 = ("وفي محافظة حلب قضى ( 10 ) أشخاص , ( 9 ) منهم جراء القصف على مدن الباب وتل رفعت و بزاعة , و ( 1 ) "
               "قضى إعداما على يد تنظيم داعش .\n")
REPORT_HEAD = ("التقرير اليومي عن انتهاكات حقوق الإنسان في سورية ليوم 24 - 1 - 2016 بلغ مجموع الضحايا في سوريا "
               "( 58 ) شخصا يوم الأحد 24 - 1 - 2016 .\n")


def _shelling_lines(text: str) -> list[int]:
    a = analyse_text(text)
    evs = actual_events_of(a, "Explosions/Remote violence")
    return sorted({a.doc.text.count("\n", 0, e.evidence.start) for e in evs})


def test_two_lines_of_a_list_report_at_different_towns_are_two_happenings() -> None:
    text = REPORT_HEAD + ALEPPO_DAY1 + REPORT_HEAD + ALEPPO_DAY2 + ENTRIES
    # the first line's shelling (Hayan) and the second's (al-Bab ...), each on its own line
    assert _shelling_lines(text) == [1, 3]


def test_the_same_lines_on_a_page_without_a_victim_list_still_merge() -> None:
    # no numbered entries: a news story's paragraphs, which may retell one another (unchanged). (Without
    # the report heads: their days make the page one of the theatre's period, whose bare lines are
    # events of their own, see test_events_period_page.)
    text = ALEPPO_DAY1 + ALEPPO_DAY2
    assert len(_shelling_lines(text)) == 1


# V-149: the 20-2-2016 report's Rif Dimashq line (4 killed in clashes, no town told) and victim entries
# under their home town Deir al-Asafir
RIF_DIMASHQ = ("التقرير اليومي عن انتهاكات حقوق الإنسان في سورية ليوم 20 - 2 - 2016 بلغ مجموع الضحايا في سوريا "
               "( 32 ) شخصا يوم السبت 20 - 2 - 2016 , بينهم في محافظة ريف دمشق قضى ( 13 ) شخصا بينهم ( 4 ) برصاص "
               "حرس الحدود التركي أثناء محاولتهم العبور إلى الأراضي التركية , و ( 4 ) في الاشتباكات ضد قوات النظام "
               ", و ( 4 ) جراء القصف على بلدة أوتايا بتاريخ 19 - 2 - 2016 .\n")


def _clash_places(text: str) -> list[str]:
    a = analyse_text(text)
    out = []
    for e in actual_events_of(a, "Battles"):
        s, t = e.field_evidence["location"]
        out.append(a.doc.text[s:t])
    return out


def test_a_province_line_keeps_its_place_not_a_victim_entry_home_town() -> None:
    places = _clash_places(RIF_DIMASHQ + ENTRIES)
    assert places and all("دير العصافير" not in p for p in places), places
    assert any("ريف دمشق" in p for p in places), places


def test_a_place_the_entry_cause_names_still_places_the_merged_happening() -> None:
    # the entry names where the clash was in its cause ("على أطراف بلدة خربة غزالة"), not in its
    # home-town field: the province's clash takes that town
    text = ("وتم توثيق ( 2 ) قضيا في محافظة درعا أحدهما في الاشتباكات ضد قوات النظام والآخر تحت التعذيب في "
            "سجون النظام .\n"
            "1 - أجود عبده الحريري / درعا - الصورة / بالاشتباكات ضد قوات النظام على أطراف بلدة خربة غزالة 2 - "
            "علاء محمد الحاج علي / درعا - جاسم / تحت التعذيب في سجون قوات النظام .\n" + ENTRIES)
    places = _clash_places(text)
    assert any("خربة غزالة" in p for p in places), places
