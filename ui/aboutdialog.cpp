// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include "aboutdialog.h"

#include <Eigen/Core>

#include <QApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>
#include <QtGlobal>

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/gelulab.svg")).pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop);
    m_text->setTextFormat(Qt::RichText);
    m_text->setOpenExternalLinks(true);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_text->setMinimumWidth(420);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* body = new QHBoxLayout;
    body->addWidget(icon);
    body->addWidget(m_text, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(body);
    layout->addWidget(buttons);
    retranslateUi();
}

QString AboutDialog::text() const
{
    return m_text->text();
}

void AboutDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslateUi()
{
    setWindowTitle(tr("About GELU Lab"));
    const QString eigen = QStringLiteral("%1.%2.%3")
                              .arg(EIGEN_WORLD_VERSION)
                              .arg(EIGEN_MAJOR_VERSION)
                              .arg(EIGEN_MINOR_VERSION);
    QString html;
    html += QStringLiteral("<h2>%1 %2</h2>").arg(tr("GELU Lab"), QStringLiteral(GELULAB_VERSION));
    html += QStringLiteral("<p>%1</p>").arg(tr("An interactive tool for teaching the GELU activation function."));
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("© 2026 GELU Lab contributors. Released under the MIT licence: free to use, change "
                        "and share, with no warranty."));
    html += QStringLiteral("<p>%1</p><ul>").arg(tr("Built with:"));
    html += QStringLiteral("<li>%1</li>")
                .arg(tr("Qt %1 (Widgets, Charts, SVG), running on Qt %2 — LGPL 3")
                         .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
    html += QStringLiteral("<li>%1</li>").arg(tr("Eigen %1 — MPL 2.0").arg(eigen));
    html += QStringLiteral("</ul>");
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Based on Dan Hendrycks and Kevin Gimpel, “Gaussian Error Linear Units (GELUs)”, 2016."));
    m_text->setText(html);
}
