// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace gelulab {

// The shortest text that reads back to the same double (std::to_chars); non-finite values as
// "inf", "-inf" and "nan" (never "-nan").
std::string formatNumber(double value);

// Strict parse of a whole token: optional surrounding spaces, an optional leading '+', a decimal or
// scientific number, or inf / -inf / infinity / nan (any case). Anything else → nullopt.
std::optional<double> parseNumber(std::string_view text);

} // namespace gelulab
