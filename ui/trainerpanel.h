// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "appsettings.h"
#include "trainersettings.h"
#include "trainingupdate.h"

#include <gelulab/losshistory.h>

#include <QTimer>
#include <QWidget>

#include <array>
#include <atomic>

class LossChart;
class OutputView;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSlider;
class QSpinBox;
class QThread;
class TrainingWorker;

// The trainer: pick a dataset and a network, press Play and watch the loss fall, for one network or
// for two activations side by side (GELU vs ReLU by default). Training runs on a worker thread; this
// widget shows the state and forwards intent. Self-contained: put it in a tab or a window as is.
class TrainerPanel : public QWidget, public SettingsClient {
    Q_OBJECT
public:
    explicit TrainerPanel(QWidget* parent = nullptr);
    ~TrainerPanel() override;

    // Dataset, network, optimizer, rates and seed, kept between sessions (group "trainer").
    void restoreSettings(AppSettings& settings) override;
    void saveSettings(AppSettings& settings) const override;

    const TrainerSettings& settings() const { return m_settings; }
    // Shows `settings` in the controls and starts a fresh run from them (paused).
    void setSettings(const TrainerSettings& settings);

    bool isPlaying() const { return m_playing; }
    int networkCount() const { return static_cast<int>(m_settings.activations().size()); }
    // Steps done by network `index`, as last reported by the worker.
    std::int64_t stepCount(int index = 0) const { return m_steps[static_cast<std::size_t>(index)]; }
    const gelulab::LossHistory& trainHistory(int index = 0) const
    {
        return m_trainHistory[static_cast<std::size_t>(index)];
    }
    const gelulab::LossHistory& testHistory(int index = 0) const
    {
        return m_testHistory[static_cast<std::size_t>(index)];
    }
    // The learning rate the worker used for its latest step.
    double appliedLearningRate() const { return m_appliedLearningRate; }
    QString statusText() const;
    QString divergence(int index = 0) const { return m_divergence[static_cast<std::size_t>(index)]; }
    double trainAccuracy(int index = 0) const { return m_trainAccuracy[static_cast<std::size_t>(index)]; }

    LossChart* lossChart() const { return m_lossChart; }
    OutputView* outputView(int index) const { return m_outputViews[static_cast<std::size_t>(index)]; }
    QThread* workerThread() const { return m_thread; }

    // The names the panel shows, in the current language.
    static QString activationName(gelulab::ActivationKind kind);
    static QString datasetName(gelulab::DatasetKind kind);

    // Learning-rate slider position ↔ rate: ten positions per decade.
    static double learningRateAt(int sliderValue);
    static int sliderValueFor(double learningRate);

public slots:
    void play();
    void pause();
    void step();
    // `count` steps as one burst while paused (headless export trains this way).
    void runSteps(int count);
    void reset();

signals:
    // After every batch of results the GUI took in (for tests and status bars).
    void progressShown();
    void settingsChanged();

private:
    void buildControls();
    void showSettings();
    void readSettingsAndReset();
    void applyLiveSettings();
    void onResultsReady();
    void onRunStarted(const TrainingData& data);
    void onProgress(const TrainingUpdate& update);
    void updateButtons();
    void updateStatus();
    void setCurves();

    TrainerSettings m_settings;
    quint64 m_runId = 0;
    bool m_playing = false;
    bool m_updatingControls = false;

    QThread* m_thread = nullptr;
    TrainingWorker* m_worker = nullptr;
    std::atomic<bool> m_workerThreadDone = false; // set on the worker thread as its event loop ends

    static constexpr std::size_t kMaxNetworks = 2;
    std::array<gelulab::LossHistory, kMaxNetworks> m_trainHistory;
    std::array<gelulab::LossHistory, kMaxNetworks> m_testHistory;
    std::array<std::int64_t, kMaxNetworks> m_steps {};
    std::array<double, kMaxNetworks> m_trainAccuracy {};
    std::array<double, kMaxNetworks> m_testAccuracy {};
    std::array<QString, kMaxNetworks> m_divergence;
    double m_stepsPerSecond = 0.0;
    double m_appliedLearningRate = 0.0;
    QTimer m_chartTimer; // coalesces bursts of results into one chart refresh

    QComboBox* m_datasetBox = nullptr;
    QDoubleSpinBox* m_noiseSpin = nullptr;
    QSpinBox* m_testShareSpin = nullptr;
    QSpinBox* m_seedSpin = nullptr;
    QLineEdit* m_hiddenEdit = nullptr;
    QComboBox* m_activationBox = nullptr;
    QCheckBox* m_compareCheck = nullptr;
    QComboBox* m_compareBox = nullptr;
    QSlider* m_learningRateSlider = nullptr;
    QLabel* m_learningRateLabel = nullptr;
    QSpinBox* m_batchSpin = nullptr;
    QComboBox* m_optimizerBox = nullptr;
    QSlider* m_speedSlider = nullptr;
    QLabel* m_speedLabel = nullptr;
    QPushButton* m_playButton = nullptr;
    QPushButton* m_stepButton = nullptr;
    QPushButton* m_resetButton = nullptr;
    QCheckBox* m_logScaleCheck = nullptr;
    QLabel* m_statusLabel = nullptr;
    LossChart* m_lossChart = nullptr;
    std::array<OutputView*, kMaxNetworks> m_outputViews {};
};
