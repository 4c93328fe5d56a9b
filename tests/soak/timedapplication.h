// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QApplication>
#include <QEvent>
#include <QString>

#include <vector>

// A QApplication that times each top-level event delivery, so a soak that sees a long gap between
// event-loop turns can also say which receivers and events took the time.
class TimedApplication : public QApplication {
public:
    TimedApplication(int& argc, char** argv);

    bool notify(QObject* receiver, QEvent* event) override;

    // Only deliveries while measuring count (to skip warm-up).
    void setMeasuring(bool measuring) { m_measuring = measuring; }
    qint64 longestEventMs() const { return m_longestMs; }
    // "ClassName/objectName EventType" of the longest delivery.
    QString longestEvent() const { return m_longestEvent; }

    // The top-level deliveries of 1 ms or more since they were last taken or cleared, longest first,
    // as "12.3 ms ClassName/objectName EventType; ..." (a paint shows as its window's UpdateRequest).
    // The soak takes them when a turn is the longest yet and clears them after every other turn.
    QString takeSlowDeliveries();
    void clearSlowDeliveries() { m_slow.clear(); }

private:
    struct Delivery {
        const char* className;
        QString objectName;
        QEvent::Type type;
        qint64 nanoseconds;
    };
    static QString describe(const Delivery& delivery);

    int m_depth = 0;
    bool m_measuring = false;
    qint64 m_longestMs = 0;
    QString m_longestEvent;
    std::vector<Delivery> m_slow;
};
