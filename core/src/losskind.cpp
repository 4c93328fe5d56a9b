// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include "gelulab/losskind.h"

#include "gelulab/activations.h"

#include <cmath>
#include <stdexcept>

namespace gelulab {

namespace {

int classIndex(double label, Eigen::Index classes)
{
    if (!(label >= 0.0 && label < static_cast<double>(classes)))
        throw std::invalid_argument("gelulab: class label out of range");
    const int index = static_cast<int>(label);
    if (static_cast<double>(index) < label) // a fraction such as 0.5 is no class
        throw std::invalid_argument("gelulab: class label is not a whole number");
    return index;
}

} // namespace

std::optional<LossKind> parseLossKind(std::string_view name)
{
    if (name == "cross_entropy")
        return LossKind::CrossEntropy;
    if (name == "mse")
        return LossKind::Mse;
    return std::nullopt;
}

std::string_view lossKindName(LossKind kind)
{
    return kind == LossKind::Mse ? "mse" : "cross_entropy";
}

double computeLoss(
    LossKind kind, const Eigen::MatrixXd& outputs, const Eigen::MatrixXd& targets, Eigen::MatrixXd* gradient)
{
    const Eigen::Index k = outputs.rows();
    const Eigen::Index n = outputs.cols();
    if (n == 0 || k == 0)
        throw std::invalid_argument("gelulab: loss of an empty batch");
    if (gradient)
        gradient->resize(k, n);
    const double invN = 1.0 / static_cast<double>(n);

    if (kind == LossKind::Mse) {
        if (targets.rows() != k || targets.cols() != n)
            throw std::invalid_argument("gelulab: mse targets differ in shape from the outputs");
        const double invCount = 1.0 / static_cast<double>(k * n);
        const Eigen::MatrixXd diff = outputs - targets;
        if (gradient)
            *gradient = (2.0 * invCount) * diff;
        return diff.squaredNorm() * invCount;
    }

    if (targets.rows() != 1 || targets.cols() != n)
        throw std::invalid_argument("gelulab: cross-entropy needs one class label per sample");
    double sum = 0.0;
    if (k == 1) {
        for (Eigen::Index i = 0; i < n; ++i) {
            const double z = outputs(0, i);
            const double y = classIndex(targets(0, i), 2);
            // PyTorch's BCEWithLogits form: no overflow for any z, exact for |z| in the hundreds.
            sum += std::fmax(z, 0.0) - z * y + std::log1p(std::exp(-std::fabs(z)));
            // σ(z) − y written as −σ(−z) for y = 1 keeps relative precision when σ(z) is near 1.
            if (gradient)
                (*gradient)(0, i) = (y > 0.5 ? -sigmoid(-z) : sigmoid(z)) * invN;
        }
        return sum * invN;
    }
    for (Eigen::Index i = 0; i < n; ++i) {
        const int y = classIndex(targets(0, i), k);
        const auto z = outputs.col(i);
        Eigen::Index best = 0;
        const double top = z.maxCoeff(&best);
        // loss = log Σ e^(z_j) − z_y = (top − z_y) + log1p(s), s = Σ_{j≠best} e^(z_j − top) ≤ K − 1:
        // no overflow, and log1p keeps a tiny loss (y = best, s ≪ 1) exact instead of rounding to 0.
        double others = 0.0;
        for (Eigen::Index j = 0; j < k; ++j) {
            if (j != best)
                others += std::exp(z(j) - top);
        }
        sum += (top - z(y)) + std::log1p(others);
        if (gradient) {
            const double scale = invN / (1.0 + others);
            for (Eigen::Index j = 0; j < k; ++j)
                (*gradient)(j, i) = (j == best ? 1.0 : std::exp(z(j) - top)) * scale;
            // softmax_y − 1 = −s/(1 + s) when y is the largest logit, without cancellation.
            (*gradient)(y, i) = y == best ? -others * scale : (*gradient)(y, i) - invN;
        }
    }
    return sum * invN;
}

} // namespace gelulab
