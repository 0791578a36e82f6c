"""A town named with its outskirts before a direction of a wider place is where the happening was: in "غارات على
X وضواحيها في غرب Y" the outskirts word ("وضواحيها", "ومحيطها": "and its outskirts", the pronoun of X) only extends
X, so Y is the reference point of X (places._landmark, places._surroundings_word), not the strike's place (session
39, feedplace; a Liveuamap item placed at Idlib while it names Jisr al-Shughur). Small fixtures of the pattern."""

from __future__ import annotations

from analysed import analyse_text

from rasd.extract.events.places import _surroundings_word
from rasd.records import Analysis
from rasd.text.normalize import normalize


def _strike_places(a: Analysis) -> list[str | None]:
    return [a.entities[e.location].name_ar if e.location in a.entities else e.location
            for e in a.events if e.event_type == "Explosions/Remote violence" and e.modality == "actual"]


def test_outskirts_words() -> None:
    assert _surroundings_word(normalize("وضواحيها"))
    assert _surroundings_word(normalize("ومحيطها"))
    assert _surroundings_word(normalize("وأطرافه"))
    assert not _surroundings_word(normalize("ومحيط"))        # no pronoun: a noun of the next item ("ومحيط دوما")
    assert not _surroundings_word(normalize("وسراقب"))       # another place of a list
    assert not _surroundings_word(normalize("ضواحيها"))      # no "و": not a conjunct of the place before


def test_a_town_and_its_outskirts_east_of_a_city_is_the_town() -> None:
    text = "الطائرات الحربية الروسية تطلق غارات جوية على سراقب وضواحيها في شرق إدلب"
    places = _strike_places(analyse_text(text, "2017-09-26", stages=None))
    assert places and all(p == "سراقب" for p in places)


def test_a_strike_on_the_outskirts_of_a_city_alone_stays_at_the_city() -> None:
    # twin: no town before the outskirts word: the city named is the place
    text = "شنت الطائرات الحربية غارات جوية اليوم على أطراف مدينة إدلب ."
    assert "إدلب" in _strike_places(analyse_text(text, "2017-09-26", stages=None))
