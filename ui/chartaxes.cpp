// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include "chartaxes.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>

#include <cmath>

namespace chartaxes {

QString displayText(const std::string& label)
{
    QString text = QString::fromStdString(label);
    text.replace(QLatin1Char('-'), QChar(0x2212));
    return text;
}

gelulab::AxisTicks fitTicks(
    const QCategoryAxis* axis, Qt::Orientation orientation, double min, double max, double lengthPx)
{
    const QFontMetricsF metrics(axis->labelsFont());
    const double em = metrics.height();
    const auto extent = [&](std::string_view label) {
        if (orientation == Qt::Vertical)
            return metrics.height();
        return metrics.horizontalAdvance(displayText(std::string(label)));
    };
    // Grid lines no closer than ~3.5 (x) or ~2.2 (y) text heights: round, calm, readable from the back row.
    const double minPitch = orientation == Qt::Horizontal ? 3.5 * em : 2.2 * em;
    return gelulab::fitTicks(min, max, lengthPx, extent, minPitch, em);
}

void applyTicks(QCategoryAxis* axis, double min, double max, const gelulab::AxisTicks& ticks,
    const std::function<QString(std::size_t)>& format)
{
    QStringList labels;
    for (std::size_t i = 0; i < ticks.values.size(); ++i)
        labels.append(format ? format(i) : displayText(ticks.labels[i]));
    // While a slider drags, the ticks usually stay put and only the ends move: then leave the
    // categories alone (rebuilding them relays out every label's text).
    bool same = axis->categoriesLabels() == labels;
    for (qsizetype i = 0; same && i < labels.size(); ++i)
        same = axis->endValue(labels[i]) == ticks.values[static_cast<std::size_t>(i)];
    if (!same) {
        const QStringList old = axis->categoriesLabels();
        for (const QString& label : old)
            axis->remove(label);
    }
    // Each call relays out every label of the axis in Qt Charts: only when something changed.
    if (axis->startValue() != min)
        axis->setStartValue(min);
    if (axis->min() != min || axis->max() != max)
        axis->setRange(min, max);
    if (!same) {
        for (qsizetype i = 0; i < labels.size(); ++i)
            axis->append(labels[i], ticks.values[static_cast<std::size_t>(i)]);
    }
}

double plotLeftIn(const QWidget* widget, const QChartView* view, const QChart* chart)
{
    return view->mapTo(widget, view->mapFromScene(chart->mapToScene(chart->plotArea().topLeft()))).x();
}

void setUpChart(QChart* chart, QCategoryAxis* axisX, QCategoryAxis* axisY)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignTop);
    // A short stroke of each curve's own pen, dash pattern included, instead of a colour square:
    // the derivative's dashes and the approximations' dots are named by the legend too.
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QCategoryAxis* axis : { axisX, axisY })
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
}

QFont scaledFont(const QFont& baseFont, const ChartStyle& style, qreal relative)
{
    QFont font = baseFont;
    const qreal base = baseFont.pointSizeF() > 0 ? baseFont.pointSizeF() : 9.0;
    font.setPointSizeF(base * style.fontScale * relative);
    return font;
}

void applyStyle(QChart* chart, const ChartStyle& style, const QFont& baseFont)
{
    chart->setBackgroundBrush(style.background);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0); // square corners: exported images are filled edge to edge
    if (QGraphicsLayout* layout = chart->layout())
        layout->setContentsMargins(0, 0, 0, 0); // the background reaches the chart's edges
    chart->setPlotAreaBackgroundBrush(style.plotBackground);
    // One full-size fill fewer a frame when the plot has the chart's colour anyway.
    chart->setPlotAreaBackgroundVisible(style.plotBackground != style.background);
    chart->setTitleBrush(style.text);
    chart->setTitleFont(scaledFont(baseFont, style, 1.15));
    chart->legend()->setLabelColor(style.text);
    chart->legend()->setFont(scaledFont(baseFont, style));
    const auto axes = chart->axes();
    for (QAbstractAxis* axis : axes) {
        axis->setLabelsBrush(style.text);
        axis->setLabelsFont(scaledFont(baseFont, style));
        axis->setTitleBrush(style.text);
        axis->setTitleFont(scaledFont(baseFont, style));
        axis->setGridLineColor(style.grid);
        // Width 0 is Qt's cosmetic one-pixel pen: Qt Charts draws grid lines as QGraphicsLineItems,
        // and for any other width each one strokes a hit-test shape whenever the scene asks.
        QPen line(style.grid.darker(130), 0.0);
        axis->setLinePen(line);
        axis->setGridLinePen(QPen(style.grid, 0.0));
    }
}

void applyMargins(QChart* chart, QCategoryAxis* xAxis, int top, double leftInset, MarginMemory& memory)
{
    const QStringList labels = xAxis->categoriesLabels();
    const double lastHalf = labels.isEmpty()
        ? 0.0
        : 0.5 * QFontMetricsF(xAxis->labelsFont()).horizontalAdvance(labels.constLast());
    int right = std::max(12, static_cast<int>(std::ceil(lastHalf)) + 4);
    const QString key = QStringLiteral("%1 %2 %3 %4")
                            .arg(xAxis->min(), 0, 'g', 17)
                            .arg(xAxis->max(), 0, 'g', 17)
                            .arg(chart->size().width(), 0, 'g', 17)
                            .arg(xAxis->labelsFont().toString());
    if (key == memory.key)
        right = std::max(right, memory.right);
    memory = { key, right };
    const QMargins margins(6 + static_cast<int>(std::lround(leftInset)), top, right, top);
    if (chart->margins() != margins)
        chart->setMargins(margins);
}

QLineSeries* addZeroLine(QChart* chart)
{
    auto* series = new QLineSeries;
    chart->addSeries(series);
    const auto markers = chart->legend()->markers(series);
    for (QLegendMarker* marker : markers)
        marker->setVisible(false);
    return series;
}

} // namespace chartaxes
