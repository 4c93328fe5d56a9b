// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    QString comment;
    bool finished = false;
    QStringList translations; // one, or one per plural form
    QString location() const { return QStringLiteral("%1 “%2”").arg(context, source.left(60)); }
};

// Messages of a Qt Linguist .ts file, keyed by context, source and disambiguation comment.
QHash<QString, Message> readTs(const QString& path, QString* error)
{
    QHash<QString, Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open ") + path;
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                inMessage = true;
                current = Message { context, {}, {}, false, {} };
            } else if (inMessage && name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (inMessage && name == QLatin1String("comment")) {
                current.comment = xml.readElementText();
            } else if (inMessage && name == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                current.finished = type.isEmpty();
                // A plural message holds <numerusform> children; a plain one holds the text itself.
                QString text;
                while (!xml.atEnd()) {
                    xml.readNext();
                    if (xml.isCharacters())
                        text += xml.text();
                    else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                        current.translations.append(xml.readElementText());
                    else if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
                        break;
                }
                if (current.translations.isEmpty())
                    current.translations.append(text);
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            inMessage = false;
            messages.insert(current.context + QChar(0) + current.source + QChar(0) + current.comment, current);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1: %2").arg(path, xml.errorString());
    return messages;
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (const auto& match : pattern.globalMatch(text))
        found.insert(match.captured(0));
    return found;
}

} // namespace

// Fails when a user-visible string in ui/ or app/ has no finished Simplified Chinese translation:
// lupdate re-reads the sources into a scratch .ts, which is compared with the committed one.
class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void everySourceStringHasAFinishedTranslation();
};

void TestTranslations::everySourceStringHasAFinishedTranslation()
{
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const QString fresh = scratch.filePath(QStringLiteral("gelulab_zh_CN.ts"));
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(GELULAB_SOURCE_DIR));
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(GELULAB_LUPDATE),
                  { QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("ui"),
                    QStringLiteral("app"), QStringLiteral("-ts"), fresh });
    QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
    const QString output = QString::fromLocal8Bit(lupdate.readAll());
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, qPrintable(output));
    // lupdate warns about tr() it cannot read (a non-literal argument, a class without Q_OBJECT).
    QVERIFY2(!output.contains(QLatin1String("arning")) && !output.contains(QLatin1String("annot")),
             qPrintable(output));

    QString error;
    const auto current = readTs(fresh, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto committed = readTs(QStringLiteral(GELULAB_SOURCE_DIR "/resources/translations/gelulab_zh_CN.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(current.size() > 50, "lupdate found suspiciously few strings");

    QStringList problems;
    for (auto it = current.cbegin(); it != current.cend(); ++it) {
        const auto done = committed.constFind(it.key());
        if (done == committed.cend()) {
            problems << QStringLiteral("not in gelulab_zh_CN.ts: ") + it->location();
            continue;
        }
        if (!done->finished || done->translations.contains(QString())) {
            problems << QStringLiteral("unfinished: ") + it->location();
            continue;
        }
        for (const QString& translation : done->translations) {
            if (placeholders(translation) != placeholders(it->source))
                problems << QStringLiteral("placeholders differ: ") + it->location();
            // A menu mnemonic (&F) in the source needs one in the translation, or Alt+key stops working.
            static const QRegularExpression mnemonic(QStringLiteral("&[^&\\s;]"));
            if (it->source.contains(mnemonic) && !translation.contains(mnemonic))
                problems << QStringLiteral("mnemonic lost: ") + it->location();
        }
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(problems.join(QLatin1Char('\n'))
                        + QStringLiteral("\nRun `cmake --build build --target update_translations`, then translate "
                                         "the new messages in resources/translations/gelulab_zh_CN.ts (Qt Linguist).")));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
