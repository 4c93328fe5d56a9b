// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include "gelulab/trainingsetup.h"

#include "gelulab/randomsource.h"

namespace gelulab {

namespace {
enum StreamPurpose : std::uint64_t { DataStream = 0, WeightStream = 1, BatchStream = 2 };
}

DatasetSplit makeDatasetFor(const TrainingSetup& setup)
{
    DatasetOptions options;
    options.seed = RandomSource::streamSeed(setup.seed, DataStream);
    options.noise = setup.noise;
    options.testFraction = setup.testFraction;
    return generateDataset(setup.dataset, options);
}

Mlp makeNetworkFor(const TrainingSetup& setup, const Dataset& train)
{
    std::vector<int> sizes;
    sizes.push_back(static_cast<int>(train.inputs.rows()));
    sizes.insert(sizes.end(), setup.hidden.begin(), setup.hidden.end());
    sizes.push_back(train.outputSize());
    Mlp network(sizes, setup.activation);
    network.initialize(RandomSource::streamSeed(setup.seed, WeightStream));
    return network;
}

LossKind lossFor(DatasetKind kind)
{
    return isRegression(kind) ? LossKind::Mse : LossKind::CrossEntropy;
}

Trainer makeTrainer(const TrainingSetup& setup)
{
    return makeTrainer(setup, makeDatasetFor(setup));
}

Trainer makeTrainer(const TrainingSetup& setup, const DatasetSplit& data)
{
    return Trainer(makeNetworkFor(setup, data.train), data.train, data.test, lossFor(setup.dataset),
        Optimizer(setup.optimizer, setup.learningRate), setup.batchSize,
        RandomSource::streamSeed(setup.seed, BatchStream));
}

} // namespace gelulab
