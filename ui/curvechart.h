// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "chartaxes.h"
#include "chartstyle.h"
#include "curveexplorerstate.h"

#include <gelulab/axisticks.h>

#include <QList>
#include <QPointF>
#include <QStringList>
#include <QWidget>

#include <array>
#include <vector>

class QCategoryAxis;
class QChart;
class QChartView;
class QGraphicsEllipseItem;
class QGraphicsLineItem;
class QGraphicsRectItem;
class QLabel;
class QLineSeries;
class CurveLayer;

// The curve plot: GELU in the selected variant (or all three), its derivative, ReLU, ReLU′ and Φ
// over an x range, with key-point markers and a hover crosshair whose readout sits below the plot.
// All Qt Charts use for the curves stays inside this class (and chartaxes) so a port to Qt Graphs
// is a local change.
class CurveChart : public QWidget {
    Q_OBJECT
public:
    enum class Curve { GeluExact, GeluTanh, GeluSigmoid, Derivative, Relu, ReluDerivative, NormalCdf };
    static constexpr std::size_t curveCount = 7;

    explicit CurveChart(QWidget* parent = nullptr);
    ~CurveChart() override;

    // Redraws at once; the explorer coalesces bursts before calling this.
    void setState(const CurveExplorerState& state);
    const CurveExplorerState& state() const { return m_state; }
    void setMode(gelulab::GeluMode mode);
    void setRange(double from, double to);
    gelulab::GeluMode mode() const { return m_state.mode; }

    void setChartStyle(const ChartStyle& style);
    // Stacked charts line up their plot areas: the plot's left edge without any inset, in this
    // widget's coordinates, and extra left margin to add.
    double naturalPlotLeft() const;
    void setPlotLeftInset(double inset);
    const ChartStyle& chartStyle() const { return m_style; }

    // Paints the chart (not the readout) into target at exactly target's size, with the current
    // style: the points drawn follow that size's pixels. For export and the benchmark.
    void render(QPainter* painter, const QRectF& target);

    // What is drawn, for tests and export. A hidden curve has no points.
    QList<QPointF> points(Curve curve) const;
    QList<QPointF> valuePoints() const; // the selected variant
    QList<QPointF> derivativePoints() const; // the selected variant's derivative
    QString curveName(Curve curve) const;
    QStringList legendNames() const; // the names in the legend now, in legend order
    QList<QPointF> keyPointMarkers() const;
    QStringList keyPointLabels() const;
    QList<QRectF> keyPointLabelRects() const; // where each label's box is, in chart coordinates
    QRectF plotArea() const;
    QStringList xTickLabels() const;
    QStringList yTickLabels() const;
    QString xAxisTitle() const;
    QString yAxisTitle() const;
    double yMin() const;
    double yMax() const;
    int redrawCount() const { return m_redraws; }
    qsizetype sampleCount() const { return m_sampleCount; } // x positions evaluated per curve

    // The crosshair, as the mouse drives it; public so keyboard users and tests can use it too.
    void showCrosshairAt(double x);
    void hideCrosshair();
    QString readoutText() const; // plain text of the readout below the chart

signals:
    void redrawn();
    void plotAreaChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QLineSeries* series(Curve curve) const { return m_series[static_cast<std::size_t>(curve)]; }
    bool isShown(Curve curve) const;
    double plotWidthPx() const;
    void redraw();
    void fitAxes();
    void applyData();
    void updateLayerView();
    const CurveStyle& curveStyle(Curve curve) const;
    void placeKeyPoints();
    void updateZeroLines();
    void applyStyle();
    void handlePlotAreaChanged();

    CurveExplorerState m_state;
    ChartStyle m_style = ChartStyle::light();
    QChart* m_chart = nullptr;
    QChartView* m_view = nullptr;
    QLabel* m_readout = nullptr;
    std::array<QLineSeries*, curveCount> m_series {};
    QLineSeries* m_zeroX = nullptr; // the vertical line x = 0
    QLineSeries* m_zeroY = nullptr; // the horizontal line y = 0
    CurveLayer* m_layer = nullptr; // draws the curves and key-point markers
    QList<QGraphicsRectItem*> m_keyLabels;
    QStringList m_keyLabelTexts;
    QList<QPointF> m_keyPointValues; // in true units
    QGraphicsLineItem* m_crosshair = nullptr;
    std::array<QGraphicsEllipseItem*, curveCount> m_crosshairDots {};
    QCategoryAxis* m_axisX = nullptr;
    QCategoryAxis* m_axisY = nullptr;
    gelulab::AxisTicks m_xTicks;
    gelulab::AxisTicks m_yTicks;
    double m_yMin = -1.0;
    double m_yMax = 1.0;
    // Qt Charts treats axis spans below ~1e-12 as empty, so the axes and the drawn curves use y in
    // the label units:
    // (y − offset)·factor, the same units the tick labels show (plain for ordinary ranges).
    struct Scale {
        double offset = 0.0;
        double factor = 1.0;
        double operator()(double y) const { return (y - offset) * factor; }
        bool operator==(const Scale&) const = default;
    };
    Scale m_yScale;
    std::array<QList<QPointF>, curveCount> m_data; // in true units, as core computed them
    double m_sampledWidth = 0.0;
    double m_crosshairX = 0.0; // where the crosshair is (or was last), for the keyboard
    bool m_inLayoutUpdate = false;
    double m_leftInset = 0.0;
    chartaxes::MarginMemory m_marginMemory;
    int m_redraws = 0;
    qsizetype m_sampleCount = 0;
};
