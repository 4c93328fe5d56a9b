// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "trainersettings.h"
#include "trainingupdate.h"

#include <gelulab/trainer.h>

#include <QElapsedTimer>
#include <QObject>

#include <atomic>
#include <vector>

// Trains the networks of one run on its own thread (moved to a QThread by its owner). The GUI
// steers it through thread-safe setters (atomics read before every step, so Pause, Reset and a new
// learning rate take effect within one batch) and queued calls to startRun() and work(). Results
// come back through progress(), at most ~30 times per second, the last one of a loop always sent.
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

    static constexpr int kUpdateIntervalMs = 33; // ≤ ~30 updates per second
    static constexpr int kOutputIntervalMs = 100; // output maps are dearer: ≤ 10 per second

public slots:
    // Builds the data and networks of a run (on the worker thread) and reports step 0.
    void startRun(quint64 runId, const TrainerSettings& settings);
    // Trains while playing or while single steps are pending, then sends a final update and
    // returns, so queued calls (a new run, shutdown) are served.
    void work(quint64 runId);

signals:
    void runStarted(const TrainingData& data);
    void progress(const TrainingUpdate& update);

private:
    bool shouldContinue(quint64 runId) const;
    void publish(bool running, bool withOutputs);
    OutputSnapshot snapshot(const gelulab::Trainer& trainer) const;

    std::atomic<bool> m_playing { false };
    std::atomic<bool> m_stopped { false };
    std::atomic<int> m_pendingSteps { 0 };
    std::atomic<double> m_learningRate { 0.01 };
    std::atomic<double> m_stepsPerSecond { 0.0 };
    std::atomic<quint64> m_wantedRun { 0 };

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
