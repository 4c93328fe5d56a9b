// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace gelulab {

// The hidden-layer activation of a network. The GELU variants and ReLU come from activations.h.
enum class ActivationKind {
    Gelu, // x·Φ(x)                                 ("gelu", PyTorch nn.GELU())
    GeluTanh, // tanh approximation                   ("gelu_tanh", nn.GELU(approximate='tanh'))
    GeluSigmoid, // x·σ(1.702x)                       ("gelu_sigmoid")
    Relu, // max(0, x), ReLU'(0) = 0                  ("relu")
    Tanh, // tanh x                                   ("tanh")
    Sigmoid, // σ(x) = 1/(1 + e^(−x))                 ("sigmoid")
    Linear, // identity                               ("linear")
};

inline constexpr ActivationKind allActivationKinds[]
    = { ActivationKind::Gelu, ActivationKind::GeluTanh, ActivationKind::GeluSigmoid, ActivationKind::Relu,
          ActivationKind::Tanh, ActivationKind::Sigmoid, ActivationKind::Linear };

// The names in the comments above; anything else gives nullopt.
std::optional<ActivationKind> parseActivationKind(std::string_view name);
std::string_view activationKindName(ActivationKind kind);

// value[i] = f(x[i]) and, when `derivative` is not empty, derivative[i] = f'(x[i]).
// Spans must have equal sizes (std::invalid_argument otherwise) and must not overlap: the GELU
// approximations read x[i] again after writing value[i]. NaN in → NaN out.
// The GELU kinds run four-wide on CPUs with AVX2 (glibc's vector erfc and exp): as accurate as
// activations.h promises, but not bit-identical to its scalar functions.
void applyActivation(ActivationKind kind, std::span<const double> x, std::span<double> value,
    std::span<double> derivative = {});

} // namespace gelulab
