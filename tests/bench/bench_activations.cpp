// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include <gelulab/activationkind.h>
#include <gelulab/activations.h>
#include <gelulab/sampling.h>

#include <benchmark/benchmark.h>

#include <vector>

namespace {

// Value and derivative of one GELU variant over n points spread over [−6, 6].
void BM_GeluEval(benchmark::State& state, gelulab::GeluMode mode)
{
    const auto n = static_cast<std::size_t>(state.range(0));
    const std::vector<double> xs = gelulab::linspace(-6.0, 6.0, n);
    std::vector<double> value(n), derivative(n);
    for (auto _ : state) {
        gelulab::geluWithDerivative(xs, value, derivative, mode);
        benchmark::DoNotOptimize(value.data());
        benchmark::DoNotOptimize(derivative.data());
        benchmark::ClobberMemory();
    }
    state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(n));
}

// The same work through applyActivation, the trainer's path: four lanes at a time where the CPU
// has AVX2 (glibc's vector erfc and exp), else the scalar functions above.
void BM_TrainerActivation(benchmark::State& state, gelulab::ActivationKind kind)
{
    const auto n = static_cast<std::size_t>(state.range(0));
    const std::vector<double> xs = gelulab::linspace(-6.0, 6.0, n);
    std::vector<double> value(n), derivative(n);
    for (auto _ : state) {
        gelulab::applyActivation(kind, xs, value, derivative);
        benchmark::DoNotOptimize(value.data());
        benchmark::DoNotOptimize(derivative.data());
        benchmark::ClobberMemory();
    }
    state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(n));
}

} // namespace

BENCHMARK_CAPTURE(BM_TrainerActivation, gelu, gelulab::ActivationKind::Gelu)->Arg(1000)->Arg(1000000);
BENCHMARK_CAPTURE(BM_TrainerActivation, gelu_tanh, gelulab::ActivationKind::GeluTanh)
    ->Arg(1000)
    ->Arg(1000000);
BENCHMARK_CAPTURE(BM_TrainerActivation, gelu_sigmoid, gelulab::ActivationKind::GeluSigmoid)
    ->Arg(1000)
    ->Arg(1000000);
BENCHMARK_CAPTURE(BM_GeluEval, exact, gelulab::GeluMode::Exact)->RangeMultiplier(10)->Range(1000, 1000000);
BENCHMARK_CAPTURE(BM_GeluEval, tanh, gelulab::GeluMode::Tanh)->RangeMultiplier(10)->Range(1000, 1000000);
BENCHMARK_CAPTURE(BM_GeluEval, sigmoid, gelulab::GeluMode::Sigmoid)->RangeMultiplier(10)->Range(1000, 1000000);

// main() is in bench_main.cpp: the chart benchmarks need a QApplication.
