// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <gelulab/activations.h>
#include <gelulab/xrange.h>

#include <cstddef>

// What the curve explorer shows: the controls write it, the charts draw it. Plain data, so a chart
// can be driven (and exported) without the control panel.
struct CurveExplorerState {
    gelulab::GeluMode mode = gelulab::GeluMode::Exact;
    gelulab::ValueRange x { -3.0, 3.0 };
    std::size_t density = 2000; // points requested; drawing caps it at ~2 per pixel column

    bool showGelu = true;
    bool showDerivative = true;
    bool showRelu = true;
    bool showReluDerivative = false;
    bool showNormalCdf = false;
    bool compare = false; // all three variants at once
    bool showKeyPoints = true;

    bool autoY = true;
    gelulab::ValueRange y { -0.5, 3.0 }; // used when autoY is off

    bool logError = false; // error chart: log10 |variant − exact| instead of the signed difference

    static constexpr gelulab::ValueRange xLimits { -20.0, 20.0 };
    static constexpr gelulab::ValueRange yLimits { -100.0, 100.0 };
};
