"""A bare targeting verb ("استهدف", "باستهداف") whose sentence names no means is typed by its object
(session 38 typechoice; event_means.yaml bare_target_*): a checkpoint or patrol hit by named attackers is an
attack on a force (Battles / Armed clash), a bus told carrying people an attack on civilians; a town or a
front's points keep the targeting verb's default (a shelling), and a named means keeps its own type. Small
fixtures of the general wording; the whole pipeline runs (entities, default gazetteer, events)."""

from __future__ import annotations

from analysed import analyse_text

from rasd.records import Analysis

SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")


def _types(text: str) -> list[tuple[str, str]]:
    a: Analysis = analyse_text(text, "2017-09-20", doc_id="bt", stages=None)
    return [(e.event_type, e.sub_event_type) for e in a.events if e.modality == "actual"]


def test_named_gunmen_hitting_a_checkpoint_fight_a_force() -> None:
    text = "استهدف مسلحون مجهولون حاجزا للجيش في مدينة العريش أمس ما أدى إلى مقتل جنديين ."
    assert _types(text) == [("Battles", "Armed clash")]


def test_a_bus_carrying_civilians_hit_is_an_attack_on_civilians() -> None:
    text = "استهدفت قوات النظام حافلة تقل مدنيين في مدينة حمص أمس ما أدى إلى مقتل 7 أشخاص ."
    assert _types(text) == [("Violence against civilians", "Attack")]


def test_a_town_hit_keeps_the_default_shelling() -> None:
    text = "استهدفت قوات النظام بلدة كفرنبل في ريف إدلب أمس ما أدى إلى مقتل 3 مدنيين ."
    assert _types(text) == [SHELLING]


def test_a_named_shell_keeps_the_shelling_of_a_post() -> None:
    text = "استهدفت قوات النظام بقذائف الهاون نقطة أمنية في بلدة كفرنبل أمس ."
    assert _types(text) == [SHELLING]


def test_a_named_bomb_on_a_checkpoint_is_no_clash() -> None:
    text = "استهدف مسلحون بعبوة ناسفة حاجزا للجيش في مدينة العريش أمس ما أدى إلى مقتل جنديين ."
    assert ("Battles", "Armed clash") not in _types(text)


def test_a_vehicle_of_an_armed_side_hit_is_a_clash_even_in_answer_to_shelling() -> None:
    # "ردا على القصف": the shelling is what the deed answered, not its means
    text = ("وكشف مصدر أن وحدات حماية الشعب استهدفت سيارة تابعة للمعارضة قرب مدينة اعزاز ردا على القصف , "
            "قتل فيها 4 عناصر .")
    assert ("Battles", "Armed clash") in _types(text)


def test_a_car_carrying_civilians_hit_by_gunmen_is_an_attack_on_civilians() -> None:
    # the gunmen named before the car are the attackers, not its passengers
    text = "استهدف مسلحون مجهولون سيارة تقل مدنيين قرب مدينة درعا أمس ما أدى إلى مقتل 3 أطفال ."
    assert _types(text) == [("Violence against civilians", "Attack")]



def test_an_indefinite_bus_object_is_read_without_its_accusative_ending() -> None:
    # "أتوبيسا" / "باصا": the indefinite accusative object is the bus of the civilian vehicles
    for bus in ("أتوبيسا", "باصا"):
        text = f"استهدفت قوات النظام {bus} يقل مدنيين في مدينة حمص أمس ما أدى إلى مقتل 7 أشخاص ."
        assert _types(text) == [("Violence against civilians", "Attack")]
