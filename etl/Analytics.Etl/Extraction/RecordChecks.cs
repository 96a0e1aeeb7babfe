using System.Globalization;
using Analytics.Etl.Records;

namespace Analytics.Etl.Extraction;

/// <summary>
/// The checks every value must pass whatever layout it was read from. A value that fails them is a misreading (a
/// shifted cell, a weight read from an amount column, amounts left in 元), not a fact about the county: it becomes
/// null with a warning, since an analyst can see a gap but not a wrong number. A score above its weight passes: that
/// is the county's own claim, which the analyses are there to show.
/// </summary>
public static partial class RecordChecks
{
    /// <summary>A weight or score is points out of a table of 100.</summary>
    private const decimal MaxPoints = 100m;

    /// <summary>Some rule sets add bonus points; a total above this is no total.</summary>
    private const decimal MaxTotal = 110m;

    /// <summary>Rates are fractions; 500 % is no execution rate but a misread amount or weight.</summary>
    private const decimal MaxRate = 5m;

    private const decimal MaxAmount = Parsing.ValueText.MaxAmount;

    /// <summary>A stated rate this far (in fraction) from every ratio of the amounts was read from another cell.</summary>
    private const decimal RateDisagreement = 0.2m;

    public static EvaluationRecord Apply(EvaluationRecord record)
    {
        var warnings = new List<string>();
        var budget = CheckBudget(record.Budget, warnings);
        var execution = CheckExecution(record.Execution, budget, warnings);
        var total = Bounded(record.TotalScoreReported, 0, MaxTotal, "total_score_reported", warnings);
        var unit = Name(record.Unit.Name, "unit.name", MaxUnitLength, isUnit: true, warnings);
        var implementing = Name(record.ImplementingUnit, "implementing_unit", MaxUnitLength, isUnit: true, warnings);
        var project = NotALabel(Name(record.Project, "project", MaxProjectLength, isUnit: false, warnings), warnings);
        // the execution rate's points are not the indicators': one indicator cannot carry more than the rest of the table
        var indicatorPoints = execution.Weight is > 0 and < MaxPoints ? MaxPoints - execution.Weight.Value : MaxPoints;
        var indicators = record.Indicators.Select(indicator => CheckIndicator(indicator, indicatorPoints, warnings))
            .Where(indicator => IsIndicatorName(indicator, warnings)).ToList();
        indicators = TrustedRows(record, indicators, warnings);
        indicators = WithoutGroupPoints(indicators, warnings);
        if (warnings.Count == 0)
        {
            return record;
        }

        return record with
        {
            Unit = unit == record.Unit.Name ? record.Unit : new UnitRef(unit, null, null),
            ImplementingUnit = implementing,
            Project = project,
            Budget = budget,
            Execution = execution,
            TotalScoreReported = total,
            Indicators = indicators,
            Warnings = [.. record.Warnings, .. warnings],
        };
    }

    private static Budget CheckBudget(Budget budget, List<string> warnings) => new(
        Bounded(budget.Initial, 0, MaxAmount, "budget.initial", warnings),
        Bounded(budget.Adjusted, 0, MaxAmount, "budget.adjusted", warnings),
        Bounded(budget.Executed, 0, MaxAmount, "budget.executed", warnings));

    private static Execution CheckExecution(Execution execution, Budget budget, List<string> warnings)
    {
        var weight = Bounded(execution.Weight, 0, MaxPoints, "execution.weight", warnings);
        var score = Bounded(execution.ScoreReported, 0, MaxPoints, "execution.score_reported", warnings);
        var rate = Bounded(execution.RateReported, 0, MaxRate, "execution.rate_reported", warnings);
        if (rate is { } stated && Ratios(budget).ToList() is { Count: > 0 } ratios && ratios.All(ratio => Math.Abs(ratio - stated) > RateDisagreement))
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"execution.rate_reported {stated:0.####} disagrees with the amounts ({string.Join(" / ", ratios.Select(ratio => ratio.ToString("0.####", CultureInfo.InvariantCulture)))}); left null"));
            rate = null;
        }

