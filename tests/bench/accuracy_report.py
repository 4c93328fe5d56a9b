#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 GELU Lab contributors
# SPDX-License-Identifier: MIT
"""Largest relative error of gelulab and of PyTorch (float64) against the mpmath reference.

    /usr/bin/python3 tests/bench/accuracy_report.py build/app/gelulab
Only points whose true value is at least 1e-300 in magnitude count; PyTorch is skipped if absent.
"""
import csv
import subprocess
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data" / "gelu_reference.csv"


def load(mode):
    with open(DATA) as f:
        return [(float(r["x"]), float(r["value"]), float(r["derivative"]))
                for r in csv.DictReader(f) if r["mode"] == mode]


def worst(rows, got, column):
    best = (0.0, None)
    for (x, *ref), g in zip(rows, got):
        r = ref[column]
        if abs(r) < 1e-300 or (column == 1 and -1 < x < -0.5):  # skip the derivative's zero
            continue
        err = abs(g - r) / abs(r)
        if err > best[0]:
            best = (err, x)
    return best


def main(exe):
    try:
        import torch
    except ImportError:
        torch = None
    for mode, approximate in (("exact", "none"), ("tanh", "tanh")):
        rows = load(mode)
        xs = [x for x, _, _ in rows]
        out = subprocess.run([exe, "table", "--mode", mode, "--x", ",".join(repr(x) for x in xs)],
                             check=True, capture_output=True, text=True).stdout.splitlines()[1:]
        ours = [tuple(float(c) for c in line.split(",")[1:3]) for line in out]
        for column, name in ((0, "value"), (1, "derivative")):
            for window, keep in (("|x|<=5", lambda x: abs(x) <= 5), ("|x|>5", lambda x: abs(x) > 5)):
                sel = [i for i, x in enumerate(xs) if keep(x)]
                e, at = worst([rows[i] for i in sel], [ours[i][column] for i in sel], column)
                line = f"{mode:6s} {name:10s} {window:7s} gelulab {e:9.2e} (x={at})"
                if torch is not None:
                    t = torch.tensor([xs[i] for i in sel], dtype=torch.float64, requires_grad=True)
                    y = torch.nn.functional.gelu(t, approximate=approximate)
                    if column == 0:
                        vals = y.tolist()
                    else:
                        vals = torch.autograd.grad(y.sum(), t)[0].tolist()
                    te, tat = worst([rows[i] for i in sel], vals, column)
                    line += f"   torch {te:9.2e} (x={tat})"
                print(line)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "build/app/gelulab")
