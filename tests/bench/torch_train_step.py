#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 GELU Lab contributors
# SPDX-License-Identifier: MIT
"""The PyTorch side of BM_TrainStep: one Adam step of a 2-16-16-1 network on a batch of 32 with
BCEWithLogitsLoss, one thread, CPU time per step (best of 5 runs of 2000 steps). Run it right
before or after gelulab_bench so both see the same machine load:

    /usr/bin/python3 tests/bench/torch_train_step.py
"""
import time

import torch
from torch import nn

torch.set_num_threads(1)
for dtype in (torch.float32, torch.float64):
    for activation in (nn.GELU(), nn.ReLU()):
        torch.manual_seed(0)
        net = nn.Sequential(nn.Linear(2, 16), activation, nn.Linear(16, 16), activation, nn.Linear(16, 1)).to(dtype)
        x = torch.rand(32, 2, dtype=dtype) * 2 - 1
        y = ((x[:, 0] < 0) != (x[:, 1] < 0)).to(dtype).unsqueeze(1)
        optimizer = torch.optim.Adam(net.parameters(), lr=1e-3)
        loss_fn = nn.BCEWithLogitsLoss()

        def step():
            optimizer.zero_grad()
            loss_fn(net(x), y).backward()
            optimizer.step()

        for _ in range(200):
            step()
        best = float("inf")
        for _ in range(5):
            n = 2000
            start = time.process_time()
            for _ in range(n):
                step()
            best = min(best, (time.process_time() - start) / n)
        print(f"{str(dtype).removeprefix('torch.')} {type(activation).__name__}: {best * 1e6:.0f} us per step")
