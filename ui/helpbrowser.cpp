// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include "helpbrowser.h"

#include <QEvent>

namespace {

QString heading(const QString& text)
{
    return QStringLiteral("<h2>%1</h2>").arg(text);
}

QString paragraph(const QString& text)
{
    return QStringLiteral("<p>%1</p>").arg(text);
}

// Formulas are set apart, centred, larger and in a serif face so that x, Φ and φ read like print.
QString formula(const QString& html)
{
    return QStringLiteral("<p align=\"center\" style=\"font-family: 'DejaVu Serif', serif; font-size: large;\">"
                          "%1</p>")
        .arg(html);
}

} // namespace

HelpBrowser::HelpBrowser(QWidget* parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("helpBrowser"));
    setOpenExternalLinks(true);
    setHtml(pageHtml());
}

void HelpBrowser::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        setHtml(pageHtml());
    QTextBrowser::changeEvent(event);
}

QString HelpBrowser::pageHtml()
{
    QString html;
    html += QStringLiteral("<h1>%1</h1>").arg(tr("What is GELU?"));
    html += paragraph(
        tr("GELU, the <i>Gaussian Error Linear Unit</i>, is the activation function used in BERT, GPT and "
           "most other Transformer models; PyTorch provides it as <code>torch.nn.GELU</code>. Dan Hendrycks "
           "and Kevin Gimpel introduced it in 2016."));

    html += heading(tr("Definition"));
    html += paragraph(tr("GELU multiplies its input by the probability that a standard normal random variable "
                         "<i>Z</i> is no larger than that input:"));
    html += formula(QStringLiteral("GELU(<i>x</i>) = <i>x</i> · Φ(<i>x</i>)<br/>"
                                   "Φ(<i>x</i>) = P(<i>Z</i> ≤ <i>x</i>) = ½ [1 + erf(<i>x</i> / √2)]"));
    html += paragraph(tr("Φ is the cumulative distribution function of the standard normal distribution, and "
                         "erf is the error function that gives the unit its name."));

    html += heading(tr("What the probability means"));
    html += paragraph(
        tr("Picture a gate that keeps the input <i>x</i> with probability Φ(<i>x</i>) and replaces it with 0 "
           "otherwise. GELU is the average output of that gate: <i>x</i> · Φ(<i>x</i>) + 0 · (1 − Φ(<i>x</i>)). "
           "A large positive input is almost always kept, a large negative one almost always dropped, and "
           "an input near zero is kept in part. ReLU decides by the sign of <i>x</i> alone, with a hard "
           "switch at zero; GELU weighs the input by how large it is, so the switch is gradual. Hendrycks and "
           "Gimpel reached it this way, by joining the random masking of dropout with the gating of ReLU."));
    html += paragraph(tr("Unlike ReLU, GELU is not monotonic: it dips to a minimum of about −0.170 at "
                         "<i>x</i> ≈ −0.752, so small negative inputs give small negative outputs rather "
                         "than exactly zero."));

    html += heading(tr("Two approximations"));
    html += paragraph(tr("When the paper appeared, the error function was slow on much hardware, so the "
                         "authors also gave two cheaper forms."));
    html += formula(QStringLiteral("GELU(<i>x</i>) ≈ ½ <i>x</i> [1 + tanh(√(2/π) (<i>x</i> + 0.044715 "
                                   "<i>x</i><sup>3</sup>))]"));
    html += paragraph(
        tr("The tanh form starts from ½ [1 + tanh(√(2/π) <i>x</i>)], which has the same value and the same "
           "slope as Φ at 0; the cubic term, with its fitted coefficient 0.044715, bends it closer to Φ "
           "further out. It stays within about 4.7 × 10<sup>−4</sup> of the exact GELU (the largest gap is "
           "near <i>x</i> ≈ −2.7). BERT and GPT-2 used it; in PyTorch it is "
           "<code>nn.GELU(approximate='tanh')</code>."));
    html += formula(QStringLiteral("GELU(<i>x</i>) ≈ <i>x</i> · σ(1.702 <i>x</i>)<br/>"
                                   "σ(<i>z</i>) = 1 / (1 + e<sup>−<i>z</i></sup>)"));
    html += paragraph(
        tr("The sigmoid form uses a long-known fact of statistics: the logistic function with its argument "
           "scaled by 1.702, σ(1.702 <i>x</i>), stays within 0.01 of Φ everywhere. It is the cheapest form "
           "and the least accurate, up to about "
           "2 × 10<sup>−2</sup> away from the exact GELU (near <i>x</i> ≈ −2.3). In PyTorch it is written "
           "<code>x * torch.sigmoid(1.702 * x)</code>."));

    html += heading(tr("The derivative"));
    html += paragraph(tr("Training by backpropagation needs the derivative. The product rule gives"));
    html += formula(QStringLiteral("d/d<i>x</i> [<i>x</i> · Φ(<i>x</i>)] = Φ(<i>x</i>) + <i>x</i> · "
                                   "Φ′(<i>x</i>)"));
    html += paragraph(tr("and Φ′ is the standard normal density φ: the derivative of erf(<i>u</i>) is "
                         "(2/√π) e<sup>−<i>u</i>²</sup>, and the chain rule with <i>u</i> = <i>x</i>/√2 adds a "
                         "factor 1/√2, so"));
    html += formula(QStringLiteral("Φ′(<i>x</i>) = φ(<i>x</i>) = e<sup>−<i>x</i>²/2</sup> / √(2π)<br/>"
                                   "GELU′(<i>x</i>) = Φ(<i>x</i>) + <i>x</i> · φ(<i>x</i>)"));
    html += paragraph(
        tr("The derivative is exactly 0.5 at <i>x</i> = 0. Coming from 0 on the far left, it turns slightly "
           "negative while the curve dips, reaching about −0.129 at <i>x</i> = −√2, crosses zero at the "
           "minimum <i>x</i> ≈ −0.752, then rises smoothly past 1 to about 1.129 at <i>x</i> = √2 and "
           "settles back towards 1. "
           "Differentiating once more gives φ(<i>x</i>) (2 − <i>x</i>²), which vanishes at <i>x</i> = ±√2: "
           "those are GELU's inflection points."));

    html += heading(tr("Why smoothness matters for training"));
    html += paragraph(
        tr("ReLU's derivative jumps from 0 to 1 at <i>x</i> = 0 (PyTorch defines ReLU′(0) = 0) and is exactly "
           "0 for every negative input, so a unit whose inputs stay negative receives no gradient and can "
           "stop learning. GELU's derivative is continuous and smooth: a small change in a weight makes a "
           "small change in the gradient, and negative inputs near zero still pass some gradient back. "
           "Gradient descent assumes that the slope it has just measured still holds a short step away; "
           "the smoother the activation, the better that assumption holds, which tends to make training "
           "steadier. The trainer panel lets you watch this on small networks."));

    html += heading(tr("Reading the panels"));
    html += paragraph(
        tr("<b>Curve explorer.</b> The chart draws GELU in the chosen variant (exact, tanh or sigmoid) and, "
           "when you switch them on, its derivative, ReLU, ReLU's derivative and Φ(<i>x</i>). A smaller "
           "chart shows how far an approximation is from the exact curve. Markers label the minimum and the "
           "inflection points, and moving the mouse over the chart reads off every curve at that <i>x</i>. "
           "The sliders and presets set the range of <i>x</i>."));
    html += paragraph(
        tr("<b>Trainer.</b> Choose a dataset and a small network, press Play, and watch the training and test "
           "loss fall step by step, for a GELU network and a ReLU network trained on the same data from the "
           "same starting weights. For two-dimensional data the coloured map shows how each network divides "
           "the plane; for one-dimensional data the curve shows the function it has fitted."));

    html += heading(tr("Keyboard"));
    const auto row = [](const QString& keys, const QString& what) {
        return QStringLiteral("<tr><td style=\"padding-right: 16px;\"><b>%1</b></td><td>%2</td></tr>")
            .arg(keys, what);
    };
    html += QStringLiteral("<table cellspacing=\"4\">");
    html += row(QStringLiteral("F1"), tr("Show or hide this page"));
    html += row(QStringLiteral("F11"), tr("Presentation mode: full screen, large type; Esc leaves it"));
    html += row(QStringLiteral("Alt+1, Alt+2"), tr("Curve explorer, trainer"));
    html += row(QStringLiteral("Ctrl+Shift+H"), tr("Show or hide the panel's controls"));
    html += row(QStringLiteral("Ctrl+E"), tr("Export the chart as PNG, SVG or PDF"));
    html += row(QStringLiteral("Ctrl+Shift+C"), tr("Copy the chart to the clipboard"));
    html += row(QStringLiteral("Ctrl+Q"), tr("Quit"));
    html += QStringLiteral("</table>");

    html += heading(tr("Reference"));
    html += paragraph(QStringLiteral("Dan Hendrycks, Kevin Gimpel. <i>Gaussian Error Linear Units (GELUs)</i>. "
                                     "2016. <a href=\"https://arxiv.org/abs/1606.08415\">arXiv:1606.08415</a>"));
    return html;
}
