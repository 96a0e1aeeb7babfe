using System.Reflection;

namespace Analytics.Etl.Isolation;

/// <summary>How to start an extraction worker: a program and its arguments (the last one <c>extract-worker</c>).</summary>
public sealed record WorkerCommand(string FileName, IReadOnlyList<string> Arguments)
{
    /// <summary>
    /// This program again, as a worker: the host (web app or CLI) takes <see cref="ExtractionWorker.Argument"/> as its
    /// first argument. Null when this process is not one of those programs (a test host).
    /// </summary>
    public static WorkerCommand? ForThisProgram()
    {
        var entry = Assembly.GetEntryAssembly();
        if (Environment.ProcessPath is not { } process || entry is null || !IsHost(entry))
        {
            return null;
        }

        return IsDotnetMuxer(process)
            ? new WorkerCommand(process, [entry.Location, ExtractionWorker.Argument])
            : new WorkerCommand(process, [ExtractionWorker.Argument]);
    }

    /// <summary>A host assembly (e.g. the CLI's <c>analytics.dll</c>) run with <c>dotnet</c>.</summary>
    public static WorkerCommand ForAssembly(string assemblyPath) =>
        new(DotnetPath(), [assemblyPath, ExtractionWorker.Argument]);

    private static bool IsHost(Assembly entry) =>
        entry.GetTypes().Any(type => type.Name == "Program") && entry.GetName().Name is "analytics" or "Analytics.Web";

    private static bool IsDotnetMuxer(string process) =>
        Path.GetFileNameWithoutExtension(process).Equals("dotnet", StringComparison.OrdinalIgnoreCase);

    private static string DotnetPath() =>
        Environment.ProcessPath is { } process && IsDotnetMuxer(process) ? process : "dotnet";
}
