// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include "curvechart.h"

#include "chartaxes.h"
#include "curvelayer.h"

#include <gelulab/vectorstate.h>
#include <gelulab/activations.h>
#include <gelulab/keypoints.h>
#include <gelulab/plotsampling.h>

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGraphicsEllipseItem>
#include <QGraphicsLayout>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QKeyEvent>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMouseEvent>
#include <QPainter>
#include <QScopedValueRollback>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>

using gelulab::GeluMode;

namespace {

constexpr std::array<GeluMode, 3> variantOf = { GeluMode::Exact, GeluMode::Tanh, GeluMode::Sigmoid };

// Key points depend only on the variant: locate them once.
const gelulab::GeluKeyPoints& keyPointsOf(GeluMode mode)
{
    static const std::array<gelulab::GeluKeyPoints, 3> all = { gelulab::geluKeyPoints(GeluMode::Exact),
        gelulab::geluKeyPoints(GeluMode::Tanh), gelulab::geluKeyPoints(GeluMode::Sigmoid) };
    return all[static_cast<std::size_t>(mode)];
}

QString variantName(GeluMode mode)
{
    switch (mode) {
    case GeluMode::Exact:
        return CurveChart::tr("exact");
    case GeluMode::Tanh:
        return CurveChart::tr("tanh approx.");
    case GeluMode::Sigmoid:
        return CurveChart::tr("sigmoid approx.");
    }
    return {};
}

QString number(double value, int digits)
{
    return chartaxes::displayText(gelulab::formatSignificant(value, digits));
}

} // namespace

CurveChart::CurveChart(QWidget* parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_readout(new QLabel(this))
    , m_axisX(new QCategoryAxis)
    , m_axisY(new QCategoryAxis)
{
    chartaxes::setUpChart(m_chart, m_axisX, m_axisY);

    // The zero lines go first so every curve is drawn over them.
    m_zeroY = chartaxes::addZeroLine(m_chart);
    m_zeroX = chartaxes::addZeroLine(m_chart);
    for (std::size_t i = 0; i < curveCount; ++i) {
        m_series[i] = new QLineSeries;
        m_series[i]->setName(curveName(static_cast<Curve>(i)));
        m_chart->addSeries(m_series[i]);
    }
    const auto allSeries = m_chart->series();
    for (QAbstractSeries* s : allSeries) {
        s->attachAxis(m_axisX);
        s->attachAxis(m_axisY);
    }
    // The line series stay empty: they give the legend its entries; the layer draws the data.
    m_layer = new CurveLayer(m_chart);

    m_crosshair = new QGraphicsLineItem(m_chart);
    m_crosshair->setZValue(900);
    m_crosshair->hide();
    for (auto& dot : m_crosshairDots) {
        dot = new QGraphicsEllipseItem(-4, -4, 8, 8, m_chart);
        dot->setZValue(901);
        dot->hide();
    }

    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    // No FullViewportUpdate here, unlike the error and loss charts: hovering moves only the
    // crosshair, a strip repainted in 0.7 ms against 2–3 ms for the whole view (1280 × 720).

    // The chart fills the view exactly: the same size on screen and in export.
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->scene()->setItemIndexMethod(QGraphicsScene::NoIndex); // items move on every redraw
    m_view->setMouseTracking(true);
    m_view->viewport()->setMouseTracking(true);
    m_view->viewport()->installEventFilter(this);
    m_view->installEventFilter(this);
    // The crosshair works from the keyboard too: Tab to the plot, then arrows, Home, End, Esc.
    m_view->setFocusPolicy(Qt::StrongFocus);
    // No tooltip on the plot itself: it would pop up over the curves while the class reads them.

    // The readout lives outside the plot, so it can never cover a curve.
    m_readout->setObjectName(QStringLiteral("crosshairReadout"));
    m_readout->setTextFormat(Qt::RichText);
    m_readout->setWordWrap(true);
    // Room for three lines, fixed, so hovering never resizes (and so re-lays out) the plot.
    m_readout->setFixedHeight(3 * fontMetrics().lineSpacing() + 4);
    m_readout->setToolTip(tr("Move the mouse over the plot, or click it and use ←/→ (Shift: bigger steps), "
                             "Home, End and Esc, to read x and every visible curve here"));
    m_readout->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_readout->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_readout);

    connect(m_chart, &QChart::plotAreaChanged, this, &CurveChart::handlePlotAreaChanged);
    applyStyle();
    hideCrosshair();
    redraw();
}

