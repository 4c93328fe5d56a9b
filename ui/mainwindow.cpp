// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "curvechart.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QKeySequence>
#include <QMenuBar>
#include <QToolBar>

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_curveChart(new CurveChart(this))
{
    setWindowTitle(tr("GELU Lab"));
    setCentralWidget(m_curveChart);

    auto* modeBox = new QComboBox(this);
    modeBox->addItem(tr("Exact x·Φ(x)"), int(gelulab::GeluMode::Exact));
    modeBox->addItem(tr("tanh approximation"), int(gelulab::GeluMode::Tanh));
    modeBox->addItem(tr("sigmoid approximation"), int(gelulab::GeluMode::Sigmoid));
    modeBox->setToolTip(tr("Which GELU variant to draw"));
    connect(modeBox, &QComboBox::currentIndexChanged, this, [this, modeBox](int index) {
        m_curveChart->setMode(static_cast<gelulab::GeluMode>(modeBox->itemData(index).toInt()));
    });
    auto* toolBar = addToolBar(tr("Curves"));
    toolBar->setObjectName(QStringLiteral("curvesToolBar"));
    toolBar->addWidget(modeBox);

    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    resize(1100, 720);
}
