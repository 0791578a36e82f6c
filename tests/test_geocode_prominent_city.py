"""A bare name shared by a city of millions abroad and far smaller towns in the neighbours means the
city (foreign_places.yaml prominent_*): every breadth reading of "الإسكندرية" is Alexandria, Egypt
(R-411: the St Mark's church bombing, R-308: a rally before the Northern Military Region HQ, R-604:
the 1964 Arab summit), not Iraq's Iskandariya; the small town keeps it when the text puts it in its
country, and namesakes of comparable size (Tripoli: Lebanon's and Libya's) keep their standing.
The country a sentence names is context for a place abroad too: it lifts the foreign discount of
that country's town over a namesake of the neighbours or Syria (R-62: "في محافظة الجيزة" of an
Egyptian interior-ministry statement is Giza, not a Syrian village), and it cues a town abroad whose
name is also a word (R-204: "قصر السلام , في جدة" after "وزارة الداخلية السعودية")."""

from __future__ import annotations

from analysed import analyse_text, place_countries

from rasd.knowledge.gazetteer import default_gazetteer


def test_city_of_millions_beats_a_neighbour_town() -> None:
    # R-411 (AlMada 2017 review, item of 9 Apr)
    a = analyse_text("قتلى في انفجار استهدف الإسكندرية وداعش يتبنى .")
    assert place_countries(a, "الإسكندرية") == ["EG"]
    # a rally "in the city of Alexandria", the town word before it
    a = analyse_text("تظاهر ألوف النشطاء ضد المجلس العسكري أمام مقر قيادة المنطقة العسكرية الشمالية في مدينة الاسكندرية .")
    assert place_countries(a, "الاسكندرية") == ["EG"]


def test_the_small_town_keeps_its_name_in_its_country() -> None:
    a = analyse_text("انفجرت سيارة مفخخة في الإسكندرية جنوب بغداد .")
    assert place_countries(a, "الإسكندرية") == ["IQ"]


def test_namesakes_of_comparable_size_stay_as_they_were() -> None:
    gaz = default_gazetteer()
    tripolis = [c for c in gaz.candidates("طرابلس") if c.level == "town"]
    assert {c.country for c in tripolis} >= {"LB", "LY"}
    assert not any(gaz.prominent(c, tripolis) for c in tripolis)


def test_the_sentence_naming_its_country_lifts_a_town_abroad() -> None:
    # R-62 (9 Nov 2017)
    a = analyse_text("أعلنت وزارة الداخلية المصرية , الأحد , أن قوات الأمن قتلت 10 أشخاص في شقتين في محافظة الجيزة .")
    assert place_countries(a, "الجيزة") == ["EG"]


def test_the_sentence_naming_its_country_cues_a_town_whose_name_is_a_word() -> None:
    # R-204 (CNN Arabic, 8 Oct 2017)
    a = analyse_text("وكانت وزارة الداخلية السعودية قد أعلنت عن إحباط هجوم على قصر السلام , في جدة , أسفر عن مقتل 2 .")
    assert place_countries(a, "جدة") == ["SA"]
    # no country named: the word-like name stays unresolved, as before
    assert place_countries(analyse_text("قتل شخص في جدة ."), "جدة") == [None]


def test_a_country_named_far_off_in_the_sentence_cues_no_word() -> None:
    # V-458: "in a scene of pain ..." of a long sentence that ends on "the war of Assad and the Iranians"
    a = analyse_text("وفي مشهد يطغى عليه الألم والحزن أثبت السوريون المناهضون للأسد في حادثة التفجير سمو الروح الوطنية"
                     " المتطابقة مع شعارات الثورة , فلم يدوسوا على جرحى أهالي الفوعة وكفريا , ولم يلتقطوا صور سيلفي"
                     " لجثثهم , إنما تداعى الإعلاميون والثوار والدفاع المدني لحملهم على الأكتاف وإسعافهم إلى مشافيهم ,"
                     " وعبروا لأهالي القريتين الشيعيتين أنهم مجرد وقود لحرب الأسد والإيرانيين ضد الشعب السوري .")
    assert "IR" not in place_countries(a, "مشهد")


def test_a_verdict_headline_is_no_execution_where_the_city_is_now_found() -> None:
    # V-433 (Egyptian military court, undated digest): the dash of "ل - 14" cuts the trigger's clause off
    # the court words; the life terms in the sentence tell the verdict. With Alexandria resolved (it was
    # a tie with Iraq's Iskandariya) the alleged killings would place a death sentence as an attack there.
    a = analyse_text("المحكمة العسكرية المصرية : الإعدام ل - 14 والمؤبد على 24 قضت المحكمة العسكرية المصرية , يوم الأحد ,"
                     " بإعدام 14 معتقلا من رافضي الانقلاب العسكري , في القضية رقم 108 لسنة 2015 عسكرية , وذلك على خلفية"
                     " الادعاء بزرع عبوات ناسفة أمام الهيئات الحكومية , وقتل وإصابة عدد من المواطنين بالإسكندرية .",
                     "2017-01-01")
    assert not [e for e in a.events if e.event_type == "Violence against civilians"]
