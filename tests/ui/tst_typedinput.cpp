// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
// The usual suspects typed into every spin box and line edit a lecturer can reach: whatever is
// typed, the widget ends with a valid value and the panel's invariants hold (min < max, finite
// ranges, a trainable network), without a crash.
#include "curvechart.h"
#include "curveexplorer.h"
#include "trainerpanel.h"

#include <QAbstractSpinBox>
#include <QLineEdit>
#include <QTest>

#include <cmath>

namespace {

const QStringList kSuspects { "", "   ", "nan", "inf", "-inf", "1e308", "-1e308", "-0", "abc", "12abc",
                              "99999999999999999999", "-99999999999999999999", "0x10", "1,5", "\xef\xbf\xbd",
                              QString(5000, QLatin1Char('9')) };

void typeInto(QWidget* widget, const QString& text)
{
    QLineEdit* edit = qobject_cast<QLineEdit*>(widget);
    if (!edit)
        edit = widget->findChild<QLineEdit*>();
    QVERIFY(edit);
    widget->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    bool ascii = true;
    for (const QChar c : text)
        ascii = ascii && c.unicode() < 128;
    if (ascii)
        QTest::keyClicks(edit, text);
    else
        edit->insert(text); // QTest types ASCII only; insert() goes through the same validator
    QTest::keyClick(edit, Qt::Key_Return);
    QTest::keyClick(edit, Qt::Key_Tab); // leaving the field commits or reverts it
}

} // namespace

class TestTypedInput : public QObject {
    Q_OBJECT

private slots:
    void explorerFields_data();
    void explorerFields();
    void trainerFields_data();
    void trainerFields();
};

void TestTypedInput::explorerFields_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    for (const char* field : { "minSpin", "maxSpin", "yMinSpin", "yMaxSpin" }) {
        for (const QString& text : kSuspects)
            QTest::addRow("%s ← '%s'", field, qPrintable(text.left(12))) << QString::fromLatin1(field) << text;
    }
}

void TestTypedInput::explorerFields()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    CurveExplorer explorer;
    explorer.resize(1200, 760);
    explorer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&explorer));
    auto* box = explorer.findChild<QAbstractSpinBox*>(field);
    QVERIFY(box);
    box->setEnabled(true);
    typeInto(box, text);
    explorer.redrawNow();
    const CurveExplorerState& state = explorer.state();
    QVERIFY(std::isfinite(state.x.from) && std::isfinite(state.x.to));
    QVERIFY2(state.x.from < state.x.to, qPrintable(QStringLiteral("x %1 .. %2").arg(state.x.from).arg(state.x.to)));
    QVERIFY(std::isfinite(state.y.from) && std::isfinite(state.y.to) && state.y.from < state.y.to);
    QVERIFY(state.x.from >= CurveExplorerState::xLimits.from && state.x.to <= CurveExplorerState::xLimits.to);
    // The chart still draws finite points within the range.
    const auto points = explorer.curveChart()->valuePoints();
    QVERIFY(!points.isEmpty());
    for (const QPointF& p : points)
        QVERIFY(std::isfinite(p.x()) && std::isfinite(p.y()));
}

void TestTypedInput::trainerFields_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    for (const char* field : { "noiseSpin", "testShareSpin", "seedSpin", "batchSpin", "hiddenEdit" }) {
        for (const QString& text : kSuspects)
            QTest::addRow("%s ← '%s'", field, qPrintable(text.left(12))) << QString::fromLatin1(field) << text;
    }
    QTest::addRow("hiddenEdit ← '0,0'") << "hiddenEdit" << "0,0";
    QTest::addRow("hiddenEdit ← '-3'") << "hiddenEdit" << "-3";
    QTest::addRow("hiddenEdit ← '100000'") << "hiddenEdit" << "100000";
    QTest::addRow("hiddenEdit ← '8,,8'") << "hiddenEdit" << "8,,8";
}

void TestTypedInput::trainerFields()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    TrainerPanel panel;
    panel.resize(1100, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QWidget* widget = panel.findChild<QWidget*>(field);
    QVERIFY(widget);
    typeInto(widget, text);
    const gelulab::TrainingSetup& setup = panel.settings().setup;
    QVERIFY(std::isfinite(setup.noise) && setup.noise >= 0.0);
    QVERIFY(setup.testFraction >= 0.0 && setup.testFraction < 1.0);
    QVERIFY(setup.batchSize >= 0);
    for (const int width : setup.hidden)
        QVERIFY2(width >= 1 && width <= 256, qPrintable(QString::number(width)));
    // And it still trains.
    panel.step();
    QTRY_VERIFY_WITH_TIMEOUT(panel.stepCount(0) == 1 || !panel.divergence(0).isEmpty(), 10000);
}

QTEST_MAIN(TestTypedInput)
#include "tst_typedinput.moc"
