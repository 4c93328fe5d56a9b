// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include <gelulab/activationkind.h>
#include <gelulab/activations.h>

#include "referencetable.h"
#include "tolerance.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <vector>

using gelulab::GeluMode;

Q_DECLARE_METATYPE(GeluMode)

namespace {

// The accuracy promised in activations.h: tighter in the window a lecturer looks at.
double relativeTolerance(double x) { return std::fabs(x) <= 5.0 ? 2e-14 : 1e-12; }

// Below 1e-300 no relative promise is made; the result must merely be that small too.
constexpr double kTiny = 1e-300;

double keyPointX(GeluMode mode, const char* kind)
{
    static const ReferenceTable table(QStringLiteral("gelu_keypoints.csv"));
    const QByteArray name(gelulab::geluModeName(mode).data());
    for (const auto& row : table.rows()) {
        if (row[0] == name && row[1] == kind)
            return ReferenceTable::number(row[2]);
    }
    throw std::runtime_error("key point missing from gelu_keypoints.csv");
}

} // namespace

class TestActivations : public QObject {
    Q_OBJECT

private slots:
    void againstReference_data();
    void againstReference();
    void normalDistribution_data();
    void normalDistribution();
    void limits_data();
    void limits();
    void oddPartIsHalfX_data();
    void oddPartIsHalfX();
    void derivativeMatchesCentralDifference_data();
    void derivativeMatchesCentralDifference();
    void nonPositiveOnNegativeAxis_data();
    void nonPositiveOnNegativeAxis();
    void valuesAtZero_data();
    void valuesAtZero();
    void relu_data();
    void relu();
    void batchMatchesScalar_data();
    void batchMatchesScalar();
    void batchRejectsSizeMismatch();
    void trainerBatchAgainstReference_data();
    void trainerBatchAgainstReference();
    void modeNames_data();
    void modeNames();
};

void TestActivations::againstReference_data()
{
    QTest::addColumn<GeluMode>("mode");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("derivative");
    QTest::addColumn<double>("second");

    const ReferenceTable table(QStringLiteral("gelu_reference.csv"));
    for (const auto& row : table.rows()) {
        const auto mode = gelulab::parseGeluMode(row[0].toStdString());
        QVERIFY(mode.has_value());
        const double x = ReferenceTable::number(row[1]);
        QTest::addRow("%s x=%.17g", row[0].constData(), x)
            << *mode << x << ReferenceTable::number(row[2]) << ReferenceTable::number(row[3])
            << ReferenceTable::number(row[4]);
    }
}

void TestActivations::againstReference()
{
    QFETCH(GeluMode, mode);
    QFETCH(double, x);
    QFETCH(double, value);
    QFETCH(double, derivative);
    QFETCH(double, second);

    const double rel = relativeTolerance(x);
    GELULAB_VERIFY_WITHIN(gelulab::gelu(x, mode), value, std::fabs(value) >= kTiny ? rel : 0.0, kTiny);

    // Next to the derivative's zero (the minimum of f) relative error is meaningless: 1e-16 absolute.
    const bool nearMinimum = std::fabs(x - keyPointX(mode, "minimum")) < 0.05;
    const double derivativeAbs = nearMinimum ? 1e-16 : kTiny;
    GELULAB_VERIFY_WITHIN(gelulab::geluDerivative(x, mode), derivative,
                          std::fabs(derivative) >= kTiny ? rel : 0.0, derivativeAbs);

    // f'' only locates landmarks; it must still be accurate, absolute 1e-15 next to its zeros.
    const bool nearInflection = std::fabs(std::fabs(x) - keyPointX(mode, "inflection_right")) < 0.05;
    GELULAB_VERIFY_WITHIN(gelulab::geluSecondDerivative(x, mode), second,
                          std::fabs(second) >= kTiny ? 1e-12 : 0.0, nearInflection ? 1e-15 : kTiny);
}

void TestActivations::normalDistribution_data()
{
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("cdf");
    QTest::addColumn<double>("pdf");
    const ReferenceTable table(QStringLiteral("normal_reference.csv"));
    for (const auto& row : table.rows()) {
        const double x = ReferenceTable::number(row[0]);
        QTest::addRow("x=%.17g", x) << x << ReferenceTable::number(row[1]) << ReferenceTable::number(row[2]);
    }
}

void TestActivations::normalDistribution()
{
    QFETCH(double, x);
    QFETCH(double, cdf);
    QFETCH(double, pdf);
    const double rel = relativeTolerance(x);
    GELULAB_VERIFY_WITHIN(gelulab::normalCdf(x), cdf, std::fabs(cdf) >= kTiny ? rel : 0.0, kTiny);
    GELULAB_VERIFY_WITHIN(gelulab::normalPdf(x), pdf, std::fabs(pdf) >= kTiny ? rel : 0.0, kTiny);
}

