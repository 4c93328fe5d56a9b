// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include "losschart.h"

#include <gelulab/losshistory.h>
#include <gelulab/mlp.h>
#include <gelulab/optimizer.h>
#include <gelulab/randomsource.h>

#include <QApplication>
#include <QPixmap>

#include <benchmark/benchmark.h>

#include <array>
#include <cmath>
#include <memory>

namespace {

// One Adam step of a 2-16-16-1 network on a batch of 32 with BCE: forward, loss, backward, update.
// The same work as `loss = bce(net(x), y); loss.backward(); opt.step()` in PyTorch.
void BM_TrainStep(benchmark::State& state, gelulab::ActivationKind activation)
{
    gelulab::Mlp network({ 2, 16, 16, 1 }, activation);
    network.initialize(1);
    gelulab::RandomSource random(2);
    Eigen::MatrixXd inputs(2, 32);
    Eigen::MatrixXd labels(1, 32);
    for (int i = 0; i < 32; ++i) {
        inputs.col(i) << random.uniform(-1, 1), random.uniform(-1, 1);
        labels(0, i) = (inputs(0, i) < 0) != (inputs(1, i) < 0) ? 1 : 0;
    }
    gelulab::Optimizer optimizer(gelulab::OptimizerKind::Adam, 1e-3);
    Eigen::VectorXd gradient;
    for (auto _ : state) {
        const double loss
            = network.lossAndGradient(gelulab::LossKind::CrossEntropy, inputs, labels, gradient);
        optimizer.step(network.parameters(), gradient);
        benchmark::DoNotOptimize(loss);
        benchmark::ClobberMemory();
    }
    state.SetItemsProcessed(state.iterations());
}

// LossChart needs a QApplication; the benchmark binary has none of its own, so make one, offscreen.
QApplication& application()
{
    static int argc = 1;
    static char name[] = "gelulab_bench";
    static char* argv[] = { name, nullptr };
    static std::unique_ptr<QApplication> app = [] {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QApplication>(argc, argv);
    }();
    return *app;
}

// One refresh of the loss chart (decimate two histories, hand them to the curve layer, set the axes) as
// a chart 800 px wide does it, with `history` steps recorded. The target: the cost does not grow
// with the history.
void BM_LossChartRefresh(benchmark::State& state)
{
    application();
    const auto steps = state.range(0);
    gelulab::LossHistory train;
    gelulab::LossHistory test;
    for (std::int64_t i = 1; i <= steps; ++i) {
        const double t = static_cast<double>(i);
        // Minibatch noise proportional to the loss, as in real runs.
        train.append((1.0 + 0.3 * std::sin(t)) / std::sqrt(t));
        test.append(1.2 / std::sqrt(t));
    }
    LossChart chart;
    chart.resize(1000, 400);
    chart.setMaxPoints(800);
    chart.setCurves({ { QStringLiteral("train"), Qt::blue, false, &train },
        { QStringLiteral("test"), Qt::red, true, &test } });
    for (auto _ : state)
        chart.refresh();
    state.counters["bytes_per_step"] = static_cast<double>(train.memoryBytes()) / static_cast<double>(steps);
}

// One frame of the live chart while training GELU against ReLU: refresh (four curves, 10^6 steps
// each) and paint the 1000 × 400 widget, as the GUI thread does every chart tick: one part of the
// soak's longest event-loop turns.
void BM_LossChartFrame(benchmark::State& state)
{
    application();
    std::array<gelulab::LossHistory, 4> histories;
    for (std::int64_t i = 1; i <= 1'000'000; ++i) {
        const double t = static_cast<double>(i);
        // Train losses carry minibatch noise; test losses (the whole test split) are smooth.
        for (std::size_t h = 0; h < histories.size(); h += 2) {
            const double scale = 1.0 + double(h);
            histories[h].append(scale * (1.0 + 0.3 * std::sin(t * scale)) / std::sqrt(t));
            histories[h + 1].append(scale * 1.2 / std::sqrt(t));
        }
    }
    LossChart chart;
    chart.resize(1000, 400);
    chart.setCurves({ { QStringLiteral("GELU train"), Qt::blue, false, &histories[0] },
        { QStringLiteral("GELU test"), Qt::blue, true, &histories[1] },
        { QStringLiteral("ReLU train"), Qt::red, false, &histories[2] },
        { QStringLiteral("ReLU test"), Qt::red, true, &histories[3] } });
    chart.show();
    QPixmap frame(chart.size());
    for (auto _ : state) {
        chart.refresh();
        static_cast<QWidget&>(chart).render(&frame); // the widget, as the screen shows it
        benchmark::ClobberMemory();
    }
}

} // namespace

BENCHMARK_CAPTURE(BM_TrainStep, gelu, gelulab::ActivationKind::Gelu);
BENCHMARK_CAPTURE(BM_TrainStep, gelu_tanh, gelulab::ActivationKind::GeluTanh);
BENCHMARK_CAPTURE(BM_TrainStep, gelu_sigmoid, gelulab::ActivationKind::GeluSigmoid);
BENCHMARK_CAPTURE(BM_TrainStep, relu, gelulab::ActivationKind::Relu);
BENCHMARK_CAPTURE(BM_TrainStep, tanh, gelulab::ActivationKind::Tanh);
BENCHMARK_CAPTURE(BM_TrainStep, sigmoid, gelulab::ActivationKind::Sigmoid);
BENCHMARK(BM_LossChartRefresh)->RangeMultiplier(10)->Range(1000, 10'000'000)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_LossChartFrame)->Unit(benchmark::kMillisecond);
