// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "chartaxes.h"
#include "chartstyle.h"
#include "curveexplorerstate.h"

#include <gelulab/axisticks.h>
#include <gelulab/keypoints.h>

#include <QList>
#include <QPointF>
#include <QWidget>

class QCategoryAxis;
class QChart;
class QChartView;
class QLabel;
class QLineSeries;
class CurveLayer;

// The approximation error of the selected variant over the explorer's x range: variant − exact
// for the value and for the derivative, signed (linear) or as log10 |error|, with a readout of the
// largest error in view and where it is (computed by core's maxDifferenceFromExact).
class ErrorChart : public QWidget {
    Q_OBJECT
public:
    explicit ErrorChart(QWidget* parent = nullptr);

    void setState(const CurveExplorerState& state);
    void setChartStyle(const ChartStyle& style);
    // Stacked charts line up their plot areas: the plot's left edge without any inset, in this
    // widget's coordinates, and extra left margin to add.
    double naturalPlotLeft() const;
    void setPlotLeftInset(double inset);
    const ChartStyle& chartStyle() const { return m_style; }
    // Paints the chart (not the readout) into target at exactly target's size.
    void render(QPainter* painter, const QRectF& target);

    QList<QPointF> valueErrorPoints() const;
    QList<QPointF> derivativeErrorPoints() const;
    gelulab::MaxDifference largestValueError() const { return m_valueMax; }
    gelulab::MaxDifference largestDerivativeError() const { return m_derivativeMax; }
    QString readoutText() const;
    QStringList yTickLabels() const;
    QString yAxisTitle() const;

signals:
    void plotAreaChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void redraw();
    void fitAxes();
    void applyData();
    void applyStyle();

    CurveExplorerState m_state;
    ChartStyle m_style = ChartStyle::light();
    QChart* m_chart = nullptr;
    QChartView* m_view = nullptr;
    QLabel* m_readout = nullptr;
    QLineSeries* m_valueError = nullptr;
    QLineSeries* m_derivativeError = nullptr;
    QLineSeries* m_zeroY = nullptr;
    CurveLayer* m_layer = nullptr; // draws the error curves and the largest-error markers
    QCategoryAxis* m_axisX = nullptr;
    QCategoryAxis* m_axisY = nullptr;
    gelulab::MaxDifference m_valueMax;
    gelulab::MaxDifference m_derivativeMax;
    double m_yMin = -1.0;
    double m_yMax = 1.0;
    // As in CurveChart: the series hold y in the axis's label units, since Qt Charts treats spans
    // below ~1e-12 (the far tail's errors) as empty.
    double m_yOffset = 0.0;
    double m_yFactor = 1.0;
    QList<QPointF> m_valueData; // true units
    QList<QPointF> m_derivativeData;
    QList<QPointF> m_largestData;
    bool m_inLayoutUpdate = false;
    double m_leftInset = 0.0;
    chartaxes::MarginMemory m_marginMemory;
};
