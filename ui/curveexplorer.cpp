// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include "curveexplorer.h"

#include "curvechart.h"
#include "errorchart.h"
#include "formulapanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSlider>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using gelulab::GeluMode;
using gelulab::RangeEnd;

namespace {

// Sliders hold hundredths of x; rounding (not truncation) maps both ways.
constexpr double sliderScale = 100.0;

int toSlider(double x)
{
    return static_cast<int>(std::lround(x * sliderScale));
}

double fromSlider(int position)
{
    return position / sliderScale;
}

int densityIndex(std::size_t density)
{
    const auto& all = CurveExplorer::densities;
    const auto at = std::lower_bound(all.begin(), all.end(), density);
    return static_cast<int>(std::min<std::ptrdiff_t>(at - all.begin(), std::ssize(all) - 1));
}

QDoubleSpinBox* rangeSpin(
    QWidget* parent, gelulab::ValueRange limits, const QString& name, const QString& tip)
{
    auto* spin = new QDoubleSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(limits.from, limits.to);
    spin->setDecimals(2);
    spin->setSingleStep(0.1);
    spin->setAccelerated(true);
    // Typing "-1" on the way to "-12" should not redraw at −1: commit on Enter or focus loss.
    spin->setKeyboardTracking(false);
    spin->setToolTip(tip);
    return spin;
}

QSlider* rangeSlider(QWidget* parent, const QString& name, const QString& tip)
{
    auto* slider = new QSlider(Qt::Horizontal, parent);
    slider->setObjectName(name);
    slider->setRange(toSlider(CurveExplorerState::xLimits.from), toSlider(CurveExplorerState::xLimits.to));
    slider->setSingleStep(10); // arrow keys: 0.1
    slider->setPageStep(100); // Page Up/Down: 1
    slider->setFocusPolicy(Qt::StrongFocus);
    slider->setToolTip(tip);
    return slider;
}

} // namespace

CurveExplorer::CurveExplorer(QWidget* parent)
    : QWidget(parent)
    , m_chart(new CurveChart(this))
    , m_errorChart(new ErrorChart(this))
    , m_formula(new FormulaPanel(this))
{
    m_chart->setObjectName(QStringLiteral("curveChart"));
    m_errorChart->setObjectName(QStringLiteral("errorChart"));
    m_redrawTimer.setSingleShot(true);
    m_redrawTimer.setInterval(redrawIntervalMs);
    connect(&m_redrawTimer, &QTimer::timeout, this, &CurveExplorer::redrawNow);
    // The error chart shares the x axis: its plot starts where the curve chart's does.
    connect(m_chart, &CurveChart::plotAreaChanged, this, &CurveExplorer::alignCharts);
    connect(m_errorChart, &ErrorChart::plotAreaChanged, this, &CurveExplorer::alignCharts);

    auto* charts = new QVBoxLayout;
    charts->setSpacing(4);
    charts->addWidget(m_chart, 2);
    charts->addWidget(m_errorChart, 1);
    // Below ~190 px its legend, readout and axes leave no room for tick labels: keep it readable.
    m_errorChart->setMinimumHeight(190);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("controls")); // View → Show controls folds the whole column
    scroll->setWidget(createControls());
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(scroll->widget()->sizeHint().width() + 16);
    scroll->setMaximumWidth(scroll->widget()->sizeHint().width() + 40);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(charts, 1);
    layout->addWidget(scroll);

    syncControls();
    redrawNow();
}

