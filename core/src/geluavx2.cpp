// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include "geluavx2.h"

#include "geluconstants.h"

// Only the functions marked GELULAB_AVX2 use AVX2; the rest of this file, available() included,
// stays on the baseline instruction set, so it is safe to call on any x86-64 CPU.
#if defined(GELULAB_HAVE_LIBMVEC) && defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))

#include <immintrin.h>

#define GELULAB_AVX2 __attribute__((target("avx2,fma")))

// glibc's AVX2 vector math (libmvec, GLIBC_2.35), four doubles per call, ≤ 4 ulp.
extern "C" GELULAB_AVX2 __m256d _ZGVdN4v_erfc(__m256d);
extern "C" GELULAB_AVX2 __m256d _ZGVdN4v_exp(__m256d);

namespace gelulab::avx2 {

namespace {

using namespace geluconstants;

struct SigmoidPair {
    __m256d s; // σ(z)
    __m256d sc; // σ(−z) = 1 − σ(z), without the cancellation
};

// As sigmoidPair() in activations.cpp: one exp of −|z| ≤ 0, so nothing overflows.
GELULAB_AVX2 SigmoidPair sigmoidPair(__m256d z)
{
    const __m256d one = _mm256_set1_pd(1.0);
    const __m256d absZ = _mm256_andnot_pd(_mm256_set1_pd(-0.0), z);
    const __m256d e = _ZGVdN4v_exp(_mm256_sub_pd(_mm256_setzero_pd(), absZ));
    const __m256d r = _mm256_div_pd(one, _mm256_add_pd(one, e));
    const __m256d er = _mm256_mul_pd(e, r);
    const __m256d negative = _mm256_cmp_pd(z, _mm256_setzero_pd(), _CMP_LT_OQ);
    return { _mm256_blendv_pd(r, er, negative), _mm256_blendv_pd(er, r, negative) };
}

} // namespace

bool available()
{
    static const bool supported = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    return supported;
}

GELULAB_AVX2 void exactGelu(const double* x, double* value, double* derivative, std::size_t n)
{
    const __m256d half = _mm256_set1_pd(0.5);
    const __m256d one = _mm256_set1_pd(1.0);
    const __m256d lowerTail = _mm256_set1_pd(-3.0);
    for (std::size_t i = 0; i < n; i += 4) {
        const __m256d xi = _mm256_loadu_pd(x + i);
        const __m256d minusX = _mm256_sub_pd(_mm256_setzero_pd(), xi);
        // Φ(x) = ½·erfc(z), z = −x/√2 carried as zHi + zLo (see normalCdf()).
        const __m256d zHi = _mm256_mul_pd(minusX, _mm256_set1_pd(kInvSqrt2Hi));
        __m256d cdf = _mm256_mul_pd(half, _ZGVdN4v_erfc(zHi));
        // φ(x) with x² split exactly into sq + err (see normalPdf()).
        const __m256d sq = _mm256_mul_pd(xi, xi);
        const __m256d err = _mm256_fmsub_pd(xi, xi, sq);
        const __m256d gauss = _mm256_mul_pd(_ZGVdN4v_exp(_mm256_mul_pd(_mm256_set1_pd(-0.5), sq)),
            _mm256_fnmadd_pd(half, err, one)); // e^(−x²/2)
        const __m256d pdf = _mm256_mul_pd(_mm256_set1_pd(kInvSqrt2Pi), gauss);
        // The zLo correction of the lower tail. It needs e^(−zHi²), which differs from e^(−x²/2)
        // by a relative 1e-16·x²: a change far below the last bit of a term that is itself tiny.
        const __m256d zLo = _mm256_sub_pd(_mm256_fmsub_pd(minusX, _mm256_set1_pd(kInvSqrt2Hi), zHi),
            _mm256_mul_pd(xi, _mm256_set1_pd(kInvSqrt2Lo)));
        const __m256d corrected
            = _mm256_fnmadd_pd(_mm256_mul_pd(zLo, _mm256_set1_pd(kInvSqrtPi)), gauss, cdf);
        cdf = _mm256_blendv_pd(cdf, corrected, _mm256_cmp_pd(xi, lowerTail, _CMP_LT_OQ));
        _mm256_storeu_pd(value + i, _mm256_mul_pd(xi, cdf));
        if (derivative)
            _mm256_storeu_pd(derivative + i, _mm256_fmadd_pd(xi, pdf, cdf));
    }
}

GELULAB_AVX2 void tanhGelu(const double* x, double* value, double* derivative, std::size_t n)
{
    const __m256d one = _mm256_set1_pd(1.0);
    const __m256d twoK = _mm256_set1_pd(2.0 * kSqrt2OverPi);
    for (std::size_t i = 0; i < n; i += 4) {
        const __m256d xi = _mm256_loadu_pd(x + i);
        // g = 2√(2/π)·x·(1 + a·x²) and g' = 2√(2/π)·(1 + 3a·x²): GELU = x·σ(g).
        const __m256d g = _mm256_mul_pd(
            _mm256_mul_pd(twoK, xi), _mm256_fmadd_pd(_mm256_mul_pd(_mm256_set1_pd(kTanhA), xi), xi, one));
        const __m256d gp
            = _mm256_mul_pd(twoK, _mm256_fmadd_pd(_mm256_mul_pd(_mm256_set1_pd(3.0 * kTanhA), xi), xi, one));
        const auto [s, sc] = sigmoidPair(g);
        _mm256_storeu_pd(value + i, _mm256_mul_pd(xi, s));
        if (derivative)
            _mm256_storeu_pd(
                derivative + i, _mm256_mul_pd(s, _mm256_fmadd_pd(_mm256_mul_pd(xi, sc), gp, one)));
    }
}

GELULAB_AVX2 void sigmoidGelu(const double* x, double* value, double* derivative, std::size_t n)
{
    const __m256d one = _mm256_set1_pd(1.0);
    for (std::size_t i = 0; i < n; i += 4) {
        const __m256d xi = _mm256_loadu_pd(x + i);
        const __m256d z = _mm256_mul_pd(_mm256_set1_pd(kSigmoidK), xi);
        const auto [s, sc] = sigmoidPair(z);
        _mm256_storeu_pd(value + i, _mm256_mul_pd(xi, s));
        if (derivative)
            _mm256_storeu_pd(derivative + i, _mm256_mul_pd(s, _mm256_fmadd_pd(z, sc, one)));
    }
}

} // namespace gelulab::avx2

#else

namespace gelulab::avx2 {

bool available()
{
    return false;
}
// Never called: available() is false.
void exactGelu(const double*, double*, double*, std::size_t) { }
void tanhGelu(const double*, double*, double*, std::size_t) { }
void sigmoidGelu(const double*, double*, double*, std::size_t) { }

} // namespace gelulab::avx2

#endif