        return new Execution(rate, weight, score);
    }

    /// <summary>Executed over the adjusted and over the initial budget: a stated rate is one of them.</summary>
    private static IEnumerable<decimal> Ratios(Budget budget)
    {
        if (budget.Executed is not { } executed)
        {
            yield break;
        }

        foreach (var basis in new[] { budget.Adjusted, budget.Initial })
        {
            if (basis is > 0)
            {
                yield return executed / basis.Value;
            }
        }
    }

    /// <summary>
    /// An indicator's name is words: a number, a value ("≥735人次"), a column header ("指标值") or a run of cells glued
    /// with their values is what a row shifted by a cell leaves in the name column, and such a row is no indicator.
    /// </summary>
    private static bool IsIndicatorName(IndicatorRow indicator, List<string> warnings)
    {
        // words are judged on the simplified copy; the record keeps the document's script
        var text = Units.ChineseScript.ToSimplified(indicator.Name.Trim());
        var isName = text.Any(c => Parsing.TextTools.IsCjk(c) || char.IsLetter(c))
            && Parsing.ValueText.Classify(text) == Parsing.ValueKind.Text
            // "公猪舍(≥**平方米)", "参保率(%)": a sign in parentheses is the name's own note on its measure
            && Parsing.TextTools.RemoveParentheticals(text).AsSpan().IndexOfAny(ValueSigns) < 0
            && (Segmenting.FormEvidence.Of(text) & ColumnHeaders) == 0
            // a heading word names an indicator only on a row that gives it points ("经济效益指标 41万元 96万元 12.8 12.8")
            && !(Parsing.IndicatorLevels.IsHeadingOrItsStart(text) && (indicator.Weight is null && indicator.ScoreReported is null || Parsing.IndicatorLevels.HasPoints(text)))
            && !IsMadeOfHeaderWords(Parsing.TextTools.RemoveWhiteSpace(text))
            // "有效", "农村": two characters are the tail of a wrapped cell, not an indicator's name
            && Parsing.TextTools.RemoveWhiteSpace(text).Length >= MinNameLength
            // "…按程序申报调整建设内容,并于11月10日经生态环境部审核同意。…": a note's sentences, not a name
            && !(text.Contains('。', StringComparison.Ordinal) && Parsing.TextTools.RemoveWhiteSpace(text).Length > MaxSentenceNameLength)
            // "时效指标养护任务完成时限2022年12月底2022年12月底": a heading and values run into the name, no value read
            && !(StatesNoValue(indicator) && Parsing.IndicatorLevels.LeadingHeading(text) is { } heading && heading.Length < text.Length)
            // "无满意度指标服务对象满意度指标参训人员满意度": the note of the row above, then this row's headings, run into its name
            && !Parsing.IndicatorLevels.HasHeadingInside(text);
        // "围绕绩效目标，从…进行评价。": a sentence on a line of its own, with no value beside it, is the prose after the
        // table, not a row that misfit its columns
        if (isName && StatesNoValue(indicator) && IsSentence(text))
        {
            warnings.Add($"indicator row \"{Shown(text)}\" is a sentence with no value beside it (prose after the table); not an indicator");
            return false;
        }

        // "其他需要说明事项 | 无 | 总分 | 100 | 99.88": the form's closing rows are labelled by the form, not by an indicator
        if (isName && FormRowLabel().IsMatch(Parsing.TextTools.RemoveWhiteSpace(text)))
        {
            warnings.Add($"indicator row named \"{Shown(text)}\" is a row of the form (its notes or its total); not an indicator");
            return false;
        }

        if (!isName)
        {
            warnings.Add($"indicator row named \"{Shown(text)}\" {DroppedRow} (a shifted row)");
        }

        return isName;
    }

    private static bool StatesNoValue(IndicatorRow indicator) =>
        indicator is { TargetText: null, ActualText: null, Weight: null, ScoreReported: null, UnitText: null, DirectionText: null };

    private static bool IsSentence(string text) =>
        text.EndsWith('。') || text.AsSpan().IndexOfAny(ClauseMarks) >= 0 && Parsing.TextTools.RemoveWhiteSpace(text).Length > 15;

    private static readonly System.Buffers.SearchValues<char> ClauseMarks = System.Buffers.SearchValues.Create("，,；;。");

    [System.Text.RegularExpressions.GeneratedRegex(@"^(其他需要说明(的)?(事项|问题|情况)|偏差原因分析及改进措施|(自评)?总分|合计)$")]
    private static partial System.Text.RegularExpressions.Regex FormRowLabel();

    /// <summary>
    /// "数量指标 | 一个存储备份器 | 25TB | 25TB | 10" then "WIFI布点全覆盖 | 100%覆盖 | 100%覆盖 |": where only the first row
    /// of a 二级 group carries points and the rest of the group, whose values were read, none, the points cell was merged
    /// over the group and is the group's, not the first indicator's: left null on it.
    /// </summary>
    private static List<IndicatorRow> WithoutGroupPoints(List<IndicatorRow> rows, List<string> warnings)
    {
        List<IndicatorRow>? result = null;
        for (var start = 0; start < rows.Count;)
        {
            var end = start + 1;
            while (end < rows.Count && rows[end].Level2 is { } level2 && level2 == rows[start].Level2 && rows[end].Level1 == rows[start].Level1)
            {
                end++;
            }

            var group = rows.Skip(start).Take(end - start).ToList();
            if (rows[start].Level2 is not null && group.Count >= 2 && group.Skip(1).All(row => row.Weight is null && row.ScoreReported is null && (row.TargetText ?? row.ActualText) is not null)
                && (group[0].Weight ?? group[0].ScoreReported) is not null)
            {
                result ??= [.. rows];
                result[start] = group[0] with { Weight = null, ScoreReported = null };
                warnings.Add($"indicator {group[0].Name}: its points stand for a merged group of {group.Count} rows ({group[0].Level2}); left null");
            }

            start = end;
        }

        return result ?? rows;
    }

    /// <summary>
    /// Rows that did not fit the header (cells left over, cells joined into a name, rows dropped above) outnumbering the
    /// rows that did: the table's columns were not understood, and the rows that seemed to fit are as likely shifted.
    /// </summary>
    private static List<IndicatorRow> TrustedRows(EvaluationRecord record, List<IndicatorRow> kept, List<string> warnings)
    {
        var misfits = warnings.Count(IsDroppedRow)
            + record.Warnings.Count(warning => warning.Contains(Parsing.IndicatorAssembler.LeftOverCells, StringComparison.Ordinal)
                || warning.Contains(Parsing.IndicatorAssembler.JoinedToName, StringComparison.Ordinal));
        if (kept.Count == 0 || misfits < MinMisfits || misfits <= kept.Count)
        {
            return kept;
        }

        warnings.Add($"indicator table not read: {misfits} of its rows did not fit its columns, against {kept.Count} that seemed to; its {kept.Count} indicator(s) left out");
        return [];
    }

    private const int MinMisfits = 3;

    private const int MinNameLength = 3;

    /// <summary>No indicator name in the gold, the seeds or the twins holds a full stop; a short one may end a label.</summary>
    private const int MaxSentenceNameLength = 30;

    private const string DroppedRow = "dropped: a value or a header, not an indicator's name";

    private static bool IsDroppedRow(string warning) => warning.Contains(DroppedRow, StringComparison.Ordinal);

    /// <summary>The words of an indicator header; a name made of nothing else, or the start of one, is a header cell.</summary>
    private static readonly string[] HeaderWords =
    [
        "偏差原因分析及改进措施", "偏差原因", "原因分析", "改进措施", "一级指标", "二级指标", "三级指标", "年度指标值", "年初目标值", "实际完成值",
        "全年完成值", "指标值", "完成值", "目标值", "度量单位", "计量单位", "指标性质", "分值", "得分", "权重", "年度", "实际", "全年", "指标", "及",
    ];

    private static bool IsMadeOfHeaderWords(string name)
    {
        if (HeaderWords.Any(word => word.StartsWith(name, StringComparison.Ordinal)))
        {
            return true;
        }

        var rest = name;
        foreach (var word in HeaderWords)
        {
            rest = rest.Replace(word, string.Empty, StringComparison.Ordinal);
        }

        return rest.Length == 0;
    }

    private static readonly System.Buffers.SearchValues<char> ValueSigns = System.Buffers.SearchValues.Create("≥≤≧≦|％%");

    private const Segmenting.FormEvidence.Labels ColumnHeaders = Segmenting.FormEvidence.Labels.IndicatorName | Segmenting.FormEvidence.Labels.Target
        | Segmenting.FormEvidence.Labels.Actual | Segmenting.FormEvidence.Labels.Score | Segmenting.FormEvidence.Labels.Weight;

    private static IndicatorRow CheckIndicator(IndicatorRow indicator, decimal maxPoints, List<string> warnings)
    {
        var weight = Bounded(indicator.Weight, 0, maxPoints, new Field(indicator.Name, "weight"), warnings);
        var score = Bounded(indicator.ScoreReported, 0, maxPoints, new Field(indicator.Name, "score"), warnings);
        var level1 = Heading(indicator.Level1, new Field(indicator.Name, "level1"), warnings);
        var level2 = Heading(indicator.Level2, new Field(indicator.Name, "level2"), warnings);
        var target = ValueText(indicator.TargetText, new Field(indicator.Name, "target"), warnings);
        var actual = ValueText(indicator.ActualText, new Field(indicator.Name, "actual"), warnings);
        return weight == indicator.Weight && score == indicator.ScoreReported && level1 == indicator.Level1 && level2 == indicator.Level2
            && target == indicator.TargetText && actual == indicator.ActualText
            ? indicator
            : indicator with { Weight = weight, ScoreReported = score, Level1 = level1, Level2 = level2, TargetText = target, ActualText = actual };
    }

    /// <summary>
    /// A 一级 or 二级 heading is a heading word ("产出指标", "时效性指标", "项目决策"); a cell of the row, a value or
    /// a cut-off word ("指标值", "服务对象满") in its place is a misread column.
    /// </summary>
    /// <summary>
    /// A field a warning names: a record's ("budget.initial") or an indicator's ("indicator \"…\": weight"), its text
    /// made only when a warning is written (every indicator is checked, few are warned about).
    /// </summary>
    private readonly struct Field
    {
        private readonly string? indicatorName;
        private readonly string name;

        public Field(string indicatorName, string name) => (this.indicatorName, this.name) = (indicatorName, name);

        private Field(string name) => (indicatorName, this.name) = (null, name);

        public static implicit operator Field(string name) => new(name);

        public override string ToString() => indicatorName is null ? name : $"indicator {Shown(indicatorName)}: {name}";
    }

    private static string? Heading(string? heading, Field field, List<string> warnings)
    {
        if (heading is null || IsHeadingWord(heading))
        {
            return heading;
        }

        warnings.Add($"{field} \"{Shown(heading)}\" is no heading; left null");
        return null;
    }

    private static bool IsHeadingWord(string heading)
    {
        // a heading word is a few characters with perhaps "(20分)" beside it: a long cell is none, and cleaning it for
        // every row it was carried down to cost the rows times its length
        if (heading.Length > 64)
        {
            return false;
        }

        var text = Parsing.IndicatorLevels.Clean(Units.ChineseScript.ToSimplified(heading));
        if (text.Length is 0 or > 16 || !text.All(Parsing.TextTools.IsCjk))
        {
            return false;
        }

        return Parsing.IndicatorLevels.LevelOf(text) is not null
            || (text.Length <= 8 && HeadingEndings.Any(ending => text.EndsWith(ending, StringComparison.Ordinal)) && !text.StartsWith("指标", StringComparison.Ordinal));
    }

    /// <summary>A value as a warning quotes it: a runaway cell is cut, or each row's warning would hold all of it.</summary>
    private static string Shown(string? text) =>
        text is null ? string.Empty : text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), $"…({text.Length} characters)");

    /// <summary>The ends of 一级 and 二级 words outside the national list ("项目决策", "项目管理", "社会效益", "满意度").</summary>
    private static readonly string[] HeadingEndings = ["指标", "决策", "过程", "管理", "产出", "效益", "效果", "满意度", "影响"];

    /// <summary>A target or actual is words, a number or a mark of none ("无", "/"): a lone sign is a cell cut apart.</summary>
    private static string? ValueText(string? text, Field field, List<string> warnings)
    {
        // "次", "万元": the 度量单位 cell in the value's place, a row shifted by a cell
        if (text is not null && MeasureWordOnly().IsMatch(text.Trim()))
        {
            warnings.Add($"{field} \"{Shown(text)}\" is a measure word, not a value (a shifted cell); left null");
            return null;
        }

        if (text is null || ContainsLetterOrDigit(text) || text.Trim() is "/" or "-" or "—" or "——" or "无" or "")
        {
            return text;
        }

        warnings.Add($"{field} \"{Shown(text)}\" holds no value; left null");
        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(次|人次|个|人|户|家|项|件|场|期|批|篇|所|座|台|辆|套|亩|天|日|月|年|公里|千米|米|平方米|立方米|吨|万元|元|%|％)$")]
    private static partial System.Text.RegularExpressions.Regex MeasureWordOnly();

    private static bool ContainsLetterOrDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private const int MaxUnitLength = 40;

    /// <summary>"…基本情况1.项目年度目标…", "…局年度预算申请(万元)": a unit's name with a heading or a label read on after it.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\d\s*[.、．]\D|基本情况|完成情况|目标完成|[(（]万元[)）]|预算")]
    private static partial System.Text.RegularExpressions.Regex SectionText();

    /// <summary>"单位：万元" read as a unit's label: the name is a money unit, the table's, not a county unit's.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^[(（]?(金额)?(单位)?[:：]?(人民币)?(万元|元|千元|亿元|%)[)）]?$")]
    private static partial System.Text.RegularExpressions.Regex MoneyUnitOnly();

    private const int MaxProjectLength = 80;

    /// <summary>A name is one cell: sentence punctuation or a run past any real name is the next cells read into it.</summary>
    private static string? Name(string? name, string field, int maxLength, bool isUnit, List<string> warnings)
    {
        if (isUnit && name is not null && MoneyUnitOnly().IsMatch(Units.ChineseScript.ToSimplified(Parsing.TextTools.RemoveWhiteSpace(name))))
        {
            warnings.Add($"{field} \"{Shown(name)}\" is the amounts' unit (单位：万元), not a unit's name; left null");
            return null;
        }

        if (name is null || (name.Length <= maxLength && name.AsSpan().IndexOfAny(SentenceMarks) < 0 && !(isUnit && SectionText().IsMatch(Units.ChineseScript.ToSimplified(name)))))
        {
            return name;
        }

        warnings.Add($"{field} \"{Shown(name)}\" runs into the text after it; left null");
        return null;
    }

    /// <summary>The label cells of a form ("备注", "合计"): read as a project's name, they are the cell beside the name.</summary>
    private static readonly HashSet<string> LabelCells = new(StringComparer.Ordinal)
    {
        "备注", "合计", "总计", "小计", "说明", "名称", "项目名称", "其他", "附件", "无", "填报说明",
    };

    /// <summary>Field labels whose start, cut where the cell wrapped ("项目主管单" / "位"), is read as the name beside it.</summary>
    private static readonly string[] FieldLabels = ["项目主管单位", "项目实施单位", "项目主管部门", "主管部门", "实施单位", "项目负责人", "项目名称", "预算单位", "主管单位"];

    private static string? NotALabel(string? project, List<string> warnings)
    {
        var text = project is null ? string.Empty : Parsing.TextTools.RemoveWhiteSpace(Units.ChineseScript.ToSimplified(project)).TrimEnd(':', '：');
        if (project is null || !(LabelCells.Contains(text) || (text.Length >= 4 && FieldLabels.Any(label => label.StartsWith(text, StringComparison.Ordinal)))))
        {
            return project;
        }

        warnings.Add($"project \"{Shown(project)}\" is a label of the form, not a name; left null");
        return null;
    }

    /// <summary>
    /// A project's table with no project, no money, no execution, no indicators and no final accounts (a department's: and
    /// no unit or county) is a fragment of a table (a total row, a signature block): nothing in it can be compared, and
    /// its one number is as likely a sum of weights. A report is kept with what it states.
    /// </summary>
    public static bool HasSubstance(EvaluationRecord record) =>
        record.Origin == RecordOrigins.Report || record.Project is not null || (record.Kind != RecordKinds.ProjectSelfEval && (record.Unit.Name ?? record.Unit.County) is not null) || record.FinalAccounts is not null || record.Indicators.Count > 0
        || record.Budget.Initial is not null || record.Budget.Adjusted is not null || record.Budget.Executed is not null
        || record.Execution.RateReported is not null || record.Execution.ScoreReported is not null;

    private static readonly System.Buffers.SearchValues<char> SentenceMarks = System.Buffers.SearchValues.Create("。，；！？");

    private static decimal? Bounded(decimal? value, decimal min, decimal max, Field field, List<string> warnings)
    {
        if (value is not { } number || (number >= min && number <= max))
        {
            return value;
        }

        warnings.Add(string.Create(CultureInfo.InvariantCulture, $"{field} {number} is outside {min}–{max}; left null"));
        return null;
    }
}
