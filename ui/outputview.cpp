// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include "outputview.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

OutputView::OutputView(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setToolTip(
        tr("What the network has learnt. 2-D data: the colour is the predicted class, paler where the "
           "network is unsure. 1-D data: the fitted curve. Dots are training samples, rings test samples."));
}

QColor OutputView::classColour(int index)
{
    static const QColor colours[]
        = { QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c) };
    return colours[static_cast<std::size_t>(std::clamp(index, 0, 2))];
}

OutputView::Look OutputView::Look::light()
{
    return { Qt::white, QColor(0x22, 0x22, 0x22), QColor(0xbb, 0xbb, 0xbb), QColor(0, 0, 0, 40),
        QColor(0x55, 0x55, 0x55) };
}

// The loss chart's dark background and text, so an exported dark figure is dark all over.
OutputView::Look OutputView::Look::dark()
{
    return { QColor(0x20, 0x22, 0x26), QColor(0xe8, 0xe8, 0xe8), QColor(0x5a, 0x5d, 0x63),
        QColor(255, 255, 255, 60), QColor(0xb8, 0xb8, 0xb8) };
}

void OutputView::setTitle(const QString& title)
{
    m_title = title;
    update();
}

void OutputView::setCurveColour(const QColor& colour)
{
    m_curveColour = colour;
    update();
}

void OutputView::setData(const gelulab::DatasetSplit& split, const QRectF& area)
{
    m_split = split;
    m_area = area;
    update();
}

void OutputView::clear()
{
    m_snapshot = {};
    m_map = {};
    update();
}

void OutputView::setSnapshot(const OutputSnapshot& snapshot)
{
    if (snapshot.inputs == 0)
        return;
    m_snapshot = snapshot;
    m_map = {};
    if (snapshot.inputs == 2) {
        const int n = snapshot.resolution;
        const int k = snapshot.channels;
        m_map = QImage(n, n, QImage::Format_RGB32);
        for (int row = 0; row < n; ++row) {
            auto* line = reinterpret_cast<QRgb*>(m_map.scanLine(row));
            for (int col = 0; col < n; ++col) {
                const float* p = snapshot.values.data() + static_cast<std::size_t>((row * n + col) * k);
                double r = 0, g = 0, b = 0, top = 0;
                for (int c = 0; c < k; ++c) {
                    const QColor colour = classColour(c);
                    r += p[c] * colour.redF();
                    g += p[c] * colour.greenF();
                    b += p[c] * colour.blueF();
                    top = std::max<double>(top, p[c]);
                }
                // Certainty 0 (all classes equal) → white, 1 → a light tint of the class colour.
                const double certainty = std::clamp((top - 1.0 / k) / (1.0 - 1.0 / k), 0.0, 1.0);
                const double strength = 0.55 * certainty;
                auto mix = [strength](double c) {
                    return static_cast<int>(std::lround(255.0 * (1.0 - strength * (1.0 - c))));
                };
                line[col] = qRgb(mix(r), mix(g), mix(b));
            }
        }
    }
    update();
}

QPointF OutputView::toWidget(const QRectF& plot, double x, double y) const
{
    return { plot.left() + (x - m_area.left()) / m_area.width() * plot.width(),
        plot.bottom() - (y - m_area.top()) / m_area.height() * plot.height() };
}

void OutputView::render(QPainter& painter, const QRectF& target, const Look& look) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    if (look.background.isValid())
        painter.fillRect(target, look.background);
    const QFontMetrics metrics(painter.font());
    const double titleHeight = m_title.isEmpty() ? 0.0 : metrics.height() + 4.0;
    QRectF plot = target.adjusted(6, 6 + titleHeight, -6, -6);
    if (m_split.train.inputs.rows() == 2 || m_snapshot.inputs == 2) {
        const double side = std::min(plot.width(), plot.height()); // keep 2-D data square
        plot = QRectF(plot.center().x() - side / 2, plot.top(), side, side);
    }
    if (!m_title.isEmpty()) {
        painter.setPen(look.title);
        QFont bold = painter.font();
        bold.setBold(true);
        painter.setFont(bold);
        painter.drawText(
            QRectF(target.left(), target.top() + 4, target.width(), titleHeight), Qt::AlignCenter, m_title);
        painter.setFont(QFont());
    }
    if (!m_area.isValid() || plot.width() < 10 || plot.height() < 10) {
        painter.restore();
        return;
    }
    if (!m_map.isNull()) {
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(plot, m_map);
    }
    painter.setPen(QPen(look.frame, 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(plot);
    // Axes through the origin when it is in view: the eye needs them for xor.
    painter.setPen(QPen(look.axes, 1, Qt::DashLine));
    if (m_area.left() < 0 && m_area.right() > 0)
        painter.drawLine(toWidget(plot, 0, m_area.top()), toWidget(plot, 0, m_area.bottom()));
    if (m_area.top() < 0 && m_area.bottom() > 0)
        painter.drawLine(toWidget(plot, m_area.left(), 0), toWidget(plot, m_area.right(), 0));

    painter.setClipRect(plot);
    const bool twoD = m_split.train.inputs.rows() == 2;
    const double radius = std::clamp(plot.width() / 90.0, 2.5, 5.0);
    auto drawSamples = [&](const gelulab::Dataset& samples, bool test) {
        for (Eigen::Index i = 0; i < samples.size(); ++i) {
            const double x = samples.inputs(0, i);
            const double y = twoD ? samples.inputs(1, i) : samples.targets(0, i);
            const QColor colour = twoD ? classColour(static_cast<int>(samples.targets(0, i))) : look.samples;
            const QPointF at = toWidget(plot, x, y);
            if (test) {
                painter.setPen(QPen(colour, 1.6));
                painter.setBrush(Qt::white);
            } else {
                painter.setPen(QPen(Qt::white, 1.0));
                painter.setBrush(colour);
            }
            painter.drawEllipse(at, radius, radius);
        }
    };
    drawSamples(m_split.train, false);
    drawSamples(m_split.test, true);

    if (m_snapshot.inputs == 1 && m_snapshot.resolution > 1) {
        QPainterPath path;
        const int n = m_snapshot.resolution;
        for (int i = 0; i < n; ++i) {
            const double x = m_area.left() + i * m_area.width() / (n - 1);
            const QPointF at = toWidget(plot, x, m_snapshot.values[static_cast<std::size_t>(i)]);
            if (i == 0)
                path.moveTo(at);
            else
                path.lineTo(at);
        }
        painter.setPen(QPen(m_curveColour, 2.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
    }
    painter.restore();
}

void OutputView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    render(painter, rect());
}
