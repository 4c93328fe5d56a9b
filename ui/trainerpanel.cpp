// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include "trainerpanel.h"

#include <gelulab/activationkind.h>
#include <gelulab/dataset.h>
#include <gelulab/optimizer.h>

#include "losschart.h"
#include "outputview.h"
#include "trainingworker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSlider>
#include <QSpinBox>
#include <QStyle>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace {

using gelulab::ActivationKind;
using gelulab::DatasetKind;
using gelulab::OptimizerKind;

constexpr int kSliderPerDecade = 10;
constexpr int kMaxWidth = 256;
constexpr int kSpeedSteps[] = { 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000 };
constexpr int kFastestIndex = static_cast<int>(std::size(kSpeedSteps)); // "as fast as possible"

const QColor kNetworkColours[] = { QColor(0x6a, 0x3d, 0x9a), QColor(0xd6, 0x27, 0x28) };

QString activationLabel(ActivationKind kind)
{
    switch (kind) {
    case ActivationKind::Gelu:
        return QObject::tr("GELU");
    case ActivationKind::GeluTanh:
        return QObject::tr("GELU (tanh approx.)");
    case ActivationKind::GeluSigmoid:
        return QObject::tr("GELU (sigmoid approx.)");
    case ActivationKind::Relu:
        return QObject::tr("ReLU");
    case ActivationKind::Tanh:
        return QObject::tr("tanh");
    case ActivationKind::Sigmoid:
        return QObject::tr("sigmoid");
    case ActivationKind::Linear:
        return QObject::tr("linear (none)");
    }
    return {};
}

QString datasetLabel(DatasetKind kind)
{
    switch (kind) {
    case DatasetKind::Circle:
        return QObject::tr("circle (2 classes)");
    case DatasetKind::Xor:
        return QObject::tr("xor (2 classes)");
    case DatasetKind::Gauss:
        return QObject::tr("two blobs (2 classes)");
    case DatasetKind::Spiral:
        return QObject::tr("spiral (2 classes)");
    case DatasetKind::Spiral3:
        return QObject::tr("spiral (3 classes)");
    case DatasetKind::Sine:
        return QObject::tr("sine curve (regression)");
    case DatasetKind::Abs:
        return QObject::tr("|x| (regression)");
    }
    return {};
}

void fillActivations(QComboBox* box)
{
    for (const ActivationKind kind : gelulab::allActivationKinds)
        box->addItem(activationLabel(kind), static_cast<int>(kind));
}

QString percent(double share)
{
    return std::isnan(share) ? QStringLiteral("–") : QString::number(100.0 * share, 'f', 1) + '%';
}

} // namespace

TrainerPanel::TrainerPanel(QWidget* parent)
    : QWidget(parent)
    , m_thread(new QThread(this))
    , m_worker(new TrainingWorker)
{
    m_settings.setup.dataset = DatasetKind::Xor;
    m_settings.setup.noise = 0.05;
    m_settings.setup.hidden = { 8, 8 };
    m_settings.setup.learningRate = 0.03;
    m_settings.setup.batchSize = 16;

    m_thread->setObjectName(QStringLiteral("TrainerWorkerThread"));
    m_worker->moveToThread(m_thread);
    connect(m_worker, &TrainingWorker::resultsReady, this, &TrainerPanel::onResultsReady);
    // QThread::wait() orders the worker thread's last writes before our reads with Qt's own locks,
    // which ThreadSanitizer cannot see; this release on the worker thread, acquired after wait(),
    // makes the ordering it checks the one that really holds.
    connect(
        m_thread, &QThread::finished, m_thread,
        [this] { m_workerThreadDone.store(true, std::memory_order_release); }, Qt::DirectConnection);
    m_thread->start();

    m_chartTimer.setSingleShot(true);
    m_chartTimer.setInterval(30);
    connect(&m_chartTimer, &QTimer::timeout, this, [this] { m_lossChart->refresh(); });

    buildControls();
    showSettings();
    setCurves();
    reset();
}

