// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include "exportsettings.h"

#include <QSettings>

#include <cmath>

const QList<ExportSettings::SizePreset>& ExportSettings::sizePresets()
{
    static const QList<SizePreset> presets {
        { QT_TRANSLATE_NOOP("ExportDialog", "1920 × 1080 (16:9 slide)"), QSize(1920, 1080) },
        { QT_TRANSLATE_NOOP("ExportDialog", "1280 × 720 (16:9)"), QSize(1280, 720) },
        { QT_TRANSLATE_NOOP("ExportDialog", "1024 × 768 (4:3 slide)"), QSize(1024, 768) },
        { QT_TRANSLATE_NOOP("ExportDialog", "A4 landscape (297 × 210 mm)"), QSize(1123, 794) },
        { QT_TRANSLATE_NOOP("ExportDialog", "Custom"), QSize() },
    };
    return presets;
}

const QList<double>& ExportSettings::fontScales()
{
    static const QList<double> scales { 0.8, 1.0, 1.3, 1.6 };
    return scales;
}

QSize ExportSettings::size() const
{
    const auto& presets = sizePresets();
    const QSize preset = presets.value(sizePreset, presets.first()).size;
    return preset.isValid() ? preset : customSize;
}

ExportSettings ExportSettings::load(QSettings& settings)
{
    ExportSettings s;
    settings.beginGroup(QStringLiteral("export"));
    bool ok = false;
    const auto readInt = [&](const char* key, int low, int high, int& into) {
        const int value = settings.value(QLatin1String(key)).toInt(&ok);
        if (ok && value >= low && value <= high)
            into = value;
    };
    readInt("panel", 0, 16, s.panel);
    readInt("sizePreset", 0, int(sizePresets().size()) - 1, s.sizePreset);
    readInt("scale", 1, 3, s.scale);
    const QSize custom = settings.value(QStringLiteral("customSize")).toSize();
    if (custom.width() >= 1 && custom.height() >= 1 && custom.width() <= 16384 && custom.height() <= 16384)
        s.customSize = custom;
    const QString theme = settings.value(QStringLiteral("theme")).toString();
    if (theme == QLatin1String("light") || theme == QLatin1String("dark") || theme == QLatin1String("projector"))
        s.figure.theme = theme;
    const double fontScale = settings.value(QStringLiteral("fontScale")).toDouble(&ok);
    if (ok && std::isfinite(fontScale) && fontScale >= 0.5 && fontScale <= 3.0)
        s.figure.fontScale = fontScale;
    s.figure.transparent = settings.value(QStringLiteral("transparent"), false).toBool();
    s.captionEnabled = settings.value(QStringLiteral("captionEnabled"), false).toBool();
    s.lastFolder = settings.value(QStringLiteral("lastFolder")).toString();
    settings.endGroup();
    return s;
}

void ExportSettings::save(QSettings& settings) const
{
    settings.beginGroup(QStringLiteral("export"));
    settings.setValue(QStringLiteral("panel"), panel);
    settings.setValue(QStringLiteral("sizePreset"), sizePreset);
    settings.setValue(QStringLiteral("customSize"), customSize);
    settings.setValue(QStringLiteral("scale"), scale);
    settings.setValue(QStringLiteral("theme"), figure.theme);
    settings.setValue(QStringLiteral("fontScale"), figure.fontScale);
    settings.setValue(QStringLiteral("transparent"), figure.transparent);
    settings.setValue(QStringLiteral("captionEnabled"), captionEnabled);
    settings.setValue(QStringLiteral("lastFolder"), lastFolder);
    settings.endGroup();
}
