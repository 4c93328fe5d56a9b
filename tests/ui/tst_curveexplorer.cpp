// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include "curvechart.h"
#include "curveexplorer.h"
#include "curvelayer.h"
#include "errorchart.h"
#include "formulapanel.h"

#include "tolerance.h"

#include <gelulab/activations.h>
#include <gelulab/keypoints.h>
#include <gelulab/xrange.h>

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QGraphicsWidget>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>
#include <QToolButton>

#include <cmath>
#include <numeric>

using gelulab::GeluMode;
using Curve = CurveChart::Curve;

Q_DECLARE_METATYPE(GeluMode)
Q_DECLARE_METATYPE(CurveChart::Curve)

namespace {

double coreValue(Curve curve, double x, GeluMode mode)
{
    switch (curve) {
    case Curve::GeluExact:
        return gelulab::gelu(x, GeluMode::Exact);
    case Curve::GeluTanh:
        return gelulab::gelu(x, GeluMode::Tanh);
    case Curve::GeluSigmoid:
        return gelulab::gelu(x, GeluMode::Sigmoid);
    case Curve::Derivative:
        return gelulab::geluDerivative(x, mode);
    case Curve::Relu:
        return gelulab::relu(x);
    case Curve::ReluDerivative:
        return gelulab::reluDerivative(x);
    case Curve::NormalCdf:
        return gelulab::normalCdf(x);
    }
    return qQNaN();
}

// Every drawn point of the curve is core's value at its x, exactly (the chart adds nothing).
void verifyAgainstCore(const CurveChart* chart, Curve curve)
{
    const QList<QPointF> points = chart->points(curve);
    QVERIFY2(points.size() > 100, qPrintable(chart->curveName(curve)));
    for (qsizetype i = 0; i < points.size(); i += 29)
        GELULAB_VERIFY_EXACT(points[i].y(), coreValue(curve, points[i].x(), chart->mode()));
    GELULAB_VERIFY_EXACT(points.back().y(), coreValue(curve, points.back().x(), chart->mode()));
}

// A click on the box itself: the middle of a wide QCheckBox may be empty space.
void clickCheckBox(QCheckBox* box)
{
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
}

// The chart's x span is the state's, and min < max with the minimum span.
void verifyRangeValid(const CurveExplorer& explorer)
{
    const auto x = explorer.state().x;
    QVERIFY2(x.from < x.to, qPrintable(QStringLiteral("[%1, %2]").arg(x.from).arg(x.to)));
    QVERIFY(
        x.to - x.from >= gelulab::minimumSpan(std::fmax(std::fabs(x.from), std::fabs(x.to))) * (1 - 1e-9));
    QVERIFY(x.from >= CurveExplorerState::xLimits.from && x.to <= CurveExplorerState::xLimits.to);
    const auto points = explorer.curveChart()->valuePoints();
    QVERIFY(!points.isEmpty());
    GELULAB_VERIFY_EXACT(points.front().x(), x.from);
    GELULAB_VERIFY_EXACT(points.back().x(), x.to);
}

} // namespace

class TestCurveExplorer : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void slidersDriveChart_data();
    void slidersDriveChart();
    void spinAndSliderStayInSync_data();
    void spinAndSliderStayInSync();
    void minStaysBelowMax_data();
    void minStaysBelowMax();
    void presetsAndReset_data();
    void presetsAndReset();
    void variantFromComboAndShortcuts_data();
    void variantFromComboAndShortcuts();
    void checkboxesToggleCurves_data();
    void checkboxesToggleCurves();
    void compareOverlaysAllVariants();
    void keyPointsAtCoreValues_data();
    void keyPointsAtCoreValues();
    void keyPointLabelsAllShownApart_data();
    void keyPointLabelsAllShownApart();
    void reluDerivativeIsVerticalStep();
    void pointsFollowPixelsNotDensity_data();
    void pointsFollowPixelsNotDensity();
    void burstOfChangesCoalesces();
    void layoutSettlesAtEveryRange_data();
    void layoutSettlesAtEveryRange();
    void curveLayerLineIsSolidAtAnyScale_data();
    void curveLayerLineIsSolidAtAnyScale();
    void farTailGetsReadableLabels();
    void allZeroSeriesGetsPaddedAxis();
    void fixedYRange();
    void errorChartMatchesCore_data();
    void errorChartMatchesCore();
    void crosshairReadout();
    void crosshairFollowsMouseAndKeys();
    void readoutHintIsLegible_data();
    void readoutHintIsLegible();
    void copyButtonCopiesPytorchLine();
    void everyControlHasTooltipAndFocus();
    void mnemonicsAreUnique();
    void grabIsRightSizeAndNotBlank();
    void renderAtRequestedSize_data();
    void renderAtRequestedSize();

private:
    void waitForRedraw();

    CurveExplorer* m_explorer = nullptr;
};

void TestCurveExplorer::initTestCase()
{
    QApplication::setEffectEnabled(Qt::UI_AnimateCombo, false);
}

void TestCurveExplorer::init()
{
    m_explorer = new CurveExplorer;
    m_explorer->resize(1280, 800);
    m_explorer->show();
    QApplication::setActiveWindow(m_explorer);
    QVERIFY(QTest::qWaitForWindowActive(m_explorer));
}

void TestCurveExplorer::cleanup()
{
    delete m_explorer;
    m_explorer = nullptr;
}

void TestCurveExplorer::waitForRedraw()
{
    QSignalSpy spy(m_explorer, &CurveExplorer::redrawn);
    QVERIFY(spy.wait(2000));
}

