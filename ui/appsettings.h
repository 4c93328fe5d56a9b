// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <type_traits>
#include <memory>

// One persisted value: where it lives, what it falls back to, and which stored values are acceptable.
// Panels declare their own next to their code, e.g.
//   inline const Setting<double> kCurveFrom { "curves/from", -3.0, [](double v) { return std::isfinite(v); } };
template <typename T>
struct Setting {
    const char* key;
    T fallback;
    std::function<bool(const T&)> isValid = {};
};

// Typed access to the user's settings. A value that is missing gives the fallback; a value that is
// unreadable or fails its check gives the fallback and is listed in problems(), so the window can
// say so in the status bar instead of starting in a broken state. Nothing here throws.
class AppSettings {
    Q_DECLARE_TR_FUNCTIONS(AppSettings)
public:
    // The user's settings: ~/.config/gelulab/gelulab.conf on Linux (honours XDG_CONFIG_HOME).
    AppSettings();
    // A settings file at `path`, INI format: for tests and portable set-ups.
    explicit AppSettings(const QString& path);
    ~AppSettings();
    AppSettings(const AppSettings&) = delete;
    AppSettings& operator=(const AppSettings&) = delete;

    template <typename T>
    T value(const Setting<T>& setting);
    template <typename T>
    void setValue(const Setting<T>& setting, const T& value)
    {
        m_settings->setValue(QLatin1String(setting.key), QVariant::fromValue(value));
    }
    void remove(const char* key) { m_settings->remove(QLatin1String(key)); }

    // Adds a problem found by a caller that interprets a value further (e.g. restoreGeometry failing).
    void reportProblem(const QString& problem) { m_problems.append({ nullptr, { problem } }); }
    // What was wrong, one sentence each, in the current language; empty if all was well.
    QStringList problems() const;
    QString fileName() const { return m_settings->fileName(); }
    // The underlying store, for settings groups kept by their own classes (ExportSettings).
    QSettings& store() { return *m_settings; }
    // Writes pending changes; false (with a problem recorded) if the file cannot be written.
    bool sync();

private:
    void open(const QString& path);
    QVariant stored(const char* key);
    void reportInvalid(const char* key, const QVariant& value);

    // Kept untranslated until asked for, since the language is only known after the settings are read.
    struct Problem {
        const char* text; // a QT_TR_NOOP source text, or null for an already translated args[0]
        QStringList args;
    };

    std::unique_ptr<QSettings> m_settings;
    QList<Problem> m_problems;
};

template <typename T>
T AppSettings::value(const Setting<T>& setting)
{
    QVariant raw = stored(setting.key);
    if (!raw.isValid())
        return setting.fallback;
    // INI files store everything as text: "maybe" must not silently read as true.
    if constexpr (std::is_same_v<T, bool>) {
        if (raw.typeId() == QMetaType::QString) {
            const QString text = raw.toString().trimmed().toLower();
            if (text == QLatin1String("true") || text == QLatin1String("1"))
                return true;
            if (text == QLatin1String("false") || text == QLatin1String("0"))
                return false;
            reportInvalid(setting.key, raw);
            return setting.fallback;
        }
    }
    QVariant converted = raw;
    if (!converted.convert(QMetaType::fromType<T>())) {
        reportInvalid(setting.key, raw);
        return setting.fallback;
    }
    T result = converted.value<T>();
    if (setting.isValid && !setting.isValid(result)) {
        reportInvalid(setting.key, raw);
        return setting.fallback;
    }
    return result;
}

// A panel or feature that keeps its own settings (ranges, variant, curves on, trainer, export)
// implements this. The main window calls restoreSettings() once when the panel is added and
// saveSettings() whenever it saves; a panel that also has a signal `settingsChanged()` gets saved a
// moment after emitting it.
class SettingsClient {
public:
    virtual ~SettingsClient() = default;
    virtual void restoreSettings(AppSettings& settings) = 0;
    virtual void saveSettings(AppSettings& settings) const = 0;
};

// The shell's own settings. Panels and features add theirs in their own headers (see Setting).
namespace keys {
// Opaque blobs from QWidget::saveGeometry / QMainWindow::saveState; checked when restored.
inline const Setting<QByteArray> windowGeometry { "window/geometry", {} };
inline const Setting<QByteArray> windowState { "window/state", {} };
// Which panel was showing: a panel id such as "curves" or "trainer" (unknown ids fall back).
inline const Setting<QString> lastPanel { "window/panel", QStringLiteral("curves"),
    [](const QString& id) { return !id.isEmpty() && id.size() < 64; } };
// "system" (follow the desktop's locale) or a language code such as "en" or "zh_CN".
inline const Setting<QString> language { "ui/language", QStringLiteral("system"),
    [](const QString& code) { return !code.isEmpty() && code.size() < 16; } };
} // namespace keys
