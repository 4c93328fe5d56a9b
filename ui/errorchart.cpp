// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include "errorchart.h"

#include "chartaxes.h"
#include "curvelayer.h"

#include <gelulab/vectorstate.h>
#include <gelulab/activations.h>
#include <gelulab/plotsampling.h>

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QRegularExpression>
#include <QScopedValueRollback>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

using gelulab::CurveKind;
using gelulab::GeluMode;

namespace {

QString modeName(GeluMode mode)
{
    return QString::fromUtf8(gelulab::geluModeName(mode).data());
}

QString number(double value, int digits)
{
    return chartaxes::displayText(gelulab::formatSignificant(value, digits));
}

// log10 |e|, never below `floor` (an exact crossing would otherwise go to −inf).
double logMagnitude(double e, double floor)
{
    const double m = std::fabs(e);
    return m > 0.0 ? std::max(std::log10(m), floor) : floor;
}

} // namespace

ErrorChart::ErrorChart(QWidget* parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_readout(new QLabel(this))
    , m_axisX(new QCategoryAxis)
    , m_axisY(new QCategoryAxis)
{
    chartaxes::setUpChart(m_chart, m_axisX, m_axisY);
    m_zeroY = chartaxes::addZeroLine(m_chart);
    m_valueError = new QLineSeries;
    m_derivativeError = new QLineSeries;
    m_chart->addSeries(m_valueError);
    m_chart->addSeries(m_derivativeError);
    const auto allSeries = m_chart->series();
    for (QAbstractSeries* s : allSeries) {
        s->attachAxis(m_axisX);
        s->attachAxis(m_axisY);
    }

    // The two line series stay empty and only name the curves in the legend (see CurveLayer).
    m_layer = new CurveLayer(m_chart);

    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    // The whole view a repaint: a redraw changes most of it, and the ~30-rectangle clip region of
    // minimal updates made each paint 3.5× slower (5.2 → 1.5 ms at 1280 × 720, in the soak).
    m_view->setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    // The chart fills the view exactly: the same size on screen and in export.
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->scene()->setItemIndexMethod(QGraphicsScene::NoIndex);
    m_view->setToolTip(
        tr("Approximation error of the selected variant against the exact GELU, for the value and "
           "the derivative; the circles mark the largest error in view"));
    m_readout->setObjectName(QStringLiteral("errorReadout"));
    m_readout->setTextFormat(Qt::RichText);
    m_readout->setWordWrap(true);
    m_readout->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_readout);

    connect(m_chart, &QChart::plotAreaChanged, this, [this] {
        if (m_inLayoutUpdate)
            return;
        emit plotAreaChanged();
        QScopedValueRollback guard(m_inLayoutUpdate, true);
        fitAxes();
        applyData();
    });
    applyStyle();
    redraw();
}

void ErrorChart::setState(const CurveExplorerState& state)
{
    m_state = state;
    redraw();
}

void ErrorChart::setChartStyle(const ChartStyle& style)
{
    m_style = style;
    applyStyle();
    redraw();
}

