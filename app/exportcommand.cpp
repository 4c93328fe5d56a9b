// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include "exportcommand.h"

#include "commandline.h"
#include "curvesfigure.h"
#include "exportjob.h"
#include "figureframe.h"
#include "figurewriter.h"
#include "trainerfigure.h"
#include "trainerpanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPainter>

#include <cerrno>
#include <chrono>
#include <fstream>
#include <memory>
#include <ostream>

#include <sys/stat.h>
#include <unistd.h>

namespace gelulab {

namespace {

    constexpr std::size_t kMaxBatchLines = 10000;

    int fail(std::ostream& err, const std::string& message)
    {
        err << "gelulab export: " << message << '\n';
        return 2;
    }

    FigureOptions optionsFor(const ExportJob& job)
    {
        FigureOptions options;
        options.theme = QString::fromStdString(job.theme);
        options.fontScale = job.fontScale;
        options.transparent = job.transparent;
        options.caption = QString::fromStdString(job.caption);
        return options;
    }

    // Trains the job's networks in a hidden trainer panel, on its worker thread as in the window,
    // for exactly job.steps steps (fewer if training diverges). Null after a 10-minute time-out.
    std::unique_ptr<TrainerPanel> trainHeadless(const ExportJob& job)
    {
        auto panel = std::make_unique<TrainerPanel>();
        panel->resize(1280, 720);
        TrainerSettings settings;
        settings.setup = job.trainer;
        settings.compare = job.compareWith.has_value();
        settings.compareActivation = job.compareWith.value_or(ActivationKind::Relu);
        panel->setSettings(settings);
        QEventLoop loop;
        const auto finished = [&panel, &job] {
            for (int i = 0; i < panel->networkCount(); ++i) {
                if (panel->stepCount(i) < job.steps && panel->divergence(i).isEmpty())
                    return false;
            }
            return true;
        };
        QObject::connect(panel.get(), &TrainerPanel::progressShown, &loop, [&] {
            if (finished())
                loop.quit();
        });
        QTimer::singleShot(std::chrono::minutes(10), &loop, [&loop] { loop.exit(1); });
        panel->runSteps(static_cast<int>(job.steps));
        if (loop.exec() != 0)
            return nullptr;
        // The last update (with the final output maps) may still be on its way: let it land.
        QElapsedTimer settle;
        settle.start();
        while (settle.elapsed() < 300)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        return panel;
    }

    CurveExplorerState stateFor(const ExportJob& job)
    {
        CurveExplorerState state;
        state.mode = job.mode;
        state.x = { job.from, job.to };
        const auto has = [&job](const char* name) { return job.curves.count(name) > 0; };
        state.showGelu = has("gelu");
        state.showDerivative = has("derivative");
        state.showRelu = has("relu");
        state.showReluDerivative = has("relu_derivative");
        state.showNormalCdf = has("phi");
        state.compare = has("compare");
        state.showKeyPoints = has("keypoints");
        return state;
    }

