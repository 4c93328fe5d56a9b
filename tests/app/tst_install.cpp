// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

// `cmake --install` into a scratch prefix puts every file where a Linux desktop looks for it, and the
// installed program runs from there.
class TestInstall : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void filesLandInTheUsualPlaces_data();
    void filesLandInTheUsualPlaces();
    void installedProgramRuns();
    void installedTranslationLoads();
    void desktopFileIsValidAndMatches();

private:
    QTemporaryDir m_prefix;
};

void TestInstall::initTestCase()
{
    QVERIFY(m_prefix.isValid());
    QProcess cmake;
    cmake.setProcessChannelMode(QProcess::MergedChannels);
    cmake.start(QStringLiteral(GELULAB_CMAKE_COMMAND),
                { QStringLiteral("--install"), QStringLiteral(GELULAB_BINARY_DIR), QStringLiteral("--prefix"),
                  m_prefix.path() });
    QVERIFY(cmake.waitForFinished(120000));
    QVERIFY2(cmake.exitStatus() == QProcess::NormalExit && cmake.exitCode() == 0, cmake.readAll().constData());
}

void TestInstall::filesLandInTheUsualPlaces_data()
{
    QTest::addColumn<QString>("path");
    QTest::addRow("program") << "bin/gelulab";
    QTest::addRow("desktop file") << "share/applications/gelulab.desktop";
    QTest::addRow("icon") << "share/icons/hicolor/scalable/apps/gelulab.svg";
    QTest::addRow("Chinese translation") << "share/gelulab/translations/gelulab_zh_CN.qm";
    QTest::addRow("English plural forms") << "share/gelulab/translations/gelulab_en.qm";
    QTest::addRow("copyright") << "share/doc/gelulab/copyright";
}

void TestInstall::filesLandInTheUsualPlaces()
{
    QFETCH(QString, path);
    const QFileInfo info(m_prefix.filePath(path));
    QVERIFY2(info.isFile(), qPrintable(info.filePath()));
    QVERIFY2(info.size() > 0 || path.endsWith(QLatin1String("_en.qm")), qPrintable(info.filePath()));
    if (path.startsWith(QLatin1String("bin/")))
        QVERIFY(info.isExecutable());
}

void TestInstall::installedProgramRuns()
{
    QProcess program;
    program.start(m_prefix.filePath(QStringLiteral("bin/gelulab")), { QStringLiteral("--version") });
    QVERIFY(program.waitForFinished(30000));
    QCOMPARE(program.exitCode(), 0);
    QCOMPARE(program.readAllStandardOutput().trimmed(), QByteArray("gelulab " GELULAB_VERSION));
}

void TestInstall::installedTranslationLoads()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral("gelulab_zh_CN"), m_prefix.filePath(QStringLiteral("share/gelulab/translations"))));
    QCOMPARE(translator.translate("MainWindow", "&File"), QStringLiteral("文件(&F)"));
}

void TestInstall::desktopFileIsValidAndMatches()
{
    const QString desktop = m_prefix.filePath(QStringLiteral("share/applications/gelulab.desktop"));
    QFile file(desktop);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray contents = file.readAll();
    // Exec names the installed program and Icon the installed icon, by name as the spec asks.
    QVERIFY(contents.contains("\nExec=gelulab\n"));
    QVERIFY(contents.contains("\nIcon=gelulab\n"));
    QVERIFY(contents.contains("\nName[zh_CN]="));
    const QString validator = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    if (validator.isEmpty())
        QSKIP("desktop-file-validate is not installed (Debian package desktop-file-utils)");
    QProcess validate;
    validate.setProcessChannelMode(QProcess::MergedChannels);
    validate.start(validator, { desktop });
    QVERIFY(validate.waitForFinished(30000));
    QVERIFY2(validate.exitCode() == 0 && validate.readAll().trimmed().isEmpty(), "desktop-file-validate complained");
}

QTEST_GUILESS_MAIN(TestInstall)
#include "tst_install.moc"
