// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include "aboutdialog.h"
#include "appsettings.h"
#include "curvechart.h"
#include "helpbrowser.h"
#include "exportdialog.h"
#include "mainwindow.h"

#include "tolerance.h"

#include <gelulab/activations.h>

#include <QAbstractButton>
#include <QChartView>
#include <QLineSeries>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QImage>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QClipboard>
#include <QApplication>
#include <QScreen>
#include <QTest>
#include <QTimer>
#include <QToolBar>

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void drawsCoreValues_data();
    void drawsCoreValues();
    void rendersSomething();
    void firstStartFitsTheScreen();
    void actionsHaveTheirShortcuts_data();
    void actionsHaveTheirShortcuts();
    void menusHoldTheActions();
    void everyControlHasATooltip();
    void panelsSwitchByShortcut();
    void exportOpensDialogOnChartOnScreen();
    void exportAndCopyReachAConnectedFeature();
    void presentationModeEnlargesAndCollapses();
    void helpPageOpensWithF1();
    void aboutDialogNamesVersionLicenceAndLibraries();

private:
    std::unique_ptr<MainWindow> makeWindow();
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestMainWindow::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<MainWindow> TestMainWindow::makeWindow()
{
    auto settings = std::make_unique<AppSettings>(m_dir->filePath(QStringLiteral("gelulab.ini")));
    settings->setValue(keys::language, QStringLiteral("en"));
    return std::make_unique<MainWindow>(std::move(settings));
}

void TestMainWindow::firstStartFitsTheScreen()
{
    // With no saved geometry the window takes 1100×720, or less on a smaller screen (a 1024×768
    // projector): never wider or taller than the screen offers, unless its minimum demands it.
    auto window = makeWindow();
    const QSize available = window->screen()->availableGeometry().size();
    const QSize minimum = window->minimumSizeHint();
    QVERIFY2(window->width() <= std::max(available.width(), minimum.width()),
        qPrintable(QStringLiteral("width %1 on a screen of %2").arg(window->width()).arg(available.width())));
    QVERIFY2(window->height() <= std::max(available.height(), minimum.height()),
        qPrintable(QStringLiteral("height %1 on a screen of %2").arg(window->height()).arg(available.height())));
    QCOMPARE(window->size(), QSize(1100, 720).boundedTo(available).expandedTo(minimum));
}

void TestMainWindow::drawsCoreValues_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("mode");
    QTest::addRow("exact") << 0 << int(gelulab::GeluMode::Exact);
    QTest::addRow("tanh") << 1 << int(gelulab::GeluMode::Tanh);
    QTest::addRow("sigmoid") << 2 << int(gelulab::GeluMode::Sigmoid);
}

void TestMainWindow::drawsCoreValues()
{
    QFETCH(int, index);
    QFETCH(int, mode);
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto* combo = window->findChild<QComboBox*>(QStringLiteral("variantCombo"));
    QVERIFY(combo);
    combo->setCurrentIndex(index);
    QTRY_COMPARE(int(window->curveChart()->mode()), mode); // redraws are coalesced on a timer
    // The variant shortcuts work from anywhere in the window, before any click into the panel.
    window->findChild<QWidget*>(QStringLiteral("panels"))->setFocus();
    QTest::keyClick(window.get(), Qt::Key(Qt::Key_1 + (index + 1) % 3), Qt::ControlModifier);
    QTRY_COMPARE(int(window->curveChart()->mode()), (index + 1) % 3);
    combo->setCurrentIndex(index);
    QTRY_COMPARE(int(window->curveChart()->mode()), mode);
    const auto values = window->curveChart()->valuePoints();
    const auto derivatives = window->curveChart()->derivativePoints();
    QVERIFY(values.size() > 100);
    QCOMPARE(values.size(), derivatives.size());
    const auto m = static_cast<gelulab::GeluMode>(mode);
    for (qsizetype i = 0; i < values.size(); i += 37) {
        const double x = values[i].x();
        GELULAB_VERIFY_EXACT(values[i].y(), gelulab::gelu(x, m));
        GELULAB_VERIFY_EXACT(derivatives[i].y(), gelulab::geluDerivative(x, m));
    }
}

