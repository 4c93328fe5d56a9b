// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include "gelulab/mlp.h"

#include "gelulab/randomsource.h"

#include <cmath>
#include <span>
#include <stdexcept>

namespace gelulab {

namespace {

std::span<double> asSpan(Eigen::MatrixXd& m)
{
    return { m.data(), static_cast<std::size_t>(m.size()) };
}

} // namespace

Mlp::Mlp(std::vector<int> layerSizes, ActivationKind activation)
    : m_sizes(std::move(layerSizes))
    , m_activation(activation)
{
    if (m_sizes.size() < 2)
        throw std::invalid_argument("gelulab: a network needs an input and an output size");
    Eigen::Index total = 0;
    for (std::size_t l = 0; l < m_sizes.size(); ++l) {
        if (m_sizes[l] < 1)
            throw std::invalid_argument("gelulab: every layer needs at least one unit");
        if (l + 1 < m_sizes.size()) {
            m_offsets.push_back(total);
            total += static_cast<Eigen::Index>(m_sizes[l + 1]) * (m_sizes[l] + 1);
        }
    }
    m_parameters = Eigen::VectorXd::Zero(total);
}

Eigen::Index Mlp::biasOffset(int layer) const
{
    const auto l = static_cast<std::size_t>(layer);
    return m_offsets[l] + static_cast<Eigen::Index>(m_sizes[l + 1]) * m_sizes[l];
}

Eigen::Map<Eigen::MatrixXd> Mlp::weight(int layer)
{
    const auto l = static_cast<std::size_t>(layer);
    return { m_parameters.data() + weightOffset(layer), m_sizes[l + 1], m_sizes[l] };
}

Eigen::Map<const Eigen::MatrixXd> Mlp::weight(int layer) const
{
    const auto l = static_cast<std::size_t>(layer);
    return { m_parameters.data() + weightOffset(layer), m_sizes[l + 1], m_sizes[l] };
}

Eigen::Map<Eigen::VectorXd> Mlp::bias(int layer)
{
    return { m_parameters.data() + biasOffset(layer), m_sizes[static_cast<std::size_t>(layer) + 1] };
}

Eigen::Map<const Eigen::VectorXd> Mlp::bias(int layer) const
{
    return { m_parameters.data() + biasOffset(layer), m_sizes[static_cast<std::size_t>(layer) + 1] };
}

void Mlp::initialize(std::uint64_t seed)
{
    RandomSource random(seed);
    for (int l = 0; l < linearLayerCount(); ++l) {
        const double bound = 1.0 / std::sqrt(static_cast<double>(m_sizes[static_cast<std::size_t>(l)]));
        auto w = weight(l);
        for (Eigen::Index r = 0; r < w.rows(); ++r)
            for (Eigen::Index c = 0; c < w.cols(); ++c)
                w(r, c) = random.uniform(-bound, bound);
        auto b = bias(l);
        for (Eigen::Index r = 0; r < b.size(); ++r)
            b(r) = random.uniform(-bound, bound);
    }
}

Eigen::MatrixXd Mlp::predict(const Eigen::MatrixXd& inputs) const
{
    if (inputs.rows() != inputSize())
        throw std::invalid_argument("gelulab: input rows differ from the network's input size");
    Eigen::MatrixXd a = inputs;
    for (int l = 0; l < linearLayerCount(); ++l) {
        Eigen::MatrixXd z = weight(l) * a;
        z.colwise() += bias(l);
        if (l + 1 < linearLayerCount()) {
            a.resize(z.rows(), z.cols());
            applyActivation(m_activation, asSpan(z), asSpan(a));
        } else {
            a = std::move(z);
        }
    }
    return a;
}

double Mlp::lossAndGradient(
    LossKind loss, const Eigen::MatrixXd& inputs, const Eigen::MatrixXd& targets, Eigen::VectorXd& gradient)
{
    if (inputs.rows() != inputSize())
        throw std::invalid_argument("gelulab: input rows differ from the network's input size");
    const int layers = linearLayerCount();
    const Eigen::Index n = inputs.cols();
    m_activations.resize(static_cast<std::size_t>(layers) + 1);
    m_derivatives.resize(static_cast<std::size_t>(layers));
    m_activations[0] = inputs;
    for (int l = 0; l < layers; ++l) {
        const auto i = static_cast<std::size_t>(l);
        Eigen::MatrixXd& out = m_activations[i + 1];
        if (l + 1 < layers) {
            m_preActivation.noalias() = weight(l) * m_activations[i];
            m_preActivation.colwise() += bias(l);
            out.resize(m_preActivation.rows(), n);
            m_derivatives[i].resize(m_preActivation.rows(), n);
            applyActivation(m_activation, asSpan(m_preActivation), asSpan(out), asSpan(m_derivatives[i]));
        } else {
            out.noalias() = weight(l) * m_activations[i];
            out.colwise() += bias(l);
        }
    }

    const double value = computeLoss(loss, m_activations.back(), targets, &m_delta);
    gradient.resize(m_parameters.size());
    for (int l = layers - 1; l >= 0; --l) {
        const auto i = static_cast<std::size_t>(l);
        const auto rows = m_sizes[i + 1];
        const auto cols = m_sizes[i];
        Eigen::Map<Eigen::MatrixXd> gradWeight(gradient.data() + weightOffset(l), rows, cols);
        Eigen::Map<Eigen::VectorXd> gradBias(gradient.data() + biasOffset(l), rows);
        gradWeight.noalias() = m_delta * m_activations[i].transpose();
        gradBias = m_delta.rowwise().sum();
        if (l > 0) {
            m_previousDelta.noalias() = weight(l).transpose() * m_delta;
            m_previousDelta.array() *= m_derivatives[i - 1].array();
            m_delta.swap(m_previousDelta);
        }
    }
    return value;
}

} // namespace gelulab
