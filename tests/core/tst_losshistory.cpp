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
    void fewBytesPerStep();
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

void TestLossHistory::fewBytesPerStep()
{
    // 4 bytes of value + 8/4 + 8/16 + … ≈ 2.7 bytes of block summary; chunked, so no growth slack.
    for (const int steps : { 100'000, 1'000'000, 3'000'001 }) {
        LossHistory history;
        for (int i = 0; i < steps; ++i)
            history.append(1.0 / (i + 1));
        const double perStep = double(history.memoryBytes()) / double(history.size());
        QVERIFY2(perStep < 7.2,
            qPrintable(QStringLiteral("%1 bytes per step at %2 steps").arg(perStep).arg(steps)));
    }
    LossHistory history;
    history.append(1.0);
    history.clear();
    QVERIFY(history.empty());
    QVERIFY(history.decimate(10).empty());
}

QTEST_GUILESS_MAIN(TestLossHistory)
#include "tst_losshistory.moc"
