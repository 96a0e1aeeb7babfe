using System.Text.RegularExpressions;
using Analytics.Etl.Normalizing;

namespace Analytics.Etl.Segmenting;

/// <summary>
/// Where a self-evaluation form is, told by its labels rather than its title: the indicator header (三级指标 /
/// 指标名称 beside 指标值 and 完成值 or 得分), the money header (预算数 beside 执行数 or 执行率) and the 项目名称 /
/// 单位名称 fields. A label counts only as a short cell or token of its own: in prose the same words sit inside a
/// long sentence ("全年预算数为 100 万元，执行数为 98 万元"), which is no form.
/// </summary>
public static partial class FormEvidence
{
    private const int MaxLabelTokenLength = 12;

    /// <summary>Sentence punctuation and particles: a token holding one is a piece of prose, whatever words it has.</summary>
    private static readonly System.Buffers.SearchValues<char> ProseMarks = System.Buffers.SearchValues.Create("。，；为是的了");

    [GeneratedRegex(@"^[一二三]级指标?$|^指标名称$|^(绩效)?指标$|^三级$")]
    private static partial Regex IndicatorNameLabel();

    [GeneratedRegex(@"^(年度|年初|预期|全年)?(绩效)?(指标值|指标直|目标值|目标)$|^年度指标$")]
    private static partial Regex TargetLabel();

    [GeneratedRegex(@"^(实际|全年|年度)?(完成值|实际值|完成情况|实际完成值?|完成|实际达成值?|实际情况)$|^(实施|完成)进度$")]
    private static partial Regex ActualLabel();

    [GeneratedRegex(@"^(指标|自评)?得分$|^自?评分$")]
    private static partial Regex ScoreLabel();

    [GeneratedRegex(@"^(指标)?(分值|权重|标准分)$")]
    private static partial Regex WeightLabel();

    [GeneratedRegex(@"偏差原因|原因分析|改进措施|^备注$")]
    private static partial Regex NoteLabel();

    [GeneratedRegex(@"^(年初|全年|调整后|本年|年度|批复|项目)?(预算数|预算金额|预算资金|预算安排数?|预算)$|^项目资金|^资金投入|^预算执行情况")]
    private static partial Regex BudgetLabel();

    [GeneratedRegex(@"^(全年|实际|本年|年度|预算)?(执行数|执行率|执行金额|支出数|决算数|支出金额)$")]
    private static partial Regex ExecutionLabel();

    [GeneratedRegex(@"^(转移(支付)?[(（]?(项目)?[)）]?|项目|专项(资金)?|政策)名称[:：]?")]
    private static partial Regex ProjectLabel();

    [GeneratedRegex(@"^(主管部门|(一级|二级|基层)?(预算)?(部门|单位)名称|地方主管部门|主管单位|资金使用单位)[:：]?")]
    private static partial Regex UnitLabel();

    /// <summary>"全年预算数（A）", "执行率(%)": the parenthesis names the column's letter or unit, not the label.</summary>
    [GeneratedRegex(@"[(（][^()（）]{0,8}[)）]$")]
    private static partial Regex TrailingParenthesis();

    /// <summary>Every label holds one of these: most lines hold none and are passed over without a look at their cells.</summary>
    private static readonly System.Buffers.SearchValues<string> LabelWords = System.Buffers.SearchValues.Create(
        ["指", "级", "预算", "执行", "名称", "部门", "单位", "得分", "评分", "分值", "权重", "标准分", "完成", "目标", "实际", "偏差", "原因", "措施", "备注", "资金", "支出", "决算", "进度"],
        StringComparison.Ordinal);

    /// <summary>What the labels say about a stretch of lines.</summary>
    [Flags]
    public enum Labels
    {
        None = 0,
        IndicatorName = 1,
        Target = 2,
        Actual = 4,
        Score = 8,
        Weight = 16,
        Budget = 32,
        Execution = 64,
        Project = 128,
        Unit = 256,
        Note = 512,
    }