CurveChart::~CurveChart() = default;

QString CurveChart::curveName(Curve curve) const
{
    switch (curve) {
    case Curve::GeluExact:
        return tr("GELU (exact)");
    case Curve::GeluTanh:
        return tr("GELU (tanh approx.)");
    case Curve::GeluSigmoid:
        return tr("GELU (sigmoid approx.)");
    case Curve::Derivative:
        return tr("GELU′ (%1)").arg(variantName(m_state.mode));
    case Curve::Relu:
        return tr("ReLU");
    case Curve::ReluDerivative:
        return tr("ReLU′");
    case Curve::NormalCdf:
        return tr("Φ(x)");
    }
    return {};
}

bool CurveChart::isShown(Curve curve) const
{
    switch (curve) {
    case Curve::GeluExact:
    case Curve::GeluTanh:
    case Curve::GeluSigmoid:
        return m_state.showGelu
            && (m_state.compare || variantOf[static_cast<std::size_t>(curve)] == m_state.mode);
    case Curve::Derivative:
        return m_state.showDerivative;
    case Curve::Relu:
        return m_state.showRelu;
    case Curve::ReluDerivative:
        return m_state.showReluDerivative;
    case Curve::NormalCdf:
        return m_state.showNormalCdf;
    }
    return false;
}

void CurveChart::setState(const CurveExplorerState& state)
{
    m_state = state;
    redraw();
}

void CurveChart::setMode(GeluMode mode)
{
    m_state.mode = mode;
    redraw();
}

void CurveChart::setRange(double from, double to)
{
    m_state.x = gelulab::constrainRange({ from, to }, gelulab::RangeEnd::To, CurveExplorerState::xLimits);
    redraw();
}

void CurveChart::setChartStyle(const ChartStyle& style)
{
    m_style = style;
    applyStyle();
    redraw();
}

double CurveChart::plotWidthPx() const
{
    const QRectF area = m_chart->plotArea();
    if (area.width() >= 10.0)
        return area.width();
    return std::max(200.0, m_chart->size().width() - 100.0); // before the first layout
}

void CurveChart::redraw()
{
    gelulab::clearUpperVectorState(); // core's libm calls run ~20x slower otherwise (see vectorstate.h)
    const double from = m_state.x.from;
    const double to = m_state.x.to;
    m_sampledWidth = plotWidthPx();
    const std::vector<double> xs = gelulab::plotSamples(from, to, m_state.density, m_sampledWidth);
    const std::size_t n = xs.size();
    m_sampleCount = static_cast<qsizetype>(n);
    std::vector<double> ys(n);
    double low = std::numeric_limits<double>::infinity();
    double high = -low;
    const auto toPoints = [&](const std::vector<double>& values) {
        QList<QPointF> points;
        points.reserve(static_cast<qsizetype>(n));
        for (std::size_t i = 0; i < n; ++i) {
            points.append(QPointF(xs[i], values[i]));
            low = std::min(low, values[i]);
            high = std::max(high, values[i]);
        }
        return points;
    };

    // Compute every curve first, set the axes once, then hand each series its whole list: Qt
    // Charts recomputes a series' geometry on every axis change and every replace().
    std::array<QList<QPointF>, curveCount> curveData;
    for (std::size_t c = 0; c < curveCount; ++c) {
        const auto curve = static_cast<Curve>(c);
        if (!isShown(curve))
            continue;
        switch (curve) {
        case Curve::GeluExact:
        case Curve::GeluTanh:
        case Curve::GeluSigmoid:
            gelulab::gelu(xs, ys, variantOf[c]);
            curveData[c] = toPoints(ys);
            break;
        case Curve::Derivative:
            gelulab::geluDerivative(xs, ys, m_state.mode);
            curveData[c] = toPoints(ys);
            break;
        case Curve::Relu:
            gelulab::relu(xs, ys);
            curveData[c] = toPoints(ys);
            break;
        case Curve::ReluDerivative: {
            const auto points = gelulab::reluDerivativeCurve(xs);
            curveData[c].reserve(static_cast<qsizetype>(points.size()));
            for (const auto& p : points) {
                curveData[c].append(QPointF(p.x, p.y));
                low = std::min(low, p.y);
                high = std::max(high, p.y);
            }
            break;
        }
        case Curve::NormalCdf:
            for (std::size_t i = 0; i < n; ++i)
                ys[i] = gelulab::normalCdf(xs[i]);
            curveData[c] = toPoints(ys);
            break;
        }
    }
    if (!(low <= high)) // nothing shown
        low = high = 0.0;
    if (m_state.autoY) {
        const gelulab::AxisRange y = gelulab::paddedRange(low, high, 0.06);
        m_yMin = y.min;
        m_yMax = y.max;
    } else {
        m_yMin = m_state.y.from;
        m_yMax = m_state.y.to;
    }

    m_data = std::move(curveData);
    fitAxes();
    applyData();
    updateLayerView();
    updateZeroLines();
    placeKeyPoints();
    if (m_crosshair->isVisible())
        hideCrosshair();
    ++m_redraws;
    emit redrawn();
}