TrainerPanel::~TrainerPanel()
{
    // Any loop returns within one step; then the thread's event loop ends and the worker can go.
    m_worker->requestStop();
    m_worker->setPlaying(false);
    m_thread->quit();
    m_thread->wait();
    [[maybe_unused]] const bool done = m_workerThreadDone.load(std::memory_order_acquire);
    delete m_worker;
    // ~QWidget hides the children next, and a focused field then emits editingFinished into this
    // half-destroyed panel (UBSan caught it): cut every connection from the children first.
    for (QObject* child : findChildren<QObject*>())
        disconnect(child, nullptr, this, nullptr);
}

double TrainerPanel::learningRateAt(int sliderValue)
{
    // Rounded to 3 significant digits so the label and the rate agree: 10^-1.5 shows and is 0.0316.
    const double rate = std::pow(10.0, static_cast<double>(sliderValue) / kSliderPerDecade);
    return QString::number(rate, 'g', 3).toDouble();
}

int TrainerPanel::sliderValueFor(double learningRate)
{
    return static_cast<int>(std::lround(std::log10(learningRate) * kSliderPerDecade));
}

void TrainerPanel::buildControls()
{
    // --- Data
    m_datasetBox = new QComboBox;
    m_datasetBox->setObjectName(QStringLiteral("datasetBox"));
    for (const DatasetKind kind : gelulab::allDatasetKinds)
        m_datasetBox->addItem(datasetLabel(kind), static_cast<int>(kind));
    m_datasetBox->setToolTip(tr("The problem to learn: 2-D points in classes, or a 1-D curve to fit"));
    m_noiseSpin = new QDoubleSpinBox;
    m_noiseSpin->setObjectName(QStringLiteral("noiseSpin"));
    m_noiseSpin->setRange(0.0, 0.5);
    m_noiseSpin->setSingleStep(0.01);
    m_noiseSpin->setDecimals(2);
    m_noiseSpin->setToolTip(
        tr("Standard deviation of the random jitter added to every sample, in data units"));
    m_testShareSpin = new QSpinBox;
    m_testShareSpin->setObjectName(QStringLiteral("testShareSpin"));
    m_testShareSpin->setRange(0, 90);
    m_testShareSpin->setSingleStep(10);
    m_testShareSpin->setSuffix(QStringLiteral(" %"));
    m_testShareSpin->setToolTip(
        tr("Share of the samples held out as test data (rings); the network never trains on them"));
    m_seedSpin = new QSpinBox;
    m_seedSpin->setObjectName(QStringLiteral("seedSpin"));
    m_seedSpin->setRange(0, 999999);
    m_seedSpin->setToolTip(tr("Random seed for the data, the initial weights and the batch order: "
                              "the same seed replays the same run"));
    auto* dataBox = new QGroupBox(tr("Data"));
    auto* dataForm = new QFormLayout(dataBox);
    dataForm->addRow(tr("Dataset"), m_datasetBox);
    dataForm->addRow(tr("Noise"), m_noiseSpin);
    dataForm->addRow(tr("Test share"), m_testShareSpin);
    dataForm->addRow(tr("Seed"), m_seedSpin);

    // --- Network
    m_hiddenEdit = new QLineEdit;
    m_hiddenEdit->setObjectName(QStringLiteral("hiddenEdit"));
    m_hiddenEdit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("^$|^[1-9][0-9]{0,2}(,[1-9][0-9]{0,2}){0,5}$")), m_hiddenEdit));
    m_hiddenEdit->setPlaceholderText(tr("none: logistic regression"));
    m_hiddenEdit->setToolTip(tr("Hidden layers as widths separated by commas, e.g. 8,8 for two layers of 8 "
                                "units (up to 6 layers of up to 256 units). Press Enter to apply."));
    m_activationBox = new QComboBox;
    m_activationBox->setObjectName(QStringLiteral("activationBox"));
    fillActivations(m_activationBox);
    m_activationBox->setToolTip(tr("Activation after every hidden layer (the output layer is linear)"));
    m_compareCheck = new QCheckBox;
    m_compareCheck->setObjectName(QStringLiteral("compareCheck"));
    m_compareCheck->setToolTip(tr("Train a second network side by side: same data, same seed, same initial "
                                  "weights, only the activation differs"));
    m_compareBox = new QComboBox;
    m_compareBox->setObjectName(QStringLiteral("compareBox"));
    fillActivations(m_compareBox);
    m_compareBox->setToolTip(tr("Activation of the second network"));
    auto* networkBox = new QGroupBox(tr("Network"));
    auto* networkForm = new QFormLayout(networkBox);
    networkForm->addRow(tr("Hidden layers"), m_hiddenEdit);
    networkForm->addRow(tr("Activation"), m_activationBox);
    auto* compareRow = new QHBoxLayout;
    compareRow->addWidget(m_compareCheck);
    compareRow->addWidget(m_compareBox, 1);
    networkForm->addRow(tr("Compare with"), compareRow);

    // --- Training
    m_learningRateSlider = new QSlider(Qt::Horizontal);
    m_learningRateSlider->setObjectName(QStringLiteral("learningRateSlider"));
    m_learningRateSlider->setRange(-4 * kSliderPerDecade, 1 * kSliderPerDecade);
    m_learningRateSlider->setToolTip(
        tr("Learning rate on a log scale, 0.0001 to 10. Takes effect at the next "
           "step, without resetting the network: try raising it mid-run."));
    m_learningRateLabel = new QLabel;
    m_learningRateLabel->setMinimumWidth(
        m_learningRateLabel->fontMetrics().horizontalAdvance(QStringLiteral("0.0001")) + 4);
    m_learningRateLabel->setToolTip(m_learningRateSlider->toolTip());
    auto* rateRow = new QHBoxLayout;
    rateRow->addWidget(m_learningRateSlider, 1);
    rateRow->addWidget(m_learningRateLabel);
    m_batchSpin = new QSpinBox;
    m_batchSpin->setObjectName(QStringLiteral("batchSpin"));
    m_batchSpin->setRange(0, 1024);
    m_batchSpin->setSpecialValueText(tr("full batch"));
    m_batchSpin->setToolTip(tr("Samples per step; \"full batch\" (0) uses all training samples every step"));
    m_optimizerBox = new QComboBox;
    m_optimizerBox->setObjectName(QStringLiteral("optimizerBox"));
    m_optimizerBox->addItem(tr("SGD"), static_cast<int>(OptimizerKind::Sgd));
    m_optimizerBox->addItem(tr("SGD + momentum 0.9"), static_cast<int>(OptimizerKind::Momentum));
    m_optimizerBox->addItem(tr("Adam"), static_cast<int>(OptimizerKind::Adam));
    m_optimizerBox->setToolTip(tr("Update rule, as PyTorch's torch.optim.SGD / SGD(momentum=0.9) / Adam"));
    m_speedSlider = new QSlider(Qt::Horizontal);
    m_speedSlider->setObjectName(QStringLiteral("speedSlider"));
    m_speedSlider->setRange(0, kFastestIndex);
    m_speedSlider->setToolTip(
        tr("Training speed in steps per second; at the right end, as fast as possible"));
    m_speedLabel = new QLabel;
    m_speedLabel->setMinimumWidth(
        m_speedLabel->fontMetrics().horizontalAdvance(QStringLiteral("1000/s")) + 4);
    m_speedLabel->setToolTip(m_speedSlider->toolTip());
    auto* speedRow = new QHBoxLayout;
    speedRow->addWidget(m_speedSlider, 1);
    speedRow->addWidget(m_speedLabel);
    auto* trainingBox = new QGroupBox(tr("Training"));
    auto* trainingForm = new QFormLayout(trainingBox);
    trainingForm->addRow(tr("Learning rate"), rateRow);
    trainingForm->addRow(tr("Batch size"), m_batchSpin);
    trainingForm->addRow(tr("Optimizer"), m_optimizerBox);
    trainingForm->addRow(tr("Speed"), speedRow);

    // --- Buttons
    m_playButton = new QPushButton;
    m_playButton->setObjectName(QStringLiteral("playButton"));
    m_playButton->setShortcut(Qt::Key_Space);
    m_stepButton = new QPushButton(style()->standardIcon(QStyle::SP_MediaSeekForward), tr("Step"));
    m_stepButton->setObjectName(QStringLiteral("stepButton"));
    m_stepButton->setToolTip(tr("Train one step (one batch) and stop"));
    m_resetButton = new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), tr("Reset"));
    m_resetButton->setObjectName(QStringLiteral("resetButton"));
    m_resetButton->setToolTip(tr("Start again from the initial weights of the seed; clears the loss curves"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_playButton);
    buttons->addWidget(m_stepButton);
    buttons->addWidget(m_resetButton);

    auto* controls = new QVBoxLayout;
    controls->addWidget(dataBox);
    controls->addWidget(networkBox);
    controls->addWidget(trainingBox);
    controls->addLayout(buttons);
    controls->addStretch(1);
    auto* controlsWidget = new QWidget;
    controlsWidget->setObjectName(QStringLiteral("controls")); // View → Show controls folds it away
    controlsWidget->setLayout(controls);
    controlsWidget->setFixedWidth(300);

    // --- Results
    m_statusLabel = new QLabel;
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setTextFormat(Qt::RichText);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setToolTip(
        tr("Steps done, accuracy on the training and test samples, and training speed"));
    m_logScaleCheck = new QCheckBox(tr("Log scale"));
    m_logScaleCheck->setObjectName(QStringLiteral("logScaleCheck"));
    m_logScaleCheck->setToolTip(tr("Show the loss on a logarithmic axis, where late progress stays visible"));
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusLabel, 1);
    statusRow->addWidget(m_logScaleCheck, 0, Qt::AlignTop);
    m_lossChart = new LossChart;
    m_lossChart->setObjectName(QStringLiteral("lossChart"));
    m_lossChart->setMinimumHeight(200);
    auto* outputs = new QHBoxLayout;
    for (std::size_t i = 0; i < kMaxNetworks; ++i) {
        m_outputViews[i] = new OutputView;
        m_outputViews[i]->setObjectName(QStringLiteral("outputView%1").arg(i));
        m_outputViews[i]->setCurveColour(kNetworkColours[i]);
        outputs->addWidget(m_outputViews[i]);
    }
    auto* results = new QVBoxLayout;
    results->addLayout(statusRow);
    results->addWidget(m_lossChart, 1);
    results->addLayout(outputs, 1);

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(controlsWidget);
    layout->addLayout(results, 1);

    // Data and network changes start a new run; rate and speed apply to the running one.
    connect(m_datasetBox, &QComboBox::currentIndexChanged, this, &TrainerPanel::readSettingsAndReset);
    connect(m_noiseSpin, &QDoubleSpinBox::valueChanged, this, &TrainerPanel::readSettingsAndReset);
    connect(m_testShareSpin, &QSpinBox::valueChanged, this, &TrainerPanel::readSettingsAndReset);
    connect(m_seedSpin, &QSpinBox::valueChanged, this, &TrainerPanel::readSettingsAndReset);
    connect(m_hiddenEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_hiddenEdit->text() != m_hiddenEdit->property("applied").toString())
            readSettingsAndReset();
    });
    connect(m_activationBox, &QComboBox::currentIndexChanged, this, &TrainerPanel::readSettingsAndReset);
    connect(m_compareCheck, &QCheckBox::toggled, this, &TrainerPanel::readSettingsAndReset);
    connect(m_compareBox, &QComboBox::currentIndexChanged, this, &TrainerPanel::readSettingsAndReset);
    connect(m_batchSpin, &QSpinBox::valueChanged, this, &TrainerPanel::readSettingsAndReset);
    connect(m_optimizerBox, &QComboBox::currentIndexChanged, this, &TrainerPanel::readSettingsAndReset);
    connect(m_learningRateSlider, &QSlider::valueChanged, this, &TrainerPanel::applyLiveSettings);
    connect(m_speedSlider, &QSlider::valueChanged, this, &TrainerPanel::applyLiveSettings);
    connect(m_playButton, &QPushButton::clicked, this, [this] { m_playing ? pause() : play(); });
    connect(m_stepButton, &QPushButton::clicked, this, &TrainerPanel::step);
    connect(m_resetButton, &QPushButton::clicked, this, &TrainerPanel::reset);
    connect(m_logScaleCheck, &QCheckBox::toggled, m_lossChart, &LossChart::setLogarithmic);
}

