using Analytics.Etl.Reading;
using Analytics.Generator.Formats;

namespace Analytics.Generator.Tests.Formats;

/// <summary>
/// The PDF writer prints with /usr/bin/chromium; scripts/test.sh installs it, so a missing Chromium fails here rather
/// than passing silently.
/// </summary>
public class PdfReportWriterTests
{
    private const string ChromiumPath = "/usr/bin/chromium";

    [Fact]
    public void Write_PrintsAReportThePdfReaderReadsBack_WhenChromiumIsInstalled()
    {
        Assert.True(File.Exists(ChromiumPath), $"Chromium is missing at {ChromiumPath}: run scripts/test.sh, which installs it");
        var folder = Path.Combine(Path.GetTempPath(), "pdf-writer-test-" + Guid.NewGuid().ToString("N")[..12]);
        var output = Path.Combine(folder, "report.pdf");
        const string Text = "项目支出绩效自评表\n\n项目名称\t某县医疗保障专项经费\n一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
            + "产出指标\t数量指标\t参保人数\t≥1000人\t1200人\t10\t10\n\n自评得分 95 分。\n";
        try
        {
            var failure = PdfReportWriter.Write([(Text, "某县 2022 年度绩效自评", output)], ChromiumPath);

            Assert.Null(failure);
            var document = SourceReader.Read(output);
            Assert.True(document.IsReadable, string.Join("; ", document.Issues.Select(issue => issue.Message)));
            var lines = document.Lines.Select(line => line.Text).Where(line => line.Length > 0).ToList();
            // one page: the running header (the title) is only told from text when it repeats, so it is read here
            Assert.Equal(
                [
                    "某县 2022 年度绩效自评",
                    "项目支出绩效自评表",
                    "项目名称\t某县医疗保障专项经费",
                    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
                    "产出指标\t数量指标\t参保人数\t≥1000人\t1200人\t10\t10",
                    "自评得分 95 分。",
                ],
                lines);
            Assert.All(document.Lines, line => Assert.Equal(1, line.Page));
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public void Write_KeepsEmptyRowsBlankLinesAndSimplifiedCharacters_WhenOneCellPerLine()
    {
        Assert.True(File.Exists(ChromiumPath), $"Chromium is missing at {ChromiumPath}: run scripts/test.sh, which installs it");
        var folder = Path.Combine(Path.GetTempPath(), "pdf-writer-test-" + Guid.NewGuid().ToString("N")[..12]);
        var output = Path.Combine(folder, "report.pdf");
        // 户 is drawn by Noto Sans CJK SC with the glyph of the radical ⼾, which would read back as 戶
        const string Text = "建档立卡贫困户\n\n\t\n\t指标名称\n\t贫困户参保率\n\n\t\n\t100\n";
        try
        {
            var failure = PdfReportWriter.Write([(Text, "报告", output)], ChromiumPath);

            Assert.Null(failure);
            var document = SourceReader.Read(output);
            Assert.True(document.IsReadable, string.Join("; ", document.Issues.Select(issue => issue.Message)));
            var lines = document.Lines.Select(line => line.Text).SkipWhile(line => line != "建档立卡贫困户").ToList();
            Assert.Equal(["建档立卡贫困户", "", "\t", "\t指标名称", "\t贫困户参保率", "", "\t", "\t100"], lines);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public void ToHtml_PutsTheFirstRowInTheadAndThePageNumberInTheFooter()
    {
        var html = PdfReportWriter.ToHtml("标题\n甲\t乙\n1\t2\n", "某县 <报告>");

        Assert.Contains("<thead><tr><th>甲</th><th>乙</th></tr></thead>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>1</td><td>2</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("counter(page)", html, StringComparison.Ordinal);
        Assert.Contains("<title>某县 &lt;报告&gt;</title>", html, StringComparison.Ordinal);
    }
}
