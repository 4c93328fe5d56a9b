// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include <gelulab/mlp.h>
#include <gelulab/randomsource.h>

#include "tolerance.h"

#include <QTest>

#include <cmath>
#include <random>

using gelulab::ActivationKind;
using gelulab::LossKind;
using gelulab::Mlp;

Q_DECLARE_METATYPE(ActivationKind)
Q_DECLARE_METATYPE(LossKind)

class TestMlp : public QObject {
    Q_OBJECT

private slots:
    void forwardHandWorked_data();
    void forwardHandWorked();
    void gradientMatchesCentralDifference_data();
    void gradientMatchesCentralDifference();
    void initializationLikeNnLinear_data();
    void initializationLikeNnLinear();
    void initializationIsSeeded();
    void layout();
    void rejectsBadShapes();
    void activationNames();
};

void TestMlp::forwardHandWorked_data()
{
    // A 1-1-1 network, w1 = 2, b1 = −1, w2 = 3, b2 = 0.5: out = 3·f(2x − 1) + 0.5.
    QTest::addColumn<ActivationKind>("activation");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("expected");
    QTest::addRow("relu x=1") << ActivationKind::Relu << 1.0 << 3.5;
    QTest::addRow("relu x=0") << ActivationKind::Relu << 0.0 << 0.5;
    QTest::addRow("linear x=1") << ActivationKind::Linear << 1.0 << 3.5;
    // GELU(1) = Φ(1) = 0.841344746068542948585… (tables of the normal CDF).
    QTest::addRow("gelu x=1") << ActivationKind::Gelu << 1.0 << 3.0 * 0.8413447460685429 + 0.5;
    // tanh(1) = 0.761594155955764888…; σ(1) = 0.731058578630004879…
    QTest::addRow("tanh x=1") << ActivationKind::Tanh << 1.0 << 3.0 * 0.7615941559557649 + 0.5;
    QTest::addRow("sigmoid x=1") << ActivationKind::Sigmoid << 1.0 << 3.0 * 0.7310585786300049 + 0.5;
    // gelu_sigmoid(1) = σ(1.702) = 0.845795765932…; gelu_tanh(1) = ½(1 + tanh(√(2/π)·1.044715)) =
    // 0.841191990608… (mpmath)
    QTest::addRow("gelu_sigmoid x=1") << ActivationKind::GeluSigmoid << 1.0 << 3.0 * 0.8457957659328213 + 0.5;
    QTest::addRow("gelu_tanh x=1") << ActivationKind::GeluTanh << 1.0 << 3.0 * 0.8411919906082768 + 0.5;
}

void TestMlp::forwardHandWorked()
{
    QFETCH(ActivationKind, activation);
    QFETCH(double, x);
    QFETCH(double, expected);
    Mlp network({ 1, 1, 1 }, activation);
    network.weight(0)(0, 0) = 2.0;
    network.bias(0)(0) = -1.0;
    network.weight(1)(0, 0) = 3.0;
    network.bias(1)(0) = 0.5;
    const Eigen::MatrixXd out = network.predict(Eigen::MatrixXd::Constant(1, 1, x));
    GELULAB_VERIFY_WITHIN(out(0, 0), expected, 1e-15, 1e-15);
}

void TestMlp::gradientMatchesCentralDifference_data()
{
    QTest::addColumn<ActivationKind>("activation");
    QTest::addColumn<LossKind>("loss");
    QTest::addColumn<int>("outputs");
    for (const ActivationKind activation : gelulab::allActivationKinds) {
        const auto name = gelulab::activationKindName(activation);
        QTest::addRow("%s bce", name.data()) << activation << LossKind::CrossEntropy << 1;
        QTest::addRow("%s ce3", name.data()) << activation << LossKind::CrossEntropy << 3;
        QTest::addRow("%s mse2", name.data()) << activation << LossKind::Mse << 2;
    }
}

