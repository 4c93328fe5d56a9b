// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include <gelulab/activations.h>

class QChart;
class QChartView;
class QLineSeries;
class QValueAxis;

// The curve plot: GELU and its derivative in one variant over an x range. All Qt Charts use for
// the curves stays inside this class so a port to Qt Graphs is a local change.
class CurveChart : public QWidget {
    Q_OBJECT
public:
    explicit CurveChart(QWidget* parent = nullptr);

    void setMode(gelulab::GeluMode mode);
    void setRange(double from, double to);

    gelulab::GeluMode mode() const { return m_mode; }
    QList<QPointF> valuePoints() const;
    QList<QPointF> derivativePoints() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();

    gelulab::GeluMode m_mode = gelulab::GeluMode::Exact;
    double m_from = -3.0;
    double m_to = 3.0;
    QChart* m_chart = nullptr;
    QChartView* m_view = nullptr;
    QLineSeries* m_value = nullptr;
    QLineSeries* m_derivative = nullptr;
    QValueAxis* m_axisX = nullptr;
    QValueAxis* m_axisY = nullptr;
};
