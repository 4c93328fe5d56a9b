// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include "mainwindow.h"
#include "exportcommand.h"
#include "tablecommand.h"
#include "traincommand.h"

#include <QApplication>
#include <QIcon>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

namespace {

constexpr std::string_view kUsage = R"(Usage:
  gelulab                      open the GELU Lab window
  gelulab table --mode MODE (--from A --to B --points N | --x v1,v2,...)
                               print GELU/ReLU values and derivatives as CSV (MODE: exact, none, tanh, sigmoid)
  gelulab train --model M.json --data D.csv [--test-data T.csv] --steps N [--lr LR]
                [--optimizer sgd|momentum|adam] [--batch-size B] [--seed S] [--save OUT.json] [--loss-csv L.csv]
  gelulab train --dataset circle|xor|gauss|spiral|spiral3|sine|abs (--activation NAME | --compare gelu,relu)
                [--hidden 8,8] --steps N [--seed S] [--lr LR] [--optimizer NAME] [--batch-size B]
                [--noise X] [--test-fraction F] [--save OUT.json] [--loss-csv L.csv] [--save-data D.csv]
                               train a small network headless; prints final loss and accuracy as CSV
                               (--batch-size 0 = full batch in file order; defaults: adam, lr 0.01)
  gelulab export OUT.png|OUT.svg|OUT.pdf [--panel curves|error|trainer] [--mode MODE] [--from A --to B]
                [--curves gelu,derivative,relu,relu_derivative,phi,compare,error,keypoints]
                [--size WxH] [--scale 1|2|3] [--theme light|dark|projector] [--font-scale F]
                [--transparent] [--caption TEXT]
                [--panel trainer: --dataset --activation|--compare A,B --hidden --steps --seed --lr
                 --optimizer --batch-size --noise, as for gelulab train]
  gelulab export --batch FILE  one export per line, same options (# starts a comment)
                               draw a figure for slides without a display
  gelulab --help | --version
)";

std::string environment(const char* name)
{
    const char* value = std::getenv(name);
    return value ? std::string(value) : std::string();
}

// Whether a GUI can start: without this check Qt aborts with a platform-plugin error.
bool displayAvailable()
{
    if (!environment("QT_QPA_PLATFORM").empty() || !environment("WAYLAND_DISPLAY").empty())
        return true;
    const std::string display = environment("DISPLAY");
    if (display.empty())
        return false;
    // A local display ":N" or ":N.S" listens on /tmp/.X11-unix/XN; a remote one we cannot check cheaply.
    if (display.front() == ':') {
        const std::string number = display.substr(1, display.find('.') - 1);
        return std::filesystem::exists("/tmp/.X11-unix/X" + number);
    }
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc >= 2) {
        const std::string_view command = argv[1];
        const std::vector<std::string> rest(argv + 2, argv + argc);
        const bool wantsHelp = std::find(rest.begin(), rest.end(), "--help") != rest.end()
            || std::find(rest.begin(), rest.end(), "-h") != rest.end();
        if (wantsHelp && (command == "table" || command == "train" || command == "export")) {
            std::cout << kUsage;
            return 0;
        }
        if (command == "table")
            return gelulab::runTableCommand(rest, std::cout, std::cerr);
        if (command == "export")
            return gelulab::runExportCommand(argc, argv, rest, std::cerr);
        if (command == "train")
            return gelulab::runTrainCommand(rest, std::cout, std::cerr);
        if (command == "--help" || command == "-h" || command == "help") {
            std::cout << kUsage;
            return 0;
        }
        if (command == "--version") {
            std::cout << "gelulab " << GELULAB_VERSION << '\n';
            return 0;
        }
        if (!command.empty() && command.front() != '-') {
            std::cerr << "gelulab: unknown command '" << command << "' (gelulab --help lists them)\n";
            return 2;
        }
    }

    if (!displayAvailable()) {
        // Name the program as it was started: build/app/gelulab from a clone, gelulab once installed.
        const char* self = argc > 0 && argv[0] && *argv[0] ? argv[0] : "gelulab";
        std::cerr << "gelulab: no display found (DISPLAY is unset or unreachable); run the window under "
                     "'xvfb-run "
                  << self
                  << "', or use the headless commands 'gelulab table', "
                     "'gelulab train' and 'gelulab export' (see gelulab --help)\n";
        return 1;
    }

    QApplication app(argc, argv);
    // Lower-case names: they become the settings folder (~/.config/gelulab) and the WM class, which
    // must match gelulab.desktop for the dock to show our icon.
    QApplication::setApplicationName(QStringLiteral("gelulab"));
    QApplication::setOrganizationName(QStringLiteral("gelulab"));
    QApplication::setApplicationVersion(QStringLiteral(GELULAB_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("gelulab"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/gelulab.svg")));
    // Restores geometry, panel and language from the last session (AppSettings).
    MainWindow window;
    window.show();
    return app.exec();
}
