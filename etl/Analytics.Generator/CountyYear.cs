using System.Globalization;
using Analytics.Etl.Records;
using Analytics.Generator.Content;
using Analytics.Generator.Rendering;

namespace Analytics.Generator;

/// <summary>
/// The reports one county files for one year in one layout family: its project tables and its 部门整体 table, as
/// one bundle or one file per table.
/// </summary>
internal static class CountyYear
{
    private static readonly DefectKind[] ProseDefects = [DefectKind.AmountsInYuan, DefectKind.FullWidthDigits];

    public static IEnumerable<PlannedDocument> Render(CorpusOptions options, CountyEntry county, CountyProfile profile, int year, string layout, bool collect)
    {
        var code = county.County.AdminCode;
        var yearText = year.ToString(CultureInfo.InvariantCulture);
        var rng = Rng.For(options.Seed, code, yearText);
        var defects = Rng.For(options.Seed, code, yearText, "defects");
        var context = new Context(options, county, profile, year, layout, collect, rng, defects);
        return layout switch
        {
            CorpusGenerator.TabRows => Bundle(context, Style(10, shows: true, breaks: false, spaced: true), TabRowsLayout.Project, TabRowsLayout.Department, projectList: rng.Chance(0.3)),
            CorpusGenerator.TabLedCells => Bundle(context, Style(10, shows: true, breaks: false, spaced: false), TabLedLayout.Project, TabLedLayout.Department, projectList: false),
            CorpusGenerator.Flat => FlatBundle(context),
            CorpusGenerator.OneCellPerLine => Singles(context, Style(10, shows: true, breaks: false, spaced: false), (w, file, spec, r, place) => OneCellLayout.Table(w, file, spec, r, place)),
            CorpusGenerator.PipeRows => Singles(context, Style(rng.Chance(0.3) ? 20 : 10, shows: true, breaks: false, spaced: false), (w, file, spec, r, place) => PipeLayout.Table(w, file, spec, r, place)),
            CorpusGenerator.Summary => SummaryFile(context),
            _ => Reports(context),
        };
    }

    private sealed record Context(CorpusOptions Options, CountyEntry County, CountyProfile Profile, int Year, string Layout, bool Collect, Rng Rng, Rng Defects)
    {
        private int number;

        public string NextFileName() => $"{County.County.AdminCode}_{Year}_{++number}.txt";

        public DocWriter Writer() => new(Collect) { NewLine = Rng.Chance(0.1) ? "\r\n" : "\n" };
    }

    private static TableStyle Style(decimal weight, bool shows, bool breaks, bool spaced) => new(weight, shows, breaks, spaced);

    /// <summary>The county's project tables (each maybe with a defect), then its 部门整体 table built on their money.</summary>
    private static (List<TableSpec> Projects, TableSpec Department) Specs(Context context, TableStyle style, IReadOnlyList<DefectKind>? allowed = null)
    {
        var projects = new List<TableSpec>(context.Profile.Projects.Count);
        foreach (var (template, budget) in context.Profile.Projects)
        {
            var spec = TableFactory.Project(context.Rng, context.County.County, context.Year, template, budget, style, context.Profile.UnitCode);
            MaybeDefect(context, spec, style, allowed);
            projects.Add(spec);
        }

        var department = TableFactory.Department(context.Rng, context.County.County, context.Year, projects, style, context.Profile.UnitCode);
        MaybeDefect(context, department, style, allowed);
        return (projects, department);
    }

    private static void MaybeDefect(Context context, TableSpec spec, TableStyle style, IReadOnlyList<DefectKind>? allowed)
    {
        if (context.Defects.NextDouble() < context.Options.DefectRate)
        {
            var kinds = allowed ?? TableFactory.Applicable(spec, style);
            TableFactory.Inject(context.Defects, spec, context.Defects.Pick(kinds));
        }
    }

    private delegate EvaluationRecord TableRenderer(DocWriter writer, string file, TableSpec spec, Rng rng);

    private delegate EvaluationRecord SingleRenderer(DocWriter writer, string file, TableSpec spec, Rng rng, string? place);

    /// <summary>One file holding the year's tables, like a bundle a bureau sends in: a cover letter, maybe a project list, the tables.</summary>
    private static IEnumerable<PlannedDocument> Bundle(Context context, TableStyle style, TableRenderer project, TableRenderer department, bool projectList)
    {
        var (projects, dept) = Specs(context, style);
        var rng = context.Rng;
        var file = context.NextFileName();
        var w = context.Writer();
        if (context.County.NeedsPlace || rng.Chance(0.5))
        {
            ProseLayout.CoverLetter(w, context.County, context.Year, projects.Count);
        }

        if (projectList && projects.Count > 0)
        {
            ProseLayout.ProjectList(w, context.County, context.Year, projects);
        }

        var truth = new List<EvaluationRecord>();
        var defects = new List<DefectKind?>();
        var departmentFirst = rng.Chance(0.3);
        if (departmentFirst)
        {
            truth.Add(department(w, file, dept, rng));
            defects.Add(dept.Defect);
            w.Blank();
        }

        foreach (var spec in projects)
        {
            truth.Add(project(w, file, spec, rng));
            defects.Add(spec.Defect);
            w.Blank();
        }

        if (!departmentFirst)
        {
            truth.Add(department(w, file, dept, rng));
            defects.Add(dept.Defect);
        }

        yield return new PlannedDocument(file, w.ToString(), truth, context.Layout, defects);
    }