void TestMlp::gradientMatchesCentralDifference()
{
    QFETCH(ActivationKind, activation);
    QFETCH(LossKind, loss);
    QFETCH(int, outputs);
    Mlp network({ 2, 5, 4, outputs }, activation);
    network.initialize(11);
    gelulab::RandomSource random(3);
    constexpr int n = 7;
    Eigen::MatrixXd inputs(2, n);
    Eigen::MatrixXd targets(loss == LossKind::Mse ? outputs : 1, n);
    for (int i = 0; i < n; ++i) {
        inputs.col(i) << random.uniform(-2, 2), random.uniform(-2, 2);
        for (Eigen::Index r = 0; r < targets.rows(); ++r)
            targets(r, i) = loss == LossKind::Mse
                ? random.uniform(-1, 1)
                : static_cast<double>(random.index(outputs == 1 ? 2 : outputs));
    }
    Eigen::VectorXd gradient;
    network.lossAndGradient(loss, inputs, targets, gradient);
    QCOMPARE(gradient.size(), network.parameters().size());
    const Eigen::VectorXd original = network.parameters();
    constexpr double h = 1e-6;
    for (Eigen::Index p = 0; p < original.size(); ++p) {
        network.parameters() = original;
        network.parameters()(p) += h;
        const double up = gelulab::computeLoss(loss, network.predict(inputs), targets);
        network.parameters()(p) -= 2 * h;
        const double down = gelulab::computeLoss(loss, network.predict(inputs), targets);
        const double numeric = (up - down) / (2 * h);
        // Central differences are O(h²) ≈ 1e-12 off, plus rounding ≈ 1e-16/h = 1e-10: allow 1e-8.
        const QString message = compareWithin(gradient(p), numeric, 1e-6, 1e-8);
        QVERIFY2(message.isEmpty(), qPrintable(QStringLiteral("parameter %1: ").arg(p) + message));
    }
}

void TestMlp::initializationLikeNnLinear_data()
{
    QTest::addColumn<QList<int>>("sizes");
    QTest::addRow("2-16-16-1") << QList<int> { 2, 16, 16, 1 };
    QTest::addRow("1-64-3") << QList<int> { 1, 64, 3 };
}

void TestMlp::initializationLikeNnLinear()
{
    QFETCH(QList<int>, sizes);
    Mlp network(std::vector<int>(sizes.begin(), sizes.end()), ActivationKind::Gelu);
    network.initialize(2024);
    // Recompute the draws from the raw engine words: weight rows, then bias, layer by layer.
    std::mt19937_64 engine(2024);
    for (int l = 0; l < network.linearLayerCount(); ++l) {
        const double bound = 1.0 / std::sqrt(double(sizes[l]));
        auto next = [&] { return -bound + 2.0 * bound * std::ldexp(double(engine() >> 11), -53); };
        const auto w = network.weight(l);
        QCOMPARE(w.rows(), sizes[l + 1]);
        QCOMPARE(w.cols(), sizes[l]);
        for (Eigen::Index r = 0; r < w.rows(); ++r)
            for (Eigen::Index c = 0; c < w.cols(); ++c) {
                GELULAB_VERIFY_EXACT(w(r, c), next());
                QVERIFY(w(r, c) >= -bound && w(r, c) < bound);
            }
        const auto b = network.bias(l);
        for (Eigen::Index r = 0; r < b.size(); ++r)
            GELULAB_VERIFY_EXACT(b(r), next());
        // A fan-in of 64 gives ±0.125: the spread must actually use the range.
        QVERIFY(w.maxCoeff() > 0.5 * bound && w.minCoeff() < -0.5 * bound);
    }
}

void TestMlp::initializationIsSeeded()
{
    Mlp a({ 2, 8, 1 }, ActivationKind::Gelu);
    Mlp b({ 2, 8, 1 }, ActivationKind::Relu);
    Mlp c({ 2, 8, 1 }, ActivationKind::Gelu);
    a.initialize(5);
    b.initialize(5);
    c.initialize(6);
    QVERIFY(a.parameters() == b.parameters()); // same start whatever the activation
    QVERIFY(a.parameters() != c.parameters());
}

void TestMlp::layout()
{
    Mlp network({ 3, 4, 2 }, ActivationKind::Relu);
    QCOMPARE(network.parameters().size(), 3 * 4 + 4 + 4 * 2 + 2);
    network.weight(1)(1, 3) = 7.0;
    // Layer 1's weight starts after layer 0's 12 weights and 4 biases; column-major, so (1, 3) is 3·2 + 1.
    GELULAB_VERIFY_EXACT(network.parameters()(16 + 7), 7.0);
    network.bias(1)(1) = 9.0;
    GELULAB_VERIFY_EXACT(network.parameters()(16 + 8 + 1), 9.0);
}

void TestMlp::rejectsBadShapes()
{
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Mlp({ 2 }, ActivationKind::Gelu));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Mlp({ 2, 0, 1 }, ActivationKind::Gelu));
    Mlp network({ 2, 3, 1 }, ActivationKind::Gelu);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, network.predict(Eigen::MatrixXd::Zero(3, 4)));
}

void TestMlp::activationNames()
{
    for (const ActivationKind kind : gelulab::allActivationKinds)
        QCOMPARE(gelulab::parseActivationKind(gelulab::activationKindName(kind)), kind);
    QVERIFY(!gelulab::parseActivationKind("GELU"));
    QVERIFY(!gelulab::parseActivationKind("swish"));
}

QTEST_GUILESS_MAIN(TestMlp)
#include "tst_mlp.moc"