void TrainerPanel::showSettings()
{
    m_updatingControls = true;
    const auto& setup = m_settings.setup;
    m_datasetBox->setCurrentIndex(m_datasetBox->findData(static_cast<int>(setup.dataset)));
    m_noiseSpin->setValue(setup.noise);
    m_testShareSpin->setValue(static_cast<int>(std::lround(setup.testFraction * 100)));
    m_seedSpin->setValue(static_cast<int>(setup.seed));
    QStringList widths;
    for (const int width : setup.hidden)
        widths << QString::number(width);
    m_hiddenEdit->setText(widths.join(','));
    m_hiddenEdit->setProperty("applied", m_hiddenEdit->text());
    m_activationBox->setCurrentIndex(m_activationBox->findData(static_cast<int>(setup.activation)));
    m_compareCheck->setChecked(m_settings.compare);
    m_compareBox->setCurrentIndex(m_compareBox->findData(static_cast<int>(m_settings.compareActivation)));
    m_compareBox->setEnabled(m_settings.compare);
    m_learningRateSlider->setValue(sliderValueFor(setup.learningRate));
    m_learningRateLabel->setText(QString::number(setup.learningRate, 'g', 3));
    m_batchSpin->setValue(setup.batchSize);
    m_optimizerBox->setCurrentIndex(m_optimizerBox->findData(static_cast<int>(setup.optimizer)));
    int speedIndex = kFastestIndex;
    for (int i = 0; i < kFastestIndex; ++i) {
        if (m_settings.stepsPerSecond > 0 && kSpeedSteps[i] >= m_settings.stepsPerSecond) {
            speedIndex = i;
            break;
        }
    }
    m_speedSlider->setValue(speedIndex);
    m_speedLabel->setText(speedIndex == kFastestIndex ? tr("max") : tr("%1/s").arg(kSpeedSteps[speedIndex]));
    m_updatingControls = false;
}

