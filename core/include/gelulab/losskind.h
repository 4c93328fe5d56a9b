// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <Eigen/Core>

#include <optional>
#include <string_view>

namespace gelulab {

// The training loss, PyTorch's semantics with reduction='mean'.
enum class LossKind {
    // K ≥ 2 outputs: softmax cross-entropy against a class index 0..K−1 (nn.CrossEntropyLoss).
    // K = 1 output: sigmoid + binary cross-entropy against a class 0 or 1 (nn.BCEWithLogitsLoss).
    CrossEntropy,
    // Mean of (output − target)² over every output of every sample (nn.MSELoss).
    Mse,
};

// "cross_entropy", "mse"; anything else gives nullopt.
std::optional<LossKind> parseLossKind(std::string_view name);
std::string_view lossKindName(LossKind kind);

// The loss of a batch. `outputs` is K × N (one column per sample, the network's raw outputs, i.e.
// logits for cross-entropy); `targets` is 1 × N class indices for cross-entropy, K × N values for
// mse. When `gradient` is given it receives ∂loss/∂outputs (K × N).
//
// Cross-entropy uses log-sum-exp, loss = log Σ e^z − z_y with the maximum factored out, and for one
// output max(z, 0) − z·y + log1p(e^(−|z|)), so logits in the hundreds give the exact finite loss and
// gradient (softmax − onehot, or σ(z) − y, over N; tiny losses and gradients keep their relative precision).
// Class labels must be valid (std::invalid_argument). NaN or inf outputs give a NaN or inf loss; the caller
// treats that as divergence.
double computeLoss(LossKind kind, const Eigen::MatrixXd& outputs, const Eigen::MatrixXd& targets,
    Eigen::MatrixXd* gradient = nullptr);

} // namespace gelulab
