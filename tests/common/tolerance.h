// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <cmath>

// A tolerance-aware comparison: absolute near zero, relative elsewhere. Returns an empty string
// when `actual` is within max(rel·|expected|, abs) of `expected`, else a message with the numbers.
inline QString compareWithin(double actual, double expected, double relTol, double absTol)
{
    if (std::isnan(expected))
        return std::isnan(actual) ? QString() : QStringLiteral("expected nan, got %1").arg(actual, 0, 'g', 17);
    if (std::isinf(expected)) {
        if (actual == expected)
            return {};
        return QStringLiteral("expected %1, got %2").arg(expected).arg(actual, 0, 'g', 17);
    }
    const double error = std::fabs(actual - expected);
    const double allowed = std::fmax(relTol * std::fabs(expected), absTol);
    if (error <= allowed)
        return {};
    return QStringLiteral("actual %1, expected %2: |error| %3 > allowed %4 (rel %5 = %6)")
        .arg(actual, 0, 'g', 17)
        .arg(expected, 0, 'g', 17)
        .arg(error, 0, 'g', 3)
        .arg(allowed, 0, 'g', 3)
        .arg(relTol, 0, 'g', 3)
        .arg(expected == 0.0 ? INFINITY : error / std::fabs(expected), 0, 'g', 3);
}

#define GELULAB_VERIFY_WITHIN(actual, expected, relTol, absTol)                                   \
    do {                                                                                          \
        const QString gelulabMessage_ = compareWithin((actual), (expected), (relTol), (absTol)); \
        QVERIFY2(gelulabMessage_.isEmpty(), qPrintable(gelulabMessage_));                         \
    } while (false)

// QCOMPARE on doubles is fuzzy (it accepts |x| ≤ 1e-12 for an expected 0); this is exact equality,
// with NaN equal to NaN.
#define GELULAB_VERIFY_EXACT(actual, expected)                                                         \
    do {                                                                                               \
        const double gelulabA_ = (actual);                                                             \
        const double gelulabE_ = (expected);                                                           \
        QVERIFY2(gelulabA_ == gelulabE_ || (std::isnan(gelulabA_) && std::isnan(gelulabE_)),           \
                 qPrintable(QStringLiteral("%1 is %2, expected exactly %3")                            \
                                .arg(QStringLiteral(#actual))                                          \
                                .arg(gelulabA_, 0, 'g', 17)                                            \
                                .arg(gelulabE_, 0, 'g', 17)));                                         \
    } while (false)
