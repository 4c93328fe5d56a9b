// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include <gelulab/axisticks.h>

#include "tolerance.h"

#include <QSet>
#include <QTest>

#include <cmath>

namespace {

// A monospaced stand-in for font metrics: 7 px a character.
double monoWidth(std::string_view text)
{
    return 7.0 * static_cast<double>(text.size());
}

bool isRound(double step)
{
    const double k = std::floor(std::log10(step));
    const double mantissa = step / std::pow(10.0, k);
    for (const double m : { 1.0, 2.0, 5.0, 10.0 })
        if (std::fabs(mantissa - m) < 1e-9)
            return true;
    return false;
}

} // namespace

class TestAxisTicks : public QObject {
    Q_OBJECT

private slots:
    void niceStep_data();
    void niceStep();
    void fitTicks_data();
    void fitTicks();
    void tinySpanLabels_data();
    void tinySpanLabels();
    void paddedRange_data();
    void paddedRange();
    void formatSignificant_data();
    void formatSignificant();
    void powerOfTen();
};

void TestAxisTicks::niceStep_data()
{
    QTest::addColumn<double>("raw");
    QTest::addColumn<double>("expected");
    QTest::addRow("0.7") << 0.7 << 1.0;
    QTest::addRow("1") << 1.0 << 1.0;
    QTest::addRow("1.01") << 1.01 << 2.0;
    QTest::addRow("3") << 3.0 << 5.0;
    QTest::addRow("6") << 6.0 << 10.0;
    QTest::addRow("0.013") << 0.013 << 0.02;
    QTest::addRow("4e-21") << 4e-21 << 5e-21;
    QTest::addRow("bad") << -1.0 << 1.0;
}

void TestAxisTicks::niceStep()
{
    QFETCH(double, raw);
    QFETCH(double, expected);
    GELULAB_VERIFY_WITHIN(gelulab::niceStep(raw), expected, 1e-15, 0.0);
}

void TestAxisTicks::fitTicks_data()
{
    QTest::addColumn<double>("min");
    QTest::addColumn<double>("max");
    QTest::addColumn<double>("lengthPx");
    QTest::addRow("textbook x") << -3.0 << 3.0 << 1100.0;
    QTest::addRow("narrow window") << -3.0 << 3.0 << 180.0;
    QTest::addRow("wide range") << -10.0 << 10.0 << 600.0;
    QTest::addRow("far tail x") << -12.0 << -8.0 << 900.0;
    QTest::addRow("far tail y") << -5.6e-15 << 2.6e-16 << 400.0;
    QTest::addRow("tiny y") << -3e-33 << 1e-32 << 300.0;
    QTest::addRow("near one") << 1.0 + 3e-14 << 1.0 + 9e-14 << 400.0;
    QTest::addRow("odd range") << -0.173 << 3.19 << 500.0;
    QTest::addRow("small zoom") << -0.01 << 0.01 << 700.0;
}

void TestAxisTicks::fitTicks()
{
    QFETCH(double, min);
    QFETCH(double, max);
    QFETCH(double, lengthPx);
    const double gap = 10.0;
    const gelulab::AxisTicks ticks = gelulab::fitTicks(min, max, lengthPx, monoWidth, 40.0, gap);
    QVERIFY2(ticks.values.size() >= 2, "a sensible axis needs two labelled ticks");
    QCOMPARE(ticks.labels.size(), ticks.values.size());
    QVERIFY2(isRound(ticks.step), qPrintable(QString::number(ticks.step)));
    QSet<QString> distinct;
    for (std::size_t i = 0; i < ticks.values.size(); ++i) {
        const double v = ticks.values[i];
        QVERIFY(v >= min - 1e-9 * ticks.step && v <= max + 1e-9 * ticks.step);
        // A tick is a whole multiple of the step.
        GELULAB_VERIFY_WITHIN(v / ticks.step, std::round(v / ticks.step), 1e-9, 1e-9);
        // The label, read back in its units, is the tick.
        const double shown = std::stod(ticks.labels[i]) * std::pow(10.0, ticks.exponent) + ticks.offset;
        GELULAB_VERIFY_WITHIN(shown, v, 1e-9, 1e-6 * ticks.step);
        QVERIFY2(ticks.labels[i].size() <= 8, ticks.labels[i].c_str());
        distinct.insert(QString::fromStdString(ticks.labels[i]));
        if (i > 0) {
            const double pitch = (v - ticks.values[i - 1]) / (max - min) * lengthPx;
            const double halfWidths = 0.5 * (monoWidth(ticks.labels[i]) + monoWidth(ticks.labels[i - 1]));
            QVERIFY2(pitch >= (halfWidths + gap) * (1 - 1e-9),
                qPrintable(QStringLiteral("labels %1 and %2 overlap")
                               .arg(QString::fromStdString(ticks.labels[i - 1]),
                                   QString::fromStdString(ticks.labels[i]))));
        }
    }
    QCOMPARE(distinct.size(), qsizetype(ticks.values.size()));
}

