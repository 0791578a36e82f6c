"""Effective events -> ACLED-shaped rows (the 31 public columns of an ACLED export).

One row per merged event (a happening reported by one or more documents). Review edits are
already applied to the events passed in; rejected events never reach this module. Values the
text does not support stay empty (None), never a guess: no date -> empty event_date, no count
-> empty fatalities (ACLED itself writes 0; rasd keeps "unknown" distinct from "none").
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from rasd.web.review import acled_tables

COLUMNS: list[str] = acled_tables()["columns"]


def _name(names: dict[str, dict[str, Any]], acled_names: dict[str, str], eid: str) -> str:
    if eid in acled_names:
        return acled_names[eid]
    n = names.get(eid)
    return (n.get("name_en") or n.get("name_ar") or eid) if n else eid


def _inter(inter: dict[str, int], eid: str | None) -> int | None:
    return inter.get(eid) if eid else None


def _days(a: str, b: str) -> int | None:
    try:
        return (dt.date.fromisoformat(b) - dt.date.fromisoformat(a)).days
    except ValueError:
        return None


def _unix(ts: str | None) -> int | None:
    if not ts:
        return None
    try:
        return int(dt.datetime.fromisoformat(ts.replace("Z", "+00:00")).timestamp())
    except ValueError:
        return None


def representative(events: list[dict[str, Any]]) -> dict[str, Any]:
    """The event whose fields speak for the group: a reviewed one first, else the first."""
    for e in events:
        if e["status"] in ("edited", "accepted"):
            return e
    return events[0]


def acled_row(row_id: str, events: list[dict[str, Any]], names: dict[str, dict[str, Any]],
              docs: dict[str, dict[str, Any]], inter: dict[str, int], acled_names: dict[str, str]) -> dict[str, Any]:
    """events: the effective, non-rejected events of one merged event (at least one)."""
    tables = acled_tables()
    rep = representative(events)
    a1 = rep["actor1"][:1]
    assoc1 = list(dict.fromkeys(rep["actor1"][1:] + [x for e in events for x in e["assoc_actor1"]]))
    a2 = rep["actor2"][:1]
    assoc2 = list(dict.fromkeys(rep["actor2"][1:] + [x for e in events for x in e["assoc_actor2"]]))
    assoc1 = [x for x in assoc1 if x not in a1]
    assoc2 = [x for x in assoc2 if x not in a2]
    starts = sorted(e["date_start"] for e in events if e["date_start"] and len(e["date_start"]) == 10
                    and e["date_start"][0].isdigit())
    ends = sorted(e["date_end"] for e in events if e["date_end"] and len(e["date_end"]) == 10 and e["date_end"][0].isdigit())
    date = starts[0] if starts else None
    end = max([*ends, *starts[-1:]]) if starts else None
    if date is None:
        tp = None
    elif end == date:
        tp = rep["time_precision"] or 1
    else:
        span = _days(date, end or date) or 0
        tp = 2 if span <= 7 else 3
    loc = rep["location"] or next((e["location"] for e in events if e["location"]), None)
    place = names.get(loc or "") or {}
    edited_f = [e["fatalities"] for e in events if "fatalities" in e["edited_fields"] and e["fatalities"] is not None]
    figures = [e["fatalities"] for e in events if e["fatalities"] is not None]
    fatalities = min(edited_f) if edited_f else (min(figures) if figures else None)
    fat_min = not edited_f and any(e["fatalities_min"] and e["fatalities"] == fatalities for e in events)
    country = tables["countries"].get(place.get("country") or "", {})
    i1, i2 = _inter(inter, a1[0] if a1 else None), _inter(inter, a2[0] if a2 else None)
    codes = sorted(c for c in (i1, i2) if c)
    interaction = (f"{codes[0]}{codes[1]}" if len(codes) == 2 else f"{codes[0]}0") if codes else None
    etype, sub = rep["event_type"], rep["sub_event_type"]
    civ = etype == "Violence against civilians" or i2 == tables["civilian_inter"]
    doc_ids = list(dict.fromkeys(e["doc_id"] for e in events))
    pubs = list(dict.fromkeys(p for p in (docs.get(d, {}).get("publisher") for d in doc_ids) if p))
    tags = []
    if rep["modality"] and rep["modality"] != "actual":
        tags.append(f"modality: {rep['modality']}")
    if fat_min:
        tags.append("fatalities: lower bound")
    statuses = sorted({e["status"] for e in events if e["status"] != "machine"})
    if statuses:
        tags.append("review: " + ", ".join(statuses))
    tags.append(f"reports: {len(doc_ids)}")
    stamps = [docs.get(d, {}).get("analysed_at") for d in doc_ids] + [e["reviewed_at"] for e in events]
    unix = [u for u in (_unix(s) for s in stamps) if u is not None]
    return {
        "event_id_cnty": f"{country.get('country', 'XX')[:3].upper()}-{row_id}",
        "event_date": date, "year": int(date[:4]) if date else None, "time_precision": tp,
        "disorder_type": tables["taxonomy"].get(etype, {}).get(sub), "event_type": etype, "sub_event_type": sub,
        "actor1": _name(names, acled_names, a1[0]) if a1 else None,
        "assoc_actor_1": "; ".join(_name(names, acled_names, x) for x in assoc1) or None, "inter1": i1,
        "actor2": _name(names, acled_names, a2[0]) if a2 else None,
        "assoc_actor_2": "; ".join(_name(names, acled_names, x) for x in assoc2) or None, "inter2": i2,
        "interaction": interaction, "civilian_targeting": "Civilian targeting" if civ else None,
        "iso": country.get("iso"), "region": country.get("region"), "country": country.get("country"),
        "admin1": place.get("admin1"), "admin2": place.get("admin2"), "admin3": place.get("admin3"),
        # (a happening told only by a wide region is coded at the country: its location is the country, with
        # no admin unit, not a name the row would make look like a place)
        "location": (country.get("country") if place.get("level") == "country" and country.get("country")
                     else place.get("name_en") or place.get("name_ar")) if place else None,
        "latitude": place.get("lat"), "longitude": place.get("lon"),
        "geo_precision": rep["geo_precision"] if loc else None,
        "source": "; ".join(pubs) or None, "source_scale": None,
        "notes": rep.get("notes_en") or rep.get("notes_ar"), "fatalities": fatalities,
        "tags": "; ".join(tags), "timestamp": max(unix) if unix else None,
    }