const CurveStyle& CurveChart::curveStyle(Curve curve) const
{
    switch (curve) {
    case Curve::GeluExact:
        return m_style.exact;
    case Curve::GeluTanh:
        return m_style.tanh;
    case Curve::GeluSigmoid:
        return m_style.sigmoid;
    case Curve::Derivative:
        return m_style.derivative;
    case Curve::Relu:
        return m_style.relu;
    case Curve::ReluDerivative:
        return m_style.reluDerivative;
    case Curve::NormalCdf:
        return m_style.normalCdf;
    }
    return m_style.exact;
}

void CurveChart::applyData()
{
    series(Curve::Derivative)->setName(curveName(Curve::Derivative));
    const bool identity = m_yScale == Scale {};
    std::vector<CurveLayer::Curve> drawn;
    // ReLU and Φ underneath, then the other variants, the selected one and its derivative on top:
    // the curves the class is looking at are never hidden under a comparison curve.
    const auto selectedCurve = static_cast<Curve>(static_cast<int>(m_state.mode));
    std::vector<Curve> order = { Curve::Relu, Curve::ReluDerivative, Curve::NormalCdf };
    for (const Curve variant : { Curve::GeluExact, Curve::GeluTanh, Curve::GeluSigmoid })
        if (variant != selectedCurve)
            order.push_back(variant);
    order.push_back(selectedCurve);
    order.push_back(Curve::Derivative);
    for (const Curve curve : order) {
        const auto c = static_cast<std::size_t>(curve);
        const bool shown = isShown(curve);
        QLineSeries* s = m_series[c];
        if (s->isVisible() != shown) { // legend relayouts are not free: only on a real change
            s->setVisible(shown);
            for (QLegendMarker* marker : m_chart->legend()->markers(s))
                marker->setVisible(shown);
        }
        if (!shown)
            continue;
        if (identity) {
            drawn.push_back({ m_data[c], curveStyle(curve) }); // implicitly shared: no copy
        } else {
            QList<QPointF> scaled;
            scaled.reserve(m_data[c].size());
            for (const QPointF& p : std::as_const(m_data[c]))
                scaled.append(QPointF(p.x(), m_yScale(p.y())));
            drawn.push_back({ std::move(scaled), curveStyle(curve) });
        }
    }
    m_layer->setCurves(std::move(drawn), m_style.lineScale);
}

void CurveChart::updateLayerView()
{
    m_layer->setView(m_chart->plotArea(), m_state.x.from, m_state.x.to, m_yScale(m_yMin), m_yScale(m_yMax));
}

