// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace gelulab {

// The three GELU variants PyTorch and the literature use.
enum class GeluMode {
    Exact, // x·Φ(x)                                  (PyTorch approximate='none')
    Tanh, // 0.5·x·(1 + tanh(√(2/π)(x + 0.044715x³))) (PyTorch approximate='tanh')
    Sigmoid, // x·σ(1.702x)                            (Hendrycks & Gimpel's cheaper form)
};

inline constexpr GeluMode allGeluModes[] = { GeluMode::Exact, GeluMode::Tanh, GeluMode::Sigmoid };

// "exact" (alias "none", as in PyTorch), "tanh", "sigmoid"; anything else gives nullopt.
std::optional<GeluMode> parseGeluMode(std::string_view name);
// The canonical name: "exact", "tanh" or "sigmoid".
std::string_view geluModeName(GeluMode mode);

// Φ(x) = ½·erfc(−x/√2), the standard normal CDF. Domain: all x; Φ(−inf) = 0, Φ(+inf) = 1, NaN → NaN.
// erfc keeps full relative precision in the lower tail, where ½(1 + erf) rounds to 0 below x ≈ −8.
double normalCdf(double x);
// φ(x) = exp(−x²/2)/√(2π), the standard normal density. φ(±inf) = 0, NaN → NaN.
double normalPdf(double x);

// GELU in the chosen variant. Every variant: f(+inf) = +inf, f(−inf) = 0, f(0) = 0, NaN → NaN;
// relative error ≤ 2e-14 for |x| ≤ 5 and ≤ 1e-12 elsewhere against a 50-digit evaluation.
double gelu(double x, GeluMode mode);
// d/dx GELU. Exact: Φ(x) + x·φ(x). f'(+inf) = 1, f'(−inf) = 0, f'(0) = 0.5 exactly, NaN → NaN.
double geluDerivative(double x, GeluMode mode);
// d²/dx² GELU, used to locate inflection points and the derivative's extrema.
// Exact: φ(x)·(2 − x²). Tends to 0 at ±inf; NaN → NaN.
double geluSecondDerivative(double x, GeluMode mode);

// ReLU(x) = max(0, x); ReLU(NaN) = NaN.
double relu(double x);
// ReLU'(x) = 1 for x > 0, 0 for x ≤ 0 (PyTorch's convention ReLU'(0) = 0); NaN → NaN.
double reluDerivative(double x);

// σ(z) = 1/(1 + e^(−z)), evaluated without overflow and with full relative precision for z ≪ 0.
double sigmoid(double z);

// Batch forms: out[i] = f(x[i]). `out` must have the size of `x` (checked: std::invalid_argument).
void gelu(std::span<const double> x, std::span<double> out, GeluMode mode);
void geluDerivative(std::span<const double> x, std::span<double> out, GeluMode mode);
// Value and derivative in one pass (the exact variant computes Φ once for both).
void geluWithDerivative(std::span<const double> x, std::span<double> value, std::span<double> derivative,
                        GeluMode mode);
void relu(std::span<const double> x, std::span<double> out);
void reluDerivative(std::span<const double> x, std::span<double> out);

} // namespace gelulab
