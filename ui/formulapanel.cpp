// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include "formulapanel.h"

#include <QCoreApplication>

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

using gelulab::GeluMode;

namespace {

// Rich text in Qt's HTML subset: italics for variables, <sup>/<sub>, Unicode operators.
QString formulaFor(GeluMode mode)
{
    const QString relu = QCoreApplication::translate(
        "FormulaPanel", "<p style='margin-top:6px'>ReLU(<i>x</i>) = max(0, <i>x</i>)<br>"
                        "ReLU′(<i>x</i>) = 1 for <i>x</i> &gt; 0, 0 for <i>x</i> ≤ 0 "
                        "&nbsp;(<b>ReLU′(0) = 0</b>, as PyTorch takes it)</p>");
    switch (mode) {
    case GeluMode::Exact:
        return QStringLiteral("<p><b>GELU</b>(<i>x</i>) = <i>x</i>·Φ(<i>x</i>), &nbsp;Φ(<i>x</i>) = "
                              "½·erfc(−<i>x</i>/√2)<br>"
                              "<b>GELU′</b>(<i>x</i>) = Φ(<i>x</i>) + <i>x</i>·φ(<i>x</i>), &nbsp;"
                              "φ(<i>x</i>) = e<sup>−<i>x</i>²/2</sup>/√(2π)</p>")
            + relu;
    case GeluMode::Tanh:
        return QStringLiteral(
                   "<p><b>GELU</b><sub>tanh</sub>(<i>x</i>) = ½·<i>x</i>·(1 + tanh <i>u</i>), &nbsp;"
                   "<i>u</i> = √(2/π)·(<i>x</i> + 0.044715·<i>x</i>³)<br>"
                   "<b>GELU′</b><sub>tanh</sub>(<i>x</i>) = ½·(1 + tanh <i>u</i>) + ½·<i>x</i>·(1 − "
                   "tanh²<i>u</i>)·"
                   "√(2/π)·(1 + 0.134145·<i>x</i>²)</p>")
            + relu;
    case GeluMode::Sigmoid:
        return QStringLiteral(
                   "<p><b>GELU</b><sub>σ</sub>(<i>x</i>) = <i>x</i>·σ(1.702·<i>x</i>), &nbsp;"
                   "σ(<i>z</i>) = 1/(1 + e<sup>−<i>z</i></sup>)<br>"
                   "<b>GELU′</b><sub>σ</sub>(<i>x</i>) = σ(1.702<i>x</i>) + 1.702·<i>x</i>·σ(1.702<i>x</i>)·"
                   "(1 − σ(1.702<i>x</i>))</p>")
            + relu;
    }
    return {};
}

} // namespace

FormulaPanel::FormulaPanel(QWidget* parent)
    : QWidget(parent)
    , m_formula(new QLabel(this))
    , m_pytorch(new QLineEdit(this))
    , m_copy(new QToolButton(this))
{
    m_formula->setObjectName(QStringLiteral("formula"));
    m_formula->setTextFormat(Qt::RichText);
    m_formula->setWordWrap(true);
    m_formula->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_pytorch->setObjectName(QStringLiteral("pytorchLine"));
    m_pytorch->setReadOnly(true);
    m_pytorch->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_pytorch->setToolTip(tr("The PyTorch code for the selected variant"));
    m_copy->setObjectName(QStringLiteral("copyPytorch"));
    m_copy->setText(tr("&Copy"));
    m_copy->setToolTip(tr("Copy the PyTorch line to the clipboard"));
    m_copy->setFocusPolicy(Qt::StrongFocus);
    connect(m_copy, &QToolButton::clicked, this, &FormulaPanel::copyPytorchLine);

    auto* codeRow = new QHBoxLayout;
    auto* codeLabel = new QLabel(tr("PyTorch:"), this);
    codeRow->addWidget(codeLabel);
    codeRow->addWidget(m_pytorch, 1);
    codeRow->addWidget(m_copy);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_formula);
    layout->addLayout(codeRow);
    setMode(GeluMode::Exact);
}

QString FormulaPanel::pytorchLine(GeluMode mode)
{
    switch (mode) {
    case GeluMode::Exact:
        return QStringLiteral("nn.GELU()");
    case GeluMode::Tanh:
        return QStringLiteral("nn.GELU(approximate='tanh')");
    case GeluMode::Sigmoid:
        return QStringLiteral("x * torch.sigmoid(1.702 * x)");
    }
    return {};
}

void FormulaPanel::setMode(GeluMode mode)
{
    m_mode = mode;
    m_formula->setText(formulaFor(mode));
    m_pytorch->setText(pytorchLine(mode));
    m_pytorch->setCursorPosition(0);
}

QString FormulaPanel::formulaHtml() const
{
    return m_formula->text();
}

QString FormulaPanel::pytorchLine() const
{
    return m_pytorch->text();
}

void FormulaPanel::copyPytorchLine()
{
    const QString text = pytorchLine();
    QApplication::clipboard()->setText(text);
    emit copied(text);
}
