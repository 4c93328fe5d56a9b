// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#pragma once

// Helpers shared by CurveChart and ErrorChart; with them, every Qt Charts type stays in the chart
// classes.

#include "chartstyle.h"

#include <gelulab/axisticks.h>

#include <QFont>
#include <QString>

#include <functional>

class QCategoryAxis;
class QChart;
class QChartView;
class QWidget;
class QLineSeries;

namespace chartaxes {

// Display text for a core label: a real minus sign instead of '-'.
QString displayText(const std::string& label);

// Round, non-overlapping ticks for [min, max] on an axis lengthPx long, using the axis's font.
gelulab::AxisTicks fitTicks(
    const QCategoryAxis* axis, Qt::Orientation orientation, double min, double max, double lengthPx);

// Shows `ticks` on the axis as grid lines with labels at the tick values, over [min, max]; the
// `format` turns a core label into the text shown (defaults to displayText).
void applyTicks(QCategoryAxis* axis, double min, double max, const gelulab::AxisTicks& ticks,
    const std::function<QString(std::size_t)>& format = {});

// Colours, fonts and pens of a chart and its axes from the style; baseFont is the widget font.
void applyStyle(QChart* chart, const ChartStyle& style, const QFont& baseFont);

// A font scaled by the style (relative size 1 = the widget font).
QFont scaledFont(const QFont& baseFont, const ChartStyle& style, qreal relative = 1.0);

// The right margin a chart last chose, and for which axis range, chart width and font.
struct MarginMemory {
    QString key;
    int right = 0;
};

// Chart margins: `leftInset` extra pixels on the left (to line up plot areas of stacked charts)
// and, on the right, room for half the last x label, which is centred on the plot's right edge.
// Ticks follow the plot's width and that room follows the last tick's label, so the two can chase
// each other for ever (step 1, "4": the plot widens; step 0.5, "4.0": it narrows; …). While the
// range, the chart's width and the font stay as `memory` saw them, the right margin only grows.
void applyMargins(QChart* chart, QCategoryAxis* xAxis, int top, double leftInset, MarginMemory& memory);

// Where `chart`'s plot area starts, in `widget` coordinates (the chart shown by `view` in it).
double plotLeftIn(const QWidget* widget, const QChartView* view, const QChart* chart);

// What every chart of the explorer starts with: no animation (live data would replay it on every
// slider step), the legend on top, category axes x and y whose labels sit on their values.
void setUpChart(QChart* chart, QCategoryAxis* axisX, QCategoryAxis* axisY);

// A helper series that draws the emphasised zero line and never shows in the legend.
QLineSeries* addZeroLine(QChart* chart);

} // namespace chartaxes