void CurveChart::fitAxes()
{
    const QRectF area = m_chart->plotArea();
    const double width = area.width() >= 10.0 ? area.width() : plotWidthPx();
    const double height
        = area.height() >= 10.0 ? area.height() : std::max(150.0, m_chart->size().height() - 120.0);
    m_xTicks = chartaxes::fitTicks(m_axisX, Qt::Horizontal, m_state.x.from, m_state.x.to, width);
    m_yTicks = chartaxes::fitTicks(m_axisY, Qt::Vertical, m_yMin, m_yMax, height);
    chartaxes::applyTicks(m_axisX, m_state.x.from, m_state.x.to, m_xTicks);
    m_yScale = { m_yTicks.offset, std::pow(10.0, -m_yTicks.exponent) };
    gelulab::AxisTicks scaledTicks = m_yTicks;
    for (double& v : scaledTicks.values)
        v = m_yScale(v);
    chartaxes::applyTicks(m_axisY, m_yScale(m_yMin), m_yScale(m_yMax), scaledTicks);
    m_axisX->setTitleText(QString::fromStdString(gelulab::axisTitle("x", m_xTicks)));
    chartaxes::applyMargins(m_chart, m_axisX, 4, m_leftInset, m_marginMemory);
    m_axisY->setTitleText(QString::fromStdString(gelulab::axisTitle("y", m_yTicks)));
}

void CurveChart::updateZeroLines()
{
    const double from = m_state.x.from;
    const double to = m_state.x.to;
    QList<QPointF> horizontal;
    QList<QPointF> vertical;
    if (m_yMin < 0.0 && 0.0 < m_yMax)
        horizontal = { QPointF(from, m_yScale(0.0)), QPointF(to, m_yScale(0.0)) };
    if (from < 0.0 && 0.0 < to)
        vertical = { QPointF(0.0, m_yScale(m_yMin)), QPointF(0.0, m_yScale(m_yMax)) };
    m_zeroY->replace(horizontal);
    m_zeroX->replace(vertical);
}

