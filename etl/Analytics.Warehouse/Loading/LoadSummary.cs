namespace Analytics.Warehouse.Loading;

/// <summary>What one load batch did.</summary>
public sealed record LoadSummary(
    int BatchId,
    DateTime StartedAt,
    DateTime FinishedAt,
    int DocumentsSeen,
    int DocumentsLoaded,
    int DocumentsReplaced,
    int DocumentsUnchanged,
    int DocumentsQuarantined,
    int RecordsLoaded,
    IReadOnlyList<QuarantinedDocument> Quarantined)
{
    public double Seconds => (FinishedAt - StartedAt).TotalSeconds;

    public bool ChangedAnything => DocumentsSeen > DocumentsUnchanged;

    public override string ToString() =>
        $"batch {BatchId}: {DocumentsSeen} document(s) seen, {DocumentsLoaded} loaded, {DocumentsReplaced} replaced, "
        + $"{DocumentsUnchanged} unchanged, {DocumentsQuarantined} quarantined, {RecordsLoaded} record(s), {Seconds:0.00}s";
}

public sealed record QuarantinedDocument(string FileName, string Reason);

/// <summary>Progress of a batch, for a console line or a job's progress bar.</summary>
public sealed record LoadProgress(int Done, int Total, string FileName, string Outcome);
