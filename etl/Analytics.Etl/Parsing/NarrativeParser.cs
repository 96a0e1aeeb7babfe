using System.Text.RegularExpressions;
using Analytics.Etl.Normalizing;
using Analytics.Etl.Records;

namespace Analytics.Etl.Parsing;

/// <summary>What a prose report says about money and score: "预算数为 X 万元，执行数为 Y 万元，执行率 Z%", "自评分 98 分".</summary>
/// <param name="Project">the project named by the title, or else by the one fund the text says was allocated ("下达2022年
/// 湖南省文化和旅游专项资金20万元")</param>
internal sealed record NarrativeReading(Budget Budget, decimal? Rate, decimal? TotalScore, int? MoneyLine, string? Project);

/// <summary>Reads amounts from report prose, sentence by sentence, pairing a budget with the execution stated beside it.</summary>
internal static partial class NarrativeParser
{
    // (?<![\d.,]): a match starts where a number starts, so a long run of digits is tried once, not from each digit
    [GeneratedRegex(@"(?<![\d.,])(?<n>\d{1,3}(,\d{3})+(\.\d+)?|\d+(\.\d+)?)\s*(?<u>万元|亿元|元)(?![/每])")]
    private static partial Regex Amount();

    // "支付完成率为94.91%": the share of the money paid out, which is what was spent
    [GeneratedRegex(@"(执行率|支付完成率|资金支付率)\s*(为|是|达到|达)?\s*(?<n>\d+(\.\d+)?)\s*[%％]")]
    private static partial Regex Rate();

    // "自评得分为96分", and "自评得分为99.77,绩效自评等级为…" where the clause ends at the number
    [GeneratedRegex(@"(自评分|自评得分|自评总分|最终得分|评价得分|综合得分|总得分|评分结果)\s*((为|是|:|：)?\s*(?<n>\d+(\.\d+)?)\s*分|(为|是|:|：)\s*(?<n>\d{1,3}(\.\d+)?)(?=\s*([,，。;；]|$)))")]
    private static partial Regex Score();

    // money passed on (拨付), received or carried over is neither a budget nor spending: such a clause is not read;
    // money that arrived (到位) stands for spending only where all of its budget arrived, stated in one sentence
    // ("到位金额为 X，预算金额为 X", as the seeds' gold reads it); part of it arrived says nothing of what was spent
    // a project's 总投资 (its whole cost as approved) is its budget; what it 实际使用 is what it spent
    private static readonly string[] ExecutedWords = ["执行数", "实际支出", "实际执行", "决算数", "支出", "执行", "已支付", "实际支付", "实际使用", "已使用"];
    private static readonly string[] BudgetWords = ["预算数", "预算资金", "预算金额", "预算", "计划投入", "拨款", "金额合计", "合计", "资金总额", "资金共计", "下达", "安排", "批复", "共投入", "总投资"];
    // 基本支出 is the budget's basic part (salaries, running costs), never what a project spent
    private static readonly string[] NeitherWords = ["拨付", "收到", "结余", "结转", "收入", "基本支出"];

    // money due to be spent or to arrive (应执行数, 应支出, 应到位) is the budget the spending is measured against
    private static readonly string[] DueWords = ["应执行", "应支出", "应拨付", "应到位", "应支付"];

    // "福利彩票公益金支出项目276.42万元": an item's name, which holds 支出, says nothing of what was spent
    private static string? RoleOf(string clause) =>
        clause.Contains("支出项目", StringComparison.Ordinal) ? RoleOf(clause.Replace("支出项目", "项目", StringComparison.Ordinal))
        : DueWords.Any(word => clause.Contains(word, StringComparison.Ordinal)) ? "budget"
        : IsAllocationReceived(clause) ? "budget"
        // "实际拨付支出375.2万元": what was passed on and spent is spending
        : clause.Contains("拨付支出", StringComparison.Ordinal) ? "executed"
        : NeitherWords.Any(word => clause.Contains(word, StringComparison.Ordinal)) ? null
        : clause.Contains("到位", StringComparison.Ordinal) ? "arrived"
        : (ExecutedWords.Any(word => clause.Contains(word, StringComparison.Ordinal)) || IsPaidOut(clause)) && !clause.Contains("预算", StringComparison.Ordinal) ? "executed"
        : BudgetWords.Any(word => clause.Contains(word, StringComparison.Ordinal)) ? "budget"
        : null;

