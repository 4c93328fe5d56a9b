// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "trainersettings.h"
#include "trainingupdate.h"

#include <gelulab/trainer.h>

#include <QElapsedTimer>
#include <QObject>

#include <atomic>
#include <mutex>
#include <variant>
#include <vector>

// Trains the networks of one run on its own thread (moved to a QThread by its owner). The GUI
// steers it through thread-safe setters (atomics read before every step, so Pause, Reset and a new
// learning rate take effect within one batch) and queued calls to startRun() and work(). Results
// wait in a mailbox, announced by resultsReady(), at most ~30 times per second, the last one of a
// loop always sent.
class TrainingWorker : public QObject {
    Q_OBJECT
public:
    explicit TrainingWorker(QObject* parent = nullptr);

    // Thread-safe, callable from any thread.
    void setPlaying(bool playing) { m_playing.store(playing); }
    void requestSteps(int steps) { m_pendingSteps.fetch_add(steps); }
    void clearSteps() { m_pendingSteps.store(0); }
    void setLearningRate(double rate) { m_learningRate.store(rate); }
    void setStepsPerSecond(double rate) { m_stepsPerSecond.store(rate); }
    // The run the GUI wants; a loop of any other run returns at its next step.
    void setWantedRun(quint64 runId) { m_wantedRun.store(runId); }
    // For shutdown: every loop returns at once and none starts.
    void requestStop() { m_stopped.store(true); }
    // The settings for the queued startRun(runId) that follows; a later call supersedes them.
    void setRunSettings(quint64 runId, const TrainerSettings& settings);

    // A run's data when it starts, then its progress updates, in the order they were made.
    using Result = std::variant<TrainingData, TrainingUpdate>;
    // Every result since the last call, oldest first. Thread-safe; called by the GUI thread.
    std::vector<Result> takeResults();

    static constexpr int kUpdateIntervalMs = 33; // ≤ ~30 updates per second
    static constexpr int kOutputIntervalMs = 100; // output maps are dearer: ≤ 10 per second

public slots:
    // Builds the data and networks of a run from its setRunSettings() (on the worker thread) and
    // reports step 0.
    void startRun(quint64 runId);
    // Trains while playing or while single steps are pending, then sends a final update and
    // returns, so queued calls (a new run, shutdown) are served.
    void work(quint64 runId);

signals:
    // takeResults() has something. The signal carries no data: results cross threads under
    // m_resultsMutex, whose ordering ThreadSanitizer checks, not inside Qt's uninstrumented queue.
    void resultsReady();

private:
    bool shouldContinue(quint64 runId) const;
    void publish(bool running, bool withOutputs);
    void post(Result result);
    OutputSnapshot snapshot(const gelulab::Trainer& trainer) const;

    std::atomic<bool> m_playing { false };
    std::atomic<bool> m_stopped { false };
    std::atomic<int> m_pendingSteps { 0 };
    std::atomic<double> m_learningRate { 0.01 };
    std::atomic<double> m_stepsPerSecond { 0.0 };
    std::atomic<quint64> m_wantedRun { 0 };

    // Both directions cross under a std::mutex, whose ordering ThreadSanitizer checks (not as
    // queued-call arguments, handed over inside Qt's uninstrumented event queue).
    std::mutex m_runSettingsMutex;
    quint64 m_runSettingsId = 0; // guarded by m_runSettingsMutex
    TrainerSettings m_runSettings; // guarded by m_runSettingsMutex
    std::mutex m_resultsMutex;
    std::vector<Result> m_results; // guarded by m_resultsMutex

    // Worker-thread state.
    quint64 m_runId = 0;
    std::vector<gelulab::Trainer> m_trainers;
    std::vector<NetworkProgress> m_pending;
    QRectF m_area;
    QElapsedTimer m_sinceUpdate;
    QElapsedTimer m_sinceOutput;
    QElapsedTimer m_rateClock;
    std::int64_t m_rateSteps = 0;
    double m_measuredRate = 0.0;
};