QWidget* CurveExplorer::createControls()
{
    auto* panel = new QWidget(this);
    auto* column = new QVBoxLayout(panel);
    column->setContentsMargins(0, 0, 6, 0);

    // Variant.
    auto* variantBox = new QGroupBox(tr("GELU variant"), panel);
    m_variant = new QComboBox(variantBox);
    m_variant->setObjectName(QStringLiteral("variantCombo"));
    m_variant->addItem(tr("Exact  x·Φ(x)"), int(GeluMode::Exact));
    m_variant->addItem(tr("tanh approximation"), int(GeluMode::Tanh));
    m_variant->addItem(tr("sigmoid approximation"), int(GeluMode::Sigmoid));
    m_variant->setToolTip(tr("Which GELU variant to draw (Ctrl+1 exact, Ctrl+2 tanh, Ctrl+3 sigmoid)"));
    auto* variantLabel = new QLabel(tr("&Variant:"), variantBox);
    variantLabel->setBuddy(m_variant);
    auto* variantRow = new QHBoxLayout(variantBox);
    variantRow->addWidget(variantLabel);
    variantRow->addWidget(m_variant, 1);
    connect(m_variant, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_state.mode = static_cast<GeluMode>(m_variant->itemData(index).toInt());
        redrawNow(); // a discrete choice: no burst to coalesce
    });
    const std::array<QKeySequence, 3> keys = { QKeySequence(Qt::CTRL | Qt::Key_1),
        QKeySequence(Qt::CTRL | Qt::Key_2), QKeySequence(Qt::CTRL | Qt::Key_3) };
    for (int i = 0; i < 3; ++i) {
        // Window-wide while the explorer is on screen (Qt ignores shortcuts of hidden widgets), so
        // they work before the first click into the panel; the window uses Alt+1/2 for panels.
        auto* shortcut = new QShortcut(keys[static_cast<std::size_t>(i)], this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, m_variant, [this, i] { m_variant->setCurrentIndex(i); });
    }

    // Curves.
    auto* curvesBox = new QGroupBox(tr("Curves"), panel);
    auto* curves = new QVBoxLayout(curvesBox);
    const auto addCheck = [&](QCheckBox*& box, const QString& name, const QString& text, const QString& tip,
                              bool CurveExplorerState::*flag) {
        box = new QCheckBox(text, curvesBox);
        box->setObjectName(name);
        box->setToolTip(tip);
        curves->addWidget(box);
        connect(box, &QCheckBox::toggled, this, [this, flag](bool on) {
            m_state.*flag = on;
            redrawNow();
        });
    };
    addCheck(m_showGelu, QStringLiteral("showGelu"), tr("&GELU (selected variant)"),
        tr("Draw GELU in the selected variant"), &CurveExplorerState::showGelu);
    addCheck(m_showDerivative, QStringLiteral("showDerivative"), tr("GELU′ (&derivative)"),
        tr("Draw the derivative of the selected variant"), &CurveExplorerState::showDerivative);
    addCheck(m_showRelu, QStringLiteral("showRelu"), tr("&ReLU"),
        tr("Draw ReLU(x) = max(0, x) for comparison"), &CurveExplorerState::showRelu);
    addCheck(m_showReluDerivative, QStringLiteral("showReluDerivative"), tr("ReLU′ (deriva&tive, step at 0)"),
        tr("Draw ReLU's derivative: 0 for x ≤ 0, 1 for x > 0 (ReLU′(0) = 0)"),
        &CurveExplorerState::showReluDerivative);
    addCheck(m_showNormalCdf, QStringLiteral("showNormalCdf"), tr("Φ(x), the probabilit&y in x·Φ(x)"),
        tr("Draw the standard normal CDF Φ(x): GELU keeps x with this probability"),
        &CurveExplorerState::showNormalCdf);
    addCheck(m_compare, QStringLiteral("compare"), tr("C&ompare all three variants"),
        tr("Overlay exact, tanh and sigmoid GELU at once"), &CurveExplorerState::compare);
    addCheck(m_showKeyPoints, QStringLiteral("showKeyPoints"), tr("&Key points"),
        tr("Mark the minimum, the inflection points and the derivative's extrema of the selected variant"),
        &CurveExplorerState::showKeyPoints);

    // x range.
    auto* rangeBox = new QGroupBox(tr("x range"), panel);
    auto* grid = new QGridLayout(rangeBox);
    m_minSlider = rangeSlider(
        rangeBox, QStringLiteral("minSlider"), tr("Left end of the x range (arrows: 0.1, Page Up/Down: 1)"));
    m_maxSlider = rangeSlider(
        rangeBox, QStringLiteral("maxSlider"), tr("Right end of the x range (arrows: 0.1, Page Up/Down: 1)"));
    m_minSpin = rangeSpin(
        rangeBox, CurveExplorerState::xLimits, QStringLiteral("minSpin"), tr("Left end of the x range"));
    m_maxSpin = rangeSpin(
        rangeBox, CurveExplorerState::xLimits, QStringLiteral("maxSpin"), tr("Right end of the x range"));
    auto* minLabel = new QLabel(tr("Mi&n"), rangeBox);
    minLabel->setBuddy(m_minSlider);
    auto* maxLabel = new QLabel(tr("Ma&x"), rangeBox);
    maxLabel->setBuddy(m_maxSlider);
    grid->addWidget(minLabel, 0, 0);
    grid->addWidget(m_minSlider, 0, 1);
    grid->addWidget(m_minSpin, 0, 2);
    grid->addWidget(maxLabel, 1, 0);
    grid->addWidget(m_maxSlider, 1, 1);
    grid->addWidget(m_maxSpin, 1, 2);
    connect(m_minSlider, &QSlider::valueChanged, this,
        [this](int v) { setXRange(fromSlider(v), m_state.x.to, RangeEnd::From); });
    connect(m_maxSlider, &QSlider::valueChanged, this,
        [this](int v) { setXRange(m_state.x.from, fromSlider(v), RangeEnd::To); });
    connect(m_minSpin, &QDoubleSpinBox::valueChanged, this,
        [this](double v) { setXRange(v, m_state.x.to, RangeEnd::From); });
    connect(m_maxSpin, &QDoubleSpinBox::valueChanged, this,
        [this](double v) { setXRange(m_state.x.from, v, RangeEnd::To); });

    auto* presets = new QHBoxLayout;
    const auto addPreset = [&](double half, const QString& name, const QString& tip) {
        auto* button = new QPushButton(tr("[−%1, %1]").arg(half), rangeBox);
        button->setObjectName(name);
        button->setToolTip(tip);
        button->setAutoDefault(false);
        presets->addWidget(button);
        connect(button, &QPushButton::clicked, this, [this, half] {
            m_state.x = { -half, half };
            syncControls();
            redrawNow();
        });
    };
    addPreset(3, QStringLiteral("preset3"), tr("The textbook view: x from −3 to 3"));
    addPreset(6, QStringLiteral("preset6"), tr("x from −6 to 6: GELU meets ReLU"));
    addPreset(10, QStringLiteral("preset10"), tr("x from −10 to 10: the tails"));
    auto* reset = new QPushButton(tr("R&eset"), rangeBox);
    reset->setObjectName(QStringLiteral("resetRange"));
    reset->setToolTip(tr("Back to x from −3 to 3, automatic y range and the default density"));
    reset->setAutoDefault(false);
    presets->addWidget(reset);
    connect(reset, &QPushButton::clicked, this, [this] {
        const CurveExplorerState defaults;
        m_state.x = defaults.x;
        m_state.autoY = defaults.autoY;
        m_state.y = defaults.y;
        m_state.density = defaults.density;
        syncControls();
        redrawNow();
    });
    grid->addLayout(presets, 2, 0, 1, 3);

    // Drawing.
    auto* drawingBox = new QGroupBox(tr("Drawing"), panel);
    auto* drawing = new QGridLayout(drawingBox);
    m_density = new QSlider(Qt::Horizontal, drawingBox);
    m_density->setObjectName(QStringLiteral("densitySlider"));
    m_density->setRange(0, static_cast<int>(densities.size()) - 1);
    m_density->setPageStep(1);
    m_density->setFocusPolicy(Qt::StrongFocus);
    m_density->setToolTip(
        tr("Sample points requested over the x range; at most about two per pixel column are "
           "drawn, so the chart stays fast at any density"));
    auto* densityTitle = new QLabel(tr("&Points"), drawingBox);
    densityTitle->setBuddy(m_density);
    m_densityLabel = new QLabel(drawingBox);
    m_densityLabel->setObjectName(QStringLiteral("densityLabel"));
    connect(m_density, &QSlider::valueChanged, this, [this](int index) {
        m_state.density
            = densities[static_cast<std::size_t>(std::clamp(index, 0, int(densities.size()) - 1))];
        updateDensityLabel();
        scheduleRedraw();
    });
    drawing->addWidget(densityTitle, 0, 0);
    drawing->addWidget(m_density, 0, 1, 1, 3);
    drawing->addWidget(m_densityLabel, 1, 1, 1, 3);

    m_autoY = new QCheckBox(tr("A&utomatic y range"), drawingBox);
    m_autoY->setObjectName(QStringLiteral("autoY"));
    m_autoY->setToolTip(tr("Fit the y axis to the visible curves; untick to fix it with the two boxes"));
    m_yMinSpin = rangeSpin(drawingBox, CurveExplorerState::yLimits, QStringLiteral("yMinSpin"),
        tr("Bottom of the fixed y range"));
    m_yMaxSpin = rangeSpin(
        drawingBox, CurveExplorerState::yLimits, QStringLiteral("yMaxSpin"), tr("Top of the fixed y range"));
    auto* yLabel = new QLabel(tr("y from"), drawingBox);
    auto* toLabel = new QLabel(tr("to"), drawingBox);
    drawing->addWidget(m_autoY, 2, 0, 1, 4);
    drawing->addWidget(yLabel, 3, 0);
    drawing->addWidget(m_yMinSpin, 3, 1);
    drawing->addWidget(toLabel, 3, 2);
    drawing->addWidget(m_yMaxSpin, 3, 3);
    connect(m_autoY, &QCheckBox::toggled, this, [this](bool on) {
        if (!on && m_state.autoY) {
            // Fix the range the class is looking at, rounded to the boxes' hundredths.
            m_state.y = gelulab::constrainRange(
                { std::floor(m_chart->yMin() * 100) / 100, std::ceil(m_chart->yMax() * 100) / 100 },
                RangeEnd::To, CurveExplorerState::yLimits);
        }
        m_state.autoY = on;
        syncControls();
        redrawNow();
    });
    connect(m_yMinSpin, &QDoubleSpinBox::valueChanged, this,
        [this](double v) { setYRange(v, m_state.y.to, RangeEnd::From); });
    connect(m_yMaxSpin, &QDoubleSpinBox::valueChanged, this,
        [this](double v) { setYRange(m_state.y.from, v, RangeEnd::To); });

    m_logError = new QCheckBox(tr("&Log |error| in the error chart"), drawingBox);
    m_logError->setObjectName(QStringLiteral("logError"));
    m_logError->setToolTip(
        tr("Show the approximation error as |variant − exact| on a log scale instead of signed"));
    connect(m_logError, &QCheckBox::toggled, this, [this](bool on) {
        m_state.logError = on;
        redrawNow();
    });
    drawing->addWidget(m_logError, 4, 0, 1, 4);

    auto* formulaBox = new QGroupBox(tr("Formula"), panel);
    auto* formulaLayout = new QVBoxLayout(formulaBox);
    m_formula->setParent(formulaBox);
    formulaLayout->addWidget(m_formula);

    column->addWidget(variantBox);
    column->addWidget(curvesBox);
    column->addWidget(rangeBox);
    column->addWidget(drawingBox);
    column->addWidget(formulaBox);
    column->addStretch(1);
    panel->setMinimumWidth(300);
    panel->setMaximumWidth(360);
    return panel;
}

