// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <gelulab/trainingsetup.h>

#include <vector>

// The trainer panel's state: what to train and how fast. The widget shows it and edits it; the
// worker builds its networks from it.
struct TrainerSettings {
    gelulab::TrainingSetup setup; // setup.activation is the first (or only) network's
    bool compare = true; // a second network, same data and seed, with compareActivation
    gelulab::ActivationKind compareActivation = gelulab::ActivationKind::Relu;
    double stepsPerSecond = 0.0; // 0 = as fast as possible

    // The activations trained side by side: one, or two in compare mode.
    std::vector<gelulab::ActivationKind> activations() const
    {
        if (compare)
            return { setup.activation, compareActivation };
        return { setup.activation };
    }
};
