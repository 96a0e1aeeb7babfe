using System.Globalization;
using System.Text.RegularExpressions;
using Analytics.Etl.Normalizing;
using Analytics.Etl.Records;

namespace Analytics.Etl.Extraction;

/// <summary>
/// Amounts are 万元 unless the document says 元; when the line that says so is lost (a blanked 单位 line, a header cell
/// cut off), 元 amounts read as 万元 are 10,000 times too large and may still look possible. So: an amount of 10 亿元
/// or more is kept only where the record's lines (or the lines just above them) state 万元; else it is null with a
/// warning. And the line that stated the money unit, when it stands outside the record's range, is cited with the
/// record (<see cref="SourceRef.DecidedBy"/>), so a change there is a change to the record's evidence.
/// </summary>
public static partial class StatedMoneyUnit
{
    /// <summary>10 亿元 in 万元: few county projects or departments reach it; a 元 table read as 万元 passes it at 10 万元.</summary>
    private const decimal UnstatedCeiling = 100_000m;

    /// <summary>How far above a record's first line its unit line may stand (title, 单位 line and header above the table).</summary>
    private const int Reach = 12;

    [GeneratedRegex(@"单位\s*[:：]\s*(万元|元)|[(（](万元|元)[)）]|金额单位为(万元|元)")]
    private static partial Regex UnitStatement();

    /// <summary>The document's 单位 statements and lines, indexed once: a check per record over every line was quadratic.</summary>
    public sealed class Document
    {
        private readonly List<SourceLine> lines;
        private readonly List<(int Number, bool Wan)> statements = [];

        public Document(IReadOnlyList<SourceLine> lines)
        {
            ArgumentNullException.ThrowIfNull(lines);
            this.lines = lines.OrderBy(line => line.Number).ToList();
            foreach (var line in this.lines)
            {
                if (UnitStatement().Match(line.Text) is { Success: true } statement)
                {
                    statements.Add((line.Number, statement.Value.Contains("万元", StringComparison.Ordinal)));
                }
            }
        }

        /// <summary>The last 单位 statement above <paramref name="firstLine"/>.</summary>
        public (int Number, bool Wan)? StatementAbove(int firstLine)
        {
            var index = Parsing.SortedSearch.FirstAtOrAfter(statements.Count, at => statements[at].Number, firstLine) - 1;
            return index < 0 ? null : statements[index];
        }

        public bool AnyLineSaysWan(int from, int to)
        {
            for (var index = Parsing.SortedSearch.FirstAtOrAfter(lines.Count, at => lines[at].Number, from); index < lines.Count && lines[index].Number <= to; index++)
            {
                if (lines[index].Text.Contains("万元", StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }

    public static EvaluationRecord Apply(EvaluationRecord record, Document document)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(document);

        // the statement that applies is the last one above the record (a 汇总表's rows are far below its 单位 line)
        var unitLine = document.StatementAbove(record.Source.FirstLine);
        var statesWan = unitLine is { Wan: true } || document.AnyLineSaysWan(record.Source.FirstLine - Reach, record.Source.LastLine);
        var cited = unitLine is not { } statement ? record
            : record with { Source = record.Source with { DecidedBy = [.. (record.Source.DecidedBy ?? []).Append(statement.Number).Distinct().Order()] } };
        if (statesWan)
        {
            return cited;
        }

        var warnings = new List<string>();
        var budget = new Budget(
            Checked(record.Budget.Initial, "budget.initial", warnings),
            Checked(record.Budget.Adjusted, "budget.adjusted", warnings),
            Checked(record.Budget.Executed, "budget.executed", warnings));
        var accounts = record.FinalAccounts is not { } final ? null : final with
        {
            IncomeTotal = Checked(final.IncomeTotal, "final_accounts.income_total", warnings),
            ExpenditureTotal = Checked(final.ExpenditureTotal, "final_accounts.expenditure_total", warnings),
            BasicExpenditure = Checked(final.BasicExpenditure, "final_accounts.basic_expenditure", warnings),
            ProjectExpenditure = Checked(final.ProjectExpenditure, "final_accounts.project_expenditure", warnings),
            PersonnelExpenditure = Checked(final.PersonnelExpenditure, "final_accounts.personnel_expenditure", warnings),
            PublicExpenditure = Checked(final.PublicExpenditure, "final_accounts.public_expenditure", warnings),
            CarryoverBegin = Checked(final.CarryoverBegin, "final_accounts.carryover_begin", warnings),
            CarryoverEnd = Checked(final.CarryoverEnd, "final_accounts.carryover_end", warnings),
            ThreePublicTotal = Checked(final.ThreePublicTotal, "final_accounts.three_public_total", warnings),
        };
        return warnings.Count == 0 ? cited : cited with { Budget = budget, FinalAccounts = accounts, Warnings = [.. record.Warnings, .. warnings] };
    }

    private static decimal? Checked(decimal? amount, string field, List<string> warnings)
    {
        if (amount is not { } value || value < UnstatedCeiling)
        {
            return amount;
        }

        warnings.Add($"{field} {value.ToString("0.##", CultureInfo.InvariantCulture)} 万元 is 10 亿元 or more and no line near the table states 万元 (元 read as 万元?); left null");
        return null;
    }
}
