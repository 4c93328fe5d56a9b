// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include "gelulab/activationkind.h"

#include "gelulab/activations.h"
#include "gelulab/vectorstate.h"

#include "geluavx2.h"
#include "geluconstants.h"

#include <cmath>
#include <stdexcept>

namespace gelulab {

namespace {

// The trainer spends most of a GELU network's step here: four lanes at a time through the AVX2
// kernels where the CPU has them, the scalar functions for the rest and for special inputs.
void applyGelu(
    GeluMode mode, std::span<const double> x, std::span<double> value, std::span<double> derivative)
{
    const bool wantDerivative = !derivative.empty();
    const std::size_t wide = avx2::available() ? x.size() / 4 * 4 : 0;
    if (wide > 0) {
        double* d = wantDerivative ? derivative.data() : nullptr;
        switch (mode) {
        case GeluMode::Exact:
            avx2::exactGelu(x.data(), value.data(), d, wide);
            break;
        case GeluMode::Tanh:
            avx2::tanhGelu(x.data(), value.data(), d, wide);
            break;
        case GeluMode::Sigmoid:
            avx2::sigmoidGelu(x.data(), value.data(), d, wide);
            break;
        }
        for (std::size_t i = 0; i < wide; ++i) {
            if (!(std::fabs(x[i]) <= geluconstants::kSaturated)) { // ±inf, NaN, saturated: the scalar limits
                const double xi = x[i];
                value[i] = gelu(xi, mode);
                if (wantDerivative)
                    derivative[i] = geluDerivative(xi, mode);
            }
        }
    }
    const auto rest = x.subspan(wide);
    if (wantDerivative)
        geluWithDerivative(rest, value.subspan(wide), derivative.subspan(wide), mode);
    else
        gelu(rest, value.subspan(wide), mode);
}

} // namespace

std::optional<ActivationKind> parseActivationKind(std::string_view name)
{
    for (const ActivationKind kind : allActivationKinds) {
        if (activationKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

std::string_view activationKindName(ActivationKind kind)
{
    switch (kind) {
    case ActivationKind::Gelu:
        return "gelu";
    case ActivationKind::GeluTanh:
        return "gelu_tanh";
    case ActivationKind::GeluSigmoid:
        return "gelu_sigmoid";
    case ActivationKind::Relu:
        return "relu";
    case ActivationKind::Tanh:
        return "tanh";
    case ActivationKind::Sigmoid:
        return "sigmoid";
    case ActivationKind::Linear:
        return "linear";
    }
    return "gelu";
}

void applyActivation(
    ActivationKind kind, std::span<const double> x, std::span<double> value, std::span<double> derivative)
{
    clearUpperVectorState(); // the non-GELU kinds call libm here too (tanh, exp)
    const bool wantDerivative = !derivative.empty();
    if (value.size() != x.size() || (wantDerivative && derivative.size() != x.size()))
        throw std::invalid_argument("gelulab: activation span sizes differ");
    const std::size_t n = x.size();
    switch (kind) {
    case ActivationKind::Gelu:
    case ActivationKind::GeluTanh:
    case ActivationKind::GeluSigmoid: {
        const GeluMode mode = kind == ActivationKind::Gelu ? GeluMode::Exact
            : kind == ActivationKind::GeluTanh             ? GeluMode::Tanh
                                                           : GeluMode::Sigmoid;
        applyGelu(mode, x, value, derivative);
        return;
    }
    case ActivationKind::Relu:
        if (wantDerivative) // first, so that x may alias value
            reluDerivative(x, derivative);
        relu(x, value);
        return;
    case ActivationKind::Tanh:
        for (std::size_t i = 0; i < n; ++i) {
            const double t = std::tanh(x[i]);
            value[i] = t;
            if (wantDerivative)
                derivative[i] = 1.0 - t * t;
        }
        return;
    case ActivationKind::Sigmoid:
        for (std::size_t i = 0; i < n; ++i) {
            const double s = sigmoid(x[i]);
            value[i] = s;
            if (wantDerivative)
                derivative[i] = s * (1.0 - s);
        }
        return;
    case ActivationKind::Linear:
        for (std::size_t i = 0; i < n; ++i) {
            value[i] = x[i];
            if (wantDerivative)
                derivative[i] = std::isnan(x[i]) ? x[i] : 1.0;
        }
        return;
    }
}

} // namespace gelulab
