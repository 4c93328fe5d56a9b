// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include "languagemanager.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>

LanguageManager::LanguageManager(QObject* parent)
    : QObject(parent)
{
}

QStringList LanguageManager::languages()
{
    return { QStringLiteral("en"), QStringLiteral("zh_CN") };
}

QString LanguageManager::nativeName(const QString& code)
{
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    return code;
}

QString LanguageManager::resolve(const QString& choice, const QLocale& system)
{
    if (languages().contains(choice))
        return choice;
    for (const QString& tag : system.uiLanguages()) {
        const QLocale locale(tag);
        if (locale.language() == QLocale::English)
            return QStringLiteral("en");
        // Simplified Chinese is what mainland China and Singapore use; zh_TW/zh_HK readers get
        // English rather than a script they did not ask for.
        if (locale.language() == QLocale::Chinese && locale.script() != QLocale::TraditionalChineseScript
            && locale.territory() != QLocale::Taiwan && locale.territory() != QLocale::HongKong
            && locale.territory() != QLocale::Macao)
            return QStringLiteral("zh_CN");
    }
    return QStringLiteral("en");
}

bool LanguageManager::loadAppTranslation(const QString& code)
{
    const QString name = QStringLiteral("gelulab_") + code;
    // An installed copy (<prefix>/share/gelulab/translations) wins over the one built into the binary.
    const QString installed
        = QCoreApplication::applicationDirPath() + QStringLiteral("/../share/gelulab/translations");
    if (QDir(installed).exists() && m_appTranslator.load(name, installed))
        return true;
    return m_appTranslator.load(name, QStringLiteral(":/i18n"));
}

QString LanguageManager::setLanguage(const QString& choice)
{
    m_choice = languages().contains(choice) ? choice : QStringLiteral("system");
    const QString wanted = resolve(m_choice);
    if (wanted == m_language && (m_installed || wanted == QLatin1String("en")))
        return m_language;

    if (m_installed) {
        QCoreApplication::removeTranslator(&m_appTranslator);
        QCoreApplication::removeTranslator(&m_qtTranslator);
        m_installed = false;
    }
    m_language = QStringLiteral("en");
    if (wanted != QLatin1String("en") && loadAppTranslation(wanted)) {
        // Qt's own strings (dialog buttons, context menus) come from qtbase_*.qm, when installed.
        if (m_qtTranslator.load(QStringLiteral("qtbase_") + wanted,
                                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&m_qtTranslator);
        QCoreApplication::installTranslator(&m_appTranslator);
        m_installed = true;
        m_language = wanted;
    }
    emit languageChanged(m_language);
    return m_language;
}
