#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 GELU Lab contributors
# SPDX-License-Identifier: MIT
"""Replays `gelulab train --model M --data D --batch-size 0` in PyTorch, float64, for the cross-check
in tests/app/tst_traincommand.cpp. Independent of the C++ code: nn.Linear, the torch losses and
torch.optim do all the work.

    /usr/bin/python3 tests/data/torch_train.py MODEL.json DATA.csv STEPS LR sgd|momentum|adam

prints `step,train_loss` (the loss of each step's forward pass, before its update), one row per step.
"""
import csv
import json
import sys

import torch
from torch import nn


def activation(name):
    return {
        "gelu": nn.GELU(),
        "gelu_tanh": nn.GELU(approximate="tanh"),
        "gelu_sigmoid": lambda x: x * torch.sigmoid(1.702 * x),
        "relu": nn.ReLU(),
        "tanh": torch.tanh,
        "sigmoid": torch.sigmoid,
        "linear": lambda x: x,
    }[name]


def main():
    model_path, data_path, steps, lr, optimizer_name = sys.argv[1:6]
    torch.set_default_dtype(torch.float64)
    model = json.load(open(model_path))
    layers = []
    for layer in model["layers"]:
        weight = torch.tensor(layer["weight"])
        linear = nn.Linear(weight.shape[1], weight.shape[0])
        with torch.no_grad():
            linear.weight.copy_(weight)
            linear.bias.copy_(torch.tensor(layer["bias"]))
        layers.append(linear)
    f = activation(model["activation"])

    def forward(x):
        for i, linear in enumerate(layers):
            x = linear(x)
            if i + 1 < len(layers):
                x = f(x)
        return x

    with open(data_path) as file:
        rows = list(csv.reader(file))
    header, rows = rows[0], [r for r in rows[1:] if r]
    features = sum(1 for name in header if name.startswith("x"))
    table = torch.tensor([[float(v) for v in r] for r in rows])
    x, y = table[:, :features], table[:, features:]
    outputs = layers[-1].out_features
    if model["loss"] == "mse":
        loss_fn, target = nn.MSELoss(), y
    elif outputs == 1:
        loss_fn, target = nn.BCEWithLogitsLoss(), y
    else:
        loss_fn, target = nn.CrossEntropyLoss(), y[:, 0].long()

    params = [p for linear in layers for p in linear.parameters()]
    lr = float(lr)
    optimizer = {
        "sgd": lambda: torch.optim.SGD(params, lr=lr),
        "momentum": lambda: torch.optim.SGD(params, lr=lr, momentum=0.9),
        "adam": lambda: torch.optim.Adam(params, lr=lr),
    }[optimizer_name]()

    print("step,train_loss")
    for step in range(1, int(steps) + 1):
        optimizer.zero_grad()
        loss = loss_fn(forward(x), target)
        print(f"{step},{loss.item()!r}")
        loss.backward()
        optimizer.step()


if __name__ == "__main__":
    main()
