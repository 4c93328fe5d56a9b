// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include "losschart.h"

#include "curvelayer.h"

#include <gelulab/axisticks.h>

#include <functional>

#include <gelulab/losshistory.h>

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLabel>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QMouseEvent>
#include <QPainter>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

// The smallest loss a log axis shows; an exact 0 (a perfect mse fit) is drawn there.
constexpr double kLogFloor = 1e-12;

QString formatLoss(double value)
{
    return QString::number(value, 'g', 4);
}

} // namespace

LossChart::LossChart(QWidget* parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_axisX(new QValueAxis)
    , m_axisY(new QValueAxis)
    , m_axisLogY(new QLogValueAxis)
{
    m_chart->setAnimationOptions(QChart::NoAnimation); // streaming data: animations only lag
    m_chart->legend()->setAlignment(Qt::AlignTop);
    m_chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries); // train solid, test dashed
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    m_axisX->setTitleText(tr("step"));
    m_axisX->setLabelFormat(QStringLiteral("%.0f"));
    m_axisX->setTickType(QValueAxis::TicksDynamic);
    m_axisX->setTickAnchor(0.0);
    m_axisY->setTitleText(tr("loss"));
    m_axisY->setTickType(QValueAxis::TicksDynamic);
    m_axisY->setTickAnchor(0.0);
    m_axisLogY->setTitleText(tr("loss (log scale)"));
    m_axisLogY->setLabelFormat(QStringLiteral("%.0e"));
    m_axisLogY->setMinorTickCount(0); // decade lines only: minor lines clutter a small chart
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    m_axisX->setRange(0, 10);
    m_axisY->setRange(0, 1);

    // The point budget follows the plot's width: when it changes (a wider axis label, a resized
    // window, the first layout), redraw at once rather than wait for the next batch, which a paused
    // run never sends. (A refresh moves no axis for a new budget: no relayout loop.)
    connect(m_chart, &QChart::plotAreaChanged, this, [this] {
        if (maxPoints() != m_refreshedBudget)
            refresh();
        else
            updateLayerView();
    });
    // The series stay empty and only name the curves in the legend; the layer draws them. Qt Charts
    // strokes a dashed series through QDashStroker on every paint, most of a frame's time.
    m_layer = new CurveLayer(m_chart);

    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    // The whole view a repaint: every refresh redraws the curves across the plot, and hovering only
    // moves a label.
    m_view->setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    m_view->setMouseTracking(true);
    m_view->viewport()->installEventFilter(this);
    m_view->setToolTip(tr("Loss per training step. Hover to read the step and loss of every curve."));
    m_readout = new QLabel(m_view);
    m_readout->setObjectName(QStringLiteral("lossReadout"));
    m_readout->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_readout->setStyleSheet(
        QStringLiteral("QLabel { background: rgba(255,255,255,220); border: 1px solid #bbb;"
                       " border-radius: 3px; padding: 2px 5px; color: #222; }"));
    m_readout->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

int LossChart::maxPoints() const
{
    if (m_fixedMaxPoints > 0)
        return m_fixedMaxPoints;
    return std::max(200, static_cast<int>(m_chart->plotArea().width()));
}

void LossChart::setCurves(const QList<Curve>& curves)
{
    for (QLineSeries* series : std::as_const(m_series)) {
        m_chart->removeSeries(series);
        delete series;
    }
    m_series.clear();
    m_curves = curves;
    m_points = QList<QList<QPointF>>(curves.size()); // refresh() fills one list per curve
    for (const Curve& curve : curves) {
        auto* series = new QLineSeries;
        series->setName(curve.name);
        QPen pen(curve.colour);
        pen.setWidthF(curve.dashed ? 1.6 : 2.2);
        pen.setStyle(curve.dashed ? Qt::DashLine : Qt::SolidLine);
        series->setPen(pen);
        m_chart->addSeries(series);
        series->attachAxis(m_axisX);
        // The pen is what the layer draws with: presentation mode and export widen it.
        connect(series, &QLineSeries::penChanged, this, &LossChart::updateLayer);
        m_series.append(series);
    }
    attachYAxis();
    refresh();
}

void LossChart::attachYAxis()
{
    QAbstractAxis* wanted = m_logarithmic ? static_cast<QAbstractAxis*>(m_axisLogY) : m_axisY;
    QAbstractAxis* other = m_logarithmic ? static_cast<QAbstractAxis*>(m_axisY) : m_axisLogY;
    if (m_chart->axes(Qt::Vertical).contains(other))
        m_chart->removeAxis(other);
    if (!m_chart->axes(Qt::Vertical).contains(wanted))
        m_chart->addAxis(wanted, Qt::AlignLeft);
    for (QLineSeries* series : std::as_const(m_series)) {
        if (!series->attachedAxes().contains(wanted))
            series->attachAxis(wanted);
    }
}

void LossChart::setLogarithmic(bool logarithmic)
{
    if (logarithmic == m_logarithmic)
        return;
    m_logarithmic = logarithmic;
    attachYAxis();
    refresh();
}

void LossChart::refresh()
{
    m_refreshedBudget = maxPoints();
    const auto budget = static_cast<std::size_t>(std::max(2, maxPoints() / 2));
    double low = std::numeric_limits<double>::infinity();
    double high = -std::numeric_limits<double>::infinity();
    std::int64_t steps = 0;
    for (qsizetype c = 0; c < m_curves.size(); ++c) {
        const gelulab::LossHistory* history = m_curves[c].history;
        QList<QPointF> points;
        if (history && !history->empty()) {
            steps = std::max<std::int64_t>(steps, static_cast<std::int64_t>(history->size()));
            // Half the budget in buckets, two points each; a short history gets one point per step.
            const bool raw = history->size() <= 2 * budget;
            const auto buckets = history->decimate(raw ? 2 * budget : budget);
            points.reserve(static_cast<qsizetype>(buckets.size() * (raw ? 1 : 2)));
            auto shown = [this](double v) { return m_logarithmic ? std::max(v, kLogFloor) : v; };
            double previous = buckets.front().minimum;
            for (const auto& bucket : buckets) {
                const double lo = shown(bucket.minimum);
                const double hi = shown(bucket.maximum);
                low = std::min(low, lo);
                high = std::max(high, hi);
                if (raw) {
                    points.append({ static_cast<double>(bucket.firstStep), lo });
                    continue;
                }
                // Min then max, or max then min, whichever continues the line with less of a jump.
                const bool maxFirst = std::fabs(previous - hi) < std::fabs(previous - lo);
                points.append({ static_cast<double>(bucket.firstStep), maxFirst ? hi : lo });
                points.append({ static_cast<double>(bucket.lastStep), maxFirst ? lo : hi });
                previous = maxFirst ? lo : hi;
            }
        }
        m_points[c] = std::move(points);
    }
    // Ticks every 1, 2 or 5 × 10^k steps from 0 (about five of them), the axis ending on the tick at
    // or after the last step: round labels without leaving half the chart empty.
    const double last = std::max<double>(10.0, static_cast<double>(steps));
    const double step = gelulab::niceStep(last / 5.0);
    if (m_axisX->tickInterval() != step)
        m_axisX->setTickInterval(step);
    const double end = std::ceil(last / step) * step;
    if (m_axisX->min() != 0.0 || m_axisX->max() != end)
        m_axisX->setRange(0, end);
    if (!(low <= high)) {
        low = m_logarithmic ? 0.01 : 0.0;
        high = 1.0;
    }
    if (m_logarithmic) {
        // Whole decades; at least one, also when every loss is the same power of ten (a flat 1.0).
        const double lowDecade = std::floor(std::log10(low));
        const double highDecade = std::max(std::ceil(std::log10(high)), lowDecade + 1.0);
        m_axisLogY->setRange(std::pow(10.0, lowDecade), std::pow(10.0, highDecade));
    } else {
        // Ends on round ticks, set only when they move: every range change relays out all labels
        // (setRange then applyNiceNumbers did that twice a refresh, most of a refresh's cost).
        // Of the 1/2/5 steps near a quarter to a seventh of the span, the one whose rounded-out ends
        // waste the least height, with at most 7 intervals (a loss from 1.0: 0–1.2 by 0.2, not 0–1.5).
        const gelulab::AxisRange padded = gelulab::paddedRange(low, high); // a flat loss gets ±10 %
        double tick = 0.0;
        double from = 0.0;
        double to = 0.0;
        for (const int intervals : { 4, 5, 6, 7 }) {
            const double t = gelulab::niceStep((padded.max - padded.min) / intervals);
            const double f = std::max(0.0, std::floor(padded.min / t) * t);
            const double e = std::max(std::ceil(padded.max / t) * t, f + t);
            if (std::lround((e - f) / t) <= 7 && (tick == 0.0 || e - f < to - from)) {
                tick = t;
                from = f;
                to = e;
            }
        }
        // As many decimals as the tick needs ("0.2", not "0.20"); for ticks below 10^-4, scientific
        // notation with as many as tell the top label from its neighbour ("1.5e-07").
        const int tickDecade = static_cast<int>(std::floor(std::log10(tick) + 1e-9));
        const int topDecade = static_cast<int>(std::floor(std::log10(std::max(to, tick))));
        const QString format = tickDecade < -4
            ? QStringLiteral("%.%1e").arg(std::max(0, topDecade - tickDecade))
            : QStringLiteral("%.%1f").arg(std::max(0, -tickDecade));
        if (m_axisY->labelFormat() != format)
            m_axisY->setLabelFormat(format);
        if (m_axisY->tickInterval() != tick)
            m_axisY->setTickInterval(tick);
        if (m_axisY->min() != from || m_axisY->max() != to)
            m_axisY->setRange(from, to);
    }
    updateLayer();
    if (m_readout->isVisible())
        m_readout->setText(readoutAt(m_readout->property("step").toDouble()));
}

void LossChart::updateLayer()
{
    std::vector<CurveLayer::Curve> drawn;
    drawn.reserve(static_cast<std::size_t>(m_series.size()));
    for (qsizetype c = 0; c < m_series.size(); ++c) {
        const QPen pen = m_series[c]->pen();
        if (!m_series[c]->isVisible() || pen.style() == Qt::NoPen)
            continue;
        const QList<qreal> dashes = pen.style() == Qt::SolidLine ? QList<qreal>() : pen.dashPattern();
        QList<QPointF> points = m_points.value(c);
        if (m_logarithmic) {
            for (QPointF& p : points)
                p.setY(std::log10(p.y())); // refresh() has clamped them to kLogFloor
        }
        drawn.push_back({ std::move(points), CurveStyle { pen.color(), pen.widthF(), dashes } });
    }
    m_layer->setCurves(std::move(drawn), 1.0);
    updateLayerView();
}

void LossChart::updateLayerView()
{
    const double low = m_logarithmic ? std::log10(m_axisLogY->min()) : m_axisY->min();
    const double high = m_logarithmic ? std::log10(m_axisLogY->max()) : m_axisY->max();
    m_layer->setView(m_chart->plotArea(), m_axisX->min(), m_axisX->max(), low, high);
}

QList<QPointF> LossChart::curvePoints(int curve) const
{
    return m_points.value(curve);
}

double LossChart::yMin() const
{
    return m_axisY->min();
}

double LossChart::yMax() const
{
    return m_axisY->max();
}

double LossChart::yTickInterval() const
{
    return m_axisY->tickInterval();
}

QString LossChart::yLabelFormat() const
{
    return m_axisY->labelFormat();
}

QPointF LossChart::positionOf(const QPointF& value) const
{
    if (m_series.isEmpty())
        return {};
    const QPointF inChart = m_chart->mapToPosition(value, m_series.front());
    return m_view->viewport()->mapTo(this, m_view->mapFromScene(m_chart->mapToScene(inChart)));
}

QString LossChart::seriesName(int curve) const
{
    return m_series.value(curve)->name();
}

QString LossChart::readoutAt(double step) const
{
    std::int64_t longest = 0;
    for (const Curve& curve : m_curves)
        longest = std::max<std::int64_t>(
            longest, curve.history ? static_cast<std::int64_t>(curve.history->size()) : 0);
    if (longest == 0)
        return {};
    const auto nearest = std::clamp<std::int64_t>(std::llround(step), 1, longest);
    QStringList parts { tr("step %1").arg(nearest) };
    for (const Curve& curve : m_curves) {
        if (curve.history && static_cast<std::int64_t>(curve.history->size()) >= nearest)
            parts << QStringLiteral("%1 %2").arg(curve.name, formatLoss(curve.history->at(nearest)));
    }
    return parts.join(QLatin1Char('\n')); // one line per curve keeps the box narrow
}

QString LossChart::readoutText() const
{
    return m_readout->isVisible() ? m_readout->text() : QString();
}

void LossChart::showReadoutAt(const QPointF& widgetPosition)
{
    const QPointF scenePosition = m_view->mapToScene(widgetPosition.toPoint());
    const QPointF chartPosition = m_chart->mapFromScene(scenePosition);
    if (m_series.isEmpty() || !m_chart->plotArea().contains(chartPosition)) {
        m_readout->hide();
        return;
    }
    const double step = m_chart->mapToValue(chartPosition, m_series.front()).x();
    const QString text = readoutAt(step);
    if (text.isEmpty()) {
        m_readout->hide();
        return;
    }
    m_readout->setProperty("step", step);
    m_readout->setText(text);
    m_readout->adjustSize();
    // Beside the pointer, on whichever side keeps it inside the view.
    const QPoint pointer = widgetPosition.toPoint();
    int x = pointer.x() + 14;
    if (x + m_readout->width() > m_view->width())
        x = std::max(0, pointer.x() - 14 - m_readout->width());
    int y = pointer.y() + 14;
    if (y + m_readout->height() > m_view->height())
        y = std::max(0, pointer.y() - 14 - m_readout->height());
    m_readout->move(x, y);
    m_readout->show();
    m_readout->raise();
}

bool LossChart::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport()) {
        if (event->type() == QEvent::MouseMove)
            showReadoutAt(static_cast<QMouseEvent*>(event)->position());
        else if (event->type() == QEvent::Leave)
            m_readout->hide();
    }
    return QWidget::eventFilter(watched, event);
}