void TestMainWindow::rendersSomething()
{
    auto window = makeWindow();
    window->resize(800, 600);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    const QImage image = window->grab().toImage();
    QCOMPARE(image.size(), QSize(800, 600) * window->devicePixelRatio());
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 10, "the window rendered almost a single colour");
}

void TestMainWindow::actionsHaveTheirShortcuts_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QKeySequence>("shortcut");
    QTest::addRow("export") << "exportAction" << QKeySequence(QStringLiteral("Ctrl+E"));
    QTest::addRow("copy chart") << "copyChartAction" << QKeySequence(QStringLiteral("Ctrl+Shift+C"));
    QTest::addRow("quit") << "quitAction" << QKeySequence(QStringLiteral("Ctrl+Q"));
    QTest::addRow("presentation") << "presentationAction" << QKeySequence(QStringLiteral("F11"));
    QTest::addRow("help") << "helpAction" << QKeySequence(QStringLiteral("F1"));
    QTest::addRow("curves") << "curvesPanelAction" << QKeySequence(QStringLiteral("Alt+1"));
    QTest::addRow("trainer") << "trainerPanelAction" << QKeySequence(QStringLiteral("Alt+2"));
}

void TestMainWindow::actionsHaveTheirShortcuts()
{
    QFETCH(QString, action);
    QFETCH(QKeySequence, shortcut);
    auto window = makeWindow();
    auto* found = window->findChild<QAction*>(action);
    QVERIFY2(found, qPrintable(action));
    QCOMPARE(found->shortcut(), shortcut);
    // Shortcuts must work with the menu and tool bar hidden (presentation mode): the window holds them.
    QVERIFY(window->actions().contains(found));
    QVERIFY2(found->toolTip().contains(shortcut.toString(QKeySequence::NativeText)), qPrintable(found->toolTip()));
}

void TestMainWindow::menusHoldTheActions()
{
    auto window = makeWindow();
    QStringList titles;
    for (QAction* menuAction : window->menuBar()->actions())
        titles << menuAction->text();
    QCOMPARE(titles, (QStringList { "&File", "&View", "&Help" }));

    const auto names = [](const QMenu* menu) {
        QStringList result;
        for (const QAction* a : menu->actions())
            if (!a->isSeparator())
                result << a->objectName();
        return result;
    };
    QCOMPARE(names(window->findChild<QMenu*>(QStringLiteral("fileMenu"))),
             (QStringList { "exportAction", "copyChartAction", "quitAction" }));
    const QStringList view = names(window->findChild<QMenu*>(QStringLiteral("viewMenu")));
    for (const char* name : { "curvesPanelAction", "trainerPanelAction", "presentationAction", "controlsAction" })
        QVERIFY2(view.contains(QLatin1String(name)), name);
    QCOMPARE(names(window->findChild<QMenu*>(QStringLiteral("languageMenu"))),
             (QStringList { "language_system", "language_en", "language_zh_CN" }));
    QCOMPARE(names(window->findChild<QMenu*>(QStringLiteral("helpMenu"))),
             (QStringList { "helpAction", "aboutAction", "aboutQtAction" }));
}

