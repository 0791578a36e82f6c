"""One-line summaries of an event, Arabic and English, built from its fields only (like the
notes column of ACLED data): date, actors, what happened, where, counts, modality."""

from __future__ import annotations

import datetime as dt

from rasd.extract.counts import quantity_label
from rasd.records import UNKNOWN, Entity, Event

MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December")
MONTHS_AR = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
             "نوفمبر", "ديسمبر")

# sub-event type -> (English verb phrase with/without a target, Arabic)
_VERBS: dict[str, tuple[str, str, str]] = {
    "Armed clash": ("clashed with {a2}", "fought", "اشتبك{p} مع {a2}|وقعت اشتباكات"),
    "Government regains territory": ("regained territory from {a2}", "regained territory",
                                     "استعاد{p} السيطرة"),
    "Non-state actor overtakes territory": ("took territory from {a2}", "took territory", "سيطر{p} على مناطق"),
    "Air/drone strike": ("carried out air/drone strikes on {a2}", "carried out air/drone strikes", "شن{p} غارات جوية"),
    "Shelling/artillery/missile attack": ("shelled {a2}", "shelled", "قصف{p}"),
    "Chemical weapon": ("used chemical weapons against {a2}", "used chemical weapons", "استخدم{p} أسلحة كيماوية"),
    "Suicide bomb": ("carried out a suicide bombing against {a2}", "carried out a suicide bombing", "نفذ{p} تفجيراً انتحارياً"),
    "Remote explosive/landmine/IED": ("detonated an explosive against {a2}", "detonated an explosive", "فجر{p} عبوة ناسفة"),
    "Grenade": ("threw a grenade at {a2}", "threw a grenade", "ألقى{p} قنبلة"),
    "Attack": ("attacked {a2}", "attacked civilians", "هاجم{p} {a2}|اعتداء على مدنيين"),
    "Abduction/forced disappearance": ("abducted {a2}", "abducted people", "اختطف{p} {a2}|عمليات اختطاف"),
    "Sexual violence": ("committed sexual violence against {a2}", "committed sexual violence", "عنف جنسي"),
    "Peaceful protest": ("protested against {a2}", "protested", "تظاهر{p}"),
    "Protest with intervention": ("protested and were dispersed", "protested and were dispersed", "تظاهر{p}"),
    "Excessive force against protesters": ("used force against protesters", "used force against protesters",
                                           "قمع{p} متظاهرين"),
    "Violent demonstration": ("rioted", "rioted", "شغب"),
    "Mob violence": ("took part in mob violence", "took part in mob violence", "عنف جماعي"),
    "Agreement": ("reached an agreement with {a2}", "reached an agreement", "توصل{p} إلى اتفاق مع {a2}|تم التوصل إلى اتفاق"),
    "Arrests": ("arrested members of {a2}", "made arrests", "اعتقل{p} عناصر من {a2}|حملة اعتقالات"),
    "Change to group/activity": ("changed its activity", "changed its activity", "غيّر{p} نشاطه"),
    "Disrupted weapons use": ("had weapons use disrupted", "had weapons use disrupted", "أُحبط استخدام سلاح"),
    "Headquarters or base established": ("established a base", "established a base", "أنشأ{p} مقراً"),
    "Looting/property destruction": ("destroyed or looted property", "destroyed or looted property",
                                     "أتلف{p} ممتلكات"),
    "Non-violent transfer of territory": ("handed over territory to {a2}", "withdrew / handed over territory",
                                          "انسحب{p} وسلّم المنطقة إلى {a2}|انسحاب وتسليم مناطق"),
    "Other": ("was involved in a strategic development with {a2}", "was involved in a strategic development",
              "تطور استراتيجي"),
}

_MOD_EN = {"planned": " (planned)", "threatened": " (threatened)", "conditional": " (conditional)",
           "hypothetical": " (hypothetical)", "denied-only": " (reported, denied)"}
_MOD_AR = {"planned": " (مخطط له)", "threatened": " (تهديد)", "conditional": " (مشروط)",
           "hypothetical": " (افتراضي)", "denied-only": " (نُفي)"}


def _names(ids: list[str], entities: dict[str, Entity], lang: str) -> str:
    out = []
    for i in ids:
        e = entities.get(i)
        if e is None:
            out.append(i)
        elif lang == "en":
            out.append(e.name_en or e.name_ar)
        else:
            out.append(e.name_ar)
    if not out:
        return ""
    if lang == "en":
        return out[0] if len(out) == 1 else ", ".join(out[:-1]) + " and " + out[-1]
    return " و".join(out)