void TestCurveExplorer::slidersDriveChart_data()
{
    QTest::addColumn<int>("minPosition");
    QTest::addColumn<int>("maxPosition");
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("to");
    QTest::addRow("[-5, 2.5]") << -500 << 250 << -5.0 << 2.5;
    QTest::addRow("[-12, -8]") << -1200 << -800 << -12.0 << -8.0;
    QTest::addRow("[0.29, 7.01]") << 29 << 701 << 0.29 << 7.01;
}

void TestCurveExplorer::slidersDriveChart()
{
    QFETCH(int, minPosition);
    QFETCH(int, maxPosition);
    QFETCH(double, from);
    QFETCH(double, to);
    auto* minSlider = m_explorer->findChild<QSlider*>(QStringLiteral("minSlider"));
    auto* maxSlider = m_explorer->findChild<QSlider*>(QStringLiteral("maxSlider"));
    QVERIFY(minSlider && maxSlider);
    // Widen first so neither end has to push the other.
    maxSlider->setValue(maxSlider->maximum());
    minSlider->setValue(minPosition);
    maxSlider->setValue(maxPosition);
    waitForRedraw();
    const CurveChart* chart = m_explorer->curveChart();
    GELULAB_VERIFY_EXACT(chart->state().x.from, from);
    GELULAB_VERIFY_EXACT(chart->state().x.to, to);
    verifyRangeValid(*m_explorer);
    verifyAgainstCore(chart, Curve::GeluExact);
    verifyAgainstCore(chart, Curve::Derivative);
    verifyAgainstCore(chart, Curve::Relu);
    QCOMPARE(m_explorer->findChild<QDoubleSpinBox*>(QStringLiteral("minSpin"))->value(), from);
    QCOMPARE(m_explorer->findChild<QDoubleSpinBox*>(QStringLiteral("maxSpin"))->value(), to);
}

void TestCurveExplorer::spinAndSliderStayInSync_data()
{
    QTest::addColumn<QString>("spinName");
    QTest::addColumn<QString>("sliderName");
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("position");
    // 0.29·100 = 28.999999999999996: truncation would give 28.
    QTest::addRow("min 0.29 rounds to 29") << "minSpin"
                                           << "minSlider" << 0.29 << 29;
    QTest::addRow("min -0.57 rounds to -57") << "minSpin"
                                             << "minSlider" << -0.57 << -57;
    QTest::addRow("max 1.15 rounds to 115") << "maxSpin"
                                            << "maxSlider" << 1.15 << 115;
    QTest::addRow("max 4.35") << "maxSpin"
                              << "maxSlider" << 4.35 << 435;
}

void TestCurveExplorer::spinAndSliderStayInSync()
{
    QFETCH(QString, spinName);
    QFETCH(QString, sliderName);
    QFETCH(double, value);
    QFETCH(int, position);
    auto* spin = m_explorer->findChild<QDoubleSpinBox*>(spinName);
    auto* slider = m_explorer->findChild<QSlider*>(sliderName);
    QVERIFY(spin && slider);

    // Spin box → slider, by typing and Enter.
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QString::number(value));
    QTest::keyClick(spin, Qt::Key_Return);
    QCOMPARE(slider->value(), position);
    waitForRedraw();
    GELULAB_VERIFY_EXACT(
        spinName == "minSpin" ? m_explorer->state().x.from : m_explorer->state().x.to, value);

    // Slider → spin box, by keyboard: one arrow step is 0.1.
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_Right);
    QCOMPARE(slider->value(), position + 10);
    GELULAB_VERIFY_WITHIN(spin->value(), (position + 10) / 100.0, 0.0, 1e-12);
    waitForRedraw();
    verifyRangeValid(*m_explorer);
}

void TestCurveExplorer::minStaysBelowMax_data()
{
    QTest::addColumn<QString>("action");
    QTest::addRow("min slider onto max") << "minSliderOntoMax";
    QTest::addRow("min slider to the far right") << "minSliderEnd";
    QTest::addRow("max slider to the far left") << "maxSliderHome";
    QTest::addRow("min spin typed above max") << "minSpinAbove";
    QTest::addRow("max spin typed below min") << "maxSpinBelow";
    QTest::addRow("max spin typed equal to min") << "maxSpinEqual";
    QTest::addRow("min spin at upper limit") << "minSpinLimit";
}

void TestCurveExplorer::minStaysBelowMax()
{
    QFETCH(QString, action);
    auto* minSlider = m_explorer->findChild<QSlider*>(QStringLiteral("minSlider"));
    auto* maxSlider = m_explorer->findChild<QSlider*>(QStringLiteral("maxSlider"));
    auto* minSpin = m_explorer->findChild<QDoubleSpinBox*>(QStringLiteral("minSpin"));
    auto* maxSpin = m_explorer->findChild<QDoubleSpinBox*>(QStringLiteral("maxSpin"));
    const auto type = [](QDoubleSpinBox* spin, const QString& text) {
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, text);
        QTest::keyClick(spin, Qt::Key_Return);
    };
    if (action == "minSliderOntoMax") {
        minSlider->setValue(maxSlider->value());
    } else if (action == "minSliderEnd") {
        minSlider->setFocus();
        QTest::keyClick(minSlider, Qt::Key_End);
    } else if (action == "maxSliderHome") {
        maxSlider->setFocus();
        QTest::keyClick(maxSlider, Qt::Key_Home);
    } else if (action == "minSpinAbove") {
        type(minSpin, QStringLiteral("5"));
    } else if (action == "maxSpinBelow") {
        type(maxSpin, QStringLiteral("-7"));
    } else if (action == "maxSpinEqual") {
        type(maxSpin, QString::number(m_explorer->state().x.from));
    } else if (action == "minSpinLimit") {
        type(minSpin, QStringLiteral("20"));
    }
    waitForRedraw();
    verifyRangeValid(*m_explorer);
    // The controls show the state, and the state is what the chart drew.
    QCOMPARE(minSlider->value(), int(std::lround(m_explorer->state().x.from * 100)));
    QCOMPARE(maxSlider->value(), int(std::lround(m_explorer->state().x.to * 100)));
    QVERIFY(minSpin->value() < maxSpin->value());
    QVERIFY(minSlider->value() < maxSlider->value());
}

