// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include "timedapplication.h"

#include <QElapsedTimer>
#include <QMetaEnum>
#include <QThread>

#include <algorithm>

TimedApplication::TimedApplication(int& argc, char** argv)
    : QApplication(argc, argv)
{
}

bool TimedApplication::notify(QObject* receiver, QEvent* event)
{
    // notify() runs in every thread with an event loop (the trainer's too); only the GUI thread's
    // deliveries count, and a delivery inside another one is part of the outer one's time.
    // The thread test comes first: other threads must not read m_depth at all.
    if (QThread::currentThread() != thread() || m_depth > 0)
        return QApplication::notify(receiver, event);
    // Neither the event nor the receiver (DeferredDelete) need outlive the delivery.
    Delivery delivery { receiver->metaObject()->className(), receiver->objectName(), event->type(), 0 };
    QElapsedTimer clock;
    clock.start();
    ++m_depth;
    const bool handled = QApplication::notify(receiver, event);
    --m_depth;
    delivery.nanoseconds = clock.nsecsElapsed();
    if (!m_measuring || delivery.nanoseconds < 1'000'000)
        return handled;
    if (delivery.nanoseconds / 1'000'000 > m_longestMs) {
        m_longestMs = delivery.nanoseconds / 1'000'000;
        m_longestEvent = describe(delivery);
    }
    m_slow.push_back(std::move(delivery));
    return handled;
}

QString TimedApplication::takeSlowDeliveries()
{
    std::sort(m_slow.begin(), m_slow.end(),
        [](const Delivery& a, const Delivery& b) { return a.nanoseconds > b.nanoseconds; });
    QStringList parts;
    for (const Delivery& delivery : m_slow)
        parts << QStringLiteral("%1 ms %2")
                     .arg(double(delivery.nanoseconds) / 1e6, 0, 'f', 1)
                     .arg(describe(delivery));
    m_slow.clear();
    return parts.join(QStringLiteral("; "));
}

QString TimedApplication::describe(const Delivery& delivery)
{
    return QStringLiteral("%1/%2 %3")
        .arg(QString::fromLatin1(delivery.className), delivery.objectName,
            QString::fromLatin1(QMetaEnum::fromType<QEvent::Type>().valueToKey(delivery.type)));
}
