// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "figuresource.h"

#include <QPointer>

class TrainerPanel;

// The trainer panel as an exportable figure: the loss chart on the left, each network's output
// view on the right, drawn from the panel's current state at the figure's size.
class TrainerFigure : public FigureSource {
public:
    explicit TrainerFigure(TrainerPanel* panel);

    QString figureName() const override;
    QString defaultCaption() const override;
    void paintFigure(QPainter& painter, const QRectF& target, const FigureOptions& options) const override;

private:
    QPointer<TrainerPanel> m_panel;
};
