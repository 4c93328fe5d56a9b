// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include "timedapplication.h"

#include <QElapsedTimer>
#include <QEvent>
#include <QMetaEnum>
#include <QThread>

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
    const QEvent::Type type = event->type();
    const char* className = receiver->metaObject()->className();
    const QString objectName = receiver->objectName();
    QElapsedTimer clock;
    clock.start();
    ++m_depth;
    const bool handled = QApplication::notify(receiver, event);
    --m_depth;
    const qint64 ms = clock.elapsed();
    if (m_measuring && ms > m_longestMs) {
        m_longestMs = ms;
        m_longestEvent = QStringLiteral("%1/%2 %3")
                             .arg(QString::fromLatin1(className), objectName,
                                 QString::fromLatin1(QMetaEnum::fromType<QEvent::Type>().valueToKey(type)));
    }
    return handled;
}
