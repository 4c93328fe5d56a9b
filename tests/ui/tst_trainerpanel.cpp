// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
// Drives the real trainer panel offscreen: buttons are clicked, sliders moved, and the loss chart
// and histories checked for what a lecturer would see.
#include "losschart.h"
#include "outputview.h"
#include "trainerpanel.h"

#include "tolerance.h"

#include <gelulab/dataset.h>
#include <gelulab/losshistory.h>

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QGraphicsView>
#include <QImage>
#include <QLineEdit>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>
#include <QThread>

#include <atomic>
#include <numeric>

namespace {

TrainerSettings xorSettings(bool compare)
{
    TrainerSettings settings;
    settings.setup.dataset = gelulab::DatasetKind::Xor;
    settings.setup.noise = 0.05;
    settings.setup.hidden = { 8, 8 };
    settings.setup.optimizer = gelulab::OptimizerKind::Adam;
    settings.setup.learningRate = 0.03;
    settings.setup.batchSize = 16;
    settings.compare = compare;
    settings.stepsPerSecond = 0.0;
    return settings;
}

double meanLoss(const gelulab::LossHistory& history, std::int64_t first, std::int64_t last)
{
    double sum = 0.0;
    for (std::int64_t step = first; step <= last; ++step)
        sum += history.at(step);
    return sum / static_cast<double>(last - first + 1);
}

QPushButton* button(TrainerPanel& panel, const char* name)
{
    return panel.findChild<QPushButton*>(QString::fromLatin1(name));
}

} // namespace

class TestTrainerPanel : public QObject {
    Q_OBJECT

private slots:
    void playLossGrowsAndFalls_data();
    void playLossGrowsAndFalls();
    void pauseStops();
    void updatesAreThrottled();
    void stepTrainsOneStep();
    void resetClears();
    void learningRateChangeTakesEffectMidRun();
    void closingMidRunLeavesNoThread();
    void divergenceStopsWithReason();
    void dataAndNetworkControlsStartANewRun();
    void regressionShowsFittedCurve();
    void chartDrawsBoundedPoints_data();
    void chartDrawsBoundedPoints();
    void chartLossAxisEndsOnRoundTicks_data();
    void chartLossAxisEndsOnRoundTicks();
    void chartReadoutAndLogScale();
    void chartRendersOffscreenAtRequestedSize();
    void chartDrawsCurvesOnItsAxes_data();
    void chartDrawsCurvesOnItsAxes();
    void chartLogAxisSpansADecadeAtLeast();
    void chartRedrawsAtANewWidthWhilePaused();
    void outputViewDrawsInItsLook_data();
    void outputViewDrawsInItsLook();
    void everyControlHasATooltip();
    void screenshot();
};

void TestTrainerPanel::playLossGrowsAndFalls_data()
{
    QTest::addColumn<bool>("compare");
    QTest::addRow("single network") << false;
    QTest::addRow("GELU vs ReLU") << true;
}

