// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include "exportdialog.h"
#include "figuresource.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QPainter>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace {

// A stand-in panel whose figure is predictable: a theme background, a coloured block in the
// middle third, and the caption text when there is one.
class BlockFigure : public FigureSource {
public:
    BlockFigure(QString name, QColor colour)
        : m_name(std::move(name))
        , m_colour(colour)
    {
    }
    QString figureName() const override { return m_name; }
    QString defaultCaption() const override { return m_name + QStringLiteral(" caption"); }
    void paintFigure(QPainter& painter, const QRectF& target, const FigureOptions& options) const override
    {
        if (!options.transparent)
            painter.fillRect(target, options.theme == QLatin1String("dark") ? QColor(0x1e, 0x1f, 0x22) : Qt::white);
        painter.fillRect(QRectF(target.left() + target.width() / 3, target.top() + target.height() / 3,
                                target.width() / 3, target.height() / 3),
                         m_colour);
        lastCaption = options.caption;
    }
    mutable QString lastCaption;

private:
    QString m_name;
    QColor m_colour;
};

} // namespace

class TestExportDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void writesChosenSizeAndScale_data();
    void writesChosenSizeAndScale();
    void themeAndTransparency_data();
    void themeAndTransparency();
    void everythingTilesPanels();
    void captionReachesTheFigure();
    void clipboardGetsTheFigure();
    void settingsRoundTrip();
    void corruptSettingsFallBack();
    void failedExportSaysWhy();

private:
    QTemporaryDir m_dir;
    BlockFigure m_red { QStringLiteral("Curves"), QColor(255, 0, 0) };
    BlockFigure m_blue { QStringLiteral("Trainer"), QColor(0, 0, 255) };
};

void TestExportDialog::initTestCase() { QVERIFY(m_dir.isValid()); }

void TestExportDialog::writesChosenSizeAndScale_data()
{
    QTest::addColumn<int>("preset");
    QTest::addColumn<int>("scaleIndex");
    QTest::addColumn<QSize>("pixels");
    QTest::addRow("16:9 1x") << 0 << 0 << QSize(1920, 1080);
    QTest::addRow("720p 2x") << 1 << 1 << QSize(2560, 1440);
    QTest::addRow("4:3 3x") << 2 << 2 << QSize(3072, 2304);
    QTest::addRow("A4 1x") << 3 << 0 << QSize(1123, 794);
}

void TestExportDialog::writesChosenSizeAndScale()
{
    QFETCH(int, preset);
    QFETCH(int, scaleIndex);
    QFETCH(QSize, pixels);
    ExportDialog dialog({ &m_red });
    auto boxes = dialog.findChildren<QComboBox*>();
    // Drive the real combo boxes as a user would: size preset is the second, scale the third.
    boxes[1]->setCurrentIndex(preset);
    boxes[2]->setCurrentIndex(scaleIndex);
    const QString file = m_dir.filePath(QStringLiteral("size.png"));
    QCOMPARE(dialog.exportTo(file), QString());
    const QImage image(file);
    QCOMPARE(image.size(), pixels);
    // The block sits in the middle third whatever the pixel count.
    QCOMPARE(image.pixelColor(pixels.width() / 2, pixels.height() / 2), QColor(255, 0, 0));
    QCOMPARE(image.pixelColor(pixels.width() / 6, pixels.height() / 2), QColor(Qt::white));
}

void TestExportDialog::themeAndTransparency_data()
{
    QTest::addColumn<int>("themeIndex");
    QTest::addColumn<bool>("transparent");
    QTest::addColumn<QColor>("background");
    QTest::addRow("light") << 0 << false << QColor(Qt::white);
    QTest::addRow("dark") << 1 << false << QColor(0x1e, 0x1f, 0x22);
    QTest::addRow("transparent") << 0 << true << QColor(0, 0, 0, 0);
}

void TestExportDialog::themeAndTransparency()
{
    QFETCH(int, themeIndex);
    QFETCH(bool, transparent);
    QFETCH(QColor, background);
    ExportDialog dialog({ &m_red });
    dialog.findChildren<QComboBox*>()[3]->setCurrentIndex(themeIndex);
    for (QCheckBox* box : dialog.findChildren<QCheckBox*>()) {
        if (box->text().contains(QLatin1String("Transparent")))
            box->setChecked(transparent);
    }
    const QImage image = dialog.renderFigure().convertToFormat(QImage::Format_ARGB32);
    const QColor corner = image.pixelColor(5, 5);
    QCOMPARE(corner.alpha(), background.alpha());
    if (!transparent)
        QCOMPARE(corner, background);
}