def _day(iso: str, lang: str) -> str:
    d = dt.date.fromisoformat(iso)
    months = MONTHS_EN if lang == "en" else MONTHS_AR
    return f"{d.day} {months[d.month - 1]} {d.year}"


def _date_phrase(ev: Event, lang: str) -> str:
    if ev.date_start == UNKNOWN:
        return "On an unknown date" if lang == "en" else "في تاريخ غير معروف"
    try:
        s, e = dt.date.fromisoformat(ev.date_start), dt.date.fromisoformat(ev.date_end)
    except ValueError:
        return "On an unknown date" if lang == "en" else "في تاريخ غير معروف"
    months = MONTHS_EN if lang == "en" else MONTHS_AR
    if s == e:
        return f"On {_day(ev.date_start, 'en')}" if lang == "en" else f"في {_day(ev.date_start, 'ar')}"
    if s.day == 1 and (e + dt.timedelta(days=1)).day == 1 and s.month == e.month and s.year == e.year:
        return f"In {months[s.month - 1]} {s.year}" if lang == "en" else f"في {months[s.month - 1]} {s.year}"
    if lang == "en":
        return f"Between {_day(ev.date_start, 'en')} and {_day(ev.date_end, 'en')}"
    return f"بين {_day(ev.date_start, 'ar')} و{_day(ev.date_end, 'ar')}"


def _num(v: int, qual: str | None, lang: str) -> str:
    if lang == "en":
        pre = {"min": "at least ", "max": "at most ", "approx": "about "}.get(qual or "", "")
        return f"{pre}{v:,}"
    pre = {"min": "أكثر من ", "max": "ما لا يزيد عن ", "approx": "نحو "}.get(qual or "", "")
    return f"{pre}{v}"


def make_notes(ev: Event, entities: dict[str, Entity], qualifiers: dict[str, str] | None = None
               ) -> tuple[str, str]:
    """(Arabic, English) one-line summary of ``ev`` from its fields."""
    qualifiers = qualifiers or {}
    verb_en_t, verb_en, verb_ar = _VERBS.get(ev.sub_event_type, ("acted against {a2}", "acted", "حدث"))
    a1_en, a2_en = _names(ev.actor1, entities, "en"), _names(ev.actor2, entities, "en")
    a1_ar, a2_ar = _names(ev.actor1, entities, "ar"), _names(ev.actor2, entities, "ar")
    place_en = _names([ev.location], entities, "en") if ev.location else ""
    place_ar = _names([ev.location], entities, "ar") if ev.location else ""

    en = _date_phrase(ev, "en") + ", "
    action = verb_en_t.format(a2=a2_en) if a2_en else verb_en
    en += f"{a1_en} {action}" if a1_en else f"an unidentified actor {action}"
    if place_en:
        en += f" in {place_en}" + (" (approximate)" if (ev.geo_precision or 1) >= 2 else "")
    en += _MOD_EN.get(ev.modality, "") + "."

    with_t, _, without = (verb_ar + "|").partition("|")
    without = without.rstrip("|") or with_t
    ar = _date_phrase(ev, "ar") + "، "
    if a1_ar:
        core = with_t if ("{a2}" not in with_t or a2_ar) else without
        if "{p}" not in core and "{a2}" not in core:
            ar += f"{core} ({a1_ar})"
        else:
            ar += core.replace("{p}", f" {a1_ar}" if "{p}" in core else "").replace("{a2}", a2_ar)
    else:
        ar += without.replace("{p}", "").replace("{a2}", a2_ar or "")
    if place_ar:
        ar += f" في {place_ar}"
    ar += _MOD_AR.get(ev.modality, "") + "."

    counts_en, counts_ar = [], []
    if ev.fatalities is not None:
        q = qualifiers.get("fatalities", "min" if ev.fatalities_min else None)
        counts_en.append(f"{_num(ev.fatalities, q, 'en')} killed")
        counts_ar.append(f"{_num(ev.fatalities, q, 'ar')} قتيلاً")
    for k, v in ev.quantities.items():
        q = qualifiers.get(k)
        en_label, ar_label = quantity_label(k, v)
        counts_en.append(f"{_num(v, q, 'en')} {en_label}")
        counts_ar.append(f"{_num(v, q, 'ar')} {ar_label}")
    if counts_en:
        en += " " + "; ".join(counts_en) + "."
        ar += " " + "، ".join(counts_ar) + "."
    return ar, en
