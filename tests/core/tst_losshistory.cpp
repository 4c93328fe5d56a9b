// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include <gelulab/losshistory.h>
#include <gelulab/randomsource.h>

#include "tolerance.h"

#include <QTest>

#include <algorithm>

using gelulab::LossHistory;

class TestLossHistory : public QObject {
    Q_OBJECT

private slots:
    void decimateMatchesBruteForce_data();
    void decimateMatchesBruteForce();
    void rangeMatchesBruteForce();
    void spikeSurvivesDecimation();
    void fewBytesPerStep_data();
    void fewBytesPerStep();
    void clearEmpties();
};

void TestLossHistory::decimateMatchesBruteForce_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("maxBuckets");
    QTest::addRow("short history, one bucket per step") << 50 << 100;
    QTest::addRow("exactly full") << 100 << 100;
    QTest::addRow("one more") << 101 << 100;
    QTest::addRow("12345 into 300") << 12345 << 300;
    QTest::addRow("65536 into 64") << 65536 << 64;
    QTest::addRow("100003 into 1000") << 100003 << 1000;
    // Past the first chunk of values (2^16) and of the 4-step summary (2^18 steps).
    QTest::addRow("300007 into 700") << 300007 << 700;
}

void TestLossHistory::decimateMatchesBruteForce()
{
    QFETCH(int, size);
    QFETCH(int, maxBuckets);
    gelulab::RandomSource random(size);
    LossHistory history;
    std::vector<float> values;
    for (int i = 0; i < size; ++i) {
        const double v = random.uniform(0.0, 10.0);
        history.append(v);
        values.push_back(static_cast<float>(v));
    }
    const auto buckets = history.decimate(static_cast<std::size_t>(maxBuckets));
    QVERIFY(buckets.size() <= static_cast<std::size_t>(maxBuckets));
    QVERIFY(buckets.size() > static_cast<std::size_t>(maxBuckets) / 2 || size <= maxBuckets);
    std::int64_t next = 1;
    for (const auto& bucket : buckets) {
        QCOMPARE(bucket.firstStep, next);
        QVERIFY(bucket.lastStep >= bucket.firstStep);
        const auto first = values.begin() + (bucket.firstStep - 1);
        const auto last = values.begin() + bucket.lastStep;
        QCOMPARE(bucket.minimum, *std::min_element(first, last));
        QCOMPARE(bucket.maximum, *std::max_element(first, last));
        next = bucket.lastStep + 1;
    }
    QCOMPARE(next, static_cast<std::int64_t>(size) + 1);
}

void TestLossHistory::rangeMatchesBruteForce()
{
    gelulab::RandomSource random(4);
    LossHistory history;
    std::vector<float> values;
    for (int i = 0; i < 5000; ++i) {
        values.push_back(static_cast<float>(random.normal()));
        history.append(values.back());
    }
    for (int trial = 0; trial < 2000; ++trial) {
        auto a = static_cast<std::int64_t>(random.index(5000)) + 1;
        auto b = static_cast<std::int64_t>(random.index(5000)) + 1;
        if (a > b)
            std::swap(a, b);
        const auto bucket = history.range(a, b);
        QCOMPARE(bucket.minimum, *std::min_element(values.begin() + (a - 1), values.begin() + b));
        QCOMPARE(bucket.maximum, *std::max_element(values.begin() + (a - 1), values.begin() + b));
    }
}

void TestLossHistory::spikeSurvivesDecimation()
{
    LossHistory history;
    for (int i = 1; i <= 1'000'000; ++i)
        history.append(i == 777'777 ? 50.0 : 1.0);
    const auto buckets = history.decimate(500);
    const auto top = std::max_element(
        buckets.begin(), buckets.end(), [](const auto& x, const auto& y) { return x.maximum < y.maximum; });
    QCOMPARE(top->maximum, 50.0f);
    QVERIFY(top->firstStep <= 777'777 && top->lastStep >= 777'777);
    QCOMPARE(history.at(777'777), 50.0f);
}

void TestLossHistory::fewBytesPerStep_data()
{
    QTest::addColumn<int>("steps");
    QTest::addColumn<double>("maxBytesPerStep");
    // Long runs: 4 bytes of value + 8/4 + 8/16 + … ≈ 2.7 bytes of block summary, plus at most one
    // partly written chunk per level. Short runs: the first chunk grows by doubling, so at most 2×.
    QTest::newRow("10 steps") << 10 << 16.0;
    QTest::newRow("5000 steps") << 5000 << 13.4;
    QTest::newRow("1e6 steps") << 1'000'000 << 7.2;
    QTest::newRow("3e6+1 steps") << 3'000'001 << 7.2;
}

void TestLossHistory::fewBytesPerStep()
{
    QFETCH(int, steps);
    QFETCH(double, maxBytesPerStep);
    LossHistory history;
    for (int i = 0; i < steps; ++i)
        history.append(1.0 / (i + 1));
    // Written: a float per step and a (min, max) pair of floats per complete block of 4^k steps.
    std::size_t expectedStored = 4 * std::size_t(steps);
    for (std::size_t block = 4; block <= std::size_t(steps); block *= 4)
        expectedStored += 8 * (std::size_t(steps) / block);
    QCOMPARE(history.storedBytes(), expectedStored);
    QVERIFY(history.memoryBytes() >= history.storedBytes());
    const double perStep = double(history.memoryBytes()) / double(history.size());
    QVERIFY2(perStep <= maxBytesPerStep,
        qPrintable(QStringLiteral("%1 bytes per step at %2 steps").arg(perStep).arg(steps)));
}

void TestLossHistory::clearEmpties()
{
    LossHistory history;
    for (int i = 0; i < 70'000; ++i) // past the first chunk
        history.append(1.0);
    history.clear();
    QVERIFY(history.empty());
    QCOMPARE(history.memoryBytes(), std::size_t(0));
    QVERIFY(history.decimate(10).empty());
    history.append(2.0);
    QCOMPARE(history.at(1), 2.0f);
    QCOMPARE(history.storedBytes(), std::size_t(4));
}

QTEST_GUILESS_MAIN(TestLossHistory)
#include "tst_losshistory.moc"