void TestAxisTicks::tinySpanLabels_data()
{
    QTest::addColumn<double>("min");
    QTest::addColumn<double>("max");
    QTest::addColumn<int>("exponent");
    QTest::addColumn<QString>("title");
    QTest::addRow("plain") << -3.0 << 3.0 << 0 << QStringLiteral("y");
    QTest::addRow("far tail") << -5.6e-15 << 2.6e-16 << -15 << QStringLiteral("y (×10⁻¹⁵)");
    QTest::addRow("ultra tail") << -4e-33 << 0.0 << -33 << QStringLiteral("y (×10⁻³³)");
    QTest::addRow("offset") << 1.0 + 3e-14 << 1.0 + 9e-14 << -14 << QStringLiteral("y − 1 (×10⁻¹⁴)");
}

void TestAxisTicks::tinySpanLabels()
{
    QFETCH(double, min);
    QFETCH(double, max);
    QFETCH(int, exponent);
    QFETCH(QString, title);
    const auto ticks = gelulab::fitTicks(min, max, 400.0, monoWidth, 40.0, 10.0);
    QCOMPARE(ticks.exponent, exponent);
    QCOMPARE(QString::fromStdString(gelulab::axisTitle("y", ticks)), title);
    for (const auto& label : ticks.labels)
        QVERIFY2(label.size() <= 5, label.c_str()); // short, readable numbers in the scaled units
}

void TestAxisTicks::paddedRange_data()
{
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::addColumn<double>("min");
    QTest::addColumn<double>("max");
    QTest::addRow("all zero") << 0.0 << 0.0 << -1.0 << 1.0;
    QTest::addRow("constant one") << 1.0 << 1.0 << 0.9 << 1.1;
    QTest::addRow("ordinary") << 0.0 << 10.0 << -0.5 << 10.5;
    QTest::addRow("reversed") << 10.0 << 0.0 << -0.5 << 10.5;
    QTest::addRow("tiny constant") << -1e-20 << -1e-20 << -1.1e-20 << -0.9e-20;
    QTest::addRow("nan") << qQNaN() << 1.0 << -1.0 << 1.0;
}

void TestAxisTicks::paddedRange()
{
    QFETCH(double, low);
    QFETCH(double, high);
    QFETCH(double, min);
    QFETCH(double, max);
    const gelulab::AxisRange range = gelulab::paddedRange(low, high);
    GELULAB_VERIFY_WITHIN(range.min, min, 1e-12, 0.0);
    GELULAB_VERIFY_WITHIN(range.max, max, 1e-12, 0.0);
    QVERIFY(range.min < range.max);
}

void TestAxisTicks::formatSignificant_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected");
    QTest::addRow("minimum x") << -0.751791524693564 << QStringLiteral("-0.7518");
    QTest::addRow("trailing zeros kept") << -0.17 << QStringLiteral("-0.1700");
    QTest::addRow("sqrt 2") << 1.4142135623730951 << QStringLiteral("1.414");
    QTest::addRow("integer") << 12.0 << QStringLiteral("12.00");
    QTest::addRow("four digits") << 1234.0 << QStringLiteral("1234");
    QTest::addRow("tanh error") << 4.7302e-4 << QStringLiteral("0.0004730");
    QTest::addRow("tiny") << -1.234567e-20 << QStringLiteral("-1.235e-20");
    QTest::addRow("zero") << 0.0 << QStringLiteral("0.000");
}

void TestAxisTicks::formatSignificant()
{
    QFETCH(double, value);
    QFETCH(QString, expected);
    QCOMPARE(QString::fromStdString(gelulab::formatSignificant(value, 4)), expected);
}

void TestAxisTicks::powerOfTen()
{
    QCOMPARE(QString::fromStdString(gelulab::powerOfTen(-15)), QStringLiteral("10⁻¹⁵"));
    QCOMPARE(QString::fromStdString(gelulab::powerOfTen(3)), QStringLiteral("10³"));
    QCOMPARE(QString::fromStdString(gelulab::powerOfTen(0)), QStringLiteral("10⁰"));
}

QTEST_APPLESS_MAIN(TestAxisTicks)
#include "tst_axisticks.moc"
