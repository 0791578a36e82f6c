"""A withdrawal told on one day and the taking of the same place told on the next ("... بعد انسحاب
قوات النظام منها مساء أمس" and "سيطر تنظيم داعش على المدينة اليوم") are one handover told from both ends,
over the night (merge._handover_days). The taking before the withdrawal, days further apart and
another town stay apart. Hand-written sentences in the corpus's pre-tokenised style."""

from __future__ import annotations

import pytest
from test_events import actual_events, run_with_places, syrian_places

from rasd.records import Analysis

# id: (Arabic name, English name, lat, lon, level, province)
PLACES = {
    "palmyra": ("تدمر", "Palmyra", 34.560, 38.267, "town", "Homs"),
    "albu-kamal": ("البوكمال", "Albu Kamal", 34.453, 40.918, "town", "Deir ez-Zor"),
}


def _run(text: str, published: str = "2017-11-20") -> Analysis:
    return run_with_places(text, syrian_places(PLACES), published, syrian=True)


@pytest.mark.parametrize("text, n", [
    pytest.param("وسيطر تنظيم داعش اليوم على مدينة تدمر . وكانت قوات النظام قد انسحبت أمس من مدينة تدمر .", 1,
                 id="withdrawn-yesterday-taken-today"),
    pytest.param("وسيطر تنظيم داعش أمس على مدينة تدمر . وكانت قوات النظام قد انسحبت اليوم من مدينة تدمر .", 2,
                 id="taken-before-the-withdrawal"),
    pytest.param("وسيطر تنظيم داعش اليوم على مدينة تدمر . وانسحبت قوات النظام يوم 17 تشرين الثاني من مدينة تدمر .", 2,
                 id="withdrawn-days-before"),
    pytest.param("وسيطر تنظيم داعش اليوم على مدينة تدمر . وكانت قوات النظام قد انسحبت أمس من مدينة البوكمال .", 2,
                 id="withdrawn-from-another-town"),
])
def test_a_handover_over_the_night(text: str, n: int) -> None:
    events = actual_events(_run(text))
    assert len(events) == n, [(e.event_type, e.location, e.date_start) for e in events]
