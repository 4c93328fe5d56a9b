// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
// Loss values at points worked out by hand (the numbers in the rows are textbook values:
// log 2, softplus(1) = log(1 + e), e^−500), including logits in the hundreds.
#include <gelulab/losskind.h>

#include "tolerance.h"

#include <QTest>

#include <cmath>
#include <stdexcept>

using gelulab::LossKind;
using Matrix = Eigen::MatrixXd;

Q_DECLARE_METATYPE(LossKind)
Q_DECLARE_METATYPE(Eigen::MatrixXd)

namespace {

Matrix matrix(int rows, int cols, std::initializer_list<double> rowMajor)
{
    Matrix m(rows, cols);
    auto it = rowMajor.begin();
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c)
            m(r, c) = *it++;
    return m;
}

} // namespace

class TestLossKind : public QObject {
    Q_OBJECT

private slots:
    void handWorked_data();
    void handWorked();
    void gradientMatchesCentralDifference_data();
    void gradientMatchesCentralDifference();
    void badLabels_data();
    void badLabels();
    void nonFiniteOutputsGiveNonFiniteLoss();
    void names();
};

void TestLossKind::handWorked_data()
{
    QTest::addColumn<LossKind>("kind");
    QTest::addColumn<Matrix>("outputs");
    QTest::addColumn<Matrix>("targets");
    QTest::addColumn<double>("loss");
    QTest::addColumn<Matrix>("gradient");
    const double ln2 = 0.6931471805599453;
    const double softplus1 = 1.3132616875182228; // log(1 + e)
    const double e500 = 7.124576406741286e-218; // e^−500
    QTest::addRow("bce z=0 y=1") << LossKind::CrossEntropy << matrix(1, 1, { 0 }) << matrix(1, 1, { 1 })
                                 << ln2 << matrix(1, 1, { -0.5 });
    QTest::addRow("bce z=500 y=0") << LossKind::CrossEntropy << matrix(1, 1, { 500 }) << matrix(1, 1, { 0 })
                                   << 500.0 << matrix(1, 1, { 1 });
    QTest::addRow("bce z=500 y=1") << LossKind::CrossEntropy << matrix(1, 1, { 500 }) << matrix(1, 1, { 1 })
                                   << e500 << matrix(1, 1, { -e500 });
    QTest::addRow("bce z=-500 y=1") << LossKind::CrossEntropy << matrix(1, 1, { -500 }) << matrix(1, 1, { 1 })
                                    << 500.0 << matrix(1, 1, { -1 });
    QTest::addRow("bce mean of two") << LossKind::CrossEntropy << matrix(1, 2, { 0, -300 })
                                     << matrix(1, 2, { 0, 1 }) << (ln2 + 300.0) / 2
                                     << matrix(1, 2, { 0.25, -0.5 });
    QTest::addRow("ce equal logits") << LossKind::CrossEntropy << matrix(2, 1, { 3, 3 })
                                     << matrix(1, 1, { 0 }) << ln2 << matrix(2, 1, { -0.5, 0.5 });
    QTest::addRow("ce logits 300,299 y=1")
        << LossKind::CrossEntropy << matrix(2, 1, { 300, 299 }) << matrix(1, 1, { 1 }) << softplus1
        << matrix(2, 1, { 0.7310585786300049, -0.7310585786300049 });
    QTest::addRow("ce logits 1000,0,-1000 y=1")
        << LossKind::CrossEntropy << matrix(3, 1, { 1000, 0, -1000 }) << matrix(1, 1, { 1 }) << 1000.0
        << matrix(3, 1, { 1, -1, 0 });
    QTest::addRow("ce logits -800,-900 y=0")
        << LossKind::CrossEntropy << matrix(2, 1, { -800, -900 }) << matrix(1, 1, { 0 })
        << 3.720075976020836e-44 << matrix(2, 1, { -3.720075976020836e-44, 3.720075976020836e-44 });
    QTest::addRow("mse 2x2") << LossKind::Mse << matrix(2, 2, { 1, 2, 3, 4 }) << matrix(2, 2, { 0, 0, 0, 0 })
                             << 7.5 << matrix(2, 2, { 0.5, 1, 1.5, 2 });
    QTest::addRow("mse exact fit") << LossKind::Mse << matrix(1, 3, { 1, -2, 3 })
                                   << matrix(1, 3, { 1, -2, 3 }) << 0.0 << matrix(1, 3, { 0, 0, 0 });
}

void TestLossKind::handWorked()
{
    QFETCH(LossKind, kind);
    QFETCH(Matrix, outputs);
    QFETCH(Matrix, targets);
    QFETCH(double, loss);
    QFETCH(Matrix, gradient);
    Matrix actualGradient;
    const double actual = gelulab::computeLoss(kind, outputs, targets, &actualGradient);
    // Near 1000 one ulp is 1.1e-13; softplus(1) computed as 300.313… − 299 keeps ~13 digits.
    GELULAB_VERIFY_WITHIN(actual, loss, 4e-14, 1e-300);
    QCOMPARE(actualGradient.rows(), gradient.rows());
    QCOMPARE(actualGradient.cols(), gradient.cols());
    for (Eigen::Index i = 0; i < gradient.size(); ++i)
        GELULAB_VERIFY_WITHIN(actualGradient.data()[i], gradient.data()[i], 1e-13, 1e-300);
    GELULAB_VERIFY_EXACT(gelulab::computeLoss(kind, outputs, targets), actual);
}

