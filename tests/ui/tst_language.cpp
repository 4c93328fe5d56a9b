// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include "appsettings.h"
#include "helpbrowser.h"
#include "languagemanager.h"
#include "mainwindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

namespace {

bool hasCjk(const QString& text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff)
            return true;
    return false;
}

// Texts that are the same in every language: symbols, the language names themselves, axis letters.
bool languageNeutral(const QString& text)
{
    static const QStringList neutral { QStringLiteral("English"), QStringLiteral("x"), QStringLiteral("y") };
    static const QRegularExpression latin(QStringLiteral("[A-Za-z]"));
    return text.isEmpty() || neutral.contains(text) || !text.contains(latin);
}

// Every user-visible text of the window and its menus, labelled with where it was found.
QList<QPair<QString, QString>> visibleTexts(MainWindow* window)
{
    QList<QPair<QString, QString>> texts;
    texts.append({ QStringLiteral("window title"), window->windowTitle() });
    std::function<void(QMenu*)> walkMenu = [&](QMenu* menu) {
        texts.append({ QStringLiteral("menu"), menu->title() });
        for (QAction* action : menu->actions()) {
            if (action->isSeparator())
                continue;
            if (action->menu()) {
                walkMenu(action->menu());
                continue;
            }
            texts.append({ action->objectName() + QStringLiteral(" text"), action->text() });
            texts.append({ action->objectName() + QStringLiteral(" tooltip"), action->toolTip() });
            texts.append({ action->objectName() + QStringLiteral(" status tip"), action->statusTip() });
        }
    };
    for (QAction* action : window->menuBar()->actions())
        walkMenu(action->menu());
    for (QWidget* widget : window->findChildren<QWidget*>()) {
        const QString where = QLatin1String(widget->metaObject()->className()) + QLatin1Char(' ')
            + widget->objectName();
        texts.append({ where + QStringLiteral(" tooltip"), widget->toolTip() });
        if (auto* label = qobject_cast<QLabel*>(widget))
            texts.append({ where, label->text() });
        if (auto* button = qobject_cast<QAbstractButton*>(widget))
            texts.append({ where, button->text() });
        if (auto* combo = qobject_cast<QComboBox*>(widget))
            for (int i = 0; i < combo->count(); ++i)
                texts.append({ where, combo->itemText(i) });
        if (auto* tabs = qobject_cast<QTabWidget*>(widget))
            for (int i = 0; i < tabs->count(); ++i)
                texts.append({ where + QStringLiteral(" tab"), tabs->tabText(i) });
        if (qobject_cast<QDockWidget*>(widget) || qobject_cast<QToolBar*>(widget))
            texts.append({ where + QStringLiteral(" title"), widget->windowTitle() });
    }
    return texts;
}

} // namespace

class TestLanguage : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void switchingFromTheMenuRetranslatesAtOnce();
    void everyVisibleTextIsChineseInChinese();
    void helpPageIsInEachLanguage();
    void systemLocaleIsFollowed_data();
    void systemLocaleIsFollowed();
    void layoutFitsInEachLanguage_data();
    void layoutFitsInEachLanguage();

private:
    std::unique_ptr<MainWindow> openWindow(const QString& language);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestLanguage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestLanguage::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<MainWindow> TestLanguage::openWindow(const QString& language)
{
    auto settings = std::make_unique<AppSettings>(m_dir->filePath(QStringLiteral("gelulab.ini")));
    settings->setValue(keys::language, language);
    auto window = std::make_unique<MainWindow>(std::move(settings));
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("window not exposed");
    QCoreApplication::processEvents(); // delivers the LanguageChange events
    return window;
}

void TestLanguage::switchingFromTheMenuRetranslatesAtOnce()
{
    auto window = openWindow(QStringLiteral("en"));
    auto* fileMenu = window->findChild<QMenu*>(QStringLiteral("fileMenu"));
    auto* tabs = window->findChild<QTabWidget*>(QStringLiteral("panels"));
    QCOMPARE(fileMenu->title(), QStringLiteral("&File"));
    QCOMPARE(tabs->tabText(0), QStringLiteral("Curve Explorer"));

    window->findChild<QAction*>(QStringLiteral("language_zh_CN"))->trigger();
    QTRY_COMPARE(fileMenu->title(), QStringLiteral("文件(&F)"));
    QCOMPARE(tabs->tabText(0), QStringLiteral("曲线浏览器"));
    QCOMPARE(window->windowTitle(), QStringLiteral("GELU 实验室"));
    QCOMPARE(window->findChild<QDockWidget*>(QStringLiteral("helpDock"))->windowTitle(),
             QStringLiteral("什么是 GELU？"));
    // Tool buttons drop the mnemonic, including the "(&E)" form Chinese menus use.
    QCOMPARE(window->exportAction()->iconText(), QStringLiteral("导出…"));

    window->findChild<QAction*>(QStringLiteral("language_en"))->trigger();
    QTRY_COMPARE(fileMenu->title(), QStringLiteral("&File"));
    QCOMPARE(tabs->tabText(0), QStringLiteral("Curve Explorer"));
    QCOMPARE(window->exportAction()->iconText(), QStringLiteral("Export…"));
}