void CurveChart::placeKeyPoints()
{
    m_keyLabelTexts.clear();
    struct Mark {
        gelulab::CurvePoint point;
        QString name;
    };
    QList<Mark> marks;
    if (m_state.showKeyPoints) {
        const gelulab::GeluKeyPoints& kp = keyPointsOf(m_state.mode);
        if (m_state.showGelu) {
            marks.append({ kp.minimum, tr("minimum") });
            marks.append({ kp.inflections[0], tr("inflection") });
            marks.append({ kp.inflections[1], tr("inflection") });
        }
        if (m_state.showDerivative) {
            marks.append({ kp.derivativeMinimum, tr("GELU′ min") });
            marks.append({ kp.derivativeMaximum, tr("GELU′ max") });
        }
    }
    QList<QPointF> points;
    QList<Mark> shown;
    m_keyPointValues.clear();
    for (const Mark& mark : std::as_const(marks)) {
        const auto [x, y] = mark.point;
        if (x >= m_state.x.from && x <= m_state.x.to && y >= m_yMin && y <= m_yMax) {
            points.append(QPointF(x, m_yScale(y)));
            m_keyPointValues.append(QPointF(x, y));
            shown.append(mark);
        }
    }
    QList<CurveLayer::Marker> markers;
    for (const QPointF& p : std::as_const(points))
        markers.append({ p, m_style.plotBackground, m_style.marker, 9.0 });
    m_layer->setMarkers(markers);

    // Label each marker where it fits inside the plot without touching another label or marker.
    const QRectF area = m_chart->plotArea();
    const QFont font = chartaxes::scaledFont(this->font(), m_style, 0.85);
    QList<QRectF> taken;
    QList<QPointF> markerPositions;
    for (const QPointF& p : std::as_const(points))
        markerPositions.append(m_layer->toPixel(p));
    const double r = 4.5 * m_style.lineScale + 2.0;
    QList<QLineF> leaders;
    // Where the visible curves run, in pixels (every 3rd sample is plenty at ~2 per pixel): a label
    // goes where it covers the fewest of them.
    std::vector<QPointF> curvePixels;
    if (!shown.isEmpty()) {
        for (std::size_t c = 0; c < curveCount; ++c) {
            if (!isShown(static_cast<Curve>(c)))
                continue;
            const QList<QPointF>& values = m_data[c];
            for (qsizetype k = 0; k < values.size(); k += 3) {
                const QPointF p = m_layer->toPixel(QPointF(values[k].x(), m_yScale(values[k].y())));
                if (area.contains(p))
                    curvePixels.push_back(p);
            }
        }
    }
    for (qsizetype i = 0; i < shown.size(); ++i) {
        const Mark& mark = shown[i];
        const QString text
            = QStringLiteral("%1 (%2, %3)").arg(mark.name, number(mark.point.x, 4), number(mark.point.y, 4));
        m_keyLabelTexts.append(text);
        // The label items are kept and reused: a drag redraws them every frame.
        if (i == m_keyLabels.size()) {
            auto* item = new QGraphicsRectItem(m_chart);
            new QGraphicsSimpleTextItem(item);
            m_keyLabels.append(item);
        }
        QGraphicsRectItem* box = m_keyLabels[i];
        auto* label = static_cast<QGraphicsSimpleTextItem*>(box->childItems().constFirst());
        if (label->text() != text)
            label->setText(text);
        if (label->font() != font)
            label->setFont(font);
        label->setBrush(m_style.text);
        box->show();
        const QRectF textRect = label->boundingRect().adjusted(-3, -1, 3, 1);
        label->setPos(3, 1);
        box->setRect(QRectF(QPointF(0, 0), textRect.size()));
        QColor fill = m_style.plotBackground;
        fill.setAlpha(225);
        box->setBrush(fill);
        box->setPen(Qt::NoPen);
        box->setZValue(950);
        const QPointF at = markerPositions[i];
        const double w = textRect.width();
        const double h = textRect.height();
        // Candidate spots around the marker, nearest first: beside it, then rows further up and down.
        // Enough rows that two markers a few pixels apart (GELU's inflection and GELU′'s minimum
        // share x = −√2) both find a free spot in a short plot.
        QList<QPointF> candidates;
        QRectF reach;
        for (int row = 0; row <= 7; ++row) {
            for (const double dy : { r * 0.5 + 1.2 * h * row, -r * 0.5 - h - 1.2 * h * row }) {
                for (const double dx : { r, -r - w, -0.5 * w }) {
                    candidates.append({ at.x() + dx, at.y() + dy });
                    reach |= QRectF(candidates.back(), textRect.size());
                }
            }
        }
        std::stable_sort(candidates.begin(), candidates.end(), [&](const QPointF& a, const QPointF& b) {
            const auto distance = [&](const QPointF& p) {
                return std::hypot(p.x() + 0.5 * w - at.x(), p.y() + 0.5 * h - at.y());
            };
            return distance(a) < distance(b);
        });
        // Only the curve samples within `reach` can be under one of the candidate spots.
        std::vector<QPointF> nearby;
        std::copy_if(curvePixels.begin(), curvePixels.end(), std::back_inserter(nearby),
            [&](const QPointF& p) { return reach.contains(p); });
        // The best spot: inside the plot, clear of other labels and markers, covering the fewest
        // curve samples; ties go to the earlier (closer) candidate. In a cramped plot the least bad.
        QRectF chosen(candidates.front(), textRect.size());
        double bestScore = std::numeric_limits<double>::infinity();
        for (const QPointF& c : candidates) {
            const QRectF rect(c, textRect.size());
            double score = 0.0;
            if (!area.contains(rect))
                score += 1e9;
            score += 1e6
                * static_cast<double>(std::count_if(taken.begin(), taken.end(),
                    [&](const QRectF& t) { return t.adjusted(-3, -3, 3, 3).intersects(rect); }));
            score += 1e6
                * static_cast<double>(std::count_if(markerPositions.begin(), markerPositions.end(),
                    [&](const QPointF& m) { return rect.adjusted(-r, -r, r, r).contains(m); }));
            if (score >= bestScore)
                continue;
            score += static_cast<double>(std::count_if(
                nearby.begin(), nearby.end(), [&](const QPointF& p) { return rect.contains(p); }));
            if (score < bestScore) {
                bestScore = score;
                chosen = rect;
                if (score == 0.0)
                    break;
            }
        }
        taken.append(chosen);
        box->setPos(chosen.topLeft());
        // A label that had to move away from its marker gets a thin leader line back to it.
        const QPointF nearest(std::clamp(at.x(), chosen.left(), chosen.right()),
            std::clamp(at.y(), chosen.top(), chosen.bottom()));
        const QPointF gap = nearest - at;
        const double distance = std::hypot(gap.x(), gap.y());
        if (distance > r + 4.0)
            leaders.append(QLineF(at + gap * ((r - 1.0) / distance), nearest));
    }
    QColor ink = m_style.text;
    ink.setAlpha(150);
    m_layer->setLeaders(leaders, ink);
    for (qsizetype i = shown.size(); i < m_keyLabels.size(); ++i)
        m_keyLabels[i]->hide();
}