void TestTrainerPanel::playLossGrowsAndFalls()
{
    QFETCH(bool, compare);
    TrainerPanel panel;
    panel.setSettings(xorSettings(compare));
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCOMPARE(panel.lossChart()->curveCount(), compare ? 4 : 2);
    QCOMPARE(panel.lossChart()->seriesName(0), QStringLiteral("GELU train"));
    if (compare)
        QCOMPARE(panel.lossChart()->seriesName(2), QStringLiteral("ReLU train"));

    QTest::mouseClick(button(panel, "playButton"), Qt::LeftButton);
    QVERIFY(panel.isPlaying());
    QTRY_VERIFY_WITH_TIMEOUT(panel.trainHistory(0).size() >= 200, 20000);
    QTRY_VERIFY(!panel.lossChart()->curvePoints(0).isEmpty());
    // The drawn series reaches further right as training goes on (its point count is capped).
    const double earlyEnd = panel.lossChart()->curvePoints(0).last().x();
    QTRY_VERIFY_WITH_TIMEOUT(panel.trainHistory(0).size() >= 1500, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(
        panel.lossChart()->curvePoints(0).last().x() >= std::max(1500.0, earlyEnd + 1), 5000);
    QVERIFY(panel.lossChart()->curvePoints(0).size() <= panel.lossChart()->maxPoints());
    for (int n = 0; n < (compare ? 2 : 1); ++n) {
        const auto& history = panel.trainHistory(n);
        const double early = meanLoss(history, 1, 50);
        const double late = meanLoss(history, 1401, 1450);
        QVERIFY2(late < 0.5 * early,
            qPrintable(QStringLiteral("network %1: loss %2 → %3").arg(n).arg(early).arg(late)));
        QVERIFY(panel.testHistory(n).size() > 0);
    }
    QVERIFY(panel.trainAccuracy(0) > 0.8);
    QVERIFY(panel.statusText().contains(QStringLiteral("steps/s")));
}

void TestTrainerPanel::pauseStops()
{
    TrainerPanel panel;
    panel.setSettings(xorSettings(true));
    panel.play();
    QTRY_VERIFY_WITH_TIMEOUT(panel.stepCount() >= 100, 20000);
    QTest::mouseClick(button(panel, "playButton"), Qt::LeftButton);
    QVERIFY(!panel.isPlaying());
    QTest::qWait(300); // the loop's final update arrives
    const auto steps = panel.stepCount();
    const auto recorded = panel.trainHistory(0).size();
    QTest::qWait(400);
    QCOMPARE(panel.stepCount(), steps);
    QCOMPARE(panel.trainHistory(0).size(), recorded);
    QCOMPARE(static_cast<std::int64_t>(recorded), steps); // every step's loss arrived, the last one too
    QCOMPARE(panel.stepCount(1), steps); // both networks stopped at the same step
}

void TestTrainerPanel::updatesAreThrottled()
{
    // As fast as possible, thousands of steps a second, but at most ~30 batches of results a second.
    TrainerPanel panel;
    panel.setSettings(xorSettings(true));
    QTest::qWait(200); // the run's step-0 update
    QSignalSpy shown(&panel, &TrainerPanel::progressShown);
    panel.play();
    QTest::qWait(1000);
    const auto steps = panel.stepCount();
    const auto batches = shown.count();
    panel.pause();
    QVERIFY2(batches <= 36, qPrintable(QStringLiteral("%1 updates in one second").arg(batches)));
    QVERIFY2(batches >= 5, qPrintable(QStringLiteral("%1 updates in one second").arg(batches)));
    QVERIFY2(steps > batches, qPrintable(QStringLiteral("%1 steps in %2 updates").arg(steps).arg(batches)));
}

void TestTrainerPanel::stepTrainsOneStep()
{
    TrainerPanel panel;
    panel.setSettings(xorSettings(false));
    QTest::mouseClick(button(panel, "stepButton"), Qt::LeftButton);
    QTRY_COMPARE(panel.stepCount(), 1);
    QTest::mouseClick(button(panel, "stepButton"), Qt::LeftButton);
    QTRY_COMPARE(panel.stepCount(), 2);
    QTest::qWait(100);
    QCOMPARE(panel.stepCount(), 2);
    QCOMPARE(panel.trainHistory().size(), std::size_t(2));
}

void TestTrainerPanel::resetClears()
{
    TrainerPanel panel;
    panel.setSettings(xorSettings(true));
    panel.play();
    QTRY_VERIFY_WITH_TIMEOUT(panel.stepCount() >= 100, 20000);
    const double firstLoss = panel.trainHistory(0).at(1);
    QTest::mouseClick(button(panel, "resetButton"), Qt::LeftButton);
    QVERIFY(!panel.isPlaying());
    QCOMPARE(panel.stepCount(), 0);
    QVERIFY(panel.trainHistory(0).empty());
    QVERIFY(panel.trainHistory(1).empty());
    QVERIFY(panel.lossChart()->curvePoints(0).isEmpty());
    QTest::qWait(300); // late results of the old run must be dropped
    QCOMPARE(panel.stepCount(), 0);
    QVERIFY(panel.trainHistory(0).empty());
    // The same seed replays the same run.
    QTest::mouseClick(button(panel, "stepButton"), Qt::LeftButton);
    QTRY_COMPARE(panel.stepCount(), 1);
    QCOMPARE(panel.trainHistory(0).at(1), firstLoss);
}

void TestTrainerPanel::learningRateChangeTakesEffectMidRun()
{
    // SGD at 1e-4 barely moves; raising the rate mid-run must speed learning up without a reset.
    TrainerPanel panel;
    TrainerSettings settings = xorSettings(false);
    settings.setup.optimizer = gelulab::OptimizerKind::Sgd;
    settings.setup.learningRate = 1e-4;
    settings.setup.batchSize = 0;
    panel.setSettings(settings);
    panel.play();
    QTRY_VERIFY_WITH_TIMEOUT(panel.stepCount() >= 300, 20000);
    GELULAB_VERIFY_WITHIN(panel.appliedLearningRate(), 1e-4, 1e-12, 0.0);
    const auto& history = panel.trainHistory();
    const double slowDrop = history.at(1) - history.at(300);

    auto* slider = panel.findChild<QSlider*>(QStringLiteral("learningRateSlider"));
    QVERIFY(slider);
    slider->setValue(TrainerPanel::sliderValueFor(0.3)); // as a drag would
    const double fast = TrainerPanel::learningRateAt(slider->value());
    GELULAB_VERIFY_WITHIN(fast, 0.316, 1e-12, 0.0); // 10^−0.5 on the slider, shown with 3 digits
    QTRY_VERIFY_WITH_TIMEOUT(std::fabs(panel.appliedLearningRate() - fast) < 1e-12, 5000);
    const auto changedAt = static_cast<std::int64_t>(history.size());
    QVERIFY(changedAt >= 300); // not reset
    QTRY_VERIFY_WITH_TIMEOUT(static_cast<std::int64_t>(history.size()) >= changedAt + 300, 20000);
    const double fastDrop = history.at(changedAt) - history.at(changedAt + 299);
    QVERIFY2(fastDrop > 20 * std::fabs(slowDrop),
        qPrintable(
            QStringLiteral("drop over 300 steps: %1 at 1e-4, %2 at 0.316").arg(slowDrop).arg(fastDrop)));
}

void TestTrainerPanel::closingMidRunLeavesNoThread()
{
    auto* panel = new TrainerPanel;
    panel->setSettings(xorSettings(true));
    panel->play();
    QTRY_VERIFY_WITH_TIMEOUT(panel->stepCount() >= 20, 20000);
    QPointer<QThread> thread = panel->workerThread();
    QVERIFY(thread->isRunning());
    // Counted on the worker thread itself, in an atomic: QSignalSpy's list is not thread-safe. The
    // lambda captures nothing, so nothing of it is read there while ~TrainerPanel frees it here.
    static std::atomic<int> finished;
    finished = 0;
    connect(thread.data(), &QThread::finished, thread.data(), [] { finished.fetch_add(1); }, Qt::DirectConnection);
    delete panel; // while the worker is training at full speed
    QCOMPARE(finished.load(), 1);
    QVERIFY(thread.isNull());
}

void TestTrainerPanel::divergenceStopsWithReason()
{
    TrainerPanel panel;
    TrainerSettings settings = xorSettings(false);
    settings.setup.dataset = gelulab::DatasetKind::Sine;
    settings.setup.optimizer = gelulab::OptimizerKind::Sgd;
    settings.setup.learningRate = 10.0;
    settings.setup.batchSize = 0;
    panel.setSettings(settings);
    panel.play();
    QTRY_VERIFY_WITH_TIMEOUT(!panel.divergence().isEmpty(), 20000);
    QTRY_VERIFY(!panel.isPlaying());
    QVERIFY(panel.divergence().contains(QStringLiteral("at step")));
    QVERIFY(panel.statusText().contains(QStringLiteral("learning rate")));
    const auto recorded = panel.trainHistory().size();
    QVERIFY(recorded > 0);
    QCOMPARE(static_cast<std::int64_t>(recorded), panel.stepCount());
    // Reset at a sane rate recovers.
    settings.setup.learningRate = 0.01;
    panel.setSettings(settings);
    QVERIFY(panel.divergence().isEmpty());
    panel.step();
    QTRY_COMPARE(panel.stepCount(), 1);
}

void TestTrainerPanel::dataAndNetworkControlsStartANewRun()
{
    TrainerPanel panel;
    panel.setSettings(xorSettings(true));
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.play();
    QTRY_VERIFY_WITH_TIMEOUT(panel.stepCount() >= 50, 20000);
    auto* datasetBox = panel.findChild<QComboBox*>(QStringLiteral("datasetBox"));
    datasetBox->setCurrentIndex(datasetBox->findData(int(gelulab::DatasetKind::Circle)));
    QCOMPARE(panel.settings().setup.dataset, gelulab::DatasetKind::Circle);
    QVERIFY(!panel.isPlaying());
    QCOMPARE(panel.stepCount(), 0);
    QVERIFY(panel.trainHistory().empty());

    auto* hidden = panel.findChild<QLineEdit*>(QStringLiteral("hiddenEdit"));
    hidden->selectAll();
    QTest::keyClicks(hidden, QStringLiteral("4,300"));
    QTest::keyClick(hidden, Qt::Key_Return);
    QCOMPARE(panel.settings().setup.hidden, (std::vector<int> { 4, 256 })); // widths capped at 256
    QCOMPARE(hidden->text(), QStringLiteral("4,256"));
    hidden->selectAll();
    QTest::keyClicks(hidden, QStringLiteral("x"));
    QCOMPARE(hidden->text(), QStringLiteral("4,256")); // the validator refuses letters
    QTest::keyClick(hidden, Qt::Key_Backspace);
    QTest::keyClick(hidden, Qt::Key_Return);
    QVERIFY(panel.settings().setup.hidden.empty()); // no hidden layer: logistic regression

    auto* compare = panel.findChild<QCheckBox*>(QStringLiteral("compareCheck"));
    QTest::mouseClick(compare, Qt::LeftButton);
    QVERIFY(!panel.settings().compare);
    QCOMPARE(panel.networkCount(), 1);
    QCOMPARE(panel.lossChart()->curveCount(), 2);
    panel.step();
    QTRY_COMPARE(panel.stepCount(), 1);
}

void TestTrainerPanel::regressionShowsFittedCurve()
{
    TrainerPanel panel;
    TrainerSettings settings = xorSettings(true);
    settings.setup.dataset = gelulab::DatasetKind::Abs;
    panel.setSettings(settings);
    panel.step();
    QTRY_COMPARE(panel.outputView(0)->snapshot().inputs, 1);
    QTRY_COMPARE(panel.outputView(1)->snapshot().inputs, 1);
    QCOMPARE(panel.outputView(1)->title(), QStringLiteral("ReLU"));
    QVERIFY(panel.outputView(0)->snapshot().values.size() > 100);
    settings.setup.dataset = gelulab::DatasetKind::Spiral3;
    panel.setSettings(settings);
    panel.step();
    QTRY_COMPARE(panel.outputView(0)->snapshot().inputs, 2);
    QCOMPARE(panel.outputView(0)->snapshot().channels, 3);
}

void TestTrainerPanel::chartDrawsBoundedPoints_data()
{
    QTest::addColumn<int>("steps");
    QTest::addRow("10 steps") << 10;
    QTest::addRow("400 steps") << 400;
    QTest::addRow("100000 steps") << 100000;
    QTest::addRow("3000000 steps") << 3000000;
}

void TestTrainerPanel::chartDrawsBoundedPoints()
{
    QFETCH(int, steps);
    gelulab::LossHistory history;
    for (int i = 1; i <= steps; ++i)
        history.append(i == steps / 2 + 1 ? 100.0 : 1.0 / i);
    LossChart chart;
    chart.setMaxPoints(400);
    chart.setCurves({ { QStringLiteral("GELU train"), Qt::blue, false, &history } });
    const QList<QPointF> points = chart.curvePoints(0);
    QVERIFY(points.size() <= 400);
    if (steps <= 400)
        QCOMPARE(points.size(), steps); // short histories: one point per step
    QVERIFY(points.size() >= std::min(steps, 200));
    // The spike survives decimation; the first and last steps are covered.
    double top = 0.0;
    for (const QPointF& p : points)
        top = std::max(top, p.y());
    GELULAB_VERIFY_EXACT(top, 100.0);
    GELULAB_VERIFY_EXACT(points.first().x(), 1.0);
    GELULAB_VERIFY_EXACT(points.last().x(), double(steps));
}

void TestTrainerPanel::chartLossAxisEndsOnRoundTicks_data()
{
    // Expected by hand: pad 5 % of the span each side (a flat loss ±10 %); of the 1/2/5 steps just
    // above a 4th … 7th of the padded span, the one whose ends (the ticks around it, never below 0)
    // are closest, with at most 7 intervals.
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("to");
    QTest::addColumn<double>("tick");
    QTest::addColumn<QString>("labelFormat");
    QTest::addRow("overfitting GELU, 0.21 to 7.3") << 0.21 << 7.3 << 0.0 << 8.0 << 2.0 << "%.0f";
    QTest::addRow("a plateau, 0.50 to 0.52") << 0.50 << 0.52 << 0.495 << 0.525 << 0.005 << "%.3f";
    QTest::addRow("nearly fitted, 1e-7 to 2.24e-7") << 1e-7 << 2.24e-7 << 5e-8 << 2.5e-7 << 5e-8 << "%.1e";
    QTest::addRow("flat at 0.7") << 0.7 << 0.7 << 0.6 << 0.8 << 0.05 << "%.2f";
    QTest::addRow("from 1.0 down to 0: by 0.2, not 0.5") << 0.0 << 1.0 << 0.0 << 1.2 << 0.2 << "%.1f";
    QTest::addRow("flat at 0, a perfect fit") << 0.0 << 0.0 << 0.0 << 1.0 << 0.5 << "%.1f";
}

void TestTrainerPanel::chartLossAxisEndsOnRoundTicks()
{
    QFETCH(double, low);
    QFETCH(double, high);
    QFETCH(double, from);
    QFETCH(double, to);
    QFETCH(double, tick);
    QFETCH(QString, labelFormat);
    gelulab::LossHistory history;
    for (int i = 0; i < 1000; ++i)
        history.append(i % 2 ? low : high);
    LossChart chart;
    chart.setCurves({ { QStringLiteral("GELU train"), Qt::blue, false, &history } });
    const double tolerance = 1e-9 * tick; // floor/ceil of a quotient: exact up to rounding
    GELULAB_VERIFY_WITHIN(chart.yTickInterval(), tick, 0.0, tolerance);
    GELULAB_VERIFY_WITHIN(chart.yMin(), from, 0.0, tolerance);
    GELULAB_VERIFY_WITHIN(chart.yMax(), to, 0.0, tolerance);
    QCOMPARE(chart.yLabelFormat(), labelFormat);
}

void TestTrainerPanel::chartReadoutAndLogScale()
{
    gelulab::LossHistory train;
    gelulab::LossHistory test;
    for (int i = 1; i <= 100; ++i) {
        train.append(1.0 / i);
        test.append(2.0 / i);
    }
    LossChart chart;
    chart.resize(600, 300);
    chart.setCurves({ { QStringLiteral("GELU train"), Qt::blue, false, &train },
        { QStringLiteral("GELU test"), Qt::blue, true, &test } });
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QCOMPARE(chart.readoutAt(4.2), QStringLiteral("step 4\nGELU train 0.25\nGELU test 0.5"));
    QCOMPARE(chart.readoutAt(1e9), QStringLiteral("step 100\nGELU train 0.01\nGELU test 0.02"));
    // Hovering the middle of the plot shows a readout.
    QTest::mouseMove(chart.findChild<QGraphicsView*>()->viewport(), QPoint(300, 150));
    QTRY_VERIFY(chart.readoutText().startsWith(QStringLiteral("step ")));
    chart.setLogarithmic(true);
    QVERIFY(chart.isLogarithmic());
    QCOMPARE(chart.curvePoints(0).size(), 100);
    GELULAB_VERIFY_EXACT(chart.curvePoints(0).last().y(), double(float(0.01)));
}

void TestTrainerPanel::chartRendersOffscreenAtRequestedSize()
{
    gelulab::LossHistory train;
    for (int i = 1; i <= 500; ++i)
        train.append(std::exp(-i / 100.0));
    LossChart chart;
    chart.resize(400, 250);
    chart.setCurves({ { QStringLiteral("GELU train"), QColor(0x6a, 0x3d, 0x9a), false, &train } });
    const QList<QPointF> before = chart.curvePoints(0);
    for (const auto theme : { LossChart::Theme::Light, LossChart::Theme::Dark }) {
        const QImage image = chart.renderImage(QSize(1200, 700), theme);
        QCOMPARE(image.size(), QSize(1200, 700));
        const QRgb corner = image.pixel(3, 3);
        QCOMPARE(qGray(corner) > 128, theme == LossChart::Theme::Light);
        int curvePixels = 0;
        for (int y = 0; y < image.height(); y += 2)
            for (int x = 0; x < image.width(); x += 2) {
                const QColor c = image.pixelColor(x, y);
                if (c.red() > 0x50 && c.red() < 0x85 && c.blue() > 0x80 && c.green() < 0x60)
                    ++curvePixels;
            }
        QVERIFY2(curvePixels > 100, "the loss curve is not in the exported image");
    }
    QCOMPARE(chart.size(), QSize(400, 250)); // the widget itself is untouched
    QCOMPARE(chart.curvePoints(0), before);
}

void TestTrainerPanel::chartDrawsCurvesOnItsAxes_data()
{
    // Each curve falls linearly from its first loss to its last over 300 steps.
    QTest::addColumn<bool>("logarithmic");
    QTest::addColumn<QPointF>("train"); // (first, last) loss
    QTest::addColumn<QPointF>("test");
    QTest::addRow("linear") << false << QPointF(0.3, 0.2) << QPointF(0.7, 0.6);
    QTest::addRow("log") << true << QPointF(0.004, 0.002) << QPointF(0.9, 0.6);
    QTest::addRow("linear, close") << false << QPointF(0.30, 0.30) << QPointF(0.34, 0.34);
}

// Sloping losses are drawn on the pixels Qt Charts' own axis mapping gives for them — a solid blue
// train curve and a dashed red test curve, read back from the widget — after the scale is switched
// on screen and after a resize that keeps the width (the plot moves, the point budget does not).
void TestTrainerPanel::chartDrawsCurvesOnItsAxes()
{
    QFETCH(bool, logarithmic);
    QFETCH(QPointF, train);
    QFETCH(QPointF, test);
    constexpr int kSteps = 300;
    const auto lossAt = [](QPointF ends, double step) {
        return ends.x() + (ends.y() - ends.x()) * (step - 1) / (kSteps - 1);
    };
    gelulab::LossHistory trainHistory;
    gelulab::LossHistory testHistory;
    for (int i = 1; i <= kSteps; ++i) {
        trainHistory.append(lossAt(train, i));
        testHistory.append(lossAt(test, i));
    }
    LossChart chart;
    chart.resize(700, 360);
    chart.setCurves({ { QStringLiteral("GELU train"), QColor(0, 0, 255), false, &trainHistory },
        { QStringLiteral("GELU test"), QColor(255, 0, 0), true, &testHistory } });
    chart.setLogarithmic(!logarithmic);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const auto isBlue = [](QColor c) { return c.blue() > 200 && c.red() < 120 && c.green() < 120; };
    const auto isRed = [](QColor c) { return c.red() > 200 && c.blue() < 120 && c.green() < 120; };
    for (const bool switchScale : { true, false }) {
        if (switchScale)
            chart.setLogarithmic(logarithmic);
        else
            chart.resize(700, 300);
        QTest::qWait(100); // the axes' relayout
        const QImage image = chart.grab().toImage();
        // Of steps 100 … 200 (a pixel column each, about 2 px apart), the share whose column has a
        // pixel of the colour within 1.5 rows of where the loss at that step belongs.
        const auto share = [&](QPointF ends, const auto& matches) {
            int hits = 0;
            for (int step = 100; step <= 200; ++step) {
                const QPointF at = chart.positionOf(QPointF(step, lossAt(ends, step)));
                bool hit = false;
                for (int dy = -1; dy <= 1 && !hit; ++dy)
                    hit = matches(image.pixelColor(qRound(at.x()), qRound(at.y() - 0.5) + dy));
                hits += hit ? 1 : 0;
            }
            return hits / 101.0;
        };
        const QString where = switchScale ? QStringLiteral("after switching the scale")
                                          : QStringLiteral("after a resize to the same width");
        const double spacing = std::abs(chart.positionOf(QPointF(150, lossAt(train, 150))).y()
            - chart.positionOf(QPointF(150, lossAt(test, 150))).y());
        QVERIFY2(spacing > 12.0, "the two losses should be well apart on the axis");
        // Solid: every column. Dashed (4 on, 2 off): about two thirds of them.
        QVERIFY2(share(train, isBlue) >= 0.95,
            qPrintable(where + QStringLiteral(": solid %1").arg(share(train, isBlue))));
        const double dashed = share(test, isRed);
        QVERIFY2(
            dashed >= 0.5 && dashed <= 0.85, qPrintable(where + QStringLiteral(": dashed %1").arg(dashed)));
        // And nowhere else: not half-way between them, not swapped.
        const auto between = [&](double step) {
            const double a = lossAt(train, step);
            const double b = lossAt(test, step);
            return logarithmic ? std::sqrt(a * b) : 0.5 * (a + b);
        };
        int strays = 0;
        for (int step = 100; step <= 200; ++step) {
            const QPointF at = chart.positionOf(QPointF(step, between(step)));
            const QColor c = image.pixelColor(qRound(at.x()), qRound(at.y()));
            strays += isBlue(c) || isRed(c) ? 1 : 0;
        }
        QCOMPARE(strays, 0);
        QCOMPARE(share(train, isRed), 0.0);
        QCOMPARE(share(test, isBlue), 0.0);
        // The train curve reaches both ends of the run, first step to last.
        for (const int step : { 1, kSteps }) {
            const QPointF at = chart.positionOf(QPointF(step, lossAt(train, step)));
            const int x = qRound(at.x()) + (step == 1 ? 1 : -2);
            bool found = false;
            for (int dy = -2; dy <= 2 && !found; ++dy)
                found = isBlue(image.pixelColor(x, qRound(at.y() - 0.5) + dy));
            QVERIFY2(found, qPrintable(where + QStringLiteral(": no curve at step %1").arg(step)));
        }
    }
}

// Every loss on one power of ten (a flat 1.0, say) still gets a decade of log axis, and a line.
void TestTrainerPanel::chartLogAxisSpansADecadeAtLeast()
{
    gelulab::LossHistory history;
    for (int i = 1; i <= 100; ++i)
        history.append(1.0);
    LossChart chart;
    chart.resize(600, 300);
    chart.setCurves({ { QStringLiteral("GELU train"), QColor(0, 0, 255), false, &history } });
    chart.setLogarithmic(true);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QTest::qWait(100);
    const QPointF top = chart.positionOf(QPointF(50, 1.0));
    const QPointF decadeDown = chart.positionOf(QPointF(50, 0.1));
    QVERIFY2(std::isfinite(top.y()) && std::isfinite(decadeDown.y()) && decadeDown.y() - top.y() > 20.0,
        "the log axis should span at least a decade");
    const QImage image = chart.grab().toImage();
    bool found = false;
    for (int dy = -2; dy <= 2 && !found; ++dy) {
        const QColor c = image.pixelColor(qRound(top.x()), qRound(top.y() - 0.5) + dy);
        found = c.blue() > 200 && c.red() < 120;
    }
    QVERIFY2(found, "the flat loss should be drawn");
}

// A paused run sends no more batches: a wider window must still get a point per pixel column.
void TestTrainerPanel::chartRedrawsAtANewWidthWhilePaused()
{
    gelulab::LossHistory history;
    for (int i = 1; i <= 100000; ++i)
        history.append(1.0 / i);
    LossChart chart;
    chart.resize(500, 300);
    chart.setCurves({ { QStringLiteral("GELU train"), Qt::blue, false, &history } });
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QTRY_VERIFY(chart.curvePoints(0).size() > chart.maxPoints() / 2);
    const qsizetype narrow = chart.curvePoints(0).size();
    QVERIFY(narrow <= chart.maxPoints());
    chart.resize(1500, 300);
    QTRY_VERIFY(chart.maxPoints() > 1200);
    QTRY_VERIFY(chart.curvePoints(0).size() > chart.maxPoints() / 2);
    QVERIFY(chart.curvePoints(0).size() <= chart.maxPoints());
    QVERIFY(chart.curvePoints(0).size() > narrow);
}

void TestTrainerPanel::outputViewDrawsInItsLook_data()
{
    QTest::addColumn<QString>("dataset");
    QTest::addColumn<bool>("dark");
    QTest::addColumn<bool>("transparent");
    QTest::addRow("xor, light") << "xor" << false << false;
    QTest::addRow("xor, dark") << "xor" << true << false;
    QTest::addRow("xor, dark, transparent") << "xor" << true << true;
    QTest::addRow("sine, light") << "sine" << false << false;
    QTest::addRow("sine, dark") << "sine" << true << false;
}

// The panel around the data takes the figure's look: background (or none), title and, for 1-D
// data, the samples, which sit on the panel rather than on a decision map.
void TestTrainerPanel::outputViewDrawsInItsLook()
{
    QFETCH(QString, dataset);
    QFETCH(bool, dark);
    QFETCH(bool, transparent);
    const auto kind = gelulab::parseDatasetKind(dataset.toStdString());
    QVERIFY(kind);
    const gelulab::DatasetSplit split = gelulab::generateDataset(*kind, {});
    OutputView view;
    view.setTitle(QStringLiteral("GELU"));
    const bool twoD = split.train.inputs.rows() == 2;
    view.setData(split, twoD ? QRectF(-1.5, -1.5, 3, 3) : QRectF(-3.5, -1.5, 7, 3));
    OutputView::Look look = dark ? OutputView::Look::dark() : OutputView::Look::light();
    if (transparent)
        look.background = QColor();
    const QColor sentinel(0xff, 0x00, 0xff);
    QImage image(320, 320, QImage::Format_ARGB32);
    image.fill(sentinel);
    QPainter painter(&image);
    view.render(painter, QRectF(10, 10, 300, 300), look);
    painter.end();
    // Outside the target: untouched. Inside it, outside the plot: the background, or untouched.
    QCOMPARE(image.pixelColor(5, 5), sentinel);
    QCOMPARE(image.pixelColor(12, 12), transparent ? sentinel : look.background);
    // Some pixels of the title in its own colour, in the band above the plot.
    const auto near = [](QColor a, QColor b) {
        return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue())
            < 30;
    };
    int title = 0;
    for (int y = 10; y < 30; ++y)
        for (int x = 110; x < 210; ++x)
            title += near(image.pixelColor(x, y), look.title) ? 1 : 0;
    QVERIFY2(title >= 15, qPrintable(QString::number(title)));
    if (!twoD) {
        int samples = 0;
        for (int y = 40; y < 310; ++y)
            for (int x = 16; x < 304; ++x)
                samples += near(image.pixelColor(x, y), look.samples) ? 1 : 0;
        QVERIFY2(samples >= 200, qPrintable(QString::number(samples)));
    }
}