    // The figure for one job: one chart, or the curves over the error chart when --curves names
    // `error` on the curves panel.
    FigurePainter painterFor(const ExportJob& job, std::vector<std::unique_ptr<CurvesFigure>>& keep)
    {
        const FigureOptions options = optionsFor(job);
        const CurveExplorerState state = stateFor(job);

        if (job.panel == "error" || job.curves.count("error") == 0) {
            auto figure = std::make_unique<CurvesFigure>(job.panel == "error" ? CurvesFigure::Panel::Error
                                                                              : CurvesFigure::Panel::Curves);
            figure->setState(state);
            const CurvesFigure* source = figure.get();
            keep.push_back(std::move(figure));
            return [source, options](QPainter& painter, const QRectF& target) {
                source->paintFigure(painter, target, options);
            };
        }
        auto curves = std::make_unique<CurvesFigure>(CurvesFigure::Panel::Curves);
        auto error = std::make_unique<CurvesFigure>(CurvesFigure::Panel::Error);
        curves->setState(state);
        error->setState(state);
        const CurvesFigure* top = curves.get();
        const CurvesFigure* bottom = error.get();
        keep.push_back(std::move(curves));
        keep.push_back(std::move(error));
        return [top, bottom, options](QPainter& painter, const QRectF& target) {
            const ChartStyle style = FigureFrame::styleFor(options, target.height());
            const QRectF area = FigureFrame::paint(painter, target, options, style);
            const QRectF upper(area.left(), area.top(), area.width(), area.height() * 0.64);
            const QRectF lower(area.left(), upper.bottom(), area.width(), area.height() - upper.height());
            for (const auto& [source, tile] : { std::pair { top, upper }, std::pair { bottom, lower } }) {
                FigureOptions inner = options;
                inner.caption.clear();
                inner.transparent = true; // the frame painted the background once
                // Type sized for the whole figure, not for the shorter tile.
                inner.fontScale *= FigureFrame::sizeGrowth(target.height()) / FigureFrame::sizeGrowth(tile.height());
                source->paintFigure(painter, tile, inner);
            }
        };
    }

} // namespace

int runExportCommand(int argc, char* argv[], const std::vector<std::string>& args, std::ostream& err)
{
    // Collect every job first: a batch with a bad line writes nothing.
    std::vector<ExportJob> jobs;
    if (!args.empty() && (args.front() == "--batch" || args.front().rfind("--batch=", 0) == 0)) {
        const std::string fileName = args.front() == "--batch" ? (args.size() > 1 ? args[1] : std::string())
                                                               : args.front().substr(8);
        if (fileName.empty() || args.size() > (args.front() == "--batch" ? 2u : 1u))
            return fail(err, "--batch takes one file and no other options");
        std::ifstream in(fileName);
        if (!in || QFileInfo(QString::fromStdString(fileName)).isDir())
            return fail(err, "cannot read batch file " + quoteInput(fileName));
        std::string line;
        std::size_t number = 0;
        while (std::getline(in, line)) {
            ++number;
            if (number > kMaxBatchLines)
                return fail(err, quoteInput(fileName) + ": more than 10000 lines");
            std::string error;
            const std::vector<std::string> words = splitBatchLine(line, error);
            if (error.empty() && (words.empty() || words.front().rfind('#', 0) == 0))
                continue;
            ExportJob job;
            if (error.empty())
                job = ExportJob::parse(words, error);
            if (!error.empty())
                return fail(err, quoteInput(fileName) + " line " + std::to_string(number) + ": " + error);
            for (const ExportJob& earlier : jobs) {
                if (earlier.output == job.output)
                    return fail(err, quoteInput(fileName) + " line " + std::to_string(number) + ": "
                                    + quoteInput(job.output) + " is written by an earlier line too");
            }
            jobs.push_back(std::move(job));
        }
        if (jobs.empty())
            return fail(err, quoteInput(fileName) + " holds no export lines");
    } else {
        std::string error;
        jobs.push_back(ExportJob::parse(args, error));
        if (!error.empty())
            return fail(err, error);
    }

    // Figures are drawn offscreen: no display is needed, and a display present changes nothing.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Without a session (ssh, cron, CI) Qt falls back to /tmp/runtime-$USER with a warning on
    // stderr; choose that same folder quietly so a script's stderr holds only our own errors.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QByteArray runtime = QDir::tempPath().toLocal8Bit() + "/runtime-" + QByteArray::number(getuid());
        if (mkdir(runtime.constData(), 0700) == 0 || errno == EEXIST)
            qputenv("XDG_RUNTIME_DIR", runtime);
    }
    QApplication app(argc, argv);
    int status = 0;
    for (const ExportJob& job : jobs) {
        std::vector<std::unique_ptr<CurvesFigure>> keep;
        std::unique_ptr<TrainerPanel> trainer;
        std::unique_ptr<TrainerFigure> trainerFigure;
        FigurePainter painter;
        if (job.panel == "trainer") {
            trainer = trainHeadless(job);
            if (!trainer)
                return fail(err, "training for the figure did not finish within 10 minutes");
            trainerFigure = std::make_unique<TrainerFigure>(trainer.get());
            painter = [figure = trainerFigure.get(), options = optionsFor(job)](QPainter& p, const QRectF& target) {
                figure->paintFigure(p, target, options);
            };
        } else {
            painter = painterFor(job, keep);
        }
        FigureRequest request;
        request.fileName = QString::fromStdString(job.output);
        request.size = QSize(job.width, job.height);
        request.scale = job.isPng() ? job.scale : 1;
        request.title = QStringLiteral("GELU Lab");
        const QString error = FigureWriter::write(request, painter);
        if (!error.isEmpty())
            return fail(err, error.toStdString());
        // A diverged training still gives its figure (the steps before it), but not silently: like
        // `gelulab train`, say why on stderr and exit 3.
        if (trainer) {
            for (int i = 0; i < trainer->networkCount(); ++i) {
                if (!trainer->divergence(i).isEmpty()) {
                    err << "gelulab export: " << job.output << ": training diverged: "
                        << trainer->divergence(i).toStdString() << '\n';
                    status = 3;
                }
            }
        }
    }
    return status;
}

} // namespace gelulab
