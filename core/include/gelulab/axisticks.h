// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace gelulab {

// A closed interval shown on an axis.
struct AxisRange {
    double min = 0.0;
    double max = 1.0;
};

// The axis range for data spanning [low, high]: widened by padFraction of the span on each side. A
// degenerate span (an all-zero series, a constant, or a span below ~1e-12 of the magnitude, where
// labels could not tell ticks apart) is widened around its centre, to [−1, 1] for all zeros.
// Non-finite input gives [−1, 1].
AxisRange paddedRange(double low, double high, double padFraction = 0.05);

// Ticks on round numbers: every multiple of step = m·10^k (m ∈ {1, 2, 5}) inside [min, max], with
// labels that say (value − offset) / 10^exponent. Plain labels have offset 0 and exponent 0; a span
// of tiny values (the far tail, ~1e-20) gets exponent = the values' decade ("−5 … 0 ×10⁻¹⁵"), and a
// span tiny next to its magnitude (1 + 1e-14 …) gets an offset so the labels stay short.
struct AxisTicks {
    std::vector<double> values;
    std::vector<std::string> labels; // one per value, ASCII ('-' for minus), never "-0"
    double step = 1.0;
    int stepMantissa = 1; // m
    int stepExponent = 0; // k
    double offset = 0.0;
    int exponent = 0;
};

// The smallest 1, 2 or 5 × 10^k that is ≥ rawStep (> 0 and finite; otherwise 1).
double niceStep(double rawStep);

// Ticks with exactly the given step = mantissa·10^exponent over [min, max], labelled as above.
AxisTicks ticksWithStep(double min, double max, int stepMantissa, int stepExponent);

// The densest round ticks over [min, max] whose labels do not overlap on an axis lengthPx long:
// adjacent ticks are at least max(minPitchPx, widest label + gapPx) apart, where labelExtent gives
// a label's size along the axis (its width on a horizontal axis, its height on a vertical one).
// Falls back to the coarsest step (one tick, or none) when nothing fits.
AxisTicks fitTicks(double min, double max, double lengthPx,
    const std::function<double(std::string_view)>& labelExtent, double minPitchPx, double gapPx);

// "10⁻¹⁵" (UTF-8 superscripts, a real minus sign).
std::string powerOfTen(int exponent);

// The axis title that makes the labels readable: "y", "y (×10⁻¹⁵)", "y − 1 (×10⁻¹⁴)".
std::string axisTitle(std::string_view name, const AxisTicks& ticks);

// value with `digits` significant digits, trailing zeros kept ("-0.1700", "1.414", "4.730e-04"):
// fixed notation for 1e-4 ≤ |value| < 1e6, scientific otherwise; ASCII '-'.
std::string formatSignificant(double value, int digits);

} // namespace gelulab
