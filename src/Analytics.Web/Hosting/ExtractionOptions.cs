using Analytics.Etl.Extraction;
using Analytics.Etl.Isolation;

namespace Analytics.Web.Hosting;

/// <summary>
/// Section <c>Extraction</c>: reports are untrusted files, so the web host never parses them itself: each is read in
/// a worker process (this program started with <c>extract-worker</c>, or the CLI's assembly when
/// <see cref="WorkerAssembly"/> names it), stopped at <see cref="TimeLimitSeconds"/> and capped at
/// <see cref="WorkerMemoryMegabytes"/>.
/// </summary>
public sealed class ExtractionOptions
{
    public const string Section = "Extraction";

    /// <summary>Seconds one document may take; past them its worker is killed and the document quarantined.</summary>
    public double TimeLimitSeconds { get; set; } = 60;

    /// <summary>The managed heap of one worker.</summary>
    public int WorkerMemoryMegabytes { get; set; } = 1024;

    /// <summary>A host assembly to run as the worker with <c>dotnet</c> (e.g. the CLI's analytics.dll); empty: this program.</summary>
    public string? WorkerAssembly { get; set; }

    /// <summary>The extractor a refresh uses, disposed with it (its workers are stopped).</summary>
    public IsolatedExtractor CreateExtractor()
    {
        var command = string.IsNullOrWhiteSpace(WorkerAssembly)
            ? WorkerCommand.ForThisProgram() ?? throw new InvalidOperationException(
                "reports are read in worker processes, but this program cannot start itself as one: set Extraction:WorkerAssembly to the CLI's analytics.dll")
            : WorkerCommand.ForAssembly(Path.GetFullPath(WorkerAssembly));
        return new IsolatedExtractor(command, new ExtractorOptions
        {
            TimeLimit = TimeSpan.FromSeconds(TimeLimitSeconds),
            WorkerMemoryBytes = WorkerMemoryMegabytes * 1024L * 1024,
        });
    }
}
