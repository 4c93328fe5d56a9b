// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "appsettings.h"
#include "curveexplorerstate.h"

#include <QTimer>
#include <QWidget>

#include <array>

class CurveChart;
class ErrorChart;
class FormulaPanel;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSlider;

// The curve explorer panel: the curve chart, the linked error chart, the formula panel and every
// control a lecturer drags in front of a class. The controls write a CurveExplorerState; the
// charts draw it. Continuous controls (sliders, spin boxes) coalesce bursts of changes into one
// redraw per timer tick, so a drag redraws continuously without queueing stale frames.
class CurveExplorer : public QWidget, public SettingsClient {
    Q_OBJECT
public:
    explicit CurveExplorer(QWidget* parent = nullptr);
    ~CurveExplorer() override;

    // The variant, ranges, density and curves shown, kept between sessions (group "curves").
    void restoreSettings(AppSettings& settings) override;
    void saveSettings(AppSettings& settings) const override;

    // Sets every control from the state and redraws at once.
    void setState(const CurveExplorerState& state);
    const CurveExplorerState& state() const { return m_state; }

    CurveChart* curveChart() const { return m_chart; }
    ErrorChart* errorChart() const { return m_errorChart; }
    FormulaPanel* formulaPanel() const { return m_formula; }
    int redrawCount() const { return m_redraws; }

    // Densities the slider offers (points requested), 1-2-5 steps from 20 to 1,000,000.
    static constexpr std::array<std::size_t, 15> densities
        = { 20, 50, 100, 200, 400, 1000, 2000, 5000, 10000, 20000, 50000, 100000, 200000, 500000, 1000000 };
    static constexpr int redrawIntervalMs = 16; // about one frame

signals:
    void redrawn();
    void settingsChanged();

public slots:
    void redrawNow();

private:
    QWidget* createControls();
    void setXRange(double from, double to, gelulab::RangeEnd moved);
    void setYRange(double from, double to, gelulab::RangeEnd moved);
    void syncControls();
    void scheduleRedraw();
    void updateDensityLabel();
    void alignCharts();

    CurveExplorerState m_state;
    CurveChart* m_chart = nullptr;
    ErrorChart* m_errorChart = nullptr;
    FormulaPanel* m_formula = nullptr;
    QComboBox* m_variant = nullptr;
    QCheckBox* m_showGelu = nullptr;
    QCheckBox* m_showDerivative = nullptr;
    QCheckBox* m_showRelu = nullptr;
    QCheckBox* m_showReluDerivative = nullptr;
    QCheckBox* m_showNormalCdf = nullptr;
    QCheckBox* m_compare = nullptr;
    QCheckBox* m_showKeyPoints = nullptr;
    QSlider* m_minSlider = nullptr;
    QSlider* m_maxSlider = nullptr;
    QDoubleSpinBox* m_minSpin = nullptr;
    QDoubleSpinBox* m_maxSpin = nullptr;
    QSlider* m_density = nullptr;
    QLabel* m_densityLabel = nullptr;
    QCheckBox* m_autoY = nullptr;
    QDoubleSpinBox* m_yMinSpin = nullptr;
    QDoubleSpinBox* m_yMaxSpin = nullptr;
    QCheckBox* m_logError = nullptr;
    QTimer m_redrawTimer;
    int m_redraws = 0;
};
