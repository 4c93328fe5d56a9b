// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
// Runs the real `gelulab train`, as a user or a script would, and replays runs in PyTorch.
#include "tolerance.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runProgram(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        return {};
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        process.readAllStandardOutput(), process.readAllStandardError() };
}

Run runTrain(const QStringList& arguments)
{
    return runProgram(QStringLiteral(GELULAB_EXECUTABLE), QStringList { "train" } + arguments);
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
}

QString number(double x)
{
    return QString::number(x, 'g', 17);
}

// A small network with fixed, irregular weights of size ~0.5 (no seed involved): weight[r][c] of
// layer l is 0.6·sin(1 + 7l + 3r + 1.3c).
QByteArray modelJson(const QString& activation, const QString& loss, const QList<int>& sizes)
{
    QStringList layers;
    for (int l = 0; l + 1 < sizes.size(); ++l) {
        QStringList rows;
        QStringList bias;
        for (int r = 0; r < sizes[l + 1]; ++r) {
            QStringList row;
            for (int c = 0; c < sizes[l]; ++c)
                row << number(0.6 * std::sin(1 + 7 * l + 3 * r + 1.3 * c));
            rows << "[" + row.join(", ") + "]";
            bias << number(0.2 * std::cos(2 + l + r));
        }
        layers << QStringLiteral("{\"weight\": [%1], \"bias\": [%2]}").arg(rows.join(", "), bias.join(", "));
    }
    return QStringLiteral(
        "{\"format\": \"gelulab-mlp\", \"version\": 1, \"activation\": \"%1\", \"loss\": \"%2\", "
        "\"layers\": [%3]}")
        .arg(activation, loss, layers.join(", "))
        .toUtf8();
}

// 24 samples in 2-D; y is a class (classes ≥ 2) or `targets` real values.
QByteArray dataCsv(int classes, int targets)
{
    QByteArray csv = "x1,x2";
    if (classes > 0 || targets == 1)
        csv += ",y";
    else
        for (int t = 1; t <= targets; ++t)
            csv += ",y" + QByteArray::number(t);
    csv += '\n';
    for (int i = 0; i < 24; ++i) {
        const double x1 = 1.5 * std::sin(0.7 * i + 0.3);
        const double x2 = 1.5 * std::cos(1.3 * i);
        QStringList row { number(x1), number(x2) };
        if (classes > 0)
            row << QString::number((i * 7) % classes);
        else
            for (int t = 0; t < targets; ++t)
                row << number(std::sin(x1 + t) * x2);
        csv += row.join(',').toUtf8() + '\n';
    }
    return csv;
}

QList<double> lossColumn(const QByteArray& csv, int column)
{
    QList<double> values;
    const QList<QByteArray> lines = csv.trimmed().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i)
        values << lines[i].split(',').value(column).toDouble();
    return values;
}

bool torchAvailable()
{
    static const bool available
        = runProgram(QStringLiteral("/usr/bin/python3"), { "-c", "import torch" }).exitCode == 0;
    return available;
}

} // namespace

class TestTrainCommand : public QObject {
    Q_OBJECT

private slots:
    void matchesPyTorch_data();
    void matchesPyTorch();
    void lossCsvRowsAndColumns();
    void seededRunsAreRepeatable();
    void compareTrainsEachActivation();
    void saveRoundTripsThroughModelForm();
    void divergenceExitsWithThree();
    void badInput_data();
    void badInput();
};

