// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include "gelulab/plotsampling.h"

#include "gelulab/activations.h"
#include "gelulab/sampling.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace gelulab {

std::vector<double> plotSamples(double from, double to, std::size_t requested, double pixelWidth)
{
    if (!std::isfinite(from) || !std::isfinite(to) || !(from < to))
        throw std::invalid_argument("gelulab: plotSamples needs finite from < to");
    const double columns = std::isfinite(pixelWidth) ? std::clamp(pixelWidth, 1.0, 1e6) : 1.0;
    const auto perPixel = static_cast<std::size_t>(2.0 * std::ceil(columns)) + 1;
    const std::size_t n = std::max<std::size_t>(2, std::min(requested, perPixel));
    std::vector<double> xs = linspace(from, to, n);
    if (from < 0.0 && 0.0 < to) {
        const auto at = std::lower_bound(xs.begin(), xs.end(), 0.0);
        const double step = (to - from) / static_cast<double>(n - 1);
        // A sample within rounding of 0 (−3 … 3 in 601 steps gives ±1e-16) becomes 0 itself.
        if (std::fabs(*at) < 1e-9 * step)
            *at = 0.0;
        else if (at != xs.begin() && std::fabs(*(at - 1)) < 1e-9 * step)
            *(at - 1) = 0.0;
        else
            xs.insert(at, 0.0);
    }
    return xs;
}

std::vector<CurvePoint> reluDerivativeCurve(std::span<const double> xs)
{
    std::vector<CurvePoint> points;
    points.reserve(xs.size() + 1);
    const double justAboveZero = std::nextafter(0.0, 1.0);
    for (std::size_t i = 0; i < xs.size(); ++i) {
        const double x = xs[i];
        points.push_back({ x, reluDerivative(x) });
        const bool nextIsAboveZero = i + 1 < xs.size() && xs[i + 1] > justAboveZero;
        if (std::fpclassify(x) == FP_ZERO && nextIsAboveZero) // plotSamples puts 0 in exactly
            points.push_back({ justAboveZero, reluDerivative(justAboveZero) });
    }
    return points;
}

std::vector<CurvePoint> simplifyPolyline(std::span<const CurvePoint> line, double tolerance)
{
    const std::size_t n = line.size();
    if (n < 3)
        return { line.begin(), line.end() };
    std::vector<CurvePoint> out;
    out.reserve(n / 4 + 2);
    out.push_back(line[0]);
    std::size_t origin = 0;
    while (origin < n - 1) {
        const CurvePoint o = line[origin];
        const double dx = line[origin + 1].x - o.x;
        const double dy = line[origin + 1].y - o.y;
        const double length = std::hypot(dx, dy);
        std::size_t next = origin + 1;
        if (length > 0.0) {
            const double nx = -dy / length;
            const double ny = dx / length;
            while (next + 1 < n) {
                const CurvePoint p = line[next + 1];
                if (std::fabs((p.x - o.x) * nx + (p.y - o.y) * ny) > tolerance)
                    break;
                const double stepX = p.x - line[next].x;
                const double stepY = p.y - line[next].y;
                if (stepX * dx + stepY * dy < 0.0)
                    break;
                ++next;
            }
        }
        out.push_back(line[next]);
        origin = next;
    }
    return out;
}

} // namespace gelulab