CurveExplorer::~CurveExplorer()
{
    // ~QWidget hides the children next; a spin box losing focus then would call back into this
    // half-destroyed panel. Cut the children's connections to it first.
    m_redrawTimer.stop();
    for (QObject* child : findChildren<QObject*>())
        disconnect(child, nullptr, this, nullptr);
}

void CurveExplorer::setState(const CurveExplorerState& state)
{
    m_state = state;
    m_state.x = gelulab::constrainRange(state.x, RangeEnd::To, CurveExplorerState::xLimits);
    m_state.y = gelulab::constrainRange(state.y, RangeEnd::To, CurveExplorerState::yLimits);
    m_state.density = densities[static_cast<std::size_t>(densityIndex(state.density))];
    syncControls();
    redrawNow();
}

void CurveExplorer::setXRange(double from, double to, RangeEnd moved)
{
    m_state.x = gelulab::constrainRange({ from, to }, moved, CurveExplorerState::xLimits);
    syncControls();
    scheduleRedraw();
}

void CurveExplorer::setYRange(double from, double to, RangeEnd moved)
{
    m_state.y = gelulab::constrainRange({ from, to }, moved, CurveExplorerState::yLimits);
    syncControls();
    scheduleRedraw();
}

void CurveExplorer::syncControls()
{
    // Every control shows the state; blockers keep this from echoing back as new edits.
    const QSignalBlocker b1(m_variant), b2(m_minSlider), b3(m_maxSlider), b4(m_minSpin), b5(m_maxSpin),
        b6(m_density), b7(m_autoY), b8(m_yMinSpin), b9(m_yMaxSpin), b10(m_showGelu), b11(m_showDerivative),
        b12(m_showRelu), b13(m_showReluDerivative), b14(m_showNormalCdf), b15(m_compare),
        b16(m_showKeyPoints), b17(m_logError);
    m_variant->setCurrentIndex(m_variant->findData(int(m_state.mode)));
    m_minSlider->setValue(toSlider(m_state.x.from));
    m_maxSlider->setValue(toSlider(m_state.x.to));
    m_minSpin->setValue(m_state.x.from);
    m_maxSpin->setValue(m_state.x.to);
    m_density->setValue(densityIndex(m_state.density));
    m_autoY->setChecked(m_state.autoY);
    m_yMinSpin->setValue(m_state.y.from);
    m_yMaxSpin->setValue(m_state.y.to);
    m_yMinSpin->setEnabled(!m_state.autoY);
    m_yMaxSpin->setEnabled(!m_state.autoY);
    m_showGelu->setChecked(m_state.showGelu);
    m_showDerivative->setChecked(m_state.showDerivative);
    m_showRelu->setChecked(m_state.showRelu);
    m_showReluDerivative->setChecked(m_state.showReluDerivative);
    m_showNormalCdf->setChecked(m_state.showNormalCdf);
    m_compare->setChecked(m_state.compare);
    m_showKeyPoints->setChecked(m_state.showKeyPoints);
    m_logError->setChecked(m_state.logError);
    updateDensityLabel();
}

