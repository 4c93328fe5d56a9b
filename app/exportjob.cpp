// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include "exportjob.h"

#include "commandline.h"

#include <gelulab/activationkind.h>
#include <gelulab/dataset.h>
#include <gelulab/numberformat.h>
#include <gelulab/optimizer.h>

#include <charconv>
#include <algorithm>
#include <cmath>

namespace gelulab {

namespace {

    constexpr int kMaxPixels = 16384;

    bool parseInt(std::string_view text, int& value)
    {
        const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
        return result.ec == std::errc() && result.ptr == text.data() + text.size();
    }

    const std::set<std::string> kTrainerValueOptions { "dataset", "activation", "hidden", "steps", "seed", "lr",
                                                       "optimizer", "batch-size", "noise", "compare" };

    // A number option within [low, high], or its default when absent; sets `error` otherwise.
    double numberOption(const CommandLine& line, const char* name, double fallback, double low, double high,
                        std::string& error)
    {
        const auto text = line.value(name);
        if (!text)
            return fallback;
        const auto value = parseNumber(*text);
        if (!value || !(*value >= low && *value <= high)) {
            error = std::string("--") + name + ": " + quoteInput(*text) + " is not a number from "
                + formatNumber(low) + " to " + formatNumber(high);
            return fallback;
        }
        return *value;
    }

