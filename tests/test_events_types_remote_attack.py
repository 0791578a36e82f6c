"""Session 39 (types): an attack word typed a clash whose sentence tells unarmed dead and names a remote means
(the air coalition, aircraft, shells) and no fighting is the strike, typed by that means (ACLED codes the civilians
killed by an air strike or a shelling as Explosions/Remote violence, not as a battle). Without a means it stays an
attack on civilians; air named as a ground attack's cover or a fight told keep the clash. Small fixtures of the
general wording; the whole pipeline runs."""

from __future__ import annotations

from analysed import actual_types

VAC = ("Violence against civilians", "Attack")
CLASH = ("Battles", "Armed clash")
AIR = ("Explosions/Remote violence", "Air/drone strike")
SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")


def _types(text: str) -> list[tuple[str, str]]:
    return actual_types(text, "2017-12-26", "tremote")


def test_coalition_attacks_killing_civilians_are_an_air_strike() -> None:
    assert _types("هجمات التحالف على منزل في حي السبعين غرب مدينة صنعاء قتل 5 مدنيين وجرح 3 أشخاص .") == [AIR]


def test_attack_with_shells_killing_civilians_is_a_shelling() -> None:
    assert _types("هجمات قوات النظام على مدينة دوما قتلت 3 مدنيين أمس بقذائف الهاون .") == [SHELLING]


def test_attack_without_means_killing_civilians_stays_an_attack_on_civilians() -> None:
    assert _types("هاجم مسلحون مجهولون منزلا في مدينة حمص وقتلوا 4 مدنيين .") == [VAC]


def test_air_cover_of_a_ground_attack_keeps_the_clash() -> None:
    assert _types("هجوم لقوات النظام بغطاء جوي على مدينة حماة قتل فيه 3 مدنيين .") == [CLASH]


def test_civilian_toll_told_before_the_attack_is_an_attack_on_civilians() -> None:
    assert _types("قتل 4 مدنيين , أمس , جراء هجوم شنه مسلحون مجهولون على مدينة حمص .") == [VAC]


def test_soldiers_toll_told_before_the_attack_stays_a_clash() -> None:
    assert _types("قتل 4 جنود , أمس , جراء هجوم شنه مسلحون مجهولون على مدينة حمص .") == [CLASH]


def test_civilian_toll_before_an_attack_by_shelling_is_a_shelling() -> None:
    assert _types("قتل 6 مدنيين جراء هجمات قوات النظام بالقصف المدفعي على مدينة دوما .") == [SHELLING]


def test_attacks_take_the_means_told_two_sentences_on_in_the_same_telling() -> None:
    text = ("قتل 5 مدنيين , أمس الخميس , جراء هجمات نفذتها قوات النظام على مدينة دوما في الغوطة الشرقية .\n"
            "وحسب مراسلنا , فقد شنت قوات النظام , هجمات مكثفة على أحياء مدينة دوما .\n"
            "وأكد أن قوات النظام تشن هجمات عنيفة على مدينة دوما , باستخدام المدافع فضلا عن الغارات الجوية .")
    assert CLASH not in _types(text) and VAC not in _types(text)


def test_massacres_headline_takes_the_air_strikes_told_with_concurrent_shelling_next() -> None:
    text = ("قوات النظام ترتكب المجازر في مدينة دوما ارتفاع عدد الضحايا إلى 20 قتيلا أغلبهم مدنيون\n"
            "فقد ارتكبت قوات النظام أمس الأحد مجازر راح ضحيتها 20 مدنيا , جراء قصف الطائرات الحربية مدينة دوما ,"
            " بالتزامن مع قصف مدينة حرستا .")
    assert VAC not in _types(text)
