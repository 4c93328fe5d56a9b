// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QHash>
#include <QPen>
#include <QPointer>

class QChart;
class QWidget;

// Large type, thick lines and strong contrast for a projector (black text and axes, darker grid),
// applied to whatever widgets and Qt Charts a panel holds, so a panel needs no code of its own to take
// part. restore() puts back exactly what was there.
class PresentationStyle {
public:
    void apply(QWidget* root, double scale);
    void restore();
    bool active() const { return m_root != nullptr; }

private:
    struct ChartLook {
        QFont title;
        QBrush titleBrush;
        QFont legend;
        QColor legendLabels;
        QList<QFont> axisLabels;
        QList<QFont> axisTitles;
        QList<QBrush> axisLabelBrushes;
        QList<QBrush> axisTitleBrushes;
        QList<QPen> axisLines;
        QList<QPen> gridLines;
        QList<QPen> seriesPens;
    };

    QPointer<QWidget> m_root;
    QFont m_rootFont;
    bool m_rootFontWasSet = false;
    QHash<QChart*, ChartLook> m_charts;
    QList<QPointer<QChart>> m_chartOrder;
};
