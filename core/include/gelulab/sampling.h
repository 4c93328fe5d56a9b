// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <vector>

namespace gelulab {

// n evenly spaced points from `from` to `to`, both ends included exactly (n = 1 gives {from}), as
// numpy.linspace: from + i·step. When to − from overflows, (1 − t)·from + t·to instead.
std::vector<double> linspace(double from, double to, std::size_t n);

} // namespace gelulab
