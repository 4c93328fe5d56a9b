// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include <gelulab/fileerror.h>
#include <gelulab/modelfile.h>

#include "tolerance.h"

#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using gelulab::ActivationKind;
using gelulab::LossKind;

class TestModelFile : public QObject {
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void readsHandWrittenFile();
    void badModels_data();
    void badModels();
    void missingFileNamesIt();
};

void TestModelFile::roundTrip_data()
{
    QTest::addColumn<int>("activation");
    QTest::addColumn<int>("loss");
    QTest::addColumn<QList<int>>("sizes");
    QTest::addRow("gelu ce 2-16-16-1")
        << int(ActivationKind::Gelu) << int(LossKind::CrossEntropy) << QList<int> { 2, 16, 16, 1 };
    QTest::addRow("relu ce 2-3") << int(ActivationKind::Relu) << int(LossKind::CrossEntropy)
                                 << QList<int> { 2, 3 };
    QTest::addRow("gelu_tanh mse 1-8-2")
        << int(ActivationKind::GeluTanh) << int(LossKind::Mse) << QList<int> { 1, 8, 2 };
}

void TestModelFile::roundTrip()
{
    QFETCH(int, activation);
    QFETCH(int, loss);
    QFETCH(QList<int>, sizes);
    gelulab::Mlp network(
        std::vector<int>(sizes.begin(), sizes.end()), static_cast<ActivationKind>(activation));
    network.initialize(123);
    network.parameters()(0) = 1.0 / 3.0; // not a short decimal
    network.parameters()(1) = -5e-324; // the smallest subnormal
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("model.json")).toStdString();
    gelulab::writeModelFile(path, network, static_cast<LossKind>(loss));
    const gelulab::ModelFile back = gelulab::readModelFile(path);
    QCOMPARE(back.network.layerSizes(), network.layerSizes());
    QCOMPARE(int(back.network.activation()), activation);
    QCOMPARE(int(back.loss), loss);
    QVERIFY(std::memcmp(back.network.parameters().data(), network.parameters().data(),
                sizeof(double) * std::size_t(network.parameters().size()))
        == 0);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1); // no temporary file left
}

void TestModelFile::readsHandWrittenFile()
{
    // weight is out × in like nn.Linear.weight: row r holds the weights into output r.
    const std::string json = R"({"format": "gelulab-mlp", "version": 1, "activation": "relu", "loss": "mse",
        "layers": [{"weight": [[1, 2], [3, 4], [5, 6]], "bias": [0.5, 0, -1]},
                   {"weight": [[1, -1, 2]], "bias": [0]}]})";
    const gelulab::ModelFile model = gelulab::parseModel(json, "hand.json");
    QCOMPARE(model.network.layerSizes(), (std::vector<int> { 2, 3, 1 }));
    GELULAB_VERIFY_EXACT(model.network.weight(0)(1, 0), 3.0);
    GELULAB_VERIFY_EXACT(model.network.weight(0)(2, 1), 6.0);
    GELULAB_VERIFY_EXACT(model.network.bias(0)(2), -1.0);
    // x = (1, 1): hidden = relu(3.5, 7, 10) → 3.5 − 7 + 20 = 16.5.
    const Eigen::MatrixXd out = model.network.predict(Eigen::MatrixXd::Ones(2, 1));
    GELULAB_VERIFY_EXACT(out(0, 0), 16.5);
}

void TestModelFile::badModels_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    const QByteArray head
        = R"({"format": "gelulab-mlp", "version": 1, "activation": "gelu", "loss": "mse", )";
    QTest::addRow("malformed, line 3")
        << QByteArray("{\n \"format\": \"gelulab-mlp\",\n \"version\": 1,,\n}") << "model.json: line 3";
    QTest::addRow("not an object") << QByteArray("[1, 2]") << "top level";
    QTest::addRow("wrong format") << QByteArray(R"({"format": "onnx", "version": 1})") << "format";
    QTest::addRow("version 2") << QByteArray(R"({"format": "gelulab-mlp", "version": 2})") << "version";
    QTest::addRow("unknown activation") << QByteArray(
        R"({"format": "gelulab-mlp", "version": 1, "activation": "swish", "loss": "mse", "layers": []})")
                                        << "swish";
    QTest::addRow("unknown loss") << QByteArray(
        R"({"format": "gelulab-mlp", "version": 1, "activation": "gelu", "loss": "nll", "layers": []})")
                                  << "nll";
    QTest::addRow("no layers") << head + R"("layers": []})"
                               << "layers";
    QTest::addRow("missing layers") << head.chopped(2) + "}"
                                    << "layers: missing";
    QTest::addRow("shapes don't chain")
        << head
            + R"("layers": [{"weight": [[1, 2], [3, 4], [5, 6]], "bias": [0, 0, 0]}, {"weight": [[1, 2]], "bias": [0]}]})"
        << "layers[1].weight: rows have 2 numbers, but layers[0] has 3 outputs";
    QTest::addRow("ragged row") << head + R"("layers": [{"weight": [[1, 2], [3]], "bias": [0, 0]}]})"
                                << "layers[0].weight[1]";
    QTest::addRow("bias too short") << head + R"("layers": [{"weight": [[1, 2], [3, 4]], "bias": [0]}]})"
                                    << "layers[0].bias";
    QTest::addRow("string weight") << head + R"("layers": [{"weight": [[1, "2"]], "bias": [0]}]})"
                                   << "layers[0].weight[0][1]";
    QTest::addRow("null bias") << head + R"("layers": [{"weight": [[1, 2]], "bias": [null]}]})"
                               << "layers[0].bias[0]";
    QTest::addRow("missing bias") << head + R"("layers": [{"weight": [[1, 2]]}]})"
                                  << "layers[0].bias: missing";
    QTest::addRow("huge number") << head + R"("layers": [{"weight": [[1e999]], "bias": [0]}]})"
                                 << "model.json";
}

void TestModelFile::badModels()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    try {
        gelulab::parseModel(json.toStdString(), "model.json");
        QFAIL("no error for a bad model");
    } catch (const gelulab::FileError& error) {
        const QString message = QString::fromUtf8(error.what());
        QVERIFY2(message.startsWith("model.json: "), qPrintable(message));
        QVERIFY2(message.contains(mentions), qPrintable(message));
        QVERIFY2(!message.contains('\n'), qPrintable(message));
    }
}

void TestModelFile::missingFileNamesIt()
{
    QVERIFY_THROWS_EXCEPTION(gelulab::FileError, gelulab::readModelFile("/nonexistent/m.json"));
}

QTEST_GUILESS_MAIN(TestModelFile)
#include "tst_modelfile.moc"