    /// <summary>PDF text of the 湖北 kind: a bundle in one of the two flat templates, some tables led by their prose report.</summary>
    private static IEnumerable<PlannedDocument> FlatBundle(Context context)
    {
        var rng = context.Rng;
        var template = rng.Chance(0.5) ? FlatLayout.Template.Columns : FlatLayout.Template.Merged;
        var style = template == FlatLayout.Template.Columns
            ? Style(10, shows: true, breaks: true, spaced: true)
            : Style(20, shows: false, breaks: true, spaced: true);
        var (projects, dept) = Specs(context, style);
        var file = context.NextFileName();
        var w = context.Writer();
        w.Kangxi = rng.Chance(0.25);
        if (context.County.NeedsPlace || rng.Chance(0.4))
        {
            ProseLayout.CoverLetter(w, context.County, context.Year, projects.Count);
        }

        var truth = new List<EvaluationRecord>();
        var defects = new List<DefectKind?>();
        var departmentFirst = rng.Chance(0.5);
        if (departmentFirst)
        {
            truth.Add(FlatLayout.Table(w, file, dept, rng, template));
            defects.Add(dept.Defect);
            w.Blank();
        }

        foreach (var spec in projects)
        {
            if (rng.Chance(0.4))
            {
                ProseLayout.ReportBeforeTable(w, spec, context.County);
            }

            truth.Add(FlatLayout.Table(w, file, spec, rng, template));
            defects.Add(spec.Defect);
            w.Blank();
        }

        if (!departmentFirst)
        {
            truth.Add(FlatLayout.Table(w, file, dept, rng, template));
            defects.Add(dept.Defect);
        }

        yield return new PlannedDocument(file, w.ToString(), truth, context.Layout, defects);
    }

    /// <summary>One file per table (a folder of converted tables).</summary>
    private static IEnumerable<PlannedDocument> Singles(Context context, TableStyle style, SingleRenderer render)
    {
        var (projects, dept) = Specs(context, style);
        foreach (var spec in projects.Append(dept))
        {
            var file = context.NextFileName();
            var w = context.Writer();
            var place = context.County.NeedsPlace || context.Rng.Chance(0.15) ? context.County.Place : null;
            var record = render(w, file, spec, context.Rng, place);
            yield return new PlannedDocument(file, w.ToString(), [record], context.Layout, [spec.Defect]);
        }
    }

    /// <summary>A 部门整体 report in prose with the 绩效评价信息汇总表 of the projects (seed 001).</summary>
    private static IEnumerable<PlannedDocument> SummaryFile(Context context)
    {
        var style = Style(10, shows: true, breaks: false, spaced: false);
        var (projects, dept) = Specs(context, style, ProseDefects);
        foreach (var spec in projects)
        {
            spec.Defect = null;
        }

        // one defect for the whole 汇总表: its rows share the unit of money and the digits
        DefectKind? tableDefect = projects.Count > 0 && context.Defects.NextDouble() < context.Options.DefectRate ? context.Defects.Pick(ProseDefects) : null;
        var file = context.NextFileName();
        var w = context.Writer();
        var truth = new List<EvaluationRecord> { ProseLayout.Report(w, file, dept, context.Rng, context.County) };
        var defects = new List<DefectKind?> { dept.Defect };
        if (projects.Count > 0)
        {
            w.Blank();
            truth.AddRange(ProseLayout.Summary(w, file, projects, context.Rng, tableDefect == DefectKind.AmountsInYuan, tableDefect == DefectKind.FullWidthDigits));
            defects.AddRange(projects.Select(_ => tableDefect));
        }

        yield return new PlannedDocument(file, w.ToString(), truth, context.Layout, defects);
    }

    /// <summary>A prose 自评报告 per project and one for the department, one file each.</summary>
    private static IEnumerable<PlannedDocument> Reports(Context context)
    {
        var style = Style(10, shows: true, breaks: false, spaced: false);
        var (projects, dept) = Specs(context, style, ProseDefects);
        foreach (var spec in projects.Append(dept))
        {
            var file = context.NextFileName();
            var w = context.Writer();
            var record = ProseLayout.Report(w, file, spec, context.Rng, context.County);
            yield return new PlannedDocument(file, w.ToString(), [record], context.Layout, [spec.Defect]);
        }
    }
}
