// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
// `gelulab export` end to end: the real executable writes files that are checked pixel by pixel,
// element by element, against what core says the curves are.
#include "tolerance.h"

#include <gelulab/activations.h>

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runGelulab(const QStringList& arguments, const QStringList& extraEnvironment = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY")); // export must not need one
    for (const QString& assignment : extraEnvironment)
        env.insert(assignment.section(QLatin1Char('='), 0, 0), assignment.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(GELULAB_EXECUTABLE), arguments);
    if (!process.waitForFinished(120000))
        return {};
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
             process.readAllStandardError() };
}

QByteArray readAll(const QString& fileName)
{
    QFile file(fileName);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The light theme's colour for the exact GELU curve (Okabe–Ito blue).
const QColor kExactBlue(0x00, 0x72, 0xb2);

// Vertical centre of the pixels in column `x` that are close to `colour`, or −1.
double curveRowInColumn(const QImage& image, int x, const QColor& colour)
{
    double sum = 0;
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        const QColor c = image.pixelColor(x, y);
        const int distance = std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green())
            + std::abs(c.blue() - colour.blue());
        if (distance < 40) {
            sum += y;
            ++count;
        }
    }
    return count ? sum / count : -1.0;
}

} // namespace

class TestExportCommand : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void pngSize_data();
    void pngSize();
    void backgroundFollowsTheme_data();
    void backgroundFollowsTheme();
    void curveLiesWhereCoreSays_data();
    void curveLiesWhereCoreSays();
    void trainerPanelTrainsAndDraws();
    void svgIsVector();
    void pdfIsOnePageWithChartAspect();
    void batchWritesEveryLine();
    void badBatchWritesNothing();
    void batchRejectsTheSameFileTwice();
    void errors_data();
    void errors();
    void failedOverwriteKeepsOldFile();

private:
    QTemporaryDir m_dir;
};

void TestExportCommand::initTestCase() { QVERIFY(m_dir.isValid()); }

void TestExportCommand::pngSize_data()
{
    QTest::addColumn<QString>("size");
    QTest::addColumn<int>("scale");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QSize>("pixels");
    QTest::addRow("720p @1") << "1280x720" << 1 << "" << QSize(1280, 720);
    QTest::addRow("720p @2") << "1280x720" << 2 << "" << QSize(2560, 1440);
    QTest::addRow("4:3 @3") << "1024x768" << 3 << "" << QSize(3072, 2304);
    QTest::addRow("720p @2 on a 2x screen") << "1280x720" << 2 << "QT_SCALE_FACTOR=2" << QSize(2560, 1440);
    QTest::addRow("800x600 @1 on a 2x screen") << "800x600" << 1 << "QT_SCALE_FACTOR=2" << QSize(800, 600);
}

void TestExportCommand::pngSize()
{
    QFETCH(QString, size);
    QFETCH(int, scale);
    QFETCH(QString, environment);
    QFETCH(QSize, pixels);
    const QString file = m_dir.filePath(QStringLiteral("size.png"));
    const Run run = runGelulab({ "export", file, "--size", size, "--scale", QString::number(scale) },
                               environment.isEmpty() ? QStringList() : QStringList { environment });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QImage image(file);
    QCOMPARE(image.size(), pixels);
    // Not blank: a chart has many colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 5)
        for (int x = 0; x < image.width(); x += 5)
            colours.insert(image.pixel(x, y));
    QVERIFY(colours.size() > 20);
}

void TestExportCommand::backgroundFollowsTheme_data()
{
    QTest::addColumn<QString>("theme");
    QTest::addColumn<bool>("transparent");
    QTest::addColumn<QColor>("corner");
    QTest::addRow("light") << "light" << false << QColor(Qt::white);
    QTest::addRow("dark") << "dark" << false << QColor(0x1e, 0x1f, 0x22);
    QTest::addRow("projector") << "projector" << false << QColor(Qt::white);
    QTest::addRow("transparent") << "light" << true << QColor(0, 0, 0, 0);
}

void TestExportCommand::backgroundFollowsTheme()
{
    QFETCH(QString, theme);
    QFETCH(bool, transparent);
    QFETCH(QColor, corner);
    const QString file = m_dir.filePath(QStringLiteral("theme.png"));
    QStringList arguments { "export", file, "--size", "640x360", "--theme", theme };
    if (transparent)
        arguments << "--transparent";
    const Run run = runGelulab(arguments);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QImage image = QImage(file).convertToFormat(QImage::Format_ARGB32);
    for (const QPoint p : { QPoint(1, 1), QPoint(638, 1), QPoint(1, 358), QPoint(638, 358) }) {
        const QColor got = image.pixelColor(p);
        QCOMPARE(got.alpha(), corner.alpha());
        if (!transparent)
            QCOMPARE(got, corner);
    }
}

void TestExportCommand::curveLiesWhereCoreSays_data()
{
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("to");
    QTest::addRow("textbook [-3, 3]") << -3.0 << 3.0;
    QTest::addRow("[-6, 2]") << -6.0 << 2.0;
}