void TestActivations::limits_data()
{
    QTest::addColumn<GeluMode>("mode");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("derivative");
    const double inf = std::numeric_limits<double>::infinity();
    const double nan = std::numeric_limits<double>::quiet_NaN();
    for (const GeluMode mode : gelulab::allGeluModes) {
        const char* name = gelulab::geluModeName(mode).data();
        QTest::addRow("%s +inf", name) << mode << inf << inf << 1.0;
        QTest::addRow("%s -inf", name) << mode << -inf << 0.0 << 0.0;
        QTest::addRow("%s nan", name) << mode << nan << nan << nan;
        QTest::addRow("%s max", name) << mode << std::numeric_limits<double>::max()
                                      << std::numeric_limits<double>::max() << 1.0;
        QTest::addRow("%s lowest", name) << mode << std::numeric_limits<double>::lowest() << 0.0 << 0.0;
    }
}

void TestActivations::limits()
{
    QFETCH(GeluMode, mode);
    QFETCH(double, x);
    QFETCH(double, value);
    QFETCH(double, derivative);
    // Exact comparisons: these are the mathematical limits, representable exactly.
    const double f = gelulab::gelu(x, mode);
    const double df = gelulab::geluDerivative(x, mode);
    if (std::isnan(value)) {
        QVERIFY(std::isnan(f));
        QVERIFY(std::isnan(df));
        QVERIFY(std::isnan(gelulab::geluSecondDerivative(x, mode)));
        return;
    }
    GELULAB_VERIFY_EXACT(f, value);
    GELULAB_VERIFY_EXACT(df, derivative);
    GELULAB_VERIFY_EXACT(gelulab::geluSecondDerivative(x, mode), 0.0);
}

void TestActivations::oddPartIsHalfX_data()
{
    QTest::addColumn<GeluMode>("mode");
    QTest::addColumn<double>("x");
    for (const GeluMode mode : gelulab::allGeluModes) {
        for (int i = 1; i <= 400; ++i) {
            const double x = 0.025 * i * (i % 2 ? 1.0 : 1.7); // spread over (0, 17]
            QTest::addRow("%s x=%g", gelulab::geluModeName(mode).data(), x) << mode << x;
        }
        QTest::addRow("%s x=1e6", gelulab::geluModeName(mode).data()) << mode << 1e6;
    }
}

void TestActivations::oddPartIsHalfX()
{
    // f(x) − f(−x) = x·(Φ(x) + Φ(−x)) = x holds for every variant, since each is x times a CDF of a
    // symmetric distribution.
    QFETCH(GeluMode, mode);
    QFETCH(double, x);
    const double lhs = gelulab::gelu(x, mode) - gelulab::gelu(-x, mode);
    GELULAB_VERIFY_WITHIN(lhs, x, 4e-16, 0.0);
}

void TestActivations::derivativeMatchesCentralDifference_data()
{
    QTest::addColumn<GeluMode>("mode");
    QTest::addColumn<double>("x");
    for (const GeluMode mode : gelulab::allGeluModes) {
        for (int i = -60; i <= 60; ++i) {
            const double x = 0.1 * i + 0.0123;
            QTest::addRow("%s x=%g", gelulab::geluModeName(mode).data(), x) << mode << x;
        }
    }
}

void TestActivations::derivativeMatchesCentralDifference()
{
    QFETCH(GeluMode, mode);
    QFETCH(double, x);
    // Central difference error ~ h²·f'''/6 + eps·|f|/h; h = 1e-5 balances them near 1e-10.
    const double h = 1e-5;
    const double fd = (gelulab::gelu(x + h, mode) - gelulab::gelu(x - h, mode)) / (2 * h);
    GELULAB_VERIFY_WITHIN(gelulab::geluDerivative(x, mode), fd, 0.0, 1e-9);
    const double fd2 = (gelulab::geluDerivative(x + h, mode) - gelulab::geluDerivative(x - h, mode)) / (2 * h);
    GELULAB_VERIFY_WITHIN(gelulab::geluSecondDerivative(x, mode), fd2, 0.0, 1e-9);
}

void TestActivations::nonPositiveOnNegativeAxis_data()
{
    QTest::addColumn<GeluMode>("mode");
    QTest::addColumn<double>("x");
    for (const GeluMode mode : gelulab::allGeluModes) {
        for (double x = -1e-300; x > -1e300; x *= 7.3)
            QTest::addRow("%s x=%g", gelulab::geluModeName(mode).data(), x) << mode << x;
    }
}

