using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Analytics.Etl.Extraction;
using Analytics.Etl.Reading;
using Analytics.Etl.Records;

namespace Analytics.Etl.Isolation;

/// <summary>
/// Extracts documents in worker processes, never in the calling one: an untrusted file that overflows a reader's stack,
/// passes the memory cap or runs past the time limit costs that one document (quarantined with the reason, "reader
/// crashed" or "took longer than"), and the worker is stopped for real: killed, not abandoned on a thread. Workers are
/// started on demand, reused across documents and stopped on dispose; callers may extract on several threads.
/// </summary>
public sealed class IsolatedExtractor(WorkerCommand command, ExtractorOptions? options = null) : IDocumentExtractor, ISourceTextReader, IDisposable
{
    private readonly ExtractorOptions options = options ?? ExtractorOptions.Default;
    private readonly ConcurrentBag<WorkerProcess> idle = [];
    private readonly ConcurrentDictionary<WorkerProcess, bool> all = new();
    private bool disposed;

    /// <summary>Peak resident memory seen in any worker, in bytes (read when a worker is stopped or returned).</summary>
    public long PeakWorkerBytes { get; private set; }

    /// <summary>Workers started so far (a crash or a kill starts a new one for the next document).</summary>
    public int WorkersStarted { get; private set; }

    public ExtractionResult Extract(string fileName, byte[] bytes) => Run(WorkerTask.Extract, fileName, bytes);

    /// <summary>A file's lines read in a worker, under the same limits: showing a source never parses it in this process.</summary>
    public SourceText ReadLines(string fileName, byte[] bytes)
    {
        var result = Run(WorkerTask.ReadLines, fileName, bytes);
        var lines = result.Lines ?? [];
        return new SourceText(lines, lines.Count == 0 ? (result.Issues.Count > 0 ? result.Issues[0].Message : "no text could be read") : null);
    }

    private ExtractionResult Run(WorkerTask task, string fileName, byte[] bytes)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        ArgumentNullException.ThrowIfNull(bytes);
        var name = SourceReader.FileNameOnly(fileName);
        if (bytes.LongLength > options.MaxFileBytes)
        {
            return Failed(name, $"file is {bytes.LongLength / 1024 / 1024} MB, above the {options.MaxFileBytes / 1024 / 1024} MB limit");
        }

        var worker = Take();
        if (worker is null)
        {
            return Failed(name, $"the extraction worker could not be started ({command.FileName})");
        }

        var answer = worker.Ask(task, fileName, bytes, options.TimeLimit);
        NotePeak(worker);
        if (answer.Result is { } result)
        {
            idle.Add(worker);
            return result;
        }

        Stop(worker);
        return Failed(name, answer.Failure ?? "the reader stopped without an answer");
    }

    public void Dispose()
    {
        disposed = true;
        foreach (var worker in all.Keys)
        {
            Stop(worker);
        }
    }

    private WorkerProcess? Take()
    {
        while (idle.TryTake(out var worker))
        {
            if (worker.IsAlive)
            {
                return worker;
            }

            Stop(worker);
        }

        var started = WorkerProcess.Start(command, options.WorkerMemoryBytes);
        if (started is not null)
        {
            WorkersStarted++;
            all[started] = true;
        }

        return started;
    }

    private void Stop(WorkerProcess worker)
    {
        NotePeak(worker);
        all.TryRemove(worker, out _);
        worker.Dispose();
    }

    private void NotePeak(WorkerProcess worker)
    {
        var peak = worker.PeakBytes();
        if (peak > PeakWorkerBytes)
        {
            PeakWorkerBytes = peak;
        }
    }

    private static ExtractionResult Failed(string fileName, string reason) =>
        new(fileName, [], [new ParseIssue(fileName, null, reason, IssueSeverity.Error)]);

    /// <summary>One worker process: its pipes, and the last lines it wrote to standard error (a crash's message).</summary>
    private sealed class WorkerProcess : IDisposable
    {
        private const int KeptErrorChars = 2000;
        private readonly Process process;
        private readonly StringBuilder errors = new();
        private long peakBytes;

        private WorkerProcess(Process process)
        {
            this.process = process;
            process.ErrorDataReceived += (_, line) =>
            {
                if (line.Data is { } text)
                {
                    lock (errors)
                    {
                        if (errors.Length < KeptErrorChars)
                        {
                            errors.AppendLine(text);
                        }
                    }
                }
            };
            process.BeginErrorReadLine();
        }

        public bool IsAlive => !process.HasExited;

        public static WorkerProcess? Start(WorkerCommand command, long memoryBytes)
        {
            var start = new ProcessStartInfo(command.FileName)
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                CreateNoWindow = true,
            };
            foreach (var argument in command.Arguments)
            {
                start.ArgumentList.Add(argument);
            }

            // the memory cap: the worker's garbage-collected heap may not grow past it (OutOfMemory there, not here)
            start.Environment["DOTNET_GCHeapHardLimit"] = memoryBytes.ToString("X", CultureInfo.InvariantCulture);
            start.Environment["DOTNET_gcServer"] = "0";
            try
            {
                return Process.Start(start) is { } process ? new WorkerProcess(process) : null;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                return null;
            }
        }

        /// <summary>Sends one document and waits for its answer up to the limit; past it the process is killed.</summary>
        public (ExtractionResult? Result, string? Failure) Ask(WorkerTask task, string fileName, byte[] bytes, TimeSpan limit)
        {
            var exchange = Task.Run(() =>
            {
                WorkerProtocol.WriteRequest(process.StandardInput.BaseStream, task, fileName, bytes);
                return WorkerProtocol.ReadAnswer(process.StandardOutput.BaseStream);
            });
            try
            {
                if (!exchange.Wait(limit))
                {
                    Kill();
                    return (null, $"reading took longer than the {limit.TotalSeconds:0.###} s limit for one document; the reader was stopped");
                }

                if (exchange.Result is { } result)
                {
                    return (result, null);
                }
            }
            catch (AggregateException error) when (error.InnerException is IOException or InvalidDataException or System.Text.Json.JsonException)
            {
                // a broken pipe or a garbled answer: the worker died mid-document; its exit code says how
            }

            return (null, CrashReason());
        }

        public long PeakBytes()
        {
            try
            {
                if (!process.HasExited)
                {
                    process.Refresh();
                    peakBytes = Math.Max(peakBytes, process.PeakWorkingSet64);
                }
            }
            catch (InvalidOperationException)
            {
                // it exited between the two calls
            }

            return peakBytes;
        }

        public void Dispose()
        {
            Kill();
            process.Dispose();
        }

        private string CrashReason()
        {
            if (!process.WaitForExit(TimeSpan.FromSeconds(5)))
            {
                Kill();
            }

            process.WaitForExit();
            string message;
            lock (errors)
            {
                message = errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? string.Empty;
            }

            var code = process.HasExited ? process.ExitCode.ToString(CultureInfo.InvariantCulture) : "?";
            return message.Length == 0
                ? $"the reader crashed on this document (exit code {code})"
                : $"the reader crashed on this document (exit code {code}: {message})";
        }

        private void Kill()
        {
            try
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                    process.WaitForExit(TimeSpan.FromSeconds(10));
                }
            }
            catch (InvalidOperationException)
            {
                // already gone
            }
        }
    }
}