    // "收到…下达…转移支付预算共计50万元": the allocation received is the budget (money received as income is not)
    private static bool IsAllocationReceived(string clause) =>
        clause.Contains("收到", StringComparison.Ordinal) && clause.Contains("预算", StringComparison.Ordinal)
        && clause.Contains("下达", StringComparison.Ordinal) && !clause.Contains("收入", StringComparison.Ordinal);

    // "目前共支付资金 X 万元": money paid out is money spent; a 转移支付 is a kind of allocation, not a payment.
    // "全年共发放 X 万元": a subsidy handed out is spent, unless the clause allocates it ("安排…用于发放")
    private static bool IsPaidOut(string clause) =>
        clause.Contains("支付", StringComparison.Ordinal) && clause.Replace("转移支付", string.Empty, StringComparison.Ordinal).Contains("支付", StringComparison.Ordinal)
        || clause.Contains("发放", StringComparison.Ordinal) && !AllocationWords.Any(word => clause.Contains(word, StringComparison.Ordinal));

    private static readonly string[] AllocationWords = ["安排", "下达", "批复", "用于", "预算"];

    private static bool IsBareTotal(string clause) => clause.Trim() is "共计" or "合计" or "总计" or "计" or "共";

    /// <summary>
    /// Where the clause of an amount starts: after the last comma, colon or full stop, or after a numbered heading glued
    /// into the prose ("三、预算支出组织实施情况我校…", "一、基本概况2023年…"), whose words are not the clause's.
    /// </summary>
    private static int ClauseStart(string prose, int index, int sentenceStart)
    {
        // a clause is looked for within MaxClauseChars before the amount: text with no punctuation for longer is no
        // sentence of a report, and an unbounded look back made such text quadratic
        var from = Math.Max(sentenceStart, index - MaxClauseChars);
        var start = index - 1 < from ? from : Math.Max(prose.LastIndexOfAny(['，', '；', ',', ';', '：', ':', '。'], index - 1, index - from) + 1, from);
        var heading = HeadingMark().Matches(prose[start..index]).LastOrDefault();
        start = heading is null ? start : start + heading.Index + heading.Length;

        // "全年共发放3957.55万元(当年资金3904.82万元": an amount inside a parenthesis still open is a part the
        // parenthesis names, not the clause before it ("预算资金(含追加)500万元" closes its parenthesis and keeps it)
        var open = prose.AsSpan(start, index - start).LastIndexOfAny('(', '（');
        return open >= 0 && prose.AsSpan(start + open, index - start - open).IndexOfAny(')', '）') < 0 ? start + open + 1 : start;
    }

    [GeneratedRegex(@"[一二三四五六七八九十]{1,3}、([^，,；;。]{0,14}?(情况|概况|概述))?|[(（][一二三四五六七八九十]{1,3}[)）]([^，,；;。]{0,14}?(情况|概况|概述))?")]
    private static partial Regex HeadingMark();

    private const int MaxClauseChars = 400;

    /// <summary>A numbered line this short is a heading, whose words are no clause of the amount after it.</summary>
    private const int MaxHeadingChars = 30;

    /// <summary>
    /// A report states its money in a few dozen amounts; past this many the text is no report's prose (a repeated or
    /// generated block), and pairing them would cost the square of their number: such text gives no money.
    /// </summary>
    private const int MaxMentions = 2_000;

    private sealed record Mention(decimal Value, string Role, int Sentence, int Position, int Line, bool Initial, bool InitialClause = false, bool AdjustedClause = false, bool BudgetClause = false, bool NamesProject = false, bool NamesLevel = false, bool TotalClause = false);