void TestTrainCommand::matchesPyTorch_data()
{
    QTest::addColumn<QString>("optimizer");
    QTest::addColumn<QString>("activation");
    QTest::addColumn<QString>("loss");
    QTest::addColumn<QList<int>>("sizes");
    QTest::addColumn<int>("classes");
    QTest::addColumn<double>("lr");
    struct Case {
        const char* activation;
        const char* loss;
        QList<int> sizes;
        int classes;
    };
    const Case cases[]
        = { { "gelu", "cross_entropy", { 2, 6, 5, 1 }, 2 }, { "relu", "cross_entropy", { 2, 6, 3 }, 3 },
              { "gelu_tanh", "mse", { 2, 5, 2 }, 0 }, { "tanh", "mse", { 2, 4, 4, 1 }, 0 } };
    for (const char* optimizer : { "sgd", "momentum", "adam" }) {
        for (const Case& c : cases) {
            QTest::addRow("%s %s %s", optimizer, c.activation, c.loss)
                << optimizer << c.activation << c.loss << c.sizes << c.classes
                << (QByteArray(optimizer) == "adam" ? 0.01 : 0.1);
        }
    }
    QTest::addRow("adam gelu_sigmoid bce") << "adam"
                                           << "gelu_sigmoid"
                                           << "cross_entropy" << QList<int> { 2, 6, 1 } << 2 << 0.05;
    QTest::addRow("sgd sigmoid ce3") << "sgd"
                                     << "sigmoid"
                                     << "cross_entropy" << QList<int> { 2, 6, 3 } << 3 << 0.5;
}

void TestTrainCommand::matchesPyTorch()
{
    if (!torchAvailable())
        QSKIP("PyTorch is not importable by /usr/bin/python3 (Debian: apt-get install python3-torch)");
    QFETCH(QString, optimizer);
    QFETCH(QString, activation);
    QFETCH(QString, loss);
    QFETCH(QList<int>, sizes);
    QFETCH(int, classes);
    QFETCH(double, lr);
    QTemporaryDir dir;
    const QString model = dir.filePath("m.json");
    const QString data = dir.filePath("d.csv");
    const QString losses = dir.filePath("loss.csv");
    writeFile(model, modelJson(activation, loss, sizes));
    writeFile(data, dataCsv(classes, classes > 0 ? 0 : sizes.last()));
    constexpr int steps = 12;
    const Run ours = runTrain({ "--model", model, "--data", data, "--steps", QString::number(steps), "--lr",
        number(lr), "--optimizer", optimizer, "--batch-size", "0", "--loss-csv", losses });
    QVERIFY2(ours.exitCode == 0, ours.err.constData());
    const Run torch = runProgram(QStringLiteral("/usr/bin/python3"),
        { QStringLiteral(GELULAB_TEST_DATA_DIR "/torch_train.py"), model, data, QString::number(steps),
            number(lr), optimizer });
    QVERIFY2(torch.exitCode == 0, torch.err.constData());
    const QList<double> expected = lossColumn(torch.out, 1);
    const QList<double> actual = lossColumn(readFile(losses), 1);
    QCOMPARE(actual.size(), steps);
    QCOMPARE(expected.size(), steps);
    // Both float64; only the order of summation differs (≈1e-16 per operation), grown a little by
    // a dozen steps of training.
    for (int i = 0; i < steps; ++i) {
        const QString message = compareWithin(actual[i], expected[i], 1e-10, 1e-14);
        QVERIFY2(message.isEmpty(), qPrintable(QStringLiteral("step %1: ").arg(i + 1) + message));
    }
    QVERIFY(actual.last() < actual.first()); // it did learn something
}

void TestTrainCommand::lossCsvRowsAndColumns()
{
    QTemporaryDir dir;
    const QString withTest = dir.filePath("a.csv");
    Run run = runTrain(
        { "--dataset", "circle", "--activation", "gelu", "--steps", "25", "--loss-csv", withTest });
    QCOMPARE(run.exitCode, 0);
    QList<QByteArray> lines = readFile(withTest).trimmed().split('\n');
    QCOMPARE(lines.size(), 26);
    QCOMPARE(lines[0], QByteArray("step,train_loss,test_loss"));
    QVERIFY(lines[1].startsWith("1,"));
    QVERIFY(lines[25].startsWith("25,"));
    const QString noTest = dir.filePath("b.csv");
    run = runTrain({ "--dataset", "circle", "--steps", "3", "--test-fraction", "0", "--loss-csv", noTest });
    QCOMPARE(run.exitCode, 0);
    lines = readFile(noTest).trimmed().split('\n');
    QCOMPARE(lines[0], QByteArray("step,train_loss"));
    QCOMPARE(lines[1].split(',').size(), 2);
    // The summary on stdout: a header and one row.
    const QList<QByteArray> summary = run.out.trimmed().split('\n');
    QCOMPARE(summary.size(), 2);
    QCOMPARE(summary[0], QByteArray("activation,steps,train_loss,test_loss,train_accuracy,test_accuracy"));
    QVERIFY(summary[1].startsWith("gelu,3,"));
}

