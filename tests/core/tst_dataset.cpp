// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include <gelulab/dataset.h>

#include "tolerance.h"

#include <QTest>

#include <cmath>
#include <set>

using gelulab::DatasetKind;

Q_DECLARE_METATYPE(DatasetKind)

class TestDataset : public QObject {
    Q_OBJECT

private slots:
    void shapesAndSplit_data();
    void shapesAndSplit();
    void sameSeedSameData();
    void cleanShapes_data();
    void cleanShapes();
    void noiseMovesPoints();
    void rejectsBadOptions();
};

void TestDataset::shapesAndSplit_data()
{
    QTest::addColumn<DatasetKind>("kind");
    QTest::addColumn<double>("testFraction");
    QTest::addColumn<int>("features");
    QTest::addColumn<int>("classes");
    QTest::addColumn<int>("outputs");
    for (const DatasetKind kind : gelulab::allDatasetKinds) {
        const bool regression = gelulab::isRegression(kind);
        const int classes = regression ? 0 : (kind == DatasetKind::Spiral3 ? 3 : 2);
        const int outputs = classes == 3 ? 3 : 1;
        for (const double fraction : { 0.0, 0.3, 0.5 })
            QTest::addRow("%s test %g", gelulab::datasetKindName(kind).data(), fraction)
                << kind << fraction << (regression ? 1 : 2) << classes << outputs;
    }
}

void TestDataset::shapesAndSplit()
{
    QFETCH(DatasetKind, kind);
    QFETCH(double, testFraction);
    QFETCH(int, features);
    QFETCH(int, classes);
    QFETCH(int, outputs);
    gelulab::DatasetOptions options;
    options.testFraction = testFraction;
    const auto split = gelulab::generateDataset(kind, options);
    const int total = features == 1 ? 120 : 200;
    QCOMPARE(split.train.size() + split.test.size(), total);
    QCOMPARE(split.test.size(), std::lround(testFraction * total));
    for (const gelulab::Dataset* data : { &split.train, &split.test }) {
        QCOMPARE(data->inputs.rows(), features);
        QCOMPARE(data->targets.rows(), 1);
        QCOMPARE(data->classes, classes);
        QCOMPARE(data->outputSize(), outputs);
        QVERIFY(data->inputs.allFinite());
        QVERIFY(data->targets.allFinite());
    }
    if (classes > 0) {
        std::set<int> seen;
        for (Eigen::Index i = 0; i < split.train.size(); ++i) {
            const double label = split.train.targets(0, i);
            QVERIFY(
                label >= 0 && label < classes && std::floor(label) <= label && std::floor(label) >= label);
            seen.insert(static_cast<int>(label));
        }
        QCOMPARE(int(seen.size()), classes); // every class is in the training data
    }
}

void TestDataset::sameSeedSameData()
{
    for (const DatasetKind kind : gelulab::allDatasetKinds) {
        gelulab::DatasetOptions options;
        options.seed = 99;
        const auto a = gelulab::generateDataset(kind, options);
        const auto b = gelulab::generateDataset(kind, options);
        QVERIFY(a.train.inputs == b.train.inputs && a.test.targets == b.test.targets);
        options.seed = 100;
        const auto c = gelulab::generateDataset(kind, options);
        QVERIFY(a.train.inputs != c.train.inputs);
    }
}

void TestDataset::cleanShapes_data()
{
    QTest::addColumn<DatasetKind>("kind");
    for (const DatasetKind kind : gelulab::allDatasetKinds)
        QTest::addRow("%s", gelulab::datasetKindName(kind).data()) << kind;
}

void TestDataset::cleanShapes()
{
    // With noise 0 every sample obeys the rule that defines its dataset.
    QFETCH(DatasetKind, kind);
    gelulab::DatasetOptions options;
    options.noise = 0.0;
    options.testFraction = 0.0;
    const auto data = gelulab::generateDataset(kind, options).train;
    for (Eigen::Index i = 0; i < data.size(); ++i) {
        const double x = data.inputs(0, i);
        const double y = data.inputs.rows() > 1 ? data.inputs(1, i) : 0.0;
        const double t = data.targets(0, i);
        const double r = std::hypot(x, y);
        switch (kind) {
        case DatasetKind::Circle:
            QVERIFY(t < 0.5 ? r <= 0.5 : (r >= 0.7 && r <= 1.0));
            break;
        case DatasetKind::Xor:
            QVERIFY(std::fabs(x) >= 0.1 && std::fabs(y) >= 0.1);
            QCOMPARE(t > 0.5, x * y < 0);
            break;
        case DatasetKind::Spiral:
        case DatasetKind::Spiral3:
            QVERIFY(r <= 1.0);
            break;
        case DatasetKind::Sine:
            QVERIFY(x >= -3 && x < 3);
            GELULAB_VERIFY_EXACT(t, std::sin(x));
            break;
        case DatasetKind::Abs:
            QVERIFY(x >= -2 && x < 2);
            GELULAB_VERIFY_EXACT(t, std::fabs(x));
            break;
        case DatasetKind::Gauss:
            break;
        }
    }
}

void TestDataset::noiseMovesPoints()
{
    gelulab::DatasetOptions clean;
    clean.noise = 0.0;
    gelulab::DatasetOptions noisy;
    noisy.noise = 0.2;
    const auto a = gelulab::generateDataset(DatasetKind::Circle, clean);
    const auto b = gelulab::generateDataset(DatasetKind::Circle, noisy);
    QVERIFY(a.train.inputs != b.train.inputs);
}

void TestDataset::rejectsBadOptions()
{
    gelulab::DatasetOptions options;
    options.testFraction = 0.95;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, gelulab::generateDataset(DatasetKind::Xor, options));
    options.testFraction = 0.3;
    options.noise = -1;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, gelulab::generateDataset(DatasetKind::Xor, options));
    options.noise = NAN;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, gelulab::generateDataset(DatasetKind::Xor, options));
    QCOMPARE(gelulab::parseDatasetKind("spiral3"), DatasetKind::Spiral3);
    QVERIFY(!gelulab::parseDatasetKind("moons"));
}

QTEST_GUILESS_MAIN(TestDataset)
#include "tst_dataset.moc"
