// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include "trainingworker.h"

#include <QThread>

#include <algorithm>
#include <cmath>
#include <exception>
#include <utility>

namespace {

constexpr int kMapResolution = 48; // 48² points per 2-D map: smooth once scaled, ~2 ms for a 16-16 GELU net
constexpr int kCurveResolution = 200;

// A square around the origin that holds every sample with a margin (2-D), or the x and y range of
// the samples with a margin (1-D).
QRectF outputArea(const gelulab::DatasetSplit& split)
{
    const auto& train = split.train;
    const auto& test = split.test;
    if (train.inputs.rows() == 2) {
        double extent = std::max(
            train.inputs.cwiseAbs().maxCoeff(), test.size() ? test.inputs.cwiseAbs().maxCoeff() : 0.0);
        extent = std::max(1.0, 1.1 * extent);
        return QRectF(-extent, -extent, 2 * extent, 2 * extent);
    }
    double xLow = train.inputs.minCoeff(), xHigh = train.inputs.maxCoeff();
    double yLow = train.targets.minCoeff(), yHigh = train.targets.maxCoeff();
    if (test.size()) {
        xLow = std::min(xLow, test.inputs.minCoeff());
        xHigh = std::max(xHigh, test.inputs.maxCoeff());
        yLow = std::min(yLow, test.targets.minCoeff());
        yHigh = std::max(yHigh, test.targets.maxCoeff());
    }
    const double padY = 0.15 * std::max(yHigh - yLow, 1e-3);
    return QRectF(QPointF(xLow, yLow - padY), QPointF(xHigh, yHigh + padY));
}

} // namespace

TrainingWorker::TrainingWorker(QObject* parent)
    : QObject(parent)
{
    m_sinceUpdate.start();
    m_sinceOutput.start();
    m_rateClock.start();
}

bool TrainingWorker::shouldContinue(quint64 runId) const
{
    return !m_stopped.load() && runId == m_runId && runId == m_wantedRun.load();
}

void TrainingWorker::setRunSettings(quint64 runId, const TrainerSettings& settings)
{
    std::lock_guard lock(m_runSettingsMutex);
    m_runSettingsId = runId;
    m_runSettings = settings;
}

void TrainingWorker::startRun(quint64 runId)
{
    if (m_stopped.load() || runId != m_wantedRun.load())
        return; // superseded before it started
    TrainerSettings settings;
    {
        std::lock_guard lock(m_runSettingsMutex);
        if (runId != m_runSettingsId)
            return; // a newer run's settings came in meanwhile
        settings = m_runSettings;
    }
    m_runId = runId;
    m_trainers.clear();
    m_pending.clear();
    gelulab::DatasetSplit split;
    try {
        split = gelulab::makeDatasetFor(settings.setup);
        m_area = outputArea(split);
        for (const gelulab::ActivationKind activation : settings.activations()) {
            gelulab::TrainingSetup setup = settings.setup;
            setup.activation = activation;
            m_trainers.push_back(gelulab::makeTrainer(setup, split));
        }
    } catch (const std::exception& error) {
        // Settings the controls should not allow; say so instead of taking the thread down.
        m_trainers.clear();
        TrainingUpdate update;
        update.runId = runId;
        update.networks.resize(settings.activations().size());
        for (NetworkProgress& progress : update.networks)
            progress.divergence = tr("cannot start: %1").arg(QString::fromUtf8(error.what()));
        post(std::move(update));
        return;
    }
    m_pending.resize(m_trainers.size());
    m_measuredRate = 0.0;
    m_rateSteps = 0;
    m_rateClock.restart();
    post(TrainingData { runId, split, m_area });
    publish(false, true);
}

