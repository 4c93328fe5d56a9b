// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "chartstyle.h"
#include "figuresource.h"

#include <QRectF>

class QPainter;

// What every exported figure shares: the theme turned into a ChartStyle sized for the figure, the
// background (unless transparent) and the caption band under the chart.
namespace FigureFrame {

// How much type and lines grow for a figure `height` logical pixels tall (1 at 600).
qreal sizeGrowth(qreal height);

// The chart style for `options` at a figure `height` logical pixels tall. Type and lines grow with
// the figure (a 1080-pixel slide gets ~24-pixel labels at font scale 1) so the figure looks the
// same at any pixel count; the PNG scale only adds sharpness.
ChartStyle styleFor(const FigureOptions& options, qreal height);

// Paints the background and the caption; returns the rectangle left for the chart.
QRectF paint(QPainter& painter, const QRectF& target, const FigureOptions& options, const ChartStyle& style);

} // namespace FigureFrame