void TestTrainerPanel::everyControlHasATooltip()
{
    TrainerPanel panel;
    int controls = 0;
    for (QWidget* widget : panel.findChildren<QWidget*>()) {
        const bool control = qobject_cast<QAbstractButton*>(widget) || qobject_cast<QComboBox*>(widget)
            || qobject_cast<QAbstractSpinBox*>(widget) || qobject_cast<QSlider*>(widget)
            || (qobject_cast<QLineEdit*>(widget) && !qobject_cast<QAbstractSpinBox*>(widget->parentWidget())
                && !qobject_cast<QComboBox*>(widget->parentWidget()));
        if (!control)
            continue;
        ++controls;
        QVERIFY2(!widget->toolTip().isEmpty(), qPrintable(widget->objectName() + " has no tooltip"));
    }
    QVERIFY(controls >= 15);
}

void TestTrainerPanel::screenshot()
{
    // GELULAB_SCREENSHOT=path.png [GELULAB_SCREENSHOT_DATASET=sine]: a GELU-vs-ReLU race, for the README.
    const QString path = qEnvironmentVariable("GELULAB_SCREENSHOT");
    if (path.isEmpty())
        QSKIP("set GELULAB_SCREENSHOT=file.png to save a screenshot of the panel");
    TrainerPanel panel;
    TrainerSettings settings = xorSettings(true);
    settings.setup.dataset = gelulab::parseDatasetKind(
        qEnvironmentVariable("GELULAB_SCREENSHOT_DATASET", "spiral").toStdString())
                                 .value_or(gelulab::DatasetKind::Spiral);
    settings.setup.noise = 0.03;
    settings.setup.batchSize
        = 0; // full batch: smooth curves, the difference between the activations stands out
    settings.setup.hidden = { 16, 16 };
    settings.setup.learningRate = 0.01;
    panel.setSettings(settings);
    panel.resize(1100, 680);
    panel.findChild<QCheckBox*>(QStringLiteral("logScaleCheck"))
        ->setChecked(true); // the race shows best on log-y
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.play();
    QTRY_VERIFY_WITH_TIMEOUT(panel.stepCount() >= 3000, 60000);
    panel.pause();
    QTest::qWait(400);
    // Hover the chart so the readout is in the picture too.
    QWidget* viewport = panel.lossChart()->findChild<QGraphicsView*>()->viewport();
    QTest::mouseMove(viewport, QPoint(viewport->width() * 2 / 5, viewport->height() / 2));
    QTRY_VERIFY(!panel.lossChart()->readoutText().isEmpty());
    QVERIFY(panel.grab().save(path));
}

QTEST_MAIN(TestTrainerPanel)
#include "tst_trainerpanel.moc"