void CurveExplorer::scheduleRedraw()
{
    // Not restarted by later changes: while a slider moves, one redraw per interval, never a queue.
    if (!m_redrawTimer.isActive())
        m_redrawTimer.start();
}

void CurveExplorer::redrawNow()
{
    m_redrawTimer.stop();
    m_chart->setState(m_state);
    m_errorChart->setState(m_state);
    m_formula->setMode(m_state.mode);
    updateDensityLabel();
    ++m_redraws;
    emit redrawn();
    emit settingsChanged(); // the window saves shortly after the last change
}

void CurveExplorer::alignCharts()
{
    const double curve = m_chart->naturalPlotLeft();
    const double error = m_errorChart->naturalPlotLeft();
    // Tick labels differ by a few characters at most; a larger difference means one chart's layout
    // still reflects an older inset (it lags a relayout), and following it would push the plot
    // right step by step. Then both start again from no inset.
    if (std::fabs(curve - error) > 80.0) {
        m_chart->setPlotLeftInset(0.0);
        m_errorChart->setPlotLeftInset(0.0);
        return;
    }
    const double target = std::max(curve, error);
    m_chart->setPlotLeftInset(target - curve);
    m_errorChart->setPlotLeftInset(target - error);
}

void CurveExplorer::updateDensityLabel()
{
    const auto drawn = m_chart->sampleCount();
    m_densityLabel->setText(tr("%L1 requested · %L2 drawn").arg(qulonglong(m_state.density)).arg(drawn));
}

