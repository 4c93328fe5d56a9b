// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "aboutdialog.h"
#include "appsettings.h"
#include "curvechart.h"
#include "curveexplorer.h"
#include "exportcontroller.h"
#include "trainerfigure.h"
#include "trainerpanel.h"

#include <functional>
#include "helpbrowser.h"
#include "languagemanager.h"

#include <QAction>
#include <QSignalBlocker>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScreen>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace {

// Presentation mode multiplies every font in the window (and the charts' line widths) by this.
constexpr double kPresentationScale = 1.6;

// "Export the chart (Ctrl+E)": tooltips name the shortcut so it can be learned by hovering.
QString withShortcut(const QString& tip, const QAction* action)
{
    if (action->shortcut().isEmpty())
        return tip;
    return QStringLiteral("%1 (%2)").arg(tip, action->shortcut().toString(QKeySequence::NativeText));
}

void describe(QAction* action, const QString& text, const QString& tip)
{
    action->setText(text);
    // Tool buttons show the text without its mnemonic; Qt drops a bare "&" but would leave the "(E)"
    // of the Chinese style "导出(&E)".
    static const QRegularExpression mnemonic(QStringLiteral("\\(&[^)]\\)|&(?=[^&])"));
    action->setIconText(QString(text).remove(mnemonic));
    action->setToolTip(withShortcut(tip, action));
    action->setStatusTip(tip);
}

