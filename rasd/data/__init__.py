"""Data files: lexicons, knowledge base, gazetteer, models (each with its source)."""

from pathlib import Path
from typing import Any

import yaml

# libyaml's safe loader when PyYAML was built with it: the same data, about 5x faster to load.
YAML_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class DataFileError(ValueError):
    """A data file that does not parse; the message names the file and the line."""


def load_yaml(text: Any) -> Any:
    """Parse YAML text or an open file with the safe loader."""
    return yaml.load(text, Loader=YAML_LOADER)   # noqa: S506 - a safe loader


def read_data(path: Path | Any) -> Any:
    """Parse one YAML data file (a path or an importlib resource) with the safe loader.

    Every lexicon is read through here, so an edited file with a syntax error stops the run with
    "file:line: problem" instead of a bare parser trace."""
    try:
        text = path.read_text(encoding="utf-8")
        data = load_yaml(text)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 0
        raise DataFileError(f"{path}:{line}: {getattr(e, 'problem', None) or e}") from e
    if WORDS_OF in text:    # speed: only a file that refers to a shared list is walked
        data = _Splicer(data, path).splice(data)
    return data


# A list item ``{words_of: FILE#KEY}`` (``KEY`` dotted for a nested list; ``#KEY`` alone: the same file) stands
# for the words of that list, spliced in its place: an idea is listed once (armed_words.yaml) and each reader
# names the groups it reads, with its own words beside them where its reach is wider.
WORDS_OF = "words_of"


class _Splicer:
    def __init__(self, root: Any, path: Any) -> None:
        self.root, self.path, self.open = root, path, set[str]()

    def shared(self, ref: str) -> list[Any]:
        file, _, key = ref.partition("#")
        if ref in self.open:
            raise DataFileError(f"{self.path}: {WORDS_OF} {ref} refers back to itself")
        self.open.add(ref)
        data: Any = self.root
        if file:
            # (each file referred to is parsed once: a lexicon names one file's lists many times)
            data = read_shared(getattr(self.path, "parent", LEXICONS) / file)
        for part in key.split("."):
            if not isinstance(data, dict) or part not in data:
                raise DataFileError(f"{self.path}: {WORDS_OF} {ref}: no list {key}")
            data = data[part]
        if not isinstance(data, list):
            raise DataFileError(f"{self.path}: {WORDS_OF} {ref} is not a list")
        data = self.splice(data) if not file else data
        self.open.discard(ref)
        return list(data)

    def splice(self, data: Any) -> Any:
        if isinstance(data, dict):
            return {k: self.splice(v) for k, v in data.items()}
        if isinstance(data, list):
            out: list[Any] = []
            for item in data:
                if isinstance(item, dict) and set(item) == {WORDS_OF}:
                    out.extend(self.shared(str(item[WORDS_OF])))
                else:
                    out.append(self.splice(item))
            return out
        return data


LEXICONS = Path(__file__).resolve().parent / "lexicons"
_SHARED: dict[str, Any] = {}


def read_shared(path: Path) -> Any:
    """``read_data(path)``, parsed once per process and shared by every reader that asks (a lexicon read by
    several cached readers was parsed once per reader: modality.yaml five times, date_words.yaml a dozen).
    The data is shared: a reader builds its own values from it and never changes it."""
    key = str(path)
    data = _SHARED.get(key)
    if data is None:
        data = _SHARED[key] = read_data(path)
    return data


# (file, list) of every word list read through ``word_list``: the no-dead-data test compares it with the files
WORD_LISTS_READ: set[tuple[str, str]] = set()


def word_data(file: str, name: str) -> Any:
    """Entry ``name`` of the lexicon file ``file`` under rasd/data/lexicons/ as parsed (a list or a mapping).

    The code keeps a named constant built from it at import, so each file is parsed once."""
    data = read_shared(LEXICONS / file)
    WORD_LISTS_READ.add((file, name))
    return data[name]


def word_list(file: str, name: str) -> tuple[str, ...]:
    """The words of list ``name`` in the lexicon file ``file`` under rasd/data/lexicons/, in file order."""
    return tuple(str(w) for w in word_data(file, name))
