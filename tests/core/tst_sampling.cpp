// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include <gelulab/sampling.h>

#include "tolerance.h"

#include <QTest>

#include <limits>

class TestSampling : public QObject {
    Q_OBJECT

private slots:
    void linspace_data();
    void linspace();
};

void TestSampling::linspace_data()
{
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("to");
    QTest::addColumn<int>("n");
    QTest::addRow("textbook") << -3.0 << 3.0 << 7;
    QTest::addRow("tenths") << 0.0 << 1.0 << 11;
    QTest::addRow("single") << 2.0 << 2.0 << 1;
    QTest::addRow("two") << -1.0 << 1.0 << 2;
    QTest::addRow("whole double range") << std::numeric_limits<double>::lowest() << std::numeric_limits<double>::max() << 5;
}

void TestSampling::linspace()
{
    QFETCH(double, from);
    QFETCH(double, to);
    QFETCH(int, n);
    const auto xs = gelulab::linspace(from, to, std::size_t(n));
    QCOMPARE(int(xs.size()), n);
    GELULAB_VERIFY_EXACT(xs.front(), from);
    GELULAB_VERIFY_EXACT(xs.back(), to);
    for (int i = 0; i < n; ++i) {
        // Independent form: from + i·(to − from)/(n − 1) in long double (80-bit here).
        const long double t = n > 1 ? static_cast<long double>(i) / (n - 1) : 0.0L;
        const double expected = double(static_cast<long double>(from) + t * (static_cast<long double>(to) - from));
        GELULAB_VERIFY_WITHIN(xs[std::size_t(i)], expected, 4e-16, 4e-16);
        QVERIFY(std::isfinite(xs[std::size_t(i)]));
        if (i > 0)
            QVERIFY(xs[std::size_t(i)] > xs[std::size_t(i - 1)]);
    }
}

QTEST_APPLESS_MAIN(TestSampling)
#include "tst_sampling.moc"
