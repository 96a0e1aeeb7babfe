using System.Text.RegularExpressions;
using Analytics.Etl.Normalizing;
using Analytics.Etl.Records;

namespace Analytics.Etl.Parsing;

/// <summary>
/// Reads the totals of a 部门决算: income, expenditure and carry-over from the 收入支出决算总表, the basic / project
/// split from the 支出决算表, personnel and public costs from the 基本支出 table, and 三公经费 from its table or prose.
/// </summary>
internal static partial class FinalAccountsParser
{
    [GeneratedRegex(@"三公.{0,3}经费[^。]*?支出决算数?为\s*(?<n>\d{1,3}(,\d{3})+(\.\d+)?|\d+(\.\d+)?)\s*(?<u>万元|元)")]
    private static partial Regex ThreePublicProse();

    [GeneratedRegex(@"无\s*.?三公.?\s*经费")]
    private static partial Regex NoThreePublic();

    [GeneratedRegex(@"(?<label>基本支出|项目支出)\s*(?<n>\d+(\.\d+)?)\s*万元")]
    private static partial Regex SplitProse();

    /// <param name="decidingLines">lines of other tables or passages whose values this record took (its 支出决算表 合计 row,
    /// 人员经费 / 公用经费 rows, the 三公经费 sentence), to be cited beside the table's own range</param>
    public static FinalAccounts Parse(IReadOnlyList<SourceLine> table, IReadOnlyList<SourceLine> document, out List<string> warnings, out IReadOnlyList<int> decidingLines)
    {
        warnings = [];
        var inYuan = ValueText.PrintedInYuan(table);
        var tableText = TextTools.RemoveWhiteSpace(string.Concat(table.Select(line => line.Text)));
        var hasRowNumbers = tableText.Contains("行次", StringComparison.Ordinal);
        decimal? Scale(decimal? value) => value is { } amount && inYuan ? amount / 10000m : value;

        var facts = DocumentWide(document, inYuan);
        decidingLines = facts.Lines;
        if (facts.ThreePublic is null)
        {
            warnings.Add("三公经费 total not stated");
        }

        Dictionary<string, decimal>? stated = null;
        decimal? Read(string label) => Scale(Labelled(table, label, hasRowNumbers))
            ?? ((stated ??= Stated(table)).TryGetValue(label, out var amount) ? amount : null);
        return new FinalAccounts
        {
            IncomeTotal = Read("本年收入合计"),
            ExpenditureTotal = Read("本年支出合计"),
            CarryoverBegin = Read("年初结转和结余"),
            CarryoverEnd = Read("年末结转和结余"),
            PersonnelExpenditure = facts.Personnel,
            PublicExpenditure = facts.Public,
            BasicExpenditure = facts.Basic,
            ProjectExpenditure = facts.Project,
            ThreePublicTotal = facts.ThreePublic,
        };
    }

    // "本年收入390.55万元" (其中本年收入, after 总收入 that holds the carry-over) is the 本年收入合计; "上年结转和结余" the one at
    // the year's start
    [GeneratedRegex(@"(?<label>本年收入(合计)?|本年支出(合计)?|(年初|上年)结转和?结余|年末结转和?结余)(为|是|共)?\s*(?<n>\d+(\.\d+)?)\s*(?<unit>万元|元)")]
    private static partial Regex StatedAmount();

    private static string CanonicalLabel(string label) =>
        label.StartsWith("本年收入", StringComparison.Ordinal) ? "本年收入合计"
        : label.StartsWith("本年支出", StringComparison.Ordinal) ? "本年支出合计"
        : label.StartsWith("年末", StringComparison.Ordinal) ? "年末结转和结余"
        : "年初结转和结余";

    /// <summary>Whether a text states a unit's final accounts in sentences: its year's totals or its 三公经费 决算.</summary>
    public static bool StatesAccounts(string text) =>
        StatedAmount().IsMatch(text) || ThreePublicStatements(text).Any();