void TestActivations::nonPositiveOnNegativeAxis()
{
    QFETCH(GeluMode, mode);
    QFETCH(double, x);
    const double f = gelulab::gelu(x, mode);
    QVERIFY2(f <= 0.0, qPrintable(QStringLiteral("f(%1) = %2").arg(x).arg(f)));
    QVERIFY(std::isfinite(f));
    QVERIFY(std::isfinite(gelulab::geluDerivative(x, mode)));
}

void TestActivations::valuesAtZero_data()
{
    QTest::addColumn<GeluMode>("mode");
    for (const GeluMode mode : gelulab::allGeluModes)
        QTest::addRow("%s", gelulab::geluModeName(mode).data()) << mode;
}

void TestActivations::valuesAtZero()
{
    QFETCH(GeluMode, mode);
    GELULAB_VERIFY_EXACT(gelulab::gelu(0.0, mode), 0.0);
    GELULAB_VERIFY_EXACT(gelulab::geluDerivative(0.0, mode), 0.5);
    GELULAB_VERIFY_EXACT(gelulab::geluDerivative(-0.0, mode), 0.5);
}

void TestActivations::relu_data()
{
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("derivative");
    const double inf = std::numeric_limits<double>::infinity();
    QTest::addRow("negative") << -2.5 << 0.0 << 0.0;
    QTest::addRow("zero: ReLU'(0) = 0") << 0.0 << 0.0 << 0.0;
    QTest::addRow("negative zero") << -0.0 << 0.0 << 0.0;
    QTest::addRow("smallest positive") << 5e-324 << 5e-324 << 1.0;
    QTest::addRow("positive") << 3.25 << 3.25 << 1.0;
    QTest::addRow("+inf") << inf << inf << 1.0;
    QTest::addRow("-inf") << -inf << 0.0 << 0.0;
}

void TestActivations::relu()
{
    QFETCH(double, x);
    QFETCH(double, value);
    QFETCH(double, derivative);
    GELULAB_VERIFY_EXACT(gelulab::relu(x), value);
    GELULAB_VERIFY_EXACT(gelulab::reluDerivative(x), derivative);
    QVERIFY(std::isnan(gelulab::relu(NAN)));
    QVERIFY(std::isnan(gelulab::reluDerivative(NAN)));
}

void TestActivations::batchMatchesScalar_data()
{
    QTest::addColumn<GeluMode>("mode");
    for (const GeluMode mode : gelulab::allGeluModes)
        QTest::addRow("%s", gelulab::geluModeName(mode).data()) << mode;
}

void TestActivations::batchMatchesScalar()
{
    QFETCH(GeluMode, mode);
    std::vector<double> xs { -INFINITY, -1e20, -37.0, -3.0, -0.5, 0.0, 0.25, 4.0, 1e20, INFINITY, NAN };
    std::vector<double> value(xs.size()), derivative(xs.size()), both(xs.size()), bothD(xs.size());
    std::vector<double> r(xs.size()), rd(xs.size());
    gelulab::gelu(xs, value, mode);
    gelulab::geluDerivative(xs, derivative, mode);
    gelulab::geluWithDerivative(xs, both, bothD, mode);
    gelulab::relu(xs, r);
    gelulab::reluDerivative(xs, rd);
    for (std::size_t i = 0; i < xs.size(); ++i) {
        const double x = xs[i];
        // Bit-for-bit: the batch forms must not take a different numerical path.
        QCOMPARE(std::isnan(value[i]), std::isnan(gelulab::gelu(x, mode)));
        if (std::isnan(x))
            continue;
        GELULAB_VERIFY_EXACT(value[i], gelulab::gelu(x, mode));
        GELULAB_VERIFY_EXACT(derivative[i], gelulab::geluDerivative(x, mode));
        GELULAB_VERIFY_EXACT(both[i], gelulab::gelu(x, mode));
        GELULAB_VERIFY_EXACT(bothD[i], gelulab::geluDerivative(x, mode));
        GELULAB_VERIFY_EXACT(r[i], gelulab::relu(x));
        GELULAB_VERIFY_EXACT(rd[i], gelulab::reluDerivative(x));
    }
}

void TestActivations::batchRejectsSizeMismatch()
{
    std::vector<double> xs(4, 1.0), out(3);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, gelulab::gelu(xs, out, GeluMode::Exact));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, gelulab::relu(xs, out));
}

