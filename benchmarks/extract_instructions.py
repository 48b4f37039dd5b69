"""Instructions per extracted article, counted by valgrind: a speed figure the machine's load does
not move, for this tree and, side by side, any git revision.

Wall-clock rates on a shared machine move by a third between runs; callgrind counts the
instructions executed, the same for the same code and input whatever else runs. Each tree is
counted twice, extracting the articles once and `--rounds` + 1 times, so start-up and imports
cancel out. Run: `make bench-instructions ARGS="--against 60ea72a"`, or
`python benchmarks/extract_instructions.py [--against REV] [--articles N] [--rounds N]`.
Needs valgrind (Debian package `valgrind`); prints figures and never fails on speed.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seed" / "000_ba31ab3aebd0285f.txt"

# Runs inside the tree under test (its own `streams` on PYTHONPATH): extract the generated
# seed-sized articles, and the founding article when it is there, `passes` times.
WORKLOAD = """
import sys
from datetime import datetime, timezone
from pathlib import Path
from schemas.article import Article
from streams.bench.corpus import corpus, sample_articles
from streams.core.extract import Extractor
from streams.core.resources import load_theatre

passes, count, seed = int(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
theatre = load_theatre("afghanistan-2021")
extractor = Extractor(theatre)
articles = corpus(sample_articles(theatre.id), "8 KB", count, 8_000, prefix="instructions").articles
if seed.is_file():
    published = datetime(2021, 8, 13, 12, tzinfo=timezone.utc)
    articles.append(Article(id="seed", published_at=published, body=seed.read_text(encoding="utf-8")))
extractor.extract(articles[0])
events = 0
for _ in range(passes):
    for article in articles:
        events += len(extractor.extract(article))
print(len(articles), events)
"""


def instructions(tree: Path, passes: int, count: int) -> tuple[int, int, int]:
    """(instructions, articles per pass, events) of one run of the workload in `tree`."""
    with tempfile.TemporaryDirectory() as scratch:
        script = Path(scratch) / "workload.py"
        script.write_text(WORKLOAD, encoding="utf-8")
        result = subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                f"--callgrind-out-file={scratch}/callgrind.out",
                sys.executable,
                str(script),
                str(passes),
                str(count),
                str(SEED),
            ],
            cwd=tree,
            env={**os.environ, "PYTHONPATH": str(tree)},
            capture_output=True,
            text=True,
            check=True,
        )
    collected = re.search(r"Collected : (\d+)", result.stderr)
    if collected is None:
        raise RuntimeError(f"no instruction count from valgrind:\n{result.stderr[-2000:]}")
    articles, events = map(int, result.stdout.split())
    return int(collected.group(1)), articles, events


def per_article(tree: Path, rounds: int, count: int) -> tuple[float, float]:
    """Instructions and events per extracted article, start-up subtracted."""
    base, articles, _ = instructions(tree, 0, count)
    total, _, events = instructions(tree, rounds, count)
    extractions = rounds * articles
    return (total - base) / extractions, events / extractions


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", help="git revision to count side by side with this tree")
    parser.add_argument("--articles", type=int, default=20, help="generated 8 KB articles (default 20)")
    parser.add_argument("--rounds", type=int, default=2, help="extractions of each (default 2)")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (Debian package valgrind)", file=sys.stderr)
        return 2
    trees = {"this tree": ROOT}
    with tempfile.TemporaryDirectory() as scratch:
        if args.against:
            other = Path(scratch) / "against"
            subprocess.run(
                ["git", "worktree", "add", "--detach", "--quiet", str(other), args.against],
                cwd=ROOT,
                check=True,
            )
            trees = {args.against: other, **trees}
        try:
            figures = {label: per_article(tree, args.rounds, args.articles) for label, tree in trees.items()}
        finally:
            if args.against:
                subprocess.run(["git", "worktree", "remove", "--force", str(other)], cwd=ROOT, check=False)
    for label, (cost, events) in figures.items():
        print(f"{label:>12}: {cost / 1e6:8.1f} million instructions per article, {events:.1f} events each")
    if args.against:
        (old, _), (new, _) = figures.values()
        print(f"{'ratio':>12}: {old / new:.2f}x fewer instructions per article in this tree")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
