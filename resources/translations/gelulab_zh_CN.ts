<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/aboutdialog.cpp" line="+56"/>
        <source>About GELU Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GELU Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An interactive tool for teaching the GELU activation function.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>© 2026 GELU Lab contributors. Released under the MIT licence: free to use, change and share, with no warranty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Built with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qt %1 (Widgets, Charts, SVG), running on Qt %2 — LGPL 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eigen %1 — MPL 2.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Based on Dan Hendrycks and Kevin Gimpel, “Gaussian Error Linear Units (GELUs)”, 2016.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../../ui/appsettings.cpp" line="+41"/>
        <source>The settings file could not be read and was set aside as %1; defaults are in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The settings file %1 could not be read; defaults are in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The settings file %1 cannot be accessed; defaults are in use and changes will not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The saved value of %1 (“%2”) is not usable; the default is in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The settings could not be saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurveChart</name>
    <message>
        <location filename="../../ui/curvechart.cpp" line="+25"/>
        <location line="+45"/>
        <source>GELU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+45"/>
        <source>GELU derivative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+36"/>
        <source>x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+36"/>
        <source>y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>GELU (%1) and its derivative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpBrowser</name>
    <message>
        <location filename="../../ui/helpbrowser.cpp" line="+47"/>
        <source>What is GELU?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GELU, the &lt;i&gt;Gaussian Error Linear Unit&lt;/i&gt;, is the activation function used in BERT, GPT and most other Transformer models; PyTorch provides it as &lt;code&gt;torch.nn.GELU&lt;/code&gt;. Dan Hendrycks and Kevin Gimpel introduced it in 2016.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GELU multiplies its input by the probability that a standard normal random variable &lt;i&gt;Z&lt;/i&gt; is no larger than that input:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Φ is the cumulative distribution function of the standard normal distribution, and erf is the error function that gives the unit its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the probability means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Picture a gate that keeps the input &lt;i&gt;x&lt;/i&gt; with probability Φ(&lt;i&gt;x&lt;/i&gt;) and replaces it with 0 otherwise. GELU is the average output of that gate: &lt;i&gt;x&lt;/i&gt; · Φ(&lt;i&gt;x&lt;/i&gt;) + 0 · (1 − Φ(&lt;i&gt;x&lt;/i&gt;)). A large positive input is almost always kept, a large negative one almost always dropped, and an input near zero is kept in part. ReLU decides by the sign of &lt;i&gt;x&lt;/i&gt; alone, with a hard switch at zero; GELU weighs the input by how large it is, so the switch is gradual. Hendrycks and Gimpel reached it this way, by joining the random masking of dropout with the gating of ReLU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unlike ReLU, GELU is not monotonic: it dips to a minimum of about −0.170 at &lt;i&gt;x&lt;/i&gt; ≈ −0.752, so small negative inputs give small negative outputs rather than exactly zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Two approximations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the paper appeared, the error function was slow on much hardware, so the authors also gave two cheaper forms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The tanh form starts from ½ [1 + tanh(√(2/π) &lt;i&gt;x&lt;/i&gt;)], which has the same value and the same slope as Φ at 0; the cubic term, with its fitted coefficient 0.044715, bends it closer to Φ further out. It stays within about 4.7 × 10&lt;sup&gt;−4&lt;/sup&gt; of the exact GELU (the largest gap is near &lt;i&gt;x&lt;/i&gt; ≈ −2.7). BERT and GPT-2 used it; in PyTorch it is &lt;code&gt;nn.GELU(approximate=&apos;tanh&apos;)&lt;/code&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The sigmoid form uses a long-known fact of statistics: the logistic curve stretched by 1.702 stays within 0.01 of Φ everywhere. It is the cheapest form and the least accurate, up to about 2 × 10&lt;sup&gt;−2&lt;/sup&gt; away from the exact GELU (near &lt;i&gt;x&lt;/i&gt; ≈ −2.3). In PyTorch it is written &lt;code&gt;x * torch.sigmoid(1.702 * x)&lt;/code&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The derivative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training by backpropagation needs the derivative. The product rule gives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>and Φ′ is the standard normal density φ: the derivative of erf(&lt;i&gt;u&lt;/i&gt;) is (2/√π) e&lt;sup&gt;−&lt;i&gt;u&lt;/i&gt;²&lt;/sup&gt;, and the chain rule with &lt;i&gt;u&lt;/i&gt; = &lt;i&gt;x&lt;/i&gt;/√2 adds a factor 1/√2, so</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The derivative is exactly 0.5 at &lt;i&gt;x&lt;/i&gt; = 0. Coming from 0 on the far left, it first goes slightly negative, to about −0.129 at &lt;i&gt;x&lt;/i&gt; = −√2 (that is where the curve dips), then rises smoothly past 1 to about 1.129 at &lt;i&gt;x&lt;/i&gt; = √2, and settles back towards 1. Differentiating once more gives φ(&lt;i&gt;x&lt;/i&gt;) (2 − &lt;i&gt;x&lt;/i&gt;²), which vanishes at &lt;i&gt;x&lt;/i&gt; = ±√2: those are GELU&apos;s inflection points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why smoothness matters for training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ReLU&apos;s derivative jumps from 0 to 1 at &lt;i&gt;x&lt;/i&gt; = 0 (PyTorch defines ReLU′(0) = 0) and is exactly 0 for every negative input, so a unit whose inputs stay negative receives no gradient and can stop learning. GELU&apos;s derivative is continuous and smooth: a small change in a weight makes a small change in the gradient, and negative inputs near zero still pass some gradient back. Gradient descent assumes that the slope it has just measured still holds a short step away; the smoother the activation, the better that assumption holds, which tends to make training steadier. The trainer panel lets you watch this on small networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Curve explorer.&lt;/b&gt; The chart draws GELU in the chosen variant (exact, tanh or sigmoid) and, when you switch them on, its derivative, ReLU, ReLU&apos;s derivative and Φ(&lt;i&gt;x&lt;/i&gt;). A smaller chart shows how far an approximation is from the exact curve. Markers label the minimum and the inflection points, and moving the mouse over the chart reads off every curve at that &lt;i&gt;x&lt;/i&gt;. The sliders and presets set the range of &lt;i&gt;x&lt;/i&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Trainer.&lt;/b&gt; Choose a dataset and a small network, press Play, and watch the training and test loss fall step by step, for a GELU network and a ReLU network trained on the same data from the same starting weights. For two-dimensional data the coloured map shows how each network divides the plane; for one-dimensional data the curve shows the function it has fitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show or hide this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presentation mode: full screen, large type; Esc leaves it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curve explorer, trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the chart as PNG, SVG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the chart to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="+315"/>
        <source>GELU Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of the interface; the change is immediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the chart on screen as a PNG, SVG or PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the chart on screen to the clipboard as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close GELU Lab; the window is restored as it was next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Curve Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show GELU, its approximations and its derivative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Train small GELU and ReLU networks side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tool&amp;bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show or hide the tool bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show C&amp;ontrols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the panel&apos;s controls, leaving more room for the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Presentation Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full screen with large type and thick lines, for a projector; Esc leaves it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave Presentation Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the normal window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;System Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Follow the language of the desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the interface in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;What is GELU?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show or hide the page explaining GELU and the panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About GELU Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version, licence and the libraries used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The version and licence of the Qt toolkit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Main Tool Bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is GELU?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Curve Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The trainer is not part of this build yet. It will train small networks with GELU and with ReLU on the same data and draw their loss as they learn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Placeholder for the trainer panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Variant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact x·Φ(x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tanh approximation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sigmoid approximation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which GELU variant to draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The saved language “%1” is not available; the desktop&apos;s language is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The saved window size and position could not be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The saved arrangement of tool bar and help page could not be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The saved panel “%1” does not exist; the curve explorer is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Export is not available yet in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copying the chart is not available yet in this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
