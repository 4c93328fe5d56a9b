// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include <gelulab/randomsource.h>

#include "tolerance.h"

#include <QTest>

#include <cmath>
#include <cstdint>
#include <vector>

using gelulab::RandomSource;

class TestRandomSource : public QObject {
    Q_OBJECT

private slots:
    void engineIsTheStandardOne();
    void uniformMapsTheTop53Bits_data();
    void uniformMapsTheTop53Bits();
    void indexIsInRangeAndCoversIt_data();
    void indexIsInRangeAndCoversIt();
    void normalHasUnitMoments();
    void streamsDiffer();
};

void TestRandomSource::engineIsTheStandardOne()
{
    // [rand.predef]: the 10000th output of a default-constructed mt19937_64 (seed 5489) is fixed.
    RandomSource random(5489);
    std::uint64_t word = 0;
    for (int i = 0; i < 10000; ++i)
        word = random.nextWord();
    QCOMPARE(word, std::uint64_t(9981545732273789042ULL));
}

void TestRandomSource::uniformMapsTheTop53Bits_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addRow("seed 0") << quint64(0);
    QTest::addRow("seed 1") << quint64(1);
    QTest::addRow("seed 2^63") << (quint64(1) << 63);
}

void TestRandomSource::uniformMapsTheTop53Bits()
{
    QFETCH(quint64, seed);
    RandomSource words(seed);
    RandomSource numbers(seed);
    for (int i = 0; i < 1000; ++i) {
        const std::uint64_t w = words.nextWord();
        const double expected = std::ldexp(static_cast<double>(w >> 11), -53);
        const double u = numbers.uniform01();
        GELULAB_VERIFY_EXACT(u, expected);
        QVERIFY(u >= 0.0 && u < 1.0);
    }
}

void TestRandomSource::indexIsInRangeAndCoversIt_data()
{
    QTest::addColumn<int>("n");
    for (int n : { 1, 2, 3, 7, 10, 1000 })
        QTest::addRow("n=%d", n) << n;
}

void TestRandomSource::indexIsInRangeAndCoversIt()
{
    QFETCH(int, n);
    RandomSource random(42);
    std::vector<int> seen(static_cast<std::size_t>(n), 0);
    for (int i = 0; i < 50 * n; ++i) {
        const std::size_t k = random.index(static_cast<std::size_t>(n));
        QVERIFY(k < static_cast<std::size_t>(n));
        ++seen[k];
    }
    for (int count : seen)
        QVERIFY(count > 0);
}

void TestRandomSource::normalHasUnitMoments()
{
    RandomSource random(7);
    constexpr int n = 200000;
    double sum = 0.0;
    double sumSquares = 0.0;
    for (int i = 0; i < n; ++i) {
        const double z = random.normal();
        sum += z;
        sumSquares += z * z;
    }
    // Standard errors: 1/√n ≈ 0.0022 for the mean, √(2/n) ≈ 0.0032 for the variance; allow 5σ.
    GELULAB_VERIFY_WITHIN(sum / n, 0.0, 0.0, 0.012);
    GELULAB_VERIFY_WITHIN(sumSquares / n, 1.0, 0.0, 0.016);
}

void TestRandomSource::streamsDiffer()
{
    QVERIFY(RandomSource::streamSeed(1, 0) != RandomSource::streamSeed(1, 1));
    QVERIFY(RandomSource::streamSeed(1, 0) != RandomSource::streamSeed(2, 0));
    QCOMPARE(RandomSource::streamSeed(5, 2), RandomSource::streamSeed(5, 2));
}

QTEST_GUILESS_MAIN(TestRandomSource)
#include "tst_randomsource.moc"