void CurveChart::applyStyle()
{
    chartaxes::applyStyle(m_chart, m_style, font());
    const std::array<const CurveStyle*, curveCount> styles = { &m_style.exact, &m_style.tanh,
        &m_style.sigmoid, &m_style.derivative, &m_style.relu, &m_style.reluDerivative, &m_style.normalCdf };
    for (std::size_t c = 0; c < curveCount; ++c)
        m_series[c]->setPen(m_style.pen(*styles[c]));
    QPen zero(m_style.zeroLine, 1.3 * m_style.lineScale);
    m_zeroX->setPen(zero);
    m_zeroY->setPen(zero);
    QColor hair = m_style.text;
    hair.setAlpha(150);
    QPen hairPen(hair, 0.0, Qt::DashLine); // cosmetic: no hit-test shape to stroke
    m_crosshair->setPen(hairPen);
    for (std::size_t c = 0; c < curveCount; ++c) {
        m_crosshairDots[c]->setBrush(styles[c]->colour);
        m_crosshairDots[c]->setPen(QPen(m_style.plotBackground, 1.5));
    }
}

void CurveChart::handlePlotAreaChanged()
{
    // Tick spacing depends on the plot's size, which depends on the labels: refit after layout.
    if (m_inLayoutUpdate)
        return;
    emit plotAreaChanged();
    QScopedValueRollback guard(m_inLayoutUpdate, true);
    const double width = m_chart->plotArea().width();
    if (width >= 10.0 && std::fabs(width - m_sampledWidth) > 0.1 * m_sampledWidth) {
        redraw(); // the plot grew or shrank: resample at its new pixel width
        return;
    }
    const Scale before = m_yScale;
    fitAxes();
    if (!(m_yScale == before)) {
        applyData();
        updateZeroLines();
    }
    updateLayerView();
    placeKeyPoints();
}

void CurveChart::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        applyStyle();
        redraw();
    }
    if (event->type() == QEvent::PaletteChange && !m_crosshair->isVisible())
        hideCrosshair(); // the hint's colour follows the palette
}

