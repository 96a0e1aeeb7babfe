using System.Numerics;
using Analytics.Etl.Scoring;

namespace Analytics.Etl.Tests.Golden;

public class RecordComparerTests
{
    private static string Record(string project, string budget = "\"adjusted\": 100", string indicators = "") =>
        $$"""{"source": {"file": "seed_a.txt", "first_line": 1, "last_line": 9}, "kind": "project_self_eval", "year": 2021, "project": "{{project}}", "budget": {{{budget}}}, "indicators": [{{indicators}}]}""";

    private static string Indicator(string name, string target = "≥95%", string weight = "10") =>
        $$"""{"level1": "产出指标", "level2": "数量指标", "name": "{{name}}", "target_text": "{{target}}", "actual_text": "96%", "weight": {{weight}}, "score_reported": {{weight}}}""";

    private static ComparisonResult Compare(string[] gold, string[] got) =>
        RecordComparer.Compare([.. gold.Select(RecordComparer.ParseLine)], [.. got.Select(RecordComparer.ParseLine)]);

    [Theory]
    [InlineData("100", "100.004", true)]
    [InlineData("100", "99.995", true)]
    [InlineData("100", "100.006", false)]
    [InlineData("1.0568", "1.06", true)]
    [InlineData("100", "\"100.00\"", true)]
    [InlineData("100", "\"一百\"", false)]
    [InlineData("null", "null", true)]
    [InlineData("null", "\"\"", true)]
    [InlineData("null", "0", false)]
    [InlineData("100", "null", false)]
    public void Compare_ScoresNumberWithinTolerance_WhenValuesDiffer(string gold, string got, bool same)
    {
        var result = Compare([Record("项目", $"\"adjusted\": {gold}")], [Record("项目", $"\"adjusted\": {got}")]);

        Assert.Equal(1, result.MatchedRecords);
        Assert.Equal(RecordComparer.RecordFields.Count, result.FieldsTotal);
        Assert.Equal(same ? result.FieldsTotal : result.FieldsTotal - 1, result.FieldsCorrect);
        Assert.Equal(same ? 0 : 1, result.Mismatches.Count(line => line.Contains("budget.adjusted", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("城乡居民 医保（ＡＢＣ）", "城乡居民医保(ABC)")]
    [InlineData("≧95%", "≥95%")]
    [InlineData("≦ 5 天", "≤5天")]
    [InlineData("１２　次", "12次")]
    public void NormText_Equal_WhenTextDiffersOnlyInSpacesOrWidthOrSignForm(string gold, string got) =>
        Assert.Equal(RecordComparer.NormText(gold), RecordComparer.NormText(got));

    [Fact]
    public void Compare_ScoresTextEqual_WhenOnlySpacesFullWidthOrSignFormDiffer()
    {
        var result = Compare(
            [Record("城乡 居民医保（２０２１）", indicators: Indicator("参保 人数", "≧95%"))],
            [Record("城乡居民医保(2021)", indicators: Indicator("参保人数", "≥ 95%"))]);

        Assert.Equal(1, result.MatchedRecords);
        Assert.Equal(result.FieldsTotal, result.FieldsCorrect);
        Assert.Empty(result.Mismatches);
    }

    [Fact]
    public void Compare_ReportsMismatchWithPythonRepr_WhenTextDiffers()
    {
        var result = Compare([Record("项目", indicators: Indicator("参保人数", "≥95%"))], [Record("项目", indicators: Indicator("参保人数", "≥96%"))]);

        Assert.Equal(["seed_a project_self_eval 项目: indicator 1 '参保人数': target_text: gold '≥95%' got '≥96%'"], result.Mismatches);
        Assert.Equal(result.FieldsTotal - 1, result.FieldsCorrect);
    }

    [Fact]
    public void Compare_CountsMissingRecordFields_WhenGoldRecordHasNoMatch()
    {
        var result = Compare(
            [Record("甲项目", indicators: Indicator("参保人数")), Record("乙项目", indicators: $"{Indicator("参保人数")}, {Indicator("满意度")}")],
            [Record("甲项目", indicators: Indicator("参保人数"))]);

        Assert.Equal(2, result.GoldRecords);
        Assert.Equal(1, result.MatchedRecords);
        Assert.Equal(0, result.ExtraRecords);
        Assert.Equal(["MISSING record: seed_a project_self_eval 乙项目"], result.Mismatches);
        var perRecord = RecordComparer.RecordFields.Count;
        var perIndicator = RecordComparer.IndicatorFields.Count;
        Assert.Equal(perRecord + perIndicator + perRecord + (2 * perIndicator), result.FieldsTotal);
        Assert.Equal(perRecord + perIndicator, result.FieldsCorrect);
    }

    [Fact]
    public void Compare_ReportsExtraRecord_WhenRecordOfGoldFileIsNotInGold()
    {
        var stranger = Record("丙项目").Replace("seed_a.txt", "seed_b.txt", StringComparison.Ordinal);

        var result = Compare([Record("甲项目")], [Record("甲项目"), Record("丙项目"), stranger]);

        Assert.Equal(1, result.ExtraRecords);
        Assert.Equal(["EXTRA record: seed_a project_self_eval 丙项目"], result.Mismatches);
        Assert.Equal(result.FieldsTotal, result.FieldsCorrect);
    }

    [Fact]
    public void Compare_MatchesRecordsInOrder_WhenTwoShareAKey()
    {
        var result = Compare(
            [Record("项目", "\"adjusted\": 1"), Record("项目", "\"adjusted\": 2")],
            [Record("项目", "\"adjusted\": 1"), Record("项目", "\"adjusted\": 3")]);

        Assert.Equal(2, result.MatchedRecords);
        Assert.Equal(["seed_a project_self_eval 项目: budget.adjusted: gold 2 got 3"], result.Mismatches);
    }

    [Fact]
    public void Compare_ReportsExtraIndicator_WhenExtractedRecordHasOneMore()
    {
        var result = Compare(
            [Record("项目", indicators: $"{Indicator("参保人数")}, {Indicator("群众满意度")}")],
            [Record("项目", indicators: $"{Indicator("参保人数")}, {Indicator("小计")}, {Indicator("群众满意度")}")]);

        Assert.Equal(["seed_a project_self_eval 项目: 1 extra indicator(s)"], result.Mismatches);
        Assert.Equal(result.FieldsTotal, result.FieldsCorrect);
        Assert.Equal(RecordComparer.RecordFields.Count + (2 * RecordComparer.IndicatorFields.Count), result.FieldsTotal);
    }

    [Fact]
    public void Compare_ReportsMissingIndicator_WhenNoNameIsSimilarEnough()
    {
        var result = Compare(
            [Record("项目", indicators: $"{Indicator("参保人数")}, {Indicator("群众满意度")}")],
            [Record("项目", indicators: $"{Indicator("参保人数")}, {Indicator("服务对象满意度")}")]);

        // SequenceMatcher("群众满意度", "服务对象满意度").ratio() is 0.5, not above 0.6
        Assert.Equal(
            ["seed_a project_self_eval 项目: MISSING indicator 2 '群众满意度'", "seed_a project_self_eval 项目: 1 extra indicator(s)"],
            result.Mismatches);
        Assert.Equal(RecordComparer.RecordFields.Count + (2 * RecordComparer.IndicatorFields.Count), result.FieldsTotal);
        Assert.Equal(RecordComparer.RecordFields.Count + RecordComparer.IndicatorFields.Count, result.FieldsCorrect);
    }

    [Fact]
    public void AlignIndicators_PairsSimilarName_WhenNameWasReadSlightlyDifferently()
    {
        var gold = new[] { Indicator("城乡居民参保人数"), Indicator("群众满意度") }.Select(RecordComparer.ParseLine).ToList();
        var got = new[] { Indicator("城乡居民参保率"), Indicator("群众满意度") }.Select(RecordComparer.ParseLine).ToList();

        Assert.Equal([(0, (int?)0), (1, 1)], RecordComparer.AlignIndicators(gold, got));
    }

    [Fact]
    public void Compare_AddsFinalAccountsFields_WhenKindIsFinalAccounts()
    {
        const string line = """{"source": {"file": "x/seed_c.pdf"}, "kind": "final_accounts", "year": 2021, "project": null, "final_accounts": {"income_total": 582.36}}""";

        var result = Compare([line], [line.Replace("582.36", "582.37", StringComparison.Ordinal)]);

        Assert.Equal(RecordComparer.RecordFields.Count + RecordComparer.FinalAccountsFields.Count, result.FieldsTotal);
        Assert.Equal(["seed_c final_accounts: final_accounts.income_total: gold 582.36 got 582.37"], result.Mismatches);
    }

    [Theory]
    [InlineData("abcd", "bcde", 0.75)]
    [InlineData("城乡居民参保人数", "城乡居民参保率", 0.8)]
    [InlineData("参保率", "参保人数", 0.5714285714285714)]
    [InlineData("群众满意度", "服务对象满意度", 0.5)]
    [InlineData("", "", 1.0)]
    [InlineData("abc", "", 0.0)]
    public void SequenceMatcherRatio_EqualsPython_WhenSequencesAreShort(string a, string b, double expected) =>
        Assert.Equal(expected, SequenceMatcher.Ratio(a, b));

    [Fact]
    public void SequenceMatcherRatio_EqualsPython_WhenAutoJunkDropsPopularElements()
    {
        // values from Python 3.11: SequenceMatcher(None, a, b).ratio() and with autojunk=False
        var a = string.Concat(Enumerable.Repeat("ab", 150)) + "xyz";
        var b = string.Concat(Enumerable.Repeat("ba", 150)) + "xyz";
        var c = string.Concat(Enumerable.Repeat("医疗保障", 60));
        var d = string.Concat(Enumerable.Repeat("保障医疗", 60)) + "救助";

        Assert.Equal(0.009900990099009901, SequenceMatcher.Ratio(a, b));
        Assert.Equal(0.9966996699669967, new SequenceMatcher(a, b, autoJunk: false).Ratio());
        Assert.Equal(0.0, SequenceMatcher.Ratio(c, d));
        Assert.Equal(0.9875518672199171, new SequenceMatcher(c, d, autoJunk: false).Ratio());
    }

    [Fact]
    public void SequenceMatcherRatio_CountsCodePoints_WhenTextHasSupplementaryCharacters()
    {
        // Python: SequenceMatcher(None, "𠀀a", "𠀀b").ratio() == 0.5 (two elements each, one matching)
        Assert.Equal(0.5, SequenceMatcher.Ratio("\U00020000a", "\U00020000b"));
    }

    [Theory]
    [InlineData(1e16, "1e+16")]
    [InlineData(1e15, "1000000000000000.0")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(0.00001, "1e-05")]
    [InlineData(2021.0, "2021.0")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(1.0568, "1.0568")]
    [InlineData(123456789012345678.0, "1.2345678901234568e+17")]
    [InlineData(1.5e300, "1.5e+300")]
    public void PyFloatRepr_EqualsPythonRepr_WhenFormattingFloat(double value, string expected) =>
        Assert.Equal(expected, RecordComparer.PyFloatRepr(value));

    [Fact]
    public void PyFloatRepr_EqualsPythonRepr_WhenSumIsInexact() => Assert.Equal("0.30000000000000004", RecordComparer.PyFloatRepr(0.1 + 0.2));

    [Theory]
    [InlineData("it's", "\"it's\"")]
    [InlineData("a\"b'c", "'a\"b\\'c'")]
    [InlineData("\u00a0\u3000x\t\n\\", "'\\xa0\\u3000x\\t\\n\\\\'")]
    [InlineData("\U0001F600\u200b", "'\U0001F600\\u200b'")]
    public void PyRepr_EqualsPythonRepr_WhenQuotingText(string text, string expected) => Assert.Equal(expected, RecordComparer.PyRepr(text));

    [Fact]
    public void PyRepr_EqualsPythonRepr_WhenValueIsNotText()
    {
        Assert.Equal("None", RecordComparer.PyRepr(null));
        Assert.Equal("True", RecordComparer.PyRepr(true));
        Assert.Equal("12", RecordComparer.PyRepr(new BigInteger(12)));
        Assert.Equal("[1, 'a', None]", RecordComparer.PyRepr(new List<object?> { new BigInteger(1), "a", null }));
    }

    [Theory]
    [InlineData("001_abc.txt", "001_abc")]
    [InlineData("/data/reports/001_abc.txt", "001_abc")]
    [InlineData("archive.tar.gz", "archive")]
    [InlineData("reports/", "reports")]
    [InlineData("", "")]
    public void Stem_DropsFoldersAndExtensions_WhenGivenFileName(string name, string expected) =>
        Assert.Equal(expected, RecordComparer.Stem(name));

    [Fact]
    public void ParseLine_KeepsIntegerAndFloatApart_WhenReadingNumbers()
    {
        var record = RecordComparer.ParseLine("""{"a": 10, "b": 10.0, "c": 1e2, "d": -0}""");

        Assert.IsType<BigInteger>(record["a"]);
        Assert.IsType<double>(record["b"]);
        Assert.Equal("100.0", RecordComparer.PyStr(record["c"]));
        Assert.Equal("0", RecordComparer.PyStr(record["d"]));
        Assert.Equal("""{"a":10,"b":10.0,"c":100.0,"d":0}""", RecordComparer.ToJson(record));
    }
}
