// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include "figureframe.h"

#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace FigureFrame {

namespace {

    // The on-screen chart is laid out for a ~600-pixel-tall plot with the application font; an export
    // scales type and lines from there, never below the screen's size so a small figure stays legible.
    constexpr qreal kReferenceHeight = 600.0;
    constexpr qreal kMinimumGrowth = 1.0;

} // namespace

qreal sizeGrowth(qreal height) { return std::max(kMinimumGrowth, height / kReferenceHeight); }

ChartStyle styleFor(const FigureOptions& options, qreal height)
{
    ChartStyle style = options.theme == QLatin1String("dark") ? ChartStyle::dark()
        : options.theme == QLatin1String("projector")         ? ChartStyle::projector()
                                                              : ChartStyle::light();
    const qreal growth = sizeGrowth(height);
    style.fontScale *= options.fontScale * growth;
    style.lineScale *= std::sqrt(options.fontScale) * growth;
    if (options.transparent) {
        // Keep the hue: label boxes take the plot background and raise its alpha again.
        style.background.setAlpha(0);
        style.plotBackground.setAlpha(0);
    }
    return style;
}

QRectF paint(QPainter& painter, const QRectF& target, const FigureOptions& options, const ChartStyle& style)
{
    if (!options.transparent)
        painter.fillRect(target, style.background);
    if (options.caption.isEmpty())
        return target;

    QFont font = QGuiApplication::font();
    const qreal base = font.pointSizeF() > 0 ? font.pointSizeF() : 9.0;
    font.setPointSizeF(base * style.fontScale * 1.05);
    const QFontMetricsF metrics(font, painter.device());
    const qreal margin = metrics.height() * 0.6;
    const QRectF textArea(target.left() + margin, 0, target.width() - 2 * margin, target.height());
    const QRectF needed = metrics.boundingRect(textArea, Qt::AlignHCenter | Qt::TextWordWrap, options.caption);
    const qreal band = std::min(needed.height() + 2 * margin, target.height() / 3);
    const QRectF captionRect(target.left() + margin, target.bottom() - band + margin, target.width() - 2 * margin,
                             band - 2 * margin);
    painter.save();
    painter.setFont(font);
    painter.setPen(style.text);
    painter.drawText(captionRect, Qt::AlignHCenter | Qt::AlignVCenter | Qt::TextWordWrap, options.caption);
    painter.restore();
    return QRectF(target.left(), target.top(), target.width(), target.height() - band);
}

} // namespace FigureFrame
