<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/aboutdialog.cpp" line="+56"/>
        <source>About GELU Lab</source>
        <translation>关于 GELU 实验室</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GELU Lab</source>
        <translation>GELU 实验室</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An interactive tool for teaching the GELU activation function.</source>
        <translation>一个用于讲解 GELU 激活函数的交互式教学工具。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>© 2026 GELU Lab contributors. Released under the MIT licence: free to use, change and share, with no warranty.</source>
        <translation>© 2026 GELU 实验室贡献者。以 MIT 许可证发布：可自由使用、修改和分发，不附带任何担保。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Built with:</source>
        <translation>所用的库：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qt %1 (Widgets, Charts, SVG), running on Qt %2 — LGPL 3</source>
        <translation>Qt %1（Widgets、Charts、SVG），当前运行于 Qt %2 — LGPL 3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eigen %1 — MPL 2.0</source>
        <translation>Eigen %1 — MPL 2.0</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Based on Dan Hendrycks and Kevin Gimpel, “Gaussian Error Linear Units (GELUs)”, 2016.</source>
        <translation>依据 Dan Hendrycks 与 Kevin Gimpel 的论文《Gaussian Error Linear Units (GELUs)》（2016 年）。</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../../ui/appsettings.cpp" line="+41"/>
        <source>The settings file could not be read and was set aside as %1; defaults are in use.</source>
        <translation>无法读取设置文件，已将其另存为 %1；当前使用默认设置。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The settings file %1 could not be read; defaults are in use.</source>
        <translation>无法读取设置文件 %1；当前使用默认设置。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The settings file %1 cannot be accessed; defaults are in use and changes will not be saved.</source>
        <translation>无法访问设置文件 %1；当前使用默认设置，更改将不会被保存。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The saved value of %1 (“%2”) is not usable; the default is in use.</source>
        <translation>保存的 %1 的值（“%2”）无法使用；已改用默认值。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The settings could not be saved to %1.</source>
        <translation>无法将设置保存到 %1。</translation>
    </message>
</context>
<context>
    <name>CurveChart</name>
    <message>
        <location filename="../../ui/curvechart.cpp" line="+56"/>
        <source>exact</source>
        <translation>精确</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tanh approx.</source>
        <translation>tanh 近似</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sigmoid approx.</source>
        <translation>sigmoid 近似</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Move the mouse over the plot, or click it and use ←/→ (Shift: bigger steps), Home, End and Esc, to read x and every visible curve here</source>
        <translation>将鼠标移到绘图区上，或单击绘图区后使用 ←/→（按住 Shift 步长更大）、Home、End 和 Esc，即可读出 x 及每条可见曲线在该处的值</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>GELU (exact)</source>
        <translation>GELU（精确）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GELU (tanh approx.)</source>
        <translation>GELU（tanh 近似）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GELU (sigmoid approx.)</source>
        <translation>GELU（sigmoid 近似）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GELU′ (%1)</source>
        <translation>GELU′（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ReLU′</source>
        <translation>ReLU′</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Φ(x)</source>
        <translation>Φ(x)</translation>
    </message>
    <message>
        <location line="+251"/>
        <source>minimum</source>
        <translation>最小值</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>inflection</source>
        <translation>拐点</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GELU′ min</source>
        <translation>GELU′ 最小值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GELU′ max</source>
        <translation>GELU′ 最大值</translation>
    </message>
    <message>
        <location line="+296"/>
        <source>Move the mouse over the plot (or click it and use the arrow keys) to read x and the value of every visible curve here.</source>
        <translation>将鼠标移到绘图区上（或单击绘图区后使用方向键），即可在此读出 x 及每条可见曲线的值。</translation>
    </message>
