// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include "exportcontroller.h"

#include "appsettings.h"
#include "curveexplorer.h"
#include "exportdialog.h"
#include "exportsettings.h"

#include <QApplication>
#include <QClipboard>
#include <QMainWindow>
#include <QStatusBar>

ExportController::ExportController(QMainWindow* window, AppSettings& settings)
    : QObject(window)
    , m_window(window)
    , m_settings(settings)
{
}

void ExportController::addCurveExplorer(CurveExplorer* explorer)
{
    const QPointer<CurveExplorer> guarded(explorer);
    const auto update = [this, guarded] {
        if (guarded) {
            m_curves.setState(guarded->state());
            m_error.setState(guarded->state());
        }
    };
    m_entries.append({ explorer, &m_curves, update });
    m_entries.append({ explorer, &m_error, update });
}

void ExportController::addFigure(QWidget* panel, const FigureSource* source, std::function<void()> update)
{
    m_entries.append({ panel, source, std::move(update) });
}

QList<const FigureSource*> ExportController::sources() const
{
    QList<const FigureSource*> list;
    for (const Entry& entry : m_entries)
        list.append(entry.source);
    return list;
}

int ExportController::firstIndexFor(QWidget* panel) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].panel == panel)
            return int(i);
    }
    return 0;
}

void ExportController::updateAll()
{
    for (const Entry& entry : m_entries) {
        if (entry.update)
            entry.update();
    }
}

void ExportController::exportPanel(QWidget* panel)
{
    updateAll();
    ExportDialog dialog(sources(), m_window);
    ExportSettings settings = ExportSettings::load(m_settings.store());
    settings.panel = firstIndexFor(panel); // the chart on screen, whatever was chosen last time
    dialog.setSettings(settings);
    connect(&dialog, &ExportDialog::exported, this, [this](const QString& fileName) {
        m_window->statusBar()->showMessage(tr("Exported %1").arg(fileName), 5000);
    });
    dialog.exec();
    dialog.settings().save(m_settings.store());
}

void ExportController::copyPanel(QWidget* panel)
{
    updateAll();
    const int index = firstIndexFor(panel);
    if (index >= m_entries.size())
        return;
    const ExportSettings settings = ExportSettings::load(m_settings.store());
    const FigureSource* source = m_entries[index].source;
    FigureOptions options = settings.figure;
    if (settings.captionEnabled)
        options.caption = source->defaultCaption();
    const QImage image = FigureWriter::renderImage(settings.size(), settings.scale,
                                                   [source, options](QPainter& painter, const QRectF& target) {
                                                       source->paintFigure(painter, target, options);
                                                   });
    QApplication::clipboard()->setImage(image);
    m_window->statusBar()->showMessage(
        tr("Copied %1 to the clipboard (%2 × %3 pixels)").arg(source->figureName()).arg(image.width()).arg(image.height()),
        5000);
}
