// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <Eigen/Core>

#include <cstdint>
#include <optional>
#include <string_view>

namespace gelulab {

// Samples as columns: inputs is features × N; targets is 1 × N class indices (classes ≥ 2) or
// outputs × N real values (classes = 0, regression).
struct Dataset {
    Eigen::MatrixXd inputs;
    Eigen::MatrixXd targets;
    int classes = 0;

    Eigen::Index size() const { return inputs.cols(); }
    bool isClassification() const { return classes >= 2; }
    // The network outputs this data needs: 1 for two classes (one logit, BCE), K for K ≥ 3 classes,
    // the target rows for regression.
    int outputSize() const;
};

struct DatasetSplit {
    Dataset train;
    Dataset test;
};

// The toy problems of the trainer. 2-D classification in about [−1.2, 1.2]²; 1-D regression.
enum class DatasetKind {
    Circle, // class 0 in a disc of radius 0.5, class 1 in the ring 0.7 … 1.0          ("circle")
    Xor, // uniform in [−1, 1]², pushed 0.1 off the axes; class 1 where x1·x2 < 0       ("xor")
    Gauss, // two round blobs (σ = 0.3) at (−0.5, −0.5) and (0.5, 0.5)                  ("gauss")
    Spiral, // two interleaved spiral arms, 1.75 turns, radius 0 … 1                    ("spiral")
    Spiral3, // the same with three arms and three classes                              ("spiral3")
    Sine, // y = sin x for x uniform in [−3, 3]                                          ("sine")
    Abs, // y = |x| for x uniform in [−2, 2]                                             ("abs")
};

inline constexpr DatasetKind allDatasetKinds[] = { DatasetKind::Circle, DatasetKind::Xor, DatasetKind::Gauss,
    DatasetKind::Spiral, DatasetKind::Spiral3, DatasetKind::Sine, DatasetKind::Abs };

std::optional<DatasetKind> parseDatasetKind(std::string_view name);
std::string_view datasetKindName(DatasetKind kind);
bool isRegression(DatasetKind kind);

struct DatasetOptions {
    std::uint64_t seed = 1;
    // Standard deviation of the Gaussian jitter added to each coordinate (2-D) or to the target
    // (1-D), in data units. 0 gives the clean shape.
    double noise = 0.1;
    // Share of the samples held out as test data, in [0, 0.9] (std::invalid_argument otherwise).
    double testFraction = 0.3;
    // Total samples before the split; 0 picks 200 for 2-D and 120 for 1-D problems.
    int samples = 0;
};

// Generates the samples from RandomSource(options.seed), shuffles them with the same source and
// splits off the last round(N·testFraction) as test data. The same options give the same data.
DatasetSplit generateDataset(DatasetKind kind, const DatasetOptions& options);

} // namespace gelulab