</context>
<context>
    <name>CurveExplorer</name>
    <message>
        <location filename="../../ui/curveexplorer.cpp" line="+126"/>
        <source>GELU variant</source>
        <translation>GELU 形式</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exact  x·Φ(x)</source>
        <translation>精确  x·Φ(x)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tanh approximation</source>
        <translation>tanh 近似</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sigmoid approximation</source>
        <translation>sigmoid 近似</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which GELU variant to draw (Ctrl+1 exact, Ctrl+2 tanh, Ctrl+3 sigmoid)</source>
        <translation>选择要绘制的 GELU 形式（Ctrl+1 精确，Ctrl+2 tanh，Ctrl+3 sigmoid）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Variant:</source>
        <translation>形式(&amp;V)：</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Curves</source>
        <translation>曲线</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;GELU (selected variant)</source>
        <translation>GELU（所选形式）(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw GELU in the selected variant</source>
        <translation>按所选形式绘制 GELU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GELU′ (&amp;derivative)</source>
        <translation>GELU′（导数）(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw the derivative of the selected variant</source>
        <translation>绘制所选形式的导数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;ReLU</source>
        <translation>ReLU（对比）(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw ReLU(x) = max(0, x) for comparison</source>
        <translation>绘制 ReLU(x) = max(0, x) 作为对比</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw ReLU&apos;s derivative: 0 for x ≤ 0, 1 for x &gt; 0 (ReLU′(0) = 0)</source>
        <translation>绘制 ReLU 的导数：x ≤ 0 时为 0，x &gt; 0 时为 1（ReLU′(0) = 0）</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>ReLU′ (deriva&amp;tive, step at 0)</source>
        <translation>ReLU′（导数，在 0 处跳变）(&amp;T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Φ(x), the probabilit&amp;y in x·Φ(x)</source>
        <translation>Φ(x)，即 x·Φ(x) 中的概率(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw the standard normal CDF Φ(x): GELU keeps x with this probability</source>
        <translation>绘制标准正态分布的累积分布函数 Φ(x)：GELU 以这一概率保留 x</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;ompare all three variants</source>
        <translation>比较全部三种形式(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overlay exact, tanh and sigmoid GELU at once</source>
        <translation>同时叠加显示精确、tanh 和 sigmoid 三种 GELU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Key points</source>
        <translation>关键点(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the minimum, the inflection points and the derivative&apos;s extrema of the selected variant</source>
        <translation>标出所选形式的最小值、拐点以及导数的极值</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>x range</source>
        <translation>x 范围</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left end of the x range (arrows: 0.1, Page Up/Down: 1)</source>
        <translation>x 范围的左端（方向键：0.1，Page Up/Down：1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Right end of the x range (arrows: 0.1, Page Up/Down: 1)</source>
        <translation>x 范围的右端（方向键：0.1，Page Up/Down：1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left end of the x range</source>
        <translation>x 范围的左端</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Right end of the x range</source>
        <translation>x 范围的右端</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mi&amp;n</source>
        <translation>最小(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ma&amp;x</source>
        <translation>最大(&amp;X)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>[−%1, %1]</source>
        <translation>[−%1, %1]</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The textbook view: x from −3 to 3</source>
        <translation>教科书视图：x 从 −3 到 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>x from −6 to 6: GELU meets ReLU</source>
        <translation>x 从 −6 到 6：GELU 与 ReLU 趋于重合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>x from −10 to 10: the tails</source>
        <translation>x 从 −10 到 10：观察两端的尾部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;eset</source>
        <translation>重置(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to x from −3 to 3, automatic y range and the default density</source>
        <translation>恢复为 x 从 −3 到 3、自动 y 范围和默认点数</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Drawing</source>
        <translation>绘图</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sample points requested over the x range; at most about two per pixel column are drawn, so the chart stays fast at any density</source>
        <translation>在 x 范围内请求的采样点数；每个像素列最多绘制约两个点，因此点数再多图表也依然流畅</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Points</source>
        <translation>点数(&amp;P)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A&amp;utomatic y range</source>
        <translation>自动 y 范围(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit the y axis to the visible curves; untick to fix it with the two boxes</source>
        <translation>让 y 轴自动适应可见曲线；取消勾选后可用两个输入框固定范围</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bottom of the fixed y range</source>
        <translation>固定 y 范围的下限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Top of the fixed y range</source>
        <translation>固定 y 范围的上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>y from</source>
        <translation>y 从</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Log |error| in the error chart</source>
        <translation>误差图使用对数 |误差|(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the approximation error as |variant − exact| on a log scale instead of signed</source>
        <translation>以对数刻度显示近似误差 |形式 − 精确|，而不是带符号的误差</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Formula</source>
        <translation>公式</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>%L1 requested · %L2 drawn</source>
        <translation>请求 %L1 · 绘制 %L2</translation>
    </message>
</context>
<context>
    <name>CurvesFigure</name>
    <message>
        <location filename="../../ui/curvesfigure.cpp" line="+18"/>
        <source>GELU(x) = x·Φ(x)</source>
        <translation>GELU(x) = x·Φ(x)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GELU ≈ ½x(1 + tanh(√(2/π)(x + 0.044715x³)))</source>
        <translation>GELU ≈ ½x(1 + tanh(√(2/π)(x + 0.044715x³)))</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GELU ≈ x·σ(1.702x)</source>
        <translation>GELU ≈ x·σ(1.702x)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Curves</source>
        <translation>曲线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approximation error</source>
        <translation>近似误差</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>x from %1 to %2</source>
        <translation>x 从 %1 到 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exact GELU has no approximation error, %1</source>
        <translation>精确 GELU 没有近似误差，%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 minus exact GELU, %2</source>
        <translation>%1 减去精确 GELU，%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <comment>formula, then the x range</comment>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>ErrorChart</name>
    <message>
        <location filename="../../ui/errorchart.cpp" line="+82"/>
        <source>Approximation error of the selected variant against the exact GELU, for the value and the derivative; the circles mark the largest error in view</source>
        <translation>所选形式相对于精确 GELU 的近似误差，包括函数值和导数；圆圈标出视图内的最大误差</translation>
    </message>
    <message>
        <location line="+109"/>
        <location line="+13"/>
        <source>GELU error</source>
        <translation>GELU 误差</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>GELU error (%1 − exact)</source>
        <translation>GELU 误差（%1 − 精确）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>GELU′ error</source>
        <translation>GELU′ 误差</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>GELU′ error (%1 − exact)</source>
        <translation>GELU′ 误差（%1 − 精确）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The exact variant has no approximation error. Pick tanh (Ctrl+2) or sigmoid (Ctrl+3) to see how far they stray.</source>
        <translation>精确形式没有近似误差。选择 tanh（Ctrl+2）或 sigmoid（Ctrl+3）即可查看它们偏离多远。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>largest |%1| in view: &lt;b&gt;%2&lt;/b&gt; at x = %3</source>
        <translation>视图内最大 |%1|：&lt;b&gt;%2&lt;/b&gt;，位于 x = %3</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>|error|</source>
        <translation>|误差|</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>error</source>
        <translation>误差</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../../ui/exportcontroller.cpp" line="+73"/>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Copied %1 to the clipboard (%2 × %3 pixels)</source>
        <translation>已将“%1”复制到剪贴板（%2 × %3 像素）</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="+37"/>
        <source>&amp;Transparent background</source>
        <translation>透明背景(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;aption:</source>
        <translation>图注(&amp;A)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+186"/>
        <source>Export Figure</source>
        <translation>导出图片</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>Everything on screen</source>
        <translation>屏幕上的全部内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which chart to export</source>
        <translation>要导出的图表</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Figure size in pixels at scale 1× (96 pixels per inch for SVG and PDF)</source>
        <translation>缩放为 1× 时的图片尺寸，单位为像素（SVG 和 PDF 按每英寸 96 像素计）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom width in pixels</source>
        <translation>自定义宽度（像素）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom height in pixels</source>
        <translation>自定义高度（像素）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1×</source>
        <translation>1×</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2×</source>
        <translation>2×</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3×</source>
        <translation>3×</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG only: pixels per logical pixel, for sharp figures on high-resolution screens</source>
        <translation>仅用于 PNG：每个逻辑像素对应的像素数，让图片在高分辨率屏幕上保持清晰</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projector (high contrast)</source>
        <translation>投影仪（高对比度）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colours and line widths; Projector uses thick lines and large type</source>
        <translation>颜色和线宽；“投影仪”使用粗线条和大字号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper (0.8)</source>
        <translation>论文（0.8）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Normal (1.0)</source>
        <translation>标准（1.0）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Talk (1.3)</source>
        <translation>演讲（1.3）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Poster (1.6)</source>
        <translation>海报（1.6）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type and line size relative to the figure, independent of its pixel count</source>
        <translation>文字和线条相对于图片的大小，与像素数无关</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the background unpainted (PNG, SVG and PDF)</source>
        <translation>不绘制背景（PNG、SVG 和 PDF）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the formula and settings under the chart</source>
        <translation>在图表下方附上公式和设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption text</source>
        <translation>图注文字</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exactly what will be written, scaled to fit</source>
        <translation>写入文件后的实际效果（已按比例缩放）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Panel:</source>
        <translation>面板(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Size:</source>
        <translation>尺寸(&amp;S)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;cale:</source>
        <translation>缩放(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;heme:</source>
        <translation>主题(&amp;H)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Font scale:</source>
        <translation>字号缩放(&amp;F)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PNG, SVG or PDF (chosen by the file extension)</source>
        <translation>保存为 PNG、SVG 或 PDF（由文件扩展名决定）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy to Clipboard</source>
        <translation>复制到剪贴板(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the figure as an image (Ctrl+Shift+C in the main window)</source>
        <translation>将图表作为图像复制到剪贴板（主窗口中按 Ctrl+Shift+C）</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied the figure to the clipboard</source>
        <translation>已将图片复制到剪贴板</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/exportsettings.cpp" line="+12"/>
        <source>1920 × 1080 (16:9 slide)</source>
        <translation>1920 × 1080（16:9 幻灯片）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1280 × 720 (16:9)</source>
        <translation>1280 × 720（16:9）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1024 × 768 (4:3 slide)</source>
        <translation>1024 × 768（4:3 幻灯片）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 landscape (297 × 210 mm)</source>
        <translation>A4 横向（297 × 210 mm）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
</context>
<context>
    <name>FigureWriter</name>
    <message>
        <location filename="../../ui/figurewriter.cpp" line="+39"/>
        <source>unknown file type &apos;%1&apos;: use .png, .svg or .pdf</source>
        <translation>未知的文件类型“%1”：请使用 .png、.svg 或 .pdf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>scale %1 is not 1, 2 or 3</source>
        <translation>缩放倍数 %1 不是 1、2 或 3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>size %1×%2 at scale %3 is outside 1 to %4 pixels</source>
        <translation>缩放倍数为 %3 时，尺寸 %1×%2 超出了 1 到 %4 像素的范围</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; is a folder</source>
        <translation>“%1”是一个文件夹</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>folder &apos;%1&apos; does not exist</source>
        <translation>文件夹“%1”不存在</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>drawing &apos;%1&apos; failed: %2</source>
        <translation>绘制“%1”失败：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+53"/>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>cannot encode PNG &apos;%1&apos;</source>
        <translation>无法将“%1”编码为 PNG</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot start SVG &apos;%1&apos;</source>
        <translation>无法创建 SVG 文件“%1”</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot start PDF &apos;%1&apos;</source>
        <translation>无法创建 PDF 文件“%1”</translation>
    </message>
</context>
<context>
    <name>FormulaPanel</name>
    <message>
        <location filename="../../ui/formulapanel.cpp" line="+23"/>
        <source>&lt;p style=&apos;margin-top:6px&apos;&gt;ReLU(&lt;i&gt;x&lt;/i&gt;) = max(0, &lt;i&gt;x&lt;/i&gt;)&lt;br&gt;ReLU′(&lt;i&gt;x&lt;/i&gt;) = 1 for &lt;i&gt;x&lt;/i&gt; &amp;gt; 0, 0 for &lt;i&gt;x&lt;/i&gt; ≤ 0 &amp;nbsp;(&lt;b&gt;ReLU′(0) = 0&lt;/b&gt;, as PyTorch takes it)&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;margin-top:6px&apos;&gt;ReLU(&lt;i&gt;x&lt;/i&gt;) = max(0, &lt;i&gt;x&lt;/i&gt;)&lt;br&gt;ReLU′(&lt;i&gt;x&lt;/i&gt;) 在 &lt;i&gt;x&lt;/i&gt; &amp;gt; 0 时为 1，在 &lt;i&gt;x&lt;/i&gt; ≤ 0 时为 0&amp;nbsp;（&lt;b&gt;ReLU′(0) = 0&lt;/b&gt;，与 PyTorch 的取法一致）&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The PyTorch code for the selected variant</source>
        <translation>所选形式对应的 PyTorch 代码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the PyTorch line to the clipboard</source>
        <translation>将这行 PyTorch 代码复制到剪贴板</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PyTorch:</source>
        <translation>PyTorch 代码：</translation>
    </message>
</context>
<context>
    <name>HelpBrowser</name>
    <message>
        <location filename="../../ui/helpbrowser.cpp" line="+47"/>
        <source>What is GELU?</source>
        <translation>什么是 GELU？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GELU, the &lt;i&gt;Gaussian Error Linear Unit&lt;/i&gt;, is the activation function used in BERT, GPT and most other Transformer models; PyTorch provides it as &lt;code&gt;torch.nn.GELU&lt;/code&gt;. Dan Hendrycks and Kevin Gimpel introduced it in 2016.</source>
        <translation>GELU 即&lt;i&gt;高斯误差线性单元&lt;/i&gt;（Gaussian Error Linear Unit），是 BERT、GPT 以及大多数 Transformer 模型所用的激活函数，在 PyTorch 中对应 &lt;code&gt;torch.nn.GELU&lt;/code&gt;。它由 Dan Hendrycks 和 Kevin Gimpel 于 2016 年提出。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Definition</source>
        <translation>定义</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GELU multiplies its input by the probability that a standard normal random variable &lt;i&gt;Z&lt;/i&gt; is no larger than that input:</source>
        <translation>GELU 把输入乘以一个概率，即标准正态随机变量 &lt;i&gt;Z&lt;/i&gt; 不超过该输入的概率：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Φ is the cumulative distribution function of the standard normal distribution, and erf is the error function that gives the unit its name.</source>
        <translation>Φ 是标准正态分布的累积分布函数，erf 是误差函数，“高斯误差线性单元”这个名字正是由它而来。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the probability means</source>
        <translation>概率的含义</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Picture a gate that keeps the input &lt;i&gt;x&lt;/i&gt; with probability Φ(&lt;i&gt;x&lt;/i&gt;) and replaces it with 0 otherwise. GELU is the average output of that gate: &lt;i&gt;x&lt;/i&gt; · Φ(&lt;i&gt;x&lt;/i&gt;) + 0 · (1 − Φ(&lt;i&gt;x&lt;/i&gt;)). A large positive input is almost always kept, a large negative one almost always dropped, and an input near zero is kept in part. ReLU decides by the sign of &lt;i&gt;x&lt;/i&gt; alone, with a hard switch at zero; GELU weighs the input by how large it is, so the switch is gradual. Hendrycks and Gimpel reached it this way, by joining the random masking of dropout with the gating of ReLU.</source>
        <translation>设想有一道“门”：它以概率 Φ(&lt;i&gt;x&lt;/i&gt;) 保留输入 &lt;i&gt;x&lt;/i&gt;，否则把它换成 0。GELU 就是这道门的平均输出：&lt;i&gt;x&lt;/i&gt; · Φ(&lt;i&gt;x&lt;/i&gt;) + 0 · (1 − Φ(&lt;i&gt;x&lt;/i&gt;))。很大的正输入几乎总被保留，很大的负输入几乎总被丢弃，而接近零的输入只被保留一部分。ReLU 只看 &lt;i&gt;x&lt;/i&gt; 的正负号，在零点处生硬地切换；GELU 则按输入的大小来加权，所以切换是逐渐发生的。Hendrycks 和 Gimpel 正是沿着这条思路得到它的：把 dropout 的随机屏蔽与 ReLU 的门控结合起来。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unlike ReLU, GELU is not monotonic: it dips to a minimum of about −0.170 at &lt;i&gt;x&lt;/i&gt; ≈ −0.752, so small negative inputs give small negative outputs rather than exactly zero.</source>
        <translation>与 ReLU 不同，GELU 不是单调函数：它在 &lt;i&gt;x&lt;/i&gt; ≈ −0.752 处下探到约 −0.170 的最小值，因此较小的负输入得到的是较小的负输出，而不是恰好为零。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Two approximations</source>
        <translation>两种近似形式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the paper appeared, the error function was slow on much hardware, so the authors also gave two cheaper forms.</source>
        <translation>论文发表时，误差函数在许多硬件上计算较慢，因此作者另外给出了两种计算量更小的形式。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The tanh form starts from ½ [1 + tanh(√(2/π) &lt;i&gt;x&lt;/i&gt;)], which has the same value and the same slope as Φ at 0; the cubic term, with its fitted coefficient 0.044715, bends it closer to Φ further out. It stays within about 4.7 × 10&lt;sup&gt;−4&lt;/sup&gt; of the exact GELU (the largest gap is near &lt;i&gt;x&lt;/i&gt; ≈ −2.7). BERT and GPT-2 used it; in PyTorch it is &lt;code&gt;nn.GELU(approximate=&apos;tanh&apos;)&lt;/code&gt;.</source>
        <translation>tanh 形式的出发点是 ½ [1 + tanh(√(2/π) &lt;i&gt;x&lt;/i&gt;)]，它在 0 处与 Φ 的函数值和斜率都相同；加上三次项及其拟合系数 0.044715 后，在离 0 较远处也更贴近 Φ。它与精确 GELU 的差距不超过约 4.7 × 10&lt;sup&gt;−4&lt;/sup&gt;（最大差距出现在 &lt;i&gt;x&lt;/i&gt; ≈ −2.7 附近）。BERT 和 GPT-2 用的就是这种形式；在 PyTorch 中写作 &lt;code&gt;nn.GELU(approximate=&apos;tanh&apos;)&lt;/code&gt;。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The derivative</source>
        <translation>导数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training by backpropagation needs the derivative. The product rule gives</source>
        <translation>用反向传播训练网络需要导数。由乘积法则得</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>and Φ′ is the standard normal density φ: the derivative of erf(&lt;i&gt;u&lt;/i&gt;) is (2/√π) e&lt;sup&gt;−&lt;i&gt;u&lt;/i&gt;²&lt;/sup&gt;, and the chain rule with &lt;i&gt;u&lt;/i&gt; = &lt;i&gt;x&lt;/i&gt;/√2 adds a factor 1/√2, so</source>
        <translation>其中 Φ′ 就是标准正态分布的密度函数 φ：erf(&lt;i&gt;u&lt;/i&gt;) 的导数是 (2/√π) e&lt;sup&gt;−&lt;i&gt;u&lt;/i&gt;²&lt;/sup&gt;，令 &lt;i&gt;u&lt;/i&gt; = &lt;i&gt;x&lt;/i&gt;/√2 并按链式法则再乘以因子 1/√2，于是</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The sigmoid form uses a long-known fact of statistics: the logistic function with its argument scaled by 1.702, σ(1.702 &lt;i&gt;x&lt;/i&gt;), stays within 0.01 of Φ everywhere. It is the cheapest form and the least accurate, up to about 2 × 10&lt;sup&gt;−2&lt;/sup&gt; away from the exact GELU (near &lt;i&gt;x&lt;/i&gt; ≈ −2.3). In PyTorch it is written &lt;code&gt;x * torch.sigmoid(1.702 * x)&lt;/code&gt;.</source>
        <translation>sigmoid 形式利用了统计学中一个早已熟知的事实：自变量乘以 1.702 的 logistic 函数 σ(1.702 &lt;i&gt;x&lt;/i&gt;) 与 Φ 处处相差不超过 0.01。它是计算量最小、精度也最低的形式，与精确 GELU 最多相差约 2 × 10&lt;sup&gt;−2&lt;/sup&gt;（在 &lt;i&gt;x&lt;/i&gt; ≈ −2.3 附近）。在 PyTorch 中写作 &lt;code&gt;x * torch.sigmoid(1.702 * x)&lt;/code&gt;。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The derivative is exactly 0.5 at &lt;i&gt;x&lt;/i&gt; = 0. Coming from 0 on the far left, it turns slightly negative while the curve dips, reaching about −0.129 at &lt;i&gt;x&lt;/i&gt; = −√2, crosses zero at the minimum &lt;i&gt;x&lt;/i&gt; ≈ −0.752, then rises smoothly past 1 to about 1.129 at &lt;i&gt;x&lt;/i&gt; = √2 and settles back towards 1. Differentiating once more gives φ(&lt;i&gt;x&lt;/i&gt;) (2 − &lt;i&gt;x&lt;/i&gt;²), which vanishes at &lt;i&gt;x&lt;/i&gt; = ±√2: those are GELU&apos;s inflection points.</source>
        <translation>导数在 &lt;i&gt;x&lt;/i&gt; = 0 处恰好等于 0.5。从最左侧的 0 出发，在曲线下探的那一段导数略为负值，在 &lt;i&gt;x&lt;/i&gt; = −√2 处达到约 −0.129；它在最小值点 &lt;i&gt;x&lt;/i&gt; ≈ −0.752 处穿过零，随后平滑上升并越过 1，在 &lt;i&gt;x&lt;/i&gt; = √2 处达到约 1.129，最后回落并趋近于 1。再求一次导数得到 φ(&lt;i&gt;x&lt;/i&gt;) (2 − &lt;i&gt;x&lt;/i&gt;²)，它在 &lt;i&gt;x&lt;/i&gt; = ±√2 处为零：这两点就是 GELU 的拐点。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why smoothness matters for training</source>
        <translation>为什么平滑性对训练很重要</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ReLU&apos;s derivative jumps from 0 to 1 at &lt;i&gt;x&lt;/i&gt; = 0 (PyTorch defines ReLU′(0) = 0) and is exactly 0 for every negative input, so a unit whose inputs stay negative receives no gradient and can stop learning. GELU&apos;s derivative is continuous and smooth: a small change in a weight makes a small change in the gradient, and negative inputs near zero still pass some gradient back. Gradient descent assumes that the slope it has just measured still holds a short step away; the smoother the activation, the better that assumption holds, which tends to make training steadier. The trainer panel lets you watch this on small networks.</source>
        <translation>ReLU 的导数在 &lt;i&gt;x&lt;/i&gt; = 0 处从 0 跳到 1（PyTorch 规定 ReLU′(0) = 0），并且对所有负输入都恰好为 0，所以输入一直为负的神经元得不到任何梯度，可能从此停止学习。GELU 的导数连续且光滑：权重的微小变化只会引起梯度的微小变化，接近零的负输入也仍能回传一部分梯度。梯度下降默认刚刚测得的斜率在迈出一小步之后依然大致成立；激活函数越平滑，这一假设就越可靠，训练往往也就越平稳。在训练器面板中，可以用小型网络亲眼看到这一点。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the panels</source>
        <translation>如何阅读各面板</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Curve explorer.&lt;/b&gt; The chart draws GELU in the chosen variant (exact, tanh or sigmoid) and, when you switch them on, its derivative, ReLU, ReLU&apos;s derivative and Φ(&lt;i&gt;x&lt;/i&gt;). A smaller chart shows how far an approximation is from the exact curve. Markers label the minimum and the inflection points, and moving the mouse over the chart reads off every curve at that &lt;i&gt;x&lt;/i&gt;. The sliders and presets set the range of &lt;i&gt;x&lt;/i&gt;.</source>
        <translation>&lt;b&gt;曲线浏览器。&lt;/b&gt;图表绘制所选形式（精确、tanh 或 sigmoid）的 GELU；打开相应开关后，还会绘制它的导数、ReLU、ReLU 的导数以及 Φ(&lt;i&gt;x&lt;/i&gt;)。另一张较小的图表显示近似形式与精确曲线相差多少。标记点标出最小值和拐点；把鼠标移到图表上，即可读出每条曲线在该 &lt;i&gt;x&lt;/i&gt; 处的值。滑块和预设按钮用来设定 &lt;i&gt;x&lt;/i&gt; 的范围。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Trainer.&lt;/b&gt; Choose a dataset and a small network, press Play, and watch the training and test loss fall step by step, for a GELU network and a ReLU network trained on the same data from the same starting weights. For two-dimensional data the coloured map shows how each network divides the plane; for one-dimensional data the curve shows the function it has fitted.</source>
        <translation>&lt;b&gt;训练器。&lt;/b&gt;选择一个数据集和一个小型网络，按下“播放”，就能看到训练损失和测试损失一步步下降：一个 GELU 网络和一个 ReLU 网络在同一份数据上、从同样的初始权重开始训练。对于二维数据，彩色图显示每个网络如何划分平面；对于一维数据，曲线显示网络拟合出的函数。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keyboard</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show or hide this page</source>
        <translation>显示或隐藏本页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presentation mode: full screen, large type; Esc leaves it</source>
        <translation>演示模式：全屏、大字号；按 Esc 退出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curve explorer, trainer</source>
        <translation>曲线浏览器、训练器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the panel&apos;s controls</source>
        <translation>显示或隐藏面板上的控件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the chart as PNG, SVG or PDF</source>
        <translation>将图表导出为 PNG、SVG 或 PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the chart to the clipboard</source>
        <translation>将图表复制到剪贴板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reference</source>
        <translation>参考文献</translation>
    </message>
</context>
<context>
    <name>LossChart</name>
    <message>
        <location filename="../../ui/losschart.cpp" line="+48"/>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loss (log scale)</source>
        <translation>损失（对数刻度）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Loss per training step. Hover to read the step and loss of every curve.</source>
        <translation>每个训练步的损失。将鼠标悬停在图上，可读出步数及每条曲线的损失。</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>step %1</source>
        <translation>第 %1 步</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="+366"/>
        <source>GELU Lab</source>
        <translation>GELU 实验室</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of the interface; the change is immediate</source>
        <translation>界面语言，切换后立即生效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the chart on screen as a PNG, SVG or PDF file</source>
        <translation>将屏幕上的图表保存为 PNG、SVG 或 PDF 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy Chart</source>
        <translation>复制图表(&amp;C)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the chart on screen to the clipboard as an image</source>
        <translation>将屏幕上的图表作为图像复制到剪贴板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close GELU Lab; the window is restored as it was next time</source>
        <translation>关闭 GELU 实验室；下次启动时窗口会恢复原样</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Curve Explorer</source>
        <translation>曲线浏览器(&amp;C)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show GELU, its approximations and its derivative</source>
        <translation>显示 GELU、它的近似形式及其导数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trainer</source>
        <translation>训练器(&amp;T)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Train small GELU and ReLU networks side by side</source>
        <translation>并排训练小型 GELU 网络和 ReLU 网络</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tool&amp;bar</source>
        <translation>工具栏(&amp;B)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show or hide the tool bar</source>
        <translation>显示或隐藏工具栏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show C&amp;ontrols</source>
        <translation>显示控件(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the panel&apos;s controls, leaving more room for the chart</source>
        <translation>显示或隐藏面板上的控件，为图表腾出更多空间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Presentation Mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full screen with large type and thick lines, for a projector; Esc leaves it</source>
        <translation>全屏显示，使用大字号和粗线条，适合投影；按 Esc 退出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave Presentation Mode</source>
        <translation>退出演示模式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the normal window</source>
        <translation>回到普通窗口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;System Default</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Follow the language of the desktop</source>
        <translation>使用桌面环境的语言</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the interface in %1</source>
        <translation>将界面切换为 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;What is GELU?</source>
        <translation>什么是 GELU？(&amp;W)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show or hide the page explaining GELU and the panels</source>
        <translation>显示或隐藏讲解 GELU 和各面板的页面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About GELU Lab</source>
        <translation>关于 GELU 实验室(&amp;A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version, licence and the libraries used</source>
        <translation>版本、许可证以及所用的库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The version and licence of the Qt toolkit</source>
        <translation>Qt 工具包的版本和许可证</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Main Tool Bar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What is GELU?</source>
        <translation>什么是 GELU？</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Curve Explorer</source>
        <translation>曲线浏览器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trainer</source>
        <translation>训练器</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some settings were reset</source>
        <translation>部分设置已恢复为默认值</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The saved language “%1” is not available; the desktop&apos;s language is used.</source>
        <translation>保存的语言“%1”不可用；已改用桌面环境的语言。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The saved window size and position could not be used.</source>
        <translation>保存的窗口大小和位置无法使用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The saved arrangement of tool bar and help page could not be used.</source>
        <translation>保存的工具栏和帮助页面布局无法使用。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The saved panel “%1” does not exist; the curve explorer is shown.</source>
        <translation>保存的面板“%1”不存在；已显示曲线浏览器。</translation>
    </message>
</context>
<context>
    <name>OutputView</name>
    <message>
        <location filename="../../ui/outputview.cpp" line="+16"/>
        <source>What the network has learnt. 2-D data: the colour is the predicted class, paler where the network is unsure. 1-D data: the fitted curve. Dots are training samples, rings test samples.</source>
        <translation>网络学到的结果。二维数据：颜色表示预测的类别，网络越不确定，颜色越浅。一维数据：显示拟合出的曲线。圆点是训练样本，圆环是测试样本。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../ui/trainerpanel.cpp" line="+49"/>
        <source>GELU</source>
        <translation>GELU（精确）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GELU (tanh approx.)</source>
        <translation>GELU（tanh 近似）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GELU (sigmoid approx.)</source>
        <translation>GELU（sigmoid 近似）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ReLU</source>
        <translation>ReLU 函数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tanh</source>
        <translation>tanh 函数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sigmoid</source>
        <translation>sigmoid 函数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>linear (none)</source>
        <translation>线性（无激活）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>circle (2 classes)</source>
        <translation>圆形（2 类）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>xor (2 classes)</source>
        <translation>xor（2 类）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>two blobs (2 classes)</source>
        <translation>两簇点（2 类）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>spiral (2 classes)</source>
        <translation>spiral（2 类）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>spiral (3 classes)</source>
        <translation>spiral（3 类）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sine curve (regression)</source>
        <translation>正弦曲线（回归）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>|x| (regression)</source>
        <translation>|x|（回归）</translation>
    </message>
</context>
<context>
    <name>TrainerFigure</name>
    <message>
        <location filename="../../ui/trainerfigure.cpp" line="+21"/>
        <source>Trainer</source>
        <translation>训练器</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 vs %2</source>
        <translation>%1 对比 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 on %2, %3 steps</source>
        <translation>%1，数据集 %2，%3 步</translation>
    </message>
</context>
<context>
    <name>TrainerPanel</name>
    <message>
        <location filename="../../ui/trainerpanel.cpp" line="+77"/>
        <source>The problem to learn: 2-D points in classes, or a 1-D curve to fit</source>
        <translation>要学习的问题：分成若干类的二维点，或要拟合的一维曲线</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Standard deviation of the random jitter added to every sample, in data units</source>
        <translation>加在每个样本上的随机抖动的标准差，单位与数据相同</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Share of the samples held out as test data (rings); the network never trains on them</source>
        <translation>留作测试数据的样本比例（圆环）；网络从不在这些样本上训练</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Random seed for the data, the initial weights and the batch order: the same seed replays the same run</source>
        <translation>数据、初始权重和批次顺序所用的随机种子：相同的随机种子会重现同一次训练</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test share</source>
        <translation>测试比例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none: logistic regression</source>
        <translation>无：逻辑回归</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden layers as widths separated by commas, e.g. 8,8 for two layers of 8 units (up to 6 layers of up to 256 units). Press Enter to apply.</source>
        <translation>以逗号分隔的各隐藏层宽度，例如 8,8 表示两层、每层 8 个单元（最多 6 层，每层最多 256 个单元）。按 Enter 键应用。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Activation after every hidden layer (the output layer is linear)</source>
        <translation>每个隐藏层之后的激活函数（输出层为线性）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Train a second network side by side: same data, same seed, same initial weights, only the activation differs</source>
        <translation>并排训练第二个网络：数据、随机种子和初始权重都相同，只有激活函数不同</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Activation of the second network</source>
        <translation>第二个网络的激活函数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hidden layers</source>
        <translation>隐藏层</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compare with</source>
        <translation>对比</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Learning rate on a log scale, 0.0001 to 10. Takes effect at the next step, without resetting the network: try raising it mid-run.</source>
        <translation>学习率（对数刻度），从 0.0001 到 10。从下一步起生效，不会重置网络：不妨在训练途中调高试试。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>full batch</source>
        <translation>全批量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samples per step; &quot;full batch&quot; (0) uses all training samples every step</source>
        <translation>每步的样本数；“全批量”（0）表示每步使用全部训练样本</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SGD</source>
        <translation>SGD（随机梯度下降）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SGD + momentum 0.9</source>
        <translation>SGD + 动量 0.9</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adam</source>
        <translation>Adam（自适应矩估计）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update rule, as PyTorch&apos;s torch.optim.SGD / SGD(momentum=0.9) / Adam</source>
        <translation>更新规则，分别对应 PyTorch 的 torch.optim.SGD / SGD(momentum=0.9) / Adam</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Training speed in steps per second; at the right end, as fast as possible</source>
        <translation>训练速度，单位为步/秒；拖到最右端时尽可能快</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Train one step (one batch) and stop</source>
        <translation>训练一步（一个批次）后停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start again from the initial weights of the seed; clears the loss curves</source>
        <translation>从该随机种子的初始权重重新开始，并清除损失曲线</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Steps done, accuracy on the training and test samples, and training speed</source>
        <translation>已完成的步数、在训练样本和测试样本上的准确率，以及训练速度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log scale</source>
        <translation>对数刻度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the loss on a logarithmic axis, where late progress stays visible</source>
        <translation>在对数坐标轴上显示损失，训练后期的进展也清晰可见</translation>
    </message>
    <message>
        <location line="+74"/>
        <location line="+49"/>
        <source>max</source>
        <translation>最快</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+49"/>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 train</source>
        <translation>%1 训练</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 test</source>
        <translation>%1 测试</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause training (Space)</source>
        <translation>暂停训练（空格键）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start training (Space)</source>
        <translation>开始训练（空格键）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b style=&apos;color:%1&apos;&gt;%2&lt;/b&gt;: step %3</source>
        <translation>&lt;b style=&apos;color:%1&apos;&gt;%2&lt;/b&gt;：第 %3 步</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · loss %1</source>
        <translation> · 损失 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (test %1)</source>
        <translation>（测试 %1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · accuracy train %1, test %2</source>
        <translation> · 准确率：训练 %1，测试 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 steps/s</source>
        <translation>%1 步/秒</translation>
    </message>
</context>
<context>
    <name>TrainingWorker</name>
    <message>
        <location filename="../../ui/trainingworker.cpp" line="+78"/>
        <source>cannot start: %1</source>
        <translation>无法开始训练：%1</translation>
    </message>
</context>
</TS>