    /// <summary>
    /// "本年收入合计126.35万元": a 决算情况说明 states the totals in sentences; read only where the label stands right
    /// before its amount and unit, and only the first time (a comparison with last year follows it). One pass over the
    /// table's text for every label, made only when a label is not found in the table's rows.
    /// </summary>
    private static Dictionary<string, decimal> Stated(IReadOnlyList<SourceLine> table)
    {
        var amounts = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (Match match in StatedAmount().Matches(string.Concat(table.Select(line => line.Text.Trim()))))
        {
            if (ValueText.ParseNumber(match.Groups["n"].Value) is { } amount)
            {
                amounts.TryAdd(CanonicalLabel(match.Groups["label"].Value), match.Groups["unit"].Value == "元" ? amount / 10000m : amount);
            }
        }

        return amounts;
    }

    /// <summary>What a document states once for all its final-accounts tables (the 支出决算表 split, personnel and public costs, 三公经费).</summary>
    private sealed record DocumentFacts(decimal? Basic, decimal? Project, decimal? Personnel, decimal? Public, decimal? ThreePublic, IReadOnlyList<int> Lines);

    /// <summary>
    /// Read once per document and unit, not once per table: a document holding a thousand tables was read a thousand
    /// times over, which made it quadratic.
    /// </summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<SourceLine>, System.Collections.Concurrent.ConcurrentDictionary<bool, DocumentFacts>> Facts = [];

    private static DocumentFacts DocumentWide(IReadOnlyList<SourceLine> document, bool inYuan) =>
        Facts.GetOrCreateValue(document).GetOrAdd(inYuan, yuan => ReadDocumentWide(document, yuan));

    private static DocumentFacts ReadDocumentWide(IReadOnlyList<SourceLine> document, bool inYuan)
    {
        var lines = new SortedSet<int>();
        var (basic, project, splitLine) = ExpenditureSplit(document, inYuan);
        if (splitLine is { } row)
        {
            lines.Add(row);
        }

        // the prose joined line by line; where each line starts in it, to cite the line a sentence came from
        var prose = new System.Text.StringBuilder();
        var starts = new List<int>(document.Count);
        foreach (var line in document)
        {
            starts.Add(prose.Length);
            prose.Append(line.Text.Trim());
        }

        var text = prose.ToString();
        int LineAt(int offset) => document[Math.Max(0, SortedSearch.FirstAtOrAfter(starts.Count, index => starts[index], offset + 1) - 1)].Number;

        if (basic is null && project is null)
        {
            foreach (Match match in SplitProse().Matches(text))
            {
                var value = ValueText.ParseNumber(match.Groups["n"].Value);
                if (match.Groups["label"].Value == "基本支出" ? basic is null : project is null)
                {
                    lines.Add(LineAt(match.Index));
                }

                if (match.Groups["label"].Value == "基本支出")
                {
                    basic ??= value;
                }
                else
                {
                    project ??= value;
                }
            }
        }

        decimal? threePublic = null;
        if (ThreePublicOfTheDocumentsYear(text) is { } three)
        {
            threePublic = three.Value;
            lines.Add(LineAt(three.Index));
        }
        else if (NoThreePublic().Match(text) is { Success: true } none)
        {
            threePublic = 0m;
            lines.Add(LineAt(none.Index));
        }

        return new DocumentFacts(
            basic,
            project,
            Labelled(document, "人员经费合计", rowNumbers: false, inYuan, lines) ?? Labelled(document, "人员经费", rowNumbers: false, inYuan, lines),
            Labelled(document, "公用经费合计", rowNumbers: false, inYuan, lines) ?? Labelled(document, "公用经费", rowNumbers: false, inYuan, lines),
            threePublic,
            [.. lines]);
    }

    [GeneratedRegex(@"(?<y>20\d{2})\s*年(?!\s*\d{1,2}\s*月)")]
    private static partial Regex YearWord();

    /// <summary>
    /// The first 三公经费 statement that is not about another year: "2022年“三公”经费…决算为3.46万元" in a report whose
    /// other sentences are about 2023 is last year's figure (or a slip), not this one's.
    /// </summary>
    private static (int Index, decimal Value)? ThreePublicOfTheDocumentsYear(string text)
    {
        var statements = ThreePublicStatements(text).ToList();
        if (statements.Count == 0)
        {
            return null;
        }

        var documentYear = YearWord().Matches(text).GroupBy(year => year.Groups["y"].Value, StringComparer.Ordinal)
            .OrderByDescending(group => group.Count()).Select(group => group.Key).FirstOrDefault();
        foreach (var (index, value, end) in statements)
        {
            var sentenceStart = text.LastIndexOf('。', Math.Max(0, index - 1)) + 1;
            var sentence = text[sentenceStart..end];
            // the year nearest before the amount is the one it is stated for (a title run into the sentence names another)
            var nearest = YearWord().Matches(sentence).LastOrDefault()?.Groups["y"].Value;
            if (documentYear is null || nearest is null || nearest == documentYear)
            {
                return (index, value);
            }
        }

        return null;
    }