void TestCurveExplorer::presetsAndReset_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<double>("half");
    QTest::addRow("[-3, 3]") << "preset3" << 3.0;
    QTest::addRow("[-6, 6]") << "preset6" << 6.0;
    QTest::addRow("[-10, 10]") << "preset10" << 10.0;
    QTest::addRow("reset") << "resetRange" << 3.0;
}

void TestCurveExplorer::presetsAndReset()
{
    QFETCH(QString, button);
    QFETCH(double, half);
    m_explorer->findChild<QSlider*>(QStringLiteral("minSlider"))->setValue(150);
    waitForRedraw();
    auto* push = m_explorer->findChild<QPushButton*>(button);
    QVERIFY(push);
    QVERIFY(!push->toolTip().isEmpty());
    QTest::mouseClick(push, Qt::LeftButton);
    GELULAB_VERIFY_EXACT(m_explorer->state().x.from, -half);
    GELULAB_VERIFY_EXACT(m_explorer->state().x.to, half);
    verifyRangeValid(*m_explorer);
    QCOMPARE(m_explorer->findChild<QSlider*>(QStringLiteral("maxSlider"))->value(), int(half * 100));
}

void TestCurveExplorer::variantFromComboAndShortcuts_data()
{
    QTest::addColumn<bool>("useShortcut");
    QTest::addColumn<int>("index");
    QTest::addColumn<GeluMode>("mode");
    QTest::addColumn<QString>("legend");
    QTest::addColumn<QString>("pytorch");
    QTest::addRow("combo tanh") << false << 1 << GeluMode::Tanh << "GELU (tanh approx.)"
                                << "nn.GELU(approximate='tanh')";
    QTest::addRow("combo sigmoid") << false << 2 << GeluMode::Sigmoid << "GELU (sigmoid approx.)"
                                   << "x * torch.sigmoid(1.702 * x)";
    QTest::addRow("Ctrl+2 tanh") << true << 1 << GeluMode::Tanh << "GELU (tanh approx.)"
                                 << "nn.GELU(approximate='tanh')";
    QTest::addRow("Ctrl+3 sigmoid") << true << 2 << GeluMode::Sigmoid << "GELU (sigmoid approx.)"
                                    << "x * torch.sigmoid(1.702 * x)";
    QTest::addRow("Ctrl+1 exact") << true << 0 << GeluMode::Exact << "GELU (exact)"
                                  << "nn.GELU()";
}

void TestCurveExplorer::variantFromComboAndShortcuts()
{
    QFETCH(bool, useShortcut);
    QFETCH(int, index);
    QFETCH(GeluMode, mode);
    QFETCH(QString, legend);
    QFETCH(QString, pytorch);
    auto* combo = m_explorer->findChild<QComboBox*>(QStringLiteral("variantCombo"));
    QVERIFY(combo);
    if (useShortcut) {
        combo->setCurrentIndex(index == 0 ? 2 : 0); // start somewhere else
        auto* slider = m_explorer->findChild<QSlider*>(QStringLiteral("minSlider"));
        slider->setFocus();
        QTest::keyClick(slider, Qt::Key(Qt::Key_1 + index), Qt::ControlModifier);
    } else {
        combo->setFocus();
        combo->setCurrentIndex(index);
    }
    QCOMPARE(combo->currentIndex(), index);
    const CurveChart* chart = m_explorer->curveChart();
    QCOMPARE(chart->mode(), mode);
    const auto values = chart->valuePoints();
    QVERIFY(values.size() > 100);
    for (qsizetype i = 0; i < values.size(); i += 31)
        GELULAB_VERIFY_EXACT(values[i].y(), gelulab::gelu(values[i].x(), mode));
    verifyAgainstCore(chart, Curve::Derivative);
    QVERIFY2(chart->legendNames().contains(legend), qPrintable(chart->legendNames().join(", ")));
    QCOMPARE(m_explorer->formulaPanel()->pytorchLine(), pytorch);
}

void TestCurveExplorer::checkboxesToggleCurves_data()
{
    QTest::addColumn<QString>("box");
    QTest::addColumn<Curve>("curve");
    QTest::addColumn<QString>("legend");
    QTest::addColumn<bool>("initiallyShown");
    QTest::addRow("GELU") << "showGelu" << Curve::GeluExact << "GELU (exact)" << true;
    QTest::addRow("derivative") << "showDerivative" << Curve::Derivative << "GELU′ (exact)" << true;
    QTest::addRow("ReLU") << "showRelu" << Curve::Relu << "ReLU" << true;
    QTest::addRow("ReLU'") << "showReluDerivative" << Curve::ReluDerivative << "ReLU′" << false;
    QTest::addRow("Phi") << "showNormalCdf" << Curve::NormalCdf << "Φ(x)" << false;
}

