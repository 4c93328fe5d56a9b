// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include "exportjob.h"

#include <QTest>

namespace {

std::vector<std::string> words(const QStringList& list)
{
    std::vector<std::string> out;
    for (const QString& w : list)
        out.push_back(w.toStdString());
    return out;
}

} // namespace

class TestExportJob : public QObject {
    Q_OBJECT

private slots:
    void defaults();
    void fullLine();
    void upperCaseExtension();
    void rejects_data();
    void rejects();
    void batchLineSplitting_data();
    void batchLineSplitting();
};

void TestExportJob::defaults()
{
    std::string error;
    const auto job = gelulab::ExportJob::parse(words({ "out.png" }), error);
    QVERIFY(error.empty());
    QCOMPARE(QString::fromStdString(job.output), QStringLiteral("out.png"));
    QCOMPARE(QString::fromStdString(job.panel), QStringLiteral("curves"));
    QCOMPARE(job.width, 1920);
    QCOMPARE(job.height, 1080);
    QCOMPARE(job.scale, 1);
    QVERIFY(job.from == -3.0 && job.to == 3.0);
    QVERIFY(!job.transparent);
}

void TestExportJob::upperCaseExtension()
{
    std::string error;
    const auto job = gelulab::ExportJob::parse(words({ "Slide.PNG", "--scale", "2" }), error);
    QVERIFY2(error.empty(), error.c_str());
    QVERIFY(job.isPng());
    QCOMPARE(job.scale, 2);
}

void TestExportJob::fullLine()
{
    std::string error;
    const auto job = gelulab::ExportJob::parse(
        words({ "--panel", "error", "figs/err.svg", "--mode", "tanh", "--from", "-6", "--to=6", "--curves",
                "gelu,compare,keypoints", "--size", "1024x768", "--theme", "projector", "--font-scale", "1.3",
                "--transparent", "--caption", "GELU vs tanh" }),
        error);
    QVERIFY2(error.empty(), error.c_str());
    QCOMPARE(QString::fromStdString(job.output), QStringLiteral("figs/err.svg"));
    QCOMPARE(QString::fromStdString(job.panel), QStringLiteral("error"));
    QCOMPARE(int(job.mode), int(gelulab::GeluMode::Tanh));
    QVERIFY(job.from == -6.0 && job.to == 6.0);
    QCOMPARE(job.curves, (std::set<std::string> { "gelu", "compare", "keypoints" }));
    QCOMPARE(job.width, 1024);
    QCOMPARE(job.height, 768);
    QCOMPARE(QString::fromStdString(job.theme), QStringLiteral("projector"));
    QVERIFY(job.fontScale == 1.3);
    QVERIFY(job.transparent);
    QCOMPARE(QString::fromStdString(job.caption), QStringLiteral("GELU vs tanh"));
}

void TestExportJob::rejects_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::addRow("no output") << QStringList { "--mode", "tanh" } << "output file";
    QTest::addRow("two outputs") << QStringList { "a.png", "b.png" } << "one output";
    QTest::addRow("unknown extension") << QStringList { "a.jpg" } << ".png, .svg or .pdf";
    QTest::addRow("no extension") << QStringList { "figure" } << ".png, .svg or .pdf";
    QTest::addRow("bad panel") << QStringList { "a.png", "--panel", "table" } << "--panel";
    QTest::addRow("bad mode") << QStringList { "a.png", "--mode", "erf" } << "--mode";
    QTest::addRow("inverted range") << QStringList { "a.png", "--from", "2", "--to", "1" } << "--from";
    QTest::addRow("nan range") << QStringList { "a.png", "--from", "nan" } << "--from";
    QTest::addRow("bad curve") << QStringList { "a.png", "--curves", "gelu,sine" } << "sine";
    QTest::addRow("empty curve") << QStringList { "a.png", "--curves", "gelu," } << "--curves";
    QTest::addRow("zero size") << QStringList { "a.png", "--size", "0x100" } << "16384";
    QTest::addRow("huge size") << QStringList { "a.png", "--size", "16385x100" } << "16384";
    QTest::addRow("huge scaled png") << QStringList { "a.png", "--size", "9000x100", "--scale", "2" } << "16384";
    QTest::addRow("size words") << QStringList { "a.png", "--size", "wide" } << "WIDTHxHEIGHT";
    QTest::addRow("negative size") << QStringList { "a.png", "--size", "-5x100" } << "16384";
    QTest::addRow("scale 4") << QStringList { "a.png", "--scale", "4" } << "--scale";
    QTest::addRow("bad theme") << QStringList { "a.png", "--theme", "neon" } << "--theme";
    QTest::addRow("font scale 0") << QStringList { "a.png", "--font-scale", "0" } << "--font-scale";
    QTest::addRow("font scale inf") << QStringList { "a.png", "--font-scale", "inf" } << "--font-scale";
    QTest::addRow("trainer option on curves") << QStringList { "a.png", "--dataset", "xor" } << "--panel trainer";
    QTest::addRow("unknown option") << QStringList { "a.png", "--dpi", "300" } << "--dpi";
}

void TestExportJob::rejects()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    std::string error;
    gelulab::ExportJob::parse(words(arguments), error);
    QVERIFY(!error.empty());
    QVERIFY2(QString::fromStdString(error).contains(mentions), error.c_str());
    QVERIFY(error.find('\n') == std::string::npos);
}

void TestExportJob::batchLineSplitting_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<bool>("valid");
    QTest::addRow("plain") << "a.png --theme dark" << QStringList { "a.png", "--theme", "dark" } << true;
    QTest::addRow("double quotes") << R"q(a.png --caption "GELU = x·Φ(x)")q" << QStringList { "a.png", "--caption", "GELU = x·Φ(x)" } << true;
    QTest::addRow("single quotes") << "'my fig.svg' --mode tanh" << QStringList { "my fig.svg", "--mode", "tanh" } << true;
    QTest::addRow("escaped blank") << R"(my\ fig.pdf)" << QStringList { "my fig.pdf" } << true;
    QTest::addRow("empty quotes") << R"(a.png --caption "")" << QStringList { "a.png", "--caption", "" } << true;
    QTest::addRow("tabs and CR") << "a.png\t--scale 2\r" << QStringList { "a.png", "--scale", "2" } << true;
    QTest::addRow("unterminated") << R"(a.png --caption "oops)" << QStringList {} << false;
    QTest::addRow("trailing comment") << "a.png --theme dark  # the dark slide" << QStringList { "a.png", "--theme", "dark" } << true;
    QTest::addRow("hash inside a word") << "fig#2.png" << QStringList { "fig#2.png" } << true;
    QTest::addRow("quoted hash") << R"q(a.png --caption "step #3")q" << QStringList { "a.png", "--caption", "step #3" } << true;
}

void TestExportJob::batchLineSplitting()
{
    QFETCH(QString, line);
    QFETCH(QStringList, expected);
    QFETCH(bool, valid);
    std::string error;
    const auto got = gelulab::splitBatchLine(line.toStdString(), error);
    QCOMPARE(error.empty(), valid);
    QStringList gotList;
    for (const auto& w : got)
        gotList << QString::fromStdString(w);
    QCOMPARE(gotList, expected);
}

QTEST_APPLESS_MAIN(TestExportJob)
#include "tst_exportjob.moc"
