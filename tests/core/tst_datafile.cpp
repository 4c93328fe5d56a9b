// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include <gelulab/atomicfile.h>
#include <gelulab/datafile.h>
#include <gelulab/fileerror.h>
#include <gelulab/trainingsetup.h>

#include "tolerance.h"

#include <QTemporaryDir>
#include <QTest>

class TestDataFile : public QObject {
    Q_OBJECT

private slots:
    void roundTrip();
    void readsHandWrittenFile();
    void badData_data();
    void badData();
    void atomicWriteReplacesWhole();
    void atomicWriteFailureLeavesNothing();
};

void TestDataFile::roundTrip()
{
    gelulab::TrainingSetup setup;
    setup.dataset = gelulab::DatasetKind::Spiral3;
    const gelulab::Dataset data = gelulab::makeDatasetFor(setup).train;
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("d.csv")).toStdString();
    gelulab::writeDataFile(path, data);
    const gelulab::Dataset back = gelulab::readDataFile(path);
    QVERIFY(back.inputs == data.inputs); // shortest round-trip text: exact
    QVERIFY(back.targets == data.targets);
}

void TestDataFile::readsHandWrittenFile()
{
    const gelulab::Dataset data = gelulab::parseData("x1, x2 ,y1,y2\r\n1,2,3,4\n-0.5,1e-3,7,+8\n\n", "d.csv");
    QCOMPARE(data.inputs.rows(), 2);
    QCOMPARE(data.targets.rows(), 2);
    QCOMPARE(data.size(), 2);
    GELULAB_VERIFY_EXACT(data.inputs(0, 1), -0.5);
    GELULAB_VERIFY_EXACT(data.inputs(1, 1), 0.001);
    GELULAB_VERIFY_EXACT(data.targets(1, 1), 8.0);
    const gelulab::Dataset single = gelulab::parseData("x1,y\r\n 3 , 1 \r\n", "s.csv");
    QCOMPARE(single.inputs.rows(), 1);
    GELULAB_VERIFY_EXACT(single.targets(0, 0), 1.0);
}

void TestDataFile::badData_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("mentions");
    QTest::addRow("empty file") << QByteArray("") << "d.csv: line 1";
    QTest::addRow("header without y") << QByteArray("x1,x2\n1,2\n") << "line 1";
    QTest::addRow("header out of order")
        << QByteArray("x2,x1,y\n1,2,0\n") << "line 1, column 1: unexpected header 'x2'";
    QTest::addRow("header unknown") << QByteArray("x1,label\n1,0\n") << "'label'";
    QTest::addRow("no rows") << QByteArray("x1,y\n") << "no data rows";
    QTest::addRow("ragged row") << QByteArray("x1,x2,y\n1,2,0\n3,1\n")
                                << "d.csv: line 3: 2 fields, but the header has 3";
    QTest::addRow("non-numeric") << QByteArray("x1,x2,y\n1,2,0\n3,abc,1\n")
                                 << "line 3, column x2: 'abc' is not a number";
    QTest::addRow("empty field") << QByteArray("x1,x2,y\n1,,0\n") << "line 2, column x2";
    QTest::addRow("nan") << QByteArray("x1,x2,y\n1,2,0\n1,nan,1\n")
                         << "line 3, column x2: nan is not allowed";
    QTest::addRow("inf target") << QByteArray("x1,y\n1,-inf\n") << "line 2, column y: -inf";
    QTest::addRow("blank line inside") << QByteArray("x1,y\n1,0\n\n2,1\n") << "line 3: empty line";
}

void TestDataFile::badData()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, mentions);
    try {
        gelulab::parseData(csv.toStdString(), "d.csv");
        QFAIL("no error for bad data");
    } catch (const gelulab::FileError& error) {
        const QString message = QString::fromUtf8(error.what());
        QVERIFY2(message.startsWith("d.csv: "), qPrintable(message));
        QVERIFY2(message.contains(mentions), qPrintable(message));
        QVERIFY2(!message.contains('\n'), qPrintable(message));
    }
}

void TestDataFile::atomicWriteReplacesWhole()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.txt"));
    gelulab::writeFileAtomically(path.toStdString(), std::string(100000, 'a'));
    gelulab::writeFileAtomically(path.toStdString(), "short\n");
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("short\n"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

void TestDataFile::atomicWriteFailureLeavesNothing()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("no/such/folder/out.txt"));
    QVERIFY_THROWS_EXCEPTION(gelulab::FileError, gelulab::writeFileAtomically(missing.toStdString(), "x"));
    // A folder standing where the file should go: rename fails, the temporary file is cleaned up.
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("taken")));
    QVERIFY_THROWS_EXCEPTION(gelulab::FileError,
        gelulab::writeFileAtomically(dir.filePath(QStringLiteral("taken")).toStdString(), "x"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);
}

QTEST_GUILESS_MAIN(TestDataFile)
#include "tst_datafile.moc"
