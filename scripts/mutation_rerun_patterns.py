#!/usr/bin/env python3
"""Prints, one per line, Stryker.NET mutate patterns that select only the mutants a report left alive.

usage: mutation_rerun_patterns.py REPORT_JSON REPO_ROOT

A pattern is 'path{start..end}': Stryker.NET keeps a mutant whose syntax node lies inside one of the
character spans. Each survived or uncovered mutant contributes the span of the whole lines it occupies,
so a rerun tests those mutants again (and any others on the same lines) against the current tests.
"""
import json
import os
import sys


def main(report_path, root):
    with open(report_path, encoding="utf-8") as f:
        report = json.load(f)
    for path, data in sorted(report["files"].items()):
        lines = set()
        for m in data["mutants"]:
            if m["status"] in ("Survived", "NoCoverage"):
                loc = m["location"]
                lines.add((loc["start"]["line"], loc["end"]["line"]))
        if not lines:
            continue
        i = path.replace("\\", "/").find("src/OneStop.Metrics/")
        rel = path.replace("\\", "/")[i:]
        with open(os.path.join(root, rel), encoding="utf-8-sig", newline="") as f:
            text = f.read()
        starts = [0]
        for n, ch in enumerate(text):
            if ch == "\n":
                starts.append(n + 1)
        starts.append(len(text))
        spans = "".join("{%d..%d}" % (starts[a - 1], starts[min(b, len(starts) - 1)]) for a, b in sorted(lines))
        print("**/" + rel + spans)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
