// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QList>
#include <QPointF>
#include <QWidget>

namespace gelulab {
class LossHistory;
}

class CurveLayer;
class QChart;
class QChartView;
class QLabel;
class QLineSeries;
class QLogValueAxis;
class QPainter;
class QValueAxis;

// The live loss plot: one line per curve (train solid, test dashed), drawn from the full history
// decimated to about one point per pixel (min and max of each bucket, so spikes stay visible), so
// a refresh costs the same at step 10^3 and 10^7. Everything Qt Charts stays inside this class.
class LossChart : public QWidget {
    Q_OBJECT
public:
    struct Curve {
        QString name;
        QColor colour;
        bool dashed = false;
        const gelulab::LossHistory* history = nullptr; // owned by the caller, outlives the chart's use
    };
    enum class Theme { Light, Dark };

    explicit LossChart(QWidget* parent = nullptr);

    void setCurves(const QList<Curve>& curves);
    // Redraws every curve from its history: decimate, hand the points to the layer, update the axes once.
    void refresh();

    void setLogarithmic(bool logarithmic);
    bool isLogarithmic() const { return m_logarithmic; }

    // The most points one series gets: about the plot's width in pixels (at least 200).
    int maxPoints() const;
    void setMaxPoints(int points) { m_fixedMaxPoints = points; }
    // The points drawn for a curve, in axis units (step, loss).
    QList<QPointF> curvePoints(int curve) const;
    QString seriesName(int curve) const;
    int curveCount() const { return static_cast<int>(m_curves.size()); }
    // The loss axis as shown (linear scale): its ends and the interval between its ticks.
    double yMin() const;
    double yMax() const;
    double yTickInterval() const;
    // The printf format of its labels: just enough decimals for the tick.
    QString yLabelFormat() const;

    // Where (step, loss) is on the widget, as Qt Charts maps it through the axes (log or linear).
    QPointF positionOf(const QPointF& value) const;

    // "step 120\nGELU train 0.0421\n…": every curve's loss at the step nearest `step`, a line each.
    QString readoutAt(double step) const;
    QString readoutText() const;
    // Shows the readout for a position in chart widget coordinates (what hovering does).
    void showReadoutAt(const QPointF& widgetPosition);

    // Draws the chart into `target` of `painter` as it would look at target's size in `theme`, for
    // exporting, without touching the widget on screen.
    // `fontScale` and `lineScale` multiply the on-screen type and line widths (exported figures grow
    // them with their size); `transparent` leaves the background unpainted.
    void render(QPainter* painter, const QRectF& target, Theme theme, qreal fontScale = 1.0, qreal lineScale = 1.0,
                bool transparent = false);
    QImage renderImage(const QSize& size, Theme theme, qreal devicePixelRatio = 1.0);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyTheme(Theme theme);
    void attachYAxis();
    // Hands the decimated points and the series' pens to the layer, and places it on the plot.
    void updateLayer();
    void updateLayerView();

    QList<Curve> m_curves;
    QList<QLineSeries*> m_series; // empty: legend entries and the pens the layer draws with
    QList<QList<QPointF>> m_points; // per curve, in axis units (loss, not log10 of it)
    CurveLayer* m_layer = nullptr;
    QChart* m_chart = nullptr;
    QChartView* m_view = nullptr;
    QValueAxis* m_axisX = nullptr;
    QValueAxis* m_axisY = nullptr;
    QLogValueAxis* m_axisLogY = nullptr;
    QLabel* m_readout = nullptr;
    bool m_logarithmic = false;
    int m_fixedMaxPoints = 0;
    int m_refreshedBudget = 0; // maxPoints() at the last refresh
    Theme m_theme = Theme::Light;
};