    /// <summary>The cells or tokens of a line, as far as labels go: tabs, pipes, runs of spaces and U+3000 separate.</summary>
    /// <remarks>
    /// Scanned by hand (a line is tokenized for every line of a document): a tab, pipe, U+3000 or space separates, and
    /// so does any white space in a run of two or more; tokens are trimmed and empty ones dropped.
    /// </remarks>
    public static List<string> Tokens(string line)
    {
        var tokens = new List<string>();
        for (var start = 0; NextToken(line, ref start, out var token);)
        {
            if (token.Length > 0)
            {
                tokens.Add(token.Length == line.Length ? line : token.ToString());
            }
        }

        return tokens;
    }

    /// <summary>The token from <paramref name="start"/> to the next separator, trimmed (maybe empty); false past the line's end.</summary>
    private static bool NextToken(string line, ref int start, out ReadOnlySpan<char> token)
    {
        if (start > line.Length)
        {
            token = default;
            return false;
        }

        var end = start;
        while (end < line.Length && !IsTokenSeparator(line, end))
        {
            end++;
        }

        token = line.AsSpan(start, end - start).Trim();
        start = end + 1;
        return true;
    }

    private static bool IsTokenSeparator(string line, int index)
    {
        var c = line[index];
        return c is '\t' or '|' or '｜' or '\u3000' or ' '
            || char.IsWhiteSpace(c) && (index > 0 && char.IsWhiteSpace(line[index - 1]) || index + 1 < line.Length && char.IsWhiteSpace(line[index + 1]));
    }

    /// <summary>The labels a line holds as cells of their own.</summary>
    public static Labels Of(string line)
    {
        var found = Labels.None;
        if (!line.AsSpan().ContainsAny(LabelWords))
        {
            return found;
        }

        // the tokens of Tokens(line), scanned in place: most are passed over before a string is made of them
        for (var start = 0; NextToken(line, ref start, out var raw);)
        {
            // labels hold no digit: values, the most common cells, are passed over at once; nor does a token without
            // a label word (white space inside it may part one: "预 算", so such tokens are cleaned first)
            if (raw.Length == 0 || raw.ContainsAnyInRange('0', '9')
                || !raw.ContainsAny(LabelWords) && !Parsing.TextTools.ContainsWhiteSpace(raw))
            {
                continue;
            }

            // "预算数:" beside its value: a label with its colon
            var token = Parsing.TextTools.RemoveWhiteSpace(raw.ToString()).TrimEnd(':', '：');
            if (token.EndsWith(')') || token.EndsWith('）'))
            {
                token = TrailingParenthesis().Replace(token, string.Empty);
            }

            if (token.AsSpan().IndexOfAny(ProseMarks) >= 0 || !token.AsSpan().ContainsAny(LabelWords))
            {
                continue;
            }

            if (token.Length > MaxLabelTokenLength)
            {
                // "全年预算数(A)全年执行数(B)预算执行率(B/A)": header cells whose borders were lost, labels and nothing else
                foreach (var label in GluedLabels(token))
                {
                    found |= Of(label);
                }

                continue;
            }

            found |= IndicatorNameLabel().IsMatch(token) ? Labels.IndicatorName : Labels.None;
            found |= TargetLabel().IsMatch(token) && !token.StartsWith("绩效目标", StringComparison.Ordinal) ? Labels.Target : Labels.None;
            found |= ActualLabel().IsMatch(token) ? Labels.Actual : Labels.None;
            found |= ScoreLabel().IsMatch(token) ? Labels.Score : Labels.None;
            found |= WeightLabel().IsMatch(token) ? Labels.Weight : Labels.None;
            found |= BudgetLabel().IsMatch(token) ? Labels.Budget : Labels.None;
            found |= ExecutionLabel().IsMatch(token) ? Labels.Execution : Labels.None;
            found |= ProjectLabel().IsMatch(token) ? Labels.Project : Labels.None;
            found |= UnitLabel().IsMatch(token) ? Labels.Unit : Labels.None;
            found |= NoteLabel().IsMatch(token) ? Labels.Note : Labels.None;
        }

        return found;
    }

