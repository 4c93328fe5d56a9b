// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "gelulab/activationkind.h"
#include "gelulab/losskind.h"

#include <Eigen/Core>

#include <cstdint>
#include <vector>

namespace gelulab {

// A multilayer perceptron in double precision: linear layers y = W·x + b (W is out × in, as
// nn.Linear.weight), the chosen activation after every hidden layer, a linear output layer.
// Samples are the columns of the input matrix. All parameters live in one vector, layer by layer,
// each layer's weight (column-major) then its bias, so optimizers work on a single array.
class Mlp {
public:
    // layerSizes = { inputs, hidden..., outputs }, at least two entries, each ≥ 1
    // (std::invalid_argument otherwise). Parameters start at zero.
    Mlp(std::vector<int> layerSizes, ActivationKind activation);

    // nn.Linear's default initialization: every weight and bias of a layer uniform on
    // [−1/√fan_in, 1/√fan_in), drawn layer by layer, weight rows then bias, from RandomSource(seed).
    void initialize(std::uint64_t seed);

    const std::vector<int>& layerSizes() const { return m_sizes; }
    int inputSize() const { return m_sizes.front(); }
    int outputSize() const { return m_sizes.back(); }
    int linearLayerCount() const { return static_cast<int>(m_sizes.size()) - 1; }
    ActivationKind activation() const { return m_activation; }
    void setActivation(ActivationKind activation) { m_activation = activation; }

    Eigen::VectorXd& parameters() { return m_parameters; }
    const Eigen::VectorXd& parameters() const { return m_parameters; }
    Eigen::Map<Eigen::MatrixXd> weight(int layer);
    Eigen::Map<const Eigen::MatrixXd> weight(int layer) const;
    Eigen::Map<Eigen::VectorXd> bias(int layer);
    Eigen::Map<const Eigen::VectorXd> bias(int layer) const;

    // The outputs (outputSize × N) for inputs (inputSize × N).
    Eigen::MatrixXd predict(const Eigen::MatrixXd& inputs) const;

    // Forward and backward pass: returns the loss and stores ∂loss/∂parameters in `gradient`
    // (same layout as parameters()). Reuses internal buffers, so it is not const.
    double lossAndGradient(LossKind loss, const Eigen::MatrixXd& inputs, const Eigen::MatrixXd& targets,
        Eigen::VectorXd& gradient);

private:
    Eigen::Index weightOffset(int layer) const { return m_offsets[static_cast<std::size_t>(layer)]; }
    Eigen::Index biasOffset(int layer) const;

    std::vector<int> m_sizes;
    std::vector<Eigen::Index> m_offsets;
    ActivationKind m_activation;
    Eigen::VectorXd m_parameters;
    // Forward-pass buffers kept between calls to avoid allocation in the training loop.
    std::vector<Eigen::MatrixXd> m_activations; // A_0 = input, A_l = f(Z_l), last = outputs
    std::vector<Eigen::MatrixXd> m_derivatives; // f'(Z_l) for hidden layers
    Eigen::MatrixXd m_preActivation;
    Eigen::MatrixXd m_delta;
    Eigen::MatrixXd m_previousDelta;
};

} // namespace gelulab
