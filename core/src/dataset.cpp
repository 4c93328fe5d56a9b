// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include "gelulab/dataset.h"

#include "gelulab/randomsource.h"

#include <cmath>
#include <numbers>
#include <stdexcept>
#include <utility>

namespace gelulab {

namespace {

constexpr double kTwoPi = 2.0 * std::numbers::pi;

// Fills the columns of a 2-D problem; label(i) decides the class, point(i, label) the position.
template <typename MakeSample>
Dataset makeSamples(int n, int features, int targetRows, int classes, MakeSample&& make)
{
    Dataset data;
    data.inputs.resize(features, n);
    data.targets.resize(targetRows, n);
    data.classes = classes;
    for (int i = 0; i < n; ++i)
        make(i, data.inputs.col(i), data.targets.col(i));
    return data;
}

Dataset takeColumns(
    const Dataset& all, const std::vector<Eigen::Index>& order, std::size_t from, std::size_t to)
{
    Dataset part;
    part.classes = all.classes;
    const auto n = static_cast<Eigen::Index>(to - from);
    part.inputs.resize(all.inputs.rows(), n);
    part.targets.resize(all.targets.rows(), n);
    for (Eigen::Index j = 0; j < n; ++j) {
        part.inputs.col(j) = all.inputs.col(order[from + static_cast<std::size_t>(j)]);
        part.targets.col(j) = all.targets.col(order[from + static_cast<std::size_t>(j)]);
    }
    return part;
}

} // namespace

int Dataset::outputSize() const
{
    if (classes == 2)
        return 1;
    if (classes > 2)
        return classes;
    return static_cast<int>(targets.rows());
}

std::optional<DatasetKind> parseDatasetKind(std::string_view name)
{
    for (const DatasetKind kind : allDatasetKinds) {
        if (datasetKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

std::string_view datasetKindName(DatasetKind kind)
{
    switch (kind) {
    case DatasetKind::Circle:
        return "circle";
    case DatasetKind::Xor:
        return "xor";
    case DatasetKind::Gauss:
        return "gauss";
    case DatasetKind::Spiral:
        return "spiral";
    case DatasetKind::Spiral3:
        return "spiral3";
    case DatasetKind::Sine:
        return "sine";
    case DatasetKind::Abs:
        return "abs";
    }
    return "xor";
}

bool isRegression(DatasetKind kind)
{
    return kind == DatasetKind::Sine || kind == DatasetKind::Abs;
}

DatasetSplit generateDataset(DatasetKind kind, const DatasetOptions& options)
{
    if (!(options.testFraction >= 0.0 && options.testFraction <= 0.9))
        throw std::invalid_argument("gelulab: test fraction must be in [0, 0.9]");
    if (!(options.noise >= 0.0 && options.noise <= 10.0))
        throw std::invalid_argument("gelulab: noise must be in [0, 10]");
    if (options.samples < 0 || options.samples > 1'000'000)
        throw std::invalid_argument("gelulab: samples must be in [0, 1000000]");
    const bool regression = isRegression(kind);
    const int n = options.samples > 0 ? options.samples : (regression ? 120 : 200);
    RandomSource random(options.seed);
    const double noise = options.noise;
    auto jitter = [&](auto&& point) {
        if (noise > 0.0) {
            point(0) += noise * random.normal();
            point(1) += noise * random.normal();
        }
    };

    Dataset all;
    switch (kind) {
    case DatasetKind::Circle:
        all = makeSamples(n, 2, 1, 2, [&](int i, auto point, auto target) {
            const int label = i % 2;
            const double radius = label == 0 ? 0.5 * std::sqrt(random.uniform01()) : random.uniform(0.7, 1.0);
            const double angle = random.uniform(0.0, kTwoPi);
            point << radius * std::cos(angle), radius * std::sin(angle);
            target(0) = label;
            jitter(point);
        });
        break;
    case DatasetKind::Xor:
        all = makeSamples(n, 2, 1, 2, [&](int, auto point, auto target) {
            double x = random.uniform(-1.0, 1.0);
            double y = random.uniform(-1.0, 1.0);
            x += x < 0.0 ? -0.1 : 0.1; // keep the classes apart at the axes
            y += y < 0.0 ? -0.1 : 0.1;
            point << x, y;
            target(0) = (x < 0.0) != (y < 0.0) ? 1 : 0;
            jitter(point);
        });
        break;
    case DatasetKind::Gauss:
        all = makeSamples(n, 2, 1, 2, [&](int i, auto point, auto target) {
            const int label = i % 2;
            const double centre = label == 0 ? -0.5 : 0.5;
            const double x = centre + 0.3 * random.normal();
            const double y = centre + 0.3 * random.normal();
            point << x, y;
            target(0) = label;
            jitter(point);
        });
        break;
    case DatasetKind::Spiral:
    case DatasetKind::Spiral3: {
        const int arms = kind == DatasetKind::Spiral ? 2 : 3;
        const int perArm = (n + arms - 1) / arms;
        all = makeSamples(n, 2, 1, arms, [&](int i, auto point, auto target) {
            const int label = i % arms;
            const double t = static_cast<double>(i / arms) / perArm;
            const double angle = 1.75 * kTwoPi * t + label * kTwoPi / arms;
            point << t * std::sin(angle), t * std::cos(angle);
            target(0) = label;
            jitter(point);
        });
        break;
    }
    case DatasetKind::Sine:
    case DatasetKind::Abs: {
        const double half = kind == DatasetKind::Sine ? 3.0 : 2.0;
        all = makeSamples(n, 1, 1, 0, [&](int, auto point, auto target) {
            const double x = random.uniform(-half, half);
            point(0) = x;
            target(0) = (kind == DatasetKind::Sine ? std::sin(x) : std::fabs(x)) + noise * random.normal();
        });
        break;
    }
    }

    // Fisher–Yates with our own index mapping, so the split is the same on every standard library.
    std::vector<Eigen::Index> order(static_cast<std::size_t>(n));
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = static_cast<Eigen::Index>(i);
    for (std::size_t i = order.size(); i > 1; --i)
        std::swap(order[i - 1], order[random.index(i)]);
    const auto testCount = static_cast<std::size_t>(std::lround(options.testFraction * n));
    const std::size_t trainCount = order.size() - testCount;
    return { takeColumns(all, order, 0, trainCount), takeColumns(all, order, trainCount, order.size()) };
}

} // namespace gelulab
