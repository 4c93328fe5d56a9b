// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include "exportdialog.h"

#include "figuresource.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTimer>

#include <cmath>

ExportDialog::ExportDialog(const QList<const FigureSource*>& sources, QWidget* parent)
    : QDialog(parent)
    , m_sources(sources)
    , m_panel(new QComboBox(this))
    , m_sizePreset(new QComboBox(this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_scale(new QComboBox(this))
    , m_theme(new QComboBox(this))
    , m_fontScale(new QComboBox(this))
    , m_transparent(new QCheckBox(tr("&Transparent background"), this))
    , m_captionEnabled(new QCheckBox(tr("C&aption:"), this))
    , m_caption(new QLineEdit(this))
    , m_preview(new QLabel(this))
    , m_status(new QLabel(this))
    , m_previewTimer(new QTimer(this))
{
    setWindowTitle(tr("Export Figure"));
    for (const FigureSource* source : m_sources)
        m_panel->addItem(source->figureName());
    m_panel->addItem(tr("Everything on screen"));
    m_panel->setToolTip(tr("Which chart to export"));
    for (const auto& preset : ExportSettings::sizePresets())
        m_sizePreset->addItem(tr(preset.label));
    m_sizePreset->setToolTip(tr("Figure size in pixels at scale 1× (96 pixels per inch for SVG and PDF)"));
    for (QSpinBox* box : { m_width, m_height }) {
        box->setRange(1, FigureWriter::maxPixels);
        box->setSuffix(tr(" px"));
        box->setAccelerated(true);
    }
    m_width->setToolTip(tr("Custom width in pixels"));
    m_height->setToolTip(tr("Custom height in pixels"));
    m_scale->addItems({ tr("1×"), tr("2×"), tr("3×") });
    m_scale->setToolTip(tr("PNG only: pixels per logical pixel, for sharp figures on high-resolution screens"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->addItem(tr("Projector (high contrast)"), QStringLiteral("projector"));
    m_theme->setToolTip(tr("Colours and line widths; Projector uses thick lines and large type"));
    const QStringList scaleNames { tr("Paper (0.8)"), tr("Normal (1.0)"), tr("Talk (1.3)"), tr("Poster (1.6)") };
    for (qsizetype i = 0; i < ExportSettings::fontScales().size(); ++i)
        m_fontScale->addItem(scaleNames.value(i), ExportSettings::fontScales()[i]);
    m_fontScale->setToolTip(tr("Type and line size relative to the figure, independent of its pixel count"));
    m_transparent->setToolTip(tr("Leave the background unpainted (PNG, SVG and PDF)"));
    m_captionEnabled->setToolTip(tr("Print the formula and settings under the chart"));
    m_caption->setToolTip(tr("Caption text"));
    m_preview->setMinimumSize(480, 270);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setToolTip(tr("Exactly what will be written, scaled to fit"));
    m_preview->setObjectName(QStringLiteral("exportPreview"));
    m_status->setWordWrap(true);

    auto* customSize = new QHBoxLayout;
    customSize->addWidget(m_width);
    customSize->addWidget(new QLabel(QStringLiteral("×"), this));
    customSize->addWidget(m_height);
    auto* form = new QFormLayout;
    form->addRow(tr("&Panel:"), m_panel);
    form->addRow(tr("&Size:"), m_sizePreset);
    form->addRow(QString(), customSize);
    form->addRow(tr("S&cale:"), m_scale);
    form->addRow(tr("T&heme:"), m_theme);
    form->addRow(tr("&Font scale:"), m_fontScale);
    form->addRow(QString(), m_transparent);
    form->addRow(m_captionEnabled, m_caption);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    exportButton->setToolTip(tr("Save as PNG, SVG or PDF (chosen by the file extension)"));
    exportButton->setDefault(true);
    QPushButton* copyButton = buttons->addButton(tr("&Copy to Clipboard"), QDialogButtonBox::ActionRole);
    copyButton->setToolTip(tr("Copy the figure as an image (Ctrl+Shift+C in the main window)"));
    connect(exportButton, &QPushButton::clicked, this, &ExportDialog::chooseFileAndExport);
    connect(copyButton, &QPushButton::clicked, this, &ExportDialog::copyToClipboard);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* side = new QVBoxLayout;
    side->addLayout(form);
    side->addStretch();
    side->addWidget(m_status);
    auto* top = new QHBoxLayout;
    top->addLayout(side);
    top->addWidget(m_preview, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(buttons);

    // Spinning a size or typing a caption fires bursts of changes: redraw the preview once after them.
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(60);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportDialog::refreshPreview);
    for (QComboBox* box : { m_panel, m_sizePreset, m_scale, m_theme, m_fontScale })
        connect(box, &QComboBox::currentIndexChanged, this, &ExportDialog::updateControls);
    for (QSpinBox* box : { m_width, m_height })
        connect(box, &QSpinBox::valueChanged, this, &ExportDialog::schedulePreview);
    for (QCheckBox* box : { m_transparent, m_captionEnabled })
        connect(box, &QCheckBox::toggled, this, &ExportDialog::updateControls);
    connect(m_caption, &QLineEdit::textChanged, this, &ExportDialog::schedulePreview);

    setSettings(ExportSettings());
}

ExportSettings ExportDialog::settings() const
{
    ExportSettings s;
    s.panel = m_panel->currentIndex();
    s.sizePreset = m_sizePreset->currentIndex();
    s.customSize = QSize(m_width->value(), m_height->value());
    s.scale = m_scale->currentIndex() + 1;
    s.figure.theme = m_theme->currentData().toString();
    s.figure.fontScale = m_fontScale->currentData().toDouble();
    s.figure.transparent = m_transparent->isChecked();
    s.captionEnabled = m_captionEnabled->isChecked();
    s.figure.caption = s.captionEnabled ? m_caption->text() : QString();
    s.lastFolder = m_lastFolder;
    return s;
}

void ExportDialog::setSettings(const ExportSettings& settings)
{
    m_panel->setCurrentIndex(std::clamp(settings.panel, 0, int(m_panel->count()) - 1));
    m_sizePreset->setCurrentIndex(std::clamp(settings.sizePreset, 0, int(m_sizePreset->count()) - 1));
    m_width->setValue(settings.customSize.width());
    m_height->setValue(settings.customSize.height());
    m_scale->setCurrentIndex(std::clamp(settings.scale, 1, 3) - 1);
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(settings.figure.theme)));
    // The nearest named font scale.
    int best = 0;
    for (int i = 1; i < m_fontScale->count(); ++i) {
        if (std::fabs(m_fontScale->itemData(i).toDouble() - settings.figure.fontScale)
            < std::fabs(m_fontScale->itemData(best).toDouble() - settings.figure.fontScale))
            best = i;
    }
    m_fontScale->setCurrentIndex(best);
    m_transparent->setChecked(settings.figure.transparent);
    m_captionEnabled->setChecked(settings.captionEnabled);
    m_lastFolder = settings.lastFolder;
    updateControls();
    refreshPreview();
}

QList<const FigureSource*> ExportDialog::chosenSources() const
{
    const int index = m_panel->currentIndex();
    if (index >= 0 && index < m_sources.size())
        return { m_sources[index] };
    return m_sources;
}

FigurePainter ExportDialog::figurePainter() const
{
    const QList<const FigureSource*> sources = chosenSources();
    const FigureOptions options = settings().figure;
    return [sources, options](QPainter& painter, const QRectF& target) {
        if (sources.isEmpty())
            return;
        // Tiles side by side on a landscape page, stacked on a portrait one; only the first tile
        // carries the caption so it is not repeated.
        const bool across = target.width() >= target.height();
        const qreal step = (across ? target.width() : target.height()) / sources.size();
        for (qsizetype i = 0; i < sources.size(); ++i) {
            const QRectF tile = across ? QRectF(target.left() + i * step, target.top(), step, target.height())
                                       : QRectF(target.left(), target.top() + i * step, target.width(), step);
            FigureOptions tileOptions = options;
            if (i > 0)
                tileOptions.caption.clear();
            painter.save();
            sources[i]->paintFigure(painter, tile, tileOptions);
            painter.restore();
        }
    };
}

QImage ExportDialog::renderFigure(int scale) const
{
    return FigureWriter::renderImage(settings().size(), scale, figurePainter());
}

QString ExportDialog::exportTo(const QString& fileName)
{
    const ExportSettings s = settings();
    const QString error = FigureWriter::write({ fileName, s.size(), s.scale, windowTitle() }, figurePainter());
    if (error.isEmpty()) {
        m_lastFolder = QFileInfo(fileName).absolutePath();
        m_status->setText(tr("Saved %1").arg(QDir::toNativeSeparators(fileName)));
        emit exported(fileName);
    } else {
        m_status->setText(tr("Not saved: %1").arg(error));
    }
    return error;
}

void ExportDialog::copyToClipboard()
{
    QGuiApplication::clipboard()->setImage(renderFigure(settings().scale));
    m_status->setText(tr("Copied the figure to the clipboard"));
}

void ExportDialog::chooseFileAndExport()
{
    const QString folder = m_lastFolder.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::PicturesLocation)
        : m_lastFolder;
    const QString fileName = QFileDialog::getSaveFileName(
        this, tr("Export Figure"), QDir(folder).filePath(QStringLiteral("gelu.png")),
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (!fileName.isEmpty())
        exportTo(fileName);
}

void ExportDialog::updateControls()
{
    const bool custom = m_sizePreset->currentIndex() == m_sizePreset->count() - 1;
    m_width->setEnabled(custom);
    m_height->setEnabled(custom);
    m_caption->setEnabled(m_captionEnabled->isChecked());
    const QList<const FigureSource*> sources = chosenSources();
    if (m_captionEnabled->isChecked() && m_caption->text().isEmpty() && !sources.isEmpty())
        m_caption->setText(sources.first()->defaultCaption());
    schedulePreview();
}

void ExportDialog::schedulePreview() { m_previewTimer->start(); }

void ExportDialog::refreshPreview()
{
    const QImage figure = renderFigure();
    // A checkerboard behind the figure shows what a transparent background leaves.
    QImage shown(figure.size(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&shown);
    const int cell = std::max(8, figure.width() / 96);
    for (int y = 0; y < shown.height(); y += cell)
        for (int x = 0; x < shown.width(); x += cell)
            painter.fillRect(x, y, cell, cell, ((x + y) / cell) % 2 ? QColor(0xcc, 0xcc, 0xcc) : Qt::white);
    painter.drawImage(0, 0, figure);
    painter.end();
    QPixmap pixmap = QPixmap::fromImage(
        shown.scaled(m_preview->size() * devicePixelRatioF(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    pixmap.setDevicePixelRatio(devicePixelRatioF());
    m_preview->setPixmap(pixmap);
}
