// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
// tsan_canary: races on purpose, in the shape of TrainingWorker's hand-offs — a lambda queued onto a
// QObject in a worker QThread writes a plain int that the main thread reads without a lock. The
// tsan test preset expects ThreadSanitizer to report it, with the suppressions of tests/tsan.supp in
// force: proof that they hide Qt's own hand-offs, not races in GELU Lab's code. (Built only in the
// tsan preset: without TSan this program proves nothing.)
#include <QCoreApplication>
#include <QMetaObject>
#include <QObject>
#include <QThread>

#include <atomic>
#include <cstdio>

// Out of line, so the report's top frame is ours and named.
[[gnu::noinline]] void canaryWrite(int* shared, int value)
{
    *shared = value;
}

[[gnu::noinline]] int canaryRead(const int* shared)
{
    return *shared;
}

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QThread thread;
    QObject worker;
    worker.moveToThread(&thread);
    thread.start();
    int shared = 0; // no lock, no atomic: the race
    std::atomic<bool> done = false; // relaxed below: it orders nothing
    QMetaObject::invokeMethod(
        &worker,
        [&] {
            for (int i = 1; i <= 10000; ++i)
                canaryWrite(&shared, i);
            done.store(true, std::memory_order_relaxed);
        },
        Qt::QueuedConnection);
    long long sum = 0;
    while (!done.load(std::memory_order_relaxed))
        sum += canaryRead(&shared);
    sum += canaryRead(&shared);
    thread.quit();
    thread.wait();
    std::printf("tsan_canary: no report (sum %lld): ThreadSanitizer missed a race in our code\n", sum);
    return 0;
}