void TestCurveExplorer::checkboxesToggleCurves()
{
    QFETCH(QString, box);
    QFETCH(Curve, curve);
    QFETCH(QString, legend);
    QFETCH(bool, initiallyShown);
    auto* check = m_explorer->findChild<QCheckBox*>(box);
    QVERIFY(check);
    const CurveChart* chart = m_explorer->curveChart();
    QCOMPARE(check->isChecked(), initiallyShown);
    QCOMPARE(chart->legendNames().contains(legend), initiallyShown);
    for (int round = 0; round < 2; ++round) {
        // Keyboard this time, mouse the next: both must work.
        if (round == 0) {
            check->setFocus();
            QTest::keyClick(check, Qt::Key_Space);
        } else {
            clickCheckBox(check);
        }
        const bool shown = (round == 0) != initiallyShown;
        QCOMPARE(check->isChecked(), shown);
        QCOMPARE(chart->legendNames().contains(legend), shown);
        QCOMPARE(chart->points(curve).isEmpty(), !shown);
        if (shown)
            verifyAgainstCore(chart, curve);
    }
}

void TestCurveExplorer::compareOverlaysAllVariants()
{
    auto* compare = m_explorer->findChild<QCheckBox*>(QStringLiteral("compare"));
    clickCheckBox(compare);
    const CurveChart* chart = m_explorer->curveChart();
    const QStringList names = chart->legendNames();
    for (const Curve curve : { Curve::GeluExact, Curve::GeluTanh, Curve::GeluSigmoid }) {
        QVERIFY2(names.contains(chart->curveName(curve)), qPrintable(names.join(", ")));
        verifyAgainstCore(chart, curve);
    }
    QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), names.size()); // every name distinct
}

void TestCurveExplorer::keyPointsAtCoreValues_data()
{
    QTest::addColumn<GeluMode>("mode");
    QTest::addRow("exact") << GeluMode::Exact;
    QTest::addRow("tanh") << GeluMode::Tanh;
    QTest::addRow("sigmoid") << GeluMode::Sigmoid;
}

void TestCurveExplorer::keyPointsAtCoreValues()
{
    QFETCH(GeluMode, mode);
    auto* combo = m_explorer->findChild<QComboBox*>(QStringLiteral("variantCombo"));
    combo->setCurrentIndex(combo->findData(int(mode)));
    const gelulab::GeluKeyPoints core = gelulab::geluKeyPoints(mode);
    const CurveChart* chart = m_explorer->curveChart();
    const QList<QPointF> markers = chart->keyPointMarkers();
    QCOMPARE(markers.size(), 5);
    const auto has = [&](gelulab::CurvePoint p) {
        return std::any_of(
            markers.begin(), markers.end(), [&](const QPointF& m) { return m.x() == p.x && m.y() == p.y; });
    };
    QVERIFY(has(core.minimum));
    QVERIFY(has(core.inflections[0]));
    QVERIFY(has(core.inflections[1]));
    QVERIFY(has(core.derivativeMinimum));
    QVERIFY(has(core.derivativeMaximum));
    // The minimum's label gives its coordinates to 4 significant digits.
    const QString minimumLabel = chart->keyPointLabels().filter(QStringLiteral("minimum")).value(0);
    QVERIFY2(minimumLabel.contains(QString::number(core.minimum.x, 'f', 4).replace('-', QChar(0x2212))),
        qPrintable(minimumLabel));

    // Switching key points off removes them; hiding the derivative removes its extrema.
    clickCheckBox(m_explorer->findChild<QCheckBox*>(QStringLiteral("showDerivative")));
    QCOMPARE(chart->keyPointMarkers().size(), 3);
    clickCheckBox(m_explorer->findChild<QCheckBox*>(QStringLiteral("showKeyPoints")));
    QCOMPARE(chart->keyPointMarkers().size(), 0);
}

void TestCurveExplorer::keyPointLabelsAllShownApart_data()
{
    QTest::addColumn<GeluMode>("mode");
    QTest::addColumn<QSize>("size");
    for (const GeluMode mode : gelulab::allGeluModes) {
        for (const QSize size : { QSize(680, 350), QSize(900, 420), QSize(1280, 720) })
            QTest::addRow("%s %dx%d", gelulab::geluModeName(mode).data(), size.width(), size.height())
                << mode << size;
    }
}

void TestCurveExplorer::keyPointLabelsAllShownApart()
{
    // GELU's left inflection and GELU′'s minimum share x = −√2 and sit a few pixels apart: in a
    // short plot their labels once landed on top of each other, so one of them could not be read.
    QFETCH(GeluMode, mode);
    QFETCH(QSize, size);
    CurveChart chart;
    chart.resize(size);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    CurveExplorerState view;
    view.mode = mode;
    view.showDerivative = true;
    view.showRelu = true;
    view.showKeyPoints = true;
    chart.setState(view);
    QCoreApplication::processEvents();
    const QList<QRectF> rects = chart.keyPointLabelRects();
    QCOMPARE(rects.size(), 5);
    const QRectF area = chart.plotArea();
    for (qsizetype i = 0; i < rects.size(); ++i) {
        QVERIFY2(area.contains(rects[i]), qPrintable(chart.keyPointLabels().value(i)));
        for (qsizetype j = i + 1; j < rects.size(); ++j)
            QVERIFY2(!rects[i].intersects(rects[j]),
                qPrintable(chart.keyPointLabels().value(i) + QStringLiteral(" covers ")
                    + chart.keyPointLabels().value(j)));
    }
}

void TestCurveExplorer::reluDerivativeIsVerticalStep()
{
    clickCheckBox(m_explorer->findChild<QCheckBox*>(QStringLiteral("showReluDerivative")));
    const CurveChart* chart = m_explorer->curveChart();
    const auto step = chart->points(Curve::ReluDerivative);
    const auto at = std::find_if(step.begin(), step.end(), [](const QPointF& p) { return p.x() == 0.0; });
    QVERIFY(at != step.end());
    GELULAB_VERIFY_EXACT(at->y(), 0.0); // ReLU'(0) = 0
    QVERIFY((at + 1)->x() > 0.0 && (at + 1)->x() < 1e-300);
    GELULAB_VERIFY_EXACT((at + 1)->y(), 1.0);
    // ReLU's kink is a sample too.
    const auto relu = chart->points(Curve::Relu);
    QVERIFY(
        std::any_of(relu.begin(), relu.end(), [](const QPointF& p) { return p.x() == 0.0 && p.y() == 0.0; }));
}

