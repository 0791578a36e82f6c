from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest

# The suite measures the defaults, whatever places this machine's user imported: the per-user
# gazetteer is off (tests of that feature point RASD_GAZETTEER at a tmp file themselves).
os.environ["RASD_GAZETTEER"] = "none"

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SAMPLES = SHARED / "samples"


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    if not SAMPLES.is_dir():
        pytest.skip("../shared/samples is not beside the checkout")
    return SAMPLES


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the checkout")
    return SHARED


def web_fixture_module() -> ModuleType:
    """tests/fixtures/web/fixture_db.py: hand-made layers over the sample pages, shared by the web tests."""
    if not SAMPLES.is_dir():
        pytest.skip("../shared/samples is not beside the checkout")
    if "web_fixture_db" not in sys.modules:
        spec = importlib.util.spec_from_file_location("web_fixture_db", ROOT / "tests" / "fixtures" / "web" / "fixture_db.py")
        assert spec and spec.loader
        mod = importlib.util.module_from_spec(spec)
        sys.modules["web_fixture_db"] = mod
        spec.loader.exec_module(mod)
    return sys.modules["web_fixture_db"]


@pytest.fixture(scope="session")
def packaged():
    """The actor KB as packaged (rasd/data/kb/*.yaml), loaded once for the tests that read it."""
    from rasd.knowledge.kb import PACKAGED_KB_DIR, load_kb_files

    return load_kb_files(sorted(PACKAGED_KB_DIR.glob("*.yaml")))


@pytest.fixture(autouse=True)
def _no_emit_gate(monkeypatch: pytest.MonkeyPatch) -> None:
    """Rule tests run without the learned emit gate (rasd/data/models/event_gate.yaml): it is fitted on whole
    breadth pages, and a one-sentence fixture's page measures lie outside them, so its verdict on a fixture says
    nothing about the rule under test. tests/test_event_gate.py sets the gate it tests."""
    import rasd.extract.events.confidence as confidence
    monkeypatch.setattr(confidence, "gate_model", lambda: None)
    monkeypatch.setattr(confidence, "second_gate_model", lambda: None)
    monkeypatch.setattr(confidence, "third_gate_model", lambda: None)
    monkeypatch.setattr(confidence, "fourth_gate_model", lambda: None)