    // "390,118.10元": thousands separators and amounts in 元 as a 三公 说明 may print them
    [GeneratedRegex(@"(?<![\d.,])(?<n>\d{1,3}(,\d{3})+(\.\d+)?|\d+(\.\d+)?)\s*(?<u>万元|元)")]
    private static partial Regex AmountWithUnit();

    private static decimal? InWan(Match amount) =>
        ValueText.ParseNumber(amount.Groups["n"].Value.Replace(",", string.Empty, StringComparison.Ordinal)) is { } value
            ? amount.Groups["u"].Value == "元" ? value / 10000m : value
            : null;

    /// <summary>Where the clause holding <paramref name="index"/> starts: after a comma, semicolon or colon that parts words, not digits.</summary>
    private static int ClauseStart(string text, int index)
    {
        for (var at = index - 1; at >= 0; at--)
        {
            var c = text[at];
            if (c is '，' or '；' or ';' or '。' or '：' or ':'
                || c == ',' && !(at > 0 && char.IsAsciiDigit(text[at - 1]) && at + 1 < text.Length && char.IsAsciiDigit(text[at + 1])))
            {
                return at + 1;
            }
        }

        return 0;
    }

    private static readonly string[] SpentWords = ["决算", "实际支出", "支出共计", "支出合计", "支出总额"];

    /// <summary>
    /// The 三公经费 totals a text states, in order: "…三公经费…支出决算为1.52万元" (a sentence that names the budget
    /// first), and any amount whose own clause names 三公 and what was spent but no budget ("2019年实际支出“三公经费”
    /// 决算为22.62万元", "“三公”经费支出共计9.07万元", "“三公”经费支出决算总额为 5.48 万元"). A clause naming one of its
    /// parts (公务接待费支出决算1.5万元) names no 三公 and is not read.
    /// </summary>
    private static IEnumerable<(int Index, decimal Value, int End)> ThreePublicStatements(string text)
    {
        if (!text.Contains("三公", StringComparison.Ordinal))
        {
            return [];
        }

        var found = new List<(int Index, decimal Value, int End)>();
        foreach (Match match in ThreePublicProse().Matches(text))
        {
            if (InWan(match) is { } value)
            {
                found.Add((match.Index, value, match.Index + match.Length));
            }
        }

        // "现将焦石镇2020年度“三公”经费决算情况公布如下：2020年度“三公”经费41万元，其中…": in a text about the 决算, the
        // amount right after the words 三公经费 is its total
        var aboutFinalAccounts = text.Contains("决算", StringComparison.Ordinal);
        foreach (Match match in AmountWithUnit().Matches(text))
        {
            var clause = text[ClauseStart(text, match.Index)..match.Index];
            // "一般公共预算财政拨款…" names the money's source, not a budget
            var spentClause = clause.Replace("一般公共预算", string.Empty, StringComparison.Ordinal);
            var statesSpent = spentClause.Length <= 60 && spentClause.Contains("三公", StringComparison.Ordinal) && !spentClause.Contains("预算", StringComparison.Ordinal)
                && SpentWords.Any(word => spentClause.Contains(word, StringComparison.Ordinal));
            var namesTotal = aboutFinalAccounts && clause.Length <= 40 && ThreePublicRightBefore().IsMatch(clause) && !clause.Contains("预算", StringComparison.Ordinal);
            if ((statesSpent || namesTotal) && !found.Any(statement => statement.Index <= match.Index && match.Index < statement.End) && InWan(match) is { } value)
            {
                found.Add((match.Index, value, match.Index + match.Length));
            }
        }

        return found.OrderBy(statement => statement.Index);
    }

    [GeneratedRegex(@"三公.{0,3}经费(支出)?(合计|共计|总额)?(为|是)?\s*$")]
    private static partial Regex ThreePublicRightBefore();