void TestCurveExplorer::pointsFollowPixelsNotDensity_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < int(CurveExplorer::densities.size()); i += 2)
        QTest::addRow("%zu requested", CurveExplorer::densities[std::size_t(i)]) << i;
}

void TestCurveExplorer::pointsFollowPixelsNotDensity()
{
    QFETCH(int, index);
    auto* density = m_explorer->findChild<QSlider*>(QStringLiteral("densitySlider"));
    const int before = density->value();
    density->setValue(index);
    if (index != before)
        waitForRedraw();
    const auto requested = qsizetype(CurveExplorer::densities[std::size_t(index)]);
    const auto drawn = m_explorer->curveChart()->valuePoints().size();
    const int width = m_explorer->curveChart()->width();
    // At most ~2 per pixel column (plus x = 0), never more than requested (plus x = 0).
    QVERIFY2(drawn <= std::min<qsizetype>(requested, 2 * width + 1) + 1,
        qPrintable(QStringLiteral("%1 drawn for %2 requested, %3 px").arg(drawn).arg(requested).arg(width)));
    QVERIFY(drawn >= std::min<qsizetype>(requested, width));
}

void TestCurveExplorer::burstOfChangesCoalesces()
{
    auto* minSlider = m_explorer->findChild<QSlider*>(QStringLiteral("minSlider"));
    const int before = m_explorer->redrawCount();
    for (int i = 0; i < 50; ++i)
        minSlider->setValue(-300 + 4 * i);
    QCOMPARE(m_explorer->redrawCount(), before); // nothing drawn yet: no queue of stale frames
    waitForRedraw();
    QTest::qWait(3 * CurveExplorer::redrawIntervalMs);
    QCOMPARE(m_explorer->redrawCount(), before + 1);
    GELULAB_VERIFY_EXACT(m_explorer->curveChart()->valuePoints().front().x(), (-300 + 4 * 49) / 100.0);
}

void TestCurveExplorer::layoutSettlesAtEveryRange_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addRow("1280 x 720 (the soak)") << QSize(1280, 720);
    QTest::addRow("1024 x 768") << QSize(1024, 768);
    QTest::addRow("900 x 700") << QSize(900, 700);
}

// Tick choice follows the plot's width and the right margin follows the last tick label, so a
// layout can feed back on itself. It must settle: a relayout that never ends starves every timer
// (Qt's nested sendPostedEvents keeps the outer one going) and freezes the window. The soak found
// one at x = ±(2 + k/50); this sweeps those ranges, each across widths where ticks change.
void TestCurveExplorer::layoutSettlesAtEveryRange()
{
    QFETCH(QSize, size);
    m_explorer->resize(size);
    QTest::qWait(50);
    // A runaway loop never returns from processEvents(), so it is cut from inside: past 100
    // relayouts for one range, the charts' layout signals are blocked and the range is reported.
    const auto views = m_explorer->findChildren<QGraphicsView*>();
    auto blockLayouts = [&views](bool block) {
        for (QGraphicsView* view : views)
            for (QGraphicsItem* item : view->scene()->items())
                if (item->isWidget() && !item->parentItem())
                    static_cast<QGraphicsWidget*>(item)->blockSignals(block);
    };
    int relayouts = 0;
    bool runaway = false;
    auto count = [&] {
        if (++relayouts > 100 && !runaway) {
            runaway = true;
            blockLayouts(true);
        }
    };
    QObject scope; // the connections end with this function, before `count`'s captures do
    connect(m_explorer->errorChart(), &ErrorChart::plotAreaChanged, &scope, count);
    connect(m_explorer->curveChart(), &CurveChart::plotAreaChanged, &scope, count);
    QStringList unsettled;
    CurveExplorerState state = m_explorer->state();
    for (int k = 0; k < 400 && unsettled.size() < 5; ++k) {
        const double half = 2.0 + k * 0.02;
        state.x = { -half, half };
        relayouts = 0;
        m_explorer->setState(state);
        for (int turn = 0; turn < 10; ++turn) // a settling layout needs two or three
            QCoreApplication::processEvents();
        if (runaway) {
            unsettled << QStringLiteral("x = ±%1").arg(half);
            runaway = false;
            blockLayouts(false);
        }
    }
    QVERIFY2(unsettled.isEmpty(), qPrintable(QStringLiteral("the layout never settles at ") + unsettled.join(QStringLiteral(", "))));
}

void TestCurveExplorer::farTailGetsReadableLabels()
{
    CurveExplorerState state = m_explorer->state();
    state.x = { -12.0, -8.0 };
    m_explorer->setState(state);
    const CurveChart* chart = m_explorer->curveChart();
    QVERIFY2(chart->yAxisTitle().contains(QStringLiteral("×10⁻")), qPrintable(chart->yAxisTitle()));
    const QStringList labels = chart->yTickLabels();
    QVERIFY(labels.size() >= 3);
    for (const QString& label : labels)
        QVERIFY2(label.size() <= 5, qPrintable(label));
    QCOMPARE(QSet<QString>(labels.begin(), labels.end()).size(), labels.size());
    // The labels still mean the values: the smallest value lies within the axis.
    double lowest = 0.0;
    for (const QPointF& p : chart->points(Curve::Derivative))
        lowest = std::min(lowest, p.y());
    QVERIFY(chart->yMin() <= lowest && lowest < 0.0);
    QVERIFY(lowest > -1e-12);

    // The error chart in the tail: tanh − exact is ~1e-15 there, and still gets readable labels.
    m_explorer->findChild<QComboBox*>(QStringLiteral("variantCombo"))->setCurrentIndex(1);
    const ErrorChart* errors = m_explorer->errorChart();
    QVERIFY2(errors->yAxisTitle().contains(QStringLiteral("×10⁻")), qPrintable(errors->yAxisTitle()));
    const QStringList errorLabels = errors->yTickLabels();
    QVERIFY(errorLabels.size() >= 2);
    for (const QString& label : errorLabels)
        QVERIFY2(label.size() <= 5, qPrintable(label));
}