void TestActivations::trainerBatchAgainstReference_data()
{
    QTest::addColumn<GeluMode>("mode");
    QTest::addColumn<bool>("withDerivative");
    QTest::addColumn<int>("offset");
    for (const GeluMode mode : gelulab::allGeluModes) {
        for (const bool withDerivative : { true, false }) {
            // The offset shifts every x into another of the four lanes and moves the scalar tail.
            for (int offset = 0; offset < 4; ++offset)
                QTest::addRow("%s %s offset %d", gelulab::geluModeName(mode).data(),
                    withDerivative ? "value+derivative" : "value", offset)
                    << mode << withDerivative << offset;
        }
    }
}

void TestActivations::trainerBatchAgainstReference()
{
    // applyActivation is the trainer's path (four-wide where the CPU has AVX2): it must keep the
    // accuracy of the scalar functions on the whole reference grid, and their limits exactly.
    QFETCH(GeluMode, mode);
    QFETCH(bool, withDerivative);
    QFETCH(int, offset);
    const gelulab::ActivationKind kind = mode == GeluMode::Exact ? gelulab::ActivationKind::Gelu
        : mode == GeluMode::Tanh                                 ? gelulab::ActivationKind::GeluTanh
                                                                 : gelulab::ActivationKind::GeluSigmoid;
    const double inf = std::numeric_limits<double>::infinity();
    // Padded with x = 0, where every variant is 0 with slope ½.
    std::vector<double> xs(static_cast<std::size_t>(offset), 0.0);
    std::vector<double> values(xs.size(), 0.0);
    std::vector<double> derivatives(xs.size(), 0.5);
    const ReferenceTable table(QStringLiteral("gelu_reference.csv"));
    const QByteArray name(gelulab::geluModeName(mode).data());
    for (const auto& row : table.rows()) {
        if (row[0] != name)
            continue;
        xs.push_back(ReferenceTable::number(row[1]));
        values.push_back(ReferenceTable::number(row[2]));
        derivatives.push_back(ReferenceTable::number(row[3]));
        if (xs.size() % 97 == 0) { // limits among ordinary numbers, in every lane over the rows
            for (const double special : { inf, -inf, double(NAN) }) {
                xs.push_back(special);
                values.push_back(special > 0 ? inf : std::isnan(special) ? NAN : 0.0);
                derivatives.push_back(special > 0 ? 1.0 : std::isnan(special) ? NAN : 0.0);
            }
        }
    }
    std::vector<double> value(xs.size(), -1.0), derivative(withDerivative ? xs.size() : 0);
    gelulab::applyActivation(kind, xs, value, derivative);
    const double minimum = keyPointX(mode, "minimum");
    for (std::size_t i = 0; i < xs.size(); ++i) {
        const double x = xs[i];
        if (std::isinf(x) || std::isnan(x)) {
            GELULAB_VERIFY_EXACT(value[i], values[i]);
            if (withDerivative)
                GELULAB_VERIFY_EXACT(derivative[i], derivatives[i]);
            continue;
        }
        const double rel = relativeTolerance(x);
        GELULAB_VERIFY_WITHIN(value[i], values[i], std::fabs(values[i]) >= kTiny ? rel : 0.0, kTiny);
        if (withDerivative)
            GELULAB_VERIFY_WITHIN(derivative[i], derivatives[i],
                std::fabs(derivatives[i]) >= kTiny ? rel : 0.0,
                std::fabs(x - minimum) < 0.05 ? 1e-16 : kTiny);
    }
}

void TestActivations::modeNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("mode"); // −1: not a mode
    QTest::addRow("exact") << "exact" << int(GeluMode::Exact);
    QTest::addRow("none (PyTorch alias)") << "none" << int(GeluMode::Exact);
    QTest::addRow("tanh") << "tanh" << int(GeluMode::Tanh);
    QTest::addRow("sigmoid") << "sigmoid" << int(GeluMode::Sigmoid);
    QTest::addRow("capitalised") << "Exact" << -1;
    QTest::addRow("empty") << "" << -1;
    QTest::addRow("erf") << "erf" << -1;
}

void TestActivations::modeNames()
{
    QFETCH(QString, name);
    QFETCH(int, mode);
    const auto parsed = gelulab::parseGeluMode(name.toStdString());
    QCOMPARE(parsed.has_value(), mode >= 0);
    if (parsed) {
        QCOMPARE(int(*parsed), mode);
        QCOMPARE(gelulab::parseGeluMode(gelulab::geluModeName(*parsed)), parsed);
    }
}

QTEST_APPLESS_MAIN(TestActivations)
#include "tst_activations.moc"
