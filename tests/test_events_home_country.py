"""Events: the country a happening's place lies in, read as an actor ("\" سوريا الديمقراطية \" تبدأ معركة منبج"
-> Syria, "هجوم داعشي على تجمع للنازحين بسوريا"), does not set two tellings of one happening apart: the page
names the place by it, it did not fight. The merged event takes the other telling's actor. A foreign state
named as the actor ("تركيا") still is a side of its own. Excerpt from the unifiedfc corpus (breadth set
V-422#6: the headline and the body's "حيث تستمر الحملة"), run through the pipeline."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text

BODY = ("تمكنت قوات سوريا الديمقراطية من السيطرة على الطريق الرئيس بين الرقة ومنبج حيث تستمر الحملة لطرد داعش , "
        "وذلك بعد سيطرتها على نحو 35 قرية ومزرعة .")


def _clashes(headline: str) -> list[list[str]]:
    a = analyse_text(headline + "\n" + BODY, doc_id="home-country")
    return [e.actor1 for e in actual_events_of(a, "Battles") if e.sub_event_type == "Armed clash"]


def test_the_home_country_read_as_actor_does_not_split_the_battle() -> None:
    # V-422#6: "سوريا" of the SDF's name became the headline's actor; the body's campaign is the same battle
    assert _clashes("\" سوريا الديمقراطية \" تبدأ معركة منبج ضد داعش") == [["sdf"]]


def test_a_foreign_state_as_actor_stays_a_side_of_its_own() -> None:
    # twin: Turkey starting a battle at Manbij is not the SDF's campaign by this rule. (The body's "تستمر
    # الحملة لطرد داعش" is a campaign named as the frame of the SDF's news, no clash of its own since
    # session 22: background._campaign_named; the SDF's taking of the road stays its own happening.)
    headline = "\" تركيا \" تبدأ معركة منبج ضد داعش"
    # (a battle: the state acts through its armed forces, ACLED's "Military Forces of Turkey"; session 38)
    assert _clashes(headline) == [["turkish-armed-forces"]]
    a = analyse_text(headline + "\n" + BODY, doc_id="home-country")
    assert [e.actor1 for e in actual_events_of(a, "Battles") if e.sub_event_type != "Armed clash"] == [["sdf"]]
