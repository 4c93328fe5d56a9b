// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include <QByteArray>
#include <QtGlobal>

#include <benchmark/benchmark.h>

// Google Benchmark's main, offscreen unless a platform is asked for: the chart figures should not
// depend on a display server. The QApplication itself is created only by the chart benchmarks
// (see bench_curveredraw.cpp), so the core benchmarks run in a process Qt has not touched.
int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