void TrainerPanel::setSettings(const TrainerSettings& settings)
{
    m_settings = settings;
    showSettings();
    setCurves();
    reset();
}

void TrainerPanel::readSettingsAndReset()
{
    if (m_updatingControls)
        return;
    auto& setup = m_settings.setup;
    setup.dataset = static_cast<DatasetKind>(m_datasetBox->currentData().toInt());
    setup.noise = m_noiseSpin->value();
    setup.testFraction = m_testShareSpin->value() / 100.0;
    setup.seed = static_cast<std::uint64_t>(m_seedSpin->value());
    setup.hidden.clear();
    QStringList widths;
    for (const QString& width : m_hiddenEdit->text().split(',', Qt::SkipEmptyParts)) {
        // Wider layers would make every step and output map slow enough to blunt Pause and Reset.
        setup.hidden.push_back(std::clamp(width.toInt(), 1, kMaxWidth));
        widths << QString::number(setup.hidden.back());
    }
    m_hiddenEdit->setText(widths.join(','));
    m_hiddenEdit->setProperty("applied", m_hiddenEdit->text());
    setup.activation = static_cast<ActivationKind>(m_activationBox->currentData().toInt());
    m_settings.compare = m_compareCheck->isChecked();
    m_settings.compareActivation = static_cast<ActivationKind>(m_compareBox->currentData().toInt());
    m_compareBox->setEnabled(m_settings.compare);
    setup.batchSize = m_batchSpin->value();
    setup.optimizer = static_cast<OptimizerKind>(m_optimizerBox->currentData().toInt());
    setCurves();
    reset();
    emit settingsChanged();
}

