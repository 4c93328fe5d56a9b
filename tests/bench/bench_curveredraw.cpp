// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include "curvechart.h"
#include <gelulab/vectorstate.h>

#include <QApplication>

#include <QImage>
#include <QLabel>
#include <QPainter>

#include <benchmark/benchmark.h>

namespace {

// Created on first use and kept: Qt allows one QApplication a process.
void ensureApplication()
{
    static int argc = 1;
    static char name[] = "gelulab_bench";
    static char* argv[] = { name, nullptr };
    static QApplication app(argc, argv);
}

// One frame of a slider drag: a new x range, then the chart repainted offscreen at 1280×720 with
// six series (the three variants, the selected variant's derivative, ReLU, ReLU′) and key points.
// The requested density is the argument; what is drawn follows the pixels.
void BM_CurveRedraw(benchmark::State& state)
{
    ensureApplication();
    const QSize size(1280, 720);
    CurveChart chart;
    if (auto* readout = chart.findChild<QLabel*>(QStringLiteral("crosshairReadout")))
        readout->hide(); // the chart alone fills the widget: exactly 1280×720
    chart.resize(size);
    chart.show();
    CurveExplorerState view;
    view.mode = gelulab::GeluMode::Tanh;
    view.compare = true;
    view.showDerivative = true;
    view.showRelu = true;
    view.showReluDerivative = true;
    view.showNormalCdf = false;
    view.density = static_cast<std::size_t>(state.range(0));
    chart.setState(view);

    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    int frame = 0;
    for (auto _ : state) {
        // A drag: the left end moves by 0.01 a frame, as a slider does.
        view.x = { -3.0 - 0.01 * (frame % 200), 3.0 };
        ++frame;
        chart.setState(view);
        QPainter painter(&image);
        chart.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
        painter.end();
        benchmark::DoNotOptimize(image.constBits());
    }
    state.counters["drawn"] = static_cast<double>(chart.valuePoints().size());
    state.SetItemsProcessed(state.iterations());
    // Leave no dirty AVX state behind for benchmarks that run after this one (see vectorstate.h).
    gelulab::clearUpperVectorState();
}

} // namespace

BENCHMARK(BM_CurveRedraw)->Arg(400)->Arg(2000)->Arg(10000)->Arg(1000000)->Unit(benchmark::kMillisecond);
