// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
// The usual suspects fed to every headless input surface of the real executable: each must give a
// clear one-line message and exit status 2, never a crash, never partial output.
#include <QProcess>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
};

// Runs gelulab through /bin/sh so arguments can carry bytes that are not UTF-8: `script` may use
// printf escapes, with "$G" standing for the executable.
Run runShell(const QByteArray& script)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("G"), QStringLiteral(GELULAB_EXECUTABLE));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral("/bin/sh"), { QStringLiteral("-c"), QString::fromLatin1(script) });
    if (!process.waitForFinished(60000)) {
        process.kill();
        return {};
    }
    return { process.exitCode(), process.exitStatus() != QProcess::NormalExit, process.readAllStandardOutput(),
             process.readAllStandardError() };
}

} // namespace

class TestBadInput : public QObject {
    Q_OBJECT

private slots:
    void tableOptions_data();
    void tableOptions();
};

void TestBadInput::tableOptions_data()
{
    QTest::addColumn<QByteArray>("script");
    const QByteArray t = R"sh("$G" table --mode exact )sh";
    QTest::addRow("empty --x") << t + R"sh(--x "")sh";
    QTest::addRow("blank --x") << t + R"sh(--x "   ")sh";
    QTest::addRow("comma only") << t + R"sh(--x ",")sh";
    QTest::addRow("non-UTF-8 --x") << t + R"sh(--x "$(printf '\377\376')")sh";
    QTest::addRow("non-UTF-8 mode") << QByteArray(R"sh("$G" table --mode "$(printf 'ex\377act')" --x 1)sh");
    QTest::addRow("overflowing number") << t + R"sh(--x 1e309)sh";
    QTest::addRow("nan --from") << t + R"sh(--from nan --to 1 --points 3)sh";
    QTest::addRow("inf --to") << t + R"sh(--from 0 --to inf --points 3)sh";
    QTest::addRow("-inf --from") << t + R"sh(--from -inf --to 0 --points 3)sh";
    QTest::addRow("empty --points") << t + R"sh(--from 0 --to 1 --points "")sh";
    QTest::addRow("negative --points") << t + R"sh(--from 0 --to 1 --points -1)sh";
    QTest::addRow("fractional --points") << t + R"sh(--from 0 --to 1 --points 2.5)sh";
    QTest::addRow("huge --points") << t + R"sh(--from 0 --to 1 --points 18446744073709551616)sh";
    QTest::addRow("equal ends") << t + R"sh(--from 1 --to 1 --points 5)sh";
    QTest::addRow("very long line") << t + R"sh(--x "$(head -c 100000 /dev/zero | tr '\0' 9)x")sh";
    QTest::addRow("directory as mode") << QByteArray(R"sh("$G" table --mode / --x 1)sh");
    QTest::addRow("no arguments") << QByteArray(R"sh("$G" table)sh");
    QTest::addRow("unknown subcommand") << QByteArray(R"sh("$G" tabel --mode exact)sh");
}

void TestBadInput::tableOptions()
{
    QFETCH(QByteArray, script);
    const Run run = runShell(script);
    QVERIFY2(!run.crashed, run.err.constData());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.isEmpty(), run.out.left(200).constData());
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY(run.err.startsWith("gelulab"));
    QVERIFY2(run.err.size() < 400, run.err.left(400).constData()); // one readable line, not an echo of the input
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
