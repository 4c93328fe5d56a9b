// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "gelulab/activations.h"

#include <array>

namespace gelulab {

struct CurvePoint {
    double x = 0.0;
    double y = 0.0;
};

// The landmarks of one GELU variant, located by bisection on the analytic derivatives to full
// double precision (no value here is typed in).
struct GeluKeyPoints {
    CurvePoint minimum; // f'(x) = 0 on x < 0; y = f(x), the deepest value (≈ −0.17 at x ≈ −0.75)
    std::array<CurvePoint, 2> inflections; // f''(x) = 0, left then right; y = f(x)
    CurvePoint derivativeMinimum; // the same x as inflections[0]; y = f'(x) < 0
    CurvePoint derivativeMaximum; // the same x as inflections[1]; y = f'(x) > 1
};

GeluKeyPoints geluKeyPoints(GeluMode mode);

// Which curve a comparison is about.
enum class CurveKind { Value, Derivative };

struct MaxDifference {
    double x = 0.0; // where |approx − exact| is largest in the range
    double difference = 0.0; // approx(x) − exact(x), signed
};

// The largest |variant − exact| (of the value or of the derivative) over [from, to], located by a
// dense scan refined by golden-section search. For the exact variant the difference is 0 at `from`.
// Requires finite from ≤ to (std::invalid_argument otherwise).
MaxDifference maxDifferenceFromExact(GeluMode mode, CurveKind kind, double from, double to);

} // namespace gelulab