void TestLossKind::gradientMatchesCentralDifference_data()
{
    QTest::addColumn<LossKind>("kind");
    QTest::addColumn<Matrix>("outputs");
    QTest::addColumn<Matrix>("targets");
    QTest::addRow("bce") << LossKind::CrossEntropy << matrix(1, 3, { 0.3, -1.7, 2.2 })
                         << matrix(1, 3, { 1, 0, 0 });
    QTest::addRow("ce k=3") << LossKind::CrossEntropy << matrix(3, 2, { 0.1, -0.4, 1.3, 0.9, -2.0, 0.2 })
                            << matrix(1, 2, { 2, 0 });
    QTest::addRow("mse") << LossKind::Mse << matrix(2, 2, { 0.1, -0.4, 1.3, 0.9 })
                         << matrix(2, 2, { 1, 0, -1, 2 });
}

void TestLossKind::gradientMatchesCentralDifference()
{
    QFETCH(LossKind, kind);
    QFETCH(Matrix, outputs);
    QFETCH(Matrix, targets);
    Matrix gradient;
    gelulab::computeLoss(kind, outputs, targets, &gradient);
    constexpr double h = 1e-6;
    for (Eigen::Index i = 0; i < outputs.size(); ++i) {
        Matrix plus = outputs;
        Matrix minus = outputs;
        plus.data()[i] += h;
        minus.data()[i] -= h;
        const double numeric
            = (gelulab::computeLoss(kind, plus, targets) - gelulab::computeLoss(kind, minus, targets))
            / (2 * h);
        GELULAB_VERIFY_WITHIN(gradient.data()[i], numeric, 1e-7, 1e-9);
    }
}

void TestLossKind::badLabels_data()
{
    QTest::addColumn<Matrix>("outputs");
    QTest::addColumn<Matrix>("targets");
    QTest::addRow("bce label 2") << matrix(1, 1, { 0 }) << matrix(1, 1, { 2 });
    QTest::addRow("bce label -1") << matrix(1, 1, { 0 }) << matrix(1, 1, { -1 });
    QTest::addRow("bce label 0.5") << matrix(1, 1, { 0 }) << matrix(1, 1, { 0.5 });
    QTest::addRow("ce label 3 of 3") << matrix(3, 1, { 0, 0, 0 }) << matrix(1, 1, { 3 });
    QTest::addRow("ce label nan") << matrix(3, 1, { 0, 0, 0 }) << matrix(1, 1, { NAN });
    QTest::addRow("ce two label rows") << matrix(2, 1, { 0, 0 }) << matrix(2, 1, { 0, 1 });
}

void TestLossKind::badLabels()
{
    QFETCH(Matrix, outputs);
    QFETCH(Matrix, targets);
    QVERIFY_THROWS_EXCEPTION(
        std::invalid_argument, gelulab::computeLoss(LossKind::CrossEntropy, outputs, targets));
}

void TestLossKind::nonFiniteOutputsGiveNonFiniteLoss()
{
    for (const double bad : { double(NAN), double(INFINITY), -double(INFINITY) })
        QVERIFY(
            !std::isfinite(gelulab::computeLoss(LossKind::Mse, matrix(1, 1, { bad }), matrix(1, 1, { 0 }))));
    for (const double bad : { double(NAN), double(INFINITY) }) {
        QVERIFY(!std::isfinite(
            gelulab::computeLoss(LossKind::CrossEntropy, matrix(2, 1, { bad, 0 }), matrix(1, 1, { 1 }))));
        QVERIFY(!std::isfinite(
            gelulab::computeLoss(LossKind::CrossEntropy, matrix(2, 1, { 0, bad }), matrix(1, 1, { 0 }))));
    }
    // A −inf logit for a wrong class is the limit of certainty: loss 0, as in PyTorch.
    GELULAB_VERIFY_EXACT(
        gelulab::computeLoss(LossKind::CrossEntropy, matrix(2, 1, { -INFINITY, 0 }), matrix(1, 1, { 1 })),
        0.0);
    QVERIFY(
        std::isnan(gelulab::computeLoss(LossKind::CrossEntropy, matrix(1, 1, { NAN }), matrix(1, 1, { 1 }))));
}

void TestLossKind::names()
{
    QCOMPARE(gelulab::parseLossKind("mse"), LossKind::Mse);
    QCOMPARE(gelulab::parseLossKind("cross_entropy"), LossKind::CrossEntropy);
    QVERIFY(!gelulab::parseLossKind("bce").has_value());
    QCOMPARE(gelulab::lossKindName(LossKind::CrossEntropy), std::string_view("cross_entropy"));
}

QTEST_GUILESS_MAIN(TestLossKind)
#include "tst_losskind.moc"