// Calls `method(bool)` on a panel that has it; panels without it are simply skipped.
bool invokeIfPresent(QObject* panel, const char* method, bool value)
{
    const QMetaObject* meta = panel->metaObject();
    const QByteArray signature = QByteArray(method) + "(bool)";
    if (meta->indexOfMethod(signature.constData()) < 0)
        return false;
    return QMetaObject::invokeMethod(panel, method, Q_ARG(bool, value));
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : MainWindow(nullptr, parent)
{
}

MainWindow::MainWindow(std::unique_ptr<AppSettings> settings, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(settings ? std::move(settings) : std::make_unique<AppSettings>())
    , m_languages(new LanguageManager(this))
    , m_panels(new QTabWidget(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/gelulab.svg")));
    m_panels->setObjectName(QStringLiteral("panels"));
    m_panels->setDocumentMode(true);
    setCentralWidget(m_panels);

    // The panels, in tab order.
    m_export = new ExportController(this, *m_settings);
    addPanel(QLatin1String(curvesPanelId), new CurveExplorer(m_panels));
    addPanel(QLatin1String(trainerPanelId), new TrainerPanel(m_panels));
    registerFigures();
    connect(this, &MainWindow::exportRequested, m_export, &ExportController::exportPanel);
    connect(this, &MainWindow::copyChartRequested, m_export, &ExportController::copyPanel);

    m_help = new HelpBrowser(this);
    m_helpDock = new QDockWidget(this);
    m_helpDock->setObjectName(QStringLiteral("helpDock"));
    m_helpDock->setWidget(m_help);
    m_helpDock->setMinimumWidth(320);
    addDockWidget(Qt::RightDockWidgetArea, m_helpDock);
    m_helpDock->hide();

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    createActions();
    createMenus();
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    connect(m_panels, &QTabWidget::currentChanged, this, [this] {
        const QString id = currentPanelId();
        m_curvesAction->setChecked(id == QLatin1String(curvesPanelId));
        m_trainerAction->setChecked(id == QLatin1String(trainerPanelId));
        m_settings->setValue(keys::lastPanel, id);
        scheduleSave();
    });

    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(1500);
    connect(&m_saveTimer, &QTimer::timeout, this, &MainWindow::saveSettings);
    connect(m_helpDock, &QDockWidget::visibilityChanged, this, &MainWindow::scheduleSave);
    connect(m_toolBarAction, &QAction::toggled, this, &MainWindow::scheduleSave);
    connect(qApp, &QGuiApplication::commitDataRequest, this, &MainWindow::saveSettings);

    // 1100×720 where it fits; on a smaller screen (a 1024×768 projector) no more than it offers.
    resize(QSize(1100, 720).boundedTo(screen()->availableGeometry().size()));
    restoreSettings();
    retranslateUi();
    const QStringList problems = m_settings->problems();
    if (!problems.isEmpty()) {
        for (const QString& problem : problems)
            qWarning("gelulab: %s", qPrintable(problem));
        statusBar()->showMessage(problems.join(QLatin1Char(' ')), 30000);
        // The message gives way to the next one; this note stays, with the details in its tooltip.
        m_settingsWarning = new QLabel(this);
        m_settingsWarning->setObjectName(QStringLiteral("settingsWarning"));
        statusBar()->addPermanentWidget(m_settingsWarning);
        retranslateUi();
    }
}

MainWindow::~MainWindow()
{
    // Child widgets are deleted after our members are gone, and a dock or tab widget being torn down
    // still emits signals: cut every connection back into this half-destroyed window first.
    m_saveTimer.stop();
    for (QObject* child : findChildren<QObject*>())
        disconnect(child, nullptr, this, nullptr);
    disconnect(qApp, nullptr, this, nullptr);
}

void MainWindow::addPanel(const QString& id, QWidget* panel)
{
    panel->setProperty("panelId", id);
    m_panels->addTab(panel, panel->windowTitle());
    const QMetaObject* meta = panel->metaObject();
    if (meta->indexOfSignal("settingsChanged()") >= 0)
        connect(panel, SIGNAL(settingsChanged()), this, SLOT(scheduleSave()));
    if (m_settingsRestored) {
        if (auto* client = dynamic_cast<SettingsClient*>(panel))
            client->restoreSettings(*m_settings);
        retranslateUi();
    }
}

void MainWindow::registerFigures()
{
    m_explorer = qobject_cast<CurveExplorer*>(panel(QLatin1String(curvesPanelId)));
    m_trainer = qobject_cast<TrainerPanel*>(panel(QLatin1String(trainerPanelId)));
    m_export->clear();
    m_export->addCurveExplorer(m_explorer);
    m_trainerFigure = std::make_unique<TrainerFigure>(m_trainer);
    m_export->addFigure(m_trainer, m_trainerFigure.get());
}

void MainWindow::rebuildPanels()
{
    // The panels set most of their texts once, when built; a new language builds them anew, with
    // their settings carried over (a running training starts again from step 0).
    const QString current = currentPanelId();
    const std::pair<const char*, std::function<QWidget*()>> kinds[] = {
        { curvesPanelId, [this] { return new CurveExplorer(m_panels); } },
        { trainerPanelId, [this] { return new TrainerPanel(m_panels); } },
    };
    QSignalBlocker blocker(m_panels); // no "last panel" churn while tabs are swapped
    for (const auto& [id, make] : kinds) {
        QWidget* old = panel(QLatin1String(id));
        if (!old)
            continue;
        const int index = m_panels->indexOf(old);
        if (auto* client = dynamic_cast<SettingsClient*>(old); client && m_settingsRestored)
            client->saveSettings(*m_settings);
        QWidget* fresh = make();
        fresh->setProperty("panelId", QLatin1String(id));
        m_panels->removeTab(index);
        m_panels->insertTab(index, fresh, fresh->windowTitle());
        if (fresh->metaObject()->indexOfSignal("settingsChanged()") >= 0)
            connect(fresh, SIGNAL(settingsChanged()), this, SLOT(scheduleSave()));
        if (auto* client = dynamic_cast<SettingsClient*>(fresh); client && m_settingsRestored)
            client->restoreSettings(*m_settings);
        old->hide();
        old->deleteLater();
    }
    registerFigures();
    showPanel(current);
    if (m_presentation)
        setControlsVisible(false);
}

CurveChart* MainWindow::curveChart() const { return m_explorer->curveChart(); }

QWidget* MainWindow::panel(const QString& id) const
{
    for (int i = 0; i < m_panels->count(); ++i) {
        if (m_panels->widget(i)->property("panelId").toString() == id)
            return m_panels->widget(i);
    }
    return nullptr;
}

QString MainWindow::currentPanelId() const
{
    const QWidget* current = m_panels->currentWidget();
    return current ? current->property("panelId").toString() : QString();
}

void MainWindow::showPanel(const QString& id)
{
    if (QWidget* target = panel(id))
        m_panels->setCurrentWidget(target);
}

void MainWindow::createActions()
{
    m_exportAction = new QAction(this);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::requestExport);

    m_copyChartAction = new QAction(this);
    m_copyChartAction->setObjectName(QStringLiteral("copyChartAction"));
    m_copyChartAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_copyChartAction, &QAction::triggered, this, &MainWindow::requestCopyChart);

    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    // Spelled out: QKeySequence::Quit depends on the platform theme and is empty on some.
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    // close() rather than quit(), so that closeEvent saves the settings.
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_panelGroup = new QActionGroup(this);
    m_curvesAction = new QAction(m_panelGroup);
    m_curvesAction->setObjectName(QStringLiteral("curvesPanelAction"));
    m_curvesAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1)); // Ctrl+1..3 pick the GELU variant
    m_trainerAction = new QAction(m_panelGroup);
    m_trainerAction->setObjectName(QStringLiteral("trainerPanelAction"));
    m_trainerAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));
    for (QAction* action : { m_curvesAction, m_trainerAction })
        action->setCheckable(true);
    m_curvesAction->setChecked(true);
    connect(m_curvesAction, &QAction::triggered, this, [this] { showPanel(QLatin1String(curvesPanelId)); });
    connect(m_trainerAction, &QAction::triggered, this, [this] { showPanel(QLatin1String(trainerPanelId)); });

    m_toolBarAction = m_toolBar->toggleViewAction();
    m_toolBarAction->setObjectName(QStringLiteral("toolBarAction"));

    m_controlsAction = new QAction(this);
    m_controlsAction->setObjectName(QStringLiteral("controlsAction"));
    m_controlsAction->setCheckable(true);
    m_controlsAction->setChecked(true);
    m_controlsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    connect(m_controlsAction, &QAction::toggled, this, &MainWindow::setControlsVisible);

    m_presentationAction = new QAction(this);
    m_presentationAction->setObjectName(QStringLiteral("presentationAction"));
    m_presentationAction->setCheckable(true);
    m_presentationAction->setShortcut(QKeySequence(Qt::Key_F11));
    connect(m_presentationAction, &QAction::toggled, this, &MainWindow::setPresentationMode);

    // Esc leaves presentation mode; it is live only there, so it never steals Esc from a panel otherwise.
    m_leavePresentationAction = new QAction(this);
    m_leavePresentationAction->setObjectName(QStringLiteral("leavePresentationAction"));
    m_leavePresentationAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_leavePresentationAction->setEnabled(false);
    connect(m_leavePresentationAction, &QAction::triggered, this, [this] { setPresentationMode(false); });

    m_languageGroup = new QActionGroup(this);
    m_systemLanguageAction = new QAction(m_languageGroup);
    m_systemLanguageAction->setObjectName(QStringLiteral("language_system"));
    m_systemLanguageAction->setData(QStringLiteral("system"));
    for (const QString& code : LanguageManager::languages()) {
        auto* action = new QAction(LanguageManager::nativeName(code), m_languageGroup);
        action->setObjectName(QStringLiteral("language_") + code);
        action->setData(code);
    }
    for (QAction* action : m_languageGroup->actions()) {
        action->setCheckable(true);
        connect(action, &QAction::triggered, this, [this, action] { setLanguage(action->data().toString()); });
    }

    m_helpAction = new QAction(this);
    m_helpAction->setObjectName(QStringLiteral("helpAction"));
    m_helpAction->setShortcut(QKeySequence(Qt::Key_F1));
    connect(m_helpAction, &QAction::triggered, this, &MainWindow::showHelp);

    m_aboutAction = new QAction(this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setObjectName(QStringLiteral("aboutQtAction"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    // Shortcuts stay live in presentation mode, when the tool bar is hidden.
    addActions({ m_exportAction, m_copyChartAction, m_quitAction, m_curvesAction, m_trainerAction,
                 m_controlsAction, m_presentationAction, m_leavePresentationAction, m_helpAction });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addAction(m_copyChartAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->addAction(m_curvesAction);
    m_viewMenu->addAction(m_trainerAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_toolBarAction);
    m_viewMenu->addAction(m_controlsAction);
    m_viewMenu->addAction(m_presentationAction);
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageMenu->addAction(m_systemLanguageAction);
    m_languageMenu->addSeparator();
    for (QAction* action : m_languageGroup->actions()) {
        if (action != m_systemLanguageAction)
            m_languageMenu->addAction(action);
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_helpAction);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);

    m_toolBar->addAction(m_exportAction);
    m_toolBar->addAction(m_copyChartAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_presentationAction);
    m_toolBar->addAction(m_helpAction);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("GELU Lab"));

    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_languageMenu->setToolTip(tr("The language of the interface; the change is immediate"));
    m_helpMenu->setTitle(tr("&Help"));

    describe(m_exportAction, tr("&Export…"), tr("Save the chart on screen as a PNG, SVG or PDF file"));
    describe(m_copyChartAction, tr("&Copy Chart"), tr("Copy the chart on screen to the clipboard as an image"));
    describe(m_quitAction, tr("&Quit"), tr("Close GELU Lab; the window is restored as it was next time"));
    describe(m_curvesAction, tr("&Curve Explorer"), tr("Show GELU, its approximations and its derivative"));
    describe(m_trainerAction, tr("&Trainer"), tr("Train small GELU and ReLU networks side by side"));
    // The tool bar's toggle action takes its text from the tool bar's title, so the title goes first.
    m_toolBar->setWindowTitle(tr("Main Tool Bar"));
    describe(m_toolBarAction, tr("Tool&bar"), tr("Show or hide the tool bar"));
    describe(m_controlsAction, tr("Show C&ontrols"),
             tr("Show or hide the panel's controls, leaving more room for the chart"));
    describe(m_presentationAction, tr("&Presentation Mode"),
             tr("Full screen with large type and thick lines, for a projector; Esc leaves it"));
    describe(m_leavePresentationAction, tr("Leave Presentation Mode"), tr("Back to the normal window"));
    describe(m_systemLanguageAction, tr("&System Default"), tr("Follow the language of the desktop"));
    for (QAction* action : m_languageGroup->actions()) {
        if (action != m_systemLanguageAction)
            describe(action, action->text(), tr("Show the interface in %1").arg(action->text()));
    }
    describe(m_helpAction, tr("&What is GELU?"), tr("Show or hide the page explaining GELU and the panels"));
    describe(m_aboutAction, tr("&About GELU Lab"), tr("Version, licence and the libraries used"));
    describe(m_aboutQtAction, tr("About &Qt"), tr("The version and licence of the Qt toolkit"));

    m_helpDock->setWindowTitle(tr("What is GELU?"));

    for (int i = 0; i < m_panels->count(); ++i) {
        const QWidget* other = m_panels->widget(i);
        m_panels->setTabText(i, other->windowTitle());
        m_panels->setTabToolTip(i, other->toolTip().isEmpty() ? other->windowTitle() : other->toolTip());
    }
    const int curves = m_panels->indexOf(panel(QLatin1String(curvesPanelId)));
    const int trainer = m_panels->indexOf(panel(QLatin1String(trainerPanelId)));
    m_panels->setTabText(curves, tr("Curve Explorer"));
    m_panels->setTabToolTip(curves, withShortcut(m_curvesAction->statusTip(), m_curvesAction));
    m_panels->setTabText(trainer, tr("Trainer"));
    m_panels->setTabToolTip(trainer, withShortcut(m_trainerAction->statusTip(), m_trainerAction));

    if (m_settingsWarning) {
        m_settingsWarning->setText(tr("Some settings were reset"));
        m_settingsWarning->setToolTip(m_settings->problems().join(QLatin1Char('\n')));
    }
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::setLanguage(const QString& choice)
{
    const QString before = m_languages->language();
    m_languages->setLanguage(choice);
    if (m_languages->language() != before)
        rebuildPanels();
    m_settings->setValue(keys::language, m_languages->choice());
    scheduleSave();
    const QString checked = m_languages->choice();
    for (QAction* action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == checked);
}

void MainWindow::restoreSettings()
{
    // Language first, so that every later message is already in the user's language.
    const QString language = m_settings->value(keys::language);
    if (language != QLatin1String("system") && !LanguageManager::languages().contains(language))
        m_settings->reportProblem(tr("The saved language “%1” is not available; the desktop's language "
                                     "is used.")
                                      .arg(language));
    setLanguage(language);

    const QByteArray geometry = m_settings->value(keys::windowGeometry);
    if (!geometry.isEmpty() && !restoreGeometry(geometry))
        m_settings->reportProblem(tr("The saved window size and position could not be used."));
    const QByteArray state = m_settings->value(keys::windowState);
    if (!state.isEmpty() && !restoreState(state))
        m_settings->reportProblem(tr("The saved arrangement of tool bar and help page could not be used."));

    for (int i = 0; i < m_panels->count(); ++i)
        if (auto* client = dynamic_cast<SettingsClient*>(m_panels->widget(i)))
            client->restoreSettings(*m_settings);
    m_settingsRestored = true;

    const QString panelId = m_settings->value(keys::lastPanel);
    if (panel(panelId))
        showPanel(panelId);
    else
        m_settings->reportProblem(tr("The saved panel “%1” does not exist; the curve explorer is shown.")
                                      .arg(panelId));
}

void MainWindow::scheduleSave()
{
    // Presentation mode is not remembered: the next session starts in the window it left from.
    if (!m_presentation)
        m_saveTimer.start();
}

void MainWindow::moveEvent(QMoveEvent* event)
{
    QMainWindow::moveEvent(event);
    scheduleSave();
}

void MainWindow::resizeEvent(QResizeEvent* event)
{
    QMainWindow::resizeEvent(event);
    scheduleSave();
}

void MainWindow::saveSettings()
{
    m_saveTimer.stop();
    // In presentation mode the window as it was before is what gets saved (tool bar, size and all).
    if (!m_presentation) {
        m_settings->setValue(keys::windowGeometry, saveGeometry());
        m_settings->setValue(keys::windowState, saveState());
    }
    m_settings->setValue(keys::lastPanel, currentPanelId());
    m_settings->setValue(keys::language, m_languages->choice());
    for (int i = 0; i < m_panels->count(); ++i)
        if (const auto* client = dynamic_cast<const SettingsClient*>(m_panels->widget(i)))
            client->saveSettings(*m_settings);
    m_settings->sync();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Leaving presentation mode puts tool bar and status bar back at once, but the window manager
    // shrinks the window later: its size is taken from before presentation mode.
    const bool presenting = m_presentation;
    const QByteArray geometryBefore = m_geometryBeforePresentation;
    if (presenting)
        setPresentationMode(false);
    saveSettings();
    if (presenting) {
        m_settings->setValue(keys::windowGeometry, geometryBefore);
        m_settings->sync();
    }
    event->accept();
}

void MainWindow::setControlsVisible(bool visible)
{
    {
        const QSignalBlocker blocker(m_controlsAction);
        m_controlsAction->setChecked(visible);
    }
    for (int i = 0; i < m_panels->count(); ++i) {
        QWidget* panelWidget = m_panels->widget(i);
        if (invokeIfPresent(panelWidget, "setControlsVisible", visible))
            continue;
        if (auto* controls = panelWidget->findChild<QWidget*>(QStringLiteral("controls")))
            controls->setVisible(visible);
    }
}

void MainWindow::setPresentationMode(bool on)
{
    if (on == m_presentation)
        return;
    m_presentation = on;
    {
        const QSignalBlocker blocker(m_presentationAction);
        m_presentationAction->setChecked(on);
    }
    m_leavePresentationAction->setEnabled(on);
    if (on) {
        m_geometryBeforePresentation = saveGeometry();
        m_wasMaximized = isMaximized();
        m_toolBarWasVisible = !m_toolBar->isHidden();
        m_statusBarWasVisible = !statusBar()->isHidden();
        m_controlsWereVisible = m_controlsAction->isChecked();
        m_toolBar->hide();
        statusBar()->hide();
        setControlsVisible(false);
        m_presentationStyle.apply(this, kPresentationScale);
        for (int i = 0; i < m_panels->count(); ++i)
            invokeIfPresent(m_panels->widget(i), "setPresentationMode", true);
        showFullScreen();
    } else {
        m_presentationStyle.restore();
        for (int i = 0; i < m_panels->count(); ++i)
            invokeIfPresent(m_panels->widget(i), "setPresentationMode", false);
        setControlsVisible(m_controlsWereVisible);
        m_toolBar->setVisible(m_toolBarWasVisible);
        statusBar()->setVisible(m_statusBarWasVisible);
        if (m_wasMaximized)
            showMaximized();
        else
            showNormal();
    }
}

void MainWindow::showHelp()
{
    if (m_helpDock->isVisible()) {
        m_helpDock->hide();
        return;
    }
    m_helpDock->show();
    m_helpDock->raise();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::requestExport() { emit exportRequested(m_panels->currentWidget()); }

void MainWindow::requestCopyChart() { emit copyChartRequested(m_panels->currentWidget()); }