void TestTrainCommand::seededRunsAreRepeatable()
{
    const QStringList args { "--dataset", "spiral", "--activation", "relu", "--hidden", "8,8", "--steps",
        "200", "--seed", "9", "--batch-size", "10" };
    const Run a = runTrain(args);
    const Run b = runTrain(args);
    QCOMPARE(a.exitCode, 0);
    QCOMPARE(a.out, b.out);
    const Run c = runTrain(QStringList(args).replaceInStrings(QStringLiteral("9"), QStringLiteral("10")));
    QVERIFY(a.out != c.out);
}

void TestTrainCommand::compareTrainsEachActivation()
{
    const Run run
        = runTrain({ "--dataset", "xor", "--compare", "gelu,relu", "--steps", "1500", "--seed", "2" });
    QCOMPARE(run.exitCode, 0);
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines[1].startsWith("gelu,1500,"));
    QVERIFY(lines[2].startsWith("relu,1500,"));
    for (int i = 1; i <= 2; ++i) {
        const QList<QByteArray> cells = lines[i].split(',');
        QCOMPARE(cells.size(), 6);
        QVERIFY2(cells[4].toDouble() >= 0.95, lines[i].constData()); // xor is learnt by both
    }
}

void TestTrainCommand::saveRoundTripsThroughModelForm()
{
    // Generated data and network, saved; then continued from the files in the model form with the
    // full batch: the first loss of the second run equals the final full training loss of the first.
    QTemporaryDir dir;
    const QString model = dir.filePath("m.json");
    const QString data = dir.filePath("d.csv");
    const Run first = runTrain({ "--dataset", "gauss", "--activation", "gelu", "--steps", "50",
        "--batch-size", "0", "--test-fraction", "0", "--save", model, "--save-data", data });
    QVERIFY2(first.exitCode == 0, first.err.constData());
    const double finalLoss = first.out.trimmed().split('\n')[1].split(',')[2].toDouble();
    const QString losses = dir.filePath("l.csv");
    const Run second = runTrain(
        { "--model", model, "--data", data, "--steps", "1", "--batch-size", "0", "--loss-csv", losses });
    QVERIFY2(second.exitCode == 0, second.err.constData());
    GELULAB_VERIFY_EXACT(lossColumn(readFile(losses), 1).value(0), finalLoss);
}

void TestTrainCommand::divergenceExitsWithThree()
{
    QTemporaryDir dir;
    const QString losses = dir.filePath("l.csv");
    const Run run = runTrain({ "--dataset", "sine", "--activation", "relu", "--steps", "1000", "--optimizer",
        "sgd", "--lr", "1e6", "--batch-size", "0", "--loss-csv", losses });
    QCOMPARE(run.exitCode, 3);
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY2(run.err.contains("at step"), run.err.constData());
    const QList<double> recorded = lossColumn(readFile(losses), 1);
    QVERIFY(!recorded.isEmpty() && recorded.size() < 1000);
    for (const double loss : recorded)
        QVERIFY(std::isfinite(loss));
}

