using System.Collections.Concurrent;
using System.Security.Cryptography;
using Analytics.Dashboards.Queries;
using Analytics.Etl.Normalizing;
using Analytics.Etl.Reading;
using Analytics.Warehouse.Querying;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Analytics.Dashboards.Sources;

/// <summary>One line of a source file as shown in context; <paramref name="Page"/> is its PDF page or XLSX sheet.</summary>
public sealed record ContextLine(int Number, string Text, bool Highlighted, int? Page = null);

/// <summary>Lines around a value's source lines, or why they cannot be shown.</summary>
public sealed record SourceContext(
    string File,
    int FirstLine,
    int LastLine,
    IReadOnlyList<ContextLine> Lines,
    string? Problem,
    bool ChangedSinceLoad)
{
    public bool Found => Problem is null;

    /// <summary>The PDF pages or XLSX sheets the highlighted lines are on, as "第 3 页" / "第 3–4 页"; null for text and DOCX.</summary>
    public string? PagesLabel
    {
        get
        {
            var pages = Lines.Where(line => line.Highlighted && line.Page is not null).Select(line => line.Page!.Value).ToList();
            return pages.Count == 0 ? null
                : pages.Min() == pages.Max() ? $"第 {pages.Min()} 页"
                : $"第 {pages.Min()}–{pages.Max()} 页";
        }
    }
}

/// <summary>
/// Reads the source file a value came from, to show its lines in context. The files are looked up by their key in the
/// folders the host reads reports from (<c>Warehouse:SamplesPath</c>, default <c>samples</c>; <c>Refresh:InboxPath</c>,
/// default <c>data/inbox</c>; searched with their sub-folders) and decoded like the loader does (GB18030 etc.).
/// Files are untrusted: they are read through <see cref="ISourceTextReader"/>, which the web host backs with worker
/// processes (<see cref="Analytics.Etl.Isolation.IsolatedExtractor"/>), never parsed in the host itself.
/// </summary>
public sealed class SourceLines(IConfiguration configuration, IHostEnvironment environment, WarehouseReader reader, ISourceTextReader sourceText)
{
    public const int ContextBefore = 8;

    public const int ContextAfter = 8;

    private readonly ConcurrentDictionary<string, (DateTime Written, long Length, CachedFile File)> cache = new(StringComparer.Ordinal);

    /// <summary>A file's lines by number (index = number − 1), with the page or sheet each came from.</summary>
    private sealed record CachedFile(IReadOnlyList<SourceLine> Lines, string Sha256, string? Problem);

    /// <summary>The folders searched, in order, as absolute paths.</summary>
    public IReadOnlyList<string> Folders =>
    [
        Resolve(configuration["Warehouse:SamplesPath"] ?? "samples"),
        Resolve(configuration["Refresh:InboxPath"] ?? "data/inbox"),
    ];

    public async Task<SourceContext> ReadAsync(string fileName, int firstLine, int lastLine)
    {
        var last = Math.Max(firstLine, lastLine);
        if (!IsDocumentKey(fileName))
        {
            return new SourceContext(fileName, firstLine, last, [], "文件名无效", false);
        }

        var path = Find(fileName);
        if (path is null)
        {
            return new SourceContext(fileName, firstLine, last, [], "在样例目录和收件箱中都没有找到这个源文件", false);
        }

        CachedFile file;
        try
        {
            file = Load(path);
        }
        catch (IOException exception)
        {
            return new SourceContext(fileName, firstLine, last, [], $"读取源文件失败：{exception.Message}", false);
        }

        if (file.Lines.Count == 0)
        {
            return new SourceContext(fileName, firstLine, last, [], file.Problem is { } problem ? $"源文件无法读取为文本：{problem}" : "源文件无法解码为文本", false);
        }

        var from = Math.Max(1, firstLine - ContextBefore);
        var to = Math.Min(file.Lines.Count, last + ContextAfter);
        var lines = new List<ContextLine>();
        for (var number = from; number <= to; number++)
        {
            var line = file.Lines[number - 1];
            lines.Add(new ContextLine(number, line.Text, number >= firstLine && number <= last, line.Page));
        }

        var loaded = await reader.RowsAsync<string>("select sha256 from documents where file_name = $name", new { name = fileName });
        var changed = loaded.Count > 0 && !string.Equals(loaded[0], file.Sha256, StringComparison.OrdinalIgnoreCase);
        return lines.Count == 0
            ? new SourceContext(fileName, firstLine, last, [], $"源文件只有 {file.Lines.Count} 行", changed)
            : new SourceContext(fileName, firstLine, last, lines, null, changed);
    }

    /// <summary>A document's key: a file name, or a relative path below a folder ('/' between folders, no "..").</summary>
    private static bool IsDocumentKey(string fileName) =>
        !string.IsNullOrWhiteSpace(fileName) && !Path.IsPathRooted(fileName) && !fileName.Contains('\\', StringComparison.Ordinal)
        && fileName.Split('/').All(segment => segment.Length > 0 && segment is not "." and not "..");

    /// <summary>
    /// A document is keyed by its path below the folder it was loaded from (<c>a/report.txt</c>): that path first, in
    /// each folder (never outside it); a warehouse loaded before keys were paths holds base names, searched for below.
    /// </summary>
    private string? Find(string fileName)
    {
        foreach (var folder in Folders.Where(Directory.Exists))
        {
            var root = Path.GetFullPath(folder) + Path.DirectorySeparatorChar;
            var keyed = Path.GetFullPath(Path.Combine(root, fileName));
            if (keyed.StartsWith(root, StringComparison.Ordinal) && File.Exists(keyed))
            {
                return keyed;
            }
        }

        foreach (var folder in Folders.Where(Directory.Exists))
        {
            var match = Directory.EnumerateFiles(folder, fileName, SearchOption.AllDirectories)
                .FirstOrDefault(path => Path.GetFileName(path) == fileName);
            if (match is not null)
            {
                return match;
            }
        }

        return null;
    }

    private CachedFile Load(string path)
    {
        var info = new FileInfo(path);
        if (cache.TryGetValue(path, out var cached) && cached.Written == info.LastWriteTimeUtc && cached.Length == info.Length)
        {
            return cached.File;
        }

        var bytes = File.ReadAllBytes(path);
        var document = sourceText.ReadLines(path, bytes);
        var lines = new SourceLine[document.Lines.Count == 0 ? 0 : document.Lines.Max(line => line.Number)];
        for (var index = 0; index < lines.Length; index++)
        {
            lines[index] = new SourceLine(index + 1, "");
        }

        foreach (var line in document.Lines)
        {
            lines[line.Number - 1] = line;
        }

        var file = new CachedFile(lines, Convert.ToHexStringLower(SHA256.HashData(bytes)), document.Problem);
        cache[path] = (info.LastWriteTimeUtc, info.Length, file);
        return file;
    }

    /// <summary>A relative folder is taken from the working directory, as the host takes it; else from the content root.</summary>
    private string Resolve(string folder)
    {
        var fromWorkingDirectory = Path.GetFullPath(folder);
        if (Path.IsPathRooted(folder) || Directory.Exists(fromWorkingDirectory))
        {
            return fromWorkingDirectory;
        }

        return Path.GetFullPath(folder, environment.ContentRootPath);
    }
}
