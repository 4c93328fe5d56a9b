// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include <gelulab/keypoints.h>

#include "referencetable.h"
#include "tolerance.h"

#include <QTest>

using gelulab::CurveKind;
using gelulab::GeluMode;

Q_DECLARE_METATYPE(GeluMode)

class TestKeyPoints : public QObject {
    Q_OBJECT

private slots:
    void landmarks_data();
    void landmarks();
    void maxDifference_data();
    void maxDifference();
    void maxDifferenceInSmallWindow();
    void maxDifferenceRejectsBadRange_data();
    void maxDifferenceRejectsBadRange();
};

void TestKeyPoints::landmarks_data()
{
    QTest::addColumn<GeluMode>("mode");
    QTest::addColumn<QByteArray>("kind");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("y");
    const ReferenceTable table(QStringLiteral("gelu_keypoints.csv"));
    for (const auto& row : table.rows()) {
        if (row[1].startsWith("max_"))
            continue;
        QTest::addRow("%s %s", row[0].constData(), row[1].constData())
            << *gelulab::parseGeluMode(row[0].toStdString()) << row[1] << ReferenceTable::number(row[2])
            << ReferenceTable::number(row[3]);
    }
}

void TestKeyPoints::landmarks()
{
    QFETCH(GeluMode, mode);
    QFETCH(QByteArray, kind);
    QFETCH(double, x);
    QFETCH(double, y);
    const gelulab::GeluKeyPoints points = gelulab::geluKeyPoints(mode);
    gelulab::CurvePoint got;
    if (kind == "minimum")
        got = points.minimum;
    else if (kind == "inflection_left")
        got = points.inflections[0];
    else if (kind == "inflection_right")
        got = points.inflections[1];
    else if (kind == "derivative_minimum")
        got = points.derivativeMinimum;
    else if (kind == "derivative_maximum")
        got = points.derivativeMaximum;
    else
        QFAIL("unknown kind in gelu_keypoints.csv");
    // A root of a function with a nonzero slope is found to a few ulp; the value there is near-exact.
    GELULAB_VERIFY_WITHIN(got.x, x, 1e-13, 0.0);
    GELULAB_VERIFY_WITHIN(got.y, y, 1e-13, 0.0);
}

void TestKeyPoints::maxDifference_data()
{
    QTest::addColumn<GeluMode>("mode");
    QTest::addColumn<int>("kind");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("difference");
    const ReferenceTable table(QStringLiteral("gelu_keypoints.csv"));
    for (const auto& row : table.rows()) {
        if (!row[1].startsWith("max_"))
            continue;
        const CurveKind kind = row[1].contains("derivative") ? CurveKind::Derivative : CurveKind::Value;
        QTest::addRow("%s %s", row[0].constData(), row[1].constData())
            << *gelulab::parseGeluMode(row[0].toStdString()) << int(kind) << ReferenceTable::number(row[2])
            << ReferenceTable::number(row[3]);
    }
}

void TestKeyPoints::maxDifference()
{
    QFETCH(GeluMode, mode);
    QFETCH(int, kind);
    QFETCH(double, x);
    QFETCH(double, difference);
    const auto found = gelulab::maxDifferenceFromExact(mode, CurveKind(kind), -10.0, 10.0);
    // f(x) − f(−x) = x for every variant, so the value difference is even and the derivative
    // difference odd: the maximum is reached at both ±x and either is a right answer.
    const bool mirrored = (found.x < 0) != (x < 0);
    const double expectedDifference = mirrored && CurveKind(kind) == CurveKind::Derivative ? -difference : difference;
    // At a maximum the difference is flat: its location is only defined to ~√eps, its height to ~eps.
    GELULAB_VERIFY_WITHIN(found.x, mirrored ? -x : x, 0.0, 1e-6);
    GELULAB_VERIFY_WITHIN(found.difference, expectedDifference, 1e-10, 0.0);
}

void TestKeyPoints::maxDifferenceInSmallWindow()
{
    // On [0, 1] the tanh variant's difference grows monotonically in |.|: the edge wins.
    const auto found = gelulab::maxDifferenceFromExact(GeluMode::Tanh, CurveKind::Value, 0.0, 1.0);
    // mpmath at 40 digits: tanh-variant GELU(1) − exact GELU(1) = −1.5275546026624380324e-4.
    GELULAB_VERIFY_WITHIN(found.x, 1.0, 0.0, 1e-9);
    GELULAB_VERIFY_WITHIN(found.difference, -1.5275546026624380324e-4, 1e-9, 0.0);
    const auto none = gelulab::maxDifferenceFromExact(GeluMode::Exact, CurveKind::Derivative, -3.0, 3.0);
    GELULAB_VERIFY_EXACT(none.difference, 0.0);
}

void TestKeyPoints::maxDifferenceRejectsBadRange_data()
{
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("to");
    QTest::addRow("inverted") << 3.0 << 1.0;
    QTest::addRow("nan") << double(NAN) << 1.0;
    QTest::addRow("inf") << -3.0 << double(INFINITY);
}

void TestKeyPoints::maxDifferenceRejectsBadRange()
{
    QFETCH(double, from);
    QFETCH(double, to);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             gelulab::maxDifferenceFromExact(GeluMode::Tanh, CurveKind::Value, from, to));
}

QTEST_APPLESS_MAIN(TestKeyPoints)
#include "tst_keypoints.moc"
