// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#pragma once

namespace gelulab {

// An x (or y) interval as the user set it.
struct ValueRange {
    double from = -3.0;
    double to = 3.0;
};

// Which end of a range the user just moved; the other end is the one that gives way.
enum class RangeEnd { From, To };

// The smallest span allowed around values of this size: a 1-2-5 step ≥ max(0.01, 1e-3·magnitude),
// so both ends stay distinct on a 0.01 grid and the axis labels can tell them apart.
double minimumSpan(double magnitude);

// The range the user asked for, made valid: both ends inside [limits.from, limits.to] (which must
// be wider than the minimum span), and from < to with to − from ≥ minimumSpan(max(|from|, |to|)).
// The end the user moved keeps its value when it can; the other end gives way. NaN ends fall back
// to the limits.
ValueRange constrainRange(ValueRange wanted, RangeEnd moved, ValueRange limits);

} // namespace gelulab
