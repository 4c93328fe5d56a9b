// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include "appsettings.h"
#include "languagemanager.h"
#include "mainwindow.h"

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QRandomGenerator>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

namespace {

const Setting<int> kFakeDensity { "fake/density", 800, [](const int& v) { return v >= 2 && v <= 100000; } };

// Stands in for a panel with settings of its own (the curve explorer's ranges, the trainer's network).
class FakePanel : public QWidget, public SettingsClient {
    Q_OBJECT
public:
    explicit FakePanel(QWidget* parent = nullptr)
        : QWidget(parent)
    {
        setWindowTitle(QStringLiteral("Fake"));
        setToolTip(QStringLiteral("A panel that remembers a density"));
    }
    void restoreSettings(AppSettings& settings) override { density = settings.value(kFakeDensity); }
    void saveSettings(AppSettings& settings) const override { settings.setValue(kFakeDensity, density); }
    void setDensity(int value)
    {
        density = value;
        emit settingsChanged();
    }
    int density = 0;

signals:
    void settingsChanged();
};

} // namespace

// The window is found as it was left: a second MainWindow over the same settings file stands in for
// the next day's session.
class TestPersistence : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void restoresWhereTheUserLeftOff();
    void leavingInPresentationModeRestoresTheNormalWindow();
    void savesWithoutWaitingForClose();
    void panelsKeepTheirOwnSettings();
    void corruptSettingsFallBackWithAMessage_data();
    void corruptSettingsFallBackWithAMessage();

private:
    std::unique_ptr<MainWindow> openWindow();
    QString m_path;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestPersistence::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("gelulab.ini"));
}

void TestPersistence::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<MainWindow> TestPersistence::openWindow()
{
    auto window = std::make_unique<MainWindow>(std::make_unique<AppSettings>(m_path));
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("window not exposed");
    return window;
}

void TestPersistence::restoresWhereTheUserLeftOff()
{
    const QSize size(1180, 700); // not the default size, and above the minimum with the help dock open
    {
        auto window = openWindow();
        window->resize(size);
        QTest::keyClick(window.get(), Qt::Key_2, Qt::AltModifier);
        QTest::keyClick(window.get(), Qt::Key_F1);
        window->findChild<QAction*>(QStringLiteral("toolBarAction"))->trigger();
        window->findChild<QAction*>(QStringLiteral("language_zh_CN"))->trigger();
        QCOMPARE(window->languageManager().language(), QStringLiteral("zh_CN"));
        QTRY_COMPARE(window->size(), size);
        window->close();
    }
    auto window = openWindow();
    QCOMPARE(window->size(), size);
    QCOMPARE(window->currentPanelId(), QStringLiteral("trainer"));
    QVERIFY(window->findChild<QAction*>(QStringLiteral("trainerPanelAction"))->isChecked());
    QCOMPARE(window->languageManager().choice(), QStringLiteral("zh_CN"));
    QVERIFY(window->findChild<QAction*>(QStringLiteral("language_zh_CN"))->isChecked());
    QVERIFY(window->findChild<QDockWidget*>(QStringLiteral("helpDock"))->isVisible());
    QVERIFY(!window->findChild<QToolBar*>(QStringLiteral("mainToolBar"))->isVisible());
    QVERIFY2(window->statusBar()->currentMessage().isEmpty(), qPrintable(window->statusBar()->currentMessage()));
    window->setLanguage(QStringLiteral("en"));
}

void TestPersistence::leavingInPresentationModeRestoresTheNormalWindow()
{
    const QSize size(870, 590);
    {
        auto window = openWindow();
        window->resize(size);
        QTRY_COMPARE(window->size(), size);
        QTest::keyClick(window.get(), Qt::Key_F11);
        QTRY_VERIFY(window->windowState() & Qt::WindowFullScreen);
        window->close();
    }
    auto window = openWindow();
    QVERIFY(!window->presentationMode());
    QVERIFY(!(window->windowState() & Qt::WindowFullScreen));
    QCOMPARE(window->size(), size);
    QVERIFY(window->findChild<QToolBar*>(QStringLiteral("mainToolBar"))->isVisible());
}

