// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include "gelulab/optimizer.h"

#include <cmath>
#include <stdexcept>

namespace gelulab {

std::optional<OptimizerKind> parseOptimizerKind(std::string_view name)
{
    if (name == "sgd")
        return OptimizerKind::Sgd;
    if (name == "momentum")
        return OptimizerKind::Momentum;
    if (name == "adam")
        return OptimizerKind::Adam;
    return std::nullopt;
}

std::string_view optimizerKindName(OptimizerKind kind)
{
    switch (kind) {
    case OptimizerKind::Sgd:
        return "sgd";
    case OptimizerKind::Momentum:
        return "momentum";
    case OptimizerKind::Adam:
        return "adam";
    }
    return "sgd";
}

Optimizer::Optimizer(OptimizerKind kind, double learningRate)
    : m_kind(kind)
    , m_learningRate(learningRate)
{
}

void Optimizer::reset()
{
    m_steps = 0;
    m_first.resize(0);
    m_second.resize(0);
}

void Optimizer::step(Eigen::VectorXd& parameters, const Eigen::VectorXd& gradient)
{
    if (parameters.size() != gradient.size())
        throw std::invalid_argument("gelulab: gradient size differs from parameter size");
    ++m_steps;
    switch (m_kind) {
    case OptimizerKind::Sgd:
        parameters.noalias() -= m_learningRate * gradient;
        return;
    case OptimizerKind::Momentum:
        if (m_steps == 1)
            m_first = gradient; // PyTorch starts the buffer at the first gradient, not at 0.9·0 + g
        else
            m_first = kMomentum * m_first + gradient;
        parameters.noalias() -= m_learningRate * m_first;
        return;
    case OptimizerKind::Adam: {
        if (m_steps == 1) {
            m_first = Eigen::VectorXd::Zero(parameters.size());
            m_second = Eigen::VectorXd::Zero(parameters.size());
        }
        m_first = kBeta1 * m_first + (1.0 - kBeta1) * gradient;
        m_second = kBeta2 * m_second + (1.0 - kBeta2) * gradient.cwiseAbs2();
        const double t = static_cast<double>(m_steps);
        const double biasCorrection1 = 1.0 - std::pow(kBeta1, t);
        const double biasCorrection2Sqrt = std::sqrt(1.0 - std::pow(kBeta2, t));
        const double stepSize = m_learningRate / biasCorrection1;
        parameters.array()
            -= stepSize * m_first.array() / (m_second.array().sqrt() / biasCorrection2Sqrt + kEpsilon);
        return;
    }
    }
}

} // namespace gelulab
