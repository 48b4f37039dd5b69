"""Extraction time against body size for adversarial bodies, up to 1 MB: prints the ratios.

Linear time doubles with the size (ratio about 2 per doubling); a quadratic path shows 4, a
regex that backtracks catastrophically much more. Run: `make bench-extract`, or
`python benchmarks/extract_linearity.py [SHAPE ...] [--max-bytes N]`. It prints figures and
never fails on speed: machines are noisy, and the speed target lives here, not in a test.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from datetime import datetime
from itertools import pairwise

import orjson

from schemas.article import MAX_BODY_BYTES, Article
from streams.core.extract import Extractor
from streams.core.resources import load_theatre, sample_articles_path

PUBLISHED = datetime.fromisoformat("2021-08-13T12:00:00+04:30")


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda size: unit * (size // len(unit) + 1)


def _wire() -> str:
    lines = sample_articles_path().read_text(encoding="utf-8").splitlines()
    return "\n\n".join(orjson.loads(line)["body"] for line in lines if line.strip()) + "\n\n"


def shapes() -> dict[str, Callable[[int], str]]:
    """Body generators by name; each returns at least `size` characters."""
    wire = _wire()
    flat = "".join(" " if c in ".!?\n" else c for c in wire)
    scripts = "abc دری پښتو пушту 中文 ‘’“” .,;\n\t\u200b"
    return {
        "wire text (the samples, repeated)": _repeat(wire),
        "one sentence (samples without . ! ? or newlines)": _repeat(flat),
        "dots only": _repeat("."),
        "exclamation marks, then lower case": lambda size: "!" * size + " a",
        "dense triggers (Taliban captured Kunduz, ...)": _repeat("Taliban captured Kunduz, "),
        "dense speech (officials said Herat fell, ...)": _repeat("officials said Herat fell, "),
        "one sentence then spaces": lambda size: "Kunduz fell." + " " * size + "x",
        "digits after 'capitals'": lambda size: "capitals " + "1" * size,
        "no spaces": _repeat("a"),
        "commas": _repeat(","),
        "quotes and brackets": _repeat('"('),
        "adverb chain then said": lambda size: " also" * (size // 5) + " said",
        "mixed scripts": lambda size: "".join(random.Random(size).choices(scripts, k=size)),
    }


def _article(body: str, size: int) -> Article:
    trimmed = body.encode("utf-8")[:size].decode("utf-8", errors="ignore")
    return Article(id="bench", published_at=PUBLISHED, body=trimmed)


def measure(extractor: Extractor, make: Callable[[int], str], sizes: list[int]) -> list[tuple[int, float]]:
    """Best of two runs per size (the first warms caches)."""
    results = []
    for size in sizes:
        article = _article(make(size), size)
        best = float("inf")
        for _ in range(2):
            started = time.perf_counter()
            extractor.extract(article)
            best = min(best, time.perf_counter() - started)
        results.append((size, best))
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shapes", nargs="*", help="substrings of shape names (default: all)")
    parser.add_argument("--max-bytes", type=int, default=MAX_BODY_BYTES, help="largest body (default 1 MB)")
    parser.add_argument("--steps", type=int, default=5, help="doublings below the largest size")
    args = parser.parse_args(argv)
    extractor = Extractor(load_theatre("afghanistan-2021"))
    sizes = [args.max_bytes >> k for k in range(args.steps, -1, -1)]
    worst = 0.0
    print(f"{'shape':<52} " + " ".join(f"{s // 1000:>7}K" for s in sizes) + "   ratios per doubling")
    for name, make in shapes().items():
        if args.shapes and not any(s in name for s in args.shapes):
            continue
        results = measure(extractor, make, sizes)
        ratios = [b[1] / a[1] for a, b in pairwise(results) if a[1] > 0]
        last = ratios[-1] if ratios else float("nan")
        worst = max(worst, last)
        times = " ".join(f"{t:>7.3f}s" for _, t in results)
        print(f"{name:<52} {times}   {' '.join(f'{r:.1f}' for r in ratios)}", flush=True)
    print(f"largest ratio at the last doubling: {worst:.2f} (2.0 is linear, 4.0 quadratic)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
