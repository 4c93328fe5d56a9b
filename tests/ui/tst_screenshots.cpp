// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include "aboutdialog.h"
#include "appsettings.h"
#include "mainwindow.h"

#include <QDir>
#include <QImage>
#include <QMenu>
#include <QTemporaryDir>
#include <QTest>

// Renders the window, its menus, the help page and the About dialog in each language, checks that
// they are not blank, and saves them as PNGs into $GELULAB_SCREENSHOT_DIR when it is set, so the
// pictures in docs/ can be remade and looked at.
class TestScreenshots : public QObject {
    Q_OBJECT

private slots:
    void render_data();
    void render();

private:
    void check(const QImage& image, const QString& name);
};

void TestScreenshots::check(const QImage& image, const QString& name)
{
    QVERIFY2(!image.isNull(), qPrintable(name));
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 5)
        for (int x = 0; x < image.width(); x += 5)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 4, qPrintable(name + QStringLiteral(" is nearly blank")));
    const QString dir = qEnvironmentVariable("GELULAB_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(image.save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

void TestScreenshots::render_data()
{
    QTest::addColumn<QString>("language");
    QTest::addRow("en") << "en";
    QTest::addRow("zh_CN") << "zh_CN";
}

void TestScreenshots::render()
{
    QFETCH(QString, language);
    QTemporaryDir dir;
    auto settings = std::make_unique<AppSettings>(dir.filePath(QStringLiteral("gelulab.ini")));
    settings->setValue(keys::language, language);
    MainWindow window(std::move(settings));
    window.resize(1280, 760);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCoreApplication::processEvents();
    check(window.grab().toImage(), QStringLiteral("main-") + language);

    QTest::keyClick(&window, Qt::Key_F1);
    QCoreApplication::processEvents();
    check(window.grab().toImage(), QStringLiteral("help-") + language);

    for (const char* name : { "fileMenu", "viewMenu", "helpMenu" }) {
        auto* menu = window.findChild<QMenu*>(QLatin1String(name));
        menu->popup(window.mapToGlobal(QPoint(10, 30)));
        QVERIFY(QTest::qWaitForWindowExposed(menu));
        check(menu->grab().toImage(), QLatin1String(name) + QLatin1Char('-') + language);
        menu->hide();
    }
    auto* languageMenu = window.findChild<QMenu*>(QStringLiteral("languageMenu"));
    languageMenu->popup(window.mapToGlobal(QPoint(10, 30)));
    QVERIFY(QTest::qWaitForWindowExposed(languageMenu));
    check(languageMenu->grab().toImage(), QStringLiteral("languageMenu-") + language);
    languageMenu->hide();

    AboutDialog about(&window);
    about.show();
    QVERIFY(QTest::qWaitForWindowExposed(&about));
    check(about.grab().toImage(), QStringLiteral("about-") + language);
    about.hide();

    window.showHelp(); // hides it again
    window.setPresentationMode(true);
    QTRY_VERIFY(window.windowState() & Qt::WindowFullScreen);
    QTest::qWait(300); // the charts relayout for the new size and type a few turns later
    check(window.grab().toImage(), QStringLiteral("presentation-") + language);
    window.setPresentationMode(false);
    window.setLanguage(QStringLiteral("en"));
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
