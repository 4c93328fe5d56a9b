// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include "figurewriter.h"

#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <exception>

namespace {

// One logical pixel is 1/96 inch in every format, so fonts given in points come out the same size
// relative to the figure in PNG, SVG and PDF.
constexpr int kDotsPerInch = 96;

} // namespace

std::optional<FigureFormat> FigureWriter::formatForFile(const QString& fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return FigureFormat::Png;
    if (suffix == QLatin1String("svg"))
        return FigureFormat::Svg;
    if (suffix == QLatin1String("pdf"))
        return FigureFormat::Pdf;
    return std::nullopt;
}

QString FigureWriter::validate(const FigureRequest& request)
{
    const auto format = formatForFile(request.fileName);
    if (!format)
        return tr("unknown file type '%1': use .png, .svg or .pdf").arg(QFileInfo(request.fileName).fileName());
    if (request.scale < 1 || request.scale > 3)
        return tr("scale %1 is not 1, 2 or 3").arg(request.scale);
    const int pixelScale = *format == FigureFormat::Png ? request.scale : 1;
    if (request.size.width() < 1 || request.size.height() < 1 || request.size.width() * pixelScale > maxPixels
        || request.size.height() * pixelScale > maxPixels)
        return tr("size %1×%2 at scale %3 is outside 1 to %4 pixels")
            .arg(request.size.width())
            .arg(request.size.height())
            .arg(pixelScale)
            .arg(maxPixels);
    const QFileInfo target(request.fileName);
    if (target.isDir())
        return tr("'%1' is a folder").arg(request.fileName);
    const QFileInfo folder(target.absolutePath());
    if (!folder.isDir())
        return tr("folder '%1' does not exist").arg(target.absolutePath());
    return {};
}

QImage FigureWriter::renderImage(QSize size, int scale, const FigurePainter& paint)
{
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(1.0);
    // Drawn at 96 dpi so point sizes map to the same logical pixels at every scale (the painter's
    // scale does the rest); only then does the file say it holds scale × 96 dots per inch.
    const auto setDpi = [&image](int dotsPerInch) {
        image.setDotsPerMeterX(qRound(dotsPerInch / 0.0254));
        image.setDotsPerMeterY(qRound(dotsPerInch / 0.0254));
    };
    setDpi(kDotsPerInch);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    painter.scale(scale, scale);
    paint(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    setDpi(kDotsPerInch * scale);
    return image;
}

QString FigureWriter::write(const FigureRequest& request, const FigurePainter& paint)
{
    try {
        return writeUnguarded(request, paint);
    } catch (const std::exception& error) {
        // QSaveFile's destructor has discarded the temporary: the old file is untouched.
        return tr("drawing '%1' failed: %2").arg(request.fileName, QString::fromUtf8(error.what()));
    }
}

QString FigureWriter::writeUnguarded(const FigureRequest& request, const FigurePainter& paint)
{
    if (const QString problem = validate(request); !problem.isEmpty())
        return problem;

    QSaveFile file(request.fileName);
    if (!file.open(QIODevice::WriteOnly))
        return tr("cannot write '%1': %2").arg(request.fileName, file.errorString());

    const QRectF target(QPointF(0, 0), QSizeF(request.size));
    switch (*formatForFile(request.fileName)) {
    case FigureFormat::Png: {
        const QImage image = renderImage(request.size, request.scale, paint);
        if (!image.save(&file, "PNG")) {
            file.cancelWriting();
            return tr("cannot encode PNG '%1'").arg(request.fileName);
        }
        break;
    }
    case FigureFormat::Svg: {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(request.size);
        svg.setViewBox(target);
        svg.setResolution(kDotsPerInch);
        svg.setTitle(request.title);
        QPainter painter;
        if (!painter.begin(&svg)) {
            file.cancelWriting();
            return tr("cannot start SVG '%1'").arg(request.fileName);
        }
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        paint(painter, target);
        painter.end();
        break;
    }
    case FigureFormat::Pdf: {
        QPdfWriter pdf(&file);
        pdf.setResolution(kDotsPerInch);
        pdf.setTitle(request.title);
        pdf.setCreator(QStringLiteral("GELU Lab"));
        // The page is the figure: its aspect ratio, no margins (1 px = 0.75 pt at 96 dpi).
        const QPageSize page(QSizeF(request.size) * 72.0 / kDotsPerInch, QPageSize::Point, QString(),
                             QPageSize::ExactMatch);
        pdf.setPageLayout(QPageLayout(page, QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        QPainter painter;
        if (!painter.begin(&pdf)) {
            file.cancelWriting();
            return tr("cannot start PDF '%1'").arg(request.fileName);
        }
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        // QPdfWriter's device may round the page to whole device units; fit the figure to it.
        const QRect device = painter.viewport();
        painter.scale(device.width() / target.width(), device.height() / target.height());
        paint(painter, target);
        painter.end();
        break;
    }
    }
    if (!file.commit())
        return tr("cannot write '%1': %2").arg(request.fileName, file.errorString());
    return {};
}