bool CurveChart::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport()) {
        if (event->type() == QEvent::MouseMove) {
            const auto* mouse = static_cast<QMouseEvent*>(event);
            const QPointF inChart = m_chart->mapFromScene(m_view->mapToScene(mouse->position().toPoint()));
            if (m_chart->plotArea().contains(inChart))
                showCrosshairAt(m_layer->xAtPixel(inChart.x()));
            else
                hideCrosshair();
        } else if (event->type() == QEvent::Leave) {
            hideCrosshair();
        }
    } else if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const double span = m_state.x.to - m_state.x.from;
        const double step = span * ((key->modifiers() & Qt::ShiftModifier) ? 0.05 : 0.005);
        const double start = m_crosshair->isVisible() ? m_crosshairX : 0.5 * (m_state.x.from + m_state.x.to);
        switch (key->key()) {
        case Qt::Key_Left:
            showCrosshairAt(std::max(m_state.x.from, m_crosshair->isVisible() ? start - step : start));
            return true;
        case Qt::Key_Right:
            showCrosshairAt(std::min(m_state.x.to, m_crosshair->isVisible() ? start + step : start));
            return true;
        case Qt::Key_Home:
            showCrosshairAt(m_state.x.from);
            return true;
        case Qt::Key_End:
            showCrosshairAt(m_state.x.to);
            return true;
        case Qt::Key_Escape:
            hideCrosshair();
            return true;
        default:
            break;
        }
    } else if (watched == m_view && event->type() == QEvent::FocusOut) {
        hideCrosshair();
    }
    return QWidget::eventFilter(watched, event);
}

void CurveChart::showCrosshairAt(double x)
{
    if (!(x >= m_state.x.from && x <= m_state.x.to)) {
        hideCrosshair();
        return;
    }
    m_crosshairX = x;
    gelulab::clearUpperVectorState(); // the readout evaluates core below (see vectorstate.h)
    const QRectF area = m_chart->plotArea();
    const double px = m_layer->toPixel(QPointF(x, 0.0)).x();
    m_crosshair->setLine(px, area.top(), px, area.bottom());
    m_crosshair->show();

    const auto valueAt = [&](Curve curve) {
        switch (curve) {
        case Curve::GeluExact:
        case Curve::GeluTanh:
        case Curve::GeluSigmoid:
            return gelulab::gelu(x, variantOf[static_cast<std::size_t>(curve)]);
        case Curve::Derivative:
            return gelulab::geluDerivative(x, m_state.mode);
        case Curve::Relu:
            return gelulab::relu(x);
        case Curve::ReluDerivative:
            return gelulab::reluDerivative(x);
        case Curve::NormalCdf:
            return gelulab::normalCdf(x);
        }
        return 0.0;
    };
    const std::array<const CurveStyle*, curveCount> styles = { &m_style.exact, &m_style.tanh,
        &m_style.sigmoid, &m_style.derivative, &m_style.relu, &m_style.reluDerivative, &m_style.normalCdf };
    QString html = QStringLiteral("<b>x = %1</b>").arg(number(x, 4));
    QString plain = QStringLiteral("x = %1").arg(number(x, 4));
    for (std::size_t c = 0; c < curveCount; ++c) {
        const auto curve = static_cast<Curve>(c);
        QGraphicsEllipseItem* dot = m_crosshairDots[c];
        if (!isShown(curve)) {
            dot->hide();
            continue;
        }
        const double y = valueAt(curve);
        const QPointF at = m_layer->toPixel(QPointF(x, m_yScale(y)));
        dot->setPos(at);
        dot->setVisible(area.contains(at));
        html += QStringLiteral(" &nbsp; <span style=\"color:%1\">&#9644;</span>&nbsp;%2&nbsp;=&nbsp;%3")
                    .arg(styles[c]->colour.name(), curveName(curve).toHtmlEscaped(), number(y, 6));
        plain += QStringLiteral("; %1 = %2").arg(curveName(curve), number(y, 6));
    }
    // All three variants, always: the readout is where a class sees how close they are.
    if (!(m_state.showGelu && m_state.compare)) {
        QStringList all;
        for (std::size_t v = 0; v < 3; ++v)
            all.append(QStringLiteral("%1 %2").arg(
                variantName(variantOf[v]), number(valueAt(static_cast<Curve>(v)), 6)));
        html += QStringLiteral("<br>GELU variants: ") + all.join(QStringLiteral(" · ")).toHtmlEscaped();
        plain += QStringLiteral("; GELU variants: ") + all.join(QStringLiteral(", "));
    }
    m_readout->setText(html);
    m_readout->setProperty("plainReadout", plain);
}

