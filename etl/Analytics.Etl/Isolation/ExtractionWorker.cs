using Analytics.Etl.Extraction;

namespace Analytics.Etl.Isolation;

/// <summary>
/// The worker side: reads documents from standard input and answers each with its extraction result, until the input
/// ends. It holds no state between documents; its parent stops it at the time limit, and a crash here (a reader's
/// stack overflow, the memory cap) costs one document, never the host that started it.
/// </summary>
public static class ExtractionWorker
{
    /// <summary>The argument a host program takes to run as a worker (<c>analytics extract-worker</c>).</summary>
    public const string Argument = "extract-worker";

    public static int Run(Stream input, Stream output, Extractor extractor)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        while (WorkerProtocol.ReadRequest(input) is { } request)
        {
            WorkerProtocol.WriteAnswer(output, request.Task == WorkerTask.ReadLines
                ? ReadLines(request.FileName, request.Bytes)
                : extractor.ExtractOnThisThread(request.FileName, request.Bytes));
        }

        return 0;
    }

    private static ExtractionResult ReadLines(string fileName, byte[] bytes)
    {
        var document = Reading.SourceReader.Read(fileName, bytes);
        return new ExtractionResult(document.FileName, [], document.Issues) { Lines = document.Lines };
    }

    /// <summary>Runs on the process's own standard streams.</summary>
    public static int RunOnStandardStreams()
    {
        using var input = Console.OpenStandardInput();
        using var output = Console.OpenStandardOutput();
        return Run(input, output, Extractor.CreateDefault());
    }
}
