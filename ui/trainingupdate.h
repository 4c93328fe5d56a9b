// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <gelulab/dataset.h>

#include <QRectF>
#include <QString>

#include <cstdint>
#include <vector>

// What a network computes over the output view's area, sampled on a grid.
struct OutputSnapshot {
    int inputs = 0; // 2: a class-probability map; 1: a curve; 0: nothing yet
    QRectF area; // data coordinates shown: x from left() to right(), y from top() (low) to bottom() (high)
    int resolution = 0; // grid points per side (2-D) or curve samples (1-D)
    int channels = 0; // classes (2-D)
    // 2-D: resolution² × channels probabilities, rows from high y to low y, then columns, then classes.
    // 1-D: resolution outputs at evenly spaced x from area.left() to area.right().
    std::vector<float> values;
};

// One network's progress since the previous update.
struct NetworkProgress {
    std::vector<double> trainLosses; // one per step completed since the last update
    std::vector<double> testLosses; // empty without test data
    std::int64_t steps = 0; // total steps so far
    double trainAccuracy = 0.0; // NaN for regression
    double testAccuracy = 0.0; // NaN for regression or without test data
    QString divergence; // why training stopped, when it diverged
    OutputSnapshot output; // inputs == 0 when not refreshed in this update
};

// A batch of results crossing from the worker to the GUI (≤ ~30 per second).
struct TrainingUpdate {
    quint64 runId = 0;
    std::vector<NetworkProgress> networks;
    double stepsPerSecond = 0.0;
    double learningRate = 0.0; // the rate the last step used
    bool running = false; // false in the update sent when the loop stops
};

// The data of a run, sent once when it starts.
struct TrainingData {
    quint64 runId = 0;
    gelulab::DatasetSplit split;
    QRectF area; // the output views' area, shared by every network of the run
};
