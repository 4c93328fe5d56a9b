// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#pragma once

// Something Qt loads leaves the upper halves of the AVX registers dirty. Until a `vzeroupper`,
// every SSE-encoded libm call (glibc's exp, erfc, tanh: all of core's GELU math) pays a
// state-transition penalty on this Xeon: std::exp went from 8.5 ns to 240 ns a call after
// constructing a QApplication, making core ~20× slower inside the app than in its own tests.
// Every batch function of core calls this first (one instruction), so callers on any thread —
// the GUI, the trainer's worker — get full speed. A no-op without AVX or off x86-64.
namespace gelulab {
void clearUpperVectorState();
} // namespace gelulab
