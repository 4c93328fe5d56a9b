// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include "traincommand.h"

#include "commandline.h"

#include <gelulab/atomicfile.h>
#include <gelulab/datafile.h>
#include <gelulab/fileerror.h>
#include <gelulab/modelfile.h>
#include <gelulab/numberformat.h>
#include <gelulab/trainingsetup.h>

#include <charconv>
#include <cmath>
#include <optional>
#include <ostream>
#include <stdexcept>
#include <string_view>

namespace gelulab {

namespace {

constexpr long long kMaxSteps = 100'000'000;
constexpr int kMaxWidth = 4096;
constexpr std::size_t kMaxHiddenLayers = 32;

// Bad input: reported as one line, exit status 2.
struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

std::optional<long long> parseInteger(std::string_view text)
{
    long long n = 0;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), n);
    if (text.empty() || result.ec != std::errc() || result.ptr != text.data() + text.size())
        return std::nullopt;
    return n;
}

long long integerOption(
    const CommandLine& line, const std::string& name, long long fallback, long long low, long long high)
{
    const auto text = line.value(name);
    if (!text)
        return fallback;
    const auto n = parseInteger(*text);
    if (!n || *n < low || *n > high)
        throw UsageError("--" + name + ": '" + *text + "' is not a whole number from " + std::to_string(low)
            + " to " + std::to_string(high));
    return *n;
}

double numberOption(
    const CommandLine& line, const std::string& name, double fallback, double low, double high)
{
    const auto text = line.value(name);
    if (!text)
        return fallback;
    const auto x = parseNumber(*text);
    if (!x || !std::isfinite(*x) || *x < low || *x > high)
        throw UsageError("--" + name + ": '" + *text + "' is not a number from " + formatNumber(low) + " to "
            + formatNumber(high));
    return *x;
}

