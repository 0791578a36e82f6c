"""A digest's item heads ("# صيدا | ...", "الحولة | ...", "- درعا : ...") name places of one country: a head
taken abroad by rank is that country's namesake, in the governorate the other heads (else the page's places)
name most (rasd/knowledge/geocode.py _head_namesakes, rasd/text/feed_items.py item_head_at)."""

from __future__ import annotations

from rasd.knowledge.gazetteer import Gazetteer, load_gazetteer
from rasd.knowledge.geocode import geocode
from rasd.records import Analysis, Document, Entity, Mention
from rasd.text.feed_items import item_head_at
from rasd.text.normalize import normalize


def _gazetteer() -> Gazetteer:
    """صيدا: a Lebanese city (ranked far above) and two Syrian villages (Daraa, Quneitra); towns of Daraa,
    Homs and Idlib for the other heads."""
    default = load_gazetteer()
    gaz = Gazetteer(governorates=default.governorates, _admin1_keys=default._admin1_keys)
    for pid, name, country, admin1, lat, lon, rank in (
            ("t:sidon", "صيدا", "LB", None, 33.56, 35.37, 3.0),
            ("t:sayda-d", "صيدا", "SY", "Daraa", 32.63, 36.22, 1.0),
            ("t:sayda-q", "صيدا", "SY", "Quneitra", 32.87, 35.87, 1.0),
            ("t:nawa", "نوى", "SY", "Daraa", 32.89, 36.04, 2.0),
            ("t:tafas", "طفس", "SY", "Daraa", 32.74, 36.07, 2.0),
            ("t:houla", "الحولة", "SY", "Homs", 34.89, 36.52, 2.0),
            ("t:binnish", "بنش", "SY", "Idlib", 35.95, 36.71, 2.0)):
        gaz.add(Entity(id=pid, type="PLACE", name_ar=name, lat=lat, lon=lon, country=country, admin1=admin1,
                       level="town"), rank)
    return gaz


def _resolve(text: str, names: list[str], states: dict[str, str] | None = None) -> list[tuple[str, str | None]]:
    """PLACE mentions of every occurrence of ``names``; STATE mentions for ``states`` (surface -> country)."""
    mentions, entities = [], {}
    for w, cc in (states or {}).items():
        s = text.index(w)
        mentions.append(Mention(start=s, end=s + len(w), surface=w, norm=normalize(w), type="STATE", entity_id="s:" + cc))
        entities["s:" + cc] = Entity(id="s:" + cc, type="STATE", name_ar=w, country=cc)
    for w in dict.fromkeys(names):
        s = text.find(w)
        while s >= 0:
            mentions.append(Mention(start=s, end=s + len(w), surface=w, norm=normalize(w), type="PLACE"))
            s = text.find(w, s + len(w))
    a = Analysis(doc=Document(id="t", source="t", text=text), mentions=sorted(mentions, key=lambda m: m.start),
                 entities=entities)
    geocode(a, _gazetteer())
    return [(m.surface, m.entity_id) for m in a.mentions if m.type == "PLACE"]


SYRIAN_DIGEST = ("أحداث يوم الأحد\n"
                 "# نوى | قصف مدفعي على الأحياء السكنية\n"
                 "# طفس | اشتباكات على أطراف البلدة\n"
                 "الحولة | تعرضت المدينة لقصف مكثف\n"
                 "- بنش : غارات جوية على البلدة # صيدا | تتعرض البلدة لقصف بقذائف الدبابات .\n")
NAMES = ["نوى", "طفس", "الحولة", "بنش", "صيدا"]


def test_item_heads_in_their_forms() -> None:
    t = SYRIAN_DIGEST
    for name in NAMES:
        s = t.find(name)
        assert item_head_at(t, s, s + len(name)), name
    body = "وقصف الطيران بلدة صيدا اليوم ."
    s = body.find("صيدا")
    assert not item_head_at(body, s, s + len("صيدا"))


def test_a_head_abroad_on_a_syrian_digest_is_the_syrian_namesake_of_the_heads_governorate() -> None:
    got = dict(_resolve(SYRIAN_DIGEST, NAMES))
    assert got["صيدا"] == "t:sayda-d"       # Daraa: two other heads lie there, none in Quneitra
    assert got["الحولة"] == "t:houla"


def test_a_head_whose_sentence_names_its_country_keeps_it() -> None:
    text = SYRIAN_DIGEST.replace("تتعرض البلدة لقصف", "في جنوب لبنان تتعرض المدينة لقصف")
    got = dict(_resolve(text, NAMES, {"لبنان": "LB"}))
    assert got["صيدا"] not in ("t:sayda-d", "t:sayda-q")     # (left to the country cue: Sidon or unresolved)


def test_a_page_of_few_heads_keeps_the_ranked_namesake() -> None:
    text = "# نوى | قصف مدفعي على الأحياء السكنية\n- بنش : غارات جوية # صيدا | تتعرض البلدة لقصف .\n"
    got = dict(_resolve(text, NAMES))
    assert got["صيدا"] not in ("t:sayda-d", "t:sayda-q")


def test_a_name_in_an_item_body_is_not_a_head() -> None:
    text = SYRIAN_DIGEST.replace("# صيدا | تتعرض البلدة", "وتتعرض مدينة صيدا")
    got = dict(_resolve(text, NAMES))
    assert got["صيدا"] not in ("t:sayda-d", "t:sayda-q")


def test_a_head_placed_telling_is_an_item_of_its_own() -> None:
    """merge._head_placed: the lead's happening at a governorate's city does not absorb a digest item told under
    a head of that governorate (_merge_lead_body, _capital_holds), nor does the head's item take the lead's day."""
    from types import SimpleNamespace

    from rasd.extract.events.merge import _head_placed

    text = "قصفت قوات النظام مدينة درعا اليوم .\n# صيدا | تتعرض البلدة لقصف بقذائف الدبابات .\n"
    s = text.find("صيدا")
    head = SimpleNamespace(loc_own=True, loc_ev=(s, s + len("صيدا")))
    d = text.find("درعا")
    lead = SimpleNamespace(loc_own=True, loc_ev=(d, d + len("درعا")))
    assert _head_placed(head, text)
    assert not _head_placed(lead, text)
    assert not _head_placed(SimpleNamespace(loc_own=False, loc_ev=head.loc_ev), text)
