// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include <gelulab/trainer.h>
#include <gelulab/trainingsetup.h>

#include "tolerance.h"

#include <QTest>

#include <cmath>
#include <cstring>

using gelulab::ActivationKind;
using gelulab::DatasetKind;
using gelulab::OptimizerKind;

Q_DECLARE_METATYPE(DatasetKind)
Q_DECLARE_METATYPE(OptimizerKind)

namespace {

bool bitwiseEqual(const Eigen::VectorXd& a, const Eigen::VectorXd& b)
{
    return a.size() == b.size()
        && std::memcmp(a.data(), b.data(), static_cast<std::size_t>(a.size()) * sizeof(double)) == 0;
}

} // namespace

class TestTrainer : public QObject {
    Q_OBJECT

private slots:
    void seededRunIsBitForBitRepeatable_data();
    void seededRunIsBitForBitRepeatable();
    void fullBatchLossIsTheForwardPassBeforeTheUpdate();
    void learnsEveryDataset_data();
    void learnsEveryDataset();
    void divergenceStopsWithReason();
    void infiniteLossIsNotRecorded();
    void rejectsDataThatDoesNotFit();
};

void TestTrainer::seededRunIsBitForBitRepeatable_data()
{
    QTest::addColumn<OptimizerKind>("optimizer");
    QTest::addColumn<int>("batchSize");
    QTest::addRow("adam batch 16") << OptimizerKind::Adam << 16;
    QTest::addRow("momentum full batch") << OptimizerKind::Momentum << 0;
    QTest::addRow("sgd batch 1") << OptimizerKind::Sgd << 1;
}

void TestTrainer::seededRunIsBitForBitRepeatable()
{
    QFETCH(OptimizerKind, optimizer);
    QFETCH(int, batchSize);
    gelulab::TrainingSetup setup;
    setup.dataset = DatasetKind::Spiral;
    setup.optimizer = optimizer;
    setup.batchSize = batchSize;
    setup.seed = 77;
    gelulab::Trainer a = gelulab::makeTrainer(setup);
    gelulab::Trainer b = gelulab::makeTrainer(setup);
    gelulab::StepRecord ra;
    gelulab::StepRecord rb;
    for (int i = 0; i < 300; ++i) {
        QVERIFY(a.step(&ra));
        QVERIFY(b.step(&rb));
        QVERIFY(std::memcmp(&ra.trainLoss, &rb.trainLoss, sizeof(double)) == 0);
        QVERIFY(std::memcmp(&ra.testLoss, &rb.testLoss, sizeof(double)) == 0);
    }
    QVERIFY(bitwiseEqual(a.network().parameters(), b.network().parameters()));
    setup.seed = 78;
    gelulab::Trainer c = gelulab::makeTrainer(setup);
    c.step();
    QVERIFY(!bitwiseEqual(a.network().parameters(), c.network().parameters()));
}

void TestTrainer::fullBatchLossIsTheForwardPassBeforeTheUpdate()
{
    gelulab::TrainingSetup setup;
    setup.batchSize = 0;
    gelulab::Trainer trainer = gelulab::makeTrainer(setup);
    for (int i = 1; i <= 3; ++i) {
        const gelulab::Mlp before = trainer.network();
        const double expectedTrain = gelulab::computeLoss(gelulab::LossKind::CrossEntropy,
            before.predict(trainer.trainData().inputs), trainer.trainData().targets);
        const double expectedTest = gelulab::computeLoss(gelulab::LossKind::CrossEntropy,
            before.predict(trainer.testData().inputs), trainer.testData().targets);
        gelulab::StepRecord record;
        QVERIFY(trainer.step(&record));
        QCOMPARE(record.step, i);
        // Same numbers through a different code path (predict vs the training forward pass).
        GELULAB_VERIFY_WITHIN(record.trainLoss, expectedTrain, 1e-14, 0.0);
        GELULAB_VERIFY_WITHIN(record.testLoss, expectedTest, 1e-14, 0.0);
        QVERIFY(!bitwiseEqual(before.parameters(), trainer.network().parameters()));
    }
}

void TestTrainer::learnsEveryDataset_data()
{
    QTest::addColumn<DatasetKind>("kind");
    QTest::addColumn<int>("activation");
    for (const DatasetKind kind : gelulab::allDatasetKinds)
        for (const ActivationKind activation : { ActivationKind::Gelu, ActivationKind::Relu })
            QTest::addRow("%s %s", gelulab::datasetKindName(kind).data(),
                gelulab::activationKindName(activation).data())
                << kind << int(activation);
}

