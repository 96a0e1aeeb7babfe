using Analytics.Etl.Extraction;
using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Warehouse.Loading;

/// <summary>
/// Loads report files into the raw tables of a warehouse build, idempotently. A file's content hash decides:
/// unchanged → skipped; changed → its old rows deleted and the new ones appended; new → appended. A file that cannot
/// be read or gives no record is recorded as quarantined with the reason, and the rest of the batch loads. A document
/// is known by its key, its path below the folder it was loaded from (<see cref="ReportFile"/>), never by its base name.
/// The whole batch is one transaction.
/// </summary>
public sealed partial class Loader(IDocumentExtractor extractor)
{
    private const long MaxFileBytes = 50L * 1024 * 1024;

    public LoadSummary Load(DuckDBConnection connection, IReadOnlyList<ReportFile> paths, IProgress<LoadProgress>? progress = null)
    {
        RawSchema.Ensure(connection);
        var startedAt = DateTime.UtcNow;
        var batchId = connection.ExecuteScalar<int>("select coalesce(max(batch_id), 0) + 1 from raw_batches");
        connection.Execute(
            "insert into raw_batches (batch_id, started_at, status) values ($batch_id, $started_at, 'running')",
            new { batch_id = batchId, started_at = startedAt });

        var known = connection.Query<(string FileName, string Sha256, string Status)>("select file_name, sha256, status from raw_documents")
            .ToDictionary(document => document.FileName, StringComparer.Ordinal);
        var loadedHashes = known.Values.Where(document => document.Status == "loaded")
            .GroupBy(document => document.Sha256)
            .ToDictionary(group => group.Key, group => group.First().FileName, StringComparer.Ordinal);

        var counts = new BatchCounts();
        var quarantined = new List<QuarantinedDocument>();
        using var transaction = connection.BeginTransaction();
        using (var writer = new RawRowWriter(connection, batchId, startedAt))
        {
            var done = 0;
            foreach (var path in paths)
            {
                var (outcome, fileName) = LoadOne(connection, writer, path, known, loadedHashes, counts, quarantined);
                progress?.Report(new LoadProgress(++done, paths.Count, fileName, outcome));
            }
        }

        var finishedAt = DateTime.UtcNow;
        connection.Execute(
            """
            update raw_batches
            set finished_at = $finished_at, documents_seen = $seen, documents_loaded = $loaded, documents_replaced = $replaced,
                documents_unchanged = $unchanged, documents_quarantined = $quarantined, records_loaded = $records, status = 'finished'
            where batch_id = $batch_id
            """,
            new
            {
                finished_at = finishedAt,
                seen = paths.Count,
                loaded = counts.Loaded,
                replaced = counts.Replaced,
                unchanged = counts.Unchanged,
                quarantined = counts.Quarantined,
                records = counts.Records,
                batch_id = batchId,
            });
        transaction.Commit();
        return new LoadSummary(batchId, startedAt, finishedAt, paths.Count, counts.Loaded, counts.Replaced, counts.Unchanged, counts.Quarantined, counts.Records, quarantined);
    }

    private (string Outcome, string FileName) LoadOne(
        DuckDBConnection connection,
        RawRowWriter writer,
        ReportFile path,
        Dictionary<string, (string FileName, string Sha256, string Status)> known,
        Dictionary<string, string> loadedHashes,
        BatchCounts counts,
        List<QuarantinedDocument> quarantined)
    {
        var fileName = path.Key;
        SourceFile file;
        try
        {
            var size = new FileInfo(path.Path).Length;
            file = size > MaxFileBytes ? SourceFile.HashOnly(path) : SourceFile.Read(path);
            if (size > MaxFileBytes)
            {
                if (Decide(file, known) == LoadAction.Unchanged)
                {
                    counts.Unchanged++;
                    return ("unchanged", fileName);
                }

                return Quarantine(connection, writer, known, counts, quarantined, file, $"file is {size / 1024 / 1024} MB, above the {MaxFileBytes / 1024 / 1024} MB limit", null);
            }
        }
        catch (IOException error)
        {
            return Quarantine(connection, writer, known, counts, quarantined, SourceFile.FromBytes(fileName, []), $"cannot read file: {error.Message}", null);
        }
        catch (UnauthorizedAccessException error)
        {
            return Quarantine(connection, writer, known, counts, quarantined, SourceFile.FromBytes(fileName, []), $"cannot read file: {error.Message}", null);
        }

        var action = Decide(file, known);
        if (action == LoadAction.Unchanged)
        {
            counts.Unchanged++;
            return ("unchanged", fileName);
        }

        if (loadedHashes.TryGetValue(file.Sha256, out var twin) && twin != fileName)
        {
            return Quarantine(connection, writer, known, counts, quarantined, file, $"same content as {twin}, already loaded", null);
        }

        var result = extractor.Extract(fileName, file.Bytes);
        if (result.QuarantineReason is { } reason)
        {
            return Quarantine(connection, writer, known, counts, quarantined, file, reason, result);
        }

        if (action == LoadAction.Changed)
        {
            DeleteDocument(connection, writer, fileName);
            counts.Replaced++;
        }
        else
        {
            counts.Loaded++;
        }

        writer.WriteDocument(file, result, "loaded", null);
        counts.Records += result.Records.Count;
        loadedHashes[file.Sha256] = fileName;
        known[fileName] = (fileName, file.Sha256, "loaded");
        return (action == LoadAction.Changed ? "replaced" : "loaded", fileName);
    }

    private static LoadAction Decide(SourceFile file, Dictionary<string, (string FileName, string Sha256, string Status)> known) =>
        !known.TryGetValue(file.FileName, out var previous) ? LoadAction.New
        : previous.Sha256 == file.Sha256 ? LoadAction.Unchanged
        : LoadAction.Changed;

    private static (string Outcome, string FileName) Quarantine(
        DuckDBConnection connection,
        RawRowWriter writer,
        Dictionary<string, (string FileName, string Sha256, string Status)> known,
        BatchCounts counts,
        List<QuarantinedDocument> quarantined,
        SourceFile file,
        string reason,
        ExtractionResult? result)
    {
        if (known.ContainsKey(file.FileName))
        {
            DeleteDocument(connection, writer, file.FileName);
        }

        writer.WriteDocument(file, result ?? new ExtractionResult(file.FileName, [], []), "quarantined", reason);
        known[file.FileName] = (file.FileName, file.Sha256, "quarantined");
        counts.Quarantined++;
        quarantined.Add(new QuarantinedDocument(file.FileName, reason));
        return ("quarantined: " + reason, file.FileName);
    }

    /// <summary>Removes every row a document gave before; appended rows are flushed first so the delete sees them.</summary>
    private static void DeleteDocument(DuckDBConnection connection, RawRowWriter writer, string fileName)
    {
        writer.Flush();
        var parameters = new { file_name = fileName };
        connection.Execute("delete from raw_indicators where evaluation_id in (select evaluation_id from raw_records where file_name = $file_name)", parameters);
        connection.Execute("delete from raw_final_accounts where evaluation_id in (select evaluation_id from raw_records where file_name = $file_name)", parameters);
        connection.Execute("delete from raw_records where file_name = $file_name", parameters);
        connection.Execute("delete from raw_issues where file_name = $file_name", parameters);
        connection.Execute("delete from raw_documents where file_name = $file_name", parameters);
    }

    private sealed class BatchCounts
    {
        public int Loaded { get; set; }

        public int Replaced { get; set; }

        public int Unchanged { get; set; }

        public int Quarantined { get; set; }

        public int Records { get; set; }
    }
}
