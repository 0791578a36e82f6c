"""The Arabic word lists of rasd/data/lexicons/{function,event,place,name,claim,ingest}_words.yaml: every list is read by
the code (no dead data) and holds words, and no module constant builds a word set from an Arabic literal
again (the project's rule: lexicons are data files with their source, not code)."""

import ast
import importlib
import re
from pathlib import Path

import rasd
from rasd.data import LEXICONS, WORD_LISTS_READ, read_data

WORD_FILES = ("function_words.yaml", "event_words.yaml", "place_words.yaml", "name_words.yaml", "claim_words.yaml",
              "ingest_words.yaml")
# the modules that read those files at import
READERS = (
    "rasd.extract.events", "rasd.extract.claims", "rasd.extract.counts", "rasd.extract.entities", "rasd.extract.modality",
    "rasd.extract.page_dates", "rasd.extract.verbs", "rasd.knowledge.gazetteer", "rasd.knowledge.geocode",
    "rasd.knowledge.matcher", "rasd.knowledge.ner", "rasd.knowledge.patterns", "rasd.text.tokens",
    "rasd.text.dates", "rasd.text.numbers", "rasd.text.feed_items", "rasd.ingest.html", "rasd.ingest.metadata",
    "rasd.ingest.clean",
)
ARABIC = re.compile(r"[\u0621-\u064A]")


def test_every_word_list_is_read_and_not_empty():
    for name in READERS:
        importlib.import_module(name)
    for file in WORD_FILES:
        data = read_data(LEXICONS / file)
        assert data, file
        for key, words in data.items():
            assert (file, key) in WORD_LISTS_READ, f"{file}: {key} is read by no code"
            assert isinstance(words, (list, dict)) and words, f"{file}: {key} is empty"


def test_no_module_word_set_from_an_arabic_literal():
    # a module constant "frozenset(normalize(w) for w in ("في", "من"))": such a list belongs in a lexicon file
    root = Path(rasd.__file__).parent
    found = []
    for path in root.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = [n for n in tree.body if isinstance(n, (ast.Assign, ast.AnnAssign))]
        for node in (sub for c in constants for sub in ast.walk(c)):
            if isinstance(node, ast.comprehension) and isinstance(node.iter, (ast.Tuple, ast.List, ast.Set)):
                if any(isinstance(e, ast.Constant) and isinstance(e.value, str) and ARABIC.search(e.value)
                       for e in node.iter.elts) and len(node.iter.elts) > 1:
                    found.append(f"{path.relative_to(root)}:{node.iter.lineno}")
    assert not found, found
