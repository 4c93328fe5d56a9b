// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include <gelulab/xrange.h>

#include "tolerance.h"

#include <QTest>

#include <cmath>

using gelulab::RangeEnd;

Q_DECLARE_METATYPE(RangeEnd)

class TestXRange : public QObject {
    Q_OBJECT

private slots:
    void constrain_data();
    void constrain();
    void minimumSpan_data();
    void minimumSpan();
};

void TestXRange::constrain_data()
{
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("to");
    QTest::addColumn<RangeEnd>("moved");
    QTest::addColumn<double>("expectedFrom");
    QTest::addColumn<double>("expectedTo");
    QTest::addRow("valid kept") << -3.0 << 3.0 << RangeEnd::From << -3.0 << 3.0;
    QTest::addRow("min dragged onto max") << 3.0 << 3.0 << RangeEnd::From << 3.0 << 3.01;
    QTest::addRow("min dragged past max") << 5.0 << 3.0 << RangeEnd::From << 5.0 << 5.01;
    QTest::addRow("max dragged below min") << -3.0 << -4.0 << RangeEnd::To << -4.01 << -4.0;
    QTest::addRow("min at upper limit") << 20.0 << 3.0 << RangeEnd::From << 19.98 << 20.0;
    QTest::addRow("max at lower limit") << 0.0 << -20.0 << RangeEnd::To << -20.0 << -19.98;
    QTest::addRow("beyond limits") << -100.0 << 100.0 << RangeEnd::From << -20.0 << 20.0;
    QTest::addRow("nan") << qQNaN() << 1.0 << RangeEnd::From << -20.0 << 1.0;
}

void TestXRange::constrain()
{
    QFETCH(double, from);
    QFETCH(double, to);
    QFETCH(RangeEnd, moved);
    QFETCH(double, expectedFrom);
    QFETCH(double, expectedTo);
    const auto range = gelulab::constrainRange({ from, to }, moved, { -20.0, 20.0 });
    GELULAB_VERIFY_WITHIN(range.from, expectedFrom, 1e-12, 1e-12);
    GELULAB_VERIFY_WITHIN(range.to, expectedTo, 1e-12, 1e-12);
    QVERIFY(range.from < range.to);
    QVERIFY(range.to - range.from
        >= gelulab::minimumSpan(std::fmax(std::fabs(range.from), std::fabs(range.to))) * (1 - 1e-9));
}

void TestXRange::minimumSpan_data()
{
    QTest::addColumn<double>("magnitude");
    QTest::addColumn<double>("expected");
    QTest::addRow("0") << 0.0 << 0.01;
    QTest::addRow("3") << 3.0 << 0.01;
    QTest::addRow("15") << 15.0 << 0.02;
    QTest::addRow("1000") << 1000.0 << 1.0;
}

void TestXRange::minimumSpan()
{
    QFETCH(double, magnitude);
    QFETCH(double, expected);
    GELULAB_VERIFY_WITHIN(gelulab::minimumSpan(magnitude), expected, 1e-15, 0.0);
}

QTEST_APPLESS_MAIN(TestXRange)
#include "tst_xrange.moc"
