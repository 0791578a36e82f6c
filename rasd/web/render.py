"""Server-side HTML fragments: evidence highlighting, the SVG map and the SVG timeline.

All text that reaches the markup goes through ``markupsafe.escape`` first; markup is only
built around escaped segments. No inline styles (the Content-Security-Policy forbids them):
colours come from CSS classes, geometry from SVG attributes.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from markupsafe import Markup, escape

from rasd.web.queries import BBox, map_height, project

LAYERS = ("entity", "place", "date", "number", "event", "claim")
TYPE_SLUGS = {
    "Battles": "battles", "Explosions/Remote violence": "explosions", "Violence against civilians": "vac",
    "Protests": "protests", "Riots": "riots", "Strategic developments": "strategic",
}


def type_slug(t: str | None) -> str:
    return TYPE_SLUGS.get(t or "", "other")


@dataclass(slots=True)
class Mark:
    start: int
    end: int
    layer: str          # one of LAYERS
    label: str          # tooltip text (escaped on output)
    anchor: str | None = None


def highlight(text: str, marks: list[Mark]) -> Markup:
    """The text as escaped segments; each segment covered by marks is wrapped in a span whose
    classes name every covering layer. Anchors (ids) sit at the start of their mark."""
    n = len(text)
    marks = [m for m in marks if 0 <= m.start < m.end <= n]
    cuts = sorted({0, n, *(m.start for m in marks), *(m.end for m in marks)})
    starts: dict[int, list[Mark]] = defaultdict(list)
    for m in marks:
        starts[m.start].append(m)
    by_start = sorted(marks, key=lambda m: m.start)
    out: list[str] = []
    active: list[Mark] = []
    k = 0
    for a, b in zip(cuts, cuts[1:], strict=False):
        while k < len(by_start) and by_start[k].start <= a:
            active.append(by_start[k])
            k += 1
        active = [m for m in active if m.end > a]
        for m in starts.get(a, []):
            if m.anchor:
                out.append(f'<span class="anchor" id="{escape(m.anchor)}"></span>')
        seg = escape(text[a:b])
        if not active:
            out.append(str(seg))
            continue
        layers = sorted({m.layer for m in active}, key=LAYERS.index)
        title = " | ".join(dict.fromkeys(m.label for m in active))
        out.append(f'<span class="hl {" ".join("l-" + x for x in layers)}" title="{escape(title)}">{seg}</span>')
    return Markup("".join(out))


# ------------------------------------------------------------------------------ map
@lru_cache(maxsize=1)
def base_layer() -> dict[str, Any]:
    return json.loads(resources.files("rasd.web").joinpath("static/syria.geojson").read_text("utf-8"))


def _path(coords: list[list[float]], bbox: BBox, w: int, h: int) -> str:
    pts = [project(lat, lon, bbox, w, h) for lon, lat in coords]
    return "M" + " L".join(f"{x:.1f},{y:.1f}" for x, y in pts) + " Z"


def map_svg(clusters: list[dict[str, Any]], bbox: BBox, width: int = 800, link_place: str = "/place/",
            link_zoom: str = "/map?", extra_query: str = "", lang: str = "ar") -> Markup:
    h = map_height(bbox, width)
    parts = [f'<svg class="map" viewBox="0 0 {width} {h}" width="{width}" height="{h}" role="img" '
             f'xmlns="http://www.w3.org/2000/svg"><rect class="sea" x="0" y="0" width="{width}" height="{h}"/>']
    for feat in base_layer()["features"]:
        g = feat["geometry"]
        if g["type"] == "Polygon":
            parts.append(f'<path class="country" d="{_path(g["coordinates"][0], bbox, width, h)}"/>')
    for feat in base_layer()["features"]:
        g, p = feat["geometry"], feat["properties"]
        if g["type"] == "Point" and p.get("kind") == "governorate":
            lon, lat = g["coordinates"]
            if not bbox.contains(lat, lon):
                continue
            x, y = project(lat, lon, bbox, width, h)
            name = p["name_ar"] if lang == "ar" else p["name_en"]
            parts.append(f'<g class="gov"><rect x="{x - 2:.1f}" y="{y - 2:.1f}" width="4" height="4"/>'
                         f'<text x="{x:.1f}" y="{y + 14:.1f}" text-anchor="middle">{escape(name)}</text></g>')
    biggest = max((c["count"] for c in clusters), default=1)
    for c in sorted(clusters, key=lambda c: -c["count"]):
        x, y = project(c["lat"], c["lon"], bbox, width, h)
        r = 5 + 13 * (c["count"] / biggest) ** 0.5
        single = c["n_places"] == 1
        if single:
            href = link_place + str(escape(c["places"][0]["id"]))
        else:
            w0, s0, e0, n0 = c["bbox"]
            pad = max(e0 - w0, n0 - s0, 0.2) * 0.6
            href = f"{link_zoom}bbox={w0 - pad:.3f},{s0 - pad:.3f},{e0 + pad:.3f},{n0 + pad:.3f}{extra_query}"
        names = "، ".join(p["name"] for p in c["places"][:6]) + ("…" if c["n_places"] > 6 else "")
        tip = f"{names} — {c['count']} events, precision {c['precision']}"
        cls = f"pt t-{type_slug(c['top_type'])} p{c['precision']}"
        parts.append(f'<a href="{href}" class="cluster">')
        if c["precision"] >= 2:   # the point stands for an area: show its uncertainty
            parts.append(f'<circle class="halo p{c["precision"]}" cx="{x:.1f}" cy="{y:.1f}" r="{r + (8 if c["precision"] == 2 else 18):.1f}"/>')
        parts.append(f'<circle class="{cls}" cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}"><title>{escape(tip)}</title></circle>')
        if c["count"] > 1:
            parts.append(f'<text class="pt-n" x="{x:.1f}" y="{y + 4:.1f}" text-anchor="middle">{c["count"]}</text>')
        parts.append("</a>")
    parts.append("</svg>")
    return Markup("".join(parts))


# ------------------------------------------------------------------------------ timeline
def _bucket(day: str, size: str) -> str:
    if size == "day":
        return day
    if size == "month":
        return day[:7]
    d = dt.date.fromisoformat(day)
    return (d - dt.timedelta(days=d.weekday())).isoformat()


def choose_bucket(days: list[str]) -> str:
    if not days:
        return "day"
    span = (dt.date.fromisoformat(days[-1]) - dt.date.fromisoformat(days[0])).days
    return "day" if span <= 92 else "week" if span <= 3 * 365 else "month"


def timeline_series(rows: list[tuple[str, str, int]], size: str) -> tuple[list[str], dict[str, dict[str, int]]]:
    """Buckets in order (gaps filled) and per bucket the counts by type."""
    series: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for day, t, n in rows:
        series[_bucket(day, size)][t] += n
    if not series:
        return [], {}
    keys = sorted(series)
    filled = [keys[0]]
    while filled[-1] < keys[-1] and len(filled) < 5000:
        cur = filled[-1]
        if size == "month":
            y, m = int(cur[:4]), int(cur[5:7])
            nxt = f"{y + m // 12}-{m % 12 + 1:02d}"
        else:
            nxt = (dt.date.fromisoformat(cur) + dt.timedelta(days=1 if size == "day" else 7)).isoformat()
        filled.append(nxt)
    return filled, {k: dict(series.get(k, {})) for k in filled}


def timeline_svg(buckets: list[str], series: dict[str, dict[str, int]], width: int = 900, height: int = 260) -> Markup:
    if not buckets:
        return Markup("")
    left, bottom, top = 40, 40, 10
    plot_w, plot_h = width - left - 10, height - bottom - top
    peak = max(sum(v.values()) for v in series.values()) or 1
    bw = plot_w / len(buckets)
    parts = [f'<svg class="timeline" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
             f'xmlns="http://www.w3.org/2000/svg" direction="ltr">',
             f'<line class="axis" x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}"/>',
             f'<line class="axis" x1="{left}" y1="{top}" x2="{left}" y2="{top + plot_h}"/>',
             f'<text class="tick" x="{left - 4}" y="{top + 8}" text-anchor="end">{peak}</text>',
             f'<text class="tick" x="{left - 4}" y="{top + plot_h}" text-anchor="end">0</text>']
    order = list(TYPE_SLUGS)
    step = max(1, len(buckets) // 10)
    for i, b in enumerate(buckets):
        x = left + i * bw
        y = top + plot_h
        counts = series.get(b, {})
        for t in sorted(counts, key=lambda t: order.index(t) if t in order else 99):
            hgt = counts[t] / peak * plot_h
            y -= hgt
            parts.append(f'<rect class="bar t-{type_slug(t)}" x="{x + 0.5:.1f}" y="{y:.1f}" width="{max(bw - 1, 1):.1f}" '
                         f'height="{hgt:.1f}"><title>{escape(b)} {escape(t)}: {counts[t]}</title></rect>')
        if i % step == 0:
            parts.append(f'<text class="tick" x="{x + bw / 2:.1f}" y="{top + plot_h + 16}" text-anchor="middle">{escape(b)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
