// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QList>
#include <QPen>

// How one curve is drawn: colour, width in device-independent pixels (before lineScale), dashes.
struct CurveStyle {
    QColor colour;
    qreal width = 2.0;
    QList<qreal> dashes; // empty: solid; otherwise a QPen dash pattern in units of the pen width
};

// Everything a chart needs to look right on a laptop, a dark slide or a washed-out projector. The
// chart classes apply it; export renders with whatever style is set (see CurveChart::render).
struct ChartStyle {
    QColor background;
    QColor plotBackground;
    QColor text;
    QColor grid;
    QColor zeroLine;
    CurveStyle exact;
    CurveStyle tanh;
    CurveStyle sigmoid;
    CurveStyle derivative;
    CurveStyle relu;
    CurveStyle reluDerivative;
    CurveStyle normalCdf;
    CurveStyle valueError;
    CurveStyle derivativeError;
    QColor marker;
    qreal fontScale = 1.0; // multiplies the widget font's point size for every chart text
    qreal lineScale = 1.0; // multiplies every curve width

    static ChartStyle light();
    static ChartStyle dark();
    static ChartStyle projector(); // high contrast, thick lines, larger text

    QPen pen(const CurveStyle& curve) const
    {
        QPen p(curve.colour, curve.width * lineScale);
        p.setCapStyle(Qt::FlatCap);
        p.setJoinStyle(Qt::RoundJoin);
        if (!curve.dashes.isEmpty())
            p.setDashPattern(curve.dashes);
        return p;
    }
};

// Okabe–Ito colours: distinguishable with the common colour-vision deficiencies; every curve also
// has its own dash pattern so a black-and-white printout still tells them apart.
inline ChartStyle ChartStyle::light()
{
    ChartStyle s;
    s.background = Qt::white;
    s.plotBackground = Qt::white;
    s.text = QColor(0x20, 0x20, 0x20);
    s.grid = QColor(0xe2, 0xe2, 0xe2);
    s.zeroLine = QColor(0x70, 0x70, 0x70);
    s.exact = { QColor(0x00, 0x72, 0xb2), 2.6, {} };
    s.tanh = { QColor(0xcc, 0x79, 0xa7), 2.4, { 5, 2.5 } };
    s.sigmoid = { QColor(0x00, 0x9e, 0x73), 2.4, { 1.2, 2, 5, 2 } };
    s.derivative = { QColor(0xd5, 0x5e, 0x00), 2.2, { 9, 3 } };
    s.relu = { QColor(0x55, 0x55, 0x55), 1.8, {} };
    s.reluDerivative = { QColor(0x99, 0x99, 0x99), 1.8, { 1.5, 1.5 } };
    s.normalCdf = { QColor(0x56, 0xb4, 0xe9), 2.2, { 3, 2, 1, 2, 1, 2 } };
    s.valueError = { QColor(0x00, 0x72, 0xb2), 1.8, {} };
    s.derivativeError = { QColor(0xd5, 0x5e, 0x00), 1.8, { 6, 3 } };
    s.marker = QColor(0x20, 0x20, 0x20);
    return s;
}

inline ChartStyle ChartStyle::dark()
{
    ChartStyle s = light();
    s.background = QColor(0x1e, 0x1f, 0x22);
    s.plotBackground = QColor(0x1e, 0x1f, 0x22);
    s.text = QColor(0xe8, 0xe8, 0xe8);
    s.grid = QColor(0x3a, 0x3c, 0x40);
    s.zeroLine = QColor(0xa0, 0xa0, 0xa0);
    s.exact.colour = QColor(0x56, 0xb4, 0xe9);
    s.normalCdf.colour = QColor(0xf0, 0xe4, 0x42);
    s.relu.colour = QColor(0xc8, 0xc8, 0xc8);
    s.reluDerivative.colour = QColor(0x90, 0x90, 0x90);
    s.valueError.colour = QColor(0x56, 0xb4, 0xe9);
    s.marker = QColor(0xf0, 0xf0, 0xf0);
    return s;
}

inline ChartStyle ChartStyle::projector()
{
    ChartStyle s = light();
    s.text = Qt::black;
    s.grid = QColor(0xc8, 0xc8, 0xc8);
    s.zeroLine = Qt::black;
    s.exact.colour = QColor(0x00, 0x3f, 0xa0);
    s.tanh.colour = QColor(0xa0, 0x30, 0x80);
    s.sigmoid.colour = QColor(0x00, 0x70, 0x40);
    s.derivative.colour = QColor(0xc0, 0x00, 0x00);
    s.relu.colour = Qt::black;
    s.reluDerivative.colour = QColor(0x50, 0x50, 0x50);
    s.normalCdf.colour = QColor(0xb0, 0x80, 0x00);
    s.marker = Qt::black;
    s.fontScale = 1.4;
    s.lineScale = 1.6;
    return s;
}