void TestCurveExplorer::allZeroSeriesGetsPaddedAxis()
{
    CurveExplorerState state = m_explorer->state();
    state.showGelu = false;
    state.showDerivative = false;
    state.showRelu = true;
    state.showReluDerivative = true;
    state.x = { -5.0, -1.0 };
    m_explorer->setState(state);
    const CurveChart* chart = m_explorer->curveChart();
    for (const QPointF& p : chart->points(Curve::Relu))
        GELULAB_VERIFY_EXACT(p.y(), 0.0);
    QCOMPARE(chart->yMin(), -1.0);
    QCOMPARE(chart->yMax(), 1.0);
    QVERIFY(chart->yTickLabels().contains(QStringLiteral("0"))
        || chart->yTickLabels().contains(QStringLiteral("0.0")));
}

void TestCurveExplorer::fixedYRange()
{
    auto* autoY = m_explorer->findChild<QCheckBox*>(QStringLiteral("autoY"));
    auto* yMin = m_explorer->findChild<QDoubleSpinBox*>(QStringLiteral("yMinSpin"));
    auto* yMax = m_explorer->findChild<QDoubleSpinBox*>(QStringLiteral("yMaxSpin"));
    QVERIFY(!yMin->isEnabled());
    clickCheckBox(autoY);
    QVERIFY(yMin->isEnabled() && yMax->isEnabled());
    yMax->setFocus();
    yMax->selectAll();
    QTest::keyClicks(yMax, QStringLiteral("1.5"));
    QTest::keyClick(yMax, Qt::Key_Return);
    yMin->setFocus();
    yMin->selectAll();
    QTest::keyClicks(yMin, QStringLiteral("2")); // above the top: the top gives way
    QTest::keyClick(yMin, Qt::Key_Return);
    waitForRedraw();
    const CurveChart* chart = m_explorer->curveChart();
    QCOMPARE(chart->yMin(), 2.0);
    QVERIFY(chart->yMax() > chart->yMin());
}

void TestCurveExplorer::errorChartMatchesCore_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<GeluMode>("mode");
    QTest::addColumn<double>("about");
    QTest::addRow("tanh") << 1 << GeluMode::Tanh << 4.7e-4;
    QTest::addRow("sigmoid") << 2 << GeluMode::Sigmoid << 2e-2;
}

void TestCurveExplorer::errorChartMatchesCore()
{
    QFETCH(int, index);
    QFETCH(GeluMode, mode);
    QFETCH(double, about);
    m_explorer->findChild<QComboBox*>(QStringLiteral("variantCombo"))->setCurrentIndex(index);
    const ErrorChart* errors = m_explorer->errorChart();
    const auto values = errors->valueErrorPoints();
    const auto derivatives = errors->derivativeErrorPoints();
    QVERIFY(values.size() > 100);
    for (qsizetype i = 0; i < values.size(); i += 23) {
        const double x = values[i].x();
        GELULAB_VERIFY_EXACT(values[i].y(), gelulab::gelu(x, mode) - gelulab::gelu(x, GeluMode::Exact));
        GELULAB_VERIFY_EXACT(derivatives[i].y(),
            gelulab::geluDerivative(x, mode) - gelulab::geluDerivative(x, GeluMode::Exact));
    }
    const auto state = m_explorer->state();
    const auto core
        = gelulab::maxDifferenceFromExact(mode, gelulab::CurveKind::Value, state.x.from, state.x.to);
    GELULAB_VERIFY_EXACT(errors->largestValueError().x, core.x);
    GELULAB_VERIFY_EXACT(errors->largestValueError().difference, core.difference);
    GELULAB_VERIFY_WITHIN(std::fabs(core.difference), about, 0.1, 0.0);
    QVERIFY2(errors->readoutText().contains(QString::number(std::fabs(core.difference), 'g', 3)),
        qPrintable(errors->readoutText()));

    auto* log = m_explorer->findChild<QCheckBox*>(QStringLiteral("logError"));
    clickCheckBox(log);
    QVERIFY(errors->yAxisTitle().contains(QStringLiteral("|error|")));
    const QStringList labels = errors->yTickLabels();
    QVERIFY(!labels.isEmpty());
    for (const QString& label : labels)
        QVERIFY2(label.startsWith(QStringLiteral("10")), qPrintable(label));
}

void TestCurveExplorer::crosshairReadout()
{
    CurveChart* chart = m_explorer->curveChart();
    chart->showCrosshairAt(0.5);
    const QString text = chart->readoutText();
    QVERIFY2(text.contains(QStringLiteral("x = 0.5000")), qPrintable(text));
    QVERIFY2(text.contains(QString::number(gelulab::gelu(0.5, GeluMode::Exact), 'g', 6)), qPrintable(text));
    QVERIFY2(text.contains(QString::number(gelulab::gelu(0.5, GeluMode::Sigmoid), 'g', 6)), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("ReLU = 0.500000")));
    // The readout sits below the plot, outside the chart, so it never covers a curve.
    auto* readout = chart->findChild<QWidget*>(QStringLiteral("crosshairReadout"));
    QVERIFY(readout);
    const QRect plotRect = chart->childrenRect();
    QVERIFY(readout->geometry().top() >= chart->height() - readout->height() - 1);
    Q_UNUSED(plotRect);
    chart->hideCrosshair();
    QVERIFY(chart->readoutText().isEmpty());
}