void TestExportDialog::everythingTilesPanels()
{
    ExportDialog dialog({ &m_red, &m_blue });
    auto* panel = dialog.findChildren<QComboBox*>().first();
    QCOMPARE(panel->count(), 3);
    panel->setCurrentIndex(2); // everything
    const QImage image = dialog.renderFigure();
    QCOMPARE(image.pixelColor(image.width() / 4, image.height() / 2), QColor(255, 0, 0));
    QCOMPARE(image.pixelColor(3 * image.width() / 4, image.height() / 2), QColor(0, 0, 255));
}

void TestExportDialog::captionReachesTheFigure()
{
    ExportDialog dialog({ &m_red });
    for (QCheckBox* box : dialog.findChildren<QCheckBox*>()) {
        if (box->text().contains(QLatin1String("aption")))
            box->setChecked(true);
    }
    dialog.renderFigure();
    QCOMPARE(m_red.lastCaption, QStringLiteral("Curves caption"));
}

void TestExportDialog::clipboardGetsTheFigure()
{
    ExportDialog dialog({ &m_red });
    dialog.findChildren<QComboBox*>()[1]->setCurrentIndex(1); // 1280 × 720
    dialog.findChildren<QComboBox*>()[2]->setCurrentIndex(1); // 2×
    dialog.copyToClipboard();
    const QImage copied = QApplication::clipboard()->image();
    if (copied.isNull())
        QSKIP("this platform plugin has no clipboard");
    QCOMPARE(copied.size(), QSize(2560, 1440));
}

void TestExportDialog::settingsRoundTrip()
{
    QSettings settings(m_dir.filePath(QStringLiteral("roundtrip.ini")), QSettings::IniFormat);
    ExportSettings chosen;
    chosen.panel = 1;
    chosen.sizePreset = 4;
    chosen.customSize = QSize(800, 450);
    chosen.scale = 3;
    chosen.figure.theme = QStringLiteral("projector");
    chosen.figure.fontScale = 1.6;
    chosen.figure.transparent = true;
    chosen.captionEnabled = true;
    chosen.lastFolder = m_dir.path();
    chosen.save(settings);
    settings.sync();

    QSettings reread(m_dir.filePath(QStringLiteral("roundtrip.ini")), QSettings::IniFormat);
    ExportDialog dialog({ &m_red, &m_blue });
    dialog.setSettings(ExportSettings::load(reread));
    const ExportSettings got = dialog.settings();
    QCOMPARE(got.panel, 1);
    QCOMPARE(got.size(), QSize(800, 450));
    QCOMPARE(got.scale, 3);
    QCOMPARE(got.figure.theme, QStringLiteral("projector"));
    QVERIFY(got.figure.fontScale == 1.6);
    QVERIFY(got.figure.transparent);
    QVERIFY(got.captionEnabled);
    QCOMPARE(got.lastFolder, m_dir.path());
}

void TestExportDialog::corruptSettingsFallBack()
{
    QSettings settings(m_dir.filePath(QStringLiteral("corrupt.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("export/sizePreset"), 99);
    settings.setValue(QStringLiteral("export/scale"), QStringLiteral("many"));
    settings.setValue(QStringLiteral("export/theme"), QStringLiteral("neon"));
    settings.setValue(QStringLiteral("export/fontScale"), QStringLiteral("nan"));
    settings.setValue(QStringLiteral("export/customSize"), QSize(-4, 100000));
    const ExportSettings loaded = ExportSettings::load(settings);
    const ExportSettings defaults;
    QCOMPARE(loaded.sizePreset, defaults.sizePreset);
    QCOMPARE(loaded.scale, defaults.scale);
    QCOMPARE(loaded.figure.theme, defaults.figure.theme);
    QVERIFY(loaded.figure.fontScale == defaults.figure.fontScale);
    QCOMPARE(loaded.customSize, defaults.customSize);
}

void TestExportDialog::failedExportSaysWhy()
{
    ExportDialog dialog({ &m_red });
    const QString error = dialog.exportTo(m_dir.filePath(QStringLiteral("figure.bmp")));
    QVERIFY(error.contains(QLatin1String(".png")));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("figure.bmp"))));
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