    /// <summary>"下达安远县2023年农村饮水安全维修养护资金386万元": an allocation names its fund after the year.</summary>
    [GeneratedRegex(@"下达(?<place>[^，,。；;]{0,12}?)20\d{2}\s*年度?(?<name>[^，,。；;、：:\d《》“”]{2,30}?(资金|经费))\s*\d")]
    private static partial Regex AllocatedFund();

    private static readonly string[] NotAFundName = ["下达", "安排", "拨付", "财政", "情况"];

    /// <summary>The fund the text says was allocated, where it names one only ("下达预算情况2023年县财政下达资金" names none).</summary>
    private static string? FundNamed(string prose)
    {
        var names = AllocatedFund().Matches(prose)
            .Where(match => !NotAFundName.Any(word => match.Groups["place"].Value.Contains(word, StringComparison.Ordinal) || match.Groups["name"].Value.Contains(word, StringComparison.Ordinal)))
            .Select(match => match.Groups["name"].Value).Distinct(StringComparer.Ordinal).Take(2).ToList();
        return names is [var name] ? name : null;
    }

    private static readonly string[] AdjustedWords = ["调整", "全年预算", "合计", "共计", "总额", "应执行", "共下达", "共安排", "累计下达", "累计安排", "共投入", "总投资"];

    private static int Preference(Mention budget) => budget.AdjustedClause ? 0 : budget.InitialClause ? 2 : 1;

