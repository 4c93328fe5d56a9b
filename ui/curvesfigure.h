// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "curveexplorerstate.h"
#include "figuresource.h"

#include <memory>

class CurveChart;
class ErrorChart;

// The curve explorer's charts as exportable figures: the curve chart, or the error chart, drawn
// from a CurveExplorerState by charts of its own (offscreen), so exporting never disturbs the
// charts on screen.
class CurvesFigure : public FigureSource {
public:
    enum class Panel { Curves, Error };

    explicit CurvesFigure(Panel panel);
    ~CurvesFigure() override;

    void setState(const CurveExplorerState& state);
    const CurveExplorerState& state() const { return m_state; }

    QString figureName() const override;
    QString defaultCaption() const override;
    void paintFigure(QPainter& painter, const QRectF& target, const FigureOptions& options) const override;

private:
    Panel m_panel;
    CurveExplorerState m_state;
    std::unique_ptr<CurveChart> m_curveChart;
    std::unique_ptr<ErrorChart> m_errorChart;
};