void CurveChart::hideCrosshair()
{
    m_crosshair->hide();
    for (auto* dot : m_crosshairDots)
        dot->hide();
    const QString hint
        = tr("Move the mouse over the plot (or click it and use the arrow keys) to read x and the "
             "value of every visible curve here.");
    // Quieter than a readout but legible from the back row: 60 % of the way from the window's
    // colour to its text's (palette(mid) gave 1.9:1 contrast on Fusion's light grey).
    const QColor text = palette().color(QPalette::WindowText);
    const QColor window = palette().color(QPalette::Window);
    const auto mix = [](double from, double to) { return from + 0.6 * (to - from); };
    const QColor quiet = QColor::fromRgbF(mix(window.redF(), text.redF()),
        mix(window.greenF(), text.greenF()), mix(window.blueF(), text.blueF()));
    m_readout->setText(
        QStringLiteral("<span style=\"color:%1\">%2</span>").arg(quiet.name(), hint.toHtmlEscaped()));
    m_readout->setProperty("plainReadout", QString());
}

QString CurveChart::readoutText() const
{
    return m_readout->property("plainReadout").toString();
}

double CurveChart::naturalPlotLeft() const { return chartaxes::plotLeftIn(this, m_view, m_chart) - m_leftInset; }

void CurveChart::setPlotLeftInset(double inset)
{
    if (std::fabs(inset - m_leftInset) < 0.5)
        return;
    m_leftInset = inset;
    chartaxes::applyMargins(m_chart, m_axisX, 4, m_leftInset, m_marginMemory);
}

void CurveChart::render(QPainter* painter, const QRectF& target)
{
    const QSizeF onScreen = m_chart->size();
    const bool resize = onScreen != target.size();
    const bool crosshair = m_crosshair->isVisible();
    if (crosshair)
        hideCrosshair();
    const auto layoutAt = [this](const QSizeF& size) {
        m_chart->resize(size);
        if (QGraphicsLayout* layout = m_chart->layout())
            layout->activate();
        redraw();
        if (QGraphicsLayout* layout = m_chart->layout())
            layout->activate();
    };
    if (resize)
        layoutAt(target.size());
    else if (QGraphicsLayout* layout = m_chart->layout())
        layout->activate(); // a pending relayout (new axis labels) must happen before painting
    m_view->scene()->render(painter, target, QRectF(m_chart->scenePos(), target.size()));
    if (resize)
        layoutAt(onScreen);
}

QList<QPointF> CurveChart::points(Curve curve) const
{
    return isShown(curve) ? m_data[static_cast<std::size_t>(curve)] : QList<QPointF>();
}

QList<QPointF> CurveChart::valuePoints() const
{
    return points(static_cast<Curve>(static_cast<int>(m_state.mode)));
}

QList<QPointF> CurveChart::derivativePoints() const
{
    return points(Curve::Derivative);
}

QStringList CurveChart::legendNames() const
{
    QStringList names;
    const auto markers = m_chart->legend()->markers();
    for (QLegendMarker* marker : markers) {
        if (marker->isVisible())
            names.append(marker->label());
    }
    return names;
}

QList<QPointF> CurveChart::keyPointMarkers() const
{
    return m_keyPointValues;
}

QStringList CurveChart::keyPointLabels() const
{
    return m_keyLabelTexts;
}

QList<QRectF> CurveChart::keyPointLabelRects() const
{
    QList<QRectF> rects;
    for (const QGraphicsRectItem* box : m_keyLabels) {
        if (box->isVisible())
            rects.append(box->mapRectToParent(box->rect()));
    }
    return rects;
}

QRectF CurveChart::plotArea() const
{
    return m_chart->plotArea();
}

QStringList CurveChart::xTickLabels() const
{
    return m_axisX->categoriesLabels();
}

QStringList CurveChart::yTickLabels() const
{
    return m_axisY->categoriesLabels();
}

QString CurveChart::xAxisTitle() const
{
    return m_axisX->titleText();
}

QString CurveChart::yAxisTitle() const
{
    return m_axisY->titleText();
}

double CurveChart::yMin() const
{
    return m_yMin;
}

double CurveChart::yMax() const
{
    return m_yMax;
}
