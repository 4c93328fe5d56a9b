// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
// Updates worked out by hand from PyTorch's documented rules (torch.optim.SGD / Adam, 1.13).
#include <gelulab/optimizer.h>

#include "tolerance.h"

#include <QTest>

#include <vector>

using gelulab::Optimizer;
using gelulab::OptimizerKind;

Q_DECLARE_METATYPE(OptimizerKind)
Q_DECLARE_METATYPE(std::vector<double>)

class TestOptimizer : public QObject {
    Q_OBJECT

private slots:
    void handWorked_data();
    void handWorked();
    void learningRateChangeKeepsMoments();
    void adamIgnoresGradientScale();
    void names();
};

void TestOptimizer::handWorked_data()
{
    QTest::addColumn<OptimizerKind>("kind");
    QTest::addColumn<std::vector<double>>("gradients"); // one scalar parameter, starting at 1
    QTest::addColumn<std::vector<double>>("learningRates");
    QTest::addColumn<std::vector<double>>("expected"); // parameter after each step

    QTest::addRow("sgd") << OptimizerKind::Sgd << std::vector { 0.5, -2.0 } << std::vector { 0.1, 0.1 }
                         << std::vector { 0.95, 1.15 };
    // b1 = g1 = 1 (not 0.9·0 + 1 — same here), p = 0.9; b2 = 0.9·1 + 1 = 1.9, p = 0.9 − 0.19 = 0.71;
    // b3 = 0.9·1.9 − 1 = 0.71, p = 0.71 − 0.071 = 0.639.
    QTest::addRow("momentum") << OptimizerKind::Momentum << std::vector { 1.0, 1.0, -1.0 }
                              << std::vector { 0.1, 0.1, 0.1 } << std::vector { 0.9, 0.71, 0.639 };
    // Step 1: m̂ = g, v̂ = g², so p −= lr·g/(|g| + 1e-8) = 0.1·2/(2 + 1e-8) = 0.0999999995.
    // Step 2, g = 2 again: m = 0.38, v = 0.007996, m̂ = 0.38/0.19 = 2, v̂ = 0.007996/0.001999 = 4: the same
    // step.
    QTest::addRow("adam constant gradient")
        << OptimizerKind::Adam << std::vector { 2.0, 2.0 } << std::vector { 0.1, 0.1 }
        << std::vector { 0.9000000005, 0.800000001 };
    // Step 2 with g = −2 after g = 2: m = 0.9·0.2 − 0.2 = −0.02, m̂ = −0.02/0.19; v̂ = 4;
    // p = 0.9000000005 + 0.1·(0.02/0.19)/(2 + 1e-8) = 0.9000000005 + 0.005263157868421...
    QTest::addRow("adam sign flip") << OptimizerKind::Adam << std::vector { 2.0, -2.0 }
                                    << std::vector { 0.1, 0.1 }
                                    << std::vector { 0.9000000005, 0.9052631583684210 };
    // A zero gradient moves nothing: 0/(0 + ε) = 0.
    QTest::addRow("adam zero gradient")
        << OptimizerKind::Adam << std::vector { 0.0 } << std::vector { 0.1 } << std::vector { 1.0 };
}

void TestOptimizer::handWorked()
{
    QFETCH(OptimizerKind, kind);
    QFETCH(std::vector<double>, gradients);
    QFETCH(std::vector<double>, learningRates);
    QFETCH(std::vector<double>, expected);
    Optimizer optimizer(kind, learningRates.front());
    Eigen::VectorXd parameter = Eigen::VectorXd::Constant(1, 1.0);
    for (std::size_t i = 0; i < gradients.size(); ++i) {
        optimizer.setLearningRate(learningRates[i]);
        optimizer.step(parameter, Eigen::VectorXd::Constant(1, gradients[i]));
        GELULAB_VERIFY_WITHIN(parameter(0), expected[i], 2e-15, 0.0);
    }
    QCOMPARE(optimizer.stepCount(), static_cast<std::int64_t>(gradients.size()));
}

void TestOptimizer::learningRateChangeKeepsMoments()
{
    // Momentum: b1 = 1 at lr 0.1 (p = 0.9), then lr 0.01: b2 = 1.9, p = 0.9 − 0.019 = 0.881.
    Optimizer optimizer(OptimizerKind::Momentum, 0.1);
    Eigen::VectorXd p = Eigen::VectorXd::Constant(1, 1.0);
    const Eigen::VectorXd g = Eigen::VectorXd::Constant(1, 1.0);
    optimizer.step(p, g);
    optimizer.setLearningRate(0.01);
    optimizer.step(p, g);
    GELULAB_VERIFY_WITHIN(p(0), 0.881, 2e-15, 0.0);
    optimizer.reset();
    optimizer.step(p, g); // a fresh buffer: b = g
    GELULAB_VERIFY_WITHIN(p(0), 0.871, 2e-15, 0.0);
}

void TestOptimizer::adamIgnoresGradientScale()
{
    // Adam's first step is lr·sign(g) up to ε, whatever |g|: the point of the normalisation.
    for (const double g : { 1e-3, 1.0, 1e3 }) {
        Optimizer optimizer(OptimizerKind::Adam, 0.01);
        Eigen::VectorXd p = Eigen::VectorXd::Zero(2);
        Eigen::VectorXd gradient(2);
        gradient << g, -g;
        optimizer.step(p, gradient);
        GELULAB_VERIFY_WITHIN(p(0), -0.01, 1e-5, 0.0);
        GELULAB_VERIFY_WITHIN(p(1), 0.01, 1e-5, 0.0);
    }
}

void TestOptimizer::names()
{
    for (const char* name : { "sgd", "momentum", "adam" })
        QCOMPARE(gelulab::optimizerKindName(*gelulab::parseOptimizerKind(name)), std::string_view(name));
    QVERIFY(!gelulab::parseOptimizerKind("rmsprop"));
}

QTEST_GUILESS_MAIN(TestOptimizer)
#include "tst_optimizer.moc"
