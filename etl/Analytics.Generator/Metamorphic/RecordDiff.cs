using System.Globalization;
using System.Text;
using Analytics.Etl.Records;
using Analytics.Etl.Units;

namespace Analytics.Generator.Metamorphic;

public enum FieldOutcome
{
    Same,

    /// <summary>A value became null and the transformed record says why in a warning it did not have before.</summary>
    NulledWithWarning,

    /// <summary>A value differs, appeared, or vanished without a warning; or a record or indicator was added.</summary>
    Changed,
}

/// <summary>One field that did not stay the same, for the report and the parser's fixer.</summary>
public sealed record FieldChange(string Document, string Record, string Field, string? Original, string? Transformed, FieldOutcome Outcome)
{
    public override string ToString() =>
        $"{Document} · {Record} · {Field}: {Original ?? "null"} → {Transformed ?? "null"}{(Outcome == FieldOutcome.NulledWithWarning ? " (warned)" : string.Empty)}";
}

/// <summary>Counts of compared fields, and every field that did not stay the same.</summary>
public sealed record FieldTally(int Fields, int Nulled, int Changed, IReadOnlyList<FieldChange> Differences)
{
    public static FieldTally Empty { get; } = new(0, 0, 0, []);

    public double ChangedRate => Fields == 0 ? 0 : (double)Changed / Fields;

    public double NullRate => Fields == 0 ? 0 : (double)Nulled / Fields;

    public FieldTally Add(FieldTally other) =>
        new(Fields + other.Fields, Nulled + other.Nulled, Changed + other.Changed, [.. Differences, .. other.Differences]);
}

/// <summary>
/// Compares the records of a document with those of its transformed text, field by field, as the contract compares
/// (NFKC, white space removed, ≧ = ≥, numbers within 0.005), text also folded traditional → simplified because a
/// transformation may legitimately rewrite the script. Source lines are not compared: transformations move lines.
/// </summary>
public static class RecordDiff
{
    public const decimal Tolerance = 0.005m;

    public static FieldTally Compare(string document, IReadOnlyList<EvaluationRecord> original, IReadOnlyList<EvaluationRecord> transformed)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(transformed);
        var pairs = Match(original, transformed);
        var tally = FieldTally.Empty;
        foreach (var (before, after) in pairs)
        {
            tally = tally.Add(CompareRecord(document, before, after));
        }

        foreach (var extra in transformed.Where(record => !pairs.Any(pair => ReferenceEquals(pair.After, record))))
        {
            tally = tally.Add(new FieldTally(1, 0, 1, [new FieldChange(document, Label(extra), "record", null, "extra record", FieldOutcome.Changed)]));
        }

