// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#pragma once

// Something Qt loads leaves the upper halves of the AVX registers dirty. Until a `vzeroupper`,
// every SSE-encoded libm call (glibc's exp, erfc, tanh: all of core's GELU math) pays a
// state-transition penalty on this Xeon: std::exp went from 8.5 ns to 240 ns a call after
// constructing a QApplication, making core ~20× slower inside the app than in its own tests.
// Call this before a batch of core math on the GUI thread. A no-op without AVX or off x86-64.
void clearUpperVectorState();
