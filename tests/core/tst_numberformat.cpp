// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include <gelulab/numberformat.h>

#include "tolerance.h"

#include <QTest>

#include <cstring>
#include <limits>

class TestNumberFormat : public QObject {
    Q_OBJECT

private slots:
    void format_data();
    void format();
    void roundTrip_data();
    void roundTrip();
    void parse_data();
    void parse();
};

void TestNumberFormat::format_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::addRow("tenth") << 0.1 << "0.1";
    QTest::addRow("third") << 1.0 / 3.0 << "0.3333333333333333";
    QTest::addRow("zero") << 0.0 << "0";
    QTest::addRow("negative zero") << -0.0 << "-0";
    QTest::addRow("large") << 1e300 << "1e+300";
    QTest::addRow("subnormal") << 5e-324 << "5e-324";
    QTest::addRow("inf") << std::numeric_limits<double>::infinity() << "inf";
    QTest::addRow("-inf") << -std::numeric_limits<double>::infinity() << "-inf";
    QTest::addRow("nan") << std::numeric_limits<double>::quiet_NaN() << "nan";
    QTest::addRow("-nan") << -std::numeric_limits<double>::quiet_NaN() << "nan";
}

void TestNumberFormat::format()
{
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(QString::fromStdString(gelulab::formatNumber(value)), text);
}

void TestNumberFormat::roundTrip_data()
{
    QTest::addColumn<double>("value");
    double x = 1.2345678901234567e-310;
    for (int i = 0; i < 60; ++i, x *= -7.77e10)
        QTest::addRow("%.17g", x) << x;
}

void TestNumberFormat::roundTrip()
{
    QFETCH(double, value);
    const auto back = gelulab::parseNumber(gelulab::formatNumber(value));
    QVERIFY(back.has_value());
    QVERIFY(std::memcmp(&*back, &value, sizeof value) == 0); // the very same bits
}

void TestNumberFormat::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<double>("value");
    QTest::addRow("integer") << "3" << true << 3.0;
    QTest::addRow("plus sign") << "+2.5" << true << 2.5;
    QTest::addRow("negative") << "-0.75" << true << -0.75;
    QTest::addRow("scientific") << "1e-5" << true << 1e-5;
    QTest::addRow("spaces") << "  4 " << true << 4.0;
    QTest::addRow("inf") << "inf" << true << double(INFINITY);
    QTest::addRow("-inf") << "-inf" << true << -double(INFINITY);
    QTest::addRow("nan") << "nan" << true << double(NAN);
    QTest::addRow("empty") << "" << false << 0.0;
    QTest::addRow("blank") << "   " << false << 0.0;
    QTest::addRow("word") << "three" << false << 0.0;
    QTest::addRow("trailing junk") << "1.5x" << false << 0.0;
    QTest::addRow("two signs") << "+-1" << false << 0.0;
    QTest::addRow("double plus") << "++1" << false << 0.0;
    QTest::addRow("comma decimal") << "1,5" << false << 0.0;
    QTest::addRow("overflow") << "1e999" << false << 0.0;
    QTest::addRow("hex") << "0x10" << false << 0.0;
}

void TestNumberFormat::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(double, value);
    const auto parsed = gelulab::parseNumber(text.toStdString());
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        GELULAB_VERIFY_EXACT(*parsed, value);
}

QTEST_APPLESS_MAIN(TestNumberFormat)
#include "tst_numberformat.moc"
