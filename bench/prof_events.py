"""Python call count of `rasd bench pipeline --limit 600` (entities, places, events) under cProfile: a
noise-free speed proxy (RESULTS: "Python calls") to check after each merge. Run from a checkout:
`PYTHONPATH=. python bench/prof_events.py [N] [--corpus DIR]` (N: also print the N costliest functions; DIR: the
unifiedfc dataset when ../shared is not beside the checkout, e.g. from a git worktree)."""
import cProfile
import pstats
import sys

from click.testing import CliRunner

from rasd.cli import _register_optional
from rasd.cli import cli as main

_register_optional()

args = sys.argv[1:]
corpus = []
if "--corpus" in args:
    at = args.index("--corpus")
    corpus = ["--corpus", args[at + 1]]
    del args[at:at + 2]

prof = cProfile.Profile()
prof.enable()
res = CliRunner().invoke(main, ["bench", "pipeline", "--limit", "600", *corpus])
prof.disable()
print(res.output[-400:])
st = pstats.Stats(prof)
print(f"total calls {st.total_calls / 1e6:.2f} M")
if args:
    st.sort_stats("tottime").print_stats(int(args[0]))
