// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include "gelulab/trainer.h"

#include <cmath>
#include <limits>
#include <stdexcept>

namespace gelulab {

namespace {

void checkFits(const Mlp& network, const Dataset& data, LossKind loss, const char* which)
{
    const std::string name(which);
    if (data.size() == 0)
        return;
    if (data.inputs.rows() != network.inputSize())
        throw std::invalid_argument(name + " data has " + std::to_string(data.inputs.rows())
            + " features, the network takes " + std::to_string(network.inputSize()));
    if (loss == LossKind::Mse) {
        if (data.targets.rows() != network.outputSize())
            throw std::invalid_argument(name + " data has " + std::to_string(data.targets.rows())
                + " target columns, the network has " + std::to_string(network.outputSize()) + " outputs");
        return;
    }
    if (data.targets.rows() != 1)
        throw std::invalid_argument(name + " data needs one class column for cross-entropy");
    const int classes = network.outputSize() == 1 ? 2 : network.outputSize();
    for (Eigen::Index i = 0; i < data.size(); ++i) {
        const double label = data.targets(0, i);
        const auto index = static_cast<int>(label);
        if (!(label >= 0.0 && label < classes) || static_cast<double>(index) < label)
            throw std::invalid_argument(name + " data sample " + std::to_string(i + 1) + " has class "
                + std::to_string(label) + ", outside 0.." + std::to_string(classes - 1));
    }
}

std::string stepText(std::int64_t step)
{
    return "step " + std::to_string(step);
}

} // namespace

Trainer::Trainer(Mlp network, Dataset train, Dataset test, LossKind loss, Optimizer optimizer, int batchSize,
    std::uint64_t shuffleSeed)
    : m_network(std::move(network))
    , m_train(std::move(train))
    , m_test(std::move(test))
    , m_loss(loss)
    , m_optimizer(optimizer)
    , m_batchSize(batchSize)
    , m_shuffle(shuffleSeed)
{
    if (m_train.size() == 0)
        throw std::invalid_argument("no training data");
    if (batchSize < 0)
        throw std::invalid_argument("batch size must be 0 (full batch) or positive");
    checkFits(m_network, m_train, m_loss, "training");
    checkFits(m_network, m_test, m_loss, "test");
    if (m_batchSize == 0 || m_batchSize >= m_train.size()) {
        m_batchSize = 0;
    } else {
        m_order.resize(static_cast<std::size_t>(m_train.size()));
        m_cursor = m_order.size(); // shuffle before the first batch
    }
}

void Trainer::nextBatch()
{
    if (m_cursor >= m_order.size()) {
        for (std::size_t i = 0; i < m_order.size(); ++i)
            m_order[i] = static_cast<Eigen::Index>(i);
        for (std::size_t i = m_order.size(); i > 1; --i)
            std::swap(m_order[i - 1], m_order[m_shuffle.index(i)]);
        m_cursor = 0;
    }
    const std::size_t count = std::min(static_cast<std::size_t>(m_batchSize), m_order.size() - m_cursor);
    m_batchInputs.resize(m_train.inputs.rows(), static_cast<Eigen::Index>(count));
    m_batchTargets.resize(m_train.targets.rows(), static_cast<Eigen::Index>(count));
    for (std::size_t j = 0; j < count; ++j) {
        const Eigen::Index source = m_order[m_cursor + j];
        m_batchInputs.col(static_cast<Eigen::Index>(j)) = m_train.inputs.col(source);
        m_batchTargets.col(static_cast<Eigen::Index>(j)) = m_train.targets.col(source);
    }
    m_cursor += count;
}

bool Trainer::step(StepRecord* record)
{
    if (diverged())
        return false;
    const std::int64_t number = m_steps + 1;
    const double testLoss = m_test.size() > 0
        ? computeLoss(m_loss, m_network.predict(m_test.inputs), m_test.targets)
        : std::numeric_limits<double>::quiet_NaN();
    double trainLoss = 0.0;
    if (m_batchSize == 0) {
        trainLoss = m_network.lossAndGradient(m_loss, m_train.inputs, m_train.targets, m_gradient);
    } else {
        nextBatch();
        trainLoss = m_network.lossAndGradient(m_loss, m_batchInputs, m_batchTargets, m_gradient);
    }
    if (!std::isfinite(trainLoss) || (m_test.size() > 0 && !std::isfinite(testLoss))) {
        const double bad = std::isfinite(trainLoss) ? testLoss : trainLoss;
        m_divergenceReason = std::string(std::isfinite(trainLoss) ? "test" : "training") + " loss became "
            + (std::isnan(bad) ? "NaN" : "infinite") + " at " + stepText(number)
            + "; the learning rate is probably too high. Reset to start again.";
        return false;
    }
    m_previousParameters = m_network.parameters();
    m_optimizer.step(m_network.parameters(), m_gradient);
    m_steps = number;
    if (record)
        *record = { number, trainLoss, testLoss };
    if (!m_network.parameters().allFinite()) {
        m_network.parameters() = m_previousParameters;
        m_divergenceReason = "a weight became infinite or NaN in the update of " + stepText(number)
            + "; the learning rate is probably too high. Reset to start again.";
        // The step's loss was finite and is reported; the caller stops after it.
        return true;
    }
    return true;
}

Evaluation Trainer::evaluate(const Dataset& data) const
{
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    if (data.size() == 0)
        return { nan, nan };
    const Eigen::MatrixXd outputs = m_network.predict(data.inputs);
    Evaluation result { computeLoss(m_loss, outputs, data.targets), nan };
    if (m_loss != LossKind::CrossEntropy)
        return result;
    Eigen::Index correct = 0;
    for (Eigen::Index i = 0; i < data.size(); ++i) {
        Eigen::Index predicted = 0;
        if (outputs.rows() == 1)
            predicted = outputs(0, i) > 0.0 ? 1 : 0;
        else
            outputs.col(i).maxCoeff(&predicted);
        if (predicted == static_cast<Eigen::Index>(data.targets(0, i)))
            ++correct;
    }
    result.accuracy = static_cast<double>(correct) / static_cast<double>(data.size());
    return result;
}

} // namespace gelulab
