namespace Analytics.Etl.Normalizing;

/// <summary>
/// Runs the cleaning steps over a document: every line step on every line, in order, then the
/// document steps. Line numbers and the line count are preserved.
/// </summary>
/// <remarks>
/// <see cref="Default"/> order, and why:
/// <list type="number">
/// <item><see cref="NormalizeUnicode"/> first, so later steps see one spelling of each character
/// (full-width ＞＝ and ＄, ＼ become ASCII here);</item>
/// <item><see cref="NormalizeComparisonSigns"/>: ≧ ≦ &gt;= &lt;= → ≥ ≤;</item>
/// <item><see cref="NormalizeSpaces"/>: space variants, zero-width characters, trailing spaces;</item>
/// <item><see cref="StripTypesettingArtifacts"/>: LaTeX from converters (<c>$\geq 95\%$</c> → <c>≥95%</c>);
/// it emits ≥ ≤ itself, and its output has no trailing spaces to add;</item>
/// <item><see cref="StripPinyinGlosses"/>: <c>報(bào)告</c> → <c>報告</c>, before any step reads words;</item>
/// <item><see cref="CommaSeparatedCells"/>: a table saved as CSV becomes tab rows (document step);</item>
/// <item><see cref="JoinBrokenNumbers"/> last, on clean text (document step).</item>
/// </list>
/// </remarks>
public sealed class TextNormalizer
{
    private readonly ILineNormalizer[] lineSteps;
    private readonly IDocumentNormalizer[] documentSteps;

    public TextNormalizer(IEnumerable<ILineNormalizer> lineSteps, IEnumerable<IDocumentNormalizer> documentSteps)
    {
        ArgumentNullException.ThrowIfNull(lineSteps);
        ArgumentNullException.ThrowIfNull(documentSteps);
        this.lineSteps = [.. lineSteps];
        this.documentSteps = [.. documentSteps];
    }

    public static TextNormalizer Default { get; } = new(
        [new NormalizeUnicode(), new NormalizeComparisonSigns(), new NormalizeSpaces(), new StripTypesettingArtifacts(), new StripPinyinGlosses()],
        [new CommaSeparatedCells(), new JoinBrokenNumbers()]);

    public IReadOnlyList<SourceLine> Normalize(IReadOnlyList<SourceLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var normalized = new SourceLine[lines.Count];
        for (var i = 0; i < normalized.Length; i++)
        {
            var line = lines[i];
            normalized[i] = line with { Text = NormalizeLine(line.Text) };
        }

        IReadOnlyList<SourceLine> result = normalized;
        foreach (var step in documentSteps)
        {
            var next = step.Normalize(result);
            if (next.Count != result.Count)
            {
                throw new InvalidOperationException($"{step.GetType().Name} changed the line count from {result.Count} to {next.Count}.");
            }

            result = next;
        }

        return result;
    }

    /// <summary>Runs only the line steps on one string (for labels and dictionary keys).</summary>
    public string NormalizeLine(string line)
    {
        foreach (var step in lineSteps)
        {
            line = step.Normalize(line);
        }

        return line;
    }
}
