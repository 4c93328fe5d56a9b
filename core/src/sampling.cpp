// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include "gelulab/sampling.h"

#include <cmath>

namespace gelulab {

std::vector<double> linspace(double from, double to, std::size_t n)
{
    std::vector<double> points(n);
    if (n == 0)
        return points;
    points.front() = from;
    if (n == 1)
        return points;
    const double last = static_cast<double>(n - 1);
    const double span = to - from;
    if (std::isfinite(span)) {
        // numpy's form: round steps such as 0.5 give exact points (−3..3 in 13 steps hits −0.5, 0).
        const double step = span / last;
        for (std::size_t i = 1; i + 1 < n; ++i)
            points[i] = from + static_cast<double>(i) * step;
    } else {
        for (std::size_t i = 1; i + 1 < n; ++i) {
            const double t = static_cast<double>(i) / last;
            points[i] = (1.0 - t) * from + t * to; // cannot overflow when to − from does
        }
    }
    points.back() = to;
    return points;
}

} // namespace gelulab