    /// <summary>The amount after a label in another table of the document, in 万元 by that table's own unit heading.</summary>
    private static decimal? Labelled(IReadOnlyList<SourceLine> lines, string label, bool rowNumbers, bool tableInYuan, SortedSet<int> cited)
    {
        var at = -1;
        var value = Labelled(lines, label, rowNumbers, ref at);
        if (value is not null)
        {
            cited.Add(lines[at].Number);
        }

        return value is { } amount && (ValueText.InYuanAbove(lines, at) ?? tableInYuan) ? amount / 10000m : value;
    }

    private static decimal? Labelled(IReadOnlyList<SourceLine> lines, string label, bool rowNumbers)
    {
        var at = -1;
        return Labelled(lines, label, rowNumbers, ref at);
    }

    private static bool IsRowNumber(string token) => token.Length <= 3 && token.All(char.IsAsciiDigit);

    /// <summary>The amount after a row label, skipping its 行次 number; it may sit on the next printed lines.</summary>
    private static decimal? Labelled(IReadOnlyList<SourceLine> lines, string label, bool rowNumbers, ref int found)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var tokens = LineTokenizer.Split(lines[i].Text);
            var at = tokens.FindIndex(token => TextTools.RemoveWhiteSpace(token) == label);
            if (at < 0)
            {
                continue;
            }

            var numbers = new List<string>();
            var stop = false;
            for (var j = i; j < lines.Count && j < i + 6 && !stop; j++)
            {
                var lineTokens = j == i ? tokens.Skip(at + 1).ToList() : LineTokenizer.Split(lines[j].Text);
                foreach (var token in lineTokens)
                {
                    if (ValueText.Classify(token) != ValueKind.PlainNumber)
                    {
                        stop = true;
                        break;
                    }

                    numbers.Add(token);
                }

                if (numbers.Count >= 2)
                {
                    break;
                }
            }

            if (numbers.Count == 0)
            {
                continue;
            }

            // "本年收入合计 27 使用非财政拨款结余 28 …": a table flattened with its amounts elsewhere leaves the row's 行次
            // alone after its label, which is no amount
            if (rowNumbers && numbers.Count == 1 && IsRowNumber(numbers[0]))
            {
                continue;
            }

            var skip = rowNumbers && numbers.Count >= 2 && !numbers[0].Contains('.', StringComparison.Ordinal) ? 1 : 0;
            found = i;
            return ValueText.ParseNumber(numbers[skip]);
        }

        return null;
    }

    private static (decimal? Basic, decimal? Project, int? Line) ExpenditureSplit(IReadOnlyList<SourceLine> document, bool tableInYuan)
    {
        var title = -1;
        for (var i = 0; i < document.Count; i++)
        {
            if (TextTools.RemoveWhiteSpace(document[i].Text) == "支出决算表")
            {
                title = i;
                break;
            }
        }

        if (title < 0)
        {
            return (null, null, null);
        }

        var header = new System.Text.StringBuilder();
        for (var i = title + 1; i < document.Count && i < title + 80; i++)
        {
            var tokens = LineTokenizer.Split(document[i].Text);
            if (tokens.Count > 1 && TextTools.RemoveWhiteSpace(tokens[0]) is "合计" or "总计")
            {
                var order = ScanExpenditureHeader(TextTools.RemoveWhiteSpace(header.ToString()));
                var yuan = ValueText.InYuanAbove(document, i) ?? tableInYuan;
                var numbers = tokens.Skip(1).Select(ValueText.ParseNumber).Select(value => yuan && value is { } amount ? amount / 10000m : value).ToList();
                decimal? At(string column) => order.IndexOf(column) is var index and >= 0 && index < numbers.Count ? numbers[index] : null;
                return (At("基本支出"), At("项目支出"), document[i].Number);
            }

            header.Append(document[i].Text);
        }

        return (null, null, null);
    }

    private static List<string> ScanExpenditureHeader(string header)
    {
        string[] words = ["本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出", "小计", "合计"];
        var found = new List<string>();
        var index = 0;
        while (index < header.Length)
        {
            var word = words.FirstOrDefault(candidate => string.CompareOrdinal(header, index, candidate, 0, candidate.Length) == 0);
            if (word is null)
            {
                index++;
                continue;
            }

            found.Add(word is "小计" or "合计" ? "本年支出合计" : word);
            index += word.Length;
        }

        return found;
    }
}
