// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace gelulab {

// `gelulab train`, headless training in two forms:
//   --model M.json --data D.csv [--test-data T.csv] --steps N [--lr --optimizer --batch-size --seed
//    --save OUT.json --loss-csv L.csv]
//   --dataset NAME (--activation NAME | --compare A,B,...) --hidden 8,8 --steps N --seed S [--lr
//    --optimizer --batch-size --noise --test-fraction --save --loss-csv --save-data D.csv]
// Prints one CSV row per network on `out`: activation,steps,train_loss,test_loss,train_accuracy,
// test_accuracy (final values over the whole train and test sets; empty where not applicable).
// Exit status 0; 2 for bad input (one line on `err` naming the file, line or field; no output file
// touched); 3 when training diverged (the reason on `err`; the steps recorded so far are still written).
int runTrainCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

} // namespace gelulab
