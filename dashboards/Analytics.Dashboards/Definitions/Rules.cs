namespace Analytics.Dashboards.Definitions;

/// <summary>A rule of <c>rule_violations</c> as analysts read it: its Chinese name and how serious a breach is (1 = most).</summary>
public sealed record RuleDefinition(string Code, string Label, int Severity, string Description)
{
    public string SeverityLabel => Severity switch
    {
        1 => "严重",
        2 => "较重",
        3 => "一般",
        _ => "轻微",
    };
}

/// <summary>The rules of <c>Definitions/rules.csv</c>; a code the file does not know yet is shown as itself, least serious.</summary>
public static class Rules
{
    private static readonly Lazy<IReadOnlyDictionary<string, RuleDefinition>> ByCode = new(() =>
        DefinitionFile.Rows("rules.csv", 4)
            .Select(fields => new RuleDefinition(fields[0], fields[1], int.Parse(fields[2]), fields[3]))
            .ToDictionary(rule => rule.Code, StringComparer.Ordinal));

    public static IReadOnlyList<RuleDefinition> All => [.. ByCode.Value.Values];

    public static RuleDefinition Get(string code) =>
        ByCode.Value.TryGetValue(code, out var rule) ? rule : new RuleDefinition(code, code, 9, "");
}
