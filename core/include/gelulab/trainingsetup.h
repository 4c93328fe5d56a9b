// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "gelulab/activationkind.h"
#include "gelulab/dataset.h"
#include "gelulab/optimizer.h"
#include "gelulab/trainer.h"

#include <cstdint>
#include <vector>

namespace gelulab {

// Everything that defines a run generated from a seed, shared by `gelulab train --dataset` and the
// trainer panel so both give the same numbers for the same settings.
struct TrainingSetup {
    DatasetKind dataset = DatasetKind::Xor;
    double noise = 0.1;
    double testFraction = 0.3;
    std::vector<int> hidden { 8, 8 };
    ActivationKind activation = ActivationKind::Gelu;
    OptimizerKind optimizer = OptimizerKind::Adam;
    double learningRate = 0.01;
    int batchSize = 32; // 0 = full batch
    std::uint64_t seed = 1;
};

// The data of a setup: the seed's "data" stream. Equal for every activation.
DatasetSplit makeDatasetFor(const TrainingSetup& setup);
// The network of a setup with initial weights from the seed's "weights" stream: the same numbers
// whatever the activation, so a GELU and a ReLU network start from the same point.
Mlp makeNetworkFor(const TrainingSetup& setup, const Dataset& train);
// The loss the dataset needs: cross-entropy for classification, mse for regression.
LossKind lossFor(DatasetKind kind);
// A ready trainer: data, network, optimizer, and batches from the seed's "batches" stream.
Trainer makeTrainer(const TrainingSetup& setup);
Trainer makeTrainer(const TrainingSetup& setup, const DatasetSplit& data);

} // namespace gelulab