void TestLanguage::everyVisibleTextIsChineseInChinese()
{
    // Catches strings that never went through tr() as well as untranslated ones.
    auto window = openWindow(QStringLiteral("zh_CN"));
    QCOMPARE(window->languageManager().language(), QStringLiteral("zh_CN"));
    QStringList english;
    for (const auto& [where, text] : visibleTexts(window.get()))
        if (!languageNeutral(text) && !hasCjk(text))
            english << QStringLiteral("%1: “%2”").arg(where, text);
    QVERIFY2(english.isEmpty(), qPrintable(english.join(QLatin1Char('\n'))));
    window->setLanguage(QStringLiteral("en"));
}

void TestLanguage::helpPageIsInEachLanguage()
{
    auto window = openWindow(QStringLiteral("zh_CN"));
    auto* help = window->findChild<HelpBrowser*>();
    QVERIFY(help->toPlainText().contains(QStringLiteral("什么是 GELU？")));
    QVERIFY(help->toPlainText().contains(QStringLiteral("拐点")));
    window->setLanguage(QStringLiteral("en"));
    QTRY_VERIFY(help->toPlainText().contains(QStringLiteral("What is GELU?")));
    QVERIFY(!hasCjk(help->toPlainText()));
}

void TestLanguage::systemLocaleIsFollowed_data()
{
    QTest::addColumn<QString>("choice");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::addRow("system zh_CN") << "system" << "zh_CN" << "zh_CN";
    QTest::addRow("system zh_SG") << "system" << "zh_SG" << "zh_CN";
    QTest::addRow("system zh_TW") << "system" << "zh_TW" << "en";
    QTest::addRow("system en_GB") << "system" << "en_GB" << "en";
    QTest::addRow("system de_DE") << "system" << "de_DE" << "en";
    QTest::addRow("system C") << "system" << "C" << "en";
    QTest::addRow("en chosen on zh_CN") << "en" << "zh_CN" << "en";
    QTest::addRow("zh_CN chosen on en_US") << "zh_CN" << "en_US" << "zh_CN";
    QTest::addRow("unknown choice") << "tlh" << "zh_CN" << "zh_CN";
}

void TestLanguage::systemLocaleIsFollowed()
{
    QFETCH(QString, choice);
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    QCOMPARE(LanguageManager::resolve(choice, QLocale(locale)), expected);
}

void TestLanguage::layoutFitsInEachLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addRow("en") << "en";
    QTest::addRow("zh_CN") << "zh_CN";
}

void TestLanguage::layoutFitsInEachLanguage()
{
    QFETCH(QString, language);
    auto window = openWindow(language);
    // The smallest screen a lecture hall projector is likely to offer.
    const QSize smallScreen(1024, 640);
    QVERIFY2(window->minimumSizeHint().width() <= smallScreen.width()
                 && window->minimumSizeHint().height() <= smallScreen.height(),
             qPrintable(QStringLiteral("minimum size %1x%2")
                            .arg(window->minimumSizeHint().width())
                            .arg(window->minimumSizeHint().height())));
    window->resize(smallScreen);
    QTest::keyClick(window.get(), Qt::Key_F1); // the help page takes room too
    QCoreApplication::processEvents();
    // A tool bar that cannot fit its actions grows an extension button.
    auto* toolBar = window->findChild<QToolBar*>(QStringLiteral("mainToolBar"));
    auto* extension = toolBar->findChild<QToolButton*>(QStringLiteral("qt_toolbar_ext_button"));
    QVERIFY2(!extension || !extension->isVisible(), "the tool bar overflows");
    // Tab titles are not elided.
    auto* tabBar = window->findChild<QTabWidget*>(QStringLiteral("panels"))->tabBar();
    for (int i = 0; i < tabBar->count(); ++i)
        QVERIFY2(tabBar->tabRect(i).width() >= tabBar->fontMetrics().horizontalAdvance(tabBar->tabText(i)),
                 qPrintable(tabBar->tabText(i)));
    // Menu titles fit on the menu bar in one row.
    auto* menuBar = window->menuBar();
    QVERIFY(menuBar->heightForWidth(menuBar->width()) <= 2 * menuBar->fontMetrics().height() + 16);
    window->setLanguage(QStringLiteral("en"));
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
