// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>

class CurveChart;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);

    CurveChart* curveChart() const { return m_curveChart; }

private:
    CurveChart* m_curveChart = nullptr;
};
