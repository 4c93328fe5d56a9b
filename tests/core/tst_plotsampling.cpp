// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include <gelulab/activations.h>
#include <gelulab/plotsampling.h>

#include "tolerance.h"

#include <QTest>

#include <algorithm>

class TestPlotSampling : public QObject {
    Q_OBJECT

private slots:
    void followsPixels_data();
    void followsPixels();
    void reluDerivativeStep();
    void rejectsBadRange();
};

void TestPlotSampling::followsPixels_data()
{
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("to");
    QTest::addColumn<qulonglong>("requested");
    QTest::addColumn<double>("pixels");
    QTest::addColumn<qulonglong>("evenCount"); // without the inserted 0
    QTest::addColumn<bool>("hasZero");
    QTest::addRow("textbook 400") << -3.0 << 3.0 << 400ull << 1000.0 << 400ull << true;
    QTest::addRow("textbook 1e6") << -3.0 << 3.0 << 1000000ull << 1000.0 << 2001ull << true;
    QTest::addRow("odd step hits 0") << -3.0 << 3.0 << 601ull << 1000.0 << 601ull << true;
    QTest::addRow("positive only") << 0.5 << 6.0 << 1000000ull << 640.0 << 1281ull << false;
    QTest::addRow("zero at edge") << 0.0 << 6.0 << 500ull << 640.0 << 500ull << true;
    QTest::addRow("far tail") << -12.0 << -8.0 << 10000ull << 1200.0 << 2401ull << false;
    QTest::addRow("tiny request") << -1.0 << 2.0 << 1ull << 500.0 << 2ull << true;
}

void TestPlotSampling::followsPixels()
{
    QFETCH(double, from);
    QFETCH(double, to);
    QFETCH(qulonglong, requested);
    QFETCH(double, pixels);
    QFETCH(qulonglong, evenCount);
    QFETCH(bool, hasZero);
    const auto xs = gelulab::plotSamples(from, to, requested, pixels);
    GELULAB_VERIFY_EXACT(xs.front(), from);
    GELULAB_VERIFY_EXACT(xs.back(), to);
    QVERIFY(std::is_sorted(xs.begin(), xs.end()));
    QVERIFY(std::adjacent_find(xs.begin(), xs.end()) == xs.end());
    const bool zero = std::find(xs.begin(), xs.end(), 0.0) != xs.end();
    QCOMPARE(zero, hasZero);
    // Either the even grid already held 0, or 0 was added as one extra sample.
    QVERIFY2(xs.size() == evenCount || (hasZero && xs.size() == evenCount + 1),
             qPrintable(QStringLiteral("%1 samples").arg(xs.size())));
}

void TestPlotSampling::reluDerivativeStep()
{
    const auto xs = gelulab::plotSamples(-1.0, 1.0, 400, 300.0);
    const auto points = gelulab::reluDerivativeCurve(xs);
    QCOMPARE(points.size(), xs.size() + 1);
    for (const auto& p : points)
        GELULAB_VERIFY_EXACT(p.y, gelulab::reluDerivative(p.x));
    const auto zero = std::find_if(points.begin(), points.end(), [](const auto& p) { return p.x == 0.0; });
    QVERIFY(zero != points.end());
    GELULAB_VERIFY_EXACT(zero->y, 0.0); // ReLU'(0) = 0
    // The next point jumps to 1 at (practically) the same x: a vertical step.
    QVERIFY((zero + 1)->x > 0.0 && (zero + 1)->x < 1e-300);
    GELULAB_VERIFY_EXACT((zero + 1)->y, 1.0);
}

void TestPlotSampling::rejectsBadRange()
{
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, gelulab::plotSamples(1.0, 1.0, 10, 100.0));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, gelulab::plotSamples(2.0, 1.0, 10, 100.0));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, gelulab::plotSamples(qQNaN(), 1.0, 10, 100.0));
}

QTEST_APPLESS_MAIN(TestPlotSampling)
#include "tst_plotsampling.moc"
