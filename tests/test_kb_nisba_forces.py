"""Actor KB (s13 kbactors): the generic "government / security forces" with a nationality
adjective are that state's forces ("القوات الحكومية العراقية" is Iraq's, not the Syrian default of
bare "القوات الحكومية"), derived by the branch rule of force_branches.yaml; and "قوات الحشد" is
the Popular Mobilization Forces. Excerpts of unifiedfc articles (breadth set), each with its twin."""

from __future__ import annotations

from rasd.records import Document, Published


def test_government_forces_with_a_nisba_name_that_states_forces(packaged) -> None:
    assert packaged.generic["القوات الحكومية العراقية"] == "iraqi-armed-forces"
    assert packaged.generic["القوات الأمنية اللبنانية"] == "lebanese-army"
    assert packaged.generic["قوات حكومية عراقية"] == "iraqi-armed-forces"
    # the bare phrase keeps its Syrian default
    assert packaged.generic["القوات الحكومية"] == "syria-gov-forces"


def test_hashd_forces_are_the_pmf(packaged) -> None:
    owners = {eid for s, eid in packaged.aliases() if s == "قوات الحشد"}
    assert owners == {"pmf"}


def _events(text: str, published: str) -> list:
    from rasd.pipeline import analyse

    a = analyse(Document(id="d", source="t", text=text, published=Published(date=published, precision="day")))
    return a.events


# R-533 (breadth set): Iraqi government forces take the Nineveh plains from the Peshmerga (Oct. 2017)
IRAQI = ("وبعد محافظة كركوك , بسطت القوات الحكومية العراقية اليوم سيطرتها على مناطق سهل نينوى شرق "
         "الموصل وسنجار غربها .")


def test_iraqi_government_forces_regain_territory() -> None:
    evs = [e for e in _events(IRAQI, "2017-10-17") if e.event_type == "Battles"]
    assert evs and all(e.actor1 == ["iraqi-armed-forces"] for e in evs)
    assert {e.sub_event_type for e in evs} == {"Government regains territory"}


def test_bare_government_forces_stay_syrian() -> None:
    text = IRAQI.replace("القوات الحكومية العراقية", "القوات الحكومية").replace("سهل نينوى شرق الموصل وسنجار غربها",
                                                                                 "ريف حماة الشمالي")
    evs = [e for e in _events(text, "2017-10-17") if e.event_type == "Battles"]
    assert evs and all(e.actor1 == ["syria-gov-forces"] for e in evs)


# V-252 (breadth set): the Hashd attack Peshmerga positions near Makhmur
HASHD = ("واتهمت وسائل إعلام مقربة من حزب بارزاني \" قوات الحشد بالهجوم على مواقع البيشمركة في مرتفعات "
         "قرب قضاء مخمور ( 60 كيلومترا جنوب غربي أربيل ) , إلا أنه تم إحباط الهجوم \" .")


def test_hashd_forces_attack_is_a_pmf_clash() -> None:
    evs = [e for e in _events(HASHD, "2017-10-20") if e.event_type == "Battles"]
    assert evs and evs[0].actor1 == ["pmf"]


# R-565 (breadth set): the Syrian foreign ministry denies the Turkish government's claims
TURKISH_REGIME = ("الخارجية السورية : سوريا تنفي جملة وتفصيلا إدعاءات النظام التركي بإبلاغها بالعملية العسكرية "
                  "في عفرين")


def test_the_regime_with_another_nisba_is_that_state() -> None:
    from rasd.pipeline import analyse

    a = analyse(Document(id="d", source="t", text=TURKISH_REGIME,
                         published=Published(date="2018-01-21", precision="day")))
    assert [m.entity_id for m in a.mentions if m.surface.startswith("النظام")] == ["turkey"]
    assert not any("syria-gov-forces" in e.actor1 for e in a.events)


def test_bare_regime_stays_syrian(packaged) -> None:
    assert packaged.generic["النظام"] == "syria-gov-forces"
    assert packaged.generic["النظام التركي"] == "turkey"
