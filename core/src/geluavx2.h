// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#pragma once

// Four-wide GELU kernels for the trainer's hot loop (internal to core). They use glibc's vector
// erfc and exp (libmvec, ≤ 4 ulp) and the same formulas as activations.cpp, so they meet the same
// accuracy bounds, but their last bits differ from the scalar functions: the curve explorer keeps
// the scalar path, so what it plots equals what its readouts print.
//
// Each kernel fills value[i] and, unless `derivative` is null, derivative[i] for i < n, n a multiple
// of 4, for ordinary inputs
// (|x| ≤ 1e10). Lanes holding NaN, ±inf or larger |x| get unspecified numbers (no trap, no UB):
// the caller overwrites them with the scalar functions' limits.

#include <cstddef>

namespace gelulab::avx2 {

// Whether this build has the kernels and this CPU can run them (AVX2 and FMA); checked once.
bool available();

void exactGelu(const double* x, double* value, double* derivative, std::size_t n);
void tanhGelu(const double* x, double* value, double* derivative, std::size_t n);
void sigmoidGelu(const double* x, double* value, double* derivative, std::size_t n);

} // namespace gelulab::avx2
