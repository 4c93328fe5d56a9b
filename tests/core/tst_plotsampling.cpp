// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include <gelulab/activations.h>
#include <gelulab/plotsampling.h>

#include "tolerance.h"

#include <QTest>

#include <algorithm>
#include <cmath>

class TestPlotSampling : public QObject {
    Q_OBJECT

private slots:
    void followsPixels_data();
    void followsPixels();
    void reluDerivativeStep();
    void rejectsBadRange();
    void simplifyKeepsShape_data();
    void simplifyKeepsShape();
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

void TestPlotSampling::simplifyKeepsShape_data()
{
    QTest::addColumn<QString>("curve");
    QTest::addColumn<int>("maxKept");
    QTest::addRow("straight line") << "line" << 2;
    QTest::addRow("ReLU kink") << "relu" << 3;
    QTest::addRow("ReLU' step") << "step" << 6;
    QTest::addRow("GELU") << "gelu" << 600;
}

void TestPlotSampling::simplifyKeepsShape()
{
    QFETCH(QString, curve);
    QFETCH(int, maxKept);
    // 2,401 samples across 1,200 px, in pixel coordinates (y grows downwards, 100 px per unit).
    const auto xs = gelulab::plotSamples(-3.0, 3.0, 2401, 1200.0);
    std::vector<gelulab::CurvePoint> line;
    if (curve == "step") {
        line = gelulab::reluDerivativeCurve(xs);
    } else {
        for (const double x : xs) {
            const double y = curve == "line" ? 0.5 * x
                : curve == "relu"            ? gelulab::relu(x)
                                             : gelulab::gelu(x, gelulab::GeluMode::Exact);
            line.push_back({ x, y });
        }
    }
    for (auto& p : line)
        p = { 600.0 + 200.0 * p.x, 400.0 - 100.0 * p.y };
    const double tolerance = 0.1;
    const auto kept = gelulab::simplifyPolyline(line, tolerance);
    QVERIFY2(int(kept.size()) <= maxKept,
        qPrintable(QStringLiteral("%1 of %2 kept").arg(kept.size()).arg(line.size())));
    GELULAB_VERIFY_EXACT(kept.front().x, line.front().x);
    GELULAB_VERIFY_EXACT(kept.back().x, line.back().x);
    // Every original point lies within 2·tolerance of the kept polyline (checked on its segment).
    std::size_t segment = 0;
    for (const auto& p : line) {
        while (segment + 1 < kept.size() - 1 && p.x > kept[segment + 1].x)
            ++segment;
        const auto a = kept[segment];
        const auto b = kept[segment + 1];
        const double dx = b.x - a.x, dy = b.y - a.y;
        const double length2 = dx * dx + dy * dy;
        const double t
            = length2 > 0 ? std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / length2, 0.0, 1.0) : 0.0;
        const double distance = std::hypot(a.x + t * dx - p.x, a.y + t * dy - p.y);
        QVERIFY2(distance <= 2 * tolerance + 1e-9 || (curve == "step" && std::fabs(p.x - 600.0) < 1e-6),
            qPrintable(QStringLiteral("(%1, %2) is %3 px off").arg(p.x).arg(p.y).arg(distance)));
    }
}

QTEST_APPLESS_MAIN(TestPlotSampling)
#include "tst_plotsampling.moc"