void TestPersistence::savesWithoutWaitingForClose()
{
    // A session that ends without closing the window (logout, kill) still finds the last state.
    auto window = openWindow();
    QTest::keyClick(window.get(), Qt::Key_2, Qt::AltModifier);
    window->resize(880, 600);
    QTRY_VERIFY_WITH_TIMEOUT(AppSettings(m_path).value(keys::lastPanel) == QLatin1String("trainer"), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!AppSettings(m_path).value(keys::windowGeometry).isEmpty(), 5000);
    MainWindow second(std::make_unique<AppSettings>(m_path));
    QCOMPARE(second.size(), QSize(880, 600));
    QCOMPARE(second.currentPanelId(), QStringLiteral("trainer"));
}

void TestPersistence::panelsKeepTheirOwnSettings()
{
    {
        auto window = openWindow();
        auto* panel = new FakePanel;
        window->addPanel(QStringLiteral("fake"), panel);
        QCOMPARE(panel->density, 800);
        QCOMPARE(window->findChild<QTabWidget*>(QStringLiteral("panels"))->tabText(2), QStringLiteral("Fake"));
        window->showPanel(QStringLiteral("fake"));
        panel->setDensity(4000);
        // settingsChanged() alone gets it saved, without closing the window.
        QTRY_COMPARE_WITH_TIMEOUT(AppSettings(m_path).value(kFakeDensity), 4000, 5000);
        panel->setDensity(5000);
        window->close();
    }
    auto window = openWindow();
    auto* panel = new FakePanel;
    window->addPanel(QStringLiteral("fake"), panel);
    QCOMPARE(panel->density, 5000);
}

void TestPersistence::corruptSettingsFallBackWithAMessage_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<bool>("expectMessage");
    QTest::addRow("garbage geometry") << QByteArray("[window]\ngeometry=@ByteArray(not a geometry)\n") << true;
    QTest::addRow("garbage state") << QByteArray("[window]\nstate=@ByteArray(\x01\x02\x03)\n") << true;
    QTest::addRow("unknown panel") << QByteArray("[window]\npanel=oscilloscope\n") << true;
    QTest::addRow("unknown language") << QByteArray("[ui]\nlanguage=tlh\n") << true;
    QTest::addRow("malformed file") << QByteArray("[window\npanel=trainer\n") << true;
    QTest::addRow("broken variant") << QByteArray("[window]\ngeometry=@Variant(\\0\\0\\0\\x7f\\xff)\n") << false;
    QByteArray noise(4096, '\0');
    QRandomGenerator generator(20260101);
    for (char& byte : noise)
        byte = char(generator.bounded(256));
    QTest::addRow("random bytes") << noise << true; // set aside as .corrupt-<date>, with a message
    QTest::addRow("unclosed group") << QByteArray("[curves\nxFrom=1\n") << true;
    QTest::addRow("prose") << QByteArray("these are my notes about the lecture\n") << true;
}

void TestPersistence::corruptSettingsFallBackWithAMessage()
{
    QFETCH(QByteArray, contents);
    QFETCH(bool, expectMessage);
    {
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(contents);
    }
    {
        auto window = openWindow();
        QCOMPARE(window->currentPanelId(), QStringLiteral("curves"));
        QVERIFY(window->findChild<QToolBar*>(QStringLiteral("mainToolBar"))->isVisible());
        QCOMPARE(window->languageManager().language(), LanguageManager::resolve(QStringLiteral("system")));
        if (expectMessage) {
            QVERIFY2(!window->statusBar()->currentMessage().isEmpty(), "no status-bar message about the settings");
            // A lasting note too, since the next status message replaces the first.
            auto* note = window->findChild<QLabel*>(QStringLiteral("settingsWarning"));
            QVERIFY(note && note->isVisible());
            QCOMPARE(note->toolTip(), window->settings().problems().join(QLatin1Char('\n')));
        }
        window->close();
    }
    // What the window saved on closing reads back cleanly.
    auto window = openWindow();
    QVERIFY2(window->statusBar()->currentMessage().isEmpty(), qPrintable(window->statusBar()->currentMessage()));
    QVERIFY(!window->findChild<QLabel*>(QStringLiteral("settingsWarning")));
}

QTEST_MAIN(TestPersistence)
#include "tst_persistence.moc"
