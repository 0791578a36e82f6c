"""Instructions of the analysis alone of `rasd bench pipeline` (issue #4): callgrind counts only
while `analyse_many` runs (the timed part: no start-up, model loading, warm-up page or cleaning),
so two commits compare on a number that does not depend on the VM's load. Run from a checkout:

    PYTHONHASHSEED=0 PYTHONPATH=. valgrind --tool=callgrind --instr-atstart=no \
        --callgrind-out-file=OUT python bench/cg_pipeline.py [LIMIT] [--corpus DIR]

and read "Collected" at the end of valgrind's output (or `callgrind_annotate OUT`). The start and
stop of the instrumentation are valgrind client requests, made by a two-function C helper compiled
on first use with the system's valgrind/callgrind.h (gcc needed). Outside valgrind the requests do
nothing and the script is the plain bench."""
from __future__ import annotations

import ctypes
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from typing import Any

from click.testing import CliRunner

import rasd.pipeline as pipeline
from rasd.cli import _register_optional
from rasd.cli import cli as main

_HELPER_C = """#include <valgrind/callgrind.h>
void cg_start(void) { CALLGRIND_START_INSTRUMENTATION; }
void cg_stop(void) { CALLGRIND_STOP_INSTRUMENTATION; }
void cg_dump(const char *part) { CALLGRIND_DUMP_STATS_AT(part); }
"""


def _helper() -> Any:
    folder = os.path.join(tempfile.gettempdir(), "rasd_cgctl2")   # (2: with cg_dump)
    lib = os.path.join(folder, "libcgctl.so")
    if not os.path.exists(lib):
        os.makedirs(folder, exist_ok=True)
        src = os.path.join(folder, "cgctl.c")
        with open(src, "w", encoding="utf-8") as f:
            f.write(_HELPER_C)
        subprocess.run(["gcc", "-O2", "-shared", "-fPIC", "-o", lib, src], check=True)
    return ctypes.CDLL(lib)


def main_() -> None:
    args = sys.argv[1:]
    corpus: list[str] = []
    if "--corpus" in args:
        at = args.index("--corpus")
        corpus = ["--corpus", args[at + 1]]
        del args[at:at + 2]
    limit = args[0] if args else "150"
    lib = _helper()
    analyse_many = pipeline.analyse_many

    def counted(*a: Any, **k: Any) -> Iterator[Any]:
        lib.cg_start()
        try:
            yield from analyse_many(*a, **k)
        finally:
            lib.cg_stop()

    pipeline.analyse_many = counted  # type: ignore[assignment]
    _register_optional()
    res = CliRunner().invoke(main, ["bench", "pipeline", "--limit", limit, *corpus])
    print(res.output[-400:])
    if res.exception is not None:
        raise res.exception


if __name__ == "__main__":
    main_()
