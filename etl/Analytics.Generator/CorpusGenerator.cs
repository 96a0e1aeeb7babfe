using System.Globalization;
using Analytics.Etl.Records;
using Analytics.Generator.Content;

namespace Analytics.Generator;

/// <summary>
/// Generates SYNTHETIC county self-evaluation reports (绩效自评) with their truth records: real county names and
/// codes, real project and indicator wordings, money and scores that mostly follow the rules, the layout families
/// the extractor reads, and injected defects. Deterministic for a seed; documents are made one county-year at a
/// time, as they are enumerated.
/// </summary>
public static class CorpusGenerator
{
    public const string TabRows = "tab_rows";
    public const string TabLedCells = "tab_led_cells";
    public const string OneCellPerLine = "one_cell_per_line";
    public const string Flat = "flat";
    public const string PipeRows = "pipe_rows";
    public const string Summary = "summary";
    public const string Narrative = "narrative";

    /// <summary>
    /// The layout families: <c>tab_rows</c> (seed 002), <c>tab_led_cells</c> (seed 003), <c>one_cell_per_line</c>,
    /// <c>flat</c> (PDF text with wrapped cells, seeds 000 and 004), <c>pipe_rows</c> (Markdown), <c>summary</c> (a
    /// 部门整体 report in prose with a 绩效评价信息汇总表 of the projects, seed 001) and <c>narrative</c> (a prose 自评报告 per
    /// project and one for the department, one file each).
    /// </summary>
    public static IReadOnlyList<string> LayoutFamilies { get; } = [TabRows, TabLedCells, OneCellPerLine, Flat, PipeRows, Summary, Narrative];

    /// <summary>The documents with their text and truth, county by county, year by year.</summary>
    public static IEnumerable<GeneratedDocument> Generate(CorpusOptions options)
    {
        var plan = Validate(options);
        return Documents(plan, collect: true).Select(document => new GeneratedDocument(document.FileName, document.Text, document.Truth));
    }

    /// <summary>The same records as <see cref="Generate"/>'s truth, without building any text.</summary>
    public static IEnumerable<EvaluationRecord> GenerateRecords(CorpusOptions options)
    {
        var plan = Validate(options);
        return Documents(plan, collect: false).SelectMany(document => document.Truth);
    }

    /// <summary>The documents with what was put into them: their layout family and each record's defect (null: none).</summary>
    internal static IEnumerable<PlannedDocument> Plan(CorpusOptions options, bool collect = true) => Documents(Validate(options), collect);

    private sealed record Settings(CorpusOptions Options, IReadOnlyList<CountyEntry> Counties, IReadOnlyList<string> Layouts);

    private static Settings Validate(CorpusOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Province is null && options.Counties < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Counties, "Counties must not be negative.");
        }

        if (options.ProjectsPerCounty < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.ProjectsPerCounty, "ProjectsPerCounty must not be negative.");
        }

        if (options.DefectRate is < 0 or > 1 || double.IsNaN(options.DefectRate))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.DefectRate, "DefectRate is a share between 0 and 1.");
        }

        if (options.Years.Any(year => year is < 2000 or > 2099))
        {
            throw new ArgumentOutOfRangeException(nameof(options), "Years must be budget years 2000–2099.");
        }

        var layouts = options.Layouts ?? LayoutFamilies;
        var unknown = layouts.Where(layout => !LayoutFamilies.Contains(layout)).ToList();
        if (layouts.Count == 0 || unknown.Count > 0)
        {
            throw new ArgumentException($"unknown layout families: {string.Join(", ", unknown)}; known: {string.Join(", ", LayoutFamilies)}", nameof(options));
        }

        return new Settings(options, Content.Counties.Select(options), layouts);
    }

    private static IEnumerable<PlannedDocument> Documents(Settings settings, bool collect)
    {
        var options = settings.Options;
        for (var index = 0; index < settings.Counties.Count; index++)
        {
            var county = settings.Counties[index];
            var layout = settings.Layouts[index % settings.Layouts.Count];
            var profile = CountyProfile.For(options, county);
            foreach (var year in options.Years)
            {
                foreach (var document in CountyYear.Render(options, county, profile, year, layout, collect))
                {
                    yield return document;
                }
            }
        }
    }
}

/// <summary>A generated document with what the generator put into it.</summary>
internal sealed record PlannedDocument(string FileName, string Text, IReadOnlyList<EvaluationRecord> Truth, string Layout, IReadOnlyList<DefectKind?> Defects);

/// <summary>What stays the same for a county from year to year: its projects, their size, its budget code.</summary>
internal sealed record CountyProfile(IReadOnlyList<(ProjectTemplate Template, decimal Budget)> Projects, string UnitCode)
{
    public static CountyProfile For(CorpusOptions options, CountyEntry county)
    {
        var rng = Rng.For(options.Seed, county.County.AdminCode, "county");
        var order = Catalog.Projects.ToList();
        rng.Shuffle(order);
        var projects = new List<(ProjectTemplate, decimal)>(options.ProjectsPerCounty);
        for (var i = 0; i < options.ProjectsPerCounty; i++)
        {
            var template = order[i % order.Count];
            var batch = i / order.Count;
            if (batch > 0)
            {
                template = template with { Name = $"{template.Name}（第{batch + 1}批）" };
            }

            // budgets spread evenly on a log scale between the project's usual bounds
            var low = Math.Log((double)template.MinBudget);
            var high = Math.Log((double)template.MaxBudget);
            projects.Add((template, Numbers.Round(Math.Exp(rng.Between(low, high)), 2)));
        }

        return new CountyProfile(projects, rng.Between(101, 398).ToString("000", CultureInfo.InvariantCulture));
    }
}
