namespace Analytics.Etl.Normalizing;

/// <summary>
/// Runs the cleaning steps over a document: every line step on every line, in order, then the
/// document steps. Line numbers and the line count are preserved.
/// </summary>
/// <remarks>
/// <see cref="Default"/> order, and why:
/// <list type="number">
/// <item><see cref="CommaSeparatedCells"/> before anything, on the text as written: a table saved as CSV becomes tab
/// rows (NFKC would turn a full-width comma inside a cell into a separator);</item>
/// <item><see cref="NormalizeUnicode"/> first of the line steps, so later steps see one spelling of each character
/// (full-width ＞＝ and ＄, ＼ become ASCII here);</item>
/// <item><see cref="NormalizeComparisonSigns"/>: ≧ ≦ &gt;= &lt;= → ≥ ≤;</item>
/// <item><see cref="NormalizeSpaces"/>: space variants, zero-width characters, trailing spaces;</item>
/// <item><see cref="StripTypesettingArtifacts"/>: LaTeX from converters (<c>$\geq 95\%$</c> → <c>≥95%</c>);
/// it emits ≥ ≤ itself, and its output has no trailing spaces to add;</item>
/// <item><see cref="StripPinyinGlosses"/>: <c>報(bào)告</c> → <c>報告</c>, before any step reads words;</item>
/// <item><see cref="UndoubleBoldRuns"/>: amounts a PDF's doubled bold wrote twice, where the document's list marks are doubled too;</item>
/// <item><see cref="JoinBrokenNumbers"/> on clean text (document step);</item>
/// <item><see cref="DropCutLastCell"/>: a text that stops inside a fenced table's cell loses that cell.</item>
/// </list>
/// </remarks>
public sealed class TextNormalizer
{
    private readonly IDocumentNormalizer[] rawSteps;
    private readonly ILineNormalizer[] lineSteps;
    private readonly IDocumentNormalizer[] documentSteps;

    public TextNormalizer(IEnumerable<ILineNormalizer> lineSteps, IEnumerable<IDocumentNormalizer> documentSteps)
        : this([], lineSteps, documentSteps)
    {
    }

    /// <param name="rawSteps">document steps that read the text as written, before any line step</param>
    public TextNormalizer(IEnumerable<IDocumentNormalizer> rawSteps, IEnumerable<ILineNormalizer> lineSteps, IEnumerable<IDocumentNormalizer> documentSteps)
    {
        ArgumentNullException.ThrowIfNull(rawSteps);
        ArgumentNullException.ThrowIfNull(lineSteps);
        ArgumentNullException.ThrowIfNull(documentSteps);
        this.rawSteps = [.. rawSteps];
        this.lineSteps = [.. lineSteps];
        this.documentSteps = [.. documentSteps];
    }

    // CSV cells are split before NFKC: a full-width comma inside a cell ("基本完成，部分资金结转") is no separator
    public static TextNormalizer Default { get; } = new(
        [new CommaSeparatedCells()],
        [new NormalizeUnicode(), new NormalizeComparisonSigns(), new NormalizeSpaces(), new StripTypesettingArtifacts(), new StripPinyinGlosses()],
        [new UndoubleBoldRuns(), new JoinBrokenNumbers(), new DropCutLastCell()]);

    public IReadOnlyList<SourceLine> Normalize(IReadOnlyList<SourceLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        foreach (var step in rawSteps)
        {
            var next = step.Normalize(lines);
            if (next.Count != lines.Count)
            {
                throw new InvalidOperationException($"{step.GetType().Name} changed the line count from {lines.Count} to {next.Count}.");
            }

            lines = next;
        }

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