std::vector<std::string> splitList(const std::string& text)
{
    std::vector<std::string> items;
    std::size_t start = 0;
    while (true) {
        const std::size_t comma = text.find(',', start);
        items.push_back(text.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
        if (comma == std::string::npos)
            return items;
        start = comma + 1;
    }
}

ActivationKind activationOption(const std::string& option, const std::string& name)
{
    const auto kind = parseActivationKind(name);
    if (!kind)
        throw UsageError(option + ": unknown activation '" + name
            + "' (use gelu, gelu_tanh, gelu_sigmoid, relu, tanh, sigmoid or linear)");
    return *kind;
}

// Class labels must name an output; the message points at the line of the data file.
void checkDataFits(const Dataset& data, const Mlp& network, LossKind loss, const std::string& path)
{
    if (data.inputs.rows() != network.inputSize())
        throw FileError(path + ": line 1: " + std::to_string(data.inputs.rows())
            + " feature columns, but the model takes " + std::to_string(network.inputSize()) + " inputs");
    if (loss == LossKind::Mse) {
        if (data.targets.rows() != network.outputSize())
            throw FileError(path + ": line 1: " + std::to_string(data.targets.rows())
                + " target columns, but the model has " + std::to_string(network.outputSize()) + " outputs");
        return;
    }
    if (data.targets.rows() != 1)
        throw FileError(path + ": line 1: cross-entropy needs one class column y");
    const int classes = network.outputSize() == 1 ? 2 : network.outputSize();
    for (Eigen::Index i = 0; i < data.size(); ++i) {
        const double label = data.targets(0, i);
        const auto index = static_cast<int>(label);
        if (!(label >= 0.0 && label < classes) || static_cast<double>(index) < label)
            throw FileError(path + ": line " + std::to_string(i + 2) + ", column y: class "
                + formatNumber(label) + " is not one of 0.." + std::to_string(classes - 1)
                + " for a model with " + std::to_string(network.outputSize()) + " output"
                + (network.outputSize() == 1 ? "" : "s"));
    }
}

struct Run {
    std::string name;
    Trainer trainer;
    std::vector<StepRecord> records;
};

std::string field(double value)
{
    return std::isnan(value) ? std::string() : formatNumber(value);
}

std::string lossCsv(const Run& run)
{
    const bool withTest = run.trainer.testData().size() > 0;
    std::string text = withTest ? "step,train_loss,test_loss\n" : "step,train_loss\n";
    for (const StepRecord& record : run.records) {
        text += std::to_string(record.step);
        text += ',';
        text += formatNumber(record.trainLoss);
        if (withTest) {
            text += ',';
            text += formatNumber(record.testLoss);
        }
        text += '\n';
    }
    return text;
}

int trainCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err)
{
    const CommandSpec spec { { "model", "data", "test-data", "dataset", "activation", "compare", "hidden",
                                 "steps", "seed", "lr", "optimizer", "batch-size", "noise", "test-fraction",
                                 "save", "loss-csv", "save-data" },
        {}, false };
    const CommandLine line = CommandLine::parse(args, spec);
    if (!line.ok())
        throw UsageError(line.error());
    const bool fromFiles = line.has("model") || line.has("data");
    const bool generated = line.has("dataset");
    if (fromFiles == generated)
        throw UsageError("give either --model M.json --data D.csv, or --dataset NAME (see gelulab --help)");
    if (!line.has("steps"))
        throw UsageError("--steps N is required");
    const long long steps = integerOption(line, "steps", 0, 1, kMaxSteps);
    const auto seed = static_cast<std::uint64_t>(integerOption(line, "seed", 1, 0, 9'007'199'254'740'991LL));
    const double learningRate = numberOption(line, "lr", 0.01, 1e-12, 1e6);
    if (!(learningRate > 0.0))
        throw UsageError("--lr must be positive");
    OptimizerKind optimizer = OptimizerKind::Adam;
    if (const auto name = line.value("optimizer")) {
        const auto kind = parseOptimizerKind(*name);
        if (!kind)
            throw UsageError("--optimizer: unknown optimizer '" + *name + "' (use sgd, momentum or adam)");
        optimizer = *kind;
    }

    std::vector<Run> runs;
    std::optional<Dataset> generatedTrainData;
    if (fromFiles) {
        for (const char* unwanted :
            { "dataset", "activation", "compare", "hidden", "noise", "test-fraction", "save-data" }) {
            if (line.has(unwanted))
                throw UsageError(
                    std::string("--") + unwanted + " belongs to the --dataset form, not --model");
        }
        if (!line.has("model") || !line.has("data"))
            throw UsageError("the file form needs both --model M.json and --data D.csv");
        const int batchSize = static_cast<int>(integerOption(line, "batch-size", 0, 0, 100'000'000));
        ModelFile model = readModelFile(*line.value("model"));
        Dataset train = readDataFile(*line.value("data"));
        checkDataFits(train, model.network, model.loss, *line.value("data"));
        Dataset test;
        if (const auto testPath = line.value("test-data")) {
            test = readDataFile(*testPath);
            checkDataFits(test, model.network, model.loss, *testPath);
        }
        const int classes = model.loss == LossKind::Mse ? 0 : std::max(2, model.network.outputSize());
        train.classes = test.classes = classes;
        const std::string name(activationKindName(model.network.activation()));
        runs.push_back({ name,
            Trainer(std::move(model.network), std::move(train), std::move(test), model.loss,
                Optimizer(optimizer, learningRate), batchSize, seed),
            {} });
    } else {
        if (line.has("test-data"))
            throw UsageError("--test-data belongs to the --model form; use --test-fraction with --dataset");
        TrainingSetup setup;
        const auto datasetName = *line.value("dataset");
        const auto dataset = parseDatasetKind(datasetName);
        if (!dataset)
            throw UsageError("--dataset: unknown dataset '" + datasetName
                + "' (use circle, xor, gauss, spiral, spiral3, sine or abs)");
        setup.dataset = *dataset;
        setup.seed = seed;
        setup.optimizer = optimizer;
        setup.learningRate = learningRate;
        setup.batchSize = static_cast<int>(integerOption(line, "batch-size", 32, 0, 100'000'000));
        setup.noise = numberOption(line, "noise", 0.1, 0.0, 10.0);
        setup.testFraction = numberOption(line, "test-fraction", 0.3, 0.0, 0.9);
        setup.hidden.clear();
        if (const auto hidden = line.value("hidden"); hidden && !hidden->empty()) {
            for (const std::string& item : splitList(*hidden)) {
                const auto width = parseInteger(item);
                if (!width || *width < 1 || *width > kMaxWidth)
                    throw UsageError("--hidden: '" + item + "' is not a layer width from 1 to "
                        + std::to_string(kMaxWidth));
                setup.hidden.push_back(static_cast<int>(*width));
            }
            if (setup.hidden.size() > kMaxHiddenLayers)
                throw UsageError("--hidden: at most " + std::to_string(kMaxHiddenLayers) + " hidden layers");
        } else if (!hidden) {
            setup.hidden = { 8, 8 };
        }
        std::vector<ActivationKind> activations;
        if (const auto compare = line.value("compare")) {
            if (line.has("activation"))
                throw UsageError("give --activation or --compare, not both");
            if (line.has("save") || line.has("loss-csv"))
                throw UsageError("--save and --loss-csv take one network; leave them out with --compare");
            for (const std::string& item : splitList(*compare))
                activations.push_back(activationOption("--compare", item));
            if (activations.size() < 2)
                throw UsageError("--compare needs two or more activations, e.g. gelu,relu");
        } else {
            activations.push_back(
                activationOption("--activation", line.value("activation").value_or("gelu")));
        }
        const DatasetSplit data = makeDatasetFor(setup);
        generatedTrainData = data.train;
        for (const ActivationKind activation : activations) {
            setup.activation = activation;
            runs.push_back({ std::string(activationKindName(activation)), makeTrainer(setup, data), {} });
        }
    }

    int status = 0;
    for (Run& run : runs) {
        run.records.reserve(static_cast<std::size_t>(std::min<long long>(steps, 10'000'000)));
        StepRecord record;
        for (long long s = 0; s < steps; ++s) {
            if (!run.trainer.step(&record))
                break;
            run.records.push_back(record);
            if (run.trainer.diverged())
                break;
        }
        if (run.trainer.diverged()) {
            err << "gelulab train: " << run.name << ": " << run.trainer.divergenceReason() << '\n';
            status = 3;
        }
    }

    // Outputs only after all training succeeded in producing numbers; each file whole or absent.
    if (const auto path = line.value("loss-csv"))
        writeFileAtomically(*path, lossCsv(runs.front()));
    if (const auto path = line.value("save"))
        writeModelFile(*path, runs.front().trainer.network(), runs.front().trainer.loss());
    if (const auto path = line.value("save-data"))
        writeDataFile(*path, *generatedTrainData);

    std::string table = "activation,steps,train_loss,test_loss,train_accuracy,test_accuracy\n";
    for (const Run& run : runs) {
        const Evaluation train = run.trainer.evaluateTrain();
        const Evaluation test = run.trainer.evaluateTest();
        table += run.name + ',' + std::to_string(run.trainer.stepCount()) + ',' + field(train.loss) + ','
            + field(test.loss) + ',' + field(train.accuracy) + ',' + field(test.accuracy) + '\n';
    }
    out << table;
    out.flush();
    return status;
}

} // namespace

int runTrainCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err)
{
    try {
        return trainCommand(args, out, err);
    } catch (const UsageError& error) {
        err << "gelulab train: " << error.what() << '\n';
    } catch (const FileError& error) {
        err << "gelulab train: " << error.what() << '\n';
    } catch (const std::invalid_argument& error) {
        err << "gelulab train: " << error.what() << '\n';
    }
    return 2;
}

} // namespace gelulab
