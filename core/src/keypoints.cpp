// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include "gelulab/keypoints.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <stdexcept>

namespace gelulab {

namespace {

    using Function = std::function<double(double)>;

    // Bisection on [a, b] where f changes sign; runs until the midpoint is no longer strictly
    // between the ends, i.e. to the last bit.
    double bisect(const Function& f, double a, double b)
    {
        const bool negativeAtA = f(a) < 0.0;
        for (int i = 0; i < 200; ++i) {
            const double mid = 0.5 * (a + b);
            if (!(a < mid && mid < b))
                break;
            if ((f(mid) < 0.0) == negativeAtA)
                a = mid;
            else
                b = mid;
        }
        return 0.5 * (a + b);
    }

    // The first sign change of f on a grid over [a, b], refined by bisection.
    double firstRoot(const Function& f, double a, double b)
    {
        constexpr int steps = 256;
        double left = a;
        bool negativeLeft = f(a) < 0.0;
        for (int i = 1; i <= steps; ++i) {
            const double right = a + (b - a) * i / steps;
            const bool negativeRight = f(right) < 0.0;
            if (negativeRight != negativeLeft)
                return bisect(f, left, right);
            left = right;
        }
        throw std::logic_error("gelulab: no sign change where a GELU landmark was expected");
    }

    double difference(GeluMode mode, CurveKind kind, double x)
    {
        if (kind == CurveKind::Value)
            return gelu(x, mode) - gelu(x, GeluMode::Exact);
        return geluDerivative(x, mode) - geluDerivative(x, GeluMode::Exact);
    }

} // namespace

GeluKeyPoints geluKeyPoints(GeluMode mode)
{
    const Function first = [mode](double x) { return geluDerivative(x, mode); };
    const Function second = [mode](double x) { return geluSecondDerivative(x, mode); };

    // Every variant has f'(−3) < 0 < f'(0) and f'' > 0 on (−1, 1), f'' < 0 at ±4.
    const double xMin = firstRoot(first, -3.0, 0.0);
    const double xLeft = firstRoot(second, -4.0, 0.0);
    const double xRight = firstRoot(second, 0.0, 4.0);

    GeluKeyPoints points;
    points.minimum = { xMin, gelu(xMin, mode) };
    points.inflections = { CurvePoint { xLeft, gelu(xLeft, mode) }, CurvePoint { xRight, gelu(xRight, mode) } };
    points.derivativeMinimum = { xLeft, geluDerivative(xLeft, mode) };
    points.derivativeMaximum = { xRight, geluDerivative(xRight, mode) };
    return points;
}

MaxDifference maxDifferenceFromExact(GeluMode mode, CurveKind kind, double from, double to)
{
    if (!std::isfinite(from) || !std::isfinite(to) || to < from)
        throw std::invalid_argument("gelulab: maxDifferenceFromExact needs finite from <= to");

    constexpr int steps = 2000;
    const double step = (to - from) / steps;
    int best = 0;
    double bestAbs = -1.0;
    for (int i = 0; i <= steps; ++i) {
        const double x = i == steps ? to : from + step * i;
        const double d = std::fabs(difference(mode, kind, x));
        if (d > bestAbs) {
            bestAbs = d;
            best = i;
        }
    }

    // Golden-section search for the maximum of |d| within one grid step either side of the best sample.
    double a = std::max(from, from + step * (best - 1));
    double b = std::min(to, from + step * (best + 1));
    const auto magnitude = [&](double x) { return std::fabs(difference(mode, kind, x)); };
    constexpr double invPhi = 0.6180339887498949;
    double c = b - invPhi * (b - a);
    double d = a + invPhi * (b - a);
    double fc = magnitude(c);
    double fd = magnitude(d);
    for (int i = 0; i < 100 && c < d; ++i) {
        if (fc > fd) {
            b = d;
            d = c;
            fd = fc;
            c = b - invPhi * (b - a);
            fc = magnitude(c);
        } else {
            a = c;
            c = d;
            fc = fd;
            d = a + invPhi * (b - a);
            fd = magnitude(d);
        }
    }
    double xBest = best == steps ? to : from + step * best;
    for (const double candidate : { c, d }) {
        if (magnitude(candidate) > magnitude(xBest))
            xBest = candidate;
    }
    return { xBest, difference(mode, kind, xBest) };
}

} // namespace gelulab