namespace {

namespace curveKeys {
    bool finite(const double& v) { return std::isfinite(v) && std::fabs(v) <= 1e6; }
    const Setting<int> mode { "curves/mode", 0, [](const int& m) { return m >= 0 && m <= 2; } };
    const Setting<double> xFrom { "curves/xFrom", -3.0, finite };
    const Setting<double> xTo { "curves/xTo", 3.0, finite };
    const Setting<double> yFrom { "curves/yFrom", -0.5, finite };
    const Setting<double> yTo { "curves/yTo", 3.0, finite };
    const Setting<qulonglong> density { "curves/density", 2000, [](const qulonglong& d) { return d >= 1 && d <= 1000000; } };
    const Setting<bool> autoY { "curves/autoY", true };
    const Setting<bool> gelu { "curves/gelu", true };
    const Setting<bool> derivative { "curves/derivative", true };
    const Setting<bool> relu { "curves/relu", true };
    const Setting<bool> reluDerivative { "curves/reluDerivative", false };
    const Setting<bool> normalCdf { "curves/phi", false };
    const Setting<bool> compare { "curves/compare", false };
    const Setting<bool> keyPoints { "curves/keyPoints", true };
    const Setting<bool> logError { "curves/logError", false };
} // namespace curveKeys

} // namespace

