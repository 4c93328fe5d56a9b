// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#pragma once

// The constants of the GELU formulas, shared by the scalar functions (activations.cpp) and the
// four-wide kernels (geluavx2.cpp) so that both evaluate the same expressions. Internal to core.
namespace gelulab::geluconstants {

// 1/√2 as an unevaluated sum hi + lo, so the erfc argument carries ~106 bits.
inline constexpr double kInvSqrt2Hi = 0.7071067811865476;
inline constexpr double kInvSqrt2Lo = -4.8336466567264565186e-17;
inline constexpr double kInvSqrtPi = 0.5641895835477563;
inline constexpr double kInvSqrt2Pi = 0.3989422804014327;
inline constexpr double kTanhA = 0.044715;
inline constexpr double kSqrt2OverPi = 0.7978845608028654;
inline constexpr double kSigmoidK = 1.702;
// Beyond this |x| every variant's derivative is 0 or 1 to the last bit; the guard also keeps
// x³ and x·φ(x) away from inf·0.
inline constexpr double kSaturated = 1e10;

} // namespace gelulab::geluconstants