void TestCurveExplorer::curveLayerLineIsSolidAtAnyScale_data()
{
    QTest::addColumn<double>("scale");
    QTest::addColumn<double>("width");
    QTest::addRow("1x, 2.6 px") << 1.0 << 2.6;
    QTest::addRow("2x, 2.6 px") << 2.0 << 2.6;
    QTest::addRow("3x, 2.6 px") << 3.0 << 2.6;
    QTest::addRow("3x, 1.8 px") << 3.0 << 1.8;
    QTest::addRow("1.5x, 4 px") << 1.5 << 4.0;
}

// A thick curve is drawn as parallel one-pixel copies; scaled up (export --scale, HiDPI) they must
// still fill the width with no pale stripes between them, and the line must be as wide as asked.
void TestCurveExplorer::curveLayerLineIsSolidAtAnyScale()
{
    QFETCH(double, scale);
    QFETCH(double, width);
    QGraphicsScene scene;
    auto* layer = new CurveLayer;
    scene.addItem(layer);
    layer->setView(QRectF(0, 0, 200, 100), 0.0, 200.0, 0.0, 100.0);
    // A flat line at y = 60.3 in axis units: 39.7 px from the top, off the pixel grid.
    layer->setCurves(
        { { { QPointF(0, 60.3), QPointF(200, 60.3) }, CurveStyle { QColor(0, 0, 0), width, {} } } }, 1.0);
    QImage image(QSize(200, 100) * scale, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.scale(scale, scale);
    scene.render(&painter, QRectF(0, 0, 200, 100), QRectF(0, 0, 200, 100));
    painter.end();
    // Down the middle column: the coverage (alpha) of each device pixel.
    const int column = image.width() / 2;
    QList<double> alpha;
    for (int y = 0; y < image.height(); ++y)
        alpha.append(image.pixelColor(column, y).alphaF());
    // The ink adds up to the width (antialiased edges included), within a device pixel.
    GELULAB_VERIFY_WITHIN(std::accumulate(alpha.cbegin(), alpha.cend(), 0.0), width * scale, 0.0, 1.0);
    // One hump: rising to full ink, then falling. A pale stripe is a pixel lighter than the ink on
    // both sides of it.
    for (qsizetype y = 1; y + 1 < alpha.size(); ++y) {
        const double above = *std::max_element(alpha.cbegin(), alpha.cbegin() + y);
        const double below = *std::max_element(alpha.cbegin() + y + 1, alpha.cend());
        QVERIFY2(alpha[y] >= std::min(above, below) - 0.1,
            qPrintable(QStringLiteral("a pale stripe at device row %1: alpha %2 between %3 and %4")
                           .arg(y)
                           .arg(alpha[y])
                           .arg(above)
                           .arg(below)));
    }
    QVERIFY(*std::max_element(alpha.cbegin(), alpha.cend()) >= 0.95); // full colour in the middle
}

void TestCurveExplorer::readoutHintIsLegible_data()
{
    QTest::addColumn<QColor>("window");
    QTest::addColumn<QColor>("text");
    QTest::addRow("Fusion light") << QColor(0xef, 0xef, 0xef) << QColor(Qt::black);
    QTest::addRow("dark") << QColor(0x20, 0x22, 0x26) << QColor(0xe8, 0xe8, 0xe8);
    QTest::addRow("white on black") << QColor(Qt::black) << QColor(Qt::white);
}

// The hint in the readout line is quieter than the readout, yet meets WCAG's 4.5:1 contrast for
// body text against the window, in whatever palette is set.
void TestCurveExplorer::readoutHintIsLegible()
{
    QFETCH(QColor, window);
    QFETCH(QColor, text);
    CurveChart chart;
    QPalette palette = chart.palette();
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    chart.setPalette(palette); // the hint is already showing: it must follow
    auto* readout = chart.findChild<QLabel*>(QStringLiteral("crosshairReadout"));
    QVERIFY(readout);
    const QRegularExpressionMatch colour
        = QRegularExpression(QStringLiteral("color:(#[0-9a-f]{6})")).match(readout->text());
    QVERIFY2(colour.hasMatch(), qPrintable(readout->text()));
    const QColor hint(colour.captured(1));
    // WCAG 2 relative luminance and contrast ratio.
    const auto luminance = [](const QColor& c) {
        const auto linear
            = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
    };
    const auto contrast = [&](const QColor& a, const QColor& b) {
        const double la = luminance(a);
        const double lb = luminance(b);
        return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
    };
    QVERIFY2(contrast(hint, window) >= 4.5, qPrintable(QString::number(contrast(hint, window))));
    QVERIFY2(contrast(hint, window) < contrast(text, window), "the hint should be quieter than the text");
}

void TestCurveExplorer::crosshairFollowsMouseAndKeys()
{
    CurveChart* chart = m_explorer->curveChart();
    auto* view = chart->findChild<QGraphicsView*>();
    QVERIFY(view);
    // The mouse over the middle of the plot: x near the middle of [−3, 3].
    const QPoint middle = view->viewport()->rect().center();
    QTest::mouseMove(view->viewport(), middle);
    QTRY_VERIFY(!chart->readoutText().isEmpty());
    QVERIFY2(chart->readoutText().startsWith(QStringLiteral("x = ")), qPrintable(chart->readoutText()));
    const double x
        = chart->readoutText().mid(4).section(QLatin1Char(';'), 0, 0).replace(QChar(0x2212), '-').toDouble();
    QVERIFY2(std::fabs(x) < 0.6, qPrintable(chart->readoutText()));

    // The keyboard: Home, then a step right.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Home);
    QVERIFY2(chart->readoutText().startsWith(QStringLiteral("x = −3.000")), qPrintable(chart->readoutText()));
    QTest::keyClick(view, Qt::Key_Right);
    QVERIFY2(chart->readoutText().startsWith(QStringLiteral("x = −2.970")), qPrintable(chart->readoutText()));
    QTest::keyClick(view, Qt::Key_Escape);
    QVERIFY(chart->readoutText().isEmpty());
}

void TestCurveExplorer::copyButtonCopiesPytorchLine()
{
    m_explorer->findChild<QComboBox*>(QStringLiteral("variantCombo"))->setCurrentIndex(1);
    auto* copy = m_explorer->findChild<QToolButton*>(QStringLiteral("copyPytorch"));
    QVERIFY(copy);
    QSignalSpy spy(m_explorer->formulaPanel(), &FormulaPanel::copied);
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("nn.GELU(approximate='tanh')"));
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("nn.GELU(approximate='tanh')"));
    QVERIFY(m_explorer->formulaPanel()->formulaHtml().contains(QStringLiteral("ReLU′(0) = 0")));
}