    /// <param name="project">the project its title names, if any: an allocation naming it is its budget</param>
    public static NarrativeReading Read(IReadOnlyList<SourceLine> lines, string? project = null, int? year = null)
    {
        // prose wraps at the page width: join it, remembering where each line starts
        var text = new System.Text.StringBuilder();
        var lineStarts = new List<(int Offset, int Line)>();
        foreach (var line in lines)
        {
            if (line.IsBlank)
            {
                continue;
            }

            lineStarts.Add((text.Length, line.Number));
            text.Append(line.Text.Trim());
        }

        var prose = text.ToString();
        project ??= FundNamed(prose);
        var sentenceStarts = new List<int> { 0 };
        // a numbered heading on its own line ("一、绩效目标分解下达情况", "1. 市县履行支出责任情况") is a sentence of its
        // own, though the line above it (an excerpt cut short) and the heading itself end in no full stop
        var headings = new Queue<int>();
        for (var k = 0; k < lineStarts.Count; k++)
        {
            var (offset, end) = (lineStarts[k].Offset, k + 1 < lineStarts.Count ? lineStarts[k + 1].Offset : prose.Length);
            if (LineHeading().IsMatch(prose.AsSpan(offset, Math.Min(12, end - offset))))
            {
                if (offset > 0)
                {
                    headings.Enqueue(offset);
                }

                if (end - offset <= MaxHeadingChars && end < prose.Length)
                {
                    headings.Enqueue(end);
                }
            }
        }

        for (var i = 0; i < prose.Length; i++)
        {
            while (headings.Count > 0 && headings.Peek() == i)
            {
                headings.Dequeue();
                if (sentenceStarts[^1] != i)
                {
                    sentenceStarts.Add(i);
                }
            }

            if (prose[i] is '。' or '\n')
            {
                sentenceStarts.Add(i + 1);
            }
        }

        int SentenceOf(int offset) => LastAtOrBefore(sentenceStarts, offset, start => start);
        int LineOf(int offset) => lineStarts[Math.Max(0, LastAtOrBefore(lineStarts, offset, start => start.Offset))].Line;

        var mentions = new List<Mention>();
        var amountsInSentence = new Dictionary<int, int>();
        foreach (Match match in Amount().Matches(prose))
        {
            var sentence = SentenceOf(match.Index);
            amountsInSentence[sentence] = amountsInSentence.GetValueOrDefault(sentence) + 1;
            var clauseStart = ClauseStart(prose, match.Index, sentenceStarts[sentence]);
            var clause = prose[clauseStart..match.Index];
            var role = RoleOf(clause);
            // "其中:基本支出757.49万元,项目支出46.25万元": beside the basic part, 项目支出 is the budget's other part
            if (role == "executed" && clause.Contains("项目支出", StringComparison.Ordinal)
                && prose.AsSpan(sentenceStarts[sentence], Math.Min(prose.Length, match.Index + MaxClauseChars) - sentenceStarts[sentence]).IndexOf("基本支出", StringComparison.Ordinal) >= 0)
            {
                role = null;
            }

            if (role is null && IsBareTotal(clause) && clauseStart - 1 > sentenceStarts[sentence])
            {
                // "按生均1000元安排，共计239万元": a bare total continues the clause before it
                clause = prose[ClauseStart(prose, clauseStart - 1, sentenceStarts[sentence])..match.Index];
                role = RoleOf(clause);
            }

            if (role is null || IsShareStated(prose, match.Index + match.Length) || (role == "budget" && IsBudgetChange(clause))
                || IsListedPart(prose, sentenceStarts[sentence], clauseStart, clause)
                || IsUpToAnEarlierYear(prose, sentenceStarts[sentence], match.Index, year)
                || !TextTools.TryParseDecimal(match.Groups["n"].Value.Replace(",", string.Empty, StringComparison.Ordinal), out var value))
            {
                continue;
            }

            value = InWan(value, match.Groups["u"].Value);

            var sentenceText = prose[Math.Max(sentenceStarts[sentence], match.Index - MaxClauseChars)..match.Index];
            var initial = role == "budget" && sentenceText.Contains("年初", StringComparison.Ordinal);
            mentions.Add(new Mention(
                value, role, sentence, match.Index, LineOf(match.Index), initial,
                InitialClause: clause.Contains("年初", StringComparison.Ordinal),
                AdjustedClause: AdjustedWords.Any(word => clause.Contains(word, StringComparison.Ordinal)),
                BudgetClause: clause.Contains("预算", StringComparison.Ordinal),
                NamesProject: project is not null && clause.Contains(project, StringComparison.Ordinal),
                NamesLevel: LevelShare().IsMatch(clause),
                TotalClause: TotalWord().IsMatch(clause)));
        }

        if (mentions.Count > MaxMentions)
        {
            mentions.Clear();
        }

        var rates = Rate().Matches(prose).Select(match => (Value: decimal.Parse(match.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) / 100m, match.Index)).ToList();

        // the pair stated together: a budget and the first execution after it in the same sentence; the largest wins
        (Mention Budget, Mention? Executed)? best = null;
        // several allocations in one sentence, none called a budget or a total, are parts of the money, not its budget
        bool IsWhole(Mention budget) => budget.AdjustedClause || budget.InitialClause || budget.BudgetClause
            || mentions.Count(other => other.Role == "budget" && other.Sentence == budget.Sentence) == 1;
        // "年初预算县级资金1887.85万元，随月发放1692.02万元" beside "共下达…4186.49万元": one level's share and its spending
        bool IsShareOfWhole(Mention budget) => budget.NamesLevel
            && mentions.Any(other => other.Role == "budget" && !other.NamesLevel && other.AdjustedClause && other.Value > budget.Value);
        bool IsWholeBudget(Mention mention) => mention.Role == "budget" && IsWhole(mention) && !IsShareOfWhole(mention);
        foreach (var budget in mentions.Where(IsWholeBudget))
        {
            var executed = mentions.FirstOrDefault(mention => mention.Role == "executed" && mention.Sentence == budget.Sentence && mention.Position > budget.Position)
                ?? mentions.LastOrDefault(mention => mention.Role == "executed" && mention.Sentence == budget.Sentence && mention.Position < budget.Position)
                ?? mentions.FirstOrDefault(mention => mention.Role == "arrived" && mention.Sentence == budget.Sentence && mention.Value == budget.Value);
            if (executed is null)
            {
                continue;
            }

            // the adjusted budget is the one the text calls adjusted or total; else the largest that is not the initial one
            if (best is null || Preference(budget) < Preference(best.Value.Budget)
                || (Preference(budget) == Preference(best.Value.Budget) && budget.Value > best.Value.Budget.Value))
            {
                best = (budget, executed);
            }
        }

        // "到位资金 X" beside the budget, then "实际支出 Y，执行率 Z%": what was spent is the amount stated with its rate
        if (best is { Executed.Role: "arrived" } arrivedPair)
        {
            var spentWithRate = mentions.Where(mention => mention.Role == "executed"
                && rates.Any(candidate => candidate.Index > mention.Position && SentenceOf(candidate.Index) == mention.Sentence)).Select(mention => mention).ToList();
            if (spentWithRate.Select(mention => mention.Value).Distinct().Count() == 1)
            {
                best = (arrivedPair.Budget, spentWithRate[0]);
            }
            else if (OnlyOne(rates.Select(candidate => candidate.Value)) is { } stated && arrivedPair.Budget.Value > 0
                && Math.Abs(arrivedPair.Executed.Value / arrivedPair.Budget.Value - stated) > 0.005m)
            {
                // all of the money arrived, yet the rate says part of it was spent: what arrived is no spending
                best = (arrivedPair.Budget, null);
            }
        }

        // "2023年下达…113万元，其中…" above items "下达…48万元，到位资金48万元" and "2023年共支付…113万元": a pair of one
        // part's money gives way to the whole, where the text states one larger budget and one total spent within reach of it
        if (best is { Executed: { } partSpent } partPair)
        {
            var wholes = mentions.Where(mention => IsWholeBudget(mention) && mention.Value > partPair.Budget.Value).ToList();
            var totalsSpent = mentions.Where(mention => mention.Role == "executed" && mention.TotalClause && mention.Value > partSpent.Value).ToList();
            if (OnlyOne(wholes.Select(mention => mention.Value)) is { } whole && OnlyOne(totalsSpent.Select(mention => mention.Value)) is { } totalSpent
                && totalSpent <= whole * MaxOverspend)
            {
                best = (wholes[0], totalsSpent[0]);
            }
        }

        // "年初预算县级资金1887.85万元" beside "共下达…4186.49万元": the initial budget of one level's share, not the project's
        decimal? InitialBeside(Mention adjusted) =>
            mentions.FirstOrDefault(mention => mention.Initial && !(mention.NamesLevel && mention.Value < adjusted.Value))?.Value;

        decimal? rate = null;
        Budget money;
        int? moneyLine = null;
        if (best is { } pair)
        {
            var after = Math.Max(pair.Budget.Position, pair.Executed?.Position ?? 0);
            rate = rates.Where(candidate => candidate.Index > after && SentenceOf(candidate.Index) == pair.Budget.Sentence)
                .Select(candidate => (decimal?)candidate.Value).FirstOrDefault() ?? OnlyOne(rates.Select(candidate => candidate.Value));
            money = RaisedAfter(prose, pair.Budget.Position, sentenceStarts, SentenceOf(pair.Budget.Position))
                ? new Budget(pair.Budget.Value, null, pair.Executed?.Value)
                : new Budget(InitialBeside(pair.Budget), pair.Budget.Value, pair.Executed?.Value);
            moneyLine = pair.Budget.Line;
        }
        else if (ConfirmedByRate(mentions, rates, SentenceOf) is { } confirmed)
        {
            // "年初预算安排850万元，年中追加120万元，全年预算970万元。…实际支出948.6万元，预算执行率97.79%": the pair
            // the rate confirms, and the initial budget stated beside it
            rate = confirmed.Rate;
            money = new Budget(InitialBeside(confirmed.Budget), confirmed.Budget.Value, confirmed.Spent.Value);
            moneyLine = confirmed.Budget.Line;
        }
        else
        {
            // no sentence pairs a budget with its execution: a report still states what it states, each amount read
            // only where the text names one value for it
            // an allocation named by its source ("中央下达 X 万元，自治区下达 Y 万元") is a part: only a budget or a total counts
            var budgets = mentions.Where(mention => mention.Role == "budget" && (mention.AdjustedClause || mention.InitialClause || mention.BudgetClause)).ToList();
            // "共下达…4186.49万元 … 年初预算县级资金1887.85万元": one level's share beside the whole is a part of it
            if (budgets.Where(mention => !mention.NamesLevel).Select(mention => mention.Value).DefaultIfEmpty().Max() is var whole and > 0)
            {
                budgets.RemoveAll(mention => mention.NamesLevel && mention.Value < whole);
            }

            var spent = mentions.Where(mention => mention.Role == "executed").ToList();
            // "下达安远县2023年农村饮水安全维修养护资金386万元": the allocation of the project itself is its budget, where
            // no amount is called a budget; an allocation of other money beside it ("下达…资金45万元") is not
            if (budgets.Count == 0)
            {
                budgets = mentions.Where(mention => mention.Role == "budget" && mention.NamesProject).ToList();
            }

            // "2023年县财政下达资金452万元,用于…": the one allocation the text states, however often, each time the only
            // amount of its sentence, is the budget; one beside others ("中央下达…612.4万元,省级下达88万元,…") is a part
            var allocations = mentions.Where(mention => mention.Role == "budget").ToList();
            if (budgets.Count == 0 && allocations.Select(mention => mention.Value).Distinct().Count() == 1
                && allocations.All(mention => !mention.NamesLevel && amountsInSentence[mention.Sentence] == 1))
            {
                budgets = allocations;
            }

            money = new Budget(
                OnlyOne(budgets.Where(mention => mention.InitialClause).Select(mention => mention.Value)),
                OnlyOne(budgets.Where(mention => !mention.InitialClause).Select(mention => mention.Value)),
                // "全年共发放3957.55万元" beside one share's "随月发放1692.02万元": the amount called a total is the whole
                OnlyOne(spent.Select(mention => mention.Value)) ?? OnlyOne(spent.Where(mention => mention.TotalClause).Select(mention => mention.Value)));
            rate = OnlyOne(rates.Select(candidate => candidate.Value));
            moneyLine = budgets.Concat(spent).OrderBy(mention => mention.Position).FirstOrDefault()?.Line;
        }

        // "计划安排资金 (万元) | 700 | … 实际支出 (万元) | 680 |": the evaluation report form's money cells, where no
        // sentence states the money
        if (money == new Budget(null, null, null))
        {
            money = new Budget(null, OnlyOne(LabelledCell(prose, PlannedCell())), OnlyOne(LabelledCell(prose, SpentCell())));
        }

        return new NarrativeReading(money, rate, TotalScore(prose), moneyLine, project);
    }

