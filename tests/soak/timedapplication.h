// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QApplication>
#include <QString>

// A QApplication that times each top-level event delivery, so a soak that sees a long gap between
// event-loop turns can also say which receiver and event took the time.
class TimedApplication : public QApplication {
public:
    TimedApplication(int& argc, char** argv);

    bool notify(QObject* receiver, QEvent* event) override;

    // Only deliveries while measuring count (to skip warm-up).
    void setMeasuring(bool measuring) { m_measuring = measuring; }
    qint64 longestEventMs() const { return m_longestMs; }
    // "ClassName/objectName EventType" of the longest delivery.
    QString longestEvent() const { return m_longestEvent; }

private:
    int m_depth = 0;
    bool m_measuring = false;
    qint64 m_longestMs = 0;
    QString m_longestEvent;
};
