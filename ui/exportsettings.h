// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "figuresource.h"

#include <QList>
#include <QSize>
#include <QString>

class QSettings;

// The export dialog's choices, remembered between sessions.
struct ExportSettings {
    struct SizePreset {
        const char* label; // translated by the dialog
        QSize size; // logical pixels (96 per inch)
    };
    static const QList<SizePreset>& sizePresets(); // the last one is "Custom"
    static const QList<double>& fontScales(); // paper, normal, talk, poster

    int panel = 0; // index into the dialog's sources; sources.size() means "everything"
    int sizePreset = 0;
    QSize customSize { 1600, 900 };
    int scale = 1;
    FigureOptions figure;
    bool captionEnabled = false;
    QString lastFolder;

    QSize size() const;

    // Reads group "export"; anything missing or out of range keeps its default.
    static ExportSettings load(QSettings& settings);
    void save(QSettings& settings) const;
};
