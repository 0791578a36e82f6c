"""The gazetteer's place lists are parsed once per process and shared with the feed-item cut
(rasd/text/feed_items.py reads the same YAML lists): building the gazetteer must leave the shared data as parsed."""
from collections import Counter
from typing import Any

import pytest

from rasd import data as rasd_data
from rasd.data import read_data, read_shared
from rasd.knowledge.gazetteer import DATA_DIR, default_gazetteer
from rasd.text import feed_items

LISTS = ("governorates.yaml", "regions.yaml", "countries.yaml", "towns_extra.yaml", "capitals.yaml")


def test_the_gazetteer_reads_the_shared_lists_and_leaves_them_as_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = {(DATA_DIR / f).read_text(encoding="utf-8"): f for f in LISTS}
    parsed: Counter[str] = Counter()
    load = rasd_data.load_yaml

    def counting_load(text: str) -> Any:
        if text in texts:
            parsed[texts[text]] += 1
        return load(text)

    monkeypatch.setattr(rasd_data, "load_yaml", counting_load)
    monkeypatch.setattr(rasd_data, "_SHARED", {})
    feed_items._place_names.cache_clear()
    names = feed_items._place_names()          # the feed cut parses the lists first
    gaz = default_gazetteer()
    feed_items._place_names.cache_clear()
    assert gaz.governorates and "حلب" in names
    assert parsed == Counter({f: 1 for f in LISTS})       # once each, not again by the gazetteer
    monkeypatch.setattr(rasd_data, "load_yaml", load)
    for f in LISTS:
        assert read_shared(DATA_DIR / f) == read_data(DATA_DIR / f)   # the loaders changed nothing shared