    std::string parseTrainerOptions(const CommandLine& line, ExportJob& job)
    {
        std::string error;
        TrainingSetup& setup = job.trainer;
        if (const auto name = line.value("dataset")) {
            const auto kind = parseDatasetKind(*name);
            if (!kind)
                return "--dataset: " + quoteInput(*name) + " is not circle, xor, gauss, spiral, spiral3, sine or abs";
            setup.dataset = *kind;
        }
        const auto activation = [](const std::string& name) { return parseActivationKind(name); };
        if (const auto name = line.value("activation")) {
            const auto kind = activation(*name);
            if (!kind)
                return "--activation: " + quoteInput(*name) + " is not an activation (gelu, gelu_tanh, gelu_sigmoid, relu, tanh, sigmoid, linear)";
            setup.activation = *kind;
        }
        if (const auto pair = line.value("compare")) {
            const auto comma = pair->find(',');
            const auto first = comma == std::string::npos ? std::nullopt : activation(pair->substr(0, comma));
            const auto second = comma == std::string::npos ? std::nullopt : activation(pair->substr(comma + 1));
            if (!first || !second)
                return "--compare: " + quoteInput(*pair) + " is not two activations, e.g. gelu,relu";
            setup.activation = *first;
            job.compareWith = *second;
        }
        if (const auto hidden = line.value("hidden")) {
            setup.hidden.clear();
            std::size_t start = 0;
            while (start <= hidden->size()) {
                const std::size_t comma = std::min(hidden->find(',', start), hidden->size());
                int width = 0;
                if (!parseInt(std::string_view(*hidden).substr(start, comma - start), width) || width < 1 || width > 256
                    || setup.hidden.size() >= 8)
                    return "--hidden: " + quoteInput(*hidden) + " is not up to 8 widths from 1 to 256, e.g. 8,8";
                setup.hidden.push_back(width);
                start = comma + 1;
            }
        }
        job.steps = static_cast<long long>(numberOption(line, "steps", 500, 1, 1e6, error));
        setup.seed = static_cast<std::uint64_t>(numberOption(line, "seed", 1, 0, 4294967295.0, error));
        setup.learningRate = numberOption(line, "lr", setup.learningRate, 1e-6, 10, error);
        setup.batchSize = static_cast<int>(numberOption(line, "batch-size", setup.batchSize, 0, 100000, error));
        setup.noise = numberOption(line, "noise", setup.noise, 0, 10, error);
        if (const auto name = line.value("optimizer")) {
            const auto kind = parseOptimizerKind(*name);
            if (!kind)
                return "--optimizer: " + quoteInput(*name) + " is not sgd, momentum or adam";
            setup.optimizer = *kind;
        }
        for (const char* whole : { "steps", "seed", "batch-size" }) {
            if (const auto text = line.value(whole); text && error.empty()) {
                if (text->find_first_not_of("0123456789") != std::string::npos)
                    return std::string("--") + whole + ": " + quoteInput(*text) + " is not a whole number";
            }
        }
        return error;
    }

} // namespace

bool ExportJob::isPng() const
{
    if (output.size() < 4)
        return false;
    std::string tail = output.substr(output.size() - 4);
    for (char& c : tail)
        c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return tail == ".png";
}

const std::set<std::string>& exportCurveNames()
{
    static const std::set<std::string> names { "gelu", "derivative", "relu", "relu_derivative",
                                               "phi", "compare", "error", "keypoints" };
    return names;
}

ExportJob ExportJob::parse(const std::vector<std::string>& words, std::string& error)
{
    ExportJob job;
    CommandSpec spec { { "panel", "mode", "from", "to", "curves", "size", "scale", "theme", "font-scale", "caption" },
                       { "transparent" },
                       true };
    spec.valueOptions.insert(kTrainerValueOptions.begin(), kTrainerValueOptions.end());
    const CommandLine line = CommandLine::parse(words, spec);
    if (!line.ok()) {
        error = line.error();
        return job;
    }
    if (line.positional().size() != 1) {
        error = line.positional().empty() ? "name the output file (OUT.png, OUT.svg or OUT.pdf)"
                                          : "give one output file, not " + std::to_string(line.positional().size());
        return job;
    }
    job.output = line.positional().front();
    const auto dot = job.output.rfind('.');
    std::string extension = dot == std::string::npos ? std::string() : job.output.substr(dot + 1);
    for (char& c : extension) // figure.PNG is a PNG too
        c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    if (extension != "png" && extension != "svg" && extension != "pdf") {
        error = quoteInput(job.output) + ": the file name must end in .png, .svg or .pdf";
        return job;
    }

    if (const auto panel = line.value("panel")) {
        if (*panel != "curves" && *panel != "error" && *panel != "trainer") {
            error = "--panel: " + quoteInput(*panel) + " is not curves, error or trainer";
            return job;
        }
        job.panel = *panel;
    }
    if (const auto mode = line.value("mode")) {
        const auto parsed = parseGeluMode(*mode);
        if (!parsed) {
            error = "--mode: " + quoteInput(*mode) + " is not exact, none, tanh or sigmoid";
            return job;
        }
        job.mode = *parsed;
    }
    for (const char* option : { "from", "to" }) {
        if (const auto text = line.value(option)) {
            const auto value = parseNumber(*text);
            if (!value || !std::isfinite(*value) || std::fabs(*value) > 1e6) {
                error = std::string("--") + option + ": " + quoteInput(*text) + " is not a number between -1e6 and 1e6";
                return job;
            }
            (std::string_view(option) == "from" ? job.from : job.to) = *value;
        }
    }
    if (!(job.from < job.to)) {
        error = "--from must be less than --to";
        return job;
    }
    if (const auto curves = line.value("curves")) {
        job.curves.clear();
        std::size_t start = 0;
        while (start <= curves->size()) {
            const std::size_t comma = std::min(curves->find(',', start), curves->size());
            const std::string name = curves->substr(start, comma - start);
            if (!exportCurveNames().count(name)) {
                error = "--curves: " + quoteInput(name)
                    + " is not one of gelu, derivative, relu, relu_derivative, phi, compare, error, keypoints";
                return job;
            }
            job.curves.insert(name);
            start = comma + 1;
        }
    }
    if (const auto size = line.value("size")) {
        const auto x = size->find('x');
        if (x == std::string::npos || !parseInt(std::string_view(*size).substr(0, x), job.width)
            || !parseInt(std::string_view(*size).substr(x + 1), job.height)) {
            error = "--size: " + quoteInput(*size) + " is not WIDTHxHEIGHT, e.g. 1920x1080";
            return job;
        }
    }
    if (const auto scale = line.value("scale")) {
        if (!parseInt(*scale, job.scale) || job.scale < 1 || job.scale > 3) {
            error = "--scale: " + quoteInput(*scale) + " is not 1, 2 or 3";
            return job;
        }
    }
    const int pixelScale = extension == "png" ? job.scale : 1;
    if (job.width < 1 || job.height < 1 || job.width > kMaxPixels / pixelScale || job.height > kMaxPixels / pixelScale) {
        error = "--size: " + std::to_string(job.width) + "x" + std::to_string(job.height) + " at scale "
            + std::to_string(pixelScale) + " is outside 1 to 16384 pixels";
        return job;
    }
    if (const auto theme = line.value("theme")) {
        if (*theme != "light" && *theme != "dark" && *theme != "projector") {
            error = "--theme: " + quoteInput(*theme) + " is not light, dark or projector";
            return job;
        }
        job.theme = *theme;
    }
    if (const auto fontScale = line.value("font-scale")) {
        const auto value = parseNumber(*fontScale);
        if (!value || !(*value >= 0.5 && *value <= 3.0)) {
            error = "--font-scale: " + quoteInput(*fontScale) + " is not a number from 0.5 to 3 (paper 0.8, talk 1.3, poster 1.6)";
            return job;
        }
        job.fontScale = *value;
    }
    job.transparent = line.has("transparent");
    if (const auto caption = line.value("caption")) {
        if (caption->size() > 1000) {
            error = "--caption: longer than 1000 characters";
            return job;
        }
        job.caption = *caption;
    }
    for (const auto& option : kTrainerValueOptions) {
        if (line.has(option) && job.panel != "trainer") {
            error = "--" + option + " applies to --panel trainer only";
            return job;
        }
    }
    if (job.panel == "trainer")
        error = parseTrainerOptions(line, job);
    return job;
}

std::vector<std::string> splitBatchLine(const std::string& line, std::string& error)
{
    std::vector<std::string> words;
    std::string word;
    bool inWord = false;
    char quote = 0;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quote) {
            if (c == quote)
                quote = 0;
            else if (c == '\\' && quote == '"' && i + 1 < line.size())
                word.push_back(line[++i]);
            else
                word.push_back(c);
        } else if (c == '"' || c == '\'') {
            quote = c;
            inWord = true;
        } else if (c == '#' && !inWord) {
            break; // a comment runs to the end of the line
        } else if (c == '\\' && i + 1 < line.size()) {
            word.push_back(line[++i]);
            inWord = true;
        } else if (c == ' ' || c == '\t' || c == '\r') {
            if (inWord)
                words.push_back(word);
            word.clear();
            inWord = false;
        } else {
            word.push_back(c);
            inWord = true;
        }
    }
    if (quote) {
        error = std::string("unterminated ") + (quote == '"' ? "double" : "single") + " quote";
        return {};
    }
    if (inWord)
        words.push_back(word);
    return words;
}

} // namespace gelulab
