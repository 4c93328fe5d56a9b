// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include "gelulab/modelfile.h"

#include "gelulab/atomicfile.h"
#include "gelulab/fileerror.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace gelulab {

namespace {

using nlohmann::json;

[[noreturn]] void fail(const std::string& name, const std::string& field, const std::string& message)
{
    throw FileError(name + ": " + field + ": " + message);
}

const json& member(const json& object, const char* key, const std::string& name, const std::string& field)
{
    const auto it = object.find(key);
    if (it == object.end())
        fail(name, field.empty() ? std::string(key) : field + "." + key, "missing");
    return *it;
}

std::string kindOf(const json& value)
{
    return value.type_name();
}

double number(const json& value, const std::string& name, const std::string& field)
{
    if (!value.is_number())
        fail(name, field, "expected a number, found " + kindOf(value));
    const double x = value.get<double>();
    if (!std::isfinite(x))
        fail(name, field, "not a finite number");
    return x;
}

} // namespace

ModelFile parseModel(const std::string& text, const std::string& name)
{
    json root;
    try {
        root = json::parse(text);
    } catch (const json::parse_error& error) {
        const auto end = static_cast<std::ptrdiff_t>(std::min<std::size_t>(error.byte, text.size()));
        const auto line = 1 + std::count(text.begin(), text.begin() + end, '\n');
        throw FileError(name + ": line " + std::to_string(line) + ": not valid JSON ("
            + std::string(error.what()).substr(std::string(error.what()).find(':') + 2) + ")");
    } catch (const json::exception& error) { // e.g. out_of_range for a number such as 1e999
        const std::string what = error.what();
        throw FileError(name + ": not a usable JSON number (" + what.substr(what.find(']') + 2) + ")");
    }
    if (!root.is_object())
        fail(name, "top level", "expected an object, found " + kindOf(root));
    const json& format = member(root, "format", name, "");
    if (!format.is_string() || format.get<std::string>() != "gelulab-mlp")
        fail(name, "format", "expected \"gelulab-mlp\"");
    const json& version = member(root, "version", name, "");
    if (!version.is_number_integer() || version.get<long long>() != 1)
        fail(name, "version", "only version 1 is known");
    const json& activationName = member(root, "activation", name, "");
    const auto activation
        = activationName.is_string() ? parseActivationKind(activationName.get<std::string>()) : std::nullopt;
    if (!activation)
        fail(name, "activation",
            "unknown activation " + activationName.dump()
                + " (use gelu, gelu_tanh, gelu_sigmoid, relu, tanh, sigmoid or linear)");
    const json& lossName = member(root, "loss", name, "");
    const auto loss = lossName.is_string() ? parseLossKind(lossName.get<std::string>()) : std::nullopt;
    if (!loss)
        fail(name, "loss", "unknown loss " + lossName.dump() + " (use cross_entropy or mse)");
    const json& layers = member(root, "layers", name, "");
    if (!layers.is_array() || layers.empty())
        fail(name, "layers", "expected a non-empty array of layers");

    std::vector<int> sizes;
    for (std::size_t l = 0; l < layers.size(); ++l) {
        const std::string field = "layers[" + std::to_string(l) + "]";
        const json& layer = layers[l];
        if (!layer.is_object())
            fail(name, field, "expected an object with weight and bias");
        const json& weight = member(layer, "weight", name, field);
        if (!weight.is_array() || weight.empty() || !weight[0].is_array() || weight[0].empty())
            fail(name, field + ".weight", "expected a non-empty array of non-empty rows");
        const int out = static_cast<int>(weight.size());
        const int in = static_cast<int>(weight[0].size());
        if (l == 0)
            sizes.push_back(in);
        else if (in != sizes.back())
            fail(name, field + ".weight",
                "rows have " + std::to_string(in) + " numbers, but layers[" + std::to_string(l - 1) + "] has "
                    + std::to_string(sizes.back()) + " outputs");
        sizes.push_back(out);
    }
    ModelFile model { Mlp(sizes, *activation), *loss };
    for (std::size_t l = 0; l < layers.size(); ++l) {
        const std::string field = "layers[" + std::to_string(l) + "]";
        const json& weight = layers[l]["weight"];
        auto w = model.network.weight(static_cast<int>(l));
        for (std::size_t r = 0; r < weight.size(); ++r) {
            const std::string rowField = field + ".weight[" + std::to_string(r) + "]";
            if (!weight[r].is_array() || weight[r].size() != static_cast<std::size_t>(w.cols()))
                fail(name, rowField, "expected a row of " + std::to_string(w.cols()) + " numbers");
            for (std::size_t c = 0; c < weight[r].size(); ++c)
                w(static_cast<Eigen::Index>(r), static_cast<Eigen::Index>(c))
                    = number(weight[r][c], name, rowField + "[" + std::to_string(c) + "]");
        }
        const json& bias = member(layers[l], "bias", name, field);
        auto b = model.network.bias(static_cast<int>(l));
        if (!bias.is_array() || bias.size() != static_cast<std::size_t>(b.size()))
            fail(name, field + ".bias",
                "expected " + std::to_string(b.size()) + " numbers, one per weight row");
        for (std::size_t r = 0; r < bias.size(); ++r)
            b(static_cast<Eigen::Index>(r))
                = number(bias[r], name, field + ".bias[" + std::to_string(r) + "]");
    }
    return model;
}

ModelFile readModelFile(const std::string& path)
{
    return parseModel(readWholeFile(path), path);
}

std::string modelToJson(const Mlp& network, LossKind loss)
{
    nlohmann::ordered_json layers = nlohmann::ordered_json::array();
    for (int l = 0; l < network.linearLayerCount(); ++l) {
        const auto w = network.weight(l);
        nlohmann::ordered_json rows = nlohmann::ordered_json::array();
        for (Eigen::Index r = 0; r < w.rows(); ++r) {
            nlohmann::ordered_json row = nlohmann::ordered_json::array();
            for (Eigen::Index c = 0; c < w.cols(); ++c)
                row.push_back(w(r, c));
            rows.push_back(std::move(row));
        }
        const auto b = network.bias(l);
        nlohmann::ordered_json bias = nlohmann::ordered_json::array();
        for (Eigen::Index r = 0; r < b.size(); ++r)
            bias.push_back(b(r));
        layers.push_back({ { "weight", std::move(rows) }, { "bias", std::move(bias) } });
    }
    // ordered_json keeps the documented key order, which makes files easy to read and diff.
    nlohmann::ordered_json root;
    root["format"] = "gelulab-mlp";
    root["version"] = 1;
    root["activation"] = std::string(activationKindName(network.activation()));
    root["loss"] = std::string(lossKindName(loss));
    root["layers"] = layers;
    return root.dump(1) + "\n";
}

void writeModelFile(const std::string& path, const Mlp& network, LossKind loss)
{
    writeFileAtomically(path, modelToJson(network, loss));
}

} // namespace gelulab
