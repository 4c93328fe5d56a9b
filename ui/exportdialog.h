// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "exportsettings.h"
#include "figurewriter.h"

#include <QDialog>
#include <QList>

class FigureSource;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimer;

// File → Export…: choose panel, size, scale, theme, font scale, transparency and caption, see a
// live preview of exactly what will be written, then save as PNG / SVG / PDF or copy to the clipboard.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ExportDialog(const QList<const FigureSource*>& sources, QWidget* parent = nullptr);

    ExportSettings settings() const;
    void setSettings(const ExportSettings& settings);

    // What the current settings draw (all sources tiled when "everything" is chosen).
    FigurePainter figurePainter() const;
    // The figure at its logical size, scale 1: the preview shows this image scaled to fit.
    QImage renderFigure(int scale = 1) const;

    // Writes the figure; returns an empty string or a one-line reason (also shown in the dialog).
    QString exportTo(const QString& fileName);
    void copyToClipboard();

signals:
    void exported(const QString& fileName);

private:
    void chooseFileAndExport();
    void updateControls();
    void schedulePreview();
    void refreshPreview();
    QList<const FigureSource*> chosenSources() const;

    QList<const FigureSource*> m_sources;
    QComboBox* m_panel = nullptr;
    QComboBox* m_sizePreset = nullptr;
    QSpinBox* m_width = nullptr;
    QSpinBox* m_height = nullptr;
    QComboBox* m_scale = nullptr;
    QComboBox* m_theme = nullptr;
    QComboBox* m_fontScale = nullptr;
    QCheckBox* m_transparent = nullptr;
    QCheckBox* m_captionEnabled = nullptr;
    QLineEdit* m_caption = nullptr;
    QLabel* m_preview = nullptr;
    QLabel* m_status = nullptr;
    QTimer* m_previewTimer = nullptr;
    QString m_lastFolder;
};
