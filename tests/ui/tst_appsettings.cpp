// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include "appsettings.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

const Setting<double> kFrom { "curves/from", -3.0, [](const double& v) { return std::isfinite(v); } };
const Setting<int> kDensity { "curves/points", 800, [](const int& v) { return v >= 2 && v <= 100000; } };
const Setting<bool> kShowRelu { "curves/relu", true };
const Setting<QString> kTheme { "export/theme", QStringLiteral("light"),
    [](const QString& t) { return t == QLatin1String("light") || t == QLatin1String("dark"); } };

void writeFile(const QString& path, const QByteArray& contents)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    file.write(contents);
}

} // namespace

class TestAppSettings : public QObject {
    Q_OBJECT

private slots:
    void init();
    void missingValuesGiveFallbacks();
    void valuesSurviveReopening();
    void invalidValuesFallBack_data();
    void invalidValuesFallBack();
    void malformedFileIsSetAside();
    void unreadableLocationDoesNotCrash();

private:
    QString m_path;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAppSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("gelulab.ini"));
}

void TestAppSettings::missingValuesGiveFallbacks()
{
    AppSettings settings(m_path);
    QCOMPARE(settings.value(kFrom), -3.0);
    QCOMPARE(settings.value(kDensity), 800);
    QCOMPARE(settings.value(kShowRelu), true);
    QCOMPARE(settings.value(keys::language), QStringLiteral("system"));
    QVERIFY(settings.value(keys::windowGeometry).isEmpty());
    QVERIFY2(settings.problems().isEmpty(), qPrintable(settings.problems().join('\n')));
}

void TestAppSettings::valuesSurviveReopening()
{
    {
        AppSettings settings(m_path);
        settings.setValue(kFrom, -0.125);
        settings.setValue(kDensity, 4000);
        settings.setValue(kShowRelu, false);
        settings.setValue(kTheme, QStringLiteral("dark"));
        settings.setValue(keys::windowGeometry, QByteArray("\x01\x02\x00\xff", 4));
        QVERIFY(settings.sync());
    }
    AppSettings reopened(m_path);
    QCOMPARE(reopened.value(kFrom), -0.125);
    QCOMPARE(reopened.value(kDensity), 4000);
    QCOMPARE(reopened.value(kShowRelu), false);
    QCOMPARE(reopened.value(kTheme), QStringLiteral("dark"));
    QCOMPARE(reopened.value(keys::windowGeometry), QByteArray("\x01\x02\x00\xff", 4));
    QVERIFY(reopened.problems().isEmpty());
}

void TestAppSettings::invalidValuesFallBack_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("key");
    QTest::addRow("text for a double") << QByteArray("[curves]\nfrom=minus three\n") << "curves/from";
    QTest::addRow("nan for a double") << QByteArray("[curves]\nfrom=nan\n") << "curves/from";
    QTest::addRow("inf for a double") << QByteArray("[curves]\nfrom=inf\n") << "curves/from";
    QTest::addRow("out of range int") << QByteArray("[curves]\npoints=1\n") << "curves/points";
    QTest::addRow("fraction for an int") << QByteArray("[curves]\npoints=12.5\n") << "curves/points";
    QTest::addRow("maybe for a bool") << QByteArray("[curves]\nrelu=maybe\n") << "curves/relu";
    QTest::addRow("unknown theme") << QByteArray("[export]\ntheme=neon\n") << "export/theme";
    QTest::addRow("empty language") << QByteArray("[ui]\nlanguage=\n") << "ui/language";
}

void TestAppSettings::invalidValuesFallBack()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, key);
    writeFile(m_path, line);
    AppSettings settings(m_path);
    QCOMPARE(settings.value(kFrom), -3.0);
    QCOMPARE(settings.value(kDensity), 800);
    QCOMPARE(settings.value(kShowRelu), true);
    QCOMPARE(settings.value(kTheme), QStringLiteral("light"));
    QCOMPARE(settings.value(keys::language), QStringLiteral("system"));
    const QStringList problems = settings.problems();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(key), qPrintable(problems.first()));
}

void TestAppSettings::malformedFileIsSetAside()
{
    // An unterminated section header is what QSettings's INI reader rejects as a format error.
    writeFile(m_path, QByteArray("[window\ngeometry=@ByteArray(\x01\x02)\n[ui]\nlanguage=zh_CN\n"));
    {
        AppSettings settings(m_path);
        QCOMPARE(settings.value(keys::language), QStringLiteral("system"));
        QCOMPARE(settings.problems().size(), 1);
        QVERIFY2(settings.problems().first().contains(QStringLiteral("set aside")),
                 qPrintable(settings.problems().first()));
        settings.setValue(keys::language, QStringLiteral("en"));
    }
    const QStringList aside = QDir(m_dir->path()).entryList({ QStringLiteral("gelulab.ini.corrupt-*") });
    QCOMPARE(aside.size(), 1);
    AppSettings reopened(m_path);
    QCOMPARE(reopened.value(keys::language), QStringLiteral("en"));
    QVERIFY(reopened.problems().isEmpty());
}

void TestAppSettings::unreadableLocationDoesNotCrash()
{
    // A folder where the file should be: nothing can be read or written, and that is reported.
    QVERIFY(QDir().mkpath(m_path));
    AppSettings settings(m_path);
    QCOMPARE(settings.value(keys::lastPanel), QStringLiteral("curves"));
    settings.setValue(keys::lastPanel, QStringLiteral("trainer"));
    settings.sync();
    QVERIFY(!settings.problems().isEmpty());
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
