// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "gelulab/keypoints.h"

#include <cstddef>
#include <span>
#include <vector>

namespace gelulab {

// Where to evaluate a curve drawn over [from, to] on a plot pixelWidth pixels wide: min(requested,
// 2·pixelWidth + 1) evenly spaced points (at least 2, both ends included), so drawing cost follows
// the screen and not the requested density; plus x = 0 exactly when 0 lies strictly inside, so
// ReLU's kink is drawn sharp. Sorted ascending. Requires finite from < to.
std::vector<double> plotSamples(double from, double to, std::size_t requested, double pixelWidth);

// ReLU′ as drawn: (x, ReLU′(x)) for each sample, and right after x = 0 (where ReLU′(0) = 0, PyTorch's
// convention) the point (smallest double above 0, 1), so the jump is a vertical step, not a slope.
// Every point still satisfies y = reluDerivative(x).
std::vector<CurvePoint> reluDerivativeCurve(std::span<const double> xs);

// The vertices of a polyline (in pixels) worth stroking: drops each point that lies within
// `tolerance` of the line through its run's first segment (Reumann–Witkam, one pass), so the
// drawn line moves by at most ~2·tolerance while straight stretches shrink to a few vertices —
// matplotlib's path simplification, in spirit. A step backwards along the run (ReLU′'s vertical
// jump returning) always starts a new run. First and last points are kept; fewer than 3 points
// are returned as they are.
std::vector<CurvePoint> simplifyPolyline(std::span<const CurvePoint> line, double tolerance);

} // namespace gelulab
