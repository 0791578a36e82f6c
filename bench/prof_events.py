"""Python call count of `rasd bench pipeline --limit 600` (entities, places, events) under cProfile: a
noise-free speed proxy (RESULTS: "Python calls") to check after each merge. Run from a checkout:
`PYTHONPATH=. python bench/prof_events.py [N]` (N: also print the N costliest functions)."""
import cProfile
import pstats
import sys

from click.testing import CliRunner

from rasd.cli import _register_optional
from rasd.cli import cli as main

_register_optional()

prof = cProfile.Profile()
prof.enable()
res = CliRunner().invoke(main, ["bench", "pipeline", "--limit", "600"])
prof.disable()
print(res.output[-400:])
st = pstats.Stats(prof)
print(f"total calls {st.total_calls / 1e6:.2f} M")
if len(sys.argv) > 1:
    st.sort_stats("tottime").print_stats(int(sys.argv[1]))
