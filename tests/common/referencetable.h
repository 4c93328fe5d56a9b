// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

#include <cmath>
#include <stdexcept>

// A reference CSV from tests/data (written by make_reference.py), read as text so each test
// converts exactly the columns it needs.
class ReferenceTable {
public:
    explicit ReferenceTable(const QString& fileName)
    {
        QFile file(QStringLiteral(GELULAB_TEST_DATA_DIR "/") + fileName);
        if (!file.open(QIODevice::ReadOnly))
            throw std::runtime_error("cannot open reference file " + fileName.toStdString());
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (const QByteArray& line : lines) {
            if (line.trimmed().isEmpty())
                continue;
            if (m_header.isEmpty())
                m_header = line.trimmed().split(',');
            else
                m_rows.append(line.trimmed().split(','));
        }
    }

    qsizetype column(const char* name) const { return m_header.indexOf(QByteArray(name)); }
    const QList<QList<QByteArray>>& rows() const { return m_rows; }

    static double number(const QByteArray& text)
    {
        if (text == "inf")
            return INFINITY;
        if (text == "-inf")
            return -INFINITY;
        if (text == "nan")
            return NAN;
        bool ok = false;
        const double value = text.toDouble(&ok);
        if (!ok)
            throw std::runtime_error("bad number in reference file: " + text.toStdString());
        return value;
    }

private:
    QList<QByteArray> m_header;
    QList<QList<QByteArray>> m_rows;
};
