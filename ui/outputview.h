// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "trainingupdate.h"

#include <QImage>
#include <QWidget>

// What one network has learnt, drawn with QPainter: for 2-D data a decision map (each point tinted
// by the predicted class, paler where the network is unsure) with the samples on top; for 1-D data
// the fitted curve over the samples. Train samples are filled dots, test samples rings.
class OutputView : public QWidget {
    Q_OBJECT
public:
    explicit OutputView(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    QString title() const { return m_title; }
    void setCurveColour(const QColor& colour);
    void setData(const gelulab::DatasetSplit& split, const QRectF& area);
    void setSnapshot(const OutputSnapshot& snapshot);
    void clear();

    const OutputSnapshot& snapshot() const { return m_snapshot; }

    // The colours around the data: the panel, its title, the plot frame and the axes through the
    // origin, and the 1-D samples (which sit on the panel, not on a map).
    struct Look {
        QColor background; // invalid: leave the background unpainted (a transparent export)
        QColor title;
        QColor frame;
        QColor axes;
        QColor samples;
        static Look light();
        static Look dark();
    };

    // Draws the view into `target` (also used by paintEvent), so it can be exported at any size.
    void render(QPainter& painter, const QRectF& target, const Look& look = Look::light()) const;

    QSize sizeHint() const override { return { 320, 320 }; }
    QSize minimumSizeHint() const override { return { 160, 160 }; }

    static QColor classColour(int index);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QPointF toWidget(const QRectF& plot, double x, double y) const;

    QString m_title;
    QColor m_curveColour { 0x1f, 0x77, 0xb4 };
    gelulab::DatasetSplit m_split;
    QRectF m_area;
    OutputSnapshot m_snapshot;
    QImage m_map; // the 2-D decision map at grid resolution, rebuilt per snapshot
};
