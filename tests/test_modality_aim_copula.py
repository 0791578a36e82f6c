"""An aim, a task, a next step or what is left to do, said as a nominal sentence with the copula "هو"/"هي", names
its content, not a deed told done (session 27, nonevdup; NONEVENT rows of the judged breadth samples): a
leaflet's "هدف المعركة هو تخفيف الضغط ... وفك الحصار" (R-117), "ما تبقى للقوات الآن هو السيطرة على ..." (R-117),
"خطوة الجيش الحر , بعد مدينة الباب , هي انتزاع السيطرة على مدينة منبج" (V-442). Negative twins: a ranking after
the copula ("في خطوة هي الأولى من نوعها , سيطرت"), a relative clause telling a deed ("كان الهدف هو مقر القيادة
الذي قصفته الطائرات"), and a copula that comes after a verb."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text, modality_at

LEAFLET = ("وجاء في المنشور أن هدف المعركة هو تخفيف الضغط على المقاتلين في بيت جن وطرد الاحتلال ( أي : الجيش "
           "السوري ومؤيديه ) وفك الحصار وتحرير المعتقلين .")


def test_a_battles_aims_are_not_told_done() -> None:
    assert not actual_events_of(analyse_text(LEAFLET, "2017-11-08", stages=None))


def test_what_is_left_to_take_is_an_aim() -> None:
    text = "وعلى حد قوله فإن ما تبقى للقوات الآن هو السيطرة على ما يقارب 20 % من المدينة"
    assert modality_at(text, "السيطرة") == "purpose"


def test_the_next_step_named_after_the_copula_is_an_aim() -> None:
    text = ("أكد النقيب سعد أبو الحزم أن \" خطوة الجيش السوري الحر العتيدة , بعد مدينة الباب , هي انتزاع "
            "السيطرة على مدينة منبج \"")
    assert modality_at(text, "السيطرة") == "purpose"


def test_a_ranking_after_the_copula_keeps_the_deed() -> None:
    a = analyse_text("في خطوة هي الأولى من نوعها , سيطرت فصائل المعارضة على مدينة منبج أمس .", "2017-07-10",
                     stages=None)
    assert actual_events_of(a, "Battles")


def test_a_deed_told_in_a_relative_clause_after_the_copula_is_told() -> None:
    a = analyse_text("وكان الهدف هو مقر قيادة العمليات الذي قصفته الطائرات الروسية في مدينة إدلب أمس .",
                     "2017-07-10", stages=None)
    assert actual_events_of(a, "Explosions/Remote violence")


def test_a_copula_after_a_verb_is_another_predication() -> None:
    text = "الخطوة التي أعلنها القائد هي سيطرة الفصائل على مدينة منبج"
    assert modality_at(text, "سيطرة") == "actual"


AIM_OF = ("وأكد أن \" الطائرات الحربية استهدفت منطقتي رملة وبرج سبنة , وقرية سيالة , وذلك ضمن الاستهداف الجوي "
          "المستمرة لمحور عمليات قوات النظام وحلفائها , والتي تهدف من خلالها إلى التقدم والسيطرة على القرى الواقعة "
          "في ريف حلب الجنوبي \" , لافتا إلى أن \" الغاية من هذه العمليات , الوصول إلى القطاع الشرقي من ريف إدلب , "
          "والسيطرة على مطار أبو الضهور العسكري \" .")


def test_after_the_aim_of_a_comma_stands_for_the_copula() -> None:
    a = analyse_text(AIM_OF, "2017-12-19", stages=None)
    assert not actual_events_of(a, "Battles")
    assert actual_events_of(a, "Explosions/Remote violence")     # the strikes told first stay


def test_a_deed_told_by_a_verb_after_the_aim_of_is_told() -> None:
    a = analyse_text("الغاية من الحملة غير واضحة , وسيطرت قوات النظام على بلدة كفرنبل أمس .", "2017-12-19",
                     stages=None)
    assert actual_events_of(a, "Battles")