void TestMainWindow::everyControlHasATooltip()
{
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QStringList missing;
    // Every action a user can reach, by menu or tool bar. Qt makes up a tooltip from the text when
    // none is set, so a tooltip equal to the text counts as missing.
    QList<QAction*> actions = window->findChild<QToolBar*>(QStringLiteral("mainToolBar"))->actions();
    std::function<void(QMenu*)> collect = [&](QMenu* menu) {
        for (QAction* action : menu->actions()) {
            if (action->menu())
                collect(action->menu());
            else if (!action->isSeparator())
                actions << action;
        }
    };
    for (QAction* menuAction : window->menuBar()->actions())
        collect(menuAction->menu());
    for (QAction* action : actions) {
        if (action->isSeparator())
            continue;
        if (action->toolTip().isEmpty() || action->toolTip() == action->iconText())
            missing << QStringLiteral("action ") + action->objectName();
    }
    for (QWidget* widget : window->findChildren<QWidget*>()) {
        const bool control = qobject_cast<QAbstractButton*>(widget) || qobject_cast<QComboBox*>(widget)
            || qobject_cast<QAbstractSlider*>(widget) || qobject_cast<QAbstractSpinBox*>(widget)
            || qobject_cast<QLineEdit*>(widget);
        if (!control || widget->objectName().startsWith(QLatin1String("qt_")))
            continue;
        // Parts of Qt's own widgets rather than controls of ours: scroll bars, a tab bar's scroll arrows,
        // the line edit inside a combo box, the buttons of a dock's title bar.
        if (qobject_cast<QScrollBar*>(widget) || qobject_cast<QTabBar*>(widget->parentWidget())
            || qobject_cast<QComboBox*>(widget->parentWidget()) || qobject_cast<QDockWidget*>(widget->parentWidget()))
            continue;
        if (widget->toolTip().isEmpty())
            missing << QStringLiteral("%1 %2").arg(QLatin1String(widget->metaObject()->className()),
                                                    widget->objectName());
    }
    auto* tabs = window->findChild<QTabWidget*>(QStringLiteral("panels"));
    for (int i = 0; i < tabs->count(); ++i)
        if (tabs->tabToolTip(i).isEmpty())
            missing << QStringLiteral("tab ") + tabs->tabText(i);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
}

void TestMainWindow::panelsSwitchByShortcut()
{
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QCOMPARE(window->currentPanelId(), QStringLiteral("curves"));
    QTest::keyClick(window.get(), Qt::Key_2, Qt::AltModifier);
    QCOMPARE(window->currentPanelId(), QStringLiteral("trainer"));
    QVERIFY(window->findChild<QAction*>(QStringLiteral("trainerPanelAction"))->isChecked());
    QTest::keyClick(window.get(), Qt::Key_1, Qt::AltModifier);
    QCOMPARE(window->currentPanelId(), QStringLiteral("curves"));
}

void TestMainWindow::exportOpensDialogOnChartOnScreen()
{
    // File → Export… opens the export dialog on the chart on screen; it writes what it previews.
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QTemporaryDir dir;
    QString panelChosen;
    QString error = QStringLiteral("dialog never opened");
    QTimer::singleShot(0, window.get(), [&] {
        auto* dialog = qobject_cast<ExportDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        panelChosen = dialog->findChildren<QComboBox*>().first()->currentText();
        error = dialog->exportTo(dir.filePath(QStringLiteral("from-menu.png")));
        dialog->reject();
    });
    QTest::keyClick(window.get(), Qt::Key_E, Qt::ControlModifier);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(panelChosen, QStringLiteral("Curves"));
    QCOMPARE(QImage(dir.filePath(QStringLiteral("from-menu.png"))).size(), QSize(1920, 1080));

    // Copy Chart puts the same figure on the clipboard, at the export settings' size.
    window->copyChartAction()->trigger();
    QVERIFY2(window->statusBar()->currentMessage().contains(QStringLiteral("clipboard")),
             qPrintable(window->statusBar()->currentMessage()));
    const QImage copied = QApplication::clipboard()->image();
    if (!copied.isNull())
        QCOMPARE(copied.size(), QSize(1920, 1080));
}

