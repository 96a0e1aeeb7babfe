using System.Text.RegularExpressions;

namespace Analytics.Etl.Parsing;

/// <summary>
/// A row of amounts whose cell borders an OCR or a web page lost: "年度资金总额:40004000100%" (4000 | 4000 | 100%),
/// "1484631.00%" (148 | 46 | 31.00%). Every way of cutting the run into numbers is a reading; a reading is kept only when
/// the rate it states agrees with its own amounts (executed / budget) — the one check a run of digits carries with it.
/// The caller reads each kept cutting as a row and keeps only what all of them agree on: nothing is guessed.
/// </summary>
internal static partial class GluedAmounts
{
    private const int MaxCuttings = 2000;

    /// <summary>A cell border the run keeps (where a unit word stood).</summary>
    public const char Border = '|';

    // a run of digits with points and exactly one percent sign, nothing else: no cell border left in it but the ones a
    // unit word marks ("50万元47.6895.00%" → "50|47.6895.00%": 万元 ends its amount's cell)
    [GeneratedRegex(@"^\d[\d.|]*%[\d.]*$")]
    private static partial Regex GluedRun();

    // one number as a cell prints it: no leading zero (but 0 and 0.x), at most two decimals
    [GeneratedRegex(@"^(0|[1-9]\d{0,8})(\.\d{1,2})?%?$")]
    private static partial Regex OneNumber();

    /// <summary>Whether <paramref name="cell"/> is numbers run together with a rate among them.</summary>
    public static bool IsGluedRun(string cell) => cell.Length >= 5 && GluedRun().IsMatch(cell);

    /// <summary>The ways of cutting <paramref name="run"/> into at most <paramref name="maxCells"/> numbers, the rate one of them.</summary>
    public static List<List<string>> Cuttings(string run, int maxCells)
    {
        var found = new List<List<string>>();
        var current = new List<string>();

        void Cut(int from)
        {
            if (found.Count >= MaxCuttings)
            {
                return;
            }

            if (from < run.Length && run[from] == Border)
            {
                // a border is met only where a piece ended: the next cell starts after it
                from++;
            }

            if (from == run.Length)
            {
                if (current.Count >= 2)
                {
                    found.Add([.. current]);
                }

                return;
            }

            if (current.Count == maxCells)
            {
                return;
            }

            for (var end = from + 1; end <= run.Length; end++)
            {
                var piece = run[from..end];
                // the percent sign ends the rate's cell; nothing follows it within the same cell, nor a border
                if (piece.IndexOf('%') is var sign && sign >= 0 && sign != piece.Length - 1 || piece.Contains(Border))
                {
                    break;
                }

                if (!OneNumber().IsMatch(piece))
                {
                    continue;
                }

                current.Add(piece);
                Cut(end);
                current.RemoveAt(current.Count - 1);
            }
        }

        Cut(0);
        return found;
    }

    /// <summary>
    /// A rate stated with its amounts agrees with them when it is executed / budget to within half a point (a form rounds
    /// the rate, or states 31.00% for 46 / 148); a rate of 0 only with nothing spent (else any run ending in "0%" would
    /// agree with a large budget and a small spending cut out of its digits).
    /// </summary>
    public static bool RateAgrees(decimal? executed, decimal? budget, decimal? rate) =>
        executed is { } spent && budget is > 0 && rate is { } stated
        && (stated == 0 ? spent == 0 : Math.Abs(spent / budget.Value - stated) <= 0.005m);
}
