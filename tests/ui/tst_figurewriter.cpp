// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include "figurewriter.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <stdexcept>

namespace {

// A figure whose pixels we know: white background (unless transparent), a red square at logical
// (40, 30)–(80, 70), a blue line from (0, 99) to (199, 99), and a caption.
FigurePainter knownFigure(bool transparent)
{
    return [transparent](QPainter& painter, const QRectF& target) {
        if (!transparent)
            painter.fillRect(target, Qt::white);
        painter.fillRect(QRectF(40, 30, 40, 40), QColor(255, 0, 0));
        painter.setPen(QPen(QColor(0, 0, 255), 2.0));
        painter.drawLine(QPointF(0, 99), QPointF(target.width() - 1, 99));
        painter.drawText(QPointF(100, 20), QStringLiteral("GELU"));
    };
}

QByteArray readAll(const QString& fileName)
{
    QFile file(fileName);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestFigureWriter : public QObject {
    Q_OBJECT

private slots:
    void pngHasExactPixels_data();
    void pngHasExactPixels();
    void svgIsVectorWithViewBox_data();
    void svgIsVectorWithViewBox();
    void pdfPageHasFigureAspect_data();
    void pdfPageHasFigureAspect();
    void rejectsBadRequests_data();
    void rejectsBadRequests();
    void failedDrawingKeepsOldFile();

private:
    QTemporaryDir m_dir;
};

void TestFigureWriter::pngHasExactPixels_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("scale");
    QTest::addColumn<bool>("transparent");
    QTest::addRow("1280x720 @1") << QSize(1280, 720) << 1 << false;
    QTest::addRow("1280x720 @2") << QSize(1280, 720) << 2 << false;
    QTest::addRow("1024x768 @3") << QSize(1024, 768) << 3 << false;
    QTest::addRow("200x120 @2 transparent") << QSize(200, 120) << 2 << true;
}

void TestFigureWriter::pngHasExactPixels()
{
    QFETCH(QSize, size);
    QFETCH(int, scale);
    QFETCH(bool, transparent);
    const QString fileName = m_dir.filePath(QStringLiteral("figure.png"));
    const QString error = FigureWriter::write({ fileName, size, scale, QStringLiteral("t") }, knownFigure(transparent));
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QImage image(fileName);
    QVERIFY(!image.isNull());
    // Exactly the requested pixels, whatever QT_SCALE_FACTOR the test runs with.
    QCOMPARE(image.size(), size * scale);
    image = image.convertToFormat(QImage::Format_ARGB32);
    const auto at = [&](double x, double y) { return image.pixelColor(int(x * scale), int(y * scale)); };
    QCOMPARE(at(60, 50), QColor(255, 0, 0)); // inside the square
    QCOMPARE(at(60, 99.5).blue(), 255); // on the line
    if (transparent) {
        QCOMPARE(at(10, 60).alpha(), 0);
    } else {
        QCOMPARE(at(10, 60), QColor(Qt::white));
        QCOMPARE(at(39, 50), QColor(Qt::white)); // just outside the square: edges are crisp
    }
}

void TestFigureWriter::svgIsVectorWithViewBox_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addRow("16:9") << QSize(1920, 1080);
    QTest::addRow("4:3") << QSize(1024, 768);
}

void TestFigureWriter::svgIsVectorWithViewBox()
{
    QFETCH(QSize, size);
    const QString fileName = m_dir.filePath(QStringLiteral("figure.svg"));
    const QString error = FigureWriter::write({ fileName, size, 3, QStringLiteral("GELU figure") }, knownFigure(false));
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QXmlStreamReader xml(readAll(fileName));
    QString viewBox;
    int texts = 0;
    int shapes = 0;
    int images = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("svg"))
            viewBox = xml.attributes().value(QLatin1String("viewBox")).toString();
        else if (xml.name() == QLatin1String("text"))
            ++texts;
        else if (QStringList { "path", "polyline", "line", "rect" }.contains(xml.name().toString()))
            ++shapes;
        else if (xml.name() == QLatin1String("image"))
            ++images;
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(viewBox, QStringLiteral("0 0 %1 %2").arg(size.width()).arg(size.height()));
    QVERIFY(texts >= 1); // text stays text
    QVERIFY(shapes >= 2); // the square and the line are vectors
    QCOMPARE(images, 0); // nothing was rasterised
}