void ErrorChart::redraw()
{
    gelulab::clearUpperVectorState(); // core's libm calls run ~20x slower otherwise (see vectorstate.h)
    const GeluMode mode = m_state.mode;
    const double from = m_state.x.from;
    const double to = m_state.x.to;
    const double width = m_chart->plotArea().width() >= 10.0 ? m_chart->plotArea().width() : 600.0;
    const std::vector<double> xs = gelulab::plotSamples(from, to, m_state.density, width);
    const std::size_t n = xs.size();
    std::vector<double> approx(n);
    std::vector<double> exact(n);
    std::vector<double> valueError(n);
    std::vector<double> derivativeError(n);
    gelulab::gelu(xs, approx, mode);
    gelulab::gelu(xs, exact, GeluMode::Exact);
    for (std::size_t i = 0; i < n; ++i)
        valueError[i] = approx[i] - exact[i];
    gelulab::geluDerivative(xs, approx, mode);
    gelulab::geluDerivative(xs, exact, GeluMode::Exact);
    for (std::size_t i = 0; i < n; ++i)
        derivativeError[i] = approx[i] - exact[i];

    m_valueMax = gelulab::maxDifferenceFromExact(mode, CurveKind::Value, from, to);
    m_derivativeMax = gelulab::maxDifferenceFromExact(mode, CurveKind::Derivative, from, to);
    const double largest = std::max(std::fabs(m_valueMax.difference), std::fabs(m_derivativeMax.difference));

    QList<QPointF> valuePoints;
    QList<QPointF> derivativePoints;
    QList<QPointF> largestPoints;
    valuePoints.reserve(static_cast<qsizetype>(n));
    derivativePoints.reserve(static_cast<qsizetype>(n));
    const bool log = m_state.logError;
    if (log && largest > 0.0) {
        // Twelve decades below the largest error: enough to see the shape, not the rounding noise.
        const double top = std::ceil(std::log10(largest));
        const double floor = top - 12.0;
        for (std::size_t i = 0; i < n; ++i) {
            valuePoints.append(QPointF(xs[i], logMagnitude(valueError[i], floor)));
            derivativePoints.append(QPointF(xs[i], logMagnitude(derivativeError[i], floor)));
        }
        largestPoints = { QPointF(m_valueMax.x, logMagnitude(m_valueMax.difference, floor)),
            QPointF(m_derivativeMax.x, logMagnitude(m_derivativeMax.difference, floor)) };
        m_yMin = floor;
        m_yMax = top + 0.3;
    } else if (!log) {
        double low = 0.0;
        double high = 0.0;
        for (std::size_t i = 0; i < n; ++i) {
            valuePoints.append(QPointF(xs[i], valueError[i]));
            derivativePoints.append(QPointF(xs[i], derivativeError[i]));
            low = std::min({ low, valueError[i], derivativeError[i] });
            high = std::max({ high, valueError[i], derivativeError[i] });
        }
        if (largest > 0.0)
            largestPoints = { QPointF(m_valueMax.x, m_valueMax.difference),
                QPointF(m_derivativeMax.x, m_derivativeMax.difference) };
        const gelulab::AxisRange y = gelulab::paddedRange(low, high, 0.08);
        m_yMin = y.min;
        m_yMax = y.max;
    } else {
        m_yMin = -1.0; // the exact variant on a log axis: nothing to draw
        m_yMax = 1.0;
    }
    m_valueData = std::move(valuePoints);
    m_derivativeData = std::move(derivativePoints);
    m_largestData = std::move(largestPoints);
    fitAxes();
    applyData();

    const QString variant = modeName(mode);
    const bool isExact = mode == GeluMode::Exact;
    m_valueError->setName(isExact ? tr("GELU error") : tr("GELU error (%1 − exact)").arg(variant));
    m_derivativeError->setName(isExact ? tr("GELU′ error") : tr("GELU′ error (%1 − exact)").arg(variant));
    for (QLegendMarker* marker : m_chart->legend()->markers(m_zeroY))
        marker->setVisible(false);

    if (mode == GeluMode::Exact) {
        m_readout->setText(tr("The exact variant has no approximation error. Pick tanh (Ctrl+2) or sigmoid "
                              "(Ctrl+3) to see how far they stray."));
    } else {
        const auto line = [&](const QString& what, const gelulab::MaxDifference& d) {
            return tr("largest |%1| in view: <b>%2</b> at x = %3")
                .arg(what, number(std::fabs(d.difference), 3), number(d.x, 4));
        };
        m_readout->setText(line(tr("GELU error"), m_valueMax) + QStringLiteral(" &nbsp;·&nbsp; ")
            + line(tr("GELU′ error"), m_derivativeMax));
    }
}

void ErrorChart::applyData()
{
    const auto scaled = [this](const QList<QPointF>& points) {
        QList<QPointF> out;
        out.reserve(points.size());
        for (const QPointF& p : points)
            out.append(QPointF(p.x(), (p.y() - m_yOffset) * m_yFactor));
        return out;
    };
    std::vector<CurveLayer::Curve> curves;
    curves.push_back({ scaled(m_valueData), m_style.valueError });
    curves.push_back({ scaled(m_derivativeData), m_style.derivativeError });
    m_layer->setCurves(std::move(curves), m_style.lineScale);
    QList<CurveLayer::Marker> markers;
    for (const QPointF& p : scaled(m_largestData))
        markers.append({ p, m_style.plotBackground, m_style.marker, 8.0 });
    m_layer->setMarkers(markers);
    m_layer->setView(m_chart->plotArea(), m_state.x.from, m_state.x.to, (m_yMin - m_yOffset) * m_yFactor,
        (m_yMax - m_yOffset) * m_yFactor);
    QList<QPointF> zero;
    if (!m_state.logError && m_yMin < 0.0 && 0.0 < m_yMax)
        zero = { QPointF(m_state.x.from, -m_yOffset * m_yFactor),
            QPointF(m_state.x.to, -m_yOffset * m_yFactor) };
    if (zero != m_zeroY->points())
        m_zeroY->replace(zero);
}

