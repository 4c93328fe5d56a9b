// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include "appsettings.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

AppSettings::AppSettings()
{
    // Built explicitly rather than from the application name, so tests and the app agree on the file.
    const QSettings probe(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("gelulab"),
                          QStringLiteral("gelulab"));
    open(probe.fileName());
}

AppSettings::AppSettings(const QString& path)
{
    open(path);
}

AppSettings::~AppSettings()
{
    m_settings->sync();
}

namespace {

// QSettings' INI reader takes almost anything (random bytes become keys of [General]), so damage
// is judged here too: a file we wrote is UTF-8 text of blank lines, [groups] and key=value lines.
bool looksDamaged(const QString& path)
{
    QFile file(path);
    if (!file.exists() || !file.open(QIODevice::ReadOnly))
        return false; // missing: first run; unreadable: QSettings reports AccessError
    const QByteArray content = file.read(4 * 1024 * 1024);
    if (content.contains('\0') || QString::fromUtf8(content).contains(QChar::ReplacementCharacter))
        return true;
    for (const QByteArray& raw : content.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(';') || line.startsWith('#'))
            continue;
        const bool group = line.startsWith('[') && line.endsWith(']');
        if (!group && !line.contains('='))
            return true;
    }
    return false;
}

} // namespace

void AppSettings::open(const QString& path)
{
    m_settings = std::make_unique<QSettings>(path, QSettings::IniFormat);
    const QSettings::Status status = looksDamaged(path) ? QSettings::FormatError : m_settings->status();
    switch (status) {
    case QSettings::NoError:
        return;
    case QSettings::FormatError: {
        // Keep the damaged file for the curious and start afresh, so our next save is not mixed into it.
        m_settings.reset();
        const QString aside = path + QStringLiteral(".corrupt-")
            + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        const bool moved = QFile::rename(path, aside);
        m_settings = std::make_unique<QSettings>(path, QSettings::IniFormat);
        if (moved)
            m_problems.append({ QT_TR_NOOP("The settings file could not be read and was set aside as %1; "
                                           "defaults are in use."),
                                { QFileInfo(aside).fileName() } });
        else
            m_problems.append({ QT_TR_NOOP("The settings file %1 could not be read; defaults are in use."),
                                { path } });
        return;
    }
    case QSettings::AccessError:
        m_problems.append({ QT_TR_NOOP("The settings file %1 cannot be accessed; defaults are in use and "
                                       "changes will not be saved."),
                            { path } });
        return;
    }
}

QVariant AppSettings::stored(const char* key)
{
    return m_settings->value(QLatin1String(key));
}

void AppSettings::reportInvalid(const char* key, const QVariant& value)
{
    QString shown = value.toString();
    if (shown.size() > 40)
        shown = shown.left(40) + QChar(0x2026);
    m_problems.append({ QT_TR_NOOP("The saved value of %1 (“%2”) is not usable; the default is in use."),
                        { QLatin1String(key), shown } });
}

bool AppSettings::sync()
{
    m_settings->sync();
    if (m_settings->status() == QSettings::NoError)
        return true;
    m_problems.append({ QT_TR_NOOP("The settings could not be saved to %1."), { m_settings->fileName() } });
    return false;
}

QStringList AppSettings::problems() const
{
    QStringList result;
    for (const Problem& problem : m_problems) {
        if (!problem.text) {
            result.append(problem.args.value(0));
            continue;
        }
        QString text = tr(problem.text);
        for (const QString& arg : problem.args)
            text = text.arg(arg);
        result.append(text);
    }
    return result;
}