void TestExportCommand::curveLiesWhereCoreSays()
{
    QFETCH(double, from);
    QFETCH(double, to);
    const QString file = m_dir.filePath(QStringLiteral("curve.png"));
    const Run run = runGelulab({ "export", file, "--size", "1200x800", "--curves", "gelu", "--from",
                                 QString::number(from), "--to", QString::number(to) });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QImage image = QImage(file).convertToFormat(QImage::Format_RGB32);

    // The plot's horizontal extent: the first and last columns holding curve pixels.
    int left = -1;
    int right = -1;
    for (int x = 0; x < image.width(); ++x) {
        if (curveRowInColumn(image, x, kExactBlue) >= 0) {
            if (left < 0)
                left = x;
            right = x;
        }
    }
    QVERIFY(left >= 0 && right - left > image.width() / 2);
    const auto columnOf = [&](double x) { return int(std::lround(left + (x - from) / (to - from) * (right - left))); };
    // The vertical scale from two columns well apart, then every other column must agree with core.
    const double xa = from + 0.1 * (to - from);
    const double xb = from + 0.9 * (to - from);
    const double ya = curveRowInColumn(image, columnOf(xa), kExactBlue);
    const double yb = curveRowInColumn(image, columnOf(xb), kExactBlue);
    const double fa = gelulab::gelu(xa, gelulab::GeluMode::Exact);
    const double fb = gelulab::gelu(xb, gelulab::GeluMode::Exact);
    const double pixelsPerUnit = (ya - yb) / (fb - fa);
    QVERIFY(pixelsPerUnit > 10);
    for (int i = 2; i <= 8; ++i) {
        const double x = from + 0.1 * i * (to - from);
        const double expectedRow = ya - (gelulab::gelu(x, gelulab::GeluMode::Exact) - fa) * pixelsPerUnit;
        const double row = curveRowInColumn(image, columnOf(x), kExactBlue);
        // Within 3 pixels: line width and antialiasing, nothing more.
        GELULAB_VERIFY_WITHIN(row, expectedRow, 0.0, 3.0);
    }
}

void TestExportCommand::trainerPanelTrainsAndDraws()
{
    const QString file = m_dir.filePath(QStringLiteral("trainer.png"));
    const Run run = runGelulab({ "export", file, "--panel", "trainer", "--dataset", "xor", "--compare", "gelu,relu",
                                 "--steps", "300", "--seed", "2", "--size", "1280x720" });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QImage image = QImage(file).convertToFormat(QImage::Format_RGB32);
    QCOMPARE(image.size(), QSize(1280, 720));
    // The output views (right of the loss chart) paint both classes' colours after training.
    int orange = 0;
    int blue = 0;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = image.width() * 6 / 10; x < image.width(); x += 3) {
            const QColor c = image.pixelColor(x, y);
            orange += c.red() > 200 && c.blue() < 150;
            blue += c.blue() > 150 && c.red() < 150;
        }
    }
    QVERIFY2(orange > 500 && blue > 500, qPrintable(QStringLiteral("orange %1, blue %2").arg(orange).arg(blue)));
}

void TestExportCommand::svgIsVector()
{
    const QString file = m_dir.filePath(QStringLiteral("figure.svg"));
    const Run run = runGelulab({ "export", file, "--size", "1024x768", "--curves", "gelu,derivative,relu" });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QXmlStreamReader xml(readAll(file));
    QString viewBox;
    int texts = 0;
    QSet<QString> strokes;
    int images = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto attributes = xml.attributes();
        if (xml.name() == QLatin1String("svg"))
            viewBox = attributes.value(QLatin1String("viewBox")).toString();
        if (xml.name() == QLatin1String("text"))
            ++texts;
        if (xml.name() == QLatin1String("image"))
            ++images;
        if (xml.name() == QLatin1String("g") && attributes.hasAttribute(QLatin1String("stroke")))
            strokes.insert(attributes.value(QLatin1String("stroke")).toString());
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(viewBox, QStringLiteral("0 0 1024 768"));
    QVERIFY(texts >= 10); // tick labels, titles and legend stay text
    QCOMPARE(images, 0);
    // A stroked path in each visible curve's colour (light theme: exact blue, derivative vermilion, ReLU grey).
    QVERIFY2(strokes.contains(QStringLiteral("#0072b2")), qPrintable(QStringList(strokes.values()).join(' ')));
    QVERIFY(strokes.contains(QStringLiteral("#d55e00")));
    QVERIFY(strokes.contains(QStringLiteral("#555555")));
}