void LossChart::applyTheme(Theme theme)
{
    m_theme = theme;
    const bool dark = theme == Theme::Dark;
    const QColor background = dark ? QColor(0x20, 0x22, 0x26) : QColor(Qt::white);
    const QColor text = dark ? QColor(0xe8, 0xe8, 0xe8) : QColor(0x22, 0x22, 0x22);
    const QColor grid = dark ? QColor(0x44, 0x47, 0x4d) : QColor(0xe0, 0xe0, 0xe0);
    m_chart->setBackgroundBrush(background);
    m_chart->legend()->setLabelColor(text);
    for (QAbstractAxis* axis : { static_cast<QAbstractAxis*>(m_axisX), static_cast<QAbstractAxis*>(m_axisY),
             static_cast<QAbstractAxis*>(m_axisLogY) }) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(grid.lighter(dark ? 80 : 104));
    }
}

void LossChart::render(QPainter* painter, const QRectF& target, Theme theme, qreal fontScale, qreal lineScale,
                       bool transparent)
{
    const Theme previousTheme = m_theme;
    const QSizeF previousSize = m_chart->size();
    const QPointF previousPosition = m_chart->pos();
    applyTheme(theme);
    // Scaled type and lines for the figure, put back afterwards.
    struct Restore {
        std::function<void()> undo;
        ~Restore() { undo(); }
    };
    QList<std::function<void()>> undo;
    const auto scaleFont = [fontScale](QFont font) {
        font.setPointSizeF((font.pointSizeF() > 0 ? font.pointSizeF() : 9.0) * fontScale);
        return font;
    };
    const QFont legendFont = m_chart->legend()->font();
    m_chart->legend()->setFont(scaleFont(legendFont));
    undo.append([this, legendFont] { m_chart->legend()->setFont(legendFont); });
    for (QAbstractAxis* axis : m_chart->axes()) {
        const QFont labels = axis->labelsFont();
        const QFont title = axis->titleFont();
        axis->setLabelsFont(scaleFont(labels));
        axis->setTitleFont(scaleFont(title));
        undo.append([axis, labels, title] {
            axis->setLabelsFont(labels);
            axis->setTitleFont(title);
        });
    }
    for (QAbstractSeries* series : m_chart->series()) {
        if (auto* line = qobject_cast<QLineSeries*>(series)) {
            const QPen pen = line->pen();
            QPen wider = pen;
            wider.setWidthF(pen.widthF() * lineScale);
            line->setPen(wider);
            undo.append([line, pen] { line->setPen(pen); });
        }
    }
    const QBrush background = m_chart->backgroundBrush();
    if (transparent) {
        m_chart->setBackgroundBrush(Qt::NoBrush);
        undo.append([this, background] { m_chart->setBackgroundBrush(background); });
    }
    const Restore restore { [&undo] {
        for (const auto& step : undo)
            step();
    } };
    // Lay the chart out at the requested size, draw it, and put it back as the screen shows it.
    m_chart->setPos(0, 0);
    m_chart->resize(target.size());
    refresh(); // the point budget follows the requested width
    // The layer is placed from the plot area: make sure it is the one at this size (the resize
    // normally lays the chart out at once, and then this changes nothing).
    if (QGraphicsLayout* layout = m_chart->layout()) {
        layout->activate();
        updateLayerView();
    }
    if (!transparent)
        painter->fillRect(target, m_chart->backgroundBrush()); // under the chart's rounded corners too
    QGraphicsScene* scene = m_chart->scene();
    scene->render(painter, target, QRectF(QPointF(0, 0), target.size()));
    m_chart->setPos(previousPosition);
    m_chart->resize(previousSize);
    applyTheme(previousTheme);
    refresh();
}

QImage LossChart::renderImage(const QSize& size, Theme theme, qreal devicePixelRatio)
{
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), theme);
    return image;
}