void TestTrainer::learnsEveryDataset()
{
    // The lecture's promise: every dataset is learnable by both networks with the panel's defaults.
    QFETCH(DatasetKind, kind);
    QFETCH(int, activation);
    gelulab::TrainingSetup setup;
    setup.dataset = kind;
    setup.activation = static_cast<ActivationKind>(activation);
    setup.hidden = { 16, 16 };
    setup.learningRate = 0.03; // the panel's defaults
    setup.batchSize = 16;
    setup.noise = gelulab::isRegression(kind) ? 0.05 : 0.02;
    gelulab::Trainer trainer = gelulab::makeTrainer(setup);
    const double initial = trainer.evaluateTrain().loss;
    for (int i = 0; i < 1500; ++i)
        QVERIFY2(trainer.step(), trainer.divergenceReason().c_str());
    const gelulab::Evaluation end = trainer.evaluateTrain();
    QVERIFY2(end.loss < 0.2 * initial, qPrintable(QStringLiteral("loss %1 → %2").arg(initial).arg(end.loss)));
    if (!gelulab::isRegression(kind))
        QVERIFY2(end.accuracy >= 0.9, qPrintable(QStringLiteral("accuracy %1").arg(end.accuracy)));
}

void TestTrainer::divergenceStopsWithReason()
{
    // SGD at lr 1e6 on a regression blows the weights up within a few steps.
    gelulab::TrainingSetup setup;
    setup.dataset = DatasetKind::Sine;
    setup.optimizer = OptimizerKind::Sgd;
    setup.learningRate = 1e6;
    setup.batchSize = 0;
    gelulab::Trainer trainer = gelulab::makeTrainer(setup);
    std::vector<gelulab::StepRecord> records;
    gelulab::StepRecord record;
    while (trainer.step(&record)) {
        records.push_back(record);
        if (trainer.diverged())
            break;
        QVERIFY(records.size() < 1000);
    }
    QVERIFY(trainer.diverged());
    QVERIFY2(
        trainer.divergenceReason().find("step") != std::string::npos, trainer.divergenceReason().c_str());
    QVERIFY(!records.empty());
    for (const auto& r : records)
        QVERIFY(std::isfinite(r.trainLoss));
    QCOMPARE(trainer.stepCount(), static_cast<std::int64_t>(records.size()));
    QVERIFY(trainer.network().parameters().allFinite()); // the last finite weights are kept
    const Eigen::VectorXd kept = trainer.network().parameters();
    QVERIFY(!trainer.step());
    QCOMPARE(trainer.stepCount(), static_cast<std::int64_t>(records.size()));
    QVERIFY(bitwiseEqual(kept, trainer.network().parameters()));
    // Reset = a new trainer from the same setup, at a sane rate: it trains again.
    setup.learningRate = 0.01;
    gelulab::Trainer fresh = gelulab::makeTrainer(setup);
    QVERIFY(fresh.step());
    QVERIFY(!fresh.diverged());
}

void TestTrainer::infiniteLossIsNotRecorded()
{
    // A weight of 1e300 makes the output overflow: the very first loss is infinite.
    gelulab::Mlp network({ 1, 1 }, ActivationKind::Linear);
    network.weight(0)(0, 0) = 1e300;
    gelulab::Dataset data;
    data.inputs = Eigen::MatrixXd::Constant(1, 2, 1e10);
    data.targets = Eigen::MatrixXd::Zero(1, 2);
    gelulab::Trainer trainer(
        network, data, {}, gelulab::LossKind::Mse, gelulab::Optimizer(OptimizerKind::Sgd, 0.1), 0, 1);
    gelulab::StepRecord record { -1, -1, -1 };
    QVERIFY(!trainer.step(&record));
    QCOMPARE(record.step, -1); // untouched
    QCOMPARE(trainer.stepCount(), 0);
    QVERIFY(trainer.divergenceReason().find("infinite at step 1") != std::string::npos);
    GELULAB_VERIFY_EXACT(trainer.network().weight(0)(0, 0), 1e300);
}

void TestTrainer::rejectsDataThatDoesNotFit()
{
    gelulab::Mlp network({ 2, 3, 1 }, ActivationKind::Gelu);
    gelulab::Dataset data;
    data.inputs = Eigen::MatrixXd::Zero(2, 3);
    data.targets = Eigen::MatrixXd::Constant(1, 3, 2.0); // class 2 with one logit
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
        gelulab::Trainer(network, data, {}, gelulab::LossKind::CrossEntropy,
            gelulab::Optimizer(OptimizerKind::Adam, 0.01), 0, 1));
    data.inputs = Eigen::MatrixXd::Zero(3, 3);
    data.targets = Eigen::MatrixXd::Zero(1, 3);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
        gelulab::Trainer(network, data, {}, gelulab::LossKind::CrossEntropy,
            gelulab::Optimizer(OptimizerKind::Adam, 0.01), 0, 1));
}

QTEST_GUILESS_MAIN(TestTrainer)
#include "tst_trainer.moc"