void TestExportCommand::pdfIsOnePageWithChartAspect()
{
    const QString file = m_dir.filePath(QStringLiteral("figure.pdf"));
    const Run run = runGelulab({ "export", file, "--size", "1123x794", "--theme", "projector" });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QByteArray pdf = readAll(file);
    QVERIFY(pdf.startsWith("%PDF-"));
    QCOMPARE(pdf.count("/Type /Page\n") + pdf.count("/Type /Page "), 1);
    const auto match = QRegularExpression(QStringLiteral("/MediaBox \\[0 0 ([\\d.]+) ([\\d.]+)\\]")).match(QString::fromLatin1(pdf));
    QVERIFY(match.hasMatch());
    GELULAB_VERIFY_WITHIN(match.captured(1).toDouble() / match.captured(2).toDouble(), 1123.0 / 794.0, 2e-3, 0.0);
    QVERIFY(!pdf.contains("/Subtype /Image"));
}

void TestExportCommand::batchWritesEveryLine()
{
    const QString batch = m_dir.filePath(QStringLiteral("deck.txt"));
    QFile file(batch);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("# slides for lecture 3\n"
                              "%1 --size 640x360\n"
                              "\n"
                              "'%2' --theme dark --mode tanh --caption \"GELU ≈ tanh form\"\n"
                              "%3 --panel error --mode sigmoid\n")
                   .arg(m_dir.filePath(QStringLiteral("deck1.png")), m_dir.filePath(QStringLiteral("deck 2.svg")),
                        m_dir.filePath(QStringLiteral("deck3.pdf")))
                   .toUtf8());
    file.close();
    const Run run = runGelulab({ "export", "--batch", batch });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(QImage(m_dir.filePath(QStringLiteral("deck1.png"))).size(), QSize(640, 360));
    QVERIFY(readAll(m_dir.filePath(QStringLiteral("deck 2.svg"))).contains("GELU ≈ tanh form"));
    QVERIFY(readAll(m_dir.filePath(QStringLiteral("deck3.pdf"))).startsWith("%PDF-"));
}

void TestExportCommand::badBatchWritesNothing()
{
    const QString batch = m_dir.filePath(QStringLiteral("bad.txt"));
    QFile file(batch);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("%1\n%2 --theme neon\n").arg(m_dir.filePath(QStringLiteral("never1.png")),
                                                         m_dir.filePath(QStringLiteral("never2.png"))).toUtf8());
    file.close();
    const Run run = runGelulab({ "export", "--batch", batch });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("line 2") && run.err.contains("--theme"), run.err.constData());
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never1.png"))));
}

void TestExportCommand::batchRejectsTheSameFileTwice()
{
    const QString batch = m_dir.filePath(QStringLiteral("twice.txt"));
    QFile file(batch);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QString target = m_dir.filePath(QStringLiteral("twice.png"));
    file.write(QStringLiteral("%1 --theme light  # first\n%1 --theme dark\n").arg(target).toUtf8());
    file.close();
    const Run run = runGelulab({ "export", "--batch", batch });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("line 2") && run.err.contains("earlier line"), run.err.constData());
    QVERIFY(!QFile::exists(target));
}

void TestExportCommand::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::addRow("missing folder") << QStringList { "no/such/folder/a.png" } << "does not exist";
    QTest::addRow("folder as file") << QStringList { "." } << ".png";
    QTest::addRow("unknown extension") << QStringList { "a.gif" } << ".png";
    QTest::addRow("zero size") << QStringList { "a.png", "--size", "0x10" } << "16384";
    QTest::addRow("too large") << QStringList { "a.png", "--size", "20000x10" } << "16384";
    QTest::addRow("bad theme") << QStringList { "a.png", "--theme", "neon" } << "--theme";
    QTest::addRow("bad option") << QStringList { "a.png", "--colour", "red" } << "--colour";
    QTest::addRow("missing batch") << QStringList { "--batch", "no-such-deck.txt" } << "batch";
    QTest::addRow("batch is a folder") << QStringList { "--batch", "/tmp" } << "batch";
    QTest::addRow("trainer: bad dataset") << QStringList { "a.png", "--panel", "trainer", "--dataset", "moons" } << "--dataset";
    QTest::addRow("trainer: bad compare") << QStringList { "a.png", "--panel", "trainer", "--compare", "gelu" } << "--compare";
    QTest::addRow("trainer: huge hidden") << QStringList { "a.png", "--panel", "trainer", "--hidden", "100000" } << "--hidden";
    QTest::addRow("trainer: zero steps") << QStringList { "a.png", "--panel", "trainer", "--steps", "0" } << "--steps";
}

void TestExportCommand::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const Run run = runGelulab(QStringList { "export" } + arguments);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY2(run.err.contains(mentions.toUtf8()), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

void TestExportCommand::failedOverwriteKeepsOldFile()
{
    const QString file = m_dir.filePath(QStringLiteral("keep.png"));
    QVERIFY(runGelulab({ "export", file, "--size", "320x200" }).exitCode == 0);
    const QByteArray before = readAll(file);
    QCOMPARE(runGelulab({ "export", file, "--size", "320x0" }).exitCode, 2);
    QCOMPARE(readAll(file), before);
}

QTEST_GUILESS_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"
