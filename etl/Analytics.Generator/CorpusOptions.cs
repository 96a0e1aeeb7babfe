using Analytics.Etl.Records;

namespace Analytics.Generator;

/// <summary>What corpus to generate. The same options and seed always give the same documents.</summary>
public sealed record CorpusOptions
{
    /// <summary>The seed of every random choice; two seeds give two different corpora.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>A province ("安徽省", or "安徽"): all its counties. Null: the first <see cref="Counties"/> counties of the whole list, spread over provinces.</summary>
    public string? Province { get; init; }

    /// <summary>How many counties when <see cref="Province"/> is null; ignored otherwise.</summary>
    public int Counties { get; init; } = 100;

    /// <summary>The budget years evaluated; each county files one set of reports per year.</summary>
    public IReadOnlyList<int> Years { get; init; } = [2021, 2022, 2023];

    /// <summary>Project tables per county and year, besides its one 部门整体 table.</summary>
    public int ProjectsPerCounty { get; init; } = 3;

    /// <summary>Share of records with one injected defect (a score above its weight, a total that does not add up, 元 for 万元 ...).</summary>
    public double DefectRate { get; init; } = 0.1;

    /// <summary>Layout families to use (see <see cref="CorpusGenerator.LayoutFamilies"/>), rotated by county; null: all of them.</summary>
    public IReadOnlyList<string>? Layouts { get; init; }

    /// <summary>
    /// File formats the reports are written in (see <see cref="CorpusWriter.Formats"/>), rotated by document: "txt",
    /// "docx", "xlsx", "pdf" (printed with Chromium). Null: text only.
    /// </summary>
    public IReadOnlyList<string>? Formats { get; init; }
}

/// <summary>
/// One generated text file and its truth: the records an honest hand-checker would write for that text under the
/// record contract (docs/contract/evaluation-record.md).
/// </summary>
public sealed record GeneratedDocument(string FileName, string Text, IReadOnlyList<EvaluationRecord> Truth);

/// <summary>What <see cref="CorpusWriter.Write"/> wrote.</summary>
public sealed record CorpusSummary(
    string Folder,
    int Documents,
    int Records,
    int Indicators,
    int DefectiveRecords,
    IReadOnlyDictionary<string, int> DefectsByKind,
    IReadOnlyDictionary<string, int> DocumentsByLayout,
    IReadOnlyDictionary<string, int> DocumentsByFormat);