        return tally;
    }

    /// <summary>Text as the contract compares it, and folded to simplified characters; empty is null.</summary>
    public static string? FoldText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var normalized = text.Normalize(NormalizationForm.FormKC).Replace('≧', '≥').Replace('≦', '≤');
        return ChineseScript.ToSimplified(string.Concat(normalized.Where(c => !char.IsWhiteSpace(c))));
    }

    /// <summary>
    /// Records paired by kind, year, project and unit as the contract matches them; what is left, by kind in document
    /// order (a field of the key may itself be what changed). An original without a partner is paired with null.
    /// </summary>
    private static List<(EvaluationRecord Before, EvaluationRecord? After)> Match(IReadOnlyList<EvaluationRecord> original, IReadOnlyList<EvaluationRecord> transformed)
    {
        var free = transformed.ToList();
        var partners = new EvaluationRecord?[original.Count];
        for (var i = 0; i < original.Count; i++)
        {
            partners[i] = free.FirstOrDefault(candidate => Key(candidate) == Key(original[i]));
            free.Remove(partners[i]!);
        }

        for (var i = 0; i < original.Count; i++)
        {
            if (partners[i] is null)
            {
                partners[i] = free.FirstOrDefault(candidate => candidate.Kind == original[i].Kind);
                free.Remove(partners[i]!);
            }
        }

        return [.. original.Select((record, i) => (record, partners[i]))];
    }

    private static string Key(EvaluationRecord record) =>
        $"{record.Kind}|{record.Year}|{FoldText(record.Project)}|{FoldText(record.Unit.Name)}";

    private static FieldTally CompareRecord(string document, EvaluationRecord before, EvaluationRecord? after)
    {
        var label = after is null ? Label(before) + " (record lost)" : Label(before);
        var warned = after is not null && after.Warnings.Except(before.Warnings, StringComparer.Ordinal).Any();
        var changes = new List<FieldChange>();
        var fields = 0;

        void Check(string field, object? was, object? now)
        {
            fields++;
            var outcome = Outcome(was, now, warned);
            if (outcome != FieldOutcome.Same)
            {
                changes.Add(new FieldChange(document, label, field, Show(was), Show(now), outcome));
            }
        }

        var empty = new EvaluationRecord { Source = before.Source, Kind = before.Kind };
        foreach (var (field, was, now) in RecordFields(before, after ?? empty))
        {
            Check(field, was, now);
        }

        var rows = after?.Indicators ?? [];
        var aligned = AlignIndicators(before.Indicators, rows);
        for (var i = 0; i < aligned.Count; i++)
        {
            var (was, now) = aligned[i];
            if (was is null)
            {
                fields++;
                changes.Add(new FieldChange(document, label, $"indicators[+{i}]", null, $"extra indicator {now!.Name}", FieldOutcome.Changed));
                continue;
            }

            foreach (var (field, a, b) in IndicatorFields(was, now))
            {
                Check($"indicators[{i}:{was.Name}].{field}", a, b);
            }
        }

        return new FieldTally(fields, changes.Count(change => change.Outcome == FieldOutcome.NulledWithWarning), changes.Count(change => change.Outcome == FieldOutcome.Changed), changes);
    }

    private static FieldOutcome Outcome(object? was, object? now, bool warned)
    {
        was = was is string text ? FoldText(text) : was;
        now = now is string other ? FoldText(other) : now;
        return (was, now) switch
        {
            (null, null) => FieldOutcome.Same,
            (not null, null) => warned ? FieldOutcome.NulledWithWarning : FieldOutcome.Changed,
            (null, not null) => FieldOutcome.Changed,
            (decimal a, decimal b) => Math.Abs(a - b) <= Tolerance ? FieldOutcome.Same : FieldOutcome.Changed,
            _ => Equals(was, now) ? FieldOutcome.Same : FieldOutcome.Changed,
        };
    }

    private static IEnumerable<(string Field, object? Was, object? Now)> RecordFields(EvaluationRecord a, EvaluationRecord b)
    {
        yield return ("year", a.Year, b.Year);
        yield return ("unit.name", a.Unit.Name, b.Unit.Name);
        yield return ("unit.county", a.Unit.County, b.Unit.County);
        yield return ("unit.admin_code", a.Unit.AdminCode, b.Unit.AdminCode);
        yield return ("implementing_unit", a.ImplementingUnit, b.ImplementingUnit);
        yield return ("project", a.Project, b.Project);
        yield return ("budget.initial", a.Budget.Initial, b.Budget.Initial);
        yield return ("budget.adjusted", a.Budget.Adjusted, b.Budget.Adjusted);
        yield return ("budget.executed", a.Budget.Executed, b.Budget.Executed);
        yield return ("execution.rate_reported", a.Execution.RateReported, b.Execution.RateReported);
        yield return ("execution.weight", a.Execution.Weight, b.Execution.Weight);
        yield return ("execution.score_reported", a.Execution.ScoreReported, b.Execution.ScoreReported);
        yield return ("total_score_reported", a.TotalScoreReported, b.TotalScoreReported);
        if (a.FinalAccounts is null && b.FinalAccounts is null)
        {
            yield break;
        }

        var (x, y) = (a.FinalAccounts ?? new FinalAccounts(), b.FinalAccounts ?? new FinalAccounts());
        yield return ("final_accounts.income_total", x.IncomeTotal, y.IncomeTotal);
        yield return ("final_accounts.expenditure_total", x.ExpenditureTotal, y.ExpenditureTotal);
        yield return ("final_accounts.basic_expenditure", x.BasicExpenditure, y.BasicExpenditure);
        yield return ("final_accounts.project_expenditure", x.ProjectExpenditure, y.ProjectExpenditure);
        yield return ("final_accounts.personnel_expenditure", x.PersonnelExpenditure, y.PersonnelExpenditure);
        yield return ("final_accounts.public_expenditure", x.PublicExpenditure, y.PublicExpenditure);
        yield return ("final_accounts.carryover_begin", x.CarryoverBegin, y.CarryoverBegin);
        yield return ("final_accounts.carryover_end", x.CarryoverEnd, y.CarryoverEnd);
        yield return ("final_accounts.three_public_total", x.ThreePublicTotal, y.ThreePublicTotal);
    }

    private static IEnumerable<(string Field, object? Was, object? Now)> IndicatorFields(IndicatorRow a, IndicatorRow? b)
    {
        yield return ("level1", a.Level1, b?.Level1);
        yield return ("level2", a.Level2, b?.Level2);
        yield return ("name", a.Name, b?.Name);
        yield return ("target_text", a.TargetText, b?.TargetText);
        yield return ("actual_text", a.ActualText, b?.ActualText);
        yield return ("weight", a.Weight, b?.Weight);
        yield return ("score_reported", a.ScoreReported, b?.ScoreReported);
        yield return ("note", a.Note, b?.Note);
        yield return ("unit_text", a.UnitText, b?.UnitText);
        yield return ("direction_text", a.DirectionText, b?.DirectionText);
    }

    /// <summary>
    /// Indicators paired by position when both records have as many; otherwise by name in order (longest common
    /// subsequence), an original row without a partner against null, an extra row against nothing.
    /// </summary>
    internal static List<(IndicatorRow? Before, IndicatorRow? After)> AlignIndicators(IReadOnlyList<IndicatorRow> before, IReadOnlyList<IndicatorRow> after)
    {
        if (before.Count == after.Count)
        {
            return [.. before.Zip(after, (a, b) => ((IndicatorRow?)a, (IndicatorRow?)b))];
        }

        var names = (before.Select(row => FoldText(row.Name)).ToList(), after.Select(row => FoldText(row.Name)).ToList());
        var length = new int[before.Count + 1, after.Count + 1];
        for (var i = before.Count - 1; i >= 0; i--)
        {
            for (var j = after.Count - 1; j >= 0; j--)
            {
                length[i, j] = names.Item1[i] == names.Item2[j] ? length[i + 1, j + 1] + 1 : Math.Max(length[i + 1, j], length[i, j + 1]);
            }
        }

        var pairs = new List<(IndicatorRow?, IndicatorRow?)>();
        var (x, y) = (0, 0);
        while (x < before.Count || y < after.Count)
        {
            if (x < before.Count && y < after.Count && names.Item1[x] == names.Item2[y])
            {
                pairs.Add((before[x++], after[y++]));
            }
            else if (y < after.Count && (x == before.Count || length[x, y + 1] >= length[x + 1, y]))
            {
                pairs.Add((null, after[y++]));
            }
            else
            {
                pairs.Add((before[x++], null));
            }
        }

        return pairs;
    }

    private static string Label(EvaluationRecord record) => $"{record.Kind} {record.Project ?? record.Unit.Name ?? string.Empty}".Trim();

    private static string? Show(object? value) => value switch
    {
        null => null,
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        int number => number.ToString(CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