    /// <summary>
    /// "…支出5560.46万元,其中:基本支出2956.36万元", "下达500万元,其中中央资金300万元", and a sentence that opens with 其中
    /// ("其中,法院执行年初预算数6万元,年末结算支出6万元,…;案件审判411.95万元"): the parts of a whole stated before them.
    /// </summary>
    private static bool IsListedPart(string prose, int sentenceStart, int clauseStart, string clause)
    {
        if (clause.TrimStart().StartsWith("其中", StringComparison.Ordinal))
        {
            return true;
        }

        // only the few characters at the sentence's start and before the clause are looked at: a line of prose with no
        // full stop may be megabytes long
        const int Mark = 8;
        var opens = prose.AsSpan(sentenceStart, Math.Min(Mark, clauseStart - sentenceStart)).TrimStart().StartsWith("其中", StringComparison.Ordinal);
        var afterLabel = prose.AsSpan(Math.Max(sentenceStart, clauseStart - Mark), clauseStart - Math.Max(sentenceStart, clauseStart - Mark))
            .TrimEnd().TrimEnd(":：,，".AsSpan()).EndsWith("其中", StringComparison.Ordinal);
        if (!opens && !afterLabel)
        {
            return false;
        }

        // "其中：专项项目 15 个，金额合计 16387.61 万元，实际支出 9034.99 万元": a sentence after 其中 that states a total
        // sums the parts up again, and is the whole
        var from = Math.Max(sentenceStart, clauseStart - MaxClauseChars);
        var limit = Math.Min(prose.Length, clauseStart + MaxClauseChars);
        var stop = prose.IndexOf('。', clauseStart, limit - clauseStart);
        return !TotalWord().IsMatch(prose.AsSpan(from, (stop < 0 ? limit : stop) - from));
    }

