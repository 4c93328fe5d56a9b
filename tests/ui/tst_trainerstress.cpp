// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
// Everything a restless lecturer can do to the trainer, many times in quick succession, while the
// worker thread trains and an export renders the panel. Run under the tsan preset this is the race
// test; in every preset it checks that the panel ends consistent and no thread is left behind.
#include "figurewriter.h"
#include "trainerfigure.h"
#include "trainerpanel.h"

#include <QComboBox>
#include <QPainter>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSlider>
#include <QTest>
#include <QThread>

class TestTrainerStress : public QObject {
    Q_OBJECT

private slots:
    void quickSuccession_data();
    void quickSuccession();
    void destroyedMidRun();
};

void TestTrainerStress::quickSuccession_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addRow("seed 1") << 1u;
    QTest::addRow("seed 2") << 2u;
    QTest::addRow("seed 3") << 3u;
}

void TestTrainerStress::quickSuccession()
{
    QFETCH(quint32, seed);
    QRandomGenerator random(seed);
    TrainerPanel panel;
    panel.resize(1100, 700);
    panel.show();
    auto* dataset = panel.findChild<QComboBox*>(QStringLiteral("datasetBox"));
    auto* rate = panel.findChild<QSlider*>(QStringLiteral("learningRateSlider"));
    QVERIFY(dataset && rate);
    TrainerFigure figure(&panel);
    for (int round = 0; round < 60; ++round) {
        switch (random.bounded(7)) {
        case 0:
            panel.play();
            break;
        case 1:
            panel.pause();
            break;
        case 2:
            panel.step();
            break;
        case 3:
            rate->setValue(rate->minimum() + int(random.bounded(rate->maximum() - rate->minimum() + 1)));
            break;
        case 4:
            dataset->setCurrentIndex(int(random.bounded(dataset->count())));
            break;
        case 5:
            panel.reset();
            break;
        case 6: // an export while the worker runs
            FigureWriter::renderImage(QSize(320, 180), 1, [&figure](QPainter& painter, const QRectF& target) {
                figure.paintFigure(painter, target, {});
            });
            break;
        }
        QTest::qWait(int(random.bounded(8)));
    }
    panel.play();
    QTRY_VERIFY_WITH_TIMEOUT(panel.stepCount(0) > 0, 10000);
    panel.pause();
    QVERIFY(!panel.isPlaying());
    // After a reset the panel is back at step 0 with empty histories, whatever came before.
    panel.reset();
    QTRY_COMPARE_WITH_TIMEOUT(panel.stepCount(0), std::int64_t(0), 5000);
    QCOMPARE(panel.trainHistory(0).size(), std::size_t(0));
}

void TestTrainerStress::destroyedMidRun()
{
    for (int i = 0; i < 20; ++i) {
        auto panel = std::make_unique<TrainerPanel>();
        panel->play();
        QTest::qWait(i % 5);
        QPointer<QThread> thread = panel->workerThread();
        panel.reset(); // close while the worker is mid-step
        QVERIFY(thread.isNull()); // joined and deleted with the panel
    }
}

QTEST_MAIN(TestTrainerStress)
#include "tst_trainerstress.moc"
