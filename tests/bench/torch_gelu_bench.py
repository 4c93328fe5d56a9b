#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 GELU Lab contributors
# SPDX-License-Identifier: MIT
"""PyTorch's counterpart of BM_GeluEval: value and derivative of GELU over n float64 points on
one thread (torch.nn.functional.gelu forward plus aten.gelu_backward with a unit gradient).

Run beside gelulab_bench: /usr/bin/python3 tests/bench/torch_gelu_bench.py  (needs python3-torch)
"""
import timeit

import torch

torch.set_num_threads(1)


def main():
    for approximate, label in (("none", "exact"), ("tanh", "tanh")):
        for n in (1000, 10000, 100000, 1000000):
            x = torch.linspace(-6.0, 6.0, n, dtype=torch.float64)
            ones = torch.ones_like(x)

            def run():
                torch.nn.functional.gelu(x, approximate=approximate)
                torch.ops.aten.gelu_backward(ones, x, approximate=approximate)

            number = max(1, 2_000_000 // n)
            best = min(timeit.repeat(run, number=number, repeat=5)) / number
            print(f"torch_gelu/{label}/{n}\t{best * 1e9:12.0f} ns\t{n / best / 1e6:8.2f} M items/s")


if __name__ == "__main__":
    main()