    /// <summary>"截止2013年已安排项目经费380万元" in a 2016 report: money counted up to an earlier year is not this year's.</summary>
    private static bool IsUpToAnEarlierYear(string prose, int sentenceStart, int index, int? year)
    {
        var from = Math.Max(sentenceStart, index - MaxClauseChars);
        // most amounts have no 截止 / 截至 / 到 before them: the window is cut only where one is
        if (year is not { } reportYear || prose.AsSpan(from, index - from).IndexOfAny('截', '到') < 0)
        {
            return false;
        }

        return UpToYear().Matches(prose[from..index]).LastOrDefault() is { } upTo
            && int.Parse(upTo.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) < reportYear;
    }

    [GeneratedRegex(@"(截止|截至|到)\s*(?<year>20\d{2})\s*年")]
    private static partial Regex UpToYear();

    /// <summary>"年中追加预算指标120万元", "调减30万元": a change to the budget, not a budget ("追加后预算为970万元" is one).</summary>
    private static bool IsBudgetChange(string clause) =>
        (clause.Contains("追加", StringComparison.Ordinal) || clause.Contains("调增", StringComparison.Ordinal) || clause.Contains("调减", StringComparison.Ordinal))
        && !BudgetAfterChange().IsMatch(clause);

    [GeneratedRegex("后|合计|共计|全年|总额|累计")]
    private static partial Regex BudgetAfterChange();

