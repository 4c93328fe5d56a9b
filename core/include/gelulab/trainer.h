// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "gelulab/dataset.h"
#include "gelulab/losskind.h"
#include "gelulab/mlp.h"
#include "gelulab/optimizer.h"
#include "gelulab/randomsource.h"

#include <cstdint>
#include <string>
#include <vector>

namespace gelulab {

// What one training step measured: the loss of that step's forward pass before its update.
struct StepRecord {
    std::int64_t step = 0; // 1 for the first step
    double trainLoss = 0.0; // mean loss of the batch the step trained on
    double testLoss = 0.0; // mean loss over the test data with the same parameters; NaN without test data
};

struct Evaluation {
    double loss = 0.0; // NaN for an empty dataset
    double accuracy = 0.0; // share of samples whose predicted class is right; NaN for regression or empty
};

// Trains one network on one dataset. Not thread-safe: one thread drives a Trainer at a time.
class Trainer {
public:
    // `batchSize` 0 (or ≥ the training set) trains on the full batch in data order each step; else
    // each epoch visits the samples in a new order drawn from RandomSource(shuffleSeed), in batches
    // of batchSize (the last one may be smaller). Throws std::invalid_argument when the shapes or
    // labels of the data do not fit the network or loss.
    Trainer(Mlp network, Dataset train, Dataset test, LossKind loss, Optimizer optimizer, int batchSize,
        std::uint64_t shuffleSeed);

    // One step: forward, loss, backward, update. Returns false without changing anything recorded
    // when training has diverged: the loss is not finite (the step is not recorded and no update is
    // made) or a parameter became non-finite (the step's finite loss is recorded, the parameters are
    // put back to their values before the update). divergenceReason() then says what happened.
    bool step(StepRecord* record = nullptr);

    bool diverged() const { return !m_divergenceReason.empty(); }
    const std::string& divergenceReason() const { return m_divergenceReason; }
    std::int64_t stepCount() const { return m_steps; }

    Evaluation evaluate(const Dataset& data) const;
    Evaluation evaluateTrain() const { return evaluate(m_train); }
    Evaluation evaluateTest() const { return evaluate(m_test); }

    const Mlp& network() const { return m_network; }
    Optimizer& optimizer() { return m_optimizer; }
    const Optimizer& optimizer() const { return m_optimizer; }
    const Dataset& trainData() const { return m_train; }
    const Dataset& testData() const { return m_test; }
    LossKind loss() const { return m_loss; }

private:
    void nextBatch();

    Mlp m_network;
    Dataset m_train;
    Dataset m_test;
    LossKind m_loss;
    Optimizer m_optimizer;
    int m_batchSize;
    RandomSource m_shuffle;
    std::vector<Eigen::Index> m_order;
    std::size_t m_cursor = 0;
    std::int64_t m_steps = 0;
    std::string m_divergenceReason;
    Eigen::MatrixXd m_batchInputs;
    Eigen::MatrixXd m_batchTargets;
    Eigen::VectorXd m_gradient;
    Eigen::VectorXd m_previousParameters;
};

} // namespace gelulab
