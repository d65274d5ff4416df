#!/usr/bin/env python3
"""Prints, one per line, Stryker.NET mutate patterns that select only the mutants the full runs left alive.

usage: mutation_rerun_patterns.py OUT_DIR REPO_ROOT FOLDER...

Reads every full run's report under OUT_DIR (OUT_DIR/*/reports/mutation-report.json). A pattern is
'path{start..end}...': Stryker.NET keeps a mutant whose syntax node lies inside one of the character
spans. Each survived or uncovered mutant of the given folders contributes the span of the whole lines it
occupies, so a rerun tests those mutants again (and any others on the same lines) against the current tests.
"""
import glob
import json
import os
import sys


def rel(path):
    path = path.replace("\\", "/")
    i = path.find("src/OneStop.Metrics/")
    return path[i:] if i >= 0 else path


def main(out_dir, root, folders):
    lines = {}
    for report_path in sorted(glob.glob(os.path.join(out_dir, "*", "reports", "mutation-report.json"))):
        with open(report_path, encoding="utf-8") as f:
            report = json.load(f)
        for path, data in report["files"].items():
            r = rel(path)
            if r.split("/")[2] not in folders:
                continue
            for m in data["mutants"]:
                if m["status"] in ("Survived", "NoCoverage"):
                    loc = m["location"]
                    lines.setdefault(r, set()).add((loc["start"]["line"], loc["end"]["line"]))
    for r, spans in sorted(lines.items()):
        with open(os.path.join(root, r), encoding="utf-8-sig", newline="") as f:
            text = f.read()
        starts = [0] + [n + 1 for n, ch in enumerate(text) if ch == "\n"] + [len(text)]
        print("**/" + r + "".join("{%d..%d}" % (starts[a - 1], starts[min(b, len(starts) - 1)]) for a, b in sorted(spans)))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], set(sys.argv[3:]))
