// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "gelulab/losskind.h"
#include "gelulab/mlp.h"

#include <string>

namespace gelulab {

// A network and the loss it is trained with, as stored in a model file:
//   {"format": "gelulab-mlp", "version": 1, "activation": "gelu", "loss": "cross_entropy",
//    "layers": [{"weight": [[w00, w01], ...], "bias": [b0, ...]}, ...]}
// `weight` holds out rows of in numbers, like nn.Linear.weight; each layer's in is the previous
// layer's out.
struct ModelFile {
    Mlp network;
    LossKind loss;
};

// Parses model JSON. FileError with `name` and the line (for syntax errors) or the field
// ("layers[1].weight[0]") for anything wrong: wrong format or version, unknown activation or loss,
// shapes that don't chain, ragged rows, non-numbers, non-finite numbers.
ModelFile parseModel(const std::string& json, const std::string& name);
ModelFile readModelFile(const std::string& path);

// The JSON text, numbers in the shortest form that reads back to the same double.
std::string modelToJson(const Mlp& network, LossKind loss);
// modelToJson written with writeFileAtomically.
void writeModelFile(const std::string& path, const Mlp& network, LossKind loss);

} // namespace gelulab
