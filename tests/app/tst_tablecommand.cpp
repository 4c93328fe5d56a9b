// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
// Runs the real `gelulab` executable, as a user or a script would.
#include "referencetable.h"
#include "tolerance.h"

#include <QProcess>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runGelulab(const QStringList& arguments, const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(GELULAB_EXECUTABLE), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
             process.readAllStandardError() };
}

} // namespace

class TestTableCommand : public QObject {
    Q_OBJECT

private slots:
    void valuesMatchReference_data();
    void valuesMatchReference();
    void rangeSampling();
    void nonFiniteWords();
    void badInput_data();
    void badInput();
    void noDisplayMessage();
};

void TestTableCommand::valuesMatchReference_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addRow("exact") << "exact";
    QTest::addRow("none") << "none";
    QTest::addRow("tanh") << "tanh";
    QTest::addRow("sigmoid") << "sigmoid";
}

void TestTableCommand::valuesMatchReference()
{
    QFETCH(QString, mode);
    const QByteArray referenceMode = mode == "none" ? "exact" : mode.toUtf8();
    const ReferenceTable table(QStringLiteral("gelu_reference.csv"));
    QStringList xs;
    QList<QList<QByteArray>> expected;
    for (const auto& row : table.rows()) {
        const double x = ReferenceTable::number(row[1]);
        if (row[0] == referenceMode && std::fabs(x) <= 50.0) {
            xs << QString::fromLatin1(row[1]);
            expected << row;
        }
    }
    const Run run = runGelulab({ "table", "--mode", mode, "--x", xs.join(',') });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.isEmpty());
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.first(), QByteArray("x,gelu,gelu_derivative,relu,relu_derivative"));
    QCOMPARE(lines.size(), expected.size() + 1);
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QList<QByteArray> cells = lines[i + 1].split(',');
        QCOMPARE(cells.size(), 5);
        const double x = ReferenceTable::number(cells[0]);
        GELULAB_VERIFY_EXACT(x, ReferenceTable::number(expected[i][1]));
        const double value = ReferenceTable::number(expected[i][2]);
        const double derivative = ReferenceTable::number(expected[i][3]);
        GELULAB_VERIFY_WITHIN(ReferenceTable::number(cells[1]), value, 1e-12, 1e-300);
        // Next to f'(x) = 0 the derivative is held to 1e-16 absolute.
        GELULAB_VERIFY_WITHIN(ReferenceTable::number(cells[2]), derivative, 1e-12, 1e-16);
        GELULAB_VERIFY_EXACT(ReferenceTable::number(cells[3]), x > 0 ? x : 0.0);
        GELULAB_VERIFY_EXACT(ReferenceTable::number(cells[4]), x > 0 ? 1.0 : 0.0);
    }
}

void TestTableCommand::rangeSampling()
{
    const Run run = runGelulab({ "table", "--mode", "tanh", "--from", "-3", "--to", "3", "--points", "13" });
    QCOMPARE(run.exitCode, 0);
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 14);
    // −3 + i·0.5 are exact binary fractions, and shortest round-trip prints them as such.
    for (int i = 0; i < 13; ++i)
        QCOMPARE(lines[i + 1].split(',').first(), QByteArray::number(-3.0 + 0.5 * i));
    QCOMPARE(lines[7], QByteArray("0,0,0.5,0,0"));
}

void TestTableCommand::nonFiniteWords()
{
    const Run run = runGelulab({ "table", "--mode", "exact", "--x", "inf,-inf,nan,-0" });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("x,gelu,gelu_derivative,relu,relu_derivative\n"
                                 "inf,inf,1,inf,1\n"
                                 "-inf,0,0,0,0\n"
                                 "nan,nan,nan,nan,nan\n"
                                 "-0,-0,0.5,0,0\n"));
}

void TestTableCommand::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::addRow("inverted range") << QStringList { "--mode", "exact", "--from", "3", "--to", "1", "--points", "5" } << "--from";
    QTest::addRow("zero points") << QStringList { "--mode", "exact", "--from", "-1", "--to", "1", "--points", "0" } << "--points";
    QTest::addRow("negative points") << QStringList { "--mode", "exact", "--from", "-1", "--to", "1", "--points", "-4" } << "--points";
    QTest::addRow("huge points") << QStringList { "--mode", "exact", "--from", "-1", "--to", "1", "--points", "99999999999" } << "--points";
    QTest::addRow("unknown mode") << QStringList { "--mode", "erf", "--x", "1" } << "erf";
    QTest::addRow("missing mode") << QStringList { "--x", "1" } << "--mode";
    QTest::addRow("word in --x") << QStringList { "--mode", "tanh", "--x", "1,two,3" } << "two";
    QTest::addRow("empty item in --x") << QStringList { "--mode", "tanh", "--x", "1,,3" } << "--x";
    QTest::addRow("word in --from") << QStringList { "--mode", "exact", "--from", "a", "--to", "1", "--points", "3" } << "--from";
    QTest::addRow("infinite --to") << QStringList { "--mode", "exact", "--from", "0", "--to", "inf", "--points", "3" } << "--to";
    QTest::addRow("missing --points") << QStringList { "--mode", "exact", "--from", "0", "--to", "1" } << "--points";
    QTest::addRow("both forms") << QStringList { "--mode", "exact", "--x", "1", "--from", "0" } << "either";
    QTest::addRow("unknown option") << QStringList { "--mode", "exact", "--x", "1", "--colour", "red" } << "--colour";
    QTest::addRow("value missing") << QStringList { "--mode" } << "--mode";
    QTest::addRow("stray word") << QStringList { "--mode", "exact", "--x", "1", "extra" } << "extra";
}

void TestTableCommand::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const Run run = runGelulab(QStringList { "table" } + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.isEmpty(), run.out.constData()); // never a partial table
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY2(run.err.contains(mentions.toUtf8()), run.err.constData());
}

void TestTableCommand::noDisplayMessage()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    const Run run = runGelulab({}, env);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY(run.err.contains("no display"));
    QVERIFY(run.err.contains("xvfb-run " GELULAB_EXECUTABLE "'")); // the program as it was started
    QVERIFY(run.err.contains("gelulab table"));
}

QTEST_GUILESS_MAIN(TestTableCommand)
#include "tst_tablecommand.moc"
