// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QTextBrowser>

// The "What is GELU?" page: the definition, its probabilistic meaning, the two approximations, the
// derivative, why smoothness matters, and how to read each panel. Text follows the interface language.
class HelpBrowser : public QTextBrowser {
    Q_OBJECT
public:
    explicit HelpBrowser(QWidget* parent = nullptr);

    // The page as rich text in the current language.
    static QString pageHtml();
    // Wide enough that the longest formula fits on one line when the page first opens.
    QSize sizeHint() const override { return { 460, 480 }; }

protected:
    void changeEvent(QEvent* event) override;
};