void TrainerPanel::applyLiveSettings()
{
    if (m_updatingControls)
        return;
    m_settings.setup.learningRate = learningRateAt(m_learningRateSlider->value());
    m_learningRateLabel->setText(QString::number(m_settings.setup.learningRate, 'g', 3));
    const int speedIndex = m_speedSlider->value();
    m_settings.stepsPerSecond = speedIndex >= kFastestIndex ? 0.0 : kSpeedSteps[speedIndex];
    m_speedLabel->setText(speedIndex >= kFastestIndex ? tr("max") : tr("%1/s").arg(kSpeedSteps[speedIndex]));
    m_worker->setLearningRate(m_settings.setup.learningRate);
    m_worker->setStepsPerSecond(m_settings.stepsPerSecond);
    emit settingsChanged();
}

void TrainerPanel::setCurves()
{
    QList<LossChart::Curve> curves;
    const auto activations = m_settings.activations();
    for (std::size_t i = 0; i < activations.size(); ++i) {
        const QString name = activationLabel(activations[i]);
        curves.append({ tr("%1 train").arg(name), kNetworkColours[i], false, &m_trainHistory[i] });
        if (m_settings.setup.testFraction > 0)
            curves.append(
                { tr("%1 test").arg(name), kNetworkColours[i].lighter(130), true, &m_testHistory[i] });
        m_outputViews[i]->setTitle(name);
    }
    m_outputViews[1]->setVisible(activations.size() > 1);
    m_lossChart->setCurves(curves);
}

