"""The governorate of the places named with a name chooses among its namesakes: a town taken on rank
alone yields to the one namesake in the governorate of its sentence's other towns
(rasd/knowledge/geocode.py _mates_governorate)."""

from __future__ import annotations

from rasd.knowledge.gazetteer import Gazetteer, load_gazetteer
from rasd.knowledge.geocode import geocode
from rasd.records import Analysis, Document, Entity, Mention
from rasd.text.normalize import normalize


def _gazetteer() -> Gazetteer:
    """مسعدة: a GeoNames town in Quneitra (ranked above) and a list village in east Hama; towns of
    both governorates."""
    default = load_gazetteer()
    gaz = Gazetteer(governorates=default.governorates, _admin1_keys=default._admin1_keys)
    for pid, name, admin1, lat, lon, rank in (
            ("t:masada-q", "مسعدة", "Quneitra", 33.23, 35.76, 2.0),
            ("t:masada-h", "مسعدة", "Hama", 35.51, 37.20, 1.0),
            ("t:morek", "مورك", "Hama", 35.38, 36.69, 2.0),
            ("t:latamneh", "اللطامنة", "Hama", 35.32, 36.62, 2.0),
            ("t:arnaba", "خان أرنبة", "Quneitra", 33.18, 35.88, 2.0)):
        gaz.add(Entity(id=pid, type="PLACE", name_ar=name, lat=lat, lon=lon, country="SY", admin1=admin1,
                       level="town"), rank)
    return gaz


def _mentions(text: str, names: list[str]) -> list[Mention]:
    """A mention for every occurrence of each name, in text order."""
    out = []
    for w in dict.fromkeys(names):
        s = text.find(w)
        while s >= 0:
            out.append(Mention(start=s, end=s + len(w), surface=w, norm=normalize(w), type="PLACE"))
            s = text.find(w, s + len(w))
    return sorted(out, key=lambda m: m.start)


def _resolve_all(text: str, names: list[str]) -> list[tuple[str, str | None]]:
    a = Analysis(doc=Document(id="t", source="t", text=text), mentions=_mentions(text, names))
    geocode(a, _gazetteer())
    return [(m.surface, m.entity_id) for m in a.mentions if m.type == "PLACE"]


def _resolve(text: str, names: list[str]) -> dict[str, str | None]:
    return dict(_resolve_all(text, names))


def test_towns_of_one_governorate_in_the_sentence_choose_its_namesake() -> None:
    got = _resolve("قصفت المدفعية قرى مسعدة ومورك واللطامنة وقتل طفلان .", ["مسعدة", "مورك", "اللطامنة"])
    assert got == {"مسعدة": "t:masada-h", "مورك": "t:morek", "اللطامنة": "t:latamneh"}


def test_towns_near_the_ranked_namesake_keep_it() -> None:
    got = _resolve("قصفت المدفعية قرى مسعدة وخان أرنبة وقتل طفلان .", ["مسعدة", "خان أرنبة"])
    assert got["مسعدة"] == "t:masada-q"


def test_a_name_alone_in_its_sentence_keeps_the_ranked_namesake() -> None:
    got = _resolve("قصفت المدفعية قرية مسعدة . وسيطرت القوات على مورك .", ["مسعدة", "مورك"])
    assert got["مسعدة"] == "t:masada-q"


def test_the_pages_other_sense_of_the_name_stands() -> None:
    # the first مسعدة is placed in Quneitra by the town next to it; the second, among Hama's towns, is
    # not turned into Hama's namesake against the page's one sense
    got = _resolve_all("قصفت المدفعية قرى مسعدة وخان أرنبة . ثم قصفت قرى مسعدة ومورك واللطامنة .",
                       ["مسعدة", "خان أرنبة", "مورك", "اللطامنة"])
    assert [eid for w, eid in got if w == "مسعدة"] == ["t:masada-q", "t:masada-q"]
