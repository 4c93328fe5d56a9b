// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include <QApplication>

#include <benchmark/benchmark.h>

// Google Benchmark's main, with the QApplication the chart benchmarks need. Offscreen unless a
// platform is asked for: the figures should not depend on a display server.
int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
