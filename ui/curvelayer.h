// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "chartstyle.h"

#include <QGraphicsItem>
#include <QList>
#include <QPointF>
#include <QRectF>

#include <vector>

// Draws the curves and their markers inside a chart's plot area. Qt Charts' QLineSeries strokes
// every series twice per change (a miter-joined hit-test shape, then the round-joined line), which
// costs ~10 ms for a 2,400-point curve; this item maps the points itself and, on raster targets,
// draws a thick line as a few parallel one-pixel antialiased polylines (Qt's fast cosmetic path),
// with dashes cut once on the centre line so the copies stay in step. Vector targets (SVG, PDF)
// get one true polyline per dash run.
class CurveLayer : public QGraphicsItem {
public:
    struct Curve {
        QList<QPointF> points; // in axis units
        CurveStyle style;
    };
    struct Marker {
        QPointF at; // in axis units
        QColor fill;
        QColor border;
        qreal diameter = 9.0;
    };

    explicit CurveLayer(QGraphicsItem* parent = nullptr);

    // Draw order is list order; markers go on top.
    void setCurves(std::vector<Curve> curves, qreal lineScale);
    void setMarkers(QList<Marker> markers);
    // Thin lines from markers to labels placed away from them, in the parent's coordinates.
    // (Drawn here: a QGraphicsLineItem strokes a hit-test shape every time the scene asks.)
    void setLeaders(QList<QLineF> leaders, const QColor& colour);
    // The plot area in the parent's coordinates and the axis ranges it shows.
    void setView(const QRectF& plotArea, double xMin, double xMax, double yMin, double yMax);

    QPointF toPixel(QPointF value) const;
    double xAtPixel(double px) const;

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    std::vector<Curve> m_curves;
    QList<Marker> m_markers;
    QList<QLineF> m_leaders;
    QColor m_leaderColour;
    qreal m_lineScale = 1.0;
    QRectF m_plotArea;
    double m_xMin = 0.0;
    double m_xMax = 1.0;
    double m_yMin = 0.0;
    double m_yMax = 1.0;
};
