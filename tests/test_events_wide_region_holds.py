"""A curated region that spans provinces (no admin1: "سيناء") and a town inside its radius, told in one
sentence by two triggers of one kind, are one happening (merge._region_holds through
_DocContext.wide_region_holds): one row, at the town. A town of the same country outside the region's
radius stays a row of its own. Hand-written sentences in the corpus's pre-tokenised style."""

from __future__ import annotations

import pytest
from test_events import actual_events, run_with_places

from rasd.records import Analysis, Entity

SINAI = Entity("rasd:sinai", "PLACE", "سيناء", "Sinai", lat=29.50, lon=33.80, level="region", country="EG")
TOWNS = {
    # a north-coast town of the peninsula, ~190 km from the region's centre
    "shz": Entity("gn:fx-shz", "PLACE", "الشيخ زويد", "Sheikh Zuweid", lat=31.21, lon=34.11, level="town",
                  country="EG", admin1="North Sinai"),
    # a town of the same country far outside the region (the Nile delta, ~330 km)
    "delta": Entity("gn:fx-delta", "PLACE", "طنطا", "Tanta", lat=30.79, lon=31.00, level="town",
                    country="EG", admin1="Gharbia"),
}


def _run(text: str) -> Analysis:
    return run_with_places(text, [SINAI, *TOWNS.values()], "2016-10-21")


@pytest.mark.parametrize("text, places", [
    pytest.param("رد الجيش على استهداف جنوده بسيناء بقتل 12 مدنيا في قصف جوي على قرى جنوب الشيخ زويد .",
                 ["gn:fx-shz"], id="region-and-its-town-one-sentence"),
    pytest.param("رد الجيش على استهداف جنوده بسيناء بقتل 12 مدنيا في قصف جوي على قرى قرب طنطا .",
                 ["gn:fx-delta", "rasd:sinai"], id="a-town-outside-the-region"),
])
def test_a_wide_region_and_its_town_in_one_sentence(text: str, places: list[str]) -> None:
    assert sorted(e.location or "" for e in actual_events(_run(text))) == places
