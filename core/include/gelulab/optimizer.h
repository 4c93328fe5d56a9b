// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <Eigen/Core>

#include <cstdint>
#include <optional>
#include <string_view>

namespace gelulab {

enum class OptimizerKind {
    Sgd, // p ← p − lr·g                                                       (torch.optim.SGD)
    Momentum, // b ← g on the first step, then b ← 0.9·b + g; p ← p − lr·b     (SGD, momentum=0.9)
    Adam, // m ← 0.9m + 0.1g, v ← 0.999v + 0.001g², t-th step:
          // p ← p − (lr/(1 − 0.9^t))·m / (√v/√(1 − 0.999^t) + 1e-8)           (torch.optim.Adam)
};

// "sgd", "momentum", "adam"; anything else gives nullopt.
std::optional<OptimizerKind> parseOptimizerKind(std::string_view name);
std::string_view optimizerKindName(OptimizerKind kind);

// PyTorch's update rules (torch 1.13, the non-fused single-tensor path, no weight decay), operation
// for operation so a float64 run matches to rounding. The learning rate may change between steps;
// the moment estimates carry over, as with param_group['lr'] in PyTorch.
class Optimizer {
public:
    Optimizer(OptimizerKind kind, double learningRate);

    OptimizerKind kind() const { return m_kind; }
    double learningRate() const { return m_learningRate; }
    void setLearningRate(double learningRate) { m_learningRate = learningRate; }
    std::int64_t stepCount() const { return m_steps; }

    // One update of `parameters` with `gradient` (same size; the first call fixes the size).
    void step(Eigen::VectorXd& parameters, const Eigen::VectorXd& gradient);

    // Forgets the moment estimates and the step count.
    void reset();

    static constexpr double kMomentum = 0.9;
    static constexpr double kBeta1 = 0.9;
    static constexpr double kBeta2 = 0.999;
    static constexpr double kEpsilon = 1e-8;

private:
    OptimizerKind m_kind;
    double m_learningRate;
    std::int64_t m_steps = 0;
    Eigen::VectorXd m_first; // momentum buffer, or Adam's exp_avg
    Eigen::VectorXd m_second; // Adam's exp_avg_sq
};

} // namespace gelulab