void TrainerPanel::play()
{
    if (m_playing)
        return;
    m_playing = true;
    m_worker->setPlaying(true);
    const quint64 id = m_runId;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id] { worker->work(id); }, Qt::QueuedConnection);
    updateButtons();
}

void TrainerPanel::pause()
{
    m_playing = false;
    m_worker->setPlaying(false);
    updateButtons();
}

void TrainerPanel::step() { runSteps(1); }

void TrainerPanel::runSteps(int count)
{
    if (m_playing || count < 1)
        return;
    m_worker->requestSteps(count);
    const quint64 id = m_runId;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id] { worker->work(id); }, Qt::QueuedConnection);
}

void TrainerPanel::reset()
{
    m_playing = false;
    m_worker->setPlaying(false);
    const quint64 id = ++m_runId;
    m_worker->setWantedRun(id); // a running loop of the old run returns at its next step
    m_worker->clearSteps();
    applyLiveSettings();
    for (std::size_t i = 0; i < kMaxNetworks; ++i) {
        m_trainHistory[i].clear();
        m_testHistory[i].clear();
        m_steps[i] = 0;
        m_trainAccuracy[i] = m_testAccuracy[i] = std::nan("");
        m_divergence[i].clear();
        m_outputViews[i]->clear();
    }
    m_stepsPerSecond = 0.0;
    m_lossChart->refresh();
    m_worker->setRunSettings(id, m_settings);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, id] { worker->startRun(id); }, Qt::QueuedConnection);
    updateButtons();
    updateStatus();
}

void TrainerPanel::onResultsReady()
{
    for (const TrainingWorker::Result& result : m_worker->takeResults()) {
        if (const auto* run = std::get_if<TrainingData>(&result))
            onRunStarted(*run);
        else
            onProgress(std::get<TrainingUpdate>(result));
    }
}

void TrainerPanel::onRunStarted(const TrainingData& run)
{
    if (run.runId != m_runId)
        return; // a run superseded while it was being built
    for (OutputView* view : m_outputViews)
        view->setData(run.split, run.area);
}