    /// <summary>"…支出668.3万元,占本年支出的48.92%": an amount stated as a share of a larger one is a part, not the money.</summary>
    private static bool IsShareStated(string prose, int end)
    {
        var at = end;
        while (at < prose.Length && (prose[at] is ',' or '，' or ' ' || char.IsWhiteSpace(prose[at])))
        {
            at++;
        }

        return at < prose.Length && prose[at] == '占';
    }

    /// <summary>
    /// "预算投入…资金800万元,…年中预算调整追加预算指标400万和200万,全年决算数1170.36万元": a budget that the same sentence
    /// then raises (追加, 调增) is the one set at the start of the year; the raised total is not stated.
    /// </summary>
    private static bool RaisedAfter(string prose, int position, List<int> sentenceStarts, int sentence)
    {
        var end = sentence + 1 < sentenceStarts.Count ? sentenceStarts[sentence + 1] : prose.Length;
        var rest = prose.AsSpan(position, Math.Max(0, end - position));
        return rest.IndexOf("追加", StringComparison.Ordinal) >= 0 || rest.IndexOf("调增", StringComparison.Ordinal) >= 0;
    }

    /// <summary>
    /// The report's own score: "一、资金保障方面,指标评价得分12" / "…,指标评价得分7分" score one part of the evaluation, not the
    /// whole, and are passed over; two different totals stated are none.
    /// </summary>
    private static decimal? TotalScore(string prose)
    {
        var totals = Score().Matches(prose)
            .Where(match => !prose.AsSpan(Math.Max(0, match.Index - 2), Math.Min(2, match.Index)).SequenceEqual("指标"))
            .Select(match => ValueText.ParseNumber(match.Groups["n"].Value))
            .Where(value => value is not null)
            .Distinct()
            .Take(2)
            .ToList();
        return totals.Count == 1 ? totals[0] : null;
    }

