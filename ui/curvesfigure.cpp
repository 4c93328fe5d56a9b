// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include "curvesfigure.h"

#include "curvechart.h"
#include "errorchart.h"
#include "figureframe.h"

#include <QCoreApplication>
#include <QPainter>

namespace {

QString variantName(gelulab::GeluMode mode)
{
    switch (mode) {
    case gelulab::GeluMode::Exact:
        return QCoreApplication::translate("CurvesFigure", "GELU(x) = x·Φ(x)");
    case gelulab::GeluMode::Tanh:
        return QCoreApplication::translate("CurvesFigure", "GELU ≈ ½x(1 + tanh(√(2/π)(x + 0.044715x³)))");
    case gelulab::GeluMode::Sigmoid:
        return QCoreApplication::translate("CurvesFigure", "GELU ≈ x·σ(1.702x)");
    }
    return {};
}

} // namespace

CurvesFigure::CurvesFigure(Panel panel)
    : m_panel(panel)
{
    // Charts are created lazily on first paint; a hidden widget is enough to lay out and render.
}

CurvesFigure::~CurvesFigure() = default;

void CurvesFigure::setState(const CurveExplorerState& state) { m_state = state; }

QString CurvesFigure::figureName() const
{
    return m_panel == Panel::Curves ? QCoreApplication::translate("CurvesFigure", "Curves")
                                    : QCoreApplication::translate("CurvesFigure", "Approximation error");
}

QString CurvesFigure::defaultCaption() const
{
    const QString range = QCoreApplication::translate("CurvesFigure", "x from %1 to %2")
                              .arg(m_state.x.from, 0, 'g', 4)
                              .arg(m_state.x.to, 0, 'g', 4);
    if (m_panel == Panel::Error && m_state.mode == gelulab::GeluMode::Exact)
        return QCoreApplication::translate("CurvesFigure", "Exact GELU has no approximation error, %1").arg(range);
    if (m_panel == Panel::Error)
        return QCoreApplication::translate("CurvesFigure", "%1 minus exact GELU, %2").arg(variantName(m_state.mode), range);
    return QCoreApplication::translate("CurvesFigure", "%1, %2", "formula, then the x range").arg(variantName(m_state.mode), range);
}

void CurvesFigure::paintFigure(QPainter& painter, const QRectF& target, const FigureOptions& options) const
{
    auto* self = const_cast<CurvesFigure*>(this); // the charts are a drawing cache, not state
    const ChartStyle style = FigureFrame::styleFor(options, target.height());
    const QRectF chartArea = FigureFrame::paint(painter, target, options, style);
    if (m_panel == Panel::Curves) {
        if (!m_curveChart)
            self->m_curveChart = std::make_unique<CurveChart>();
        m_curveChart->setChartStyle(style);
        m_curveChart->setState(m_state);
        m_curveChart->render(&painter, chartArea);
    } else {
        if (!m_errorChart)
            self->m_errorChart = std::make_unique<ErrorChart>();
        m_errorChart->setChartStyle(style);
        m_errorChart->setState(m_state);
        m_errorChart->render(&painter, chartArea);
    }
}
