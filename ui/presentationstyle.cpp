// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include "presentationstyle.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QWidget>
#include <QXYSeries>

#include <algorithm>

namespace {

QFont scaled(QFont font, double scale)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * scale);
    else if (font.pixelSize() > 0)
        font.setPixelSize(std::max(1, int(font.pixelSize() * scale + 0.5)));
    return font;
}

} // namespace

void PresentationStyle::apply(QWidget* root, double scale)
{
    restore();
    m_root = root;
    m_rootFontWasSet = root->testAttribute(Qt::WA_SetFont);
    m_rootFont = root->font();
    // Widget fonts propagate to children; chart fonts do not, so charts are scaled one by one below.
    // Their fonts are read first: the explorer's charts re-derive theirs from the widget font when it
    // changes and the loss chart does not, so scaling what is set afterwards would enlarge the
    // explorer's type twice (labels then no longer fit and Qt Charts elides them to "…").
    for (QChartView* view : root->findChildren<QChartView*>()) {
        QChart* chart = view->chart();
        if (!chart || m_charts.contains(chart))
            continue;
        ChartLook look;
        look.title = chart->titleFont();
        look.legend = chart->legend()->font();
        for (QAbstractAxis* axis : chart->axes()) {
            look.axisLabels.append(axis->labelsFont());
            look.axisTitles.append(axis->titleFont());
        }
        m_charts.insert(chart, look);
        m_chartOrder.append(chart);
    }
    root->setFont(scaled(root->font(), scale));

    for (const QPointer<QChart>& chart : std::as_const(m_chartOrder)) {
        if (!chart)
            continue;
        ChartLook& look = m_charts[chart.data()];
        look.titleBrush = chart->titleBrush();
        look.legendLabels = chart->legend()->labelColor();
        chart->setTitleFont(scaled(look.title, scale));
        chart->setTitleBrush(Qt::black);
        chart->legend()->setFont(scaled(look.legend, scale));
        chart->legend()->setLabelColor(Qt::black);
        const QList<QAbstractAxis*> axes = chart->axes();
        for (qsizetype i = 0; i < axes.size() && i < look.axisLabels.size(); ++i) {
            QAbstractAxis* axis = axes[i];
            look.axisLabelBrushes.append(axis->labelsBrush());
            look.axisTitleBrushes.append(axis->titleBrush());
            look.axisLines.append(axis->linePen());
            look.gridLines.append(axis->gridLinePen());
            axis->setLabelsFont(scaled(look.axisLabels[i], scale));
            axis->setTitleFont(scaled(look.axisTitles[i], scale));
            axis->setLabelsBrush(Qt::black);
            axis->setTitleBrush(Qt::black);
            axis->setLinePen(QPen(Qt::black, 2.0));
            // Pale grid lines vanish on a washed-out projector image.
            QPen grid = axis->gridLinePen();
            grid.setColor(QColor(0xa0, 0xa0, 0xa0));
            grid.setWidthF(std::max(1.0, grid.widthF()) * 1.5);
            axis->setGridLinePen(grid);
        }
        for (QAbstractSeries* series : chart->series()) {
            auto* xy = qobject_cast<QXYSeries*>(series);
            if (!xy)
                continue;
            QPen pen = xy->pen();
            look.seriesPens.append(pen);
            pen.setWidthF(std::max(1.0, pen.widthF()) * scale);
            xy->setPen(pen);
        }
    }
}

void PresentationStyle::restore()
{
    for (const QPointer<QChart>& chart : std::as_const(m_chartOrder)) {
        if (!chart)
            continue;
        const ChartLook look = m_charts.value(chart.data());
        chart->setTitleFont(look.title);
        chart->setTitleBrush(look.titleBrush);
        chart->legend()->setFont(look.legend);
        chart->legend()->setLabelColor(look.legendLabels);
        const QList<QAbstractAxis*> axes = chart->axes();
        for (qsizetype i = 0; i < axes.size() && i < look.axisLabels.size(); ++i) {
            axes[i]->setLabelsFont(look.axisLabels[i]);
            axes[i]->setTitleFont(look.axisTitles[i]);
            axes[i]->setLabelsBrush(look.axisLabelBrushes[i]);
            axes[i]->setTitleBrush(look.axisTitleBrushes[i]);
            axes[i]->setLinePen(look.axisLines[i]);
            axes[i]->setGridLinePen(look.gridLines[i]);
        }
        qsizetype penIndex = 0;
        for (QAbstractSeries* series : chart->series()) {
            auto* xy = qobject_cast<QXYSeries*>(series);
            if (xy && penIndex < look.seriesPens.size())
                xy->setPen(look.seriesPens[penIndex++]);
        }
    }
    m_charts.clear();
    m_chartOrder.clear();
    if (m_root) {
        if (m_rootFontWasSet)
            m_root->setFont(m_rootFont);
        else
            m_root->setFont(QFont()); // back to inheriting from the window
    }
    m_root = nullptr;
}