    /// <summary>Header words as they are printed, longest first: a run of them with nothing else is a header.</summary>
    private static readonly string[] HeaderWords =
    [
        "未完成原因和改进措施", "偏差原因分析及改进措施", "全年实际完成值", "调整后预算数", "实际完成值", "年初预算数", "全年预算数", "全年执行数",
        "预算执行率", "年度指标值", "年初目标值", "一级指标", "二级指标", "三级指标", "指标名称", "偏差原因", "原因分析", "改进措施",
        "预算数", "执行数", "执行率", "指标值", "目标值", "完成值", "实际值", "指标得分", "得分", "分值", "权重",
    ];

    /// <summary>The labels a token is made of, when it is made of nothing else (empty otherwise).</summary>
    private static List<string> GluedLabels(string token)
    {
        var text = Parsing.TextTools.RemoveParentheticals(token);
        var labels = new List<string>();
        for (var at = 0; at < text.Length;)
        {
            if (HeaderWords.FirstOrDefault(word => text.AsSpan(at).StartsWith(word, StringComparison.Ordinal)) is not { } word)
            {
                return [];
            }

            labels.Add(word);
            at += word.Length;
        }

        return labels.Count >= 2 ? labels : [];
    }

    /// <summary>An indicator header: a name column beside a target or an actual column.</summary>
    public static bool IsIndicatorHeader(Labels labels) =>
        labels.HasFlag(Labels.IndicatorName) && (labels & (Labels.Target | Labels.Actual)) != 0;

    /// <summary>A form that states results: actuals, scores or money spent. A 绩效目标表 states targets only.</summary>
    public static bool StatesResults(Labels labels) => (labels & (Labels.Actual | Labels.Score | Labels.Execution)) != 0;

    /// <summary>A money header: a budget column beside an execution column.</summary>
    public static bool IsBudgetHeader(Labels labels) => labels.HasFlag(Labels.Budget) && labels.HasFlag(Labels.Execution);
}

/// <summary>The labels of a document's lines, each line read once (the segmenter asks about a line many times).</summary>
public sealed class LineLabels(IReadOnlyList<SourceLine> lines)
{
    /// <summary>Lines of a header may be one cell per line: the labels of one header are looked for this far.</summary>
    private const int HeaderWindow = 14;

    private readonly FormEvidence.Labels?[] labels = new FormEvidence.Labels?[lines.Count];

    public IReadOnlyList<SourceLine> Lines => lines;

    public FormEvidence.Labels this[int index] => labels[index] ??= FormEvidence.Of(lines[index].Text);

    /// <summary>
    /// The labels of the header that starts at <paramref name="index"/>, read over the next few non-blank lines (a
    /// header printed one cell per line); empty when the line itself holds no label.
    /// </summary>
    public FormEvidence.Labels HeaderAt(int index)
    {
        var found = this[index];
        if (found == FormEvidence.Labels.None)
        {
            return found;
        }

        var seen = 1;
        for (var i = index + 1; i < lines.Count && seen < HeaderWindow; i++)
        {
            if (lines[i].IsBlank)
            {
                continue;
            }

            var more = this[i];
            if (more == FormEvidence.Labels.None)
            {
                break;
            }

            found |= more;
            seen++;
        }

        return found;
    }

    /// <summary>A self-evaluation's evidence between two lines: every header's labels.</summary>
    public FormEvidence.Labels Within(int start, int end)
    {
        var found = FormEvidence.Labels.None;
        for (var i = start; i <= end && i < lines.Count; i++)
        {
            found |= this[i];
        }

        return found;
    }
}
