// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include "curvechart.h"

#include <gelulab/sampling.h>

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLineSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

CurveChart::CurveChart(QWidget* parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_value(new QLineSeries)
    , m_derivative(new QLineSeries)
    , m_axisX(new QValueAxis)
    , m_axisY(new QValueAxis)
{
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_value->setName(tr("GELU"));
    m_derivative->setName(tr("GELU derivative"));
    QPen derivativePen(QColor(0xd6, 0x27, 0x28));
    derivativePen.setWidthF(2.0);
    derivativePen.setStyle(Qt::DashLine);
    m_derivative->setPen(derivativePen);
    QPen valuePen(QColor(0x1f, 0x77, 0xb4));
    valuePen.setWidthF(2.5);
    m_value->setPen(valuePen);
    m_chart->addSeries(m_value);
    m_chart->addSeries(m_derivative);
    m_axisX->setTitleText(tr("x"));
    m_axisY->setTitleText(tr("y"));
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    for (QLineSeries* series : { m_value, m_derivative }) {
        series->attachAxis(m_axisX);
        series->attachAxis(m_axisY);
    }
    m_chart->legend()->setAlignment(Qt::AlignTop);

    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    refresh();
}

void CurveChart::setMode(gelulab::GeluMode mode)
{
    m_mode = mode;
    refresh();
}

void CurveChart::setRange(double from, double to)
{
    m_from = from;
    m_to = to;
    refresh();
}

void CurveChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_value->setName(tr("GELU"));
        m_derivative->setName(tr("GELU derivative"));
        m_axisX->setTitleText(tr("x"));
        m_axisY->setTitleText(tr("y"));
        refresh();
    }
    QWidget::changeEvent(event);
}

QList<QPointF> CurveChart::valuePoints() const { return m_value->points(); }

QList<QPointF> CurveChart::derivativePoints() const { return m_derivative->points(); }

void CurveChart::refresh()
{
    const std::vector<double> xs = gelulab::linspace(m_from, m_to, 801);
    QList<QPointF> values;
    QList<QPointF> derivatives;
    values.reserve(static_cast<qsizetype>(xs.size()));
    derivatives.reserve(static_cast<qsizetype>(xs.size()));
    double low = 0.0;
    double high = 1.0;
    for (const double x : xs) {
        const double y = gelulab::gelu(x, m_mode);
        const double dy = gelulab::geluDerivative(x, m_mode);
        values.append({ x, y });
        derivatives.append({ x, dy });
        low = std::min({ low, y, dy });
        high = std::max({ high, y, dy });
    }
    // replace() swaps the whole list in one go, cheaper than clear + append.
    m_value->replace(values);
    m_derivative->replace(derivatives);
    m_axisX->setRange(m_from, m_to);
    const double pad = 0.05 * (high - low);
    m_axisY->setRange(low - pad, high + pad);
    m_axisX->applyNiceNumbers();
    m_axisY->applyNiceNumbers();
    m_chart->setTitle(tr("GELU (%1) and its derivative").arg(QString::fromUtf8(gelulab::geluModeName(m_mode).data())));
}