void ErrorChart::fitAxes()
{
    const QRectF area = m_chart->plotArea();
    const double width = area.width() >= 10.0 ? area.width() : 600.0;
    const double height = area.height() >= 10.0 ? area.height() : 120.0;
    const gelulab::AxisTicks xTicks
        = chartaxes::fitTicks(m_axisX, Qt::Horizontal, m_state.x.from, m_state.x.to, width);
    chartaxes::applyTicks(m_axisX, m_state.x.from, m_state.x.to, xTicks);
    m_axisX->setTitleText(QString::fromStdString(gelulab::axisTitle("x", xTicks)));
    chartaxes::applyMargins(m_chart, m_axisX, 2, m_leftInset, m_marginMemory);
    gelulab::AxisTicks yTicks = chartaxes::fitTicks(m_axisY, Qt::Vertical, m_yMin, m_yMax, height);
    if (m_state.logError) {
        // Whole decades only: a tick at 10^−3.5 would mislead.
        if (yTicks.step < 1.0)
            yTicks = gelulab::ticksWithStep(m_yMin, m_yMax, 1, 0);
        m_yOffset = 0.0;
        m_yFactor = 1.0;
        chartaxes::applyTicks(m_axisY, m_yMin, m_yMax, yTicks, [&yTicks](std::size_t i) {
            return QString::fromStdString(
                gelulab::powerOfTen(static_cast<int>(std::lround(yTicks.values[i]))));
        });
        m_axisY->setTitleText(tr("|error|"));
    } else {
        m_yOffset = yTicks.offset;
        m_yFactor = std::pow(10.0, -yTicks.exponent);
        for (double& v : yTicks.values)
            v = (v - m_yOffset) * m_yFactor;
        chartaxes::applyTicks(
            m_axisY, (m_yMin - m_yOffset) * m_yFactor, (m_yMax - m_yOffset) * m_yFactor, yTicks);
        m_axisY->setTitleText(QString::fromStdString(gelulab::axisTitle(tr("error").toStdString(), yTicks)));
    }
}

void ErrorChart::applyStyle()
{
    chartaxes::applyStyle(m_chart, m_style, font());
    m_valueError->setPen(m_style.pen(m_style.valueError));
    m_derivativeError->setPen(m_style.pen(m_style.derivativeError));
    m_zeroY->setPen(QPen(m_style.zeroLine, 1.3 * m_style.lineScale));
}

void ErrorChart::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        applyStyle();
        redraw();
    }
}

double ErrorChart::naturalPlotLeft() const { return chartaxes::plotLeftIn(this, m_view, m_chart) - m_leftInset; }

void ErrorChart::setPlotLeftInset(double inset)
{
    if (std::fabs(inset - m_leftInset) < 0.5)
        return;
    m_leftInset = inset;
    chartaxes::applyMargins(m_chart, m_axisX, 2, m_leftInset, m_marginMemory);
}

void ErrorChart::render(QPainter* painter, const QRectF& target)
{
    const QSizeF onScreen = m_chart->size();
    const bool resize = onScreen != target.size();
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

QList<QPointF> ErrorChart::valueErrorPoints() const
{
    return m_valueData;
}

QList<QPointF> ErrorChart::derivativeErrorPoints() const
{
    return m_derivativeData;
}

QString ErrorChart::readoutText() const
{
    QString text = m_readout->text();
    text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    text.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
    return text;
}

QStringList ErrorChart::yTickLabels() const
{
    return m_axisY->categoriesLabels();
}

QString ErrorChart::yAxisTitle() const
{
    return m_axisY->titleText();
}