void TestCurveExplorer::everyControlHasTooltipAndFocus()
{
    QList<QWidget*> controls;
    for (auto* w : m_explorer->findChildren<QAbstractButton*>())
        controls.append(w);
    for (auto* w : m_explorer->findChildren<QAbstractSlider*>())
        if (!w->inherits("QScrollBar"))
            controls.append(w);
    for (auto* w : m_explorer->findChildren<QAbstractSpinBox*>())
        controls.append(w);
    for (auto* w : m_explorer->findChildren<QComboBox*>())
        controls.append(w);
    QVERIFY(controls.size() >= 20);
    for (QWidget* w : std::as_const(controls)) {
        const QString name
            = w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName();
        QVERIFY2(!w->toolTip().isEmpty(), qPrintable(name + " has no tooltip"));
        QVERIFY2(w->focusPolicy() & Qt::TabFocus, qPrintable(name + " is not reachable by Tab"));
    }
}

void TestCurveExplorer::mnemonicsAreUnique()
{
    // Two controls on one Alt+letter would make the keyboard cycle instead of act.
    QStringList texts;
    for (auto* button : m_explorer->findChildren<QAbstractButton*>())
        texts.append(button->text());
    for (auto* label : m_explorer->findChildren<QLabel*>())
        if (label->buddy())
            texts.append(label->text());
    QSet<QChar> seen;
    for (const QString& text : std::as_const(texts)) {
        const qsizetype at = text.indexOf(QLatin1Char('&'));
        if (at < 0 || at + 1 >= text.size())
            continue;
        const QChar key = text.at(at + 1).toLower();
        QVERIFY2(
            !seen.contains(key), qPrintable(QStringLiteral("Alt+%1 is used twice (%2)").arg(key).arg(text)));
        seen.insert(key);
    }
    QVERIFY(seen.size() >= 10);
}

void TestCurveExplorer::grabIsRightSizeAndNotBlank()
{
    const QImage image = m_explorer->grab().toImage();
    QCOMPARE(image.size(), QSize(1280, 800) * m_explorer->devicePixelRatio());
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 5)
        for (int x = 0; x < image.width(); x += 5)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 20, "the explorer rendered almost a single colour");
    const QString dir = qEnvironmentVariable("GELULAB_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(image.save(dir + QStringLiteral("/explorer.png")));
}

void TestCurveExplorer::renderAtRequestedSize_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("style");
    QTest::addRow("1280x720 light") << QSize(1280, 720) << "light";
    QTest::addRow("1920x1080 dark") << QSize(1920, 1080) << "dark";
    QTest::addRow("1920x1080 projector") << QSize(1920, 1080) << "projector";
    QTest::addRow("400x300 light") << QSize(400, 300) << "light";
}

void TestCurveExplorer::renderAtRequestedSize()
{
    QFETCH(QSize, size);
    QFETCH(QString, style);
    CurveChart* chart = m_explorer->curveChart();
    chart->setChartStyle(style == "dark" ? ChartStyle::dark()
            : style == "projector"       ? ChartStyle::projector()
                                         : ChartStyle::light());
    const QSize onScreen = chart->size();
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        chart->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    }
    QCOMPARE(image.size(), size);
    const QString dir = qEnvironmentVariable("GELULAB_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        image.save(
            dir + QStringLiteral("/chart-%1x%2-%3.png").arg(size.width()).arg(size.height()).arg(style));
    // Not blank: the curves' colours are there, and the corners are the background.
    const QColor curve = chart->chartStyle().exact.colour;
    int curvePixels = 0;
    for (int y = 0; y < size.height(); ++y) {
        for (int x = 0; x < size.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            // Antialiased edges blend with the background: close to the curve colour counts.
            if (std::abs(c.red() - curve.red()) + std::abs(c.green() - curve.green())
                    + std::abs(c.blue() - curve.blue())
                < 60)
                ++curvePixels;
        }
    }
    QVERIFY2(curvePixels > size.width() / 10, qPrintable(QStringLiteral("%1 curve pixels").arg(curvePixels)));
    QCOMPARE(image.pixelColor(1, 1), chart->chartStyle().background);
    // The on-screen chart is as it was.
    QCOMPARE(chart->size(), onScreen);
    verifyAgainstCore(chart, Curve::GeluExact);
}

QTEST_MAIN(TestCurveExplorer)
#include "tst_curveexplorer.moc"
