// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include "curvelayer.h"

#include <gelulab/plotsampling.h>

#include <QLineF>
#include <QPaintEngine>
#include <QPainter>
#include <QPolygonF>
#include <QTransform>

#include <algorithm>
#include <cmath>

namespace {

// A place on a polyline: segment index and fraction along it.
struct Cut {
    qsizetype segment = 0;
    double t = 0.0;
};

QPointF at(const QPolygonF& line, Cut cut)
{
    const QPointF a = line[cut.segment];
    const QPointF b = line[std::min(cut.segment + 1, line.size() - 1)];
    return a + (b - a) * cut.t;
}

// The "on" stretches of a dash pattern (lengths in pixels) along the polyline.
std::vector<std::pair<Cut, Cut>> dashRuns(const QPolygonF& line, const QList<qreal>& pattern)
{
    std::vector<std::pair<Cut, Cut>> runs;
    const qsizetype segments = line.size() - 1;
    if (segments < 1)
        return runs;
    if (pattern.isEmpty()) {
        runs.push_back({ Cut { 0, 0.0 }, Cut { segments - 1, 1.0 } });
        return runs;
    }
    qsizetype dash = 0;
    double left = pattern[0]; // length left in the current dash or gap
    bool on = true;
    Cut start { 0, 0.0 };
    for (qsizetype s = 0; s < segments; ++s) {
        const QPointF d = line[s + 1] - line[s];
        const double length = std::hypot(d.x(), d.y());
        double done = 0.0; // along this segment
        while (length - done > left) {
            done += left;
            const Cut cut { s, length > 0.0 ? done / length : 0.0 };
            if (on)
                runs.push_back({ start, cut });
            else
                start = cut;
            on = !on;
            dash = (dash + 1) % pattern.size();
            left = pattern[dash];
        }
        left -= length - done;
    }
    if (on)
        runs.push_back({ start, Cut { segments - 1, 1.0 } });
    return runs;
}

QPolygonF piece(const QPolygonF& line, const std::pair<Cut, Cut>& run)
{
    QPolygonF out;
    out.reserve(run.second.segment - run.first.segment + 2);
    out << at(line, run.first);
    for (qsizetype i = run.first.segment + 1; i <= run.second.segment; ++i)
        out << line[i];
    out << at(line, run.second);
    return out;
}

// Unit normals at each vertex (the average direction of its two segments).
std::vector<QPointF> normals(const QPolygonF& line)
{
    const qsizetype n = line.size();
    std::vector<QPointF> out(static_cast<std::size_t>(n));
    for (qsizetype i = 0; i < n; ++i) {
        const QPointF d = line[std::min(i + 1, n - 1)] - line[std::max<qsizetype>(i - 1, 0)];
        const double length = std::hypot(d.x(), d.y());
        out[static_cast<std::size_t>(i)]
            = length > 0.0 ? QPointF(-d.y() / length, d.x() / length) : QPointF(0, 0);
    }
    return out;
}

// gelulab::simplifyPolyline on pixel coordinates (see core/include/gelulab/plotsampling.h).
QPolygonF simplified(const QPolygonF& line, double tolerance)
{
    std::vector<gelulab::CurvePoint> points;
    points.reserve(static_cast<std::size_t>(line.size()));
    for (const QPointF& p : line)
        points.push_back({ p.x(), p.y() });
    QPolygonF out;
    const auto kept = gelulab::simplifyPolyline(points, tolerance);
    out.reserve(static_cast<qsizetype>(kept.size()));
    for (const auto& p : kept)
        out << QPointF(p.x, p.y);
    return out;
}

void strokeCurve(QPainter* painter, const QPolygonF& line, const CurveStyle& style, qreal lineScale)
{
    const qreal width = style.width * lineScale;
    QList<qreal> pattern;
    for (const qreal d : style.dashes)
        pattern.append(d * width); // QPen's convention: dash lengths in units of the width
    const auto runs = dashRuns(line, pattern);
    const bool raster = painter->paintEngine() && painter->paintEngine()->type() == QPaintEngine::Raster;
    if (!raster) {
        QPen pen(style.colour, width);
        pen.setCapStyle(Qt::FlatCap);
        pen.setJoinStyle(Qt::RoundJoin);
        painter->setPen(pen);
        for (const auto& run : runs)
            painter->drawPolyline(piece(line, run));
        return;
    }
    // Antialiased one-pixel lines at most 0.6 px apart across the width: Qt's cosmetic stroker is
    // ~30× faster than stroking a thick pen with joins at every one of thousands of vertices, and
    // copies this close add up to (nearly) full colour in the middle. (Aliased inner copies would
    // be cheaper but leave a moiré of holes on diagonal stretches.) A cosmetic line is one *device*
    // pixel wide, so width and spacing are counted in device pixels: an export at --scale 3 or a
    // HiDPI screen gets more copies, not the same ones spread apart into stripes.
    const double determinant = std::fabs(painter->deviceTransform().determinant());
    const double scale = determinant > 0.0 ? std::sqrt(determinant) : 1.0; // device pixels per unit
    const double deviceWidth = width * scale;
    const int copies = std::max(1, static_cast<int>(std::ceil((deviceWidth - 1.0) / 0.6)) + 1);
    const double spread = copies > 1 ? (deviceWidth - 1.0) / (copies - 1) / scale : 0.0; // in units
    const std::vector<QPointF> normal = normals(line);
    QPen pen(style.colour, 1.0);
    pen.setCosmetic(true);
    pen.setCapStyle(Qt::FlatCap);
    painter->setPen(pen);
    QPolygonF shifted(line.size());
    for (int c = 0; c < copies; ++c) {
        const double offset = (c - 0.5 * (copies - 1)) * spread;
        for (qsizetype i = 0; i < line.size(); ++i)
            shifted[i] = line[i] + normal[static_cast<std::size_t>(i)] * offset;
        for (const auto& run : runs)
            painter->drawPolyline(run.first.segment == 0 && run.first.t <= 0.0
                        && run.second.segment == line.size() - 2 && run.second.t >= 1.0
                    ? shifted
                    : piece(shifted, run));
    }
}

} // namespace

