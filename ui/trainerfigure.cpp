// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include "trainerfigure.h"

#include "figureframe.h"
#include "losschart.h"
#include "outputview.h"
#include "trainerpanel.h"

#include <gelulab/activationkind.h>
#include <gelulab/dataset.h>

#include <QCoreApplication>
#include <QPainter>

TrainerFigure::TrainerFigure(TrainerPanel* panel)
    : m_panel(panel)
{
}

QString TrainerFigure::figureName() const { return QCoreApplication::translate("TrainerFigure", "Trainer"); }

QString TrainerFigure::defaultCaption() const
{
    if (!m_panel)
        return {};
    const TrainerSettings& settings = m_panel->settings();
    const auto activations = settings.activations();
    const QString networks = activations.size() > 1
        ? QCoreApplication::translate("TrainerFigure", "%1 vs %2")
              .arg(TrainerPanel::activationName(activations[0]), TrainerPanel::activationName(activations[1]))
        : TrainerPanel::activationName(activations.front());
    return QCoreApplication::translate("TrainerFigure", "%1 on %2, %3 steps")
        .arg(networks, TrainerPanel::datasetName(settings.setup.dataset))
        .arg(m_panel->stepCount(0));
}

void TrainerFigure::paintFigure(QPainter& painter, const QRectF& target, const FigureOptions& options) const
{
    const ChartStyle style = FigureFrame::styleFor(options, target.height());
    const QRectF area = FigureFrame::paint(painter, target, options, style);
    if (!m_panel)
        return;
    // The loss chart has light and dark looks; the projector theme is light with bigger type.
    const auto theme = options.theme == QLatin1String("dark") ? LossChart::Theme::Dark : LossChart::Theme::Light;
    const int views = m_panel->networkCount();
    const qreal gap = area.width() * 0.015;
    const QRectF lossArea(area.left(), area.top(), area.width() * 0.58, area.height());
    const QRectF viewColumn(lossArea.right() + gap, area.top(), area.right() - lossArea.right() - gap, area.height());
    // The loss chart's own type is laid out for ~600 px; grow it with the figure like the others.
    m_panel->lossChart()->render(&painter, lossArea, theme, style.fontScale, style.lineScale, options.transparent);
    const qreal viewHeight = viewColumn.height() / std::max(1, views);
    for (int i = 0; i < views; ++i) {
        const QRectF slot(viewColumn.left(), viewColumn.top() + i * viewHeight, viewColumn.width(), viewHeight);
        // Square views, centred in their slot, as on screen.
        const qreal side = std::min(slot.width(), slot.height()) - gap;
        painter.save();
        OutputView::Look look
            = theme == LossChart::Theme::Dark ? OutputView::Look::dark() : OutputView::Look::light();
        look.background = options.transparent ? QColor() : style.background; // the figure's own, no box
        m_panel->outputView(i)->render(
            painter, QRectF(slot.center() - QPointF(side / 2, side / 2), QSizeF(side, side)), look);
        painter.restore();
    }
}