void TestFigureWriter::pdfPageHasFigureAspect_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addRow("16:9") << QSize(1920, 1080);
    QTest::addRow("4:3") << QSize(1024, 768);
    QTest::addRow("A4 landscape") << QSize(1123, 794);
}

void TestFigureWriter::pdfPageHasFigureAspect()
{
    QFETCH(QSize, size);
    const QString fileName = m_dir.filePath(QStringLiteral("figure.pdf"));
    const QString error = FigureWriter::write({ fileName, size, 1, QStringLiteral("GELU figure") }, knownFigure(false));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QByteArray pdf = readAll(fileName);
    QVERIFY(pdf.startsWith("%PDF-"));
    QCOMPARE(pdf.count("/Type /Page\n") + pdf.count("/Type /Page ") + pdf.count("/Type /Page/"), 1);
    const QRegularExpression mediaBox(QStringLiteral("/MediaBox \\[([\\d.]+) ([\\d.]+) ([\\d.]+) ([\\d.]+)\\]"));
    const auto match = mediaBox.match(QString::fromLatin1(pdf));
    QVERIFY(match.hasMatch());
    const double width = match.captured(3).toDouble() - match.captured(1).toDouble();
    const double height = match.captured(4).toDouble() - match.captured(2).toDouble();
    // 96 px per inch, 72 pt per inch; whole points at most.
    QVERIFY2(std::fabs(width - size.width() * 0.75) <= 1.0, qPrintable(QString::number(width)));
    QVERIFY2(std::fabs(height - size.height() * 0.75) <= 1.0, qPrintable(QString::number(height)));
    QVERIFY(!pdf.contains("/Subtype /Image")); // vector content
}

void TestFigureWriter::rejectsBadRequests_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("scale");
    QTest::addColumn<QString>("mentions");
    QTest::addRow("unknown extension") << "figure.jpg" << QSize(100, 100) << 1 << "figure.jpg";
    QTest::addRow("no extension") << "figure" << QSize(100, 100) << 1 << ".png";
    QTest::addRow("zero width") << "figure.png" << QSize(0, 100) << 1 << "size";
    QTest::addRow("too wide") << "figure.png" << QSize(16385, 100) << 1 << "16384";
    QTest::addRow("too wide when scaled") << "figure.png" << QSize(8193, 100) << 2 << "16384";
    QTest::addRow("scale 4") << "figure.png" << QSize(100, 100) << 4 << "scale";
    QTest::addRow("scale 0") << "figure.png" << QSize(100, 100) << 0 << "scale";
    QTest::addRow("missing folder") << "no/such/folder/figure.png" << QSize(100, 100) << 1 << "does not exist";
    QTest::addRow("folder as target") << "adir.png" << QSize(100, 100) << 1 << "folder";
}

void TestFigureWriter::rejectsBadRequests()
{
    QFETCH(QString, name);
    QFETCH(QSize, size);
    QFETCH(int, scale);
    QFETCH(QString, mentions);
    QDir(m_dir.path()).mkpath(QStringLiteral("bad-adir.png"));
    const QString fileName = m_dir.filePath(QStringLiteral("bad-") + name);
    const QString error = FigureWriter::write({ fileName, size, scale, {} }, knownFigure(false));
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(mentions), qPrintable(error));
    QVERIFY(!error.contains(QLatin1Char('\n')));
    QVERIFY(!QFileInfo(fileName).isFile()); // nothing written, not even an empty file
}

void TestFigureWriter::failedDrawingKeepsOldFile()
{
    const QString fileName = m_dir.filePath(QStringLiteral("keep.png"));
    QVERIFY2(FigureWriter::write({ fileName, QSize(200, 120), 1, {} }, knownFigure(false)).isEmpty(), "first write");
    const QByteArray before = readAll(fileName);
    const QString error = FigureWriter::write({ fileName, QSize(300, 200), 1, {} }, [](QPainter& painter, const QRectF&) {
        painter.fillRect(QRectF(0, 0, 10, 10), Qt::black);
        throw std::runtime_error("out of ink");
    });
    QVERIFY2(error.contains(QLatin1String("out of ink")), qPrintable(error));
    QCOMPARE(readAll(fileName), before);
    // No temporary left behind either.
    QCOMPARE(QDir(m_dir.path()).entryList({ QStringLiteral("keep.png*") }, QDir::Files | QDir::Hidden).size(), 1);
}

QTEST_MAIN(TestFigureWriter)
#include "tst_figurewriter.moc"