void TrainingWorker::work(quint64 runId)
{
    if (!shouldContinue(runId) || m_trainers.empty())
        return;
    QElapsedTimer clock;
    clock.start();
    qint64 nextStepNs = 0;
    bool stepped = false;
    m_rateClock.restart();
    m_rateSteps = 0;
    while (shouldContinue(runId)) {
        const bool single = !m_playing.load() && m_pendingSteps.load() > 0;
        if (!m_playing.load() && !single)
            break;
        const double speed = m_stepsPerSecond.load();
        if (!single && speed > 0.0) {
            const qint64 now = clock.nsecsElapsed();
            if (now < nextStepNs) {
                // Sleep in short slices so Pause and Reset stay prompt at one step per second.
                QThread::usleep(
                    static_cast<unsigned long>(std::min<qint64>((nextStepNs - now) / 1000, 10'000)));
                if (m_sinceUpdate.elapsed() >= kUpdateIntervalMs && stepped) {
                    publish(true, m_sinceOutput.elapsed() >= kOutputIntervalMs);
                    stepped = false;
                }
                continue;
            }
            nextStepNs = std::max(now, nextStepNs) + static_cast<qint64>(1e9 / speed);
        }
        if (single)
            m_pendingSteps.fetch_sub(1);

        const double rate = m_learningRate.load();
        bool anyAlive = false;
        for (std::size_t i = 0; i < m_trainers.size(); ++i) {
            gelulab::Trainer& trainer = m_trainers[i];
            if (trainer.diverged())
                continue;
            trainer.optimizer().setLearningRate(rate);
            gelulab::StepRecord record;
            if (trainer.step(&record)) {
                m_pending[i].trainLosses.push_back(record.trainLoss);
                if (trainer.testData().size() > 0)
                    m_pending[i].testLosses.push_back(record.testLoss);
            }
            anyAlive = anyAlive || !trainer.diverged();
        }
        stepped = true;
        ++m_rateSteps;
        if (!anyAlive) {
            m_playing.store(false);
            m_pendingSteps.store(0);
            break;
        }
        if (m_sinceUpdate.elapsed() >= kUpdateIntervalMs) {
            publish(true, m_sinceOutput.elapsed() >= kOutputIntervalMs);
            stepped = false;
        }
    }
    // The last update of a loop always goes out, with fresh output maps, unless the run is stale.
    if (runId == m_runId && !m_stopped.load())
        publish(false, true);
}

std::vector<TrainingWorker::Result> TrainingWorker::takeResults()
{
    std::lock_guard lock(m_resultsMutex);
    return std::exchange(m_results, {});
}

void TrainingWorker::post(Result result)
{
    bool wasEmpty = false;
    {
        std::lock_guard lock(m_resultsMutex);
        wasEmpty = m_results.empty();
        m_results.push_back(std::move(result));
    }
    // One notification covers everything queued behind it until the GUI takes the lot.
    if (wasEmpty)
        emit resultsReady();
}

void TrainingWorker::publish(bool running, bool withOutputs)
{
    const qint64 elapsed = m_rateClock.elapsed();
    if (elapsed >= 250 || !running) {
        if (elapsed > 0 && m_rateSteps > 0)
            m_measuredRate = 1000.0 * static_cast<double>(m_rateSteps) / static_cast<double>(elapsed);
        else if (!running)
            m_measuredRate = 0.0;
        m_rateSteps = 0;
        m_rateClock.restart();
    }
    TrainingUpdate update;
    update.runId = m_runId;
    update.running = running;
    update.stepsPerSecond = m_measuredRate;
    update.learningRate = m_trainers.empty() ? 0.0 : m_trainers.front().optimizer().learningRate();
    update.networks.resize(m_trainers.size());
    for (std::size_t i = 0; i < m_trainers.size(); ++i) {
        const gelulab::Trainer& trainer = m_trainers[i];
        NetworkProgress& progress = update.networks[i];
        progress.trainLosses.swap(m_pending[i].trainLosses);
        progress.testLosses.swap(m_pending[i].testLosses);
        progress.steps = trainer.stepCount();
        progress.trainAccuracy = trainer.evaluateTrain().accuracy;
        progress.testAccuracy = trainer.evaluateTest().accuracy;
        progress.divergence = QString::fromStdString(trainer.divergenceReason());
        if (withOutputs)
            progress.output = snapshot(trainer);
    }
    if (withOutputs)
        m_sinceOutput.restart();
    m_sinceUpdate.restart();
    post(std::move(update));
}

OutputSnapshot TrainingWorker::snapshot(const gelulab::Trainer& trainer) const
{
    OutputSnapshot out;
    out.area = m_area;
    const gelulab::Mlp& network = trainer.network();
    if (network.inputSize() == 2) {
        const int n = kMapResolution;
        out.inputs = 2;
        out.resolution = n;
        Eigen::MatrixXd grid(2, n * n);
        for (int row = 0; row < n; ++row) {
            const double y = m_area.bottom() - (row + 0.5) * m_area.height() / n;
            for (int col = 0; col < n; ++col)
                grid.col(row * n + col) << m_area.left() + (col + 0.5) * m_area.width() / n, y;
        }
        const Eigen::MatrixXd logits = network.predict(grid);
        const int k = static_cast<int>(logits.rows());
        out.channels = k == 1 ? 2 : k;
        out.values.resize(static_cast<std::size_t>(n * n * out.channels));
        for (int p = 0; p < n * n; ++p) {
            float* cell = out.values.data() + static_cast<std::size_t>(p * out.channels);
            if (k == 1) {
                const double one = 1.0 / (1.0 + std::exp(-logits(0, p)));
                cell[0] = static_cast<float>(1.0 - one);
                cell[1] = static_cast<float>(one);
            } else {
                const auto column = logits.col(p);
                const Eigen::ArrayXd e = (column.array() - column.maxCoeff()).exp();
                const double sum = e.sum();
                for (int c = 0; c < k; ++c)
                    cell[c] = static_cast<float>(e(c) / sum);
            }
        }
    } else if (network.inputSize() == 1) {
        const int n = kCurveResolution;
        out.inputs = 1;
        out.resolution = n;
        Eigen::MatrixXd xs(1, n);
        for (int i = 0; i < n; ++i)
            xs(0, i) = m_area.left() + i * m_area.width() / (n - 1);
        const Eigen::MatrixXd ys = network.predict(xs);
        out.values.resize(static_cast<std::size_t>(n));
        for (int i = 0; i < n; ++i)
            out.values[static_cast<std::size_t>(i)] = static_cast<float>(ys(0, i));
    }
    return out;
}