void TestTrainCommand::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("model");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("mentions");
    const QByteArray goodModel = modelJson("gelu", "cross_entropy", { 2, 3, 1 });
    const QByteArray goodData = dataCsv(2, 0);
    const QStringList files { "--model", "M", "--data", "D", "--steps", "3" };
    QTest::addRow("malformed json") << files << QByteArray("{\"format\": \"gelulab-mlp\",\n  oops}")
                                    << goodData << "m.json: line 2";
    QTest::addRow("shape does not chain")
        << files
        << QByteArray(
               R"({"format": "gelulab-mlp", "version": 1, "activation": "gelu", "loss": "mse", "layers": [
            {"weight": [[1, 2], [3, 4]], "bias": [0, 0]}, {"weight": [[1, 2, 3]], "bias": [0]}]})")
        << goodData << "layers[1].weight";
    QTest::addRow("unknown activation in model")
        << files << QByteArray(goodModel).replace("\"gelu\"", "\"swish\"") << goodData << "swish";
    QTest::addRow("label out of range") << files << goodModel << QByteArray("x1,x2,y\n0,0,1\n1,1,0\n2,2,2\n")
                                        << "d.csv: line 4, column y: class 2";
    QTest::addRow("ragged csv") << files << goodModel << QByteArray("x1,x2,y\n0,0,1\n1,1\n")
                                << "d.csv: line 3";
    QTest::addRow("non-numeric csv") << files << goodModel << QByteArray("x1,x2,y\n0,zero,1\n")
                                     << "line 2, column x2: 'zero'";
    QTest::addRow("nan in data") << files << goodModel << QByteArray("x1,x2,y\n0,nan,1\n")
                                 << "line 2, column x2";
    QTest::addRow("features do not fit")
        << files << goodModel << QByteArray("x1,y\n0,1\n") << "1 feature columns";
    QTest::addRow("missing data file")
        << QStringList { "--model", "M", "--data", "/nonexistent/d.csv", "--steps", "3" } << goodModel
        << goodData << "/nonexistent/d.csv";
    QTest::addRow("unknown dataset") << QStringList { "--dataset", "moons", "--steps", "3" } << goodModel
                                     << goodData << "moons";
    QTest::addRow("unknown activation")
        << QStringList { "--dataset", "xor", "--activation", "swish", "--steps", "3" } << goodModel
        << goodData << "swish";
    QTest::addRow("unknown optimizer") << QStringList { "--dataset", "xor", "--optimizer", "lbfgs", "--steps",
        "3" } << goodModel << goodData << "lbfgs";
    QTest::addRow("bad hidden") << QStringList { "--dataset", "xor", "--hidden", "8,x", "--steps", "3" }
                                << goodModel << goodData << "--hidden";
    QTest::addRow("negative lr") << QStringList { "--dataset", "xor", "--lr", "-1", "--steps", "3" }
                                 << goodModel << goodData << "--lr";
    QTest::addRow("missing steps") << QStringList { "--dataset", "xor" } << goodModel << goodData
                                   << "--steps";
    QTest::addRow("both forms") << QStringList { "--dataset", "xor", "--model", "M", "--steps", "3" }
                                << goodModel << goodData << "either";
    QTest::addRow("compare with one") << QStringList { "--dataset", "xor", "--compare", "gelu", "--steps",
        "3" } << goodModel << goodData << "--compare";
    QTest::addRow("unknown option") << QStringList { "--dataset", "xor", "--epochs", "3" } << goodModel
                                    << goodData << "--epochs";
}

void TestTrainCommand::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, model);
    QFETCH(QByteArray, data);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    const QString modelPath = dir.filePath("m.json");
    const QString dataPath = dir.filePath("d.csv");
    writeFile(modelPath, model);
    writeFile(dataPath, data);
    const QString save = dir.filePath("out.json");
    const QString losses = dir.filePath("loss.csv");
    writeFile(save, "previous");
    arguments.replaceInStrings(QRegularExpression("^M$"), modelPath);
    arguments.replaceInStrings(QRegularExpression("^D$"), dataPath);
    const Run run = runTrain(arguments + QStringList { "--save", save, "--loss-csv", losses });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY2(run.err.contains(mentions.toUtf8()), run.err.constData());
    // Nothing written: the old file is untouched, no loss file, no temporary file left behind.
    QCOMPARE(readFile(save), QByteArray("previous"));
    QVERIFY(!QFile::exists(losses));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 3);
}

QTEST_GUILESS_MAIN(TestTrainCommand)
#include "tst_traincommand.moc"
