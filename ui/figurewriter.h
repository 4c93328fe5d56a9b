// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QRectF>
#include <QSize>
#include <QString>

#include <functional>
#include <optional>

class QPainter;

// Draws one figure into `target` (logical pixels, origin top-left). The writer sets up the
// painter so the same drawing code serves the screen, PNG at any scale, SVG and PDF.
using FigurePainter = std::function<void(QPainter& painter, const QRectF& target)>;

enum class FigureFormat { Png, Svg, Pdf };

struct FigureRequest {
    QString fileName;
    QSize size { 1920, 1080 }; // logical pixels; a PNG gets size × scale device pixels
    int scale = 1; // PNG only: 1, 2 or 3
    QString title; // SVG <title> and PDF document title
};

// Writes figures to PNG, SVG or PDF through QSaveFile, so a failed export never leaves a truncated
// file and an existing file is replaced only by a complete one.
class FigureWriter {
    Q_DECLARE_TR_FUNCTIONS(FigureWriter)

public:
    static constexpr int maxPixels = 16384;

    // The format named by the file's extension (case-insensitive), or nullopt.
    static std::optional<FigureFormat> formatForFile(const QString& fileName);

    // An empty string when `request` can be written, else a one-line reason.
    static QString validate(const FigureRequest& request);

    // Renders at exactly size × scale pixels (device-pixel ratio 1, whatever the screen's), ARGB32
    // premultiplied and fully transparent before `paint` runs.
    static QImage renderImage(QSize size, int scale, const FigurePainter& paint);

    // Writes the figure; returns an empty string on success, else a one-line reason. An exception
    // thrown by `paint` is reported the same way, and the target file is left as it was.
    static QString write(const FigureRequest& request, const FigurePainter& paint);

private:
    static QString writeUnguarded(const FigureRequest& request, const FigurePainter& paint);
};
