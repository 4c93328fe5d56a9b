// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
// gelulab_soak: trains GELU vs ReLU for a long run with the live loss chart on screen while the
// curve explorer's range is changed every few milliseconds, and watches two things:
//  - memory: resident size minus what the loss histories hold by design (a few bytes per step)
//    must stay flat after warm-up;
//  - responsiveness: the longest gap between turns of the GUI event loop.
// To explain a failure it also prints the heap's free space (malloc's main arena: fragmentation shows
// here, not as a leak), the single longest event delivery on the GUI thread by receiver class, and
// the deliveries that made up the longest gap.
//
//   gelulab_soak [--steps N] [--max-growth-mb M] [--max-gap-ms G]
// Prints one line a second and a summary; exits 1 when a bound is broken, 2 when the GUI stalls.
#include "curveexplorer.h"
#include "timedapplication.h"
#include "trainerpanel.h"

#include <QElapsedTimer>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <malloc.h>
#include <thread>
#include <unistd.h>

namespace {

double residentMegabytes()
{
    std::ifstream statm("/proc/self/statm");
    long pages = 0;
    long resident = 0;
    statm >> pages >> resident;
    return double(resident) * double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

// CPU time this thread has used, in ms: set against a gap's wall time it tells work from waiting
// (preempted by other processes on a 2-core machine, or blocked).
double threadCpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double argument(const QStringList& args, const QString& name, double fallback)
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args[at + 1].toDouble() : fallback;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TimedApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto steps = static_cast<std::int64_t>(argument(args, QStringLiteral("--steps"), 1e7));
    const double maxGrowthMb = argument(args, QStringLiteral("--max-growth-mb"), 16.0);
    const double maxGapMs = argument(args, QStringLiteral("--max-gap-ms"), 100.0);

    CurveExplorer explorer;
    explorer.resize(1280, 720);
    explorer.show();
    TrainerPanel trainer;
    trainer.resize(1280, 720);
    trainer.show();
    TrainerSettings settings;
    settings.setup.dataset = gelulab::DatasetKind::Xor;
    settings.setup.hidden = { 4 };
    settings.setup.batchSize = 16;
    settings.compare = true; // GELU and ReLU: four loss curves on the live chart
    trainer.setSettings(settings);
    trainer.play();

    // The lecturer drags the range slider the whole time.
    long rangeChanges = 0;
    QTimer dragging;
    dragging.setInterval(3);
    QObject::connect(&dragging, &QTimer::timeout, [&] {
        CurveExplorerState state = explorer.state();
        const double half = 2.0 + (rangeChanges % 400) * 0.02;
        state.x = { -half, half };
        explorer.setState(state);
        ++rangeChanges;
    });
    dragging.start();

    // Event-loop turns: a 5 ms timer; the longest interval between its ticks, past warm-up.
    QElapsedTimer clock;
    clock.start();
    std::atomic<qint64> lastTick = 0;
    qint64 longestGapMs = 0;
    double longestGapBusyMs = 0.0; // of which the GUI thread was running
    QString longestGapDeliveries; // what it was running
    double lastTickCpu = threadCpuMs();
    QTimer heartbeat;
    heartbeat.setInterval(5);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        const double cpu = threadCpuMs();
        app.setMeasuring(now > 3000);
        if (now > 3000 && now - lastTick.load() > longestGapMs) {
            longestGapMs = now - lastTick.load();
            longestGapBusyMs = cpu - lastTickCpu;
            longestGapDeliveries = app.takeSlowDeliveries();
        }
        app.clearSlowDeliveries();
        lastTick = now;
        lastTickCpu = cpu;
    });
    heartbeat.start();
    // A loop that never returns to the dispatcher stops every timer, the heartbeat and the sampler
    // included, so only another thread can see it: past 10 s without a tick the soak fails at once.
    std::jthread watchdog([&clock, &lastTick](std::stop_token stop) {
        while (!stop.stop_requested()) {
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
            const qint64 stalled = clock.elapsed() - lastTick.load();
            if (stalled > 10'000) {
                std::printf("soak: FAILED, the GUI thread has not turned its event loop for %lld ms\n",
                            static_cast<long long>(stalled));
                std::fflush(stdout);
                std::_Exit(2);
            }
        }
    });

    const auto historyMegabytes = [&trainer] {
        std::size_t bytes = 0;
        for (int i = 0; i < trainer.networkCount(); ++i)
            bytes += trainer.trainHistory(i).storedBytes() + trainer.testHistory(i).storedBytes();
        return double(bytes) / (1024.0 * 1024.0);
    };
    double baselineOther = -1.0;
    double maxOtherGrowth = 0.0;
    QTimer sampler;
    sampler.setInterval(1000);
    QObject::connect(&sampler, &QTimer::timeout, [&] {
        const double rss = residentMegabytes();
        const double history = historyMegabytes();
        const double other = rss - history;
        // Warm-up: the first 10 % of the run (allocator pools, font caches, chart items).
        if (baselineOther < 0 && trainer.stepCount(0) > steps / 10)
            baselineOther = other;
        if (baselineOther >= 0)
            maxOtherGrowth = std::max(maxOtherGrowth, other - baselineOther);
        std::printf("t=%5.0fs steps=%10lld rss=%7.1fMB histories=%6.1fMB other=%7.1fMB heap-free=%5.1fMB "
                    "range-changes=%ld longest-gap=%lldms (busy %.0fms) longest-event=%lldms (%s)\n",
                    double(clock.elapsed()) / 1000.0, static_cast<long long>(trainer.stepCount(0)), rss, history, other,
                    double(mallinfo2().fordblks) / (1024.0 * 1024.0), rangeChanges, static_cast<long long>(longestGapMs),
                    longestGapBusyMs, static_cast<long long>(app.longestEventMs()), qPrintable(app.longestEvent()));
        std::fflush(stdout);
        if (trainer.stepCount(0) >= steps || !trainer.divergence(0).isEmpty())
            app.quit();
    });
    sampler.start();
    app.exec();
    watchdog.request_stop();
    trainer.pause();

    const bool memoryOk = baselineOther >= 0 && maxOtherGrowth <= maxGrowthMb;
    const bool gapOk = longestGapMs <= maxGapMs;
    std::printf("soak: %lld steps, %ld range changes; memory other than loss histories grew %.1f MB after "
                "warm-up (bound %.0f MB): %s; longest event-loop gap %lld ms (the GUI thread running %.0f ms "
                "of it; bound %.0f ms): %s; longest single event %lld ms (%s)\n",
                static_cast<long long>(trainer.stepCount(0)), rangeChanges, maxOtherGrowth, maxGrowthMb,
                memoryOk ? "ok" : "FAILED", static_cast<long long>(longestGapMs), longestGapBusyMs, maxGapMs,
                gapOk ? "ok" : "FAILED",
                static_cast<long long>(app.longestEventMs()), qPrintable(app.longestEvent()));
    std::printf("soak: the longest gap's deliveries of 1 ms or more: %s\n", qPrintable(longestGapDeliveries));
    return memoryOk && gapOk ? 0 : 1;
}