CurveLayer::CurveLayer(QGraphicsItem* parent)
    : QGraphicsItem(parent)
{
    setFlag(ItemHasNoContents, false);
    // Above the grid and the zero lines (chart items sit at z ≤ 4), below labels and crosshair.
    setZValue(4.5);
}

void CurveLayer::setCurves(std::vector<Curve> curves, qreal lineScale)
{
    m_curves = std::move(curves);
    m_lineScale = lineScale;
    update();
}

void CurveLayer::setMarkers(QList<Marker> markers)
{
    m_markers = std::move(markers);
    update();
}

void CurveLayer::setLeaders(QList<QLineF> leaders, const QColor& colour)
{
    m_leaders = std::move(leaders);
    m_leaderColour = colour;
    update();
}

void CurveLayer::setView(const QRectF& plotArea, double xMin, double xMax, double yMin, double yMax)
{
    if (plotArea != m_plotArea)
        prepareGeometryChange();
    m_plotArea = plotArea;
    m_xMin = xMin;
    m_xMax = xMax;
    m_yMin = yMin;
    m_yMax = yMax;
    update();
}

QPointF CurveLayer::toPixel(QPointF value) const
{
    const double sx = m_plotArea.width() / (m_xMax - m_xMin);
    const double sy = m_plotArea.height() / (m_yMax - m_yMin);
    // Far outside the plot (a fixed y range) is clamped: the rasterizer needs sane coordinates.
    const double px = std::clamp(m_plotArea.left() + (value.x() - m_xMin) * sx, -1e5, 1e5);
    const double py = std::clamp(m_plotArea.bottom() - (value.y() - m_yMin) * sy, -1e5, 1e5);
    return { px, py };
}

double CurveLayer::xAtPixel(double px) const
{
    return m_xMin + (px - m_plotArea.left()) / m_plotArea.width() * (m_xMax - m_xMin);
}

QRectF CurveLayer::boundingRect() const
{
    return m_plotArea.adjusted(-12, -12, 12, 12);
}

void CurveLayer::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    if (m_plotArea.width() < 2 || m_plotArea.height() < 2 || !(m_xMax > m_xMin) || !(m_yMax > m_yMin))
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setClipRect(m_plotArea.adjusted(-2, -2, 2, 2));
    painter->setBrush(Qt::NoBrush);
    QPolygonF line;
    for (const Curve& curve : m_curves) {
        if (curve.points.size() < 2)
            continue;
        line.resize(curve.points.size());
        for (qsizetype i = 0; i < curve.points.size(); ++i)
            line[i] = toPixel(curve.points[i]);
        strokeCurve(painter, simplified(line, 0.1), curve.style, m_lineScale);
    }
    painter->setClipping(false);
    painter->setPen(QPen(m_leaderColour, 1.0));
    for (const QLineF& leader : std::as_const(m_leaders))
        painter->drawLine(leader);
    for (const Marker& marker : std::as_const(m_markers)) {
        const QPointF p = toPixel(marker.at);
        if (!m_plotArea.adjusted(-1, -1, 1, 1).contains(p))
            continue;
        painter->setPen(QPen(marker.border, 2.0 * std::max<qreal>(1.0, m_lineScale * 0.8)));
        painter->setBrush(marker.fill);
        const qreal r = 0.5 * marker.diameter * m_lineScale;
        painter->drawEllipse(p, r, r);
    }
    painter->restore();
}