void CurveExplorer::restoreSettings(AppSettings& settings)
{
    CurveExplorerState s;
    s.mode = static_cast<GeluMode>(settings.value(curveKeys::mode));
    s.x = { settings.value(curveKeys::xFrom), settings.value(curveKeys::xTo) };
    s.y = { settings.value(curveKeys::yFrom), settings.value(curveKeys::yTo) };
    s.density = static_cast<std::size_t>(settings.value(curveKeys::density));
    s.autoY = settings.value(curveKeys::autoY);
    s.showGelu = settings.value(curveKeys::gelu);
    s.showDerivative = settings.value(curveKeys::derivative);
    s.showRelu = settings.value(curveKeys::relu);
    s.showReluDerivative = settings.value(curveKeys::reluDerivative);
    s.showNormalCdf = settings.value(curveKeys::normalCdf);
    s.compare = settings.value(curveKeys::compare);
    s.showKeyPoints = settings.value(curveKeys::keyPoints);
    s.logError = settings.value(curveKeys::logError);
    setState(s); // constrains the ranges, so a hand-edited file cannot break min < max
}

void CurveExplorer::saveSettings(AppSettings& settings) const
{
    settings.setValue(curveKeys::mode, static_cast<int>(m_state.mode));
    settings.setValue(curveKeys::xFrom, m_state.x.from);
    settings.setValue(curveKeys::xTo, m_state.x.to);
    settings.setValue(curveKeys::yFrom, m_state.y.from);
    settings.setValue(curveKeys::yTo, m_state.y.to);
    settings.setValue(curveKeys::density, static_cast<qulonglong>(m_state.density));
    settings.setValue(curveKeys::autoY, m_state.autoY);
    settings.setValue(curveKeys::gelu, m_state.showGelu);
    settings.setValue(curveKeys::derivative, m_state.showDerivative);
    settings.setValue(curveKeys::relu, m_state.showRelu);
    settings.setValue(curveKeys::reluDerivative, m_state.showReluDerivative);
    settings.setValue(curveKeys::normalCdf, m_state.showNormalCdf);
    settings.setValue(curveKeys::compare, m_state.compare);
    settings.setValue(curveKeys::keyPoints, m_state.showKeyPoints);
    settings.setValue(curveKeys::logError, m_state.logError);
}
