// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include "gelulab/xrange.h"

#include "gelulab/axisticks.h"

#include <algorithm>
#include <cmath>

namespace gelulab {

double minimumSpan(double magnitude)
{
    const double size = std::isfinite(magnitude) ? std::fabs(magnitude) : 0.0;
    return niceStep(std::max(0.01, 1e-3 * size));
}

ValueRange constrainRange(ValueRange wanted, RangeEnd moved, ValueRange limits)
{
    double from = std::isnan(wanted.from) ? limits.from : std::clamp(wanted.from, limits.from, limits.to);
    double to = std::isnan(wanted.to) ? limits.to : std::clamp(wanted.to, limits.from, limits.to);
    const auto span = [](double a, double b) { return minimumSpan(std::max(std::fabs(a), std::fabs(b))); };
    if (moved == RangeEnd::From) {
        // Keep `from`; push `to` up; at the upper limit pull `from` back instead.
        if (to - from < span(from, to))
            to = from + span(from, from + span(from, from));
        if (to > limits.to) {
            to = limits.to;
            from = to - span(to, to);
        }
    } else {
        if (to - from < span(from, to))
            from = to - span(to, to - span(to, to));
        if (from < limits.from) {
            from = limits.from;
            to = from + span(from, from);
        }
    }
    return { from, to };
}

} // namespace gelulab