void TestMainWindow::exportAndCopyReachAConnectedFeature()
{
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QSignalSpy exports(window.get(), &MainWindow::exportRequested);
    QSignalSpy copies(window.get(), &MainWindow::copyChartRequested);
    QTest::keyClick(window.get(), Qt::Key_2, Qt::AltModifier);
    QTest::keyClick(window.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QTimer::singleShot(0, window.get(), [] {
        if (QWidget* dialog = QApplication::activeModalWidget())
            dialog->close();
    });
    QTest::keyClick(window.get(), Qt::Key_E, Qt::ControlModifier);
    QCOMPARE(exports.size(), 1);
    QCOMPARE(copies.size(), 1);
    QCOMPARE(exports.first().first().value<QWidget*>(), window->panel(QStringLiteral("trainer")));
}

void TestMainWindow::presentationModeEnlargesAndCollapses()
{
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto* toolBar = window->findChild<QToolBar*>(QStringLiteral("mainToolBar"));
    auto* controls = window->panel(QStringLiteral("curves"))->findChild<QWidget*>(QStringLiteral("controls"));
    QVERIFY(controls && toolBar);
    QVERIFY(controls->isVisible());
    const qreal normalPointSize = window->panel(QStringLiteral("curves"))->font().pointSizeF();
    auto* view = window->panel(QStringLiteral("curves"))->findChild<QChartView*>();
    QVERIFY(view);
    auto* series = qobject_cast<QXYSeries*>(view->chart()->series().value(0));
    QVERIFY(series);
    const qreal normalLineWidth = series->pen().widthF();
    const qreal normalLabelSize = view->chart()->axes().value(0)->labelsFont().pointSizeF();

    QTest::keyClick(window.get(), Qt::Key_F11);
    QVERIFY(window->presentationMode());
    QTRY_VERIFY(window->windowState() & Qt::WindowFullScreen);
    QVERIFY(!toolBar->isVisible());
    QVERIFY(!controls->isVisible());
    QVERIFY2(window->panel(QStringLiteral("curves"))->font().pointSizeF() > 1.4 * normalPointSize,
             "presentation mode should enlarge the type");
    // Charts do not inherit widget fonts: their type and lines are scaled one by one.
    QVERIFY(series->pen().widthF() > 1.4 * normalLineWidth);
    // Once, not twice: the explorer's charts also follow the enlarged widget font by themselves.
    const qreal presentationLabelSize = view->chart()->axes().value(0)->labelsFont().pointSizeF();
    QVERIFY2(presentationLabelSize > 1.4 * normalLabelSize && presentationLabelSize < 1.8 * normalLabelSize,
        qPrintable(QStringLiteral("axis labels %1 pt, normally %2 pt").arg(presentationLabelSize).arg(normalLabelSize)));
    // The controls can be brought back without leaving presentation mode.
    QTest::keyClick(window.get(), Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(controls->isVisible());

    QTest::keyClick(window.get(), Qt::Key_Escape);
    QVERIFY(!window->presentationMode());
    QTRY_VERIFY(!(window->windowState() & Qt::WindowFullScreen));
    QVERIFY(toolBar->isVisible());
    QVERIFY(controls->isVisible());
    QCOMPARE(window->panel(QStringLiteral("curves"))->font().pointSizeF(), normalPointSize);
    QCOMPARE(series->pen().widthF(), normalLineWidth);
    QCOMPARE(view->chart()->axes().value(0)->labelsFont().pointSizeF(), normalLabelSize);
}

void TestMainWindow::helpPageOpensWithF1()
{
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto* dock = window->findChild<QDockWidget*>(QStringLiteral("helpDock"));
    QVERIFY(dock);
    QVERIFY(!dock->isVisible());
    QTest::keyClick(window.get(), Qt::Key_F1);
    QVERIFY(dock->isVisible());
    auto* help = dock->findChild<HelpBrowser*>();
    QVERIFY(help);
    const QString text = help->toPlainText();
    // The facts the page must cover: definition, approximations, derivative, smoothness, panels, source.
    for (const char* needle : { "x · Φ(x)", "0.044715", "1.702", "Φ(x) + x · φ(x)", "ReLU′(0) = 0",
                                "Curve explorer", "Trainer", "Hendrycks", "1606.08415" })
        QVERIFY2(text.contains(QString::fromUtf8(needle)), needle);
    QTest::keyClick(window.get(), Qt::Key_F1);
    QVERIFY(!dock->isVisible());
}

void TestMainWindow::aboutDialogNamesVersionLicenceAndLibraries()
{
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QString text;
    QTimer::singleShot(0, window.get(), [&text] {
        auto* dialog = qobject_cast<AboutDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        text = dialog->text();
        dialog->reject();
    });
    window->findChild<QAction*>(QStringLiteral("aboutAction"))->trigger();
    QVERIFY2(!text.isEmpty(), "the About dialog did not open");
    for (const char* needle : { GELULAB_VERSION, "MIT", "Qt " QT_VERSION_STR, "Eigen 3." })
        QVERIFY2(text.contains(QLatin1String(needle)), needle);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
