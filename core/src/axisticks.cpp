// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include "gelulab/axisticks.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <limits>

namespace gelulab {

namespace {

// 10^k, exact for k ≥ 0 up to 22; for k < 0 callers divide by 10^−k, which rounds once.
double pow10(int k)
{
    return std::pow(10.0, k);
}

// m·i·10^k computed so that decimal multiples come out as the nearest double (3 × 0.1 → 0.3).
double multiple(long long i, int mantissa, int exponent)
{
    const auto count = static_cast<double>(i * mantissa);
    return exponent >= 0 ? count * pow10(exponent) : count / pow10(-exponent);
}

int decade(double positive)
{
    return static_cast<int>(std::floor(std::log10(positive)));
}

std::string fixed(double value, int decimals)
{
    std::array<char, 64> buffer {};
    std::snprintf(buffer.data(), buffer.size(), "%.*f", decimals, value);
    std::string text(buffer.data());
    // "-0", "-0.00" read as a negative zero tick; a zero tick is just "0…".
    if (text.front() == '-' && text.find_first_not_of("-0.") == std::string::npos)
        text.erase(0, 1);
    return text;
}

} // namespace

AxisRange paddedRange(double low, double high, double padFraction)
{
    if (!std::isfinite(low) || !std::isfinite(high))
        return { -1.0, 1.0 };
    if (high < low)
        std::swap(low, high);
    const double magnitude = std::max(std::fabs(low), std::fabs(high));
    const double span = high - low;
    if (std::fpclassify(magnitude) == FP_ZERO) // all zeros: a symmetric axis around the zero line
        return { -1.0, 1.0 };
    if (span <= 1e-12 * magnitude) {
        // A constant: pad by a tenth of its size so the line sits inside a readable axis.
        const double centre = 0.5 * (low + high);
        const double pad = 0.1 * magnitude;
        return { centre - pad, centre + pad };
    }
    const double pad = padFraction * span;
    return { low - pad, high + pad };
}

double niceStep(double rawStep)
{
    if (!(rawStep > 0.0) || !std::isfinite(rawStep))
        return 1.0;
    const int k = decade(rawStep);
    for (const int m : { 1, 2, 5, 10 }) {
        const double candidate = multiple(1, m, k);
        if (candidate >= rawStep * (1.0 - 1e-12))
            return candidate;
    }
    return multiple(1, 1, k + 1);
}

AxisTicks ticksWithStep(double min, double max, int stepMantissa, int stepExponent)
{
    AxisTicks ticks;
    ticks.stepMantissa = stepMantissa;
    ticks.stepExponent = stepExponent;
    ticks.step = multiple(1, stepMantissa, stepExponent);
    const double step = ticks.step;
    const double first = std::ceil(min / step - 1e-9);
    const double last = std::floor(max / step + 1e-9);
    if (!(last - first < 1000.0)) // absurd request: no ticks rather than a million
        return ticks;
    for (auto i = static_cast<long long>(first); i <= static_cast<long long>(last); ++i)
        ticks.values.push_back(multiple(i, stepMantissa, stepExponent));
    if (ticks.values.empty())
        return ticks;

    // The step's own decade: step = m·10^k, m ∈ {1, 2, 5}; 10 is normalised away.
    int k = stepExponent;
    if (stepMantissa == 10)
        ++k;
    double maxAbs = 0.0;
    for (const double v : ticks.values)
        maxAbs = std::max(maxAbs, std::fabs(v));

    int decimals = std::max(0, -k);
    if (maxAbs > 0.0 && decade(maxAbs) - k >= 6) {
        // 1 + 1e-14 and its neighbours: labels relative to a round offset just below the first tick.
        const double unit = multiple(1, 1, k + 1);
        ticks.offset = std::floor(ticks.values.front() / unit) * unit;
        ticks.exponent = k;
        decimals = 0;
    } else if (maxAbs > 0.0 && (k < -3 || decade(maxAbs) >= 6)) {
        // Tiny (the far tail) or huge values: scaled units, labels of one to four digits.
        ticks.exponent = decade(maxAbs);
        decimals = std::max(0, ticks.exponent - k);
    }
    for (const double v : ticks.values) {
        double scaled = v - ticks.offset;
        if (ticks.exponent != 0)
            scaled = ticks.exponent > 0 ? scaled / pow10(ticks.exponent) : scaled * pow10(-ticks.exponent);
        ticks.labels.push_back(fixed(scaled, decimals));
    }
    return ticks;
}

AxisTicks fitTicks(double min, double max, double lengthPx,
    const std::function<double(std::string_view)>& labelExtent, double minPitchPx, double gapPx)
{
    const double span = max - min;
    if (!(span > 0.0) || !std::isfinite(span) || !(lengthPx > 0.0))
        return {};
    // Start at the step that would put ticks minPitchPx apart and walk up the 1-2-5 ladder.
    const double start = niceStep(span * std::max(minPitchPx, 1.0) / lengthPx);
    int k = decade(start);
    int m = static_cast<int>(std::lround(start / multiple(1, 1, k)));
    AxisTicks ticks;
    for (int attempt = 0; attempt < 40; ++attempt) {
        ticks = ticksWithStep(min, max, m, k);
        const double pitch = ticks.step / span * lengthPx;
        double widest = 0.0;
        for (const std::string& label : ticks.labels)
            widest = std::max(widest, labelExtent(label));
        if (ticks.values.size() <= 1 || pitch >= std::max(minPitchPx, widest + gapPx))
            return ticks;
        if (m == 1) {
            m = 2;
        } else if (m == 2) {
            m = 5;
        } else {
            m = 1;
            ++k;
        }
    }
    return ticks;
}

std::string powerOfTen(int exponent)
{
    static constexpr std::array<const char*, 10> digits
        = { "⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹" };
    std::string text = "10";
    if (exponent < 0)
        text += "⁻";
    const std::string magnitude = std::to_string(exponent < 0 ? -static_cast<long long>(exponent) : exponent);
    for (const char c : magnitude)
        text += digits[static_cast<std::size_t>(c - '0')];
    return text;
}

std::string axisTitle(std::string_view name, const AxisTicks& ticks)
{
    std::string title(name);
    if (std::fpclassify(ticks.offset) != FP_ZERO) {
        // The offset is a multiple of 10^(k+1): print it with just enough digits.
        const int digits = std::max(1, decade(std::fabs(ticks.offset)) - ticks.exponent);
        std::array<char, 64> buffer {};
        std::snprintf(buffer.data(), buffer.size(), "%.*g", std::min(digits, 17), std::fabs(ticks.offset));
        title += ticks.offset > 0.0 ? " − " : " + ";
        title += buffer.data();
    }
    if (ticks.exponent != 0)
        title += " (×" + powerOfTen(ticks.exponent) + ")";
    return title;
}

std::string formatSignificant(double value, int digits)
{
    if (std::isnan(value))
        return "nan";
    if (std::isinf(value))
        return value > 0 ? "inf" : "-inf";
    digits = std::clamp(digits, 1, 17);
    std::array<char, 64> buffer {};
    const double magnitude = std::fabs(value);
    if (std::fpclassify(magnitude) == FP_ZERO) {
        return digits > 1 ? "0." + std::string(static_cast<std::size_t>(digits - 1), '0') : "0";
    }
    if (magnitude >= 1e-4 && magnitude < 1e6) {
        // %#g keeps trailing zeros; the '#' also keeps a lone trailing '.', which we drop.
        std::snprintf(buffer.data(), buffer.size(), "%#.*g", digits, value);
        std::string text(buffer.data());
        if (text.back() == '.')
            text.pop_back();
        return text;
    }
    std::snprintf(buffer.data(), buffer.size(), "%.*e", digits - 1, value);
    return buffer.data();
}

} // namespace gelulab