    /// <summary>
    /// Where no sentence pairs a budget with its spending, a rate stated right after an amount spent confirms the budget
    /// it was measured against: "安排…资金4871.71万元 … 目前共支付资金1696.76万元，资金执行率34.83%" (1696.76 / 4871.71 =
    /// 34.83 %). Of the readings a rate confirms, the largest budget is the whole (its parts' rates agree too); null
    /// when none agrees, or when two spent amounts agree with that budget.
    /// </summary>
    private static (Mention Budget, Mention Spent, decimal Rate)? ConfirmedByRate(List<Mention> mentions, List<(decimal Value, int Index)> rates, Func<int, int> sentenceOf)
    {
        var confirmed = new List<(Mention Budget, Mention Spent, decimal Rate)>();
        // nothing spent at a rate of 0 % agrees with every budget, so confirms none
        foreach (var spent in mentions.Where(mention => mention.Role == "executed" && mention.Value > 0))
        {
            // the rate stated with this amount: the first after it in its sentence
            var stated = rates.Where(rate => rate.Index > spent.Position && sentenceOf(rate.Index) == spent.Sentence).Select(rate => (decimal?)rate.Value).FirstOrDefault();
            if (stated is not { } rate)
            {
                continue;
            }

            confirmed.AddRange(mentions
                .Where(budget => budget.Role == "budget" && budget.Value > 0 && Math.Abs(spent.Value / budget.Value - rate) <= RateRounding)
                .Select(budget => (budget, spent, rate)));
        }

        if (confirmed.Count == 0)
        {
            return null;
        }

        var largest = confirmed.Max(reading => reading.Budget.Value);
        var whole = confirmed.Where(reading => reading.Budget.Value == largest).ToList();
        return whole.Select(reading => reading.Spent.Value).Distinct().Count() == 1 ? whole[0] : null;
    }

    // "县级资金", "省级配套", "中央财政资金": one level's share of the money
    [GeneratedRegex(@"(中央|省级|市级|州级|县级|区级|自治区)(财政)?(配套|资金|补助|下达|安排)")]
    private static partial Regex LevelShare();

    // "共发放", "合计", "累计": the amount is a total (not the 共 of 公共)
    [GeneratedRegex(@"(?<!公)共|合计|累计|总计")]
    private static partial Regex TotalWord();

    // spending past its budget happens, but not by a fifth: such a pair is not one budget and its spending
    private const decimal MaxOverspend = 1.2m;

    [GeneratedRegex(@"^([一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.、．](?!\d))")]
    private static partial Regex LineHeading();

    // a rate printed to one decimal of a per cent is within 0.05 percentage points of the ratio
    private const decimal RateRounding = 0.0006m;

    // the amount stands alone in its cell: "7,00.0,77" (a misprint) is no amount
    private const string CellAmount = @"\s*[|:：]?\s*(?<n>\d{1,3}(,\d{3})+(\.\d+)?|\d+(\.\d+)?)\s*(?=\||$)";

    [GeneratedRegex(@"(计划安排资金|预算安排资金|项目预算资金)\s*[(（]万元[)）]" + CellAmount, RegexOptions.Multiline)]
    private static partial Regex PlannedCell();

    [GeneratedRegex(@"实际支出\s*[(（]万元[)）]" + CellAmount, RegexOptions.Multiline)]
    private static partial Regex SpentCell();

    private static IEnumerable<decimal> LabelledCell(string prose, Regex label) =>
        label.Matches(prose).Select(match => ValueText.ParseNumber(match.Groups["n"].Value.Replace(",", string.Empty, StringComparison.Ordinal)))
            .Where(value => value is not null).Select(value => value!.Value);

    /// <summary>Every amount the text states with its unit, in 万元 (amounts are kept in 万元).</summary>
    internal static IEnumerable<decimal> AmountsInWan(string text)
    {
        foreach (Match match in Amount().Matches(text))
        {
            if (TextTools.TryParseDecimal(match.Groups["n"].Value.Replace(",", string.Empty, StringComparison.Ordinal), out var value))
            {
                yield return InWan(value, match.Groups["u"].Value);
            }
        }
    }

    private static decimal InWan(decimal value, string unit) => unit switch
    {
        "元" => value / 10000m,
        "亿元" => value * 10000m,
        _ => value,
    };

    /// <summary>The index of the last item at or before <paramref name="offset"/> in a list sorted by offset (binary search).</summary>
    private static int LastAtOrBefore<T>(List<T> sorted, int offset, Func<T, int> offsetOf)
    {
        int low = 0, high = sorted.Count - 1, found = -1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (offsetOf(sorted[middle]) <= offset)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found;
    }

    /// <summary>The value when every mention states the same one; null when there are none or they differ.</summary>
    private static decimal? OnlyOne(IEnumerable<decimal> values)
    {
        var distinct = values.Distinct().Take(2).ToList();
        return distinct.Count == 1 ? distinct[0] : null;
    }
}
