"""Instructions a report of ingest + parse, load-proof, for the parse-cost check of every accuracy change.

    valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \\
        python bench/parse_instructions.py CHECKOUT FROM TO [DIR]

Loads and parses the .txt files FROM..TO (sorted) of DIR (default /work/bench-data/synth-2000, as bench/batch.py
--keep writes it) with CHECKOUT's engine first on the path, compiled as built. Run it for FROM..TO = 0 20 and
0 120 and take (I refs of the second − the first) / 100: the start-up cancels out. cProfile's counts of Python
calls do not see a regex's scan, which is where a parse change usually costs (docs: bench/README.md, "After the
merge of the twentieth round").
"""

import sys
from pathlib import Path

sys.path.insert(0, sys.argv[1])

from engine.ingest import load  # noqa: E402
from engine.parse import BUILD, parse  # noqa: E402

folder = Path(sys.argv[4] if len(sys.argv) > 4 else "/work/bench-data/synth-2000")
docs = [load(f) for f in sorted(folder.glob("*.txt"))[int(sys.argv[2]):int(sys.argv[3])]]
print("build", BUILD, file=sys.stderr)
for doc in docs:
    for _ in parse(doc):
        pass
