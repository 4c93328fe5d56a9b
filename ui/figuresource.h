// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QRectF>
#include <QString>

class QPainter;

// How a figure should look when exported (the size is the writer's business).
struct FigureOptions {
    QString theme = QStringLiteral("light"); // light | dark | projector
    double fontScale = 1.0; // paper 0.8, normal 1, talk 1.3, poster 1.6
    bool transparent = false; // leave the background unpainted
    QString caption; // drawn under the chart when not empty
};

// A panel that can draw itself as a figure of any size, for export and the clipboard. The drawing
// must depend only on `target` and `options`, never on the widget's size on screen.
class FigureSource {
public:
    virtual ~FigureSource() = default;
    virtual QString figureName() const = 0; // shown in the export dialog's panel list
    virtual QString defaultCaption() const = 0; // the formula and the settings in view
    virtual void paintFigure(QPainter& painter, const QRectF& target, const FigureOptions& options) const = 0;
};
