// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include "gelulab/activations.h"

#include "gelulab/vectorstate.h"

#include "geluconstants.h"

#include <cmath>
#include <stdexcept>

namespace gelulab {

namespace {

    using namespace geluconstants;

    void requireSameSize(std::size_t in, std::size_t out)
    {
        clearUpperVectorState(); // every batch form starts here: libm at full speed on any thread
        if (in != out)
            throw std::invalid_argument("gelulab: output span size differs from input span size");
    }

    // The tanh variant is x·σ(g) with g = 2√(2/π)(x + a·x³), since 1 + tanh(u) = 2σ(2u); this avoids
    // the cancellation in 1 + tanh(u) for u ≪ 0.
    double tanhArgument(double x) { return 2.0 * kSqrt2OverPi * x * std::fma(kTanhA * x, x, 1.0); }
    double tanhArgumentDerivative(double x) { return 2.0 * kSqrt2OverPi * std::fma(3.0 * kTanhA * x, x, 1.0); }

    // σ(z) and σ(−z) = 1 − σ(z) from a single exp, both with full relative precision.
    struct SigmoidPair {
        double s;
        double sc;
    };
    SigmoidPair sigmoidPair(double z)
    {
        const double e = std::exp(-std::fabs(z)); // in (0, 1]: no overflow
        const double r = 1.0 / (1.0 + e);
        if (z >= 0.0)
            return { r, e * r };
        if (z < 0.0)
            return { e * r, r };
        return { z, z }; // NaN
    }

} // namespace

std::optional<GeluMode> parseGeluMode(std::string_view name)
{
    if (name == "exact" || name == "none")
        return GeluMode::Exact;
    if (name == "tanh")
        return GeluMode::Tanh;
    if (name == "sigmoid")
        return GeluMode::Sigmoid;
    return std::nullopt;
}

std::string_view geluModeName(GeluMode mode)
{
    switch (mode) {
    case GeluMode::Exact:
        return "exact";
    case GeluMode::Tanh:
        return "tanh";
    case GeluMode::Sigmoid:
        return "sigmoid";
    }
    return "exact";
}

double normalCdf(double x)
{
    // z = −x/√2 in double-double; erfc(z_hi + z_lo) ≈ erfc(z_hi) − z_lo·(2/√π)·e^(−z_hi²).
    // The correction matters only in the lower tail, where erfc's relative slope is ≈ 2z.
    const double zHi = -x * kInvSqrt2Hi;
    const double value = 0.5 * std::erfc(zHi);
    if (!(x < -3.0) || std::isinf(x))
        return value;
    const double zLo = std::fma(-x, kInvSqrt2Hi, -zHi) - x * kInvSqrt2Lo;
    return value - zLo * kInvSqrtPi * std::exp(-zHi * zHi);
}

double normalPdf(double x)
{
    const double ax = std::fabs(x);
    if (ax > 40.0) // e^(−800) is below the smallest subnormal; also keeps x² from overflowing
        return 0.0;
    // x² = sq + err exactly; e^(−sq/2 − err/2) ≈ e^(−sq/2)·(1 − err/2) keeps φ exact to a few ulp.
    const double sq = x * x;
    const double err = std::fma(x, x, -sq);
    return kInvSqrt2Pi * std::exp(-0.5 * sq) * (1.0 - 0.5 * err);
}

double sigmoid(double z)
{
    if (z >= 0.0)
        return 1.0 / (1.0 + std::exp(-z));
    const double e = std::exp(z); // z < 0 or NaN: e/(1 + e) keeps relative precision as e → 0
    return e / (1.0 + e);
}

double relu(double x) { return x > 0.0 ? x : (std::isnan(x) ? x : 0.0); }

double reluDerivative(double x) { return x > 0.0 ? 1.0 : (std::isnan(x) ? x : 0.0); }

double gelu(double x, GeluMode mode)
{
    if (std::isinf(x))
        return x > 0.0 ? x : 0.0;
    switch (mode) {
    case GeluMode::Exact:
        return x * normalCdf(x);
    case GeluMode::Tanh:
        return x * sigmoid(tanhArgument(x));
    case GeluMode::Sigmoid:
        return x * sigmoid(kSigmoidK * x);
    }
    return x * normalCdf(x);
}

double geluDerivative(double x, GeluMode mode)
{
    if (std::fabs(x) > kSaturated)
        return x > 0.0 ? 1.0 : 0.0;
    switch (mode) {
    case GeluMode::Exact:
        return normalCdf(x) + x * normalPdf(x);
    case GeluMode::Tanh: {
        // d/dx x·σ(g) = σ(g)·(1 + x·σ(−g)·g'); σ(−g) stands for 1 − σ(g) without its cancellation.
        const auto [s, sc] = sigmoidPair(tanhArgument(x));
        return s * (1.0 + x * sc * tanhArgumentDerivative(x));
    }
    case GeluMode::Sigmoid: {
        const double z = kSigmoidK * x;
        const auto [s, sc] = sigmoidPair(z);
        return s * (1.0 + z * sc);
    }
    }
    return 0.0;
}

double geluSecondDerivative(double x, GeluMode mode)
{
    if (std::fabs(x) > kSaturated)
        return 0.0;
    switch (mode) {
    case GeluMode::Exact:
        return normalPdf(x) * (2.0 - x * x);
    case GeluMode::Tanh: {
        // With s = σ(g): s' = s(1−s)g', s'' = s(1−s)((1−2s)g'² + g''), f'' = 2s' + x·s''.
        const auto [s, sc] = sigmoidPair(tanhArgument(x));
        const double gp = tanhArgumentDerivative(x);
        const double gpp = 12.0 * kSqrt2OverPi * kTanhA * x;
        return s * sc * (2.0 * gp + x * ((sc - s) * gp * gp + gpp));
    }
    case GeluMode::Sigmoid: {
        const double z = kSigmoidK * x;
        const auto [s, sc] = sigmoidPair(z);
        return kSigmoidK * s * sc * (2.0 + z * (sc - s));
    }
    }
    return 0.0;
}

void gelu(std::span<const double> x, std::span<double> out, GeluMode mode)
{
    requireSameSize(x.size(), out.size());
    for (std::size_t i = 0; i < x.size(); ++i)
        out[i] = gelu(x[i], mode);
}

void geluDerivative(std::span<const double> x, std::span<double> out, GeluMode mode)
{
    requireSameSize(x.size(), out.size());
    for (std::size_t i = 0; i < x.size(); ++i)
        out[i] = geluDerivative(x[i], mode);
}

void geluWithDerivative(std::span<const double> x, std::span<double> value, std::span<double> derivative,
                        GeluMode mode)
{
    requireSameSize(x.size(), value.size());
    requireSameSize(x.size(), derivative.size());
    // Both results share the expensive part (Φ, or one exp for σ(g) and σ(−g)): compute it once.
    for (std::size_t i = 0; i < x.size(); ++i) {
        const double xi = x[i];
        if (std::fabs(xi) > kSaturated) { // also ±inf
            value[i] = gelu(xi, mode);
            derivative[i] = geluDerivative(xi, mode);
            continue;
        }
        switch (mode) {
        case GeluMode::Exact: {
            const double cdf = normalCdf(xi);
            value[i] = xi * cdf;
            derivative[i] = cdf + xi * normalPdf(xi);
            break;
        }
        case GeluMode::Tanh: {
            const double g = tanhArgument(xi);
            const auto [s, sc] = sigmoidPair(g);
            value[i] = xi * s;
            derivative[i] = s * (1.0 + xi * sc * tanhArgumentDerivative(xi));
            break;
        }
        case GeluMode::Sigmoid: {
            const double z = kSigmoidK * xi;
            const auto [s, sc] = sigmoidPair(z);
            value[i] = xi * s;
            derivative[i] = s * (1.0 + z * sc);
            break;
        }
        }
    }
}

void relu(std::span<const double> x, std::span<double> out)
{
    requireSameSize(x.size(), out.size());
    for (std::size_t i = 0; i < x.size(); ++i)
        out[i] = relu(x[i]);
}

void reluDerivative(std::span<const double> x, std::span<double> out)
{
    requireSameSize(x.size(), out.size());
    for (std::size_t i = 0; i < x.size(); ++i)
        out[i] = reluDerivative(x[i]);
}

} // namespace gelulab