void TrainerPanel::onProgress(const TrainingUpdate& update)
{
    if (update.runId != m_runId)
        return; // results of a run that has been reset meanwhile
    bool allDiverged = !update.networks.empty();
    for (std::size_t i = 0; i < update.networks.size() && i < kMaxNetworks; ++i) {
        const NetworkProgress& progress = update.networks[i];
        for (const double loss : progress.trainLosses)
            m_trainHistory[i].append(loss);
        for (const double loss : progress.testLosses)
            m_testHistory[i].append(loss);
        m_steps[i] = progress.steps;
        m_trainAccuracy[i] = progress.trainAccuracy;
        m_testAccuracy[i] = progress.testAccuracy;
        m_divergence[i] = progress.divergence;
        allDiverged = allDiverged && !progress.divergence.isEmpty();
        m_outputViews[i]->setSnapshot(progress.output);
    }
    m_stepsPerSecond = update.stepsPerSecond;
    m_appliedLearningRate = update.learningRate;
    if (allDiverged && m_playing) {
        m_playing = false;
        m_worker->setPlaying(false);
        updateButtons();
    }
    if (!m_chartTimer.isActive())
        m_chartTimer.start();
    updateStatus();
    emit progressShown();
}

void TrainerPanel::updateButtons()
{
    m_playButton->setText(m_playing ? tr("Pause") : tr("Play"));
    m_playButton->setIcon(style()->standardIcon(m_playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_playButton->setToolTip(m_playing ? tr("Pause training (Space)") : tr("Start training (Space)"));
    m_stepButton->setEnabled(!m_playing);
}

void TrainerPanel::updateStatus()
{
    QStringList lines;
    const auto activations = m_settings.activations();
    const bool classification = !gelulab::isRegression(m_settings.setup.dataset);
    for (std::size_t i = 0; i < activations.size(); ++i) {
        QString line = tr("<b style='color:%1'>%2</b>: step %3")
                           .arg(kNetworkColours[i].name(), activationLabel(activations[i]).toHtmlEscaped())
                           .arg(m_steps[i]);
        if (!m_trainHistory[i].empty())
            line += tr(" · loss %1").arg(QString::number(m_trainHistory[i].last(), 'g', 3));
        if (!m_testHistory[i].empty())
            line += tr(" (test %1)").arg(QString::number(m_testHistory[i].last(), 'g', 3));
        if (classification)
            line += tr(" · accuracy train %1, test %2")
                        .arg(percent(m_trainAccuracy[i]), percent(m_testAccuracy[i]));
        if (!m_divergence[i].isEmpty())
            line += QStringLiteral(" · <span style='color:#c00'>%1</span>")
                        .arg(m_divergence[i].toHtmlEscaped());
        lines << line;
    }
    lines << tr("%1 steps/s").arg(QString::number(m_stepsPerSecond, 'f', 0));
    m_statusLabel->setText(lines.join(QStringLiteral("<br>")));
}

QString TrainerPanel::activationName(gelulab::ActivationKind kind) { return activationLabel(kind); }

QString TrainerPanel::datasetName(gelulab::DatasetKind kind) { return datasetLabel(kind); }

QString TrainerPanel::statusText() const { return m_statusLabel->text(); }

namespace {

namespace trainerKeys {
    template <typename Parse>
    auto named(Parse parse)
    {
        return [parse](const QString& name) { return parse(name.toStdString()).has_value(); };
    }
    const Setting<QString> dataset { "trainer/dataset", QStringLiteral("xor"), named(gelulab::parseDatasetKind) };
    const Setting<QString> activation { "trainer/activation", QStringLiteral("gelu"), named(gelulab::parseActivationKind) };
    const Setting<QString> compareActivation { "trainer/compareActivation", QStringLiteral("relu"),
                                               named(gelulab::parseActivationKind) };
    const Setting<QString> optimizer { "trainer/optimizer", QStringLiteral("adam"), named(gelulab::parseOptimizerKind) };
    const Setting<bool> compare { "trainer/compare", true };
    const Setting<double> noise { "trainer/noise", 0.1, [](const double& v) { return v >= 0.0 && v <= 10.0; } };
    const Setting<double> testFraction { "trainer/testFraction", 0.3, [](const double& v) { return v >= 0.0 && v <= 0.9; } };
    const Setting<double> learningRate { "trainer/learningRate", 0.01, [](const double& v) { return v >= 1e-6 && v <= 10.0; } };
    const Setting<double> speed { "trainer/stepsPerSecond", 0.0, [](const double& v) { return v >= 0.0 && v <= 1e6; } };
    const Setting<int> batchSize { "trainer/batchSize", 32, [](const int& v) { return v >= 0 && v <= 100000; } };
    const Setting<qulonglong> seed { "trainer/seed", 1, [](const qulonglong& v) { return v <= 2147483647ULL; } };
    const Setting<QString> hidden { "trainer/hidden", QStringLiteral("8,8"), [](const QString& text) {
        const QStringList widths = text.split(QLatin1Char(','));
        if (widths.isEmpty() || widths.size() > 8)
            return false;
        for (const QString& w : widths) {
            bool ok = false;
            const int width = w.toInt(&ok);
            if (!ok || width < 1 || width > 256)
                return false;
        }
        return true;
    } };
} // namespace trainerKeys

} // namespace

void TrainerPanel::restoreSettings(AppSettings& settings)
{
    TrainerSettings s = m_settings;
    s.setup.dataset = *gelulab::parseDatasetKind(settings.value(trainerKeys::dataset).toStdString());
    s.setup.activation = *gelulab::parseActivationKind(settings.value(trainerKeys::activation).toStdString());
    s.compareActivation = *gelulab::parseActivationKind(settings.value(trainerKeys::compareActivation).toStdString());
    s.setup.optimizer = *gelulab::parseOptimizerKind(settings.value(trainerKeys::optimizer).toStdString());
    s.compare = settings.value(trainerKeys::compare);
    s.setup.noise = settings.value(trainerKeys::noise);
    s.setup.testFraction = settings.value(trainerKeys::testFraction);
    s.setup.learningRate = settings.value(trainerKeys::learningRate);
    s.stepsPerSecond = settings.value(trainerKeys::speed);
    s.setup.batchSize = settings.value(trainerKeys::batchSize);
    s.setup.seed = settings.value(trainerKeys::seed);
    s.setup.hidden.clear();
    for (const QString& width : settings.value(trainerKeys::hidden).split(QLatin1Char(',')))
        s.setup.hidden.push_back(width.toInt());
    setSettings(s);
}

void TrainerPanel::saveSettings(AppSettings& settings) const
{
    const auto name = [](std::string_view text) { return QString::fromUtf8(text.data(), qsizetype(text.size())); };
    settings.setValue(trainerKeys::dataset, name(gelulab::datasetKindName(m_settings.setup.dataset)));
    settings.setValue(trainerKeys::activation, name(gelulab::activationKindName(m_settings.setup.activation)));
    settings.setValue(trainerKeys::compareActivation, name(gelulab::activationKindName(m_settings.compareActivation)));
    settings.setValue(trainerKeys::optimizer, name(gelulab::optimizerKindName(m_settings.setup.optimizer)));
    settings.setValue(trainerKeys::compare, m_settings.compare);
    settings.setValue(trainerKeys::noise, m_settings.setup.noise);
    settings.setValue(trainerKeys::testFraction, m_settings.setup.testFraction);
    settings.setValue(trainerKeys::learningRate, m_settings.setup.learningRate);
    settings.setValue(trainerKeys::speed, m_settings.stepsPerSecond);
    settings.setValue(trainerKeys::batchSize, m_settings.setup.batchSize);
    settings.setValue(trainerKeys::seed, static_cast<qulonglong>(m_settings.setup.seed));
    QStringList widths;
    for (const int width : m_settings.setup.hidden)
        widths << QString::number(width);
    settings.setValue(trainerKeys::hidden, widths.join(QLatin1Char(',')));
}
