// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include "curvechart.h"
#include "mainwindow.h"

#include "tolerance.h"

#include <gelulab/activations.h>

#include <QComboBox>
#include <QImage>
#include <QTest>

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void drawsCoreValues_data();
    void drawsCoreValues();
    void rendersSomething();
};

void TestMainWindow::drawsCoreValues_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("mode");
    QTest::addRow("exact") << 0 << int(gelulab::GeluMode::Exact);
    QTest::addRow("tanh") << 1 << int(gelulab::GeluMode::Tanh);
    QTest::addRow("sigmoid") << 2 << int(gelulab::GeluMode::Sigmoid);
}

void TestMainWindow::drawsCoreValues()
{
    QFETCH(int, index);
    QFETCH(int, mode);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* combo = window.findChild<QComboBox*>();
    QVERIFY(combo);
    combo->setCurrentIndex(index);
    const auto values = window.curveChart()->valuePoints();
    const auto derivatives = window.curveChart()->derivativePoints();
    QVERIFY(values.size() > 100);
    QCOMPARE(values.size(), derivatives.size());
    const auto m = static_cast<gelulab::GeluMode>(mode);
    for (qsizetype i = 0; i < values.size(); i += 37) {
        const double x = values[i].x();
        GELULAB_VERIFY_EXACT(values[i].y(), gelulab::gelu(x, m));
        GELULAB_VERIFY_EXACT(derivatives[i].y(), gelulab::geluDerivative(x, m));
    }
}

void TestMainWindow::rendersSomething()
{
    MainWindow window;
    window.resize(800, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QImage image = window.grab().toImage();
    QCOMPARE(image.size(), QSize(800, 600) * window.devicePixelRatio());
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 10, "the window rendered almost a single colour");
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
