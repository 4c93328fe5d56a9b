// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QObject>
#include <QStringList>
#include <QTranslator>

// Switches the interface language at run time. Installing or removing a translator makes Qt send
// QEvent::LanguageChange to every widget, whose changeEvent() then re-sets its texts.
class LanguageManager : public QObject {
    Q_OBJECT
public:
    explicit LanguageManager(QObject* parent = nullptr);

    // The languages the app is translated into, as codes: "en", "zh_CN".
    static QStringList languages();
    // A language's name in that language ("English", "简体中文"): menus list languages this way so a
    // user can find their own whatever the current language is.
    static QString nativeName(const QString& code);
    // The language a choice stands for: a known code as is, "system" (or anything unknown) the first
    // of `system`'s UI languages we have, else English.
    static QString resolve(const QString& choice, const QLocale& system = QLocale::system());

    // Applies "system" or a language code; returns the language now in use.
    QString setLanguage(const QString& choice);
    QString choice() const { return m_choice; }
    QString language() const { return m_language; }

signals:
    void languageChanged(const QString& language);

private:
    bool loadAppTranslation(const QString& code);

    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
    QString m_choice = QStringLiteral("system");
    QString m_language = QStringLiteral("en");
    bool m_installed = false;
};
