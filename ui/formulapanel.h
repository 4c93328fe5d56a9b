// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <gelulab/activations.h>

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

// The selected variant and its derivative, typeset as rich text, the ReLU′(0) = 0 convention, and
// the matching PyTorch line with a button that copies it.
class FormulaPanel : public QWidget {
    Q_OBJECT
public:
    explicit FormulaPanel(QWidget* parent = nullptr);

    void setMode(gelulab::GeluMode mode);
    gelulab::GeluMode mode() const { return m_mode; }
    QString formulaHtml() const;
    QString pytorchLine() const;

    static QString pytorchLine(gelulab::GeluMode mode);

signals:
    void copied(const QString& text);

private:
    void copyPytorchLine();

    gelulab::GeluMode m_mode = gelulab::GeluMode::Exact;
    QLabel* m_formula = nullptr;
    QLineEdit* m_pytorch = nullptr;
    QToolButton* m_copy = nullptr;
};
